//! `year` claims: a year the claim is about ("they last met in 2019").
//!
//! What it does: the mention's resolved year interval ("ten years ago" →
//! 2015, "in more than six years" → up to 2019) supports when it holds the
//! claim's year. Rule 7 does not apply: years name other times by nature.

use crate::interval::{Interval, Number};

use super::verdict::{Judgement, Verdict};
use super::window;

fn show_year(y: f64) -> String {
    if y.is_finite() {
        Number(y.round()).to_string()
    } else {
        "∞".to_string()
    }
}

/// A year interval as `2019` or `2015..2019`.
pub(crate) fn show(years: &Interval) -> String {
    window::show(years, show_year)
}

/// A stated year interval against the claim's year.
/// [`judge`]'s verdict alone: supports when the stated years hold `value`.
pub(crate) fn verdict(value: i32, years: &Interval) -> Verdict {
    if years.contains(f64::from(value)) {
        Verdict::Supports
    } else {
        Verdict::Contradicts
    }
}

pub(crate) fn judge(value: i32, years: &Interval) -> Judgement {
    let expected = value.to_string();
    if verdict(value, years) == Verdict::Supports {
        Judgement {
            verdict: Verdict::Supports,
            message: format!("says {}; matches {expected}", show(years)),
            expected: Some(expected),
        }
    } else {
        Judgement {
            verdict: Verdict::Contradicts,
            message: format!("says {}; the claim is {expected}", show(years)),
            expected: Some(expected),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hedged_year_intervals_hold_the_year_or_not() {
        assert_eq!(
            judge(2019, &Interval::point(2019.0)).verdict,
            Verdict::Supports
        );
        assert_eq!(
            judge(2019, &Interval::new(1900.0, 2019.0)).verdict,
            Verdict::Supports
        );
        let j = judge(2019, &Interval::point(2015.0));
        assert_eq!(j.verdict, Verdict::Contradicts);
        assert_eq!(j.message, "says 2015; the claim is 2019");
        assert_eq!(show(&Interval::new(2015.0, 2019.0)), "2015..2019");
    }
}
