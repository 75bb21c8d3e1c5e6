//! The Lua scripts that make every consuming step one atomic step inside Redis (`scripts/*.lua`, compiled in).
//!
//! Each script touches the keys of ONE hash tag (a secret's, or the ledger's), so each runs on one cluster slot. They
//! are sent by SHA (`EVALSHA`) and loaded on the first `NOSCRIPT`, which redis-rs does by itself: a `NOSCRIPT` reply
//! means the script did not run, so that one resend cannot count anything twice.

use std::sync::LazyLock;

use redis::Script;

macro_rules! script {
    ($name:ident, $file:literal) => {
        pub static $name: LazyLock<Script> = LazyLock::new(|| Script::new(include_str!(concat!("scripts/", $file))));
    };
}

script!(CREATE, "create.lua");
script!(TAKE, "take.lua");
script!(BURN, "burn.lua");
script!(EXPIRE, "expire.lua");
script!(FORGET, "forget.lua");
script!(RESERVE, "reserve.lua");
script!(RELEASE, "release.lua");
script!(UNCLAIM, "unclaim.lua");
script!(LIMIT, "limit.lua");
script!(BEGIN_MOVE, "begin_move.lua");
script!(END_MOVE, "end_move.lua");
script!(IMPORT_RECEIPT, "import_receipt.lua");
script!(CREATE_REQUEST, "create_request.lua");
script!(FORGET_REQUEST, "forget_request.lua");
script!(UNANSWER, "unanswer.lua");
