//! Attribution: which mentions of one article are about which claim.
//!
//! The rules are local (SPEC rules 2, 3, 7): a mention is about a claim only
//! when its own sentence holds one of the claim's `near` cues and none of its
//! `not-near` cues, both outside quotation marks; a mention inside quotation
//! marks is reported speech and counts only for quote claims; a cue with
//! another time just before it ("the next meeting", "a 2018 meeting") names a
//! different event and attributes nothing. When claims of one kind compete for
//! a mention, the cue fewest words away wins, then the claim listed first.

use std::cell::OnceCell;
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use std::sync::Arc;

use crate::article::LineIndex;
use crate::claims::{Claim, ClaimsFile, Rule};
use crate::extract::{Extraction, Mention, MentionKind, Sentence, Word};

use super::cue::{self, Cue, Vocab};
use super::{count, person_ids, place, quote, score, statement, Candidate, EventTime, Value};

/// Words that, among the three before a cue, make it about another occasion
/// (SPEC rule 7). Matched exactly, not by stem: "lasted" is not "last".
const OTHER_TIME: &[&str] = &[
    "next",
    "previous",
    "prior",
    "last",
    "past",
    "earlier",
    "former",
    "follow-up",
    "future",
    "further",
    "second",
    "upcoming",
];

/// Month names and their short forms, 1-based by position / 2 + 1 (full, short).
const MONTHS: &[(&str, &str)] = &[
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("may", "may"),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sept"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
];

/// One claim's cues, stemmed once per claims file.
pub(crate) struct ClaimCues {
    pub(crate) near: Vec<Cue>,
    pub(crate) not_near: Vec<Cue>,
}

impl ClaimCues {
    fn new(claim: &Claim, vocab: &mut Vocab) -> Self {
        ClaimCues {
            near: cue::cues(&claim.near, vocab),
            not_near: cue::cues(&claim.not_near, vocab),
        }
    }
}

/// A claims file made ready to attribute many articles: its cues and phrases
/// stemmed and numbered, its places and people listed, once.
pub struct Attributor<'f> {
    file: &'f ClaimsFile,
    vocab: Vocab,
    cues: Vec<ClaimCues>,
    index: cue::CueIndex,
    phrases: Vec<Option<statement::Phrases>>,
    /// Each quote claim's words, expanded once (`None` for other claims and without `value`).
    quotes: Vec<Option<quote::ClaimWords>>,
    /// Place and person ids, each with its one shared copy for candidates.
    places: BTreeMap<String, Arc<str>>,
    people: BTreeMap<String, Arc<str>>,
    event: EventTime,
}

/// Every candidate in one article: mentions about a claim, statement phrases and quote matches.
///
/// Prepares `file` on every call; to check many articles, make one [`Attributor`].
pub fn attribute(file: &ClaimsFile, extraction: &Extraction, text: &str) -> Vec<Candidate> {
    Attributor::new(file).attribute(extraction, text)
}

impl<'f> Attributor<'f> {
    /// Prepares `file`.
    pub fn new(file: &'f ClaimsFile) -> Self {
        let mut vocab = Vocab::default();
        let cues: Vec<ClaimCues> = file
            .claims
            .iter()
            .map(|c| ClaimCues::new(c, &mut vocab))
            .collect();
        let index = cue::CueIndex::new(
            cues.iter()
                .map(|c| (c.near.as_slice(), c.not_near.as_slice())),
        );
        let phrases = file
            .claims
            .iter()
            .map(|c| statement::Phrases::of(c, &mut vocab))
            .collect();
        let quotes = file
            .claims
            .iter()
            .map(|c| match &c.rule {
                Rule::Quote { value: Some(v), .. } => Some(quote::ClaimWords::new(v)),
                _ => None,
            })
            .collect();
        Attributor {
            file,
            vocab,
            cues,
            index,
            phrases,
            quotes,
            places: shared_ids(file.place_ids()),
            people: shared_ids(person_ids(file)),
            event: EventTime::of(file),
        }
    }

    /// Every candidate in one article (see [`attribute`](attribute())).
    pub fn attribute(&self, extraction: &Extraction, text: &str) -> Vec<Candidate> {
        let Attributor {
            file,
            vocab,
            cues,
            index,
            phrases,
            quotes,
            places,
            people,
            event,
        } = self;
        let (file, event) = (*file, *event);
        let lines = LineIndex::new(text);
        let words = &vocab.tag(&extraction.words, text);
        let sentences = &extraction.sentences;
        let any_phrases = phrases.iter().any(Option::is_some);

        let quote_spans: Vec<Range<usize>> = extraction
            .mentions
            .iter()
            .filter(|m| matches!(m.kind, MentionKind::Quote { .. }))
            .map(|m| m.span.clone())
            .collect();
        let mut by_sentence: Vec<Vec<&Mention>> = vec![Vec::new(); sentences.len()];
        for m in &extraction.mentions {
            if matches!(m.kind, MentionKind::Quote { .. }) {
                continue;
            }
            if let Some(si) = sentence_of(sentences, m.span.start) {
                by_sentence[si].push(m);
            }
        }

        let mut out = Vec::new();
        // At most MAX_CANDIDATES_PER_CLAIM per claim, the first ones found;
        // counted here so that the rest cost nothing (not even a line/column).
        let mut per_claim = vec![0usize; file.claims.len()];
        let mut push = |claim: usize, value: Value, span: Range<usize>, fingerprint: u64| {
            if per_claim[claim] >= MAX_CANDIDATES_PER_CLAIM {
                return;
            }
            per_claim[claim] += 1;
            let (line, column) = lines.line_col(text, span.start);
            out.push(Candidate {
                claim,
                value,
                text: Arc::from(text.get(span.clone()).unwrap_or_default()),
                span,
                line,
                column,
                fingerprint,
            });
        };

        for (si, sentence) in sentences.iter().enumerate() {
            let within = sentence.words.clone();
            let Some(sentence_words) = words.get(within.clone()) else {
                continue;
            };
            if sentence_words.is_empty() || (by_sentence[si].is_empty() && !any_phrases) {
                continue;
            }
            // No cue word, no active claim: nothing here is attributed.
            if !words.any_hit(within.clone()) {
                continue;
            }
            // Most sentences give no candidate: hash one only when it does.
            let fp_cell = OnceCell::new();
            let fp = || *fp_cell.get_or_init(|| fingerprint(sentence_words, text));
            let found = index.scan(words, within.clone(), file.claims.len());
            // Claims share cue words: decide rule 7 once per cue position.
            let mut other_time: Vec<(usize, bool)> = Vec::new();
            let mut is_other = |cue: usize| match other_time.iter().find(|(at, _)| *at == cue) {
                Some(&(_, other)) => other,
                None => {
                    let other = other_time_before(words, within.start, cue, text, event);
                    other_time.push((cue, other));
                    other
                }
            };
            let active: Vec<Vec<Range<usize>>> = file
                .claims
                .iter()
                .zip(found.near)
                .zip(found.excluded)
                .map(|((claim, near), excluded)| active_cues(claim, near, excluded, &mut is_other))
                .collect();

            // "in ten years", "ten years ago": the duration inside a relative year
            // is time elapsed since something, never how long this event lasted.
            let year_spans: Vec<&Range<usize>> = by_sentence[si]
                .iter()
                .filter(|m| matches!(m.kind, MentionKind::Year { .. }))
                .map(|m| &m.span)
                .collect();
            for m in &by_sentence[si] {
                let Some(at) = word_range(words, &m.span) else {
                    continue;
                };
                if words[at.clone()].iter().any(|w| w.quoted) || inside(&quote_spans, &m.span) {
                    continue;
                }
                let (kind, value) = match &m.kind {
                    MentionKind::Duration(_)
                        if year_spans
                            .iter()
                            .any(|y| y.start <= m.span.start && m.span.end <= y.end) =>
                    {
                        continue;
                    }
                    MentionKind::Duration(q) => ("duration", Value::Interval(q.interval)),
                    MentionKind::Count { quantity, .. } => {
                        ("count", Value::Interval(quantity.interval))
                    }
                    MentionKind::Score { points, sides } => {
                        ("score", score::value(file, *points, sides.as_ref()))
                    }
                    MentionKind::Date(d) => {
                        if d.date.is_none()
                            && d.month.is_none()
                            && d.day.is_none()
                            && d.weekday.is_none()
                        {
                            continue;
                        }
                        ("date", Value::Date(d.clone()))
                    }
                    MentionKind::Year { years, .. } => ("year", Value::Year(*years)),
                    MentionKind::Entity { id: Some(id), .. } if places.contains_key(&**id) => {
                        if !place::is_object(words, text, within.clone(), at.start) {
                            continue;
                        }
                        ("place", Value::Place(places[&**id].clone()))
                    }
                    MentionKind::Entity { id: Some(id), .. } if people.contains_key(&**id) => {
                        ("people", Value::Person(people[&**id].clone()))
                    }
                    _ => continue,
                };
                if let Some(claim) = nearest_claim(file, &active, kind, &at, &m.kind) {
                    let value = count::in_claim_unit(&file.claims[claim].rule, &m.kind, value);
                    push(claim, value, m.span.clone(), fp());
                }
            }

            for (ci, p) in phrases.iter().enumerate() {
                let Some(p) = p else { continue };
                if active[ci].is_empty() {
                    continue;
                }
                for (polarity, range) in p.matches(words, within.clone()) {
                    let span = words[range.start].span.start..words[range.end - 1].span.end;
                    push(ci, Value::Statement(polarity), span, fp());
                }
            }
        }

        for m in &extraction.mentions {
            let MentionKind::Quote { inner, speaker } = &m.kind else {
                continue;
            };
            let Some(speaker) = speaker else { continue };
            let fp_cell = OnceCell::new();
            let fp = || {
                *fp_cell.get_or_init(|| {
                    sentence_of(sentences, m.span.start)
                        .and_then(|si| sentences.get(si))
                        .and_then(|s| words.get(s.words.clone()))
                        .map(|w| fingerprint(w, text))
                        .unwrap_or_default()
                })
            };
            // Made at the first claim of this speaker, then shared by the rest.
            let mut passage: Option<quote::Passage> = None;
            for (ci, claim) in file.claims.iter().enumerate() {
                let Rule::Quote { speaker: who, .. } = &claim.rule else {
                    continue;
                };
                if who != speaker {
                    continue;
                }
                let passage = passage
                    .get_or_insert_with(|| quote::Passage::new(words, words_in(words, inner)));
                if let Some((value, range)) =
                    passage.fit(quotes[ci].as_ref(), &cues[ci].near, words)
                {
                    let span = match range {
                        Some(r) => words[r.start].span.start..words[r.end - 1].span.end,
                        None => m.span.clone(),
                    };
                    push(ci, Value::Quote(Arc::new(value)), span, fp());
                }
            }
        }
        out
    }
}

fn shared_ids(ids: BTreeSet<String>) -> BTreeMap<String, Arc<str>> {
    ids.into_iter()
        .map(|id| {
            let shared = Arc::from(id.as_str());
            (id, shared)
        })
        .collect()
}

/// Most candidates one article gives one claim. A real article mentions a
/// claim a handful of times; pasted or generated text can repeat a sentence a
/// million times, and judging compares an article's mentions pairwise, so past
/// this only the first ones found are kept.
pub const MAX_CANDIDATES_PER_CLAIM: usize = 256;

/// The claim's usable cue matches in a sentence: none when a `not-near` cue is there,
/// and without those rule 7 disqualifies.
/// `other_time` says whether a cue at a word index names another time.
fn active_cues(
    claim: &Claim,
    mut found: Vec<Range<usize>>,
    excluded: bool,
    other_time: &mut impl FnMut(usize) -> bool,
) -> Vec<Range<usize>> {
    if excluded || matches!(claim.rule, Rule::Quote { .. }) {
        return Vec::new();
    }
    if matches!(
        claim.rule,
        Rule::Duration { .. }
            | Rule::Count { .. }
            | Rule::Date { .. }
            | Rule::Place { .. }
            | Rule::People { .. }
    ) {
        found.retain(|r| !other_time(r.start));
    }
    found
}

/// Whether one of the three words before `cue` (in the sentence, not across
/// punctuation) names another time than the event's (SPEC rule 7).
pub(crate) fn other_time_before(
    words: &[Word],
    sentence_start: usize,
    cue: usize,
    text: &str,
    event: EventTime,
) -> bool {
    let mut j = cue;
    for _ in 0..3 {
        if j <= sentence_start || words[j].punct_before {
            return false;
        }
        j -= 1;
        if is_other_time(&words[j], text, event) {
            return true;
        }
    }
    false
}

fn is_other_time(word: &Word, text: &str, event: EventTime) -> bool {
    let surface = &text[word.span.clone()];
    let first = surface.as_bytes()[0];
    // A plain word starting in lower case can only be one of the listed
    // words (months count only when capitalised): compare without normalising.
    if word.plain && first.is_ascii_lowercase() {
        return OTHER_TIME.iter().any(|w| w.eq_ignore_ascii_case(surface));
    }
    let norm = word.norm(text);
    let norm = norm.as_ref();
    if OTHER_TIME.contains(&norm) {
        return true;
    }
    if norm.len() == 4 && norm.bytes().all(|b| b.is_ascii_digit()) {
        if let (Ok(year), Some(event_year)) = (norm.parse::<i32>(), event.year) {
            return (1000..3000).contains(&year) && year != event_year;
        }
        return false;
    }
    // Month names are read only when capitalised: "may" and "march" are verbs too.
    let capitalised = text
        .get(word.span.clone())
        .and_then(|s| s.chars().next())
        .is_some_and(char::is_uppercase);
    let month = MONTHS.iter().position(|(full, short)| {
        norm == *full || norm == *short || norm.strip_suffix('.') == Some(short)
    });
    match (month, event.month) {
        (Some(m), Some(event_month)) if capitalised => m as u32 + 1 != event_month,
        _ => false,
    }
}

/// Among the claims of `kind` with a usable cue in the sentence, the one whose cue is fewest
/// words from the mention; on a tie, the one listed first.
fn nearest_claim(
    file: &ClaimsFile,
    active: &[Vec<Range<usize>>],
    kind: &str,
    at: &Range<usize>,
    mention: &MentionKind,
) -> Option<usize> {
    file.claims
        .iter()
        .enumerate()
        // A count claim with a unit takes only mentions in it (SPEC rule 2b).
        .filter(|(_, c)| c.rule.kind() == kind && count::accepts(&c.rule, mention).is_some())
        .filter_map(|(ci, _)| nearest_cue(&active[ci], at).map(|d| (d, ci)))
        .min()
        .map(|(_, ci)| ci)
}

/// How many cue matches either side of a mention's position are measured: cue
/// phrases are a few words long, so the nearest one is among its neighbours in
/// text order, and a run-away sentence with a million cues costs no n² scan.
const CUE_NEIGHBOURS: usize = 16;

/// The distance to the nearest of `cues` (sorted by start, as a sentence scan
/// finds them).
fn nearest_cue(cues: &[Range<usize>], at: &Range<usize>) -> Option<usize> {
    let p = cues.partition_point(|c| c.start < at.start);
    cues[p.saturating_sub(CUE_NEIGHBOURS)..(p + CUE_NEIGHBOURS).min(cues.len())]
        .iter()
        .map(|cue| distance(cue, at))
        .min()
}

/// Words strictly between a cue and a mention (0 when they touch or overlap).
pub(crate) fn distance(cue: &Range<usize>, mention: &Range<usize>) -> usize {
    mention
        .start
        .saturating_sub(cue.end)
        .max(cue.start.saturating_sub(mention.end))
}

/// The index of the sentence holding byte `offset`.
fn sentence_of(sentences: &[Sentence], offset: usize) -> Option<usize> {
    let i = sentences.partition_point(|s| s.span.end <= offset);
    sentences
        .get(i)
        .filter(|s| s.span.start <= offset)
        .map(|_| i)
}

/// Indices of the words a byte span overlaps.
fn word_range(words: &[Word], span: &Range<usize>) -> Option<Range<usize>> {
    let first = words.partition_point(|w| w.span.end <= span.start);
    let end = words.partition_point(|w| w.span.start < span.end);
    (first < end).then_some(first..end)
}

/// Indices of the words that lie inside a byte span.
fn words_in(words: &[Word], span: &Range<usize>) -> Range<usize> {
    let first = words.partition_point(|w| w.span.start < span.start);
    let end = words.partition_point(|w| w.span.end <= span.end);
    first..end.max(first)
}

fn inside(spans: &[Range<usize>], span: &Range<usize>) -> bool {
    let i = spans.partition_point(|s| s.end <= span.start);
    spans
        .get(i)
        .is_some_and(|s| s.start <= span.start && span.end <= s.end)
}

/// FNV-1a over the sentence's normalised words: stable across runs and versions.
fn fingerprint(words: &[Word], text: &str) -> u64 {
    let step = |h: u64, b: u8| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for w in words {
        let surface = &text[w.span.clone()];
        // An ASCII word's normal form is its bytes lower-cased: hashed as
        // they are read rather than built first (most words of a sentence).
        if w.plain || surface.is_ascii() {
            h = surface
                .bytes()
                .map(|b| b.to_ascii_lowercase())
                .fold(h, step);
        } else {
            h = w.norm(text).bytes().fold(h, step);
        }
        h = step(h, b' ');
    }
    h
}

/// Ids, for tests that want to know which people a file treats as persons.
#[cfg(test)]
pub(crate) fn people_of(file: &ClaimsFile) -> std::collections::BTreeSet<String> {
    person_ids(file)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::fixture::{claim, file, hours, not_near, Doc};
    use crate::claims::Tolerance;
    use crate::interval::Interval;

    fn duration(id: &str, near: &[&str]) -> Claim {
        claim(
            id,
            Rule::Duration {
                value: Some(hours(3.0)),
                tolerance: Tolerance::Absolute(1800.0),
            },
            near,
        )
    }

    fn claims_of(f: &ClaimsFile, doc: &Doc) -> Vec<(String, String)> {
        attribute(f, &doc.ex, &doc.text)
            .into_iter()
            .map(|c| (f.claims[c.claim].id.clone(), c.text.to_string()))
            .collect()
    }

    #[test]
    fn a_mention_needs_a_cue_in_its_own_sentence() {
        let f = file(&[], vec![duration("talks", &["talks"])]);
        let doc = Doc::new("The talks were long.\nThey lasted three hours.")
            .duration("three hours", hours(3.0));
        assert!(claims_of(&f, &doc).is_empty());
        let doc = Doc::new("The talks lasted three hours.").duration("three hours", hours(3.0));
        assert_eq!(
            claims_of(&f, &doc),
            [("talks".into(), "three hours".into())]
        );
    }

    #[test]
    fn a_duration_inside_a_relative_year_is_not_a_length() {
        let mut f = file(&[], vec![duration("talks", &["meeting"])]);
        f.date = chrono::NaiveDate::from_ymd_opt(2025, 8, 15);
        let options = crate::extract::ExtractOptions::from_claims(&f);
        let text = "The meeting was his first visit in ten years. The meeting lasted ten hours.";
        let ex = crate::extract::extract(text, &options);
        let said: Vec<String> = attribute(&f, &ex, text)
            .into_iter()
            .map(|c| c.text.to_string())
            .collect();
        assert_eq!(said, ["ten hours"]);
    }

    #[test]
    fn not_near_cue_excludes_the_sentence() {
        let f = file(
            &[],
            vec![not_near(
                duration("talks", &["talks", "appearance"]),
                &["press", "read"],
            )],
        );
        let doc = Doc::new("After the talks, a press appearance lasted 12 minutes.")
            .duration("12 minutes", Interval::point(720.0));
        assert!(claims_of(&f, &doc).is_empty());
        let doc = Doc::new("6 min read talks").duration("6 min", Interval::point(360.0));
        assert!(claims_of(&f, &doc).is_empty());
    }

    #[test]
    fn quoted_mentions_and_quoted_cues_do_not_count() {
        let f = file(&[], vec![duration("talks", &["talks", "war"])]);
        let doc = Doc::new("He vowed to end the war \"within 24 hours\" once in office.")
            .duration("24 hours", hours(24.0));
        assert!(claims_of(&f, &doc).is_empty());
        let doc = Doc::new("It took three hours, he said of the \"talks\".")
            .duration("three hours", hours(3.0));
        assert!(claims_of(&f, &doc).is_empty());
    }

    #[test]
    fn nearest_cue_wins_and_ties_go_to_the_first_claim() {
        let f = file(
            &[],
            vec![
                duration("talks", &["talks"]),
                duration("press", &["press conference"]),
            ],
        );
        let doc = Doc::new("The talks ran three hours before a press conference of 40 minutes.")
            .duration("three hours", hours(3.0))
            .duration("40 minutes", Interval::point(2400.0));
        assert_eq!(
            claims_of(&f, &doc),
            [
                ("talks".into(), "three hours".into()),
                ("press".into(), "40 minutes".into())
            ]
        );
        // Equidistant: "talks" is listed first.
        let doc = Doc::new("talks lasted 2 hours press conference").duration("2 hours", hours(2.0));
        assert_eq!(claims_of(&f, &doc), [("press".into(), "2 hours".into())]);
        let doc = Doc::new("talks, 2 hours, press conference").duration("2 hours", hours(2.0));
        assert_eq!(claims_of(&f, &doc), [("talks".into(), "2 hours".into())]);
        let doc = Doc::new("press conference 2 hours talks").duration("2 hours", hours(2.0));
        assert_eq!(claims_of(&f, &doc), [("talks".into(), "2 hours".into())]);
        let doc =
            Doc::new("press conference 2 hours after the talks").duration("2 hours", hours(2.0));
        assert_eq!(claims_of(&f, &doc), [("press".into(), "2 hours".into())]);
    }

    #[test]
    fn rule_seven_windows() {
        let f = file(&[], vec![duration("talks", &["meeting"])]);
        let cases = [
            ("The next meeting could last two hours.", false),
            ("A follow-up meeting lasted two hours.", false),
            ("A 2018 meeting lasted two hours.", false),
            ("A 2025 meeting lasted two hours.", true),
            ("The February Oval Office meeting lasted two hours.", false),
            ("The August meeting lasted two hours.", true),
            ("Talks that lasted, meeting aides, two hours.", true),
            ("It was the last, meeting lasted two hours.", true),
            ("The meeting lasted two hours.", true),
            ("Leaders may meeting two hours.", true),
        ];
        for (sentence, attributed) in cases {
            let doc = Doc::new(sentence).duration("two hours", hours(2.0));
            assert_eq!(!claims_of(&f, &doc).is_empty(), attributed, "{sentence}");
        }
    }

    #[test]
    fn other_time_stops_at_punctuation_and_sentence_start() {
        let doc = Doc::new("next, the meeting");
        let e = EventTime {
            year: Some(2025),
            month: Some(8),
        };
        assert!(!other_time_before(&doc.ex.words, 0, 2, &doc.text, e));
        let doc = Doc::new("the upcoming big meeting");
        assert!(other_time_before(&doc.ex.words, 0, 3, &doc.text, e));
        assert!(!other_time_before(&doc.ex.words, 2, 3, &doc.text, e));
    }

    #[test]
    fn rule_seven_does_not_apply_to_years() {
        let f = file(
            &[],
            vec![claim(
                "last-met",
                Rule::Year { value: Some(2019) },
                &["met"],
            )],
        );
        let doc = Doc::new("They last met in 2019.").year("2019", Interval::point(2019.0));
        assert_eq!(claims_of(&f, &doc).len(), 1);
    }

    #[test]
    fn places_and_people_split_by_place_claims() {
        let f = file(
            &[("anchorage", &["Anchorage"]), ("trump", &["Trump"])],
            vec![
                claim(
                    "venue",
                    Rule::Place {
                        value: Some("anchorage".into()),
                        also: vec![],
                        rivals: vec![],
                    },
                    &["summit"],
                ),
                claim(
                    "who",
                    Rule::People {
                        value: Some(vec!["trump".into()]),
                        absent: vec![],
                    },
                    &["summit"],
                ),
            ],
        );
        assert_eq!(people_of(&f).into_iter().collect::<Vec<_>>(), ["trump"]);
        let doc = Doc::new("Trump held the summit in Anchorage.")
            .entity("Trump", "trump")
            .entity("Anchorage", "anchorage");
        let got = attribute(&f, &doc.ex, &doc.text);
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].value, Value::Person("trump".into()));
        assert_eq!(got[1].value, Value::Place("anchorage".into()));
        assert_eq!((got[1].line, got[1].column), (1, 26));
    }

    proptest::proptest! {
        #[test]
        fn any_text_gives_spans_in_bounds(text in "[a-zA-Z0-9 ,.“”\"'\n-]{0,120}", picks in proptest::collection::vec(0usize..40, 0..6)) {
            let f = file(
                &[("anchorage", &["Anchorage"])],
                vec![
                    duration("talks", &["talks", "a", "b"]),
                    claim("venue", Rule::Place { value: Some("anchorage".into()), also: vec![], rivals: vec![] }, &["a"]),
                ],
            );
            let mut doc = Doc::new(&text);
            let spans: Vec<Range<usize>> = doc.ex.words.iter().map(|w| w.span.clone()).collect();
            for (k, p) in picks.iter().enumerate() {
                if let Some(span) = spans.get(*p) {
                    let kind = if k % 2 == 0 {
                        MentionKind::Duration(crate::extract::Quantity { interval: hours(1.0), hedge: None })
                    } else {
                        MentionKind::Entity { id: Some("anchorage".into()), name: String::new() }
                    };
                    doc.ex.mentions.push(Mention { span: span.clone(), kind });
                }
            }
            doc.ex.mentions.sort_by_key(|m| (m.span.start, m.span.end));
            let cands = attribute(&f, &doc.ex, &doc.text);
            for c in &cands {
                proptest::prop_assert!(c.span.end <= text.len());
                proptest::prop_assert_eq!(text.get(c.span.clone()), Some(&*c.text));
            }
            let _ = crate::check::judge(&f, &[cands]);
        }
    }

    #[test]
    fn fingerprint_hashes_normal_forms() {
        let a = "The TALKS, Putin’s “deal”";
        let b = "the talks putin's deal";
        let words = |t: &str| crate::extract::words::tokenize(t, &[]);
        assert_eq!(fingerprint(&words(a), a), fingerprint(&words(b), b));
        let c = "the talks putin's meal";
        assert_ne!(fingerprint(&words(b), b), fingerprint(&words(c), c));
    }

    #[test]
    fn distance_counts_words_between() {
        assert_eq!(distance(&(0..1), &(3..4)), 2);
        assert_eq!(distance(&(5..7), &(2..3)), 2);
        assert_eq!(distance(&(2..4), &(3..4)), 0);
    }
}
