//! The systemd unit in `deploy/systemd/cinder.service`, checked as systemd itself reads it: `systemd-analyze verify`
//! finds nothing wrong, and `systemd-analyze security --offline` rates its exposure at most 1.5 of 10 (it scores 1.1: no
//! capabilities, a dynamic user, nothing writable but its state directory, a system-call allowlist).

use std::path::Path;
use std::process::Command;

/// The unit as installed, with ExecStart pointing at this build's binary (verify checks that the binary exists).
fn unit_here(dir: &Path) -> std::path::PathBuf {
    let unit = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../deploy/systemd/cinder.service")).unwrap();
    assert!(unit.contains("ExecStart=/usr/local/bin/cinder serve\n"), "the unit runs `cinder serve`");
    assert!(
        unit.contains("StateDirectory=cinder\n") && unit.contains("Environment=CINDER_DATA_DIR=/var/lib/cinder\n"),
        "the data directory is the unit's state directory"
    );
    let path = dir.join("cinder.service");
    std::fs::write(&path, unit.replace("/usr/local/bin/cinder", env!("CARGO_BIN_EXE_cinder"))).unwrap();
    path
}

#[test]
fn the_systemd_unit_verifies_and_its_exposure_is_low() {
    let dir = tempfile::tempdir().unwrap();
    let unit = unit_here(dir.path());
    let verify =
        Command::new("systemd-analyze").arg("verify").arg(&unit).output().expect("systemd-analyze (the README's test command installs it)");
    let said = String::from_utf8_lossy(&verify.stderr);
    assert!(verify.status.success() && said.trim().is_empty(), "systemd-analyze verify: {said}");

    let security =
        Command::new("systemd-analyze").args(["security", "--offline=yes", "--threshold=15", "--no-pager"]).arg(&unit).output().unwrap();
    let report = String::from_utf8_lossy(&security.stdout);
    let overall = report.lines().find(|l| l.contains("Overall exposure level")).unwrap_or("no overall line");
    eprintln!("{overall}");
    assert!(security.status.success(), "exposure above 1.5: {overall}\n{report}");
}
