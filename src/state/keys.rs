//! The query keys the dashboard state owns, as the parser reads them: the state's own keys with
//! Kaltura's aliases ([`StateKey`]), a key per filter dimension and a key per breakdown view
//! ([`ViewKey`]). Any other key belongs to someone else (a host's `hostOrigin`, say) and is kept when the
//! page rewrites its address.

use super::filters::Dimension;
use super::views::ViewKey;

/// A key of the state itself (not a filter or a breakdown's view).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StateKey {
    /// `v`: the format's version.
    Version,
    /// `range` (Kaltura: `dateBy`): a preset range.
    Range,
    /// `from` (`dateFrom`): a custom range's first day.
    From,
    /// `to` (`dateTo`): its last day.
    To,
    /// `cmp` (`compareTo`): the compare period.
    Compare,
    /// `tz`: the zone of day boundaries.
    Zone,
    /// `g`: daily or monthly buckets.
    Buckets,
    /// `m`: the over-time chart's metric.
    Metric,
    /// `m2`: its second metric.
    Metric2,
    /// `q`: the funnel's last step.
    Quartile,
    /// `tables`: the panels whose table is open.
    Tables,
    /// `id`: the entry id a host's `navigate` message carries (the route holds it; not read).
    EntryId,
}

impl StateKey {
    /// Every name the parser reads, each with its key: ours first, then Kaltura's alias.
    pub const NAMES: [(&'static str, StateKey); 16] = [
        ("v", StateKey::Version),
        ("range", StateKey::Range),
        ("dateBy", StateKey::Range),
        ("from", StateKey::From),
        ("dateFrom", StateKey::From),
        ("to", StateKey::To),
        ("dateTo", StateKey::To),
        ("cmp", StateKey::Compare),
        ("compareTo", StateKey::Compare),
        ("tz", StateKey::Zone),
        ("g", StateKey::Buckets),
        ("m", StateKey::Metric),
        ("m2", StateKey::Metric2),
        ("q", StateKey::Quartile),
        ("tables", StateKey::Tables),
        ("id", StateKey::EntryId),
    ];

    /// The key named `name` (either of its names).
    pub fn from_name(name: &str) -> Option<StateKey> {
        StateKey::NAMES.iter().find(|(n, _)| *n == name).map(|(_, k)| *k)
    }

    /// The name the state writes.
    pub fn name(self) -> &'static str {
        StateKey::NAMES
            .iter()
            .find(|(_, k)| *k == self)
            .map_or("", |(n, _)| n)
    }
}

/// Whether the state owns `key`.
pub fn owns(key: &str) -> bool {
    StateKey::from_name(key).is_some()
        || Dimension::from_key(key).is_some()
        || ViewKey::from_name(key).is_some()
}

/// Every key the state owns, aliases included.
pub fn all() -> Vec<&'static str> {
    let own = StateKey::NAMES.iter().map(|(n, _)| *n);
    let filters = Dimension::ALL.into_iter().map(Dimension::key);
    let views = ViewKey::ALL.into_iter().map(ViewKey::name);
    own.chain(filters).chain(views).collect()
}
