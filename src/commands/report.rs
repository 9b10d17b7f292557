//! `factcheck report`: check articles against claims and print the report.
//!
//! Order matters (SPEC rule 6): article paths are expanded first (a missing
//! one is named and makes the exit code 2, but the run goes on), then every
//! claims file is loaded and validated before any article is read; a broken
//! claims file stops the run with exit 2 and no report. Articles are
//! extracted and attributed in parallel; only their candidates are kept for
//! judging, while the texts are kept for drawing snippets.

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};

use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme};
use rayon::prelude::*;

use crate::article::Article;
use crate::check::{self, Candidate, Finding};
use crate::claims::{ClaimsFile, Severity};
use crate::cli::{ColorChoice, FailOn, ReportArgs, ReportFormat};
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

    let mut articles = Vec::new();
    for path in &paths {
        match read_article(path) {
            Ok(a) => articles.push(a),
            // A binary file is skipped with a warning (README "Input"), not an error.
            Err(e) if e.is_skipped() => {
                let _ = writeln!(err, "warning: {e}");
            }
            Err(e) => {
                print_error(err, &e);
                status = Exit::Error;
            }
        }
    }

    let texts: Vec<&str> = articles.iter().map(|a| a.text.as_str()).collect();
    let findings: Vec<Finding> = files.iter().flat_map(|f| check_file(f, &texts)).collect();
    let report = Report::new(
        &files,
        articles.iter().map(Article::display_path).collect(),
        findings,
    );

    let rendered = match args.format {
        ReportFormat::Json => json::render(&report),
        _ => {
            let options = human::Options {
                color: use_color(args.color),
                width: 100,
            };
            human::render(&report, &texts, options)
        }
    };
    if let Err(e) = out
        .write_all(rendered.as_bytes())
        .and_then(|()| out.flush())
    {
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

/// Extracts and attributes every article in parallel, then judges them together.
fn check_file(file: &ClaimsFile, texts: &[&str]) -> Vec<Finding> {
    let options = crate::extract::ExtractOptions::from_claims(file);
    let candidates: Vec<Vec<Candidate>> = texts
        .par_iter()
        .map(|text| {
            let extraction = crate::extract::extract(text, &options);
            check::attribute(file, &extraction, text)
        })
        .collect();
    check::judge(file, &candidates)
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
