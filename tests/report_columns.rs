//! One column convention everywhere: every format gives a finding's column in
//! characters, so a line with em dashes and curly quotes before the mention
//! (several bytes each) gives the same column in all of them.

use assert_cmd::Command;
use serde_json::Value;

const ARTICLE: &str = "tests/fixtures/columns/em-dash.txt";

fn report(format: &str) -> String {
    let out = Command::cargo_bin("factcheck")
        .unwrap()
        .env("COLUMNS", "200")
        .args(["report", ARTICLE, "--claims", "claims", "--color", "never"])
        .args(["--format", format])
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap()
}

/// The number after `prefix` in `text`.
fn number_after(text: &str, prefix: &str) -> usize {
    let at = text
        .find(prefix)
        .unwrap_or_else(|| panic!("no {prefix:?} in {text}"))
        + prefix.len();
    text[at..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .unwrap()
}

#[test]
fn every_format_counts_columns_in_characters() {
    let text = std::fs::read_to_string(ARTICLE).unwrap();
    let line = text.lines().nth(2).unwrap();
    let byte = line.find("12 hours").unwrap();
    let chars = line[..byte].chars().count() + 1;
    assert_ne!(
        chars,
        byte + 1,
        "the fixture must tell bytes from characters"
    );

    let json: Value = serde_json::from_str(&report("json")).unwrap();
    let finding = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["text"] == "12 hours")
        .expect("the 12 hours are attributed");
    let mut columns = vec![("json", finding["span"]["column"].as_u64().unwrap() as usize)];
    let sarif = report("sarif");
    columns.push(("sarif", number_after(&sarif, "\"startColumn\": ")));
    columns.push(("github", number_after(&report("github"), ",line=3,col=")));
    columns.push(("junit", number_after(&report("junit"), "em-dash.txt:3:")));
    columns.push(("short", number_after(&report("short"), "em-dash.txt:3:")));
    columns.push((
        "human",
        number_after(
            &report("human"),
            "--> tests/fixtures/columns/em-dash.txt:3:",
        ),
    ));
    for (format, column) in columns {
        assert_eq!(column, chars, "{format}");
    }
}
