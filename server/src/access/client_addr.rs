//! The real client address of a request: the TCP peer, or what a trusted reverse proxy says in a header. Both the rate
//! limit and the creation allowlist use it, so a header is believed in one place only.

use std::net::{IpAddr, SocketAddr};

use axum::http::{HeaderMap, HeaderName};
use ipnet::IpNet;

/// Where a request comes from, resolved once per request. Deliberately not `Debug`: addresses never reach a log.
#[derive(Clone, Copy)]
pub struct ClientAddr {
    /// The client, as far as it can be told.
    pub ip: IpAddr,
    /// Whether the TCP peer is one of the trusted proxies (so its identity headers count).
    pub via_trusted_proxy: bool,
}

/// Resolves the client of a request that came from `peer`.
///
/// - No client-address header configured: the peer.
/// - Trusted proxies configured: the header counts only when the peer is one of them, and its entries are read from
///   the right, skipping those that are trusted proxies themselves (a chain of them); the first other one is the
///   client. A peer outside them is the client, whatever it wrote.
/// - No trusted proxies: the header's rightmost entry, the one the proxy in front added (as documented for
///   `CINDER_CLIENT_IP_HEADER`: only behind a proxy that overwrites it).
pub fn resolve(headers: &HeaderMap, peer: Option<SocketAddr>, header: Option<&HeaderName>, trusted: &[IpNet]) -> ClientAddr {
    let peer_ip = peer.map_or(IpAddr::from([0, 0, 0, 0]), |p| canonical(p.ip()));
    let via_trusted_proxy = peer.is_some() && trusted.iter().any(|net| net.contains(&peer_ip));
    let Some(name) = header else { return ClientAddr { ip: peer_ip, via_trusted_proxy } };
    if !trusted.is_empty() && !via_trusted_proxy {
        return ClientAddr { ip: peer_ip, via_trusted_proxy };
    }
    // Every value of the header, in order, as one list (proxies may add a line rather than extend one).
    let entries: Vec<&str> =
        headers.get_all(name).iter().filter_map(|v| v.to_str().ok()).flat_map(|v| v.split(',')).map(str::trim).collect();
    let mut from_header = None;
    for entry in entries.iter().rev() {
        let Some(ip) = parse_addr(entry).map(canonical) else { break };
        from_header = Some(ip);
        if !trusted.iter().any(|net| net.contains(&ip)) {
            break;
        }
    }
    match from_header {
        Some(ip) => ClientAddr { ip, via_trusted_proxy },
        None => {
            warn_unusable_header(name);
            ClientAddr { ip: peer_ip, via_trusted_proxy }
        }
    }
}

/// An IPv4 client seen over IPv6 (`::ffff:a.b.c.d`) is that IPv4 address, so allowlists and buckets see one address.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(IpAddr::V6(v6), IpAddr::V4),
        v4 => v4,
    }
}

/// Once per process: without a usable header every client shares the proxy's address, which an admin must hear about.
/// The header's value is never logged (it is a client address).
fn warn_unusable_header(name: &HeaderName) {
    static WARNED: std::sync::Once = std::sync::Once::new();
    WARNED.call_once(|| {
        tracing::warn!(header = %name, "CINDER_CLIENT_IP_HEADER is missing or unparseable in a request; the proxy's address is used instead");
    });
}

/// An address as proxies write it: `203.0.113.9`, `203.0.113.9:4711`, `[2001:db8::1]:4711`, or an RFC 7239 element
/// (`for=192.0.2.60;proto=https`, `for="[2001:db8::1]:4711"`).
fn parse_addr(text: &str) -> Option<IpAddr> {
    let mut text = text.trim();
    if let Some(node) = text.split(';').find_map(|pair| pair.trim().strip_prefix("for=").or_else(|| pair.trim().strip_prefix("For="))) {
        text = node.trim_matches('"');
    }
    let bracketed = text.strip_prefix('[').and_then(|t| t.split_once(']')).map(|(ip, _)| ip);
    bracketed.unwrap_or(text).parse::<IpAddr>().ok().or_else(|| text.parse::<SocketAddr>().ok().map(|s| s.ip()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(values: &[&str]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for v in values {
            h.append("x-forwarded-for", v.parse().unwrap());
        }
        h
    }

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn a_header_counts_only_from_a_trusted_proxy() {
        let xff = HeaderName::from_static("x-forwarded-for");
        let trusted: Vec<IpNet> = vec!["10.0.0.0/8".parse().unwrap()];
        let proxy = Some("10.1.2.3:5000".parse().unwrap());
        let stranger = Some("198.51.100.7:5000".parse().unwrap());
        let h = headers(&["203.0.113.9, 10.9.9.9"]);
        let via = resolve(&h, proxy, Some(&xff), &trusted);
        assert!(via.via_trusted_proxy && via.ip == ip("203.0.113.9"), "the chain of trusted proxies is skipped");
        let direct = resolve(&h, stranger, Some(&xff), &trusted);
        assert!(!direct.via_trusted_proxy && direct.ip == ip("198.51.100.7"), "a stranger's header is ignored");
        let forged = resolve(&headers(&["192.0.2.1", "203.0.113.9"]), proxy, Some(&xff), &trusted);
        assert_eq!(forged.ip, ip("203.0.113.9"), "what the client wrote to the left of the proxy's entry does not count");
        assert_eq!(resolve(&h, proxy, None, &trusted).ip, ip("10.1.2.3"), "no header configured: the peer");
        assert_eq!(resolve(&h, stranger, Some(&xff), &[]).ip, ip("10.9.9.9"), "no trusted proxies: the rightmost entry");
    }

    #[test]
    fn proxies_write_addresses_several_ways() {
        for (text, want) in [
            ("203.0.113.9", "203.0.113.9"),
            ("203.0.113.9:4711", "203.0.113.9"),
            ("[2001:db8::1]:4711", "2001:db8::1"),
            ("for=192.0.2.60;proto=https", "192.0.2.60"),
            ("for=\"[2001:db8::1]:4711\"", "2001:db8::1"),
        ] {
            assert_eq!(parse_addr(text), Some(ip(want)), "{text}");
        }
        assert_eq!(canonical(ip("::ffff:192.0.2.1")), ip("192.0.2.1"));
    }
}
