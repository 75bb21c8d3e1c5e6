//! Short names for a wasm module's imports and wasm-bindgen's closure exports: just enough of the binary format to
//! rewrite the import and export sections, and the JS side.

use anyhow::{bail, Context as _, Result};
use std::collections::{BTreeMap, HashSet};

const IMPORT_SECTION: u8 = 2;
const FUNCREF: u8 = 0x70;
const EXTERNREF: u8 = 0x6f;
const EXPORT_SECTION: u8 = 7;

/// Renames every function import, and every export wasm-bindgen named after a Rust path (its closure adapters, up to 334
/// characters each), to a short identifier; returns the new module and old name → new name.
pub fn shorten_names(wasm: &[u8]) -> Result<(Vec<u8>, BTreeMap<String, String>)> {
    if wasm.get(..8) != Some(b"\0asm\x01\0\0\0".as_slice()) {
        bail!("not a wasm module (version 1)");
    }
    let sections = sections(&wasm[8..])?;
    let exports: HashSet<String> = match sections.iter().find(|(id, _)| *id == EXPORT_SECTION) {
        Some((_, body)) => export_names(body)?,
        None => HashSet::new(),
    };
    let mut renames = BTreeMap::new();
    let mut out = wasm[..8].to_vec();
    for (id, body) in &sections {
        let body = match *id {
            IMPORT_SECTION => rename_imports(body, &exports, &mut renames)?,
            EXPORT_SECTION => rename_exports(body, &mut renames)?,
            _ => body.to_vec(),
        };
        out.push(*id);
        leb(&mut out, body.len() as u64);
        out.extend_from_slice(&body);
    }
    Ok((out, renames))
}

/// Replaces every identifier token of `js` that `renames` names (whole tokens only, so no name inside a longer one changes).
pub fn rename_identifiers(js: &str, renames: &BTreeMap<String, String>) -> String {
    let is_ident = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    let mut out = String::with_capacity(js.len());
    let mut rest = js;
    while !rest.is_empty() {
        let len = rest.find(|c: char| !is_ident(c)).unwrap_or(rest.len());
        let (token, after) = if len == 0 {
            let c = rest.chars().next().expect("not empty");
            rest.split_at(c.len_utf8())
        } else {
            rest.split_at(len)
        };
        out.push_str(renames.get(token).map_or(token, String::as_str));
        rest = after;
    }
    out
}

/// The `n`th short name: a, b, … Z, aa, ab, … (letters first, so it is a JS identifier).
fn short_name(mut n: usize) -> String {
    const FIRST: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const NEXT: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    let mut name = vec![FIRST[n % FIRST.len()]];
    n /= FIRST.len();
    while n > 0 {
        n -= 1;
        name.push(NEXT[n % NEXT.len()]);
        n /= NEXT.len();
    }
    String::from_utf8(name).expect("ASCII")
}

fn sections(mut bytes: &[u8]) -> Result<Vec<(u8, &[u8])>> {
    let mut out = Vec::new();
    while let Some((&id, rest)) = bytes.split_first() {
        let mut r = Reader(rest);
        let len = usize::try_from(r.leb()?)?;
        let body = r.take(len)?;
        out.push((id, body));
        bytes = r.0;
    }
    Ok(out)
}

fn export_names(body: &[u8]) -> Result<HashSet<String>> {
    let mut r = Reader(body);
    let mut names = HashSet::new();
    for _ in 0..r.leb()? {
        names.insert(r.name()?.to_owned());
        r.take(1)?;
        r.leb()?;
    }
    Ok(names)
}

fn rename_imports(body: &[u8], exports: &HashSet<String>, renames: &mut BTreeMap<String, String>) -> Result<Vec<u8>> {
    let mut r = Reader(body);
    let count = r.leb()?;
    let mut glue_module = None;
    let mut out = Vec::with_capacity(body.len());
    leb(&mut out, count);
    for _ in 0..count {
        let module = r.name()?;
        let field = r.name()?;
        let start = r.0;
        let kind = r.take(1)?[0];
        match kind {
            0 => {
                r.leb()?;
            }
            1 => {
                r.value_type(&[FUNCREF, EXTERNREF])?;
                r.limits()?;
            }
            2 => r.limits()?,
            3 => {
                r.value_type(&[0x7f, 0x7e, 0x7d, 0x7c, 0x7b, FUNCREF, EXTERNREF])?;
                r.take(1)?;
            }
            4 => {
                r.take(1)?;
                r.leb()?;
            }
            _ => bail!("unknown import kind {kind}"),
        }
        let descriptor = &start[..start.len() - r.0.len()];
        let new = if kind == 0 && !exports.contains(field) {
            // The JS side is renamed by name alone, so every renamed import must come from the one glue module.
            if *glue_module.get_or_insert(module) != module {
                bail!(
                    "function imports from two modules ({} and {module}): the JS renaming cannot tell them apart",
                    glue_module.unwrap_or_default()
                );
            }
            let next = short_name(renames.len());
            renames.entry(field.to_owned()).or_insert(next).clone()
        } else {
            field.to_owned()
        };
        for name in [module, new.as_str()] {
            leb(&mut out, name.len() as u64);
            out.extend_from_slice(name.as_bytes());
        }
        out.extend_from_slice(descriptor);
    }
    if !r.0.is_empty() {
        bail!("trailing bytes in the import section");
    }
    Ok(out)
}

/// The exports wasm-bindgen names `wasm_bindgen_<crate hash>___<mangled path>`: the JS glue reads them only as
/// `wasm.<name>`, so they can be renamed like imports (the others, `memory`, `__wbindgen_malloc`, … keep their names).
fn rename_exports(body: &[u8], renames: &mut BTreeMap<String, String>) -> Result<Vec<u8>> {
    let mut r = Reader(body);
    let count = r.leb()?;
    let mut out = Vec::with_capacity(body.len());
    leb(&mut out, count);
    for _ in 0..count {
        let name = r.name()?;
        let start = r.0;
        r.take(1)?;
        r.leb()?;
        let descriptor = &start[..start.len() - r.0.len()];
        let new = if name.starts_with("wasm_bindgen_") && name.contains("___") {
            let next = short_name(renames.len());
            renames.entry(name.to_owned()).or_insert(next).clone()
        } else {
            name.to_owned()
        };
        leb(&mut out, new.len() as u64);
        out.extend_from_slice(new.as_bytes());
        out.extend_from_slice(descriptor);
    }
    if !r.0.is_empty() {
        bail!("trailing bytes in the export section");
    }
    Ok(out)
}

struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8]> {
        let (head, rest) = self.0.split_at_checked(n).context("truncated wasm")?;
        self.0 = rest;
        Ok(head)
    }

    fn leb(&mut self) -> Result<u64> {
        let (mut value, mut shift) = (0u64, 0);
        loop {
            let byte = self.take(1)?[0];
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
            shift += 7;
            if shift > 63 {
                bail!("LEB128 too long");
            }
        }
    }

    fn name(&mut self) -> Result<&'a str> {
        let len = usize::try_from(self.leb()?)?;
        Ok(std::str::from_utf8(self.take(len)?)?)
    }

    /// A value type that is one byte (the typed references of newer proposals are longer, and refused).
    fn value_type(&mut self, allowed: &[u8]) -> Result<()> {
        let byte = self.take(1)?[0];
        if !allowed.contains(&byte) {
            bail!("unsupported value type 0x{byte:02x}");
        }
        Ok(())
    }

    fn limits(&mut self) -> Result<()> {
        let flags = self.take(1)?[0];
        // max present, shared, 64-bit; anything else (custom page sizes, …) has a layout not read here.
        if flags > 0x07 {
            bail!("unsupported limits flags 0x{flags:02x}");
        }
        self.leb()?;
        if flags & 1 != 0 {
            self.leb()?;
        }
        Ok(())
    }
}

fn leb(out: &mut Vec<u8>, mut value: u64) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_names_are_distinct_identifiers() {
        let names: Vec<String> = (0..5000).map(short_name).collect();
        assert_eq!(names[..3], ["a", "b", "c"]);
        assert_eq!(names.iter().collect::<HashSet<_>>().len(), names.len());
        assert!(names.iter().all(|n| n.chars().next().is_some_and(|c| c.is_ascii_alphabetic())));
    }

    #[test]
    fn only_whole_tokens_are_renamed() {
        let renames = BTreeMap::from([("__wbg_f_0123".to_owned(), "a".to_owned())]);
        let js = "x.__wbg_f_0123=1; __wbg_f_01234; {__wbg_f_0123: function() {}} 'é'";
        assert_eq!(rename_identifiers(js, &renames), "x.a=1; __wbg_f_01234; {a: function() {}} 'é'");
    }

    #[test]
    fn import_section_round_trips_with_new_names() {
        // (module (import "m" "long_name" (func)) (import "m" "mem" (memory 1 2)) (export "e" (func 0)))
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        wasm.extend([1, 4, 1, 0x60, 0, 0]); // type section: one () -> ()
        let imports = [&[2u8][..], &[1, b'm', 9], b"long_name", &[0, 0], &[1, b'm', 3], b"mem", &[2, 1, 1, 2]].concat();
        wasm.extend([2, imports.len() as u8]);
        wasm.extend(&imports);
        wasm.extend([7, 5, 1, 1, b'e', 0, 0]);
        let (out, renames) = shorten_names(&wasm).unwrap();
        assert_eq!(renames, BTreeMap::from([("long_name".to_owned(), "a".to_owned())]));
        let sections = sections(&out[8..]).unwrap();
        assert_eq!(sections[1].1, [&[2u8][..], &[1, b'm', 1, b'a', 0, 0], &[1, b'm', 3], b"mem", &[2, 1, 1, 2]].concat());
        assert_eq!(sections[0], (1, &[1u8, 0x60, 0, 0][..]));
        assert_eq!(sections[2], (7, &[1u8, 1, b'e', 0, 0][..]));
    }

    #[test]
    fn closure_exports_get_short_names_too() {
        // (module (func) (export "wasm_bindgen_0a___invoke" (func 0)) (export "memory" …)): only wasm-bindgen's is renamed.
        let long = b"wasm_bindgen_0a___invoke";
        let exports = [&[2u8, long.len() as u8][..], long, &[0, 0], &[6], b"memory", &[2, 0]].concat();
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        wasm.extend([7, exports.len() as u8]);
        wasm.extend(&exports);
        let (out, renames) = shorten_names(&wasm).unwrap();
        assert_eq!(renames, BTreeMap::from([("wasm_bindgen_0a___invoke".to_owned(), "a".to_owned())]));
        assert_eq!(sections(&out[8..]).unwrap()[0].1, [&[2u8, 1, b'a', 0, 0, 6][..], b"memory", &[2, 0]].concat());
    }
}
