//! The project's own claims (claims/alaska-summit.yaml) against articles about
//! the summit written for these tests, not taken from the seeds: one that agrees
//! with every claim it touches, one that contradicts seven of them, and one
//! that mixes the summit with other events and two durations in one sentence.

use assert_cmd::Command;
use serde_json::Value;

fn report(article: &str) -> (i32, Vec<(String, String, String)>) {
    let out = Command::cargo_bin("factcheck")
        .unwrap()
        .args(["report", "--format", "json", "--claims", "claims"])
        .arg(format!("tests/fixtures/alaska/{article}.txt"))
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["claim"].as_str().unwrap().to_string(),
                f["verdict"].as_str().unwrap().to_string(),
                f["text"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    (out.status.code().unwrap(), findings)
}

fn has(findings: &[(String, String, String)], claim: &str, verdict: &str, text: &str) -> bool {
    findings
        .iter()
        .any(|(c, v, t)| c == claim && v == verdict && t == text)
}

#[test]
fn an_agreeing_wire_story_supports_and_never_contradicts() {
    let (code, f) = report("agreeing-wire-story");
    assert_eq!(code, 0, "{f:?}");
    assert!(f.iter().all(|(_, v, _)| v == "supports"), "{f:?}");
    for (claim, text) in [
        ("talks-duration", "about three hours"),
        ("summit-date", "Friday"),
        ("summit-venue", "Joint Base Elmendorf-Richardson"),
        ("press-duration", "roughly 12 minutes"),
        ("questions-taken", "did not take questions"),
        ("no-deal-quote", "There's no deal until there's a deal"),
        ("putin-us-visit-year", "2015"),
        ("last-meeting-year", "2019"),
        ("talks-participants", "Yuri Ushakov"),
    ] {
        assert!(has(&f, claim, "supports", text), "{claim} {text}: {f:?}");
    }
    // "the next meeting be held in Moscow" names another event (rule 7).
    assert!(!f.iter().any(|(_, _, t)| t == "Moscow"), "{f:?}");
}

#[test]
fn a_contradicting_story_is_caught_claim_by_claim() {
    let (code, f) = report("contradicting-story");
    assert_eq!(code, 1);
    for (claim, text) in [
        ("talks-duration", "four-hour"),
        ("summit-date", "Saturday, August 16"),
        ("talks-participants", "Volodymyr Zelensky"),
        ("zelenskyy-absent", "joined the talks"),
        ("questions-taken", "took questions"),
        ("press-duration", "45 minutes"),
        ("no-deal-quote", "There is no deal until we have a deal"),
        ("last-meeting-year", "2018"),
    ] {
        assert!(has(&f, claim, "contradicts", text), "{claim} {text}: {f:?}");
    }
    assert!(
        has(&f, "putin-us-visit-year", "supports", "in a decade"),
        "{f:?}"
    );
}

#[test]
fn other_events_attribute_nothing_and_the_nearest_cue_wins() {
    let (code, f) = report("other-events-and-nearest-cue");
    assert_eq!(code, 0, "{f:?}");
    // One sentence, two durations: each goes to the claim whose cue is nearest.
    assert!(
        has(&f, "talks-duration", "supports", "just under three hours"),
        "{f:?}"
    );
    assert!(has(&f, "press-duration", "supports", "12 minutes"), "{f:?}");
    // "The 2018 Helsinki summit lasted four hours" is another event.
    assert!(
        !f.iter()
            .any(|(_, _, t)| t == "four hours" || t == "Helsinki"),
        "{f:?}"
    );
}
