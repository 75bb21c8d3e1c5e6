//! Fuzzes everything that reads untrusted envelope bytes: header, fragments and proofs, the open path, and the
//! plaintext decoder behind authentic decryption. Accepted inputs must be canonical (re-encode to the same bytes).
#![no_main]

use libfuzzer_sys::fuzz_target;
use shared::envelope::{testing, Header, LinkSecret, Payload, Proof, ReceiptSecret};

fuzz_target!(|data: &[u8]| {
    if let Ok(header) = Header::decode(data) {
        assert_eq!(header.encode(), data);
    }
    if let Ok(payload) = Payload::decode(data) {
        assert_eq!(&payload.encode().expect("decoded payloads encode")[..], data);
    }
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(link) = LinkSecret::from_fragment(text) {
            assert_eq!(link.to_fragment(), text);
        }
        if let Ok(receipt) = ReceiptSecret::from_fragment(text) {
            assert_eq!(receipt.to_fragment(), text);
        }
        if let Ok(proof) = Proof::from_text(text) {
            assert_eq!(proof.to_text(), text);
        }
    }

    // The open path with attacker-chosen header and ciphertext: must fail cleanly (a forgery cannot authenticate).
    // Headers asking for Argon2id are skipped: 19 MiB per run would stall the fuzzer, and Argon2 is not ours.
    let link = testing::link_secret([7; 16]);
    let id = link.id();
    let split = usize::from(data.first().copied().unwrap_or(0) % 32).min(data.len());
    let (header, ciphertext) = data.split_at(split);
    if Header::decode(header).is_ok_and(|h| !h.needs_passphrase()) {
        let keys = link.open_keys(&id, header, None).expect("kdf-none keys derive");
        assert!(keys.open(&id, header, ciphertext).is_err());
    }

    // Authentic ciphertext of arbitrary plaintext: opening agrees with the plaintext decoder.
    let sealed = testing::seal_raw([7; 16], data).expect("raw plaintext seals");
    let keys = link.open_keys(&id, &sealed.header, None).expect("kdf-none keys derive");
    let opened = keys.open(&id, &sealed.header, &sealed.ciphertext);
    match (opened, Payload::decode(data)) {
        (Ok(a), Ok(b)) => assert!(a == b),
        (Err(_), Err(_)) => {}
        _ => panic!("open and Payload::decode disagree"),
    }
});
