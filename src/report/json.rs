//! `--format json`: the `factcheck-report/1` document (SPEC §3), field for
//! field and in the order shown there. `expected` is always present, `null`
//! when there is no reference value (a consensus tie, a person without a
//! `value` list). Related spans are a human-format aid and are not part of the
//! schema.
//!
//! The document is written as it is made, and [`stream`] writes it while its
//! findings are still being judged, so a large run's findings are never held
//! whole. It is written from fixed pieces, laid out exactly as serde_json's
//! pretty printer lays it out (two spaces a level, each member on a line of
//! its own, `[]` for an empty list): its shape is fixed by the schema, and a
//! run's findings are most of a report, which serde_json wrote a token and
//! an escaped byte at a time.

use std::io::{self, Write};

use super::{ClaimInfo, Report, Summary};
pub use super::{NextBatch, Observe, Stream};
use crate::baseline::BaselineState;
use crate::check;

/// The report as pretty-printed JSON, ending in a newline.
pub fn render(report: &Report) -> String {
    let mut out = Vec::new();
    // Writing plain strings and numbers to memory cannot fail.
    let _ = write(report, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// Writes the report as pretty-printed JSON, ending in a newline, to `out`
/// as it is made (the document of a large run is never held whole).
pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let mut out = io::BufWriter::with_capacity(1 << 16, out);
    head(
        &mut out,
        report.articles.iter().map(String::as_str),
        &report.claims,
    )?;
    for (i, f) in report.findings.iter().enumerate() {
        let (path, state) = (report.article_path(f.article), report.baseline_state(i));
        finding(&mut out, i == 0, f, path, state)?;
    }
    tail(&mut out, !report.findings.is_empty(), &report.summary)?;
    out.flush()
}

/// Where [`stream`] failed.
#[derive(Debug)]
pub enum StreamError {
    /// The findings could not be had.
    Source(std::io::Error),
    /// The document could not be written.
    Write(std::io::Error),
}

/// Writes the same document as [`write`], but with findings that arrive in
/// batches as they are judged; returns the summary written.
pub fn stream(input: Stream<'_>, out: &mut dyn Write) -> Result<Summary, StreamError> {
    let mut summary = Summary {
        articles: input.checked,
        claims: input.claims.len(),
        ..Summary::default()
    };
    let mut out = io::BufWriter::with_capacity(1 << 16, out);
    head(&mut out, input.articles.iter(), input.claims).map_err(StreamError::Write)?;
    let mut first = true;
    while let Some(batch) = (input.next)().map_err(StreamError::Source)? {
        for f in &batch {
            let state = (input.observe)(f);
            let path = input.articles.get(f.article).unwrap_or("<unknown>");
            finding(&mut out, first, f, path, state).map_err(StreamError::Write)?;
            first = false;
            summary.add(f);
        }
    }
    tail(&mut out, !first, &summary).map_err(StreamError::Write)?;
    out.flush().map_err(StreamError::Write)?;
    Ok(summary)
}

/// The document up to its findings: the schema, the articles and the
/// claims, and the findings' opening bracket.
fn head<'a>(
    out: &mut impl Write,
    articles: impl Iterator<Item = &'a str>,
    claims: &[ClaimInfo],
) -> io::Result<()> {
    out.write_all(b"{\n  \"schema\": \"factcheck-report/1\",\n  \"articles\": [")?;
    let mut any = false;
    for path in articles {
        out.write_all(if any {
            b",\n    {\n      \"path\": \""
        } else {
            b"\n    {\n      \"path\": \""
        })?;
        escaped(out, path)?;
        out.write_all(b"\"\n    }")?;
        any = true;
    }
    out.write_all(if any {
        b"\n  ],\n  \"claims\": ["
    } else {
        b"],\n  \"claims\": ["
    })?;
    for (i, c) in claims.iter().enumerate() {
        out.write_all(if i == 0 {
            b"\n    {\n      \"id\": \""
        } else {
            b",\n    {\n      \"id\": \""
        })?;
        escaped(out, &c.id)?;
        out.write_all(b"\",\n      \"kind\": \"")?;
        escaped(out, &c.kind)?;
        out.write_all(b"\",\n      \"about\": \"")?;
        escaped(out, &c.about)?;
        out.write_all(b"\"\n    }")?;
    }
    out.write_all(if claims.is_empty() {
        b"],\n  \"findings\": ["
    } else {
        b"\n  ],\n  \"findings\": ["
    })
}

/// One finding of the document's `findings` (`first` of them or not).
fn finding(
    out: &mut impl Write,
    first: bool,
    f: &check::Finding,
    article: &str,
    baseline: Option<BaselineState>,
) -> io::Result<()> {
    out.write_all(if first {
        b"\n    {\n      \"claim\": \""
    } else {
        b",\n    {\n      \"claim\": \""
    })?;
    escaped(out, &f.claim)?;
    out.write_all(b"\",\n      \"article\": \"")?;
    escaped(out, article)?;
    // (A verdict's, severity's, link's and baseline state's names are
    // fixed words, "contradicts", "error", "linked": written as they are,
    // with nothing to escape in them.)
    out.write_all(b"\",\n      \"verdict\": \"")?;
    out.write_all(f.verdict.as_str().as_bytes())?;
    out.write_all(b"\",\n      \"severity\": \"")?;
    out.write_all(f.severity.as_str().as_bytes())?;
    out.write_all(b"\",\n      \"span\": {\n        \"start\": ")?;
    number(out, f.span.start)?;
    out.write_all(b",\n        \"end\": ")?;
    number(out, f.span.end)?;
    out.write_all(b",\n        \"line\": ")?;
    number(out, f.line)?;
    out.write_all(b",\n        \"column\": ")?;
    number(out, f.column)?;
    out.write_all(b"\n      },\n      \"text\": \"")?;
    escaped(out, &f.text)?;
    out.write_all(b"\",\n      \"value\": \"")?;
    escaped(out, &f.value)?;
    // Always present: `null` when there is no reference value.
    match &f.expected {
        Some(expected) => {
            out.write_all(b"\",\n      \"expected\": \"")?;
            escaped(out, expected)?;
            out.write_all(b"\",\n      \"message\": \"")?;
        }
        None => out.write_all(b"\",\n      \"expected\": null,\n      \"message\": \"")?,
    }
    escaped(out, &f.message)?;
    // How the mention was tied to the claim: `linked` or `sentence` (rule 2).
    out.write_all(b"\",\n      \"link\": \"")?;
    out.write_all(f.link.as_str().as_bytes())?;
    // The speaker's entity id, on quote findings only (SPEC §3).
    if let Some(speaker) = &f.speaker {
        out.write_all(b"\",\n      \"speaker\": \"")?;
        escaped(out, speaker)?;
    }
    // Only with `--baseline`, and only on problems (SPEC §3).
    if let Some(state) = baseline {
        out.write_all(b"\",\n      \"baseline\": \"")?;
        out.write_all(state.as_str().as_bytes())?;
    }
    // Only on a problem an inline suppression accepts: its reason (SPEC §6).
    if let Some(reason) = &f.suppressed {
        out.write_all(b"\",\n      \"suppressed\": \"")?;
        escaped(out, reason)?;
    }
    out.write_all(b"\"\n    }")
}

/// The document after its findings (`any` or none): their closing bracket,
/// the summary, and the newline that ends it.
fn tail(out: &mut impl Write, any: bool, summary: &Summary) -> io::Result<()> {
    out.write_all(if any {
        b"\n  ],\n  \"summary\": {\n    \"articles\": "
    } else {
        b"],\n  \"summary\": {\n    \"articles\": "
    })?;
    number(out, summary.articles)?;
    out.write_all(b",\n    \"claims\": ")?;
    number(out, summary.claims)?;
    out.write_all(b",\n    \"errors\": ")?;
    number(out, summary.errors)?;
    out.write_all(b",\n    \"warnings\": ")?;
    number(out, summary.warnings)?;
    out.write_all(b",\n    \"supports\": ")?;
    number(out, summary.supports)?;
    out.write_all(b",\n    \"suppressed\": ")?;
    number(out, summary.suppressed)?;
    out.write_all(b"\n  }\n}\n")
}

/// A number, in decimal.
fn number(out: &mut impl Write, n: usize) -> io::Result<()> {
    out.write_all(crate::interval::decimal(n as u64, &mut [0; 20]))
}

/// A string's contents (its quotes are the caller's), escaped as serde_json
/// escapes them: `"` and `\`, and control characters (`\n`, `\t` …, the
/// others as `\u00XX`).
fn escaped(out: &mut impl Write, s: &str) -> io::Result<()> {
    let bytes = s.as_bytes();
    // The bytes from `plain` on are written as they are, in one go, when
    // one that needs escaping or the end is reached.
    let mut plain = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Eight bytes at a time; the last ones padded with spaces, which are
        // never escaped.
        let mut word = [b' '; 8];
        match bytes.get(i..i + 8) {
            Some(chunk) => word.copy_from_slice(chunk),
            None => word[..bytes.len() - i].copy_from_slice(&bytes[i..]),
        }
        if !any_escaped(u64::from_le_bytes(word)) {
            i += 8;
            continue;
        }
        if let Some((escape, len)) = escape(bytes[i]) {
            out.write_all(&bytes[plain..i])?;
            out.write_all(&escape[..len])?;
            plain = i + 1;
        }
        i += 1;
    }
    out.write_all(&bytes[plain..])
}

/// Whether any of the eight bytes of `word` needs escaping in a JSON string:
/// a control character (below 0x20), `"` or `\`. Exact: a byte is flagged
/// only when some byte does need it.
fn any_escaped(word: u64) -> bool {
    const ONES: u64 = u64::MAX / 0xff;
    const HIGH: u64 = ONES * 0x80;
    // A byte below `n` (n ≤ 0x80) borrows, setting its top bit, which must
    // have been clear.
    let below = |v: u64, n: u8| v.wrapping_sub(ONES * u64::from(n)) & !v & HIGH;
    below(word, 0x20) != 0
        || below(word ^ (ONES * u64::from(b'"')), 1) != 0
        || below(word ^ (ONES * u64::from(b'\\')), 1) != 0
}

/// How serde_json writes byte `b` in a string, when it is escaped.
fn escape(b: u8) -> Option<([u8; 6], usize)> {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let short = |c: u8| Some(([b'\\', c, 0, 0, 0, 0], 2));
    match b {
        b'"' => short(b'"'),
        b'\\' => short(b'\\'),
        0x08 => short(b'b'),
        0x0c => short(b'f'),
        b'\n' => short(b'n'),
        b'\r' => short(b'r'),
        b'\t' => short(b't'),
        0..=0x1f => Some((
            [
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[usize::from(b >> 4)],
                HEX[usize::from(b & 0xf)],
            ],
            6,
        )),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    use super::*;
    use crate::report::{sample, Paths};

    fn doc() -> (String, Value) {
        let s = render(&sample::report());
        let v: Value = serde_json::from_str(&s).unwrap();
        (s, v)
    }

    #[test]
    fn shape_matches_the_spec() {
        let (_, v) = doc();
        assert_eq!(v["schema"], "factcheck-report/1");
        assert_eq!(v["articles"][0]["path"], "news/b.txt");
        assert_eq!(v["claims"][1]["kind"], "place");
        let f = &v["findings"][1];
        assert_eq!(f["claim"], "talks-duration");
        assert_eq!(f["article"], "news/b.txt");
        assert_eq!(f["verdict"], "contradicts");
        assert_eq!(f["severity"], "error");
        assert_eq!(f["span"]["start"], 0);
        assert_eq!(f["span"]["end"], 7);
        assert_eq!(f["span"]["line"], 1);
        assert_eq!(f["span"]["column"], 1);
        assert_eq!(f["text"], "12-hour");
        assert_eq!(f["value"], "12h");
        assert_eq!(f["expected"], "3h ± 30m");
        assert_eq!(v["findings"][2]["span"]["line"], 2);
        assert_eq!(v["findings"][2]["severity"], "info");
        assert_eq!(
            v["summary"],
            serde_json::json!({"articles": 2, "claims": 2, "errors": 1, "warnings": 0, "supports": 2, "suppressed": 0})
        );
    }

    #[test]
    fn text_is_the_source_slice() {
        let (_, v) = doc();
        for f in v["findings"].as_array().unwrap() {
            let path = f["article"].as_str().unwrap();
            let text = if path == "news/b.txt" {
                sample::TEXTS[0]
            } else {
                sample::TEXTS[1]
            };
            let (s, e) = (
                f["span"]["start"].as_u64().unwrap() as usize,
                f["span"]["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(f["text"].as_str().unwrap(), &text[s..e]);
        }
    }

    #[test]
    fn fields_keep_the_spec_order_and_expected_may_be_null() {
        let mut r = sample::report();
        r.findings[0].expected = None;
        let s = render(&r);
        let keys = [
            "\"schema\"",
            "\"articles\"",
            "\"claims\"",
            "\"findings\"",
            "\"summary\"",
        ];
        let at: Vec<usize> = keys.iter().map(|k| s.find(k).unwrap()).collect();
        assert!(at.windows(2).all(|w| w[0] < w[1]), "{s}");
        let f = [
            "\"claim\"",
            "\"article\"",
            "\"verdict\"",
            "\"severity\"",
            "\"span\"",
            "\"text\"",
            "\"value\"",
            "\"expected\"",
            "\"message\"",
        ];
        let first = s.find("\"findings\"").unwrap();
        let at: Vec<usize> = f
            .iter()
            .map(|k| first + s[first..].find(k).unwrap())
            .collect();
        assert!(at.windows(2).all(|w| w[0] < w[1]), "{s}");
        let v: Value = serde_json::from_str(&s).unwrap();
        assert!(v["findings"][0]["expected"].is_null());
        assert!(s.ends_with("}\n"));
        assert!(!s.contains("\"baseline\""), "{s}");
    }

    #[test]
    fn only_quote_findings_carry_a_speaker() {
        let mut r = sample::report();
        r.findings[0].speaker = Some("trump".into());
        let v: Value = serde_json::from_str(&render(&r)).unwrap();
        assert_eq!(v["findings"][0]["speaker"], "trump");
        assert!(v["findings"][1].get("speaker").is_none());
    }

    #[test]
    fn baseline_state_follows_message_only_on_problems() {
        let mut r = sample::report();
        let b = crate::baseline::Baseline::from_findings(r.findings_with_paths());
        r.baseline = Some(b.compare(r.findings_with_paths(), |_| true));
        let s = render(&r);
        let v: Value = serde_json::from_str(&s).unwrap();
        assert_eq!(v["findings"][1]["baseline"], "unchanged");
        assert!(v["findings"][0].get("baseline").is_none());
        let f = s.find("\"verdict\": \"contradicts\"").unwrap();
        let m = f + s[f..].find("\"message\"").unwrap();
        assert!(m < f + s[f..].find("\"baseline\"").unwrap());
        r.baseline =
            Some(crate::baseline::Baseline::default().compare(r.findings_with_paths(), |_| true));
        let v: Value = serde_json::from_str(&render(&r)).unwrap();
        assert_eq!(v["findings"][1]["baseline"], "new");
    }

    #[test]
    fn streaming_in_batches_writes_the_same_document() {
        let r = sample::report();
        let mut paths = Paths::default();
        for p in &r.articles {
            paths.push(p);
        }
        let mut batches = vec![
            r.findings[..1].to_vec(),
            Vec::new(),
            r.findings[1..].to_vec(),
        ];
        batches.reverse();
        let mut seen = 0;
        let mut out = Vec::new();
        let summary = stream(
            Stream {
                names: &crate::report::readable::Names::default(),
                sources: &[],
                texts: &Vec::new(),
                scope: None,
                articles: &paths,
                claims: &r.claims,
                checked: r.summary.articles,
                next: &mut || Ok(batches.pop()),
                observe: &mut |_| {
                    seen += 1;
                    None
                },
            },
            &mut out,
        )
        .unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), render(&r));
        assert_eq!(summary, r.summary);
        assert_eq!(seen, 3);
    }

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let mut texts: Vec<String> = (0u8..0x80).map(|b| char::from(b).to_string()).collect();
        texts.extend(
            [
                "",
                "plain words, longer than eight bytes",
                "Putin’s “deal” — 12\u{2011}hour talks\t(\"quoted\")\\ and a\nline",
                "\u{1}\u{1f}\u{7f}é",
                "seven b\"",
                "eight by\"",
            ]
            .map(str::to_string),
        );
        for text in &texts {
            let mut out = Vec::new();
            escaped(&mut out, text).unwrap();
            let ours = format!("\"{}\"", String::from_utf8(out).unwrap());
            assert_eq!(ours, serde_json::to_string(text).unwrap(), "{text:?}");
        }
    }

    #[test]
    fn an_empty_report_has_empty_lists() {
        let mut r = sample::report();
        r.articles.clear();
        r.claims.clear();
        r.findings.clear();
        let s = render(&r);
        assert_eq!(s, serde_render(&r));
        assert!(
            s.contains("\"articles\": [],") && s.contains("\"findings\": [],"),
            "{s}"
        );
    }

    #[test]
    fn the_document_is_laid_out_as_serde_json_lays_it_out() {
        let mut r = sample::report();
        r.findings[0].speaker = Some("trump".into());
        r.findings[1].suppressed = Some("a reason".into());
        r.findings[1].expected = None;
        r.findings[0].message = "a \"quoted\" message\nover two lines".into();
        assert_eq!(render(&r), serde_render(&r));
        let b = crate::baseline::Baseline::from_findings(r.findings_with_paths());
        r.baseline = Some(b.compare(r.findings_with_paths(), |_| true));
        assert_eq!(render(&r), serde_render(&r));
    }

    /// The document as serde_json's pretty printer writes it, from the
    /// schema's fields: what [`render`] must write byte for byte.
    fn serde_render(report: &Report) -> String {
        use serde::Serialize;

        #[derive(Serialize)]
        struct Document<'a> {
            schema: &'static str,
            articles: Vec<Article<'a>>,
            claims: Vec<Claim<'a>>,
            findings: Vec<Finding<'a>>,
            summary: Summary,
        }
        #[derive(Serialize)]
        struct Article<'a> {
            path: &'a str,
        }
        #[derive(Serialize)]
        struct Claim<'a> {
            id: &'a str,
            kind: &'a str,
            about: &'a str,
        }
        #[derive(Serialize)]
        struct Finding<'a> {
            claim: &'a str,
            article: &'a str,
            verdict: &'static str,
            severity: &'static str,
            span: Span,
            text: &'a str,
            value: &'a str,
            expected: Option<&'a str>,
            message: &'a str,
            link: &'static str,
            #[serde(skip_serializing_if = "Option::is_none")]
            speaker: Option<&'a str>,
            #[serde(skip_serializing_if = "Option::is_none")]
            baseline: Option<&'static str>,
            #[serde(skip_serializing_if = "Option::is_none")]
            suppressed: Option<&'a str>,
        }
        #[derive(Serialize)]
        struct Span {
            start: usize,
            end: usize,
            line: usize,
            column: usize,
        }
        let doc = Document {
            schema: "factcheck-report/1",
            articles: report
                .articles
                .iter()
                .map(|p| Article { path: p })
                .collect(),
            claims: report
                .claims
                .iter()
                .map(|c| Claim {
                    id: &c.id,
                    kind: &c.kind,
                    about: &c.about,
                })
                .collect(),
            findings: report
                .findings
                .iter()
                .enumerate()
                .map(|(i, f)| Finding {
                    claim: &f.claim,
                    article: report.article_path(f.article),
                    verdict: f.verdict.as_str(),
                    severity: f.severity.as_str(),
                    span: Span {
                        start: f.span.start,
                        end: f.span.end,
                        line: f.line,
                        column: f.column,
                    },
                    text: &f.text,
                    value: &f.value,
                    expected: f.expected.as_deref(),
                    message: &f.message,
                    link: f.link.as_str(),
                    speaker: f.speaker.as_deref(),
                    baseline: report.baseline_state(i).map(|s| s.as_str()),
                    suppressed: f.suppressed.as_deref(),
                })
                .collect(),
            summary: report.summary,
        };
        format!("{}\n", serde_json::to_string_pretty(&doc).unwrap())
    }

    #[test]
    fn a_failing_source_is_told_apart_from_a_failing_writer() {
        let r = sample::report();
        let paths = Paths::default();
        let mut out = Vec::new();
        let failed = stream(
            Stream {
                names: &crate::report::readable::Names::default(),
                sources: &[],
                texts: &Vec::new(),
                scope: None,
                articles: &paths,
                claims: &r.claims,
                checked: 0,
                next: &mut || Err(std::io::Error::other("disk gone")),
                observe: &mut |_| None,
            },
            &mut out,
        );
        assert!(matches!(failed, Err(StreamError::Source(e)) if e.to_string() == "disk gone"));
    }
}
