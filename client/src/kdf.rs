//! Work off the page's own bundle, in the page's worker (the `kdf` bundle, `kdf/`): each Argon2id derivation runs in its
//! own dedicated Web Worker, so the page keeps painting and answering while 64 MiB are hashed three times over; and a
//! share link's QR code is drawn there, so the create page's first load does not carry the QR encoder.
//!
//! A worker is started only when it is needed (a passphrase is used, a link is shown: the create page's first load stays
//! without it) and ended right after it answers, which frees its memory at once. The protocol is described in
//! `kdf/src/main.rs`.

use js_sys::{Array, Promise, Uint8Array};
use shared::envelope::{Header, StretchedPassphrase};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};
use zeroize::Zeroizing;

/// The worker's entry module. A stable name (the server revalidates it): it imports the content-hashed glue and wasm of
/// the `kdf` bundle, so a page of any build starts the worker of the binary now serving (`xtask/src/dist.rs`).
const ENTRY: &str = "/kdf-worker.js";

/// Why no stretched passphrase came back (never a wrong one: that would cost the recipient an attempt).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Failure {
    /// The worker did not load: its files come from the server, so most likely the server cannot be reached.
    NotLoaded,
    /// The worker could not be started (no module workers here) or failed while deriving (not enough memory).
    Failed,
}

/// Stretches `passphrase` for `header` (a passphrase header: its parameters and salt) in a worker.
pub async fn stretch(header: &Header, passphrase: &str) -> Result<StretchedPassphrase, Failure> {
    let worker = start().ok_or(Failure::Failed)?;
    let stretched = ask(&worker, header, passphrase).await;
    worker.terminate();
    stretched
}

/// The QR code of `link` as SVG markup, drawn in a worker; `None` if it could not be had (the link view shows none).
pub async fn qr_svg(link: &str) -> Option<String> {
    let worker = start()?;
    let svg = match next_message(&worker).await {
        Some(_) if worker.post_message(&JsValue::from_str(link)).is_ok() => next_message(&worker).await.and_then(|s| s.as_string()),
        _ => None,
    };
    worker.terminate();
    svg
}

fn start() -> Option<Worker> {
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    Worker::new_with_options(ENTRY, &options).ok()
}

async fn ask(worker: &Worker, header: &Header, passphrase: &str) -> Result<StretchedPassphrase, Failure> {
    // The worker says when it listens: a request posted while its wasm is still loading would be dropped. An error
    // before that is a failed load (its entry, glue or wasm).
    next_message(worker).await.ok_or(Failure::NotLoaded)?;
    derive(worker, header, passphrase).await.ok_or(Failure::Failed)
}

async fn derive(worker: &Worker, header: &Header, passphrase: &str) -> Option<StretchedPassphrase> {
    let bytes = Uint8Array::from(passphrase.as_bytes());
    let request = Array::of2(&Uint8Array::from(&header.encode()[..]), &bytes);
    // Transferred, not copied: this page's JS copy of the passphrase bytes is detached once sent (the worker wipes its).
    if worker.post_message_with_transfer(&request, &Array::of1(&bytes.buffer())).is_err() {
        bytes.fill(0, 0, bytes.length());
        return None;
    }
    let reply = next_message(worker).await?.dyn_into::<Uint8Array>().ok().filter(|r| r.length() == 32)?;
    let mut key = Zeroizing::new([0u8; 32]);
    reply.copy_to(&mut key[..]);
    reply.fill(0, 0, 32);
    StretchedPassphrase::from_bytes(header, &key).ok()
}

/// The worker's next message, or `None` if it failed (an `error` event: a load or script error, a trap in the wasm).
async fn next_message(worker: &Worker) -> Option<JsValue> {
    let mut handlers = None;
    let promise = Promise::new(&mut |resolve, reject| {
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
            let _ = resolve.call1(&JsValue::UNDEFINED, &ev.data());
        });
        let on_error = Closure::<dyn FnMut(JsValue)>::new(move |ev: JsValue| {
            let _ = reject.call1(&JsValue::UNDEFINED, &ev);
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        handlers = Some((on_message, on_error));
    });
    let result = JsFuture::from(promise).await;
    worker.set_onmessage(None);
    worker.set_onerror(None);
    drop(handlers);
    result.ok()
}
