//! One module per screen.

mod compare;
mod not_found;
mod opportunity;
mod start;

pub use compare::Compare;
pub use not_found::NotFound;
pub use opportunity::Opportunity;
pub use start::Start;
