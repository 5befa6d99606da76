//! Charts: ECharts options (line charts through [`LineOption`], whose JSON the tests hold to charming's
//! option types), drawn by ECharts served from our own origin and loaded only when the first chart
//! appears, so it never blocks the first paint.
//! Every chart has a text description and a visible table twin beside it.

pub mod echart;
pub mod line_option;
pub mod loader;
pub mod moments;

pub use echart::EChart;
pub use line_option::LineOption;
