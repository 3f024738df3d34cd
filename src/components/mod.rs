//! Reusable pieces of the interface.

pub mod api_error;
pub mod qr;
pub mod service;
pub mod footer;
pub mod header;
pub mod localised;
pub mod service_list;
