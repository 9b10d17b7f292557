//! Hedge words: the "nearly" in "nearly three hours", and the interval shape
//! each one gives the value it qualifies (SPEC rule 1).
//!
//! One table, shared by durations, counts and relative years, so "a little
//! over" means the same thing wherever it appears. The longest phrase wins
//! ("just under" is not "just"), and the hedge is recorded in its canonical
//! lower-case spelling so a report can quote it.

use nom::IResult;

use std::sync::LazyLock;

use super::scan::{phrase, sp, Phrases};
use crate::interval::{HedgeShape, Interval};

/// A hedge as read: its canonical lower-case phrase and its shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hedge {
    /// The phrase, lower-cased, single-spaced ("a little over").
    pub word: &'static str,
    /// How it shapes the interval around the value.
    pub shape: HedgeShape,
}

/// An amount as the text states it: the bare value and the hedge around it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stated {
    /// The value without the hedge: a point, or a range/vague interval.
    pub amount: Interval,
    /// The hedge, if any.
    pub hedge: Option<Hedge>,
}

impl Stated {
    /// The interval the hedge of width `width` (0.15 for 15%) makes of the amount.
    ///
    /// Ends are rounded to micro-units so "nearly three hours" is exactly
    /// [9180, 10800] and not 9179.999….
    pub fn interval(&self, width: f64) -> Interval {
        let shaped = match (self.hedge, self.amount.is_point()) {
            (None, _) => self.amount,
            (Some(h), true) => Interval::hedged(self.amount.lo, h.shape, width),
            (Some(h), false) => self.amount.hedge(h.shape, width),
        };
        let round = |x: f64| (x * 1e6).round() / 1e6;
        Interval {
            lo: round(shaped.lo),
            hi: shaped.hi.map(round),
        }
    }

    /// The mention's quantity: the interval with hedge `width`, and the
    /// hedge as written.
    pub fn quantity(&self, width: f64) -> super::Quantity {
        super::Quantity {
            interval: self.interval(width),
            hedge: self.hedge_word(),
        }
    }

    /// The hedge word, owned, for a [`super::Quantity`]; none for an exact
    /// hedge ("just", "only", "a mere"), which is left out of the mention.
    pub fn hedge_word(&self) -> Option<String> {
        self.hedge
            .filter(|h| h.shape != HedgeShape::Exact)
            .map(|h| h.word.to_string())
    }

    /// Where the mention starts: after an exact hedge ("just 12 minutes" is the
    /// mention "12 minutes": the hedge changes nothing, and the fact is the
    /// quantity), else at `start`, the hedge included ("nearly three hours").
    pub fn mention_start(&self, text: &str, start: usize) -> usize {
        let Some(h) = self.hedge.filter(|h| h.shape == HedgeShape::Exact) else {
            return start;
        };
        // Skip the hedge's words and the white space after each.
        let mut at = start;
        for _ in h.word.split_whitespace() {
            let rest = &text[at..];
            let word_len = rest.find(char::is_whitespace).unwrap_or(rest.len());
            let after = &rest[word_len..];
            let space = after.len() - after.trim_start().len();
            at += word_len + space;
        }
        at
    }
}

/// Every hedge phrase and its shape (SPEC rule 1, plus close synonyms).
const HEDGES: &[(&str, HedgeShape)] = &[
    ("nearly", HedgeShape::Below),
    ("almost", HedgeShape::Below),
    ("just under", HedgeShape::Below),
    ("just shy of", HedgeShape::Below),
    ("a little under", HedgeShape::Below),
    ("slightly under", HedgeShape::Below),
    ("about", HedgeShape::Around),
    ("around", HedgeShape::Around),
    ("roughly", HedgeShape::Around),
    ("some", HedgeShape::Around),
    ("approximately", HedgeShape::Around),
    ("circa", HedgeShape::Around),
    ("close to", HedgeShape::Around),
    ("more than", HedgeShape::AtLeast),
    ("over", HedgeShape::AtLeast),
    ("at least", HedgeShape::AtLeast),
    ("well over", HedgeShape::AtLeast),
    ("well more than", HedgeShape::AtLeast),
    ("a little over", HedgeShape::AtLeast),
    ("a little more than", HedgeShape::AtLeast),
    ("just over", HedgeShape::AtLeast),
    ("just more than", HedgeShape::AtLeast),
    ("slightly over", HedgeShape::AtLeast),
    ("slightly more than", HedgeShape::AtLeast),
    ("upwards of", HedgeShape::AtLeast),
    ("beyond", HedgeShape::AtLeast),
    ("in excess of", HedgeShape::AtLeast),
    ("no fewer than", HedgeShape::AtLeast),
    ("no less than", HedgeShape::AtLeast),
    ("less than", HedgeShape::AtMost),
    ("fewer than", HedgeShape::AtMost),
    ("under", HedgeShape::AtMost),
    ("up to", HedgeShape::AtMost),
    ("no more than", HedgeShape::AtMost),
    ("at most", HedgeShape::AtMost),
    ("just", HedgeShape::Exact),
    ("only", HedgeShape::Exact),
    ("exactly", HedgeShape::Exact),
    ("precisely", HedgeShape::Exact),
    ("a mere", HedgeShape::Exact),
    ("mere", HedgeShape::Exact),
];

/// `hedge := ("nearly" | "almost" | "about" | "more than" | "a little over" | …) sp`
pub fn hedge(i: &str) -> IResult<&str, Hedge> {
    static INDEX: LazyLock<Phrases<HedgeShape>> = LazyLock::new(|| Phrases::new(HEDGES));
    let (rest, (word, shape)) = INDEX.longest(i)?;
    let (rest, _) = sp(rest)?;
    Ok((rest, Hedge { word, shape }))
}

/// Hedges written after the amount: "three hours or so", "40 people or more".
const TRAILING: &[(&str, HedgeShape)] = &[
    ("or so", HedgeShape::Around),
    ("or more", HedgeShape::AtLeast),
    ("or less", HedgeShape::AtMost),
];

/// The hedge of a quantity: the one before it (`lead`), else one after it
/// ("or so", "or more"), consumed from `rest`.
pub fn lead_or_trailing(lead: Option<Hedge>, rest: &str) -> (&str, Option<Hedge>) {
    if lead.is_some() {
        return (rest, lead);
    }
    match trailing_hedge(rest) {
        Ok((r, h)) => (r, Some(h)),
        Err(_) => (rest, None),
    }
}

/// `trailing_hedge := sp ("or so" | "or more" | "or less")`
pub fn trailing_hedge(i: &str) -> IResult<&str, Hedge> {
    let (rest, _) = sp(i)?;
    for &(p, shape) in TRAILING {
        if let Ok((rest, _)) = phrase(p)(rest) {
            return Ok((rest, Hedge { word: p, shape }));
        }
    }
    super::scan::fail(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (name, input, Some((hedge, shape)) or None, leftover).
    type Case = (
        &'static str,
        &'static str,
        Option<(&'static str, HedgeShape)>,
        &'static str,
    );

    #[test]
    fn hedge_table() {
        use HedgeShape::*;
        let cases: &[Case] = &[
            ("nearly", "nearly three", Some(("nearly", Below)), "three"),
            ("almost", "Almost 3", Some(("almost", Below)), "3"),
            (
                "just_under_beats_just",
                "just under two",
                Some(("just under", Below)),
                "two",
            ),
            (
                "roughly",
                "roughly three",
                Some(("roughly", Around)),
                "three",
            ),
            ("some", "some 50", Some(("some", Around)), "50"),
            (
                "more_than",
                "more than six",
                Some(("more than", AtLeast)),
                "six",
            ),
            (
                "well_over",
                "well over 40",
                Some(("well over", AtLeast)),
                "40",
            ),
            (
                "a_little_over",
                "a little over an",
                Some(("a little over", AtLeast)),
                "an",
            ),
            (
                "just_over",
                "just over two",
                Some(("just over", AtLeast)),
                "two",
            ),
            (
                "less_than",
                "less than 12",
                Some(("less than", AtMost)),
                "12",
            ),
            ("up_to", "up to 9", Some(("up to", AtMost)), "9"),
            ("a_mere", "a mere 12", Some(("a mere", Exact)), "12"),
            ("only", "only 12", Some(("only", Exact)), "12"),
            (
                "nbsp_between_words",
                "more\u{a0}than 6",
                Some(("more than", AtLeast)),
                "6",
            ),
            ("someone_is_no_hedge", "someone 12", None, ""),
            ("overall_is_no_hedge", "overall 12", None, ""),
            ("needs_following_space", "nearly", None, ""),
            ("a_alone_is_no_hedge", "a key issue", None, ""),
        ];
        for (name, input, want, rest) in cases {
            match (hedge(input), want) {
                (Ok((r, h)), Some((w, s))) => {
                    assert_eq!((h.word, h.shape, r), (*w, *s, *rest), "{name}");
                }
                (Err(_), None) => {}
                (got, _) => panic!("{name}: got {got:?}"),
            }
        }
    }

    #[test]
    fn stated_intervals_follow_rule_one() {
        let h = |word, shape| Some(Hedge { word, shape });
        let cases: &[(&str, Stated, Interval)] = &[
            (
                "bare",
                Stated {
                    amount: Interval::point(10800.0),
                    hedge: None,
                },
                Interval::point(10800.0),
            ),
            (
                "nearly",
                Stated {
                    amount: Interval::point(10800.0),
                    hedge: h("nearly", HedgeShape::Below),
                },
                Interval::new(9180.0, 10800.0),
            ),
            (
                "roughly",
                Stated {
                    amount: Interval::point(10800.0),
                    hedge: h("roughly", HedgeShape::Around),
                },
                Interval::new(9180.0, 12420.0),
            ),
            (
                "more_than",
                Stated {
                    amount: Interval::point(6.0),
                    hedge: h("more than", HedgeShape::AtLeast),
                },
                Interval::at_least(6.0),
            ),
            (
                "less_than",
                Stated {
                    amount: Interval::point(6.0),
                    hedge: h("less than", HedgeShape::AtMost),
                },
                Interval::new(0.0, 6.0),
            ),
            (
                "about_a_range",
                Stated {
                    amount: Interval::new(20.0, 30.0),
                    hedge: h("about", HedgeShape::Around),
                },
                Interval::new(17.0, 34.5),
            ),
        ];
        for (name, stated, want) in cases {
            assert_eq!(stated.interval(0.15), *want, "{name}");
        }
        assert_eq!(
            trailing_hedge(" or so.").map(|(r, h)| (r, h.word)),
            Ok((".", "or so"))
        );
        assert!(trailing_hedge(" or sooner").is_err());
    }
}
