//! The words of the languages other than English. Host builds carry them all (the tests read every
//! language). The browser build carries English only, about a fifth of the catalog's bytes, and fetches
//! a language's words the first time it is chosen: `vendor/i18n/<tag>.json` under the base path, made from catalog.rs at
//! build time by scripts/i18n-words.mjs (a Trunk pre-build hook).

use super::{Lang, Msg};
use serde_json::Value;

/// Where the word file of `lang` is served, under the app's base path.
pub fn source(lang: Lang) -> String {
    crate::browser::app_url(&format!("vendor/i18n/{}.json", lang.tag()))
}

/// Reads the word file of `lang`, `{"language": "<tag>", "messages": ["…", …]}`: one non-empty message
/// per catalog entry, in the catalog's order, for that language.
pub fn parse(lang: Lang, text: &str) -> Result<Vec<String>, String> {
    let file = crate::lean::json::parse(text).map_err(|e| format!("not a word file: {e}"))?;
    let language = file.get("language").and_then(Value::as_str).unwrap_or("");
    if language != lang.tag() {
        return Err(format!(
            "the file holds language \"{language}\", not \"{}\"",
            lang.tag()
        ));
    }
    let Some(items) = file.get("messages").and_then(Value::as_array) else {
        return Err("not a word file: no list of messages".into());
    };
    if items.len() != Msg::ALL.len() {
        return Err(format!(
            "the file has {} messages, this build {} (a different build)",
            items.len(),
            Msg::ALL.len()
        ));
    }
    let mut messages = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        match item.as_str() {
            Some(m) if !m.trim().is_empty() => messages.push(m.to_string()),
            Some(_) => return Err(format!("message {i} is empty")),
            None => return Err(format!("message {i} is not text")),
        }
    }
    Ok(messages)
}

#[cfg(not(target_arch = "wasm32"))]
mod store {
    use super::{Lang, Msg};

    /// Every language is built in.
    pub fn lookup(lang: Lang, msg: Msg) -> Option<&'static str> {
        Some(msg.built_in(lang))
    }

    /// Every language is built in.
    pub fn has(_: Lang) -> bool {
        true
    }

    /// Nothing to fetch.
    pub async fn load(_: Lang) -> Result<(), String> {
        Ok(())
    }
}

#[cfg(target_arch = "wasm32")]
mod store {
    use super::{parse, source, Lang, Msg};
    use std::cell::RefCell;

    thread_local! {
        /// The languages fetched so far, each with its messages (kept for the page's life).
        static LOADED: RefCell<Vec<(Lang, &'static [String])>> = const { RefCell::new(Vec::new()) };
    }

    /// The message in `lang`, if that language's words are here.
    pub fn lookup(lang: Lang, msg: Msg) -> Option<&'static str> {
        LOADED.with(|l| {
            l.borrow()
                .iter()
                .find(|(have, _)| *have == lang)
                .and_then(|(_, words)| words.get(msg as usize))
                .map(String::as_str)
        })
    }

    /// Whether the words of `lang` are here (English always is).
    pub fn has(lang: Lang) -> bool {
        lang == Lang::En || LOADED.with(|l| l.borrow().iter().any(|(have, _)| *have == lang))
    }

    /// Fetches the words of `lang` (once).
    pub async fn load(lang: Lang) -> Result<(), String> {
        if has(lang) {
            return Ok(());
        }
        let url = source(lang);
        let response = gloo_net::http::Request::get(&url)
            .send()
            .await
            .map_err(|e| format!("{url}: {e}"))?;
        if !response.ok() {
            return Err(format!("{url}: HTTP {}", response.status()));
        }
        let text = response.text().await.map_err(|e| format!("{url}: {e}"))?;
        let words = parse(lang, &text).map_err(|e| format!("{url}: {e}"))?;
        if !has(lang) {
            let words: &'static [String] = Box::leak(words.into_boxed_slice());
            LOADED.with(|l| l.borrow_mut().push((lang, words)));
        }
        Ok(())
    }
}

pub use store::{has, load, lookup};

#[cfg(test)]
mod tests {
    use super::*;

    fn file(lang: &str, messages: Vec<String>) -> String {
        serde_json::json!({ "language": lang, "messages": messages }).to_string()
    }

    #[test]
    fn reads_a_word_file_of_this_build_and_refuses_others() {
        let german: Vec<String> = Msg::ALL
            .iter()
            .map(|m| m.built_in(Lang::De).to_string())
            .collect();
        let words = parse(Lang::De, &file("de", german.clone())).unwrap();
        assert_eq!(words[Msg::Plays as usize], "Wiedergaben");
        assert!(parse(Lang::He, &file("de", german.clone()))
            .unwrap_err()
            .contains("not \"he\""));
        let mut short = german.clone();
        short.pop();
        assert!(parse(Lang::De, &file("de", short))
            .unwrap_err()
            .contains("a different build"));
        let mut blank = german;
        blank[3] = " ".into();
        assert!(parse(Lang::De, &file("de", blank))
            .unwrap_err()
            .contains("message 3"));
        assert!(parse(Lang::De, "<html>")
            .unwrap_err()
            .starts_with("not a word file"));
        assert!(parse(Lang::De, r#"{"language":"de"}"#)
            .unwrap_err()
            .contains("no list of messages"));
        let mut numbers: Vec<serde_json::Value> = Msg::ALL.iter().map(|_| "x".into()).collect();
        numbers[5] = 5.into();
        let odd = serde_json::json!({ "language": "de", "messages": numbers }).to_string();
        assert!(parse(Lang::De, &odd)
            .unwrap_err()
            .contains("message 5 is not text"));
    }

    #[test]
    fn host_builds_carry_every_language() {
        assert!(Lang::ALL.into_iter().all(has));
        assert_eq!(lookup(Lang::Es, Msg::Retry), Some("Reintentar"));
    }
}
