//! The checker: mentions attributed to claims, then judged.
//!
//! [`attribute`] turns one article's extraction into candidates (a mention, or a
//! phrase/quote match, that is about a claim); [`judge`] turns every article's
//! candidates into findings: values against claims, consensus across articles,
//! self-contradiction within one. Candidates carry no article text, so a caller
//! can drop each article as soon as it is attributed; consensus needs only the
//! candidates.
//!
//! Each claim kind's rules live in their own file (duration, count, date, year,
//! place, people, quote, statement); [`attribute`](attribute()) holds the
//! shared locality rules (SPEC rules 2, 3 and 7), `cue` the stemmed phrase
//! matcher, `consensus` rule 4, `verdict` the verdict types every kind's file returns,
//! and `judge` the verdicts and rule 5.

use std::collections::BTreeSet;
use std::ops::Range;
use std::sync::Arc;

use chrono::Datelike;

use crate::claims::{ClaimsFile, Rule, Severity};
use crate::extract::{DateValue, ExtractOptions};
use crate::interval::Interval;

mod attribute;
mod consensus;
mod count;
mod cue;
mod date;
mod duration;
#[cfg(test)]
mod fixture;
mod judge;
mod link;
mod people;
mod place;
mod quote;
mod score;
mod statement;
mod verdict;
mod window;
mod year;

pub use attribute::{attribute, Attributor, Explained, Fate};
pub use judge::{judge, Judge, Strings, Tally};
pub use link::Link;
pub use verdict::Verdict;

/// A mention attributed to a claim, with a verdict.
///
/// Its strings are shared: a run repeats claim ids, mention texts, values and
/// messages across thousands of findings, and one copy of each keeps memory
/// proportional to what was said differently, not to how often.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// The claim's id.
    pub claim: Arc<str>,
    /// Index of the article in the run's article list.
    pub article: usize,
    /// The verdict.
    pub verdict: Verdict,
    /// `Info` for support, else the claim's severity (or `Warning` for a soft disagreement).
    pub severity: Severity,
    /// Byte span of the mention in its article.
    pub span: Range<usize>,
    /// The article's text at `span`.
    pub text: Arc<str>,
    /// The normalised value ("12h", "2h33m..3h", "2025-08-15", "trump").
    pub value: Arc<str>,
    /// What the claim or consensus expects ("3h ± 30m"), when there is a reference.
    pub expected: Option<Arc<str>>,
    /// One line saying what is wrong or right.
    pub message: Arc<str>,
    /// For a quote, the entity id of who the article says spoke it (SPEC §3).
    pub speaker: Option<Arc<str>>,
    /// Other spans that bear on this finding: the other side of a self-contradiction,
    /// consensus sources in other articles.
    pub related: Vec<Related>,
    /// 1-based line of `span.start`.
    pub line: usize,
    /// 1-based column (in characters) of `span.start`.
    pub column: usize,
    /// The reason of the inline suppression that accepts this problem
    /// (SPEC §6); a suppressed finding never fails a run.
    pub suppressed: Option<Arc<str>>,
    /// Hash of the mention's context: survives edits elsewhere in the
    /// article (for baselines and fingerprints). A run keys it per mention
    /// ([`crate::baseline::context`]); the attributor alone gives the
    /// sentence's words.
    pub fingerprint: u64,
    /// How the mention was tied to the claim (rule 2).
    pub link: Link,
}

/// A span elsewhere that bears on a finding.
#[derive(Clone, Debug, PartialEq)]
pub struct Related {
    /// Index of the article.
    pub article: usize,
    /// Byte span in that article.
    pub span: Range<usize>,
    /// The article's text at `span`.
    pub text: Arc<str>,
    /// A label: its normalised value, or why it is related.
    pub label: Arc<str>,
}

/// A mention (or phrase, or quote passage) that is about one claim, not yet judged.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    /// Index of the claim in its file's `claims`.
    pub claim: usize,
    /// The normalised value to judge.
    pub value: Value,
    /// Byte span in the article.
    pub span: Range<usize>,
    /// The article's text at `span`.
    pub text: Arc<str>,
    /// 1-based line of `span.start`.
    pub line: usize,
    /// 1-based column (in characters) of `span.start`.
    pub column: usize,
    /// Hash of the normalised words of the sentence the mention is in, or,
    /// once the run has keyed it, of the words around the mention
    /// ([`crate::baseline::key_candidates`]).
    pub fingerprint: u64,
    /// How the mention was tied to the claim (rule 2).
    pub link: Link,
}

/// A candidate's normalised value, one variant per claim kind.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// A duration in seconds, or a count.
    Interval(Interval),
    /// A day, as far as the text says.
    Date(DateValue),
    /// A year interval.
    Year(Interval),
    /// A place's entity id.
    Place(Arc<str>),
    /// A person named in a cue sentence (one candidate per name).
    Person(Arc<str>),
    /// A quote passage, or the stretch of it that matched the claim (shared:
    /// judging hands it to several findings).
    Quote(Arc<quote::QuoteValue>),
    /// A statement phrase: `true` for an `affirm` phrase, `false` for `deny`.
    Statement(bool),
    /// A score, with the sides the text paired with its numbers.
    Score(Arc<ScoreValue>),
}

pub use score::ScoreValue;

pub use quote::{QuoteFit, QuoteValue};

/// Extracts, attributes and judges `texts` against one claims file.
///
/// Each text is dropped from consideration once attributed; only candidates are
/// kept for judging, so memory grows with mentions, not with article size.
pub fn check<'a>(file: &ClaimsFile, texts: impl IntoIterator<Item = &'a str>) -> Vec<Finding> {
    let options = ExtractOptions::from_claims(file);
    let extractor = crate::extract::Extractor::new(&options);
    let attributor = Attributor::new(file);
    let candidates: Vec<Vec<Candidate>> = texts
        .into_iter()
        .map(|text| {
            let extraction = extractor.extract(text);
            attributor.attribute(&extraction, text)
        })
        .collect();
    judge(file, &candidates)
}

/// The verdict one sentence, checked alone, earns for claim `claim` of `file`:
/// `None` when nothing in it is attributed to the claim; otherwise its worst
/// finding's verdict (a sentence that both supports and contradicts contradicts).
///
/// For `claims test`. The sentence is checked against the whole file, so a
/// competing claim can take its mention, as it would in an article. A claim
/// without `value` is judged by consensus; alone, a sentence is its own
/// consensus, so it supports unless it contradicts itself.
pub fn check_example(file: &ClaimsFile, claim: usize, sentence: &str) -> Option<Verdict> {
    let id = &file.claims.get(claim)?.id;
    check(file, [sentence])
        .iter()
        .filter(|f| *f.claim == **id)
        .map(|f| f.verdict)
        .max()
}

/// One sentence of an article as `factcheck explain` shows it: its byte span
/// and what became of each of its mentions, in one line each.
#[derive(Clone, Debug, PartialEq)]
pub struct ExplainedSentence {
    /// Byte span of the sentence.
    pub span: Range<usize>,
    /// For each mention: its kind, byte span, normalised value and fate.
    pub mentions: Vec<(&'static str, Range<usize>, String, String)>,
}

/// What became of every mention of `text` against `file`, sentence by
/// sentence (sentences without a mention are left out). It runs the same
/// extraction and attribution as `report`, so it says what the run did.
pub fn explain(file: &ClaimsFile, text: &str) -> Vec<ExplainedSentence> {
    let options = ExtractOptions::from_claims(file);
    let extraction = crate::extract::Extractor::new(&options).extract(text);
    let trace = Attributor::new(file).explain(&extraction, text);
    let mut out: Vec<ExplainedSentence> = Vec::new();
    for e in trace {
        let Some(sentence) = extraction.sentences.get(e.sentence) else {
            continue;
        };
        if !out.last().is_some_and(|s| s.span == sentence.span) {
            out.push(ExplainedSentence {
                span: sentence.span.clone(),
                mentions: Vec::new(),
            });
        }
        let value = show_mention(&e.mention.kind);
        let fate = e.fate.describe(file, text);
        if let Some(last) = out.last_mut() {
            last.mentions
                .push((e.mention.kind.name(), e.mention.span.clone(), value, fate));
        }
    }
    out
}

/// A mention's normalised value as the report prints values.
pub fn show_mention(kind: &crate::extract::MentionKind) -> String {
    use crate::extract::MentionKind as K;
    match kind {
        K::Duration(q) => duration::show(&q.interval),
        K::Count { quantity, noun, .. } => match noun {
            Some(n) => format!("{} {n}", count::show(&quantity.interval)),
            None => count::show(&quantity.interval),
        },
        K::Score { points, .. } => format!("{}-{}", points.0, points.1),
        K::Date(d) => date::show(d),
        K::Year { years, .. } => year::show(years),
        K::Entity { id, name } => id.as_deref().unwrap_or(name).to_string(),
        K::Quote { speaker, .. } => speaker.clone().unwrap_or_else(|| "no speaker".into()),
    }
}

/// The times that are this file's own, for rule 7's "another time": the
/// event's date, and the day of each `date` claim (a results story's file
/// may claim the launch a month before: "unveiled in Barcelona on Sept. 8"
/// is no other occasion for it).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct EventTime {
    /// Up to four years of the file's own dates, the event's first.
    years: [Option<i32>; 4],
    /// Bit m set for each month m (1–12) of the file's own dates.
    months: u16,
}

impl EventTime {
    fn of(file: &ClaimsFile) -> Self {
        let claimed = file.claims.iter().filter_map(|c| match c.rule {
            crate::claims::Rule::Date { value } => value,
            _ => None,
        });
        let time = file
            .date
            .into_iter()
            .chain(claimed)
            .fold(EventTime::default(), |t, d| t.with(d.year(), d.month()));
        // A year the title or a claim's `about` names is the file's own
        // too ("Tamsford City Council 2027 budget vote", "the tax rise in
        // 2027"), when the file has a time at all.
        if !time.is_known() {
            return time;
        }
        // (Not a year a comparison or a bound names: "the worst since 1998".)
        let mut time = time;
        for title in
            std::iter::once(file.event.as_str()).chain(file.claims.iter().map(|c| c.about.as_str()))
        {
            let words: Vec<&str> = title
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            for (i, w) in words.iter().enumerate() {
                let bound = i > 0
                    && matches!(
                        words[i - 1].to_ascii_lowercase().as_str(),
                        "since" | "than" | "before" | "after" | "until" | "from"
                    );
                if let Some(y) = w
                    .parse::<i32>()
                    .ok()
                    .filter(|y| w.len() == 4 && (1900..2200).contains(y))
                {
                    if !bound {
                        time = time.with_year(y);
                    }
                }
            }
        }
        time
    }

    /// This time with `year` also the file's own (no month).
    fn with_year(mut self, year: i32) -> Self {
        if !self.years.contains(&Some(year)) {
            if let Some(slot) = self.years.iter_mut().find(|y| y.is_none()) {
                *slot = Some(year);
            }
        }
        self
    }

    /// This time with `year` and `month` also the file's own.
    pub(crate) fn with(self, year: i32, month: u32) -> Self {
        let mut time = self.with_year(year);
        time.months |= 1 << month;
        time
    }

    /// Whether the file knows its time at all (without a date, rule 7 reads
    /// no year or month as another time).
    pub(crate) fn is_known(self) -> bool {
        self.years[0].is_some()
    }

    /// The event's year, when the file has a date.
    pub(crate) fn first_year(self) -> Option<i32> {
        self.years[0]
    }

    /// Whether `year` is another year than all of the file's own.
    pub(crate) fn other_year(self, year: i32) -> bool {
        self.is_known() && !self.years.contains(&Some(year))
    }

    /// Whether the `n`th century holds none of the file's own years.
    pub(crate) fn other_century(self, n: i32) -> bool {
        self.is_known()
            && !self
                .years
                .iter()
                .flatten()
                .any(|y| (y - 1).div_euclid(100) + 1 == n)
    }

    /// Whether month `month` (1–12) is another month than all of the file's own.
    pub(crate) fn other_month(self, month: u32) -> bool {
        self.is_known() && self.months & (1 << month) == 0
    }
}

/// Entity ids that are people: every entity no place claim names.
fn person_ids(file: &ClaimsFile) -> BTreeSet<String> {
    let places = file.place_ids();
    // A score's side that no people claim names is a team ("Eastbury"),
    // not a person who scored or attended; a player who is a side ("Kaur")
    // is named by a people claim too.
    let named: BTreeSet<&str> = file
        .claims
        .iter()
        .flat_map(|c| match &c.rule {
            Rule::People { value, absent } => value
                .iter()
                .flatten()
                .chain(absent)
                .map(String::as_str)
                .collect::<Vec<_>>(),
            _ => Vec::new(),
        })
        .collect();
    let teams: BTreeSet<&str> = file
        .claims
        .iter()
        .flat_map(|c| match &c.rule {
            Rule::Score {
                sides: Some(sides), ..
            } => sides.iter().map(String::as_str).collect::<Vec<_>>(),
            _ => Vec::new(),
        })
        .filter(|id| !named.contains(id))
        .collect();
    file.entities
        .iter()
        .filter(|e| !places.contains(&e.id) && !teams.contains(e.id.as_str()))
        .map(|e| e.id.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    //! The pipeline, attribute then judge, on hand-built extractions: one test
    //! per behaviour the fixture articles pin at the command line.

    use chrono::Weekday;

    use super::fixture::{claim, file, hours, not_near, Doc};
    use super::*;
    use crate::claims::{Rule, Tolerance};

    fn run(f: &ClaimsFile, docs: &[Doc]) -> Vec<Finding> {
        let cands: Vec<Vec<Candidate>> =
            docs.iter().map(|d| attribute(f, &d.ex, &d.text)).collect();
        judge(f, &cands)
    }

    fn brief(findings: &[Finding]) -> Vec<(String, Verdict, String)> {
        findings
            .iter()
            .map(|f| (f.claim.to_string(), f.verdict, f.text.to_string()))
            .collect()
    }

    fn venue() -> ClaimsFile {
        file(
            &[
                ("anchorage", &["Anchorage"]),
                ("alaska", &["Alaska"]),
                ("helsinki", &["Helsinki"]),
            ],
            vec![claim(
                "venue",
                Rule::Place {
                    value: Some("anchorage".into()),
                    also: vec!["alaska".into()],
                    rivals: vec!["helsinki".into()],
                },
                &["summit", "meeting"],
            )],
        )
    }

    #[test]
    fn weekday_that_contradicts_the_date() {
        let f = file(
            &[],
            vec![claim(
                "date",
                Rule::Date {
                    value: NaiveDate::from_ymd_opt(2025, 8, 15),
                },
                &["summit"],
            )],
        );
        let doc = Doc::new("The summit opened on Sunday, August 15.")
            .date(
                "Sunday",
                DateValue {
                    weekday: Some(Weekday::Sun),
                    ..Default::default()
                },
            )
            .date(
                "August 15",
                DateValue {
                    month: Some(8),
                    day: Some(15),
                    ..Default::default()
                },
            );
        let out = run(&f, &[doc]);
        assert_eq!(
            brief(&out),
            [
                ("date".into(), Verdict::Contradicts, "Sunday".into()),
                ("date".into(), Verdict::Supports, "August 15".into())
            ]
        );
    }

    use chrono::NaiveDate;

    #[test]
    fn rival_venue_contradicts_but_not_in_a_previous_meeting() {
        let doc = Doc::new("The summit was held in Helsinki.").entity("Helsinki", "helsinki");
        assert_eq!(
            brief(&run(&venue(), &[doc])),
            [("venue".into(), Verdict::Contradicts, "Helsinki".into())]
        );
        let doc = Doc::new("He recalled a 2018 meeting with Putin in Helsinki.")
            .entity("Helsinki", "helsinki");
        assert!(run(&venue(), &[doc]).is_empty());
        let doc = Doc::new("The summit in the Alaskan city of Anchorage began.")
            .entity("Anchorage", "anchorage");
        assert_eq!(brief(&run(&venue(), &[doc]))[0].1, Verdict::Supports);
    }

    #[test]
    fn absent_person_named_as_present() {
        let f = file(
            &[
                ("trump", &["Trump"]),
                ("zelenskyy", &["Zelenskyy"]),
                ("rubio", &["Rubio"]),
            ],
            vec![claim(
                "who",
                Rule::People {
                    value: Some(vec!["trump".into(), "rubio".into()]),
                    absent: vec!["zelenskyy".into()],
                },
                &["joined by", "talks"],
            )],
        );
        let doc = Doc::new("At the talks Trump was joined by Zelenskyy.")
            .entity("Trump", "trump")
            .entity("Zelenskyy", "zelenskyy");
        let out = run(&f, &[doc]);
        assert_eq!(
            brief(&out),
            [
                ("who".into(), Verdict::Supports, "Trump".into()),
                ("who".into(), Verdict::Contradicts, "Zelenskyy".into())
            ]
        );
        assert!(out[1].message.contains("was not there"));
    }

    fn quote_file() -> ClaimsFile {
        file(
            &[("trump", &["Trump"])],
            vec![claim(
                "headway",
                Rule::Quote {
                    value: Some("We've made some headway".into()),
                    speaker: "trump".into(),
                },
                &[],
            )],
        )
    }

    #[test]
    fn misquote_and_exact_quote_with_other_punctuation() {
        let doc = Doc::new("Trump said: “We have made some headway!”")
            .quote("“We have made some headway!”", Some("trump"));
        let out = run(&quote_file(), &[doc]);
        assert_eq!(
            brief(&out),
            [(
                "headway".into(),
                Verdict::Supports,
                "We have made some headway".into()
            )]
        );
        let doc = Doc::new("Trump said: “We’ve got some headway.”")
            .quote("“We’ve got some headway.”", Some("trump"));
        let out = run(&quote_file(), &[doc]);
        assert_eq!(out[0].verdict, Verdict::Contradicts);
        assert!(
            out[0]
                .message
                .ends_with("we've [-made-] {+got+} some headway"),
            "{}",
            out[0].message
        );
        // Another speaker's words are not the claim's.
        let doc = Doc::new("Putin said: “We’ve got some headway.”")
            .quote("“We’ve got some headway.”", Some("putin"));
        assert!(run(&quote_file(), &[doc]).is_empty());
    }

    #[test]
    fn the_claims_words_given_to_another_speaker_are_a_misattribution() {
        let doc = Doc::new("Putin said: “We’ve made some headway.”")
            .quote("“We’ve made some headway.”", Some("putin"));
        let out = run(&quote_file(), &[doc]);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].verdict, Verdict::Contradicts);
        assert_eq!(&*out[0].message, "says putin said it; the claim is trump");
        assert_eq!(out[0].speaker.as_deref(), Some("putin"));
        // A fragment of the claim's words counts too; an unattributed passage never.
        let doc = Doc::new("Putin called it “made some headway”.")
            .quote("“made some headway”", Some("putin"));
        assert_eq!(run(&quote_file(), &[doc])[0].verdict, Verdict::Contradicts);
        let doc = Doc::new("An aide said: “We’ve made some headway.”")
            .quote("“We’ve made some headway.”", None);
        assert!(run(&quote_file(), &[doc]).is_empty());
        // The claim's own speaker's findings carry the speaker too.
        let doc = Doc::new("Trump said: “We’ve made some headway.”")
            .quote("“We’ve made some headway.”", Some("trump"));
        let out = run(&quote_file(), &[doc]);
        assert_eq!(out[0].verdict, Verdict::Supports);
        assert_eq!(out[0].speaker.as_deref(), Some("trump"));
    }

    #[test]
    fn count_within_tolerance() {
        let f = file(
            &[],
            vec![claim(
                "reporters",
                Rule::Count {
                    value: Some(Interval::point(40.0)),
                    tolerance: Tolerance::Relative(0.1),
                    unit: None,
                },
                &["reporters"],
            )],
        );
        let doc = Doc::new("Some 43 reporters waited outside.").count("43", Interval::point(43.0));
        assert_eq!(run(&f, &[doc])[0].verdict, Verdict::Supports);
        let doc = Doc::new("Some 60 reporters waited outside.").count("60", Interval::point(60.0));
        assert_eq!(run(&f, &[doc])[0].verdict, Verdict::Contradicts);
    }

    fn talks(value: Option<Interval>) -> ClaimsFile {
        file(
            &[],
            vec![not_near(
                claim(
                    "talks",
                    Rule::Duration {
                        value,
                        tolerance: Tolerance::Absolute(1800.0),
                    },
                    &["talks"],
                ),
                &["press"],
            )],
        )
    }

    #[test]
    fn consensus_tie_across_articles() {
        let a = Doc::new("The talks lasted two hours.").duration("two hours", hours(2.0));
        let b = Doc::new("The talks lasted four hours.").duration("four hours", hours(4.0));
        let out = run(&talks(None), &[a, b]);
        assert!(out
            .iter()
            .all(|f| f.verdict == Verdict::Disagrees && f.severity == Severity::Warning));
        assert_eq!(out.len(), 2);
    }

    #[test]
    fn duration_inside_quotation_marks_and_not_near_are_no_findings() {
        let a = Doc::new("He promised peace talks “within 24 hours” of taking office.")
            .duration("24 hours", hours(24.0));
        let b = Doc::new("After the talks, a press appearance lasted 12 minutes.")
            .duration("12 minutes", hours(0.2));
        assert!(run(&talks(Some(hours(3.0))), &[a, b]).is_empty());
    }

    #[test]
    fn competing_claims_of_one_kind() {
        let mut f = talks(Some(hours(3.0)));
        f.claims.push(claim(
            "press",
            Rule::Duration {
                value: Some(hours(0.2)),
                tolerance: Tolerance::Absolute(0.0),
            },
            &["statements"],
        ));
        let doc = Doc::new("The talks lasted three hours and the statements 12 minutes.")
            .duration("three hours", hours(3.0))
            .duration("12 minutes", hours(0.2));
        let out = run(&f, &[doc]);
        assert_eq!(
            brief(&out),
            [
                ("talks".into(), Verdict::Supports, "three hours".into()),
                ("press".into(), Verdict::Supports, "12 minutes".into())
            ]
        );
    }

    #[test]
    fn self_contradicting_article() {
        let doc = Doc::new("Headline: 12-hour talks end\nThe talks lasted roughly three hours.")
            .duration("12-hour", hours(12.0))
            .duration("roughly three hours", Interval::new(9180.0, 12420.0));
        let out = run(&talks(Some(hours(3.0))), &[doc]);
        let problem: Vec<&Finding> = out
            .iter()
            .filter(|f| f.verdict != Verdict::Supports)
            .collect();
        assert_eq!(problem.len(), 1, "{out:#?}");
        assert_eq!(problem[0].related.len(), 1);
        assert_eq!(&*problem[0].related[0].text, "roughly three hours");
        assert_eq!((problem[0].line, out[1].line), (1, 2));
    }

    #[test]
    fn extract_options_carry_entities_and_places() {
        let o = ExtractOptions::from_claims(&venue());
        assert_eq!(o.entities.len(), 3);
        assert!(o.places.contains("helsinki"));
        assert_eq!(o.date, NaiveDate::from_ymd_opt(2025, 8, 15));
    }

    /// A claims file from YAML, for tests that go through the whole pipeline.
    fn yaml(text: &str) -> ClaimsFile {
        match crate::claims::parse(std::path::Path::new("t.yaml"), text) {
            Ok(f) => f,
            Err(e) => panic!(
                "{:?}",
                e.errors
                    .iter()
                    .map(|e| e.message().to_string())
                    .collect::<Vec<_>>()
            ),
        }
    }

    /// (claim id, verdict, text) of every finding for `sentence`.
    fn verdicts(file: &ClaimsFile, sentence: &str) -> Vec<(String, Verdict, String)> {
        check(file, [sentence])
            .into_iter()
            .map(|f| (f.claim.to_string(), f.verdict, f.text.to_string()))
            .collect()
    }

    #[test]
    fn a_count_claim_with_a_unit_reads_only_that_unit() {
        let f = yaml(
            "claims:\n  tariff:\n    about: the tariff\n    kind: count\n    value: 47%\n    near: [tariff]\n  crew:\n    about: the crew\n    kind: count\n    value: 3\n    near: [crew]\n  deal:\n    about: the deal\n    kind: count\n    value: $2.5 billion\n    near: [deal]\n  fans:\n    about: the crowd\n    kind: count\n    value: 40000\n    unit: fans\n    near: [stadium, crowd]\n",
        );
        let sup = Verdict::Supports;
        let con = Verdict::Contradicts;
        // A bare number or a count of leaders is no percentage.
        assert!(verdicts(&f, "The two leaders agreed to cut the tariff.").is_empty());
        assert_eq!(
            verdicts(&f, "The tariff was 47%."),
            [("tariff".to_string(), sup, "47%".to_string())]
        );
        assert_eq!(
            verdicts(&f, "Apollo 11's three-man crew returned safely."),
            [("crew".to_string(), sup, "three-man".to_string())]
        );
        assert_eq!(
            verdicts(&f, "The deal is worth $2.5bn."),
            [("deal".to_string(), sup, "$2.5bn".to_string())]
        );
        assert_eq!(
            verdicts(&f, "The deal is worth \u{20ac}2.5bn."),
            [],
            "euros are not the claim's dollars"
        );
        assert_eq!(
            verdicts(&f, "A crowd of 30,000 fans filled the stadium."),
            [("fans".to_string(), con, "30,000 fans".to_string())]
        );
        assert!(verdicts(&f, "A crowd of 30,000 stewards filled the stadium.").is_empty());
    }

    #[test]
    fn a_score_claim_judges_results() {
        let f = yaml(
            "entities:\n  eagles: [Eagles, Philadelphia]\n  chiefs: [Chiefs, Kansas City]\nclaims:\n  result:\n    about: the final score\n    kind: score\n    value: 40-22\n    sides: [eagles, chiefs]\n    near: [won, win, beat, final, victory]\n",
        );
        let sup = Verdict::Supports;
        let con = Verdict::Contradicts;
        let one = |v: Verdict, t: &str| vec![("result".to_string(), v, t.to_string())];
        assert_eq!(verdicts(&f, "The Eagles won 40-22."), one(sup, "40-22"));
        assert_eq!(
            verdicts(&f, "It was a 40\u{2013}22 win."),
            one(sup, "40\u{2013}22")
        );
        assert_eq!(verdicts(&f, "They won 40 to 22."), one(sup, "40 to 22"));
        assert_eq!(verdicts(&f, "The Eagles won 40-21."), one(con, "40-21"));
        assert_eq!(
            verdicts(&f, "Final: Eagles 40, Chiefs 22."),
            one(sup, "Eagles 40, Chiefs 22")
        );
        assert_eq!(
            verdicts(&f, "Final: Chiefs 40, Eagles 22."),
            one(con, "Chiefs 40, Eagles 22")
        );
        // "22" is no count: nothing else is read from a score.
        let counted = yaml("claims:\n  n:\n    about: n\n    kind: count\n    near: [won]\n");
        assert!(verdicts(&counted, "The Eagles won 40\u{2013}22.").is_empty());
    }
}
