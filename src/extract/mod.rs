//! The extractor: article text in, typed mentions with exact byte spans out.
//!
//! It knows nothing about claims. What it is told (entity spellings, which
//! entities are places, the hedge width, the event's date) comes in
//! [`ExtractOptions`]. A fast scan finds candidate positions; the nom parsers
//! (one file per mention kind) run only there.

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::ops::Range;

use chrono::{NaiveDate, Weekday};

use crate::interval::Interval;

mod count;
mod date;
pub(crate) use date::clock_stamp;
pub use date::{is_calendar_word, weekday_named};
mod duration;
mod entity;
mod hedge;
pub mod json;
mod number;
mod quantity;
mod quote;
mod scan;
mod score;
pub use score::Points;
mod sentence;
pub mod words;
mod year;

/// What the extractor is told about the world; all optional.
#[derive(Clone, Debug, PartialEq)]
pub struct ExtractOptions {
    /// Width of "about/nearly/roughly" as a fraction (SPEC default 0.15).
    pub hedge: f64,
    /// The event's date, for "earlier this year", "in ten years", "Friday".
    pub date: Option<NaiveDate>,
    /// Known entities and their spellings.
    pub entities: Vec<EntityNames>,
    /// Ids of entities that are places, not people (never quote speakers).
    pub places: BTreeSet<String>,
    /// Speech verbs a claims file adds to SPEC rule 8's (base forms).
    pub speech_verbs: Vec<String>,
    /// The earliest four-digit number read as a year: 1900, or a century
    /// before the oldest year a claim is about ("the main was laid in
    /// 1889"), so that an article's wrong year is read too.
    pub earliest_year: i32,
    /// Whether a vote's tally ("34 in favour, 15 against", "158 votes to
    /// 131") is read as a score: when a score claim could take it and no
    /// count claim counts a side of a vote, whose figures it would take.
    pub tallies: bool,
}

impl Default for ExtractOptions {
    fn default() -> Self {
        ExtractOptions {
            hedge: 0.15,
            date: None,
            entities: Vec::new(),
            places: BTreeSet::new(),
            speech_verbs: Vec::new(),
            earliest_year: 1900,
            tallies: false,
        }
    }
}

impl ExtractOptions {
    /// What a claims file tells the extractor: its hedge, date, entities, and
    /// which entities are places (those some place claim names).
    pub fn from_claims(claims: &crate::claims::ClaimsFile) -> Self {
        ExtractOptions {
            hedge: claims.hedge,
            date: claims.date,
            entities: claims
                .entities
                .iter()
                .map(|e| EntityNames {
                    id: e.id.clone(),
                    names: e.names.clone(),
                })
                .collect(),
            places: claims.place_ids(),
            speech_verbs: claims.speech_verbs.clone(),
            earliest_year: claims
                .claims
                .iter()
                .filter_map(|c| match c.rule {
                    crate::claims::Rule::Year { value } => value.map(|y| y - 100),
                    _ => None,
                })
                .fold(1900, i32::min)
                .max(1000),
            // (A vote's tally is one score, unless a count claim reads one
            // of its sides.)
            tallies: claims
                .claims
                .iter()
                .any(|c| matches!(c.rule, crate::claims::Rule::Score { .. }))
                && !claims.claims.iter().any(|c| {
                    matches!(c.rule, crate::claims::Rule::Count { .. }) && c.vote_side().is_some()
                }),
        }
    }
}

/// An entity id and every spelling of it.
#[derive(Clone, Debug, PartialEq)]
pub struct EntityNames {
    /// The id.
    pub id: String,
    /// The spellings, as written in the claims file.
    pub names: Vec<String>,
}

/// Everything the extractor found in one article.
#[derive(Clone, Debug, Default)]
pub struct Extraction {
    /// Typed mentions, sorted by start offset (then end).
    pub mentions: Vec<Mention>,
    /// Sentences and headline lines, in text order, covering every word.
    pub sentences: Vec<Sentence>,
    /// Every word of the text, in order (SPEC §2 "words").
    pub words: Vec<Word>,
}

/// A sentence (or a headline/dateline/caption line).
#[derive(Clone, Debug, PartialEq)]
pub struct Sentence {
    /// Byte span, from its first word to its end punctuation.
    pub span: Range<usize>,
    /// Index range into [`Extraction::words`].
    pub words: Range<usize>,
    /// Index of the paragraph it belongs to (paragraphs are split by blank lines
    /// and by line breaks; used by quote attribution).
    pub paragraph: usize,
}

/// A word, as SPEC §2 defines words.
#[derive(Clone, Debug, PartialEq)]
pub struct Word {
    /// Byte span in the text.
    pub span: Range<usize>,
    /// Inside quotation marks (SPEC rule 3).
    pub quoted: bool,
    /// The gap between the previous word and this one holds punctuation
    /// (a comma, dash, colon, quote mark ...), not only white space.
    pub punct_before: bool,
    /// A hyphen or en dash joins two parts of it ("Trump-Putin", "12-hour").
    pub dashed: bool,
    /// ASCII letters and digits only (most words): scanners that look at
    /// every word take a short path for these.
    pub plain: bool,
}

impl Word {
    /// The word's comparison form: lower-cased, curly apostrophes folded to
    /// `'`, dashes between letters to `-`. It is made when asked for, from the
    /// article's `text`, and borrows from it for most words: storing it for
    /// every word would double the word list and its cost.
    pub fn norm<'t>(&self, text: &'t str) -> Cow<'t, str> {
        words::normalized(&text[self.span.clone()])
    }

    /// [`Word::norm`], given also `lower`, the text with its ASCII letters
    /// lower-cased (`text.to_ascii_lowercase()`, made once): an ASCII word's
    /// normal form is its span of `lower`, borrowed, where making it from
    /// `text` copies every capitalised word. (Inlined always, not left to the
    /// inliner, which made it a call of its own, some 45 instructions a word,
    /// where a sentence's normal forms are listed for its frames: asked of
    /// every word of every sentence a frame reads, and mostly a borrow.)
    #[inline(always)]
    pub fn norm_lowered<'t>(&self, text: &'t str, lower: &'t str) -> Cow<'t, str> {
        if self.plain || text[self.span.clone()].is_ascii() {
            Cow::Borrowed(&lower[self.span.clone()])
        } else {
            self.norm(text)
        }
    }

    /// Whether [`Word::norm`] is one of `norms` (words in normal form),
    /// without making it: a capitalised word's normal form is a copy, and
    /// an ASCII word's is its letters lower-cased, compared as they are.
    /// (Inlined always: the rules ask it of word after word, with a list
    /// known where they ask, and a call of its own was some 80 instructions
    /// to compare "in" with a word.)
    #[inline(always)]
    pub fn is_any(&self, text: &str, norms: &[&str]) -> bool {
        let surface = &text[self.span.clone()];
        if self.plain || surface.is_ascii() {
            norms.iter().any(|norm| surface.eq_ignore_ascii_case(norm))
        } else {
            norms.contains(&words::normalize(surface).as_str())
        }
    }

    /// The Snowball English stem of [`Word::norm`] (what cues match on).
    pub fn stem(&self, text: &str) -> String {
        words::stem_cached(&self.norm(text), str::to_string)
    }
}

/// A typed value found in an article, with its byte span.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    /// Byte span of the mention's text (a quote's includes its marks).
    pub span: Range<usize>,
    /// What it is and its normalised value.
    pub kind: MentionKind,
}

/// A stated quantity: the interval it denotes and the hedge word that shaped it.
#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    /// The interval (SPEC rule 1), in seconds for durations.
    pub interval: Interval,
    /// The hedge as written, lower-cased ("nearly", "more than"), if any.
    pub hedge: Option<String>,
}

/// The kinds of mention and their normalised values.
#[derive(Clone, Debug, PartialEq)]
pub enum MentionKind {
    /// A length of time; the interval is in seconds.
    Duration(Quantity),
    /// A number of things, or an amount in a unit.
    Count {
        /// The interval of the count, in `unit` when there is one.
        quantity: Quantity,
        /// The noun counted, lower-cased ("journalists"), when one follows.
        noun: Option<String>,
        /// The unit: percent, a currency or a measure (SPEC rule 2b).
        unit: Option<crate::unit::Unit>,
    },
    /// A score or result ("40-22", "Eagles 40, Chiefs 22").
    Score {
        /// The two numbers, in the order written (in halves: chess).
        points: (Points, Points),
        /// The names written with each number, when the text pairs them.
        sides: Option<[String; 2]>,
    },
    /// A day, as far as the text says.
    Date(DateValue),
    /// A year, absolute or resolved from relative wording.
    Year {
        /// The year interval ("in more than six years" → up to event year − 6).
        years: Interval,
        /// The hedge as written, if any.
        hedge: Option<String>,
    },
    /// A known entity's name.
    Entity {
        /// The entity id, when options listed the spelling (shared by every
        /// mention of the entity).
        id: Option<std::sync::Arc<str>>,
        /// The spelling as it appears, without a possessive "'s".
        name: String,
    },
    /// A quoted passage.
    Quote {
        /// The span of the words inside the marks.
        inner: Range<usize>,
        /// The speaker's entity id, when attributed (SPEC rule 8).
        speaker: Option<String>,
        /// The speaker only continues the previous paragraph's passage (rule
        /// 8's last step): inferred from position, not named beside it.
        continued: bool,
        /// The speaker is a name the claims file does not give, as written
        /// ("…,” Bautista said"): someone other than any claim's speaker.
        /// Not written to JSON, whose `speaker` is an entity id.
        unnamed: bool,
    },
}

impl MentionKind {
    /// The kind's name as used in JSON.
    pub fn name(&self) -> &'static str {
        match self {
            MentionKind::Duration(_) => "duration",
            MentionKind::Count { .. } => "count",
            MentionKind::Score { .. } => "score",
            MentionKind::Date(_) => "date",
            MentionKind::Year { .. } => "year",
            MentionKind::Entity { .. } => "entity",
            MentionKind::Quote { .. } => "quote",
        }
    }
}

/// A date as far as the text says it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DateValue {
    /// The full date, when year, month and day are all known.
    pub date: Option<NaiveDate>,
    /// The month (1–12), when said.
    pub month: Option<u32>,
    /// The day of the month, when said.
    pub day: Option<u32>,
    /// The weekday, when said.
    pub weekday: Option<Weekday>,
}

/// Runs every extractor over `text`.
///
/// This prepares `options` for one text; to extract many texts with the same
/// options, make one [`Extractor`] and reuse it.
pub fn extract(text: &str, options: &ExtractOptions) -> Extraction {
    Extractor::new(options).extract(text)
}

/// [`ExtractOptions`] made ready to run: the entity spellings indexed once.
#[derive(Debug)]
pub struct Extractor<'o> {
    options: &'o ExtractOptions,
    entities: entity::Index,
    speakers: quote::Speakers,
}

impl<'o> Extractor<'o> {
    /// Prepares `options`.
    pub fn new(options: &'o ExtractOptions) -> Self {
        Extractor {
            options,
            entities: entity::Index::new(options),
            speakers: quote::Speakers::new(options),
        }
    }

    /// Runs every extractor over `text`.
    pub fn extract(&self, text: &str) -> Extraction {
        run(text, self.options, &self.entities, &self.speakers)
    }
}

/// In an article that writes "short tons" anywhere ("about 7.5 short tons
/// of cocaine"), a bare "tons" is the same American ton ("Authorities seize
/// 7.5 tons of cocaine"), not the metric tonne it is read as elsewhere.
fn american_tons(text: &str, mentions: &mut [Mention]) {
    use crate::unit::{Unit, SHORT_TON, TONNE};
    let is = |m: &Mention, name: &str| matches!(&m.kind, MentionKind::Count { unit: Some(Unit::Measure(u)), .. } if u.name == name);
    if !mentions.iter().any(|m| is(m, SHORT_TON.name)) {
        return;
    }
    for m in mentions.iter_mut() {
        if !is(m, TONNE.name) {
            continue;
        }
        let written = text.get(m.span.clone()).unwrap_or("").to_ascii_lowercase();
        let bare = (written.ends_with(" tons") || written.ends_with(" ton"))
            && !written.contains("metric");
        if let (true, MentionKind::Count { unit, .. }) = (bare, &mut m.kind) {
            *unit = Some(Unit::Measure(SHORT_TON));
        }
    }
}

fn run(
    text: &str,
    options: &ExtractOptions,
    index: &entity::Index,
    speakers: &quote::Speakers,
) -> Extraction {
    let passages = quote::passages(text);
    let words = words::tokenize(text, &passages);
    let sentences = sentence::segment(text, &words);
    let mut mentions = quantity::find(text, &words, options);
    american_tons(text, &mut mentions);
    let entities = index.find(text, &words);
    mentions.extend(quote::mentions(
        text, &passages, &words, &sentences, &entities, speakers,
    ));
    mentions.extend(entities.into_iter().map(|(mention, _)| mention));
    mentions.sort_by(|a, b| {
        (a.span.start, a.span.end, a.kind.name()).cmp(&(b.span.start, b.span.end, b.kind.name()))
    });
    Extraction {
        mentions,
        sentences,
        words,
    }
}
