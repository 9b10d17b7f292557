//! Fuzzes the extractor: any text gives mentions with spans in bounds, on char
//! boundaries, and sentences that cover the words in order.

#![no_main]

use factcheck::extract::{extract, EntityNames, ExtractOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let options = ExtractOptions {
        date: chrono::NaiveDate::from_ymd_opt(2025, 8, 15),
        entities: vec![
            EntityNames {
                id: "trump".into(),
                names: vec!["Donald Trump".into(), "Trump".into()],
            },
            EntityNames {
                id: "putin".into(),
                names: vec!["Vladimir Putin".into(), "Putin".into()],
            },
        ],
        ..ExtractOptions::default()
    };
    let ex = extract(text, &options);
    for m in &ex.mentions {
        assert!(m.span.start <= m.span.end && m.span.end <= text.len());
        assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
    }
    let mut next = 0;
    for s in &ex.sentences {
        assert_eq!(s.words.start, next);
        next = s.words.end;
    }
    assert_eq!(next, ex.words.len());
});
