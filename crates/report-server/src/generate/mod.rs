//! The seeded, deterministic demo-data generator: a dozen entries of different kinds and lengths, about
//! two years of viewing with weekly seasonality and launch spikes, retention with drop-offs, skipped intros
//! and rewatched segments, known and anonymous viewers across ~40 countries, devices and ~20 domains, an
//! interactive path, and hostile strings that real partner data can contain.

pub mod geo;
pub mod rng;

use crate::model::*;
use rng::{Rng, Weighted};

const DAY: i64 = 86_400;
/// Days of history.
pub const HISTORY_DAYS: i64 = 730;

/// What to generate.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Seed of every random choice.
    pub seed: u64,
    /// Stop once at least this many events exist.
    pub events: usize,
    /// The newest moment of the history (unix seconds); days run up to it.
    pub end: i64,
    /// The partner the data belongs to (sessions of another are refused).
    pub partner_id: i64,
}

/// An entry the generator creates: its metadata and how it is watched.
struct EntrySpec {
    id: &'static str,
    name: &'static str,
    description: &'static str,
    media_type: i64,
    seconds: i64,
    created_days_ago: i64,
    popularity: f64,
    play_rate: f64,
    /// A second spike this many days ago (a course starting, a newsletter).
    promo_days_ago: Option<i64>,
    /// Where viewers tend to leave (percent) and a segment they rewatch.
    cliff: u32,
    rewatch: (u32, u32),
    categories: &'static [usize],
}

const HOSTILE_TITLE: &str =
    "<script>alert(\"entrylens\")</script> Quarterly \"review\" | Q3; 50% done — مراجعة الربع 📈";

const ENTRIES: &[EntrySpec] = &[
    EntrySpec {
        id: "0_cellbio1",
        name: "Welcome to Cell Biology",
        description: "Course introduction: what a cell is, and how this course is organised.",
        media_type: 1,
        seconds: 572,
        created_days_ago: 700,
        popularity: 10.0,
        play_rate: 0.72,
        promo_days_ago: Some(21),
        cliff: 38,
        rewatch: (61, 69),
        categories: &[0, 1],
    },
    EntrySpec {
        id: "0_lectur02",
        name: "Lecture 2: Membranes and Transport",
        description: "Full lecture recording.",
        media_type: 1,
        seconds: 2890,
        created_days_ago: 690,
        popularity: 6.0,
        play_rate: 0.66,
        promo_days_ago: Some(14),
        cliff: 22,
        rewatch: (44, 52),
        categories: &[0, 1],
    },
    EntrySpec {
        id: "0_promo003",
        name: "Campus Open Day 2026 — highlights",
        description: "Ninety seconds of the open day.",
        media_type: 1,
        seconds: 75,
        created_days_ago: 40,
        popularity: 5.0,
        play_rate: 0.58,
        promo_days_ago: None,
        cliff: 55,
        rewatch: (10, 20),
        categories: &[3],
    },
    EntrySpec {
        id: "0_podcst04",
        name: "Study Skills Podcast, episode 4",
        description: "Audio only: planning revision.",
        media_type: 5,
        seconds: 1925,
        created_days_ago: 400,
        popularity: 2.0,
        play_rate: 0.8,
        promo_days_ago: None,
        cliff: 30,
        rewatch: (70, 75),
        categories: &[2],
    },
    EntrySpec {
        id: "0_diagrm05",
        name: "Diagram: the animal cell",
        description: "Labelled diagram (image).",
        media_type: 2,
        seconds: 0,
        created_days_ago: 650,
        popularity: 1.5,
        play_rate: 0.0,
        promo_days_ago: None,
        cliff: 0,
        rewatch: (0, 0),
        categories: &[1],
    },
    EntrySpec {
        id: "0_noview07",
        name: "Recorded seminar (not yet published)",
        description: "Nobody has watched this yet.",
        media_type: 1,
        seconds: 1500,
        created_days_ago: 5,
        popularity: 0.0,
        play_rate: 0.0,
        promo_days_ago: None,
        cliff: 0,
        rewatch: (0, 0),
        categories: &[],
    },
    EntrySpec {
        id: "0_hostil08",
        name: HOSTILE_TITLE,
        description: "",
        media_type: 1,
        seconds: 720,
        created_days_ago: 300,
        popularity: 1.2,
        play_rate: 0.6,
        promo_days_ago: None,
        cliff: 50,
        rewatch: (20, 30),
        categories: &[6],
    },
    EntrySpec {
        id: "0_lab00009",
        name: "Lab demo: microscopy basics",
        description: "Setting up a light microscope.",
        media_type: 1,
        seconds: 405,
        created_days_ago: 520,
        popularity: 3.0,
        play_rate: 0.7,
        promo_days_ago: None,
        cliff: 45,
        rewatch: (30, 40),
        categories: &[1, 4],
    },
    EntrySpec {
        id: "0_onbrd010",
        name: "New staff onboarding",
        description: "For new staff.",
        media_type: 1,
        seconds: 1100,
        created_days_ago: 600,
        popularity: 1.8,
        play_rate: 0.75,
        promo_days_ago: None,
        cliff: 15,
        rewatch: (80, 85),
        categories: &[5],
    },
    EntrySpec {
        id: "0_webnr011",
        name: "Webinar: Assessment design",
        description: "Recorded live webinar.",
        media_type: 1,
        seconds: 3480,
        created_days_ago: 200,
        popularity: 1.5,
        play_rate: 0.6,
        promo_days_ago: None,
        cliff: 12,
        rewatch: (50, 55),
        categories: &[5],
    },
    EntrySpec {
        id: "0_short012",
        name: "Micro-lesson: mitosis in 90 seconds",
        description: "Quick revision.",
        media_type: 1,
        seconds: 90,
        created_days_ago: 150,
        popularity: 2.5,
        play_rate: 0.8,
        promo_days_ago: Some(60),
        cliff: 70,
        rewatch: (40, 60),
        categories: &[1],
    },
];

/// The interactive path's id.
pub const PATH_ID: &str = "0_path0006";

const CATEGORIES: &[(i64, &str, &str)] = &[
    (101, "BIO101 Cell Biology", "Courses>Biology>BIO101 Cell Biology"),
    (102, "Biology", "Courses>Biology"),
    (103, "Study skills", "Student services>Study skills"),
    (104, "Admissions", "Marketing>Admissions"),
    (105, "Lab safety", "Courses>Biology>Lab safety"),
    (106, "Staff development", "Staff>Staff development"),
    (
        107,
        "<b>Board</b> \"updates\" | Q3; 2026",
        "Governance><b>Board</b> \"updates\" | Q3; 2026",
    ),
];

const DOMAINS: &[(&str, &[&str], f64)] = &[
    (
        "mediaspace.northfield.edu",
        &["/media/t/{id}", "/channel/Biology/101", "/my-media"],
        9.0,
    ),
    (
        "moodle.northfield.edu",
        &[
            "/mod/lti/view.php?id=4411",
            "/course/view.php?id=88",
            "/mod/lti/view.php?id=4520",
        ],
        8.0,
    ),
    (
        "northfield.instructure.com",
        &[
            "/courses/101/modules",
            "/courses/101/pages/week-1",
            "/courses/204/assignments/9",
        ],
        6.0,
    ),
    (
        "kaf.northfield.edu",
        &["/browseandembed/index/media/entryid/{id}", "/hostedmedia"],
        3.0,
    ),
    (
        "www.northfield.edu",
        &["/", "/admissions/open-day", "/news/2026/open-day"],
        3.0,
    ),
    ("linkedin.com", &["/feed/", "/company/northfield/posts"], 2.0),
    ("www.google.com", &["/search"], 1.8),
    (
        "teams.microsoft.com",
        &["/l/channel/general", "/l/meetup-join"],
        1.6,
    ),
    ("outlook.office.com", &["/mail/inbox"], 1.2),
    (
        "blog.northfield.edu",
        &["/2026/05/how-we-teach-biology", "/2025/11/lab-safety"],
        1.0,
    ),
    ("alumni.northfield.edu", &["/events", "/newsletter/october"], 0.8),
    (
        "intranet.northfield.edu",
        &["/hr/onboarding", "/staff/training"],
        1.2,
    ),
    ("www.facebook.com", &["/northfield.edu"], 0.7),
    ("t.co", &["/x7Yz"], 0.5),
    ("slack.com", &["/archives/C024BE91L"], 0.5),
    ("zoom.us", &["/rec/share"], 0.4),
    ("news.example.org", &["/education/2026/video-learning"], 0.3),
    (
        "portal.example.com",
        &[
            "/search?q=<script>alert(1)</script>&tags=a|b;c",
            "/view?id=\"quoted\"",
        ],
        0.3,
    ),
    (
        "evil\"><img src=x onerror=alert(1)>.example",
        &["/\"><svg onload=alert(2)>"],
        0.1,
    ),
    ("Unknown", &["Unknown"], 1.5),
];

/// (device, os family, os, browser family, browser, weight)
const AGENTS: &[(&str, &str, &str, &str, &str, f64)] = &[
    ("Computer", "Windows", "Windows 11", "Chrome", "Chrome 142", 22.0),
    ("Computer", "Windows", "Windows 10", "Chrome", "Chrome 141", 10.0),
    ("Computer", "Windows", "Windows 11", "Edge", "Edge 142", 9.0),
    ("Computer", "Windows", "Windows 10", "Firefox", "Firefox 145", 3.0),
    ("Computer", "Mac OS X", "macOS 15", "Safari", "Safari 18", 8.0),
    ("Computer", "Mac OS X", "macOS 15", "Chrome", "Chrome 142", 7.0),
    (
        "Computer",
        "Chrome OS",
        "ChromeOS 142",
        "Chrome",
        "Chrome 142",
        3.0,
    ),
    ("Computer", "Linux", "Ubuntu", "Firefox", "Firefox 145", 1.5),
    (
        "Mobile",
        "iOS",
        "iOS 19",
        "Mobile Safari",
        "Mobile Safari 19",
        12.0,
    ),
    (
        "Mobile",
        "Android",
        "Android 16",
        "Chrome Mobile",
        "Chrome Mobile 142",
        10.0,
    ),
    (
        "Mobile",
        "Android",
        "Android 15",
        "Samsung Internet",
        "Samsung Internet 28",
        3.0,
    ),
    (
        "Tablet",
        "iOS",
        "iPadOS 19",
        "Mobile Safari",
        "Mobile Safari 19",
        4.0,
    ),
    (
        "Tablet",
        "Android",
        "Android 15",
        "Chrome Mobile",
        "Chrome Mobile 141",
        1.2,
    ),
    (
        "Game console",
        "PlayStation",
        "PlayStation 5",
        "PlayStation Browser",
        "PlayStation Browser",
        0.3,
    ),
    (
        "Digital media receiver",
        "tvOS",
        "tvOS 19",
        "Apple TV app",
        "Apple TV app",
        0.5,
    ),
];

const FIRST: &[&str] = &[
    "Jane", "Omar", "Li", "Priya", "Lucas", "Sofia", "Noah", "Amara", "Mateo", "Yuki", "Ethan", "Fatima",
    "Liam", "Chloe", "Arjun", "Hannah", "Diego", "Mei", "Olivia", "Kwame", "Ines", "Daniel", "Aisha",
    "Tomás", "Elena", "Noa", "Jonas", "Sara", "Wei", "Maya",
];
const LAST: &[&str] = &[
    "Doe", "Haddad", "Chen", "Patel", "Silva", "Rossi", "Smith", "Okafor", "García", "Tanaka", "Brown",
    "Khan", "Murphy", "Martin", "Sharma", "Schmidt", "López", "Wang", "Wilson", "Mensah", "Costa", "Cohen",
    "Ali", "Novák", "Ivanova", "Levi", "Berg", "Nilsson", "Zhang", "Kaplan",
];

/// Users with names that a partner's data really contains and a page must show as text.
const HOSTILE_USERS: &[(&str, &str)] = &[
    ("<img src=x onerror=alert(1)>", "<script>alert('name')</script>"),
    ("robert.tables", "Robert'); DROP TABLE students;--"),
    ("dana.levi", "דנה לוי"),
    ("zoe.angstrom", "Zoë 🎓 Ångström"),
    ("pipe|semi;comma,user", "Pipe | Semi ; Comma , Person"),
    ("quote\"user", "\"Quoted\" O'Brien"),
];

/// How a generated viewer usually watches: from where, on what, on which domain, how often.
struct UserProfile {
    location: u32,
    agent: u32,
    page_bias: usize,
    activity: f64,
}

impl UserProfile {
    /// A user who never watches (the anonymous row, the entries' owner).
    const IDLE: UserProfile = UserProfile {
        location: 0,
        agent: 0,
        page_bias: 0,
        activity: 0.0,
    };
}

/// Where viewers are: every city of every region, drawn by country weight, then by city within it.
struct Places {
    by_country: Vec<Vec<u32>>,
    country_weights: Weighted,
    location_in_country: Vec<Weighted>,
}

impl Places {
    /// A location index.
    fn pick(&self, rng: &mut Rng) -> u32 {
        let c = self.country_weights.sample(rng);
        self.by_country[c][self.location_in_country[c].sample(rng)]
    }
}

/// What viewers pick from besides places: devices and domains.
struct Choices {
    places: Places,
    agent_weights: Weighted,
    /// Page indexes of each domain.
    pages_of_domain: Vec<Vec<u32>>,
    domain_weights: Weighted,
}

/// When people watch: each entry's days (launch spike, decay, weekly and term seasonality, promos),
/// the path's days, which entry a visit is for, and the hour of day.
struct Calendar {
    day_profiles: Vec<Weighted>,
    path_days: Weighted,
    entry_pick: Weighted,
    hour_weights: Weighted,
}

/// Generates a whole store.
pub fn generate(opts: Options) -> Store {
    let mut rng = Rng::new(opts.seed);
    let end_day = opts.end.div_euclid(DAY);
    let mut store = Store {
        partner_id: opts.partner_id,
        partner_created_at: (end_day - HISTORY_DAYS - 60) * DAY,
        ..Default::default()
    };
    store.categories = CATEGORIES
        .iter()
        .map(|(id, name, full)| Category {
            id: *id,
            name: name.to_string(),
            full_name: full.to_string(),
        })
        .collect();
    let places = add_locations(&mut store);
    store.agents = AGENTS
        .iter()
        .map(|(d, of, os, bf, b, _)| Agent {
            device: d.to_string(),
            os_family: of.to_string(),
            os: os.to_string(),
            browser_family: bf.to_string(),
            browser: b.to_string(),
        })
        .collect();
    // Entries (ordinary), then the path playlist and its node entries.
    let owner = "prof.chen@northfield.edu";
    add_entries(&mut store, end_day, owner);
    let path_idx = store.entries.len() as u32;
    let path = crate::generate::path::build(&mut store, path_idx, (end_day - 120) * DAY + 10 * 3600, owner);
    let choices = Choices {
        places,
        agent_weights: Weighted::new(AGENTS.iter().map(|a| a.5)),
        pages_of_domain: add_pages(&mut store),
        domain_weights: Weighted::new(DOMAINS.iter().map(|d| d.2)),
    };
    let profiles = add_users(
        &mut store,
        &mut rng,
        (opts.events / 150).clamp(60, 150_000),
        owner,
        &choices,
    );
    let calendar = calendar(end_day);
    let user_weights = Weighted::new(profiles.iter().map(|p| p.activity));
    let mut events = Events::default();
    while events.len() < opts.events {
        let visit = visit_row(
            &mut rng,
            &calendar,
            &choices,
            &profiles,
            &user_weights,
            end_day,
            opts.end,
        );
        let which = visit.entry as usize;
        if which < ENTRIES.len() {
            let spec = &ENTRIES[which];
            let context = if spec.categories.is_empty() || rng.chance(0.25) {
                NONE
            } else {
                spec.categories[rng.below(spec.categories.len())] as u32
            };
            simulate_session(&mut rng, &mut events, spec, EventRow { context, ..visit });
            if visit.user != 0 && rng.chance(0.02) && spec.media_type != 2 {
                store.likes.push(Like {
                    entry: visit.entry,
                    user: visit.user,
                    created_at: visit.time + 60,
                });
            }
        } else {
            let row = EventRow {
                entry: path_idx,
                root: path_idx,
                ..visit
            };
            crate::generate::path::simulate(&mut rng, &mut events, &path, row);
        }
    }
    store.events = events;
    store.finish();
    store
}

/// Adds every city of every region as a location.
fn add_locations(store: &mut Store) -> Places {
    let mut country_locations: Vec<Vec<(u32, f64)>> = Vec::new();
    for c in geo::COUNTRIES.iter() {
        let mut locs = Vec::new();
        for (ri, (region, rlat, rlon, cities)) in c.regions.iter().enumerate() {
            for (k, (city, lat, lon)) in cities.iter().enumerate() {
                locs.push((store.locations.len() as u32, 1.0 / ((ri + k + 1) as f64)));
                store.locations.push(Location {
                    country_code: c.code.into(),
                    country: c.name.into(),
                    region: region.to_string(),
                    city: city.to_string(),
                    lat: *lat,
                    lon: *lon,
                    region_lat: *rlat,
                    region_lon: *rlon,
                    country_lat: c.lat,
                    country_lon: c.lon,
                });
            }
        }
        country_locations.push(locs);
    }
    Places {
        country_weights: Weighted::new(geo::COUNTRIES.iter().map(|c| c.weight)),
        location_in_country: country_locations
            .iter()
            .map(|l| Weighted::new(l.iter().map(|(_, w)| *w)))
            .collect(),
        by_country: country_locations
            .into_iter()
            .map(|l| l.into_iter().map(|(i, _)| i).collect())
            .collect(),
    }
}

/// Adds the ordinary entries, all owned by `owner`.
fn add_entries(store: &mut Store, end_day: i64, owner: &str) {
    for spec in ENTRIES {
        let description = if spec.id == "0_hostil08" {
            format!(
                "{} {}",
                HOSTILE_TITLE,
                "Long description that keeps going. ".repeat(14)
            )
        } else {
            spec.description.to_string()
        };
        store.entries.push(Entry {
            id: spec.id.into(),
            name: spec.name.into(),
            description,
            user_id: owner.into(),
            media_type: spec.media_type,
            entry_type: "1".into(),
            playlist_type: 0,
            ms_duration: spec.seconds * 1000,
            created_at: (end_day - spec.created_days_ago) * DAY + 9 * 3600,
            categories: spec
                .categories
                .iter()
                .map(|c| CATEGORIES[*c].0.to_string())
                .collect::<Vec<_>>()
                .join(","),
            root: NONE,
        });
    }
}

/// Adds every URL of every domain as a page; the page indexes of each domain.
fn add_pages(store: &mut Store) -> Vec<Vec<u32>> {
    let mut pages_of_domain: Vec<Vec<u32>> = Vec::new();
    for (domain, urls, _) in DOMAINS {
        let mut ids = Vec::new();
        for url in urls.iter() {
            ids.push(store.pages.len() as u32);
            let url = if *domain == "Unknown" {
                "Unknown".to_string()
            } else {
                format!("https://{domain}{url}")
            };
            store.pages.push(Page {
                domain: domain.to_string(),
                url,
            });
        }
        pages_of_domain.push(ids);
    }
    pages_of_domain
}

/// Adds the users: anonymous first, the owner, the hostile ones, one with a very long name, then
/// generated people up to `known`; each user's profile, in the same order.
fn add_users(
    store: &mut Store,
    rng: &mut Rng,
    known: usize,
    owner: &str,
    choices: &Choices,
) -> Vec<UserProfile> {
    let add = |store: &mut Store,
               id: String,
               full_name: String,
               profile: UserProfile,
               profiles: &mut Vec<UserProfile>| {
        store.users.push(User { id, full_name });
        profiles.push(profile);
    };
    let mut profiles = vec![];
    add(
        store,
        "Unknown".into(),
        String::new(),
        UserProfile::IDLE,
        &mut profiles,
    );
    // The owner of every entry is a user too (never a viewer).
    add(
        store,
        owner.into(),
        "Wei Chen".into(),
        UserProfile::IDLE,
        &mut profiles,
    );
    for (id, name) in HOSTILE_USERS {
        let profile = UserProfile {
            location: choices.places.pick(rng),
            agent: choices.agent_weights.sample(rng) as u32,
            page_bias: choices.domain_weights.sample(rng),
            activity: 1.0,
        };
        add(store, id.to_string(), name.to_string(), profile, &mut profiles);
    }
    let long_name = format!("A{}", "very long name ".repeat(34))
        .chars()
        .take(500)
        .collect::<String>();
    let profile = UserProfile {
        location: choices.places.pick(rng),
        agent: 0,
        page_bias: 0,
        activity: 1.0,
    };
    add(store, "long.name".into(), long_name, profile, &mut profiles);
    let mut seen_ids = std::collections::HashSet::new();
    while store.users.len() < known + HOSTILE_USERS.len() + 3 {
        let f = FIRST[rng.below(FIRST.len())];
        let l = LAST[rng.below(LAST.len())];
        let n = rng.below(10_000);
        let id = format!("{}.{}{}", f.to_lowercase(), l.to_lowercase(), n);
        if !seen_ids.insert(id.clone()) {
            continue;
        }
        let full_name = if rng.chance(0.04) {
            String::new()
        } else {
            format!("{f} {l}")
        };
        let profile = UserProfile {
            location: choices.places.pick(rng),
            agent: choices.agent_weights.sample(rng) as u32,
            page_bias: choices.domain_weights.sample(rng),
            activity: rng.exponential(1.0) + 0.05,
        };
        add(store, id, full_name, profile, &mut profiles);
    }
    profiles
}

/// A day's weight for weekly seasonality: quiet weekends, a busy Monday.
fn weekday_factor(day: i64) -> f64 {
    match (day + 3).rem_euclid(7) {
        5 => 0.45, // Saturday (day 0 of the epoch was a Thursday)
        6 => 0.55, // Sunday
        0 => 1.15,
        _ => 1.0,
    }
}

/// An entry's weight on each day of the history.
fn entry_days(spec: &EntrySpec, end_day: i64) -> Vec<f64> {
    (0..HISTORY_DAYS)
        .map(|i| {
            let day = end_day - HISTORY_DAYS + 1 + i;
            let age = day - (end_day - spec.created_days_ago);
            if age < 0 {
                return 0.0;
            }
            let launch = 1.0 + 6.0 * (-(age as f64) / 7.0).exp();
            let promo = spec
                .promo_days_ago
                .map(|p| {
                    let since = day - (end_day - p);
                    if since >= 0 {
                        1.0 + 3.0 * (-(since as f64) / 5.0).exp()
                    } else {
                        1.0
                    }
                })
                .unwrap_or(1.0);
            let term = 1.0 + 0.35 * ((day as f64) * 2.0 * std::f64::consts::PI / 182.0).sin();
            launch * promo * term * weekday_factor(day)
        })
        .collect()
}

/// The calendar of the history ending on `end_day`.
fn calendar(end_day: i64) -> Calendar {
    let mut day_profiles = Vec::new();
    let mut entry_weights = Vec::new();
    for spec in ENTRIES {
        let weights = entry_days(spec, end_day);
        let watched = weights.iter().sum::<f64>() > 0.0;
        entry_weights.push(spec.popularity * if watched { 1.0 } else { 0.0 });
        day_profiles.push(Weighted::new(weights));
    }
    // The path is one more "entry" in the mix.
    let path_days = Weighted::new((0..HISTORY_DAYS).map(|i| {
        let day = end_day - HISTORY_DAYS + 1 + i;
        let age = day - (end_day - 120);
        if age < 0 {
            0.0
        } else {
            (1.0 + 4.0 * (-(age as f64) / 10.0).exp()) * weekday_factor(day)
        }
    }));
    entry_weights.push(2.5);
    Calendar {
        day_profiles,
        path_days,
        entry_pick: Weighted::new(entry_weights.iter().copied()),
        hour_weights: Weighted::new([
            0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.4, 0.8, 1.2, 1.6, 1.8, 1.7, 1.5, 1.6, 1.8, 1.7, 1.5, 1.3, 1.2,
            1.3, 1.4, 1.2, 0.8, 0.4,
        ]),
    }
}

/// The first event of one visit: which entry (its index; the path is the one after the entries), when,
/// who, from where, on what, on which page, and the playback type.
fn visit_row(
    rng: &mut Rng,
    calendar: &Calendar,
    choices: &Choices,
    profiles: &[UserProfile],
    user_weights: &Weighted,
    end_day: i64,
    end: i64,
) -> EventRow {
    let which = calendar.entry_pick.sample(rng);
    let day_profile = calendar.day_profiles.get(which).unwrap_or(&calendar.path_days);
    let day = end_day - HISTORY_DAYS + 1 + day_profile.sample(rng) as i64;
    let mut t = day * DAY + calendar.hour_weights.sample(rng) as i64 * 3600 + rng.below(3600) as i64;
    if t > end - 4 * 3600 {
        t = end - 4 * 3600 - rng.below(20 * 3600) as i64;
    }
    let anonymous = rng.chance(0.3);
    let user = if anonymous {
        0
    } else {
        user_weights.sample(rng) as u32
    };
    let profile = &profiles[user as usize];
    let (location, agent) = if anonymous || rng.chance(0.1) {
        (choices.places.pick(rng), choices.agent_weights.sample(rng) as u32)
    } else {
        (profile.location, profile.agent)
    };
    let domain = if !anonymous && rng.chance(0.6) {
        profile.page_bias
    } else {
        choices.domain_weights.sample(rng)
    };
    let urls = &choices.pages_of_domain[domain];
    let page = urls[rng.below(urls.len())];
    let playback = match rng.f64() {
        x if x < 0.965 => PlaybackType::Vod,
        x if x < 0.985 => PlaybackType::Live,
        _ => PlaybackType::Dvr,
    };
    EventRow {
        time: t,
        kind: EventKind::Impression,
        entry: which as u32,
        root: NONE,
        user,
        location,
        agent,
        page,
        context: NONE,
        playback,
        play_time: 0.0,
        slices: 0,
        node: NONE,
        hotspot: NONE,
        position: 0,
    }
}

/// Slices p..=q (percent positions 1..=100) as a bit set.
fn slice_bits(from: u32, to: u32) -> u128 {
    let mut bits = 0u128;
    for p in from.max(1)..=to.min(100) {
        bits |= 1u128 << p;
    }
    bits
}

fn view_period(row: &EventRow, time: i64, from: u32, to: u32, seconds: f64) -> EventRow {
    let bits = slice_bits(from, to);
    let share = f64::from(bits.count_ones()) / 100.0;
    EventRow {
        time,
        kind: EventKind::ViewPeriod,
        play_time: (share * seconds) as f32,
        slices: bits,
        ..*row
    }
}

/// One viewer's visit to an entry: an impression, maybe a play, the passes they watched, quartiles, share.
fn simulate_session(rng: &mut Rng, events: &mut Events, spec: &EntrySpec, row: EventRow) {
    events.push(&row);
    if spec.media_type == 2 || !rng.chance(spec.play_rate) {
        return;
    }
    let seconds = spec.seconds as f64;
    let t0 = row.time + 2 + rng.below(15) as i64;
    events.push(&EventRow {
        time: t0,
        kind: EventKind::Play,
        ..row
    });
    // Where the first pass starts (some skip the intro) and ends (drop-off with a cliff).
    let start = if rng.chance(0.18) {
        4 + rng.below(8) as u32
    } else {
        1
    };
    let end = if rng.chance(0.12) {
        start + rng.below(4) as u32
    } else if rng.chance(0.38) {
        100
    } else {
        let drop = (rng.exponential(35.0) as u32).saturating_add(start);
        if drop > spec.cliff && rng.chance(0.35) {
            spec.cliff
        } else {
            drop.min(100)
        }
    }
    .clamp(start, 100);
    let speed = rng.range(0.95, 1.1);
    let mut t = t0;
    let mut quartile_time = 0.0;
    let mut last_q_pos = start;
    for (q, kind) in [
        (25, EventKind::Quartile25),
        (50, EventKind::Quartile50),
        (75, EventKind::Quartile75),
        (100, EventKind::Quartile100),
    ] {
        if end >= q {
            let played = f64::from(q.saturating_sub(last_q_pos)) / 100.0 * seconds * speed;
            quartile_time += played;
            last_q_pos = q;
            events.push(&EventRow {
                time: t0 + quartile_time as i64,
                kind,
                play_time: played as f32,
                ..row
            });
        }
    }
    let first_pass = f64::from(end - start + 1) / 100.0 * seconds * speed;
    t += first_pass as i64;
    events.push(&view_period(&row, t, start, end, seconds * speed));
    // Rewatch the entry's favourite segment (once, sometimes twice), or replay from the start.
    let (a, b) = spec.rewatch;
    if b > 0 && end >= b && rng.chance(0.3) {
        let passes = if rng.chance(0.2) { 2 } else { 1 };
        for _ in 0..passes {
            t += (f64::from(b - a) / 100.0 * seconds) as i64 + 5;
            events.push(&view_period(&row, t, a, b, seconds * speed));
        }
    }
    if rng.chance(0.04) {
        let again = 1 + rng.below(100) as u32;
        t += (f64::from(again) / 100.0 * seconds) as i64 + 10;
        events.push(&view_period(&row, t, 1, again, seconds * speed));
    }
    if rng.chance(0.015) {
        events.push(&EventRow {
            time: t + 3,
            kind: EventKind::Share,
            ..row
        });
    }
}

pub mod path;
