//! `--format human`: one miette diagnostic per claim that has a problem, then
//! the claims × articles matrix and a one-line summary.
//!
//! A diagnostic's headline is the claim id and its `about`. Its snippet is the
//! first article with a problem, every offending mention there underlined and
//! labelled with what it says against what is expected; other articles with
//! problems, and the claim's line in the YAML, follow as related diagnostics,
//! each with its own named source (this is how one finding spans several
//! files). The help line names the expected value or consensus and the
//! sources that agree. Colour is a theme choice only: without it the output
//! is plain Unicode that reads the same when piped.

use std::collections::BTreeMap;
use std::fmt::{self, Write as _};
use std::ops::Range;

use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceCode,
};

use crate::check::{Finding, Verdict};
use crate::claims::Severity;

use super::{ClaimInfo, Report};

/// How to draw the report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    /// Use ANSI colours.
    pub color: bool,
    /// Wrap width in columns.
    pub width: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            color: false,
            width: 100,
        }
    }
}

/// One diagnostic, owned, so that related ones can carry their own sources.
#[derive(Debug)]
struct Diag {
    message: String,
    severity: miette::Severity,
    source: Option<NamedSource<String>>,
    labels: Vec<LabeledSpan>,
    help: Option<String>,
    related: Vec<Diag>,
}

impl fmt::Display for Diag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Diag {}

impl Diagnostic for Diag {
    fn severity(&self) -> Option<miette::Severity> {
        Some(self.severity)
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.source.as_ref().map(|s| s as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        if self.labels.is_empty() {
            None
        } else {
            Some(Box::new(self.labels.iter().cloned()))
        }
    }

    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn Diagnostic> + 'a>> {
        if self.related.is_empty() {
            None
        } else {
            Some(Box::new(self.related.iter().map(|d| d as &dyn Diagnostic)))
        }
    }
}

fn miette_severity(s: Severity) -> miette::Severity {
    match s {
        Severity::Error => miette::Severity::Error,
        Severity::Warning => miette::Severity::Warning,
        Severity::Info => miette::Severity::Advice,
    }
}

/// Renders the report; `texts[i]` is article `i`'s text (snippets are skipped
/// for an article whose text is missing).
pub fn render(report: &Report, texts: &[&str], options: Options) -> String {
    let theme = if options.color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme).with_width(options.width);
    let mut out = String::new();
    for claim in &report.claims {
        if let Some(diag) = claim_diagnostic(report, claim, texts) {
            let _ = handler.render_report(&mut out, &diag);
            out.push('\n');
        }
    }
    out.push_str(&matrix(report, options.color));
    out.push('\n');
    out.push_str(&summary_line(report));
    out.push('\n');
    out
}

/// The diagnostic for one claim, or `None` when nothing is wrong with it.
fn claim_diagnostic(report: &Report, claim: &ClaimInfo, texts: &[&str]) -> Option<Diag> {
    let findings: Vec<&Finding> = report
        .findings
        .iter()
        .filter(|f| *f.claim == *claim.id)
        .collect();
    let problems: Vec<&Finding> = findings
        .iter()
        .copied()
        .filter(|f| f.verdict != Verdict::Supports)
        .collect();
    let worst = problems.iter().map(|f| f.severity).max()?;

    // Problems grouped by article, in report order.
    let mut groups: Vec<(usize, Vec<&Finding>)> = Vec::new();
    for f in &problems {
        match groups.iter_mut().find(|(a, _)| *a == f.article) {
            Some((_, g)) => g.push(f),
            None => groups.push((f.article, vec![f])),
        }
    }
    let mut article_diags: Vec<Diag> = groups
        .iter()
        .map(|(article, group)| article_diag(report, *article, group, texts))
        .collect();
    // The first article's snippet becomes the headline diagnostic's own; without
    // a text to show, it stays a related message.
    let first = article_diags.remove(0);
    let (source, labels) = if first.source.is_some() {
        (first.source, first.labels)
    } else {
        article_diags.insert(0, first);
        (None, Vec::new())
    };
    let mut primary = Diag {
        message: format!("{}: {}", claim.id, claim.about),
        severity: miette_severity(worst),
        source,
        labels,
        help: Some(help_line(report, &findings, &problems)),
        related: article_diags,
    };
    primary
        .related
        .extend(sources_diag(report, &problems, texts));
    primary.related.extend(yaml_diag(report, claim, &problems));
    Some(primary)
}

/// A snippet of one article with its problems (and same-article related spans) labelled.
fn article_diag(report: &Report, article: usize, group: &[&Finding], texts: &[&str]) -> Diag {
    let path = report.article_path(article);
    let worst = group
        .iter()
        .map(|f| f.severity)
        .max()
        .unwrap_or(Severity::Warning);
    let text = texts.get(article).copied();
    let mut labels = Vec::new();
    let mut seen: Vec<Range<usize>> = Vec::new();
    for f in group {
        if fits(text, &f.span) {
            labels.push(LabeledSpan::new_primary_with_span(
                Some(f.message.to_string()),
                f.span.clone(),
            ));
            seen.push(f.span.clone());
        }
    }
    for f in group {
        for r in f.related.iter().filter(|r| r.article == article) {
            if fits(text, &r.span) && !seen.contains(&r.span) {
                labels.push(LabeledSpan::new_with_span(
                    Some(r.label.to_string()),
                    r.span.clone(),
                ));
                seen.push(r.span.clone());
            }
        }
    }
    let source = text
        .filter(|_| !labels.is_empty())
        .map(|t| NamedSource::new(path, t.to_string()));
    let message = match text {
        Some(_) => format!("in {path}"),
        None => format!(
            "in {path}: {}",
            group
                .iter()
                .map(|f| &*f.message)
                .collect::<Vec<_>>()
                .join("; ")
        ),
    };
    Diag {
        message,
        severity: miette_severity(worst),
        source,
        labels,
        help: None,
        related: Vec::new(),
    }
}

/// Consensus sources in articles that have no problem of their own for this claim.
fn sources_diag(report: &Report, problems: &[&Finding], texts: &[&str]) -> Vec<Diag> {
    let problem_articles: Vec<usize> = problems.iter().map(|f| f.article).collect();
    let mut by_article: BTreeMap<usize, Vec<(Range<usize>, String)>> = BTreeMap::new();
    for f in problems {
        for r in &f.related {
            if problem_articles.contains(&r.article) {
                continue;
            }
            let spans = by_article.entry(r.article).or_default();
            if !spans.iter().any(|(s, _)| *s == r.span) {
                spans.push((r.span.clone(), r.label.to_string()));
            }
        }
    }
    by_article
        .into_iter()
        .filter_map(|(article, spans)| {
            let text = texts.get(article).copied()?;
            let labels: Vec<LabeledSpan> = spans
                .into_iter()
                .filter(|(s, _)| fits(Some(text), s))
                .map(|(s, l)| LabeledSpan::new_with_span(Some(l), s))
                .collect();
            let path = report.article_path(article);
            (!labels.is_empty()).then(|| Diag {
                message: format!("consensus source {path}"),
                severity: miette::Severity::Advice,
                source: Some(NamedSource::new(path, text.to_string())),
                labels,
                help: None,
                related: Vec::new(),
            })
        })
        .collect()
}

/// The claim's line in its claims file.
fn yaml_diag(report: &Report, claim: &ClaimInfo, problems: &[&Finding]) -> Option<Diag> {
    let source = report.sources.get(claim.source)?;
    let span = claim.value_span.clone()?;
    if !fits(Some(&source.text), &span) || span.is_empty() {
        return None;
    }
    let expected = problems.iter().find_map(|f| f.expected.clone());
    let label = match expected {
        Some(e) => format!("the claim: {e}"),
        None => "the claim".to_string(),
    };
    Some(Diag {
        message: format!("claim `{}` is defined in {}", claim.id, source.path),
        severity: miette::Severity::Advice,
        source: Some(NamedSource::new(&source.path, source.text.clone()).with_language("yaml")),
        labels: vec![LabeledSpan::new_with_span(Some(label), span)],
        help: None,
        related: Vec::new(),
    })
}

fn fits(text: Option<&str>, span: &Range<usize>) -> bool {
    text.is_some_and(|t| span.start <= span.end && t.get(span.clone()).is_some())
}

/// "expected 3h ± 30m; agreeing: a.txt (2h33m..3h), b.txt (3h)".
fn help_line(report: &Report, findings: &[&Finding], problems: &[&Finding]) -> String {
    let expected = problems.iter().find_map(|f| f.expected.clone());
    let mut agreeing: Vec<String> = Vec::new();
    for f in findings.iter().filter(|f| f.verdict == Verdict::Supports) {
        let entry = format!("{} ({})", report.article_path(f.article), f.value);
        if !agreeing.contains(&entry) {
            agreeing.push(entry);
        }
    }
    let consensus = problems.iter().any(|f| f.verdict == Verdict::Disagrees);
    let head = match (&expected, consensus) {
        (Some(e), false) => format!("expected {e}"),
        (Some(e), true) => format!("the consensus is {e}"),
        (None, _) => {
            "the articles are split and the claim has no `value`; add one to decide".to_string()
        }
    };
    if agreeing.is_empty() {
        format!("{head}; no article agrees")
    } else {
        format!("{head}; agreeing: {}", agreeing.join(", "))
    }
}

/// Claims × articles: ✓ supports, ✗ contradicts, ~ disagrees, · not mentioned.
fn matrix(report: &Report, color: bool) -> String {
    // Columns are the articles in scope (all of them unless `--changed-since`).
    let columns: Vec<usize> = (0..report.articles.len())
        .filter(|&a| report.in_scope(a))
        .collect();
    let column_of: std::collections::HashMap<usize, usize> =
        columns.iter().enumerate().map(|(c, &a)| (a, c)).collect();
    let row_of: std::collections::HashMap<&str, usize> = report
        .claims
        .iter()
        .enumerate()
        .map(|(r, c)| (c.id.as_str(), r))
        .collect();
    // One pass over the findings: the worst verdict per cell, ranked
    // contradicts > disagrees > supports.
    let rank = |v: Verdict| match v {
        Verdict::Supports => 1u8,
        Verdict::Disagrees => 2,
        Verdict::Contradicts => 3,
    };
    let mut cells = vec![0u8; report.claims.len() * columns.len()];
    for f in &report.findings {
        if let (Some(&r), Some(&c)) = (row_of.get(&*f.claim), column_of.get(&f.article)) {
            let cell = &mut cells[r * columns.len() + c];
            *cell = (*cell).max(rank(f.verdict));
        }
    }
    let cell_width = columns.len().to_string().len() + 1;
    let id_width = report
        .claims
        .iter()
        .map(|c| c.id.chars().count())
        .max()
        .unwrap_or(0)
        .max(5);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "claims × articles: ✓ supports  ✗ contradicts  ~ disagrees  · not mentioned"
    );
    let _ = write!(out, "{:id_width$}", "");
    for c in 1..=columns.len() {
        let _ = write!(out, "{c:>cell_width$}");
    }
    out.push('\n');
    for (r, claim) in report.claims.iter().enumerate() {
        let _ = write!(out, "{:id_width$}", claim.id);
        for c in 0..columns.len() {
            let (mark, ansi) = match cells[r * columns.len() + c] {
                3 => ("✗", "31"),
                2 => ("~", "33"),
                1 => ("✓", "32"),
                _ => ("·", ""),
            };
            let _ = write!(out, "{:>pad$}", "", pad = cell_width - 1);
            if color && !ansi.is_empty() {
                let _ = write!(out, "\u{1b}[{ansi}m{mark}\u{1b}[0m");
            } else {
                out.push_str(mark);
            }
        }
        out.push('\n');
    }
    for (c, &a) in columns.iter().enumerate() {
        let _ = writeln!(
            out,
            "{:>w$} {}",
            c + 1,
            report.articles[a],
            w = cell_width + 1
        );
    }
    out
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "5 articles, 14 claims: 2 errors, 1 warning, 23 supporting mentions".
pub fn summary_line(report: &Report) -> String {
    let s = &report.summary;
    let mut line = format!(
        "{}, {}: {}, {}, {}",
        plural(s.articles, "article", "articles"),
        plural(s.claims, "claim", "claims"),
        plural(s.errors, "error", "errors"),
        plural(s.warnings, "warning", "warnings"),
        plural(s.supports, "supporting mention", "supporting mentions"),
    );
    if s.suppressed > 0 {
        line.push_str(&format!(", {} suppressed", s.suppressed));
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::sample;

    #[test]
    fn snapshot_without_colour() {
        let r = sample::report();
        let out = render(
            &r,
            &sample::TEXTS,
            Options {
                color: false,
                width: 100,
            },
        );
        insta::assert_snapshot!(out);
    }

    #[test]
    fn no_escape_codes_without_colour_and_some_with() {
        let r = sample::report();
        assert!(!render(
            &r,
            &sample::TEXTS,
            Options {
                color: false,
                width: 80
            }
        )
        .contains('\u{1b}'));
        assert!(render(
            &r,
            &sample::TEXTS,
            Options {
                color: true,
                width: 80
            }
        )
        .contains('\u{1b}'));
    }

    #[test]
    fn one_diagnostic_per_claim_with_problems_and_a_matrix_row_per_claim() {
        let r = sample::report();
        let out = render(&r, &sample::TEXTS, Options::default());
        assert_eq!(
            out.matches("talks-duration: how long the talks lasted")
                .count(),
            1
        );
        assert!(
            !out.contains("venue: where"),
            "a claim without problems gets no diagnostic"
        );
        assert!(
            out.contains("agreeing: news/a.md (2h33m..3h), news/b.txt (2h33m..3h27m)"),
            "{out}"
        );
        let row = out
            .lines()
            .find(|l| l.starts_with("talks-duration "))
            .unwrap();
        assert_eq!(
            row.split_whitespace().skip(1).collect::<Vec<_>>(),
            ["✗", "✓"]
        );
        let row = out.lines().find(|l| l.starts_with("venue ")).unwrap();
        assert_eq!(
            row.split_whitespace().skip(1).collect::<Vec<_>>(),
            ["·", "·"]
        );
        assert!(out.ends_with("2 articles, 2 claims: 1 error, 0 warnings, 2 supporting mentions\n"));
    }

    #[test]
    fn missing_texts_do_not_panic() {
        let r = sample::report();
        let out = render(&r, &[], Options::default());
        assert!(
            out.contains("in news/b.txt: says the talks lasted 12h"),
            "{out}"
        );
    }
}
