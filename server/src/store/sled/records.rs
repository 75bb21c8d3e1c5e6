//! The sled backend's record formats: a secret's metadata, a receipt, a request, and the expiry index key. Each record starts
//! with a format byte, so a newer binary can still read what an older one wrote.

use shared::api::ReceiptState;
use shared::envelope::{SecretId, Verifier};

use super::super::{Millis, ReceiptInfo, ReceiptKey};

/// A record that does not decode: moved aside by whoever meets it, never fatal.
#[derive(Debug)]
pub struct Corrupt;

/// Metadata of a live secret. Its ciphertext is a file (`files.rs`), except in format-1 records, which kept it in
/// sled's `blobs` tree and are migrated when the store opens.
pub struct Meta {
    pub expires_at: Millis,
    pub attempts_left: u32,
    pub size: u64,
    pub verifier: Verifier,
    pub receipt: Option<ReceiptKey>,
    pub gate: Option<Verifier>,
    pub header: Vec<u8>,
    /// Written by a binary that kept ciphertext in sled (format 1).
    pub legacy: bool,
    /// Being moved to another store: it may be peeked, never opened, guessed at or burned.
    pub moving: bool,
    /// Opens left (at least 1).
    pub views_left: u32,
}

const META_V1: u8 = 1;
const META_V2: u8 = 2;
const HAS_RECEIPT: u8 = 1;
const HAS_GATE: u8 = 2;
/// A binary without moves reads this flag as damage and never opens the secret: still at most one store serves it.
const MOVING: u8 = 4;
/// More than one open left: a 4-byte count follows the gate. Without it a record reads as one open left, so a
/// one-view record keeps the bytes older binaries wrote; an older binary reads the flag as damage and quarantines the
/// record, which opens it fewer times, never more.
const VIEWS: u8 = 8;

impl Meta {
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(1 + 8 + 4 + 8 + 32 + 1 + 64 + self.header.len());
        out.push(META_V2);
        out.extend_from_slice(&self.expires_at.to_be_bytes());
        out.extend_from_slice(&self.attempts_left.to_be_bytes());
        out.extend_from_slice(&self.size.to_be_bytes());
        out.extend_from_slice(&self.verifier.0);
        let flags = if self.receipt.is_some() { HAS_RECEIPT } else { 0 }
            | if self.gate.is_some() { HAS_GATE } else { 0 }
            | if self.moving { MOVING } else { 0 }
            | if self.views_left > 1 { VIEWS } else { 0 };
        out.push(flags);
        if let Some(key) = &self.receipt {
            out.extend_from_slice(key);
        }
        if let Some(gate) = &self.gate {
            out.extend_from_slice(&gate.0);
        }
        if self.views_left > 1 {
            out.extend_from_slice(&self.views_left.to_be_bytes());
        }
        out.extend_from_slice(&self.header);
        out
    }

    pub fn decode(raw: &[u8]) -> Result<Meta, Corrupt> {
        let mut r = Reader(raw);
        let format = r.u8()?;
        if format != META_V1 && format != META_V2 {
            return Err(Corrupt);
        }
        let expires_at = r.u64()?;
        let attempts_left = u32::from_be_bytes(r.array()?);
        let size = r.u64()?;
        let verifier = Verifier(r.array()?);
        let flags = r.u8()?;
        let known = if format == META_V1 { HAS_RECEIPT } else { HAS_RECEIPT | HAS_GATE | MOVING | VIEWS };
        if flags & !known != 0 {
            return Err(Corrupt);
        }
        let receipt = if flags & HAS_RECEIPT != 0 { Some(r.array()?) } else { None };
        let gate = if flags & HAS_GATE != 0 { Some(Verifier(r.array()?)) } else { None };
        let views_left = if flags & VIEWS != 0 { u32::from_be_bytes(r.array()?) } else { 1 };
        if views_left == 0 {
            return Err(Corrupt);
        }
        let header = r.0.to_vec();
        if header.is_empty() {
            return Err(Corrupt);
        }
        Ok(Meta {
            expires_at,
            attempts_left,
            size,
            verifier,
            receipt,
            gate,
            header,
            legacy: format == META_V1,
            moving: flags & MOVING != 0,
            views_left,
        })
    }

    /// Whether a wrong proof can be a guess at a passphrase (the header asks for one), i.e. worth counting.
    pub fn guessable(&self) -> bool {
        super::super::guessable(&self.header)
    }
}

/// A receipt's record.
pub struct Rec {
    pub state: ReceiptState,
    pub opened_at: Option<Millis>,
    pub expires_at: Millis,
    pub forget_at: Millis,
    pub burn_verifier: Verifier,
    pub secret: SecretId,
    /// How many times the secret could be opened in all.
    pub views: u32,
    /// When it was opened, oldest first (format 1 keeps only `opened_at`: one view, opened at most once).
    pub opens: Vec<Millis>,
}

/// One view: fixed length, what older binaries wrote.
const REC_FORMAT: u8 = 1;
/// More than one view: format 1's fields, then the views (u32), the count of opens (u16) and each open's time (u64).
const REC_FORMAT_2: u8 = 2;

impl Rec {
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(2 + 24 + 32 + 16 + 6 + 8 * self.opens.len());
        out.push(if self.views > 1 { REC_FORMAT_2 } else { REC_FORMAT });
        out.push(match self.state {
            ReceiptState::Waiting | ReceiptState::Expired => 0,
            ReceiptState::Opened => 1,
            ReceiptState::Burned => 2,
        });
        out.extend_from_slice(&self.opened_at.unwrap_or(0).to_be_bytes());
        out.extend_from_slice(&self.expires_at.to_be_bytes());
        out.extend_from_slice(&self.forget_at.to_be_bytes());
        out.extend_from_slice(&self.burn_verifier.0);
        out.extend_from_slice(&self.secret.0);
        if self.views > 1 {
            out.extend_from_slice(&self.views.to_be_bytes());
            let count = u16::try_from(self.opens.len()).expect("at most as many opens as views, which the config caps");
            out.extend_from_slice(&count.to_be_bytes());
            for t in &self.opens {
                out.extend_from_slice(&t.to_be_bytes());
            }
        }
        out
    }

    pub fn decode(raw: &[u8]) -> Result<Rec, Corrupt> {
        let mut r = Reader(raw);
        let format = r.u8()?;
        if format != REC_FORMAT && format != REC_FORMAT_2 {
            return Err(Corrupt);
        }
        let state = match r.u8()? {
            0 => ReceiptState::Waiting,
            1 => ReceiptState::Opened,
            2 => ReceiptState::Burned,
            _ => return Err(Corrupt),
        };
        let opened_at = Some(r.u64()?).filter(|&t| t != 0);
        let (expires_at, forget_at, burn_verifier, secret) = (r.u64()?, r.u64()?, Verifier(r.array()?), SecretId(r.array()?));
        let (views, opens) = if format == REC_FORMAT {
            (1, opened_at.into_iter().collect())
        } else {
            let views = u32::from_be_bytes(r.array()?);
            let count = u16::from_be_bytes(r.array()?);
            let opens = (0..count).map(|_| r.u64()).collect::<Result<Vec<_>, _>>()?;
            if views < 2 || opens.len() as u64 > u64::from(views) {
                return Err(Corrupt);
            }
            (views, opens)
        };
        let rec = Rec { state, opened_at, expires_at, forget_at, burn_verifier, secret, views, opens };
        if !r.0.is_empty() {
            return Err(Corrupt);
        }
        Ok(rec)
    }

    /// The state a reader sees at `now`: a waiting secret past its expiry reads as expired.
    pub fn info(&self, now: Millis) -> ReceiptInfo {
        let state = match self.state {
            ReceiptState::Waiting if now >= self.expires_at => ReceiptState::Expired,
            s => s,
        };
        ReceiptInfo { state, opened_at: self.opened_at, expires_at: self.expires_at, views: self.views, opens: self.opens.clone() }
    }
}

/// A request's record (envelope revision 3), until its answer is taken or it expires. Its answer is a secret.
pub struct Req {
    pub expires_at: Millis,
    /// When it was answered; the answer is then the secret with the request's id.
    pub answered_at: Option<Millis>,
    pub answer_verifier: Verifier,
    pub fetch_verifier: Verifier,
    /// The sealed note, as the asker's client sent it.
    pub note: Vec<u8>,
}

const REQ_FORMAT: u8 = 1;

impl Req {
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(1 + 16 + 64 + self.note.len());
        out.push(REQ_FORMAT);
        out.extend_from_slice(&self.expires_at.to_be_bytes());
        out.extend_from_slice(&self.answered_at.unwrap_or(0).to_be_bytes());
        out.extend_from_slice(&self.answer_verifier.0);
        out.extend_from_slice(&self.fetch_verifier.0);
        out.extend_from_slice(&self.note);
        out
    }

    pub fn decode(raw: &[u8]) -> Result<Req, Corrupt> {
        let mut r = Reader(raw);
        if r.u8()? != REQ_FORMAT {
            return Err(Corrupt);
        }
        let (expires_at, answered_at) = (r.u64()?, Some(r.u64()?).filter(|&t| t != 0));
        let (answer_verifier, fetch_verifier) = (Verifier(r.array()?), Verifier(r.array()?));
        Ok(Req { expires_at, answered_at, answer_verifier, fetch_verifier, note: r.0.to_vec() })
    }
}

/// The `moved` tree's record of an imported secret: its verifier (what tells this secret from another with the same
/// id) and expiry (when the record goes).
pub struct MovedIn {
    pub verifier: Verifier,
    pub expires_at: Millis,
}

impl MovedIn {
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(40);
        out.extend_from_slice(&self.verifier.0);
        out.extend_from_slice(&self.expires_at.to_be_bytes());
        out
    }

    pub fn decode(raw: &[u8]) -> Result<MovedIn, Corrupt> {
        let mut r = Reader(raw);
        let m = MovedIn { verifier: Verifier(r.array()?), expires_at: r.u64()? };
        if !r.0.is_empty() {
            return Err(Corrupt);
        }
        Ok(m)
    }
}

/// What an expiry index entry points at.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Secret,
    Receipt,
    /// A secret imported from another store: remembered until its expiry, so a rerun of the move never imports it twice.
    Moved,
    /// A request (its answer, a secret, has an entry of its own).
    Request,
}

impl Kind {
    fn byte(self) -> u8 {
        match self {
            Kind::Secret => 0,
            Kind::Receipt => 1,
            Kind::Moved => 2,
            Kind::Request => 3,
        }
    }
}

/// Expiry index key: time (big-endian, so sled orders by time), kind, and the record's key.
pub fn expiry_key(at: Millis, kind: Kind, key: &[u8]) -> Vec<u8> {
    let mut k = Vec::with_capacity(9 + key.len());
    k.extend_from_slice(&at.to_be_bytes());
    k.push(kind.byte());
    k.extend_from_slice(key);
    k
}

/// Splits an expiry index key into (time, kind, record key).
pub fn parse_expiry_key(raw: &[u8]) -> Result<(Millis, Kind, &[u8]), Corrupt> {
    let mut r = Reader(raw);
    let at = r.u64()?;
    let kind = match r.u8()? {
        0 if r.0.len() == 16 => Kind::Secret,
        1 if r.0.len() == 32 => Kind::Receipt,
        2 if r.0.len() == 16 => Kind::Moved,
        3 if r.0.len() == 16 => Kind::Request,
        _ => return Err(Corrupt),
    };
    Ok((at, kind, r.0))
}

/// A bounds-checked reader over a record's bytes.
struct Reader<'a>(&'a [u8]);

impl Reader<'_> {
    fn array<const N: usize>(&mut self) -> Result<[u8; N], Corrupt> {
        let (head, rest) = self.0.split_at_checked(N).ok_or(Corrupt)?;
        self.0 = rest;
        Ok(head.try_into().expect("split at N"))
    }
    fn u8(&mut self) -> Result<u8, Corrupt> {
        Ok(self.array::<1>()?[0])
    }
    fn u64(&mut self) -> Result<u64, Corrupt> {
        Ok(u64::from_be_bytes(self.array()?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_round_trip_answered_or_not() {
        for answered_at in [None, Some(9)] {
            let req = Req {
                expires_at: 7,
                answered_at,
                answer_verifier: Verifier([1; 32]),
                fetch_verifier: Verifier([2; 32]),
                note: vec![5; 1040],
            };
            let back = Req::decode(&req.encode()).unwrap();
            assert_eq!(
                (back.expires_at, back.answered_at, back.answer_verifier.0, back.fetch_verifier.0),
                (7, answered_at, [1; 32], [2; 32])
            );
            assert_eq!(back.note, vec![5; 1040]);
        }
        assert!(Req::decode(&[2, 0]).is_err() && Req::decode(&[1, 0, 0]).is_err());
    }

    fn meta(receipt: bool, gate: bool) -> Meta {
        Meta {
            expires_at: 7,
            attempts_left: 3,
            size: 272,
            verifier: Verifier([1; 32]),
            receipt: receipt.then_some([2; 32]),
            gate: gate.then_some(Verifier([3; 32])),
            header: vec![1, 0],
            legacy: false,
            moving: false,
            views_left: 1,
        }
    }

    fn rec(views: u32, opens: Vec<Millis>) -> Rec {
        Rec {
            state: ReceiptState::Waiting,
            opened_at: None,
            expires_at: 7,
            forget_at: 9,
            burn_verifier: Verifier([6; 32]),
            secret: SecretId([8; 16]),
            views,
            opens,
        }
    }

    #[test]
    fn many_views_round_trip_and_one_view_keeps_the_older_bytes() {
        let one = meta(true, true).encode();
        assert_eq!(one.len(), 1 + 8 + 4 + 8 + 32 + 1 + 32 + 32 + 2, "one view: no count, the bytes older binaries wrote");
        let many = Meta { views_left: 7, ..meta(true, true) };
        let back = Meta::decode(&many.encode()).unwrap();
        assert_eq!((back.views_left, back.header, back.gate.map(|g| g.0)), (7, vec![1, 0], Some([3; 32])));
        assert_eq!(Meta::decode(&one).unwrap().views_left, 1);
        let mut zero = many.encode();
        zero[1 + 8 + 4 + 8 + 32 + 1 + 32 + 32..][..4].copy_from_slice(&0u32.to_be_bytes());
        assert!(Meta::decode(&zero).is_err(), "a secret with no opens left is not live");

        let single = rec(1, vec![]).encode();
        assert_eq!((single[0], single.len()), (REC_FORMAT, 2 + 24 + 32 + 16), "one view: format 1, fixed length");
        let opened = Rec { state: ReceiptState::Opened, opened_at: Some(5), opens: vec![5], ..rec(1, vec![]) };
        assert_eq!(Rec::decode(&opened.encode()).unwrap().opens, vec![5], "format 1's one open is its opened_at");
        let several = rec(3, vec![4, 5]);
        let back = Rec::decode(&several.encode()).unwrap();
        assert_eq!(back.info(6).views_left(), 1);
        assert_eq!((back.views, back.opens), (3, vec![4, 5]));
        let raw = several.encode();
        for cut in 1..raw.len() {
            assert!(Rec::decode(&raw[..cut]).is_err(), "cut at {cut}");
        }
        assert!(Rec::decode(&rec(2, vec![1, 2, 3]).encode()).is_err(), "more opens than views is damage");
    }

    #[test]
    fn metadata_round_trips_with_and_without_receipt_and_gate() {
        for (r, g) in [(false, false), (true, false), (false, true), (true, true)] {
            let back = Meta::decode(&meta(r, g).encode()).unwrap();
            assert_eq!((back.receipt.is_some(), back.gate.is_some(), back.legacy), (r, g, false));
            assert_eq!((back.expires_at, back.attempts_left, back.size, back.header), (7, 3, 272, vec![1, 0]));
        }
    }

    #[test]
    fn format_1_metadata_still_decodes() {
        // What the previous binary wrote: format 1, receipt byte 0/1, header.
        let mut raw = vec![1];
        raw.extend_from_slice(&9u64.to_be_bytes());
        raw.extend_from_slice(&5u32.to_be_bytes());
        raw.extend_from_slice(&272u64.to_be_bytes());
        raw.extend_from_slice(&[4; 32]);
        raw.push(1);
        raw.extend_from_slice(&[5; 32]);
        raw.extend_from_slice(&[1, 0]);
        let m = Meta::decode(&raw).unwrap();
        assert!(m.legacy && m.receipt == Some([5; 32]) && m.gate.is_none() && m.header == [1, 0]);
    }

    #[test]
    fn damaged_records_are_corrupt_not_panics() {
        let good = meta(true, true).encode();
        for cut in 0..good.len() - 2 {
            assert!(Meta::decode(&good[..cut]).is_err(), "cut at {cut}");
        }
        let mut bad_flags = meta(false, false).encode();
        bad_flags[1 + 8 + 4 + 8 + 32] = 0x80;
        assert!(Meta::decode(&bad_flags).is_err());
        assert!(Rec::decode(&[1, 9]).is_err());
        assert!(parse_expiry_key(&[0; 9]).is_err());
    }
}
