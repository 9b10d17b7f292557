//! Finding where a key or value sits in the YAML text.
//!
//! serde_yaml reports positions for syntax errors only; a parsed `Value` has
//! none. Diagnostics about well-formed YAML ("unknown key", "bad duration")
//! must still point at a line and column, so this module re-reads the source
//! with a deliberately small grammar: block mappings and sequences by
//! indentation, flow sequences and mappings (`[a, b]`, `{k: v}`) by brackets,
//! quoted scalars, and block scalars (`|`, `>`) skipped as one value. That is
//! all claims files use. For anything it does not understand the walk stops,
//! and the caller falls back to the nearest ancestor that was found; nothing
//! here can panic or recurse deeper than [`MAX_DEPTH`].

use std::ops::Range;

/// One step of a path from the document root to a node.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Step {
    /// The value of a mapping key.
    Key(String),
    /// An item of a sequence.
    Index(usize),
}

/// Nesting beyond this is not indexed (serde_yaml itself stops at 128).
const MAX_DEPTH: usize = 160;

/// A node of the source outline: where its key (if any) and its value are.
#[derive(Debug, Default)]
struct Node {
    /// The key's text (unquoted) and span, for mapping entries.
    key: Option<(String, Range<usize>)>,
    /// The value's span; empty at the end of the key for a missing value.
    value: Range<usize>,
    /// Entries of a mapping or items of a sequence.
    children: Vec<Node>,
}

/// An outline of a YAML text that maps paths to byte spans.
#[derive(Debug)]
pub(crate) struct Locator {
    root: Node,
}

/// A source line: where it starts, its indentation, and where its content ends
/// (before any comment and trailing blanks).
#[derive(Clone, Copy, Debug)]
struct Line {
    start: usize,
    indent: usize,
    end: usize,
}

impl Line {
    fn is_blank(&self) -> bool {
        self.start + self.indent >= self.end
    }
}

impl Locator {
    /// Outlines `src`.
    pub(crate) fn new(src: &str) -> Self {
        let lines = split_lines(src);
        let mut outline = Outline {
            src,
            lines,
            depth: 0,
        };
        let first = outline.next_content(0);
        let root = match first {
            Some(i) => {
                let indent = outline.lines[i].indent;
                outline.node(i, indent).0
            }
            None => Node::default(),
        };
        Locator { root }
    }

    /// The span of the key at the end of `path` (for an item, the item itself).
    pub(crate) fn key(&self, path: &[Step]) -> Range<usize> {
        let (node, exact) = self.find(path, 0);
        match (&node.key, exact) {
            (Some((_, span)), true) => span.clone(),
            _ => self.value(path),
        }
    }

    /// The span of the value at `path`, or of the nearest ancestor found.
    pub(crate) fn value(&self, path: &[Step]) -> Range<usize> {
        let (node, exact) = self.find(path, 0);
        if exact || node.key.is_none() {
            node.value.clone()
        } else {
            node.key
                .as_ref()
                .map_or(node.value.clone(), |(_, s)| s.clone())
        }
    }

    /// The span of the `n`th (0-based) occurrence of `key` in the mapping at `path`:
    /// duplicate keys are only visible here.
    pub(crate) fn nth_key(&self, path: &[Step], key: &str, n: usize) -> Range<usize> {
        let (map, exact) = self.find(path, 0);
        if exact {
            if let Some((_, span)) = map
                .children
                .iter()
                .filter_map(|c| c.key.as_ref())
                .filter(|(k, _)| k == key)
                .nth(n)
            {
                return span.clone();
            }
        }
        self.key(path)
    }

    /// The span of item `index` in a sequence at `path`.
    pub(crate) fn item(&self, path: &[Step], index: usize) -> Range<usize> {
        let mut full = path.to_vec();
        full.push(Step::Index(index));
        self.value(&full)
    }

    /// The deepest node along `path` and whether it is the one asked for.
    fn find(&self, path: &[Step], nth: usize) -> (&Node, bool) {
        let mut node = &self.root;
        for step in path {
            let next = match step {
                Step::Key(k) => node
                    .children
                    .iter()
                    .filter(|c| c.key.as_ref().is_some_and(|(name, _)| name == k))
                    .nth(nth),
                Step::Index(i) => node.children.iter().filter(|c| c.key.is_none()).nth(*i),
            };
            match next {
                Some(n) => node = n,
                None => return (node, false),
            }
        }
        (node, true)
    }
}

/// Splits `src` into lines, each with its indentation and comment-free end.
fn split_lines(src: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut start = 0;
    for raw in src.split_inclusive('\n') {
        let text = raw.trim_end_matches(['\n', '\r']);
        let indent = text.len() - text.trim_start_matches(' ').len();
        let content = &text[indent..];
        let end = start + indent + content_end(content);
        out.push(Line { start, indent, end });
        start += raw.len();
    }
    out
}

/// Length of `content` without a trailing comment or blanks; quotes are honoured
/// so that `"#1"` is no comment.
fn content_end(content: &str) -> usize {
    let bytes = content.as_bytes();
    let mut quote: Option<u8> = None;
    let mut end = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match quote {
            Some(q) if b == q => quote = None,
            Some(b'"') if b == b'\\' => i += 1,
            Some(_) => {}
            None if b == b'#' && (i == 0 || bytes[i - 1] == b' ' || bytes[i - 1] == b'\t') => break,
            None if (b == b'"' || b == b'\'') && starts_scalar(bytes, i) => quote = Some(b),
            None => {}
        }
        if !matches!(b, b' ' | b'\t') || quote.is_some() {
            end = i + 1;
        }
        i += 1;
    }
    end.min(bytes.len())
}

/// A quote opens a quoted scalar only where a scalar can start (not in `don't`).
fn starts_scalar(bytes: &[u8], i: usize) -> bool {
    let before = bytes[..i].iter().rev().find(|b| !matches!(b, b' ' | b'\t'));
    matches!(before, None | Some(b':' | b'-' | b'[' | b'{' | b',' | b'?'))
}

struct Outline<'a> {
    src: &'a str,
    lines: Vec<Line>,
    depth: usize,
}

impl<'a> Outline<'a> {
    /// The first line at or after `i` with content, skipping document markers.
    fn next_content(&self, mut i: usize) -> Option<usize> {
        while i < self.lines.len() {
            let line = self.lines[i];
            let text = &self.src[line.start + line.indent..line.end];
            if !line.is_blank() && !text.starts_with("---") && !text.starts_with('%') {
                return Some(i);
            }
            i += 1;
        }
        None
    }

    /// The content of line `i` from byte column `col` on.
    fn text(&self, i: usize, col: usize) -> (usize, &'a str) {
        let line = self.lines[i];
        let from = (line.start + col).min(line.end);
        let src: &'a str = self.src;
        (from, &src[from..line.end])
    }

    /// The node whose content starts on line `i` at column `col`; returns the
    /// node and the index of the first line after it.
    fn node(&mut self, i: usize, col: usize) -> (Node, usize) {
        if self.depth >= MAX_DEPTH {
            let (from, text) = self.text(i, col);
            return (scalar(from, text.len()), i + 1);
        }
        self.depth += 1;
        let (_, text) = self.text(i, col);
        let out = if text == "-" || text.starts_with("- ") {
            self.sequence(i, col)
        } else if key_colon(text).is_some() && !text.starts_with(['[', '{']) {
            self.mapping(i, col)
        } else {
            self.inline(i, col)
        };
        self.depth -= 1;
        out
    }

    /// A block mapping whose first key is on line `i` at column `col`.
    fn mapping(&mut self, mut i: usize, col: usize) -> (Node, usize) {
        let (first_from, _) = self.text(i, col);
        let mut map = Node {
            value: first_from..first_from,
            ..Node::default()
        };
        let mut first = true;
        loop {
            let line = self.lines[i];
            let this_col = if first { col } else { line.indent };
            let (from, text) = self.text(i, this_col);
            let Some(colon) = key_colon(text) else { break };
            if text.starts_with("- ") {
                break;
            }
            let key_text = text[..colon].trim_end();
            let key_span = from..from + key_text.len();
            let rest_offset = colon + 1;
            let rest = &text[rest_offset..];
            let value_col = this_col + rest_offset + (rest.len() - rest.trim_start().len());
            let (mut entry, next) = if rest.trim().is_empty() {
                self.nested(i, this_col, key_span.end)
            } else {
                self.inline(i, value_col)
            };
            entry.key = Some((unquote(key_text), key_span));
            map.value.end = map.value.end.max(entry.value.end);
            map.children.push(entry);
            first = false;
            match self.next_content(next) {
                Some(j) if self.lines[j].indent == col => i = j,
                _ => return (map, next),
            }
        }
        (map, i + 1)
    }

    /// The value of a key with nothing after its colon: a block on the lines below,
    /// or nothing.
    fn nested(&mut self, i: usize, key_col: usize, key_end: usize) -> (Node, usize) {
        let Some(j) = self.next_content(i + 1) else {
            return (scalar(key_end, 0), i + 1);
        };
        let line = self.lines[j];
        let (_, text) = self.text(j, line.indent);
        let is_item = text == "-" || text.starts_with("- ");
        if line.indent > key_col || (line.indent == key_col && is_item) {
            self.node(j, line.indent)
        } else {
            (scalar(key_end, 0), i + 1)
        }
    }

    /// A block sequence whose first `-` is on line `i` at column `col`.
    fn sequence(&mut self, mut i: usize, col: usize) -> (Node, usize) {
        let (first_from, _) = self.text(i, col);
        let mut seq = Node {
            value: first_from..first_from,
            ..Node::default()
        };
        loop {
            let (_, text) = self.text(i, col);
            if !(text == "-" || text.starts_with("- ")) {
                break;
            }
            let after = &text[1..];
            let item_col = col + 1 + (after.len() - after.trim_start().len());
            let (item, next) = if after.trim().is_empty() {
                self.nested(i, col, self.lines[i].start + col + 1)
            } else {
                self.node(i, item_col)
            };
            seq.value.end = seq.value.end.max(item.value.end);
            seq.children.push(item);
            match self.next_content(next) {
                Some(j) if self.lines[j].indent == col => i = j,
                _ => return (seq, next),
            }
        }
        (seq, i + 1)
    }

    /// A value that starts on line `i` at column `col` and is not a block
    /// collection: a flow collection, a quoted or plain scalar, or a block scalar.
    fn inline(&mut self, i: usize, col: usize) -> (Node, usize) {
        let (from, text) = self.text(i, col);
        if text.starts_with(['|', '>']) {
            let parent_indent = self.lines[i].indent;
            let mut j = i + 1;
            let mut end = self.lines[i].end;
            while j < self.lines.len() {
                let line = self.lines[j];
                if !line.is_blank() && line.indent <= parent_indent {
                    break;
                }
                if !line.is_blank() {
                    end = line.end;
                }
                j += 1;
            }
            return (scalar(from, end - from), j);
        }
        if text.starts_with(['[', '{', '"', '\'']) {
            let (node, end) = self.flow(from);
            let next = self
                .lines
                .partition_point(|l| l.start <= end.saturating_sub(1));
            return (node, next.max(i + 1));
        }
        (scalar(from, text.len()), i + 1)
    }

    /// A flow collection or quoted scalar starting at byte `at`; returns it and
    /// the byte just after it.
    fn flow(&mut self, at: usize) -> (Node, usize) {
        let bytes = self.src.as_bytes();
        let Some(&open) = bytes.get(at) else {
            return (scalar(at, 0), at);
        };
        if open == b'"' || open == b'\'' {
            let end = quoted_end(bytes, at);
            return (scalar(at, end - at), end);
        }
        if self.depth >= MAX_DEPTH {
            return (scalar(at, 1), at + 1);
        }
        self.depth += 1;
        let close = if open == b'[' { b']' } else { b'}' };
        let mut node = Node {
            value: at..at + 1,
            ..Node::default()
        };
        let mut pos = at + 1;
        loop {
            pos = skip_blank(bytes, pos);
            match bytes.get(pos) {
                None => break,
                Some(&b) if b == close => {
                    pos += 1;
                    break;
                }
                Some(b',') => {
                    pos += 1;
                    continue;
                }
                Some(_) => {}
            }
            let (mut item, end) = self.flow_item(pos, close);
            if open == b'{' {
                if let Some(colon) = flow_colon(bytes, pos, end, close) {
                    let key = self.src[pos..colon].trim_end();
                    let value_at = skip_blank(bytes, colon + 1);
                    let (value, value_end) =
                        if value_at < bytes.len() && !matches!(bytes[value_at], b',' | b'}') {
                            self.flow_item(value_at, close)
                        } else {
                            (scalar(colon + 1, 0), colon + 1)
                        };
                    item = Node {
                        key: Some((unquote(key), pos..pos + key.len())),
                        ..value
                    };
                    node.children.push(item);
                    pos = value_end.max(pos + 1);
                    continue;
                }
            }
            node.children.push(item);
            pos = end.max(pos + 1);
        }
        self.depth -= 1;
        node.value.end = pos.min(bytes.len());
        (node, pos.min(bytes.len()))
    }

    /// One item of a flow collection starting at `pos`: a nested collection, a
    /// quoted scalar, or plain text up to `,` or the closing bracket.
    fn flow_item(&mut self, pos: usize, close: u8) -> (Node, usize) {
        let bytes = self.src.as_bytes();
        if matches!(bytes.get(pos), Some(b'[' | b'{' | b'"' | b'\'')) {
            return self.flow(pos);
        }
        let mut end = pos;
        let mut last = pos;
        while end < bytes.len() && bytes[end] != b',' && bytes[end] != close {
            if bytes[end] == b'#' && end > 0 && matches!(bytes[end - 1], b' ' | b'\t' | b'\n') {
                while end < bytes.len() && bytes[end] != b'\n' {
                    end += 1;
                }
                continue;
            }
            if !matches!(bytes[end], b' ' | b'\t' | b'\r' | b'\n') {
                last = end + 1;
            }
            end += 1;
        }
        (scalar(pos, last - pos), end)
    }
}

/// A leaf node spanning `len` bytes from `from`.
fn scalar(from: usize, len: usize) -> Node {
    Node {
        value: from..from + len,
        ..Node::default()
    }
}

/// Skips blanks, line breaks and comments.
fn skip_blank(bytes: &[u8], mut pos: usize) -> usize {
    while pos < bytes.len() {
        match bytes[pos] {
            b' ' | b'\t' | b'\r' | b'\n' => pos += 1,
            b'#' => {
                while pos < bytes.len() && bytes[pos] != b'\n' {
                    pos += 1;
                }
            }
            _ => break,
        }
    }
    pos
}

/// The byte after the quoted scalar opening at `at` (or the end of the text).
fn quoted_end(bytes: &[u8], at: usize) -> usize {
    let quote = bytes[at];
    let mut i = at + 1;
    while i < bytes.len() {
        if quote == b'"' && bytes[i] == b'\\' {
            i += 2;
            continue;
        }
        if bytes[i] == quote {
            if quote == b'\'' && bytes.get(i + 1) == Some(&b'\'') {
                i += 2;
                continue;
            }
            return i + 1;
        }
        i += 1;
    }
    bytes.len()
}

/// The `:` ending a key in a flow mapping entry between `from` and `to`.
fn flow_colon(bytes: &[u8], from: usize, to: usize, close: u8) -> Option<usize> {
    let mut i = from;
    if matches!(bytes.get(i), Some(b'"' | b'\'')) {
        i = quoted_end(bytes, i);
    }
    while i < to.min(bytes.len()) && bytes[i] != close {
        if bytes[i] == b':' {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// The position of the `:` that makes `text` a `key: value` line.
fn key_colon(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = 0;
    if matches!(bytes.first(), Some(b'"' | b'\'')) {
        i = quoted_end(bytes, 0);
    }
    while i < bytes.len() {
        if bytes[i] == b':' && (i + 1 == bytes.len() || matches!(bytes[i + 1], b' ' | b'\t')) {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// A key without its quotes (escapes are left alone: keys in claims files are plain).
fn unquote(key: &str) -> String {
    let key = key.trim().trim_start_matches('\u{feff}');
    for q in ['"', '\''] {
        if let Some(inner) = key.strip_prefix(q).and_then(|k| k.strip_suffix(q)) {
            return inner.to_string();
        }
    }
    key.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(k: &str) -> Step {
        Step::Key(k.to_string())
    }

    fn at(src: &str, span: Range<usize>) -> &str {
        &src[span]
    }

    const SRC: &str = "\
event: Summit   # a comment
hedge: 15%
entities:
  trump: [Donald Trump, \"Trump, Donald\"]
  putin:
    - Vladimir Putin
    - Putin
claims:
  talks-duration:
    about: how long
    kind: duration
    value: 3 hourz
    near: [talks,
           meeting]
    examples: {supports: [\"It took 3h.\"], contradicts: []}
  quote:
    about: |
      a long
      text
    kind: quote
list:
- a
- b: 1
  c: 2
";

    #[test]
    fn finds_keys_and_values() {
        let l = Locator::new(SRC);
        assert_eq!(at(SRC, l.key(&[key("event")])), "event");
        assert_eq!(at(SRC, l.value(&[key("event")])), "Summit");
        assert_eq!(at(SRC, l.value(&[key("hedge")])), "15%");
        let dur = [key("claims"), key("talks-duration")];
        assert_eq!(at(SRC, l.key(&dur)), "talks-duration");
        let value = [key("claims"), key("talks-duration"), key("value")];
        assert_eq!(at(SRC, l.value(&value)), "3 hourz");
        let near = [key("claims"), key("talks-duration"), key("near")];
        assert_eq!(at(SRC, l.item(&near, 1)), "meeting");
        assert_eq!(
            at(SRC, l.item(&[key("entities"), key("trump")], 1)),
            "\"Trump, Donald\""
        );
        assert_eq!(
            at(SRC, l.item(&[key("entities"), key("putin")], 1)),
            "Putin"
        );
    }

    #[test]
    fn flow_mappings_block_scalars_and_compact_sequences() {
        let l = Locator::new(SRC);
        let ex = [key("claims"), key("talks-duration"), key("examples")];
        let mut supports = ex.to_vec();
        supports.push(key("supports"));
        assert_eq!(at(SRC, l.key(&supports)), "supports");
        assert_eq!(at(SRC, l.item(&supports, 0)), "\"It took 3h.\"");
        let kind = [key("claims"), key("quote"), key("kind")];
        assert_eq!(at(SRC, l.value(&kind)), "quote");
        assert_eq!(at(SRC, l.item(&[key("list")], 0)), "a");
        assert_eq!(
            at(SRC, l.key(&[key("list"), Step::Index(1), key("c")])),
            "c"
        );
    }

    #[test]
    fn falls_back_to_the_nearest_ancestor() {
        let l = Locator::new(SRC);
        let missing = [key("claims"), key("talks-duration"), key("nope")];
        assert_eq!(at(SRC, l.key(&missing)), "talks-duration");
        let past_end = [key("claims"), key("talks-duration"), key("near")];
        assert_eq!(at(SRC, l.item(&past_end, 9)), "near");
    }

    #[test]
    fn duplicate_keys_by_occurrence() {
        let src = "claims:\n  a: 1\n  b: 2\n  a: 3\n";
        let l = Locator::new(src);
        let span = l.nth_key(&[key("claims")], "a", 1);
        assert_eq!(&src[span.clone()], "a");
        assert_eq!(span.start, src.rfind("a:").unwrap());
    }

    #[test]
    fn odd_input_does_not_panic() {
        for src in [
            "",
            "-",
            ":",
            "[",
            "{a: [b, {c",
            "a: \"unclosed",
            "a:\n  - [\n",
            "\u{feff}a: é\n  b: ü",
            "a: |\n",
            "? x\n: y",
            &"[".repeat(10_000),
            &"- ".repeat(5_000),
        ] {
            let l = Locator::new(src);
            let span = l.value(&[key("a"), Step::Index(3), key("b")]);
            assert!(span.start <= span.end && span.end <= src.len(), "{src:?}");
        }
    }
}
