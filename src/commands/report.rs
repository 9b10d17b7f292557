//! `factcheck report`: check articles against claims and print the report.
//!
//! Order matters (SPEC rule 6): article paths are expanded first (a missing
//! one is named and makes the exit code 2, but the run goes on), then every
//! claims file is loaded and validated before any article is read; a broken
//! claims file stops the run with exit 2 and no report.
//!
//! Articles are then checked in two passes, so that memory stays flat however
//! large the corpus:
//!
//! 1. Every article is read, extracted (once per distinct set of extraction
//!    options, however many claims files share it) and attributed, in
//!    parallel, and dropped. Its candidates are shown to each claims file's
//!    [`Tally`], which keeps only what the run as a whole says about each
//!    claim (consensus, rule 4), and parked in a [`Spill`].
//! 2. Articles are taken back in report order (by path), a batch at a time,
//!    and judged in parallel; `--format json` writes each batch's findings as
//!    soon as they are judged. The other formats collect every finding first,
//!    and those that draw snippets (human, SARIF) re-read only the articles
//!    findings point into.
//!
//! Rayon keeps results in order, so the output is the same byte for byte on
//! any number of threads.
//!
//! CI options act on the judged findings: `--changed-since` keeps the
//! findings of changed articles only (after consensus over all of them), and
//! `--baseline` marks each problem new or unchanged; the exit code then
//! counts new problems only.

use std::collections::BTreeSet;
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};

use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme};
use rayon::prelude::*;

use crate::article::Article;
use crate::baseline::{self, Baseline, BaselineState, Entry, Matcher};
use crate::check::{Attributor, Candidate, Finding, Judge, Strings, Tally, Verdict};
use crate::claims::{ClaimsFile, Severity};
use crate::cli::{ColorChoice, FailOn, ReportArgs, ReportFormat};
use crate::extract::{ExtractOptions, Extraction, Extractor};
use crate::report::{self, github, human, json, junit, sarif, Paths, Report};
use crate::spill::{self, Spill};

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

/// Expands the paths, loads the claims, reads and checks the articles, and
/// collects every finding into a report.
///
/// `Err` is the exit status of a run that must stop (a broken claims file);
/// unreadable articles are reported to `err` and make the status 2.
pub(crate) fn check_articles(
    article_args: Vec<PathBuf>,
    claims_args: Vec<PathBuf>,
    err: &mut dyn Write,
) -> Result<Checked, Exit> {
    let inputs = Inputs::load(article_args, claims_args, err)?;
    let (pass, mut parked) = first_pass(&inputs, err)?;
    let mut findings = Vec::new();
    let mut second = SecondPass::new(&pass, &mut parked, None);
    while let Some(mut batch) = second.next().map_err(|e| parked_error(err, &e))? {
        findings.append(&mut batch);
    }
    let articles = pass.articles.iter().map(str::to_string).collect();
    let report = Report::new(&inputs.files, articles, findings);
    Ok(Checked {
        report,
        paths: pass
            .paths
            .iter()
            .map(|&i| inputs.paths[i].clone())
            .collect(),
        stdin_text: pass.stdin_text,
        status: pass.status,
    })
}

/// What a run starts from: the claims files, valid, and the article paths.
struct Inputs {
    files: Vec<ClaimsFile>,
    paths: Vec<PathBuf>,
    /// `Error` when some path could not be expanded (the run goes on).
    status: Exit,
}

impl Inputs {
    /// Expands the article paths and loads the claims files (defaults
    /// `./seeds` and `./claims`); `Err` when a claims file is broken.
    fn load(
        article_args: Vec<PathBuf>,
        claims_args: Vec<PathBuf>,
        err: &mut dyn Write,
    ) -> Result<Self, Exit> {
        let article_args = or_default(article_args, "seeds");
        let claims_args = or_default(claims_args, "claims");
        let mut status = Exit::Clean;
        let (paths, walk_errors) = crate::walk::files(&article_args, crate::document::EXTENSIONS);
        for e in &walk_errors {
            print_error(err, e);
            status = Exit::Error;
        }
        let files = super::claims::load_or_report(&claims_args, Some("claims"), err)?;
        Ok(Inputs {
            files,
            paths,
            status,
        })
    }
}

/// What the first pass over the articles leaves, besides the parked candidates.
struct Pass<'f> {
    /// One judge per claims file.
    judges: Vec<Judge<'f>>,
    /// The display paths of the articles read, in run order.
    articles: Paths,
    /// Where they were read from: indices into [`Inputs::paths`].
    paths: Vec<usize>,
    /// The text read from standard input, if any (it cannot be read twice).
    stdin_text: Option<String>,
    /// `Error` when some input could not be read (the run went on), else `Clean`.
    status: Exit,
}

/// Pass 1 (see the module docs): reads, extracts and attributes every
/// article, tallies its candidates and parks them.
fn first_pass<'f>(
    inputs: &'f Inputs,
    err: &mut dyn Write,
) -> Result<(Pass<'f>, spill::Reader), Exit> {
    let files = &inputs.files;
    let mut tallies: Vec<Tally<'f>> = files.iter().map(Tally::new).collect();
    let mut spill = Spill::new();
    let mut status = inputs.status;
    let mut articles = Paths::default();
    let mut read_paths = Vec::with_capacity(inputs.paths.len());
    let mut stdin_text = None;
    let mut parking = Ok(());
    check_each(files, &inputs.paths, |i, result| {
        match result {
            Ok(article) => {
                if parking.is_err() {
                    return;
                }
                for (tally, candidates) in tallies.iter_mut().zip(&article.candidates) {
                    tally.add(articles.len(), candidates);
                }
                parking = spill.push(&article.candidates);
                articles.push(&article.path);
                read_paths.push(i);
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
    let parked = parking
        .and_then(|()| spill.reader())
        .map_err(|e| parked_error(err, &e))?;
    let pass = Pass {
        judges: tallies.into_iter().map(Tally::finish).collect(),
        articles,
        paths: read_paths,
        stdin_text,
        status,
    };
    Ok((pass, parked))
}

/// Says that the temporary file of parked candidates failed; the run stops.
fn parked_error(err: &mut dyn Write, e: &std::io::Error) -> Exit {
    let _ = writeln!(
        err,
        "error: cannot keep candidates in a temporary file: {e}\n  \
         = help: factcheck parks candidates in the system's temporary directory \
         (TMPDIR); make room there or point TMPDIR elsewhere"
    );
    Exit::Error
}

/// Pass 2 (see the module docs): the findings of every article in scope, in
/// report order (article path, byte offset, claim id), a batch at a time.
struct SecondPass<'p, 'f> {
    pass: &'p Pass<'f>,
    parked: &'p mut spill::Reader,
    /// Article indices in report order: by path, run order among equal paths.
    order: Vec<usize>,
    /// How much of `order` is done.
    done: usize,
    /// With `--changed-since`: which articles' findings are wanted.
    scope: Option<&'p [bool]>,
}

impl<'p, 'f> SecondPass<'p, 'f> {
    fn new(pass: &'p Pass<'f>, parked: &'p mut spill::Reader, scope: Option<&'p [bool]>) -> Self {
        let mut order: Vec<usize> = (0..pass.articles.len()).collect();
        order.sort_by(|&a, &b| pass.articles.get(a).cmp(&pass.articles.get(b)));
        SecondPass {
            pass,
            parked,
            order,
            done: 0,
            scope,
        }
    }

    /// The next batch of findings; `None` when every article is done.
    fn next(&mut self) -> std::io::Result<Option<Vec<Finding>>> {
        let paths = &self.pass.articles;
        while self.done < self.order.len() {
            // A batch never splits articles of one path: their findings interleave.
            let mut end = (self.done + BATCH).min(self.order.len());
            while end < self.order.len()
                && paths.get(self.order[end]) == paths.get(self.order[end - 1])
            {
                end += 1;
            }
            let chunk = &self.order[self.done..end];
            self.done = end;
            let mut records = Vec::with_capacity(chunk.len());
            for &a in chunk {
                if self
                    .scope
                    .map_or(true, |s| s.get(a).copied().unwrap_or(false))
                {
                    records.push((a, self.parked.record(a)?));
                }
            }
            let judges = &self.pass.judges;
            let judged: Vec<std::io::Result<Vec<Finding>>> = records
                .par_iter()
                .map(|(a, record)| {
                    let candidates = spill::decode(record)?;
                    // One article's findings share little; the JSON writer drops them at once.
                    let mut strings = Strings::unshared();
                    let mut out = Vec::new();
                    for (judge, candidates) in judges.iter().zip(&candidates) {
                        out.append(&mut judge.article(&mut strings, *a, candidates));
                    }
                    sort_in_article(&mut out);
                    Ok(out)
                })
                .collect();
            let mut batch = Vec::new();
            let mut group_start = 0;
            for (k, ((a, _), findings)) in records.iter().zip(judged).enumerate() {
                if k > 0 && paths.get(*a) != paths.get(records[k - 1].0) {
                    group_start = batch.len();
                }
                let merged = group_start < batch.len();
                batch.append(&mut findings?);
                if merged {
                    sort_in_article(&mut batch[group_start..]);
                }
            }
            if !batch.is_empty() {
                return Ok(Some(batch));
            }
        }
        Ok(None)
    }
}

/// Sorts one article's findings (or those of articles sharing a path) into
/// report order: byte offset, claim id, end; stable.
fn sort_in_article(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        (a.span.start, &a.claim, a.span.end).cmp(&(b.span.start, &b.claim, b.span.end))
    });
}

/// `--format json`: the document is written while articles are judged.
fn stream_json(args: &ReportArgs, out: &mut dyn Write, err: &mut dyn Write) -> Exit {
    let inputs = match Inputs::load(args.articles.clone(), args.claims.clone(), err) {
        Ok(inputs) => inputs,
        Err(exit) => return exit,
    };
    let (pass, mut parked) = match first_pass(&inputs, err) {
        Ok(done) => done,
        Err(exit) => return exit,
    };
    let read_paths = pass.paths.iter().map(|&i| &inputs.paths[i]);
    let scope = match changed_scope(args.changed_since.as_deref(), read_paths, err) {
        Ok(scope) => scope,
        Err(exit) => return exit,
    };
    let baseline = match read_baseline(args.baseline.as_deref(), err) {
        Ok(baseline) => baseline,
        Err(exit) => return exit,
    };
    let in_scope = |a: usize| {
        scope
            .as_ref()
            .map_or(true, |s| s.get(a).copied().unwrap_or(false))
    };
    let articles = &pass.articles;
    let claims = report::claim_infos(&inputs.files);
    let mut matcher = baseline.as_ref().map(Matcher::new);
    let mut worst_new = Severity::Info;
    let mut second = SecondPass::new(&pass, &mut parked, scope.as_deref());
    let mut failed = false;
    // The next batch is judged while this one is written.
    let judge = move || {
        if failed {
            return None;
        }
        let batch = second.next().transpose();
        failed = matches!(batch, Some(Err(_)));
        batch
    };
    let streamed = ahead(judge, |next| {
        json::stream(
            json::Stream {
                articles,
                claims: &claims,
                checked: (0..articles.len()).filter(|&a| in_scope(a)).count(),
                next: &mut || next().transpose(),
                observe: &mut |f| {
                    let path = articles.get(f.article).unwrap_or("<unknown>");
                    let state = matcher.as_mut().and_then(|m| m.state(f, path));
                    if f.verdict != Verdict::Supports && state != Some(BaselineState::Unchanged) {
                        worst_new = worst_new.max(f.severity);
                    }
                    state
                },
            },
            out,
        )
    });
    match streamed {
        Ok(_) => {}
        Err(json::StreamError::Source(e)) => return parked_error(err, &e),
        // A closed pipe (`| head`) is the reader's choice, not a failure.
        Err(json::StreamError::Write(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        Err(json::StreamError::Write(e)) => {
            let _ = writeln!(err, "error: cannot write the report: {e}");
            return Exit::Error;
        }
    }
    if let Some(matcher) = matcher {
        let checked: BTreeSet<String> = (0..articles.len())
            .filter(|&a| in_scope(a))
            .filter_map(|a| articles.get(a).map(baseline::normalise_path))
            .collect();
        stale_note(err, &matcher.stale(|p| checked.contains(p)));
    }
    pass.status.max(fail_status(worst_new, args.fail_on()))
}

/// Runs `produce` on a thread of its own, a step ahead of `consume`, which
/// pulls its results in order on this thread: the serial work of one batch
/// (tallying, writing) overlaps the parallel work of the next. At most one
/// result waits between them.
fn ahead<T: Send, R>(
    mut produce: impl FnMut() -> Option<T> + Send,
    consume: impl FnOnce(&mut dyn FnMut() -> Option<T>) -> R,
) -> R {
    std::thread::scope(|s| {
        let (tx, rx) = std::sync::mpsc::sync_channel(1);
        s.spawn(move || {
            while let Some(item) = produce() {
                // The consumer stopped early (a closed pipe): stop too.
                if tx.send(item).is_err() {
                    break;
                }
            }
        });
        consume(&mut || rx.recv().ok())
    })
}

/// With `--changed-since`: one flag per article, changed or not. `Err` once
/// git's complaint is said on `err`.
fn changed_scope<'a>(
    rev: Option<&str>,
    paths: impl IntoIterator<Item = &'a PathBuf>,
    err: &mut dyn Write,
) -> Result<Option<Vec<bool>>, Exit> {
    let Some(rev) = rev else {
        return Ok(None);
    };
    match changed::since(rev, paths) {
        Ok(scope) => Ok(Some(scope)),
        Err(message) => {
            let _ = writeln!(err, "error: --changed-since {rev}: {message}");
            Err(Exit::Error)
        }
    }
}

/// With `--baseline`: the baseline file. `Err` once what is wrong with it is said on `err`.
fn read_baseline(path: Option<&Path>, err: &mut dyn Write) -> Result<Option<Baseline>, Exit> {
    let Some(path) = path else {
        return Ok(None);
    };
    Baseline::read(path).map(Some).map_err(|e| {
        print_error(err, &e);
        Exit::Error
    })
}

/// Says on `err` which baseline entries no longer match anything.
fn stale_note(err: &mut dyn Write, stale: &[Entry]) {
    if stale.is_empty() {
        return;
    }
    let _ = writeln!(
        err,
        "note: baseline: {} anything (fixed or rewritten); `factcheck baseline write` drops {}",
        match stale.len() {
            1 => "1 entry no longer matches".to_string(),
            n => format!("{n} entries no longer match"),
        },
        if stale.len() == 1 { "it" } else { "them" }
    );
}

/// Runs `factcheck report`.
pub fn run(args: ReportArgs, out: &mut dyn Write, err: &mut dyn Write) -> Exit {
    if args.format() == ReportFormat::Json {
        return stream_json(&args, out, err);
    }
    let mut checked = match check_articles(args.articles.clone(), args.claims.clone(), err) {
        Ok(checked) => checked,
        Err(exit) => return exit,
    };
    let mut status = checked.status;
    match changed_scope(args.changed_since.as_deref(), &checked.paths, err) {
        Ok(Some(scope)) => narrow(&mut checked.report, scope),
        Ok(None) => {}
        Err(exit) => return exit,
    }
    let baseline = match read_baseline(args.baseline.as_deref(), err) {
        Ok(baseline) => baseline,
        Err(exit) => return exit,
    };
    if let Some(baseline) = baseline {
        let report = &checked.report;
        let in_scope: BTreeSet<String> = (0..report.articles.len())
            .filter(|&a| report.in_scope(a))
            .map(|a| baseline::normalise_path(report.article_path(a)))
            .collect();
        let comparison = baseline.compare(report, |p| in_scope.contains(p));
        stale_note(err, &comparison.stale);
        checked.report.baseline = Some(comparison);
    }

    let report = &checked.report;
    let fail_at = threshold(args.fail_on());
    let written = match args.format() {
        // Not reached from the command line: `stream_json` writes JSON as it is judged.
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
    status.max(fail_status(report.worst_new(), args.fail_on()))
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
    report.summary = report.summary.counting(&report.findings);
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
    pub(super) fn since<'a>(
        rev: &str,
        articles: impl IntoIterator<Item = &'a PathBuf>,
    ) -> Result<Vec<bool>, String> {
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
            .into_iter()
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
/// candidates, and hands each result to `each` with its index in `paths`, in path order.
fn check_each(
    files: &[ClaimsFile],
    paths: &[PathBuf],
    mut each: impl FnMut(usize, Result<ArticleResult, crate::article::ArticleError>),
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
        // Markdown and HTML are read through their blanked copy (crate::document).
        let text = article.prose_text();
        let extractions: Vec<Extraction> = extractors.iter().map(|e| e.extract(text)).collect();
        let candidates = attributors
            .iter()
            .zip(&uses)
            .map(|(a, &u)| {
                let mut candidates = a.attribute(&extractions[u], text);
                crate::document::restore(&mut candidates, &article);
                candidates
            })
            .collect();
        Ok(ArticleResult {
            path: article.display_path(),
            candidates,
            stdin_text: (path.as_os_str() == "-").then(|| article.text.clone()),
        })
    };
    let mut batches = paths.chunks(BATCH).enumerate();
    let check = &check;
    // The next batch is checked while this one is handed on.
    let produce = move || {
        let (b, batch) = batches.next()?;
        Some((b, batch.par_iter().map(check).collect::<Vec<_>>()))
    };
    ahead(produce, |next| {
        while let Some((b, results)) = next() {
            for (i, result) in results.into_iter().enumerate() {
                each(b * BATCH + i, result);
            }
        }
    });
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

pub(crate) fn print_error(err: &mut dyn Write, diagnostic: &dyn Diagnostic) {
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
