//! Entry point of the request bundle (`/request` to ask for a secret, `/q` to answer, `/a` for the asker): starts the app with those pages.
fn main() {
    cinder_client::start(cinder_client::REQUEST);
}
