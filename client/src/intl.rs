//! Plural categories, numbers, units and relative times from the browser's own `Intl`, so every language's rules (Arabic's
//! six plural categories, Persian digits, "7 днів", "через 21 годину") are right at no wasm cost: CLDR's data is already in
//! the browser.
//!
//! Natively (the tests) there is no `Intl`: these fall back to English's rules and ASCII digits, which is all the native
//! tests read; the e2e suite checks the browser's answers for the other languages.

/// A unit `Intl.NumberFormat` knows (`style: "unit"`), with how it is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// "3 bytes".
    Byte,
    /// "1.5 kB" (the app counts binary multiples; CLDR's short name is what people read).
    Kilobyte,
    /// "25 MB".
    Megabyte,
    /// "90 seconds".
    Second,
    /// "5 minutes".
    Minute,
    /// "1 hour".
    Hour,
    /// "7 days".
    Day,
}

impl Unit {
    fn name(self) -> &'static str {
        match self {
            Unit::Byte => "byte",
            Unit::Kilobyte => "kilobyte",
            Unit::Megabyte => "megabyte",
            Unit::Second => "second",
            Unit::Minute => "minute",
            Unit::Hour => "hour",
            Unit::Day => "day",
        }
    }

    /// Sizes in kB and MB read best short; counts of things and of time, long.
    fn long(self) -> bool {
        !matches!(self, Unit::Kilobyte | Unit::Megabyte)
    }
}

/// The CLDR plural category of the count `n` in the language `tag` (`Intl.PluralRules`).
pub fn plural_category(tag: &str, n: u64) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::Intl::PluralRules::new(&locales(tag), &js_sys::Object::new()).select(n as f64).into()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = tag;
        if n == 1 { "one" } else { "other" }.to_owned()
    }
}

/// `n` as the language `tag` writes numbers (`Intl.NumberFormat`: Persian digits, grouping).
pub fn number(tag: &str, n: u64) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        format(tag, &js_sys::Object::new(), n as f64)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = tag;
        n.to_string()
    }
}

/// `value` of `unit` as the language `tag` writes it, with at most one decimal.
pub fn unit(tag: &str, value: f64, unit: Unit) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let options = js_sys::Object::new();
        for (key, v) in [("style", "unit"), ("unit", unit.name()), ("unitDisplay", if unit.long() { "long" } else { "short" })] {
            let _ = js_sys::Reflect::set(&options, &key.into(), &v.into());
        }
        let _ = js_sys::Reflect::set(&options, &"maximumFractionDigits".into(), &wasm_bindgen::JsValue::from(1));
        format(tag, &options, value)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = tag;
        let rounded = (value * 10.0).round() / 10.0;
        let number = if rounded.fract() == 0.0 { format!("{rounded:.0}") } else { format!("{rounded:.1}") };
        match unit {
            Unit::Kilobyte => format!("{number} kB"),
            Unit::Megabyte => format!("{number} MB"),
            _ if unit.long() && number == "1" => format!("1 {}", unit.name()),
            _ => format!("{number} {}s", unit.name()),
        }
    }
}

/// How far a moment `seconds` away is (ahead if positive, past if negative), as the language `tag` says it ("in 21
/// hours", "vor 5 Minuten", "tomorrow"): `Intl.RelativeTimeFormat`, in the largest unit that reads naturally.
pub fn relative(tag: &str, seconds: i64) -> String {
    let (value, unit) = relative_unit(seconds);
    #[cfg(target_arch = "wasm32")]
    {
        let options = js_sys::Object::new();
        // "auto": "tomorrow" and "now" where a language has such words, rather than "in 1 day" and "in 0 seconds".
        let _ = js_sys::Reflect::set(&options, &"numeric".into(), &"auto".into());
        js_sys::Intl::RelativeTimeFormat::new(&locales(tag), &options).format(value as f64, unit.name()).into()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = tag;
        let amount = self::unit(tag, value.unsigned_abs() as f64, unit);
        if value < 0 {
            format!("{amount} ago")
        } else {
            format!("in {amount}")
        }
    }
}

/// The whole count and unit a relative time is said in: seconds under 45 s, minutes under 45 min, hours under 22 h, then
/// days (each rounded), so "in 21 hours" rather than "in 1,260 minutes" and "in 7 days" rather than "in 168 hours".
fn relative_unit(seconds: i64) -> (i64, Unit) {
    let abs = seconds.unsigned_abs();
    let (size, unit) = match abs {
        0..45 => (1, Unit::Second),
        45..2_700 => (60, Unit::Minute),
        2_700..79_200 => (3_600, Unit::Hour),
        _ => (86_400, Unit::Day),
    };
    let count = ((abs + size / 2) / size) as i64;
    (if seconds < 0 { -count } else { count }, unit)
}

#[cfg(target_arch = "wasm32")]
fn locales(tag: &str) -> js_sys::Array {
    js_sys::Array::of1(&tag.into())
}

#[cfg(target_arch = "wasm32")]
fn format(tag: &str, options: &js_sys::Object, value: f64) -> String {
    let formatter = js_sys::Intl::NumberFormat::new(&locales(tag), options);
    formatter
        .format()
        .call1(&wasm_bindgen::JsValue::UNDEFINED, &value.into())
        .ok()
        .and_then(|s| s.as_string())
        // Only if the browser has no Intl. Whole numbers, because Rust's float printing would add kilobytes to the page.
        .unwrap_or_else(|| (value.round() as u64).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_moment_is_said_in_the_largest_unit_that_reads_naturally() {
        assert_eq!(relative_unit(0), (0, Unit::Second));
        assert_eq!(relative_unit(30), (30, Unit::Second));
        assert_eq!(relative_unit(-300), (-5, Unit::Minute));
        assert_eq!(relative_unit(3_600 * 21 + 1_000), (21, Unit::Hour));
        assert_eq!(relative_unit(3_600 * 23), (1, Unit::Day));
        assert_eq!(relative_unit(7 * 86_400 - 5), (7, Unit::Day));
        assert_eq!(relative_unit(-86_400), (-1, Unit::Day));
        assert_eq!(relative("en", 3_600 * 21), "in 21 hours");
        assert_eq!(relative("en", -60), "1 minute ago");
    }
}
