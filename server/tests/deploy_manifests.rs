//! The compose files and Kubernetes manifests in `deploy/`, checked so they cannot rot: yamllint finds nothing; every
//! workload runs as a numeric non-root user on a read-only root, without capabilities, privilege escalation or a
//! service-account token, under the runtime's seccomp profile; Cinder's containers run as the Containerfile's user,
//! are probed on /readyz and /healthz and get the time to drain; sled runs as exactly one instance on a persistent
//! volume while Redis mode is scaled out; and the Redis settings they ship are ones the server accepts (a real
//! redis-server started with them, a real `cinder serve` started on it).

mod common;
mod deploy;

use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use deploy::{repo, yaml, Containerfile};
use yaml_rust2::Yaml;

const KUBERNETES_SLED: &str = "deploy/kubernetes/sled/cinder.yaml";
const KUBERNETES_REDIS: &[&str] = &["deploy/kubernetes/redis/cinder.yaml", "deploy/kubernetes/redis/redis.yaml"];
const COMPOSE_SLED: &str = "deploy/compose/compose.yaml";
const COMPOSE_REDIS: &str = "deploy/compose/compose.redis.yaml";
/// CINDER_REQUEST_TIMEOUT's default plus the 5 s the shutdown adds: a stop must wait at least this long.
const DRAIN_SECONDS: i64 = 65;

#[test]
fn yamllint_finds_nothing_in_the_compose_files_and_kubernetes_manifests() {
    let out = Command::new("yamllint")
        .args(["--strict", "--format", "parsable", "--config-file"])
        .arg(repo("deploy/.yamllint"))
        .arg(repo("deploy/compose"))
        .arg(repo("deploy/kubernetes"))
        .output()
        .expect("yamllint (the README's test command installs it)");
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success() && said.trim().is_empty(), "yamllint: {said}{}", String::from_utf8_lossy(&out.stderr));
}

/// Deployments and StatefulSets of some manifests: (file, document).
fn workloads(files: &[&str]) -> Vec<(String, Yaml)> {
    let mut found = vec![];
    for file in files {
        for doc in yaml(file) {
            if matches!(doc["kind"].as_str(), Some("Deployment" | "StatefulSet")) {
                found.push((format!("{file}: {}", doc["metadata"]["name"].as_str().unwrap_or("?")), doc));
            }
        }
    }
    found
}

fn containers(workload: &Yaml) -> &[Yaml] {
    workload["spec"]["template"]["spec"]["containers"].as_vec().map(Vec::as_slice).unwrap_or_default()
}

fn strs(list: &Yaml) -> Vec<&str> {
    list.as_vec().map(|v| v.iter().filter_map(Yaml::as_str).collect()).unwrap_or_default()
}

/// A container's environment variable (a plain `value`).
fn env<'a>(container: &'a Yaml, name: &str) -> Option<&'a str> {
    container["env"].as_vec()?.iter().find(|e| e["name"].as_str() == Some(name))?["value"].as_str()
}

#[test]
fn every_kubernetes_workload_runs_unprivileged_on_a_read_only_root() {
    let mut files = vec![KUBERNETES_SLED];
    files.extend_from_slice(KUBERNETES_REDIS);
    let all = workloads(&files);
    assert_eq!(all.len(), 3, "sled's cinder, Redis mode's cinder and its Redis: {:?}", all.iter().map(|w| &w.0).collect::<Vec<_>>());
    let (uid, gid) = Containerfile::load().user();
    for (name, w) in &all {
        let pod = &w["spec"]["template"]["spec"];
        let sc = &pod["securityContext"];
        assert_eq!(sc["runAsNonRoot"].as_bool(), Some(true), "{name}");
        assert!(sc["runAsUser"].as_i64().is_some_and(|u| u > 0) && sc["runAsGroup"].as_i64().is_some_and(|g| g > 0), "{name}: numeric ids");
        assert_eq!(sc["seccompProfile"]["type"].as_str(), Some("RuntimeDefault"), "{name}");
        assert_eq!(pod["automountServiceAccountToken"].as_bool(), Some(false), "{name}: no API token in the pod");
        for host in ["hostNetwork", "hostPID", "hostIPC"] {
            assert!(pod[host].is_badvalue(), "{name}: {host}");
        }
        for c in containers(w) {
            let cname = format!("{name}/{}", c["name"].as_str().unwrap_or("?"));
            let sc = &c["securityContext"];
            assert_eq!(sc["runAsNonRoot"].as_bool(), Some(true), "{cname}");
            assert_eq!(sc["readOnlyRootFilesystem"].as_bool(), Some(true), "{cname}");
            assert_eq!(sc["allowPrivilegeEscalation"].as_bool(), Some(false), "{cname}");
            assert_eq!(strs(&sc["capabilities"]["drop"]), ["ALL"], "{cname}");
            assert!(sc["capabilities"]["add"].is_badvalue() && sc["privileged"].as_bool() != Some(true), "{cname}");
            assert_eq!(sc["seccompProfile"]["type"].as_str(), Some("RuntimeDefault"), "{cname}");
            assert_eq!(sc["runAsUser"].as_i64(), pod["securityContext"]["runAsUser"].as_i64(), "{cname}: one user per pod");
            if c["name"].as_str() != Some("cinder") {
                continue;
            }
            assert_eq!(
                (sc["runAsUser"].as_i64(), sc["runAsGroup"].as_i64()),
                (Some(uid.into()), Some(gid.into())),
                "{cname}: the image's USER"
            );
            assert_eq!(c["readinessProbe"]["httpGet"]["path"].as_str(), Some("/readyz"), "{cname}");
            assert_eq!(c["livenessProbe"]["httpGet"]["path"].as_str(), Some("/healthz"), "{cname}");
            assert_eq!(c["ports"][0]["containerPort"].as_i64(), Some(8080), "{cname}: the image's port");
            assert_eq!(env(c, "CINDER_LISTEN"), Some("0.0.0.0:8080"), "{cname}");
            assert_eq!(pod["enableServiceLinks"].as_bool(), Some(false), "{cname}: no CINDER_PORT from a Service named cinder");
            assert!(pod["terminationGracePeriodSeconds"].as_i64().is_some_and(|s| s >= DRAIN_SECONDS), "{cname}: time to drain");
        }
    }
}

#[test]
fn sled_on_kubernetes_is_one_pod_with_its_data_on_a_persistent_volume() {
    let all = workloads(&[KUBERNETES_SLED]);
    let [(name, w)] = &all[..] else { panic!("one workload in {KUBERNETES_SLED}") };
    assert_eq!(w["spec"]["replicas"].as_i64(), Some(1), "{name}: sled is embedded, one process per data directory");
    match w["kind"].as_str() {
        Some("StatefulSet") => {}
        Some("Deployment") => {
            assert_eq!(w["spec"]["strategy"]["type"].as_str(), Some("Recreate"), "{name}: no second pod during a rollout")
        }
        other => panic!("{name}: {other:?}"),
    }
    let [c] = containers(w) else { panic!("{name}: one container") };
    assert!(env(c, "CINDER_STORE").is_none_or(|s| s == "sled"), "{name}");
    let dir = env(c, "CINDER_DATA_DIR").map(str::to_owned).or(Containerfile::load().env_var("CINDER_DATA_DIR")).unwrap();
    let mount = c["volumeMounts"].as_vec().unwrap().iter().find(|m| m["mountPath"].as_str() == Some(dir.as_str()));
    let volume = mount.unwrap_or_else(|| panic!("{name}: a volume at {dir}"))["name"].as_str().unwrap();
    let claims = w["spec"]["volumeClaimTemplates"].as_vec().map(Vec::as_slice).unwrap_or_default();
    assert!(claims.iter().any(|t| t["metadata"]["name"].as_str() == Some(volume)), "{name}: {dir} is a persistent volume claim");
    assert_eq!(
        w["spec"]["template"]["spec"]["securityContext"]["fsGroup"].as_i64(),
        Some(Containerfile::load().user().1.into()),
        "{name}: the volume is writable for the server"
    );
}

/// The settings of a redis.conf text, `name value` lines.
fn redis_settings(conf: &str) -> Vec<(String, String)> {
    conf.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (k, v) = l.split_once(' ').unwrap_or((l, ""));
            (k.to_owned(), v.trim().to_owned())
        })
        .collect()
}

/// The settings given on a redis-server command line: `--name value` pairs.
fn redis_args(args: &[&str]) -> Vec<(String, String)> {
    args.chunks(2).filter_map(|pair| Some((pair[0].strip_prefix("--")?.to_owned(), pair.get(1)?.to_string()))).collect()
}

fn assert_durable(settings: &[(String, String)], what: &str) {
    for (k, v) in [("appendonly", "yes"), ("appendfsync", "always"), ("maxmemory-policy", "noeviction")] {
        assert!(settings.iter().any(|(sk, sv)| sk == k && sv == v), "{what}: `{k} {v}` (README \"Scaling out\"): {settings:?}");
    }
}

/// Redis mode on Kubernetes: (the cinder workload, the Redis workload, the ConfigMap's redis.conf).
fn kubernetes_redis() -> (Yaml, Yaml, String) {
    let all = workloads(KUBERNETES_REDIS);
    let find = |n: &str| all.iter().find(|(_, w)| containers(w).iter().any(|c| c["name"].as_str() == Some(n))).unwrap().1.clone();
    let conf = KUBERNETES_REDIS
        .iter()
        .flat_map(|f| yaml(f))
        .find(|d| d["kind"].as_str() == Some("ConfigMap"))
        .and_then(|d| d["data"]["redis.conf"].as_str().map(str::to_owned))
        .expect("a ConfigMap with redis.conf");
    (find("cinder"), find("redis"), conf)
}

#[test]
fn redis_mode_on_kubernetes_scales_cinder_on_one_durable_redis() {
    let (cinder, redis, conf) = kubernetes_redis();
    assert!(cinder["spec"]["replicas"].as_i64().is_some_and(|r| r > 1), "scaled out");
    let c = &containers(&cinder)[0];
    let store = env(c, "CINDER_STORE").unwrap();
    let service = redis["spec"]["serviceName"].as_str().unwrap();
    assert!(store.starts_with("redis://") && store.contains(&format!("@{service}:6379/")), "{store}: the Redis Service");
    let tmp = c["volumeMounts"].as_vec().unwrap().iter().find(|m| m["mountPath"].as_str() == Some("/tmp")).expect("a writable /tmp");
    let volumes = cinder["spec"]["template"]["spec"]["volumes"].as_vec().unwrap();
    let tmp = volumes.iter().find(|v| v["name"] == tmp["name"]).unwrap();
    assert!(!tmp["emptyDir"].is_badvalue(), "/tmp is the pod's own scratch space, where uploads above 1 MiB are staged");

    assert_eq!((redis["kind"].as_str(), redis["spec"]["replicas"].as_i64()), (Some("StatefulSet"), Some(1)));
    let settings = redis_settings(&conf);
    assert_durable(&settings, "the ConfigMap's redis.conf");
    let r = &containers(&redis)[0];
    let args = strs(&r["args"]);
    let conf_mount = r["volumeMounts"].as_vec().unwrap().iter().find(|m| m["name"].as_str() == Some("config")).unwrap();
    assert_eq!((args[0], args[1]), ("redis-server", format!("{}/redis.conf", conf_mount["mountPath"].as_str().unwrap()).as_str()));
    let dir = &settings.iter().find(|(k, _)| k == "dir").expect("redis.conf sets dir").1;
    let data = r["volumeMounts"].as_vec().unwrap().iter().find(|m| m["mountPath"].as_str() == Some(dir.as_str())).expect("dir is mounted");
    let claims = redis["spec"]["volumeClaimTemplates"].as_vec().unwrap();
    assert!(claims.iter().any(|t| t["metadata"]["name"] == data["name"]), "the append-only file is on a persistent volume");
}

/// The services of a compose file.
fn services(file: &str) -> Vec<(String, Yaml)> {
    let doc = yaml(file).remove(0);
    doc["services"].as_hash().unwrap().iter().map(|(k, v)| (format!("{file}: {}", k.as_str().unwrap()), v.clone())).collect()
}

fn seconds(duration: &Yaml) -> i64 {
    duration.as_str().and_then(|d| d.strip_suffix('s')).and_then(|d| d.parse().ok()).unwrap_or(0)
}

#[test]
fn every_compose_service_runs_unprivileged_on_a_read_only_root() {
    let cf = Containerfile::load();
    let (uid, gid) = cf.user();
    let health: Vec<String> = ["CMD".to_owned()].into_iter().chain(cf.healthcheck().1).collect();
    for file in [COMPOSE_SLED, COMPOSE_REDIS] {
        for (name, s) in services(file) {
            assert_eq!(s["read_only"].as_bool(), Some(true), "{name}");
            assert_eq!(strs(&s["cap_drop"]), ["ALL"], "{name}");
            assert!(s["cap_add"].is_badvalue() && s["privileged"].as_bool() != Some(true), "{name}");
            assert!(strs(&s["security_opt"]).contains(&"no-new-privileges:true"), "{name}");
            let user = s["user"].as_str().unwrap_or_else(|| panic!("{name}: user"));
            let ids: Vec<u32> = user.split(':').map(|n| n.parse().unwrap_or_else(|_| panic!("{name}: numeric user"))).collect();
            assert!(ids.len() == 2 && ids.iter().all(|&n| n > 0), "{name}: {user}");
            if !name.ends_with(": cinder") {
                continue;
            }
            assert_eq!(ids, [uid, gid], "{name}: the image's USER");
            // Podman and buildah keep the image's HEALTHCHECK only in the docker format: the compose file says it too.
            assert_eq!(strs(&s["healthcheck"]["test"]), health, "{name}: the Containerfile's HEALTHCHECK");
            assert!(seconds(&s["stop_grace_period"]) >= DRAIN_SECONDS, "{name}: time to drain");
            for port in strs(&s["ports"]) {
                assert!(port.starts_with("127.0.0.1:") && port.ends_with(":8080"), "{name}: {port}: on loopback, for the proxy alone");
            }
        }
    }
}

#[test]
fn sled_with_compose_is_one_instance_with_its_data_in_a_named_volume() {
    let all = services(COMPOSE_SLED);
    let [(name, s)] = &all[..] else { panic!("one service in {COMPOSE_SLED}") };
    assert!(s["deploy"]["replicas"].as_i64().is_none_or(|r| r == 1), "{name}: one process per data directory");
    assert!(s["environment"]["CINDER_STORE"].is_badvalue(), "{name}: sled");
    let dir = Containerfile::load().env_var("CINDER_DATA_DIR").unwrap();
    let volume = strs(&s["volumes"]).into_iter().find_map(|v| v.strip_suffix(&format!(":{dir}"))).expect("a volume at the data directory");
    let doc = yaml(COMPOSE_SLED).remove(0);
    assert!(!doc["volumes"][volume].is_badvalue(), "{volume}: a named volume (it starts as a copy of the image's {dir})");
}

/// Redis mode with compose: (cinder, redis) services.
fn compose_redis() -> (Yaml, Yaml) {
    let all = services(COMPOSE_REDIS);
    let find = |n: &str| all.iter().find(|(name, _)| name.ends_with(&format!(": {n}"))).unwrap().1.clone();
    (find("cinder"), find("redis"))
}

#[test]
fn redis_mode_with_compose_scales_cinder_on_one_durable_redis() {
    let (cinder, redis) = compose_redis();
    assert!(cinder["deploy"]["replicas"].as_i64().is_some_and(|r| r > 1), "scaled out");
    let store = cinder["environment"]["CINDER_STORE"].as_str().unwrap();
    assert!(store.starts_with("redis://") && store.contains("@redis:6379/"), "{store}");
    assert!(strs(&cinder["tmpfs"]).iter().any(|t| t.split(':').next() == Some("/tmp")), "uploads above 1 MiB are staged in /tmp");
    let command = strs(&redis["command"]);
    assert_eq!(command[0], "redis-server");
    assert_durable(&redis_args(&command[1..]), COMPOSE_REDIS);
    assert!(strs(&redis["volumes"]).iter().any(|v| v.ends_with(":/data")), "the append-only file is in a volume");
    assert!(redis["ports"].is_badvalue(), "Redis is reachable from the compose network only");
}

/// A redis-server of this machine (its port, its files' temp dir), killed on drop.
struct RedisServer(Child, u16, #[allow(dead_code)] tempfile::TempDir);

impl RedisServer {
    /// With `conf` as its config file (if any) and `args`, on a free loopback port with its files in a temp dir.
    fn start(conf: Option<&str>, args: &[&str]) -> RedisServer {
        let dir = tempfile::tempdir().unwrap();
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let mut cmd = Command::new("redis-server");
        if let Some(conf) = conf {
            // Redis enters `dir` as it reads the file: here that is the temp dir, not the pod's volume.
            let here: String = conf
                .lines()
                .map(|l| if l.starts_with("dir ") { format!("dir {}\n", dir.path().display()) } else { format!("{l}\n") })
                .collect();
            std::fs::write(dir.path().join("redis.conf"), here).unwrap();
            cmd.arg(dir.path().join("redis.conf"));
        }
        let child = cmd
            .args(args)
            .args(["--port", &port.to_string(), "--bind", "127.0.0.1", "--save", "", "--dir"])
            .arg(dir.path())
            .stdout(std::fs::File::create(dir.path().join("log")).unwrap())
            .stderr(Stdio::null())
            .spawn()
            .expect("redis-server (the README's test command installs it)");
        let deadline = Instant::now() + Duration::from_secs(10);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            let log = std::fs::read_to_string(dir.path().join("log")).unwrap_or_default();
            assert!(Instant::now() < deadline, "redis-server did not start with {conf:?} {args:?}: {log}");
            std::thread::sleep(Duration::from_millis(20));
        }
        RedisServer(child, port, dir)
    }
}

impl Drop for RedisServer {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn the_redis_settings_shipped_are_ones_the_server_accepts() {
    let password = "a-test-password-0123456789";
    // Kubernetes: redis-server with the ConfigMap's redis.conf and the password as its args give it.
    let (cinder, redis, conf) = kubernetes_redis();
    let args = strs(&containers(&redis)[0]["args"]);
    let args: Vec<&str> = args[2..].iter().map(|a| if *a == "$(REDIS_PASSWORD)" { password } else { a }).collect();
    let server = RedisServer::start(Some(&conf), &args);
    let service = redis["spec"]["serviceName"].as_str().unwrap();
    let url = env(&containers(&cinder)[0], "CINDER_STORE").unwrap().replace("$(REDIS_PASSWORD)", password);
    let url = url.replace(&format!("{service}:6379"), &format!("127.0.0.1:{}", server.1));
    let mut cinder = common::Server::start(None, &[("CINDER_STORE", &url)]);
    assert!(cinder.output().contains("listening"), "{}", cinder.output());
    cinder.terminate();

    // Compose: redis-server with the command line the compose file gives it.
    let (cinder, redis) = compose_redis();
    let placeholder = "${REDIS_PASSWORD:?set REDIS_PASSWORD}";
    let command = strs(&redis["command"]);
    let args: Vec<&str> = command[1..].iter().map(|a| if *a == placeholder { password } else { a }).collect();
    let server = RedisServer::start(None, &args);
    let url = cinder["environment"]["CINDER_STORE"].as_str().unwrap().replace(placeholder, password);
    let url = url.replace("redis:6379", &format!("127.0.0.1:{}", server.1));
    let mut cinder = common::Server::start(None, &[("CINDER_STORE", &url)]);
    assert!(cinder.output().contains("listening"), "{}", cinder.output());
    cinder.terminate();
}
