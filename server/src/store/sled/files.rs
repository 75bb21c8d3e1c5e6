//! Ciphertext files: one file per live secret in `<data dir>/ciphertext/`, so sled holds only small metadata and an
//! opened, burned or expired secret's bytes really leave the disk (`unlink`) instead of lingering in a log.
//!
//! Durability: a file's data is `fdatasync`ed by the request that wrote it, and the folder is fsynced by the writer
//! before any metadata naming the file is committed, so an acknowledged secret always has its ciphertext. A crash can
//! leave files without metadata (never the reverse); [`Files::repair`] removes them when the store opens.

use std::fs::File;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use shared::envelope::SecretId;

use super::super::{StoreError, StoreFuture, Upload};

/// The folder's name inside the data directory (sled keeps its own files beside it).
pub const FOLDER: &str = "ciphertext";
/// Prefix of files still being received; never a secret's, removed at startup.
const STAGING_PREFIX: &str = ".upload-";
/// Uploads up to this size stay in memory until stored; larger ones go to a staging file as they arrive.
const IN_MEMORY: usize = 256 * 1024;

/// The ciphertext folder.
pub struct Files {
    dir: PathBuf,
    /// The folder, open for `fsync`: one syscall per batch instead of open, fsync and close.
    handle: File,
    /// `.upload-<pid>-`: staging names, built once (not one `getpid` per upload).
    staging_prefix: String,
    staged: AtomicU64,
}

impl Files {
    /// Opens (creating if needed) the folder under `data_dir`.
    pub fn open(data_dir: &Path) -> Result<Files, StoreError> {
        let dir = data_dir.join(FOLDER);
        std::fs::create_dir_all(&dir).map_err(|e| StoreError::io(&format!("creating {}", dir.display()), e))?;
        let handle = File::open(&dir).map_err(|e| StoreError::io(&format!("opening {}", dir.display()), e))?;
        let staging_prefix = format!("{STAGING_PREFIX}{}-", std::process::id());
        Ok(Files { dir, handle, staging_prefix, staged: AtomicU64::new(0) })
    }

    /// Where a secret's ciphertext lives: the id in lower-case hex.
    pub fn path(&self, id: &SecretId) -> PathBuf {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let mut name = [0u8; 32];
        for (i, b) in id.0.iter().enumerate() {
            name[2 * i] = HEX[usize::from(b >> 4)];
            name[2 * i + 1] = HEX[usize::from(b & 0xf)];
        }
        self.dir.join(std::str::from_utf8(&name).expect("hex digits are ASCII"))
    }

    /// Makes the folder's entries (new files, removals) durable.
    pub fn sync_folder(&self) -> Result<(), StoreError> {
        self.handle.sync_all().map_err(|e| StoreError::io("syncing the ciphertext folder", e))
    }

    /// Removes a secret's file (already gone is fine: removal is idempotent).
    pub fn remove(&self, id: &SecretId) {
        match std::fs::remove_file(self.path(id)) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => tracing::warn!(error = %e, "removing a ciphertext file failed; the next start removes it"),
        }
    }

    /// A new upload: in memory while small, then in a staging file.
    pub fn upload(&self) -> FileUpload {
        let n = self.staged.fetch_add(1, Ordering::Relaxed);
        let staging = self.dir.join(format!("{}{n}", self.staging_prefix));
        FileUpload { memory: Vec::new(), file: None, finished: None, staging, len: 0, stored: false }
    }

    /// Stores an upload as `id`'s file, durably (data synced; the folder is synced by the writer). `Ok(false)` if a
    /// file of that id exists (a live secret: never overwritten). Blocking.
    pub fn store(&self, upload: &mut FileUpload, id: &SecretId) -> Result<bool, StoreError> {
        let path = self.path(id);
        let io = |what: &'static str| move |e: std::io::Error| StoreError::io(what, e);
        match upload.finished.take() {
            None if upload.file.is_some() => return Err(StoreError("an upload was stored before it was finished".into())),
            None => {
                let mut file = match File::options().write(true).create_new(true).open(&path) {
                    Ok(f) => f,
                    Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => return Ok(false),
                    Err(e) => return Err(StoreError::io("creating a ciphertext file", e)),
                };
                let written = file.write_all(&upload.memory).and_then(|()| file.sync_data());
                if let Err(e) = written {
                    let _ = std::fs::remove_file(&path);
                    return Err(StoreError::io("writing a ciphertext file", e));
                }
            }
            Some(file) => {
                file.sync_data().map_err(io("syncing a ciphertext file"))?;
                drop(file);
                // A hard link never replaces an existing file, unlike rename.
                let linked = std::fs::hard_link(&upload.staging, &path);
                let _ = std::fs::remove_file(&upload.staging);
                match linked {
                    Ok(()) => {}
                    Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => return Ok(false),
                    Err(e) => return Err(StoreError::io("naming a ciphertext file", e)),
                }
            }
        }
        upload.stored = true;
        Ok(true)
    }

    /// Opens a secret's file for reading; `None` if it is missing.
    pub fn open_file(&self, id: &SecretId) -> Option<File> {
        File::open(self.path(id)).ok()
    }

    /// The files in the folder: secrets' ids with their sizes, and the number of leftovers (staging files, foreign
    /// names) it removed. Blocking; for startup.
    pub fn list(&self) -> Result<(Vec<(SecretId, u64)>, usize), StoreError> {
        let io = |e| StoreError::io("listing the ciphertext folder", e);
        let mut found = Vec::new();
        let mut removed = 0;
        for entry in std::fs::read_dir(&self.dir).map_err(io)? {
            let entry = entry.map_err(io)?;
            let name = entry.file_name();
            match name.to_str().and_then(parse_hex_id) {
                Some(id) => found.push((id, entry.metadata().map_err(io)?.len())),
                None => {
                    let _ = std::fs::remove_file(entry.path());
                    removed += 1;
                }
            }
        }
        Ok((found, removed))
    }
}

fn parse_hex_id(name: &str) -> Option<SecretId> {
    if name.len() != 32 {
        return None;
    }
    let mut id = [0u8; 16];
    for (i, byte) in id.iter_mut().enumerate() {
        *byte = u8::from_str_radix(name.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    // Only the lower-case spelling this module writes.
    (name.bytes().all(|c| c.is_ascii_digit() || (b'a'..=b'f').contains(&c))).then_some(SecretId(id))
}

/// An upload to the sled store: bytes in memory, spilled to a staging file past [`IN_MEMORY`].
pub struct FileUpload {
    memory: Vec<u8>,
    file: Option<tokio::io::BufWriter<tokio::fs::File>>,
    /// The staging file once [`FileUpload::finish`] flushed it.
    finished: Option<File>,
    staging: PathBuf,
    len: u64,
    stored: bool,
}

impl FileUpload {
    /// Flushes what is buffered for the staging file (before [`Files::store`] runs on a blocking thread).
    pub async fn finish(&mut self) -> Result<(), StoreError> {
        if let Some(mut file) = self.file.take() {
            use tokio::io::AsyncWriteExt as _;
            file.flush().await.map_err(|e| StoreError::io("writing an upload", e))?;
            self.finished = Some(file.into_inner().into_std().await);
        }
        Ok(())
    }
}

impl Upload for FileUpload {
    fn write<'a>(&'a mut self, chunk: &'a [u8]) -> StoreFuture<'a, ()> {
        Box::pin(async move {
            use tokio::io::AsyncWriteExt as _;
            let io = |e| StoreError::io("writing an upload", e);
            self.len += chunk.len() as u64;
            if self.file.is_none() && self.memory.len() + chunk.len() <= IN_MEMORY {
                self.memory.extend_from_slice(chunk);
                return Ok(());
            }
            if self.file.is_none() {
                let file = tokio::fs::File::options().write(true).create_new(true).open(&self.staging).await.map_err(io)?;
                let mut file = tokio::io::BufWriter::with_capacity(IN_MEMORY, file);
                file.write_all(&std::mem::take(&mut self.memory)).await.map_err(io)?;
                self.file = Some(file);
            }
            self.file.as_mut().expect("just set").write_all(chunk).await.map_err(io)
        })
    }

    fn len(&self) -> u64 {
        self.len
    }

    fn into_any(self: Box<Self>) -> Box<dyn std::any::Any + Send> {
        self
    }
}

impl Drop for FileUpload {
    fn drop(&mut self) {
        // A spilled upload that never became a secret's file leaves no staging file behind.
        if !self.stored && (self.file.is_some() || self.finished.is_some()) {
            let _ = std::fs::remove_file(&self.staging);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_lower_case_hex_ids_only() {
        let id = SecretId([0xab; 16]);
        assert_eq!(parse_hex_id(&"ab".repeat(16)).map(|i| i.0), Some(id.0));
        assert!(parse_hex_id(&"AB".repeat(16)).is_none());
        assert!(parse_hex_id(".upload-1-2").is_none());
        assert!(parse_hex_id(&"ab".repeat(15)).is_none());
    }

    #[test]
    fn a_path_names_its_id_in_lower_case_hex() {
        let dir = tempfile::tempdir().unwrap();
        let files = Files::open(dir.path()).unwrap();
        let id = SecretId(*b"\x00\x01\x0f\x10\xab\xcd\xef\xff0123456\x7f");
        let path = files.path(&id);
        let name = path.file_name().unwrap().to_str().unwrap();
        assert_eq!(name, "00010f10abcdefff303132333435367f");
        assert_eq!(parse_hex_id(name).map(|i| i.0), Some(id.0), "the startup scan reads back what is written");
    }
}
