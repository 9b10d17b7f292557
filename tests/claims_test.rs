//! `factcheck claims test`: every claim's examples get their verdict, or exit 1.

use assert_cmd::Command;

fn claims_test(paths: &[&str]) -> (Option<i32>, String, String) {
    let out = Command::cargo_bin("factcheck")
        .unwrap()
        .args(["claims", "test"])
        .args(paths)
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn passing_examples_exit_0() {
    let (code, out, err) = claims_test(&["tests/fixtures/ci/claims"]);
    assert_eq!(code, Some(0), "{out}{err}");
    assert!(out.contains("harbour.yaml: 6 passed, 0 failed"), "{out}");
}

#[test]
fn a_wrong_example_fails_with_its_line_and_what_it_got() {
    let (code, out, err) = claims_test(&["tests/fixtures/ci/wrong-example/venue.yaml"]);
    assert_eq!(code, Some(1), "{out}{err}");
    assert!(out.contains("1 passed, 2 failed"), "{out}");
    assert!(
        out.contains("venue.yaml:16: `venue` example should support, got contradicts"),
        "{out}"
    );
    assert!(
        out.contains("venue.yaml:18: `venue` example should contradict, got nothing"),
        "{out}"
    );
    assert!(err.contains("2 of 3 examples failed"), "{err}");
}

#[test]
fn a_broken_claims_file_exits_2() {
    let (code, _, err) = claims_test(&["tests/fixtures/claims/bad"]);
    assert_eq!(code, Some(2), "{err}");
    let (code, _, _) = claims_test(&["no/such/claims"]);
    assert_eq!(code, Some(2));
}

#[test]
fn the_projects_own_claims_pass_their_examples() {
    let (code, out, err) = claims_test(&[]);
    assert_eq!(code, Some(0), "{out}{err}");
    assert!(out.contains(" 0 failed"), "{out}");
}

#[test]
fn a_failing_example_is_explained_mention_by_mention() {
    let (code, out, err) = claims_test(&["tests/fixtures/explain/visit.yaml"]);
    assert_eq!(code, Some(1), "{out}{err}");
    assert!(
        out.contains("duration “four hours” = 4h  nowhere: not linked to a cue of talks; it is about “visit”"),
        "{out}"
    );
}
