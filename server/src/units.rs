//! Durations and sizes as people write them (`90s`, `7d`, `25MiB`): the server's settings and `cinder send --expires`
//! read them the same way.

use std::time::Duration;

/// `90`, `90s`, `5m`, `1h`, `7d`.
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    let units = [("", 1), ("s", 1), ("m", 60), ("h", 3_600), ("d", 86_400)];
    parse_scaled(text, &units, "a duration like 90s, 5m, 1h or 7d").map(Duration::from_secs)
}

/// `250ms`, `1s`, `1500` (milliseconds).
pub fn parse_millis(text: &str) -> Result<Duration, String> {
    let units = [("", 1), ("ms", 1), ("s", 1000)];
    parse_scaled(text, &units, "a duration like 250ms, 1500 or 1s").map(Duration::from_millis)
}

/// `1048576`, `512KiB`, `25MiB`, `5GiB`.
pub fn parse_size(text: &str) -> Result<u64, String> {
    let units = [("", 1), ("B", 1), ("KiB", 1 << 10), ("MiB", 1 << 20), ("GiB", 1 << 30)];
    parse_scaled(text, &units, "a size like 1048576, 512KiB, 25MiB or 5GiB")
}

/// A number followed by one of `units` (name, multiplier).
fn parse_scaled(text: &str, units: &[(&str, u64)], expected: &str) -> Result<u64, String> {
    let text = text.trim();
    let (digits, unit) = text.split_at(text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len()));
    let bad = || format!("`{text}` is not {expected}");
    let n: u64 = digits.parse().map_err(|_| bad())?;
    let scale = units.iter().find(|(name, _)| *name == unit.trim()).ok_or_else(bad)?.1;
    n.checked_mul(scale).ok_or_else(|| format!("`{text}` is too large"))
}
