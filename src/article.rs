//! Reading articles: bytes in, UTF-8 text out, and byte offsets turned into
//! line/column only at the edge that prints.
//!
//! Spans everywhere in the engine are byte ranges into the file *as read*, so a
//! UTF-8 byte-order mark stays in `text` (and is skipped by the extractor as
//! white space) rather than being stripped and shifting every offset by three.

use std::ops::Range;
use std::path::{Path, PathBuf};

/// One article: where it came from and its full text.
#[derive(Clone, Debug)]
pub struct Article {
    /// The path as given on the command line or found under a given directory.
    pub path: PathBuf,
    /// The file's text; byte offsets in spans index into this.
    pub text: String,
    line_starts: Vec<usize>,
}

/// Why an article could not be read.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum ArticleError {
    /// The file could not be opened or read.
    #[error("cannot read {path}: {source}")]
    #[diagnostic(code(factcheck::article::io))]
    Io {
        /// The article's path.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The file is not UTF-8 text.
    #[error("{path} is not valid UTF-8 (first bad byte at offset {offset})")]
    #[diagnostic(
        code(factcheck::article::utf8),
        help("convert the file to UTF-8, e.g. `iconv -f latin1 -t utf-8`")
    )]
    NotUtf8 {
        /// The article's path.
        path: PathBuf,
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
}

impl Article {
    /// Builds an article from text already in memory.
    pub fn new(path: impl Into<PathBuf>, text: String) -> Self {
        let line_starts = std::iter::once(0)
            .chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1))
            .collect();
        Article {
            path: path.into(),
            text,
            line_starts,
        }
    }

    /// Reads an article from disk; invalid UTF-8 is an error naming the offset.
    pub fn read(path: &Path) -> Result<Self, ArticleError> {
        let bytes = std::fs::read(path).map_err(|source| ArticleError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        Self::from_bytes(path, bytes)
    }

    /// Builds an article from raw bytes, refusing invalid UTF-8.
    pub fn from_bytes(path: &Path, bytes: Vec<u8>) -> Result<Self, ArticleError> {
        match String::from_utf8(bytes) {
            Ok(text) => Ok(Article::new(path, text)),
            Err(e) => Err(ArticleError::NotUtf8 {
                path: path.to_path_buf(),
                offset: e.utf8_error().valid_up_to(),
            }),
        }
    }

    /// The 1-based line and 1-based column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let start = self.line_starts[line];
        let column = self.text[start..offset].chars().count() + 1;
        (line + 1, column)
    }

    /// The text of a span.
    pub fn slice(&self, span: &Range<usize>) -> &str {
        &self.text[span.clone()]
    }

    /// The path as a display string with forward slashes, the same on every platform.
    pub fn display_path(&self) -> String {
        self.path.to_string_lossy().replace('\\', "/")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let a = Article::new("x", "ab\n“cd” e\nf".to_string());
        assert_eq!(a.line_col(0), (1, 1));
        assert_eq!(a.line_col(3), (2, 1));
        let e = a.text.find('e').unwrap();
        assert_eq!(a.line_col(e), (2, 6));
        assert_eq!(a.line_col(a.text.len()), (3, 2));
    }

    #[test]
    fn invalid_utf8_names_the_offset() {
        let err = Article::from_bytes(Path::new("bad.txt"), b"ok \xff".to_vec()).unwrap_err();
        assert!(err.to_string().contains("offset 3"), "{err}");
    }
}
