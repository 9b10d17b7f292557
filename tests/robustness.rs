//! Hostile input: what editors paste, what a pull request contains, what a
//! hand-written claims file can be. Every case must end with a clear answer:
//! exit 0/1 with sane output, or exit 2 with a message naming the input, and
//! never a panic. Timing is not asserted (CI machines vary); the cases are
//! sized so that anything quadratic would make the suite crawl visibly.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command as StdCommand, Output, Stdio};

use assert_cmd::Command;
use serde_json::Value;

fn factcheck() -> Command {
    let mut cmd = Command::cargo_bin("factcheck").unwrap();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

/// One duration claim; the talks lasted three hours.
const CLAIMS: &str = "\
event: Test summit
date: 2025-08-15
claims:
  talks-duration:
    about: how long the talks lasted
    kind: duration
    value: 3h
    tolerance: 30m
    near: [talks]
";

/// A temp dir holding `claims/talks.yaml`.
fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("claims")).unwrap();
    std::fs::write(dir.path().join("claims/talks.yaml"), CLAIMS).unwrap();
    dir
}

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&path, bytes).unwrap();
    path
}

/// `factcheck report --format json` run inside `dir` on `args`.
fn report_json(dir: &Path, args: &[&str]) -> Output {
    let mut cmd = factcheck();
    cmd.current_dir(dir)
        .args(["report", "--format", "json", "--claims", "claims"])
        .args(args);
    cmd.output().unwrap()
}

fn json(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}); stderr: {}",
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// No panic, no signal, and the exit code is one the SPEC allows.
fn assert_answered(out: &Output) -> i32 {
    let code = out
        .status
        .code()
        .unwrap_or_else(|| panic!("killed by a signal: {:?}", out.status));
    assert!(
        matches!(code, 0..=2),
        "exit {code}; stderr: {}",
        stderr(out)
    );
    assert!(!stderr(out).contains("panicked"), "{}", stderr(out));
    code
}

fn findings(doc: &Value) -> &Vec<Value> {
    doc["findings"].as_array().unwrap()
}

#[test]
fn invalid_utf8_is_refused_naming_the_file_and_offset() {
    let dir = workspace();
    write(
        dir.path(),
        "bad.txt",
        b"The talks began.\nThey \xff\xfe ended.\n",
    );
    for args in [
        &["extract", "bad.txt"][..],
        &["report", "bad.txt", "--claims", "claims"],
    ] {
        let out = factcheck()
            .current_dir(dir.path())
            .args(args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = stderr(&out);
        assert!(err.contains("bad.txt"), "{err}");
        assert!(err.contains("offset 22"), "{err}");
    }
}

#[test]
fn an_unreadable_article_does_not_stop_the_others() {
    let dir = workspace();
    write(dir.path(), "a/bad.txt", b"\xc3\x28 broken");
    write(dir.path(), "a/good.txt", "The talks lasted 12 hours.\n");
    let out = report_json(dir.path(), &["a"]);
    assert_eq!(out.status.code(), Some(2));
    let doc = json(&out);
    assert_eq!(doc["articles"].as_array().unwrap().len(), 1);
    assert_eq!(findings(&doc)[0]["verdict"], "contradicts");
}

#[test]
fn a_binary_file_in_a_directory_is_skipped_with_a_warning() {
    let dir = workspace();
    write(
        dir.path(),
        "a/1.txt",
        b"PNG\0\0\x01\x02 The talks lasted 12 hours.",
    );
    write(dir.path(), "a/2.txt", "The talks lasted 12 hours.\n");
    let out = report_json(dir.path(), &["a"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("skipping binary file a/1.txt"), "{err}");
    let doc = json(&out);
    let articles = doc["articles"].as_array().unwrap();
    assert_eq!(articles.len(), 1);
    assert_eq!(articles[0]["path"], "a/2.txt");

    let out = factcheck()
        .current_dir(dir.path())
        .args(["extract", "a"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(stderr(&out).contains("skipping binary file a/1.txt"));
    let shown = String::from_utf8(out.stdout).unwrap();
    assert!(
        shown.contains("a/2.txt") && !shown.contains("a/1.txt"),
        "{shown}"
    );
}

#[test]
fn an_empty_article_has_no_findings() {
    let dir = workspace();
    write(dir.path(), "empty.txt", "");
    let out = report_json(dir.path(), &["empty.txt"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let doc = json(&out);
    assert!(findings(&doc).is_empty());
    assert_eq!(doc["summary"]["articles"], 1);
    let out = factcheck()
        .current_dir(dir.path())
        .args(["extract", "empty.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
}

#[test]
fn a_byte_order_mark_keeps_offsets_and_is_not_a_column() {
    let dir = workspace();
    let text = "\u{feff}The talks lasted 12 hours.\nTalks: 12 hours.\n";
    write(dir.path(), "bom.txt", text);
    let out = report_json(dir.path(), &["bom.txt"]);
    let doc = json(&out);
    let first = &findings(&doc)[0];
    let start = first["span"]["start"].as_u64().unwrap() as usize;
    let end = first["span"]["end"].as_u64().unwrap() as usize;
    assert_eq!(&text[start..end], first["text"].as_str().unwrap());
    assert_eq!(
        start,
        text.find("12").unwrap(),
        "byte offsets count the mark"
    );
    assert_eq!(first["span"]["line"], 1);
    assert_eq!(
        first["span"]["column"],
        "The talks lasted ".chars().count() + 1,
        "columns do not count the mark"
    );
}

#[test]
fn crlf_line_endings_give_the_same_mentions_and_right_lines() {
    let lf = "Summit Ends After Talks\n\nThe talks lasted 12 hours, Putin said.\n\n\"We talked,\" Trump said of the talks.\nOn Friday, the 2 leaders met for nearly three hours.\n";
    let crlf = lf.replace('\n', "\r\n");
    let dir = workspace();
    write(dir.path(), "lf.txt", lf);
    write(dir.path(), "crlf.txt", &crlf);

    let mentions = |name: &str| -> Vec<(String, String)> {
        let out = factcheck()
            .current_dir(dir.path())
            .args(["extract", "--format", "json", name])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        json(&out)["articles"][0]["mentions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| (m["kind"].to_string(), m["text"].to_string()))
            .collect()
    };
    let (a, b) = (mentions("lf.txt"), mentions("crlf.txt"));
    assert!(!a.is_empty());
    assert_eq!(a, b);
    assert!(b.iter().all(|(_, t)| !t.contains('\r')), "{b:?}");

    let lines_of = |name: &str, text: &str| -> Vec<(Value, Value)> {
        let doc = json(&report_json(dir.path(), &[name]));
        findings(&doc)
            .iter()
            .map(|f| {
                let s = f["span"]["start"].as_u64().unwrap() as usize;
                let e = f["span"]["end"].as_u64().unwrap() as usize;
                assert_eq!(&text[s..e], f["text"].as_str().unwrap());
                (f["span"]["line"].clone(), f["span"]["column"].clone())
            })
            .collect()
    };
    let lf_lines = lines_of("lf.txt", lf);
    assert_eq!(lf_lines.first().map(|l| l.0.clone()), Some(3.into()));
    assert_eq!(lf_lines, lines_of("crlf.txt", &crlf));
}

/// A single line of `size` bytes: filler with a contradicting sentence now and then.
fn long_line(size: usize) -> String {
    let unit = "Officials spoke at length about trade, tariffs and the weather in Anchorage. ";
    let mut text = String::with_capacity(size + 200);
    let mut i = 0;
    while text.len() < size {
        if i % 1000 == 0 {
            text.push_str("The talks lasted 12 hours. ");
        }
        text.push_str(unit);
        i += 1;
    }
    text
}

fn check_long_line(size: usize) {
    let dir = workspace();
    write(dir.path(), "long.txt", long_line(size));
    let out = report_json(dir.path(), &["long.txt"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let doc = json(&out);
    let last = findings(&doc).last().unwrap();
    assert_eq!(last["span"]["line"], 1);
    // The column is the character count before the span, however far along the line.
    let start = last["span"]["start"].as_u64().unwrap();
    assert_eq!(last["span"]["column"], start + 1);
}

#[test]
fn a_long_single_line_file_is_read() {
    check_long_line(4 << 20);
}

/// The full-size case from the issue; slow in a debug build, so run it with
/// `cargo test --release -- --ignored`.
#[test]
#[ignore]
fn a_100_mb_single_line_file_is_read() {
    check_long_line(100 << 20);
}

#[test]
fn pathological_repetitions_end_with_sane_output() {
    let dir = workspace();
    for (name, unit) in [
        ("two.txt", "two-and-"),
        ("nearly.txt", "nearly "),
        ("quote.txt", "“"),
        ("hundred.txt", "one hundred and "),
        // Closed single-quoted passages on one line (each used to scan to the line's end).
        ("single.txt", "a ‘word’ "),
    ] {
        let text = unit.repeat(200_000);
        write(dir.path(), name, &text);
        let out = factcheck()
            .current_dir(dir.path())
            .args(["extract", "--format", "jsonl", name])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{name}: {}", stderr(&out));
        for line in out.stdout.split(|&b| b == b'\n').filter(|l| !l.is_empty()) {
            let m: Value = serde_json::from_slice(line).unwrap();
            let (s, e) = (m["start"].as_u64().unwrap(), m["end"].as_u64().unwrap());
            assert!(s < e && e as usize <= text.len(), "{name}: {m}");
        }
        let out = report_json(dir.path(), &[name]);
        assert_eq!(out.status.code(), Some(0), "{name}: {}", stderr(&out));
        assert!(findings(&json(&out)).is_empty(), "{name}");
    }
}

#[test]
fn paths_with_spaces_and_non_ascii_names() {
    let dir = workspace();
    write(
        dir.path(),
        "my articles/dír ñ/ártícle one.txt",
        "The talks lasted 12 hours.\n",
    );
    for arg in ["my articles", "my articles/dír ñ/ártícle one.txt"] {
        let out = report_json(dir.path(), &[arg]);
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        let doc = json(&out);
        assert_eq!(
            doc["articles"][0]["path"],
            "my articles/dír ñ/ártícle one.txt"
        );
    }
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_is_walked_once() {
    let dir = workspace();
    write(dir.path(), "a/b/x.txt", "The talks lasted 12 hours.\n");
    std::os::unix::fs::symlink("..", dir.path().join("a/b/up")).unwrap();
    std::os::unix::fs::symlink(".", dir.path().join("a/self")).unwrap();
    std::os::unix::fs::symlink("nowhere", dir.path().join("a/dangling.txt")).unwrap();
    let out = report_json(dir.path(), &["a"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let doc = json(&out);
    let paths: Vec<&str> = doc["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, ["a/b/x.txt"]);
}

#[test]
fn a_missing_article_is_named_and_the_run_goes_on() {
    let dir = workspace();
    write(dir.path(), "here.txt", "The talks lasted 12 hours.\n");
    let out = report_json(dir.path(), &["not here.txt", "here.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("not here.txt"), "{}", stderr(&out));
    assert_eq!(json(&out)["summary"]["articles"], 1);
    let out = factcheck()
        .current_dir(dir.path())
        .args(["extract", "gone/"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("gone/"));
}

/// Claims texts that are not claims files, each with a short name.
fn hostile_claims() -> Vec<(&'static str, Vec<u8>)> {
    let mut laughs = String::from("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
    for pair in names.windows(2) {
        let refs = vec![format!("*{}", pair[0]); 9].join(", ");
        laughs.push_str(&format!("{}: &{} [{refs}]\n", pair[1], pair[1]));
    }
    let mut random = Vec::with_capacity(4096);
    let mut x: u32 = 0x2545_f491;
    for _ in 0..4096 {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        random.push((x >> 24) as u8);
    }
    let alphabet = b" :-[]{}&*!|>'\"#\n\tab";
    let ascii_noise: Vec<u8> = random
        .iter()
        .map(|b| alphabet[*b as usize % alphabet.len()])
        .collect();
    vec![
        ("empty", Vec::new()),
        ("blank", b"\n   \n# only a comment\n".to_vec()),
        ("list", b"- event: x\n- claims: {}\n".to_vec()),
        ("scalar", b"just some words\n".to_vec()),
        ("billion-laughs", laughs.into_bytes()),
        ("nested-block", "- ".repeat(20_000).into_bytes()),
        (
            "nested-flow-seq",
            ("[".repeat(20_000) + &"]".repeat(20_000)).into_bytes(),
        ),
        (
            "nested-flow-map",
            ("{a: ".repeat(20_000) + &"}".repeat(20_000)).into_bytes(),
        ),
        (
            "nested-indented",
            (0..1_000)
                .map(|i| format!("{}k{i}:\n", " ".repeat(i)))
                .collect::<String>()
                .into_bytes(),
        ),
        ("random-bytes", random),
        ("random-yaml-chars", ascii_noise),
        ("not-utf8", b"event: caf\xe9\n".to_vec()),
        ("nul", b"event: a\0b\n".to_vec()),
    ]
}

#[test]
fn hostile_claims_files_exit_2_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "article.txt", "The talks lasted 12 hours.\n");
    for (name, bytes) in hostile_claims() {
        let file = format!("{name}.yaml");
        write(dir.path(), &file, &bytes);
        for args in [
            vec!["claims", "check", file.as_str()],
            vec!["report", "article.txt", "--claims", file.as_str()],
            vec!["extract", "article.txt", "--claims", file.as_str()],
        ] {
            let out = factcheck()
                .current_dir(dir.path())
                .args(&args)
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
            assert!(stderr(&out).contains(&file), "{args:?}: {}", stderr(&out));
            assert!(!stderr(&out).contains("panicked"));
            assert!(out.stdout.is_empty() || args[0] == "claims", "{args:?}");
        }
    }
}

#[test]
fn a_claims_directory_without_yaml_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "rules/readme.txt", "not a claims file");
    let out = factcheck()
        .current_dir(dir.path())
        .args(["claims", "check", "rules"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no claims files"), "{}", stderr(&out));
    assert!(stderr(&out).contains("rules"));
}

/// Reads one line of a command's output and closes the pipe.
fn read_one_line_then_close(args: &[&str], dir: &Path) -> Output {
    let mut child = StdCommand::new(assert_cmd::cargo::cargo_bin("factcheck"))
        .current_dir(dir)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let mut first = String::new();
    BufReader::new(stdout).read_line(&mut first).unwrap();
    assert!(!first.is_empty());
    // The reader is dropped here: the rest of the output meets a closed pipe.
    child.wait_with_output().unwrap()
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let dir = workspace();
    // Enough output to overflow any pipe buffer.
    write(
        dir.path(),
        "many.txt",
        "“Yes,” he said. The talks lasted 12 hours. ".repeat(20_000),
    );
    for args in [
        &["extract", "many.txt"][..],
        &["extract", "--format", "json", "many.txt"],
        &["report", "many.txt", "--claims", "claims"],
        &[
            "report", "--format", "json", "many.txt", "--claims", "claims",
        ],
    ] {
        let out = read_one_line_then_close(args, dir.path());
        let code = assert_answered(&out);
        assert_ne!(code, 2, "{args:?}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(
            !err.contains("Broken pipe") && !err.contains("broken pipe"),
            "{err}"
        );
    }
}

#[test]
fn output_is_identical_across_runs_and_thread_counts() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let run = |threads: &str, format: &str| {
        let mut cmd = factcheck();
        cmd.current_dir(root)
            .env("RAYON_NUM_THREADS", threads)
            .args(["report", "--color", "never", "--format", format]);
        let out = cmd.output().unwrap();
        assert_answered(&out);
        out.stdout
    };
    for format in ["json", "human"] {
        let one = run("1", format);
        assert!(!one.is_empty());
        assert_eq!(one, run("1", format), "{format}: two runs differ");
        assert_eq!(one, run("2", format), "{format}: thread counts differ");
        assert_eq!(one, run("4", format), "{format}: thread counts differ");
    }
    let extract = |threads: &str| {
        let out = factcheck()
            .current_dir(root)
            .env("RAYON_NUM_THREADS", threads)
            .args(["extract", "--format", "jsonl"])
            .output()
            .unwrap();
        assert_answered(&out);
        out.stdout
    };
    assert_eq!(extract("1"), extract("2"));
}
