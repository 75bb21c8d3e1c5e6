//! The `cinder` binary: parse and validate the configuration, start logging, serve. Everything else lives in the library.

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let config = cinder_server::Config::from_env()?;
    cinder_server::init_logging(&config.log);
    cinder_server::run(config).await?;
    Ok(())
}
