//! Reusable pieces of the interface.

pub mod api_error;
pub mod deferred;
pub mod external_link;
pub mod fees;
pub mod footer;
pub mod governorate_options;
pub mod header;
pub mod localised;
pub mod modal;
pub mod qr;
pub mod search_bar;
pub mod service;
pub mod service_list;
pub mod tick;
