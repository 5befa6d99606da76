//! Languages: the UI's message catalog ([`Msg`], English, Hebrew, German and Spanish), the current
//! language, its writing direction, and how it writes numbers and months. The language comes from the
//! host (`init`'s `locale`, `setLanguage`), else the page's `lang` parameter, else the browser; a change
//! re-renders the page in place (its state is in the URL, so nothing is lost). The browser build carries
//! English and fetches another language's words when it is chosen ([`words`]).

mod catalog;
pub mod words;

pub use catalog::Msg;
use std::cell::Cell;

/// A language of the UI.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English (the default).
    #[default]
    En,
    /// Hebrew, written right to left.
    He,
    /// German.
    De,
    /// Spanish.
    Es,
}

impl Lang {
    /// Every language, in the order a picker lists them.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::He, Lang::De, Lang::Es];

    /// Reads a BCP 47 tag or Kaltura's locale names (`he`, `he-IL`, `iw`, `de_DE`, `es-419`, `en-US`);
    /// `None` for a language we do not have.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Some(match primary.as_str() {
            "en" => Lang::En,
            "he" | "iw" => Lang::He,
            "de" => Lang::De,
            "es" => Lang::Es,
            _ => return None,
        })
    }

    /// The BCP 47 tag, for `<html lang>` and `Intl`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::He => "he",
            Lang::De => "de",
            Lang::Es => "es",
        }
    }

    /// Whether the language is written right to left.
    pub fn rtl(self) -> bool {
        self == Lang::He
    }

    /// The thousands and decimal separators: `1,234.5` / `1.234,5`.
    pub fn separators(self) -> (char, char) {
        match self {
            Lang::En | Lang::He => (',', '.'),
            Lang::De | Lang::Es => ('.', ','),
        }
    }

    /// Short month names, January first.
    pub fn short_months(self) -> [&'static str; 12] {
        match self {
            Lang::En => report_api::calendar::SHORT_MONTHS,
            Lang::He => [
                "ינו׳", "פבר׳", "מרץ", "אפר׳", "מאי", "יוני", "יולי", "אוג׳", "ספט׳", "אוק׳", "נוב׳", "דצמ׳",
            ],
            Lang::De => [
                "Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.",
                "Dez.",
            ],
            Lang::Es => [
                "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic",
            ],
        }
    }
}

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// Makes `lang` the language of every message and number from now on.
pub fn set_current(lang: Lang) {
    CURRENT.with(|c| c.set(lang));
}

/// The current language.
pub fn current() -> Lang {
    CURRENT.with(|c| c.get())
}

impl Msg {
    /// The message in `lang`: English is built in; another language once its words are here
    /// ([`words::load`]), English until then.
    pub fn text(self, lang: Lang) -> &'static str {
        if lang == Lang::En {
            return self.english();
        }
        words::lookup(lang, self).unwrap_or_else(|| self.english())
    }
}

impl std::fmt::Display for Msg {
    /// The message in the current language.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(t(*self))
    }
}

/// A message in the current language.
pub fn t(msg: Msg) -> &'static str {
    msg.text(current())
}

/// A message in the current language with `{0}`, `{1}`, … replaced by `args`.
pub fn tf(msg: Msg, args: &[&str]) -> String {
    fill(t(msg), args)
}

/// The name of a series or column of the compare period: `Views (compare)`.
pub fn in_compare(name: &str) -> String {
    format!("{name} ({})", t(Msg::CompareShort))
}

/// Replaces `{0}`, `{1}`, … in `text` by `args`.
pub fn fill(text: &str, args: &[&str]) -> String {
    let mut out = text.to_string();
    for (i, a) in args.iter().enumerate() {
        out = out.replace(&format!("{{{i}}}"), a);
    }
    out
}

/// A noun as it reads inside a sentence: lower-cased, except in German (nouns keep their capital) and
/// Hebrew (no case).
pub fn lower(word: &str) -> String {
    match current() {
        Lang::De | Lang::He => word.to_string(),
        _ => lowercase(word),
    }
}

/// Unicode lower case. The browser's own (`String.prototype.toLowerCase`) in the browser build, which
/// then leaves out Rust's case tables (about 12 KB); Rust's on the host. Both follow Unicode's default
/// case mapping.
pub fn lowercase(word: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    return js_sys::JsString::from(word).to_lower_case().into();
    #[cfg(not(target_arch = "wasm32"))]
    return word.to_lowercase();
}

/// A day of a month as the current language writes it on an axis: `Nov 3`, `3. Nov.`, `3 nov`.
pub fn day_and_month(day: u32, month: u32) -> String {
    let m = short_month(month);
    match current() {
        Lang::En => format!("{m} {day}"),
        Lang::De => format!("{day}. {m}"),
        Lang::He | Lang::Es => format!("{day} {m}"),
    }
}

/// A whole date as the current language writes it: `3 Nov 2026`, `3. Nov. 2026`.
pub fn full_date(day: u32, month: u32, year: i32) -> String {
    let m = short_month(month);
    match current() {
        Lang::De => format!("{day}. {m} {year}"),
        _ => format!("{day} {m} {year}"),
    }
}

/// A month's short name in the current language (`?` outside 1..=12).
pub fn short_month(month: u32) -> &'static str {
    current()
        .short_months()
        .get((month as usize).wrapping_sub(1))
        .copied()
        .unwrap_or("?")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_tags() {
        assert_eq!(Lang::from_tag("he-IL"), Some(Lang::He));
        assert_eq!(Lang::from_tag("iw"), Some(Lang::He));
        assert_eq!(Lang::from_tag("de_DE"), Some(Lang::De));
        assert_eq!(Lang::from_tag("es-419"), Some(Lang::Es));
        assert_eq!(Lang::from_tag("EN-us"), Some(Lang::En));
        assert_eq!(Lang::from_tag("zz"), None);
        assert_eq!(Lang::from_tag(""), None);
        assert!(Lang::He.rtl() && !Lang::De.rtl());
    }

    #[test]
    fn every_message_exists_in_every_language_with_the_same_placeholders() {
        let holes = |s: &str| -> Vec<usize> { (0..6).filter(|i| s.contains(&format!("{{{i}}}"))).collect() };
        for msg in Msg::ALL {
            let english = msg.text(Lang::En);
            for lang in Lang::ALL {
                let text = msg.text(lang);
                assert!(!text.trim().is_empty(), "{msg:?} is empty in {lang:?}");
                assert_eq!(
                    holes(text),
                    holes(english),
                    "{msg:?} in {lang:?} has other placeholders"
                );
            }
        }
    }

    #[test]
    fn fills_placeholders_and_switches_language() {
        assert_eq!(fill("Page {0} of {1}", &["2", "9"]), "Page 2 of 9");
        set_current(Lang::De);
        assert_eq!(t(Msg::Plays), "Wiedergaben");
        assert_eq!(short_month(3), "März");
        set_current(Lang::En);
        assert_eq!(short_month(13), "?");
        assert_eq!(day_and_month(3, 11), "Nov 3");
        assert_eq!(full_date(3, 11, 2026), "3 Nov 2026");
        set_current(Lang::Es);
        assert_eq!(day_and_month(27, 8), "27 ago");
        set_current(Lang::De);
        assert_eq!(full_date(3, 3, 2026), "3. März 2026");
        set_current(Lang::En);
    }
}
