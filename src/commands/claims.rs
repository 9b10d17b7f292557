//! `factcheck claims check`: validate claims files and nothing else.
//!
//! Success is one summary line per file on stdout; any problem is a miette
//! diagnostic on stderr that shows the YAML line, and makes the exit code 2.
//!
//! `factcheck claims test` runs every claim's `examples` through the real
//! extractor and checker, one sentence at a time, and fails (exit 1) on any
//! that does not get its verdict: a `supports` example must be attributed to
//! its claim and do nothing but support it; a `contradicts` example must be
//! attributed and contradict (or, for a claim judged by consensus, disagree).
//! So an edit to a claim, or to the extractor, that breaks a claim fails CI.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use miette::{GraphicalReportHandler, GraphicalTheme};

use super::Exit;
use crate::check::{self, Verdict};
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
        near_miss_warnings(file, err);
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

/// Warns about place names one edit from an entity (claims::lint); never fails.
fn near_miss_warnings(file: &ClaimsFile, err: &mut dyn Write) {
    let misses = claims::lint::place_near_misses(file);
    if misses.is_empty() {
        return;
    }
    let lines = crate::article::LineIndex::new(&file.source);
    for m in misses {
        let at = match m.offset {
            Some(offset) => {
                let (line, column) = lines.line_col(&file.source, offset);
                format!("{}:{line}:{column}", file.path.display())
            }
            None => file.path.display().to_string(),
        };
        let _ = writeln!(
            err,
            "warning: {at}: `{}` in `{}` of claim `{}` is no entity, so it becomes a place of its own\n  \
             = help: did you mean `{}`?",
            m.name, m.key, m.claim, m.meant
        );
    }
}

/// Runs every claim's examples under `paths` (default `claims`); exit 1 if one fails.
pub fn test(paths: &[PathBuf], out: &mut dyn Write, err: &mut dyn Write) -> Exit {
    let files = match load_or_report(paths, Some("claims"), err) {
        Ok(files) => files,
        Err(exit) => return exit,
    };
    let mut failed = 0;
    let mut total = 0;
    for file in &files {
        let mut file_failed = 0;
        let mut file_total = 0;
        let mut untested = Vec::new();
        for (index, claim) in file.claims.iter().enumerate() {
            let expectations = claim
                .examples
                .supports
                .iter()
                .map(|s| (s, Expect::Supports))
                .chain(
                    claim
                        .examples
                        .contradicts
                        .iter()
                        .map(|s| (s, Expect::Contradicts)),
                );
            let mut any = false;
            for (sentence, expect) in expectations {
                any = true;
                file_total += 1;
                let got = check::check_example(file, index, sentence);
                if expect.met_by(got) {
                    continue;
                }
                file_failed += 1;
                let got = got.map_or("nothing (not attributed to the claim)", Verdict::as_str);
                let _ = writeln!(
                    out,
                    "FAIL {}:{}: `{}` example should {}, got {}:\n     {}",
                    file.path.display(),
                    line_of(&file.source, sentence, claim.key_span.start),
                    claim.id,
                    expect.as_str(),
                    got,
                    sentence
                );
                // What attribution made of the sentence's mentions, as
                // `factcheck explain` shows it: why it went elsewhere or nowhere.
                for s in check::explain(file, sentence) {
                    for (kind, span, value, fate) in &s.mentions {
                        let said = sentence.get(span.clone()).unwrap_or("");
                        let _ = writeln!(out, "       {kind} “{said}” = {value}  {fate}");
                    }
                }
            }
            if !any {
                untested.push(claim.id.as_str());
            }
        }
        let _ = writeln!(
            out,
            "{}: {} passed, {} failed",
            file.path.display(),
            file_total - file_failed,
            file_failed
        );
        if !untested.is_empty() {
            let _ = writeln!(
                out,
                "  {} without examples: {}",
                plural(untested.len(), "claim"),
                untested.join(", ")
            );
        }
        failed += file_failed;
        total += file_total;
    }
    if failed > 0 {
        let _ = writeln!(
            err,
            "error: {failed} of {} failed",
            plural(total, "example")
        );
        Exit::Findings
    } else {
        Exit::Clean
    }
}

/// The verdict an example asks for.
#[derive(Clone, Copy)]
enum Expect {
    Supports,
    Contradicts,
}

impl Expect {
    fn met_by(self, got: Option<Verdict>) -> bool {
        matches!(
            (self, got),
            (Expect::Supports, Some(Verdict::Supports))
                | (
                    Expect::Contradicts,
                    Some(Verdict::Contradicts | Verdict::Disagrees)
                )
        )
    }

    fn as_str(self) -> &'static str {
        match self {
            Expect::Supports => "support",
            Expect::Contradicts => "contradict",
        }
    }
}

/// The 1-based YAML line of an example: where its text first appears after
/// the claim's key, else the key's line (a quoted or folded example may not
/// appear verbatim).
fn line_of(source: &str, sentence: &str, after: usize) -> usize {
    let at = source
        .get(after..)
        .and_then(|rest| rest.find(sentence))
        .map_or(after, |i| after + i);
    source
        .get(..at)
        .map_or(0, |before| before.matches('\n').count())
        + 1
}

fn plural(n: usize, noun: &str) -> String {
    match (n, noun.strip_suffix('y')) {
        (1, _) => format!("1 {noun}"),
        (n, Some(stem)) => format!("{n} {stem}ies"),
        (n, None) => format!("{n} {noun}s"),
    }
}

/// `factcheck claims init [FILE]`: the starter claims file, on `out` or in a
/// new FILE (an existing one is never overwritten).
pub fn init(file: Option<&Path>, out: &mut dyn Write, err: &mut dyn Write) -> Exit {
    let Some(file) = file else {
        return match out.write_all(claims::STARTER.as_bytes()) {
            Ok(()) => Exit::Clean,
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Exit::Clean,
            Err(e) => {
                let _ = writeln!(err, "error: cannot write the starter file: {e}");
                Exit::Error
            }
        };
    };
    let created = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(file)
        .and_then(|mut f| f.write_all(claims::STARTER.as_bytes()));
    match created {
        Ok(()) => {
            let _ = writeln!(
                out,
                "wrote {}; edit it, then check it with `factcheck claims check {}`",
                file.display(),
                file.display()
            );
            Exit::Clean
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            let _ = writeln!(
                err,
                "error: {} already exists; not overwriting it\n  = help: give another FILE, or \
                 run `factcheck claims init` to print the starter on stdout",
                file.display()
            );
            Exit::Error
        }
        Err(e) => {
            let _ = writeln!(err, "error: cannot write {}: {e}", file.display());
            Exit::Error
        }
    }
}

/// `factcheck claims schema`: the JSON Schema of claims files on `out`.
pub fn schema(out: &mut dyn Write, err: &mut dyn Write) -> Exit {
    let mut text = serde_json::to_string_pretty(&claims::json_schema()).unwrap_or_default();
    text.push('\n');
    match out.write_all(text.as_bytes()) {
        Ok(()) => Exit::Clean,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Exit::Clean,
        Err(e) => {
            let _ = writeln!(err, "error: cannot write the schema: {e}");
            Exit::Error
        }
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
