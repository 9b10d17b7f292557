//! A CI gate that cannot pass on nothing (issue 14, SPEC §3): no articles is
//! exit 2, skipped files are counted in one note, missing defaults say what
//! to pass, and `--changed-since` outside git is one line.

use assert_cmd::Command;
use std::path::Path;

fn claims() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("claims")
        .display()
        .to_string()
}

fn run_in(dir: &Path, args: &[&str]) -> (Option<i32>, String, String) {
    let out = Command::cargo_bin("factcheck")
        .unwrap()
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn an_empty_folder_exits_2_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("news")).unwrap();
    for format in ["human", "json"] {
        let (code, out, err) = run_in(
            dir.path(),
            &["report", "news", "--claims", &claims(), "--format", format],
        );
        assert_eq!(code, Some(2), "{format}: {out}{err}");
        assert!(err.contains("no articles found under news"), "{err}");
        assert!(out.is_empty(), "{out}");
    }
}

#[test]
fn a_folder_of_unsupported_files_gets_one_note_and_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let news = dir.path().join("news");
    std::fs::create_dir(&news).unwrap();
    for name in ["a.docx", "b.docx", "c.DOCX", ".DS_Store"] {
        std::fs::write(news.join(name), "x").unwrap();
    }
    let (code, _, err) = run_in(dir.path(), &["report", "news", "--claims", &claims()]);
    assert_eq!(code, Some(2), "{err}");
    assert_eq!(err.matches("note: skipped").count(), 1, "{err}");
    assert!(err.contains("skipped 3 files: .docx ×3"), "{err}");
}

#[test]
fn unsupported_files_beside_articles_are_noted_and_the_run_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let news = dir.path().join("news");
    std::fs::create_dir(&news).unwrap();
    std::fs::write(news.join("a.txt"), "The talks lasted three hours.\n").unwrap();
    std::fs::write(news.join("b.pdf"), "x").unwrap();
    let (code, _, err) = run_in(dir.path(), &["report", "news", "--claims", &claims()]);
    assert_eq!(code, Some(0), "{err}");
    assert!(err.contains("skipped 1 file: .pdf ×1"), "{err}");
}

#[test]
fn missing_defaults_say_what_to_pass_in_one_message() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err) = run_in(dir.path(), &["report"]);
    assert_eq!(code, Some(2));
    assert!(out.is_empty());
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("neither ./seeds nor ./claims exists"), "{err}");
    assert!(err.contains("--claims"), "{err}");
    assert!(!err.contains("factcheck::"), "no internal codes: {err}");
}

#[test]
fn changed_since_outside_git_is_one_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "The talks lasted three hours.\n").unwrap();
    let (code, _, err) = run_in(
        dir.path(),
        &[
            "report",
            "a.txt",
            "--claims",
            &claims(),
            "--changed-since",
            "main",
        ],
    );
    assert_eq!(code, Some(2));
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("not inside a git repository"), "{err}");
}

#[test]
fn extract_on_an_empty_folder_exits_2_too() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("news")).unwrap();
    std::fs::write(dir.path().join("news/a.docx"), "x").unwrap();
    let (code, out, err) = run_in(dir.path(), &["extract", "news"]);
    assert_eq!(code, Some(2), "{out}{err}");
    assert!(err.contains("skipped 1 file: .docx ×1"), "{err}");
    assert!(err.contains("no articles found under news"), "{err}");
}
