//! Pieces the pages share: the language switcher, copy buttons, confirmed destructive buttons, status regions, notices, the QR code, the instance's words.

mod confirm;
mod copy_field;
mod instance;
mod language_switcher;
mod notice;
mod qr_code;
mod status;

pub use confirm::Confirm;
pub use copy_field::CopyField;
pub use instance::{GoneNote, Imprint, InstanceName};
pub use language_switcher::LanguageSwitcher;
pub use notice::Notice;
pub use qr_code::QrCode;
pub use status::{ErrorMessage, StatusMessage};
