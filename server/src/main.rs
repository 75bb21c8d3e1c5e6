//! The `cinder` binary: `cinder serve` validates its configuration, starts logging and serves; `move-secrets` moves a
//! store's secrets to another; `send`, `open`, `status` and `burn` share from a terminal. Everything else lives in the
//! library.

use std::process::ExitCode;

use cinder_server::cli::{Cli, Command};
use cinder_server::config;
use clap::Parser as _;

#[tokio::main]
async fn main() -> anyhow::Result<ExitCode> {
    let args = match Cli::parse().command {
        Command::Serve(args) => *args,
        Command::MoveSecrets(m) => {
            let mut args = m.settings;
            args.command = Some(config::Command::MoveSecrets(m.to));
            args
        }
        command => return Ok(cinder_server::cli::run(command).await),
    };
    let config = cinder_server::Config::from_args(args)?;
    cinder_server::init_logging(&config.log);
    cinder_server::main_task(config).await?;
    Ok(ExitCode::SUCCESS)
}
