//! The receipt page, for the creator only: what happened to the secret (waiting, opened when, burned, expired) and
//! "burn now", behind a confirmation. The receipt secret comes from the fragment.
//!
//! Unlike a share link, the fragment stays in the address bar while the page is open: the receipt link is the creator's
//! own, reusable capability (they come back to see whether the secret was opened), so reloading, bookmarking or copying
//! it from the address bar must keep working; and it can only reveal the secret's state or burn it, never open it. It
//! goes only once the receipt is unknown, a dead link.

use crate::api::{self, Failure};
use crate::components::{ErrorMessage, GoneNote, Notice, StatusMessage};
use crate::pages::{page_title, problem_text, progress_text, when, Problem, Progress};
use crate::{browser, i18n, reactive_text, show, t};
use leptos::prelude::*;
use leptos::task::spawn_local;
use shared::api::{Receipt, ReceiptState};
use shared::envelope::ReceiptSecret;

#[derive(Clone)]
enum Stage {
    Checking,
    BadLink,
    Gone,
    Failed,
    Known(Receipt),
}

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
    let confirming = RwSignal::new(false);
    let burned = RwSignal::new(false);
    // Keyboard users follow the question: the safe answer gets the focus.
    Effect::new(move |_| {
        if confirming.get() {
            browser::focus("burn-cancel", false);
        }
    });

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
    let refresh = move || {
        let Some(rid) = secret.with_value(|s| s.as_ref().map(|s| s.id().to_text())) else {
            stage.set(Stage::BadLink);
            return;
        };
        problem.set(None);
        progress.set(Some(Progress::Checking));
        spawn_local(async move { settle(api::receipt(&rid).await) });
    };
    refresh();

    let burn = move |_| {
        let Some((rid, proof)) = secret.with_value(|s| s.as_ref().map(|s| (s.id().to_text(), s.burn_proof().to_text()))) else {
            return;
        };
        confirming.set(false);
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
        });
    };

    let state_text = move |receipt: &Receipt| {
        let m = i.m();
        match receipt.state {
            ReceiptState::Waiting => m.state_waiting().to_owned(),
            ReceiptState::Opened => {
                crate::i18n::fill(m.state_opened(), &[("when", &receipt.opened_at.map(|t| when(i, t)).unwrap_or_default())])
            }
            ReceiptState::Burned => m.state_burned().to_owned(),
            ReceiptState::Expired => m.state_expired().to_owned(),
        }
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
                    <p class="hint" id="receipt-expiry">{reactive_text(move || expiry_text(&receipt))}</p>
                    {show(move || burned.get(), move || view! {
                        <p class="notice" id="burned-done">{t!(i, burned_done)}</p>
                    }.into_any())}
                    {(!waiting).then(|| view! { <GoneNote /> }.into_any())}
                    <div class="row">
                        <button type="button" class="secondary" id="refresh" on:click=move |_| refresh()>{t!(i, refresh)}</button>
                        {show(move || waiting && !confirming.get(), move || view! {
                            <button type="button" class="danger" id="burn" on:click=move |_| confirming.set(true)>
                                {t!(i, burn_button)}
                            </button>
                        }.into_any())}
                    </div>
                    {show(move || waiting && confirming.get(), move || view! {
                        <div class="confirm" role="group" aria-labelledby="burn-question">
                            <p id="burn-question">{t!(i, burn_question)}</p>
                            <div class="row">
                                <button type="button" class="danger" id="burn-confirm" on:click=burn>{t!(i, burn_confirm)}</button>
                                <button
                                    type="button"
                                    class="secondary"
                                    id="burn-cancel"
                                    on:click=move |_| confirming.set(false)
                                >
                                    {t!(i, cancel)}
                                </button>
                            </div>
                        </div>
                    }.into_any())}
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
    }
}
