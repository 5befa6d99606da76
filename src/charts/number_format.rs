//! Numbers in charts as the page writes them: tooltips, axis labels and the map's legend print values
//! through [`crate::format`] in the page's language, with the figure's unit (`1,234`, `53.2%`), never
//! ECharts' raw `53.241206030151`.
//!
//! An option names the formatter a place needs with a marker string in charming's own formatter fields
//! (`valueFormatter: "entrylens:percent"`); as the chart is drawn, [`install`] puts our function there.
//! charming's `JsFunction` would compile JavaScript source with `new Function`, which the page's
//! Content-Security-Policy forbids (no `unsafe-eval`), and it cannot travel in the JSON tree the tests read.

use serde_json::Value;

/// The unit of a chart's figure, and so how its numbers print.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// A count: `12,345`.
    Count,
    /// A percent on a 0–100 scale: `53.2%`.
    Percent,
    /// Minutes, one decimal: `1,234.5`.
    Minutes,
}

const PREFIX: &str = "entrylens:";

impl Unit {
    /// The unit of a report metric as a chart draws it (drop-off and the play/impression ratio are
    /// drawn as percents, like the completion rate).
    pub fn of_metric(header: &str) -> Unit {
        use report_api::headers::*;
        match header {
            AVG_COMPLETION_RATE | AVG_VIEW_DROP_OFF | LOAD_PLAY_RATIO | TOTAL_COMPLETION_RATE => {
                Unit::Percent
            }
            SUM_VIEW_PERIOD => Unit::Minutes,
            _ => Unit::Count,
        }
    }

    /// The marker an option carries where this unit's formatter goes.
    pub fn marker(self) -> &'static str {
        match self {
            Unit::Count => "entrylens:count",
            Unit::Percent => "entrylens:percent",
            Unit::Minutes => "entrylens:minutes",
        }
    }

    /// The unit a marker names.
    pub fn from_marker(marker: &str) -> Option<Unit> {
        [Unit::Count, Unit::Percent, Unit::Minutes]
            .into_iter()
            .find(|u| u.marker() == marker)
    }

    /// A value as the page prints it; anything that is not a number prints as a dash.
    pub fn text(self, v: Option<f64>) -> String {
        let Some(v) = v.filter(|v| v.is_finite()) else {
            return "—".into();
        };
        match self {
            Unit::Count => crate::format::count(v),
            Unit::Percent => crate::format::percent(v),
            Unit::Minutes => crate::format::decimal(v, 1),
        }
    }
}

/// One step of a path into an option: an object key or an array index.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    /// An object's key.
    Key(String),
    /// An array's index.
    Index(u32),
}

/// Where in `option` a formatter marker stands, and which.
pub fn marker_paths(option: &Value) -> Vec<(Vec<Step>, Unit)> {
    fn walk(v: &Value, path: &mut Vec<Step>, out: &mut Vec<(Vec<Step>, Unit)>) {
        match v {
            Value::String(s) if s.starts_with(PREFIX) => {
                if let Some(unit) = Unit::from_marker(s) {
                    out.push((path.clone(), unit));
                }
            }
            Value::Object(map) => {
                for (k, child) in map {
                    path.push(Step::Key(k.clone()));
                    walk(child, path, out);
                    path.pop();
                }
            }
            // Arrays of numbers (the data) hold no marker: only arrays of objects are walked.
            Value::Array(items) if items.iter().any(|i| i.is_object()) => {
                for (i, child) in items.iter().enumerate() {
                    path.push(Step::Index(i as u32));
                    walk(child, path, out);
                    path.pop();
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(option, &mut Vec::new(), &mut out);
    out
}

mod browser {
    use super::{Step, Unit};
    use wasm_bindgen::prelude::*;

    /// The first number in what ECharts passes a formatter: a number, or the value part of an
    /// array (`[name, value]`, a map's `[lng, lat, value]`).
    fn number_of(v: &JsValue) -> Option<f64> {
        if let Some(n) = v.as_f64() {
            return Some(n);
        }
        let array = v.dyn_ref::<js_sys::Array>()?;
        array.iter().rev().find_map(|x| x.as_f64())
    }

    thread_local! {
        // One function per unit for the page's life (a handful, never more).
        static FUNCTIONS: Vec<(Unit, JsValue)> = [Unit::Count, Unit::Percent, Unit::Minutes]
            .into_iter()
            .map(|unit| {
                let f = Closure::<dyn Fn(JsValue) -> JsValue>::new(move |v: JsValue| {
                    JsValue::from_str(&unit.text(number_of(&v)))
                });
                (unit, f.into_js_value())
            })
            .collect();
    }

    /// Puts the formatter of each marker found (see [`super::marker_paths`]) into `option`, the
    /// option as the browser holds it.
    pub fn install(option: &JsValue, paths: &[(Vec<Step>, Unit)]) {
        for (path, unit) in paths {
            let Some((last, parents)) = path.split_last() else {
                continue;
            };
            let mut at = option.clone();
            for step in parents {
                at = match step {
                    Step::Key(k) => js_sys::Reflect::get(&at, &JsValue::from_str(k)),
                    Step::Index(i) => js_sys::Reflect::get_u32(&at, *i),
                }
                .unwrap_or(JsValue::UNDEFINED);
            }
            let f = FUNCTIONS.with(|fs| fs.iter().find(|(u, _)| u == unit).map(|(_, f)| f.clone()));
            if let (Some(f), Step::Key(k)) = (f, last) {
                let _ = js_sys::Reflect::set(&at, &JsValue::from_str(k), &f);
            }
        }
    }
}

pub use browser::install;

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn values_print_as_the_page_prints_them() {
        assert_eq!(Unit::Percent.text(Some(53.241206030151)), "53.2%");
        assert_eq!(Unit::Count.text(Some(12345.0)), "12,345");
        assert_eq!(Unit::Minutes.text(Some(1234.56)), "1,234.6");
        assert_eq!(Unit::Count.text(None), "—");
        assert_eq!(Unit::Count.text(Some(f64::NAN)), "—");
    }

    #[test]
    fn markers_are_found_where_they_stand() {
        let o = json!({
            "yAxis": [{"axisLabel": {"formatter": Unit::Count.marker()}}, {"axisLabel": {"formatter": Unit::Percent.marker()}}],
            "series": [{"data": [1.0, 2.0], "tooltip": {"valueFormatter": Unit::Minutes.marker()}}],
            "title": "entrylens:nothing",
            "other": "plain text"
        });
        let found = marker_paths(&o);
        assert_eq!(found.len(), 3);
        assert!(found.contains(&(
            vec![
                Step::Key("yAxis".into()),
                Step::Index(1),
                Step::Key("axisLabel".into()),
                Step::Key("formatter".into())
            ],
            Unit::Percent
        )));
        assert!(found.contains(&(
            vec![
                Step::Key("series".into()),
                Step::Index(0),
                Step::Key("tooltip".into()),
                Step::Key("valueFormatter".into())
            ],
            Unit::Minutes
        )));
    }
}
