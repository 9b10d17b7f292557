//! Claims files: the schema an editor writes, loaded and validated into the
//! resolved model the checker uses.
//!
//! serde_yaml lives only in this module (it is deprecated upstream; swapping it
//! must touch nothing else). Validation is complete before any article is read
//! (SPEC rule 6): every problem in a file is collected, each pointing at its
//! YAML line and column. Reading goes text → [`yaml`] (a `serde_yaml::Value`,
//! size-guarded) → [`schema`] (the walk that builds the model), with [`locate`]
//! mapping key paths back to byte spans for the diagnostics.

mod diagnostic;
mod locate;
mod model;
mod schema;
mod suggest;
mod values;
mod yaml;

use std::collections::HashMap;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use diagnostic::{ClaimsError, ClaimsErrors, ErrorKind};
pub use model::*;

/// Largest claims file read; a real one is a few kilobytes.
pub const MAX_FILE_BYTES: u64 = 1 << 20;

/// Reads and validates one claims file.
pub fn load(path: &Path) -> Result<ClaimsFile, ClaimsErrors> {
    let fail = |error: ClaimsError| ClaimsErrors {
        path: path.to_path_buf(),
        errors: vec![error],
    };
    let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    if size > MAX_FILE_BYTES {
        return Err(fail(ClaimsError::bare(
            ErrorKind::Io,
            format!(
                "{}: the file is {size} bytes; claims files are limited to {MAX_FILE_BYTES}",
                path.display()
            ),
        )));
    }
    let bytes = std::fs::read(path).map_err(|e| {
        fail(ClaimsError::bare(
            ErrorKind::Io,
            format!("cannot read {}: {e}", path.display()),
        ))
    })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        fail(ClaimsError::bare(
            ErrorKind::Io,
            format!(
                "{} is not UTF-8 text (invalid byte at offset {})",
                path.display(),
                e.utf8_error().valid_up_to()
            ),
        ))
    })?;
    parse(path, &text)
}

/// Validates claims-file text as if read from `path`.
pub fn parse(path: &Path, text: &str) -> Result<ClaimsFile, ClaimsErrors> {
    let source: Arc<str> = Arc::from(text);
    let errors = match yaml::read(text) {
        Ok(parsed) => match schema::validate(path, &source, parsed) {
            Ok(file) => return Ok(file),
            Err(errors) => errors,
        },
        Err(syntax) => vec![syntax_error(path, &source, syntax)],
    };
    Err(ClaimsErrors {
        path: path.to_path_buf(),
        errors,
    })
}

fn syntax_error(path: &Path, source: &Arc<str>, e: yaml::SyntaxError) -> ClaimsError {
    let span = syntax_span(source, e.at);
    let help = if e.message.contains("flow sequence") {
        Some("a `[` list needs its closing `]`, with items separated by commas".to_string())
    } else if e.message.contains("flow mapping") {
        Some("a `{` mapping needs its closing `}`".to_string())
    } else if e.message.contains("quoted scalar") {
        Some("a quoted text needs its closing quote".to_string())
    } else if e.message.contains("alias bomb") {
        Some(
            "anchors and aliases (`&name`, `*name`) may share a value, not multiply it".to_string(),
        )
    } else if e.message.contains("recursion limit") || e.message.contains("levels deep") {
        Some("claims files nest a few levels deep, not hundreds".to_string())
    } else if e.message.contains("mapping values are not allowed") {
        Some("a text holding `: ` must be quoted".to_string())
    } else {
        None
    };
    let line_start = source[..span.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = source[span.start..]
        .find('\n')
        .map_or(source.len(), |i| span.start + i);
    if line_end - line_start > MAX_SHOWN_LINE {
        // Showing a line of hostile length helps nobody; say where it is instead.
        let line = source[..span.start].matches('\n').count() + 1;
        let column = source[line_start..span.start].chars().count() + 1;
        return ClaimsError::bare(
            ErrorKind::Syntax,
            format!(
                "{}:{line}:{column}: invalid YAML: {}",
                path.display(),
                e.message
            ),
        )
        .with_help(help);
    }
    ClaimsError::at(
        ErrorKind::Syntax,
        format!("invalid YAML: {}", e.message),
        path,
        source,
        span,
        "here",
    )
    .with_help(help)
}

/// Longest source line a syntax error quotes.
const MAX_SHOWN_LINE: usize = 1000;

/// A one-character span at a syntax error, moved back off trailing blank
/// space so that an error "at the end of the file" underlines its last text.
fn syntax_span(source: &str, at: Option<usize>) -> Range<usize> {
    let Some(mut at) = at else {
        return 0..0;
    };
    at = at.min(source.len());
    if source[at..].trim().is_empty() {
        at = source.trim_end().len();
        if at > 0 {
            at = source[..at].char_indices().last().map_or(0, |(i, _)| i);
        }
    }
    while !source.is_char_boundary(at) {
        at -= 1;
    }
    let len = source[at..].chars().next().map_or(0, char::len_utf8);
    at..at + len
}

/// Loads every claims file under `paths` (a directory means every `*.yaml` and
/// `*.yml` in it, recursively). A file is either loaded or has errors; claim
/// ids must be unique across all the files loaded together.
pub fn load_all(paths: &[PathBuf]) -> (Vec<ClaimsFile>, Vec<ClaimsErrors>) {
    let (files, walk_errors) = crate::walk::files(paths, &["yaml", "yml"]);
    let mut errors: Vec<ClaimsErrors> = walk_errors
        .into_iter()
        .map(|e| {
            let path = match &e {
                crate::walk::WalkError::Missing { path }
                | crate::walk::WalkError::Io { path, .. } => path.clone(),
            };
            ClaimsErrors {
                path,
                errors: vec![ClaimsError::bare(ErrorKind::Io, e.to_string())],
            }
        })
        .collect();
    let mut loaded = Vec::new();
    for path in files {
        match load(&path) {
            Ok(file) => loaded.push(file),
            Err(e) => errors.push(e),
        }
    }
    let mut first: HashMap<String, (PathBuf, usize)> = HashMap::new();
    let mut ok = Vec::new();
    for file in loaded {
        let source: Arc<str> = Arc::from(file.source.as_str());
        let mut dups = Vec::new();
        for claim in &file.claims {
            match first.get(&claim.id) {
                Some((other, line)) => dups.push(
                    ClaimsError::at(
                        ErrorKind::Duplicate,
                        format!("duplicate claim id `{}`", claim.id),
                        &file.path,
                        &source,
                        claim.key_span.clone(),
                        "defined again here",
                    )
                    .with_help(Some(format!(
                        "claim ids must be unique across the claims files used together; `{}` is also defined in {} on line {line}",
                        claim.id,
                        other.display()
                    ))),
                ),
                None => {
                    let line = file.source.as_bytes()[..claim.key_span.start.min(file.source.len())]
                        .iter()
                        .filter(|&&b| b == b'\n')
                        .count()
                        + 1;
                    first.insert(claim.id.clone(), (file.path.clone(), line));
                }
            }
        }
        if dups.is_empty() {
            ok.push(file);
        } else {
            errors.push(ClaimsErrors {
                path: file.path.clone(),
                errors: dups,
            });
        }
    }
    (ok, errors)
}
