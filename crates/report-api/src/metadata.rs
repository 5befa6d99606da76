//! The non-report calls the dashboards make: the entry, its owner, user and category names, likes and
//! the interactive path's structure — as builders, and their answers as typed values.

use crate::error::ResponseError;
use crate::request::ServiceCall;
use crate::response::check_error;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

/// `KalturaMediaType`: what kind of media an entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum MediaType {
    /// 1.
    Video,
    /// 2.
    Image,
    /// 5.
    Audio,
    /// Any other value (live streams, documents, …).
    Other,
}

impl MediaType {
    /// From Kaltura's number.
    pub fn from_wire(n: i64) -> MediaType {
        match n {
            1 => MediaType::Video,
            2 => MediaType::Image,
            5 => MediaType::Audio,
            _ => MediaType::Other,
        }
    }

    /// Kaltura's number (Other → 0).
    pub fn wire(self) -> i64 {
        match self {
            MediaType::Video => 1,
            MediaType::Image => 2,
            MediaType::Audio => 5,
            MediaType::Other => 0,
        }
    }
}

/// `KalturaEntryType` of an interactive path's playlist.
pub const PLAYLIST_ENTRY_TYPE: &str = "5";
/// `playlistType` of a path (interactive) playlist.
pub const PATH_PLAYLIST_TYPE: i64 = 102;

/// The fields of `baseEntry.get` the dashboards show.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Entry {
    /// Entry id.
    pub id: String,
    /// Title.
    pub name: String,
    /// The entry's description as its owner wrote it (plain text, shown as text).
    pub description: String,
    /// Owner's user id.
    pub user_id: String,
    /// `mediaType` (None for playlists).
    pub media_type: Option<MediaType>,
    /// Entry type (`"1"` media, `"5"` playlist).
    pub entry_type: String,
    /// `playlistType` for playlists (102 = interactive path).
    pub playlist_type: Option<i64>,
    /// Duration in milliseconds.
    pub ms_duration: u64,
    /// Where its thumbnail image is (empty when it has none).
    pub thumbnail_url: String,
    /// Creation time, unix seconds.
    pub created_at: i64,
    /// Lifetime plays.
    pub plays: u64,
}

impl Entry {
    /// Whether this entry is an interactive (path) video.
    pub fn is_interactive(&self) -> bool {
        self.playlist_type == Some(PATH_PLAYLIST_TYPE)
    }

    /// Reads a `KalturaMediaEntry` / `KalturaPlaylist` object.
    pub fn parse(value: &Value) -> Result<Entry, ResponseError> {
        let v = check_error(value)?;
        let obj = v
            .as_object()
            .ok_or_else(|| ResponseError::malformed("expected an entry object"))?;
        let text = |k: &str| {
            obj.get(k)
                .map(crate::lenient::value_to_string)
                .unwrap_or_default()
        };
        let int = |k: &str| {
            obj.get(k)
                .and_then(|v| v.as_i64().or_else(|| v.as_str()?.parse().ok()))
        };
        let id = text("id");
        if id.is_empty() {
            return Err(ResponseError::malformed("entry without id"));
        }
        Ok(Entry {
            id,
            name: text("name"),
            description: text("description"),
            user_id: text("userId"),
            media_type: int("mediaType").map(MediaType::from_wire),
            entry_type: text("type"),
            playlist_type: int("playlistType"),
            ms_duration: int("msDuration").unwrap_or(0).max(0) as u64,
            thumbnail_url: text("thumbnailUrl"),
            created_at: int("createdAt").unwrap_or(0),
            plays: int("plays").unwrap_or(0).max(0) as u64,
        })
    }
}

/// A user's id and display name.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct User {
    /// Partner user id.
    pub id: String,
    /// `fullName` (may be empty).
    pub full_name: String,
}

impl User {
    /// Reads a `KalturaUser`.
    pub fn parse(value: &Value) -> Result<User, ResponseError> {
        let v = check_error(value)?;
        let text = |k: &str| v.get(k).map(crate::lenient::value_to_string).unwrap_or_default();
        Ok(User {
            id: text("id"),
            full_name: text("fullName"),
        })
    }
}

/// A category id and names.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Category {
    /// Category id.
    pub id: String,
    /// Short name.
    pub name: String,
    /// Full path name (`Root>Courses>Biology`).
    pub full_name: String,
}

impl Category {
    /// Reads a `KalturaCategory`.
    pub fn parse(value: &Value) -> Result<Category, ResponseError> {
        let v = check_error(value)?;
        let text = |k: &str| v.get(k).map(crate::lenient::value_to_string).unwrap_or_default();
        Ok(Category {
            id: text("id"),
            name: text("name"),
            full_name: text("fullName"),
        })
    }
}

/// A `…ListResponse`: the objects of one page and the total count.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPage<T> {
    /// The objects of this page.
    pub objects: Vec<T>,
    /// All matching objects.
    pub total_count: u64,
}

impl<T> ListPage<T> {
    /// Reads a list response, parsing each object with `item`.
    pub fn parse(
        value: &Value,
        item: impl Fn(&Value) -> Result<T, ResponseError>,
    ) -> Result<ListPage<T>, ResponseError> {
        let v = check_error(value)?;
        let objects = match v.get("objects") {
            None | Some(Value::Null) => vec![],
            Some(Value::Array(a)) => a.iter().map(item).collect::<Result<_, _>>()?,
            Some(_) => return Err(ResponseError::malformed("objects is not an array")),
        };
        let total_count = v
            .get("totalCount")
            .and_then(Value::as_u64)
            .unwrap_or(objects.len() as u64);
        Ok(ListPage { objects, total_count })
    }
}

/// `baseEntry.get` for an entry id.
pub fn base_entry_get(entry_id: &str) -> ServiceCall {
    ServiceCall::new("baseentry", "get", json!({"entryId": entry_id}))
}

/// `media.get` for an entry id.
pub fn media_get(entry_id: &str) -> ServiceCall {
    ServiceCall::new("media", "get", json!({"entryId": entry_id}))
}

/// `user.get` for a user id.
pub fn user_get(user_id: &str) -> ServiceCall {
    ServiceCall::new("user", "get", json!({"userId": user_id}))
}

/// `user.list`: users whose id or screen name starts with `prefix` (the "Filter users" search), or the
/// users with the given ids (joined by `,`).
pub fn user_list(prefix: Option<&str>, ids: Option<&str>, page_size: u32) -> ServiceCall {
    let mut filter = json!({"objectType":"KalturaUserFilter"});
    if let Some(p) = prefix {
        filter["idOrScreenNameStartsWith"] = json!(p);
    }
    if let Some(ids) = ids {
        filter["idIn"] = json!(ids);
    }
    ServiceCall::new(
        "user",
        "list",
        json!({"filter": filter, "pager": {"objectType":"KalturaFilterPager","pageSize":page_size,"pageIndex":1}}),
    )
}

/// `category.list` (for the filter panel), optionally by ids joined by `,`.
pub fn category_list(ids: Option<&str>, page_size: u32) -> ServiceCall {
    let mut filter = json!({"objectType":"KalturaCategoryFilter"});
    if let Some(ids) = ids {
        filter["idIn"] = json!(ids);
    }
    ServiceCall::new(
        "category",
        "list",
        json!({"filter": filter, "pager": {"objectType":"KalturaFilterPager","pageSize":page_size,"pageIndex":1}}),
    )
}

/// `like.list` counting the likes of an entry between two unix times (page size 1: only `totalCount`).
pub fn like_list(entry_id: &str, from_date: i64, to_date: i64) -> ServiceCall {
    ServiceCall::new(
        "like",
        "list",
        json!({"filter":{"objectType":"KalturaLikeFilter","entryIdEqual":entry_id,
                "createdAtGreaterThanOrEqual":from_date,"createdAtLessThanOrEqual":to_date},
               "pager":{"objectType":"KalturaFilterPager","pageSize":1,"pageIndex":1}}),
    )
}

/// `interactivity.get`: the interactive path's nodes and interactions, for a path (playlist) id.
pub fn interactivity_get(entry_id: &str) -> ServiceCall {
    ServiceCall::new("interactivity_interactivity", "get", json!({"entryId": entry_id}))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entry_parses_media_and_playlists() {
        let v = json!({"id":"1_abc","name":"Intro <b>","userId":"jdoe","mediaType":1,"msDuration":93000,
            "createdAt":1580853600,"plays":"12","type":"1","objectType":"KalturaMediaEntry"});
        let e = Entry::parse(&v).unwrap();
        assert_eq!(e.media_type, Some(MediaType::Video));
        assert_eq!(e.ms_duration, 93000);
        assert_eq!(e.plays, 12);
        assert!(!e.is_interactive());
        let p = Entry::parse(
            &json!({"id":"1_path","type":"5","playlistType":102,"objectType":"KalturaPlaylist"}),
        )
        .unwrap();
        assert!(p.is_interactive());
        assert_eq!(p.media_type, None);
        assert!(Entry::parse(&json!({"name":"no id"})).is_err());
        assert!(matches!(
            Entry::parse(
                &json!({"code":"ENTRY_ID_NOT_FOUND","message":"m","objectType":"KalturaAPIException","args":[]})
            ),
            Err(ResponseError::Api(_))
        ));
    }

    #[test]
    fn list_pages_parse() {
        let v = json!({"objects":[{"id":"jdoe","fullName":"Jane Doe"},{"id":"x"}],"totalCount":7,"objectType":"KalturaUserListResponse"});
        let p = ListPage::parse(&v, User::parse).unwrap();
        assert_eq!(p.total_count, 7);
        assert_eq!(p.objects[0].full_name, "Jane Doe");
        assert_eq!(p.objects[1].full_name, "");
        let likes = ListPage::parse(&json!({"objects":[],"totalCount":3}), |_| Ok(())).unwrap();
        assert_eq!(likes.total_count, 3);
    }

    #[test]
    fn builders_name_the_right_services() {
        assert_eq!(
            base_entry_get("1_a").path(),
            "/api_v3/service/baseentry/action/get"
        );
        assert_eq!(like_list("1_a", 1, 2).params["filter"]["entryIdEqual"], "1_a");
        assert_eq!(
            user_list(Some("ja"), None, 30).params["filter"]["idOrScreenNameStartsWith"],
            "ja"
        );
        assert_eq!(category_list(Some("1,2"), 500).params["filter"]["idIn"], "1,2");
        assert_eq!(interactivity_get("1_p").params["entryId"], "1_p");
        assert_eq!(MediaType::from_wire(MediaType::Audio.wire()), MediaType::Audio);
    }
}
