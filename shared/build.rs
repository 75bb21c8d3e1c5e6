//! Embeds the test vectors of `docs/vectors/v1/` into the tests (`OUT_DIR/vectors.rs`), so the very same files are
//! checked natively and in the browser, where the tests cannot read the file system.

use std::path::Path;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/vectors/v1");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .map(|entries| entries.filter_map(|e| e.ok()?.file_name().into_string().ok()).filter(|n| n.ends_with(".txt")).collect())
        .unwrap_or_default();
    names.sort();
    let mut out = String::from("/// Every checked-in vector file as (file name, contents), sorted by name.\n");
    out += "pub const VECTORS: &[(&str, &str)] = &[\n";
    for name in &names {
        let path = dir.join(name);
        out += &format!("    ({name:?}, include_str!({:?})),\n", path.display().to_string());
    }
    out += "];\n";
    let target = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("vectors.rs");
    std::fs::write(target, out).expect("OUT_DIR is writable");
}
