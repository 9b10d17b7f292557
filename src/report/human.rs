//! `--format human`: one block per claim that has a problem, in the style of
//! rustc's diagnostics, then the claims × articles matrix and a one-line
//! summary.
//!
//! A block's heading says what it is ("error: talks-length — how long the
//! closed-door talks lasted"). Under it, each article with a problem gets a
//! `-->` line (path, line and column, in characters) and its offending
//! mentions, each under its source line with `^^^` and a label; other spans
//! of that article that bear on them are marked `---`, and consensus sources in
//! other articles follow after `:::`. A `= help:` line names the expected value
//! or the consensus, the claim's line in its YAML file (the one pointer to it)
//! and the articles that agree.
//!
//! Article paragraphs are often single lines of hundreds of characters, so a
//! source line wider than the terminal is shown as a window around the span,
//! cut with `…` (rustc's long-line handling); labels are never cut, only
//! wrapped. No line is wider than [`Options::width`] unless a single word is.
//! Values are written as people write them ([`super::readable`]). Colour is a
//! theme choice only: without it the output is plain Unicode that reads the
//! same when piped.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::ops::Range;

use crate::check::{Finding, Verdict};
use crate::claims::Severity;

use super::readable::{self, Names};
use super::{ClaimInfo, Report, Texts};

/// How to draw the report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    /// Use ANSI colours.
    pub color: bool,
    /// Width in columns (characters) no line goes over.
    pub width: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            color: false,
            width: 100,
        }
    }
}

/// The width to draw at: `COLUMNS` when set to a number, else the terminal's
/// width when standard output is one, else 100.
pub fn terminal_width() -> usize {
    if let Some(n) = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|&n| n > 0)
    {
        return n;
    }
    terminal_size::terminal_size()
        .map(|(w, _)| usize::from(w.0))
        .filter(|&w| w > 0)
        .unwrap_or(100)
}

/// The narrowest width drawn at: below it the layout would be all ellipses.
const MIN_WIDTH: usize = 40;

/// How many agreeing articles the help line names before "and N more".
const AGREEING_SHOWN: usize = 3;

/// ANSI styles, empty without colour.
#[derive(Clone, Copy)]
struct Style {
    color: bool,
}

impl Style {
    fn paint(self, code: &str, text: &str) -> String {
        if self.color && !code.is_empty() {
            format!("\u{1b}[{code}m{text}\u{1b}[0m")
        } else {
            text.to_string()
        }
    }

    fn severity(self, s: Severity) -> &'static str {
        match s {
            Severity::Error => "1;31",
            Severity::Warning => "1;33",
            Severity::Info => "1;32",
        }
    }
}

/// Renders the report; `texts[i]` is article `i`'s text (snippets are skipped
/// for an article whose text is missing).
pub fn render(report: &Report, texts: &dyn Texts, options: Options) -> String {
    let mut out = Vec::new();
    // Writing to memory cannot fail, and the text is UTF-8.
    let _ = write(report, texts, options, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// Writes the report to `out` a claim's block at a time.
pub fn write(
    report: &Report,
    texts: &dyn Texts,
    options: Options,
    sink: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let names = &report.names;
    let width = options.width.max(MIN_WIDTH);
    let style = Style {
        color: options.color,
    };
    let mut out = String::new();
    let mut diffs = false;
    for claim in &report.claims {
        let block = Block {
            report,
            claim,
            texts,
            width,
            style,
            names,
        };
        if let Some(text) = block.render() {
            diffs |= text.contains("[-") || text.contains("{+");
            sink.write_all(text.as_bytes())?;
            sink.write_all(b"\n")?;
        }
    }
    if diffs {
        out.push_str(&wrap_hanging(
            "note: ",
            "in a quote, [-word-] is the claim's word the article does not have and {+word+} \
             the article's word the claim does not have",
            width,
        ));
        out.push('\n');
    }
    out.push_str(&matrix(report, options.color, width));
    out.push('\n');
    out.push_str(&wrap_hanging("", &summary_line(report), width));
    sink.write_all(out.as_bytes())
}

/// One claim's block.
struct Block<'a> {
    report: &'a Report,
    claim: &'a ClaimInfo,
    texts: &'a dyn Texts,
    width: usize,
    style: Style,
    names: &'a Names,
}

/// A span to mark under its source line.
struct Mark {
    span: Range<usize>,
    label: String,
    primary: bool,
}

impl Block<'_> {
    fn readable(&self, text: &str) -> String {
        readable::message(&self.claim.kind, text, self.names)
    }

    /// The block, or `None` when nothing is wrong with the claim.
    fn render(&self) -> Option<String> {
        let report = self.report;
        let problems: Vec<&Finding> = report
            .findings
            .iter()
            .filter(|f| *f.claim == *self.claim.id && f.verdict != Verdict::Supports)
            .collect();
        let worst = problems.iter().map(|f| f.severity).max()?;
        let mut out = String::new();
        let word = match worst {
            Severity::Error => "error",
            _ => "warning",
        };
        let indent = word.len() + 2;
        let heading = format!("{} — {}", self.claim.id, self.claim.about);
        for (i, piece) in wrap(&heading, self.width.saturating_sub(indent))
            .iter()
            .enumerate()
        {
            if i == 0 {
                let word = self.style.paint(self.style.severity(worst), word);
                let _ = writeln!(
                    out,
                    "{word}{}",
                    self.style.paint("1", &format!(": {piece}"))
                );
            } else {
                let _ = writeln!(out, "{:indent$}{}", "", self.style.paint("1", piece));
            }
        }

        // Problems grouped by article, in report order.
        let mut groups: Vec<(usize, Vec<&Finding>)> = Vec::new();
        for f in &problems {
            match groups.iter_mut().find(|(a, _)| *a == f.article) {
                Some((_, g)) => g.push(f),
                None => groups.push((f.article, vec![f])),
            }
        }
        let problem_articles: Vec<usize> = groups.iter().map(|(a, _)| *a).collect();
        let gutter = self.gutter(&problems);
        for (article, group) in &groups {
            let mut marks = Vec::new();
            for f in group {
                marks.push(Mark {
                    span: f.span.clone(),
                    label: self.readable(&f.message),
                    primary: true,
                });
            }
            for f in group {
                for r in f.related.iter().filter(|r| r.article == *article) {
                    if !marks.iter().any(|m| m.span == r.span) {
                        marks.push(Mark {
                            span: r.span.clone(),
                            label: self.readable(&r.label),
                            primary: false,
                        });
                    }
                }
            }
            let first = group[0];
            self.article(
                &mut out,
                "-->",
                *article,
                Some((first.line, first.column)),
                marks,
                gutter,
            );
        }
        // Consensus sources in articles with no problem of their own here.
        let mut sources: BTreeMap<usize, Vec<Mark>> = BTreeMap::new();
        for f in &problems {
            for r in &f.related {
                if problem_articles.contains(&r.article) {
                    continue;
                }
                let marks = sources.entry(r.article).or_default();
                if !marks.iter().any(|m| m.span == r.span) {
                    marks.push(Mark {
                        span: r.span.clone(),
                        label: self.readable(&r.label),
                        primary: false,
                    });
                }
            }
        }
        for (article, marks) in sources {
            self.article(&mut out, ":::", article, None, marks, gutter);
        }
        let help = self.help(&problems);
        let lead = format!("{:>gutter$} = help: ", "");
        out.push_str(&wrap_hanging(&lead, &help, self.width));
        Some(out)
    }

    /// The gutter's width: the widest line number shown, at least 2.
    fn gutter(&self, problems: &[&Finding]) -> usize {
        let widest = problems
            .iter()
            .map(|f| f.line)
            .chain(
                problems
                    .iter()
                    .flat_map(|f| f.related.iter())
                    .filter_map(|r| {
                        let text = self.texts.text(r.article)?;
                        Some(line_column(&text, r.span.start)?.0)
                    }),
            )
            .max()
            .unwrap_or(1);
        widest.to_string().len().max(2)
    }

    /// One article's marks, each under its source line (or, without the
    /// article's text, the labels as notes).
    fn article(
        &self,
        out: &mut String,
        arrow: &str,
        article: usize,
        at: Option<(usize, usize)>,
        mut marks: Vec<Mark>,
        gutter: usize,
    ) {
        let path = self.report.article_path(article);
        let text = self
            .texts
            .text(article)
            .filter(|t| marks.iter().any(|m| t.get(m.span.clone()).is_some()));
        let text = text.as_deref();
        marks.sort_by_key(|m| (m.span.start, !m.primary, m.span.end));
        let at = at.or_else(|| {
            let first = marks.first()?;
            line_column(text?, first.span.start)
        });
        let place = match at {
            Some((line, column)) => format!("{path}:{line}:{column}"),
            None => path.to_string(),
        };
        let arrow = self.style.paint("1;34", arrow);
        let bar = self.style.paint("1;34", "|");
        let _ = writeln!(out, "{:>gutter$}{arrow} {place}", "");
        let Some(text) = text else {
            for m in &marks {
                let lead = format!("{:>gutter$} = ", "");
                out.push_str(&wrap_hanging(&lead, &m.label, self.width));
            }
            return;
        };
        let _ = writeln!(out, "{:>gutter$} {bar}", "");
        let mut first = true;
        for m in &marks {
            if text.get(m.span.clone()).is_none() {
                continue;
            }
            if !first {
                let _ = writeln!(out, "{:>gutter$} {bar}", "");
            }
            first = false;
            self.snippet(out, text, m, gutter);
        }
        let _ = writeln!(out, "{:>gutter$} {bar}", "");
    }

    /// A source line, windowed around the mark's span, and the mark under it.
    fn snippet(&self, out: &mut String, text: &str, mark: &Mark, gutter: usize) {
        let start = mark.span.start;
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        let line = text[line_start..line_end].trim_end_matches('\r');
        let chars: Vec<char> = line
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        let s = text[line_start..start].chars().count().min(chars.len());
        let end = mark.span.end.clamp(start, line_start + line.len());
        let len = text[start..end].chars().count().max(1);
        let line_no = text[..start].matches('\n').count() + 1;
        let room = self.width.saturating_sub(gutter + 3).max(10);
        let w = window(chars.len(), s, len, room);
        let mut shown = String::new();
        if w.left {
            shown.push('…');
        }
        shown.extend(&chars[w.start..w.end]);
        if w.right {
            shown.push('…');
        }
        let bar = self.style.paint("1;34", "|");
        let number = self.style.paint("1;34", &format!("{line_no:>gutter$}"));
        let _ = writeln!(out, "{number} {bar} {shown}");
        let offset = (s - w.start) + usize::from(w.left);
        let marker_len = len.min(w.end.saturating_sub(s)).max(1);
        let (ch, code) = if mark.primary {
            ('^', "1;31")
        } else {
            ('-', "1;34")
        };
        let marker = ch.to_string().repeat(marker_len);
        let lead = format!("{:>gutter$} {bar} ", "");
        let used = gutter + 3 + offset + marker_len;
        let label_chars = mark.label.chars().count();
        if used + 1 + label_chars <= self.width {
            let _ = writeln!(
                out,
                "{lead}{:offset$}{} {}",
                "",
                self.style.paint(code, &marker),
                self.style.paint(code, &mark.label)
            );
            return;
        }
        let _ = writeln!(
            out,
            "{lead}{:offset$}{}",
            "",
            self.style.paint(code, &marker)
        );
        // The label on lines of its own, whole, under the span when there is room.
        let indent = if offset + 30 <= room { offset } else { 0 };
        let avail = room.saturating_sub(indent).max(10);
        for piece in wrap(&mark.label, avail) {
            let _ = writeln!(
                out,
                "{lead}{:indent$}{}",
                "",
                self.style.paint(code, &piece)
            );
        }
    }

    /// "expected 3h ± 30m (claims/a.yaml:43); agreeing: a.txt (2h33m..3h), b.txt (3h)".
    fn help(&self, problems: &[&Finding]) -> String {
        let expected = problems
            .iter()
            .find_map(|f| f.expected.clone())
            .map(|e| self.readable(&e));
        // The first few supporting articles, from the report's digest of supports.
        let row = self.report.row(&self.claim.id);
        let supports = row.map_or(&[][..], |r| self.report.digest.supports(r));
        let mut agreeing: Vec<String> = Vec::new();
        let mut shown_articles: Vec<usize> = Vec::new();
        for f in supports {
            if agreeing.len() == AGREEING_SHOWN {
                break;
            }
            let entry = format!(
                "{} ({})",
                self.report.article_path(f.article),
                self.readable(&f.value)
            );
            if !agreeing.contains(&entry) {
                agreeing.push(entry);
                if !shown_articles.contains(&f.article) {
                    shown_articles.push(f.article);
                }
            }
        }
        let supporting = row.map_or(0, |r| self.report.digest.supporting_articles(r));
        let consensus = problems.iter().any(|f| f.verdict == Verdict::Disagrees);
        let mut head = match (&expected, consensus) {
            (Some(e), false) => format!("expected {e}"),
            (Some(e), true) => format!("the consensus is {e}"),
            (None, _) => {
                "the articles are split and the claim has no `value`; add one to decide".to_string()
            }
        };
        if let Some(at) = self.yaml_line() {
            let _ = write!(head, " (claim at {at})");
        }
        if agreeing.is_empty() {
            return format!("{head}; no article agrees");
        }
        let mut list = agreeing.join(", ");
        match supporting.saturating_sub(shown_articles.len()) {
            0 => {}
            1 => list.push_str(" and 1 more article"),
            more => {
                let _ = write!(list, " and {more} more articles");
            }
        }
        format!("{head}; agreeing: {list}")
    }

    /// `claims/a.yaml:43`: where the claim's value (else its id) is.
    fn yaml_line(&self) -> Option<String> {
        super::claim_line(self.claim, &self.report.sources)
    }
}

/// What of a source line is shown: chars `start..end`, and whether an
/// ellipsis stands for what is cut on either side.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Window {
    start: usize,
    end: usize,
    left: bool,
    right: bool,
}

/// The window of at most `room` characters (ellipses included) of a line of
/// `n` characters that shows the span of `len` characters at `s`, with as
/// much context on either side as fits.
fn window(n: usize, s: usize, len: usize, room: usize) -> Window {
    if n <= room {
        return Window {
            start: 0,
            end: n,
            left: false,
            right: false,
        };
    }
    let content = room.saturating_sub(2).max(1);
    let ws = if len >= content {
        s
    } else {
        s - s.min((content - len) / 2)
    };
    if ws == 0 {
        return Window {
            start: 0,
            end: room - 1,
            left: false,
            right: true,
        };
    }
    if ws + (room - 1) >= n {
        return Window {
            start: (n - (room - 1)).min(s),
            end: n,
            left: true,
            right: false,
        };
    }
    Window {
        start: ws,
        end: ws + content,
        left: true,
        right: true,
    }
}

/// 1-based line and column (in characters) of byte `at` of `text`.
fn line_column(text: &str, at: usize) -> Option<(usize, usize)> {
    let before = text.get(..at)?;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    Some((
        before.matches('\n').count() + 1,
        before[line_start..].chars().count() + 1,
    ))
}

/// `text` in lines of at most `width` characters, broken at spaces (a word
/// longer than a line is broken where it must be).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut line_len = 0;
    for word in text.split(' ') {
        let mut word: Vec<char> = word.chars().collect();
        loop {
            let gap = usize::from(line_len > 0);
            if line_len + gap + word.len() <= width {
                if gap == 1 {
                    line.push(' ');
                }
                line.extend(&word);
                line_len += gap + word.len();
                break;
            }
            if line_len > 0 {
                lines.push(std::mem::take(&mut line));
                line_len = 0;
                continue;
            }
            let rest = word.split_off(width);
            lines.push(word.into_iter().collect());
            word = rest;
        }
    }
    if line_len > 0 || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// `text` after `lead` on the first line and aligned under its start on the
/// others, each line ending in a newline.
fn wrap_hanging(lead: &str, text: &str, width: usize) -> String {
    let indent = lead.chars().count();
    let mut out = String::new();
    for (i, piece) in wrap(text, width.saturating_sub(indent).max(10))
        .iter()
        .enumerate()
    {
        if i == 0 {
            out.push_str(lead);
        } else {
            out.push_str(&" ".repeat(indent));
        }
        out.push_str(piece);
        out.push('\n');
    }
    out
}

/// Claims × articles: ✓ supports, ✗ contradicts, ~ disagrees, · not mentioned.
fn matrix(report: &Report, color: bool, width: usize) -> String {
    // Columns are the articles in scope (all of them unless `--changed-since`).
    let columns: Vec<usize> = (0..report.articles.len())
        .filter(|&a| report.in_scope(a))
        .collect();
    let mut cells = vec![0u8; report.claims.len() * columns.len()];
    for r in 0..report.claims.len() {
        for (c, &a) in columns.iter().enumerate() {
            cells[r * columns.len() + c] = report.digest.rank(r, a);
        }
    }
    let cell_width = columns.len().to_string().len() + 1;
    let id_width = report
        .claims
        .iter()
        .map(|c| c.id.chars().count())
        .max()
        .unwrap_or(0)
        .max(5);
    let paint = |out: &mut String, rank: u8| {
        let (mark, ansi) = match rank {
            3 => ("✗", "31"),
            2 => ("~", "33"),
            1 => ("✓", "32"),
            _ => ("·", ""),
        };
        if color && !ansi.is_empty() {
            let _ = write!(out, "\u{1b}[{ansi}m{mark}\u{1b}[0m");
        } else {
            out.push_str(mark);
        }
    };
    let mut out = String::new();
    if id_width + columns.len() * cell_width > width {
        // Too many articles for a row each claim: a row each article instead.
        out.push_str(&wrap_hanging(
            "articles × claims: ",
            "✓ supports  ✗ contradicts  ~ disagrees  · not mentioned",
            width,
        ));
        let w = report.claims.len().to_string().len() + 1;
        let names: Vec<String> = report
            .claims
            .iter()
            .enumerate()
            .map(|(r, c)| format!("{} {}", r + 1, c.id))
            .collect();
        out.push_str(&wrap_hanging("claims: ", &names.join(", "), width));
        for r in 1..=report.claims.len() {
            let _ = write!(out, "{r:>w$}");
        }
        out.push('\n');
        let room = width.saturating_sub(report.claims.len() * w + 1).max(10);
        for (c, &a) in columns.iter().enumerate() {
            for r in 0..report.claims.len() {
                let _ = write!(out, "{:>pad$}", "", pad = w - 1);
                paint(&mut out, cells[r * columns.len() + c]);
            }
            let path = &report.articles[a];
            let chars = path.chars().count();
            let shown: String = if chars > room {
                std::iter::once('…')
                    .chain(path.chars().skip(chars - room + 1))
                    .collect()
            } else {
                path.clone()
            };
            let _ = writeln!(out, " {shown}");
        }
        return out;
    }
    out.push_str(&wrap_hanging(
        "claims × articles: ",
        "✓ supports  ✗ contradicts  ~ disagrees  · not mentioned",
        width,
    ));
    let _ = write!(out, "{:id_width$}", "");
    for c in 1..=columns.len() {
        let _ = write!(out, "{c:>cell_width$}");
    }
    out.push('\n');
    for (r, claim) in report.claims.iter().enumerate() {
        let _ = write!(out, "{:id_width$}", claim.id);
        for c in 0..columns.len() {
            let _ = write!(out, "{:>pad$}", "", pad = cell_width - 1);
            paint(&mut out, cells[r * columns.len() + c]);
        }
        out.push('\n');
    }
    for (c, &a) in columns.iter().enumerate() {
        let _ = writeln!(
            out,
            "{:>w$} {}",
            c + 1,
            report.articles[a],
            w = cell_width + 1
        );
    }
    out
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "5 articles, 14 claims: 2 errors, 1 warning, 23 supporting mentions".
pub fn summary_line(report: &Report) -> String {
    let s = &report.summary;
    let mut line = format!(
        "{}, {}: {}, {}, {}",
        plural(s.articles, "article", "articles"),
        plural(s.claims, "claim", "claims"),
        plural(s.errors, "error", "errors"),
        plural(s.warnings, "warning", "warnings"),
        plural(s.supports, "supporting mention", "supporting mentions"),
    );
    if s.suppressed > 0 {
        line.push_str(&format!(", {} suppressed", s.suppressed));
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::sample;

    #[test]
    fn snapshot_without_colour() {
        let r = sample::report();
        let out = render(
            &r,
            &sample::TEXTS,
            Options {
                color: false,
                width: 100,
            },
        );
        insta::assert_snapshot!(out);
    }

    #[test]
    fn long_lines_are_windowed_with_ellipses_and_the_span_kept() {
        // A 300-character line with the span in its middle.
        let w = window(300, 150, 7, 60);
        assert!(w.left && w.right);
        assert_eq!(w.end - w.start + 2, 60);
        assert!(w.start <= 150 && 157 <= w.end, "{w:?}");
        // Near either end, one ellipsis only.
        let w = window(300, 3, 7, 60);
        assert_eq!((w.start, w.left, w.right), (0, false, true));
        let w = window(300, 295, 5, 60);
        assert_eq!((w.end, w.left, w.right), (300, true, false));
        assert!(w.start <= 295);
        // A line that fits is shown whole.
        assert_eq!(
            window(50, 10, 5, 60),
            Window {
                start: 0,
                end: 50,
                left: false,
                right: false
            }
        );
    }

    #[test]
    fn labels_wrap_whole_and_no_line_is_wider_than_asked() {
        let mut r = sample::report();
        for f in r
            .findings
            .iter_mut()
            .filter(|f| f.verdict != Verdict::Supports)
        {
            f.message = "word ".repeat(40).trim_end().into();
        }
        for width in [60, 80, 120] {
            let out = render(
                &r,
                &sample::TEXTS,
                Options {
                    color: false,
                    width,
                },
            );
            for line in out.lines() {
                assert!(line.chars().count() <= width, "{width}: {line:?}");
            }
            assert_eq!(out.matches("word").count(), 40, "{out}");
        }
    }

    #[test]
    fn a_matrix_too_wide_for_the_terminal_turns_to_a_row_per_article() {
        let mut r = sample::report();
        r.articles = (0..40)
            .map(|i| format!("news/article-{i:02}.txt"))
            .collect();
        r.redigest();
        let out = render(
            &r,
            &sample::TEXTS,
            Options {
                color: false,
                width: 60,
            },
        );
        assert!(out.contains("articles × claims:"), "{out}");
        assert!(out.contains(" ✗ · news/article-00.txt"), "{out}");
        for line in out.lines() {
            assert!(line.chars().count() <= 60, "{line:?}");
        }
    }

    #[test]
    fn no_escape_codes_without_colour_and_some_with() {
        let r = sample::report();
        assert!(!render(
            &r,
            &sample::TEXTS,
            Options {
                color: false,
                width: 80
            }
        )
        .contains('\u{1b}'));
        assert!(render(
            &r,
            &sample::TEXTS,
            Options {
                color: true,
                width: 80
            }
        )
        .contains('\u{1b}'));
    }

    #[test]
    fn one_diagnostic_per_claim_with_problems_and_a_matrix_row_per_claim() {
        let r = sample::report();
        let out = render(&r, &sample::TEXTS, Options::default());
        assert_eq!(
            out.matches("error: talks-duration — how long the talks lasted")
                .count(),
            1
        );
        assert!(
            !out.contains("venue — where"),
            "a claim without problems gets no diagnostic"
        );
        let flat = out.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flat.contains("agreeing: news/a.md (2h33m..3h), news/b.txt (2h33m..3h27m)"),
            "{out}"
        );
        let row = out
            .lines()
            .find(|l| l.starts_with("talks-duration "))
            .unwrap();
        assert_eq!(
            row.split_whitespace().skip(1).collect::<Vec<_>>(),
            ["✗", "✓"]
        );
        let row = out.lines().find(|l| l.starts_with("venue ")).unwrap();
        assert_eq!(
            row.split_whitespace().skip(1).collect::<Vec<_>>(),
            ["·", "·"]
        );
        assert!(out.ends_with("2 articles, 2 claims: 1 error, 0 warnings, 2 supporting mentions\n"));
    }

    #[test]
    fn missing_texts_do_not_panic() {
        let r = sample::report();
        let out = render(&r, &Vec::new(), Options::default());
        assert!(
            out.contains("--> news/b.txt:1:1\n   = says the talks lasted 12h"),
            "{out}"
        );
    }
}
