//! `count` claims: how many of something there were.
//!
//! What it does: a count mention in a cue sentence is judged as an interval
//! against `value ± tolerance` (absolute or a percentage). Pass: "about 45
//! reporters" against `40..50`. Fail: "a dozen reporters" against `40..50`.

use crate::claims::Tolerance;
use crate::interval::{Interval, Number};

use super::verdict::Judgement;
use super::window;

/// A count as a plain number.
pub(crate) fn show_number(x: f64) -> String {
    if x.is_finite() {
        Number(x).to_string()
    } else {
        "∞".to_string()
    }
}

/// A count interval as `40..50`.
pub(crate) fn show(interval: &Interval) -> String {
    window::show(interval, show_number)
}

/// A stated count against the claim.
pub(crate) fn judge(
    about: &str,
    value: &Interval,
    tolerance: Tolerance,
    stated: &Interval,
) -> Judgement {
    window::judge(about, value, tolerance, stated, show_number)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::Verdict;

    #[test]
    fn count_within_relative_tolerance_supports() {
        let v = Interval::point(40.0);
        let j = judge("x", &v, Tolerance::Relative(0.1), &Interval::point(44.0));
        assert_eq!(j.verdict, Verdict::Supports);
        assert_eq!(j.expected.as_deref(), Some("40 ± 10%"));
        let j = judge("x", &v, Tolerance::Relative(0.1), &Interval::point(45.0));
        assert_eq!(j.verdict, Verdict::Contradicts);
        assert_eq!(j.message, "says 45; the claim is 40 ± 10%");
    }

    #[test]
    fn vague_counts_overlap_ranges() {
        // "several" [3, 9] against 10 ± 1.
        let j = judge(
            "x",
            &Interval::point(10.0),
            Tolerance::Absolute(1.0),
            &Interval::new(3.0, 9.0),
        );
        assert_eq!(j.verdict, Verdict::Supports);
        assert_eq!(show(&Interval::new(3.0, 9.0)), "3..9");
        let j = judge(
            "x",
            &Interval::new(40.0, 50.0),
            Tolerance::Absolute(0.0),
            &Interval::new(2.0, 5.0),
        );
        assert_eq!(j.verdict, Verdict::Contradicts);
    }
}
