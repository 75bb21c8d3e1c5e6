//! `cinder token new|list|revoke`: an admin's creator tokens, kept as hashes in the file a restricted server reads
//! (`CINDER_CREATOR_TOKENS_FILE`). A new token is printed once, on stdout, and stored nowhere.

use std::path::PathBuf;
use std::time::Duration;

use crate::access::tokens::{self, Entry, Token};
use crate::units::parse_duration;

use super::Failure;

/// `cinder token`.
#[derive(Debug, clap::Args)]
pub struct TokenArgs {
    /// The tokens file the servers read (CINDER_CREATOR_TOKENS_FILE); created if missing, owner-only.
    #[arg(long, env = "CINDER_CREATOR_TOKENS_FILE", global = true)]
    pub file: Option<PathBuf>,
    #[command(subcommand)]
    pub action: TokenAction,
}

/// What to do with the tokens.
#[derive(Debug, clap::Subcommand)]
pub enum TokenAction {
    /// Make a token and print it once (stdout); the file keeps only its hash. Servers accept it within a second.
    New {
        /// What the token is for (letters, digits, `.`, `_`, `-`; unique), e.g. ci-deploy.
        #[arg(long)]
        name: String,
        /// Lifetime (e.g. 90d, 12h); unset: until revoked.
        #[arg(long, value_parser = parse_duration)]
        expires: Option<Duration>,
    },
    /// List the tokens: name and expiry (the file holds no token to show).
    List,
    /// Revoke a token by name: servers refuse it within a second.
    Revoke {
        /// The token's name.
        name: String,
    },
}

/// Runs `cinder token`.
pub fn run(args: TokenArgs) -> Result<(), Failure> {
    let Some(path) = args.file.filter(|p| !p.as_os_str().is_empty()) else {
        return Err(Failure::Usage("which tokens file? pass --file PATH or set CINDER_CREATOR_TOKENS_FILE (as the server has it)".into()));
    };
    let local = |e: tokens::TokensError| Failure::Local(e.to_string());
    let mut entries = tokens::read(&path).map_err(local)?;
    match args.action {
        TokenAction::New { name, expires } => {
            tokens::check_name(&name).map_err(|e| Failure::Usage(e.to_string()))?;
            if entries.iter().any(|e| e.name == name) {
                return Err(Failure::Usage(format!("a token named `{name}` exists; revoke it first or choose another name")));
            }
            if expires.is_some_and(|d| d.is_zero()) {
                return Err(Failure::Usage("--expires: a lifetime longer than zero".into()));
            }
            let token = Token::generate();
            let expires = expires.map(|d| tokens::unix_now().saturating_add(d.as_secs()));
            entries.push(Entry { hash: tokens::hash(&token.0), expires, name: name.clone() });
            tokens::write(&path, &entries).map_err(local)?;
            println!("{}", token.0.as_str());
            eprintln!(
                "created token `{name}` ({}); it is shown only now: keep it in your secret store (clients send it as \
                 Authorization: Bearer, e.g. CINDER_TOKEN for `cinder send`)",
                expiry(expires)
            );
        }
        TokenAction::List => {
            if entries.is_empty() {
                eprintln!("no tokens in {}", path.display());
            }
            let now = tokens::unix_now();
            for e in &entries {
                let state = if e.expires.is_some_and(|at| at <= now) { " (expired)" } else { "" };
                println!("{}\t{}{state}", e.name, expiry(e.expires));
            }
        }
        TokenAction::Revoke { name } => {
            let before = entries.len();
            entries.retain(|e| e.name != name);
            if entries.len() == before {
                return Err(Failure::Usage(format!("no token named `{}` in {}", name.escape_debug(), path.display())));
            }
            tokens::write(&path, &entries).map_err(local)?;
            eprintln!("revoked token `{name}`");
        }
    }
    Ok(())
}

fn expiry(expires: Option<u64>) -> String {
    match expires {
        None => "never expires".into(),
        Some(at) => {
            let when = std::time::UNIX_EPOCH + Duration::from_secs(at);
            format!("expires {}", humantime::format_rfc3339_seconds(when))
        }
    }
}
