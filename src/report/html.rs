//! `--format html`: one self-contained page an editor opens in a browser and
//! shares: no script, no remote fonts or images, works offline and prints.
//!
//! The page has the summary; the matrix (one row per article, one column per
//! claim; each cell links to the article's first mark for that claim); the
//! consensus groups of claims without a `value`; and every article with a
//! finding, its text shown with each mention in a `<mark>` coloured by verdict.
//! A mark is focusable (Tab moves through them) and shows its message, the
//! claim and the claim's line in its YAML file on hover or focus; the same
//! words are its `title` and, for screen readers, its `aria-describedby`.
//!
//! Memory stays flat: articles are written, as their findings arrive, to a
//! temporary file, and the page is put together at the end (the summary and
//! matrix, which need every finding, come first on the page).

use std::fmt::Write as _;
use std::io::{self, BufWriter, Read, Seek, Write};

use crate::baseline::BaselineState;
use crate::check::{Finding, Verdict};
use crate::claims::Severity;

use super::readable::{self, Names};
use super::{ClaimInfo, ClaimsSource, Summary};

/// The page's stylesheet: colours by verdict, tooltips on hover and focus, print rules.
const STYLE: &str = r#"
:root { --contradicts: #f8c4c4; --contradicts-line: #b00020; --disagrees: #fde7a9;
  --disagrees-line: #8a5a00; --supports: #cdebd3; --supports-line: #1b6e2e; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0 auto;
  max-width: 62rem; padding: 1rem 1.5rem 4rem; color: #1d1d1f; background: #fff; }
h1 { font-size: 1.6rem; margin-bottom: .25rem; } h2 { margin-top: 2rem; }
a { color: #0645ad; } a:focus, mark:focus { outline: 3px solid #1a73e8; outline-offset: 2px; }
.summary { font-size: 1.1rem; } .legend span { margin-right: 1rem; white-space: nowrap; }
table.matrix { border-collapse: collapse; font-size: .9rem; }
.matrix th, .matrix td { border: 1px solid #ccc; padding: .15rem .4rem; text-align: center; }
.matrix th.article { text-align: left; font-weight: normal; max-width: 22rem; overflow-wrap: anywhere; }
.matrix thead th { position: sticky; top: 0; background: #f4f4f4; writing-mode: vertical-rl;
  transform: rotate(180deg); max-height: 12rem; font-weight: normal; }
.matrix thead th.corner { writing-mode: horizontal-tb; transform: none; }
td.contradicts, .key.contradicts { background: var(--contradicts); }
td.disagrees, .key.disagrees { background: var(--disagrees); }
td.supports, .key.supports { background: var(--supports); }
td a { display: block; text-decoration: none; color: inherit; }
.matrix-wrap { overflow: auto; max-height: 70vh; }
article { border-top: 1px solid #ddd; margin-top: 2rem; }
article h3 { font-size: 1.05rem; overflow-wrap: anywhere; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, serif; }
mark { position: relative; border-radius: 3px; padding: 0 1px; color: inherit; cursor: help; }
mark.contradicts { background: var(--contradicts); border-bottom: 3px solid var(--contradicts-line); }
mark.disagrees { background: var(--disagrees); border-bottom: 3px dashed var(--disagrees-line); }
mark.supports { background: var(--supports); border-bottom: 2px dotted var(--supports-line); }
.tip { display: none; position: absolute; left: 0; top: 1.6em; z-index: 2; width: max-content;
  max-width: 28rem; background: #1d1d1f; color: #fff; font: 14px/1.4 system-ui, sans-serif;
  padding: .4rem .6rem; border-radius: 4px; white-space: normal; }
mark:hover .tip, mark:focus .tip, mark:focus-within .tip { display: block; }
.tip code { color: #ffd479; }
ul.findings { font-size: .95rem; } ul.findings li { margin: .2rem 0; }
.verdict { font-weight: 600; } .verdict.contradicts { color: var(--contradicts-line); }
.verdict.disagrees { color: var(--disagrees-line); } .verdict.supports { color: var(--supports-line); }
@media print {
  body { max-width: none; font-size: 11pt; } nav, .skip { display: none; }
  .matrix-wrap { max-height: none; overflow: visible; }
  .matrix thead th { position: static; }
  mark { border: 1px solid #000; } .tip { display: none !important; }
  article { break-inside: auto; } a { color: inherit; text-decoration: none; }
}
"#;

/// The rank of a verdict in a matrix cell: the worst one shows.
fn rank(v: Verdict) -> u8 {
    match v {
        Verdict::Supports => 1,
        Verdict::Disagrees => 2,
        Verdict::Contradicts => 3,
    }
}

fn rank_class(rank: u8) -> &'static str {
    match rank {
        3 => "contradicts",
        2 => "disagrees",
        1 => "supports",
        _ => "none",
    }
}

fn rank_mark(rank: u8) -> &'static str {
    match rank {
        3 => "✗",
        2 => "~",
        1 => "✓",
        _ => "·",
    }
}

/// "1 error", "2 errors".
fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// Escapes text for HTML content and attribute values.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 16);
    escape_into(&mut out, s);
    out
}

fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// What a consensus group (a claim without `value`) has seen so far.
#[derive(Default)]
struct Group {
    /// The consensus value, once a finding names it.
    consensus: Option<String>,
    /// Supporting articles: how many, and the first few with their anchors.
    agreeing: usize,
    agreeing_shown: Vec<(String, String)>,
    /// Disagreeing mentions: how many, and the first few.
    disagreeing: usize,
    disagreeing_shown: Vec<(String, String, String)>,
    last_agreeing: Option<usize>,
}

/// How many articles a consensus group names on each side.
const GROUP_SHOWN: usize = 12;

/// Writes the page: [`Page::article`] for each article with findings, in
/// report order, then [`Page::finish`].
pub struct Page<'a> {
    claims: &'a [ClaimInfo],
    sources: &'a [ClaimsSource],
    names: &'a Names,
    articles: usize,
    /// Articles' sections, written as they come.
    body: BufWriter<std::fs::File>,
    /// Per (article, claim): the worst verdict's rank.
    cells: Vec<u8>,
    /// Per (article, claim): the number of its first mark (`m{n}`), plus one; 0 for none.
    first: Vec<u32>,
    /// Per claim: whether it is in consensus mode, and its group.
    groups: Vec<Option<Group>>,
    summary: Summary,
    marks: usize,
}

impl<'a> Page<'a> {
    /// A page about `articles` articles and `claims`.
    pub fn new(
        claims: &'a [ClaimInfo],
        sources: &'a [ClaimsSource],
        names: &'a Names,
        articles: usize,
    ) -> io::Result<Self> {
        Ok(Page {
            claims,
            sources,
            names,
            articles,
            body: BufWriter::with_capacity(1 << 16, tempfile::tempfile()?),
            cells: vec![0; articles * claims.len()],
            first: vec![0; articles * claims.len()],
            groups: claims
                .iter()
                .map(|c| c.value_span.is_none().then(Group::default))
                .collect(),
            summary: Summary::default(),
            marks: 0,
        })
    }

    fn row(&self, id: &str) -> Option<usize> {
        self.claims.iter().position(|c| c.id == id)
    }

    /// The section of article `article` (at `path`, with `text` when it could
    /// be read again) and its findings, in report order, with their baseline states.
    pub fn article(
        &mut self,
        article: usize,
        path: &str,
        text: Option<&str>,
        findings: &[(Finding, Option<BaselineState>)],
    ) -> io::Result<()> {
        let mut s = String::with_capacity(text.map_or(0, str::len) + 4096);
        let _ = write!(
            s,
            "<article id=\"a{article}\" aria-labelledby=\"h{article}\">\n<h3 id=\"h{article}\">{}</h3>\n",
            escape(path)
        );
        // Each finding's mark id and the text of its tooltip.
        let mut tips: Vec<(String, String)> = Vec::with_capacity(findings.len());
        for (f, state) in findings {
            self.summary.add(f);
            let row = self.row(&f.claim);
            let kind = row.map_or("", |r| self.claims[r].kind.as_str());
            let message = readable::message(kind, &f.message, self.names);
            let mut tip = format!(
                "<strong class=\"verdict {v}\">{v}</strong> <code>{}</code>: {}",
                escape(&f.claim),
                escape(&message),
                v = f.verdict.as_str()
            );
            if let Some(line) = row.and_then(|r| super::claim_line(&self.claims[r], self.sources)) {
                let _ = write!(
                    tip,
                    " <span class=\"where\">(claim at {})</span>",
                    escape(&line)
                );
            }
            if *state == Some(BaselineState::Unchanged) {
                tip.push_str(" <em>(known: in the baseline)</em>");
            }
            let id = format!("m{}", self.marks);
            self.marks += 1;
            if let Some(r) = row {
                let at = article * self.claims.len() + r;
                let cell = &mut self.cells[at];
                *cell = (*cell).max(rank(f.verdict));
                if self.first[at] == 0 {
                    self.first[at] = u32::try_from(self.marks).unwrap_or(u32::MAX);
                }
                self.group(r, article, path, f, &id, &message);
            }
            tips.push((id, tip));
        }
        // The text, each finding's span marked (a span overlapping an earlier
        // one is listed below but not marked twice).
        s.push_str("<div class=\"text\">");
        let mut marked = vec![false; findings.len()];
        if let Some(text) = text {
            let mut order: Vec<usize> = (0..findings.len()).collect();
            order.sort_by_key(|&i| (findings[i].0.span.start, findings[i].0.span.end));
            let mut at = 0;
            for i in order {
                let f = &findings[i].0;
                if f.span.start < at || text.get(f.span.clone()).is_none() || f.span.is_empty() {
                    continue;
                }
                escape_into(&mut s, &text[at..f.span.start]);
                let (id, tip) = &tips[i];
                let _ = write!(
                    s,
                    "<mark id=\"{id}\" class=\"{}\" tabindex=\"0\" data-claim=\"{}\" aria-describedby=\"{id}t\">",
                    f.verdict.as_str(),
                    escape(&f.claim)
                );
                escape_into(&mut s, &text[f.span.clone()]);
                let _ = write!(
                    s,
                    "<span class=\"tip\" role=\"tooltip\" id=\"{id}t\">{tip}</span></mark>"
                );
                at = f.span.end;
                marked[i] = true;
            }
            escape_into(&mut s, &text[at..]);
        } else {
            s.push_str("<em>(the article could not be read again)</em>");
        }
        s.push_str("</div>\n<ul class=\"findings\">\n");
        for (i, (f, _)) in findings.iter().enumerate() {
            let (id, tip) = &tips[i];
            let target = if marked[i] {
                format!("<a href=\"#{id}\">line {}, column {}</a>", f.line, f.column)
            } else {
                format!(
                    "<span id=\"{id}\">line {}, column {}</span>",
                    f.line, f.column
                )
            };
            let _ = writeln!(s, "<li>{target}: “{}” — {tip}</li>", escape(&f.text));
        }
        s.push_str("</ul>\n</article>\n");
        self.body.write_all(s.as_bytes())
    }

    /// Counts `f` into its claim's consensus group, if the claim has one.
    fn group(
        &mut self,
        row: usize,
        article: usize,
        path: &str,
        f: &Finding,
        id: &str,
        message: &str,
    ) {
        let Some(Some(g)) = self.groups.get_mut(row) else {
            return;
        };
        if g.consensus.is_none() {
            g.consensus = f.expected.as_deref().map(str::to_string);
        }
        match f.verdict {
            Verdict::Supports => {
                if g.last_agreeing != Some(article) {
                    g.last_agreeing = Some(article);
                    g.agreeing += 1;
                    if g.agreeing_shown.len() < GROUP_SHOWN {
                        g.agreeing_shown.push((path.to_string(), id.to_string()));
                    }
                }
            }
            _ => {
                g.disagreeing += 1;
                if g.disagreeing_shown.len() < GROUP_SHOWN {
                    g.disagreeing_shown.push((
                        path.to_string(),
                        id.to_string(),
                        message.to_string(),
                    ));
                }
            }
        }
    }

    /// Writes the whole page to `out`: `checked` articles in scope (`in_scope`
    /// says which), `paths` their display paths.
    pub fn finish(
        self,
        out: &mut dyn Write,
        checked: usize,
        paths: &dyn Fn(usize) -> Option<String>,
        in_scope: &dyn Fn(usize) -> bool,
    ) -> io::Result<()> {
        let Page {
            claims,
            articles,
            body,
            cells,
            first,
            groups,
            mut summary,
            names,
            ..
        } = self;
        summary.articles = checked;
        summary.claims = claims.len();
        let mut body = body.into_inner().map_err(io::IntoInnerError::into_error)?;
        let mut out = BufWriter::with_capacity(1 << 16, out);
        let mut head = String::new();
        let _ = write!(
            head,
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <title>factcheck report</title>\n<style>{STYLE}</style>\n</head>\n<body>\n\
             <a class=\"skip\" href=\"#articles\">Skip to the articles</a>\n<header>\n<h1>factcheck report</h1>\n\
             <p class=\"summary\" id=\"summary\">{}, {}: <strong>{}</strong>, {}, {}</p>\n\
             <p class=\"legend\"><span><span class=\"key contradicts\">✗</span> contradicts</span>\
             <span><span class=\"key disagrees\">~</span> disagrees with the other articles</span>\
             <span><span class=\"key supports\">✓</span> supports</span><span>· not mentioned</span></p>\n</header>\n<main>\n",
            plural(summary.articles, "article"),
            plural(summary.claims, "claim"),
            plural(summary.errors, "error"),
            plural(summary.warnings, "warning"),
            plural(summary.supports, "supporting mention"),
        );
        // Claims, with their ids as column headings.
        head.push_str("<section aria-labelledby=\"claims-h\">\n<h2 id=\"claims-h\">Claims</h2>\n<ol class=\"claims\">\n");
        for c in claims {
            let _ = writeln!(
                head,
                "<li id=\"c-{}\"><code>{}</code> ({}, {}): {}</li>",
                escape(&c.id),
                escape(&c.id),
                escape(&c.kind),
                match c.severity {
                    Severity::Warning => "warning",
                    _ => "error",
                },
                escape(&c.about)
            );
        }
        head.push_str("</ol>\n</section>\n");
        // The matrix: articles down, claims across.
        head.push_str(
            "<section aria-labelledby=\"matrix-h\">\n<h2 id=\"matrix-h\">Articles × claims</h2>\n\
             <div class=\"matrix-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"matrix\">\n\
             <table class=\"matrix\">\n<thead><tr><th class=\"corner\" scope=\"col\">article</th>",
        );
        for c in claims {
            let _ = write!(
                head,
                "<th scope=\"col\" title=\"{}\">{}</th>",
                escape(&c.about),
                escape(&c.id)
            );
        }
        head.push_str("</tr></thead>\n<tbody>\n");
        out.write_all(head.as_bytes())?;
        let mut row = String::new();
        for a in (0..articles).filter(|&a| in_scope(a)) {
            row.clear();
            let path = paths(a).unwrap_or_default();
            let any = (0..claims.len()).any(|c| cells[a * claims.len() + c] > 0);
            if any {
                let _ = write!(
                    row,
                    "<tr><th scope=\"row\" class=\"article\"><a href=\"#a{a}\">{}</a></th>",
                    escape(&path)
                );
            } else {
                let _ = write!(
                    row,
                    "<tr><th scope=\"row\" class=\"article\">{}</th>",
                    escape(&path)
                );
            }
            for (c, claim) in claims.iter().enumerate() {
                let r = cells[a * claims.len() + c];
                let label = format!("{}: {}", claim.id, rank_class(r));
                // The cell's first finding; its mark when it was marked, else the article.
                let target = match first[a * claims.len() + c] {
                    0 => format!("a{a}"),
                    n => format!("m{}", n - 1),
                };
                if r > 0 {
                    let _ = write!(
                        row,
                        "<td class=\"{}\"><a href=\"#{target}\" aria-label=\"{}\" title=\"{}\">{}</a></td>",
                        rank_class(r),
                        escape(&label),
                        escape(&label),
                        rank_mark(r)
                    );
                } else {
                    let _ = write!(
                        row,
                        "<td class=\"none\" title=\"{}\">·</td>",
                        escape(&label)
                    );
                }
            }
            row.push_str("</tr>\n");
            out.write_all(row.as_bytes())?;
        }
        let mut mid = String::from("</tbody>\n</table>\n</div>\n</section>\n");
        // Consensus groups.
        if groups.iter().any(Option::is_some) {
            mid.push_str("<section aria-labelledby=\"consensus-h\">\n<h2 id=\"consensus-h\">Consensus</h2>\n<p>Claims without a value are checked against what most articles say.</p>\n");
            for (c, g) in claims.iter().zip(&groups) {
                let Some(g) = g else {
                    continue;
                };
                let consensus = g
                    .consensus
                    .as_deref()
                    .map(|v| readable::message(&c.kind, v, names));
                let _ = write!(
                    mid,
                    "<div class=\"group\" id=\"g-{}\"><h3><code>{}</code>: {}</h3>\n<p>{}</p>\n",
                    escape(&c.id),
                    escape(&c.id),
                    escape(&c.about),
                    match &consensus {
                        Some(v) => format!("The consensus is <strong>{}</strong>.", escape(v)),
                        None if g.disagreeing > 0 =>
                            "The articles are split: there is no consensus.".to_string(),
                        None => "No article disagrees.".to_string(),
                    }
                );
                let _ = write!(mid, "<p>Agreeing: {} article(s)", g.agreeing);
                if !g.agreeing_shown.is_empty() {
                    mid.push_str(": ");
                    let links: Vec<String> = g
                        .agreeing_shown
                        .iter()
                        .map(|(p, id)| format!("<a href=\"#{id}\">{}</a>", escape(p)))
                        .collect();
                    mid.push_str(&links.join(", "));
                }
                let _ = write!(mid, ".</p>\n<p>Disagreeing: {} mention(s)", g.disagreeing);
                if !g.disagreeing_shown.is_empty() {
                    mid.push_str(":</p>\n<ul>\n");
                    for (p, id, m) in &g.disagreeing_shown {
                        let _ = writeln!(
                            mid,
                            "<li><a href=\"#{id}\">{}</a>: {}</li>",
                            escape(p),
                            escape(m)
                        );
                    }
                    mid.push_str("</ul>\n");
                } else {
                    mid.push_str(".</p>\n");
                }
                mid.push_str("</div>\n");
            }
            mid.push_str("</section>\n");
        }
        mid.push_str("<section id=\"articles\" aria-labelledby=\"articles-h\">\n<h2 id=\"articles-h\">Articles</h2>\n");
        out.write_all(mid.as_bytes())?;
        body.seek(io::SeekFrom::Start(0))?;
        let mut buf = vec![0; 1 << 16];
        loop {
            let n = body.read(&mut buf)?;
            if n == 0 {
                break;
            }
            out.write_all(&buf[..n])?;
        }
        out.write_all(b"</section>\n</main>\n</body>\n</html>\n")?;
        out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::sample;

    fn page() -> String {
        let r = sample::report();
        let mut page = Page::new(&r.claims, &r.sources, &r.names, r.articles.len()).unwrap();
        for (a, text) in sample::TEXTS.iter().enumerate() {
            let findings: Vec<(Finding, Option<BaselineState>)> = r
                .findings
                .iter()
                .filter(|f| f.article == a)
                .map(|f| (f.clone(), None))
                .collect();
            page.article(a, r.article_path(a), Some(text), &findings)
                .unwrap();
        }
        let mut out = Vec::new();
        page.finish(&mut out, 2, &|a| r.articles.get(a).cloned(), &|_| true)
            .unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn marks_each_finding_coloured_by_verdict_with_its_message() {
        let html = page();
        assert_eq!(html.matches("<mark ").count(), 3, "{html}");
        assert!(
            html.contains("class=\"contradicts\" tabindex=\"0\""),
            "{html}"
        );
        assert!(html.contains(">12-hour<span class=\"tip\""), "{html}");
        assert!(html.contains("claim at claims/summit.yaml:5"), "{html}");
        assert!(html.contains("<strong>1 error</strong>"), "{html}");
    }

    #[test]
    fn self_contained_with_no_remote_assets_and_no_script() {
        let html = page();
        assert!(
            !html.contains("http://") && !html.contains("https://"),
            "{html}"
        );
        assert!(!html.contains("<script"), "{html}");
        assert!(html.contains("@media print"));
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            escape("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }
}
