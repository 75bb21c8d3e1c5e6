//! Cinder's server library: `app(state) -> Router` and everything it is built from.
