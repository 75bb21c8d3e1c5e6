//! Simulated power cuts for tests, in the manner of LazyFS.
//!
//! [`PowerCut::mount`] mounts a FUSE file system (via the `fuser` crate) at an empty directory. It
//! behaves like an ordinary local file system, but everything that was not yet made durable lives
//! in memory only. [`PowerCut::cut`] unmounts it and throws that away, exactly as a power cut on a
//! disk that honours only explicit flushes could; mounting the same backing directory again shows
//! the durable state.
//!
//! # Semantics (a strict POSIX reading)
//!
//! * **File data.** `write()`/`pwrite()`, `truncate()`/`ftruncate()` and `fallocate()` change an
//!   in-memory overlay of the file (4 KiB pages); reads always see the live view. `fsync()` or
//!   `fdatasync()` of the file makes its data, its size and its metadata (mode, owner, times)
//!   durable. Nothing else does: not `close()`, not `msync` of a private copy, and in particular not
//!   `sync_file_range()`, which has no FUSE request at all (sled 0.34 syncs its log with it only).
//!   `fsync` does **not** make the file's name durable.
//! * **Directory entries.** `create`/`open(O_CREAT)`, `mkdir`, `unlink`, `rmdir`, `rename` (also
//!   `RENAME_NOREPLACE` and `RENAME_EXCHANGE`) and `link` change the live namespace only. They become
//!   durable when the parent directory is fsync'd (`File::open(dir)?.sync_all()`, FUSE `fsyncdir`):
//!   that directory's whole entry list becomes durable at once. After a cut, a file created without
//!   a directory fsync is gone; an unlinked file is back with its durable contents; a rename is
//!   undone. A rename between two directories is durable per directory: if only the target
//!   directory was synced the file is in both places after a cut (two links); if only the source
//!   directory was synced it is in neither.
//! * A newly created file that reaches the durable namespace (its directory was synced) but whose
//!   data was never fsync'd is empty after a cut. A newly created directory whose parent was synced
//!   but which was not synced itself is empty after a cut.
//! * `statfs` reports fixed numbers (64 GiB free); extended attributes, symlinks, device nodes and
//!   POSIX/BSD locks are not implemented by the daemon (the kernel handles `flock` and `fcntl`
//!   locks locally). `fallocate` supports mode 0, `FALLOC_FL_KEEP_SIZE`, `PUNCH_HOLE|KEEP_SIZE`
//!   and `ZERO_RANGE`; other modes fail with `EOPNOTSUPP`.
//! * The kernel caches no attributes or entries (TTL 0), no writeback cache is negotiated (every
//!   `write()` reaches the daemon) and files are opened without `FOPEN_KEEP_CACHE`, so the page cache
//!   is dropped on every open; a fresh mount has a fresh page cache, so no dropped byte can be seen
//!   after a cut.
//! * After [`PowerCut::cut`], the connection is aborted: file descriptors still open in the test
//!   process fail with `ENOTCONN`/`EIO` (like a dead machine's would, had it survived).
//!
//! # Backing directory
//!
//! The backing directory holds `powercut.image` (the durable namespace: inodes with their metadata
//! and directory entries, replaced atomically on every directory sync) and `inodes/<number>` (the
//! durable data of each regular file). Mounting drops whatever the image does not reach. The backing
//! directory itself is written without fsync: the cut is simulated, the host keeps its page cache.
//!
//! # Requirements
//!
//! Linux with `/dev/fuse`. As root the mount is a plain `mount(2)` call; otherwise the `fusermount3`
//! helper (Debian package `fuse3`) is needed. To tear a mount down while the test still holds open
//! files, the cut aborts the connection through the fusectl file system
//! (`/sys/fs/fuse/connections`, mounted on demand) and detaches it (`umount -l`).
//!
//! ```no_run
//! # fn main() -> std::io::Result<()> {
//! use std::io::Write;
//! let backing = tempfile::tempdir()?;
//! let mnt = tempfile::tempdir()?;
//! let fs = powercut::PowerCut::mount(backing.path(), mnt.path())?;
//! let mut f = std::fs::File::create(mnt.path().join("a"))?;
//! f.write_all(b"hello")?;
//! f.sync_all()?; // data durable, the name "a" not yet
//! drop(f);
//! let stats = fs.cut()?;
//! assert_eq!(stats.unsynced_namespace_ops, 1);
//! let fs = powercut::PowerCut::mount(backing.path(), mnt.path())?;
//! assert!(!mnt.path().join("a").exists());
//! fs.unmount()?;
//! # Ok(())
//! # }
//! ```

mod fs;
mod state;

use std::io;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};

use fuser::{BackgroundSession, Config, MountOption, SessionACL};

use crate::state::State;

/// What a cut dropped (or, from [`PowerCut::pending`], would drop now).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CutStats {
    /// Regular files whose live contents or size differ from their durable ones.
    pub files_with_unsynced_data: usize,
    /// Bytes written (or truncated away, or allocated) in those files since their last fsync: an
    /// upper bound of the data lost (overwriting the same range twice counts twice).
    pub unsynced_bytes: u64,
    /// Directories with entry changes since their last fsync.
    pub dirs_with_unsynced_entries: usize,
    /// Entry changes (create, mkdir, unlink, rmdir, link, rename) not yet made durable by a
    /// directory fsync, counted once per directory they change.
    pub unsynced_namespace_ops: u64,
}

/// A mounted power-cut file system. Dropping it without [`cut`](Self::cut) or
/// [`unmount`](Self::unmount) is a cut whose statistics are discarded.
#[derive(Debug)]
pub struct PowerCut {
    mountpoint: PathBuf,
    backing: PathBuf,
    state: Arc<Mutex<State>>,
    session: Option<BackgroundSession>,
    dev: u64,
}

impl PowerCut {
    /// Mounts the durable state kept in `backing` (created if missing; empty means an empty file
    /// system) at `mountpoint`, an existing empty directory, and serves it on a background thread.
    pub fn mount(backing: impl AsRef<Path>, mountpoint: impl AsRef<Path>) -> io::Result<PowerCut> {
        let state = Arc::new(Mutex::new(State::load(backing.as_ref())?));
        let mountpoint = mountpoint.as_ref().canonicalize()?;
        let mut config = Config::default();
        config.mount_options = vec![
            MountOption::FSName("powercut".into()),
            MountOption::Subtype("powercut".into()),
            MountOption::DefaultPermissions,
            MountOption::NoDev,
            MountOption::NoSuid,
        ];
        config.acl = SessionACL::RootAndOwner;
        let outer_dev = std::fs::metadata(&mountpoint)?.dev();
        let session = fuser::spawn_mount(fs::PowerCutFs { state: state.clone() }, &mountpoint, &config)?;
        let dev = std::fs::metadata(&mountpoint)?.dev();
        if dev == outer_dev {
            return Err(io::Error::other("powercut: the mount did not appear"));
        }
        Ok(PowerCut { mountpoint, backing: backing.as_ref().to_path_buf(), state, session: Some(session), dev })
    }

    /// Where the file system is mounted.
    pub fn mountpoint(&self) -> &Path {
        &self.mountpoint
    }

    /// The backing directory.
    pub fn backing(&self) -> &Path {
        &self.backing
    }

    /// What a cut right now would drop.
    pub fn pending(&self) -> CutStats {
        self.state.lock().map(|s| s.stats()).unwrap_or_default()
    }

    /// Makes everything durable, as if every file and every directory reachable from the root had
    /// been fsync'd.
    pub fn sync_all(&self) -> io::Result<()> {
        let mut s = self.state.lock().map_err(|_| io::Error::other("powercut: state poisoned"))?;
        s.sync_all().map_err(|e| io::Error::from_raw_os_error(e.code()))
    }

    /// Simulates a power cut: freezes the file system (every further request fails), tears the
    /// mount down and forgets everything that was not durable. Returns what was dropped.
    pub fn cut(mut self) -> io::Result<CutStats> {
        self.shutdown()
    }

    /// A clean shutdown: [`sync_all`](Self::sync_all), then unmount.
    pub fn unmount(mut self) -> io::Result<()> {
        self.sync_all()?;
        self.shutdown().map(|_| ())
    }

    fn shutdown(&mut self) -> io::Result<CutStats> {
        let Some(session) = self.session.take() else { return Ok(CutStats::default()) };
        let stats = {
            let mut s = self.state.lock().map_err(|_| io::Error::other("powercut: state poisoned"))?;
            s.cut = true;
            s.stats()
        };
        // Abort the connection, so that descriptors still open in this process cannot keep the
        // mount alive, then detach it.
        let aborted = abort_connection(self.dev);
        let status = Command::new("umount").arg(if aborted { "-l" } else { "--" }).arg(&self.mountpoint).status()?;
        if !status.success() {
            return Err(io::Error::other(format!("powercut: umount {} failed: {status}", self.mountpoint.display())));
        }
        match session.join() {
            Ok(()) => {}
            // The session loop ends with ECONNABORTED when the connection was aborted.
            Err(e) if e.raw_os_error() == Some(103) => {}
            Err(e) => return Err(e),
        }
        Ok(stats)
    }
}

/// Writes to `/sys/fs/fuse/connections/<minor>/abort` (mounting fusectl if needed). False if that
/// is not possible.
fn abort_connection(dev: u64) -> bool {
    let minor = (dev & 0xff) | ((dev >> 12) & 0x000f_ff00);
    let conns = Path::new("/sys/fs/fuse/connections");
    let abort = conns.join(minor.to_string()).join("abort");
    if !abort.exists() {
        let _ = Command::new("mount").args(["-t", "fusectl", "fusectl"]).arg(conns).status();
    }
    std::fs::write(abort, b"1").is_ok()
}

impl Drop for PowerCut {
    fn drop(&mut self) {
        let _ = self.shutdown();
    }
}
