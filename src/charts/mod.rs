//! Charts: ECharts options built with charming (line charts through [`LineOption`]), drawn by ECharts
//! served from our own origin and loaded only when the first chart appears, so it never blocks the first
//! paint.
//! Every chart has a text description and a visible table twin beside it.

pub mod colors;
pub mod echart;
pub mod flow_option;
pub mod line_option;
pub mod loader;
pub mod map_option;
pub mod moments;
pub mod number_format;

pub use echart::EChart;
pub use line_option::LineOption;

/// A chart option of charming's types as the JSON tree [`EChart`] takes (serialized into a tree, never
/// printed: the browser reads the tree as it is).
pub fn option_value(option: &impl serde::Serialize) -> serde_json::Value {
    serde_json::to_value(option).unwrap_or(serde_json::Value::Null)
}
