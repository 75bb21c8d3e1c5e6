//! Pieces the pages share: the language switcher, copy buttons, confirmed destructive buttons, status regions, notices, the QR code, the instance's words, picked files, lifetimes.

mod confirm;
mod copy_field;
mod files;
mod instance;
mod language_switcher;
mod lifetime;
mod notice;
mod qr_code;
mod status;

pub use confirm::Confirm;
pub use copy_field::CopyField;
pub use files::{file_picker, plain_size, Picked};
pub use instance::{GoneNote, Imprint, InstanceName};
pub use language_switcher::LanguageSwitcher;
pub use lifetime::lifetime;
pub use notice::{Key, Notice};
pub use qr_code::QrCode;
pub use status::{ErrorMessage, StatusMessage};
