//! A destructive button behind a question: "burn now" on the receipt, "destroy it now" under an opened secret.
//!
//! One component for both keeps one copy of its rendering code in the open bundle (the second copy cost about 1 KB).

use super::notice::Key;
use crate::{browser, i18n, show, t, tr};
use leptos::prelude::*;

/// The button; once clicked, the question with "yes" and "cancel" in its place (keyboard users land on "cancel", the
/// safe answer). Ids: `id` the button, `{id}-question`, `{id}-confirm`, `{id}-cancel` (the e2e tests click them).
#[component]
pub fn Confirm(
    /// Prefix of the element ids.
    id: &'static str,
    /// The button's text.
    button: Key,
    /// The question.
    question: Signal<String>,
    /// The "yes" button's text.
    yes: Key,
    /// Runs on "yes".
    #[prop(into)]
    on_yes: Callback<()>,
) -> impl IntoView {
    let i = i18n();
    let confirming = RwSignal::new(false);
    let [question_id, yes_id, cancel_id] = ["question", "confirm", "cancel"].map(|part| format!("{id}-{part}"));
    let focus_on = cancel_id.clone();
    Effect::new(move |_| {
        if confirming.get() {
            browser::focus(&focus_on, false);
        }
    });
    view! {
        {show(move || !confirming.get(), move || view! {
            <button type="button" class="danger" id=id on:click=move |_| confirming.set(true)>{tr(i, button)}</button>
        }.into_any())}
        {show(move || confirming.get(), move || view! {
            <div class="confirm" role="group" aria-labelledby=question_id.clone()>
                <p id=question_id.clone()>{question}</p>
                <div class="row">
                    <button type="button" class="danger" id=yes_id.clone() on:click=move |_| {
                        confirming.set(false);
                        on_yes.run(());
                    }>{tr(i, yes)}</button>
                    <button type="button" class="secondary" id=cancel_id.clone() on:click=move |_| confirming.set(false)>
                        {t!(i, cancel)}
                    </button>
                </div>
            </div>
        }.into_any())}
    }
}
