//! `factcheck claims check` from the outside: exit codes, summary lines, and
//! diagnostics that name the file, the line and the fix.
//!
//! Each broken file under tests/fixtures/claims/bad/ holds one kind of mistake
//! (many-errors.yaml holds several); the tests pin the exit code 2 and the parts
//! of the message a user needs: `[file:line:col]`, the offending name, the
//! suggestion.

use assert_cmd::Command;

const BAD: &str = "tests/fixtures/claims/bad";

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn check(args: &[&str]) -> Run {
    let output = Command::cargo_bin("factcheck")
        .expect("binary builds")
        .env("NO_COLOR", "1")
        .arg("claims")
        .arg("check")
        .args(args)
        .timeout(std::time::Duration::from_secs(30))
        .output()
        .expect("runs");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// Runs one bad fixture and checks the parts every claims error has.
fn bad(name: &str) -> Run {
    let path = format!("{BAD}/{name}");
    let run = check(&[&path]);
    assert_eq!(run.code, 2, "{name}: exit code\n{}", run.stderr);
    assert!(
        run.stdout.is_empty(),
        "{name}: no summary for a broken file"
    );
    assert!(
        run.stderr.contains(&path),
        "{name}: names the file\n{}",
        run.stderr
    );
    assert!(!run.stderr.contains("panicked"), "{name}: {}", run.stderr);
    assert!(
        !run.stderr.contains('\u{1b}'),
        "{name}: no colour when NO_COLOR is set"
    );
    run
}

fn assert_has(run: &Run, parts: &[&str]) {
    for part in parts {
        assert!(
            run.stderr.contains(part),
            "missing {part:?} in:\n{}",
            run.stderr
        );
    }
}

#[test]
fn the_projects_claims_are_valid() {
    let run = check(&["claims/"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    let line = run
        .stdout
        .lines()
        .find(|l| l.contains("alaska-summit.yaml"))
        .expect("a summary line for the file");
    assert!(line.starts_with("claims/alaska-summit.yaml: "), "{line}");
    assert!(line.contains(" claims, "), "{line}");
    assert!(line.contains(" entities"), "{line}");
    let claims: usize = line["claims/alaska-summit.yaml: ".len()..]
        .split(' ')
        .next()
        .and_then(|n| n.parse().ok())
        .expect("a claim count");
    assert!(claims >= 12, "{line}");
}

#[test]
fn a_file_named_twice_is_checked_once() {
    let run = check(&["claims", "claims/alaska-summit.yaml"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout.lines().count(), 1, "{}", run.stdout);
}

#[test]
fn no_path_means_the_claims_directory() {
    let run = check(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("alaska-summit.yaml: "),
        "{}",
        run.stdout
    );
}

#[test]
fn a_valid_file_of_every_kind_passes() {
    let run = check(&["tests/fixtures/claims/good"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout.trim(),
        "tests/fixtures/claims/good/everything.yml: 8 claims, 3 entities (+3 place names)"
    );
}

#[test]
fn misspelt_key_suggests_the_right_one_at_its_line() {
    let run = bad("tolerance-typo.yaml");
    assert_has(
        &run,
        &[
            "unknown key `tolerence` in claim `talks-duration`",
            "tolerance-typo.yaml:8:5]",
            " 8 │     tolerence: 30m",
            "did you mean `tolerance`?",
        ],
    );
}

#[test]
fn bad_duration_unit_points_at_the_value() {
    let run = bad("duration-unit.yaml");
    assert_has(
        &run,
        &[
            "unknown duration unit `hourz` in `3 hourz`",
            "duration-unit.yaml:7:12]",
            "did you mean `hours`?",
        ],
    );
}

#[test]
fn undefined_entities_are_named() {
    let run = bad("undefined-entity.yaml");
    assert_has(
        &run,
        &[
            "2 errors",
            "undefined entity `putn`",
            "undefined-entity.yaml:9:20]",
            "did you mean `putin`?",
            "undefined entity `lavrov`",
            "undefined-entity.yaml:15:14]",
            "the ids defined are `trump`, `putin`",
        ],
    );
}

#[test]
fn unclosed_flow_sequence_is_a_syntax_error_not_a_panic() {
    let run = bad("unclosed-flow.yaml");
    assert_has(
        &run,
        &[
            "invalid YAML",
            "flow sequence",
            "unclosed-flow.yaml:7:10]",
            "this `[` is never closed",
        ],
    );
}

#[test]
fn unclosed_quote_shows_where_it_opened() {
    let run = bad("unclosed-quote.yaml");
    assert_has(
        &run,
        &[
            "invalid YAML",
            "quoted scalar",
            " 4 │     about: \"what he said",
            "this `\"` is never closed",
        ],
    );
}

#[test]
fn duplicate_claim_id_points_at_the_second() {
    let run = bad("duplicate-claim-id.yaml");
    assert_has(
        &run,
        &[
            "duplicate claim id `talks-duration`",
            "duplicate-claim-id.yaml:11:3]",
            "the first `talks-duration` is on line 3",
        ],
    );
}

#[test]
fn duplicate_claim_ids_across_files_given_together() {
    let run = check(&["tests/fixtures/claims/split"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stdout.contains("split/a.yaml: 1 claim, 0 entities"),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("b.yaml"), "{}", run.stdout);
    assert_has(
        &run,
        &[
            "duplicate claim id `talks-duration`",
            "split/b.yaml:8:3]",
            "also defined in tests/fixtures/claims/split/a.yaml on line 3",
        ],
    );
    // Each file alone is fine.
    assert_eq!(check(&["tests/fixtures/claims/split/b.yaml"]).code, 0);
}

#[test]
fn reversed_ranges_suggest_the_right_order() {
    let run = bad("reversed-range.yaml");
    assert_has(
        &run,
        &[
            "range `3h..2h30m` is reversed",
            "reversed-range.yaml:6:12]",
            "write the smaller end first: `2h30m..3h`",
            "range `50..40` is reversed",
            "reversed-range.yaml:11:12]",
        ],
    );
}

#[test]
fn negative_tolerances_are_refused() {
    let run = bad("negative-tolerance.yaml");
    assert_has(
        &run,
        &[
            "tolerance `-30m` is negative",
            "negative-tolerance.yaml:7:16]",
            "tolerance `-5` is negative",
            "negative-tolerance.yaml:13:16]",
        ],
    );
}

#[test]
fn impossible_dates_say_why() {
    let run = bad("impossible-date.yaml");
    assert_has(
        &run,
        &[
            "`2025-02-30` is not a date: February 2025 has 28 days",
            "impossible-date.yaml:2:7]",
            "`2025-13-01` is not a date: there is no month 13",
            "impossible-date.yaml:7:12]",
        ],
    );
}

#[test]
fn empty_and_missing_cue_lists() {
    let run = bad("empty-near.yaml");
    assert_has(
        &run,
        &[
            "`near` is empty",
            "empty-near.yaml:7:11]",
            "claim `summit-date` has no `near` cues",
            "empty-near.yaml:8:3]",
        ],
    );
}

#[test]
fn quote_needs_a_speaker() {
    let run = bad("quote-without-speaker.yaml");
    assert_has(
        &run,
        &[
            "a quote claim needs a `speaker`",
            "quote-without-speaker.yaml:5:3]",
        ],
    );
}

#[test]
fn statement_needs_phrases_for_its_value() {
    let run = bad("statement-without-phrases.yaml");
    assert_has(
        &run,
        &[
            "a statement whose value is false needs `deny` phrases",
            "statement-without-phrases.yaml:3:3]",
            "a statement needs `affirm` or `deny` phrases",
            "statement-without-phrases.yaml:9:3]",
        ],
    );
}

#[test]
fn a_bare_string_where_a_list_belongs_gets_the_fix() {
    let run = bad("near-as-string.yaml");
    assert_has(
        &run,
        &[
            "`near` must be a list, not a string",
            "near-as-string.yaml:7:11]",
            "write `near: [talks, meeting]`",
        ],
    );
}

#[test]
fn empty_file() {
    let run = bad("empty.yaml");
    assert_has(&run, &["the claims file is empty"]);
}

#[test]
fn top_level_list() {
    let run = bad("top-level-list.yaml");
    assert_has(
        &run,
        &[
            "the top level of a claims file must be a mapping, not a list",
            "top-level-list.yaml:1:1]",
        ],
    );
}

#[test]
fn alias_bomb_stops_with_an_error() {
    let run = bad("alias-bomb.yaml");
    assert_has(&run, &["alias bomb"]);
}

#[test]
fn deep_nesting_stops_with_an_error() {
    let run = bad("deep-nesting.yaml");
    assert_has(
        &run,
        &["nest more than 64 levels deep", "deep-nesting.yaml:2:"],
    );
}

#[test]
fn every_error_in_a_file_is_reported() {
    let run = bad("many-errors.yaml");
    assert_has(
        &run,
        &[
            "invalid claims file (7 errors)",
            "unknown top-level key `entites`",
            "many-errors.yaml:2:1]",
            "did you mean `entities`?",
            "`90` has no unit",
            "many-errors.yaml:8:12]",
            "`tolerance` does not apply to place claims",
            "many-errors.yaml:14:5]",
            "`tolerance` is for duration and count claims",
            "unknown claim kind `duratoin`",
            "did you mean `duration`?",
            "a statement's value is `true` or `false`, not `yes`",
            "unknown severity `eror`",
            "did you mean `error`?",
            "unknown key `contradict` in `examples`",
            "many-errors.yaml:27:48]",
            "did you mean `contradicts`?",
        ],
    );
    // In file order.
    let first = run.stderr.find("entites").unwrap_or(usize::MAX);
    let last = run.stderr.find("contradict`").unwrap_or(0);
    assert!(first < last);
}

#[test]
fn every_bad_fixture_fails_and_good_files_still_get_their_summary() {
    let run = check(&[BAD, "tests/fixtures/claims/good"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stdout.contains("good/everything.yml: 8 claims"),
        "{}",
        run.stdout
    );
    let files = std::fs::read_dir(BAD).expect("fixtures").count();
    assert!(files >= 12);
    let failed = run.stderr.matches(": invalid claims file (").count();
    assert_eq!(failed, files, "{}", run.stderr);
}

#[test]
fn missing_path_and_empty_directory_are_errors() {
    let run = check(&["tests/fixtures/claims/no-such-file.yaml"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("no-such-file.yaml: no such file or directory"),
        "{}",
        run.stderr
    );
    let run = check(&["src/commands"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("no claims files"), "{}", run.stderr);
}

#[test]
fn a_place_one_edit_from_an_entity_warns_with_did_you_mean() {
    let run = check(&["tests/fixtures/claims/warn/near-miss-place.yaml"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "near-miss-place.yaml:10:14: `tranquillity` in `rivals` of claim `landing-site`"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("did you mean `tranquility`?"),
        "{}",
        run.stderr
    );
    // A real other place is no slip.
    assert!(!run.stderr.contains("Ocean of Storms"), "{}", run.stderr);
}

#[test]
fn a_noun_near_a_unit_is_a_noun_and_a_typo_of_one_is_an_error() {
    let parse = |unit: &str| {
        let yaml = format!(
            "event: x\nclaims:\n  a:\n    about: counts he was convicted on\n    kind: count\n    value: 7\n    unit: {unit}\n    near: [guilty]\n"
        );
        factcheck::claims::parse(std::path::Path::new("u.yaml"), &yaml)
    };
    // "counts" is two letters from "pounds": a counted noun of its own.
    assert!(parse("counts").is_ok());
    // One letter off, or two letters swapped: the unit's typo.
    assert!(parse("percent").is_ok());
    assert!(parse("percnt").is_err());
    assert!(parse("percnet").is_err());
}

#[test]
fn a_count_below_zero_is_refused_unless_a_temperature() {
    let run = bad("negative-count.yaml");
    assert_has(
        &run,
        &[
            "a count is never below zero",
            "negative-count.yaml:8:12]",
            "only a temperature",
        ],
    );
}
