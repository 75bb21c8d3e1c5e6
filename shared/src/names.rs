//! File names from a secret, made safe to show and to save: a name is whatever the creator's browser sent, so it may
//! try to climb directories, hide its real extension behind bidi controls, or be a name Windows refuses. The browser and
//! any other client (a CLI writing to disk) use this one function, so a name never saves differently in different places.

/// The longest name [`safe_file_name`] returns, in bytes: under the 255 bytes most file systems allow, with room for the
/// " (1)" a browser appends when the name is taken.
pub const MAX_NAME_BYTES: usize = 200;

/// The name used when nothing of the original is left.
pub const FALLBACK_NAME: &str = "file";

/// The longest extension (after the last dot, in bytes) kept whole when a long name is shortened.
const MAX_EXTENSION_BYTES: usize = 16;

/// A name to show and save for a file named `name` by the creator.
///
/// Path separators, and the other characters Windows forbids (`: * ? " < > |`; `:` would also name an NTFS stream),
/// become `_`. Control characters (C0, DEL, C1) and the invisible bidi controls that can make `gnp.exe` read as
/// `exe.png` are dropped. Leading and trailing dots and white space are trimmed (a leading dot hides a file, trailing
/// ones Windows strips). A Windows device name (`CON`, `NUL`, `COM1`… with any extension) gets a `_` in front. A name
/// longer than [`MAX_NAME_BYTES`] is cut at a character boundary, keeping a short extension. Nothing left: [`FALLBACK_NAME`].
/// Applying it twice changes nothing more.
pub fn safe_file_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .filter(|&c| !c.is_control() && !is_bidi_control(c))
        .map(|c| if matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') { '_' } else { c })
        .collect();
    let mut safe = shorten(trim(&cleaned));
    // After the cut, which can leave a device name ("CON" and spaces); shortened again in case the `_` made it too long.
    if is_reserved_on_windows(&safe) {
        safe = shorten(&format!("_{safe}"));
    }
    if safe.is_empty() {
        safe.push_str(FALLBACK_NAME);
    }
    safe
}

/// The bidi formatting characters: embeddings and overrides (U+202A-U+202E), isolates (U+2066-U+2069), and the marks
/// (LRM, RLM, ALM), which reorder or hide what a name shows without being visible themselves.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

fn trim(name: &str) -> &str {
    name.trim_matches(|c: char| c == '.' || c.is_whitespace())
}

/// Cuts a trimmed name to [`MAX_NAME_BYTES`], keeping its extension when that is short.
fn shorten(name: &str) -> String {
    if name.len() <= MAX_NAME_BYTES {
        return name.to_owned();
    }
    let (stem, extension) = match name.rsplit_once('.') {
        Some((stem, extension)) if !stem.is_empty() && extension.len() <= MAX_EXTENSION_BYTES => (stem, Some(extension)),
        _ => (name, None),
    };
    let room = MAX_NAME_BYTES - extension.map_or(0, |e| e.len() + 1);
    // The cut may leave dots or spaces at the end of the stem, which would then end the name (or precede the extension).
    let stem = trim(&stem[..floor_char_boundary(stem, room)]);
    match extension {
        Some(extension) => format!("{stem}.{extension}"),
        None => stem.to_owned(),
    }
}

/// The largest index at most `at` that is a char boundary of `s` (`str::floor_char_boundary` is not stable yet).
fn floor_char_boundary(s: &str, at: usize) -> usize {
    (0..=at.min(s.len())).rev().find(|&i| s.is_char_boundary(i)).unwrap_or(0)
}

/// Whether Windows would take the name for a device: `CON`, `PRN`, `AUX`, `NUL`, `COM1`-`COM9`, `LPT1`-`LPT9`, in any
/// case, alone or followed by an extension (and spaces before the dot, which Windows ignores).
fn is_reserved_on_windows(name: &str) -> bool {
    let stem = name.split('.').next().unwrap_or(name).trim_end_matches(' ').to_ascii_uppercase();
    matches!(stem.as_bytes(), b"CON" | b"PRN" | b"AUX" | b"NUL" | [b'C', b'O', b'M', b'1'..=b'9'] | [b'L', b'P', b'T', b'1'..=b'9'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_names_are_kept() {
        for name in ["report.pdf", "Quarterly figures 2026.xlsx", "ünïcødé ✓.txt", "archive.tar.gz", "README", "a", "v1.2 notes.md"] {
            assert_eq!(safe_file_name(name), name);
        }
    }

    #[test]
    fn path_separators_cannot_climb_directories() {
        assert_eq!(safe_file_name("../../etc/passwd"), "_.._etc_passwd");
        assert_eq!(safe_file_name("..\\..\\boot.ini"), "_.._boot.ini");
        assert_eq!(safe_file_name("/absolute/path.txt"), "_absolute_path.txt");
        assert_eq!(safe_file_name("C:\\Windows\\x.dll"), "C__Windows_x.dll");
        assert_eq!(safe_file_name("a<b>c:d\"e|f?g*h"), "a_b_c_d_e_f_g_h");
    }

    #[test]
    fn bidi_controls_cannot_disguise_the_extension() {
        // Shown as "invoiceexe.pdf" with the override: the real extension must be what one reads.
        assert_eq!(safe_file_name("invoice\u{202E}fdp.exe"), "invoicefdp.exe");
        for c in [
            '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}', '\u{200E}', '\u{200F}',
            '\u{061C}',
        ] {
            assert_eq!(safe_file_name(&format!("a{c}b.txt")), "ab.txt", "U+{:04X}", c as u32);
        }
        // Right-to-left letters themselves are names like any other.
        assert_eq!(safe_file_name("שלום.txt"), "שלום.txt");
    }

    #[test]
    fn control_characters_are_dropped() {
        assert_eq!(safe_file_name("line\nbreak\r.txt"), "linebreak.txt");
        assert_eq!(safe_file_name("nul\0tab\tdel\u{7F}c1\u{85}\u{9B}.txt"), "nultabdelc1.txt");
    }

    #[test]
    fn leading_and_trailing_dots_and_spaces_are_trimmed() {
        assert_eq!(safe_file_name(".bashrc"), "bashrc");
        assert_eq!(safe_file_name("  ..hidden.txt. . "), "hidden.txt");
        assert_eq!(safe_file_name("name.txt\u{A0}"), "name.txt");
    }

    #[test]
    fn windows_device_names_are_renamed() {
        for name in ["CON", "con", "Prn.txt", "aux.tar.gz", "NUL", "COM1", "com9.log", "LPT1", "lpt5.txt", "CON .txt"] {
            assert_eq!(safe_file_name(name), format!("_{name}"), "{name}");
        }
        for name in ["CONSOLE.txt", "COM0", "COM10", "LPT", "nul1", "my con.txt", "icon.png"] {
            assert_eq!(safe_file_name(name), name, "{name}");
        }
    }

    #[test]
    fn nothing_left_becomes_the_fallback() {
        for name in ["", "   ", "...", ". .", "\u{202E}", "\n\t", "\u{2066}.\u{2069}"] {
            assert_eq!(safe_file_name(name), FALLBACK_NAME, "{name:?}");
        }
    }

    #[test]
    fn long_names_are_cut_keeping_the_extension() {
        let long = format!("{}.pdf", "a".repeat(300));
        let safe = safe_file_name(&long);
        assert_eq!(safe.len(), MAX_NAME_BYTES);
        assert_eq!(safe, format!("{}.pdf", "a".repeat(MAX_NAME_BYTES - 4)));

        // Cut at a character boundary: 'é' is two bytes, so the odd room left beside ".md" leaves one byte unused.
        let safe = safe_file_name(&format!("{}.md", "é".repeat(200)));
        assert_eq!(safe, format!("{}.md", "é".repeat((MAX_NAME_BYTES - 3) / 2)));

        // A very long "extension" is not one: the name is cut as a whole.
        let safe = safe_file_name(&format!("x.{}", "b".repeat(300)));
        assert_eq!(safe, format!("x.{}", "b".repeat(MAX_NAME_BYTES - 2)));

        // The cut does not leave dots or spaces in front of the extension or at the end.
        let safe = safe_file_name(&format!("{}. . .{}.txt", "c".repeat(193), "d".repeat(100)));
        assert_eq!(safe, format!("{}.txt", "c".repeat(193)));

        // A cut that leaves a device name is caught too, and the `_` still fits.
        assert_eq!(safe_file_name(&format!("CON{}yyyy", " ".repeat(197))), "_CON");
        let safe = safe_file_name(&format!("nul.{}", "e".repeat(300)));
        assert_eq!(safe, format!("_nul.{}", "e".repeat(MAX_NAME_BYTES - 5)));
    }

    #[test]
    fn sanitising_twice_changes_nothing_more() {
        for name in ["../CON.txt", " .x", "a\u{202E}b", "", &"z".repeat(400), "lpt1 . txt"] {
            let once = safe_file_name(name);
            assert_eq!(safe_file_name(&once), once, "{name:?}");
        }
    }
}
