//! The instance's own words (`CINDER_INSTANCE_FILE`, sent with `/config`): its name, the operator's imprint and the note
//! where a link is gone. The operator's texts become text nodes, never HTML, and links only to `https:` or `mailto:`
//! addresses (`format::linkify`), so the page needs nothing the CSP forbids.

use crate::format::{self, Piece};
use crate::{i18n, t, InstanceWords};
use leptos::prelude::*;

/// An operator's text as text nodes, its addresses as links.
#[component]
fn OperatorText(text: String) -> impl IntoView {
    format::linkify(&text)
        .into_iter()
        .map(|piece| match piece {
            Piece::Text(run) => run.to_owned().into_any(),
            Piece::Link { text, href } => view! { <a href=href rel="noopener noreferrer">{text.to_owned()}</a> }.into_any(),
        })
        .collect_view()
}

/// The instance's name in the header, once `/config` has told it.
#[component]
pub fn InstanceName() -> impl IntoView {
    let words = expect_context::<InstanceWords>();
    move || words.name().map(|name| view! { <span class="instance-name" id="instance-name">{name}</span> }.into_any())
}

/// The operator's imprint at the foot of the page.
#[component]
pub fn Imprint() -> impl IntoView {
    let i = i18n();
    let words = expect_context::<InstanceWords>();
    move || {
        words.0.with(|w| w.as_ref().and_then(|w| w.imprint.clone())).map(|imprint| {
            view! {
                <p class="imprint" id="instance-imprint">
                    <span class="operator-label">{t!(i, instance_operator)}</span>
                    " "
                    <OperatorText text=imprint />
                </p>
            }
            .into_any()
        })
    }
}

/// The operator's note where a link is gone (opened, burned, expired, unknown), in the page's language, else English.
#[component]
pub fn GoneNote() -> impl IntoView {
    let i = i18n();
    let words = expect_context::<InstanceWords>();
    move || {
        let lang = i.lang.get();
        words.0.with(|w| w.as_ref().and_then(|w| w.gone_note(lang.tag()).map(str::to_owned))).map(|note| {
            view! {
                <p class="notice operator-note" id="instance-gone">
                    <span class="operator-label">{t!(i, instance_note)}</span>
                    " "
                    <OperatorText text=note />
                </p>
            }
            .into_any()
        })
    }
}
