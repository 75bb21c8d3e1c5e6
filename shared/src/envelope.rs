//! The v1 envelope: how a secret is sealed in the browser and opened again, specified in `docs/envelope-v1.md`.
//!
//! CONTRACT (public API other crates rely on; bodies are being implemented):
//! - `LinkSecret` (16 random bytes, fragment of the share link) -> `SecretId` (storage id), and with the public
//!   `Header` and optional passphrase -> `OpenKeys` (AES-256-GCM key + `Proof`). `Proof::verifier()` is what the server stores.
//! - `ReceiptSecret` (16 random bytes, fragment of the creator's receipt link) -> `ReceiptId` + burn `Proof`.
//! - `seal(payload, passphrase, kdf)` does everything a creating client needs in one call.

use zeroize::Zeroizing;

/// Envelope format version this crate writes and reads.
pub const VERSION: u8 = 1;

/// Coarse public errors: deliberately say nothing about where decoding or decryption failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// The first byte names a version this crate does not know.
    #[error("unsupported envelope version")]
    UnsupportedVersion,
    /// Wrong length, bad encoding, out-of-range parameter or trailing bytes.
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

/// SHA-256 of a [`Proof`], stored by the server.
#[derive(Clone, Copy, PartialEq, Eq)]
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
    /// Encoded public header.
    pub header: Vec<u8>,
    /// Encrypted, padded payload.
    pub ciphertext: Vec<u8>,
}

/// Seals a payload under a fresh link secret, with an optional passphrase stretched by `kdf`.
pub fn seal(payload: &Payload, passphrase: Option<&str>, kdf: Argon2Params) -> Result<Sealed, Error> {
    let _ = (payload, passphrase, kdf);
    todo!()
}

impl Argon2Params {
    /// The defaults clients use (at least OWASP's m = 19 MiB, t = 2, p = 1).
    pub const DEFAULT: Argon2Params = Argon2Params { m_kib: 19 * 1024, t: 2, p: 1 };
}

impl Header {
    /// Encodes the header bytes.
    pub fn encode(&self) -> Vec<u8> {
        todo!()
    }
    /// Decodes and validates header bytes (version first, then parameter ceilings).
    pub fn decode(bytes: &[u8]) -> Result<Header, Error> {
        let _ = bytes;
        todo!()
    }
    /// Whether opening needs a passphrase.
    pub fn needs_passphrase(&self) -> bool {
        self.kdf.is_some()
    }
}

impl LinkSecret {
    /// A fresh random link secret.
    pub fn generate() -> Result<Self, Error> {
        todo!()
    }
    /// The fragment text (22 characters of base64url).
    pub fn to_fragment(&self) -> String {
        todo!()
    }
    /// Parses a fragment (strict canonical base64url, exactly 16 bytes).
    pub fn from_fragment(text: &str) -> Result<Self, Error> {
        let _ = text;
        todo!()
    }
    /// The storage id.
    pub fn id(&self) -> SecretId {
        todo!()
    }
    /// Derives key and proof; runs Argon2id when the header asks for a passphrase (expensive: call once).
    pub fn open_keys(&self, id: &SecretId, header: &[u8], passphrase: Option<&str>) -> Result<OpenKeys, Error> {
        let _ = (id, header, passphrase);
        todo!()
    }
}

impl OpenKeys {
    /// Decrypts and unpads the ciphertext of the secret `id` whose public header is `header`.
    pub fn open(&self, id: &SecretId, header: &[u8], ciphertext: &[u8]) -> Result<Payload, Error> {
        let _ = (id, header, ciphertext, &self.key);
        todo!()
    }
}

impl ReceiptSecret {
    /// A fresh random receipt secret.
    pub fn generate() -> Result<Self, Error> {
        todo!()
    }
    /// The fragment text (22 characters of base64url).
    pub fn to_fragment(&self) -> String {
        todo!()
    }
    /// Parses a fragment.
    pub fn from_fragment(text: &str) -> Result<Self, Error> {
        let _ = text;
        todo!()
    }
    /// The receipt id.
    pub fn id(&self) -> ReceiptId {
        todo!()
    }
    /// The burn capability.
    pub fn burn_proof(&self) -> Proof {
        todo!()
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
        todo!()
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
        todo!()
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
        let _ = proof;
        todo!()
    }
}
