//! The request vectors (revision 3): chosen keys for the seam, the one function that runs a vector's step (used by the
//! generator and by the vector tests alike), and the scenarios.

use super::super::request::{AskerSecret, RequestKey};
use super::{b64, det, expect_word, field, file, json, text, Generator};
use crate::envelope::{Error, Payload};
use zeroize::Zeroizing;

/// An asker's private key from chosen bytes.
pub fn asker_secret(bytes: [u8; 32]) -> AskerSecret {
    AskerSecret::from_bytes(bytes)
}

/// Any request key, low-order points included.
pub fn request_key(bytes: [u8; 32]) -> RequestKey {
    RequestKey::from_bytes(bytes)
}

/// [`RequestKey::seal_answer`] with a chosen ephemeral key.
pub fn seal_answer_with(request: &RequestKey, ephemeral: [u8; 32], payload: &Payload) -> Result<Vec<u8>, Error> {
    request.seal_answer_plaintext(Zeroizing::new(ephemeral), payload.encode()?)
}

/// Seals arbitrary plaintext bytes as an answer (not necessarily a valid payload).
pub fn seal_answer_raw(request: &RequestKey, ephemeral: [u8; 32], plaintext: &[u8]) -> Result<Vec<u8>, Error> {
    request.seal_answer_plaintext(Zeroizing::new(ephemeral), Zeroizing::new(plaintext.to_vec()))
}

/// Seals arbitrary plaintext bytes as a note (not necessarily a valid note encoding).
pub fn seal_note_raw(request: &RequestKey, plaintext: &[u8]) -> Result<Vec<u8>, Error> {
    request.seal_note_plaintext(Zeroizing::new(plaintext.to_vec()))
}

/// The fields a request vector gives; every other field is something its step derives.
pub const REQUEST_INPUTS: [&str; 5] = ["step", "request", "asker", "note-sealed", "answer"];

/// Runs the step a request vector names on its inputs (`get` looks a field up) and returns what it derives, in
/// order, `expect` first. `Err` means the vector itself is broken (a missing field, bad base64url).
pub fn request_step<'a>(get: &dyn Fn(&str) -> Option<&'a str>) -> Result<Vec<(&'static str, String)>, String> {
    let need = |key: &str| get(key).ok_or_else(|| format!("missing `{key}:`"));
    let bytes = |key: &str| need(key).and_then(|v| crate::b64::decode(v).ok_or_else(|| format!("`{key}:` is not base64url")));
    let mut out = Vec::new();
    let result = match need("step")? {
        "request-link" => RequestKey::from_fragment(need("request")?).map(|request| {
            let proof = request.answer_proof();
            out.push(("request-id", request.id().to_text()));
            out.push(("answer-proof", proof.to_text()));
            out.push(("answer-verifier", proof.verifier().to_text()));
        }),
        "asker-link" => AskerSecret::from_fragment(need("asker")?).map(|asker| {
            let proof = asker.fetch_proof();
            out.push(("request-derived", asker.request_key().to_fragment()));
            out.push(("request-id", asker.request_key().id().to_text()));
            out.push(("fetch-proof", proof.to_text()));
            out.push(("fetch-verifier", proof.verifier().to_text()));
        }),
        "note" => {
            let sealed = bytes("note-sealed")?;
            RequestKey::from_fragment(need("request")?).and_then(|r| r.open_note(&sealed)).map(|note| out.push(("note", json(&note))))
        }
        "seal" => RequestKey::from_fragment(need("request")?).and_then(|r| r.seal_answer(&text("probe"))).map(|_| ()),
        "answer" => {
            let answer = bytes("answer")?;
            AskerSecret::from_fragment(need("asker")?).and_then(|a| a.open_answer(&answer)).map(|payload| {
                out.push(("padded", (answer.len() - 48).to_string()));
                out.push(("text", json(&payload.text)));
                for f in &payload.files {
                    out.push(("file-name", json(&f.name)));
                    out.push(("file-type", json(&f.media_type)));
                    out.push(("file-data", b64(&f.data)));
                }
            })
        }
        other => return Err(format!("unknown step {other:?}")),
    };
    out.insert(0, ("expect", expect_word(result).to_owned()));
    Ok(out)
}

/// A u-coordinate of order 8 on Curve25519: X25519 with it gives all zeros for every private key.
const ORDER_EIGHT: [u8; 32] = [
    0xe0, 0xeb, 0x7a, 0x7c, 0x3b, 0x41, 0xb8, 0xae, 0x16, 0x56, 0xe3, 0xfa, 0xf1, 0x9f, 0xc4, 0x6a, 0xda, 0x09, 0x8d, 0xeb, 0x9c, 0x32,
    0xb1, 0xfd, 0x86, 0x62, 0x05, 0x16, 0x5f, 0x49, 0xb8, 0x00,
];

impl Generator {
    /// Writes one request vector after checking that its step ends the way the scenario intends.
    fn request_case(&mut self, name: &str, about: &str, expect: Result<(), Error>, inputs: &[(&'static str, String)]) {
        let get = |key: &str| inputs.iter().find(|(k, _)| *k == key).map(|(_, v)| v.as_str());
        let derived = request_step(&get).expect("generated inputs are complete");
        assert_eq!(derived[0].1, expect_word(expect), "vector {name} does not end as intended");
        let mut out = String::new();
        for line in about.lines() {
            out += &format!("# {line}\n");
        }
        for (key, value) in inputs.iter().chain(&derived) {
            field(&mut out, key, value);
        }
        self.0.push((format!("{name}.txt"), out));
    }

    pub(super) fn request_cases(&mut self) {
        let asker = asker_secret(det("request", "asker"));
        let request = asker.request_key();
        let link = request.to_fragment();
        let step = |s: &str| ("step", s.to_owned());
        let ok = Ok(());
        let malformed = Err(Error::Malformed);
        let failed = Err(Error::DecryptionFailed);

        // The links.
        self.request_case(
            "request-link",
            "The request link: its key gives the request id and the answer proof.",
            ok,
            &[step("request-link"), ("request", link.clone())],
        );
        self.request_case(
            "request-asker-link",
            "The asker's private link: its key gives the request link, the request id and the fetch proof.",
            ok,
            &[step("asker-link"), ("asker", asker.to_fragment())],
        );
        let with_kind = |kind: u8, len: usize| {
            let mut bytes = vec![kind];
            bytes.extend_from_slice(&crate::b64::decode(&link).expect("base64url")[1..]);
            bytes.resize(len, 0);
            b64(&bytes)
        };
        // 33 bytes are exactly 44 characters, with no spare bits to make a non-canonical form of.
        let standard = format!("{}+{}", &link[..20], &link[21..]);
        let link_cases: [(&str, &str, Error, String); 6] = [
            ("request-link-empty", "Nothing after '#'.", Error::Malformed, String::new()),
            (
                "request-link-asker-kind",
                "The asker's private link where a request link belongs (kind byte 2): refused, so a page can say so.",
                Error::Malformed,
                asker.to_fragment(),
            ),
            ("request-link-future-kind", "Kind byte 3, checked before the length.", Error::UnsupportedVersion, with_kind(3, 40)),
            ("request-link-short", "Kind byte and 31 key bytes.", Error::Malformed, with_kind(1, 32)),
            ("request-link-long", "Kind byte and 33 key bytes.", Error::Malformed, with_kind(1, 34)),
            ("request-link-standard-alphabet", "'+' belongs to standard base64, not base64url.", Error::Malformed, standard),
        ];
        for (name, about, error, fragment) in link_cases {
            self.request_case(name, &format!("Request link rule: {about}"), Err(error), &[step("request-link"), ("request", fragment)]);
        }
        self.request_case(
            "request-asker-link-request-kind",
            "Asker link rule: a request link where the asker's private link belongs (kind byte 1).",
            malformed,
            &[step("asker-link"), ("asker", link.clone())],
        );

        // The note.
        let note = |name: &str, about: &str, expect, sealed: Vec<u8>, fragment: &str| {
            (name.to_owned(), about.to_owned(), expect, vec![step("note"), ("request", fragment.to_owned()), ("note-sealed", b64(&sealed))])
        };
        let sealed = request.seal_note("Die VPN-Zugangsdaten für Jana, bitte 🙏").expect("fits");
        let mut tampered = sealed.clone();
        tampered[0] ^= 1;
        let other = asker_secret(det("request-other", "asker")).request_key();
        let raw = |plaintext: &[u8]| {
            let mut plaintext = plaintext.to_vec();
            plaintext.resize(1024, 0);
            seal_note_raw(&request, &plaintext).expect("seals")
        };
        let mut dirty = vec![0, 2, b'h', b'i'];
        dirty.resize(1024, 0);
        dirty[1023] = 1;
        let notes = [
            note("request-note", "The asker's note, sealed for request-link holders (always 1040 bytes).", ok, sealed.clone(), &link),
            note("request-note-empty", "No note: an empty text, padded like any other.", ok, request.seal_note("").expect("fits"), &link),
            note("request-note-tampered", "Note rule: one bit of the sealed note flipped.", failed, tampered, &link),
            note(
                "request-note-other-request",
                "Note rule: the note of this request opened with another request link.",
                failed,
                sealed.clone(),
                &other.to_fragment(),
            ),
            note(
                "request-note-truncated",
                "Note rule: one byte short, rejected before decryption.",
                malformed,
                sealed[..sealed.len() - 1].to_vec(),
                &link,
            ),
            note(
                "request-note-overruns",
                "Note rule: a length of 1023, more than a note holds.",
                malformed,
                raw(&1023u16.to_be_bytes()),
                &link,
            ),
            note("request-note-invalid-utf8", "Note rule: the note bytes C3 28 are not UTF-8.", malformed, raw(&[0, 2, 0xc3, 0x28]), &link),
            note(
                "request-note-nonzero-padding",
                "Note rule: the note \"hi\", and the last padding byte is 1.",
                malformed,
                raw(&dirty),
                &link,
            ),
        ];
        for (name, about, expect, inputs) in notes {
            self.request_case(&name, &about, expect, &inputs);
        }

        // Sealing to a request key.
        for (name, about, key) in [
            ("request-seal-low-order-zero", "The request key is u = 0 (order 2).", [0u8; 32]),
            ("request-seal-low-order-eight", "The request key is a point of order 8.", ORDER_EIGHT),
        ] {
            let about = format!("Sealing rule: {about} Every shared secret would be all zeros, so the answerer refuses to seal.");
            self.request_case(name, &about, malformed, &[step("seal"), ("request", request_key(key).to_fragment())]);
        }

        // The answer.
        let answer = |name: &str, about: &str, expect, sealed: &[u8], asker: &AskerSecret| {
            (name.to_owned(), about.to_owned(), expect, vec![step("answer"), ("asker", asker.to_fragment()), ("answer", b64(sealed))])
        };
        let ephemeral = |name: &str| det::<32>(name, "ephemeral");
        let plain = seal_answer_with(&request, ephemeral("request-answer"), &text("hunter2")).expect("seals");
        let mut files = text("Both keys attached.");
        files.files.push(file("id_ed25519", "application/octet-stream", b"-----BEGIN OPENSSH PRIVATE KEY-----\n"));
        files.files.push(file("Zugang ✓.txt", "text/plain", b"user: jana\n"));
        let with_files = seal_answer_with(&request, ephemeral("request-answer-files"), &files).expect("seals");
        let flip = |i: usize| {
            let mut c = plain.clone();
            c[i] ^= 0x80;
            c
        };
        let mut zero_ephemeral = plain.clone();
        zero_ephemeral[..32].fill(0);
        let mut future = vec![2u8];
        future.resize(256, 0);
        let future = seal_answer_raw(&request, ephemeral("request-answer-payload-future-version"), &future).expect("seals");
        let other_asker = asker_secret(det("request-other", "asker"));
        let answers = [
            answer("request-answer", "An answer of text alone, sealed to the request key: 32 + 256 + 16 bytes.", ok, &plain, &asker),
            answer("request-answer-files", "An answer with text and two files.", ok, &with_files, &asker),
            answer("request-answer-wrong-asker", "Answer rule: another asker's private key.", failed, &plain, &other_asker),
            answer("request-answer-ephemeral-flipped", "Answer rule: one bit of the ephemeral key flipped.", failed, &flip(0), &asker),
            answer(
                "request-answer-ephemeral-zero",
                "Answer rule: the ephemeral key replaced by u = 0, whose shared secret is all zeros.",
                failed,
                &zero_ephemeral,
                &asker,
            ),
            answer("request-answer-tag-flipped", "Answer rule: the last tag byte flipped.", failed, &flip(plain.len() - 1), &asker),
            answer(
                "request-answer-truncated",
                "Answer rule: one byte short, so no bucket length: rejected before decryption.",
                malformed,
                &plain[..plain.len() - 1],
                &asker,
            ),
            answer(
                "request-answer-payload-future-version",
                "Answer rule: authentic, but the payload version byte is 2 (the payload rules of secrets apply).",
                Err(Error::UnsupportedVersion),
                &future,
                &asker,
            ),
        ];
        for (name, about, expect, inputs) in answers {
            self.request_case(&name, &about, expect, &inputs);
        }
    }
}
