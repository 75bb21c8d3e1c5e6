//! The `cinder` binary: `cinder serve` validates its configuration, starts logging and serves; `send`, `open`, `status`
//! and `burn` share from a terminal. Everything else lives in the library.

use std::process::ExitCode;

use cinder_server::cli::{Cli, Command};
use clap::Parser as _;

#[tokio::main]
async fn main() -> anyhow::Result<ExitCode> {
    match Cli::parse().command {
        Command::Serve(args) => {
            let config = cinder_server::Config::from_args(*args)?;
            cinder_server::init_logging(&config.log);
            cinder_server::run(config).await?;
            Ok(ExitCode::SUCCESS)
        }
        command => Ok(cinder_server::cli::run(command).await),
    }
}
