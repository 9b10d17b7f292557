//! `score` claims: the result of a game, a vote or a match.
//!
//! What it does: a score mention ("40-22", "a 40–22 win", "won 40 to 22",
//! "Eagles 40, Chiefs 22") attributed to the claim supports when it gives the
//! same two numbers and contradicts when it gives others. News writes the
//! winner's score first whoever is named first, so the order of the numbers
//! counts only when the text pairs each number with a side and the claim
//! names its `sides`: then "Chiefs 40, Eagles 22" contradicts `40-22` with
//! `sides: [eagles, chiefs]`. Pass: "won 40 to 22" against `40-22`. Fail: "a
//! 40-21 win" against `40-22`.

use std::sync::Arc;

use crate::claims::ClaimsFile;
use crate::extract::Points;

use super::verdict::{Judgement, Verdict};
use super::Value;

/// A score as stated: the two numbers in the order written and, when the text
/// pairs each with a known entity, those entities' ids.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScoreValue {
    /// The numbers, as written.
    pub points: (Points, Points),
    /// The entity id named with each number, when both are known.
    pub sides: Option<[Arc<str>; 2]>,
}

/// A score mention's candidate value: its side names resolved to the claims
/// file's entity ids (by any spelling, ignoring case).
pub(crate) fn value(
    file: &ClaimsFile,
    points: (Points, Points),
    sides: Option<&[String; 2]>,
) -> Value {
    let id_of = |name: &str| {
        file.entities
            .iter()
            .find(|e| e.names.iter().any(|n| n.eq_ignore_ascii_case(name)))
            .map(|e| Arc::from(e.id.as_str()))
    };
    let sides = sides.and_then(|[a, b]| Some([id_of(a)?, id_of(b)?]));
    Value::Score(Arc::new(ScoreValue { points, sides }))
}

/// The stated numbers in the order of `sides`, when the statement names both
/// of them; else `None` (order unknown).
fn oriented(stated: &ScoreValue, sides: &[String; 2]) -> Option<(Points, Points)> {
    let named = stated.sides.as_ref()?;
    let (a, b) = stated.points;
    if *named[0] == *sides[0] && *named[1] == *sides[1] {
        Some((a, b))
    } else if *named[0] == *sides[1] && *named[1] == *sides[0] {
        Some((b, a))
    } else {
        None
    }
}

/// Whether `stated` gives the claim's numbers: in order when sides are known
/// on both ends, else as a pair in either order.
fn same(value: (Points, Points), sides: Option<&[String; 2]>, stated: &ScoreValue) -> bool {
    match sides.and_then(|s| oriented(stated, s)) {
        Some(p) => p == value,
        None => {
            let (a, b) = stated.points;
            (a, b) == value || (b, a) == value
        }
    }
}

/// A score as `40-22`.
pub(crate) fn show(stated: &ScoreValue) -> String {
    format!("{}-{}", stated.points.0, stated.points.1)
}

/// A stated score against the claim's `value` (and `sides`).
pub(crate) fn judge(
    value: (Points, Points),
    sides: Option<&[String; 2]>,
    stated: &ScoreValue,
) -> Judgement {
    let expected = format!("{}-{}", value.0, value.1);
    let said = show(stated);
    let (verdict, message) = if same(value, sides, stated) {
        (Verdict::Supports, format!("gives the result {said}"))
    } else if sides.is_some() && (stated.points == (value.1, value.0)) {
        (
            Verdict::Contradicts,
            format!("gives {said} with the sides the other way round; the result is {expected}"),
        )
    } else {
        (
            Verdict::Contradicts,
            format!("says {said}; the result is {expected}"),
        )
    };
    Judgement {
        verdict,
        message,
        expected: Some(expected),
    }
}

/// Whether two stated scores can both be true (consensus mode).
pub(crate) fn compatible(x: &ScoreValue, y: &ScoreValue) -> bool {
    match (&x.sides, &y.sides) {
        (Some(a), Some(_)) => {
            let sides = [a[0].to_string(), a[1].to_string()];
            oriented(y, &sides) == Some(x.points)
        }
        _ => same(x.points, None, y),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn whole((a, b): (u32, u32)) -> (Points, Points) {
        (Points::whole(a), Points::whole(b))
    }

    fn stated(points: (u32, u32), sides: Option<[&str; 2]>) -> ScoreValue {
        ScoreValue {
            points: whole(points),
            sides: sides.map(|s| s.map(Arc::from)),
        }
    }

    #[test]
    fn score_table() {
        let sides = ["eagles".to_string(), "chiefs".to_string()];
        let cases: &[(&str, Option<&[String; 2]>, ScoreValue, Verdict)] = &[
            ("same", None, stated((40, 22), None), Verdict::Supports),
            (
                "loser_first_without_sides",
                None,
                stated((22, 40), None),
                Verdict::Supports,
            ),
            (
                "other_numbers",
                None,
                stated((40, 21), None),
                Verdict::Contradicts,
            ),
            (
                "named_in_order",
                Some(&sides),
                stated((40, 22), Some(["eagles", "chiefs"])),
                Verdict::Supports,
            ),
            (
                "named_other_way_written",
                Some(&sides),
                stated((22, 40), Some(["chiefs", "eagles"])),
                Verdict::Supports,
            ),
            (
                "named_wrong_way",
                Some(&sides),
                stated((40, 22), Some(["chiefs", "eagles"])),
                Verdict::Contradicts,
            ),
            (
                "unnamed_order_free_even_with_sides",
                Some(&sides),
                stated((22, 40), None),
                Verdict::Supports,
            ),
        ];
        for (name, sides, s, want) in cases {
            let j = judge(whole((40, 22)), *sides, s);
            assert_eq!(j.verdict, *want, "{name}: {}", j.message);
        }
        let j = judge(whole((40, 22)), None, &stated((40, 21), None));
        assert_eq!(j.message, "says 40-21; the result is 40-22");
    }

    #[test]
    fn scores_agree_as_pairs_unless_both_name_sides() {
        assert!(compatible(&stated((40, 22), None), &stated((22, 40), None)));
        assert!(!compatible(
            &stated((40, 22), None),
            &stated((40, 21), None)
        ));
        let a = stated((40, 22), Some(["eagles", "chiefs"]));
        assert!(compatible(
            &a,
            &stated((22, 40), Some(["chiefs", "eagles"]))
        ));
        assert!(!compatible(
            &a,
            &stated((40, 22), Some(["chiefs", "eagles"]))
        ));
    }
}
