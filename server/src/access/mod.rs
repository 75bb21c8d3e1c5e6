//! Who may create secrets (`CINDER_CREATE`): anyone, nobody (an instance that only opens links), or, restricted, a
//! request that any configured rule lets through: a creator token, an identity a trusted reverse proxy vouches for, or
//! a client address in an allowlist. Opening, peeking and receipts never pass through here.
//!
//! No accounts and no cookies: the rules look at one request and forget it. An identity or token only picks the rate
//! limit's bucket; it is never stored with a secret or logged.

pub mod client_addr;
pub mod tokens;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use axum::http::{header, HeaderMap, HeaderName};
use ipnet::IpNet;

use self::client_addr::ClientAddr;
use self::tokens::{TokenFile, Verdict};
use crate::ratelimit::ClientKey;

/// `CINDER_CREATE`: who may create.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum CreateMode {
    /// Anyone who can reach the server (a personal box).
    Open,
    /// Only requests a rule allows: a creator token, a trusted proxy's identity header, an allowlisted address.
    Restricted,
    /// Nobody: this instance only opens links (e.g. the public half of a split deployment on one Redis).
    Off,
}

/// The validated rules (part of `Config`).
#[derive(Clone, Debug)]
pub struct Rules {
    /// Who may create.
    pub mode: CreateMode,
    /// Creator tokens (restricted only), reloaded when the file changes.
    pub tokens: Option<Arc<TokenFile>>,
    /// Header naming the signed-in person, set by a trusted proxy (restricted only).
    pub identity_header: Option<HeaderName>,
    /// Header listing the person's groups (comma- or `|`-separated), with [`Rules::allowed_groups`].
    pub groups_header: Option<HeaderName>,
    /// Groups one of which the person must be in; empty: any signed-in person.
    pub allowed_groups: Vec<String>,
    /// Peers whose identity and client-address headers are believed.
    pub trusted_proxies: Vec<IpNet>,
    /// Client addresses that may create (restricted only).
    pub allow_cidrs: Vec<IpNet>,
    /// Where the page sends people to sign in, if anywhere (e.g. oauth2-proxy's `/oauth2/start`).
    pub sign_in_url: Option<String>,
}

/// What the rules say of one request.
#[derive(PartialEq, Eq)]
pub enum Decision {
    /// It may create; its rate limit is this key's.
    Allowed(ClientKey),
    /// Nobody may create here.
    Off,
    /// Restricted, and no rule matched: a sign-in or a token is needed. `invalid_token`: one was given and is unknown,
    /// revoked, expired or malformed.
    SignIn {
        /// A bearer token was presented and refused.
        invalid_token: bool,
    },
    /// An identity header came from a peer that is not a trusted proxy: a forgery, or a proxy missing from
    /// `CINDER_TRUSTED_PROXIES`; refused so that the misconfiguration shows.
    UntrustedIdentity,
    /// The proxy vouches for the person, who is in none of the allowed groups.
    NotInGroup,
}

impl Rules {
    /// Applies the rules to a request from `client`, at `now` (unix seconds).
    pub fn decide(&self, headers: &HeaderMap, client: ClientAddr, now: u64) -> Decision {
        let by_addr = ClientKey::addr(client.ip);
        match self.mode {
            CreateMode::Open => return Decision::Allowed(by_addr),
            CreateMode::Off => return Decision::Off,
            CreateMode::Restricted => {}
        }
        if let Some(value) = headers.get(header::AUTHORIZATION) {
            let token = value.to_str().ok().and_then(bearer);
            return match (token, &self.tokens) {
                (Some(token), Some(file)) => match file.verify(token, now) {
                    Verdict::Valid(hash) => Decision::Allowed(ClientKey::named("token", &hash)),
                    Verdict::Invalid => Decision::SignIn { invalid_token: true },
                },
                _ => Decision::SignIn { invalid_token: true },
            };
        }
        if let Some(name) = &self.identity_header {
            let person = headers.get(name).map(|v| v.as_bytes()).map(<[u8]>::trim_ascii).filter(|v| !v.is_empty());
            if let Some(person) = person {
                if !client.via_trusted_proxy {
                    warn_untrusted(name);
                    return Decision::UntrustedIdentity;
                }
                if !self.allowed_groups.is_empty() && !self.in_allowed_group(headers) {
                    return Decision::NotInGroup;
                }
                return Decision::Allowed(ClientKey::named("person", person));
            }
        }
        if self.allow_cidrs.iter().any(|net| net.contains(&client.ip)) {
            return Decision::Allowed(by_addr);
        }
        Decision::SignIn { invalid_token: false }
    }

    fn in_allowed_group(&self, headers: &HeaderMap) -> bool {
        let Some(name) = &self.groups_header else { return false };
        headers
            .get_all(name)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split([',', '|']))
            .map(str::trim)
            .any(|group| self.allowed_groups.iter().any(|g| g == group))
    }
}

/// The token of an `Authorization: Bearer <token>` value (the scheme is case-insensitive).
fn bearer(value: &str) -> Option<&str> {
    let (scheme, token) = value.trim().split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim())
}

/// At most one warning a minute: a forged header is loud enough for an admin to see, not a way to flood the log.
/// Neither the header's value nor the peer's address is logged.
fn warn_untrusted(name: &HeaderName) {
    static LAST: AtomicU64 = AtomicU64::new(0);
    let now = tokens::unix_now();
    let last = LAST.load(Ordering::Relaxed);
    if now >= last + 60 && LAST.compare_exchange(last, now, Ordering::Relaxed, Ordering::Relaxed).is_ok() {
        tracing::warn!(
            header = %name,
            "a create carried the identity header from a peer outside CINDER_TRUSTED_PROXIES: refused (a forgery, or \
             the proxy's address is missing from CINDER_TRUSTED_PROXIES)"
        );
    }
}

/// The setting's value as a list of networks (`10.0.0.0/8`, `192.0.2.7`, `2001:db8::/32`), or the entry that is not one.
pub fn parse_cidrs(text: &[String]) -> Result<Vec<IpNet>, String> {
    text.iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .map(|s| {
            s.parse::<IpNet>()
                .or_else(|_| s.parse::<std::net::IpAddr>().map(IpNet::from))
                .map_err(|_| format!("`{s}` is not an address or a network such as 10.0.0.0/8"))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(mode: CreateMode) -> Rules {
        Rules {
            mode,
            tokens: None,
            identity_header: Some(HeaderName::from_static("x-forwarded-user")),
            groups_header: None,
            allowed_groups: vec![],
            trusted_proxies: vec![],
            allow_cidrs: parse_cidrs(&["192.0.2.0/24".into()]).unwrap(),
            sign_in_url: None,
        }
    }

    fn from(ip: &str, trusted: bool) -> ClientAddr {
        ClientAddr { ip: ip.parse().unwrap(), via_trusted_proxy: trusted }
    }

    fn user(name: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert("x-forwarded-user", name.parse().unwrap());
        h
    }

    #[test]
    fn any_matching_rule_lets_a_create_through() {
        let r = rules(CreateMode::Restricted);
        let none = HeaderMap::new();
        assert!(matches!(r.decide(&none, from("192.0.2.9", false), 0), Decision::Allowed(_)), "allowlisted address");
        assert!(r.decide(&none, from("198.51.100.1", false), 0) == Decision::SignIn { invalid_token: false });
        assert!(matches!(r.decide(&user("alice"), from("10.0.0.1", true), 0), Decision::Allowed(_)), "vouched for");
        assert!(r.decide(&user("alice"), from("10.0.0.1", false), 0) == Decision::UntrustedIdentity, "forged");
        assert!(r.decide(&user(" "), from("10.0.0.1", true), 0) == Decision::SignIn { invalid_token: false }, "empty");
        let mut bad = HeaderMap::new();
        bad.insert(header::AUTHORIZATION, "Bearer cinder_ct_nope".parse().unwrap());
        assert!(r.decide(&bad, from("192.0.2.9", false), 0) == Decision::SignIn { invalid_token: true }, "a bad token is refused");
        assert!(r.decide(&none, from("192.0.2.9", false), 0) != Decision::Off);
        assert!(rules(CreateMode::Off).decide(&user("alice"), from("10.0.0.1", true), 0) == Decision::Off);
        assert!(matches!(rules(CreateMode::Open).decide(&none, from("198.51.100.1", false), 0), Decision::Allowed(_)));
    }

    #[test]
    fn groups_narrow_who_is_vouched_for() {
        let mut r = rules(CreateMode::Restricted);
        r.groups_header = Some(HeaderName::from_static("x-forwarded-groups"));
        r.allowed_groups = vec!["secrets".into()];
        let mut h = user("alice");
        assert!(r.decide(&h, from("10.0.0.1", true), 0) == Decision::NotInGroup);
        h.insert("x-forwarded-groups", "staff|secrets".parse().unwrap());
        assert!(matches!(r.decide(&h, from("10.0.0.1", true), 0), Decision::Allowed(_)));
        h.insert("x-forwarded-groups", "staff, ops".parse().unwrap());
        assert!(r.decide(&h, from("10.0.0.1", true), 0) == Decision::NotInGroup);
    }

    #[test]
    fn a_bearer_value_has_its_scheme() {
        assert_eq!(bearer("Bearer abc"), Some("abc"));
        assert_eq!(bearer("bearer  abc "), Some("abc"));
        assert_eq!(bearer("Basic abc"), None);
        assert_eq!(bearer("abc"), None);
    }
}
