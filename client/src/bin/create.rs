//! Entry point of the create bundle (`/` and unknown paths): starts the app with those pages, nothing else.
fn main() {
    cinder_client::start(cinder_client::CREATE);
}
