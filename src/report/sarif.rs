//! `--format sarif`: SARIF 2.1.0, for GitHub code scanning and every other
//! tool that reads static-analysis results.
//!
//! One rule per claim (its id, its `about`, its severity as the default
//! level); one result per problem (supports are not results: SARIF results
//! are things to look at). Each result points at the mention with a full
//! text region and names the other sources (the other side of a
//! self-contradiction, the consensus articles, else a few supporting mentions
//! in other articles) as related locations.
//!
//! Columns: SARIF counts UTF-16 code units unless told otherwise; factcheck
//! counts characters, so the run says `columnKind: unicodeCodePoints`, and
//! `charOffset`/`charLength` are in code points too. The byte span is kept in
//! `byteOffset`/`byteLength`, which SARIF allows beside the text properties.
//!
//! `partialFingerprints` carries the baseline fingerprint, so a SARIF consumer
//! tracks a problem across edits the way `--baseline` does; with a baseline,
//! every result has a `baselineState`, and stale entries become `absent`
//! results (without a region: they no longer exist in the text).

use std::cell::RefCell;
use std::io::Write as _;

use serde::Serialize;
use serde_json::{json, Map, Value};

use super::{Report, Texts};
use crate::baseline::finding_fingerprint;
use crate::check::Verdict;
use crate::claims::Severity;

/// How many supporting mentions in other articles a result names as related.
const OTHER_SOURCES: usize = 3;

/// The SARIF document for `report`; `texts` are the articles' texts, by index.
pub fn render(report: &Report, texts: &dyn Texts) -> String {
    let mut out = Vec::new();
    // Writing to memory cannot fail, and the document is UTF-8 JSON.
    let _ = write(report, texts, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// Writes the SARIF document for `report` to `out` as it is serialised: one
/// result is built at a time, so a large run's results are never held whole.
pub fn write(
    report: &Report,
    texts: &dyn Texts,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let rules: Vec<Value> = report
        .claims
        .iter()
        .map(|c| {
            json!({
                "id": c.id,
                "shortDescription": {"text": c.about},
                "fullDescription": {"text": format!("{} claim: {}", c.kind, c.about)},
                "defaultConfiguration": {"level": level(c.severity)},
                "properties": {"kind": c.kind},
            })
        })
        .collect();

    let problems = report
        .findings
        .iter()
        .enumerate()
        .filter(|(_, f)| f.verdict != Verdict::Supports)
        .map(|(i, f)| result(report, texts, i, f));
    let stale = report
        .baseline
        .iter()
        .flat_map(|b| b.stale.iter())
        .map(|e| stale_result(report, e));
    let results = Lazy(RefCell::new(Some(problems.chain(stale))));
    // Keys in the order serde_json's maps give them (sorted), as before streaming.
    let doc = Document {
        schema: "https://json.schemastore.org/sarif-2.1.0.json",
        runs: [Run {
            column_kind: "unicodeCodePoints",
            results,
            tool: json!({"driver": {
                "name": "factcheck",
                "version": env!("CARGO_PKG_VERSION"),
                "semanticVersion": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }}),
        }],
        version: "2.1.0",
    };
    let mut out = std::io::BufWriter::with_capacity(1 << 16, out);
    serde_json::to_writer_pretty(&mut out, &doc)?;
    out.write_all(b"\n")?;
    out.flush()
}

#[derive(Serialize)]
struct Document<R: Serialize> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    runs: [R; 1],
    version: &'static str,
}

#[derive(Serialize)]
#[serde(bound(serialize = "I: Iterator<Item = Value>"))]
struct Run<I: Iterator<Item = Value>> {
    #[serde(rename = "columnKind")]
    column_kind: &'static str,
    results: Lazy<I>,
    tool: Value,
}

/// A sequence serialised from an iterator, each item made as it is written.
struct Lazy<I>(RefCell<Option<I>>);

impl<I: Iterator<Item = Value>> Serialize for Lazy<I> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let items = self.0.borrow_mut().take();
        s.collect_seq(items.into_iter().flatten())
    }
}

/// The result for problem `i`, `f`, of `report`.
fn result(report: &Report, texts: &dyn Texts, i: usize, f: &crate::check::Finding) -> Value {
    {
        let text = texts.text(f.article);
        let text = text.as_deref();
        let mut result = Map::new();
        result.insert("ruleId".into(), json!(&*f.claim));
        if let Some(index) = report.claims.iter().position(|c| *c.id == *f.claim) {
            result.insert("ruleIndex".into(), json!(index));
        }
        result.insert("kind".into(), json!("fail"));
        result.insert("level".into(), json!(level(f.severity)));
        let mut message = f.message.to_string();
        if message.is_empty() {
            message = format!("{} {}", f.verdict.as_str(), f.claim);
        }
        result.insert("message".into(), json!({ "text": message }));
        result.insert(
            "locations".into(),
            json!([{
                "physicalLocation": physical(
                    report.article_path(f.article),
                    text,
                    f.span.clone(),
                    Some((f.line, f.column)),
                )
            }]),
        );
        let mut related: Vec<Value> = f
            .related
            .iter()
            .map(|r| {
                let label = if r.label.is_empty() {
                    &r.text
                } else {
                    &r.label
                };
                (r.article, r.span.clone(), label.to_string())
            })
            .chain(
                // The other sources: supporting mentions of the claim elsewhere.
                report
                    .row(&f.claim)
                    .map_or(&[][..], |row| report.digest.supports(row))
                    .iter()
                    .filter(|s| {
                        s.article != f.article && !f.related.iter().any(|r| r.article == s.article)
                    })
                    .take(OTHER_SOURCES)
                    .map(|s| (s.article, s.span.clone(), format!("agrees: {}", s.value))),
            )
            .map(|(article, span, label)| {
                json!({
                    "physicalLocation": physical(
                        report.article_path(article),
                        texts.text(article).as_deref(),
                        span,
                        None,
                    ),
                    "message": {"text": label},
                })
            })
            .collect();
        for (n, r) in related.iter_mut().enumerate() {
            r["id"] = json!(n);
        }
        if !related.is_empty() {
            result.insert("relatedLocations".into(), Value::Array(related));
        }
        result.insert(
            "partialFingerprints".into(),
            json!({ "factcheck/v1": finding_fingerprint(f, report.article_path(f.article)) }),
        );
        if let Some(state) = report.baseline_state(i) {
            result.insert("baselineState".into(), json!(state.as_str()));
        }
        // An inline `factcheck-ignore` (SPEC §6) is SARIF's in-source suppression.
        if let Some(reason) = &f.suppressed {
            result.insert(
                "suppressions".into(),
                json!([{"kind": "inSource", "justification": &**reason}]),
            );
        }
        let mut properties = json!({"verdict": f.verdict.as_str(), "value": &*f.value});
        if let Some(expected) = &f.expected {
            properties["expected"] = json!(&**expected);
        }
        result.insert("properties".into(), properties);
        Value::Object(result)
    }
}

/// The `absent` result for a stale baseline entry.
fn stale_result(report: &Report, e: &crate::baseline::Entry) -> Value {
    {
        {
            let mut result = json!({
                "ruleId": e.claim,
                "kind": "fail",
                "level": "none",
                "message": {"text": format!("baseline entry no longer matches: {} “{}”", e.verdict, e.text)},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri(&e.article)}}}],
                "partialFingerprints": {"factcheck/v1": e.fingerprint},
                "baselineState": "absent",
            });
            if let Some(index) = report.claims.iter().position(|c| c.id == e.claim) {
                result["ruleIndex"] = json!(index);
            }
            result
        }
    }
}

/// SARIF's level for a severity.
fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A relative URI: forward slashes, no leading `./`, spaces and `%` escaped.
fn uri(path: &str) -> String {
    let path = crate::baseline::normalise_path(path);
    let mut out = String::with_capacity(path.len());
    for c in path.chars() {
        match c {
            '%' => out.push_str("%25"),
            ' ' => out.push_str("%20"),
            '#' => out.push_str("%23"),
            '?' => out.push_str("%3F"),
            c => out.push(c),
        }
    }
    out
}

/// A physical location: the artifact and, when the text is at hand, a full region.
fn physical(
    path: &str,
    text: Option<&str>,
    span: std::ops::Range<usize>,
    start: Option<(usize, usize)>,
) -> Value {
    let mut region = json!({
        "byteOffset": span.start,
        "byteLength": span.end.saturating_sub(span.start),
    });
    if let Some(text) = text.filter(|t| t.get(span.clone()).is_some()) {
        let before = &text[..span.start];
        let slice = &text[span.clone()];
        let (line, column) = start.unwrap_or_else(|| {
            let line_start = before.rfind('\n').map_or(0, |i| i + 1);
            (
                before.matches('\n').count() + 1,
                before[line_start..].chars().count() + 1,
            )
        });
        let (end_line, end_column) = match slice.rfind('\n') {
            Some(nl) => (
                line + slice.matches('\n').count(),
                slice[nl + 1..].chars().count() + 1,
            ),
            None => (line, column + slice.chars().count()),
        };
        region["startLine"] = json!(line);
        region["startColumn"] = json!(column);
        region["endLine"] = json!(end_line);
        region["endColumn"] = json!(end_column);
        region["charOffset"] = json!(before.chars().count());
        region["charLength"] = json!(slice.chars().count());
        region["snippet"] = json!({ "text": slice });
    }
    json!({
        "artifactLocation": {"uri": uri(path)},
        "region": region,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::sample;

    fn doc(report: &Report) -> Value {
        serde_json::from_str(&render(report, &sample::TEXTS)).unwrap()
    }

    #[test]
    fn one_rule_per_claim_and_one_result_per_problem() {
        let v = doc(&sample::report());
        let run = &v["runs"][0];
        assert_eq!(v["version"], "2.1.0");
        assert_eq!(run["tool"]["driver"]["name"], "factcheck");
        assert_eq!(run["columnKind"], "unicodeCodePoints");
        let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
        assert_eq!(rules.len(), 2);
        assert_eq!(rules[1]["id"], "venue");
        assert_eq!(rules[1]["defaultConfiguration"]["level"], "warning");
        let results = run["results"].as_array().unwrap();
        assert_eq!(results.len(), 1, "supports are not results");
        let r = &results[0];
        assert_eq!(r["ruleId"], "talks-duration");
        assert_eq!(r["ruleIndex"], 0);
        assert_eq!(r["level"], "error");
        let loc = &r["locations"][0]["physicalLocation"];
        assert_eq!(loc["artifactLocation"]["uri"], "news/b.txt");
        assert_eq!(loc["region"]["startLine"], 1);
        assert_eq!(loc["region"]["startColumn"], 1);
        assert_eq!(loc["region"]["endColumn"], 8);
        assert_eq!(loc["region"]["snippet"]["text"], "12-hour");
        assert!(r.get("baselineState").is_none());
    }

    #[test]
    fn related_locations_get_their_own_line_and_column() {
        let v = doc(&sample::report());
        let rel = &v["runs"][0]["results"][0]["relatedLocations"][0];
        let region = &rel["physicalLocation"]["region"];
        assert_eq!(region["startLine"], 2);
        assert_eq!(region["startColumn"], 18);
        assert_eq!(region["snippet"]["text"], "roughly three hours");
        assert!(rel["message"]["text"]
            .as_str()
            .unwrap()
            .contains("same article"));
    }

    #[test]
    fn columns_and_offsets_count_characters_not_bytes() {
        let mut r = sample::report();
        let text = "Le sommet « très » a duré 12 heures.\n";
        let start = text.find("12 heures").unwrap();
        let f = r
            .findings
            .iter_mut()
            .find(|f| f.verdict == Verdict::Contradicts)
            .unwrap();
        f.related.clear();
        f.span = start..start + "12 heures".len();
        f.text = "12 heures".into();
        f.column = text[..start].chars().count() + 1;
        let texts = [text, sample::TEXTS[1]];
        let v: Value = serde_json::from_str(&render(&r, &texts)).unwrap();
        let region = &v["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"];
        assert_eq!(region["charOffset"], 26);
        assert_eq!(region["byteOffset"], start);
        assert_ne!(region["charOffset"], region["byteOffset"]);
        assert_eq!(region["endColumn"], 27 + 9);
    }

    #[test]
    fn baseline_states_and_stale_entries_as_absent() {
        let mut r = sample::report();
        let mut b = crate::baseline::Baseline::from_findings(r.findings_with_paths());
        let mut ghost = b.entries[0].clone();
        ghost.text = "ten hours".into();
        ghost.fingerprint = "0123456789abcdef".into();
        b.entries.push(ghost);
        r.baseline = Some(b.compare(r.findings_with_paths(), |_| true));
        let v = doc(&r);
        let results = v["runs"][0]["results"].as_array().unwrap();
        assert_eq!(results.len(), 2);
        assert_eq!(results[0]["baselineState"], "unchanged");
        assert_eq!(results[1]["baselineState"], "absent");
        assert_eq!(
            results[1]["partialFingerprints"]["factcheck/v1"],
            "0123456789abcdef"
        );
    }

    #[test]
    fn uris_are_relative_and_escaped() {
        assert_eq!(uri("./news/a b%.md"), "news/a%20b%25.md");
        assert_eq!(uri("news\\a.md"), "news/a.md");
    }
}
