//! The command line's one HTTP client for API v1: rustls with the system's roots, a timeout, the creator token when one
//! is set, and every answer that is not a success turned into the [`Failure`] (and exit code) it means.

use std::io::IsTerminal as _;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};

use reqwest::StatusCode;
use shared::api::{
    AnswerMeta, ApiError, BurnRequest, CreateRequest, CreateSecret, Created, ErrorCode, OpenRequest, Peek, PeekRequest, Receipt,
    ReceiptRequest, RequestPeek, ServerConfig,
};
use shared::api::{CREATE_CIPHERTEXT_FIELD, CREATE_META_FIELD, VIEWS_LEFT_HEADER};
use zeroize::Zeroizing;

use super::Failure;

/// Longest wait for the server to answer between two reads; an upload or download may take longer as a whole.
const READ_TIMEOUT: Duration = Duration::from_secs(30);
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// Transfers from this size on show a progress bar, when stderr is a terminal.
const PROGRESS_FROM: u64 = 1 << 20;

/// A progress bar on stderr for a transfer of `len` bytes, or none (small, or nobody watching).
fn progress(len: u64, what: &'static str) -> Option<ProgressBar> {
    (len >= PROGRESS_FROM && std::io::stderr().is_terminal()).then(|| {
        let bar = ProgressBar::new(len);
        bar.set_style(
            ProgressStyle::with_template("{msg} {bar:30} {binary_bytes}/{binary_total_bytes} ({binary_bytes_per_sec})")
                .expect("a valid template"),
        );
        bar.set_message(what);
        bar
    })
}

/// What a 404 means: the server deliberately does not say which.
pub const GONE: &str = "this secret is gone: it was opened, burned or has expired (or the link is wrong)";

/// What a 404 means for a request.
pub const REQUEST_GONE: &str = "this request is gone: its answer was opened, or it has expired (or the link is wrong)";

/// API v1 of one server.
pub struct Api {
    origin: String,
    client: reqwest::Client,
    token: Option<Zeroizing<String>>,
}

impl std::fmt::Debug for Api {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Api").field("origin", &self.origin).field("token", &self.token.as_ref().map(|_| "<redacted>")).finish()
    }
}

impl Api {
    /// The API of the server at `origin` (`https://host[:port]`).
    pub fn new(origin: &str, token: Option<Zeroizing<String>>) -> Result<Api, Failure> {
        let client = reqwest::Client::builder()
            .connect_timeout(CONNECT_TIMEOUT)
            .read_timeout(READ_TIMEOUT)
            .user_agent(concat!("cinder/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| Failure::Network(format!("setting up HTTPS: {e}")))?;
        Ok(Api { origin: origin.trim_end_matches('/').to_owned(), client, token })
    }

    /// The server's origin, as links start.
    pub fn origin(&self) -> &str {
        &self.origin
    }

    fn url(&self, path: &str) -> String {
        format!("{}/api/v1{path}", self.origin)
    }

    async fn send(&self, request: reqwest::RequestBuilder) -> Result<reqwest::Response, Failure> {
        let request = match &self.token {
            Some(token) => request.bearer_auth(token.as_str()),
            None => request,
        };
        request.send().await.map_err(|e| Failure::Network(format!("{} is unreachable: {}", self.origin, without_url(&e))))
    }

    async fn post<T: serde::de::DeserializeOwned>(&self, path: &str, body: &impl serde::Serialize) -> Result<T, Failure> {
        let response = self.send(self.client.post(self.url(path)).json(body)).await?;
        self.answer(response).await?.json().await.map_err(|e| self.garbled(e))
    }

    /// What `/api/v1/config` says (lifetimes, largest secret, attempts).
    pub async fn config(&self) -> Result<ServerConfig, Failure> {
        let response = self.send(self.client.get(self.url("/config"))).await?;
        self.answer(response).await?.json().await.map_err(|e| self.garbled(e))
    }

    /// Stores a sealed secret.
    pub async fn create(&self, meta: &CreateSecret, ciphertext: Vec<u8>) -> Result<Created, Failure> {
        self.upload("/secrets", serde_json::to_string(meta).expect("metadata serializes"), ciphertext).await
    }

    /// Answers a request with a sealed answer.
    pub async fn answer_request(&self, meta: &AnswerMeta, ciphertext: Vec<u8>) -> Result<Created, Failure> {
        let answered = self.upload("/requests/answer", serde_json::to_string(meta).expect("metadata serializes"), ciphertext).await;
        answered.map_err(|failure| match failure {
            Failure::Gone(m) if m.starts_with("the secret is no longer waiting") => {
                Failure::Gone("this request was answered already: only one answer is kept".into())
            }
            Failure::Gone(m) if m == GONE => Failure::Gone(REQUEST_GONE.into()),
            Failure::Gone(m) if m.starts_with("the link does not open") => {
                Failure::Refused("the server refused the answer: this request link does not fit its request (is it complete?)".into())
            }
            other => other,
        })
    }

    /// Stores a request.
    pub async fn create_request(&self, request: &CreateRequest) -> Result<Created, Failure> {
        self.post("/requests", request).await
    }

    /// Where a request stands, and its sealed note.
    pub async fn peek_request(&self, id: String) -> Result<RequestPeek, Failure> {
        self.post("/requests/peek", &PeekRequest { id }).await.map_err(|failure| match failure {
            Failure::Gone(m) if m == GONE => Failure::Gone(REQUEST_GONE.into()),
            other => other,
        })
    }

    /// A multipart upload of `meta` (JSON) and the ciphertext, with a progress bar for large ones.
    async fn upload(&self, path: &str, meta: String, ciphertext: Vec<u8>) -> Result<Created, Failure> {
        let meta = reqwest::multipart::Part::text(meta).mime_str("application/json").expect("a valid media type");
        let total = ciphertext.len() as u64;
        let bar = progress(total, "uploading");
        let part = match &bar {
            None => reqwest::multipart::Part::bytes(ciphertext),
            Some(bar) => {
                // Handed to the connection in 64 KiB pieces, each counted as it is taken.
                let bar = bar.clone();
                let pieces: Vec<Vec<u8>> = ciphertext.chunks(64 * 1024).map(<[u8]>::to_vec).collect();
                let stream = futures_util::stream::iter(pieces.into_iter().map(move |piece| {
                    bar.inc(piece.len() as u64);
                    Ok::<_, std::io::Error>(piece)
                }));
                reqwest::multipart::Part::stream_with_length(reqwest::Body::wrap_stream(stream), total)
            }
        };
        let ciphertext = part.mime_str("application/octet-stream").expect("a valid media type");
        let form = reqwest::multipart::Form::new().part(CREATE_META_FIELD, meta).part(CREATE_CIPHERTEXT_FIELD, ciphertext);
        let response = self.send(self.client.post(self.url(path)).multipart(form)).await;
        if let Some(bar) = bar {
            bar.finish_and_clear();
        }
        self.answer(response?).await?.json().await.map_err(|e| self.garbled(e))
    }

    /// Public data of a live secret; never burns.
    pub async fn peek(&self, id: String) -> Result<Peek, Failure> {
        self.post("/secrets/peek", &PeekRequest { id }).await
    }

    /// Opens a secret of `size` bytes (as peek said), spending one of its opens: its ciphertext, and how many opens
    /// are left (0 from a server that does not say: it opens secrets once).
    pub async fn open(&self, request: &OpenRequest, size: u64) -> Result<(Vec<u8>, u32), Failure> {
        let response = self.send(self.client.post(self.url("/secrets/open")).json(request)).await?;
        let mut response = self.answer(response).await?;
        let views_left = response.headers().get(VIEWS_LEFT_HEADER).and_then(|v| v.to_str().ok()?.parse().ok()).unwrap_or(0);
        let bar = progress(size, "downloading");
        let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
        while let Some(chunk) = response.chunk().await.map_err(|e| self.garbled(e))? {
            bytes.extend_from_slice(&chunk);
            if let Some(bar) = &bar {
                bar.inc(chunk.len() as u64);
            }
        }
        if let Some(bar) = bar {
            bar.finish_and_clear();
        }
        Ok((bytes, views_left))
    }

    /// Destroys the opens a secret has left, with the proof that opened it.
    pub async fn burn_rest(&self, request: &OpenRequest) -> Result<(), Failure> {
        let response = self.send(self.client.post(self.url("/secrets/burn")).json(request)).await?;
        self.answer(response).await.map(drop)
    }

    /// A receipt's state.
    pub async fn receipt(&self, receipt: String) -> Result<Receipt, Failure> {
        self.post("/receipts/status", &ReceiptRequest { receipt }).await
    }

    /// Burns a waiting secret.
    pub async fn burn(&self, request: &BurnRequest) -> Result<Receipt, Failure> {
        self.post("/receipts/burn", request).await
    }

    /// The response if it is a success, else the failure its error body names.
    async fn answer(&self, response: reqwest::Response) -> Result<reqwest::Response, Failure> {
        let status = response.status();
        if status.is_success() {
            return Ok(response);
        }
        let error: Option<ApiError> = response.json().await.ok();
        let message = error.as_ref().map_or_else(|| format!("the server answered {status}"), |e| e.message.clone());
        Err(match (status, error.map(|e| (e.error, e.attempts_left))) {
            (_, Some((ErrorCode::WrongProof, Some(attempts_left)))) => Failure::WrongPassphrase { attempts_left },
            (_, Some((ErrorCode::WrongProof, None))) => {
                Failure::Gone("the link does not open this secret (is it complete, and the passphrase right?)".into())
            }
            (_, Some((ErrorCode::NotWaiting, _))) => {
                Failure::Gone("the secret is no longer waiting: it was opened, burned or has expired".into())
            }
            (StatusCode::NOT_FOUND, _) => Failure::Gone(GONE.into()),
            (StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN, _) => Failure::Refused(format!("the server refused: {message}")),
            (StatusCode::PAYLOAD_TOO_LARGE | StatusCode::TOO_MANY_REQUESTS | StatusCode::INSUFFICIENT_STORAGE, _) => {
                Failure::Limit(format!("over the server's limit: {message}"))
            }
            _ => Failure::Network(format!("the server answered {status}: {message}")),
        })
    }

    fn garbled(&self, e: reqwest::Error) -> Failure {
        Failure::Network(format!("{} gave an answer that is not API v1: {}", self.origin, without_url(&e)))
    }
}

/// reqwest's message without the URL it names (the origin is said separately; paths hold nothing, but stay terse).
fn without_url(e: &reqwest::Error) -> String {
    let mut text = e.to_string();
    if let Some(url) = e.url() {
        text = text.replace(&format!(" ({url})"), "").replace(url.as_str(), "");
    }
    let mut source = std::error::Error::source(e);
    while let Some(inner) = source {
        text.push_str(": ");
        text.push_str(&inner.to_string());
        source = inner.source();
    }
    text
}
