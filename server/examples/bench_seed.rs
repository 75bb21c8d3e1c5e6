//! Seeds a running server with secrets for the load test (bench/server/run.sh): creates COUNT secrets of 1.4 KB over
//! HTTP and writes `id proof` lines that the wrk scripts peek at and open, one fresh secret per open.
//!
//! Usage: bench_seed BASE_URL COUNT OUT_FILE   (SEED_TTL: lifetime in seconds, default 3600; SEED_BYTES: ciphertext
//! length, default 1,424, which must be an envelope length, e.g. 1,040 for a 1 KiB secret)

use std::io::Write as _;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use ring::rand::{SecureRandom as _, SystemRandom};
use shared::api::{CreateSecret, CREATE_CIPHERTEXT_FIELD, CREATE_META_FIELD};
use shared::envelope::{Header, Proof};

/// 1.4 KB: a padding bucket (1,408) plus the AES-GCM tag, a length the server accepts.
const CIPHERTEXT_BYTES: usize = 1424;
const CONCURRENCY: usize = 64;

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, base, count, out] = &args[..] else {
        eprintln!("usage: bench_seed BASE_URL COUNT OUT_FILE");
        std::process::exit(2);
    };
    let count: usize = count.parse().expect("COUNT is a number");
    let ttl: u64 = std::env::var("SEED_TTL").map_or(3600, |t| t.parse().expect("SEED_TTL is a number of seconds"));
    let bytes: usize = std::env::var("SEED_BYTES").map_or(CIPHERTEXT_BYTES, |b| b.parse().expect("SEED_BYTES is a number"));
    let header = shared::b64::encode(&Header { kdf: None }.encode());
    let client = reqwest::Client::new();
    let next = Arc::new(AtomicUsize::new(0));
    let lines = Arc::new(Mutex::new(Vec::with_capacity(count)));
    let workers: Vec<_> = (0..CONCURRENCY)
        .map(|_| {
            let (client, next, lines, header, url) =
                (client.clone(), next.clone(), lines.clone(), header.clone(), format!("{base}/api/v1/secrets"));
            tokio::spawn(async move {
                let rng = SystemRandom::new();
                let mut ciphertext = vec![0u8; bytes];
                while next.fetch_add(1, Ordering::Relaxed) < count {
                    let (mut id, mut proof) = ([0u8; 16], [0u8; 32]);
                    rng.fill(&mut id).unwrap();
                    rng.fill(&mut proof).unwrap();
                    rng.fill(&mut ciphertext).unwrap();
                    let proof = Proof::from_text(&shared::b64::encode(&proof)).unwrap();
                    let meta = CreateSecret {
                        id: shared::b64::encode(&id),
                        verifier: proof.verifier().to_text(),
                        ttl,
                        header: header.clone(),
                        receipt: None,
                        gate_verifier: None,
                        views: None,
                    };
                    let form = reqwest::multipart::Form::new()
                        .part(
                            CREATE_META_FIELD,
                            reqwest::multipart::Part::text(serde_json::to_string(&meta).unwrap()).mime_str("application/json").unwrap(),
                        )
                        .part(CREATE_CIPHERTEXT_FIELD, reqwest::multipart::Part::bytes(ciphertext.clone()));
                    let res = client.post(&url).multipart(form).send().await.expect("server reachable");
                    assert_eq!(res.status(), reqwest::StatusCode::CREATED, "create failed: {:?}", res.text().await);
                    lines.lock().unwrap().push(format!("{} {}\n", meta.id, proof.to_text()));
                }
            })
        })
        .collect();
    for w in workers {
        w.await.unwrap();
    }
    let mut file = std::io::BufWriter::new(std::fs::File::create(out).expect("OUT_FILE writable"));
    for line in lines.lock().unwrap().iter() {
        file.write_all(line.as_bytes()).unwrap();
    }
}
