//! The catalogue model of Dalil.
//!
//! One definition of every record: the sources that ministries edit, the static
//! API that `dalil-catalogue publish` writes, and what the app reads back all
//! use these types. The crate has no browser dependency and builds natively and
//! for `wasm32-unknown-unknown`.

pub mod api;
pub mod audit;
pub mod authority;
pub mod centre;
pub mod config;
pub mod fee_schedule;
pub mod lang;
pub mod link;
pub mod pack;
pub mod page_data;
pub mod service;
pub mod shape;
pub mod time;
pub mod update;

pub use api::{ApiError, Listing, Manifest, ServiceSummary, SCHEMA_VERSION};
pub use authority::{Authority, AuthorityKind, Category, Governorate};
pub use centre::Centre;
pub use fee_schedule::{Amount, FeeVersion};
pub use lang::{Lang, Localised, Text};
pub use service::{
    Audience, Channel, ChannelKind, Document, Location, Output, ProcessingTime, Service, Status,
    Step, StepAlternative, Verified,
};
pub use time::{Duration, TimeRange, TimeUnit};
