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
//! threads. The human format re-reads only the articles it draws snippets
//! from; the JSON document is written as it is serialised.

use std::collections::BTreeSet;
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};

use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme};
use rayon::prelude::*;

use crate::article::Article;
use crate::check::{self, Attributor, Candidate, Finding};
use crate::claims::{ClaimsFile, Severity};
use crate::cli::{ColorChoice, FailOn, ReportArgs, ReportFormat};
use crate::extract::{ExtractOptions, Extraction};
use crate::report::{human, json, Report};

use super::Exit;

/// Runs `factcheck report`.
pub fn run(args: ReportArgs, out: &mut dyn Write, err: &mut dyn Write) -> Exit {
    if !matches!(args.format, ReportFormat::Human | ReportFormat::Json) {
        let _ = writeln!(
            err,
            "error: `--format {:?}` is not implemented yet",
            args.format
        );
        return Exit::Error;
    }
    if args.baseline.is_some() || args.changed_since.is_some() {
        let _ = writeln!(
            err,
            "error: `--baseline` and `--changed-since` are not implemented yet"
        );
        return Exit::Error;
    }
    let article_args = or_default(args.articles, "seeds");
    let claims_args = or_default(args.claims, "claims");

    let mut status = Exit::Clean;
    let (paths, walk_errors) = crate::walk::files(&article_args, &["txt", "md"]);
    for e in &walk_errors {
        print_error(err, e);
        status = Exit::Error;
    }
    let files = match super::claims::load_or_report(&claims_args, Some("claims"), err) {
        Ok(files) => files,
        Err(exit) => return exit,
    };

    let checked = check_articles(&files, &paths);
    let mut articles = Vec::with_capacity(checked.len());
    let mut by_file: Vec<Vec<Vec<Candidate>>> =
        vec![Vec::with_capacity(checked.len()); files.len()];
    let mut read_paths = Vec::with_capacity(checked.len());
    let mut stdin_text = None;
    for (path, result) in paths.iter().zip(checked) {
        match result {
            Ok(article) => {
                articles.push(article.path);
                read_paths.push(path.clone());
                for (all, candidates) in by_file.iter_mut().zip(article.candidates) {
                    all.push(candidates);
                }
                stdin_text = stdin_text.or(article.stdin_text);
            }
            Err(e) => {
                print_error(err, &e);
                status = Exit::Error;
            }
        }
    }
    let findings: Vec<Finding> = files
        .iter()
        .zip(&by_file)
        .flat_map(|(f, candidates)| check::judge(f, candidates))
        .collect();
    drop(by_file);
    let report = Report::new(&files, articles, findings);

    let written = match args.format {
        ReportFormat::Json => json::write(&report, out),
        _ => {
            let options = human::Options {
                color: use_color(args.color),
                width: 100,
            };
            let texts = snippet_texts(&report, &read_paths, stdin_text);
            let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
            let rendered = human::render(&report, &texts, options);
            out.write_all(rendered.as_bytes())
                .and_then(|()| out.flush())
        }
    };
    if let Err(e) = written {
        // A closed pipe (`| head`) is the reader's choice, not a failure.
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            let _ = writeln!(err, "error: cannot write the report: {e}");
            return Exit::Error;
        }
    }
    status.max(fail_status(report.worst(), args.fail_on))
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
struct Checked {
    /// Its display path.
    path: String,
    /// Its candidates, one list per claims file.
    candidates: Vec<Vec<Candidate>>,
    /// Its text, when it came from standard input (which cannot be read twice).
    stdin_text: Option<String>,
}

/// Reads, extracts and attributes every article in parallel, in path order,
/// keeping only candidates.
fn check_articles(
    files: &[ClaimsFile],
    paths: &[PathBuf],
) -> Vec<Result<Checked, crate::article::ArticleError>> {
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
    let attributors: Vec<Attributor<'_>> = files.iter().map(Attributor::new).collect();
    paths
        .par_iter()
        .map(|path| {
            let article = read_article(path)?;
            let text = article.text.as_str();
            let extractions: Vec<Extraction> = distinct
                .iter()
                .map(|options| crate::extract::extract(text, options))
                .collect();
            let candidates = attributors
                .iter()
                .zip(&uses)
                .map(|(a, &u)| a.attribute(&extractions[u], text))
                .collect();
            Ok(Checked {
                path: article.display_path(),
                candidates,
                stdin_text: (path.as_os_str() == "-").then(|| article.text.clone()),
            })
        })
        .collect()
}

/// The texts the human format draws snippets from: those of articles some
/// finding points into, read again; every other entry is empty.
fn snippet_texts(report: &Report, paths: &[PathBuf], stdin_text: Option<String>) -> Vec<String> {
    let shown: BTreeSet<usize> = report
        .findings
        .iter()
        .flat_map(|f| std::iter::once(f.article).chain(f.related.iter().map(|r| r.article)))
        .collect();
    let mut stdin_text = stdin_text;
    let mut texts = vec![String::new(); report.articles.len()];
    for i in shown {
        let Some(path) = paths.get(i) else { continue };
        let text = if path.as_os_str() == "-" {
            stdin_text.take()
        } else {
            Article::read(path).ok().map(|a| a.text)
        };
        if let (Some(slot), Some(text)) = (texts.get_mut(i), text) {
            *slot = text;
        }
    }
    texts
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
