//! `--format github`: GitHub Actions workflow commands, one annotation per
//! problem, plus a Markdown job summary.
//!
//! GitHub shows at most 10 annotations of a kind per step, so the order is
//! the point: errors first, then warnings, each in report order (path, then
//! offset). Supports are not annotated. With a baseline, only new problems
//! are annotated: those are the ones the pull request introduced.
//!
//! The summary (for `$GITHUB_STEP_SUMMARY`) has what annotations cannot: the
//! full claims × articles matrix and every problem, baseline state included.
//! This module only builds the text; the command appends it to the file.

use std::fmt::Write as _;

use super::Report;
use crate::check::Verdict;
use crate::claims::Severity;

/// GitHub's limit of annotations of one kind per step.
const SHOWN: usize = 10;

/// The workflow commands, one per line.
pub fn render(report: &Report) -> String {
    let mut order: Vec<usize> = (0..report.findings.len())
        .filter(|&i| report.is_new_problem(i))
        .collect();
    // Stable: report order within a severity.
    order.sort_by_key(|&i| std::cmp::Reverse(report.findings[i].severity));
    let mut out = String::new();
    for &i in &order {
        let f = &report.findings[i];
        let command = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let (end_line, end_column) = Report::end_position(f);
        let title = match report.claim(&f.claim) {
            Some(c) => format!("{}: {}", f.claim, c.about),
            None => f.claim.to_string(),
        };
        let mut props = format!(
            "file={},line={},col={}",
            property(&crate::baseline::normalise_path(
                report.article_path(f.article)
            )),
            f.line,
            f.column
        );
        if end_line == f.line {
            let _ = write!(props, ",endColumn={end_column}");
        } else {
            let _ = write!(props, ",endLine={end_line}");
        }
        let _ = write!(props, ",title={}", property(&title));
        // Quote passages carry their own quotation marks.
        let message = if f.text.starts_with(['"', '“', '‘', '\'', '«', '„']) {
            format!("{}: {}", f.text, f.message)
        } else {
            format!("“{}”: {}", f.text, f.message)
        };
        let _ = writeln!(out, "::{command} {props}::{}", data(&message));
    }
    let errors = order
        .iter()
        .filter(|&&i| report.findings[i].severity == Severity::Error)
        .count();
    let warnings = order.len() - errors;
    if errors > SHOWN || warnings > SHOWN {
        let _ = writeln!(
            out,
            "::notice title=factcheck::{}",
            data(&format!(
                "{errors} errors and {warnings} warnings; GitHub shows {SHOWN} of each per step, see the job summary for all"
            ))
        );
    }
    out
}

/// The Markdown job summary: counts, the matrix and every problem.
pub fn summary(report: &Report) -> String {
    let mut out = String::from("## factcheck\n\n");
    let s = report.summary;
    let new = (0..report.findings.len())
        .filter(|&i| report.is_new_problem(i))
        .count();
    let _ = write!(
        out,
        "{} articles, {} claims: **{} errors**, {} warnings, {} supports",
        s.articles, s.claims, s.errors, s.warnings, s.supports
    );
    if report.baseline.is_some() {
        let _ = write!(out, "; {new} new since the baseline");
    }
    out.push_str("\n\n");

    let articles: Vec<usize> = (0..report.articles.len())
        .filter(|&a| report.in_scope(a))
        .collect();
    out.push_str("| claim |");
    for &a in &articles {
        let _ = write!(out, " {} |", cell(report.article_path(a)));
    }
    out.push_str("\n|---|");
    for _ in &articles {
        out.push_str(":-:|");
    }
    out.push('\n');
    for claim in &report.claims {
        let _ = write!(out, "| `{}` |", claim.id);
        for &a in &articles {
            let _ = write!(out, " {} |", report.cell(&claim.id, a));
        }
        out.push('\n');
    }
    out.push_str("\n✓ supports · ✗ contradicts · ~ disagrees · · not mentioned\n\n");

    let problems: Vec<usize> = (0..report.findings.len())
        .filter(|&i| report.findings[i].verdict != Verdict::Supports)
        .collect();
    if problems.is_empty() {
        out.push_str("No problems found.\n");
    } else {
        out.push_str("| severity | claim | where | text | message |");
        let with_baseline = report.baseline.is_some();
        if with_baseline {
            out.push_str(" baseline |");
        }
        out.push_str("\n|---|---|---|---|---|");
        if with_baseline {
            out.push_str("---|");
        }
        out.push('\n');
        for i in problems {
            let f = &report.findings[i];
            let _ = write!(
                out,
                "| {} | `{}` | {}:{}:{} | {} | {} |",
                f.severity.as_str(),
                f.claim,
                cell(report.article_path(f.article)),
                f.line,
                f.column,
                cell(&f.text),
                cell(&f.message)
            );
            if let Some(state) = report.baseline_state(i) {
                let _ = write!(out, " {} |", state.as_str());
            }
            out.push('\n');
        }
    }
    if let Some(b) = report.baseline.as_ref().filter(|b| !b.stale.is_empty()) {
        let _ = writeln!(
            out,
            "\n{} baseline entries no longer match anything:\n",
            b.stale.len()
        );
        for e in &b.stale {
            let _ = writeln!(
                out,
                "- `{}` in {}: {}",
                e.claim,
                cell(&e.article),
                cell(&e.text)
            );
        }
    }
    out
}

/// Escapes a workflow command's message.
fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a workflow command's property value: also `:` and `,`.
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

/// Text safe inside a Markdown table cell.
fn cell(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace(['\r', '\n'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::sample;

    #[test]
    fn escaping_follows_the_workflow_command_rules() {
        assert_eq!(data("50%\r\nok: a,b"), "50%25%0D%0Aok: a,b");
        assert_eq!(property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
        assert_eq!(cell("a|b\nc"), "a\\|b c");
    }

    #[test]
    fn one_annotation_per_problem_with_escaped_title() {
        let out = render(&sample::report());
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 1, "{out}");
        assert!(
            lines[0].starts_with(
                "::error file=news/b.txt,line=1,col=1,endColumn=8,title=talks-duration%3A how long the talks lasted::"
            ),
            "{out}"
        );
        assert!(lines[0].contains("12-hour"));
    }

    #[test]
    fn errors_come_before_warnings_whatever_the_file_order() {
        let mut r = sample::report();
        // A warning in the first file, the error in the second.
        let w = r.findings.iter_mut().find(|f| f.article == 1).unwrap();
        w.verdict = Verdict::Disagrees;
        w.severity = Severity::Warning;
        let out = render(&r);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 2, "{out}");
        assert!(lines[0].starts_with("::error file=news/b.txt"));
        assert!(lines[1].starts_with("::warning file=news/a.md"));
    }

    #[test]
    fn beyond_ten_a_notice_points_at_the_summary() {
        let mut r = sample::report();
        let e = r
            .findings
            .iter()
            .find(|f| f.severity == Severity::Error)
            .cloned()
            .unwrap();
        r.findings.extend(std::iter::repeat(e).take(11));
        let out = render(&r);
        assert_eq!(out.lines().filter(|l| l.starts_with("::error")).count(), 12);
        assert!(out.lines().last().unwrap().starts_with("::notice"));
    }

    #[test]
    fn baseline_hides_known_problems_from_annotations_not_from_summary() {
        let mut r = sample::report();
        let b = crate::baseline::Baseline::from_findings(r.findings_with_paths());
        r.baseline = Some(b.compare(r.findings_with_paths(), |_| true));
        assert_eq!(render(&r), "");
        let md = summary(&r);
        assert!(md.contains("| unchanged |"), "{md}");
        assert!(md.contains("0 new since the baseline"), "{md}");
    }

    #[test]
    fn summary_has_the_matrix_and_every_problem() {
        let md = summary(&sample::report());
        assert!(md.contains("| claim | news/b.txt | news/a.md |"), "{md}");
        assert!(md.contains("| `talks-duration` | ✗ | ✓ |"), "{md}");
        assert!(md.contains("| `venue` | · | · |"), "{md}");
        assert!(md.contains("| error | `talks-duration` | news/b.txt:1:1 | 12-hour |"));
    }
}
