//! One module per screen.

mod not_found;
mod start;

pub use not_found::NotFound;
pub use start::Start;
