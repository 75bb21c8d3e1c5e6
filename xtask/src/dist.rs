//! Finishes trunk's dist/ for a strict CSP and a light first load: moves the inline loader into a hashed file and precompresses.
//!
//! The server's CSP allows no inline script (no `unsafe-inline`, no hash exception), and it serves `X.br`/`X.gz` beside each
//! file instead of compressing at request time.

use anyhow::{bail, Context as _, Result};
use std::hash::{Hash as _, Hasher as _};
use std::io::Write as _;
use std::path::Path;

/// trunk's inline loader, as written and as its HTML minifier writes it.
const OPEN_TAGS: [&str; 2] = [r#"<script type="module">"#, "<script type=module>"];
const CLOSE_TAG: &str = "</script>";

/// Externalizes inline scripts, then writes brotli and gzip copies of every asset.
pub fn finish(dist: &Path) -> Result<()> {
    externalize_inline_scripts(dist)?;
    precompress(dist)
}

fn externalize_inline_scripts(dist: &Path) -> Result<()> {
    let index_path = dist.join("index.html");
    let mut html = std::fs::read_to_string(&index_path).context("reading dist/index.html")?;
    while let Some((start, open_tag)) = OPEN_TAGS.iter().find_map(|tag| html.find(tag).map(|at| (at, tag))) {
        let body_start = start + open_tag.len();
        let Some(len) = html[body_start..].find(CLOSE_TAG) else { bail!("unterminated inline script in dist/index.html") };
        let body = html[body_start..body_start + len].trim().to_owned();
        // A content hash in the name lets the server cache it as immutable, like trunk's own hashed files.
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        body.hash(&mut hasher);
        let name = format!("loader-{:016x}.js", hasher.finish());
        std::fs::write(dist.join(&name), format!("{body}\n")).with_context(|| format!("writing dist/{name}"))?;
        html.replace_range(start..body_start + len + CLOSE_TAG.len(), &format!(r#"<script type="module" src="/{name}"></script>"#));
    }
    let inline_script = html.match_indices("<script").any(|(at, _)| !html[at..].split('>').next().unwrap_or_default().contains(" src="));
    if inline_script || html.contains("<style") || html.contains(" style=") {
        bail!("dist/index.html still has inline script or style, which the CSP blocks");
    }
    std::fs::write(&index_path, html).context("writing dist/index.html")?;
    eprintln!("    moved trunk's inline loader into a file (CSP: no inline scripts)");
    Ok(())
}

fn precompress(dist: &Path) -> Result<()> {
    let (mut raw, mut br) = (0usize, 0usize);
    for entry in std::fs::read_dir(dist).context("listing dist/")? {
        let path = entry?.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_owned();
        if !path.is_file() || name.ends_with(".br") || name.ends_with(".gz") {
            continue;
        }
        let bytes = std::fs::read(&path)?;
        let mut brotli_out = Vec::new();
        let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 22, ..Default::default() };
        brotli::BrotliCompress(&mut bytes.as_slice(), &mut brotli_out, &params)?;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&bytes)?;
        std::fs::write(dist.join(format!("{name}.br")), &brotli_out)?;
        std::fs::write(dist.join(format!("{name}.gz")), gz.finish()?)?;
        raw += bytes.len();
        br += brotli_out.len();
    }
    eprintln!("    precompressed dist/: {} KB raw, {} KB brotli", raw / 1024, br / 1024);
    Ok(())
}
