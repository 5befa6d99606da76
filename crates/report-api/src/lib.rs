//! # report-api
//!
//! The contract between entrylens and Kaltura's api_v3 `report` service, shared by the browser app and by
//! `report-server`, so that both read and compute every number the same way.
//!
//! - [`ReportType`] and [`headers`]: the report ids and the exact header names each report returns.
//! - [`ReportInputFilter`], [`ReportCall`], [`ServiceCall`], [`multirequest_body`]: typed requests.
//! - [`ReportTotal`], [`ReportTable`], [`ReportGraph`], [`parse_multirequest`]: typed responses, parsed from
//!   the delimiter-joined strings the service sends.
//! - [`metrics`]: the metric formulas (ratios, drop-off, completion) and the trend arithmetic.
//! - [`time_range`]: calendar ranges in an IANA time zone, presets and compare periods.
//! - [`ApiError`]: Kaltura's `KalturaAPIException`.
//!
//! Nothing here touches the network or the DOM; it compiles for `wasm32-unknown-unknown` and for the host.

pub mod calendar;
pub mod date_key;
pub mod error;
pub mod filter;
pub mod fit;
pub mod geo;
pub mod headers;
pub mod interactive;
mod lenient;
pub mod metadata;
pub mod metrics;
pub mod number;
pub mod report_type;
pub mod request;
pub mod response;
pub mod time_range;

pub use date_key::DateKey;
pub use error::{ApiError, ResponseError};
pub use filter::{FilterType, Interval, ReportInputFilter};
pub use report_type::{GraphShape, ReportType};
pub use request::{
    multirequest_body, single_body, ExportItem, ExportItemAction, ExportParams, Pager, ReportAction,
    ReportCall, ResponseOptions, ServiceCall,
};
pub use response::{parse_multirequest, GraphPoints, ReportGraph, ReportTable, ReportTotal, TableRow};

/// The delimiter entrylens asks for. `|` cannot appear in ids and is replaced inside table cells by the server.
pub const DELIMITER: &str = "|";

/// The api_v3 version string the generated clients send; the `report` service does not need it.
pub const API_VERSION: &str = "22.18.0";

/// The `clientTag` entrylens identifies itself with.
pub const CLIENT_TAG: &str = concat!("entrylens:", env!("CARGO_PKG_VERSION"));
