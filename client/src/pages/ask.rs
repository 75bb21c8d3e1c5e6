//! The asker's page (`/request`): a note and a lifetime. This browser makes the X25519 key pair, seals the note for
//! request-link holders, stores the request, and shows the two links: the request link to send, and the private link
//! that alone reads the answer. Neither key, nor the note, leaves the browser unsealed.

use crate::api;
use crate::components::{lifetime, CopyField, ErrorMessage, StatusMessage};
use crate::pages::{page_title, problem_text, progress_text, when, Problem, Progress};
use crate::{browser, i18n, reactive_text, t};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use shared::api::{CreateRequest, ServerConfig};
use shared::envelope::request::{AskerSecret, NOTE_MAX};
use zeroize::Zeroizing;

/// What the asker gets back.
#[derive(Clone)]
struct Asked {
    request: String,
    private: Zeroizing<String>,
    expires_at: u64,
}

/// The request page: the form, then the links.
#[component]
pub fn AskPage() -> impl IntoView {
    let i = i18n();
    page_title(i, |m| m.request_title());
    let config = RwSignal::new(None::<ServerConfig>);
    spawn_local(async move {
        if let Ok(c) = api::config().await {
            config.set(Some(c));
        }
    });
    let asked = RwSignal::new(None::<Asked>);
    move || match asked.get() {
        Some(done) => view! { <AskedView asked=done /> }.into_any(),
        None => view! { <AskForm config asked /> }.into_any(),
    }
}

#[component]
fn AskForm(config: RwSignal<Option<ServerConfig>>, asked: RwSignal<Option<Asked>>) -> impl IntoView {
    let i = i18n();
    let note = RwSignal::new(String::new());
    let ttl = RwSignal::new(None::<u64>);
    let busy = RwSignal::new(false);
    let problem = RwSignal::new(None::<Problem>);
    let progress = RwSignal::new(None::<Progress>);
    // The note's limit is in bytes (it is sealed at one padded size), so the page counts bytes, not characters.
    let too_long = move || note.with(|n| n.len() > NOTE_MAX);
    let max = move || crate::intl::number(i.lang.get().tag(), NOTE_MAX as u64);

    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() || too_long() {
            browser::focus("request-note", false);
            return;
        }
        problem.set(None);
        busy.set(true);
        progress.set(Some(Progress::Creating));
        let text = Zeroizing::new(note.get_untracked());
        spawn_local(async move {
            let result = ask(config, ttl.get_untracked(), &text).await;
            busy.set(false);
            progress.set(None);
            match result {
                Ok(done) => asked.set(Some(done)),
                Err(p) => problem.set(Some(p)),
            }
        });
    };

    view! {
        <h1>{t!(i, request_title)}</h1>
        <p class="lead">{t!(i, request_intro)}</p>
        <form class="card" on:submit=submit novalidate>
            <div class="field">
                <label for="request-note">{t!(i, request_note_label)}</label>
                <textarea
                    id="request-note"
                    dir="auto"
                    rows="4"
                    prop:value=move || note.get()
                    on:input=move |ev| note.set(event_target_value(&ev))
                    aria-describedby="request-note-hint"
                    aria-invalid=move || if too_long() { "true" } else { "false" }
                    autocomplete="off"
                ></textarea>
                <p class="hint" id="request-note-hint">{reactive_text(move || crate::i18n::fill(i.m().request_note_hint(), &[("max", &max())]))}</p>
            </div>
            {lifetime("request-ttl", |m| m.request_expiry_label(), config, ttl)}
            <ErrorMessage
                text=reactive_text(move || if too_long() { crate::i18n::fill(i.m().request_note_too_long(), &[("max", &max())]) } else { String::new() })
                id="request-note-error"
            />
            <ErrorMessage text=problem_text(i, problem) id="request-error" />
            <StatusMessage text=progress_text(i, progress) id="request-status" />
            <button type="submit" id="request" class="primary" disabled=move || busy.get()>
                {t!(i, request_button)}
            </button>
        </form>
    }
}

/// Makes the key pair, seals the note and stores the request.
async fn ask(config: RwSignal<Option<ServerConfig>>, ttl: Option<u64>, note: &str) -> Result<Asked, Problem> {
    let server = match config.get_untracked() {
        Some(c) => c,
        None => api::config().await.map_err(|f| Problem::from_failure(f, 0))?,
    };
    let secret = AskerSecret::generate().map_err(|_| Problem::Unexpected)?;
    let key = secret.request_key();
    let sealed = key.seal_note(note).map_err(|_| Problem::Unexpected)?;
    let request = CreateRequest {
        id: key.id().to_text(),
        answer_verifier: key.answer_proof().verifier().to_text(),
        fetch_verifier: secret.fetch_proof().verifier().to_text(),
        ttl: ttl.unwrap_or(server.default_ttl),
        note: shared::b64::encode(&sealed),
    };
    let created = api::create_request(&request).await.map_err(|f| Problem::from_failure(f, 0))?;
    let origin = browser::origin();
    Ok(Asked {
        request: format!("{origin}/q#{}", key.to_fragment()),
        private: Zeroizing::new(format!("{origin}/a#{}", secret.to_fragment())),
        expires_at: created.expires_at,
    })
}

/// The two links, the private one set apart.
#[component]
fn AskedView(asked: Asked) -> impl IntoView {
    let i = i18n();
    Effect::new(move |_| browser::focus("requested-title", false));
    let expires_at = asked.expires_at;
    view! {
        <h1 tabindex="-1" id="requested-title">{t!(i, requested_title)}</h1>
        <section class="card" aria-labelledby="request-link-heading">
            <h2 class="sr-only" id="request-link-heading">{t!(i, request_link_label)}</h2>
            <CopyField id="request-link" label=|m| m.request_link_label() value=asked.request />
            <p id="request-link-help">{t!(i, request_link_help)}</p>
            <p class="hint" id="request-expires">{reactive_text(move || crate::i18n::fill(i.m().request_expires(), &[("when", &when(i, expires_at))]))}</p>
        </section>
        <section class="card private" aria-labelledby="private-heading">
            <h2 id="private-heading">{t!(i, request_private_title)}</h2>
            <p>{t!(i, request_private_help)}</p>
            <CopyField id="private-link" label=|m| m.request_private_label() value=asked.private.to_string() />
        </section>
    }
}
