//! QR codes drawn locally as SVG markup (attributes only: the CSP forbids inline styles), so the link never leaves the
//! browser. Drawn in this worker rather than in the page: the encoder is about 3.6 KB of the create page's wasm, and the
//! page needs a QR code only once a secret has been created (docs/benchmarks.md, "Web client").

use qrcodegen::{QrCode, QrCodeEcc};

/// Quiet zone around the code, in modules (the standard asks for four).
const BORDER: i32 = 4;

/// An SVG of the QR code for `text`, dark on light whatever the page theme (scanners expect that), or `None` if it does not
/// fit. Unlabelled: the page labels the element it shows it in, in the page's language.
pub fn svg(text: &str) -> Option<String> {
    // Byte mode only: a link has lowercase letters, so the numeric and alphanumeric modes would never be chosen anyway, and
    // leaving `encode_text`'s mode selection out keeps its code out of the bundle.
    let code = QrCode::encode_binary(text.as_bytes(), QrCodeEcc::Medium).ok()?;
    let size = code.size();
    let full = size + 2 * BORDER;
    let mut svg = String::new();
    let header = [
        (r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 "#, full),
        (" ", full),
        (r#"" shape-rendering="crispEdges"><rect width=""#, full),
        (r#"" height=""#, full),
    ];
    push_all(&mut svg, &header);
    svg.push_str(r##"" fill="#fff"/><path d=""##);
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if code.get_module(x, y) {
                let start = x;
                while x < size && code.get_module(x, y) {
                    x += 1;
                }
                // One run of dark modules: "M<x>,<y>h<run>v1h-<run>z".
                push_all(&mut svg, &[("M", start + BORDER), (",", y + BORDER), ("h", x - start), ("v1h-", x - start)]);
                svg.push('z');
            } else {
                x += 1;
            }
        }
    }
    svg.push_str(r##"" fill="#000"/></svg>"##);
    Some(svg)
}

/// Appends each text and the number after it. Numbers are written with itoa rather than `format!`: core's formatting
/// machinery would be most of what QR codes add to this worker.
fn push_all(out: &mut String, parts: &[(&str, i32)]) {
    let mut number = itoa::Buffer::new();
    for (text, n) in parts {
        out.push_str(text);
        out.push_str(number.format(*n));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn link_becomes_an_svg_without_style_attributes() {
        let svg = svg("https://cinder.example/s#AAAAAAAAAAAAAAAAAAAAAA").unwrap();
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(!svg.contains("style"), "the CSP blocks style attributes");
        assert!(svg.contains("<path d=\"M"));
        // 23 bytes in byte mode at level M is version 2: 25 modules, 33 with the quiet zone; the finder pattern's top row.
        let short = super::svg("https://cinder.example/").unwrap();
        assert!(short.contains(r#"viewBox="0 0 33 33""#) && short.contains(r#"<rect width="33" height="33""#), "{short}");
        assert!(short.contains(r#"<path d="M4,4h7v1h-7z"#), "{short}");
    }
}
