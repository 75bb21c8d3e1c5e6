//! The deterministic-randomness seam and the test-vector generator. Compiled only with the `deterministic`
//! feature, which only this crate's tests, examples and the fuzz crate enable: production code cannot reach it.

use super::{
    seal_plaintext, Argon2Params, Error, File, Header, LinkSecret, Payload, Proof, ReceiptSecret, Sealed, SecretId, StretchedPassphrase,
    Verifier,
};
use zeroize::Zeroizing;

mod request;
pub use request::*;

/// A link secret from chosen bytes.
pub fn link_secret(bytes: [u8; 16]) -> LinkSecret {
    LinkSecret(Zeroizing::new(bytes))
}

/// A receipt secret from chosen bytes.
pub fn receipt_secret(bytes: [u8; 16]) -> ReceiptSecret {
    ReceiptSecret(Zeroizing::new(bytes))
}

/// [`super::seal`] with chosen link secret and Argon2id salt.
pub fn seal_with(link: [u8; 16], salt: [u8; 16], payload: &Payload, passphrase: Option<&str>, kdf: Argon2Params) -> Result<Sealed, Error> {
    let stretched = match passphrase {
        Some(p) => {
            kdf.check()?;
            Some(StretchedPassphrase::derive(&Header { kdf: Some((kdf, salt)) }, p.as_bytes())?)
        }
        None => None,
    };
    seal_plaintext(link_secret(link), payload.encode()?, stretched.as_ref())
}

/// Seals arbitrary plaintext bytes (not necessarily a valid payload), to test what opening does with them.
pub fn seal_raw(link: [u8; 16], plaintext: &[u8]) -> Result<Sealed, Error> {
    seal_plaintext(link_secret(link), Zeroizing::new(plaintext.to_vec()), None)
}

/// What each step of opening a share link produced, in the order a client performs them.
pub struct Opened {
    /// The storage id, when the fragment parsed.
    pub id: Option<SecretId>,
    /// The open proof, when the keys could be derived.
    pub proof: Option<Proof>,
    /// Its verifier.
    pub verifier: Option<Verifier>,
    /// The link's gate, when the fragment parsed.
    pub gate: Option<Proof>,
    /// The payload, or the first error.
    pub result: Result<Payload, Error>,
}

/// Opens a secret the way a client does: fragment, then header and keys, then ciphertext.
pub fn open_link(fragment: &str, passphrase: Option<&str>, header: &[u8], ciphertext: &[u8]) -> Opened {
    let mut opened = Opened { id: None, proof: None, verifier: None, gate: None, result: Err(Error::Malformed) };
    let link = match LinkSecret::from_fragment(fragment) {
        Ok(link) => link,
        Err(e) => return Opened { result: Err(e), ..opened },
    };
    let id = link.id();
    opened.id = Some(id);
    opened.gate = Some(link.gate());
    let keys = match link.open_keys(&id, header, passphrase) {
        Ok(keys) => keys,
        Err(e) => return Opened { result: Err(e), ..opened },
    };
    opened.result = keys.open(&id, header, ciphertext);
    opened.verifier = Some(keys.proof.verifier());
    opened.proof = Some(keys.proof);
    opened
}

/// The `expect:` word of each outcome.
pub fn expect_word(result: Result<(), Error>) -> &'static str {
    match result {
        Ok(()) => "success",
        Err(Error::UnsupportedVersion) => "unsupported-version",
        Err(Error::Malformed) => "malformed",
        Err(Error::DecryptionFailed) => "decryption-failed",
    }
}

/// Every test vector as (file name, contents), exactly as checked in under `docs/vectors/v1/`.
pub fn vectors() -> Vec<(String, String)> {
    let mut g = Generator(Vec::new());
    g.success_cases();
    g.fragment_cases();
    g.header_cases();
    g.passphrase_cases();
    g.ciphertext_cases();
    g.payload_cases();
    g.receipt_cases();
    g.request_cases();
    g.0
}

/// Argon2id parameters of the passphrase vectors: the minimum (the default until m = 64 MiB, t = 3), so the browser run
/// stays fast and the vectors written with them stay as they are.
pub const VECTOR_KDF: Argon2Params = Argon2Params { m_kib: Argon2Params::MIN_M_KIB, t: Argon2Params::MIN_T, p: Argon2Params::P };

/// Passphrase used by passphrase vectors: non-ASCII on purpose (its UTF-8 bytes are what Argon2id hashes).
const PASSPHRASE: &str = "correct horse 🐎 bätterý";

/// Reproducible "random" bytes: SHA-256 of the vector name and purpose.
fn det<const N: usize>(name: &str, purpose: &str) -> [u8; N] {
    let digest = super::sha256(format!("cinder/v1 test vector/{name}/{purpose}").as_bytes());
    digest[..N].try_into().expect("N <= 32")
}

fn text(s: &str) -> Payload {
    Payload { text: Zeroizing::new(s.to_owned()), files: Vec::new() }
}

fn file(name: &str, media_type: &str, data: &[u8]) -> File {
    File { name: name.to_owned(), media_type: media_type.to_owned(), data: Zeroizing::new(data.to_vec()) }
}

fn json(s: &str) -> String {
    serde_json::to_string(s).expect("strings serialize")
}

fn b64(bytes: &[u8]) -> String {
    crate::b64::encode(bytes)
}

/// One `key: value` line; an empty value leaves no trailing space for editors to strip.
fn field(out: &mut String, key: &str, value: &str) {
    out.push_str(key);
    out.push(':');
    if !value.is_empty() {
        out.push(' ');
        out.push_str(value);
    }
    out.push('\n');
}

struct Generator(Vec<(String, String)>);

impl Generator {
    fn seal(&self, name: &str, payload: &Payload, passphrase: Option<&str>) -> Sealed {
        seal_with(det(name, "link"), det(name, "salt"), payload, passphrase, VECTOR_KDF).expect("vector payloads seal")
    }

    /// Writes one open vector after checking that opening ends the way the scenario intends.
    #[allow(clippy::too_many_arguments)]
    fn open_case(
        &mut self,
        name: &str,
        about: &str,
        expect: Result<(), Error>,
        fragment: &str,
        passphrase: Option<&str>,
        header: &[u8],
        ciphertext: &[u8],
    ) {
        let opened = open_link(fragment, passphrase, header, ciphertext);
        let got = opened.result.as_ref().map(|_| ()).map_err(|e| *e);
        assert_eq!(got, expect, "vector {name} does not end as intended");
        let mut out = String::new();
        for line in about.lines() {
            out += &format!("# {line}\n");
        }
        field(&mut out, "expect", expect_word(expect));
        field(&mut out, "fragment", fragment);
        if let Some(p) = passphrase {
            field(&mut out, "passphrase", &json(p));
        }
        field(&mut out, "header", &b64(header));
        field(&mut out, "ciphertext", &b64(ciphertext));
        if let Some(id) = opened.id {
            field(&mut out, "id", &id.to_text());
        }
        if let Some(gate) = &opened.gate {
            field(&mut out, "gate", &gate.to_text());
            field(&mut out, "gate-verifier", &gate.verifier().to_text());
        }
        if let (Some(proof), Some(verifier)) = (&opened.proof, &opened.verifier) {
            field(&mut out, "proof", &proof.to_text());
            field(&mut out, "verifier", &verifier.to_text());
        }
        if let Ok(payload) = &opened.result {
            field(&mut out, "padded", &(ciphertext.len() - super::TAG_LEN).to_string());
            field(&mut out, "text", &json(&payload.text));
            for f in &payload.files {
                field(&mut out, "file-name", &json(&f.name));
                field(&mut out, "file-type", &json(&f.media_type));
                field(&mut out, "file-data", &b64(&f.data));
            }
        }
        self.0.push((format!("{name}.txt"), out));
    }

    /// A vector that seals `payload` and opens it again successfully.
    fn roundtrip(&mut self, name: &str, about: &str, payload: &Payload, passphrase: Option<&str>) {
        let s = self.seal(name, payload, passphrase);
        self.open_case(name, about, Ok(()), &s.link.to_fragment(), passphrase, &s.header, &s.ciphertext);
    }

    fn success_cases(&mut self) {
        self.roundtrip("text-ascii", "A short ASCII text, no passphrase.", &text("Hello, Cinder!"), None);
        self.roundtrip(
            "text-empty",
            "The empty payload: no text, no files. 7 content bytes pad to the minimum bucket, 256.",
            &Payload::default(),
            None,
        );
        self.roundtrip(
            "text-unicode",
            "Text with multi-byte UTF-8: accents, CJK, emoji with ZWJ, right-to-left, a combining mark, control characters.",
            &text("Grüße, 世界! 👩\u{200d}💻 שלום e\u{301}\n\ttab\r\n\u{0}end"),
            None,
        );
        let mut one = Payload::default();
        one.files.push(file("notes.txt", "text/plain", b"line one\nline two\n"));
        self.roundtrip("file-single", "No text, one small text file.", &one, None);
        let mut many = text("See the attachments.");
        many.files.push(file("résumé ✓.pdf", "application/pdf", &(0..=255).collect::<Vec<u8>>()));
        many.files.push(file("empty", "application/octet-stream", b""));
        many.files.push(file("", "", b"\x00\x00\x00"));
        self.roundtrip(
            "files-multiple",
            "Text and three files: a unicode name with every byte value, an empty file, empty name and type.",
            &many,
            None,
        );
        self.roundtrip(
            "passphrase",
            "A passphrase (non-ASCII) with the minimum Argon2id parameters m=19456 KiB, t=2, p=1 (the default was raised later).",
            &text("behind a passphrase"),
            Some(PASSPHRASE),
        );
        let plain = self.seal("passphrase-not-needed", &text("no passphrase was set"), None);
        self.open_case(
            "passphrase-not-needed",
            "A passphrase offered for a header without KDF is ignored: opening succeeds.",
            Ok(()),
            &plain.link.to_fragment(),
            Some("anything"),
            &plain.header,
            &plain.ciphertext,
        );
        // Text-only content is 7 bytes of framing plus the text.
        for (content, padded) in [(256, 256), (257, 272), (512, 512), (513, 544), (4096, 4096), (4097, 4352)] {
            let body: String = (0..content - 7).map(|i| char::from(b'a' + (i % 26) as u8)).collect();
            self.roundtrip(
                &format!("bucket-{content}"),
                &format!("Padding edge: {content} content bytes pad to {padded}."),
                &text(&body),
                None,
            );
        }
    }

    fn fragment_cases(&mut self) {
        let s = self.seal("fragment", &text("fragment rules"), None);
        let good = s.link.to_fragment();
        let last = good.chars().last().expect("22 chars");
        // The last character carries 2 data bits and 4 zero bits; any other character with the same data bits is
        // non-canonical.
        let alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        let index = alphabet.find(last).expect("base64url");
        let non_canonical = format!("{}{}", &good[..21], &alphabet[index + 1..index + 2]);
        let standard = format!("{}+{}", &good[..20], &good[21..]);
        let cases: [(&str, &str, String); 7] = [
            ("fragment-non-canonical", "Non-zero trailing bits in the last base64url character.", non_canonical),
            ("fragment-too-short", "21 characters.", good[..21].to_owned()),
            ("fragment-too-long", "24 characters (18 bytes).", format!("{good}AA")),
            ("fragment-padded", "Base64 padding is not allowed.", format!("{good}==")),
            ("fragment-standard-alphabet", "'+' belongs to standard base64, not base64url.", standard),
            ("fragment-with-hash", "The fragment is the text after '#', without it.", format!("#{good}")),
            ("fragment-empty", "Nothing after '#'.", String::new()),
        ];
        for (name, about, fragment) in cases {
            let about = format!("Link fragment rule: {about}");
            self.open_case(name, &about, Err(Error::Malformed), &fragment, None, &s.header, &s.ciphertext);
        }
    }

    fn header_cases(&mut self) {
        let plain = self.seal("header", &text("header rules"), None);
        let fragment = plain.link.to_fragment();
        let mut cases: Vec<(&str, &str, Error, Vec<u8>)> = vec![
            ("header-empty", "No bytes at all.", Error::Malformed, vec![]),
            (
                "header-future-version",
                "Version 2 is checked before anything else, even the length.",
                Error::UnsupportedVersion,
                vec![2, 0xff],
            ),
            ("header-version-zero", "Version 0 is not a version.", Error::UnsupportedVersion, vec![0, 0]),
            ("header-truncated", "Version byte only, no kdf byte.", Error::Malformed, vec![1]),
            ("header-unknown-kdf", "kdf byte 2 is not defined.", Error::Malformed, vec![1, 2]),
            ("header-trailing-byte", "A trailing byte after a kdf-none header.", Error::Malformed, vec![1, 0, 0]),
        ];
        let argon = |m_kib: u32, t: u32, p: u32| {
            let salt = det("header", "salt");
            super::Header { kdf: Some((Argon2Params { m_kib, t, p }, salt)) }.encode()
        };
        let ok = argon(19456, 2, 1);
        let mut long = ok.clone();
        long.push(0);
        cases.extend([
            ("header-argon2id-truncated", "Argon2id header one byte short.", Error::Malformed, ok[..ok.len() - 1].to_vec()),
            ("header-argon2id-trailing-byte", "Argon2id header with a trailing byte.", Error::Malformed, long),
            ("header-memory-too-low", "m_kib 19455, below the floor 19456.", Error::Malformed, argon(19455, 2, 1)),
            ("header-memory-too-high", "m_kib 65537, above the ceiling 65536.", Error::Malformed, argon(65537, 2, 1)),
            ("header-memory-huge", "m_kib 2^32-1: a browser must not try.", Error::Malformed, argon(u32::MAX, 2, 1)),
            ("header-time-too-low", "t 1, below the floor 2.", Error::Malformed, argon(19456, 1, 1)),
            ("header-time-too-high", "t 11, above the ceiling 10.", Error::Malformed, argon(19456, 11, 1)),
            ("header-lanes-not-one", "p 2: v1 allows exactly one lane.", Error::Malformed, argon(19456, 2, 2)),
        ]);
        for (name, about, error, header) in cases {
            let about = format!("Header rule: {about}");
            let passphrase = (header.get(1) == Some(&1)).then_some(PASSPHRASE);
            self.open_case(name, &about, Err(error), &fragment, passphrase, &header, &plain.ciphertext);
        }
    }

    fn passphrase_cases(&mut self) {
        let name = "passphrase-base";
        let s = self.seal(name, &text("behind a passphrase"), Some(PASSPHRASE));
        let fragment = s.link.to_fragment();
        let fail = Err(Error::DecryptionFailed);
        self.open_case(
            "passphrase-wrong",
            "A wrong passphrase derives another key and proof (the server would refuse the proof).",
            fail,
            &fragment,
            Some("correct horse battery"),
            &s.header,
            &s.ciphertext,
        );
        let nfd = PASSPHRASE.replace('ä', "a\u{308}");
        self.open_case(
            "passphrase-not-normalized",
            "The same passphrase in Unicode NFD instead of NFC: passphrases are used as typed, never normalized.",
            fail,
            &fragment,
            Some(&nfd),
            &s.header,
            &s.ciphertext,
        );
        self.open_case(
            "passphrase-missing",
            "The header asks for a passphrase and none is given.",
            fail,
            &fragment,
            None,
            &s.header,
            &s.ciphertext,
        );
        self.open_case(
            "passphrase-header-kdf-removed",
            "The server swapped the Argon2id header for a kdf-none one: the header is bound into the keys.",
            fail,
            &fragment,
            None,
            &super::Header { kdf: None }.encode(),
            &s.ciphertext,
        );
        let mut salted = s.header.clone();
        *salted.last_mut().expect("salt") ^= 1;
        self.open_case(
            "passphrase-header-salt-changed",
            "One bit of the header's salt flipped, right passphrase.",
            fail,
            &fragment,
            Some(PASSPHRASE),
            &salted,
            &s.ciphertext,
        );
    }

    fn ciphertext_cases(&mut self) {
        let s = self.seal("ciphertext", &text("ciphertext rules"), None);
        let other = self.seal("ciphertext-other", &text("another secret"), None);
        let fragment = s.link.to_fragment();
        let flip = |i: usize| {
            let mut c = s.ciphertext.clone();
            c[i] ^= 0x80;
            c
        };
        let mut extended = s.ciphertext.clone();
        extended.extend_from_slice(&[0; 16]);
        let n = s.ciphertext.len();
        let cases: [(&str, &str, Error, Vec<u8>); 6] = [
            ("ciphertext-bit-flipped", "First ciphertext byte changed.", Error::DecryptionFailed, flip(0)),
            ("ciphertext-tag-flipped", "Last tag byte changed.", Error::DecryptionFailed, flip(n - 1)),
            (
                "ciphertext-truncated",
                "One byte short: 255 + 16 bytes is no bucket length, rejected before decryption.",
                Error::Malformed,
                s.ciphertext[..n - 1].to_vec(),
            ),
            (
                "ciphertext-extended",
                "16 bytes appended: 272 + 16 is a bucket length, so it is decrypted, and fails.",
                Error::DecryptionFailed,
                extended,
            ),
            ("ciphertext-empty", "No ciphertext at all.", Error::Malformed, vec![]),
            (
                "ciphertext-swapped",
                "The ciphertext of another secret with the same length.",
                Error::DecryptionFailed,
                other.ciphertext.clone(),
            ),
        ];
        for (name, about, error, ciphertext) in cases {
            let about = format!("Ciphertext rule: {about}");
            self.open_case(name, &about, Err(error), &fragment, None, &s.header, &ciphertext);
        }
    }

    fn payload_cases(&mut self) {
        let padded = |mut bytes: Vec<u8>, len: usize| {
            bytes.resize(len, 0);
            bytes
        };
        let mut dirty = text("padding").encode().expect("encodes").to_vec();
        *dirty.last_mut().expect("padded") = 1;
        let cases: [(&str, &str, Error, Vec<u8>); 7] = [
            ("payload-future-version", "Payload version byte 2, checked first.", Error::UnsupportedVersion, padded(vec![2], 256)),
            ("payload-nonzero-padding", "The last padding byte is 1.", Error::Malformed, dirty),
            (
                "payload-over-padded",
                "The empty payload padded to 272, a bucket, but not the smallest one for 7 bytes.",
                Error::Malformed,
                padded(vec![1, 0, 0, 0, 0, 0, 0], 272),
            ),
            (
                "payload-text-overruns",
                "Text length 256 exceeds the 251 bytes that follow it.",
                Error::Malformed,
                padded(vec![1, 0, 0, 1, 0], 256),
            ),
            (
                "payload-text-invalid-utf8",
                "Text bytes C3 28 are not UTF-8.",
                Error::Malformed,
                padded(vec![1, 0, 0, 0, 2, 0xc3, 0x28, 0, 0], 256),
            ),
            (
                "payload-file-name-invalid-utf8",
                "A file name FF is not UTF-8.",
                Error::Malformed,
                padded(vec![1, 0, 0, 0, 0, 0, 1, 0, 1, 0xff, 0, 0, 0, 0, 0, 0], 256),
            ),
            (
                "payload-file-count-overruns",
                "65535 files announced; the zero bytes run out before they do.",
                Error::Malformed,
                padded(vec![1, 0, 0, 0, 0, 0xff, 0xff], 256),
            ),
        ];
        for (name, about, error, plaintext) in cases {
            let s = seal_raw(det(name, "link"), &plaintext).expect("raw plaintext seals");
            let about = format!("Payload rule (authentic ciphertext, invalid plaintext): {about}");
            self.open_case(name, &about, Err(error), &s.link.to_fragment(), None, &s.header, &s.ciphertext);
        }
    }

    fn receipt_cases(&mut self) {
        let r = receipt_secret(det("receipt", "secret"));
        let burn = r.burn_proof();
        let out = format!(
            "# The creator's receipt link: receipt id, the key the server indexes by, burn proof and its verifier.\n\
             expect: success\nreceipt: {}\nreceipt-id: {}\nreceipt-lookup: {}\nburn-proof: {}\nburn-verifier: {}\n",
            r.to_fragment(),
            r.id().to_text(),
            b64(&r.id().lookup_key()),
            burn.to_text(),
            burn.verifier().to_text(),
        );
        self.0.push(("receipt.txt".to_owned(), out));
        let bad = format!("{}B", &r.to_fragment()[..21]);
        assert_eq!(ReceiptSecret::from_fragment(&bad).err(), Some(Error::Malformed));
        let out = format!(
            "# Receipt fragment rule: the same strict base64url as link fragments (here: non-zero trailing bits).\n\
             expect: malformed\nreceipt: {bad}\n"
        );
        self.0.push(("receipt-non-canonical.txt".to_owned(), out));
    }
}
