//! The HTTP boundary's one error type: every way a request can fail, and how each answers (status, stable code,
//! message). Store failures arrive as `StoreError`; startup errors are `anyhow` in `run` and never reach this type.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use shared::api::{ApiError, ErrorCode};

/// Everything that can go wrong in the server. Messages never contain ids, proofs or addresses.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The request could not be parsed.
    #[error("bad request: {0}")]
    BadRequest(String),
    /// The request parsed but a field is invalid.
    #[error("invalid request: {0}")]
    Invalid(String),
    /// Unknown, opened, burned or expired (deliberately one answer).
    #[error("not found")]
    NotFound,
    /// No API route has this path.
    #[error("no such route")]
    NoRoute,
    /// The id or receipt id is taken.
    #[error("conflict: {0}")]
    Conflict(&'static str),
    /// A burn found the secret no longer waiting.
    #[error("no longer waiting")]
    NotWaiting,
    /// An answer came to a request answered already.
    #[error("answered already")]
    Answered,
    /// A request that is unknown, expired, or whose answer was taken.
    #[error("no such request")]
    NoRequest,
    /// A browser says the request comes from another site's page.
    #[error("cross-site request")]
    CrossSite,
    /// Creating is restricted and no rule lets this request create (`invalid_token`: a token was given and refused).
    #[error("unauthorized")]
    Unauthorized {
        /// A bearer token was presented and refused.
        invalid_token: bool,
    },
    /// The signed-in person is in no group allowed to create.
    #[error("not in an allowed group")]
    Forbidden,
    /// An identity header from a peer outside the trusted proxies.
    #[error("identity header from an untrusted peer")]
    UntrustedIdentity,
    /// This instance creates nothing (`CINDER_CREATE=off`).
    #[error("creating is off")]
    CreateOff,
    /// The proof does not match.
    #[error("wrong proof")]
    WrongProof {
        /// Wrong proofs left before the secret burns (opening only).
        attempts_left: Option<u32>,
    },
    /// The body is larger than allowed.
    #[error("too large")]
    TooLarge,
    /// The client created too many secrets recently.
    #[error("rate limited")]
    RateLimited,
    /// The configured cap on live secrets or bytes is reached.
    #[error("store full")]
    Full,
    /// The request took longer than the configured timeout.
    #[error("request timeout")]
    Timeout,
    /// Method not allowed on an API route.
    #[error("method not allowed")]
    MethodNotAllowed,
    /// The secret is being moved to another store (`cinder move-secrets`): 503, so a browser keeps the link and
    /// retries, at the store it moves to.
    #[error("the secret is being moved to another store")]
    Moving,
    /// The store cannot serve (I/O, a failed sync): 503.
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
    /// A bug: a handler panicked.
    #[error("internal error")]
    Internal,
}

impl Error {
    /// The status, stable code and human message this error answers with.
    fn parts(&self) -> (StatusCode, ErrorCode, String) {
        use ErrorCode as C;
        use StatusCode as S;
        match self {
            Error::BadRequest(m) => (S::BAD_REQUEST, C::BadRequest, m.clone()),
            Error::Invalid(m) => (S::UNPROCESSABLE_ENTITY, C::Invalid, m.clone()),
            Error::NotFound => (S::NOT_FOUND, C::NotFound, "no such secret: it was opened, burned or has expired".into()),
            Error::NoRoute => (S::NOT_FOUND, C::NotFound, "no such API route".into()),
            Error::Conflict(m) => (S::CONFLICT, C::Conflict, (*m).into()),
            Error::NotWaiting => (S::CONFLICT, C::NotWaiting, "the secret is no longer waiting: opened, burned or expired".into()),
            Error::Answered => (S::CONFLICT, C::NotWaiting, "this request was answered already; only one answer is kept".into()),
            Error::NoRequest => (S::NOT_FOUND, C::NotFound, "no such request: its answer was opened, or it has expired".into()),
            Error::CrossSite => (S::FORBIDDEN, C::CrossSite, "requests from other sites' pages are refused".into()),
            Error::Unauthorized { invalid_token: false } => (
                S::UNAUTHORIZED,
                C::Unauthorized,
                "only some people may create secrets here: sign in through your organisation, or send a creator token".into(),
            ),
            Error::Unauthorized { invalid_token: true } => {
                (S::UNAUTHORIZED, C::Unauthorized, "the creator token is unknown, revoked or expired".into())
            }
            Error::Forbidden => (S::FORBIDDEN, C::Forbidden, "you are signed in, but not in a group that may create secrets here".into()),
            Error::UntrustedIdentity => (
                S::FORBIDDEN,
                C::UntrustedIdentity,
                "an identity header came from an address that is not a trusted proxy (CINDER_TRUSTED_PROXIES)".into(),
            ),
            Error::CreateOff => (S::FORBIDDEN, C::CreateOff, "this server only opens links; it does not create secrets".into()),
            Error::WrongProof { .. } => (S::FORBIDDEN, C::WrongProof, "the link or passphrase is wrong".into()),
            Error::TooLarge => (S::PAYLOAD_TOO_LARGE, C::TooLarge, "the secret is larger than this server accepts".into()),
            Error::RateLimited => (S::TOO_MANY_REQUESTS, C::RateLimited, "too many secrets created; retry in a minute".into()),
            Error::Full => (S::INSUFFICIENT_STORAGE, C::Full, "this server holds as many secrets as it may".into()),
            Error::Timeout => (S::REQUEST_TIMEOUT, C::Timeout, "the request took too long".into()),
            Error::MethodNotAllowed => (S::METHOD_NOT_ALLOWED, C::MethodNotAllowed, "method not allowed here".into()),
            Error::Moving => (S::SERVICE_UNAVAILABLE, C::Unavailable, "this secret is being moved to another store; retry later".into()),
            Error::Store(_) => (S::SERVICE_UNAVAILABLE, C::Unavailable, "the store is unavailable; retry later".into()),
            Error::Internal => (S::INTERNAL_SERVER_ERROR, C::Internal, "internal error".into()),
        }
    }

    /// The JSON body a client sees.
    pub fn api_error(&self) -> ApiError {
        let (_, error, message) = self.parts();
        let attempts_left = match self {
            Error::WrongProof { attempts_left } => *attempts_left,
            _ => None,
        };
        ApiError { error, message, attempts_left }
    }
}

impl IntoResponse for Error {
    fn into_response(self) -> Response {
        let (status, ..) = self.parts();
        if status.is_server_error() {
            // The Display text holds no ids or addresses (see the type's contract).
            tracing::error!(error = %self, "request failed");
        }
        let mut res = (status, Json(self.api_error())).into_response();
        res.extensions_mut().insert(crate::metrics::Refusal(crate::metrics::refusal(&self)));
        if let Error::Unauthorized { invalid_token } = self {
            // RFC 6750: the scheme that would work, and whether the token given was the problem.
            let challenge = if invalid_token { r#"Bearer realm="cinder", error="invalid_token""# } else { r#"Bearer realm="cinder""# };
            res.headers_mut().insert(axum::http::header::WWW_AUTHENTICATE, axum::http::HeaderValue::from_static(challenge));
        }
        res
    }
}

impl From<axum::extract::rejection::JsonRejection> for Error {
    fn from(r: axum::extract::rejection::JsonRejection) -> Self {
        if r.status() == StatusCode::PAYLOAD_TOO_LARGE {
            return Error::TooLarge;
        }
        // serde's messages can quote a value of the wrong type; they go back only to the client that sent it, never
        // to a log (4xx are not logged).
        Error::BadRequest(r.body_text())
    }
}

impl From<axum::extract::multipart::MultipartError> for Error {
    fn from(e: axum::extract::multipart::MultipartError) -> Self {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            return Error::TooLarge;
        }
        Error::BadRequest(format!("malformed multipart body: {}", e.body_text()))
    }
}

impl From<axum::extract::multipart::MultipartRejection> for Error {
    fn from(r: axum::extract::multipart::MultipartRejection) -> Self {
        Error::BadRequest(r.body_text())
    }
}
