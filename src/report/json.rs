//! `--format json`: the `factcheck-report/1` document (SPEC §3), field for
//! field and in the order shown there. `expected` is always present, `null`
//! when there is no reference value (a consensus tie, a person without a
//! `value` list). Related spans are a human-format aid and are not part of the
//! schema.
//!
//! The document is written as it is serialised, and [`stream`] writes it
//! while its findings are still being judged, so a large run's findings are
//! never held whole.

use std::cell::{Cell, RefCell};
use std::io::Write as _;

use serde::ser::{Error as _, SerializeSeq};
use serde::Serialize;

use super::{ClaimInfo, Paths, Report, Summary};
pub use super::{NextBatch, Observe, Stream};
use crate::baseline::BaselineState;
use crate::check;

#[derive(Serialize)]
struct Document<'a, F: Serialize, S: Serialize> {
    schema: &'static str,
    articles: Articles<'a>,
    claims: Vec<Claim<'a>>,
    findings: F,
    summary: S,
}

/// The article list, serialised straight from the paths.
enum Articles<'a> {
    List(&'a [String]),
    Packed(&'a Paths),
}

impl Serialize for Articles<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Articles::List(list) => s.collect_seq(list.iter().map(|p| Article { path: p })),
            Articles::Packed(paths) => s.collect_seq(paths.iter().map(|p| Article { path: p })),
        }
    }
}

/// The findings of a report, serialised one at a time.
struct Findings<'a>(&'a Report);

impl Serialize for Findings<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let report = self.0;
        s.collect_seq(
            report
                .findings
                .iter()
                .enumerate()
                .map(|(i, f)| finding(f, report.article_path(f.article), report.baseline_state(i))),
        )
    }
}

fn finding<'a>(
    f: &'a check::Finding,
    article: &'a str,
    baseline: Option<BaselineState>,
) -> Finding<'a> {
    Finding {
        claim: &f.claim,
        article,
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
        baseline: baseline.map(|s| s.as_str()),
        suppressed: f.suppressed.as_deref(),
    }
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
    /// How the mention was tied to the claim: `linked` or `sentence` (rule 2).
    link: &'static str,
    /// The speaker's entity id, on quote findings only (SPEC §3).
    #[serde(skip_serializing_if = "Option::is_none")]
    speaker: Option<&'a str>,
    /// Only with `--baseline`, and only on problems (SPEC §3).
    #[serde(skip_serializing_if = "Option::is_none")]
    baseline: Option<&'static str>,
    /// Only on a problem an inline suppression accepts: its reason (SPEC §6).
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

fn claims(claims: &[ClaimInfo]) -> Vec<Claim<'_>> {
    claims
        .iter()
        .map(|c| Claim {
            id: &c.id,
            kind: &c.kind,
            about: &c.about,
        })
        .collect()
}

/// The report as pretty-printed JSON, ending in a newline.
pub fn render(report: &Report) -> String {
    let mut out = Vec::new();
    // Writing plain strings and numbers to memory cannot fail.
    let _ = write(report, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// Writes the report as pretty-printed JSON, ending in a newline, to `out`
/// as it is serialised (the document of a large run is never held whole).
pub fn write(report: &Report, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let doc = Document {
        schema: "factcheck-report/1",
        articles: Articles::List(&report.articles),
        claims: claims(&report.claims),
        findings: Findings(report),
        summary: report.summary,
    };
    let mut out = std::io::BufWriter::with_capacity(1 << 16, out);
    serde_json::to_writer_pretty(&mut out, &doc)?;
    out.write_all(b"\n")?;
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
pub fn stream(input: Stream<'_>, out: &mut dyn std::io::Write) -> Result<Summary, StreamError> {
    let summary = Cell::new(Summary {
        articles: input.checked,
        claims: input.claims.len(),
        ..Summary::default()
    });
    let failure = RefCell::new(None);
    let findings = Batches {
        articles: input.articles,
        next: RefCell::new(input.next),
        observe: RefCell::new(input.observe),
        summary: &summary,
        failure: &failure,
    };
    let doc = Document {
        schema: "factcheck-report/1",
        articles: Articles::Packed(input.articles),
        claims: claims(input.claims),
        findings,
        summary: Later(&summary),
    };
    let mut out = std::io::BufWriter::with_capacity(1 << 16, out);
    let written = serde_json::to_writer_pretty(&mut out, &doc)
        .map_err(std::io::Error::from)
        .and_then(|()| out.write_all(b"\n"))
        .and_then(|()| out.flush());
    if let Some(e) = failure.into_inner() {
        return Err(StreamError::Source(e));
    }
    written.map_err(StreamError::Write)?;
    Ok(summary.get())
}

/// Findings serialised as they arrive, counted into the summary.
struct Batches<'a, 'n> {
    articles: &'a Paths,
    next: RefCell<&'n mut NextBatch<'n>>,
    observe: RefCell<&'n mut Observe<'n>>,
    summary: &'a Cell<Summary>,
    failure: &'a RefCell<Option<std::io::Error>>,
}

impl Serialize for Batches<'_, '_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut next = self.next.borrow_mut();
        let mut observe = self.observe.borrow_mut();
        let mut summary = self.summary.get();
        let mut seq = s.serialize_seq(None)?;
        loop {
            let batch = match next() {
                Ok(Some(batch)) => batch,
                Ok(None) => break,
                Err(e) => {
                    *self.failure.borrow_mut() = Some(e);
                    return Err(S::Error::custom("the findings could not be had"));
                }
            };
            for f in &batch {
                let state = observe(f);
                let path = self.articles.get(f.article).unwrap_or("<unknown>");
                seq.serialize_element(&finding(f, path, state))?;
                summary.add(f);
            }
        }
        self.summary.set(summary);
        seq.end()
    }
}

/// A summary serialised after the findings it counts.
struct Later<'a>(&'a Cell<Summary>);

impl Serialize for Later<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.get().serialize(s)
    }
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    use super::*;
    use crate::report::sample;

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
