//! Per-client creation limit: token buckets keyed by client (its address, or the person or creator token a create is
//! allowed for). In memory ([`RateLimiter`], never stored, never
//! logged), or shared by every server on one Redis ([`SharedLimit`], buckets named by a keyed hash of the address);
//! routes ask [`Limiter::allow`] either way.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv6Addr};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Instant;

use crate::store::{StoreError, StoreFuture};

/// Who a request counts against: an address (an IPv6 client by its /64, which one subscriber usually holds whole), or a
/// signed-in person or creator token by a hash of it. Deliberately not `Debug`: it must never reach a log.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct ClientKey(Key);

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Key {
    Addr(IpAddr),
    Named([u8; 32]),
}

impl ClientKey {
    /// A client known by its address (see `access::client_addr` for which one).
    pub fn addr(ip: IpAddr) -> ClientKey {
        ClientKey(Key::Addr(match ip {
            IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
                Some(v4) => IpAddr::V4(v4),
                None => {
                    let s = v6.segments();
                    IpAddr::V6(Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
                }
            },
            v4 => v4,
        }))
    }

    /// A client known by a name of `kind` (a person a proxy vouches for, a creator token's hash): its bucket follows
    /// it across addresses. Only a hash is kept, in memory.
    pub fn named(kind: &str, value: &[u8]) -> ClientKey {
        let mut ctx = ring::digest::Context::new(&ring::digest::SHA256);
        ctx.update(kind.as_bytes());
        ctx.update(&[0]);
        ctx.update(value);
        ClientKey(Key::Named(ctx.finish().as_ref().try_into().expect("SHA-256 is 32 bytes")))
    }

    /// The bytes the key stands for (4 for IPv4, 16 for an IPv6 /64, 33 for a name's hash), for a keyed hash; never
    /// for a log.
    pub(crate) fn bytes(&self) -> Vec<u8> {
        match self.0 {
            Key::Addr(IpAddr::V4(v4)) => v4.octets().to_vec(),
            Key::Addr(IpAddr::V6(v6)) => v6.octets().to_vec(),
            Key::Named(hash) => [&[b'n'][..], &hash].concat(),
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
    use std::net::SocketAddr;
    use std::time::Duration;

    fn key(s: &str) -> ClientKey {
        ClientKey::addr(s.parse::<SocketAddr>().unwrap().ip())
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
    fn named_clients_have_buckets_of_their_own() {
        let rl = RateLimiter::new(1);
        let t0 = Instant::now();
        assert!(rl.allow(ClientKey::named("user", b"alice"), t0));
        assert!(!rl.allow(ClientKey::named("user", b"alice"), t0));
        assert!(rl.allow(ClientKey::named("user", b"bob"), t0));
        assert!(rl.allow(ClientKey::named("token", b"alice"), t0), "kinds do not share a bucket");
        assert!(rl.allow(key("192.0.2.1:1"), t0));
    }
}
