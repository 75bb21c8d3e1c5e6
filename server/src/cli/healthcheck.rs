//! `cinder healthcheck`: asks the local server's `/readyz` and exits 0 when it is ready, 1 otherwise, so a container
//! `HEALTHCHECK` or a supervisor needs no curl. One GET on loopback with a short timeout: written with std alone, so a
//! server-only build has it too.

use std::io::{Read as _, Write as _};
use std::net::{SocketAddr, TcpStream};
use std::process::ExitCode;
use std::time::Duration;

/// `cinder healthcheck`: which server to ask.
#[derive(Debug, clap::Args)]
pub struct HealthcheckArgs {
    /// The address the server listens on (as `cinder serve` takes it); an unspecified address (0.0.0.0, [::]) is
    /// asked on loopback.
    #[arg(long, env = "CINDER_LISTEN", default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,
    /// How long to wait for the answer (seconds, or with an s/m suffix).
    #[arg(long, default_value = "5s", value_parser = crate::units::parse_duration)]
    pub timeout: Duration,
}

/// Exit 0 when `/readyz` answers 200, else 1 with the reason on stderr.
pub fn run(args: &HealthcheckArgs) -> ExitCode {
    match ready(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(why) => {
            eprintln!("cinder: not ready: {why}");
            ExitCode::FAILURE
        }
    }
}

fn ready(args: &HealthcheckArgs) -> Result<(), String> {
    let mut addr = args.listen;
    if addr.ip().is_unspecified() {
        addr.set_ip(if addr.is_ipv4() { [127, 0, 0, 1].into() } else { std::net::Ipv6Addr::LOCALHOST.into() });
    }
    let mut stream = TcpStream::connect_timeout(&addr, args.timeout).map_err(|e| format!("{addr}: {e}"))?;
    stream.set_read_timeout(Some(args.timeout)).and_then(|()| stream.set_write_timeout(Some(args.timeout))).map_err(|e| e.to_string())?;
    write!(stream, "GET /readyz HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").map_err(|e| e.to_string())?;
    let mut head = [0u8; 64];
    let n = stream.read(&mut head).map_err(|e| e.to_string())?;
    let line = String::from_utf8_lossy(&head[..n]);
    let status = line.split_whitespace().nth(1).unwrap_or("no answer");
    if status == "200" {
        Ok(())
    } else {
        Err(format!("/readyz answered {status}"))
    }
}
