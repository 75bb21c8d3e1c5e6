//! The multipart body of the routes that upload a ciphertext (a secret's create, a request's answer): one JSON `meta`
//! part and one raw `ciphertext` part, the ciphertext streamed into the store's staging area as it arrives.

use axum::extract::multipart::{Multipart, MultipartRejection};
use axum::http::{header, HeaderMap};
use serde::de::DeserializeOwned;
use shared::api::{CREATE_CIPHERTEXT_FIELD, CREATE_META_FIELD};

use super::CREATE_OVERHEAD;
use crate::error::Error;
use crate::store::Upload;
use crate::AppState;

/// Largest `meta` part: the JSON is a few hundred bytes.
const META_LIMIT: usize = 8 * 1024;

/// Which order the two parts may come in.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// Either (a secret's create: its checks are before the body, who may create and the rate limit).
    Any,
    /// `meta` first, so that `check` refuses before a byte of the ciphertext is read (a request's answer, which
    /// anyone may send: without this, a body that puts the ciphertext first would be staged whole before a refusal).
    MetaFirst,
}

/// Reads `meta` (parsed as `M`) and `ciphertext` (at most `limit` bytes) in `order`. `check` runs on the meta as soon
/// as it is read: when the meta comes first, a refusal there reads no ciphertext at all.
pub async fn read<M: DeserializeOwned>(
    state: &AppState,
    headers: &HeaderMap,
    multipart: Result<Multipart, MultipartRejection>,
    limit: u64,
    order: Order,
    check: impl AsyncFnOnce(&M) -> Result<(), Error>,
) -> Result<(M, Box<dyn Upload>), Error> {
    let declared = headers.get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()?.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit + CREATE_OVERHEAD as u64) {
        return Err(Error::TooLarge);
    }
    let mut multipart = multipart?;
    // No upload is held in memory (a file for sled), so uploads need no memory budget and a small one never waits
    // behind large ones.
    let (mut meta, mut ciphertext): (Option<M>, Option<Box<dyn Upload>>) = (None, None);
    let mut check = Some(check);
    while let Some(mut field) = multipart.next_field().await? {
        match field.name() {
            Some(CREATE_META_FIELD) if meta.is_none() => {
                let mut raw = Vec::new();
                while let Some(chunk) = field.chunk().await? {
                    if raw.len() + chunk.len() > META_LIMIT {
                        return Err(Error::TooLarge);
                    }
                    raw.extend_from_slice(&chunk);
                }
                let parsed: M = serde_json::from_slice(&raw).map_err(|e| Error::BadRequest(format!("meta: {e}")))?;
                if let Some(check) = check.take() {
                    check(&parsed).await?;
                }
                meta = Some(parsed);
            }
            Some(CREATE_CIPHERTEXT_FIELD) if meta.is_none() && order == Order::MetaFirst => {
                return Err(Error::BadRequest(format!(
                    "the `{CREATE_META_FIELD}` part must come before the `{CREATE_CIPHERTEXT_FIELD}` part"
                )));
            }
            Some(CREATE_CIPHERTEXT_FIELD) if ciphertext.is_none() => {
                let mut upload = state.store.upload().await?;
                while let Some(chunk) = field.chunk().await? {
                    if upload.len() + chunk.len() as u64 > limit {
                        return Err(Error::TooLarge);
                    }
                    upload.write(&chunk).await?;
                }
                ciphertext = Some(upload);
            }
            _ => {
                return Err(Error::BadRequest(format!(
                    "expected exactly one `{CREATE_META_FIELD}` part and one `{CREATE_CIPHERTEXT_FIELD}` part"
                )))
            }
        }
    }
    match (meta, ciphertext) {
        (Some(meta), Some(ciphertext)) => Ok((meta, ciphertext)),
        _ => Err(Error::BadRequest(format!("expected a `{CREATE_META_FIELD}` part and a `{CREATE_CIPHERTEXT_FIELD}` part"))),
    }
}
