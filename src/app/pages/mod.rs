//! One module per screen.

mod messages;
mod not_found;
mod plan;
mod start;

pub use messages::Messages;
pub use not_found::NotFound;
pub use plan::Plan;
pub use start::Start;
