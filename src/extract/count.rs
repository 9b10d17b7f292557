//! Counts: a number of things, "12 journalists", "three aides", "a couple of
//! reporters", "dozens of protesters", "between 40 and 50 people".
//!
//! A count needs a noun after its number when the number is written in words,
//! because words are too often something else: "one is probably the most
//! significant" (a pronoun), "one of the most" (a partitive). Digits stand
//! alone ("died at 96"), unless they are a year, a percentage, a time of day or
//! a label ("No. 10", "G7", "Covid-19" never reach here: the scan drops them).

use nom::IResult;

use super::duration::range_separator;
use super::hedge::{hedge, lead_or_trailing, Stated};
use super::number::{number, Form, Number};
use super::scan::{fail, glued, hyphen, phrase, sp, word};
use crate::interval::Interval;

/// A count as read, before the hedge width is applied.
#[derive(Clone, Debug, PartialEq)]
pub struct Count {
    /// The amount and its hedge.
    pub stated: Stated,
    /// The counted noun, lower-cased, when one follows.
    pub noun: Option<String>,
}

/// Words that follow a number without being what it counts.
const NOT_NOUNS: &[&str] = &[
    "a", "about", "after", "again", "ago", "all", "also", "am", "among", "an", "and", "are", "as",
    "at", "be", "been", "before", "but", "by", "can", "could", "did", "do", "does", "each", "even",
    "for", "from", "had", "has", "have", "he", "her", "here", "his", "i", "if", "in", "into", "is",
    "it", "its", "just", "least", "less", "may", "might", "more", "most", "much", "must", "no",
    "nor", "not", "now", "o'clock", "of", "off", "on", "once", "only", "or", "other", "others",
    "our", "out", "over", "per", "percent", "pm", "said", "sat", "says", "she", "should", "so",
    "still", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this",
    "those", "through", "times", "to", "too", "under", "until", "up", "very", "was", "we", "were",
    "what", "when", "where", "which", "while", "who", "will", "with", "would", "yet", "you",
];

/// Words that make the number something other than a count when they follow
/// it: time units and calendar words belong to durations and dates.
const NOT_COUNTED: &[&str] = &[
    "second",
    "seconds",
    "minute",
    "minutes",
    "min",
    "mins",
    "hour",
    "hours",
    "hr",
    "hrs",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "decade",
    "decades",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// `count := hedge? amount (sp "of")? sp noun trailing_hedge? | hedge? numeral`
/// where `amount := "between" sp number sp "and" sp number | number
/// range_separator number | number`; "of" only after a vague amount.
pub fn count(i: &str) -> IResult<&str, Count> {
    let (rest, lead) = match hedge(i) {
        Ok((r, h)) => (r, Some(h)),
        Err(_) => (i, None),
    };
    let (rest, (amount, form)) = amount(rest)?;
    if !clean_end(rest) {
        return fail(i);
    }
    let after_of = match (form, sp(rest).and_then(|(r, _)| phrase("of")(r))) {
        (Form::Vague, Ok((r, _))) => r,
        _ => rest,
    };
    let noun = sp(after_of).and_then(|(r, _)| noun(r));
    let (rest, noun) = match noun {
        Ok((r, n)) => (r, Some(n)),
        Err(_) if form == Form::Digits && !before_time_word(rest) => (rest, None),
        Err(e) => return Err(e),
    };
    let (rest, hedge) = lead_or_trailing(lead, rest);
    Ok((
        rest,
        Count {
            stated: Stated { amount, hedge },
            noun,
        },
    ))
}

/// The amount of a count: a range or a single number, and how it was written.
fn amount(i: &str) -> IResult<&str, (Interval, Form)> {
    if let Ok((r, _)) = word("between")(i) {
        let (r, _) = sp(r)?;
        let (r, lo) = countable(r)?;
        let (r, _) = sp(r)?;
        let (r, _) = word("and")(r)?;
        let (r, _) = sp(r)?;
        let (r, hi) = countable(r)?;
        return Ok((r, (Interval::new(lo.value.lo, hi.value.lo), hi.form)));
    }
    let (r, n) = countable(i)?;
    if n.form != Form::Vague {
        if let Ok((r2, ())) = range_separator(r) {
            if let Ok((r3, hi)) = countable(r2) {
                if hi.form == n.form {
                    // "3-1", "2-2": a score or a ratio, not an amount.
                    if hi.value.lo <= n.value.lo {
                        return fail(i);
                    }
                    return Ok((r3, (Interval::new(n.value.lo, hi.value.lo), n.form)));
                }
            }
        }
    }
    Ok((r, (n.value, n.form)))
}

/// A number that can count things: not a year ("2019"), not followed by "%".
fn countable(i: &str) -> IResult<&str, Number> {
    let (r, n) = number(i)?;
    let text = &i[..i.len() - r.len()];
    let year_like = n.form == Form::Digits
        && text.len() == 4
        && text.bytes().all(|b| b.is_ascii_digit())
        && (1900.0..=2100.0).contains(&n.value.lo);
    if year_like {
        return fail(i);
    }
    Ok((r, n))
}

/// Whether what follows a number lets it be a count: not a percentage, a
/// time of day, a numeric date or an adjective ("one-on-one", "30-strong").
fn clean_end(rest: &str) -> bool {
    if glued(rest) || hyphen(rest).is_ok() {
        return false;
    }
    let b = rest.as_bytes();
    let digit_after = |k: usize| b.get(k).is_some_and(u8::is_ascii_digit);
    if rest.starts_with('%') || (matches!(b.first(), Some(b':' | b'/' | b'.')) && digit_after(1)) {
        return false;
    }
    let spaced = sp(rest).map_or(rest, |(r, _)| r);
    let blocked = ["percent", "per cent", "a.m.", "p.m.", "am", "pm"];
    !blocked.iter().any(|w| {
        spaced.len() >= w.len()
            && spaced.as_bytes()[..w.len()].eq_ignore_ascii_case(w.as_bytes())
            && !glued(&spaced[w.len()..])
    })
}

/// `noun := letter (letter | "-" | "'")*`, lower-cased, not a function word,
/// a time unit or a month.
fn noun(i: &str) -> IResult<&str, String> {
    let end = i
        .char_indices()
        .find(|&(k, c)| {
            !(c.is_alphabetic() || (k > 0 && matches!(c, '-' | '\'' | '’') && next_is_letter(i, k)))
        })
        .map_or(i.len(), |(k, _)| k);
    if end == 0 {
        return fail(i);
    }
    let noun = i[..end].to_lowercase();
    if NOT_NOUNS.contains(&noun.as_str()) || NOT_COUNTED.contains(&noun.as_str()) {
        return fail(i);
    }
    Ok((&i[end..], noun))
}

/// Whether the next word is a unit or month: "15 August" is a date, "3
/// hours" a duration, never a bare count.
fn before_time_word(rest: &str) -> bool {
    let Ok((r, _)) = sp(rest) else {
        return false;
    };
    let end = r
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(r.len());
    let w = r[..end].to_ascii_lowercase();
    NOT_COUNTED.contains(&w.as_str())
}

fn next_is_letter(s: &str, at: usize) -> bool {
    s[at..].chars().nth(1).is_some_and(char::is_alphabetic)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (name, input, Some(([lo, hi] at 15%, hedge, noun, leftover)) or None).
    type Case = (
        &'static str,
        &'static str,
        Option<(
            Interval,
            Option<&'static str>,
            Option<&'static str>,
            &'static str,
        )>,
    );

    #[test]
    fn count_table() {
        let p = Interval::point;
        let cases: &[Case] = &[
            (
                "digits_noun",
                "12 journalists were",
                Some((p(12.0), None, Some("journalists"), " were")),
            ),
            (
                "words_noun",
                "three aides.",
                Some((p(3.0), None, Some("aides"), ".")),
            ),
            (
                "headline_case",
                "Four Journalists Among",
                Some((p(4.0), None, Some("journalists"), " Among")),
            ),
            (
                "separator",
                "1,200 people",
                Some((p(1200.0), None, Some("people"), "")),
            ),
            (
                "a_couple_of",
                "a couple of reporters",
                Some((Interval::new(2.0, 3.0), None, Some("reporters"), "")),
            ),
            (
                "a_few",
                "a few officials",
                Some((Interval::new(2.0, 5.0), None, Some("officials"), "")),
            ),
            (
                "several",
                "several officials",
                Some((Interval::new(3.0, 9.0), None, Some("officials"), "")),
            ),
            (
                "dozens_of",
                "dozens of protesters",
                Some((Interval::new(24.0, 99.0), None, Some("protesters"), "")),
            ),
            (
                "a_dozen",
                "a dozen reporters",
                Some((p(12.0), None, Some("reporters"), "")),
            ),
            (
                "hedged",
                "about 40 people",
                Some((Interval::new(34.0, 46.0), Some("about"), Some("people"), "")),
            ),
            (
                "more_than",
                "more than 40 people",
                Some((
                    Interval::at_least(40.0),
                    Some("more than"),
                    Some("people"),
                    "",
                )),
            ),
            (
                "or_more",
                "40 people or more",
                Some((
                    Interval::at_least(40.0),
                    Some("or more"),
                    Some("people"),
                    "",
                )),
            ),
            (
                "range",
                "40 to 50 people",
                Some((Interval::new(40.0, 50.0), None, Some("people"), "")),
            ),
            (
                "range_dash",
                "40–50 people",
                Some((Interval::new(40.0, 50.0), None, Some("people"), "")),
            ),
            ("score_is_no_range", "3-1 after", None),
            ("level_score", "2-2 draw", None),
            (
                "between",
                "between 40 and 50 people",
                Some((Interval::new(40.0, 50.0), None, Some("people"), "")),
            ),
            ("digits_alone", "at 96\n", None),
            ("bare_digits", "96\n", Some((p(96.0), None, None, "\n"))),
            (
                "scaled",
                "1.5 million people",
                Some((p(1.5e6), None, Some("people"), "")),
            ),
            (
                "hyphenated_noun",
                "two follow-ups",
                Some((p(2.0), None, Some("follow-ups"), "")),
            ),
            ("one_of_the_most", "one of the most significant", None),
            ("one_is_a_pronoun", "one is probably", None),
            ("one_on_one", "one-on-one discussions", None),
            (
                "one_then_quote",
                "one \u{201c}significant\u{201d} issue",
                None,
            ),
            ("year", "2018 meeting", None),
            ("percent_sign", "45% of", None),
            ("percent_word", "45 percent", None),
            ("time_colon", "10:30 talks", None),
            ("time_pm", "3 p.m. talks", None),
            ("numeric_date", "15/8", None),
            ("ordinal", "1st place", None),
            ("duration_unit", "three hours", None),
            ("date", "15 August", None),
            ("vague_needs_noun", "several.", None),
        ];
        for (name, input, want) in cases {
            let got = count(input).map(|(r, c)| {
                (
                    c.stated.interval(0.15),
                    c.stated.hedge.map(|h| h.word),
                    c.noun,
                    r,
                )
            });
            match (got, want) {
                (Ok((i, h, n, r)), Some((wi, wh, wn, wr))) => {
                    assert_eq!((i, h, n.as_deref(), r), (*wi, *wh, *wn, *wr), "{name}");
                }
                (Err(_), None) => {}
                (got, _) => panic!("{name}: got {got:?}"),
            }
        }
    }
}
