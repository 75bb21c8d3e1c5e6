//! The `cinder` binary: `cinder serve` validates its configuration, starts logging and serves; `move-secrets` moves a
//! store's secrets to another; `send`, `open`, `status` and `burn` share from a terminal. Everything else lives in the
//! library.

use std::process::ExitCode;

use cinder_server::cli::Cli;
use clap::Parser as _;

#[tokio::main]
async fn main() -> anyhow::Result<ExitCode> {
    match Cli::parse().command {
        #[cfg(feature = "server")]
        cinder_server::cli::Command::Serve(args) => serve(*args).await,
        #[cfg(feature = "server")]
        cinder_server::cli::Command::MoveSecrets(m) => {
            let mut args = m.settings;
            args.command = Some(cinder_server::config::Command::MoveSecrets(m.to));
            serve(args).await
        }
        command => Ok(cinder_server::cli::run(command).await),
    }
}

/// The commands that run on a store: validated settings, logging, then the task they name.
#[cfg(feature = "server")]
async fn serve(args: cinder_server::config::Args) -> anyhow::Result<ExitCode> {
    let config = cinder_server::Config::from_args(args)?;
    cinder_server::init_logging(&config.log);
    cinder_server::main_task(config).await?;
    Ok(ExitCode::SUCCESS)
}
