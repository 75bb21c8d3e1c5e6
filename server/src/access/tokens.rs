//! Creator tokens: what one looks like, the file the server keeps their hashes in, and that file reloaded when an admin
//! changes it (a revocation takes effect within a second, without a restart).
//!
//! A token is `cinder_ct_` and 43 characters of base64url (32 random bytes): the prefix lets secret scanners spot a
//! leaked one. The file holds only `SHA-256(token)`, so reading it gives nobody a token. One line per token:
//!
//! ```text
//! # comments and blank lines are ignored
//! <sha256 hex> <expires: unix seconds, or 0 for never> <name>
//! ```

use std::collections::HashMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant, SystemTime};

use zeroize::Zeroizing;

/// What every token starts with.
pub const PREFIX: &str = "cinder_ct_";
/// Random bytes in a token.
const TOKEN_BYTES: usize = 32;
/// A name is short and plain, so it fits a line and a list: letters, digits, `.`, `_`, `-`.
const NAME_MAX: usize = 64;
/// How often a request may look at the file's metadata to notice a change.
const RECHECK: Duration = Duration::from_secs(1);

/// What went wrong with a tokens file, naming the line (never a token: the file holds none).
#[derive(Debug, thiserror::Error)]
pub enum TokensError {
    /// The file cannot be read or written.
    #[error("{path}: {error}")]
    Io {
        /// The file.
        path: PathBuf,
        /// Why.
        error: std::io::Error,
    },
    /// A line is not `<sha256 hex> <expires> <name>`.
    #[error("{path}:{line}: {what}")]
    Garbled {
        /// The file.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What is wrong with it.
        what: String,
    },
    /// A name is already used or not allowed.
    #[error("{0}")]
    Name(String),
}

/// One token's entry: its hash, when it stops working, its name (for people; never logged, never a metric label).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// SHA-256 of the whole token text.
    pub hash: [u8; 32],
    /// Unix seconds after which it is refused; `None`: never.
    pub expires: Option<u64>,
    /// What the admin called it.
    pub name: String,
}

/// A new token's text. Printed once by `cinder token new`; never stored.
pub struct Token(pub Zeroizing<String>);

impl Token {
    /// Draws a fresh token.
    pub fn generate() -> Token {
        let mut bytes = Zeroizing::new([0u8; TOKEN_BYTES]);
        ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut bytes[..]).expect("the OS random source works");
        Token(Zeroizing::new(format!("{PREFIX}{}", shared::b64::encode(&bytes[..]))))
    }
}

/// The hash a file keeps for `token`.
pub fn hash(token: &str) -> [u8; 32] {
    let digest = ring::digest::digest(&ring::digest::SHA256, token.as_bytes());
    digest.as_ref().try_into().expect("SHA-256 is 32 bytes")
}

/// Whether `text` has a token's shape (prefix, length, alphabet): anything else is refused before hashing.
pub fn looks_like_token(text: &str) -> bool {
    text.strip_prefix(PREFIX).is_some_and(|rest| shared::b64::decode(rest).is_some_and(|b| b.len() == TOKEN_BYTES))
}

/// Checks a name an admin gives.
pub fn check_name(name: &str) -> Result<(), TokensError> {
    let plain = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-');
    if name.is_empty() || name.len() > NAME_MAX || !name.chars().all(plain) {
        return Err(TokensError::Name(format!(
            "a token name is 1 to {NAME_MAX} letters, digits, `.`, `_` or `-` (e.g. ci-deploy), not `{}`",
            name.escape_debug()
        )));
    }
    Ok(())
}

/// Reads a tokens file; a missing file is an empty one (no token works).
pub fn read(path: &Path) -> Result<Vec<Entry>, TokensError> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(error) => return Err(TokensError::Io { path: path.into(), error }),
    };
    parse(path, &text)
}

fn parse(path: &Path, text: &str) -> Result<Vec<Entry>, TokensError> {
    let mut entries = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let garbled = |what: &str| TokensError::Garbled { path: path.into(), line: n + 1, what: what.into() };
        let mut fields = line.split_whitespace();
        let (Some(hex), Some(expires), Some(name), None) = (fields.next(), fields.next(), fields.next(), fields.next()) else {
            return Err(garbled("expected `<sha256 hex> <expires unix seconds or 0> <name>`"));
        };
        let hash = decode_hex(hex).ok_or_else(|| garbled("the hash is not 64 hexadecimal digits"))?;
        let expires = match expires.parse::<u64>() {
            Ok(0) => None,
            Ok(at) => Some(at),
            Err(_) => return Err(garbled("the expiry is not unix seconds (0 for never)")),
        };
        check_name(name).map_err(|e| garbled(&e.to_string()))?;
        if entries.iter().any(|e: &Entry| e.name == name) {
            return Err(garbled("this name is used twice"));
        }
        entries.push(Entry { hash, expires, name: name.into() });
    }
    Ok(entries)
}

fn decode_hex(text: &str) -> Option<[u8; 32]> {
    if text.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(text.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    Some(out)
}

fn render(entries: &[Entry]) -> String {
    let mut text = String::from(
        "# Cinder creator tokens: SHA-256 of each token, expiry (unix seconds, 0 = never), name.\n\
         # Managed by `cinder token new|list|revoke`; delete a line to revoke its token (servers notice within a second).\n",
    );
    for e in entries {
        let hex: String = e.hash.iter().map(|b| format!("{b:02x}")).collect();
        text.push_str(&format!("{hex} {} {}\n", e.expires.unwrap_or(0), e.name));
    }
    text
}

/// Replaces the file's contents durably: a temporary file in the same folder, synced, renamed over it, folder synced.
/// A new file is readable by its owner only; an existing one keeps its mode.
pub fn write(path: &Path, entries: &[Entry]) -> Result<(), TokensError> {
    use std::os::unix::fs::{OpenOptionsExt as _, PermissionsExt as _};
    let io = |error| TokensError::Io { path: path.into(), error };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mode = std::fs::metadata(path).map(|m| m.permissions().mode() & 0o777).unwrap_or(0o600);
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = std::fs::OpenOptions::new().write(true).create_new(true).mode(mode).open(&tmp)?;
        file.set_permissions(std::fs::Permissions::from_mode(mode))?;
        file.write_all(render(entries).as_bytes())?;
        file.sync_all()?;
        std::fs::rename(&tmp, path)?;
        std::fs::File::open(&dir)?.sync_all()
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.map_err(io)
}

/// Unix seconds now.
pub fn unix_now() -> u64 {
    SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

/// What a presented token is.
#[derive(Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Listed and not expired: its hash (which the rate limit may key on).
    Valid([u8; 32]),
    /// Unknown, revoked, expired, malformed, or the file is unusable right now (fail closed).
    Invalid,
}

/// The server's view of the tokens file: loaded at startup, reloaded when its identity (inode, size, mtime) changes.
pub struct TokenFile {
    path: PathBuf,
    state: Mutex<Loaded>,
}

struct Loaded {
    /// Hash → expiry; `None` when the file could not be read or parsed at the last reload (then no token works).
    tokens: Option<HashMap<[u8; 32], Option<u64>>>,
    stamp: Option<Stamp>,
    checked: Instant,
}

/// What tells a changed file from the one already loaded.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Stamp {
    inode: u64,
    len: u64,
    modified: Option<SystemTime>,
}

fn stamp(path: &Path) -> Option<Stamp> {
    use std::os::unix::fs::MetadataExt as _;
    let m = std::fs::metadata(path).ok()?;
    Some(Stamp { inode: m.ino(), len: m.len(), modified: m.modified().ok() })
}

impl std::fmt::Debug for TokenFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenFile").field("path", &self.path).field("tokens", &self.len()).finish()
    }
}

impl TokenFile {
    /// Loads `path` (startup: an unreadable or garbled file is an error naming the line).
    pub fn open(path: &Path) -> Result<TokenFile, TokensError> {
        let entries = read(path)?;
        let loaded = Loaded { tokens: Some(index(&entries)), stamp: stamp(path), checked: Instant::now() };
        Ok(TokenFile { path: path.into(), state: Mutex::new(loaded) })
    }

    /// How many tokens are loaded (for the startup log; never their names).
    pub fn len(&self) -> usize {
        self.state.lock().unwrap_or_else(std::sync::PoisonError::into_inner).tokens.as_ref().map_or(0, HashMap::len)
    }

    /// Whether no token is loaded.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Checks a presented token at `now` (unix seconds), reloading the file first if it changed.
    pub fn verify(&self, token: &str, now: u64) -> Verdict {
        if !looks_like_token(token) {
            return Verdict::Invalid;
        }
        let hash = hash(token);
        let mut state = self.state.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        self.reload_if_changed(&mut state);
        // A lookup by the hash of a 256-bit random value: its timing tells nothing about any listed token.
        match state.tokens.as_ref().and_then(|t| t.get(&hash)) {
            Some(None) => Verdict::Valid(hash),
            Some(Some(expires)) if now < *expires => Verdict::Valid(hash),
            _ => Verdict::Invalid,
        }
    }

    fn reload_if_changed(&self, state: &mut Loaded) {
        if state.checked.elapsed() < RECHECK {
            return;
        }
        state.checked = Instant::now();
        let now = stamp(&self.path);
        if now == state.stamp && state.tokens.is_some() {
            return;
        }
        state.stamp = now;
        match read(&self.path) {
            Ok(entries) => {
                state.tokens = Some(index(&entries));
                tracing::info!(tokens = entries.len(), "creator tokens file reloaded");
            }
            Err(e) => {
                state.tokens = None;
                tracing::error!(error = %e, "creator tokens file unusable: no token is accepted until it is fixed");
            }
        }
    }
}

fn index(entries: &[Entry]) -> HashMap<[u8; 32], Option<u64>> {
    entries.iter().map(|e| (e.hash, e.expires)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_has_its_prefix_and_only_its_hash_is_written() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tokens");
        let token = Token::generate();
        assert!(token.0.starts_with(PREFIX) && token.0.len() == PREFIX.len() + 43 && looks_like_token(&token.0));
        let entry = Entry { hash: hash(&token.0), expires: None, name: "ci".into() };
        write(&path, std::slice::from_ref(&entry)).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(!text.contains(&token.0[PREFIX.len()..]), "the file holds no token");
        assert_eq!(read(&path).unwrap(), vec![entry]);
        use std::os::unix::fs::PermissionsExt as _;
        assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
    }

    #[test]
    fn expired_revoked_and_malformed_tokens_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tokens");
        let (live, old) = (Token::generate(), Token::generate());
        let entries = vec![
            Entry { hash: hash(&live.0), expires: Some(2_000), name: "live".into() },
            Entry { hash: hash(&old.0), expires: Some(1_000), name: "old".into() },
        ];
        write(&path, &entries).unwrap();
        let file = TokenFile::open(&path).unwrap();
        assert_eq!(file.verify(&live.0, 1_500), Verdict::Valid(hash(&live.0)));
        assert_eq!(file.verify(&old.0, 1_500), Verdict::Invalid);
        assert_eq!(file.verify(&live.0, 2_000), Verdict::Invalid, "expired at its second");
        assert_eq!(file.verify("cinder_ct_short", 0), Verdict::Invalid);
        assert_eq!(file.verify(&Token::generate().0, 0), Verdict::Invalid);
    }

    #[test]
    fn garbled_lines_are_named() {
        let p = Path::new("t");
        for (text, says) in [
            ("abc 0 ci\n", ":1: the hash"),
            (&format!("# c\n{} x ci\n", "a".repeat(64)), ":2: the expiry"),
            (&format!("{} 0 bad/name\n", "a".repeat(64)), "token name"),
            (&format!("{0} 0 a\n{0} 0 a\n", "b".repeat(64)), "used twice"),
            (&format!("{} 0\n", "a".repeat(64)), "expected"),
        ] {
            let e = parse(p, text).unwrap_err().to_string();
            assert!(e.contains(says), "{text}: {e}");
        }
    }
}
