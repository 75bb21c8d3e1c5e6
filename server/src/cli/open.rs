//! `cinder open LINK`: peek (which never burns), confirm on a terminal, spend one open, decrypt here, then print the text
//! and save the files. The asker's private request link (`/a#`) opens the request's answer the same way. Once the secret is opened it exists nowhere else, so from then on nothing may be lost: a name
//! that is taken gets a fresh one instead of failing, and bytes a terminal cannot show go to a file.

use std::io::{IsTerminal as _, Write as _};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use shared::api::OpenRequest;
use shared::envelope::{Header, LinkSecret, Payload};
use shared::names::safe_file_name;
use zeroize::Zeroizing;

use super::http::Api;
use super::{link, terminal, Failure};

#[derive(Debug, clap::Args)]
pub struct OpenArgs {
    /// The share link (https://host/s#…) or your private request link (https://host/a#…), or - to read it from stdin,
    /// which keeps it out of the process list.
    pub link: String,
    /// Save attached files into this directory (created if missing; default: the current one). `-` writes a single
    /// attached file to stdout instead (not to a terminal unless it is text).
    #[arg(short, long, value_name = "DIR")]
    pub output: Option<PathBuf>,
    /// Overwrite files that exist (else a taken name gets " (1)", " (2)"… before its extension).
    #[arg(long)]
    pub force: bool,
    /// Do not ask before opening (each open spends one of the secret's opens).
    #[arg(short, long)]
    pub yes: bool,
    /// Once it is delivered, destroy the opens the secret has left (for a secret that may be opened several times).
    #[arg(long)]
    pub burn_rest: bool,
    /// Read the passphrase from the first line of this file (else CINDER_PASSPHRASE, else a prompt on the terminal).
    #[arg(long, value_name = "FILE")]
    pub passphrase_file: Option<PathBuf>,
    /// Print one JSON object (text, and the files with where they were saved) instead of the text.
    #[arg(long)]
    pub json: bool,
    /// For a private request link: when no answer came yet, wait for it (asking every 5 s) instead of stopping.
    #[arg(long)]
    pub wait: bool,
}

pub async fn run(args: OpenArgs) -> Result<(), Failure> {
    let text = link::read_arg(&args.link)?;
    if link::page(&text).as_deref() == Some("/a") {
        return open_answer(&args, &text).await;
    }
    let (origin, secret) = link::share(&text)?;
    let api = Api::new(&origin, None)?;
    let id = secret.id();
    let peek = api.peek(id.to_text()).await?;
    let header_bytes =
        shared::b64::decode(&peek.header).ok_or_else(|| Failure::Network("the server sent a header that is not base64url".into()))?;
    let header = Header::decode(&header_bytes).map_err(|_| Failure::Network("the server sent a header this version cannot read".into()))?;
    let interactive = terminal::interactive();

    let mut passphrase = None;
    if header.needs_passphrase() {
        passphrase = terminal::given_passphrase(args.passphrase_file.as_deref())?;
        if passphrase.is_none() && !interactive {
            return Err(Failure::Usage(
                "this secret needs a passphrase: use --passphrase-file or CINDER_PASSPHRASE (or a terminal)".into(),
            ));
        }
    }
    if interactive && !args.yes {
        let until = humantime::format_rfc3339_seconds(SystemTime::UNIX_EPOCH + Duration::from_secs(peek.expires_at));
        let opens = match peek.views_left {
            1 => "It opens only once.".to_owned(),
            n => format!("It can be opened {n} more times."),
        };
        let question = format!("Open this secret now ({} bytes sealed, waiting until {until})? {opens}", peek.size);
        if !terminal::confirm(&question)? {
            return Err(Failure::Local("not opened; the link still works".into()));
        }
    }
    let (payload, views_left, request) = loop {
        let typed = match &passphrase {
            Some(p) => p.clone(),
            None if header.needs_passphrase() => terminal::prompt_passphrase("Passphrase: ", false)?,
            None => Zeroizing::new(String::new()),
        };
        let given = header.needs_passphrase().then_some(typed.as_str());
        match open_once(&api, &secret, &header_bytes, given, peek.size).await {
            // A typed passphrase may be retried while attempts are left; one from a file or the environment is not.
            Err(Failure::WrongPassphrase { attempts_left }) if passphrase.is_none() && attempts_left > 0 => {
                eprintln!("Wrong passphrase: {attempts_left} attempt(s) left before the secret burns.");
            }
            other => break other?,
        }
    };
    deliver(&args, payload)?;
    if views_left == 0 {
        return Ok(());
    }
    if args.burn_rest {
        // Gone meanwhile (someone else opened the last time, or it expired) is what was asked for.
        match api.burn_rest(&request).await {
            Ok(()) | Err(Failure::Gone(_)) => eprintln!("The secret is destroyed: the opens it had left are gone."),
            Err(e) => return Err(e),
        }
    } else {
        eprintln!("The secret can still be opened {views_left} more time(s); --burn-rest destroys them.");
    }
    Ok(())
}

/// The answer to the asker's request: a secret with the request's id that the fetch proof opens, once.
async fn open_answer(args: &OpenArgs, text: &str) -> Result<(), Failure> {
    let (origin, secret) = link::asker(text)?;
    let api = Api::new(&origin, None)?;
    let peek = super::request::stand(&api, &secret, args.wait).await?;
    if peek.answered_at.is_none() {
        return Err(Failure::Local(format!(
            "no answer yet: the request waits until {}; run this again later, or with --wait",
            super::request::when(peek.expires_at)
        )));
    }
    if terminal::interactive() && !args.yes && !terminal::confirm("An answer came. Open it now? It opens only once.")? {
        return Err(Failure::Local("not opened; the private link still opens it".into()));
    }
    let id = secret.request_key().id().to_text();
    let size = api.peek(id.clone()).await?.size;
    let request = OpenRequest { id, proof: secret.fetch_proof().to_text(), gate: None };
    let (ciphertext, _) = api.open(&request, size).await?;
    let payload = secret
        .open_answer(&Zeroizing::new(ciphertext))
        .map_err(|_| Failure::Network("the answer does not decrypt with this private link".into()))?;
    deliver(args, payload)
}

/// One open: the payload, the opens left, and the request (its proof can burn what is left).
async fn open_once(
    api: &Api,
    secret: &LinkSecret,
    header: &[u8],
    passphrase: Option<&str>,
    size: u64,
) -> Result<(Payload, u32, OpenRequest), Failure> {
    let id = secret.id();
    let keys = secret.open_keys(&id, header, passphrase).map_err(|e| Failure::Local(format!("deriving the keys: {e}")))?;
    let request = OpenRequest { id: id.to_text(), proof: keys.proof.to_text(), gate: Some(secret.gate().to_text()) };
    let (ciphertext, views_left) = api.open(&request, size).await?;
    let ciphertext = Zeroizing::new(ciphertext);
    let payload =
        keys.open(&id, header, &ciphertext).map_err(|_| Failure::Network("the server's answer does not decrypt with this link".into()))?;
    Ok((payload, views_left, request))
}

/// A saved file, for the report and `--json`.
struct Saved {
    name: String,
    path: String,
    bytes: usize,
    media_type: String,
}

fn deliver(args: &OpenArgs, payload: Payload) -> Result<(), Failure> {
    let stdout_is_terminal = std::io::stdout().is_terminal();
    let to_stdout = args.output.as_deref() == Some(Path::new("-"));
    let mut saved = Vec::new();
    let mut file_on_stdout: Option<&[u8]> = None;
    for file in &payload.files {
        let single = payload.files.len() == 1 && payload.text.is_empty() && !args.json;
        if to_stdout && single && !(stdout_is_terminal && std::str::from_utf8(&file.data).is_err()) {
            file_on_stdout = Some(&file.data);
            continue;
        }
        if to_stdout {
            eprintln!("Not written to stdout (several parts, or bytes a terminal cannot show): saved in the current folder.");
        }
        let dir = match args.output.as_deref() {
            Some(d) if d != Path::new("-") => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let path = save(&dir, &safe_file_name(&file.name), &file.data, args.force)?;
        saved.push(Saved {
            name: safe_file_name(&file.name),
            path: path.display().to_string(),
            bytes: file.data.len(),
            media_type: file.media_type.clone(),
        });
    }
    let mut out = std::io::stdout().lock();
    let written = if args.json {
        let files: Vec<_> = saved
            .iter()
            .map(|s| serde_json::json!({ "name": s.name, "path": s.path, "bytes": s.bytes, "media_type": s.media_type }))
            .collect();
        let json = Zeroizing::new(serde_json::json!({ "text": payload.text.as_str(), "files": files }).to_string());
        writeln!(out, "{}", json.as_str())
    } else if let Some(bytes) = file_on_stdout {
        out.write_all(bytes)
    } else if payload.text.is_empty() {
        Ok(())
    } else if stdout_is_terminal {
        let (shown, escaped) = terminal::printable(&payload.text);
        let shown = Zeroizing::new(shown);
        if escaped {
            eprintln!("(control characters in the text are shown as \\u{{…}} escapes; redirect stdout for the exact bytes)");
        }
        out.write_all(shown.as_bytes()).and_then(|()| if shown.ends_with('\n') { Ok(()) } else { writeln!(out) })
    } else {
        out.write_all(payload.text.as_bytes())
    };
    written.and_then(|()| out.flush()).map_err(|e| Failure::local("writing stdout", e))?;
    for s in &saved {
        eprintln!("Saved {} ({} bytes).", s.path, s.bytes);
    }
    eprintln!("The secret is now gone from the server.");
    Ok(())
}

/// Writes `data` as `dir/name` (owner-only), never over an existing file unless `force`: a taken name gets
/// "name (1).ext", "name (2).ext"…, as browsers do. Creating with O_EXCL also closes the race with another writer.
fn save(dir: &Path, name: &str, data: &[u8], force: bool) -> Result<PathBuf, Failure> {
    use std::os::unix::fs::OpenOptionsExt as _;
    std::fs::create_dir_all(dir).map_err(|e| Failure::local(&format!("creating {}", dir.display()), e))?;
    let (stem, ext) = match name.rfind('.') {
        Some(i) if i > 0 => (&name[..i], &name[i..]),
        _ => (name, ""),
    };
    for n in 0u32.. {
        let candidate = if n == 0 { name.to_owned() } else { format!("{stem} ({n}){ext}") };
        let path = dir.join(&candidate);
        let mut options = std::fs::OpenOptions::new();
        options.write(true).mode(0o600);
        if force && n == 0 {
            options.create(true).truncate(true);
        } else {
            options.create_new(true);
        }
        match options.open(&path) {
            Ok(mut file) => {
                file.write_all(data)
                    .and_then(|()| file.sync_all())
                    .map_err(|e| Failure::local(&format!("writing {}", path.display()), e))?;
                if n > 0 {
                    eprintln!("{name} exists: saved as {candidate} instead (--force overwrites).");
                }
                return Ok(path);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(Failure::local(&format!("creating {}", path.display()), e)),
        }
    }
    unreachable!("some numbered name is free")
}
