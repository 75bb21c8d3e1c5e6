//! What askers and answerers do with a request (envelope v1 revision 3), through the public API only, natively and in
//! headless Chromium.

use shared::envelope::request::{answer_len_is_valid, answer_limit, AskerSecret, RequestKey, NOTE_SEALED_LEN};
use shared::envelope::{ciphertext_limit, Error, File, Payload};
use zeroize::Zeroizing;

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test;
#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

fn secret(text: &str) -> Payload {
    Payload { text: Zeroizing::new(text.to_owned()), files: Vec::new() }
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn the_asker_opens_what_the_answerer_sealed_and_the_server_can_check_both_proofs() {
    let asker = AskerSecret::generate().unwrap();
    // The asker sends this link; the answerer's side knows nothing else.
    let request = RequestKey::from_fragment(&asker.request_key().to_fragment()).unwrap();
    let note = request.seal_note("the staging database password, please").unwrap();
    assert_eq!(note.len(), NOTE_SEALED_LEN);
    assert_eq!(&*request.open_note(&note).unwrap(), "the staging database password, please");

    let mut payload = secret("correct horse battery staple");
    payload.files.push(File { name: "db.env".into(), media_type: "text/plain".into(), data: Zeroizing::new(b"PGPASSWORD=x".to_vec()) });
    let answer = request.seal_answer(&payload).unwrap();
    assert!(answer_len_is_valid(answer.len()));

    // What the server stores at creation, and checks at answering and fetching.
    let (answer_verifier, fetch_verifier) = (asker.request_key().answer_proof().verifier(), asker.fetch_proof().verifier());
    assert!(request.id() == asker.request_key().id(), "both links name the same request");
    assert!(answer_verifier.matches(&request.answer_proof()));
    assert!(fetch_verifier.matches(&asker.fetch_proof()));

    let reopened = AskerSecret::from_fragment(&asker.to_fragment()).unwrap();
    assert!(reopened.open_answer(&answer).unwrap() == payload);
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn a_third_party_with_the_request_link_can_answer_but_not_read_or_fetch() {
    let asker = AskerSecret::generate().unwrap();
    let request = asker.request_key();
    let answer = request.seal_answer(&secret("for the asker only")).unwrap();
    // Everything the request link gives: none of it opens the answer or takes it from the server.
    let fetch_verifier = asker.fetch_proof().verifier();
    assert!(!fetch_verifier.matches(&request.answer_proof()));
    let stranger = AskerSecret::generate().unwrap();
    assert_eq!(stranger.open_answer(&answer).err(), Some(Error::DecryptionFailed));
    assert!(asker.open_answer(&answer).is_ok());
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn each_answer_is_sealed_afresh_and_moved_answers_fail() {
    let asker = AskerSecret::generate().unwrap();
    let request = asker.request_key();
    let first = request.seal_answer(&secret("same")).unwrap();
    let second = request.seal_answer(&secret("same")).unwrap();
    assert_ne!(first, second, "a fresh ephemeral key for every answer");
    let other = AskerSecret::generate().unwrap();
    let elsewhere = other.request_key().seal_answer(&secret("same")).unwrap();
    assert_eq!(asker.open_answer(&elsewhere).err(), Some(Error::DecryptionFailed));
    assert_eq!(other.request_key().open_note(&request.seal_note("mine").unwrap()).err(), Some(Error::DecryptionFailed));
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn an_answer_is_as_large_as_a_secret_plus_the_ephemeral_key() {
    let answer = AskerSecret::generate().unwrap().request_key().seal_answer(&secret("")).unwrap();
    assert_eq!(answer.len(), 32 + 256 + 16);
    assert_eq!(answer_limit(1 << 20), ciphertext_limit(1 << 20) + 32);
    assert!(!answer_len_is_valid(256 + 16), "a secret's ciphertext is no answer");
}
