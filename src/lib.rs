//! Crossroads: decide what to do after an interview or an offer, and say it well.
pub mod core;
