//! Secret routes: create (multipart: JSON metadata + raw ciphertext, streamed into the store as it arrives), peek
//! (never burns), open (proof in, ciphertext out, at most as many times as the creator allowed) and burn (the same
//! proof, to destroy the opens left). Ids travel in JSON bodies, never in paths, so a
//! reverse proxy's access log holds none.

use axum::body::Body;
use axum::extract::multipart::{Multipart, MultipartRejection};
use axum::extract::rejection::JsonRejection;
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use shared::api::{CreateSecret, Created, OpenRequest, Peek, PeekRequest, VIEWS_LEFT_HEADER};
use shared::envelope::{Header, Proof, ReceiptId, SecretId, Verifier};

use super::extract::{json, Asker};
use super::upload::Order;
use crate::config::Config;
use crate::error::Error;
use crate::store::{now_ms, to_api_secs, CreateOutcome, Intent, Millis, NewReceipt, NewSecret, OpenAttempt, TakeOutcome, Upload};
use crate::AppState;

/// Largest public header (base64url text); real headers are tens of bytes.
const HEADER_TEXT_LIMIT: usize = 1024;

pub async fn create(
    State(state): State<AppState>,
    asker: Asker,
    headers: HeaderMap,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<(StatusCode, Json<Created>), Error> {
    // Before the limit, so a refused client spends nothing; before the body, so a refused upload is not read.
    let client = asker.may_create()?;
    // A store that cannot answer the shared limit answers 503 (fail closed), like any store error.
    if !state.limiter.allow(client).await? {
        return Err(Error::RateLimited);
    }
    let (meta, ciphertext) =
        super::upload::read::<CreateSecret>(&state, &headers, multipart, state.config.max_ciphertext, Order::Any, async |_| Ok(())).await?;
    let now = now_ms();
    let secret = validate(meta, ciphertext, &state.config, now)?;
    let expires_at = secret.expires_at;
    match state.store.create(secret, now).await? {
        CreateOutcome::Created => Ok((StatusCode::CREATED, Json(Created { expires_at: to_api_secs(expires_at) }))),
        CreateOutcome::IdTaken => Err(Error::Conflict("this id is already taken")),
        CreateOutcome::ReceiptTaken => Err(Error::Conflict("this receipt id is already taken")),
        CreateOutcome::Full => Err(Error::Full),
    }
}

/// Turns the client's metadata into a secret the store accepts, or says which field is wrong.
fn validate(meta: CreateSecret, ciphertext: Box<dyn Upload>, config: &Config, now: Millis) -> Result<NewSecret, Error> {
    let invalid = |m: &str| Error::Invalid(m.to_owned());
    let id = SecretId::from_text(&meta.id).map_err(|_| invalid("id: expected 16 bytes of canonical base64url"))?;
    let verifier = Verifier::from_text(&meta.verifier).map_err(|_| invalid("verifier: expected 32 bytes of canonical base64url"))?;
    if !config.ttl_choices.contains(&meta.ttl) {
        return Err(Error::Invalid(format!("ttl: must be one of {:?} seconds", config.ttl_choices)));
    }
    if meta.header.len() > HEADER_TEXT_LIMIT {
        return Err(invalid("header: too long"));
    }
    let header = shared::b64::decode(&meta.header).ok_or_else(|| invalid("header: expected canonical base64url"))?;
    let guessable = Header::decode(&header).map_err(|e| Error::Invalid(format!("header: {e}")))?.needs_passphrase();
    let gate = match meta.gate_verifier {
        None if guessable => return Err(invalid("gate_verifier: required when the header asks for a passphrase")),
        None => None,
        Some(text) => Some(Verifier::from_text(&text).map_err(|_| invalid("gate_verifier: expected 32 bytes of canonical base64url"))?),
    };
    let len = usize::try_from(ciphertext.len()).unwrap_or(usize::MAX);
    if !shared::envelope::ciphertext_len_is_valid(len) {
        // Sealed envelopes come in padding buckets; anything else is not a secret this server should keep.
        return Err(invalid("ciphertext: not a length an envelope v1 can have"));
    }
    let views = meta.views.unwrap_or(1);
    if !(1..=config.max_views).contains(&views) {
        return Err(Error::Invalid(format!("views: must be between 1 and {}", config.max_views)));
    }
    let ttl_ms = meta.ttl * 1000;
    let expires_at = now + ttl_ms;
    let receipt = match meta.receipt {
        None => None,
        Some(r) => Some(NewReceipt {
            key: ReceiptId::from_text(&r.id).map_err(|_| invalid("receipt.id: expected 16 bytes of canonical base64url"))?.lookup_key(),
            burn_verifier: Verifier::from_text(&r.burn_verifier)
                .map_err(|_| invalid("receipt.burn_verifier: expected 32 bytes of canonical base64url"))?,
            // The creator may still ask what happened for as long again as the secret lived.
            forget_at: expires_at + ttl_ms,
            views,
            opens: Vec::new(),
        }),
    };
    Ok(NewSecret { id, verifier, gate, header, ciphertext, expires_at, max_attempts: config.max_attempts, views, receipt })
}

/// An id from a body; one that cannot exist is simply not found.
fn secret_id(text: &str) -> Result<SecretId, Error> {
    SecretId::from_text(text).map_err(|_| Error::NotFound)
}

/// A 32-byte capability from a body field.
pub fn capability(text: &str, field: &str) -> Result<Proof, Error> {
    Proof::from_text(text).map_err(|_| Error::Invalid(format!("{field}: expected 32 bytes of canonical base64url")))
}

pub async fn peek(State(state): State<AppState>, body: Result<Json<PeekRequest>, JsonRejection>) -> Result<Json<Peek>, Error> {
    let id = secret_id(&json(body)?.id)?;
    let info = state.store.peek(id, now_ms()).await?.ok_or(Error::NotFound)?;
    Ok(Json(Peek {
        header: shared::b64::encode(&info.header),
        expires_at: to_api_secs(info.expires_at),
        size: info.size,
        views_left: info.views_left,
    }))
}

pub async fn open(State(state): State<AppState>, body: Result<Json<OpenRequest>, JsonRejection>) -> Result<Response, Error> {
    attempt(state, body, Intent::Open).await
}

/// The opener destroys the opens left, with the same proof (and gate) as an open: a wrong proof is counted just as
/// there, so this is no free passphrase oracle, and it grants nothing opening every remaining time would not.
pub async fn burn(State(state): State<AppState>, body: Result<Json<OpenRequest>, JsonRejection>) -> Result<Response, Error> {
    attempt(state, body, Intent::BurnRest).await
}

async fn attempt(state: AppState, body: Result<Json<OpenRequest>, JsonRejection>, intent: Intent) -> Result<Response, Error> {
    let req = json(body)?;
    let proof = capability(&req.proof, "proof")?;
    let gate = req.gate.as_deref().map(|g| capability(g, "gate")).transpose()?;
    let attempt = OpenAttempt { id: secret_id(&req.id)?, proof, gate, intent };
    match state.store.take(attempt, now_ms()).await? {
        TakeOutcome::Opened { ciphertext, views_left } => Ok((
            [
                (header::CONTENT_TYPE, "application/octet-stream".to_string()),
                (header::CONTENT_LENGTH, ciphertext.len.to_string()),
                (header::HeaderName::from_static(VIEWS_LEFT_HEADER), views_left.to_string()),
            ],
            Body::from_stream(ciphertext.body),
        )
            .into_response()),
        TakeOutcome::BurnedRest => Ok(StatusCode::NO_CONTENT.into_response()),
        TakeOutcome::WrongProof { attempts_left } => Err(Error::WrongProof { attempts_left: Some(attempts_left) }),
        TakeOutcome::Refused => Err(Error::WrongProof { attempts_left: None }),
        TakeOutcome::NotFound => Err(Error::NotFound),
        TakeOutcome::Moving => Err(Error::Moving),
    }
}
