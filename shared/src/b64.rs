//! Canonical base64url (RFC 4648 §5, no padding) used everywhere Cinder encodes bytes as text.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;

/// Encodes bytes as unpadded base64url.
pub fn encode(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Decodes unpadded base64url, rejecting padding, other alphabets and non-canonical trailing bits.
pub fn decode(text: &str) -> Option<Vec<u8>> {
    // The engine rejects non-zero trailing bits by default (non-canonical encodings), and padding with NO_PAD.
    URL_SAFE_NO_PAD.decode(text).ok()
}

/// Decodes unpadded base64url into exactly `N` bytes.
pub fn decode_array<const N: usize>(text: &str) -> Option<[u8; N]> {
    decode(text)?.try_into().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_non_canonical_and_padded() {
        assert_eq!(decode("AA").as_deref(), Some(&[0u8][..]));
        assert!(decode("AB").is_none(), "non-zero trailing bits");
        assert!(decode("AA==").is_none(), "padding");
        assert!(decode("A+").is_none(), "standard alphabet");
        assert_eq!(decode_array::<1>("AA"), Some([0]));
        assert!(decode_array::<2>("AA").is_none());
    }
}
