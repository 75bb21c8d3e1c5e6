//! Per-client creation limit: token buckets keyed by client address. In memory ([`RateLimiter`], never stored, never
//! logged), or shared by every server on one Redis ([`SharedLimit`], buckets named by a keyed hash of the address);
//! routes ask [`Limiter::allow`] either way.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv6Addr, SocketAddr};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Instant;

use axum::http::{HeaderMap, HeaderName};

use crate::store::{StoreError, StoreFuture};

/// Who a request comes from, as far as the limit is concerned. Deliberately not `Debug`: it must never reach a log.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct ClientKey(IpAddr);

impl ClientKey {
    /// The client named by the trusted proxy header when configured (rightmost entry, the one the proxy added), else the
    /// TCP peer. IPv6 clients are keyed by their /64, which one subscriber usually holds whole.
    pub fn of(headers: &HeaderMap, peer: Option<SocketAddr>, trusted: Option<&HeaderName>) -> ClientKey {
        let from_header = trusted
            .and_then(|name| headers.get_all(name).iter().next_back())
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.rsplit(',').next())
            .and_then(parse_addr);
        if let (Some(name), None) = (trusted, from_header) {
            warn_unusable_header(name);
        }
        let ip = from_header.or(peer.map(|p| p.ip())).unwrap_or(IpAddr::from([0, 0, 0, 0]));
        ClientKey(match ip {
            IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
                Some(v4) => IpAddr::V4(v4),
                None => {
                    let s = v6.segments();
                    IpAddr::V6(Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
                }
            },
            v4 => v4,
        })
    }

    /// The address bytes the key stands for (4 for IPv4, 16 for an IPv6 /64), for a keyed hash; never for a log.
    pub(crate) fn bytes(&self) -> Vec<u8> {
        match self.0 {
            IpAddr::V4(v4) => v4.octets().to_vec(),
            IpAddr::V6(v6) => v6.octets().to_vec(),
        }
    }
}

/// A limit kept outside this process, shared by every server on one store: takes one of `per_minute` tokens (refilled
/// over a minute) for `client`; false when none is left.
pub trait SharedLimit: Send + Sync {
    /// Takes a token; an error when the store cannot answer (the request then answers 503: fail closed).
    fn take(&self, client: ClientKey, per_minute: u32) -> StoreFuture<'_, bool>;
}

/// The creation limit routes ask: this process's buckets, or the store's shared ones.
pub enum Limiter {
    /// Buckets in memory (sled, or tests).
    Local(RateLimiter),
    /// Buckets in the store (Redis), `per_minute` each.
    Shared {
        /// Creates per client per minute; 0 lets everything through.
        per_minute: u32,
        /// Where the buckets are.
        limit: Arc<dyn SharedLimit>,
    },
}

impl Limiter {
    /// The shared limit when the store has one, else buckets in memory.
    pub fn new(per_minute: u32, shared: Option<Arc<dyn SharedLimit>>) -> Limiter {
        match shared {
            Some(limit) => Limiter::Shared { per_minute, limit },
            None => Limiter::Local(RateLimiter::new(per_minute)),
        }
    }

    /// Takes one create for `client`: false when it has used up its minute.
    pub async fn allow(&self, client: ClientKey) -> Result<bool, StoreError> {
        match self {
            Limiter::Local(l) => Ok(l.allow(client, Instant::now())),
            Limiter::Shared { per_minute: 0, .. } => Ok(true),
            Limiter::Shared { per_minute, limit } => limit.take(client, *per_minute).await,
        }
    }

    /// Forgets refilled buckets (in memory; the shared ones expire by themselves).
    pub fn prune(&self, now: Instant) {
        if let Limiter::Local(l) = self {
            l.prune(now);
        }
    }
}

/// Once per process: without a usable header every client shares the proxy's bucket, which an admin must hear about.
/// The header's value is never logged (it is a client address).
fn warn_unusable_header(name: &HeaderName) {
    static WARNED: std::sync::Once = std::sync::Once::new();
    WARNED.call_once(|| {
        tracing::warn!(header = %name, "CINDER_CLIENT_IP_HEADER is missing or unparseable in a request; rate limiting falls back to the proxy's address");
    });
}

/// An address as proxies write it: `203.0.113.9`, `203.0.113.9:4711`, `[2001:db8::1]:4711`, or an RFC 7239 element
/// (`for=192.0.2.60;proto=https`, `for="[2001:db8::1]:4711"`).
fn parse_addr(text: &str) -> Option<IpAddr> {
    let mut text = text.trim();
    if let Some(node) = text.split(';').find_map(|pair| pair.trim().strip_prefix("for=").or_else(|| pair.trim().strip_prefix("For="))) {
        text = node.trim_matches('"');
    }
    let bracketed = text.strip_prefix('[').and_then(|t| t.split_once(']')).map(|(ip, _)| ip);
    bracketed.unwrap_or(text).parse::<IpAddr>().ok().or_else(|| text.parse::<SocketAddr>().ok().map(|s| s.ip()))
}

/// Token buckets: each client may create `per_minute` secrets in a burst, refilled continuously.
pub struct RateLimiter {
    per_minute: u32,
    buckets: Mutex<HashMap<ClientKey, Bucket>>,
}

struct Bucket {
    tokens: f64,
    at: Instant,
}

impl RateLimiter {
    /// `per_minute == 0` lets everything through.
    pub fn new(per_minute: u32) -> RateLimiter {
        RateLimiter { per_minute, buckets: Mutex::new(HashMap::new()) }
    }

    /// Takes one token for `client`; false when its bucket is empty.
    pub fn allow(&self, client: ClientKey, now: Instant) -> bool {
        if self.per_minute == 0 {
            return true;
        }
        let cap = f64::from(self.per_minute);
        let mut buckets = self.buckets.lock().unwrap_or_else(PoisonError::into_inner);
        let b = buckets.entry(client).or_insert(Bucket { tokens: cap, at: now });
        b.tokens = (b.tokens + now.saturating_duration_since(b.at).as_secs_f64() * cap / 60.0).min(cap);
        b.at = now;
        if b.tokens >= 1.0 {
            b.tokens -= 1.0;
            true
        } else {
            false
        }
    }

    /// Forgets clients whose buckets have refilled, so memory follows recent clients only.
    pub fn prune(&self, now: Instant) {
        let cap = f64::from(self.per_minute);
        let mut buckets = self.buckets.lock().unwrap_or_else(PoisonError::into_inner);
        buckets.retain(|_, b| b.tokens + now.saturating_duration_since(b.at).as_secs_f64() * cap / 60.0 < cap);
    }

    /// Clients currently remembered.
    pub fn tracked(&self) -> usize {
        self.buckets.lock().unwrap_or_else(PoisonError::into_inner).len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn key(s: &str) -> ClientKey {
        ClientKey::of(&HeaderMap::new(), Some(s.parse().unwrap()), None)
    }

    #[test]
    fn burst_then_refill() {
        let rl = RateLimiter::new(3);
        let t0 = Instant::now();
        let a = key("192.0.2.1:1000");
        assert!((0..3).all(|_| rl.allow(a, t0)));
        assert!(!rl.allow(a, t0));
        assert!(rl.allow(key("192.0.2.2:1000"), t0), "another client has its own bucket");
        assert!(rl.allow(a, t0 + Duration::from_secs(20)), "one token back after a third of a minute");
        rl.prune(t0 + Duration::from_secs(120));
        assert_eq!(rl.tracked(), 0);
    }

    #[test]
    fn ipv6_clients_share_their_64() {
        assert!(key("[2001:db8:1:2:aaaa::1]:1") == key("[2001:db8:1:2:bbbb::9]:2"));
        assert!(key("[2001:db8:1:3::1]:1") != key("[2001:db8:1:2::1]:1"));
        assert!(key("[::ffff:192.0.2.1]:1") == key("192.0.2.1:5"));
    }

    #[test]
    fn trusted_header_names_the_client() {
        let name = HeaderName::from_static("x-forwarded-for");
        let mut h = HeaderMap::new();
        h.insert(&name, "198.51.100.7, 203.0.113.9".parse().unwrap());
        let peer = Some("127.0.0.1:9".parse().unwrap());
        assert!(ClientKey::of(&h, peer, Some(&name)) == key("203.0.113.9:0"));
        assert!(ClientKey::of(&h, peer, None) == key("127.0.0.1:1"), "ignored unless configured");
        assert!(ClientKey::of(&HeaderMap::new(), peer, Some(&name)) == key("127.0.0.1:1"), "falls back to the peer");
    }

    #[test]
    fn forwarded_header_of_rfc_7239_names_the_client() {
        let name = HeaderName::from_static("forwarded");
        let peer = Some("127.0.0.1:9".parse().unwrap());
        for (value, client) in [
            ("for=192.0.2.60;proto=http;by=203.0.113.43", "192.0.2.60:0"),
            ("for=198.51.100.1, for=\"[2001:db8:cafe::17]:4711\"", "[2001:db8:cafe::]:0"),
            ("proto=https;for=\"203.0.113.9:8443\"", "203.0.113.9:0"),
        ] {
            let mut h = HeaderMap::new();
            h.insert(&name, value.parse().unwrap());
            assert!(ClientKey::of(&h, peer, Some(&name)) == key(client), "{value}");
        }
    }
}
