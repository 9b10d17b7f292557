//! Judging: candidates in, findings out, one article at a time.
//!
//! A claim with a `value` judges each candidate against it (each kind's file
//! says how). A claim without one runs in consensus mode (rule 4). Then each
//! article's own candidates for a claim are compared pairwise (rule 5): two
//! incompatible ones make the article contradict itself, reported on the one
//! that is already a problem (or, failing that, the one fewer other mentions
//! agree with) with the other as a related span. Presence (people) and quote
//! fits are not exclusive, so they never contradict each other.
//!
//! Judging takes two steps, so that a run never has to hold all its
//! candidates at once. A [`Tally`] is shown every article's candidates in run
//! order and keeps only what the run as a whole says about each claim: its
//! distinct values, how often each was stated, and where first.
//! [`Tally::finish`] turns that into a [`Judge`], which judges one article's
//! candidates at a time, in any order and on any thread, with the verdicts it
//! would give if every candidate of the run were at hand.

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::{Arc, OnceLock};

use crate::claims::{Claim, ClaimsFile, Rule, Severity};
use crate::interval::Interval;

use super::consensus::{self, Outcome};
use super::verdict::{says, Judgement, Verdict};
use super::{count, date, duration, people, place, quote, score, statement, window, year};
use super::{Candidate, Finding, Link, QuoteValue, Related, Value};

/// How many consensus sources a disagreeing finding carries as related spans.
const RELATED_SOURCES: usize = 3;

/// How many distinct other passages a disagreeing quote is compared with.
const MAX_NEAR_MISS: usize = 64;

/// Findings for every claim of `file` from every article's candidates
/// (`candidates_per_article[i]` belongs to article `i`), article by article
/// and, within an article, claim by claim.
pub fn judge(file: &ClaimsFile, candidates_per_article: &[Vec<Candidate>]) -> Vec<Finding> {
    let mut tally = Tally::new(file);
    for (a, cs) in candidates_per_article.iter().enumerate() {
        tally.add(a, cs);
    }
    let judge = tally.finish();
    let mut strings = Strings::shared();
    let mut out = Vec::new();
    for (a, cs) in candidates_per_article.iter().enumerate() {
        out.append(&mut judge.article(&mut strings, a, cs));
    }
    out
}

/// A mention of a claim somewhere in the run.
#[derive(Clone, Debug)]
struct Occurrence {
    /// Its article.
    article: usize,
    /// Its place among all the claim's candidates, in run order.
    item: usize,
    /// Index of its value in [`ClaimTally::seen`].
    seen: usize,
    /// Byte span in the article.
    span: Range<usize>,
    /// The article's text at `span`.
    text: Arc<str>,
}

/// One distinct value of a claim, and where the run stated it.
#[derive(Clone, Debug)]
struct Seen {
    /// The value.
    value: Value,
    /// The value as the report prints it.
    show: String,
    /// How many candidates stated it.
    count: usize,
    /// Consensus mode only: its first occurrences, at most
    /// [`RELATED_SOURCES`] per article, in the first `RELATED_SOURCES + 1`
    /// articles stating it: enough to name the first sources outside any one article.
    early: Vec<Occurrence>,
    /// Consensus mode only: its first occurrence in an article other than its first's.
    other: Option<Occurrence>,
}

/// What the run says about one claim, so far.
#[derive(Clone, Debug, Default)]
struct ClaimTally {
    /// Whether the claim is judged by consensus (rule 4).
    consensus: bool,
    /// How many candidates the claim has had.
    items: usize,
    /// Its distinct values, in the order first stated.
    seen: Vec<Seen>,
    /// Indices into `seen` by printed value.
    by_show: HashMap<String, Vec<usize>>,
    /// Consensus mode only: how many articles stated each set of distinct values.
    combos: HashMap<Vec<usize>, usize>,
    /// The distinct values the article being added has stated.
    current: Vec<usize>,
}

impl ClaimTally {
    /// The index in `seen` of `value`, when it was stated.
    fn find(&self, shown: &str, value: &Value) -> Option<usize> {
        find_seen(&self.seen, &self.by_show, shown, value)
    }
}

/// The index in `seen` of `value`, which `shown` prints, looked up through `by_show`.
fn find_seen(
    seen: &[Seen],
    by_show: &HashMap<String, Vec<usize>>,
    shown: &str,
    value: &Value,
) -> Option<usize> {
    by_show
        .get(shown)?
        .iter()
        .copied()
        .find(|&i| seen[i].value == *value)
}

/// What the run as a whole says about each claim of one claims file, built
/// article by article in run order (see the module docs).
#[derive(Clone, Debug)]
pub struct Tally<'f> {
    file: &'f ClaimsFile,
    /// Per claim; `None` for claims whose verdicts need nothing from other
    /// articles (quotes and people with a `value`).
    claims: Vec<Option<ClaimTally>>,
}

impl<'f> Tally<'f> {
    /// Empty, for the claims of `file`.
    pub fn new(file: &'f ClaimsFile) -> Self {
        let claims = file
            .claims
            .iter()
            .map(|claim| {
                let consensus = is_consensus(claim);
                (consensus || contradicts_itself(claim)).then(|| ClaimTally {
                    consensus,
                    ..ClaimTally::default()
                })
            })
            .collect();
        Tally { file, claims }
    }

    /// Adds article `article`'s candidates; articles must come in run order.
    pub fn add(&mut self, article: usize, candidates: &[Candidate]) {
        for c in candidates {
            let (Some(Some(t)), Some(claim)) =
                (self.claims.get_mut(c.claim), self.file.claims.get(c.claim))
            else {
                continue;
            };
            let shown = show(claim, &c.value);
            let id = match t.find(&shown, &c.value) {
                Some(id) => id,
                None => {
                    let id = t.seen.len();
                    t.by_show.entry(shown.clone()).or_default().push(id);
                    t.seen.push(Seen {
                        value: c.value.clone(),
                        show: shown,
                        count: 0,
                        early: Vec::new(),
                        other: None,
                    });
                    id
                }
            };
            let item = t.items;
            t.items += 1;
            let seen = &mut t.seen[id];
            seen.count += 1;
            if !t.consensus {
                continue;
            }
            t.current.push(id);
            let occurrence = Occurrence {
                article,
                item,
                seen: id,
                span: c.span.clone(),
                text: c.text.clone(),
            };
            let Some(first) = seen.early.first().map(|o| o.article) else {
                seen.early.push(occurrence);
                continue;
            };
            if first != article && seen.other.is_none() {
                seen.other = Some(occurrence.clone());
            }
            let last = seen.early.last().map_or(article, |o| o.article);
            let keep = if last == article {
                let here = seen.early.iter().filter(|o| o.article == article).count();
                here < RELATED_SOURCES
            } else {
                let mut articles: Vec<usize> = seen.early.iter().map(|o| o.article).collect();
                articles.dedup();
                articles.len() <= RELATED_SOURCES
            };
            if keep {
                seen.early.push(occurrence);
            }
        }
        for t in self.claims.iter_mut().flatten() {
            if t.current.is_empty() {
                continue;
            }
            let mut ids = std::mem::take(&mut t.current);
            ids.sort_unstable();
            ids.dedup();
            *t.combos.entry(ids).or_default() += 1;
        }
    }

    /// The judge of this run's articles.
    pub fn finish(self) -> Judge<'f> {
        let claims = self
            .file
            .claims
            .iter()
            .zip(self.claims)
            .map(|(claim, t)| t.map(|t| ClaimJudge::new(claim, t)))
            .collect();
        Judge {
            file: self.file,
            claims,
        }
    }
}

/// Whether `claim` is judged by consensus (rule 4): no `value`, and not people
/// (a people claim without one only checks who is named).
fn is_consensus(claim: &Claim) -> bool {
    !(claim.rule.has_value() || matches!(claim.rule, Rule::People { .. }))
}

/// Whether two of the claim's mentions in one article can contradict each
/// other (rule 5): presence and quote fits are not exclusive.
fn contradicts_itself(claim: &Claim) -> bool {
    !matches!(claim.rule, Rule::People { .. } | Rule::Quote { .. })
}

/// Judges articles' candidates for a claims file, knowing what the whole run
/// said (see the module docs).
#[derive(Debug)]
pub struct Judge<'f> {
    file: &'f ClaimsFile,
    /// Per claim, as in [`Tally`].
    claims: Vec<Option<ClaimJudge>>,
}

/// What judging needs to know about one claim across the run.
#[derive(Debug)]
struct ClaimJudge {
    /// How many candidates the claim has in the run.
    items: usize,
    /// Its distinct values, in the order first stated.
    seen: Vec<Seen>,
    /// Indices into `seen` by printed value.
    by_show: HashMap<String, Vec<usize>>,
    /// Per distinct value: how many of the run's mentions are compatible with
    /// it (rule 5's tie-break), worked out when first needed.
    agreeing: Vec<OnceLock<usize>>,
    /// Consensus mode only.
    consensus: Option<Consensus>,
}

/// Rule 4's outcome for a claim, and what its messages need.
#[derive(Debug)]
struct Consensus {
    /// The consensus; `None` when the articles are split (a tie).
    agreed: Option<Agreed>,
    /// Quote passages: the misquote search (rule 8).
    near: NearMisses,
}

/// The consensus of a claim's mentions.
#[derive(Debug)]
struct Agreed {
    /// Per distinct value: whether it is in the consensus.
    member: Vec<bool>,
    /// Per distinct value outside the consensus: how many consensus mentions
    /// allow it (some: a warning, not an error; none: an error). Decided by
    /// the first value printed the same way, as one message serves them all.
    soft: Vec<usize>,
    /// How many mentions the consensus holds.
    size: usize,
    /// How many articles state some consensus value.
    articles: usize,
    /// The consensus value, as printed.
    value: String,
    /// The first consensus mentions, in run order (see [`Seen::early`]).
    sources: Vec<Occurrence>,
}

impl ClaimJudge {
    fn new(claim: &Claim, t: ClaimTally) -> Self {
        let consensus = t.consensus.then(|| Consensus {
            agreed: agreed(claim, &t),
            near: NearMisses::new(&t.seen),
        });
        ClaimJudge {
            items: t.items,
            agreeing: t.seen.iter().map(|_| OnceLock::new()).collect(),
            seen: t.seen,
            by_show: t.by_show,
            consensus,
        }
    }

    /// The index in `seen` of `value`, which `shown` prints.
    fn find(&self, shown: &str, value: &Value) -> Option<usize> {
        find_seen(&self.seen, &self.by_show, shown, value)
    }

    /// How many of the run's mentions are compatible with distinct value `id`.
    fn agreeing(&self, claim: &Claim, id: usize) -> usize {
        *self.agreeing[id].get_or_init(|| {
            let value = &self.seen[id].value;
            self.seen
                .iter()
                .filter(|s| compatible(claim, value, &s.value))
                .map(|s| s.count)
                .sum()
        })
    }
}

/// Rule 4: the largest pairwise-compatible set of mentions is the consensus.
fn agreed(claim: &Claim, t: &ClaimTally) -> Option<Agreed> {
    let seen = &t.seen;
    let intervals: Option<Vec<(Interval, usize)>> = seen
        .iter()
        .map(|s| match s.value {
            Value::Interval(i) | Value::Year(i) => Some((i, s.count)),
            _ => None,
        })
        .collect();
    // Values printed the same way, in the order first stated.
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut group_of: HashMap<&str, usize> = HashMap::new();
    for (i, s) in seen.iter().enumerate() {
        let g = *group_of.entry(s.show.as_str()).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[g].push(i);
    }
    let weight = |g: &Vec<usize>| g.iter().map(|&i| seen[i].count).sum::<usize>();
    let (members, value) = match &intervals {
        Some(ivs) => {
            let Outcome::Consensus(members) = consensus::intervals(ivs) else {
                return None;
            };
            let common = consensus::intersection(members.iter().map(|&i| &ivs[i].0))?;
            let common = match seen[*members.first()?].value {
                Value::Year(_) => Value::Year(common),
                _ => Value::Interval(common),
            };
            (members, show(claim, &common))
        }
        None => {
            let weighted: Vec<(&Value, usize)> = groups
                .iter()
                .map(|g| (&seen[g[0]].value, weight(g)))
                .collect();
            let Outcome::Consensus(chosen) =
                consensus::classes(&weighted, |a, b| compatible(claim, a, b))
            else {
                return None;
            };
            // The most stated of the consensus's printed values, the first on a tie.
            let best = chosen.iter().map(|&g| weighted[g].1).max()?;
            let most = chosen.iter().find(|&&g| weighted[g].1 == best)?;
            let value = seen[groups[*most][0]].show.clone();
            let mut members: Vec<usize> = chosen
                .iter()
                .flat_map(|&g| groups[g].iter().copied())
                .collect();
            members.sort_unstable();
            (members, value)
        }
    };
    let mut member = vec![false; seen.len()];
    for &i in &members {
        member[i] = true;
    }
    let soft_of = |i: usize| {
        members
            .iter()
            .filter(|&&k| compatible(claim, &seen[i].value, &seen[k].value))
            .map(|&k| seen[k].count)
            .sum::<usize>()
    };
    let mut soft = vec![0; seen.len()];
    for g in &groups {
        if let Some(&first) = g.iter().find(|&&i| !member[i]) {
            let s = soft_of(first);
            for &i in g {
                soft[i] = s;
            }
        }
    }
    let articles = t
        .combos
        .iter()
        .filter(|(ids, _)| ids.iter().any(|&i| member[i]))
        .map(|(_, n)| n)
        .sum();
    let mut sources: Vec<Occurrence> = members
        .iter()
        .flat_map(|&i| seen[i].early.iter().cloned())
        .collect();
    sources.sort_by_key(|o| o.item);
    Some(Agreed {
        size: members.iter().map(|&i| seen[i].count).sum(),
        member,
        soft,
        articles,
        value,
        sources,
    })
}

/// The misquote search of consensus mode: every distinct passage once (its
/// first mention, and its first in another article), and each disagreeing
/// passage's result remembered, so a corpus that repeats one quote thousands
/// of times costs no n² alignments.
#[derive(Debug, Default)]
struct NearMisses {
    /// Per distinct value: its passage's index in `reps`.
    rep_of: Vec<Option<usize>>,
    /// Per distinct passage: its first mention, and its first in another article.
    reps: Vec<Rep>,
    /// Per distinct passage: the diff from its near miss and that one's index
    /// in `reps`, worked out when first needed.
    found: Vec<OnceLock<Option<(String, usize)>>>,
}

/// A distinct quote passage.
#[derive(Debug)]
struct Rep {
    quote: Arc<QuoteValue>,
    first: Occurrence,
    other: Option<Occurrence>,
}

impl NearMisses {
    fn new(seen: &[Seen]) -> Self {
        let mut near = NearMisses::default();
        let mut at: HashMap<&[String], usize> = HashMap::new();
        for s in seen {
            let (Value::Quote(q), Some(first)) = (&s.value, s.early.first()) else {
                near.rep_of.push(None);
                continue;
            };
            let r = *at.entry(q.words.as_slice()).or_insert_with(|| {
                near.reps.push(Rep {
                    quote: q.clone(),
                    first: first.clone(),
                    other: None,
                });
                near.reps.len() - 1
            });
            near.rep_of.push(Some(r));
            let rep = &mut near.reps[r];
            let elsewhere = if first.article != rep.first.article {
                Some(first)
            } else {
                s.other.as_ref()
            };
            if let Some(o) = elsewhere {
                if rep.other.as_ref().map_or(true, |r| o.item < r.item) {
                    rep.other = Some(o.clone());
                }
            }
        }
        near.found = near.reps.iter().map(|_| OnceLock::new()).collect();
        near
    }

    /// A disagreeing quote passage that is nearly the words of another passage
    /// is a possible misquote of it (rule 8): say so with the word diff, and
    /// point at the other passage, preferring one in another article.
    fn mark(&self, strings: &mut Strings, f: &mut Finding, id: usize) {
        let Some(Some(r)) = self.rep_of.get(id).copied() else {
            return;
        };
        let hit = self.found[r].get_or_init(|| {
            let this = &self.reps[r].quote;
            self.reps
                .iter()
                .enumerate()
                .filter(|&(k, _)| k != r)
                .take(MAX_NEAR_MISS)
                .find_map(|(k, other)| quote::near_miss(this, &other.quote).map(|d| (d, k)))
        });
        let Some((diff, k)) = hit else {
            return;
        };
        let rep = &self.reps[*k];
        let shown = match &rep.other {
            Some(o) if rep.first.article == f.article => o,
            _ => &rep.first,
        };
        f.message = strings.get(&format!("{}; possible misquote: {diff}", f.message));
        f.related
            .retain(|r| !(r.article == shown.article && r.span == shown.span));
        f.related.insert(
            0,
            Related {
                article: shown.article,
                span: shown.span.clone(),
                text: strings.get(&shown.text),
                label: strings.get(&format!(
                    "nearly the same words: {}",
                    quote::show(&rep.quote)
                )),
            },
        );
    }
}

impl Judge<'_> {
    /// The findings for article `article`'s candidates, claim by claim in
    /// file order and, within a claim, in candidate order.
    pub fn article(
        &self,
        strings: &mut Strings,
        article: usize,
        candidates: &[Candidate],
    ) -> Vec<Finding> {
        let mut out = Vec::new();
        for (i, claim) in self.file.claims.iter().enumerate() {
            let items: Vec<&Candidate> = candidates.iter().filter(|c| c.claim == i).collect();
            if items.is_empty() {
                continue;
            }
            let run = self.claims.get(i).and_then(Option::as_ref);
            // Findings go straight into `out`; `slots` says where each item's is.
            let slots: Vec<Option<usize>> = match run {
                Some(run) if run.consensus.is_some() => items
                    .iter()
                    .map(|c| {
                        let f = by_consensus(strings, claim, run, article, c);
                        place(&mut out, f)
                    })
                    .collect(),
                _ => items
                    .iter()
                    .map(|c| {
                        let f = judgement(claim, &c.value)
                            .map(|j| finding(strings, claim, article, c, j, claim.severity));
                        place(&mut out, f)
                    })
                    .collect(),
            };
            if let Some(run) = run {
                self_contradiction(strings, claim, run, &items, &slots, &mut out);
            }
            // Rule 2c: a mention tied to the claim by its sentence alone is
            // never an error; its problem reads as a possibility.
            for (c, slot) in items.iter().zip(&slots) {
                let Some(f) = slot.map(|k| &mut out[k]) else {
                    continue;
                };
                if c.link == Link::Sentence && f.verdict != Verdict::Supports {
                    f.severity = Severity::Warning;
                    f.message =
                        strings.get(&format!("possibly about {}: {}", claim.about, f.message));
                }
                // Someone the claim lists neither as there nor as absent:
                // in unseen articles mostly a person in another role (the
                // trainer, the prime minister who made the changes), so a
                // warning; listing them under `absent` makes it an error.
                if let (Rule::People { absent, .. }, Value::Person(id)) = (&claim.rule, &c.value) {
                    if f.verdict == Verdict::Contradicts && !absent.iter().any(|a| **a == **id) {
                        f.severity = Severity::Warning;
                        f.message = strings.get(&format!(
                            "{} (not listed under absent: a warning)",
                            f.message
                        ));
                    }
                }
            }
        }
        out
    }
}

/// Appends `f`, if any, and says where it went.
fn place(out: &mut Vec<Finding>, f: Option<Finding>) -> Option<usize> {
    f.map(|f| {
        out.push(f);
        out.len() - 1
    })
}

/// Whether a value agrees with its claim's value (`None` when the claim
/// has none to compare with: consensus).
pub(crate) fn agrees(claim: &Claim, v: &Value) -> Option<bool> {
    verdict(claim, v).map(|verdict| verdict == Verdict::Supports)
}

/// [`judgement`]'s verdict, without its message: attribution asks this of
/// values that are never reported.
fn verdict(claim: &Claim, v: &Value) -> Option<Verdict> {
    match (&claim.rule, v) {
        (
            Rule::Duration {
                value: Some(x),
                tolerance,
            }
            | Rule::Count {
                value: Some(x),
                tolerance,
                ..
            },
            Value::Interval(i),
        ) => Some(window::verdict(x, *tolerance, i)),
        (Rule::Date { value: Some(d) }, Value::Date(dv)) => Some(date::verdict(*d, dv)),
        (Rule::Year { value: Some(y) }, Value::Year(i)) => Some(year::verdict(*y, i)),
        (
            Rule::Place {
                value: Some(p),
                also,
                rivals,
            },
            Value::Place(id),
        ) => place::verdict(p, also, rivals, id),
        (Rule::People { value, absent }, Value::Person(id)) => {
            Some(people::verdict(value.as_deref(), absent, id))
        }
        (Rule::Statement { value: Some(b), .. }, Value::Statement(p)) => {
            Some(statement::verdict(*b, *p))
        }
        // Scores and quotes: judged whole.
        _ => judgement(claim, v).map(|j| j.verdict),
    }
}

/// A value against the claim's value, by kind.
fn judgement(claim: &Claim, v: &Value) -> Option<Judgement> {
    match (&claim.rule, v) {
        (
            Rule::Duration {
                value: Some(x),
                tolerance,
            },
            Value::Interval(i),
        ) => Some(duration::judge(&claim.about, x, *tolerance, i)),
        (
            Rule::Count {
                value: Some(x),
                tolerance,
                ..
            },
            Value::Interval(i),
        ) => Some(count::judge(&claim.about, x, *tolerance, i)),
        (
            Rule::Score {
                value: Some(x),
                sides,
            },
            Value::Score(s),
        ) => Some(score::judge(*x, sides.as_ref(), s)),
        (Rule::Date { value: Some(d) }, Value::Date(dv)) => Some(date::judge(*d, dv)),
        (Rule::Year { value: Some(y) }, Value::Year(i)) => Some(year::judge(*y, i)),
        (
            Rule::Place {
                value: Some(p),
                also,
                rivals,
            },
            Value::Place(id),
        ) => place::judge(p, also, rivals, id),
        (Rule::People { value, absent }, Value::Person(id)) => {
            Some(people::judge(value.as_deref(), absent, id))
        }
        (
            Rule::Quote {
                value: Some(q),
                speaker,
            },
            Value::Quote(qv),
        ) => quote::judge(q, speaker, qv),
        (Rule::Statement { value: Some(b), .. }, Value::Statement(p)) => {
            Some(statement::judge(&claim.about, *b, *p))
        }
        _ => None,
    }
}

/// A value as the report prints it.
pub(crate) fn show(claim: &Claim, v: &Value) -> String {
    match v {
        Value::Interval(i) if matches!(claim.rule, Rule::Duration { .. }) => duration::show(i),
        Value::Interval(i) => count::show(i),
        Value::Date(d) => date::show(d),
        Value::Year(i) => year::show(i),
        Value::Place(id) | Value::Person(id) => id.to_string(),
        Value::Quote(q) => quote::show(q),
        Value::Statement(b) => statement::show(*b),
        Value::Score(s) => score::show(s),
    }
}

/// Whether two intervals of a claim with a tolerance lie within it of each
/// other.
fn within_tolerance(claim: &Claim, a: &Value, b: &Value) -> bool {
    match (&claim.rule, a, b) {
        (
            Rule::Duration { tolerance, .. } | Rule::Count { tolerance, .. },
            Value::Interval(x),
            Value::Interval(y),
        ) => window::window(*x, *tolerance).compatible(y),
        _ => false,
    }
}

/// Whether two values of one claim can both be true.
fn compatible(claim: &Claim, a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Interval(x), Value::Interval(y)) | (Value::Year(x), Value::Year(y)) => {
            x.compatible(y)
        }
        (Value::Date(x), Value::Date(y)) => date::compatible(x, y),
        (Value::Place(x), Value::Place(y)) => {
            let also: Vec<String> = match &claim.rule {
                Rule::Place { value, also, .. } => value.iter().chain(also).cloned().collect(),
                _ => Vec::new(),
            };
            place::compatible(x, y, &also)
        }
        (Value::Quote(x), Value::Quote(y)) => quote::compatible(x, y),
        (Value::Statement(x), Value::Statement(y)) => x == y,
        (Value::Score(x), Value::Score(y)) => score::compatible(x, y),
        (Value::Person(_), Value::Person(_)) => true,
        _ => true,
    }
}

fn finding(
    strings: &mut Strings,
    claim: &Claim,
    article: usize,
    c: &Candidate,
    j: Judgement,
    problem: Severity,
) -> Finding {
    let severity = if j.verdict == Verdict::Supports {
        Severity::Info
    } else {
        problem
    };
    Finding {
        claim: strings.get(&claim.id),
        article,
        verdict: j.verdict,
        severity,
        span: c.span.clone(),
        text: strings.get(&c.text),
        value: strings.get(&show(claim, &c.value)),
        expected: j.expected.map(|e| strings.get(&e)),
        message: strings.get(&j.message),
        speaker: match &c.value {
            Value::Quote(q) => Some(strings.get(&q.speaker)),
            _ => None,
        },
        related: Vec::new(),
        line: c.line,
        column: c.column,
        suppressed: None,
        fingerprint: c.fingerprint,
        link: c.link,
    }
}

/// One shared copy of each string the findings made with it hold (see
/// [`Finding`]), or, made [`Strings::unshared`], a copy each: findings that
/// are written and dropped at once gain nothing from sharing.
#[derive(Debug)]
pub struct Strings(Option<HashSet<Arc<str>>>);

impl Default for Strings {
    fn default() -> Self {
        Strings::shared()
    }
}

impl Strings {
    /// Shares one copy of each string (the default).
    pub fn shared() -> Self {
        Strings(Some(HashSet::new()))
    }

    /// Shares nothing.
    pub fn unshared() -> Self {
        Strings(None)
    }

    /// The shared copy of `s`.
    pub(crate) fn get(&mut self, s: &str) -> Arc<str> {
        let Some(set) = &mut self.0 else {
            return s.into();
        };
        if let Some(shared) = set.get(s) {
            return shared.clone();
        }
        let shared: Arc<str> = s.into();
        set.insert(shared.clone());
        shared
    }
}

/// Rule 4 for one candidate of a consensus-mode claim.
fn by_consensus(
    strings: &mut Strings,
    claim: &Claim,
    run: &ClaimJudge,
    article: usize,
    c: &Candidate,
) -> Option<Finding> {
    let consensus = run.consensus.as_ref()?;
    let shown = show(claim, &c.value);
    let Some(id) = run.find(&shown, &c.value) else {
        debug_assert!(false, "a candidate the tally was not shown");
        return None;
    };
    let said = says(&claim.about, &shown);
    let Some(agreed) = &consensus.agreed else {
        let j = Judgement {
            verdict: Verdict::Disagrees,
            expected: None,
            message: format!("{said}; the articles are split and there is no consensus"),
        };
        let mut f = finding(strings, claim, article, c, j, Severity::Warning);
        consensus.near.mark(strings, &mut f, id);
        return Some(f);
    };
    let cv = &agreed.value;
    if agreed.member[id] {
        let j = Judgement {
            verdict: Verdict::Supports,
            expected: Some(cv.clone()),
            message: format!(
                "{said}; agrees with the consensus {cv} ({} of {} mentions)",
                agreed.size, run.items
            ),
        };
        return Some(finding(strings, claim, article, c, j, Severity::Warning));
    }
    let allowing = agreed.soft[id];
    let soft = allowing > 0;
    let (size, articles) = (agreed.size, agreed.articles);
    // Say how many allow it: "only some" read as a hedge when it was none.
    let message = if soft {
        let verb = if allowing == 1 { "allows" } else { "allow" };
        format!("{said}; the consensus of {size} mentions in {articles} articles is {cv}, and only {allowing} of them {verb} this")
    } else {
        format!("{said}; the consensus of {size} mentions in {articles} articles is {cv}")
    };
    let severity = if soft {
        Severity::Warning
    } else {
        claim.severity
    };
    let j = Judgement {
        verdict: Verdict::Disagrees,
        expected: Some(cv.clone()),
        message,
    };
    let mut f = finding(strings, claim, article, c, j, severity);
    // Related spans: the first few consensus mentions in other articles.
    f.related = agreed
        .sources
        .iter()
        .filter(|o| o.article != article)
        .take(RELATED_SOURCES)
        .map(|o| Related {
            article: o.article,
            span: o.span.clone(),
            text: strings.get(&o.text),
            label: strings.get(&format!("says {}", run.seen[o.seen].show)),
        })
        .collect();
    consensus.near.mark(strings, &mut f, id);
    Some(f)
}

/// Rule 5: an article whose own mentions of one claim are incompatible
/// contradicts itself. `items` are one article's candidates for `claim`,
/// `slots` where their findings are in `out`.
fn self_contradiction(
    strings: &mut Strings,
    claim: &Claim,
    run: &ClaimJudge,
    items: &[&Candidate],
    slots: &[Option<usize>],
    out: &mut [Finding],
) {
    if !contradicts_itself(claim) {
        return;
    }
    // How many of the run's mentions agree with item `i`'s value.
    let agreeing = |i: usize| {
        let value = &items[i].value;
        run.find(&show(claim, value), value)
            .map_or(0, |id| run.agreeing(claim, id))
    };
    for i in 0..items.len() {
        for j in i + 1..items.len() {
            // (A mention confirming the claim by its value alone is about it
            // only as far as it agrees: "2 were left by CHF 39 million" under
            // an estimate of CHF 30m-40m is no second estimate.)
            if items[i].link == Link::ByValue
                || items[j].link == Link::ByValue
                || compatible(claim, &items[i].value, &items[j].value)
            {
                continue;
            }
            let (Some(fi), Some(fj)) = (slots[i].map(|k| &out[k]), slots[j].map(|k| &out[k]))
            else {
                continue;
            };
            let article = fi.article;
            let (pi, pj) = (
                fi.verdict != Verdict::Supports,
                fj.verdict != Verdict::Supports,
            );
            // Two values that both agree with the claim, and lie within its
            // tolerance of each other, are one fact told twice to different
            // precision: "2,312 days" and "six years and four months" under
            // 6 years 4 months ± 4 months. (Two hours and four hours under
            // 3 h ± 1 h stay apart.)
            if !pi && !pj && within_tolerance(claim, &items[i].value, &items[j].value) {
                continue;
            }
            let (target, other) = match (pi, pj) {
                (true, false) => (i, j),
                (false, true) => (j, i),
                _ if agreeing(i) < agreeing(j) => (i, j),
                _ => (j, i),
            };
            let other_value = show(claim, &items[other].value);
            let other_text = items[other].text.clone();
            if let Some(f) = slots[target].map(|k| &mut out[k]) {
                if f.verdict == Verdict::Supports {
                    f.verdict = Verdict::Contradicts;
                    f.severity = claim.severity;
                    f.message = strings.get(&format!(
                        "{}; the same article also says {other_value} (“{other_text}”)",
                        says(&claim.about, &f.value)
                    ));
                } else {
                    // Rule 5: whatever else it does, the article contradicts itself.
                    if f.verdict == Verdict::Disagrees {
                        f.verdict = Verdict::Contradicts;
                        f.severity = claim.severity;
                    }
                    f.message = strings.get(&format!(
                        "{}; the same article also says {other_value} (“{other_text}”)",
                        f.message
                    ));
                }
                f.related.insert(
                    0,
                    Related {
                        article,
                        span: items[other].span.clone(),
                        text: strings.get(&other_text),
                        label: strings.get(&format!("the same article says {other_value}")),
                    },
                );
            }
            if pi && pj {
                let target_value = show(claim, &items[target].value);
                if let Some(f) = slots[other].map(|k| &mut out[k]) {
                    f.related.insert(
                        0,
                        Related {
                            article,
                            span: items[target].span.clone(),
                            text: strings.get(&items[target].text),
                            label: strings.get(&format!("the same article says {target_value}")),
                        },
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::fixture::{claim, file, hours};
    use crate::claims::Tolerance;
    use crate::interval::Interval;

    fn cand(claim: usize, value: Value, at: usize) -> Candidate {
        Candidate {
            claim,
            value,
            span: at..at + 5,
            text: format!("t{at}").into(),
            line: 1,
            column: at + 1,
            fingerprint: 0,
            link: Link::Linked,
        }
    }

    fn talks(value: Option<Interval>, tolerance: f64) -> ClaimsFile {
        let mut c = claim(
            "talks",
            Rule::Duration {
                value,
                tolerance: Tolerance::Absolute(tolerance),
            },
            &["talks"],
        );
        c.about = "how long the talks lasted".into();
        file(&[], vec![c])
    }

    fn iv(v: Interval) -> Value {
        Value::Interval(v)
    }

    fn verdicts(f: &[Finding]) -> Vec<(usize, usize, Verdict, Severity)> {
        f.iter()
            .map(|f| (f.article, f.span.start, f.verdict, f.severity))
            .collect()
    }

    fn seeds_like() -> Vec<Vec<Candidate>> {
        vec![
            vec![cand(0, iv(Interval::new(9180.0, 10800.0)), 10)],
            vec![cand(0, iv(Interval::new(9180.0, 10800.0)), 20)],
            vec![
                cand(0, iv(hours(12.0)), 0),
                cand(0, iv(Interval::new(9180.0, 12420.0)), 30),
            ],
            vec![cand(0, iv(hours(2.5)), 40)],
        ]
    }

    #[test]
    fn value_mode_flags_twelve_hours_and_its_own_article() {
        let f = judge(&talks(Some(hours(3.0)), 1800.0), &seeds_like());
        assert_eq!(
            verdicts(&f),
            [
                (0, 10, Verdict::Supports, Severity::Info),
                (1, 20, Verdict::Supports, Severity::Info),
                (2, 0, Verdict::Contradicts, Severity::Error),
                (2, 30, Verdict::Supports, Severity::Info),
                (3, 40, Verdict::Supports, Severity::Info),
            ]
        );
        let twelve = &f[2];
        assert_eq!(&*twelve.value, "12h");
        assert_eq!(
            &*twelve.message,
            "says the talks lasted 12h; the claim is 3h ± 30m; the same article also says 2h33m..3h27m (“t30”)"
        );
        assert_eq!(twelve.related.len(), 1);
        assert_eq!(twelve.related[0].span, 30..35);
    }

    #[test]
    fn findings_share_one_copy_of_repeated_strings() {
        let f = judge(&talks(Some(hours(3.0)), 1800.0), &seeds_like());
        // Articles 0 and 1 say the same thing: one claim id, value and message between them.
        assert!(Arc::ptr_eq(&f[0].claim, &f[1].claim));
        assert!(Arc::ptr_eq(&f[0].value, &f[1].value));
        assert!(Arc::ptr_eq(&f[0].message, &f[1].message));
        assert!(!Arc::ptr_eq(&f[0].text, &f[1].text), "t10 and t20 differ");
    }

    #[test]
    fn smaller_tolerance_makes_two_and_a_half_hours_a_contradiction() {
        let f = judge(&talks(Some(hours(3.0)), 1200.0), &seeds_like());
        assert_eq!(f[4].verdict, Verdict::Contradicts);
    }

    #[test]
    fn consensus_mode_errors_and_warnings() {
        let f = judge(&talks(None, 0.0), &seeds_like());
        assert_eq!(
            verdicts(&f),
            [
                (0, 10, Verdict::Supports, Severity::Info),
                (1, 20, Verdict::Supports, Severity::Info),
                // Off the consensus, and against its own article: rule 5 makes it a contradiction.
                (2, 0, Verdict::Contradicts, Severity::Error),
                (2, 30, Verdict::Supports, Severity::Info),
                (3, 40, Verdict::Disagrees, Severity::Error),
            ]
        );
        assert_eq!(f[4].expected.as_deref(), Some("2h33m..3h"));
        assert!(
            f[4].message
                .contains("consensus of 3 mentions in 3 articles is 2h33m..3h"),
            "{}",
            f[4].message
        );
        assert_eq!(f[4].related.len(), 3);
        // A mention compatible with some consensus members only is a warning.
        let mut arts = seeds_like();
        arts[3] = vec![cand(0, iv(Interval::new(11400.0, 12000.0)), 50)];
        let f = judge(&talks(None, 0.0), &arts);
        let last = f.last().unwrap();
        assert_eq!(
            (last.verdict, last.severity),
            (Verdict::Disagrees, Severity::Warning)
        );
    }

    #[test]
    fn consensus_tie_makes_every_mention_a_warning() {
        let arts = vec![
            vec![cand(0, iv(hours(2.0)), 0)],
            vec![cand(0, iv(hours(3.0)), 0)],
        ];
        let f = judge(&talks(None, 0.0), &arts);
        assert_eq!(
            verdicts(&f),
            [
                (0, 0, Verdict::Disagrees, Severity::Warning),
                (1, 0, Verdict::Disagrees, Severity::Warning)
            ]
        );
        assert_eq!(f[0].expected, None);
        assert!(f[0].message.contains("no consensus"));
    }

    #[test]
    fn self_contradiction_without_a_value_problem_flags_the_outlier() {
        // Both within a wide tolerance, but incompatible with each other.
        let arts = vec![
            vec![cand(0, iv(hours(2.0)), 0), cand(0, iv(hours(4.0)), 100)],
            vec![cand(0, iv(hours(4.0)), 0)],
        ];
        let f = judge(&talks(Some(hours(3.0)), 3600.0), &arts);
        assert_eq!(
            f[0].verdict,
            Verdict::Contradicts,
            "2h has fewer agreeing mentions"
        );
        assert_eq!(f[0].related[0].span, 100..105);
        assert!(
            f[0].message.contains("the same article also says 4h"),
            "{}",
            f[0].message
        );
        assert_eq!(f[1].verdict, Verdict::Supports);
    }

    #[test]
    fn compatible_mentions_in_one_article_are_no_contradiction() {
        let arts = vec![vec![
            cand(0, iv(Interval::new(9180.0, 10800.0)), 0),
            cand(0, iv(hours(3.0)), 10),
        ]];
        let f = judge(&talks(None, 0.0), &arts);
        assert!(f.iter().all(|f| f.verdict == Verdict::Supports));
    }

    #[test]
    fn one_fact_told_twice_within_the_tolerance_is_no_contradiction() {
        // 2h50m and 3h, both within 3h ± 30m and within 30m of each other.
        let arts = vec![vec![
            cand(0, iv(hours(2.0 + 50.0 / 60.0)), 0),
            cand(0, iv(hours(3.0)), 10),
        ]];
        let f = judge(&talks(Some(hours(3.0)), 1800.0), &arts);
        assert!(f.iter().all(|f| f.verdict == Verdict::Supports), "{f:?}");
    }

    #[test]
    fn statement_consensus_by_equality() {
        let c = claim(
            "questions",
            Rule::Statement {
                value: None,
                affirm: vec!["took questions".into()],
                deny: vec!["no questions".into()],
            },
            &["questions"],
        );
        let f = file(&[], vec![c]);
        let arts = vec![
            vec![cand(0, Value::Statement(false), 0)],
            vec![cand(0, Value::Statement(false), 0)],
            vec![cand(0, Value::Statement(true), 0)],
        ];
        let out = judge(&f, &arts);
        assert_eq!(out[2].verdict, Verdict::Disagrees);
        assert_eq!(out[2].severity, Severity::Error);
        assert_eq!(out[2].expected.as_deref(), Some("false"));
    }

    #[test]
    fn a_judge_gives_each_article_the_same_findings_in_any_order() {
        // Consensus mode, with related sources, a soft warning and a self-contradiction.
        let mut arts = seeds_like();
        arts.push(vec![cand(0, iv(Interval::new(11400.0, 12000.0)), 50)]);
        arts.push(seeds_like()[0].clone());
        for f in [talks(None, 0.0), talks(Some(hours(3.0)), 1800.0)] {
            let all = judge(&f, &arts);
            let mut tally = Tally::new(&f);
            for (a, cs) in arts.iter().enumerate() {
                tally.add(a, cs);
            }
            let j = tally.finish();
            let mut strings = Strings::shared();
            let mut backwards: Vec<Finding> = Vec::new();
            for a in (0..arts.len()).rev() {
                let mut mine = j.article(&mut strings, a, &arts[a]);
                mine.append(&mut backwards);
                backwards = mine;
            }
            assert_eq!(backwards, all);
        }
    }

    #[test]
    fn consensus_wording_says_how_many_allow_a_mention() {
        // 2h..3h, 2h30m..3h30m and 2h48m..3h12m share 2h48m..3h: the consensus.
        let h = 3600.0;
        let arts = vec![
            vec![cand(0, iv(Interval::new(2.0 * h, 3.0 * h)), 0)],
            vec![cand(0, iv(Interval::new(2.5 * h, 3.5 * h)), 0)],
            vec![cand(0, iv(Interval::new(2.8 * h, 3.2 * h)), 0)],
            // Allowed by one consensus mention (2h30m..3h30m) only.
            vec![cand(0, iv(Interval::new(3.3 * h, 4.0 * h)), 0)],
            // Allowed by none.
            vec![cand(0, iv(hours(5.0)), 0)],
        ];
        let out = judge(&talks(None, 0.0), &arts);
        let soft = out.iter().find(|f| f.article == 3).unwrap();
        assert_eq!(soft.severity, Severity::Warning);
        assert!(
            soft.message.ends_with("and only 1 of them allows this"),
            "{}",
            soft.message
        );
        let hard = out.iter().find(|f| f.article == 4).unwrap();
        assert_eq!(hard.severity, Severity::Error);
        assert!(!hard.message.contains("allow"), "{}", hard.message);
    }

    #[test]
    fn says_uses_how_long_abouts() {
        assert_eq!(
            says("how long the talks lasted", "3h"),
            "says the talks lasted 3h"
        );
        assert_eq!(says("reporters present", "3"), "says 3");
    }
}
