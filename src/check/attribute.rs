//! Attribution: which mentions of one article are about which claim.
//!
//! The rules are local (SPEC rules 2, 3, 7): a mention is about a claim only
//! when its own sentence holds one of the claim's `near` cues and none of its
//! `not-near` cues, both outside quotation marks; a mention inside quotation
//! marks is reported speech and counts only for quote claims; a cue with
//! another time just before it ("the next meeting", "a 2018 meeting") names a
//! different event and attributes nothing. When claims of one kind compete for
//! a mention, the cue fewest words away wins, then the claim listed first.

use std::borrow::Cow;
use std::cell::OnceCell;

use chrono::Datelike;
use std::collections::BTreeSet;
use std::ops::Range;
use std::sync::Arc;

use crate::article::LineIndex;
use crate::claims::{Claim, ClaimsFile, Rule};
use crate::extract::words::WordMap;
use crate::extract::{Extraction, Mention, MentionKind, Sentence, Word};
use crate::unit::Dimension;

use super::cue::{self, Cue, Vocab};
use super::link::{self, Ctx, Link, WordClass};
use super::{count, person_ids, quote, score, statement, Candidate, EventTime, Value};

/// Words that, among the three before a cue, make it about another occasion
/// (SPEC rule 7). Matched exactly, not by stem: "lasted" is not "last".
const OTHER_TIME: &[&str] = &[
    "another",
    "separate",
    "other",
    "next",
    "previous",
    "prior",
    "last",
    "past",
    "earlier",
    "former",
    "old",
    "follow-up",
    "future",
    "further",
    "second",
    "upcoming",
];

/// The first letters of [`OTHER_TIME`]'s words ([`first_letters`]), and
/// their shortest and longest lengths: most words asked ("the", "talks",
/// "Brandvold") start with another letter or are too short or long, and
/// are turned away before they are compared with the sixteen.
const OTHER_TIME_FIRSTS: u32 = first_letters(OTHER_TIME);
const OTHER_TIME_LENGTHS: (usize, usize) = {
    let (mut shortest, mut longest) = (usize::MAX, 0);
    let mut i = 0;
    while i < OTHER_TIME.len() {
        let len = OTHER_TIME[i].len();
        if len < shortest {
            shortest = len;
        }
        if len > longest {
            longest = len;
        }
        i += 1;
    }
    (shortest, longest)
};

/// Whether the first letter of `surface`, in either case, is one of `firsts`
/// ([`first_letters`]).
fn starts_with_one_of(surface: &str, firsts: u32) -> bool {
    let first = surface.as_bytes().first().map_or(0, |b| b | 0x20);
    first.is_ascii_lowercase() && firsts >> (first - b'a') & 1 != 0
}

/// Whether `surface` (as written, any case) is one of [`OTHER_TIME`].
fn other_time_word(surface: &str) -> bool {
    starts_with_one_of(surface, OTHER_TIME_FIRSTS)
        && (OTHER_TIME_LENGTHS.0..=OTHER_TIME_LENGTHS.1).contains(&surface.len())
        && OTHER_TIME.iter().any(|w| w.eq_ignore_ascii_case(surface))
}

/// The first letters of the month names ([`first_letters`] of [`MONTHS`];
/// a short form starts as its full name does): most capitalised words asked
/// whether they are a month ("The", "Putin") are turned away before they
/// are compared with the twenty-four.
const MONTH_FIRSTS: u32 = {
    let mut set = 0;
    let mut i = 0;
    while i < MONTHS.len() {
        set |= 1 << (MONTHS[i].0.as_bytes()[0] - b'a');
        i += 1;
    }
    set
};

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
    /// The quote claims' words and spellings, prepared once.
    quotes: quote::QuoteClaims,
    /// Place and person ids, each with its one shared copy for candidates
    /// (hashed: every name mentioned is looked up).
    places: WordMap<String, Arc<str>>,
    people: WordMap<String, Arc<str>>,
    event: EventTime,
    /// Each claim's place role (location, or destination for route cues).
    roles: Vec<link::place::Role>,
    /// Each claim's subject: the names it is about ("Civic Renewal").
    subjects: Vec<link::subject::Subject>,
    /// Entities named only as rivals or absentees: other places and people.
    foreign: BTreeSet<String>,
    /// The names in the file's `event` ("Meridane", "Ashgrove"), lower-case.
    event_names: Vec<String>,
    /// The event's named kind and name ("Cyclone Hesper" → cyclone,
    /// hesper), when its title has one.
    event_kind: Option<(String, String)>,
    /// The lower-case nouns of the file's `event` ("eruption", "theft"),
    /// each with its searcher: "the last eruption" is another occasion.
    event_nouns: Vec<(memchr::memmem::Finder<'static>, u32, Option<i32>)>,
    /// Whether each claim's `about` is a plan (see [`is_plan`]).
    plans: Vec<bool>,
    /// Whether each claim is of the day something takes effect (see
    /// [`takes_effect`]).
    effects: Vec<bool>,
    /// The day of the week a people claim's `about` names (see
    /// [`claim_weekday`]).
    weekdays: Vec<Option<chrono::Weekday>>,
    /// Whether each claim is a toll (see [`is_toll`]).
    tolls: Vec<bool>,
    /// Whether each claim is itself a rate (see [`is_rate`]): read from its
    /// `about` once here, not for every count a sentence holds.
    rates: Vec<bool>,
    /// Whether each claim is of a maximum or a minimum (see [`Bounds`]),
    /// read once here, not for every hedged figure attributed.
    bounds: Vec<Bounds>,
    /// Whether each claim is of people something was done to (see
    /// [`link::people::is_patient`]).
    patients: Vec<bool>,
    /// Which side of a vote each claim counts, if any (see [`Claim::vote_side`]).
    vote_sides: Vec<Option<bool>>,
    /// For each claim whose `about` names a month ("inflation cited
    /// (September)"), the file's times with that month too.
    claim_times: Vec<Option<EventTime>>,
    /// Whether candidates get their sentence's hash as fingerprint (see
    /// [`Attributor::keyed_by_caller`]).
    sentence_keys: bool,
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
        let event = EventTime::of(file);
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
        let quotes = quote::QuoteClaims::new(file);
        // (A title noun that is also a cue's word is found among the tagged
        // cue words, at no cost; any other by searching the text.)
        let event_nouns = event_nouns(file)
            .iter()
            .map(|(n, year)| {
                let finder = memchr::memmem::Finder::new(n.as_bytes()).into_owned();
                (finder, vocab.id_of(n), *year)
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
            event,
            roles: file
                .claims
                .iter()
                .map(|c| {
                    // (A word that qualifies the noun after it in its cue
                    // names no route: "flight controllers" work somewhere.)
                    let stems: Vec<String> = c
                        .near
                        .iter()
                        .flat_map(|p| {
                            let words = cue::split_words(p);
                            let next = words.iter().skip(1).map(Some).chain([None]);
                            words
                                .iter()
                                .zip(next)
                                .filter(|(_, next)| {
                                    next.map_or(true, |n| {
                                        matches!(
                                            n.as_str(),
                                            "to" | "for" | "from" | "into" | "toward" | "towards"
                                        )
                                    })
                                })
                                // ("a relay tripped" is no trip.)
                                .filter(|(w, _)| !w.starts_with("tripp"))
                                .map(|(w, _)| crate::extract::words::stem(w))
                                .collect::<Vec<_>>()
                        })
                        .collect();
                    link::place::Role::of_about(&c.about).unwrap_or_else(|| {
                        link::place::Role::of_cues(stems.iter().map(String::as_str))
                    })
                })
                .collect(),
            subjects: file
                .claims
                .iter()
                .map(|c| link::subject::Subject::of(c, &file.entities).with_event(&file.event))
                .collect(),
            foreign: foreign_ids(file),
            event_names: event_names(file),
            event_kind: event_kind(&file.event),
            event_nouns,
            plans: file.claims.iter().map(|c| is_plan(&c.about)).collect(),
            effects: file.claims.iter().map(|c| takes_effect(&c.about)).collect(),
            weekdays: file
                .claims
                .iter()
                .map(|c| claim_weekday(c, file.date))
                .collect(),
            tolls: file
                .claims
                .iter()
                .map(|c| is_toll(c) || is_peak(c))
                .collect(),
            rates: file
                .claims
                .iter()
                .map(|c| is_rate(&c.about) || per_period_unit(c))
                .collect(),
            bounds: file.claims.iter().map(Bounds::of).collect(),
            patients: file
                .claims
                .iter()
                .map(|c| link::people::is_patient(&c.about))
                .collect(),
            vote_sides: file.claims.iter().map(Claim::vote_side).collect(),
            claim_times: file
                .claims
                .iter()
                .map(|c| claim_time(&c.about, event))
                .collect(),
            sentence_keys: true,
        }
    }

    /// The same, for a caller that keys every candidate itself
    /// ([`crate::baseline::key_candidates`]): the sentences' hashes it would
    /// replace are not made (fingerprints are left 0).
    pub fn keyed_by_caller(self) -> Self {
        Attributor {
            sentence_keys: false,
            ..self
        }
    }

    /// Every candidate in one article (see [`attribute`](attribute())).
    pub fn attribute(&self, extraction: &Extraction, text: &str) -> Vec<Candidate> {
        self.run(extraction, text, None)
    }

    /// What became of every mention of one article: the claim it went to and
    /// how, or why it went nowhere (`factcheck explain`). It is recorded by the
    /// same pass that attributes, so it says what the run did.
    pub fn explain(&self, extraction: &Extraction, text: &str) -> Vec<Explained> {
        let mut trace = Vec::new();
        self.run(extraction, text, Some(&mut trace));
        // In text order within each sentence, whichever step decided them.
        trace.sort_by_key(|e| (e.sentence, e.mention.span.start));
        trace
    }

    fn run(
        &self,
        extraction: &Extraction,
        text: &str,
        mut trace: Option<&mut Vec<Explained>>,
    ) -> Vec<Candidate> {
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
            roles,
            subjects,
            foreign: _,
            event_names,
            event_kind,
            event_nouns,
            plans,
            effects,
            weekdays,
            tolls,
            rates,
            bounds,
            patients,
            vote_sides,
            claim_times,
            sentence_keys,
        } = self;
        let roles = roles.as_slice();
        // Each claim's kind, read once: every sentence asks it of every
        // claim ("count" or "place"?) and every mention of its claims.
        let kinds: Vec<&'static str> = file.claims.iter().map(|c| c.rule.kind()).collect();
        // The article's names, read only when some claim has a subject.
        let names = link::subject::LazyNames::new(&extraction.words, &extraction.sentences, text);
        let (file, event) = (*file, *event);
        let lines = LineIndex::new(text);
        // Normal forms of ASCII words are spans of this (see `Ctx::lowered`).
        let lower = text.to_ascii_lowercase();
        let mut tagged = vocab.tag(&extraction.words, text);
        for m in &extraction.mentions {
            if let MentionKind::Count {
                noun: Some(noun), ..
            } = &m.kind
            {
                let last = &text[m.span.clone()];
                if last.rsplit(' ').next().is_some_and(|w| w.contains('-')) {
                    if let Some(r) = word_range(&extraction.words, &m.span) {
                        tagged.tag_joined_noun(vocab, r.end - 1, noun);
                    }
                }
            }
        }
        let words = &tagged;
        let sentences = &extraction.sentences;
        let any_phrases = phrases.iter().any(Option::is_some);
        let score_sides = file
            .claims
            .iter()
            .any(|c| matches!(c.rule, Rule::Score { sides: Some(_), .. }));
        // (A claim of one side of a vote: a tally may state it with no cue.)
        let any_vote_side = vote_sides.iter().any(Option::is_some);

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
            // ("-6.4C" opening a line: the sentence starts after the hyphen,
            // which it reads as a bullet, and the figure's sign before it.)
            let si = sentence_of(sentences, m.span.start)
                .or_else(|| sentence_of(sentences, m.span.end.saturating_sub(1)));
            if let Some(si) = si {
                by_sentence[si].push(m);
            }
        }

        let mut out = Vec::new();
        // Tallies the article itself calls interim ("seven deaths had been
        // confirmed, a figure expected to rise"): the same figure for the
        // same claim elsewhere in it, its headline's "seven dead", is the
        // same interim tally.
        let mut interim: Vec<(usize, Value, Range<usize>)> = Vec::new();
        // Counts below a claim's value tied to one place ("four people died
        // in Velde"): one place's share when the article states the total.
        let mut shares: Vec<(usize, Range<usize>, Range<usize>)> = Vec::new();
        // At most MAX_CANDIDATES_PER_CLAIM per claim, the first ones found;
        // counted here so that the rest cost nothing (not even a line/column).
        let mut per_claim = vec![0usize; file.claims.len()];
        let mut push =
            |claim: usize, value: Value, span: Range<usize>, fingerprint: u64, link: Link| {
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
                    link,
                });
            };

        let explaining = trace.is_some();
        let asides = Asides::of(
            extraction,
            words,
            text,
            &lower,
            (&self.foreign, places),
            (event_names, self.file),
        );
        let numbering = item_numbers(text);
        let mut paragraph_time: Option<usize> = None;
        // The last sentence read, and the claims with a not-near word in its
        // opening phrase (see `it_back`).
        let mut prev_subject: (usize, Vec<usize>) = (usize::MAX - 1, Vec::new());
        // A sentence's mentions and decisions, in buffers kept from one
        // sentence to the next.
        let mut mentions: Vec<(&Mention, Range<usize>, &'static str, Value)> = Vec::new();
        let mut decided: Vec<Decided<'_>> = Vec::new();
        // "Cyclone Odrin" in a story of Cyclone Hesper: Odrin is another
        // occasion of the event's kind, wherever the article names it.
        let other_names: BTreeSet<String> = match event_kind {
            Some((kind, name)) => extraction
                .words
                .windows(2)
                .filter(|p| {
                    p[0].norm_lowered(text, &lower) == kind.as_str()
                        && text[p[1].span.clone()].starts_with(|c: char| c.is_uppercase())
                        && !p[1].punct_before
                })
                .map(|p| p[1].norm_lowered(text, &lower).into_owned())
                .filter(|n| n != name)
                .collect(),
            None => BTreeSet::new(),
        };
        // "the last deadly eruption", "the previous theft": a noun of the
        // event's title after a word of another time is another occasion
        // of its kind (word indices, in order).
        // (Only a count claim asks whose a reading or a toll is: a measure
        // read at a place, or a toll at a place none of the file's own.)
        let reads_counts = file.claims.iter().any(|c| c.rule.kind() == "count");
        let mut occasion_nouns =
            other_occasion_nouns(event_nouns, event, words, sentences, text, &lower);
        // "in the Candidates tournament", "the Helsinki summit": an
        // occasion another name gives.
        occasion_nouns.extend(named_occasions(
            extraction,
            sentences,
            text,
            event_names,
            event_nouns,
        ));
        occasion_nouns.sort_unstable();
        occasion_nouns.dedup();
        // A paragraph that opens on that other occasion is about it until a
        // sentence names the event's own.
        let mut paragraph_other: Option<usize> = None;
        // A heading line naming another occasion ("For comparison: Cyclone
        // Odrin (2019)") heads the paragraphs under it, up to the next
        // heading. (A heading's date is often only the byline's.)
        let mut section: Option<usize> = None;
        // A paragraph that opens on another place ("In neighbouring Ostria,
        // a coach crash …") is about it until a sentence names the file's own.
        let mut paragraph_elsewhere: Option<usize> = None;
        // (Read only when the next sentence opens on "It" or "They":
        // "Sealed boxes of the new papers arrived overnight. They were
        // printed in Aldgrave".)
        let next_opens_it = |si: usize| {
            sentences
                .get(si + 1)
                .and_then(|n| words.get(n.words.start))
                .is_some_and(|w| {
                    let s = &text.as_bytes()[w.span.clone()];
                    [&b"it"[..], b"they", b"he", b"she"]
                        .iter()
                        .any(|p| s.eq_ignore_ascii_case(p))
                })
        };
        // The claims with a not-near word in the subject of the sentence
        // `within` (its first words, up to punctuation).
        let subject_not_near = |within: Range<usize>, found: &cue::SentenceCues| -> Vec<usize> {
            // (After a live blog's clock stamp: "08:20 - Sealed boxes …".)
            let open = words
                .get(within.start)
                .and_then(|w| crate::extract::clock_stamp(&text.as_bytes()[w.span.start..]))
                .map_or(within.start, |len| {
                    let end = words[within.start].span.start + len;
                    (within.start..within.end)
                        .find(|&k| words[k].span.start >= end)
                        .unwrap_or(within.start)
                });
            let subject_end = (open + 1..within.end)
                .find(|&k| words[k].punct_before)
                .unwrap_or(within.end)
                .min(open + 6);
            (0..file.claims.len())
                .filter(|&ci| found.not_near[ci].iter().any(|r| r.start < subject_end))
                .collect()
        };
        // Each sentence's cue matches, in lists reused from one to the next.
        let mut found = cue::SentenceCues::default();
        let mut label_found = cue::SentenceCues::default();
        for (si, sentence) in sentences.iter().enumerate() {
            let within = sentence.words.clone();
            let Some(sentence_words) = words.get(within.clone()) else {
                continue;
            };
            // A paragraph's opening, past a short interjection ("Yes. In
            // 2024 Meridane offered $38 a share."): see `paragraph_time`.
            let opens = si == 0
                || sentences[si - 1].paragraph != sentence.paragraph
                || (sentences[si - 1].words.len() <= 2
                    && (si == 1 || sentences[si - 2].paragraph != sentence.paragraph));
            let mut under_section = false;
            // (Read where it can matter: a paragraph's opening, or a
            // sentence with something to judge.)
            let elsewhere = (!sentence_words.is_empty() && (opens || !by_sentence[si].is_empty()))
                .then(|| {
                    elsewhere_opening(
                        sentence_words,
                        text,
                        &lower,
                        event_names,
                        &by_sentence[si],
                        &self.foreign,
                    )
                })
                .flatten()
                .map(|k| within.start + k);
            if opens {
                paragraph_elsewhere = elsewhere;
            } else if paragraph_elsewhere.is_some() && names_own(&by_sentence[si], &self.foreign) {
                paragraph_elsewhere = None;
            }
            if opens {
                // (Read only when the paragraph goes on: it dates what follows.)
                let goes_on = sentences
                    .get(si + 1)
                    .is_some_and(|s| s.paragraph == sentence.paragraph);
                paragraph_time = goes_on
                    .then(|| fronted_time_word(words, within.start, within.end, text, event))
                    .flatten();
                paragraph_other = if other_names.is_empty() {
                    None
                } else {
                    within.clone().take(2).find(|&k| {
                        other_names.contains(&words[k].norm_lowered(text, &lower).into_owned())
                    })
                };
                // A heading is a short line: its end is looked for in its
                // first 80 bytes only. (With `memchr`, which reads them many
                // at a time: a paragraph's opening line, "The talks lasted
                // three hours, …", mostly runs past them.)
                let start = sentence.span.start;
                let line_end =
                    memchr::memchr(b'\n', &text.as_bytes()[start..(start + 80).min(text.len())])
                        .map_or(text.len(), |e| start + e);
                let line = text[start..line_end].trim_end();
                let heading = si > 0
                    && line_end - start < 80
                    && !line.ends_with(['.', '!', '?', '"', '\u{201d}', ':', ';']);
                if heading && !other_names.is_empty() {
                    let in_line =
                        (within.start..words.len()).take_while(|&k| words[k].span.end <= line_end);
                    section = in_line.clone().find(|&k| {
                        other_names.contains(&words[k].norm_lowered(text, &lower).into_owned())
                    });
                } else if paragraph_other.is_none() {
                    paragraph_other = section;
                    under_section = section.is_some();
                }
            } else if event_kind.as_ref().is_some_and(|(_, name)| {
                within
                    .clone()
                    .any(|k| words[k].norm_lowered(text, &lower) == name.as_str())
            }) {
                paragraph_other = None;
            }
            if sentence_words.is_empty() || (by_sentence[si].is_empty() && !any_phrases) {
                // (A sentence with nothing to judge may still hold the
                // subject an "It" or "They" after it goes on about.)
                if !sentence_words.is_empty() && next_opens_it(si) {
                    index.scan_into(words, within.clone(), file.claims.len(), &mut found);
                    prev_subject = (si, subject_not_near(within.clone(), &found));
                }
                continue;
            }
            // A correction notice's paragraph, or a roundup item about
            // another story: nothing in it states this event's facts.
            // (A correction notice's first sentence names what was wrong;
            // the sentences after it may give the facts: "It was 61,412.")
            if let Some(fate) = asides.get(sentence.paragraph).filter(|f| {
                !matches!(f, Fate::Correction)
                    || opens
                    || notice_retells(sentence_words, text, &lower)
            }) {
                note_all(&mut trace, &by_sentence[si], si, fate);
                continue;
            }
            // "A news brief said the agreement was signed by Carl Ostby",
            // "An earlier version of this story said …": what a piece of
            // the paper's own said, which a correction names as wrong.
            let reported = reports_own_piece(sentence_words, text, &lower);
            if reported {
                note_all(&mut trace, &by_sentence[si], si, Fate::Correction);
                continue;
            }
            // A caption of a file photo ("Photo 10: File photo, 2019:
            // firefighters at …") shows another time.
            let file_photo = sentence_words.iter().take(6).enumerate().find(|(j, w)| {
                w.span.len() == 4
                    && text.as_bytes()[w.span.start] | 0x20 == b'f'
                    && text[w.span.clone()].eq_ignore_ascii_case("file")
                    && sentence_words.get(j + 1).is_some_and(|n| {
                        let n = &text[n.span.clone()];
                        ["photo", "picture", "image", "photograph"]
                            .iter()
                            .any(|p| n.eq_ignore_ascii_case(p))
                    })
            });
            if let Some((_, w)) = file_photo {
                let word = w.span.clone();
                note_all(
                    &mut trace,
                    &by_sentence[si],
                    si,
                    Fate::OtherOccasion { word },
                );
                continue;
            }
            // A sentence that opens on another place, none of the file's
            // ("In neighbouring Lothria, the central bank raised …"), and
            // names none of its entities, is about that place.
            if let Some(k) = elsewhere.or(paragraph_elsewhere) {
                let word = words[k].span.clone();
                note_all(&mut trace, &by_sentence[si], si, Fate::OtherPlace { word });
                continue;
            }
            if let Some(k) = paragraph_other.filter(|_| !opens || under_section) {
                let word = words[k].span.clone();
                note_all(
                    &mut trace,
                    &by_sentence[si],
                    si,
                    Fate::OtherOccasion { word },
                );
                continue;
            }
            // A paragraph that opens on another time ("In 2022, National
            // Union won 72 seats … Turnout was 61.9 percent.") is about that
            // time until a sentence names a time of its own.
            if let Some(k) = paragraph_time.filter(|_| !opens) {
                let own_time = by_sentence[si].iter().any(|m| match &m.kind {
                    MentionKind::Date(d) => {
                        !d.date.is_some_and(|date| event.other_year(date.year()))
                    }
                    MentionKind::Year { years, .. } => (years.lo as i32
                        ..=years.hi.unwrap_or(years.lo) as i32)
                        .take(200)
                        .any(|y| !event.other_year(y)),
                    _ => false,
                }) || sentence_words.iter().any(|w| {
                    matches!(
                        w.norm(text).as_ref(),
                        "now" | "today" | "this" | "yesterday"
                    )
                });
                if !own_time {
                    let word = words[k].span.clone();
                    note_all(&mut trace, &by_sentence[si], si, Fate::Dated { word });
                    continue;
                }
            }
            // A fact box: a figure alone on its line, and what it counts on
            // the next ("84 hours" / "How long the strike lasted, …").
            if let Some((m, ci, value, cue)) = fact_box(
                file,
                index,
                &mut label_found,
                &Scope {
                    words,
                    text,
                    sentences,
                    si,
                    event,
                },
                &by_sentence[si],
            )
            .filter(|(m, ..)| !numbering.contains(&m.span.start))
            {
                if let Some(t) = trace.as_deref_mut() {
                    t.push(Explained::new(
                        m,
                        si,
                        Fate::Attributed {
                            claim: ci,
                            link: Link::Linked,
                            frame: Some("fact box"),
                            cue: Some(words[cue.start].span.start..words[cue.end - 1].span.end),
                        },
                    ));
                }
                let key = if *sentence_keys {
                    fingerprint(sentence_words, text)
                } else {
                    0
                };
                push(ci, value, m.span.clone(), key, Link::Linked);
                continue;
            }
            // No cue word, no active claim: nothing here is attributed (but
            // a score between a claim's two sides: see `decide`).
            let sides_score = (score_sides
                && by_sentence[si]
                    .iter()
                    .any(|m| matches!(m.kind, MentionKind::Score { .. })))
                || (any_vote_side
                    && by_sentence[si]
                        .iter()
                        .any(|m| matches!(m.kind, MentionKind::Count { .. })));
            if !sides_score && !words.any_hit(within.clone()) {
                // (Its sentence is read only for a mention that agrees with
                // a claim: see `by_value`.)
                let mut ctx = None;
                for m in &by_sentence[si] {
                    let at = word_range(words, &m.span);
                    let quoted = inside(&quote_spans, &m.span)
                        || at
                            .clone()
                            .is_some_and(|at| words[at].iter().any(|w| w.quoted));
                    let confirms = at
                        .filter(|_| !quoted && !numbering.contains(&m.span.start))
                        .filter(|_| !in_year(&by_sentence[si], m))
                        .and_then(|at| {
                            let scope = (file, words.as_ref(), text, within.end, event);
                            confirm_by_value(scope, m, &at, &plain_value(m, places)?, || {
                                &*ctx.get_or_insert_with(|| {
                                    link::Ctx::lowered(words, text, &lower, within.clone())
                                })
                            })
                        });
                    let claim = confirms.as_ref().map(|(ci, _)| *ci);
                    if let Some((ci, v)) = confirms {
                        let key = if *sentence_keys {
                            fingerprint(sentence_words, text)
                        } else {
                            0
                        };
                        push(ci, v, m.span.clone(), key, Link::ByValue);
                    }
                    if let Some(t) = trace.as_deref_mut() {
                        let fate = match claim {
                            Some(claim) => Fate::by_value(claim),
                            None if quoted => Fate::Quoted,
                            None => Fate::NoCue,
                        };
                        t.push(Explained::new(m, si, fate));
                    }
                }
                continue;
            }
            // Most sentences give no candidate: hash one only when it does.
            let fp_cell = OnceCell::new();
            let fp = || {
                let hash = || fingerprint(sentence_words, text);
                if *sentence_keys {
                    *fp_cell.get_or_init(hash)
                } else {
                    0
                }
            };
            index.scan_into(words, within.clone(), file.claims.len(), &mut found);
            let found = &found;
            // "Brandvold's semifinal finished at 00:38. It lasted four hours
            // and 41 minutes.": a sentence opening on "It" goes on about the
            // last one's subject, and a not-near word there holds here.
            let it_back = if prev_subject.0 + 1 == si {
                std::mem::take(&mut prev_subject.1)
            } else {
                Vec::new()
            };
            if next_opens_it(si) {
                prev_subject = (si, subject_not_near(within.clone(), found));
            }
            // "in ten years", "ten years ago": the duration inside a relative year
            // is time elapsed since something, never how long this event lasted.
            let year_spans: Vec<&Range<usize>> = by_sentence[si]
                .iter()
                .filter(|m| matches!(m.kind, MentionKind::Year { .. }))
                .map(|m| &m.span)
                .collect();
            let ctx_cell = OnceCell::new();
            let ctx = || {
                ctx_cell.get_or_init(|| {
                    link::Ctx::lowered(words, text, &lower, within.clone())
                        .with_cues(found.near.iter().flatten())
                })
            };
            // The claim a mention no cue ties to confirms by its value, if
            // any (see `agreeing_claim`), and that value.
            let by_value = |m: &Mention, at: &Range<usize>, value: &Value| {
                let scope = (file, words.as_ref(), text, within.end, event);
                confirm_by_value(scope, m, at, value, ctx)
            };
            // How many unquoted mentions of each kind the sentence holds (rule 2c).
            let mut of_kind = KindCounts::default();
            mentions.clear();
            for m in &by_sentence[si] {
                let Some(at) = word_range_in(words, &within, &m.span) else {
                    continue;
                };
                let mut note = |fate: Fate| {
                    if let Some(t) = trace.as_deref_mut() {
                        t.push(Explained::new(m, si, fate));
                    }
                };
                if !numbering.is_empty() && numbering.contains(&m.span.start) {
                    note(Fate::ItemNumber);
                    continue;
                }
                if words[at.clone()].iter().any(|w| w.quoted) || inside(&quote_spans, &m.span) {
                    note(Fate::Quoted);
                    continue;
                }
                let (kind, value) = match &m.kind {
                    MentionKind::Duration(_)
                        if year_spans
                            .iter()
                            .any(|y| y.start <= m.span.start && m.span.end <= y.end) =>
                    {
                        note(Fate::RelativeYear);
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
                    // One lookup per map: names are most mentions.
                    MentionKind::Entity { id: Some(id), .. } => {
                        if let Some(place) = places.get(&**id) {
                            ("place", Value::Place(place.clone()))
                        } else if let Some(person) = people.get(&**id) {
                            ("people", Value::Person(person.clone()))
                        } else {
                            continue;
                        }
                    }
                    _ => continue,
                };
                // No claim of its kind has a cue here: it goes nowhere, and
                // the sentence's clauses need not be read for it.
                let mut of_this_kind = kinds
                    .iter()
                    .zip(&found.near)
                    .filter(|(k, _)| **k == kind)
                    .peekable();
                if of_this_kind.peek().is_none() {
                    note(Fate::NoClaim);
                    continue;
                }
                // (A score may still name the claim's sides: see `decide`.)
                // (A tally's sides need no cue: see `decide_any`.)
                if kind != "score"
                    && of_this_kind.all(|(_, near)| near.is_empty())
                    && !(kind == "count" && tally_side(ctx(), &at).is_some())
                {
                    // (`explain` still names a dateline for what it is.)
                    let dateline = explaining
                        && matches!(kind, "date" | "place")
                        && link::date::is_dateline(ctx(), &at);
                    let confirms = (!in_year(&by_sentence[si], m))
                        .then(|| by_value(m, &at, &value))
                        .flatten();
                    if let Some((ci, v)) = confirms {
                        note(Fate::by_value(ci));
                        push(ci, v, m.span.clone(), fp(), Link::ByValue);
                        continue;
                    }
                    note(if dateline {
                        Fate::Dateline
                    } else {
                        Fate::NoCue
                    });
                    continue;
                }
                // A dateline's date and place say when and where the report
                // was filed: not the event's, and no rival for the sentence.
                if matches!(kind, "date" | "place") && link::date::is_dateline(ctx(), &at) {
                    note(Fate::Dateline);
                    continue;
                }
                of_kind.add(kind);
                mentions.push((m, at, kind, value));
            }
            // Claims share cue words: decide rule 7 once per cue position
            // (and read the sentence's opening once for its cues past it).
            let mut other_time: Vec<(usize, bool)> = Vec::new();
            let mut fronted = None;
            let mut is_other =
                |cue: &Range<usize>| match other_time.iter().find(|(at, _)| *at == cue.start) {
                    Some(&(_, other)) => other,
                    None => {
                        let other =
                            other_time_near(words, within.clone(), cue, text, event, &mut fronted);
                        other_time.push((cue.start, other));
                        other
                    }
                };
            // ("three films shown out of competition": not in it.)
            // (Compared as written: asked before every cue, whose word
            // before is often capitalised, "Out of"; a normal form would
            // be a copy.)
            let out_of = |r: &Range<usize>| {
                r.start >= within.start + 2
                    && words[r.start - 1].is_any(text, &["of"])
                    && words[r.start - 2].is_any(text, &["out"])
            };
            let active: Vec<Vec<Range<usize>>> = file
                .claims
                .iter()
                .zip(&found.near)
                .enumerate()
                .map(|(ci, (claim, near))| {
                    // Rule 7 is read only for a claim that a mention here
                    // could go to; statements take their cues as found.
                    // (Asked before the cues are copied: most sentences hold
                    // no mention of most claims' kinds, "The talks began at
                    // 11am" none of a place's.)
                    let kind = kinds[ci];
                    if kind != "statement" && of_kind.get(kind) == 0 {
                        return Vec::new();
                    }
                    let mut near = near.clone();
                    if near.iter().any(out_of) {
                        near.retain(|r| !out_of(r));
                    }
                    // A statement's `not-near` holds for its whole sentence;
                    // a mention's, only where it is tied to the mention.
                    let excluded = kind == "statement" && found.excluded(ci);
                    if let Some(own) = claim_times[ci] {
                        let mut is_other_for_claim = |cue: &Range<usize>| {
                            other_time_around(words, within.clone(), cue, text, own)
                        };
                        return active_cues(claim, near, excluded, &mut is_other_for_claim);
                    }
                    active_cues(claim, near, excluded, &mut is_other)
                })
                .collect();

            // Counts and scores: a time phrase after one is that figure's.
            let mention_words: Vec<Range<usize>> = mentions
                .iter()
                .filter(|(_, _, kind, _)| matches!(*kind, "count" | "score"))
                .map(|(_, at, _, _)| at.clone())
                .collect();
            // Places that are none of the file's own, by first word: a
            // reading in the clause one of them opens is that place's.
            let rival_places: Vec<usize> = if reads_counts {
                by_sentence[si]
                    .iter()
                    .filter(|m| {
                        matches!(&m.kind, MentionKind::Entity { id: Some(id), .. }
                            if self.foreign.contains(&**id) && places.contains_key(&**id))
                    })
                    .filter_map(|m| word_range(words, &m.span).map(|r| r.start))
                    .collect()
            } else {
                Vec::new()
            };
            let mut others: Vec<usize> = if other_names.is_empty() {
                Vec::new()
            } else {
                within
                    .clone()
                    .filter(|&k| {
                        text[words[k].span.clone()].starts_with(|c: char| c.is_uppercase())
                            && other_names
                                .contains(&words[k].norm_lowered(text, &lower).into_owned())
                    })
                    .collect()
            };
            // "the last deadly eruption", "the previous theft": another
            // occasion of the event's kind (found once per article).
            let from = occasion_nouns.partition_point(|&k| k < within.start);
            others.extend(
                occasion_nouns[from..]
                    .iter()
                    .take_while(|&&k| k < within.end),
            );
            decided.clear();
            // Clauses where a mention is of another time (rule 7).
            let mut dated: Vec<u32> = Vec::new();
            for (m, at, kind, value) in mentions.drain(..) {
                let decision = decide(
                    &Scene {
                        file,
                        kinds: &kinds,
                        ctx: ctx(),
                        words,
                        found,
                        active: &active,
                        roles,
                        sole: of_kind.get(kind) == 1,
                        mentions: &mention_words,
                        subjects,
                        names: &names,
                        event,
                        plans,
                        effects,
                        weekdays,
                        rates,
                        bounds,
                        patients,
                        others: &others,
                        it_back: &it_back,
                        rival_places: &rival_places,
                        event_names,
                        modal: std::cell::OnceCell::new(),
                    },
                    m,
                    &at,
                    kind,
                    &value,
                );
                match decision {
                    Ok((claim, link, frame, cue)) => {
                        let value = count::in_claim_unit(&file.claims[claim].rule, &m.kind, value);
                        let value = as_bound(bounds[claim], &m.kind, value);
                        let value = passed(ctx(), &at, &m.kind, value);
                        let value = calendar_days(ctx(), &at, &m.kind, value);
                        if kind == "count" && below_claim(&file.claims[claim], &value) {
                            if let Some(k) = link::count::local_share(ctx(), &at) {
                                shares.push((claim, m.span.clone(), words[k].span.clone()));
                            }
                        }
                        let c = ctx();
                        let now = (at.start.saturating_sub(3).max(c.sentence.start)..at.start)
                            .any(|k| c.is(k, &["now"]));
                        decided.push(Decided {
                            mention: m,
                            clause: c.occasion_clause(at.start),
                            claim,
                            link,
                            frame,
                            cue,
                            value,
                            now,
                        });
                    }
                    Err(fate) => {
                        // (A result of another match: "beating Castlebrook 1-0
                        // at Pellham" is all that match's.)
                        // (So is a clause about another place's thing: "the
                        // Marrow Junction derailment in April 2019".)
                        if matches!(
                            fate,
                            Fate::OtherTime { .. }
                                | Fate::Dated { .. }
                                | Fate::OtherYear
                                | Fate::Owner { .. }
                        ) || (kind == "score" && matches!(fate, Fate::OtherSubject { .. }))
                        {
                            dated.push(ctx().occasion_clause(at.start));
                        }
                        if let Fate::Interim { claim, ref word } = fate {
                            let rule = &file.claims[claim].rule;
                            let v = count::in_claim_unit(rule, &m.kind, value.clone());
                            interim.push((claim, v, word.clone()));
                        }
                        // (With a cue in the sentence that nothing ties it
                        // to, it may still confirm a claim by its value.)
                        let confirms = fate.unlinked().then(|| by_value(m, &at, &value)).flatten();
                        let claim = confirms.as_ref().map(|(ci, _)| *ci);
                        if let Some((ci, v)) = confirms {
                            push(ci, v, m.span.clone(), fp(), Link::ByValue);
                        }
                        if let Some(t) = trace.as_deref_mut() {
                            let fate = claim.map_or(fate, Fate::by_value);
                            t.push(Explained::new(m, si, fate));
                        }
                    }
                }
            }
            let elsewhere = another_occasion(file, &decided, &dated);
            let restated = restated(&decided, text);
            let mut outranked = outranked(&decided, &elsewhere);
            outranked.retain(|i| !restated.iter().any(|(_, by, _)| by == i));
            // The clauses whose figures contradict two claims and agree with
            // none, for the statements below. (Not those dated another
            // month: a plea in June is of the October sentencing's case.)
            let other_clauses: Vec<_> = elsewhere.iter().map(|&i| decided[i].clause).collect();
            for (i, d) in decided.drain(..).enumerate() {
                if let Some(t) = trace.as_deref_mut() {
                    let fate = if elsewhere.contains(&i) {
                        Fate::AnotherOccasion
                    } else if let Some((_, _, by)) = restated.iter().find(|(r, _, _)| *r == i) {
                        Fate::Restated {
                            claim: d.claim,
                            by: by.clone(),
                        }
                    } else if outranked.contains(&i) {
                        Fate::Outranked { claim: d.claim }
                    } else {
                        Fate::Attributed {
                            claim: d.claim,
                            link: d.link,
                            frame: d.frame,
                            cue: d
                                .cue
                                .map(|c| words[c.start].span.start..words[c.end - 1].span.end),
                        }
                    };
                    t.push(Explained::new(d.mention, si, fate));
                }
                if !elsewhere.contains(&i)
                    && !outranked.contains(&i)
                    && !restated.iter().any(|(r, _, _)| *r == i)
                {
                    push(d.claim, d.value, d.mention.span.clone(), fp(), d.link);
                }
            }

            for (ci, p) in phrases.iter().enumerate() {
                let Some(p) = p else { continue };
                if active[ci].is_empty() {
                    continue;
                }
                for (polarity, range) in p.matches(words, within.clone()) {
                    // A phrase of another occasion ("In 2023 Arvena recalled
                    // 88,000 Corvo hatchbacks") says nothing of this one.
                    // (A denial is read with another year anywhere in its
                    // clause or the one it hangs on: "the last big recall,
                    // in 2023, covered 88,000 Corvo hatchbacks". A month is
                    // not enough: a conviction in June is of the October
                    // sentencing's case.)
                    let other_year = || {
                        let year = |k: usize| {
                            words[k].span.len() == 4
                                && text.as_bytes()[words[k].span.start].is_ascii_digit()
                                && dated_other(&words[k], text, event)
                        };
                        // (The clauses are read only when there is one.)
                        if !(within.start..within.end).any(year) {
                            return false;
                        }
                        let c = ctx();
                        (within.start..within.end).any(|k| {
                            year(k)
                                && (c.same_clause(k, range.start)
                                    || c.occasion_clause(k) == c.occasion_clause(range.start))
                        })
                    };
                    // (Nor does one in a clause whose figures are another
                    // occasion's: "The health board on Monday rejected a
                    // plan …, 6-3".)
                    let other_occasion = || {
                        !other_clauses.is_empty()
                            && other_clauses.contains(&ctx().occasion_clause(range.start))
                    };
                    // ("Social media is full of claims that hackers were
                    // behind this": what others say, not what the piece says.)
                    let hearsay = || {
                        (range.start.saturating_sub(4).max(within.start + 1)..range.start).any(
                            |k| {
                                words[k].norm(text) == "that"
                                    && words[k - 1].is_any(
                                        text,
                                        &[
                                            "claims",
                                            "claim",
                                            "rumours",
                                            "rumors",
                                            "rumour",
                                            "rumor",
                                            "speculation",
                                            "suggestions",
                                            "allegations",
                                            "theories",
                                            "theory",
                                        ],
                                    )
                            },
                        )
                    };
                    // ("Halbrook said every passenger would receive a full
                    // refund", "the letter promises …": a commitment made is
                    // what it states, not what may be.)
                    // (Not one on a condition: "said the strike would go
                    // ahead unless …".)
                    let on_condition = || {
                        (range.end..within.end.min(range.end + 8))
                            .any(|j| words[j].is_any(text, &["unless", "if"]))
                    };
                    let promised = |k: usize| {
                        !on_condition()
                            && (within.start..k).any(|j| {
                                words[j].is_any(
                                    text,
                                    &[
                                        "said",
                                        "says",
                                        "promised",
                                        "promises",
                                        "pledged",
                                        "pledges",
                                        "confirmed",
                                        "confirms",
                                        "announced",
                                        "announces",
                                    ],
                                )
                            })
                    };
                    // ("The board can approve, refuse or defer the decision",
                    // "If the board approves", "moves that the decision be
                    // deferred": what may be, not what was.)
                    let open = || {
                        (range.start.saturating_sub(6).max(within.start)..range.start)
                            .rev()
                            .take_while(|&k| {
                                !text[words[k].span.end..words[range.start].span.start]
                                    .contains([';', ':'])
                            })
                            .any(|k| {
                                words[k].is_any(
                                    text,
                                    &[
                                        "can", "could", "may", "might", "should", "if", "whether",
                                        "unless", "moves", "moved",
                                    ],
                                ) || (words[k].is_any(text, &["will", "would"]) && !promised(k))
                            })
                    };
                    if fronted_time(words, within.start, range.start, text, event)
                        || (!polarity && other_year())
                        || other_occasion()
                        || hearsay()
                        || open()
                    {
                        continue;
                    }
                    const NEGATIONS: &[&str] = &[
                        "not",
                        "n't",
                        "no",
                        "never",
                        "neither",
                        "nor",
                        "unaffected",
                        "excluded",
                        "except",
                    ];
                    let any_negation = || {
                        (within.start..within.end)
                            .any(|k| !range.contains(&k) && words[k].is_any(text, NEGATIONS))
                    };
                    // ("0 - radioactive releases": a list line counting none
                    // of what the denial names.)
                    let zero_label = !polarity
                        && range.start > within.start
                        && range.start <= within.start + 2
                        && words[within.start].is_any(text, &["0", "zero", "nil", "none"]);
                    if zero_label {
                        continue;
                    }
                    if !polarity && any_negation() {
                        // "The Corvo … and the Tarn van are not part of the
                        // recall": a denial in a negated clause is none.
                        let c = ctx();
                        // (Its clause's, or a sentence's "not part of", "not
                        // affected": "The Corvo …, and the Tarn van are not part
                        // of the recall".)
                        let excluding = |k: usize| {
                            k > range.end
                                && c.is(
                                    k + 1,
                                    &[
                                        "part", "affected", "included", "covered", "involved",
                                        "among",
                                    ],
                                )
                        };
                        let negated = (within.start..within.end).any(|k| {
                            !range.contains(&k)
                                && (c.same_clause(k, range.start) || excluding(k))
                                && c.is(k, NEGATIONS)
                        });
                        // (A denial denied is set aside, not read as an
                        // affirmation.)
                        if negated {
                            continue;
                        }
                    }
                    let span = words[range.start].span.start..words[range.end - 1].span.end;
                    push(ci, Value::Statement(polarity), span, fp(), Link::Linked);
                }
            }
        }

        for m in &extraction.mentions {
            let MentionKind::Quote {
                inner,
                speaker,
                continued,
                ..
            } = &m.kind
            else {
                continue;
            };
            let Some(speaker) = speaker else { continue };
            let fp_cell = OnceCell::new();
            let fp = || {
                let hash = || {
                    sentence_of(sentences, m.span.start)
                        .and_then(|si| sentences.get(si))
                        .and_then(|s| words.get(s.words.clone()))
                        .map(|w| fingerprint(w, text))
                        .unwrap_or_default()
                };
                if *sentence_keys {
                    *fp_cell.get_or_init(hash)
                } else {
                    0
                }
            };
            // Every claim of this speaker, and the claims of others whose
            // words the passage quotes (misattribution, SPEC rule 8).
            let near = |ci: usize| cues[ci].near.as_slice();
            let passage = words_in(words, inner);
            // ("It attributed to Valdari the remark that …": a correction
            // notice retelling what it got wrong contradicts nothing.)
            let retold = OnceCell::new();
            let retold = || {
                *retold.get_or_init(|| {
                    sentence_of(sentences, m.span.start)
                        .and_then(|si| sentences.get(si))
                        .is_some_and(|s| {
                            link::Ctx::correction_at(words, text, &lower, s.words.clone())
                        })
                })
            };
            for (ci, value, range) in
                quotes.matches(words, &lower, passage, speaker, *continued, near)
            {
                let value = Value::Quote(Arc::new(value));
                // (It confirms a quote it gives right: "The quotation from
                // Valcourt … was correctly attributed".)
                if retold() && super::judge::agrees(&file.claims[ci], &value) != Some(true) {
                    continue;
                }
                let span = match range {
                    Some(r) => words[r.start].span.start..words[r.end - 1].span.end,
                    None => m.span.clone(),
                };
                push(ci, value, span, fp(), Link::Linked);
            }
        }
        if !shares.is_empty() {
            let totals: Vec<usize> = out
                .iter()
                .filter(|c| super::judge::agrees(&file.claims[c.claim], &c.value) == Some(true))
                .map(|c| c.claim)
                .collect();
            shares.retain(|(claim, _, _)| totals.contains(claim));
            set_aside(&mut out, trace.as_deref_mut(), &shares, |claim, word| {
                Fate::Share { claim, word }
            });
        }
        if !interim.is_empty() {
            let held = |claim: usize, value: &Value| {
                interim
                    .iter()
                    .find(|(c, v, _)| *c == claim && v == value)
                    .map(|(_, _, word)| word.clone())
            };
            out.retain(|c| held(c.claim, &c.value).is_none());
            if let Some(t) = trace.as_deref_mut() {
                for e in t.iter_mut() {
                    let Fate::Attributed { claim, .. } = e.fate else {
                        continue;
                    };
                    let MentionKind::Count { quantity, .. } = &e.mention.kind else {
                        continue;
                    };
                    let rule = &file.claims[claim].rule;
                    let v = Value::Interval(quantity.interval);
                    let v = count::in_claim_unit(rule, &e.mention.kind, v);
                    if let Some(word) = held(claim, &v) {
                        e.fate = Fate::Interim { word, claim };
                    }
                }
            }
        }
        // A mention that only shares a sentence with a cue (rule 2c) and
        // differs from the claim yields to a mention the article ties to
        // the claim by a link and that agrees with it: the weak reading of
        // "a week" in a sentence about something else is not the article
        // contradicting its own "23-day strike". So does a linked mention
        // in the body of one of a single fact (a count, a length of time,
        // a day, a score): once the body has told its reader "143 people
        // were on board", its "the 120 passengers", "12 dead in 1987" or
        // "a 48-hour strike" on the railways are about something else.
        // What the headline or standfirst says still contradicts the body
        // (the "12-hour talks" over "roughly three hours"): they are
        // written apart from it, and that is where such slips are made.
        let confirmed: Vec<(usize, Range<usize>)> = out
            .iter()
            .filter(|c| c.link == Link::Linked)
            .filter(|c| super::judge::agrees(&file.claims[c.claim], &c.value) == Some(true))
            .map(|c| (c.claim, c.span.clone()))
            .collect();
        if !confirmed.is_empty() {
            let display = display_lines(text);
            let (mut weak, mut told) = (Vec::new(), Vec::new());
            for c in &out {
                if super::judge::agrees(&file.claims[c.claim], &c.value) != Some(false) {
                    continue;
                }
                let Some((_, by)) = confirmed.iter().find(|(claim, _)| *claim == c.claim) else {
                    continue;
                };
                let aside = (c.claim, c.span.clone(), by.clone());
                if c.link == Link::Sentence {
                    weak.push(aside);
                } else if is_single(&file.claims[c.claim])
                    && c.span.start >= display
                    // (One who held the office is named in a sentence of
                    // their own: "convicted alongside Brandt and Rahn"
                    // names two co-defendants, one too many.)
                    && (!matches!(file.claims[c.claim].rule, Rule::People { .. })
                        || confirmed.iter().any(|(claim, by)| {
                            *claim == c.claim
                                && sentence_of(&extraction.sentences, by.start)
                                    != sentence_of(&extraction.sentences, c.span.start)
                        }))
                    // "Sunday, August 15" is one day, written twice.
                    && !confirmed
                        .iter()
                        .any(|(claim, by)| *claim == c.claim && beside(text, &c.span, by))
                {
                    told.push(aside);
                }
            }
            if !weak.is_empty() {
                set_aside(&mut out, trace.as_deref_mut(), &weak, |claim, word| {
                    Fate::Outweighed { claim, word }
                });
            }
            if !told.is_empty() {
                set_aside(&mut out, trace.as_deref_mut(), &told, |claim, word| {
                    Fate::Told { claim, word }
                });
            }
        }
        // (A live blog's date is the day its coverage began, the night
        // before the deal, say: it follows the event as it happens.)
        let entries = live_blog_entries(text);
        let live_blog = entries.len() >= LIVE_BLOG_ENTRIES;
        // A report filed on the day itself gives the toll as it then stood:
        // "at least 23 dead" on the day of a dam failure that killed 41 is
        // a tally on the way, not a wrong toll. (One above the final toll
        // is still wrong.)
        // So does a live blog's entry, whatever its date ("11:40 Hospitals
        // have admitted about 1,100 people").
        let dated = file
            .date
            .and_then(|event| Some((published(extraction, text, event)?, event)));
        let filed = dated
            .clone()
            .filter(|((_, day), event)| day == event)
            .map(|((span, _), _)| span);
        let entry_stamp = |at: usize| {
            let e = entries[entries.partition_point(|&e| e <= at).checked_sub(1)?];
            let len = crate::extract::clock_stamp(&text.as_bytes()[e..])?;
            Some(e..e + len)
        };
        if filed.is_some() || live_blog {
            let aside: Vec<(usize, Range<usize>, Range<usize>)> = out
                .iter()
                .filter(|c| tolls[c.claim] && below(&file.claims[c.claim], &c.value))
                .filter_map(|c| {
                    let word = if live_blog {
                        entry_stamp(c.span.start)?
                    } else {
                        filed.clone()?
                    };
                    Some((c.claim, c.span.clone(), word))
                })
                .collect();
            if !aside.is_empty() {
                set_aside(&mut out, trace.as_deref_mut(), &aside, |claim, word| {
                    Fate::Interim { claim, word }
                });
            }
        }
        // An article dated before the event ("Published Monday, 9 March
        // 2026" over a story of Thursday's talks) cannot tell what happened:
        // a figure, day, place or name in it that differs from a claim is a
        // forecast, a plan or the state before. It confirms, never
        // contradicts.
        let preview = dated
            .filter(|((_, day), event)| day < event)
            .map(|((span, _), _)| span);
        if let Some(dated) = preview.filter(|_| !live_blog) {
            let aside: Vec<(usize, Range<usize>, Range<usize>)> = out
                .iter()
                .filter(|c| !matches!(c.value, Value::Quote(_) | Value::Statement(_)))
                .filter(|c| !is_size(&file.claims[c.claim]))
                .filter(|c| super::judge::agrees(&file.claims[c.claim], &c.value) == Some(false))
                .map(|c| (c.claim, c.span.clone(), dated.clone()))
                .collect();
            if !aside.is_empty() {
                set_aside(&mut out, trace.as_deref_mut(), &aside, |claim, word| {
                    Fate::Preview { claim, word }
                });
            }
            // (Nor does a value no cue ties to a claim confirm it there:
            // "Kick-off is at 3 p.m. on Saturday" is the plan.)
            let unlinked: Vec<(usize, Range<usize>, Range<usize>)> = out
                .iter()
                .filter(|c| c.link == Link::ByValue)
                .map(|c| (c.claim, c.span.clone(), dated.clone()))
                .collect();
            if !unlinked.is_empty() {
                set_aside(&mut out, trace.as_deref_mut(), &unlinked, |_, word| {
                    Fate::BeforeEvent { word }
                });
            }
        }
        // A live blog updates its figures entry by entry: a tally or length
        // that a later entry gives differently for the same claim is one on
        // the way ("11:30 Police confirm two workers have died", "14:10 The
        // toll rises to four").
        if live_blog {
            // (Entries in the order they were written: a blog that puts its
            // newest entry on top has its clock stamps falling down the page.)
            let newest_first = newest_first(text, &entries);
            let entry = |at: usize| {
                let k = entries.partition_point(|&e| e <= at);
                if newest_first {
                    entries.len() + 1 - k
                } else {
                    k
                }
            };
            // (Tallies, shares and lengths: a measure read later, a level
            // or a temperature, is no update of the one before; "peaked at
            // 8.74 metres" stands.)
            let updates = |c: &Candidate| {
                matches!(c.value, Value::Interval(_)) && measured(&file.claims[c.claim]).is_none()
            };
            let later = |claim: usize, span: &Range<usize>, value: &Value| {
                out.iter()
                    .find(|o| {
                        o.claim == claim
                            && updates(o)
                            && entry(o.span.start) > entry(span.start)
                            && o.value != *value
                    })
                    .map(|o| o.span.clone())
            };
            let superseded: Vec<(usize, Range<usize>, Range<usize>)> = out
                .iter()
                .filter(|c| updates(c))
                .filter_map(|c| Some((c.claim, c.span.clone(), later(c.claim, &c.span, &c.value)?)))
                .collect();
            if !superseded.is_empty() {
                set_aside(&mut out, trace, &superseded, |claim, word| Fate::Interim {
                    word,
                    claim,
                });
            }
        }
        out
    }
}

/// Removes the candidates `aside` lists, each (claim, span, the word that
/// sets it aside), read at document level, and when explaining gives their
/// mentions the `fate` that says why.
fn set_aside(
    out: &mut Vec<Candidate>,
    trace: Option<&mut Vec<Explained>>,
    aside: &[(usize, Range<usize>, Range<usize>)],
    fate: impl Fn(usize, Range<usize>) -> Fate,
) {
    let word = |claim: usize, span: &Range<usize>| {
        aside
            .iter()
            .find(|(c, s, _)| *c == claim && s == span)
            .map(|(_, _, word)| word.clone())
    };
    out.retain(|c| word(c.claim, &c.span).is_none());
    if let Some(t) = trace {
        for e in t.iter_mut() {
            if let Fate::Attributed { claim, .. } = e.fate {
                if let Some(w) = word(claim, &e.mention.span) {
                    e.fate = fate(claim, w);
                }
            }
        }
    }
}

/// The span and day of the date an article says it is published on: a
/// date with its month and day in the article's first six lines, on a short
/// line of its own or opening its line (a byline's "Published Monday, 9
/// March 2026", "Markets | Tuesday 20 October 2026", a dateline's
/// "CASTLEMERE, Tuesday 11 May 2027 -"). A year left out is the event's.
/// Before the event, the article is a preview; on its day, its tolls are
/// as they then stood.
fn published(
    extraction: &Extraction,
    text: &str,
    event: chrono::NaiveDate,
) -> Option<(Range<usize>, chrono::NaiveDate)> {
    let header_end = memchr::memchr_iter(b'\n', text.as_bytes())
        .filter(|&i| i + 1 < text.len() && text.as_bytes()[i + 1] != b'\n')
        .nth(5)
        .unwrap_or(text.len());
    let m = extraction
        .mentions
        .iter()
        .take_while(|m| m.span.start < header_end)
        .find(
            |m| matches!(&m.kind, MentionKind::Date(d) if d.month.is_some() && d.day.is_some()),
        )?;
    let MentionKind::Date(d) = &m.kind else {
        return None;
    };
    let line_start = text[..m.span.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[m.span.end..]
        .find('\n')
        .map_or(text.len(), |i| m.span.end + i);
    // A line of its own (a few words besides the date, none a preposition
    // right before it: "from … on Monday 2 March" is a span's), or a
    // dateline's date with its dash or agency after it.
    let line = &text[line_start..line_end];
    let before = text[line_start..m.span.start].trim_end();
    let last_before = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    let own_line = line.split_whitespace().count() <= 12
        && !matches!(
            last_before.as_str(),
            "on" | "from"
                | "to"
                | "until"
                | "till"
                | "since"
                | "before"
                | "after"
                | "between"
                | "in"
                | "at"
                | "by"
        );
    let rest = text[m.span.end..line_end].trim_start_matches(',');
    let dateline = m.span.start - line_start <= 40
        && [" -", " –", " —", " ("].iter().any(|p| rest.starts_with(p));
    let placed = own_line || dateline;
    let day = d
        .date
        .or_else(|| chrono::NaiveDate::from_ymd_opt(event.year(), d.month?, d.day?))?;
    placed.then(|| (m.span.clone(), day))
}

/// The offsets of the numbers that number an article's items: lines that
/// hold nothing but a number of one or two digits (and a "." or ")"), three
/// or more of them,
/// counting up by one ("1", "2", "3" over a gallery's captions).
fn item_numbers(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut found: Vec<(usize, u32)> = Vec::new();
    for line in std::iter::once(0).chain(memchr::memchr_iter(b'\n', bytes).map(|i| i + 1)) {
        // ("[2] Mourners queue …", "(3) The coffin …": a bracketed number
        // opening a caption.)
        let open = bytes.get(line).copied();
        let start = line + usize::from(matches!(open, Some(b'[' | b'(')));
        let digits = bytes[start.min(bytes.len())..]
            .iter()
            .take(3)
            .take_while(|b| b.is_ascii_digit())
            .count();
        if digits == 0 || digits > 2 {
            continue;
        }
        // ("1", "1." or "1)" alone on the line.)
        let mut rest = &bytes[start + digits..];
        if start > line {
            let close = if open == Some(b'[') { b']' } else { b')' };
            if rest.first() == Some(&close) && rest.get(1) == Some(&b' ') {
                if let Ok(n) = text[start..start + digits].parse::<u32>() {
                    found.push((start, n));
                }
            }
            continue;
        }
        if rest.first().is_some_and(|&b| b == b'.' || b == b')') {
            rest = &rest[1..];
        }
        let line_ends = rest.is_empty() || rest[0] == b'\n' || rest.starts_with(b"\r\n");
        if line_ends {
            if let Ok(n) = text[start..start + digits].parse::<u32>() {
                found.push((start, n));
            }
        }
    }
    let counts_up = found.windows(2).all(|p| p[1].1 == p[0].1 + 1);
    if found.len() >= 3 && counts_up {
        found.into_iter().map(|(at, _)| at).collect()
    } else {
        Vec::new()
    }
}

/// An article with at least this many lines opening on a clock time is a
/// live blog.
const LIVE_BLOG_ENTRIES: usize = 3;

/// The byte offsets of the lines that open on a clock time ("11:30 Police
/// confirm …", "9.05am: …"): a live blog's entries.
fn live_blog_entries(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    std::iter::once(0)
        .chain(memchr::memchr_iter(b'\n', bytes).map(|i| i + 1))
        .filter(|&at| {
            at < bytes.len()
                && bytes[at].is_ascii_digit()
                && crate::extract::clock_stamp(&bytes[at..]).is_some()
        })
        .collect()
}

/// Whether a live blog's entries (`entries`, the offsets of their clock
/// stamps) run newest first: more of its stamps fall down the page than rise.
fn newest_first(text: &str, entries: &[usize]) -> bool {
    let minutes: Vec<u32> = entries
        .iter()
        .filter_map(|&e| {
            let stamp = &text[e..e + crate::extract::clock_stamp(&text.as_bytes()[e..])?];
            let (h, m) = stamp.split_once([':', '.'])?;
            Some(h.parse::<u32>().ok()? * 60 + m.parse::<u32>().ok()?)
        })
        .collect();
    let falls = minutes.windows(2).filter(|w| w[1] < w[0]).count();
    let rises = minutes.windows(2).filter(|w| w[1] > w[0]).count();
    falls > rises
}

/// The word index (in `words`, a sentence's words) of the place a sentence
/// opens on when it is none of the file's: "In Lothria, …", "In
/// neighbouring Lothria, …". The name is capitalised, no calendar word, no
/// entity and no name of the event, and the sentence names no entity of
/// the file's own (rivals and absentees aside). "Globally," and
/// "Worldwide," open on the world.
fn elsewhere_opening(
    words: &[Word],
    text: &str,
    lower: &str,
    event_names: &[String],
    mentions: &[&Mention],
    foreign: &BTreeSet<String>,
) -> Option<usize> {
    let world = words.len() > 1
        && words[0].is_any(text, &["globally", "worldwide", "internationally"])
        && text[words[0].span.end..words[1].span.start].trim() == ",";
    if world {
        return Some(0);
    }
    if words.len() < 4 || !words[0].is_any(text, &["in"]) {
        return None;
    }
    let capital = |k: usize| text[words[k].span.clone()].starts_with(|c: char| c.is_uppercase());
    let mut k = 1;
    while k < 3 && !capital(k) && !words[k].punct_before {
        k += 1;
    }
    let name = k;
    while k < words.len() && capital(k) && !words[k].punct_before {
        k += 1;
    }
    let comma = k > name
        && k < words.len()
        && words[k].punct_before
        && text[words[k - 1].span.end..words[k].span.start].trim() == ",";
    if !comma {
        return None;
    }
    let ours = |w: &Word| {
        let n = w.norm_lowered(text, lower);
        crate::extract::is_calendar_word(&n) || event_names.iter().any(|e| *e == n)
    };
    if words[name..k].iter().any(ours) {
        return None;
    }
    let span = words[name].span.start..words[k - 1].span.end;
    let named = mentions.iter().any(|m| match &m.kind {
        MentionKind::Entity { id: Some(id), .. } => {
            !foreign.contains(&**id) || (span.start <= m.span.start && m.span.end <= span.end)
        }
        MentionKind::Date(_) | MentionKind::Year { .. } => {
            span.start <= m.span.start && m.span.end <= span.end
        }
        _ => false,
    });
    (!named).then_some(name)
}

/// Whether `mentions` name an entity of the file's own (not only a rival or
/// an absentee).
fn names_own(mentions: &[&Mention], foreign: &BTreeSet<String>) -> bool {
    mentions.iter().any(
        |m| matches!(&m.kind, MentionKind::Entity { id: Some(id), .. } if !foreign.contains(&**id)),
    )
}

/// Records, when explaining, one fate for every mention of sentence `si`.
fn note_all(trace: &mut Option<&mut Vec<Explained>>, mentions: &[&Mention], si: usize, fate: Fate) {
    if let Some(t) = trace.as_deref_mut() {
        t.extend(mentions.iter().map(|m| Explained::new(m, si, fate.clone())));
    }
}

/// An article's words and sentences, and the sentence being read.
struct Scope<'s> {
    words: &'s cue::Tagged<'s>,
    text: &'s str,
    sentences: &'s [Sentence],
    si: usize,
    event: EventTime,
}

/// The claim a fact box's figure is about: a count or length alone on its
/// line ("84 hours", "6.5%"), and on the next line what it counts ("How long
/// the strike lasted, from …", "The pay rise for 2026"). The claim is the
/// one of the figure's kind and unit with the first cue in the label's first
/// clause (rule 7 read there), when no `not-near` cue of it is in the label.
fn fact_box<'m>(
    file: &ClaimsFile,
    index: &cue::CueIndex,
    found: &mut cue::SentenceCues,
    scope: &Scope<'_>,
    mentions: &[&'m Mention],
) -> Option<(&'m Mention, usize, Value, Range<usize>)> {
    let (words, text, sentences, si) = (scope.words, scope.text, scope.sentences, scope.si);
    let [m] = mentions else { return None };
    let (kind, value) = match &m.kind {
        MentionKind::Duration(q) => ("duration", Value::Interval(q.interval)),
        MentionKind::Count { quantity, .. } => ("count", Value::Interval(quantity.interval)),
        _ => return None,
    };
    let sentence = &sentences[si];
    if word_range(words, &m.span) != Some(sentence.words.clone()) {
        return None;
    }
    let next = sentences.get(si + 1)?;
    let between = text.get(sentence.span.end..next.span.start)?;
    if between.matches('\n').count() != 1 || !between.trim().is_empty() {
        return None;
    }
    // The label's first clause: up to its first comma, colon or semicolon.
    let label = next.words.clone();
    let end = (label.start + 1..label.end)
        .find(|&k| {
            words[k].punct_before
                && text[words[k - 1].span.end..words[k].span.start].contains([',', ';', ':'])
        })
        .unwrap_or(label.end);
    index.scan_into(words, label.clone(), file.claims.len(), found);
    // "366" / "Length of the ship in metres.": a bare figure takes the unit
    // its label names.
    let relabelled = match &m.kind {
        MentionKind::Count {
            quantity,
            noun: None,
            unit: None,
        } => label_unit(words, text, label.start..end).map(|unit| Mention {
            span: m.span.clone(),
            kind: MentionKind::Count {
                quantity: quantity.clone(),
                noun: None,
                unit: Some(unit),
            },
        }),
        _ => None,
    };
    let figure = relabelled.as_ref().unwrap_or(m);
    // "12" / "Days between the original exam and the re-sit": a label that
    // opens on a unit of time makes a bare figure a length of time.
    let label_time = matches!(
        &m.kind,
        MentionKind::Count {
            unit: None,
            noun: None,
            ..
        }
    )
    .then(|| words[label.start].norm(text))
    .filter(|w| {
        matches!(
            w.as_ref(),
            "days" | "hours" | "minutes" | "weeks" | "months" | "years" | "seconds"
        )
    });
    let mut best: Option<(usize, Range<usize>)> = None;
    for (ci, claim) in file.claims.iter().enumerate() {
        let other_time = label_time.as_ref().is_some_and(|w| {
            !matches!(&claim.rule, Rule::Count { unit: Some(crate::claims::CountUnit::Noun(want)), .. }
                if count::same_noun(want, w))
        });
        // (Only the label's own clause: "One-off payment to every worker,
        // up from the €500 first offered" is still the payment's.)
        if claim.rule.kind() != kind
            || found.not_near[ci].iter().any(|r| r.start < end)
            || (kind == "count" && unit_fit(claim, figure) == UnitFit::No)
            || other_time
        {
            continue;
        }
        let cues: Vec<&Range<usize>> = found.near[ci]
            .iter()
            .filter(|c| {
                c.end <= end && !other_time_around(words, label.clone(), c, text, scope.event)
            })
            .collect();
        // "Ships diverted to Solvik": a participle after the cue that is no
        // cue of the claim narrows what is counted to a part, unless a
        // second cue says it is the whole ("Ships held at anchor or
        // diverted").
        let narrowed = cues.first().is_some_and(|c| {
            let next = c.end;
            next < end && !cues.iter().any(|o| o.contains(&next)) && {
                let w = words[next].norm(text);
                (w.len() > 4 && w.ends_with("ed") && !ANNOUNCING.contains(&w.as_ref()))
                    || matches!(
                        w.as_ref(),
                        "held" | "sent" | "taken" | "left" | "lost" | "shut" | "hit" | "cut"
                    )
            }
        });
        if narrowed && cues.len() < 2 {
            continue;
        }
        // "Her average daily distance in nautical miles": a rate or a
        // mean, not the total, unless the claim is one.
        let rate = cues.first().is_some_and(|c| {
            (label.start..c.start).any(|k| {
                words[k].is_any(
                    text,
                    &[
                        "average", "mean", "daily", "hourly", "weekly", "monthly", "annual",
                        "yearly",
                    ],
                )
            })
        });
        if rate && !is_rate(&claim.about) {
            continue;
        }
        let cue = cues.first().copied();
        if let Some(c) = cue {
            if !best.as_ref().is_some_and(|(_, b)| b.start <= c.start) {
                best = Some((ci, c.clone()));
            }
        }
    }
    let (ci, cue) = best?;
    let claim = &file.claims[ci];
    let value = count::in_claim_unit(&claim.rule, &figure.kind, value);
    let value = as_bound(Bounds::of(claim), &m.kind, value);
    Some((m, ci, value, cue))
}

/// Whether the cue is a participle set off after a name that no people
/// claim has for its value, which the person at `at` after it does what
/// the cue says for: "The favourite Kingsholm Lad, ridden by Ruairi
/// Costigan, never landed a blow" under who rode the winner. ("Brass
/// Meridian, ridden by Corin Maddox", the winner, is the claim's.)
fn by_other_name(scene: &Scene<'_, '_>, at: &Range<usize>, cue: &Range<usize>) -> bool {
    let ctx = scene.ctx;
    let participle = |k: usize| {
        let w = ctx.norm(k);
        w.ends_with("ed") || w.ends_with("en")
    };
    if cue.end > at.start || cue.start <= ctx.sentence.start || !participle(cue.start) {
        return false;
    }
    // (Or the second of two: "Saltire Dawn, trained by Lorcan Teague and
    // ridden by Padraig Hennessy".)
    let opens = |k: usize| ctx.gap(k).trim() == "," && participle(k);
    let Some(end) = (cue.start.saturating_sub(6).max(ctx.sentence.start + 1)..=cue.start)
        .rev()
        .find(|&k| opens(k))
        .filter(|&k| {
            k == cue.start
                || (ctx.is(cue.start - 1, &["and"])
                    && (k + 1..cue.start).all(|j| !ctx.punct_before(j)))
        })
    else {
        return false;
    };
    let mut start = end;
    while start > ctx.sentence.start
        && end - start < 4
        && ctx.capitalised(start - 1)
        && (start == end || !ctx.punct_before(start))
    {
        start -= 1;
    }
    if start == end {
        return false;
    }
    let run = &ctx.text[scene.words[start].span.start..scene.words[end - 1].span.end];
    let valued = scene.file.claims.iter().flat_map(|c| match &c.rule {
        Rule::People { value: Some(v), .. } => v.as_slice(),
        _ => &[],
    });
    !valued
        .filter_map(|id| scene.file.entities.iter().find(|e| &e.id == id))
        .flat_map(|e| &e.names)
        .any(|n| {
            run.len() >= n.len()
                && run.is_char_boundary(run.len() - n.len())
                && run[run.len() - n.len()..].eq_ignore_ascii_case(n)
        })
}

/// The word that makes the figure at `at` an average ("the average
/// nonstop trip took …"), a part's measure ("a 3-km stretch") or another
/// task's length ("took eight years to build"), against the cues `cues`.
fn other_measure(
    ctx: &Ctx<'_>,
    at: &Range<usize>,
    cues: &[Range<usize>],
    kind: &str,
) -> Option<usize> {
    // An average: up to two words before a cue tied to the figure's clause.
    let average = cues.iter().find_map(|c| {
        (c.start.saturating_sub(2).max(ctx.sentence.start)..c.start)
            .find(|&k| {
                ctx.is(k, &["average", "median", "typical"])
                    && (k + 1..=c.start).all(|j| !ctx.punct_before(j))
            })
            .filter(|_| ctx.same_clause(c.start, at.start))
    });
    if average.is_some() {
        return average;
    }
    // A part: the cue is a noun of a part right after the figure.
    let part = cues
        .iter()
        .find(|c| {
            kind == "count"
                && c.start == at.end
                && ctx.is(
                    c.start,
                    &[
                        "stretch",
                        "stretches",
                        "section",
                        "sections",
                        "segment",
                        "segments",
                        "portion",
                    ],
                )
        })
        .map(|c| c.start);
    if part.is_some() {
        return part;
    }
    // Some of them: "four first-time ministers", "two female pilots".
    let some = (kind == "count"
        && at.end > at.start + 1
        && ctx.is(
            at.end - 1,
            &[
                "first-time",
                "female",
                "male",
                "junior",
                "senior",
                "former",
                "returning",
            ],
        )
        && cues.iter().any(|c| c.start == at.end))
    .then(|| at.end - 1);
    if some.is_some() {
        return some;
    }
    // Another task: "took eight years to build" ("cost €1.9 billion to
    // build" is the cost of building).
    (kind == "duration"
        && ctx.is(at.end, &["to"])
        && ctx.is(
            at.end + 1,
            &[
                "build",
                "construct",
                "rebuild",
                "plan",
                "design",
                "repair",
                "restore",
                "renovate",
                "prepare",
                "install",
                "dig",
                "lay",
                "approve",
                "fix",
                "negotiate",
            ],
        ))
    .then_some(at.end + 1)
}

/// Whether the year at `at` is one end of a span "from A to B" ("until",
/// "till", "through"): `Some((true, k))` for B, `Some((false, k))` for A,
/// with `k` the word that joins them.
fn span_end(ctx: &Ctx<'_>, at: &Range<usize>) -> Option<(bool, usize)> {
    const TO: &[&str] = &["to", "until", "till", "through", "and"];
    let year = |k: usize| {
        ctx.in_sentence(k) && {
            let w = ctx.norm(k);
            w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())
        }
    };
    if at.start >= ctx.sentence.start + 3
        && ctx.is(at.start - 1, TO)
        && year(at.start - 2)
        && ctx.is(at.start - 3, &["from", "between"])
    {
        return Some((true, at.start - 1));
    }
    (at.start > ctx.sentence.start
        && ctx.is(at.start - 1, &["from", "between"])
        && ctx.is(at.end, TO)
        && year(at.end + 1))
    .then_some((false, at.end))
}

/// Adverbs of degree that narrow a cue to a part of what it counts
/// ("seriously injured", "critically ill").
const DEGREES: &[&str] = &[
    "seriously",
    "critically",
    "severely",
    "badly",
    "gravely",
    "slightly",
    "lightly",
    "moderately",
];

/// The unit a fact box's label names for its figure: "in metres", "in
/// euros", "in square kilometres" within the label's clause `within`, or
/// its first word ("Barrels of crude on board").
fn label_unit(words: &[Word], text: &str, within: Range<usize>) -> Option<crate::unit::Unit> {
    let first = words
        .get(within.start)
        .filter(|_| !within.is_empty())
        .and_then(|w| crate::unit::parse(&text[w.span.clone()]));
    first.or_else(|| {
        (within.start..within.end.saturating_sub(1)).find_map(|k| {
            if !words[k].is_any(text, &["in"]) || words[k + 1].punct_before {
                return None;
            }
            let one = &text[words[k + 1].span.clone()];
            let two = (k + 2 < within.end && !words[k + 2].punct_before)
                .then(|| &text[words[k + 1].span.start..words[k + 2].span.end]);
            two.and_then(crate::unit::parse)
                .or_else(|| crate::unit::parse(one))
        })
    })
}

/// Kinds of occasion that take a name of their own: "Cyclone Hesper",
/// "Hurricane Ida", "Operation Sandstorm".
const NAMED_KINDS: &[&str] = &[
    "cyclone",
    "hurricane",
    "typhoon",
    "storm",
    "operation",
    "festival",
    "tournament",
];

/// The named kind and name in an event's title, lower-case ("Cyclone Hesper
/// landfall" → cyclone, hesper).
fn event_kind(event: &str) -> Option<(String, String)> {
    let words: Vec<&str> = event
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(2).find_map(|p| {
        let kind = p[0].to_lowercase();
        (p[0].starts_with(|c: char| c.is_uppercase())
            && p[1].starts_with(|c: char| c.is_uppercase())
            && NAMED_KINDS.contains(&kind.as_str()))
        .then(|| (kind, p[1].to_lowercase()))
    })
}

/// The word indices of the event's title nouns that a word of another
/// time comes before, in their sentence and up to two words between: "the
/// last deadly eruption". Not after a comparison's preposition ("a rise on
/// the previous election" is said of this one) nor with a time of its own
/// that may be the event's ("last weekend's capsizing"; "last year's
/// final" is another).
fn other_occasion_nouns(
    nouns: &[(memchr::memmem::Finder<'static>, u32, Option<i32>)],
    event: EventTime,
    tagged: &cue::Tagged<'_>,
    sentences: &[Sentence],
    text: &str,
    lower: &str,
) -> Vec<usize> {
    let words: &[Word] = tagged;
    let is_any = |j: usize, set: &[&str]| words[j].is_any(text, set);
    let mut out = Vec::new();
    for (noun, id, title_year) in nouns {
        let needle = noun.needle();
        let found: Vec<usize> = if tagged.has(*id) {
            tagged
                .with_id(*id)
                .filter(|&k| text.as_bytes()[words[k].span.clone()].eq_ignore_ascii_case(needle))
                .collect()
        } else {
            noun.find_iter(lower.as_bytes())
                .filter_map(|at| {
                    let k = words.partition_point(|w| w.span.start < at);
                    words
                        .get(k)
                        .filter(|w| w.span.start == at && w.span.len() == needle.len())
                        .map(|_| k)
                })
                .collect()
        };
        for k in found {
            let at = words[k].span.start;
            let start = sentence_of(sentences, at).map_or(0, |si| sentences[si].words.start);
            let other = (k.saturating_sub(3).max(start)..k).any(|j| {
                is_any(j, &["last", "previous", "earlier", "prior", "another"])
                    && (j + 1..=k).all(|i| !words[i].punct_before)
                    && !is_any(
                        j + 1,
                        &[
                            "week",
                            "week's",
                            "weekend",
                            "weekend's",
                            "month",
                            "month's",
                            "night",
                            "night's",
                        ],
                    )
                    && !(j >= start + 2
                        && is_any(
                            j - 2,
                            &[
                                "on", "than", "from", "since", "over", "with", "versus", "to",
                            ],
                        ))
            });
            // "The 2026 budget", "the 2024 championship": a year right
            // before the noun that is not the event's (nor the title's own
            // year for that noun: "2027 budget vote").
            let year_other = || {
                (k.saturating_sub(2).max(start)..k).any(|j| {
                    (j + 1..=k).all(|i| !words[i].punct_before)
                        && text[words[j].span.clone()]
                            .parse::<i32>()
                            .ok()
                            .filter(|_| words[j].span.len() == 4)
                            .is_some_and(|y| match title_year {
                                Some(t) => y != *t,
                                None => event.other_year(y),
                            })
                })
            };
            if other || year_other() {
                out.push(k);
            }
        }
    }
    out.sort_unstable();
    out
}

/// Nouns of occasions that take a name before them ("the Candidates
/// tournament", "the Helsinki summit").
const NAMED_OCCASIONS: &[&str] = &[
    "tournament",
    "championship",
    "championships",
    "summit",
    "election",
    "elections",
    "games",
    "cup",
    "marathon",
    "festival",
    "conference",
    "final",
    "race",
    "trial",
    "talks",
    "derby",
    "olympics",
    "referendum",
    "inquiry",
    "congress",
    "convention",
    "forum",
];

/// The set of the words' first letters (lower-case ASCII), bit 0 for 'a'.
const fn first_letters(words: &[&str]) -> u32 {
    let mut set = 0;
    let mut i = 0;
    while i < words.len() {
        set |= 1 << (words[i].as_bytes()[0] - b'a');
        i += 1;
    }
    set
}

/// The word indices of occasion nouns (see [`NAMED_OCCASIONS`]), in lower
/// case, right after a capitalised name that is no entity of the claims
/// file and no word of the event's title, inside a sentence: "Brandt
/// finished second in the Candidates tournament". (A capitalised noun,
/// "the European Championship", may be a headline's title case: left.)
fn named_occasions(
    extraction: &Extraction,
    sentences: &[Sentence],
    text: &str,
    event_names: &[String],
    event_nouns: &[(memchr::memmem::Finder<'static>, u32, Option<i32>)],
) -> Vec<usize> {
    let words = &extraction.words;
    let entity_spans: Vec<Range<usize>> = extraction
        .mentions
        .iter()
        .filter(|m| matches!(m.kind, MentionKind::Entity { .. }))
        .map(|m| m.span.clone())
        .collect();
    let in_entity = |at: usize| {
        let i = entity_spans.partition_point(|r| r.end <= at);
        entity_spans.get(i).is_some_and(|r| r.start <= at)
    };
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    for (k, pair) in words.windows(2).enumerate() {
        let k = k + 1;
        let (name, noun) = (&pair[0], &pair[1]);
        // (Asked of every word: the cheapest tests first, on bytes, and
        // first of all whether the word before may be capitalised, which
        // turns away most words: "talks", "lasted" and "hours" follow
        // none.)
        let first = bytes[name.span.start];
        if !(first.is_ascii_uppercase() || first >= 0x80) {
            continue;
        }
        if !bytes[noun.span.start].is_ascii_lowercase()
            || !(3..=13).contains(&noun.span.len())
            || noun.punct_before
            || (first >= 0x80 && !text[name.span.clone()].starts_with(char::is_uppercase))
        {
            continue;
        }
        // (Turned away first: a first letter that starts no listed noun.)
        const FIRSTS: u32 = first_letters(NAMED_OCCASIONS);
        if FIRSTS & (1 << (bytes[noun.span.start] - b'a')) == 0 {
            continue;
        }
        let surface = &bytes[noun.span.clone()];
        if !NAMED_OCCASIONS.iter().any(|w| {
            w.len() == surface.len()
                && w.as_bytes()[0] == surface[0]
                && w.as_bytes().eq_ignore_ascii_case(surface)
        }) {
            continue;
        }
        // (Not a sentence's first word, capitalised for its place.)
        let opens = match sentence_of(sentences, name.span.start) {
            Some(si) => sentences[si].words.start == k - 1,
            None => true,
        };
        // (Nor a time the clause is placed by: "won on Sunday after the
        // Candidates tournament".)
        let by_time = k >= 3
            && words[k - 2].is_any(text, &["the"])
            && words[k - 3].is_any(text, &["after", "before", "since", "until", "following"]);
        // (Nor a time of day or week that places the event's own: "a
        // Saturday-night final", "the Sunday final".)
        let timed = || {
            let head = text[name.span.clone()]
                .split(['-', '\'', '’'])
                .next()
                .unwrap_or("")
                .to_ascii_lowercase();
            crate::extract::is_calendar_word(&head)
        };
        if opens || by_time || in_entity(name.span.start) || timed() {
            continue;
        }
        // (Nor the event under another of its names, told by two of the
        // file's own names in the phrase that leads up to it: "the Lynx beat
        // the Stags 3-2 in the Kestrian League final" when the file calls it
        // the Almark Cup final; not "winning the Candidates tournament, in
        // which Brandt finished second".)
        if let Some(si) = sentence_of(sentences, name.span.start) {
            let span = sentences[si].span.start..name.span.start;
            let unbroken = |at: usize| {
                let i = words.partition_point(|w| w.span.start < at);
                words[i..k].iter().all(|w| !w.punct_before)
            };
            let mut ids = extraction.mentions.iter().filter_map(|m| match &m.kind {
                MentionKind::Entity { id: Some(id), .. }
                    if m.span.start >= span.start
                        && m.span.end <= span.end
                        && unbroken(m.span.end) =>
                {
                    Some(id)
                }
                _ => None,
            });
            if let Some(first) = ids.next() {
                if ids.any(|id| id != first) {
                    continue;
                }
            }
        }
        let lower = text[name.span.clone()].to_lowercase();
        let lower = lower
            .trim_end_matches("'s")
            .trim_end_matches("\u{2019}s")
            .to_string();
        let own = event_names.contains(&lower)
            || event_nouns
                .iter()
                .any(|(f, _, _)| f.needle() == lower.as_bytes());
        if !own && !crate::extract::is_calendar_word(&lower) {
            out.push(k);
        }
    }
    out
}

/// The lower-case nouns of an event's title, its words of more than three
/// letters that are neither capitalised nor calendar words ("Mount Keloran
/// eruption, Vessa, March 2027" → eruption).
/// A capitalised word counts too when a claim's cue is that word ("World
/// Chess Championship final" with the cue "championship"). Each noun comes
/// with the year its title puts right before it ("2027 budget vote" →
/// budget, 2027).
fn event_nouns(file: &ClaimsFile) -> Vec<(String, Option<i32>)> {
    let words: Vec<&str> = file
        .event
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .collect();
    let cue_word = |w: &str| {
        file.claims
            .iter()
            .flat_map(|c| &c.near)
            .any(|p| p.eq_ignore_ascii_case(w))
    };
    let mut out: Vec<(String, Option<i32>)> = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let noun = w.len() > 3
            && (w.starts_with(|c: char| c.is_lowercase())
                || (w.starts_with(|c: char| c.is_uppercase()) && cue_word(w)))
            && !crate::extract::is_calendar_word(w)
            && !matches!(*w, "with" | "from" | "over" | "into" | "after" | "before");
        if !noun {
            continue;
        }
        let year = i
            .checked_sub(1)
            .map(|j| words[j])
            .filter(|y| y.len() == 4)
            .and_then(|y| y.parse::<i32>().ok());
        let noun = w.to_lowercase();
        if !out.iter().any(|(n, _)| *n == noun) {
            out.push((noun, year));
        }
    }
    out
}

/// The names in an event's title, lower-case: its capitalised words that
/// are no calendar word ("Meridane Foods agrees to buy Ashgrove Dairies,
/// October 2026" → meridane, foods, ashgrove, dairies).
/// The capitalised words of the event's title and of the claims' `about`
/// and cues, lower-cased: names the claims file itself gives the event
/// ("the ARCLIGHT trial" when a claim is about "the pivotal ARCLIGHT trial").
fn event_names(file: &ClaimsFile) -> Vec<String> {
    let claims = file
        .claims
        .iter()
        .flat_map(|c| std::iter::once(c.about.as_str()).chain(c.near.iter().map(String::as_str)));
    let mut names: Vec<String> = std::iter::once(file.event.as_str())
        .chain(claims)
        .flat_map(|s| s.split(|c: char| !(c.is_alphanumeric() || c == '\'')))
        .filter(|w| w.len() > 2 && w.starts_with(|c: char| c.is_uppercase()))
        .map(str::to_lowercase)
        // ("The Salt Orchard wins …": "The" opens half the sentences of
        // any article.)
        .filter(|w| {
            !crate::extract::is_calendar_word(w)
                && !matches!(
                    w.as_str(),
                    "the"
                        | "and"
                        | "for"
                        | "with"
                        | "from"
                        | "after"
                        | "over"
                        | "how"
                        | "what"
                        | "who"
                        | "when"
                        | "where"
                        | "which"
                )
        })
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

fn foreign_ids(file: &ClaimsFile) -> BTreeSet<String> {
    let mut foreign = BTreeSet::new();
    let mut own = BTreeSet::new();
    for c in &file.claims {
        match &c.rule {
            Rule::Place {
                value,
                also,
                rivals,
            } => {
                own.extend(value.iter().chain(also).cloned());
                foreign.extend(rivals.iter().cloned());
            }
            Rule::People { value, absent } => {
                own.extend(value.iter().flatten().cloned());
                foreign.extend(absent.iter().cloned());
            }
            Rule::Quote { speaker, .. } => {
                own.insert(speaker.clone());
            }
            _ => {}
        }
    }
    foreign.retain(|id| !own.contains(id));
    foreign
}

/// Whether the name at `span` is part of a larger one: a capitalised word
/// right after it ("the Aldbridge Harriers" is a club, not the town), or
/// "X of" right before it ("Bank of Estmark").
fn inside_larger_name(text: &str, span: &Range<usize>) -> bool {
    let after = &text[span.end..];
    let followed = after
        .strip_prefix(' ')
        .is_some_and(|a| a.starts_with(|c: char| c.is_uppercase()));
    let before = text[..span.start].trim_end_matches(' ');
    let of_name = before.strip_suffix("of").is_some_and(|b| {
        let b = b.trim_end_matches(' ');
        b.len() < before.len() - 2
            && b.rsplit(' ')
                .next()
                .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
    });
    followed || of_name
}

/// Verbs of what a piece of the paper's own told: "We said that 36 people
/// had been rescued", "And it gave the date as Oct. 15".
const TOLD: &[&str] = &[
    "said",
    "stated",
    "reported",
    "wrote",
    "described",
    "gave",
    "misstated",
    "misreported",
    "named",
    "identified",
];

/// Whether a sentence reports what a piece of the paper's own said ("A news
/// brief said the agreement was signed by Carl Ostby", "An earlier version
/// of this story said …"): what a correction names as wrong, stating
/// nothing. The determiner and the paper's noun are read first, so most
/// sentences are turned away by their first word.
fn reports_own_piece(words: &[Word], text: &str, lower: &str) -> bool {
    let w = |k: usize| words.get(k).map(|w| w.norm_lowered(text, lower));
    // "We said that 36 people had been rescued", "We wrongly reported …".
    let told = |k: usize| w(k).is_some_and(|w| TOLD.contains(&&*w));
    let adverb = |k: usize| {
        matches!(
            w(k).as_deref(),
            Some("wrongly" | "incorrectly" | "mistakenly" | "also" | "erroneously")
        )
    };
    // (The first word, "We" or "A", asked twice, is made once.)
    let first = w(0);
    if first.as_deref() == Some("we") && (told(1) || (adverb(1) && told(2))) {
        return true;
    }
    // ("The article correctly reported that 27 people died": what it got
    // right, which the notice states again.)
    let right = |k: usize| w(k).is_some_and(|w| link::RIGHTLY.contains(&&*w));
    matches!(first.as_deref(), Some("a" | "an" | "the" | "our"))
        && (1..4).any(|j| {
            matches!(
                w(j).as_deref(),
                Some(
                    "piece"
                        | "article"
                        | "brief"
                        | "story"
                        | "report"
                        | "version"
                        | "caption"
                        | "headline"
                        | "column"
                        | "editorial"
                )
            )
        })
        && (2..24).any(|k| {
            matches!(
                w(k).as_deref(),
                Some(
                    "said"
                        | "stated"
                        | "reported"
                        | "described"
                        | "gave"
                        | "misstated"
                        | "suggested"
                        | "implied"
                )
            ) && !right(k - 1)
        })
}

/// Whether a sentence inside a correction notice retells what the
/// corrected piece said: "And it said the hearing took place in New
/// Haven", "It also gave the date as Oct. 15".
fn notice_retells(words: &[Word], text: &str, lower: &str) -> bool {
    let w = |k: usize| words.get(k).map(|w| w.norm_lowered(text, lower));
    let first = usize::from(matches!(w(0).as_deref(), Some("and" | "but")));
    matches!(w(first).as_deref(), Some("it" | "we" | "they"))
        && (first + 1..first + 4).any(|k| {
            w(k).is_some_and(|w| {
                TOLD.contains(&&*w) || matches!(&*w, "credited" | "listed" | "put" | "called")
            })
        })
}

/// The number of digits of the item number opening `line` ("4. ", "12)
/// "), if it opens on one.
fn item_number(line: &[u8]) -> Option<usize> {
    let digits = line.iter().take_while(|b| b.is_ascii_digit()).count();
    ((1..=2).contains(&digits)
        && matches!(line.get(digits), Some(b'.' | b')'))
        && line.get(digits + 1) == Some(&b' '))
    .then_some(digits)
}

/// Whether a line or paragraph ends as a sentence does (a heading does
/// not).
fn closes_sentence(text: &str) -> bool {
    text.trim_end().ends_with(['.', '!', '?', '"', '\u{201d}'])
}

/// Kinds of happening a roundup's label may name ("FIRE:", "CRASH:").
const INCIDENTS: &[&str] = &[
    "fire",
    "blaze",
    "crash",
    "collision",
    "flood",
    "floods",
    "flooding",
    "storm",
    "quake",
    "earthquake",
    "explosion",
    "blast",
    "robbery",
    "theft",
    "burglary",
    "shooting",
    "stabbing",
    "murder",
    "accident",
    "derailment",
    "avalanche",
    "landslide",
    "wildfire",
    "drowning",
    "heist",
    "riot",
    "obituary",
];

/// Paragraphs that state none of this event's facts, whatever their cues:
/// a correction notice ("Correction: An earlier version … It also said the
/// hearing took place in New Haven"), which names what was wrong, and an item
/// of a roundup about another story ("Norway: Two people were killed when an
/// avalanche …"): a paragraph opening with a short label and a colon whose
/// label holds no cue word and whose text names none of the file's entities.
struct Asides(Vec<Option<Fate>>);

impl Asides {
    fn of(
        extraction: &Extraction,
        words: &cue::Tagged<'_>,
        text: &str,
        lower: &str,
        (foreign, places): (&BTreeSet<String>, &WordMap<String, Arc<str>>),
        (event_names, file): (&[String], &ClaimsFile),
    ) -> Self {
        let sentences = &extraction.sentences;
        let paragraphs = sentences.last().map_or(0, |s| s.paragraph + 1);
        let mut out: Vec<Option<Fate>> = vec![None; paragraphs];
        let mut first_of = vec![usize::MAX; paragraphs];
        let mut span_of: Vec<Option<Range<usize>>> = vec![None; paragraphs];
        for (si, s) in sentences.iter().enumerate() {
            let p = s.paragraph;
            if p >= paragraphs {
                continue;
            }
            if first_of[p] == usize::MAX {
                first_of[p] = si;
            }
            span_of[p] = Some(match &span_of[p] {
                Some(r) => r.start..s.span.end,
                None => s.span.clone(),
            });
        }
        // Whether the text at `span` has a name of the file's event, but
        // for words at the offsets `skip` sets aside.
        let names_event_but = |span: &Range<usize>, skip: &dyn Fn(usize) -> bool| {
            let from = extraction
                .words
                .partition_point(|w| w.span.start < span.start);
            extraction.words[from..]
                .iter()
                .take_while(|w| w.span.end <= span.end)
                .any(|w| {
                    text[w.span.clone()].starts_with(|c: char| c.is_uppercase())
                        && event_names
                            .iter()
                            .any(|n| *n == w.norm_lowered(text, lower))
                        && !skip(w.span.start)
                })
        };
        let names_event = |span: &Range<usize>| names_event_but(span, &|_| false);
        // Whether the text at `span` names one of the file's entities (not
        // a rival's or an absentee's) or a name of its event. (Mentions and
        // words are in text order: only those inside are read.)
        let names_ours_in = |span: &Range<usize>, with_places: bool| {
            let from = extraction
                .mentions
                .partition_point(|m| m.span.start < span.start);
            let entity = extraction.mentions[from..]
                .iter()
                .take_while(|m| m.span.start < span.end)
                .any(|m| {
                    matches!(&m.kind, MentionKind::Entity { id: Some(id), .. }
                        if !foreign.contains(&**id) && (with_places || !places.contains_key(&**id)))
                        && m.span.end <= span.end
                });
            // (Without places, an event name a place entity covers is a place.)
            let place_at = |at: usize| {
                !with_places
                    && extraction.mentions[from..]
                        .iter()
                        .take_while(|m| m.span.start <= at)
                        .any(|m| {
                            m.span.contains(&at)
                                && matches!(&m.kind, MentionKind::Entity { id: Some(id), .. }
                                    if places.contains_key(&**id))
                        })
            };
            entity || names_event_but(span, &place_at)
        };
        let names_ours = |span: &Range<usize>| names_ours_in(span, true);
        // "Art sale record" / "A portrait by … sold for …": a headline on
        // the first line of its paragraph, the item on the lines after it,
        // in a roundup of three such items or more.
        let inline_headline = |p: usize| {
            let (Some(s), Some(whole)) = (sentences.get(first_of[p]), &span_of[p]) else {
                return false;
            };
            let line = text[s.span.clone()].trim_end();
            s.words.len() <= 10
                && s.span.end < whole.end
                && text[s.span.end..].starts_with(['\n', '\r'])
                && !closes_sentence(line)
                && !line.ends_with(':')
                && line.starts_with(|c: char| c.is_uppercase())
                && line.contains(|c: char| c.is_lowercase())
                && !line.contains(|c: char| c.is_ascii_digit() || c == '|')
                && whole.end - s.span.end > 80
        };
        let inline_items = (0..paragraphs).filter(|&p| inline_headline(p)).count() >= 3;
        let mut items = 0;
        for p in 0..paragraphs {
            if inline_items && inline_headline(p) {
                let s = &sentences[first_of[p]];
                let whole = span_of[p].clone().unwrap_or(s.span.clone());
                if !words.any_hit(s.words.clone()) && !names_ours_in(&whole, false) {
                    items += 1;
                    out[p] = Some(Fate::OtherStory);
                }
                continue;
            }
            if out[p].is_some() {
                // Already under a heading above.
                continue;
            }
            let Some(s) = sentences.get(first_of[p]) else {
                continue;
            };
            let lead = &words[s.words.clone()];
            let norm = |k: usize| lead.get(k).map(|w| w.norm_lowered(text, lower));
            // (The first word is asked four times below, "Correction:" to
            // "In other news": made once.)
            let first_word = norm(0);
            let first_word = first_word.as_deref();
            let correction = matches!(
                first_word,
                Some("correction" | "corrections" | "clarification")
            ) || (first_word == Some("editor's")
                && norm(1).as_deref() == Some("note"));
            if correction {
                out[p] = Some(Fate::Correction);
                continue;
            }
            // "Elsewhere in the state, a fire near Omeo …": another story.
            let elsewhere = matches!(first_word, Some("elsewhere" | "separately"))
                || (first_word == Some("in")
                    && norm(1).as_deref() == Some("other")
                    && norm(2).as_deref() == Some("news"));
            if elsewhere {
                out[p] = Some(Fate::Elsewhere);
                continue;
            }
            let Some(first) = &span_of[p] else { continue };
            // A heading line ("Rugby: Harriers hold on", no full stop) heads
            // the lines right under it, up to the next blank line.
            let heading = !closes_sentence(&text[first.clone()]);
            let under = |p: usize| {
                let mut last = p;
                while heading && last + 1 < paragraphs {
                    let (Some(a), Some(b)) = (&span_of[last], &span_of[last + 1]) else {
                        break;
                    };
                    if text[a.end..b.start].matches('\n').count() > 1 {
                        break;
                    }
                    last += 1;
                }
                last
            };
            // "FOR COMPARISON: THE 1998 SAYER TORNADO": a section about
            // another occasion, down to the next blank line.
            if first_word == Some("for") && norm(1).as_deref() == Some("comparison") {
                let last = under(p);
                for f in &mut out[p..=last] {
                    *f = Some(Fate::Elsewhere);
                }
                continue;
            }
            // "4. Carmaker to cut 900 jobs": a numbered item's heading, about
            // another story when it and the lines under it name none of the
            // file's entities and no name of its event, whatever its cues.
            // (Not a numbered caption, "2. Officers examine a ladder. …
            // Photo: Ilse Marten": a headline is one short line, no
            // sentence in it.)
            let numbered = heading && {
                let line = text[first.clone()].as_bytes();
                item_number(line).is_some_and(|digits| {
                    line.get(digits + 2).is_some_and(u8::is_ascii_uppercase)
                        && line.len() <= 100
                        && !line[digits + 1..].windows(2).any(|w| w == b". ")
                })
            };
            if numbered {
                let mut last = under(p);
                // (A heading on its own, its item in the paragraphs after
                // it, up to the next numbered heading; not a correction
                // notice's numbered items, each about the event.)
                let notice = out[..p].iter().any(|f| matches!(f, Some(Fate::Correction)));
                if last == p && !notice {
                    let numbered_at = |q: usize| {
                        span_of[q]
                            .as_ref()
                            .is_some_and(|r| item_number(text[r.clone()].as_bytes()).is_some())
                    };
                    last = (p + 1..paragraphs)
                        .find(|&q| numbered_at(q))
                        .map_or(paragraphs - 1, |q| q - 1)
                        .max(p);
                }
                let span = first.start..span_of[last].as_ref().map_or(first.end, |r| r.end);
                if !names_ours(&span) {
                    items += 1;
                    for f in &mut out[p..=last] {
                        *f = Some(Fate::OtherStory);
                    }
                }
                continue;
            }
            // "Norway: …", "Vietnam rice: …", "ITALY - …": up to four words,
            // then a colon or a lone dash.
            // (Most gaps are one space, neither: turned away untrimmed.)
            let label = (1..=4.min(lead.len().saturating_sub(1))).find(|&k| {
                text.get(lead[k - 1].span.end..lead[k].span.start)
                    .is_some_and(|gap| gap != " " && (gap.trim() == ":" || link::is_dash_gap(gap)))
                    && lead[..k].iter().skip(1).all(|w| !w.punct_before)
            });
            // "Opera house reopens after refit", a headline on a line of its
            // own, and the paragraphs after it up to the next such line: an
            // item of a roundup, about another story when the headline holds
            // no cue and the item names none of the file's entities and no
            // name of its event.
            // (Not a fact box's section, "THE RECORD", nor a byline, "Picture
            // desk | Sunday 19 September 2027": a headline has lower case and
            // no figures, and prose under it.)
            let line = text[first.clone()].trim_end();
            let headline = heading
                && s.words.len() <= 12
                && span_of[p].as_ref() == Some(first)
                && line.starts_with(|c: char| c.is_uppercase())
                && line.contains(|c: char| c.is_lowercase())
                && !line.contains(|c: char| c.is_ascii_digit() || c == '|')
                && span_of
                    .get(p + 1)
                    .and_then(Option::as_ref)
                    .is_some_and(|r| closes_sentence(&text[r.clone()]) && r.len() > 80)
                && !words.any_hit(s.words.clone());
            if label.is_none() && headline && p + 1 < paragraphs {
                let next_head = (p + 1..paragraphs)
                    .find(|&q| {
                        let (Some(si), Some(r)) = (sentences.get(first_of[q]), &span_of[q]) else {
                            return false;
                        };
                        si.words.len() <= 12
                            && Some(r) == Some(&si.span)
                            && !closes_sentence(&text[r.clone()])
                    })
                    .unwrap_or(paragraphs);
                let last = next_head - 1;
                let span = first.start..span_of[last].as_ref().map_or(first.end, |r| r.end);
                // (The event's town in an item about something else there,
                // "an auction in Norhaven", makes it none of the event's.)
                if last > p && !names_ours_in(&span, false) {
                    items += 1;
                    for f in &mut out[p..=last] {
                        *f = Some(Fate::OtherStory);
                    }
                }
                continue;
            }
            let Some(k) = label else { continue };
            let capital = text
                .get(lead[0].span.clone())
                .and_then(|w| w.chars().next())
                .is_some_and(char::is_uppercase);
            let label_words = s.words.start..s.words.start + k;
            // Labels of the article's own parts ("Update:", "Headline:") are no topics.
            let generic = matches!(
                norm(0).as_deref(),
                Some(
                    "update"
                        | "updated"
                        | "live"
                        | "breaking"
                        | "headline"
                        | "analysis"
                        | "opinion"
                        | "watch"
                        | "exclusive"
                        | "summary"
                        | "recap"
                        | "photo"
                        | "video"
                        | "pictured"
                        | "above"
                        | "top"
                        | "note"
                )
            );
            // A live blog's time stamps ("Mon 00:20 -", "17:35 -") label
            // entries of the one story.
            let stamp = lead[..k].iter().any(|w| {
                let w = w.norm(text);
                w.bytes().any(|b| b.is_ascii_digit()) || crate::extract::is_calendar_word(&w)
            });
            if !capital || generic || stamp || words.any_hit(label_words) {
                continue;
            }
            // ("Bricks: 5,900" between "Cocaine seized: …" and "Cover cargo:
            // bananas": a short line in a block of labelled lines is a fact
            // box's, whatever its label; a roundup's items run longer.)
            let labelled = |q: usize| {
                sentences.get(first_of[q]).is_some_and(|s| {
                    let lead = &words[s.words.clone()];
                    (1..=4.min(lead.len().saturating_sub(1))).any(|k| {
                        text.get(lead[k - 1].span.end..lead[k].span.start)
                            .is_some_and(|gap| gap != " " && gap.trim() == ":")
                    })
                })
            };
            // (Two paragraphs on adjacent lines.)
            let adjacent = |a: usize, b: usize| {
                matches!((&span_of[a], &span_of[b]), (Some(a), Some(b))
                    if text[a.end..b.start].matches('\n').count() == 1)
            };
            let in_block = (p > 0 && labelled(p - 1) && adjacent(p - 1, p))
                || (p + 1 < paragraphs && labelled(p + 1) && adjacent(p, p + 1));
            if in_block && span_of[p].as_ref().is_some_and(|r| r.len() <= 100) {
                continue;
            }
            let last = under(p);
            let span = first.start..span_of[last].as_ref().map_or(first.end, |r| r.end);
            // Rivals and absent people are the file's entities too, but an
            // item naming only them ("CHILE - A magnitude 5.1 earthquake"),
            // or naming one inside another name ("the Aldbridge Harriers"),
            // is about something else.
            // (Or a label that names the event: "SKELLAND AIR: …". A name
            // of the event in the item is not enough: a place in the
            // event's title, "arrived in Port Aldane", is any boat's.)
            // ("FIRE: Two dogs died when fire swept through a house in
            // Millhaven" under an algae bloom's claims: a label naming
            // another kind of happening than the event's heads another
            // story, whatever places it names.)
            let other_kind = k == 1 && {
                let w = norm(0).unwrap_or_default();
                INCIDENTS.contains(&w.as_ref())
                    && !std::iter::once(file.event.as_str())
                        .chain(file.claims.iter().map(|c| c.about.as_str()))
                        .any(|t| {
                            t.split(|c: char| !c.is_alphanumeric())
                                .any(|x| x.eq_ignore_ascii_case(&w))
                        })
            };
            if other_kind {
                items += 1;
                for f in &mut out[p..=last] {
                    *f = Some(Fate::OtherStory);
                }
                continue;
            }
            let names_entity = extraction.mentions.iter().any(|m| {
                matches!(&m.kind, MentionKind::Entity { id: Some(id), .. } if !foreign.contains(&**id))
                    && span.start <= m.span.start
                    && m.span.end <= span.end
                    && !inside_larger_name(text, &m.span)
            }) || names_event(&(first.start..lead[k - 1].span.end));
            if !names_entity {
                items += 1;
                for f in &mut out[p..=last] {
                    *f = Some(Fate::OtherStory);
                }
            }
        }
        // A roundup has several items: one labelled paragraph alone is no roundup.
        if items < 2 {
            for f in &mut out {
                if matches!(f, Some(Fate::OtherStory)) {
                    *f = None;
                }
            }
        }
        Asides(out)
    }

    fn get(&self, paragraph: usize) -> Option<Fate> {
        self.0.get(paragraph).cloned().flatten()
    }
}

/// What one sentence offers [`decide`]: its words and clauses, and each
/// claim's cues in it.
struct Scene<'s, 'a> {
    file: &'s ClaimsFile,
    /// Each claim's kind ([`Rule::kind`]), read once per article.
    kinds: &'s [&'static str],
    ctx: &'s Ctx<'a>,
    words: &'s [Word],
    found: &'s cue::SentenceCues,
    active: &'s [Vec<Range<usize>>],
    roles: &'s [link::place::Role],
    /// The mention is the only one of its kind in the sentence.
    sole: bool,
    /// Word ranges of the sentence's counts and scores, in text order.
    mentions: &'s [Range<usize>],
    /// Each claim's subject, and the article's names (see [`link::subject`]).
    subjects: &'s [link::subject::Subject],
    names: &'s link::subject::LazyNames<'s>,
    /// The event's year and month.
    event: EventTime,
    /// Whether each claim is itself a plan.
    plans: &'s [bool],
    /// Whether each claim is of the day something takes effect.
    effects: &'s [bool],
    /// The day of the week each people claim's `about` names.
    weekdays: &'s [Option<chrono::Weekday>],
    /// Whether each claim is itself a rate ([`is_rate`]).
    rates: &'s [bool],
    /// Whether each claim is of a maximum or a minimum ([`Bounds`]).
    bounds: &'s [Bounds],
    /// Whether each claim is of people something was done to.
    patients: &'s [bool],
    /// Words of the sentence that name another occasion of the event's
    /// kind ("Odrin" once the article has said "Cyclone Odrin").
    others: &'s [usize],
    /// Claims a sentence opening on "It" takes a not-near word for from the
    /// sentence before (its subject's).
    it_back: &'s [usize],
    /// First words of the sentence's places that are none of the file's
    /// own (a place claim's rivals).
    rival_places: &'s [usize],
    /// Capitalised words of the event line and the claims ([`event_names`]).
    event_names: &'s [String],
    /// The mention's modal word ([`Ctx::modal_before`]), asked once.
    modal: std::cell::OnceCell<Option<usize>>,
}

impl Scene<'_, '_> {
    /// [`Ctx::modal_before`] of the mention at `at` (the scene's one). Not
    /// a word that is a claim's own cue: "has demanded $5.9 million" under
    /// a claim of the ransom demanded states the demand.
    fn modal_before(&self, at: &Range<usize>) -> Option<usize> {
        *self.modal.get_or_init(|| {
            self.ctx
                .modal_before(at)
                .filter(|&k| !self.active.iter().flatten().any(|c| c.contains(&k)))
        })
    }
}

/// A mention's claim, the link and its frame, and the cue (word indices).
type Decision = (usize, Link, Option<link::Frame>, Option<Range<usize>>);

/// Which claim, if any, a mention of `kind` is about (SPEC rule 2): a linked
/// claim first (the cue fewest words away, then the claim listed first), else
/// the nearest claim under rule 2c's conditions for a sentence-only link. A
/// day on a schedule ("is due to launch on May 28") is about a claim only
/// when it agrees with it: a schedule that held confirms the day, one that
/// changed is no error of the article that gave it.
fn decide(
    scene: &Scene<'_, '_>,
    m: &Mention,
    at: &Range<usize>,
    kind: &'static str,
    value: &Value,
) -> Result<Decision, Fate> {
    let decision = decide_any(scene, m, at, kind, value)?;
    // "rescue chief Tomas Rejn" under a claim of "the government minister
    // at the pithead": a person whose title is another role than the one
    // the claim is about is none of its people.
    // (Not someone the claim names as absent: naming them in its role is
    // the error the editor foresaw.)
    let chosen = &scene.file.claims[decision.0];
    let named_absent = || match (&chosen.rule, value) {
        (Rule::People { absent, .. }, Value::Person(id)) => absent.iter().any(|a| **a == **id),
        _ => false,
    };
    if kind == "people" && super::judge::agrees(chosen, value) != Some(true) && !named_absent() {
        if let Some(k) = other_role(scene.ctx, &chosen.about, at) {
            return Err(Fate::OtherTitle {
                claim: decision.0,
                word: scene.words[k].span.clone(),
            });
        }
    }
    if matches!(kind, "date" | "count" | "duration") {
        let ctx = scene.ctx;
        let claim = &scene.file.claims[decision.0];
        // The value in the claim's unit, converted once when first asked.
        let converted = std::cell::OnceCell::new();
        let in_unit =
            || converted.get_or_init(|| count::in_claim_unit(&claim.rule, &m.kind, value.clone()));
        let agrees = || super::judge::agrees(claim, in_unit()) == Some(true);
        // "By Tuesday morning 31 ships were waiting", "with four people
        // already aboard": a tally on the way, or one from before; it
        // confirms a claim it agrees with and contradicts none.
        let interim = || (kind == "count").then(|| interim_count(ctx, at)).flatten();
        // "300 prisoners walked across on Friday, the first exchange under
        // the ceasefire": one instalment of a total, unless the claim is
        // about that instalment ("prisoners freed in the first exchange").
        let instalment = || {
            (kind == "count" && !agrees())
                .then(|| instalment(ctx, at))
                .flatten()
                .filter(|&k| {
                    let w = ctx.norm(k);
                    !claim
                        .about
                        .split(|c: char| !c.is_alphabetic())
                        .any(|a| a.eq_ignore_ascii_case(&w))
                })
        };
        // "The ship's master, Tomas Reyes, and his 23 crew": those with
        // someone named before them, a part of the whole.
        let with = kind == "count"
            && at.start >= ctx.sentence.start + 2
            && ctx.is(at.start - 1, &["his", "her", "their"])
            && ctx.is(at.start - 2, &["and"]);
        if with && !agrees() {
            return Err(Fate::Companions {
                word: scene.words[at.start - 2].span.start..scene.words[at.start - 1].span.end,
            });
        }
        // "Two hostages released", "inmates freed 40 prisoners": those of
        // the claim's things another act picked out.
        if kind == "count" && decision.2 == Some("noun") && !agrees() {
            if let Some(k) = picked_out(scene, decision.0, at) {
                return Err(Fate::PickedOut {
                    word: scene.words[k].span.clone(),
                });
            }
        }
        // "Three are being treated for serious burns", "All nine were
        // flown out": a bare number as its sentence's subject stands for
        // some of a group named before, or all of it.
        if kind == "count" && !agrees() {
            if let Some(verb) = anaphor(ctx, m, at) {
                return Err(Fate::Anaphor {
                    word: scene.words[at.start].span.start..scene.words[verb].span.end,
                });
            }
        }
        // "Three passengers died at the crash site, a fourth on the way to
        // hospital": the first of a count the sentence goes on adding to.
        if kind == "count" && !agrees() {
            if let Some(k) = counted_on(ctx, at, m) {
                return Err(Fate::CountedOn {
                    word: scene.words[k].span.clone(),
                });
            }
        }
        // "Several visitors told this newspaper", "a few hundred bikes in
        // small towns", "thousands of mourners": a count with no figure in
        // it is a manner of speaking, not a figure to check. It confirms a
        // claim it agrees with and contradicts none (in all corpora, none of
        // the seven such contradictions was labelled an error).
        if kind == "count" && !agrees() && is_vague(ctx, at) {
            return Err(Fate::Vague { claim: decision.0 });
        }
        // "Morel, who began the day with a 31-second advantage": the state
        // before the day's event, which the event may have changed.
        let before_state = || {
            if !matches!(kind, "count" | "duration") || agrees() {
                return None;
            }
            (ctx.sentence.start..at.start).find(|&k| {
                ctx.is(k, &["began", "started", "entered", "begins", "starts"])
                    && ctx.is(k + 1, &["the"])
                    && ctx.is(k + 2, &["day", "stage", "race", "round", "week", "weekend"])
                    && ctx.same_clause(k, at.start)
            })
        };
        // "12 days: time the patient spent in intensive care" under a
        // patient's age of 41 years: a length more than a hundred times
        // longer or shorter than the claim's (days against years, minutes
        // against weeks) is some other length, however it is tied to the
        // cue.
        if kind == "duration" && !agrees() {
            if let (Rule::Duration { value: Some(x), .. }, Value::Interval(i)) =
                (&claim.rule, in_unit())
            {
                let (a, b) = (mid(x).max(1.0), mid(i).max(1.0));
                if (a / b).max(b / a) > 100.0 {
                    return Err(Fate::FarOrder { claim: decision.0 });
                }
            }
        }
        // "about 190,000 passengers were affected on Friday alone", "in
        // the capital alone": a part of the whole, by day or by place.
        let alone = || {
            if kind != "count" {
                return None;
            }
            (at.end + 1..(at.end + 10).min(ctx.sentence.end)).find(|&k| {
                ctx.is(k, &["alone"])
                    && ctx.same_clause(k, at.start)
                    && !ctx.punct_before(k)
                    && (crate::extract::is_calendar_word(&ctx.norm(k - 1))
                        || ctx.is(k - 1, &["capital", "city", "region", "country"])
                        || ctx.capitalised(k - 1))
            })
        };
        // "six died in Eastbrook and two near Tolland": a part by place,
        // at a place none of the file's own.
        let local = || {
            if kind != "count" || !counts_things(m) {
                return None;
            }
            (at.end..(at.end + 4).min(ctx.sentence.end)).find(|&k| {
                ctx.is(k, &["in", "at", "near"])
                    && (at.end..=k).all(|j| j == at.end || !ctx.punct_before(j))
                    && !ctx.punct_before(k + 1)
                    && scene.rival_places.contains(&(k + 1))
            })
        };
        // "The asteroid is now more than 8 million km from Earth": a
        // measure as it stands at the time of writing, not the event's.
        let now_state = || {
            if kind != "count" || counts_things(m) {
                return None;
            }
            (at.start.saturating_sub(3).max(ctx.sentence.start + 1)..at.start).find(|&k| {
                ctx.is(k, &["now"]) && ctx.is(k - 1, &["is", "are"]) && ctx.same_clause(k, at.start)
            })
        };
        let held = match scene.modal_before(at).or_else(|| label_forecast(ctx, at)) {
            Some(k) => Some((k, false)),
            None => interim()
                .or_else(instalment)
                .or_else(alone)
                .or_else(local)
                .or_else(now_state)
                .or_else(before_state)
                .map(|k| (k, true)),
        };
        // "The toll has risen to 11", "more than 20,000 have finished so
        // far": a tally still rising, which a final figure above it
        // supersedes (one above the final is still wrong).
        // (Of things counted: "revenue rose to €4.7 million" is a level.)
        let of_things = counts_things(m);
        // ("Rescuers have now been searching for 27 hours": a length still
        // running.)
        // ("Halvik 2 has been offline for nearly 15 hours": a state that
        // still holds, in the present perfect.)
        let running = || {
            let from = at.start.saturating_sub(6).max(ctx.sentence.start);
            (from..at.start)
                .find(|&k| ctx.is(k, &["now", "still"]) && ctx.same_clause(k, at.start))
                .or_else(|| {
                    let for_it = at.start > ctx.sentence.start
                        && ctx.is(at.start - 1, &["for"])
                        && !ctx.punct_before(at.start);
                    (from..at.start).find(|&k| {
                        for_it
                            && ctx.is(k, &["has", "have", "'ve"])
                            && ctx.is(k + 1, &["been"])
                            && ctx.same_clause(k, at.start)
                    })
                })
        };
        let tally = if of_things {
            rising_tally(ctx, at)
        } else if kind == "count" {
            // ("about 3,100 hectares burned so far": a measure's tally.)
            so_far(ctx, at)
        } else if kind == "duration" {
            running()
        } else {
            None
        };
        if let Some(k) = tally {
            if below(claim, in_unit()) {
                return Err(Fate::Interim {
                    word: scene.words[k].span.clone(),
                    claim: decision.0,
                });
            }
        }
        // (A commitment under a claim that is itself a plan states it,
        // right or wrong: see `decide_any`.)
        let held = held.filter(|&(k, tally)| {
            tally || !(scene.plans[decision.0] && kind != "date" && ctx.is(k, COMMITMENTS))
        });
        if let Some((k, tally)) = held {
            // The value as it will be judged ("up to 6%" is a bound).
            let v = as_bound(scene.bounds[decision.0], &m.kind, in_unit().clone());
            let v = passed(ctx, at, &m.kind, v);
            if super::judge::agrees(claim, &v) != Some(true) {
                let word = scene.words[k].span.clone();
                return Err(if tally {
                    Fate::Interim {
                        word,
                        claim: decision.0,
                    }
                } else {
                    Fate::Modal { word }
                });
            }
        }
    }
    Ok(decision)
}

/// The title right before person `at` ("rescue chief Tomas Rejn",
/// "Minister of Mines Helena Voss"), when it is a role noun and the claim's
/// `about` names roles, none of them this one.
fn other_role(ctx: &Ctx<'_>, about: &str, at: &Range<usize>) -> Option<usize> {
    let roles: Vec<String> = about
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| link::people::is_role_word(w))
        .map(|w| w.to_lowercase().trim_end_matches('s').to_string())
        .collect();
    if roles.is_empty() {
        return None;
    }
    // Back over capitalised words and "of" ("Minister of Mines"), up to
    // four words, none across punctuation.
    let from = at.start.saturating_sub(4).max(ctx.sentence.start);
    let title = (from..at.start)
        .rev()
        .take_while(|&k| !ctx.punct_before(k + 1))
        .take_while(|&k| {
            ctx.capitalised(k) || ctx.is(k, &["of"]) || link::people::is_role_word(&ctx.norm(k))
        })
        .find(|&k| {
            let w = ctx.norm(k);
            // ("Vessarian Prime Minister": a people's adjective is no role.)
            link::people::is_role_word(&w)
                && !(ctx.capitalised(k) && (w.ends_with("ian") || w.ends_with("ean")))
                && !ctx.is_event_noun(k)
        })?;
    let own = ctx.norm(title);
    let own = own.trim_end_matches('s');
    (!roles.iter().any(|r| r == own)).then_some(title)
}

/// Acts that pick some of a group out, or change their state: "two
/// hostages released", "12 passengers rescued".
const PICKING_ACTS: &[&str] = &[
    "released",
    "freed",
    "rescued",
    "evacuated",
    "discharged",
    "treated",
    "hospitalised",
    "hospitalized",
    "identified",
    "recovered",
    "returned",
    "repatriated",
    "arrested",
    "charged",
    "convicted",
    "acquitted",
    "injured",
    "hurt",
    "wounded",
    "killed",
    "died",
    "survived",
    "airlifted",
    "transferred",
    "relocated",
    "reunited",
];

/// The act that picked count `at`'s things out ([`PICKING_ACTS`]), when it
/// is no cue of the claim nor a word of its `about`: right after the count
/// and its noun, with at most a form of "be" or "have been" between ("two
/// hostages were released"), or right before it ("inmates released two
/// hostages"; not "released all 12", the whole).
fn picked_out(scene: &Scene<'_, '_>, claim: usize, at: &Range<usize>) -> Option<usize> {
    let ctx = scene.ctx;
    let mut k = at.end;
    while k < ctx.sentence.end
        && k < at.end + 2
        && !ctx.punct_before(k)
        && ctx.is(
            k,
            &["were", "was", "have", "has", "had", "been", "are", "is"],
        )
    {
        k += 1;
    }
    let after = (k < ctx.sentence.end && !ctx.punct_before(k)).then_some(k);
    let before = (at.start > ctx.sentence.start && !ctx.punct_before(at.start))
        .then(|| at.start - 1)
        .filter(|&b| !ctx.is(b, &["all", "the", "every"]));
    let about = &scene.file.claims[claim].about;
    [after, before].into_iter().flatten().find(|&k| {
        ctx.is(k, PICKING_ACTS)
            && !scene.active[claim].iter().any(|c| c.contains(&k))
            && !about_names(about, &[&ctx.norm(k)])
    })
}

/// The verb after count `m` when it is a bare number standing as its
/// sentence's subject ("Three are still missing", "All nine were flown
/// out", "The other two remain in hospital"): only words that pick from a
/// group before it, and a form of "be" or "remain", or a past participle,
/// right after it.
fn anaphor(ctx: &Ctx<'_>, m: &Mention, at: &Range<usize>) -> Option<usize> {
    const PICKING: &[&str] = &[
        "all",
        "the",
        "another",
        "other",
        "only",
        "just",
        "first",
        "last",
        "remaining",
        "but",
        "and",
    ];
    if !matches!(
        &m.kind,
        MentionKind::Count {
            unit: None,
            noun: None,
            ..
        }
    ) {
        return None;
    }
    let verb = at.end;
    let opens = (ctx.sentence.start..at.start)
        .all(|k| ctx.is(k, PICKING) && (k == ctx.sentence.start || !ctx.punct_before(k)));
    let predicate = ctx.in_sentence(verb)
        && !ctx.punct_before(verb)
        && (ctx.is(verb, &["are", "were", "remain", "remained", "remains"]) || {
            let w = ctx.norm(verb);
            w.len() > 4 && w.ends_with("ed")
        });
    (opens && predicate).then_some(verb)
}

/// Whether the person at `m` is tied to `cue` through a work other than
/// the event's, a title in quotation marks that names none of it: the cue
/// verb's object ("Santos directed \"Northern Hours\"") or the title the
/// person's role is "by" ("went to \"Northern Hours\" by the director Mira
/// Santos").
fn of_other_work(scene: &Scene<'_, '_>, m: &Range<usize>, cue: &Range<usize>) -> bool {
    let ctx = scene.ctx;
    // The quoted title whose first word is `start`, when it names nothing
    // of the event.
    let other_title = |start: usize| {
        if !ctx.in_sentence(start) || !scene.words[start].quoted || !ctx.capitalised(start) {
            return false;
        }
        (start..(start + 8).min(ctx.sentence.end))
            .take_while(|&k| scene.words[k].quoted)
            .all(|k| {
                let w = ctx.norm(k);
                !scene.event_names.iter().any(|n| *n == w)
            })
    };
    if m.end <= cue.start && other_title(cue.end) {
        return true;
    }
    if cue.start < m.start {
        // Back from the cue over its determiner and modifiers to "by".
        let by = (cue.start.saturating_sub(4).max(ctx.sentence.start)..cue.start)
            .rev()
            .find(|&k| ctx.is(k, &["by"]));
        if let Some(by) = by.filter(|&b| b > ctx.sentence.start) {
            let last = by - 1;
            if scene.words[last].quoted {
                let start = (ctx.sentence.start..=last)
                    .rev()
                    .take_while(|&k| scene.words[k].quoted)
                    .last()
                    .unwrap_or(last);
                return other_title(start);
            }
        }
    }
    false
}

/// The word of a list line's label that says its figure is a forecast ("24
/// hours - the operator's first estimate of how long restoration might
/// take"), if any.
fn label_forecast(ctx: &Ctx<'_>, at: &Range<usize>) -> Option<usize> {
    if !ctx.opens_list_line(at) {
        return None;
    }
    (at.end..ctx.sentence.end).find(|&k| {
        ctx.is(
            k,
            &[
                "might",
                "could",
                "would",
                "may",
                "estimate",
                "estimated",
                "forecast",
                "expected",
                "projected",
            ],
        ) && !(ctx.capitalised(k) && ctx.is(k, &["may"]))
    })
}

/// The ordinal, if any, that makes count `m` one instalment of a total: in
/// its clause or its list line's label, "first", "second" … or "initial"
/// right before a noun of an instalment ("the first exchange", "in the
/// second batch", "300: prisoners in the first exchange").
fn instalment(ctx: &Ctx<'_>, m: &Range<usize>) -> Option<usize> {
    const ORDINALS: &[&str] = &["first", "second", "third", "fourth", "fifth", "initial"];
    const INSTALMENTS: &[&str] = &[
        "exchange",
        "swap",
        "batch",
        "phase",
        "group",
        "wave",
        "stage",
        "tranche",
        "instalment",
        "installment",
        "release",
        "handover",
        "convoy",
    ];
    let label_end = ctx.opens_list_line(m).then(|| ctx.label_end(m));
    ctx.sentence.clone().find(|&k| {
        ctx.is(k, ORDINALS)
            && ctx.is_noun(k + 1, INSTALMENTS)
            && (ctx.same_clause(k, m.start)
                || label_end.is_some_and(|e| k >= m.end && k < e)
                // ("…on Friday, the first exchange under the ceasefire": an
                // apposition that names what the figure was.)
                || (k > m.end
                    && ctx.is(k - 1, &["the"])
                    && ctx.gap(k - 1).trim() == ","
                    && ctx.clause(k - 1) == ctx.clause(m.start)))
    })
}

/// Words of a plan that commits to its figure: what "will" be paid or is
/// "planned" to last is a term of what was agreed, not a forecast.
const COMMITMENTS: &[&str] = &[
    "will",
    "plans",
    "planned",
    "scheduled",
    "due",
    "offer",
    "offered",
];

/// The file's times with the months a claim's `about` names, when it names
/// one ("annual inflation cited (September)"): that month is the claim's
/// own, no other occasion (rule 7).
fn claim_time(about: &str, event: EventTime) -> Option<EventTime> {
    let year = event.first_year()?;
    let months: Vec<u32> = about
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.starts_with(|c: char| c.is_uppercase()))
        .filter_map(|w| {
            let w = w.to_ascii_lowercase();
            MONTHS
                .iter()
                .position(|(full, _)| *full == w)
                .map(|m| m as u32 + 1)
        })
        .collect();
    (!months.is_empty()).then(|| months.iter().fold(event, |t, &m| t.with(year, m)))
}

/// Words that single out one of several of a kind: "the biggest march",
/// "the main venue".
const SUPERLATIVES: &[&str] = &[
    "biggest",
    "largest",
    "main",
    "principal",
    "greatest",
    "longest",
    "highest",
    "busiest",
    "central",
];

/// Whether a claim's `about` singles out one of several of a kind ("the
/// city of the biggest march").
fn is_superlative(about: &str) -> bool {
    about_names(about, SUPERLATIVES)
}

/// Whether a claim's `about` has one of `words` among its words (any case).
fn about_names(about: &str, words: &[&str]) -> bool {
    about
        .split(|c: char| !c.is_alphabetic())
        .any(|w| words.iter().any(|s| s.eq_ignore_ascii_case(w)))
}

/// The word that makes the count at `at` the standing size of a place or
/// a workforce, if any: "a country of about six million people", "a
/// market town of 24,000", "which employs 6,000 people".
fn standing_size(ctx: &Ctx<'_>, at: &Range<usize>) -> Option<usize> {
    const PLACES: &[&str] = &[
        "country",
        "nation",
        "city",
        "town",
        "village",
        "island",
        "region",
        "province",
        "county",
        "district",
        "municipality",
        "state",
        "suburb",
        "borough",
    ];
    let s = ctx.sentence.start;
    if at.start < s + 2 || ctx.punct_before(at.start) {
        return None;
    }
    let before = at.start - 1;
    if ctx.is(before, &["employs", "employ", "employing", "employed"]) {
        return Some(before);
    }
    // (A place noun, an adjective at most between it and "of".)
    let place = (before.saturating_sub(2).max(s)..before)
        .rev()
        .find(|&k| ctx.is(k, PLACES))
        .filter(|&k| (k + 1..=before).all(|j| !ctx.punct_before(j)));
    (ctx.is(before, &["of"]) && place.is_some()).then_some(before)
}

/// The ordinal that goes on from the count at `at` later in its sentence,
/// if any: "Three passengers died at the site, a fourth on the way to
/// hospital", "Two died at the scene and another in hospital".
fn counted_on(ctx: &Ctx<'_>, at: &Range<usize>, m: &Mention) -> Option<usize> {
    let MentionKind::Count { quantity, .. } = &m.kind else {
        return None;
    };
    let n = quantity.interval.lo;
    if quantity.interval.hi != Some(n) || !(1.0..=11.0).contains(&n) || n.fract() != 0.0 {
        return None;
    }
    let next = link::ORDINALS[n as usize];
    (at.end..ctx.sentence.end.saturating_sub(1))
        .find(|&k| ctx.is(k, &["a", "and"]) && ctx.is(k + 1, &[next]))
        .map(|k| k + 1)
}

/// Whether the count at `at` gives no figure: no digit and no number but a
/// vague one ("several", "a few hundred", "dozens of", "tens of
/// thousands").
fn is_vague(ctx: &Ctx<'_>, at: &Range<usize>) -> bool {
    const VAGUE: &[&str] = &[
        "several",
        "few",
        "dozens",
        "scores",
        "hundreds",
        "thousands",
        "tens",
        "millions",
        "many",
        "numerous",
        "handful",
        "couple",
    ];
    let written = &ctx.text[ctx.words[at.start].span.start..ctx.words[at.end - 1].span.end];
    !written.bytes().any(|b| b.is_ascii_digit()) && at.clone().any(|k| ctx.is(k, VAGUE))
}

/// Whether `about` calls the person `value` is by one of the names the
/// claims file gives them ("the king" in "which ministers accompanied the
/// king"): the one the claim's people are counted around.
fn about_calls(
    rule: &Rule,
    about: &str,
    entities: &[crate::claims::Entity],
    value: &Value,
) -> bool {
    let Value::Person(id) = value else {
        return false;
    };
    // (Most people named are the claim's own, and no one the claim counts
    // is the one it counts them around: ask about the rest only.)
    if let Rule::People { value: Some(v), .. } = rule {
        if v.iter().any(|p| **p == **id) {
            return false;
        }
    }
    entities
        .iter()
        .filter(|e| e.id == **id)
        .any(|e| e.names.iter().any(|n| link::about_says(about, n)))
}

/// The rank word, if any, within two words before a people claim's `cue`
/// and with no punctuation between ("Deputy team leader", "vice chair",
/// "assistant coach"), when the claim's `about` names no such rank.
fn rank_before(ctx: &Ctx<'_>, cue: &Range<usize>, about: &str) -> Option<usize> {
    const RANKS: &[&str] = &["deputy", "vice", "assistant", "associate"];
    // ("harbour master Pieter Oss" under a ship's master: the office of a
    // port, right before the cue, is another office.)
    const PORTS: &[&str] = &["harbour", "harbor", "port", "dock", "station"];
    if about_names(about, RANKS) {
        return None;
    }
    let port = cue.start > ctx.sentence.start
        && ctx.is(cue.start - 1, PORTS)
        && !ctx.punct_before(cue.start)
        && !about_names(about, PORTS);
    if port {
        return Some(cue.start - 1);
    }
    (cue.start.saturating_sub(2).max(ctx.sentence.start)..cue.start)
        .find(|&k| ctx.is(k, RANKS) && (k + 1..=cue.start).all(|j| !ctx.punct_before(j)))
}

/// Whether a place claim's `about` singles out one of several of a kind by
/// harm ("the town worst hit", "the hardest-hit district"): the article
/// names the others where things happened too. (Not [`is_superlative`]'s
/// "largest city": there, a place the article says something happened in,
/// of the claim's value, is the claim's in the corpora.)
fn singles_out(about: &str) -> bool {
    about_names(about, &["worst", "hardest"])
}

/// The word that makes count `m` a tally on the way or one from before:
/// a sentence or clause opening on "By" and a time ("By Tuesday morning 31 ships
/// were waiting"), or "already" right after the figure's noun ("four
/// people already aboard").
fn interim_count(ctx: &Ctx<'_>, m: &Range<usize>) -> Option<usize> {
    let s = ctx.sentence.start;
    // (A time "by" may name: "Tuesday", "August", "nightfall".)
    let a_time = |k: usize| {
        crate::extract::is_calendar_word(&ctx.norm(k))
            || ctx.is(
                k,
                &[
                    "then",
                    "nightfall",
                    "midday",
                    "noon",
                    "evening",
                    "morning",
                    "afternoon",
                    "night",
                    "midnight",
                    "lunchtime",
                    "dawn",
                    "daybreak",
                    "dusk",
                ],
            )
    };
    // ("…came down on Saturday; by Sunday night the ministry counted 27
    // dead": or the figure's clause.)
    let opening = (s..m.start)
        .find(|&k| ctx.same_clause(k, m.start))
        .unwrap_or(s);
    // "by Thursday", "as of Thursday afternoon": where the time after the
    // preposition starts.
    let time_from = |k: usize| {
        if ctx.is(k, &["by"]) {
            Some(k + 1)
        } else if ctx.is(k, &["as"]) && ctx.is(k + 1, &["of"]) {
            Some(k + 2)
        } else {
            None
        }
    };
    for o in [s, opening] {
        if time_from(o).is_some_and(|t| (t..(t + 2).min(m.start)).any(a_time)) {
            return Some(o);
        }
    }
    // "38 - deaths the ministry had counted by Thursday 13 August", "the
    // toll stood at 19 by nightfall": a tally as of a time.
    // (The words after it in its clause, or in its list line's label.)
    let after = |n: usize| {
        (m.end..(m.end + n).min(ctx.sentence.end))
            .take_while(|&k| k == m.end || !ctx.punct_before(k) || ctx.gap(k).trim() == "-")
    };
    let as_of = after(11).find(|&k| time_from(k).is_some_and(|t| ctx.in_sentence(t) && a_time(t)));
    if as_of.is_some() {
        return as_of;
    }
    // "53.1% - yes at that point", "the toll stood at 19 at the time".
    let then = after(6).find(|&k| {
        ctx.is(k, &["at"])
            && ctx.is(k + 1, &["that", "the", "this"])
            && ctx.is(k + 2, &["point", "stage", "time", "moment"])
    });
    if then.is_some() {
        return then;
    }
    // "the interim counts the ministry gave: 38 deaths", "a provisional
    // toll of 19".
    let called = (m.start.saturating_sub(12).max(s)..m.start).find(|&k| {
        ctx.is(k, &["interim", "provisional", "preliminary", "initial"])
            || (ctx.is(k, &["first", "early", "earlier"])
                && ctx.is(
                    k + 1,
                    &[
                        "estimate",
                        "estimates",
                        "count",
                        "toll",
                        "tally",
                        "figure",
                        "figures",
                        "assessment",
                    ],
                ))
    });
    if called.is_some() {
        return called;
    }
    // "The first orbit calculations, released on October 3 …, put its
    // closest distance at 260,000 km": a sentence whose subject is the
    // first of a series of estimates, however long its apposition.
    let first_subject = (s..(s + 2).min(m.start)).find(|&k| {
        ctx.is(k, &["first", "early", "earliest", "initial"])
            && (k + 1..(k + 4).min(m.start)).any(|j| {
                ctx.is(
                    j,
                    &[
                        "estimate",
                        "estimates",
                        "calculation",
                        "calculations",
                        "readings",
                        "measurements",
                        "reports",
                        "projections",
                    ],
                )
            })
            && (k + 1..m.start).all(|j| !ctx.is(j, &["now", "latest", "final", "revised"]))
    });
    if first_subject.is_some() {
        return first_subject;
    }
    (m.end..(m.end + 2).min(ctx.sentence.end))
        .find(|&k| ctx.is(k, &["already"]) && !ctx.punct_before(k))
}

/// The "so far" or "to date" that makes measure `m` a tally still
/// growing: within four words after it, "About 3,100 hectares have burned
/// so far", or before it in its clause, "has so far spilled 700 tonnes".
fn so_far(ctx: &Ctx<'_>, m: &Range<usize>) -> Option<usize> {
    let tally = |k: usize| says_so_far(ctx, k) && ctx.same_clause(k, m.start);
    (m.end..(m.end + 4).min(ctx.sentence.end))
        .find(|&k| tally(k))
        .or_else(|| {
            (m.start.saturating_sub(8).max(ctx.sentence.start)..m.start).find(|&k| tally(k))
        })
        .or_else(|| reached_by_then(ctx, m))
}

/// "The area burned had reached 1,200 hectares", "the queue has reached
/// 32 km": a perfect "reached" right before the figure is where the tally
/// stood then, on its way.
fn reached_by_then(ctx: &Ctx<'_>, m: &Range<usize>) -> Option<usize> {
    let k = m.start.checked_sub(1)?;
    (k > ctx.sentence.start
        && ctx.is(k, &["reached"])
        && ctx.is(k - 1, &["has", "have", "had"])
        && !ctx.punct_before(k)
        && !ctx.punct_before(m.start))
    .then_some(k)
}

/// Whether "so far", "thus far" or "to date" starts at word `k`.
fn says_so_far(ctx: &Ctx<'_>, k: usize) -> bool {
    (ctx.is(k, &["so", "thus"]) && ctx.is(k + 1, &["far"]))
        || (ctx.is(k, &["to"]) && ctx.is(k + 1, &["date"]))
}

/// The word that makes count `m` a tally still rising, if any: a verb of
/// rising or "now" before it in its clause ("the toll has risen to 11",
/// "police now say six people have died"), "so far", "to date" or "and
/// counting" after it, or a live update ("Police update: 14 dead").
fn rising_tally(ctx: &Ctx<'_>, m: &Range<usize>) -> Option<usize> {
    // (Each word's form is read once: this is asked of every count.)
    let before = (m.start.saturating_sub(10).max(ctx.sentence.start)..m.start).find(|&k| match ctx
        .norm(k)
        .as_ref()
    {
        "risen" | "rose" | "climbed" | "increased" | "jumped" | "grown" | "grew" | "mounted"
        | "raises" | "raised" | "raising" | "rises" | "rising" | "climbs" | "climbing"
        | "increases" | "jumps" | "mounts" => m.start - k <= 6 && ctx.same_clause(k, m.start),
        "now" | "update" | "updated" | "latest" => true,
        _ => false,
    });
    // "He's up to 11 aces", "the toll is up to 14": reached so far (the
    // hedge is the mention's own first words).
    let up_to = ctx.is(m.start, &["up"])
        && ctx.is(m.start + 1, &["to"])
        && m.start > ctx.sentence.start
        && ctx.is(m.start - 1, &["is", "are", "he's", "she's", "it's", "now"]);
    if up_to {
        return Some(m.start);
    }
    if before.is_some() {
        return before;
    }
    if let Some(k) = reached_by_then(ctx, m) {
        return Some(k);
    }
    // "the count stood at 89 guests ill, up from 68 on Monday": a tally
    // still moving.
    let up_from = (m.end..(m.end + 4).min(ctx.sentence.end))
        .find(|&k| ctx.is(k, &["up"]) && ctx.is(k + 1, &["from"]) && !ctx.punct_before(k + 1));
    if up_from.is_some() {
        return up_from;
    }
    let after = (m.end..(m.end + 4).min(ctx.sentence.end)).find(|&k| {
        !ctx.punct_before(k)
            && (says_so_far(ctx, k)
                || (ctx.is(k, &["and"]) && ctx.is(k + 1, &["counting", "rising"]))
                // "About 400 flights have now been cancelled"
                || (ctx.is(k, &["have", "has"]) && ctx.is(k + 1, &["now"]))
                // "Two workers are known to have died": those known so far.
                || (ctx.is(k, &["known", "confirmed"])
                    && ctx.is(k + 1, &["to"])
                    && ctx.is(k + 2, &["have"])))
    });
    if after.is_some() {
        return after;
    }
    // "has so far been linked to 31 deaths", "So far, 31 people have
    // died": before it in its clause.
    let so_far_before = (m.start.saturating_sub(8).max(ctx.sentence.start)..m.start).find(|&k| {
        ctx.is(k, &["so", "thus"])
            && ctx.is(k + 1, &["far"])
            && (ctx.same_clause(k, m.start) || k == ctx.sentence.start)
    });
    if so_far_before.is_some() {
        return so_far_before;
    }
    // "Several skiers are thought to have been caught": an unconfirmed
    // figure.
    let unconfirmed = (m.end..(m.end + 4).min(ctx.sentence.end)).find(|&k| {
        ctx.is(
            k,
            &["thought", "believed", "feared", "understood", "estimated"],
        ) && ctx.is(k + 1, &["to"])
            && ctx.same_clause(k, m.start)
    });
    if unconfirmed.is_some() {
        return unconfirmed;
    }
    // "38 deaths had been linked to the heat so far": further on in its
    // clause.
    let so_far = (m.end + 4..(m.end + 10).min(ctx.sentence.end))
        .find(|&k| ctx.same_clause(k, m.start) && says_so_far(ctx, k));
    if so_far.is_some() {
        return so_far;
    }
    // "seven deaths had been confirmed by early evening, a figure it
    // expected to rise": the figure is said to be rising.
    (m.end..ctx.sentence.end.min(m.end + 16)).find(|&k| {
        ctx.is(k, &["expected", "likely", "set", "feared"])
            && ctx.is(k + 1, &["to"])
            && ctx.is(k + 2, &["rise", "climb", "increase", "grow"])
    })
}

/// Whether `m` counts things, with no percent, currency or measure: only
/// such counts are rates, rising tallies or some of a cue's people.
fn counts_things(m: &Mention) -> bool {
    matches!(&m.kind, MentionKind::Count { unit: None, .. })
}

/// Whether word `k` is a plain lower-case word: no function word or
/// auxiliary.
fn plain_lower(ctx: &Ctx<'_>, k: usize) -> bool {
    ctx.text.as_bytes()[ctx.words[k].span.start].is_ascii_lowercase()
        && !ctx.is(k, &link::FUNCTION)
        && !ctx.is(k, &link::AUX)
}

/// Whether word `k` is a plain plural noun that is not what `claim` counts:
/// the noun a figure before it counts instead ("118 container ships" under
/// `unit: containers`, "the three affected countries" under `unit:
/// customers`).
fn other_plural(ctx: &Ctx<'_>, k: usize, claim: &Claim) -> bool {
    let noun = ctx.norm(k);
    noun.len() > 3
        && noun.ends_with('s')
        && !noun.ends_with("ss")
        && plain_lower(ctx, k)
        && !unit_names(claim, &noun)
}

/// Whether a count claim's `unit:` is so much per period ("microsieverts
/// per hour"): a rate, whatever its `about` says.
fn per_period_unit(claim: &Claim) -> bool {
    matches!(&claim.rule, Rule::Count { unit: Some(crate::claims::CountUnit::Noun(n)), .. }
        if count::per_head(n).is_some_and(|(_, per)| PERIODS.contains(&per)))
}

/// Whether a claim's `about` is a rate ("packs a year the lower tariff
/// covers", "passengers per day", "annual output").
fn is_rate(about: &str) -> bool {
    let words: Vec<String> = about
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    words.windows(2).any(|w| {
        matches!(w[0].as_str(), "a" | "an" | "per" | "each" | "every")
            && PERIODS.contains(&w[1].as_str())
    }) || words.iter().any(|w| {
        matches!(
            w.as_str(),
            "annual" | "annually" | "daily" | "weekly" | "monthly" | "yearly"
        )
    })
}

/// Whether `v` is below the claim's value, a tally still short of it: it
/// contradicts the claim, and agrees once open above ("31 dead" under 41).
fn below(claim: &Claim, v: &Value) -> bool {
    let Value::Interval(i) = v else {
        return false;
    };
    let up = Value::Interval(crate::interval::Interval::new(i.lo, f64::INFINITY));
    super::judge::agrees(claim, v) == Some(false) && super::judge::agrees(claim, &up) == Some(true)
}

/// Whether a claim is of one fact that has one value (a count, a length
/// of time, a day, a score), unlike its people or quotes.
fn is_single(claim: &Claim) -> bool {
    matches!(
        claim.rule,
        Rule::Count { .. }
            | Rule::Duration { .. }
            | Rule::Date { .. }
            | Rule::Score { .. }
            // (A statement too: once the body has said the parfait was
            // blamed, its "salmon" under `deny` names a dish cleared.)
            | Rule::Statement { .. }
    ) || matches!(
        // And an office one person held: once the body has named the
        // pilot of the balloon that crashed, the owner "flying" another,
        // the deputy "presiding" in the morning or the team "led by" the
        // deputy are other pilots, chairs and leads.
        &claim.rule,
        Rule::People { value: Some(v), .. } if v.len() == 1
    )
}

/// Whether two spans are one expression, with no more than a comma and
/// spaces between them ("Sunday, August 15").
fn beside(text: &str, a: &Range<usize>, b: &Range<usize>) -> bool {
    let gap = if a.end <= b.start {
        a.end..b.start
    } else if b.end <= a.start {
        b.end..a.start
    } else {
        return true;
    };
    text.get(gap)
        .is_some_and(|g| g.len() <= 3 && g.bytes().all(|b| b == b',' || b == b' '))
}

/// Where an article's body begins: after its headline and standfirst, the
/// lines at its top that end in no full stop (at most four of them, and
/// none of the body's first sentence).
fn display_lines(text: &str) -> usize {
    let mut end = 0;
    let mut lines = 0;
    for line in text.split_inclusive('\n') {
        let t = line.trim();
        if !t.is_empty() {
            if lines == 4 || t.ends_with(['.', '!', '?', '"', '\u{201d}', ':', ';']) {
                break;
            }
            lines += 1;
        }
        end += line.len();
    }
    end
}

/// Whether a count claim is a toll of people killed, hurt or missing,
/// which the first day's reports give as it then stood (its `about` or a
/// cue says so).
/// Whether a count claim is a figure at its peak ("homes left without power
/// at the peak of the blackout"): on the day, a lower figure is the state
/// at another moment.
fn is_peak(claim: &Claim) -> bool {
    let about = claim.about.to_lowercase();
    matches!(claim.rule, Rule::Count { .. })
        && [
            "at the peak",
            "at its peak",
            "at the height",
            "at its height",
        ]
        .iter()
        .any(|p| about.contains(p))
}

fn is_toll(claim: &Claim) -> bool {
    const TOLL: &[&str] = &[
        "dead",
        "died",
        "die",
        "death",
        "kill",
        "toll",
        "injur",
        "hurt",
        "wounded",
        "missing",
        "casualt",
        "bodies",
        "fatalit",
        "evacu",
        "admission",
        "admitted",
        "hospitali",
        "divert",
        "displaced",
        "arrest",
        "treated",
    ];
    matches!(claim.rule, Rule::Count { .. })
        && std::iter::once(claim.about.as_str())
            .chain(claim.near.iter().map(String::as_str))
            .flat_map(|s| s.split(|c: char| !c.is_alphanumeric()))
            .map(str::to_ascii_lowercase)
            .any(|w| TOLL.iter().any(|t| w.starts_with(t)))
}

/// What a count claim's unit of measure measures, if it has one.
fn measured(claim: &Claim) -> Option<Dimension> {
    match &claim.rule {
        Rule::Count {
            unit: Some(crate::claims::CountUnit::Unit(crate::unit::Unit::Measure(m))),
            ..
        } => Some(m.dimension),
        _ => None,
    }
}

/// Whether a count claim is a thing's size, a length or an area, which
/// is known before an event as after it ("a main span of 1,840 metres").
fn is_size(claim: &Claim) -> bool {
    // ("the distance skied across the ice cap" is what was done, known only
    // after: no size; nor is "the length of the record jump".)
    let done = claim.about.split(|c: char| !c.is_alphabetic()).any(|w| {
        let w = w.to_ascii_lowercase();
        (w.len() > 4 && w.ends_with("ied"))
            || matches!(
                w.as_str(),
                "covered"
                    | "travelled"
                    | "traveled"
                    | "walked"
                    | "sailed"
                    | "flown"
                    | "driven"
                    | "swum"
                    | "run"
                    | "ran"
                    | "cycled"
                    | "rowed"
                    | "hiked"
                    | "trekked"
                    | "jump"
                    | "jumped"
                    | "leap"
                    | "throw"
                    | "thrown"
                    | "record"
            )
    });
    matches!(measured(claim), Some(Dimension::Length | Dimension::Area)) && !done
}

/// Whether a count claim is in a unit of measure read at a place (a
/// temperature, a length or level, a wind speed), whose readings belong to
/// where they were taken. (A rate cut in basis points announced in a rival
/// city is the event's.)
fn is_measure(claim: &Claim) -> bool {
    matches!(
        measured(claim),
        Some(Dimension::Temperature | Dimension::Length | Dimension::Speed)
    )
}

/// The "in" before count `at` when it is the run of games or races a
/// figure before it is a record over: "one win in eight games", "the fourth
/// defeat in his last six matches", "three goals in five starts". (Not a
/// count of anything else: "300 jobs in 12 countries" names 12 countries.)
fn record_span(ctx: &Ctx<'_>, at: &Range<usize>) -> Option<usize> {
    const RUNS: &[&str] = &[
        "games",
        "matches",
        "fixtures",
        "races",
        "starts",
        "appearances",
        "outings",
        "attempts",
        "innings",
        "rounds",
        "tournaments",
        "internationals",
        "meetings",
    ];
    // (Not when a cue follows it: "over the 13 games played", "14 wins
    // from 34 games in charge" give the whole.)
    if !ctx.is(at.end - 1, RUNS) || (ctx.in_sentence(at.end) && ctx.is_cue_word(at.end)) {
        return None;
    }
    let mut k = at.start.checked_sub(1)?;
    for _ in 0..2 {
        if k <= ctx.sentence.start || ctx.punct_before(k + 1) {
            return None;
        }
        if !(ctx.is(k, &link::DETERMINERS)
            || ctx.possessive(k)
            || ctx.is(
                k,
                &["last", "past", "previous", "first", "final", "opening"],
            ))
        {
            break;
        }
        k -= 1;
    }
    if !ctx.is(k, &["in", "from", "over"]) || ctx.punct_before(k + 1) {
        return None;
    }
    // Another figure (or an ordinal) before it in its clause.
    let before = (k.saturating_sub(5).max(ctx.sentence.start)..k)
        .filter(|&j| ctx.same_clause(j, k))
        .any(|j| {
            link::count::is_number_word(ctx, j)
                || ctx.is(j, &link::ORDINALS[..6])
                || ctx.is(j, &["only"])
        });
    before.then_some(k)
}

/// The claim of a person's age ("the new speaker's age", a count in years)
/// whose person the age at `at` is given for: "Korvan, 52," or "Adela
/// Korvan, aged 52". The person is one the claim's `about` names, or else
/// the one value of the file's only people claim with one value (the
/// speaker the vote elected).
fn age_claim(file: &ClaimsFile, ctx: &Ctx<'_>, at: &Range<usize>) -> Option<usize> {
    let ci = file.claims.iter().position(|c| {
        matches!(c.rule, Rule::Duration { .. })
            && c.about
                .split(|ch: char| !ch.is_alphanumeric())
                .any(|w| w.eq_ignore_ascii_case("age") || w.eq_ignore_ascii_case("aged"))
    })?;
    let about = &file.claims[ci].about;
    let named: Vec<&crate::claims::Entity> = file
        .entities
        .iter()
        .filter(|e| e.names.iter().any(|n| link::about_says(about, n)))
        .collect();
    let person = match named.as_slice() {
        [one] => *one,
        [] => {
            let mut single = file.claims.iter().filter_map(|c| match &c.rule {
                Rule::People { value: Some(v), .. } if v.len() == 1 => Some(&v[0]),
                _ => None,
            });
            let id = single.next()?;
            if single.next().is_some() {
                return None;
            }
            file.entities.iter().find(|e| &e.id == id)?
        }
        _ => return None,
    };
    // The word before the age's comma ("Korvan, 52,"), or before "aged".
    let before = if ctx.is(at.start - 1, &["aged"]) {
        at.start.checked_sub(2)?
    } else {
        at.start - 1
    };
    if before < ctx.sentence.start {
        return None;
    }
    let word = ctx.norm(before);
    let word = word.trim_end_matches("'s");
    person
        .names
        .iter()
        .any(|n| {
            n.split_whitespace()
                .last()
                .is_some_and(|last| last.eq_ignore_ascii_case(word))
        })
        .then_some(ci)
}

/// The bearing word right after length `at`, if any: "40 km downstream",
/// "81 km offshore", "12 miles north of", "40 kilometres to the south of".
fn bearing_after(ctx: &Ctx<'_>, at: &Range<usize>) -> Option<usize> {
    const BEARINGS: &[&str] = &[
        "north",
        "south",
        "east",
        "west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "north-east",
        "north-west",
        "south-east",
        "south-west",
        "downstream",
        "upstream",
        "offshore",
        "inland",
        "upriver",
        "downriver",
        "away",
    ];
    let k = at.end;
    if !ctx.in_sentence(k) || ctx.punct_before(k) {
        return None;
    }
    if ctx.is(k, BEARINGS) {
        return Some(k);
    }
    // "to the south (of …)"
    (ctx.is(k, &["to"])
        && ctx.in_sentence(k + 2)
        && ctx.is(k + 1, &["the"])
        && !ctx.punct_before(k + 1)
        && !ctx.punct_before(k + 2)
        && ctx.is(k + 2, BEARINGS))
    .then_some(k + 2)
}

/// Whether word `k` is part of a live blog's clock stamp opening its
/// sentence ("14:05").
fn in_clock_stamp(ctx: &Ctx<'_>, k: usize) -> bool {
    let start = ctx.words[ctx.sentence.start].span.start;
    crate::extract::clock_stamp(&ctx.text.as_bytes()[start..])
        .is_some_and(|len| ctx.words[k].span.end <= start + len)
}

/// Whether a claim is about a change, a margin or a gap (its `about` or a
/// cue says so: "the size of the cut", "the property-tax rise", "margin
/// over the old record"), or is in basis or percentage points.
fn is_change(claim: &Claim) -> bool {
    const CHANGE: &[&str] = &[
        "cut", "rise", "rose", "increas", "rais", "hike", "reduc", "fall", "fell", "drop",
        "declin", "grow", "grew", "gain", "jump", "chang", "lower", "slash", "trim", "boost",
        "shrink", "narrow", "widen", "margin", "lead", "differen", "gap", "beat", "won", "win",
        "more", "less", "fewer", "short", "improv", "swing",
    ];
    if measured(claim) == Some(Dimension::Spread) {
        return true;
    }
    // (A cue that ends on "in" gives a time, not a margin: "won in".)
    std::iter::once(claim.about.as_str())
        .chain(claim.near.iter().map(String::as_str).filter(|c| {
            !c.get(c.len().saturating_sub(3)..)
                .is_some_and(|end| end.eq_ignore_ascii_case(" in"))
        }))
        .flat_map(|t| t.split(|c: char| !c.is_alphanumeric()))
        .map(str::to_ascii_lowercase)
        .any(|w| {
            CHANGE
                .iter()
                .any(|c| w.starts_with(c) && (w.len() <= c.len() + 3 || c.len() >= 5))
        })
}

/// Whether a claim's `about` is a plan ("how many jobs the company will
/// cut", "the mission is expected to last", "the turbines in the approved
/// wind farm": what a plan someone approved will build; "the new VAT rate
/// in the budget": what a proposal or a pledge would bring; not "the price
/// offered", an offer made).
fn is_plan(about: &str) -> bool {
    about.split_whitespace().any(|w| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "will"
                | "would"
                | "plans"
                | "planned"
                | "expects"
                | "expected"
                | "intends"
                | "aims"
                | "approved"
                | "proposed"
                | "proposal"
                | "proposes"
                | "budget"
                | "pledged"
                | "promised"
                | "demanded"
        )
    })
}

/// [`decide`], before a plan is held to agreeing.
fn decide_any(
    scene: &Scene<'_, '_>,
    m: &Mention,
    at: &Range<usize>,
    kind: &'static str,
    value: &Value,
) -> Result<Decision, Fate> {
    let file = scene.file;
    let of_kind: Vec<usize> = (scene.kinds.iter().enumerate())
        .filter(|(_, k)| **k == kind)
        .map(|(ci, _)| ci)
        .collect();
    if of_kind.is_empty() {
        return Err(Fate::NoClaim);
    }
    let ctx = scene.ctx;
    if kind == "count"
        && (link::subject::is_name_number(ctx, scene.names, at)
            || scene.subjects.iter().any(|s| s.names_number(ctx, at)))
    {
        return Err(Fate::NameNumber);
    }
    // "led by FMMR's then director Ewan Corrie", "the then mayor, Ilse
    // Marr": a person in an office held at another time.
    if kind == "people" {
        let then = (at.start.saturating_sub(3).max(ctx.sentence.start + 1)..at.start).find(|&k| {
            ctx.is(k, &["then"])
                && (ctx.is(k - 1, &link::DETERMINERS) || ctx.possessive(k - 1))
                && (k + 1..at.start).all(|j| !ctx.capitalised(j) || ctx.gap(j).contains(','))
                && k + 1 < at.start
        });
        if let Some(k) = then {
            return Err(Fate::Dated {
                word: scene.words[k].span.clone(),
            });
        }
    }
    if kind == "count" && link::count::is_age(ctx, at, m) {
        // "Korvan, 52, was elected": under a claim of that person's age,
        // it is the claim's.
        if let Some(ci) = age_claim(file, ctx, at) {
            return Ok((ci, Link::Linked, Some("age"), None));
        }
        return Err(Fate::Age);
    }
    // "a country of about six million people", "a market town of 24,000",
    // "the plant, which employs 6,000 people": how big a place or a
    // workforce is, not a figure of the event.
    if kind == "count" {
        if let Some(k) = standing_size(ctx, at) {
            return Err(Fate::Size {
                word: scene.words[k].span.clone(),
            });
        }
    }
    // "below the 3,214-metre Pointe d'Ardanne": a measure that qualifies a
    // name is that name's (its height, length or depth).
    if kind == "count"
        && at.end < ctx.sentence.end
        && !ctx.punct_before(at.end)
        && ctx.capitalised(at.end)
        && ctx
            .text
            .get(scene.words[at.end - 1].span.clone())
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()) && w.contains('-'))
        && matches!(
            &m.kind,
            MentionKind::Count {
                unit: Some(crate::unit::Unit::Measure(_)),
                ..
            }
        )
        && !of_kind
            .iter()
            .any(|&ci| scene.subjects[ci].holds(ctx, at.end))
    {
        return Err(Fate::OtherSubject {
            claim: of_kind[0],
            word: scene.words[at.end].span.clone(),
        });
    }
    if kind == "count" && link::count::is_start_of_change(ctx, at) {
        return Err(Fate::StartOfChange);
    }
    if kind == "count" {
        if let Some(k) = record_span(ctx, at) {
            return Err(Fate::Span {
                word: scene.words[k].span.clone(),
            });
        }
    }
    // "The first launch attempt, Tuesday, was called off": what was called
    // off did not happen. (Unless calling off is what a claim counts: "1,200
    // flights have been cancelled" under a claim of flights cancelled.)
    if let Some(k) = ctx.called_off(at.start).filter(|&k| {
        // (A person only as the owner of what was called off: "Dale's
        // goal was disallowed".)
        (kind != "people" || {
            let last = &ctx.text[scene.words[at.end - 1].span.clone()];
            last.ends_with("'s") || last.ends_with("\u{2019}s")
        }) && !ctx.is_cue_word(k)
    }) {
        return Err(Fate::Negated {
            word: scene.words[k].span.clone(),
        });
    }
    // "17 of which were diverted": a part of a number said before it, which
    // states only what its own predicate says, not what its noun counts.
    let of_things = counts_things(m);
    let portion = kind == "count"
        && (link::count::is_portion(ctx, at)
            || link::count::is_breakdown(ctx, at)
            || (of_things && link::count::is_some_of_cue(ctx, at)));
    let first_few = kind == "count" && link::count::is_first_few(ctx, at);
    let whole = kind == "count" && link::count::is_whole(ctx, at);
    if ctx.is_correction() {
        return Err(Fate::Correction);
    }
    // A running score is no result: only a claim whose cue is itself a
    // moment of the game ("half-time") may take it.
    if kind == "score"
        && link::score::running(ctx, at)
        && !of_kind.iter().any(|&ci| {
            scene.active[ci]
                .iter()
                .any(|c| link::score::is_running_cue(ctx, c))
        })
    {
        return Err(Fate::RunningScore);
    }
    // "He beat Joao Marques 6-4, 6-2, 7-5": a result over someone who is
    // neither of the claims' sides is another match.
    if kind == "score" {
        let other = of_kind
            .iter()
            .map(|&ci| (ci, scene.subjects[ci].other_opponent(ctx, at)))
            .find_map(|(ci, k)| k.map(|k| (ci, k)));
        if let Some((claim, k)) = other {
            return Err(Fate::OtherSubject {
                claim,
                word: scene.words[k].span.clone(),
            });
        }
    }
    // A date that names another year is another occasion (rule 7 read on
    // the mention itself: "will again be held on May 29, 2027").
    if let Value::Date(d) = value {
        if d.date
            .is_some_and(|date| scene.event.other_year(date.year()))
        {
            return Err(Fate::OtherYear);
        }
        // ("July 2022", "in June 2029": a month of another year.)
        let written_year = || {
            ctx.text[m.span.clone()]
                .split(|c: char| !c.is_ascii_digit())
                .any(|w| other_year_numeral(w, scene.event) == Some(true))
        };
        if d.date.is_none() && d.month.is_some() && written_year() {
            return Err(Fate::OtherYear);
        }
    }
    if matches!(kind, "duration" | "count" | "date") {
        // A schedule that may have held: see `decide`. (Counts and lengths
        // on a plan stay out: "expected to draw more than 60,000" is a
        // forecast, not the crowd.)
        // A commitment ("Meridane will pay $46.50 a share", "the mission
        // is planned to last 21 days") is kept for counts and lengths too,
        // and so held to agreeing; a forecast is not.
        // A claim that is itself a plan ("how many jobs the company will
        // cut") is stated by any plan that agrees with it.
        // ("Arvena said on Monday it would recall 412,000 cars", "confirmed
        // that the federation would pay 1.8 million euros": a commitment
        // reported in the past.)
        // (A bound is no commitment: "would take up to a fortnight".)
        let bound = ctx.is(
            at.start,
            &["up", "at", "more", "over", "under", "less", "fewer"],
        );
        let reported_would = |k: usize| {
            !bound
                && ctx.is(k, &["would"])
                && (k.saturating_sub(6).max(ctx.sentence.start)..k).any(|j| {
                    ctx.is(
                        j,
                        &["said", "confirmed", "announced", "agreed", "told", "stated"],
                    )
                })
        };
        let committed = |k: usize| ctx.is(k, COMMITMENTS) || reported_would(k);
        let modal = scene.modal_before(at);
        // (And under such a claim a commitment states the plan, right or
        // wrong: "the takeover will cut 1,580 jobs" against 1,850.)
        let kept = of_kind.iter().any(|&ci| {
            let claim = &scene.file.claims[ci];
            (kind == "date" || modal.is_some_and(committed) || scene.plans[ci])
                && (kind != "count" || unit_fit(claim, m) != UnitFit::No)
                && (super::judge::agrees(claim, value) == Some(true)
                    || (scene.plans[ci] && kind != "date" && modal.is_some_and(committed)))
        });
        if let Some(k) = modal.filter(|_| !kept) {
            return Err(Fate::Modal {
                word: scene.words[k].span.clone(),
            });
        }
        // "The legal ceiling is 10% of turnover", "a cap of 48 hours": a
        // limit, not what happened (unless the claim is itself a limit, or
        // the limit word is its cue).
        if let Some(k) = limit_before(ctx, at) {
            let limit_claim = of_kind.iter().any(|&ci| {
                let about = &file.claims[ci].about;
                LIMITS
                    .iter()
                    .chain(&["most", "up to"])
                    .any(|w| link::about_says(about, w))
            });
            if !limit_claim {
                return Err(Fate::Modal {
                    word: scene.words[k].span.clone(),
                });
            }
        }
        // "a crime carrying up to two years in prison": a term of custody,
        // which only a claim with a cue there ("jailed", "prison") is about.
        if kind == "duration" && ctx.in_sentence(at.end + 1) && !ctx.punct_before(at.end) {
            let k = at.end + 1;
            let custody = (ctx.is(at.end, &["in"])
                && ctx.is(k, &["prison", "jail", "gaol", "custody", "detention"]))
                || (ctx.is(at.end, &["behind"]) && ctx.is(k, &["bars"]));
            if custody && !ctx.punct_before(k) && !ctx.is_cue_word(k) {
                return Err(Fate::Term {
                    word: scene.words[k].span.clone(),
                });
            }
        }
        // "eight minutes from the end": a moment, not how long it lasted.
        // ("talks that are to begin within three months": a deadline.)
        if kind == "duration" {
            // (Unless a claim is itself a time until something: "how long
            // until the deal is expected to close".)
            let until = || {
                of_kind.iter().any(|&ci| {
                    let about = file.claims[ci].about.to_ascii_lowercase();
                    [
                        "until", "within", "deadline", "before", "time to", "expected",
                    ]
                    .iter()
                    .any(|w| about.contains(w))
                })
            };
            // "dumped 72 cm of snow in 24 hours": the window a fall of
            // snow or rain is measured over, not how long anything lasted.
            let window = at.start.checked_sub(1).filter(|&k| {
                k > ctx.sentence.start + 2
                    && ctx.is(k, &["in", "within", "over"])
                    && !ctx.punct_before(at.start)
                    && !ctx.punct_before(k)
                    && ctx.is(
                        k - 1,
                        &[
                            "snow",
                            "rain",
                            "rainfall",
                            "snowfall",
                            "precipitation",
                            "hail",
                        ],
                    )
                    && ctx.is(k - 2, &["of"])
            });
            if let Some(k) = window {
                return Err(Fate::Moment {
                    word: scene.words[k - 1].span.start..scene.words[k].span.end,
                });
            }
            let within = at.start.checked_sub(1).filter(|&k| {
                ctx.in_sentence(k)
                    && !ctx.punct_before(at.start)
                    && ctx.is(k, &["within"])
                    && !until()
            });
            // (Nor when a claim is itself a moment: "how far into overtime
            // the winning goal came" takes "7:41 into overtime".)
            let moment_claim = || {
                of_kind
                    .iter()
                    .any(|&ci| link::about_says(&file.claims[ci].about, "into"))
            };
            // ("a day ahead of the Sunday deadline": how early, not how
            // long; unless a claim is itself a margin, "38 seconds ahead of
            // the field".)
            let margin_claim = || {
                of_kind.iter().any(|&ci| {
                    ["ahead", "behind", "margin", "gap", "lead", "early", "late"]
                        .iter()
                        .any(|w| link::about_says(&file.claims[ci].about, w))
                })
            };
            let ahead = || {
                (ctx.in_sentence(at.end + 2)
                    && !ctx.punct_before(at.end)
                    && ctx.is(at.end, &["ahead"])
                    && ctx.is(at.end + 1, &["of"])
                    && ctx.is(
                        at.end + 2,
                        &[
                            "the", "a", "an", "its", "their", "his", "her", "schedule", "time",
                        ],
                    )
                    && !margin_claim())
                .then_some(at.end)
            };
            let moment = || {
                moment_after(ctx, at)
                    .filter(|_| !moment_claim())
                    .or_else(ahead)
            };
            if let Some(k) = within.or_else(moment) {
                return Err(Fate::Moment {
                    word: scene.words[k].span.clone(),
                });
            }
        }
        // "7,000 passengers a day", "611 cases in the worst week": a rate,
        // or a period's share, not the event's total.
        // (Only a count of things, and only when no claim is itself a
        // rate: "a quota of 200,000 packs a year". A share or a sum "in the
        // third quarter" is of its period, which the claim names too.)
        let rate_claim = of_kind.iter().any(|&ci| scene.rates[ci]);
        if of_things && !rate_claim {
            if let Some(k) = rate_after(ctx, at) {
                return Err(Fate::Rate {
                    word: scene.words[k].span.clone(),
                });
            }
        }
        // "attacked 4.5 km from the top", "with 10 km to go": where
        // something happened along the way, not how long the way was.
        let stated = match &m.kind {
            MentionKind::Count { unit, .. } => *unit,
            _ => None,
        };
        let length = matches!(stated, Some(crate::unit::Unit::Measure(u)) if u.dimension == Dimension::Length);
        if length && ctx.in_sentence(at.end + 1) && !ctx.punct_before(at.end) {
            let k = at.end;
            let position = (ctx.is(k, &["from"]) && ctx.is(k + 1, &["the", "home"]))
                || (ctx.is(k, &["to"]) && ctx.is(k + 1, &["go"]))
                || (ctx.is(k, &["before", "after", "short"]) && ctx.is(k + 1, &["the", "of"]));
            if position && !ctx.punct_before(k + 1) {
                return Err(Fate::Position {
                    word: scene.words[k].span.clone(),
                });
            }
        }
        // "the city of Tarrow, 40 km downstream", "about 40 kilometres to the
        // south of Hallin Point": where one place lies from another, which
        // only a claim with that bearing among its cues is about ("lies 64
        // metres below the surface", "81 km offshore").
        if length {
            if let Some(k) = bearing_after(ctx, at).filter(|&k| !ctx.is_cue_word(k)) {
                return Err(Fate::Bearing {
                    word: scene.words[k].span.clone(),
                });
            }
        }
        // "64 turbines of 17.5 MW", "two rounds of 600,000 doses": each
        // one's measure, not the whole's.
        if kind == "count" && at.start >= ctx.sentence.start + 2 {
            let of = at.start - 1;
            let each = ctx.is(of, &["of"])
                && !ctx.punct_before(at.start)
                && !ctx.punct_before(of)
                && scene.mentions.iter().any(|o| o.end == of && o.len() >= 2)
                && ctx.norm(of - 1).ends_with('s')
                && !link::count::is_number_word(ctx, of - 1);
            if each {
                return Err(Fate::Each {
                    word: scene.words[of].span.clone(),
                });
            }
        }
        // "A basic plan costs 49 euros a month": a price per period.
        let money = matches!(stated, Some(crate::unit::Unit::Currency(_)));
        // "she rowed around 12 hours a day": a daily stint, not the length
        // of the whole.
        let stint = matches!(m.kind, MentionKind::Duration(_));
        if (money || stint) && !rate_claim {
            if let Some(k) = per_period(ctx, at) {
                return Err(Fate::Rate {
                    word: scene.words[k].span.clone(),
                });
            }
        }
        // "the health unit tests every 48 hours": how often, not how long.
        if stint
            && at.start > ctx.sentence.start
            && !ctx.punct_before(at.start)
            && ctx.is(at.start - 1, &["every", "each"])
        {
            return Err(Fate::Every {
                word: scene.words[at.start - 1].span.clone(),
            });
        }
        // "about 52,000 vehicles a day", "600 cases a week": the period a
        // count is per, not a length of time.
        if stint && at.len() == 2 && ctx.is(at.start, &["a", "an", "per", "each", "every"]) {
            // (The figure, right before or before its noun of one or two
            // words, whether or not a claim could take it.)
            // (What lies between it and "a day" is a noun of its own: no
            // punctuation and no function word.)
            let tight = |from: usize| {
                (from..=at.start).all(|j| !ctx.punct_before(j))
                    && (from..at.start).all(|j| !ctx.is(j, &link::FUNCTION))
            };
            let figure = (at.start.saturating_sub(3).max(ctx.sentence.start)..at.start)
                .find(|&k| link::count::is_number_word(ctx, k) && tight(k + 1));
            // (Or a count the sentence's mentions hold: "tens of thousands
            // of drivers a day".)
            let counted = scene
                .mentions
                .iter()
                .find(|o| o.end <= at.start && o.end + 2 >= at.start && tight(o.end))
                .map(|o| o.start);
            if let Some(k) = figure.or(counted) {
                return Err(Fate::Per {
                    word: scene.words[k].span.start..scene.words[at.start - 1].span.end,
                });
            }
        }
        // "a tenth of an inch bigger than last year's": the size of a
        // difference, which only a claim about a change takes.
        // And "she took more than four days off the record": the margin.
        let tight_after = ctx.in_sentence(at.end + 1) && !ctx.punct_before(at.end);
        let than = tight_after
            && ctx.is(at.end + 1, &["than"])
            && ctx.is(
                at.end,
                &[
                    "more", "less", "fewer", "bigger", "smaller", "higher", "lower", "longer",
                    "shorter", "larger", "greater", "heavier", "lighter", "faster", "slower",
                    "quicker", "wider", "narrower", "deeper", "taller", "cheaper", "dearer",
                ],
            );
        // (Not a day: "ran aground Sunday off the coast"; nor a length:
        // "came down about 64 km off the coast".)
        let length = matches!(
            &m.kind,
            MentionKind::Count { unit: Some(crate::unit::Unit::Measure(u)), .. }
                if u.dimension == crate::unit::Dimension::Length
        );
        let off = tight_after
            && kind != "date"
            && !length
            && !ctx.punct_before(at.end + 1)
            && ctx.is(at.end, &["off"])
            && ctx.is(
                at.end + 1,
                &["the", "a", "an", "his", "her", "its", "their", "our", "my"],
            );
        // ("0.03 seconds taken off the record": a list line's label.)
        let taken_off = tight_after
            && kind != "date"
            && !length
            && ctx.in_sentence(at.end + 2)
            && (at.end + 1..=at.end + 2).all(|j| !ctx.punct_before(j))
            && ctx.is(
                at.end,
                &[
                    "taken", "shaved", "knocked", "clipped", "trimmed", "lopped", "sliced",
                ],
            )
            && ctx.is(at.end + 1, &["off"])
            && ctx.is(
                at.end + 2,
                &["the", "a", "an", "his", "her", "its", "their"],
            );
        if (than || off || taken_off) && !of_kind.iter().any(|&ci| is_change(&file.claims[ci])) {
            let last = at.end + 1 + usize::from(taken_off);
            return Err(Fate::Difference {
                word: scene.words[at.end].span.start..scene.words[last].span.end,
            });
        }
        // "beating the 58 days Rell needed", "broke Kessel's 2:04:11": the
        // mark it beat, not its own.
        if at.start >= ctx.sentence.start + 2 && !ctx.punct_before(at.start) {
            let k = at.start - 2;
            let owner = ctx.norm(at.start - 1);
            let beat = ctx.is(
                k,
                &[
                    "beat",
                    "beats",
                    "beating",
                    "broke",
                    "breaks",
                    "breaking",
                    "bettered",
                    "bettering",
                    "eclipsed",
                    "eclipsing",
                    "surpassed",
                    "surpassing",
                    "smashed",
                    "smashing",
                    "shattered",
                    "shattering",
                ],
            ) && (ctx.is(at.start - 1, &["the"])
                || owner.ends_with("'s")
                || owner.ends_with('\''));
            if beat && !ctx.punct_before(at.start - 1) {
                return Err(Fate::Beaten {
                    word: scene.words[k].span.clone(),
                });
            }
        }
        // "54 - injured passengers treated at Ellisford General", "611 -
        // cases in the worst week": a list line's label that narrows its
        // figure to a part.
        if kind == "count" {
            if let Some(k) = label_narrows(ctx, at) {
                return Err(Fate::Narrowed {
                    word: scene.words[k].span.clone(),
                });
            }
            // "the stadium, which holds 64,500": what the place can hold.
            if let Some(k) = capacity_before(ctx, at) {
                return Err(Fate::Modal {
                    word: scene.words[k].span.clone(),
                });
            }
        }
        // "Turnout has not topped 50 percent": what it did not do.
        let negation = (at.start.saturating_sub(3).max(ctx.sentence.start)..at.start)
            .find(|&k| ctx.is(k, &["not", "never", "n't"]) && ctx.same_clause(k, at.start));
        if let Some(k) = negation {
            return Err(Fate::Negated {
                word: scene.words[k].span.clone(),
            });
        }
    }
    // "by the end of March", "since February", "until Friday": a bound of
    // a span, not the day the event happened.
    // ("Budget vote (Friday, page 3)": the edition a correction cites.)
    if kind == "date" && ctx.in_sentence(at.end + 1) && ctx.gap(at.end).trim() == "," {
        let page = ctx.is(at.end, &["page", "p", "pages"])
            && ctx
                .norm(at.end + 1)
                .starts_with(|c: char| c.is_ascii_digit());
        if page {
            return Err(Fate::Edition {
                word: scene.words[at.end].span.clone(),
            });
        }
    }
    if kind == "date" {
        if let Some(k) = bound_before(ctx, at) {
            return Err(Fate::Bound {
                word: scene.words[k].span.clone(),
            });
        }
    }
    // "where the policy rate was last raised, to 5.50%": the time before
    // (a year is of another occasion anyway: "they last met in 2019").
    if kind != "people" && kind != "year" {
        let last = ctx
            .last_done()
            .iter()
            .find(|&&k| !ctx.is_cue_word(k) && ctx.same_clause(k, at.start));
        if let Some(&k) = last {
            return Err(Fate::Dated {
                word: scene.words[k].span.clone(),
            });
        }
    }
    // "Skerra-1's own cut, March 2024: 18-hour outage": a fact box's label
    // that names another year dates the figure its colon gives.
    if kind != "year" {
        let colon = (ctx.sentence.start + 1..=at.start)
            .rev()
            .take(3)
            .find(|&k| ctx.gap(k).contains(':'));
        if let Some(c) = colon {
            let other = (ctx.sentence.start..c).find(|&k| {
                other_year_numeral(&ctx.text[ctx.words[k].span.clone()], scene.event) == Some(true)
            });
            if let Some(k) = other {
                return Err(Fate::Dated {
                    word: scene.words[k].span.clone(),
                });
            }
        }
    }
    // "Cyclone Odrin came ashore with winds of 210 km/h": another
    // occasion of the event's kind, named in the mention's clause. (Who
    // took part in it too: "Brandt finished second in the Candidates
    // tournament".)
    // (Not one that a comparison's base after the mention names: "raised to
    // 60,000 euros, up from 50,000 euros at the last competition".)
    let in_base = |k: usize| {
        k > at.end
            && (at.end..k).any(|j| {
                ctx.is(j, &["from", "than"])
                    || (ctx.is(j, &["compared"]) && ctx.is(j + 1, &["with", "to"]))
            })
    };
    if let Some(&k) = scene
        .others
        .iter()
        .find(|&&k| ctx.same_clause(k, at.start) && !in_base(k))
    {
        return Err(Fate::OtherOccasion {
            word: scene.words[k].span.clone(),
        });
    }
    // "After the March 2019 blackout - 260,000 homes, 19 hours, a fault near
    // Braemoor - engineers …": an aside a dash opens right after that other
    // occasion is about it.
    let aside = scene.others.iter().find(|&&k| {
        k < at.start
            && (k + 1..=(k + 2).min(at.start)).any(|g| {
                ctx.in_sentence(g)
                    && link::is_dash_gap(ctx.gap(g))
                    && !(g + 1..=at.start).any(|j| link::is_dash_gap(ctx.gap(j)))
            })
    });
    if let Some(&k) = aside {
        return Err(Fate::OtherOccasion {
            word: scene.words[k].span.clone(),
        });
    }
    // "On Wednesday, the day after the big blackout, a cable fault in
    // Kelso …": a place or day of a day before or after the event's.
    // (Not when the event noun there is a claim's cue: "A week after the
    // quake, Chuquiyaco counts its dead" is the quake's town.)
    if matches!(kind, "place" | "date") {
        let cue_at = |j: usize| {
            of_kind
                .iter()
                .any(|&ci| scene.active[ci].iter().any(|c| c.contains(&j)))
        };
        let shifted = (ctx.sentence.start + 1..at.start).find(|&k| {
            ctx.is(k, &["after", "before"])
                && ctx.is(k - 1, &["day", "days", "week", "weeks", "night", "morning"])
                && (k + 1..(k + 5).min(at.start)).any(|j| ctx.is_event_noun(j) && !cue_at(j))
                // (A new one of them after it: "a cable fault".)
                && (k + 5..ctx.sentence.end).any(|j| {
                    cue_at(j)
                        && (j.saturating_sub(2).max(k + 1)..j).any(|i| ctx.is(i, &["a", "an", "another"]))
                })
        });
        if let Some(k) = shifted {
            return Err(Fate::Dated {
                word: scene.words[k].span.clone(),
            });
        }
    }
    // "the next fourteen men who will be trapped", "the previous 12
    // winners": a figure a word of another time opens counts another
    // occasion's.
    if kind == "count" && at.start > ctx.sentence.start {
        let k = at.start - 1;
        if ctx.is(k, &["next", "previous", "upcoming", "future", "former"])
            && !ctx.punct_before(at.start)
        {
            return Err(Fate::Dated {
                word: scene.words[k].span.clone(),
            });
        }
    }
    if matches!(kind, "duration" | "count" | "place" | "score") {
        if let Some(k) = dated_after(ctx, at, scene.mentions, scene.event) {
            return Err(Fate::Dated {
                word: scene.words[k].span.clone(),
            });
        }
    }
    let mut linked: Option<(usize, usize, usize, link::Frame, Range<usize>)> = None;
    let overridden = kind == "count" && link::count::noun_overridden(ctx, at);
    let mut nearest: Option<(usize, usize)> = None;
    let mut why: Option<Fate> = None;
    // Whose a cue is, when no other cue ties the mention (see below).
    let mut owner_fate: Option<Fate> = None;
    // "the Lisbon-bound ferry": the word states the destination itself, and
    // holds the route cue "bound" that the cue matcher, reading whole words,
    // cannot see.
    if kind == "place" {
        // "If the stone had come down at Orlek, …": a condition, not where
        // anything happened.
        let open = ctx.sentence.start;
        if ctx.is(open, &["if", "unless"]) && (open + 1..=at.start).all(|j| !ctx.punct_before(j)) {
            return Err(Fate::Modal {
                word: scene.words[open].span.clone(),
            });
        }
        // "outside Arlen": close to or away from it, which confirms a place
        // and contradicts none.
        if let Some(k) = link::place::approximate(ctx, at) {
            if !of_kind
                .iter()
                .any(|&ci| super::judge::agrees(&file.claims[ci], value) == Some(true))
            {
                return Err(Fate::Approximate {
                    word: scene.words[k].span.clone(),
                });
            }
        }
        let own = ctx.norm(at.end - 1);
        if own.ends_with("-bound") || own.ends_with("–bound") {
            let destination = of_kind.iter().copied().find(|&ci| {
                scene.roles[ci] == link::place::Role::Destination
                    && !ctx.not_near_tied(&scene.found.not_near[ci], at)
            });
            if let Some(ci) = destination {
                return Ok((ci, Link::Linked, Some("bound"), Some(at.clone())));
            }
        }
    }
    // "passed by 388 votes to 201", "388 members voted yes, 201 voted no":
    // a tally's sides, for the claims that count the votes for and against.
    if kind == "count" {
        if let Some(side) = tally_side(ctx, at) {
            let sided = of_kind
                .iter()
                .copied()
                .filter(|&ci| file.claims[ci].vote_side() == Some(side))
                // ("voted no, 51.4% to 48.6%" are no regions.)
                .filter(|&ci| unit_fit(&file.claims[ci], m) != UnitFit::No)
                .collect::<Vec<_>>();
            if let [ci] = sided[..] {
                if !ctx.not_near_tied(&scene.found.not_near[ci], at) {
                    return Ok((ci, Link::Linked, Some("tally"), None));
                }
            }
        }
    }
    for &ci in &of_kind {
        let cues = &scene.active[ci];
        if cues.is_empty() {
            if !scene.found.near[ci].is_empty() {
                why.get_or_insert(Fate::OtherTime { claim: ci });
            }
            continue;
        }
        // A not-near word that is another figure's own noun ("from a
        // workforce of roughly 24,000", "and six crew") is that figure's,
        // not this one's.
        // ("inside a surveillance zone of 10 kilometres": with its noun
        // between.)
        let own_noun_of_other = |r: &Range<usize>| {
            let of = if ctx.is(r.end, &["of", "at"]) {
                Some(r.end)
            } else {
                Some(r.end + 1).filter(|&k| {
                    ctx.in_sentence(k)
                        && ctx.is(k, &["of"])
                        && !ctx.is(r.end, &link::FUNCTION)
                        && !ctx.punct_before(r.end)
                })
            };
            scene.mentions.iter().any(|o| {
                o != at
                    && (of.is_some_and(|k| {
                        o.start > k && o.start - k <= 2 && ctx.tight(k - 1, o.start)
                    })
                        || (o.end == r.start && !ctx.punct_before(r.start))
                        // "412 passengers and six crew": its own noun.
                        || (o.start < r.start && r.end <= o.end))
            })
        };
        let all = &scene.found.not_near[ci];
        // A not-near verb with its own agent ("negotiations mediated by
        // the envoy, Ottilie Brandt") is that agent's, not another name's.
        let agent_of_other = |r: &Range<usize>| {
            kind == "people"
                && ctx.is(r.end, &["by"])
                && !ctx.punct_before(r.end)
                && !(at.start > r.end && at.start - r.end <= 7)
        };
        // "lodged 86,400 claims by Thursday, of which 51,200 were for cars",
        // "filed 86,400 claims, most of them for cars": a not-near word in
        // the parts a comma lists after the figure is the parts'.
        let in_parts_after = |r: &Range<usize>| {
            kind == "count"
                && r.start > at.end
                && r.start - at.end <= 12
                && (at.end..r.start).any(|k| {
                    ctx.gap(k).trim() == ","
                        && ((ctx.is(k, &["of"]) && ctx.is(k + 1, &["which", "whom", "them"]))
                            || (ctx.is(k, &["most", "many", "some", "half", "nearly", "almost"])
                                && ctx.is(k + 1, &["of", "all"]))
                            // ("Injured: 32, six of them seriously")
                            || (link::count::is_number_word(ctx, k)
                                && ctx.is(k + 1, &["of"])
                                && ctx.is(k + 2, &["them", "whom", "which", "those"]))
                            || ctx.is(k, &["including", "mostly", "mainly", "chiefly"]))
                })
        };
        // "boarded the ship early on Monday, shortly after it docked": a
        // not-near word in a time clause after the day tells when, by
        // another event, what the day's clause did (it docked that day too).
        let time_clause_after =
            |r: &Range<usize>| kind == "date" && in_time_clause_after(ctx, at, r);
        // "the tower has 87 floors above ground, a hotel, offices and an
        // observation deck": a not-near word among the other things a
        // comma lists after the figure is theirs.
        let in_list_after = |r: &Range<usize>| {
            kind == "count"
                && r.start > at.end
                && r.start - at.end <= 8
                && (at.end + 1..=r.start).any(|k| ctx.gap(k).trim() == ",")
                && (at.end..r.end).all(|k| !ctx.finite_verb(k))
                && (at.end..(r.end + 4).min(ctx.sentence.end)).any(|k| ctx.is(k, &["and"]))
        };
        // (A count's not-near word that is another figure's.)
        let others_count = |r: &Range<usize>| {
            kind == "count" && (own_noun_of_other(r) || in_parts_after(r) || in_list_after(r))
        };
        let not_near: Cow<'_, [Range<usize>]> = if all
            .iter()
            .any(|r| others_count(r) || agent_of_other(r) || time_clause_after(r))
        {
            all.iter()
                .filter(|r| !(agent_of_other(r) || time_clause_after(r) || others_count(r)))
                .cloned()
                .collect()
        } else {
            Cow::Borrowed(all.as_slice())
        };
        let back = scene.it_back.contains(&ci) && ctx.clause(at.start) == 0;
        // ("The 1908 canvas was bought by Corbett": the canvas's year,
        // whatever else its clause says.)
        // ("a block that collapsed on Sunday": the collapse's day.)
        // ("a second, smaller collapse on Sunday" under `not-near: second`:
        // a not-near word that qualifies the cue makes it another's.)
        let qualified = |c: &Range<usize>| {
            not_near
                .iter()
                .any(|r| r.end <= c.start && c.start - r.end <= 2 && at.start >= c.end)
        };
        // (A list line's label says what its figure is: "1952 - the year
        // part of the main was relined" under `not-near: relined`.)
        let labelled = || ctx.opens_list_line(at);
        let tight = || match kind {
            "year" => {
                !labelled()
                    && cues
                        .iter()
                        .any(|c| !qualified(c) && link::year::tight(ctx, at, c).is_some())
            }
            "date" => {
                !labelled()
                    && cues
                        .iter()
                        .any(|c| !qualified(c) && link::date::tight(ctx, at, c))
            }
            // ("Pellham-based Halcyon Telecom said it would acquire
            // satellite operator Orbis": where Halcyon is based.)
            "place" => {
                (scene.roles[ci] == link::place::Role::Location
                    && cues.iter().any(|c| link::place::based(ctx, at, c)))
                    // ("brought ashore in Skarra, the trawler's home port":
                    // the cue's own preposition names the place; what its
                    // apposition says of the place does not undo that.)
                    || (not_near.iter().all(|r| r.start > at.end)
                        && cues.iter().any(|c| {
                            (c.end + 1 == at.start
                                && ctx.is(c.end, &["in", "at", "to", "into"])
                                && !ctx.punct_before(c.end)
                                && !ctx.punct_before(at.start))
                                // ("had sailed from Tarrow and was bound for
                                // Aster Bay" under `near: sailed from`: a cue
                                // that ends on its own preposition.)
                                || (c.end == at.start
                                    && c.len() > 1
                                    && ctx.is(c.end - 1, &["in", "at", "to", "into", "from"])
                                    && !ctx.punct_before(at.start))
                        }))
            }
            // ("a buffer zone 12 miles wide and 87 miles long": a measure
            // and the dimension it gives, right after it; not the noun a
            // measure qualifies, "a 6.1-inch screen" on another model.)
            // (Not under a not-near word before it: "The current record
            // holder, Corran Tower, is 281 metres tall" under `not-near:
            // Corran` measures Corran Tower.)
            "count" => {
                not_near
                    .iter()
                    .all(|r| r.start > at.end || (r.start >= at.start && r.end <= at.end))
                    && matches!(
                        &m.kind,
                        MentionKind::Count {
                            unit: Some(crate::unit::Unit::Measure(_)),
                            ..
                        }
                    )
                    && cues.iter().any(|c| {
                        c.start == at.end
                            && c.len() == 1
                            && ctx.in_sentence(c.start)
                            && !ctx.punct_before(c.start)
                            && ctx.is(c.start, link::count::DIMENSIONS)
                    })
            }
            _ => false,
        };
        // (A not-near year that is the mention itself holds whatever the
        // frame: "the 2016 census" under `not-near: 2016`.)
        let itself = kind == "year"
            && not_near
                .iter()
                .any(|r| r.start < at.end && at.start < r.end);
        if back || itself || (!not_near.is_empty() && ctx.not_near_tied(&not_near, at) && !tight())
        {
            why = Some(Fate::NotNear { claim: ci });
            continue;
        }
        if other_scale(&file.claims[ci], m) {
            why = Some(Fate::Scale { claim: ci });
            continue;
        }
        let mut unit = unit_fit(&file.claims[ci], m);
        // "19 match points" under `unit: match points`: the mention's noun
        // is the unit's first word, the rest follows it.
        if unit == UnitFit::No
            && matches!(
                &m.kind,
                MentionKind::Count {
                    unit: None,
                    noun: Some(_),
                    ..
                }
            )
            && unit_phrase_at(&file.claims[ci], ctx, at.end - 1, true)
        {
            unit = UnitFit::Yes;
        }
        // "12 coal miners" under `unit: miners`: the phrase's head counts.
        if unit == UnitFit::No
            && head_counts(
                &file.claims[ci],
                ctx.words,
                ctx.text,
                m,
                at.end,
                ctx.sentence.end,
            )
        {
            unit = UnitFit::Yes;
        }
        // "Two of his three co-defendants": a bare number counts the noun
        // of its partitive.
        // ("played eleven matches, won eight": eight matches.)
        let partitive_other = unit == UnitFit::IfLinked
            && link::count::partitive_noun(ctx, at)
                .or_else(|| link::count::elided_noun(ctx, at))
                .is_some_and(|k| {
                    let noun = ctx.norm(k);
                    !unit_names(&file.claims[ci], &noun)
                        && !unit_phrase_at(&file.claims[ci], ctx, k, false)
                });
        // "1,630,700 - no votes": a list line's label names what a bare
        // figure counts.
        let label_other = unit == UnitFit::IfLinked
            && ctx.opens_list_line(at)
            && label_noun(ctx, at).is_some_and(|k| {
                let noun = ctx.norm(k);
                // ("12 - survivors rescued" under `unit: miners`: people.)
                let people = count::is_person_noun(&noun)
                    && matches!(
                        &file.claims[ci].rule,
                        Rule::Count { unit: Some(crate::claims::CountUnit::Noun(want)), .. }
                            if count::is_person_noun(want)
                    );
                !people
                    && !noun_is_unit(&file.claims[ci], &noun)
                    && !unit_phrase_at(&file.claims[ci], ctx, k, false)
            });
        // "118 container ships" under `unit: containers`: the claim's noun,
        // singular after a plural number, qualifies the plural noun after
        // it, which is what is counted.
        let compound_other = kind == "count"
            && matches!(
                (&m.kind, &file.claims[ci].rule),
                (
                    MentionKind::Count { unit: None, noun: Some(n), quantity },
                    Rule::Count { unit: Some(crate::claims::CountUnit::Noun(want)), .. },
                ) if !n.ends_with('s') && quantity.interval.lo > 1.0 && count::same_noun(want, n)
            )
            && ctx.in_sentence(at.end)
            && !ctx.punct_before(at.end)
            && other_plural(ctx, at.end, &file.claims[ci]);
        // "Records stolen: 11.6 million" under `unit: customers`, when
        // another claim counts records: a label before the figure's colon
        // that names another claim's noun.
        let head_label_other = unit == UnitFit::IfLinked
            && at.start > ctx.sentence.start
            && ctx.gap(at.start).contains(':')
            && (ctx.sentence.start + 1..at.start).all(|k| !ctx.punct_before(k))
            && (ctx.sentence.start..at.start).any(|k| {
                let noun = ctx.norm(k);
                !unit_names(&file.claims[ci], &noun)
                    && of_kind.iter().any(|&o| {
                        o != ci
                            && matches!(
                                &file.claims[o].rule,
                                Rule::Count { unit: Some(crate::claims::CountUnit::Noun(want)), .. }
                                    if count::same_noun(want, &noun)
                            )
                    })
            });
        // "the three affected countries" under `unit: customers`: a bare
        // figure, a word that qualifies, and the plural noun they count.
        let qualified_other = kind == "count"
            && matches!(
                (&m.kind, &file.claims[ci].rule),
                (
                    MentionKind::Count {
                        unit: None,
                        noun: None,
                        ..
                    },
                    Rule::Count {
                        unit: Some(crate::claims::CountUnit::Noun(_)),
                        ..
                    },
                )
            )
            && ctx.in_sentence(at.end + 1)
            && !ctx.punct_before(at.end)
            && !ctx.punct_before(at.end + 1)
            && plain_lower(ctx, at.end)
            && other_plural(ctx, at.end + 1, &file.claims[ci])
            && !ctx.finite_verb(at.end + 1)
            && !count::is_person_noun(&ctx.norm(at.end + 1));
        if unit == UnitFit::No
            || partitive_other
            || label_other
            || compound_other
            || qualified_other
            || head_label_other
        {
            why = Some(Fate::OtherUnit { claim: ci });
            continue;
        }
        // "Corin Maddox rode Brass Meridian" under who rode the winner: a
        // person (or horse) another people claim names stands in that
        // claim's role, and is no rival of this one unless listed absent.
        if let (Rule::People { value: own, absent }, Value::Person(id)) =
            (&file.claims[ci].rule, value)
        {
            let listed = |ids: &[String]| ids.iter().any(|p| p.as_str() == &**id);
            if !own.as_deref().is_some_and(listed) && !listed(absent) {
                let other = of_kind.iter().copied().find(|&cj| {
                    cj != ci
                        && matches!(&file.claims[cj].rule,
                            Rule::People { value: Some(v), .. } if listed(v))
                });
                if let Some(other) = other {
                    why = Some(Fate::OtherRole { claim: ci, other });
                    continue;
                }
            }
        }
        // "the average nonstop trip took 2 hours 9 minutes", "along a 3-km
        // stretch", "took eight years to build": an average, a part's
        // measure or another task's length, unless the claim is one.
        if matches!(kind, "count" | "duration") {
            let about = &file.claims[ci].about;
            // (The same task in other words: "to build" under "how long
            // construction took", "to negotiate" under "the negotiations".)
            let in_about = |k: usize| {
                let w = ctx.norm(k);
                let family = |w: &str| {
                    if matches!(w, "build" | "construct" | "rebuild") {
                        "constr".to_string()
                    } else {
                        w.chars().take(5).collect()
                    }
                };
                about
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|a| a.len() > 3)
                    .any(|a| {
                        let a = a.to_ascii_lowercase();
                        let a = if a.starts_with("build") || a == "built" {
                            "constr".to_string()
                        } else {
                            a
                        };
                        a.starts_with(&family(&w))
                    })
            };
            let other = other_measure(ctx, at, cues, kind).filter(|&k| !in_about(k));
            if let Some(k) = other {
                why = Some(Fate::OtherMeasure {
                    word: scene.words[k].span.clone(),
                });
                continue;
            }
        }
        // "carrying 14 people, 13 of them passengers" under the passengers
        // aboard: the whole whose part the claim's noun then counts.
        if let Rule::Count {
            unit: Some(crate::claims::CountUnit::Noun(want)),
            ..
        } = &file.claims[ci].rule
        {
            let k = at.end;
            let whole = ctx.in_sentence(k + 3)
                && ctx.gap(k).trim() == ","
                && link::count::is_number_word(ctx, k)
                && ctx.is(k + 1, &["of"])
                && ctx.is(k + 2, &["them", "whom"])
                && count::same_noun(want, &ctx.norm(k + 3));
            if whole {
                why = Some(Fate::Whole);
                continue;
            }
        }
        // "its president from 1994 to 2004" under the year he took office:
        // the span's end is no start (and its start no end).
        if kind == "year" {
            if let Some((is_end, k)) = span_end(ctx, at) {
                let about = &file.claims[ci].about;
                let wants_end = about.split(|c: char| !c.is_alphanumeric()).any(|w| {
                    matches!(
                        w.to_ascii_lowercase().as_str(),
                        "left"
                            | "leaving"
                            | "ended"
                            | "end"
                            | "until"
                            | "retired"
                            | "retirement"
                            | "stepped"
                            | "last"
                            | "final"
                            | "closed"
                            | "quit"
                            | "resigned"
                    )
                });
                if is_end != wants_end {
                    why = Some(Fate::SpanEnd {
                        word: scene.words[k].span.clone(),
                    });
                    continue;
                }
            }
        }
        // "Sari herself was born at Tallberg Zoo": a name that a reflexive
        // sets apart as its clause's subject, none of the claim's, is whose
        // the clause is.
        if kind != "people" {
            let own = |k: usize| scene.subjects[ci].holds(ctx, k);
            if let Some(k) = emphatic_subject(ctx, at).filter(|&k| !own(k)) {
                why = Some(Fate::OtherSubject {
                    claim: ci,
                    word: scene.words[k].span.clone(),
                });
                continue;
            }
        }
        // "25,000 euros - Brandauer's prize for second place": someone
        // else's figure, whatever cue it has.
        if matches!(kind, "count" | "duration") {
            if let Some(o) = link::subject::other_owner(ctx, scene.names, &scene.subjects[ci], at) {
                why = Some(Fate::OtherSubject {
                    claim: ci,
                    word: scene.words[o.start].span.start..scene.words[o.end - 1].span.end,
                });
                continue;
            }
        }
        if kind == "count" {
            let claim = &file.claims[ci];
            let subject = &scene.subjects[ci];
            if let Some(k) = link::count::measure_of_other(ctx, at, cues, &claim.about, |k| {
                subject.holds(ctx, k)
            }) {
                why = Some(Fate::OtherSubject {
                    claim: ci,
                    word: scene.words[k].span.clone(),
                });
                continue;
            }
        }
        // "the region's 12,000 hectares of vines" under a claim about the
        // vineyard area damaged: all the region has.
        if kind == "count" {
            if let Some((k, state)) =
                link::count::stock_of_owner(ctx, at, cues, &file.claims[ci].about)
            {
                why = Some(Fate::Stock {
                    claim: ci,
                    word: scene.words[k].span.clone(),
                    state: state.to_string(),
                });
                continue;
            }
        }
        // "Pellona reached 45.6C", "14:05 Pellona, which held the record,
        // has reached 44.9C": a measure read at a rival place that opens
        // the figure's clause is that place's.
        if kind == "count" && is_measure(&file.claims[ci]) {
            let opener = scene.rival_places.iter().copied().find(|&r| {
                r < at.start
                    && ctx.same_clause(r, at.start)
                    && !link::date::is_dateline(ctx, &(r..r + 1))
                    && (ctx.sentence.start..r)
                        .all(|k| ctx.is(k, &["the", "in", "at"]) || in_clock_stamp(ctx, k))
            });
            if let Some(r) = opener {
                why = Some(Fate::OtherSubject {
                    claim: ci,
                    word: scene.words[r].span.clone(),
                });
                continue;
            }
        }
        // "Orbis 5, with a crew of four" when the claim is Orbis 4's.
        if let Some(k) = scene.subjects[ci].other_number(ctx, at) {
            why = Some(Fate::OtherSubject {
                claim: ci,
                word: scene.words[k - 1].span.start..scene.words[k].span.end,
            });
            continue;
        }
        // "The 14 pieces that were not taken": what its predicate denies.
        if matches!(kind, "count" | "duration") {
            let denied = cues.iter().find_map(|c| {
                if c.start <= at.end || c.start - at.end > 10 {
                    return None;
                }
                // (The negation first: it is rare, the clause test is not cheap.)
                let not = (c.start.saturating_sub(2).max(at.end)..c.start).find(|&k| {
                    let w = ctx.text[ctx.words[k].span.clone()].as_bytes();
                    w.eq_ignore_ascii_case(b"not")
                        || w.eq_ignore_ascii_case(b"never")
                        || w.ends_with(b"n't")
                        || w.ends_with("n\u{2019}t".as_bytes())
                })?;
                ctx.same_clause(at.start, c.start).then_some(not)
            });
            if let Some(k) = denied {
                why = Some(Fate::Negated {
                    word: scene.words[k].span.clone(),
                });
                continue;
            }
        }
        // ("about 640 of the 1,850 jobs to be cut", "will lose about 450
        // of the 1,200 jobs the company plans to cut", "Of the 1,200 jobs
        // the company plans to cut, about 450 will go": a predicate that
        // qualifies the whole is the whole's, and the part is a part of
        // it. "Fourteen of Sabrania's 38 districts were affected" is
        // the part's own.)
        // (Read once per claim, not per cue: see the people frame below.)
        // (And "the king" under "which ministers accompanied the king".)
        let named_in_about = kind == "people"
            && ((!scene.subjects[ci].is_empty()
                && at.clone().any(|k| scene.subjects[ci].holds(ctx, k)))
                || about_calls(
                    &file.claims[ci].rule,
                    &file.claims[ci].about,
                    &file.entities,
                    value,
                ));
        let of_after = kind == "count" && ctx.is(at.end, &["of"]);
        let of_front = kind == "count" && ctx.is(ctx.sentence.start, &["of"]);
        let whole_predicate = (of_after || of_front)
            && cues.iter().any(|cue| {
                scene.mentions.iter().any(|o| {
                    let after = of_after
                        && o.start > at.end
                        && o.start - at.end <= 3
                        && !ctx.punct_before(at.end);
                    let fronted = of_front
                        && o.start > ctx.sentence.start
                        && o.start - ctx.sentence.start <= 3
                        && cue.end <= at.start
                        && (cue.end..=at.start).any(|k| ctx.gap(k).trim() == ",");
                    (after || fronted)
                        && o.end <= cue.start
                        && cue.start - o.end <= 6
                        && o.end < cue.start
                        && (ctx.is(o.end, &["to", "that", "which"])
                            // (A clause with a subject of its own and a verb
                            // before the cue: "the company plans to cut";
                            // "aboard the ferry died" is the part's verb.)
                            || (ctx.is(o.end, &["the", "a", "its", "their"])
                                && (o.end + 1..cue.start).any(|k| {
                                    ctx.is(k, &["to", "will", "would", "must"])
                                        || ctx.is(k, &link::AUX)
                                })))
                        && (o.end..cue.start).all(|k| !ctx.punct_before(k))
                })
            });
        let p = cues.partition_point(|c| c.start < at.start);
        for cue in &cues[p.saturating_sub(CUE_NEIGHBOURS)..(p + CUE_NEIGHBOURS).min(cues.len())] {
            // "the index, which is up 9%": the change of something else.
            // (A claim that names no one and is no change takes its move
            // verb as its own: "the grid lost 1,850 MW" under "megawatts
            // lost".)
            // (Read only at a move verb: whether a claim is a change is a
            // scan of its words.)
            let owned = || !scene.subjects[ci].is_empty() || is_change(&file.claims[ci]);
            if kind == "count" && link::count::is_move(ctx, cue) && owned() {
                let thing = |k: usize| {
                    cues.iter()
                        .any(|c| c.contains(&k) && !link::count::is_move(ctx, c))
                        || scene.subjects[ci].holds(ctx, k)
                };
                if let Some(k) = link::count::change_of_other(ctx, at, cue, thing) {
                    why = Some(Fate::OtherSubject {
                        claim: ci,
                        word: scene.words[k].span.clone(),
                    });
                    continue;
                }
            }
            // "National Union, which won 72 seats": another party's figure.
            // (Who does what a people claim's cue says is a participant
            // too: "Valkov toured the district with Maes".)
            let rival = (kind != "people")
                .then(|| link::subject::rival(ctx, scene.names, &scene.subjects[ci], at, cue))
                .flatten();
            if let Some(owner) = rival {
                why = Some(Fate::OtherSubject {
                    claim: ci,
                    word: scene.words[owner.start].span.start..scene.words[owner.end - 1].span.end,
                });
                continue;
            }
            // "one of the four seriously injured survivors" under how many
            // were injured in all: a degree right after the figure narrows
            // the cue to a part.
            if kind == "count"
                && cue.start > ctx.sentence.start
                && (at.end == cue.start || at.end + 1 == cue.start)
                && ctx.is(cue.start - 1, DEGREES)
                && !file.claims[ci]
                    .about
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| ctx.is(cue.start - 1, &[w]))
            {
                why = Some(Fate::OtherMeasure {
                    word: scene.words[cue.start - 1].span.clone(),
                });
                continue;
            }
            let d = distance(cue, at);
            if unit == UnitFit::Yes && !nearest.is_some_and(|(nd, _)| d >= nd) {
                nearest = Some((d, ci));
            }
            // ("120,000 square kilometres of ice rising to 2,950 metres"
            // under the cue "kilometres": another figure's unit is its own.)
            if cue.len() == 1
                && scene
                    .mentions
                    .iter()
                    .any(|o| o != at && o.start <= cue.start && cue.end <= o.end)
                && crate::unit::parse(&ctx.norm(cue.start)).is_some()
            {
                continue;
            }
            // "Buses carry about 268,000 of the network's 412,000 daily
            // passengers": a cue in the whole's noun phrase is the whole's,
            // not its part's. (What the part does is the part's: "51 of the
            // 64 starters finished".)
            if kind == "count"
                && link::count::whole_after(ctx, at).is_some_and(|w| {
                    cue.start > w
                        && cue.end <= w + 4
                        && (w + 1..cue.end).all(|k| {
                            !ctx.punct_before(k)
                                && !ctx.finite_verb(k)
                                && !ctx.is(k, &link::FUNCTION)
                        })
                })
            {
                why = Some(Fate::Part { claim: ci });
                continue;
            }
            // "81% of those who voted backed the 6.8% rise": a cue noun with
            // a figure of its own right before it is that figure's.
            if kind == "count"
                && cue.start > ctx.sentence.start
                && !ctx.punct_before(cue.start)
                && scene.mentions.iter().any(|o| {
                    o != at && o.end == cue.start && link::count::is_number_word(ctx, o.end - 1)
                })
            {
                continue;
            }
            if kind == "people" && by_other_name(scene, at, cue) {
                continue;
            }
            // "President Maddox visits the ground on Monday" under "who
            // visited the stadium the day after the crush" (a Sunday): a
            // day of the week in the clause other than the claim's is
            // another visit.
            if kind == "people" {
                if let Some(day) = scene.weekdays[ci] {
                    let other = (ctx.sentence.start..ctx.sentence.end).find(|&k| {
                        (ctx.same_clause(k, at.start) || ctx.same_clause(k, cue.start))
                            && ctx.capitalised(k)
                            && crate::extract::weekday_named(&ctx.norm(k)).is_some_and(|d| d != day)
                    });
                    if let Some(k) = other {
                        why = Some(Fate::Dated {
                            word: scene.words[k].span.clone(),
                        });
                        continue;
                    }
                }
            }
            // "the previous record, which Dahlberg set five years ago": a
            // time after the cue's verb dates what the people did.
            if kind == "people" && cue.end <= ctx.sentence.end {
                // (Not a list line's year heading: "1908 - the year Ekholt
                // painted it" names who painted it.)
                let after = dated_after(ctx, cue, &[], scene.event).filter(|&k| k >= cue.end);
                if let Some(k) = after {
                    why = Some(Fate::Dated {
                        word: scene.words[k].span.clone(),
                    });
                    continue;
                }
            }
            // "Deputy team leader Kaja Rimm", "vice chair Ivo Marsh": a rank
            // before the cue names another office than the claim's (unless
            // the claim is about that office).
            if kind == "people" {
                if let Some(k) = rank_before(ctx, cue, &file.claims[ci].about) {
                    why = Some(Fate::Rank {
                        word: scene.words[k].span.clone(),
                    });
                    continue;
                }
            }
            let frame = match kind {
                "duration" => link::duration::link(ctx, at, cue),
                "count" => link::count::link(ctx, at, cue),
                "date" => link::date::link(ctx, at, cue),
                "place" => link::place::link(ctx, at, cue, scene.roles[ci]),
                // ("Quiroga is unveiled …" under "who stood with Quiroga at
                // his unveiling": the one the claim is about is none of them.)
                "people" if named_in_about => None,
                "people" => link::people::link(ctx, at, cue, scene.patients[ci])
                    .filter(|_| !of_other_work(scene, at, cue)),
                "score" => link::score::link(ctx, at, cue),
                "year" => link::year::link(ctx, at, cue),
                _ => ctx.same_clause(at.start, cue.start).then_some("clause"),
            };
            // "The board approved the rise late on Thursday" under "the day
            // the new fares take effect": the day of a decision about the
            // cue, not the day it takes effect.
            if kind == "date" && frame.is_some() && scene.effects[ci] {
                if let Some((k, _)) = link::date::attach(ctx, at)
                    .filter(|&(k, _)| !cue.contains(&k) && ctx.is(k, DECIDING) && k < cue.start)
                {
                    why = Some(Fate::Decided {
                        word: scene.words[k].span.clone(),
                    });
                    continue;
                }
            }
            // "Tamsford's councillors": whose the cue is confirms the
            // place, and contradicts none.
            // (Unless another cue ties it: "ended his hunger strike at Orvel
            // Prison" under "prison" and "hunger strike".)
            if frame == Some("owner") && super::judge::agrees(&file.claims[ci], value) != Some(true)
            {
                owner_fate = Some(Fate::Owner { claim: ci });
                continue;
            }
            // "65,000 - marchers in Portsall" under "the city of the biggest
            // march": one march among several, unless called the biggest.
            if kind == "place"
                && frame.is_some()
                && super::judge::agrees(&file.claims[ci], value) == Some(false)
                && is_superlative(&file.claims[ci].about)
                && !(cue.start.saturating_sub(3).max(ctx.sentence.start)..cue.end)
                    .any(|k| ctx.is(k, SUPERLATIVES))
            {
                return Err(Fate::NotTheMost { claim: ci });
            }
            // "the provisional record Castrel set …, which lasted one day":
            // what a relative clause's verb says is of the noun it hangs
            // on, when that is no cue of the claim.
            if kind == "duration" && frame == Some("verb") && cue.start > ctx.sentence.start + 1 {
                // (After a comma, the clause's antecedent; with none, the
                // word right before: "a final that lasted 3 hours".)
                let rel = cue.start - 1;
                let hangs_on = if !ctx.is(rel, &["which", "that"]) {
                    None
                } else if ctx.gap(rel).trim() == "," {
                    ctx.antecedent_of(ctx.clause(cue.start))
                } else {
                    Some(rel - 1)
                };
                if let Some(w) = hangs_on.filter(|&w| !cues.iter().any(|c| c.contains(&w))) {
                    return Err(Fate::OtherSubject {
                        claim: ci,
                        word: scene.words[w].span.clone(),
                    });
                }
            }
            // "reduced spending by 50 million euros": the size of a change
            // is no total, and only a claim about a change takes it.
            let frame = frame.filter(|&f| f != "by" || is_change(&file.claims[ci]));
            // "Five people were arrested on June 10 and two more on June 12,
            // a total of seven": parts of the total the sentence then gives.
            if part_of_stated_total(ctx, at) {
                why = Some(Fate::Part { claim: ci });
                continue;
            }
            // "3,100 dockworkers and 1,100 crew" when both nouns are the
            // claim's: parts of its total, not the total.
            if frame == Some("noun") && link::count::is_part(ctx, at) {
                let partner = cues.iter().any(|c| {
                    c != cue
                        && distance(c, at) <= 6
                        && ctx.same_clause(c.start, at.start)
                        && (c.start.saturating_sub(2)..c.start)
                            .any(|k| !at.contains(&k) && link::count::is_number_word(ctx, k))
                });
                if partner {
                    why = Some(Fate::Part { claim: ci });
                    continue;
                }
            }
            // "14 of Sabrania's 38 districts were affected": the whole
            // takes only a word of its own after it ("of the 93 aboard").
            // ("About 1,100 of the 4,200 workers who walked out": a
            // relative clause on the whole is its own.)
            // ("of the 1,850 jobs to be cut": so is an infinitive's.)
            let own_clause = ctx.is(at.end, &["who", "which", "that"])
                || (ctx.is(at.end, &["to"]) && ctx.is(at.end + 1, &["be"]));
            // ("of the 93 aboard": a word of its own, right after it or as
            // its noun when the claim counts no noun; "of the country's 38
            // districts" counts districts, but which is the part's to say.)
            let counts_noun = matches!(
                &file.claims[ci].rule,
                Rule::Count {
                    unit: Some(crate::claims::CountUnit::Noun(_)),
                    ..
                }
            );
            // ("Three of the country's 11 regions voted no": a verb after
            // the whole is the part's predicate.)
            let predicate = ctx.is(
                cue.start,
                &[
                    "voted",
                    "backed",
                    "rejected",
                    "approved",
                    "opposed",
                    "supported",
                ],
            ) || ctx.is(cue.start, &link::AUX);
            let own_word =
                (cue.start == at.end && !predicate) || (cue.start < at.end && !counts_noun);
            if whole && frame.is_some() && !own_clause && !own_word {
                why = Some(Fate::Whole);
                continue;
            }
            if whole_predicate && frame.is_some() {
                why = Some(Fate::PartOfWhole { claim: ci });
                continue;
            }
            if portion && frame.is_some_and(|f| f != "predicate") {
                why = Some(Fate::Portion);
                continue;
            }
            // (A first or last few, whatever its predicate: states the
            // claim only when it agrees.)
            if first_few
                && frame.is_some()
                && super::judge::agrees(&file.claims[ci], value) != Some(true)
            {
                why = Some(Fate::Portion);
                continue;
            }
            if frame.is_none() && unit == UnitFit::IfLinked {
                why.get_or_insert(Fate::Unlinked { claim: ci });
            }
            if let Some(frame) = frame {
                // A count that is the subject of what became of it ("Twenty
                // passengers were taken to hospital") is what its predicate
                // says, before what its noun says.
                let rank = usize::from(frame == "noun" && overridden);
                if !linked
                    .as_ref()
                    .is_some_and(|(lr, ld, _, _, _)| (rank, d) >= (*lr, *ld))
                {
                    linked = Some((rank, d, ci, frame, cue.clone()));
                }
            }
        }
    }
    if let Some((_, _, ci, frame, cue)) = linked {
        return Ok((ci, Link::Linked, Some(frame), Some(cue)));
    }
    if let Some(fate) = owner_fate {
        return Err(fate);
    }
    // "AET: Eastbury 3-2 Redmarsh": a score between the claim's two sides
    // confirms it; without a cue it may be a score on the way, so it never
    // contradicts.
    if kind == "score" && !link::score::running(ctx, at) {
        let sides = of_kind
            .iter()
            .copied()
            .filter(|&ci| scene.subjects[ci].names_both_sides(ctx, at))
            .collect::<Vec<_>>();
        if let Some(&ci) = sides
            .iter()
            .find(|&&ci| super::judge::agrees(&file.claims[ci], value) == Some(true))
        {
            return Ok((ci, Link::Linked, Some("sides"), None));
        }
        if let Some(&ci) = sides.first() {
            return Err(Fate::SidesOnly { claim: ci });
        }
    }
    let Some((_, ci)) = nearest else {
        return Err(why.unwrap_or(Fate::NoCue));
    };
    if portion {
        return Err(Fate::Portion);
    }
    if whole {
        return Err(Fate::Whole);
    }
    sentence_only(scene, ctx, m, at, kind, value, ci).map(|()| (ci, Link::Sentence, None, None))
}

/// A mention decided for a claim, before the sentence is read as a whole.
struct Decided<'m> {
    mention: &'m Mention,
    /// The clause of its first word.
    clause: u32,
    claim: usize,
    link: Link,
    frame: Option<link::Frame>,
    cue: Option<Range<usize>>,
    value: Value,
    /// Whether "now" stands right before it ("has now reached 15 km"): of
    /// the present, whatever else its clause dates.
    now: bool,
}

/// The decisions of one sentence (indices) that only their own noun ties
/// to a count claim, when another figure of the sentence is tied to that
/// claim by what is said of it: in "Korvel won three games to Sarkis's one,
/// over the 13 games played", the 13 are the games played and the three a
/// part of them.
fn outranked(decided: &[Decided<'_>], elsewhere: &[usize]) -> Vec<usize> {
    let own_noun = |d: &Decided<'_>| {
        d.link == Link::Linked
            && d.frame == Some("noun")
            && matches!(d.mention.kind, MentionKind::Count { .. })
    };
    if !decided.iter().any(own_noun) {
        return Vec::new();
    }
    (0..decided.len())
        .filter(|&i| {
            own_noun(&decided[i])
                && decided.iter().enumerate().any(|(j, o)| {
                    j != i
                        && o.claim == decided[i].claim
                        && o.link == Link::Linked
                        && o.frame.is_some_and(|f| f != "noun" && f != "label")
                        && matches!(o.mention.kind, MentionKind::Count { .. })
                        && !elsewhere.contains(&j)
                })
        })
        .collect()
}

/// The decisions of one sentence (index, and the index and span of the one
/// that restates it) that a count right after them, past a comma, says again in
/// the claim's own terms: in "to finish on 277, 11 under par", the 11 its
/// noun ties to the claim of strokes under par is the claim's figure, and
/// the 277 the predicate took is the same result counted otherwise.
fn restated(decided: &[Decided<'_>], text: &str) -> Vec<(usize, usize, Range<usize>)> {
    let count = |d: &Decided<'_>| matches!(d.mention.kind, MentionKind::Count { .. });
    let mut out = Vec::new();
    for (j, o) in decided.iter().enumerate() {
        let by = decided.iter().position(|d| {
            count(d)
                && count(o)
                && d.claim == o.claim
                && d.link == Link::Linked
                && d.frame == Some("noun")
                && o.link == Link::Linked
                && o.frame.is_some_and(|f| f != "noun" && f != "label")
                && o.mention.span.end <= d.mention.span.start
                && text[o.mention.span.end..d.mention.span.start].trim() == ","
        });
        if let Some(by) = by {
            out.push((j, by, decided[by].mention.span.clone()));
        }
    }
    out
}

/// The decisions of one sentence that are about another occasion: a clause
/// whose figures contradict two claims or more at once, and agree with
/// none, tells of another meeting, quake or launch ("On Monday, a magnitude
/// 5.1 tremor struck off northern Chile"), not of two errors at once. A
/// careful reader gives such a clause to that other occasion; one wrong
/// figure beside right ones ("the talks in Anchorage lasted 12 hours"), or
/// two figures swapped, stays an error. So does a clause that holds a
/// mention of another time (rule 7): what it gets wrong is that time's
/// ("The last strike, in October 2019, lasted five days and ended with a
/// 3.2% rise").
fn another_occasion(file: &ClaimsFile, decided: &[Decided<'_>], dated: &[u32]) -> Vec<usize> {
    if decided.len() < 2 && dated.is_empty() {
        return Vec::new();
    }
    let agrees: Vec<Option<bool>> = decided
        .iter()
        .map(|d| super::judge::agrees(&file.claims[d.claim], &d.value))
        .collect();
    let mut out = Vec::new();
    let mut clauses: Vec<u32> = decided.iter().map(|d| d.clause).collect();
    clauses.sort_unstable();
    clauses.dedup();
    for clause in clauses {
        let here = || (0..decided.len()).filter(|&i| decided[i].clause == clause);
        // A figure right for another claim of its kind is this event's,
        // transposed ("22 dead and 31 injured" for 31 dead and 22 injured).
        let ours = |i: usize| {
            agrees[i] == Some(true)
                || file.claims.iter().enumerate().any(|(cj, c)| {
                    cj != decided[i].claim
                        && c.rule.kind() == file.claims[decided[i].claim].rule.kind()
                        && super::judge::agrees(c, &decided[i].value) == Some(true)
                })
        };
        if here().any(ours) {
            continue;
        }
        let mut wrong: Vec<usize> = here()
            .filter(|&i| agrees[i] == Some(false))
            .map(|i| decided[i].claim)
            .collect();
        wrong.sort_unstable();
        wrong.dedup();
        if wrong.len() >= 2 {
            out.extend(here().filter(|&i| agrees[i] == Some(false)));
        } else if !wrong.is_empty() && dated.contains(&clause) {
            out.extend(here().filter(|&i| agrees[i] == Some(false) && !decided[i].now));
        }
    }
    out
}

/// Whether count `m` is one of parts ("five … and two more …") whose
/// total the sentence then gives ("a total of seven", "seven in all").
fn part_of_stated_total(ctx: &Ctx<'_>, m: &Range<usize>) -> bool {
    if !(link::count::is_part(ctx, m) || ctx.is(m.end, &["more"])) {
        return false;
    }
    (m.end..ctx.sentence.end.min(m.end + 16)).any(|k| {
        (ctx.is(k, &["total"]) && ctx.is(k + 1, &["of"]) && link::count::is_number_word(ctx, k + 2))
            || (ctx.is(k, &["in"])
                && ctx.is(k + 1, &["all", "total"])
                && k > m.end
                && link::count::is_number_word(ctx, k - 1))
    })
}

/// The one claim a mention no cue ties to confirms by its value alone, if
/// any, with the value in the claim's unit: a day that is the claim's day, a
/// count in the claim's own `unit` with its value, or a length that agrees,
/// each stated closed ("seven hostages", "for 11 hours", "on Tuesday", not
/// "more than a week"). A careful reader takes "On Tuesday in Morvane, …" or
/// "the seven hostages" in a story of that siege as its day and its hostages
/// whatever the sentence's words; what differs, with no cue, is about
/// something else, so such a mention confirms and never contradicts (link
/// `sentence`). Not when two claims would take it; and only when
/// [`stated_plainly`].
fn agreeing_claim(
    file: &ClaimsFile,
    m: &Mention,
    value: &Value,
    head_counts: &dyn Fn(&Claim) -> bool,
) -> Option<(usize, Value)> {
    // (Closed: not "more than a week", "up to 40,000"; a day, not a month
    // alone: "every July".)
    let closed = match value {
        Value::Interval(i) => i.lo > 0.0 && i.hi.is_some(),
        Value::Date(d) => d.date.is_some() || d.day.is_some() || d.weekday.is_some(),
        Value::Place(_) => true,
        _ => false,
    };
    if !closed {
        return None;
    }
    // A range as written ("7 to 21 days") agrees only when both its ends do;
    // a hedge ("about 19 hours") when it reaches the claim.
    let hedged = match &m.kind {
        MentionKind::Duration(q) => q.hedge.is_some(),
        MentionKind::Count { quantity, .. } => quantity.hedge.is_some(),
        _ => true,
    };
    let agrees = |claim: &Claim, v: &Value| match v {
        Value::Interval(i) if !hedged && i.hi != Some(i.lo) => {
            [Some(i.lo), i.hi].iter().all(|end| {
                let end = Value::Interval(crate::interval::Interval {
                    lo: end.unwrap_or(i.lo),
                    hi: *end,
                });
                super::judge::agrees(claim, &end) == Some(true)
            })
        }
        _ => super::judge::agrees(claim, v) == Some(true),
    };
    let mut agreeing = file.claims.iter().enumerate().filter_map(|(ci, claim)| {
        let fits = match (&claim.rule, &m.kind) {
            (Rule::Count { unit: Some(_), .. }, MentionKind::Count { .. }) => {
                count::accepts(&claim.rule, &m.kind).is_some()
                    || head_counts(claim)
                    || distinctive(claim, m)
            }
            (Rule::Count { unit: None, .. }, MentionKind::Count { .. }) => distinctive(claim, m),
            (Rule::Duration { .. }, MentionKind::Duration(_))
            | (Rule::Date { .. }, MentionKind::Date(_)) => true,
            // (Not the one of several a claim singles out: "the town worst
            // hit" is one of the towns the article names where things were.)
            (Rule::Place { .. }, MentionKind::Entity { .. }) => !singles_out(&claim.about),
            _ => false,
        };
        if !fits {
            return None;
        }
        let v = count::in_claim_unit(&claim.rule, &m.kind, value.clone());
        agrees(claim, &v).then_some((ci, v))
    });
    let found = agreeing.next()?;
    agreeing.next().is_none().then_some(found)
}

/// The claim the mention at `at` (word indices) confirms by its value, if
/// any, and that value: [`agreeing_claim`], then [`stated_plainly`] in its
/// sentence, whose context `ctx` gives only once a claim agrees. `scope`
/// is the claims file, the article's words and text, the end of the
/// mention's sentence (word index) and the event's time.
fn confirm_by_value<'c, 'a: 'c>(
    scope: (&ClaimsFile, &[Word], &str, usize, EventTime),
    m: &Mention,
    at: &Range<usize>,
    value: &Value,
    ctx: impl FnOnce() -> &'c Ctx<'a>,
) -> Option<(usize, Value)> {
    let (file, words, text, sentence_end, event) = scope;
    let head = |c: &Claim| head_counts(c, words, text, m, at.end, sentence_end);
    agreeing_claim(file, m, value, &head).filter(|_| stated_plainly(ctx(), m, at, event))
}

/// Whether count `m` is a figure no other fact of the story would share
/// with the claim: exact, with four significant digits or more, with no
/// unit of measure or currency of its own and no noun other than the
/// claim's ("among the 61,384 at Saturday's semi-final", "15,112 people are
/// in their seats" for a crowd of 15,112 spectators).
/// "47" or "3.4 million" may be many things; "61,384" is the crowd.
fn distinctive(claim: &Claim, m: &Mention) -> bool {
    let MentionKind::Count {
        quantity,
        unit: None,
        noun,
    } = &m.kind
    else {
        return false;
    };
    let Rule::Count { unit, .. } = &claim.rule else {
        return false;
    };
    // (Of the claim's noun or, for people, anyone: "15,112 people" are
    // spectators, but "4,318 people" no cases.)
    let counted = match (unit, noun) {
        (Some(crate::claims::CountUnit::Unit(_)), _) => false,
        (Some(crate::claims::CountUnit::Noun(want)), Some(n)) => {
            count::same_noun(want, n) || (count::is_person_noun(want) && count::is_person_noun(n))
        }
        _ => true,
    };
    if !counted {
        return false;
    }
    let i = quantity.interval;
    if quantity.hedge.is_some() || i.hi != Some(i.lo) || i.lo <= 0.0 {
        return false;
    }
    // (Its significant digits: those left once the zeros at either end,
    // and the point between them, are set aside.)
    let written = format!("{}", i.lo);
    let significant = written.trim_matches(|c| c == '0' || c == '.');
    significant.bytes().filter(u8::is_ascii_digit).count() >= 4
}

/// Whether the mention at `at` states what happened, for [`agreeing_claim`]:
/// not of another time (rule 7, "in 2019", "a year ago"), not a plan or a
/// forecast, not denied, not a dateline's day or place; and a place as
/// where something was ("in Morvane", "at the Orvell Museum"), not a name
/// in another role ("Morvane police said").
fn stated_plainly(ctx: &Ctx<'_>, m: &Mention, at: &Range<usize>, event: EventTime) -> bool {
    let negated = (at.start.saturating_sub(3).max(ctx.sentence.start)..at.start)
        .any(|k| ctx.is(k, &["not", "never", "n't"]) && ctx.same_clause(k, at.start));
    let place = matches!(m.kind, MentionKind::Entity { .. });
    const WHERE: &[&str] = &["in", "at", "near", "outside", "inside"];
    let located = || {
        let before = |k: usize| k > ctx.sentence.start && !ctx.punct_before(k);
        (before(at.start) && ctx.is(at.start - 1, WHERE))
            || (before(at.start)
                && before(at.start - 1)
                && ctx.is(at.start - 1, &["the"])
                && ctx.is(at.start - 2, WHERE))
    };
    !negated
        && (!place || located())
        && ctx.modal_before(at).is_none()
        && !other_time_around(ctx.words, ctx.sentence.clone(), at, ctx.text, event)
        && dated_after(ctx, at, &[], event).is_none()
        && !(matches!(m.kind, MentionKind::Date(_) | MentionKind::Entity { .. })
            && link::date::is_dateline(ctx, at))
}

/// Whether duration `m` is inside one of the sentence's relative years
/// ("ten years ago"): time since something, never a length.
fn in_year(sentence: &[&Mention], m: &Mention) -> bool {
    matches!(m.kind, MentionKind::Duration(_))
        && sentence.iter().any(|y| {
            matches!(y.kind, MentionKind::Year { .. })
                && y.span.start <= m.span.start
                && m.span.end <= y.span.end
        })
}

/// A duration, count, date or place mention's value as written (before
/// any claim's unit), for [`agreeing_claim`].
fn plain_value(m: &Mention, places: &WordMap<String, Arc<str>>) -> Option<Value> {
    match &m.kind {
        MentionKind::Duration(q) => Some(Value::Interval(q.interval)),
        MentionKind::Count { quantity, .. } => Some(Value::Interval(quantity.interval)),
        MentionKind::Date(d) => Some(Value::Date(d.clone())),
        MentionKind::Entity { id: Some(id), .. } => places.get(&**id).cloned().map(Value::Place),
        _ => None,
    }
}

/// Rule 2c: a mention not linked to `claim`'s cue is still about it when it
/// is the sole mention of its kind in the sentence, nothing else in the
/// sentence could be what it is about, and its value is of the claim's order.
fn sentence_only(
    scene: &Scene<'_, '_>,
    ctx: &Ctx<'_>,
    m: &Mention,
    at: &Range<usize>,
    kind: &'static str,
    value: &Value,
    ci: usize,
) -> Result<(), Fate> {
    let claim = &scene.file.claims[ci];
    if !scene.sole {
        return Err(Fate::NotSole { claim: ci });
    }
    let cues = &scene.active[ci];
    // ("Six of its crew came from the town": a part of a whole, which
    // only a frame of its own ties to a claim.)
    let partitive = matches!(
        m.kind,
        MentionKind::Count {
            unit: None,
            noun: None,
            ..
        }
    ) && ctx.is(at.end, &["of"])
        && ctx.is(at.end + 1, &link::DETERMINERS)
        && !ctx.punct_before(at.end)
        && !ctx.punct_before(at.end + 1);
    if kind == "count" && partitive {
        return Err(Fate::Partitive);
    }
    // "The top commission charges …; small developers pay 15%" under
    // `not-near: commission`: a sentence that names what the claim is not
    // about has a candidate subject of its own (SPEC rule 2c).
    if super::judge::agrees(claim, value) != Some(true)
        && scene.found.not_near[ci]
            .iter()
            .any(|r| !(kind == "date" && in_time_clause_after(ctx, at, r)))
    {
        return Err(Fate::NotNear { claim: ci });
    }
    if kind == "count" && part_of_stated_total(ctx, at) {
        return Err(Fate::Part { claim: ci });
    }
    // "Time since the Landsting passed the act on 10 December 2025, by 94
    // votes to 81": in a sentence that names another year, a mention no
    // link ties to the claim's cue may be of that time; it confirms what
    // agrees ("the first since 2019, after 11 days") and contradicts nothing.
    if kind != "date" && kind != "year" && super::judge::agrees(claim, value) != Some(true) {
        let other = ctx.sentence.clone().find(|&k| {
            !(at.start..at.end).contains(&k)
                && other_year_numeral(&ctx.text[ctx.words[k].span.clone()], scene.event)
                    == Some(true)
        });
        if let Some(k) = other {
            return Err(Fate::Dated {
                word: scene.words[k].span.clone(),
            });
        }
    }
    // "45 kilometres: the distance from Pellworth to Skarra": a list line's
    // label says what its figure is; one with no cue and no word of the
    // claim's `about` names something else.
    if let Some(k) = label_forecast(ctx, at) {
        return Err(Fate::Modal {
            word: scene.words[k].span.clone(),
        });
    }
    // (A label that opens on a noun phrase: "16 days - from Sunday 2
    // August to …, the longest heatwave" says when first.)
    if ctx.opens_list_line(at) && ctx.is(at.end, &["the", "a", "an"]) {
        let label = at.end..ctx.label_end(at);
        let named = label.clone().any(|k| {
            cues.iter().any(|c| c.contains(&k)) || link::in_about(&claim.about, &ctx.norm(k))
        });
        let head = label
            .clone()
            .find(|&k| !ctx.is(k, &link::DETERMINERS) && !ctx.is(k, &link::FUNCTION));
        if let (false, Some(k)) = (named, head) {
            return Err(Fate::OtherSubject {
                claim: ci,
                word: scene.words[k].span.clone(),
            });
        }
    }
    // A place takes a cue of its own clause, or one that heads the
    // sentence as its label ("The capsizing: … 6 km off Santa Fe").
    let heads = |c: &Range<usize>| {
        c.end - ctx.sentence.start <= 3 && ctx.in_sentence(c.end) && ctx.gap(c.end).trim() == ":"
    };
    if kind == "place"
        && !cues
            .iter()
            .any(|c| ctx.same_clause(c.start, at.start) || heads(c))
    {
        return Err(Fate::CueElsewhere { claim: ci });
    }
    let is_cue = |k: usize| cues.iter().any(|c| c.contains(&k));
    // "visited six hospitals" under a claim of the cabinet's size: a count
    // that names what it counts, neither the claim's unit nor a word of its
    // cues or its `about`, counts something else.
    if let MentionKind::Count {
        unit: None,
        noun: Some(noun),
        ..
    } = &m.kind
    {
        let own = matches!(&claim.rule, Rule::Count { unit: Some(_), .. })
            || count::is_person_noun(noun)
            || cue_heads_name(claim, noun)
            || claim
                .near
                .iter()
                .any(|c| c.split_whitespace().any(|w| count::same_noun(w, noun)))
            || link::in_about(&claim.about, noun);
        if !own {
            let k = (at.start..at.end)
                .rev()
                .find(|&k| ctx.norm(k) == noun.as_str())
                .unwrap_or(at.end - 1);
            return Err(Fate::OtherSubject {
                claim: ci,
                word: scene.words[k].span.clone(),
            });
        }
    }
    let head = match kind {
        "duration" => link::duration::head(ctx, at),
        // ("16 match points" under `unit: match points`: its own unit.)
        "count" if unit_phrase_at(claim, ctx, at.end - 1, true) => None,
        "count" => link::count::head(ctx, at),
        "date" => link::date::attach(ctx, at).map(|(k, _)| k),
        "year" => link::year::head(ctx, at),
        "place" => {
            if !link::place::in_role(ctx, at, scene.roles[ci]) {
                return Err(Fate::NotInRole { claim: ci });
            }
            // "Transport minister Paul Aske, speaking in Ostby, welcomed the
            // agreement": where that person was.
            if let Some(k) = link::place::whereabouts(ctx, at) {
                return Err(Fate::OtherSubject {
                    claim: ci,
                    word: scene.words[k].span.clone(),
                });
            }
            link::place::attach(ctx, at, scene.roles[ci]).map(|(k, _)| k)
        }
        // A name that merely stands in the sentence is no participant (SPEC
        // people row): people are attributed by link only.
        "people" => return Err(Fate::NotParticipant { claim: ci }),
        _ => None,
    };
    // What the mention is tied to (a counted noun, the verb a date or a
    // place phrase hangs on, the event an adjectival duration qualifies) is
    // what it is about, unless that is a cue of one of the file's claims (it
    // is then this event, seen from another claim: "beating Rovers at
    // Ashgrove Park"). A place phrase hangs on a verb as often as on its
    // event ("the debate … ended in the Reichstag"), so for a place only
    // another event is another subject.
    if let Some(h) = head {
        let other = !ctx.is_cue_word(h) && (kind != "place" || ctx.is_event_noun(h));
        if other {
            return Err(Fate::OtherSubject {
                claim: ci,
                word: scene.words[h].span.clone(),
            });
        }
    }
    // "2:11:30 - Ilse Brandauer's time in second place", "Brandauer, who
    // was second in a national record of 2:11:30": someone else's figure.
    if matches!(kind, "count" | "duration") {
        if let Some(owner) = link::subject::other_owner(ctx, scene.names, &scene.subjects[ci], at) {
            return Err(Fate::OtherSubject {
                claim: ci,
                word: scene.words[owner.start].span.start..scene.words[owner.end - 1].span.end,
            });
        }
    }
    // "where the Farmers' League took nine seats": the verb whose object
    // the figure is has another name for its subject.
    if kind == "count" {
        let owner = link::subject::object_owner(ctx, scene.names, at).filter(|o| {
            o.clone()
                .all(|k| !is_cue(k) && !scene.subjects[ci].holds(ctx, k))
        });
        if let Some(owner) = owner {
            return Err(Fate::OtherSubject {
                claim: ci,
                word: scene.words[owner.start].span.start..scene.words[owner.end - 1].span.end,
            });
        }
    }
    // Another event, or another claim of this kind with a cue here (one in
    // another unit is none: "4% - the maximum fine" is no fixed ceiling in
    // euros).
    let rival = scene.file.claims.iter().enumerate().any(|(cj, c)| {
        cj != ci
            && c.rule.kind() == kind
            && !scene.active[cj].is_empty()
            && (kind != "count" || unit_fit(c, m) != UnitFit::No)
    });
    if rival {
        return Err(Fate::Ambiguous { claim: ci });
    }
    if let Some(k) = ctx.sentence.clone().find(|&k| {
        !at.contains(&k)
            && !is_cue(k)
            && !scene.words[k].quoted
            && ctx.same_clause(k, at.start)
            && ctx.is_event_noun(k)
    }) {
        return Err(Fate::OtherSubject {
            claim: ci,
            word: scene.words[k].span.clone(),
        });
    }
    if !same_order(claim, value) {
        return Err(Fate::OtherOrder { claim: ci });
    }
    Ok(())
}

/// How many unquoted mentions of each kind a sentence holds: a few kinds,
/// counted in place (a map would allocate for every sentence).
#[derive(Default)]
struct KindCounts {
    kinds: [(&'static str, usize); 10],
    len: usize,
}

impl KindCounts {
    fn add(&mut self, kind: &'static str) {
        if let Some(slot) = self.kinds[..self.len].iter_mut().find(|(k, _)| *k == kind) {
            slot.1 += 1;
        } else if self.len < self.kinds.len() {
            self.kinds[self.len] = (kind, 1);
            self.len += 1;
        }
    }

    fn get(&self, kind: &str) -> usize {
        self.kinds[..self.len]
            .iter()
            .find(|(k, _)| *k == kind)
            .map_or(0, |(_, n)| *n)
    }
}

/// Whether `noun` is the counted noun of `claim`: its unit, or the head of
/// one of its cues.
/// The first plural noun in the first words of a list line's label
/// ("1,630,700 - no votes", "3 - regions that voted no").
fn label_noun(ctx: &Ctx<'_>, at: &Range<usize>) -> Option<usize> {
    (at.end..ctx.label_end(at).min(at.end + 3)).find(|&k| {
        let w = ctx.norm(k);
        w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && !w.ends_with("is")
            && !w.ends_with("'s")
            && !ctx.capitalised(k)
            && !ctx.is(k, &link::FUNCTION)
            && !ctx.is(k, &link::DETERMINERS)
    })
}

/// Whether a count claim's `unit:` of several words ("match points") is
/// written in the sentence starting at word `k` (`from_start`) or ending at
/// it: the last word in any number, the others as they are.
fn unit_phrase_at(claim: &Claim, ctx: &Ctx<'_>, k: usize, from_start: bool) -> bool {
    let Rule::Count {
        unit: Some(crate::claims::CountUnit::Noun(want)),
        ..
    } = &claim.rule
    else {
        return false;
    };
    let want: Vec<&str> = want.split_whitespace().collect();
    if want.len() < 2 {
        return false;
    }
    let Some(first) = (if from_start {
        Some(k)
    } else {
        (k + 1).checked_sub(want.len())
    }) else {
        return false;
    };
    want.iter().enumerate().all(|(j, w)| {
        let i = first + j;
        ctx.in_sentence(i)
            && (j == 0 || !ctx.punct_before(i))
            && if j + 1 == want.len() {
                count::same_noun(w, &ctx.norm(i))
            } else {
                ctx.norm(i).eq_ignore_ascii_case(w)
            }
    })
}

fn unit_names(claim: &Claim, noun: &str) -> bool {
    noun_is_unit(claim, noun) || cue_heads_name(claim, noun)
}

/// The word, if any, that heads a count's noun phrase when the counted noun
/// read is a modifier of it: "12 coal miners", "twelve surviving miners",
/// "Twelve Brennock Deep miners" (word `end` is the one after the mention,
/// which ends on that modifier). The first plural word within two, none a
/// function word, an auxiliary or past punctuation, after a modifier that
/// is not plural itself.
fn compound_head(
    words: &[Word],
    text: &str,
    m: &Mention,
    end: usize,
    limit: usize,
) -> Option<usize> {
    let MentionKind::Count {
        unit: None,
        noun: Some(noun),
        ..
    } = &m.kind
    else {
        return None;
    };
    if noun.ends_with('s') {
        return None;
    }
    (end..(end + 2).min(limit))
        .take_while(|&k| {
            let w = words[k].norm(text);
            !words[k].punct_before && !link::FUNCTION.holds(&w) && !link::AUX.holds(&w)
        })
        .find(|&k| {
            let w = words[k].norm(text);
            w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")
        })
}

/// Whether a count claim of a noun (`unit: miners`) is what the head of
/// the mention's noun phrase counts ([`compound_head`]).
fn head_counts(
    claim: &Claim,
    words: &[Word],
    text: &str,
    m: &Mention,
    end: usize,
    limit: usize,
) -> bool {
    let Rule::Count {
        unit: Some(crate::claims::CountUnit::Noun(want)),
        ..
    } = &claim.rule
    else {
        return false;
    };
    compound_head(words, text, m, end, limit)
        .is_some_and(|k| count::same_noun(want, &words[k].norm(text)))
}

/// Whether `noun` is what a count claim counts by its `unit:` (or a
/// person, for a claim of people or of any noun): no cue consulted.
fn noun_is_unit(claim: &Claim, noun: &str) -> bool {
    let Rule::Count {
        unit: Some(crate::claims::CountUnit::Noun(want)),
        ..
    } = &claim.rule
    else {
        return true;
    };
    count::same_noun(want, noun)
        || matches!(noun, "people" | "persons" | "person")
        || (matches!(want.as_str(), "people" | "persons" | "person") && count::is_person_noun(noun))
}

/// Whether `noun` is the last word of one of `claim`'s cues ("Korvanians",
/// "Korvanian nationals"): the editor's own word for what it counts.
fn cue_heads_name(claim: &Claim, noun: &str) -> bool {
    claim
        .near
        .iter()
        .filter_map(|cue| cue.split_whitespace().last())
        .any(|head| count::same_noun(head, noun))
}

/// Whether a count's value lies wholly below `claim`'s.
fn below_claim(claim: &Claim, value: &Value) -> bool {
    match (&claim.rule, value) {
        (
            Rule::Count {
                value: Some(want), ..
            },
            Value::Interval(got),
        ) => got.hi.is_some_and(|hi| hi < want.lo),
        _ => false,
    }
}

/// "The toll has passed 300": a bare count after a verb of going beyond is
/// its lower end, as "more than 300" is (a careful reader's hedge).
fn passed(ctx: &Ctx<'_>, at: &Range<usize>, kind: &MentionKind, value: Value) -> Value {
    let bare = matches!(kind, MentionKind::Count { quantity, .. } if quantity.hedge.is_none());
    let beyond = at.start > ctx.sentence.start
        && ctx.is(
            at.start - 1,
            &[
                "passed",
                "topped",
                "exceeded",
                "surpassed",
                "crossed",
                "past",
            ],
        );
    match value {
        Value::Interval(i) if bare && beyond => {
            Value::Interval(crate::interval::Interval::at_least(i.lo))
        }
        other => other,
    }
}

/// "over the two days of the rescue": the calendar days a span touched,
/// so more than one day and at most two, not 48 hours.
fn calendar_days(ctx: &Ctx<'_>, at: &Range<usize>, kind: &MentionKind, value: Value) -> Value {
    const DAY: f64 = 86_400.0;
    let bare = matches!(kind, MentionKind::Duration(q) if q.hedge.is_none());
    let days = match &value {
        Value::Interval(i) if i.hi == Some(i.lo) && i.lo % DAY == 0.0 => i.lo / DAY,
        _ => return value,
    };
    let named = at.start > ctx.sentence.start
        && ctx.is(at.start - 1, &["the", "those", "these"])
        && ctx.norm(at.end - 1).starts_with("day")
        && ctx.is(at.end, &["of"])
        && !ctx.punct_before(at.end);
    if bare && named && (2.0..=7.0).contains(&days) {
        Value::Interval(crate::interval::Interval::new(
            (days - 1.0) * DAY,
            days * DAY,
        ))
    } else {
        value
    }
}

/// A claim about a maximum ("the maximum fine", "the longest prison term",
/// "a ceiling") is stated exactly by "up to six years": for it, "up to X"
/// names the bound X, not any value below it (SPEC rule 1 reads "up to X" as
/// [0, X], which would let "up to five years" support a three-year maximum).
/// Likewise "at least X" states a minimum claim's X. `bounds` is the
/// claim's ([`Bounds::of`]).
fn as_bound(bounds: Bounds, kind: &MentionKind, value: Value) -> Value {
    let hedge = match kind {
        MentionKind::Duration(q) => q.hedge.as_deref(),
        MentionKind::Count { quantity, .. } => quantity.hedge.as_deref(),
        _ => None,
    };
    let (Some(hedge), Value::Interval(i)) = (hedge, &value) else {
        return value;
    };
    let Bounds { maximum, minimum } = bounds;
    match hedge {
        "up to" | "as much as" | "as many as" | "a maximum of" | "no more than" | "at most"
            if maximum =>
        {
            i.hi.map_or(value.clone(), |hi| {
                Value::Interval(crate::interval::Interval::point(hi))
            })
        }
        "at least" | "a minimum of" | "no less than" | "no fewer than" if minimum => {
            Value::Interval(crate::interval::Interval::point(i.lo))
        }
        _ => value,
    }
}

/// Whether a claim's `about` names a maximum ("the maximum fine", "the
/// longest prison term", "a ceiling") or a minimum, for [`as_bound`]: read
/// from its words once per claims file, since every hedged figure asks.
#[derive(Clone, Copy, Debug, Default)]
struct Bounds {
    maximum: bool,
    minimum: bool,
}

impl Bounds {
    fn of(claim: &Claim) -> Self {
        let about = claim.about.to_lowercase();
        let has = |words: &[&str]| {
            words
                .iter()
                .any(|w| about.split(|c: char| !c.is_alphanumeric()).any(|a| a == *w))
        };
        Bounds {
            maximum: has(&[
                "maximum", "max", "ceiling", "cap", "longest", "highest", "most", "limit",
                "largest",
            ]),
            minimum: has(&[
                "minimum", "min", "floor", "shortest", "lowest", "least", "smallest",
            ]),
        }
    }
}

/// How a count mention stands to the claim's unit (SPEC rule 2b).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum UnitFit {
    /// In the claim's unit (or the claim has none and the mention no measure).
    Yes,
    /// A bare number against a claim counting a noun (`unit: people`): about
    /// the claim only when a frame ties it to a cue, which then names what it
    /// counts ("a record crowd of 61,412"); never by sentence alone.
    IfLinked,
    /// Another unit: a claim with a unit takes only mentions in it; one
    /// without takes no percentage, money or measure (hectares are no people).
    No,
}

fn unit_fit(claim: &Claim, m: &Mention) -> UnitFit {
    if count::accepts(&claim.rule, &m.kind).is_some() {
        return UnitFit::Yes;
    }
    // A noun the editor wrote as the head of a cue counts the claim's thing
    // too: "11 Korvanians" under `unit: prisoners` and the cue "Korvanians"
    // or "Korvanian nationals".
    if let (
        Rule::Count {
            unit: Some(crate::claims::CountUnit::Noun(_)),
            ..
        },
        MentionKind::Count {
            unit: None,
            noun: Some(noun),
            ..
        },
    ) = (&claim.rule, &m.kind)
    {
        if cue_heads_name(claim, noun) {
            return UnitFit::Yes;
        }
    }
    // "4,318 people fell ill" states 4,318 cases, "412 people on board"
    // 412 passengers: a count of people is any claim's of people, through
    // a frame.
    let bare = matches!(
        &m.kind,
        MentionKind::Count {
            unit: None,
            noun: None,
            ..
        }
    ) || matches!(
        &m.kind,
        MentionKind::Count { unit: None, noun: Some(n), .. }
            if matches!(n.as_str(), "people" | "persons" | "person")
    );
    let counts_a_noun = matches!(
        &claim.rule,
        Rule::Count {
            unit: Some(crate::claims::CountUnit::Noun(_)),
            ..
        }
    );
    // "Four workers were killed" under `unit: people`.
    let same_kind = matches!(
        (&claim.rule, &m.kind),
        (
            Rule::Count {
                unit: Some(crate::claims::CountUnit::Noun(want)),
                ..
            },
            MentionKind::Count { unit: None, noun: Some(n), .. },
        ) if (matches!(want.as_str(), "people" | "persons" | "person") && count::is_person_noun(n))
            // "37 men were brought up" under `unit: miners`, "63 staff"
            // under `unit: workers`: a word for anyone, or another word for
            // the same people, through a frame.
            || (count::is_person_noun(want) && same_people(want, n))
            || same_things(want, n)
    );
    if (bare && counts_a_noun) || same_kind {
        UnitFit::IfLinked
    } else {
        UnitFit::No
    }
}

/// Whether a count of `noun` may count the claim's `want` (both of people):
/// a word for anyone ("men", "women", "people", "individuals"), or one of a
/// set of words for the same people ("workers", "staff", "employees").
fn same_people(want: &str, noun: &str) -> bool {
    const ANYONE: &[&str] = &["men", "women", "people", "persons", "individuals", "adults"];
    const SAME: &[&[&str]] = &[
        &["workers", "staff", "employees", "staffers"],
        &["hostages", "captives"],
        &["passengers", "travellers", "travelers", "riders"],
        &["firefighters", "firemen"],
        &["spectators", "fans", "crowd"],
    ];
    ANYONE.contains(&noun)
        || SAME
            .iter()
            .any(|set| set.contains(&want) && set.contains(&noun))
}

/// Whether a count of `noun` may count the claim's `want`, of things:
/// words news uses for the same things ("2,100 positions will be cut"
/// under `unit: jobs`).
fn same_things(want: &str, noun: &str) -> bool {
    const SAME: &[&[&str]] = &[
        &["jobs", "positions", "posts", "roles"],
        &["homes", "houses", "dwellings"],
        &["vessels", "ships", "boats"],
        &["vehicles", "cars"],
    ];
    SAME.iter()
        .any(|set| set.contains(&want) && set.contains(&noun) && want != noun)
}

/// The middle of an interval, or its lower end when it is open.
fn mid(i: &crate::interval::Interval) -> f64 {
    match i.hi {
        Some(hi) => (i.lo + hi) / 2.0,
        None => i.lo,
    }
}

/// Whether a value is of the same order as the claim's (rule 2c): for a
/// duration, the same unit of time or one next to it; for a count, within a
/// factor of ten. Without a claim value, anything is.
fn same_order(claim: &Claim, value: &Value) -> bool {
    match (&claim.rule, value) {
        (Rule::Duration { value: Some(x), .. }, Value::Interval(i)) => {
            time_unit(mid(x)).abs_diff(time_unit(mid(i))) <= 1
        }
        (Rule::Count { value: Some(x), .. }, Value::Interval(i)) => {
            let (a, b) = (mid(x).abs().max(1e-9), mid(i).abs().max(1e-9));
            (a / b).max(b / a) <= 10.0
        }
        _ => true,
    }
}

/// The day of the week a people claim's `about` names: a weekday ("who
/// toured Port Mereth on Wednesday") or the day before or after the event
/// ("who visited the stadium the day after the crush").
fn claim_weekday(claim: &Claim, date: Option<chrono::NaiveDate>) -> Option<chrono::Weekday> {
    if !matches!(claim.rule, Rule::People { .. }) {
        return None;
    }
    let named = claim
        .about
        .split(|c: char| !c.is_alphabetic())
        .find_map(|w| crate::extract::weekday_named(&w.to_lowercase()));
    if named.is_some() {
        return named;
    }
    let date = date?;
    if link::about_says(&claim.about, "the day after") {
        Some(date.weekday().succ())
    } else if link::about_says(&claim.about, "the day before") {
        Some(date.weekday().pred())
    } else {
        None
    }
}

/// Verbs of deciding: the day one is done is not the day what it decides
/// takes effect.
const DECIDING: &[&str] = &[
    "approved",
    "agreed",
    "passed",
    "voted",
    "announced",
    "decided",
    "adopted",
    "endorsed",
    "signed",
    "backed",
    "confirmed",
    "unveiled",
    "published",
    "set",
];

/// Whether a date claim's `about` is the day something takes effect ("the
/// day the new fares take effect", "when the ban comes into force").
fn takes_effect(about: &str) -> bool {
    [
        "take effect",
        "takes effect",
        "took effect",
        "come into force",
        "comes into force",
        "came into force",
        "effective",
        "in force",
        "apply from",
        "applies from",
    ]
    .iter()
    .any(|p| link::about_says(about, p))
}

/// Whether count `m` is a measure in a unit of another scale than the
/// claim's (metres for a claim in kilometres: a hundred times or more
/// apart) whose amount is of another order than the claim's value: "cables
/// are buried about 1.5 metres into the seabed" for a cut 64 km offshore,
/// "64 kilometres" of cable for a depth of 1,150 metres. Some other length,
/// whatever links it. (Not "64 metres" for 64 km: the claim's own figure in
/// the wrong unit is an error to show.)
fn other_scale(claim: &Claim, m: &Mention) -> bool {
    use crate::unit::Unit;
    let (
        Rule::Count {
            value: Some(x),
            unit: Some(crate::claims::CountUnit::Unit(want @ Unit::Measure(wm))),
            ..
        },
        MentionKind::Count {
            quantity,
            unit: Some(have @ Unit::Measure(hm)),
            ..
        },
    ) = (&claim.rule, &m.kind)
    else {
        return false;
    };
    let Some(k) = have.convert_to(want) else {
        return false;
    };
    if (wm.factor / hm.factor).max(hm.factor / wm.factor) < 100.0 {
        return false;
    }
    let (claimed, written) = (mid(x), mid(&quantity.interval));
    if (claimed - written).abs() <= claimed.abs() * 0.05 {
        return false;
    }
    let (a, b) = (claimed.abs().max(1e-9), (written * k).abs().max(1e-9));
    (a / b).max(b / a) > 10.0
}

/// The largest unit of time a length in seconds holds at least one of:
/// seconds 0, minutes 1, hours 2, days 3, weeks 4, months 5, years 6.
fn time_unit(seconds: f64) -> u32 {
    const STEPS: [f64; 6] = [60.0, 3600.0, 86400.0, 604_800.0, 2_592_000.0, 31_536_000.0];
    STEPS.iter().take_while(|&&s| seconds >= s).count() as u32
}

/// What became of one mention (see [`Attributor::explain`]).
#[derive(Clone, Debug, PartialEq)]
pub struct Explained {
    /// The mention.
    pub mention: Mention,
    /// Index of its sentence in the extraction.
    pub sentence: usize,
    /// Where it went, or why nowhere.
    pub fate: Fate,
}

impl Explained {
    fn new(m: &Mention, sentence: usize, fate: Fate) -> Self {
        Explained {
            mention: m.clone(),
            sentence,
            fate,
        }
    }
}

/// Where a mention went, or why it went nowhere. Claims are indices into the file's claims.
#[derive(Clone, Debug, PartialEq)]
pub enum Fate {
    /// Attributed to `claim`, linked through `frame` to the cue at `cue` (byte
    /// span), or by sentence alone.
    Attributed {
        /// The claim.
        claim: usize,
        /// How.
        link: Link,
        /// The frame's name, when linked.
        frame: Option<&'static str>,
        /// The cue's byte span, when linked.
        cue: Option<Range<usize>>,
    },
    /// No claim of this kind exists.
    NoClaim,
    /// No claim of its kind has a cue in the sentence.
    NoCue,
    /// Inside quotation marks: reported speech, only for quote claims.
    Quoted,
    /// A duration inside a relative year ("ten years ago").
    RelativeYear,
    /// A dateline's date: when the report was filed.
    Dateline,
    /// Where a change began ("from 57%").
    StartOfChange,
    /// A full date in another year than the event's.
    OtherYear,
    /// Dated to another time by the words after it ("€480 million a year
    /// ago", "72 seats in 2022"); the word's byte span.
    Dated {
        /// The word that dates it ("ago", "2022", "last").
        word: Range<usize>,
    },
    /// A list line's figure that its label narrows to a part ("54 - injured
    /// passengers treated at …", "611 - cases in the worst week").
    Narrowed {
        /// The word that narrows it.
        word: Range<usize>,
    },
    /// The day of an edition a correction cites ("(Friday, page 3)").
    Edition {
        /// The word "page".
        word: Range<usize>,
    },
    /// A day that bounds a span ("since February", "by the end of
    /// March"), not the day the event happened; the word's byte span.
    Bound {
        /// The preposition ("since", "by").
        word: Range<usize>,
    },
    /// A count that is the whole a number before it is part of ("14 of
    /// Sabrania's 38 districts", "out of 38"), tied to no word of its own.
    Whole,
    /// A count per unit of time ("7,000 passengers a day") or in one period
    /// of the event ("611 cases in the worst week"); the word's byte span.
    Rate {
        /// The word that starts the period ("a", "per", "in").
        word: Range<usize>,
    },
    /// A duration after "every" or "each" ("tests every 48 hours"): how
    /// often something happens, not how long; the word's byte span.
    Every {
        /// "every" or "each".
        word: Range<usize>,
    },
    /// A term in prison ("up to two years in prison"), under claims none of
    /// whose cues is its place of custody.
    Term {
        /// The word of custody.
        word: Range<usize>,
    },
    /// The run of games or races a record is counted over ("one win in
    /// eight games", "the fourth defeat in his last six matches").
    Span {
        /// The "in" before it.
        word: Range<usize>,
    },
    /// The period of a rate ("52,000 vehicles a day", "600 cases a
    /// week"), not a length of time; the byte span of the count it divides.
    Per {
        /// The count before it.
        word: Range<usize>,
    },
    /// A duration that measures a moment from a point ("eight minutes from
    /// the end", "two hours later"), not a length; the word's byte span.
    Moment {
        /// The word that makes it so ("from", "later", "into").
        word: Range<usize>,
    },
    /// A score on the way to the result ("a 17-0 lead at halftime").
    RunningScore,
    /// A correction notice: it names what an earlier version got wrong.
    Correction,
    /// An item of a roundup about another story.
    OtherStory,
    /// A paragraph that opens on another story ("Elsewhere", "Separately").
    Elsewhere,
    /// No cue ties it to a claim whose value it states, and the article is
    /// dated before the event (the date's byte span): a plan or forecast.
    BeforeEvent {
        /// The article's date.
        word: Range<usize>,
    },
    /// An expectation, plan or capacity, not what happened (the word's byte span).
    Modal {
        /// The word that makes it so ("expected", "licensed", "could").
        word: Range<usize>,
    },
    /// Denied, not stated ("has not topped 50 percent"); the word's byte span.
    Negated {
        /// The word that denies it ("not", "never").
        word: Range<usize>,
    },
    /// A `not-near` cue of the claim is tied to the mention (in its clause).
    NotNear {
        /// The claim.
        claim: usize,
    },
    /// The claim's cue names another occasion (rule 7).
    OtherTime {
        /// The claim.
        claim: usize,
    },
    /// A count in another unit than the claim's.
    OtherUnit {
        /// The claim.
        claim: usize,
    },
    /// Not linked, and another mention of its kind shares the sentence.
    NotSole {
        /// The claim.
        claim: usize,
    },
    /// Not linked, and tied to another subject (the word's byte span).
    OtherSubject {
        /// The claim.
        claim: usize,
        /// The other subject.
        word: Range<usize>,
    },
    /// Not linked, and another claim of its kind has a cue in the sentence.
    Ambiguous {
        /// The claim.
        claim: usize,
    },
    /// Not linked, and of another order than the claim's value.
    OtherOrder {
        /// The claim.
        claim: usize,
    },
    /// Linked, but a length more than a hundred times longer or shorter
    /// than the claim's ("12 days" under an age in years).
    FarOrder {
        /// The claim.
        claim: usize,
    },
    /// The day of a decision ("approved the rise on Thursday") for a claim
    /// of the day something takes effect.
    Decided {
        /// The verb of deciding.
        word: Range<usize>,
    },
    /// A measure in a unit of another scale than the claim's, and of
    /// another order ("1.5 metres" for a claim of 64 km).
    Scale {
        /// The claim.
        claim: usize,
    },
    /// Not linked, and a place not in the claim's role.
    NotInRole {
        /// The claim.
        claim: usize,
    },
    /// A part of a number said before it ("63 ships were held up, 17 of
    /// which were diverted").
    Portion,
    /// A score between the claim's two sides with no cue, that does not
    /// agree with it: maybe a score on the way ("88' Eastbury 2-2
    /// Redmarsh"), so no contradiction.
    SidesOnly {
        /// The claim.
        claim: usize,
    },
    /// One of the parts of the claim's total ("3,100 dockers and 1,100
    /// crew" for all who walked out).
    Part {
        /// The claim.
        claim: usize,
    },
    /// The standing size of a place or a workforce ("a country of six
    /// million people", "which employs 6,000 people"); the word's span.
    Size {
        /// The word before the count ("of", "employs").
        word: Range<usize>,
    },
    /// The first of a count its sentence goes on adding to ("Three died at
    /// the site, a fourth in hospital"); the ordinal's byte span.
    CountedOn {
        /// The ordinal.
        word: Range<usize>,
    },
    /// A count with no figure in it ("several visitors", "thousands of
    /// mourners") that differs from the claim: a manner of speaking.
    Vague {
        /// The claim.
        claim: usize,
    },
    /// A bare number that is a part of a whole ("six of its crew"): it says
    /// nothing of the whole's size, and no frame ties it to a claim.
    Partitive,
    /// A part of a whole beside it: one whose predicate the cue is ("about
    /// 640 of the 1,850 jobs to be cut"), or one that counts the claim's
    /// own noun ("about 450 of the 1,200 jobs").
    PartOfWhole {
        /// The claim.
        claim: usize,
    },
    /// A place linked to a cue of a claim about the biggest, main or first
    /// of its kind, with no such word: one of several, not the one.
    NotTheMost {
        /// The claim.
        claim: usize,
    },
    /// A place that owns the claim's cue ("Brenwick's councillors") and
    /// is not the claim's: whose a thing is confirms where it was and
    /// contradicts nothing.
    Owner {
        /// The claim.
        claim: usize,
    },
    /// All that an owner holds ("the region's 12,000 hectares of vines"),
    /// while the claim counts only those in a state ("damaged").
    Stock {
        /// The claim.
        claim: usize,
        /// The owner (byte span).
        word: Range<usize>,
        /// The claim's state word, from its `about`.
        state: String,
    },
    /// Shares only a sentence with a cue and differs from the claim, while
    /// the article states the claim's value through a link elsewhere.
    Outweighed {
        /// The claim.
        claim: usize,
        /// The linked mention that agrees.
        word: Range<usize>,
    },
    /// Linked in the body to a claim of one fact and differs from it,
    /// while the body states the claim's value through a link elsewhere:
    /// it is about something else (a part, an earlier figure, a rival's).
    Told {
        /// The claim.
        claim: usize,
        /// The linked mention that agrees.
        word: Range<usize>,
    },
    /// A distance along the way ("4.5 km from the top"), not the way's
    /// length.
    Position {
        /// The word after it that places it.
        word: Range<usize>,
    },
    /// Where one place lies from another ("40 km downstream", "40
    /// kilometres to the south of Hallin Point"), under a claim with no
    /// such bearing among its cues.
    Bearing {
        /// The bearing word.
        word: Range<usize>,
    },
    /// The size of a difference ("a tenth of an inch bigger than").
    Difference {
        /// The comparative.
        word: Range<usize>,
    },
    /// In an article dated before the event, a figure that differs from the
    /// claim (a forecast, a plan, the state before).
    Preview {
        /// The claim.
        claim: usize,
        /// The article's date.
        word: Range<usize>,
    },
    /// A count that the count right after it, past a comma, says again in
    /// the claim's own terms ("finish on 277, 11 under par"; see
    /// [`restated`]).
    Restated {
        /// The claim.
        claim: usize,
        /// The byte span of the count that restates it.
        by: Range<usize>,
    },
    /// Tied to the claim only by its own noun, while another figure of the
    /// sentence is tied to it by what is said of it (see [`outranked`]).
    Outranked {
        /// The claim.
        claim: usize,
    },
    /// The number of a name ("the Orbis 4 crew").
    NameNumber,
    /// The number of an item in a numbered list ("1", "2", "3" over a
    /// gallery's captions).
    ItemNumber,
    /// A person's age ("a man aged 74", "a woman of 74").
    Age,
    /// A bare number with a cue of a claim that counts a noun, and no frame
    /// tying them.
    Unlinked {
        /// The claim.
        claim: usize,
    },
    /// A bare number standing for a group named before it ("Three are
    /// being treated for burns"): a part or the whole, which confirms and
    /// never contradicts.
    Anaphor {
        /// The number and the verb after it.
        word: Range<usize>,
    },
    /// Those with someone named before them ("the master and his 23
    /// crew"): a part of the whole, which confirms and never contradicts.
    Companions {
        /// "and his", "and her".
        word: Range<usize>,
    },
    /// A person whose title is another role than the one the claim is
    /// about ("rescue chief Tomas Rejn" under "the government minister
    /// present").
    OtherTitle {
        /// The claim.
        claim: usize,
        /// The title.
        word: Range<usize>,
    },
    /// Those of the claim's things another act picked out ("two hostages
    /// released", "freed 40 prisoners"): a part of the whole, which
    /// confirms and never contradicts.
    PickedOut {
        /// The act.
        word: Range<usize>,
    },
    /// A tally on the way or from before that is no claim's value ("By
    /// Tuesday morning 31 ships were waiting").
    Interim {
        /// The word that says so.
        word: Range<usize>,
        /// The claim it would have gone to.
        claim: usize,
    },
    /// A place whose sentence holds a cue only in another clause.
    CueElsewhere {
        /// The claim.
        claim: usize,
    },
    /// One place's share of a total the article states ("four people died
    /// in Velde").
    Share {
        /// The claim it would have gone to.
        claim: usize,
        /// The place.
        word: Range<usize>,
    },
    /// About another occasion of the event's kind ("Cyclone Odrin").
    OtherOccasion {
        /// Its name.
        word: Range<usize>,
    },
    /// In a sentence that opens on another place than the file's.
    OtherPlace {
        /// The place.
        word: Range<usize>,
    },
    /// A place the event was near or outside, that is no claim's value.
    Approximate {
        /// The preposition.
        word: Range<usize>,
    },
    /// Its clause contradicts two claims or more and agrees with none:
    /// another occasion.
    AnotherOccasion,
    /// Each one's measure: "64 turbines of 17.5 MW".
    Each {
        /// The "of".
        word: Range<usize>,
    },
    /// An average, a part's measure or another task's length, which the
    /// claim is not: "the average nonstop trip took 2 hours 9 minutes",
    /// "along a 3-km stretch", "took eight years to build".
    OtherMeasure {
        /// The word that says so.
        word: Range<usize>,
    },
    /// The other end of a span: "president from 1994 to 2004" under the
    /// year he took office.
    SpanEnd {
        /// The word that joins the two ends.
        word: Range<usize>,
    },
    /// The mark it beat: "beating the 58 days Rell needed".
    Beaten {
        /// The verb.
        word: Range<usize>,
    },
    /// A person not linked as a participant: a name in the sentence is not enough.
    NotParticipant {
        /// The claim.
        claim: usize,
    },
    /// A rank before a people claim's cue ("Deputy team leader", "vice
    /// chair"): another office than the claim's (the rank's byte span).
    Rank {
        /// The rank word.
        word: Range<usize>,
    },
    /// Someone another people claim names, in that claim's role: "Corin
    /// Maddox rode Brass Meridian" when Brass Meridian is the winner.
    OtherRole {
        /// The claim it was linked to.
        claim: usize,
        /// The claim whose value it is.
        other: usize,
    },
}

impl Fate {
    /// Attributed to `claim` by its value alone ([`agreeing_claim`]).
    fn by_value(claim: usize) -> Fate {
        Fate::Attributed {
            claim,
            link: Link::ByValue,
            frame: None,
            cue: None,
        }
    }

    /// Whether the mention went nowhere only for want of a link to a cue
    /// (not for what it is or says): it may still confirm a claim by its
    /// value ([`agreeing_claim`]). A correction notice's figure that agrees
    /// is the corrected one or one it says was right. (Also one tied to
    /// another subject: in the corpora that subject was mostly the event
    /// under another name, "the standoff" of a siege: 79 right, 1 wrong.)
    fn unlinked(&self) -> bool {
        matches!(
            self,
            Fate::NoCue
                | Fate::NotSole { .. }
                | Fate::OtherSubject { .. }
                | Fate::Ambiguous { .. }
                | Fate::OtherOrder { .. }
                | Fate::FarOrder { .. }
                | Fate::Unlinked { .. }
                | Fate::CueElsewhere { .. }
                | Fate::NotInRole { .. }
                | Fate::Correction
        )
    }

    /// One line saying what became of the mention, naming claims by id.
    pub fn describe(&self, file: &ClaimsFile, text: &str) -> String {
        let id = |c: &usize| file.claims.get(*c).map_or("?", |c| c.id.as_str());
        let slice = |r: &Range<usize>| text.get(r.clone()).unwrap_or("");
        match self {
            Fate::Attributed { claim, link: Link::Linked, frame, cue } => match cue {
                Some(cue) => format!(
                    "→ {} (linked: {} “{}”)",
                    id(claim),
                    frame.unwrap_or("frame"),
                    slice(cue)
                ),
                // (A frame with no cue word: a tally's side, a score's sides.)
                None => format!("→ {} (linked: {})", id(claim), frame.unwrap_or("frame")),
            },
            Fate::Attributed { claim, link: Link::ByValue, .. } => format!(
                "→ {} (by value: no cue ties it, but it is the claim's own value; it confirms, never contradicts)",
                id(claim)
            ),
            Fate::Attributed { claim, .. } => {
                format!("→ {} (sentence-only: a contradiction here is at most a warning)", id(claim))
            }
            Fate::NoClaim => "nowhere: no claim of this kind".into(),
            Fate::NoCue => "nowhere: no cue of a claim of this kind in the sentence".into(),
            Fate::Quoted => "nowhere: inside quotation marks (reported speech)".into(),
            Fate::RelativeYear => "nowhere: part of a relative year (“… years ago”)".into(),
            Fate::Dateline => "nowhere: a dateline (when the report was filed)".into(),
            Fate::StartOfChange => {
                "nowhere: what a change or comparison starts from (“from …”, “compared with …”, or a state its sentence then changes: “set at … and widened to …”)".into()
            }
            Fate::RunningScore => "nowhere: a running score (lead, half-time), not the result".into(),
            Fate::OtherYear => "nowhere: a date in another year than the event's (rule 7)".into(),
            Fate::Narrowed { word } => format!(
                "nowhere: its label narrows it to a part (“{} …”)",
                slice(word)
            ),
            Fate::Edition { word } => format!(
                "nowhere: the day of an edition (“{} …” after it), not of the event",
                slice(word)
            ),
            Fate::Bound { word } => format!(
                "nowhere: a bound of a span (“{} …”), not the day it happened",
                slice(word)
            ),
            Fate::Whole => {
                "nowhere: the whole a number beside it is part of (“14 of the 38”, “out of 38”, “14 people, 13 of them passengers”), tied to no word of its own".into()
            }
            Fate::Every { word } => format!(
                "nowhere: how often (“{} …”), not how long",
                slice(word)
            ),
            Fate::Rate { word } => format!(
                "nowhere: a rate or one period's figure (“{} …” after it), not the total",
                slice(word)
            ),
            Fate::Term { word } => format!(
                "nowhere: a term in custody (“… {}” after it), which no cue of a claim here names",
                slice(word)
            ),
            Fate::Span { word } => format!(
                "nowhere: the run a record is counted over (“{} …” before it, after another figure), not a total",
                slice(word)
            ),
            Fate::Per { word } => format!(
                "nowhere: the period a count is per (“{} …”), not how long anything lasted",
                slice(word)
            ),
            Fate::Moment { word } => format!(
                "nowhere: a moment or a gap (“{} …”), not how long anything lasted",
                slice(word)
            ),
            Fate::Dated { word } => format!(
                "nowhere: dated to another time by “{}” (rule 7)",
                slice(word)
            ),
            Fate::Elsewhere => {
                "nowhere: a paragraph that turns to another story (“Elsewhere”, “Separately”)".into()
            }
            Fate::OtherStory => {
                "nowhere: a roundup item about another story (a label with no cue, naming none of the file's entities)".into()
            }
            Fate::Correction => {
                "nowhere: a correction notice (it names what an earlier version got wrong)".into()
            }
            Fate::Modal { word } => format!(
                "nowhere: an expectation, plan or capacity (“{}”), not what happened",
                slice(word)
            ),
            Fate::Negated { word } => format!("nowhere: denied (“{}”), not stated", slice(word)),
            Fate::NotNear { claim } => format!(
                "nowhere: a not-near cue of {} is in its clause",
                id(claim)
            ),
            Fate::OtherTime { claim } => format!(
                "nowhere: the cue of {} names another occasion (rule 7: next, earlier, another year or month)",
                id(claim)
            ),
            Fate::OtherUnit { claim } => format!("nowhere: not in the unit of {}", id(claim)),
            Fate::NotSole { claim } => format!(
                "nowhere: not linked to a cue of {}, and not the only one of its kind in the sentence",
                id(claim)
            ),
            Fate::OtherSubject { claim, word } => format!(
                "nowhere: not linked to a cue of {}; it is about “{}”",
                id(claim),
                slice(word)
            ),
            Fate::Stock { claim, word, state } => format!(
                "nowhere: all that “{}” holds, while {} counts only those {}",
                slice(word),
                id(claim),
                state
            ),
            Fate::Ambiguous { claim } => format!(
                "nowhere: not linked to a cue of {}, and another claim of its kind has a cue here",
                id(claim)
            ),
            Fate::OtherOrder { claim } => format!(
                "nowhere: not linked to a cue of {}, and not of the order of its value",
                id(claim)
            ),
            Fate::FarOrder { claim } => format!(
                "nowhere: a length of another order than {}'s value (over a hundred times longer or shorter): some other length",
                id(claim)
            ),
            Fate::Decided { word } => format!(
                "nowhere: the day of a decision (“{}”), not the day what it decides takes effect",
                &text[word.clone()]
            ),
            Fate::Scale { claim } => format!(
                "nowhere: a measure in a unit of another scale than {}'s, and not of the order of its value: some other length or weight",
                id(claim)
            ),
            Fate::NotInRole { claim } => format!(
                "nowhere: not in the role {} is about (location or destination)",
                id(claim)
            ),
            Fate::NotTheMost { claim } => format!(
                "nowhere: one of several of its kind; {} is about the biggest or main one, and no such word is on the cue",
                id(claim)
            ),
            Fate::Owner { claim } => format!(
                "nowhere: names whose the cue of {} is, which confirms the place and contradicts none",
                id(claim)
            ),
            Fate::Outweighed { claim, word } => format!(
                "nowhere: it only shares a sentence with a cue of {}, and the article states the claim's value through a link (“{}”)",
                id(claim),
                slice(word)
            ),
            Fate::Told { claim, word } => format!(
                "nowhere: the body states {}'s value through a link (“{}”), so another value it gives is about something else",
                id(claim),
                slice(word)
            ),
            Fate::Position { word } => format!(
                "nowhere: a position along the way (“{} …” after it), not how long the way was",
                slice(word)
            ),
            Fate::Bearing { word } => format!(
                "nowhere: where one place lies from another (“{}” after it), which no cue of a claim here names",
                slice(word)
            ),
            Fate::Difference { word } => format!(
                "nowhere: the size of a difference (“{}”), which only a claim about a change takes",
                slice(word)
            ),
            Fate::BeforeEvent { word } => format!(
                "nowhere: the article is dated “{}”, before the event, and no cue ties it to a claim: a plan or a forecast",
                slice(word)
            ),
            Fate::Preview { claim, word } => format!(
                "nowhere: the article is dated “{}”, before the event: what it says of {} that differs is a forecast or from before; it confirms, never contradicts",
                slice(word),
                id(claim)
            ),
            Fate::Restated { claim, by } => format!(
                "nowhere: the same figure counted otherwise, which “{}” right after it gives in the terms of {}",
                slice(by),
                id(claim)
            ),
            Fate::Outranked { claim } => format!(
                "nowhere: only its own noun ties it to {}, and another figure in the sentence is tied to it by what is said of it; a part, maybe",
                id(claim)
            ),
            Fate::PartOfWhole { claim } => format!(
                "nowhere: a part of the whole beside it (“N of the M …”), not the total {} counts",
                id(claim)
            ),
            Fate::Size { word } => format!(
                "nowhere: the standing size of a place or a workforce (“… {} …”), not a figure of the event",
                slice(word)
            ),
            Fate::CountedOn { word } => format!(
                "nowhere: the first of a count its sentence goes on adding to (“a {} …”), not the total",
                slice(word)
            ),
            Fate::Vague { claim } => format!(
                "nowhere: a count with no figure in it (“several”, “thousands of”), which confirms {} when it agrees and contradicts nothing",
                id(claim)
            ),
            Fate::Partitive => {
                "nowhere: a part of a whole (“six of its crew”), with no frame of its own to a claim".into()
            }
            Fate::Part { claim } => format!(
                "nowhere: one of the parts of the total {} counts (another part of it is listed beside it)",
                id(claim)
            ),
            Fate::SidesOnly { claim } => format!(
                "nowhere: names the sides of {} with no cue; a score on the way, maybe (it would only confirm)",
                id(claim)
            ),
            Fate::Portion => {
                "nowhere: a part of a number said before it (“17 of which”), tied to no predicate of its own".into()
            }
            Fate::Approximate { word } => format!(
                "nowhere: “{}” a place says only where it was close to or not at: it confirms, never contradicts",
                slice(word)
            ),
            Fate::Unlinked { claim } => format!(
                "nowhere: not linked to a cue of {}, which counts a noun: a bare number is about it only through a frame",
                id(claim)
            ),
            Fate::Anaphor { word } => format!(
                "nowhere: a number standing for a group named before it (“{}”), a part or the whole: it confirms, never contradicts",
                slice(word)
            ),
            Fate::Companions { word } => format!(
                "nowhere: those with someone named before them (“{} …”), a part of the whole: it confirms, never contradicts",
                slice(word)
            ),
            Fate::OtherTitle { claim, word } => format!(
                "nowhere: “{}” is another role than the one {} is about",
                slice(word),
                id(claim)
            ),
            Fate::PickedOut { word } => format!(
                "nowhere: those of its things another act picked out (“{}”), a part of the whole: it confirms, never contradicts",
                slice(word)
            ),
            Fate::Interim { word, .. } => format!(
                "nowhere: a tally on the way or from before (“{}”): it confirms, never contradicts",
                slice(word)
            ),
            Fate::CueElsewhere { claim } => format!(
                "nowhere: not linked to a cue of {}, whose cue is in another clause",
                id(claim)
            ),
            Fate::Share { claim, word } => format!(
                "nowhere: one place's share (“{}”) of the total of {} that the article states",
                slice(word),
                id(claim)
            ),
            Fate::Each { word } => format!(
                "nowhere: each one's measure (“{} …” after a count), not the whole's",
                slice(word)
            ),
            Fate::OtherMeasure { word } => format!(
                "nowhere: an average, a part or another task (“{}”), not what the claim measures",
                slice(word)
            ),
            Fate::SpanEnd { word } => format!(
                "nowhere: the other end of a span (“{}”) than the claim's",
                slice(word)
            ),
            Fate::Beaten { word } => format!(
                "nowhere: the mark it beat (“{}”), not its own",
                slice(word)
            ),
            Fate::OtherOccasion { word } => format!(
                "nowhere: about another occasion of the event's kind (“{}”)",
                slice(word)
            ),
            Fate::OtherPlace { word } => {
                let w = slice(word);
                let world = ["globally", "worldwide", "internationally"]
                    .iter()
                    .any(|g| w.eq_ignore_ascii_case(g));
                let opening = if world { format!("{w}, …") } else { format!("In {w}, …") };
                format!(
                    "nowhere: its paragraph or sentence opens on another place (“{opening}”), none of the file's"
                )
            }
            Fate::ItemNumber => "nowhere: the number of an item in a numbered list".into(),
            Fate::NameNumber => "nowhere: the number of a name (“Orbis 4”, “Route 9”), said more than once".into(),
            Fate::Age => "nowhere: a person's age (“aged 74”, “a woman of 74”)".into(),
            Fate::AnotherOccasion => {
                "nowhere: its clause contradicts two claims or more and agrees with none (another occasion)".into()
            }
            Fate::Rank { word } => format!(
                "nowhere: “{} …” names another office than the claim's",
                slice(word)
            ),
            Fate::NotParticipant { claim } => format!(
                "nowhere: not linked as a participant to a cue of {}",
                id(claim)
            ),
            Fate::OtherRole { claim, other } => format!(
                "nowhere: {} names it in its own role, so it is no rival of {}",
                id(other),
                id(claim)
            ),
        }
    }
}

fn shared_ids(ids: BTreeSet<String>) -> WordMap<String, Arc<str>> {
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
    other_time: &mut impl FnMut(&Range<usize>) -> bool,
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
            | Rule::Score { .. }
    ) {
        found.retain(|r| !other_time(r));
    }
    found
}

/// The word after the duration at `m`, if any, that makes it a moment
/// measured from a point rather than a length: "eight minutes from the end",
/// "two minutes before full-time", "20 minutes into the second half", "two
/// hours later", "with ten minutes left", "five minutes to go"; or the gap
/// between events ("two years without a crewed flight"), or the "in" before
/// it that makes it the time since a first ("the first rain in three
/// weeks").
fn moment_after(ctx: &Ctx<'_>, m: &Range<usize>) -> Option<usize> {
    // "The first rain in three weeks": the time since the last one.
    let since_last = m.start >= 3
        && m.start > ctx.sentence.start + 2
        && ctx.is(m.start - 1, &["in"])
        && (m.start.saturating_sub(5).max(ctx.sentence.start)..m.start - 1).any(|j| {
            ctx.is(j, &["first", "only"])
                && (j + 1..m.start).all(|i| !ctx.punct_before(i) && !ctx.finite_verb(i))
        });
    if since_last {
        return Some(m.start - 1);
    }
    let k = m.end;
    if !ctx.in_sentence(k) || ctx.punct_before(k) {
        return None;
    }
    let ends = |j: usize| {
        ctx.is(
            j,
            &[
                "end",
                "time",
                "full-time",
                "fulltime",
                "finish",
                "whistle",
                "break",
                "interval",
                "half-time",
                "halftime",
                "close",
                "start",
                "kick-off",
                "kickoff",
                "midnight",
                "midday",
                "noon",
                "dawn",
                "sunrise",
                "sunset",
                "dusk",
            ],
        )
    };
    let point = |j: usize| ends(j) || (ctx.is(j, &["the"]) && (ends(j + 1) || ends(j + 2)));
    // "two years without a crewed flight": a gap between events.
    // "A week ago", "A week after the all-clear, …": when, not how long.
    let moment = ctx.is(
        k,
        &[
            "later",
            "earlier",
            "into",
            "left",
            "remaining",
            "without",
            "ago",
        ],
    ) || (ctx.is(k, &["to"]) && ctx.is(k + 1, &["go", "spare"]))
        // "Three days on, the town is still talking": the time since.
        || (ctx.is(k, &["on"]) && (!ctx.in_sentence(k + 1) || ctx.punct_before(k + 1)))
        || (ctx.is(k, &["from", "before", "after"]) && point(k + 1))
        || (ctx.is(k, &["after", "before", "since"]) && m.start == ctx.sentence.start)
        // "two days after beating Brandvold in the final".
        // (Not "deliberated for 19 hours before returning", a length.)
        || (ctx.is(k, &["after"])
            && !(m.start > ctx.sentence.start
                && ctx.is(m.start - 1, &["for", "lasted", "took", "spent"]))
            && ctx.in_sentence(k + 1)
            && ctx.norm(k + 1).len() > 5
            && ctx.norm(k + 1).ends_with("ing"))
        // "Twenty days have passed since the last case".
        || (ctx.is(k, &["have", "has", "had"])
            && ctx.is(k + 1, &["passed", "elapsed", "gone"])
            && ctx.is(k + 2, &["since", "by"]));
    moment.then_some(k)
}

/// The name a reflexive sets apart as the subject of `m`'s clause ("Sari
/// herself was born at Tallberg Zoo"), if any.
fn emphatic_subject(ctx: &Ctx<'_>, m: &Range<usize>) -> Option<usize> {
    let s = ctx.sentence.start;
    (s + 1..m.start.min(s + 12)).find_map(|j| {
        if !ctx.is(j, &["herself", "himself", "itself", "themselves"]) || ctx.punct_before(j) {
            return None;
        }
        // (The whole name: "Mikael Ostberg himself".)
        let mut first = j - 1;
        while first > s && ctx.capitalised(first - 1) && !ctx.punct_before(first) {
            first -= 1;
        }
        // (After the clause's opening, or a short noun phrase: "Her mother
        // Sari herself".)
        let opens = first == s
            || ctx.punct_before(first)
            || (first - s <= 3
                && (s..first).all(|i| !ctx.is(i, &link::AUX) && !ctx.norm(i).ends_with("ed")));
        (ctx.capitalised(j - 1) && opens && ctx.same_clause(j, m.start)).then_some(j - 1)
    })
}

/// Units of time a rate is counted in.
const PERIODS: &[&str] = &[
    "second", "minute", "hour", "day", "night", "week", "weekend", "month", "year", "season",
    "quarter", "shift",
];

/// Whether word `k` opens one period of the event: "in the worst week",
/// "during a single day" (not "in the 19 weeks", the whole span).
fn period_at(ctx: &Ctx<'_>, k: usize) -> bool {
    ctx.is(k, &["in", "during"])
        && ctx.is(k + 1, &["the", "a", "one", "its"])
        && !super::link::count::is_number_word(ctx, k + 2)
        && ctx.is_noun(k + 3, PERIODS)
}

/// The word that opens a period after count `m`, if any: "7,000 passengers
/// a day", "600 cases per week", "611 cases in the worst week", "in a
/// single day" (not "in the 19 weeks", which is the whole span).
fn rate_after(ctx: &Ctx<'_>, m: &Range<usize>) -> Option<usize> {
    let k = m.end;
    if !ctx.in_sentence(k) || ctx.punct_before(k) {
        return None;
    }
    let tight = |j: usize| ctx.in_sentence(j) && !ctx.punct_before(j);
    let within = tight(k + 2) && tight(k + 3) && period_at(ctx, k);
    // "crowds of up to 60 people at a time": so many at once.
    let at_once = (ctx.is(k, &["at"])
        && ctx.is(k + 1, &["a"])
        && ctx.is(k + 2, &["time"])
        && tight(k + 1)
        && tight(k + 2))
        || (ctx.is(k, &["at"]) && ctx.is(k + 1, &["once"]) && tight(k + 1));
    if within || at_once || per_period(ctx, m).is_some() {
        return Some(k);
    }
    // "around 100 avalanche deaths in an average winter": what a typical
    // period brings, a little further on in the clause.
    (k..(k + 4).min(ctx.sentence.end)).find(|&j| {
        ctx.is(j, &["in"])
            && ctx.is(j + 1, &["a", "an"])
            && ctx.is(j + 2, &["average", "typical", "normal", "usual"])
            && (j..j + 4).all(|i| ctx.in_sentence(i) && (i == k || !ctx.punct_before(i)))
    })
}

/// The word right after `m` that makes it so much per period: "a day",
/// "per month", "each year".
fn per_period(ctx: &Ctx<'_>, m: &Range<usize>) -> Option<usize> {
    let k = m.end;
    let per = ctx.in_sentence(k + 1)
        && !ctx.punct_before(k)
        && !ctx.punct_before(k + 1)
        && ctx.is(k, &["a", "an", "per", "each", "every"])
        && ctx.is_noun(k + 1, PERIODS);
    per.then_some(k)
}

/// The preposition that makes date `m` a bound of a span, if any: "by
/// the end of March", "since February", "until Friday", "from 9 February".
fn bound_before(ctx: &Ctx<'_>, m: &Range<usize>) -> Option<usize> {
    // ("from Tuesday's earthquake": the phrase is the noun's, not the date's.)
    let last = ctx.norm(m.end - 1);
    if last.ends_with("'s") || last.ends_with('\'') {
        return None;
    }
    let mut k = m.start;
    for _ in 0..6 {
        if k <= ctx.sentence.start || ctx.punct_before(k) {
            return None;
        }
        k -= 1;
        if ctx.is(k, &["by", "until", "till", "since", "from", "through"]) {
            return Some(k);
        }
        // "up from six at the end of February": the date of the figure a
        // change starts from.
        if ctx.is(k, &["at", "in", "on"])
            && k >= ctx.sentence.start + 2
            && link::count::is_number_word(ctx, k - 1)
            && ctx.is(k - 2, &["from"])
            && !ctx.punct_before(k)
            && !ctx.punct_before(k - 1)
        {
            return Some(k - 2);
        }
        if !ctx.is(
            k,
            &[
                "the",
                "end",
                "start",
                "beginning",
                "middle",
                "close",
                "of",
                "early",
                "late",
                "mid",
            ],
        ) {
            return None;
        }
    }
    None
}

/// Participles that make a thing known, which say who gave it, not which
/// part of it a label counts ("Emergency aid announced by the minister").
const ANNOUNCING: &[&str] = &[
    "announced",
    "unveiled",
    "pledged",
    "promised",
    "declared",
    "confirmed",
];

/// The word that narrows a list line's figure to a part, if any: a
/// participle after the label's cue that no cue covers ("54 - injured
/// passengers treated at Ellisford General"), or one period of the event
/// ("611 - cases in the worst week"). The label is read to its first comma.
fn label_narrows(ctx: &Ctx<'_>, m: &Range<usize>) -> Option<usize> {
    if !ctx.opens_list_line(m) {
        return None;
    }
    let end = ctx.label_end(m).min(m.end + 11);
    // (The participle right after the cue or the cue's noun: "the share
    // … that the money represented" and "as it entered" are clauses.)
    let mut last_cue: Option<usize> = None;
    for k in m.end..end {
        if ctx.is_cue_word(k) {
            last_cue = Some(k);
            continue;
        }
        let w = ctx.norm(k);
        let reduced = last_cue.is_some_and(|c| {
            k - c <= 2 && (c + 1..k).all(|j| !ctx.is(j, &link::FUNCTION) && !ctx.is(j, &["as"]))
        });
        // ("11,000 - evacuees sleeping at the stadium in Banyuhal")
        // (Not a preposition or a noun in "-ing": "the peak temperature
        // during the race", "on Sunday morning".)
        let participle = (w.len() > 4 && w.ends_with("ed") && !ANNOUNCING.contains(&w.as_ref()))
            || (w.len() > 5
                && w.ends_with("ing")
                && !matches!(
                    w.as_ref(),
                    "during"
                        | "according"
                        | "regarding"
                        | "concerning"
                        | "morning"
                        | "evening"
                        | "building"
                        | "meeting"
                        | "ceiling"
                        | "wedding"
                ));
        if reduced && participle && !ctx.capitalised(k) {
            return Some(k);
        }
        if k + 3 < end && period_at(ctx, k) {
            return Some(k);
        }
    }
    None
}

/// The side of a tally count `m` gives, in a sentence about a vote: the
/// first of "by 388 votes to 201" or "388 to 201" (the votes for), the
/// second (against), or the side its own predicate names ("388 members
/// voted yes", "201 voted no").
fn tally_side(ctx: &Ctx<'_>, m: &Range<usize>) -> Option<bool> {
    let number = |k: usize| ctx.in_sentence(k) && super::link::count::is_number_word(ctx, k);
    let side = || {
        // "388 votes to 201", "388 to 201"
        let mut k = m.end;
        if ctx.is(k, &["votes"]) {
            k += 1;
        }
        if ctx.is(k, &["to"]) && !ctx.punct_before(k) && number(k + 1) {
            return Some(true);
        }
        if m.start >= ctx.sentence.start + 2
            && ctx.is(m.start - 1, &["to"])
            && !ctx.punct_before(m.start)
        {
            let before = m.start - 2;
            if number(before)
                || (ctx.is(before, &["votes"]) && before > ctx.sentence.start && number(before - 1))
            {
                return Some(false);
            }
        }
        // "388 members voted yes", "201 voted no": up to one noun between;
        // or a partitive ("Three of the country's 11 regions voted no").
        let reach = if ctx.is(m.end, &["of"]) { 6 } else { 2 };
        let voted = (m.end..(m.end + reach).min(ctx.sentence.end))
            .take_while(|&j| j == m.end || !ctx.punct_before(j))
            .find(|&j| ctx.is(j, &["voted"]))?;
        if ctx.is(voted + 1, &["yes", "for"])
            || (ctx.is(voted + 1, &["in"]) && ctx.is(voted + 2, &["favour", "favor"]))
        {
            return Some(true);
        }
        ctx.is(voted + 1, &["no", "against"]).then_some(false)
    };
    // The whole of a partitive is no side: "Three of the country's 11
    // regions voted no", "Of the 11 regions, three voted no".
    if link::count::is_whole(ctx, m) {
        return None;
    }
    let side = side()?;
    // (In a sentence about a vote.)
    let vote = ctx.sentence.clone().any(|k| {
        let w = ctx.norm(k);
        w.starts_with("vot")
            || matches!(
                w.as_ref(),
                "passed" | "approved" | "adopted" | "rejected" | "ballot"
            )
    });
    vote.then_some(side)
}

/// The verb of capacity right before the count at `m`, if any: "which holds
/// 64,500", "seats 20,000 people", "can accommodate 300 guests". A count of
/// something else ("the party holds 81 seats") is no capacity.
fn capacity_before(ctx: &Ctx<'_>, m: &Range<usize>) -> Option<usize> {
    let k = m.start.checked_sub(1).filter(|&k| ctx.in_sentence(k))?;
    if ctx.punct_before(m.start)
        || !ctx.is(
            k,
            &[
                "holds",
                "hold",
                "holding",
                "seats",
                "seat",
                "seating",
                "accommodates",
                "accommodate",
                "accommodating",
            ],
        )
    {
        return None;
    }
    let last = m.end - 1;
    let people = |j: usize| {
        ctx.is_noun(
            j,
            &[
                "people",
                "spectator",
                "fan",
                "supporter",
                "guest",
                "visitor",
                "person",
            ],
        )
    };
    let bare = last + 1 >= ctx.sentence.end
        || ctx.punct_before(last + 1)
        || ctx.is(last + 1, &link::FUNCTION)
        || ctx.is(last + 1, &["and", "or", "but"]);
    (bare || people(last) || people(last + 1)).then_some(k)
}

/// The word, if any, that dates the mention at `m` to another time than the
/// event's: a phrase of time just after it in its clause, before any other
/// mention or comparison ("€480 million a year ago", "won 72 seats four
/// years ago", "61.9 percent in 2022", "the same quarter last year").
fn dated_after(
    ctx: &Ctx<'_>,
    m: &Range<usize>,
    mentions: &[Range<usize>],
    event: EventTime,
) -> Option<usize> {
    let year_word = |k: usize| ctx.is_noun(k, &["year", "decade"]);
    let other_year = |k: usize| {
        let w = ctx.norm(k);
        w.len() == 4
            && w.bytes().all(|b| b.is_ascii_digit())
            && w.parse::<i32>().is_ok_and(|y| event.other_year(y))
    };
    // A list line headed by another year: "2009 - the last eruption, when
    // 3,200 people were evacuated".
    let s = ctx.sentence.start;
    if s < m.start && other_year(s) && ctx.in_sentence(s + 1) && ctx.is_figure_label(s + 1) {
        return Some(s);
    }
    // "cut 800 jobs after buying the bakery group in 2021": a time clause
    // right after the figure's dates it too.
    let mut time_clause = false;
    // "3.8% of Lumora's turnover last year": a share's base, which the
    // time names, not the share's own time.
    let base = ctx.is(m.end, &["of"]);
    let of_base = |k: usize| base && (m.end + 1..k).any(|j| ctx.is(j, &SHARE_BASES));
    // A list line's label is read whole: "5.50% - the peak policy rate,
    // reached in 2024", "18% - the tariff on battery packs until now".
    let label = ctx.opens_list_line(m);
    let reach = if label {
        ctx.sentence.end
    } else {
        (m.end + 9).min(ctx.sentence.end)
    };
    for k in m.end..reach {
        if !label && (ctx.punct_before(k) || (k >= m.end + 7 && !time_clause)) {
            return None;
        }
        if !time_clause && !ctx.same_clause(k, m.start) {
            if ctx.is(k, &["after", "before", "following"]) && k <= m.end + 3 {
                time_clause = true;
            } else {
                return None;
            }
        }
        let dated = (ctx.is(k, &["ago"]) && year_word(k - 1))
            || (ctx.is(k, &["until", "till"]) && ctx.is(k + 1, &["now", "recently"]))
            || (ctx.is(k, &["last", "previous", "prior"])
                && ctx.is_noun(k + 1, &["year", "season", "time", "election", "decade"]))
            || (ctx.is(k, &["earlier", "before", "previously"])
                && year_word(k - 1)
                && ctx.is(k - 2, &["a", "the", "one"]))
            // ("9: guards on weekday mornings before the 2025 budget cuts")
            || (ctx.is(k, &["in", "during", "of", "by", "for", "before", "until"])
                && (other_year(k + 1) || (ctx.is(k + 1, &["the"]) && other_year(k + 2))))
            // ("the 2:18:40 from 2025 stands": a mark of that year.)
            || (k == m.end && ctx.is(k, &["from"]) && other_year(k + 1));
        if dated && !of_base(k) {
            return Some(k);
        }
        // Another mention ("72 in 2022") or a comparison takes what follows.
        if mentions.iter().any(|o| o.start == k)
            || ctx.is(
                k,
                &[
                    "from", "than", "against", "versus", "compared", "while", "but",
                ],
            )
        {
            return None;
        }
    }
    None
}

/// Whether a comma stands right before word `k`.
fn comma_before(words: &[Word], text: &str, k: usize) -> bool {
    words[k].punct_before && text[words[k - 1].span.end..words[k].span.start].trim() == ","
}

/// Whether word `k` is the "ago" of a time in years ("six years ago", "a
/// decade ago").
fn years_ago(words: &[Word], text: &str, k: usize) -> bool {
    k > 0
        && words[k].is_any(text, &["ago"])
        && words[k - 1].is_any(text, &["year", "years", "decade", "decades"])
}

/// Whether the words at `r` stand in a time clause right after the day at
/// `at` ("early on Monday, shortly after it docked"): they tell when, by
/// another event, what the day's clause did.
fn in_time_clause_after(ctx: &Ctx<'_>, at: &Range<usize>, r: &Range<usize>) -> bool {
    r.start > at.end
        && r.start - at.end <= 6
        && (at.end..r.start).any(|k| ctx.is(k, &["after", "before", "when", "once", "until"]))
}

/// What a share is a share of, measured over a period of its own: "3.8% of
/// Lumora's turnover last year".
const SHARE_BASES: [&str; 12] = [
    "turnover", "revenue", "revenues", "sales", "income", "profit", "profits", "gdp", "output",
    "earnings", "budget", "budgets",
];

/// Nouns of a limit: what may be, at most.
const LIMITS: [&str; 5] = ["ceiling", "cap", "limit", "maximum", "minimum"];

/// The limit noun, if any, whose figure the mention at `at` gives: "The
/// legal ceiling is 10% of turnover", "a cap of 48 hours", "the maximum,
/// set in 2019, is 40,000 euros" (one of [`LIMITS`], not a cue, a few words
/// before it in its clause, joined by a copula or "of").
fn limit_before(ctx: &Ctx<'_>, at: &Range<usize>) -> Option<usize> {
    let k = (ctx.sentence.start..at.start)
        .rev()
        .take(4)
        .take_while(|&k| ctx.same_clause(k, at.start))
        .find(|&k| ctx.is_noun(k, &LIMITS))?;
    let joined = (k + 1..at.start).any(|j| {
        ctx.is(
            j,
            &[
                "is", "was", "are", "were", "of", "at", "stands", "stood", "remains", "sits",
            ],
        )
    });
    (joined && !ctx.is_cue_word(k)).then_some(k)
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
    // "That outbreak lasted 11 weeks": a sentence opening on "that" and a
    // noun points back to another occasion than the article's own ("That
    // values Ashgrove's equity at …" is a pronoun).
    let verb = |k: usize| {
        words.get(k).is_some_and(|w| {
            let n = w.norm(text);
            n.ends_with("ed")
                || matches!(
                    n.as_ref(),
                    "was"
                        | "were"
                        | "had"
                        | "has"
                        | "is"
                        | "came"
                        | "cost"
                        | "took"
                        | "ran"
                        | "left"
                        | "began"
                        | "fell"
                        | "rose"
                        | "struck"
                        | "hit"
                        | "went"
                        | "made"
                )
        })
    };
    // ("That cleanup cost €110 million": or the cue itself as its verb.)
    if cue > sentence_start
        && words[sentence_start].is_any(text, &["that", "those"])
        && (verb(sentence_start + 2)
            || (cue == sentence_start + 2
                && [cue - 1, cue]
                    .iter()
                    .all(|&k| text.as_bytes()[words[k].span.start].is_ascii_lowercase())))
        && (sentence_start + 1..=cue).all(|k| !words[k].punct_before)
    {
        return true;
    }
    let mut j = cue;
    for _ in 0..3 {
        if j <= sentence_start || words[j].punct_before {
            return false;
        }
        j -= 1;
        // "the second period of extra time", "the second half": a part of
        // this event, not a second occasion.
        let part = || {
            words[j].is_any(text, &["second"])
                && words.get(j + 1).is_some_and(|w| {
                    w.is_any(
                        text,
                        &[
                            "half", "period", "quarter", "set", "innings", "inning", "leg", "lap",
                        ],
                    )
                })
        };
        if is_other_time(&words[j], text, event) && !part() {
            return true;
        }
        // "The smaller slide at Orsk", "a larger quake in 2019": the cue set
        // beside another of its kind by size.
        if j + 1 == cue && words[j].is_any(text, &["smaller", "larger", "bigger", "lesser"]) {
            return true;
        }
    }
    false
}

/// Rule 7 as a careful reader applies it: the three words before the cue
/// ([`other_time_before`]); or, when the cue's phrase stands in apposition
/// ("the previous round, a two-day meeting"), the three words before the
/// comma; or a year or month other than the event's earlier in the clause
/// ("In 2019 the ferry went down") or just after the cue ("a meeting in
/// Brussels in November"), none across punctuation.
///
/// Asked at every cue of every sentence with a mention: words are compared
/// with [`Word::is_any`], not normalised into a copy each (a capitalised
/// word's normal form is one).
pub(crate) fn other_time_around(
    words: &[Word],
    sentence: Range<usize>,
    cue: &Range<usize>,
    text: &str,
    event: EventTime,
) -> bool {
    other_time_near(words, sentence, cue, text, event, &mut None)
}

/// [`other_time_around`] for one of several cues of a sentence: `fronted`
/// keeps whether the sentence opens on another time ([`fronted_time`]),
/// which reads at most its first six words and so is the same for every
/// cue past them: read once for them, not once per cue.
fn other_time_near(
    words: &[Word],
    sentence: Range<usize>,
    cue: &Range<usize>,
    text: &str,
    event: EventTime,
    fronted: &mut Option<bool>,
) -> bool {
    if other_time_before(words, sentence.start, cue.start, text, event) {
        return true;
    }
    // "Lucien Brasse, then the union's leader, stood …": a role a named
    // person held at another time.
    let comma_at = |k: usize| comma_before(words, text, k);
    let then_role = (cue.start.saturating_sub(3).max(sentence.start + 1)..cue.start).any(|k| {
        words[k].is_any(text, &["then"])
            && comma_at(k)
            && text.as_bytes()[words[k - 1].span.start].is_ascii_uppercase()
            && (k + 1..=cue.start).all(|i| !words[i].punct_before)
            && (cue.end >= sentence.end || comma_at(cue.end))
    });
    if then_role {
        return true;
    }
    // "Growth in the decade before that had been 5.1%": a period before
    // another, right after the cue, is that other time.
    let period_before = (cue.end..(cue.end + 4).min(sentence.end.saturating_sub(1))).any(|k| {
        words[k].is_any(
            text,
            &["decade", "year", "month", "week", "century", "season"],
        ) && words[k + 1].is_any(text, &["before", "earlier"])
            && (cue.end..=k + 1).all(|i| !words[i].punct_before)
    });
    if period_before {
        return true;
    }
    // "The pipeline was shut for four days on that occasion": an occasion
    // the article told of before.
    let said = &text[words[sentence.start].span.start..words[sentence.end - 1].span.end];
    let that_occasion = said.contains("occasion")
        && (sentence.start..sentence.end.saturating_sub(1)).any(|k| {
            words[k].is_any(text, &["that"])
                && words[k + 1].is_any(text, &["occasion"])
                && !words[k + 1].punct_before
        });
    if that_occasion {
        return true;
    }
    let dated = |w: &Word| dated_other(w, text, event);
    // "last year's", "next season": another time when it is a phrase's own.
    // ("The Garth Sound stranding that year, when 112 whales came ashore":
    // a year named before, the event's own being "this year".)
    let that_year = |k: usize| {
        text[words[k].span.clone()].eq_ignore_ascii_case("that")
            && words
                .get(k + 1)
                .is_some_and(|w| w.is_any(text, &["year", "season", "decade"]))
    };
    let relative_time = |k: usize| {
        let w = &words[k];
        let surface = &text[w.span.clone()];
        w.plain
            && matches!(surface.len(), 4 | 8)
            && w.is_any(text, &["last", "next", "previous"])
            && !own_next_year(words, k, text, event)
            && words.get(k + 1).is_some_and(|w| {
                w.is_any(
                    text,
                    &[
                        "year", "year's", "season", "season's", "month", "month's", "week",
                        "week's", "decade",
                    ],
                )
            })
    };
    // Apposition: up to three words back, a comma, then the phrase it renames.
    let mut j = cue.start;
    let mut steps = 0;
    while j > sentence.start && steps < 3 && !words[j].punct_before {
        j -= 1;
        steps += 1;
    }
    if j > sentence.start
        && words[j].punct_before
        && text[words[j - 1].span.end..words[j].span.start].trim() == ","
        && words[j].is_any(text, &["a", "an", "the"])
    {
        // The three words before the comma ("the region's last big
        // earthquake, a magnitude 7.0"), none across punctuation.
        // (The word right before the comma is the phrase's noun: "Last, the
        // meeting…" has none.)
        let mut k = j - 1;
        for _ in 0..2 {
            if k <= sentence.start || words[k].punct_before {
                break;
            }
            k -= 1;
            // Only words of an earlier occasion: "second", "other" or
            // "further" before the comma rename parts of this one.
            let earlier =
                words[k].is_any(text, &["last", "previous", "prior", "former", "earlier"]);
            if earlier || dated_other(&words[k], text, event) {
                return true;
            }
            if words[k].punct_before {
                break;
            }
        }
    }
    // A year or month earlier in the clause, with no punctuation between;
    // a clause opened by "when", "where" or "as" is dated by the one before
    // ("The first attempt failed in June 2025, when 312 members voted against").
    let mut j = cue.start;
    let mut steps = 0;
    let mut crossed = false;
    // Where an apposition crossed from its end opens ("The 2019 outbreak,
    // the last before this one, lasted 11 weeks": the subject before it
    // dates the verb as much as the apposition does).
    let mut apposition_open: Option<usize> = None;
    while j > sentence.start && steps < 16 {
        if words[j].punct_before && apposition_open == Some(j) {
            apposition_open = None;
            crossed = true;
        } else if words[j].punct_before {
            // "made an approach in 2024, offering $38 a share": a participle
            // phrase after the clause shares its time.
            let w = words[j].norm(text);
            let comma = text[words[j - 1].span.end..words[j].span.start].trim() == ",";
            let participle = w.len() >= 6
                && w.ends_with("ing")
                && text.as_bytes()[words[j].span.start].is_ascii_lowercase()
                && comma;
            // "The worst, the 1987 sinking of the Doña Paz, killed …": the
            // subject's apposition, set off by commas, dates the verb.
            // (Or a participle's phrase: "The 2024 truce, signed in Mirabel
            // after nine days of talks, set up a 5 km buffer".)
            let opening = (sentence.start + 1..j)
                .rev()
                .find(|&k| words[k].punct_before)
                .filter(|&k| {
                    let w = words[k].norm(text);
                    let participle = w.len() > 4
                        && (w.ends_with("ed") || w.ends_with("en"))
                        && text.as_bytes()[words[k].span.start].is_ascii_lowercase();
                    j - k <= 8
                        && (matches!(w.as_ref(), "the" | "a" | "an" | "then") || participle)
                        && text[words[k - 1].span.end..words[k].span.start].trim() == ","
                });
            let apposition = comma && opening.is_some();
            if apposition {
                apposition_open = opening;
            }
            // (A participle's phrase tells of another time than the clause's
            // own, "The probe, launched in May 2021, had travelled 3.1
            // billion km": stepped over unread, to the subject before it.)
            if let Some(k) =
                opening.filter(|&k| comma && !words[k].is_any(text, &["the", "a", "an"]))
            {
                j = k;
                apposition_open = None;
            }
            // (", or 31 euros a share": the same figure put another way.)
            if !matches!(
                w.as_ref(),
                "when" | "where" | "as" | "which" | "who" | "that" | "or"
            ) && !participle
                && !apposition
            {
                break;
            }
            crossed = true;
        }
        j -= 1;
        steps += 1;
        // "for the first time since 2009": a point of comparison, not when
        // this happened ("since 2022, when 61.9% voted" still dates the
        // clause after it).
        let since = || !crossed && j > sentence.start && words[j - 1].is_any(text, &["since"]);
        // ("His own crossing six years ago covered 3,050 nautical miles".)
        // (Not an age in deep time: "lived about 148 million years ago".)
        let ago = || {
            j > sentence.start + 1
                && years_ago(words, text, j)
                && !words[j - 2].is_any(text, &["since", "million", "billion", "thousand"])
        };
        if (dated(&words[j]) && !since()) || relative_time(j) || that_year(j) || ago() {
            return true;
        }
    }
    let opens_other = if cue.start >= sentence.start + 6 {
        *fronted.get_or_insert_with(|| fronted_time(words, sentence.start, cue.start, text, event))
    } else {
        fronted_time(words, sentence.start, cue.start, text, event)
    };
    if opens_other {
        return true;
    }
    // (Not after a share's base: "3.8% of Lumora's turnover last year" is
    // this fine's, measured on last year's turnover.)
    let base = cue.len() == 1
        && words[cue.start].is_any(text, &SHARE_BASES)
        && (cue.start.saturating_sub(4).max(sentence.start)..cue.start)
            .any(|k| words[k].is_any(text, &["of"]));
    if base {
        return false;
    }
    // "His first hunger strike, in 2025 at Marsk, lasted 19 days": an
    // apposition right after the cue that dates it.
    let k = cue.end;
    if k + 1 < sentence.end
        && comma_at(k)
        && words[k].is_any(text, &["in", "during"])
        && dated(&words[k + 1])
    {
        return true;
    }
    // "in November", "in 2018" just after the cue.
    let mut k = cue.end;
    while k < sentence.end && k < cue.end + 7 && !words[k].punct_before {
        if dated(&words[k])
            && k > 0
            && (words[k - 1].is_any(text, &["in", "on", "during"])
                || (k > 1
                    && words[k - 1].norm(text).bytes().all(|b| b.is_ascii_digit())
                    && words[k - 2].is_any(text, &["in", "on", "by"])))
        {
            return true;
        }
        // "His own crossing six years ago took 41 days".
        // (Right after it: "the biggest reshuffle since he took office two
        // years ago" compares.)
        if k == cue.end + 2 && years_ago(words, text, k) {
            return true;
        }
        // "last year", "next season"
        let relative = words[k].is_any(text, &["last", "next"])
            && !own_next_year(words, k, text, event)
            && words
                .get(k + 1)
                .is_some_and(|w| w.is_any(text, &["year", "season", "month", "week", "decade"]));
        if relative || that_year(k) {
            return true;
        }
        k += 1;
    }
    false
}

/// Whether words `k` and `k + 1` are "next year" and that year is one of
/// the file's own: "raises property tax by 4.5% next year" in a story of the
/// 2027 budget dated 2026.
fn own_next_year(words: &[Word], k: usize, text: &str, event: EventTime) -> bool {
    words[k].is_any(text, &["next"])
        && words
            .get(k + 1)
            .is_some_and(|w| w.is_any(text, &["year", "year's"]))
        && event.first_year().is_some_and(|y| !event.other_year(y + 1))
}

/// Whether `w` is a year or month other than the event's ("2019", "2019-20",
/// a capitalised month).
/// For four digits, whether they are a year ("2025") other than the
/// event's; `None` for any other text.
fn other_year_numeral(s: &str, event: EventTime) -> Option<bool> {
    (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit())).then(|| {
        s.parse::<i32>()
            .is_ok_and(|year| (1000..3000).contains(&year) && event.other_year(year))
    })
}

fn dated_other(w: &Word, text: &str, event: EventTime) -> bool {
    // Years start with a digit and months (read only when capitalised)
    // with a capital: every other word is turned away unread.
    let first = text.as_bytes()[w.span.start];
    if !first.is_ascii_digit() && !first.is_ascii_uppercase() {
        return false;
    }
    let year_or_month = if w.plain {
        // Letters and digits only: its normal form is its lower case, and
        // it holds no dash or dot, so it is compared as written.
        // (A figure is no month: the month names are compared only with
        // a capitalised word.)
        let surface = &text[w.span.clone()];
        if first.is_ascii_digit() {
            surface.len() == 4 && surface.bytes().all(|b| b.is_ascii_digit())
        } else {
            MONTHS.iter().any(|(full, short)| {
                surface.eq_ignore_ascii_case(full) || surface.eq_ignore_ascii_case(short)
            })
        }
    } else {
        let norm = w.norm(text);
        let dotless = norm.trim_end_matches('.');
        (norm.len() == 4 && norm.bytes().all(|b| b.is_ascii_digit()))
            || (norm.len() == 9
                && norm.as_bytes()[4] == b'-'
                && norm
                    .bytes()
                    .enumerate()
                    .all(|(i, b)| i == 4 || b.is_ascii_digit()))
            || MONTHS
                .iter()
                .any(|(full, short)| norm == *full || dotless == *short)
    };
    year_or_month && is_other_time(w, text, event)
}

/// Whether the sentence starting at word `start` opens on another time, set
/// off by a comma before word `before` (at most four words in): "In 2019,
/// after the fire …", "And in March, …", "Nineteen years ago, …", "Last
/// year, …", "Last time, …".
fn fronted_time(words: &[Word], start: usize, before: usize, text: &str, event: EventTime) -> bool {
    fronted_time_word(words, start, before, text, event).is_some()
}

/// The words after a number of years that put a time before the story's
/// own: "two years ago", "a decade earlier", "three years before".
const AGO: [&str; 3] = ["ago", "earlier", "before"];

/// [`fronted_time`]'s word that names the other time.
fn fronted_time_word(
    words: &[Word],
    start: usize,
    before: usize,
    text: &str,
    event: EventTime,
) -> Option<usize> {
    let fronted = (start..before.min(start + 6))
        .find(|&k| k + 1 < words.len() && comma_before(words, text, k + 1));
    // Asked of a sentence's first words, which are capitalised: compared
    // without making their normal forms.
    let is = |i: usize, norms: &[&str]| words[i].is_any(text, norms);
    let years = |i: usize| is(i, &["year", "years", "decade", "decades"]);
    // "When a barge hit the same pier in 2009, the bridge was closed for
    // three days": a time clause opening the sentence, dated by a year or
    // a time ago, dates the clause after its comma.
    if is(start, &["when", "after", "before", "while"]) {
        let comma = (start + 2..before.min(start + 16)).find(|&k| comma_before(words, text, k));
        if let Some(c) = comma {
            let dated = (start + 1..c).find(|&i| {
                (dated_other(&words[i], text, event) && is(i - 1, &["in", "during"]))
                    || years_ago(words, text, i)
            });
            if dated.is_some() {
                return dated;
            }
        }
    }
    // "For most of the 19th and 20th centuries, maps placed the wreck off
    // Hallin Point", "In the 18th century, …": a century not the event's,
    // in a phrase opening the sentence.
    if is(start, &["for", "throughout", "until", "in", "during", "by"]) {
        let phrase = (start + 1..before.min(start + 8)).take_while(|&i| !words[i].punct_before);
        if let Some(i) = phrase
            .into_iter()
            .find(|&i| other_century(words, i, text, event))
        {
            return Some(i);
        }
    }
    let Some(k) = fronted else {
        // Without a comma, only a phrase that can be nothing but a time
        // opens the sentence: "A year ago these two met", "Last season the
        // holders won".
        let ago = (start + 1..(start + 4).min(before)).find(|&i| is(i, &AGO) && years(i - 1));
        let last = (start + 1 < before
            && is(start, &["last", "previous"])
            && (years(start + 1) || is(start + 1, &["season"])))
        .then_some(start);
        // "In 2024 Meridane offered $38 a share", "In October 2019 the
        // port was shut": a year (after its month) right after "In".
        let in_year = || {
            (is(start, &["in", "during"]) && start + 2 < before)
                .then(|| {
                    (start + 1..(start + 3).min(before)).find(|&i| {
                        let w = &text[words[i].span.clone()];
                        w.len() == 4
                            && w.bytes().all(|b| b.is_ascii_digit())
                            && dated_other(&words[i], text, event)
                            && (i == start + 1 || dated_other(&words[start + 1], text, event))
                    })
                })
                .flatten()
        };
        // "Other majors use four-hole playoffs": a subject of other ones
        // (not "Other than that, …").
        // ("A separate team led by Dr Rao removed the tissue …": or a
        // separate one.)
        let others = || {
            let other = is(start, &["other"]) && !is(start + 1, &["than", "the", "a"]);
            let separate = is(start, &["a"]) && is(start + 1, &["separate"]);
            (start + 2 < before && (other || separate)).then_some(start)
        };
        return ago.or(last).or_else(in_year).or_else(others);
    };
    // "Until now, negotiations have taken place at the Health Ministry in
    // Dunmore": what held before the story's event.
    if k == start + 1 && is(start, &["until", "till"]) && is(start + 1, &["now"]) {
        return Some(start);
    }
    let opener = (start..=k).any(|i| is(i, &["in", "during", "by"]));
    if opener {
        if let Some(i) = (start..=k).find(|&i| dated_other(&words[i], text, event)) {
            return Some(i);
        }
    }
    // "In the other semi-final on Sunday, …", "At a separate hearing, …":
    // the sentence is about that other occasion.
    let at = is(start, &["in", "at", "during"]);
    if at {
        if let Some(i) = (start + 1..k).find(|&i| {
            is(i, &["other", "another", "separate"]) && (i > start + 1 || is(i, &["another"]))
        }) {
            return Some(i);
        }
    }
    let ago = (start + 1..=k).find(|&i| is(i, &AGO) && years(i - 1));
    let last = || {
        (start..k).find(|&i| {
            is(i, &["last", "previous"])
                && (years(i + 1) || is(i + 1, &["time", "season", "election"]))
        })
    };
    ago.or_else(last)
}

/// Whether word `i` is an ordinal ("19th") naming, with "century" or
/// "centuries" up to three words on, a century that is not the event's.
fn other_century(words: &[Word], i: usize, text: &str, event: EventTime) -> bool {
    let surface = &text[words[i].span.clone()];
    let digits = surface.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let ordinal = digits.len() < surface.len()
        && matches!(
            surface[digits.len()..].to_ascii_lowercase().as_str(),
            "st" | "nd" | "rd" | "th"
        );
    ordinal
        && digits.parse::<i32>().is_ok_and(|n| event.other_century(n))
        && (i + 1..(i + 4).min(words.len()))
            .any(|k| words[k].is_any(text, &["century", "centuries"]))
}

fn is_other_time(word: &Word, text: &str, event: EventTime) -> bool {
    let surface = &text[word.span.clone()];
    let first = surface.as_bytes()[0];
    // A plain word starting in lower case can only be one of the listed
    // words (months count only when capitalised): compare without normalising.
    if word.plain && first.is_ascii_lowercase() {
        return other_time_word(surface);
    }
    // Any other plain word (capitalised, or a figure) is its normal form
    // with its letters' case folded, and holds no dash or dot: the steps
    // below, compared as written instead of normalised into a copy.
    if word.plain {
        if other_time_word(surface) {
            return true;
        }
        if let Some(other) = other_year_numeral(surface, event) {
            return other;
        }
        // (Only a capitalised word is read as a month: a figure is not
        // compared with the month names at all.)
        if !first.is_ascii_uppercase() || !starts_with_one_of(surface, MONTH_FIRSTS) {
            return false;
        }
        let month = MONTHS.iter().position(|(full, short)| {
            surface.eq_ignore_ascii_case(full) || surface.eq_ignore_ascii_case(short)
        });
        return month.is_some_and(|m| event.other_month(m as u32 + 1));
    }
    let norm = word.norm(text);
    let norm = norm.as_ref();
    if OTHER_TIME.contains(&norm) {
        return true;
    }
    if let Some(other) = other_year_numeral(norm, event) {
        return other;
    }
    // A season of years, "2019-2020": another time when neither is the event's.
    if let Some((a, b)) = norm.split_once('-') {
        if let (Ok(a), Ok(b)) = (a.parse::<i32>(), b.parse::<i32>()) {
            return (1000..3000).contains(&a) && event.other_year(a) && event.other_year(b);
        }
    }
    // Month names are read only when capitalised: "may" and "march" are verbs too.
    let capitalised = text
        .get(word.span.clone())
        .and_then(|s| s.chars().next())
        .is_some_and(char::is_uppercase);
    let month = MONTHS.iter().position(|(full, short)| {
        norm == *full || norm == *short || norm.strip_suffix('.') == Some(short)
    });
    month.is_some_and(|m| capitalised && event.other_month(m as u32 + 1))
}

/// How many cue matches either side of a mention's position are measured: cue
/// phrases are a few words long, so the nearest one is among its neighbours in
/// text order, and a run-away sentence with a million cues costs no n² scan.
const CUE_NEIGHBOURS: usize = 16;

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

/// [`word_range`] of a mention of the sentence whose words are `within`:
/// searched among the sentence's words alone when the span lies inside
/// them (a sentence is a few dozen words, the article hundreds), which
/// gives the same range, since every word before the sentence ends before
/// the span and every word after it starts after the span.
fn word_range_in(
    words: &[Word],
    within: &Range<usize>,
    span: &Range<usize>,
) -> Option<Range<usize>> {
    let sentence = words.get(within.clone()).unwrap_or_default();
    match (sentence.first(), sentence.last()) {
        (Some(first), Some(last))
            if first.span.start <= span.start && span.end <= last.span.end =>
        {
            word_range(sentence, span).map(|r| within.start + r.start..within.start + r.end)
        }
        _ => word_range(words, span),
    }
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
        let doc = Doc::new("The talks were long.\nThey lasted five hours.")
            .duration("five hours", hours(5.0));
        assert!(claims_of(&f, &doc).is_empty());
        // (The claim's own value confirms it with no cue, and only that.)
        let doc = Doc::new("The talks were long.\nThey lasted three hours.")
            .duration("three hours", hours(3.0));
        let found = attribute(&f, &doc.ex, &doc.text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].link, Link::ByValue);
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
        let doc = Doc::new("It took five hours, he said of the \"talks\".")
            .duration("five hours", hours(5.0));
        assert!(claims_of(&f, &doc).is_empty());
    }

    #[test]
    fn a_linked_claim_wins_then_the_nearest_then_the_first() {
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
        // A linked claim beats a nearer cue it is not linked to.
        let doc = Doc::new("talks lasted 2 hours press conference").duration("2 hours", hours(2.0));
        assert_eq!(claims_of(&f, &doc), [("talks".into(), "2 hours".into())]);
        let doc = Doc::new("The press conference lasted 2 hours after the talks.")
            .duration("2 hours", hours(2.0));
        assert_eq!(claims_of(&f, &doc), [("press".into(), "2 hours".into())]);
        // Linked to neither, with cues of both: no claim can have it (rule 2c).
        let doc = Doc::new("talks, 2 hours, press conference").duration("2 hours", hours(2.0));
        assert!(claims_of(&f, &doc).is_empty());
        let doc = Doc::new("press conference 2 hours talks").duration("2 hours", hours(2.0));
        assert!(claims_of(&f, &doc).is_empty());
        // Linked to both through one cue: the claim listed first.
        let f = file(
            &[],
            vec![duration("a", &["talks"]), duration("b", &["talks"])],
        );
        let doc = Doc::new("The talks lasted 2 hours.").duration("2 hours", hours(2.0));
        assert_eq!(claims_of(&f, &doc), [("a".into(), "2 hours".into())]);
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
            ("Last, the meeting lasted two hours.", true),
            ("It was the last, meeting lasted two hours.", true),
            ("The meeting lasted two hours.", true),
            ("The march meeting lasted two hours.", true),
        ];
        for (sentence, attributed) in cases {
            let doc = Doc::new(sentence).duration("two hours", hours(2.0));
            assert_eq!(!claims_of(&f, &doc).is_empty(), attributed, "{sentence}");
        }
    }

    #[test]
    fn other_time_stops_at_punctuation_and_sentence_start() {
        let doc = Doc::new("next, the meeting");
        let e = EventTime::default().with(2025, 8);
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

#[cfg(test)]
mod named_occasion_letters {
    /// The first-letter filter in `named_occasions` lets every listed noun through.
    #[test]
    fn every_occasion_noun_passes_the_first_letter_test() {
        for w in super::NAMED_OCCASIONS {
            assert!("cdefgimorst".contains(&w[..1]), "{w}");
        }
    }
}
