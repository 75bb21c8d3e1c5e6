//! `cinder send`: seal stdin and/or files here, store the ciphertext, print the share link (alone on stdout, so
//! `LINK=$(cinder send < key.pem)` works). The server sees what the web page would send: ciphertext and hashes.

use std::io::{IsTerminal as _, Read as _};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use shared::api::{CreateReceipt, CreateSecret, ServerConfig};
use shared::envelope::{seal, Argon2Params, File, Payload, ReceiptSecret};
use zeroize::Zeroizing;

use super::http::Api;
use super::terminal;
use super::Failure;

/// Where the per-user settings live, under the XDG config directory.
const CONFIG_FILE: &str = "cinder/config.toml";

#[derive(Debug, clap::Args)]
pub struct SendArgs {
    /// Files to send with the secret. The text, if any, comes on stdin (redirect stdin from /dev/null to send only
    /// files from a script).
    pub files: Vec<PathBuf>,
    /// The server to send to (e.g. https://cinder.example.org). Else `server = "…"` in
    /// $XDG_CONFIG_HOME/cinder/config.toml.
    #[arg(long, env = "CINDER_SERVER")]
    pub server: Option<String>,
    /// How long the secret waits to be opened: one of the server's choices (e.g. 5m, 1h, 7d). Default: the server's.
    #[arg(long, value_parser = crate::units::parse_duration)]
    pub expires: Option<Duration>,
    /// Ask for a passphrase on the terminal (twice, hidden). Also: --passphrase-file, or CINDER_PASSPHRASE.
    #[arg(long, conflicts_with = "passphrase_file")]
    pub passphrase: bool,
    /// Read the passphrase from the first line of this file.
    #[arg(long, value_name = "FILE")]
    pub passphrase_file: Option<PathBuf>,
    /// Generate a passphrase (20 letters and digits) and print it on stderr (or in --json): send it another way.
    #[arg(long, conflicts_with_all = ["passphrase", "passphrase_file"])]
    pub generate_passphrase: bool,
    /// How many times the link can be opened (up to the server's maximum); it ends at its last open or at expiry,
    /// whichever comes first.
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..))]
    pub views: u32,
    /// Also make a receipt link, printed on stderr (or in --json): it tells when the secret was opened and can burn it.
    #[arg(long)]
    pub receipt: bool,
    /// Print one JSON object (link, receipt, expires_at, views, passphrase when generated) instead of the link.
    #[arg(long)]
    pub json: bool,
    /// Read the creator token from this file (else CINDER_TOKEN), for servers that only let some people create.
    #[arg(long, value_name = "FILE")]
    pub token_file: Option<PathBuf>,
}

pub async fn run(args: SendArgs) -> Result<(), Failure> {
    let api = Api::new(&server(args.server.as_deref())?, token(args.token_file.as_deref())?)?;
    let payload = read_payload(&args.files)?;
    let config = api.config().await?;
    let ttl = lifetime(&config, args.expires)?;
    if args.views > config.max_views {
        return Err(Failure::Limit(format!(
            "--views {}: this server lets a secret be opened at most {} times",
            args.views, config.max_views
        )));
    }
    let size = payload.text.len() as u64 + payload.files.iter().map(|f| f.data.len() as u64).sum::<u64>();
    if size > config.max_bytes {
        return Err(Failure::Limit(format!("the secret is {size} bytes; this server takes at most {} bytes", config.max_bytes)));
    }
    let generated = args.generate_passphrase.then(generate_passphrase);
    let passphrase = if let Some(g) = &generated {
        Some(g.clone())
    } else if args.passphrase {
        if !terminal::interactive() {
            return Err(Failure::Usage(
                "--passphrase asks on a terminal, and there is none: use --passphrase-file or CINDER_PASSPHRASE".into(),
            ));
        }
        Some(terminal::prompt_passphrase("Passphrase for the secret: ", true)?)
    } else {
        terminal::given_passphrase(args.passphrase_file.as_deref())?
    };
    let sealed = seal(&payload, passphrase.as_deref().map(String::as_str), Argon2Params::DEFAULT)
        .map_err(|e| Failure::Local(format!("sealing the secret: {e}")))?;
    let receipt =
        if args.receipt { Some(ReceiptSecret::generate().map_err(|e| Failure::local("drawing a receipt secret", e))?) } else { None };
    let meta = CreateSecret {
        id: sealed.id.to_text(),
        verifier: sealed.verifier.to_text(),
        ttl,
        header: shared::b64::encode(&sealed.header),
        receipt: receipt.as_ref().map(|r| CreateReceipt { id: r.id().to_text(), burn_verifier: r.burn_proof().verifier().to_text() }),
        gate_verifier: Some(sealed.gate_verifier.to_text()),
        views: (args.views > 1).then_some(args.views),
    };
    let created = api.create(&meta, sealed.ciphertext).await?;
    let link = Zeroizing::new(format!("{}/s#{}", api.origin(), sealed.link.to_fragment()));
    let receipt_link = receipt.map(|r| Zeroizing::new(format!("{}/r#{}", api.origin(), r.to_fragment())));
    let expires = humantime::format_rfc3339_seconds(SystemTime::UNIX_EPOCH + Duration::from_secs(created.expires_at));
    if args.json {
        // The fingerprint is how the operator's webhooks name this secret (README "Webhooks").
        let mut out = serde_json::json!({
            "link": link.as_str(),
            "expires_at": created.expires_at,
            "views": args.views,
            "fingerprint": sealed.id.fingerprint(),
        });
        if let Some(r) = &receipt_link {
            out["receipt"] = r.as_str().into();
        }
        if let Some(g) = &generated {
            out["passphrase"] = g.as_str().into();
        }
        println!("{out}");
    } else {
        println!("{}", link.as_str());
        match args.views {
            1 => eprintln!("Opens once, until {expires}."),
            n => eprintln!("Opens {n} times, until {expires}."),
        }
        if let Some(r) = &receipt_link {
            eprintln!("Receipt (keep it; it shows when the secret was opened and can burn it): {}", r.as_str());
        }
        if let Some(g) = &generated {
            eprintln!("Passphrase (send it another way than the link): {}", g.as_str());
        }
    }
    Ok(())
}

/// `--server`/`CINDER_SERVER`, else the config file's `server`.
pub(super) fn server(given: Option<&str>) -> Result<String, Failure> {
    if let Some(s) = given {
        return checked_origin(s);
    }
    let path = dirs::config_dir().map(|d| d.join(CONFIG_FILE));
    let missing = || {
        Failure::Usage(format!(
            "no server: pass --server https://…, set CINDER_SERVER, or put server = \"https://…\" in {}",
            path.as_ref().map_or("$XDG_CONFIG_HOME/cinder/config.toml".into(), |p| p.display().to_string())
        ))
    };
    let Some(path) = path.as_ref().filter(|p| p.exists()) else { return Err(missing()) };
    let text = std::fs::read_to_string(path).map_err(|e| Failure::local(&format!("reading {}", path.display()), e))?;
    let table: toml::Table = text.parse().map_err(|e| Failure::Usage(format!("{} is not TOML: {e}", path.display())))?;
    match table.get("server") {
        Some(toml::Value::String(s)) => checked_origin(s),
        Some(_) => Err(Failure::Usage(format!("`server` in {} must be a string", path.display()))),
        None => Err(missing()),
    }
}

fn checked_origin(text: &str) -> Result<String, Failure> {
    let url = reqwest::Url::parse(text.trim())
        .map_err(|_| Failure::Usage(format!("`{text}` is not a server URL (e.g. https://cinder.example.org)")))?;
    if !matches!(url.scheme(), "http" | "https") || url.host().is_none() {
        return Err(Failure::Usage(format!("`{text}` is not an http(s) server URL")));
    }
    Ok(url.origin().ascii_serialization())
}

/// The creator token from `--token-file`, else `CINDER_TOKEN`. Never printed.
pub(super) fn token(file: Option<&Path>) -> Result<Option<Zeroizing<String>>, Failure> {
    if let Some(file) = file {
        let text = Zeroizing::new(std::fs::read_to_string(file).map_err(|e| Failure::local(&format!("reading {}", file.display()), e))?);
        return Ok(Some(Zeroizing::new(text.trim().to_owned())));
    }
    Ok(std::env::var("CINDER_TOKEN").ok().filter(|t| !t.is_empty()).map(Zeroizing::new))
}

/// The text from stdin (unless it is a terminal and files are given) and the files. Text that is not UTF-8 travels as
/// a file named `stdin`, so nothing is lost or mangled.
pub(super) fn read_payload(files: &[PathBuf]) -> Result<Payload, Failure> {
    let stdin = std::io::stdin();
    let mut bytes = Zeroizing::new(Vec::new());
    if !stdin.is_terminal() || files.is_empty() {
        if stdin.is_terminal() {
            eprintln!("Type the secret, then press Ctrl-D on a new line:");
        }
        stdin.lock().read_to_end(&mut bytes).map_err(|e| Failure::local("reading stdin", e))?;
    }
    let mut payload = Payload::default();
    match std::str::from_utf8(&bytes) {
        Ok(text) => payload.text = Zeroizing::new(text.to_owned()),
        Err(_) => {
            eprintln!("stdin is not text: it travels as a file named `stdin`.");
            payload.files.push(File { name: "stdin".into(), media_type: "application/octet-stream".into(), data: bytes });
        }
    }
    for path in files {
        let data = Zeroizing::new(std::fs::read(path).map_err(|e| Failure::local(&format!("reading {}", path.display()), e))?);
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "file".into());
        let media_type = if name.ends_with(".txt") { "text/plain" } else { "application/octet-stream" };
        payload.files.push(File { name, media_type: media_type.into(), data });
    }
    if payload.text.is_empty() && payload.files.is_empty() {
        return Err(Failure::Usage("nothing to send: give the secret on stdin, or name files".into()));
    }
    Ok(payload)
}

/// `--expires` if it is one of the server's choices, else the server's default.
pub(super) fn lifetime(config: &ServerConfig, asked: Option<Duration>) -> Result<u64, Failure> {
    let Some(asked) = asked else { return Ok(config.default_ttl) };
    if config.ttl_choices.contains(&asked.as_secs()) {
        return Ok(asked.as_secs());
    }
    let choices: Vec<String> = config.ttl_choices.iter().map(|&s| humantime::format_duration(Duration::from_secs(s)).to_string()).collect();
    Err(Failure::Usage(format!(
        "this server does not keep secrets for {}: choose one of {}",
        humantime::format_duration(asked),
        choices.join(", ")
    )))
}

fn generate_passphrase() -> Zeroizing<String> {
    let classes = shared::password::Classes::default();
    Zeroizing::new(
        shared::password::generate(shared::password::DEFAULT_LENGTH, classes, &mut shared::password::os_random).expect("a class is chosen"),
    )
}
