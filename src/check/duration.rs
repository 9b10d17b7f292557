//! `duration` claims: how long something lasted, in seconds.
//!
//! What it does: a duration mention in a cue sentence is judged as an interval
//! against `value ± tolerance`. Pass: "nearly three hours" ([2h33m, 3h])
//! against `3h ± 30m`. Fail: "12-hour talks" against `3h ± 30m`.

use crate::claims::Tolerance;
use crate::interval::Interval;

use super::verdict::Judgement;
use super::window;

/// Seconds as `12h`, `2h30m`, `45m`, `1m30s` (`0m` for zero); two days or
/// more as days, `3d`, `3d12h`.
pub(crate) fn show_seconds(seconds: f64) -> String {
    if !seconds.is_finite() {
        return "∞".to_string();
    }
    let total = seconds.round().max(0.0) as u64;
    let days = if total >= 2 * 86_400 {
        total / 86_400
    } else {
        0
    };
    let rest = total - days * 86_400;
    let (h, m, s) = (rest / 3600, rest % 3600 / 60, rest % 60);
    // Written into one string, not formatted piece by piece: every duration
    // of every report is shown.
    let mut out = String::with_capacity(16);
    for (n, unit) in [(days, 'd'), (h, 'h'), (m, 'm'), (s, 's')] {
        if n > 0 {
            // (Digits are ASCII.)
            for &d in crate::interval::decimal(n, &mut [0; 20]) {
                out.push(char::from(d));
            }
            out.push(unit);
        }
    }
    if out.is_empty() {
        out.push_str("0m");
    }
    out
}

/// A duration interval as `2h33m..3h`.
pub(crate) fn show(interval: &Interval) -> String {
    window::show(interval, show_seconds)
}

/// A stated duration against the claim.
pub(crate) fn judge(
    about: &str,
    value: &Interval,
    tolerance: Tolerance,
    stated: &Interval,
) -> Judgement {
    window::judge(about, value, tolerance, stated, show_seconds)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::Verdict;

    #[test]
    fn durations_print_like_people_write_them() {
        assert_eq!(show_seconds(43200.0), "12h");
        assert_eq!(show_seconds(86_400.0), "24h");
        assert_eq!(show_seconds(3.0 * 86_400.0), "3d");
        assert_eq!(show_seconds(3.5 * 86_400.0), "3d12h");
        assert_eq!(show_seconds(9000.0), "2h30m");
        assert_eq!(show_seconds(2700.0), "45m");
        assert_eq!(show_seconds(90.0), "1m30s");
        assert_eq!(show_seconds(0.0), "0m");
        assert_eq!(show(&Interval::new(9180.0, 10800.0)), "2h33m..3h");
        assert_eq!(show(&Interval::at_least(10800.0)), "3h..");
    }

    #[test]
    fn twelve_hours_contradicts_three_give_or_take_half_an_hour() {
        let j = judge(
            "x",
            &Interval::point(10800.0),
            Tolerance::Absolute(1800.0),
            &Interval::point(43200.0),
        );
        assert_eq!(j.verdict, Verdict::Contradicts);
        let j = judge(
            "x",
            &Interval::point(10800.0),
            Tolerance::Absolute(1200.0),
            &Interval::point(9000.0),
        );
        assert_eq!(j.verdict, Verdict::Contradicts, "2h30m is outside 3h ± 20m");
    }
}
