//! The v1 envelope: how a secret is sealed in the browser and opened again, specified in `docs/envelope-v1.md`.
//!
//! CONTRACT (public API other crates rely on):
//! - `LinkSecret` (16 random bytes, fragment of the share link) -> `SecretId` (storage id), and with the public
//!   `Header` and optional passphrase -> `OpenKeys` (AES-256-GCM key + `Proof`). `Proof::verifier()` is what the server stores.
//! - `LinkSecret::gate()`: a capability that needs the link but not the passphrase; the server keeps its verifier.
//! - `ReceiptSecret` (16 random bytes, fragment of the creator's receipt link) -> `ReceiptId` + burn `Proof`.
//! - `seal(payload, passphrase, kdf)` does everything a creating client needs in one call.
//! - `StretchedPassphrase::derive(header, passphrase)` is the expensive Argon2id step alone, so a browser can run it in a
//!   Web Worker and hand the result to `seal_stretched` / `LinkSecret::open_keys_stretched` (the same code either way).
//! - [`request`]: requests (revision 3), the asker's key pair and the answer sealed to it.
//!
//! Every constant below (labels, widths, ceilings) is normative: changing one is a new envelope version.

mod payload;
#[cfg(feature = "deterministic")]
#[doc(hidden)]
pub mod testing;

use ring::{aead, digest, hkdf};
use subtle::ConstantTimeEq as _;
use zeroize::Zeroizing;

/// Envelope format version this crate writes and reads.
pub const VERSION: u8 = 1;

/// HKDF-Extract salt over a link or receipt secret.
const SALT_SECRET: &[u8] = b"cinder/v1";
/// HKDF-Extract salt of the key schedule that mixes in the passphrase and the header.
const SALT_KEYS: &[u8] = b"cinder/v1/keys";
const LABEL_ID: &[u8] = b"cinder/v1/id";
const LABEL_KEY: &[u8] = b"cinder/v1/key";
const LABEL_PROOF: &[u8] = b"cinder/v1/proof";
const LABEL_GATE: &[u8] = b"cinder/v1/gate";
const LABEL_RECEIPT_ID: &[u8] = b"cinder/v1/receipt-id";
const LABEL_RECEIPT_BURN: &[u8] = b"cinder/v1/receipt-burn";
/// Prefix of the AEAD associated data.
const AAD_PREFIX: &[u8] = b"cinder/v1";

/// Header `kdf` byte: no passphrase.
const KDF_NONE: u8 = 0;
/// Header `kdf` byte: Argon2id-stretched passphrase.
const KDF_ARGON2ID: u8 = 1;
/// Header length without a passphrase: version, kdf.
const HEADER_NONE_LEN: usize = 2;
/// Header length with Argon2id: version, kdf, m_kib, t, p (u32 big-endian each), salt.
const HEADER_ARGON2ID_LEN: usize = 2 + 4 + 4 + 4 + 16;
/// AES-256-GCM tag length.
const TAG_LEN: usize = 16;
/// The key is single-use (fresh link secret per secret), so one fixed nonce is safe; see the spec.
const NONCE: [u8; 12] = [0; 12];

/// Coarse public errors: deliberately say nothing about where decoding or decryption failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// The first byte names a version this crate does not know.
    #[error("unsupported envelope version")]
    UnsupportedVersion,
    /// Wrong length, bad encoding, out-of-range parameter or trailing bytes.
    /// Also returned by `generate`/`seal` in the (practically unreachable) case that the platform has no randomness.
    #[error("malformed envelope")]
    Malformed,
    /// Wrong key or passphrase, or tampered data.
    #[error("decryption failed")]
    DecryptionFailed,
}

/// The 128-bit random secret carried in the share link's fragment. Never leaves the browser.
pub struct LinkSecret(Zeroizing<[u8; 16]>);

/// The 128-bit random secret carried in the creator's receipt link's fragment.
pub struct ReceiptSecret(Zeroizing<[u8; 16]>);

/// Storage id of a secret (16 bytes), derived from the link secret; the server indexes by it.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct SecretId(pub [u8; 16]);

/// Receipt id (16 bytes), derived from the receipt secret; the server stores only [`ReceiptId::lookup_key`].
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct ReceiptId(pub [u8; 16]);

/// A 32-byte capability (open proof or burn proof). The server only ever stores its [`Verifier`].
pub struct Proof(Zeroizing<[u8; 32]>);

/// SHA-256 of a [`Proof`], stored by the server. Deliberately not `PartialEq`: a check is `matches` (constant time).
#[derive(Clone, Copy)]
pub struct Verifier(pub [u8; 32]);

/// Passphrase stretching parameters chosen by the creator, carried in the public header.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Argon2Params {
    /// Memory in KiB.
    pub m_kib: u32,
    /// Iterations.
    pub t: u32,
    /// Lanes.
    pub p: u32,
}

/// A passphrase after Argon2id, with the parameters and salt of the header it was stretched for (`S` in the spec).
///
/// Opening checks that they are the header's, so a stretched passphrase meant for another header is an error, not a
/// wrong proof that would cost the recipient one of the secret's attempts.
pub struct StretchedPassphrase {
    params: Argon2Params,
    salt: [u8; 16],
    key: Zeroizing<[u8; 32]>,
}

/// The public header: version and, when a passphrase is used, the Argon2id parameters and salt.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    /// `Some` when the secret needs a passphrase.
    pub kdf: Option<(Argon2Params, [u8; 16])>,
}

/// One attached file. Its name and media type are encrypted with the contents.
#[derive(Clone, PartialEq, Eq)]
pub struct File {
    /// File name as given by the creator.
    pub name: String,
    /// Media type, e.g. `text/plain`.
    pub media_type: String,
    /// Contents.
    pub data: Zeroizing<Vec<u8>>,
}

/// The plaintext of a secret: text plus zero or more files.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Payload {
    /// The text (may be empty when files are attached).
    pub text: Zeroizing<String>,
    /// Attached files.
    pub files: Vec<File>,
}

/// Keys derived for opening: the AES key and the proof to present to the server.
pub struct OpenKeys {
    key: Zeroizing<[u8; 32]>,
    /// Proof of the link (and passphrase) for `POST /secrets/{id}/open`.
    pub proof: Proof,
}

/// Everything a creating client sends or shows after sealing.
pub struct Sealed {
    /// Goes into the share link's fragment.
    pub link: LinkSecret,
    /// Storage id.
    pub id: SecretId,
    /// What the server stores to check the open proof.
    pub verifier: Verifier,
    /// What the server stores to check the link's gate (see [`LinkSecret::gate`]).
    pub gate_verifier: Verifier,
    /// Encoded public header.
    pub header: Vec<u8>,
    /// Encrypted, padded payload.
    pub ciphertext: Vec<u8>,
}

/// Seals a payload under a fresh link secret, with an optional passphrase stretched by `kdf`.
///
/// `kdf` is ignored without a passphrase; with one it must lie within the decoder's ceilings (else `Malformed`).
/// Runs Argon2id on the calling thread; a browser that must not freeze stretches first ([`StretchedPassphrase`]) and
/// calls [`seal_stretched`].
pub fn seal(payload: &Payload, passphrase: Option<&str>, kdf: Argon2Params) -> Result<Sealed, Error> {
    let stretched = match passphrase {
        Some(p) => Some(StretchedPassphrase::derive(&Header::with_passphrase(kdf)?, p.as_bytes())?),
        None => None,
    };
    seal_stretched(payload, stretched.as_ref())
}

/// Seals a payload under a fresh link secret, with a passphrase already stretched for a header made by
/// [`Header::with_passphrase`] (whose parameters and salt the sealed header carries), or without one.
pub fn seal_stretched(payload: &Payload, passphrase: Option<&StretchedPassphrase>) -> Result<Sealed, Error> {
    seal_plaintext(LinkSecret::generate()?, payload.encode()?, passphrase)
}

/// Room a size limit leaves for what a secret carries besides its text and file contents: the encoding's framing, file
/// names and media types.
pub const METADATA_ALLOWANCE: usize = 64 * 1024;

/// The largest ciphertext a secret of at most `max_secret` bytes of text and file contents seals to (with its names,
/// media types and framing within [`METADATA_ALLOWANCE`]): what a server that promises secrets of `max_secret` bytes
/// must accept, padding and tag included.
pub fn ciphertext_limit(max_secret: u64) -> u64 {
    let len = usize::try_from(max_secret).unwrap_or(usize::MAX).saturating_add(METADATA_ALLOWANCE);
    payload::bucket(len).map_or(u64::MAX, |padded| padded as u64 + TAG_LEN as u64)
}

/// Whether `len` is a length a v1 ciphertext can have (a padding bucket plus the tag), so a server can refuse
/// other blobs at creation; opening rejects them as `Malformed` before decrypting.
pub fn ciphertext_len_is_valid(len: usize) -> bool {
    len.checked_sub(TAG_LEN).is_some_and(payload::is_bucket)
}

/// The one sealing path, shared by [`seal`], [`seal_stretched`] and the deterministic test seam.
fn seal_plaintext(link: LinkSecret, mut plaintext: Zeroizing<Vec<u8>>, passphrase: Option<&StretchedPassphrase>) -> Result<Sealed, Error> {
    let header = Header { kdf: passphrase.map(|s| (s.params, s.salt)) }.encode();
    let id = link.id();
    let keys = link.open_keys_stretched(&id, &header, passphrase)?;
    keys.aead_key().seal_in_place_append_tag(nonce(), aad(&id, &header), &mut *plaintext).map_err(|_| Error::Malformed)?;
    // The buffer now holds ciphertext; take it out of the zeroizing wrapper without copying.
    let ciphertext = std::mem::take(&mut *plaintext);
    let gate_verifier = link.gate().verifier();
    Ok(Sealed { link, id, verifier: keys.proof.verifier(), gate_verifier, header, ciphertext })
}

impl Argon2Params {
    /// The defaults clients use: m = 64 MiB, t = 3, p = 1, well above OWASP's minimum (m = 19 MiB, t = 2, the floor
    /// below), since browsers run it in a Web Worker (docs/benchmarks.md, "Passphrase derivation"). Secrets sealed with
    /// other parameters still open: the header carries them.
    pub const DEFAULT: Argon2Params = Argon2Params { m_kib: 64 * 1024, t: 3, p: 1 };
    /// Smallest memory cost (KiB) a v1 header may carry.
    pub const MIN_M_KIB: u32 = 19 * 1024;
    /// Largest memory cost (KiB) a v1 header may carry, so a malicious header cannot exhaust a browser.
    pub const MAX_M_KIB: u32 = 64 * 1024;
    /// Smallest iteration count a v1 header may carry.
    pub const MIN_T: u32 = 2;
    /// Largest iteration count a v1 header may carry.
    pub const MAX_T: u32 = 10;
    /// The only lane count v1 allows (browsers hash on one thread anyway).
    pub const P: u32 = 1;

    /// Rejects parameters outside the v1 ceilings.
    fn check(&self) -> Result<(), Error> {
        let ok =
            (Self::MIN_M_KIB..=Self::MAX_M_KIB).contains(&self.m_kib) && (Self::MIN_T..=Self::MAX_T).contains(&self.t) && self.p == Self::P;
        ok.then_some(()).ok_or(Error::Malformed)
    }

    /// Argon2id (v0x13, 32-byte tag, no secret, no associated data) over the passphrase's UTF-8 bytes.
    fn stretch(&self, passphrase: &[u8], salt: &[u8; 16]) -> Result<Zeroizing<[u8; 32]>, Error> {
        self.check()?;
        let params = argon2::Params::new(self.m_kib, self.t, self.p, Some(32)).map_err(|_| Error::Malformed)?;
        // Our own zeroizing work area: the crate's `hash_password_into` leaves the 19+ MiB of blocks behind.
        let mut blocks = Zeroizing::new(vec![argon2::Block::default(); params.block_count()]);
        let mut out = Zeroizing::new([0u8; 32]);
        argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params)
            .hash_password_into_with_memory(passphrase, salt, &mut out[..], &mut blocks[..])
            .map_err(|_| Error::Malformed)?;
        Ok(out)
    }
}

impl StretchedPassphrase {
    /// Runs Argon2id over `passphrase` (its UTF-8 bytes, exactly as typed) with the parameters and salt of `header`:
    /// the expensive step (64 MiB and a few hundred milliseconds in a browser at the default). `Malformed` if the header
    /// asks for no passphrase or its parameters are outside the ceilings.
    pub fn derive(header: &Header, passphrase: &[u8]) -> Result<StretchedPassphrase, Error> {
        let (params, salt) = header.kdf.ok_or(Error::Malformed)?;
        Ok(StretchedPassphrase { params, salt, key: params.stretch(passphrase, &salt)? })
    }

    /// A passphrase stretched elsewhere by [`StretchedPassphrase::derive`] for `header` (a Web Worker), from its 32 bytes.
    pub fn from_bytes(header: &Header, key: &[u8; 32]) -> Result<StretchedPassphrase, Error> {
        let (params, salt) = header.kdf.ok_or(Error::Malformed)?;
        params.check()?;
        Ok(StretchedPassphrase { params, salt, key: Zeroizing::new(*key) })
    }

    /// The 32 bytes, to hand back from where they were derived (nowhere else: they unlock the secret with the link).
    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.key
    }
}

impl Header {
    /// The header of a new passphrase-protected secret: `params` (within the ceilings, else `Malformed`) and a fresh
    /// random salt.
    pub fn with_passphrase(params: Argon2Params) -> Result<Header, Error> {
        params.check()?;
        Ok(Header { kdf: Some((params, random()?)) })
    }

    /// Encodes the header bytes.
    pub fn encode(&self) -> Vec<u8> {
        match &self.kdf {
            None => vec![VERSION, KDF_NONE],
            Some((params, salt)) => {
                let mut out = Vec::with_capacity(HEADER_ARGON2ID_LEN);
                out.extend_from_slice(&[VERSION, KDF_ARGON2ID]);
                for n in [params.m_kib, params.t, params.p] {
                    out.extend_from_slice(&n.to_be_bytes());
                }
                out.extend_from_slice(salt);
                out
            }
        }
    }

    /// Decodes and validates header bytes (version first, then parameter ceilings).
    pub fn decode(bytes: &[u8]) -> Result<Header, Error> {
        match bytes.first() {
            Some(&VERSION) => {}
            Some(_) => return Err(Error::UnsupportedVersion),
            None => return Err(Error::Malformed),
        }
        match (bytes.get(1), bytes.len()) {
            (Some(&KDF_NONE), HEADER_NONE_LEN) => Ok(Header { kdf: None }),
            (Some(&KDF_ARGON2ID), HEADER_ARGON2ID_LEN) => {
                let u32_at = |i: usize| u32::from_be_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
                let params = Argon2Params { m_kib: u32_at(2), t: u32_at(6), p: u32_at(10) };
                params.check()?;
                let mut salt = [0u8; 16];
                salt.copy_from_slice(&bytes[14..]);
                Ok(Header { kdf: Some((params, salt)) })
            }
            _ => Err(Error::Malformed),
        }
    }

    /// Whether opening needs a passphrase.
    pub fn needs_passphrase(&self) -> bool {
        self.kdf.is_some()
    }
}

impl LinkSecret {
    /// A fresh random link secret.
    pub fn generate() -> Result<Self, Error> {
        random().map(|b| LinkSecret(Zeroizing::new(b)))
    }
    /// The fragment text (22 characters of base64url).
    pub fn to_fragment(&self) -> String {
        crate::b64::encode(&self.0[..])
    }
    /// Parses a fragment (strict canonical base64url, exactly 16 bytes).
    pub fn from_fragment(text: &str) -> Result<Self, Error> {
        parse_secret(text).map(LinkSecret)
    }
    /// The storage id.
    pub fn id(&self) -> SecretId {
        SecretId(expand(&extract(SALT_SECRET, &self.0[..]), LABEL_ID))
    }
    /// The gate: proves possession of the link without the passphrase, so the server lets only link holders spend
    /// passphrase guesses (an id, which logs and database copies hold, is not enough). Sent with every open attempt.
    pub fn gate(&self) -> Proof {
        Proof(Zeroizing::new(expand(&extract(SALT_SECRET, &self.0[..]), LABEL_GATE)))
    }
    /// Derives key and proof; runs Argon2id when the header asks for a passphrase (expensive: call once).
    ///
    /// `id` must be [`LinkSecret::id`] (it is bound into the keys). Without a passphrase for a header that needs
    /// one the answer is `DecryptionFailed`; a passphrase given for a header that needs none is ignored.
    pub fn open_keys(&self, id: &SecretId, header: &[u8], passphrase: Option<&str>) -> Result<OpenKeys, Error> {
        let stretched = match (Header::decode(header)?, passphrase) {
            (h @ Header { kdf: Some(_) }, Some(passphrase)) => Some(StretchedPassphrase::derive(&h, passphrase.as_bytes())?),
            _ => None,
        };
        self.open_keys_stretched(id, header, stretched.as_ref())
    }

    /// [`LinkSecret::open_keys`] with the passphrase already stretched for this header ([`StretchedPassphrase::derive`]
    /// on `Header::decode(header)`), so no Argon2id runs here. A stretched passphrase made for other parameters or
    /// another salt is `Malformed` (a wrong proof would count as a guess); otherwise as `open_keys`.
    pub fn open_keys_stretched(&self, id: &SecretId, header: &[u8], passphrase: Option<&StretchedPassphrase>) -> Result<OpenKeys, Error> {
        let none = Zeroizing::new([0u8; 32]);
        let stretched = match (Header::decode(header)?.kdf, passphrase) {
            (None, _) => &none,
            (Some((params, salt)), Some(s)) if s.params == params && s.salt == salt => &s.key,
            (Some(_), Some(_)) => return Err(Error::Malformed),
            (Some(_), None) => return Err(Error::DecryptionFailed),
        };
        let mut ikm = Zeroizing::new(Vec::with_capacity(16 + 16 + 32 + header.len()));
        for part in [&self.0[..], &id.0[..], &stretched[..], header] {
            ikm.extend_from_slice(part);
        }
        let prk = extract(SALT_KEYS, &ikm);
        Ok(OpenKeys { key: Zeroizing::new(expand(&prk, LABEL_KEY)), proof: Proof(Zeroizing::new(expand(&prk, LABEL_PROOF))) })
    }
}

impl OpenKeys {
    /// Decrypts and unpads the ciphertext of the secret `id` whose public header is `header`.
    pub fn open(&self, id: &SecretId, header: &[u8], ciphertext: &[u8]) -> Result<Payload, Error> {
        if !ciphertext_len_is_valid(ciphertext.len()) {
            return Err(Error::Malformed);
        }
        let mut buffer = Zeroizing::new(ciphertext.to_vec());
        let plaintext = self.aead_key().open_in_place(nonce(), aad(id, header), &mut buffer[..]).map_err(|_| Error::DecryptionFailed)?;
        Payload::decode(plaintext)
    }

    fn aead_key(&self) -> aead::LessSafeKey {
        let key = aead::UnboundKey::new(&aead::AES_256_GCM, &self.key[..]).expect("AES-256 key is 32 bytes");
        aead::LessSafeKey::new(key)
    }
}

impl ReceiptSecret {
    /// A fresh random receipt secret.
    pub fn generate() -> Result<Self, Error> {
        random().map(|b| ReceiptSecret(Zeroizing::new(b)))
    }
    /// The fragment text (22 characters of base64url).
    pub fn to_fragment(&self) -> String {
        crate::b64::encode(&self.0[..])
    }
    /// Parses a fragment (strict canonical base64url, exactly 16 bytes).
    pub fn from_fragment(text: &str) -> Result<Self, Error> {
        parse_secret(text).map(ReceiptSecret)
    }
    /// The receipt id.
    pub fn id(&self) -> ReceiptId {
        ReceiptId(expand(&extract(SALT_SECRET, &self.0[..]), LABEL_RECEIPT_ID))
    }
    /// The burn capability.
    pub fn burn_proof(&self) -> Proof {
        Proof(Zeroizing::new(expand(&extract(SALT_SECRET, &self.0[..]), LABEL_RECEIPT_BURN)))
    }
}

impl SecretId {
    /// base64url text (22 characters).
    pub fn to_text(&self) -> String {
        crate::b64::encode(&self.0)
    }
    /// Parses canonical base64url of exactly 16 bytes.
    pub fn from_text(text: &str) -> Result<Self, Error> {
        crate::b64::decode_array(text).map(SecretId).ok_or(Error::Malformed)
    }
    /// What names the secret to an operator's webhook receiver: base64url of the first 16 bytes of
    /// SHA-256("cinder secret fingerprint v1" ‖ id), 22 characters. Whoever has the link (or the id) can compute it
    /// and find their secret's events; from the fingerprint nobody can get back to the id, so a receiver's log can
    /// peek at nothing.
    pub fn fingerprint(&self) -> String {
        let mut input = b"cinder secret fingerprint v1".to_vec();
        input.extend_from_slice(&self.0);
        crate::b64::encode(&sha256(&input)[..16])
    }
}

impl ReceiptId {
    /// base64url text (22 characters).
    pub fn to_text(&self) -> String {
        crate::b64::encode(&self.0)
    }
    /// Parses canonical base64url of exactly 16 bytes.
    pub fn from_text(text: &str) -> Result<Self, Error> {
        crate::b64::decode_array(text).map(ReceiptId).ok_or(Error::Malformed)
    }
    /// What the server stores and indexes by: SHA-256 of the receipt id, so a database copy cannot query receipts.
    pub fn lookup_key(&self) -> [u8; 32] {
        sha256(&self.0)
    }
}

impl Proof {
    /// base64url text (43 characters).
    pub fn to_text(&self) -> String {
        crate::b64::encode(&self.0[..])
    }
    /// Parses canonical base64url of exactly 32 bytes.
    pub fn from_text(text: &str) -> Result<Self, Error> {
        crate::b64::decode_array(text).map(|b| Proof(Zeroizing::new(b))).ok_or(Error::Malformed)
    }
    /// SHA-256 of the proof.
    pub fn verifier(&self) -> Verifier {
        Verifier(sha256(&self.0[..]))
    }
}

impl Verifier {
    /// base64url text (43 characters).
    pub fn to_text(&self) -> String {
        crate::b64::encode(&self.0)
    }
    /// Parses canonical base64url of exactly 32 bytes.
    pub fn from_text(text: &str) -> Result<Self, Error> {
        crate::b64::decode_array(text).map(Verifier).ok_or(Error::Malformed)
    }
    /// Whether `proof` hashes to this verifier, in constant time.
    pub fn matches(&self, proof: &Proof) -> bool {
        self.0.ct_eq(&proof.verifier().0).into()
    }
}

fn random<const N: usize>() -> Result<[u8; N], Error> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).map_err(|_| Error::Malformed)?;
    Ok(bytes)
}

fn parse_secret(text: &str) -> Result<Zeroizing<[u8; 16]>, Error> {
    crate::b64::decode_array(text).map(Zeroizing::new).ok_or(Error::Malformed)
}

fn sha256(bytes: &[u8]) -> [u8; 32] {
    digest::digest(&digest::SHA256, bytes).as_ref().try_into().expect("SHA-256 is 32 bytes")
}

/// HKDF output length as ring wants it.
struct Len(usize);

impl hkdf::KeyType for Len {
    fn len(&self) -> usize {
        self.0
    }
}

fn extract(salt: &[u8], ikm: &[u8]) -> hkdf::Prk {
    hkdf::Salt::new(hkdf::HKDF_SHA256, salt).extract(ikm)
}

fn expand<const N: usize>(prk: &hkdf::Prk, label: &[u8]) -> [u8; N] {
    let mut out = [0u8; N];
    prk.expand(&[label], Len(N)).and_then(|okm| okm.fill(&mut out)).expect("HKDF-SHA256 output of at most 32 bytes");
    out
}

fn nonce() -> aead::Nonce {
    aead::Nonce::assume_unique_for_key(NONCE)
}

fn aad(id: &SecretId, header: &[u8]) -> aead::Aad<Vec<u8>> {
    let mut aad = Vec::with_capacity(AAD_PREFIX.len() + 1 + 16 + header.len());
    aad.extend_from_slice(AAD_PREFIX);
    aad.push(VERSION);
    aad.extend_from_slice(&id.0);
    aad.extend_from_slice(header);
    aead::Aad::from(aad)
}

/// Writes `Name(<redacted>)`: these types hold secrets, or identifiers that must never reach a log.
macro_rules! redacted_debug {
    ($($t:ty),*) => {$(
        impl std::fmt::Debug for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(concat!(stringify!($t), "(<redacted>)"))
            }
        }
    )*};
}

redacted_debug!(LinkSecret, ReceiptSecret, SecretId, ReceiptId, Proof, Verifier, OpenKeys, Payload, File, Sealed, StretchedPassphrase);

// After the macro, so the module can use it (macros are in scope textually).
pub mod request;
