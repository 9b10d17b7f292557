//! Durations: "nearly three hours", "12-hour talks", "two-and-a-half-hour
//! session", "an hour and a half", "2 hours 45 minutes", "six to seven hours",
//! "6 min read".
//!
//! Amounts are in seconds. Calendar units have no exact length, so one
//! convention is used everywhere: a **month is 30 days** and a **year is 365
//! days** (31,536,000 s; a decade is ten of those). Relative years ("ten years
//! ago") never go through seconds, so the convention only matters when a claim
//! compares "18 months" with "a year and a half".
//!
//! A hyphenated adjective's span ends at the unit ("12-hour", not "12-hour
//! talks"); the hedge, when there is one, is part of the span.

use nom::IResult;

use super::hedge::{hedge, lead_or_trailing, Stated};
use super::number::{number, Form, Number};
use super::scan::{fail, glued, hyphen, longest, phrase, sp, word};
use crate::interval::Interval;

/// A unit of time, ordered from shortest to longest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Unit {
    /// One second.
    Second,
    /// 60 s.
    Minute,
    /// 3,600 s.
    Hour,
    /// 86,400 s.
    Day,
    /// Seven days.
    Week,
    /// Fourteen days.
    Fortnight,
    /// Thirty days, by convention.
    Month,
    /// 365 days, by convention.
    Year,
    /// Ten years.
    Decade,
}

impl Unit {
    /// The unit's length in seconds (month = 30 days, year = 365 days).
    pub fn seconds(self) -> f64 {
        const DAY: f64 = 86_400.0;
        match self {
            Unit::Second => 1.0,
            Unit::Minute => 60.0,
            Unit::Hour => 3_600.0,
            Unit::Day => DAY,
            Unit::Week => 7.0 * DAY,
            Unit::Fortnight => 14.0 * DAY,
            Unit::Month => 30.0 * DAY,
            Unit::Year => 365.0 * DAY,
            Unit::Decade => 3_650.0 * DAY,
        }
    }

    /// The unit's length in years, for relative years ("a decade ago").
    pub fn years(self) -> Option<f64> {
        match self {
            Unit::Year => Some(1.0),
            Unit::Decade => Some(10.0),
            _ => None,
        }
    }
}

/// Unit spellings that stand as words ("3 hours", "6 min", "2 hrs").
const UNIT_WORDS: &[(&str, Unit)] = &[
    ("second", Unit::Second),
    ("seconds", Unit::Second),
    ("sec", Unit::Second),
    ("secs", Unit::Second),
    ("minute", Unit::Minute),
    ("minutes", Unit::Minute),
    ("min", Unit::Minute),
    ("mins", Unit::Minute),
    ("hour", Unit::Hour),
    ("hours", Unit::Hour),
    ("hr", Unit::Hour),
    ("hrs", Unit::Hour),
    ("day", Unit::Day),
    ("days", Unit::Day),
    ("week", Unit::Week),
    ("weeks", Unit::Week),
    ("fortnight", Unit::Fortnight),
    ("fortnights", Unit::Fortnight),
    ("month", Unit::Month),
    ("months", Unit::Month),
    ("year", Unit::Year),
    ("years", Unit::Year),
    ("yr", Unit::Year),
    ("yrs", Unit::Year),
    ("decade", Unit::Decade),
    ("decades", Unit::Decade),
];

/// One-letter units: "3h" or "3 h" anywhere, "m" and "s" only after a larger unit
/// ("2h 45m", "3 min 24 s"), because a lone "5m" is more often money and
/// "1990s" a decade.
const UNIT_LETTERS: &[(&str, Unit)] =
    &[("h", Unit::Hour), ("m", Unit::Minute), ("s", Unit::Second)];

/// Units "a"/"an" can count ("an hour", "a decade"); never "a second wave".
const ARTICLE_UNITS: &[(&str, Unit)] = &[
    ("minute", Unit::Minute),
    ("hour", Unit::Hour),
    ("day", Unit::Day),
    ("week", Unit::Week),
    ("fortnight", Unit::Fortnight),
    ("month", Unit::Month),
    ("year", Unit::Year),
    ("decade", Unit::Decade),
];

/// A duration as read, before the hedge width is applied.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Duration {
    /// The amount in seconds, and its hedge.
    pub stated: Stated,
    /// The largest unit written ("2 hours 45 minutes" → hours).
    pub unit: Unit,
}

/// `duration := hedge? (between | range | compound) trailing_hedge?`
pub fn duration(i: &str) -> IResult<&str, Duration> {
    let (rest, lead) = match hedge(i) {
        Ok((r, h)) => (r, Some(h)),
        Err(_) => (i, None),
    };
    let (rest, (amount, unit)) = stopwatch(rest)
        .or_else(|_| between(rest))
        .or_else(|_| range(rest))
        .or_else(|_| compound(rest))?;
    let (rest, hedge) = lead_or_trailing(lead, rest);
    Ok((
        rest,
        Duration {
            stated: Stated { amount, hedge },
            unit,
        },
    ))
}

/// `stopwatch := digit{1,2} ":" digit{2} ((":" digit{2} ("." digit+)?) | &" into ")`,
/// a race time in hours, minutes and seconds ("2:09:04", "1:04:21.5"). A
/// time of day has two parts ("08:47"), so three are always a length; two
/// are one when "into" follows, a game clock ("7:41 into overtime").
fn stopwatch(i: &str) -> IResult<&str, (Interval, Unit)> {
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let h = digits(i);
    if !(1..=2).contains(&h) {
        return fail(i);
    }
    let mut at = h;
    let mut parts = vec![i[..h].parse::<f64>().unwrap_or(0.0)];
    for n in 0..2 {
        let rest = &i[at..];
        // "scored 7:41 into overtime": a game clock's minutes and seconds,
        // told by what they run into.
        if n == 1 && rest.starts_with(" into ") && parts[1] < 60.0 {
            let seconds = parts[0] * 60.0 + parts[1];
            return Ok((rest, (Interval::point(seconds), Unit::Minute)));
        }
        if !rest.starts_with(':') || digits(&rest[1..]) != 2 {
            return fail(i);
        }
        let v: f64 = rest[1..3].parse().unwrap_or(60.0);
        if v >= 60.0 {
            return fail(i);
        }
        parts.push(v);
        at += 3;
    }
    let mut seconds = parts[0] * 3600.0 + parts[1] * 60.0 + parts[2];
    let rest = &i[at..];
    if let Some(frac) = rest.strip_prefix('.').filter(|f| digits(f) > 0) {
        let n = digits(frac);
        seconds += frac[..n].parse::<f64>().unwrap_or(0.0) / 10f64.powi(n as i32);
        at += 1 + n;
    }
    // "2:09:04:11" or "2:09:04am" is something else.
    if i[at..].starts_with(|c: char| c.is_alphanumeric() || c == ':') {
        return fail(i);
    }
    let unit = if parts[0] > 0.0 {
        Unit::Hour
    } else {
        Unit::Minute
    };
    Ok((&i[at..], (Interval::point(seconds), unit)))
}

/// `between := "between" sp number sp "and" sp number unit_after`
fn between(i: &str) -> IResult<&str, (Interval, Unit)> {
    let (r, _) = word("between")(i)?;
    let (r, _) = sp(r)?;
    let (r, lo) = exact_number(r)?;
    let (r, _) = sp(r)?;
    let (r, _) = word("and")(r)?;
    let (r, _) = sp(r)?;
    let (r, hi) = exact_number(r)?;
    if hi.value.lo <= lo.value.lo {
        return fail(i);
    }
    let (r, unit) = unit_after(r, hi.form, false)?;
    let k = unit.seconds();
    Ok((r, (Interval::new(lo.value.lo * k, hi.value.lo * k), unit)))
}

/// `range := number (sp "to" sp | sp "or" sp | sp? ("–" | "-" | "—") sp?) number unit_after`
fn range(i: &str) -> IResult<&str, (Interval, Unit)> {
    let (r, lo) = exact_number(i)?;
    let (r, ()) = range_separator(r)?;
    let (r, hi) = exact_number(r)?;
    if hi.value.lo <= lo.value.lo {
        return fail(i);
    }
    let (r, unit) = unit_after(r, hi.form, false)?;
    let k = unit.seconds();
    Ok((r, (Interval::new(lo.value.lo * k, hi.value.lo * k), unit)))
}

/// `range_separator := sp ("to" | "or") sp | sp? ("–" | "-" | "—") sp?`
pub fn range_separator(i: &str) -> IResult<&str, ()> {
    if let Ok((r, _)) = sp(i) {
        if let Ok((r, _)) = word("to")(r).or_else(|_| word("or")(r)) {
            return Ok((sp(r)?.0, ()));
        }
    }
    let r = sp(i).map_or(i, |(r, _)| r);
    for dash in ["–", "-", "—"] {
        if let Some(r) = r.strip_prefix(dash) {
            return Ok((sp(r).map_or(r, |(r, _)| r), ()));
        }
    }
    fail(i)
}

/// A number that is a single value (ranges and compounds need points).
fn exact_number(i: &str) -> IResult<&str, Number> {
    let (r, n) = number(i)?;
    if n.form == Form::Vague {
        return fail(i);
    }
    Ok((r, n))
}

/// `compound := part ((sp? "," )? sp ("and" sp)? part | part)* ` with
/// strictly shrinking units, at most three parts ("2 hours 45 minutes",
/// "two hours and thirty minutes", "3 min 24 s", "2h45m"); or a single part
/// followed by `sp "and" sp "a"? sp "half"` ("an hour and a half", "an hour and half")
/// or `sp "and" sp ("a quarter" | "three quarters")` ("two hours and a quarter").
fn compound(i: &str) -> IResult<&str, (Interval, Unit)> {
    let (mut rest, (mut amount, unit)) = part(i)?;
    let and_half =
        preceded_and(rest).and_then(|r| phrase("a half")(r).or_else(|_| word("half")(r)));
    if let Ok((r, _)) = and_half {
        return Ok((r, (add(amount, 0.5 * unit.seconds()), unit)));
    }
    // "two hours and a quarter", "an hour and three quarters".
    let and_quarter = preceded_and(rest).and_then(|r| {
        phrase("a quarter")(r)
            .map(|(r, _)| (r, 0.25))
            .or_else(|_| phrase("three quarters")(r).map(|(r, _)| (r, 0.75)))
    });
    if let Ok((r, q)) = and_quarter {
        return Ok((r, (add(amount, q * unit.seconds()), unit)));
    }
    let (mut smallest, mut largest) = (unit, unit);
    for _ in 0..2 {
        let sep = preceded_and(rest).or_else(|_| {
            // "the 21-hour-48-minute flight": hyphenated parts.
            if let Some(r) = rest
                .strip_prefix('-')
                .filter(|r| r.starts_with(|c: char| c.is_ascii_digit()))
            {
                return Ok(r);
            }
            let r = rest.strip_prefix(',').unwrap_or(rest);
            sp(r).map(|(r, _)| r)
        });
        let plain_space = sp(rest).is_ok_and(|(r, _)| word("and")(r).is_err());
        let tried = sep.and_then(tail_part).or_else(|_| tail_part(rest));
        match tried {
            Ok((r, (secs, u))) if u < smallest => {
                amount = add(amount, secs);
                smallest = u;
                rest = r;
            }
            // "2 days 1 month": a larger unit after a plain space (never after
            // a comma or "and", which list lengths: "3 hours, 2 days").
            Ok((r, (secs, u))) if u > largest && plain_space && !tail_is_range(r) => {
                amount = add(amount, secs);
                largest = u;
                rest = r;
            }
            _ => break,
        }
    }
    Ok((rest, (amount, largest)))
}

/// Whether a range or a further number follows ("2 days 1 month to …"):
/// then the parts are not one compound.
fn tail_is_range(r: &str) -> bool {
    range_separator(r).is_ok()
}

/// `tail_part := number unit_after`, a later part of a compound, in seconds.
fn tail_part(i: &str) -> IResult<&str, (f64, Unit)> {
    let (r, n) = exact_number(i)?;
    let (r, u) = unit_after(r, n.form, true)?;
    Ok((r, (n.value.lo * u.seconds(), u)))
}

/// `sp "and" sp`, or `"," sp "and" sp`, the rest after it.
fn preceded_and(i: &str) -> Result<&str, nom::Err<nom::error::Error<&str>>> {
    let r = i.strip_prefix(',').unwrap_or(i);
    let (r, _) = sp(r)?;
    let (r, _) = word("and")(r)?;
    Ok(sp(r)?.0)
}

fn add(amount: Interval, secs: f64) -> Interval {
    Interval {
        lo: amount.lo + secs,
        hi: amount.hi.map(|h| h + secs),
    }
}

/// `part := number unit_after | ("a" | "an") sp ("full" | "whole")? sp article_unit
/// | "half" sp ("a" | "an") sp article_unit | "few" sp unit | "all" hyphen article_unit
/// | "another" sp article_unit | unit_word hyphen "long"`
///
/// An article before a hyphenated adjective belongs to the noun after it: in
/// "an hour-long briefing" and "a half-hour session" the duration is
/// "hour-long" and "half-hour", read from the core, not from the article.
fn part(i: &str) -> IResult<&str, (Interval, Unit)> {
    let article = word("an")(i).or_else(|_| word("a")(i)).is_ok();
    if let Ok((r, n)) = number(i) {
        // "a tenth of a second", "three-quarters of an hour".
        if let (Form::Fraction, Ok((after, unit))) = (n.form, of_an_unit(r)) {
            return Ok((after, (n.value.scale(unit.seconds()), unit)));
        }
        // "a half hour" is a length; "a third day" is an ordinal.
        let ordinal = n.form == Form::Fraction && ![0.25, 0.5, 0.75].contains(&n.value.lo);
        if let (false, Ok((after, unit))) = (ordinal, unit_after(r, n.form, false)) {
            if !(article && hyphen(r).is_ok()) {
                return Ok((after, (n.value.scale(unit.seconds()), unit)));
            }
        }
    }
    if let Ok((r, _)) = word("half")(i) {
        let (r, _) = sp(r)?;
        let (r, _) = word("an")(r).or_else(|_| word("a")(r))?;
        let (r, _) = sp(r)?;
        let (r, (_, unit)) = longest(ARTICLE_UNITS)(r)?;
        return Ok((r, (Interval::point(0.5 * unit.seconds()), unit)));
    }
    if let Ok((r, _)) = word("few")(i) {
        // "few hours", without "a": a few of them.
        let (r, unit) = unit_after(r, Form::Vague, false)?;
        let k = unit.seconds();
        return Ok((r, (Interval::new(2.0 * k, 5.0 * k), unit)));
    }
    if let Ok((r, _)) = word("all")(i) {
        // "all-day", "an all-night session" is no unit.
        let (r, _) = hyphen(r)?;
        let (r, (_, unit)) = longest(ARTICLE_UNITS)(r)?;
        return Ok((r, (Interval::point(unit.seconds()), unit)));
    }
    if let Ok((r, _)) = word("another")(i) {
        let (r, _) = sp(r)?;
        let (r, (_, unit)) = longest(ARTICLE_UNITS)(r)?;
        return Ok((r, (Interval::point(unit.seconds()), unit)));
    }
    if let Ok((r, _)) = word("an")(i).or_else(|_| word("a")(i)) {
        let (r, _) = sp(r)?;
        // "a full day", "a whole week": one of them.
        let r = match word("full")(r).or_else(|_| word("whole")(r)) {
            Ok((r2, _)) => sp(r2)?.0,
            Err(_) => r,
        };
        let (r, (_, unit)) = longest(ARTICLE_UNITS)(r)?;
        if long_suffix(r).len() < r.len() {
            return fail(i);
        }
        return Ok((r, (Interval::point(unit.seconds()), unit)));
    }
    let (r, (_, unit)) = longest(ARTICLE_UNITS)(i)?;
    let (r, _) = hyphen(r)?;
    let (r, _) = word("long")(r)?;
    Ok((r, (unit_long(unit), unit)))
}

/// A unit made an adjective with no number, "hour-long", "week-long",
/// "day-long": said of what lasts about that unit, from half of it to half
/// as much again ("a week-long blockade" of six days, "hour-long talks" of
/// 50 minutes); a day is also a working day ("a day-long siege" of eleven
/// hours). A number makes it exact: "a three-hour-long meeting".
fn unit_long(unit: Unit) -> Interval {
    let u = unit.seconds();
    let lo = if unit == Unit::Day {
        8.0 * 3600.0
    } else {
        u / 2.0
    };
    Interval::new(lo, 1.5 * u)
}

/// `of_an_unit := sp "of" sp ("a" | "an") sp article_unit`, after a fraction.
fn of_an_unit(i: &str) -> IResult<&str, Unit> {
    let (r, _) = sp(i)?;
    let (r, _) = word("of")(r)?;
    let (r, _) = sp(r)?;
    let (r, _) = word("an")(r).or_else(|_| word("a")(r))?;
    let (r, _) = sp(r)?;
    // "a second" is no article unit (a second wave), but a fraction of one is.
    if let Ok((r, _)) = word("second")(r) {
        return Ok((r, Unit::Second));
    }
    let (r, (_, unit)) = longest(ARTICLE_UNITS)(r)?;
    Ok((r, unit))
}

/// `long := hyphen "long"`, optional: "three-hour-long", "an hour-long".
fn long_suffix(i: &str) -> &str {
    match hyphen(i).and_then(|(r, _)| word("long")(r)) {
        Ok((r, _)) => r,
        Err(_) => i,
    }
}

/// `unit_after := (glued | sp | hyphen) unit (hyphen "long")?`, the unit after
/// a number. Digits may touch their unit ("3h", "45min"); one-letter units
/// "m"/"s" only in a compound's tail; vague amounts may take "of" ("a couple
/// of hours"); ages ("45-year-old", "45 years old") are no durations.
fn unit_after(i: &str, form: Form, tail: bool) -> IResult<&str, Unit> {
    let (r, joint) = if let Ok((r, _)) = hyphen(i) {
        (r, Joint::Hyphen)
    } else if let Ok((r, _)) = sp(i) {
        match (form, phrase("of")(r)) {
            (Form::Vague, Ok((r2, _))) => (sp(r2)?.0, Joint::Space),
            _ => (r, Joint::Space),
        }
    } else if form == Form::Digits && glued(i) {
        (i, Joint::Glued)
    } else {
        return fail(i);
    };
    let unit = longest(UNIT_WORDS)(r)
        .map(|(r, (_, u))| (r, u))
        .or_else(|e| match (joint, tail) {
            (Joint::Hyphen, _) => Err(e),
            // "3h", and "3 h" with digits: an "h" after a number is hours
            // ("5 m", "5 s" alone stay metres and whatever else they are).
            (Joint::Glued, false) => letter_unit(r, &UNIT_LETTERS[..1]),
            (Joint::Space, false) if form == Form::Digits => letter_unit(r, &UNIT_LETTERS[..1]),
            (_, true) if form == Form::Digits => letter_unit(r, UNIT_LETTERS),
            _ => Err(e),
        });
    let (r, unit) = unit?;
    let aged = match joint {
        Joint::Hyphen => hyphen(r).and_then(|(r, _)| word("old")(r)).is_ok(),
        _ => sp(r).and_then(|(r, _)| word("old")(r)).is_ok(),
    };
    if aged {
        return fail(i);
    }
    let r = if joint == Joint::Hyphen {
        long_suffix(r)
    } else {
        r
    };
    Ok((r, unit))
}

/// `letter_unit := "h" | "m" | "s"` not followed by a letter (a digit may
/// follow: "2h45m").
fn letter_unit<'a>(i: &'a str, table: &[(&str, Unit)]) -> IResult<&'a str, Unit> {
    for &(p, unit) in table {
        if let Some(r) = i.strip_prefix(p) {
            if !r.chars().next().is_some_and(char::is_alphabetic) {
                return Ok((r, unit));
            }
        }
    }
    fail(i)
}

/// How a unit is attached to its number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Joint {
    Glued,
    Space,
    Hyphen,
}

#[cfg(test)]
mod tests {
    use super::*;

    const H: f64 = 3600.0;
    const M: f64 = 60.0;
    const Y: f64 = 365.0 * 86_400.0;

    /// (name, input, Some((interval at 15%, hedge word, leftover)) or None).
    type Case = (
        &'static str,
        &'static str,
        Option<(Interval, Option<&'static str>, &'static str)>,
    );

    #[test]
    fn duration_table() {
        let p = Interval::point;
        let cases: &[Case] = &[
            (
                "bare_words",
                "three hours of talks",
                Some((p(3.0 * H), None, " of talks")),
            ),
            (
                "game_clock_into",
                "7:41 into overtime",
                Some((p(7.0 * 60.0 + 41.0), None, " into overtime")),
            ),
            ("time_of_day", "7:41 on Friday", None),
            (
                "nearly",
                "nearly three hours of",
                Some((Interval::new(9180.0, 10800.0), Some("nearly"), " of")),
            ),
            (
                "almost",
                "Almost three hours.",
                Some((Interval::new(9180.0, 10800.0), Some("almost"), ".")),
            ),
            (
                "roughly",
                "roughly three hours",
                Some((Interval::new(9180.0, 12420.0), Some("roughly"), "")),
            ),
            (
                "adjective",
                "12-hour talks",
                Some((p(12.0 * H), None, " talks")),
            ),
            (
                "adjective_words",
                "four-minute statement",
                Some((p(4.0 * M), None, " statement")),
            ),
            (
                "ninety_minute",
                "90-minute meeting",
                Some((p(90.0 * M), None, " meeting")),
            ),
            (
                "two_and_a_half_hour",
                "two-and-a-half-hour session",
                Some((p(2.5 * H), None, " session")),
            ),
            (
                "hour_long_suffix",
                "three-hour-long meeting",
                Some((p(3.0 * H), None, " meeting")),
            ),
            (
                "bare_hour_long",
                "hour-long talks",
                Some((Interval::new(0.5 * H, 1.5 * H), None, " talks")),
            ),
            (
                "hyphenated_compound",
                "21-hour-48-minute flight",
                Some((p(21.0 * H + 48.0 * 60.0), None, " flight")),
            ),
            // The article goes with "call": the duration starts at "hour".
            ("an_hour_long", "an hour-long call", None),
            ("a_half_hour_adjective", "a half-hour session", None),
            (
                "half_hour_adjective",
                "half-hour session",
                Some((p(0.5 * H), None, " session")),
            ),
            (
                "a_half_hour_noun",
                "a half hour later",
                Some((p(0.5 * H), None, " later")),
            ),
            (
                "an_hour_and_a_half",
                "an hour and a half later",
                Some((p(1.5 * H), None, " later")),
            ),
            ("half_an_hour", "half an hour", Some((p(0.5 * H), None, ""))),
            (
                "one_and_a_half_hours",
                "one and a half hours",
                Some((p(1.5 * H), None, "")),
            ),
            ("digits_fraction", "2½ hours", Some((p(2.5 * H), None, ""))),
            ("decimal", "2.5 hours", Some((p(2.5 * H), None, ""))),
            (
                "nbsp_abbreviation",
                "6\u{a0}min read",
                Some((p(6.0 * M), None, " read")),
            ),
            ("hrs", "2 hrs.", Some((p(2.0 * H), None, "."))),
            ("glued_h", "3h talks", Some((p(3.0 * H), None, " talks"))),
            ("spaced_h", "3 h talks", Some((p(3.0 * H), None, " talks"))),
            (
                "spaced_h_compound",
                "3 h 15 min later",
                Some((p(3.25 * H), None, " later")),
            ),
            ("spaced_lone_m_is_no_minute", "5 m wall", None),
            (
                "compound",
                "2 hours 45 minutes",
                Some((p(2.0 * H + 45.0 * M), None, "")),
            ),
            (
                "compound_and",
                "two hours and thirty minutes",
                Some((p(2.5 * H), None, "")),
            ),
            (
                "compound_letters",
                "3 min 24 s",
                Some((p(3.0 * M + 24.0), None, "")),
            ),
            (
                "compound_glued",
                "2h45m,",
                Some((p(2.0 * H + 45.0 * M), None, ",")),
            ),
            (
                "a_list_is_no_compound",
                "3 minutes, 2 hours",
                Some((p(3.0 * M), None, ", 2 hours")),
            ),
            (
                "growing_units_compound",
                "2 days 1 month",
                Some((p(32.0 * 86_400.0), None, "")),
            ),
            (
                "growing_units_not_before_a_range",
                "2 days 1 to 3 months",
                Some((p(2.0 * 86_400.0), None, " 1 to 3 months")),
            ),
            (
                "and_half_without_a",
                "an hour and half later",
                Some((p(1.5 * H), None, " later")),
            ),
            (
                "digits_and_a_half",
                "about 21 and a half hours on",
                Some((Interval::new(65_790.0, 89_010.0), Some("about"), " on")),
            ),
            (
                "all_day",
                "all-day talks",
                Some((p(86_400.0), None, " talks")),
            ),
            (
                "a_full_day",
                "a full day of",
                Some((p(86_400.0), None, " of")),
            ),
            (
                "a_whole_week",
                "a whole week.",
                Some((p(7.0 * 86_400.0), None, ".")),
            ),
            ("another_hour", "another hour", Some((p(H), None, ""))),
            (
                "a_couple_of_weeks",
                "a couple of weeks",
                Some((Interval::new(14.0 * 86_400.0, 21.0 * 86_400.0), None, "")),
            ),
            (
                "few_without_a",
                "few hours later",
                Some((Interval::new(2.0 * H, 5.0 * H), None, " later")),
            ),
            ("a_third_day_is_an_ordinal", "a third day", None),
            ("all_night_is_no_unit", "all-night", None),
            (
                "and_not_a_part",
                "12 minutes and 3 people",
                Some((p(12.0 * M), None, " and 3 people")),
            ),
            (
                "range_to",
                "six to seven hours",
                Some((Interval::new(6.0 * H, 7.0 * H), None, "")),
            ),
            (
                "range_en_dash",
                "2–3 hours",
                Some((Interval::new(2.0 * H, 3.0 * H), None, "")),
            ),
            (
                "range_hyphen",
                "2-3 hours",
                Some((Interval::new(2.0 * H, 3.0 * H), None, "")),
            ),
            (
                "between",
                "between two and three hours",
                Some((Interval::new(2.0 * H, 3.0 * H), None, "")),
            ),
            (
                "hedged_range",
                "about two to three hours",
                Some((Interval::new(1.7 * H, 3.45 * H), Some("about"), "")),
            ),
            (
                "more_than",
                "more than six years",
                Some((Interval::at_least(6.0 * Y), Some("more than"), "")),
            ),
            (
                "well_over",
                "well over two hours",
                Some((Interval::at_least(2.0 * H), Some("well over"), "")),
            ),
            (
                "a_little_over",
                "a little over an hour",
                Some((Interval::at_least(H), Some("a little over"), "")),
            ),
            (
                "just_over",
                "just over 90 minutes",
                Some((Interval::at_least(90.0 * M), Some("just over"), "")),
            ),
            (
                "less_than",
                "less than 12 hours",
                Some((Interval::new(0.0, 12.0 * H), Some("less than"), "")),
            ),
            (
                "some",
                "some three hours",
                Some((Interval::new(9180.0, 12420.0), Some("some"), "")),
            ),
            (
                "a_mere",
                "a mere 12 minutes",
                Some((p(12.0 * M), Some("a mere"), "")),
            ),
            (
                "just",
                "just 12 minutes.",
                Some((p(12.0 * M), Some("just"), ".")),
            ),
            (
                "or_so",
                "three hours or so,",
                Some((Interval::new(9180.0, 12420.0), Some("or so"), ",")),
            ),
            ("ten_years", "ten years.", Some((p(10.0 * Y), None, "."))),
            (
                "a_decade",
                "a decade ago",
                Some((p(10.0 * Y), None, " ago")),
            ),
            (
                "a_couple_of_hours",
                "a couple of hours",
                Some((Interval::new(2.0 * H, 3.0 * H), None, "")),
            ),
            (
                "several_days",
                "several days",
                Some((Interval::new(3.0 * 86_400.0, 9.0 * 86_400.0), None, "")),
            ),
            ("a_second_wave", "a second wave", None),
            ("hourly", "two hourly updates", None),
            ("no_number", "hours of talks", None),
            ("age_hyphen", "45-year-old man", None),
            ("age_spaced", "45 years old", None),
            ("decade_plural_s", "1990s", None),
            ("lone_m_is_money", "5m", None),
            ("count", "12 journalists", None),
            ("hedge_alone", "nearly all", None),
            (
                "a_tenth_of_a_second",
                "a tenth of a second ahead",
                Some((p(0.1), None, " ahead")),
            ),
            (
                "hundredths_of_a_second",
                "three hundredths of a second",
                Some((p(0.03), None, "")),
            ),
            (
                "three_quarters_of_an_hour",
                "three-quarters of an hour",
                Some((p(2700.0), None, "")),
            ),
            ("ordinal", "1st hour", None),
        ];
        for (name, input, want) in cases {
            let got = duration(input)
                .map(|(r, d)| (d.stated.interval(0.15), d.stated.hedge.map(|h| h.word), r));
            match (got, want) {
                (Ok(got), Some(want)) => assert_eq!(got, *want, "{name}"),
                (Err(_), None) => {}
                (got, _) => panic!("{name}: got {got:?}"),
            }
        }
    }

    #[test]
    fn largest_unit_is_kept() {
        let unit = |s| duration(s).map(|(_, d)| d.unit).ok();
        assert_eq!(unit("2 hours 45 minutes"), Some(Unit::Hour));
        assert_eq!(unit("a decade"), Some(Unit::Decade));
        assert_eq!(unit("in"), None);
    }

    #[test]
    fn long_chains_stay_bounded() {
        let text = "nearly ".repeat(100_000);
        assert!(duration(&text).is_err());
    }
}
