//! The errors a claims file can have, as miette diagnostics.
//!
//! One [`ClaimsErrors`] per file holds every problem found in it as a related
//! [`ClaimsError`], each carrying the file's text so that a renderer shows the
//! YAML line with the offending column underlined and `[file:line:col]`.

use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use miette::{Diagnostic, LabeledSpan, NamedSource, SourceCode};

/// What kind of problem a [`ClaimsError`] is; its name is the diagnostic code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// The file could not be read.
    Io,
    /// The text is not YAML, or is too large or too deeply nested to read.
    Syntax,
    /// The file is empty or its top level is not a mapping.
    Shape,
    /// A key that is not part of the schema where it stands.
    UnknownKey,
    /// A required key is absent.
    MissingKey,
    /// A value of the wrong type (a string where a list belongs, say).
    Type,
    /// A value that does not parse (a duration, date, range, tolerance, ...).
    Value,
    /// A list that must not be empty is.
    Empty,
    /// A claim id, entity id or key given twice.
    Duplicate,
    /// A reference to an entity id that `entities` does not define.
    UndefinedEntity,
}

impl ErrorKind {
    /// The diagnostic code, e.g. `factcheck::claims::unknown-key`.
    pub fn code(self) -> &'static str {
        match self {
            ErrorKind::Io => "factcheck::claims::io",
            ErrorKind::Syntax => "factcheck::claims::syntax",
            ErrorKind::Shape => "factcheck::claims::shape",
            ErrorKind::UnknownKey => "factcheck::claims::unknown-key",
            ErrorKind::MissingKey => "factcheck::claims::missing-key",
            ErrorKind::Type => "factcheck::claims::type",
            ErrorKind::Value => "factcheck::claims::value",
            ErrorKind::Empty => "factcheck::claims::empty",
            ErrorKind::Duplicate => "factcheck::claims::duplicate",
            ErrorKind::UndefinedEntity => "factcheck::claims::undefined-entity",
        }
    }
}

/// One problem in a claims file, pointing at its place in the YAML.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct ClaimsError {
    kind: ErrorKind,
    message: String,
    text: Option<NamedSource<Arc<str>>>,
    /// The primary span first, then any secondary ones ("first defined here").
    labels: Vec<(Range<usize>, String)>,
    help: Option<String>,
}

impl ClaimsError {
    /// A problem without a place in the file (the file cannot be read at all).
    pub(crate) fn bare(kind: ErrorKind, message: impl Into<String>) -> Self {
        ClaimsError {
            kind,
            message: message.into(),
            text: None,
            labels: Vec::new(),
            help: None,
        }
    }

    /// A problem at `span` of the file `path` whose text is `source`.
    pub(crate) fn at(
        kind: ErrorKind,
        message: impl Into<String>,
        path: &Path,
        source: &Arc<str>,
        span: Range<usize>,
        label: impl Into<String>,
    ) -> Self {
        ClaimsError {
            kind,
            message: message.into(),
            text: Some(NamedSource::new(path.display().to_string(), source.clone())),
            labels: vec![(span, label.into())],
            help: None,
        }
    }

    /// Adds a help line.
    pub(crate) fn with_help(mut self, help: Option<String>) -> Self {
        self.help = help;
        self
    }

    /// Adds a secondary label.
    pub(crate) fn with_label(mut self, span: Range<usize>, label: impl Into<String>) -> Self {
        self.labels.push((span, label.into()));
        self
    }

    /// What kind of problem this is.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The one-line message.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The byte span of the offending YAML, when it has one.
    pub fn span(&self) -> Option<Range<usize>> {
        self.labels.first().map(|(s, _)| s.clone())
    }

    /// The suggested fix, if any.
    pub fn help_text(&self) -> Option<&str> {
        self.help.as_deref()
    }

    /// The 1-based line of the offending YAML, when it has a place.
    pub fn line(&self) -> Option<usize> {
        let span = self.span()?;
        let text = self.text.as_ref()?.inner();
        let end = span.start.min(text.len());
        Some(
            text.as_bytes()[..end]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                + 1,
        )
    }
}

impl Diagnostic for ClaimsError {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(self.kind.code()))
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.text.as_ref().map(|s| s as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        if self.text.is_none() || self.labels.is_empty() {
            return None;
        }
        Some(Box::new(self.labels.iter().enumerate().map(
            |(i, (span, label))| {
                let label = (!label.is_empty()).then(|| label.clone());
                if i == 0 {
                    LabeledSpan::new_primary_with_span(label, span.clone())
                } else {
                    LabeledSpan::new_with_span(label, span.clone())
                }
            },
        )))
    }
}

/// Every problem found in one claims file.
#[derive(Debug, thiserror::Error, Diagnostic)]
#[error("{}", headline(.path, .errors))]
pub struct ClaimsErrors {
    /// The file.
    pub path: PathBuf,
    /// Its problems, in the order they occur in the file.
    #[related]
    pub errors: Vec<ClaimsError>,
}

fn headline(path: &Path, errors: &[ClaimsError]) -> String {
    let path = path.display();
    if errors.iter().all(|e| e.kind == ErrorKind::Io) {
        return format!("{path}: cannot read claims file");
    }
    match errors.len() {
        1 => format!("{path}: invalid claims file (1 error)"),
        n => format!("{path}: invalid claims file ({n} errors)"),
    }
}
