//! Words as SPEC §2 defines them, with stems for cue matching.
//!
//! A word is a run of letters and digits. A few marks join two runs into one
//! word because readers see one word there: an apostrophe between letters
//! ("Putin’s", "there's"), a hyphen between letters or digits ("follow-up",
//! "12-hour"), an en dash between letters ("Elmendorf–Richardson"), and a
//! decimal point or thousands comma between digits ("2.5", "1,000"). Every other
//! character (an em dash, a slash, white space) separates words.
//!
//! This runs over whole corpora, so the scanner works on bytes for ASCII and
//! only decodes characters when it meets a non-ASCII byte, and a word's
//! normalised form ([`Norm`]) is stored inline: tokenising allocates nothing
//! per word. Stems (Snowball English) are not made here: only cue matching
//! needs them, so the checker stems the words it compares, through a cache
//! shared by all threads ([`stem_cached`]), because news vocabulary repeats
//! and stemming is the most expensive step of matching.

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;
use std::sync::{LazyLock, Mutex, PoisonError};

use rust_stemmers::{Algorithm, Stemmer};

use super::Word;

/// Words longer than this (in bytes) are not stemmed: they are URLs, hashes or
/// glued-together junk, never cue words, and stemming them costs time for nothing.
const MAX_STEM_LEN: usize = 48;

/// The stem cache is cleared when it grows past this many entries.
const STEM_CACHE_LIMIT: usize = 100_000;

/// Splits `text` into words; a word inside one of `passages` is marked quoted.
pub fn tokenize(text: &str, passages: &[Range<usize>]) -> Vec<Word> {
    let bytes = text.as_bytes();
    let mut words = Vec::with_capacity(text.len() / 6 + 1);
    // The passage a word may be in: the first that does not end before it.
    let mut passages = passages.iter();
    let mut passage = passages.next();
    let mut pos = 0;
    // Whether the gap since the previous word holds anything but white space.
    let mut punct = false;
    while pos < bytes.len() {
        let b = bytes[pos];
        // Most of a gap is one space.
        if b == b' ' {
            pos += 1;
            continue;
        }
        if !b.is_ascii_alphanumeric() {
            let (c, len) = if b.is_ascii() {
                (char::from(b), 1)
            } else {
                char_at(text, pos).unwrap_or((' ', 1))
            };
            if !is_word_char(c) {
                // A percent or currency sign is part of its figure ("61.9%
                // voted", "at $5 each"), not punctuation between words.
                // Nor is the colon of a clock or race time ("2:10:41",
                // "08:47"): the time is one phrase.
                if !is_space(c)
                    && !matches!(c, '%' | '$' | '€' | '£' | '¥')
                    && (c != ':' || !clock_colon(bytes, pos))
                {
                    punct = true;
                }
                pos += len;
                continue;
            }
        }
        let (end, dashed, plain) = match plain_word_end(bytes, pos) {
            Some(end) => (end, false, true),
            None => word_end(text, pos),
        };
        let span = pos..end;
        while passage.is_some_and(|p| p.end <= span.start) {
            passage = passages.next();
        }
        let quoted = passage.is_some_and(|p| p.start <= span.start);
        pos = span.end;
        words.push(Word {
            span,
            quoted,
            punct_before: punct,
            dashed,
            plain,
        });
        punct = false;
    }
    words
}

/// Whether the colon at `pos` stands between two digits ("2:10:41").
#[inline(never)]
fn clock_colon(bytes: &[u8], pos: usize) -> bool {
    pos > 0 && bytes[pos - 1].is_ascii_digit() && bytes.get(pos + 1).is_some_and(u8::is_ascii_digit)
}

/// Every stem made so far, by normalised word, shared by all threads: the
/// worker threads of a run read articles of one vocabulary, and each would
/// otherwise stem the same words again. Stemming costs thousands of
/// instructions a word; the lock, taken only when a word is not in a
/// thread's cache of cue tags, a few dozen.
static STEMS: LazyLock<Mutex<WordMap<Box<str>, Box<str>>>> =
    LazyLock::new(|| Mutex::new(WordMap::default()));

/// A hash map keyed by short words. The keys come from the article, but a
/// collision only costs time, and SipHash costs more per word than the rest of
/// tokenising it.
pub type WordMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;

/// The FxHash function (rustc's): a multiply and rotate per eight bytes.
#[derive(Clone, Copy, Debug, Default)]
pub struct WordHasher(u64);

const FX_SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl WordHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(FX_SEED);
    }
}

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut buf = [0; 8];
            buf.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(buf));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            self.add(tail_le(rest));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    // Packed words (see [`pack`]) are keys: two multiplies, not a byte loop.
    fn write_u128(&mut self, i: u128) {
        self.add(i as u64);
        self.add((i >> 64) as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// The one to seven bytes `rest` as a little-endian integer, zero-padded:
/// two overlapping reads of four (or two) bytes, whose shared bytes are
/// the same, where copying into a buffer is a call to `memcpy` (every
/// word hashed ends in such a tail: "talks" is all tail).
#[inline]
fn tail_le(rest: &[u8]) -> u64 {
    let n = rest.len();
    let four = |at: usize| {
        let mut b = [0; 4];
        b.copy_from_slice(&rest[at..at + 4]);
        u64::from(u32::from_le_bytes(b))
    };
    let two = |at: usize| u64::from(u16::from_le_bytes([rest[at], rest[at + 1]]));
    match n {
        4.. => four(0) | four(n - 4) << (8 * (n - 4)),
        2.. => two(0) | two(n - 2) << (8 * (n - 2)),
        _ => rest.first().map_or(0, |&b| u64::from(b)),
    }
}

/// Calls `f` with the stem of `norm`, from the shared cache when it is there.
pub fn stem_cached<R>(norm: &str, f: impl FnOnce(&str) -> R) -> R {
    // The English stemmer leaves words of one or two letters alone.
    if norm.len() <= 2 || norm.len() > MAX_STEM_LEN {
        return f(norm);
    }
    // A poisoned lock only means another thread panicked: the map is whole.
    let mut cache = STEMS.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(stem) = cache.get(norm) {
        return f(stem);
    }
    // Stemmed with the lock held: threads reading articles alike meet the
    // same new words at the same time, and the one that waits then finds
    // the word stemmed instead of stemming it again.
    if cache.len() > STEM_CACHE_LIMIT {
        cache.clear();
    }
    let stem: Box<str> = stem(norm).into();
    let out = f(&stem);
    cache.insert(norm.into(), stem);
    out
}

/// The Snowball English stem of an already normalised word, except that a
/// noun in "-ity" keeps that ending: Snowball gives "authority" the stem of
/// "author", "majority" that of "major" and "university" that of
/// "universe", and a cue `author` must not match "the Red List Authority".
pub fn stem(norm: &str) -> String {
    stem_with(&Stemmer::create(Algorithm::English), norm)
}

/// [`stem`] with a stemmer at hand.
pub fn stem_with(stemmer: &Stemmer, norm: &str) -> String {
    let mut stem = stemmer.stem(norm).into_owned();
    if (norm.ends_with("ity") || norm.ends_with("ities")) && !stem.ends_with("iti") {
        stem.push_str("-iti");
    }
    stem
}

/// A word's comparison form: lower-cased, apostrophes folded to `'` and
/// joining dashes to `-`.
pub fn normalize(word: &str) -> String {
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        match c {
            // The ASCII letters of a word with a curly apostrophe or an
            // accent: no case-mapping table to consult.
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c if is_apostrophe(c) => out.push('\''),
            c if is_joining_dash(c) => out.push('-'),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// [`normalize`], borrowing `word` when it is already in that form (an ASCII
/// word with no capital letter: most words of an article).
pub fn normalized(word: &str) -> Cow<'_, str> {
    if word.is_ascii() && !word.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(normalize(word))
    }
}

/// How many slots [`prefix_slot`] hands out.
pub const PREFIX_SLOTS: usize = 26 * 27;

/// A slot per pair of leading ASCII letters (case folded), and per single
/// letter word; `None` for a word that starts otherwise. Tables indexed by it
/// turn most words away before any lookup by name.
pub fn prefix_slot(word: &[u8]) -> Option<usize> {
    let letter = |b: &u8| {
        b.is_ascii_alphabetic()
            .then(|| usize::from(b.to_ascii_lowercase() - b'a'))
    };
    let first = letter(word.first()?)?;
    let second = match word.get(1) {
        None => 26,
        Some(b) => letter(b)?,
    };
    Some(first * 27 + second)
}

/// A word of up to 16 bytes as one integer, ASCII letters lower-cased: hashing
/// and comparing it is a couple of instructions, not a string walk. For an
/// ASCII word this is its [`normalize`]d form packed.
pub fn pack(word: &[u8]) -> Option<u128> {
    let mut bytes = [0u8; 16];
    bytes.get_mut(..word.len())?.copy_from_slice(word);
    Some(lowercase_packed(u128::from_le_bytes(bytes)))
}

/// [`pack`] of the word `text[span]`. When the text runs on for 16 bytes
/// from the word's start (nearly always), those are read at once and the
/// bytes past the word masked off: copying a short word into a buffer and
/// reading the buffer back as one integer stalls the CPU, and this is asked
/// for most words of every article.
pub fn pack_at(text: &[u8], span: Range<usize>) -> Option<u128> {
    raw_at(text, span).map(lowercase_packed)
}

/// The bytes of the word `text[span]` packed as [`pack_at`] packs them, but
/// as written, not lower-cased (`None` past 16 bytes): a key for a cache
/// that may hold "The" and "the" apart, and is asked of every word.
pub fn raw_at(text: &[u8], span: Range<usize>) -> Option<u128> {
    let len = span.len();
    if len > 16 {
        return None;
    }
    let Some(window) = text.get(span.start..span.start + 16) else {
        let mut bytes = [0u8; 16];
        bytes.get_mut(..len)?.copy_from_slice(text.get(span)?);
        return Some(u128::from_le_bytes(bytes));
    };
    let window: [u8; 16] = window.try_into().ok()?;
    Some(u128::from_le_bytes(window) & LOW_BYTES[len])
}

/// Per length up to 16, the mask of that many low bytes: read from here,
/// not shifted out of `u128::MAX`, which is a dozen instructions on 64-bit
/// registers (and this is asked of nearly every word of every article).
const LOW_BYTES: [u128; 17] = {
    let mut masks = [0; 17];
    let mut len = 1;
    while len <= 16 {
        masks[len] = u128::MAX >> (8 * (16 - len));
        len += 1;
    }
    masks
};

/// The 16 bytes of `v` with their ASCII capitals lower-cased, all at once
/// (SWAR): a byte is a capital when its low seven bits are in `A..=Z` and
/// its top bit is clear, and lower-casing it sets bit 5. Per byte this is
/// [`u8::to_ascii_lowercase`], without a loop over the bytes.
pub fn lowercase_packed(v: u128) -> u128 {
    const ONES: u128 = u128::MAX / 0xff;
    let low = v & (0x7f * ONES);
    // Adding 0x80 - c to a seven-bit byte sets its top bit exactly when the
    // byte is at least c, and never carries into the next byte.
    let from_a = low + (0x80 - u128::from(b'A')) * ONES;
    let past_z = low + (0x80 - u128::from(b'Z' + 1)) * ONES;
    let capitals = from_a & !past_z & !v & (0x80 * ONES);
    v | (capitals >> 2)
}

/// [`normalize`] into `buf`, which is reused: no allocation for ASCII words.
pub fn normalize_into<'b>(word: &str, buf: &'b mut String) -> &'b str {
    buf.clear();
    if word.is_ascii() {
        buf.push_str(word);
        buf.make_ascii_lowercase();
    } else {
        buf.push_str(&normalize(word));
    }
    buf
}

/// Whether `word` normalises to `norm`, without building its normal form
/// when it is ASCII.
pub fn norm_eq(word: &str, norm: &str) -> bool {
    // A short ASCII word (most names' words) and `norm` as it is, each
    // packed: the word lower-cased, `norm` as written, which holds no
    // capital when it is a normal form. One comparison, no byte loop.
    if word.len() == norm.len() && word.len() <= 16 && word.is_ascii() {
        let whole = |w: &str| raw_at(w.as_bytes(), 0..w.len());
        return whole(word).map(lowercase_packed) == whole(norm);
    }
    if word.is_ascii() {
        word.eq_ignore_ascii_case(norm) && !norm.bytes().any(|b| b.is_ascii_uppercase())
    } else {
        normalize(word) == norm
    }
}

/// Byte spans of the words of `text`, in order, without normalising them.
pub fn spans(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    Spans { text, pos: 0 }
}

struct Spans<'a> {
    text: &'a str,
    pos: usize,
}

impl Iterator for Spans<'_> {
    type Item = Range<usize>;

    fn next(&mut self) -> Option<Range<usize>> {
        let start = next_word_char(self.text, self.pos)?;
        let (end, _, _) = word_end(self.text, start);
        self.pos = end;
        Some(start..end)
    }
}

/// Where the word starting at byte `start` ends, when it is plain: a run of
/// ASCII letters and digits followed by the end of the text or an ASCII byte
/// that cannot join it to more (most words, ended by a space). `None` sends
/// the word to [`word_end`], which agrees wherever this answers.
#[inline]
fn plain_word_end(bytes: &[u8], start: usize) -> Option<usize> {
    let run = alnum_run_end(bytes, start);
    match bytes.get(run) {
        None => Some(run),
        // A joiner that joins nothing ends the word here, as `word_end`
        // would: a comma or point not between two digits ("talks, which",
        // "three hours."; not "1,000", "2.5"), an apostrophe or hyphen
        // before an ASCII byte that is no letter or digit ("the 'deal' ").
        Some(&joiner @ (b'\'' | b'-' | b'.' | b',')) if run > start => {
            let after = bytes.get(run + 1).copied().unwrap_or(b' ');
            let joins = match joiner {
                b'.' | b',' => bytes[run - 1].is_ascii_digit() && after.is_ascii_digit(),
                _ => !after.is_ascii() || after.is_ascii_alphanumeric(),
            };
            (!joins).then_some(run)
        }
        Some(b'\'' | b'-' | b'.' | b',') => None,
        Some(b) if b.is_ascii() => Some(run),
        Some(_) => None,
    }
}

/// Where the run of ASCII letters and digits starting at `start` ends.
///
/// Eight bytes at a time (SWAR, as in [`lowercase_packed`]): a byte-per-step
/// loop mispredicts its exit at nearly every word, while most words end
/// within the first eight bytes read here.
#[inline]
fn alnum_run_end(bytes: &[u8], start: usize) -> usize {
    const ONES: u64 = u64::MAX / 0xff;
    const HIGH: u64 = 0x80 * ONES;
    let mut at = start;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(chunk);
        let v = u64::from_le_bytes(eight);
        // Adding 0x80 - c to a seven-bit byte sets its top bit exactly when
        // the byte is at least c, and never carries into the next byte.
        let at_least = |x: u64, c: u8| x + (0x80 - u64::from(c)) * ONES;
        let low = v & !HIGH;
        let digit = at_least(low, b'0') & !at_least(low, b'9' + 1);
        let folded = low | (0x20 * ONES);
        let letter = at_least(folded, b'a') & !at_least(folded, b'z' + 1);
        let other = !(digit | letter) | v;
        let other = other & HIGH;
        if other != 0 {
            return at + (other.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    bytes[at..]
        .iter()
        .position(|b| !b.is_ascii_alphanumeric())
        .map_or(bytes.len(), |n| at + n)
}

/// Where the word starting at byte `start` (a word character) ends.
/// Also says whether a hyphen or en dash joined two parts of it, and whether
/// it is plain (ASCII letters and digits only).
fn word_end(text: &str, start: usize) -> (usize, bool, bool) {
    let bytes = text.as_bytes();
    let mut end = start;
    let mut dashed = false;
    let mut plain = true;
    loop {
        // Extend over the current run of word characters, bytewise while ASCII.
        loop {
            match bytes.get(end) {
                Some(b) if b.is_ascii_alphanumeric() => end += 1,
                Some(b) if !b.is_ascii() => match char_at(text, end) {
                    Some((c, len)) if is_word_char(c) => {
                        end += len;
                        plain = false;
                    }
                    _ => break,
                },
                _ => break,
            }
        }
        // A joiner continues the word when a word character follows it.
        let Some((joiner, jlen)) = char_at(text, end) else {
            break;
        };
        if joiner.is_ascii() && !matches!(joiner, '\'' | '-' | '.' | ',') {
            break;
        }
        let Some((after, _)) = char_at(text, end + jlen) else {
            break;
        };
        let before = char_before(text, end);
        if joins(before, joiner, after) {
            end += jlen;
            dashed |= is_joining_dash(joiner);
            plain = false;
        } else {
            break;
        }
    }
    (end, dashed, plain)
}

fn joins(before: char, joiner: char, after: char) -> bool {
    if !is_word_char(after) {
        return false;
    }
    if is_apostrophe(joiner) || joiner == '-' || joiner == '\u{2010}' || joiner == '\u{2011}' {
        return true;
    }
    if joiner == '\u{2013}' {
        return before.is_alphabetic() && after.is_alphabetic();
    }
    if joiner == '.' || joiner == ',' {
        return before.is_ascii_digit() && after.is_ascii_digit();
    }
    false
}

fn next_word_char(text: &str, mut pos: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    while pos < bytes.len() {
        let b = bytes[pos];
        if b.is_ascii() {
            if b.is_ascii_alphanumeric() {
                return Some(pos);
            }
            pos += 1;
        } else {
            let (c, len) = char_at(text, pos)?;
            if is_word_char(c) {
                return Some(pos);
            }
            pos += len;
        }
    }
    None
}

/// The character starting at byte `pos` and its length, if any.
fn char_at(text: &str, pos: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(pos)?;
    if b.is_ascii() {
        return Some((b as char, 1));
    }
    let c = text.get(pos..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// The character ending at byte `pos` (which is a char boundary after a word char).
fn char_before(text: &str, pos: usize) -> char {
    text[..pos].chars().next_back().unwrap_or(' ')
}

/// Letters, digits and combining marks (a decomposed "é" stays one word).
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if ('\u{2000}'..='\u{206F}').contains(&c) {
        // General Punctuation (curly quotes, dashes, spaces): news text is
        // full of it and it holds no letter or digit; the Unicode tables are
        // the slow path.
        false
    } else {
        c.is_alphanumeric() || ('\u{0300}'..='\u{036F}').contains(&c)
    }
}

/// Straight, curly and modifier-letter apostrophes.
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}')
}

/// Hyphens and the en dash: the marks that join two halves of one word.
pub fn is_joining_dash(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}' | '\u{2013}')
}

/// White space, including no-break spaces and a byte-order mark.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{FEFF}' || c == '\u{200B}'
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norms(text: &str) -> Vec<String> {
        tokenize(text, &[])
            .into_iter()
            .map(|w| w.norm(text).into_owned())
            .collect()
    }

    #[test]
    fn splits_on_white_space_and_punctuation() {
        assert_eq!(
            norms("Trump, standing (beside him); echoed/said"),
            ["trump", "standing", "beside", "him", "echoed", "said"]
        );
    }

    #[test]
    fn hyphens_and_en_dashes_between_letters_join_one_word() {
        assert_eq!(
            norms("a follow-up, post-summit talk at Elmendorf–Richardson"),
            [
                "a",
                "follow-up",
                "post-summit",
                "talk",
                "at",
                "elmendorf-richardson"
            ]
        );
    }

    #[test]
    fn em_dash_and_spaced_dashes_separate_words() {
        assert_eq!(
            norms("in 2022—even as - the war – raged"),
            ["in", "2022", "even", "as", "the", "war", "raged"]
        );
    }

    #[test]
    fn apostrophes_inside_words_stay_and_fold() {
        assert_eq!(
            norms("Putin’s there's leaders’ ’tis"),
            ["putin's", "there's", "leaders", "tis"]
        );
    }

    #[test]
    fn digits_are_words_and_keep_separators_between_digits() {
        assert_eq!(
            norms("12-hour talks, 2.5 hours, 1,000 people, 3, 4"),
            ["12-hour", "talks", "2.5", "hours", "1,000", "people", "3", "4"]
        );
    }

    #[test]
    fn en_dash_between_digits_is_a_range_not_a_word() {
        assert_eq!(norms("2–3 hours"), ["2", "3", "hours"]);
    }

    #[test]
    fn no_break_space_and_bom_are_white_space() {
        let words = tokenize("\u{FEFF}6\u{a0}min read", &[]);
        assert_eq!(words.len(), 3);
        assert!(!words[1].punct_before);
        assert!(!words[0].punct_before);
    }

    #[test]
    fn dashed_marks_words_joined_by_a_hyphen_or_en_dash() {
        let words = tokenize("Trump-Putin Elmendorf–Richardson Putin’s 2.5 plain", &[]);
        let dashed: Vec<bool> = words.iter().map(|w| w.dashed).collect();
        assert_eq!(dashed, [true, true, false, false, false]);
        let plain: Vec<bool> = words.iter().map(|w| w.plain).collect();
        assert_eq!(plain, [false, false, false, false, true]);
    }

    #[test]
    fn norms_borrow_plain_words_and_fold_the_rest() {
        let text = "talks Putin’s ÉLYSÉE";
        let words = tokenize(text, &[]);
        assert!(matches!(words[0].norm(text), Cow::Borrowed("talks")));
        assert_eq!(words[1].norm(text), "putin's");
        assert_eq!(words[2].norm(text), "élysée");
        let mut buf = String::new();
        assert_eq!(normalize_into("Trump", &mut buf), "trump");
        assert!(norm_eq("TRUMP", "trump") && norm_eq("Putin’s", "putin's"));
        assert!(!norm_eq("trump", "Trump"));
        assert!(norm_eq("Kyiv-Mohyla", "kyiv-mohyla") && norm_eq("", ""));
        assert!(!norm_eq("abcd", "ab\u{e9}") && !norm_eq("Zelenskyy", "zelensky"));
        assert!(norm_eq("SOMEVERYLONGNAMEXYZ", "someverylongnamexyz"));
    }

    #[test]
    fn general_punctuation_holds_no_word_character() {
        for c in '\u{2000}'..='\u{206F}' {
            assert!(!c.is_alphanumeric(), "{c:?}");
            assert!(!is_word_char(c), "{c:?}");
        }
    }

    #[test]
    fn stems_use_snowball_english() {
        let text = "talks meeting Discussions emphasized Putin’s";
        let words = tokenize(text, &[]);
        let stems: Vec<String> = words.iter().map(|w| w.stem(text)).collect();
        assert_eq!(stems, ["talk", "meet", "discuss", "emphas", "putin"]);
    }

    #[test]
    fn punct_before_sees_any_mark_in_the_gap() {
        let words = tokenize("three hours, nearly “three” hours", &[]);
        let flags: Vec<bool> = words.iter().map(|w| w.punct_before).collect();
        assert_eq!(flags, [false, false, true, true, true]);
        // Signs of a figure are no marks between words.
        let words = tokenize("when 61.9% voted at $5 each", &[]);
        assert!(words.iter().all(|w| !w.punct_before));
    }

    #[test]
    fn quoted_words_are_those_inside_a_passage() {
        let text = "he said “no deal” today";
        let open = text.find('“').unwrap();
        let close = text.find('”').unwrap() + '”'.len_utf8();
        let passages: Vec<Range<usize>> = std::iter::once(open..close).collect();
        let words = tokenize(text, &passages);
        let quoted: Vec<bool> = words.iter().map(|w| w.quoted).collect();
        assert_eq!(quoted, [false, false, true, true, false]);
    }

    #[test]
    fn spans_are_exact_slices() {
        let text = "Elmendorf–Richardson’s base";
        let words = tokenize(text, &[]);
        assert_eq!(&text[words[0].span.clone()], "Elmendorf–Richardson’s");
        assert_eq!(words[0].norm(text), "elmendorf-richardson's");
    }

    #[test]
    fn pack_lower_cases_ascii_capitals_only() {
        for b in 0..=u8::MAX {
            let word = [b, b'A', b];
            let want = [b.to_ascii_lowercase(), b'a', b.to_ascii_lowercase()];
            assert_eq!(pack(&word), pack_exact(&want), "{b:#x}");
        }
        assert_eq!(pack(b"ABCDEFGHIJKLMNOP"), pack_exact(b"abcdefghijklmnop"));
        assert_eq!(pack(b"Elmendorf-Richardson"), None);
    }

    #[test]
    fn pack_at_reads_the_word_only() {
        let text = b"The TALKS lasted three hours";
        for (start, end) in [(0, 3), (4, 9), (10, 16), (23, 28), (0, 16), (0, 0), (5, 5)] {
            assert_eq!(pack_at(text, start..end), pack(&text[start..end]));
        }
        assert_eq!(pack_at(text, 0..17), None);
        assert_eq!(pack_at(text, 20..40), None);
        assert_eq!(raw_at(text, 4..9), pack_exact(b"TALKS"));
        assert_eq!(raw_at(text, 23..28), pack_exact(b"hours"));
        assert_eq!(raw_at(text, 0..17), None);
    }

    /// The bytes packed as they are.
    fn pack_exact(word: &[u8]) -> Option<u128> {
        let mut bytes = [0u8; 16];
        bytes.get_mut(..word.len())?.copy_from_slice(word);
        Some(u128::from_le_bytes(bytes))
    }

    #[test]
    fn alnum_runs_end_at_the_first_other_byte() {
        let mut bytes: Vec<u8> = (0..=u8::MAX).collect();
        bytes.extend(b"Abc9xyz0Zq".iter().chain(b"x".repeat(20).iter()));
        for start in 0..bytes.len() {
            let want = bytes[start..]
                .iter()
                .position(|b| !b.is_ascii_alphanumeric())
                .map_or(bytes.len(), |n| start + n);
            assert_eq!(alnum_run_end(&bytes, start), want, "{start}");
        }
    }

    #[test]
    fn plain_word_ends_agree_with_word_end() {
        let text = "1,000 and 2.5 a,b 3,x y.4 end. talks, 'deal' it's x- follow-up \
                    Putin\u{2019}s a'\u{e9} 7.\u{2013}8 rock\u{2014}x 9,\u{a0}z 12-hour -'.,";
        let bytes = text.as_bytes();
        for start in 0..bytes.len() {
            if !bytes[start].is_ascii_alphanumeric() {
                continue;
            }
            if let Some(end) = plain_word_end(bytes, start) {
                assert_eq!(word_end(text, start), (end, false, true), "{start}");
            }
        }
    }

    #[test]
    fn a_tail_reads_as_its_bytes_zero_padded() {
        let bytes = b"\x01\x82\x03\xf4\x05\x06\x07";
        for n in 1..=7 {
            let mut buf = [0; 8];
            buf[..n].copy_from_slice(&bytes[..n]);
            assert_eq!(tail_le(&bytes[..n]), u64::from_le_bytes(buf), "{n}");
        }
    }

    #[test]
    fn non_ascii_letters_lower_case() {
        assert_eq!(norms("ÉLYSÉE Zelenskyy"), ["élysée", "zelenskyy"]);
    }
}
