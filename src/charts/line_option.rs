//! The option of a line chart over categories (axes, grid, legend, tooltip, line series, marked points),
//! written as ECharts' JSON directly.
//!
//! charming's option types define these shapes, and the tests prove that every option built here is
//! exactly what charming serializes for the same chart. The browser build does not serialize through
//! charming: its derived serializers cover every field of every nested option type, whatever we set,
//! and cost about 14 KB gzip of the first view (the two line charts are in it), more than the whole
//! first view's margin under its byte budget.

use crate::lean::json::number;
use serde_json::{json, Value};

/// A point marked on a line (a key moment): its label, the category index it sits on and its value.
#[derive(Clone, Debug, PartialEq)]
pub struct MarkedPoint {
    /// The label ECharts shows in the mark's tooltip.
    pub name: &'static str,
    /// The category (x) index.
    pub index: usize,
    /// The value (y) at that index.
    pub value: f64,
}

/// One line: its legend name, one value per category, and how it is drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct LineSeries {
    name: String,
    data: Vec<f64>,
    second_axis: bool,
    symbols: bool,
    marks: Vec<MarkedPoint>,
}

impl LineSeries {
    /// A line named `name` (its legend entry) through `data`, on the first y axis, with point symbols.
    pub fn new(name: impl Into<String>, data: Vec<f64>) -> Self {
        Self {
            name: name.into(),
            data,
            second_axis: false,
            symbols: true,
            marks: Vec::new(),
        }
    }

    /// Draws the line against the second y axis.
    pub fn on_second_axis(mut self) -> Self {
        self.second_axis = true;
        self
    }

    /// Leaves out the point symbols (dense lines such as the 100 points of playback).
    pub fn without_symbols(mut self) -> Self {
        self.symbols = false;
        self
    }

    /// Marks `marks` on the line.
    pub fn marked(mut self, marks: Vec<MarkedPoint>) -> Self {
        self.marks = marks;
        self
    }

    fn to_value(&self) -> Value {
        let mut s = json!({
            "type": "line",
            "name": self.name,
            "data": self.data.iter().map(|v| number(*v)).collect::<Vec<_>>(),
        });
        if self.second_axis {
            s["yAxisIndex"] = number(1.0);
        }
        if !self.symbols {
            s["showSymbol"] = Value::Bool(false);
        }
        if !self.marks.is_empty() {
            let marks: Vec<Value> = self
                .marks
                .iter()
                .map(|m| {
                    json!({
                        "name": m.name,
                        "xAxis": number(m.index as f64),
                        "yAxis": number(m.value),
                        "value": number(m.value),
                    })
                })
                .collect();
            s["markPoint"] = json!({ "data": marks });
        }
        s
    }
}

/// A line chart: one category x axis, one or two value y axes, any number of line series.
#[derive(Clone, Debug)]
pub struct LineOption {
    categories: Vec<String>,
    right: String,
    y_axes: Vec<String>,
    series: Vec<LineSeries>,
}

impl LineOption {
    /// A chart over `categories` (the x axis labels), with the legend at the bottom and an axis
    /// tooltip; `right` is the grid's right margin (wider when a second y axis is shown).
    pub fn new(categories: Vec<String>, right: &str) -> Self {
        Self {
            categories,
            right: right.to_string(),
            y_axes: Vec::new(),
            series: Vec::new(),
        }
    }

    /// Adds a value axis named `name` (empty for none); series pick it by index in order of adding.
    pub fn y_axis(mut self, name: &str) -> Self {
        self.y_axes.push(name.to_string());
        self
    }

    /// Adds a series.
    pub fn series(mut self, line: LineSeries) -> Self {
        self.series.push(line);
        self
    }

    /// The ECharts option, animation off (charts redraw on every filter change).
    pub fn to_value(&self) -> Value {
        let y_axes: Vec<Value> = self
            .y_axes
            .iter()
            .map(|name| {
                let mut axis = json!({ "type": "value" });
                if !name.is_empty() {
                    axis["name"] = Value::String(name.clone());
                }
                axis
            })
            .collect();
        json!({
            "animation": false,
            "tooltip": { "trigger": "axis" },
            "legend": { "bottom": "0" },
            "grid": { "left": "56", "right": self.right, "top": "24", "bottom": "56" },
            "xAxis": [{ "type": "category", "data": self.categories }],
            "yAxis": y_axes,
            "series": self.series.iter().map(LineSeries::to_value).collect::<Vec<_>>(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use charming::component::{Axis, Grid, Legend};
    use charming::element::{AxisType, MarkPoint, MarkPointData, Tooltip, Trigger};
    use charming::series::Line;

    /// The same chart as charming's option types serialize it: the reference our JSON must equal.
    fn charming_option(categories: &[&str], right: &str, axes: &[&str], series: &[Line]) -> Value {
        let to = |v: Result<Value, serde_json::Error>| v.unwrap();
        let category = Axis::new()
            .type_(AxisType::Category)
            .data(categories.iter().map(|c| c.to_string()).collect());
        let y: Vec<Value> = axes
            .iter()
            .map(|name| {
                let axis = Axis::new().type_(AxisType::Value);
                to(serde_json::to_value(if name.is_empty() {
                    axis
                } else {
                    axis.name(*name)
                }))
            })
            .collect();
        json!({
            "animation": false,
            "tooltip": to(serde_json::to_value(Tooltip::new().trigger(Trigger::Axis))),
            "legend": to(serde_json::to_value(Legend::new().bottom("0"))),
            "grid": to(serde_json::to_value(Grid::new().left("56").right(right).top("24").bottom("56"))),
            "xAxis": [to(serde_json::to_value(category))],
            "yAxis": y,
            "series": series.iter().map(|s| to(serde_json::to_value(s))).collect::<Vec<_>>(),
        })
    }

    /// Numbers compared by value: charming writes every number as a float, we write whole ones as
    /// integers (the same JSON number to ECharts).
    fn numbers_as_floats(v: &Value) -> Value {
        match v {
            Value::Number(n) => json!(n.as_f64().unwrap()),
            Value::Array(items) => Value::Array(items.iter().map(numbers_as_floats).collect()),
            Value::Object(map) => Value::Object(
                map.iter()
                    .map(|(k, item)| (k.clone(), numbers_as_floats(item)))
                    .collect(),
            ),
            other => other.clone(),
        }
    }

    #[test]
    fn equals_what_charming_writes_for_a_two_axis_chart() {
        let ours = LineOption::new(vec!["a".into(), "b".into()], "56")
            .y_axis("Plays")
            .y_axis("")
            .series(LineSeries::new("Plays", vec![1.0, 2.0]))
            .series(LineSeries::new("Other", vec![3.5, 4.0]).on_second_axis())
            .to_value();
        let reference = charming_option(
            &["a", "b"],
            "56",
            &["Plays", ""],
            &[
                Line::new().name("Plays").data(vec![1.0, 2.0]),
                Line::new().name("Other").y_axis_index(1.0).data(vec![3.5, 4.0]),
            ],
        );
        assert_eq!(numbers_as_floats(&ours), numbers_as_floats(&reference));
        assert!(ours["yAxis"][1].get("name").is_none());
    }

    #[test]
    fn equals_what_charming_writes_for_marked_lines_without_symbols() {
        let marks = vec![
            MarkedPoint {
                name: "Drop",
                index: 3,
                value: 40.0,
            },
            MarkedPoint {
                name: "Rewatch",
                index: 7,
                value: 12.5,
            },
        ];
        let ours = LineOption::new(vec!["0:01".into()], "16")
            .y_axis("Views")
            .series(
                LineSeries::new("Views", vec![40.0])
                    .without_symbols()
                    .marked(marks.clone()),
            )
            .to_value();
        let reference_marks: Vec<MarkPointData> = marks
            .iter()
            .map(|m| {
                MarkPointData::new()
                    .name(m.name)
                    .x_axis(m.index as f64)
                    .y_axis(m.value)
                    .value(m.value)
            })
            .collect();
        let reference = charming_option(
            &["0:01"],
            "16",
            &["Views"],
            &[Line::new()
                .name("Views")
                .show_symbol(false)
                .data(vec![40.0])
                .mark_point(MarkPoint::new().data(reference_marks))],
        );
        assert_eq!(numbers_as_floats(&ours), numbers_as_floats(&reference));
    }

    #[test]
    fn whole_values_stay_whole_and_missing_ones_are_null() {
        let v = LineOption::new(vec!["x".into()], "16")
            .series(LineSeries::new("n", vec![3.0, f64::NAN]))
            .to_value();
        assert_eq!(v["series"][0]["data"], json!([3, null]));
    }
}
