//! Where everything lives in Redis: the key names, with the hash tags that keep each secret's keys in one cluster slot.
//!
//! Layout, for a prefix `P` (default `cinder`) and ids in lowercase hex:
//! - `P:{s:ID}:m` — a live secret's metadata (hash). Deleted when it is opened (its last time), burned or expired. A
//!   secret for several has `vl` (opens left) and `vw` (in all), and its receipt fields `vw` and `ops` (each open's
//!   time, comma-separated ms); a secret that opens once has none of them, as schema 1 wrote it.
//! - `P:{s:ID}:c:NONCE:I` — chunk `I` of its ciphertext (string, at most [`super::chunks::CHUNK`] bytes).
//! - `P:{s:ID}:r` — receipt states of the secrets created with this id (hash, fields prefixed `NONCE.`), under the
//!   secret's tag so that opening, a wrong last guess and burning change secret and receipt in ONE script.
//! - `P:{s:ID}:q` — a request (envelope revision 3; hash: `exp`, `av` answer verifier, `fv` fetch verifier, `note`,
//!   `at` answered at or `0`, `nonce` and `ch` naming its ledger entry). Its answer is the secret with the same id, so
//!   answering, and taking the answer (which deletes the request), are each ONE script on this tag.
//! - `P:{s:ID}:mv` — a secret imported from another store (`cinder move-secrets`): its verifier, kept until its expiry
//!   so that a rerun of an interrupted move never imports it twice, even after it was opened here.
//! - `P:{r:RKEY}` — the receipt pointer: `ID:NONCE`, written once with `SET NX` (which also makes receipt ids
//!   unique) and never changed, so reading it outside a script is safe; then the burn script runs on the secret's slot.
//! - `P:{ledger}:due`, `P:{ledger}:totals`, `P:{ledger}:schema` — the ledger (one slot): what is live, due when, and
//!   the totals the caps count; see `mod.rs`. `P:{ledger}:limit-key` — the key client addresses are hashed with.
//! - `P:{l:HASH}` — one client's creation budget (hash: `n` tokens, `at` ms), HASH a keyed hash of its address, never
//!   the address; it expires within a minute (`limit.rs`).
//!
//! NONCE is random per create, so a create that loses a race for an id never touches the winner's chunks, and an id
//! reused after its secret was consumed never meets the old receipt's fields.

use shared::envelope::SecretId;

use super::super::ReceiptKey;

/// Lowercase hex of some bytes.
pub fn hex(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push_str(&format!("{b:02x}"));
    }
    s
}

/// Parses what [`hex`] wrote into exactly `N` bytes.
pub fn unhex<const N: usize>(text: &str) -> Option<[u8; N]> {
    if text.len() != 2 * N {
        return None;
    }
    let mut out = [0u8; N];
    for (i, b) in out.iter_mut().enumerate() {
        *b = u8::from_str_radix(text.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    Some(out)
}

/// The names of one store's keys.
#[derive(Clone, Debug)]
pub struct Keys {
    prefix: String,
}

impl Keys {
    /// Keys under `prefix`, which must not contain `{` or `}` (it would move the hash tag).
    pub fn new(prefix: &str) -> Keys {
        Keys { prefix: prefix.to_owned() }
    }

    fn tag(&self, id: &SecretId) -> String {
        format!("{}:{{s:{}}}", self.prefix, hex(&id.0))
    }

    /// A secret's metadata.
    pub fn meta(&self, id: &SecretId) -> String {
        format!("{}:m", self.tag(id))
    }

    /// Receipt states of secrets with this id.
    pub fn receipts(&self, id: &SecretId) -> String {
        format!("{}:r", self.tag(id))
    }

    /// Chunk `i` of the ciphertext written by the create with `nonce`.
    pub fn chunk(&self, id: &SecretId, nonce: &str, i: u64) -> String {
        format!("{}:c:{nonce}:{i}", self.tag(id))
    }

    /// All chunk keys of a ciphertext in `n` chunks.
    pub fn chunks(&self, id: &SecretId, nonce: &str, n: u64) -> Vec<String> {
        (0..n).map(|i| self.chunk(id, nonce, i)).collect()
    }

    /// A request (its answer is the secret with the same id).
    pub fn request(&self, id: &SecretId) -> String {
        format!("{}:q", self.tag(id))
    }

    /// The mark of a secret imported from another store.
    pub fn moved(&self, id: &SecretId) -> String {
        format!("{}:mv", self.tag(id))
    }

    /// The receipt pointer (receipt lookup key -> `ID:NONCE`).
    pub fn pointer(&self, key: &ReceiptKey) -> String {
        format!("{}:{{r:{}}}", self.prefix, hex(key))
    }

    /// The ledger's due index (sorted set: member -> due time in ms).
    pub fn due(&self) -> String {
        format!("{}:{{ledger}}:due", self.prefix)
    }

    /// The ledger's totals (hash: `s` secrets, `r` receipts, `b` charged bytes).
    pub fn totals(&self) -> String {
        format!("{}:{{ledger}}:totals", self.prefix)
    }

    /// The schema version this data was written with.
    pub fn schema(&self) -> String {
        format!("{}:{{ledger}}:schema", self.prefix)
    }

    /// The key every server hashes client addresses with for the shared rate limit (see `limit.rs`).
    pub fn limit_key(&self) -> String {
        format!("{}:{{ledger}}:limit-key", self.prefix)
    }

    /// One client's token bucket, named by the keyed hash of its address (hex), under a hash tag of its own.
    pub fn bucket(&self, hash: &str) -> String {
        format!("{}:{{l:{hash}}}", self.prefix)
    }
}

/// A ledger entry: what one live record counts, named so the sweeper can find it and the counters can be given back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Entry {
    /// A secret (created with `nonce`) charging `charge` bytes.
    Secret { id: SecretId, nonce: String, charge: u64 },
    /// A receipt of the secret `id` created with `nonce`, charging `charge` bytes ([`super::super::receipt_charge`]:
    /// [`super::super::RECORD_CHARGE`] for a secret that opens once, more for one whose opens it lists).
    Receipt { key: ReceiptKey, id: SecretId, nonce: String, charge: u64 },
    /// A request created with `nonce`, charging `charge` bytes ([`super::super::request_charge`]); counted as a receipt.
    Request { id: SecretId, nonce: String, charge: u64 },
}

impl Entry {
    /// Its member name in the due index.
    pub fn member(&self) -> String {
        match self {
            Entry::Secret { id, nonce, charge } => format!("s:{}:{nonce}:{charge}", hex(&id.0)),
            // The charge only when it is not the one-view receipt's, so such members stay what schema 1 wrote.
            Entry::Receipt { key, id, nonce, charge: super::super::RECORD_CHARGE } => format!("r:{}:{}:{nonce}", hex(key), hex(&id.0)),
            Entry::Receipt { key, id, nonce, charge } => format!("r:{}:{}:{nonce}:{charge}", hex(key), hex(&id.0)),
            Entry::Request { id, nonce, charge } => format!("q:{}:{nonce}:{charge}", hex(&id.0)),
        }
    }

    /// Parses a member name; `None` for one this version did not write.
    pub fn parse(member: &str) -> Option<Entry> {
        let mut parts = member.split(':');
        let entry = match (parts.next()?, parts.next()?, parts.next()?, parts.next()?) {
            ("s", id, nonce, charge) => Entry::Secret { id: SecretId(unhex(id)?), nonce: nonce.to_owned(), charge: charge.parse().ok()? },
            ("q", id, nonce, charge) => Entry::Request { id: SecretId(unhex(id)?), nonce: nonce.to_owned(), charge: charge.parse().ok()? },
            ("r", key, id, nonce) => {
                let charge = match parts.next() {
                    None => super::super::RECORD_CHARGE,
                    Some(charge) => charge.parse().ok()?,
                };
                Entry::Receipt { key: unhex(key)?, id: SecretId(unhex(id)?), nonce: nonce.to_owned(), charge }
            }
            _ => return None,
        };
        parts.next().is_none().then_some(entry)
    }

    /// What it counts: (secrets, receipts, bytes).
    pub fn counts(&self) -> (i64, i64, i64) {
        match self {
            Entry::Secret { charge, .. } => (1, 0, i64::try_from(*charge).unwrap_or(i64::MAX)),
            Entry::Receipt { charge, .. } | Entry::Request { charge, .. } => (0, 1, i64::try_from(*charge).unwrap_or(i64::MAX)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_of_one_secret_share_its_hash_tag() {
        let k = Keys::new("cinder");
        let id = SecretId([0xab; 16]);
        let tag = format!("{{s:{}}}", "ab".repeat(16));
        for key in [k.meta(&id), k.receipts(&id), k.chunk(&id, "n0", 3), k.moved(&id), k.request(&id)] {
            assert_eq!(key.split_once('{').unwrap().1.split_once('}').unwrap().0, &tag[1..tag.len() - 1], "{key}");
        }
        assert!(k.due().contains("{ledger}") && k.totals().contains("{ledger}") && k.schema().contains("{ledger}"));
    }

    #[test]
    fn entries_round_trip() {
        for e in [
            Entry::Secret { id: SecretId([1; 16]), nonce: "00ff".into(), charge: 4608 },
            Entry::Receipt { key: [2; 32], id: SecretId([3; 16]), nonce: "abcd".into(), charge: 512 },
            Entry::Receipt { key: [2; 32], id: SecretId([3; 16]), nonce: "abcd".into(), charge: 1304 },
            Entry::Request { id: SecretId([4; 16]), nonce: "0a0b".into(), charge: 1552 },
        ] {
            assert_eq!(Entry::parse(&e.member()), Some(e));
        }
        let one = Entry::Receipt { key: [2; 32], id: SecretId([3; 16]), nonce: "abcd".into(), charge: 512 };
        assert_eq!(one.member().split(':').count(), 4, "a one-view receipt's member is what schema 1 wrote");
        assert_eq!(Entry::parse("s:zz:1:2"), None);
        assert_eq!(Entry::parse("x:1:2:3"), None);
        assert_eq!(unhex::<2>("0aff"), Some([10, 255]));
    }
}
