//! `factcheck report` on small articles, each pinning one behaviour, against
//! tests/fixtures/report-claims/fixtures.yaml (a made-up event, so that no
//! rule is tuned to the seeds).

use assert_cmd::Command;
use serde_json::Value;

const CLAIMS: &str = "tests/fixtures/report-claims/fixtures.yaml";

fn report(articles: &[&str], extra: &[&str]) -> (i32, Value) {
    let mut cmd = Command::cargo_bin("factcheck").unwrap();
    cmd.arg("report")
        .arg("--claims")
        .arg(CLAIMS)
        .args(["--format", "json"]);
    for a in articles {
        cmd.arg(format!("tests/fixtures/articles/{a}.txt"));
    }
    cmd.args(extra);
    let out = cmd.output().unwrap();
    let json: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
    (out.status.code().unwrap_or(-1), json)
}

/// (claim, verdict, text) of every finding.
fn findings(json: &Value) -> Vec<(String, String, String)> {
    json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["claim"].as_str().unwrap().to_string(),
                f["verdict"].as_str().unwrap().to_string(),
                f["text"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn of_claim(json: &Value, claim: &str) -> Vec<(String, String)> {
    findings(json)
        .into_iter()
        .filter(|(c, _, _)| c == claim)
        .map(|(_, v, t)| (v, t))
        .collect()
}

#[test]
fn weekday_that_contradicts_the_date() {
    let (code, json) = report(&["weekday-contradicts-date"], &[]);
    let date = of_claim(&json, "talks-date");
    assert!(
        date.iter()
            .any(|(v, t)| v == "contradicts" && t.contains("Sunday")),
        "{date:?}"
    );
    assert_eq!(code, 1);
}

#[test]
fn rival_venue_contradicts() {
    let (code, json) = report(&["rival-venue"], &[]);
    assert_eq!(
        of_claim(&json, "venue"),
        [("contradicts".into(), "Geneva".into())]
    );
    assert_eq!(code, 1);
}

#[test]
fn rival_venue_of_a_previous_meeting_is_no_finding() {
    let (code, json) = report(&["rival-venue-previous-meeting"], &[]);
    assert!(of_claim(&json, "venue").is_empty(), "{json}");
    assert_eq!(code, 0);
}

#[test]
fn absent_person_named_as_present() {
    let (code, json) = report(&["absent-person"], &[]);
    let people = of_claim(&json, "participants");
    assert!(
        people.contains(&("contradicts".into(), "Claire Moreau".into())),
        "{people:?}"
    );
    assert!(
        people
            .iter()
            .any(|(v, t)| v == "supports" && t.contains("Okafor")),
        "{people:?}"
    );
    assert_eq!(code, 1);
}

#[test]
fn misquote_is_shown_as_a_word_diff() {
    let (code, json) = report(&["misquote"], &[]);
    let f = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["claim"] == "accord-quote")
        .expect("a finding for the quote");
    assert_eq!(f["verdict"], "contradicts");
    assert!(
        f["message"]
            .as_str()
            .unwrap()
            .contains("[-stone-] {+brick+}"),
        "{f}"
    );
    assert_eq!(code, 1);
}

#[test]
fn exact_quote_with_different_punctuation_supports() {
    let (code, json) = report(&["exact-quote-punctuation"], &[]);
    let q = of_claim(&json, "accord-quote");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "supports");
    assert_eq!(code, 0);
}

#[test]
fn count_within_tolerance_supports() {
    let (code, json) = report(&["count-within-tolerance"], &[]);
    assert_eq!(
        of_claim(&json, "delegates"),
        [("supports".into(), "131 delegates".into())]
    );
    assert_eq!(code, 0);
}

#[test]
fn consensus_tie_makes_both_mentions_warnings() {
    let (code, json) = report(&["consensus-tie-a", "consensus-tie-b"], &[]);
    let ferries: Vec<&Value> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["claim"] == "ferries")
        .collect();
    assert_eq!(ferries.len(), 2, "{json}");
    for f in &ferries {
        assert_eq!(f["verdict"], "disagrees");
        assert_eq!(f["severity"], "warning");
        assert!(f["expected"].is_null());
    }
    assert_eq!(code, 0, "warnings do not fail by default");
    let (code, _) = report(
        &["consensus-tie-a", "consensus-tie-b"],
        &["--fail-on", "warning"],
    );
    assert_eq!(code, 1);
}

#[test]
fn duration_inside_quotation_marks_is_no_finding() {
    let (code, json) = report(&["duration-in-quotes"], &[]);
    assert!(of_claim(&json, "talks-duration").is_empty(), "{json}");
    assert_eq!(code, 0);
}

#[test]
fn not_near_cue_excludes_page_chrome() {
    let (code, json) = report(&["not-near-exclusion"], &[]);
    assert!(of_claim(&json, "talks-duration").is_empty(), "{json}");
    assert_eq!(code, 0);
}

#[test]
fn competing_claims_take_the_nearest_cue() {
    let (code, json) = report(&["competing-claims"], &[]);
    assert_eq!(
        of_claim(&json, "talks-duration"),
        [("supports".into(), "four hours".into())]
    );
    assert_eq!(
        of_claim(&json, "briefing-duration"),
        [("supports".into(), "20 minutes".into())]
    );
    assert_eq!(code, 0);
}

#[test]
fn self_contradicting_article() {
    let (code, json) = report(&["self-contradiction"], &[]);
    let f = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["claim"] == "talks-duration" && f["verdict"] == "contradicts")
        .expect("a contradiction");
    assert_eq!(f["text"], "Eight-hour");
    assert_eq!(f["value"], "8h");
    assert!(
        f["message"]
            .as_str()
            .unwrap()
            .contains("the same article also says"),
        "{f}"
    );
    assert_eq!(code, 1);
    let (code, _) = report(&["self-contradiction"], &["--fail-on", "never"]);
    assert_eq!(code, 0);
}

#[test]
fn refusing_questions_contradicts_a_true_statement() {
    let (_, json) = report(&["refused-questions"], &[]);
    assert_eq!(
        of_claim(&json, "questions"),
        [("contradicts".into(), "refused to take questions".into())]
    );
}

#[test]
fn every_text_is_the_files_bytes_at_its_span() {
    let dir = std::fs::read_dir("tests/fixtures/articles").unwrap();
    let mut names: Vec<String> = dir
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            e.path()
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
        })
        .collect();
    names.sort();
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let (_, json) = report(&refs, &[]);
    for f in json["findings"].as_array().unwrap() {
        let bytes = std::fs::read(f["article"].as_str().unwrap()).unwrap();
        let (s, e) = (
            f["span"]["start"].as_u64().unwrap() as usize,
            f["span"]["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(f["text"].as_str().unwrap().as_bytes(), &bytes[s..e]);
    }
    assert_eq!(json["summary"]["articles"], names.len());
}

#[test]
fn human_format_has_headline_matrix_and_summary() {
    let out = Command::cargo_bin("factcheck")
        .unwrap()
        .args(["report", "--claims", CLAIMS, "--color", "never"])
        .arg("tests/fixtures/articles/self-contradiction.txt")
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("talks-duration — how long the negotiations lasted"),
        "{text}"
    );
    assert!(text.contains("Eight-hour"), "{text}");
    assert!(text.contains("claims × articles"), "{text}");
    assert!(
        text.trim_end().ends_with("supporting mentions") || text.contains("supporting mention"),
        "{text}"
    );
    assert!(!text.contains('\u{1b}'));
}
