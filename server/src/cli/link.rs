//! Share, receipt and request links as the web page makes them (`https://host/s#<link secret>`, `https://host/r#<receipt
//! secret>`, `https://host/q#<request key>` and the asker's `https://host/a#<private key>`): where the server is, and the
//! secret the fragment carries, which never goes to any server.

use shared::envelope::request::{AskerSecret, RequestKey};
use shared::envelope::{LinkSecret, ReceiptSecret};
use zeroize::Zeroizing;

use super::Failure;

/// Where a link points: the server's origin, and the fragment (the secret part).
struct Parsed {
    origin: String,
    fragment: Zeroizing<String>,
}

/// A link given as an argument, or `-` to read it from stdin (so it stays out of `/proc/*/cmdline`).
pub fn read_arg(arg: &str) -> Result<Zeroizing<String>, Failure> {
    if arg != "-" {
        return Ok(Zeroizing::new(arg.trim().to_owned()));
    }
    let mut line = Zeroizing::new(String::new());
    std::io::stdin().read_line(&mut line).map_err(|e| Failure::local("reading the link from stdin", e))?;
    Ok(Zeroizing::new(line.trim().to_owned()))
}

fn parse(link: &str, page: &str, what: &str) -> Result<Parsed, Failure> {
    let bad = |why: &str| Failure::Usage(format!("not a {what}: {why} (expected https://host{page}#…)"));
    let url = reqwest::Url::parse(link).map_err(|_| bad("not a URL"))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(bad("not http or https"));
    }
    if url.path() != page {
        return Err(bad(&format!("its path is not {page}")));
    }
    let fragment = url.fragment().filter(|f| !f.is_empty()).ok_or_else(|| bad("it has no secret after #"))?;
    Ok(Parsed { origin: url.origin().ascii_serialization(), fragment: Zeroizing::new(fragment.to_owned()) })
}

/// A share link: the server's origin and the link secret.
pub fn share(link: &str) -> Result<(String, LinkSecret), Failure> {
    let p = parse(link, "/s", "share link")?;
    let secret = LinkSecret::from_fragment(&p.fragment)
        .map_err(|_| Failure::Usage("not a share link: the part after # is not a link secret (was it cut short?)".into()))?;
    Ok((p.origin, secret))
}

/// A receipt link: the server's origin and the receipt secret.
pub fn receipt(link: &str) -> Result<(String, ReceiptSecret), Failure> {
    let p = parse(link, "/r", "receipt link")?;
    let secret = ReceiptSecret::from_fragment(&p.fragment)
        .map_err(|_| Failure::Usage("not a receipt link: the part after # is not a receipt secret (was it cut short?)".into()))?;
    Ok((p.origin, secret))
}

/// A request link (for the answerer): the server's origin and the request key.
pub fn request(link: &str) -> Result<(String, RequestKey), Failure> {
    let p = parse(link, "/q", "request link")?;
    let key = RequestKey::from_fragment(&p.fragment).map_err(|_| {
        Failure::Usage("not a request link: the part after # is not a request key (was it cut short, or is it the private link?)".into())
    })?;
    Ok((p.origin, key))
}

/// The asker's private link: the server's origin and the private key.
pub fn asker(link: &str) -> Result<(String, AskerSecret), Failure> {
    let p = parse(link, "/a", "private request link")?;
    let secret = AskerSecret::from_fragment(&p.fragment)
        .map_err(|_| Failure::Usage("not a private request link: the part after # is not a private key (was it cut short?)".into()))?;
    Ok((p.origin, secret))
}

/// The page a link points at (`/s`, `/r`, `/q`, `/a`), to tell the kinds apart before parsing one.
pub fn page(link: &str) -> Option<String> {
    reqwest::Url::parse(link).ok().map(|u| u.path().to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_name_their_server_and_secret() {
        let secret = LinkSecret::generate().unwrap();
        let (origin, parsed) = share(&format!("https://cinder.example:8443/s#{}", secret.to_fragment())).unwrap();
        assert_eq!(origin, "https://cinder.example:8443");
        assert_eq!(parsed.to_fragment(), secret.to_fragment());
        for bad in ["https://h/s", "https://h/r#abc", "ftp://h/s#abc", "https://h/s#short", "not a link"] {
            assert!(matches!(share(bad), Err(Failure::Usage(_))), "{bad}");
        }
    }

    #[test]
    fn request_links_are_not_taken_for_each_other() {
        let secret = AskerSecret::generate().unwrap();
        let (q, a) = (secret.request_key().to_fragment(), secret.to_fragment());
        let (origin, key) = request(&format!("http://localhost:8080/q#{q}")).unwrap();
        assert_eq!((origin.as_str(), key.to_fragment()), ("http://localhost:8080", q.clone()));
        assert_eq!(asker(&format!("https://h/a#{a}")).unwrap().1.to_fragment(), a);
        // The private link's key in a request link (or the other way round) is refused: its kind byte differs.
        assert!(matches!(request(&format!("https://h/q#{a}")), Err(Failure::Usage(_))));
        assert!(matches!(asker(&format!("https://h/a#{q}")), Err(Failure::Usage(_))));
        assert!(matches!(asker(&format!("https://h/q#{a}")), Err(Failure::Usage(_))), "the wrong page");
        assert_eq!(page(&format!("https://h/a#{a}")).as_deref(), Some("/a"));
    }
}
