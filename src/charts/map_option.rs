//! The world map's option: countries shaded by plays (a `map` series drawn on a `geo` component) and a
//! dot for every place (a `scatter` series on the same geo), with the visual map as its legend.
//!
//! charming's types build what they can: the tooltips, item and emphasis styles, the scale limit and the
//! visual map. charming 0.6 has no `geo` component, no fields on its `map` series, no `text` on its
//! visual map, and data points without fields of our own (a click is keyed by a place's `code`): those
//! parts are the small typed structs below.

use super::colors;
use crate::i18n::{t, Msg};
use charming::component::{VisualMap, VisualMapChannel, VisualMapType};
use charming::element::{ItemStyle, Label, ScaleLimit, TextStyle, Tooltip, Trigger};
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;

/// One place on the map: its key (ISO code for countries, the name below), name, position and plays.
#[derive(Debug, Clone, PartialEq)]
pub struct MapPlace {
    /// The key clicks report.
    pub code: String,
    /// The name shown.
    pub name: String,
    /// Latitude and longitude.
    pub at: Option<(f64, f64)>,
    /// Its plays, which shade it.
    pub plays: f64,
}

/// The option's top level.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct MapChart {
    animation: bool,
    tooltip: Tooltip,
    visual_map: Legend,
    geo: Geo,
    series: (AreaSeries, DotSeries),
}

/// The visual map with what charming's lacks: its end labels and the series it colours.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Legend {
    #[serde(flatten)]
    map: VisualMap,
    text: [String; 2],
    series_index: [u8; 2],
}

/// The world's shapes, named by ISO code (the prepared map's keys).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Geo {
    map: &'static str,
    roam: bool,
    name_map: BTreeMap<String, String>,
    item_style: AreaStyle,
    emphasis: AreaEmphasis,
    select: Select,
    scale_limit: ScaleLimit,
    #[serde(skip_serializing_if = "Option::is_none")]
    center: Option<[f64; 2]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    zoom: Option<f64>,
}

/// A geo area's style: charming's item style has no `areaColor`.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct AreaStyle {
    area_color: &'static str,
    #[serde(flatten)]
    item: ItemStyle,
}

/// A hovered shape's fill, without its name drawn on the map.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct AreaEmphasis {
    item_style: AreaStyle,
    label: Label,
}

/// Selecting a shape is off (a click drills down instead).
#[derive(Serialize)]
struct Select {
    disabled: bool,
}

/// The countries shaded by plays.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct AreaSeries {
    #[serde(rename = "type")]
    kind: &'static str,
    geo_index: u8,
    name: String,
    data: Vec<Area>,
}

/// A country's shape.
#[derive(Serialize)]
struct Area {
    name: String,
    value: f64,
    code: String,
}

/// A dot per place.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct DotSeries {
    #[serde(rename = "type")]
    kind: &'static str,
    coordinate_system: &'static str,
    name: String,
    data: Vec<Dot>,
    symbol_size: f64,
    item_style: ItemStyle,
    tooltip: Tooltip,
    encode: Encode,
}

/// A place's dot: longitude, latitude, plays.
#[derive(Serialize)]
struct Dot {
    name: String,
    value: [f64; 3],
    code: String,
}

/// The dot's value is its third dimension (plays), which the visual map reads.
#[derive(Serialize)]
struct Encode {
    value: u8,
}

/// The centre and zoom that frame `points` (latitude, longitude) when drilled into a country.
fn framing(points: &[(f64, f64)]) -> ([f64; 2], f64) {
    let (mut lat0, mut lat1, mut lon0, mut lon1) = (90.0_f64, -90.0_f64, 180.0_f64, -180.0_f64);
    for (lat, lon) in points {
        lat0 = lat0.min(*lat);
        lat1 = lat1.max(*lat);
        lon0 = lon0.min(*lon);
        lon1 = lon1.max(*lon);
    }
    let span = (lat1 - lat0).max(lon1 - lon0).max(2.0);
    (
        [(lon0 + lon1) / 2.0, (lat0 + lat1) / 2.0],
        (180.0 / (span * 1.6)).clamp(1.0, 40.0),
    )
}

/// The map's option: at the top, countries coloured by plays plus a dot per country; drilled, dots for
/// regions or cities around the country.
pub fn map_option(rows: &[MapPlace], drilled: bool, measure: &str, more: &str) -> Value {
    let max = rows.iter().map(|r| r.plays).fold(0.0_f64, f64::max).max(1.0);
    let points: Vec<(f64, f64)> = rows.iter().filter_map(|r| r.at).collect();
    let framed = (drilled && !points.is_empty()).then(|| framing(&points));
    let geo = Geo {
        map: "world",
        roam: true,
        name_map: rows
            .iter()
            .filter(|r| !r.code.is_empty())
            .map(|r| (r.code.clone(), r.name.clone()))
            .collect(),
        item_style: AreaStyle {
            area_color: colors::LAND,
            item: ItemStyle::new()
                .border_color(colors::LAND_BORDER)
                .border_width(0.5),
        },
        emphasis: AreaEmphasis {
            item_style: AreaStyle {
                area_color: colors::HOVER,
                item: ItemStyle::new(),
            },
            label: Label::new().show(false),
        },
        select: Select { disabled: true },
        scale_limit: ScaleLimit::new().min(1.0).max(60.0),
        center: framed.map(|f| f.0),
        zoom: framed.map(|f| f.1),
    };
    let areas = AreaSeries {
        kind: "map",
        geo_index: 0,
        name: measure.to_string(),
        data: rows
            .iter()
            .filter(|r| !drilled && !r.code.is_empty())
            .map(|r| Area {
                name: r.name.clone(),
                value: r.plays,
                code: r.code.clone(),
            })
            .collect(),
    };
    let dots = DotSeries {
        kind: "scatter",
        coordinate_system: "geo",
        name: measure.to_string(),
        data: rows
            .iter()
            .filter_map(|r| {
                r.at.map(|(lat, lon)| Dot {
                    name: r.name.clone(),
                    value: [lon, lat, r.plays],
                    code: r.code.clone(),
                })
            })
            .collect(),
        symbol_size: if drilled { 12.0 } else { 5.0 },
        item_style: ItemStyle::new()
            .border_color(colors::DOT_BORDER)
            .border_width(1.0),
        tooltip: Tooltip::new()
            .trigger(Trigger::Item)
            .value_formatter(super::number_format::Unit::Count.marker()),
        encode: Encode { value: 2 },
    };
    let legend = Legend {
        map: VisualMap::new()
            .type_(VisualMapType::Continuous)
            .min(0.0)
            .max(max)
            .in_range(VisualMapChannel::new().color(vec![colors::MAP_LOW, colors::MAP_HIGH]))
            .calculable(false)
            .left(8.0)
            .bottom(8.0)
            .item_height(90.0)
            .text_style(TextStyle::new().font_size(11.0).color(colors::TEXT)),
        text: [more.to_string(), t(Msg::Fewer).to_string()],
        series_index: [0, 1],
    };
    super::option_value(&MapChart {
        animation: false,
        tooltip: Tooltip::new()
            .trigger(Trigger::Item)
            .value_formatter(super::number_format::Unit::Count.marker()),
        visual_map: legend,
        geo,
        series: (areas, dots),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_map_names_shapes_by_code_and_dots_every_place() {
        let place = |code: &str, name: &str, at, plays| MapPlace {
            code: code.into(),
            name: name.into(),
            at,
            plays,
        };
        let rows = vec![
            place("SG", "Singapore", Some((1.35, 103.8)), 5.0),
            place("", "Unknown", None, 2.0),
        ];
        let o = map_option(&rows, false, "Plays", "More plays");
        assert_eq!(o["geo"]["nameMap"]["SG"], "Singapore");
        assert_eq!(o["series"][0]["data"].as_array().unwrap().len(), 1);
        assert_eq!(o["series"][1]["data"][0]["code"], "SG");
        assert_eq!(o["series"][1]["data"][0]["value"][0], 103.8);
        let d = map_option(&rows, true, "Plays", "More plays");
        assert!(d["geo"]["center"].is_array());
        assert_eq!(d["series"][0]["data"].as_array().unwrap().len(), 0);
    }

    #[test]
    fn every_part_reaches_the_option() {
        let p = MapPlace {
            code: "FR".into(),
            name: "France".into(),
            at: Some((46.0, 2.0)),
            plays: 7.0,
        };
        let o = map_option(&[p], false, "Plays", "More plays");
        assert_eq!(o["visualMap"]["type"], "continuous");
        assert_eq!(o["visualMap"]["max"], 7.0);
        assert_eq!(o["visualMap"]["seriesIndex"], serde_json::json!([0, 1]));
        assert_eq!(o["visualMap"]["text"][0], "More plays");
        assert_eq!(o["geo"]["itemStyle"]["areaColor"], colors::LAND);
        assert_eq!(o["geo"]["emphasis"]["itemStyle"]["areaColor"], colors::HOVER);
        assert_eq!(o["series"][1]["encode"]["value"], 2);
        assert!(o["geo"].get("center").is_none(), "the world is not framed");
    }
}
