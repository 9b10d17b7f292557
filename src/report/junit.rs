//! `--format junit`: JUnit XML, the test-report format GitLab, Jenkins and
//! most CI dashboards read.
//!
//! One test case per (claim, article): the claim is the class, the article
//! the test's name, so a dashboard groups by claim and lists where each one
//! broke. A case fails when it holds a problem that fails the run (a new
//! problem at or above `--fail-on`); other problems (warnings under the
//! default threshold, problems already in the baseline) are written to the
//! case's `system-out`, visible but green. The XML is written by hand: it is
//! four elements and one escaping function.

use std::fmt::Write as _;

use super::Report;
use crate::check::Verdict;
use crate::claims::Severity;

/// The JUnit document; problems at or above `fail_at` (and new) are failures.
pub fn render(report: &Report, fail_at: Option<Severity>) -> String {
    let articles: Vec<usize> = (0..report.articles.len())
        .filter(|&a| report.in_scope(a))
        .collect();
    let mut cases = String::new();
    let mut tests = 0;
    let mut failures = 0;
    for claim in &report.claims {
        for &a in &articles {
            tests += 1;
            let mut failing = Vec::new();
            let mut noted = Vec::new();
            for (i, f) in report.findings.iter().enumerate() {
                if f.article != a || *f.claim != *claim.id || f.verdict == Verdict::Supports {
                    continue;
                }
                let fails = report.is_new_problem(i) && fail_at.is_some_and(|t| f.severity >= t);
                let state = report
                    .baseline_state(i)
                    .map(|s| format!(" [baseline: {}]", s.as_str()))
                    .unwrap_or_default();
                let line = format!(
                    "{}:{}:{}: {} {}: “{}”: {}{state}",
                    report.article_path(a),
                    f.line,
                    f.column,
                    f.severity.as_str(),
                    f.verdict.as_str(),
                    f.text,
                    f.message
                );
                if fails {
                    failing.push((f, line));
                } else {
                    noted.push(line);
                }
            }
            let _ = write!(
                cases,
                "    <testcase classname=\"{}\" name=\"{}\"",
                escape(&claim.id),
                escape(report.article_path(a))
            );
            if failing.is_empty() && noted.is_empty() {
                cases.push_str("/>\n");
                continue;
            }
            cases.push_str(">\n");
            if let Some((first, _)) = failing.first() {
                failures += 1;
                let body: Vec<&str> = failing.iter().map(|(_, l)| l.as_str()).collect();
                let _ = writeln!(
                    cases,
                    "      <failure message=\"{}\" type=\"{}\">{}</failure>",
                    escape(&first.message),
                    first.verdict.as_str(),
                    escape(&body.join("\n"))
                );
            }
            if !noted.is_empty() {
                let _ = writeln!(
                    cases,
                    "      <system-out>{}</system-out>",
                    escape(&noted.join("\n"))
                );
            }
            cases.push_str("    </testcase>\n");
        }
    }
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<testsuites name=\"factcheck\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\">"
    );
    let _ = writeln!(
        out,
        "  <testsuite name=\"factcheck\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\" skipped=\"0\">"
    );
    out.push_str(&cases);
    out.push_str("  </testsuite>\n</testsuites>\n");
    out
}

/// Escapes text for XML attributes and content; drops characters XML 1.0 cannot hold.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\t' | '\r' => {
                let _ = write!(out, "&#{};", u32::from(c));
            }
            c if u32::from(c) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::sample;

    #[test]
    fn one_case_per_claim_and_article() {
        let xml = render(&sample::report(), Some(Severity::Error));
        assert_eq!(xml.matches("<testcase ").count(), 4, "{xml}");
        assert!(xml.contains("tests=\"4\" failures=\"1\""), "{xml}");
        assert!(xml.contains(
            "<testcase classname=\"talks-duration\" name=\"news/b.txt\">\n      <failure message=\"says the talks lasted 12h; the claim is 3h ± 30m\" type=\"contradicts\">"
        ), "{xml}");
        assert!(xml.contains("<testcase classname=\"venue\" name=\"news/a.md\"/>"));
    }

    #[test]
    fn below_threshold_or_in_baseline_is_output_not_failure() {
        let xml = render(&sample::report(), None);
        assert!(xml.contains("failures=\"0\""), "{xml}");
        assert!(xml.contains("<system-out>news/b.txt:1:1: error contradicts"));
        let mut r = sample::report();
        let b = crate::baseline::Baseline::from_findings(r.findings_with_paths());
        r.baseline = Some(b.compare(r.findings_with_paths(), |_| true));
        let xml = render(&r, Some(Severity::Warning));
        assert!(xml.contains("failures=\"0\""), "{xml}");
        assert!(xml.contains("[baseline: unchanged]"), "{xml}");
    }

    #[test]
    fn escapes_markup_and_control_characters() {
        assert_eq!(
            escape("a<b & \"c\"\u{1}\n"),
            "a&lt;b &amp; &quot;c&quot;&#10;"
        );
    }
}
