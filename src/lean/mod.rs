//! What the app borrows from the browser instead of linking a Rust copy of it: each piece replaces a
//! standard-library or crate feature whose code would otherwise be in the wasm download, measured on the
//! first view's module when it was introduced. Host builds (the tests) use the Rust feature, behind the
//! same functions. `clippy.toml` stops the app from calling what these replace.
//!
//! | module | replaces | saved |
//! |---|---|---|
//! | [`json`] | serde_json's parser and printer (`JSON.parse`, `JSON.stringify`, trees walked into JavaScript) | about 10 KB gzip |
//! | [`sort`] | one monomorphised stable sort per element type and closure (one sort of positions behind a `dyn`) | about 4 KB of wasm a sort |
//! | [`numbers`] | float printing (`Number.prototype.toFixed`, `String(v)`) | about 13 KB of wasm |
//! | `zone_rules` | a compiled-in IANA zone database (`Intl.DateTimeFormat` answers offsets) | most of a zone library's size |

pub mod json;
pub mod numbers;
pub mod sort;
#[cfg(target_arch = "wasm32")]
pub mod zone_rules;
