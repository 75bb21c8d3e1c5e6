//! Properties of the envelope and of file-name sanitising over arbitrary inputs (native only: proptest does not run in the browser).
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use shared::envelope::testing::{seal_with, VECTOR_KDF};
use shared::envelope::{seal, Argon2Params, Error, File, Header, LinkSecret, Payload, Sealed};
use shared::names::{safe_file_name, MAX_NAME_BYTES};
use zeroize::Zeroizing;

fn payloads() -> impl Strategy<Value = Payload> {
    let file = (".{0,40}", "[a-z]{0,12}/[a-z0-9.+-]{0,20}", prop::collection::vec(any::<u8>(), 0..600))
        .prop_map(|(name, media_type, data)| File { name, media_type, data: Zeroizing::new(data) });
    (".{0,300}", prop::collection::vec(file, 0..4)).prop_map(|(text, files)| Payload { text: Zeroizing::new(text), files })
}

/// File names as an attacker would write them: separators, dots, spaces, controls, bidi, device names, any length.
fn names() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[a-zA-Z0-9 ._-]{0,12}",
        Just("/".to_owned()),
        Just("\\".to_owned()),
        Just("..".to_owned()),
        Just("\u{202E}".to_owned()),
        Just("\u{2067}".to_owned()),
        Just("\u{200F}".to_owned()),
        "[\\x00-\\x1F\\x7F-\\x{9F}]",
        "(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])",
        "\\PC{0,6}",
        "[é✓ш]{1,90}",
    ];
    (prop::collection::vec(piece, 0..12), prop::option::of("[a-z]{1,6}")).prop_map(|(pieces, extension)| {
        let mut name = pieces.concat();
        if let Some(extension) = extension {
            name.push('.');
            name.push_str(&extension);
        }
        name
    })
}

fn open(sealed: &Sealed, passphrase: Option<&str>, header: &[u8], ciphertext: &[u8]) -> Result<Payload, Error> {
    let link = LinkSecret::from_fragment(&sealed.link.to_fragment())?;
    link.open_keys(&sealed.id, header, passphrase)?.open(&sealed.id, header, ciphertext)
}

proptest! {
    #[test]
    fn any_payload_sealed_opens_to_itself(payload in payloads()) {
        let sealed = seal(&payload, None, Argon2Params::DEFAULT).unwrap();
        prop_assert!(open(&sealed, None, &sealed.header, &sealed.ciphertext).unwrap() == payload);
        // The ciphertext length reveals only the bucket: it always is one.
        let padded = payload.encode().unwrap();
        prop_assert_eq!(sealed.ciphertext.len(), padded.len() + 16);
        prop_assert!(Payload::decode(&padded).unwrap() == payload);
    }

    #[test]
    fn flipping_any_bit_of_header_or_ciphertext_stops_the_secret_opening(payload in payloads(), bit in any::<usize>()) {
        let sealed = seal(&payload, None, Argon2Params::DEFAULT).unwrap();
        let (mut header, mut ciphertext) = (sealed.header.clone(), sealed.ciphertext.clone());
        let bit = bit % ((header.len() + ciphertext.len()) * 8);
        let (byte, mask) = (bit / 8, 1u8 << (bit % 8));
        match header.get_mut(byte) {
            Some(b) => *b ^= mask,
            None => ciphertext[byte - sealed.header.len()] ^= mask,
        }
        prop_assert!(open(&sealed, None, &header, &ciphertext).is_err());
    }

    #[test]
    fn cutting_or_extending_the_ciphertext_stops_the_secret_opening(payload in payloads(), cut in 1usize..64, grow in 1usize..64) {
        let sealed = seal(&payload, None, Argon2Params::DEFAULT).unwrap();
        let n = sealed.ciphertext.len();
        prop_assert!(open(&sealed, None, &sealed.header, &sealed.ciphertext[..n - cut]).is_err());
        let mut longer = sealed.ciphertext.clone();
        longer.resize(n + grow, 0);
        prop_assert!(open(&sealed, None, &sealed.header, &longer).is_err());
    }

    #[test]
    fn arbitrary_header_bytes_decode_only_when_canonical(bytes in prop::collection::vec(any::<u8>(), 0..40)) {
        if let Ok(header) = Header::decode(&bytes) {
            prop_assert_eq!(header.encode(), bytes);
        }
    }

    #[test]
    fn any_file_name_comes_out_safe(name in names()) {
        let safe = safe_file_name(&name);
        prop_assert!(!safe.is_empty() && safe.len() <= MAX_NAME_BYTES, "{:?} -> {:?}", name, safe);
        prop_assert!(!safe.chars().any(|c| c.is_control() || "/\\:*?\"<>|\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}\u{2066}\u{2067}\u{2068}\u{2069}\u{200E}\u{200F}\u{061C}".contains(c)), "{:?}", safe);
        prop_assert!(!safe.starts_with(['.', ' ']) && !safe.ends_with(['.', ' ']), "{:?}", safe);
        let stem = safe.split('.').next().unwrap().trim_end().to_ascii_uppercase();
        let device = ["CON", "PRN", "AUX", "NUL"].contains(&stem.as_str())
            || (stem.len() == 4 && (stem.starts_with("COM") || stem.starts_with("LPT")) && matches!(stem.as_bytes()[3], b'1'..=b'9'));
        prop_assert!(!device, "{:?}", safe);
        prop_assert_eq!(safe_file_name(&safe), safe.clone(), "sanitising again changes {:?}", safe);
        // Short, long or cut, a short extension survives.
        if let Some((_, extension)) = name.rsplit_once('.') {
            if !extension.is_empty() && extension.chars().all(|c| c.is_ascii_alphanumeric()) && extension.len() <= 8 && safe != "file" && safe.contains('.') {
                prop_assert!(safe.ends_with(&format!(".{extension}")), "{:?} -> {:?}", name, safe);
            }
        }
    }

    #[test]
    fn arbitrary_plaintext_decodes_only_when_canonical(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        if let Ok(payload) = Payload::decode(&bytes) {
            prop_assert_eq!(&payload.encode().unwrap()[..], &bytes[..]);
        }
    }
}

/// Every bit of a passphrase header (kdf, parameters, salt) is bound: exhaustive, since there are only 240 (with the
/// minimum parameters: about 130 of the flips run Argon2id).
#[test]
fn flipping_any_bit_of_a_passphrase_header_stops_the_secret_opening() {
    let sealed = seal_with([1; 16], [2; 16], &Payload::default(), Some("pw"), VECTOR_KDF).unwrap();
    assert!(open(&sealed, Some("pw"), &sealed.header, &sealed.ciphertext).is_ok());
    for bit in 0..sealed.header.len() * 8 {
        let mut header = sealed.header.clone();
        header[bit / 8] ^= 1 << (bit % 8);
        assert!(open(&sealed, Some("pw"), &header, &sealed.ciphertext).is_err(), "bit {bit}");
    }
}
