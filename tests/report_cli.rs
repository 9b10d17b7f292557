//! `factcheck report` input errors: exit code 2 with a message naming the problem.

use assert_cmd::Command;

#[test]
fn missing_article_path_is_named_and_exits_2() {
    let out = Command::cargo_bin("factcheck")
        .unwrap()
        .args([
            "report",
            "no/such/article.txt",
            "--claims",
            "tests/fixtures/report-claims/fixtures.yaml",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no/such/article.txt"), "{err}");
}

#[test]
fn unknown_formats_exit_2_not_panic() {
    let out = Command::cargo_bin("factcheck")
        .unwrap()
        .args(["report", "--format", "checkstyle"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn invalid_utf8_names_file_and_offset() {
    let dir = std::env::temp_dir().join(format!("factcheck-utf8-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("bad.txt");
    std::fs::write(&path, b"The talks \xff lasted").unwrap();
    let out = Command::cargo_bin("factcheck")
        .unwrap()
        .args([
            "report",
            "--claims",
            "tests/fixtures/report-claims/fixtures.yaml",
        ])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("bad.txt") && err.contains("offset 10"),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn stdin_is_read_for_dash() {
    let out = Command::cargo_bin("factcheck")
        .unwrap()
        .args([
            "report",
            "-",
            "--format",
            "json",
            "--claims",
            "tests/fixtures/report-claims/fixtures.yaml",
        ])
        .write_stdin("The negotiations were held in Geneva.\n")
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["articles"][0]["path"], "-");
    assert_eq!(out.status.code(), Some(1));
}
