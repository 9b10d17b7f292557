//! `factcheck report`: check articles against claims and print the report.
//!
//! Order matters (SPEC rule 6): article paths are expanded first (a missing
//! one is named and makes the exit code 2, but the run goes on), then every
//! claims file is loaded and validated before any article is read; a broken
//! claims file stops the run with exit 2 and no report.
//!
//! Articles stream through in parallel, each read, extracted (once per
//! distinct set of extraction options, however many claims files share it)
//! and attributed, then dropped: only its candidates are kept for judging, so
//! memory grows with mentions, not with the corpus. Rayon keeps the articles
//! in path order, so the output is the same byte for byte on any number of
//! threads. Formats that draw snippets (human, SARIF) re-read only the
//! articles findings point into; the JSON document is written as it is
//! serialised.
//!
//! CI options act on the finished report: `--changed-since` keeps the
//! findings of changed articles only (after consensus over all of them), and
//! `--baseline` marks each problem new or unchanged; the exit code then
//! counts new problems only.

use std::collections::BTreeSet;
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};

use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme};
use rayon::prelude::*;

use crate::article::Article;
use crate::baseline::{self, Baseline, BaselineState};
use crate::check::{self, Attributor, ByClaim, Candidate, Finding, Verdict};
use crate::claims::{ClaimsFile, Severity};
use crate::cli::{ColorChoice, FailOn, ReportArgs, ReportFormat};
use crate::extract::{ExtractOptions, Extraction, Extractor};
use crate::report::{github, human, json, junit, sarif, Report};

use super::Exit;

/// A checked run: the report, where its articles came from and the exit status its input earned.
pub(crate) struct Checked {
    /// The report, findings of every article.
    pub report: Report,
    /// The paths of the articles read, in report order.
    pub paths: Vec<PathBuf>,
    /// The text read from standard input, if any (it cannot be read twice).
    pub stdin_text: Option<String>,
    /// `Error` when some input could not be read (the run went on), else `Clean`.
    pub status: Exit,
}

impl Checked {
    /// The texts snippets are drawn from: those of articles some finding points
    /// into, read again; every other entry is empty.
    pub fn snippet_texts(&self) -> Vec<String> {
        let shown: BTreeSet<usize> = self
            .report
            .findings
            .iter()
            .flat_map(|f| std::iter::once(f.article).chain(f.related.iter().map(|r| r.article)))
            .collect();
        let mut texts = vec![String::new(); self.report.articles.len()];
        for i in shown {
            let Some(path) = self.paths.get(i) else {
                continue;
            };
            let text = if path.as_os_str() == "-" {
                self.stdin_text.clone()
            } else {
                Article::read(path).ok().map(|a| a.text)
            };
            if let (Some(slot), Some(text)) = (texts.get_mut(i), text) {
                *slot = text;
            }
        }
        texts
    }
}

/// Expands the paths, loads the claims, reads and checks the articles.
///
/// `Err` is the exit status of a run that must stop (a broken claims file);
/// unreadable articles are reported to `err` and make the status 2.
pub(crate) fn check_articles(
    article_args: Vec<PathBuf>,
    claims_args: Vec<PathBuf>,
    err: &mut dyn Write,
) -> Result<Checked, Exit> {
    let article_args = or_default(article_args, "seeds");
    let claims_args = or_default(claims_args, "claims");

    let mut status = Exit::Clean;
    let (paths, walk_errors) = crate::walk::files(&article_args, &["txt", "md"]);
    for e in &walk_errors {
        print_error(err, e);
        status = Exit::Error;
    }
    let files = super::claims::load_or_report(&claims_args, Some("claims"), err)?;

    let mut articles = Vec::with_capacity(paths.len());
    let mut by_file: Vec<ByClaim> = files.iter().map(ByClaim::new).collect();
    let mut read_paths = Vec::with_capacity(paths.len());
    let mut stdin_text = None;
    check_each(&files, &paths, |path, result| {
        match result {
            Ok(article) => {
                for (all, candidates) in by_file.iter_mut().zip(article.candidates) {
                    all.add(articles.len(), candidates);
                }
                articles.push(article.path);
                read_paths.push(path.clone());
                if stdin_text.is_none() {
                    stdin_text = article.stdin_text;
                }
            }
            // A binary file is skipped with a warning (README "Hostile input"), not an error.
            Err(e) if e.is_skipped() => {
                let _ = writeln!(err, "warning: {e}");
            }
            Err(e) => {
                print_error(err, &e);
                status = Exit::Error;
            }
        }
    });
    // Each file's candidates are consumed as they are judged; with one
    // claims file its findings are the report's, not copied.
    let mut findings: Vec<Finding> = Vec::new();
    for (f, candidates) in files.iter().zip(by_file) {
        let mut judged = check::judge_by_claim(f, candidates);
        if findings.is_empty() {
            findings = judged;
        } else {
            findings.append(&mut judged);
        }
    }
    let report = Report::new(&files, articles, findings);
    Ok(Checked {
        report,
        paths: read_paths,
        stdin_text,
        status,
    })
}

/// Runs `factcheck report`.
pub fn run(args: ReportArgs, out: &mut dyn Write, err: &mut dyn Write) -> Exit {
    let mut checked = match check_articles(args.articles, args.claims, err) {
        Ok(checked) => checked,
        Err(exit) => return exit,
    };
    let mut status = checked.status;
    if let Some(rev) = &args.changed_since {
        match changed::since(rev, &checked.paths) {
            Ok(scope) => narrow(&mut checked.report, scope),
            Err(message) => {
                let _ = writeln!(err, "error: --changed-since {rev}: {message}");
                return Exit::Error;
            }
        }
    }
    if let Some(path) = &args.baseline {
        let baseline = match Baseline::read(path) {
            Ok(b) => b,
            Err(e) => {
                print_error(err, &e);
                return Exit::Error;
            }
        };
        let report = &checked.report;
        let in_scope: BTreeSet<String> = (0..report.articles.len())
            .filter(|&a| report.in_scope(a))
            .map(|a| baseline::normalise_path(report.article_path(a)))
            .collect();
        let comparison = baseline.compare(report, |p| in_scope.contains(p));
        if !comparison.stale.is_empty() {
            let _ = writeln!(
                err,
                "note: baseline: {} anything (fixed or rewritten); `factcheck baseline write` drops {}",
                match comparison.stale.len() {
                    1 => "1 entry no longer matches".to_string(),
                    n => format!("{n} entries no longer match"),
                },
                if comparison.stale.len() == 1 { "it" } else { "them" }
            );
        }
        checked.report.baseline = Some(comparison);
    }

    let report = &checked.report;
    let fail_at = threshold(args.fail_on);
    let written = match args.format {
        // Streamed: a large run's findings are never rendered into one string.
        ReportFormat::Json => json::write(report, out),
        format => {
            let rendered = match format {
                ReportFormat::Sarif => {
                    let texts = checked.snippet_texts();
                    let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
                    sarif::render(report, &texts)
                }
                ReportFormat::Junit => junit::render(report, fail_at),
                ReportFormat::Github => {
                    if let Some(file) =
                        std::env::var_os("GITHUB_STEP_SUMMARY").filter(|f| !f.is_empty())
                    {
                        if let Err(e) = append(Path::new(&file), &github::summary(report)) {
                            let _ = writeln!(
                                err,
                                "error: cannot append to GITHUB_STEP_SUMMARY {}: {e}",
                                Path::new(&file).display()
                            );
                            status = Exit::Error;
                        }
                    }
                    github::render(report)
                }
                _ => {
                    let options = human::Options {
                        color: use_color(args.color),
                        width: 100,
                    };
                    let texts = checked.snippet_texts();
                    let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
                    let mut text = human::render(&without_known(report), &texts, options);
                    text.push_str(&baseline_notes(report));
                    text
                }
            };
            out.write_all(rendered.as_bytes())
        }
    }
    .and_then(|()| out.flush());
    if let Err(e) = written {
        // A closed pipe (`| head`) is the reader's choice, not a failure.
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            let _ = writeln!(err, "error: cannot write the report: {e}");
            return Exit::Error;
        }
    }
    status.max(fail_status(report.worst_new(), args.fail_on))
}

/// The severity `--fail-on` fails at, if any.
fn threshold(fail_on: FailOn) -> Option<Severity> {
    match fail_on {
        FailOn::Error => Some(Severity::Error),
        FailOn::Warning => Some(Severity::Warning),
        FailOn::Never => None,
    }
}

/// Keeps only findings of articles in `scope`; the others fed consensus only.
fn narrow(report: &mut Report, scope: Vec<bool>) {
    let keep = |a: usize| scope.get(a).copied().unwrap_or(false);
    report.findings.retain(|f| keep(f.article));
    recount(report);
    report.summary.articles = scope.iter().filter(|&&s| s).count();
    report.scope = Some(scope);
}

/// Recomputes the summary's finding counts after findings were dropped.
fn recount(report: &mut Report) {
    let count = |s: Severity| report.findings.iter().filter(|f| f.severity == s).count();
    report.summary.errors = count(Severity::Error);
    report.summary.warnings = count(Severity::Warning);
    report.summary.supports = report
        .findings
        .iter()
        .filter(|f| f.verdict == Verdict::Supports)
        .count();
}

/// The report a person reads under a baseline: known problems left out.
fn without_known(report: &Report) -> Report {
    let mut shown = report.clone();
    if report.baseline.is_none() {
        return shown;
    }
    let mut i = 0;
    shown.findings.retain(|_| {
        let keep = report.baseline_state(i) != Some(BaselineState::Unchanged);
        i += 1;
        keep
    });
    shown.baseline = None;
    recount(&mut shown);
    shown
}

/// The human format's lines about the baseline: known problems hidden, stale entries.
fn baseline_notes(report: &Report) -> String {
    let Some(b) = &report.baseline else {
        return String::new();
    };
    let known = b
        .states
        .iter()
        .filter(|s| **s == Some(BaselineState::Unchanged))
        .count();
    let mut out = format!("baseline: {known} known problem(s) not shown");
    if b.stale.is_empty() {
        out.push('\n');
        return out;
    }
    out.push_str(&format!(
        "; {} stale entry(ies) no longer match anything:\n",
        b.stale.len()
    ));
    for e in &b.stale {
        out.push_str(&format!(
            "  {} in {}: {} “{}”\n",
            e.claim, e.article, e.verdict, e.text
        ));
    }
    out
}

/// Appends `text` to the file at `path`, creating it if needed.
fn append(path: &Path, text: &str) -> std::io::Result<()> {
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)?;
    file.write_all(text.as_bytes())
}

mod changed {
    //! `--changed-since REV`: which articles git reports as changed.
    //!
    //! Changed means differing from REV in the working tree (staged or not),
    //! or untracked and not ignored: a new article in a pull request counts.
    //! Paths are compared canonically, so `./seeds/a.txt` and a git path
    //! relative to the current directory agree.

    use std::collections::BTreeSet;
    use std::process::Command;

    use std::path::PathBuf;

    /// One flag per article path: changed since `rev`. `Err` is git's own message.
    pub(super) fn since(rev: &str, articles: &[PathBuf]) -> Result<Vec<bool>, String> {
        let mut changed = BTreeSet::new();
        let diff = git(&["diff", "--name-only", "--relative", "-z", rev, "--"])?;
        let untracked = git(&["ls-files", "--others", "--exclude-standard", "-z"])?;
        let cwd = std::env::current_dir().map_err(|e| e.to_string())?;
        for name in diff.split('\0').chain(untracked.split('\0')) {
            if name.is_empty() {
                continue;
            }
            // A deleted file has no canonical path and no article to check.
            if let Ok(path) = cwd.join(name).canonicalize() {
                changed.insert(path);
            }
        }
        Ok(articles
            .iter()
            .map(|a| a.as_os_str() == "-" || a.canonicalize().is_ok_and(|p| changed.contains(&p)))
            .collect())
    }

    fn git(args: &[&str]) -> Result<String, String> {
        let output = Command::new("git")
            .args(args)
            .output()
            .map_err(|e| format!("cannot run git: {e}"))?;
        if !output.status.success() {
            let message = String::from_utf8_lossy(&output.stderr).trim().to_string();
            return Err(if message.is_empty() {
                format!("git {} failed ({})", args.join(" "), output.status)
            } else {
                message
            });
        }
        Ok(String::from_utf8_lossy(&output.stdout).into_owned())
    }
}

/// The exit status the worst finding earns under `--fail-on`.
pub fn fail_status(worst: Severity, fail_on: FailOn) -> Exit {
    let threshold = match fail_on {
        FailOn::Error => Severity::Error,
        FailOn::Warning => Severity::Warning,
        FailOn::Never => return Exit::Clean,
    };
    if worst >= threshold {
        Exit::Findings
    } else {
        Exit::Clean
    }
}

/// What is kept of one article once it has been checked.
struct ArticleResult {
    /// Its display path.
    path: String,
    /// Its candidates, one list per claims file.
    candidates: Vec<Vec<Candidate>>,
    /// Its text, when it came from standard input (which cannot be read twice).
    stdin_text: Option<String>,
}

/// How many articles are checked in parallel before their candidates are
/// handed on. Candidates made on a worker thread live in that thread's
/// allocator arena; handed on and freed batch by batch, the next batch reuses
/// that memory, where collecting the whole run first would keep a second copy
/// of every candidate there.
const BATCH: usize = 256;

/// Reads, extracts and attributes every article in parallel, keeping only
/// candidates, and hands each result to `each` in path order.
fn check_each(
    files: &[ClaimsFile],
    paths: &[PathBuf],
    mut each: impl FnMut(&PathBuf, Result<ArticleResult, crate::article::ArticleError>),
) {
    // Claims files that tell the extractor the same things share one extraction.
    let mut distinct: Vec<ExtractOptions> = Vec::new();
    let mut uses: Vec<usize> = Vec::with_capacity(files.len());
    for file in files {
        let options = ExtractOptions::from_claims(file);
        let at = match distinct.iter().position(|o| *o == options) {
            Some(at) => at,
            None => {
                distinct.push(options);
                distinct.len() - 1
            }
        };
        uses.push(at);
    }
    let extractors: Vec<Extractor<'_>> = distinct.iter().map(Extractor::new).collect();
    let attributors: Vec<Attributor<'_>> = files.iter().map(Attributor::new).collect();
    let check = |path: &PathBuf| {
        let article = read_article(path)?;
        let text = article.text.as_str();
        let extractions: Vec<Extraction> = extractors.iter().map(|e| e.extract(text)).collect();
        let candidates = attributors
            .iter()
            .zip(&uses)
            .map(|(a, &u)| a.attribute(&extractions[u], text))
            .collect();
        Ok(ArticleResult {
            path: article.display_path(),
            candidates,
            stdin_text: (path.as_os_str() == "-").then(|| article.text.clone()),
        })
    };
    for batch in paths.chunks(BATCH) {
        let results: Vec<_> = batch.par_iter().map(check).collect();
        for (path, result) in batch.iter().zip(results) {
            each(path, result);
        }
    }
}

fn or_default(paths: Vec<PathBuf>, default: &str) -> Vec<PathBuf> {
    if paths.is_empty() {
        vec![PathBuf::from(default)]
    } else {
        paths
    }
}

fn read_article(path: &Path) -> Result<Article, crate::article::ArticleError> {
    if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes).map_err(|source| {
            crate::article::ArticleError::Io {
                path: path.to_path_buf(),
                source,
            }
        })?;
        return Article::from_bytes(path, bytes);
    }
    Article::read(path)
}

fn use_color(choice: ColorChoice) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").map_or(true, |v| v.is_empty())
        }
    }
}

fn print_error(err: &mut dyn Write, diagnostic: &dyn Diagnostic) {
    let handler =
        GraphicalReportHandler::new_themed(GraphicalTheme::unicode_nocolor()).with_width(100);
    let mut s = String::new();
    if handler.render_report(&mut s, diagnostic).is_err() {
        s = format!("error: {diagnostic}\n");
    }
    let _ = err.write_all(s.as_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fail_on_thresholds() {
        assert_eq!(fail_status(Severity::Error, FailOn::Error), Exit::Findings);
        assert_eq!(fail_status(Severity::Warning, FailOn::Error), Exit::Clean);
        assert_eq!(
            fail_status(Severity::Warning, FailOn::Warning),
            Exit::Findings
        );
        assert_eq!(fail_status(Severity::Info, FailOn::Warning), Exit::Clean);
        assert_eq!(fail_status(Severity::Error, FailOn::Never), Exit::Clean);
    }
}
