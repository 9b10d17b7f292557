//! Articles as newsrooms keep them (SPEC §6): Markdown with front matter and
//! HTML pages with chrome, checked through `factcheck report --format json`.
//! Every span must be a byte-exact slice of the file as read.

use assert_cmd::Command;
use serde_json::Value;

const MD: &str = "tests/fixtures/documents/elements.md";
const HTML: &str = "tests/fixtures/documents/chrome.html";

fn report(article: &str) -> Value {
    let out = Command::cargo_bin("factcheck")
        .unwrap()
        .args(["report", article, "--claims", "claims", "--format", "json"])
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)))
}

/// (claim, verdict, text) of every finding, each checked against the file's bytes.
fn findings(article: &str) -> Vec<(String, String, String)> {
    let file = std::fs::read_to_string(article).unwrap();
    let report = report(article);
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let start = f["span"]["start"].as_u64().unwrap() as usize;
            let end = f["span"]["end"].as_u64().unwrap() as usize;
            let text = f["text"].as_str().unwrap();
            assert_eq!(&file[start..end], text, "span is no slice of {article}");
            let line = f["span"]["line"].as_u64().unwrap() as usize;
            let column = f["span"]["column"].as_u64().unwrap() as usize;
            let line_text = file.lines().nth(line - 1).unwrap();
            let col_byte: usize = line_text.chars().take(column - 1).map(char::len_utf8).sum();
            assert!(
                line_text[col_byte..].starts_with(text.lines().next().unwrap()),
                "line/column {line}:{column} do not point at {text:?}"
            );
            (
                f["claim"].as_str().unwrap().to_string(),
                f["verdict"].as_str().unwrap().to_string(),
                text.to_string(),
            )
        })
        .collect()
}

fn texts(findings: &[(String, String, String)]) -> Vec<&str> {
    findings.iter().map(|f| f.2.as_str()).collect()
}

#[test]
fn a_front_matter_title_contradicting_the_body_is_flagged() {
    let found = findings(MD);
    assert!(
        found.contains(&(
            "talks-duration".into(),
            "contradicts".into(),
            "12-hour".into()
        )),
        "{found:?}"
    );
    assert!(texts(&found).contains(&"roughly three hours"));
}

#[test]
fn markdown_code_comments_urls_and_other_front_matter_hold_no_mentions() {
    let found = findings(MD);
    for gone in [
        "45 minutes",
        "90 minutes",
        "80 minutes",
        "20 minutes",
        "7-hours",
        "9-hours",
    ] {
        assert!(
            !texts(&found).iter().any(|t| t.contains(gone)),
            "{gone}: {found:?}"
        );
    }
}

#[test]
fn markdown_link_text_is_prose() {
    let found = findings(MD);
    assert!(
        found.contains(&("talks-duration".into(), "supports".into(), "3 hours".into())),
        "{found:?}"
    );
}

#[test]
fn a_bold_list_item_date_reads_month_and_day() {
    let found = findings(MD);
    assert!(
        found.contains(&("summit-date".into(), "supports".into(), "August 15".into())),
        "{found:?}"
    );
}

#[test]
fn markdown_extract_sees_no_code_or_comment() {
    let out = Command::cargo_bin("factcheck")
        .unwrap()
        .args(["extract", MD, "--format", "json"])
        .output()
        .unwrap();
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let mentions = doc["articles"][0]["mentions"].as_array().unwrap();
    let said: Vec<&str> = mentions
        .iter()
        .map(|m| m["text"].as_str().unwrap())
        .collect();
    assert!(!said.iter().any(|t| t.contains("minutes")), "{said:?}");
    assert!(!said.contains(&"45"), "{said:?}");
}

#[test]
fn html_reads_the_article_without_chrome_and_spans_are_file_bytes() {
    let found = findings(HTML);
    let said = texts(&found);
    // The entity stays in the span's text: it is the file's slice.
    assert!(said.contains(&"roughly three&nbsp;hours"), "{found:?}");
    assert!(said.contains(&"August&nbsp;15"), "{found:?}");
    assert!(
        found
            .iter()
            .all(|(claim, verdict, _)| claim != "talks-duration" || verdict == "supports"),
        "chrome leaked into the article: {found:?}"
    );
}

#[test]
fn directories_read_markdown_and_html_extensions() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["a.markdown", "b.htm", "c.html", "d.md", "e.txt"] {
        std::fs::write(dir.path().join(name), "The talks lasted 3 hours.\n").unwrap();
    }
    let report = report(dir.path().to_str().unwrap());
    assert_eq!(report["articles"].as_array().unwrap().len(), 5, "{report}");
}

mod props {
    use factcheck::document::{read, Format};
    use proptest::prelude::*;

    proptest! {
        /// Any input: no panic, the blanked copy has the file's length and
        /// line breaks, and every suppression's ranges are in bounds.
        #[test]
        fn blanked_copies_keep_every_offset(
            text in "(<[a-z/!-]{0,6}>|&[a-z#0-9]{0,6};?|[-*`#|\\[\\]()!:+ \n]|[a-z0-9]{1,4}|é|“){0,60}",
            html in any::<bool>(),
        ) {
            let format = if html { Format::Html } else { Format::Markdown };
            let prose = read(format, &text);
            let blanked = prose.text.unwrap();
            prop_assert_eq!(blanked.len(), text.len());
            for (i, b) in text.bytes().enumerate() {
                if b == b'\n' {
                    prop_assert_eq!(blanked.as_bytes()[i], b'\n');
                }
            }
            for s in prose.suppressions {
                prop_assert!(s.scope.end <= text.len() && s.at.end <= text.len());
            }
        }
    }
}
