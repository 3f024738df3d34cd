//! The deployment's settings (`config.json`): fetched once, read by the
//! one reader in `dalil_model::config`, and provided to whoever needs them.

pub mod api_base;
pub mod file;
