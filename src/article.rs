//! Reading articles: bytes in, UTF-8 text out, and byte offsets turned into
//! line/column only at the edge that prints.
//!
//! Spans everywhere in the engine are byte ranges into the file *as read*, so a
//! UTF-8 byte-order mark stays in `text` (and is skipped by the extractor as
//! white space) rather than being stripped and shifting every offset by three.
//! Columns, though, are what an editor shows, so the mark is not counted in
//! line 1's columns.
//!
//! Decisions for hostile input (README "Input"): invalid UTF-8 is refused (exit
//! 2, naming the file and the offset of the first bad byte) rather than decoded
//! lossily, because a replacement character would silently change the quotes
//! being checked; a file with a NUL byte in its first 8 KB is binary and is
//! skipped with a warning, as ripgrep does, without changing the exit status.

use std::ops::Range;
use std::path::{Path, PathBuf};

/// One article: where it came from and its full text.
#[derive(Clone, Debug)]
pub struct Article {
    /// The path as given on the command line or found under a given directory.
    pub path: PathBuf,
    /// The file's text; byte offsets in spans index into this.
    pub text: String,
    /// What its reader found: the blanked copy the extractor reads (Markdown,
    /// HTML, directive lines) and its suppressions. See [`crate::document`].
    pub prose: crate::document::Prose,
    /// Made on the first [`Article::line_col`]: a run that only extracts
    /// (or attributes with its own index) never pays for it.
    lines: std::sync::OnceLock<LineIndex>,
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
    /// The file looks binary (a NUL byte near its start); it is skipped, not checked.
    #[error("skipping binary file {path} (NUL byte at offset {offset})")]
    #[diagnostic(code(factcheck::article::binary), severity(Warning))]
    Binary {
        /// The article's path.
        path: PathBuf,
        /// Byte offset of the first NUL.
        offset: usize,
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

/// How far into a file a NUL byte marks it as binary (ripgrep and git look as far).
pub const BINARY_SNIFF_BYTES: usize = 8 * 1024;

impl ArticleError {
    /// True for a file that is skipped with a warning rather than an error.
    pub fn is_skipped(&self) -> bool {
        matches!(self, ArticleError::Binary { .. })
    }
}

impl Article {
    /// Builds a plain-text article from text already in memory.
    pub fn new(path: impl Into<PathBuf>, text: String) -> Self {
        Self::with_format(path, text, crate::document::Format::Text)
    }

    /// Builds an article from text already in memory, read as `format`.
    pub fn with_format(
        path: impl Into<PathBuf>,
        text: String,
        format: crate::document::Format,
    ) -> Self {
        let prose = crate::document::read(format, &text);
        Article {
            path: path.into(),
            text,
            prose,
            lines: std::sync::OnceLock::new(),
        }
    }

    /// The text the extractor and attributor read: the file's text with
    /// non-prose bytes blanked, of the same length (SPEC §6).
    pub fn prose_text(&self) -> &str {
        self.prose.text.as_deref().unwrap_or(&self.text)
    }

    /// True when [`Article::prose_text`] differs from the file's text.
    pub fn is_blanked(&self) -> bool {
        self.prose.text.is_some()
    }

    /// Reads an article from disk; invalid UTF-8 is an error naming the offset.
    pub fn read(path: &Path) -> Result<Self, ArticleError> {
        let bytes = std::fs::read(path).map_err(|source| ArticleError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        Self::from_bytes(path, bytes)
    }

    /// Reads an article from standard input, to its end; `path` (`-`) names it.
    pub fn read_stdin(path: &Path) -> Result<Self, ArticleError> {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes).map_err(|source| {
            ArticleError::Io {
                path: path.to_path_buf(),
                source,
            }
        })?;
        Self::from_bytes(path, bytes)
    }

    /// Builds an article from raw bytes, refusing binary files and invalid UTF-8.
    pub fn from_bytes(path: &Path, bytes: Vec<u8>) -> Result<Self, ArticleError> {
        let head = &bytes[..bytes.len().min(BINARY_SNIFF_BYTES)];
        if let Some(offset) = memchr::memchr(0, head) {
            return Err(ArticleError::Binary {
                path: path.to_path_buf(),
                offset,
            });
        }
        match String::from_utf8(bytes) {
            Ok(text) => Ok(Article::with_format(
                path,
                text,
                crate::document::Format::of(path),
            )),
            Err(e) => Err(ArticleError::NotUtf8 {
                path: path.to_path_buf(),
                offset: e.utf8_error().valid_up_to(),
            }),
        }
    }

    /// The 1-based line and 1-based column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        self.lines
            .get_or_init(|| LineIndex::new(&self.text))
            .line_col(&self.text, offset)
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

/// Byte offsets of line starts, plus checkpoints that make a column cost at
/// most [`LineIndex::STRIDE`] bytes of counting however long the line is (a
/// 100 MB single-line file with a mention every few bytes must stay linear).
#[derive(Clone, Debug, Default)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// `(byte offset, characters from the start of its line)`, about every STRIDE bytes.
    checkpoints: Vec<(usize, usize)>,
    bom: bool,
}

impl LineIndex {
    const STRIDE: usize = 4096;

    /// Indexes `text`; the same text must be passed to [`LineIndex::line_col`].
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        // (Room for a line every 64 bytes: a news article's paragraphs are
        // longer, so the list is seldom grown, each time a reallocation.)
        let mut starts: Vec<usize> = Vec::with_capacity(bytes.len() / 64 + 8);
        starts.push(0);
        starts.extend(memchr::memchr_iter(b'\n', bytes).map(|i| i + 1));
        let mut checkpoints: Vec<(usize, usize)> = Vec::new();
        let mut target = Self::STRIDE;
        while target < bytes.len() {
            let mut at = target;
            while !text.is_char_boundary(at) {
                at += 1;
            }
            let line_start = starts[starts.partition_point(|&s| s <= at) - 1];
            let (from, base) = match checkpoints.last() {
                Some(&(p, chars)) if p >= line_start => (p, chars),
                _ => (line_start, 0),
            };
            checkpoints.push((at, base + count_chars(&bytes[from..at])));
            target += Self::STRIDE;
        }
        LineIndex {
            starts,
            checkpoints,
            bom: text.starts_with('\u{feff}'),
        }
    }

    /// The 1-based line and 1-based column (in characters, a leading
    /// byte-order mark not counted) of a byte offset into the indexed text.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let bytes = text.as_bytes();
        let offset = offset.min(bytes.len());
        let line = self.starts.partition_point(|&s| s <= offset).max(1) - 1;
        let line_start = self.starts.get(line).copied().unwrap_or(0);
        let k = self.checkpoints.partition_point(|&(p, _)| p <= offset);
        let (from, base) = match k.checked_sub(1).map(|i| self.checkpoints[i]) {
            Some((p, chars)) if p >= line_start => (p, chars),
            _ => (line_start, 0),
        };
        let mut column = base + count_chars(&bytes[from.min(offset)..offset]) + 1;
        if line == 0 && self.bom && offset >= '\u{feff}'.len_utf8() {
            column -= 1;
        }
        (line + 1, column)
    }
}

/// Characters in UTF-8 bytes: every byte that does not continue a character.
fn count_chars(bytes: &[u8]) -> usize {
    // Eight bytes at a time: a byte continues a character when its top bits
    // are 10, so the continuing bytes are those whose bit 7 is set and bit
    // 6 (shifted up into bit 7 of the same byte) clear. (A column is asked
    // of every candidate, counted from its line's start: a paragraph.)
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut chunks = bytes.chunks_exact(8);
    let mut continuing = 0;
    for chunk in &mut chunks {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        let w = u64::from_le_bytes(word);
        continuing += (w & !(w << 1) & HIGH).count_ones() as usize;
    }
    let rest = chunks.remainder();
    bytes.len() - continuing - rest.iter().filter(|&&b| (b & 0xC0) == 0x80).count()
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
    fn columns_on_long_lines_match_a_plain_count() {
        let text = "é“x” ".repeat(3000) + "\nab" + &"ü".repeat(5000);
        let index = LineIndex::new(&text);
        let step = 7;
        for offset in (0..text.len())
            .step_by(step)
            .filter(|&o| text.is_char_boundary(o))
        {
            let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
            let line = text[..offset].matches('\n').count() + 1;
            let column = text[start..offset].chars().count() + 1;
            assert_eq!(index.line_col(&text, offset), (line, column), "at {offset}");
        }
    }

    #[test]
    fn a_byte_order_mark_is_not_a_column() {
        let a = Article::new("x", "\u{feff}ab\ncd".to_string());
        assert_eq!(a.line_col(3), (1, 1));
        assert_eq!(a.line_col(4), (1, 2));
        assert_eq!(a.line_col(6), (2, 1));
        assert_eq!(a.line_col(7), (2, 2));
        assert_eq!(a.line_col(0), (1, 1));
    }

    #[test]
    fn a_nul_byte_near_the_start_means_binary() {
        let err = Article::from_bytes(Path::new("b.txt"), b"ab\0cd".to_vec()).unwrap_err();
        assert!(err.is_skipped());
        assert!(err.to_string().contains("offset 2"), "{err}");
        let mut late = vec![b'a'; BINARY_SNIFF_BYTES];
        late.push(0);
        assert!(Article::from_bytes(Path::new("t.txt"), late).is_ok());
    }

    #[test]
    fn invalid_utf8_names_the_offset() {
        let err = Article::from_bytes(Path::new("bad.txt"), b"ok \xff".to_vec()).unwrap_err();
        assert!(err.to_string().contains("offset 3"), "{err}");
    }
}
