//! Regenerates the envelope v1 test vectors in `docs/vectors/v1/` from the deterministic seam.
//!
//! `cargo run -p cinder-shared --example gen-vectors --features deterministic` (a test fails when the checked-in
//! files and this output differ, so rerun it after any intended format change and review the diff).

use std::path::Path;

fn main() -> std::io::Result<()> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/vectors/v1");
    std::fs::create_dir_all(&dir)?;
    // Stale files would otherwise survive a renamed scenario and fail the comparison test.
    for entry in std::fs::read_dir(&dir)? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "txt") {
            std::fs::remove_file(path)?;
        }
    }
    let vectors = shared::envelope::testing::vectors();
    for (name, contents) in &vectors {
        std::fs::write(dir.join(name), contents)?;
    }
    println!("wrote {} vectors to {}", vectors.len(), dir.display());
    Ok(())
}
