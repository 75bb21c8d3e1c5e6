//! What sled 0.34 costs per change on this machine, apart from HTTP: the measurement behind the server benchmark's
//! analysis in docs/benchmarks.md ("Why the durable targets are not met").
//!
//! `cargo run --release -p cinder-server --example sled_costs`
//!
//! For 200,000 random 16-byte keys (like secret ids) it times get + insert, then remove, with a flush after every 50
//! changes (a group-commit batch at 50 connections) and after every 5,000 (flushes nearly free), and reports wall time
//! and the process's CPU time (all of sled's threads) per change.

use std::time::Instant;

const CHANGES: usize = 200_000;

/// CPU time of this process so far, in microseconds (utime + stime from /proc, in clock ticks of 10 ms).
fn cpu_micros() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let fields: Vec<&str> = stat.rsplit(')').next().unwrap_or_default().split_whitespace().collect();
    let ticks = |i: usize| fields.get(i).and_then(|f| f.parse::<f64>().ok()).unwrap_or(0.0);
    (ticks(11) + ticks(12)) * 10_000.0
}

/// xorshift: reproducible keys without a dependency.
fn next(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

fn main() -> Result<(), sled::Error> {
    println!("| value | flush every | get + insert: wall / CPU (µs) | remove: wall / CPU (µs) |");
    println!("|---:|---:|---:|---:|");
    for (value_len, flush_every) in [(100, 50), (100, 5_000), (1_424, 50), (1_424, 5_000)] {
        let dir = std::env::temp_dir().join(format!("cinder-sled-costs-{}", std::process::id()));
        let db = sled::Config::new().path(&dir).cache_capacity(64 << 20).flush_every_ms(None).open()?;
        let tree = db.open_tree("t")?;
        let value = vec![7u8; value_len];
        let mut state = 0x9e37_79b9_7f4a_7c15;
        let keys: Vec<[u8; 16]> = (0..CHANGES)
            .map(|_| {
                let mut key = [0; 16];
                key[..8].copy_from_slice(&next(&mut state).to_le_bytes());
                key[8..].copy_from_slice(&next(&mut state).to_le_bytes());
                key
            })
            .collect();
        let timed = |change: &mut dyn FnMut(&[u8; 16]) -> Result<(), sled::Error>| -> Result<(f64, f64), sled::Error> {
            let (wall, cpu) = (Instant::now(), cpu_micros());
            for (i, key) in keys.iter().enumerate() {
                change(key)?;
                if i % flush_every == flush_every - 1 {
                    db.flush()?;
                }
            }
            let n = CHANGES as f64;
            Ok((wall.elapsed().as_secs_f64() * 1e6 / n, (cpu_micros() - cpu) / n))
        };
        let insert = timed(&mut |key| {
            tree.get(key)?;
            tree.insert(key, value.as_slice())?;
            Ok(())
        })?;
        let remove = timed(&mut |key| tree.remove(key).map(drop))?;
        println!("| {value_len} B | {flush_every} | {:.1} / {:.1} | {:.1} / {:.1} |", insert.0, insert.1, remove.0, remove.1);
        drop((tree, db));
        let _ = std::fs::remove_dir_all(&dir);
    }
    Ok(())
}
