//! Finishes trunk's dist/ for a strict CSP and a light first load: shortens and minifies the JS glue, names each bundle by
//! its final content (the passphrase worker's too, behind a stable entry module), moves the inline loaders into hashed
//! files and precompresses.
//!
//! The server's CSP allows no inline script (no `unsafe-inline`, no hash exception), and it serves `X.br`/`X.gz` beside each
//! file instead of compressing at request time.

use anyhow::{bail, Context as _, Result};
use std::hash::{Hash as _, Hasher as _};
use std::io::Write as _;
use std::path::Path;

use crate::wasm_names;

/// trunk's inline loader, as written and as its HTML minifier writes it.
const OPEN_TAGS: [&str; 2] = [r#"<script type="module">"#, "<script type=module>"];
const CLOSE_TAG: &str = "</script>";

/// The pages trunk writes, one per bundle.
const PAGES: [&str; 3] = ["index.html", "open.html", "request.html"];

/// The passphrase worker's bundle (`kdf/`): trunk names a worker's files after its binary, without a hash
/// (`kdf.js`, `kdf_bg.wasm`), because pages name them at run time.
const WORKER: &str = "kdf";
/// The worker's entry module, which pages start by this fixed name (`client/src/kdf.rs`) and the server revalidates: it
/// imports the content-hashed glue and wasm, so a page from any build gets the worker of the binary serving it now.
const WORKER_ENTRY: &str = "kdf-worker.js";

/// Shortens the glue's import names and minifies it, names each bundle by what it now holds, externalizes the inline
/// loaders, then writes brotli and gzip copies of every asset.
pub fn finish(dist: &Path) -> Result<()> {
    shorten_imports(dist)?;
    minify_js(dist)?;
    rename_by_content(dist)?;
    for page in PAGES {
        externalize_inline_scripts(dist, page)?;
    }
    precompress(dist)
}

/// The steps above change the bytes of trunk's hashed `X.js` and `X_bg.wasm`, and the server caches hashed names as
/// immutable: so each pair is renamed by a hash of its final bytes (a pair, because the glue's short names must match
/// its wasm), and the pages and glue that name it are rewritten. The worker, which trunk leaves unhashed, gets its
/// hash here, and its entry module is written to load it.
fn rename_by_content(dist: &Path) -> Result<()> {
    let mut renamed = Vec::new();
    let mut worker = None;
    for stem in bundles(dist)? {
        let bundle = match stem.rsplit_once('-') {
            Some((bundle, _)) => bundle.to_owned(),
            None if stem == WORKER => stem.clone(),
            None => bail!("{stem}: trunk's name has no hash"),
        };
        let (wasm_path, js_path) = (dist.join(format!("{stem}_bg.wasm")), dist.join(format!("{stem}.js")));
        let new = format!("{bundle}-{}", content_hash(&[&std::fs::read(&wasm_path)?, &std::fs::read(&js_path)?]));
        std::fs::rename(&wasm_path, dist.join(format!("{new}_bg.wasm")))?;
        std::fs::rename(&js_path, dist.join(format!("{new}.js")))?;
        if stem == WORKER {
            // Not in `renamed`: its old name, "kdf", is no name to replace in every page and script.
            worker = Some(new);
        } else {
            renamed.push((stem, new));
        }
    }
    let Some(worker) = worker else { bail!("dist/ has no {WORKER} bundle (the passphrase worker, index.html)") };
    // The glue's `init` runs the worker's `main`, which starts listening; the wasm is named, not found by the glue's
    // default (its unhashed name).
    let entry = format!("import init from \"./{worker}.js\";\nawait init({{ module_or_path: \"./{worker}_bg.wasm\" }});\n");
    std::fs::write(dist.join(WORKER_ENTRY), entry).with_context(|| format!("writing dist/{WORKER_ENTRY}"))?;
    eprintln!("    {WORKER_ENTRY}: the passphrase worker's entry, loading {worker}");
    for entry in std::fs::read_dir(dist).context("listing dist/")? {
        let path = entry?.path();
        if !path.extension().is_some_and(|e| e == "html" || e == "js") {
            continue;
        }
        let text = std::fs::read_to_string(&path)?;
        let rewritten = renamed.iter().fold(text.clone(), |t, (old, new)| t.replace(old.as_str(), new));
        if rewritten != text {
            std::fs::write(&path, rewritten)?;
        }
    }
    Ok(())
}

/// wasm-bindgen names every import `__wbg_<function>_<16 hex digits>`, and each name is written twice, in the wasm and as a
/// key in the JS glue: about 4.6 KB of names per bundle whose hash digits brotli cannot shrink. Renames them to one or two
/// letters in both files (docs/benchmarks.md). Names that are also exports are left alone. Its closure adapters' exports,
/// named after their Rust paths (`wasm_bindgen_<hash>___convert__closures…`, up to 334 characters), are renamed too.
fn shorten_imports(dist: &Path) -> Result<()> {
    for stem in bundles(dist)? {
        let (wasm_path, js_path) = (dist.join(format!("{stem}_bg.wasm")), dist.join(format!("{stem}.js")));
        let wasm = std::fs::read(&wasm_path)?;
        let js = std::fs::read_to_string(&js_path).with_context(|| format!("reading {}", js_path.display()))?;
        let (wasm, renames) =
            wasm_names::shorten_names(&wasm).with_context(|| format!("renaming imports and exports of {}", wasm_path.display()))?;
        let js = wasm_names::rename_identifiers(&js, &renames);
        for old in renames.keys() {
            if js.contains(old.as_str()) {
                bail!("{}: `{old}` is still named somewhere the renaming cannot see", js_path.display());
            }
        }
        std::fs::write(&wasm_path, wasm)?;
        std::fs::write(&js_path, js)?;
        eprintln!("    {stem}: {} imports and exports renamed", renames.len());
    }
    Ok(())
}

/// The bundles in `dist`: the `X` of each wasm-bindgen pair `X_bg.wasm` + `X.js`, listed before any is renamed.
fn bundles(dist: &Path) -> Result<Vec<String>> {
    let mut stems = Vec::new();
    for entry in std::fs::read_dir(dist).context("listing dist/")? {
        let name = entry?.file_name();
        if let Some(stem) = name.to_str().and_then(|n| n.strip_suffix("_bg.wasm")) {
            stems.push(stem.to_owned());
        }
    }
    Ok(stems)
}

/// 16 hex digits of a hash of `parts`: the file-name hash the server recognises as immutable (`is_hashed`).
fn content_hash(parts: &[&[u8]]) -> String {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    parts.hash(&mut hasher);
    format!("{:016x}", hasher.finish())
}

/// wasm-bindgen's glue, which trunk's minifier cannot parse: terser (npm, pinned in package.json) takes a fifth off it
/// brotli'd (docs/benchmarks.md).
fn minify_js(dist: &Path) -> Result<()> {
    for entry in std::fs::read_dir(dist).context("listing dist/")? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "js") {
            let mut terser = std::process::Command::new("terser");
            terser.arg(&path).args(["--module", "--compress", "passes=2", "--mangle", "--output"]).arg(&path);
            crate::run(&format!("terser {}", path.file_name().unwrap_or_default().to_string_lossy()), &mut terser)?;
        }
    }
    Ok(())
}

fn externalize_inline_scripts(dist: &Path, page: &str) -> Result<()> {
    let index_path = dist.join(page);
    let mut html = std::fs::read_to_string(&index_path).with_context(|| format!("reading dist/{page}"))?;
    while let Some((start, open_tag)) = OPEN_TAGS.iter().find_map(|tag| html.find(tag).map(|at| (at, tag))) {
        let body_start = start + open_tag.len();
        let Some(len) = html[body_start..].find(CLOSE_TAG) else { bail!("unterminated inline script in dist/{page}") };
        let body = html[body_start..body_start + len].trim().to_owned();
        // A content hash in the name lets the server cache it as immutable, like trunk's own hashed files.
        let name = format!("loader-{}.js", content_hash(&[body.as_bytes()]));
        std::fs::write(dist.join(&name), format!("{body}\n")).with_context(|| format!("writing dist/{name}"))?;
        html.replace_range(start..body_start + len + CLOSE_TAG.len(), &format!(r#"<script type="module" src="/{name}"></script>"#));
    }
    let inline_script = html.match_indices("<script").any(|(at, _)| !html[at..].split('>').next().unwrap_or_default().contains(" src="));
    if inline_script || html.contains("<style") || html.contains(" style=") {
        bail!("dist/{page} still has inline script or style, which the CSP blocks");
    }
    std::fs::write(&index_path, html).with_context(|| format!("writing dist/{page}"))?;
    eprintln!("    {page}: moved trunk's inline loader into a file (CSP: no inline scripts)");
    Ok(())
}

fn precompress(dist: &Path) -> Result<()> {
    let (raw, br) = precompress_dir(dist)?;
    eprintln!("    precompressed dist/: {} KB raw, {} KB brotli", raw / 1024, br / 1024);
    Ok(())
}

/// Writes `X.br` and `X.gz` beside every file `X` under `dir`; returns the raw and brotli totals.
fn precompress_dir(dir: &Path) -> Result<(usize, usize)> {
    let (mut raw, mut br) = (0usize, 0usize);
    for entry in std::fs::read_dir(dir).with_context(|| format!("listing {}", dir.display()))? {
        let path = entry?.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_owned();
        if path.is_dir() {
            let (r, b) = precompress_dir(&path)?;
            (raw, br) = (raw + r, br + b);
            continue;
        }
        if name.ends_with(".br") || name.ends_with(".gz") {
            continue;
        }
        let bytes = std::fs::read(&path)?;
        let mut brotli_out = Vec::new();
        let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 22, ..Default::default() };
        brotli::BrotliCompress(&mut bytes.as_slice(), &mut brotli_out, &params)?;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&bytes)?;
        std::fs::write(dir.join(format!("{name}.br")), &brotli_out)?;
        std::fs::write(dir.join(format!("{name}.gz")), gz.finish()?)?;
        raw += bytes.len();
        br += brotli_out.len();
    }
    Ok((raw, br))
}
