//! `factcheck explain`: every mention of an article (or of one line) with
//! where it went and why, as attribution recorded it.

use assert_cmd::Command;

fn explain(arg: &str) -> (Option<i32>, String, String) {
    let out = Command::cargo_bin("factcheck")
        .unwrap()
        .args([
            "explain",
            arg,
            "--claims",
            "tests/fixtures/explain/visit.yaml",
        ])
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn every_mention_says_where_it_went_and_by_which_frame() {
    let (code, out, err) = explain("tests/fixtures/explain/visit.txt");
    assert_eq!(code, Some(0), "{err}");
    assert!(
        out.contains("duration “three hours” = 3h  → talks (linked: of “talks”)"),
        "{out}"
    );
    assert!(
        out.contains(
            "duration “two-day” = 2d  nowhere: not linked to a cue of talks; it is about “visit”"
        ) || out.contains(
            "duration “two-day” = 2d  nowhere: no cue of a claim of this kind in the sentence"
        ),
        "{out}"
    );
    assert!(out.contains("→ talks (linked: verb “talks”)"), "{out}");
    assert!(out.contains("nowhere: a correction notice"), "{out}");
}

#[test]
fn a_line_narrows_it_to_that_line() {
    let (code, out, _) = explain("tests/fixtures/explain/visit.txt:4");
    assert_eq!(code, Some(0));
    assert!(out.contains("correction notice"), "{out}");
    assert!(!out.contains("three hours of talks"), "{out}");
    let (_, out, _) = explain("tests/fixtures/explain/visit.txt:2");
    assert!(
        out.contains("visit.txt:2: no mention on this line"),
        "{out}"
    );
}

#[test]
fn a_missing_article_is_an_input_error() {
    let (code, _, err) = explain("tests/fixtures/explain/nope.txt");
    assert_eq!(code, Some(2));
    assert!(err.contains("nope.txt"), "{err}");
}
