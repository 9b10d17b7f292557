//! The little value languages of a claims file: durations, ranges, counts,
//! tolerances, percentages, dates and years.
//!
//! Each reader takes the text as written and returns the value or a [`Bad`]
//! saying what is wrong and how to write it; the schema walker turns that into
//! a diagnostic at the value's position. Durations are written as one or more
//! `number unit` parts with optional spaces between them (`3h`, `2h30m`,
//! `1h 30m`, `2.5 hours`); the units are `d`, `h`, `m`, `s` and their usual
//! English spellings (`hr`, `hours`, `min`, `minutes`, `sec`, `seconds`, ...).

use chrono::{Datelike, NaiveDate};

use super::suggest::did_you_mean;
use crate::interval::Interval;
use crate::unit::Unit;

/// What is wrong with a value, and how to write it instead.
#[derive(Debug, PartialEq)]
pub(crate) struct Bad {
    /// One line saying what is wrong.
    pub message: String,
    /// How to fix it.
    pub help: Option<String>,
}

impl Bad {
    fn new(message: impl Into<String>, help: impl Into<String>) -> Self {
        Bad {
            message: message.into(),
            help: Some(help.into()),
        }
    }
}

const DURATION_HELP: &str =
    "durations are written like `3h`, `2h30m`, `90m`, `45s`, `1h 30m`, `9d`, `3 weeks` or `5 years`";

/// Duration units and their length in seconds (a month is 30 days and a
/// year 365, the extractor's convention).
const UNITS: &[(&str, f64)] = &[
    ("y", 365.0 * 86400.0),
    ("year", 365.0 * 86400.0),
    ("years", 365.0 * 86400.0),
    ("month", 30.0 * 86400.0),
    ("months", 30.0 * 86400.0),
    ("w", 7.0 * 86400.0),
    ("week", 7.0 * 86400.0),
    ("weeks", 7.0 * 86400.0),
    ("d", 86400.0),
    ("day", 86400.0),
    ("days", 86400.0),
    ("h", 3600.0),
    ("hr", 3600.0),
    ("hrs", 3600.0),
    ("hour", 3600.0),
    ("hours", 3600.0),
    ("m", 60.0),
    ("min", 60.0),
    ("mins", 60.0),
    ("minute", 60.0),
    ("minutes", 60.0),
    ("s", 1.0),
    ("sec", 1.0),
    ("secs", 1.0),
    ("second", 1.0),
    ("seconds", 1.0),
];

/// `duration := part (" "* part)*`, `part := number " "* unit`; in seconds.
pub(crate) fn duration(text: &str) -> Result<f64, Bad> {
    let text = text.trim();
    if text.is_empty() {
        return Err(Bad::new("empty duration", DURATION_HELP));
    }
    if text.starts_with('-') {
        return Err(Bad::new(
            format!("`{text}` is negative; a duration cannot be"),
            DURATION_HELP,
        ));
    }
    let mut rest = text;
    let mut total = 0.0;
    while !rest.is_empty() {
        let (number, after) = split_number(rest);
        let Some(number) = number else {
            return Err(Bad::new(
                format!("`{text}` is not a duration: expected a number at `{rest}`"),
                DURATION_HELP,
            ));
        };
        let after = after.trim_start();
        let unit_len = after
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(after.len());
        let unit = &after[..unit_len];
        if unit.is_empty() {
            return Err(Bad::new(
                format!("`{text}` has no unit"),
                format!("{DURATION_HELP}; a bare number could be minutes or seconds"),
            ));
        }
        let Some(&(_, seconds)) = UNITS.iter().find(|(u, _)| u.eq_ignore_ascii_case(unit)) else {
            let help = match did_you_mean(unit, UNITS.iter().map(|(u, _)| *u)) {
                Some(s) => format!("did you mean `{s}`? {DURATION_HELP}"),
                None => DURATION_HELP.to_string(),
            };
            return Err(Bad::new(
                format!("unknown duration unit `{unit}` in `{text}`"),
                help,
            ));
        };
        total += number * seconds;
        rest = after[unit_len..].trim_start();
    }
    Ok(total)
}

/// Splits a leading unsigned decimal number (`2`, `2.5`) off `text`.
fn split_number(text: &str) -> (Option<f64>, &str) {
    let end = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(text.len());
    let digits = &text[..end];
    if !digits.starts_with(|c: char| c.is_ascii_digit()) {
        return (None, text);
    }
    match digits.parse::<f64>() {
        Ok(x) if x.is_finite() => (Some(x), &text[end..]),
        _ => (None, text),
    }
}

/// `interval := item | item ".." item`, the ends in order; `item` is read by `read`.
pub(crate) fn interval(
    text: &str,
    read: impl Fn(&str) -> Result<f64, Bad>,
    show: impl Fn(f64) -> String,
) -> Result<Interval, Bad> {
    let Some((lo, hi)) = text.split_once("..") else {
        return read(text).map(Interval::point).map_err(|bad| {
            // "40-50", "2h–3h": a range written the way prose writes it.
            let dashed = text.trim().get(1..).is_some_and(|t| t.contains(['-', '–']));
            if dashed {
                Bad::new(
                    format!("`{}` is not a value or a range", text.trim()),
                    "write a range with `..`, e.g. `40..50` or `2h30m..3h`",
                )
            } else {
                bad
            }
        });
    };
    if hi.trim().is_empty() || lo.trim().is_empty() {
        return Err(Bad::new(
            format!("`{text}` is an open range; both ends are needed"),
            "write a range as `low..high`, e.g. `2h30m..3h` or `40..50`",
        ));
    }
    let (lo_text, hi_text) = (lo.trim(), hi.trim().trim_start_matches('.'));
    let (lo, hi) = (read(lo_text)?, read(hi_text)?);
    if lo > hi {
        return Err(Bad::new(
            format!(
                "range `{text}` is reversed: {} is more than {}",
                show(lo),
                show(hi)
            ),
            format!("write the smaller end first: `{hi_text}..{lo_text}`"),
        ));
    }
    Ok(Interval::new(lo, hi))
}

const COUNT_HELP: &str = "a count is a whole number like `45` or a range like `40..50`";

/// `count := digits`, a whole number of things.
pub(crate) fn count(text: &str) -> Result<f64, Bad> {
    let text = text.trim();
    if text.starts_with('-') {
        return Err(Bad::new(format!("count `{text}` is negative"), COUNT_HELP));
    }
    match text.parse::<u64>() {
        Ok(n) => Ok(n as f64),
        Err(_) => Err(Bad::new(format!("`{text}` is not a count"), COUNT_HELP)),
    }
}

const AMOUNT_HELP: &str = "a count is a number like `45`, `12.5`, `12 million`, `47%` or `$2.5 billion`, or a range like `40..50`";

/// Scale words a count value may take (`12 million`, `$2.5bn`).
const SCALES: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("k", 1e3),
    ("million", 1e6),
    ("m", 1e6),
    ("mn", 1e6),
    ("billion", 1e9),
    ("bn", 1e9),
    ("b", 1e9),
    ("trillion", 1e12),
    ("tn", 1e12),
];

/// `amount := symbol? number (" "* scale)? (" "* ("%" | unit))?`, a count
/// value as newsrooms write it (`12.5`, `12 million`, `47%`, `$2.5 billion`,
/// `40 tonnes`), with the unit it names, if any.
pub(crate) fn amount(text: &str) -> Result<(f64, Option<Unit>), Bad> {
    let text = text.trim();
    // (Below zero only a temperature may be: the claims loader checks.)
    let (negative, text) = match text.strip_prefix(['-', '\u{2212}']) {
        Some(rest) => (true, rest.trim_start()),
        None => (false, text),
    };
    let signed = |(x, unit): (f64, Option<Unit>)| (if negative { -x } else { x }, unit);
    amount_unsigned(text).map(signed)
}

fn amount_unsigned(text: &str) -> Result<(f64, Option<Unit>), Bad> {
    let mut rest = text;
    let mut unit = None;
    for &(sym, code) in crate::unit::CURRENCY_SYMBOLS {
        if let Some(r) = rest.strip_prefix(sym) {
            unit = Some(Unit::Currency(code));
            rest = r.trim_start();
            break;
        }
    }
    let end = rest
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(rest.len());
    let digits = rest[..end].replace(',', "");
    let Ok(mut value) = digits.parse::<f64>() else {
        return Err(Bad::new(format!("`{text}` is not a count"), AMOUNT_HELP));
    };
    rest = rest[end..].trim_start();
    let word_end = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    if let Some(&(_, k)) = SCALES
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(&rest[..word_end]))
    {
        value *= k;
        rest = rest[word_end..].trim_start();
    }
    if !rest.is_empty() {
        let Some(named) = crate::unit::parse(rest) else {
            let help = match did_you_mean(rest, crate::unit::spellings()) {
                Some(s) => format!("did you mean `{s}`? {AMOUNT_HELP}"),
                None => format!("{AMOUNT_HELP}; name what is counted with `unit:`"),
            };
            return Err(Bad::new(format!("unknown unit `{rest}` in `{text}`"), help));
        };
        if unit.is_some_and(|u| u != named) {
            return Err(Bad::new(
                format!("`{text}` names two units"),
                "write the amount with one symbol or unit, e.g. `$2.5 billion` or `2.5 billion USD`",
            ));
        }
        unit = Some(named);
    }
    if !value.is_finite() {
        return Err(Bad::new(format!("`{text}` is not a count"), AMOUNT_HELP));
    }
    Ok((value, unit))
}

/// `score := points ("-" | "–") points`, a result as written (`40-22`).
pub(crate) fn score(text: &str) -> Result<(crate::extract::Points, crate::extract::Points), Bad> {
    const HELP: &str =
        "a score is two whole numbers joined by a dash, like `40-22`, or half points, like `7.5-5.5`";
    let text = text.trim();
    let Some((a, b)) = text.split_once(['-', '–', '—']) else {
        return Err(Bad::new(format!("`{text}` is not a score"), HELP));
    };
    match (side_points(a), side_points(b)) {
        (Some(a), Some(b)) => Ok((a, b)),
        _ => Err(Bad::new(format!("`{text}` is not a score"), HELP)),
    }
}

/// One side of a score: a whole number, or one with a half (`7.5`, `7½`).
fn side_points(text: &str) -> Option<crate::extract::Points> {
    use crate::extract::Points;
    let text = text.trim();
    if let Ok(n) = text.parse::<u32>() {
        return Some(Points::whole(n));
    }
    let whole = text.strip_suffix(".5").or_else(|| text.strip_suffix('½'))?;
    let n: u32 = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    Some(Points::from_halves(n * 2 + 1))
}

/// `percent := number "%"`, as a fraction (`15%` → 0.15); `None` when there is no `%`.
pub(crate) fn percent(text: &str) -> Option<Result<f64, Bad>> {
    let number = text.trim().strip_suffix('%')?.trim();
    Some(match number.parse::<f64>() {
        Ok(x) if x.is_finite() && x < 0.0 => Err(Bad::new(
            format!("`{}` is negative", text.trim()),
            "a percentage here is at least `0%`",
        )),
        Ok(x) if x.is_finite() => Ok(x / 100.0),
        _ => Err(Bad::new(
            format!("`{}` is not a percentage", text.trim()),
            "write a percentage like `10%`",
        )),
    })
}

/// `date := YYYY "-" MM "-" DD`, a day that exists.
pub(crate) fn date(text: &str) -> Result<NaiveDate, Bad> {
    const HELP: &str = "dates are written `YYYY-MM-DD`, e.g. `2025-08-15`";
    let text = text.trim();
    let parts: Vec<&str> = text.split('-').collect();
    let shape_ok = parts.len() == 3
        && [4, 2, 2]
            .iter()
            .zip(&parts)
            .all(|(n, p)| p.len() == *n && p.bytes().all(|b| b.is_ascii_digit()));
    if !shape_ok {
        return Err(Bad::new(format!("`{text}` is not a date"), HELP));
    }
    let number = |p: &str| p.parse::<u32>().unwrap_or(0);
    let (year, month, day) = (number(parts[0]) as i32, number(parts[1]), number(parts[2]));
    if !(1..=12).contains(&month) {
        return Err(Bad::new(
            format!("`{text}` is not a date: there is no month {month}"),
            HELP,
        ));
    }
    NaiveDate::from_ymd_opt(year, month, day).ok_or_else(|| {
        let days = days_in_month(year, month);
        let name = NaiveDate::from_ymd_opt(year, month, 1)
            .map(|d| d.format("%B %Y").to_string())
            .unwrap_or_default();
        Bad::new(
            format!("`{text}` is not a date: {name} has {days} days"),
            HELP,
        )
    })
}

fn days_in_month(year: i32, month: u32) -> u32 {
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)
    };
    next.and_then(|d| d.pred_opt()).map_or(31, |d| d.day())
}

/// `year := digits`, between 1 and 9999.
pub(crate) fn year(text: &str) -> Result<i32, Bad> {
    let text = text.trim();
    match text.parse::<i32>() {
        Ok(y) if (1..=9999).contains(&y) => Ok(y),
        _ => Err(Bad::new(
            format!("`{text}` is not a year"),
            "a year is written with its digits, e.g. `2019`",
        )),
    }
}

/// Seconds as the shortest duration text (`10800` → `3h`, `9000` → `2h30m`).
pub(crate) fn show_duration(seconds: f64) -> String {
    let total = seconds.round() as i64;
    if total == 0 {
        return "0s".to_string();
    }
    let (h, m, s) = (total / 3600, total % 3600 / 60, total % 60);
    let mut out = String::new();
    for (n, unit) in [(h, "h"), (m, "m"), (s, "s")] {
        if n != 0 {
            out.push_str(&format!("{n}{unit}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(duration("3h"), Ok(10800.0));
        assert_eq!(duration("2h30m"), Ok(9000.0));
        assert_eq!(duration("1h 30m"), Ok(5400.0));
        assert_eq!(duration("90m"), Ok(5400.0));
        assert_eq!(duration("45s"), Ok(45.0));
        assert_eq!(duration("2.5 hours"), Ok(9000.0));
        assert_eq!(duration("1d"), Ok(86400.0));
        assert_eq!(duration(" 12 Minutes "), Ok(720.0));
        // Weeks, months and years, as the extractor counts them.
        assert_eq!(duration("3 weeks"), Ok(3.0 * 604_800.0));
        assert_eq!(duration("18 months"), Ok(540.0 * 86_400.0));
        assert_eq!(duration("5 years"), Ok(5.0 * 365.0 * 86_400.0));
        assert_eq!(duration("2m"), Ok(120.0));
    }

    #[test]
    fn bad_durations_say_why() {
        let e = duration("3 hourz").unwrap_err();
        assert!(e.message.contains("unknown duration unit `hourz`"), "{e:?}");
        assert!(e.help.unwrap().contains("did you mean `hours`?"));
        assert!(duration("90").unwrap_err().message.contains("has no unit"));
        assert!(duration("h3")
            .unwrap_err()
            .message
            .contains("expected a number"));
        assert!(duration("-30m").unwrap_err().message.contains("negative"));
        assert!(duration("").is_err());
        assert!(duration("3h and 4m").is_err());
    }

    #[test]
    fn ranges() {
        let r = interval("2h30m..3h", duration, show_duration).unwrap();
        assert_eq!(r, Interval::new(9000.0, 10800.0));
        assert_eq!(
            interval("40..50", count, |x| x.to_string()).unwrap(),
            Interval::new(40.0, 50.0)
        );
        assert_eq!(
            interval("45", count, |x| x.to_string()).unwrap(),
            Interval::point(45.0)
        );
        let e = interval("3h..2h", duration, show_duration).unwrap_err();
        assert!(e.message.contains("reversed"), "{e:?}");
        assert_eq!(
            e.help.as_deref(),
            Some("write the smaller end first: `2h..3h`")
        );
        assert!(interval("3h..", duration, show_duration)
            .unwrap_err()
            .message
            .contains("open range"));
        assert!(interval("3h..4x", duration, show_duration).is_err());
        let e = interval("40-50", count, |x| x.to_string()).unwrap_err();
        assert_eq!(
            e.help.as_deref(),
            Some("write a range with `..`, e.g. `40..50` or `2h30m..3h`")
        );
        let e = interval("-5", count, |x| x.to_string()).unwrap_err();
        assert!(e.message.contains("negative"), "{e:?}");
    }

    #[test]
    fn counts_percent_dates_years() {
        assert_eq!(count("45"), Ok(45.0));
        assert!(count("-5").unwrap_err().message.contains("negative"));
        assert!(count("4.5").is_err());
        assert_eq!(percent("15%"), Some(Ok(0.15)));
        assert_eq!(percent("30m"), None);
        assert!(percent("-10%").unwrap().is_err());
        assert!(percent("x%").unwrap().is_err());
        assert_eq!(
            date("2025-08-15"),
            Ok(NaiveDate::from_ymd_opt(2025, 8, 15).unwrap())
        );
        let e = date("2025-02-30").unwrap_err();
        assert_eq!(
            e.message,
            "`2025-02-30` is not a date: February 2025 has 28 days"
        );
        assert!(date("2024-02-29").is_ok());
        assert!(date("2025-13-01")
            .unwrap_err()
            .message
            .contains("no month 13"));
        assert!(date("15/08/2025").is_err());
        assert!(date("2025-8-15").is_err());
        assert_eq!(year("2019"), Ok(2019));
        assert!(year("19th").is_err());
        assert!(year("0").is_err());
    }

    #[test]
    fn shows_durations_shortly() {
        assert_eq!(show_duration(10800.0), "3h");
        assert_eq!(show_duration(9000.0), "2h30m");
        assert_eq!(show_duration(45.0), "45s");
    }

    #[test]
    fn amounts_as_newsrooms_write_them() {
        let usd = Some(Unit::Currency("USD"));
        let cases: &[(&str, f64, Option<Unit>)] = &[
            ("45", 45.0, None),
            ("12.5", 12.5, None),
            ("12 million", 12e6, None),
            ("1,200", 1200.0, None),
            ("47%", 47.0, Some(Unit::Percent)),
            ("47 percent", 47.0, Some(Unit::Percent)),
            ("$2.5 billion", 2.5e9, usd),
            ("$2.5bn", 2.5e9, usd),
            ("2.5 billion dollars", 2.5e9, usd),
            ("\u{a3}3m", 3e6, Some(Unit::Currency("GBP"))),
            ("40 tonnes", 40.0, crate::unit::parse("tonnes")),
            // (Signed: the loader lets only a temperature be below zero.)
            ("-46 °C", -46.0, crate::unit::parse("°C")),
            ("\u{2212}12", -12.0, None),
        ];
        for (text, value, unit) in cases {
            assert_eq!(amount(text), Ok((*value, *unit)), "{text}");
        }
        for bad in ["- lots", "lots", "12 tonnnes", "$5 EUR", ""] {
            assert!(amount(bad).is_err(), "{bad}");
        }
        let Err(typo) = amount("12 tonnnes") else {
            panic!("a misspelt unit is an error");
        };
        assert!(typo
            .help
            .unwrap_or_default()
            .contains("did you mean `tonnes`"));
    }

    #[test]
    fn scores_take_either_dash() {
        use crate::extract::Points;
        let w = |a, b| Ok((Points::whole(a), Points::whole(b)));
        assert_eq!(score("40-22"), w(40, 22));
        assert_eq!(score("40\u{2013}22"), w(40, 22));
        assert_eq!(score(" 3 - 1 "), w(3, 1));
        // Chess's half points.
        let half = |n: u32| Points::from_halves(n);
        assert_eq!(score("7.5-5.5"), Ok((half(15), half(11))));
        assert_eq!(score("7½-6½"), Ok((half(15), half(13))));
        assert_eq!(score("7-6.5"), Ok((Points::whole(7), half(13))));
        for bad in ["40", "40-", "forty-22", "40:22"] {
            assert!(score(bad).is_err(), "{bad}");
        }
    }
}
