//! Inputs the fuzzers (`fuzz/`) found to crash, kept so the bugs stay fixed.
//! Each file under tests/fixtures/fuzz/ is run through the library entry point
//! its fuzz target calls; the test passes when that returns at all.

use std::path::Path;

fn fixtures(prefix: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fuzz");
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(prefix))
        })
        .map(|p| (p.display().to_string(), std::fs::read(&p).unwrap()))
        .collect();
    out.sort();
    out
}

/// The claims target: parse, and on failure render the diagnostics (rendering
/// draws every span, so a bad span panics there).
#[test]
fn claims_crashes_stay_fixed() {
    let cases = fixtures("claims-");
    assert!(!cases.is_empty());
    for (name, bytes) in cases {
        let text = String::from_utf8(bytes).unwrap();
        if let Err(errors) = factcheck::claims::parse(Path::new("fuzz.yaml"), &text) {
            assert!(!errors.errors.is_empty(), "{name}");
            let mut shown = String::new();
            miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::none())
                .render_report(&mut shown, &errors)
                .unwrap();
            assert!(!shown.is_empty(), "{name}");
        }
    }
}

/// A duplicate key after a plain scalar continued on the next line: the key
/// locator misplaces the repeat before the first, which underflowed a line
/// distance (found by the claims fuzzer).
#[test]
fn duplicate_key_after_a_continued_scalar() {
    let text = "about: the talks\nkind: duration\n  continued\nkind: quote\n";
    let errors = factcheck::claims::parse(Path::new("x.yaml"), text).unwrap_err();
    assert!(errors
        .errors
        .iter()
        .any(|e| e.to_string().contains("duplicate key `kind`")));
}

/// The extract target: spans in bounds and on char boundaries. (The extractor
/// fuzzer has found nothing yet; this runs whatever it finds next.)
#[test]
fn extract_crashes_stay_fixed() {
    for (name, bytes) in fixtures("extract-") {
        let Ok(text) = std::str::from_utf8(&bytes) else {
            continue;
        };
        let ex = factcheck::extract::extract(text, &factcheck::extract::ExtractOptions::default());
        for m in &ex.mentions {
            assert!(m.span.end <= text.len(), "{name}");
            assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
        }
    }
}
