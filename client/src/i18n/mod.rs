//! The message catalog: every user-visible string in every language, chosen from the browser's preferences or the visitor's pick.
//!
//! A catalog is one struct literal per language, so a key missing in any language does not compile; the tests below check what
//! the compiler cannot (no empty message, the same placeholders and the right number of plural forms everywhere).
//!
//! Only English is compiled into the browser bundles. The other catalogs reach the browser as files, `client/i18n/<tag>.json`
//! (written from the struct literals by `cargo run -p cinder-client --example catalogs`, checked by a test), fetched when that
//! language is chosen: an English first load does not carry three languages it will not show (docs/benchmarks.md).

#[cfg(not(target_arch = "wasm32"))]
mod bg;
mod en;
#[cfg(not(target_arch = "wasm32"))]
mod sv;
#[cfg(not(target_arch = "wasm32"))]
mod uk;

/// Declares the catalog struct, with a list of its entries for the tests.
macro_rules! catalog {
    ($($key:ident),* $(,)?) => {
        /// Every user-visible string of the app in one language. Plural messages hold their forms separated by `|`.
        pub struct Messages {
            $(#[allow(missing_docs)] pub $key: &'static str,)*
        }

        impl Messages {
            /// Every (key, message) pair, in declaration order.
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($key), self.$key)),*]
            }

            /// Reads a catalog file (parsed); `None` if any message is missing. Its strings live as long as the page.
            pub fn from_object(o: &impl crate::wire::Object) -> Option<Messages> {
                Some(Messages { $($key: String::leak(o.string(stringify!($key))?),)* })
            }
        }
    };
}

catalog! {
    // Chrome: header, footer, language switcher.
    app_name, tagline, nav_create, nav_privacy, language_label, footer_note,
    // The instance's own words (CINDER_INSTANCE_FILE): labels before the operator's texts.
    instance_operator, instance_note,
    // Create page.
    create_title, create_intro, text_label, text_hint, files_label, files_hint, files_drop, file_remove, files_total,
    passphrase_label, passphrase_hint, passphrase_show, passphrase_hide,
    generator_title, generator_length, generator_lower, generator_upper, generator_digits, generator_symbols,
    generator_generate, generator_result, generator_insert, generator_use_as_passphrase, generator_need_class,
    expiry_label, create_button, creating, reading_files, deriving_key,
    err_empty, err_too_large, err_file_unreadable, err_unreachable, err_rate_limited, err_full, err_server, err_unexpected,
    create_off, create_sign_in, create_sign_in_link, create_not_allowed,
    // Link view.
    link_title, link_label, link_help, link_expires, link_passphrase_reminder, copy, copied, copy_failed, qr_label,
    share_email, email_subject, email_body, receipt_title, receipt_help, receipt_label, create_another,
    // Open page.
    open_title, checking, open_waiting, open_expires, open_needs_passphrase, open_passphrase_label, open_button, opening,
    open_wrong_passphrase, open_unavailable_title, open_unavailable, open_bad_link, open_failed_decrypt, open_interrupted,
    opened_title, opened_text_label, opened_clipboard, opened_destroyed, opened_files, download, opened_empty,
    // Receipt page.
    receipt_page_title, receipt_intro, receipt_state_label, state_waiting, state_opened, state_burned, state_expired,
    receipt_expires, receipt_expired_at, receipt_gone, receipt_bad_link, refresh, burn_button, burn_question, burn_confirm, cancel,
    burned_done,
    // Privacy page.
    privacy_title, privacy_encryption, privacy_stored, privacy_deleted, privacy_tracking, privacy_logs, privacy_language,
    // Not found.
    not_found_title, not_found_body,
    // Units and numbers.
    unit_seconds, unit_minutes, unit_hours, unit_days, size_bytes, size_kb, size_mb, decimal_separator,
}

/// A language the app speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English.
    En,
    /// Swedish.
    Sv,
    /// Bulgarian.
    Bg,
    /// Ukrainian.
    Uk,
}

impl Lang {
    /// Every language, in the order the switcher lists them.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Sv, Lang::Bg, Lang::Uk];

    /// The BCP 47 tag, for `<html lang>` and date formatting.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Sv => "sv",
            Lang::Bg => "bg",
            Lang::Uk => "uk",
        }
    }

    /// The language's own name, shown in the switcher (the same in every language, so a lost visitor finds theirs).
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Sv => "Svenska",
            Lang::Bg => "Български",
            Lang::Uk => "Українська",
        }
    }

    /// The catalog: English until this language's file has arrived ([`Lang::is_loaded`]).
    pub fn messages(self) -> &'static Messages {
        catalog(self).unwrap_or(&en::EN)
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
    pub fn catalog_path(self) -> String {
        format!("/i18n/{}.json", self.tag())
    }

    /// The language a BCP 47 tag asks for (`sv-SE` → Swedish), if we speak it.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.tag() == primary)
    }

    /// The visitor's remembered choice if valid, else the first browser preference we speak, else English.
    pub fn choose<'a>(remembered: Option<&str>, preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        remembered.and_then(Lang::from_tag).or_else(|| preferred.into_iter().find_map(Lang::from_tag)).unwrap_or(Lang::En)
    }

    /// How many plural forms this language's messages carry.
    pub fn plural_forms(self) -> usize {
        match self {
            Lang::Uk => 3,
            Lang::En | Lang::Sv | Lang::Bg => 2,
        }
    }

    /// Which plural form (index into the `|`-separated forms) fits the count `n` (CLDR rules for integers).
    pub fn plural_index(self, n: u64) -> usize {
        match self {
            Lang::En | Lang::Sv | Lang::Bg => usize::from(n != 1),
            Lang::Uk => match (n % 10, n % 100) {
                (1, r) if r != 11 => 0,
                (2..=4, r) if !(12..=14).contains(&r) => 1,
                _ => 2,
            },
        }
    }

    /// Picks the plural form of `message` for `n` and fills its `{n}` placeholder.
    pub fn plural(self, message: &str, n: u64) -> String {
        let form = message.split('|').nth(self.plural_index(n)).unwrap_or(message);
        fill(form, &[("n", &n.to_string())])
    }
}

/// Catalogs fetched in this page, by [`Lang`].
static LOADED: [std::sync::OnceLock<Messages>; Lang::ALL.len()] = [const { std::sync::OnceLock::new() }; Lang::ALL.len()];

/// The compiled-in catalog of `lang` (all four natively, English only in the browser), else a fetched one.
fn catalog(lang: Lang) -> Option<&'static Messages> {
    #[cfg(not(target_arch = "wasm32"))]
    let built_in = match lang {
        Lang::En => &en::EN,
        Lang::Sv => &sv::SV,
        Lang::Bg => &bg::BG,
        Lang::Uk => &uk::UK,
    };
    #[cfg(target_arch = "wasm32")]
    let built_in = match lang {
        Lang::En => &en::EN,
        _ => return LOADED[lang as usize].get(),
    };
    Some(built_in)
}

/// A catalog as the file the browser fetches: one JSON object, messages by key in declaration order.
pub fn catalog_file(messages: &Messages) -> String {
    let mut out = String::from("{");
    for (n, (key, message)) in messages.entries().into_iter().enumerate() {
        out.push_str(if n == 0 { "\n" } else { ",\n" });
        crate::wire::string(&mut out, key);
        out.push(':');
        crate::wire::string(&mut out, message);
    }
    out.push_str("\n}\n");
    out
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

/// The `{name}` placeholders a message uses, sorted and deduplicated.
fn placeholders(message: &str) -> Vec<&str> {
    let mut names: Vec<&str> = message.split('{').skip(1).filter_map(|rest| rest.split_once('}').map(|(name, _)| name)).collect();
    names.sort_unstable();
    names.dedup();
    names
}

/// Keys whose messages are plural forms separated by `|`.
const PLURAL_KEYS: &[&str] = &["open_wrong_passphrase", "unit_seconds", "unit_minutes", "unit_hours", "unit_days", "size_bytes"];

/// Problems with a catalog compared with English: empty messages, placeholders that differ, wrong plural form counts.
pub fn catalog_problems(lang: Lang) -> Vec<String> {
    let english = Lang::En.messages().entries();
    let mut problems = Vec::new();
    for ((key, message), (_, reference)) in lang.messages().entries().into_iter().zip(english) {
        if message.trim().is_empty() {
            problems.push(format!("{}: `{key}` is empty", lang.tag()));
        }
        if message != message.trim() {
            problems.push(format!("{}: `{key}` has leading or trailing whitespace", lang.tag()));
        }
        if placeholders(message) != placeholders(reference) {
            problems.push(format!(
                "{}: `{key}` has placeholders {:?}, English has {:?}",
                lang.tag(),
                placeholders(message),
                placeholders(reference)
            ));
        }
        let forms = message.split('|').count();
        let wanted = if PLURAL_KEYS.contains(&key) { lang.plural_forms() } else { 1 };
        if forms != wanted {
            problems.push(format!("{}: `{key}` has {forms} plural forms, wants {wanted}", lang.tag()));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_message() {
        let problems: Vec<String> = Lang::ALL.into_iter().flat_map(catalog_problems).collect();
        assert!(problems.is_empty(), "{problems:#?}");
        let keys = Lang::En.messages().entries().len();
        for lang in Lang::ALL {
            assert_eq!(lang.messages().entries().len(), keys);
        }
    }

    #[test]
    fn catalog_files_are_the_catalogs() {
        // The browser reads these files instead of the struct literals: they must say the same, and read back whole.
        for lang in [Lang::Sv, Lang::Bg, Lang::Uk] {
            let path = format!("{}/i18n/{}.json", env!("CARGO_MANIFEST_DIR"), lang.tag());
            let file = std::fs::read_to_string(&path).unwrap_or_default();
            assert!(file == catalog_file(lang.messages()), "{path} is out of date: run `cargo run -p cinder-client --example catalogs`");
            let parsed: serde_json::Value = serde_json::from_str(&file).unwrap();
            let read = Messages::from_object(&parsed).expect("every message");
            assert_eq!(read.entries(), lang.messages().entries());
            let mut partial = parsed.clone();
            partial.as_object_mut().unwrap().remove("copy");
            assert!(Messages::from_object(&partial).is_none(), "a file missing a message is refused");
        }
        assert_eq!(Lang::Sv.catalog_path(), "/i18n/sv.json");
    }

    #[test]
    fn translations_are_translated() {
        // A message identical to English in another language is usually a forgotten translation; a few are the same on purpose.
        const SAME_EVERYWHERE: &[&str] = &["app_name", "decimal_separator", "size_mb", "size_kb"];
        let english = Lang::En.messages().entries();
        for lang in [Lang::Sv, Lang::Bg, Lang::Uk] {
            let same: Vec<&str> = lang
                .messages()
                .entries()
                .into_iter()
                .zip(&english)
                .filter(|((key, message), (_, reference))| message == reference && !SAME_EVERYWHERE.contains(key))
                .map(|((key, _), _)| key)
                .collect();
            assert!(same.is_empty(), "{}: untranslated {same:?}", lang.tag());
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
        assert_eq!(Lang::choose(None, ["de-DE", "uk"]), Lang::Uk);
        assert_eq!(Lang::choose(None, ["BG"]), Lang::Bg);
        assert_eq!(Lang::choose(None, ["de", "fr"]), Lang::En);
        assert_eq!(Lang::choose(None, []), Lang::En);
    }

    #[test]
    fn visitor_choice_is_remembered_over_browser_language() {
        assert_eq!(Lang::choose(Some("bg"), ["sv-SE"]), Lang::Bg);
        assert_eq!(Lang::choose(Some("garbage"), ["sv-SE"]), Lang::Sv);
    }

    #[test]
    fn counts_take_the_right_plural_form() {
        let en = Lang::En.messages().unit_days;
        assert_eq!(Lang::En.plural(en, 1), "1 day");
        assert_eq!(Lang::En.plural(en, 7), "7 days");
        let uk = Lang::Uk.messages().unit_days;
        assert_eq!(Lang::Uk.plural(uk, 1), "1 день");
        assert_eq!(Lang::Uk.plural(uk, 3), "3 дні");
        assert_eq!(Lang::Uk.plural(uk, 7), "7 днів");
        assert_eq!(Lang::Uk.plural(uk, 11), "11 днів");
        assert_eq!(Lang::Uk.plural(uk, 21), "21 день");
        assert_eq!(Lang::Uk.plural(uk, 22), "22 дні");
        assert_eq!(Lang::Uk.plural(uk, 12), "12 днів");
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
        assert_eq!(placeholders("{a} and {b} and {a}"), vec!["a", "b"]);
    }
}
