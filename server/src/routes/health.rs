//! Liveness (`/healthz`: the process answers) and readiness (`/readyz`: the store can serve) for orchestrators.

use axum::extract::State;

use crate::error::Error;
use crate::AppState;

pub async fn healthz() -> &'static str {
    "ok"
}

pub async fn readyz(State(state): State<AppState>) -> Result<&'static str, Error> {
    state.store.ready().await?;
    Ok("ready")
}
