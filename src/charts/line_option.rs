//! The option of a line chart over categories: charming's types for each part (axes, grid, legend,
//! tooltip, line series), put together here rather than in charming's `Chart`. `Chart` serializes
//! every component and series kind ECharts has, which would ship about 100 KB of serializer code
//! in the wasm for the handful of fields we set.

use charming::component::{Axis, Grid, Legend};
use charming::element::{AxisType, Tooltip, Trigger};
use charming::series::Line;
use serde_json::{json, Value};

/// A line chart: one category x axis, one or two value y axes, any number of line series.
#[derive(Clone, Debug)]
pub struct LineOption {
    grid: Grid,
    x_axis: Axis,
    y_axes: Vec<Axis>,
    series: Vec<Line>,
}

impl LineOption {
    /// A chart over `categories` (the x axis labels), with the legend at the bottom and an axis
    /// tooltip; `right` is the grid's right margin (wider when a second y axis is shown).
    pub fn new(categories: Vec<String>, right: &str) -> Self {
        Self {
            grid: Grid::new().left("56").right(right).top("24").bottom("56"),
            x_axis: Axis::new().type_(AxisType::Category).data(categories),
            y_axes: Vec::new(),
            series: Vec::new(),
        }
    }

    /// Adds a value axis named `name` (empty for none); series pick it by index in order of adding.
    pub fn y_axis(mut self, name: &str) -> Self {
        let axis = Axis::new().type_(AxisType::Value);
        self.y_axes
            .push(if name.is_empty() { axis } else { axis.name(name) });
        self
    }

    /// Adds a series.
    pub fn series(mut self, line: Line) -> Self {
        self.series.push(line);
        self
    }

    /// The ECharts option, animation off (charts redraw on every filter change).
    pub fn to_value(&self) -> Value {
        let part = |v: Result<Value, serde_json::Error>| v.unwrap_or(Value::Null);
        json!({
            "animation": false,
            "tooltip": part(serde_json::to_value(Tooltip::new().trigger(Trigger::Axis))),
            "legend": part(serde_json::to_value(Legend::new().bottom("0"))),
            "grid": part(serde_json::to_value(&self.grid)),
            "xAxis": [part(serde_json::to_value(&self.x_axis))],
            "yAxis": self.y_axes.iter().map(|a| part(serde_json::to_value(a))).collect::<Vec<_>>(),
            "series": self.series.iter().map(|s| part(serde_json::to_value(s))).collect::<Vec<_>>(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_the_parts_echarts_reads() {
        let v = LineOption::new(vec!["a".into(), "b".into()], "16")
            .y_axis("Plays")
            .y_axis("")
            .series(Line::new().name("Plays").data(vec![1.0, 2.0]))
            .series(Line::new().name("Other").y_axis_index(1.0).data(vec![3.0, 4.0]))
            .to_value();
        assert_eq!(v["animation"], false);
        assert_eq!(v["tooltip"]["trigger"], "axis");
        assert_eq!(v["legend"]["bottom"], "0");
        assert_eq!(v["grid"]["right"], "16");
        assert_eq!(v["xAxis"][0]["type"], "category");
        assert_eq!(v["xAxis"][0]["data"], json!(["a", "b"]));
        assert_eq!(v["yAxis"][0]["name"], "Plays");
        assert!(v["yAxis"][1].get("name").is_none());
        assert_eq!(v["series"][0]["type"], "line");
        assert_eq!(v["series"][0]["data"], json!([1.0, 2.0]));
        assert_eq!(v["series"][1]["yAxisIndex"], 1.0);
    }
}
