//! Judging: every article's candidates in, findings out.
//!
//! A claim with a `value` judges each candidate against it (each kind's file
//! says how). A claim without one runs in consensus mode (rule 4). Then each
//! article's own candidates for a claim are compared pairwise (rule 5): two
//! incompatible ones make the article contradict itself, reported on the one
//! that is already a problem (or, failing that, the one fewer other mentions
//! agree with) with the other as a related span. Presence (people) and quote
//! fits are not exclusive, so they never contradict each other.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use crate::claims::{Claim, ClaimsFile, Rule, Severity};

use super::consensus::{self, Outcome};
use super::{count, date, duration, people, place, quote, statement, year};
use super::{Candidate, Finding, Related, Value, Verdict};

/// How many consensus sources a disagreeing finding carries as related spans.
const RELATED_SOURCES: usize = 3;

/// A verdict on one value, before it becomes a finding.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Judgement {
    pub(crate) verdict: Verdict,
    pub(crate) expected: Option<String>,
    pub(crate) message: String,
}

/// "says 12h", or "says the talks lasted 12h" when `about` reads "how long the talks lasted".
pub(crate) fn says(about: &str, shown: &str) -> String {
    match about.trim().strip_prefix("how long ") {
        Some(rest) if !rest.is_empty() => format!("says {rest} {shown}"),
        _ => format!("says {shown}"),
    }
}

/// Findings for every claim of `file` from every article's candidates
/// (`candidates_per_article[i]` belongs to article `i`).
pub fn judge(file: &ClaimsFile, candidates_per_article: &[Vec<Candidate>]) -> Vec<Finding> {
    let mut by_claim = ByClaim::new(file);
    for (a, cs) in candidates_per_article.iter().enumerate() {
        by_claim.add(a, cs.clone());
    }
    judge_by_claim(file, by_claim)
}

/// Every article's candidates for one claims file, grouped by claim as they
/// arrive, so that judging can drop each claim's candidates as soon as they
/// are findings instead of holding both for the whole run.
#[derive(Clone, Debug, Default)]
pub struct ByClaim {
    /// Per claim: `(article, candidate)`, articles in run order.
    claims: Vec<Vec<(usize, Candidate)>>,
}

impl ByClaim {
    /// Empty, for the claims of `file`.
    pub fn new(file: &ClaimsFile) -> Self {
        ByClaim {
            claims: vec![Vec::new(); file.claims.len()],
        }
    }

    /// Adds article `article`'s candidates; articles must come in run order.
    pub fn add(&mut self, article: usize, candidates: Vec<Candidate>) {
        for c in candidates {
            if let Some(list) = self.claims.get_mut(c.claim) {
                list.push((article, c));
            }
        }
    }
}

/// [`judge`] over candidates already grouped by claim, consuming them.
pub fn judge_by_claim(file: &ClaimsFile, by_claim: ByClaim) -> Vec<Finding> {
    // A candidate gives at most one finding: one allocation, no doubling.
    let mut out = Vec::with_capacity(by_claim.claims.iter().map(Vec::len).sum());
    let mut strings = Strings::default();
    for (claim, owned) in file.claims.iter().zip(by_claim.claims) {
        if owned.is_empty() {
            continue;
        }
        let items: Vec<(usize, &Candidate)> = owned.iter().map(|(a, c)| (*a, c)).collect();
        // Findings go straight into `out`; `slots` says where each item's is,
        // rather than a second list of findings per claim.
        let slots = if claim.rule.has_value() || matches!(claim.rule, Rule::People { .. }) {
            items
                .iter()
                .map(|(a, c)| {
                    let f = judgement(claim, &c.value)
                        .map(|j| finding(&mut strings, claim, *a, c, j, claim.severity));
                    place(&mut out, f)
                })
                .collect()
        } else {
            by_consensus(&mut strings, claim, &items, &mut out)
        };
        self_contradiction(&mut strings, claim, &items, &slots, &mut out);
    }
    out.shrink_to_fit();
    out
}

/// Appends `f`, if any, and says where it went.
fn place(out: &mut Vec<Finding>, f: Option<Finding>) -> Option<usize> {
    f.map(|f| {
        out.push(f);
        out.len() - 1
    })
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
            },
            Value::Interval(i),
        ) => Some(count::judge(&claim.about, x, *tolerance, i)),
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
        (Rule::Quote { value: Some(q), .. }, Value::Quote(qv)) => quote::judge(q, qv),
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
        related: Vec::new(),
        line: c.line,
        column: c.column,
        fingerprint: c.fingerprint,
    }
}

/// One shared copy of each string a run's findings hold (see [`Finding`]).
#[derive(Debug, Default)]
struct Strings(HashSet<Arc<str>>);

impl Strings {
    /// The shared copy of `s`.
    fn get(&mut self, s: &str) -> Arc<str> {
        if let Some(shared) = self.0.get(s) {
            return shared.clone();
        }
        let shared: Arc<str> = s.into();
        self.0.insert(shared.clone());
        shared
    }
}

/// Rule 4: the largest pairwise-compatible set of mentions is the consensus.
fn by_consensus(
    strings: &mut Strings,
    claim: &Claim,
    items: &[(usize, &Candidate)],
    out: &mut Vec<Finding>,
) -> Vec<Option<usize>> {
    let values: Vec<&Value> = items.iter().map(|(_, c)| &c.value).collect();
    let intervals: Option<Vec<crate::interval::Interval>> = values
        .iter()
        .map(|v| match v {
            Value::Interval(i) | Value::Year(i) => Some(*i),
            _ => None,
        })
        .collect();
    let outcome = match &intervals {
        Some(ivs) => consensus::intervals(ivs),
        None => consensus::classes(&values, |v| show(claim, v), |a, b| compatible(claim, a, b)),
    };
    let members = match &outcome {
        Outcome::Consensus(m) => m.clone(),
        Outcome::Tie | Outcome::Empty => Vec::new(),
    };
    let consensus_value = match (&intervals, members.is_empty()) {
        (_, true) => None,
        (Some(ivs), false) => consensus::intersection(members.iter().map(|&i| &ivs[i])).map(|i| {
            show(
                claim,
                &if matches!(values[members[0]], Value::Year(_)) {
                    Value::Year(i)
                } else {
                    Value::Interval(i)
                },
            )
        }),
        (None, false) => most_common(members.iter().map(|&i| show(claim, values[i]))),
    };
    let articles_of = |set: &[usize]| {
        let mut a: Vec<usize> = set.iter().map(|&i| items[i].0).collect();
        a.dedup();
        a.len()
    };
    let mut member = vec![false; items.len()];
    for &i in &members {
        if let Some(m) = member.get_mut(i) {
            *m = true;
        }
    }
    // A disagreeing mention's related spans: the first few consensus members
    // in other articles, made when needed rather than one per member.
    let sources = |strings: &mut Strings, a: usize| -> Vec<Related> {
        members
            .iter()
            .filter(|&&k| items[k].0 != a)
            .take(RELATED_SOURCES)
            .map(|&k| Related {
                article: items[k].0,
                span: items[k].1.span.clone(),
                text: strings.get(&items[k].1.text),
                label: strings.get(&format!("says {}", show(claim, values[k]))),
            })
            .collect()
    };
    let mut near_misses = NearMisses::new(items, &values);
    // Computed once, not per disagreeing mention: both are linear in the consensus.
    let consensus_articles = articles_of(&members);
    let mut soft_by_value: std::collections::HashMap<String, bool> =
        std::collections::HashMap::new();
    items
        .iter()
        .enumerate()
        .map(|(i, (a, c))| {
            let shown = show(claim, &c.value);
            let said = says(&claim.about, &shown);
            let j = match (&outcome, &consensus_value) {
                (Outcome::Consensus(m), Some(cv)) if member[i] => Judgement {
                    verdict: Verdict::Supports,
                    expected: Some(cv.clone()),
                    message: format!("{said}; agrees with the consensus {cv} ({} of {} mentions)", m.len(), items.len()),
                },
                (Outcome::Consensus(m), Some(cv)) => {
                    let soft = *soft_by_value
                        .entry(shown.clone())
                        .or_insert_with(|| m.iter().any(|&k| compatible(claim, &c.value, values[k])));
                    let message = if soft {
                        format!("{said}; the consensus of {} mentions in {} articles is {cv}, and only some of them allow this", m.len(), consensus_articles)
                    } else {
                        format!("{said}; the consensus of {} mentions in {} articles is {cv}", m.len(), consensus_articles)
                    };
                    let severity = if soft { Severity::Warning } else { claim.severity };
                    let mut f = finding(
                        strings,
                        claim,
                        *a,
                        c,
                        Judgement { verdict: Verdict::Disagrees, expected: Some(cv.clone()), message },
                        severity,
                    );
                    f.related = sources(strings, *a);
                    near_misses.mark(strings, &mut f, i, items, &values);
                    return Some(f);
                }
                _ => Judgement {
                    verdict: Verdict::Disagrees,
                    expected: None,
                    message: format!("{said}; the articles are split and there is no consensus"),
                },
            };
            let mut f = finding(strings, claim, *a, c, j, Severity::Warning);
            if f.verdict == Verdict::Disagrees {
                near_misses.mark(strings, &mut f, i, items, &values);
            }
            Some(f)
        })
        .map(|f| place(out, f))
        .collect()
}

/// How many distinct other passages a disagreeing quote is compared with.
const MAX_NEAR_MISS: usize = 64;

/// The misquote search of consensus mode, prepared once per claim: every
/// distinct passage once (its first mention, and its first in another
/// article), and each disagreeing value's result remembered, so a corpus that
/// repeats one quote thousands of times costs no n² alignments.
struct NearMisses<'v> {
    /// Per distinct passage: its first mention, and the first one in another article.
    reps: Vec<(usize, Option<usize>)>,
    /// Per disagreeing passage: the diff and the index in `reps` of its near miss.
    found: std::collections::HashMap<&'v [String], Option<(String, usize)>>,
}

impl<'v> NearMisses<'v> {
    fn new(items: &[(usize, &Candidate)], values: &[&'v Value]) -> Self {
        let mut reps: Vec<(usize, Option<usize>)> = Vec::new();
        let mut at: std::collections::HashMap<&[String], usize> = std::collections::HashMap::new();
        for (k, v) in values.iter().enumerate() {
            let Value::Quote(q) = v else { continue };
            match at.get(q.words.as_slice()) {
                Some(&r) => {
                    let (first, other) = &mut reps[r];
                    if other.is_none() && items[*first].0 != items[k].0 {
                        *other = Some(k);
                    }
                }
                None => {
                    at.insert(q.words.as_slice(), reps.len());
                    reps.push((k, None));
                }
            }
        }
        NearMisses {
            reps,
            found: std::collections::HashMap::new(),
        }
    }

    /// A disagreeing quote passage that is nearly the words of another passage
    /// is a possible misquote of it (rule 8): say so with the word diff, and
    /// point at the other passage, preferring one in another article.
    fn mark(
        &mut self,
        strings: &mut Strings,
        f: &mut Finding,
        i: usize,
        items: &[(usize, &Candidate)],
        values: &[&'v Value],
    ) {
        let Value::Quote(this) = values[i] else {
            return;
        };
        let reps = &self.reps;
        let hit = self
            .found
            .entry(this.words.as_slice())
            .or_insert_with(|| {
                reps.iter()
                    .enumerate()
                    .filter(|(_, (k, _))| !matches!(values[*k], Value::Quote(q) if q.words == this.words))
                    .take(MAX_NEAR_MISS)
                    .find_map(|(r, (k, _))| match values[*k] {
                        Value::Quote(other) => quote::near_miss(this, other).map(|d| (d, r)),
                        _ => None,
                    })
            })
            .clone();
        let Some((diff, r)) = hit else {
            return;
        };
        let (first, other) = self.reps[r];
        let k = match other {
            Some(o) if items[first].0 == items[i].0 => o,
            _ => first,
        };
        let Value::Quote(shown) = values[k] else {
            return;
        };
        f.message = strings.get(&format!("{}; possible misquote: {diff}", f.message));
        let (article, c) = items[k];
        f.related
            .retain(|r| !(r.article == article && r.span == c.span));
        f.related.insert(
            0,
            Related {
                article,
                span: c.span.clone(),
                text: strings.get(&c.text),
                label: strings.get(&format!("nearly the same words: {}", quote::show(shown))),
            },
        );
    }
}

fn most_common(values: impl Iterator<Item = String>) -> Option<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for v in values {
        match counts.iter_mut().find(|(k, _)| *k == v) {
            Some((_, n)) => *n += 1,
            None => counts.push((v, 1)),
        }
    }
    let best = counts.iter().map(|(_, n)| *n).max()?;
    counts.into_iter().find(|(_, n)| *n == best).map(|(k, _)| k)
}

/// Rule 5: an article whose own mentions of one claim are incompatible contradicts itself.
fn self_contradiction(
    strings: &mut Strings,
    claim: &Claim,
    items: &[(usize, &Candidate)],
    slots: &[Option<usize>],
    out: &mut [Finding],
) {
    if matches!(claim.rule, Rule::People { .. } | Rule::Quote { .. }) {
        return;
    }
    // How many mentions agree with mention `i`: a scan of every mention, so
    // computed once per distinct value (a corpus repeats a few values often).
    let mut agreed: HashMap<String, Vec<(&Value, usize)>> = HashMap::new();
    let mut agreeing = |i: usize| {
        let value = &items[i].1.value;
        let same = agreed.entry(show(claim, value)).or_default();
        if let Some((_, n)) = same.iter().find(|(v, _)| *v == value) {
            return *n;
        }
        let n = items
            .iter()
            .filter(|(_, c)| compatible(claim, value, &c.value))
            .count();
        same.push((value, n));
        n
    };
    for i in 0..items.len() {
        // Items come article by article, so one article's are contiguous.
        for j in i + 1..items.len() {
            if items[i].0 != items[j].0 {
                break;
            }
            if compatible(claim, &items[i].1.value, &items[j].1.value) {
                continue;
            }
            let (Some(fi), Some(fj)) = (slots[i].map(|k| &out[k]), slots[j].map(|k| &out[k]))
            else {
                continue;
            };
            let (pi, pj) = (
                fi.verdict != Verdict::Supports,
                fj.verdict != Verdict::Supports,
            );
            let (target, other) = match (pi, pj) {
                (true, false) => (i, j),
                (false, true) => (j, i),
                _ if agreeing(i) < agreeing(j) => (i, j),
                _ => (j, i),
            };
            let other_value = show(claim, &items[other].1.value);
            let other_text = items[other].1.text.clone();
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
                        article: items[other].0,
                        span: items[other].1.span.clone(),
                        text: strings.get(&other_text),
                        label: strings.get(&format!("the same article says {other_value}")),
                    },
                );
            }
            if pi && pj {
                let target_value = show(claim, &items[target].1.value);
                if let Some(f) = slots[other].map(|k| &mut out[k]) {
                    f.related.insert(
                        0,
                        Related {
                            article: items[target].0,
                            span: items[target].1.span.clone(),
                            text: strings.get(&items[target].1.text),
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
    fn says_uses_how_long_abouts() {
        assert_eq!(
            says("how long the talks lasted", "3h"),
            "says the talks lasted 3h"
        );
        assert_eq!(says("reporters present", "3"), "says 3");
    }
}
