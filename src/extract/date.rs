//! Dates: "Friday", "August 15", "15 August 2025", "Aug. 15", "Friday, Aug. 15,
//! 2025", "2025-08-15", "the February meeting".
//!
//! A [`DateValue`] holds what the text says and no more: "Friday" is a weekday
//! only, "August 15" a month and day, a full date also fills `date`. A month on
//! its own ("in February") is a `DateValue` with only `month` set; it is a
//! different time for SPEC rule 7 and never a same-day match. Month and
//! weekday names must be capitalised, "May" needs a day or a year beside it
//! (the modal verb is far more common), abbreviations ("Aug.") need a day or
//! a year too, and numeric dates other than ISO ("15/8", "8/15") are never
//! read: they are ambiguous.

use chrono::{NaiveDate, Weekday};
use nom::IResult;

use super::scan::{fail, glued, longest, phrase, sp};
use super::DateValue;

/// A date as read, and the year when the text names only a month and a year
/// ("May 2024"), which a [`DateValue`] cannot hold.
#[derive(Clone, Debug, PartialEq)]
pub struct DateMatch<'a> {
    /// What the text says about the day.
    pub value: DateValue,
    /// The year and its slice of the input, for "Month YYYY".
    pub year: Option<(i32, &'a str)>,
}

const WEEKDAYS: &[(&str, Weekday)] = &[
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
];

/// Month names: (spelling, month, may stand alone).
const MONTHS: &[(&str, (u32, bool))] = &[
    ("january", (1, true)),
    ("february", (2, true)),
    ("march", (3, true)),
    ("april", (4, true)),
    ("may", (5, false)),
    ("june", (6, true)),
    ("july", (7, true)),
    ("august", (8, true)),
    ("september", (9, true)),
    ("october", (10, true)),
    ("november", (11, true)),
    ("december", (12, true)),
    ("jan", (1, false)),
    ("feb", (2, false)),
    ("mar", (3, false)),
    ("apr", (4, false)),
    ("jun", (6, false)),
    ("jul", (7, false)),
    ("aug", (8, false)),
    ("sep", (9, false)),
    ("sept", (9, false)),
    ("oct", (10, false)),
    ("nov", (11, false)),
    ("dec", (12, false)),
];

/// The length of the clock time `text` opens with as a live blog stamps
/// its entries ("11:20", "09.50", "9.05am"): one or two digits, a colon or
/// point, two digits, and no digit after them.
pub(crate) fn clock_stamp(text: &[u8]) -> Option<usize> {
    let hour = text
        .iter()
        .take(3)
        .take_while(|c| c.is_ascii_digit())
        .count();
    let stamped = (1..=2).contains(&hour)
        && matches!(text.get(hour), Some(b':' | b'.'))
        && text.get(hour + 1).is_some_and(u8::is_ascii_digit)
        && text.get(hour + 2).is_some_and(u8::is_ascii_digit)
        && !text.get(hour + 3).is_some_and(u8::is_ascii_digit);
    stamped.then_some(hour + 3)
}

/// The day of the week a lower-case word names in full ("monday",
/// "sunday's").
pub fn weekday_named(word: &str) -> Option<Weekday> {
    let word = word.strip_suffix("'s").unwrap_or(word);
    WEEKDAYS
        .iter()
        .find(|(day, _)| *day == word)
        .map(|&(_, wd)| wd)
}

/// Whether a normalised word names a day of the week or a month, in full or
/// short ("Tue", "Sept."): capitalised, but nobody's name and no topic.
pub fn is_calendar_word(norm: &str) -> bool {
    let w = norm.trim_end_matches('.');
    WEEKDAYS
        .iter()
        .any(|(day, _)| w == *day || (w.len() >= 3 && day.starts_with(w) && w.len() <= 5))
        || MONTHS.iter().any(|(month, _)| w == *month)
}

/// `date := iso | weekday ("," sp | sp) day_of_month | day_of_month | month_year | weekday | month`
/// where `day_of_month := month_day | day_month`.
pub fn date(i: &str) -> IResult<&str, DateMatch<'_>> {
    if let Ok(ok) = iso(i) {
        return Ok(ok);
    }
    if let Ok((rest, wd)) = weekday(i) {
        let after = rest.strip_prefix(',').unwrap_or(rest);
        if let Ok((r, mut m)) = sp(after).and_then(|(r, _)| day_of_month(r)) {
            m.value.weekday = Some(wd);
            return Ok((r, m));
        }
        return Ok((
            rest,
            plain(DateValue {
                weekday: Some(wd),
                ..DateValue::default()
            }),
        ));
    }
    if let Ok(ok) = day_of_month(i) {
        return Ok(ok);
    }
    let (rest, (month, alone)) = month(i)?;
    if let Ok((r, (year, slice))) =
        sp(rest.strip_prefix(',').unwrap_or(rest)).and_then(|(r, _)| year4(r))
    {
        let value = DateValue {
            month: Some(month),
            ..DateValue::default()
        };
        return Ok((
            r,
            DateMatch {
                value,
                year: Some((year, slice)),
            },
        ));
    }
    if !alone {
        return fail(i);
    }
    Ok((
        rest,
        plain(DateValue {
            month: Some(month),
            ..DateValue::default()
        }),
    ))
}

/// Words after which a capitalised "May" is the month, not the modal verb
/// ("in May", "since May", "late May"); the modal never follows them.
const MONTH_LEADS: &[&str] = &[
    "in",
    "since",
    "until",
    "till",
    "by",
    "before",
    "after",
    "early",
    "late",
    "mid",
    "last",
    "this",
    "next",
    "of",
    "during",
    "through",
    "throughout",
    "from",
];

/// `led_may := "May"` when `before` (the text before `i`) ends in one of
/// [`MONTH_LEADS`] and a space: the month alone, which [`date`] does not read
/// for "May" without a day or a year.
pub fn led_may<'a>(i: &'a str, before: &str) -> IResult<&'a str, DateMatch<'a>> {
    let Some(rest) = i.strip_prefix("May").filter(|r| !glued(r)) else {
        return fail(i);
    };
    let lead = before.trim_end_matches([' ', '\u{a0}', '-']);
    if lead.len() == before.len() && !before.ends_with('-') {
        return fail(i);
    }
    let word_start = lead
        .bytes()
        .rposition(|b| !b.is_ascii_alphabetic())
        .map_or(0, |k| k + 1);
    let word = &lead[word_start..];
    // "mid-May" is joined by a hyphen; every other lead by a space.
    let joined = before.len() - lead.len();
    let hyphen = before.ends_with('-');
    let fits = if hyphen {
        word.eq_ignore_ascii_case("mid") && joined == 1
    } else {
        MONTH_LEADS.iter().any(|l| l.eq_ignore_ascii_case(word))
    };
    if !fits {
        return fail(i);
    }
    Ok((
        rest,
        plain(DateValue {
            month: Some(5),
            ..DateValue::default()
        }),
    ))
}

fn plain<'a>(value: DateValue) -> DateMatch<'a> {
    DateMatch { value, year: None }
}

/// `day_of_month := month sp day ((","? sp) year)? | day sp ("of" sp)? month ((","? sp) year)?`
fn day_of_month(i: &str) -> IResult<&str, DateMatch<'_>> {
    let (rest, (m, d)) = match month(i) {
        Ok((r, (m, _))) => {
            let (r, _) = sp(r)?;
            let (r, d) = day(r)?;
            (r, (m, d))
        }
        Err(_) => {
            let (r, d) = day(i)?;
            let (r, _) = sp(r)?;
            let r = phrase("of")(r)
                .and_then(|(r, _)| sp(r))
                .map_or(r, |(r, _)| r);
            let (r, (m, _)) = month(r)?;
            (r, (m, d))
        }
    };
    if d > days_in_month(m) {
        return fail(i);
    }
    let with_year = sp(rest.strip_prefix(',').unwrap_or(rest)).and_then(|(r, _)| year4(r));
    if let Ok((r, (y, _))) = with_year {
        if let Some(full) = NaiveDate::from_ymd_opt(y, m, d) {
            let value = DateValue {
                date: Some(full),
                month: Some(m),
                day: Some(d),
                weekday: None,
            };
            return Ok((r, plain(value)));
        }
    }
    Ok((
        rest,
        plain(DateValue {
            month: Some(m),
            day: Some(d),
            ..DateValue::default()
        }),
    ))
}

/// `iso := d{4} "-" d{2} "-" d{2}`, a real calendar date.
fn iso(i: &str) -> IResult<&str, DateMatch<'_>> {
    let b = i.as_bytes();
    let shape = b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[7] == b'-'
        && b[8..10].iter().all(u8::is_ascii_digit)
        && !b.get(10).is_some_and(u8::is_ascii_digit);
    if !shape {
        return fail(i);
    }
    let full = NaiveDate::parse_from_str(&i[..10], "%Y-%m-%d").ok();
    match full {
        Some(d) => {
            use chrono::Datelike;
            let value = DateValue {
                date: Some(d),
                month: Some(d.month()),
                day: Some(d.day()),
                weekday: None,
            };
            Ok((&i[10..], plain(value)))
        }
        None => fail(i),
    }
}

/// `weekday := "Monday" | … | "Sunday"`, capitalised.
fn weekday(i: &str) -> IResult<&str, Weekday> {
    if !capitalised(i) {
        return fail(i);
    }
    let (r, (_, wd)) = longest(WEEKDAYS)(i)?;
    Ok((r, wd))
}

/// `month := full_name | short_name "."?`, capitalised; with whether it may
/// stand alone.
fn month(i: &str) -> IResult<&str, (u32, bool)> {
    if !capitalised(i) {
        return fail(i);
    }
    let (r, (_, (m, alone))) = longest(MONTHS)(i)?;
    let short = i.len() - r.len() <= 4 && !alone && m != 5;
    let r = if short {
        r.strip_prefix('.').unwrap_or(r)
    } else {
        r
    };
    Ok((r, (m, alone)))
}

/// `day := d{1,2} ("st" | "nd" | "rd" | "th")?` in 1..=31.
fn day(i: &str) -> IResult<&str, u32> {
    let n = i.bytes().take_while(u8::is_ascii_digit).count();
    if n == 0 || n > 2 {
        return fail(i);
    }
    let d: u32 = i[..n].parse().unwrap_or(0);
    let mut r = &i[n..];
    for suffix in ["st", "nd", "rd", "th"] {
        if r.len() >= 2 && r.as_bytes()[..2].eq_ignore_ascii_case(suffix.as_bytes()) {
            r = &r[2..];
            break;
        }
    }
    // "July 21:30" is a time; "**July 21:** Eagle lands" is a date.
    let clock = r.starts_with(':') && r.as_bytes().get(1).is_some_and(u8::is_ascii_digit);
    if !(1..=31).contains(&d) || glued(r) || clock {
        return fail(i);
    }
    Ok((r, d))
}

/// `year := d{4}` in 1900..=2100, not followed by a letter or digit.
pub fn year4(i: &str) -> IResult<&str, (i32, &str)> {
    year4_in(i, 1900..=2100)
}

/// [`year4`] for the years in `range`.
pub fn year4_in(i: &str, range: std::ops::RangeInclusive<i32>) -> IResult<&str, (i32, &str)> {
    let b = i.as_bytes();
    if b.len() < 4 || !b[..4].iter().all(u8::is_ascii_digit) || glued(&i[4..]) {
        return fail(i);
    }
    let y: i32 = i[..4].parse().unwrap_or(0);
    if !range.contains(&y) {
        return fail(i);
    }
    Ok((&i[4..], (y, &i[..4])))
}

fn capitalised(i: &str) -> bool {
    i.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
}

fn days_in_month(m: u32) -> u32 {
    match m {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (name, input, Some((year, leftover)) or None).
    type YearCase = (&'static str, &'static str, Option<(i32, &'static str)>);

    fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    /// (name, input, Some((date, month, day, weekday, year, leftover)) or None).
    type Case = (
        &'static str,
        &'static str,
        Option<(
            Option<NaiveDate>,
            Option<u32>,
            Option<u32>,
            Option<Weekday>,
            Option<i32>,
            &'static str,
        )>,
    );

    #[test]
    fn date_table() {
        use Weekday::Fri;
        let cases: &[Case] = &[
            (
                "weekday",
                "Friday in Alaska",
                Some((None, None, None, Some(Fri), None, " in Alaska")),
            ),
            (
                "weekday_possessive",
                "Friday's summit",
                Some((None, None, None, Some(Fri), None, "'s summit")),
            ),
            (
                "month_day",
                "August 15 in",
                Some((None, Some(8), Some(15), None, None, " in")),
            ),
            (
                "month_day_before_a_colon",
                "July 21: Eagle",
                Some((None, Some(7), Some(21), None, None, ": Eagle")),
            ),
            (
                "month_then_clock_time",
                "July 21:30",
                Some((None, Some(7), None, None, None, " 21:30")),
            ),
            (
                "month_day_ordinal",
                "August 15th,",
                Some((None, Some(8), Some(15), None, None, ",")),
            ),
            (
                "day_month_year",
                "15 August 2025.",
                Some((ymd(2025, 8, 15), Some(8), Some(15), None, None, ".")),
            ),
            (
                "day_of_month",
                "15th of August",
                Some((None, Some(8), Some(15), None, None, "")),
            ),
            (
                "short_month",
                "Aug. 15 talks",
                Some((None, Some(8), Some(15), None, None, " talks")),
            ),
            (
                "short_month_no_dot",
                "Aug 15",
                Some((None, Some(8), Some(15), None, None, "")),
            ),
            (
                "full",
                "Friday, Aug. 15, 2025, in",
                Some((ymd(2025, 8, 15), Some(8), Some(15), Some(Fri), None, ", in")),
            ),
            (
                "weekday_day_month",
                "Friday 15 August",
                Some((None, Some(8), Some(15), Some(Fri), None, "")),
            ),
            (
                "iso",
                "2025-08-15 talks",
                Some((ymd(2025, 8, 15), Some(8), Some(15), None, None, " talks")),
            ),
            (
                "may_day",
                "May 3",
                Some((None, Some(5), Some(3), None, None, "")),
            ),
            (
                "day_may",
                "3 May",
                Some((None, Some(5), Some(3), None, None, "")),
            ),
            (
                "may_year",
                "May 2024 talks",
                Some((None, Some(5), None, None, Some(2024), " talks")),
            ),
            (
                "month_alone",
                "February visit",
                Some((None, Some(2), None, None, None, " visit")),
            ),
            ("may_alone_is_modal", "May remember", None),
            ("lower_may", "may 3", None),
            ("lower_month", "march 3 miles", None),
            ("short_alone", "Aug. talks", None),
            (
                "impossible_day",
                "February 30",
                Some((None, Some(2), None, None, None, " 30")),
            ),
            ("bad_iso", "2025-13-45", None),
            ("numeric_date", "15/8", None),
            (
                "time_not_day",
                "August 10:30",
                Some((None, Some(8), None, None, None, " 10:30")),
            ),
            ("date_word", "Date: today", None),
            ("weekday_inside_word", "Fridays", None),
        ];
        for (name, input, want) in cases {
            let got = date(input).map(|(r, m)| {
                let v = m.value;
                (v.date, v.month, v.day, v.weekday, m.year.map(|(y, _)| y), r)
            });
            match (got, want) {
                (Ok(got), Some(want)) => assert_eq!(got, *want, "{name}"),
                (Err(_), None) => {}
                (got, _) => panic!("{name}: got {got:?}"),
            }
        }
    }

    #[test]
    fn year_table() {
        let cases: &[YearCase] = &[
            ("plain", "2022 invasion", Some((2022, " invasion"))),
            ("sentence_end", "2019.", Some((2019, "."))),
            ("too_early", "1066", None),
            ("decade", "1990s", None),
            ("five_digits", "20221", None),
        ];
        for (name, input, want) in cases {
            let got = year4(input).map(|(r, (y, _))| (y, r)).ok();
            assert_eq!(got, *want, "{name}");
        }
    }

    #[test]
    fn led_may_table() {
        // (name, text before, input, month read and leftover)
        let cases: &[(&str, &str, &str, Option<&str>)] = &[
            ("in", "workers in ", "May.", Some(".")),
            ("sentence_start_in", "In ", "May, the", Some(", the")),
            ("late", "resumed in late ", "May and", Some(" and")),
            ("since", "since ", "May and", Some(" and")),
            ("mid_hyphen", "By mid-", "May the", Some(" the")),
            ("surname", "Theresa ", "May resigned", None),
            ("modal_first", "", "May I ask", None),
            ("lower_modal", "they ", "may meet", None),
            ("other_hyphen", "anti-", "May", None),
            ("inside_word", "in ", "Mayday", None),
            ("line_break", "in\n", "May", None),
        ];
        for (name, before, input, want) in cases {
            let got = led_may(input, before).ok().map(|(rest, m)| {
                assert_eq!(m.value.month, Some(5), "{name}");
                rest
            });
            assert_eq!(got, *want, "{name}");
        }
    }
}
