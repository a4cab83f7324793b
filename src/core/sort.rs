//! One stable sort for the whole app.
//!
//! Each `slice::sort_by` call with its own comparator compiles to its own copy
//! of the standard library's sort, about 3 KB of wasm apiece. Sorting
//! positions through a `dyn` comparator compiles that sort once; what stays
//! generic per element type is the few lines that move items into place.

use std::cmp::Ordering;

/// Sorts `items` by `cmp`, keeping equal items in their original order.
pub fn sort_by<T>(items: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    // The engine sorts short lists that are often in order already (unknown
    // criteria by weight, follow-up steps by date) on every recompute: then
    // nothing moves, so skip allocating the positions and the slots.
    let in_order = items.windows(2).all(|w| cmp(&w[0], &w[1]).is_le());
    if in_order {
        return;
    }
    let order = positions(items.len(), &|a, b| cmp(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// Sorts `items` by the key `key` gives, keeping equal keys in order.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in their natural order.
pub fn sort<T: Ord>(items: &mut Vec<T>) {
    sort_by(items, T::cmp);
}

/// The positions `0..len` in the order `cmp` puts them.
fn positions(len: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}
