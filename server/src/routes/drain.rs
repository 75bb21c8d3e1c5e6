//! A refused upload is read to its end before its answer goes out, so the client hears the answer.
//!
//! The create route refuses before reading the body (who may create, the rate limit) and stops mid-body at a part that
//! breaks a rule. Answering and closing while the client is still sending leaves unread bytes in the socket, and the
//! kernel then resets the connection: the client, or nginx streaming the body to us, sees a broken pipe or a 502 instead
//! of the 401, 403 or 429 that says what to do. So what the handler left unread is discarded, up to the route's own limit
//! and for at most [`DRAIN_TIME`] (and never past nine tenths of the request timeout, so the answer is not replaced by a
//! timeout). A body that declares more than the limit is not read at all: it could not be
//! read to its end within the limit anyway, and its 413 needs no body.

use std::pin::Pin;
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll};
use std::time::Duration;

use tokio::time::Instant;

use axum::body::{Body, BodyDataStream, Bytes};
use axum::extract::{Request, State};
use axum::http::header;
use axum::middleware::Next;
use axum::response::Response;
use futures_util::{Stream, StreamExt};

/// How long a refused client may keep sending before the connection is closed on it.
const DRAIN_TIME: Duration = Duration::from_secs(30);

/// The request's body, shared between the handler (which reads what it needs) and the drain (which reads the rest).
#[derive(Clone)]
struct Shared(Arc<Mutex<BodyDataStream>>);

impl Stream for Shared {
    type Item = Result<Bytes, axum::Error>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner).poll_next_unpin(cx)
    }
}

/// What the drain may spend.
#[derive(Clone, Copy)]
pub struct Bounds {
    /// The route's body limit: no more is read.
    pub limit: usize,
    /// `CINDER_REQUEST_TIMEOUT`, which the whole request (the drain included) must finish within.
    pub request_timeout: Duration,
}

/// Middleware for a route with these bounds: after a refusal, reads and drops what is left of the body.
pub async fn refused_upload(State(Bounds { limit, request_timeout }): State<Bounds>, req: Request, next: Next) -> Response {
    let start = Instant::now();
    let declared = req.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()?.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit as u64) {
        return next.run(req).await;
    }
    let (parts, body) = req.into_parts();
    let shared = Shared(Arc::new(Mutex::new(body.into_data_stream())));
    let res = next.run(Request::from_parts(parts, Body::from_stream(shared.clone()))).await;
    if !res.status().is_success() {
        let mut rest = shared;
        let until = (Instant::now() + DRAIN_TIME).min(start + request_timeout.mul_f64(0.9));
        let _ = tokio::time::timeout_at(until, async move {
            let mut read = 0usize;
            while let Some(Ok(chunk)) = rest.next().await {
                read += chunk.len();
                if read > limit {
                    break;
                }
            }
        })
        .await;
    }
    res
}
