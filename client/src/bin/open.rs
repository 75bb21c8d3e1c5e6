//! Entry point of the open bundle (`/s` for the links people receive, `/r` for receipts, `/privacy`): starts the app with those pages.
fn main() {
    cinder_client::start(cinder_client::OPEN);
}
