//! Snapshot tests of the extractor on every seed article: the
//! `extract --format json` document (through the library, with the summit's
//! entities) and the sentence segmentation, so that any change in what the
//! extractor sees shows up as a reviewable diff.

use std::path::Path;

use factcheck::extract::json::{ArticleJson, Document};
use factcheck::extract::{extract, EntityNames, ExtractOptions};

fn options() -> ExtractOptions {
    let entity = |id: &str, names: &[&str]| EntityNames {
        id: id.to_string(),
        names: names.iter().map(|n| n.to_string()).collect(),
    };
    ExtractOptions {
        date: chrono::NaiveDate::from_ymd_opt(2025, 8, 15),
        entities: vec![
            entity("trump", &["Donald Trump", "President Trump", "Trump"]),
            entity("putin", &["Vladimir Putin", "Putin"]),
            entity(
                "zelenskyy",
                &["Volodymyr Zelenskyy", "Zelenskyy", "Zelenskiy", "Zelensky"],
            ),
            entity("rubio", &["Marco Rubio", "Rubio"]),
            entity("witkoff", &["Steve Witkoff", "Witkoff"]),
            entity(
                "jber",
                &[
                    "Joint Base Elmendorf-Richardson",
                    "Elmendorf-Richardson",
                    "JBER",
                ],
            ),
            entity("anchorage", &["Anchorage"]),
            entity("alaska", &["Alaska"]),
            entity("moscow", &["Moscow"]),
            entity("helsinki", &["Helsinki"]),
        ],
        places: ["jber", "anchorage", "alaska", "moscow", "helsinki"]
            .iter()
            .map(|s| s.to_string())
            .collect(),
        ..ExtractOptions::default()
    }
}

fn seeds() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("seeds directory")
        .map(|e| e.expect("seed entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "md"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no seeds found in {}", dir.display());
    paths
        .into_iter()
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).expect("seed is UTF-8"))
        })
        .collect()
}

#[test]
fn extract_json_of_every_seed() {
    let options = options();
    for (name, text) in seeds() {
        let extraction = extract(&text, &options);
        let path = format!("seeds/{name}.txt");
        let document = Document::new(vec![ArticleJson::new(&path, &text, &extraction.mentions)]);
        let json = serde_json::to_string_pretty(&document).unwrap();
        insta::assert_snapshot!(format!("extract_json_{name}"), json);
    }
}

#[test]
fn sentences_of_every_seed() {
    let options = options();
    for (name, text) in seeds() {
        let extraction = extract(&text, &options);
        let listing: Vec<String> = extraction
            .sentences
            .iter()
            .map(|s| {
                format!(
                    "{:>3} | {}",
                    s.paragraph,
                    text[s.span.clone()].replace('\n', "⏎")
                )
            })
            .collect();
        insta::assert_snapshot!(format!("sentences_{name}"), listing.join("\n"));
    }
}
