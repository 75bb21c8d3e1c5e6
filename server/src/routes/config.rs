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
    })
}

pub async fn openapi() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI)
}
