//! Files travel encrypted, names included, and come out byte for byte as downloads.

mod common;

use cinder_e2e::Harness;
use std::time::Duration;

#[tokio::test(flavor = "multi_thread")]
async fn files_round_trip() -> anyhow::Result<()> {
    let h = Harness::start().await?;
    let dir = tempfile::tempdir()?;
    let upload = dir.path().join("upload");
    std::fs::create_dir(&upload)?;
    let files = [
        ("quarterly-figures.bin", common::noise(300_000, 7)),
        ("wifi-password-notes.txt", "SSID hidden, key=tr0ub4dor&3\n".as_bytes().to_vec()),
    ];
    for (name, bytes) in &files {
        std::fs::write(upload.join(name), bytes)?;
    }
    let paths: Vec<_> = files.iter().map(|(name, _)| upload.join(name)).collect();
    let paths: Vec<&std::path::Path> = paths.iter().map(|p| p.as_path()).collect();
    h.client.goto(&h.url("/")).await?;
    let links = common::create(&h, "two files attached", None, &paths).await?;

    let downloads = dir.path().join("downloads");
    std::fs::create_dir(&downloads)?;
    common::allow_downloads(&h, &downloads).await?;
    assert_eq!(common::open(&h, &links.share, None).await?, "two files attached");
    h.screenshot("opened-files").await?;
    let anchors = h.client.find_all(fantoccini::Locator::Css("#opened-files a")).await?;
    assert_eq!(anchors.len(), 2);
    for anchor in anchors {
        anchor.click().await?;
    }
    for (name, bytes) in &files {
        let path = downloads.join(name);
        let mut waited = 0;
        while !path.exists() && waited < 100 {
            tokio::time::sleep(Duration::from_millis(100)).await;
            waited += 1;
        }
        assert_eq!(&std::fs::read(&path)?, bytes, "{name} came back different");
        h.assert_never_sent(name.as_bytes(), "a file name");
    }
    h.assert_never_sent(&files[1].1, "a file's contents");
    h.assert_never_sent(&files[0].1[1000..1032], "a slice of a file's contents");
    h.finish().await
}
