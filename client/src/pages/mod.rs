//! The pages (create, open, receipt, privacy; asking for a secret, answering, the asker's) and what they have in common: problems and progress shown to people.
//!
//! Problems and progress are kept as values, not text, so switching language re-renders a message already on screen.

mod answer;
mod ask;
mod asker;
mod create;
mod not_found;
mod open;
mod privacy;
mod receipt;

pub use answer::AnswerPage;
pub use ask::AskPage;
pub use asker::AskerPage;
pub use create::CreatePage;
pub use not_found::NotFound;
pub use open::OpenPage;
pub use privacy::PrivacyPage;
pub use receipt::ReceiptPage;

use crate::api::Failure;
use crate::i18n::{fill, Lang, Messages};
use crate::{browser, format, reactive_text, I18n};
use leptos::prelude::*;

/// Something that went wrong, as the visitor should hear it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Neither text nor files.
    Empty,
    /// More than the server accepts (bytes).
    TooLarge { max: u64 },
    /// A picked file could not be read.
    FileUnreadable,
    /// No answer from the server.
    Unreachable,
    /// 429.
    RateLimited,
    /// 507.
    Full,
    /// 401 on create: sign in first.
    SignIn,
    /// 403 on create: this person may not create here.
    NotAllowed,
    /// 403 on create: this instance only opens links.
    CreateOff,
    /// Any other refusal, with its HTTP status.
    Server(u16),
    /// Wrong passphrase; attempts left before the secret burns.
    WrongPassphrase(u32),
    /// The envelope did not decrypt (damaged link or data).
    DecryptFailed,
    /// The password generator has no character class to draw from.
    NeedClass,
    /// Something in this browser failed that should not (no randomness for sealing).
    Unexpected,
    /// Opening got no clear answer: none (`None`), or a server error or timeout (its status). The server may have
    /// consumed the secret before the answer was lost, so the message says so.
    Interrupted(Option<u16>),
    /// A retry after [`Problem::Interrupted`] found the secret gone: most likely used up by that attempt.
    UsedUpByInterruption,
}

impl Problem {
    /// The problem for a failed API call; `max` is the size limit for `TooLarge`.
    pub fn from_failure(failure: Failure, max: u64) -> Problem {
        match failure {
            Failure::Unreachable => Problem::Unreachable,
            Failure::TooLarge => Problem::TooLarge { max },
            Failure::RateLimited => Problem::RateLimited,
            Failure::Full => Problem::Full,
            Failure::SignIn => Problem::SignIn,
            Failure::NotAllowed => Problem::NotAllowed,
            Failure::CreateOff => Problem::CreateOff,
            Failure::WrongProof { attempts_left } => Problem::WrongPassphrase(attempts_left),
            Failure::NotFound => Problem::Server(404),
            Failure::Other(status) => Problem::Server(status),
        }
    }

    /// The problem when the passphrase could not be stretched: the worker's files come from the server, so a worker
    /// that did not load is most likely a server out of reach; nothing was sent, so nothing was spent.
    pub fn from_stretch(failure: crate::kdf::Failure) -> Problem {
        match failure {
            crate::kdf::Failure::NotLoaded => Problem::Unreachable,
            crate::kdf::Failure::Failed => Problem::Unexpected,
        }
    }

    /// The problem as an open attempt's: no answer, a timeout or a server error become [`Problem::Interrupted`].
    pub fn of_open(self) -> Problem {
        match self {
            Problem::Unreachable => Problem::Interrupted(None),
            Problem::Server(status @ (408 | 500..=599)) => Problem::Interrupted(Some(status)),
            other => other,
        }
    }

    /// The message in `lang`.
    pub fn text(self, lang: Lang) -> String {
        let m = lang.messages();
        match self {
            Problem::Empty => m.err_empty().to_owned(),
            Problem::TooLarge { max } => fill(m.err_too_large(), &[("max", &format::size(lang, max))]),
            Problem::FileUnreadable => m.err_file_unreadable().to_owned(),
            Problem::Unreachable => m.err_unreachable().to_owned(),
            Problem::RateLimited => m.err_rate_limited().to_owned(),
            Problem::Full => m.err_full().to_owned(),
            Problem::SignIn => m.create_sign_in().to_owned(),
            Problem::NotAllowed => m.create_not_allowed().to_owned(),
            Problem::CreateOff => m.create_off().to_owned(),
            Problem::Server(status) => fill(m.err_server(), &[("code", &status.to_string())]),
            Problem::WrongPassphrase(left) => lang.plural(m.open_wrong_passphrase(), u64::from(left)),
            Problem::DecryptFailed => m.open_failed_decrypt().to_owned(),
            Problem::NeedClass => m.generator_need_class().to_owned(),
            Problem::Unexpected => m.err_unexpected().to_owned(),
            Problem::Interrupted(status) => {
                let failure = status.map_or(Problem::Unreachable, Problem::Server);
                format!("{} {}", failure.text(lang), m.open_interrupted())
            }
            Problem::UsedUpByInterruption => m.open_interrupted().to_owned(),
        }
    }
}

/// A long-running step the visitor waits for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Progress {
    /// Reading picked files.
    ReadingFiles,
    /// Argon2id stretching the passphrase (in a worker; the page stays usable, its buttons disabled).
    Deriving,
    /// Sealing and uploading.
    Creating,
    /// Peeking or loading a receipt.
    Checking,
    /// Deriving keys, fetching and decrypting.
    Opening,
}

impl Progress {
    fn text(self, m: &Messages) -> &'static str {
        match self {
            Progress::ReadingFiles => m.reading_files(),
            Progress::Deriving => m.deriving_key(),
            Progress::Creating => m.creating(),
            Progress::Checking => m.checking(),
            Progress::Opening => m.opening(),
        }
    }
}

/// A reactive, translated text for an optional problem, empty when there is none (for [`crate::components::ErrorMessage`]).
pub fn problem_text(i: I18n, problem: RwSignal<Option<Problem>>) -> Signal<String> {
    reactive_text(move || problem.get().map(|p| p.text(i.lang.get())).unwrap_or_default())
}

/// A reactive, translated text for an optional progress step, empty when idle (for [`crate::components::StatusMessage`]).
pub fn progress_text(i: I18n, progress: RwSignal<Option<Progress>>) -> Signal<String> {
    reactive_text(move || progress.get().map(|p| p.text(i.m()).to_owned()).unwrap_or_default())
}

/// Keeps the tab title on the page's heading, in the current language, then the instance's name (else the app's).
pub fn page_title(i: I18n, heading: fn(&Messages) -> &'static str) {
    let words = use_context::<crate::InstanceWords>();
    Effect::new(move |_| {
        let m = i.m();
        let site = words.and_then(|w| w.name());
        browser::set_title(&format!("{} · {}", heading(m), site.as_deref().unwrap_or(m.app_name())));
    });
}

/// A Unix time as local date and time in the current language, with how far from now it is ("3 December 2026 at 10:14
/// (in 21 hours)"): reactive in the language, and as of when it is written.
pub fn when(i: I18n, unix_seconds: u64) -> String {
    let tag = i.lang.get().tag();
    let from_now = unix_seconds as i64 - browser::now_seconds() as i64;
    format!("{} ({})", browser::format_time(tag, unix_seconds), crate::intl::relative(tag, from_now))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_open_without_a_clear_answer_may_have_used_the_secret_up() {
        let m = Lang::En.messages();
        let unanswered = Problem::from_failure(Failure::Unreachable, 0).of_open();
        assert_eq!(unanswered, Problem::Interrupted(None));
        assert_eq!(unanswered.text(Lang::En), format!("{} {}", m.err_unreachable(), m.open_interrupted()));
        for status in [408, 500, 503] {
            let problem = Problem::from_failure(Failure::Other(status), 0).of_open();
            assert_eq!(problem, Problem::Interrupted(Some(status)));
            assert!(problem.text(Lang::En).contains(&format!("({status})")), "{status}: the server's own error is named");
            assert!(problem.text(Lang::En).ends_with(m.open_interrupted()));
        }
        // A clear "no" consumed nothing.
        for failure in [Failure::WrongProof { attempts_left: 2 }, Failure::RateLimited, Failure::Other(400)] {
            assert!(!matches!(Problem::from_failure(failure, 0).of_open(), Problem::Interrupted(_)));
        }
        assert_eq!(Problem::UsedUpByInterruption.text(Lang::En), m.open_interrupted());
    }
}
