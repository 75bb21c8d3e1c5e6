//! The creation rate limit shared by every server on this Redis: one token bucket per client in ONE key
//! (`P:{l:HASH}`, its own hash tag, so any cluster slot), updated by one script (`scripts/limit.lua`) that expires it
//! with the window.
//!
//! Client addresses never reach Redis: a bucket is named by HMAC-SHA256(shared key, address bytes), truncated to 16
//! bytes. The shared key is either the operator's (`CINDER_RATE_LIMIT_KEY_FILE`, handed to every server and never
//! written to Redis: Redis then holds only a fingerprint, so servers with different files or none refuse to start) or
//! 32 random bytes written by the first server with `SET NX` (`P:{ledger}:limit-key`) and read by every other one at
//! start; it is never logged.
//!
//! Why the key may sit in Redis beside the hashes: this hash keeps addresses out of Redis's data, its AOF, backups,
//! `MONITOR` and `SLOWLOG` for someone who reads those casually; it is not a defence against someone who reads the
//! whole keyspace. Such a reader can take the key and try every IPv4 address (2^32 HMACs: minutes) or every likely
//! IPv6 /64 against the bucket names, and so learn which addresses created a secret in the LAST MINUTE (a bucket
//! expires when it would be full again, at most a minute after its last create) — never which secret, and
//! the secrets they would see are ciphertext anyway. The operator's key file closes that, at the price of one more
//! secret for operators to hand every instance.

use std::sync::Arc;

use ring::hmac;
use ring::rand::SecureRandom as _;
use zeroize::Zeroizing;

use super::conn::Conn;
use super::keys::{hex, Keys};
use super::scripts;
use crate::ratelimit::{ClientKey, SharedLimit};
use crate::store::{StoreError, StoreFuture};

/// The limit key lives as long as the schema version (400 days), and every start renews it: it is gone only when no
/// server started for that long.
const KEY_TTL_MS: u64 = 400 * 86_400 * 1000;

/// Marks the limit-key entry as a fingerprint of an operator's key, not a key.
const FINGERPRINT_PREFIX: &str = "file:";

/// An operator's rate-limit key, as read from its file: never printed.
#[derive(Clone, PartialEq, Eq)]
pub struct LimitKey(Zeroizing<Vec<u8>>);

impl LimitKey {
    /// The key read from CINDER_RATE_LIMIT_KEY_FILE (checked there: trimmed, long enough).
    pub fn new(key: Zeroizing<Vec<u8>>) -> LimitKey {
        LimitKey(key)
    }

    /// What Redis holds in its place: proves two servers have the same key without revealing it.
    fn fingerprint(&self) -> String {
        let tag = hmac::sign(&hmac::Key::new(hmac::HMAC_SHA256, &self.0), b"cinder rate-limit key fingerprint");
        format!("{FINGERPRINT_PREFIX}{}", hex(&tag.as_ref()[..16]))
    }
}

impl std::fmt::Debug for LimitKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("LimitKey(<redacted>)")
    }
}

/// The shared limiter: a connection, the key names and the key addresses are hashed with.
pub struct RedisLimit {
    conn: Conn,
    keys: Keys,
    key: hmac::Key,
}

impl RedisLimit {
    /// With the operator's key: checks that every server has the same one (the fingerprint in Redis) and keeps the key
    /// itself out of Redis. Without: reads the shared key, writing a fresh one first if there is none.
    pub async fn open(conn: Conn, keys: Keys, given: Option<&LimitKey>) -> Result<Arc<RedisLimit>, StoreError> {
        let name = keys.limit_key();
        if let Some(given) = given {
            let mine = given.fingerprint();
            let found: Option<String> = conn.query(redis::cmd("GET").arg(&name)).await?;
            if found.as_deref().is_some_and(|f| f.starts_with(FINGERPRINT_PREFIX) && f != mine) {
                return Err(StoreError(
                    "CINDER_RATE_LIMIT_KEY_FILE: the other servers on this Redis use a different key; give every server the same file"
                        .into(),
                ));
            }
            // Replaces a random key kept there before: from now on no key is in Redis.
            let _: () = conn.query(redis::cmd("SET").arg(&name).arg(&mine).arg("PX").arg(KEY_TTL_MS)).await?;
            return Ok(Arc::new(RedisLimit { conn, keys, key: hmac::Key::new(hmac::HMAC_SHA256, &given.0) }));
        }
        let mut fresh = [0u8; 32];
        ring::rand::SystemRandom::new().fill(&mut fresh).map_err(|_| StoreError("the system random source failed".into()))?;
        let _: Option<String> = conn.query(redis::cmd("SET").arg(&name).arg(hex(&fresh)).arg("NX").arg("PX").arg(KEY_TTL_MS)).await?;
        let _: i64 = conn.query(redis::cmd("PEXPIRE").arg(&name).arg(KEY_TTL_MS)).await?;
        let found: Option<String> = conn.query(redis::cmd("GET").arg(&name)).await?;
        if found.as_deref().is_some_and(|f| f.starts_with(FINGERPRINT_PREFIX)) {
            return Err(StoreError(
                "CINDER_RATE_LIMIT_KEY_FILE: the other servers on this Redis have a rate-limit key file; give this one the same file"
                    .into(),
            ));
        }
        let bytes = found
            .as_deref()
            .and_then(super::keys::unhex::<32>)
            .ok_or_else(|| StoreError(format!("the key {name} does not hold a rate-limit key: is this Redis used by something else?")))?;
        Ok(Arc::new(RedisLimit { conn, keys, key: hmac::Key::new(hmac::HMAC_SHA256, &bytes) }))
    }

    /// The bucket's key name for `client`: a keyed hash, never the address.
    fn bucket(&self, client: &ClientKey) -> String {
        let tag = hmac::sign(&self.key, &client.bytes());
        self.keys.bucket(&hex(&tag.as_ref()[..16]))
    }
}

impl SharedLimit for RedisLimit {
    fn take(&self, client: ClientKey, per_minute: u32) -> StoreFuture<'_, bool> {
        let bucket = self.bucket(&client);
        Box::pin(async move {
            let mut inv = scripts::LIMIT.prepare_invoke();
            inv.key(bucket).arg(per_minute);
            let allowed: i64 = self.conn.script(&inv).await?;
            Ok(allowed == 1)
        })
    }
}
