//! Entry point of the browser bundle: mounts the app, nothing else.
fn main() {
    leptos::mount::mount_to_body(cinder_client::App);
}
