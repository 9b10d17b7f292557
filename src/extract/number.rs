//! Numbers as articles write them: "1,200", "2.5", "2½", "2 1/2", "twelve",
//! "twenty-five", "one hundred and fifty", "two-and-a-half", "a dozen", and the
//! vague ones ("a couple", "several", "dozens") that are intervals, not points.
//!
//! A number is an [`Interval`] from the start, so vague amounts flow through
//! durations and counts exactly like exact ones. The grammar is not recursive:
//! every branch consumes a bounded number of words, so no input can make it
//! backtrack for long.

use nom::IResult;

use std::sync::LazyLock;

use super::scan::{fail, glued, hyphen, longest, phrase, sp, word, Phrases};
use crate::interval::Interval;

/// How a number was written; it decides what may follow it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// Written with digits ("12", "1,200", "2.5").
    Digits,
    /// Written in words ("twelve", "a dozen", "two-and-a-half").
    Words,
    /// A vague amount ("a couple", "several", "dozens").
    Vague,
    /// A fraction alone ("half", "two-thirds", "a quarter"): "two-thirds of"
    /// is a share, 66.7 %.
    Fraction,
}

/// A number read from text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Number {
    /// Its value; a point unless vague.
    pub value: Interval,
    /// How it was written.
    pub form: Form,
}

impl Number {
    fn exact(x: f64, form: Form) -> Self {
        Number {
            value: Interval::point(x),
            form,
        }
    }
}

/// Vague amounts (SPEC rule 1; "hundreds"/"thousands" by the same reading).
const VAGUE: &[(&str, (f64, f64))] = &[
    ("a couple", (2.0, 3.0)),
    ("a few", (2.0, 5.0)),
    ("several", (3.0, 9.0)),
    ("dozens", (24.0, 99.0)),
    ("scores of", (40.0, 99.0)),
    ("hundreds", (200.0, 999.0)),
    ("thousands", (2000.0, 9999.0)),
    ("tens of thousands", (20_000.0, 99_999.0)),
    ("hundreds of thousands", (200_000.0, 999_999.0)),
    ("millions", (2e6, 9.99e6)),
    ("tens of millions", (2e7, 9.99e7)),
    ("hundreds of millions", (2e8, 9.99e8)),
    ("billions", (2e9, 9.99e9)),
    ("tens of billions", (2e10, 9.99e10)),
    ("hundreds of billions", (2e11, 9.99e11)),
    ("trillions", (2e12, 9.99e12)),
];

const UNITS: &[(&str, f64)] = &[
    ("zero", 0.0),
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
];

const TEENS: &[(&str, f64)] = &[
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
];

const TENS: &[(&str, f64)] = &[
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
];

const SCALES: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
    ("lakh", 1e5),
    ("lakhs", 1e5),
    ("crore", 1e7),
    ("crores", 1e7),
    ("lakh crore", 1e12),
];

/// `number := vague | numeral | number_words`
///
/// Every parser of a numeric phrase starts by reading a number, often at the
/// same place (a date, a rating, a duration and a count are tried in turn at
/// each candidate), so inside [`memo_scope`] each reading is remembered.
pub fn number(i: &str) -> IResult<&str, Number> {
    // Most places a prefix word offers ("in", "up to", "roughly") start no
    // number: turn them away before the memo is asked.
    if !i.as_bytes().first().is_some_and(|&b| may_start_number(b)) {
        return fail(i);
    }
    memo::number(i, parse_number)
}

/// Whether a number can start with byte `b`: a digit, a point, a vulgar
/// fraction's lead byte, or the first letter of a number word (every word
/// [`parse_number`] can start with begins with one of these; a test checks).
fn may_start_number(b: u8) -> bool {
    b.is_ascii_digit()
        || b == b'.'
        || b >= 0x80
        || matches!(
            b.to_ascii_lowercase(),
            b'a' | b'b'
                | b'd'
                | b'e'
                | b'f'
                | b'h'
                | b'm'
                | b'n'
                | b'o'
                | b'q'
                | b's'
                | b't'
                | b'z'
        )
}

/// Remembers the last few [`number`] readings while one text is extracted.
///
/// A reading is keyed by where its input starts and how long it is. That key
/// names one piece of text only while the text stays borrowed and unchanged,
/// so the memo answers only inside a [`Scope`], which holds the text's
/// borrow, and only for inputs that lie inside that text.
mod memo {
    use std::cell::Cell;
    use std::marker::PhantomData;

    use nom::IResult;

    use super::Number;
    use crate::extract::scan::fail;

    /// A remembered reading: the rest's length and the number, or `None` for
    /// no number.
    type Found = Option<(usize, Number)>;

    /// Readings at the same place come close together: a few slots suffice.
    const SLOTS: usize = 4;

    /// The slots, each cell on its own so that a lookup copies only keys.
    struct Memo {
        /// The text being extracted (address, length), when a scope is open.
        text: Cell<Option<(usize, usize)>>,
        /// Each slot's input (address, length); (0, 0) for an empty slot.
        keys: [Cell<(usize, usize)>; SLOTS],
        found: [Cell<Found>; SLOTS],
        next: Cell<usize>,
    }

    thread_local! {
        static MEMO: Memo = const {
            Memo {
                text: Cell::new(None),
                keys: [const { Cell::new((0, 0)) }; SLOTS],
                found: [const { Cell::new(None) }; SLOTS],
                next: Cell::new(0),
            }
        };
    }

    impl Memo {
        fn clear(&self) {
            for key in &self.keys {
                key.set((0, 0));
            }
        }
    }

    /// The memo is on while this lives; it borrows the text it is for.
    pub struct Scope<'t> {
        outer: Option<(usize, usize)>,
        text: PhantomData<&'t str>,
    }

    /// Turns the memo on for `text` (and off, with its entries, on drop).
    pub fn scope(text: &str) -> Scope<'_> {
        let outer = MEMO.with(|m| {
            m.clear();
            m.text.replace(Some((text.as_ptr() as usize, text.len())))
        });
        Scope {
            outer,
            text: PhantomData,
        }
    }

    impl Drop for Scope<'_> {
        fn drop(&mut self) {
            MEMO.with(|m| {
                m.text.set(self.outer);
                m.clear();
            });
        }
    }

    /// `parse(i)`, from the memo when it read `i` before.
    pub fn number<'a>(
        i: &'a str,
        parse: fn(&'a str) -> IResult<&'a str, Number>,
    ) -> IResult<&'a str, Number> {
        let key = (i.as_ptr() as usize, i.len());
        MEMO.with(|m| {
            let inside = m
                .text
                .get()
                .is_some_and(|(start, n)| key.0 >= start && key.0 + key.1 <= start + n);
            if !inside {
                return parse(i);
            }
            if let Some(slot) = m.keys.iter().position(|k| k.get() == key) {
                return match m.found[slot].get() {
                    // `rest` came from `i`, so `len - rest` is a char boundary.
                    Some((rest, n)) => Ok((&i[key.1 - rest..], n)),
                    None => fail(i),
                };
            }
            let got = parse(i);
            let slot = m.next.get();
            m.keys[slot].set(key);
            m.found[slot].set(got.as_ref().ok().map(|(rest, n)| (rest.len(), *n)));
            m.next.set((slot + 1) % SLOTS);
            got
        })
    }
}

pub use memo::scope as memo_scope;

fn parse_number(i: &str) -> IResult<&str, Number> {
    if let Ok(ok) = vague(i) {
        return Ok(ok);
    }
    let vulgar_first = i
        .chars()
        .next()
        .is_some_and(|c| vulgar(&i[..c.len_utf8()]).is_some());
    if i.as_bytes().first().is_some_and(u8::is_ascii_digit) || i.starts_with('.') || vulgar_first {
        numeral(i)
    } else {
        number_words(i)
    }
}

/// Scales a vague amount can take ("several hundred", "a few thousand").
const VAGUE_SCALES: &[(&str, f64)] = &[
    ("hundred", 1e2),
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
];

/// `vague := ("a couple" | "a few" | "several") (sp scale)? | "dozens" | "hundreds" | "thousands"`
///
/// "several hundred residents" is several hundreds, [300, 900], not several
/// of something called "hundred".
pub fn vague(i: &str) -> IResult<&str, Number> {
    let (rest, (name, (lo, hi))) = longest(VAGUE)(i)?;
    let scaled = matches!(name, "a couple" | "a few" | "several")
        .then(|| sp(rest).ok())
        .flatten()
        .and_then(|(after, _)| longest(VAGUE_SCALES)(after).ok());
    let (rest, scale) = match scaled {
        Some((after, (_, scale))) => (after, scale),
        None => (rest, 1.0),
    };
    Ok((
        rest,
        Number {
            value: Interval::new(lo * scale, hi * scale),
            form: Form::Vague,
        },
    ))
}

/// `numeral := (grouped | digits)? ("." digits)? (fraction | sp digit "/" digit | and_a_fraction)?
/// (glued_scale | sp scale and_a_fraction?)?`
/// where `grouped := d{1,3} ("," d{3})+`, `fraction := "½" | "¼" | "¾"`; a
/// leading point is a decimal (".08").
pub fn numeral(i: &str) -> IResult<&str, Number> {
    let b = i.as_bytes();
    let run = |from: usize| b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    if b.first() == Some(&b'.') {
        let frac = run(1);
        if frac == 0 {
            return fail(i);
        }
        let value: f64 = i[..1 + frac].parse().unwrap_or(0.0);
        return Ok((&i[1 + frac..], Number::exact(value, Form::Digits)));
    }
    let mut end = run(0);
    let mut value: f64 = 0.0;
    if end > 0 {
        let mut digits = i[..end].to_string();
        end = digit_groups(i, end, &mut digits);
        if b.get(end) == Some(&b'.') && run(end + 1) > 0 {
            let frac = run(end + 1);
            digits.push_str(&i[end..end + 1 + frac]);
            end += 1 + frac;
        }
        value = digits.parse().unwrap_or(0.0);
    }
    let mut rest = &i[end..];
    let whole = end > 0 && !i[..end].contains('.');
    if let Some((r, f)) = vulgar(rest) {
        // "2½" or a bare "½".
        rest = r;
        value += f;
    } else if whole {
        if let Ok((r, f)) = spaced_fraction(rest).or_else(|_| and_a_fraction(rest)) {
            rest = r;
            value += f;
        } else if let Some((r, f)) = slash_fraction(i, end) {
            // "1/4 mile", "a 3/4 majority"
            rest = r;
            value = f;
        }
    }
    if rest.len() == i.len() {
        return fail(i);
    }
    let decimal = i[..i.len() - rest.len()].contains('.');
    if let Ok((r, (_, k))) = longest(GLUED_SCALES)(rest) {
        rest = r;
        value *= k;
    } else if let (true, Ok((r, _))) = (decimal, word("b")(rest)) {
        // "1.2b": with a decimal point, a glued "b" is billions.
        rest = r;
        value *= 1e9;
    } else if let (true, Ok((r, _))) = (decimal, sp(rest).and_then(|(r, _)| word("k")(r))) {
        // "2.5 k": a spaced "k" after a decimal is thousands ("10 k" alone
        // is as often a race in kilometres).
        rest = r;
        value *= 1e3;
    } else if let Ok((r, (_, k))) = sp(rest).and_then(|(r, _)| longest(SCALE_WORDS)(r)) {
        rest = r;
        value *= k;
        if let Ok((r, f)) = and_a_fraction(rest) {
            rest = r;
            value += f * k;
        } else {
            // "3 hundred and 21", "4 thousand 3 hundred and 21"
            let mut below = k;
            for _ in 0..2 {
                let Ok((r, (t, scale))) = mixed_tail(rest, below) else {
                    break;
                };
                rest = r;
                value += t;
                below = scale;
            }
        }
    }
    Ok((rest, Number::exact(value, Form::Digits)))
}

/// `digit_groups := ("," d{3})+ | ("," d{2})+ "," d{3} | (gap d{3})+` after
/// the first one to three digits of `i` (which end at `end`): thousands by
/// commas ("1,200"), Indian lakh groups ("12,34,567"), or thousands by a
/// space ("40 000", "1 234 567", the thin or no-break spaces of SI style).
/// The groups' digits are pushed to `digits`; the new end comes back.
///
/// Not "2,3" or a list "1,2345". A plain space is a group separator only
/// when the group is three digits that end the number ("1 500m" and "3
/// 100-metre races" stay apart); a year ("2019 200") has four digits and is
/// never a first group.
fn digit_groups(i: &str, end: usize, digits: &mut String) -> usize {
    let b = i.as_bytes();
    let run = |from: usize| {
        b.get(from..)
            .map_or(0, |t| t.iter().take_while(|c| c.is_ascii_digit()).count())
    };
    if end > 3 {
        return end;
    }
    if end <= 2 {
        let mut at = end;
        while b.get(at) == Some(&b',') && run(at + 1) == 2 {
            at += 3;
        }
        if at > end && b.get(at) == Some(&b',') && run(at + 1) == 3 {
            let last = at + 4;
            digits.clear();
            digits.extend(i[..last].chars().filter(char::is_ascii_digit));
            return last;
        }
    }
    let mut at = end;
    while b.get(at) == Some(&b',') && run(at + 1) == 3 {
        digits.push_str(&i[at + 1..at + 4]);
        at += 4;
    }
    if at > end {
        return at;
    }
    let gap_at = |at: usize| {
        i[at..]
            .chars()
            .next()
            .filter(|&c| matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}'))
    };
    while let Some(gap) = gap_at(at) {
        let from = at + gap.len_utf8();
        if run(from) != 3 {
            break;
        }
        let after = i[from + 3..].chars().next();
        let plain = gap == ' ';
        if plain && after.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '/') {
            break;
        }
        digits.push_str(&i[from..from + 3]);
        at = from + 3;
    }
    at
}

/// `mixed_tail := sp ("and" sp)? digits (sp scale)?`, less than `k`: the rest of
/// a number written half in digits, half in words; with the scale it took (1
/// for none).
fn mixed_tail(i: &str, k: f64) -> IResult<&str, (f64, f64)> {
    let (r, _) = sp(i)?;
    let r = match phrase("and")(r) {
        Ok((r2, _)) => sp(r2)?.0,
        Err(_) => r,
    };
    let n = r.bytes().take_while(u8::is_ascii_digit).count();
    let (mut value, mut rest) = if n == 0 {
        // "3 hundred and one"
        let (rest, v) = small(r)?;
        (v, rest)
    } else {
        if n > 3 || glued(&r[n..]) || r[n..].starts_with(['.', ',']) {
            return fail(i);
        }
        (r[..n].parse().unwrap_or(0.0), &r[n..])
    };
    let mut scale = 1.0;
    if let Ok((r2, (_, s))) = sp(rest).and_then(|(r2, _)| longest(SCALES_UNDER)(r2)) {
        value *= s;
        scale = s;
        rest = r2;
    }
    if value >= k || scale >= k {
        return fail(i);
    }
    Ok((rest, (value, scale)))
}

/// Scales in the tail of a mixed number ("4 thousand 3 hundred").
const SCALES_UNDER: &[(&str, f64)] = &[("hundred", 1e2), ("thousand", 1e3), ("million", 1e6)];

const SCALE_WORDS: &[(&str, f64)] = &[
    ("hundred", 1e2),
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
    ("dozen", 12.0),
    ("dozens", 12.0),
    ("bn", 1e9),
    ("bln", 1e9),
    ("mn", 1e6),
    ("mln", 1e6),
    ("tn", 1e12),
    ("trn", 1e12),
    ("tln", 1e12),
    // South Asian scales ("5 lakh", "Rs 2,000 crore", "1.5 lakh crore").
    ("lakh", 1e5),
    ("lakhs", 1e5),
    ("crore", 1e7),
    ("crores", 1e7),
    ("lakh crore", 1e12),
];

/// Multiplier letters written against the digits ("10k", "2.5bn", "3tn").
/// "m" and "b" alone are money's ("£3m") and read by the money grammar.
const GLUED_SCALES: &[(&str, f64)] = &[
    ("k", 1e3),
    ("mil", 1e6),
    ("bn", 1e9),
    ("bln", 1e9),
    ("mn", 1e6),
    ("mln", 1e6),
    ("tn", 1e12),
    ("trn", 1e12),
];

/// Vulgar fractions past the Latin-1 three ("⅔", "⅛").
pub(super) const VULGAR_MORE: [char; 8] = ['⅓', '⅔', '⅕', '⅙', '⅛', '⅜', '⅝', '⅞'];

fn vulgar(i: &str) -> Option<(&str, f64)> {
    let c = i.chars().next()?;
    let f = match c {
        '½' => 0.5,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅓' => 1.0 / 3.0,
        '⅔' => 2.0 / 3.0,
        '⅕' => 0.2,
        '⅙' => 1.0 / 6.0,
        '⅛' => 0.125,
        '⅜' => 0.375,
        '⅝' => 0.625,
        '⅞' => 0.875,
        _ => return None,
    };
    Some((&i[c.len_utf8()..], f))
}

/// `slash_fraction := d "/" ("2" | "3" | "4" | "8") &(sp letter)`, a proper fraction
/// written alone ("1/4 mile"): a word after it, since "15/8" alone is a date.
fn slash_fraction(i: &str, end: usize) -> Option<(&str, f64)> {
    let b = i.as_bytes();
    if end != 1 || b.get(1) != Some(&b'/') {
        return None;
    }
    let d = *b.get(2).filter(|d| d.is_ascii_digit())?;
    let (num, den) = (f64::from(b[0] - b'0'), f64::from(d - b'0'));
    // Three ASCII bytes: `3` is a char boundary.
    let rest = &i[3..];
    let word_after = sp(rest).is_ok_and(|(r, _)| r.starts_with(|c: char| c.is_alphabetic()));
    ([2.0, 3.0, 4.0, 8.0].contains(&den) && num < den && num > 0.0 && word_after)
        .then(|| (rest, num / den))
}

/// `spaced_fraction := sp d "/" d` with a proper fraction ("2 1/2"); never a
/// date like "15/8" on its own.
fn spaced_fraction(i: &str) -> IResult<&str, f64> {
    let (r, _) = sp(i)?;
    let b = r.as_bytes();
    if b.len() >= 3 && b[0].is_ascii_digit() && b[1] == b'/' && b[2].is_ascii_digit() {
        let (num, den) = (f64::from(b[0] - b'0'), f64::from(b[2] - b'0'));
        if num < den && !glued(&r[3..]) && !r[3..].starts_with('/') {
            return Ok((&r[3..], num / den));
        }
    }
    fail(i)
}

/// `small := tens (("-" | sp | sp "-" sp) unit)? | teen | unit`
fn small(i: &str) -> IResult<&str, f64> {
    if let Ok((rest, (_, tens))) = longest(TENS)(i) {
        // "fifty - two", as speech transcripts space the hyphen.
        let spaced_hyphen = |r| sp(r).and_then(|(r, _)| hyphen(r)).and_then(|(r, _)| sp(r));
        let joined = hyphen(rest)
            .or_else(|_| spaced_hyphen(rest))
            .or_else(|_| sp(rest));
        if let Ok((r, _)) = joined {
            if let Ok((r, (_, u))) = longest(UNITS)(r) {
                return Ok((r, tens + u));
            }
        }
        return Ok((rest, tens));
    }
    if let Ok((rest, (_, t))) = longest(TEENS)(i) {
        return Ok((rest, t));
    }
    let (rest, (_, u)) = longest(UNITS)(i)?;
    Ok((rest, u))
}

/// `hundreds := (small | "a") sp "hundred" (sp ("and" sp)? small)? | small | "a" &(sp scale)`
fn hundreds(i: &str) -> IResult<&str, f64> {
    // "hundred thousand dollars": a bare "hundred" before a scale is one hundred.
    if let Ok((r, _)) = word("hundred")(i) {
        if sp(r).and_then(|(r2, _)| longest(SCALES)(r2)).is_ok() {
            return Ok((r, 100.0));
        }
    }
    let lead = small(i).or_else(|_| word("a")(i).map(|(r, _)| (r, 1.0)));
    let (rest, n) = lead?;
    let article = word("a")(i).is_ok();
    if article && sp(rest).and_then(|(r, _)| longest(SCALES)(r)).is_ok() {
        return Ok((rest, 1.0));
    }
    if let Ok((r, _)) = sp(rest).and_then(|(r, _)| word("hundred")(r)) {
        let mut value = n * 100.0;
        let mut rest = r;
        // "one hundred and three quarters" is 100.75, not 103.
        if let Ok((r, f)) = and_a_fraction(r) {
            return Ok((r, value + f));
        }
        let tail = sp(r).and_then(|(r, _)| match phrase("and")(r) {
            Ok((r2, _)) => sp(r2).and_then(|(r3, _)| small(r3)),
            Err(_) => small(r),
        });
        if let Ok((r, t)) = tail {
            value += t;
            rest = r;
        }
        return Ok((rest, value));
    }
    if article {
        return fail(i);
    }
    Ok((rest, n))
}

/// Ordinal denominators of fractions, singular and plural ("a fifth",
/// "three fifths", "two-thirds", "a hundredth"). "second" is no denominator:
/// "a second" is a moment or an ordinal, never a half.
const DENOMINATORS: &[(&str, f64)] = &[
    ("half", 2.0),
    ("third", 3.0),
    ("thirds", 3.0),
    ("quarter", 4.0),
    ("quarters", 4.0),
    ("fourth", 4.0),
    ("fourths", 4.0),
    ("fifth", 5.0),
    ("fifths", 5.0),
    ("sixth", 6.0),
    ("sixths", 6.0),
    ("seventh", 7.0),
    ("sevenths", 7.0),
    ("eighth", 8.0),
    ("eighths", 8.0),
    ("ninth", 9.0),
    ("ninths", 9.0),
    ("tenth", 10.0),
    ("tenths", 10.0),
    ("twelfth", 12.0),
    ("twelfths", 12.0),
    ("sixteenth", 16.0),
    ("sixteenths", 16.0),
    ("twentieth", 20.0),
    ("twentieths", 20.0),
    ("thirtieth", 30.0),
    ("thirtieths", 30.0),
    ("hundredth", 1e2),
    ("hundredths", 1e2),
    ("thousandth", 1e3),
    ("thousandths", 1e3),
    ("millionth", 1e6),
    ("millionths", 1e6),
    ("billionth", 1e9),
    ("billionths", 1e9),
    ("trillionth", 1e12),
    ("trillionths", 1e12),
];

/// `fraction_words := "half" | "quarter" | ("a" | "an" | "one") join denominator
/// | hundreds join denominator_plural` where `join := sp | hyphen`.
///
/// The numerator and the denominator agree as English has them: one takes
/// the singular ("a fifth", "one-third"), more take the plural ("three
/// fifths", "two-thirds"), so "two fifth-graders" and "the fifth round" are
/// no fractions. "a fourth of July" is a day, not a quarter.
fn fraction_words(i: &str) -> IResult<&str, f64> {
    if let Ok((r, _)) = word("half")(i) {
        return Ok((r, 0.5));
    }
    if let Ok((r, _)) = word("quarter")(i) {
        return Ok((r, 0.25));
    }
    // "one - fourth", as transcripts space the hyphen.
    let spaced_hyphen = |r| sp(r).and_then(|(r, _)| hyphen(r)).and_then(|(r, _)| sp(r));
    let join = |r| hyphen(r).or_else(|_| spaced_hyphen(r)).or_else(|_| sp(r));
    let (r, numerator) = match word("a")(i).or_else(|_| word("an")(i)) {
        Ok((r, _)) => (r, 1.0),
        Err(_) => numerator(i)?,
    };
    let (r, _) = join(r)?;
    static INDEX: LazyLock<Phrases<f64>> = LazyLock::new(|| Phrases::new(DENOMINATORS));
    let (rest, (name, denominator)) = INDEX.longest(r)?;
    let plural = name.ends_with('s');
    // "for two quarters" (of a year) is no fraction; three quarters is.
    let parts = name == "quarters" && numerator != 3.0;
    if plural != (numerator != 1.0) || parts {
        return fail(i);
    }
    if name == "fourth" && sp(rest).and_then(|(r, _)| phrase("of july")(r)).is_ok() {
        return fail(i);
    }
    Ok((rest, numerator / denominator))
}

/// `numerator := small (sp "hundred" (sp ("and" sp)? small)?)?`: the count of a
/// fraction's parts. Unlike [`hundreds`] it takes no fraction of its own, so
/// "one hundred and one hundred and …" cannot recurse.
fn numerator(i: &str) -> IResult<&str, f64> {
    let (r, n) = small(i)?;
    let Ok((r2, _)) = sp(r).and_then(|(r, _)| word("hundred")(r)) else {
        return Ok((r, n));
    };
    let tail = sp(r2).and_then(|(r, _)| match phrase("and")(r) {
        Ok((r3, _)) => sp(r3).and_then(|(r4, _)| small(r4)),
        Err(_) => small(r),
    });
    match tail {
        Ok((r3, t)) => Ok((r3, n * 100.0 + t)),
        Err(_) => Ok((r2, n * 100.0)),
    }
}

/// Scales a fraction can take ("half a billion", "a quarter of a million").
const FRACTION_SCALES: &[(&str, f64)] = &[
    ("dozen", 12.0),
    ("hundred", 1e2),
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
    ("lakh", 1e5),
    ("crore", 1e7),
];

/// `fraction := fraction_words ((sp "of")? sp ("a" | "an") sp scale | sp scale)?`
///
/// "half a billion" is 5·10⁸ and "a quarter of a million" 250,000; a fraction
/// without a scale stays a [`Form::Fraction`] ("two-thirds of", "half an hour").
fn fraction(i: &str) -> IResult<&str, Number> {
    let (rest, f) = fraction_words(i)?;
    let scaled = sp(rest).and_then(|(r, _)| {
        let r = match phrase("of")(r) {
            Ok((r2, _)) => sp(r2)?.0,
            Err(_) => r,
        };
        let r = match word("a")(r).or_else(|_| word("an")(r)) {
            Ok((r2, _)) => sp(r2)?.0,
            Err(_) => r,
        };
        longest(FRACTION_SCALES)(r)
    });
    match scaled {
        Ok((r, (_, k))) => Ok((r, Number::exact(f * k, Form::Words))),
        Err(_) => Ok((rest, Number::exact(f, Form::Fraction))),
    }
}

/// `number_words := fraction | "a dozen"
///   | (hundreds point_decimal? | nought point_decimal)
///     (sp scale (sp ("and" sp)? hundreds)? | sp "dozen" "s"?)? (and_a_fraction (sp scale)?)?`
pub fn number_words(i: &str) -> IResult<&str, Number> {
    fn words(rest: &str, x: f64) -> IResult<&str, Number> {
        Ok((rest, Number::exact(x, Form::Words)))
    }
    if let Ok(ok) = fraction(i) {
        return Ok(ok);
    }
    if let Ok((r, _)) = phrase("a dozen")(i) {
        return words(r, 12.0);
    }
    let (mut rest, mut value) = match word("nought")(i).or_else(|_| word("naught")(i)) {
        // "nought point five": the British zero, read only with decimals
        // ("came to nought" counts nothing).
        Ok((r, _)) => point_decimal(r)?,
        Err(_) => {
            let (r, whole) = hundreds(i)?;
            match point_decimal(r) {
                Ok((r, d)) => (r, whole + d),
                Err(_) => (r, whole),
            }
        }
    };
    if let Ok((r, (_, k))) = sp(rest).and_then(|(r, _)| longest(SCALES)(r)) {
        value *= k;
        rest = r;
        if let Ok((r, f)) = and_a_fraction(rest) {
            // "one billion and a half million": the fraction of a smaller scale.
            if let Ok((r2, (_, below))) = sp(r).and_then(|(r, _)| longest(SCALES)(r)) {
                if below < k {
                    return words(r2, value + f * below);
                }
            }
            // "one million and a half", "two million and one half"
            return words(r, value + f * k);
        }
        let tail = sp(r).and_then(|(r, _)| match phrase("and")(r) {
            Ok((r2, _)) => sp(r2).and_then(|(r3, _)| hundreds(r3)),
            Err(_) => hundreds(r),
        });
        if let Ok((r, t)) = tail {
            value += t;
            rest = r;
        }
    } else if let Ok((r, _)) =
        sp(rest).and_then(|(r, _)| word("dozen")(r).or_else(|_| word("dozens")(r)))
    {
        value *= 12.0;
        rest = r;
    }
    if let Ok((r, f)) = and_a_fraction(rest) {
        value += f;
        rest = r;
        // "five and a half million"
        if let Ok((r2, (_, k))) = sp(r).and_then(|(r, _)| longest(SCALES)(r)) {
            value *= k;
            rest = r2;
        }
    }
    words(rest, value)
}

/// `point_decimal := sp "point" sp (tens_or_teen | digit_word (sp digit_word)*)`,
/// the decimals of a number read aloud: "two point five (million)", "two
/// hundred point zero three", "nine point nought four", "point seventy-one".
fn point_decimal(i: &str) -> IResult<&str, f64> {
    let (r, _) = sp(i)?;
    let (r, _) = word("point")(r)?;
    let (r, _) = sp(r)?;
    if let Ok((after, v)) = small(r) {
        if v >= 10.0 {
            return Ok((after, v / 100.0));
        }
    }
    let digit = |r| {
        longest(UNITS)(r).map(|(r, (_, d))| (r, d)).or_else(|_| {
            word("nought")(r)
                .or_else(|_| word("naught")(r))
                .map(|(r, _)| (r, 0.0))
        })
    };
    let (mut rest, first) = digit(r)?;
    let (mut value, mut place) = (first / 10.0, 0.01);
    // Six places are more than speech ever gives; the bound keeps it linear.
    for _ in 0..6 {
        let Ok((r, d)) = sp(rest).and_then(|(r, _)| digit(r)) else {
            break;
        };
        value += d * place;
        place /= 10.0;
        rest = r;
    }
    Ok((rest, value))
}

/// `and_a_fraction := join "and" join (fraction_words | "third")` where
/// `join := sp | "-"` ("one and a half", "two-and-a-half", "21 and half",
/// "three and two-thirds", "twenty and three fifths"); a proper fraction only.
fn and_a_fraction(i: &str) -> IResult<&str, f64> {
    let join = |r| hyphen(r).or_else(|_| sp(r));
    let (r, _) = join(i)?;
    let (r, _) = word("and")(r)?;
    let (r, _) = join(r)?;
    if let Ok((r, _)) = word("third")(r) {
        return Ok((r, 1.0 / 3.0));
    }
    let (rest, f) = fraction_words(r)?;
    if f >= 1.0 {
        return fail(i);
    }
    Ok((rest, f))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (name, input, expected [lo, hi], form, leftover); `None` means no number.
    type Case = (
        &'static str,
        &'static str,
        Option<(f64, f64, Form)>,
        &'static str,
    );

    #[test]
    fn number_table() {
        use Form::*;
        let cases: &[Case] = &[
            (
                "digits",
                "12 journalists",
                Some((12.0, 12.0, Digits)),
                " journalists",
            ),
            (
                "thousands_separator",
                "1,200 people",
                Some((1200.0, 1200.0, Digits)),
                " people",
            ),
            (
                "mixed_digits_and_words",
                "4 thousand 3 hundred and 21 x",
                Some((4321.0, 4321.0, Digits)),
                " x",
            ),
            (
                "slash_fraction_before_a_word",
                "3/4 majority",
                Some((0.75, 0.75, Digits)),
                " majority",
            ),
            (
                "million_and_one_half",
                "two million and one half",
                Some((2.5e6, 2.5e6, Words)),
                "",
            ),
            (
                "bare_hundred_before_a_scale",
                "hundred thousand dollars",
                Some((1e5, 1e5, Words)),
                " dollars",
            ),
            (
                "mixed_with_a_word_tail",
                "3 hundred and one x",
                Some((301.0, 301.0, Digits)),
                " x",
            ),
            (
                "half_a_billion",
                "half a billion",
                Some((5e8, 5e8, Words)),
                "",
            ),
            (
                "a_quarter_of_a_million",
                "a quarter of a million miles",
                Some((250_000.0, 250_000.0, Words)),
                " miles",
            ),
            (
                "two_thirds",
                "two-thirds of",
                Some((2.0 / 3.0, 2.0 / 3.0, Fraction)),
                " of",
            ),
            ("leading_point", ".08 x", Some((0.08, 0.08, Digits)), " x"),
            ("three_dozens", "3 dozens", Some((36.0, 36.0, Digits)), ""),
            (
                "tens_of_thousands",
                "tens of thousands of",
                Some((20_000.0, 99_999.0, Vague)),
                " of",
            ),
            (
                "glued_k",
                "10k runners",
                Some((1e4, 1e4, Digits)),
                " runners",
            ),
            (
                "trillion",
                "1.2 trillion",
                Some((1.2e12, 1.2e12, Digits)),
                "",
            ),
            (
                "digits_and_a_half",
                "21 and a half hours",
                Some((21.5, 21.5, Digits)),
                " hours",
            ),
            (
                "millions_separator",
                "12,000,000.",
                Some((12e6, 12e6, Digits)),
                ".",
            ),
            ("not_a_group", "1,20 x", Some((1.0, 1.0, Digits)), ",20 x"),
            ("decimal", "2.5 hours", Some((2.5, 2.5, Digits)), " hours"),
            (
                "sentence_end_is_no_decimal",
                "2022. Then",
                Some((2022.0, 2022.0, Digits)),
                ". Then",
            ),
            (
                "vulgar_fraction",
                "2½ hours",
                Some((2.5, 2.5, Digits)),
                " hours",
            ),
            ("bare_vulgar", "½ hour", Some((0.5, 0.5, Digits)), " hour"),
            (
                "spaced_fraction",
                "2 1/2 hours",
                Some((2.5, 2.5, Digits)),
                " hours",
            ),
            (
                "numeric_date_is_no_fraction",
                "15/8",
                Some((15.0, 15.0, Digits)),
                "/8",
            ),
            (
                "digits_with_scale",
                "1.5 million people",
                Some((1.5e6, 1.5e6, Digits)),
                " people",
            ),
            (
                "scale_plural_not_taken",
                "2 millions",
                Some((2.0, 2.0, Digits)),
                " millions",
            ),
            (
                "unit_word",
                "three hours",
                Some((3.0, 3.0, Words)),
                " hours",
            ),
            (
                "capitalised",
                "Four Journalists",
                Some((4.0, 4.0, Words)),
                " Journalists",
            ),
            ("teen", "twelve", Some((12.0, 12.0, Words)), ""),
            ("tens_hyphen", "twenty-five", Some((25.0, 25.0, Words)), ""),
            (
                "tens_space",
                "ninety nine x",
                Some((99.0, 99.0, Words)),
                " x",
            ),
            ("tens_alone", "forty-odd", Some((40.0, 40.0, Words)), "-odd"),
            (
                "hundred_and",
                "one hundred and fifty men",
                Some((150.0, 150.0, Words)),
                " men",
            ),
            ("a_hundred", "a hundred", Some((100.0, 100.0, Words)), ""),
            (
                "a_thousand",
                "a thousand",
                Some((1000.0, 1000.0, Words)),
                "",
            ),
            (
                "thousand",
                "two thousand five hundred",
                Some((2500.0, 2500.0, Words)),
                "",
            ),
            ("million", "three million", Some((3e6, 3e6, Words)), ""),
            (
                "dangling_and_left",
                "one hundred and",
                Some((100.0, 100.0, Words)),
                " and",
            ),
            (
                "a_dozen",
                "a dozen reporters",
                Some((12.0, 12.0, Words)),
                " reporters",
            ),
            ("two_dozen", "two dozen", Some((24.0, 24.0, Words)), ""),
            ("half_a_dozen", "half a dozen", Some((6.0, 6.0, Words)), ""),
            (
                "half",
                "half an hour",
                Some((0.5, 0.5, Fraction)),
                " an hour",
            ),
            ("a_half", "a half hour", Some((0.5, 0.5, Fraction)), " hour"),
            (
                "one_and_a_half",
                "one and a half hours",
                Some((1.5, 1.5, Words)),
                " hours",
            ),
            (
                "two_and_a_half_hyphens",
                "two-and-a-half-hour",
                Some((2.5, 2.5, Words)),
                "-hour",
            ),
            (
                "and_a_quarter",
                "two and a quarter",
                Some((2.25, 2.25, Words)),
                "",
            ),
            (
                "one_of_stays",
                "one of the most",
                Some((1.0, 1.0, Words)),
                " of the most",
            ),
            (
                "one_on_one",
                "one-on-one",
                Some((1.0, 1.0, Words)),
                "-on-one",
            ),
            (
                "a_couple",
                "a couple of reporters",
                Some((2.0, 3.0, Vague)),
                " of reporters",
            ),
            ("a_few", "a few", Some((2.0, 5.0, Vague)), ""),
            (
                "several_hundred",
                "several hundred residents",
                Some((300.0, 900.0, Vague)),
                " residents",
            ),
            (
                "a_few_thousand",
                "a few thousand fans",
                Some((2000.0, 5000.0, Vague)),
                " fans",
            ),
            (
                "a_couple_not_scaled_by_hundreds",
                "a couple hundreds",
                Some((2.0, 3.0, Vague)),
                " hundreds",
            ),
            (
                "several",
                "Several officials",
                Some((3.0, 9.0, Vague)),
                " officials",
            ),
            (
                "dozens",
                "dozens of protesters",
                Some((24.0, 99.0, Vague)),
                " of protesters",
            ),
            // Fractions written with ordinals agree in number with their count.
            (
                "three_fifths",
                "three fifths of the council",
                Some((0.6, 0.6, Fraction)),
                " of the council",
            ),
            (
                "a_fifth",
                "a fifth of households",
                Some((0.2, 0.2, Fraction)),
                " of households",
            ),
            (
                "nine_tenths_hyphen",
                "nine-tenths of the ice",
                Some((0.9, 0.9, Fraction)),
                " of the ice",
            ),
            (
                "one_fourth_spaced_hyphen",
                "one - fourth",
                Some((0.25, 0.25, Fraction)),
                "",
            ),
            (
                "a_hundredth",
                "a hundredth of a second",
                Some((0.01, 0.01, Fraction)),
                " of a second",
            ),
            (
                "singular_after_two_is_an_ordinal",
                "two fifth-graders",
                Some((2.0, 2.0, Words)),
                " fifth-graders",
            ),
            (
                "two_quarters_of_a_year",
                "two quarters in a row",
                Some((2.0, 2.0, Words)),
                " quarters in a row",
            ),
            ("fifth_alone_is_an_ordinal", "fifth round", None, ""),
            ("fourth_of_july", "a Fourth of July parade", None, ""),
            (
                "and_three_fifths",
                "twenty and three fifths",
                Some((20.6, 20.6, Words)),
                "",
            ),
            (
                "and_two_thirds",
                "one hundred and three and two thirds",
                Some((103.0 + 2.0 / 3.0, 103.0 + 2.0 / 3.0, Words)),
                "",
            ),
            (
                "a_half_of_a_smaller_scale",
                "one billion and a half million",
                Some((1.0005e9, 1.0005e9, Words)),
                "",
            ),
            // Decimals read aloud, as transcripts give them.
            (
                "point_five_million",
                "two point five million viewers",
                Some((2.5e6, 2.5e6, Words)),
                " viewers",
            ),
            (
                "point_digits",
                "nine point nought four",
                Some((9.04, 9.04, Words)),
                "",
            ),
            (
                "point_two_digit_word",
                "two hundred point seventy-one",
                Some((200.71, 200.71, Words)),
                "",
            ),
            (
                "nought_point",
                "nought point three per cent",
                Some((0.3, 0.3, Words)),
                " per cent",
            ),
            ("nought_alone_is_no_number", "came to nought", None, ""),
            (
                "point_without_digits",
                "one point of order",
                Some((1.0, 1.0, Words)),
                " point of order",
            ),
            (
                "spaced_hyphen_tens",
                "fifty - two",
                Some((52.0, 52.0, Words)),
                "",
            ),
            // Digit groups by space, SI style, and by lakh.
            (
                "space_groups",
                "1 234 567 residents",
                Some((1_234_567.0, 1_234_567.0, Digits)),
                " residents",
            ),
            (
                "narrow_nbsp_groups",
                "40\u{202f}000 fans",
                Some((40_000.0, 40_000.0, Digits)),
                " fans",
            ),
            (
                "space_group_not_before_a_glued_unit",
                "1 500m race",
                Some((1.0, 1.0, Digits)),
                " 500m race",
            ),
            (
                "year_is_no_first_group",
                "2019 200 people",
                Some((2019.0, 2019.0, Digits)),
                " 200 people",
            ),
            (
                "lakh_groups",
                "12,34,567.89 rupees",
                Some((1_234_567.89, 1_234_567.89, Digits)),
                " rupees",
            ),
            ("lakh", "5 lakh people", Some((5e5, 5e5, Digits)), " people"),
            (
                "lakh_crore",
                "three lakh crore",
                Some((3e12, 3e12, Words)),
                "",
            ),
            (
                "crore_and_words",
                "6 crore and two hundred",
                Some((60_000_200.0, 60_000_200.0, Digits)),
                "",
            ),
            (
                "spaced_k_after_a_decimal",
                "2.33 k",
                Some((2330.0, 2330.0, Digits)),
                "",
            ),
            (
                "spaced_k_alone_is_a_race",
                "10 k race",
                Some((10.0, 10.0, Digits)),
                " k race",
            ),
            (
                "vulgar_sixth",
                "⅙ of",
                Some((1.0 / 6.0, 1.0 / 6.0, Digits)),
                " of",
            ),
            ("someone", "someone", None, ""),
            ("tenant", "tenant", None, ""),
            ("a_key_issue", "a key issue", None, ""),
            ("a_alone", "a", None, ""),
            ("second_is_ordinal", "second", None, ""),
            ("few_without_a", "few", None, ""),
        ];
        for (name, input, want, rest) in cases {
            match (number(input), want) {
                (Ok((r, n)), Some((lo, hi, form))) => {
                    assert_eq!(
                        (n.value, n.form, r),
                        (Interval::new(*lo, *hi), *form, *rest),
                        "{name}"
                    );
                }
                (Err(_), None) => {}
                (got, _) => panic!("{name}: got {got:?}"),
            }
        }
    }

    #[test]
    fn the_memo_answers_as_the_parser_does() {
        let text = "nearly two and a half million people, 12 of them, several hundred";
        let _memo = memo_scope(text);
        for at in (0..text.len()).filter(|&k| text.is_char_boundary(k)) {
            let i = &text[at..];
            for _ in 0..2 {
                assert_eq!(number(i).ok(), parse_number(i).ok(), "at {at}");
            }
            // A shorter input at the same address is another reading.
            let head = &i[..i.len().min(3)];
            assert_eq!(number(head).ok(), parse_number(head).ok(), "head at {at}");
        }
    }

    #[test]
    fn every_number_word_passes_the_first_byte_test() {
        let words = UNITS
            .iter()
            .chain(TEENS)
            .chain(TENS)
            .map(|(w, _)| *w)
            .chain(VAGUE.iter().map(|(w, _)| *w))
            .chain([
                "a", "an", "hundred", "half", "quarter", "nought", "naught", ".5", "½", "⅔",
            ]);
        for w in words {
            for form in [w.to_string(), w.to_uppercase()] {
                assert!(may_start_number(form.as_bytes()[0]), "{form}");
            }
        }
        for no in ["in", "up to", "roughly", "well over", "just", "circa"] {
            assert!(parse_number(no).is_err(), "{no}");
            assert!(!may_start_number(no.as_bytes()[0]), "{no}");
        }
    }

    #[test]
    fn long_chains_stay_bounded() {
        let text = "two-and-".repeat(50_000);
        let (rest, n) = number(&text).expect("a number");
        assert_eq!(n.value, Interval::point(2.0));
        assert_eq!(rest.len(), text.len() - 3);
    }
}
