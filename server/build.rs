//! Re-embeds the client whenever `dist/` changes, so new hashed asset names are picked up.
fn main() {
    println!("cargo:rerun-if-changed=../dist");
}
