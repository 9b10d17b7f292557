//! `quote` claims: words someone said (SPEC rule 8).
//!
//! What it does: a passage is compared with every quote claim that has a
//! value. Both sides are normalised (case, punctuation, curly vs straight
//! marks), contractions are expanded ("there's" = "there is", "we've" = "we
//! have", "didn't" = "did not") and spellings are folded: the standard
//! abbreviations ("U.S." = "US" = "United States"; only spellings of one
//! name, so "U.K." is not "Britain") and every spelling of one entity of the
//! claims file ("Zelensky" = "Zelenskyy"). Then, for a passage of the
//! claim's speaker:
//! - it supports when it holds the claim's words as a contiguous run, or is
//!   as a whole a run of at least two of them holding a content word (a
//!   fragment: "very tough negotiator"; a passage that only opens with such a
//!   run and goes on with other words is not one);
//! - it is a misquote when some stretch of it matches the claim within
//!   ⌈n/4⌉ word edits (a semi-global edit distance: the stretch may start and
//!   end anywhere in the passage; claims of four words or more), shown as a
//!   word diff `we've [-made-] {+got+} some headway`; or, for a whole passage
//!   of two or three words, when one content word of a run of the claim is
//!   changed for another beside an unchanged content word ("strong
//!   negotiator" for "tough negotiator").
//!
//! A passage given to another named speaker that supports the claim's words
//! is a misattribution; an unattributed passage is compared with nothing.
//! Without `value`, passages of the claim's speaker holding a `near` word are
//! candidates, compatible when one holds the other's words as a contiguous run.
//!
//! Why: quotes are the words a reader trusts most and the ones copy edits
//! change most ("we've got" for "we've made"); the folding keeps spelling and
//! house style ("U.S.", "there's") from passing for a change of words.

use std::borrow::Cow;
use std::collections::HashSet;
use std::hash::BuildHasherDefault;
use std::ops::Range;
use std::sync::{Arc, LazyLock};

use super::cue::{self, Cue, Quoted, Tagged};
use super::verdict::{Judgement, Verdict};
use crate::claims::{ClaimsFile, Rule};
use crate::extract::words::{tokenize, WordHasher, WordMap};
use crate::extract::Word;

/// How a passage stands against a quote claim.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum QuoteFit {
    /// The passage holds every claim word in order.
    Contains,
    /// The whole passage is a run of at least two claim words holding a content word.
    Partial,
    /// A stretch of the passage is within ⌈n/4⌉ word edits of the claim, or a
    /// short passage changes one content word of it.
    Misquote {
        /// The word diff: `[-claimed-] {+said+}`.
        diff: String,
        /// Words inserted, deleted or changed.
        edits: usize,
    },
    /// No value to compare with (consensus mode).
    Unjudged,
}

/// A quote passage (or the stretch of it that matched), normalised.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct QuoteValue {
    /// The words, contractions expanded and spellings folded.
    pub words: Vec<String>,
    /// How it fits the claim.
    pub fit: QuoteFit,
    /// The entity id of who the article says spoke it.
    pub speaker: Arc<str>,
}

impl QuoteValue {
    /// Whether the passage quotes the claim's words, whole or as a fragment.
    pub fn quotes_the_claim(&self) -> bool {
        matches!(self.fit, QuoteFit::Contains | QuoteFit::Partial)
    }
}

/// A normalised word and the written words it came from (`width` of them
/// from `origin`: one for most, two or more for a folded name such as
/// "United States", and one written word gives two tokens when it is a
/// contraction). A passage's plain words borrow from the article (most of
/// them), so making a passage copies only what normalising changed.
#[derive(Clone, Debug, PartialEq)]
struct Token<'t> {
    word: Cow<'t, str>,
    origin: usize,
    width: usize,
}

/// A written word as folding needs it.
struct Written<'t> {
    /// Its normal form.
    norm: Cow<'t, str>,
    /// As written (case tells "US" from "us").
    surface: &'t str,
    /// Joined to the word before by a lone "." ("U.S.").
    dotted: bool,
}

impl<'t> Written<'t> {
    fn of(text: &'t str, words: &[Word]) -> Vec<Self> {
        Written::with_norms(text, words, |w| w.norm(text))
    }

    /// [`Written::of`] for an article's words, given `lower`, its text with
    /// its ASCII letters lower-cased: an ASCII word's normal form is a span
    /// of it ([`Word::norm_lowered`]), where [`Word::norm`] copies every
    /// capitalised word of every passage.
    fn of_lowered(text: &'t str, lower: &'t str, words: &[Word]) -> Vec<Self> {
        Written::with_norms(text, words, |w| w.norm_lowered(text, lower))
    }

    fn with_norms(
        text: &'t str,
        words: &[Word],
        norm: impl Fn(&Word) -> Cow<'t, str>,
    ) -> Vec<Self> {
        words
            .iter()
            .enumerate()
            .map(|(i, w)| Written {
                norm: norm(w),
                surface: text.get(w.span.clone()).unwrap_or_default(),
                dotted: i > 0 && text.get(words[i - 1].span.end..w.span.start) == Some("."),
            })
            .collect()
    }
}

/// Standard abbreviations, written in capitals or with dots, and the name
/// each stands for (SPEC rule 8: spellings of one name only).
const ABBREVIATIONS: &[(&str, &str)] = &[
    ("us", "united states"),
    ("usa", "united states"),
    ("uk", "united kingdom"),
    ("un", "united nations"),
    ("eu", "european union"),
];

/// Long forms folded to one name ("United States of America").
const LONG_FORMS: &[(&str, &str)] = &[
    ("united states", "united states"),
    ("united states of america", "united states"),
    ("united kingdom", "united kingdom"),
    ("united nations", "united nations"),
    ("european union", "european union"),
];

/// Function words: a fragment of these alone ("is a", "and the") quotes
/// nothing. Negations are content: "not tough" is no "very tough".
const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with",
    "from", "as", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did",
    "have", "has", "had", "will", "would", "shall", "should", "can", "could", "may", "might",
    "must", "it", "its", "this", "that", "these", "those", "i", "we", "you", "he", "she", "they",
    "me", "us", "him", "her", "them", "my", "our", "your", "his", "their", "there", "here", "very",
    "so", "too", "just", "than", "then", "what", "who", "which", "when", "where", "how", "all",
    "some", "any", "up", "out", "about", "into", "over", "also", "really", "quite", "let",
];

/// [`FUNCTION_WORDS`] hashed: every word of a passage may be asked, and the
/// list is long.
static FUNCTION_SET: LazyLock<HashSet<&'static str, BuildHasherDefault<WordHasher>>> =
    LazyLock::new(|| FUNCTION_WORDS.iter().copied().collect());

fn is_content(word: &str) -> bool {
    !FUNCTION_SET.contains(word)
}

/// [`Folds::first_lengths`]'s index and bit for `word` (an empty word's
/// index is 0).
fn first_slot(word: &str) -> (usize, u64) {
    let first = word.as_bytes().first().copied().unwrap_or(0);
    (usize::from(first), 1 << word.len().min(63))
}

/// Spellings folded to one word before quotes are compared: the long forms
/// of the standard abbreviations and every spelling of each entity (to its
/// first spelling, as folded).
#[derive(Debug, Default)]
pub(crate) struct Folds {
    /// A run of token words, joined by spaces, and the one word it folds to.
    phrases: WordMap<String, String>,
    /// First words of those runs, so that most tokens are passed at once
    /// (every token of every quote passage is looked up: hashed as words).
    firsts: HashSet<String, BuildHasherDefault<WordHasher>>,
    /// For each first byte of a first word, a bit per length (63 for any
    /// longer): most tokens ("the", "talks") are passed by one lookup here,
    /// before they are hashed. (Empty until a run is added.)
    first_lengths: Vec<u64>,
    /// The longest run, in tokens.
    longest: usize,
}

impl Folds {
    /// The folds of a claims file's entities and the standard long forms.
    pub(crate) fn new(file: &ClaimsFile) -> Self {
        let mut folds = Folds::default();
        for (long, short) in LONG_FORMS {
            folds.add(long.split(' ').map(str::to_string).collect(), short);
        }
        for entity in &file.entities {
            let spellings: Vec<Vec<String>> = entity
                .names
                .iter()
                .map(|name| folds.words(name))
                .filter(|w| !w.is_empty())
                .collect();
            let Some(canonical) = spellings.first().map(|w| w.join(" ")) else {
                continue;
            };
            for spelling in spellings {
                folds.add(spelling, &canonical);
            }
        }
        folds
    }

    fn add(&mut self, run: Vec<String>, to: &str) {
        let Some(first) = run.first() else { return };
        self.first_lengths.resize(256, 0);
        let (at, bit) = first_slot(first);
        self.first_lengths[at] |= bit;
        self.firsts.insert(first.clone());
        self.longest = self.longest.max(run.len());
        self.phrases
            .entry(run.join(" "))
            .or_insert_with(|| to.to_string());
    }

    /// A phrase's words, folded (owned).
    fn words(&self, phrase: &str) -> Vec<String> {
        let words = tokenize(phrase, &[]);
        self.tokens(Written::of(phrase, &words))
            .into_iter()
            .map(|t| t.word.into_owned())
            .collect()
    }

    /// Written words as tokens: abbreviations read, contractions expanded,
    /// spellings folded.
    fn tokens<'t>(&self, mut written: Vec<Written<'t>>) -> Vec<Token<'t>> {
        let initial = |w: &Written<'_>| {
            w.surface.len() == 1 && w.surface.bytes().all(|b| b.is_ascii_uppercase())
        };
        let mut out: Vec<Token<'t>> = Vec::with_capacity(written.len());
        let mut i = 0;
        while i < written.len() {
            let w = &written[i];
            // "U.S.", "U.N.": dotted capitals are one abbreviation.
            let mut end = i + 1;
            if initial(w) {
                while end < written.len() && written[end].dotted && initial(&written[end]) {
                    end += 1;
                }
            }
            let capitals = end > i + 1
                || (w.surface.len() >= 2 && w.surface.bytes().all(|b| b.is_ascii_uppercase()));
            if capitals {
                let letters: String = written[i..end].iter().map(|w| w.norm.as_ref()).collect();
                let word = match ABBREVIATIONS.iter().find(|(a, _)| *a == letters) {
                    Some((_, long)) => Cow::Owned(long.to_string()),
                    // Each written word is read once: its normal form is moved.
                    None if end == i + 1 => std::mem::take(&mut written[i].norm),
                    None => Cow::Owned(letters),
                };
                out.push(Token {
                    word,
                    origin: i,
                    width: end - i,
                });
            } else if is_plain(&w.norm) {
                out.push(Token {
                    word: spelled(std::mem::take(&mut written[i].norm)),
                    origin: i,
                    width: 1,
                });
            } else {
                out.extend(expand(&w.norm).into_iter().map(|word| Token {
                    word: spelled(Cow::Owned(word)),
                    origin: i,
                    width: 1,
                }));
            }
            i = end;
        }
        self.fold(out)
    }

    /// Whether a run may start with `word`: one of [`Folds::firsts`].
    fn opens_run(&self, word: &str) -> bool {
        let (at, bit) = first_slot(word);
        self.first_lengths.get(at).is_some_and(|l| l & bit != 0) && self.firsts.contains(word)
    }

    /// Replaces each longest run of a known spelling by the word it folds to.
    fn fold<'t>(&self, mut tokens: Vec<Token<'t>>) -> Vec<Token<'t>> {
        if self.phrases.is_empty() || !tokens.iter().any(|t| self.opens_run(&t.word)) {
            return tokens;
        }
        let mut out = Vec::with_capacity(tokens.len());
        let mut i = 0;
        while i < tokens.len() {
            let mut found: Option<(usize, &String)> = None;
            if self.opens_run(&tokens[i].word) {
                let mut run = String::new();
                for (k, t) in tokens[i..].iter().take(self.longest).enumerate() {
                    if k > 0 {
                        run.push(' ');
                    }
                    run.push_str(&t.word);
                    if let Some(to) = self.phrases.get(&run) {
                        found = Some((k + 1, to));
                    }
                }
            }
            match found {
                Some((len, to)) => {
                    let (first, last) = (&tokens[i], &tokens[i + len - 1]);
                    out.push(Token {
                        word: Cow::Owned(to.clone()),
                        origin: first.origin,
                        width: (last.origin + last.width)
                            .saturating_sub(first.origin)
                            .max(1),
                    });
                    i += len;
                }
                None => {
                    // Moved: no token before `i` is read again.
                    let t = &mut tokens[i];
                    out.push(Token {
                        word: std::mem::take(&mut t.word),
                        origin: t.origin,
                        width: t.width,
                    });
                    i += 1;
                }
            }
        }
        out
    }
}

/// A quote claim's words, normalised, expanded and folded once per claims
/// file rather than once per passage compared with it.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct ClaimWords(Vec<Token<'static>>);

impl ClaimWords {
    /// The claim's `value`, split into words, expanded and folded.
    pub(crate) fn new(value: &str, folds: &Folds) -> Self {
        let words = tokenize(value, &[]);
        let tokens = folds.tokens(Written::of(value, &words));
        ClaimWords(
            tokens
                .into_iter()
                .map(|t| Token {
                    word: Cow::Owned(t.word.into_owned()),
                    origin: t.origin,
                    width: t.width,
                })
                .collect(),
        )
    }
}

/// Every quote claim of a claims file, prepared once: each claim's words and
/// the spellings folded on both sides.
pub(crate) struct QuoteClaims {
    /// Per claim of the file: its words, for quote claims with a `value`.
    words: Vec<Option<ClaimWords>>,
    /// Per claim of the file: its speaker, for quote claims.
    speakers: Vec<Option<Arc<str>>>,
    folds: Folds,
}

impl QuoteClaims {
    /// Prepares the quote claims of `file`.
    pub(crate) fn new(file: &ClaimsFile) -> Self {
        let folds = Folds::new(file);
        let words = file
            .claims
            .iter()
            .map(|c| match &c.rule {
                Rule::Quote { value: Some(v), .. } => Some(ClaimWords::new(v, &folds)),
                _ => None,
            })
            .collect();
        let speakers = file
            .claims
            .iter()
            .map(|c| match &c.rule {
                Rule::Quote { speaker, .. } => Some(Arc::from(speaker.as_str())),
                _ => None,
            })
            .collect();
        QuoteClaims {
            words,
            speakers,
            folds,
        }
    }

    /// Every quote claim one passage given to `speaker` is about, with its
    /// value and the word range of the stretch that matched (SPEC rule 8): for
    /// the claim's own speaker any fit, for another speaker only a passage that
    /// quotes the claim's words (a misattribution), and only when the speaker
    /// is read from the passage's own sentences: a speaker `continued` from
    /// the paragraph before is a guess from position, too weak to accuse an
    /// article of misattributing. `near` gives a claim's `near` cues
    /// (consensus candidates); `range` is the passage's words; `lower` is the
    /// article's text with its ASCII letters lower-cased.
    pub(crate) fn matches<'t, 'n>(
        &self,
        words: &Tagged<'t>,
        lower: &'t str,
        range: Range<usize>,
        speaker: &str,
        continued: bool,
        near: impl Fn(usize) -> &'n [Cue],
    ) -> Vec<(usize, QuoteValue, Option<Range<usize>>)> {
        let mut out = Vec::new();
        // Made at the first claim that needs it, then shared by the rest.
        let mut passage: Option<Passage> = None;
        for (ci, who) in self.speakers.iter().enumerate() {
            let Some(who) = who else { continue };
            let claim = self.words[ci].as_ref();
            let own = **who == *speaker;
            if !own && (claim.is_none() || continued) {
                continue;
            }
            let passage =
                passage.get_or_insert_with(|| Passage::new(words, lower, range.clone(), self));
            let said_by: Arc<str> = if own { who.clone() } else { Arc::from(speaker) };
            let Some((value, stretch)) = passage.fit(claim, near(ci), words, said_by, own) else {
                continue;
            };
            if own || misattributed(&value) {
                out.push((ci, value, stretch));
            }
        }
        out
    }
}

/// Whether another speaker's passage quotes the claim's words closely
/// enough to say the claim's speaker was not the one who said them: all of
/// them, or a fragment of at least three words with two content words ("very
/// tough negotiator"). Someone else saying “no deal” or “a deal” repeats
/// common words, not the claim.
fn misattributed(value: &QuoteValue) -> bool {
    match value.fit {
        QuoteFit::Contains => true,
        QuoteFit::Partial => {
            value.words.len() >= 3 && value.words.iter().filter(|w| is_content(w)).count() >= 2
        }
        _ => false,
    }
}

/// One quote passage, normalised, expanded and folded once and then compared
/// with every quote claim (expanding it per claim was most of the cost of
/// checking quotes).
///
/// The written words' normal forms are not kept: only a misquote's word diff
/// shows them, and it makes them again from the article.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Passage<'t> {
    /// Indices into the article's words.
    range: Range<usize>,
    tokens: Vec<Token<'t>>,
}

impl<'t> Passage<'t> {
    /// The words of `range` (indices into `words`); `lower` is the text with
    /// its ASCII letters lower-cased.
    pub(crate) fn new(
        words: &Tagged<'t>,
        lower: &'t str,
        range: Range<usize>,
        claims: &QuoteClaims,
    ) -> Self {
        let text = words.text;
        let written = words.get(range.clone()).unwrap_or_default();
        let tokens = claims
            .folds
            .tokens(Written::of_lowered(text, lower, written));
        Passage { range, tokens }
    }

    /// Compares the passage with a quote claim (`claim`: its words, `None`
    /// without `value`); `misquotes` false looks only for the claim's words.
    /// Returns the value and, when a stretch matched, its word index range.
    pub(crate) fn fit(
        &self,
        claim: Option<&ClaimWords>,
        near: &[Cue],
        words: &Tagged<'_>,
        speaker: Arc<str>,
        misquotes: bool,
    ) -> Option<(QuoteValue, Option<Range<usize>>)> {
        let Passage {
            range: passage,
            tokens,
        } = self;
        let Some(claim) = claim else {
            if cue::find_any(near, words, passage.clone(), Quoted::Any).is_empty() {
                return None;
            }
            let value = QuoteValue {
                words: tokens.iter().map(|t| t.word.to_string()).collect(),
                fit: QuoteFit::Unjudged,
                speaker,
            };
            return Some((value, None));
        };
        let written = |origin: usize, width: usize| {
            let norms: Vec<String> = words
                .get(passage.start + origin..passage.start + origin + width)?
                .iter()
                .map(|w| w.norm(words.text).into_owned())
                .collect();
            Some(norms.join(" "))
        };
        let (fit, stretch) = compare(&claim.0, tokens, written, misquotes)?;
        let stretch_words = tokens[stretch.clone()]
            .iter()
            .map(|t| t.word.to_string())
            .collect();
        let range = match (
            tokens.get(stretch.start),
            stretch.end.checked_sub(1).and_then(|e| tokens.get(e)),
        ) {
            (Some(a), Some(b)) => {
                Some(passage.start + a.origin..passage.start + b.origin + b.width)
            }
            _ => None,
        };
        Some((
            QuoteValue {
                words: stretch_words,
                fit,
                speaker,
            },
            range,
        ))
    }
}

/// The fit of passage tokens against claim tokens, and the token range that
/// matched. `written` gives the normal form of written words of the passage
/// by index and count (what a word diff shows of unchanged words).
fn compare(
    claim: &[Token<'_>],
    passage: &[Token<'_>],
    written: impl Fn(usize, usize) -> Option<String>,
    misquotes: bool,
) -> Option<(QuoteFit, Range<usize>)> {
    let c: Vec<&str> = claim.iter().map(|t| &*t.word).collect();
    let p: Vec<&str> = passage.iter().map(|t| &*t.word).collect();
    if c.is_empty() || p.is_empty() {
        return None;
    }
    if let Some(at) = find_run(&p, &c) {
        return Some((QuoteFit::Contains, at..at + c.len()));
    }
    if p.len() >= 2 && p.iter().any(|w| is_content(w)) && find_run(&c, &p).is_some() {
        return Some((QuoteFit::Partial, 0..p.len()));
    }
    if !misquotes {
        return None;
    }
    // Claim words the passage holds at all bound the search below: an
    // alignment keeps at most this many claim words. Most passages of a
    // speaker are about something else.
    let shared = c.iter().filter(|w| p.contains(w)).count();
    if c.len() >= 4 && shared + c.len().div_ceil(4) >= c.len() {
        let budget = c.len().div_ceil(4);
        if let Some(a) = align(&c, &p) {
            let stretch = &p[a.start..a.end];
            if a.edits <= budget && a.edits > 0 && find_run(&c, stretch).is_none() {
                let diff = render_diff(&a.ops, claim, passage, written);
                return Some((
                    QuoteFit::Misquote {
                        diff,
                        edits: a.edits,
                    },
                    a.start..a.end,
                ));
            }
        }
    }
    let ops = changed_fragment(&c, &p)?;
    let diff = render_diff(&ops, claim, passage, written);
    Some((QuoteFit::Misquote { diff, edits: 1 }, 0..p.len()))
}

/// A whole passage of two or three words that is a run of the claim with one
/// content word changed for another, beside an unchanged content word
/// ("strong negotiator" for "tough negotiator"): the alignment, else `None`.
fn changed_fragment(c: &[&str], p: &[&str]) -> Option<Vec<Op>> {
    if !(2..=3).contains(&p.len()) || p.len() > c.len() {
        return None;
    }
    (0..=c.len() - p.len()).find_map(|s| {
        let window = &c[s..s + p.len()];
        let mut changed = (0..p.len()).filter(|&k| window[k] != p[k]);
        let k = changed.next()?;
        let beside = |j: Option<usize>| {
            j.and_then(|j| p.get(j))
                .is_some_and(|w| is_content(w) && window.contains(w))
        };
        let fits = changed.next().is_none()
            && is_content(window[k])
            && is_content(p[k])
            && (beside(k.checked_sub(1)) || beside(Some(k + 1)));
        fits.then(|| {
            (0..p.len())
                .map(|j| {
                    if j == k {
                        Op::Change(s + j, j)
                    } else {
                        Op::Same(s + j, j)
                    }
                })
                .collect()
        })
    })
}

/// Where `needle` occurs as a contiguous run in `hay`.
fn find_run(hay: &[&str], needle: &[&str]) -> Option<usize> {
    if needle.is_empty() || needle.len() > hay.len() {
        return None;
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

/// One step of an alignment: indices into the claim and the passage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Op {
    Same(usize, usize),
    Change(usize, usize),
    Missing(usize),
    Extra(usize),
}

/// The best semi-global alignment of the whole claim against a stretch of the passage.
#[derive(Debug)]
struct Alignment {
    edits: usize,
    start: usize,
    end: usize,
    ops: Vec<Op>,
}

/// Edit distance of the claim against its best-matching passage stretch (free
/// start and end in the passage), with the operations.
fn align(c: &[&str], p: &[&str]) -> Option<Alignment> {
    let (n, m) = (c.len(), p.len());
    let mut d = vec![vec![0usize; m + 1]; n + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for i in 1..=n {
        for j in 1..=m {
            let cost = usize::from(c[i - 1] != p[j - 1]);
            d[i][j] = (d[i - 1][j - 1] + cost)
                .min(d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1);
        }
    }
    let end = (0..=m).min_by_key(|&j| (d[n][j], std::cmp::Reverse(j)))?;
    let edits = d[n][end];
    let (mut i, mut j) = (n, end);
    let mut ops = Vec::new();
    while i > 0 {
        if j > 0 && d[i][j] == d[i - 1][j - 1] + usize::from(c[i - 1] != p[j - 1]) {
            ops.push(if c[i - 1] == p[j - 1] {
                Op::Same(i - 1, j - 1)
            } else {
                Op::Change(i - 1, j - 1)
            });
            i -= 1;
            j -= 1;
        } else if d[i][j] == d[i - 1][j] + 1 {
            ops.push(Op::Missing(i - 1));
            i -= 1;
        } else {
            ops.push(Op::Extra(j - 1));
            j -= 1;
        }
    }
    ops.reverse();
    Some(Alignment {
        edits,
        start: j,
        end,
        ops,
    })
}

/// A word diff: unchanged words as written in the passage, claim words missing
/// from it in `[-…-]`, passage words not in the claim in `{+…+}`.
fn render_diff(
    ops: &[Op],
    claim: &[Token<'_>],
    passage: &[Token<'_>],
    written: impl Fn(usize, usize) -> Option<String>,
) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut removed: Vec<&str> = Vec::new();
    let mut added: Vec<&str> = Vec::new();
    let mut last_origin = None;
    let flush = |out: &mut Vec<String>, removed: &mut Vec<&str>, added: &mut Vec<&str>| {
        if !removed.is_empty() {
            out.push(format!("[-{}-]", removed.join(" ")));
            removed.clear();
        }
        if !added.is_empty() {
            out.push(format!("{{+{}+}}", added.join(" ")));
            added.clear();
        }
    };
    for op in ops {
        match *op {
            Op::Same(_, j) => {
                flush(&mut out, &mut removed, &mut added);
                let origin = passage[j].origin;
                if last_origin != Some(origin) {
                    out.push(
                        written(origin, passage[j].width)
                            .unwrap_or_else(|| passage[j].word.to_string()),
                    );
                    last_origin = Some(origin);
                }
            }
            Op::Change(i, j) => {
                removed.push(&claim[i].word);
                added.push(&passage[j].word);
                last_origin = Some(passage[j].origin);
            }
            Op::Missing(i) => removed.push(&claim[i].word),
            Op::Extra(j) => {
                added.push(&passage[j].word);
                last_origin = Some(passage[j].origin);
            }
        }
    }
    flush(&mut out, &mut removed, &mut added);
    out.join(" ")
}

/// Plain lower-case letters and digits: nothing to strip, no apostrophe, so
/// no contraction but one ("cannot"); the word is its own expansion.
fn is_plain(word: &str) -> bool {
    !word.is_empty()
        && word != "cannot"
        && word
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
}

/// Pronouns and the like whose "'s" is "is", not a possessive.
const IS_CONTRACTED: &[&str] = &[
    "it",
    "there",
    "that",
    "what",
    "here",
    "he",
    "she",
    "who",
    "where",
    "how",
    "when",
    "why",
    "everything",
    "nothing",
    "something",
    "everyone",
    "someone",
    "nobody",
    "this",
];

/// A word's British and American spellings as one ("kilometre" and
/// "kilometer", "labour" and "labor", "organise" and "organize",
/// "travelled" and "traveled"): a quote given in either is the same words.
/// (Both sides of a comparison are folded, so a folded form need not be a
/// word; short words are left alone: "four" is no "for".)
fn spelled(word: Cow<'_, str>) -> Cow<'_, str> {
    let w = word.as_ref();
    let b = w.as_bytes();
    let n = b.len();
    // Every spelling below is of five letters or more: most words of a
    // passage ("we", "will", "not") are shorter, and left as they are
    // without a look at their endings.
    if n < 5 {
        return word;
    }
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y');
    // "metre", "centre", "theatre" (not "there", "more", "acre").
    if n >= 5 && w.ends_with("re") && !vowel(b[n - 3]) && b[n - 3] != b'c' {
        return Cow::Owned(format!("{}er", &w[..n - 2]));
    }
    // "labour", "colour", "harbour", "neighbours".
    for (uk, us) in [("our", "or"), ("ours", "ors")] {
        if n >= uk.len() + 3 && w.ends_with(uk) && !vowel(b[n - uk.len() - 1]) {
            return Cow::Owned(format!("{}{us}", &w[..n - uk.len()]));
        }
    }
    // "organise", "organised", "organising", "organisation".
    for (uk, us) in [
        ("ise", "ize"),
        ("ised", "ized"),
        ("ises", "izes"),
        ("ising", "izing"),
        ("isation", "ization"),
    ] {
        if n >= uk.len() + 4 && w.ends_with(uk) {
            return Cow::Owned(format!("{}{us}", &w[..n - uk.len()]));
        }
    }
    // "travelled", "cancelling".
    for (uk, us) in [("lled", "led"), ("lling", "ling")] {
        if n >= 8 && w.ends_with(uk) && vowel(b[n - uk.len() - 1]) {
            return Cow::Owned(format!("{}{us}", &w[..n - uk.len()]));
        }
    }
    word
}

/// One written word as normalised words: punctuation stripped, contractions expanded.
fn expand(word: &str) -> Vec<String> {
    if is_plain(word) {
        return vec![word.to_string()];
    }
    let w: String = word
        .chars()
        .map(|c| {
            if matches!(c, '’' | '‘' | 'ʼ') {
                '\''
            } else {
                c
            }
        })
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_alphanumeric() || *c == '\'' || *c == '-')
        .collect();
    let w = w.trim_matches(|c| c == '\'' || c == '-').to_string();
    let pair = |a: &str, b: &str| vec![a.to_string(), b.to_string()];
    match w.as_str() {
        "" => return Vec::new(),
        "can't" | "cannot" => return pair("can", "not"),
        "won't" => return pair("will", "not"),
        "shan't" => return pair("shall", "not"),
        "ain't" => return pair("is", "not"),
        "let's" => return pair("let", "us"),
        _ => {}
    }
    if let Some(base) = w.strip_suffix("n't") {
        return pair(base, "not");
    }
    for (suffix, full) in [
        ("'re", "are"),
        ("'ve", "have"),
        ("'ll", "will"),
        ("'d", "would"),
        ("'m", "am"),
    ] {
        if let Some(base) = w.strip_suffix(suffix) {
            if !base.is_empty() {
                return pair(base, full);
            }
        }
    }
    if let Some(base) = w.strip_suffix("'s") {
        if IS_CONTRACTED.contains(&base) {
            return pair(base, "is");
        }
    }
    vec![w]
}

/// The quote's words as one string.
pub(crate) fn show(q: &QuoteValue) -> String {
    q.words.join(" ")
}

/// A matched passage against the claim (`value`, said by `speaker`).
pub(crate) fn judge(value: &str, speaker: &str, q: &QuoteValue) -> Option<Judgement> {
    let expected = Some(format!("“{value}”"));
    if *q.speaker != *speaker && q.quotes_the_claim() {
        return Some(Judgement {
            verdict: Verdict::Contradicts,
            message: format!("says {} said it; the claim is {speaker}", q.speaker),
            expected,
        });
    }
    match &q.fit {
        QuoteFit::Contains => Some(Judgement {
            verdict: Verdict::Supports,
            message: "quotes the claim's words".to_string(),
            expected,
        }),
        QuoteFit::Partial => Some(Judgement {
            verdict: Verdict::Supports,
            message: "quotes part of the claim's words".to_string(),
            expected,
        }),
        QuoteFit::Misquote { diff, edits } => Some(Judgement {
            verdict: Verdict::Contradicts,
            message: format!(
                "possible misquote ({edits} word{} differ): {diff}",
                if *edits == 1 { "" } else { "s" }
            ),
            expected,
        }),
        QuoteFit::Unjudged => None,
    }
}

/// In consensus mode, two incompatible passages that are nearly the same words
/// (rule 8's misquote test, with the shorter passage as the reference): the word
/// diff from `other` to `this`, `[-other's words-] {+this passage's+}`.
pub(crate) fn near_miss(this: &QuoteValue, other: &QuoteValue) -> Option<String> {
    fn tokens(q: &QuoteValue) -> Vec<Token<'_>> {
        q.words
            .iter()
            .enumerate()
            .map(|(origin, w)| Token {
                word: Cow::Borrowed(w.as_str()),
                origin,
                width: 1,
            })
            .collect()
    }
    let (a, b) = (tokens(this), tokens(other));
    // The shorter passage plays the claim; the diff is flipped when it is this one.
    let this_is_reference = a.len() < b.len();
    let (reference, passage) = if this_is_reference {
        (&a, &b)
    } else {
        (&b, &a)
    };
    let c: Vec<&str> = reference.iter().map(|t| &*t.word).collect();
    let p: Vec<&str> = passage.iter().map(|t| &*t.word).collect();
    if c.len() < 4 {
        return None;
    }
    let alignment = align(&c, &p)?;
    if alignment.edits == 0 || alignment.edits > c.len().div_ceil(4) {
        return None;
    }
    let ops: Vec<Op> = if this_is_reference {
        alignment
            .ops
            .iter()
            .map(|op| match *op {
                Op::Same(i, j) => Op::Same(j, i),
                Op::Change(i, j) => Op::Change(j, i),
                Op::Missing(i) => Op::Extra(i),
                Op::Extra(j) => Op::Missing(j),
            })
            .collect()
    } else {
        alignment.ops
    };
    let written = |origin: usize, _| a.get(origin).map(|t| t.word.to_string());
    Some(render_diff(&ops, &b, &a, written))
}

/// Whether one passage holds the other's words as a contiguous run.
pub(crate) fn compatible(a: &QuoteValue, b: &QuoteValue) -> bool {
    let a: Vec<&str> = a.words.iter().map(String::as_str).collect();
    let b: Vec<&str> = b.words.iter().map(String::as_str).collect();
    find_run(&a, &b).is_some() || find_run(&b, &a).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::fixture::words_of;

    /// A claims file with one quote claim of Trump's and two spellings of Zelenskyy.
    fn claims_of(value: &str) -> QuoteClaims {
        let file = crate::check::fixture::file(
            &[
                ("trump", &["Donald Trump", "Trump"]),
                (
                    "zelenskyy",
                    &["Volodymyr Zelenskyy", "Zelenskyy", "Zelensky"],
                ),
            ],
            vec![crate::check::fixture::claim(
                "q",
                Rule::Quote {
                    value: Some(value.to_string()),
                    speaker: "trump".into(),
                },
                &[],
            )],
        );
        QuoteClaims::new(&file)
    }

    fn words(s: &str) -> Vec<String> {
        Folds::new(&crate::check::fixture::file(&[], Vec::new())).words(s)
    }

    /// The fit of `text` as a passage of `speaker` against the claim, with the
    /// matched stretch as written.
    fn fit_by(speaker: &str, claim: &str, text: &str) -> Option<(QuoteFit, String)> {
        let w = tokenize(text, &[]);
        let tagged = cue::Vocab::default().tag(&w, text);
        let claims = claims_of(claim);
        let lower = text.to_ascii_lowercase();
        let found = claims.matches(&tagged, &lower, 0..w.len(), speaker, false, |_| &[]);
        found.into_iter().next().map(|(_, v, range)| {
            let text = range.map_or(String::new(), |r| {
                text[w[r.start].span.start..w[r.end - 1].span.end].to_string()
            });
            (v.fit, text)
        })
    }

    fn fit_of(claim: &str, text: &str) -> Option<(QuoteFit, String)> {
        fit_by("trump", claim, text)
    }

    fn misquote(diff: &str) -> Option<QuoteFit> {
        Some(QuoteFit::Misquote {
            diff: diff.into(),
            edits: 1,
        })
    }

    /// (claim, passage, fit) for the fragments and foldings of SPEC rule 8.
    fn fit_table() -> Vec<(&'static str, &'static str, Option<QuoteFit>)> {
        let tough = "He's a very tough negotiator";
        vec![
            // Fragments: a whole passage of two or more claim words with a content word.
            (tough, "very tough negotiator", Some(QuoteFit::Partial)),
            (tough, "“tough negotiator,”", Some(QuoteFit::Partial)),
            (
                "We are partners and friends",
                "partners and friends",
                Some(QuoteFit::Partial),
            ),
            (tough, "is a", None),
            (tough, "negotiator", None),
            // ... not a passage that only opens with such a run.
            (tough, "very tough negotiator and a fair one", None),
            (tough, "a very tough negotiator, but I like him", None),
            // One content word changed beside an unchanged content word.
            (
                tough,
                "strong negotiator",
                misquote("[-tough-] {+strong+} negotiator"),
            ),
            (
                tough,
                "very strong negotiator",
                misquote("very [-tough-] {+strong+} negotiator"),
            ),
            (tough, "a good friend", None),
            (tough, "very strong", None),
            ("There's no deal until there's a deal", "the deal", None),
            // Abbreviations fold; other names of a place do not.
            (
                "The U.S. will not back down",
                "the United States will not back down",
                Some(QuoteFit::Contains),
            ),
            (
                "The US will not back down",
                "The U.S. will not back down.",
                Some(QuoteFit::Contains),
            ),
            (
                "We stand with the USA",
                "we stand with the United States of America",
                Some(QuoteFit::Contains),
            ),
            (
                "The US will talk to us",
                "the U.S. will talk to us",
                Some(QuoteFit::Contains),
            ),
            (
                "We will talk to us all",
                "we will talk to US all",
                misquote("we will talk to [-us-] {+united states+} all"),
            ),
            (
                "Britain will not back down",
                "The U.K. will not back down",
                misquote("[-britain-] {+united kingdom+} will not back down"),
            ),
            // Spellings of one entity fold.
            (
                "Zelenskyy is a brave man",
                "Zelensky is a brave man",
                Some(QuoteFit::Contains),
            ),
            (
                "Zelenskyy is a brave man",
                "Volodymyr Zelenskyy is a brave man",
                Some(QuoteFit::Contains),
            ),
            // Contractions expand.
            (
                "There's no deal until there's a deal",
                "There is no deal until there is a deal",
                Some(QuoteFit::Contains),
            ),
        ]
    }

    #[test]
    fn fragments_and_foldings() {
        for (claim, passage, want) in fit_table() {
            assert_eq!(
                fit_of(claim, passage).map(|f| f.0),
                want,
                "{claim} / {passage}"
            );
        }
    }

    #[test]
    fn folding_reads_case_and_dots() {
        assert_eq!(words("let us go"), ["let", "us", "go"]);
        assert_eq!(
            words("the US and the U.S.A."),
            ["the", "united states", "and", "the", "united states"]
        );
        assert_eq!(
            words("U.N. and EU"),
            ["united nations", "and", "european union"]
        );
        assert_eq!(words("NO DEAL"), ["no", "deal"]);
        assert_eq!(words("J.D. Vance"), ["jd", "vance"]);
    }

    #[test]
    fn another_speakers_passage_counts_only_when_it_quotes_the_claim() {
        let claim = "We've made some headway";
        assert_eq!(
            fit_by("putin", claim, "we have made some headway").map(|f| f.0),
            Some(QuoteFit::Contains)
        );
        assert_eq!(fit_by("putin", claim, "some headway"), None, "too common");
        assert_eq!(
            fit_by(
                "putin",
                "He's a very tough negotiator",
                "very tough negotiator"
            )
            .map(|f| f.0),
            Some(QuoteFit::Partial)
        );
        assert_eq!(
            fit_by("putin", "Magnificent desolation", "magnificent desolation").map(|f| f.0),
            Some(QuoteFit::Contains)
        );
        assert_eq!(fit_by("putin", claim, "we've got some headway"), None);
        // A speaker carried over from the paragraph before accuses no one.
        let text = "we have made some headway";
        let w = tokenize(text, &[]);
        let tagged = cue::Vocab::default().tag(&w, text);
        let lower = text.to_ascii_lowercase();
        let continued =
            claims_of(claim).matches(&tagged, &lower, 0..w.len(), "putin", true, |_| &[]);
        assert!(continued.is_empty());
        let own = claims_of(claim).matches(&tagged, &lower, 0..w.len(), "trump", true, |_| &[]);
        assert_eq!(own.len(), 1);
        assert_eq!(
            fit_by("putin", "He's a very tough negotiator", "strong negotiator"),
            None
        );
    }

    #[test]
    fn misattribution_names_both_speakers() {
        let q = QuoteValue {
            words: words("We've made some headway"),
            fit: QuoteFit::Contains,
            speaker: "putin".into(),
        };
        let j = judge("We've made some headway", "trump", &q).unwrap();
        assert_eq!(j.verdict, Verdict::Contradicts);
        assert_eq!(j.message, "says putin said it; the claim is trump");
        let own = QuoteValue {
            speaker: "trump".into(),
            ..q
        };
        assert_eq!(
            judge("We've made some headway", "trump", &own)
                .unwrap()
                .verdict,
            Verdict::Supports
        );
    }

    #[test]
    fn near_miss_diffs_the_other_passage_against_this_one() {
        let q = |s: &str| QuoteValue {
            words: words(s),
            fit: QuoteFit::Unjudged,
            speaker: "trump".into(),
        };
        let short = q("We've made some headway");
        let long = q("We haven't quite got there, but we've got some headway.");
        assert_eq!(
            near_miss(&long, &short).as_deref(),
            Some("we have [-made-] {+got+} some headway")
        );
        assert_eq!(
            near_miss(&short, &long).as_deref(),
            Some("we have [-got-] {+made+} some headway")
        );
        assert_eq!(
            near_miss(&short, &q("Nothing alike was said here at all")),
            None
        );
    }

    #[test]
    fn british_and_american_spellings_are_one_word() {
        for (a, b) in [
            ("kilometre", "kilometer"),
            ("centre", "center"),
            ("labour", "labor"),
            ("neighbours", "neighbors"),
            ("organised", "organized"),
            ("organisation", "organization"),
            ("travelled", "traveled"),
            ("cancelling", "canceling"),
        ] {
            assert_eq!(
                spelled(Cow::Borrowed(a)),
                spelled(Cow::Borrowed(b)),
                "{a} {b}"
            );
        }
        // Short and look-alike words stay apart.
        for (a, b) in [
            ("four", "for"),
            ("hour", "hor"),
            ("there", "ther"),
            ("filled", "filed"),
        ] {
            assert_ne!(
                spelled(Cow::Borrowed(a)),
                spelled(Cow::Borrowed(b)),
                "{a} {b}"
            );
        }
    }

    #[test]
    fn contractions_expand() {
        assert_eq!(words("There's no deal"), ["there", "is", "no", "deal"]);
        assert_eq!(
            words("We’ve made it; they'll see, I'm sure"),
            ["we", "have", "made", "it", "they", "will", "see", "i", "am", "sure"]
        );
        assert_eq!(
            words("didn't, can't, won't, it's, Putin's"),
            ["did", "not", "can", "not", "will", "not", "it", "is", "putin's"]
        );
        assert_eq!(words("we'd they're"), ["we", "would", "they", "are"]);
        assert_eq!(words("Cannot 2025 talks"), ["can", "not", "2025", "talks"]);
    }

    #[test]
    fn same_quote_with_different_punctuation_and_contractions_supports() {
        let (f, text) = fit_of(
            "There's no deal until there's a deal",
            "There is no deal until there is a deal.",
        )
        .unwrap();
        assert_eq!(f, QuoteFit::Contains);
        assert_eq!(text, "There is no deal until there is a deal");
        let (f, _) = fit_of(
            "There is no deal, until there is a deal!",
            "“THERE’S no deal until there’s a deal”",
        )
        .unwrap();
        assert_eq!(f, QuoteFit::Contains);
    }

    #[test]
    fn longer_passage_containing_the_claim_supports() {
        let (f, text) = fit_of(
            "we've made some headway",
            "Well, we've made some headway, but not enough",
        )
        .unwrap();
        assert_eq!(f, QuoteFit::Contains);
        assert_eq!(text, "we've made some headway");
    }

    #[test]
    fn partial_quotes_are_whole_passages() {
        let claim = "the most important thing is that we have a decent chance";
        assert_eq!(
            fit_of(claim, "a decent chance"),
            Some((QuoteFit::Partial, "a decent chance".into()))
        );
        assert_eq!(
            fit_of(claim, "we have a decent chance").map(|x| x.0),
            Some(QuoteFit::Partial)
        );
        // A run of claim words inside other words is no fragment.
        assert_eq!(fit_of(claim, "yes we have a decent day"), None);
        assert_eq!(fit_of(claim, "yes we have a good day"), None);
    }

    #[test]
    fn one_changed_word_is_a_misquote_with_a_word_diff() {
        let (f, text) = fit_of(
            "We've made some headway",
            "We haven't quite got there, but we've got some headway.",
        )
        .unwrap();
        assert_eq!(
            f,
            QuoteFit::Misquote {
                diff: "we've [-made-] {+got+} some headway".into(),
                edits: 1
            }
        );
        assert_eq!(text, "we've got some headway");
    }

    #[test]
    fn insertions_and_deletions_within_budget() {
        // n = 8, budget 2: one insertion and one deletion.
        let (f, _) = fit_of(
            "we will not stop until the war ends",
            "we will never stop until war ends",
        )
        .unwrap();
        let QuoteFit::Misquote { diff, edits } = f else {
            panic!("{f:?}")
        };
        assert_eq!(edits, 2);
        assert_eq!(
            diff,
            "we will [-not-] {+never+} stop until [-the-] war ends"
        );
    }

    #[test]
    fn too_many_edits_is_not_about_the_claim() {
        assert_eq!(
            fit_of("we've made some headway", "we have lost all our way here"),
            None
        );
        assert_eq!(
            fit_of("no deal", "a deal"),
            None,
            "short claims are never misquotes"
        );
    }

    #[test]
    fn semi_global_alignment_finds_the_stretch() {
        let a = align(&["a", "b", "c", "d"], &["x", "y", "a", "b", "z", "d", "q"]).unwrap();
        assert_eq!((a.edits, a.start, a.end), (1, 2, 6));
    }

    #[test]
    fn consensus_compatibility_is_containment() {
        let q = |s: &str| QuoteValue {
            words: words(s),
            fit: QuoteFit::Unjudged,
            speaker: "trump".into(),
        };
        assert!(compatible(&q("next time in Moscow"), &q("in Moscow")));
        assert!(!compatible(
            &q("next time in Moscow"),
            &q("next time in Alaska")
        ));
    }

    #[test]
    fn consensus_candidates_need_a_near_word_in_the_passage() {
        let text = "“Next time, in Moscow.”";
        let w = words_of(text);
        let mut vocab = cue::Vocab::default();
        let moscow = cue::cues(&["moscow".to_string()], &mut vocab);
        let deal = cue::cues(&["deal".to_string()], &mut vocab);
        let tagged = vocab.tag(&w, text);
        let claims = claims_of("unused");
        let lower = text.to_ascii_lowercase();
        let passage = Passage::new(&tagged, &lower, 0..w.len(), &claims);
        let trump: Arc<str> = "trump".into();
        assert!(passage
            .fit(None, &moscow, &tagged, trump.clone(), true)
            .is_some());
        assert!(passage.fit(None, &deal, &tagged, trump, true).is_none());
    }
}
