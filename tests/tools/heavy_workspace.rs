//! Prints the heavy-use workspace (tests/support/heavy.rs) as the stored
//! JSON, for the e2e test and the benchmark to seed the browser app with:
//! `cargo run --quiet --example heavy_workspace`.

#[path = "../support/heavy.rs"]
mod heavy;

fn main() {
    // The day the heavy workspace is set on: the day it is made.
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400);
    let today = crossroads::core::date::Date::from_ymd(1970, 1, 1)
        .unwrap()
        .add_days(now as i32);
    let w = heavy::heavy_workspace(today);
    println!("{}", serde_json::to_string(&w).unwrap());
}
