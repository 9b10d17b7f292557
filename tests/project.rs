//! `factcheck.toml` (SPEC §6): found from a subfolder, command-line options
//! win, `exclude` globs apply, and a misspelt key is an error at its line.

use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;

/// A project folder: claims under `facts/`, articles under `news/` (one a draft).
fn project(toml: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    for sub in ["facts", "news/drafts", "sub/deeper"] {
        std::fs::create_dir_all(root.join(sub)).unwrap();
    }
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("claims/alaska-summit.yaml"),
        root.join("facts/alaska-summit.yaml"),
    )
    .unwrap();
    std::fs::write(root.join("news/a.txt"), "The talks lasted 12 hours.\n").unwrap();
    std::fs::write(
        root.join("news/drafts/b.txt"),
        "The talks lasted 3 hours.\n",
    )
    .unwrap();
    std::fs::write(root.join("factcheck.toml"), toml).unwrap();
    dir
}

/// `factcheck ARGS` run in `dir`.
fn run_in(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::cargo_bin("factcheck")
        .unwrap()
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

const TOML: &str = "articles = \"news\"\nclaims = [\"facts\"]\nformat = \"json\"\nfail-on = \"never\"\nexclude = [\"news/drafts/**\"]\n";

#[test]
fn the_project_file_is_found_from_a_subfolder() {
    let dir = project(TOML);
    let out = run_in(&dir.path().join("sub/deeper"), &["report"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    // fail-on = never: the 12-hour contradiction does not fail the run.
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let report: Value = serde_json::from_slice(&out.stdout).expect("format = json");
    let paths: Vec<&str> = report["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["path"].as_str().unwrap())
        .collect();
    // The draft is excluded; paths are relative to where factcheck ran.
    assert_eq!(paths, ["../../news/a.txt"]);
    assert_eq!(report["summary"]["errors"], 1);
}

#[test]
fn command_line_options_win_over_the_project_file() {
    let dir = project(TOML);
    let out = run_in(
        dir.path(),
        &["report", "--format", "github", "--fail-on", "error"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("::"));
}

#[test]
fn a_misspelt_key_is_an_error_at_its_line_with_did_you_mean() {
    let dir = project("articles = \"news\"\nfail_onn = \"warning\"\n");
    let out = run_in(dir.path(), &["report"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("factcheck.toml:2:1"), "{stderr}");
    assert!(stderr.contains("did you mean `fail-on`?"), "{stderr}");
    assert!(out.stdout.is_empty());
}

#[test]
fn a_bad_value_names_what_is_accepted() {
    let dir = project("format = \"xml\"\n");
    let out = run_in(dir.path(), &["report"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("factcheck.toml:1:"), "{stderr}");
    assert!(stderr.contains("sarif"), "{stderr}");
}
