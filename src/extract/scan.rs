//! The lexical layer of the numeric grammar: where candidates are, how words
//! are delimited, and the few token parsers every other grammar file shares.
//!
//! Running the nom parsers at every byte would be quadratic-ish and slow, so
//! they run only at the *cores* of numeric phrases (a digit, a number word, a
//! unit, a month or weekday name) as whole words. The tokenizer's one scan
//! over the text already split it into runs of letters and digits; a run is a
//! core when it starts with a digit or is a core word, which a table of the
//! core words' first letters and lengths answers for most runs without a
//! lookup. (A separate Aho–Corasick pass over the text did the same job at a
//! sixth of extraction's time.) A phrase can start a few words before its core
//! ("a little over three hours", "in more than six years"), so [`starts`]
//! offers a bounded lookback over prefix words only. Both bounds keep the work
//! per candidate constant, which keeps extraction linear on any input.

use std::sync::LazyLock;

use super::words::{pack, pack_at, prefix_slot, WordMap, PREFIX_SLOTS};
use super::Word;
use nom::error::{Error, ErrorKind};
use nom::IResult;

/// Number words that can be the core of a numeric phrase (matched as whole
/// words, ASCII case-insensitively).
#[rustfmt::skip]
const NUMBER_CORES: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
    "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "million",
    "billion", "dozen", "dozens", "half", "couple", "few", "several", "zero", "trillion",
    "millions", "billions", "trillions", "tens", "scores", "quarter", "third", "fifth",
    "tenth", "eighth", "nought", "naught", "fourth", "sixth", "seventh", "ninth", "twelfth",
    "hundredth", "thousandth", "millionth", "billionth", "trillionth",
];

/// Units, cores only after "a"/"an"/"this"/… or before "-long" ("an hour",
/// "hour-long", "earlier this year"); after a number the number is the core.
#[rustfmt::skip]
const UNIT_CORES: &[&str] = &[
    "second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade",
];

/// The words right before a unit core that make it a phrase ("a full day",
/// "another hour").
const UNIT_LEADS: &[&str] = &[
    "a", "an", "half", "this", "last", "next", "full", "whole", "another",
];

/// Month and weekday names, cores only when capitalised ("may" is a verb).
#[rustfmt::skip]
const CALENDAR_CORES: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
];

/// First words of everything that may precede a core: hedges ("a little
/// over"), the relative-year lead-ins ("in", "earlier this"), articles ("an
/// hour") and "between … and …".
const PREFIX_WORDS: &[&str] = &[
    "a",
    "about",
    "almost",
    "an",
    "another",
    "approximately",
    "around",
    "at",
    "between",
    "beyond",
    "circa",
    "close",
    "earlier",
    "exactly",
    "fewer",
    "for",
    "half",
    "in",
    "just",
    "last",
    "later",
    "less",
    "mere",
    "more",
    "nearly",
    "next",
    "no",
    "only",
    "over",
    "precisely",
    "roughly",
    "slightly",
    "some",
    "this",
    "under",
    "up",
    "upwards",
    "well",
];

/// How many words before a core a phrase may start ("in just over ten years").
const LOOKBACK_WORDS: usize = 4;

/// What a core word is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Core {
    Number,
    Unit,
    Calendar,
}

/// The core words by lower-case spelling, and for each pair of first letters
/// a bit per length some core word (or unit plural) has, so most words ("the",
/// "and", "said") are turned away by one table lookup.
struct CoreWords {
    /// Keyed by [`pack`]ed spelling: every core word fits in 16 bytes.
    class: WordMap<u128, Core>,
    lengths: Vec<u64>,
    /// The same bits by [`pair_index`], a coarser key that costs no tests
    /// of the letters: a filter in front of [`CoreWords::lengths`] for the
    /// words of an article, which nearly all fail it.
    pairs: Vec<u64>,
}

/// The low five bits of a word's first two bytes, the first ten bits of
/// the index: the same for a letter in either case ('a' and 'A' are 1), and
/// shared by a letter and a digit or mark ('1' and 'Q' are 17), so that a
/// table by it only ever lets more words through than one by
/// [`prefix_slot`]. A word of one letter is keyed as if a space followed it.
#[inline]
fn pair_index(word: &[u8]) -> usize {
    let first = word.first().copied().unwrap_or(b' ');
    let second = word.get(1).copied().unwrap_or(b' ');
    usize::from(first & 0x1f) << 5 | usize::from(second & 0x1f)
}

static CORE_WORDS: LazyLock<CoreWords> = LazyLock::new(|| {
    let mut class = WordMap::default();
    let mut lengths = vec![0u64; PREFIX_SLOTS];
    let mut pairs = vec![0u64; 1 << 10];
    let classes = [
        (NUMBER_CORES, Core::Number),
        (UNIT_CORES, Core::Unit),
        (CALENDAR_CORES, Core::Calendar),
    ];
    for (words, core) in classes {
        for &word in words {
            if let Some(key) = pack(word.as_bytes()) {
                class.insert(key, core);
            }
            // A unit may take a plural "s".
            let longest = word.len() + usize::from(core == Core::Unit);
            if let Some(slot) = prefix_slot(word.as_bytes()) {
                for len in word.len()..=longest {
                    lengths[slot] |= 1u64.checked_shl(len as u32).unwrap_or(0);
                }
            }
            for len in word.len()..=longest {
                pairs[pair_index(word.as_bytes())] |= 1u64.checked_shl(len as u32).unwrap_or(0);
            }
        }
    }
    CoreWords {
        class,
        lengths,
        pairs,
    }
});

/// Byte offsets of every candidate core among `words` of `text`, in order.
///
/// A core is a whole run of letters and digits (a word, or one part of a
/// hyphenated one: "12-hour", "mid-August"), so the tokenizer's scan already
/// found every place one can be; each run costs a table lookup, and only runs
/// of a core word's first letter and length are looked up by name.
pub fn candidates(text: &str, words: &[Word]) -> Vec<usize> {
    let cores = &*CORE_WORDS;
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    for word in words {
        let span = word.span.clone();
        if word.plain {
            // Most plain words fail the first-letters-and-length table: turn
            // them away here, without a call per word.
            if plain_may_be_core(cores, &bytes[span.clone()]) {
                out.extend(core_at(text, cores, span.start, span.end));
            }
            continue;
        }
        // Apostrophes, dashes, decimal points and non-ASCII letters: split
        // into runs of letters and digits.
        let mut run: Option<usize> = None;
        for (i, c) in text[span.clone()].char_indices() {
            let at = span.start + i;
            match (c.is_alphanumeric(), run) {
                (true, None) => run = Some(at),
                (false, Some(start)) => {
                    out.extend(core_at(text, cores, start, at));
                    run = None;
                }
                _ => {}
            }
        }
        if let Some(start) = run {
            out.extend(core_at(text, cores, start, span.end));
        }
    }
    out
}

/// Whether the plain word (ASCII letters and digits) `run` may be a core: it
/// starts with a digit, or its first letters and length are a core word's.
/// [`core_at`] turns away exactly the other plain words.
#[inline]
fn plain_may_be_core(cores: &CoreWords, run: &[u8]) -> bool {
    match run.first() {
        Some(b) if b.is_ascii_digit() => true,
        Some(b) if b.is_ascii_uppercase() && glued_code(run) => true,
        Some(_) if run.len() <= 16 => {
            let bit = 1u64 << run.len();
            cores.pairs[pair_index(run)] & bit != 0
                && prefix_slot(run).is_some_and(|slot| cores.lengths[slot] & bit != 0)
        }
        _ => false,
    }
}

/// The run of letters and digits `text[start..end]` as a core: `start` when it
/// is one.
fn core_at(text: &str, cores: &CoreWords, start: usize, end: usize) -> Option<usize> {
    let run = text.as_bytes().get(start..end)?;
    let first = *run.first()?;
    // ½ ¼ ¾ all start with the byte 0xC2: decode only then.
    let vulgar = (first == 0xC2 && text[start..].starts_with(['½', '¼', '¾']))
        || (first == 0xE2 && text[start..].starts_with(super::number::VULGAR_MORE));
    if first.is_ascii_digit() || vulgar {
        if let Some(at) = money_start(text, start) {
            return Some(at);
        }
        let before = text[..start].chars().next_back();
        // A decimal written without its zero: ".08".
        if before == Some('.')
            && !text[..start - 1]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
        {
            return Some(start - 1);
        }
        // "G7", "B-2", "Covid-19", "2.5" (its second digit), "#5", "No. 10".
        let glued = match before {
            Some('#') => true,
            // "mid-2022", "pre-2014": a time word before the hyphen, not a code.
            Some('-')
                if TIME_PREFIXES
                    .iter()
                    .any(|p| ends_with_word(&text[..start - 1], p)) =>
            {
                false
            }
            Some('-' | '.' | ',' | '/' | ':') => {
                let prev = text[..start - 1].chars().next_back();
                prev.is_some_and(|p| p.is_alphanumeric())
            }
            _ => false,
        };
        let named = number_sign(text, start) || named_number(text, start, end);
        return (!glued && !named).then_some(start);
    }
    if glued_code(run) {
        // "USD115", "USD1.2 billion": the money starts at its code.
        return Some(start);
    }
    if !first.is_ascii_alphabetic() || run.len() > 16 {
        return None;
    }
    let bit = 1u64 << run.len();
    if cores.lengths[prefix_slot(run)?] & bit == 0 || !run.is_ascii() {
        return None;
    }
    let class = match cores.class.get(&pack_at(text.as_bytes(), start..end)?) {
        Some(&class) => class,
        None => match run
            .strip_suffix(b"s")
            .or_else(|| run.strip_suffix(b"S"))
            .and_then(pack)
        {
            Some(key) if cores.class.get(&key) == Some(&Core::Unit) => Core::Unit,
            _ => return None,
        },
    };
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let kept = match class {
        // "one-on-one" is no count; "Air Force One" is a name; "at one
        // point" and "ground zero" are idioms.
        Core::Number => {
            before != Some('-') && !named_number_word(text, start, end) && !idiom(text, start, end)
        }
        Core::Unit if before == Some('-') && ends_with_word(&text[..start - 1], "all") => {
            // "all-day": the phrase starts at "all".
            return Some(start - 4);
        }
        Core::Unit => after == Some('-') || follows_unit_lead(text, start),
        // "mid-August" is still August, but "may" is a verb.
        Core::Calendar => first.is_ascii_uppercase(),
    };
    kept.then_some(start)
}

/// Whether `run` is a currency code with digits glued to it ("USD115").
fn glued_code(run: &[u8]) -> bool {
    run.len() > 3
        && run[3].is_ascii_digit()
        && std::str::from_utf8(&run[..3]).is_ok_and(|c| crate::unit::CURRENCY_CODES.contains(&c))
}

/// Words that may join a number with a hyphen and leave it free: "mid-2022",
/// "early-1990", "pre-2014", "post-2020".
const TIME_PREFIXES: &[&str] = &["mid", "early", "late", "pre", "post"];

/// Whether `text` ends with the whole word `word` (ASCII case-insensitively).
fn ends_with_word(text: &str, word: &str) -> bool {
    let b = text.as_bytes();
    let n = word.len();
    b.len() >= n
        && b[b.len() - n..].eq_ignore_ascii_case(word.as_bytes())
        && !(b.len() > n && b[b.len() - n - 1].is_ascii_alphanumeric())
}

/// Whether the word before `at` (spaces only between) leads a unit core.
fn follows_unit_lead(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches([' ', '\u{a0}']);
    if before.len() == at {
        return false;
    }
    let word_start = before
        .bytes()
        // The last non-letter byte ends its character, so `k + 1` is a boundary.
        .rposition(|b| !b.is_ascii_alphabetic())
        .map_or(0, |k| k + 1);
    let word = &before[word_start..];
    UNIT_LEADS.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Words that make the number after them part of a name or label: "Apollo
/// 11", "Boeing 737", "Section 230", "Flight 302", "Route 9", "iPhone 15",
/// "Game 14", "on move 87", "Day 3".
#[rustfmt::skip]
const LABELS: &[&str] = &[
    "apollo", "artemis", "gemini", "soyuz", "voyager", "flight", "route", "highway", "interstate",
    "section", "article", "chapter", "clause", "paragraph", "amendment", "title", "proposition",
    "prop", "resolution", "room", "gate", "platform", "terminal", "pier", "suite", "building",
    "boeing", "airbus", "embraer", "iphone", "ipad", "galaxy", "pixel", "windows", "xbox",
    "playstation", "ios", "android", "episode", "season", "volume", "level", "stage", "phase",
    "tier", "grade", "category", "model", "version", "mark", "mk", "bus", "line", "channel",
    "studio", "ward", "district", "precinct", "zone", "sector", "block", "lot", "exhibit",
    "item", "page", "figure", "table", "psalm", "formula", "vision", "agenda", "division",
    "league", "covid", "cop", "form", "bill", "rule", "part", "annex", "appendix", "schedule",
    "pillar", "camp", "unit", "nr", "no", "number", "game", "round", "hole", "lap", "race",
    "heat", "leg", "day", "week", "match", "move", "seat", "row",
];

/// Whether the digits at `start..end` are part of a name: after a label word
/// ("Apollo 11"), or bare after a capitalised word inside a sentence
/// ("Apollo 11's crew", "Section 230.") that is no function word or month,
/// unless a result follows the name ("beat Redmarsh City 3-2").
fn named_number(text: &str, start: usize, end: usize) -> bool {
    let Some((prev, prev_start)) = word_before(text, start) else {
        return false;
    };
    let lower = prev.to_ascii_lowercase();
    if LABELS.contains(&lower.as_str()) {
        // ("a buffer zone 12 miles wide": a measure after it makes it one.)
        let after = text[end..].trim_start_matches([' ', '\u{a0}']);
        let next = after
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        let measure = !next.is_empty()
            && matches!(
                crate::unit::parse(next),
                Some(crate::unit::Unit::Measure(_) | crate::unit::Unit::Percent)
            );
        return !measure;
    }
    let capital = prev.starts_with(|c: char| c.is_ascii_uppercase());
    let year_like = end - start == 4;
    // A noun after the number makes it a count ("Putin's 3 aides"); a
    // function word does not ("the helicopter Rescue 117 at about 7:40").
    let after = text[end..].trim_start_matches([' ', '\u{a0}']);
    let next = after
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let noun_follows = after.len() < text.len() - end
        && !next.is_empty()
        && !super::count::NOT_NOUNS.contains(&next.to_ascii_lowercase().as_str());
    let b = text.as_bytes();
    let decimal =
        matches!(b.get(end), Some(b'.' | b',')) && b.get(end + 1).is_some_and(u8::is_ascii_digit);
    capital
        && !year_like
        && !noun_follows
        && !decimal
        && !super::score::dashed_result_at(text, start, end)
        && !sentence_initial(text, prev_start)
        && !plain_word(&lower)
        && !super::score::in_results_list(text, prev_start, end)
}

/// Whether the capitalised number word at `start..end` ("One", "Two" …
/// "Ten") is part of a name: "Air Force One", "Formula One".
fn named_number_word(text: &str, start: usize, end: usize) -> bool {
    const SMALL: &[&str] = &[
        "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
    ];
    if !SMALL.contains(&&text[start..end]) {
        return false;
    }
    let Some((prev, prev_start)) = word_before(text, start) else {
        return false;
    };
    let after = text[end..].trim_start_matches([' ', '\u{a0}']);
    prev.starts_with(|c: char| c.is_ascii_uppercase())
        && !sentence_initial(text, prev_start)
        && !plain_word(&prev.to_ascii_lowercase())
        && !after.starts_with(|c: char| c.is_uppercase())
}

/// Whether the number word at `start..end` is part of an idiom that counts
/// nothing: "at one point" (a moment; "one point five" is a decimal),
/// "ground zero", "patient zero", "year zero", and a period named by its
/// order ("the first quarter of 2024", "the second half of the season"),
/// which is no share.
fn idiom(text: &str, start: usize, end: usize) -> bool {
    let w = &text.as_bytes()[start..end];
    let prev = || word_before(text, start).map(|(p, _)| p.to_ascii_lowercase());
    let after = text[end..].trim_start_matches([' ', '\u{a0}']);
    let next_is = |word: &[u8]| {
        after.len() > word.len()
            && after.as_bytes()[..word.len()].eq_ignore_ascii_case(word)
            && !after.as_bytes()[word.len()].is_ascii_alphanumeric()
    };
    if w.eq_ignore_ascii_case(b"one") {
        return next_is(b"point") && prev().is_some_and(|p| p == "at");
    }
    if w.eq_ignore_ascii_case(b"quarter") || w.eq_ignore_ascii_case(b"half") {
        const ORDERS: &[&str] = &[
            "first", "second", "third", "fourth", "final", "last", "opening", "closing", "next",
            "previous", "latter", "former",
        ];
        return next_is(b"of") && prev().is_some_and(|p| ORDERS.contains(&p.as_str()));
    }
    w.eq_ignore_ascii_case(b"zero")
        && prev().is_some_and(|p| matches!(p.as_str(), "ground" | "patient" | "year"))
}

/// Function words, hedges and calendar names: a capital on these says
/// nothing about a name ("In 2019", "About 40", "August 15", "The Four").
fn plain_word(lower: &str) -> bool {
    super::count::NOT_NOUNS.contains(&lower)
        || CALENDAR_CORES.contains(&lower)
        || PREFIX_WORDS.contains(&lower)
        || NUMBER_CORES.contains(&lower)
        || matches!(
            lower,
            "than" | "nearly" | "top" | "page" | "to" | "by" | "the"
        )
}

/// The word (ASCII letters) right before `at`, one or more spaces between,
/// and where it starts.
fn word_before(text: &str, at: usize) -> Option<(&str, usize)> {
    let before = text[..at].trim_end_matches([' ', '\u{a0}']);
    if before.len() == at {
        return None;
    }
    let start = before
        .bytes()
        .rposition(|b| !b.is_ascii_alphabetic())
        .map_or(0, |k| k + 1);
    (start < before.len()).then(|| (&before[start..], start))
}

/// Whether the word at `at` starts a sentence or a line.
fn sentence_initial(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches([' ', '\u{a0}', '\t']);
    match before.chars().next_back() {
        None => true,
        Some(c) => matches!(
            c,
            '.' | '!' | '?' | '\n' | '\r' | ':' | '"' | '\u{201c}' | '(' | '-' | '\u{2014}'
        ),
    }
}

/// Where a money phrase whose digits start at `at` starts: at its currency
/// symbol ("$5", "US$ 1.2", "£3m") or code ("USD 5m").
fn money_start(text: &str, at: usize) -> Option<usize> {
    let before = &text[..at];
    let t = before.trim_end_matches([' ', '\u{a0}']);
    let free = |k: usize| {
        !t[..k]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
    };
    let last = *t.as_bytes().last()?;
    let symbols = if crate::unit::may_end_symbol(last) {
        crate::unit::CURRENCY_SYMBOLS
    } else {
        &[]
    };
    for &(sym, _) in symbols {
        let n = sym.len();
        if t.len() >= n
            && t.is_char_boundary(t.len() - n)
            && t.as_bytes()[t.len() - n..].eq_ignore_ascii_case(sym.as_bytes())
            && free(t.len() - n)
            && (t.len() == before.len() || sym.len() > 1 || !sym.is_ascii() || sym == "$")
        {
            return Some(t.len() - n);
        }
    }
    // A code is spaced from its digits ("USD 5m") or glued to them ("USD115").
    if last.is_ascii_uppercase() && t.len() >= 3 && t.is_char_boundary(t.len() - 3) {
        let code = &t[t.len() - 3..];
        if crate::unit::CURRENCY_CODES.contains(&code) && free(t.len() - 3) {
            return Some(t.len() - 3);
        }
    }
    None
}

/// Whether the digits at `at` follow "No." or "Number" ("No. 10", "Number
/// 10" are labels, not ten).
fn number_sign(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches([' ', '\u{a0}']);
    let b = before.as_bytes();
    let n = b.len();
    let label = |sign: &[u8]| {
        let k = sign.len();
        n >= k
            && b[n - k..].eq_ignore_ascii_case(sign)
            && !(n > k && b[n - k - 1].is_ascii_alphabetic())
    };
    label(b"no.") || (before.len() < at && label(b"number"))
}

/// Where a phrase whose core is at `core` may start: prefix words up to
/// [`LOOKBACK_WORDS`] back (same line, separated only by spaces, not before
/// `floor`), earliest first, then `core` itself. Asked at every candidate,
/// so the starts stay on the stack.
pub fn starts(text: &str, core: usize, floor: usize) -> impl ExactSizeIterator<Item = usize> {
    let mut found = [core; LOOKBACK_WORDS + 1];
    let mut n = 1;
    let bytes = text.as_bytes();
    let mut pos = core;
    for _ in 0..LOOKBACK_WORDS {
        // Step back over spacing (ASCII space/tab or a no-break space).
        let mut gap = pos;
        loop {
            if gap > floor && matches!(bytes[gap - 1], b' ' | b'\t') {
                gap -= 1;
            } else if gap >= floor + 2 && text[..gap].ends_with('\u{a0}') {
                gap -= 2;
            } else {
                break;
            }
        }
        if gap == pos {
            break;
        }
        let mut word_start = gap;
        while word_start > floor && bytes[word_start - 1].is_ascii_alphabetic() {
            word_start -= 1;
        }
        if word_start == gap || gap - word_start > 16 {
            break;
        }
        let prev = text[..word_start].chars().next_back();
        if prev.is_some_and(char::is_alphanumeric) {
            break;
        }
        let word = &text[word_start..gap];
        if PREFIX_WORDS.iter().any(|p| p.eq_ignore_ascii_case(word)) {
            found[n] = word_start;
            n += 1;
        }
        // Punctuation or a line start before the word ends the lookback.
        if !prev.is_some_and(is_space) {
            break;
        }
        pos = word_start;
    }
    found[..n].reverse();
    found.into_iter().take(n)
}

/// A nom error at `i`; the grammar only ever needs "no match here".
pub fn fail<T>(i: &str) -> IResult<&str, T> {
    Err(nom::Err::Error(Error::new(i, ErrorKind::Tag)))
}

/// Whether `c` separates words on one line: space, tab, or a no-break/thin space.
pub fn is_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\u{2007}'
    )
}

/// `sp := (" " | "\t" | nbsp | narrow nbsp | thin space)+` — never a line break.
pub fn sp(i: &str) -> IResult<&str, &str> {
    let end = i
        .char_indices()
        .find(|&(_, c)| !is_space(c))
        .map_or(i.len(), |(at, _)| at);
    if end == 0 {
        fail(i)
    } else {
        Ok((&i[end..], &i[..end]))
    }
}

/// Whether `i` starts in the middle of a word (a letter or digit follows).
pub fn glued(i: &str) -> bool {
    i.chars().next().is_some_and(char::is_alphanumeric)
}

/// `word(w) := w` case-insensitively, not followed by a letter or digit.
pub fn word(w: &'static str) -> impl Fn(&str) -> IResult<&str, &str> {
    move |i: &str| {
        let n = w.len();
        if i.len() >= n && i.as_bytes()[..n].eq_ignore_ascii_case(w.as_bytes()) && !glued(&i[n..]) {
            Ok((&i[n..], &i[..n]))
        } else {
            fail(i)
        }
    }
}

/// `phrase(p) := word (sp word)*` for the space-separated words of `p`.
pub fn phrase(p: &'static str) -> impl Fn(&str) -> IResult<&str, &str> {
    move |i: &str| match match_phrase(i, p) {
        Some(rest) => Ok((rest, &i[..i.len() - rest.len()])),
        None => fail(i),
    }
}

/// The rest of `i` after the phrase `p` (lower-case ASCII words separated by
/// single spaces), if `i` starts with it. Hot: every table lookup goes
/// through here, so it bails out on the first mismatching byte.
fn match_phrase<'a>(i: &'a str, p: &str) -> Option<&'a str> {
    let ib = i.as_bytes();
    let mut at = 0;
    for &c in p.as_bytes() {
        if c == b' ' {
            at = i.len() - sp(&i[at..]).ok()?.0.len();
        } else if ib.get(at)?.to_ascii_lowercase() == c {
            at += 1;
        } else {
            return None;
        }
    }
    let rest = &i[at..];
    (!glued(rest)).then_some(rest)
}

/// The longest entry of `table` whose phrase starts `i`, with its value.
pub fn longest<T: Copy>(
    table: &'static [(&'static str, T)],
) -> impl Fn(&str) -> IResult<&str, (&'static str, T)> {
    move |i: &str| {
        let first = i.as_bytes().first().map(u8::to_ascii_lowercase);
        // Most entries differ in the first byte; skip them without a call.
        longest_among(
            i,
            table
                .iter()
                .filter(|(p, _)| p.as_bytes().first() == first.as_ref()),
        )
    }
}

/// The longest of `entries` whose phrase starts `i` (the first listed on a tie).
fn longest_among<'a, 'e, T: Copy + 'static>(
    i: &'a str,
    entries: impl Iterator<Item = &'e (&'static str, T)>,
) -> IResult<&'a str, (&'static str, T)> {
    let mut best: Option<(&str, &'static str, T)> = None;
    for &(p, v) in entries {
        if let Some(rest) = match_phrase(i, p) {
            if best.map_or(true, |(r, _, _)| rest.len() < r.len()) {
                best = Some((rest, p, v));
            }
        }
    }
    match best {
        Some((rest, p, v)) => Ok((rest, (p, v))),
        None => fail(i),
    }
}

/// A long phrase table indexed by first byte, so [`Phrases::longest`] tries
/// only the entries that can match: the unit and hedge tables are asked at
/// every candidate, and a scan of their hundred-odd entries cost more than
/// the match.
pub struct Phrases<T: 'static> {
    /// The table's entries, grouped by first byte (stable within a group).
    entries: Vec<(&'static str, T)>,
    /// For each first byte `b`, its group is `entries[group[b]..group[b + 1]]`.
    group: Vec<usize>,
}

impl<T: Copy> Phrases<T> {
    /// Indexes `table`, whose phrases are lower-case as [`longest`] wants.
    pub fn new(table: &'static [(&'static str, T)]) -> Self {
        let first = |p: &str| usize::from(p.as_bytes().first().copied().unwrap_or(0));
        let mut entries = table.to_vec();
        entries.sort_by_key(|(p, _)| first(p));
        let mut group = vec![0; 257];
        for (b, start) in group.iter_mut().enumerate() {
            *start = entries.partition_point(|(p, _)| first(p) < b);
        }
        Phrases { entries, group }
    }

    /// [`Phrases::new`], with each phrase of several words also written
    /// with hyphens ("a 1,140-nautical-mile race", "a 40-square-mile
    /// area"). The hyphenated forms are made once, for the run's life.
    pub fn with_hyphens(table: &'static [(&'static str, T)]) -> Self {
        let joined: Vec<(&'static str, T)> = table
            .iter()
            .filter(|(p, _)| p.contains(' '))
            .map(|&(p, t)| (&*Box::leak(p.replace(' ', "-").into_boxed_str()), t))
            .collect();
        let all: &'static [(&'static str, T)] = Box::leak(
            table
                .iter()
                .copied()
                .chain(joined)
                .collect::<Vec<_>>()
                .into_boxed_slice(),
        );
        Phrases::new(all)
    }

    /// What [`longest`] over the table answers for `i`.
    pub fn longest<'a>(&self, i: &'a str) -> IResult<&'a str, (&'static str, T)> {
        let Some(&b) = i.as_bytes().first() else {
            return fail(i);
        };
        let b = usize::from(b.to_ascii_lowercase());
        longest_among(i, self.entries[self.group[b]..self.group[b + 1]].iter())
    }
}

/// `hyphen := "-" | "‐" | "‑"` (a hyphen joining an adjective, never a dash).
pub fn hyphen(i: &str) -> IResult<&str, &str> {
    for h in ["-", "\u{2010}", "\u{2011}"] {
        if let Some(rest) = i.strip_prefix(h) {
            return Ok((rest, h));
        }
    }
    fail(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cores(text: &str) -> Vec<&str> {
        candidates(text, &super::super::words::tokenize(text, &[]))
            .into_iter()
            .map(|p| {
                // A money core starts at its symbol or code: show it with its digits.
                let lead = text[p..]
                    .char_indices()
                    .take(6)
                    .find(|(_, c)| c.is_ascii_digit())
                    .filter(|_| {
                        let run = text[p..]
                            .chars()
                            .take_while(|c| c.is_alphabetic())
                            .collect::<String>();
                        run.chars().all(|c| c.is_ascii_uppercase())
                    })
                    .map_or(p, |(e, _)| p + e);
                let end = text[lead..]
                    .find(|c: char| !c.is_alphanumeric())
                    .map_or(text.len(), |e| lead + e);
                &text[p..end]
            })
            .collect()
    }

    #[test]
    fn the_pair_filter_lets_every_core_word_through() {
        let cores = &*CORE_WORDS;
        for word in NUMBER_CORES.iter().chain(UNIT_CORES).chain(CALENDAR_CORES) {
            let plural = format!("{word}s");
            for form in [word.to_string(), word.to_ascii_uppercase(), plural] {
                let mut capital = form.clone();
                capital[..1].make_ascii_uppercase();
                for run in [form, capital] {
                    let bit = 1u64 << run.len();
                    let slot = prefix_slot(run.as_bytes()).unwrap();
                    if cores.lengths[slot] & bit != 0 {
                        assert!(cores.pairs[pair_index(run.as_bytes())] & bit != 0, "{run}");
                    }
                }
            }
        }
    }

    #[test]
    fn candidates_are_whole_words_and_free_digits() {
        let cases: &[(&str, &str, &[&str])] = &[
            ("words", "three hours", &["three"]),
            (
                "led_units",
                "an hour, hour-long, this year",
                &["hour", "hour", "year"],
            ),
            ("unled_units", "hours of talks, second wave", &[]),
            ("modal_may", "it may be May", &["May"]),
            ("not_inside_words", "someone tends hourly money", &[]),
            ("hyphenated", "12-hour talks one-on-one", &["12", "one"]),
            ("capital_after_hyphen", "mid-August", &["August"]),
            ("glued_digits", "G7 B-2 Covid-19 2.5", &["2"]),
            (
                "time_prefix",
                "since mid-2022 and pre-2014, not amid-5",
                &["2022", "2014"],
            ),
            (
                "currency_and_number_sign",
                "$5 and No. 10 and 6, US$ 7, USD 8, £3m",
                &["$5", "6", "US$ 7", "USD 8", "£3m"],
            ),
            (
                "glued_currency_code",
                "USD115 and PKR5bn, not ABC5 or usd5",
                &["USD115", "PKR5bn"],
            ),
            ("leading_point", "of .08 and x.5", &[".08"]),
            (
                "names",
                "Apollo 11's crew, Boeing 737 jets, Section 230. Route 9, Air Force One landed",
                &[],
            ),
            (
                "periods_and_idioms",
                "the first quarter of 2024, the second half of the season, at one point, ground zero",
                &["2024"],
            ),
            (
                "shares_stay",
                "half of voters, a quarter of them, one point five",
                &["half", "quarter", "one", "five"],
            ),
            (
                "not_names",
                "Putin's 3 aides. In 2019 About 40 people came on August 15",
                &["3", "2019", "40", "August", "15"],
            ),
            ("all_day", "all-day", &["all"]),
            ("number_label", "Number 10 said; a number of 5", &["5"]),
            (
                "month_and_weekday",
                "Friday, Aug. 15",
                &["Friday", "Aug", "15"],
            ),
            ("nbsp", "6\u{a0}min read", &["6"]),
            (
                "possessive",
                "Friday’s summit, Friday's talks",
                &["Friday", "Friday"],
            ),
            ("fractions", "½ hour, 2½ hours", &["½", "2½"]),
            ("compound_parts", "two-and-a-half-hour", &["two"]),
            (
                "common_words_are_no_cores",
                "the and for said that was",
                &[],
            ),
        ];
        for (name, text, want) in cases {
            assert_eq!(cores(text), *want, "{name}");
        }
    }

    #[test]
    fn starts_look_back_over_prefix_words_only() {
        let text = "talks for a little over three hours";
        let core = text.find("three").unwrap_or(0);
        let got: Vec<&str> = starts(text, core, 0).map(|s| &text[s..core]).collect();
        assert_eq!(got, ["for a little over ", "a little over ", "over ", ""]);
        let floor = text.find("little").unwrap_or(0);
        assert_eq!(starts(text, core, floor).len(), 2);
        assert_eq!(starts("end. three", 5, 0).collect::<Vec<_>>(), [5]);
    }

    #[test]
    fn indexed_phrases_answer_as_the_plain_table() {
        const TABLE: &[(&str, u8)] = &[
            ("mile", 1),
            ("miles", 2),
            ("metric ton", 3),
            ("km", 4),
            ("m2", 5),
            ("μg", 6),
        ];
        let index = Phrases::new(TABLE);
        for i in [
            "Miles away",
            "metric tons",
            "km.",
            "m2 ",
            "μg",
            "x",
            "",
            "MILE-long",
        ] {
            assert_eq!(index.longest(i).ok(), longest(TABLE)(i).ok(), "{i:?}");
        }
    }

    #[test]
    fn token_parsers_leave_the_rest() {
        assert_eq!(word("hour")("Hour-long"), Ok(("-long", "Hour")));
        assert!(word("hour")("hourly").is_err());
        assert_eq!(
            phrase("more than")("more\u{a0}than 3"),
            Ok((" 3", "more\u{a0}than"))
        );
        assert_eq!(sp(" \u{a0}x"), Ok(("x", " \u{a0}")));
        assert!(sp("\nx").is_err());
    }
}
