//! The option of a line chart over categories (axes, grid, legend, tooltip, line series, marked points),
//! built with charming's option types and serialized to the JSON tree the chart widget hands to ECharts.
//! The charts of the first view are line charts, so charming's serializers are in the first download
//! (about 14 KB gzip): the product's chart library, not something to trade for bytes.

use super::colors;
use super::number_format::Unit;
use charming::component::{Axis, Grid, Legend, LegendType};
use charming::element::{
    AxisLabel, AxisType, LineStyle, MarkPoint, MarkPointData, SplitLine, TextStyle, Tooltip, Trigger,
};
use charming::series::Line;
use serde::Serialize;
use serde_json::Value;

/// The top level of a line chart's option, of charming's component and series types. Not charming's
/// `Chart`: serializing that links the serializers of every component ECharts has (titles, toolboxes,
/// 3D axes, data zoom, …) whether set or not, 37 KB gzip of the first view where these fields cost
/// (measured on the release build; see the commit).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct LineChart {
    animation: bool,
    color: [&'static str; 4],
    tooltip: Tooltip,
    legend: Legend,
    grid: Grid,
    x_axis: Axis,
    y_axis: Vec<Axis>,
    series: Vec<Line>,
}

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
    unit: Unit,
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
            unit: Unit::Count,
        }
    }

    /// The unit of its values (a count unless said), as its tooltip prints them.
    pub fn unit(mut self, unit: Unit) -> Self {
        self.unit = unit;
        self
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

    /// charming's line series.
    fn to_line(&self) -> Line {
        let mut line = Line::new()
            .name(self.name.as_str())
            .data(self.data.clone())
            .tooltip(Tooltip::new().value_formatter(self.unit.marker()));
        if self.second_axis {
            line = line.y_axis_index(1.0);
        }
        if !self.symbols {
            line = line.show_symbol(false);
        }
        if !self.marks.is_empty() {
            let marks: Vec<MarkPointData> = self
                .marks
                .iter()
                .map(|m| {
                    MarkPointData::new()
                        .name(m.name)
                        .x_axis(m.index as f64)
                        .y_axis(m.value)
                        .value(m.value)
                })
                .collect();
            line = line.mark_point(MarkPoint::new().data(marks));
        }
        line
    }
}

/// A line chart: one category x axis, one or two value y axes, any number of line series.
#[derive(Clone, Debug)]
pub struct LineOption {
    categories: Vec<String>,
    right: String,
    y_axes: Vec<(String, Unit)>,
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

    /// Adds a value axis of counts named `name` (empty for none); series pick it by index in order of
    /// adding.
    pub fn y_axis(self, name: &str) -> Self {
        self.y_axis_of(name, Unit::Count)
    }

    /// Adds a value axis named `name` whose labels print values in `unit` (`50%` for rates).
    pub fn y_axis_of(mut self, name: &str, unit: Unit) -> Self {
        self.y_axes.push((name.to_string(), unit));
        self
    }

    /// Adds a series.
    pub fn series(mut self, line: LineSeries) -> Self {
        self.series.push(line);
        self
    }

    /// The chart in charming's types, animation off (charts redraw on every filter change).
    fn to_chart(&self) -> LineChart {
        let text = || TextStyle::new().color(colors::TEXT);
        // A marked point's pin stands about 40 px above its point: at the top of the axis it met the
        // axis name and was cut at the chart's edge on a phone. A quarter more room above the highest
        // value keeps every pin inside the grid.
        let marked = self.series.iter().any(|s| !s.marks.is_empty());
        LineChart {
            animation: false,
            color: colors::SERIES,
            tooltip: Tooltip::new().trigger(Trigger::Axis),
            // One line, scrolled where narrow: a wrapped legend sat on the axis labels at 390 px.
            legend: Legend::new()
                .type_(LegendType::Scroll)
                .bottom("0")
                .text_style(text()),
            grid: Grid::new()
                .left("56")
                .right(self.right.as_str())
                .top(if marked { "36" } else { "24" })
                .bottom("56"),
            x_axis: Axis::new()
                .type_(AxisType::Category)
                .axis_label(AxisLabel::new().color(colors::TEXT))
                .data(self.categories.clone()),
            y_axis: self
                .y_axes
                .iter()
                .map(|(name, unit)| {
                    let axis = Axis::new()
                        .type_(AxisType::Value)
                        .axis_label(AxisLabel::new().color(colors::TEXT).formatter(unit.marker()))
                        .name_text_style(text())
                        .split_line(SplitLine::new().line_style(LineStyle::new().color(colors::GRID)));
                    // Counts tick at whole numbers: an axis of zeros drew 0.2, 0.4, … printed as 0, 0, 1.
                    let axis = if *unit == Unit::Count {
                        axis.min_interval(1.0)
                    } else {
                        axis
                    };
                    let axis = if marked {
                        axis.boundary_gap(("0%", "25%"))
                    } else {
                        axis
                    };
                    if name.is_empty() {
                        axis
                    } else {
                        axis.name(name.as_str())
                    }
                })
                .collect(),
            series: self.series.iter().map(LineSeries::to_line).collect(),
        }
    }

    /// The ECharts option as the chart widget takes it.
    pub fn to_value(&self) -> Value {
        super::option_value(&self.to_chart())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_two_axis_chart_has_its_axes_series_and_layout() {
        let o = LineOption::new(vec!["a".into(), "b".into()], "56")
            .y_axis("Plays")
            .y_axis("")
            .series(LineSeries::new("Plays", vec![1.0, 2.0]))
            .series(LineSeries::new("Other", vec![3.5, 4.0]).on_second_axis())
            .to_value();
        assert_eq!(o["animation"], json!(false));
        assert_eq!(o["tooltip"]["trigger"], "axis");
        assert_eq!(o["legend"]["bottom"], "0");
        assert_eq!(o["legend"]["type"], "scroll", "one line at any width");
        assert_eq!(o["grid"]["right"], "56");
        assert_eq!(o["xAxis"]["type"], "category");
        assert_eq!(o["xAxis"]["data"], json!(["a", "b"]));
        assert_eq!(o["yAxis"][0]["name"], "Plays");
        assert!(o["yAxis"][1].get("name").is_none(), "an unnamed axis has no name");
        assert_eq!(o["series"][0]["type"], "line");
        assert_eq!(o["series"][0]["data"], json!([1.0, 2.0]));
        assert!(o["series"][0].get("yAxisIndex").is_none());
        assert_eq!(o["series"][1]["yAxisIndex"], json!(1.0));
    }

    #[test]
    fn marked_lines_without_symbols() {
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
        let o = LineOption::new(vec!["0:01".into()], "16")
            .y_axis("Views")
            .series(
                LineSeries::new("Views", vec![40.0])
                    .without_symbols()
                    .marked(marks),
            )
            .to_value();
        let s = &o["series"][0];
        assert_eq!(s["showSymbol"], json!(false));
        assert_eq!(
            s["markPoint"]["data"][1],
            json!({"name": "Rewatch", "xAxis": 7.0, "yAxis": 12.5, "value": 12.5})
        );
        assert_eq!(o["yAxis"][0]["name"], "Views");
        // Numbers as the page prints them: the widget puts its formatters where these markers stand.
        assert_eq!(o["yAxis"][0]["axisLabel"]["formatter"], "entrylens:count");
        assert_eq!(o["yAxis"][0]["minInterval"], 1.0, "counts tick at whole numbers");
        assert_eq!(s["tooltip"]["valueFormatter"], "entrylens:count");
        let rate = LineOption::new(vec!["x".into()], "16")
            .y_axis_of("Rate", Unit::Percent)
            .series(LineSeries::new("Rate", vec![53.2]).unit(Unit::Percent))
            .to_value();
        assert_eq!(rate["yAxis"][0]["axisLabel"]["formatter"], "entrylens:percent");
        assert_eq!(rate["yAxis"][0].get("minInterval"), None);
        assert_eq!(
            rate["series"][0]["tooltip"]["valueFormatter"],
            "entrylens:percent"
        );
        // Room above the highest value for the pins.
        assert_eq!(o["yAxis"][0]["boundaryGap"], json!(["0%", "25%"]));
        assert_eq!(o["grid"]["top"], "36");
        let plain = LineOption::new(vec!["0:01".into()], "16")
            .y_axis("Views")
            .series(LineSeries::new("Views", vec![40.0]))
            .to_value();
        assert_eq!(plain["yAxis"][0].get("boundaryGap"), None);
    }

    #[test]
    fn missing_values_are_null() {
        let v = LineOption::new(vec!["x".into()], "16")
            .series(LineSeries::new("n", vec![3.0, f64::NAN]))
            .to_value();
        assert_eq!(v["series"][0]["data"], json!([3.0, null]));
    }
}
