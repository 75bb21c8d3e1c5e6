//! The instance's own words (`CINDER_INSTANCE_FILE`): a small TOML file read and checked once at startup, so the page can
//! show the operator's name, imprint and "gone" notes as plain text without the server trusting anything at run time.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use shared::api::{Instance, INSTANCE_LANGUAGES};

use crate::config::ConfigError;

/// The setting every message names.
const SETTING: &str = "CINDER_INSTANCE_FILE";
/// Longest name, in characters: it sits in the header and the tab title.
pub const MAX_NAME: usize = 80;
/// Longest imprint, in characters: an address, a register entry and a contact fit; a terms-of-service page does not.
pub const MAX_IMPRINT: usize = 600;
/// Longest gone note per language, in characters.
pub const MAX_GONE: usize = 400;
/// A larger file is not an instance description (read no further than this).
const MAX_FILE: u64 = 64 * 1024;

/// The file as written: unknown keys are refused, so a typo does not silently show nothing.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    name: Option<String>,
    imprint: Option<String>,
    #[serde(default)]
    gone: BTreeMap<String, String>,
}

/// Reads and checks the file at `path`; `None` if it sets nothing.
pub fn load(path: &Path) -> Result<Option<Instance>, ConfigError> {
    let shown = path.display();
    let bad = |m: String| ConfigError(format!("{SETTING}: {shown}: {m}"));
    let size = std::fs::metadata(path).map_err(|e| bad(format!("cannot read it: {e}")))?.len();
    if size > MAX_FILE {
        return Err(bad(format!("is {size} bytes, more than an instance description needs ({MAX_FILE} at most)")));
    }
    let text = std::fs::read_to_string(path).map_err(|e| bad(format!("cannot read it: {e}")))?;
    parse(&text).map_err(bad)
}

/// Checks the file's text; the error names the field (and, for TOML mistakes, the line).
pub fn parse(text: &str) -> Result<Option<Instance>, String> {
    let file: File = toml::from_str(text).map_err(|e| {
        let line = e.span().map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1);
        let at = line.map(|l| format!("line {l}: ")).unwrap_or_default();
        format!("{at}{}", e.message().trim())
    })?;
    let name = file.name.map(|n| checked("name", &n, MAX_NAME, false)).transpose()?;
    let imprint = file.imprint.map(|i| checked("imprint", &i, MAX_IMPRINT, true)).transpose()?;
    let mut gone = BTreeMap::new();
    for (tag, note) in file.gone {
        if !INSTANCE_LANGUAGES.contains(&tag.as_str()) {
            return Err(format!("gone.{tag}: not a language the page speaks (one of {})", INSTANCE_LANGUAGES.join(", ")));
        }
        let note = checked(&format!("gone.{tag}"), &note, MAX_GONE, true)?;
        gone.insert(tag, note);
    }
    let words = Instance { name, imprint, gone };
    Ok((words != Instance::default()).then_some(words))
}

/// `text` trimmed, if it is something a page can show as it is: not empty, at most `max` characters, on one line unless
/// `lines`, without control characters or the invisible marks that reorder text (a name must read as it looks).
fn checked(field: &str, text: &str, max: usize, lines: bool) -> Result<String, String> {
    let text = text.trim();
    if text.is_empty() {
        return Err(format!("{field}: empty (leave it out instead)"));
    }
    let chars = text.chars().count();
    if chars > max {
        return Err(format!("{field}: {chars} characters, at most {max}"));
    }
    let text = text.replace("\r\n", "\n");
    if let Some(c) = text.chars().find(|&c| (c.is_control() && !(lines && c == '\n')) || is_bidi_control(c)) {
        let what =
            if c == '\n' { "a line break (it must be one line)".to_owned() } else { format!("the control character U+{:04X}", c as u32) };
        return Err(format!("{field}: has {what}"));
    }
    Ok(text)
}

/// Unicode's explicit direction controls (embeddings, overrides, isolates and marks), which can make text read other
/// than it is stored.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_file_reads_back_trimmed() {
        let words = parse(
            "name = \" Example Corp secrets \"\nimprint = \"\"\"Example Corp GmbH\r\nStreet 1, Berlin\"\"\"\n[gone]\nen = \"Tell us.\"\nuk = \"Скажіть нам.\"\n",
        )
        .unwrap()
        .unwrap();
        assert_eq!(words.name.as_deref(), Some("Example Corp secrets"));
        assert_eq!(words.imprint.as_deref(), Some("Example Corp GmbH\nStreet 1, Berlin"));
        assert_eq!(words.gone_note("uk"), Some("Скажіть нам."));
        assert_eq!(parse("# nothing yet\n").unwrap(), None, "a file that sets nothing changes nothing");
    }

    #[test]
    fn mistakes_name_the_field() {
        let (long_name, long_note) =
            (format!("name = \"{}\"", "x".repeat(MAX_NAME + 1)), format!("[gone]\nsv = \"{}\"", "å".repeat(MAX_GONE + 1)));
        for (text, says) in [
            ("nmae = \"x\"", "unknown field `nmae`"),
            ("name = 3", "line 1"),
            ("name = \"\"", "name: empty"),
            ("name = \"two\\nlines\"", "name: has a line break"),
            (long_name.as_str(), "name: 81 characters, at most 80"),
            ("imprint = \"a\\u0007b\"", "imprint: has the control character U+0007"),
            ("imprint = \"evil\\u202Eexe.txt\"", "imprint: has the control character U+202E"),
            ("[gone]\ntlh = \"Sag es uns.\"", "gone.tlh: not a language the page speaks (one of id, cs, da,"),
            ("[gone]\nEN = \"x\"", "gone.EN: not a language"),
            (long_note.as_str(), "gone.sv: 401 characters"),
            ("[gone]\nen = \"  \"", "gone.en: empty"),
        ] {
            let e = parse(text).unwrap_err();
            assert!(e.contains(says), "{text:?}: {e}");
        }
    }
}
