//! What every route extracts the same way: who is asking (its address, and whether the creation rules let it create),
//! JSON bodies, and the cross-site refusal that keeps other sites' pages from creating secrets through their visitors'
//! browsers.

use axum::extract::rejection::JsonRejection;
use axum::extract::{ConnectInfo, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{header, Method};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Json;

use crate::access::client_addr;
use crate::access::tokens::unix_now;
use crate::access::Decision;
use crate::error::Error;
use crate::ratelimit::ClientKey;
use crate::AppState;

/// What the creation rules (`access`) say of this request. Not `Debug`, never logged.
pub struct Asker(pub Decision);

impl FromRequestParts<AppState> for Asker {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Asker, Error> {
        let peer = parts.extensions.get::<ConnectInfo<std::net::SocketAddr>>().map(|c| c.0);
        let c = &state.config;
        let client = client_addr::resolve(&parts.headers, peer, c.client_ip_header.as_ref(), &c.access.trusted_proxies);
        Ok(Asker(c.access.decide(&parts.headers, client, unix_now())))
    }
}

impl Asker {
    /// The key the create counts against, or the refusal it gets.
    pub fn may_create(self) -> Result<ClientKey, Error> {
        match self.0 {
            Decision::Allowed(key) => Ok(key),
            Decision::Off => Err(Error::CreateOff),
            Decision::SignIn { invalid_token } => Err(Error::Unauthorized { invalid_token }),
            Decision::UntrustedIdentity => Err(Error::UntrustedIdentity),
            Decision::NotInGroup => Err(Error::Forbidden),
        }
    }
}

/// A JSON body, or the error its rejection stands for.
pub fn json<T>(body: Result<Json<T>, JsonRejection>) -> Result<T, Error> {
    Ok(body?.0)
}

/// Refuses API POSTs that a browser says come from another site. A multipart create is a CORS-simple request, which a
/// foreign page could send with `mode: no-cors`; browsers mark it `Sec-Fetch-Site: cross-site` (or, older ones, with
/// a foreign `Origin`). Clients that are not browsers send neither header and are not affected.
pub async fn same_origin_only(req: Request, next: Next) -> Response {
    if req.method() == Method::POST && is_cross_site(&req) {
        return Error::CrossSite.into_response();
    }
    next.run(req).await
}

fn is_cross_site(req: &Request) -> bool {
    let headers = req.headers();
    if let Some(site) = headers.get("sec-fetch-site") {
        // `none`: typed or bookmarked by the person; `same-origin`: our own page.
        return !matches!(site.as_bytes(), b"same-origin" | b"none");
    }
    let Some(origin) = headers.get(header::ORIGIN).and_then(|o| o.to_str().ok()) else { return false };
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or_default();
    let authority = origin.split_once("://").map_or(origin, |(_, rest)| rest);
    origin == "null" || !authority.eq_ignore_ascii_case(host)
}
