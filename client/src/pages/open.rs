//! The open page: says a secret is waiting (a peek, which never burns), and fetches the ciphertext only when the person
//! clicks "open" — so link previews, mail scanners and prefetching cannot destroy it. The key comes from the fragment,
//! which stays in the address bar until the secret is opened or known to be gone: a reload, or a tab the browser
//! discarded and reloads, before the click must still find the key; a dead link is not worth keeping.

use crate::api::{self, Failure};
use crate::components::{Confirm, CopyField, ErrorMessage, GoneNote, Notice, StatusMessage};
use crate::pages::{page_title, problem_text, progress_text, when, Problem, Progress};
use crate::{browser, format, i18n, kdf, reactive_text, t};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use shared::envelope::{Header, LinkSecret};
use zeroize::Zeroizing;

/// A file of an opened secret, ready to download from an object URL.
#[derive(Clone)]
pub(crate) struct Download {
    name: String,
    size: u64,
    url: String,
}

/// What it takes to destroy the opens a secret has left: the open's own proof and gate (kept only while the opened
/// secret is on the page).
#[derive(Clone)]
pub(crate) struct BurnRest {
    id: String,
    proof: Zeroizing<String>,
    gate: String,
}

/// Where the visitor is.
#[derive(Clone)]
enum Stage {
    /// Peeking.
    Checking,
    /// The fragment is missing or not a link secret.
    BadLink,
    /// Opened, burned, expired or unknown.
    Unavailable,
    /// The peek itself failed (server unreachable...): offer to retry.
    PeekFailed,
    /// Waiting to be opened.
    Ready { needs_passphrase: bool, expires_at: u64, views_left: u32 },
    /// Opened: the plaintext is on screen, and gone from the server unless opens are left (`burn` destroys them).
    Opened { text: Zeroizing<String>, files: Vec<Download>, views_left: u32, burn: Option<BurnRest> },
}

/// The open page.
#[component]
pub fn OpenPage() -> impl IntoView {
    let i = i18n();
    page_title(i, |m| m.open_title());
    let link = StoredValue::new(browser::fragment().and_then(|f| LinkSecret::from_fragment(&f).ok()));
    let header = StoredValue::new(Vec::<u8>::new());
    let stage = RwSignal::new(Stage::Checking);
    let problem = RwSignal::new(None::<Problem>);
    let progress = RwSignal::new(None::<Progress>);
    let passphrase = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    // An open that failed without a clear answer (no answer, a server error, a timeout) may still have consumed the
    // secret on the server: remembered so that a retry finding it gone says why, instead of suggesting someone else.
    let interrupted = StoredValue::new(false);
    // Opened, or gone for good: the link has done its work, so the key leaves the address bar (and this history entry;
    // the browser's list of visited addresses keeps what it recorded at load, which no page can change).
    let finished = move |next: Stage| {
        browser::forget_fragment();
        stage.set(next);
    };

    let peek = move || {
        let Some(id) = link.with_value(|l| l.as_ref().map(|l| l.id().to_text())) else {
            stage.set(Stage::BadLink);
            return;
        };
        problem.set(None);
        progress.set(Some(Progress::Checking));
        spawn_local(async move {
            let result = api::peek(&id).await;
            progress.set(None);
            match result {
                Ok(peek) => match shared::b64::decode(&peek.header).and_then(|bytes| Header::decode(&bytes).ok().map(|h| (bytes, h))) {
                    Some((bytes, decoded)) => {
                        header.set_value(bytes);
                        stage.set(Stage::Ready {
                            needs_passphrase: decoded.needs_passphrase(),
                            expires_at: peek.expires_at,
                            views_left: peek.views_left,
                        });
                    }
                    None => {
                        problem.set(Some(Problem::DecryptFailed));
                        stage.set(Stage::PeekFailed);
                    }
                },
                Err(Failure::NotFound) => finished(Stage::Unavailable),
                Err(failure) => {
                    problem.set(Some(Problem::from_failure(failure, 0)));
                    stage.set(Stage::PeekFailed);
                }
            }
        });
    };
    peek();

    let open = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let needs_passphrase = matches!(stage.get_untracked(), Stage::Ready { needs_passphrase: true, .. });
        busy.set(true);
        problem.set(None);
        progress.set(Some(Progress::Opening));
        let pass = Zeroizing::new(passphrase.get_untracked());
        spawn_local(async move {
            let outcome = open_secret(link, header, needs_passphrase.then_some(pass.as_str()), progress).await;
            busy.set(false);
            progress.set(None);
            match outcome {
                Ok(opened) => finished(opened),
                Err(NotOpened::Api(Failure::NotFound | Failure::WrongProof { attempts_left: 0 })) => {
                    if interrupted.get_value() {
                        problem.set(Some(Problem::UsedUpByInterruption));
                    }
                    finished(Stage::Unavailable);
                }
                // Without a passphrase the proof comes from the link alone: wrong means a damaged link, and there is no
                // passphrase field to go back to.
                Err(NotOpened::Api(Failure::WrongProof { .. })) if !needs_passphrase => problem.set(Some(Problem::DecryptFailed)),
                Err(NotOpened::Api(Failure::WrongProof { attempts_left })) => {
                    problem.set(Some(Problem::WrongPassphrase(attempts_left)));
                    browser::focus("open-passphrase", true);
                }
                // Nothing was sent, so nothing was spent: the secret is still there, and a retry may work.
                Err(NotOpened::NotStretched(failure)) => problem.set(Some(Problem::from_stretch(failure))),
                Err(NotOpened::Undecryptable) => {
                    // Opened on the server but not decryptable here: it is gone either way.
                    problem.set(Some(Problem::DecryptFailed));
                    finished(Stage::Unavailable);
                }
                Err(NotOpened::Api(failure)) => {
                    let shown = Problem::from_failure(failure, 0).of_open();
                    interrupted.update_value(|i| *i |= matches!(shown, Problem::Interrupted(_)));
                    problem.set(Some(shown));
                }
            }
        });
    };

    forget_on_leaving(move || {
        if let Some(Stage::Opened { files, .. }) = stage.try_get_untracked() {
            let _ = stage.try_set(Stage::Unavailable);
            Some(files)
        } else {
            None
        }
    });

    let body = move || {
        match stage.get() {
        Stage::Checking => view! { <Notice heading=|m| m.open_title() /> }.into_any(),
        Stage::BadLink => view! { <Notice heading=|m| m.open_unavailable_title() body=|m| m.open_bad_link() id="open-bad-link" /> }.into_any(),
        Stage::Unavailable => view! {
            <Notice heading=|m| m.open_unavailable_title() body=|m| m.open_unavailable() id="open-unavailable" />
            <GoneNote />
        }
        .into_any(),
        Stage::PeekFailed => view! { <Notice heading=|m| m.open_title() retry=move || peek() /> }.into_any(),
        Stage::Ready { needs_passphrase, expires_at, views_left } => view! {
            <h1>{t!(i, open_title)}</h1>
            <form class="card" on:submit=open>
                <p class="lead" id="open-waiting">{reactive_text(move || if views_left > 1 {
                    i.lang.get().plural(i.m().open_waiting_views(), u64::from(views_left))
                } else {
                    i.m().open_waiting().to_owned()
                })}</p>
                <p class="hint" id="open-expires">{reactive_text(move || crate::i18n::fill(i.m().open_expires(), &[("when", &when(i, expires_at))]))}</p>
                {needs_passphrase.then(|| view! {
                    <p>{t!(i, open_needs_passphrase)}</p>
                    <div class="field">
                        <label for="open-passphrase">{t!(i, open_passphrase_label)}</label>
                        <input
                            id="open-passphrase"
                            dir="auto"
                            type="password"
                            autocomplete="off"
                            spellcheck="false"
                            required
                            prop:value=move || passphrase.get()
                            on:input=move |ev| passphrase.set(event_target_value(&ev))
                            aria-describedby="open-error"
                        />
                    </div>
                }.into_any())}
                <button type="submit" class="primary" id="open" disabled=move || busy.get()>{t!(i, open_button)}</button>
            </form>
        }
        .into_any(),
        Stage::Opened { text, files, views_left, burn } => view! { <Opened text files views_left burn /> }.into_any(),
    }
    };

    view! {
        {body}
        <ErrorMessage text=problem_text(i, problem) id="open-error" />
        <StatusMessage text=progress_text(i, progress) id="open-status" />
    }
}

/// Forgets an opened secret when the page is left (another page, a reload, another bundle), so that a back/forward
/// cache that kept the page cannot show it again (the server sends these pages `no-store` for the same reason).
/// `take_off` replaces the opened stage, which takes the secret off the page and wipes the `Zeroizing` copies of its
/// text (the stage's and its view's), and hands back its downloads to revoke. The others are only let go, not wiped:
/// the copy field's `String` (wasm memory, reused later), the text area's JS string (freed whenever the garbage
/// collector runs) and whatever was copied to the clipboard; a page has no way to wipe those.
pub(crate) fn forget_on_leaving(take_off: impl Fn() -> Option<Vec<Download>> + Clone + Send + Sync + 'static) {
    let forget = move || {
        if let Some(files) = take_off() {
            files.iter().for_each(|f| browser::revoke_object_url(&f.url));
        }
    };
    let leaving = window_event_listener_untyped("pagehide", {
        let forget = forget.clone();
        move |_| forget()
    });
    on_cleanup(move || {
        leaving.remove();
        forget();
    });
}

/// An opened payload's files as downloads: the sender's media type is ignored (`browser::object_url`), and each name
/// is made safe to show and save.
pub(crate) fn downloads(files: &[shared::envelope::File]) -> Vec<Download> {
    files
        .iter()
        .filter_map(|f| {
            Some(Download { name: shared::names::safe_file_name(&f.name), size: f.data.len() as u64, url: browser::object_url(&f.data)? })
        })
        .collect()
}

/// Why opening did not show the secret.
enum NotOpened {
    /// The server said no (or could not be reached).
    Api(Failure),
    /// The keys or the envelope did not work out (damaged link or data).
    Undecryptable,
    /// The passphrase could not be stretched here (the worker failed to load, start or finish); nothing was asked.
    NotStretched(kdf::Failure),
}

/// Stretches the passphrase if one is needed (in a worker, while the page stays responsive), derives the keys, presents
/// the proof, and decrypts.
async fn open_secret(
    link: StoredValue<Option<LinkSecret>>,
    header: StoredValue<Vec<u8>>,
    passphrase: Option<&str>,
    progress: RwSignal<Option<Progress>>,
) -> Result<Stage, NotOpened> {
    let header = header.get_value();
    let stretched = match passphrase {
        Some(passphrase) => {
            let decoded = Header::decode(&header).map_err(|_| NotOpened::Undecryptable)?;
            progress.set(Some(Progress::Deriving));
            let stretched = kdf::stretch(&decoded, passphrase).await.map_err(NotOpened::NotStretched)?;
            progress.set(Some(Progress::Opening));
            Some(stretched)
        }
        None => None,
    };
    let derived = link.with_value(|l| {
        let l = l.as_ref()?;
        let id = l.id();
        l.open_keys_stretched(&id, &header, stretched.as_ref()).ok().map(|keys| (id, keys, l.gate()))
    });
    drop(stretched);
    let (id, keys, gate) = derived.ok_or(NotOpened::Undecryptable)?;
    let burn = BurnRest { id: id.to_text(), proof: Zeroizing::new(keys.proof.to_text()), gate: gate.to_text() };
    let (ciphertext, views_left) = api::open(&burn.id, &burn.proof, Some(&burn.gate)).await.map_err(NotOpened::Api)?;
    let payload = keys.open(&id, &header, &ciphertext).map_err(|_| NotOpened::Undecryptable)?;
    Ok(Stage::Opened { text: payload.text.clone(), files: downloads(&payload.files), views_left, burn: Some(burn) })
}

/// The opened secret: its text, its files, and the reminder that it is gone from the server; or, while opens are left
/// for others, how many, and "I have it, destroy it now" (`burn`: what it takes). An opened answer to a request
/// (the asker's page) is shown with it too: it opens once, so nothing is left to burn.
#[component]
pub(crate) fn Opened(text: Zeroizing<String>, files: Vec<Download>, views_left: u32, burn: Option<BurnRest>) -> impl IntoView {
    let i = i18n();
    Effect::new(move |_| browser::focus("opened-title", false));
    let has_text = !text.is_empty();
    let has_files = !files.is_empty();
    let left = RwSignal::new(views_left);
    let problem = RwSignal::new(None::<Problem>);
    let burn = StoredValue::new(burn);
    let destroy = move |()| {
        problem.set(None);
        let Some(BurnRest { id, proof, gate }) = burn.get_value() else { return };
        spawn_local(async move {
            match api::burn_rest(&id, &proof, &gate).await {
                // Gone meanwhile (its last open elsewhere, or its expiry) is what was asked for.
                Ok(()) | Err(Failure::NotFound) => left.set(0),
                Err(failure) => problem.set(Some(Problem::from_failure(failure, 0))),
            }
        });
    };
    view! {
        <h1 tabindex="-1" id="opened-title">{t!(i, opened_title)}</h1>
        {move || if left.get() == 0 {
            view! { <p class="notice" id="opened-destroyed">{t!(i, opened_destroyed)}</p> }.into_any()
        } else {
            let n = u64::from(left.get());
            view! {
                <div class="notice" id="opened-views-left">
                    <p>{reactive_text(move || i.lang.get().plural(i.m().opened_views_left(), n))}</p>
                    <Confirm
                        id="opened-burn"
                        button=|m| m.opened_burn_rest()
                        question=reactive_text(move || i.lang.get().plural(i.m().opened_burn_question(), n))
                        yes=|m| m.opened_burn_confirm()
                        on_yes=destroy
                    />
                    <ErrorMessage text=problem_text(i, problem) id="opened-burn-error" />
                </div>
            }.into_any()
        }}
        <div class="card">
            {has_text.then(|| view! {
                <CopyField id="opened-text" label=|m| m.opened_text_label() value=text.to_string() multiline=true />
                <p class="hint" id="opened-clipboard">{t!(i, opened_clipboard)}</p>
            }.into_any())}
            {(!has_text && !has_files).then(|| view! { <p id="opened-text-empty">{t!(i, opened_empty)}</p> }.into_any())}
            {has_files.then(|| view! {
                <h2>{t!(i, opened_files)}</h2>
                <ul class="downloads" id="opened-files">
                    {files
                        .into_iter()
                        .map(|f| {
                            let (name, size) = (f.name.clone(), f.size);
                            view! {
                                <li>
                                    <a class="button secondary" href=f.url download=f.name>
                                        {reactive_text(move || crate::i18n::fill(
                                            i.m().download(),
                                            &[("name", &crate::i18n::isolate(&name)), ("size", &format::size(i.lang.get(), size))],
                                        ))}
                                    </a>
                                </li>
                            }.into_any()
                        })
                        .collect_view()}
                </ul>
            }.into_any())}
        </div>
    }
}
