//! Articles as newsrooms keep them (SPEC §6): plain text, Markdown with front
//! matter, and HTML pages, each read into the same [`Prose`].
//!
//! The engine works on byte ranges into the file *as read*, and every output
//! format points at the file's real line and column. So a reader does not
//! build a second, "clean" text with an offset map: it blanks every byte that
//! is not prose (markup, code, comments, URLs, page chrome) to a space,
//! keeping line breaks, in a copy of the text of exactly the same length. The
//! extractor and the attributor see that copy, and any offset into it is an
//! offset into the file. A reader may also put a line break where markup ends
//! a sentence (`</p>`, a table cell's `|`), since markup bytes are blank
//! anyway; and an HTML entity is decoded in place, padded with spaces to its
//! length (`&amp;` → `&` and four spaces).
//!
//! What a mention *says* (its text, line and column) is always taken from the
//! file's own bytes: [`restore`] puts them back on candidates made from the
//! copy.
//!
//! Readers also collect the article's suppressions (`factcheck-ignore`,
//! SPEC §6): each has the byte range it silences.

pub mod html;
pub mod markdown;
pub mod suppress;

use std::ops::Range;
use std::path::Path;

pub use suppress::Suppression;

/// How an article's bytes are to be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Plain text (`.txt`, standard input, anything else given by name).
    Text,
    /// CommonMark with YAML or TOML front matter (`.md`, `.markdown`).
    Markdown,
    /// An HTML page (`.html`, `.htm`).
    Html,
}

/// File extensions read when a directory is searched, SPEC §3.
pub const EXTENSIONS: &[&str] = &["txt", "md", "markdown", "html", "htm"];

impl Format {
    /// The format a path's extension names; plain text when it names none.
    pub fn of(path: &Path) -> Format {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("")
            .to_ascii_lowercase();
        match ext.as_str() {
            "md" | "markdown" => Format::Markdown,
            "html" | "htm" => Format::Html,
            _ => Format::Text,
        }
    }
}

/// What a reader found in an article besides its bytes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Prose {
    /// The text the extractor reads: the file's text with every non-prose
    /// byte blanked, of the same length (`None` when nothing was blanked).
    pub text: Option<String>,
    /// The article's suppressions, in file order.
    pub suppressions: Vec<Suppression>,
}

/// Reads `text` as `format`.
pub fn read(format: Format, text: &str) -> Prose {
    let suppressions_found = memchr::memmem::find(text.as_bytes(), b"factcheck-ignore").is_some();
    match format {
        Format::Text if !suppressions_found => Prose::default(),
        Format::Text => {
            let (blanked, suppressions) = suppress::in_plain_text(text);
            Prose {
                text: Some(blanked),
                suppressions,
            }
        }
        Format::Markdown => markdown::read(text),
        Format::Html => html::read(text),
    }
}

/// A copy of `text` of the same length with every byte blank (a space) but
/// line breaks: prose is then copied back in with [`Blank::keep`].
#[derive(Debug)]
pub(crate) struct Blank<'t> {
    source: &'t str,
    out: Vec<u8>,
}

impl<'t> Blank<'t> {
    /// An all-blank copy of `source`.
    pub(crate) fn new(source: &'t str) -> Self {
        let out = source
            .bytes()
            .map(|b| if b == b'\n' || b == b'\r' { b } else { b' ' })
            .collect();
        Blank { source, out }
    }

    /// Copies `range` of the source back in (clamped to char boundaries).
    pub(crate) fn keep(&mut self, range: Range<usize>) {
        let Some(range) = self.boundaries(range) else {
            return;
        };
        self.out[range.clone()].copy_from_slice(&self.source.as_bytes()[range]);
    }

    /// Blanks `range` again (a code span inside kept text).
    pub(crate) fn blank(&mut self, range: Range<usize>) {
        let Some(range) = self.boundaries(range) else {
            return;
        };
        for b in &mut self.out[range] {
            if *b != b'\n' && *b != b'\r' {
                *b = b' ';
            }
        }
    }

    /// Puts up to two line breaks at `at` where the copy is blank, so that a
    /// sentence ends there (a blank line always ends one).
    pub(crate) fn break_at(&mut self, at: usize) {
        // Prose copied in later overwrites these: `keep` wins.
        for i in at..(at + 2).min(self.out.len()) {
            if self.out[i] != b' ' {
                break;
            }
            self.out[i] = b'\n';
        }
    }

    /// Writes `replacement` at `at`, padded with spaces to `len` bytes; the
    /// replacement must be no longer than `len`.
    pub(crate) fn replace(&mut self, at: usize, len: usize, replacement: &str) {
        if replacement.len() > len || at + len > self.out.len() {
            return;
        }
        self.out[at..at + replacement.len()].copy_from_slice(replacement.as_bytes());
        for b in &mut self.out[at + replacement.len()..at + len] {
            *b = b' ';
        }
    }

    /// The finished copy.
    pub(crate) fn finish(self) -> String {
        // Only whole characters are copied or replaced, and blanks are ASCII.
        String::from_utf8(self.out).unwrap_or_else(|e| {
            String::from_utf8_lossy(e.as_bytes())
                .chars()
                .map(|c| if c == '\u{fffd}' { ' ' } else { c })
                .collect()
        })
    }

    fn boundaries(&self, range: Range<usize>) -> Option<Range<usize>> {
        let mut start = range.start.min(self.source.len());
        let mut end = range.end.min(self.source.len());
        while !self.source.is_char_boundary(start) {
            start += 1;
        }
        while !self.source.is_char_boundary(end) {
            end -= 1;
        }
        (start < end).then_some(start..end)
    }
}

/// Puts the file's own text, line and column back on candidates made from
/// the blanked copy of an article (see the module docs).
pub fn restore(candidates: &mut [crate::check::Candidate], article: &crate::article::Article) {
    if !article.is_blanked() {
        return;
    }
    for c in candidates {
        if let Some(text) = article.text.get(c.span.clone()) {
            if *c.text != *text {
                c.text = text.into();
            }
        }
        let (line, column) = article.line_col(c.span.start);
        c.line = line;
        c.column = column;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_follow_the_extension() {
        assert_eq!(Format::of(Path::new("a/b.MD")), Format::Markdown);
        assert_eq!(Format::of(Path::new("b.markdown")), Format::Markdown);
        assert_eq!(Format::of(Path::new("b.htm")), Format::Html);
        assert_eq!(Format::of(Path::new("b.txt")), Format::Text);
        assert_eq!(Format::of(Path::new("-")), Format::Text);
    }

    #[test]
    fn blanking_keeps_length_and_line_breaks() {
        let source = "ab “c”\r\nd é";
        let mut b = Blank::new(source);
        b.keep(4..8);
        b.keep(12..13);
        let out = b.finish();
        assert_eq!(out.len(), source.len());
        assert_eq!(out, "      c   \r\nd   ");
    }
}
