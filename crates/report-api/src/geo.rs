//! Location columns of the map reports: coordinates and the stored country names that filters need.

/// The name the store keeps for a country whose `country` column shows a shorter one (contract §2.1.10:
/// the column shows `Taiwan` for the stored `Taiwan, Province of China`). A displayed name fed back into
/// `countryIn` must go through this.
pub fn stored_country_name(displayed: &str) -> &str {
    match displayed {
        "Taiwan" => "Taiwan, Province of China",
        other => other,
    }
}

/// Reads a `coordinates` cell, `"lat/lon"`; `None` when empty or not two finite numbers in range.
pub fn parse_coordinates(cell: &str) -> Option<(f64, f64)> {
    let (lat, lon) = cell.trim().split_once('/')?;
    let lat = crate::number::parse_decimal(lat.trim())?;
    let lon = crate::number::parse_decimal(lon.trim())?;
    ((-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon)).then_some((lat, lon))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn taiwan_goes_back_to_its_stored_name() {
        assert_eq!(stored_country_name("Taiwan"), "Taiwan, Province of China");
        assert_eq!(stored_country_name("France"), "France");
    }

    #[test]
    fn coordinates_parse_or_are_absent() {
        assert_eq!(parse_coordinates("48.85/2.35"), Some((48.85, 2.35)));
        assert_eq!(parse_coordinates(" -33.9 / 151.2 "), Some((-33.9, 151.2)));
        assert_eq!(parse_coordinates(""), None);
        assert_eq!(parse_coordinates("91/0"), None);
        assert_eq!(parse_coordinates("NaN/1"), None);
        assert_eq!(parse_coordinates("1,2"), None);
    }
}
