//! Chart colours from the page's theme. Options name every colour as a CSS variable (`var(--chart-1)`);
//! when a chart is drawn, and again whenever the theme changes, each is replaced by the variable's value
//! on the page ([`resolve`]), so the light, dark and high-contrast themes of `style/main.css` reach every
//! chart. The options themselves stay pure (tests see the variables).

use serde_json::Value;

/// The series colours, in order.
pub const SERIES: [&str; 4] = [
    "var(--chart-1)",
    "var(--chart-2)",
    "var(--chart-3)",
    "var(--chart-4)",
];
/// ECharts' base theme under our colours: `light` or `dark`.
pub const BASE: &str = "var(--chart-base)";
/// Axis labels, axis names and legends.
pub const TEXT: &str = "var(--chart-text)";
/// The value grid's lines.
pub const GRID: &str = "var(--chart-grid)";
/// The fewest plays on the map.
pub const MAP_LOW: &str = "var(--chart-map-low)";
/// The most plays on the map.
pub const MAP_HIGH: &str = "var(--chart-map-high)";
/// Land without plays.
pub const LAND: &str = "var(--chart-land)";
/// Borders between countries.
pub const LAND_BORDER: &str = "var(--chart-land-border)";
/// A hovered country.
pub const HOVER: &str = "var(--chart-hover)";
/// The ring around a map's dot.
pub const DOT_BORDER: &str = "var(--chart-dot-border)";
/// A node of the path flow.
pub const NODE: &str = "var(--chart-node)";
/// The path's first node, and its ring.
pub const NODE_START: &str = "var(--chart-node-start)";
/// The ring of the path's first node.
pub const NODE_START_BORDER: &str = "var(--chart-node-start-border)";
/// A deleted node, and its ring.
pub const NODE_DELETED: &str = "var(--chart-node-deleted)";
/// The ring of a deleted node.
pub const NODE_DELETED_BORDER: &str = "var(--chart-node-deleted-border)";
/// The end of a link to a web page.
pub const WEB_LINK: &str = "var(--chart-web-link)";

/// The variable a `var(--name)` string names, if it is one.
fn variable(text: &str) -> Option<&str> {
    text.strip_prefix("var(")?
        .strip_suffix(')')
        .filter(|v| v.starts_with("--"))
}

/// `option` with every `var(--…)` replaced by `lookup`'s value for it (left as it is where `lookup` has
/// none).
pub fn resolve_with(option: &Value, lookup: &dyn Fn(&str) -> Option<String>) -> Value {
    match option {
        Value::String(s) => match variable(s).and_then(lookup) {
            Some(v) => Value::String(v),
            None => option.clone(),
        },
        Value::Array(items) => Value::Array(items.iter().map(|v| resolve_with(v, lookup)).collect()),
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| (k.clone(), resolve_with(v, lookup)))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// The body's computed style (the high-contrast class is set on the body), where there is a page.
fn body_style() -> Option<web_sys::CssStyleDeclaration> {
    let w = web_sys::window()?;
    let body = w.document()?.body()?;
    w.get_computed_style(&body).ok().flatten()
}

/// A CSS variable's value in `style` (`None` when unset).
fn variable_value(style: &web_sys::CssStyleDeclaration, name: &str) -> Option<String> {
    style
        .get_property_value(name)
        .ok()
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

/// `option` with its colours as the page's theme has them now.
pub fn resolve(option: &Value) -> Value {
    match body_style() {
        Some(style) => resolve_with(option, &|name| variable_value(&style, name)),
        None => option.clone(),
    }
}

/// Whether the page's theme draws charts on ECharts' dark base ([`BASE`] is `dark`).
pub fn dark_base() -> bool {
    let name = variable(BASE).unwrap_or_default();
    body_style()
        .and_then(|style| variable_value(&style, name))
        .as_deref()
        == Some("dark")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn variables_are_replaced_everywhere_and_nothing_else() {
        let o = json!({"color": [SERIES[0], SERIES[1]], "a": {"b": [{"c": TEXT}]}, "d": "var(x)", "e": 3});
        let r = resolve_with(&o, &|name| (name != "--chart-2").then(|| format!("<{name}>")));
        assert_eq!(
            r,
            json!({"color": ["<--chart-1>", "var(--chart-2)"], "a": {"b": [{"c": "<--chart-text>"}]}, "d": "var(x)", "e": 3})
        );
    }
}
