//! The model: a live view (what the mount shows), a durable view (what a power cut leaves) and the
//! backing directory that holds the durable view.

use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::ffi::{OsStr, OsString};
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::os::unix::fs::{FileExt, MetadataExt};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use fuser::{Errno, FileAttr, FileType, INodeNo};

use crate::CutStats;

/// Size of one page of the in-memory data overlay.
pub(crate) const PAGE: u64 = 4096;
/// The root directory's inode number (FUSE's).
pub(crate) const ROOT: u64 = 1;
const IMAGE: &str = "powercut.image";
const IMAGE_TMP: &str = "powercut.image.tmp";
const INODES: &str = "inodes";
const MAGIC: &str = "powercut-image 1";

pub(crate) type Res<T> = Result<T, Errno>;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    File,
    Dir,
}

/// Inode metadata. Persisted in the image when the inode is first referenced by a synced directory
/// and whenever the file itself is fsync'd.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Meta {
    pub(crate) kind: Kind,
    pub(crate) perm: u16,
    pub(crate) uid: u32,
    pub(crate) gid: u32,
    pub(crate) atime: SystemTime,
    pub(crate) mtime: SystemTime,
    pub(crate) ctime: SystemTime,
}

/// The live contents of a regular file: the durable bytes in the backing file, masked beyond
/// `base_limit`, overlaid with dirty pages held in memory.
#[derive(Debug, Default)]
pub(crate) struct FileData {
    /// Live size.
    size: u64,
    /// Length of the backing file (the durable size).
    durable_size: u64,
    /// Backing bytes at or after this offset are not part of the live view (a truncation since the
    /// last sync cut them off). Invariant: `base_limit <= min(size, durable_size)`.
    base_limit: u64,
    /// Dirty pages by page index; bytes at or beyond `size` are zero.
    pages: BTreeMap<u64, Box<[u8]>>,
    /// Bytes passed to write()/truncate()/fallocate() since the last sync (an upper bound of what a
    /// cut loses).
    unsynced_bytes: u64,
    /// True when anything changed since the last sync.
    dirty: bool,
}

#[derive(Debug)]
pub(crate) struct Node {
    pub(crate) meta: Meta,
    /// Directories only: name -> inode.
    pub(crate) entries: BTreeMap<OsString, u64>,
    /// Directories only: the live parent.
    pub(crate) parent: u64,
    /// Regular files only: live link count.
    pub(crate) nlink: u32,
    pub(crate) data: FileData,
}

#[derive(Clone, Debug)]
struct DurNode {
    meta: Meta,
    entries: BTreeMap<OsString, u64>,
}

#[derive(Debug)]
pub(crate) struct State {
    backing: PathBuf,
    live: HashMap<u64, Node>,
    durable: HashMap<u64, DurNode>,
    next_ino: u64,
    /// Directory inode -> entry changes since its last fsync.
    pending_ops: HashMap<u64, u64>,
    handles: HashMap<u64, File>,
    /// Set by a cut: the state is frozen and every request fails with EIO.
    pub(crate) cut: bool,
}

fn io_errno(e: io::Error) -> Errno {
    Errno::from_i32(e.raw_os_error().unwrap_or(libc_eio()))
}

fn libc_eio() -> i32 {
    Errno::EIO.code()
}

fn time_to_parts(t: SystemTime) -> (i64, u32) {
    match t.duration_since(UNIX_EPOCH) {
        Ok(d) => (d.as_secs() as i64, d.subsec_nanos()),
        Err(_) => (0, 0),
    }
}

fn parts_to_time(secs: i64, nanos: u32) -> SystemTime {
    UNIX_EPOCH + Duration::new(secs.max(0) as u64, nanos)
}

fn hex(name: &OsStr) -> String {
    name.as_bytes().iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(s: &str) -> Option<OsString> {
    if s.len() % 2 != 0 {
        return None;
    }
    let bytes: Option<Vec<u8>> = (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).ok()).collect();
    bytes.map(OsString::from_vec)
}

fn bad_image(line: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, format!("powercut: bad image line {line:?}"))
}

impl State {
    /// Loads the durable state from `backing` (a fresh, empty file system when it holds no image).
    /// Whatever is not reachable from the root in the durable image is deleted.
    pub(crate) fn load(backing: &Path) -> io::Result<State> {
        fs::create_dir_all(backing.join(INODES))?;
        let backing = backing.canonicalize()?;
        let mut durable: HashMap<u64, DurNode> = HashMap::new();
        match fs::read_to_string(backing.join(IMAGE)) {
            Ok(text) => {
                let mut lines = text.lines();
                if lines.next() != Some(MAGIC) {
                    return Err(io::Error::new(io::ErrorKind::InvalidData, "powercut: not a powercut image"));
                }
                for line in lines {
                    let f: Vec<&str> = line.split(' ').collect();
                    let num = |i: usize| f.get(i).and_then(|v| v.parse::<i64>().ok()).ok_or_else(|| bad_image(line));
                    match f.first() {
                        Some(&"inode") => {
                            let kind = match f.get(2) {
                                Some(&"f") => Kind::File,
                                Some(&"d") => Kind::Dir,
                                _ => return Err(bad_image(line)),
                            };
                            let meta = Meta {
                                kind,
                                perm: num(3)? as u16,
                                uid: num(4)? as u32,
                                gid: num(5)? as u32,
                                atime: parts_to_time(num(6)?, num(7)? as u32),
                                mtime: parts_to_time(num(8)?, num(9)? as u32),
                                ctime: parts_to_time(num(10)?, num(11)? as u32),
                            };
                            durable.insert(num(1)? as u64, DurNode { meta, entries: BTreeMap::new() });
                        }
                        Some(&"entry") => {
                            let dir = num(1)? as u64;
                            let name = f.get(2).and_then(|h| unhex(h)).ok_or_else(|| bad_image(line))?;
                            let child = num(3)? as u64;
                            durable.get_mut(&dir).ok_or_else(|| bad_image(line))?.entries.insert(name, child);
                        }
                        _ => return Err(bad_image(line)),
                    }
                }
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(e),
        }
        if !durable.get(&ROOT).is_some_and(|r| r.meta.kind == Kind::Dir) {
            let md = fs::metadata(&backing)?;
            let now = SystemTime::now();
            let meta = Meta { kind: Kind::Dir, perm: 0o755, uid: md.uid(), gid: md.gid(), atime: now, mtime: now, ctime: now };
            durable.insert(ROOT, DurNode { meta, entries: BTreeMap::new() });
        }

        // Keep what is reachable from the root; a directory reachable twice (possible when only one
        // side of a cross-directory rename was synced) keeps its first entry only.
        let mut reachable: HashMap<u64, DurNode> = HashMap::new();
        let mut parents: HashMap<u64, u64> = HashMap::from([(ROOT, ROOT)]);
        let mut queue = VecDeque::from([ROOT]);
        reachable.insert(ROOT, durable[&ROOT].clone());
        while let Some(dir) = queue.pop_front() {
            let entries = reachable[&dir].entries.clone();
            let mut kept = BTreeMap::new();
            for (name, child) in entries {
                let Some(node) = durable.get(&child) else { continue };
                match node.meta.kind {
                    Kind::Dir => {
                        if reachable.contains_key(&child) {
                            continue;
                        }
                        reachable.insert(child, node.clone());
                        parents.insert(child, dir);
                        queue.push_back(child);
                    }
                    Kind::File => {
                        reachable.entry(child).or_insert_with(|| node.clone());
                    }
                }
                kept.insert(name, child);
            }
            reachable.get_mut(&dir).expect("reachable dir").entries = kept;
        }

        // Delete data files of unreachable inodes.
        for entry in fs::read_dir(backing.join(INODES))? {
            let entry = entry?;
            let keep = entry
                .file_name()
                .to_str()
                .and_then(|n| n.parse::<u64>().ok())
                .is_some_and(|ino| reachable.get(&ino).is_some_and(|n| n.meta.kind == Kind::File));
            if !keep {
                fs::remove_file(entry.path())?;
            }
        }

        let mut live: HashMap<u64, Node> = HashMap::new();
        let mut nlinks: HashMap<u64, u32> = HashMap::new();
        for node in reachable.values() {
            for child in node.entries.values() {
                *nlinks.entry(*child).or_default() += 1;
            }
        }
        for (ino, node) in &reachable {
            let mut data = FileData::default();
            if node.meta.kind == Kind::File {
                let len = match fs::metadata(backing.join(INODES).join(ino.to_string())) {
                    Ok(md) => md.len(),
                    Err(e) if e.kind() == io::ErrorKind::NotFound => 0,
                    Err(e) => return Err(e),
                };
                data = FileData { size: len, durable_size: len, base_limit: len, ..FileData::default() };
            }
            live.insert(
                *ino,
                Node {
                    meta: node.meta.clone(),
                    entries: if node.meta.kind == Kind::Dir { node.entries.clone() } else { BTreeMap::new() },
                    parent: parents.get(ino).copied().unwrap_or(ROOT),
                    nlink: nlinks.get(ino).copied().unwrap_or(0),
                    data,
                },
            );
        }
        let next_ino = reachable.keys().max().copied().unwrap_or(ROOT) + 1;
        let state = State { backing, live, durable: reachable, next_ino, pending_ops: HashMap::new(), handles: HashMap::new(), cut: false };
        state.write_image().map_err(|e| io::Error::other(format!("powercut: {e:?}")))?;
        Ok(state)
    }

    fn data_path(&self, ino: u64) -> PathBuf {
        self.backing.join(INODES).join(ino.to_string())
    }

    /// Writes the durable namespace atomically (temporary file + rename). The backing directory is
    /// not fsync'd: the power cut is simulated, the host does not lose its page cache.
    fn write_image(&self) -> Res<()> {
        let mut out = String::from(MAGIC);
        out.push('\n');
        let mut inos: Vec<&u64> = self.durable.keys().collect();
        inos.sort();
        for ino in inos {
            let n = &self.durable[ino];
            let (a, an) = time_to_parts(n.meta.atime);
            let (m, mn) = time_to_parts(n.meta.mtime);
            let (c, cn) = time_to_parts(n.meta.ctime);
            let kind = if n.meta.kind == Kind::Dir { "d" } else { "f" };
            out.push_str(&format!("inode {ino} {kind} {} {} {} {a} {an} {m} {mn} {c} {cn}\n", n.meta.perm, n.meta.uid, n.meta.gid));
        }
        for (ino, n) in &self.durable {
            for (name, child) in &n.entries {
                out.push_str(&format!("entry {ino} {} {child}\n", hex(name)));
            }
        }
        let tmp = self.backing.join(IMAGE_TMP);
        let mut f = File::create(&tmp).map_err(io_errno)?;
        f.write_all(out.as_bytes()).map_err(io_errno)?;
        drop(f);
        fs::rename(&tmp, self.backing.join(IMAGE)).map_err(io_errno)
    }

    pub(crate) fn node(&self, ino: u64) -> Res<&Node> {
        self.live.get(&ino).ok_or(Errno::ENOENT)
    }

    fn node_mut(&mut self, ino: u64) -> Res<&mut Node> {
        self.live.get_mut(&ino).ok_or(Errno::ENOENT)
    }

    fn dir(&self, ino: u64) -> Res<&Node> {
        let n = self.node(ino)?;
        if n.meta.kind != Kind::Dir {
            return Err(Errno::ENOTDIR);
        }
        Ok(n)
    }

    fn file_mut(&mut self, ino: u64) -> Res<&mut Node> {
        let n = self.node_mut(ino)?;
        if n.meta.kind != Kind::File {
            return Err(Errno::EISDIR);
        }
        Ok(n)
    }

    pub(crate) fn attr(&self, ino: u64) -> Res<FileAttr> {
        let n = self.node(ino)?;
        let (kind, size, nlink) = match n.meta.kind {
            Kind::File => (FileType::RegularFile, n.data.size, n.nlink),
            Kind::Dir => {
                let subdirs = n.entries.values().filter(|c| self.live.get(c).is_some_and(|c| c.meta.kind == Kind::Dir)).count();
                (FileType::Directory, 4096, 2 + subdirs as u32)
            }
        };
        Ok(FileAttr {
            ino: INodeNo(ino),
            size,
            blocks: size.div_ceil(512),
            atime: n.meta.atime,
            mtime: n.meta.mtime,
            ctime: n.meta.ctime,
            crtime: n.meta.ctime,
            kind,
            perm: n.meta.perm,
            nlink,
            uid: n.meta.uid,
            gid: n.meta.gid,
            rdev: 0,
            blksize: PAGE as u32,
            flags: 0,
        })
    }

    pub(crate) fn lookup(&self, parent: u64, name: &OsStr) -> Res<u64> {
        self.dir(parent)?.entries.get(name).copied().ok_or(Errno::ENOENT)
    }

    /// The entries of a directory, "." and ".." first.
    pub(crate) fn list(&self, ino: u64) -> Res<Vec<(u64, FileType, OsString)>> {
        let d = self.dir(ino)?;
        let mut out = vec![(ino, FileType::Directory, OsString::from(".")), (d.parent, FileType::Directory, OsString::from(".."))];
        for (name, child) in &d.entries {
            let kind = match self.live.get(child).map(|c| c.meta.kind) {
                Some(Kind::Dir) => FileType::Directory,
                _ => FileType::RegularFile,
            };
            out.push((*child, kind, name.clone()));
        }
        Ok(out)
    }

    fn touch_dir(&mut self, dir: u64) {
        let now = SystemTime::now();
        if let Some(d) = self.live.get_mut(&dir) {
            d.meta.mtime = now;
            d.meta.ctime = now;
        }
        *self.pending_ops.entry(dir).or_default() += 1;
    }

    /// create / mkdir.
    pub(crate) fn create(&mut self, parent: u64, name: &OsStr, kind: Kind, perm: u16, uid: u32, gid: u32) -> Res<u64> {
        if name.len() > 255 {
            return Err(Errno::ENAMETOOLONG);
        }
        if self.dir(parent)?.entries.contains_key(name) {
            return Err(Errno::EEXIST);
        }
        let ino = self.next_ino;
        self.next_ino += 1;
        let now = SystemTime::now();
        let meta = Meta { kind, perm, uid, gid, atime: now, mtime: now, ctime: now };
        self.live.insert(ino, Node { meta, entries: BTreeMap::new(), parent, nlink: 1, data: FileData::default() });
        self.node_mut(parent)?.entries.insert(name.to_owned(), ino);
        self.touch_dir(parent);
        Ok(ino)
    }

    pub(crate) fn unlink(&mut self, parent: u64, name: &OsStr) -> Res<()> {
        let child = self.lookup(parent, name)?;
        if self.node(child)?.meta.kind == Kind::Dir {
            return Err(Errno::EISDIR);
        }
        self.node_mut(parent)?.entries.remove(name);
        let c = self.node_mut(child)?;
        c.nlink = c.nlink.saturating_sub(1);
        c.meta.ctime = SystemTime::now();
        self.touch_dir(parent);
        Ok(())
    }

    pub(crate) fn rmdir(&mut self, parent: u64, name: &OsStr) -> Res<()> {
        let child = self.lookup(parent, name)?;
        let c = self.node(child)?;
        if c.meta.kind != Kind::Dir {
            return Err(Errno::ENOTDIR);
        }
        if !c.entries.is_empty() {
            return Err(Errno::ENOTEMPTY);
        }
        self.node_mut(parent)?.entries.remove(name);
        self.touch_dir(parent);
        Ok(())
    }

    pub(crate) fn link(&mut self, ino: u64, newparent: u64, newname: &OsStr) -> Res<()> {
        if self.node(ino)?.meta.kind == Kind::Dir {
            return Err(Errno::EPERM);
        }
        if self.dir(newparent)?.entries.contains_key(newname) {
            return Err(Errno::EEXIST);
        }
        self.node_mut(newparent)?.entries.insert(newname.to_owned(), ino);
        let c = self.node_mut(ino)?;
        c.nlink += 1;
        c.meta.ctime = SystemTime::now();
        self.touch_dir(newparent);
        Ok(())
    }

    fn is_ancestor_or_self(&self, maybe_ancestor: u64, mut dir: u64) -> bool {
        loop {
            if dir == maybe_ancestor {
                return true;
            }
            if dir == ROOT {
                return false;
            }
            dir = match self.live.get(&dir) {
                Some(n) => n.parent,
                None => return false,
            };
        }
    }

    pub(crate) fn rename(
        &mut self,
        parent: u64,
        name: &OsStr,
        newparent: u64,
        newname: &OsStr,
        noreplace: bool,
        exchange: bool,
    ) -> Res<()> {
        let src = self.lookup(parent, name)?;
        self.dir(newparent)?;
        if newname.len() > 255 {
            return Err(Errno::ENAMETOOLONG);
        }
        let dst = self.node(newparent)?.entries.get(newname).copied();
        let src_kind = self.node(src)?.meta.kind;
        if exchange {
            let dst = dst.ok_or(Errno::ENOENT)?;
            let dst_kind = self.node(dst)?.meta.kind;
            if (src_kind == Kind::Dir && self.is_ancestor_or_self(src, newparent))
                || (dst_kind == Kind::Dir && self.is_ancestor_or_self(dst, parent))
            {
                return Err(Errno::EINVAL);
            }
            self.node_mut(parent)?.entries.insert(name.to_owned(), dst);
            self.node_mut(newparent)?.entries.insert(newname.to_owned(), src);
            if src_kind == Kind::Dir {
                self.node_mut(src)?.parent = newparent;
            }
            if dst_kind == Kind::Dir {
                self.node_mut(dst)?.parent = parent;
            }
        } else {
            if dst == Some(src) {
                return Ok(());
            }
            if noreplace && dst.is_some() {
                return Err(Errno::EEXIST);
            }
            if src_kind == Kind::Dir && self.is_ancestor_or_self(src, newparent) {
                return Err(Errno::EINVAL);
            }
            if let Some(dst) = dst {
                let d = self.node(dst)?;
                match (src_kind, d.meta.kind) {
                    (Kind::Dir, Kind::File) => return Err(Errno::ENOTDIR),
                    (Kind::File, Kind::Dir) => return Err(Errno::EISDIR),
                    (Kind::Dir, Kind::Dir) if !d.entries.is_empty() => return Err(Errno::ENOTEMPTY),
                    _ => {}
                }
                if d.meta.kind == Kind::File {
                    let d = self.node_mut(dst)?;
                    d.nlink = d.nlink.saturating_sub(1);
                }
            }
            self.node_mut(parent)?.entries.remove(name);
            self.node_mut(newparent)?.entries.insert(newname.to_owned(), src);
            if src_kind == Kind::Dir {
                self.node_mut(src)?.parent = newparent;
            }
        }
        self.node_mut(src)?.meta.ctime = SystemTime::now();
        self.touch_dir(parent);
        if newparent != parent {
            self.touch_dir(newparent);
        }
        Ok(())
    }

    pub(crate) fn set_meta(
        &mut self,
        ino: u64,
        perm: Option<u16>,
        uid: Option<u32>,
        gid: Option<u32>,
        atime: Option<SystemTime>,
        mtime: Option<SystemTime>,
    ) -> Res<()> {
        let n = self.node_mut(ino)?;
        if let Some(p) = perm {
            n.meta.perm = p;
        }
        if let Some(u) = uid {
            n.meta.uid = u;
        }
        if let Some(g) = gid {
            n.meta.gid = g;
        }
        if let Some(a) = atime {
            n.meta.atime = a;
        }
        if let Some(m) = mtime {
            n.meta.mtime = m;
        }
        n.meta.ctime = SystemTime::now();
        Ok(())
    }

    fn backing_file(&mut self, ino: u64) -> Res<&File> {
        if !self.handles.contains_key(&ino) {
            let f = OpenOptions::new().read(true).write(true).create(true).truncate(false).open(self.data_path(ino)).map_err(io_errno)?;
            self.handles.insert(ino, f);
        }
        Ok(&self.handles[&ino])
    }

    /// The live bytes of page `p` as they are without the overlay (backing bytes below `base_limit`).
    fn base_page(&mut self, ino: u64, p: u64) -> Res<Box<[u8]>> {
        let mut buf = vec![0u8; PAGE as usize].into_boxed_slice();
        let limit = self.node(ino)?.data.base_limit;
        let start = p * PAGE;
        if start < limit {
            let n = (limit - start).min(PAGE) as usize;
            let f = self.backing_file(ino)?;
            f.read_exact_at(&mut buf[..n], start).map_err(io_errno)?;
        }
        Ok(buf)
    }

    pub(crate) fn read(&mut self, ino: u64, offset: u64, size: u32) -> Res<Vec<u8>> {
        let fsize = self.file_mut(ino)?.data.size;
        let end = offset.saturating_add(size as u64).min(fsize);
        let mut out = Vec::with_capacity(end.saturating_sub(offset) as usize);
        let mut pos = offset;
        while pos < end {
            let p = pos / PAGE;
            let in_page = (pos % PAGE) as usize;
            let n = ((PAGE - pos % PAGE).min(end - pos)) as usize;
            match self.node(ino)?.data.pages.get(&p) {
                Some(page) => out.extend_from_slice(&page[in_page..in_page + n]),
                None => {
                    let page = self.base_page(ino, p)?;
                    out.extend_from_slice(&page[in_page..in_page + n]);
                }
            }
            pos += n as u64;
        }
        Ok(out)
    }

    fn page_mut(&mut self, ino: u64, p: u64) -> Res<&mut [u8]> {
        if !self.node(ino)?.data.pages.contains_key(&p) {
            let page = self.base_page(ino, p)?;
            self.node_mut(ino)?.data.pages.insert(p, page);
        }
        Ok(self.node_mut(ino)?.data.pages.get_mut(&p).expect("page just inserted"))
    }

    pub(crate) fn write(&mut self, ino: u64, offset: u64, data: &[u8]) -> Res<()> {
        self.file_mut(ino)?;
        let end = offset.checked_add(data.len() as u64).ok_or(Errno::EFBIG)?;
        let mut pos = offset;
        while pos < end {
            let p = pos / PAGE;
            let in_page = (pos % PAGE) as usize;
            let n = ((PAGE - pos % PAGE).min(end - pos)) as usize;
            let src = &data[(pos - offset) as usize..(pos - offset) as usize + n];
            self.page_mut(ino, p)?[in_page..in_page + n].copy_from_slice(src);
            pos += n as u64;
        }
        let n = self.node_mut(ino)?;
        n.data.size = n.data.size.max(end);
        n.data.unsynced_bytes += data.len() as u64;
        n.data.dirty = true;
        let now = SystemTime::now();
        n.meta.mtime = now;
        n.meta.ctime = now;
        Ok(())
    }

    pub(crate) fn truncate(&mut self, ino: u64, size: u64) -> Res<()> {
        let n = self.file_mut(ino)?;
        let d = &mut n.data;
        if size < d.size {
            d.pages.retain(|p, _| p * PAGE < size);
            if size % PAGE != 0 {
                if let Some(page) = d.pages.get_mut(&(size / PAGE)) {
                    page[(size % PAGE) as usize..].fill(0);
                }
            }
            d.base_limit = d.base_limit.min(size);
        }
        d.unsynced_bytes += d.size.abs_diff(size);
        d.size = size;
        d.dirty = true;
        let now = SystemTime::now();
        n.meta.mtime = now;
        n.meta.ctime = now;
        Ok(())
    }

    /// fallocate: mode 0 extends the file, KEEP_SIZE alone changes nothing visible, PUNCH_HOLE and
    /// ZERO_RANGE zero the range; anything else is EOPNOTSUPP.
    pub(crate) fn fallocate(&mut self, ino: u64, offset: u64, length: u64, mode: i32) -> Res<()> {
        const KEEP_SIZE: i32 = 0x01;
        const PUNCH_HOLE: i32 = 0x02;
        const ZERO_RANGE: i32 = 0x10;
        let size = self.file_mut(ino)?.data.size;
        let end = offset.checked_add(length).ok_or(Errno::EFBIG)?;
        let zero = match mode & !KEEP_SIZE {
            0 => false,
            PUNCH_HOLE if mode & KEEP_SIZE != 0 => true,
            ZERO_RANGE => true,
            _ => return Err(Errno::EOPNOTSUPP),
        };
        if zero {
            let zend = if mode & KEEP_SIZE != 0 { end.min(size) } else { end };
            if offset < zend {
                let zeros = vec![0u8; (zend - offset).min(1 << 20) as usize];
                let mut pos = offset;
                while pos < zend {
                    let n = (zend - pos).min(zeros.len() as u64) as usize;
                    self.write(ino, pos, &zeros[..n])?;
                    pos += n as u64;
                }
            }
        } else if mode & KEEP_SIZE == 0 && end > size {
            self.truncate(ino, end)?;
        }
        Ok(())
    }

    /// fsync / fdatasync of a regular file: its data, size and metadata become durable.
    pub(crate) fn fsync_file(&mut self, ino: u64) -> Res<()> {
        let n = self.node(ino)?;
        if n.meta.kind == Kind::Dir {
            return self.fsync_dir(ino);
        }
        let meta = n.meta.clone();
        if n.data.dirty || n.data.size != n.data.durable_size {
            let (limit, size) = (n.data.base_limit, n.data.size);
            let pages = std::mem::take(&mut self.node_mut(ino)?.data.pages);
            let f = self.backing_file(ino)?;
            f.set_len(limit).map_err(io_errno)?;
            for (p, page) in &pages {
                let start = p * PAGE;
                if start >= size {
                    continue;
                }
                let n = (size - start).min(PAGE) as usize;
                f.write_all_at(&page[..n], start).map_err(io_errno)?;
            }
            f.set_len(size).map_err(io_errno)?;
            let d = &mut self.node_mut(ino)?.data;
            d.durable_size = size;
            d.base_limit = size;
            d.unsynced_bytes = 0;
            d.dirty = false;
        }
        if let Some(dn) = self.durable.get_mut(&ino) {
            if dn.meta != meta {
                dn.meta = meta;
                self.write_image()?;
            }
        }
        Ok(())
    }

    /// fsync of a directory: its entries (and the inodes they name) become durable.
    pub(crate) fn fsync_dir(&mut self, ino: u64) -> Res<()> {
        let d = self.dir(ino)?;
        let entries = d.entries.clone();
        let meta = d.meta.clone();
        for child in entries.values() {
            if !self.durable.contains_key(child) {
                let meta = self.node(*child)?.meta.clone();
                self.durable.insert(*child, DurNode { meta, entries: BTreeMap::new() });
            }
        }
        self.durable.insert(ino, DurNode { meta, entries });
        self.pending_ops.remove(&ino);
        self.write_image()
    }

    /// Makes everything durable: every file's data, then every directory's entries.
    pub(crate) fn sync_all(&mut self) -> Res<()> {
        let mut inos: Vec<u64> = self.live.keys().copied().collect();
        inos.sort();
        for ino in &inos {
            if self.live[ino].meta.kind == Kind::File {
                self.fsync_file(*ino)?;
            }
        }
        // Only directories reachable from the root: an unlinked directory has nothing to keep.
        let mut seen = HashSet::new();
        let mut queue = VecDeque::from([ROOT]);
        while let Some(dir) = queue.pop_front() {
            if !seen.insert(dir) {
                continue;
            }
            self.fsync_dir(dir)?;
            for child in self.live[&dir].entries.values() {
                if self.live.get(child).is_some_and(|c| c.meta.kind == Kind::Dir) {
                    queue.push_back(*child);
                }
            }
        }
        self.pending_ops.clear();
        Ok(())
    }

    pub(crate) fn stats(&self) -> CutStats {
        let mut s = CutStats::default();
        for n in self.live.values() {
            if n.meta.kind == Kind::File && (n.data.dirty || n.data.size != n.data.durable_size) {
                s.files_with_unsynced_data += 1;
                s.unsynced_bytes += n.data.unsynced_bytes;
            }
        }
        s.dirs_with_unsynced_entries = self.pending_ops.values().filter(|v| **v > 0).count();
        s.unsynced_namespace_ops = self.pending_ops.values().sum();
        s
    }
}
