//! The translators' side of the catalogs: reads `client/locales/<tag>.ftl` (Fluent), checks it against the code's keys and
//! English, and writes the JSON the browser reads. Native only: the page never parses Fluent.
//!
//! The Fluent subset the page can show: plain text with variable placeables (`{ $name }`), string-literal placeables
//! for a brace (`{ "{" }`), and, for a plural message, one select on `$n` whose variants are exactly the language's CLDR
//! plural categories (`*[other]` the default). Terms, message references, functions and attributes are refused: the
//! page has no Fluent runtime to resolve them.

use std::collections::BTreeSet;
use std::path::PathBuf;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};

use super::{Lang, Messages, Part};

/// One language's messages as its Fluent file gives them, placeholders written `{name}` as the page fills them.
#[derive(Debug)]
pub struct Catalog {
    /// Whose messages these are.
    pub lang: Lang,
    /// Single texts: (key, text), in file order.
    pub texts: Vec<(String, String)>,
    /// Plural messages: (key, [(category, text)]), in file order.
    pub plurals: Vec<(String, Vec<(String, String)>)>,
}

/// `client/locales/<tag>.ftl`.
pub fn path(lang: Lang) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("locales").join(format!("{}.ftl", lang.tag()))
}

/// Reads and parses `lang`'s Fluent file; the errors name the file and what is wrong.
pub fn read(lang: Lang) -> Result<Catalog, Vec<String>> {
    let path = path(lang);
    let source = std::fs::read_to_string(&path).map_err(|e| vec![format!("{}: {e}", path.display())])?;
    parse(lang, &source)
}

/// Parses a Fluent file's text as `lang`'s catalog.
pub fn parse(lang: Lang, source: &str) -> Result<Catalog, Vec<String>> {
    let tag = lang.tag();
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((_, errors)) => {
            return Err(errors
                .into_iter()
                .map(|e| format!("{tag}.ftl: not valid Fluent at line {}: {:?}", line_of(source, e.pos.start), e.kind))
                .collect())
        }
    };
    let mut catalog = Catalog { lang, texts: Vec::new(), plurals: Vec::new() };
    let mut problems = Vec::new();
    for entry in resource.body {
        let message = match entry {
            Entry::Message(message) => message,
            Entry::Term(term) => {
                problems.push(format!("{tag}.ftl: term `-{}`: terms are not supported", term.id.name));
                continue;
            }
            Entry::Junk { content } => {
                problems.push(format!("{tag}.ftl: cannot read `{}`", content.trim()));
                continue;
            }
            _ => continue,
        };
        let key = message.id.name.to_owned();
        if !message.attributes.is_empty() {
            problems.push(format!("{tag}: `{key}` has attributes, which are not supported"));
        }
        let Some(value) = message.value else {
            problems.push(format!("{tag}: `{key}` has no text"));
            continue;
        };
        match select_on_n(&value) {
            Some(variants) => {
                let mut forms = Vec::new();
                for variant in variants {
                    let category = match &variant.key {
                        VariantKey::Identifier { name } => name.to_string(),
                        VariantKey::NumberLiteral { value } => value.to_string(),
                    };
                    if variant.default != (category == "other") {
                        problems.push(format!("{tag}: `{key}`: `*[other]` must be the default variant, and only it"));
                    }
                    match text(&variant.value) {
                        Ok(text) => forms.push((category, text)),
                        Err(e) => problems.push(format!("{tag}: `{key}[{category}]`: {e}")),
                    }
                }
                catalog.plurals.push((key, forms));
            }
            None => match text(&value) {
                Ok(text) => catalog.texts.push((key, text)),
                Err(e) => problems.push(format!("{tag}: `{key}`: {e}")),
            },
        }
    }
    if problems.is_empty() {
        Ok(catalog)
    } else {
        Err(problems)
    }
}

/// The variants of a pattern that is exactly one select on `$n`.
fn select_on_n<'a>(pattern: &'a Pattern<&'a str>) -> Option<&'a Vec<fluent_syntax::ast::Variant<&'a str>>> {
    let mut elements = pattern.elements.iter().filter(|e| !matches!(e, PatternElement::TextElement { value } if value.trim().is_empty()));
    let (Some(PatternElement::Placeable { expression: Expression::Select { selector, variants } }), None) =
        (elements.next(), elements.next())
    else {
        return None;
    };
    matches!(selector, InlineExpression::VariableReference { id } if id.name == "n").then_some(variants)
}

/// A pattern as the page's text: variables as `{name}`, string and number literals as themselves.
fn text(pattern: &Pattern<&str>) -> Result<String, String> {
    let mut out = String::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable { expression: Expression::Inline(InlineExpression::VariableReference { id }) } => {
                out.push('{');
                out.push_str(id.name);
                out.push('}');
            }
            PatternElement::Placeable { expression: Expression::Inline(InlineExpression::StringLiteral { value }) } => {
                out.push_str(&value.replace("\\\"", "\"").replace("\\\\", "\\"))
            }
            PatternElement::Placeable { expression: Expression::Inline(InlineExpression::NumberLiteral { value }) } => out.push_str(value),
            PatternElement::Placeable { .. } => return Err("only variables ({ $name }) and literals can be placed in a text".into()),
        }
    }
    Ok(out.trim().to_owned())
}

fn line_of(source: &str, byte: usize) -> usize {
    source[..byte.min(source.len())].matches('\n').count() + 1
}

/// The `{name}` placeholders a message uses, sorted and deduplicated.
pub fn placeholders(message: &str) -> BTreeSet<&str> {
    message.split('{').skip(1).filter_map(|rest| rest.split_once('}').map(|(name, _)| name)).collect()
}

/// Messages that are the same in every language on purpose.
const SAME_EVERYWHERE: &[&str] = &["app_name"];

/// What is wrong with `catalog`: keys other than the code's, empty texts, placeholders other than English's, plural
/// categories other than the language's, and (for a translation) a text still the same as English's.
pub fn problems(catalog: &Catalog, english: &Catalog) -> Vec<String> {
    let tag = catalog.lang.tag();
    let mut problems = Vec::new();
    let texts: Vec<String> = catalog.texts.iter().map(|(k, _)| k.clone()).collect();
    let plurals: Vec<String> = catalog.plurals.iter().map(|(k, _)| k.clone()).collect();
    let wanted_texts: Vec<String> = Messages::TEXTS.iter().map(|k| (*k).to_owned()).collect();
    let wanted_plurals: Vec<String> = Messages::PLURALS.iter().map(|k| (*k).to_owned()).collect();
    for (have, wanted, what) in [(&texts, &wanted_texts, "text"), (&plurals, &wanted_plurals, "plural message")] {
        let missing: Vec<_> = wanted.iter().filter(|k| !have.contains(k)).collect();
        let extra: Vec<_> = have.iter().filter(|k| !wanted.contains(k)).collect();
        if !missing.is_empty() {
            problems.push(format!("{tag}: missing {what}s {missing:?}"));
        }
        if !extra.is_empty() {
            problems.push(format!("{tag}: unknown {what}s {extra:?} (a plural message is a select on $n; a text is not)"));
        }
        let mut seen = BTreeSet::new();
        for key in have.iter().filter(|k| !seen.insert(*k)) {
            problems.push(format!("{tag}: `{key}` is given twice"));
        }
    }
    let english_text = |key: &str| english.texts.iter().find(|(k, _)| k == key).map(|(_, t)| t.as_str());
    for (key, message) in &catalog.texts {
        if message.is_empty() {
            problems.push(format!("{tag}: `{key}` is empty"));
        }
        let Some(reference) = english_text(key) else { continue };
        if placeholders(message) != placeholders(reference) {
            problems.push(format!(
                "{tag}: `{key}` has placeholders {:?}, English has {:?}",
                placeholders(message),
                placeholders(reference)
            ));
        }
        if catalog.lang != Lang::En && message == reference && !SAME_EVERYWHERE.contains(&key.as_str()) {
            problems.push(format!("{tag}: `{key}` is still English"));
        }
    }
    for (key, forms) in &catalog.plurals {
        let categories: BTreeSet<&str> = forms.iter().map(|(c, _)| c.as_str()).collect();
        let wanted: BTreeSet<&str> = catalog.lang.plural_categories().iter().copied().collect();
        if categories != wanted {
            problems.push(format!("{tag}: `{key}` has plural categories {categories:?}, {tag} has {wanted:?}"));
        }
        let reference = english.plurals.iter().find(|(k, _)| k == key).and_then(|(_, f)| f.iter().find(|(c, _)| c == "other"));
        for (category, message) in forms {
            if message.is_empty() {
                problems.push(format!("{tag}: `{key}[{category}]` is empty"));
            }
            // A form may leave the number out ("one attempt left"), but may use no placeholder English does not.
            if let Some((_, reference)) = reference {
                if !placeholders(message).is_subset(&placeholders(reference)) {
                    problems.push(format!("{tag}: `{key}[{category}]` has placeholders English's has not"));
                }
            }
        }
    }
    problems
}

/// The catalog as the file a bundle fetches: one JSON object of `part`'s messages, a text or an object of plural forms
/// by key.
pub fn json(catalog: &Catalog, part: Part) -> String {
    let mut object = serde_json::Map::new();
    for (key, text) in catalog.texts.iter().filter(|(key, _)| part.has(key)) {
        object.insert(key.clone(), text.clone().into());
    }
    for (key, forms) in catalog.plurals.iter().filter(|(key, _)| part.has_plural(key)) {
        let forms: serde_json::Map<String, serde_json::Value> = forms.iter().map(|(c, t)| (c.clone(), t.clone().into())).collect();
        object.insert(key.clone(), forms.into());
    }
    let mut out = serde_json::to_string_pretty(&serde_json::Value::Object(object)).expect("strings serialize");
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::super::file_path;
    use super::*;

    #[test]
    fn every_language_has_every_message() {
        let english = read(Lang::En).expect("en.ftl reads");
        let mut all = Vec::new();
        for lang in Lang::ALL {
            match read(lang) {
                Ok(catalog) => all.extend(problems(&catalog, &english)),
                Err(errors) => all.extend(errors),
            }
        }
        assert!(all.is_empty(), "{all:#?}");
    }

    #[test]
    fn catalog_files_are_the_fluent_files() {
        // The browser reads the JSON, translators write the Fluent: the two must say the same.
        for lang in Lang::ALL {
            let catalog = read(lang).expect("reads");
            for part in Part::ALL {
                let path = file_path(part, lang);
                let have = std::fs::read_to_string(&path).unwrap_or_default();
                assert!(
                    have == json(&catalog, part),
                    "{} is out of date: run `cargo run -p cinder-client --example catalogs`",
                    path.display()
                );
            }
        }
    }

    #[test]
    fn what_the_page_cannot_show_is_refused() {
        let english = read(Lang::En).unwrap();
        let errors = |source: &str| parse(Lang::Sv, source).err().unwrap_or_default().join("\n");
        assert!(errors("copy = { -brand }\n").contains("only variables"));
        assert!(
            errors("app_name = Cinder\ncopy Kopiera\n").contains("not valid Fluent at line 2"),
            "{}",
            errors("app_name = Cinder\ncopy Kopiera\n")
        );
        assert!(errors("copy = Kopiera\n    .title = x\n").contains("attributes"));
        assert!(errors("-brand = Cinder\n").contains("terms are not supported"));
        assert!(errors("copy = { $n ->\n   *[one] a\n    [other] b\n}\n").contains("*[other]"));
        let sv = parse(Lang::Sv, "copy = Kopiera { \"{\" }x{ \"}\" }\n").unwrap();
        assert_eq!(sv.texts, [("copy".to_owned(), "Kopiera {x}".to_owned())]);
        // A plural with English's categories in Ukrainian, an unknown placeholder, a text left in English.
        let mut uk = read(Lang::Uk).unwrap();
        uk.plurals[0].1.retain(|(c, _)| c == "one" || c == "other");
        uk.texts[3].1 = "Мова {lang}".into();
        uk.texts[4].1 = english.texts[4].1.clone();
        let found = problems(&uk, &english).join("\n");
        assert!(found.contains("plural categories"), "{found}");
        assert!(found.contains("placeholders"), "{found}");
        assert!(found.contains("still English"), "{found}");
    }
}
