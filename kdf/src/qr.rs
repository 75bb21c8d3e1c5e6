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
    let mut path = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if code.get_module(x, y) {
                let start = x;
                while x < size && code.get_module(x, y) {
                    x += 1;
                }
                path.push_str(&format!("M{},{}h{}v1h-{}z", start + BORDER, y + BORDER, x - start, x - start));
            } else {
                x += 1;
            }
        }
    }
    let full = size + 2 * BORDER;
    Some(format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {full} {full}" shape-rendering="crispEdges"><rect width="{full}" height="{full}" fill="#fff"/><path d="{path}" fill="#000"/></svg>"##
    ))
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
    }
}
