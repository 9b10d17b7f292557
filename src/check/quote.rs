//! `quote` claims: words someone said (SPEC rule 8).
//!
//! What it does: only passages the extractor attributes to the claim's
//! speaker are compared. Both sides are normalised (case, punctuation, curly
//! vs straight marks) and contractions are expanded ("there's" = "there is",
//! "we've" = "we have", "didn't" = "did not"). A passage supports when it holds
//! the claim's words as a contiguous run, or is itself a contiguous run of at
//! least four of them (a partial quote). It is a misquote when some stretch of
//! it matches the claim within ⌈n/4⌉ word edits (a semi-global edit distance:
//! the stretch may start and end anywhere in the passage), shown as a word diff
//! `we've [-made-] {+got+} some headway`. Claims under four words are never
//! misquotes: one changed word in two would match too much.
//! Without `value`, passages holding a `near` word are candidates, compatible
//! when one holds the other's words as a contiguous run.

use std::borrow::Cow;
use std::ops::Range;

use super::cue::{self, Cue, Quoted, Tagged};
use super::verdict::{Judgement, Verdict};

/// How a passage stands against a quote claim.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum QuoteFit {
    /// The passage holds every claim word in order.
    Contains,
    /// The passage is (or holds) a run of at least four claim words.
    Partial,
    /// A stretch of the passage is within ⌈n/4⌉ word edits of the claim.
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
    /// The words, contractions expanded.
    pub words: Vec<String>,
    /// How it fits the claim.
    pub fit: QuoteFit,
}

/// A normalised word and the index of the written word it came from. A
/// passage's plain words borrow from the article (most of them), so making
/// a passage copies only what normalising or expanding changed.
#[derive(Clone, Debug, PartialEq)]
struct Token<'t> {
    word: Cow<'t, str>,
    origin: usize,
}

/// A quote claim's words, normalised and expanded once per claims file
/// rather than once per passage compared with it.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct ClaimWords(Vec<Token<'static>>);

impl ClaimWords {
    /// The claim's `value`, split into words and expanded.
    pub(crate) fn new(value: &str) -> Self {
        ClaimWords(expand_all(
            cue::split_words(value).into_iter().map(Cow::Owned),
        ))
    }
}

/// One quote passage, normalised and expanded once and then compared with
/// every quote claim of its speaker (expanding it per claim was most of the
/// cost of checking quotes).
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
    /// The words of `range` (indices into `words`).
    pub(crate) fn new(words: &Tagged<'t>, range: Range<usize>) -> Self {
        let text = words.text;
        let tokens = expand_all(words[range.clone()].iter().map(|w| w.norm(text)));
        Passage { range, tokens }
    }

    /// Compares the passage with a quote claim (`claim`: its words, `None`
    /// without `value`). Returns the value and, when a stretch matched, its
    /// word index range.
    pub(crate) fn fit(
        &self,
        claim: Option<&ClaimWords>,
        near: &[Cue],
        words: &Tagged<'_>,
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
            };
            return Some((value, None));
        };
        let written = |origin: usize| {
            words
                .get(passage.start + origin)
                .map(|w| w.norm(words.text).into_owned())
        };
        let (fit, stretch) = compare(&claim.0, tokens, written)?;
        let stretch_words = tokens[stretch.clone()]
            .iter()
            .map(|t| t.word.to_string())
            .collect();
        let range = match (
            tokens.get(stretch.start),
            stretch.end.checked_sub(1).and_then(|e| tokens.get(e)),
        ) {
            (Some(a), Some(b)) => Some(passage.start + a.origin..passage.start + b.origin + 1),
            _ => None,
        };
        Some((
            QuoteValue {
                words: stretch_words,
                fit,
            },
            range,
        ))
    }
}

/// The fit of passage tokens against claim tokens, and the token range that
/// matched. `written` gives the normal form of a written word of the passage
/// by its index (what a word diff shows of unchanged words).
fn compare(
    claim: &[Token<'_>],
    passage: &[Token<'_>],
    written: impl Fn(usize) -> Option<String>,
) -> Option<(QuoteFit, Range<usize>)> {
    let c: Vec<&str> = claim.iter().map(|t| &*t.word).collect();
    let p: Vec<&str> = passage.iter().map(|t| &*t.word).collect();
    if c.is_empty() || p.is_empty() {
        return None;
    }
    if let Some(at) = find_run(&p, &c) {
        return Some((QuoteFit::Contains, at..at + c.len()));
    }
    if p.len() >= 4 && find_run(&c, &p).is_some() {
        return Some((QuoteFit::Partial, 0..p.len()));
    }
    // Claim words the passage holds at all bound both searches below: an
    // alignment keeps at most this many claim words, and a common run is no
    // longer. Most passages of a speaker are about something else.
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
    if shared < 4 {
        return None;
    }
    let (at, len) = longest_common_run(&c, &p);
    (len >= 4).then_some((QuoteFit::Partial, at..at + len))
}

/// Where `needle` occurs as a contiguous run in `hay`.
fn find_run(hay: &[&str], needle: &[&str]) -> Option<usize> {
    if needle.is_empty() || needle.len() > hay.len() {
        return None;
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The longest run of `p` (start in `p`, length) that also occurs in `c`.
fn longest_common_run(c: &[&str], p: &[&str]) -> (usize, usize) {
    let mut best = (0, 0);
    let mut prev = vec![0usize; c.len() + 1];
    for (j, pw) in p.iter().enumerate() {
        let mut cur = vec![0usize; c.len() + 1];
        for (i, cw) in c.iter().enumerate() {
            if cw == pw {
                cur[i + 1] = prev[i] + 1;
                if cur[i + 1] > best.1 {
                    best = (j + 1 - cur[i + 1], cur[i + 1]);
                }
            }
        }
        prev = cur;
    }
    best
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
    written: impl Fn(usize) -> Option<String>,
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
                    out.push(written(origin).unwrap_or_else(|| passage[j].word.to_string()));
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

/// Expands every written word (normalised), remembering where each came
/// from; a plain word is its own token and is moved, not copied.
fn expand_all<'t>(written: impl IntoIterator<Item = Cow<'t, str>>) -> Vec<Token<'t>> {
    let written = written.into_iter();
    let mut out = Vec::with_capacity(written.size_hint().0);
    for (origin, w) in written.enumerate() {
        if is_plain(&w) {
            out.push(Token { word: w, origin });
        } else {
            out.extend(expand(&w).into_iter().map(|word| Token {
                word: Cow::Owned(word),
                origin,
            }));
        }
    }
    out
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

/// A matched passage against the claim.
pub(crate) fn judge(value: &str, q: &QuoteValue) -> Option<Judgement> {
    let expected = Some(format!("“{value}”"));
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
    let written = |origin: usize| a.get(origin).map(|t| t.word.to_string());
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

    fn words(s: &str) -> Vec<String> {
        expand_all(cue::split_words(s).into_iter().map(Cow::Owned))
            .into_iter()
            .map(|t| t.word.into_owned())
            .collect()
    }

    fn fit_of(claim: &str, text: &str) -> Option<(QuoteFit, String)> {
        let w = words_of(text);
        let tagged = cue::Vocab::default().tag(&w, text);
        let claim = ClaimWords::new(claim);
        let passage = Passage::new(&tagged, 0..w.len());
        passage.fit(Some(&claim), &[], &tagged).map(|(v, range)| {
            let text = range.map_or(String::new(), |r| {
                text[w[r.start].span.start..w[r.end - 1].span.end].to_string()
            });
            (v.fit, text)
        })
    }

    #[test]
    fn near_miss_diffs_the_other_passage_against_this_one() {
        let q = |s: &str| QuoteValue {
            words: words(s),
            fit: QuoteFit::Unjudged,
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
    fn partial_quotes_of_four_words_support() {
        let claim = "the most important thing is that we have a decent chance";
        assert_eq!(
            fit_of(claim, "a decent chance").map(|x| x.0),
            None,
            "three words is too short"
        );
        assert_eq!(
            fit_of(claim, "we have a decent chance").map(|x| x.0),
            Some(QuoteFit::Partial)
        );
        // Exactly four shared words, as a run inside other words.
        assert_eq!(
            fit_of(claim, "yes we have a decent day"),
            Some((QuoteFit::Partial, "we have a decent".into()))
        );
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
        let passage = Passage::new(&tagged, 0..w.len());
        assert!(passage.fit(None, &moscow, &tagged).is_some());
        assert!(passage.fit(None, &deal, &tagged).is_none());
    }
}
