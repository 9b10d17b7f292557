//! `claims init`, `claims schema` and `completions`: the starter passes
//! `claims check` and is never written over an existing file; the schema
//! accepts every valid claims file in the repository and rejects a misspelled
//! key; completions come out for every shell clap_complete knows.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

fn factcheck() -> Command {
    Command::cargo_bin("factcheck").unwrap()
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("factcheck-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn init_writes_a_starter_that_checks_and_never_overwrites() {
    let dir = temp_dir("init");
    let file = dir.join("summit.yaml");
    factcheck()
        .args(["claims", "init"])
        .arg(&file)
        .assert()
        .code(0);
    let written = std::fs::read_to_string(&file).unwrap();
    assert!(written.starts_with('#'), "a commented starter");
    factcheck()
        .args(["claims", "check"])
        .arg(&file)
        .assert()
        .code(0);

    std::fs::write(&file, "mine").unwrap();
    let out = factcheck()
        .args(["claims", "init"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("already exists"));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "mine");

    let printed = factcheck().args(["claims", "init"]).output().unwrap();
    assert_eq!(String::from_utf8(printed.stdout).unwrap(), written);
    let _ = std::fs::remove_dir_all(&dir);
}

fn schema() -> jsonschema::Validator {
    let out = factcheck().args(["claims", "schema"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let schema: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    jsonschema::validator_for(&schema).expect("a valid JSON Schema")
}

fn yaml_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            yaml_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
            out.push(path);
        }
    }
}

fn as_json(path: &Path) -> Option<serde_json::Value> {
    let text = std::fs::read_to_string(path).ok()?;
    serde_yaml::from_str(&text).ok()
}

#[test]
fn schema_accepts_every_valid_claims_file_in_the_repository() {
    let validator = schema();
    let mut files = Vec::new();
    for dir in ["claims", "tests", "benches", "examples"] {
        yaml_files(Path::new(dir), &mut files);
    }
    let starter = temp_dir("schema").join("starter.yaml");
    std::fs::write(
        &starter,
        factcheck()
            .args(["claims", "init"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    files.push(starter.clone());
    let mut checked = 0;
    for file in &files {
        // Only files the validator accepts; the broken fixtures are broken on purpose.
        let (_, errors) = factcheck::claims::load_all(std::slice::from_ref(file));
        if !errors.is_empty() {
            continue;
        }
        let Some(doc) = as_json(file) else {
            continue;
        };
        let problems: Vec<String> = validator
            .iter_errors(&doc)
            .map(|e| format!("{} at {}", e, e.instance_path))
            .collect();
        assert!(problems.is_empty(), "{}: {problems:?}", file.display());
        checked += 1;
    }
    assert!(checked >= 3, "only {checked} claims files checked");
    let _ = std::fs::remove_file(&starter);
}

#[test]
fn schema_rejects_a_misspelled_key() {
    let validator = schema();
    let text = std::fs::read_to_string("claims/alaska-summit.yaml").unwrap();
    let good: serde_json::Value = serde_yaml::from_str(&text).unwrap();
    assert!(validator.is_valid(&good));
    assert!(text.contains("tolerance:"));
    let bad: serde_json::Value =
        serde_yaml::from_str(&text.replacen("tolerance:", "tolerence:", 1)).unwrap();
    assert!(!validator.is_valid(&bad));
    let bad: serde_json::Value =
        serde_yaml::from_str(&text.replacen("entities:", "entitys:", 1)).unwrap();
    assert!(!validator.is_valid(&bad));
}

#[test]
fn completions_for_every_shell() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let out = factcheck().args(["completions", shell]).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{shell}");
        let script = String::from_utf8(out.stdout).unwrap();
        assert!(script.contains("factcheck"), "{shell}");
        assert!(script.contains("report"), "{shell}");
    }
}

#[test]
fn every_help_has_an_example() {
    let commands: &[&[&str]] = &[
        &[],
        &["report"],
        &["extract"],
        &["claims"],
        &["claims", "check"],
        &["claims", "test"],
        &["claims", "init"],
        &["claims", "schema"],
        &["baseline"],
        &["baseline", "write"],
        &["completions"],
    ];
    for args in commands {
        let out = factcheck().args(*args).arg("--help").output().unwrap();
        let help = String::from_utf8(out.stdout).unwrap();
        assert!(help.contains("Example"), "{args:?}: {help}");
        assert!(help.contains("  factcheck "), "{args:?}: {help}");
    }
}
