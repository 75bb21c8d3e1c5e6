//! QR codes drawn locally as SVG markup (attributes only: the CSP forbids inline styles), so the link never leaves the page.

use qrcodegen::{QrCode, QrCodeEcc};

/// Quiet zone around the code, in modules (the standard asks for four).
const BORDER: i32 = 4;

/// An SVG of the QR code for `text`, dark on light whatever the page theme (scanners expect that), or `None` if it does not fit.
pub fn svg(text: &str, label: &str) -> Option<String> {
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
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {full} {full}" role="img" aria-label="{}" shape-rendering="crispEdges"><rect width="{full}" height="{full}" fill="#fff"/><path d="{path}" fill="#000"/></svg>"##,
        escape_attribute(label)
    ))
}

fn escape_attribute(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn link_becomes_an_svg_without_style_attributes() {
        let svg = svg("https://cinder.example/s#AAAAAAAAAAAAAAAAAAAAAA", "QR \"code\"").unwrap();
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(!svg.contains("style"), "the CSP blocks style attributes");
        assert!(svg.contains(r#"aria-label="QR &quot;code&quot;""#));
        assert!(svg.contains("<path d=\"M"));
    }
}
