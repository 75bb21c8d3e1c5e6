//! The person at the terminal, if there is one: hidden passphrase prompts and confirmations go to `/dev/tty`, never
//! through stdin or stdout, which belong to the script; passphrases otherwise come from a file or the environment.

use std::io::{BufRead as _, IsTerminal as _, Write as _};
use std::path::Path;

use zeroize::Zeroizing;

use super::Failure;

/// The environment variable a passphrase may come from (never an argument: `/proc/*/cmdline` is world-readable).
pub const PASSPHRASE_ENV: &str = "CINDER_PASSPHRASE";

/// Whether a person can be asked: there is a controlling terminal and stderr shows on it.
pub fn interactive() -> bool {
    std::io::stderr().is_terminal() && std::fs::File::open("/dev/tty").is_ok()
}

/// Asks a yes/no question on the terminal; anything but y/yes is no.
pub fn confirm(question: &str) -> Result<bool, Failure> {
    let tty = std::fs::OpenOptions::new().read(true).write(true).open("/dev/tty").map_err(|e| Failure::local("opening the terminal", e))?;
    let mut writer = &tty;
    write!(writer, "{question} [y/N] ").and_then(|()| writer.flush()).map_err(|e| Failure::local("writing to the terminal", e))?;
    let mut answer = String::new();
    std::io::BufReader::new(&tty).read_line(&mut answer).map_err(|e| Failure::local("reading the terminal", e))?;
    Ok(matches!(answer.trim().to_lowercase().as_str(), "y" | "yes"))
}

/// A passphrase typed on the terminal, hidden; twice when `twice` (a typo would lock the recipient out).
pub fn prompt_passphrase(prompt: &str, twice: bool) -> Result<Zeroizing<String>, Failure> {
    loop {
        let first = Zeroizing::new(rpassword::prompt_password(prompt).map_err(|e| Failure::local("reading the passphrase", e))?);
        if first.is_empty() {
            eprintln!("The passphrase is empty; type one (or press Ctrl-C).");
            continue;
        }
        if !twice {
            return Ok(first);
        }
        let again =
            Zeroizing::new(rpassword::prompt_password("Same passphrase again: ").map_err(|e| Failure::local("reading the passphrase", e))?);
        if *first == *again {
            return Ok(first);
        }
        eprintln!("The two did not match; once more.");
    }
}

/// The passphrase from `file` (its first line), else from [`PASSPHRASE_ENV`]; `None` when neither is given.
pub fn given_passphrase(file: Option<&Path>) -> Result<Option<Zeroizing<String>>, Failure> {
    if let Some(file) = file {
        let text = Zeroizing::new(std::fs::read_to_string(file).map_err(|e| Failure::local(&format!("reading {}", file.display()), e))?);
        let line = text.lines().next().unwrap_or_default();
        if line.is_empty() {
            return Err(Failure::Usage(format!("{} holds no passphrase on its first line", file.display())));
        }
        return Ok(Some(Zeroizing::new(line.to_owned())));
    }
    match std::env::var(PASSPHRASE_ENV) {
        Ok(value) if !value.is_empty() => Ok(Some(Zeroizing::new(value))),
        _ => Ok(None),
    }
}

/// `text` made safe to show on a terminal: control characters other than newline and tab (which could move the cursor,
/// retitle the window or worse) are shown as `\u{…}` escapes. What goes to a pipe or file is never changed.
pub fn printable(text: &str) -> (String, bool) {
    let mut changed = false;
    let shown = text
        .chars()
        .map(|c| {
            if c.is_control() && c != '\n' && c != '\t' {
                changed = true;
                c.escape_unicode().to_string()
            } else {
                c.to_string()
            }
        })
        .collect();
    (shown, changed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_never_reach_a_terminal_raw() {
        let (shown, changed) = printable("pass\u{1b}]0;owned\u{7}word\n");
        assert!(changed);
        assert_eq!(shown, "pass\\u{1b}]0;owned\\u{7}word\n");
        assert_eq!(printable("plain\ttext\n"), ("plain\ttext\n".to_owned(), false));
    }
}
