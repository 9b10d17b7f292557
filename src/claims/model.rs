//! The resolved claims model: what a claims file means once validated.

use std::ops::Range;
use std::path::PathBuf;

use chrono::NaiveDate;

use crate::interval::Interval;

/// How serious a finding is; ordered so that `Error > Warning > Info`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// A supporting mention: no problem.
    Info,
    /// A problem that does not fail CI by default.
    Warning,
    /// A problem that fails CI by default.
    Error,
}

impl Severity {
    /// The lower-case name used in JSON and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// One validated claims file.
#[derive(Clone, Debug)]
pub struct ClaimsFile {
    /// Where it was read from.
    pub path: PathBuf,
    /// Its full YAML text, kept for diagnostics that point into it.
    pub source: String,
    /// The event's name.
    pub event: String,
    /// The event's date, resolving "Friday", "earlier this year", "in ten years".
    pub date: Option<NaiveDate>,
    /// Width of "about/nearly/roughly" as a fraction (0.15 for `15%`).
    pub hedge: f64,
    /// Speech verbs (base forms) added to SPEC rule 8's for quote speakers.
    pub speech_verbs: Vec<String>,
    /// People and places with every spelling articles use, in file order.
    /// Place names used in place claims that are not entity ids are added here as
    /// implicit entities (id = the name as written, `implicit = true`).
    pub entities: Vec<Entity>,
    /// The claims, in file order.
    pub claims: Vec<Claim>,
}

/// A person or place and the spellings articles use for it.
#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    /// The id claims refer to it by.
    pub id: String,
    /// Every spelling, as written in the claims file.
    pub names: Vec<String>,
    /// True for a place name used in a place claim without an `entities` entry.
    pub implicit: bool,
}

/// One claim about the event.
#[derive(Clone, Debug)]
pub struct Claim {
    /// Its id (the key under `claims:`).
    pub id: String,
    /// What it is about, for messages ("how long the closed-door talks lasted").
    pub about: String,
    /// Severity of its problems (`error` unless the file says `warning`).
    pub severity: Severity,
    /// Cue words or phrases: a sentence must hold one for a mention to be about this claim.
    pub near: Vec<String>,
    /// Words or phrases that exclude a sentence.
    pub not_near: Vec<String>,
    /// Sentences that must support or contradict the claim (`claims test`).
    pub examples: Examples,
    /// The kind and its value.
    pub rule: Rule,
    /// Byte span of the claim's id key in the YAML source.
    pub key_span: Range<usize>,
    /// Byte span of the `value` in the YAML source, when there is one.
    pub value_span: Option<Range<usize>>,
}

/// Example sentences a claim must get right.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Examples {
    /// Sentences that must support the claim.
    pub supports: Vec<String>,
    /// Sentences that must contradict it.
    pub contradicts: Vec<String>,
}

/// A tolerance around a numeric value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Tolerance {
    /// In the claim's unit (seconds for durations).
    Absolute(f64),
    /// A fraction of the value (0.1 for `10%`).
    Relative(f64),
}

impl Default for Tolerance {
    fn default() -> Self {
        Tolerance::Absolute(0.0)
    }
}

/// What a count claim counts (SPEC rule 2b).
#[derive(Clone, Debug, PartialEq)]
pub enum CountUnit {
    /// Percent, a currency or a measure.
    Unit(crate::unit::Unit),
    /// A counted noun as written (`people`, `fans`), matched on its stem.
    Noun(String),
}

/// A claim's kind with its kind-specific keys, entity references resolved to ids.
#[derive(Clone, Debug, PartialEq)]
pub enum Rule {
    /// How long something lasted, in seconds.
    Duration {
        /// The value (a point or a range), in seconds.
        value: Option<Interval>,
        /// Allowed deviation.
        tolerance: Tolerance,
    },
    /// How many of something there were.
    Count {
        /// The value (a point or a range), in `unit` when there is one.
        value: Option<Interval>,
        /// Allowed deviation.
        tolerance: Tolerance,
        /// What is counted (`unit:`, or the unit the value is written in).
        unit: Option<CountUnit>,
    },
    /// A result: the two numbers of a score.
    Score {
        /// The score as written (`40-22`).
        value: Option<(crate::extract::Points, crate::extract::Points)>,
        /// The two sides' entity ids, in the order of `value`.
        sides: Option<[String; 2]>,
    },
    /// On which day it happened.
    Date {
        /// The day.
        value: Option<NaiveDate>,
    },
    /// A year the claim is about ("last met in 2019").
    Year {
        /// The year.
        value: Option<i32>,
    },
    /// Where it happened; all entity ids.
    Place {
        /// The place.
        value: Option<String>,
        /// Less precise but true places.
        also: Vec<String>,
        /// Places that contradict.
        rivals: Vec<String>,
    },
    /// Who was there; all entity ids.
    People {
        /// Everyone who was there.
        value: Option<Vec<String>>,
        /// People known not to have been there.
        absent: Vec<String>,
    },
    /// Words someone said.
    Quote {
        /// The exact words.
        value: Option<String>,
        /// The speaker's entity id.
        speaker: String,
    },
    /// Whether something is so (questions were taken, say).
    Statement {
        /// True or false.
        value: Option<bool>,
        /// Phrases saying it is so.
        affirm: Vec<String>,
        /// Phrases saying it is not.
        deny: Vec<String>,
    },
}

impl Rule {
    /// The kind's name as written in claims files.
    pub fn kind(&self) -> &'static str {
        match self {
            Rule::Duration { .. } => "duration",
            Rule::Count { .. } => "count",
            Rule::Score { .. } => "score",
            Rule::Date { .. } => "date",
            Rule::Year { .. } => "year",
            Rule::Place { .. } => "place",
            Rule::People { .. } => "people",
            Rule::Quote { .. } => "quote",
            Rule::Statement { .. } => "statement",
        }
    }

    /// Whether the claim has a `value` (else it runs in consensus mode).
    pub fn has_value(&self) -> bool {
        match self {
            Rule::Duration { value, .. } | Rule::Count { value, .. } => value.is_some(),
            Rule::Score { value, .. } => value.is_some(),
            Rule::Date { value } => value.is_some(),
            Rule::Year { value } => value.is_some(),
            Rule::Place { value, .. } => value.is_some(),
            Rule::People { value, .. } => value.is_some(),
            Rule::Quote { value, .. } => value.is_some(),
            Rule::Statement { value, .. } => value.is_some(),
        }
    }
}

impl Claim {
    /// Which side of a vote a count claim counts, from its `about`: the
    /// votes for ("how many members voted for the bill") or against ("how
    /// many voted against"). None when it is no count of a vote, or counts
    /// those who voted against their own side ("coalition deputies who
    /// voted against their own government"): a part of a side, not a side
    /// of the tally.
    pub fn vote_side(&self) -> Option<bool> {
        if !matches!(self.rule, Rule::Count { .. }) {
            return None;
        }
        let about = self.about.to_ascii_lowercase();
        if !about.contains("vot") {
            return None;
        }
        let words: Vec<&str> = about.split(|c: char| !c.is_alphanumeric()).collect();
        if words.contains(&"own") {
            return None;
        }
        let against = words
            .iter()
            .any(|w| matches!(*w, "against" | "opposed" | "no" | "nays"));
        let for_ = words.iter().any(|w| {
            matches!(
                *w,
                "for" | "favour" | "favor" | "yes" | "backed" | "supported" | "ayes"
            )
        });
        match (for_, against) {
            (true, false) => Some(true),
            (false, true) => Some(false),
            _ => None,
        }
    }
}

impl ClaimsFile {
    /// The entity with this id.
    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.id == id)
    }

    /// Ids of entities that some place claim names (value, also or rivals):
    /// every other entity is a person (SPEC, kind `people`).
    pub fn place_ids(&self) -> std::collections::BTreeSet<String> {
        let mut out = std::collections::BTreeSet::new();
        for claim in &self.claims {
            if let Rule::Place {
                value,
                also,
                rivals,
            } = &claim.rule
            {
                out.extend(value.iter().cloned());
                out.extend(also.iter().cloned());
                out.extend(rivals.iter().cloned());
            }
        }
        out
    }
}
