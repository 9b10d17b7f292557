//! CLI tests of `factcheck extract`: output formats, stdin, exit codes.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

fn factcheck() -> Command {
    let mut cmd = Command::cargo_bin("factcheck").unwrap();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

fn stdout_json(cmd: &mut Command) -> Value {
    let out = cmd.output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("stdout is JSON")
}

const ARTICLE: &str =
    "Summit Ends\n\nTrump told reporters, “We’ve made some headway.” Putin’s reply came later.\n";

#[test]
fn json_has_the_schema_and_exact_spans() {
    let doc = stdout_json(
        factcheck()
            .args(["extract", "--format", "json", "-"])
            .write_stdin(ARTICLE),
    );
    assert_eq!(doc["schema"], "factcheck-extract/1");
    let articles = doc["articles"].as_array().unwrap();
    assert_eq!(articles.len(), 1);
    assert_eq!(articles[0]["path"], "-");
    let mentions = articles[0]["mentions"].as_array().unwrap();
    let quote = mentions
        .iter()
        .find(|m| m["kind"] == "quote")
        .expect("a quote mention");
    let (start, end) = (
        quote["start"].as_u64().unwrap() as usize,
        quote["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&ARTICLE[start..end], "“We’ve made some headway.”");
    assert_eq!(quote["text"], "“We’ve made some headway.”");
    // Without claims there are no entity spellings, so no speaker either.
    assert!(quote.get("speaker").is_none());
    assert!(mentions.iter().all(|m| m["kind"] != "entity"));
}

#[test]
fn jsonl_writes_one_mention_per_line_with_its_path() {
    let out = factcheck()
        .args(["extract", "--format", "jsonl", "-"])
        .write_stdin("He said “yes” and “no”.\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert!(lines
        .iter()
        .all(|l| l["path"] == "-" && l["kind"] == "quote"));
    assert_eq!(lines[0]["text"], "“yes”");
    assert_eq!(lines[1]["text"], "“no”");
}

#[test]
fn human_format_gives_path_line_and_character_column() {
    factcheck()
        .args(["extract", "-"])
        .write_stdin("Ünïcödé first line\nThe talks were “productive” indeed.\n")
        .assert()
        .success()
        .stdout("-:2:16  quote  “productive”  speaker unknown\n");
}

#[test]
fn default_articles_are_the_seeds_in_sorted_order() {
    let doc = stdout_json(factcheck().args(["extract", "--format", "json"]));
    let paths: Vec<&str> = doc["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths.len(), 5);
    assert!(paths
        .iter()
        .all(|p| p.starts_with("seeds/") && p.ends_with(".txt")));
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted);
}

#[test]
fn mentions_are_sorted_by_offset() {
    let doc = stdout_json(factcheck().args(["extract", "--format", "json", "seeds"]));
    for article in doc["articles"].as_array().unwrap() {
        let starts: Vec<u64> = article["mentions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["start"].as_u64().unwrap())
            .collect();
        assert!(starts.windows(2).all(|w| w[0] <= w[1]), "{starts:?}");
        assert!(!starts.is_empty());
    }
}

#[test]
fn a_missing_path_is_named_and_exits_2_after_the_rest() {
    let out = factcheck()
        .args(["extract", "--format", "jsonl", "no/such/article.txt", "-"])
        .write_stdin("“still read”\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("no/such/article.txt"), "{stderr}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("still read"));
}

#[test]
fn invalid_utf8_is_an_input_error() {
    factcheck()
        .args(["extract", "-"])
        .write_stdin(b"ok \xff".to_vec())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("UTF-8"));
}

#[test]
fn a_bad_date_is_a_usage_error() {
    factcheck()
        .args(["extract", "--date", "15/8/2025", "-"])
        .write_stdin("x")
        .assert()
        .code(2);
}

#[test]
fn a_date_not_in_iso_form_says_which_form_is_accepted() {
    let out = assert_cmd::Command::cargo_bin("factcheck")
        .unwrap()
        .args(["extract", "seeds", "--date", "21/07/1969"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("YYYY-MM-DD"), "{stderr}");
    assert!(!stderr.contains("invalid characters"), "{stderr}");
}
