//! `factcheck.toml` (SPEC §6): a project names its articles, claims,
//! `fail-on`, `format` and `exclude` globs once, in the current directory or
//! the first parent that has the file. Command-line options win.
//!
//! It is validated like a claims file: an unknown key or a wrong value is an
//! error that shows the line, with a did-you-mean for a misspelt key. Paths in
//! it are relative to the file's own folder, so a run from a subfolder reads
//! the same articles; they are shown relative to the current directory.

use std::ops::Range;
use std::path::{Component, Path, PathBuf};

use miette::{Diagnostic, NamedSource, SourceSpan};
use serde::Deserialize;

use crate::cli::{FailOn, ReportFormat};

/// The project file's name.
pub const FILE_NAME: &str = "factcheck.toml";

/// Every key a project file may set (for did-you-mean).
const KEYS: &[&str] = &["articles", "claims", "fail-on", "format", "exclude"];

/// A loaded, valid project file.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Project {
    /// Where it was found.
    pub path: PathBuf,
    /// Article paths, relative to the current directory.
    pub articles: Vec<PathBuf>,
    /// Claims paths, relative to the current directory.
    pub claims: Vec<PathBuf>,
    /// The `--fail-on` default.
    pub fail_on: Option<FailOn>,
    /// The `--format` default.
    pub format: Option<ReportFormat>,
    /// Globs of article paths (relative to the project folder) not to read.
    pub exclude: Vec<String>,
}

/// The file as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Raw {
    #[serde(default)]
    articles: OneOrMany,
    #[serde(default)]
    claims: OneOrMany,
    fail_on: Option<FailOn>,
    format: Option<ReportFormat>,
    #[serde(default)]
    exclude: OneOrMany,
}

/// `"seeds"` or `["seeds", "drafts"]`.
#[derive(Debug, Default, Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    #[default]
    None,
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    fn into_vec(self) -> Vec<String> {
        match self {
            OneOrMany::None => Vec::new(),
            OneOrMany::One(s) => vec![s],
            OneOrMany::Many(v) => v,
        }
    }
}

/// Why a project file cannot be used.
#[derive(Debug, thiserror::Error, Diagnostic)]
pub enum ProjectError {
    /// It could not be read.
    #[error("cannot read {path}: {source}")]
    #[diagnostic(code(factcheck::project::io))]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// It is not a valid project file.
    #[error(transparent)]
    #[diagnostic(transparent)]
    Invalid(Box<Invalid>),
}

/// A project file's bad key or value, shown at its line.
#[derive(Debug, thiserror::Error, Diagnostic)]
#[error("{path}: {message}")]
#[diagnostic(code(factcheck::project::invalid))]
pub struct Invalid {
    /// The file.
    pub path: PathBuf,
    /// What is wrong.
    pub message: String,
    /// The file's text.
    #[source_code]
    pub src: NamedSource<String>,
    /// Where.
    #[label("{label}")]
    pub span: Option<SourceSpan>,
    /// The label under the span.
    pub label: String,
    /// A suggestion.
    #[help]
    pub help: Option<String>,
}

/// The first `factcheck.toml` in `start` or one of its parents.
pub fn find(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .map(|dir| dir.join(FILE_NAME))
        .find(|candidate| candidate.is_file())
}

/// Finds and loads the project file for the current directory, if any.
pub fn discover() -> Result<Option<Project>, ProjectError> {
    let Ok(cwd) = std::env::current_dir() else {
        return Ok(None);
    };
    find(&cwd).map(|path| load(&path, &cwd)).transpose()
}

/// Loads the project file at `path`; its paths are made relative to `cwd`.
pub fn load(path: &Path, cwd: &Path) -> Result<Project, ProjectError> {
    let text = std::fs::read_to_string(path).map_err(|source| ProjectError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let raw: Raw = toml::from_str(&text).map_err(|e| invalid(path, &text, &e))?;
    let dir = path.parent().unwrap_or(Path::new("."));
    let resolve = |p: String| relative(&dir.join(p), cwd);
    Ok(Project {
        path: path.to_path_buf(),
        articles: raw.articles.into_vec().into_iter().map(resolve).collect(),
        claims: raw.claims.into_vec().into_iter().map(resolve).collect(),
        fail_on: raw.fail_on,
        format: raw.format,
        exclude: raw.exclude.into_vec(),
    })
}

fn invalid(path: &Path, text: &str, e: &toml::de::Error) -> ProjectError {
    let message = e.message().trim().to_string();
    let span: Option<Range<usize>> = e.span();
    let unknown = message
        .strip_prefix("unknown field `")
        .and_then(|rest| rest.split('`').next());
    let (label, help) = match unknown {
        Some(key) => (
            "unknown key".to_string(),
            Some(
                match crate::claims::suggest::did_you_mean(key, KEYS.iter().copied()) {
                    Some(k) => format!("did you mean `{k}`?"),
                    None => format!("the keys are {}", KEYS.join(", ")),
                },
            ),
        ),
        None => ("here".to_string(), None),
    };
    let first_line = message.lines().next().unwrap_or("").to_string();
    ProjectError::Invalid(Box::new(Invalid {
        path: path.to_path_buf(),
        message: first_line,
        src: NamedSource::new(path.display().to_string(), text.to_string()),
        span: span.map(|r| (r.start, r.end - r.start).into()),
        label,
        help,
    }))
}

/// `target` as a path from `base` (both made absolute first): `../seeds`
/// from a subfolder, `seeds` from the project folder.
fn relative(target: &Path, base: &Path) -> PathBuf {
    let target = clean(target);
    let base = clean(base);
    let common = target
        .components()
        .zip(base.components())
        .take_while(|(a, b)| a == b)
        .count();
    if common == 0 {
        return target;
    }
    let mut out = PathBuf::new();
    for _ in base.components().skip(common) {
        out.push("..");
    }
    for c in target.components().skip(common) {
        out.push(c);
    }
    if out.as_os_str().is_empty() {
        out.push(".");
    }
    out
}

/// An absolute path with `.` and `..` folded away (no file system access).
fn clean(path: &Path) -> PathBuf {
    let absolute = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(path)
    };
    let mut out = PathBuf::new();
    for c in absolute.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// Article paths not excluded by the project's globs. A glob matches the
/// path as given or relative to the project folder.
#[derive(Debug)]
pub struct Exclude {
    set: globset::GlobSet,
    root: Option<PathBuf>,
}

impl Exclude {
    /// The project's `exclude` globs; a bad glob is an error naming it.
    pub fn new(project: &Project) -> Result<Self, String> {
        let mut builder = globset::GlobSetBuilder::new();
        for glob in &project.exclude {
            let glob = globset::Glob::new(glob)
                .map_err(|e| format!("{}: exclude: {e}", project.path.display()))?;
            builder.add(glob);
        }
        Ok(Exclude {
            set: builder.build().map_err(|e| e.to_string())?,
            root: project.path.parent().map(clean),
        })
    }

    /// True when some glob is set.
    pub fn is_active(&self) -> bool {
        !self.set.is_empty()
    }

    /// True when `path` is excluded.
    pub fn excludes(&self, path: &Path) -> bool {
        if self.set.is_empty() {
            return false;
        }
        if self.set.is_match(path) {
            return true;
        }
        let absolute = clean(path);
        self.root
            .as_ref()
            .and_then(|root| absolute.strip_prefix(root).ok())
            .is_some_and(|rel| self.set.is_match(rel))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths_climb_out_of_subfolders() {
        assert_eq!(
            relative(Path::new("/p/seeds"), Path::new("/p/a/b")),
            PathBuf::from("../../seeds")
        );
        assert_eq!(
            relative(Path::new("/p/seeds"), Path::new("/p")),
            PathBuf::from("seeds")
        );
        assert_eq!(
            relative(Path::new("/p"), Path::new("/p")),
            PathBuf::from(".")
        );
    }

    #[test]
    fn a_misspelt_key_points_at_its_line_with_a_suggestion() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        std::fs::write(&path, "articles = \"seeds\"\nfail_onn = \"warning\"\n").unwrap();
        let err = load(&path, dir.path()).unwrap_err();
        let ProjectError::Invalid(invalid) = &err else {
            panic!("{err:?}");
        };
        assert_eq!(invalid.span.map(|s| s.offset()), Some(19));
        assert_eq!(invalid.help.as_deref(), Some("did you mean `fail-on`?"));
    }

    #[test]
    fn excludes_match_relative_to_the_project() {
        let project = Project {
            path: PathBuf::from("/p/factcheck.toml"),
            exclude: vec!["drafts/**".into()],
            ..Project::default()
        };
        let exclude = Exclude::new(&project).unwrap();
        assert!(exclude.excludes(Path::new("/p/drafts/a.md")));
        assert!(!exclude.excludes(Path::new("/p/seeds/a.md")));
    }
}
