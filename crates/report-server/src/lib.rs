//! report-server: a local implementation of Kaltura's api_v3 `report` service (and the metadata calls
//! the dashboards make) over an embedded analytics database of generated viewing events.

pub mod api;
pub mod bloat;
pub mod db;
pub mod distinct;
pub mod engine;
pub mod faults;
pub mod generate;
pub mod http;
pub mod ks;
pub mod model;
pub mod percentiles;
pub mod rollup;
pub mod rollup_cache;
pub mod user_search;
