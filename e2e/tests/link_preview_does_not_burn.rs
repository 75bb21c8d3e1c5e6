//! Link previews, mail scanners and prefetching cannot burn a secret: loading the page only peeks, and a client without
//! JavaScript gets the empty app shell. Only the click on "open" fetches the ciphertext.

mod common;

use cinder_e2e::Harness;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};

#[tokio::test(flavor = "multi_thread")]
async fn loading_link_does_not_burn() -> anyhow::Result<()> {
    let h = Harness::start().await?;
    let links = common::create(&h, "still here", None, &[]).await?;

    // A scanner without JavaScript fetches the link (it never sees the fragment).
    let addr = h.base_url.trim_start_matches("http://").to_owned();
    for path in ["/s", "/s?utm=preview"] {
        let mut stream = tokio::net::TcpStream::connect(&addr).await?;
        stream.write_all(format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").as_bytes()).await?;
        let mut response = Vec::new();
        stream.read_to_end(&mut response).await?;
        assert!(response.starts_with(b"HTTP/1.1 200"), "{}", String::from_utf8_lossy(&response));
    }

    // A browser loads the page and waits, twice, without clicking.
    for _ in 0..2 {
        common::visit(&h, &links.share).await?;
        h.wait_for("#open").await?;
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    }
    let opens = h.recorded().into_iter().filter(|e| e.uri.ends_with("/api/v1/secrets/open")).count();
    assert_eq!(opens, 0, "loading the page must not fetch the ciphertext");
    assert!(h.recorded().iter().any(|e| e.method == "POST" && e.uri.ends_with("/api/v1/secrets/peek")), "the page peeked");
    // Ids travel in bodies: every API request the page made has one of the fixed paths, so no access log holds an id.
    let fixed = ["/secrets", "/secrets/peek", "/secrets/open", "/receipts/status", "/receipts/burn", "/config"];
    for e in h.recorded().iter().filter(|e| e.uri.contains("/api/")) {
        let path = e.uri.split("/api/v1").nth(1).unwrap_or_default();
        assert!(fixed.contains(&path), "an API path that is not fixed: {}", e.uri);
    }

    assert_eq!(common::open(&h, &links.share, None).await?, "still here");
    h.finish().await
}
