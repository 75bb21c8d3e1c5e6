//! The plaintext inside the envelope: a versioned, length-prefixed encoding of text and files, zero-padded to a
//! Padmé size bucket so the ciphertext length reveals only the bucket. Exactly one encoding is valid per payload.

use super::{Error, File, Payload};
use zeroize::Zeroizing;

/// Version byte of the plaintext encoding (independent of the header version, checked first after decryption).
const PAYLOAD_VERSION: u8 = 1;
/// Smallest padded plaintext: every short secret looks alike.
pub(super) const MIN_PADDED: usize = 256;
/// Version byte + text length + file count.
const FIXED_LEN: usize = 1 + 4 + 2;

/// Padded length of a plaintext whose unpadded encoding is `len` bytes: Padmé over at least [`MIN_PADDED`].
/// `None` when it would not fit in `usize` (only reachable with multi-gigabyte inputs on wasm32).
pub(super) fn bucket(len: usize) -> Option<usize> {
    let len = len.max(MIN_PADDED) as u64;
    // Padmé (Nikitin et al., PETS 2019): keep the top floor(log2 E) + 1 bits of the length, E = floor(log2 len).
    let e = 63 - u64::from(len.leading_zeros());
    let s = 64 - u64::from(e.leading_zeros());
    let mask = (1u64 << (e - s)) - 1;
    usize::try_from((len + mask) & !mask).ok()
}

/// Whether `len` is a padded length some payload can have.
pub(super) fn is_bucket(len: usize) -> bool {
    len >= MIN_PADDED && bucket(len) == Some(len)
}

impl Payload {
    /// Encodes and pads the payload (the AES-GCM plaintext). `Malformed` if a field outgrows its length prefix.
    pub fn encode(&self) -> Result<Zeroizing<Vec<u8>>, Error> {
        let content_len = self
            .files
            .iter()
            .fold(FIXED_LEN + self.text.len(), |n, f| n.saturating_add(2 + f.name.len() + 2 + f.media_type.len() + 4 + f.data.len()));
        let padded_len = bucket(content_len).ok_or(Error::Malformed)?;
        let mut out = Zeroizing::new(Vec::with_capacity(padded_len));
        out.push(PAYLOAD_VERSION);
        put(&mut out, 4, self.text.as_bytes())?;
        out.extend_from_slice(&u16::try_from(self.files.len()).map_err(|_| Error::Malformed)?.to_be_bytes());
        for file in &self.files {
            put(&mut out, 2, file.name.as_bytes())?;
            put(&mut out, 2, file.media_type.as_bytes())?;
            put(&mut out, 4, &file.data)?;
        }
        out.resize(padded_len, 0);
        Ok(out)
    }

    /// Decodes a padded plaintext, rejecting unknown versions, truncation, invalid UTF-8, non-zero padding
    /// and any length other than the bucket of the content.
    pub fn decode(bytes: &[u8]) -> Result<Payload, Error> {
        let mut r = Reader(bytes);
        match r.take(1)? {
            [PAYLOAD_VERSION] => {}
            _ => return Err(Error::UnsupportedVersion),
        }
        let text = Zeroizing::new(utf8(r.field(4)?)?);
        let count = u16::from_be_bytes(r.array()?);
        let mut files = Vec::new();
        for _ in 0..count {
            let name = utf8(r.field(2)?)?;
            let media_type = utf8(r.field(2)?)?;
            let data = Zeroizing::new(r.field(4)?.to_vec());
            files.push(File { name, media_type, data });
        }
        let content_len = bytes.len() - r.0.len();
        if bucket(content_len) != Some(bytes.len()) || r.0.iter().any(|&b| b != 0) {
            return Err(Error::Malformed);
        }
        Ok(Payload { text, files })
    }
}

/// Appends a big-endian length prefix of `width` bytes, then `bytes`.
fn put(out: &mut Vec<u8>, width: usize, bytes: &[u8]) -> Result<(), Error> {
    let len = u32::try_from(bytes.len()).map_err(|_| Error::Malformed)?;
    if width < 4 && len >> (8 * width) != 0 {
        return Err(Error::Malformed);
    }
    out.extend_from_slice(&len.to_be_bytes()[4 - width..]);
    out.extend_from_slice(bytes);
    Ok(())
}

fn utf8(bytes: &[u8]) -> Result<String, Error> {
    std::str::from_utf8(bytes).map(str::to_owned).map_err(|_| Error::Malformed)
}

/// A cursor over the plaintext; every read is bounds-checked so lengths never cause allocation beyond the input.
struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], Error> {
        if n > self.0.len() {
            return Err(Error::Malformed);
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Ok(head)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], Error> {
        Ok(self.take(N)?.try_into().expect("take returns N bytes"))
    }

    /// Reads a length prefix of `width` bytes (big-endian) and that many bytes.
    fn field(&mut self, width: usize) -> Result<&'a [u8], Error> {
        let mut len = [0u8; 4];
        len[4 - width..].copy_from_slice(self.take(width)?);
        let len = usize::try_from(u32::from_be_bytes(len)).map_err(|_| Error::Malformed)?;
        self.take(len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buckets_follow_padme_above_the_minimum() {
        let cases = [(0, 256), (7, 256), (256, 256), (257, 272), (272, 272), (273, 288), (511, 512), (512, 512)];
        for (len, padded) in cases {
            assert_eq!(bucket(len), Some(padded), "len {len}");
        }
        assert_eq!(bucket(513), Some(544));
        assert_eq!(bucket(4097), Some(4352));
        assert_eq!(bucket(1 << 20), Some(1 << 20));
        // Padmé's promise: overhead stays under 12 %.
        for len in (256..200_000).step_by(97) {
            let padded = bucket(len).unwrap();
            assert!(padded >= len && (padded - len) * 100 <= len * 12, "len {len} -> {padded}");
            assert!(is_bucket(padded));
        }
        assert!(!is_bucket(255) && !is_bucket(257) && !is_bucket(0));
    }
}
