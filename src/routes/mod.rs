//! One module per route.

pub mod authority;
pub mod category;
pub mod centres;
pub mod fees;
pub mod home;
pub mod not_found;
pub mod search;
pub mod service;
