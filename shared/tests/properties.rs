//! Properties of the envelope over arbitrary inputs (native only: proptest does not run in the browser).
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use shared::envelope::testing::seal_with;
use shared::envelope::{seal, Argon2Params, Error, File, Header, LinkSecret, Payload, Sealed};
use zeroize::Zeroizing;

fn payloads() -> impl Strategy<Value = Payload> {
    let file = (".{0,40}", "[a-z]{0,12}/[a-z0-9.+-]{0,20}", prop::collection::vec(any::<u8>(), 0..600))
        .prop_map(|(name, media_type, data)| File { name, media_type, data: Zeroizing::new(data) });
    (".{0,300}", prop::collection::vec(file, 0..4)).prop_map(|(text, files)| Payload { text: Zeroizing::new(text), files })
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
    fn arbitrary_plaintext_decodes_only_when_canonical(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        if let Ok(payload) = Payload::decode(&bytes) {
            prop_assert_eq!(&payload.encode().unwrap()[..], &bytes[..]);
        }
    }
}

/// Every bit of a passphrase header (kdf, parameters, salt) is bound: exhaustive, since there are only 240.
#[test]
fn flipping_any_bit_of_a_passphrase_header_stops_the_secret_opening() {
    let sealed = seal_with([1; 16], [2; 16], &Payload::default(), Some("pw"), Argon2Params::DEFAULT).unwrap();
    assert!(open(&sealed, Some("pw"), &sealed.header, &sealed.ciphertext).is_ok());
    for bit in 0..sealed.header.len() * 8 {
        let mut header = sealed.header.clone();
        header[bit / 8] ^= 1 << (bit % 8);
        assert!(open(&sealed, Some("pw"), &header, &sealed.ciphertext).is_err(), "bit {bit}");
    }
}
