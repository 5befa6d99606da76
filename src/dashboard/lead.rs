//! What a page's rankings lead with. A video is ranked by plays; an image has player impressions but no
//! plays, and so does an entry nobody played in the range: ranked by plays, every list would be a tie
//! of zeros in no useful order, and every chart a flat line at 0. Such a page leads with impressions.

use report_api::headers::{COUNT_LOADS, COUNT_PLAYS};

/// The figure the page's rankings, bars, map and default chart follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lead {
    /// Plays: a video or audio entry that was played.
    #[default]
    Plays,
    /// Player impressions: an image, or an entry with impressions and no plays in the range.
    Impressions,
}

impl Lead {
    /// The lead of an entry from its kind and its totals for the range (`None` while unknown).
    pub fn of(is_image: bool, plays: Option<f64>, impressions: Option<f64>) -> Lead {
        let unplayed = plays == Some(0.0) && impressions.is_some_and(|i| i > 0.0);
        if is_image || unplayed {
            Lead::Impressions
        } else {
            Lead::Plays
        }
    }

    /// The report header of the figure.
    pub fn metric(self) -> &'static str {
        match self {
            Lead::Plays => COUNT_PLAYS,
            Lead::Impressions => COUNT_LOADS,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn images_and_unplayed_entries_lead_with_impressions() {
        assert_eq!(Lead::of(true, None, None), Lead::Impressions);
        assert_eq!(Lead::of(false, Some(0.0), Some(12.0)), Lead::Impressions);
        assert_eq!(Lead::of(false, Some(3.0), Some(12.0)), Lead::Plays);
        assert_eq!(
            Lead::of(false, Some(0.0), Some(0.0)),
            Lead::Plays,
            "nothing at all: as a video"
        );
        assert_eq!(Lead::of(false, None, None), Lead::Plays);
        assert_eq!(Lead::Impressions.metric(), "count_loads");
    }
}
