//! Inline suppressions (SPEC §6): `<!-- factcheck-ignore CLAIM: reason -->`
//! on a line of its own silences CLAIM's findings in the next paragraph (or
//! block); `factcheck-ignore-file` silences them in the whole file. In plain
//! text the same words follow `#` or `//` at the start of a line.
//!
//! A suppression is data: readers find them, the run applies them to judged
//! findings and warns about those that are stale, name no claim or give no
//! reason. None of them ever fails a run.

use std::ops::Range;

use super::Blank;

/// One `factcheck-ignore` line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suppression {
    /// The claim id it names, if any.
    pub claim: Option<String>,
    /// Why the finding is accepted, if given.
    pub reason: Option<String>,
    /// `factcheck-ignore-file`: the whole file, not the next block.
    pub whole_file: bool,
    /// The directive's own bytes (for messages).
    pub at: Range<usize>,
    /// The bytes it silences: findings starting in here are suppressed.
    pub scope: Range<usize>,
}

impl Suppression {
    /// True when it silences `claim`'s finding starting at byte `start`.
    pub fn covers(&self, claim: &str, start: usize) -> bool {
        self.claim.as_deref() == Some(claim) && self.scope.contains(&start)
    }
}

/// `directive := "factcheck-ignore" "-file"? (claim (":" reason)?)?`, the
/// words after a comment opener; `None` when `body` is no directive.
/// Returns `(whole_file, claim, reason)`.
pub fn directive(body: &str) -> Option<(bool, Option<String>, Option<String>)> {
    let rest = body.trim_start().strip_prefix("factcheck-ignore")?;
    let (whole_file, rest) = match rest.strip_prefix("-file") {
        Some(rest) => (true, rest),
        None => (false, rest),
    };
    if !(rest.is_empty() || rest.starts_with([' ', '\t', ':'])) {
        return None;
    }
    let rest = rest.trim();
    let (claim, reason) = match rest.split_once(':') {
        Some((claim, reason)) => (claim.trim(), reason.trim()),
        // `factcheck-ignore talks forgot the colon`: the first word is the claim.
        None => (rest.split_whitespace().next().unwrap_or(""), ""),
    };
    let some = |s: &str| (!s.is_empty()).then(|| s.to_string());
    Some((whole_file, some(claim), some(reason)))
}

/// A directive in an HTML comment filling its line: `<!-- factcheck-ignore … -->`.
pub fn in_comment_line(line: &str) -> Option<(bool, Option<String>, Option<String>)> {
    let inner = line.trim().strip_prefix("<!--")?.strip_suffix("-->")?;
    directive(inner)
}

/// Plain text: finds `#`/`//` directive lines, blanks them (their reason is
/// no article text) and scopes each to the next paragraph.
pub fn in_plain_text(text: &str) -> (String, Vec<Suppression>) {
    let mut blank = Blank::new(text);
    blank.keep(0..text.len());
    let mut found = Vec::new();
    for line in lines(text) {
        let trimmed = text[line.clone()].trim();
        let body = trimmed
            .strip_prefix("//")
            .or_else(|| trimmed.strip_prefix('#'))
            .or_else(|| {
                trimmed
                    .strip_prefix("<!--")
                    .and_then(|t| t.strip_suffix("-->"))
            });
        if let Some((whole_file, claim, reason)) = body.and_then(directive) {
            blank.blank(line.clone());
            found.push(Suppression {
                claim,
                reason,
                whole_file,
                scope: scope(text, line.end, whole_file),
                at: line,
            });
        }
    }
    (blank.finish(), found)
}

/// The bytes a directive ending at `end` silences: the whole file, or the
/// next paragraph (blank lines skipped, then up to the next blank line).
pub fn scope(text: &str, end: usize, whole_file: bool) -> Range<usize> {
    if whole_file {
        return 0..text.len();
    }
    let mut start = None;
    for line in lines(&text[end..]) {
        let blank = text[end + line.start..end + line.end].trim().is_empty();
        match (start, blank) {
            (None, true) => {}
            (None, false) => start = Some(end + line.start),
            (Some(s), true) => return s..end + line.start,
            (Some(_), false) => {}
        }
    }
    start.unwrap_or(text.len())..text.len()
}

/// Byte ranges of the lines of `text`, without their line breaks.
pub(crate) fn lines(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        if at > text.len() || (at == text.len() && !text.is_empty()) {
            return None;
        }
        let end = memchr::memchr(b'\n', &text.as_bytes()[at..]).map_or(text.len(), |i| at + i);
        let line = at..end.min(text.len());
        let line = if text[line.clone()].ends_with('\r') {
            line.start..line.end - 1
        } else {
            line
        };
        at = end + 1;
        Some(line)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directive_reads_claim_and_reason() {
        assert_eq!(
            directive(" factcheck-ignore talks: quoted from the wire "),
            Some((
                false,
                Some("talks".into()),
                Some("quoted from the wire".into())
            ))
        );
        assert_eq!(
            directive("factcheck-ignore-file day:"),
            Some((true, Some("day".into()), None))
        );
        assert_eq!(directive("factcheck-ignore"), Some((false, None, None)));
        assert_eq!(directive("factcheck-ignored talks: x"), None);
        assert_eq!(directive("note: factcheck-ignore"), None);
    }

    #[test]
    fn a_comment_line_holds_a_directive() {
        assert!(in_comment_line("  <!-- factcheck-ignore talks: why -->").is_some());
        assert!(in_comment_line("text <!-- factcheck-ignore talks: why -->").is_none());
    }

    #[test]
    fn plain_text_directives_scope_the_next_paragraph_and_are_blanked() {
        let text = "# factcheck-ignore talks: wire copy\n\nThe talks lasted 12 hours.\nStill here.\n\nAfter.";
        let (blanked, found) = in_plain_text(text);
        assert_eq!(blanked.len(), text.len());
        assert!(blanked.starts_with("        "), "{blanked:?}");
        assert!(blanked.contains("The talks lasted 12 hours."));
        assert_eq!(found.len(), 1);
        let s = &found[0];
        assert_eq!(
            &text[s.scope.clone()],
            "The talks lasted 12 hours.\nStill here.\n"
        );
        assert!(s.covers("talks", text.find("12").unwrap()));
        assert!(!s.covers("talks", text.find("After").unwrap()));
        assert!(!s.covers("day", text.find("12").unwrap()));
    }
}
