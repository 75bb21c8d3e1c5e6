//! JSON for the API types without serde_json in the bundle: the browser's own `JSON.parse` reads, a few lines write.
//!
//! serde_json cost about a tenth of the first-load budget. The shared types stay the contract: the tests below round-trip
//! every type through serde_json (natively), so a renamed or added field fails here before it fails in a browser.

use shared::api::{
    CreateRequest, CreateSecret, Created, Creating, Instance, Peek, Receipt, ReceiptState, RequestPeek, RequestState, ServerConfig,
    INSTANCE_LANGUAGES,
};

/// Read access to a parsed JSON object, so the readers run on the browser's values and, in tests, on serde_json's.
pub trait Object {
    /// A number field.
    fn number(&self, key: &str) -> Option<f64>;
    /// A string field.
    fn string(&self, key: &str) -> Option<String>;
    /// An array of numbers.
    fn numbers(&self, key: &str) -> Option<Vec<f64>>;
    /// An object field.
    fn child(&self, key: &str) -> Option<Self>
    where
        Self: Sized;
}

/// A type read from a JSON object.
pub trait FromObject: Sized {
    /// Reads it, or `None` if a required field is missing or mistyped.
    fn from_object(o: &impl Object) -> Option<Self>;
}

fn whole(n: f64) -> Option<u64> {
    (n >= 0.0 && n.fract() == 0.0 && n <= 9_007_199_254_740_991.0).then_some(n as u64)
}

fn int(o: &impl Object, key: &str) -> Option<u64> {
    whole(o.number(key)?)
}

fn count(o: &impl Object, key: &str) -> Option<u32> {
    u32::try_from(int(o, key)?).ok()
}

impl FromObject for ServerConfig {
    fn from_object(o: &impl Object) -> Option<Self> {
        Some(ServerConfig {
            max_bytes: int(o, "max_bytes")?,
            ttl_choices: o.numbers("ttl_choices")?.into_iter().map(whole).collect::<Option<_>>()?,
            default_ttl: int(o, "default_ttl")?,
            max_ttl: int(o, "max_ttl")?,
            max_attempts: u32::try_from(int(o, "max_attempts")?).ok()?,
            max_views: count(o, "max_views").unwrap_or(1),
            // An older server says nothing: anyone may create there.
            creating: match o.string("creating").as_deref() {
                None | Some("open") => Creating::Open,
                Some("allowed") => Creating::Allowed,
                Some("sign_in") => Creating::SignIn,
                Some("not_allowed") => Creating::NotAllowed,
                Some("off") => Creating::Off,
                Some(_) => return None,
            },
            sign_in_url: o.string("sign_in_url"),
            instance: o.child("instance").and_then(|i| Instance::from_object(&i)),
        })
    }
}

impl FromObject for Instance {
    fn from_object(o: &impl Object) -> Option<Self> {
        let gone = o.child("gone").map(|g| INSTANCE_LANGUAGES.iter().filter_map(|tag| Some(((*tag).to_owned(), g.string(tag)?))).collect());
        Some(Instance { name: o.string("name"), imprint: o.string("imprint"), gone: gone.unwrap_or_default() })
    }
}

impl FromObject for Created {
    fn from_object(o: &impl Object) -> Option<Self> {
        Some(Created { expires_at: int(o, "expires_at")? })
    }
}

impl FromObject for Peek {
    fn from_object(o: &impl Object) -> Option<Self> {
        Some(Peek {
            header: o.string("header")?,
            expires_at: int(o, "expires_at")?,
            size: int(o, "size")?,
            views_left: count(o, "views_left").unwrap_or(1),
        })
    }
}

impl FromObject for Receipt {
    fn from_object(o: &impl Object) -> Option<Self> {
        let state = match o.string("state")?.as_str() {
            "waiting" => ReceiptState::Waiting,
            "opened" => ReceiptState::Opened,
            "burned" => ReceiptState::Burned,
            "expired" => ReceiptState::Expired,
            _ => return None,
        };
        Some(Receipt {
            state,
            opened_at: int(o, "opened_at"),
            expires_at: int(o, "expires_at")?,
            views: count(o, "views").unwrap_or(1),
            views_left: count(o, "views_left").unwrap_or(0),
            opens: o.numbers("opens").unwrap_or_default().into_iter().filter_map(whole).collect(),
        })
    }
}

impl FromObject for RequestPeek {
    fn from_object(o: &impl Object) -> Option<Self> {
        let state = match o.string("state")?.as_str() {
            "waiting" => RequestState::Waiting,
            "answered" => RequestState::Answered,
            _ => return None,
        };
        Some(RequestPeek { state, expires_at: int(o, "expires_at")?, answered_at: int(o, "answered_at"), note: o.string("note")? })
    }
}

/// What the client needs of an error body: the code, and the attempts left after a wrong proof.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErrorBody {
    /// The `error` code as sent (see `shared::api::ErrorCode`).
    pub code: String,
    /// With `wrong_proof`.
    pub attempts_left: Option<u32>,
}

impl FromObject for ErrorBody {
    fn from_object(o: &impl Object) -> Option<Self> {
        Some(ErrorBody { code: o.string("error")?, attempts_left: count(o, "attempts_left") })
    }
}

/// Appends `s` as a JSON string literal.
pub fn string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// The JSON of a create request's `meta` part.
pub fn create_secret(meta: &CreateSecret) -> String {
    let mut out = String::from("{\"id\":");
    string(&mut out, &meta.id);
    out.push_str(",\"verifier\":");
    string(&mut out, &meta.verifier);
    out.push_str(&format!(",\"ttl\":{},\"header\":", meta.ttl));
    string(&mut out, &meta.header);
    if let Some(gate) = &meta.gate_verifier {
        out.push_str(",\"gate_verifier\":");
        string(&mut out, gate);
    }
    if let Some(views) = meta.views.map(u64::from) {
        // As a u64, like the ttl above: one number formatter in the bundle.
        out.push_str(&format!(",\"views\":{views}"));
    }
    if let Some(receipt) = &meta.receipt {
        out.push_str(",\"receipt\":");
        out.push_str(&object(&[("id", &receipt.id), ("burn_verifier", &receipt.burn_verifier)]));
    }
    out.push('}');
    out
}

/// The JSON of a request to store (`POST /requests`).
pub fn create_request(request: &CreateRequest) -> String {
    let mut out = object(&[
        ("id", &request.id),
        ("answer_verifier", &request.answer_verifier),
        ("fetch_verifier", &request.fetch_verifier),
        ("note", &request.note),
    ]);
    out.pop();
    out.push_str(&format!(",\"ttl\":{}}}", request.ttl));
    out
}

/// A JSON object of string fields: the body of every request but create (peek, open, receipt status, burn).
pub fn object(fields: &[(&str, &str)]) -> String {
    let mut out = String::from("{");
    for (i, (key, value)) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        string(&mut out, key);
        out.push(':');
        string(&mut out, value);
    }
    out.push('}');
    out
}

/// Parses `text` with the browser's `JSON.parse` and reads a `T` from it.
pub fn parse<T: FromObject>(text: &str) -> Option<T> {
    T::from_object(&js_sys::JSON::parse(text).ok()?)
}

impl Object for wasm_bindgen::JsValue {
    fn number(&self, key: &str) -> Option<f64> {
        js_sys::Reflect::get(self, &key.into()).ok()?.as_f64()
    }
    fn string(&self, key: &str) -> Option<String> {
        js_sys::Reflect::get(self, &key.into()).ok()?.as_string()
    }
    fn numbers(&self, key: &str) -> Option<Vec<f64>> {
        let value = js_sys::Reflect::get(self, &key.into()).ok()?;
        if !js_sys::Array::is_array(&value) {
            return None;
        }
        js_sys::Array::from(&value).iter().map(|v| v.as_f64()).collect()
    }
    fn child(&self, key: &str) -> Option<Self> {
        let value = js_sys::Reflect::get(self, &key.into()).ok()?;
        value.is_object().then_some(value)
    }
}

/// Natively (tests, tools) the readers run on serde_json's values.
#[cfg(any(test, not(target_arch = "wasm32")))]
impl Object for serde_json::Value {
    fn number(&self, key: &str) -> Option<f64> {
        self.get(key)?.as_f64()
    }
    fn string(&self, key: &str) -> Option<String> {
        self.get(key)?.as_str().map(str::to_owned)
    }
    fn numbers(&self, key: &str) -> Option<Vec<f64>> {
        self.get(key)?.as_array()?.iter().map(|v| v.as_f64()).collect()
    }
    fn child(&self, key: &str) -> Option<Self> {
        self.get(key).filter(|v| v.is_object()).cloned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;
    use shared::api::{AnswerMeta, ApiError, BurnRequest, CreateReceipt, ErrorCode, OpenRequest, PeekRequest, ReceiptRequest};

    fn read_back<T: Serialize + FromObject>(value: &T) -> Option<T> {
        T::from_object(&serde_json::to_value(value).unwrap())
    }

    #[test]
    fn client_reads_what_the_server_sends() {
        let config = ServerConfig {
            max_bytes: 25 << 20,
            ttl_choices: vec![300, 86_400],
            default_ttl: 86_400,
            max_ttl: 86_400,
            max_attempts: 5,
            max_views: 100,
            creating: Creating::Open,
            sign_in_url: None,
            instance: None,
        };
        assert_eq!(read_back(&config), Some(config.clone()));
        for creating in [Creating::Allowed, Creating::SignIn, Creating::NotAllowed, Creating::Off] {
            let config = ServerConfig { creating, sign_in_url: Some("/oauth2/start?rd=/".into()), ..config.clone() };
            assert_eq!(read_back(&config), Some(config));
        }
        let gone = [("en".to_owned(), "Tell us.".to_owned()), ("uk".to_owned(), "Скажіть нам.".to_owned())].into();
        let words = ServerConfig { instance: Some(Instance { name: Some("N".into()), imprint: Some("I\nJ".into()), gone }), ..config };
        assert_eq!(read_back(&words), Some(words));
        assert_eq!(read_back(&Created { expires_at: 1_800_000_000 }), Some(Created { expires_at: 1_800_000_000 }));
        let peek = Peek { header: "AQA".into(), expires_at: 1_800_000_000, size: 1024, views_left: 3 };
        assert_eq!(read_back(&peek), Some(peek));
        for state in [ReceiptState::Waiting, ReceiptState::Opened, ReceiptState::Burned, ReceiptState::Expired] {
            let opened = state == ReceiptState::Opened;
            let receipt = Receipt {
                state,
                opened_at: opened.then_some(7),
                expires_at: 9,
                views: 3,
                views_left: if state == ReceiptState::Waiting { 2 } else { 0 },
                opens: if opened { vec![5, 6, 7] } else { vec![5] },
            };
            assert_eq!(read_back(&receipt), Some(receipt));
        }
        for state in [RequestState::Waiting, RequestState::Answered] {
            let answered_at = (state == RequestState::Answered).then_some(8);
            let peek = RequestPeek { state, expires_at: 9, answered_at, note: "bm90ZQ".into() };
            assert_eq!(read_back(&peek), Some(peek));
        }
        let older: serde_json::Value = serde_json::json!({"header": "AQA", "expires_at": 9, "size": 1});
        assert_eq!(Peek::from_object(&older).map(|p| p.views_left), Some(1), "an older server's secrets open once");
    }

    #[test]
    fn client_reads_wrong_proof_errors() {
        let error = ApiError { error: ErrorCode::WrongProof, message: "no".into(), attempts_left: Some(3) };
        let body = ErrorBody::from_object(&serde_json::to_value(&error).unwrap()).unwrap();
        assert_eq!(body, ErrorBody { code: "wrong_proof".into(), attempts_left: Some(3) });
    }

    #[test]
    fn server_reads_what_the_client_sends() {
        let meta = CreateSecret {
            id: "id\"\\\u{1}".into(),
            verifier: "v".into(),
            ttl: 86_400,
            header: "AQA".into(),
            receipt: Some(CreateReceipt { id: "r".into(), burn_verifier: "b".into() }),
            gate_verifier: Some("g".into()),
            views: Some(5),
        };
        assert_eq!(serde_json::from_str::<CreateSecret>(&create_secret(&meta)).unwrap(), meta);
        let bare = CreateSecret { receipt: None, gate_verifier: None, views: None, ..meta };
        assert_eq!(serde_json::from_str::<CreateSecret>(&create_secret(&bare)).unwrap(), bare);
        let open = OpenRequest { id: "i".into(), proof: "p\"".into(), gate: Some("g".into()) };
        let sent = object(&[("id", &open.id), ("proof", &open.proof), ("gate", open.gate.as_deref().unwrap())]);
        assert!(serde_json::from_str::<OpenRequest>(&sent).unwrap() == open);
        let burn = BurnRequest { receipt: "r".into(), proof: "p".into() };
        assert!(serde_json::from_str::<BurnRequest>(&object(&[("receipt", "r"), ("proof", "p")])).unwrap() == burn);
        assert!(serde_json::from_str::<PeekRequest>(&object(&[("id", "i")])).is_ok());
        let request =
            CreateRequest { id: "i\"".into(), answer_verifier: "a".into(), fetch_verifier: "f".into(), ttl: 3_600, note: "n".into() };
        assert!(serde_json::from_str::<CreateRequest>(&create_request(&request)).unwrap() == request);
        let answer = AnswerMeta { id: "i".into(), proof: "p".into() };
        assert!(serde_json::from_str::<AnswerMeta>(&object(&[("id", "i"), ("proof", "p")])).unwrap() == answer);
        let without_gate = OpenRequest { id: "i".into(), proof: "p".into(), gate: None };
        assert!(serde_json::from_str::<OpenRequest>(&object(&[("id", "i"), ("proof", "p")])).unwrap() == without_gate);
        assert!(serde_json::from_str::<ReceiptRequest>(&object(&[("receipt", "r")])).is_ok());
    }
}
