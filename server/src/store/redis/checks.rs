//! Startup checks: Redis must keep what it acknowledges (or the operator must have said it need not), and the data
//! must be of a schema this binary understands.

use redis::{FromRedisValue, Value};

use super::super::StoreError;
use super::conn::Conn;
use super::keys::Keys;

/// The schema this binary writes. A newer one in Redis means a newer Cinder wrote there: refuse rather than misread.
/// 2: receipts of secrets that open several times carry their charge in their ledger member (`keys::Entry`), which
/// a schema-1 binary could not parse (it would set them aside and never give their room back).
/// 3: requests (envelope revision 3), whose ledger entries (`q:…`) a schema-2 binary could not parse, and whose ids
/// such a binary would let a secret take.
pub const SCHEMA: u64 = 3;

/// The schema key's TTL when this server writes it (every create extends it with the ledger): no key without a TTL.
const SCHEMA_TTL_MS: u64 = 400 * 86_400 * 1000;

/// What each primary must be set to, with why, for the refusal message.
const REQUIRED: [(&str, &str, &str); 3] = [
    ("appendonly", "yes", "without the append-only file a restart forgets every secret"),
    ("appendfsync", "always", "anything else acknowledges writes before they are on disk"),
    ("maxmemory-policy", "noeviction", "any other policy may silently evict live secrets"),
];

/// Checks `appendonly yes`, `appendfsync always` and `maxmemory-policy noeviction` on every primary. With
/// `allow_ram_only`, a mismatch is only warned about, loudly.
pub async fn durability(conn: &Conn, allow_ram_only: bool) -> Result<(), StoreError> {
    let mut problems = Vec::new();
    for (name, want, why) in REQUIRED {
        let answers = conn
            .on_every_primary(redis::cmd("CONFIG").arg("GET").arg(name))
            .await
            .map_err(|e| StoreError(format!("cannot read Redis's `{name}` setting (is CONFIG disabled?): {e}")))?;
        for (node, value) in answers {
            let got = config_value(value).unwrap_or_default();
            if got != want {
                problems.push(format!("{node} has `{name} {got}`: set `{name} {want}` ({why})"));
            }
        }
    }
    if problems.is_empty() {
        return Ok(());
    }
    let list = problems.join("; ");
    if allow_ram_only {
        tracing::warn!("CINDER_REDIS_ALLOW_RAM_ONLY=true: Redis does not keep secrets durably, and a restart forgets every secret: {list}");
        return Ok(());
    }
    Err(StoreError(format!(
        "Redis is not durable enough for secrets: {list}. Change it in redis.conf (and CONFIG SET), or accept that a \
         restart forgets every secret with CINDER_REDIS_ALLOW_RAM_ONLY=true"
    )))
}

/// The value in a `CONFIG GET name` answer (a map in RESP3, a pair in RESP2).
fn config_value(value: Value) -> Option<String> {
    if let Value::ServerError(_) = value {
        return None;
    }
    let pairs: Vec<String> = match value {
        Value::Map(m) => m.into_iter().flat_map(|(k, v)| [k, v]).filter_map(|v| String::from_redis_value(v).ok()).collect(),
        other => Vec::<String>::from_redis_value(other).ok()?,
    };
    pairs.get(1).cloned()
}

/// Writes the schema version if there is none; refuses data of a newer schema.
pub async fn schema(conn: &Conn, keys: &Keys) -> Result<(), StoreError> {
    let key = keys.schema();
    let _: Option<String> = conn.query(redis::cmd("SET").arg(&key).arg(SCHEMA).arg("NX").arg("PX").arg(SCHEMA_TTL_MS)).await?;
    let found: Option<String> = conn.query(redis::cmd("GET").arg(&key)).await?;
    match found.as_deref().map(str::parse::<u64>) {
        Some(Ok(v)) if v < SCHEMA => {
            // Raised at once, so an older binary started on this Redis from now on refuses instead of misreading.
            let _: Option<String> = conn.query(redis::cmd("SET").arg(&key).arg(SCHEMA).arg("XX").arg("KEEPTTL")).await?;
            Ok(())
        }
        Some(Ok(v)) if v == SCHEMA => Ok(()),
        Some(Ok(v)) => Err(StoreError(format!(
            "this Redis holds Cinder data of schema {v}, written by a newer version; this one understands schema {SCHEMA}: \
             run the newer version (or point CINDER_STORE at another Redis)"
        ))),
        Some(Err(_)) => Err(StoreError(format!("the key {key} does not hold a schema version: is this Redis used by something else?"))),
        // Deleted between the two commands (its TTL ran out): written again by the next start, nothing to refuse.
        None => Ok(()),
    }
}
