//! Finding input files: a directory means every file with one of the wanted
//! extensions under it, recursively, in sorted order.
//!
//! Symlinked directories are followed, but a directory already on the current
//! path (a symlink loop) is skipped, so a loop cannot make the walk endless.

use std::path::{Path, PathBuf};

/// A path given on the command line that cannot be used.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum WalkError {
    /// The path does not exist.
    #[error("{path}: no such file or directory")]
    #[diagnostic(
        code(factcheck::input::missing),
        help("check the path; directories are searched recursively")
    )]
    Missing {
        /// The path.
        path: PathBuf,
    },
    /// A directory could not be listed.
    #[error("cannot read directory {path}: {source}")]
    #[diagnostic(code(factcheck::input::io))]
    Io {
        /// The directory.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
}

/// Expands `paths` into files: files are kept as given (whatever their extension),
/// directories are searched for files ending in one of `extensions`. Errors are
/// collected, not fatal: the caller reports them and goes on.
pub fn files(paths: &[PathBuf], extensions: &[&str]) -> (Vec<PathBuf>, Vec<WalkError>) {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            out.push(path.clone());
            continue;
        }
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => {
                let mut ancestors = Vec::new();
                walk_dir(path, extensions, &mut ancestors, &mut out, &mut errors);
            }
            Ok(_) => out.push(path.clone()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                errors.push(WalkError::Missing { path: path.clone() })
            }
            Err(source) => errors.push(WalkError::Io {
                path: path.clone(),
                source,
            }),
        }
    }
    (out, errors)
}

fn walk_dir(
    dir: &Path,
    extensions: &[&str],
    ancestors: &mut Vec<PathBuf>,
    out: &mut Vec<PathBuf>,
    errors: &mut Vec<WalkError>,
) {
    let canonical = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    if ancestors.contains(&canonical) {
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(source) => {
            errors.push(WalkError::Io {
                path: dir.to_path_buf(),
                source,
            });
            return;
        }
    };
    // The entry's own type costs no system call on most platforms; only a
    // symbolic link needs `metadata` to see what it points at.
    let mut children: Vec<(PathBuf, Option<std::fs::FileType>)> = entries
        .filter_map(|e| e.ok().map(|e| (e.path(), e.file_type().ok())))
        .collect();
    children.sort_by(|a, b| a.0.cmp(&b.0));
    ancestors.push(canonical);
    for (child, kind) in children {
        let kind = match kind {
            Some(kind) if !kind.is_symlink() => kind,
            // metadata() follows symlinks; a dangling link is skipped silently, as ripgrep does.
            _ => match std::fs::metadata(&child) {
                Ok(meta) => meta.file_type(),
                Err(_) => continue,
            },
        };
        if kind.is_dir() {
            walk_dir(&child, extensions, ancestors, out, errors);
        } else if kind.is_file() && has_extension(&child, extensions) {
            out.push(child);
        }
    }
    ancestors.pop();
}

fn has_extension(path: &Path, extensions: &[&str]) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| extensions.iter().any(|x| x.eq_ignore_ascii_case(e)))
}
