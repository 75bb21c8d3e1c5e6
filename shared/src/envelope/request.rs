//! Requests (envelope v1 revision 3, `docs/envelope-v1.md`, "Requests"): the asker's X25519 key pair, the two links
//! that carry its halves, the note sealed for request-link holders, and the answer sealed to the asker's public key.
//!
//! CONTRACT (public API other crates rely on):
//! - `AskerSecret` (the X25519 private key, fragment of the asker's private link) -> `RequestKey` (the public key,
//!   fragment of the request link) and the fetch `Proof` (only the asker can take the answer).
//! - `RequestKey` -> `RequestId` (storage id), the answer `Proof` (only request-link holders can answer), and the note
//!   and answer seals.
//! - `AskerSecret::open_answer` opens what `RequestKey::seal_answer` sealed; nothing else can.
//!
//! ring cannot load a stored X25519 private key (its agreement keys are ephemeral only), and the asker's key must live
//! in a link for days, so both sides use `x25519-dalek`'s `StaticSecret`: one implementation for the browser and the CLI.

use super::{expand, extract, nonce, payload, random, Error, Payload, Proof, TAG_LEN};
use ring::aead;
use x25519_dalek::{PublicKey, StaticSecret};
use zeroize::Zeroizing;

/// First byte of a request link's fragment: the public key follows.
const KIND_REQUEST: u8 = 0x01;
/// First byte of the asker's link's fragment: the private key follows.
const KIND_ASKER: u8 = 0x02;
/// Kind byte and a 32-byte key.
const FRAGMENT_LEN: usize = 1 + 32;

const SALT_REQUEST: &[u8] = b"cinder/v1/request";
const LABEL_REQUEST_ID: &[u8] = b"cinder/v1/request-id";
const LABEL_ANSWER_PROOF: &[u8] = b"cinder/v1/request-answer";
const LABEL_NOTE_KEY: &[u8] = b"cinder/v1/request-note";
/// Extract salt and expand label of the fetch proof, which comes from the private key alone.
const LABEL_FETCH: &[u8] = b"cinder/v1/request-fetch";
const SALT_ANSWER: &[u8] = b"cinder/v1/answer";
const LABEL_ANSWER_KEY: &[u8] = b"cinder/v1/answer-key";
/// AAD prefixes; the request id follows each.
const AAD_NOTE: &[u8] = b"cinder/v1/request-note";
const AAD_ANSWER: &[u8] = b"cinder/v1/answer";

/// Longest note, in UTF-8 bytes.
pub const NOTE_MAX: usize = 1022;
/// Every note pads to this many plaintext bytes (a 2-byte length, the text, zeros), so its length says nothing.
const NOTE_PADDED: usize = 2 + NOTE_MAX;
/// Length of every sealed note.
pub const NOTE_SEALED_LEN: usize = NOTE_PADDED + TAG_LEN;
/// The answerer's ephemeral public key, in front of every sealed answer.
const EPHEMERAL_LEN: usize = 32;

/// The asker's X25519 private key, carried in the asker's private link. Never leaves the asker's browser or terminal.
pub struct AskerSecret(Zeroizing<[u8; 32]>);

/// The asker's X25519 public key, carried in the request link. Treated as a capability, not as public: the request
/// id, the answer proof and the note key derive from it, so whoever holds it can answer (but not read an answer).
#[derive(Clone, PartialEq, Eq)]
pub struct RequestKey([u8; 32]);

/// Storage id of a request (16 bytes), derived from the request key; the server indexes by it.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct RequestId(pub [u8; 16]);

impl AskerSecret {
    /// A fresh random private key.
    pub fn generate() -> Result<Self, Error> {
        random().map(|b| AskerSecret(Zeroizing::new(b)))
    }
    /// The asker's link fragment (44 characters of base64url).
    pub fn to_fragment(&self) -> String {
        fragment(KIND_ASKER, &self.0)
    }
    /// Parses an asker's link fragment; a request link's fragment is `Malformed` here.
    pub fn from_fragment(text: &str) -> Result<Self, Error> {
        parse_fragment(text, KIND_ASKER).map(|key| AskerSecret(Zeroizing::new(*key)))
    }
    /// The matching public key, for the request link.
    pub fn request_key(&self) -> RequestKey {
        RequestKey(PublicKey::from(&self.static_secret()).to_bytes())
    }
    /// The capability that takes the answer. It comes from the private key, not the request key, so a request-link
    /// holder who answered cannot take (and so destroy) the answer.
    pub fn fetch_proof(&self) -> Proof {
        Proof(Zeroizing::new(expand(&extract(LABEL_FETCH, &self.0[..]), LABEL_FETCH)))
    }
    /// Opens an answer sealed to this key's request: `Malformed` for a length no answer has, `DecryptionFailed` for
    /// any other key or tampering, then the payload rules.
    pub fn open_answer(&self, answer: &[u8]) -> Result<Payload, Error> {
        if !answer_len_is_valid(answer.len()) {
            return Err(Error::Malformed);
        }
        let (ephemeral, sealed) = answer.split_at(EPHEMERAL_LEN);
        let ephemeral: [u8; 32] = ephemeral.try_into().map_err(|_| Error::Malformed)?;
        let shared = self.static_secret().diffie_hellman(&PublicKey::from(ephemeral));
        if !shared.was_contributory() {
            return Err(Error::DecryptionFailed);
        }
        let request = self.request_key();
        let key = answer_key(shared.as_bytes(), &ephemeral, &request.0);
        let mut buffer = Zeroizing::new(sealed.to_vec());
        let plaintext = key.open_in_place(nonce(), aad(AAD_ANSWER, &request.id()), &mut buffer[..]).map_err(|_| Error::DecryptionFailed)?;
        Payload::decode(plaintext)
    }

    /// A private key from chosen bytes (the deterministic test seam).
    #[cfg(feature = "deterministic")]
    pub(in crate::envelope) fn from_bytes(bytes: [u8; 32]) -> Self {
        AskerSecret(Zeroizing::new(bytes))
    }

    fn static_secret(&self) -> StaticSecret {
        StaticSecret::from(*self.0)
    }
}

impl RequestKey {
    /// The request link fragment (44 characters of base64url).
    pub fn to_fragment(&self) -> String {
        fragment(KIND_REQUEST, &self.0)
    }
    /// Parses a request link fragment; an asker's link fragment is `Malformed` here, so a page can tell the asker
    /// that the private link was pasted where the request link belongs.
    pub fn from_fragment(text: &str) -> Result<Self, Error> {
        parse_fragment(text, KIND_REQUEST).map(|key| RequestKey(*key))
    }
    /// The storage id.
    pub fn id(&self) -> RequestId {
        RequestId(expand(&self.prk(), LABEL_REQUEST_ID))
    }
    /// The capability that answers the request (the server keeps its verifier).
    pub fn answer_proof(&self) -> Proof {
        Proof(Zeroizing::new(expand(&self.prk(), LABEL_ANSWER_PROOF)))
    }
    /// Seals the asker's note (at most [`NOTE_MAX`] UTF-8 bytes, else `Malformed`) for request-link holders.
    pub fn seal_note(&self, note: &str) -> Result<Vec<u8>, Error> {
        let len = u16::try_from(note.len()).ok().filter(|&n| usize::from(n) <= NOTE_MAX).ok_or(Error::Malformed)?;
        let mut plaintext = Zeroizing::new(Vec::with_capacity(NOTE_SEALED_LEN));
        plaintext.extend_from_slice(&len.to_be_bytes());
        plaintext.extend_from_slice(note.as_bytes());
        plaintext.resize(NOTE_PADDED, 0);
        self.seal_note_plaintext(plaintext)
    }
    /// Opens a sealed note: `Malformed` for a wrong length or a bad encoding inside, `DecryptionFailed` for another
    /// request's note or tampering.
    pub fn open_note(&self, sealed: &[u8]) -> Result<Zeroizing<String>, Error> {
        if sealed.len() != NOTE_SEALED_LEN {
            return Err(Error::Malformed);
        }
        let mut buffer = Zeroizing::new(sealed.to_vec());
        let plaintext =
            self.note_key().open_in_place(nonce(), aad(AAD_NOTE, &self.id()), &mut buffer[..]).map_err(|_| Error::DecryptionFailed)?;
        let (len, rest) = plaintext.split_at(2);
        let len = usize::from(u16::from_be_bytes([len[0], len[1]]));
        let (text, padding) = rest.split_at_checked(len).ok_or(Error::Malformed)?;
        if padding.iter().any(|&b| b != 0) {
            return Err(Error::Malformed);
        }
        std::str::from_utf8(text).map(|t| Zeroizing::new(t.to_owned())).map_err(|_| Error::Malformed)
    }
    /// Seals an answer (the same payload as a secret's, padded the same way) to the asker: only the asker's private
    /// key opens it. `Malformed` for a public key of low order, whose shared secret would be known to everyone.
    pub fn seal_answer(&self, payload: &Payload) -> Result<Vec<u8>, Error> {
        self.seal_answer_plaintext(Zeroizing::new(random()?), payload.encode()?)
    }

    /// The one answer-sealing path, shared with the deterministic test seam (which chooses the ephemeral key).
    pub(in crate::envelope) fn seal_answer_plaintext(
        &self,
        ephemeral: Zeroizing<[u8; 32]>,
        mut plaintext: Zeroizing<Vec<u8>>,
    ) -> Result<Vec<u8>, Error> {
        let ephemeral = StaticSecret::from(*ephemeral);
        let ephemeral_public = PublicKey::from(&ephemeral).to_bytes();
        let shared = ephemeral.diffie_hellman(&PublicKey::from(self.0));
        if !shared.was_contributory() {
            return Err(Error::Malformed);
        }
        answer_key(shared.as_bytes(), &ephemeral_public, &self.0)
            .seal_in_place_append_tag(nonce(), aad(AAD_ANSWER, &self.id()), &mut *plaintext)
            .map_err(|_| Error::Malformed)?;
        let mut out = Vec::with_capacity(EPHEMERAL_LEN + plaintext.len());
        out.extend_from_slice(&ephemeral_public);
        out.extend_from_slice(&plaintext);
        Ok(out)
    }

    /// The one note-sealing path, shared with the deterministic test seam (which seals invalid plaintexts).
    pub(in crate::envelope) fn seal_note_plaintext(&self, mut plaintext: Zeroizing<Vec<u8>>) -> Result<Vec<u8>, Error> {
        self.note_key().seal_in_place_append_tag(nonce(), aad(AAD_NOTE, &self.id()), &mut *plaintext).map_err(|_| Error::Malformed)?;
        Ok(std::mem::take(&mut *plaintext))
    }

    /// Any public key, low-order ones included (the deterministic test seam).
    #[cfg(feature = "deterministic")]
    pub(in crate::envelope) fn from_bytes(bytes: [u8; 32]) -> Self {
        RequestKey(bytes)
    }

    fn prk(&self) -> ring::hkdf::Prk {
        extract(SALT_REQUEST, &self.0)
    }

    fn note_key(&self) -> aead::LessSafeKey {
        aes_key(&Zeroizing::new(expand(&self.prk(), LABEL_NOTE_KEY)))
    }
}

impl RequestId {
    /// base64url text (22 characters).
    pub fn to_text(&self) -> String {
        crate::b64::encode(&self.0)
    }
    /// Parses canonical base64url of exactly 16 bytes.
    pub fn from_text(text: &str) -> Result<Self, Error> {
        crate::b64::decode_array(text).map(RequestId).ok_or(Error::Malformed)
    }
}

/// Whether `len` is a length a sealed answer can have (the ephemeral key, a padding bucket, the tag), so a server can
/// refuse other blobs; opening rejects them as `Malformed` before decrypting.
pub fn answer_len_is_valid(len: usize) -> bool {
    len.checked_sub(EPHEMERAL_LEN + TAG_LEN).is_some_and(payload::is_bucket)
}

/// The largest sealed answer carrying at most `max_secret` bytes of text and file contents: a secret's
/// [`super::ciphertext_limit`] plus the ephemeral key.
pub fn answer_limit(max_secret: u64) -> u64 {
    super::ciphertext_limit(max_secret).saturating_add(EPHEMERAL_LEN as u64)
}

fn fragment(kind: u8, key: &[u8; 32]) -> String {
    let mut bytes = Zeroizing::new([0u8; FRAGMENT_LEN]);
    bytes[0] = kind;
    bytes[1..].copy_from_slice(key);
    crate::b64::encode(&bytes[..])
}

/// Strict base64url; then the kind byte before the length, so a link from a newer Cinder reads as
/// `UnsupportedVersion`, and the other link's kind as `Malformed`.
fn parse_fragment(text: &str, kind: u8) -> Result<Zeroizing<[u8; 32]>, Error> {
    let bytes = Zeroizing::new(crate::b64::decode(text).ok_or(Error::Malformed)?);
    match bytes.first() {
        None => return Err(Error::Malformed),
        Some(&k) if k == kind => {}
        Some(&(KIND_REQUEST | KIND_ASKER)) => return Err(Error::Malformed),
        Some(_) => return Err(Error::UnsupportedVersion),
    }
    let key: [u8; 32] = bytes[1..].try_into().map_err(|_| Error::Malformed)?;
    Ok(Zeroizing::new(key))
}

/// `K_ans`: binds the shared secret to both public keys, so neither side's key can be swapped under it.
fn answer_key(shared: &[u8; 32], ephemeral_public: &[u8; 32], request_key: &[u8; 32]) -> aead::LessSafeKey {
    let mut ikm = Zeroizing::new([0u8; 96]);
    ikm[..32].copy_from_slice(shared);
    ikm[32..64].copy_from_slice(ephemeral_public);
    ikm[64..].copy_from_slice(request_key);
    aes_key(&Zeroizing::new(expand(&extract(SALT_ANSWER, &ikm[..]), LABEL_ANSWER_KEY)))
}

fn aes_key(key: &[u8; 32]) -> aead::LessSafeKey {
    aead::LessSafeKey::new(aead::UnboundKey::new(&aead::AES_256_GCM, key).expect("AES-256 key is 32 bytes"))
}

fn aad(prefix: &[u8], id: &RequestId) -> aead::Aad<Vec<u8>> {
    let mut aad = Vec::with_capacity(prefix.len() + 16);
    aad.extend_from_slice(prefix);
    aad.extend_from_slice(&id.0);
    aead::Aad::from(aad)
}

redacted_debug!(AskerSecret, RequestKey, RequestId);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_are_44_characters_and_round_trip() {
        let asker = AskerSecret::generate().expect("randomness");
        let request = asker.request_key();
        assert_eq!(asker.to_fragment().len(), 44);
        assert_eq!(request.to_fragment().len(), 44);
        assert!(RequestKey::from_fragment(&request.to_fragment()).expect("parses") == request);
        assert_eq!(AskerSecret::from_fragment(&asker.to_fragment()).expect("parses").request_key(), request);
    }

    #[test]
    fn the_other_links_fragment_is_refused() {
        let asker = AskerSecret::generate().expect("randomness");
        assert_eq!(RequestKey::from_fragment(&asker.to_fragment()).err(), Some(Error::Malformed));
        assert_eq!(AskerSecret::from_fragment(&asker.request_key().to_fragment()).err(), Some(Error::Malformed));
    }

    #[test]
    fn notes_of_every_length_seal_to_one_size() {
        let request = AskerSecret::generate().expect("randomness").request_key();
        for note in ["", "short", &"é".repeat(NOTE_MAX / 2)] {
            let sealed = request.seal_note(note).expect("fits");
            assert_eq!(sealed.len(), NOTE_SEALED_LEN);
            assert_eq!(&*request.open_note(&sealed).expect("opens"), note);
        }
        assert_eq!(request.seal_note(&"x".repeat(NOTE_MAX + 1)).err(), Some(Error::Malformed));
    }
}
