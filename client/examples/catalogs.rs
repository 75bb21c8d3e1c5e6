//! Writes the catalog files the browser fetches (`client/i18n/<tag>.json`) from the catalogs in the source.
//!
//! `cargo run -p cinder-client --example catalogs`; a test fails while the files and the source disagree.
use cinder_client::i18n::{catalog_file, Lang};

fn main() -> std::io::Result<()> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n");
    std::fs::create_dir_all(&dir)?;
    for lang in Lang::ALL.into_iter().filter(|&l| l != Lang::En) {
        let path = dir.join(format!("{}.json", lang.tag()));
        std::fs::write(&path, catalog_file(lang.messages()))?;
        println!("wrote {}", path.display());
    }
    Ok(())
}
