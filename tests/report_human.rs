//! The human and short formats on the seeds, as a person sees them: snapshots
//! at 80 and 120 columns (`COLUMNS`, no colour), and no line over the width.

use assert_cmd::Command;

fn report(format: &str, columns: &str) -> String {
    let out = Command::cargo_bin("factcheck")
        .unwrap()
        .env("COLUMNS", columns)
        .env_remove("NO_COLOR")
        .args(["report", "seeds", "--claims", "claims", "--color", "never"])
        .args(["--format", format])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "the seeds have an error");
    String::from_utf8(out.stdout).unwrap()
}

fn no_line_over(text: &str, width: usize) {
    for line in text.lines() {
        assert!(
            line.chars().count() <= width,
            "{} > {width}: {line}",
            line.chars().count()
        );
    }
}

#[test]
fn human_at_80_columns() {
    let text = report("human", "80");
    no_line_over(&text, 80);
    assert!(text.contains('…'), "long lines are windowed");
    insta::assert_snapshot!(text);
}

#[test]
fn human_at_120_columns() {
    let text = report("human", "120");
    no_line_over(&text, 120);
    insta::assert_snapshot!(text);
}

#[test]
fn human_names_one_yaml_line_per_claim_in_the_help() {
    let text = report("human", "100");
    let blocks = text.matches("\nerror: ").count()
        + text.matches("\nwarning: ").count()
        + usize::from(text.starts_with("error: ") || text.starts_with("warning: "));
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert_eq!(flat.matches("(claim at claims/").count(), blocks, "{text}");
    assert!(!text.contains("Advice"), "{text}");
}

#[test]
fn short_is_one_line_per_problem() {
    let text = report("short", "80");
    for line in text.lines() {
        let mut parts = line.splitn(4, ':');
        let (path, line_no, col) = (parts.next(), parts.next(), parts.next());
        assert!(path.is_some_and(|p| p.starts_with("seeds/")), "{line}");
        assert!(
            line_no.is_some_and(|n| n.parse::<usize>().is_ok()),
            "{line}"
        );
        assert!(col.is_some_and(|n| n.parse::<usize>().is_ok()), "{line}");
    }
    insta::assert_snapshot!(text);
}
