//! Consensus mode (SPEC rule 4): a claim without `value` is judged against
//! the largest set of its mentions, across all articles, that are pairwise
//! compatible.
//!
//! For intervals that set is the one holding a common value, found by a
//! sweep over interval ends in O(n log n). Reaching the best count again after
//! some interval has ended means a different set of the same size: a tie, and
//! no consensus. Other kinds (dates, places, statements, quotes) group equal
//! values first and grow each group greedily with the values compatible with
//! all of it; two different sets of the best size are again a tie.

use crate::interval::Interval;

/// The outcome of looking for a consensus.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// Indices of the items in the consensus, ascending.
    Consensus(Vec<usize>),
    /// Two different sets tie for largest.
    Tie,
    /// Nothing to judge.
    Empty,
}

/// The largest set of intervals sharing a value. Each item is a distinct
/// interval and how many mentions state it; sizes count mentions.
pub(crate) fn intervals(items: &[(Interval, usize)]) -> Outcome {
    if items.is_empty() {
        return Outcome::Empty;
    }
    // Ends are nudged outwards so that touching ends (and rounding noise) share a value.
    let mut events: Vec<(f64, u8, usize)> = Vec::with_capacity(items.len() * 2);
    for (iv, n) in items {
        events.push((iv.lo, 0, *n));
        if let Some(hi) = iv.hi {
            events.push((hi + 1e-9 * hi.abs().max(1.0), 1, *n));
        }
    }
    events.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    let (mut count, mut best, mut segments, mut point) = (0usize, 0usize, 0usize, 0.0);
    for (pos, kind, n) in &events {
        if *kind == 0 {
            count += n;
            if count > best {
                best = count;
                segments = 1;
                point = *pos;
            } else if count == best {
                segments += 1;
            }
        } else {
            count = count.saturating_sub(*n);
        }
    }
    if segments > 1 {
        return Outcome::Tie;
    }
    let members = items
        .iter()
        .enumerate()
        .filter(|(_, (iv, _))| iv.contains(point))
        .map(|(i, _)| i)
        .collect();
    Outcome::Consensus(members)
}

/// The common part of some intervals (the consensus value to print).
pub(crate) fn intersection<'a>(items: impl IntoIterator<Item = &'a Interval>) -> Option<Interval> {
    items.into_iter().copied().reduce(|a, b| {
        let lo = a.lo.max(b.lo);
        let hi = match (a.hi, b.hi) {
            (Some(x), Some(y)) => Some(x.min(y)),
            (x, None) => x,
            (None, y) => y,
        };
        Interval {
            lo,
            hi: hi.map(|h| h.max(lo)),
        }
    })
}

/// How many of the most-mentioned distinct values seed a consensus search.
const MAX_SEEDS: usize = 64;

/// The largest pairwise-compatible set, for values that are not intervals.
/// Each group is a distinct value, in the order first stated, and how many
/// mentions state it; `compatible` relates different ones. The consensus
/// lists group indices.
pub(crate) fn classes<T>(groups: &[(T, usize)], compatible: impl Fn(&T, &T) -> bool) -> Outcome {
    if groups.is_empty() {
        return Outcome::Empty;
    }
    let mut by_weight: Vec<usize> = (0..groups.len()).collect();
    by_weight.sort_by_key(|&g| std::cmp::Reverse(groups[g].1));
    let rep = |g: usize| &groups[g].0;
    let mut best: Vec<(usize, Vec<usize>)> = Vec::new();
    // Each seed grows a set greedily; seeding from every distinct value would
    // be quadratic in a corpus where every passage differs, and the largest
    // set holds one of the heaviest values, so the heaviest ones are enough.
    let mut seeds: Vec<usize> = by_weight.iter().copied().take(MAX_SEEDS).collect();
    seeds.sort_unstable();
    for seed in seeds {
        let mut set = vec![seed];
        for &g in &by_weight {
            if g != seed && set.iter().all(|&s| compatible(rep(s), rep(g))) {
                set.push(g);
            }
        }
        set.sort_unstable();
        let size: usize = set.iter().map(|&g| groups[g].1).sum();
        match best.first().map(|(s, _)| *s) {
            Some(s) if size < s => {}
            Some(s) if size == s => {
                if !best.iter().any(|(_, b)| *b == set) {
                    best.push((size, set));
                }
            }
            _ => best = vec![(size, set)],
        }
    }
    match best.as_slice() {
        [(_, set)] => Outcome::Consensus(set.clone()),
        _ => Outcome::Tie,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(lo: f64, hi: f64) -> Interval {
        Interval::new(lo * 3600.0, hi * 3600.0)
    }

    /// Each interval stated once.
    fn intervals(items: &[Interval]) -> Outcome {
        let once: Vec<(Interval, usize)> = items.iter().map(|&i| (i, 1)).collect();
        super::intervals(&once)
    }

    #[test]
    fn sweep_finds_the_largest_overlapping_set() {
        // nearly 3h, almost 3h, roughly 3h, 2.5h, 12h
        let items = [
            h(2.55, 3.0),
            h(2.55, 3.0),
            h(2.55, 3.45),
            h(2.5, 2.5),
            h(12.0, 12.0),
        ];
        assert_eq!(intervals(&items), Outcome::Consensus(vec![0, 1, 2]));
        let common = intersection([&items[0], &items[1], &items[2]]).unwrap();
        assert_eq!(common, h(2.55, 3.0));
    }

    #[test]
    fn touching_ends_agree() {
        let items = [h(2.0, 2.5), h(2.5, 3.0), h(4.0, 4.0)];
        assert_eq!(intervals(&items), Outcome::Consensus(vec![0, 1]));
    }

    #[test]
    fn two_different_sets_of_one_size_tie() {
        let items = [h(2.0, 2.0), h(2.0, 2.0), h(3.0, 3.0), h(3.0, 3.0)];
        assert_eq!(intervals(&items), Outcome::Tie);
        assert_eq!(intervals(&[h(1.0, 1.0), h(5.0, 5.0)]), Outcome::Tie);
        // Same set reachable at two points is no tie.
        assert_eq!(
            intervals(&[h(1.0, 4.0), h(2.0, 3.0)]),
            Outcome::Consensus(vec![0, 1])
        );
        assert_eq!(intervals(&[h(1.0, 1.0)]), Outcome::Consensus(vec![0]));
        assert_eq!(intervals(&[]), Outcome::Empty);
    }

    #[test]
    fn open_intervals_join_everything_above() {
        let items = [
            Interval::at_least(3600.0),
            h(2.0, 2.0),
            h(5.0, 5.0),
            h(6.0, 6.0),
        ];
        // [1h,∞) holds 2h, 5h, 6h, but 5h and 6h are not compatible with each other: tie of pairs.
        assert_eq!(intervals(&items), Outcome::Tie);
        let items = [
            Interval::at_least(3600.0),
            h(5.0, 5.0),
            h(5.0, 5.0),
            h(0.5, 0.5),
        ];
        assert_eq!(intervals(&items), Outcome::Consensus(vec![0, 1, 2]));
    }

    #[test]
    fn classes_weigh_groups_by_mentions() {
        // "a" stated twice beats "b" and "c" once each.
        let out = classes(&[("a", 2), ("b", 1), ("c", 1)], |x, y| x == y);
        assert_eq!(out, Outcome::Consensus(vec![0]));
        let out = classes(&[("a", 1), ("b", 1)], |x, y| x == y);
        assert_eq!(out, Outcome::Tie);
        // "*" is compatible with everything: it joins the largest class.
        let out = classes(&[("a", 1), ("*", 1), ("b", 2)], |x, y| {
            x == y || *x == "*" || *y == "*"
        });
        assert_eq!(out, Outcome::Consensus(vec![1, 2]));
        assert_eq!(classes::<&str>(&[], |x, y| x == y), Outcome::Empty);
    }

    #[test]
    fn weighted_intervals_count_mentions() {
        // 2h stated three times outweighs 3h stated twice.
        let items = [(h(2.0, 2.0), 3), (h(3.0, 3.0), 2)];
        assert_eq!(super::intervals(&items), Outcome::Consensus(vec![0]));
        let items = [(h(2.0, 2.0), 2), (h(3.0, 3.0), 2)];
        assert_eq!(super::intervals(&items), Outcome::Tie);
        // The same weights spread over equal intervals give the same answer.
        let spread = [
            h(2.0, 2.0),
            h(3.0, 3.0),
            h(2.0, 2.0),
            h(3.0, 3.0),
            h(2.0, 2.0),
        ];
        assert_eq!(intervals(&spread), Outcome::Consensus(vec![0, 2, 4]));
    }
}
