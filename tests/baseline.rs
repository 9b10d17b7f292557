//! Baselines end to end: `baseline write`, then `report --baseline` fails only
//! on problems the baseline does not hold, whatever else moves in the files.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

/// A fresh copy of tests/fixtures/ci in a temporary directory.
fn workspace(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("factcheck-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    for sub in ["articles", "claims"] {
        fs::create_dir_all(dir.join(sub)).unwrap();
        for e in fs::read_dir(Path::new("tests/fixtures/ci").join(sub)).unwrap() {
            let e = e.unwrap();
            fs::copy(e.path(), dir.join(sub).join(e.file_name())).unwrap();
        }
    }
    dir
}

fn factcheck(dir: &Path, args: &[&str]) -> (Option<i32>, String, String) {
    let out = Command::cargo_bin("factcheck")
        .unwrap()
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn write_baseline(dir: &Path) {
    let (code, out, err) = factcheck(dir, &["baseline", "write", "base.json", "articles"]);
    assert_eq!(code, Some(0), "{out}{err}");
    assert!(out.contains("2 problems"), "{out}");
}

/// The JSON report's problems as (text, baseline state).
fn problems(dir: &Path, extra: &[&str]) -> (Option<i32>, Vec<(String, String)>, String) {
    let mut args = vec!["report", "articles", "--format", "json"];
    args.extend_from_slice(extra);
    let (code, out, err) = factcheck(dir, &args);
    let v: Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"));
    let list = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["verdict"] != "supports")
        .map(|f| {
            (
                f["text"].as_str().unwrap().to_string(),
                f["baseline"].as_str().unwrap_or("-").to_string(),
            )
        })
        .collect();
    (code, list, err)
}

fn reverse_paragraphs(path: &Path) {
    let text = fs::read_to_string(path).unwrap();
    let mut paragraphs: Vec<&str> = text.trim_end().split("\n\n").collect();
    paragraphs.reverse();
    fs::write(
        path,
        format!("Updated at noon\n\n{}\n", paragraphs.join("\n\n")),
    )
    .unwrap();
}

#[test]
fn round_trip_new_finding_fails_and_moves_do_not() {
    let dir = workspace("baseline-round-trip");
    // Without a baseline the known contradiction fails the run.
    assert_eq!(factcheck(&dir, &["report", "articles"]).0, Some(1));

    write_baseline(&dir);
    let first = fs::read_to_string(dir.join("base.json")).unwrap();
    assert!(first.contains("factcheck-baseline/2"));
    assert!(!first.contains("\"line\""), "never line numbers: {first}");

    let (code, out, err) = factcheck(&dir, &["report", "articles", "--baseline", "base.json"]);
    assert_eq!(code, Some(0), "{out}{err}");
    assert!(
        out.contains("baseline: 2 known problem(s) not shown"),
        "{out}"
    );
    assert!(!out.contains("Oslo"), "known problems are not shown: {out}");
    let (_, list, _) = problems(&dir, &["--baseline", "base.json"]);
    assert!(list.iter().all(|(_, s)| s == "unchanged"), "{list:?}");
    assert_eq!(list.len(), 2);

    // A new contradiction in one article: exit 1, and only it is named.
    let a = dir.join("articles/a.txt");
    let original = fs::read_to_string(&a).unwrap();
    fs::write(
        &a,
        format!("{original}\nSome reports said the summit was held in Tromsø instead.\n"),
    )
    .unwrap();
    let (code, out, err) = factcheck(&dir, &["report", "articles", "--baseline", "base.json"]);
    assert_eq!(code, Some(1), "{out}{err}");
    assert!(out.contains("Tromsø"), "{out}");
    assert!(!out.contains("Oslo"), "{out}");
    let (code, list, _) = problems(&dir, &["--baseline", "base.json"]);
    assert_eq!(code, Some(1));
    let new: Vec<&str> = list
        .iter()
        .filter(|(_, s)| s == "new")
        .map(|(t, _)| t.as_str())
        .collect();
    assert_eq!(new, ["Tromsø"]);

    // Undo it, then move every paragraph (and add a headline): still clean.
    fs::write(&a, &original).unwrap();
    reverse_paragraphs(&a);
    reverse_paragraphs(&dir.join("articles/b.txt"));
    let (code, out, err) = factcheck(&dir, &["report", "articles", "--baseline", "base.json"]);
    assert_eq!(code, Some(0), "{out}{err}");
    assert!(!err.contains("no longer match"), "{err}");

    // Rewriting a baseline twice over the same findings gives the same bytes.
    fs::write(&a, &original).unwrap();
    let b = dir.join("articles/b.txt");
    fs::copy("tests/fixtures/ci/articles/b.txt", &b).unwrap();
    write_baseline(&dir);
    assert_eq!(fs::read_to_string(dir.join("base.json")).unwrap(), first);
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn fixed_problems_are_stale_entries_reported_not_failed() {
    let dir = workspace("baseline-stale");
    write_baseline(&dir);
    let b = dir.join("articles/b.txt");
    let text = fs::read_to_string(&b).unwrap();
    fs::write(&b, text.replace("held in Oslo", "held in Bergen")).unwrap();
    let (code, out, err) = factcheck(&dir, &["report", "articles", "--baseline", "base.json"]);
    assert_eq!(code, Some(0), "{out}{err}");
    assert!(err.contains("baseline: 1 entry no longer matches"), "{err}");
    assert!(
        out.contains("venue in articles/b.txt: contradicts “oslo”"),
        "{out}"
    );
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn a_rewritten_sentence_is_a_new_problem() {
    let dir = workspace("baseline-rewrite");
    write_baseline(&dir);
    let b = dir.join("articles/b.txt");
    let text = fs::read_to_string(&b).unwrap();
    fs::write(
        &b,
        text.replace("according to one delegate", "a delegate insisted"),
    )
    .unwrap();
    let (code, list, err) = problems(&dir, &["--baseline", "base.json"]);
    assert_eq!(code, Some(1));
    assert!(
        list.contains(&("Oslo".to_string(), "new".to_string())),
        "{list:?}"
    );
    assert!(err.contains("1 entry"), "{err}");
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn warnings_in_the_baseline_stay_quiet_under_fail_on_warning() {
    let dir = workspace("baseline-warning");
    assert_eq!(
        factcheck(&dir, &["report", "articles", "--fail-on", "warning"]).0,
        Some(1)
    );
    write_baseline(&dir);
    let fixed = fs::read_to_string(dir.join("articles/b.txt"))
        .unwrap()
        .replace("held in Oslo", "held in Bergen");
    fs::write(dir.join("articles/b.txt"), fixed).unwrap();
    let (code, _, err) = factcheck(
        &dir,
        &[
            "report",
            "articles",
            "--fail-on",
            "warning",
            "--baseline",
            "base.json",
        ],
    );
    assert_eq!(code, Some(0), "{err}");
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn a_broken_or_missing_baseline_exits_2() {
    let dir = workspace("baseline-broken");
    let (code, _, err) = factcheck(&dir, &["report", "articles", "--baseline", "nope.json"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("nope.json"), "{err}");
    fs::write(dir.join("bad.json"), "{\"schema\": \"factcheck-report/1\"}").unwrap();
    let (code, _, err) = factcheck(&dir, &["report", "articles", "--baseline", "bad.json"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("factcheck-baseline/2"), "{err}");
    let (code, _, err) = factcheck(
        &dir,
        &["baseline", "write", "no/such/dir/base.json", "articles"],
    );
    assert_eq!(code, Some(2), "{err}");
    let _ = fs::remove_dir_all(&dir);
}

/// Issue 14: two baselined problems in one sentence; fixing one must not
/// make the other new (a whole-sentence key did).
#[test]
fn fixing_one_of_two_problems_in_a_sentence_keeps_the_other_known() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::create_dir_all(root.join("articles")).unwrap();
    fs::create_dir_all(root.join("claims")).unwrap();
    fs::copy(
        "claims/alaska-summit.yaml",
        root.join("claims/alaska-summit.yaml"),
    )
    .unwrap();
    let article = root.join("articles/wire.txt");
    // Two clauses: one clause that contradicts two claims at once reads as
    // another occasion, not as two problems.
    let two =
        "The closed-door talks lasted 12 hours; the summit was held in Helsinki, aides said.\n";
    fs::write(&article, two).unwrap();
    let (code, out, err) = factcheck(root, &["baseline", "write", "base.json", "articles"]);
    assert_eq!(code, Some(0), "{out}{err}");
    assert!(out.contains("2 problems"), "{out}{err}");
    let (code, list, err) = problems(root, &["--baseline", "base.json"]);
    assert_eq!(code, Some(0), "{list:?}{err}");

    // The duration is fixed; the venue is still wrong and still known.
    let one = two.replace("12 hours", "three hours");
    fs::write(&article, one).unwrap();
    let (code, list, err) = problems(root, &["--baseline", "base.json"]);
    assert_eq!(code, Some(0), "{list:?}{err}");
    assert_eq!(
        list,
        vec![("Helsinki".to_string(), "unchanged".to_string())]
    );
    assert!(err.contains("1 entry no longer matches"), "{err}");

    // Rewriting the words around the venue makes it new, as a reviewer wants.
    fs::write(
        &article,
        "The closed-door talks lasted three hours; the summit was held in Helsinki, officials insisted.\n",
    )
    .unwrap();
    let (code, list, _) = problems(root, &["--baseline", "base.json"]);
    assert_eq!(code, Some(1), "{list:?}");
}

#[test]
fn a_version_1_baseline_still_loads_and_matches() {
    let dir = workspace("baseline-v1");
    write_baseline(&dir);
    // The same entries as an older factcheck wrote them: keyed on the sentence.
    let v2: Value =
        serde_json::from_str(&fs::read_to_string(dir.join("base.json")).unwrap()).unwrap();
    let entries: Vec<Value> = v2["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            serde_json::json!({
                "article": e["article"], "claim": e["claim"], "text": e["text"],
                "sentence": "00000000000000ff", "verdict": e["verdict"],
                "fingerprint": "00000000000000ff",
            })
        })
        .collect();
    let v1 = serde_json::json!({"schema": "factcheck-baseline/1", "entries": entries});
    fs::write(dir.join("old.json"), v1.to_string()).unwrap();
    let (code, list, err) = problems(&dir, &["--baseline", "old.json"]);
    assert_eq!(code, Some(0), "{list:?}{err}");
    assert!(
        list.iter().all(|(_, state)| state == "unchanged"),
        "{list:?}"
    );
    let _ = fs::remove_dir_all(&dir);
}
