//! The page's worker (the `kdf` bundle): runs Argon2id in a dedicated Web Worker, so stretching a passphrase at the
//! default cost (64 MiB, three passes: a few hundred milliseconds) never blocks the page's main thread; and draws the QR
//! code of a share link, so the create page's first load does not carry the encoder ([`qr`]).
//!
//! It runs `shared`'s derivation, the one implementation ([`StretchedPassphrase::derive`]); the page
//! (`client/src/kdf.rs`) starts a worker for each derivation and ends it afterwards, which also returns its 64 MiB.
//!
//! Protocol, one request per worker:
//! - worker → page: `null` once it listens (a message posted before that would be lost while the wasm loads);
//! - page → worker: `[header, passphrase]`, two `Uint8Array`s: the encoded envelope header (parameters and salt, checked
//!   against the decoder's ceilings here too) and the passphrase's UTF-8 bytes, whose buffer the page transfers;
//!   worker → page: the 32 stretched bytes as a `Uint8Array` (its buffer transferred), or `false` if anything was wrong;
//! - or page → worker: a string, the share link; worker → page: its QR code as SVG markup (a string), or `false`.
//!
//! Nothing is ever logged here: every value this worker sees is secret.

// Natively (tests) nothing calls it but its own tests.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod qr;

#[cfg(target_arch = "wasm32")]
mod worker {
    use js_sys::{Array, Uint8Array};
    use shared::envelope::{Header, StretchedPassphrase};
    use wasm_bindgen::prelude::*;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};
    use zeroize::Zeroizing;

    pub fn start() {
        let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        let reply_to = scope.clone();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| reply(&reply_to, &ev.data()));
        scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        // The worker lives as long as the page wants it; its one handler with it.
        on_message.forget();
        let _ = scope.post_message(&JsValue::NULL);
    }

    fn reply(scope: &DedicatedWorkerGlobalScope, request: &JsValue) {
        if let Some(link) = request.as_string() {
            let svg = super::qr::svg(&link).map_or(JsValue::FALSE, |svg| JsValue::from_str(&svg));
            let _ = scope.post_message(&svg);
            return;
        }
        let stretched = stretch(request);
        let sent = match &stretched {
            Some(s) => {
                let out = Uint8Array::from(&s.as_bytes()[..]);
                scope.post_message_with_transfer(&out, &Array::of1(&out.buffer()))
            }
            None => scope.post_message(&JsValue::FALSE),
        };
        if sent.is_err() {
            let _ = scope.post_message(&JsValue::FALSE);
        }
    }

    /// Reads `[header, passphrase]`, wipes the passphrase's JS copy, and derives.
    fn stretch(request: &JsValue) -> Option<StretchedPassphrase> {
        let parts = request.dyn_ref::<Array>()?;
        let (header, passphrase) = (parts.get(0).dyn_into::<Uint8Array>().ok()?, parts.get(1).dyn_into::<Uint8Array>().ok()?);
        let bytes = Zeroizing::new(passphrase.to_vec());
        passphrase.fill(0, 0, passphrase.length());
        let header = Header::decode(&header.to_vec()).ok()?;
        StretchedPassphrase::derive(&header, &bytes).ok()
    }
}

fn main() {
    #[cfg(target_arch = "wasm32")]
    worker::start();
}
