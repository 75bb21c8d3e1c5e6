//! `cinder status` and `cinder burn`: what the creator's receipt link can do, from a terminal (and `status` of the
//! asker's private request link, in `request.rs`).

use std::time::{Duration, SystemTime};

use shared::api::{BurnRequest, Receipt, ReceiptState};

use super::http::Api;
use super::{link, terminal, Failure};

#[derive(Debug, clap::Args)]
pub struct StatusArgs {
    /// The receipt link (https://host/r#…) or your private request link (https://host/a#…), or - to read it from
    /// stdin.
    pub link: String,
    /// Print the receipt as one JSON object (state, opened_at, expires_at; for a request: state, expires_at,
    /// answered_at).
    #[arg(long)]
    pub json: bool,
    /// While the secret waits, keep asking (every 5 s) until it is opened (for a secret with several opens: once
    /// more), burned or expires, then print that. For a request: until it is answered.
    #[arg(long)]
    pub wait: bool,
}

/// How often `cinder status --wait` asks: what the receipt page does while it is shown.
const WAIT_EVERY: Duration = Duration::from_secs(5);

#[derive(Debug, clap::Args)]
pub struct BurnArgs {
    /// The receipt link (https://host/r#…), or - to read it from stdin.
    pub link: String,
    /// Do not ask before burning.
    #[arg(short, long)]
    pub yes: bool,
    /// Print the receipt after burning as one JSON object.
    #[arg(long)]
    pub json: bool,
}

pub async fn status(args: StatusArgs) -> Result<(), Failure> {
    let text = link::read_arg(&args.link)?;
    if link::page(&text).as_deref() == Some("/a") {
        return super::request::status(&text, args.json, args.wait).await;
    }
    let (origin, secret) = link::receipt(&text)?;
    let api = Api::new(&origin, None)?;
    let mut receipt = api.receipt(secret.id().to_text()).await.map_err(forgotten)?;
    let opens = receipt.opens.len();
    while args.wait && receipt.state == ReceiptState::Waiting && receipt.opens.len() == opens {
        tokio::time::sleep(WAIT_EVERY).await;
        match api.receipt(secret.id().to_text()).await {
            Ok(now) => receipt = now,
            // The server or the network away for a moment: ask again at the next turn.
            Err(Failure::Network(_)) => {}
            Err(failure) => return Err(forgotten(failure)),
        }
    }
    report(&receipt, args.json);
    Ok(())
}

pub async fn burn(args: BurnArgs) -> Result<(), Failure> {
    let text = link::read_arg(&args.link)?;
    let (origin, secret) = link::receipt(&text)?;
    if terminal::interactive() && !args.yes && !terminal::confirm("Burn this secret, so nobody can open it?")? {
        return Err(Failure::Local("not burned".into()));
    }
    let request = BurnRequest { receipt: secret.id().to_text(), proof: secret.burn_proof().to_text() };
    let receipt = Api::new(&origin, None)?.burn(&request).await.map_err(forgotten)?;
    report(&receipt, args.json);
    Ok(())
}

/// A receipt the server no longer knows: it forgets receipts some time after their secret's expiry.
fn forgotten(failure: Failure) -> Failure {
    match failure {
        Failure::Gone(message) if message == super::http::GONE => {
            Failure::Gone("the server does not know this receipt (forgotten after expiry, or the link is wrong)".into())
        }
        other => other,
    }
}

fn when(secs: u64) -> String {
    humantime::format_rfc3339_seconds(SystemTime::UNIX_EPOCH + Duration::from_secs(secs)).to_string()
}

/// One line a script can test the first word of (`waiting`, `opened`, `burned`, `expired`), or the JSON.
fn report(receipt: &Receipt, json: bool) {
    if json {
        println!("{}", serde_json::to_string(receipt).expect("a receipt serializes"));
        return;
    }
    let opens = receipt.opens.len();
    let line = match (receipt.state, receipt.opened_at) {
        (ReceiptState::Waiting, _) if opens > 0 => format!(
            "waiting: opened {opens} of {} times (last {}); {} left; expires {}",
            receipt.views,
            receipt.opens.last().map_or_else(String::new, |&t| when(t)),
            receipt.views_left,
            when(receipt.expires_at)
        ),
        (ReceiptState::Waiting, _) => format!("waiting: not opened yet; expires {}", when(receipt.expires_at)),
        (ReceiptState::Opened, Some(at)) if receipt.views > 1 => format!("opened {} ({} of {} times)", when(at), opens, receipt.views),
        (ReceiptState::Opened, Some(at)) => format!("opened {}", when(at)),
        (ReceiptState::Opened, None) => "opened".to_owned(),
        (ReceiptState::Burned, _) if opens > 0 => format!("burned: nobody can open it (opened {opens} of {} times before)", receipt.views),
        (ReceiptState::Burned, _) => "burned: nobody can open it".to_owned(),
        (ReceiptState::Expired, _) if opens > 0 => {
            format!("expired {} (opened {opens} of {} times)", when(receipt.expires_at), receipt.views)
        }
        (ReceiptState::Expired, _) => format!("expired {} unopened", when(receipt.expires_at)),
    };
    println!("{line}");
}
