//! Request routes (envelope revision 3): the asker stores a request (`POST /requests`, counted like a create), anyone
//! with the request link reads its sealed note (`/requests/peek`) and answers it once (`/requests/answer`, multipart
//! like a create). The asker takes the answer as a secret with the request's id: `/secrets/open` with the fetch proof.

use axum::extract::multipart::{Multipart, MultipartRejection};
use axum::extract::rejection::JsonRejection;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use shared::api::{AnswerMeta, CreateRequest, Created, PeekRequest, RequestPeek, RequestState};
use shared::envelope::request::{answer_len_is_valid, answer_limit, RequestId, NOTE_SEALED_LEN};
use shared::envelope::Verifier;

use super::extract::{json, Asker};
use super::secrets::capability;
use super::upload::Order;
use crate::error::Error;
use crate::store::{now_ms, to_api_secs, AnswerOutcome, CreateOutcome, NewRequest, RequestInfo};
use crate::AppState;

pub async fn create(
    State(state): State<AppState>,
    asker: Asker,
    body: Result<Json<CreateRequest>, JsonRejection>,
) -> Result<(StatusCode, Json<Created>), Error> {
    // A request is a create: the same rules say who may, and it counts against the same limit.
    let client = asker.may_create()?;
    if !state.limiter.allow(client).await? {
        return Err(Error::RateLimited);
    }
    let req = json(body)?;
    let invalid = |m: &str| Error::Invalid(m.to_owned());
    let id = RequestId::from_text(&req.id).map_err(|_| invalid("id: expected 16 bytes of canonical base64url"))?;
    let answer_verifier =
        Verifier::from_text(&req.answer_verifier).map_err(|_| invalid("answer_verifier: expected 32 bytes of canonical base64url"))?;
    let fetch_verifier =
        Verifier::from_text(&req.fetch_verifier).map_err(|_| invalid("fetch_verifier: expected 32 bytes of canonical base64url"))?;
    if !state.config.ttl_choices.contains(&req.ttl) {
        return Err(Error::Invalid(format!("ttl: must be one of {:?} seconds", state.config.ttl_choices)));
    }
    let note = shared::b64::decode(&req.note)
        .filter(|n| n.len() == NOTE_SEALED_LEN)
        .ok_or_else(|| Error::Invalid(format!("note: expected {NOTE_SEALED_LEN} bytes of canonical base64url (a sealed note)")))?;
    let now = now_ms();
    let expires_at = now + req.ttl * 1000;
    match state.store.create_request(NewRequest { id, answer_verifier, fetch_verifier, note, expires_at }, now).await? {
        CreateOutcome::Created => Ok((StatusCode::CREATED, Json(Created { expires_at: to_api_secs(expires_at) }))),
        CreateOutcome::IdTaken | CreateOutcome::ReceiptTaken => Err(Error::Conflict("this id is already taken")),
        CreateOutcome::Full => Err(Error::Full),
    }
}

/// A request id from a body; one that cannot exist is simply not found.
fn request_id(text: &str) -> Result<RequestId, Error> {
    RequestId::from_text(text).map_err(|_| Error::NoRequest)
}

/// A live request, or 404.
async fn live(state: &AppState, id: RequestId) -> Result<RequestInfo, Error> {
    state.store.peek_request(id, now_ms()).await?.ok_or(Error::NoRequest)
}

pub async fn peek(State(state): State<AppState>, body: Result<Json<PeekRequest>, JsonRejection>) -> Result<Json<RequestPeek>, Error> {
    let info = live(&state, request_id(&json(body)?.id)?).await?;
    Ok(Json(RequestPeek {
        state: if info.answered_at.is_some() { RequestState::Answered } else { RequestState::Waiting },
        expires_at: to_api_secs(info.expires_at),
        answered_at: info.answered_at.map(to_api_secs),
        note: shared::b64::encode(&info.note),
    }))
}

/// Not a create (an instance that creates nothing still receives answers to the requests made there): not rate
/// limited, but a request must be live and waiting before a byte of the answer is read, so only a holder of its link
/// (the id derives from the request key) can make the server store anything, and then once.
pub async fn answer(
    State(state): State<AppState>,
    headers: HeaderMap,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<(StatusCode, Json<Created>), Error> {
    let limit = answer_limit(state.config.max_bytes);
    // Everything is checked on the meta, which must come first: a refused answer uploads nothing.
    let mut checked = None;
    let (_, ciphertext) = super::upload::read::<AnswerMeta>(&state, &headers, multipart, limit, Order::MetaFirst, async |meta| {
        let id = request_id(&meta.id)?;
        let proof = capability(&meta.proof, "proof")?;
        let info = live(&state, id).await?;
        if info.answered_at.is_some() {
            return Err(Error::Answered);
        }
        checked = Some((id, proof, info.expires_at));
        Ok(())
    })
    .await?;
    let (id, proof, expires_at) = checked.ok_or(Error::Internal)?;
    if !answer_len_is_valid(usize::try_from(ciphertext.len()).unwrap_or(usize::MAX)) {
        return Err(Error::Invalid("ciphertext: not a length a sealed answer can have".into()));
    }
    match state.store.answer(id, proof, ciphertext, now_ms()).await? {
        AnswerOutcome::Answered => Ok((StatusCode::CREATED, Json(Created { expires_at: to_api_secs(expires_at) }))),
        AnswerOutcome::WrongProof => Err(Error::WrongProof { attempts_left: None }),
        AnswerOutcome::AlreadyAnswered => Err(Error::Answered),
        AnswerOutcome::NotFound => Err(Error::NoRequest),
        AnswerOutcome::Full => Err(Error::Full),
    }
}
