//! The `cinder` binary: parse config, open the store, serve. Everything else lives in the library.
fn main() {}
