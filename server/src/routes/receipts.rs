//! Receipt routes: the creator asks what happened to a secret, or burns it while it still waits. The receipt id
//! travels in the body, never in the path.

use axum::extract::rejection::JsonRejection;
use axum::extract::State;
use axum::Json;
use shared::api::{BurnRequest, Receipt, ReceiptRequest};
use shared::envelope::ReceiptId;

use super::extract::json;
use super::secrets::capability;
use crate::error::Error;
use crate::store::{now_ms, to_api_secs, BurnOutcome, ReceiptInfo, ReceiptKey};
use crate::AppState;

/// The store key of a receipt id; one that cannot exist is simply not found.
fn receipt_key(text: &str) -> Result<ReceiptKey, Error> {
    Ok(ReceiptId::from_text(text).map_err(|_| Error::NotFound)?.lookup_key())
}

fn to_api(info: ReceiptInfo) -> Json<Receipt> {
    Json(Receipt {
        state: info.state,
        opened_at: info.opened_at.map(to_api_secs),
        expires_at: to_api_secs(info.expires_at),
        views: info.views,
        views_left: info.views_left(),
        opens: info.opens.iter().map(|&t| to_api_secs(t)).collect(),
    })
}

pub async fn status(State(state): State<AppState>, body: Result<Json<ReceiptRequest>, JsonRejection>) -> Result<Json<Receipt>, Error> {
    let key = receipt_key(&json(body)?.receipt)?;
    Ok(to_api(state.store.receipt(key, now_ms()).await?.ok_or(Error::NotFound)?))
}

pub async fn burn(State(state): State<AppState>, body: Result<Json<BurnRequest>, JsonRejection>) -> Result<Json<Receipt>, Error> {
    let req = json(body)?;
    let proof = capability(&req.proof, "proof")?;
    let key = receipt_key(&req.receipt)?;
    match state.store.burn(key, proof, now_ms()).await? {
        BurnOutcome::Burned(info, _) => Ok(to_api(info)),
        BurnOutcome::WrongProof => Err(Error::WrongProof { attempts_left: None }),
        BurnOutcome::NotWaiting => Err(Error::NotWaiting),
        BurnOutcome::NotFound => Err(Error::NotFound),
        BurnOutcome::Moving => Err(Error::Moving),
    }
}
