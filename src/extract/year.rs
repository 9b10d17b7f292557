//! Years: "in 2022", "since 2019", "a 2018 meeting", and the relative ones
//! that need the event's date: "in ten years", "ten years ago", "for the first
//! time in a decade", "earlier this year", "last year".
//!
//! A relative year is the event year minus a duration in years, so a hedged
//! duration gives a year interval: "in more than six years" is [6 y, ∞) back,
//! which is every year up to event − 6. An open end has no year, so it is
//! written as year 0: the interval is [0, event − 6]. Only year and decade
//! units count ("in three hours" is no year), and a duration used as an
//! adjective ("a three-year war") is no year at all.

use nom::IResult;

use super::date::{year4, year4_in};
use super::duration::{duration, Duration};
use super::scan::{fail, phrase, sp, word};
use crate::interval::Interval;

/// A year phrase as read, before it is resolved against the event's year.
#[derive(Clone, Debug, PartialEq)]
pub enum YearPhrase<'a> {
    /// A year written out: "2022".
    Absolute(i32),
    /// A duration back from the event: "in ten years", "a decade ago"; with the
    /// duration's own slice of the input, which is also a duration mention.
    Back {
        /// The duration, in seconds.
        duration: Duration,
        /// The duration's text inside the phrase.
        text: &'a str,
    },
    /// The event's year shifted: "this year" 0, "last year" −1, "next year" +1.
    Shift(i32),
}

impl YearPhrase<'_> {
    /// The years the phrase allows, given the event year and hedge width;
    /// `None` when it needs an event year and there is none.
    pub fn years(&self, event: Option<i32>, width: f64) -> Option<Interval> {
        match self {
            YearPhrase::Absolute(y) => Some(Interval::point(f64::from(*y))),
            YearPhrase::Shift(k) => event.map(|e| Interval::point(f64::from(e + k))),
            YearPhrase::Back { duration, .. } => {
                let e = f64::from(event?);
                let back = duration
                    .stated
                    .interval(width)
                    .scale(1.0 / SECONDS_PER_YEAR);
                let lo = back.hi.map_or(0.0, |hi| e - hi);
                let round = |x: f64| (x * 1e6).round() / 1e6;
                Some(Interval::new(round(lo), round(e - back.lo)))
            }
        }
    }
}

const SECONDS_PER_YEAR: f64 = 365.0 * 86_400.0;

/// `year := absolute | in_years | years_ago | shifted` (the extractor asks
/// [`year_given`], which shares its duration parse).
#[cfg(test)]
pub fn year(i: &str) -> IResult<&str, YearPhrase<'_>> {
    year_given(i, || duration(i))
}

/// [`year`], with `duration(i)` asked of `at_i` only when `years_ago` needs
/// it: a caller that parses the duration at `i` anyway (as
/// [`super::quantity`] does next) passes a memo and reads it only once.
pub fn year_given<'a>(
    i: &'a str,
    at_i: impl FnOnce() -> IResult<&'a str, Duration>,
) -> IResult<&'a str, YearPhrase<'a>> {
    absolute(i)
        .or_else(|_| in_years(i))
        .or_else(|_| years_ago(i, at_i()))
        .or_else(|_| shifted(i))
}

/// `absolute := d{4}` in 1900..=2100, not a decimal, a percentage or a time.
pub fn absolute(i: &str) -> IResult<&str, YearPhrase<'_>> {
    four_digits(year4(i)?)
}

/// `old := d{4}` in `earliest..1900`, read as [`absolute`] reads a year:
/// only for a claims file that is about a year that old.
pub fn old(i: &str, earliest: i32) -> IResult<&str, YearPhrase<'_>> {
    four_digits(year4_in(i, earliest..=1899)?)
}

/// A year's four digits, when what follows makes them no decimal, no
/// percentage and no time.
fn four_digits<'a>(
    (r, (y, digits)): (&'a str, (i32, &'a str)),
) -> IResult<&'a str, YearPhrase<'a>> {
    let b = r.as_bytes();
    let digit_after = b.get(1).is_some_and(u8::is_ascii_digit);
    if r.starts_with('%') || (matches!(b.first(), Some(b'.' | b',' | b':' | b'/')) && digit_after) {
        return fail(digits);
    }
    Ok((r, YearPhrase::Absolute(y)))
}

/// `in_years := "in" sp duration[years]` ("in ten years", "in more than six years").
fn in_years(i: &str) -> IResult<&str, YearPhrase<'_>> {
    let (r, _) = word("in")(i)?;
    let (start, _) = sp(r)?;
    let (rest, d) = years_duration(start)?;
    let text = &start[..start.len() - rest.len()];
    Ok((rest, YearPhrase::Back { duration: d, text }))
}

/// `years_ago := duration[years] sp "ago"` ("ten years ago", "a decade ago"),
/// given `duration(i)`.
fn years_ago<'a>(i: &'a str, at_i: IResult<&'a str, Duration>) -> IResult<&'a str, YearPhrase<'a>> {
    let (r, d) = years_only(i, at_i)?;
    let text = &i[..i.len() - r.len()];
    let (r, _) = sp(r)?;
    let (r, _) = word("ago")(r)?;
    Ok((r, YearPhrase::Back { duration: d, text }))
}

/// A duration in years or decades, not an adjective ("three-year war").
fn years_duration(i: &str) -> IResult<&str, Duration> {
    years_only(i, duration(i))
}

/// `duration(i)`, `at_i`, when it is in years or decades and not an adjective.
fn years_only<'a>(i: &'a str, at_i: IResult<&'a str, Duration>) -> IResult<&'a str, Duration> {
    let (r, d) = at_i?;
    let text = &i[..i.len() - r.len()];
    let adjective = text.ends_with("-year") || text.ends_with("-decade") || text.ends_with("-long");
    if d.unit.years().is_none() || adjective {
        return fail(i);
    }
    Ok((r, d))
}

/// `shifted := (("earlier" | "later" | "early" | "late") sp)? ("this" | "last" | "next") sp "year"`
fn shifted(i: &str) -> IResult<&str, YearPhrase<'_>> {
    let mut r = i;
    for lead in ["earlier", "later", "early", "late"] {
        if let Ok((r2, _)) = word(lead)(i).and_then(|(r2, _)| sp(r2)) {
            r = r2;
            break;
        }
    }
    for (w, k) in [("this", 0), ("last", -1), ("next", 1)] {
        if let Ok((r2, _)) = phrase(w)(r) {
            let (r2, _) = sp(r2)?;
            let (r2, _) = word("year")(r2)?;
            return Ok((r2, YearPhrase::Shift(k)));
        }
    }
    fail(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (name, input, years resolved for a 2025 event at 15%, hedge, leftover).
    type Case = (
        &'static str,
        &'static str,
        Option<(Interval, Option<&'static str>, &'static str)>,
    );

    #[test]
    fn year_table() {
        let p = Interval::point;
        let cases: &[Case] = &[
            (
                "absolute",
                "2022 invasion",
                Some((p(2022.0), None, " invasion")),
            ),
            ("absolute_end", "2019.", Some((p(2019.0), None, "."))),
            (
                "in_ten_years",
                "in ten years.",
                Some((p(2015.0), None, ".")),
            ),
            ("in_a_decade", "in a decade,", Some((p(2015.0), None, ","))),
            (
                "in_more_than",
                "in more than six years",
                Some((Interval::new(0.0, 2019.0), Some("more than"), "")),
            ),
            (
                "in_nearly",
                "in nearly ten years",
                Some((Interval::new(2015.0, 2016.5), Some("nearly"), "")),
            ),
            ("ago", "ten years ago", Some((p(2015.0), None, ""))),
            (
                "hedged_ago",
                "more than ten years ago",
                Some((Interval::new(0.0, 2015.0), Some("more than"), "")),
            ),
            ("a_year_ago", "a year ago", Some((p(2024.0), None, ""))),
            (
                "earlier_this_year",
                "earlier this year in",
                Some((p(2025.0), None, " in")),
            ),
            ("last_year", "last year", Some((p(2024.0), None, ""))),
            ("next_year", "Next year", Some((p(2026.0), None, ""))),
            ("in_three_hours", "in three hours", None),
            ("three_year_war", "in three-year", None),
            ("years_alone", "years ago", None),
            ("decimal", "2019.5", None),
            ("lasted", "lasted this year", None),
        ];
        for (name, input, want) in cases {
            let got = year(input).map(|(r, y)| {
                let hedge = match &y {
                    YearPhrase::Back { duration, .. } => duration.stated.hedge.map(|h| h.word),
                    _ => None,
                };
                (y.years(Some(2025), 0.15), hedge, r)
            });
            match (got, want) {
                (Ok((Some(i), h, r)), Some(want)) => assert_eq!((i, h, r), *want, "{name}"),
                (Err(_), None) => {}
                (got, _) => panic!("{name}: got {got:?}"),
            }
        }
    }

    #[test]
    fn relative_years_need_the_event() {
        let (_, y) = year("ten years ago").expect("a year phrase");
        assert_eq!(y.years(None, 0.15), None);
        let (_, y) = year("in ten years").expect("a year phrase");
        let YearPhrase::Back { text, .. } = y else {
            panic!("not a duration back");
        };
        assert_eq!(text, "ten years");
    }
}
