//! Property tests of the URL-state decoder: any query is read without a panic, and what the state writes
//! reads back to the same state. The keys tried are every key the state owns (`state::keys::all`) and
//! random others. Longer on demand: `PROPTEST_CASES=100000 cargo test --test state_fuzz`.

use entrylens::state::DashboardState;
use proptest::prelude::*;

fn pairs() -> impl Strategy<Value = Vec<(String, String)>> {
    prop::collection::vec(
        (
            prop_oneof![
                prop::sample::select(entrylens::state::keys::all()).prop_map(str::to_string),
                ".{0,8}"
            ],
            prop_oneof![
                ".{0,30}",
                "[0-9\\-]{0,12}",
                "[+\\-]?[a-z_]{0,20}",
                Just("Europe/Paris".to_string()),
                Just("FR".to_string()),
            ],
        ),
        0..12,
    )
}

proptest! {
    #[test]
    fn any_query_reads_without_panic_and_round_trips(q in pairs()) {
        let (state, _notices) = DashboardState::from_query(q.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        let written = state.to_query();
        let (again, notices) = DashboardState::from_query(written.iter().map(|(k, v)| (*k, v.as_str())));
        prop_assert!(notices.is_empty(), "the state wrote something it cannot read: {:?}", notices);
        prop_assert_eq!(again, state);
    }
}
