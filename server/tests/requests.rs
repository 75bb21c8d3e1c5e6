//! Requests through API v1 in process (`app()` on a real sled directory), as the asker and the answerer use them: the
//! asker stores a request, the answerer reads its note and answers once, the asker takes the answer once; and what a
//! request leaves at rest, on sled and on Redis: nothing of the note, the answer or either key.

mod common;
mod redis_rig;

use axum::http::StatusCode;
use common::*;
use shared::api::{CREATE_CIPHERTEXT_FIELD, CREATE_META_FIELD};

async fn ask(app: &TestApp, asker: &AskerFixture, note: &str) -> Answer {
    app.post_json("/api/v1/requests", asker.body(note, TTL)).await
}

async fn answer(app: &TestApp, (ctype, body): (String, Vec<u8>)) -> Answer {
    app.request(axum::http::Method::POST, "/api/v1/requests/answer", Some(&ctype), body).await
}

async fn peek(app: &TestApp, id: &str) -> Answer {
    app.post_json("/api/v1/requests/peek", json_body(&[("id", id)])).await
}

#[tokio::test]
async fn request_answered_once_and_opened_once() {
    let app = TestApp::new();
    let asker = AskerFixture::new();
    let created = ask(&app, &asker, "the staging database password, please").await;
    assert_eq!(created.status, StatusCode::CREATED, "{:?}", created.body);
    let expires_at = created.json()["expires_at"].as_u64().unwrap();

    // The answerer's page: the note, read with the request link.
    let waiting = peek(&app, &asker.id).await;
    assert_eq!(waiting.status, StatusCode::OK);
    let w = waiting.json();
    assert_eq!((w["state"].as_str(), w["expires_at"].as_u64(), w.get("answered_at")), (Some("waiting"), Some(expires_at), None));
    let note = shared::b64::decode(w["note"].as_str().unwrap()).unwrap();
    assert_eq!(&*asker.key.open_note(&note).unwrap(), "the staging database password, please");

    let proof = asker.key.answer_proof().to_text();
    let answered = answer(&app, answer_form(&asker.key, &proof, "hunter2")).await;
    assert_eq!(answered.status, StatusCode::CREATED, "{:?}", answered.body);
    assert_eq!(answered.json()["expires_at"].as_u64(), Some(expires_at), "the answer lives as long as its request");
    let second = answer(&app, answer_form(&asker.key, &proof, "a second answer")).await;
    assert_eq!((second.status, second.error()), (StatusCode::CONFLICT, "not_waiting".into()), "one answer per request");
    let a = peek(&app, &asker.id).await.json();
    assert_eq!(a["state"], "answered");
    assert!(a["answered_at"].as_u64().is_some(), "the asker sees that an answer came");

    // The asker's private link: the answer is a secret with the request's id, opened with the fetch proof, once.
    let opened = app.open(&asker.id, &asker.fetch_proof()).await;
    assert_eq!(opened.status, StatusCode::OK);
    assert_eq!(&*asker.secret.open_answer(&opened.body).unwrap().text, "hunter2");
    assert_eq!(app.open(&asker.id, &asker.fetch_proof()).await.status, StatusCode::NOT_FOUND, "once only");
    assert_eq!(peek(&app, &asker.id).await.status, StatusCode::NOT_FOUND, "opening the answer ends the request");
    let late = answer(&app, answer_form(&asker.key, &proof, "too late")).await;
    assert_eq!(late.status, StatusCode::NOT_FOUND);
}

/// Anyone who sees the request link can answer, but the answer proof alone (or any id) never reads the answer, and a
/// wrong answer proof stores nothing.
#[tokio::test]
async fn third_party_can_answer_but_not_read() {
    let app = TestApp::new();
    let asker = AskerFixture::new();
    ask(&app, &asker, "").await;
    let refused = answer(&app, answer_form(&asker.key, &wrong_proof(), "from nobody")).await;
    assert_eq!((refused.status, refused.error()), (StatusCode::FORBIDDEN, "wrong_proof".into()));
    assert_eq!(peek(&app, &asker.id).await.json()["state"], "waiting", "a wrong proof changes nothing");

    let proof = asker.key.answer_proof().to_text();
    assert_eq!(answer(&app, answer_form(&asker.key, &proof, "from a third party")).await.status, StatusCode::CREATED);
    for stolen in [proof.clone(), asker.key.answer_proof().verifier().to_text(), wrong_proof()] {
        let a = app.open(&asker.id, &stolen).await;
        assert_eq!((a.status, a.error()), (StatusCode::FORBIDDEN, "wrong_proof".into()));
    }
    let opened = app.open(&asker.id, &asker.fetch_proof()).await;
    assert_eq!(&*asker.secret.open_answer(&opened.body).unwrap().text, "from a third party", "the asker reads it, still");
}

#[tokio::test]
async fn expired_request_takes_no_answer() {
    let app = TestApp::new();
    let asker = AskerFixture::new();
    assert_eq!(app.post_json("/api/v1/requests", asker.body("soon gone", 1)).await.status, StatusCode::CREATED);
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    assert_eq!(peek(&app, &asker.id).await.status, StatusCode::NOT_FOUND);
    let late = answer(&app, answer_form(&asker.key, &asker.key.answer_proof().to_text(), "late")).await;
    assert_eq!(late.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn malformed_requests_and_answers_are_refused_and_lose_nothing() {
    let app = TestApp::new();
    let asker = AskerFixture::new();
    let good: serde_json::Value = serde_json::from_slice(&asker.body("note", TTL)).unwrap();
    for (field, value, why) in [
        ("id", serde_json::json!("short"), "id"),
        ("answer_verifier", serde_json::json!("AAAA"), "answer_verifier"),
        ("fetch_verifier", serde_json::json!("!"), "fetch_verifier"),
        ("ttl", serde_json::json!(17), "ttl"),
        ("note", serde_json::json!(shared::b64::encode(&[0u8; 16])), "note"),
    ] {
        let mut body = good.clone();
        body[field] = value;
        let a = app.post_json("/api/v1/requests", serde_json::to_vec(&body).unwrap()).await;
        assert_eq!((a.status, a.error()), (StatusCode::UNPROCESSABLE_ENTITY, "invalid".into()), "{field}");
        assert!(a.json()["message"].as_str().unwrap().starts_with(why), "{:?}", a.json());
    }
    let mut extra = good.clone();
    extra["views"] = 2.into();
    assert_eq!(app.post_json("/api/v1/requests", serde_json::to_vec(&extra).unwrap()).await.status, StatusCode::BAD_REQUEST);
    assert_eq!(ask(&app, &asker, "note").await.status, StatusCode::CREATED, "the good one still goes in");
    assert_eq!(ask(&app, &asker, "note").await.status, StatusCode::CONFLICT, "once");

    let proof = asker.key.answer_proof().to_text();
    let meta = serde_json::to_vec(&serde_json::json!({ "id": asker.id, "proof": proof })).unwrap();
    let odd = answer(&app, form(&meta, &[0u8; 1000])).await;
    assert_eq!((odd.status, odd.error()), (StatusCode::UNPROCESSABLE_ENTITY, "invalid".into()), "not a sealed answer's length");
    let only_meta = answer(&app, form_parts(&[(CREATE_META_FIELD, "application/json", &meta)])).await;
    assert_eq!(only_meta.status, StatusCode::BAD_REQUEST);
    // The meta comes first, so that a refusal reads no ciphertext; the other order is refused as such.
    let sealed = asker.key.seal_answer(&shared::envelope::Payload { text: "x".to_owned().into(), files: vec![] }).unwrap();
    let backwards = answer(
        &app,
        form_parts(&[(CREATE_CIPHERTEXT_FIELD, "application/octet-stream", &sealed), (CREATE_META_FIELD, "application/json", &meta)]),
    )
    .await;
    assert_eq!(backwards.status, StatusCode::BAD_REQUEST);
    assert!(backwards.json()["message"].as_str().unwrap().contains("must come before"), "{:?}", backwards.json());
    let bad_proof = serde_json::to_vec(&serde_json::json!({ "id": asker.id, "proof": "short" })).unwrap();
    assert_eq!(answer(&app, form(&bad_proof, &sealed)).await.status, StatusCode::UNPROCESSABLE_ENTITY);
    let unknown = AskerFixture::new();
    let nowhere = answer(&app, answer_form(&unknown.key, &unknown.key.answer_proof().to_text(), "to nobody")).await;
    assert_eq!(nowhere.status, StatusCode::NOT_FOUND, "refused before its ciphertext is read");
    assert_eq!(peek(&app, &asker.id).await.json()["state"], "waiting", "nothing refused was kept");
    assert_eq!(answer(&app, answer_form(&asker.key, &proof, "the real one")).await.status, StatusCode::CREATED);
}

#[tokio::test]
async fn a_request_is_a_create_for_who_may_create() {
    let app = TestApp::with_args(&["--create", "off"]);
    let a = ask(&app, &AskerFixture::new(), "").await;
    assert_eq!((a.status, a.error()), (StatusCode::FORBIDDEN, "create_off".into()));
}

#[tokio::test]
async fn secrets_and_requests_never_share_an_id() {
    let app = TestApp::new();
    let asker = AskerFixture::new();
    ask(&app, &asker, "").await;
    // A secret's create naming the request's id (which anyone who saw the request link knows) is refused, so nobody
    // can stand where the answer goes.
    let f = Fixture::new("squatter");
    let mut meta = f.meta(TTL);
    meta.id = asker.id.clone();
    let squat = app.create_form(form(&serde_json::to_vec(&meta).unwrap(), &f.ciphertext)).await;
    assert_eq!(squat.status, StatusCode::CONFLICT);
}

/// Every byte of every file under `dir`.
fn bytes_under(dir: &std::path::Path, out: &mut Vec<u8>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            bytes_under(&path, out);
        } else if let Ok(bytes) = std::fs::read(&path) {
            out.extend(bytes);
        }
    }
}

/// A request asked and answered through the real binary, then every file the store keeps under `at_rest`: while the answer
/// waits, and after it was opened, no byte of the note, the answer, a file's name, either link's key or either proof
/// (as text or raw) is there.
async fn nothing_secret_at_rest(server: &Server, at_rest: &std::path::Path) {
    let client = http();
    let asker = AskerFixture::new();
    let note = "the root password of db-7, please (ticket 4711)";
    let made = http_post(&client, server, "/api/v1/requests", asker.body(note, TTL)).await.unwrap();
    assert_eq!(made.status(), reqwest::StatusCode::CREATED);
    let payload = shared::envelope::Payload {
        text: "correct-horse-battery-staple".to_owned().into(),
        files: vec![shared::envelope::File {
            name: "db-7-root.txt".into(),
            media_type: "text/plain".into(),
            data: b"PRIVATE KEY MATERIAL 0xfeedface".to_vec().into(),
        }],
    };
    let sealed = asker.key.seal_answer(&payload).unwrap();
    let proof = asker.key.answer_proof().to_text();
    let meta = serde_json::to_vec(&serde_json::json!({ "id": asker.id, "proof": proof })).unwrap();
    let (ctype, body) = form(&meta, &sealed);
    let res = client.post(server.url("/api/v1/requests/answer")).header("content-type", ctype).body(body).send().await.unwrap();
    assert_eq!(res.status(), reqwest::StatusCode::CREATED);

    let request_key = shared::b64::decode(&asker.key.to_fragment()).unwrap();
    let private_key = shared::b64::decode(&asker.secret.to_fragment()).unwrap();
    let fetch = asker.fetch_proof();
    let text_needles: Vec<&[u8]> = vec![
        note.as_bytes(),
        b"correct-horse-battery-staple",
        b"db-7-root.txt",
        b"PRIVATE KEY MATERIAL",
        proof.as_bytes(),
        fetch.as_bytes(),
    ];
    let frag_q = asker.key.to_fragment();
    let frag_a = asker.secret.to_fragment();
    let proof_raw = shared::b64::decode(&proof).unwrap();
    let fetch_raw = shared::b64::decode(&fetch).unwrap();
    let check = |when: &str| {
        let mut stored = Vec::new();
        bytes_under(at_rest, &mut stored);
        assert!(!stored.is_empty(), "{when}: the store wrote something");
        let found = |needle: &[u8]| stored.windows(needle.len()).any(|w| w == needle);
        for needle in text_needles.iter().copied().chain([frag_q.as_bytes(), frag_a.as_bytes()]) {
            assert!(!found(needle), "{when}: {:?} is at rest", String::from_utf8_lossy(needle));
        }
        for (what, raw) in [
            ("the request key", &request_key[1..]),
            ("the private key", &private_key[1..]),
            ("the answer proof", &proof_raw[..]),
            ("the fetch proof", &fetch_raw[..]),
        ] {
            assert!(!found(raw), "{when}: {what} is at rest, raw");
        }
    };
    check("while the answer waits");
    let opened = http_open(&client, server, &asker.id, &fetch).await.unwrap();
    assert_eq!(*asker.secret.open_answer(&opened.bytes().await.unwrap()).unwrap().text, "correct-horse-battery-staple");
    check("after the answer was opened");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_leaves_nothing_secret_on_sled() {
    let dir = temp_dir();
    let server = Server::start(Some(dir.path()), &[]);
    nothing_secret_at_rest(&server, dir.path()).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_leaves_nothing_secret_in_redis() {
    let redis = redis_rig::Redis::start(redis_rig::Mode::Durable);
    let server = Server::start(None, &[("CINDER_STORE", &redis.url())]);
    nothing_secret_at_rest(&server, redis.dir()).await;
}
