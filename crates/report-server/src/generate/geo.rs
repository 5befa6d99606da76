//! Countries, regions and cities the generator places viewers in, with real coordinates, ISO codes and
//! realistic weights (share of viewers). Small territories are included on purpose (Singapore, Hong Kong,
//! Malta, Luxembourg, Bahrain): they are missing from low-resolution world maps.

/// A city: name, latitude, longitude.
pub type City = (&'static str, f64, f64);
/// A region: name, latitude, longitude, cities.
pub type Region = (&'static str, f64, f64, &'static [City]);

/// A country: ISO alpha-2, stored English name, centre, weight, regions.
pub struct Country {
    /// ISO 3166-1 alpha-2.
    pub code: &'static str,
    /// The name as the analytics store keeps it (Taiwan keeps ISO's long form, as Kaltura's does).
    pub name: &'static str,
    /// Centre latitude.
    pub lat: f64,
    /// Centre longitude.
    pub lon: f64,
    /// Relative share of viewers.
    pub weight: f64,
    /// Regions with their cities.
    pub regions: &'static [Region],
}

/// The countries, heaviest first.
pub const COUNTRIES: &[Country] = &[
    Country {
        code: "US",
        name: "United States",
        lat: 39.8,
        lon: -98.6,
        weight: 30.0,
        regions: &[
            (
                "California",
                36.8,
                -119.4,
                &[
                    ("Los Angeles", 34.05, -118.24),
                    ("San Francisco", 37.77, -122.42),
                    ("San Diego", 32.72, -117.16),
                ],
            ),
            (
                "New York",
                42.9,
                -75.5,
                &[("New York", 40.71, -74.01), ("Buffalo", 42.89, -78.88)],
            ),
            (
                "Texas",
                31.0,
                -99.9,
                &[
                    ("Austin", 30.27, -97.74),
                    ("Houston", 29.76, -95.37),
                    ("Dallas", 32.78, -96.8),
                ],
            ),
            ("Illinois", 40.0, -89.2, &[("Chicago", 41.88, -87.63)]),
            (
                "Massachusetts",
                42.3,
                -71.8,
                &[("Boston", 42.36, -71.06), ("Cambridge", 42.37, -71.11)],
            ),
            ("Washington", 47.4, -120.5, &[("Seattle", 47.61, -122.33)]),
            (
                "Florida",
                28.6,
                -82.4,
                &[("Miami", 25.76, -80.19), ("Orlando", 28.54, -81.38)],
            ),
        ],
    },
    Country {
        code: "GB",
        name: "United Kingdom",
        lat: 54.0,
        lon: -2.0,
        weight: 11.0,
        regions: &[
            (
                "England",
                52.4,
                -1.5,
                &[
                    ("London", 51.51, -0.13),
                    ("Manchester", 53.48, -2.24),
                    ("Birmingham", 52.49, -1.89),
                ],
            ),
            (
                "Scotland",
                56.8,
                -4.2,
                &[("Edinburgh", 55.95, -3.19), ("Glasgow", 55.86, -4.25)],
            ),
            ("Wales", 52.3, -3.7, &[("Cardiff", 51.48, -3.18)]),
        ],
    },
    Country {
        code: "IN",
        name: "India",
        lat: 21.0,
        lon: 78.0,
        weight: 9.0,
        regions: &[
            (
                "Maharashtra",
                19.6,
                75.6,
                &[("Mumbai", 19.08, 72.88), ("Pune", 18.52, 73.86)],
            ),
            ("Karnataka", 15.3, 75.7, &[("Bengaluru", 12.97, 77.59)]),
            ("Delhi", 28.65, 77.2, &[("New Delhi", 28.61, 77.21)]),
            ("Tamil Nadu", 11.1, 78.7, &[("Chennai", 13.08, 80.27)]),
        ],
    },
    Country {
        code: "DE",
        name: "Germany",
        lat: 51.2,
        lon: 10.4,
        weight: 6.0,
        regions: &[
            (
                "Bavaria",
                48.8,
                11.5,
                &[("Munich", 48.14, 11.58), ("Nuremberg", 49.45, 11.08)],
            ),
            ("Berlin", 52.52, 13.4, &[("Berlin", 52.52, 13.4)]),
            (
                "North Rhine-Westphalia",
                51.5,
                7.6,
                &[("Cologne", 50.94, 6.96), ("Düsseldorf", 51.23, 6.77)],
            ),
        ],
    },
    Country {
        code: "CA",
        name: "Canada",
        lat: 56.1,
        lon: -106.3,
        weight: 5.5,
        regions: &[
            (
                "Ontario",
                50.0,
                -85.0,
                &[("Toronto", 43.65, -79.38), ("Ottawa", 45.42, -75.7)],
            ),
            (
                "Quebec",
                52.9,
                -73.5,
                &[("Montréal", 45.5, -73.57), ("Québec City", 46.81, -71.21)],
            ),
            ("British Columbia", 53.7, -127.6, &[("Vancouver", 49.28, -123.12)]),
        ],
    },
    Country {
        code: "AU",
        name: "Australia",
        lat: -25.3,
        lon: 133.8,
        weight: 4.5,
        regions: &[
            ("New South Wales", -32.0, 147.0, &[("Sydney", -33.87, 151.21)]),
            ("Victoria", -37.0, 144.0, &[("Melbourne", -37.81, 144.96)]),
            ("Queensland", -22.5, 144.5, &[("Brisbane", -27.47, 153.03)]),
        ],
    },
    Country {
        code: "IL",
        name: "Israel",
        lat: 31.0,
        lon: 34.9,
        weight: 4.0,
        regions: &[
            (
                "Tel Aviv District",
                32.08,
                34.78,
                &[("Tel Aviv", 32.09, 34.78), ("Ramat Gan", 32.08, 34.81)],
            ),
            ("Jerusalem District", 31.77, 35.21, &[("Jerusalem", 31.77, 35.21)]),
            ("Haifa District", 32.79, 34.99, &[("Haifa", 32.79, 34.99)]),
        ],
    },
    Country {
        code: "FR",
        name: "France",
        lat: 46.2,
        lon: 2.2,
        weight: 3.5,
        regions: &[
            ("Île-de-France", 48.85, 2.35, &[("Paris", 48.86, 2.35)]),
            (
                "Auvergne-Rhône-Alpes",
                45.4,
                4.4,
                &[("Lyon", 45.76, 4.84), ("Grenoble", 45.19, 5.72)],
            ),
            ("Occitanie", 43.9, 2.2, &[("Toulouse", 43.6, 1.44)]),
        ],
    },
    Country {
        code: "BR",
        name: "Brazil",
        lat: -14.2,
        lon: -51.9,
        weight: 3.0,
        regions: &[
            (
                "São Paulo",
                -22.2,
                -48.8,
                &[("São Paulo", -23.55, -46.63), ("Campinas", -22.91, -47.06)],
            ),
            (
                "Rio de Janeiro",
                -22.3,
                -42.5,
                &[("Rio de Janeiro", -22.91, -43.17)],
            ),
        ],
    },
    Country {
        code: "NL",
        name: "Netherlands",
        lat: 52.1,
        lon: 5.3,
        weight: 2.5,
        regions: &[
            ("North Holland", 52.5, 4.8, &[("Amsterdam", 52.37, 4.9)]),
            (
                "South Holland",
                52.0,
                4.5,
                &[("Rotterdam", 51.92, 4.48), ("The Hague", 52.07, 4.3)],
            ),
        ],
    },
    Country {
        code: "ES",
        name: "Spain",
        lat: 40.5,
        lon: -3.7,
        weight: 2.2,
        regions: &[
            ("Community of Madrid", 40.42, -3.7, &[("Madrid", 40.42, -3.7)]),
            ("Catalonia", 41.8, 1.5, &[("Barcelona", 41.39, 2.17)]),
        ],
    },
    Country {
        code: "IT",
        name: "Italy",
        lat: 41.9,
        lon: 12.6,
        weight: 2.0,
        regions: &[
            ("Lazio", 41.9, 12.7, &[("Rome", 41.9, 12.5)]),
            ("Lombardy", 45.6, 9.8, &[("Milan", 45.46, 9.19)]),
        ],
    },
    Country {
        code: "MX",
        name: "Mexico",
        lat: 23.6,
        lon: -102.5,
        weight: 1.8,
        regions: &[
            ("Mexico City", 19.43, -99.13, &[("Mexico City", 19.43, -99.13)]),
            ("Jalisco", 20.7, -103.4, &[("Guadalajara", 20.67, -103.35)]),
        ],
    },
    Country {
        code: "JP",
        name: "Japan",
        lat: 36.2,
        lon: 138.3,
        weight: 1.7,
        regions: &[
            ("Tokyo", 35.68, 139.69, &[("Tokyo", 35.68, 139.69)]),
            ("Osaka", 34.69, 135.5, &[("Osaka", 34.69, 135.5)]),
        ],
    },
    Country {
        code: "IE",
        name: "Ireland",
        lat: 53.4,
        lon: -8.2,
        weight: 1.5,
        regions: &[
            ("Leinster", 53.3, -7.0, &[("Dublin", 53.35, -6.26)]),
            ("Munster", 52.3, -8.7, &[("Cork", 51.9, -8.47)]),
        ],
    },
    Country {
        code: "ZA",
        name: "South Africa",
        lat: -30.6,
        lon: 22.9,
        weight: 1.4,
        regions: &[
            (
                "Gauteng",
                -26.2,
                28.0,
                &[("Johannesburg", -26.2, 28.05), ("Pretoria", -25.75, 28.19)],
            ),
            ("Western Cape", -33.2, 21.9, &[("Cape Town", -33.92, 18.42)]),
        ],
    },
    Country {
        code: "SG",
        name: "Singapore",
        lat: 1.35,
        lon: 103.82,
        weight: 1.3,
        regions: &[("Singapore", 1.35, 103.82, &[("Singapore", 1.29, 103.85)])],
    },
    Country {
        code: "HK",
        name: "Hong Kong",
        lat: 22.32,
        lon: 114.17,
        weight: 1.0,
        regions: &[("Hong Kong", 22.32, 114.17, &[("Hong Kong", 22.32, 114.17)])],
    },
    Country {
        code: "SE",
        name: "Sweden",
        lat: 60.1,
        lon: 18.6,
        weight: 1.0,
        regions: &[
            ("Stockholm County", 59.33, 18.07, &[("Stockholm", 59.33, 18.07)]),
            (
                "Västra Götaland County",
                58.0,
                12.5,
                &[("Gothenburg", 57.71, 11.97)],
            ),
        ],
    },
    Country {
        code: "PL",
        name: "Poland",
        lat: 51.9,
        lon: 19.1,
        weight: 1.0,
        regions: &[
            ("Masovian Voivodeship", 52.2, 21.0, &[("Warsaw", 52.23, 21.01)]),
            (
                "Lesser Poland Voivodeship",
                49.9,
                20.2,
                &[("Kraków", 50.06, 19.94)],
            ),
        ],
    },
    Country {
        code: "NG",
        name: "Nigeria",
        lat: 9.1,
        lon: 8.7,
        weight: 0.9,
        regions: &[
            ("Lagos", 6.52, 3.38, &[("Lagos", 6.52, 3.38)]),
            ("Federal Capital Territory", 8.9, 7.2, &[("Abuja", 9.08, 7.4)]),
        ],
    },
    Country {
        code: "TW",
        name: "Taiwan, Province of China",
        lat: 23.7,
        lon: 121.0,
        weight: 0.8,
        regions: &[("Taipei City", 25.03, 121.57, &[("Taipei", 25.03, 121.57)])],
    },
    Country {
        code: "KR",
        name: "South Korea",
        lat: 35.9,
        lon: 127.8,
        weight: 0.8,
        regions: &[("Seoul", 37.57, 126.98, &[("Seoul", 37.57, 126.98)])],
    },
    Country {
        code: "AE",
        name: "United Arab Emirates",
        lat: 23.4,
        lon: 53.8,
        weight: 0.8,
        regions: &[
            ("Dubai", 25.2, 55.27, &[("Dubai", 25.2, 55.27)]),
            ("Abu Dhabi", 24.45, 54.38, &[("Abu Dhabi", 24.45, 54.38)]),
        ],
    },
    Country {
        code: "CH",
        name: "Switzerland",
        lat: 46.8,
        lon: 8.2,
        weight: 0.7,
        regions: &[
            ("Zurich", 47.37, 8.54, &[("Zurich", 47.37, 8.54)]),
            ("Geneva", 46.2, 6.14, &[("Geneva", 46.2, 6.14)]),
        ],
    },
    Country {
        code: "NZ",
        name: "New Zealand",
        lat: -40.9,
        lon: 174.9,
        weight: 0.7,
        regions: &[
            ("Auckland", -36.85, 174.76, &[("Auckland", -36.85, 174.76)]),
            ("Wellington", -41.29, 174.78, &[("Wellington", -41.29, 174.78)]),
        ],
    },
    Country {
        code: "AR",
        name: "Argentina",
        lat: -38.4,
        lon: -63.6,
        weight: 0.6,
        regions: &[("Buenos Aires", -34.6, -58.38, &[("Buenos Aires", -34.6, -58.38)])],
    },
    Country {
        code: "PH",
        name: "Philippines",
        lat: 12.9,
        lon: 121.8,
        weight: 0.6,
        regions: &[(
            "Metro Manila",
            14.6,
            121.0,
            &[("Manila", 14.6, 120.98), ("Quezon City", 14.68, 121.04)],
        )],
    },
    Country {
        code: "EG",
        name: "Egypt",
        lat: 26.8,
        lon: 30.8,
        weight: 0.5,
        regions: &[("Cairo Governorate", 30.04, 31.24, &[("Cairo", 30.04, 31.24)])],
    },
    Country {
        code: "TR",
        name: "Turkey",
        lat: 39.0,
        lon: 35.2,
        weight: 0.5,
        regions: &[
            ("Istanbul", 41.01, 28.98, &[("Istanbul", 41.01, 28.98)]),
            ("Ankara", 39.93, 32.86, &[("Ankara", 39.93, 32.86)]),
        ],
    },
    Country {
        code: "PT",
        name: "Portugal",
        lat: 39.4,
        lon: -8.2,
        weight: 0.5,
        regions: &[
            ("Lisbon", 38.72, -9.14, &[("Lisbon", 38.72, -9.14)]),
            ("Porto", 41.15, -8.61, &[("Porto", 41.15, -8.61)]),
        ],
    },
    Country {
        code: "BE",
        name: "Belgium",
        lat: 50.5,
        lon: 4.5,
        weight: 0.5,
        regions: &[
            (
                "Brussels-Capital Region",
                50.85,
                4.35,
                &[("Brussels", 50.85, 4.35)],
            ),
            (
                "Flanders",
                51.0,
                4.0,
                &[("Antwerp", 51.22, 4.4), ("Ghent", 51.05, 3.72)],
            ),
        ],
    },
    Country {
        code: "NO",
        name: "Norway",
        lat: 60.5,
        lon: 8.5,
        weight: 0.4,
        regions: &[("Oslo", 59.91, 10.75, &[("Oslo", 59.91, 10.75)])],
    },
    Country {
        code: "FI",
        name: "Finland",
        lat: 61.9,
        lon: 25.7,
        weight: 0.4,
        regions: &[("Uusimaa", 60.2, 24.9, &[("Helsinki", 60.17, 24.94)])],
    },
    Country {
        code: "KE",
        name: "Kenya",
        lat: -0.02,
        lon: 37.9,
        weight: 0.4,
        regions: &[("Nairobi County", -1.29, 36.82, &[("Nairobi", -1.29, 36.82)])],
    },
    Country {
        code: "CL",
        name: "Chile",
        lat: -35.7,
        lon: -71.5,
        weight: 0.35,
        regions: &[(
            "Santiago Metropolitan",
            -33.45,
            -70.67,
            &[("Santiago", -33.45, -70.67)],
        )],
    },
    Country {
        code: "GR",
        name: "Greece",
        lat: 39.1,
        lon: 21.8,
        weight: 0.3,
        regions: &[("Attica", 37.98, 23.73, &[("Athens", 37.98, 23.73)])],
    },
    Country {
        code: "MT",
        name: "Malta",
        lat: 35.94,
        lon: 14.38,
        weight: 0.25,
        regions: &[(
            "Malta",
            35.9,
            14.51,
            &[("Valletta", 35.9, 14.51), ("Sliema", 35.91, 14.5)],
        )],
    },
    Country {
        code: "LU",
        name: "Luxembourg",
        lat: 49.82,
        lon: 6.13,
        weight: 0.2,
        regions: &[("Luxembourg", 49.61, 6.13, &[("Luxembourg", 49.61, 6.13)])],
    },
    Country {
        code: "BH",
        name: "Bahrain",
        lat: 26.07,
        lon: 50.56,
        weight: 0.15,
        regions: &[("Capital Governorate", 26.23, 50.58, &[("Manama", 26.23, 50.58)])],
    },
    Country {
        code: "IS",
        name: "Iceland",
        lat: 64.96,
        lon: -19.02,
        weight: 0.1,
        regions: &[("Capital Region", 64.15, -21.94, &[("Reykjavík", 64.15, -21.94)])],
    },
];

/// The name the `country` column shows for a stored name (Kaltura shortens a few ISO names).
pub fn display_country(stored: &str) -> &str {
    match stored {
        "Taiwan, Province of China" => "Taiwan",
        other => other,
    }
}
