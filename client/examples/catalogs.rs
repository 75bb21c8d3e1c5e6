//! Writes the catalog files the browser reads (`client/i18n/<part>/<tag>.json`, one per bundle) from the translators' Fluent files
//! (`client/locales/<tag>.ftl`), after checking each against English; exits 1, writing nothing, if any has a problem.
//!
//! `cargo run -p cinder-client --example catalogs`; a test fails while the two disagree.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::main();
}

/// The page never parses Fluent: in a wasm32 build this tool is nothing.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use cinder_client::i18n::{file_path, source, Lang, Part};

    pub fn main() {
        let english = source::read(Lang::En).unwrap_or_else(|errors| fail(&errors));
        let mut catalogs = Vec::new();
        let mut problems = Vec::new();
        for lang in Lang::ALL {
            match source::read(lang) {
                Ok(catalog) => {
                    problems.extend(source::problems(&catalog, &english));
                    catalogs.push(catalog);
                }
                Err(errors) => problems.extend(errors),
            }
        }
        if !problems.is_empty() {
            fail(&problems);
        }
        for catalog in &catalogs {
            for part in Part::ALL {
                let path = file_path(part, catalog.lang);
                let written = std::fs::create_dir_all(path.parent().expect("in a folder"))
                    .and_then(|()| std::fs::write(&path, source::json(catalog, part)));
                written.unwrap_or_else(|e| fail(&[format!("{}: {e}", path.display())]));
                println!("wrote {}", path.display());
            }
        }
    }

    fn fail(problems: &[String]) -> ! {
        for problem in problems {
            eprintln!("{problem}");
        }
        std::process::exit(1)
    }
}
