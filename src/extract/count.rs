//! Counts: a number of things, "12 journalists", "three aides", "a couple of
//! reporters", "dozens of protesters", "between 40 and 50 people".
//!
//! A count needs a noun after its number when the number is written in words,
//! because words are too often something else: "one is probably the most
//! significant" (a pronoun), "one of the most" (a partitive). Digits stand
//! alone ("died at 96"), unless they are a year, a percentage, a time of day or
//! a label ("No. 10", "G7", "Covid-19" never reach here: the scan drops them).

use std::sync::LazyLock;

use nom::IResult;

use super::duration::range_separator;
use super::hedge::{hedge, lead_or_trailing, Stated};
use super::number::{number, Form, Number};
use super::scan::{fail, glued, hyphen, longest, phrase, sp, word, Phrases};
use crate::interval::Interval;
use crate::unit::{self, Unit};

/// A count as read, before the hedge width is applied.
#[derive(Clone, Debug, PartialEq)]
pub struct Count {
    /// The amount and its hedge (in `unit` when there is one: 47 for "47%").
    pub stated: Stated,
    /// The counted noun, lower-cased, when one follows.
    pub noun: Option<String>,
    /// The unit: percent, a currency or a measure.
    pub unit: Option<Unit>,
}

/// Words that follow a number without being what it counts.
pub(super) const NOT_NOUNS: &[&str] = &[
    "a", "about", "after", "again", "ago", "all", "also", "am", "among", "an", "and", "are", "as",
    "at", "be", "been", "before", "but", "by", "can", "could", "did", "do", "does", "each", "even",
    "for", "from", "had", "has", "have", "he", "her", "here", "his", "i", "if", "in", "into", "is",
    "it", "its", "just", "least", "less", "may", "might", "more", "most", "much", "must", "no",
    "nor", "not", "now", "o'clock", "of", "off", "on", "once", "only", "or", "other", "others",
    "our", "out", "over", "per", "percent", "pm", "remain", "remained", "said", "sat", "says",
    "she", "should", "so", "still", "than", "that", "the", "their", "them", "then", "there",
    "these", "they", "this", "those", "through", "times", "to", "too", "under", "until", "up",
    "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "will", "with",
    "would", "yet", "you",
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

/// `count := hedge? (money | amount unit_or_noun) trailing_hedge?`
/// where `unit_or_noun := percent | currency | measure | hyphen noun | (sp "of")? sp noun | ε` ("of" only after a
/// vague amount; nothing after digits only; "percentage points" is a
/// measure, no percent); a fraction counts as a share ("two-thirds of" is
/// 66.7 %) or a change of a rate ("half a percentage point").
pub fn count(i: &str) -> IResult<&str, Count> {
    let (rest, lead) = match hedge(i) {
        Ok((r, h)) => (r, Some(h)),
        Err(_) => (i, None),
    };
    let unit_count = |rest, amount, unit: Unit, noun| {
        let (rest, hedge) = lead_or_trailing(lead, rest);
        Ok((
            rest,
            Count {
                stated: Stated { amount, hedge },
                noun,
                unit: Some(unit),
            },
        ))
    };
    if let Ok((rest, (amount, unit))) = money(rest) {
        return unit_count(rest, amount, unit, None);
    }
    let before_amount = rest;
    let (rest, (amount, form)) = amount(rest)?;
    // "361 million pounds" is money; "3 pounds of sugar" is mass.
    let amount_text = &before_amount[..before_amount.len() - rest.len()];
    let scaled = ["million", "billion", "trillion", "bn", "m"]
        .iter()
        .any(|w| amount_text.to_ascii_lowercase().ends_with(w));
    if let (true, Ok((r, _))) = (scaled, sp(rest).and_then(|(r, _)| word("pounds")(r))) {
        let r = sp(r)
            .and_then(|(r2, _)| word("sterling")(r2))
            .map_or(r, |(r2, _)| r2);
        return unit_count(r, amount, Unit::Currency("GBP"), None);
    }
    if form == Form::Fraction {
        if let Some((r, spread, u)) = point_after(rest, amount) {
            return unit_count(r, spread, u, None);
        }
        // "two-thirds of", "half of": a share; "three quarters." a number.
        // A lone word ("the third quarter.", "in half.") is no amount.
        let phrase = amount_text.contains([' ', '-', '\u{a0}']);
        if phrase && !word_follows(rest) {
            let (rest, hedge) = lead_or_trailing(lead, rest);
            let stated = Stated { amount, hedge };
            return Ok((
                rest,
                Count {
                    stated,
                    noun: None,
                    unit: None,
                },
            ));
        }
        let (r, _) = sp(rest).and_then(|(r, _)| word("of")(r))?;
        // "a quarter of a mile" is a length; "a tenth of a second" was a
        // duration's to read, and is nobody's share.
        if let Ok((r2, _)) = sp(r).and_then(|(r2, _)| word("a")(r2).or_else(|_| word("an")(r2))) {
            if let Ok((r3, (unit, k))) = unit_after(r2, Form::Words) {
                return unit_count(r3, amount.scale(k), unit, None);
            }
            if before_time_word(r2) {
                return fail(i);
            }
        }
        return unit_count(r, amount.scale(100.0), Unit::Percent, None);
    }
    if let Ok((r, (share, noun))) = one_in(rest, amount) {
        return unit_count(r, share, Unit::Percent, noun);
    }
    if let Ok((r, (unit, k))) = unit_after(rest, form) {
        // "5 feet 2 inches", "12 ft 2 in": one length, in feet.
        if let (Unit::Measure(m), Ok((r2, inches))) = (unit, inches_after(r)) {
            if m.name == "foot" {
                return unit_count(r2, add(amount, inches / 12.0), unit, None);
            }
        }
        // "13 dollars and 45 cents": one amount, in dollars.
        if let (Unit::Currency(_), 1.0, Ok((r2, cents))) = (unit, k, cents_after(r)) {
            return unit_count(r2, add(amount, cents / 100.0), unit, None);
        }
        return unit_count(r, amount.scale(k), unit, None);
    }
    if let Ok((r, noun)) = adjective_noun(rest) {
        let (r, hedge) = lead_or_trailing(lead, r);
        return Ok((
            r,
            Count {
                stated: Stated { amount, hedge },
                noun: Some(noun),
                unit: None,
            },
        ));
    }
    if !clean_end(rest) {
        return fail(i);
    }
    let after_of = match (form, sp(rest).and_then(|(r, _)| phrase("of")(r))) {
        (Form::Vague, Ok((r, _))) => r,
        _ => rest,
    };
    if form == Form::Vague && after_of.len() < rest.len() {
        // "thousands of tonnes"
        if let Ok((r, (unit, k))) = unit_after(after_of, Form::Words) {
            return unit_count(r, amount.scale(k), unit, None);
        }
    }
    let noun = sp(after_of).and_then(|(r, _)| noun(r));
    let (rest, noun) = match noun {
        Ok((r, n)) => (r, Some(n)),
        Err(_) if form == Form::Digits && !before_time_word(rest) => (rest, None),
        // "the vote was sixteen.": words stand alone before punctuation, but
        // never "one" (a pronoun as often as a number).
        // "three returned", "Dozens killed": a predicate follows the number.
        // "Three are still missing", "six remain unaccounted for".
        Err(_) if amount.lo > 1.0 && (past_follows(rest) || be_follows(rest)) => (rest, None),
        Err(_) if form == Form::Words && amount != Interval::point(1.0) && !word_follows(rest) => {
            (rest, None)
        }
        // "Fourteen of Sabrania's 38 districts", "two of them": a part.
        Err(_) if form == Form::Words && amount.lo > 1.0 && partitive_follows(rest) => (rest, None),
        // "zero" is never a pronoun: "inflation fell to zero", "zero is".
        Err(_) if form == Form::Words && amount == Interval::point(0.0) => (rest, None),
        Err(e) => return Err(e),
    };
    let (rest, hedge) = lead_or_trailing(lead, rest);
    Ok((
        rest,
        Count {
            stated: Stated { amount, hedge },
            noun,
            unit: None,
        },
    ))
}

/// `percent := sp? "%" | sp ("percent" | "per cent" | "pct" | "percentage")`,
/// not "percentage point".
fn percent(i: &str) -> IResult<&str, ()> {
    let r = sp(i).map_or(i, |(r, _)| r);
    if let Some(r) = r.strip_prefix('%') {
        return Ok((r, ()));
    }
    let (r, _) = sp(i)?;
    let (r, (w, ())) = longest(PERCENT_WORDS)(r)?;
    if w == "percentage"
        && sp(r)
            .and_then(|(r, _)| word("point")(r).or_else(|_| word("points")(r)))
            .is_ok()
    {
        return fail(i);
    }
    Ok((r, ()))
}

const PERCENT_WORDS: &[(&str, ())] = &[
    ("percent", ()),
    ("per cent", ()),
    ("per-cent", ()),
    ("pct", ()),
    ("percentage", ()),
    ("percents", ()),
];

/// `unit_after := percent | sp (currency_word | currency_code) | (sp | hyphen)? measure`
/// with the unit and the factor into it (cents are hundredths of a dollar).
/// One-letter measure symbols ("100m", "5 g") only after digits.
fn unit_after(i: &str, form: Form) -> IResult<&str, (Unit, f64)> {
    if let Ok((r, ())) = percent(i) {
        return Ok((r, (Unit::Percent, 1.0)));
    }
    if let Ok((r, _)) = sp(i).or_else(|_| hyphen(i)) {
        // "12-cent", "one-yen", "600 million euros"
        if let Ok((r2, (_, code))) = CURRENCY_WORDS.longest(r) {
            return Ok((r2, unit::currency_of(code)));
        }
        if let Ok((r2, code)) = currency_code(r) {
            return Ok((r2, (Unit::Currency(code), 1.0)));
        }
    }
    // "10 €": a symbol written after the amount, as much of Europe does.
    let r = sp(i).map_or(i, |(r, _)| r);
    if let Some((r2, code)) = symbol(r).filter(|_| !r.starts_with(|c: char| c.is_alphanumeric())) {
        if !glued(r2) {
            return Ok((r2, (Unit::Currency(code), 1.0)));
        }
    }
    let r = match (sp(i), hyphen(i)) {
        (Ok((r, _)), _) | (_, Ok((r, _))) => r,
        _ if form == Form::Digits => i,
        _ => return fail(i),
    };
    if let Ok((r2, (_, m))) = MEASURE_WORDS.longest(r) {
        // "a 10-mile walk", "5 miles", "10km"; "5 pounds" is mass.
        return Ok((r2, (Unit::Measure(m), 1.0)));
    }
    if form == Form::Digits {
        // "46.3C", "115F": a capital glued to the digits, then no letter.
        if r.len() == i.len() && r.starts_with(['C', 'F']) && !glued(&r[1..]) {
            let symbol = if r.starts_with('C') { "°C" } else { "°F" };
            if let Some(u) = unit::parse(symbol) {
                return Ok((&r[1..], (u, 1.0)));
            }
        }
        if let Ok((r2, (_, m))) = longest(unit::MEASURE_SYMBOLS)(r) {
            // Glued "5m" is more often millions than metres, and "5G" a
            // network, unless a dimension follows ("1.8m tall").
            let glued_symbol = r.len() == i.len();
            if !glued_symbol || r.starts_with(['g', 'l', 't']) || dimension_follows(r2) {
                return Ok((r2, (Unit::Measure(m), 1.0)));
            }
        }
    }
    fail(i)
}

/// `point_after := sp ("a" | "an") sp spread_measure | (sp | hyphen) ("point" | "points")`
/// after a fraction: "half a percentage point", "a quarter point", "a
/// quarter-point cut", a change of a rate in percentage points.
fn point_after(rest: &str, amount: Interval) -> Option<(&str, Interval, Unit)> {
    let spread = |u: &Unit| matches!(u, Unit::Measure(m) if m.dimension == unit::Dimension::Spread);
    if let Ok((r, _)) = sp(rest).and_then(|(r, _)| word("a")(r).or_else(|_| word("an")(r))) {
        if let Ok((r2, (u, k))) = unit_after(r, Form::Words) {
            if spread(&u) {
                return Some((r2, amount.scale(k), u));
            }
        }
    }
    let (r, _) = sp(rest).or_else(|_| hyphen(rest)).ok()?;
    let (r, _) = word("points")(r).or_else(|_| word("point")(r)).ok()?;
    Some((r, amount, unit::parse("percentage point")?))
}

/// `one_in := sp "in" sp countable (sp noun)?` after an amount: "one in five
/// adults" is a proportion, 20 percent, of adults. The denominator is larger
/// than the amount and no time unit follows it ("5 in 10 minutes" is a rate).
fn one_in(rest: &str, amount: Interval) -> IResult<&str, (Interval, Option<String>)> {
    let (r, _) = sp(rest).and_then(|(r, _)| word("in")(r))?;
    let (r, _) = sp(r)?;
    let (r, of) = countable(r)?;
    if of.form == Form::Vague
        || !amount.is_point()
        || of.value.lo <= amount.lo
        || before_time_word(r)
    {
        return fail(rest);
    }
    if !clean_end(r) {
        return fail(rest);
    }
    let share = amount.scale(100.0 / of.value.lo);
    match sp(r).and_then(|(r2, _)| noun(r2)) {
        Ok((r2, n)) => Ok((r2, (share, Some(n)))),
        Err(_) => Ok((r, (share, None))),
    }
}

/// Whether an adjective of size follows ("1.8m tall", "a 40m deep shaft"):
/// then a glued "m" is metres, not millions.
fn dimension_follows(rest: &str) -> bool {
    const SIZES: &[(&str, ())] = &[
        ("tall", ()),
        ("high", ()),
        ("long", ()),
        ("wide", ()),
        ("deep", ()),
        ("away", ()),
        ("across", ()),
        ("above", ()),
        ("below", ()),
        ("in diameter", ()),
        ("in length", ()),
        ("in height", ()),
    ];
    sp(rest)
        .or_else(|_| hyphen(rest))
        .and_then(|(r, _)| longest(SIZES)(r))
        .is_ok()
}

/// The measure and currency spellings, indexed once.
static MEASURE_WORDS: LazyLock<Phrases<unit::Measure>> =
    LazyLock::new(|| Phrases::with_hyphens(unit::MEASURE_WORDS));
static CURRENCY_WORDS: LazyLock<Phrases<&'static str>> =
    LazyLock::new(|| Phrases::new(unit::CURRENCY_WORDS));

/// `inches_after := sp ("and" sp)? digits sp ("inches" | "inch" | "in")`, the
/// inches of a height in feet and inches.
fn inches_after(i: &str) -> IResult<&str, f64> {
    let (r, _) = sp(i)?;
    let r = match word("and")(r) {
        Ok((r2, _)) => sp(r2)?.0,
        Err(_) => r,
    };
    let n = r.bytes().take_while(u8::is_ascii_digit).count();
    if n == 0 || n > 2 {
        return fail(i);
    }
    let value: f64 = r[..n].parse().unwrap_or(0.0);
    let (r, _) = sp(&r[n..])?;
    let (r, _) = word("inches")(r)
        .or_else(|_| word("inch")(r))
        .or_else(|_| word("in")(r))?;
    Ok((r, value))
}

/// `cents_after := sp ("and" sp)? number sp ("cents" | "cent" | "pence" | "p")`,
/// the hundredths of a currency written after its whole units ("3 dollars
/// 50 cents", "thirteen dollars and forty-five cents").
fn cents_after(i: &str) -> IResult<&str, f64> {
    let (r, _) = sp(i)?;
    let r = match word("and")(r) {
        Ok((r2, _)) => sp(r2)?.0,
        Err(_) => r,
    };
    let (r, n) = number(r)?;
    let (r, _) = sp(r)?;
    let (r, _) = word("cents")(r)
        .or_else(|_| word("cent")(r))
        .or_else(|_| word("pence")(r))?;
    if !n.value.is_point() || n.value.lo >= 100.0 || n.form == Form::Fraction {
        return fail(i);
    }
    Ok((r, n.value.lo))
}

fn add(amount: Interval, x: f64) -> Interval {
    Interval {
        lo: amount.lo + x,
        hi: amount.hi.map(|h| h + x),
    }
}

/// `currency_code := "USD" | "EUR" | …`, in capitals as written.
fn currency_code(i: &str) -> IResult<&str, &'static str> {
    if !i.as_bytes().first().is_some_and(u8::is_ascii_uppercase) {
        return fail(i);
    }
    let code = i
        .get(..3)
        .and_then(|c| unit::CURRENCY_CODES.iter().find(|k| **k == c));
    match code {
        Some(code) if !glued(&i[3..]) => Ok((&i[3..], *code)),
        _ => fail(i),
    }
}

/// `currency_code` with digits allowed right after it ("USD115").
fn currency_code_glued(i: &str) -> IResult<&str, &'static str> {
    if !i.as_bytes().first().is_some_and(u8::is_ascii_uppercase) {
        return fail(i);
    }
    let code = i
        .get(..3)
        .and_then(|c| unit::CURRENCY_CODES.iter().find(|k| **k == c));
    match code {
        Some(code) if !i[3..].starts_with(char::is_alphabetic) => Ok((&i[3..], *code)),
        _ => fail(i),
    }
}

/// Multiplier letters money takes ("£3m", "$2.5bn", "US$ 1MM", "$1.2b").
const MONEY_SCALES: &[(&str, f64)] = &[
    ("mm", 1e6),
    ("m", 1e6),
    ("b", 1e9),
    ("bn", 1e9),
    ("k", 1e3),
    ("tn", 1e12),
    ("trn", 1e12),
];

/// `money := (symbol | code sp) sp? amount money_scale? (sp code)? | amount money_scale? sp code`
///
/// A symbol decides the currency ("$2.5bn", "€300m", "US$1.2 trillion",
/// "USD 5m"); a currency after the amount is read by [`unit_after`].
fn money(i: &str) -> IResult<&str, (Interval, Unit)> {
    let (r, code) = match symbol(i) {
        Some((r, code)) => (r, code),
        None => {
            // "USD 5m", and "USD1.2 billion" as Asian and Gulf outlets write it.
            let (r, code) = currency_code_glued(i)?;
            (sp(r).map_or(r, |(r, _)| r), code)
        }
    };
    let r = sp(r).map_or(r, |(r, _)| r);
    if !r.starts_with(|c: char| c.is_ascii_digit() || c == '.') {
        return fail(i);
    }
    // "$2000": after a currency symbol a four-digit number is money, not a year.
    let (mut r, mut amount) = match amount(r) {
        Ok((r, (amount, _))) => (r, amount),
        Err(_) => number(r).map(|(r, n)| (r, n.value))?,
    };
    let scaled =
        longest(MONEY_SCALES)(r).or_else(|_| sp(r).and_then(|(r2, _)| longest(MONEY_SCALES)(r2)));
    if let Ok((r2, (_, k))) = scaled {
        amount = amount.scale(k);
        r = r2;
    }
    Ok((r, (amount, Unit::Currency(code))))
}

/// `symbol := "US$" | "$" | "£" | "€" | …` (ASCII case-insensitively), the
/// rest after it and its currency code. Unlike a word, a symbol touches what
/// follows it ("$5"), so this is no `longest` table.
fn symbol(i: &str) -> Option<(&str, &'static str)> {
    if !unit::may_start_symbol(*i.as_bytes().first()?) {
        return None;
    }
    unit::CURRENCY_SYMBOLS.iter().find_map(|&(s, code)| {
        let head = i.as_bytes().get(..s.len())?;
        head.eq_ignore_ascii_case(s.as_bytes())
            .then(|| (&i[s.len()..], code))
    })
}

/// Words after a hyphen that make no count noun: "30-strong", "forty-odd",
/// "one-off", "two-time".
const NOT_ADJECTIVE_NOUNS: &[&str] = &[
    "odd",
    "strong",
    "plus",
    "ish",
    "something",
    "time",
    "times",
    "fold",
    "off",
    "way",
    "all",
    "old",
    "year-old",
    "and",
    "or",
    "to",
    "nil",
    "love",
    "up",
    "down",
];

/// `adjective_noun := hyphen letter+`, a hyphenated count adjective: "three-man
/// crew" (3, "man"), "a 40,000-seat stadium" (40000, "seat").
fn adjective_noun(i: &str) -> IResult<&str, String> {
    let (r, _) = hyphen(i)?;
    let end = r.find(|c: char| !c.is_alphabetic()).unwrap_or(r.len());
    if end == 0 || r[end..].starts_with(|c: char| c.is_ascii_digit()) {
        return fail(i);
    }
    let w = r[..end].to_lowercase();
    if NOT_ADJECTIVE_NOUNS.contains(&w.as_str())
        || NOT_NOUNS.contains(&w.as_str())
        || NOT_COUNTED.contains(&w.as_str())
        || hyphen(&r[end..]).is_ok_and(|(r2, _)| word("old")(r2).is_ok())
    {
        return fail(i);
    }
    Ok((&r[end..], w))
}

/// `rating := number sp "out of" sp number`: "12 out of 10" rates, it counts
/// nothing (SPEC rule 2b).
pub fn rating(i: &str) -> IResult<&str, ()> {
    let (r, _) = number(i)?;
    let (r, _) = sp(r)?;
    let (r, _) = phrase("out of")(r)?;
    let (r, _) = sp(r)?;
    let (r, _) = number(r)?;
    Ok((r, ()))
}

/// `scale_range := number range_separator number`, read only after "scale
/// from/of/between" ("on a scale from 1 to 10"): the ends of a rating scale.
pub fn scale_range<'a>(before: &str, i: &'a str) -> IResult<&'a str, ()> {
    let before = before.trim_end();
    // Only the last words matter: never copy the whole text before.
    let tail = before.as_bytes();
    let tail = &tail[tail.len().saturating_sub(16)..];
    let led = ["scale from", "scale of", "scale between", "scale"]
        .iter()
        .any(|p| {
            tail.len() >= p.len() && tail[tail.len() - p.len()..].eq_ignore_ascii_case(p.as_bytes())
        });
    if !led {
        return fail(i);
    }
    let (r, _) = number(i)?;
    let r = match range_separator(r) {
        Ok((r, ())) => r,
        Err(_) => {
            sp(r)
                .and_then(|(r, _)| word("and")(r))
                .and_then(|(r, _)| sp(r))?
                .0
        }
    };
    let (r, _) = number(r)?;
    Ok((r, ()))
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
                    // "3-1", "2-2", "voted 112 to 68": a score, a tally or a
                    // ratio, not an amount; "5.00 or 5" is two spellings of one.
                    // (Its first number is still a count, for the tally's
                    // sides: "passed by 388 to 201".)
                    if hi.value.lo <= n.value.lo {
                        return Ok((r, (n.value, n.form)));
                    }
                    // "$40-50 million": the scale written once is both ends'
                    // (not "10 bln or 10 tln", which writes it twice).
                    let lo_text = &i[..i.len() - r.len()];
                    let hi_text = &r2[..r2.len() - r3.len()];
                    let scaled = hi_text.contains(char::is_alphabetic)
                        && !lo_text.contains(char::is_alphabetic);
                    let ratio = hi.value.lo / n.value.lo.max(f64::MIN_POSITIVE);
                    // (A zero or tiny first number gives a ratio past any
                    // scale: the exponent is bounded, never overflowed.)
                    let lo = if scaled && ratio >= 1000.0 && ratio.is_finite() {
                        let thousands = (ratio.log10() / 3.0).floor().min(100.0) as i32;
                        let k = 10f64.powi(3 * thousands);
                        n.value.lo * k
                    } else {
                        n.value.lo
                    };
                    return Ok((r3, (Interval::new(lo, hi.value.lo), n.form)));
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
/// time of day ("4:17", "0917 GMT"), a numeric date or an adjective
/// ("one-on-one", "30-strong").
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
    // "0917 GMT", "1400 UTC", "2130 hrs": a time of day on a 24-hour clock.
    let blocked = [
        "percent", "per cent", "a.m.", "p.m.", "am", "pm", "gmt", "utc", "hrs",
    ];
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
    // A past form is what is said of the number, not what it counts: "the
    // crew of three returned", "31 killed" (the count is 31, the verb the
    // predicate attribution reads).
    if ((noun.len() > 4 && noun.ends_with("ed")) || noun.ends_with("ied")) && noun != "hundred" {
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

/// `partitive := sp "of" sp (determiner | possessive name)`, after a number
/// in words: "Fourteen of Sabrania's 38 districts", "two of them".
fn partitive_follows(rest: &str) -> bool {
    let Ok((r, _)) = sp(rest).and_then(|(r, _)| word("of")(r)) else {
        return false;
    };
    let Ok((r, _)) = sp(r) else {
        return false;
    };
    let next: String = r
        .chars()
        .take_while(|c| c.is_alphanumeric() || matches!(c, '\'' | '\u{2019}'))
        .collect();
    let lower = next.to_lowercase();
    [
        "the", "its", "their", "our", "his", "her", "these", "those", "them", "whom", "which",
    ]
    .contains(&lower.as_str())
        || (next.starts_with(char::is_uppercase)
            && (lower.ends_with("'s") || lower.ends_with("\u{2019}s")))
}

/// Whether a word (a letter, after spaces) follows.
fn word_follows(rest: &str) -> bool {
    let r = sp(rest).map_or(rest, |(r, _)| r);
    r.starts_with(|c: char| c.is_alphanumeric() || c == '-')
}

/// Whether a past form follows ("three returned"): the number stands alone,
/// with a predicate after it.
fn past_follows(rest: &str) -> bool {
    let r = sp(rest).map_or(rest, |(r, _)| r);
    let end = r.find(|c: char| !c.is_alphabetic()).unwrap_or(r.len());
    let w = r[..end].to_lowercase();
    (w.len() > 4 && w.ends_with("ed") && w != "hundred")
        // ("33 were rescued alive and four died": short and irregular ones.)
        || matches!(w.as_str(), "died" | "fled" | "sank" | "drowned" | "survived")
}

/// Whether the next word is a form of "be" or "remain": the number is a
/// clause's subject ("Three are still missing").
fn be_follows(rest: &str) -> bool {
    let r = sp(rest).map_or(rest, |(r, _)| r);
    let end = r.find(|c: char| !c.is_alphabetic()).unwrap_or(r.len());
    matches!(
        r[..end].to_lowercase().as_str(),
        "are" | "were" | "remain" | "remained" | "remains"
    )
}

fn next_is_letter(s: &str, at: usize) -> bool {
    s[at..].chars().nth(1).is_some_and(char::is_alphabetic)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (name, input, Some(([lo, hi] at 15%, hedge, noun, unit, leftover)) or None).
    type Case = (
        &'static str,
        &'static str,
        Option<(
            Interval,
            Option<&'static str>,
            Option<&'static str>,
            Option<&'static str>,
            &'static str,
        )>,
    );

    #[test]
    fn a_zero_before_a_scaled_range_end_is_no_overflow() {
        // (The first number's ratio to the second is infinite.)
        assert!(count("000-2.5 lakh").is_ok());
    }

    #[test]
    fn count_table() {
        let p = Interval::point;
        let cases: &[Case] = &[
            (
                "digits_noun",
                "12 journalists were",
                Some((p(12.0), None, Some("journalists"), None, " were")),
            ),
            (
                "words_noun",
                "three aides.",
                Some((p(3.0), None, Some("aides"), None, ".")),
            ),
            (
                "headline_case",
                "Four Journalists Among",
                Some((p(4.0), None, Some("journalists"), None, " Among")),
            ),
            (
                "separator",
                "1,200 people",
                Some((p(1200.0), None, Some("people"), None, "")),
            ),
            (
                "a_couple_of",
                "a couple of reporters",
                Some((Interval::new(2.0, 3.0), None, Some("reporters"), None, "")),
            ),
            (
                "a_few",
                "a few officials",
                Some((Interval::new(2.0, 5.0), None, Some("officials"), None, "")),
            ),
            (
                "several",
                "several officials",
                Some((Interval::new(3.0, 9.0), None, Some("officials"), None, "")),
            ),
            (
                "dozens_of",
                "dozens of protesters",
                Some((
                    Interval::new(24.0, 99.0),
                    None,
                    Some("protesters"),
                    None,
                    "",
                )),
            ),
            (
                "a_dozen",
                "a dozen reporters",
                Some((p(12.0), None, Some("reporters"), None, "")),
            ),
            (
                "hedged",
                "about 40 people",
                Some((
                    Interval::new(34.0, 46.0),
                    Some("about"),
                    Some("people"),
                    None,
                    "",
                )),
            ),
            (
                "more_than",
                "more than 40 people",
                Some((
                    Interval::at_least(40.0),
                    Some("more than"),
                    Some("people"),
                    None,
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
                    None,
                    "",
                )),
            ),
            (
                "range",
                "40 to 50 people",
                Some((Interval::new(40.0, 50.0), None, Some("people"), None, "")),
            ),
            (
                "range_dash",
                "40–50 people",
                Some((Interval::new(40.0, 50.0), None, Some("people"), None, "")),
            ),
            ("score_is_no_range", "3-1 after", None),
            ("level_score", "2-2 draw", None),
            (
                "between",
                "between 40 and 50 people",
                Some((Interval::new(40.0, 50.0), None, Some("people"), None, "")),
            ),
            ("digits_alone", "at 96\n", None),
            (
                "bare_digits",
                "96\n",
                Some((p(96.0), None, None, None, "\n")),
            ),
            (
                "scaled",
                "1.5 million people",
                Some((p(1.5e6), None, Some("people"), None, "")),
            ),
            (
                "hyphenated_noun",
                "two follow-ups",
                Some((p(2.0), None, Some("follow-ups"), None, "")),
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
            (
                "percent_sign",
                "45% of",
                Some((p(45.0), None, None, Some("percent"), " of")),
            ),
            (
                "percent_word",
                "45 percent",
                Some((p(45.0), None, None, Some("percent"), "")),
            ),
            ("time_colon", "10:30 talks", None),
            ("time_pm", "3 p.m. talks", None),
            ("numeric_date", "15/8", None),
            ("ordinal", "1st place", None),
            ("duration_unit", "three hours", None),
            ("date", "15 August", None),
            ("vague_needs_noun", "several.", None),
            ("lone_quarter_is_no_amount", "quarter.", None),
            ("a_third_term_is_an_ordinal", "a third term", None),
            ("glued_m_alone_is_ambiguous", "600m", None),
            (
                "glued_m_before_a_size_is_metres",
                "1.8m tall",
                Some((p(1.8), None, None, Some("m"), " tall")),
            ),
            (
                "one_in_five",
                "one in five adults",
                Some((p(20.0), None, Some("adults"), Some("percent"), "")),
            ),
            (
                "one_in_digits",
                "1 in 4 renters said",
                Some((p(25.0), None, Some("renters"), Some("percent"), " said")),
            ),
            (
                "one_in_a_rate_is_no_share",
                "5 in 10 minutes",
                Some((p(5.0), None, None, None, " in 10 minutes")),
            ),
            (
                "fraction_of_a_measure",
                "a quarter of a mile",
                Some((p(0.25), None, None, Some("mile"), "")),
            ),
            (
                "fraction_of_a_time_unit_is_no_share",
                "a tenth of a second",
                None,
            ),
            (
                "a_fifth_of_is_a_share",
                "a fifth of the budget",
                Some((p(20.0), None, None, Some("percent"), " the budget")),
            ),
            (
                "zero_stands_alone",
                "zero is",
                Some((p(0.0), None, None, None, " is")),
            ),
            (
                "spoken_decimal_alone",
                "nought point eleven.",
                Some((p(0.11), None, None, None, ".")),
            ),
            (
                "crore_rupees",
                "35 lakh rupees",
                Some((p(3.5e6), None, None, Some("INR"), "")),
            ),
            (
                "two_spellings_are_no_range",
                "5.00 or 5,00",
                Some((p(5.0), None, None, None, " or 5,00")),
            ),
            (
                "dollars_and_cents",
                "thirteen dollars and forty-five cents.",
                Some((p(13.45), None, None, Some("USD"), ".")),
            ),
            (
                "pounds_and_pence",
                "2 pounds sterling 50 pence",
                Some((p(2.5), None, None, Some("GBP"), "")),
            ),
            (
                "cents_need_a_currency",
                "12 people and 3 cents",
                Some((p(12.0), None, Some("people"), None, " and 3 cents")),
            ),
            (
                "glued_code",
                "USD1.2 billion loan",
                Some((p(1.2e9), None, None, Some("USD"), " loan")),
            ),
            (
                "code_with_dollar_sign",
                "NZD$ 40m",
                Some((p(4e7), None, None, Some("NZD"), "")),
            ),
            (
                "bitcoin",
                "6.25 BTC per block",
                Some((p(6.25), None, None, Some("BTC"), " per block")),
            ),
            (
                "each_end_scaled",
                "10 bln or 10 tln",
                Some((Interval::new(1e10, 1e13), None, None, None, "")),
            ),
        ];
        for (name, input, want) in cases {
            let got = count(input).map(|(r, c)| {
                (
                    c.stated.interval(0.15),
                    c.stated.hedge.map(|h| h.word),
                    c.noun,
                    c.unit.map(|u| u.name()),
                    r,
                )
            });
            match (got, want) {
                (Ok((i, h, n, u, r)), Some((wi, wh, wn, wu, wr))) => {
                    assert_eq!(
                        (i, h, n.as_deref(), u, r),
                        (*wi, *wh, *wn, *wu, *wr),
                        "{name}"
                    );
                }
                (Err(_), None) => {}
                (got, _) => panic!("{name}: got {got:?}"),
            }
        }
    }

    /// Amounts as news writes them, rewritten from business, sports,
    /// disaster and politics reporting: (input, [lo, hi] with `None` for an
    /// open end, unit, noun, leftover).
    type News = (
        &'static str,
        f64,
        Option<f64>,
        Option<&'static str>,
        Option<&'static str>,
        &'static str,
    );

    #[test]
    fn news_amounts_table() {
        const INF: Option<f64> = None;
        let cases: &[News] = &[
            // Percentages.
            (
                "47% tariff",
                47.0,
                Some(47.0),
                Some("percent"),
                None,
                " tariff",
            ),
            (
                "12.5 per cent rise",
                12.5,
                Some(12.5),
                Some("percent"),
                None,
                " rise",
            ),
            ("9 percent of", 9.0, Some(9.0), Some("percent"), None, " of"),
            ("3.2 pct.", 3.2, Some(3.2), Some("percent"), None, "."),
            (
                "about 40% of",
                34.0,
                Some(46.0),
                Some("percent"),
                None,
                " of",
            ),
            (
                "nearly 90 percent",
                76.5,
                Some(90.0),
                Some("percent"),
                None,
                "",
            ),
            ("more than 60% of", 60.0, INF, Some("percent"), None, " of"),
            ("0.1 per cent", 0.1, Some(0.1), Some("percent"), None, ""),
            (
                "100% record",
                100.0,
                Some(100.0),
                Some("percent"),
                None,
                " record",
            ),
            ("25 % cut", 25.0, Some(25.0), Some("percent"), None, " cut"),
            (
                "fifteen percent",
                15.0,
                Some(15.0),
                Some("percent"),
                None,
                "",
            ),
            (
                "one hundred percent",
                100.0,
                Some(100.0),
                Some("percent"),
                None,
                "",
            ),
            (
                "two-thirds of voters",
                66.666667,
                Some(66.666667),
                Some("percent"),
                None,
                " voters",
            ),
            (
                "a third of homes",
                33.333333,
                Some(33.333333),
                Some("percent"),
                None,
                " homes",
            ),
            (
                "half of all",
                50.0,
                Some(50.0),
                Some("percent"),
                None,
                " all",
            ),
            (
                "three quarters of staff",
                75.0,
                Some(75.0),
                Some("percent"),
                None,
                " staff",
            ),
            (
                "about a quarter of",
                21.25,
                Some(28.75),
                Some("percent"),
                None,
                "",
            ),
            (
                "2 percentage points",
                2.0,
                Some(2.0),
                Some("percentage point"),
                None,
                "",
            ),
            (
                "0.25 percentage point",
                0.25,
                Some(0.25),
                Some("percentage point"),
                None,
                "",
            ),
            // Money.
            (
                "$2.5bn deal",
                2.5e9,
                Some(2.5e9),
                Some("USD"),
                None,
                " deal",
            ),
            ("£3m fine", 3e6, Some(3e6), Some("GBP"), None, " fine"),
            (
                "€300m package",
                3e8,
                Some(3e8),
                Some("EUR"),
                None,
                " package",
            ),
            ("600 million euros", 6e8, Some(6e8), Some("EUR"), None, ""),
            (
                "US$1.2 trillion",
                1.2e12,
                Some(1.2e12),
                Some("USD"),
                None,
                "",
            ),
            ("$2.5 billion", 2.5e9, Some(2.5e9), Some("USD"), None, ""),
            (
                "$94,000 to",
                94_000.0,
                Some(94_000.0),
                Some("USD"),
                None,
                " to",
            ),
            (
                "$ 75 million of",
                7.5e7,
                Some(7.5e7),
                Some("USD"),
                None,
                " of",
            ),
            (
                "$48.2 million contract",
                4.82e7,
                Some(4.82e7),
                Some("USD"),
                None,
                " contract",
            ),
            ("£1.5bn.", 1.5e9, Some(1.5e9), Some("GBP"), None, "."),
            ("€20 billion", 2e10, Some(2e10), Some("EUR"), None, ""),
            ("¥500 billion", 5e11, Some(5e11), Some("JPY"), None, ""),
            // A crore is ten million (South Asian outlets write money in it).
            ("₹2,000 crore", 2e10, Some(2e10), Some("INR"), None, ""),
            (
                "C$ 16.4 million",
                1.64e7,
                Some(1.64e7),
                Some("CAD"),
                None,
                "",
            ),
            ("A$40m", 4e7, Some(4e7), Some("AUD"), None, ""),
            ("HK$3bn", 3e9, Some(3e9), Some("HKD"), None, ""),
            ("USD 5m loan", 5e6, Some(5e6), Some("USD"), None, " loan"),
            ("EUR 300 million", 3e8, Some(3e8), Some("EUR"), None, ""),
            ("5 billion yuan", 5e9, Some(5e9), Some("CNY"), None, ""),
            ("200 dollars", 200.0, Some(200.0), Some("USD"), None, ""),
            ("30 cents", 0.3, Some(0.3), Some("USD"), None, ""),
            (
                "12-cent dividend",
                0.12,
                Some(0.12),
                Some("USD"),
                None,
                " dividend",
            ),
            (
                "361 million pounds profit",
                3.61e8,
                Some(3.61e8),
                Some("GBP"),
                None,
                " profit",
            ),
            ("10 € fee", 10.0, Some(10.0), Some("EUR"), None, " fee"),
            ("sixteen.", 16.0, Some(16.0), None, None, "."),
            (
                "3 tablespoons",
                3.0,
                Some(3.0),
                Some("tablespoon"),
                None,
                "",
            ),
            ("50 pence", 0.5, Some(0.5), Some("GBP"), None, ""),
            (
                "10 million pounds sterling",
                1e7,
                Some(1e7),
                Some("GBP"),
                None,
                "",
            ),
            ("3,000 rupees", 3000.0, Some(3000.0), Some("INR"), None, ""),
            (
                "40 billion roubles",
                4e10,
                Some(4e10),
                Some("RUB"),
                None,
                "",
            ),
            ("more than $1bn", 1e9, INF, Some("USD"), None, ""),
            (
                "about $5 million",
                4.25e6,
                Some(5.75e6),
                Some("USD"),
                None,
                "",
            ),
            ("up to £2m", 0.0, Some(2e6), Some("GBP"), None, ""),
            ("$1MM", 1e6, Some(1e6), Some("USD"), None, ""),
            ("$1.2b", 1.2e9, Some(1.2e9), Some("USD"), None, ""),
            ("$10k", 1e4, Some(1e4), Some("USD"), None, ""),
            ("$3.5tn", 3.5e12, Some(3.5e12), Some("USD"), None, ""),
            ("$40-50 million", 4e7, Some(5e7), Some("USD"), None, ""),
            (
                "hundreds of millions of dollars",
                2e8,
                Some(9.99e8),
                Some("USD"),
                None,
                "",
            ),
            (
                "billions of euros",
                2e9,
                Some(9.99e9),
                Some("EUR"),
                None,
                "",
            ),
            // Measures.
            ("40 metric tons", 40.0, Some(40.0), Some("tonne"), None, ""),
            (
                "1.2 million tonnes of",
                1.2e6,
                Some(1.2e6),
                Some("tonne"),
                None,
                " of",
            ),
            ("500 tons", 500.0, Some(500.0), Some("tonne"), None, ""),
            (
                "7.5 short tons",
                7.5,
                Some(7.5),
                Some("short ton"),
                None,
                "",
            ),
            ("12 km", 12.0, Some(12.0), Some("km"), None, ""),
            ("10km", 10.0, Some(10.0), Some("km"), None, ""),
            ("256GB", 256.0, Some(256.0), Some("GB"), None, ""),
            ("1 TB", 1.0, Some(1.0), Some("TB"), None, ""),
            ("5,200mAh", 5200.0, Some(5200.0), Some("mAh"), None, ""),
            ("46.3C", 46.3, Some(46.3), Some("°C"), None, ""),
            ("46.3 °C", 46.3, Some(46.3), Some("°C"), None, ""),
            (
                "115 degrees Fahrenheit",
                115.0,
                Some(115.0),
                Some("°F"),
                None,
                "",
            ),
            ("3 square miles", 3.0, Some(3.0), Some("sq mile"), None, ""),
            ("5 litres", 5.0, Some(5.0), Some("litre"), None, ""),
            (
                "ten miles long",
                10.0,
                Some(10.0),
                Some("mile"),
                None,
                " long",
            ),
            (
                "10-mile walk",
                10.0,
                Some(10.0),
                Some("mile"),
                None,
                " walk",
            ),
            (
                "8,000 hectares",
                8000.0,
                Some(8000.0),
                Some("hectare"),
                None,
                "",
            ),
            (
                "10,000 acres",
                10_000.0,
                Some(10_000.0),
                Some("acre"),
                None,
                "",
            ),
            ("8,600 km2", 8600.0, Some(8600.0), Some("km2"), None, ""),
            (
                "100,000 barrels a day",
                1e5,
                Some(1e5),
                Some("barrel"),
                None,
                " a day",
            ),
            (
                "6.32 million gallons",
                6.32e6,
                Some(6.32e6),
                Some("gallon"),
                None,
                "",
            ),
            (
                "300-foot cables",
                300.0,
                Some(300.0),
                Some("foot"),
                None,
                " cables",
            ),
            (
                "100-feet waves",
                100.0,
                Some(100.0),
                Some("foot"),
                None,
                " waves",
            ),
            (
                "1.5-metre tsunami",
                1.5,
                Some(1.5),
                Some("m"),
                None,
                " tsunami",
            ),
            ("62 miles", 62.0, Some(62.0), Some("mile"), None, ""),
            (
                "170 miles of coast",
                170.0,
                Some(170.0),
                Some("mile"),
                None,
                " of coast",
            ),
            (
                "2mm thickness",
                2.0,
                Some(2.0),
                Some("mm"),
                None,
                " thickness",
            ),
            ("5 kg", 5.0, Some(5.0), Some("kg"), None, ""),
            ("20 kilograms", 20.0, Some(20.0), Some("kg"), None, ""),
            ("3 pounds of", 3.0, Some(3.0), Some("lb"), None, " of"),
            (
                "a quarter of a million miles",
                250_000.0,
                Some(250_000.0),
                Some("mile"),
                None,
                "",
            ),
            (
                "thousands of tonnes",
                2000.0,
                Some(9999.0),
                Some("tonne"),
                None,
                "",
            ),
            (
                "about 500 square kilometres",
                425.0,
                Some(575.0),
                Some("km2"),
                None,
                "",
            ),
            (
                "100 m sprint",
                100.0,
                Some(100.0),
                Some("m"),
                None,
                " sprint",
            ),
            ("100 m", 100.0, Some(100.0), Some("m"), None, ""),
            ("15 cubic metres", 15.0, Some(15.0), Some("m3"), None, ""),
            // Fractions and multipliers.
            (
                "half a billion viewers",
                5e8,
                Some(5e8),
                None,
                Some("viewers"),
                "",
            ),
            (
                "half a million people",
                5e5,
                Some(5e5),
                None,
                Some("people"),
                "",
            ),
            (
                "a quarter of a million doses",
                250_000.0,
                Some(250_000.0),
                None,
                Some("doses"),
                "",
            ),
            ("1.2 million", 1.2e6, Some(1.2e6), None, None, ""),
            ("3 dozen eggs", 36.0, Some(36.0), None, Some("eggs"), ""),
            (
                "three dozen roses",
                36.0,
                Some(36.0),
                None,
                Some("roses"),
                "",
            ),
            (
                "tens of thousands of people",
                20_000.0,
                Some(99_999.0),
                None,
                Some("people"),
                "",
            ),
            (
                "hundreds of thousands of refugees",
                2e5,
                Some(999_999.0),
                None,
                Some("refugees"),
                "",
            ),
            (
                "millions of viewers",
                2e6,
                Some(9.99e6),
                None,
                Some("viewers"),
                "",
            ),
            (
                "scores of villagers",
                40.0,
                Some(99.0),
                None,
                Some("villagers"),
                "",
            ),
            ("dozens of homes", 24.0, Some(99.0), None, Some("homes"), ""),
            (
                "two million people",
                2e6,
                Some(2e6),
                None,
                Some("people"),
                "",
            ),
            (
                "5.3 million people",
                5.3e6,
                Some(5.3e6),
                None,
                Some("people"),
                "",
            ),
            (
                "45 million people",
                4.5e7,
                Some(4.5e7),
                None,
                Some("people"),
                "",
            ),
            (
                "five and a half million fish",
                5.5e6,
                Some(5.5e6),
                None,
                Some("fish"),
                "",
            ),
            ("3 million and a half", 3.5e6, Some(3.5e6), None, None, ""),
            (".08 limit", 0.08, Some(0.08), None, Some("limit"), ""),
            ("10k runners", 1e4, Some(1e4), None, Some("runners"), ""),
            ("2.5bn people", 2.5e9, Some(2.5e9), None, Some("people"), ""),
            ("1.5 trillion", 1.5e12, Some(1.5e12), None, None, ""),
            // Hyphenated count adjectives.
            ("three-man crew", 3.0, Some(3.0), None, Some("man"), " crew"),
            (
                "40,000-seat stadium",
                40_000.0,
                Some(40_000.0),
                None,
                Some("seat"),
                " stadium",
            ),
            (
                "12-point plan",
                12.0,
                Some(12.0),
                None,
                Some("point"),
                " plan",
            ),
            (
                "five-member panel",
                5.0,
                Some(5.0),
                None,
                Some("member"),
                " panel",
            ),
            (
                "27-nation bloc",
                27.0,
                Some(27.0),
                None,
                Some("nation"),
                " bloc",
            ),
            // Disasters and politics.
            ("more than 300 people", 300.0, INF, None, Some("people"), ""),
            ("at least 122 people", 122.0, INF, None, Some("people"), ""),
            (
                "20,000 people were killed",
                20_000.0,
                Some(20_000.0),
                None,
                Some("people"),
                " were killed",
            ),
            (
                "nearly 9,000 people",
                7650.0,
                Some(9000.0),
                None,
                Some("people"),
                "",
            ),
            (
                "approximately 177 people",
                150.45,
                Some(203.55),
                None,
                Some("people"),
                "",
            ),
            (
                "some 70,000 bodies",
                59_500.0,
                Some(80_500.0),
                None,
                Some("bodies"),
                "",
            ),
            (
                "about 13,000 homes",
                11_050.0,
                Some(14_950.0),
                None,
                Some("homes"),
                "",
            ),
            ("308 seats", 308.0, Some(308.0), None, Some("seats"), ""),
            ("166 seats", 166.0, Some(166.0), None, Some("seats"), ""),
            (
                "between 40 and 50 lawmakers",
                40.0,
                Some(50.0),
                None,
                Some("lawmakers"),
                "",
            ),
        ];
        let mut wrong = Vec::new();
        for (input, lo, hi, unit, noun, rest) in cases {
            let got = count(input)
                .map(|(r, c)| (c.stated.interval(0.15), c.unit.map(|u| u.name()), c.noun, r));
            let want = (Interval { lo: *lo, hi: *hi }, *unit, *noun, *rest);
            match got {
                Ok((i, u, n, r)) if (i, u, n.as_deref(), r) == want => {}
                other => wrong.push(format!("{input}: got {other:?}, want {want:?}")),
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }
}
