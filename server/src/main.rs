//! The `cinder` binary: parse and validate the configuration, start logging, serve (or run the command given, such as
//! `move-secrets`). Everything else lives in the library.

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let config = cinder_server::Config::from_env()?;
    cinder_server::init_logging(&config.log);
    cinder_server::main_task(config).await?;
    Ok(())
}
