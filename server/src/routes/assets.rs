//! The embedded web client: precompressed variants chosen by Accept-Encoding, immutable caching for hashed names,
//! and the single-page-app fallback for every other path: `open.html` (the client's open bundle) for the pages of links
//! people receive and of receipts, `request.html` (the request bundle) for asking, answering and the asker's page,
//! `index.html` (the create bundle) for the rest.

use std::borrow::Cow;

use axum::body::{Body, Bytes};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use rust_embed::RustEmbed;

/// `dist/` as built by trunk plus the lead's build step (which writes `X.br` and `X.gz` beside every file `X`).
/// Missing when the client was not built: the server then serves [`NOT_BUILT`].
#[derive(RustEmbed)]
#[folder = "$CARGO_MANIFEST_DIR/../dist"]
#[allow_missing = true]
struct Dist;

const INDEX: &str = "index.html";
const OPEN: &str = "open.html";
const REQUEST: &str = "request.html";

/// The page for a client route (`path` without its leading slash), split as the client's `Bundle`s are
/// (client/src/lib.rs, and `Route::from_path` in client/src/router.rs): secret, receipt and privacy pages are the open
/// bundle, the request pages the request bundle, the rest the create one.
fn page_for(path: &str) -> &'static str {
    match path.strip_suffix('/').unwrap_or(path) {
        "s" | "r" | "privacy" => OPEN,
        "request" | "q" | "a" => REQUEST,
        _ => INDEX,
    }
}

const NOT_BUILT: &str = "<!doctype html><meta charset=\"utf-8\"><title>Cinder</title>\
<h1>Cinder</h1><p>The web client was not built into this binary. Run <code>cargo xtask serve</code> \
(or <code>cargo xtask build</code>, which builds the client into <code>dist/</code> and then the server).</p><p>The API is available under \
<code>/api/v1/</code>.</p>\n";

pub async fn serve(method: Method, uri: Uri, headers: HeaderMap) -> Response {
    if method != Method::GET && method != Method::HEAD {
        return (StatusCode::METHOD_NOT_ALLOWED, [(header::ALLOW, "GET, HEAD")], "method not allowed\n").into_response();
    }
    let path = uri.path().strip_prefix('/').unwrap_or(uri.path());
    // The pages themselves only answer client routes (so they always come with their route's headers); asked for by
    // name they are a 404 like any other missing file.
    if !path.is_empty() && !is_page(path) && Dist::get(path).is_some() {
        return file(path, &headers, false);
    }
    if !path.is_empty() && looks_like_file(path) {
        // A stale hashed asset or a typo must not come back as HTML with a 200.
        return (StatusCode::NOT_FOUND, [(header::CACHE_CONTROL, "no-cache")], "not found\n").into_response();
    }
    let page = page_for(path);
    if Dist::get(page).is_none() {
        let h = [(header::CONTENT_TYPE, "text/html; charset=utf-8"), (header::CACHE_CONTROL, "no-cache")];
        return (h, NOT_BUILT).into_response();
    }
    // No client route but the create page itself should be indexed (secret and receipt pages least of all).
    file(page, &headers, !path.is_empty())
}

fn is_page(path: &str) -> bool {
    [INDEX, OPEN, REQUEST].contains(&path)
}

/// Answers with the embedded file `name`, or its best precompressed variant.
fn file(name: &str, req: &HeaderMap, noindex: bool) -> Response {
    let accept = accept_encoding(req);
    let variant = [("br", ".br"), ("gzip", ".gz")]
        .into_iter()
        .filter(|(coding, _)| accepts(&accept, coding))
        .find_map(|(coding, ext)| Dist::get(&format!("{name}{ext}")).map(|f| (Some(coding), f)));
    let (coding, body) = match variant {
        Some(v) => v,
        None => match Dist::get(name) {
            Some(f) => (None, f),
            None => return StatusCode::NOT_FOUND.into_response(),
        },
    };
    let etag = format!("\"{}\"", hex(&body.metadata.sha256_hash()[..12]));
    let mut h = HeaderMap::new();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type(name)));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache_control(name)));
    h.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    h.insert(header::ETAG, HeaderValue::from_str(&etag).expect("hex is a valid header"));
    if let Some(coding) = coding {
        h.insert(header::CONTENT_ENCODING, HeaderValue::from_static(coding));
    }
    if noindex {
        h.insert("x-robots-tag", HeaderValue::from_static("noindex"));
    }
    let fresh = req.get_all(header::IF_NONE_MATCH).iter().filter_map(|v| v.to_str().ok()).any(|v| {
        v.split(',').any(|t| {
            let t = t.trim();
            t == "*" || t.trim_start_matches("W/") == etag
        })
    });
    if fresh {
        return (StatusCode::NOT_MODIFIED, h).into_response();
    }
    let bytes = match body.data {
        Cow::Borrowed(b) => Bytes::from_static(b),
        Cow::Owned(v) => Bytes::from(v),
    };
    (h, Body::from(bytes)).into_response()
}

fn accept_encoding(req: &HeaderMap) -> String {
    req.get_all(header::ACCEPT_ENCODING).iter().filter_map(|v| v.to_str().ok()).collect::<Vec<_>>().join(",")
}

/// Whether an Accept-Encoding value allows `coding` (q > 0, directly or through `*`).
fn accepts(accept: &str, coding: &str) -> bool {
    let mut star = false;
    for item in accept.split(',') {
        let mut parts = item.split(';');
        let name = parts.next().unwrap_or("").trim();
        let q = parts.find_map(|p| p.trim().strip_prefix("q=")).map(|q| q.trim().parse::<f32>().unwrap_or(0.0)).unwrap_or(1.0);
        if name.eq_ignore_ascii_case(coding) {
            return q > 0.0;
        }
        if name == "*" {
            star = q > 0.0;
        }
    }
    star
}

/// trunk names hashed assets `name-<16 hex digits>...`; those never change, so caches may keep them forever.
fn is_hashed(name: &str) -> bool {
    // trunk writes its 64-bit content hash in hex without leading zeros, so one build in sixteen has 15 digits (and
    // rarer ones fewer): accept 12 to 16 hex digits after a '-', which no hand-named file looks like.
    let file = name.rsplit('/').next().unwrap_or(name).as_bytes();
    file.iter().enumerate().any(|(i, &b)| {
        let digits = file[i + 1..].iter().take_while(|c| c.is_ascii_hexdigit()).count();
        b == b'-' && (12..=16).contains(&digits)
    })
}

fn cache_control(name: &str) -> &'static str {
    if is_hashed(name) {
        "public, max-age=31536000, immutable"
    } else if name == OPEN || name == REQUEST {
        // Never stored, so no back/forward cache keeps a page that showed an opened secret (or answer).
        "no-store"
    } else {
        "no-cache"
    }
}

fn looks_like_file(path: &str) -> bool {
    path.rsplit('/').next().is_some_and(|last| last.contains('.'))
}

fn content_type(name: &str) -> &'static str {
    match name.rsplit_once('.').map(|(_, ext)| ext.to_ascii_lowercase()).as_deref() {
        Some("html") => "text/html; charset=utf-8",
        Some("js" | "mjs") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("json" | "map") => "application/json",
        Some("webmanifest") => "application/manifest+json",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("webp") => "image/webp",
        Some("woff2") => "font/woff2",
        Some("woff") => "font/woff",
        Some("txt") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_names_are_recognised() {
        assert!(is_hashed("create-0123456789abcdef_bg.wasm"));
        assert!(is_hashed("create-0123456789abcdef.js"));
        assert!(is_hashed("assets/style-fedcba9876543210.css"));
        assert!(!is_hashed("index.html"));
        assert!(!is_hashed("create.js"));
        assert!(is_hashed("x-123456789abcdef.js"), "trunk drops leading zeros: 15 digits");
        assert!(!is_hashed("x-0123456789a.js"), "11 digits");
        assert!(!is_hashed("x-0123456789abcdef0.js"), "17 digits");
        assert_eq!(cache_control("index.html"), "no-cache");
        assert_eq!(cache_control("open.html"), "no-store");
        assert_eq!(cache_control("request.html"), "no-store");
        assert_eq!(cache_control("i18n/sv.json"), "no-cache");
    }

    #[test]
    fn secret_receipt_and_privacy_pages_are_the_open_bundle() {
        for path in ["s", "s/", "r", "r/", "privacy", "privacy/"] {
            assert_eq!(page_for(path), OPEN, "{path}");
        }
        for path in ["request", "request/", "q", "q/", "a", "a/"] {
            assert_eq!(page_for(path), REQUEST, "{path}");
        }
        for path in ["", "s//", "s/x", "secret", "receipts", "privacy/x", "requests", "q/x"] {
            assert_eq!(page_for(path), INDEX, "{path}");
        }
    }

    #[test]
    fn accept_encoding_honours_q_values() {
        assert!(accepts("gzip, deflate, br, zstd", "br"));
        assert!(accepts("gzip;q=0.5", "gzip"));
        assert!(!accepts("gzip;q=0.5", "br"));
        assert!(!accepts("br;q=0, *", "br"));
        assert!(accepts("*", "br"));
        assert!(!accepts("", "gzip"));
    }

    #[test]
    fn wasm_has_its_media_type() {
        assert_eq!(content_type("create-0123456789abcdef_bg.wasm"), "application/wasm");
        assert_eq!(content_type("index.html"), "text/html; charset=utf-8");
    }
}
