//! One module per screen.

mod compare;
mod not_found;
mod opportunity;
mod print;
mod start;

pub use compare::Compare;
pub use not_found::NotFound;
pub use opportunity::Opportunity;
pub use print::Print;
pub use start::Start;
