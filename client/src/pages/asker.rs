//! The asker's private page (`/a`): the note they wrote, whether an answer came (asked again every few seconds while
//! the page waits, like a receipt), and "open the answer", which takes it from the server once, with the fetch proof
//! that only the private key gives, and opens it here.
//!
//! Like a receipt link, the fragment stays in the address bar while the request waits: the asker comes back to this
//! link to see whether the answer came. It goes once the answer is opened, or the request is gone.

use crate::api::{self, Failure};
use crate::components::{ErrorMessage, GoneNote, Notice, StatusMessage};
use crate::pages::open::{downloads, forget_on_leaving, Download, Opened};
use crate::pages::{page_title, problem_text, progress_text, when, Problem, Progress};
use crate::{browser, i18n, reactive_text, t};
use leptos::prelude::*;
use leptos::task::spawn_local;
use shared::api::{RequestPeek, RequestState};
use shared::envelope::request::AskerSecret;
use std::time::Duration;
use zeroize::Zeroizing;

#[derive(Clone)]
enum Stage {
    Checking,
    BadLink,
    /// Unknown: answered and opened, or expired.
    Gone,
    Failed,
    /// The request as the server has it, with the note opened.
    Known {
        peek: RequestPeek,
        note: Zeroizing<String>,
    },
    /// The answer, opened: gone from the server.
    Opened {
        text: Zeroizing<String>,
        files: Vec<Download>,
    },
}

/// How often a waiting request is asked about while the page is shown; in a background tab only every twelfth time
/// (once a minute), as the receipt page does.
const POLL: Duration = Duration::from_secs(5);
const HIDDEN_EVERY: u32 = 12;

/// The asker's page.
#[component]
pub fn AskerPage() -> impl IntoView {
    let i = i18n();
    page_title(i, |m| m.asker_title());
    let secret = StoredValue::new(browser::fragment().and_then(|f| AskerSecret::from_fragment(&f).ok()));
    // The public key is an X25519 multiplication away from the private one: done once, not on every check.
    let key = StoredValue::new(secret.with_value(|s| s.as_ref().map(AskerSecret::request_key)));
    let stage = RwSignal::new(Stage::Checking);
    let problem = RwSignal::new(None::<Problem>);
    let progress = RwSignal::new(None::<Progress>);
    let busy = RwSignal::new(false);
    // Whether a quiet check found the answer, for the live region outside the card.
    let changed = RwSignal::new(false);
    let gone = move || {
        browser::forget_fragment();
        stage.set(Stage::Gone);
    };
    let waiting = move || matches!(stage.get_untracked(), Stage::Known { ref peek, .. } if peek.state == RequestState::Waiting);

    let check = move |quiet: bool| {
        let Some((id, key)) = key.with_value(|k| k.as_ref().map(|k| (k.id().to_text(), k.clone()))) else {
            stage.set(Stage::BadLink);
            return;
        };
        if !quiet {
            problem.set(None);
            progress.set(Some(Progress::Checking));
        }
        spawn_local(async move {
            let result = api::peek_request(&id).await;
            progress.set(None);
            match result {
                // A quiet check that finds nothing new leaves the card as it is, so focus stays put.
                Ok(peek) if quiet && (!waiting() || peek.state == RequestState::Waiting) => {}
                Ok(peek) => match shared::b64::decode(&peek.note).and_then(|n| key.open_note(&n).ok()) {
                    Some(note) => {
                        changed.set(quiet);
                        stage.set(Stage::Known { peek, note });
                    }
                    None => {
                        problem.set(Some(Problem::DecryptFailed));
                        stage.set(Stage::Failed);
                    }
                },
                Err(Failure::NotFound) => gone(),
                Err(_) if quiet => {}
                Err(failure) => {
                    problem.set(Some(Problem::from_failure(failure, 0)));
                    if matches!(stage.get_untracked(), Stage::Checking) {
                        stage.set(Stage::Failed);
                    }
                }
            }
        });
    };
    check(false);
    let ticks = StoredValue::new(0u32);
    let poll = set_interval_with_handle(
        move || {
            ticks.update_value(|t| *t = t.wrapping_add(1));
            if waiting() && (!browser::page_hidden() || ticks.get_value().is_multiple_of(HIDDEN_EVERY)) {
                check(true);
            }
        },
        POLL,
    )
    .ok();
    on_cleanup(move || {
        if let Some(poll) = poll {
            poll.clear();
        }
    });
    forget_on_leaving(move || match stage.try_get_untracked() {
        Some(Stage::Opened { files, .. }) => {
            let _ = stage.try_set(Stage::Gone);
            Some(files)
        }
        _ => None,
    });

    let open = move |_| {
        if busy.get_untracked() {
            return;
        }
        let Some((id, proof)) = key
            .with_value(|k| k.as_ref().map(|k| k.id().to_text()))
            .zip(secret.with_value(|s| s.as_ref().map(|s| s.fetch_proof().to_text())))
        else {
            return;
        };
        busy.set(true);
        problem.set(None);
        progress.set(Some(Progress::Opening));
        spawn_local(async move {
            let fetched = api::open(&id, &proof, None).await;
            busy.set(false);
            progress.set(None);
            match fetched {
                Ok((ciphertext, _)) => {
                    browser::forget_fragment();
                    match secret.with_value(|s| s.as_ref().map(|s| s.open_answer(&ciphertext))) {
                        Some(Ok(payload)) => stage.set(Stage::Opened { text: payload.text.clone(), files: downloads(&payload.files) }),
                        // Taken from the server but not readable here: gone either way.
                        _ => {
                            problem.set(Some(Problem::DecryptFailed));
                            stage.set(Stage::Gone);
                        }
                    }
                }
                Err(Failure::NotFound) => gone(),
                // The fetch proof comes from the link alone: refused means a damaged link.
                Err(Failure::WrongProof { .. }) => problem.set(Some(Problem::DecryptFailed)),
                Err(failure) => problem.set(Some(Problem::from_failure(failure, 0).of_open())),
            }
        });
    };

    let body = move || match stage.get() {
        Stage::Checking | Stage::Failed => ().into_any(),
        Stage::BadLink => view! { <Notice body=|m| m.open_bad_link() id="asker-bad-link" /> }.into_any(),
        Stage::Gone => view! {
            <Notice body=|m| m.asker_gone() id="asker-gone" />
            <GoneNote />
        }
        .into_any(),
        Stage::Opened { text, files } => view! { <Opened text files views_left=0 burn=None /> }.into_any(),
        Stage::Known { peek, note } => {
            let answered_at = peek.answered_at.filter(|_| peek.state == RequestState::Answered);
            let expires_at = peek.expires_at;
            let has_note = !note.is_empty();
            let note = note.to_string();
            view! {
                <div class="card">
                    {has_note.then(|| view! {
                        <h2>{t!(i, asker_note_label)}</h2>
                        <p class="note" dir="auto" id="asker-note">{note}</p>
                    }.into_any())}
                    {match answered_at {
                        Some(at) => view! {
                            <p class="lead" id="asker-state" data-state="answered">
                                {reactive_text(move || crate::i18n::fill(i.m().asker_answered(), &[("when", &when(i, at))]))}
                            </p>
                            <button type="button" class="primary" id="asker-open" on:click=open disabled=move || busy.get()>
                                {t!(i, asker_open_button)}
                            </button>
                        }.into_any(),
                        None => view! { <p class="lead" id="asker-state" data-state="waiting">{t!(i, asker_waiting)}</p> }.into_any(),
                    }}
                    <p class="hint" id="asker-expires">{reactive_text(move || crate::i18n::fill(i.m().asker_expires(), &[("when", &when(i, expires_at))]))}</p>
                    <button type="button" class="secondary" id="refresh" on:click=move |_| check(false)>{t!(i, refresh)}</button>
                </div>
            }
            .into_any()
        }
    };

    // The opened answer brings its own heading.
    let heading = move || (!matches!(stage.get(), Stage::Opened { .. })).then(|| view! { <h1>{t!(i, asker_title)}</h1> });
    view! {
        {heading}
        {body}
        <ErrorMessage text=problem_text(i, problem) id="asker-error" />
        <StatusMessage text=progress_text(i, progress) id="asker-status" />
        <StatusMessage
            text=reactive_text(move || if changed.get() { i.m().asker_changed().to_owned() } else { String::new() })
            id="asker-changed"
        />
    }
}
