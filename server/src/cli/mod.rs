//! The `cinder` command line: one binary that serves (`cinder serve`) and shares from a terminal (`send`, `open`,
//! `status`, `burn`, `request`, `answer`), speaking the same envelope and HTTP API as the web page, so either side can open what the other made.
//!
//! Secrets, passphrases and link secrets never come from arguments (shell history, `/proc/*/cmdline`): text comes on
//! stdin or from files, passphrases from a hidden prompt, a file or the environment. Stdout carries only the result a
//! script wants (the share link, the opened text, or one JSON object); everything for people goes to stderr.

mod healthcheck;
#[cfg(feature = "client")]
mod http;
#[cfg(feature = "client")]
mod link;
#[cfg(feature = "client")]
mod open;
#[cfg(feature = "client")]
mod receipt;
#[cfg(feature = "client")]
mod request;
#[cfg(feature = "client")]
mod send;
#[cfg(feature = "client")]
mod terminal;
#[cfg(feature = "server")]
mod token;

use std::process::ExitCode;

use clap::{CommandFactory as _, Parser, Subcommand};

#[cfg(feature = "client")]
pub use http::Api;

/// The `cinder` binary's command line.
#[derive(Debug, Parser)]
#[command(
    name = "cinder",
    version,
    about = "Cinder: zero-knowledge, one-time secret sharing. `cinder serve` runs the service (API and web page); \
             `cinder send` and `cinder open` share from a terminal, interoperable with the web page.",
    arg_required_else_help = true,
    after_help = "Exit codes: 0 done; 1 a local problem (a file, the terminal, not confirmed; no answer yet to a \
                  request); 2 usage; 3 network or \
                  server error; 4 gone (opened, burned, expired or unknown); 5 wrong passphrase; 6 refused (not \
                  allowed); 7 over a server limit (size, rate, capacity)."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

/// What `cinder` does.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the API and the embedded web page (every setting is also an environment variable).
    #[cfg(feature = "server")]
    Serve(Box<crate::config::Args>),
    /// Move every live secret (with its receipt) and every remembered receipt from the configured store (CINDER_STORE,
    /// CINDER_DATA_DIR) to another one, then exit. Stop every server on both stores first. Interrupted, run it again
    /// with the same destination: each secret arrives exactly once. Prints counts, never ids.
    #[cfg(feature = "server")]
    MoveSecrets(Box<MoveSecretsArgs>),
    /// Manage creator tokens (for CINDER_CREATE=restricted): `new --name NAME [--expires 90d]` prints one once,
    /// `list`, `revoke NAME`. The file keeps only hashes.
    #[cfg(feature = "server")]
    Token(token::TokenArgs),
    /// Seal a secret (stdin and/or files) on this machine and print its share link.
    #[cfg(feature = "client")]
    Send(send::SendArgs),
    /// Open a share link: peek, confirm, then print the text and save the files.
    #[cfg(feature = "client")]
    Open(open::OpenArgs),
    /// Say what a receipt link's secret became (waiting, opened, burned, expired).
    #[cfg(feature = "client")]
    Status(receipt::StatusArgs),
    /// Burn a waiting secret with its receipt link, so nobody can open it.
    #[cfg(feature = "client")]
    Burn(receipt::BurnArgs),
    /// Ask someone for a secret: print a request link to send them (the private link that opens their answer goes to
    /// stderr). `cinder status PRIVATE_LINK` says whether it came; `cinder open PRIVATE_LINK` opens it, once.
    #[cfg(feature = "client")]
    Request(request::RequestArgs),
    /// Answer a request link with a secret (stdin and/or files), sealed here so that only the asker can read it.
    #[cfg(feature = "client")]
    Answer(request::AnswerArgs),
    /// Ask the local server whether it is ready (`/readyz`): exit 0 if so, 1 if not; for container health checks.
    Healthcheck(healthcheck::HealthcheckArgs),
    /// Print a shell completion script (e.g. `cinder completions bash > /etc/bash_completion.d/cinder`).
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff), e.g. `cinder man > /usr/local/share/man/man1/cinder.1`.
    Man,
}

/// `cinder move-secrets`: the destination, and the source's settings as `cinder serve` takes them.
#[cfg(feature = "server")]
#[derive(Debug, clap::Args)]
pub struct MoveSecretsArgs {
    #[command(flatten)]
    pub to: crate::config::MoveArgs,
    #[command(flatten)]
    pub settings: crate::config::Args,
}

/// Why a command failed, each with its own exit code (documented in `--help` and the README).
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    /// A local problem: a file, the terminal, the answer to a confirmation.
    #[error("{0}")]
    Local(String),
    /// The command line or its inputs do not make sense.
    #[error("{0}")]
    Usage(String),
    /// The server could not be reached or did not answer as API v1 does.
    #[error("{0}")]
    Network(String),
    /// Opened, burned, expired, or never existed (the server does not say which).
    #[error("{0}")]
    Gone(String),
    /// The passphrase is wrong.
    #[error("wrong passphrase: {attempts_left} attempt(s) left before the secret burns")]
    WrongPassphrase {
        /// What the server says is left.
        attempts_left: u32,
    },
    /// The server refuses this client (cross-site, or not allowed to create).
    #[error("{0}")]
    Refused(String),
    /// A server limit: too large, too many creates, or the server is full.
    #[error("{0}")]
    Limit(String),
}

impl Failure {
    /// The process exit code.
    pub fn exit_code(&self) -> u8 {
        match self {
            Failure::Local(_) => 1,
            Failure::Usage(_) => 2,
            Failure::Network(_) => 3,
            Failure::Gone(_) => 4,
            Failure::WrongPassphrase { .. } => 5,
            Failure::Refused(_) => 6,
            Failure::Limit(_) => 7,
        }
    }

    fn local(what: &str, e: impl std::fmt::Display) -> Failure {
        Failure::Local(format!("{what}: {e}"))
    }
}

/// Runs a client command (everything but `serve`, which `main` runs itself).
pub async fn run(command: Command) -> ExitCode {
    let result = match command {
        #[cfg(feature = "server")]
        Command::Serve(_) | Command::MoveSecrets(_) => unreachable!("main runs the store's commands"),
        #[cfg(feature = "server")]
        Command::Token(args) => token::run(args),
        #[cfg(feature = "client")]
        Command::Send(args) => send::run(args).await,
        #[cfg(feature = "client")]
        Command::Open(args) => open::run(args).await,
        #[cfg(feature = "client")]
        Command::Status(args) => receipt::status(args).await,
        #[cfg(feature = "client")]
        Command::Burn(args) => receipt::burn(args).await,
        #[cfg(feature = "client")]
        Command::Request(args) => request::request(args).await,
        #[cfg(feature = "client")]
        Command::Answer(args) => request::answer(args).await,
        Command::Healthcheck(args) => return healthcheck::run(&args),
        Command::Completions { shell } => {
            clap_complete::generate(shell, &mut Cli::command(), "cinder", &mut std::io::stdout());
            Ok(())
        }
        Command::Man => {
            clap_mangen::Man::new(Cli::command()).render(&mut std::io::stdout()).map_err(|e| Failure::local("writing the man page", e))
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("cinder: {failure}");
            ExitCode::from(failure.exit_code())
        }
    }
}
