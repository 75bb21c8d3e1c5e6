//! Ciphertext in Redis: 1 MiB chunks under the secret's hash tag, written with their TTL before the metadata that
//! names them, streamed out (`GETDEL`, one chunk at a time) after the take script consumed the secret.
//!
//! Why chunks: a 25 MiB value through a script blocked Redis for 150-300 ms and a plain GET of it ~35 ms; 1 MiB chunks
//! take ~0.2 ms each, so no request of another client waits long behind a large secret. An upload is staged in memory
//! up to one chunk, then in an unlinked temporary file (its id is only known at create time, and the chunks must carry
//! the id's hash tag), so no upload is held in memory and a dropped one leaves nothing behind.

use std::any::Any;
use std::io::SeekFrom;

use axum::body::Bytes;
use shared::envelope::SecretId;
use tokio::io::{AsyncReadExt as _, AsyncSeekExt as _, AsyncWriteExt as _};

use super::super::{Ciphertext, StoreError, StoreFuture, Upload};
use super::conn::Conn;
use super::keys::Keys;

/// Bytes per chunk.
pub const CHUNK: usize = 1 << 20;

/// How many chunks a ciphertext of `len` bytes takes.
pub fn count(len: u64) -> u64 {
    len.div_ceil(CHUNK as u64)
}

/// An upload being received.
pub struct ChunkUpload {
    memory: Vec<u8>,
    file: Option<tokio::fs::File>,
    len: u64,
}

impl ChunkUpload {
    pub fn new() -> ChunkUpload {
        ChunkUpload { memory: Vec::new(), file: None, len: 0 }
    }

    /// Writes the upload as chunks `0..count(len)` of `id`/`nonce`, each expiring after `ttl_ms`.
    pub async fn store(&mut self, conn: &Conn, keys: &Keys, id: &SecretId, nonce: &str, ttl_ms: u64) -> Result<(), StoreError> {
        let io = |e| StoreError::io("reading a staged upload", e);
        let put = |i: u64, bytes: Vec<u8>| {
            let mut cmd = redis::cmd("SET");
            cmd.arg(keys.chunk(id, nonce, i)).arg(bytes).arg("PX").arg(ttl_ms);
            cmd
        };
        match &mut self.file {
            None => {
                if !self.memory.is_empty() {
                    let () = conn.query(&put(0, std::mem::take(&mut self.memory))).await?;
                }
            }
            Some(file) => {
                file.flush().await.map_err(io)?;
                file.seek(SeekFrom::Start(0)).await.map_err(io)?;
                let mut left = self.len;
                for i in 0..count(self.len) {
                    let n = usize::try_from(left.min(CHUNK as u64)).expect("a chunk fits in memory");
                    let mut buf = vec![0; n];
                    file.read_exact(&mut buf).await.map_err(io)?;
                    let () = conn.query(&put(i, buf)).await?;
                    left -= n as u64;
                }
            }
        }
        Ok(())
    }
}

impl Upload for ChunkUpload {
    fn write<'a>(&'a mut self, chunk: &'a [u8]) -> StoreFuture<'a, ()> {
        Box::pin(async move {
            let io = |e| StoreError::io("staging an upload", e);
            if self.file.is_none() && self.memory.len() + chunk.len() > CHUNK {
                let file = tempfile::tempfile().map_err(io)?;
                let mut file = tokio::fs::File::from_std(file);
                file.write_all(&std::mem::take(&mut self.memory)).await.map_err(io)?;
                self.file = Some(file);
            }
            match &mut self.file {
                Some(file) => file.write_all(chunk).await.map_err(io)?,
                None => self.memory.extend_from_slice(chunk),
            }
            self.len += chunk.len() as u64;
            Ok(())
        })
    }

    fn len(&self) -> u64 {
        self.len
    }

    fn into_any(self: Box<Self>) -> Box<dyn Any + Send> {
        self
    }
}

/// Unlinks chunks (a failed create, a burn, an expiry). Best effort: they expire with their TTL anyway.
pub async fn unlink(conn: &Conn, keys: Vec<String>) {
    // One slot per secret, so one multi-key command is fine in a cluster; UNLINK frees the memory off the main thread.
    for batch in keys.chunks(64) {
        if let Err(e) = conn.query::<()>(redis::cmd("UNLINK").arg(batch)).await {
            tracing::warn!(error = %e, "unlinking ciphertext chunks failed; they expire with their TTL");
            return;
        }
    }
}

/// What is left to read of a consumed secret. Dropped before the end (the client went away), it unlinks the rest.
struct Reader {
    conn: Conn,
    keys: Vec<String>,
    next: usize,
}

impl Drop for Reader {
    fn drop(&mut self) {
        if self.next < self.keys.len() {
            let (conn, rest) = (self.conn.clone(), self.keys.split_off(self.next));
            if let Ok(rt) = tokio::runtime::Handle::try_current() {
                rt.spawn(async move { unlink(&conn, rest).await });
            }
        }
    }
}

/// Streams a consumed secret's chunks out, deleting each as it is read. The first chunk is read before answering, so
/// an unreachable Redis is a 503 rather than a broken download.
pub async fn read(conn: &Conn, keys: Vec<String>, len: u64) -> Result<Ciphertext, StoreError> {
    let mut reader = Reader { conn: conn.clone(), keys, next: 0 };
    let first = match reader.keys.first() {
        None => return Ok(Ciphertext::from_bytes(Bytes::new())),
        Some(key) => getdel(conn, key).await?,
    };
    reader.next = 1;
    let rest = futures_util::stream::unfold(reader, |mut r| async move {
        let key = r.keys.get(r.next)?.clone();
        let chunk = getdel(&r.conn, &key).await.map_err(|e| std::io::Error::other(e.to_string()));
        r.next += 1;
        Some((chunk, r))
    });
    use futures_util::StreamExt as _;
    let body = futures_util::stream::once(async move { Ok(first) }).chain(rest);
    Ok(Ciphertext { len, body: Box::pin(body) })
}

/// Gives an ended secret's chunks a TTL of `ms` at most, for a secret that opened several times: an earlier open may
/// still be streaming them ([`copy`]), so they are not unlinked at once. Failures are logged; the chunks' own TTL
/// (the secret's expiry) still bounds them.
pub async fn shorten(conn: &Conn, keys: Vec<String>, ms: u64) {
    for key in keys {
        if let Err(e) = conn.query::<i64>(redis::cmd("PEXPIRE").arg(&key).arg(ms).arg("LT")).await {
            tracing::warn!(error = %e, "shortening an ended secret's chunks failed; they expire with the secret");
            return;
        }
    }
}

/// Streams a secret's chunks out WITHOUT deleting them (a move copies them before the source forgets the secret; each
/// open of a secret that opens several times reads them so).
pub fn copy(conn: &Conn, keys: Vec<String>, len: u64) -> Ciphertext {
    let conn = conn.clone();
    let body = futures_util::stream::unfold((conn, keys, 0usize), |(conn, keys, next)| async move {
        let key = keys.get(next)?.clone();
        let chunk: Result<Option<Vec<u8>>, StoreError> = conn.query(redis::cmd("GET").arg(&key)).await;
        let chunk = match chunk {
            Ok(Some(bytes)) => Ok(Bytes::from(bytes)),
            Ok(None) => Err(std::io::Error::other("a ciphertext chunk is missing")),
            Err(e) => Err(std::io::Error::other(e.to_string())),
        };
        Some((chunk, (conn, keys, next + 1)))
    });
    Ciphertext { len, body: Box::pin(body) }
}

async fn getdel(conn: &Conn, key: &str) -> Result<Bytes, StoreError> {
    let chunk: Option<Vec<u8>> = conn.query(redis::cmd("GETDEL").arg(key)).await?;
    chunk.map(Bytes::from).ok_or_else(|| StoreError("a ciphertext chunk is missing".into()))
}
