//! The checked-in envelope v1 test vectors (`docs/vectors/v1/`, format in `docs/envelope-v1.md`), opened natively
//! and in headless Chromium by the same code, plus the check that the generator still writes exactly these files.

use shared::envelope::testing::{expect_word, open_link, request_step, REQUEST_INPUTS};
use shared::envelope::{Error, File, Payload, Proof, ReceiptSecret, Verifier};
use zeroize::Zeroizing;

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test;
#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

include!(concat!(env!("OUT_DIR"), "/vectors.rs"));

/// A parsed vector file: `key: value` lines in order, `#` lines are comments.
struct Vector(Vec<(String, String)>);

impl Vector {
    fn parse(contents: &str) -> Result<Vector, String> {
        let mut fields = Vec::new();
        for line in contents.lines().filter(|l| !l.starts_with('#')) {
            let (key, value) = line.split_once(':').ok_or_else(|| format!("not `key: value`: {line:?}"))?;
            fields.push((key.to_owned(), value.strip_prefix(' ').unwrap_or(value).to_owned()));
        }
        Ok(Vector(fields))
    }

    fn get(&self, key: &str) -> Option<&str> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }

    fn need(&self, key: &str) -> Result<&str, String> {
        self.get(key).ok_or_else(|| format!("missing `{key}:`"))
    }

    fn bytes(&self, key: &str) -> Result<Vec<u8>, String> {
        shared::b64::decode(self.need(key)?).ok_or_else(|| format!("`{key}:` is not base64url"))
    }

    /// The expected payload from `text:` and the `file-name/-type/-data` triples.
    fn payload(&self) -> Result<Payload, String> {
        let mut payload = Payload { text: Zeroizing::new(json(self.need("text")?)?), files: Vec::new() };
        let mut file: Option<File> = None;
        for (key, value) in &self.0 {
            match key.as_str() {
                "file-name" => {
                    payload.files.extend(file.take());
                    file = Some(File { name: json(value)?, media_type: String::new(), data: Zeroizing::default() });
                }
                "file-type" => file.as_mut().ok_or("file-type before file-name")?.media_type = json(value)?,
                "file-data" => {
                    let data = shared::b64::decode(value).ok_or("file-data is not base64url")?;
                    file.as_mut().ok_or("file-data before file-name")?.data = Zeroizing::new(data);
                }
                _ => {}
            }
        }
        payload.files.extend(file);
        Ok(payload)
    }
}

fn json(text: &str) -> Result<String, String> {
    serde_json::from_str(text).map_err(|e| format!("bad JSON string {text:?}: {e}"))
}

fn word<T>(result: &Result<T, Error>) -> &'static str {
    expect_word(result.as_ref().map(|_| ()).map_err(|e| *e))
}

/// Compares what a step produced with the vector's line for it (absent line = the step must not have run).
fn same(key: &str, got: Option<String>, vector: &Vector) -> Result<(), String> {
    let want = vector.get(key).map(str::to_owned);
    (got == want).then_some(()).ok_or_else(|| format!("`{key}:` is {want:?}, got {got:?}"))
}

fn check_open(v: &Vector) -> Result<(), String> {
    let passphrase = v.get("passphrase").map(json).transpose()?;
    let header = v.bytes("header")?;
    let ciphertext = v.bytes("ciphertext")?;
    let opened = open_link(v.need("fragment")?, passphrase.as_deref(), &header, &ciphertext);
    let expect = v.need("expect")?;
    if word(&opened.result) != expect {
        return Err(format!("expected {expect}, got {}", word(&opened.result)));
    }
    same("id", opened.id.map(|id| id.to_text()), v)?;
    same("gate", opened.gate.as_ref().map(Proof::to_text), v)?;
    same("gate-verifier", opened.gate.as_ref().map(|g| g.verifier().to_text()), v)?;
    same("proof", opened.proof.as_ref().map(Proof::to_text), v)?;
    same("verifier", opened.verifier.map(|x| x.to_text()), v)?;
    if let (Some(verifier), Some(proof)) = (opened.verifier, &opened.proof) {
        assert!(verifier.matches(proof));
    }
    if let Ok(payload) = &opened.result {
        same("padded", Some((ciphertext.len() - 16).to_string()), v)?;
        if *payload != v.payload()? {
            return Err("opened payload differs from the vector's text and files".into());
        }
    }
    Ok(())
}

fn check_receipt(v: &Vector, fragment: &str) -> Result<(), String> {
    let receipt = ReceiptSecret::from_fragment(fragment);
    let expect = v.need("expect")?;
    if word(&receipt) != expect {
        return Err(format!("expected {expect}, got {}", word(&receipt)));
    }
    let (id, burn) = match &receipt {
        Ok(r) => (Some(r.id()), Some(r.burn_proof())),
        Err(_) => (None, None),
    };
    same("receipt-id", id.map(|id| id.to_text()), v)?;
    same("receipt-lookup", id.map(|id| shared::b64::encode(&id.lookup_key())), v)?;
    same("burn-proof", burn.as_ref().map(Proof::to_text), v)?;
    same("burn-verifier", burn.as_ref().map(|b| b.verifier().to_text()), v)?;
    if let (Some(burn), Some(text)) = (&burn, v.get("burn-verifier")) {
        assert!(Verifier::from_text(text).map_err(|e| e.to_string())?.matches(burn));
    }
    Ok(())
}

/// A request vector (revision 3): what its step derives must be exactly its other lines, in order.
fn check_request(v: &Vector) -> Result<(), String> {
    let derived = request_step(&|key| v.get(key))?;
    let lines: Vec<(&str, &str)> =
        v.0.iter().filter(|(k, _)| !REQUEST_INPUTS.contains(&k.as_str())).map(|(k, x)| (k.as_str(), x.as_str())).collect();
    let want: Vec<(&str, &str)> = derived.iter().map(|(k, x)| (*k, x.as_str())).collect();
    (lines == want).then_some(()).ok_or_else(|| format!("the vector says {lines:?}, its step derives {want:?}"))
}

fn check(contents: &str) -> Result<(), String> {
    let v = Vector::parse(contents)?;
    match (v.get("receipt"), v.get("step")) {
        (Some(fragment), _) => check_receipt(&v, fragment),
        (None, Some(_)) => check_request(&v),
        (None, None) => check_open(&v),
    }
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn every_vector_opens_or_is_rejected_as_its_expect_line_says() {
    assert!(VECTORS.len() >= 25, "only {} vectors embedded from docs/vectors/v1", VECTORS.len());
    let failures: Vec<String> =
        VECTORS.iter().filter_map(|(name, contents)| check(contents).err().map(|e| format!("{name}: {e}"))).collect();
    assert!(failures.is_empty(), "{} of {} vectors fail:\n{}", failures.len(), VECTORS.len(), failures.join("\n"));
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn vectors_cover_every_outcome() {
    for outcome in ["success", "unsupported-version", "malformed", "decryption-failed"] {
        let line = format!("expect: {outcome}\n");
        assert!(VECTORS.iter().any(|(_, c)| c.contains(&line)), "no vector expects {outcome}");
    }
}

/// Native only: regenerating needs several Argon2id runs, and the browser run checks the same files anyway.
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn checked_in_vectors_are_exactly_what_the_generator_writes() {
    let generated = shared::envelope::testing::vectors();
    let fix = "regenerate with `cargo run -p cinder-shared --example gen-vectors --features deterministic`";
    let names: Vec<&str> = generated.iter().map(|(n, _)| n.as_str()).collect();
    let mut sorted = names.clone();
    sorted.sort();
    let checked_in: Vec<&str> = VECTORS.iter().map(|(n, _)| *n).collect();
    assert_eq!(sorted, checked_in, "vector file names differ from the generator's; {fix}");
    for (name, contents) in &generated {
        let file = VECTORS.iter().find(|(n, _)| n == name).map(|(_, c)| *c);
        assert_eq!(file, Some(contents.as_str()), "docs/vectors/v1/{name} differs from the generator's; {fix}");
    }
}
