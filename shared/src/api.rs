//! HTTP API v1 request and response types, shared by server, browser client and tools so the wire format cannot drift.
//!
//! Binary values (ids, verifiers, proofs, headers) travel as canonical unpadded base64url strings; the ciphertext itself
//! never travels inside JSON (see `docs/api.md`).

use serde::{Deserialize, Serialize};

/// Path prefix of every v1 API route.
pub const API_PREFIX: &str = "/api/v1";

/// Multipart field carrying the [`CreateSecret`] JSON when creating a secret.
pub const CREATE_META_FIELD: &str = "meta";
/// Multipart field carrying the raw ciphertext bytes when creating a secret.
pub const CREATE_CIPHERTEXT_FIELD: &str = "ciphertext";

/// Metadata of `POST /api/v1/secrets` (the `meta` part; the ciphertext is the `ciphertext` part, raw bytes).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CreateSecret {
    /// Storage id derived from the link secret (16 bytes, base64url).
    pub id: String,
    /// SHA-256 of the open proof (32 bytes, base64url).
    pub verifier: String,
    /// Lifetime in seconds; must be one the server allows (see [`ServerConfig`]).
    pub ttl: u64,
    /// The public envelope header (base64url), returned verbatim by peek.
    pub header: String,
    /// Optional receipt for the creator.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub receipt: Option<CreateReceipt>,
    /// SHA-256 of the link's gate (32 bytes, base64url): required when the header asks for a passphrase, so that only
    /// a holder of the link can spend a guess (`docs/envelope-v1.md`, "Gate").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gate_verifier: Option<String>,
    /// How many times the secret may be opened, from 1 (the default when left out) to the server's `max_views`;
    /// whichever runs out first, its opens or its lifetime, ends it. Send it only above 1: an older server refuses the
    /// field, which is better than opening a many-times secret only once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub views: Option<u32>,
}

/// The creator's receipt capability, sent at creation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CreateReceipt {
    /// Receipt id derived from the receipt secret (16 bytes, base64url). The server stores only its SHA-256.
    pub id: String,
    /// SHA-256 of the burn proof (32 bytes, base64url).
    pub burn_verifier: String,
}

/// `201 Created` answer to `POST /api/v1/secrets`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Created {
    /// Expiry as seconds since the Unix epoch.
    pub expires_at: u64,
}

/// Body of `POST /api/v1/secrets/peek`. Ids travel in bodies, never in paths, so access logs do not collect them.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PeekRequest {
    /// Storage id (16 bytes, base64url).
    pub id: String,
}

/// Body of `POST /api/v1/secrets/open`.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OpenRequest {
    /// Storage id (16 bytes, base64url).
    pub id: String,
    /// The 32-byte open proof (base64url) whose SHA-256 the server holds.
    pub proof: String,
    /// The link's 32-byte gate (base64url): without it a wrong proof spends no attempt, and for a secret created with a
    /// gate it spends nothing at all.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gate: Option<String>,
}

/// Body of `POST /api/v1/receipts/status`.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReceiptRequest {
    /// Receipt id (16 bytes, base64url).
    pub receipt: String,
}

/// Body of `POST /api/v1/receipts/burn`.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BurnRequest {
    /// Receipt id (16 bytes, base64url).
    pub receipt: String,
    /// The 32-byte burn proof (base64url).
    pub proof: String,
}

/// Body of `POST /api/v1/requests` (envelope revision 3, "Requests"): what the server keeps of a request until it is
/// answered and the answer taken, or it expires.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CreateRequest {
    /// Request id derived from the request key (16 bytes, base64url).
    pub id: String,
    /// SHA-256 of the answer proof (32 bytes, base64url): only holders of the request link can answer.
    pub answer_verifier: String,
    /// SHA-256 of the fetch proof (32 bytes, base64url): only the asker's private link takes the answer.
    pub fetch_verifier: String,
    /// Lifetime in seconds, answered or not; one of the server's `ttl_choices`.
    pub ttl: u64,
    /// The sealed note (always 1040 bytes, base64url), returned verbatim by a peek.
    pub note: String,
}

/// The `meta` part of `POST /api/v1/requests/answer` (the sealed answer is the `ciphertext` part, raw bytes).
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerMeta {
    /// Request id (16 bytes, base64url).
    pub id: String,
    /// The 32-byte answer proof (base64url).
    pub proof: String,
}

/// Where a request stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RequestState {
    /// No answer yet.
    Waiting,
    /// Answered; the answer waits for the asker (a secret with the request's id, opened with the fetch proof).
    Answered,
}

/// `200` answer to `POST /api/v1/requests/peek`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestPeek {
    /// Waiting or answered.
    pub state: RequestState,
    /// When the request (and its answer, if any) expires: seconds since the Unix epoch.
    pub expires_at: u64,
    /// When it was answered (seconds since the Unix epoch), if it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answered_at: Option<u64>,
    /// The sealed note (base64url), for holders of either link to open.
    pub note: String,
}

/// These bodies carry capabilities or identifiers that must never reach a log.
macro_rules! redacted {
    ($($t:ident),*) => {$(
        impl std::fmt::Debug for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(concat!(stringify!($t), " { <redacted> }"))
            }
        }
    )*};
}
redacted!(PeekRequest, OpenRequest, ReceiptRequest, BurnRequest, CreateRequest, AnswerMeta);

/// Response header of a successful open: how many more times the secret can be opened (0: this open ended it). The
/// body stays the raw ciphertext.
pub const VIEWS_LEFT_HEADER: &str = "cinder-views-left";

fn one() -> u32 {
    1
}

/// `200` answer to `POST /api/v1/secrets/peek` (never burns).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Peek {
    /// The public envelope header (base64url).
    pub header: String,
    /// Expiry as seconds since the Unix epoch.
    pub expires_at: u64,
    /// Ciphertext size in bytes.
    pub size: u64,
    /// How many more times it can be opened (1 from a server without many-times secrets).
    #[serde(default = "one")]
    pub views_left: u32,
}

/// What a receipt says about its secret.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReceiptState {
    /// Not opened yet, or opened with opens left (see [`Receipt::opens`]).
    Waiting,
    /// Opened (its last allowed time), by someone holding the link (and passphrase).
    Opened,
    /// Burned by the creator, or by too many wrong proofs.
    Burned,
    /// Expired unopened.
    Expired,
}

/// `200` answer to `POST /api/v1/receipts/status` and `POST /api/v1/receipts/burn`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Receipt {
    /// Current state.
    pub state: ReceiptState,
    /// When the secret was last opened (seconds since the Unix epoch), if it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opened_at: Option<u64>,
    /// When the secret expires or expired (seconds since the Unix epoch).
    pub expires_at: u64,
    /// How many times it could be opened in all.
    #[serde(default = "one")]
    pub views: u32,
    /// How many more times it can be opened: 0 unless it is waiting.
    #[serde(default)]
    pub views_left: u32,
    /// When each open happened (seconds since the Unix epoch), oldest first.
    #[serde(default)]
    pub opens: Vec<u64>,
}

/// `200` answer to `GET /api/v1/config`: what clients must know before creating a secret.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServerConfig {
    /// Largest secret, in bytes: its text and file contents together (the ciphertext may be a little larger: see
    /// `envelope::ciphertext_limit`).
    pub max_bytes: u64,
    /// Lifetimes (seconds) a client may choose from, ascending.
    pub ttl_choices: Vec<u64>,
    /// Lifetime (seconds) clients should preselect.
    pub default_ttl: u64,
    /// Longest lifetime (seconds).
    pub max_ttl: u64,
    /// Wrong proofs after which a secret is burned.
    pub max_attempts: u32,
    /// Most times a secret may be opened (1 from a server without many-times secrets).
    #[serde(default = "one")]
    pub max_views: u32,
    /// Whether the requester may create here (the answer is for this request: it depends on who asks).
    #[serde(default)]
    pub creating: Creating,
    /// With `sign_in`: where to sign in first, if the server names a place (a URL or a path on this host).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_in_url: Option<String>,
    // -- The instance's own words (CINDER_INSTANCE_FILE) --
    /// What the operator has the page say (name, imprint, a note where a link is gone); absent when they configured none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance: Option<Instance>,
}

/// Whether the one asking may create secrets (`CINDER_CREATE`), so a page shows a form only to those it will work for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Creating {
    /// Anyone may create.
    #[default]
    Open,
    /// Creating is restricted, and this requester is allowed (a trusted proxy vouched for them, or their address is allowed).
    Allowed,
    /// Creating is restricted: sign in through the organisation first (or, from a script, send a creator token).
    SignIn,
    /// Creating is restricted, and the signed-in person is not in a group allowed to (or the proxy is not trusted).
    NotAllowed,
    /// This instance only opens links.
    Off,
}

/// The languages an [`Instance`]'s `gone` texts may be given in: the ones the web page speaks (its catalogs).
pub const INSTANCE_LANGUAGES: [&str; 39] = [
    "id", "cs", "da", "de", "et", "en", "es", "fr", "ga", "hr", "it", "lv", "lt", "hu", "mt", "nl", "nb", "pl", "pt", "pt-BR", "ro", "sk",
    "sl", "fi", "sv", "vi", "tr", "el", "bg", "ru", "uk", "he", "ar", "fa", "hi", "ko", "ja", "zh-Hans", "zh-Hant",
];

/// The operator's own words about this instance, from `CINDER_INSTANCE_FILE`. Plain text (the page inserts it as text,
/// never as HTML), checked by the server at startup: lengths, no control characters but line breaks, known languages.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Instance {
    /// The instance's name, shown in the page header and the tab title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The operator's imprint or contact line, shown at the foot of every page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub imprint: Option<String>,
    /// A note shown where a link turns out to be gone (opened, burned, expired or unknown), by language tag (one of
    /// [`INSTANCE_LANGUAGES`]); a page in another language shows the English one, if any.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub gone: std::collections::BTreeMap<String, String>,
}

impl Instance {
    /// The gone note for a page speaking `lang`: its own, else the English one, else none.
    pub fn gone_note(&self, lang: &str) -> Option<&str> {
        self.gone.get(lang).or_else(|| self.gone.get("en")).map(String::as_str)
    }
}

/// Every non-2xx answer: a stable machine code and a human message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiError {
    /// Stable code, one of [`ErrorCode`]'s snake_case names.
    pub error: ErrorCode,
    /// Human-readable English explanation.
    pub message: String,
    /// With `wrong_proof`: how many wrong proofs remain before the secret burns.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempts_left: Option<u32>,
}

/// Stable error codes of API v1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// 400: the request could not be parsed.
    BadRequest,
    /// 422: the request parsed but a field is invalid (length, encoding, TTL not allowed...).
    Invalid,
    /// 404: unknown, opened, burned or expired (deliberately indistinguishable).
    NotFound,
    /// 405: the route exists but not with this method.
    MethodNotAllowed,
    /// 408: the request (upload included) took longer than the server allows.
    Timeout,
    /// 409: the id or receipt id is already taken (create).
    Conflict,
    /// 409: the secret is no longer waiting (burn): opened, burned or expired; or the request was answered already.
    NotWaiting,
    /// 403: a create from another site's page (`Sec-Fetch-Site: cross-site`, or a foreign `Origin`).
    CrossSite,
    /// 401: creating is restricted and no rule lets this request create: sign in, or send a valid creator token
    /// (`WWW-Authenticate: Bearer` says which).
    Unauthorized,
    /// 403: creating is restricted; the person signed in may not create (not in an allowed group).
    Forbidden,
    /// 403: an identity header came from a peer that is not a trusted proxy.
    UntrustedIdentity,
    /// 403: this instance only opens links; it creates none.
    CreateOff,
    /// 403: the proof does not match; see `attempts_left`.
    WrongProof,
    /// 413: the body is larger than the server accepts.
    TooLarge,
    /// 429: too many creations from this client; retry later.
    RateLimited,
    /// 507: the server holds as many secrets or bytes as it is configured to.
    Full,
    /// 503: the store is unavailable.
    Unavailable,
    /// 500: anything else.
    Internal,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_names_are_stable() {
        let e = ApiError { error: ErrorCode::WrongProof, message: "m".into(), attempts_left: Some(2) };
        assert_eq!(serde_json::to_string(&e).unwrap(), r#"{"error":"wrong_proof","message":"m","attempts_left":2}"#);
        assert_eq!(serde_json::to_string(&ReceiptState::Opened).unwrap(), r#""opened""#);
    }

    #[test]
    fn answers_of_a_server_without_many_times_secrets_read_as_one_view() {
        let peek: Peek = serde_json::from_str(r#"{"header":"AQA","expires_at":5,"size":272}"#).unwrap();
        assert_eq!(peek.views_left, 1);
        let receipt: Receipt = serde_json::from_str(r#"{"state":"opened","opened_at":4,"expires_at":5}"#).unwrap();
        assert_eq!((receipt.views, receipt.views_left, receipt.opens), (1, 0, vec![]));
        let create = CreateSecret {
            id: "i".into(),
            verifier: "v".into(),
            ttl: 1,
            header: "h".into(),
            receipt: None,
            gate_verifier: None,
            views: None,
        };
        assert!(!serde_json::to_string(&create).unwrap().contains("views"), "a one-view create is what an older server accepts");
    }

    #[test]
    fn an_instance_says_only_what_it_was_given() {
        let bare = ServerConfig {
            max_bytes: 1,
            ttl_choices: vec![1],
            default_ttl: 1,
            max_ttl: 1,
            max_attempts: 1,
            max_views: 1,
            creating: Creating::Open,
            sign_in_url: None,
            instance: None,
        };
        assert!(!serde_json::to_string(&bare).unwrap().contains("instance"), "no file, nothing new on the wire");
        let gone = [("en".to_owned(), "Tell us.".to_owned()), ("sv".to_owned(), "Säg till.".to_owned())].into();
        let words = Instance { name: Some("N".into()), imprint: None, gone };
        assert_eq!(serde_json::to_string(&words).unwrap(), r#"{"name":"N","gone":{"en":"Tell us.","sv":"Säg till."}}"#);
        assert_eq!((words.gone_note("sv"), words.gone_note("bg")), (Some("Säg till."), Some("Tell us.")), "English is the fallback");
        assert_eq!(Instance::default().gone_note("en"), None);
    }

    #[test]
    fn capabilities_and_ids_never_print() {
        let p = OpenRequest { id: "aWQ".into(), proof: "c2VjcmV0".into(), gate: Some("Z2F0ZQ".into()) };
        let b = BurnRequest { receipt: "cmlk".into(), proof: "c2VjcmV0".into() };
        let q = CreateRequest {
            id: "aWQ".into(),
            answer_verifier: "cmlk".into(),
            fetch_verifier: "Z2F0ZQ".into(),
            ttl: 1,
            note: "bm90ZQ".into(),
        };
        let a = AnswerMeta { id: "aWQ".into(), proof: "c2VjcmV0".into() };
        let shown =
            format!("{p:?} {b:?} {q:?} {a:?} {:?} {:?}", PeekRequest { id: "aWQ".into() }, ReceiptRequest { receipt: "cmlk".into() });
        for secret in ["aWQ", "c2VjcmV0", "Z2F0ZQ", "cmlk", "bm90ZQ"] {
            assert!(!shown.contains(secret), "{shown}");
        }
    }
}
