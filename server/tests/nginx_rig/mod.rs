//! Debian's nginx for tests, run unprivileged-style from a temporary directory: a test CA and a site certificate for
//! `localhost` and 127.0.0.1, what `/etc/nginx/nginx.conf` provides around a `conf.d` file, and the process itself.
//! Shared by `server/tests/behind_nginx.rs` and the e2e suite (`#[path]`), so both run a deploy/ file the same way;
//! `server/tests/behind_caddy.rs` takes its certificates.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub const NGINX: &str = "/usr/sbin/nginx";

/// A running nginx and the directory holding its configuration, certificates and logs.
pub struct Nginx {
    pub dir: tempfile::TempDir,
    process: Option<Child>,
}

/// Where a deploy/ file's example paths point in a test: the certificate, key and access log in `dir`.
pub fn test_paths(conf: &str, dir: &Path) -> String {
    let d = |f: &str| dir.join(f).display().to_string();
    conf.replace("/etc/ssl/certs/cinder.example.org.pem", &d("site.pem"))
        .replace("/etc/ssl/private/cinder.example.org.key", &d("site.key"))
        .replace("/var/log/nginx/cinder.access.log", &d("access.log"))
}

/// A fresh CA (`ca.pem`) in `dir`, and a site certificate for `localhost` and 127.0.0.1 (`site.pem`, `site.key`) it signed.
pub fn test_certificates(dir: &Path) {
    let sh = |script: &str| {
        let out = Command::new("sh").arg("-c").arg(script).current_dir(dir).output().expect("openssl runs");
        assert!(out.status.success(), "{script}: {}", String::from_utf8_lossy(&out.stderr));
    };
    sh("openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 1 -subj /CN=cinder-test-ca 2>/dev/null");
    sh("openssl req -newkey rsa:2048 -nodes -keyout site.key -out site.csr -subj /CN=localhost 2>/dev/null");
    sh("printf 'subjectAltName=DNS:localhost,IP:127.0.0.1' > san && openssl x509 -req -in site.csr -CA ca.pem -CAkey ca.key \
        -CAcreateserial -out site.pem -days 1 -extfile san 2>/dev/null");
}

impl Nginx {
    /// A directory with [`test_certificates`].
    pub fn prepare() -> Nginx {
        let dir = tempfile::tempdir().unwrap();
        test_certificates(dir.path());
        Nginx { dir, process: None }
    }

    /// A file in the directory.
    pub fn path(&self, file: &str) -> PathBuf {
        self.dir.path().join(file)
    }

    /// Starts nginx with `site` (a conf.d file) and `extra` (more of the `http` block) and waits until `port` accepts.
    pub fn start(&mut self, site: &str, extra: &str, port: u16) {
        let d = |f: &str| self.path(f).display().to_string();
        std::fs::write(self.path("cinder.conf"), site).unwrap();
        let temp: String = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]
            .iter()
            .map(|t| format!("{t}_temp_path {};\n", d(&format!("{t}-temp"))))
            .collect();
        let main = format!(
            "daemon off;\nworker_processes 1;\npid {};\nerror_log {} warn;\nevents {{ worker_connections 512; }}\n\
             http {{\n{temp}include {};\n{extra}\n}}\n",
            d("nginx.pid"),
            d("error.log"),
            d("cinder.conf")
        );
        std::fs::write(self.path("nginx.conf"), main).unwrap();
        // nginx's workers run as nobody when it is started as root: they must reach the temporary folders.
        std::fs::set_permissions(self.dir.path(), std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
        let process = Command::new(NGINX)
            .args(["-p", &d(""), "-c", &d("nginx.conf"), "-e", &d("error.log")])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("nginx from Debian's package (the README's test command installs it)");
        self.process = Some(process);
        let deadline = Instant::now() + Duration::from_secs(10);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "nginx did not start: {}", self.error_log());
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn error_log(&self) -> String {
        std::fs::read_to_string(self.path("error.log")).unwrap_or_default()
    }

    pub fn access_log(&self) -> String {
        std::fs::read_to_string(self.path("access.log")).unwrap_or_default()
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        if let Some(mut p) = self.process.take() {
            let _ = p.kill();
            let _ = p.wait();
        }
    }
}
