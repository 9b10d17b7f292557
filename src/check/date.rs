//! `date` claims: on which day it happened.
//!
//! What it does: a date mention supports when every part it states (full
//! date, month, day, weekday) agrees with the claim's date; a bare weekday is
//! that date's weekday. Pass: "on Friday" for 2025-08-15. Fail: "on Sunday,
//! August 15" (the weekday contradicts the date).

use chrono::{Datelike, NaiveDate, Weekday};

use crate::extract::DateValue;

use super::verdict::{Judgement, Verdict};

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A date as far as it is known: `2025-08-15`, `Fri`, `Aug 15`, `Sun 2025-08-15`.
pub(crate) fn show(d: &DateValue) -> String {
    let mut parts = Vec::new();
    if let Some(w) = d.weekday {
        if d.date.map_or(true, |date| date.weekday() != w) {
            parts.push(format!("{w}"));
        }
    }
    if let Some(date) = d.date {
        parts.push(date.to_string());
    } else {
        match (d.month, d.day) {
            (Some(m), Some(day)) => parts.push(format!("{} {day}", month_name(m))),
            (Some(m), None) => parts.push(month_name(m).to_string()),
            (None, Some(day)) => parts.push(format!("the {day}th")),
            (None, None) => {}
        }
    }
    parts.join(" ")
}

fn month_name(m: u32) -> &'static str {
    MONTHS
        .get(m.wrapping_sub(1) as usize)
        .copied()
        .unwrap_or("?")
}

/// The parts of `d` that contradict `day`, in words.
fn conflicts(d: &DateValue, day: NaiveDate) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(date) = d.date {
        if date != day {
            out.push(format!("the date {date}"));
        }
    } else {
        if d.month.is_some_and(|m| m != day.month()) || d.day.is_some_and(|x| x != day.day()) {
            out.push(format!(
                "the day {}",
                show(&DateValue {
                    weekday: None,
                    ..d.clone()
                })
            ));
        }
    }
    if let Some(w) = d.weekday {
        if w != day.weekday() {
            out.push(format!(
                "{}, but {day} was a {}",
                weekday_name(w),
                weekday_name(day.weekday())
            ));
        }
    }
    out
}

fn weekday_name(w: Weekday) -> &'static str {
    match w {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

/// A stated date against the claim's day.
/// [`judge`]'s verdict alone: supports when nothing stated conflicts with `day`.
pub(crate) fn verdict(day: NaiveDate, d: &DateValue) -> Verdict {
    if conflicts(d, day).is_empty() {
        Verdict::Supports
    } else {
        Verdict::Contradicts
    }
}

pub(crate) fn judge(day: NaiveDate, d: &DateValue) -> Judgement {
    // Joined, not formatted, and a date shown as it displays (`2025-08-15`,
    // what `%Y-%m-%d` writes) without parsing a format string.
    let expected = [&day.to_string(), " (", weekday_name(day.weekday()), ")"].concat();
    let problems = conflicts(d, day);
    if problems.is_empty() {
        Judgement {
            verdict: Verdict::Supports,
            message: ["says ", &show(d), "; matches ", &expected].concat(),
            expected: Some(expected),
        }
    } else {
        Judgement {
            verdict: Verdict::Contradicts,
            message: ["says ", &problems.join("; "), "; the claim is ", &expected].concat(),
            expected: Some(expected),
        }
    }
}

/// Whether two partial dates can be the same day.
pub(crate) fn compatible(a: &DateValue, b: &DateValue) -> bool {
    let (a, b) = (resolved(a), resolved(b));
    fn agree<T: PartialEq>(x: Option<T>, y: Option<T>) -> bool {
        match (x, y) {
            (Some(x), Some(y)) => x == y,
            _ => true,
        }
    }
    agree(a.date, b.date)
        && agree(a.month, b.month)
        && agree(a.day, b.day)
        && agree(a.weekday, b.weekday)
}

/// Fills month, day and weekday from a full date.
fn resolved(d: &DateValue) -> DateValue {
    match d.date {
        Some(date) => DateValue {
            date: Some(date),
            month: Some(date.month()),
            day: Some(date.day()),
            weekday: Some(d.weekday.unwrap_or(date.weekday())),
        },
        None => d.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 8, 15).unwrap()
    }

    #[test]
    fn a_date_displays_as_its_iso_format() {
        for (y, m, d) in [(2025, 8, 15), (999, 1, 2), (-44, 3, 15), (12_025, 12, 31)] {
            let date = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            assert_eq!(date.to_string(), date.format("%Y-%m-%d").to_string());
        }
    }

    #[test]
    fn a_bare_weekday_matches_the_dates_weekday() {
        let fri = DateValue {
            weekday: Some(Weekday::Fri),
            ..Default::default()
        };
        assert_eq!(judge(day(), &fri).verdict, Verdict::Supports);
        let sun = DateValue {
            weekday: Some(Weekday::Sun),
            ..Default::default()
        };
        let j = judge(day(), &sun);
        assert_eq!(j.verdict, Verdict::Contradicts);
        assert_eq!(
            j.message,
            "says Sunday, but 2025-08-15 was a Friday; the claim is 2025-08-15 (Friday)"
        );
    }

    #[test]
    fn a_weekday_that_contradicts_its_own_date_contradicts() {
        let d = DateValue {
            date: Some(day()),
            month: Some(8),
            day: Some(15),
            weekday: Some(Weekday::Sun),
        };
        assert_eq!(judge(day(), &d).verdict, Verdict::Contradicts);
        assert_eq!(show(&d), "Sun 2025-08-15");
    }

    #[test]
    fn month_and_day_without_year() {
        let d = DateValue {
            month: Some(8),
            day: Some(15),
            ..Default::default()
        };
        assert_eq!(judge(day(), &d).verdict, Verdict::Supports);
        assert_eq!(show(&d), "Aug 15");
        let d = DateValue {
            month: Some(8),
            day: Some(16),
            ..Default::default()
        };
        assert_eq!(judge(day(), &d).verdict, Verdict::Contradicts);
    }

    #[test]
    fn partial_dates_are_compatible_unless_a_part_differs() {
        let full = DateValue {
            date: Some(day()),
            ..Default::default()
        };
        let fri = DateValue {
            weekday: Some(Weekday::Fri),
            ..Default::default()
        };
        let sat = DateValue {
            weekday: Some(Weekday::Sat),
            ..Default::default()
        };
        assert!(compatible(&full, &fri));
        assert!(!compatible(&full, &sat));
        assert!(compatible(
            &fri,
            &DateValue {
                month: Some(3),
                ..Default::default()
            }
        ));
    }
}
