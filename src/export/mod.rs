//! Export files: CSV built in the browser from tables, with the range, compare period, filters and time
//! zone in the file's first lines, and the download. It knows tables, not panels: the panels and the page
//! turn what they show into tables (`dashboard::exports` keeps them).

pub mod csv;

use crate::i18n::{t, tf, Msg};
use report_api::time_range::{DayRange, Zone};

/// The header lines of an export.
pub fn meta_lines(
    entry: &str,
    zone: Zone,
    current: DayRange,
    compare: Option<DayRange>,
    filters: &[(String, String)],
) -> Vec<(String, String)> {
    let span = |d: DayRange| {
        let b = d.bounds(zone);
        format!("{}/{}", zone.iso8601(b.from_date), zone.iso8601(b.to_date - 1))
    };
    let mut m = vec![
        (t(Msg::KindEntry).to_string(), entry.to_string()),
        (t(Msg::CsvRange).to_string(), span(current)),
        (
            t(Msg::CsvComparedWith).to_string(),
            compare.map(span).unwrap_or_else(|| t(Msg::CsvNone).into()),
        ),
        (
            t(Msg::TimeZone).to_string(),
            zone.iana_name().unwrap_or("UTC").to_string(),
        ),
    ];
    if filters.is_empty() {
        m.push((t(Msg::CsvFilters).into(), t(Msg::CsvNone).into()));
    }
    for (k, v) in filters {
        m.push((tf(Msg::CsvFilterNamed, &[k]), v.clone()));
    }
    m
}

/// A file name for an export: `entrylens-0_abc-countries-2026-11-01_2026-11-30.csv`.
pub fn file_name(entry: &str, what: &str, current: DayRange) -> String {
    let safe: String = entry
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c
            } else {
                '-'
            }
        })
        .take(40)
        .collect();
    format!("entrylens-{safe}-{what}-{}_{}.csv", current.first, current.last)
}

/// Offers `content` to the browser as a download named `name`.
pub fn download(name: &str, content: &str) -> Result<(), String> {
    use wasm_bindgen::JsCast;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/csv;charset=utf-8");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| t(Msg::FileRefused).to_string())?;
    let url =
        web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| t(Msg::FileNotOffered).to_string())?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| t(Msg::FileNotOffered).to_string())?;
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| t(Msg::FileNotOffered).to_string())?
        .dyn_into()
        .map_err(|_| t(Msg::FileNotOffered).to_string())?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn meta_names_range_compare_zone_and_filters() {
        let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
        let zone = Zone::Iana(report_api::time_range::parse_tz("Europe/Paris").unwrap());
        let m = meta_lines(
            "0_a",
            zone,
            DayRange::new(d(11, 1), d(11, 30)),
            None,
            &[("Country".into(), "France".into())],
        );
        assert_eq!(m[1].1, "2026-11-01T00:00:00+01:00/2026-11-30T23:59:59+01:00");
        assert_eq!(m[2].1, "none");
        assert_eq!(m[3].1, "Europe/Paris");
        assert_eq!(m[4], ("Filter: Country".into(), "France".into()));
    }

    #[test]
    fn file_names_are_safe() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
        assert_eq!(
            file_name("0_a/../x", "all", DayRange::new(d, d)),
            "entrylens-0_a----x-all-2026-11-01_2026-11-01.csv"
        );
    }

    #[test]
    fn meta_speaks_the_page_language() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
        crate::i18n::set_current(crate::i18n::Lang::Es);
        let m = meta_lines(
            "0_a",
            Zone::Fixed(0),
            DayRange::new(d, d),
            None,
            &[("País".into(), "Francia".into())],
        );
        crate::i18n::set_current(crate::i18n::Lang::En);
        let keys: Vec<&str> = m.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(
            keys,
            vec![
                "Entrada",
                "Periodo",
                "Comparado con",
                "Zona horaria",
                "Filtro: País"
            ]
        );
        assert_eq!(m[2].1, "ninguno");
    }
}
