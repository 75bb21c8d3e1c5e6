//! Receipt routes: the creator asks what happened to a secret, or burns it while it still waits.

use axum::extract::rejection::{JsonRejection, PathRejection};
use axum::extract::{Path, State};
use axum::Json;
use shared::api::{ProofRequest, Receipt};
use shared::envelope::ReceiptId;

use super::secrets::proof;
use crate::error::Error;
use crate::store::{now_ms, to_api_secs, ReceiptInfo, ReceiptKey};
use crate::AppState;

/// The store key of a receipt id from the path; one that cannot exist is simply not found.
fn receipt_key(path: Result<Path<String>, PathRejection>) -> Result<ReceiptKey, Error> {
    let Path(text) = path.map_err(|_| Error::NotFound)?;
    Ok(ReceiptId::from_text(&text).map_err(|_| Error::NotFound)?.lookup_key())
}

fn to_api(info: ReceiptInfo) -> Json<Receipt> {
    Json(Receipt { state: info.state, opened_at: info.opened_at.map(to_api_secs), expires_at: to_api_secs(info.expires_at) })
}

pub async fn show(State(state): State<AppState>, path: Result<Path<String>, PathRejection>) -> Result<Json<Receipt>, Error> {
    let key = receipt_key(path)?;
    Ok(to_api(state.store.receipt(key, now_ms()).await?))
}

pub async fn burn(
    State(state): State<AppState>,
    path: Result<Path<String>, PathRejection>,
    body: Result<Json<ProofRequest>, JsonRejection>,
) -> Result<Json<Receipt>, Error> {
    let key = receipt_key(path)?;
    let proof = proof(body)?;
    Ok(to_api(state.store.burn(key, proof, now_ms()).await?))
}
