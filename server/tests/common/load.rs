//! Mixed load (creates, some with receipts, opens, burns) against running servers, a ledger of what every client was
//! told, and the check that a crash undid none of it: shared by the power-cut test and the Redis fault tests.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use reqwest::StatusCode;

use super::{http, http_open, http_peek, http_receipt, json_body, open_body, Fixture, Server, TTL};

/// Longest a load request may take before it counts as a hang (no answer).
pub const HANG: Duration = Duration::from_secs(10);

/// What the clients were told, which a crash must not undo.
#[derive(Default)]
pub struct Ledger {
    /// Acknowledged creates no open or burn was sent for: id → secret.
    pub live: HashMap<String, Kept>,
    /// Acknowledged opens and burns.
    pub gone: Vec<Gone>,
    /// Opens and burns sent but not acknowledged (no answer, or 503): either outcome is right.
    pub in_doubt: usize,
    /// How each server answered, by its index in the load's list.
    pub answers: Vec<Answers>,
}

/// An id, its proof, and its receipt id with the state the receipt must show.
pub type Gone = (String, String, Option<(String, &'static str)>);

#[derive(Clone)]
pub struct Kept {
    pub proof: String,
    pub ciphertext: Vec<u8>,
    pub receipt: Option<(String, String)>,
}

/// One server's answers to the load.
#[derive(Clone, Debug, Default)]
pub struct Answers {
    /// 201 to a create, 200 to an open or burn.
    pub ok: usize,
    /// 503 with the JSON error `unavailable`.
    pub unavailable: usize,
    /// No HTTP answer: refused, reset, or none within [`HANG`].
    pub failed: usize,
    /// Anything else, described: always a bug.
    pub unexpected: Vec<String>,
    /// The slowest answer of any kind, and the slowest 503.
    pub slowest: Duration,
    pub slowest_unavailable: Duration,
    /// Time spent on 503s, for their mean.
    pub unavailable_time: Duration,
}

impl Answers {
    /// What changed since `before` (counts only; the slowest answers are kept as they are).
    pub fn since(&self, before: &Answers) -> Answers {
        Answers {
            ok: self.ok - before.ok,
            unavailable: self.unavailable - before.unavailable,
            failed: self.failed - before.failed,
            unexpected: self.unexpected[before.unexpected.len()..].to_vec(),
            unavailable_time: self.unavailable_time.saturating_sub(before.unavailable_time),
            ..self.clone()
        }
    }

    /// Mean time of a 503.
    pub fn mean_unavailable(&self) -> Duration {
        self.unavailable_time.checked_div(self.unavailable as u32).unwrap_or_default()
    }
}

/// What a worker does when a request is not acknowledged.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum OnFailure {
    /// Stop this worker (the process is dying: a power cut).
    Stop,
    /// Count it and go on (servers or Redis come and go while the clients keep trying).
    GoOn,
}

/// The shape of the load.
#[derive(Clone)]
pub struct Load {
    pub workers: usize,
    /// The secret a worker creates in its turn `i`: (worker, i) → secret.
    pub fixture: Arc<dyn Fn(usize, usize) -> Fixture + Send + Sync>,
    pub on_failure: OnFailure,
}

impl Load {
    /// `workers` clients creating 1.4 KB secrets (1,424 bytes of ciphertext), every other one with a receipt.
    pub fn small(workers: usize, on_failure: OnFailure) -> Load {
        let fixture = |w: usize, i: usize| {
            let f = Fixture::new(&format!("worker {w} #{i}"));
            if i.is_multiple_of(2) {
                f.and_receipt()
            } else {
                f
            }
        };
        Load { workers, fixture: Arc::new(fixture), on_failure }
    }
}

/// A snapshot of every server's answers so far.
pub fn answers(ledger: &Mutex<Ledger>) -> Vec<Answers> {
    ledger.lock().unwrap().answers.clone()
}

/// Starts the load on the servers at `bases` until `stop`: each worker creates on one server and, every other turn,
/// opens or burns (through its receipt) a secret it created, on the next server.
pub fn spawn(bases: &[String], load: &Load, ledger: &Arc<Mutex<Ledger>>, stop: &Arc<AtomicBool>) -> Vec<tokio::task::JoinHandle<()>> {
    {
        let mut l = ledger.lock().unwrap();
        if l.answers.len() < bases.len() {
            l.answers.resize(bases.len(), Answers::default());
        }
    }
    (0..load.workers)
        .map(|w| {
            let (client, ledger, stop, bases, load) = (http(), ledger.clone(), stop.clone(), bases.to_vec(), load.clone());
            tokio::spawn(async move {
                let n = bases.len();
                let mut mine: Vec<String> = Vec::new();
                for i in 0usize.. {
                    if stop.load(Ordering::Relaxed) {
                        return;
                    }
                    let f = (load.fixture)(w, i);
                    let (ctype, body) = f.form(TTL);
                    let at = (w + i) % n;
                    let request = client.post(format!("{}/api/v1/secrets", bases[at])).header("content-type", ctype).body(body);
                    if send(request, StatusCode::CREATED, &ledger, at).await.is_err() {
                        if load.on_failure == OnFailure::Stop {
                            return; // the process is dying (a half-written answer); nothing was acknowledged
                        }
                        tokio::time::sleep(Duration::from_millis(10)).await;
                        continue;
                    }
                    let receipt = f.receipt.as_ref().map(|r| (r.id.clone(), r.burn_proof.clone()));
                    let kept = Kept { proof: f.proof.clone(), ciphertext: f.ciphertext.clone(), receipt };
                    ledger.lock().unwrap().live.insert(f.id.clone(), kept);
                    mine.push(f.id.clone());
                    if i % 2 == 1 {
                        continue;
                    }
                    let victim = mine.remove(mine.len() / 2);
                    let Some(kept) = ({
                        let mut l = ledger.lock().unwrap();
                        l.live.remove(&victim).inspect(|_| l.in_doubt += 1)
                    }) else {
                        continue;
                    };
                    let at = (w + i + 1) % n;
                    let (path, body, expect) = match (&kept.receipt, i % 4) {
                        (Some((rid, burn)), 0) => ("/api/v1/receipts/burn", json_body(&[("receipt", rid), ("proof", burn)]), "burned"),
                        _ => ("/api/v1/secrets/open", open_body(&victim, &kept.proof, None), "opened"),
                    };
                    let request = client.post(format!("{}{path}", bases[at])).header("content-type", "application/json").body(body);
                    let bytes = match send(request, StatusCode::OK, &ledger, at).await {
                        Ok(bytes) => bytes,
                        Err(NotAcknowledged::NeverSent) if load.on_failure == OnFailure::GoOn => {
                            // The connection was refused: the request never reached a server, the secret is still live.
                            let mut l = ledger.lock().unwrap();
                            l.in_doubt -= 1;
                            l.live.insert(victim, kept);
                            continue;
                        }
                        Err(_) if load.on_failure == OnFailure::Stop => return,
                        Err(_) => continue,
                    };
                    // The ciphertext streams after the commit: only a complete body is an answer (else `send` failed).
                    assert!(expect != "opened" || bytes[..] == kept.ciphertext[..], "an open returned other bytes");
                    let mut l = ledger.lock().unwrap();
                    l.in_doubt -= 1;
                    l.gone.push((victim, kept.proof, kept.receipt.map(|(rid, _)| (rid, expect))));
                }
            })
        })
        .collect()
}

/// Why a request was not acknowledged.
enum NotAcknowledged {
    /// The connection was refused: no server saw it.
    NeverSent,
    /// Another answer, or none: it may or may not have happened.
    Other,
}

/// Sends one request and counts its answer for server `at`: the body when it is `expect`.
async fn send(request: reqwest::RequestBuilder, expect: StatusCode, ledger: &Mutex<Ledger>, at: usize) -> Result<Vec<u8>, NotAcknowledged> {
    let started = Instant::now();
    let answer = match request.timeout(HANG).send().await {
        Ok(res) => {
            let status = res.status();
            res.bytes().await.map(|b| (status, b.to_vec()))
        }
        Err(e) => Err(e),
    };
    let took = started.elapsed();
    let mut l = ledger.lock().unwrap();
    let a = &mut l.answers[at];
    a.slowest = a.slowest.max(took);
    match answer {
        Ok((status, body)) if status == expect => {
            a.ok += 1;
            return Ok(body);
        }
        Ok((StatusCode::SERVICE_UNAVAILABLE, body))
            if serde_json::from_slice::<serde_json::Value>(&body).is_ok_and(|v| v["error"] == "unavailable") =>
        {
            a.unavailable += 1;
            a.unavailable_time += took;
            a.slowest_unavailable = a.slowest_unavailable.max(took);
        }
        Ok((status, body)) => a.unexpected.push(format!("{status} (expected {expect}): {}", String::from_utf8_lossy(&body))),
        Err(e) => {
            a.failed += 1;
            if e.is_connect() {
                return Err(NotAcknowledged::NeverSent);
            }
        }
    }
    Err(NotAcknowledged::Other)
}

/// After a crash: every acknowledged create is there with its bytes (every `open_every`th is opened now, the rest
/// stay for later checks); no acknowledged open or burn is back, and receipts say what happened. Returns the checks
/// made (`what` names the moment in failure messages).
pub async fn check(server: &Server, ledger: &mut Ledger, open_every: usize, what: &str) -> usize {
    let client = http();
    let mut checks = 0;
    for (n, (id, proof, receipt)) in ledger.gone.iter().enumerate() {
        let peek = http_peek(&client, server, id).await;
        assert_eq!(peek.status(), StatusCode::NOT_FOUND, "{what}: an acknowledged open or burn came back");
        if n % 8 == 0 {
            let open = http_open(&client, server, id, proof).await.unwrap();
            assert_eq!(open.status(), StatusCode::NOT_FOUND, "{what}: an acknowledged open or burn opened again");
        }
        if let Some((rid, state)) = receipt {
            let res = http_receipt(&client, server, rid).await;
            assert_eq!(res.status(), StatusCode::OK, "{what}: the receipt of an acknowledged {state} secret was lost");
            let json: serde_json::Value = res.json().await.unwrap();
            assert_eq!(json["state"], *state, "{what}: a receipt forgot what happened");
        }
        checks += 1;
    }
    let mut ids: Vec<String> = ledger.live.keys().cloned().collect();
    ids.sort();
    for (n, id) in ids.iter().enumerate() {
        let kept = ledger.live[id].clone();
        let peek = http_peek(&client, server, id).await;
        assert_eq!(peek.status(), StatusCode::OK, "{what}: an acknowledged create was lost");
        if let Some((rid, _)) = &kept.receipt {
            let res = http_receipt(&client, server, rid).await;
            assert_eq!(res.json::<serde_json::Value>().await.unwrap()["state"], "waiting", "{what}");
        }
        checks += 1;
        if n % open_every == 0 {
            let open = http_open(&client, server, id, &kept.proof).await.unwrap();
            assert_eq!(open.status(), StatusCode::OK, "{what}: an acknowledged create does not open");
            assert!(open.bytes().await.unwrap()[..] == kept.ciphertext[..], "{what}: a ciphertext changed");
            ledger.live.remove(id);
            ledger.gone.push((id.clone(), kept.proof, kept.receipt.map(|(rid, _)| (rid, "opened"))));
        }
    }
    ledger.in_doubt = 0;
    checks
}
