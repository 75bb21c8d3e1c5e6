//! The password generator: uniform, local randomness only (the web page and `cinder send --generate-passphrase` share it); nothing generated here leaves the machine unless its user sends it.

/// Which kinds of characters a generated password draws from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Classes {
    /// a–z
    pub lower: bool,
    /// A–Z
    pub upper: bool,
    /// 0–9
    pub digits: bool,
    /// Punctuation that survives copy and paste and most password rules.
    pub symbols: bool,
}

impl Default for Classes {
    fn default() -> Self {
        Classes { lower: true, upper: true, digits: true, symbols: false }
    }
}

const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";
const UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const DIGITS: &str = "0123456789";
const SYMBOLS: &str = "!#$%&()*+,-./:;<=>?@[]^_{}~";

/// Shortest and longest length the generator offers.
pub const MIN_LENGTH: usize = 8;
/// See [`MIN_LENGTH`].
pub const MAX_LENGTH: usize = 64;
/// Preselected length.
pub const DEFAULT_LENGTH: usize = 20;

/// Generates a password of `length` (clamped to the offered range) with at least one character of every chosen class,
/// drawing bytes from `fill`. `None` when no class is chosen.
pub fn generate(length: usize, classes: Classes, fill: &mut dyn FnMut(&mut [u8])) -> Option<String> {
    let chosen: Vec<&[u8]> = [(classes.lower, LOWER), (classes.upper, UPPER), (classes.digits, DIGITS), (classes.symbols, SYMBOLS)]
        .into_iter()
        .filter(|(on, _)| *on)
        .map(|(_, set)| set.as_bytes())
        .collect();
    if chosen.is_empty() {
        return None;
    }
    let alphabet: Vec<u8> = chosen.concat();
    let length = length.clamp(MIN_LENGTH, MAX_LENGTH);
    loop {
        let password: Vec<u8> = (0..length).map(|_| alphabet[uniform(alphabet.len(), fill)]).collect();
        // Redraw the whole password rather than patching in missing classes: patching would skew the distribution.
        if chosen.iter().all(|set| password.iter().any(|c| set.contains(c))) {
            return Some(String::from_utf8(password).expect("the alphabets are ASCII"));
        }
    }
}

/// A uniform index below `n` (n ≤ 256), by rejecting the bytes that would bias the modulo.
fn uniform(n: usize, fill: &mut dyn FnMut(&mut [u8])) -> usize {
    let limit = 256 - 256 % n;
    loop {
        let mut byte = [0u8];
        fill(&mut byte);
        if usize::from(byte[0]) < limit {
            return usize::from(byte[0]) % n;
        }
    }
}

/// The platform's cryptographic randomness (the browser's `crypto.getRandomValues` on wasm32).
pub fn os_random(buf: &mut [u8]) {
    getrandom::fill(buf).expect("the platform provides randomness");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_password_has_the_chosen_length_and_classes() {
        let classes = Classes { lower: true, upper: true, digits: true, symbols: true };
        for length in [MIN_LENGTH, DEFAULT_LENGTH, MAX_LENGTH] {
            let p = generate(length, classes, &mut os_random).unwrap();
            assert_eq!(p.len(), length);
            assert!(p.bytes().any(|c| c.is_ascii_lowercase()));
            assert!(p.bytes().any(|c| c.is_ascii_uppercase()));
            assert!(p.bytes().any(|c| c.is_ascii_digit()));
            assert!(p.bytes().any(|c| SYMBOLS.as_bytes().contains(&c)));
        }
    }

    #[test]
    fn digits_only_password_is_digits() {
        let p = generate(12, Classes { lower: false, upper: false, digits: true, symbols: false }, &mut os_random).unwrap();
        assert!(p.bytes().all(|c| c.is_ascii_digit()), "{p}");
    }

    #[test]
    fn no_class_chosen_generates_nothing() {
        assert_eq!(generate(12, Classes { lower: false, upper: false, digits: false, symbols: false }, &mut os_random), None);
    }

    #[test]
    fn length_is_clamped_to_the_offered_range() {
        assert_eq!(generate(1, Classes::default(), &mut os_random).unwrap().len(), MIN_LENGTH);
        assert_eq!(generate(1000, Classes::default(), &mut os_random).unwrap().len(), MAX_LENGTH);
    }

    #[test]
    fn biased_bytes_are_rejected() {
        // 10 digits: bytes 250..=255 would favour 0..=5, so they are skipped.
        let mut bytes = [255u8, 250, 7].into_iter().cycle();
        assert_eq!(uniform(10, &mut |b: &mut [u8]| b[0] = bytes.next().unwrap()), 7);
    }

    #[test]
    fn two_passwords_differ() {
        let a = generate(20, Classes::default(), &mut os_random).unwrap();
        let b = generate(20, Classes::default(), &mut os_random).unwrap();
        assert_ne!(a, b);
    }
}
