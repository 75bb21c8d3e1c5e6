//! What clients must know before creating a secret, and the OpenAPI document describing API v1.

use axum::extract::State;
use axum::http::header;
use axum::response::IntoResponse;
use axum::Json;
use shared::api::{Creating, ServerConfig};

use super::extract::Asker;
use crate::access::{CreateMode, Decision};
use crate::AppState;

/// The hand-written OpenAPI 3.1 document, checked against the route table by a test.
pub const OPENAPI: &str = include_str!("../../openapi.json");

/// The limits, and whether this requester may create (the page shows a form only to those it will work for).
pub async fn show(State(state): State<AppState>, Asker(decision): Asker) -> Json<ServerConfig> {
    let c = &state.config;
    let creating = match (c.access.mode, decision) {
        (CreateMode::Open, _) => Creating::Open,
        (_, Decision::Allowed(_)) => Creating::Allowed,
        (_, Decision::Off) => Creating::Off,
        (_, Decision::SignIn { .. }) => Creating::SignIn,
        (_, Decision::UntrustedIdentity | Decision::NotInGroup) => Creating::NotAllowed,
    };
    let sign_in_url = (creating == Creating::SignIn).then(|| c.access.sign_in_url.clone()).flatten();
    Json(ServerConfig {
        max_bytes: c.max_bytes,
        ttl_choices: c.ttl_choices.clone(),
        default_ttl: c.default_ttl,
        max_ttl: c.max_ttl(),
        max_attempts: c.max_attempts,
        max_views: c.max_views,
        creating,
        sign_in_url,
        instance: c.instance.clone(),
    })
}

/// The document as this server answers it: `ttl` (of a secret and of a request) is one of *its* configured choices and `views` at most its maximum, so a schema-valid create is one the
/// server accepts (schemathesis checks that).
pub async fn openapi(State(state): State<AppState>) -> impl IntoResponse {
    let mut doc: serde_json::Value = serde_json::from_str(OPENAPI).expect("openapi.json is JSON (a test parses it)");
    for schema in ["CreateSecret", "CreateRequest"] {
        if let Some(ttl) = doc.pointer_mut(&format!("/components/schemas/{schema}/properties/ttl")) {
            ttl["enum"] = state.config.ttl_choices.clone().into();
        }
    }
    if let Some(views) = doc.pointer_mut("/components/schemas/CreateSecret/properties/views") {
        views["maximum"] = state.config.max_views.into();
    }
    ([(header::CONTENT_TYPE, "application/json")], doc.to_string())
}
