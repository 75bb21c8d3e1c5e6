//! The route table (one list builds the router and is what the OpenAPI test compares against) and the middleware
//! every response passes through: security headers, request timeout, panic catching and privacy-safe request logs.

mod assets;
mod config;
mod drain;
mod extract;
mod health;
mod receipts;
mod requests;
mod secrets;
mod upload;

use std::any::Any;
use std::time::Instant;

use axum::extract::{DefaultBodyLimit, MatchedPath, Request, State};
use axum::http::{header, HeaderValue, Method};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get, post, MethodRouter};
use axum::Router;
use tower_http::catch_panic::CatchPanicLayer;

use crate::error::Error;
use crate::AppState;

/// The Content-Security-Policy of every response. No `unsafe-inline`, no `unsafe-eval`: the client's loader is a file.
/// `worker-src 'self'`: the page's worker (`/kdf-worker.js`: Argon2id and QR codes, client/src/kdf.rs); said outright rather than left to
/// the fallback to `script-src`, and no `blob:` or `data:` workers. The worker's own responses carry this policy too,
/// which lets it import its glue, fetch and instantiate its wasm.
pub const CSP: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; style-src 'self'; \
img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; manifest-src 'self'; frame-ancestors 'none'; \
base-uri 'none'; form-action 'self'";

/// Room for the multipart framing and the `meta` part on top of the ciphertext limit.
pub const CREATE_OVERHEAD: usize = 64 * 1024;
/// Largest JSON body any other route accepts (a proof is 43 characters).
const SMALL_BODY: usize = 4 * 1024;

struct Route {
    method: Method,
    path: &'static str,
    handler: MethodRouter<AppState>,
}

fn route(method: Method, path: &'static str, handler: MethodRouter<AppState>) -> Route {
    Route { method, path, handler }
}

/// A route that takes an upload (a create, an answer): the create's body limit, and a refused upload read to its end.
fn upload(handler: MethodRouter<AppState>, create: drain::Bounds) -> MethodRouter<AppState> {
    handler.layer(DefaultBodyLimit::max(create.limit)).layer(middleware::from_fn_with_state(create, drain::refused_upload))
}

/// Every API and health route. The router is built from this list and nothing else, so the OpenAPI test sees the truth.
fn table(create: drain::Bounds) -> Vec<Route> {
    vec![
        route(Method::POST, "/api/v1/secrets", upload(post(secrets::create), create)),
        route(Method::POST, "/api/v1/secrets/peek", post(secrets::peek)),
        route(Method::POST, "/api/v1/secrets/open", post(secrets::open)),
        route(Method::POST, "/api/v1/secrets/burn", post(secrets::burn)),
        route(Method::POST, "/api/v1/receipts/status", post(receipts::status)),
        route(Method::POST, "/api/v1/receipts/burn", post(receipts::burn)),
        route(Method::POST, "/api/v1/requests", post(requests::create)),
        route(Method::POST, "/api/v1/requests/peek", post(requests::peek)),
        route(Method::POST, "/api/v1/requests/answer", upload(post(requests::answer), create)),
        route(Method::GET, "/api/v1/config", get(config::show)),
        route(Method::GET, "/api/v1/openapi.json", get(config::openapi)),
        route(Method::GET, "/healthz", get(health::healthz)),
        route(Method::GET, "/readyz", get(health::readyz)),
    ]
}

/// `(method, path template)` of every API and health route, for tests and tools.
pub fn api_routes() -> Vec<(Method, &'static str)> {
    table(drain::Bounds { limit: 0, request_timeout: std::time::Duration::ZERO }).into_iter().map(|r| (r.method, r.path)).collect()
}

pub fn router(state: AppState) -> Router {
    let limit = usize::try_from(state.config.max_ciphertext).unwrap_or(usize::MAX).saturating_add(CREATE_OVERHEAD);
    let mut router = Router::new();
    for r in table(drain::Bounds { limit, request_timeout: state.config.request_timeout }) {
        debug_assert!(matches!(r.method, Method::GET | Method::POST));
        router = router.route(r.path, r.handler);
    }
    router
        .route("/api", any(no_route))
        .route("/api/", any(no_route))
        .route("/api/{*rest}", any(no_route))
        .fallback(assets::serve)
        .method_not_allowed_fallback(|| async { Error::MethodNotAllowed })
        .layer(DefaultBodyLimit::max(SMALL_BODY))
        .layer(middleware::from_fn(extract::same_origin_only))
        .layer(middleware::from_fn_with_state(state.clone(), timeout))
        .layer(middleware::from_fn(log_request))
        .layer(CatchPanicLayer::custom(panicked))
        .layer(middleware::from_fn(security_headers))
        .with_state(state)
}

async fn no_route() -> Error {
    Error::NoRoute
}

async fn timeout(State(state): State<AppState>, req: Request, next: Next) -> Response {
    match tokio::time::timeout(state.config.request_timeout, next.run(req)).await {
        Ok(res) => res,
        Err(_) => Error::Timeout.into_response(),
    }
}

/// Logs method, route TEMPLATE, status and duration: never the concrete path (it holds ids), a query or an address.
async fn log_request(req: Request, next: Next) -> Response {
    let method = req.method().clone();
    let route = req.extensions().get::<MatchedPath>().map(|p| p.as_str().to_owned());
    let start = Instant::now();
    let res = next.run(req).await;
    tracing::debug!(
        %method,
        route = route.as_deref().unwrap_or("(client)"),
        status = res.status().as_u16(),
        micros = start.elapsed().as_micros() as u64,
        "request"
    );
    res
}

fn panicked(_: Box<dyn Any + Send + 'static>) -> Response {
    tracing::error!("a handler panicked");
    Error::Internal.into_response()
}

async fn security_headers(req: Request, next: Next) -> Response {
    let path = req.uri().path();
    let dynamic = path == "/api" || path.starts_with("/api/") || path == "/healthz" || path == "/readyz";
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert("cross-origin-opener-policy", HeaderValue::from_static("same-origin"));
    h.remove(header::SET_COOKIE);
    if dynamic {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        h.insert("x-robots-tag", HeaderValue::from_static("noindex"));
    }
    res
}
