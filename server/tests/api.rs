//! API v1 in process (`app()` driven with `oneshot`) on a real sled directory: every route, state and error status.

mod common;

use std::collections::BTreeSet;

use axum::http::{Method, StatusCode};
use common::*;
use shared::api::{CREATE_CIPHERTEXT_FIELD, CREATE_META_FIELD};

#[tokio::test]
async fn create_peek_open_then_the_secret_is_gone() {
    let app = TestApp::new();
    let f = Fixture::new("the launch code is 0000");
    let created = app.create(&f, TTL).await;
    assert_eq!(created.status, StatusCode::CREATED, "{:?}", created.body);
    let expires_at = created.json()["expires_at"].as_u64().unwrap();

    let peek = app.peek(&f.id).await;
    assert_eq!(peek.status, StatusCode::OK);
    let p = peek.json();
    assert_eq!(p["header"], f.header.as_str());
    assert_eq!(p["size"], f.ciphertext.len() as u64);
    assert_eq!(p["expires_at"], expires_at);
    assert_eq!(app.peek(&f.id).await.status, StatusCode::OK, "peeking never burns");

    let open = app.open(&f.id, &f.proof).await;
    assert_eq!(open.status, StatusCode::OK);
    assert_eq!(open.headers["content-type"], "application/octet-stream");
    assert_eq!(f.decrypt(&open.body), "the launch code is 0000");

    assert_eq!(app.open(&f.id, &f.proof).await.status, StatusCode::NOT_FOUND, "second open");
    assert_eq!(app.peek(&f.id).await.status, StatusCode::NOT_FOUND, "peek after open");
}

#[tokio::test]
async fn wrong_passphrase_keeps_secret_until_attempts_run_out() {
    let app = TestApp::new();
    let f = Fixture::with_passphrase("guess me", "correct horse");
    app.create(&f, TTL).await;
    for left in (1..=4).rev() {
        let a = app.open_gated(&f.id, &wrong_proof(), &f.gate).await;
        assert_eq!(a.status, StatusCode::FORBIDDEN);
        assert_eq!(a.error(), "wrong_proof");
        assert_eq!(a.json()["attempts_left"], left);
        assert_eq!(app.peek(&f.id).await.status, StatusCode::OK, "a wrong proof burns nothing");
    }
    let open = app.open_gated(&f.id, &f.proof, &f.gate).await;
    assert_eq!(open.status, StatusCode::OK, "the right passphrase still opens after four wrong ones");
    assert_eq!(f.decrypt(&open.body), "guess me");
}

#[tokio::test]
async fn fifth_wrong_passphrase_burns_the_secret() {
    let app = TestApp::new();
    let f = Fixture::with_passphrase("guess me", "correct horse").and_receipt();
    app.create(&f, TTL).await;
    for _ in 0..4 {
        app.open_gated(&f.id, &wrong_proof(), &f.gate).await;
    }
    let last = app.open_gated(&f.id, &wrong_proof(), &f.gate).await;
    assert_eq!(last.status, StatusCode::FORBIDDEN);
    assert_eq!(last.json()["attempts_left"], 0);
    assert_eq!(app.open(&f.id, &f.proof).await.status, StatusCode::NOT_FOUND, "burned: even the right proof fails");
    assert_eq!(app.peek(&f.id).await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.receipt(&f.receipt().id).await.json()["state"], "burned");
}

/// What a reverse proxy's access log or a database copy gives away: the id (and the verifiers). With them nobody can
/// open, burn, or spend a passphrase guess; the link's holder still opens.
#[tokio::test]
async fn id_alone_cannot_open_burn_or_spend_attempts() {
    let app = TestApp::new();
    let plain = Fixture::with_receipt("no passphrase");
    let guarded = Fixture::with_passphrase("with passphrase", "tr0ub4dor").and_receipt();
    app.create(&plain, TTL).await;
    app.create(&guarded, TTL).await;
    for f in [&plain, &guarded] {
        // Everything a database copy holds, presented as proofs and gates.
        let stolen = [f.verifier.clone(), f.gate_verifier.clone(), f.receipt().burn_verifier.clone(), wrong_proof()];
        for _ in 0..20 {
            for p in &stolen {
                let a = app.open(&f.id, p).await;
                assert_eq!((a.status, a.json().get("attempts_left").cloned()), (StatusCode::FORBIDDEN, None), "refused, nothing spent");
                for g in &stolen {
                    assert!(app.open_gated(&f.id, p, g).await.json().get("attempts_left").is_none(), "a wrong gate spends nothing");
                }
            }
        }
        assert_eq!(app.peek(&f.id).await.status, StatusCode::OK, "still waiting");
        assert_eq!(app.receipt(&f.receipt().id).await.json()["state"], "waiting");
    }
    // The link's holder: a wrong passphrase is a counted guess, the right one opens.
    assert_eq!(app.open_gated(&guarded.id, &wrong_proof(), &guarded.gate).await.json()["attempts_left"], 4);
    assert_eq!(guarded.decrypt(&app.open_gated(&guarded.id, &guarded.proof, &guarded.gate).await.body), "with passphrase");
    assert_eq!(plain.decrypt(&app.open(&plain.id, &plain.proof).await.body), "no passphrase");
}

#[tokio::test]
async fn passphrase_secret_without_gate_verifier_is_refused() {
    let app = TestApp::new();
    let f = Fixture::with_passphrase("x", "p");
    let mut meta = f.meta(TTL);
    meta.gate_verifier = None;
    let a = app.create_form(form(&serde_json::to_vec(&meta).unwrap(), &f.ciphertext)).await;
    assert_eq!((a.status, a.error()), (StatusCode::UNPROCESSABLE_ENTITY, "invalid".to_string()));
    assert_eq!(app.peek(&f.id).await.status, StatusCode::NOT_FOUND, "nothing was stored");
}

#[tokio::test]
async fn a_secret_opened_three_times_then_gone() {
    let app = TestApp::new();
    let f = Fixture::with_receipt("for the three of you").with_views(3);
    assert_eq!(app.create(&f, TTL).await.status, StatusCode::CREATED);
    let waiting = app.receipt(&f.receipt().id).await.json();
    assert_eq!((waiting["state"].clone(), waiting["views"].clone(), waiting["views_left"].clone()), ("waiting".into(), 3.into(), 3.into()));
    for left in [2, 1, 0] {
        assert_eq!(app.peek(&f.id).await.json()["views_left"], left + 1, "peek says how many opens are left");
        let open = app.open(&f.id, &f.proof).await;
        assert_eq!(open.status, StatusCode::OK);
        assert_eq!(open.headers["cinder-views-left"], left.to_string());
        assert_eq!(f.decrypt(&open.body), "for the three of you");
        let r = app.receipt(&f.receipt().id).await.json();
        assert_eq!((r["views_left"].clone(), r["opens"].as_array().unwrap().len()), (left.into(), 3 - left as usize));
    }
    assert_eq!(app.open(&f.id, &f.proof).await.status, StatusCode::NOT_FOUND, "a fourth open");
    let r = app.receipt(&f.receipt().id).await.json();
    assert_eq!(r["state"], "opened");
    assert_eq!(r["opened_at"], r["opens"][2], "opened at the last open");
}

#[tokio::test]
async fn the_opener_destroys_what_is_left() {
    let app = TestApp::new();
    let f = Fixture::with_passphrase("read it and burn it", "pass").and_receipt().with_views(5);
    app.create(&f, TTL).await;
    assert_eq!(app.open_gated(&f.id, &f.proof, &f.gate).await.headers["cinder-views-left"], "4");
    let id_only = app.burn_rest(&f.id, &wrong_proof(), None).await;
    assert_eq!((id_only.status, id_only.json().get("attempts_left").cloned()), (StatusCode::FORBIDDEN, None), "an id alone spends nothing");
    let guess = app.burn_rest(&f.id, &wrong_proof(), Some(&f.gate)).await;
    assert_eq!(guess.json()["attempts_left"], 4, "a wrong passphrase is a counted guess, as on open");
    let burned = app.burn_rest(&f.id, &f.proof, Some(&f.gate)).await;
    assert_eq!(burned.status, StatusCode::NO_CONTENT);
    assert_eq!(app.peek(&f.id).await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.burn_rest(&f.id, &f.proof, Some(&f.gate)).await.status, StatusCode::NOT_FOUND);
    let r = app.receipt(&f.receipt().id).await.json();
    assert_eq!((r["state"].clone(), r["views_left"].clone(), r["opens"].as_array().unwrap().len()), ("burned".into(), 0.into(), 1));
}

#[tokio::test]
async fn views_outside_what_the_server_allows_are_refused() {
    let app = TestApp::with_args(&["--max-views", "4"]);
    for views in [0, 5, 1_000_000] {
        let f = Fixture::new("x").with_views(views);
        let a = app.create(&f, TTL).await;
        assert_eq!((a.status, a.error()), (StatusCode::UNPROCESSABLE_ENTITY, "invalid".to_string()), "views {views}");
        assert!(a.json()["message"].as_str().unwrap().contains("views: must be between 1 and 4"));
        assert_eq!(app.peek(&f.id).await.status, StatusCode::NOT_FOUND, "nothing was stored");
    }
    assert_eq!(app.get("/api/v1/config").await.json()["max_views"], 4);
    let f = Fixture::new("once, as before");
    app.create(&f, TTL).await;
    assert_eq!(app.open(&f.id, &f.proof).await.headers["cinder-views-left"], "0", "left out: one open");
}

#[tokio::test]
async fn attempt_limit_is_configurable() {
    let app = TestApp::with_args(&["--max-attempts", "1"]);
    let f = Fixture::with_passphrase("one shot", "pass");
    app.create(&f, TTL).await;
    assert_eq!(app.open_gated(&f.id, &wrong_proof(), &f.gate).await.json()["attempts_left"], 0);
    assert_eq!(app.peek(&f.id).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn receipt_follows_its_secret_from_waiting_to_opened() {
    let app = TestApp::new();
    let f = Fixture::with_receipt("watched");
    let expires_at = app.create(&f, TTL).await.json()["expires_at"].as_u64().unwrap();
    let waiting = app.receipt(&f.receipt().id).await;
    assert_eq!(waiting.status, StatusCode::OK);
    assert_eq!(
        waiting.json(),
        serde_json::json!({ "state": "waiting", "expires_at": expires_at, "views": 1, "views_left": 1, "opens": [] })
    );

    app.open(&f.id, &f.proof).await;
    let opened = app.receipt(&f.receipt().id).await.json();
    assert_eq!(opened["state"], "opened");
    let opened_at = opened["opened_at"].as_u64().unwrap();
    assert!(opened_at <= expires_at && opened_at + TTL + 5 >= expires_at);

    let burn = app.burn(&f.receipt().id, &f.receipt().burn_proof).await;
    assert_eq!(burn.status, StatusCode::CONFLICT, "an opened secret cannot be burned");
    assert_eq!(burn.error(), "not_waiting");
}

#[tokio::test]
async fn creator_burns_a_waiting_secret() {
    let app = TestApp::new();
    let f = Fixture::with_receipt("regret");
    app.create(&f, TTL).await;
    let rid = &f.receipt().id;

    let wrong = app.burn(rid, &wrong_proof()).await;
    assert_eq!(wrong.status, StatusCode::FORBIDDEN);
    assert_eq!(wrong.error(), "wrong_proof");
    assert_eq!(app.peek(&f.id).await.status, StatusCode::OK, "a wrong burn proof burns nothing");
    assert_eq!(app.burn(rid, &f.proof).await.status, StatusCode::FORBIDDEN, "the open proof is not the burn proof");

    let burned = app.burn(rid, &f.receipt().burn_proof).await;
    assert_eq!(burned.status, StatusCode::OK);
    assert_eq!(burned.json()["state"], "burned");
    assert_eq!(app.open(&f.id, &f.proof).await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.receipt(rid).await.json()["state"], "burned");
    assert_eq!(app.burn(rid, &f.receipt().burn_proof).await.status, StatusCode::CONFLICT, "burning twice");
}

#[tokio::test]
async fn expired_secret_is_gone_and_its_receipt_says_expired() {
    let app = TestApp::new();
    let f = Fixture::with_receipt("short-lived");
    assert_eq!(app.create(&f, 1).await.status, StatusCode::CREATED);
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    assert_eq!(app.peek(&f.id).await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.open(&f.id, &f.proof).await.status, StatusCode::NOT_FOUND);
    let rid = &f.receipt().id;
    assert_eq!(app.receipt(rid).await.json()["state"], "expired", "the receipt outlives its secret");
    assert_eq!(app.burn(rid, &f.receipt().burn_proof).await.status, StatusCode::CONFLICT);
    tokio::time::sleep(std::time::Duration::from_millis(1000)).await;
    assert_eq!(app.receipt(rid).await.status, StatusCode::NOT_FOUND, "forgotten after twice the lifetime");
}

#[tokio::test]
async fn unknown_and_impossible_ids_are_not_found() {
    let app = TestApp::new();
    let unknown = Fixture::with_receipt("never stored");
    for a in [
        app.peek(&unknown.id).await,
        app.open(&unknown.id, &unknown.proof).await,
        app.peek("not-an-id").await,
        app.open("AAAA", &unknown.proof).await,
        app.receipt(&unknown.receipt().id).await,
        app.receipt("%FF").await,
        app.burn(&unknown.receipt().id, &unknown.receipt().burn_proof).await,
    ] {
        assert_eq!(a.status, StatusCode::NOT_FOUND);
        assert_eq!(a.error(), "not_found");
    }
}

#[tokio::test]
async fn creating_the_same_id_or_receipt_twice_conflicts() {
    let app = TestApp::new();
    let f = Fixture::with_receipt("once");
    assert_eq!(app.create(&f, TTL).await.status, StatusCode::CREATED);
    let again = app.create(&f, TTL).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert_eq!(again.error(), "conflict");

    let mut other = Fixture::new("other");
    other.receipt = f.receipt.as_ref().map(|r| ReceiptFixture {
        id: r.id.clone(),
        burn_proof: r.burn_proof.clone(),
        burn_verifier: r.burn_verifier.clone(),
    });
    assert_eq!(app.create(&other, TTL).await.status, StatusCode::CONFLICT, "receipt id taken");
    assert_eq!(app.peek(&other.id).await.status, StatusCode::NOT_FOUND, "nothing of a refused create is kept");
}

#[tokio::test]
async fn malformed_metadata_is_refused_with_422() {
    let app = TestApp::new();
    let f = Fixture::with_receipt("x");
    let good = serde_json::to_value(f.meta(TTL)).unwrap();
    let cases: Vec<(&str, serde_json::Value)> = vec![
        ("id", serde_json::json!("AAAA")),
        ("id", serde_json::json!(shared::b64::encode(&[1u8; 17]))),
        ("id", serde_json::json!("AAAAAAAAAAAAAAAAAAAAAB")), // non-canonical trailing bits
        ("verifier", serde_json::json!(shared::b64::encode(&[1u8; 31]))),
        ("verifier", serde_json::json!(format!("{}=", f.verifier))),
        ("ttl", serde_json::json!(7)),
        ("ttl", serde_json::json!(0)),
        ("header", serde_json::json!("!!")),
        ("header", serde_json::json!(shared::b64::encode(&[9, 0]))), // unknown envelope version
        ("header", serde_json::json!(shared::b64::encode(&[1]))),
        ("header", serde_json::json!("A".repeat(2000))),
        ("receipt", serde_json::json!({ "id": "short", "burn_verifier": f.receipt().burn_verifier })),
        ("receipt", serde_json::json!({ "id": f.receipt().id, "burn_verifier": "short" })),
    ];
    for (field, value) in cases {
        let mut meta = good.clone();
        meta[field] = value.clone();
        let a = app.create_form(form(&serde_json::to_vec(&meta).unwrap(), &f.ciphertext)).await;
        assert_eq!(a.status, StatusCode::UNPROCESSABLE_ENTITY, "{field} = {value}: {:?}", a.body);
        assert_eq!(a.error(), "invalid");
    }
    for len in [0, 1, 16, f.ciphertext.len() + 1, f.ciphertext.len() - 1] {
        let a = app.create_form(form(&serde_json::to_vec(&good).unwrap(), &vec![0u8; len])).await;
        assert_eq!(a.status, StatusCode::UNPROCESSABLE_ENTITY, "a {len}-byte ciphertext is no envelope");
    }
    assert_eq!(app.peek(&f.id).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn unparseable_create_requests_are_refused_with_400() {
    let app = TestApp::new();
    let f = Fixture::new("x");
    let meta = serde_json::to_vec(&f.meta(TTL)).unwrap();
    let ct = f.ciphertext.as_slice();
    let mut unknown_field = serde_json::to_value(f.meta(TTL)).unwrap();
    unknown_field["extra"] = serde_json::json!(1);
    let unknown_field = serde_json::to_vec(&unknown_field).unwrap();
    let cases: Vec<(&str, (String, Vec<u8>))> = vec![
        ("json instead of multipart", ("application/json".into(), meta.clone())),
        ("no content type", (String::new(), meta.clone())),
        ("missing ciphertext", form_parts(&[(CREATE_META_FIELD, "application/json", &meta)])),
        ("missing meta", form_parts(&[(CREATE_CIPHERTEXT_FIELD, "application/octet-stream", ct)])),
        ("meta not json", form(b"{not json", ct)),
        ("meta with unknown field", form(&unknown_field, ct)),
        ("meta missing a field", form(br#"{"id":"x"}"#, ct)),
        (
            "extra part",
            form_parts(&[
                (CREATE_META_FIELD, "application/json", &meta),
                (CREATE_CIPHERTEXT_FIELD, "application/octet-stream", ct),
                ("other", "text/plain", b"x"),
            ]),
        ),
        (
            "meta twice",
            form_parts(&[
                (CREATE_META_FIELD, "application/json", &meta),
                (CREATE_META_FIELD, "application/json", &meta),
                (CREATE_CIPHERTEXT_FIELD, "application/octet-stream", ct),
            ]),
        ),
        ("truncated multipart", {
            let (c, mut b) = f.form(TTL);
            b.truncate(b.len() - 20);
            (c, b)
        }),
    ];
    for (what, (ctype, body)) in cases {
        let a = app.request(Method::POST, "/api/v1/secrets", Some(&ctype).filter(|c| !c.is_empty()).map(|c| c.as_str()), body).await;
        assert_eq!(a.status, StatusCode::BAD_REQUEST, "{what}: {:?}", a.body);
        assert_eq!(a.error(), "bad_request", "{what}");
    }
    assert_eq!(app.peek(&f.id).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn ciphertext_order_does_not_matter() {
    let app = TestApp::new();
    let f = Fixture::new("order");
    let meta = serde_json::to_vec(&f.meta(TTL)).unwrap();
    let body =
        form_parts(&[(CREATE_CIPHERTEXT_FIELD, "application/octet-stream", &f.ciphertext), (CREATE_META_FIELD, "application/json", &meta)]);
    assert_eq!(app.create_form(body).await.status, StatusCode::CREATED);
}

#[tokio::test]
async fn malformed_proofs_are_refused_without_spending_attempts() {
    let app = TestApp::new();
    let f = Fixture::new("x");
    app.create(&f, TTL).await;
    let uri = "/api/v1/secrets/open";
    let extra = format!(r#"{{"id":"{}","proof":"x","more":1}}"#, f.id);
    let bad_request: Vec<(&str, Option<&str>, Vec<u8>)> = vec![
        ("not json", Some("application/json"), b"proof".to_vec()),
        ("no content type", None, open_body(&f.id, &f.proof, None)),
        ("wrong field", Some("application/json"), format!(r#"{{"id":"{}","prof":"x"}}"#, f.id).into_bytes()),
        ("no id", Some("application/json"), br#"{"proof":"x"}"#.to_vec()),
        ("extra field", Some("application/json"), extra.into_bytes()),
    ];
    for (what, ctype, body) in bad_request {
        let a = app.request(Method::POST, uri, ctype, body).await;
        assert_eq!(a.status, StatusCode::BAD_REQUEST, "{what}");
        assert_eq!(a.error(), "bad_request");
    }
    for bad in ["", "AAAA", &format!("{}A", f.proof), &shared::b64::encode(&[0u8; 33])] {
        let a = app.open(&f.id, bad).await;
        assert_eq!(a.status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
        assert_eq!(a.error(), "invalid");
    }
    for _ in 0..4 {
        app.open(&f.id, &wrong_proof()).await;
    }
    assert_eq!(app.open(&f.id, &f.proof).await.status, StatusCode::OK, "malformed proofs spent no attempt");
}

#[tokio::test]
async fn oversize_ciphertext_is_refused_with_413() {
    // A 1 KiB secret limit accepts what such a secret seals to: padding and the allowance for names included.
    let limit = shared::envelope::ciphertext_limit(1024) as usize;
    assert!(shared::envelope::ciphertext_len_is_valid(limit));
    let app = TestApp::with_args(&["--max-bytes", "1024", "--max-stored-bytes", "1MiB"]);
    let f = Fixture::new("x");
    let meta = serde_json::to_vec(&f.meta(TTL)).unwrap();
    let fits = app.create_form(form(&meta, &vec![1u8; limit])).await;
    assert_eq!(fits.status, StatusCode::CREATED, "exactly the limit fits");

    let g = Fixture::new("y");
    let meta = serde_json::to_vec(&g.meta(TTL)).unwrap();
    let over = app.create_form(form(&meta, &vec![1u8; limit + 1])).await;
    assert_eq!(over.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(over.error(), "too_large");

    let huge = app.create_form(form(&meta, &vec![1u8; limit + 200 * 1024])).await;
    assert_eq!(huge.status, StatusCode::PAYLOAD_TOO_LARGE, "beyond the body limit");
    assert_eq!(huge.error(), "too_large");
    assert_eq!(app.peek(&g.id).await.status, StatusCode::NOT_FOUND);

    let big_proof = app.post_json("/api/v1/secrets/open", vec![b' '; 64 * 1024]).await;
    assert_eq!(big_proof.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(big_proof.error(), "too_large");
}

#[tokio::test]
async fn declared_oversize_body_is_refused_before_reading() {
    let app = TestApp::with_args(&["--max-bytes", "1KiB", "--max-stored-bytes", "1MiB"]);
    let req = axum::http::Request::post("/api/v1/secrets")
        .header("content-type", format!("multipart/form-data; boundary={BOUNDARY}"))
        .header("content-length", "999999999")
        .body(axum::body::Body::empty())
        .unwrap();
    let a = app.send(req).await;
    assert_eq!(a.status, StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn a_25_mib_file_fits_by_default() {
    let app = TestApp::new();
    let f = Fixture::new("x");
    let meta = serde_json::to_vec(&f.meta(TTL)).unwrap();
    // What a 25 MiB file with a long name really seals to, padding included: more than 25 MiB.
    let payload = shared::envelope::Payload {
        text: String::new().into(),
        files: vec![shared::envelope::File {
            name: "n".repeat(255),
            media_type: "application/octet-stream".into(),
            data: vec![0; 25 << 20].into(),
        }],
    };
    let sealed = shared::envelope::seal(&payload, None, shared::envelope::Argon2Params::DEFAULT).unwrap();
    let big = vec![0xA5u8; sealed.ciphertext.len()];
    assert!(big.len() > 25 << 20);
    assert_eq!(app.create_form(form(&meta, &big)).await.status, StatusCode::CREATED);
    assert_eq!(app.peek(&f.id).await.json()["size"], big.len() as u64);
    let open = app.open(&f.id, &f.proof).await;
    assert_eq!(open.status, StatusCode::OK);
    assert!(open.body.len() == big.len() && open.body.iter().all(|&b| b == 0xA5));
}

/// Behind a trusted proxy the limit follows the header that names the client, not the proxy's own address.
#[tokio::test]
async fn rate_limit_follows_the_trusted_client_header() {
    let app = TestApp::with_args(&["--rate-limit", "2", "--client-ip-header", "x-forwarded-for"]);
    let create_as = |client: &'static str| {
        let f = Fixture::new("x");
        let (ctype, body) = f.form(TTL);
        let req = axum::http::Request::post("/api/v1/secrets")
            .header("content-type", ctype)
            .header("x-forwarded-for", client)
            .body(axum::body::Body::from(body))
            .unwrap();
        app.send(req)
    };
    assert_eq!(create_as("203.0.113.1").await.status, StatusCode::CREATED);
    assert_eq!(create_as("203.0.113.1").await.status, StatusCode::CREATED);
    assert_eq!(create_as("203.0.113.1").await.status, StatusCode::TOO_MANY_REQUESTS, "the third from one client");
    assert_eq!(create_as("203.0.113.2").await.status, StatusCode::CREATED, "another client behind the same proxy");
}

#[tokio::test]
async fn creating_too_fast_is_rate_limited() {
    let app = TestApp::with_args(&["--rate-limit", "2"]);
    for expected in [StatusCode::CREATED, StatusCode::CREATED, StatusCode::TOO_MANY_REQUESTS] {
        let a = app.create(&Fixture::new("x"), TTL).await;
        assert_eq!(a.status, expected);
        if expected == StatusCode::TOO_MANY_REQUESTS {
            assert_eq!(a.error(), "rate_limited");
        }
    }
    let f = Fixture::new("still readable");
    // Opening is not limited by the creation limit.
    assert_eq!(app.open(&f.id, &f.proof).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn full_server_answers_507_until_room_is_made() {
    let app = TestApp::with_args(&["--max-secrets", "2"]);
    let a = Fixture::new("a");
    app.create(&a, TTL).await;
    app.create(&Fixture::new("b"), TTL).await;
    let full = app.create(&Fixture::new("c"), TTL).await;
    assert_eq!(full.status, StatusCode::INSUFFICIENT_STORAGE);
    assert_eq!(full.error(), "full");
    app.open(&a.id, &a.proof).await;
    assert_eq!(app.create(&Fixture::new("c"), TTL).await.status, StatusCode::CREATED, "opening made room");
}

/// The byte cap counts what secrets occupy on disk: whole 4 KiB blocks of ciphertext plus their records.
#[tokio::test]
async fn byte_cap_counts_what_is_on_disk() {
    use cinder_server::store::{charged_bytes, RECORD_CHARGE};
    let largest = charged_bytes(shared::envelope::ciphertext_limit(1024)) + RECORD_CHARGE;
    let cap = largest.to_string();
    // One open per secret: a receipt's charge grows with the opens it may record.
    let app = TestApp::with_args(&["--max-bytes", "1KiB", "--max-stored-bytes", &cap, "--max-views", "1"]);
    let len = valid_len(1000);
    let fit = largest / charged_bytes(len as u64);
    for i in 0..=fit {
        let f = Fixture::new(&i.to_string());
        let meta = serde_json::to_vec(&f.meta(TTL)).unwrap();
        let expected = if i < fit { StatusCode::CREATED } else { StatusCode::INSUFFICIENT_STORAGE };
        assert_eq!(app.create_form(form(&meta, &vec![1u8; len])).await.status, expected, "secret {i} of {fit}");
    }
}

/// Another site's page cannot make its visitors' browsers create secrets here (a multipart POST needs no preflight).
#[tokio::test]
async fn cross_site_creates_are_refused() {
    let app = TestApp::new();
    let a = cross_site_create(&app).await;
    assert_eq!((a.status, a.error()), (StatusCode::FORBIDDEN, "cross_site".to_string()));
    let old_browser =
        create_with_headers(&app, &Fixture::new("x"), &[("origin", "https://evil.example"), ("host", "cinder.example")]).await;
    assert_eq!(old_browser.status, StatusCode::FORBIDDEN, "a foreign Origin without Sec-Fetch-Site");
    for headers in [
        &[("sec-fetch-site", "same-origin")][..],
        &[("sec-fetch-site", "none")],
        &[("origin", "https://cinder.example"), ("host", "cinder.example")],
        &[],
    ] {
        assert_eq!(create_with_headers(&app, &Fixture::new("x"), headers).await.status, StatusCode::CREATED, "{headers:?}");
    }
}

async fn create_with_headers(app: &TestApp, f: &Fixture, headers: &[(&str, &str)]) -> Answer {
    let (ctype, body) = f.form(TTL);
    let mut req = axum::http::Request::post("/api/v1/secrets").header("content-type", ctype);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    app.send(req.body(axum::body::Body::from(body)).unwrap()).await
}

async fn cross_site_create(app: &TestApp) -> Answer {
    create_with_headers(app, &Fixture::new("x"), &[("sec-fetch-site", "cross-site")]).await
}

#[tokio::test]
async fn config_tells_clients_the_limits() {
    let app = TestApp::with_args(&["--max-bytes", "2MiB", "--max-attempts", "3"]);
    let c = app.get("/api/v1/config").await;
    assert_eq!(c.status, StatusCode::OK);
    assert_eq!(
        c.json(),
        serde_json::json!({
            "max_bytes": 2 << 20, "ttl_choices": [1, 2, 3600], "default_ttl": 3600, "max_ttl": 3600, "max_attempts": 3,
            "max_views": 100, "creating": "open"
        })
    );
}

/// The operator's words reach the page through `/config`, as given (trimmed); without a file `/config` is as before.
#[tokio::test]
async fn config_carries_the_instance_words() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("instance.toml");
    std::fs::write(
        &file,
        "name = \"Example Corp secrets\"\nimprint = \"Example Corp GmbH, Street 1, Berlin. Contact: security@example.org\"\n\
         [gone]\nen = \"If you did not open this link, tell security@example.org.\"\nsv = \" Öppnade du inte länken? Säg till. \"\n",
    )
    .unwrap();
    let app = TestApp::with_args(&["--instance-file", file.to_str().unwrap()]);
    let c = app.get("/api/v1/config").await;
    assert_eq!(c.status, StatusCode::OK);
    assert_eq!(
        c.json()["instance"],
        serde_json::json!({
            "name": "Example Corp secrets",
            "imprint": "Example Corp GmbH, Street 1, Berlin. Contact: security@example.org",
            "gone": { "en": "If you did not open this link, tell security@example.org.", "sv": "Öppnade du inte länken? Säg till." }
        })
    );
    let plain = TestApp::new().get("/api/v1/config").await.json();
    assert!(plain.get("instance").is_none(), "{plain}");
}

#[tokio::test]
async fn health_and_readiness() {
    let app = TestApp::new();
    let h = app.get("/healthz").await;
    assert_eq!((h.status, &h.body[..]), (StatusCode::OK, &b"ok"[..]));
    let r = app.get("/readyz").await;
    assert_eq!((r.status, &r.body[..]), (StatusCode::OK, &b"ready"[..]));
}

#[tokio::test]
async fn unknown_api_routes_and_methods_answer_json() {
    let app = TestApp::new();
    for uri in ["/api/v2/secrets", "/api/v1/nothing", "/api", "/api/"] {
        let a = app.get(uri).await;
        assert_eq!(a.status, StatusCode::NOT_FOUND, "{uri}");
        assert_eq!(a.error(), "not_found");
    }
    let a = app.request(Method::DELETE, "/api/v1/secrets/open", None, vec![]).await;
    assert_eq!(a.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(a.error(), "method_not_allowed");
    let a = app.get("/api/v1/secrets").await;
    assert_eq!(a.status, StatusCode::METHOD_NOT_ALLOWED);
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let app = TestApp::new();
    let f = Fixture::new("x");
    let answers = vec![
        ("create", true, app.create(&f, TTL).await),
        ("peek", true, app.peek(&f.id).await),
        ("wrong proof", true, app.open(&f.id, &wrong_proof()).await),
        ("open", true, app.open(&f.id, &f.proof).await),
        ("not found", true, app.peek(&f.id).await),
        ("bad request", true, app.post_json("/api/v1/receipts/burn", b"nope".to_vec()).await),
        ("405", true, app.request(Method::PUT, "/api/v1/config", None, vec![]).await),
        ("config", true, app.get("/api/v1/config").await),
        ("healthz", true, app.get("/healthz").await),
        ("root", false, app.get("/").await),
        ("spa route", false, app.get("/s/some-client-route").await),
        ("missing file", false, app.get("/missing-0123456789abcdef.js").await),
        ("asset 405", false, app.request(Method::POST, "/", None, vec![]).await),
    ];
    for (what, api, a) in answers {
        let h = &a.headers;
        let csp = h["content-security-policy"].to_str().unwrap();
        assert_eq!(csp, cinder_server_csp(), "{what}");
        assert!(!csp.contains("'unsafe-inline'") && !csp.contains("'unsafe-eval'"));
        assert_eq!(h["referrer-policy"], "no-referrer", "{what}");
        assert_eq!(h["x-content-type-options"], "nosniff", "{what}");
        assert_eq!(h["cross-origin-opener-policy"], "same-origin", "{what}");
        assert!(h.get("set-cookie").is_none(), "{what}");
        if api {
            assert_eq!(h["cache-control"], "no-store", "{what}");
        }
    }
}

fn cinder_server_csp() -> &'static str {
    "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; style-src 'self'; img-src 'self' data: blob:; \
connect-src 'self'; font-src 'self'; manifest-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
}

#[tokio::test]
async fn client_routes_fall_back_to_the_app_page() {
    let app = TestApp::new();
    let root = app.get("/").await;
    assert_eq!(root.status, StatusCode::OK);
    assert!(root.headers["content-type"].to_str().unwrap().starts_with("text/html"));
    assert_eq!(root.headers["cache-control"], "no-cache");

    let spa = app.get("/s/whatever").await;
    assert_eq!(spa.status, StatusCode::OK);
    assert_eq!(spa.body, root.body, "unknown paths get the create bundle's page (which shows \"not found\")");
    let dist = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../dist"));
    if dist.join("index.html").exists() {
        assert_eq!(spa.headers["x-robots-tag"], "noindex");
        let open = std::fs::read(dist.join("open.html")).unwrap();
        for path in ["/s", "/s/", "/r", "/r/", "/privacy"] {
            let page = app.get(path).await;
            assert_eq!(page.status, StatusCode::OK, "{path}");
            assert_eq!(&page.body[..], &open[..], "{path} is the open bundle's page");
            assert_eq!(page.headers["x-robots-tag"], "noindex", "{path}");
            assert_eq!(page.headers["cache-control"], "no-store", "{path}: no back/forward cache keeps an opened secret");
        }
        let request = std::fs::read(dist.join("request.html")).unwrap();
        for path in ["/request", "/q", "/a", "/a/"] {
            let page = app.get(path).await;
            assert_eq!(page.status, StatusCode::OK, "{path}");
            assert_eq!(&page.body[..], &request[..], "{path} is the request bundle's page");
            assert_eq!(page.headers["cache-control"], "no-store", "{path}: no back/forward cache keeps an opened answer");
        }
    } else {
        assert!(String::from_utf8_lossy(&root.body).contains("not built"));
    }
    assert_eq!(app.get("//s").await.body, root.body, "a doubled slash is no secret page (as in the client's router)");
    assert_eq!(app.get("/stale-0123456789abcdef.wasm").await.status, StatusCode::NOT_FOUND);
    for page in ["/index.html", "/open.html", "/request.html"] {
        assert_eq!(app.get(page).await.status, StatusCode::NOT_FOUND, "{page}: pages answer routes only");
    }
    assert_eq!(app.request(Method::DELETE, "/s/x", None, vec![]).await.status, StatusCode::METHOD_NOT_ALLOWED);
    let head = app.request(Method::HEAD, "/", None, vec![]).await;
    assert_eq!(head.status, StatusCode::OK);
}

/// The OpenAPI document lists exactly the routes the router serves, and every status a test provokes is documented.
#[tokio::test]
async fn openapi_document_matches_the_real_routes() {
    let app = TestApp::new();
    let served = app.get("/api/v1/openapi.json").await;
    assert_eq!(served.status, StatusCode::OK);
    assert_eq!(served.headers["content-type"], "application/json");
    let doc: serde_json::Value = served.json();
    let mut on_disk: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/openapi.json")).unwrap()).unwrap();
    // The served document names this server's TTL choices, so a schema-valid create is one it accepts.
    for schema in ["CreateSecret", "CreateRequest"] {
        let ttl = &doc["components"]["schemas"][schema]["properties"]["ttl"];
        assert_eq!(ttl["enum"], app.get("/api/v1/config").await.json()["ttl_choices"], "{schema}");
        on_disk["components"]["schemas"][schema]["properties"]["ttl"]["enum"] = ttl["enum"].clone();
    }
    // And its most opens, so a schema-valid create never asks for more.
    let views = &doc["components"]["schemas"]["CreateSecret"]["properties"]["views"];
    assert_eq!(views["maximum"], app.get("/api/v1/config").await.json()["max_views"]);
    on_disk["components"]["schemas"]["CreateSecret"]["properties"]["views"]["maximum"] = views["maximum"].clone();
    assert_eq!(doc, on_disk);
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));

    let documented: BTreeSet<(String, String)> = doc["paths"]
        .as_object()
        .unwrap()
        .iter()
        .flat_map(|(path, ops)| ops.as_object().unwrap().keys().map(move |m| (m.to_uppercase(), path.clone())))
        .collect();
    let real: BTreeSet<(String, String)> = cinder_server::api_routes().into_iter().map(|(m, p)| (m.to_string(), p.to_string())).collect();
    assert_eq!(documented, real);

    // Every status this suite provokes on each route is in the document.
    let f = Fixture::with_receipt("doc");
    let rid = f.receipt().id.clone();
    let seen: Vec<(&str, &str, StatusCode)> = vec![
        ("POST", "/api/v1/secrets", app.create(&f, TTL).await.status),
        ("POST", "/api/v1/secrets", app.create(&f, TTL).await.status),
        ("POST", "/api/v1/secrets", app.create_form(form(b"{", b"x")).await.status),
        ("POST", "/api/v1/secrets", app.create(&Fixture::new("x"), 5).await.status),
        ("POST", "/api/v1/secrets/peek", app.peek(&f.id).await.status),
        ("POST", "/api/v1/secrets/peek", app.post_json("/api/v1/secrets/peek", vec![]).await.status),
        ("POST", "/api/v1/receipts/status", app.receipt(&rid).await.status),
        ("POST", "/api/v1/receipts/status", app.post_json("/api/v1/receipts/status", vec![]).await.status),
        ("POST", "/api/v1/receipts/burn", app.burn(&rid, &wrong_proof()).await.status),
        ("POST", "/api/v1/receipts/burn", app.burn(&rid, "x").await.status),
        ("POST", "/api/v1/secrets/open", app.open(&f.id, &wrong_proof()).await.status),
        ("POST", "/api/v1/secrets/open", app.open(&f.id, "x").await.status),
        ("POST", "/api/v1/secrets/open", app.post_json("/api/v1/secrets/open", vec![]).await.status),
        ("POST", "/api/v1/secrets/burn", app.burn_rest(&f.id, &wrong_proof(), None).await.status),
        ("POST", "/api/v1/secrets/burn", app.burn_rest(&f.id, "x", None).await.status),
        ("POST", "/api/v1/secrets/burn", app.post_json("/api/v1/secrets/burn", vec![]).await.status),
        ("POST", "/api/v1/secrets/open", app.open(&f.id, &f.proof).await.status),
        ("POST", "/api/v1/secrets/open", app.open(&f.id, &f.proof).await.status),
        ("POST", "/api/v1/secrets/burn", app.burn_rest(&f.id, &f.proof, None).await.status),
        ("POST", "/api/v1/secrets/peek", app.peek(&f.id).await.status),
        ("POST", "/api/v1/receipts/burn", app.burn(&rid, &f.receipt().burn_proof).await.status),
        ("POST", "/api/v1/receipts/burn", app.burn(&f.id, &f.receipt().burn_proof).await.status),
        ("POST", "/api/v1/receipts/status", app.receipt(&f.id).await.status),
        ("POST", "/api/v1/secrets", cross_site_create(&app).await.status),
        ("GET", "/api/v1/config", app.get("/api/v1/config").await.status),
        ("GET", "/healthz", app.get("/healthz").await.status),
        ("GET", "/readyz", app.get("/readyz").await.status),
    ];
    for (method, path, status) in seen {
        let op = &doc["paths"][path][method.to_lowercase()];
        assert!(op["responses"][status.as_str()].is_object(), "{method} {path} answers {status}, undocumented");
    }
}

/// With the client built into dist/: precompressed variants by Accept-Encoding, wasm media type, immutable hashed
/// assets, revalidation by ETag. Without a build there is nothing to check beyond the fallback page above.
#[tokio::test]
async fn built_client_is_served_precompressed_and_cached() {
    let dist = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../dist"));
    let Some(wasm) = std::fs::read_dir(dist)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.file_name().into_string().unwrap())
        .find(|n| n.ends_with(".wasm"))
    else {
        eprintln!("dist/ has no client build; skipping");
        return;
    };
    let app = TestApp::new();
    let get = |uri: String, accept: &'static str| {
        let mut req = axum::http::Request::get(uri);
        if !accept.is_empty() {
            req = req.header("accept-encoding", accept);
        }
        app.send(req.body(axum::body::Body::empty()).unwrap())
    };
    let br = get(format!("/{wasm}"), "gzip, deflate, br").await;
    assert_eq!(br.status, StatusCode::OK);
    assert_eq!(br.headers["content-type"], "application/wasm");
    assert_eq!(br.headers["content-encoding"], "br");
    assert_eq!(br.headers["vary"], "accept-encoding");
    assert_eq!(br.headers["cache-control"], "public, max-age=31536000, immutable");
    assert_eq!(&br.body[..], std::fs::read(dist.join(format!("{wasm}.br"))).unwrap());

    let gz = get(format!("/{wasm}"), "gzip").await;
    assert_eq!(gz.headers["content-encoding"], "gzip");
    assert_eq!(&gz.body[..], std::fs::read(dist.join(format!("{wasm}.gz"))).unwrap());

    let raw = get(format!("/{wasm}"), "").await;
    assert!(raw.headers.get("content-encoding").is_none());
    assert_eq!(&raw.body[..], std::fs::read(dist.join(&wasm)).unwrap());

    let etag = br.headers["etag"].to_str().unwrap().to_owned();
    let req = axum::http::Request::get(format!("/{wasm}")).header("accept-encoding", "br").header("if-none-match", &etag);
    let again = app.send(req.body(axum::body::Body::empty()).unwrap()).await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    assert!(again.body.is_empty());

    let index = get("/".into(), "").await;
    assert_eq!(index.headers["cache-control"], "no-cache");
    assert_eq!(&index.body[..], std::fs::read(dist.join("index.html")).unwrap());
    assert!(index.headers.get("x-robots-tag").is_none(), "the home page may be indexed");
    assert_eq!(get("/s/abc".into(), "").await.headers["x-robots-tag"], "noindex");
}
