//! The HTTP API v1 from the browser: `fetch` to the page's own origin only, with the shared request and response types.

use crate::wire::{self, ErrorBody, FromObject};
use js_sys::Uint8Array;
use shared::api::{self, AnswerMeta, CreateRequest, CreateSecret, Created, Peek, Receipt, RequestPeek, ServerConfig};
use wasm_bindgen::{JsCast as _, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{FormData, RequestCache, RequestCredentials, RequestInit, Response};

/// Why a call did not succeed, in the terms the pages show to people.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Failure {
    /// No answer at all (offline, server down, request blocked), or a proxy's 502-504 in Cinder's place.
    Unreachable,
    /// 404: unknown, opened, burned or expired.
    NotFound,
    /// 403 on open: wrong proof (passphrase), with the attempts left before the secret burns.
    WrongProof { attempts_left: u32 },
    /// 401 on create: creating is restricted; sign in through the organisation first.
    SignIn,
    /// 403 on create: signed in, but not allowed to create here (or the proxy is not trusted).
    NotAllowed,
    /// 403 on create: this instance only opens links.
    CreateOff,
    /// 413.
    TooLarge,
    /// 429.
    RateLimited,
    /// 507.
    Full,
    /// Anything else, with the HTTP status for the message.
    Other(u16),
}

impl Failure {
    /// The failure an HTTP error status (and its JSON body, if any) stands for.
    pub fn from_status(status: u16, error: Option<ErrorBody>) -> Failure {
        // Statuses map one to one to the API's error codes, so the status decides.
        match status {
            // What a reverse proxy in front of Cinder answers when Cinder itself is down or too slow: its own page, not
            // our JSON. Cinder's own 503 (`unavailable`: the store failed) has the JSON body and is server trouble.
            502..=504 if error.is_none() => Failure::Unreachable,
            404 => Failure::NotFound,
            401 => Failure::SignIn,
            403 => match error.as_ref().map(|e| e.code.as_str()) {
                Some("create_off") => Failure::CreateOff,
                Some("forbidden" | "untrusted_identity") => Failure::NotAllowed,
                _ => Failure::WrongProof { attempts_left: error.and_then(|e| e.attempts_left).unwrap_or(0) },
            },
            413 => Failure::TooLarge,
            429 => Failure::RateLimited,
            507 => Failure::Full,
            status => Failure::Other(status),
        }
    }
}

/// Starts a request to `path` on our own origin: the browser's promise of its response.
fn start(method: &str, path: &str, body: Option<&JsValue>, json: bool) -> Result<js_sys::Promise, Failure> {
    let init = RequestInit::new();
    init.set_method(method);
    // Cinder sets no cookie. Behind an organisation's sign-in proxy, though, the proxy's own session cookie must come
    // along (same origin only), or a signed-in person could not create; the proxy strips it before Cinder
    // (deploy/nginx/cinder-sso.conf). And never let a cache keep a ciphertext.
    init.set_credentials(RequestCredentials::SameOrigin);
    init.set_cache(RequestCache::NoStore);
    if let Some(body) = body {
        init.set_body(body);
    }
    if json {
        let headers = web_sys::Headers::new().map_err(|_| Failure::Unreachable)?;
        let _ = headers.set("content-type", "application/json");
        init.set_headers(&headers);
    }
    let window = web_sys::window().ok_or(Failure::Unreachable)?;
    let url = format!("{}{path}", api::API_PREFIX);
    Ok(window.fetch_with_str_and_init(&url, &init))
}

/// The response a started request gets.
async fn response(fetched: js_sys::Promise) -> Result<Response, Failure> {
    JsFuture::from(fetched).await.map_err(|_| Failure::Unreachable)?.dyn_into().map_err(|_| Failure::Unreachable)
}

/// The response if it is a success, else the failure its status and error body stand for.
async fn success(response: Response) -> Result<Response, Failure> {
    if response.ok() {
        return Ok(response);
    }
    let error = text(&response).await.ok().and_then(|t| wire::parse::<ErrorBody>(&t));
    Err(Failure::from_status(response.status(), error))
}

/// Sends a request to `path` on our own origin and returns the successful response.
async fn send(method: &str, path: &str, body: Option<&JsValue>, json: bool) -> Result<Response, Failure> {
    success(response(start(method, path, body, json)?).await?).await
}

async fn text(response: &Response) -> Result<String, Failure> {
    let promise = response.text().map_err(|_| Failure::Unreachable)?;
    JsFuture::from(promise).await.map_err(|_| Failure::Unreachable)?.as_string().ok_or(Failure::Unreachable)
}

async fn json<T: FromObject>(response: Response) -> Result<T, Failure> {
    wire::parse(&text(&response).await?).ok_or(Failure::Other(response.status()))
}

/// A JSON body of string fields. Ids travel here, never in paths, so no access log holds them.
fn body(fields: &[(&str, &str)]) -> JsValue {
    JsValue::from_str(&wire::object(fields))
}

/// How long the page waits for a catalog before it speaks English instead.
const CATALOG_TIMEOUT_MS: u32 = 5_000;

/// This bundle's catalog file of a language other than English (not part of the API: a static file, cached and revalidated).
pub async fn catalog(lang: crate::i18n::Lang) -> Option<crate::i18n::Messages> {
    let window = web_sys::window()?;
    // The first paint waits for it, so it must not wait forever: give up (English) after a few seconds.
    let init = RequestInit::new();
    init.set_signal(Some(&web_sys::AbortSignal::timeout_with_u32(CATALOG_TIMEOUT_MS)));
    let fetched = window.fetch_with_str_and_init(&lang.catalog_path(crate::i18n::part()?), &init);
    let response: Response = JsFuture::from(fetched).await.ok()?.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    crate::i18n::read_catalog(&text(&response).await.ok()?, lang)
}

thread_local! {
    /// This page's `GET /config` while it is under way or answered: the app (the instance's words) and the create page
    /// (limits) read the one answer. Forgotten when it fails, so that a retry asks again.
    static CONFIG: std::cell::RefCell<Option<js_sys::Promise>> = const { std::cell::RefCell::new(None) };
}

/// `GET /config`: limits and lifetimes to offer, and the instance's words; asked once per page load.
pub async fn config() -> Result<ServerConfig, Failure> {
    let fetched = match CONFIG.with_borrow(Clone::clone) {
        Some(fetched) => fetched,
        None => {
            let fetched = start("GET", "/config", None, false)?;
            CONFIG.set(Some(fetched.clone()));
            fetched
        }
    };
    // Every reader takes its own copy of the response, since a body can be read only once; the shared one stays unread.
    let read = async { json(success(Response::clone(&response(fetched).await?).map_err(|_| Failure::Unreachable)?).await?).await };
    let config = read.await;
    if config.is_err() {
        CONFIG.set(None);
    }
    config
}

/// `POST /secrets`: stores the ciphertext as raw bytes beside its JSON metadata.
pub async fn create(meta: &CreateSecret, ciphertext: &[u8]) -> Result<Created, Failure> {
    upload("/secrets", &wire::create_secret(meta), ciphertext).await
}

/// A multipart upload: the JSON `meta` part first (the server checks it before it reads a byte of what follows), then
/// the ciphertext as raw bytes.
async fn upload(path: &str, meta: &str, ciphertext: &[u8]) -> Result<Created, Failure> {
    let form = FormData::new().map_err(|_| Failure::Unreachable)?;
    let meta_blob = crate::browser::blob(meta.as_bytes(), "application/json").map_err(|_| Failure::Unreachable)?;
    form.append_with_blob(api::CREATE_META_FIELD, &meta_blob).map_err(|_| Failure::Unreachable)?;
    let ciphertext = crate::browser::blob(ciphertext, "application/octet-stream").map_err(|_| Failure::Unreachable)?;
    form.append_with_blob(api::CREATE_CIPHERTEXT_FIELD, &ciphertext).map_err(|_| Failure::Unreachable)?;
    json(send("POST", path, Some(&form.into()), false).await?).await
}

/// `POST /requests`: stores a request (its id, the two verifiers, its lifetime and its sealed note).
pub async fn create_request(request: &CreateRequest) -> Result<Created, Failure> {
    json(send("POST", "/requests", Some(&JsValue::from_str(&wire::create_request(request))), true).await?).await
}

/// `POST /requests/peek`: whether a request waits or was answered, with its sealed note.
pub async fn peek_request(id: &str) -> Result<RequestPeek, Failure> {
    json(send("POST", "/requests/peek", Some(&body(&[("id", id)])), true).await?).await
}

/// `POST /requests/answer`: stores the sealed answer, once per request (409 once answered).
pub async fn answer(meta: &AnswerMeta, ciphertext: &[u8]) -> Result<Created, Failure> {
    upload("/requests/answer", &wire::object(&[("id", &meta.id), ("proof", &meta.proof)]), ciphertext).await
}

/// `POST /secrets/peek`: whether the secret waits, its header and expiry. Never burns.
pub async fn peek(id: &str) -> Result<Peek, Failure> {
    json(send("POST", "/secrets/peek", Some(&body(&[("id", id)])), true).await?).await
}

/// `POST /secrets/open`: the ciphertext for the right proof (with the link's gate, so a wrong passphrase counts as a
/// guess; an answer to a request has none), spending one open; and how many are left (0 from a server that does not
/// say: it opens secrets once).
pub async fn open(id: &str, proof: &str, gate: Option<&str>) -> Result<(Vec<u8>, u32), Failure> {
    let fields = [("id", id), ("proof", proof), ("gate", gate.unwrap_or_default())];
    let response = send("POST", "/secrets/open", Some(&body(&fields[..if gate.is_some() { 3 } else { 2 }])), true).await?;
    let views_left = response.headers().get(api::VIEWS_LEFT_HEADER).ok().flatten().and_then(|v| v.parse().ok()).unwrap_or(0);
    let promise = response.array_buffer().map_err(|_| Failure::Unreachable)?;
    let buffer = JsFuture::from(promise).await.map_err(|_| Failure::Unreachable)?;
    Ok((Uint8Array::new(&buffer).to_vec(), views_left))
}

/// `POST /secrets/burn`: destroys the opens a secret has left, with the proof and gate that opened it.
pub async fn burn_rest(id: &str, proof: &str, gate: &str) -> Result<(), Failure> {
    send("POST", "/secrets/burn", Some(&body(&[("id", id), ("proof", proof), ("gate", gate)])), true).await.map(drop)
}

/// `POST /receipts/status`: what happened to the secret.
pub async fn receipt(rid: &str) -> Result<Receipt, Failure> {
    json(send("POST", "/receipts/status", Some(&body(&[("receipt", rid)])), true).await?).await
}

/// `POST /receipts/burn`: destroys a waiting secret.
pub async fn burn(rid: &str, proof: &str) -> Result<Receipt, Failure> {
    json(send("POST", "/receipts/burn", Some(&body(&[("receipt", rid), ("proof", proof)])), true).await?).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proxy_errors_read_as_unreachable() {
        for status in [502, 503, 504] {
            assert_eq!(Failure::from_status(status, None), Failure::Unreachable, "{status}");
        }
        // Cinder's own 503 says what failed in its JSON body: the server was reached, and is in trouble.
        let unavailable = ErrorBody { code: "unavailable".into(), attempts_left: None };
        assert_eq!(Failure::from_status(503, Some(unavailable)), Failure::Other(503));
        assert_eq!(Failure::from_status(500, None), Failure::Other(500));
        assert_eq!(Failure::from_status(404, None), Failure::NotFound);
        let error = ErrorBody { code: "wrong_proof".into(), attempts_left: Some(2) };
        assert_eq!(Failure::from_status(403, Some(error)), Failure::WrongProof { attempts_left: 2 });
    }
}
