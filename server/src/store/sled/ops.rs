//! Every change the sled store makes, as steps inside ONE sled transaction over its trees. Each step is total: a refusal
//! is an outcome, and a record that does not decode is moved to the `quarantine` tree and counted, so one damaged
//! record never aborts a batch or stops the sweeper. Steps also say what they did to the counted totals and which
//! ciphertext files are no longer needed, so the writer changes counters and files only for what really committed.

use std::cell::RefCell;

use shared::api::ReceiptState;
use shared::envelope::request::RequestId;
use shared::envelope::{Proof, SecretId};
use sled::transaction::{TransactionalTree, UnabortableTransactionError};

use super::super::{
    answer_id, charged_bytes, receipt_charge, request_charge, AnswerOutcome, CreateOutcome, ImportOutcome, Intent, Limits, Listed, Millis,
    MoveEnd, NewRequest, OpenAttempt, ReceiptInfo, ReceiptKey, ReceiptRecord, ANSWER_HEADER,
};
use super::records::{expiry_key, parse_expiry_key, Corrupt, Kind, Meta, MovedIn, Rec, Req};

/// The trees one transaction sees.
pub struct Trees<'a> {
    pub secrets: &'a TransactionalTree,
    pub receipts: &'a TransactionalTree,
    pub expiry: &'a TransactionalTree,
    pub quarantine: &'a TransactionalTree,
    /// Secrets imported from another store (id -> [`MovedIn`]), until their expiry.
    pub moved: &'a TransactionalTree,
    /// Requests (envelope revision 3): id -> [`Req`].
    pub requests: &'a TransactionalTree,
}

/// Live totals: what the caps count.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    pub secrets: u64,
    pub receipts: u64,
    pub bytes: u64,
}

impl Totals {
    fn add_secret(&mut self, size: u64) {
        self.secrets += 1;
        self.bytes += charged_bytes(size);
    }
    fn remove_secret(&mut self, size: u64) {
        self.secrets = self.secrets.saturating_sub(1);
        self.bytes = self.bytes.saturating_sub(charged_bytes(size));
    }
    fn add_receipt(&mut self, views: u32) {
        self.add_record(receipt_charge(views));
    }
    fn remove_receipt(&mut self, views: u32) {
        self.remove_record(receipt_charge(views));
    }
    // A request counts as a receipt would: a record remembered beside the secrets (its answer is one of them).
    fn add_request(&mut self, note: usize) {
        self.add_record(request_charge(note));
    }
    fn remove_request(&mut self, note: usize) {
        self.remove_record(request_charge(note));
    }
    fn add_record(&mut self, charge: u64) {
        self.receipts += 1;
        self.bytes += charge;
    }
    fn remove_record(&mut self, charge: u64) {
        self.receipts = self.receipts.saturating_sub(1);
        self.bytes = self.bytes.saturating_sub(charge);
    }
    fn over(&self, limits: &Limits) -> bool {
        self.secrets > limits.max_secrets || self.receipts > limits.max_secrets || self.bytes > limits.max_bytes
    }
}

/// Side effects a batch collects while it runs, applied by the writer only once the batch is durable.
#[derive(Default)]
pub struct Effects {
    /// Totals after the batch.
    pub totals: Totals,
    /// Secrets whose ciphertext file can go.
    pub ended: Vec<SecretId>,
    /// Records moved aside.
    pub quarantined: usize,
}

/// One transaction's working state: the trees and the effects so far (reset if sled retries the closure).
pub struct Tx<'a> {
    pub t: Trees<'a>,
    pub fx: RefCell<Effects>,
    pub limits: Limits,
}

/// How an open step ended.
pub enum Took {
    /// One open spent (the id, the size, the opens left): the writer opens the file for the requester.
    Opened(SecretId, u64, u32),
    /// The right proof, to burn the opens left: the secret ended as burned.
    BurnedRest,
    Wrong(u32),
    Refused,
    NotFound,
    Moving,
}

/// How a burn step ended.
pub enum Burnt {
    Burned(ReceiptInfo, SecretId),
    Wrong,
    NotWaiting,
    NotFound,
    Moving,
}

type Step<T> = Result<T, UnabortableTransactionError>;

impl Tx<'_> {
    /// Moves an unreadable record aside (tree tag + key -> raw bytes) and removes it.
    fn quarantine(&self, tree: &TransactionalTree, tag: u8, key: &[u8], raw: &[u8]) -> Step<()> {
        let mut qkey = Vec::with_capacity(1 + key.len());
        qkey.push(tag);
        qkey.extend_from_slice(key);
        self.t.quarantine.insert(qkey, raw)?;
        tree.remove(key)?;
        self.fx.borrow_mut().quarantined += 1;
        tracing::warn!(tree = tag, "an unreadable record was moved aside");
        Ok(())
    }

    /// A live secret's metadata; unreadable ones are quarantined and read as absent.
    fn meta(&self, id: &[u8]) -> Step<Option<Meta>> {
        let Some(raw) = self.t.secrets.get(id)? else { return Ok(None) };
        match Meta::decode(&raw) {
            Ok(m) => Ok(Some(m)),
            Err(_) => {
                self.quarantine(self.t.secrets, b's', id, &raw)?;
                // Its ciphertext can never be opened now: the file goes. Its size is unknown, so the counters are
                // rebuilt from what decodes at the next start.
                if let Ok(id) = <[u8; 16]>::try_from(id) {
                    self.fx.borrow_mut().ended.push(SecretId(id));
                }
                Ok(None)
            }
        }
    }

    fn rec(&self, key: &[u8]) -> Step<Option<Rec>> {
        self.decoded(self.t.receipts, b'r', key, Rec::decode)
    }

    fn req(&self, id: &[u8]) -> Step<Option<Req>> {
        self.decoded(self.t.requests, b'q', id, Req::decode)
    }

    /// A record that decodes; an unreadable one is quarantined (under `tag`) and reads as absent.
    fn decoded<T>(&self, tree: &TransactionalTree, tag: u8, key: &[u8], decode: fn(&[u8]) -> Result<T, Corrupt>) -> Step<Option<T>> {
        let Some(raw) = tree.get(key)? else { return Ok(None) };
        match decode(&raw) {
            Ok(r) => Ok(Some(r)),
            Err(_) => {
                self.quarantine(tree, tag, key, &raw)?;
                Ok(None)
            }
        }
    }

    /// Forgets a request (its answer taken or ended): nothing of it stays behind.
    fn forget_request(&self, id: &[u8]) -> Step<()> {
        if let Some(req) = self.req(id)? {
            self.t.requests.remove(id)?;
            self.t.expiry.remove(expiry_key(req.expires_at, Kind::Request, id))?;
            self.fx.borrow_mut().totals.remove_request(req.note.len());
        }
        Ok(())
    }

    /// Removes a live secret and records how it ended on its receipt; an answer's end also forgets its request.
    fn end_secret(&self, id: &SecretId, meta: &Meta, end: ReceiptState, now: Millis) -> Step<()> {
        self.t.secrets.remove(&id.0[..])?;
        self.t.expiry.remove(expiry_key(meta.expires_at, Kind::Secret, &id.0))?;
        self.forget_request(&id.0)?;
        if let Some(key) = &meta.receipt {
            if let Some(mut rec) = self.rec(key)? {
                rec.state = end;
                rec.opened_at = (end == ReceiptState::Opened).then_some(now);
                if end == ReceiptState::Opened {
                    rec.opens.push(now);
                }
                self.t.receipts.insert(&key[..], rec.encode())?;
            }
        }
        let mut fx = self.fx.borrow_mut();
        fx.totals.remove_secret(meta.size);
        fx.ended.push(*id);
        Ok(())
    }

    /// Notes an open that leaves opens for others on the secret's receipt.
    fn note_open(&self, meta: &Meta, now: Millis) -> Step<()> {
        if let Some(key) = &meta.receipt {
            if let Some(mut rec) = self.rec(key)? {
                rec.opens.push(now);
                self.t.receipts.insert(&key[..], rec.encode())?;
            }
        }
        Ok(())
    }

    /// A new secret: its id must be free of requests too, so an id holder cannot block a request's answer.
    pub fn create(&self, s: &super::Staged) -> Step<CreateOutcome> {
        if self.t.requests.get(&s.id.0[..])?.is_some() {
            return Ok(CreateOutcome::IdTaken);
        }
        self.store_secret(s)
    }

    pub fn create_request(&self, r: &NewRequest) -> Step<CreateOutcome> {
        let id = &r.id.0[..];
        if self.t.requests.get(id)?.is_some() || self.meta(id)?.is_some() {
            return Ok(CreateOutcome::IdTaken);
        }
        let mut after = self.fx.borrow().totals;
        after.add_request(r.note.len());
        if after.over(&self.limits) {
            return Ok(CreateOutcome::Full);
        }
        let req = Req {
            expires_at: r.expires_at,
            answered_at: None,
            answer_verifier: r.answer_verifier,
            fetch_verifier: r.fetch_verifier,
            note: r.note.clone(),
        };
        self.t.requests.insert(id, req.encode())?;
        self.t.expiry.insert(expiry_key(r.expires_at, Kind::Request, id), &[][..])?;
        self.fx.borrow_mut().totals = after;
        Ok(CreateOutcome::Created)
    }

    /// One answer per request: the proof and the waiting state are checked in the same step that stores the answer
    /// (`size` bytes, its file already written) as the secret [`answer_id`] names, with the request's verifier and
    /// expiry whatever the caller staged.
    pub fn answer(&self, id: &RequestId, proof: &Proof, size: u64, now: Millis) -> Step<AnswerOutcome> {
        let Some(mut req) = self.req(&id.0)? else { return Ok(AnswerOutcome::NotFound) };
        if now >= req.expires_at {
            return Ok(AnswerOutcome::NotFound);
        }
        // The proof first: with an id alone every answer is refused, and learns nothing.
        if !req.answer_verifier.matches(proof) {
            return Ok(AnswerOutcome::WrongProof);
        }
        if req.answered_at.is_some() {
            // An answer whose secret was lost (repaired or quarantined) ends its request like a taken one.
            return Ok(if self.meta(&id.0)?.is_some() { AnswerOutcome::AlreadyAnswered } else { AnswerOutcome::NotFound });
        }
        let staged = super::Staged {
            id: answer_id(id),
            verifier: req.fetch_verifier,
            gate: None,
            header: ANSWER_HEADER.to_vec(),
            size,
            expires_at: req.expires_at,
            max_attempts: 1,
            views: 1,
            receipt: None,
        };
        Ok(match self.store_secret(&staged)? {
            CreateOutcome::Created => {
                req.answered_at = Some(now);
                self.t.requests.insert(&id.0[..], req.encode())?;
                AnswerOutcome::Answered
            }
            CreateOutcome::Full => AnswerOutcome::Full,
            CreateOutcome::IdTaken | CreateOutcome::ReceiptTaken => AnswerOutcome::AlreadyAnswered,
        })
    }

    fn store_secret(&self, s: &super::Staged) -> Step<CreateOutcome> {
        let id = &s.id.0[..];
        if self.meta(id)?.is_some() {
            return Ok(CreateOutcome::IdTaken);
        }
        let totals = self.fx.borrow().totals;
        let mut after = totals;
        after.add_secret(s.size);
        if let Some(r) = &s.receipt {
            after.add_receipt(r.views);
        }
        if after.over(&self.limits) {
            return Ok(CreateOutcome::Full);
        }
        if let Some(r) = &s.receipt {
            if self.t.receipts.get(r.key)?.is_some() {
                return Ok(CreateOutcome::ReceiptTaken);
            }
            let rec = Rec {
                state: ReceiptState::Waiting,
                opened_at: None,
                expires_at: s.expires_at,
                forget_at: r.forget_at,
                burn_verifier: r.burn_verifier,
                secret: s.id,
                views: r.views,
                opens: r.opens.clone(),
            };
            self.t.receipts.insert(&r.key[..], rec.encode())?;
            self.t.expiry.insert(expiry_key(r.forget_at, Kind::Receipt, &r.key), &[][..])?;
        }
        let meta = Meta {
            expires_at: s.expires_at,
            attempts_left: s.max_attempts,
            size: s.size,
            verifier: s.verifier,
            receipt: s.receipt.as_ref().map(|r| r.key),
            gate: s.gate,
            header: s.header.clone(),
            legacy: false,
            moving: false,
            views_left: s.views,
        };
        self.t.secrets.insert(id, meta.encode())?;
        self.t.expiry.insert(expiry_key(s.expires_at, Kind::Secret, id), &[][..])?;
        self.fx.borrow_mut().totals = after;
        Ok(CreateOutcome::Created)
    }

    pub fn take(&self, attempt: &OpenAttempt, now: Millis) -> Step<Took> {
        let key = &attempt.id.0[..];
        let Some(mut meta) = self.meta(key)? else { return Ok(Took::NotFound) };
        if now >= meta.expires_at {
            return Ok(Took::NotFound);
        }
        if meta.moving {
            return Ok(Took::Moving);
        }
        if meta.verifier.matches(&attempt.proof) {
            if attempt.intent == Intent::BurnRest {
                self.end_secret(&attempt.id, &meta, ReceiptState::Burned, now)?;
                return Ok(Took::BurnedRest);
            }
            let left = meta.views_left.saturating_sub(1);
            if left == 0 {
                self.end_secret(&attempt.id, &meta, ReceiptState::Opened, now)?;
            } else {
                // The file stays: only ending a secret lists it for removal.
                self.note_open(&meta, now)?;
                meta.views_left = left;
                self.t.secrets.insert(key, meta.encode())?;
            }
            return Ok(Took::Opened(attempt.id, meta.size, left));
        }
        // A wrong 256-bit proof without a passphrase is no guess at anything; with one, only the link's holder (the
        // gate) may guess. Either way a mere id holder spends nothing.
        let gated = match (&meta.gate, &attempt.gate) {
            (None, _) => true,
            (Some(stored), Some(given)) => stored.matches(given),
            (Some(_), None) => false,
        };
        if !meta.guessable() || !gated {
            return Ok(Took::Refused);
        }
        let left = meta.attempts_left.saturating_sub(1);
        if left == 0 {
            self.end_secret(&attempt.id, &meta, ReceiptState::Burned, now)?;
        } else {
            meta.attempts_left = left;
            self.t.secrets.insert(key, meta.encode())?;
        }
        Ok(Took::Wrong(left))
    }

    pub fn burn(&self, key: &ReceiptKey, proof: &shared::envelope::Proof, now: Millis) -> Step<Burnt> {
        let Some(mut rec) = self.rec(key)? else { return Ok(Burnt::NotFound) };
        if now >= rec.forget_at {
            return Ok(Burnt::NotFound);
        }
        if !rec.burn_verifier.matches(proof) {
            return Ok(Burnt::Wrong);
        }
        if rec.info(now).state != ReceiptState::Waiting {
            return Ok(Burnt::NotWaiting);
        }
        let meta = self.meta(&rec.secret.0)?.filter(|m| m.receipt == Some(*key));
        if meta.as_ref().is_some_and(|m| m.moving) {
            return Ok(Burnt::Moving);
        }
        if let Some(meta) = meta {
            // end_secret marks the receipt too; it is written once more below, identically.
            self.end_secret(&rec.secret, &meta, ReceiptState::Burned, now)?;
        }
        rec.state = ReceiptState::Burned;
        self.t.receipts.insert(&key[..], rec.encode())?;
        Ok(Burnt::Burned(rec.info(now), rec.secret))
    }

    /// Imports a whole secret from another store: refused like a create, and remembered (`moved`) so that a rerun of
    /// the move finds it here even after it was opened.
    pub fn import(&self, s: &super::Staged, now: Millis) -> Step<ImportOutcome> {
        if now >= s.expires_at {
            return Ok(ImportOutcome::Expired);
        }
        if let Some(raw) = self.t.moved.get(&s.id.0[..])? {
            let same = MovedIn::decode(&raw).is_ok_and(|m| m.verifier.0 == s.verifier.0);
            return Ok(if same { ImportOutcome::AlreadyThere } else { ImportOutcome::IdTaken });
        }
        Ok(match self.create(s)? {
            CreateOutcome::Created => {
                let moved = MovedIn { verifier: s.verifier, expires_at: s.expires_at };
                self.t.moved.insert(&s.id.0[..], moved.encode())?;
                self.t.expiry.insert(expiry_key(s.expires_at, Kind::Moved, &s.id.0), &[][..])?;
                ImportOutcome::Imported
            }
            CreateOutcome::IdTaken => ImportOutcome::IdTaken,
            CreateOutcome::ReceiptTaken => ImportOutcome::ReceiptTaken,
            CreateOutcome::Full => ImportOutcome::Full,
        })
    }

    /// Imports a receipt whose secret is gone. The same receipt again (a rerun) is `AlreadyThere`.
    pub fn import_receipt(&self, r: &ReceiptRecord, now: Millis) -> Step<ImportOutcome> {
        if now >= r.forget_at {
            return Ok(ImportOutcome::Expired);
        }
        if let Some(rec) = self.rec(&r.key)? {
            let same = rec.burn_verifier.0 == r.burn_verifier.0 && rec.forget_at == r.forget_at;
            return Ok(if same { ImportOutcome::AlreadyThere } else { ImportOutcome::ReceiptTaken });
        }
        let mut after = self.fx.borrow().totals;
        after.add_receipt(r.views);
        if after.receipts > self.limits.max_secrets || after.bytes > self.limits.max_bytes {
            return Ok(ImportOutcome::Full);
        }
        let rec = Rec {
            state: r.state,
            opened_at: r.opened_at,
            expires_at: r.expires_at,
            forget_at: r.forget_at,
            burn_verifier: r.burn_verifier,
            secret: r.secret,
            views: r.views,
            opens: r.opens.clone(),
        };
        self.t.receipts.insert(&r.key[..], rec.encode())?;
        self.t.expiry.insert(expiry_key(r.forget_at, Kind::Receipt, &r.key), &[][..])?;
        self.fx.borrow_mut().totals = after;
        Ok(ImportOutcome::Imported)
    }

    /// Marks a live secret as moving and returns it whole with its receipt; `None` if it is gone or expired.
    pub fn begin_move(&self, id: &SecretId, now: Millis) -> Step<Option<(Meta, Option<Rec>)>> {
        let Some(mut meta) = self.meta(&id.0)? else { return Ok(None) };
        if now >= meta.expires_at {
            return Ok(None);
        }
        let rec = match &meta.receipt {
            Some(key) => self.rec(key)?,
            None => None,
        };
        if !meta.moving {
            meta.moving = true;
            self.t.secrets.insert(&id.0[..], meta.encode())?;
        }
        Ok(Some((meta, rec)))
    }

    /// Forgets a moved record (`Moved`) or serves a secret again (`Kept`).
    pub fn end_move(&self, listed: &Listed, end: MoveEnd) -> Step<()> {
        match (listed, end) {
            (Listed::Secret(id), end) => {
                let Some(mut meta) = self.meta(&id.0)? else { return Ok(()) };
                if !meta.moving {
                    return Ok(());
                }
                if end == MoveEnd::Kept {
                    meta.moving = false;
                    self.t.secrets.insert(&id.0[..], meta.encode())?;
                    return Ok(());
                }
                self.t.secrets.remove(&id.0[..])?;
                self.t.expiry.remove(expiry_key(meta.expires_at, Kind::Secret, &id.0))?;
                if let Some(key) = &meta.receipt {
                    self.forget_receipt(key)?;
                }
                let mut fx = self.fx.borrow_mut();
                fx.totals.remove_secret(meta.size);
                fx.ended.push(*id);
            }
            (Listed::Receipt(key), MoveEnd::Moved) => self.forget_receipt(key)?,
            (Listed::Receipt(_), MoveEnd::Kept) => {}
        }
        Ok(())
    }

    fn forget_receipt(&self, key: &ReceiptKey) -> Step<()> {
        if let Some(rec) = self.rec(key)? {
            self.t.receipts.remove(&key[..])?;
            self.t.expiry.remove(expiry_key(rec.forget_at, Kind::Receipt, key))?;
            self.fx.borrow_mut().totals.remove_receipt(rec.views);
        }
        Ok(())
    }

    /// Deletes what the given expiry entries (all due by `now`) point at; returns how many records went, and which
    /// of them were expired secrets.
    pub fn sweep(&self, due: &[sled::IVec]) -> Step<(usize, Vec<SecretId>)> {
        let (mut deleted, mut expired) = (0, Vec::new());
        for entry in due {
            self.t.expiry.remove(entry)?;
            let Ok((at, kind, key)) = parse_expiry_key(entry) else {
                self.fx.borrow_mut().quarantined += 1;
                continue;
            };
            match kind {
                Kind::Secret => {
                    // A stale entry (the secret was already consumed, or its record is newer) deletes nothing.
                    let Some(meta) = self.meta(key)? else { continue };
                    if meta.expires_at != at {
                        continue;
                    }
                    let id = SecretId(key.try_into().expect("parse_expiry_key checked the length"));
                    self.t.secrets.remove(key)?;
                    let mut fx = self.fx.borrow_mut();
                    fx.totals.remove_secret(meta.size);
                    fx.ended.push(id);
                    deleted += 1;
                    expired.push(id);
                }
                Kind::Receipt => {
                    let Some(rec) = self.rec(key)? else { continue };
                    if rec.forget_at != at {
                        continue;
                    }
                    self.t.receipts.remove(key)?;
                    self.fx.borrow_mut().totals.remove_receipt(rec.views);
                    deleted += 1;
                }
                Kind::Request => {
                    let Some(req) = self.req(key)? else { continue };
                    if req.expires_at != at {
                        continue;
                    }
                    self.t.requests.remove(key)?;
                    self.fx.borrow_mut().totals.remove_request(req.note.len());
                    deleted += 1;
                }
                Kind::Moved => {
                    // Counts nothing and holds nothing secret: gone without a count.
                    let Some(raw) = self.t.moved.get(key)? else { continue };
                    if MovedIn::decode(&raw).map_or(true, |m| m.expires_at == at) {
                        self.t.moved.remove(key)?;
                    }
                }
            }
        }
        Ok((deleted, expired))
    }
}

/// Totals of what a store holds, counted from its trees (at startup).
pub fn count(secrets: &sled::Tree, receipts: &sled::Tree, requests: &sled::Tree) -> Result<Totals, sled::Error> {
    let mut totals = Totals::default();
    for entry in secrets.iter() {
        let (_, raw) = entry?;
        if let Ok(meta) = Meta::decode(&raw) {
            totals.add_secret(meta.size);
        }
    }
    for entry in receipts.iter() {
        let (_, raw) = entry?;
        // An unreadable receipt is counted as one view's: the sweeper quarantines it when it meets it.
        totals.add_receipt(Rec::decode(&raw).map_or(1, |r| r.views));
    }
    for entry in requests.iter() {
        let (_, raw) = entry?;
        totals.add_request(Req::decode(&raw).map_or(0, |r| r.note.len()));
    }
    Ok(totals)
}
