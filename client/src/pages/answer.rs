//! The answerer's page (`/q`): the asker's note, then a text and files sealed here to the asker's public key, so that
//! only the asker's private link can read them. The page says plainly that anyone holding this link could answer.
//! The request key leaves the address bar once the request is answered or known to be gone.

use crate::api::{self, Failure};
use crate::components::{file_picker, plain_size, ErrorMessage, Notice, Picked, StatusMessage};
use crate::pages::{page_title, problem_text, progress_text, when, Problem, Progress};
use crate::{browser, i18n, reactive_text, t};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use shared::api::{AnswerMeta, RequestState, ServerConfig};
use shared::envelope::request::{answer_limit, RequestKey};
use shared::envelope::Payload;
use zeroize::Zeroizing;

#[derive(Clone)]
enum Stage {
    Checking,
    BadLink,
    /// Answered already, expired or unknown.
    Unavailable,
    PeekFailed,
    /// Waiting for this answer: the asker's note (opened) and until when.
    Ready {
        note: Zeroizing<String>,
        expires_at: u64,
    },
    /// Sent; the answer waits for the asker until then.
    Sent {
        expires_at: u64,
    },
}

/// The answer page.
#[component]
pub fn AnswerPage() -> impl IntoView {
    let i = i18n();
    page_title(i, |m| m.answer_title());
    let key = StoredValue::new(browser::fragment().and_then(|f| RequestKey::from_fragment(&f).ok()));
    let stage = RwSignal::new(Stage::Checking);
    let problem = RwSignal::new(None::<Problem>);
    let progress = RwSignal::new(None::<Progress>);
    let finished = move |next: Stage| {
        browser::forget_fragment();
        stage.set(next);
    };
    let peek = move || {
        let Some(id) = key.with_value(|k| k.as_ref().map(|k| k.id().to_text())) else {
            stage.set(Stage::BadLink);
            return;
        };
        problem.set(None);
        progress.set(Some(Progress::Checking));
        spawn_local(async move {
            let result = api::peek_request(&id).await;
            progress.set(None);
            match result {
                Ok(peek) if peek.state == RequestState::Answered => finished(Stage::Unavailable),
                Ok(peek) => {
                    let note = shared::b64::decode(&peek.note).and_then(|n| key.with_value(|k| k.as_ref()?.open_note(&n).ok()));
                    match note {
                        Some(note) => stage.set(Stage::Ready { note, expires_at: peek.expires_at }),
                        None => {
                            problem.set(Some(Problem::DecryptFailed));
                            stage.set(Stage::PeekFailed);
                        }
                    }
                }
                Err(Failure::NotFound) => finished(Stage::Unavailable),
                Err(failure) => {
                    problem.set(Some(Problem::from_failure(failure, 0)));
                    stage.set(Stage::PeekFailed);
                }
            }
        });
    };
    peek();

    let body = move || {
        match stage.get() {
        Stage::Checking => view! { <Notice heading=|m| m.answer_title() /> }.into_any(),
        Stage::BadLink => {
            view! { <Notice heading=|m| m.answer_unavailable_title() body=|m| m.open_bad_link() id="answer-bad-link" /> }.into_any()
        }
        Stage::Unavailable => view! {
            <Notice heading=|m| m.answer_unavailable_title() body=|m| m.answer_unavailable() id="answer-unavailable" />
        }
        .into_any(),
        Stage::PeekFailed => view! { <Notice heading=|m| m.answer_title() retry=move || peek() /> }.into_any(),
        Stage::Ready { note, expires_at } => view! { <AnswerForm key note expires_at stage problem progress /> }.into_any(),
        Stage::Sent { expires_at } => view! {
            <h1 tabindex="-1" id="answered-title">{t!(i, answered_title)}</h1>
            <p class="notice" id="answered">{reactive_text(move || crate::i18n::fill(i.m().answered_body(), &[("when", &when(i, expires_at))]))}</p>
        }
        .into_any(),
    }
    };
    Effect::new(move |_| {
        if matches!(stage.get(), Stage::Sent { .. }) {
            browser::focus("answered-title", false);
        }
    });

    view! {
        {body}
        <ErrorMessage text=problem_text(i, problem) id="answer-error" />
        <StatusMessage text=progress_text(i, progress) id="answer-status" />
    }
}

/// The note, the answer's text and files, and what answering means.
#[component]
fn AnswerForm(
    key: StoredValue<Option<RequestKey>>,
    note: Zeroizing<String>,
    expires_at: u64,
    stage: RwSignal<Stage>,
    problem: RwSignal<Option<Problem>>,
    progress: RwSignal<Option<Progress>>,
) -> impl IntoView {
    let i = i18n();
    let config = RwSignal::new(None::<ServerConfig>);
    spawn_local(async move {
        if let Ok(c) = api::config().await {
            config.set(Some(c));
        }
    });
    let text = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    // The picker reports into the page's own problem and progress lines.
    let picked = Picked { problem, progress, ..Picked::new(text, config, busy) };
    let files = picked.files;

    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        problem.set(None);
        let plaintext = Zeroizing::new(text.get_untracked());
        if plaintext.is_empty() && files.with_untracked(Vec::is_empty) {
            problem.set(Some(Problem::Empty));
            browser::focus("answer-text", false);
            return;
        }
        busy.set(true);
        progress.set(Some(Progress::Creating));
        spawn_local(async move {
            let result = send(key, config, plaintext, files).await;
            busy.set(false);
            progress.set(None);
            match result {
                Ok(expires_at) => {
                    browser::forget_fragment();
                    stage.set(Stage::Sent { expires_at });
                }
                // Answered meanwhile (409) or gone: this answer is not kept, and the page says so.
                Err(Sent::Refused) => {
                    browser::forget_fragment();
                    stage.set(Stage::Unavailable);
                }
                Err(Sent::Failed(p)) => problem.set(Some(p)),
            }
        });
    };

    let has_note = !note.is_empty();
    let note = note.to_string();
    view! {
        <h1>{t!(i, answer_title)}</h1>
        <section class="card" aria-labelledby="answer-note-heading">
            <h2 id="answer-note-heading">{t!(i, answer_note_label)}</h2>
            {if has_note {
                view! { <p class="note" dir="auto" id="answer-note">{note}</p> }.into_any()
            } else {
                view! { <p class="hint" id="answer-note">{t!(i, answer_no_note)}</p> }.into_any()
            }}
        </section>
        <form
            class="card"
            on:submit=submit
            novalidate
            on:dragover=move |ev| picked.on_drag_over(ev)
            on:dragleave=move |_| picked.dragging.set(false)
            on:drop=move |ev| picked.on_drop(ev)
        >
            <div class="field">
                <label for="answer-text">{t!(i, answer_text_label)}</label>
                <textarea
                    id="answer-text"
                    dir="auto"
                    rows="6"
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))
                    aria-describedby="answer-hint"
                    autocomplete="off"
                    spellcheck="false"
                ></textarea>
                <p class="hint" id="answer-hint">{t!(i, answer_hint)}</p>
            </div>
            {file_picker(picked)}
            <p class="notice" id="answer-anyone">{t!(i, answer_anyone)}</p>
            <p class="hint" id="answer-expires">{reactive_text(move || crate::i18n::fill(i.m().answer_expires(), &[("when", &when(i, expires_at))]))}</p>
            <button type="submit" id="answer" class="primary" disabled=move || busy.get()>
                {t!(i, answer_button)}
            </button>
        </form>
    }
}

/// Why an answer was not stored.
enum Sent {
    /// The request is no longer waiting (answered by someone else, or expired).
    Refused,
    /// Anything else; the answer can be sent again.
    Failed(Problem),
}

/// Seals the answer to the asker's public key and sends it; the expiry it waits until, for the asker.
async fn send(
    key: StoredValue<Option<RequestKey>>,
    config: RwSignal<Option<ServerConfig>>,
    text: Zeroizing<String>,
    files: RwSignal<Vec<shared::envelope::File>>,
) -> Result<u64, Sent> {
    let server = match config.get_untracked() {
        Some(c) => c,
        None => api::config().await.map_err(|f| Sent::Failed(Problem::from_failure(f, 0)))?,
    };
    let too_large = Sent::Failed(Problem::TooLarge { max: server.max_bytes });
    if files.with_untracked(|f| plain_size(&text, f)) > server.max_bytes {
        return Err(too_large);
    }
    // The files go back right after sealing (no await in between), so a retry needs no new pick.
    let payload = Payload { text, files: std::mem::take(&mut *files.write_untracked()) };
    let sealed = key.with_value(|k| k.as_ref().map(|k| (k.seal_answer(&payload), k.id().to_text(), k.answer_proof().to_text())));
    *files.write_untracked() = payload.files;
    let (sealed, id, proof) = sealed.ok_or(Sent::Failed(Problem::Unexpected))?;
    let sealed = sealed.map_err(|_| Sent::Failed(Problem::Unexpected))?;
    if sealed.len() as u64 > answer_limit(server.max_bytes) {
        return Err(too_large);
    }
    match api::answer(&AnswerMeta { id, proof }, &sealed).await {
        Ok(created) => Ok(created.expires_at),
        Err(Failure::NotFound | Failure::Other(409)) => Err(Sent::Refused),
        Err(failure) => Err(Sent::Failed(Problem::from_failure(failure, server.max_bytes))),
    }
}
