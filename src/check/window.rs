//! Numeric claims (duration, count): a value widened by its tolerance, and the
//! verdict of a stated interval against it (SPEC rule 1: compatible when they
//! share one value, touching ends included).

use crate::claims::Tolerance;
use crate::interval::Interval;

use super::verdict::{says, Judgement, Verdict};

/// The claim's value widened by its tolerance.
pub(crate) fn window(value: Interval, tolerance: Tolerance) -> Interval {
    match tolerance {
        Tolerance::Absolute(t) => value.widen(t),
        // (A share of each end's size, outwards: a temperature below zero
        // widens too; a count never below zero stays at or above it.)
        Tolerance::Relative(r) => Interval {
            lo: if value.lo >= 0.0 {
                (value.lo * (1.0 - r)).max(0.0)
            } else {
                value.lo * (1.0 + r)
            },
            hi: value.hi.map(|h| h + h.abs() * r),
        },
    }
}

/// An interval as `lo..hi`, `lo..` when open, or one value.
pub(crate) fn show(interval: &Interval, point: fn(f64) -> String) -> String {
    if interval.is_point() {
        return point(interval.lo);
    }
    // (Joined by hand, not formatted: every finding shows its value.)
    let mut out = point(interval.lo);
    out.push_str("..");
    if let Some(hi) = interval.hi {
        out.push_str(&point(hi));
    }
    out
}

/// The expectation as a person writes it: `3h ± 30m`, `40..50 ± 10%`, `3h`.
pub(crate) fn expected(value: &Interval, tolerance: Tolerance, point: fn(f64) -> String) -> String {
    let base = show(value, point);
    match tolerance {
        Tolerance::Absolute(t) if t > 0.0 => {
            let mut out = base;
            out.push_str(" ± ");
            out.push_str(&point(t));
            out
        }
        Tolerance::Relative(r) if r > 0.0 => {
            format!("{base} ± {}%", crate::interval::Number(r * 100.0))
        }
        _ => base,
    }
}

/// A stated interval against the claim's value ± tolerance.
/// [`judge`]'s verdict alone: supports when `stated` can be in the window.
pub(crate) fn verdict(value: &Interval, tolerance: Tolerance, stated: &Interval) -> Verdict {
    if stated.compatible(&window(*value, tolerance)) {
        Verdict::Supports
    } else {
        Verdict::Contradicts
    }
}

pub(crate) fn judge(
    about: &str,
    value: &Interval,
    tolerance: Tolerance,
    stated: &Interval,
    point: fn(f64) -> String,
) -> Judgement {
    let expected = expected(value, tolerance, point);
    let mut message = says(about, &show(stated, point));
    let verdict = verdict(value, tolerance, stated);
    message.push_str(if verdict == Verdict::Supports {
        "; within "
    } else {
        "; the claim is "
    });
    message.push_str(&expected);
    Judgement {
        verdict,
        message,
        expected: Some(expected),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::duration::show_seconds;

    #[test]
    fn tolerance_widens_both_ends() {
        let w = window(Interval::point(10800.0), Tolerance::Absolute(1800.0));
        assert_eq!(w, Interval::new(9000.0, 12600.0));
        let w = window(Interval::new(40.0, 50.0), Tolerance::Relative(0.1));
        assert_eq!(w.lo, 36.0);
        assert!((w.hi.unwrap() - 55.0).abs() < 1e-9);
    }

    #[test]
    fn touching_the_window_supports() {
        let v = Interval::point(10800.0);
        let tol = Tolerance::Absolute(1800.0);
        let j = judge("x", &v, tol, &Interval::point(9000.0), show_seconds);
        assert_eq!(j.verdict, Verdict::Supports);
        let j = judge("x", &v, tol, &Interval::point(8999.0), show_seconds);
        assert_eq!(j.verdict, Verdict::Contradicts);
        // A hedge reaching into the window supports.
        let j = judge(
            "x",
            &v,
            Tolerance::Absolute(0.0),
            &Interval::new(9180.0, 10800.0),
            show_seconds,
        );
        assert_eq!(j.verdict, Verdict::Supports);
        let j = judge("x", &v, tol, &Interval::at_least(13000.0), show_seconds);
        assert_eq!(j.verdict, Verdict::Contradicts);
    }

    #[test]
    fn message_names_value_and_expectation() {
        let j = judge(
            "how long the talks lasted",
            &Interval::point(10800.0),
            Tolerance::Absolute(1800.0),
            &Interval::point(43200.0),
            show_seconds,
        );
        assert_eq!(
            j.message,
            "says the talks lasted 12h; the claim is 3h ± 30m"
        );
        assert_eq!(j.expected.as_deref(), Some("3h ± 30m"));
    }
}
