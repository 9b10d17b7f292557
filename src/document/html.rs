//! HTML articles (SPEC §6), tokenized by html5gum.
//!
//! Why html5gum: it is a WHATWG-compliant tokenizer (it passes html5lib's
//! tokenizer tests) that reports a byte span for every token, which is what
//! keeps spans pointing into the file as read. html5ever's tokenizer reports
//! line numbers only, and lol_html is a streaming rewriter built to change a
//! page, not to say where its text is. Tree building is not needed: which
//! element a text is in follows from counting open and close tags.
//!
//! Prose is the text of the page's `<article>` (else `<main>`, else
//! `<body>`, else the whole file), outside `script`, `style`, `nav`,
//! `header`, `footer`, `aside`, figure captions and other chrome. Block tags
//! (`h1`–`h6`, `p`, `li`, `br`, table cells …) end sentences: a line break is
//! put on the tag's blank bytes. Entities are decoded in place (see the
//! parent module).

use std::collections::HashMap;

use html5gum::{DefaultEmitter, Token, Tokenizer};

use super::suppress::{self, Suppression};
use super::{Blank, Prose};

/// Elements whose text is page chrome, not the article.
const CHROME: &[&str] = &[
    "script",
    "style",
    "nav",
    "header",
    "footer",
    "aside",
    "figcaption",
    "noscript",
    "template",
    "head",
    "title",
    "button",
    "form",
    "select",
    "svg",
];

/// Elements that end a sentence where they open or close.
const BLOCKS: &[&str] = &[
    "p",
    "li",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "div",
    "td",
    "th",
    "tr",
    "table",
    "ul",
    "ol",
    "dt",
    "dd",
    "blockquote",
    "section",
    "article",
    "main",
    "figure",
    "hr",
];

/// The tokens that matter here, with their byte spans.
enum Piece {
    Open(String, std::ops::Range<usize>, bool),
    Close(String, std::ops::Range<usize>),
    Text(std::ops::Range<usize>),
    Comment(std::ops::Range<usize>),
}

/// Reads an HTML article.
pub fn read(text: &str) -> Prose {
    let mut emitter = DefaultEmitter::<usize>::new_with_span();
    // Script and style contents are raw text, not markup.
    emitter.naively_switch_states(true);
    let mut pieces = Vec::new();
    for token in Tokenizer::new_with_emitter(text, emitter) {
        let Ok(token) = token;
        let piece = match token {
            Token::StartTag(tag) => Piece::Open(
                lower(&tag.name),
                tag.span.start..tag.span.end,
                tag.self_closing,
            ),
            Token::EndTag(tag) => Piece::Close(lower(&tag.name), tag.span.start..tag.span.end),
            Token::String(s) => Piece::Text(s.span.start..s.span.end),
            Token::Comment(c) => Piece::Comment(c.span.start..c.span.end),
            Token::Doctype(_) | Token::Error(_) => continue,
        };
        pieces.push(piece);
    }
    let opened = |name: &str| {
        pieces
            .iter()
            .any(|p| matches!(p, Piece::Open(n, _, _) if n == name))
    };
    let container = ["article", "main", "body"]
        .into_iter()
        .find(|name| opened(name));

    let mut blank = Blank::new(text);
    let mut open: HashMap<&str, usize> = HashMap::new();
    let mut inside = usize::from(container.is_none());
    let mut suppressions: Vec<Suppression> = Vec::new();
    // Suppressions whose block has not ended yet, and whether it has text yet.
    let mut pending: Vec<(usize, bool)> = Vec::new();
    for piece in &pieces {
        match piece {
            Piece::Open(name, span, self_closing) => {
                if Some(name.as_str()) == container {
                    inside += 1;
                }
                if let Some(chrome) = CHROME.iter().find(|c| **c == name) {
                    if !self_closing {
                        *open.entry(chrome).or_default() += 1;
                    }
                }
                if BLOCKS.contains(&name.as_str()) {
                    blank.break_at(span.start);
                }
            }
            Piece::Close(name, span) => {
                if Some(name.as_str()) == container {
                    inside = inside.saturating_sub(1);
                }
                if let Some(count) = open.get_mut(name.as_str()) {
                    *count = count.saturating_sub(1);
                }
                if BLOCKS.contains(&name.as_str()) {
                    blank.break_at(span.start);
                    pending.retain(|&(i, seen)| {
                        if seen {
                            suppressions[i].scope.end = span.end;
                        }
                        !seen
                    });
                }
            }
            Piece::Text(span) => {
                let chrome = open.values().any(|&n| n > 0);
                if inside > 0 && !chrome {
                    blank.keep(span.clone());
                    decode_entities(text, span.clone(), &mut blank);
                    if !text[span.clone()].trim().is_empty() {
                        for p in &mut pending {
                            p.1 = true;
                        }
                    }
                }
            }
            Piece::Comment(span) => {
                let line_start = text[..span.start].rfind('\n').map_or(0, |i| i + 1);
                let line_end = text[span.end..]
                    .find('\n')
                    .map_or(text.len(), |i| span.end + i);
                let line = line_start..line_end;
                if let Some((whole_file, claim, reason)) =
                    suppress::in_comment_line(&text[line.clone()])
                {
                    let scope = if whole_file {
                        0..text.len()
                    } else {
                        line.end..text.len()
                    };
                    if !whole_file {
                        pending.push((suppressions.len(), false));
                    }
                    suppressions.push(Suppression {
                        claim,
                        reason,
                        whole_file,
                        at: line,
                        scope,
                    });
                }
            }
        }
    }
    Prose {
        text: Some(blank.finish()),
        suppressions,
    }
}

fn lower(name: &[u8]) -> String {
    String::from_utf8_lossy(name).to_ascii_lowercase()
}

/// Decodes every `&name;` and `&#N;` in `span` in place: the character, then
/// spaces to the entity's length. An entity whose character is longer than
/// the entity itself (none in the standard table is) stays as written.
fn decode_entities(text: &str, span: std::ops::Range<usize>, blank: &mut Blank<'_>) {
    let bytes = text.as_bytes();
    let mut at = span.start;
    while let Some(i) = memchr::memchr(b'&', &bytes[at..span.end]) {
        let start = at + i;
        at = start + 1;
        let Some(len) = bytes[start + 1..span.end]
            .iter()
            .take(40)
            .position(|&b| b == b';')
            .map(|p| p + 2)
        else {
            continue;
        };
        let entity = &text[start..start + len];
        if !entity[1..len - 1]
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'#')
        {
            continue;
        }
        let mut decoded = Vec::new();
        for token in Tokenizer::new(entity) {
            let Ok(token) = token;
            if let Token::String(s) = token {
                decoded.extend_from_slice(&s);
            }
        }
        if let Ok(decoded) = String::from_utf8(decoded) {
            if decoded != entity {
                blank.replace(start, len, &decoded);
            }
        }
        at = start + len;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prose(text: &str) -> String {
        read(text).text.unwrap()
    }

    #[test]
    fn article_text_without_chrome() {
        let text = "<html><head><title>12 hours</title><script>var t = '45 minutes';</script></head>\n<body><nav>Home 90 minutes</nav><article><h1>Talks end</h1><p>The talks lasted 3 hours.</p></article><footer>5 hours</footer></body></html>";
        let p = prose(text);
        assert_eq!(p.len(), text.len());
        assert!(p.contains("Talks end"));
        assert!(p.contains("The talks lasted 3 hours."));
        for gone in ["12 hours", "45 minutes", "90 minutes", "5 hours", "<p>"] {
            assert!(!p.contains(gone), "{gone} in {p:?}");
        }
    }

    #[test]
    fn body_when_no_article_or_main() {
        let p = prose("<body><p>Met for 3 hours.</p><aside>2 hours</aside></body>");
        assert!(p.contains("Met for 3 hours."));
        assert!(!p.contains("2 hours"));
    }

    #[test]
    fn entities_are_decoded_in_place() {
        let text = "<p>AT&amp;T said &ldquo;no&rdquo;&nbsp;today</p>";
        let p = prose(text);
        assert_eq!(p.len(), text.len());
        assert!(
            p.contains("AT&    T said “    no”    \u{a0}    today"),
            "{p:?}"
        );
    }

    #[test]
    fn block_tags_end_sentences() {
        let p = prose("<p>Talks ended,</p><p>Lasting 3 hours</p><br>x");
        assert!(p.contains("Talks ended,\n\n"), "{p:?}");
    }

    #[test]
    fn a_suppression_covers_the_next_block() {
        let text = "<p>a</p>\n<!-- factcheck-ignore talks: wire copy -->\n<p>The talks lasted 12 hours.</p>\n<p>b</p>";
        let prose = read(text);
        let s = &prose.suppressions[0];
        assert_eq!(s.reason.as_deref(), Some("wire copy"));
        assert!(s.covers("talks", text.find("12").unwrap()));
        assert!(!s.covers("talks", text.find(">b<").unwrap()));
    }
}
