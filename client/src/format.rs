//! Pure formatting for the pages (sizes, lifetimes, mail links, the links in an operator's text), kept free of the browser
//! (numbers and units go through [`crate::intl`]) so native tests cover it.

use crate::i18n::Lang;
use crate::intl::{self, Unit};

/// A byte count for people: whole bytes below 1 KB, else kB or MB with at most one decimal (binary multiples), written
/// as the language writes numbers and units (`Intl`).
pub fn size(lang: Lang, bytes: u64) -> String {
    const KIB: u64 = 1024;
    const MIB: u64 = 1024 * 1024;
    let (value, unit) = match bytes {
        b if b < KIB => (b as f64, Unit::Byte),
        b if b < MIB => (b as f64 / KIB as f64, Unit::Kilobyte),
        b => (b as f64 / MIB as f64, Unit::Megabyte),
    };
    intl::unit(lang.tag(), value, unit)
}

/// A lifetime in seconds as the largest whole unit: "7 days", "1 hour", "5 minutes", "90 seconds".
pub fn ttl(lang: Lang, seconds: u64) -> String {
    let (value, unit) = match seconds {
        s if s >= 86_400 && s.is_multiple_of(86_400) => (s / 86_400, Unit::Day),
        s if s >= 3_600 && s.is_multiple_of(3_600) => (s / 3_600, Unit::Hour),
        s if s >= 60 && s.is_multiple_of(60) => (s / 60, Unit::Minute),
        s => (s, Unit::Second),
    };
    intl::unit(lang.tag(), value as f64, unit)
}

/// A `mailto:` URL that opens the visitor's mail program with the share link; nothing of it reaches the server.
pub fn mailto(subject: &str, body: &str, link: &str) -> String {
    format!("mailto:?subject={}&body={}", percent_encode(subject), percent_encode(&format!("{body}\n\n{link}\n")))
}

/// Percent-encodes everything but RFC 3986's unreserved characters (what mail clients decode reliably).
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// A run of an operator's text (`shared::api::Instance`): plain, or an address the page shows as a link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Shown as a text node.
    Text(&'a str),
    /// Shown as `<a href>`: `href` is `https://…` as written, or `mailto:` and an e-mail address.
    Link {
        /// What the link says: the address as written.
        text: &'a str,
        /// Where it goes.
        href: String,
    },
}

/// Splits an operator's text into plain runs and links. Only a word that is wholly an `https://` URL or an e-mail address
/// becomes a link, so no text can make a `javascript:` (or any other scheme's) link; punctuation around it stays text.
pub fn linkify(text: &str) -> Vec<Piece<'_>> {
    let mut pieces = Vec::new();
    let (mut plain_from, mut at) = (0, 0);
    while at < text.len() {
        let rest = &text[at..];
        let word = &rest[..rest.find(char::is_whitespace).unwrap_or(rest.len())];
        if let Some((lead, address, href)) = link_in(word) {
            let start = at + lead;
            if plain_from < start {
                pieces.push(Piece::Text(&text[plain_from..start]));
            }
            pieces.push(Piece::Link { text: address, href });
            plain_from = start + address.len();
        }
        at += word.len();
        at += text[at..].chars().next().map_or(0, char::len_utf8);
    }
    if plain_from < text.len() {
        pieces.push(Piece::Text(&text[plain_from..]));
    }
    pieces
}

/// The address in `word` (without the punctuation around it), its offset, and where it links to.
fn link_in(word: &str) -> Option<(usize, &str, String)> {
    let opened = word.trim_start_matches(['(', '[', '<', '"', '\'', '«', '“']);
    let address = opened.trim_end_matches(['.', ',', ';', ':', '!', '?', ')', ']', '>', '"', '\'', '»', '”']);
    let lead = word.len() - opened.len();
    if let Some(rest) = address.strip_prefix("https://") {
        let url_char = |c: char| c.is_ascii_graphic() && !matches!(c, '"' | '\'' | '<' | '>' | '\\' | '^' | '`' | '{' | '|' | '}');
        let url = rest.starts_with(|c: char| c.is_ascii_alphanumeric()) && rest.chars().all(url_char);
        return url.then(|| (lead, address, address.to_owned()));
    }
    let (local, domain) = address.split_once('@')?;
    let local_ok = !local.is_empty() && local.chars().all(|c| c.is_ascii_alphanumeric() || "._%+-".contains(c));
    let label_ok =
        |l: &str| !l.is_empty() && !l.starts_with('-') && !l.ends_with('-') && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    let domain_ok = domain.contains('.') && domain.split('.').all(label_ok);
    (local_ok && domain_ok).then(|| (lead, address, format!("mailto:{address}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_naturally() {
        assert_eq!(size(Lang::En, 1), "1 byte");
        assert_eq!(size(Lang::En, 900), "900 bytes");
        assert_eq!(size(Lang::En, 1024), "1 kB");
        assert_eq!(size(Lang::En, 1536), "1.5 kB");
        assert_eq!(size(Lang::En, 1587), "1.5 kB");
        assert_eq!(size(Lang::En, 25 << 20), "25 MB");
        // Other languages' words and digits come from the browser's Intl (e2e: every_language_renders).
    }

    #[test]
    fn lifetimes_use_the_largest_whole_unit() {
        assert_eq!(ttl(Lang::En, 300), "5 minutes");
        assert_eq!(ttl(Lang::En, 3_600), "1 hour");
        assert_eq!(ttl(Lang::En, 86_400), "1 day");
        assert_eq!(ttl(Lang::En, 604_800), "7 days");
        assert_eq!(ttl(Lang::En, 5_400), "90 minutes");
        assert_eq!(ttl(Lang::En, 90), "90 seconds");
    }

    #[test]
    fn mail_link_carries_the_link_encoded() {
        let url = mailto("A secret", "Open:", "https://h/s#abc-_DEF");
        assert_eq!(url, "mailto:?subject=A%20secret&body=Open%3A%0A%0Ahttps%3A%2F%2Fh%2Fs%23abc-_DEF%0A");
    }

    #[test]
    fn only_https_and_mail_addresses_become_links() {
        use Piece::{Link, Text};
        let mail = |a: &'static str| Link { text: a, href: format!("mailto:{a}") };
        assert_eq!(
            linkify("If you did not open this, tell security@example.org."),
            [Text("If you did not open this, tell "), mail("security@example.org"), Text(".")]
        );
        assert_eq!(
            linkify("Imprint (https://example.org/impressum), or\nops@example.org"),
            [
                Text("Imprint ("),
                Link { text: "https://example.org/impressum", href: "https://example.org/impressum".into() },
                Text("), or\n"),
                mail("ops@example.org")
            ]
        );
        for plain in [
            "javascript:alert(1)",
            "http://example.org",
            "https://",
            "https://\"onmouseover=x",
            "data:text/html,hi@x.y",
            "mailto:a@b.c",
            "a@b",
            "a@-b.c",
            "@b.c",
            "Straße 1, 10115 Berlin",
            "",
        ] {
            assert!(linkify(plain).iter().all(|p| matches!(p, Text(_))), "{plain:?}: {:?}", linkify(plain));
            assert_eq!(linkify(plain).iter().map(|p| if let Text(t) = p { *t } else { "" }).collect::<String>(), plain);
        }
        assert_eq!(linkify("  x  "), [Text("  x  ")], "whitespace is kept as written");
    }
}
