//! What every route extracts the same way: the client a request counts against, JSON bodies, and the cross-site
//! refusal that keeps other sites' pages from creating secrets through their visitors' browsers.

use axum::extract::rejection::JsonRejection;
use axum::extract::{ConnectInfo, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{header, Method};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Json;

use crate::error::Error;
use crate::ratelimit::ClientKey;
use crate::AppState;

/// The client a request counts against. Not `Debug`, never logged.
pub struct Client(pub ClientKey);

impl FromRequestParts<AppState> for Client {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Client, Error> {
        let peer = parts.extensions.get::<ConnectInfo<std::net::SocketAddr>>().map(|c| c.0);
        Ok(Client(ClientKey::of(&parts.headers, peer, state.config.client_ip_header.as_ref())))
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
