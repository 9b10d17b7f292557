//! Numeric mentions: durations, counts, dates and years, the entry point of
//! the number/duration/date grammar.
//!
//! The scan ([`super::scan`]) finds candidate cores; at each one, every
//! possible start (a few prefix words back, then the core itself) is tried,
//! earliest first, and at a start the parsers run in a fixed order: date,
//! year, duration, count. The first phrase that reaches the core wins and the
//! scan resumes after it, so a number is never both a date and a count. The
//! one deliberate overlap: a relative year ("in ten years") also yields its
//! duration ("ten years"), and "May 2024" yields a month date and a year.

use std::cell::OnceCell;
use std::ops::Range;

use crate::interval::Interval;

use chrono::Datelike;

use super::count::{count, rating, scale_range};
use super::date::{date, led_may};
use super::duration::duration;
use super::scan::{candidates, starts};
use super::score::score;
use super::year::{absolute, old, year_given, YearPhrase};
use super::{ExtractOptions, Mention, MentionKind, Word};

/// Every duration, count, date and year mention in `text` (whose words are
/// `words`), in text order.
pub fn find(text: &str, words: &[Word], options: &ExtractOptions) -> Vec<Mention> {
    // News text holds about one mention per hundred bytes: room for these
    // and for the quotes and names the extractor appends, so that the list
    // is not copied again each time it grows.
    let mut out = Vec::with_capacity(text.len() / 64 + 8);
    let mut covered = 0;
    let _memo = super::number::memo_scope(text);
    for core in candidates(text, words) {
        if core < covered {
            continue;
        }
        for start in starts(text, core, covered) {
            if let Some(end) = parse_at(text, start, core, options, &mut out) {
                covered = end;
                break;
            }
        }
    }
    out
}

/// Tries every parser at `start`; on a phrase that reaches past `core`,
/// pushes its mentions and returns where it ends.
fn parse_at(
    text: &str,
    start: usize,
    core: usize,
    options: &ExtractOptions,
    out: &mut Vec<Mention>,
) -> Option<usize> {
    let input = &text[start..];
    let end_of = |rest: &str| text.len() - rest.len();
    let offset_of = |slice: &str| slice.as_ptr() as usize - text.as_ptr() as usize;
    let width = options.hedge;

    if let Ok((rest, m)) = date(input).or_else(|_| led_may(input, &text[..start])) {
        let end = end_of(rest);
        if end > core {
            out.push(Mention {
                span: start..end,
                kind: MentionKind::Date(m.value),
            });
            if let Some((y, slice)) = m.year {
                let at = offset_of(slice);
                out.push(Mention {
                    span: at..at + slice.len(),
                    kind: MentionKind::Year {
                        years: crate::interval::Interval::point(f64::from(y)),
                        hedge: None,
                    },
                });
            }
            return Some(end);
        }
    }

    // "12 out of 10", "a scale from 1 to 10": ratings, no counts; read and
    // dropped so that neither number is taken for one.
    if start == core {
        if let Ok((rest, ())) = rating(input).or_else(|_| scale_range(&text[..start], input)) {
            return Some(end_of(rest));
        }
        if let Some((from, end, s)) = score(text, core, options.tallies) {
            out.push(Mention {
                span: from..end,
                kind: MentionKind::Score {
                    points: s.points,
                    sides: s.sides,
                },
            });
            return Some(end);
        }
    }

    // The duration at `input`, parsed at most once: "ten years ago" reads it
    // first, and when that is no year, the duration parser below wants it.
    let at_input = OnceCell::new();
    let duration_here = || at_input.get_or_init(|| duration(input)).clone();

    let event = options.date.map(|d| d.year());
    // Relative years need the event's year; without it only "2022" can be one.
    let phrase = match event {
        Some(_) => year_given(input, duration_here),
        None => absolute(input),
    }
    .or_else(|e| {
        if options.earliest_year < 1900 {
            old(input, options.earliest_year)
        } else {
            Err(e)
        }
    });
    if let Ok((rest, phrase)) = phrase {
        let end = end_of(rest);
        if let (true, Some(years)) = (end > core, phrase.years(event, width)) {
            let hedge = match &phrase {
                YearPhrase::Back { duration, .. } => duration.stated.hedge_word(),
                _ => None,
            };
            out.push(Mention {
                span: start..end,
                kind: MentionKind::Year { years, hedge },
            });
            if let YearPhrase::Back { duration, text: d } = phrase {
                let at = offset_of(d);
                out.push(Mention {
                    span: at..at + d.len(),
                    kind: MentionKind::Duration(duration.stated.quantity(width)),
                });
            }
            return Some(end);
        }
    }

    if let Ok((rest, d)) = duration_here() {
        let end = end_of(rest);
        if end > core {
            out.push(Mention {
                span: d.stated.mention_start(text, start)..end,
                kind: MentionKind::Duration(d.stated.quantity(width)),
            });
            return Some(end);
        }
    }

    if let Some(end) = figure_label(text, start, core, width, out) {
        return Some(end);
    }

    if let Ok((rest, c)) = count(input) {
        let end = end_of(rest);
        // "this one mile": with a unit, "one" is no pronoun.
        if end > core && (c.unit.is_some() || !pronoun_one(text, start, core)) {
            let mut span = c.stated.mention_start(text, start)..end;
            let mut quantity = c.stated.quantity(width);
            if is_temperature(&c) {
                if let Some(signed) = below_zero(text, &span) {
                    span = signed;
                    let Interval { lo, hi } = quantity.interval;
                    quantity.interval = Interval::new(-hi.unwrap_or(lo), -lo);
                }
            }
            // "18.204 spectators" in a wire that groups thousands with a
            // dot: people or things counted are whole, so a dot before three
            // digits (and no more) groups thousands.
            let counted = c.unit.is_none()
                && c.noun.as_deref().is_some_and(|n| {
                    n == "people" || (n.len() > 3 && n.ends_with('s') && !is_temperature(&c))
                });
            if counted && dotted_thousands(&text[core..]) {
                quantity.interval = quantity.interval.scale(1000.0);
            }
            let end = span.end;
            out.push(Mention {
                span,
                kind: MentionKind::Count {
                    quantity,
                    noun: c.noun,
                    unit: c.unit,
                },
            });
            return Some(end);
        }
    }
    None
}

/// Whether `s` opens on a figure whose only dot groups thousands: one to
/// three digits, a dot and exactly three digits ("18.204", not "18.2",
/// "18.2045" or "1.234.5").
fn dotted_thousands(s: &str) -> bool {
    let b = s.as_bytes();
    let lead = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if !(1..=3).contains(&lead) || b.get(lead) != Some(&b'.') {
        return false;
    }
    let tail = b[lead + 1..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    tail == 3 && !matches!(b.get(lead + 4), Some(b'.' | b','))
}

/// Whether a count is a temperature: in degrees of a scale, or in
/// "degrees" alone.
fn is_temperature(c: &super::count::Count) -> bool {
    match (&c.unit, c.noun.as_deref()) {
        (Some(crate::unit::Unit::Measure(m)), _) => {
            m.dimension == crate::unit::Dimension::Temperature
        }
        (None, Some(noun)) => matches!(noun, "degrees" | "degree"),
        _ => false,
    }
}

/// The span of a temperature at `span` with its sign, when it is below
/// zero: a minus sign glued before it ("-46C", "−46 °C"), "minus" before it,
/// or "below zero" / "below freezing" after it.
fn below_zero(text: &str, span: &Range<usize>) -> Option<Range<usize>> {
    let before = &text[..span.start];
    for sign in ["-", "\u{2212}"] {
        if let Some(rest) = before.strip_suffix(sign) {
            if rest.is_empty() || rest.ends_with(|c: char| c.is_whitespace() || c == '(') {
                return Some(rest.len()..span.end);
            }
        }
    }
    let word = before.trim_end();
    // (On a char boundary: "½𐀀\t15C" has no five-byte word before it.)
    if word.len() < before.len() && word.len() >= 5 && word.is_char_boundary(word.len() - 5) {
        let (head, last) = word.split_at(word.len() - 5);
        let opens = head.is_empty() || head.ends_with(|c: char| !c.is_alphanumeric());
        if opens && last.eq_ignore_ascii_case("minus") {
            return Some(head.len()..span.end);
        }
    }
    let after = &text[span.end..];
    for tail in [" below zero", " below freezing"] {
        if after
            .get(..tail.len())
            .is_some_and(|t| t.eq_ignore_ascii_case(tail))
        {
            return Some(span.start..span.end + tail.len());
        }
    }
    None
}

/// A data desk's figure label: a figure that opens its line (after a bullet
/// or a list number), a spaced dash, and its unit on the other side ("6 -
/// hours of final debate", "20 million – euros, the fixed ceiling", "25 —
/// basis points cut"). The figure and the unit are read as one phrase, as if
/// the dash were a space; the mention spans both. Only a length of time or a
/// count with a unit is taken: a bare noun after the dash ("388 - members
/// who voted") stays the count's label, for linking to read.
fn figure_label(
    text: &str,
    start: usize,
    core: usize,
    width: f64,
    out: &mut Vec<Mention>,
) -> Option<usize> {
    if start != core || !line_opening(&text[..start]) {
        return None;
    }
    let line = &text[start..];
    let line = &line[..line.find('\n').unwrap_or(line.len())];
    let head = line.get(..line.len().min(24))?;
    let (figure_len, sep_len) = [" - ", " \u{2013} ", " \u{2014} "]
        .iter()
        .filter_map(|sep| head.find(sep).map(|at| (at, sep.len())))
        .min()?;
    let figure = &line[..figure_len];
    if figure.contains([',', ':', ';']) && !figure.contains(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let after = &line[figure_len + sep_len..];
    let label = format!("{figure} {after}");
    // Where a parse of `label` that read past the figure ends in `text`.
    let end_in_text = |rest: &str| {
        let read = label.len() - rest.len();
        (read > figure_len + 1).then(|| start + figure_len + sep_len + (read - figure_len - 1))
    };
    if let Ok((rest, d)) = duration(&label) {
        let end = end_in_text(rest)?;
        out.push(Mention {
            span: start + d.stated.mention_start(&label, 0)..end,
            kind: MentionKind::Duration(d.stated.quantity(width)),
        });
        return Some(end);
    }
    let (rest, c) = count(&label).ok()?;
    let unit = c.unit.filter(|_| c.noun.is_none())?;
    let end = end_in_text(rest)?;
    out.push(Mention {
        span: start + c.stated.mention_start(&label, 0)..end,
        kind: MentionKind::Count {
            quantity: c.stated.quantity(width),
            noun: None,
            unit: Some(unit),
        },
    });
    Some(end)
}

/// Whether `before` (the text before a figure) ends in a line's opening:
/// nothing on the line, or only a bullet ("-", "*", "•") or a list number
/// ("4.", "4)").
fn line_opening(before: &str) -> bool {
    // A bullet or a list number is a few bytes: look no further back (a
    // long line is no list line, and is not scanned once per figure).
    let from = before.len().saturating_sub(8);
    let from = (from..=before.len())
        .find(|&k| before.is_char_boundary(k))
        .unwrap_or(before.len());
    let line = match before[from..].rfind('\n') {
        Some(k) => &before[from + k + 1..],
        None if from == 0 => before,
        None => return false,
    };
    let lead = line.trim();
    lead.is_empty()
        || ["-", "*", "\u{2022}", "\u{2013}", "\u{2014}"].contains(&lead)
        || lead
            .strip_suffix(['.', ')'])
            .is_some_and(|n| !n.is_empty() && n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether the count at `core` is the pronoun "one" ("no one", "the one
/// who", "this one"), which counts nothing.
fn pronoun_one(text: &str, start: usize, core: usize) -> bool {
    let is_one = text[core..]
        .get(..3)
        .is_some_and(|w| w.eq_ignore_ascii_case("one"));
    if start != core || !is_one {
        return false;
    }
    let before = text[..start].trim_end_matches([' ', '\u{a0}']);
    let word_start = before
        .bytes()
        // The last non-letter byte ends its character, so `k + 1` is a boundary.
        .rposition(|b| !b.is_ascii_alphabetic())
        .map_or(0, |k| k + 1);
    let prev = before[word_start..].to_ascii_lowercase();
    [
        "no", "any", "every", "each", "the", "this", "that", "which", "someone",
    ]
    .contains(&prev.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Quantity;

    /// [`super::find`] over `text` as the tokenizer splits it.
    fn find(text: &str, options: &ExtractOptions) -> Vec<Mention> {
        super::find(text, &crate::extract::words::tokenize(text, &[]), options)
    }

    /// (seed, text, every duration as (text, interval)).
    type SeedCase = (&'static str, &'static str, Vec<(&'static str, Interval)>);

    /// (name, text, every mention as (kind, text)).
    type SpanCase = (
        &'static str,
        &'static str,
        &'static [(&'static str, &'static str)],
    );
    use crate::interval::Interval;
    use chrono::{NaiveDate, Weekday};

    fn options(date: Option<(i32, u32, u32)>) -> ExtractOptions {
        ExtractOptions {
            date: date.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)),
            ..ExtractOptions::default()
        }
    }

    /// Every duration mention in `text` as (text, interval).
    fn durations<'a>(text: &'a str, options: &ExtractOptions) -> Vec<(&'a str, Interval)> {
        find(text, options)
            .into_iter()
            .filter_map(|m| match m.kind {
                MentionKind::Duration(q) => Some((&text[m.span], q.interval)),
                _ => None,
            })
            .collect()
    }

    /// Every mention as (kind, text), for checking spans.
    fn spans<'a>(text: &'a str, options: &ExtractOptions) -> Vec<(&'static str, &'a str)> {
        find(text, options)
            .into_iter()
            .map(|m| (m.kind.name(), &text[m.span]))
            .collect()
    }

    #[test]
    fn seed_durations_are_exactly_the_known_ones() {
        let p = Interval::point;
        let three = Interval::new(9180.0, 10800.0);
        let seeds: &[SeedCase] = &[
            (
                "000",
                include_str!("../../seeds/000_25469d930417fc69.txt"),
                vec![
                    ("6\u{a0}min", p(360.0)),
                    ("24 hours", p(86_400.0)),
                    ("nearly three hours", three),
                ],
            ),
            (
                "001",
                include_str!("../../seeds/001_cedad87b048315ce.txt"),
                vec![("almost three hours", three)],
            ),
            (
                "002",
                include_str!("../../seeds/002_aadb4d3f69dc4326.txt"),
                vec![
                    ("12-hour", p(43_200.0)),
                    ("roughly three hours", Interval::new(9180.0, 12420.0)),
                ],
            ),
            (
                "003",
                include_str!("../../seeds/003_30f34ed25f2553cc.txt"),
                vec![("12 minutes", p(720.0))],
            ),
            (
                "004",
                include_str!("../../seeds/004_24612b0096fd0c3e.txt"),
                vec![
                    ("ten years", p(315_360_000.0)),
                    ("two-and-a-half-hour", p(9000.0)),
                ],
            ),
        ];
        for (name, text, want) in seeds {
            for date in [None, Some((2025, 8, 15))] {
                assert_eq!(
                    durations(text, &options(date)),
                    *want,
                    "seed {name}, date {date:?}"
                );
            }
        }
    }

    #[test]
    fn spans_cover_hedges_and_stop_at_the_unit() {
        let o = options(Some((2025, 8, 15)));
        let cases: &[SpanCase] = &[
            (
                "hedge_in_span",
                "Following nearly three hours of talks",
                &[("duration", "nearly three hours")],
            ),
            (
                "adjective",
                "12-hour talks yield nothing",
                &[("duration", "12-hour")],
            ),
            (
                "a_little_over",
                "for a little over two hours.",
                &[("duration", "a little over two hours")],
            ),
            (
                "relative_year_and_duration",
                "first visit in ten years.",
                &[("year", "in ten years"), ("duration", "ten years")],
            ),
            (
                "first_time_in_a_decade",
                "for the first time in a decade",
                &[("year", "in a decade"), ("duration", "a decade")],
            ),
            (
                "ago",
                "met ten years ago",
                &[("year", "ten years ago"), ("duration", "ten years")],
            ),
            (
                "earlier_this_year",
                "met earlier this year in",
                &[("year", "earlier this year")],
            ),
            (
                "absolute_years",
                "since 2019 and a 2018 meeting",
                &[("year", "2019"), ("year", "2018")],
            ),
            (
                "three_year_war",
                "a three-year war",
                &[("duration", "three-year")],
            ),
            (
                "full_date",
                "on Friday, Aug. 15, 2025, in",
                &[("date", "Friday, Aug. 15, 2025")],
            ),
            (
                "month_year",
                "in May 2024 talks",
                &[("date", "May 2024"), ("year", "2024")],
            ),
            ("modal_may", "it may be remembered", &[]),
            (
                "count",
                "Four Journalists Among Dozens Killed",
                &[("count", "Four Journalists"), ("count", "Dozens")],
            ),
            (
                "hedged_count",
                "some 40 protesters",
                &[("count", "some 40 protesters")],
            ),
            ("no_one", "no one came", &[]),
            ("one_of", "one of the most significant", &[]),
            ("pronoun", "one is probably the most", &[]),
            ("key_issue", "a key issue remains", &[]),
            ("second_wave", "a second wave of", &[]),
            ("labels", "No. 10, a B-2, the G7 and Covid-19", &[]),
            ("one_on_one", "previous one-on-one discussions", &[]),
            ("someone", "someone hourly", &[]),
            ("date_label", "Date: 15/8", &[]),
        ];
        for (name, text, want) in cases {
            assert_eq!(spans(text, &o), *want, "{name}");
        }
    }

    #[test]
    fn relative_years_need_a_date() {
        let text = "the first visit in ten years, earlier this year";
        assert_eq!(spans(text, &options(None)), [("duration", "ten years")]);
        let got: Vec<_> = find(text, &options(Some((2025, 8, 15))))
            .into_iter()
            .filter_map(|m| match m.kind {
                MentionKind::Year { years, .. } => Some(years),
                _ => None,
            })
            .collect();
        assert_eq!(got, [Interval::point(2015.0), Interval::point(2025.0)]);
    }

    #[test]
    fn values_are_normalised() {
        let text = "On Friday, dozens of protesters gathered in February.";
        let kinds: Vec<MentionKind> = find(text, &options(None))
            .into_iter()
            .map(|m| m.kind)
            .collect();
        assert_eq!(
            kinds,
            [
                MentionKind::Date(crate::extract::DateValue {
                    weekday: Some(Weekday::Fri),
                    ..Default::default()
                }),
                MentionKind::Count {
                    quantity: Quantity {
                        interval: Interval::new(24.0, 99.0),
                        hedge: None
                    },
                    noun: Some("protesters".to_string()),
                    unit: None,
                },
                MentionKind::Date(crate::extract::DateValue {
                    month: Some(2),
                    ..Default::default()
                }),
            ]
        );
    }

    #[test]
    fn a_multibyte_word_before_a_temperature_is_no_minus() {
        // (Found by the property below: five bytes back from the figure fell
        // inside a four-byte character.)
        let text = "½\u{10000}\t15C";
        let found = find(text, &options(Some((2025, 8, 15))));
        assert_eq!(found.len(), 1);
        assert_eq!(&text[found[0].span.clone()], "15C");
    }

    use proptest::prelude::*;
    use proptest::sample::select;

    proptest::proptest! {
        #[test]
        fn any_input_gives_ordered_spans_on_char_boundaries(
            parts in proptest::collection::vec(
                proptest::prop_oneof![
                    select(vec![
                        "two", "-", "and", "a", "half", "hour", "s", " ", "\u{a0}", "May", "Friday",
                        ", ", "2025", "15", "½", "é", "in", "years", "ago", "nearly", "No.", "$",
                        "one", "of", "dozens", "—", "1,2", ".5", "this", "year", "between", "to",
                    ]).prop_map(String::from),
                    any::<char>().prop_map(String::from),
                ],
                0..40,
            )
        ) {
            let text = parts.concat();
            let mut last_start = 0;
            for m in find(&text, &options(Some((2025, 8, 15)))) {
                proptest::prop_assert!(m.span.start < m.span.end && m.span.end <= text.len());
                proptest::prop_assert!(text.is_char_boundary(m.span.start));
                proptest::prop_assert!(text.is_char_boundary(m.span.end));
                // In text order: a relative year's duration starts inside its year.
                proptest::prop_assert!(m.span.start >= last_start);
                last_start = m.span.start;
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn no_numeric_mention_overlaps_one_of_another_kind(
            parts in proptest::collection::vec(
                select(vec![
                    "40", "-", "\u{2013}", "22", " ", "$", "2.5", "bn", "%", " per cent", " percent",
                    " percentage points", "half", " a ", "billion", "three", "-man", " crew",
                    "40,000", "-seat", " out of ", "10", "Apollo ", "11", "'s", " hours", " and ",
                    "quarter", " of ", "million", " miles", " tonnes", "won ", " to ", "Eagles ",
                    ", ", "Chiefs ", "3", " dozen", ".08", "two-thirds", " scale from ", "1",
                    "€", "m", " euros", "all-day", "another", " hour", "2 days 1 month",
                    " in ", "five", " fifths", "a fifth", " point ", "nought", " lakh", " crore",
                    "Rs ", " 000", "\u{202f}", " - ", " of a ", " second", "zero", " k",
                ]),
                0..24,
            )
        ) {
            let text = parts.concat();
            let found = find(&text, &options(Some((2025, 8, 15))));
            for (i, a) in found.iter().enumerate() {
                for b in &found[i + 1..] {
                    let overlap = a.span.start < b.span.end && b.span.start < a.span.end;
                    // The one deliberate overlap: a relative year and its duration.
                    let year_and_duration = matches!(
                        (&a.kind, &b.kind),
                        (MentionKind::Year { .. }, MentionKind::Duration(_))
                            | (MentionKind::Date(_), MentionKind::Year { .. })
                    );
                    proptest::prop_assert!(
                        !overlap || a.kind.name() == b.kind.name() || year_and_duration,
                        "{:?} overlaps {:?} in {:?}", a, b, text
                    );
                }
            }
        }
    }

    /// A mention as the news tables give it: kind, text, interval, unit.
    type Want = (
        &'static str,
        &'static str,
        Option<(f64, Option<f64>)>,
        Option<&'static str>,
    );

    /// Asserts that each text of `cases` gives exactly its mentions.
    #[track_caller]
    fn assert_table(cases: &[(&'static str, &[Want])], o: &ExtractOptions) {
        for (text, want) in cases {
            let got: Vec<Want> = find(text, o)
                .into_iter()
                .map(|m| {
                    let (value, unit) = match &m.kind {
                        MentionKind::Count { quantity, unit, .. } => (
                            Some((quantity.interval.lo, quantity.interval.hi)),
                            unit.map(|u| u.name()),
                        ),
                        MentionKind::Duration(q) => (Some((q.interval.lo, q.interval.hi)), None),
                        _ => (None, None),
                    };
                    (m.kind.name(), &text[m.span], value, unit)
                })
                .collect();
            assert_eq!(got, *want, "{text}");
        }
    }

    /// Every example of issue 15 and SPEC rule 1/2b, as (kind, text, value, unit).
    #[test]
    fn news_numbers_as_mentions() {
        let o = options(Some((2025, 8, 15)));
        let cases: &[(&str, &[Want])] = &[
            (
                "They spent about 21 and a half hours on the surface.",
                &[(
                    "duration",
                    "about 21 and a half hours",
                    Some((65_790.0, Some(89_010.0))),
                    None,
                )],
            ),
            (
                "More than half a billion people watched.",
                &[(
                    "count",
                    "More than half a billion people",
                    Some((5e8, None)),
                    None,
                )],
            ),
            (
                "Apollo 11's three-man crew returned safely.",
                &[("count", "three-man", Some((3.0, Some(3.0))), None)],
            ),
            ("Air Force One and a Boeing 787 landed.", &[]),
            ("It was a 12 out of 10.", &[]),
            ("On a scale from zero to 10, it rated", &[]),
            (
                "the G7, Number 10, Section 230, Flight 302, Route 9, an A320neo, iPhone 15",
                &[],
            ),
            ("Game 14 was not needed; she resigned on move 87 on Day 3.", &[]),
            (
                "Tariffs fall from 57% to 47%.",
                &[
                    ("count", "57%", Some((57.0, Some(57.0))), Some("percent")),
                    ("count", "47%", Some((47.0, Some(47.0))), Some("percent")),
                ],
            ),
            (
                "The Eagles won 40-22 on Sunday.",
                &[
                    ("score", "40-22", None, None),
                    ("date", "Sunday", None, None),
                ],
            ),
            (
                "a 40\u{2013}22 win",
                &[("score", "40\u{2013}22", None, None)],
            ),
            ("They won 40 to 22.", &[("score", "40 to 22", None, None)]),
            (
                "Final: Eagles 40, Chiefs 22.",
                &[("score", "Eagles 40, Chiefs 22", None, None)],
            ),
            ("a 17-0 lead at halftime", &[("score", "17-0", None, None)]),
            (
                "a $2.5bn deal and a \u{a3}3m fine",
                &[
                    ("count", "$2.5bn", Some((2.5e9, Some(2.5e9))), Some("USD")),
                    ("count", "\u{a3}3m", Some((3e6, Some(3e6))), Some("GBP")),
                ],
            ),
            (
                "a 40,000-seat stadium",
                &[(
                    "count",
                    "40,000-seat",
                    Some((40_000.0, Some(40_000.0))),
                    None,
                )],
            ),
            (
                "a BAC of .08",
                &[("count", ".08", Some((0.08, Some(0.08))), None)],
            ),
            (
                "an hour and half later",
                &[(
                    "duration",
                    "an hour and half",
                    Some((5400.0, Some(5400.0))),
                    None,
                )],
            ),
            (
                "two percentage points",
                &[(
                    "count",
                    "two percentage points",
                    Some((2.0, Some(2.0))),
                    Some("percentage point"),
                )],
            ),
            // A list line's figure and its unit across the dash.
            (
                "6 - hours of debate\n20 million \u{2013} euros, the ceiling\n25 \u{2014} basis points cut",
                &[
                    ("duration", "6 - hours", Some((21600.0, Some(21600.0))), None),
                    (
                        "count",
                        "20 million \u{2013} euros",
                        Some((2e7, Some(2e7))),
                        Some("EUR"),
                    ),
                    (
                        "count",
                        "25 \u{2014} basis points",
                        Some((25.0, Some(25.0))),
                        Some("basis point"),
                    ),
                ],
            ),
            // Not inside a sentence, and a noun after the dash stays the
            // figure's label (no unit).
            (
                "The vote was 388 - hours later - and 201 - members voted no",
                &[
                    ("count", "388", Some((388.0, Some(388.0))), None),
                    ("count", "201", Some((201.0, Some(201.0))), None),
                ],
            ),
        ];
        assert_table(cases, &o);
    }

    /// The number forms of issue 15's second round, in sentences as news
    /// writes them: each as (kind, text, value, unit).
    #[test]
    fn more_news_numbers_as_mentions() {
        let o = options(Some((2025, 8, 15)));
        let p = |x: f64| Some((x, Some(x)));
        let cases: &[(&str, &[Want])] = &[
            (
                "One in five adults skipped a meal.",
                &[("count", "One in five adults", p(20.0), Some("percent"))],
            ),
            (
                "The state set aside Rs 2,000 crore for relief.",
                &[("count", "Rs 2,000 crore", p(2e10), Some("INR"))],
            ),
            (
                "Nearly 5 lakh pilgrims arrived.",
                &[(
                    "count",
                    "Nearly 5 lakh pilgrims",
                    Some((425_000.0, Some(5e5))),
                    None,
                )],
            ),
            (
                "The stadium holds 40\u{202f}000 fans.",
                &[("count", "40\u{202f}000 fans", p(40_000.0), None)],
            ),
            (
                "Ratings rose to two point five million viewers.",
                &[("count", "two point five million viewers", p(2.5e6), None)],
            ),
            (
                "At one point five people were hurt.",
                &[("count", "five people", p(5.0), None)],
            ),
            ("Rescuers worked at ground zero.", &[]),
            ("The fifth round starts on time.", &[]),
            (
                "She won by three hundredths of a second.",
                &[("duration", "three hundredths of a second", p(0.03), None)],
            ),
            (
                "He is 1.8m tall and walked this one mile.",
                &[
                    ("count", "1.8m", p(1.8), Some("m")),
                    ("count", "one mile", p(1.0), Some("mile")),
                ],
            ),
            (
                "About three fifths of the council backed it.",
                &[(
                    "count",
                    "About three fifths of",
                    Some((51.0, Some(69.0))),
                    Some("percent"),
                )],
            ),
            (
                "Profits fell for two quarters in a row.",
                &[("count", "two quarters", p(2.0), None)],
            ),
        ];
        assert_table(cases, &o);
    }

    #[test]
    fn pathological_input_is_linear_and_safe() {
        for unit in [
            "two-and-",
            "nearly ",
            "one hundred and ",
            "a little over ",
            "1,",
            "Friday, ",
        ] {
            let text = unit.repeat(200_000);
            let found = find(&text, &options(Some((2025, 8, 15))));
            for m in &found {
                assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
                assert!(m.span.start < m.span.end && m.span.end <= text.len());
            }
        }
    }
}
