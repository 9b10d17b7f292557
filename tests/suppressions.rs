//! Inline suppressions (SPEC §6): `<!-- factcheck-ignore CLAIM: reason -->`
//! silences the next block, `-file` the whole file, `#`/`//` lines do the same
//! in plain text; suppressed problems are listed with their reason, counted
//! in the summary, and never fail a run; stale ones, ones without a reason
//! and ones naming no claim are warned about.

use assert_cmd::Command;
use serde_json::Value;

const SCOPED: &str = "tests/fixtures/suppress/scoped.md";
const WHOLE_FILE: &str = "tests/fixtures/suppress/whole-file.txt";

fn report(articles: &[&str], format: &str) -> (Option<i32>, String, String) {
    let out = Command::cargo_bin("factcheck")
        .unwrap()
        .arg("report")
        .args(articles)
        .args(["--claims", "claims", "--format", format, "--color", "never"])
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// (text, suppressed reason) of every problem.
fn problems(articles: &[&str]) -> (Vec<(String, Option<String>)>, Value, String) {
    let (_, out, err) = report(articles, "json");
    let doc: Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {err}"));
    let list = doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["verdict"] != "supports")
        .map(|f| {
            (
                f["text"].as_str().unwrap().to_string(),
                f["suppressed"].as_str().map(str::to_string),
            )
        })
        .collect();
    (list, doc["summary"].clone(), err)
}

#[test]
fn a_suppression_with_a_reason_silences_only_the_next_block() {
    let (list, _, _) = problems(&[SCOPED]);
    assert!(
        list.contains(&(
            "12 hours".into(),
            Some("the wire copy's figure, corrected in print".into())
        )),
        "{list:?}"
    );
    // The paragraph after the next one is not covered.
    assert!(list.contains(&("11 hours".into(), None)), "{list:?}");
}

#[test]
fn a_suppression_without_a_reason_still_silences_and_is_warned_about() {
    let (list, _, err) = problems(&[SCOPED]);
    assert!(
        list.contains(&("10 hours".into(), Some("no reason given".into()))),
        "{list:?}"
    );
    assert!(
        err.contains("scoped.md:11: `factcheck-ignore talks-duration` gives no reason"),
        "{err}"
    );
}

#[test]
fn a_stale_suppression_and_one_naming_no_claim_are_warned_about() {
    let (list, _, err) = problems(&[SCOPED]);
    assert!(
        err.contains("scoped.md:8: `factcheck-ignore summit-date` is stale"),
        "{err}"
    );
    assert!(
        err.contains("scoped.md:14: `factcheck-ignore talks-duraton` names no claim")
            && err.contains("did you mean `talks-duration`?"),
        "{err}"
    );
    // The misspelt one silences nothing.
    assert!(list.contains(&("9 hours".into(), None)), "{list:?}");
}

#[test]
fn a_file_suppression_in_plain_text_accepts_every_problem_and_never_fails() {
    let (code, _, err) = report(&[WHOLE_FILE], "human");
    assert_eq!(code, Some(0), "{err}");
    let (list, summary, _) = problems(&[WHOLE_FILE]);
    assert_eq!(
        list,
        vec![("12 hours".to_string(), Some("archived copy".to_string()))]
    );
    assert_eq!(summary["suppressed"], 1);
    assert_eq!(summary["errors"], 0);
}

#[test]
fn suppressed_problems_are_counted_in_the_summary_and_hidden_from_people() {
    let (_, summary, _) = problems(&[SCOPED, WHOLE_FILE]);
    assert_eq!(summary["suppressed"], 3, "{summary}");
    let (code, out, _) = report(&[SCOPED, WHOLE_FILE], "human");
    // 11 hours and 9 hours are not suppressed: the run fails on them.
    assert_eq!(code, Some(1));
    assert!(out.contains("3 suppressed"), "{out}");
    assert!(out.contains("9 hours"), "{out}");
}

#[test]
fn sarif_marks_a_suppressed_problem_in_source_and_github_leaves_it_out() {
    let (code, out, _) = report(&[WHOLE_FILE], "sarif");
    assert_eq!(code, Some(0));
    let sarif: Value = serde_json::from_str(&out).unwrap();
    let result = &sarif["runs"][0]["results"][0];
    assert_eq!(result["suppressions"][0]["kind"], "inSource");
    assert_eq!(result["suppressions"][0]["justification"], "archived copy");
    let (code, out, _) = report(&[WHOLE_FILE], "github");
    assert_eq!(code, Some(0));
    assert!(!out.contains("::error"), "{out}");
}
