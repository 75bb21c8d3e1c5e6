//! Every setting of the server: one clap struct (flags with `CINDER_*` environment fallbacks) validated once into [`Config`].

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use axum::http::HeaderName;
use clap::Parser;

use crate::units::{parse_duration, parse_millis, parse_size};

/// A setting that cannot work, named with the value's problem (startup only).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct ConfigError(pub String);

/// Command line and environment of the `cinder` binary. Every flag has an environment fallback.
#[derive(Clone, Debug, Parser)]
#[command(
    name = "cinder",
    version,
    about = "Cinder: self-hosted, zero-knowledge, one-time secret sharing. Serves the API and the embedded web client."
)]
pub struct Args {
    /// Address and port to listen on (port 0 picks a free port; the chosen one is printed).
    #[arg(long, env = "CINDER_LISTEN", default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,

    /// Directory of the embedded store (created if missing): sled's metadata files and a `ciphertext/` folder.
    #[arg(long, env = "CINDER_DATA_DIR", default_value = "./data")]
    pub data_dir: PathBuf,

    /// Which store keeps the secrets: `sled`, the embedded store in CINDER_DATA_DIR (one instance), or Redis, shared by
    /// many instances: `redis://[user:password@]host:port[/db]` for one server, `redis+cluster://[user:password@]host:port,host:port,...`
    /// for a Redis Cluster (some of its nodes; the rest is discovered); `rediss://` and `rediss+cluster://` for TLS
    /// (the system's CA roots, or the file SSL_CERT_FILE names). Redis must run with `appendonly yes`,
    /// `appendfsync always` and `maxmemory-policy noeviction`.
    #[arg(long, env = "CINDER_STORE", default_value = "sled")]
    pub store: String,
    /// Accept a Redis that does not keep every write on disk (a restart of Redis then forgets every secret).
    #[arg(long, env = "CINDER_REDIS_ALLOW_RAM_ONLY", default_value_t = false, action = clap::ArgAction::Set)]
    pub redis_allow_ram_only: bool,
    /// WAIT mode (Redis only): replicas that must acknowledge every create, open, counted guess and burn before it is
    /// answered (`WAIT` on the node that ran it); fewer in time answer 503, and an open then never returns the
    /// ciphertext (such a secret may be lost, never shown twice). 0 turns it off: a failover may then lose the last
    /// acknowledged writes. With it on, the server refuses to start while a primary has fewer connected replicas.
    #[arg(long, env = "CINDER_REDIS_WAIT_REPLICAS", default_value_t = 0)]
    pub redis_wait_replicas: u32,
    /// How long one WAIT waits for the replicas (milliseconds, or with an ms/s suffix; 10 ms to 10 s).
    #[arg(long, env = "CINDER_REDIS_WAIT_TIMEOUT", default_value = "1s", value_parser = parse_millis)]
    pub redis_wait_timeout: Duration,

    /// Largest secret: its text and file contents together (bytes, or with a KiB/MiB/GiB suffix). The server accepts
    /// the ciphertext such a secret seals to, a little larger (padding, file names).
    #[arg(long, env = "CINDER_MAX_BYTES", default_value = "25MiB", value_parser = parse_size)]
    pub max_bytes: u64,

    /// Lifetimes a creator may choose, comma-separated (seconds, or with an s/m/h/d suffix).
    #[arg(long, env = "CINDER_TTL_CHOICES", default_value = "5m,1h,1d,7d,30d", value_delimiter = ',', value_parser = parse_duration)]
    pub ttl_choices: Vec<Duration>,

    /// Lifetime clients preselect; must be one of the choices.
    #[arg(long, env = "CINDER_DEFAULT_TTL", default_value = "7d", value_parser = parse_duration)]
    pub default_ttl: Duration,

    /// Wrong proofs (wrong link or passphrase) after which a secret is burned.
    #[arg(long, env = "CINDER_MAX_ATTEMPTS", default_value_t = 5)]
    pub max_attempts: u32,

    /// Most times a creator may let one secret be opened (1 to 1000); it ends at its last open or its expiry,
    /// whichever comes first.
    #[arg(long, env = "CINDER_MAX_VIEWS", default_value_t = 100)]
    pub max_views: u32,

    /// Secrets one client may create per minute (0 turns the limit off). Counted in memory, or with Redis in Redis for
    /// all instances under a keyed hash of the address (never the address); never logged.
    #[arg(long, env = "CINDER_RATE_LIMIT", default_value_t = 30)]
    pub rate_limit: u32,

    /// With Redis: a file holding the key that names each client's rate-limit bucket (at least 32 characters, e.g.
    /// from `openssl rand -hex 32`; give every server the same file). Then no key is kept in Redis, so someone who
    /// reads all of Redis cannot test addresses against the buckets. Unset: a random key shared through Redis.
    #[arg(long, env = "CINDER_RATE_LIMIT_KEY_FILE")]
    pub rate_limit_key_file: Option<PathBuf>,

    /// Header, set by a trusted reverse proxy, that names the client for the rate limit (e.g. X-Forwarded-For, whose
    /// rightmost entry is used, X-Real-IP, or RFC 7239 Forwarded). Unset: the TCP peer address. Only set it behind a
    /// proxy that overwrites it; a request without a usable value falls back to the peer (warned once).
    #[arg(long, env = "CINDER_CLIENT_IP_HEADER")]
    pub client_ip_header: Option<String>,

    /// Who may create secrets: `open` (anyone who can reach the server), `restricted` (only requests one of the rules
    /// below allows: a creator token, a trusted proxy's identity header, an allowlisted address) or `off` (this instance
    /// only opens links). Opening, peeking and receipts are never restricted.
    #[arg(long = "create", env = "CINDER_CREATE", value_enum, default_value = "open")]
    pub create: crate::access::CreateMode,
    /// Restricted: the file of creator tokens' hashes (`cinder token new` writes it; reloaded within a second of a
    /// change, so a revoked token stops at once). Clients send a token as `Authorization: Bearer`.
    #[arg(long, env = "CINDER_CREATOR_TOKENS_FILE")]
    pub creator_tokens_file: Option<PathBuf>,
    /// Restricted: header in which a trusted reverse proxy names the signed-in person (e.g. X-Forwarded-User for
    /// oauth2-proxy, Remote-User for Authelia, X-authentik-username, Tailscale-User-Login). Believed only from
    /// CINDER_TRUSTED_PROXIES; from anyone else a create carrying it is refused.
    #[arg(long, env = "CINDER_IDENTITY_HEADER")]
    pub identity_header: Option<String>,
    /// Restricted: header listing the person's groups, comma- or `|`-separated (e.g. X-Forwarded-Groups, Remote-Groups,
    /// X-authentik-groups). Used with CINDER_ALLOWED_GROUPS.
    #[arg(long, env = "CINDER_GROUPS_HEADER")]
    pub groups_header: Option<String>,
    /// Restricted: groups, comma-separated, one of which the person must be in. Unset: anyone the proxy vouches for.
    #[arg(long, env = "CINDER_ALLOWED_GROUPS", value_delimiter = ',')]
    pub allowed_groups: Vec<String>,
    /// Reverse proxies (addresses or networks, comma-separated, e.g. 127.0.0.1,10.0.0.0/8) whose identity header and
    /// client-address header (CINDER_CLIENT_IP_HEADER) are believed; from any other peer they are not.
    #[arg(long, env = "CINDER_TRUSTED_PROXIES", value_delimiter = ',')]
    pub trusted_proxies: Vec<String>,
    /// Restricted: client addresses or networks (comma-separated) that may create, e.g. an office or VPN range. The
    /// address is the TCP peer, or CINDER_CLIENT_IP_HEADER as a trusted proxy set it.
    #[arg(long, env = "CINDER_CREATE_ALLOW_CIDRS", value_delimiter = ',')]
    pub create_allow_cidrs: Vec<String>,
    /// Restricted: where the page sends people who must sign in first (e.g. /oauth2/start?rd=/ for oauth2-proxy, or
    /// your portal's URL). Unset: the page only says to sign in through your organisation.
    #[arg(long, env = "CINDER_SIGN_IN_URL")]
    pub sign_in_url: Option<String>,

    /// Longest time one request may take, upload included (seconds, or with an s/m/h/d suffix).
    #[arg(long, env = "CINDER_REQUEST_TIMEOUT", default_value = "60s", value_parser = parse_duration)]
    pub request_timeout: Duration,

    /// Most secrets held at once; creating more answers 507 until some are opened, burned or expired.
    #[arg(long, env = "CINDER_MAX_SECRETS", default_value_t = 1_000_000)]
    pub max_secrets: u64,

    /// Most bytes the stored secrets and receipts may occupy on disk (bytes, or with a KiB/MiB/GiB suffix): each
    /// ciphertext rounded up to 4 KiB blocks, plus 512 bytes per record.
    #[arg(long, env = "CINDER_MAX_STORED_BYTES", default_value = "5GiB", value_parser = parse_size)]
    pub max_stored_bytes: u64,

    /// Memory the database may use to cache pages (bytes, or with a KiB/MiB/GiB suffix).
    #[arg(long, env = "CINDER_CACHE_BYTES", default_value = "8MiB", value_parser = parse_size)]
    pub cache_bytes: u64,

    /// Address and port of the Prometheus metrics listener (`GET /metrics`; port 0 picks a free port, printed). Unset:
    /// no metrics. Its own listener, never the public one: keep it on loopback or a private network.
    #[arg(long, env = "CINDER_METRICS_LISTEN")]
    pub metrics_listen: Option<SocketAddr>,
    /// URL (http or https) that gets a signed JSON POST when a secret is opened, burned or expires, naming it only by
    /// its fingerprint; from this setting only, never from a request. Unset: no webhooks. Needs
    /// CINDER_WEBHOOK_SECRET_FILE.
    #[arg(long, env = "CINDER_WEBHOOK_URL")]
    pub webhook_url: Option<String>,

    /// File holding the key that signs each webhook (HMAC-SHA256, the `Cinder-Signature` header), at least 32
    /// characters (e.g. `openssl rand -hex 32`); the receiver checks with the same key.
    #[arg(long, env = "CINDER_WEBHOOK_SECRET_FILE")]
    pub webhook_secret_file: Option<std::path::PathBuf>,

    /// A TOML file with the instance's own words, which every page shows as plain text: `name` (header and tab title),
    /// `imprint` (the operator's legal notice or contact, at the foot of every page) and a `[gone]` table of notes by
    /// language (en, sv, bg, uk) shown where a link turns out to be opened, burned or expired. Read once at startup.
    #[arg(long, env = "CINDER_INSTANCE_FILE")]
    pub instance_file: Option<PathBuf>,

    /// Log filter: error, warn, info, debug or trace (tracing's EnvFilter syntax). No level logs ids, proofs or addresses.
    #[arg(long, env = "CINDER_LOG", default_value = "info")]
    pub log: String,

    /// What to do besides serving: set by `cinder move-secrets` (its own subcommand of the command line), never a flag.
    #[arg(skip)]
    pub command: Option<Command>,
}

/// What the store settings are for besides serving (`cinder move-secrets`, see `cli::Command`).
#[derive(Clone, Debug)]
pub enum Command {
    /// Move everything from the configured store to another.
    MoveSecrets(MoveArgs),
}

/// Settings of `cinder move-secrets`.
#[derive(Clone, Debug, clap::Args)]
pub struct MoveArgs {
    /// The destination: `sled:<dir>` (an embedded store's directory, created if missing) or a Redis URL as CINDER_STORE
    /// takes it (`redis://`, `redis+cluster://`, `rediss://`, `rediss+cluster://`). Its caps are CINDER_MAX_SECRETS and
    /// CINDER_MAX_STORED_BYTES.
    #[arg(long, env = "CINDER_MOVE_TO")]
    pub to: String,
}

/// What the binary runs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Task {
    /// Serve HTTP (the default).
    Serve,
    /// Move everything from the configured store to another, then exit.
    MoveSecrets {
        /// The destination.
        to: StoreAt,
    },
}

/// One store, fully named: a sled directory, or a Redis.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreAt {
    /// The embedded store in this directory.
    Sled(PathBuf),
    /// Redis, one server or a cluster.
    Redis(crate::store::redis::RedisSettings),
}

/// Which backend keeps the secrets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreKind {
    /// The embedded sled store in [`Config::data_dir`].
    Sled,
    /// Redis, one server or a cluster.
    Redis(crate::store::redis::RedisSettings),
}

/// Validated settings. Durations the API reports are whole seconds.
#[derive(Clone, Debug)]
pub struct Config {
    /// Where to listen.
    pub listen: SocketAddr,
    /// Database directory.
    pub data_dir: PathBuf,
    /// The backend.
    pub store: StoreKind,
    /// Largest secret (text and file contents) in bytes, as clients are told.
    pub max_bytes: u64,
    /// Largest ciphertext accepted: what a secret of `max_bytes` seals to (`shared::envelope::ciphertext_limit`).
    pub max_ciphertext: u64,
    /// Allowed lifetimes in seconds, ascending, without duplicates.
    pub ttl_choices: Vec<u64>,
    /// Preselected lifetime in seconds (one of `ttl_choices`).
    pub default_ttl: u64,
    /// Wrong proofs before a secret burns.
    pub max_attempts: u32,
    /// Most opens a creator may allow one secret.
    pub max_views: u32,
    /// Creations per client per minute; 0 = unlimited.
    pub rate_limit: u32,
    /// Trusted header naming the client, if any.
    pub client_ip_header: Option<HeaderName>,
    /// Per-request time limit.
    pub request_timeout: Duration,
    /// Cap on live secrets.
    pub max_secrets: u64,
    /// Cap on the bytes stored secrets and receipts occupy (`store::charged_bytes`).
    pub max_stored_bytes: u64,
    /// Database page cache in bytes.
    pub cache_bytes: u64,
    /// Where metrics are served, if anywhere.
    pub metrics_listen: Option<SocketAddr>,
    /// Log filter directive.
    pub log: String,
    /// The instance's own words (CINDER_INSTANCE_FILE), if it has any.
    pub instance: Option<shared::api::Instance>,
    /// Serve, or move the secrets elsewhere.
    pub task: Task,
    /// Who may create.
    pub access: crate::access::Rules,
    /// Where webhooks go, if anywhere.
    pub webhook: Option<crate::webhooks::Settings>,
}

/// Lifetimes longer than this are refused: a secret-sharing link should not live for years.
const MAX_TTL_SECS: u64 = 365 * 86_400;
/// A secret larger than this is not what a one-time link is for.
const MAX_MAX_BYTES: u64 = 1 << 30;
/// The most opens `CINDER_MAX_VIEWS` may allow one secret.
const MAX_MAX_VIEWS: u32 = 1000;
/// Bounds of the database page cache.
const CACHE_BYTES: std::ops::RangeInclusive<u64> = (1 << 20)..=(16 << 30);
/// Longest request time limit.
const MAX_REQUEST_TIMEOUT: Duration = Duration::from_secs(3_600);
/// Bounds of one WAIT: long enough for a replica across a network, short enough that a missing one is a fast 503.
const WAIT_TIMEOUT: std::ops::RangeInclusive<Duration> = Duration::from_millis(10)..=Duration::from_secs(10);
/// More replicas than any deployment has: a typo, not a choice.
const MAX_WAIT_REPLICAS: u32 = 100;

impl Config {
    /// Parses an explicit argument list (tests, tools), with the same environment fallbacks.
    pub fn from_arg_list<I, T>(args: I) -> Result<Config, ConfigError>
    where
        I: IntoIterator<Item = T>,
        T: Into<std::ffi::OsString> + Clone,
    {
        let args = Args::try_parse_from(args).map_err(|e| ConfigError(e.to_string()))?;
        Config::from_args(args)
    }

    /// Checks cross-field rules once, so the rest of the server can trust every value.
    pub fn from_args(args: Args) -> Result<Config, ConfigError> {
        let bad = |m: String| Err(ConfigError(m));
        let mut ttl_choices: Vec<u64> = args.ttl_choices.iter().map(Duration::as_secs).collect();
        ttl_choices.sort_unstable();
        ttl_choices.dedup();
        if ttl_choices.is_empty() {
            return bad("CINDER_TTL_CHOICES: at least one lifetime is needed".into());
        }
        if ttl_choices[0] == 0 || ttl_choices[ttl_choices.len() - 1] > MAX_TTL_SECS {
            return bad(format!("CINDER_TTL_CHOICES: each lifetime must be between 1 s and {MAX_TTL_SECS} s"));
        }
        let default_ttl = args.default_ttl.as_secs();
        if !ttl_choices.contains(&default_ttl) {
            return bad("CINDER_DEFAULT_TTL: must be one of CINDER_TTL_CHOICES".into());
        }
        if args.max_bytes == 0 || args.max_bytes > MAX_MAX_BYTES {
            return bad(format!("CINDER_MAX_BYTES: must be between 1 and {MAX_MAX_BYTES}"));
        }
        if !(1..=1000).contains(&args.max_attempts) {
            return bad("CINDER_MAX_ATTEMPTS: must be between 1 and 1000".into());
        }
        if args.request_timeout.is_zero() || args.request_timeout > MAX_REQUEST_TIMEOUT {
            return bad(format!("CINDER_REQUEST_TIMEOUT: must be between 1 s and {} s", MAX_REQUEST_TIMEOUT.as_secs()));
        }
        if args.max_secrets == 0 {
            return bad("CINDER_MAX_SECRETS: must be positive".into());
        }
        let max_views = args.max_views;
        if !(1..=MAX_MAX_VIEWS).contains(&max_views) {
            return bad(format!("CINDER_MAX_VIEWS: must be between 1 and {MAX_MAX_VIEWS}"));
        }
        let max_ciphertext = shared::envelope::ciphertext_limit(args.max_bytes);
        // The largest allowed secret must fit, with its receipt, or it would always answer 507.
        let largest = crate::store::charged_bytes(max_ciphertext) + crate::store::receipt_charge(max_views);
        if args.max_stored_bytes < largest {
            return bad(format!(
                "CINDER_MAX_STORED_BYTES: must be at least {largest} bytes, what the largest secret CINDER_MAX_BYTES allows occupies"
            ));
        }
        if !CACHE_BYTES.contains(&args.cache_bytes) {
            return bad(format!("CINDER_CACHE_BYTES: must be between {} and {} bytes", CACHE_BYTES.start(), CACHE_BYTES.end()));
        }
        if args.redis_wait_replicas > MAX_WAIT_REPLICAS {
            return bad(format!("CINDER_REDIS_WAIT_REPLICAS: must be between 0 (off) and {MAX_WAIT_REPLICAS}"));
        }
        if !WAIT_TIMEOUT.contains(&args.redis_wait_timeout) {
            return bad(format!(
                "CINDER_REDIS_WAIT_TIMEOUT: must be between {} ms and {} ms",
                WAIT_TIMEOUT.start().as_millis(),
                WAIT_TIMEOUT.end().as_millis()
            ));
        }
        let wait = (args.redis_wait_replicas > 0)
            .then_some(crate::store::redis::WaitSettings { replicas: args.redis_wait_replicas, timeout: args.redis_wait_timeout });
        let limit_key = match &args.rate_limit_key_file {
            None => None,
            Some(_) if args.store.trim() == "sled" => {
                return bad("CINDER_RATE_LIMIT_KEY_FILE: only a Redis store keeps rate-limit buckets (with sled they stay in memory)".into())
            }
            Some(path) => Some(crate::store::redis::LimitKey::new(read_key_file("CINDER_RATE_LIMIT_KEY_FILE", path)?)),
        };
        let redis = |text: &str, setting: &str| -> Result<crate::store::redis::RedisSettings, ConfigError> {
            Ok(crate::store::redis::RedisSettings {
                target: redis_target(text, setting)?,
                prefix: "cinder".into(),
                allow_ram_only: args.redis_allow_ram_only,
                wait,
                limit_key: limit_key.clone(),
            })
        };
        let store = match args.store.trim() {
            "sled" if wait.is_some() => {
                return bad("CINDER_REDIS_WAIT_REPLICAS: WAIT mode needs a Redis store (CINDER_STORE=redis://...)".into())
            }
            "sled" => StoreKind::Sled,
            other => StoreKind::Redis(redis(other, "CINDER_STORE")?),
        };
        let task = match &args.command {
            None => Task::Serve,
            Some(Command::MoveSecrets(m)) => {
                let to = match m.to.trim().strip_prefix("sled:") {
                    Some("") => return bad("--to: `sled:` needs a directory, e.g. `sled:/var/lib/cinder-new`".into()),
                    Some(dir) => StoreAt::Sled(PathBuf::from(dir)),
                    None => StoreAt::Redis(redis(m.to.trim(), "--to")?),
                };
                let same = match (&to, &store) {
                    (StoreAt::Sled(dir), StoreKind::Sled) => {
                        let real = |p: &std::path::Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
                        real(dir) == real(&args.data_dir)
                    }
                    (StoreAt::Redis(to), StoreKind::Redis(from)) => to.target == from.target,
                    _ => false,
                };
                if same {
                    return bad("--to: the destination is the store the secrets are in (CINDER_STORE / CINDER_DATA_DIR)".into());
                }
                Task::MoveSecrets { to }
            }
        };
        let client_ip_header = match args.client_ip_header.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(name) => match HeaderName::try_from(name) {
                Ok(h) => Some(h),
                Err(_) => return bad("CINDER_CLIENT_IP_HEADER: not a valid header name".into()),
            },
        };
        if args.metrics_listen.is_some_and(|m| m.port() != 0 && m == args.listen) {
            return bad("CINDER_METRICS_LISTEN: must differ from CINDER_LISTEN (metrics have a listener of their own)".into());
        }
        let access = access_rules(&args, client_ip_header.is_some())?;
        if tracing_subscriber::EnvFilter::try_new(&args.log).is_err() {
            return bad("CINDER_LOG: not a valid log filter".into());
        }
        let instance = args.instance_file.as_deref().map(crate::instance::load).transpose()?.flatten();
        let webhook = webhook_settings(args.webhook_url.as_deref(), args.webhook_secret_file.as_deref())?;
        Ok(Config {
            listen: args.listen,
            data_dir: args.data_dir,
            store,
            max_bytes: args.max_bytes,
            max_ciphertext,
            ttl_choices,
            default_ttl,
            max_attempts: args.max_attempts,
            max_views,
            rate_limit: args.rate_limit,
            client_ip_header,
            request_timeout: args.request_timeout,
            max_secrets: args.max_secrets,
            max_stored_bytes: args.max_stored_bytes,
            cache_bytes: args.cache_bytes,
            metrics_listen: args.metrics_listen,
            log: args.log,
            instance,
            task,
            access,
            webhook,
        })
    }

    /// The configured store, fully named.
    pub fn store_at(&self) -> StoreAt {
        match &self.store {
            StoreKind::Sled => StoreAt::Sled(self.data_dir.clone()),
            StoreKind::Redis(settings) => StoreAt::Redis(settings.clone()),
        }
    }

    /// The longest allowed lifetime in seconds.
    pub fn max_ttl(&self) -> u64 {
        self.ttl_choices[self.ttl_choices.len() - 1]
    }
}

/// The creation rules, checked together: a rule that could never apply is a mistake an admin must hear about now.
fn access_rules(args: &Args, client_ip_header: bool) -> Result<crate::access::Rules, ConfigError> {
    use crate::access::{parse_cidrs, CreateMode, Rules};
    let bad = |m: &str| Err(ConfigError(m.into()));
    let header = |text: &Option<String>, setting: &str| match text.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(name) => HeaderName::try_from(name).map(Some).map_err(|_| ConfigError(format!("{setting}: not a valid header name"))),
    };
    let identity_header = header(&args.identity_header, "CINDER_IDENTITY_HEADER")?;
    let groups_header = header(&args.groups_header, "CINDER_GROUPS_HEADER")?;
    let allowed_groups: Vec<String> = args.allowed_groups.iter().map(|g| g.trim().to_owned()).filter(|g| !g.is_empty()).collect();
    let trusted_proxies = parse_cidrs(&args.trusted_proxies).map_err(|e| ConfigError(format!("CINDER_TRUSTED_PROXIES: {e}")))?;
    let allow_cidrs = parse_cidrs(&args.create_allow_cidrs).map_err(|e| ConfigError(format!("CINDER_CREATE_ALLOW_CIDRS: {e}")))?;
    let sign_in_url = args.sign_in_url.as_deref().map(str::trim).filter(|u| !u.is_empty()).map(str::to_owned);
    let tokens_file = args.creator_tokens_file.as_ref().filter(|p| !p.as_os_str().is_empty());
    let restricted = args.create == CreateMode::Restricted;
    let rule_settings = [
        ("CINDER_CREATOR_TOKENS_FILE", tokens_file.is_some()),
        ("CINDER_IDENTITY_HEADER", identity_header.is_some()),
        ("CINDER_GROUPS_HEADER", groups_header.is_some()),
        ("CINDER_ALLOWED_GROUPS", !allowed_groups.is_empty()),
        ("CINDER_CREATE_ALLOW_CIDRS", !allow_cidrs.is_empty()),
        ("CINDER_SIGN_IN_URL", sign_in_url.is_some()),
    ];
    if let Some((setting, _)) = rule_settings.iter().find(|(_, set)| *set && !restricted) {
        return Err(ConfigError(format!("{setting}: only applies with CINDER_CREATE=restricted")));
    }
    if restricted && tokens_file.is_none() && identity_header.is_none() && allow_cidrs.is_empty() {
        return bad("CINDER_CREATE=restricted: nobody could create; set CINDER_CREATOR_TOKENS_FILE, CINDER_IDENTITY_HEADER or \
             CINDER_CREATE_ALLOW_CIDRS (or CINDER_CREATE=off for an instance that only opens links)");
    }
    if identity_header.is_some() && trusted_proxies.is_empty() {
        return bad("CINDER_IDENTITY_HEADER: needs CINDER_TRUSTED_PROXIES, the proxies allowed to set it");
    }
    if (groups_header.is_some() || !allowed_groups.is_empty()) && identity_header.is_none() {
        return bad("CINDER_GROUPS_HEADER and CINDER_ALLOWED_GROUPS: need CINDER_IDENTITY_HEADER");
    }
    if groups_header.is_some() == allowed_groups.is_empty() {
        return bad("CINDER_GROUPS_HEADER and CINDER_ALLOWED_GROUPS: set both, or neither");
    }
    if !allow_cidrs.is_empty() && client_ip_header && trusted_proxies.is_empty() {
        return bad("CINDER_CREATE_ALLOW_CIDRS: with CINDER_CLIENT_IP_HEADER, set CINDER_TRUSTED_PROXIES too, or anyone could \
             claim an allowed address in that header");
    }
    if let Some(url) = &sign_in_url {
        let safe = url.starts_with("https://") || url.starts_with("http://") || (url.starts_with('/') && !url.starts_with("//"));
        if !safe || url.chars().any(|c| c.is_control() || c.is_whitespace()) {
            return bad("CINDER_SIGN_IN_URL: an http(s) URL or a path on this host (starting with one /)");
        }
    }
    let tokens = match tokens_file {
        None => None,
        Some(path) => Some(std::sync::Arc::new(
            crate::access::tokens::TokenFile::open(path).map_err(|e| ConfigError(format!("CINDER_CREATOR_TOKENS_FILE: {e}")))?,
        )),
    };
    Ok(Rules { mode: args.create, tokens, identity_header, groups_header, allowed_groups, trusted_proxies, allow_cidrs, sign_in_url })
}

/// The shortest key a key file may hold, in bytes (e.g. `openssl rand -hex 32` writes 64).
pub const KEY_MIN_BYTES: usize = 32;

/// Reads a key file (the rate-limit key, the webhook signing key): its content trimmed, at least [`KEY_MIN_BYTES`].
/// The key never appears in a message.
fn read_key_file(setting: &str, path: &std::path::Path) -> Result<zeroize::Zeroizing<Vec<u8>>, ConfigError> {
    let text = zeroize::Zeroizing::new(
        std::fs::read_to_string(path).map_err(|e| ConfigError(format!("{setting}: cannot read {}: {e}", path.display())))?,
    );
    let key = text.trim();
    if key.len() < KEY_MIN_BYTES {
        return Err(ConfigError(format!(
            "{setting}: {} must hold a key of at least {KEY_MIN_BYTES} characters (e.g. `openssl rand -hex 32`)",
            path.display()
        )));
    }
    Ok(zeroize::Zeroizing::new(key.as_bytes().to_vec()))
}

/// CINDER_WEBHOOK_URL and CINDER_WEBHOOK_SECRET_FILE: both or neither. Messages never repeat the URL (it may hold the
/// receiver's token).
fn webhook_settings(url: Option<&str>, key_file: Option<&std::path::Path>) -> Result<Option<crate::webhooks::Settings>, ConfigError> {
    let url = url.map(str::trim).filter(|u| !u.is_empty());
    let (url, key_file) = match (url, key_file) {
        (None, None) => return Ok(None),
        (Some(_), None) => {
            return Err(ConfigError("CINDER_WEBHOOK_SECRET_FILE: needed with CINDER_WEBHOOK_URL (the key that signs each webhook)".into()))
        }
        (None, Some(_)) => {
            return Err(ConfigError("CINDER_WEBHOOK_URL: needed with CINDER_WEBHOOK_SECRET_FILE (where the webhooks go)".into()))
        }
        (Some(url), Some(file)) => (url, file),
    };
    let url = reqwest::Url::parse(url).map_err(|e| ConfigError(format!("CINDER_WEBHOOK_URL: not a URL ({e})")))?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err(ConfigError("CINDER_WEBHOOK_URL: must be an http:// or https:// URL with a host".into()));
    }
    let key = read_key_file("CINDER_WEBHOOK_SECRET_FILE", key_file)?;
    Ok(Some(crate::webhooks::Settings { url, key: std::sync::Arc::new(key) }))
}

/// Which Redis `setting` (CINDER_STORE, --to) names, checked without connecting. Messages never repeat the URL (it may
/// hold a password).
fn redis_target(text: &str, setting: &str) -> Result<crate::store::redis::Target, ConfigError> {
    use crate::store::redis::Target;
    let bad = |m: &str| Err(ConfigError(format!("{setting}: {m}")));
    let check = |url: &str| match redis::Client::open(url) {
        Ok(_) => Ok(()),
        Err(e) => Err(ConfigError(format!("{setting}: not a usable Redis URL ({:?})", e.kind()))),
    };
    let cluster = text.strip_prefix("redis+cluster://").map(|rest| ("redis", rest));
    if let Some((scheme, rest)) = cluster.or_else(|| text.strip_prefix("rediss+cluster://").map(|rest| ("rediss", rest))) {
        let (auth, hosts) = match rest.rsplit_once('@') {
            Some((auth, hosts)) => (format!("{auth}@"), hosts),
            None => (String::new(), rest),
        };
        let nodes: Vec<String> = hosts
            .trim_end_matches('/')
            .split(',')
            .filter(|h| !h.trim().is_empty())
            .map(|h| format!("{scheme}://{auth}{}", h.trim()))
            .collect();
        if nodes.is_empty() {
            return bad("redis+cluster:// needs at least one host:port");
        }
        for node in &nodes {
            check(node)?;
        }
        return Ok(Target::Cluster(nodes));
    }
    if text.starts_with("redis://") || text.starts_with("rediss://") {
        check(text)?;
        return Ok(Target::Single(text.to_owned()));
    }
    let sled = if setting == "--to" { "`sled:<dir>`" } else { "`sled`" };
    Err(ConfigError(format!(
        "{setting}: expected {sled}, `redis://host:port` (`rediss://` for TLS) or `redis+cluster://host:port,host:port` (`rediss+cluster://`)"
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_valid() {
        let c = Config::from_arg_list(["cinder"]).unwrap();
        assert_eq!(c.listen.to_string(), "127.0.0.1:8080");
        assert_eq!(c.max_bytes, 25 << 20);
        assert_eq!(c.ttl_choices, vec![300, 3_600, 86_400, 604_800, 2_592_000]);
        assert_eq!(c.default_ttl, 604_800, "a week, as the create page preselects");
        assert_eq!(c.max_attempts, 5);
        assert_eq!(c.max_views, 100);
        assert_eq!(c.max_ttl(), 2_592_000);

        assert_eq!(c.metrics_listen, None, "no metrics unless asked");
    }

    #[test]
    fn operator_mistakes_are_refused_at_startup() {
        for args in [
            &["cinder", "--default-ttl", "2h"][..],
            &["cinder", "--ttl-choices", "0s"],
            &["cinder", "--max-attempts", "0"],
            &["cinder", "--max-views", "0"],
            &["cinder", "--max-views", "1001"],
            &["cinder", "--max-bytes", "0"],
            &["cinder", "--ttl-choices", "1x"],
            &["cinder", "--client-ip-header", "bad header"],
            &["cinder", "--log", "[["],
            &["cinder", "--max-stored-bytes", "25MiB"],
            &["cinder", "--cache-bytes", "0"],
            &["cinder", "--request-timeout", "100000d"],
            &["cinder", "--store", "postgres://x"],
            &["cinder", "--store", "redis+cluster://"],
            &["cinder", "--redis-wait-replicas", "1"],
            &["cinder", "--store", "redis://h:1", "--redis-wait-replicas", "1", "--redis-wait-timeout", "0"],
            &["cinder", "--store", "redis://h:1", "--redis-wait-replicas", "1", "--redis-wait-timeout", "1m"],
            &["cinder", "--store", "redis://h:1", "--redis-wait-replicas", "1000"],
            &["cinder", "--listen", "127.0.0.1:9000", "--metrics-listen", "127.0.0.1:9000"],
        ] {
            assert!(Config::from_arg_list(args.iter().copied()).is_err(), "{args:?}");
        }
    }

    #[test]
    fn redis_urls_name_one_server_or_cluster_nodes() {
        use crate::store::redis::Target;
        let kind = |s: &str| Config::from_arg_list(["cinder", "--store", s]).unwrap().store;
        let StoreKind::Redis(single) = kind("redis://:pw@127.0.0.1:6379/") else { panic!("redis") };
        assert_eq!(single.target, Target::Single("redis://:pw@127.0.0.1:6379/".into()));
        assert!(!format!("{single:?}").contains("pw"), "no password in Debug output");
        let StoreKind::Redis(cluster) = kind("redis+cluster://u:pw@10.0.0.1:7000,10.0.0.2:7001/") else { panic!("cluster") };
        assert_eq!(cluster.target, Target::Cluster(vec!["redis://u:pw@10.0.0.1:7000".into(), "redis://u:pw@10.0.0.2:7001".into()]));
        let StoreKind::Redis(tls) = kind("rediss+cluster://h1:1,h2:2") else { panic!("tls cluster") };
        assert_eq!(tls.target, Target::Cluster(vec!["rediss://h1:1".into(), "rediss://h2:2".into()]));
        assert_eq!(kind("sled"), StoreKind::Sled);
        assert_eq!(single.wait, None, "WAIT mode is off by default");
        let waiting =
            Config::from_arg_list(["cinder", "--store", "redis://h:1", "--redis-wait-replicas", "2", "--redis-wait-timeout", "250ms"]);
        let StoreKind::Redis(waiting) = waiting.unwrap().store else { panic!("redis") };
        let want = crate::store::redis::WaitSettings { replicas: 2, timeout: Duration::from_millis(250) };
        assert_eq!(waiting.wait, Some(want));
    }

    #[test]
    fn a_rate_limit_key_file_is_read_once_and_only_for_redis() {
        let dir = tempfile::tempdir().unwrap();
        let (good, short) = (dir.path().join("good"), dir.path().join("short"));
        std::fs::write(&good, format!("{}\n", "ab".repeat(32))).unwrap();
        std::fs::write(&short, "tiny").unwrap();
        let cfg = |store: &str, file: &std::path::Path| {
            Config::from_arg_list(["cinder", "--store", store, "--rate-limit-key-file", file.to_str().unwrap()])
        };
        let StoreKind::Redis(r) = cfg("redis://h:1/", &good).unwrap().store else { panic!("redis") };
        assert!(r.limit_key.is_some() && !format!("{r:?}").contains("abab"), "read, and never printed");
        for (store, file, says) in [
            ("sled", good.as_path(), "only a Redis store"),
            ("redis://h:1/", short.as_path(), "at least 32 characters"),
            ("redis://h:1/", dir.path().join("missing").as_path(), "cannot read"),
        ] {
            let e = cfg(store, file).unwrap_err().to_string();
            assert!(e.contains("CINDER_RATE_LIMIT_KEY_FILE") && e.contains(says), "{store} {file:?}: {e}");
        }
    }

    #[test]
    fn an_instance_file_is_read_once_and_its_mistakes_name_the_setting() {
        let dir = tempfile::tempdir().unwrap();
        let cfg = |text: &str| {
            let file = dir.path().join("instance.toml");
            std::fs::write(&file, text).unwrap();
            Config::from_arg_list(["cinder", "--instance-file", file.to_str().unwrap()])
        };
        let words = cfg("name = \"Example\"\n[gone]\nsv = \"Säg till.\"\n").unwrap().instance.unwrap();
        assert_eq!((words.name.as_deref(), words.gone_note("sv")), (Some("Example"), Some("Säg till.")));
        assert_eq!(Config::from_arg_list(["cinder"]).unwrap().instance, None, "no file, no words");
        let missing = Config::from_arg_list(["cinder", "--instance-file", "/nonexistent/instance.toml"]).unwrap_err().to_string();
        assert!(missing.starts_with("CINDER_INSTANCE_FILE: /nonexistent/instance.toml: cannot read it"), "{missing}");
        let e = cfg("[gone]\ntlh = \"x\"").unwrap_err().to_string();
        assert!(e.starts_with("CINDER_INSTANCE_FILE: ") && e.contains("gone.tlh: not a language the page speaks"), "{e}");
        let e = cfg(&"#".repeat(70_000)).unwrap_err().to_string();
        assert!(e.contains("more than an instance description needs"), "{e}");
    }

    #[test]
    fn move_secrets_names_its_destination_and_no_command_serves() {
        assert_eq!(Config::from_arg_list(["cinder"]).unwrap().task, Task::Serve, "no command: serve, as before");
        let task = |args: &[&str]| {
            let (settings, to) = args.split_at(args.len() - 1);
            let mut args = Args::try_parse_from(settings.iter().copied()).unwrap();
            args.command = Some(Command::MoveSecrets(MoveArgs { to: to[0].into() }));
            Config::from_args(args).map(|c| c.task)
        };
        assert_eq!(task(&["cinder", "--data-dir", "/a", "sled:/b"]).unwrap(), Task::MoveSecrets { to: StoreAt::Sled("/b".into()) });
        let Task::MoveSecrets { to: StoreAt::Redis(r) } = task(&["cinder", "redis://:pw@h:1/"]).unwrap() else { panic!("redis") };
        assert_eq!(r.target, crate::store::redis::Target::Single("redis://:pw@h:1/".into()));
        for (args, says) in [
            (&["cinder", "--data-dir", "/a", "sled:/a"][..], "is the store the secrets are in"),
            (&["cinder", "--store", "redis://h:1/", "redis://h:1/"], "is the store the secrets are in"),
            (&["cinder", "sled:"], "needs a directory"),
            (&["cinder", "postgres://:pw@h"], "--to: expected"),
        ] {
            let e = task(args).unwrap_err().to_string();
            assert!(e.contains(says) && !e.contains("pw"), "{args:?}: {e}");
        }
    }

    #[test]
    fn durations_and_sizes_take_suffixes() {
        assert_eq!(parse_duration("90").unwrap().as_secs(), 90);
        assert_eq!(parse_duration("2m").unwrap().as_secs(), 120);
        assert_eq!(parse_duration("7d").unwrap().as_secs(), 604_800);
        assert_eq!(parse_size("25MiB").unwrap(), 25 << 20);
        assert_eq!(parse_size("100").unwrap(), 100);
        assert!(parse_size("5GB").is_err());
    }
}
