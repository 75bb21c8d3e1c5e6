//! The create page: text, files and an optional passphrase are sealed here in the browser; only ciphertext goes to the server.
//! Then the links: the share link (with QR code and mail link) and, set apart, the creator's private receipt link.

use crate::api;
use crate::components::{file_picker, lifetime, plain_size, CopyField, ErrorMessage, Picked, QrCode, StatusMessage};
use crate::pages::{page_title, problem_text, progress_text, when, Problem, Progress};
use crate::{browser, format, i18n, kdf, reactive_text, show, t, tr, I18n};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use shared::api::{CreateReceipt, CreateSecret, Creating, ServerConfig};
use shared::envelope::{self, Argon2Params, File, Header, Payload, ReceiptSecret};
use shared::password::{self, Classes};
use zeroize::Zeroizing;

/// What the creator gets back.
#[derive(Clone)]
struct Links {
    share: Zeroizing<String>,
    receipt: Zeroizing<String>,
    expires_at: u64,
    with_passphrase: bool,
    /// How many times the share link opens.
    views: u32,
}

/// The create page: the form, then the links.
#[component]
pub fn CreatePage() -> impl IntoView {
    let i = i18n();
    page_title(i, |m| m.create_title());
    let config = RwSignal::new(None::<ServerConfig>);
    spawn_local(async move {
        if let Ok(c) = api::config().await {
            config.set(Some(c));
        }
    });
    let links = RwSignal::new(None::<Links>);
    // Only a server that will refuse replaces the form; until the config arrives (and wherever creating works) the form
    // stands, so nothing typed is lost to a late answer.
    let refused = Memo::new(move |_| {
        config.with(|c| c.as_ref().filter(|c| !matches!(c.creating, Creating::Open | Creating::Allowed)).map(|c| c.creating))
    });
    move || match (links.get(), refused.get()) {
        (Some(done), _) => view! { <LinkView links=done on_again=move || links.set(None) /> }.into_any(),
        (None, Some(creating)) => {
            let sign_in = config.with_untracked(|c| c.as_ref().and_then(|c| c.sign_in_url.clone()));
            view! { <CannotCreate creating sign_in /> }.into_any()
        }
        (None, None) => view! { <CreateForm config links /> }.into_any(),
    }
}

/// What the page says instead of a form that would fail: this instance only opens links, or sign in first (with the
/// server's sign-in link, if it names one), or this account may not create.
#[component]
fn CannotCreate(creating: Creating, sign_in: Option<String>) -> impl IntoView {
    let i = i18n();
    let body: fn(&crate::i18n::Messages) -> &'static str = match creating {
        Creating::Off => |m| m.create_off(),
        Creating::SignIn => |m| m.create_sign_in(),
        _ => |m| m.create_not_allowed(),
    };
    let link = sign_in.filter(|_| creating == Creating::SignIn);
    view! {
        <div class="card" id="cannot-create">
            // The page's heading stays, so the page still says what it is for (and has its one level-one heading).
            <h1>{t!(i, create_title)}</h1>
            <p class="notice" id="cannot-create-text">{tr(i, body)}</p>
            {link.map(|href| view! { <p><a class="button primary" id="sign-in" href=href>{t!(i, create_sign_in_link)}</a></p> }.into_any())}
        </div>
    }
}

#[component]
fn CreateForm(config: RwSignal<Option<ServerConfig>>, links: RwSignal<Option<Links>>) -> impl IntoView {
    let i = i18n();
    let text = RwSignal::new(String::new());
    let passphrase = RwSignal::new(String::new());
    let show_passphrase = RwSignal::new(false);
    let ttl = RwSignal::new(None::<u64>);
    let views = RwSignal::new(None::<u64>);
    let busy = RwSignal::new(false);
    let picked = Picked::new(text, config, busy);
    let Picked { files, problem, progress, .. } = picked;

    let chosen_ttl = move || ttl.get().or_else(|| config.with(|c| c.as_ref().map(|c| c.default_ttl)));
    // The field is offered only where the server allows more than one open.
    let max_views = move || config.with(|c| c.as_ref().map_or(1, |c| c.max_views));
    let views_hint = reactive_text(move || {
        crate::i18n::fill(i.m().views_hint(), &[("max", &crate::intl::number(i.lang.get().tag(), u64::from(max_views())))])
    });

    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        browser::mark("cinder:create");
        problem.set(None);
        let plaintext = Zeroizing::new(text.get_untracked());
        if plaintext.is_empty() && files.with_untracked(Vec::is_empty) {
            problem.set(Some(Problem::Empty));
            browser::focus("secret-text", false);
            return;
        }
        let pass = Zeroizing::new(passphrase.get_untracked());
        busy.set(true);
        progress.set(Some(Progress::Creating));
        spawn_local(async move {
            let wanted = views.get_untracked().map_or(1, |v| u32::try_from(v).unwrap_or(u32::MAX));
            let result = create(config, chosen_ttl, wanted, plaintext, files, pass, progress).await;
            busy.set(false);
            progress.set(None);
            match result {
                Ok(done) => links.set(Some(done)),
                Err(p) => problem.set(Some(p)),
            }
        });
    };

    view! {
        <h1>{t!(i, create_title)}</h1>
        <p class="lead">{t!(i, create_intro)}</p>
        // The whole form takes dropped files: a drop just beside the box must not make the browser navigate to the file.
        <form
            class="card"
            on:submit=submit
            novalidate
            on:dragover=move |ev| picked.on_drag_over(ev)
            on:dragleave=move |_| picked.dragging.set(false)
            on:drop=move |ev| picked.on_drop(ev)
        >
            <div class="field">
                <label for="secret-text">{t!(i, text_label)}</label>
                <textarea
                    id="secret-text"
                    dir="auto"
                    rows="6"
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))
                    aria-describedby="secret-text-hint"
                    autocomplete="off"
                    spellcheck="false"
                ></textarea>
                <p class="hint" id="secret-text-hint">{t!(i, text_hint)}</p>
            </div>

            {file_picker(picked)}

            <div class="field">
                <label for="passphrase">{t!(i, passphrase_label)}</label>
                <div class="row">
                    <input
                        id="passphrase"
                        dir="auto"
                        type=move || if show_passphrase.get() { "text" } else { "password" }
                        // A one-time passphrase: password managers should neither save it for this site nor sync it
                        // ("new-password" invited exactly that). The data- hints are 1Password's and LastPass's.
                        autocomplete="off"
                        data-1p-ignore=""
                        data-lpignore="true"
                        spellcheck="false"
                        prop:value=move || passphrase.get()
                        on:input=move |ev| passphrase.set(event_target_value(&ev))
                        aria-describedby="passphrase-hint"
                    />
                    <button
                        type="button"
                        class="secondary"
                        id="toggle-passphrase"
                        aria-controls="passphrase"
                        aria-pressed=move || if show_passphrase.get() { "true" } else { "false" }
                        on:click=move |_| show_passphrase.update(|s| *s = !*s)
                    >
                        {move || if show_passphrase.get() { i.m().passphrase_hide() } else { i.m().passphrase_show() }}
                    </button>
                </div>
                <p class="hint" id="passphrase-hint">{t!(i, passphrase_hint)}</p>
            </div>

            <Generator
                on_insert=move |p: String| text.update(|t| {
                    if !t.is_empty() && !t.ends_with('\n') {
                        t.push('\n');
                    }
                    t.push_str(&p);
                })
                on_use=move |p: String| {
                    passphrase.set(p);
                    show_passphrase.set(true);
                }
            />

            {lifetime("ttl", |m| m.expiry_label(), config, ttl)}

            // Offered only where the server allows more than one open. Each attribute kind is code of its own in the
            // bundle (`inputmode` cost 94 bytes; type=number is enough for a numeric keyboard), so this hides it with a
            // class, as the drop zone's class changes, rather than with `hidden`.
            <div class=move || { if max_views() > 1 { "field" } else { "field off" } }>
                <label for="views">{t!(i, views_label)}</label>
                <input
                    id="views"
                    type="number"
                    min="1"
                    value="1"
                    on:input=move |ev| views.set(event_target_value(&ev).parse().ok())
                    aria-describedby="views-hint"
                />
                <p class="hint" id="views-hint">{views_hint}</p>
            </div>

            <ErrorMessage text=problem_text(i, problem) id="create-error" />
            <StatusMessage text=progress_text(i, progress) id="create-status" />
            <button type="submit" id="create" class="primary" disabled=move || busy.get()>
                {t!(i, create_button)}
            </button>
        </form>
    }
}

/// Stretches the passphrase (in a worker, while the page stays responsive), seals and uploads; puts the files back if
/// anything fails, so the visitor can retry without picking them again.
async fn create(
    config: RwSignal<Option<ServerConfig>>,
    chosen_ttl: impl Fn() -> Option<u64>,
    views: u32,
    text: Zeroizing<String>,
    files: RwSignal<Vec<File>>,
    passphrase: Zeroizing<String>,
    progress: RwSignal<Option<Progress>>,
) -> Result<Links, Problem> {
    let server = match config.get_untracked() {
        Some(c) => c,
        None => {
            let c = api::config().await.map_err(|f| Problem::from_failure(f, 0))?;
            config.set(Some(c.clone()));
            c
        }
    };
    let ttl = chosen_ttl().unwrap_or(server.default_ttl);
    // Whatever was typed, within what the server allows; the link view then says how many it is.
    let views = views.clamp(1, server.max_views.max(1));
    // Before the passphrase costs its derivation.
    if files.with_untracked(|f| plain_size(&text, f)) > server.max_bytes {
        return Err(Problem::TooLarge { max: server.max_bytes });
    }
    let with_passphrase = !passphrase.is_empty();
    let stretched = if with_passphrase {
        progress.set(Some(Progress::Deriving));
        let header = Header::with_passphrase(Argon2Params::DEFAULT).map_err(|_| Problem::Unexpected)?;
        let stretched = kdf::stretch(&header, &passphrase).await.map_err(Problem::from_stretch)?;
        progress.set(Some(Progress::Creating));
        Some(stretched)
    } else {
        None
    };
    // Take the files out without re-rendering; they go back right after sealing (no await in between, so nothing can
    // change the list meanwhile).
    let payload = Payload { text, files: std::mem::take(&mut *files.write_untracked()) };
    let sealed = envelope::seal_stretched(&payload, stretched.as_ref());
    drop(stretched);
    *files.write_untracked() = payload.files;
    let sealed = sealed.map_err(|_| Problem::Unexpected)?;
    if sealed.ciphertext.len() as u64 > envelope::ciphertext_limit(server.max_bytes) {
        return Err(Problem::TooLarge { max: server.max_bytes });
    }
    let receipt = ReceiptSecret::generate().map_err(|_| Problem::Unexpected)?;
    let meta = CreateSecret {
        id: sealed.id.to_text(),
        verifier: sealed.verifier.to_text(),
        ttl,
        header: shared::b64::encode(&sealed.header),
        receipt: Some(CreateReceipt { id: receipt.id().to_text(), burn_verifier: receipt.burn_proof().verifier().to_text() }),
        gate_verifier: Some(sealed.gate_verifier.to_text()),
        // Only above one: an older server refuses the field, which beats opening a many-times secret just once.
        views: (views > 1).then_some(views),
    };
    let created = api::create(&meta, &sealed.ciphertext).await.map_err(|f| Problem::from_failure(f, server.max_bytes))?;
    let origin = browser::origin();
    Ok(Links {
        share: Zeroizing::new(format!("{origin}/s#{}", sealed.link.to_fragment())),
        receipt: Zeroizing::new(format!("{origin}/r#{}", receipt.to_fragment())),
        expires_at: created.expires_at,
        with_passphrase,
        views,
    })
}

/// The password generator, folded away until wanted.
#[component]
fn Generator(#[prop(into)] on_insert: Callback<String>, #[prop(into)] on_use: Callback<String>) -> impl IntoView {
    let i = i18n();
    let length = RwSignal::new(password::DEFAULT_LENGTH.to_string());
    let defaults = Classes::default();
    let (lower, upper, digits, symbols) =
        (RwSignal::new(defaults.lower), RwSignal::new(defaults.upper), RwSignal::new(defaults.digits), RwSignal::new(defaults.symbols));
    let generated = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<Problem>);
    let generate = move |_| {
        let classes = Classes { lower: lower.get(), upper: upper.get(), digits: digits.get(), symbols: symbols.get() };
        let length = length.get().trim().parse().unwrap_or(password::DEFAULT_LENGTH);
        match password::generate(length, classes, &mut password::os_random) {
            Some(p) => {
                problem.set(None);
                generated.set(p);
            }
            None => problem.set(Some(Problem::NeedClass)),
        }
    };
    let class_box = move |id: &'static str, signal: RwSignal<bool>, label: fn(&crate::i18n::Messages) -> &'static str| {
        view! {
            <label class="check" for=id>
                <input type="checkbox" id=id prop:checked=move || signal.get() on:change=move |ev| signal.set(event_target_checked(&ev)) />
                {tr(i, label)}
            </label>
        }
    };
    view! {
        <details class="generator">
            <summary>{t!(i, generator_title)}</summary>
            <div class="generator-body">
                <div class="field inline">
                    <label for="gen-length">{t!(i, generator_length)}</label>
                    <input
                        id="gen-length"
                        type="number"
                        min=password::MIN_LENGTH.to_string()
                        max=password::MAX_LENGTH.to_string()
                        prop:value=move || length.get()
                        on:input=move |ev| length.set(event_target_value(&ev))
                    />
                </div>
                <div class="checks">
                    {class_box("gen-lower", lower, |m| m.generator_lower())}
                    {class_box("gen-upper", upper, |m| m.generator_upper())}
                    {class_box("gen-digits", digits, |m| m.generator_digits())}
                    {class_box("gen-symbols", symbols, |m| m.generator_symbols())}
                </div>
                <button type="button" class="secondary" id="generate" on:click=generate>
                    {t!(i, generator_generate)}
                </button>
                <ErrorMessage text=problem_text(i, problem) id="generator-error" />
                {show(move || generated.with(|g| !g.is_empty()), move || view! {
                    <div class="field">
                        <label for="generated">{t!(i, generator_result)}</label>
                        <input id="generated" type="text" dir="ltr" readonly prop:value=move || generated.get() spellcheck="false" />
                        <div class="row">
                            <button type="button" class="secondary" id="generated-insert" on:click=move |_| on_insert.run(generated.get())>
                                {t!(i, generator_insert)}
                            </button>
                            <button type="button" class="secondary" id="generated-use" on:click=move |_| on_use.run(generated.get())>
                                {t!(i, generator_use_as_passphrase)}
                            </button>
                        </div>
                    </div>
                }.into_any())}
            </div>
        </details>
    }
}

/// The links after creation.
#[component]
fn LinkView(links: Links, #[prop(into)] on_again: Callback<()>) -> impl IntoView {
    let i: I18n = i18n();
    Effect::new(move |_| {
        // Keyboard and screen-reader users land on the result, not at the top of a vanished form.
        browser::focus("link-title", false);
        browser::mark("cinder:link");
    });
    let share = links.share.clone();
    let (expires_at, with_passphrase, views) = (links.expires_at, links.with_passphrase, links.views);
    // A link that opens more than once says how often, wherever the once-only texts would say "once".
    let counted = move |once: fn(&crate::i18n::Messages) -> &'static str, many: fn(&crate::i18n::Messages) -> &crate::i18n::Plural| {
        move || if views > 1 { i.lang.get().plural(many(i.m()), u64::from(views)) } else { once(i.m()).to_owned() }
    };
    // The label leaves the count to the help line under it: no count in a copy field's label.
    let label: fn(&crate::i18n::Messages) -> &'static str = if views > 1 { |m| m.link_label_views() } else { |m| m.link_label() };
    let mail = {
        let share = share.clone();
        let body = counted(|m| m.email_body(), |m| m.email_body_views());
        move || format::mailto(i.m().email_subject(), &body(), &share)
    };
    let expires = if views > 1 { |m: &crate::i18n::Messages| m.link_expires_views() } else { |m: &crate::i18n::Messages| m.link_expires() };
    let receipt = links.receipt.to_string();
    view! {
        <h1 tabindex="-1" id="link-title">{t!(i, link_title)}</h1>
        <section class="card" aria-labelledby="share-link-heading">
            <h2 class="sr-only" id="share-link-heading">{tr(i, label)}</h2>
            <CopyField id="share-link" label value=share.to_string() />
            <p id="link-help">{reactive_text(counted(|m| m.link_help(), |m| m.link_help_views()))}</p>
            {with_passphrase.then(|| view! { <p class="notice">{t!(i, link_passphrase_reminder)}</p> }.into_any())}
            <p class="hint">{reactive_text(move || crate::i18n::fill(expires(i.m()), &[("when", &when(i, expires_at))]))}</p>
            <div class="share-row">
                <QrCode text=share.to_string() />
                <a class="button secondary" id="share-email" href=mail>{t!(i, share_email)}</a>
            </div>
        </section>
        <section class="card private" aria-labelledby="receipt-heading">
            <h2 id="receipt-heading">{t!(i, receipt_title)}</h2>
            <p>{t!(i, receipt_help)}</p>
            <CopyField id="receipt-link" label=|m| m.receipt_label() value=receipt />
        </section>
        <p>
            <button type="button" class="secondary" id="create-another" on:click=move |_| on_again.run(())>
                {t!(i, create_another)}
            </button>
        </p>
    }
}
