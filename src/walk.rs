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
    let walk = walk(paths, extensions);
    (walk.files, walk.errors)
}

/// What a walk found.
#[derive(Debug, Default)]
pub struct Walk {
    /// The files to read, in order.
    pub files: Vec<PathBuf>,
    /// Paths that could not be expanded.
    pub errors: Vec<WalkError>,
    /// Files under the directories that were passed over, counted by
    /// extension (`.docx`; `(none)` for a name without one). Hidden files
    /// (`.DS_Store`) are not counted.
    pub skipped: std::collections::BTreeMap<String, usize>,
}

impl Walk {
    /// "3 files: .docx ×2, .pdf ×1", or `None` when nothing was skipped.
    pub fn skipped_note(&self) -> Option<String> {
        let total: usize = self.skipped.values().sum();
        if total == 0 {
            return None;
        }
        let kinds: Vec<String> = self
            .skipped
            .iter()
            .map(|(ext, n)| format!("{ext} ×{n}"))
            .collect();
        Some(format!(
            "{total} {}: {}",
            if total == 1 { "file" } else { "files" },
            kinds.join(", ")
        ))
    }
}

/// [`files`], also counting the files passed over for their extension.
pub fn walk(paths: &[PathBuf], extensions: &[&str]) -> Walk {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    let mut skipped = std::collections::BTreeMap::new();
    for path in paths {
        if path.as_os_str() == "-" {
            out.push(path.clone());
            continue;
        }
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => {
                let mut ancestors = Vec::new();
                let mut found = Found {
                    out: &mut out,
                    errors: &mut errors,
                    skipped: &mut skipped,
                };
                walk_dir(path, extensions, &mut ancestors, &mut found);
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
    Walk {
        files: out,
        errors,
        skipped,
    }
}

/// Where a directory walk puts what it finds.
struct Found<'a> {
    out: &'a mut Vec<PathBuf>,
    errors: &'a mut Vec<WalkError>,
    skipped: &'a mut std::collections::BTreeMap<String, usize>,
}

fn walk_dir(dir: &Path, extensions: &[&str], ancestors: &mut Vec<PathBuf>, found: &mut Found<'_>) {
    let canonical = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    if ancestors.contains(&canonical) {
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(source) => {
            found.errors.push(WalkError::Io {
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
            walk_dir(&child, extensions, ancestors, found);
        } else if kind.is_file() && has_extension(&child, extensions) {
            found.out.push(child);
        } else if kind.is_file() {
            let name = child
                .file_name()
                .map(|n| n.to_string_lossy())
                .unwrap_or_default();
            if !name.starts_with('.') {
                let ext = child
                    .extension()
                    .map(|e| format!(".{}", e.to_string_lossy().to_lowercase()))
                    .unwrap_or_else(|| "(none)".to_string());
                *found.skipped.entry(ext).or_default() += 1;
            }
        }
    }
    ancestors.pop();
}

fn has_extension(path: &Path, extensions: &[&str]) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| extensions.iter().any(|x| x.eq_ignore_ascii_case(e)))
}
