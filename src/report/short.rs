//! `--format short`: one line per problem, `path:line:col: severity[claim]: message`,
//! in the concise style of ruff and ripgrep, for grep and editors' quickfix
//! lists. Columns count characters, as in every format. Supports are not
//! listed, nor, under a baseline, known problems; values are written as
//! people write them ([`super::readable`]).

use crate::check::{Finding, Verdict};
use crate::claims::Severity;

use super::readable::{self, Names};
use super::{ClaimInfo, Report};

/// The line for one finding of the article at `path`, ending in a newline;
/// `None` for a support. `kind` is its claim's kind.
pub fn line(finding: &Finding, path: &str, kind: &str, names: &Names) -> Option<String> {
    if finding.verdict == Verdict::Supports {
        return None;
    }
    let severity = match finding.severity {
        Severity::Error => "error",
        _ => "warning",
    };
    let message = readable::message(kind, &finding.message, names);
    // A message is one line; a stray line break would split the entry.
    let message = message.replace(['\n', '\r'], " ");
    Some(format!(
        "{path}:{}:{}: {severity}[{}]: {message}\n",
        finding.line, finding.column, finding.claim
    ))
}

/// The kind of the claim `id`, looked up in `claims`.
pub fn kind_of<'c>(claims: &'c [ClaimInfo], id: &str) -> &'c str {
    claims
        .iter()
        .find(|c| c.id == id)
        .map_or("", |c| c.kind.as_str())
}

/// Every new problem of `report`, one line each, in report order.
pub fn render(report: &Report) -> String {
    let mut out = String::new();
    for (i, f) in report.findings.iter().enumerate() {
        if !report.is_new_problem(i) {
            continue;
        }
        let kind = kind_of(&report.claims, &f.claim);
        if let Some(l) = line(f, report.article_path(f.article), kind, &report.names) {
            out.push_str(&l);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::sample;

    #[test]
    fn one_line_per_problem_and_none_for_supports() {
        let out = render(&sample::report());
        assert_eq!(
            out,
            "news/b.txt:1:1: error[talks-duration]: says the talks lasted 12h; the claim is 3h ± 30m\n"
        );
    }

    #[test]
    fn known_problems_under_a_baseline_are_left_out() {
        let mut r = sample::report();
        let b = crate::baseline::Baseline::from_findings(r.findings_with_paths());
        r.baseline = Some(b.compare(r.findings_with_paths(), |_| true));
        assert_eq!(render(&r), "");
    }
}
