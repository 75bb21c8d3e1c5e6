//! `cinder request` and `cinder answer`: asking someone for a secret (envelope revision 3, "Requests"), from a terminal,
//! interoperable with the web page's /request, /q and /a. The asker's private link opens the answer with `cinder
//! open`, and `cinder status` says whether it came.

use std::io::{IsTerminal as _, Read as _};
use std::path::PathBuf;
use std::time::{Duration, SystemTime};

use shared::api::{AnswerMeta, CreateRequest, RequestPeek, RequestState};
use shared::envelope::request::{AskerSecret, RequestKey, NOTE_MAX};
use zeroize::Zeroizing;

use super::http::Api;
use super::send::{lifetime, read_payload, server, token};
use super::{link, terminal, Failure};

#[derive(Debug, clap::Args)]
pub struct RequestArgs {
    /// The server to ask on (e.g. https://cinder.example.org). Else `server = "…"` in
    /// $XDG_CONFIG_HOME/cinder/config.toml.
    #[arg(long, env = "CINDER_SERVER")]
    pub server: Option<String>,
    /// How long the request waits for an answer, and the answer for you: one of the server's choices (e.g. 1h, 7d).
    /// Default: the server's.
    #[arg(long, value_parser = crate::units::parse_duration)]
    pub expires: Option<Duration>,
    /// A note for whoever answers (what you need, at most 1022 bytes), read from this file; else from stdin when it
    /// is not a terminal. Sealed: only holders of the request link can read it.
    #[arg(long, value_name = "FILE")]
    pub note_file: Option<PathBuf>,
    /// Print one JSON object (request, private, expires_at) instead of the request link.
    #[arg(long)]
    pub json: bool,
    /// Read the creator token from this file (else CINDER_TOKEN), for servers that only let some people create.
    #[arg(long, value_name = "FILE")]
    pub token_file: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct AnswerArgs {
    /// The request link (https://host/q#…), or - to read it from the first line of stdin (the secret then follows it).
    pub link: String,
    /// Files to send with the answer. The text, if any, comes on stdin.
    pub files: Vec<PathBuf>,
    /// Do not ask before answering.
    #[arg(short, long)]
    pub yes: bool,
    /// Print one JSON object (expires_at) instead of a sentence.
    #[arg(long)]
    pub json: bool,
}

pub async fn request(args: RequestArgs) -> Result<(), Failure> {
    let api = Api::new(&server(args.server.as_deref())?, token(args.token_file.as_deref())?)?;
    let note = read_note(args.note_file.as_deref())?;
    let config = api.config().await?;
    let ttl = lifetime(&config, args.expires)?;
    let secret = AskerSecret::generate().map_err(|e| Failure::local("drawing a key pair", e))?;
    let key = secret.request_key();
    let sealed = key.seal_note(&note).map_err(|e| Failure::local("sealing the note", e))?;
    let request = CreateRequest {
        id: key.id().to_text(),
        answer_verifier: key.answer_proof().verifier().to_text(),
        fetch_verifier: secret.fetch_proof().verifier().to_text(),
        ttl,
        note: shared::b64::encode(&sealed),
    };
    let created = api.create_request(&request).await?;
    let request_link = format!("{}/q#{}", api.origin(), key.to_fragment());
    let private = Zeroizing::new(format!("{}/a#{}", api.origin(), secret.to_fragment()));
    if args.json {
        let out = serde_json::json!({ "request": request_link, "private": private.as_str(), "expires_at": created.expires_at });
        println!("{out}");
    } else {
        println!("{request_link}");
        eprintln!("Send that link to whoever has the secret; anyone who sees it can answer, but only you can read the answer.");
        eprintln!("Keep this private link to yourself: it alone opens the answer (cinder open LINK): {}", private.as_str());
        eprintln!("Waits for an answer until {}.", when(created.expires_at));
    }
    Ok(())
}

/// The note from `file`, else stdin when it is not a terminal, else none. Refused when longer than a note can be.
fn read_note(file: Option<&std::path::Path>) -> Result<Zeroizing<String>, Failure> {
    let mut bytes = Zeroizing::new(Vec::new());
    if let Some(file) = file {
        bytes = Zeroizing::new(std::fs::read(file).map_err(|e| Failure::local(&format!("reading {}", file.display()), e))?);
    } else if !std::io::stdin().is_terminal() {
        std::io::stdin().lock().read_to_end(&mut bytes).map_err(|e| Failure::local("reading stdin", e))?;
    }
    let text = std::str::from_utf8(&bytes).map_err(|_| Failure::Usage("the note is not UTF-8 text".into()))?;
    let text = text.strip_suffix('\n').unwrap_or(text);
    if text.len() > NOTE_MAX {
        return Err(Failure::Usage(format!("the note is {} bytes; a request's note holds at most {NOTE_MAX}", text.len())));
    }
    Ok(Zeroizing::new(text.to_owned()))
}

pub async fn answer(args: AnswerArgs) -> Result<(), Failure> {
    let text = link::read_arg(&args.link)?;
    let (origin, key) = link::request(&text)?;
    let api = Api::new(&origin, None)?;
    let peek = api.peek_request(key.id().to_text()).await?;
    if peek.state == RequestState::Answered {
        return Err(Failure::Gone("this request was answered already: only one answer is kept".into()));
    }
    show_note(&key, &peek)?;
    let payload = read_payload(&args.files)?;
    let config = api.config().await?;
    let size = payload.text.len() as u64 + payload.files.iter().map(|f| f.data.len() as u64).sum::<u64>();
    if size > config.max_bytes {
        return Err(Failure::Limit(format!("the answer is {size} bytes; this server takes at most {} bytes", config.max_bytes)));
    }
    if terminal::interactive()
        && !args.yes
        && !terminal::confirm("Send this answer? Only the person who made the request can read it, once.")?
    {
        return Err(Failure::Local("not answered; the request still waits".into()));
    }
    let sealed = key.seal_answer(&payload).map_err(|e| Failure::local("sealing the answer", e))?;
    let created = api.answer_request(&AnswerMeta { id: key.id().to_text(), proof: key.answer_proof().to_text() }, sealed).await?;
    if args.json {
        println!("{}", serde_json::json!({ "expires_at": created.expires_at }));
    } else {
        eprintln!("Answered. Only the person who made the request can read it, once, until {}.", when(created.expires_at));
    }
    Ok(())
}

/// The asker's note, on stderr (control characters escaped: it comes from someone else).
fn show_note(key: &RequestKey, peek: &RequestPeek) -> Result<(), Failure> {
    let sealed = shared::b64::decode(&peek.note).ok_or_else(|| Failure::Network("the server sent a note that is not base64url".into()))?;
    let note = key.open_note(&sealed).map_err(|_| Failure::Network("the request's note does not open with this link".into()))?;
    if note.is_empty() {
        eprintln!("The request has no note.");
    } else {
        let (shown, _) = terminal::printable(&note);
        eprintln!("The request says:\n{}", Zeroizing::new(shown).as_str());
    }
    Ok(())
}

/// How often `--wait` asks whether an answer came: what the asker's page does while it is shown.
pub const WAIT_EVERY: Duration = Duration::from_secs(5);

/// Where the asker's request stands; with `wait`, asks again until it is answered (or gone).
pub async fn stand(api: &Api, secret: &AskerSecret, wait: bool) -> Result<RequestPeek, Failure> {
    let id = secret.request_key().id().to_text();
    loop {
        match api.peek_request(id.clone()).await {
            Ok(peek) if peek.state == RequestState::Answered || !wait => return Ok(peek),
            Ok(_) => {}
            // The server or the network away for a moment: ask again at the next turn.
            Err(Failure::Network(_)) if wait => {}
            Err(failure) => return Err(failure),
        }
        tokio::time::sleep(WAIT_EVERY).await;
    }
}

/// `cinder status` of a private request link: one line a script can test the first word of, or the JSON.
pub async fn status(text: &str, json: bool, wait: bool) -> Result<(), Failure> {
    let (origin, secret) = link::asker(text)?;
    let peek = stand(&Api::new(&origin, None)?, &secret, wait).await?;
    if json {
        let mut out = serde_json::json!({ "state": peek.state, "expires_at": peek.expires_at });
        if let Some(at) = peek.answered_at {
            out["answered_at"] = at.into();
        }
        println!("{out}");
    } else {
        match peek.answered_at {
            Some(at) => println!("answered {}; open it with cinder open before {}", when(at), when(peek.expires_at)),
            None => println!("waiting: no answer yet; expires {}", when(peek.expires_at)),
        }
    }
    Ok(())
}

pub fn when(secs: u64) -> String {
    humantime::format_rfc3339_seconds(SystemTime::UNIX_EPOCH + Duration::from_secs(secs)).to_string()
}
