//! SPEC §4 on the seeds, with the project's own claims (claims/alaska-summit.yaml)
//! and, for consensus mode, tests/fixtures/report-claims/seeds-consensus.yaml.

use assert_cmd::Command;
use serde_json::Value;

const CLAIMS: &str = "claims/alaska-summit.yaml";

fn report(claims: &str, extra: &[&str]) -> (i32, Value) {
    let out = Command::cargo_bin("factcheck")
        .unwrap()
        .args(["report", "seeds", "--claims", claims, "--format", "json"])
        .args(extra)
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
    (out.status.code().unwrap_or(-1), json)
}

fn all(json: &Value) -> &Vec<Value> {
    json["findings"].as_array().unwrap()
}

fn in_article<'a>(json: &'a Value, seed: &str, claim: &str) -> Vec<&'a Value> {
    all(json)
        .iter()
        .filter(|f| f["article"].as_str().unwrap().contains(seed) && f["claim"] == claim)
        .collect()
}

#[test]
fn twelve_hour_standfirst_contradicts_claim_and_own_article() {
    let (code, json) = report(CLAIMS, &[]);
    let f = in_article(&json, "002_", "talks-duration");
    let twelve = f
        .iter()
        .find(|f| f["text"] == "12-hour")
        .expect("12-hour is attributed");
    assert_eq!(twelve["verdict"], "contradicts");
    assert_eq!(twelve["severity"], "error");
    assert_eq!(twelve["value"], "12h");
    assert!(
        twelve["message"]
            .as_str()
            .unwrap()
            .contains("the same article also says"),
        "{twelve}"
    );
    assert!(f.iter().any(
        |f| f["text"].as_str().unwrap().contains("roughly three hours")
            && f["verdict"] == "supports"
    ));
    assert_eq!(code, 1);
    let (code, _) = report(CLAIMS, &["--fail-on", "never"]);
    assert_eq!(code, 0);
}

#[test]
fn two_and_a_half_hours_disagrees_with_the_consensus() {
    let (_, json) = report("tests/fixtures/report-claims/seeds-consensus.yaml", &[]);
    let f = in_article(&json, "004_", "talks-duration");
    let half = f
        .iter()
        .find(|f| f["text"].as_str().unwrap().contains("two-and-a-half-hour"))
        .expect("two-and-a-half-hour is attributed");
    assert_eq!(half["verdict"], "disagrees");
    for seed in ["000_", "001_"] {
        let s = in_article(&json, seed, "talks-duration");
        assert!(
            s.iter().any(|f| f["verdict"] == "supports"),
            "{seed}: {s:?}"
        );
    }
}

#[test]
fn traps_are_never_findings() {
    let (_, json) = report(CLAIMS, &[]);
    for f in all(&json) {
        let text = f["text"].as_str().unwrap();
        let path = f["article"].as_str().unwrap();
        let claim = f["claim"].as_str().unwrap();
        let is_quote_claim = json["claims"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["id"] == claim && c["kind"] == "quote");
        assert!(
            !(path.contains("003_") && text.contains("12 minutes") && claim == "talks-duration"),
            "{f}"
        );
        assert!(!text.contains("6 min"), "{f}");
        assert!(is_quote_claim || !text.contains("24 hours"), "{f}");
        assert!(text != "Helsinki" || f["verdict"] != "contradicts", "{f}");
        assert!(!(text == "Moscow" && f["claim"] == "summit-venue"), "{f}");
    }
}

#[test]
fn friday_supports_the_date() {
    let (_, json) = report(CLAIMS, &[]);
    let fridays: Vec<&Value> = all(&json)
        .iter()
        .filter(|f| f["claim"] == "summit-date" && f["text"].as_str().unwrap().contains("Friday"))
        .collect();
    assert!(!fridays.is_empty());
    assert!(
        fridays.iter().all(|f| f["verdict"] == "supports"),
        "{fridays:?}"
    );
}

#[test]
fn zelenskyy_spellings_are_one_person() {
    let (_, json) = report(CLAIMS, &[]);
    let values: Vec<&str> = all(&json)
        .iter()
        .filter(|f| {
            f["text"].as_str().unwrap().starts_with("Zelensk")
                || f["text"].as_str().unwrap().contains(" Zelensk")
        })
        .map(|f| f["value"].as_str().unwrap())
        .collect();
    assert!(
        values
            .iter()
            .all(|v| *v == "zelenskyy" || v.contains("false") || v.contains("true")),
        "{values:?}"
    );
}

#[test]
fn no_deal_quote_matches_with_and_without_contractions() {
    let (_, json) = report(CLAIMS, &[]);
    for seed in ["000_", "001_", "004_"] {
        let f = in_article(&json, seed, "no-deal-quote");
        assert!(
            f.iter().any(|f| f["verdict"] == "supports"),
            "{seed}: {f:?}"
        );
        assert!(
            f.iter().all(|f| f["verdict"] == "supports"),
            "{seed}: {f:?}"
        );
    }
}

#[test]
fn got_some_headway_is_a_possible_misquote() {
    // `headway-remark` has no value: two passages, one each, tie (rule 4), so
    // both disagree as warnings, and each names the other as a near miss.
    let (_, json) = report(CLAIMS, &[]);
    let got = in_article(&json, "004_", "headway-remark");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0]["verdict"], "disagrees");
    assert_eq!(got[0]["severity"], "warning");
    let message = got[0]["message"].as_str().unwrap();
    assert!(message.contains("possible misquote"), "{message}");
    assert!(message.contains("[-made-] {+got+}"), "{message}");
    let made = in_article(&json, "001_", "headway-remark");
    assert_eq!(made.len(), 1, "{made:?}");
    assert_eq!(made[0]["verdict"], "disagrees");
    assert!(
        made[0]["message"]
            .as_str()
            .unwrap()
            .contains("[-got-] {+made+}"),
        "{made:?}"
    );
}

#[test]
fn json_text_is_the_files_bytes_and_order_is_stable() {
    let (_, json) = report(CLAIMS, &[]);
    let mut last: Option<(String, u64, String)> = None;
    for f in all(&json) {
        let path = f["article"].as_str().unwrap().to_string();
        let bytes = std::fs::read(&path).unwrap();
        let (s, e) = (
            f["span"]["start"].as_u64().unwrap(),
            f["span"]["end"].as_u64().unwrap(),
        );
        assert_eq!(
            f["text"].as_str().unwrap().as_bytes(),
            &bytes[s as usize..e as usize]
        );
        let key = (path, s, f["claim"].as_str().unwrap().to_string());
        if let Some(prev) = &last {
            assert!(*prev <= key, "{prev:?} then {key:?}");
        }
        last = Some(key);
    }
    assert_eq!(json["summary"]["articles"], 5);
}
