//! The languages the page speaks and their messages, chosen from the browser's preferences or the visitor's pick.
//!
//! Translators work in Fluent files, `client/locales/<tag>.ftl`, English the source (docs/translating.md). The browser
//! reads the same messages as JSON, `client/i18n/<tag>.json`, written from the Fluent files by
//! `cargo run -p cinder-client --example catalogs` ([`source`], native only, which also checks every catalog against
//! English: no message missing or empty, the same placeholders, exactly the language's plural categories). English is
//! compiled into the bundles; another language's file is fetched only when that language is chosen, so an English first
//! load carries no other catalog (docs/benchmarks.md). Plural categories, numbers and units come from the browser's `Intl`
//! ([`crate::intl`]), not from rules written here.

#[cfg(not(target_arch = "wasm32"))]
pub mod source;

use crate::wire::Object;

/// Declares the catalog: the single texts every bundle shows, the create bundle's, the open bundle's and the request
/// bundle's own (it shows the open group's too: an opened answer is shown as an opened secret), then the plural messages
/// (a text per plural category) in the same four groups, each read by a method of its key's name. The messages are kept in arrays in
/// declaration order, so reading a catalog file is one loop over the keys rather than code per message (that code was
/// 2 KB of the page's wasm).
macro_rules! catalog {
    (
        common: $($common:ident),* ;
        create: $($create:ident),* ;
        open: $($open:ident),* ;
        request: $($request:ident),* ;
        plurals: common: $($pcommon:ident),* ; create: $($pcreate:ident),* ; open: $($popen:ident),* ;
        request: $($prequest:ident),* $(,)?
    ) => {
        /// Every user-visible string of the app in one language (in a bundle: the messages of its [`Part`], the others
        /// empty).
        pub struct Messages {
            texts: Box<[&'static str; Messages::TEXTS.len()]>,
            plurals: Box<[Plural; Messages::PLURALS.len()]>,
        }

        /// Each single text's place in [`Messages::TEXTS`].
        #[allow(non_camel_case_types, clippy::enum_variant_names)]
        enum Text { $($common,)* $($create,)* $($open,)* $($request,)* }

        /// Each plural message's place in [`Messages::PLURALS`].
        #[allow(non_camel_case_types, clippy::enum_variant_names)]
        enum PluralKey { $($pcommon,)* $($pcreate,)* $($popen,)* $($prequest,)* }

        impl Messages {
            /// The keys of the single texts, in declaration order: every bundle's, the create bundle's, the open
            /// bundle's, the request bundle's own.
            pub const TEXTS: &'static [&'static str] =
                &[$(stringify!($common),)* $(stringify!($create),)* $(stringify!($open),)* $(stringify!($request),)*];
            /// The keys of the plural messages, in the same order of groups.
            pub const PLURALS: &'static [&'static str] =
                &[$(stringify!($pcommon),)* $(stringify!($pcreate),)* $(stringify!($popen),)* $(stringify!($prequest),)*];
            /// Each group's keys on their own, so that a bundle's wasm holds the names of its own messages only (it
            /// reads its catalog through its [`PartKeys`]; [`Messages::TEXTS`] is for native code and tests).
            const COMMON_TEXTS: &'static [&'static str] = &[$(stringify!($common)),*];
            const CREATE_TEXTS: &'static [&'static str] = &[$(stringify!($create)),*];
            const OPEN_TEXTS: &'static [&'static str] = &[$(stringify!($open)),*];
            /// The request bundle's: the open group's, then its own (they follow each other in the catalog).
            const REQUEST_TEXTS: &'static [&'static str] = &[$(stringify!($open),)* $(stringify!($request)),*];
            const COMMON_PLURALS: &'static [&'static str] = &[$(stringify!($pcommon)),*];
            const CREATE_PLURALS: &'static [&'static str] = &[$(stringify!($pcreate)),*];
            const OPEN_PLURALS: &'static [&'static str] = &[$(stringify!($popen)),*];
            const REQUEST_PLURALS: &'static [&'static str] = &[$(stringify!($popen),)* $(stringify!($prequest)),*];
            /// How many texts every bundle shows, then how many the create group and the open group hold.
            const SHARED: [usize; 3] =
                [<[&str]>::len(&[$(stringify!($common)),*]), <[&str]>::len(&[$(stringify!($create)),*]), <[&str]>::len(&[$(stringify!($open)),*])];
            /// The same for the plural messages.
            const SHARED_PLURALS: [usize; 3] = [
                <[&str]>::len(&[$(stringify!($pcommon)),*]),
                <[&str]>::len(&[$(stringify!($pcreate)),*]),
                <[&str]>::len(&[$(stringify!($popen)),*]),
            ];

            $(#[allow(missing_docs)] pub fn $common(&self) -> &'static str { self.texts[Text::$common as usize] })*
            $(#[allow(missing_docs)] pub fn $create(&self) -> &'static str { self.texts[Text::$create as usize] })*
            $(#[allow(missing_docs)] pub fn $open(&self) -> &'static str { self.texts[Text::$open as usize] })*
            $(#[allow(missing_docs)] pub fn $request(&self) -> &'static str { self.texts[Text::$request as usize] })*
            $(#[allow(missing_docs)] pub fn $pcommon(&self) -> &Plural { &self.plurals[PluralKey::$pcommon as usize] })*
            $(#[allow(missing_docs)] pub fn $pcreate(&self) -> &Plural { &self.plurals[PluralKey::$pcreate as usize] })*
            $(#[allow(missing_docs)] pub fn $popen(&self) -> &Plural { &self.plurals[PluralKey::$popen as usize] })*
            $(#[allow(missing_docs)] pub fn $prequest(&self) -> &Plural { &self.plurals[PluralKey::$prequest as usize] })*
        }
    };
}

/// The messages one bundle shows, and so what its catalog files hold (`client/i18n/<part>/<tag>.json`): a first load
/// carries only its own pages' words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The create bundle: the create page and not found.
    Create,
    /// The open bundle: open, receipt and privacy.
    Open,
    /// The request bundle: asking for a secret, answering, and the asker's page (the open group's messages and its own).
    Request,
}

/// A part and the names of its messages, which its bundle passes to [`begin`]: the only place a bundle names the keys
/// it reads, so that its wasm holds no other part's (a `match` on the part would link every part's names in).
#[derive(Clone, Copy, Debug)]
pub struct PartKeys {
    /// The part.
    pub part: Part,
    /// Its own single texts (the shared ones come from [`Messages`] itself), and where in the catalog they start.
    texts: &'static [&'static str],
    text_offset: usize,
    /// Its own plural messages, and where they start.
    plurals: &'static [&'static str],
    plural_offset: usize,
}

impl PartKeys {
    /// The create bundle's.
    pub const CREATE: PartKeys = PartKeys {
        part: Part::Create,
        texts: Messages::CREATE_TEXTS,
        text_offset: Messages::SHARED[0],
        plurals: Messages::CREATE_PLURALS,
        plural_offset: Messages::SHARED_PLURALS[0],
    };
    /// The open bundle's.
    pub const OPEN: PartKeys = PartKeys {
        part: Part::Open,
        texts: Messages::OPEN_TEXTS,
        text_offset: Messages::SHARED[0] + Messages::SHARED[1],
        plurals: Messages::OPEN_PLURALS,
        plural_offset: Messages::SHARED_PLURALS[0] + Messages::SHARED_PLURALS[1],
    };
    /// The request bundle's.
    pub const REQUEST: PartKeys = PartKeys {
        part: Part::Request,
        texts: Messages::REQUEST_TEXTS,
        text_offset: Messages::SHARED[0] + Messages::SHARED[1],
        plurals: Messages::REQUEST_PLURALS,
        plural_offset: Messages::SHARED_PLURALS[0] + Messages::SHARED_PLURALS[1],
    };
}

impl Part {
    /// Every part.
    pub const ALL: [Part; 3] = [Part::Create, Part::Open, Part::Request];

    /// Its keys (natively and in tests; a bundle has its own [`PartKeys`] constant).
    pub fn keys(self) -> PartKeys {
        match self {
            Part::Create => PartKeys::CREATE,
            Part::Open => PartKeys::OPEN,
            Part::Request => PartKeys::REQUEST,
        }
    }

    /// Its folder under `client/i18n/` (and `/i18n/` on the server).
    pub fn name(self) -> &'static str {
        match self {
            Part::Create => "create",
            Part::Open => "open",
            Part::Request => "request",
        }
    }

    /// Whether text `key` (a key of [`Messages::TEXTS`]) is among this part's messages; unknown keys are not.
    pub fn has(self, key: &str) -> bool {
        Messages::TEXTS.iter().position(|k| *k == key).is_some_and(|index| self.has_index(index))
    }

    /// The same for plural message `key` (a key of [`Messages::PLURALS`]).
    pub fn has_plural(self, key: &str) -> bool {
        Messages::PLURALS.iter().position(|k| *k == key).is_some_and(|index| self.in_group(index, Messages::SHARED_PLURALS))
    }

    fn has_index(self, index: usize) -> bool {
        self.in_group(index, Messages::SHARED)
    }

    /// Whether the `index`th key of a list grouped as every bundle's, the create group's, the open group's and the
    /// request group's (the first three `shared`, `create` and `open` long) is this part's.
    fn in_group(self, index: usize, [shared, create, open]: [usize; 3]) -> bool {
        let (create_end, open_end) = (shared + create, shared + create + open);
        index < shared
            || match self {
                Part::Create => index < create_end,
                Part::Open => (create_end..open_end).contains(&index),
                Part::Request => index >= create_end,
            }
    }
}

impl Messages {
    /// Every single text as (key, message), in declaration order.
    pub fn texts(&self) -> Vec<(&'static str, &'static str)> {
        Messages::TEXTS.iter().copied().zip(self.texts.iter().copied()).collect()
    }

    /// Reads `lang`'s catalog file (parsed) for the part `keys` names, or for both parts when `None` (natively): `None`
    /// if any of those messages, or any of the language's plural categories, is missing. The other part's messages are
    /// empty. Its strings live as long as the page.
    pub fn from_object(o: &impl Object, lang: Lang, keys: Option<PartKeys>) -> Option<Messages> {
        let text = |key: &str| Some(&*String::leak(o.string(key)?));
        let plural = |key: &str| Plural::from_object(&o.child(key)?, lang);
        let mut texts: Vec<&'static str> = vec![""; Messages::TEXTS.len()];
        let mut plurals: Vec<Plural> = (0..Messages::PLURALS.len()).map(|_| Plural(Vec::new())).collect();
        let groups = match keys {
            Some(k) => [(Messages::COMMON_TEXTS, 0, Messages::COMMON_PLURALS, 0), (k.texts, k.text_offset, k.plurals, k.plural_offset)],
            #[cfg(not(target_arch = "wasm32"))]
            None => [(Messages::TEXTS, 0, Messages::PLURALS, 0), (&[], 0, &[], 0)],
            #[cfg(target_arch = "wasm32")]
            None => return None,
        };
        for (text_keys, text_at, plural_keys, plural_at) in groups {
            for (i, key) in text_keys.iter().enumerate() {
                texts[text_at + i] = text(key)?;
            }
            for (i, key) in plural_keys.iter().enumerate() {
                plurals[plural_at + i] = plural(key)?;
            }
        }
        Some(Messages { texts: texts.try_into().ok()?, plurals: plurals.try_into().ok()? })
    }
}

catalog! {
    common:
    // Both bundles. Chrome: header, footer, language switcher; the instance's own words (CINDER_INSTANCE_FILE): labels
    // before the operator's texts.
    app_name, tagline, nav_create, nav_request, nav_privacy, language_label, footer_note, instance_operator, instance_note,
    // What either page says while it works or when it fails (`pages::Problem`).
    generator_need_class, creating, reading_files, deriving_key,
    err_empty, err_too_large, err_file_unreadable, err_unreachable, err_rate_limited, err_full, err_server, err_unexpected,
    create_off, create_sign_in, create_not_allowed, checking, opening, open_failed_decrypt, open_interrupted,
    // Components more than one bundle uses: copy fields, QR codes, notices, picked files; the not-found page.
    copy, copied, copy_failed, qr_label, refresh, not_found_title, not_found_body,
    files_label, files_hint, files_drop, file_remove, files_total;
    create:
    // Create page.
    create_title, create_intro, text_label, text_hint,
    passphrase_label, passphrase_hint, passphrase_show, passphrase_hide,
    generator_title, generator_length, generator_lower, generator_upper, generator_digits, generator_symbols,
    generator_generate, generator_result, generator_insert, generator_use_as_passphrase,
    expiry_label, views_label, views_hint, create_button, create_sign_in_link,
    // Link view.
    link_title, link_label, link_label_views, link_help, link_expires, link_expires_views, link_passphrase_reminder,
    share_email, email_subject, email_body, receipt_title, receipt_help, receipt_label, create_another;
    open:
    // Open page.
    open_title, open_waiting, open_expires, open_needs_passphrase, open_passphrase_label, open_button,
    open_unavailable_title, open_unavailable, open_bad_link,
    opened_title, opened_text_label, opened_clipboard, opened_destroyed, opened_files, download, opened_empty,
    opened_burn_rest, opened_burn_confirm,
    // Receipt page.
    receipt_page_title, receipt_intro, receipt_state_label, state_waiting, state_opened, state_burned, state_expired,
    receipt_expires, receipt_expired_at, receipt_opens_label, receipt_gone, receipt_bad_link, burn_button, burn_question, burn_confirm, cancel,
    burned_done, receipt_watching, receipt_notify, receipt_notify_on, receipt_notify_blocked, receipt_changed,
    // Privacy page.
    privacy_title, privacy_encryption, privacy_stored, privacy_deleted, privacy_tracking, privacy_logs, privacy_language;
    request:
    // Asking (/request), then the two links.
    request_title, request_intro, request_note_label, request_note_hint, request_note_too_long, request_expiry_label,
    request_button, requested_title, request_link_label, request_link_help, request_private_title, request_private_help,
    request_private_label, request_expires,
    // Answering (/q).
    answer_title, answer_note_label, answer_no_note, answer_text_label, answer_hint, answer_anyone, answer_expires,
    answer_button, answered_title, answered_body, answer_unavailable_title, answer_unavailable,
    // The asker's private page (/a).
    asker_title, asker_note_label, asker_waiting, asker_answered, asker_changed, asker_open_button, asker_gone, asker_expires;
    plurals:
    // A wrong passphrase happens only on the open page, though the shared `pages::Problem` names it.
    common: ;
    create: link_help_views, email_body_views;
    open: open_wrong_passphrase, open_waiting_views, opened_views_left, opened_burn_question, state_waiting_views, state_expired_views, receipt_views_total;
    request: ,
}

/// A message that varies with a count: one text per CLDR plural category of its language, each with an `{n}`.
pub struct Plural(Vec<(&'static str, &'static str)>);

impl Plural {
    fn from_object(o: &impl Object, lang: Lang) -> Option<Plural> {
        let forms = lang.plural_categories().iter().map(|&c| Some((c, &*String::leak(o.string(c)?)))).collect::<Option<_>>()?;
        Some(Plural(forms))
    }

    /// The text for `category`, or the `other` one (every language has it).
    pub fn form(&self, category: &str) -> &'static str {
        let find = |c: &str| self.0.iter().find(|(k, _)| *k == c).map(|(_, text)| *text);
        find(category).or_else(|| find("other")).unwrap_or_default()
    }
}

/// Writing direction of a language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic, Hebrew, Persian).
    Rtl,
}

/// Declares [`Lang`] from one table: variant, BCP 47 tag, the language's own name, direction, CLDR cardinal categories.
macro_rules! languages {
    ($($variant:ident $tag:literal $endonym:literal $dir:ident [$($cat:ident)*];)*) => {
        /// A language the app speaks.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Lang {
            $(#[doc = $endonym] $variant,)*
        }

        const COUNT: usize = [$($tag),*].len();

        impl Lang {
            /// Every language, in the order the switcher lists them (by their own names, Latin script first).
            pub const ALL: [Lang; COUNT] = [$(Lang::$variant),*];

            /// The BCP 47 tag: `<html lang>`, `Intl`, the catalog's file name.
            pub fn tag(self) -> &'static str {
                match self { $(Lang::$variant => $tag,)* }
            }

            /// The language's own name, shown in the switcher (the same in every language, so a lost visitor finds theirs).
            pub fn endonym(self) -> &'static str {
                match self { $(Lang::$variant => $endonym,)* }
            }

            /// Its writing direction, for `<html dir>`.
            pub fn dir(self) -> Dir {
                match self { $(Lang::$variant => Dir::$dir,)* }
            }

            /// Its CLDR plural categories for cardinal numbers, `other` last: what each plural message must give, and
            /// what the browser's `Intl.PluralRules` can answer (the e2e suite checks the two agree).
            pub fn plural_categories(self) -> &'static [&'static str] {
                match self { $(Lang::$variant => &[$(stringify!($cat)),*],)* }
            }
        }
    };
}

languages! {
    Id "id" "Bahasa Indonesia" Ltr [other];
    Cs "cs" "Čeština" Ltr [one few many other];
    Da "da" "Dansk" Ltr [one other];
    De "de" "Deutsch" Ltr [one other];
    Et "et" "Eesti" Ltr [one other];
    En "en" "English" Ltr [one other];
    Es "es" "Español" Ltr [one many other];
    Fr "fr" "Français" Ltr [one many other];
    Ga "ga" "Gaeilge" Ltr [one two few many other];
    Hr "hr" "Hrvatski" Ltr [one few other];
    It "it" "Italiano" Ltr [one many other];
    Lv "lv" "Latviešu" Ltr [zero one other];
    Lt "lt" "Lietuvių" Ltr [one few many other];
    Hu "hu" "Magyar" Ltr [one other];
    Mt "mt" "Malti" Ltr [one two few many other];
    Nl "nl" "Nederlands" Ltr [one other];
    Nb "nb" "Norsk bokmål" Ltr [one other];
    Pl "pl" "Polski" Ltr [one few many other];
    Pt "pt" "Português (Portugal)" Ltr [one many other];
    PtBr "pt-BR" "Português (Brasil)" Ltr [one many other];
    Ro "ro" "Română" Ltr [one few other];
    Sk "sk" "Slovenčina" Ltr [one few many other];
    Sl "sl" "Slovenščina" Ltr [one two few other];
    Fi "fi" "Suomi" Ltr [one other];
    Sv "sv" "Svenska" Ltr [one other];
    Vi "vi" "Tiếng Việt" Ltr [other];
    Tr "tr" "Türkçe" Ltr [one other];
    El "el" "Ελληνικά" Ltr [one other];
    Bg "bg" "Български" Ltr [one other];
    Ru "ru" "Русский" Ltr [one few many other];
    Uk "uk" "Українська" Ltr [one few many other];
    He "he" "עברית" Rtl [one two other];
    Ar "ar" "العربية" Rtl [zero one two few many other];
    Fa "fa" "فارسی" Rtl [one other];
    Hi "hi" "हिन्दी" Ltr [one other];
    Ko "ko" "한국어" Ltr [other];
    Ja "ja" "日本語" Ltr [other];
    ZhHans "zh-Hans" "中文（简体）" Ltr [other];
    ZhHant "zh-Hant" "中文（繁體）" Ltr [other];
}

impl Lang {
    /// The catalog: English until this language's file has arrived ([`Lang::is_loaded`]).
    pub fn messages(self) -> &'static Messages {
        catalog(self).unwrap_or_else(english)
    }

    /// Whether this language's catalog is here (English always is).
    pub fn is_loaded(self) -> bool {
        catalog(self).is_some()
    }

    /// Keeps a catalog fetched for this language; later ones are ignored.
    pub fn install(self, messages: Messages) {
        let _ = LOADED[self as usize].set(messages);
    }

    /// Where the browser fetches this language's catalog.
    pub fn catalog_path(self, part: Part) -> String {
        format!("/i18n/{}/{}.json", part.name(), self.tag())
    }

    /// The language a BCP 47 tag asks for, if we speak it: `sv-SE` → Swedish, `pt-BR` → Brazilian Portuguese and other
    /// `pt` → European, `zh-TW`/`zh-HK`/`zh-Hant-*` → Traditional Chinese and other `zh` → Simplified, `no`/`nn` → Bokmål.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim().replace('_', "-").to_ascii_lowercase();
        let mut parts = tag.split('-');
        let primary = parts.next()?;
        let rest: Vec<&str> = parts.collect();
        let has = |subtag: &str| rest.contains(&subtag);
        let wanted = match primary {
            "pt" if has("br") => "pt-BR",
            "zh" if has("hant") || (!has("hans") && (has("tw") || has("hk") || has("mo"))) => "zh-Hant",
            "zh" => "zh-Hans",
            "no" | "nn" | "nb" => "nb",
            other => other,
        };
        Lang::ALL.into_iter().find(|l| l.tag() == wanted)
    }

    /// The visitor's remembered choice if valid, else the first browser preference we speak, else English.
    pub fn choose<'a>(remembered: Option<&str>, preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        remembered.and_then(Lang::from_tag).or_else(|| preferred.into_iter().find_map(Lang::from_tag)).unwrap_or(Lang::En)
    }

    /// `message`'s form for the count `n` (the category from the browser's `Intl.PluralRules`), `{n}` filled with the
    /// number as this language writes it.
    pub fn plural(self, message: &Plural, n: u64) -> String {
        let form = message.form(&crate::intl::plural_category(self.tag(), n));
        fill(form, &[("n", &crate::intl::number(self.tag(), n))])
    }
}

/// Catalogs fetched in this page, by [`Lang`].
static LOADED: [std::sync::OnceLock<Messages>; COUNT] = [const { std::sync::OnceLock::new() }; COUNT];

/// This bundle's part and its English catalog file (compiled in), given once by [`begin`] before anything is shown.
static BUNDLE: std::sync::OnceLock<(PartKeys, &'static str)> = std::sync::OnceLock::new();

/// Tells the catalog which bundle this is: the part its catalog files hold (with its keys), and its English file.
pub fn begin(keys: PartKeys, english: &'static str) {
    let _ = BUNDLE.set((keys, english));
}

/// The part this bundle's catalogs hold; `None` natively (tests), where every catalog is read whole.
pub fn part() -> Option<Part> {
    BUNDLE.get().map(|(keys, _)| keys.part)
}

/// The English catalog: in a bundle from its compiled-in file, natively from both parts' files.
fn english() -> &'static Messages {
    static ENGLISH: std::sync::OnceLock<Messages> = std::sync::OnceLock::new();
    ENGLISH.get_or_init(|| {
        let read = match BUNDLE.get() {
            Some((_, file)) => read_catalog(file, Lang::En),
            #[cfg(not(target_arch = "wasm32"))]
            None => read_whole(Lang::En),
            #[cfg(target_arch = "wasm32")]
            None => None,
        };
        read.expect("the English catalog holds every message (and the bundle has begun)")
    })
}

/// Reads a catalog file of this bundle's part: `None` if it is not JSON or lacks a message.
pub fn read_catalog(text: &str, lang: Lang) -> Option<Messages> {
    #[cfg(target_arch = "wasm32")]
    let parsed = js_sys::JSON::parse(text).ok()?;
    #[cfg(not(target_arch = "wasm32"))]
    let parsed: serde_json::Value = serde_json::from_str(text).ok()?;
    Messages::from_object(&parsed, lang, BUNDLE.get().map(|(keys, _)| *keys))
}

/// `client/i18n/<part>/<tag>.json`, what a bundle fetches (English's is compiled in), natively.
#[cfg(not(target_arch = "wasm32"))]
pub fn file_path(part: Part, lang: Lang) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n").join(part.name()).join(format!("{}.json", lang.tag()))
}

/// Natively, `lang`'s catalog from both parts' files, every message.
#[cfg(not(target_arch = "wasm32"))]
fn read_whole(lang: Lang) -> Option<Messages> {
    let mut whole = serde_json::Map::new();
    for part in Part::ALL {
        let text = std::fs::read_to_string(file_path(part, lang)).ok()?;
        whole.extend(serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(&text).ok()?);
    }
    Messages::from_object(&serde_json::Value::Object(whole), lang, None)
}

/// English always; in the browser another language once fetched; natively every language, from its files (for tests).
fn catalog(lang: Lang) -> Option<&'static Messages> {
    if lang == Lang::En {
        return Some(english());
    }
    #[cfg(not(target_arch = "wasm32"))]
    if LOADED[lang as usize].get().is_none() {
        if let Some(messages) = read_whole(lang) {
            lang.install(messages);
        }
    }
    LOADED[lang as usize].get()
}

/// `value` isolated from the text around it (Unicode's FSI…PDI, the text form of `<bdi>`): a file name keeps its own
/// direction inside a sentence of the other (an Arabic name in English, `report.pdf` in Hebrew) and moves nothing around it.
pub fn isolate(value: &str) -> String {
    format!("\u{2068}{value}\u{2069}")
}

/// Replaces each `{name}` placeholder in `template` with its value, in one pass over the template: a value is never read
/// for placeholders (a file named `{size}` stays so). Braces that name no value are kept as they are.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let filled = after.split_once('}').and_then(|(name, tail)| values.iter().find(|(n, _)| *n == name).map(|(_, v)| (*v, tail)));
        match filled {
            Some((value, tail)) => {
                out.push_str(value);
                rest = tail;
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(not(target_arch = "wasm32"))] // Reads the files, as only a native build does.
    fn every_catalog_file_reads_back_whole() {
        // The loader the browser runs reads every language's files with every message; one missing a message is refused.
        for lang in Lang::ALL {
            assert!(lang.is_loaded(), "{}: client/i18n/*/{}.json do not read", lang.tag(), lang.tag());
            assert_eq!(lang.messages().texts().len(), Messages::TEXTS.len());
            for part in Part::ALL {
                let file: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(file_path(part, lang)).unwrap()).unwrap();
                let read = Messages::from_object(&file, lang, Some(part.keys())).expect("a part's file reads");
                for (key, text) in read.texts() {
                    assert_eq!(text.is_empty(), !part.has(key), "{} {}: {key}", part.name(), lang.tag());
                }
            }
        }
        let english = std::fs::read_to_string(file_path(Part::Create, Lang::En)).unwrap();
        let mut partial: serde_json::Value = serde_json::from_str(&english).unwrap();
        partial.as_object_mut().unwrap().remove("copy");
        assert!(Messages::from_object(&partial, Lang::En, Some(PartKeys::CREATE)).is_none(), "a file missing a message is refused");
        let mut plural: serde_json::Value = serde_json::from_str(&english).unwrap();
        plural["link_help_views"].as_object_mut().unwrap().remove("one");
        assert!(Messages::from_object(&plural, Lang::En, Some(PartKeys::CREATE)).is_none(), "a plural missing a category is refused");
        assert_eq!(Lang::Sv.catalog_path(Part::Open), "/i18n/open/sv.json");
    }

    #[test]
    fn each_bundle_shows_only_its_parts_messages() {
        // A bundle reads only its part's messages (the others are empty there), so a page may use only those: the create
        // page its part's, the open, receipt and privacy pages theirs, and everything both bundles run the shared ones.
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files = vec![src.join("lib.rs")];
        for dir in ["pages", "components"] {
            files.extend(std::fs::read_dir(src.join(dir)).unwrap().map(|e| e.unwrap().path()));
        }
        for file in files {
            let name = file.file_name().unwrap().to_str().unwrap();
            let parts: &[Part] = match name {
                "create.rs" => &[Part::Create],
                // The asker's page shows an opened answer with the open page's own view.
                "open.rs" | "confirm.rs" => &[Part::Open, Part::Request],
                "receipt.rs" | "privacy.rs" => &[Part::Open],
                "ask.rs" | "answer.rs" | "asker.rs" => &[Part::Request],
                _ => &Part::ALL,
            };
            let code = std::fs::read_to_string(&file).unwrap();
            for key in Messages::TEXTS {
                let used = [format!("t!(i, {key})"), format!(".{key}()"), format!("Messages::{key}")].iter().any(|u| code.contains(u));
                assert!(!used || parts.iter().all(|part| part.has(key)), "{name} uses `{key}`, which {parts:?} does not all hold");
            }
            for key in Messages::PLURALS {
                // The shared `Problem` names a wrong passphrase, which only an open can answer: the open part's.
                let exempt = name == "mod.rs" && *key == "open_wrong_passphrase";
                let used = code.contains(&format!(".{key}()")) && !exempt;
                assert!(!used || parts.iter().all(|part| part.has_plural(key)), "{name} uses `{key}`, which {parts:?} does not all hold");
            }
        }
    }

    #[test]
    fn operators_write_gone_notes_in_the_languages_the_page_speaks() {
        // The server refuses `[gone]` tags outside this list (CINDER_INSTANCE_FILE): it must be exactly the catalogs.
        assert_eq!(Lang::ALL.map(Lang::tag), shared::api::INSTANCE_LANGUAGES);
    }

    #[test]
    fn visitor_gets_their_browser_language() {
        assert_eq!(Lang::choose(None, ["sv-SE", "en-US"]), Lang::Sv);
        assert_eq!(Lang::choose(None, ["xx-XX", "uk"]), Lang::Uk);
        assert_eq!(Lang::choose(None, ["BG"]), Lang::Bg);
        assert_eq!(Lang::choose(None, ["tlh", "eo"]), Lang::En);
        assert_eq!(Lang::choose(None, []), Lang::En);
        assert_eq!(Lang::choose(None, ["de-AT"]), Lang::De);
        assert_eq!(Lang::choose(None, ["pt-BR"]), Lang::PtBr);
        assert_eq!(Lang::choose(None, ["pt_br"]), Lang::PtBr);
        assert_eq!(Lang::choose(None, ["pt-PT"]), Lang::Pt);
        assert_eq!(Lang::choose(None, ["pt"]), Lang::Pt);
        assert_eq!(Lang::choose(None, ["zh-TW"]), Lang::ZhHant);
        assert_eq!(Lang::choose(None, ["zh-Hant-HK"]), Lang::ZhHant);
        assert_eq!(Lang::choose(None, ["zh-HK"]), Lang::ZhHant);
        assert_eq!(Lang::choose(None, ["zh-CN"]), Lang::ZhHans);
        assert_eq!(Lang::choose(None, ["zh"]), Lang::ZhHans);
        assert_eq!(Lang::choose(None, ["zh-Hans-SG"]), Lang::ZhHans);
        assert_eq!(Lang::choose(None, ["no"]), Lang::Nb);
        assert_eq!(Lang::choose(None, ["nn-NO"]), Lang::Nb);
        assert_eq!(Lang::choose(None, ["ar-EG"]), Lang::Ar);
    }

    #[test]
    fn visitor_choice_is_remembered_over_browser_language() {
        assert_eq!(Lang::choose(Some("bg"), ["sv-SE"]), Lang::Bg);
        assert_eq!(Lang::choose(Some("garbage"), ["sv-SE"]), Lang::Sv);
        assert_eq!(Lang::choose(Some("zh-Hant"), ["sv-SE"]), Lang::ZhHant);
    }

    #[test]
    fn every_tag_reads_back_as_its_language() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang), "{}", lang.tag());
            assert_eq!(lang.plural_categories().last(), Some(&"other"), "{}", lang.tag());
        }
        let rtl: Vec<&str> = Lang::ALL.into_iter().filter(|l| l.dir() == Dir::Rtl).map(Lang::tag).collect();
        assert_eq!(rtl, ["he", "ar", "fa"]);
    }

    #[test]
    fn counts_take_the_right_plural_form() {
        // Natively the category is English's (the browser's Intl.PluralRules decides in the page: e2e checks Ukrainian).
        assert_eq!(
            Lang::En.plural(Lang::En.messages().open_wrong_passphrase(), 1),
            "Wrong passphrase. 1 attempt left before the secret is destroyed."
        );
        assert_eq!(
            Lang::En.plural(Lang::En.messages().open_wrong_passphrase(), 4),
            "Wrong passphrase. 4 attempts left before the secret is destroyed."
        );
        let uk = Lang::Uk.messages().open_wrong_passphrase();
        assert!(uk.form("few").contains("спроби") && uk.form("many").contains("спроб,"));
        assert_eq!(uk.form("no such category"), uk.form("other"));
    }

    #[test]
    fn placeholders_are_filled() {
        assert_eq!(fill("Remove {name} ({name})", &[("name", "a.txt")]), "Remove a.txt (a.txt)");
        // One pass: what a value holds is never taken for a placeholder, whatever the order of the values.
        let values = [("name", "{size}"), ("size", "3 KB")];
        assert_eq!(fill("Download {name} ({size})", &values), "Download {size} (3 KB)");
        assert_eq!(fill("{size}: {name}", &values), "3 KB: {size}");
        assert_eq!(fill("{a}", &[("a", "{b}"), ("b", "{a}")]), "{b}");
        // Braces that are not a known placeholder stay.
        assert_eq!(fill("{x} {n} {{n}} {n", &[("n", "1")]), "{x} 1 {1} {n");
        assert_eq!(fill("ünï{n}çødé", &[("n", "✓")]), "ünï✓çødé");
    }
}
