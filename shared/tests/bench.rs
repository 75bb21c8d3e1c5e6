//! Envelope speed, natively and in headless Chromium by the same code; ignored by default (timings are not
//! assertions). Commands and results: `docs/benchmarks.md`, section "Envelope".

use shared::envelope::{seal, Argon2Params, File, LinkSecret, Payload};
use zeroize::Zeroizing;

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test;
#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

#[cfg(target_arch = "wasm32")]
mod clock {
    use wasm_bindgen::prelude::wasm_bindgen;

    #[wasm_bindgen]
    extern "C" {
        #[wasm_bindgen(js_namespace = performance)]
        fn now() -> f64;
    }

    /// Milliseconds from an arbitrary origin.
    pub fn ms() -> f64 {
        now()
    }

    pub fn report(line: &str) {
        wasm_bindgen_test::console_log!("{line}");
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod clock {
    use std::sync::OnceLock;
    use std::time::Instant;

    pub fn ms() -> f64 {
        static START: OnceLock<Instant> = OnceLock::new();
        START.get_or_init(Instant::now).elapsed().as_secs_f64() * 1000.0
    }

    pub fn report(line: &str) {
        println!("{line}");
    }
}

/// Runs `f` until at least `budget_ms` have passed (and at least once), and reports the mean time per run.
fn measure(name: &str, bytes: usize, budget_ms: f64, mut f: impl FnMut()) {
    let start = clock::ms();
    let mut runs = 0u32;
    while runs == 0 || clock::ms() - start < budget_ms {
        f();
        runs += 1;
    }
    let per_run = (clock::ms() - start) / f64::from(runs);
    let rate = if bytes > 0 { format!(", {:.1} MB/s", bytes as f64 / 1e6 / (per_run / 1000.0)) } else { String::new() };
    let target = if cfg!(target_arch = "wasm32") { "wasm32 (Chromium)" } else { "native" };
    clock::report(&format!("bench {target}: {name}: {per_run:.3} ms per run ({runs} runs){rate}"));
}

fn payload(size: usize) -> Payload {
    let data = (0..size).map(|i| (i * 31 % 251) as u8).collect();
    let file = File { name: "data.bin".into(), media_type: "application/octet-stream".into(), data: Zeroizing::new(data) };
    Payload { text: Zeroizing::new(String::new()), files: vec![file] }
}

/// Seal, and what a recipient does: parse the link, derive keys, decrypt, unpad and decode.
fn seal_and_open(size: usize, budget_ms: f64) {
    let p = payload(size);
    let label = if size >= 1 << 20 { format!("{} MiB", size >> 20) } else { format!("{} KiB", size >> 10) };
    measure(&format!("seal {label}"), size, budget_ms, || {
        seal(&p, None, Argon2Params::DEFAULT).unwrap();
    });
    let sealed = seal(&p, None, Argon2Params::DEFAULT).unwrap();
    let fragment = sealed.link.to_fragment();
    measure(&format!("open {label} (no passphrase)"), size, budget_ms, || {
        let link = LinkSecret::from_fragment(&fragment).unwrap();
        let id = link.id();
        link.open_keys(&id, &sealed.header, None).unwrap().open(&id, &sealed.header, &sealed.ciphertext).unwrap();
    });
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
#[ignore = "benchmark: run with --include-ignored, see docs/benchmarks.md"]
fn envelope_speed() {
    seal_and_open(1 << 10, 500.0);
    seal_and_open(1 << 20, 2000.0);
    seal_and_open(8 << 20, 3000.0);
    let sealed = seal(&payload(1 << 10), Some("pw"), Argon2Params::DEFAULT).unwrap();
    let link = LinkSecret::from_fragment(&sealed.link.to_fragment()).unwrap();
    measure("Argon2id default m=65536 t=3 p=1 (open_keys)", 0, 3000.0, || {
        link.open_keys(&sealed.id, &sealed.header, Some("pw")).unwrap();
    });
    let old = Argon2Params { m_kib: 19456, t: 2, p: 1 };
    let sealed = seal(&payload(1 << 10), Some("pw"), old).unwrap();
    measure("Argon2id former default m=19456 t=2 p=1 (open_keys)", 0, 3000.0, || {
        link.open_keys(&sealed.id, &sealed.header, Some("pw")).unwrap();
    });
    let worst = Argon2Params { m_kib: Argon2Params::MAX_M_KIB, t: Argon2Params::MAX_T, p: 1 };
    let sealed = seal(&payload(1 << 10), Some("pw"), worst).unwrap();
    measure("Argon2id ceiling m=65536 t=10 p=1 (worst header)", 0, 0.0, || {
        link.open_keys(&sealed.id, &sealed.header, Some("pw")).unwrap();
    });
}
