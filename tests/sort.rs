//! The app's one sort (crossroads::core::sort) must order exactly as the
//! standard library's stable sort does, ties included.

use crossroads::core::sort;
use proptest::prelude::*;

proptest! {
    #[test]
    fn sort_by_matches_the_standard_stable_sort(items in prop::collection::vec((0u8..6, any::<u16>()), 0..60)) {
        // Few distinct keys, so there are many ties whose order must hold.
        let mut ours = items.clone();
        sort::sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
        let mut std_sorted = items;
        std_sorted.sort_by_key(|a| a.0);
        prop_assert_eq!(ours, std_sorted);
    }

    #[test]
    fn sort_by_key_matches_the_standard_stable_sort(items in prop::collection::vec(any::<(i8, String)>(), 0..40)) {
        let mut ours = items.clone();
        sort::sort_by_key(&mut ours, |x| std::cmp::Reverse(x.0));
        let mut std_sorted = items;
        std_sorted.sort_by_key(|x| std::cmp::Reverse(x.0));
        prop_assert_eq!(ours, std_sorted);
    }

    #[test]
    fn sort_orders_and_keeps_every_item(mut items in prop::collection::vec(any::<i32>(), 0..80)) {
        let mut expected = items.clone();
        expected.sort();
        sort::sort(&mut items);
        prop_assert_eq!(items, expected);
    }
}

#[test]
fn empty_and_single_lists_are_left_as_they_are() {
    let mut empty: Vec<u8> = Vec::new();
    sort::sort(&mut empty);
    assert!(empty.is_empty());
    let mut one = vec!["only".to_string()];
    sort::sort(&mut one);
    assert_eq!(one, ["only"]);
}

#[test]
fn lists_already_in_order_keep_their_ties_in_place() {
    // Sorted on the digit only, so the letters show where ties end up.
    let cases: [(&[&str], &[&str]); 5] = [
        (&["1a", "1b", "2c"], &["1a", "1b", "2c"]),
        (&["3a", "3b", "3c"], &["3a", "3b", "3c"]),
        (&["1a", "2b", "1c"], &["1a", "1c", "2b"]),
        (&["2a", "1b", "2c"], &["1b", "2a", "2c"]),
        (&["2a", "1b"], &["1b", "2a"]),
    ];
    for (input, expected) in cases {
        let mut items = input.to_vec();
        sort::sort_by(&mut items, |a, b| a.as_bytes()[0].cmp(&b.as_bytes()[0]));
        assert_eq!(items, expected, "sorting {input:?}");
    }
}
