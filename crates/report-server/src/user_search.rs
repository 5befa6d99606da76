//! `user.list`'s `idOrScreenNameStartsWith`, as Kaltura's search answers it: the text matches a user when
//! the user id starts with it, or when every word of it starts a word of the user's name ("chloe",
//! "Mei C", "mei cohen" and "cohen mei" all find Mei Cohen). Case and accents do not matter ("tomas
//! garcia" finds Tomás García, "angstrom" finds Zoë Ångström), so people find each other as they type.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// `text` without case and accents: compatibility-decomposed, combining marks dropped, lowercased.
pub fn fold(text: &str) -> String {
    text.nfkd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The words of folded text: runs of letters and digits (punctuation and spaces part them, so
/// "O'Brien" is "o" and "brien").
fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// A search, folded once and matched against many users.
#[derive(Debug, Clone)]
pub struct UserSearch {
    whole: String,
    words: Vec<String>,
}

impl UserSearch {
    /// The search for `text`; `None` when it has nothing to match (empty or only spaces).
    pub fn new(text: &str) -> Option<UserSearch> {
        let whole = fold(text.trim());
        if whole.is_empty() {
            return None;
        }
        let words = words(&whole).map(str::to_string).collect();
        Some(UserSearch { whole, words })
    }

    /// Whether the user with `id` and `full_name` matches: the id starts with the whole text, or every
    /// word of the text starts some word of the name or of the id.
    pub fn matches(&self, id: &str, full_name: &str) -> bool {
        let id = fold(id);
        if id.starts_with(&self.whole) {
            return true;
        }
        if self.words.is_empty() {
            return false;
        }
        let name = fold(full_name);
        let known: Vec<&str> = words(&name).chain(words(&id)).collect();
        self.words
            .iter()
            .all(|w| known.iter().any(|k| k.starts_with(w.as_str())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finds(text: &str, id: &str, name: &str) -> bool {
        UserSearch::new(text).is_some_and(|s| s.matches(id, name))
    }

    #[test]
    fn any_word_of_the_name_and_the_id_prefix_match() {
        assert!(finds("chloe", "cmensah12", "Chloe Mensah"));
        assert!(finds("Mensah", "cmensah12", "Chloe Mensah"));
        assert!(finds("Mei", "u_0412", "Mei Cohen"));
        assert!(finds("Mei C", "u_0412", "Mei Cohen"));
        assert!(finds("mei cohen", "u_0412", "Mei Cohen"));
        assert!(finds("cohen mei", "u_0412", "Mei Cohen"));
        assert!(finds("u_04", "u_0412", "Mei Cohen"));
        assert!(!finds("mei smith", "u_0412", "Mei Cohen"), "several words narrow");
        assert!(
            !finds("ohen", "u_0412", "Mei Cohen"),
            "words start, they are not searched inside"
        );
        assert!(finds("0412", "u_0412", "Mei Cohen"), "a word of the id");
    }

    #[test]
    fn case_and_accents_do_not_matter() {
        assert!(finds("tomas garcia", "tg", "Tomás García"));
        assert!(finds("TOMÁS", "tg", "Tomás García"));
        assert!(finds("angstrom", "zoe.angstrom", "Zoë 🎓 Ångström"));
        assert!(finds("zoe", "x", "Zoë 🎓 Ångström"));
        assert!(finds("o'brien", "quote\"user", "\"Quoted\" O'Brien"));
        assert!(finds("דנה", "dana.levi", "דנה לוי"));
        assert!(finds("lopez", "x", "Sara López"));
    }

    #[test]
    fn nothing_to_search_is_no_search() {
        assert!(UserSearch::new("").is_none());
        assert!(UserSearch::new("   ").is_none());
        // Only punctuation: the id may still start with it.
        assert!(finds("<img", "<img src=x onerror=alert(1)>", ""));
        assert!(!finds("<", "robert.tables", "Robert'); DROP TABLE students;--"));
    }
}
