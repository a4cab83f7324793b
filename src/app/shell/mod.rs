//! The frame around every screen: skip link, header and navigation, update notice, footer.

mod footer;
mod header;
mod skip_link;
mod update_notice;

pub use footer::Footer;
pub use header::Header;
pub use skip_link::SkipLink;
pub use update_notice::UpdateNotice;
