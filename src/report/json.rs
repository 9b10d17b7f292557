//! `--format json`: the `factcheck-report/1` document (SPEC §3), field for
//! field and in the order shown there. `expected` is always present, `null`
//! when there is no reference value (a consensus tie, a person without a
//! `value` list). Related spans are a human-format aid and are not part of the
//! schema.

use std::io::Write as _;

use serde::Serialize;

use super::{Report, Summary};

#[derive(Serialize)]
struct Document<'a> {
    schema: &'static str,
    articles: Articles<'a>,
    claims: Vec<Claim<'a>>,
    findings: Findings<'a>,
    summary: Summary,
}

/// The article list, serialised straight from the report.
struct Articles<'a>(&'a Report);

impl Serialize for Articles<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.articles.iter().map(|p| Article { path: p }))
    }
}

/// The findings, serialised one at a time: a large run's findings are never
/// copied into a second list.
struct Findings<'a>(&'a Report);

impl Serialize for Findings<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let report = self.0;
        s.collect_seq(report.findings.iter().enumerate().map(|(i, f)| Finding {
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
            baseline: report.baseline_state(i).map(|s| s.as_str()),
        }))
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
    /// Only with `--baseline`, and only on problems (SPEC §3).
    #[serde(skip_serializing_if = "Option::is_none")]
    baseline: Option<&'static str>,
}

#[derive(Serialize)]
struct Span {
    start: usize,
    end: usize,
    line: usize,
    column: usize,
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
        articles: Articles(report),
        claims: report
            .claims
            .iter()
            .map(|c| Claim {
                id: &c.id,
                kind: &c.kind,
                about: &c.about,
            })
            .collect(),
        findings: Findings(report),
        summary: report.summary,
    };
    let mut out = std::io::BufWriter::with_capacity(1 << 16, out);
    serde_json::to_writer_pretty(&mut out, &doc)?;
    out.write_all(b"\n")?;
    out.flush()
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
            serde_json::json!({"articles": 2, "claims": 2, "errors": 1, "warnings": 0, "supports": 2})
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
    fn baseline_state_follows_message_only_on_problems() {
        let mut r = sample::report();
        let b = crate::baseline::Baseline::from_report(&r);
        r.baseline = Some(b.compare(&r, |_| true));
        let s = render(&r);
        let v: Value = serde_json::from_str(&s).unwrap();
        assert_eq!(v["findings"][1]["baseline"], "unchanged");
        assert!(v["findings"][0].get("baseline").is_none());
        let f = s.find("\"verdict\": \"contradicts\"").unwrap();
        let m = f + s[f..].find("\"message\"").unwrap();
        assert!(m < f + s[f..].find("\"baseline\"").unwrap());
        r.baseline = Some(crate::baseline::Baseline::default().compare(&r, |_| true));
        let v: Value = serde_json::from_str(&render(&r)).unwrap();
        assert_eq!(v["findings"][1]["baseline"], "new");
    }
}
