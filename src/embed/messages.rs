//! The host ⇄ iframe messages of Kaltura's analytics (`{messageType, payload}`), so a portal or LMS that
//! embeds Kaltura's analytics can embed entrylens instead. Pure parsing and building, tested with
//! `cargo test`.

use serde_json::{json, Map, Value};

/// A message from the host page.
#[derive(Debug, Clone, PartialEq)]
pub enum Inbound {
    /// `init`: the configuration (KS, server, locale, …).
    Init(HostConfig),
    /// `updateConfig`: a replacement configuration (a new KS, most often).
    UpdateConfig(HostConfig),
    /// `navigate`: show a route, e.g. `/analytics/entry` with `id`.
    Navigate {
        /// The app path to show (`/entry/<id>`), already mapped from Kaltura's host routes.
        path: Option<String>,
    },
    /// `updateFilters`: the date filter as Kaltura's query params (`dateBy`, `dateFrom`, `dateTo`, `compareTo`).
    UpdateFilters(Vec<(String, String)>),
    /// `setLanguage`.
    SetLanguage(String),
    /// `toggleContrastTheme`.
    ToggleContrastTheme,
}

/// The parts of Kaltura's analytics config entrylens uses.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HostConfig {
    /// The session.
    pub ks: Option<String>,
    /// `kalturaServer.uri`, with `https://` added when it has no scheme.
    pub service_url: Option<String>,
    /// `locale`.
    pub locale: Option<String>,
}

fn text(v: Option<&Value>) -> Option<String> {
    v.and_then(Value::as_str)
        .map(str::to_string)
        .filter(|s| !s.is_empty())
}

impl HostConfig {
    fn from_payload(p: &Value) -> HostConfig {
        // Kaltura's docs say `{config}`, its code sends the config itself: accept both.
        let c = p.get("config").filter(|c| c.is_object()).unwrap_or(p);
        let service_url = text(c.get("kalturaServer").and_then(|s| s.get("uri"))).map(|u| {
            if u.starts_with("http://") || u.starts_with("https://") {
                u
            } else {
                format!("https://{}", u.trim_start_matches("//"))
            }
        });
        HostConfig {
            ks: text(c.get("ks")),
            service_url,
            locale: text(c.get("locale")),
        }
    }
}

/// Maps Kaltura's host routes to ours: `entry` / `/analytics/entry` + `id` → `/entry/<id>`,
/// `/analytics/playlist` + `id` → `/interactive/<id>`.
fn map_route(url: &str, id: Option<&str>) -> Option<String> {
    let id = id.filter(|i| !i.is_empty() && i.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))?;
    let u = url.trim_end_matches('/');
    if u.ends_with("entry") {
        Some(format!("/entry/{id}"))
    } else if u.ends_with("playlist") || u.ends_with("interactive") {
        Some(format!("/interactive/{id}"))
    } else {
        None
    }
}

fn query_pairs(q: Option<&Value>) -> Vec<(String, String)> {
    q.and_then(Value::as_object)
        .map(|m| {
            m.iter()
                .filter_map(|(k, v)| match v {
                    Value::String(s) => Some((k.clone(), s.clone())),
                    Value::Number(n) => Some((k.clone(), n.to_string())),
                    _ => None,
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Reads a message's data (an object, or a JSON string as some LMS plugins send); `None` for anything
/// that is not one of the messages above.
pub fn parse_inbound(data: &Value) -> Option<Inbound> {
    let owned;
    let data = match data {
        Value::String(s) => {
            owned = crate::lean::json::parse(s).ok()?;
            &owned
        }
        other => other,
    };
    let kind = data.get("messageType")?.as_str()?;
    let payload = data.get("payload").cloned().unwrap_or(Value::Null);
    Some(match kind {
        "init" => Inbound::Init(HostConfig::from_payload(&payload)),
        "updateConfig" => Inbound::UpdateConfig(HostConfig::from_payload(&payload)),
        "navigate" => {
            let url = payload.get("url").and_then(Value::as_str).unwrap_or("");
            let id = payload
                .get("queryParams")
                .and_then(|q| q.get("id"))
                .and_then(Value::as_str);
            Inbound::Navigate {
                path: map_route(url, id),
            }
        }
        "updateFilters" => Inbound::UpdateFilters(query_pairs(payload.get("queryParams"))),
        "setLanguage" => Inbound::SetLanguage(
            payload
                .as_str()
                .map(str::to_string)
                .or_else(|| text(payload.get("locale")))?,
        ),
        "toggleContrastTheme" => Inbound::ToggleContrastTheme,
        _ => return None,
    })
}

/// A message to the host page.
pub fn outbound(message_type: &str, payload: Option<Value>) -> Value {
    let mut m = Map::new();
    m.insert("messageType".into(), Value::String(message_type.into()));
    if let Some(p) = payload {
        m.insert("payload".into(), p);
    }
    Value::Object(m)
}

/// `analyticsInit`, the first message.
pub fn analytics_init() -> Value {
    outbound(
        "analyticsInit",
        Some(json!({"menuConfig": {"showMenu": false}, "viewsConfig": {}})),
    )
}

/// `updateLayout {height}` and LTI's `lti.frameResize`, both.
pub fn resize_messages(height: u32) -> [Value; 2] {
    [
        outbound("updateLayout", Some(json!({"height": height}))),
        json!({"subject": "lti.frameResize", "height": height}),
    ]
}

/// Validates a configured host origin: `scheme://host[:port]`, no path.
pub fn parse_origin(s: &str) -> Option<String> {
    let s = s.trim().trim_end_matches('/');
    let rest = s.strip_prefix("https://").or_else(|| s.strip_prefix("http://"))?;
    (!rest.is_empty() && !rest.contains(['/', '?', '#', ' ', '*'])).then(|| s.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn init_reads_the_config_either_way() {
        let direct = json!({"messageType":"init","payload":{"ks":"K","kalturaServer":{"uri":"www.kaltura.com"},"locale":"he"}});
        let wrapped = json!({"messageType":"init","payload":{"config":{"ks":"K","kalturaServer":{"uri":"https://x.example"}}}});
        assert_eq!(
            parse_inbound(&direct),
            Some(Inbound::Init(HostConfig {
                ks: Some("K".into()),
                service_url: Some("https://www.kaltura.com".into()),
                locale: Some("he".into())
            }))
        );
        match parse_inbound(&wrapped) {
            Some(Inbound::Init(c)) => assert_eq!(c.service_url.as_deref(), Some("https://x.example")),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn navigate_maps_kaltura_routes_and_refuses_odd_ids() {
        let nav = |url: &str, id: &str| {
            parse_inbound(&json!({"messageType":"navigate","payload":{"url":url,"queryParams":{"id":id}}}))
        };
        assert_eq!(
            nav("/analytics/entry", "0_abc"),
            Some(Inbound::Navigate {
                path: Some("/entry/0_abc".into())
            })
        );
        assert_eq!(
            nav("entry", "1_x"),
            Some(Inbound::Navigate {
                path: Some("/entry/1_x".into())
            })
        );
        assert_eq!(
            nav("/analytics/playlist", "0_p"),
            Some(Inbound::Navigate {
                path: Some("/interactive/0_p".into())
            })
        );
        assert_eq!(
            nav("/analytics/entry", "../../evil"),
            Some(Inbound::Navigate { path: None })
        );
        assert_eq!(
            nav("/analytics/user", "0_abc"),
            Some(Inbound::Navigate { path: None })
        );
    }

    #[test]
    fn filters_language_theme_and_strings() {
        let f = parse_inbound(
            &json!({"messageType":"updateFilters","payload":{"queryParams":{"dateBy":"last7days","id":"0_a","n":3}}}),
        );
        match f {
            Some(Inbound::UpdateFilters(p)) => {
                assert!(p.contains(&("dateBy".to_string(), "last7days".to_string())));
                assert!(p.contains(&("n".to_string(), "3".to_string())));
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            parse_inbound(&json!({"messageType":"setLanguage","payload":"he"})),
            Some(Inbound::SetLanguage("he".into()))
        );
        assert_eq!(
            parse_inbound(&json!("{\"messageType\":\"toggleContrastTheme\"}")),
            Some(Inbound::ToggleContrastTheme)
        );
        assert_eq!(parse_inbound(&json!({"messageType":"unknown"})), None);
        assert_eq!(parse_inbound(&json!(42)), None);
        assert_eq!(parse_inbound(&json!("not json")), None);
    }

    #[test]
    fn outbound_messages() {
        assert_eq!(analytics_init()["messageType"], "analyticsInit");
        let [a, b] = resize_messages(640);
        assert_eq!(a, json!({"messageType":"updateLayout","payload":{"height":640}}));
        assert_eq!(b, json!({"subject":"lti.frameResize","height":640}));
        assert_eq!(outbound("logout", None), json!({"messageType":"logout"}));
    }

    #[test]
    fn host_origins_are_strict() {
        assert_eq!(
            parse_origin("https://kms.example.edu/").as_deref(),
            Some("https://kms.example.edu")
        );
        assert_eq!(
            parse_origin("http://127.0.0.1:9000").as_deref(),
            Some("http://127.0.0.1:9000")
        );
        assert_eq!(parse_origin("*"), None);
        assert_eq!(parse_origin("https://a.example/path"), None);
        assert_eq!(parse_origin("javascript:alert(1)"), None);
    }
}
