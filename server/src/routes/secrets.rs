//! Secret routes: create (multipart: JSON metadata + raw ciphertext), peek (never burns) and open (proof in, ciphertext
//! out, exactly once).

use std::time::Instant;

use axum::body::Bytes;
use axum::extract::multipart::{Field, Multipart, MultipartRejection};
use axum::extract::rejection::{JsonRejection, PathRejection};
use axum::extract::{ConnectInfo, FromRequestParts, Path, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use shared::api::{CreateSecret, Created, Peek, ProofRequest, CREATE_CIPHERTEXT_FIELD, CREATE_META_FIELD};
use shared::envelope::{Header, Proof, ReceiptId, SecretId, Verifier};

use super::CREATE_OVERHEAD;
use crate::config::Config;
use crate::error::Error;
use crate::ratelimit::ClientKey;
use crate::store::{now_ms, to_api_secs, Millis, NewReceipt, NewSecret};
use crate::AppState;

/// Largest `meta` part: the JSON is a few hundred bytes.
const META_LIMIT: usize = 8 * 1024;
/// Largest public header (base64url text); real headers are tens of bytes.
const HEADER_TEXT_LIMIT: usize = 1024;

/// The client a request counts against. Not `Debug`, never logged.
pub struct Client(pub ClientKey);

impl FromRequestParts<AppState> for Client {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Client, Error> {
        let peer = parts.extensions.get::<ConnectInfo<std::net::SocketAddr>>().map(|c| c.0);
        Ok(Client(ClientKey::of(&parts.headers, peer, state.config.client_ip_header.as_ref())))
    }
}

pub async fn create(
    State(state): State<AppState>,
    Client(client): Client,
    headers: HeaderMap,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<(StatusCode, Json<Created>), Error> {
    if !state.limiter.allow(client, Instant::now()) {
        return Err(Error::RateLimited);
    }
    let max_ciphertext = usize::try_from(state.config.max_ciphertext).unwrap_or(usize::MAX);
    let declared = headers.get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()?.parse::<u64>().ok());
    if declared.is_some_and(|n| n > state.config.max_ciphertext + CREATE_OVERHEAD as u64) {
        return Err(Error::TooLarge);
    }
    // Large uploads take MiB permits of the upload budget for as long as they are buffered; small ones never wait.
    let mib = declared.unwrap_or(state.config.max_ciphertext) >> 20;
    let _budget = match u32::try_from(mib) {
        Ok(0) => None,
        Ok(n) => Some(state.uploads.acquire_many(n).await.map_err(|_| Error::Internal)?),
        Err(_) => return Err(Error::TooLarge),
    };
    let mut multipart = multipart?;
    let (mut meta, mut ciphertext) = (None, None);
    while let Some(mut field) = multipart.next_field().await? {
        match field.name() {
            Some(CREATE_META_FIELD) if meta.is_none() => {
                let raw = read_limited(&mut field, META_LIMIT).await?;
                let parsed: CreateSecret = serde_json::from_slice(&raw).map_err(|e| Error::BadRequest(format!("meta: {e}")))?;
                meta = Some(parsed);
            }
            Some(CREATE_CIPHERTEXT_FIELD) if ciphertext.is_none() => {
                ciphertext = Some(read_limited(&mut field, max_ciphertext).await?);
            }
            _ => {
                return Err(Error::BadRequest(format!(
                    "expected exactly one `{CREATE_META_FIELD}` part and one `{CREATE_CIPHERTEXT_FIELD}` part"
                )))
            }
        }
    }
    let (Some(meta), Some(ciphertext)) = (meta, ciphertext) else {
        return Err(Error::BadRequest(format!("expected a `{CREATE_META_FIELD}` part and a `{CREATE_CIPHERTEXT_FIELD}` part")));
    };
    let now = now_ms();
    let secret = validate(meta, ciphertext, &state.config, now)?;
    let expires_at = secret.expires_at;
    state.store.create(secret, now).await?;
    Ok((StatusCode::CREATED, Json(Created { expires_at: to_api_secs(expires_at) })))
}

/// Reads one multipart part, refusing more than `limit` bytes as soon as they arrive.
async fn read_limited(field: &mut Field<'_>, limit: usize) -> Result<Bytes, Error> {
    let mut buf = Vec::new();
    while let Some(chunk) = field.chunk().await? {
        if buf.len() + chunk.len() > limit {
            return Err(Error::TooLarge);
        }
        buf.extend_from_slice(&chunk);
    }
    Ok(Bytes::from(buf))
}

/// Turns the client's metadata into a secret the store accepts, or says which field is wrong.
fn validate(meta: CreateSecret, ciphertext: Bytes, config: &Config, now: Millis) -> Result<NewSecret, Error> {
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
    Header::decode(&header).map_err(|e| Error::Invalid(format!("header: {e}")))?;
    if !shared::envelope::ciphertext_len_is_valid(ciphertext.len()) {
        // Sealed envelopes come in padding buckets; anything else is not a secret this server should keep.
        return Err(invalid("ciphertext: not a length an envelope v1 can have"));
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
        }),
    };
    Ok(NewSecret { id, verifier, header, ciphertext, expires_at, max_attempts: config.max_attempts, receipt })
}

/// A secret id from the path; one that cannot exist is simply not found.
fn secret_id(path: Result<Path<String>, PathRejection>) -> Result<SecretId, Error> {
    let Path(text) = path.map_err(|_| Error::NotFound)?;
    SecretId::from_text(&text).map_err(|_| Error::NotFound)
}

/// The proof from a `ProofRequest` body.
pub fn proof(body: Result<Json<ProofRequest>, JsonRejection>) -> Result<Proof, Error> {
    let Json(req) = body?;
    Proof::from_text(&req.proof).map_err(|_| Error::Invalid("proof: expected 32 bytes of canonical base64url".into()))
}

pub async fn peek(State(state): State<AppState>, path: Result<Path<String>, PathRejection>) -> Result<Json<Peek>, Error> {
    let id = secret_id(path)?;
    let info = state.store.peek(id, now_ms()).await?;
    Ok(Json(Peek { header: shared::b64::encode(&info.header), expires_at: to_api_secs(info.expires_at), size: info.size }))
}

pub async fn open(
    State(state): State<AppState>,
    path: Result<Path<String>, PathRejection>,
    body: Result<Json<ProofRequest>, JsonRejection>,
) -> Result<Response, Error> {
    let id = secret_id(path)?;
    let proof = proof(body)?;
    let ciphertext = state.store.take(id, proof, now_ms()).await?;
    Ok(([(header::CONTENT_TYPE, "application/octet-stream")], ciphertext).into_response())
}
