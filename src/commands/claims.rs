//! `factcheck claims check`: validate claims files and nothing else.
//!
//! Success is one summary line per file on stdout; any problem is a miette
//! diagnostic on stderr that shows the YAML line, and makes the exit code 2.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use miette::{GraphicalReportHandler, GraphicalTheme};

use super::Exit;
use crate::claims::{self, ClaimsErrors, ClaimsFile};

/// Loads and validates the claims files under `paths` (or `default` when none
/// are given) for a command that goes on to read articles: any error is
/// rendered to `err` and stops the command with exit 2 before an article is read
/// (SPEC rule 6).
pub fn load_or_report(
    paths: &[PathBuf],
    default: Option<&str>,
    err: &mut dyn Write,
) -> Result<Vec<ClaimsFile>, Exit> {
    let defaults: Vec<PathBuf> = default.map(PathBuf::from).into_iter().collect();
    let paths = if paths.is_empty() {
        &defaults[..]
    } else {
        paths
    };
    if paths.is_empty() {
        return Ok(Vec::new());
    }
    let (files, errors) = claims::load_all(paths);
    if !errors.is_empty() {
        render_errors(&errors, err);
        return Err(Exit::Error);
    }
    if files.is_empty() {
        let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        let _ = writeln!(
            err,
            "error: no claims files (*.yaml, *.yml) found in {}",
            shown.join(", ")
        );
        return Err(Exit::Error);
    }
    Ok(files)
}

/// Validates the claims files under `paths` (default `claims`).
pub fn check(paths: &[PathBuf], out: &mut dyn Write, err: &mut dyn Write) -> Exit {
    let default = [PathBuf::from("claims")];
    let paths = if paths.is_empty() {
        &default[..]
    } else {
        paths
    };
    let (files, errors) = claims::load_all(paths);
    for file in &files {
        let entities = file.entities.iter().filter(|e| !e.implicit).count();
        let places = file.entities.len() - entities;
        let extra = match places {
            0 => String::new(),
            n => format!(" (+{})", plural(n, "place name")),
        };
        let _ = writeln!(
            out,
            "{}: {}, {}{extra}",
            file.path.display(),
            plural(file.claims.len(), "claim"),
            plural(entities, "entity"),
        );
    }
    render_errors(&errors, err);
    if !errors.is_empty() {
        return Exit::Error;
    }
    if files.is_empty() {
        let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        let _ = writeln!(
            err,
            "error: no claims files (*.yaml, *.yml) found in {}",
            shown.join(", ")
        );
        return Exit::Error;
    }
    Exit::Clean
}

fn plural(n: usize, noun: &str) -> String {
    match (n, noun.strip_suffix('y')) {
        (1, _) => format!("1 {noun}"),
        (n, Some(stem)) => format!("{n} {stem}ies"),
        (n, None) => format!("{n} {noun}s"),
    }
}

/// Renders each file's diagnostics in miette's graphical style, in colour only
/// when stderr is a terminal and NO_COLOR is unset.
pub fn render_errors(errors: &[ClaimsErrors], err: &mut dyn Write) {
    let color = std::env::var_os("NO_COLOR").map_or(true, |v| v.is_empty())
        && std::io::stderr().is_terminal();
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme).with_links(false);
    for error in errors {
        let mut text = String::new();
        if handler.render_report(&mut text, error).is_err() {
            text = format!("{error}\n");
        }
        let _ = writeln!(err, "{text}");
    }
}
