//! Markdown articles (SPEC §6): CommonMark through pulldown-cmark's offset
//! iterator, plus YAML (`---`) or TOML (`+++`) front matter.
//!
//! Only text events are prose: code (fenced, indented, inline), HTML
//! (comments, raw tags), link and image targets, image alt text, autolinks
//! and markup characters are blanked (see the parent module). Link text is
//! prose. A list item or table cell ends a sentence: a line break is put on
//! its marker or pipe. Front matter is blanked except the values of `title`,
//! `subtitle`, `description` and `summary`, each of which sits on its own
//! line and so is read as a headline.

use std::ops::Range;

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

use super::suppress::{self, Suppression};
use super::{Blank, Prose};

/// Front-matter keys whose values are headline lines.
const HEADLINE_KEYS: &[&str] = &["title", "subtitle", "description", "summary"];

/// Reads a Markdown article.
pub fn read(text: &str) -> Prose {
    let mut blank = Blank::new(text);
    let front = front_matter(text);
    if let Some(front) = &front {
        for value in headline_values(text, front.clone()) {
            blank.keep(value);
        }
    }
    let body_start = front.as_ref().map_or(0, |f| f.end);
    let mut options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    options |= Options::ENABLE_FOOTNOTES;
    // pulldown-cmark is given the body only (front matter is ours), so that a
    // closing `---` is never read as a setext heading rule.
    let body = &text[body_start..];
    let mut hidden = 0usize;
    let mut suppressions = Vec::new();
    for (event, range) in Parser::new_ext(body, options).into_offset_iter() {
        let range = range.start + body_start..range.end + body_start;
        match event {
            Event::Text(_) if hidden == 0 => blank.keep(range),
            Event::Start(tag) => match tag {
                Tag::CodeBlock(_) | Tag::Image { .. } | Tag::MetadataBlock(_) => hidden += 1,
                Tag::Link {
                    link_type: LinkType::Autolink | LinkType::Email,
                    ..
                } => hidden += 1,
                Tag::Item => blank.break_at(range.start),
                Tag::TableCell => {
                    if let Some(pipe) = pipe_before(text, range.start) {
                        blank.break_at(pipe);
                    }
                }
                _ => {}
            },
            Event::End(end) => match end {
                TagEnd::CodeBlock | TagEnd::Image | TagEnd::MetadataBlock(_) => {
                    hidden = hidden.saturating_sub(1)
                }
                TagEnd::Link if is_autolink(text, &range) => hidden = hidden.saturating_sub(1),
                _ => {}
            },
            Event::Html(_) | Event::InlineHtml(_) => {
                collect_directives(text, range, &mut suppressions);
            }
            _ => {}
        }
    }
    Prose {
        text: Some(blank.finish()),
        suppressions,
    }
}

/// An autolink's range is the whole `<…>`; its text is the URL itself.
fn is_autolink(text: &str, range: &Range<usize>) -> bool {
    text[range.clone()].starts_with('<') && text[range.clone()].ends_with('>')
}

/// The `|` that opens the table cell starting at `start`, on the same line.
fn pipe_before(text: &str, start: usize) -> Option<usize> {
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    text[line_start..start].rfind('|').map(|i| line_start + i)
}

/// Every directive line in an HTML block or inline HTML event.
fn collect_directives(text: &str, range: Range<usize>, out: &mut Vec<Suppression>) {
    let html = &text[range.clone()];
    if !html.contains("factcheck-ignore") {
        return;
    }
    for line in suppress::lines(html) {
        let at = range.start + line.start..range.start + line.end;
        let whole_line = {
            let line_start = text[..at.start].rfind('\n').map_or(0, |i| i + 1);
            let line_end = text[at.end..].find('\n').map_or(text.len(), |i| at.end + i);
            line_start..line_end
        };
        if let Some((whole_file, claim, reason)) =
            suppress::in_comment_line(&text[whole_line.clone()])
        {
            out.push(Suppression {
                claim,
                reason,
                whole_file,
                scope: suppress::scope(text, whole_line.end, whole_file),
                at: whole_line,
            });
        }
    }
}

/// `front_matter := ("---" | "+++") newline line* ("---" | "..." | "+++") newline`
/// at the very start of the file; the range of the whole block, fences included.
pub fn front_matter(text: &str) -> Option<Range<usize>> {
    let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let mut lines = suppress::lines(&text[start..]).map(|r| r.start + start..r.end + start);
    let first = lines.next()?;
    let fence = text[first.clone()].trim_end();
    let closers: &[&str] = match fence {
        "---" => &["---", "..."],
        "+++" => &["+++"],
        _ => return None,
    };
    for line in lines {
        if closers.contains(&text[line.clone()].trim_end()) {
            let end = text[line.end..]
                .find('\n')
                .map_or(text.len(), |i| line.end + i + 1);
            return Some(start..end.min(text.len()));
        }
    }
    None
}

/// The values of headline keys in a front-matter block, quotes left out:
/// `title: "Summit ends"` (YAML) or `title = "Summit ends"` (TOML).
fn headline_values(text: &str, front: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for line in suppress::lines(&text[front.clone()]) {
        let line = front.start + line.start..front.start + line.end;
        let s = &text[line.clone()];
        // Nested keys (indented) belong to another map.
        if s.starts_with([' ', '\t']) {
            continue;
        }
        let Some(split) = s.find([':', '=']) else {
            continue;
        };
        let key = s[..split].trim().trim_matches(['"', '\'']);
        if !HEADLINE_KEYS.iter().any(|k| k.eq_ignore_ascii_case(key)) {
            continue;
        }
        let value_start = line.start + split + 1;
        let raw = &text[value_start..line.end];
        let lead = raw.len() - raw.trim_start().len();
        let mut value = value_start + lead..line.end - (raw.len() - raw.trim_end().len());
        let v = &text[value.clone()];
        if v.len() >= 2
            && ((v.starts_with('"') && v.ends_with('"'))
                || (v.starts_with('\'') && v.ends_with('\'')))
        {
            value = value.start + 1..value.end - 1;
        }
        // A block scalar (`>` or `|`) is not read: its lines follow, indented.
        if matches!(&text[value.clone()], ">" | "|" | ">-" | "|-") {
            continue;
        }
        out.push(value);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prose(text: &str) -> String {
        read(text).text.unwrap()
    }

    #[test]
    fn front_matter_is_found_only_at_the_start() {
        let text = "---\ntitle: a\n---\nbody";
        assert_eq!(front_matter(text), Some(0..17));
        assert_eq!(front_matter("+++\ntitle = 'a'\n+++\n"), Some(0..20));
        assert_eq!(front_matter("body\n---\ntitle: a\n---\n"), None);
        assert_eq!(front_matter("---\nnever closed"), None);
    }

    #[test]
    fn front_matter_keeps_only_headline_values() {
        let text =
            "---\ntitle: \"Talks end after 12 hours\"\nauthor: Jo 45\ntags: [a]\n---\nBody.\n";
        let p = prose(text);
        assert_eq!(p.len(), text.len());
        assert!(p.contains("\n        Talks end after 12 hours \n"), "{p:?}");
        assert!(!p.contains("45"));
        assert!(!p.contains("title"));
        assert!(p.contains("Body."));
    }

    #[test]
    fn code_comments_and_urls_are_blank_and_link_text_is_kept() {
        let text = "See [the 3 hour talks](https://x.test/45-minutes) and `12 hours`.\n\n<!-- 45 minutes -->\n\n```\n90 minutes\n```\n\n<https://x.test/2-hours>\n";
        let p = prose(text);
        assert!(p.contains("the 3 hour talks"));
        for gone in ["45", "12 hours", "90 minutes", "2-hours", "https"] {
            assert!(!p.contains(gone), "{gone} in {p:?}");
        }
    }

    #[test]
    fn bold_date_reads_as_words_and_list_items_break() {
        let text = "- **July 21:** Eagle touches down,\n- second item\n";
        let p = prose(text);
        assert!(p.contains("July 21:   Eagle touches down,"), "{p:?}");
        // The second item's marker became a line break: a blank line between items.
        assert!(p.contains(",\n\n\nsecond item"), "{p:?}");
    }

    #[test]
    fn table_cells_are_broken_apart() {
        let text = "| a | b |\n|---|---|\n| 12 hours | talks |\n";
        let p = prose(text);
        assert!(p.contains("12 hours"));
        let row = p.lines().nth(2).unwrap_or("");
        assert!(!row.contains("hours   talks"), "{p:?}");
    }
}
