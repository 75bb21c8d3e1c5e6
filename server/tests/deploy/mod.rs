//! What the packaging tests read from `deploy/`: the Containerfile as its instructions (so the image test builds the
//! very file a self-hoster builds, and the manifests' checks compare against it) and YAML documents.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// A file of the repository.
pub fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(path)
}

/// One instruction: its keyword (upper case), its `--name=value` flags and the rest of its line.
#[derive(Debug)]
pub struct Instruction {
    pub keyword: String,
    pub flags: Vec<(String, String)>,
    pub args: String,
}

/// `deploy/container/Containerfile`, parsed.
pub struct Containerfile(pub Vec<Instruction>);

impl Containerfile {
    pub fn load() -> Containerfile {
        Containerfile::parse(&std::fs::read_to_string(repo("deploy/container/Containerfile")).unwrap())
    }

    /// Comments and blank lines dropped, `\` continuations joined; flags only where Dockerfiles allow them.
    pub fn parse(text: &str) -> Containerfile {
        let mut logical = Vec::new();
        let mut pending = String::new();
        for line in text.lines() {
            let trimmed = line.trim();
            if pending.is_empty() && (trimmed.is_empty() || trimmed.starts_with('#')) {
                continue;
            }
            match trimmed.strip_suffix('\\') {
                Some(head) => pending.push_str(head),
                None => {
                    pending.push_str(trimmed);
                    logical.push(std::mem::take(&mut pending));
                }
            }
        }
        assert!(pending.is_empty(), "the Containerfile ends inside a continued line");
        let instructions = logical
            .into_iter()
            .map(|line| {
                let (keyword, mut rest) = line.split_once(char::is_whitespace).unwrap_or((&line, ""));
                let mut flags = Vec::new();
                if matches!(keyword.to_ascii_uppercase().as_str(), "COPY" | "HEALTHCHECK") {
                    while let Some(flag) = rest.trim_start().strip_prefix("--") {
                        let (flag, after) = flag.split_once(char::is_whitespace).unwrap_or((flag, ""));
                        let (name, value) = flag.split_once('=').unwrap_or_else(|| panic!("flag without a value: --{flag}"));
                        flags.push((name.to_owned(), value.to_owned()));
                        rest = after;
                    }
                }
                Instruction { keyword: keyword.to_ascii_uppercase(), flags, args: rest.trim().to_owned() }
            })
            .collect();
        Containerfile(instructions)
    }

    pub fn all<'a>(&'a self, keyword: &'a str) -> impl Iterator<Item = &'a Instruction> + 'a {
        self.0.iter().filter(move |i| i.keyword == keyword)
    }

    /// The one instruction of this kind (a second one would silently override the first: refused).
    pub fn one<'a>(&'a self, keyword: &'a str) -> &'a Instruction {
        let found: Vec<_> = self.all(keyword).collect();
        assert_eq!(found.len(), 1, "exactly one {keyword} in the Containerfile: {found:?}");
        found[0]
    }

    /// `USER`: `uid:gid`, numbers only (a name needs an /etc/passwd, which the image has not).
    pub fn user(&self) -> (u32, u32) {
        let user = &self.one("USER").args;
        let (uid, gid) = user.split_once(':').unwrap_or_else(|| panic!("USER {user}: give uid:gid"));
        (uid.parse().unwrap_or_else(|_| panic!("USER {user}: numeric")), gid.parse().unwrap_or_else(|_| panic!("USER {user}: numeric")))
    }

    /// Every `ENV` as `KEY=value`, in order (only the `KEY=value` form).
    pub fn env(&self) -> Vec<String> {
        self.all("ENV")
            .flat_map(|i| i.args.split_whitespace())
            .map(|pair| {
                assert!(pair.contains('=') && !pair.contains('"'), "ENV {pair}: write KEY=value, unquoted");
                pair.to_owned()
            })
            .collect()
    }

    pub fn env_var(&self, key: &str) -> Option<String> {
        self.env().iter().rev().find_map(|pair| pair.strip_prefix(&format!("{key}=")).map(str::to_owned))
    }

    /// An instruction in exec form (a JSON array): a scratch image has no shell for the other form.
    pub fn exec_form(args: &str) -> Vec<String> {
        serde_json::from_str(args).unwrap_or_else(|_| panic!("not in exec form (a JSON array): {args}"))
    }

    pub fn entrypoint(&self) -> Vec<String> {
        Containerfile::exec_form(&self.one("ENTRYPOINT").args)
    }

    pub fn cmd(&self) -> Vec<String> {
        Containerfile::exec_form(&self.one("CMD").args)
    }

    /// What the container runs by default: ENTRYPOINT followed by CMD.
    pub fn command(&self) -> Vec<String> {
        [self.entrypoint(), self.cmd()].concat()
    }

    pub fn volumes(&self) -> Vec<String> {
        self.all("VOLUME")
            .flat_map(|i| {
                if i.args.starts_with('[') {
                    Containerfile::exec_form(&i.args)
                } else {
                    i.args.split_whitespace().map(str::to_owned).collect()
                }
            })
            .collect()
    }

    /// `EXPOSE`d ports as `port/protocol`.
    pub fn exposed(&self) -> Vec<String> {
        self.all("EXPOSE")
            .flat_map(|i| i.args.split_whitespace())
            .map(|p| if p.contains('/') { p.to_owned() } else { format!("{p}/tcp") })
            .collect()
    }

    /// `HEALTHCHECK`: its flags and its command (exec form).
    pub fn healthcheck(&self) -> (Vec<(String, String)>, Vec<String>) {
        let hc = self.one("HEALTHCHECK");
        let cmd = hc.args.strip_prefix("CMD").unwrap_or_else(|| panic!("HEALTHCHECK CMD [...]: {}", hc.args));
        (hc.flags.clone(), Containerfile::exec_form(cmd.trim()))
    }

    /// `COPY --chown=uid:gid src dst`: (src, dst, uid, gid).
    pub fn copies(&self) -> Vec<(String, String, u32, u32)> {
        self.all("COPY")
            .map(|i| {
                let parts: Vec<&str> = i.args.split_whitespace().collect();
                let [src, dst] = parts[..] else { panic!("COPY with one source and one destination: {}", i.args) };
                let chown = i.flags.iter().find(|(k, _)| k == "chown").map(|(_, v)| v.as_str());
                let chown = chown.unwrap_or_else(|| panic!("COPY {}: say --chown=uid:gid", i.args));
                let (uid, gid) = chown.split_once(':').expect("--chown=uid:gid");
                assert!(i.flags.iter().all(|(k, _)| k == "chown"), "COPY {}: only --chown is used", i.args);
                (src.to_owned(), dst.to_owned(), uid.parse().expect("numeric uid"), gid.parse().expect("numeric gid"))
            })
            .collect()
    }
}

/// Every YAML document of a file under `deploy/`.
pub fn yaml(path: &str) -> Vec<yaml_rust2::Yaml> {
    let text = std::fs::read_to_string(repo(path)).unwrap_or_else(|e| panic!("{path}: {e}"));
    yaml_rust2::YamlLoader::load_from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}
