//! The CI output formats end to end: SARIF validated against the official
//! SARIF 2.1.0 schema, GitHub workflow commands and step summary, JUnit XML,
//! and `--changed-since` in a real git repository.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command as Process;

use assert_cmd::Command;
use serde_json::Value;

const ARTICLES: &str = "tests/fixtures/ci/articles";
const CLAIMS: &str = "tests/fixtures/ci/claims";

fn report(args: &[&str]) -> (Option<i32>, String, String) {
    let out = Command::cargo_bin("factcheck")
        .unwrap()
        .env_remove("GITHUB_STEP_SUMMARY")
        .args(["report", ARTICLES, "--claims", CLAIMS])
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn sarif_errors(doc: &Value) -> Vec<String> {
    let schema: Value = serde_json::from_str(
        &fs::read_to_string("tests/fixtures/ci/sarif-schema-2.1.0.json").unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    validator
        .iter_errors(doc)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect()
}

#[test]
fn sarif_validates_against_the_official_schema() {
    let (code, out, err) = report(&["--format", "sarif"]);
    assert_eq!(code, Some(1), "{err}");
    let doc: Value = serde_json::from_str(&out).unwrap();
    let errors = sarif_errors(&doc);
    assert!(errors.is_empty(), "{errors:#?}");

    let run = &doc["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let ids: Vec<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["venue", "signing-place", "questions"]);
    assert_eq!(rules[2]["defaultConfiguration"]["level"], "warning");
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), 2, "one per problem, no supports");
    let oslo = results.iter().find(|r| r["ruleId"] == "venue").unwrap();
    assert_eq!(oslo["level"], "error");
    let region = &oslo["locations"][0]["physicalLocation"]["region"];
    assert_eq!(
        oslo["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "tests/fixtures/ci/articles/b.txt"
    );
    assert_eq!(region["startLine"], 3);
    assert_eq!(region["snippet"]["text"], "Oslo");
    let related = oslo["relatedLocations"].as_array().unwrap();
    assert!(!related.is_empty());
    assert!(related
        .iter()
        .any(|r| r["physicalLocation"]["artifactLocation"]["uri"]
            .as_str()
            .unwrap()
            .ends_with("a.txt")));
    assert!(oslo["partialFingerprints"]["factcheck/v1"].is_string());
    assert!(oslo.get("baselineState").is_none());
}

#[test]
fn the_schema_check_can_fail() {
    let (_, out, _) = report(&["--format", "sarif"]);
    let mut doc: Value = serde_json::from_str(&out).unwrap();
    doc["runs"][0]["results"][0]["level"] = "fatal".into();
    doc["runs"][0]["columnKind"] = "bytes".into();
    assert!(sarif_errors(&doc).len() >= 2);
}

#[test]
fn sarif_with_a_baseline_has_states_and_still_validates() {
    let dir = std::env::temp_dir().join(format!("factcheck-sarif-bl-{}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    let base = dir.join("base.json");
    let status = Command::cargo_bin("factcheck")
        .unwrap()
        .args(["baseline", "write"])
        .arg(&base)
        .args([ARTICLES, "--claims", CLAIMS])
        .output()
        .unwrap()
        .status;
    assert!(status.success());
    // A stale entry: pretend an old problem was fixed.
    let mut b: Value = serde_json::from_str(&fs::read_to_string(&base).unwrap()).unwrap();
    let mut ghost = b["entries"][0].clone();
    ghost["fingerprint"] = "00000000000000ff".into();
    b["entries"].as_array_mut().unwrap().push(ghost);
    fs::write(&base, b.to_string()).unwrap();

    let (code, out, err) = report(&["--format", "sarif", "--baseline", base.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{err}");
    let doc: Value = serde_json::from_str(&out).unwrap();
    let errors = sarif_errors(&doc);
    assert!(errors.is_empty(), "{errors:#?}");
    let states: Vec<&str> = doc["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["baselineState"].as_str().unwrap())
        .collect();
    assert_eq!(states, ["unchanged", "unchanged", "absent"]);
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn github_annotations_most_severe_first_and_summary_appended() {
    let dir = std::env::temp_dir().join(format!("factcheck-gh-{}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    let summary = dir.join("summary.md");
    fs::write(&summary, "earlier step\n").unwrap();
    let out = Command::cargo_bin("factcheck")
        .unwrap()
        .env("GITHUB_STEP_SUMMARY", &summary)
        .args(["report", ARTICLES, "--claims", CLAIMS, "--format", "github"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    assert!(
        lines[0].starts_with(
            "::error file=tests/fixtures/ci/articles/b.txt,line=3,col=24,endColumn=28,title=venue%3A where the summit was held::"
        ),
        "{stdout}"
    );
    assert!(lines[1].starts_with("::warning file=tests/fixtures/ci/articles/b.txt,line=7,"));
    let md = fs::read_to_string(&summary).unwrap();
    assert!(md.starts_with("earlier step\n## factcheck"), "{md}");
    assert!(md.contains("| `venue` | ✓ | ✗ | ✓ |"), "{md}");
    assert!(md.contains("| `questions` | ✓ | ✗ | · |"), "{md}");
    assert!(md.contains("| warning | `questions` |"), "{md}");
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn junit_has_one_case_per_claim_and_article() {
    let (code, xml, _) = report(&["--format", "junit"]);
    assert_eq!(code, Some(1));
    assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites"));
    assert_eq!(xml.matches("<testcase ").count(), 9, "{xml}");
    assert!(xml.contains("tests=\"9\" failures=\"1\""), "{xml}");
    assert!(xml.contains(
        "<testcase classname=\"venue\" name=\"tests/fixtures/ci/articles/b.txt\">\n      <failure"
    ));
    // The warning is visible but not a failure under the default --fail-on.
    assert!(
        xml.contains("<system-out>tests/fixtures/ci/articles/b.txt:7:"),
        "{xml}"
    );
    let (_, xml, _) = report(&["--format", "junit", "--fail-on", "warning"]);
    assert!(xml.contains("tests=\"9\" failures=\"2\""), "{xml}");
    // Every case is closed: self-closing or with an end tag.
    let closed = xml.matches("</testcase>").count()
        + xml
            .lines()
            .filter(|l| l.contains("<testcase") && l.ends_with("/>"))
            .count();
    assert_eq!(closed, 9, "{xml}");
}

fn git(dir: &Path, args: &[&str]) {
    let status = Process::new("git")
        .current_dir(dir)
        .args(["-c", "user.name=t", "-c", "user.email=t@example.com"])
        .args(args)
        .output()
        .unwrap();
    assert!(status.status.success(), "git {args:?}: {status:?}");
}

fn repo(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("factcheck-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    for sub in ["articles", "claims"] {
        fs::create_dir_all(dir.join(sub)).unwrap();
        for e in fs::read_dir(Path::new("tests/fixtures/ci").join(sub)).unwrap() {
            let e = e.unwrap();
            fs::copy(e.path(), dir.join(sub).join(e.file_name())).unwrap();
        }
    }
    git(&dir, &["init", "-q"]);
    git(&dir, &["add", "."]);
    git(&dir, &["commit", "-q", "-m", "articles"]);
    dir
}

fn json_in(dir: &Path, args: &[&str]) -> (Option<i32>, Value, String) {
    let out = Command::cargo_bin("factcheck")
        .unwrap()
        .current_dir(dir)
        .args(["report", "articles", "--format", "json"])
        .args(args)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    let v = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (out.status.code(), v, err)
}

#[test]
fn changed_since_checks_changed_and_new_articles_against_all() {
    let dir = repo("changed-since");
    // Nothing changed: nothing to report, even though b.txt has a contradiction.
    let (code, v, err) = json_in(&dir, &["--changed-since", "HEAD"]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(v["findings"].as_array().unwrap().len(), 0);

    // a.txt now says the accord was signed in Oslo: the consensus of the
    // unchanged articles (Bergen) is what makes that a disagreement.
    let a = dir.join("articles/a.txt");
    let text = fs::read_to_string(&a).unwrap();
    fs::write(&a, text.replace("signed in Bergen", "signed in Oslo")).unwrap();
    fs::write(
        dir.join("articles/d.txt"),
        "The summit was held in Tromsø, one paper said.\n",
    )
    .unwrap();
    let (code, v, err) = json_in(&dir, &["--changed-since", "HEAD"]);
    assert_eq!(code, Some(1), "{err}");
    let findings = v["findings"].as_array().unwrap();
    let articles: std::collections::BTreeSet<&str> = findings
        .iter()
        .map(|f| f["article"].as_str().unwrap())
        .collect();
    assert_eq!(
        articles.into_iter().collect::<Vec<_>>(),
        ["articles/a.txt", "articles/d.txt"]
    );
    let signing = findings
        .iter()
        .find(|f| f["claim"] == "signing-place")
        .unwrap();
    assert_eq!(signing["verdict"], "disagrees");
    assert_eq!(signing["severity"], "error");
    assert!(findings
        .iter()
        .any(|f| f["text"] == "Tromsø" && f["verdict"] == "contradicts"));
    assert_eq!(v["summary"]["articles"], 2);
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn changed_since_a_bad_revision_exits_2_with_gits_message() {
    let dir = repo("changed-since-bad");
    let (code, _, err) = json_in(&dir, &["--changed-since", "no-such-rev"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("--changed-since no-such-rev"), "{err}");
    assert!(err.contains("no-such-rev"), "{err}");
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn sarif_of_the_seeds_validates_too() {
    let out = Command::cargo_bin("factcheck")
        .unwrap()
        .args(["report", "--format", "sarif", "--fail-on", "never"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let errors = sarif_errors(&doc);
    assert!(errors.is_empty(), "{errors:#?}");
    assert!(!doc["runs"][0]["results"].as_array().unwrap().is_empty());
}

/// The YAML code blocks of README.md's "Using factcheck in CI" section.
fn readme_ci_blocks() -> Vec<String> {
    let readme = fs::read_to_string("README.md").unwrap();
    let start = readme.find("## Using factcheck in CI").unwrap();
    let section = &readme[start..];
    let end = section[3..].find("\n## ").map_or(section.len(), |i| i + 3);
    section[..end]
        .split("```yaml\n")
        .skip(1)
        .map(|b| b.split("```").next().unwrap().to_string())
        .collect()
}

fn ci_workspace(name: &str) -> PathBuf {
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

/// Runs `factcheck ARGS [> FILE]` in `dir`, as a CI shell would.
fn run_line(dir: &Path, line: &str) -> (Option<i32>, String) {
    let (command, target) = match line.split_once(" > ") {
        Some((c, t)) => (c, Some(t.trim())),
        None => (line, None),
    };
    let words: Vec<&str> = command.split_whitespace().skip(1).collect();
    let out = Command::cargo_bin("factcheck")
        .unwrap()
        .current_dir(dir)
        .env_remove("GITHUB_STEP_SUMMARY")
        .args(&words)
        .output()
        .unwrap();
    if let Some(t) = target {
        fs::write(dir.join(t), &out.stdout).unwrap();
    }
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr),
    )
}

#[test]
fn readme_ci_examples_are_valid_yaml_and_their_commands_run() {
    let blocks = readme_ci_blocks();
    assert_eq!(blocks.len(), 3, "GitHub, GitLab, pre-commit");
    let dir = ci_workspace("readme-ci");
    let (code, out) = run_line(
        &dir,
        "factcheck baseline write .factcheck-baseline.json articles",
    );
    assert_eq!(code, Some(0), "{out}");
    let mut ran = 0;
    for block in &blocks {
        let yaml: serde_yaml::Value = serde_yaml::from_str(block).unwrap();
        assert!(yaml.is_mapping() || yaml.is_sequence());
        for line in block.lines() {
            let line = line
                .trim()
                .trim_start_matches("- ")
                .trim_start_matches("run: ");
            if !line.starts_with("factcheck ") {
                continue;
            }
            let (code, out) = run_line(&dir, line);
            assert_eq!(code, Some(0), "{line}: {out}");
            ran += 1;
        }
    }
    assert_eq!(ran, 5);
    let sarif: Value =
        serde_json::from_str(&fs::read_to_string(dir.join("factcheck.sarif")).unwrap()).unwrap();
    assert!(sarif_errors(&sarif).is_empty());
    let junit = fs::read_to_string(dir.join("factcheck.xml")).unwrap();
    assert!(junit.contains("<testsuites name=\"factcheck\" tests=\"9\" failures=\"0\""));
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn pre_commit_hooks_run_as_declared() {
    let hooks: serde_yaml::Value =
        serde_yaml::from_str(&fs::read_to_string(".pre-commit-hooks.yaml").unwrap()).unwrap();
    let hooks = hooks.as_sequence().unwrap();
    assert_eq!(hooks.len(), 2);
    let dir = ci_workspace("pre-commit");
    for hook in hooks {
        let id = hook["id"].as_str().unwrap();
        let entry = hook["entry"].as_str().unwrap();
        assert_eq!(hook["pass_filenames"].as_bool(), Some(false), "{id}");
        assert!(hook["language"].as_str().is_some());
        // The args the README's pre-commit example gives.
        let line = match id {
            "factcheck" => format!("{entry} articles --claims claims"),
            _ => entry.to_string(),
        };
        let (code, out) = run_line(&dir, &line);
        match id {
            // The fixtures hold one known contradiction: the hook must fail on it.
            "factcheck" => {
                assert_eq!(code, Some(1), "{out}");
                assert!(out.contains("Oslo"), "{out}");
            }
            "factcheck-claims" => assert_eq!(code, Some(0), "{out}"),
            other => panic!("unexpected hook {other}"),
        }
    }
    let _ = fs::remove_dir_all(&dir);
}
