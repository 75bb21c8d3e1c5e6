//! What creators and recipients do with the envelope, through the public API only, natively and in headless Chromium.

use shared::envelope::{
    seal, seal_stretched, Argon2Params, Error, File, Header, LinkSecret, Payload, Proof, ReceiptSecret, SecretId, StretchedPassphrase,
    Verifier,
};
use zeroize::Zeroizing;

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test;
#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

fn note(text: &str) -> Payload {
    Payload { text: Zeroizing::new(text.to_owned()), files: Vec::new() }
}

/// What a recipient's browser does with the link (and passphrase) after fetching header and ciphertext.
fn open(fragment: &str, passphrase: Option<&str>, header: &[u8], ciphertext: &[u8]) -> Result<Payload, Error> {
    let link = LinkSecret::from_fragment(fragment)?;
    let id = link.id();
    link.open_keys(&id, header, passphrase)?.open(&id, header, ciphertext)
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn sealed_secret_opens_with_its_link_and_the_server_accepts_its_proof() {
    let mut payload = note("the launch code is 0000");
    payload.files.push(File {
        name: "keys.pem".into(),
        media_type: "application/x-pem-file".into(),
        data: Zeroizing::new(b"-----BEGIN-----".to_vec()),
    });
    let sealed = seal(&payload, None, Argon2Params::DEFAULT).unwrap();
    let fragment = sealed.link.to_fragment();
    let link = LinkSecret::from_fragment(&fragment).unwrap();
    assert!(link.id() == sealed.id, "the id the server stores is derived from the link alone");
    let keys = link.open_keys(&sealed.id, &sealed.header, None).unwrap();
    assert!(sealed.verifier.matches(&keys.proof));
    assert!(keys.open(&sealed.id, &sealed.header, &sealed.ciphertext).unwrap() == payload);
    assert!(!Header::decode(&sealed.header).unwrap().needs_passphrase());
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn share_link_stays_short() {
    let sealed = seal(&note("x"), None, Argon2Params::DEFAULT).unwrap();
    let fragment = sealed.link.to_fragment();
    assert_eq!(fragment.len(), 22);
    assert!(fragment.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
    let link = format!("https://cinder.example/s#{fragment}");
    assert!(link.len() < 60, "{} characters", link.len());
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn sealing_the_same_text_twice_gives_unrelated_links_ids_and_ciphertexts() {
    let a = seal(&note("same"), None, Argon2Params::DEFAULT).unwrap();
    let b = seal(&note("same"), None, Argon2Params::DEFAULT).unwrap();
    assert_ne!(a.link.to_fragment(), b.link.to_fragment());
    assert!(a.id != b.id && a.verifier.0 != b.verifier.0);
    assert_ne!(a.ciphertext, b.ciphertext);
    assert_eq!(a.ciphertext.len(), b.ciphertext.len(), "same bucket");
    assert!(shared::envelope::ciphertext_len_is_valid(a.ciphertext.len()));
    assert!(!shared::envelope::ciphertext_len_is_valid(a.ciphertext.len() + 1));
    assert!(!shared::envelope::ciphertext_len_is_valid(0));
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn passphrase_secret_opens_only_with_the_passphrase_and_a_wrong_one_gives_a_refused_proof() {
    let sealed = seal(&note("behind a passphrase"), Some("hunter2"), Argon2Params::DEFAULT).unwrap();
    let header = Header::decode(&sealed.header).unwrap();
    assert!(header.needs_passphrase());
    assert_eq!(header.kdf.unwrap().0, Argon2Params::DEFAULT);
    let link = LinkSecret::from_fragment(&sealed.link.to_fragment()).unwrap();
    assert!(link.id() == sealed.id, "the id never depends on the passphrase");

    let wrong = link.open_keys(&sealed.id, &sealed.header, Some("hunter3")).unwrap();
    assert!(!sealed.verifier.matches(&wrong.proof), "the server refuses the proof without burning");
    assert_eq!(wrong.open(&sealed.id, &sealed.header, &sealed.ciphertext), Err(Error::DecryptionFailed));
    assert_eq!(link.open_keys(&sealed.id, &sealed.header, None).err(), Some(Error::DecryptionFailed));

    let right = link.open_keys(&sealed.id, &sealed.header, Some("hunter2")).unwrap();
    assert!(sealed.verifier.matches(&right.proof));
    assert!(right.open(&sealed.id, &sealed.header, &sealed.ciphertext).unwrap() == note("behind a passphrase"));
}

/// What the browser does: Argon2id alone (in a Web Worker), its 32 bytes carried back, then sealing and opening with
/// them; interchangeable with the one-call path in both directions.
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn a_passphrase_stretched_elsewhere_seals_and_opens_like_the_one_call_path() {
    let header = Header::with_passphrase(Argon2Params::DEFAULT).unwrap();
    let derived = StretchedPassphrase::derive(&header, "hunter2".as_bytes()).unwrap();
    // The worker posts the bytes; the page rebuilds the value for the same header.
    let carried = StretchedPassphrase::from_bytes(&header, derived.as_bytes()).unwrap();
    let sealed = seal_stretched(&note("from a worker"), Some(&carried)).unwrap();
    assert_eq!(sealed.header, header.encode(), "the sealed header carries the stretched passphrase's parameters and salt");
    assert_eq!(open(&sealed.link.to_fragment(), Some("hunter2"), &sealed.header, &sealed.ciphertext).unwrap(), note("from a worker"));

    let sealed = seal(&note("one call"), Some("hunter2"), Argon2Params::DEFAULT).unwrap();
    let decoded = Header::decode(&sealed.header).unwrap();
    let stretched = StretchedPassphrase::derive(&decoded, "hunter2".as_bytes()).unwrap();
    let keys = sealed.link.open_keys_stretched(&sealed.id, &sealed.header, Some(&stretched)).unwrap();
    assert!(sealed.verifier.matches(&keys.proof));
    assert_eq!(keys.open(&sealed.id, &sealed.header, &sealed.ciphertext).unwrap(), note("one call"));
    assert_eq!(sealed.link.open_keys_stretched(&sealed.id, &sealed.header, None).err(), Some(Error::DecryptionFailed));

    // Stretched for another salt (another secret's header): refused, not turned into a wrong proof that costs an attempt.
    assert_eq!(sealed.link.open_keys_stretched(&sealed.id, &sealed.header, Some(&derived)).err(), Some(Error::Malformed));
    let plain = Header { kdf: None };
    assert_eq!(StretchedPassphrase::derive(&plain, b"x").err(), Some(Error::Malformed), "no kdf, nothing to stretch");
    assert_eq!(StretchedPassphrase::from_bytes(&plain, &[0; 32]).err(), Some(Error::Malformed));
}

/// Raising the default changes nothing for links already shared: their headers carry the cost they were sealed with.
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn secrets_sealed_at_the_former_default_still_open() {
    let former = Argon2Params { m_kib: 19456, t: 2, p: 1 };
    let sealed = seal(&note("sealed last year"), Some("hunter2"), former).unwrap();
    assert_eq!(Header::decode(&sealed.header).unwrap().kdf.unwrap().0, former);
    assert_eq!(open(&sealed.link.to_fragment(), Some("hunter2"), &sealed.header, &sealed.ciphertext).unwrap(), note("sealed last year"));
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn the_default_cost_is_within_the_decoder_ceilings() {
    let d = Argon2Params::DEFAULT;
    assert_eq!((d.m_kib, d.t, d.p), (64 * 1024, 3, 1));
    assert!(
        d.m_kib <= Argon2Params::MAX_M_KIB
            && d.t <= Argon2Params::MAX_T
            && d.m_kib >= Argon2Params::MIN_M_KIB
            && d.t >= Argon2Params::MIN_T
    );
    let header = Header::with_passphrase(d).unwrap();
    assert_eq!(Header::decode(&header.encode()).unwrap(), header, "a default header decodes");
    assert_ne!(header.kdf.unwrap().1, Header::with_passphrase(d).unwrap().kdf.unwrap().1, "a fresh salt each time");
    assert_eq!(Header::with_passphrase(Argon2Params { m_kib: Argon2Params::MAX_M_KIB + 1, t: 3, p: 1 }).err(), Some(Error::Malformed));
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn creator_cannot_choose_kdf_parameters_a_browser_would_refuse() {
    for kdf in [
        Argon2Params { m_kib: 4 << 20, t: 2, p: 1 },
        Argon2Params { m_kib: 1024, t: 2, p: 1 },
        Argon2Params { m_kib: 19456, t: 1, p: 1 },
        Argon2Params { m_kib: 19456, t: 2, p: 4 },
    ] {
        assert_eq!(seal(&note("x"), Some("pw"), kdf).err(), Some(Error::Malformed), "{kdf:?}");
    }
    assert!(seal(&note("x"), None, Argon2Params { m_kib: 0, t: 0, p: 0 }).is_ok(), "kdf is unused without passphrase");
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn ciphertext_moved_under_another_id_does_not_open() {
    let a = seal(&note("a"), None, Argon2Params::DEFAULT).unwrap();
    let b = seal(&note("b"), None, Argon2Params::DEFAULT).unwrap();
    let keys = a.link.open_keys(&a.id, &a.header, None).unwrap();
    assert_eq!(keys.open(&b.id, &a.header, &a.ciphertext), Err(Error::DecryptionFailed));
    assert_eq!(keys.open(&a.id, &b.header, &b.ciphertext), Err(Error::DecryptionFailed));
    assert_eq!(open(&a.link.to_fragment(), None, &a.header, &b.ciphertext), Err(Error::DecryptionFailed));
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn creator_burns_with_the_receipt_and_nothing_else_burns() {
    let receipt = ReceiptSecret::generate().unwrap();
    let again = ReceiptSecret::from_fragment(&receipt.to_fragment()).unwrap();
    assert!(again.id() == receipt.id());
    let burn_verifier = receipt.burn_proof().verifier();
    assert!(burn_verifier.matches(&again.burn_proof()));
    assert!(!burn_verifier.matches(&ReceiptSecret::generate().unwrap().burn_proof()));
    assert_ne!(receipt.id().lookup_key()[..16], receipt.id().0, "the server indexes by a hash, not the id");
    // Values travel as base64url text and come back intact.
    let id = receipt.id();
    assert!(shared::envelope::ReceiptId::from_text(&id.to_text()).unwrap() == id);
    assert!(Verifier::from_text(&burn_verifier.to_text()).unwrap().0 == burn_verifier.0);
    let proof = Proof::from_text(&receipt.burn_proof().to_text()).unwrap();
    assert!(burn_verifier.matches(&proof));
    assert_eq!(Proof::from_text("AAAA").err(), Some(Error::Malformed));
    assert_eq!(SecretId::from_text(&proof.to_text()).err(), Some(Error::Malformed));
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn debug_output_never_shows_secrets_or_ids() {
    let mut payload = note("TOPSECRETTEXT");
    payload.files.push(File {
        name: "TOPSECRETNAME".into(),
        media_type: "text/TOPSECRETTYPE".into(),
        data: Zeroizing::new(b"TOPSECRETDATA".to_vec()),
    });
    let sealed = seal(&payload, None, Argon2Params::DEFAULT).unwrap();
    let keys = sealed.link.open_keys(&sealed.id, &sealed.header, None).unwrap();
    let receipt = ReceiptSecret::generate().unwrap();
    let printed = [
        format!("{payload:?}"),
        format!("{:?}", payload.files[0]),
        format!("{sealed:?}"),
        format!("{:?}", sealed.link),
        format!("{:?}", sealed.id),
        format!("{:?}", sealed.verifier),
        format!("{keys:?}"),
        format!("{:?}", keys.proof),
        format!("{receipt:?}"),
        format!("{:?}", receipt.id()),
        format!("{:?}", receipt.burn_proof()),
    ];
    let secrets = [
        "TOPSECRET".to_owned(),
        sealed.link.to_fragment(),
        sealed.id.to_text(),
        sealed.verifier.to_text(),
        keys.proof.to_text(),
        receipt.to_fragment(),
        receipt.id().to_text(),
    ];
    for text in &printed {
        assert!(text.contains("redacted"), "{text}");
        for secret in &secrets {
            assert!(!text.contains(secret.as_str()), "{text} shows {secret}");
        }
    }
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn header_survives_the_trip_through_the_server() {
    for header in [Header { kdf: None }, Header { kdf: Some((Argon2Params { m_kib: 65536, t: 10, p: 1 }, [7; 16])) }] {
        let bytes = header.encode();
        assert_eq!(bytes[0], shared::envelope::VERSION);
        let text = shared::b64::encode(&bytes);
        assert_eq!(Header::decode(&shared::b64::decode(&text).unwrap()), Ok(header));
    }
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn a_secret_at_the_size_limit_seals_within_the_ciphertext_limit() {
    use shared::envelope::{ciphertext_len_is_valid, ciphertext_limit};
    // A limit of 1 MiB (the server's default is 25 MiB; the arithmetic is the same, the test lighter in wasm).
    let max = 1 << 20;
    let limit = ciphertext_limit(max);
    assert!(ciphertext_len_is_valid(limit as usize), "the limit is itself a ciphertext length");
    let file = |name: &str, len: usize| File {
        name: name.into(),
        media_type: "application/octet-stream".into(),
        data: Zeroizing::new(vec![7; len]),
    };
    // Text and contents exactly at the limit, split over many files with long names: still within.
    let mut payload = note(&"x".repeat(1000));
    payload.files = (0..16).map(|i| file(&format!("{i:0>200}"), (max as usize - 1000) / 16)).collect();
    let sealed = seal(&payload, None, Argon2Params::DEFAULT).unwrap();
    assert!(sealed.ciphertext.len() as u64 <= limit, "{} > {limit}", sealed.ciphertext.len());
    assert!(limit > max && limit < max + max / 8, "padding and allowance only: {limit}");
}
