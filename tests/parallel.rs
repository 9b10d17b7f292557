//! The report is the same byte for byte however many threads check the
//! articles: rayon keeps path order, and nothing depends on which thread ran
//! first.

use assert_cmd::Command;

fn report(threads: &str, format: &str, articles: &[&str]) -> Vec<u8> {
    let out = Command::cargo_bin("factcheck")
        .unwrap()
        .env("RAYON_NUM_THREADS", threads)
        .args(["report", "--format", format, "--color", "never"])
        .args(articles)
        .output()
        .unwrap();
    assert!(!out.stdout.is_empty(), "no report on {threads} threads");
    out.stdout
}

#[test]
fn one_and_two_threads_print_the_same_report() {
    for format in ["json", "human"] {
        let one = report("1", format, &["seeds"]);
        let two = report("2", format, &["seeds"]);
        assert_eq!(
            String::from_utf8_lossy(&one),
            String::from_utf8_lossy(&two),
            "{format}"
        );
    }
}

#[test]
fn article_order_is_path_order_not_completion_order() {
    // The same seeds named twice, in reverse: many small jobs for two threads.
    let mut seeds: Vec<String> = std::fs::read_dir("seeds")
        .unwrap()
        .map(|e| e.unwrap().path().to_string_lossy().into_owned())
        .collect();
    seeds.sort();
    seeds.reverse();
    let args: Vec<&str> = seeds.iter().chain(&seeds).map(String::as_str).collect();
    let one = report("1", "json", &args);
    let two = report("2", "json", &args);
    assert_eq!(one, two);
    let doc: serde_json::Value = serde_json::from_slice(&two).unwrap();
    let paths: Vec<&str> = doc["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["path"].as_str().unwrap())
        .collect();
    let expected: Vec<String> = args.iter().map(|s| s.replace('\\', "/")).collect();
    assert_eq!(paths, expected);
}
