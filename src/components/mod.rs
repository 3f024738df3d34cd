//! Reusable pieces of the interface.

pub mod api_error;
pub mod footer;
pub mod header;
pub mod localised;
pub mod service_list;
