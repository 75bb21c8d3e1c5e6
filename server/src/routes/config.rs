//! What clients must know before creating a secret, and the OpenAPI document describing API v1.

use axum::extract::State;
use axum::http::header;
use axum::response::IntoResponse;
use axum::Json;
use shared::api::ServerConfig;

use crate::AppState;

/// The hand-written OpenAPI 3.1 document, checked against the route table by a test.
pub const OPENAPI: &str = include_str!("../../openapi.json");

pub async fn show(State(state): State<AppState>) -> Json<ServerConfig> {
    let c = &state.config;
    Json(ServerConfig {
        max_bytes: c.max_bytes,
        ttl_choices: c.ttl_choices.clone(),
        default_ttl: c.default_ttl,
        max_ttl: c.max_ttl(),
        max_attempts: c.max_attempts,
        instance: c.instance.clone(),
    })
}

/// The document as this server answers it: `ttl` is one of *its* configured choices, so a schema-valid create is one the
/// server accepts (schemathesis checks that).
pub async fn openapi(State(state): State<AppState>) -> impl IntoResponse {
    let mut doc: serde_json::Value = serde_json::from_str(OPENAPI).expect("openapi.json is JSON (a test parses it)");
    if let Some(ttl) = doc.pointer_mut("/components/schemas/CreateSecret/properties/ttl") {
        ttl["enum"] = state.config.ttl_choices.clone().into();
    }
    ([(header::CONTENT_TYPE, "application/json")], doc.to_string())
}
