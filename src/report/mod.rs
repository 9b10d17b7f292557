//! Rendering findings: one file per output format.
//!
//! [`Report`] is the one value every printer reads: the articles, the claims,
//! the findings in a stable order (article path, byte offset, claim id) and
//! the summary counts. Building it needs no article text; the human printer
//! is handed the texts separately, only to draw snippets.

use std::collections::HashMap;
use std::ops::Range;
use std::rc::Rc;

use serde::Serialize;

use crate::baseline::{BaselineState, Comparison};
use crate::check::{Finding, Verdict};
use crate::claims::{ClaimsFile, Severity};

pub mod github;
pub mod html;
pub mod human;
pub mod json;
pub mod junit;
pub mod readable;
pub mod sarif;
pub mod short;

/// Rearranges `items` in place so that `items[i]` becomes the old
/// `items[order[i]]` (`order` a permutation of the indices), one cycle at a time.
fn permute<T>(items: &mut [T], order: &[usize]) {
    let mut done = vec![false; items.len()];
    for start in 0..items.len() {
        let mut at = start;
        while !done[at] {
            done[at] = true;
            let next = order[at];
            if next == start {
                break;
            }
            items.swap(at, next);
            at = next;
        }
    }
}

/// The claims files' paths (forward slashes) and texts, in file order.
pub fn claims_sources(files: &[ClaimsFile]) -> Vec<ClaimsSource> {
    files
        .iter()
        .map(|f| ClaimsSource {
            path: f.path.to_string_lossy().replace('\\', "/"),
            text: f.source.clone(),
        })
        .collect()
}

/// `claims/a.yaml:43`: where `claim`'s value (else its id) is in its claims file.
pub fn claim_line(claim: &ClaimInfo, sources: &[ClaimsSource]) -> Option<String> {
    let source = sources.get(claim.source)?;
    let at = claim
        .value_span
        .as_ref()
        .map_or(claim.key_span.start, |s| s.start);
    let line = source.text.get(..at)?.matches('\n').count() + 1;
    Some(format!("{}:{line}", source.path))
}

/// What the report says about every claim of `files`, in file order.
pub fn claim_infos(files: &[ClaimsFile]) -> Vec<ClaimInfo> {
    files
        .iter()
        .enumerate()
        .flat_map(|(source, f)| {
            f.claims.iter().map(move |c| ClaimInfo {
                id: c.id.clone(),
                kind: c.rule.kind().to_string(),
                about: c.about.clone(),
                severity: c.severity,
                source,
                key_span: c.key_span.clone(),
                value_span: c.value_span.clone(),
            })
        })
        .collect()
}

/// The source of a streamed run's findings: the next batch, in report order;
/// `None` when there are no more.
pub type NextBatch<'a> = dyn FnMut() -> std::io::Result<Option<Vec<Finding>>> + 'a;

/// Shown each finding in order as it is written; says its baseline state, if any.
pub type Observe<'a> = dyn FnMut(&Finding) -> Option<BaselineState> + 'a;

/// A run's findings as they are judged, with what a streaming printer needs
/// to know before the first one ([`crate::run::stream`] hands it out).
pub struct Stream<'a> {
    /// Article paths, in run order; `Finding::article` indexes this.
    pub articles: &'a Paths,
    /// Every claim, in file order.
    pub claims: &'a [ClaimInfo],
    /// Entity ids and their first spellings, for the formats people read.
    pub names: &'a readable::Names,
    /// The claims files' paths and texts, for pointers to a claim's line.
    pub sources: &'a [ClaimsSource],
    /// The articles' texts, read again when asked for.
    pub texts: &'a dyn Texts,
    /// With `--changed-since`: which articles are in scope (the others only fed consensus).
    pub scope: Option<&'a [bool]>,
    /// How many articles the summary counts (those in scope).
    pub checked: usize,
    /// The next batch of findings, in report order; `None` when there are no more.
    pub next: &'a mut NextBatch<'a>,
    /// To be shown each finding in order as it is written; says its baseline state, if any.
    pub observe: &'a mut Observe<'a>,
}

/// Article texts, by article index, for the formats that draw snippets; a
/// text is fetched when a snippet needs it, so a large run never holds every
/// article at once.
pub trait Texts {
    /// Article `article`'s text, if it can be had.
    fn text(&self, article: usize) -> Option<Rc<str>>;
}

impl<const N: usize> Texts for [&str; N] {
    fn text(&self, article: usize) -> Option<Rc<str>> {
        self.get(article).map(|t| Rc::from(*t))
    }
}

impl Texts for Vec<&str> {
    fn text(&self, article: usize) -> Option<Rc<str>> {
        self.get(article).map(|t| Rc::from(*t))
    }
}

/// How many articles' supports of a claim a [`Digest`] keeps one by one.
const SUPPORT_ARTICLES: usize = 16;
/// How many supports per article a [`Digest`] keeps one by one.
const SUPPORTS_PER_ARTICLE: usize = 3;

/// What a report knows about supports without keeping each one: the worst
/// verdict of every (claim, article) cell of the matrix, the first supports
/// of each claim (enough to name a few agreeing sources) and how many
/// articles support it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Digest {
    /// How many articles there are (the matrix's row length).
    articles: usize,
    /// Per (claim, article): 0 nothing, 1 supports, 2 disagrees, 3 contradicts.
    cells: Vec<u8>,
    /// Per claim: its first supports, in report order, at most
    /// [`SUPPORTS_PER_ARTICLE`] from each of its first [`SUPPORT_ARTICLES`] articles.
    supports: Vec<Vec<Finding>>,
    /// Per claim: how many articles support it.
    supporting: Vec<usize>,
    /// Per claim: the article of the last support counted.
    last: Vec<Option<usize>>,
}

impl Digest {
    /// An empty digest for `claims` claims and `articles` articles.
    pub fn new(claims: usize, articles: usize) -> Self {
        Digest {
            articles,
            cells: vec![0; claims * articles],
            supports: vec![Vec::new(); claims],
            supporting: vec![0; claims],
            last: vec![None; claims],
        }
    }

    /// Counts finding `f` of the claim in row `row`; findings come in report order.
    pub fn add(&mut self, row: usize, f: &Finding) {
        let rank = match f.verdict {
            Verdict::Supports => 1,
            Verdict::Disagrees => 2,
            Verdict::Contradicts => 3,
        };
        if let Some(cell) = self.cells.get_mut(row * self.articles + f.article) {
            *cell = (*cell).max(rank);
        }
        if f.verdict != Verdict::Supports || row >= self.supports.len() {
            return;
        }
        if self.last[row] != Some(f.article) {
            self.last[row] = Some(f.article);
            self.supporting[row] += 1;
        }
        let kept = &mut self.supports[row];
        let same = kept.iter().filter(|s| s.article == f.article).count();
        if self.supporting[row] <= SUPPORT_ARTICLES && same < SUPPORTS_PER_ARTICLE {
            kept.push(f.clone());
        }
    }

    /// The worst verdict of (claim row, article): 0 nothing, 1 supports, 2 disagrees, 3 contradicts.
    pub fn rank(&self, row: usize, article: usize) -> u8 {
        self.cells
            .get(row * self.articles + article)
            .copied()
            .unwrap_or(0)
    }

    /// The first supports of the claim in row `row`, in report order.
    pub fn supports(&self, row: usize) -> &[Finding] {
        self.supports.get(row).map_or(&[], Vec::as_slice)
    }

    /// How many articles support the claim in row `row`.
    pub fn supporting_articles(&self, row: usize) -> usize {
        self.supporting.get(row).copied().unwrap_or(0)
    }
}

/// Builds a [`Report`] from findings that arrive one at a time in report
/// order, keeping the problems and only a [`Digest`] of the supports, so that
/// its memory grows with the problems, not with every mention.
#[derive(Debug)]
pub struct Collector {
    report: Report,
    rows: HashMap<String, usize>,
    states: Vec<Option<BaselineState>>,
}

impl Collector {
    /// A collector for a run over `files` and the article paths `articles`.
    pub fn new(files: &[ClaimsFile], articles: Vec<String>) -> Self {
        let mut report = Report::new(files, articles, Vec::new());
        report.digest = Digest::new(report.claims.len(), report.articles.len());
        let rows = report
            .claims
            .iter()
            .enumerate()
            .map(|(r, c)| (c.id.clone(), r))
            .collect();
        Collector {
            report,
            rows,
            states: Vec::new(),
        }
    }

    /// Takes the next finding, in report order, with its baseline state.
    pub fn add(&mut self, f: Finding, state: Option<BaselineState>) {
        self.report.summary.add(&f);
        if let Some(&row) = self.rows.get(&*f.claim) {
            self.report.digest.add(row, &f);
        }
        if f.verdict != Verdict::Supports {
            self.report.findings.push(f);
            self.states.push(state);
        }
    }

    /// The report: `checked` articles in scope (`scope` says which, with
    /// `--changed-since`), and with a baseline, the stale entries.
    pub fn finish(
        mut self,
        checked: usize,
        scope: Option<Vec<bool>>,
        stale: Option<Vec<crate::baseline::Entry>>,
    ) -> Report {
        self.report.summary.articles = checked;
        self.report.scope = scope;
        self.report.baseline = stale.map(|stale| Comparison {
            states: self.states,
            stale,
        });
        self.report
    }
}

/// Article paths in one string: a run of many articles keeps one small
/// allocation per path fewer.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Paths {
    text: String,
    /// Where each path ends in `text`.
    ends: Vec<usize>,
}

impl Paths {
    /// Appends a path.
    pub fn push(&mut self, path: &str) {
        self.text.push_str(path);
        self.ends.push(self.text.len());
    }

    /// Path `i`.
    pub fn get(&self, i: usize) -> Option<&str> {
        let end = *self.ends.get(i)?;
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        self.text.get(start..end)
    }

    /// How many paths it holds.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether it holds none.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The paths, in order.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        (0..self.len()).filter_map(|i| self.get(i))
    }
}

/// Everything a printer needs to know about one run.
#[derive(Clone, Debug)]
pub struct Report {
    /// Article paths, as given or found, in run order; `Finding::article` indexes this.
    pub articles: Vec<String>,
    /// Every claim of every claims file, in file order.
    pub claims: Vec<ClaimInfo>,
    /// The claims files: path and YAML text, for spans into them.
    pub sources: Vec<ClaimsSource>,
    /// Every finding, supports included, sorted by article path, byte offset, claim id.
    pub findings: Vec<Finding>,
    /// Counts.
    pub summary: Summary,
    /// With `--baseline`: each finding's state and the stale entries.
    pub baseline: Option<Comparison>,
    /// With `--changed-since`: which articles were checked (others only feed consensus).
    pub scope: Option<Vec<bool>>,
    /// Entity ids and their first spellings, for the formats people read.
    pub names: readable::Names,
    /// The matrix and the first supports of each claim (all a printer needs
    /// of the supports, which a large run does not keep in `findings`).
    pub digest: Digest,
}

/// What the report says about a claim.
#[derive(Clone, Debug, PartialEq)]
pub struct ClaimInfo {
    /// Its id.
    pub id: String,
    /// Its kind's name.
    pub kind: String,
    /// Its `about`.
    pub about: String,
    /// Its `severity`: what a problem with it is.
    pub severity: Severity,
    /// Index into [`Report::sources`].
    pub source: usize,
    /// Byte span of its id key in the YAML.
    pub key_span: Range<usize>,
    /// Byte span of its `value` in the YAML, when it has one.
    pub value_span: Option<Range<usize>>,
}

/// A claims file's path and text.
#[derive(Clone, Debug, PartialEq)]
pub struct ClaimsSource {
    /// The path, forward slashes.
    pub path: String,
    /// The YAML text.
    pub text: String,
}

/// The summary line's counts (SPEC §3 `summary`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Articles checked.
    pub articles: usize,
    /// Claims checked.
    pub claims: usize,
    /// Findings of severity error.
    pub errors: usize,
    /// Findings of severity warning.
    pub warnings: usize,
    /// Supporting findings.
    pub supports: usize,
    /// Problems accepted by an inline suppression (SPEC §6): not counted as
    /// errors or warnings.
    pub suppressed: usize,
}

impl Summary {
    /// Counts one more finding.
    pub fn add(&mut self, f: &Finding) {
        if f.suppressed.is_some() {
            self.suppressed += 1;
            return;
        }
        match f.severity {
            Severity::Error => self.errors += 1,
            Severity::Warning => self.warnings += 1,
            Severity::Info => {}
        }
        if f.verdict == Verdict::Supports {
            self.supports += 1;
        }
    }

    /// These counts of articles and claims, with the finding counts of `findings`.
    pub fn counting(self, findings: &[Finding]) -> Self {
        let mut summary = Summary {
            errors: 0,
            warnings: 0,
            supports: 0,
            suppressed: 0,
            ..self
        };
        for f in findings {
            summary.add(f);
        }
        summary
    }
}

impl Report {
    /// Builds a report from the claims files, the article paths and every finding.
    pub fn new(files: &[ClaimsFile], articles: Vec<String>, mut findings: Vec<Finding>) -> Self {
        let sources = claims_sources(files);
        let claims = claim_infos(files);
        let path = |i: usize| articles.get(i).map(String::as_str).unwrap_or_default();
        // Sorted through their indices: a stable sort of the findings
        // themselves would allocate half of them again as scratch space.
        let mut order: Vec<usize> = (0..findings.len()).collect();
        order.sort_by(|&a, &b| {
            let (a, b) = (&findings[a], &findings[b]);
            (path(a.article), a.span.start, &a.claim, a.span.end).cmp(&(
                path(b.article),
                b.span.start,
                &b.claim,
                b.span.end,
            ))
        });
        permute(&mut findings, &order);
        let summary = Summary {
            articles: articles.len(),
            claims: claims.len(),
            ..Summary::default()
        }
        .counting(&findings);
        let mut report = Report {
            articles,
            claims,
            sources,
            findings,
            summary,
            baseline: None,
            scope: None,
            names: readable::Names::of(files),
            digest: Digest::default(),
        };
        report.redigest();
        report
    }

    /// Makes the digest again from `findings`, which must hold every finding,
    /// supports included (for a report built or changed by hand).
    pub fn redigest(&mut self) {
        let mut digest = Digest::new(self.claims.len(), self.articles.len());
        let rows: HashMap<&str, usize> = self
            .claims
            .iter()
            .enumerate()
            .map(|(r, c)| (c.id.as_str(), r))
            .collect();
        for f in &self.findings {
            if let Some(&row) = rows.get(&*f.claim) {
                digest.add(row, f);
            }
        }
        self.digest = digest;
    }

    /// Whether article `i` was checked (always, unless `--changed-since` narrowed the run).
    pub fn in_scope(&self, i: usize) -> bool {
        self.scope
            .as_ref()
            .map_or(true, |s| s.get(i).copied().unwrap_or(false))
    }

    /// Finding `i`'s baseline state, when a baseline was given and it is a problem.
    pub fn baseline_state(&self, i: usize) -> Option<BaselineState> {
        self.baseline
            .as_ref()
            .and_then(|b| b.states.get(i).copied().flatten())
    }

    /// Whether finding `i` is a problem that can fail the run: not in the baseline.
    pub fn is_new_problem(&self, i: usize) -> bool {
        self.findings
            .get(i)
            .is_some_and(|f| f.verdict != Verdict::Supports && f.suppressed.is_none())
            && self.baseline_state(i) != Some(BaselineState::Unchanged)
    }

    /// The most severe new problem's severity (`Info` when there is none).
    pub fn worst_new(&self) -> Severity {
        (0..self.findings.len())
            .filter(|&i| self.is_new_problem(i))
            .map(|i| self.findings[i].severity)
            .max()
            .unwrap_or(Severity::Info)
    }

    /// The 1-based line and column just past the end of finding `f`'s span (SARIF style).
    pub fn end_position(f: &Finding) -> (usize, usize) {
        match f.text.rfind('\n') {
            Some(nl) => (
                f.line + f.text.matches('\n').count(),
                f.text[nl + 1..].chars().count() + 1,
            ),
            None => (f.line, f.column + f.text.chars().count()),
        }
    }

    /// The matrix mark for (claim, article): ✗ contradicts, ~ disagrees, ✓ supports, · none.
    pub fn cell(&self, claim: &str, article: usize) -> char {
        match self
            .row(claim)
            .map_or(0, |row| self.digest.rank(row, article))
        {
            3 => '✗',
            2 => '~',
            1 => '✓',
            _ => '·',
        }
    }

    /// The row of claim `id` in [`Report::claims`].
    pub fn row(&self, id: &str) -> Option<usize> {
        self.claims.iter().position(|c| c.id == id)
    }

    /// The most severe finding's severity (`Info` when there is no problem).
    pub fn worst(&self) -> Severity {
        self.findings
            .iter()
            .map(|f| f.severity)
            .max()
            .unwrap_or(Severity::Info)
    }

    /// The claim with this id.
    pub fn claim(&self, id: &str) -> Option<&ClaimInfo> {
        self.claims.iter().find(|c| c.id == id)
    }

    /// The path of article `i`.
    pub fn article_path(&self, i: usize) -> &str {
        self.articles
            .get(i)
            .map(String::as_str)
            .unwrap_or("<unknown>")
    }

    /// Every finding with its article's path, in report order (what a
    /// [`Baseline`](crate::baseline::Baseline) is built from and compared with).
    pub fn findings_with_paths(&self) -> impl Iterator<Item = (&Finding, &str)> {
        self.findings
            .iter()
            .map(|f| (f, self.article_path(f.article)))
    }
}

#[cfg(test)]
pub(crate) mod sample {
    //! A hand-built report for the printers' tests.

    use super::*;
    use crate::check::Related;

    /// The texts of the sample's two articles.
    pub(crate) const TEXTS: [&str; 2] = [
        "12-hour talks end\nThe talks lasted roughly three hours, aides said.\n",
        "After nearly three hours of talks, the leaders spoke.\n",
    ];

    /// The YAML of the sample claims file.
    pub(crate) const YAML: &str =
        "claims:\n  talks-duration:\n    about: how long the talks lasted\n    kind: duration\n    value: 3h\n    tolerance: 30m\n  venue:\n    about: where the summit was held\n    kind: place\n";

    fn finding(
        article: usize,
        text: &str,
        needle: &str,
        verdict: Verdict,
        severity: Severity,
    ) -> Finding {
        let start = text.find(needle).unwrap_or(0);
        let line = text[..start].matches('\n').count() + 1;
        let column = start - text[..start].rfind('\n').map_or(0, |i| i + 1) + 1;
        Finding {
            claim: "talks-duration".into(),
            article,
            verdict,
            severity,
            span: start..start + needle.len(),
            text: needle.into(),
            value: "".into(),
            expected: Some("3h ± 30m".into()),
            message: "".into(),
            speaker: None,
            related: Vec::new(),
            line,
            column,
            suppressed: None,
            fingerprint: 7,
            link: crate::check::Link::Linked,
        }
    }

    /// Two articles, two claims, one contradiction with a self-contradiction, two supports.
    pub(crate) fn report() -> Report {
        let mut twelve = finding(
            0,
            TEXTS[0],
            "12-hour",
            Verdict::Contradicts,
            Severity::Error,
        );
        twelve.value = "12h".into();
        twelve.message = "says the talks lasted 12h; the claim is 3h ± 30m".into();
        let roughly_at = TEXTS[0].find("roughly three hours").unwrap_or(0);
        twelve.related.push(Related {
            article: 0,
            span: roughly_at..roughly_at + "roughly three hours".len(),
            text: "roughly three hours".into(),
            label: "the same article says 2h33m..3h27m".into(),
        });
        let mut roughly = finding(
            0,
            TEXTS[0],
            "roughly three hours",
            Verdict::Supports,
            Severity::Info,
        );
        roughly.value = "2h33m..3h27m".into();
        roughly.message = "says the talks lasted 2h33m..3h27m; within 3h ± 30m".into();
        let mut nearly = finding(
            1,
            TEXTS[1],
            "nearly three hours",
            Verdict::Supports,
            Severity::Info,
        );
        nearly.value = "2h33m..3h".into();
        nearly.message = "says the talks lasted 2h33m..3h; within 3h ± 30m".into();
        let value_at = YAML.find("3h").unwrap_or(0);
        let key_at = YAML.find("talks-duration").unwrap_or(0);
        let venue_at = YAML.find("venue").unwrap_or(0);
        let mut r = Report::new(
            &[],
            vec!["news/b.txt".into(), "news/a.md".into()],
            vec![nearly, roughly, twelve],
        );
        r.sources = vec![ClaimsSource {
            path: "claims/summit.yaml".into(),
            text: YAML.into(),
        }];
        r.claims = vec![
            ClaimInfo {
                id: "talks-duration".into(),
                kind: "duration".into(),
                about: "how long the talks lasted".into(),
                severity: Severity::Error,
                source: 0,
                key_span: key_at..key_at + "talks-duration".len(),
                value_span: Some(value_at..value_at + 2),
            },
            ClaimInfo {
                id: "venue".into(),
                kind: "place".into(),
                about: "where the summit was held".into(),
                severity: Severity::Warning,
                source: 0,
                key_span: venue_at..venue_at + 5,
                value_span: None,
            },
        ];
        r.summary.claims = 2;
        r.redigest();
        r
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_come_back_as_pushed() {
        let mut p = Paths::default();
        assert!(p.is_empty());
        for path in ["seeds/a.txt", "", "news/ü.md"] {
            p.push(path);
        }
        assert_eq!(p.len(), 3);
        assert_eq!(
            p.iter().collect::<Vec<_>>(),
            ["seeds/a.txt", "", "news/ü.md"]
        );
        assert_eq!(p.get(2), Some("news/ü.md"));
        assert_eq!(p.get(3), None);
    }

    #[test]
    fn permute_applies_an_order_of_several_cycles() {
        let mut items = ["a", "b", "c", "d", "e", "f"];
        // Cycles (0 2 4), (1 3), (5).
        let order = [2, 3, 4, 1, 0, 5];
        let want: Vec<&str> = order.iter().map(|&i| items[i]).collect();
        permute(&mut items, &order);
        assert_eq!(items.to_vec(), want);
        assert_eq!(items, ["c", "d", "e", "b", "a", "f"]);
    }

    #[test]
    fn findings_sort_by_path_then_offset_and_summary_counts() {
        let r = sample::report();
        let order: Vec<(&str, usize)> = r
            .findings
            .iter()
            .map(|f| (r.article_path(f.article), f.span.start))
            .collect();
        assert_eq!(order[0].0, "news/a.md");
        assert_eq!(order[1], ("news/b.txt", 0));
        assert!(order[1].1 < order[2].1);
        assert_eq!(
            r.summary,
            Summary {
                articles: 2,
                claims: 2,
                errors: 1,
                warnings: 0,
                supports: 2,
                suppressed: 0
            }
        );
        assert_eq!(r.worst(), Severity::Error);
    }
}
