//! One module per screen.

mod checklists;
mod closeness;
mod compare;
mod guide;
mod messages;
mod not_found;
mod opportunity;
mod people;
mod plan;
mod print;
mod settings;
mod start;

pub use checklists::Checklists;
pub use compare::Compare;
pub use guide::Guide;
pub use messages::Messages;
pub use not_found::NotFound;
pub use opportunity::Opportunity;
pub use people::People;
pub use plan::Plan;
pub use print::Print;
pub use settings::Settings;
pub use start::Start;
