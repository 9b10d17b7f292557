//! `factcheck report`: turn arguments into run settings, run the check
//! ([`crate::run`]) and print the report.
//!
//! `--format json` is written while articles are judged ([`crate::run::stream`]);
//! the other formats collect every finding first ([`crate::run::collect`]), and
//! those that draw snippets (human, SARIF) re-read only the articles findings
//! point into. With `--baseline` the exit code counts new problems only.

use std::io::{IsTerminal, Write};
use std::path::Path;

use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme};

use crate::baseline::{BaselineState, Entry};
use crate::claims::Severity;
use crate::cli::{ColorChoice, FailOn, ReportArgs, ReportFormat};
use crate::report::{github, html, human, json, junit, sarif, short, Report};
use crate::run::{self, Notice, Settings, Stop};

use super::Exit;

/// The run's settings from `report`'s arguments.
pub(crate) fn settings(args: &ReportArgs) -> Settings {
    Settings {
        articles: args.articles.clone(),
        claims: args.claims.clone(),
        changed_since: args.changed_since.clone(),
        baseline: args.baseline.clone(),
    }
}

/// Says a notice of the run on `err`.
pub(crate) fn print_notice(err: &mut dyn Write, notice: Notice) {
    match notice {
        Notice::Walk(e) => print_error(err, &e),
        Notice::Unreadable(e) => print_error(err, &e),
        Notice::Skipped(e) => {
            let _ = writeln!(err, "warning: {e}");
        }
        Notice::Suppression(message) => {
            let _ = writeln!(err, "warning: {message}");
        }
        Notice::Unsupported(note) => {
            let _ = writeln!(
                err,
                "note: skipped {note} (articles are *.txt, *.md, *.markdown, *.html, *.htm)"
            );
        }
    }
}

/// Says on `err` why the run stopped; the exit status is always 2.
pub(crate) fn print_stop(err: &mut dyn Write, stop: Stop) -> Exit {
    match stop {
        Stop::Claims(errors) => super::claims::render_errors(&errors, err),
        Stop::NoClaims(paths) => {
            let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
            let _ = writeln!(
                err,
                "error: no claims files (*.yaml, *.yml) found in {}",
                shown.join(", ")
            );
        }
        Stop::NoArticles(paths) => {
            let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
            let _ = writeln!(
                err,
                "error: no articles found under {} (articles are *.txt, *.md, *.markdown, *.html, *.htm)",
                shown.join(", ")
            );
        }
        Stop::MissingDefaults { articles, claims } => {
            let what = match (articles, claims) {
                (true, true) => {
                    "no articles or claims given, and neither ./seeds nor ./claims exists"
                }
                (true, false) => "no articles given, and ./seeds does not exist",
                _ => "no claims given, and ./claims does not exist",
            };
            let _ = writeln!(
                err,
                "error: {what}: pass them, as in `factcheck report ARTICLES... --claims CLAIMS`, \
                 or name them in a factcheck.toml (`articles = \"...\"`, `claims = \"...\"`)"
            );
        }
        Stop::Spill(e) => {
            let _ = writeln!(
                err,
                "error: cannot keep candidates in a temporary file: {e}\n  \
                 = help: factcheck parks candidates in the system's temporary directory \
                 (TMPDIR); make room there or point TMPDIR elsewhere"
            );
        }
        Stop::ChangedSince { rev, message } => {
            let _ = writeln!(err, "error: --changed-since {rev}: {message}");
        }
        Stop::Baseline(e) => print_error(err, &e),
    }
    Exit::Error
}

/// `Error` for a run that could not read all its input, else `Clean`.
fn input_status(incomplete: bool) -> Exit {
    if incomplete {
        Exit::Error
    } else {
        Exit::Clean
    }
}

/// `--format json`: the document is written while articles are judged.
fn stream_json(args: &ReportArgs, out: &mut dyn Write, err: &mut dyn Write) -> Exit {
    let settings = settings(args);
    let streamed = run::stream(&settings, &mut |n| print_notice(err, n), |s| {
        json::stream(s, out)
    });
    finish_stream(args, err, streamed.map(|(r, o)| (r.map(|_| ()), o)))
}

/// The exit status of a streamed run, once what went wrong is said on `err`.
fn finish_stream(
    args: &ReportArgs,
    err: &mut dyn Write,
    streamed: Result<(Result<(), json::StreamError>, run::Outcome), Stop>,
) -> Exit {
    let (written, outcome) = match streamed {
        Ok(done) => done,
        Err(stop) => return print_stop(err, stop),
    };
    match written {
        Ok(_) => {}
        Err(json::StreamError::Source(e)) => return print_stop(err, Stop::Spill(e)),
        // A closed pipe (`| head`) is the reader's choice, not a failure.
        Err(json::StreamError::Write(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        Err(json::StreamError::Write(e)) => {
            let _ = writeln!(err, "error: cannot write the report: {e}");
            return Exit::Error;
        }
    }
    if let Some(stale) = &outcome.stale {
        stale_note(err, stale);
    }
    input_status(outcome.incomplete).max(fail_status(outcome.worst_new, args.fail_on()))
}

/// `--format short`: a line per new problem, written while articles are judged.
fn stream_short(args: &ReportArgs, out: &mut dyn Write, err: &mut dyn Write) -> Exit {
    let settings = settings(args);
    let streamed = run::stream(&settings, &mut |n| print_notice(err, n), |s| {
        let mut out = std::io::BufWriter::with_capacity(1 << 16, &mut *out);
        loop {
            let batch = match (s.next)() {
                Ok(Some(batch)) => batch,
                Ok(None) => break,
                Err(e) => return Err(json::StreamError::Source(e)),
            };
            for f in &batch {
                if (s.observe)(f) == Some(BaselineState::Unchanged) {
                    continue;
                }
                let path = s.articles.get(f.article).unwrap_or("<unknown>");
                let kind = short::kind_of(s.claims, &f.claim);
                if let Some(line) = short::line(f, path, kind, s.names) {
                    out.write_all(line.as_bytes())
                        .map_err(json::StreamError::Write)?;
                }
            }
        }
        out.flush().map_err(json::StreamError::Write)
    });
    finish_stream(args, err, streamed)
}

/// `--format html`: the page's articles are written while articles are judged.
fn stream_html(args: &ReportArgs, out: &mut dyn Write, err: &mut dyn Write) -> Exit {
    let settings = settings(args);
    let streamed = run::stream(&settings, &mut |n| print_notice(err, n), |s| {
        let mut page = html::Page::new(s.claims, s.sources, s.names, s.articles.len())
            .map_err(json::StreamError::Write)?;
        let mut group: Vec<(crate::check::Finding, Option<BaselineState>)> = Vec::new();
        let flush = |page: &mut html::Page<'_>, group: &mut Vec<_>| {
            let Some(a) = group
                .first()
                .map(|(f, _): &(crate::check::Finding, _)| f.article)
            else {
                return Ok(());
            };
            let text = s.texts.text(a);
            let path = s.articles.get(a).unwrap_or("<unknown>");
            let written = page.article(a, path, text.as_deref(), group);
            group.clear();
            written.map_err(json::StreamError::Write)
        };
        loop {
            let batch = match (s.next)() {
                Ok(Some(batch)) => batch,
                Ok(None) => break,
                Err(e) => return Err(json::StreamError::Source(e)),
            };
            for f in batch {
                let state = (s.observe)(&f);
                if group.first().is_some_and(|(g, _)| g.article != f.article) {
                    flush(&mut page, &mut group)?;
                }
                group.push((f, state));
            }
        }
        flush(&mut page, &mut group)?;
        let in_scope = |a: usize| {
            s.scope
                .map_or(true, |sc| sc.get(a).copied().unwrap_or(false))
        };
        page.finish(
            out,
            s.checked,
            &|a| s.articles.get(a).map(str::to_string),
            &in_scope,
        )
        .map_err(json::StreamError::Write)
    });
    finish_stream(args, err, streamed)
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
    match args.format() {
        ReportFormat::Json => return stream_json(&args, out, err),
        ReportFormat::Short => return stream_short(&args, out, err),
        ReportFormat::Html => return stream_html(&args, out, err),
        _ => {}
    }
    let checked = match run::collect(&settings(&args), &mut |n| print_notice(err, n)) {
        Ok(checked) => checked,
        Err(stop) => return print_stop(err, stop),
    };
    let mut status = input_status(checked.incomplete);
    if let Some(comparison) = &checked.report.baseline {
        stale_note(err, &comparison.stale);
    }

    let report = &checked.report;
    let fail_at = threshold(args.fail_on());
    let written = match args.format() {
        // Not reached from the command line: `stream_json` writes JSON as it is judged.
        ReportFormat::Json => json::write(report, out),
        ReportFormat::Short => out.write_all(short::render(report).as_bytes()),
        // Not reached from the command line: `stream_html` writes the page as it is judged.
        ReportFormat::Html => Ok(()),
        // Written as it is serialised, one result at a time.
        ReportFormat::Sarif => sarif::write(report, &checked.texts(), out),
        ReportFormat::Junit => junit::write(report, fail_at, out),
        ReportFormat::Human => {
            let options = human::Options {
                color: use_color(args.color),
                width: human::terminal_width(),
            };
            let texts = checked.texts();
            // Under a baseline, known problems are left out (a copy of the
            // problems only: supports are a digest).
            let written = if report.baseline.is_some() || report.summary.suppressed > 0 {
                human::write(&without_known(report), &texts, options, out)
            } else {
                human::write(report, &texts, options, out)
            };
            written.and_then(|()| out.write_all(baseline_notes(report).as_bytes()))
        }
        ReportFormat::Github => {
            if let Some(file) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|f| !f.is_empty()) {
                if let Err(e) = append(Path::new(&file), &github::summary(report)) {
                    let _ = writeln!(
                        err,
                        "error: cannot append to GITHUB_STEP_SUMMARY {}: {e}",
                        Path::new(&file).display()
                    );
                    status = Exit::Error;
                }
            }
            out.write_all(github::render(report).as_bytes())
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

/// The report a person reads under a baseline: known problems left out.
/// Suppressed problems (SPEC §6) are left out too; the summary still counts them.
fn without_known(report: &Report) -> Report {
    let mut shown = report.clone();
    let suppressed = report.findings.iter().any(|f| f.suppressed.is_some());
    if report.baseline.is_none() && !suppressed {
        return shown;
    }
    let mut i = 0;
    // Supports are only a digest in the report: take the known problems out
    // of the counts rather than counting again. Suppressed findings were
    // counted as suppressed only, and are left out of what is shown.
    let mut known = crate::report::Summary::default();
    shown.findings.retain(|f| {
        let keep =
            report.baseline_state(i) != Some(BaselineState::Unchanged) && f.suppressed.is_none();
        if !keep && f.suppressed.is_none() {
            known.add(f);
        }
        i += 1;
        keep
    });
    shown.baseline = None;
    shown.summary.errors -= known.errors;
    shown.summary.warnings -= known.warnings;
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
