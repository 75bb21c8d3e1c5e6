//! The receipt page, for the creator only: what happened to the secret (waiting, opened when, burned, expired) and
//! "burn now", behind a confirmation. The receipt secret comes from the fragment.
//!
//! Unlike a share link, the fragment stays in the address bar while the page is open: the receipt link is the creator's
//! own, reusable capability (they come back to see whether the secret was opened), so reloading, bookmarking or copying
//! it from the address bar must keep working; and it can only reveal the secret's state or burn it, never open it. It
//! goes only once the receipt is unknown, a dead link.
//!
//! While the secret is waiting, the page keeps asking the server, quietly, so the creator who leaves it open sees (and
//! hears, through a live region) the moment it is opened, burned or expires; a system notification only if they ask.
//! Polling, not a push service: nothing but this server learns that anyone is watching.

use crate::api::{self, Failure};
use crate::components::{Confirm, ErrorMessage, GoneNote, Notice, StatusMessage};
use crate::pages::{page_title, problem_text, progress_text, when, Problem, Progress};
use crate::{browser, i18n, reactive_text, show, t};
use leptos::prelude::*;
use leptos::task::spawn_local;
use shared::api::{Receipt, ReceiptState};
use shared::envelope::ReceiptSecret;
use std::time::Duration;

#[derive(Clone)]
enum Stage {
    Checking,
    BadLink,
    Gone,
    Failed,
    Known(Receipt),
}

/// How long a waiting receipt waits before asking again: a change shows within seconds while someone looks, and a
/// tab in the background costs the server one small request a minute. Back in view, it asks at once.
const POLL_SHOWN: Duration = Duration::from_secs(5);
const POLL_HIDDEN: Duration = Duration::from_secs(60);

/// The state's wire name, exposed as `data-state` for tests and styling.
fn state_name(state: ReceiptState) -> &'static str {
    match state {
        ReceiptState::Waiting => "waiting",
        ReceiptState::Opened => "opened",
        ReceiptState::Burned => "burned",
        ReceiptState::Expired => "expired",
    }
}

/// The receipt page.
#[component]
pub fn ReceiptPage() -> impl IntoView {
    let i = i18n();
    page_title(i, |m| m.receipt_page_title());
    let secret = StoredValue::new(browser::fragment().and_then(|f| ReceiptSecret::from_fragment(&f).ok()));
    let stage = RwSignal::new(Stage::Checking);
    let problem = RwSignal::new(None::<Problem>);
    let progress = RwSignal::new(None::<Progress>);
    let burned = RwSignal::new(false);
    // Whether a quiet check found the state changed, for the live region outside the card (which re-renders); the
    // change is final, so the stage then holds the receipt it found.
    let changed = RwSignal::new(false);
    // The creator's answer to "notify me", once asked: a system notification too (granted), or the browser said no.
    // Two flags rather than an enum: the bundle already has the code for boolean signals.
    let (notify_on, notify_blocked) = (RwSignal::new(false), RwSignal::new(false));

    let state_text = move |receipt: &Receipt| {
        let m = i.m();
        let opens = receipt.opens.len() as u64;
        match receipt.state {
            ReceiptState::Waiting if opens > 0 => i.lang.get().plural(m.state_waiting_views(), u64::from(receipt.views_left)),
            ReceiptState::Waiting => m.state_waiting().to_owned(),
            ReceiptState::Expired if opens > 0 => i.lang.get().plural(m.state_expired_views(), opens),
            ReceiptState::Opened => {
                crate::i18n::fill(m.state_opened(), &[("when", &receipt.opened_at.map(|t| when(i, t)).unwrap_or_default())])
            }
            ReceiptState::Burned => m.state_burned().to_owned(),
            ReceiptState::Expired => m.state_expired().to_owned(),
        }
    };
    let settle = move |result: Result<Receipt, Failure>| {
        progress.set(None);
        match result {
            Ok(receipt) => stage.set(Stage::Known(receipt)),
            Err(Failure::NotFound) => {
                browser::forget_fragment();
                stage.set(Stage::Gone);
            }
            Err(failure) => {
                problem.set(Some(Problem::from_failure(failure, 0)));
                if matches!(stage.get_untracked(), Stage::Checking) {
                    stage.set(Stage::Failed);
                }
            }
        }
    };
    let is_waiting = move || matches!(stage.get_untracked(), Stage::Known(ref r) if r.state == ReceiptState::Waiting);
    // A quiet check (`quiet`): no progress line, no error line for a failed one (the next one tries again), and the
    // card is re-rendered only when something changed, so a keyboard user's focus stays put.
    let heard = move |result: Result<Receipt, Failure>, quiet: bool| match result {
        // A burn from this page (or a refresh) answered first: a final state never goes back.
        Ok(_) if quiet && !is_waiting() => {}
        Ok(receipt) if quiet && matches!(stage.get_untracked(), Stage::Known(ref known) if *known == receipt) => {}
        Ok(receipt) => {
            // Something changed: the secret ended, or (one that opens several times) was opened once more.
            if quiet {
                if notify_on.get_untracked() {
                    browser::notify(i.m().app_name(), &state_text(&receipt));
                }
                changed.set(true);
            }
            settle(Ok(receipt));
        }
        Err(Failure::NotFound) => settle(Err(Failure::NotFound)),
        Err(_) if quiet => {}
        Err(failure) => settle(Err(failure)),
    };
    // While the secret waits, the next quiet check is always scheduled: after each answer, and after a burn that did
    // not happen. The check is reached through `next` because it schedules itself.
    let timer = StoredValue::new(None::<TimeoutHandle>);
    let next = StoredValue::new(None::<std::sync::Arc<dyn Fn() + Send + Sync>>);
    let stop_timer = move || {
        if let Some(handle) = timer.get_value() {
            handle.clear();
        }
        timer.set_value(None);
    };
    let schedule = move || {
        stop_timer();
        if is_waiting() {
            let pause = if browser::page_hidden() { POLL_HIDDEN } else { POLL_SHOWN };
            let fire = move || {
                timer.set_value(None);
                if let Some(check) = next.get_value() {
                    check();
                }
            };
            timer.set_value(set_timeout_with_handle(fire, pause).ok());
        }
    };
    let check = move |quiet: bool| {
        let Some(rid) = secret.with_value(|s| s.as_ref().map(|s| s.id().to_text())) else {
            stage.set(Stage::BadLink);
            return;
        };
        if !quiet {
            problem.set(None);
            progress.set(Some(Progress::Checking));
        }
        spawn_local(async move {
            heard(api::receipt(&rid).await, quiet);
            schedule();
        });
    };
    next.set_value(Some(std::sync::Arc::new(move || check(true))));
    let refresh = move || check(false);
    refresh();
    let on_visible = window_event_listener_untyped("visibilitychange", move |_| {
        if !browser::page_hidden() && timer.get_value().is_some() {
            stop_timer();
            check(true);
        }
    });
    on_cleanup(move || {
        stop_timer();
        on_visible.remove();
    });
    let ask_to_notify = move |_| {
        spawn_local(async move {
            match browser::ask_to_notify().await {
                Some(true) => notify_on.set(true),
                Some(false) => notify_blocked.set(true),
                // Dismissed without an answer: the button stays.
                None => {}
            }
        })
    };

    let burn = move |()| {
        let Some((rid, proof)) = secret.with_value(|s| s.as_ref().map(|s| (s.id().to_text(), s.burn_proof().to_text()))) else {
            return;
        };
        problem.set(None);
        progress.set(Some(Progress::Checking));
        spawn_local(async move {
            match api::burn(&rid, &proof).await {
                Ok(receipt) => {
                    burned.set(true);
                    settle(Ok(receipt));
                }
                // 409: no longer waiting (opened or expired meanwhile): show what happened instead.
                Err(Failure::Other(409)) => settle(api::receipt(&rid).await),
                Err(failure) => settle(Err(failure)),
            }
            schedule();
        });
    };

    let expiry_text = move |receipt: &Receipt| {
        let m = i.m();
        let template = if receipt.expires_at > browser::now_seconds() && receipt.state == ReceiptState::Waiting {
            m.receipt_expires()
        } else {
            m.receipt_expired_at()
        };
        crate::i18n::fill(template, &[("when", &when(i, receipt.expires_at))])
    };

    let body = move || match stage.get() {
        Stage::Checking | Stage::Failed => ().into_any(),
        Stage::BadLink => view! { <Notice body=|m| m.receipt_bad_link() id="receipt-bad-link" /> }.into_any(),
        Stage::Gone => view! {
            <Notice body=|m| m.receipt_gone() id="receipt-gone" />
            <GoneNote />
        }
        .into_any(),
        Stage::Known(receipt) => {
            let waiting = receipt.state == ReceiptState::Waiting;
            let shown = receipt.clone();
            view! {
                <div class="card">
                    <dl class="facts">
                        <dt>{t!(i, receipt_state_label)}</dt>
                        <dd id="receipt-state" data-state=state_name(receipt.state)>
                            {reactive_text(move || state_text(&shown))}
                        </dd>
                    </dl>
                    {(receipt.views > 1).then(|| {
                        let total = u64::from(receipt.views);
                        view! { <p class="hint" id="receipt-views">{reactive_text(move || i.lang.get().plural(i.m().receipt_views_total(), total))}</p> }
                    }.into_any())}
                    {(receipt.views > 1 && !receipt.opens.is_empty()).then(|| {
                        let opens = receipt.opens.clone();
                        view! {
                            <p class="hint" id="receipt-opens-label">{t!(i, receipt_opens_label)}</p>
                            <ol id="receipt-opens" aria-labelledby="receipt-opens-label">
                                {opens.into_iter().map(|t| view! { <li>{reactive_text(move || when(i, t))}</li> }.into_any()).collect_view()}
                            </ol>
                        }
                    }.into_any())}
                    <p class="hint" id="receipt-expiry">{reactive_text(move || expiry_text(&receipt))}</p>
                    {waiting.then(|| view! {
                        <p class="hint" id="receipt-watching">{t!(i, receipt_watching)}</p>
                        {show(move || !notify_on.get() && !notify_blocked.get() && browser::can_notify(), move || view! {
                            <button type="button" class="secondary" id="receipt-notify" on:click=ask_to_notify>
                                {t!(i, receipt_notify)}
                            </button>
                        }.into_any())}
                        {show(move || notify_on.get(), move || view! {
                            <p class="hint" id="receipt-notify-on">{t!(i, receipt_notify_on)}</p>
                        }.into_any())}
                        {show(move || notify_blocked.get(), move || view! {
                            <p class="hint" id="receipt-notify-blocked">{t!(i, receipt_notify_blocked)}</p>
                        }.into_any())}
                    }.into_any())}
                    {show(move || burned.get(), move || view! {
                        <p class="notice" id="burned-done">{t!(i, burned_done)}</p>
                    }.into_any())}
                    {(!waiting).then(|| view! { <GoneNote /> }.into_any())}
                    <div class="row">
                        <button type="button" class="secondary" id="refresh" on:click=move |_| refresh()>{t!(i, refresh)}</button>
                        {waiting.then(|| view! {
                            <Confirm
                                id="burn"
                                button=|m| m.burn_button()
                                question=reactive_text(move || i.m().burn_question().to_owned())
                                yes=|m| m.burn_confirm()
                                on_yes=burn
                            />
                        }.into_any())}
                    </div>
                </div>
            }
            .into_any()
        }
    };

    view! {
        <h1>{t!(i, receipt_page_title)}</h1>
        <p class="lead">{t!(i, receipt_intro)}</p>
        {body}
        <ErrorMessage text=problem_text(i, problem) id="receipt-error" />
        <StatusMessage text=progress_text(i, progress) id="receipt-status" />
        <StatusMessage
            text=reactive_text(move || {
                match stage.get() {
                    Stage::Known(receipt) if changed.get() => format!("{} {}", i.m().receipt_changed(), state_text(&receipt)),
                    _ => String::new(),
                }
            })
            id="receipt-changed"
        />
    }
}
