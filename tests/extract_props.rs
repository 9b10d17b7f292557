//! Property tests: any input, however odd, gives no panic, spans inside the
//! text and on character boundaries, and sentences that cover every word once.

use factcheck::extract::json::MentionJson;
use factcheck::extract::{extract, EntityNames, ExtractOptions, MentionKind};
use proptest::prelude::*;

fn options() -> ExtractOptions {
    let entity = |id: &str, names: &[&str]| EntityNames {
        id: id.to_string(),
        names: names.iter().map(|n| n.to_string()).collect(),
    };
    ExtractOptions {
        entities: vec![
            entity("trump", &["Donald Trump", "Trump"]),
            entity("putin", &["Vladimir Putin", "Putin"]),
            entity("jber", &["Elmendorf-Richardson", "U.S."]),
            entity("odd", &["’s", "-", "a’", "É"]),
        ],
        places: ["jber".to_string()].into_iter().collect(),
        ..ExtractOptions::default()
    }
}

/// Text built from the pieces the extractor treats specially.
fn tricky() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "“",
        "”",
        "‘",
        "’",
        "\"",
        "'",
        "«",
        "»",
        "„",
        "-",
        "–",
        "—",
        ".",
        "!",
        "?",
        "…",
        ",",
        ":",
        ";",
        "(",
        ")",
        " ",
        " ",
        "\n",
        "\n\n",
        "\r\n",
        "\u{a0}",
        "\u{feff}",
        "\u{301}",
        "U.S.",
        "Mr.",
        "a.m.",
        "Trump",
        "Putin’s",
        "Donald",
        "said",
        "he",
        "told",
        "12",
        "2.5",
        "hour",
        "Elmendorf–Richardson",
        "É",
        "s",
        "x",
        "日本",
        "🦀",
    ]);
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

fn check(text: &str) -> Result<(), TestCaseError> {
    let x = extract(text, &options());
    let on_boundary = |i: usize| text.is_char_boundary(i);

    let mut prev_end = 0;
    for w in &x.words {
        prop_assert!(w.span.start < w.span.end && w.span.end <= text.len());
        prop_assert!(on_boundary(w.span.start) && on_boundary(w.span.end));
        prop_assert!(w.span.start >= prev_end, "words overlap or go backwards");
        prev_end = w.span.end;
    }

    let mut next = 0;
    let mut paragraph = 0;
    for s in &x.sentences {
        prop_assert_eq!(s.words.start, next, "sentences must cover words in order");
        prop_assert!(s.words.end > s.words.start);
        next = s.words.end;
        prop_assert!(s.span.start <= s.span.end && s.span.end <= text.len());
        prop_assert!(on_boundary(s.span.start) && on_boundary(s.span.end));
        prop_assert!(s.span.start <= x.words[s.words.start].span.start);
        prop_assert!(s.span.end >= x.words[s.words.end - 1].span.end);
        prop_assert!(s.paragraph >= paragraph);
        paragraph = s.paragraph;
    }
    prop_assert_eq!(next, x.words.len());

    let mut prev_start = 0;
    let mut prev_quote_end = 0;
    for m in &x.mentions {
        prop_assert!(m.span.start <= m.span.end && m.span.end <= text.len());
        prop_assert!(on_boundary(m.span.start) && on_boundary(m.span.end));
        prop_assert!(m.span.start >= prev_start, "mentions sorted by start");
        prev_start = m.span.start;
        match &m.kind {
            MentionKind::Quote { inner, .. } => {
                prop_assert!(
                    m.span.start >= prev_quote_end,
                    "passages are outermost only"
                );
                prev_quote_end = m.span.end;
                prop_assert!(m.span.start < inner.start, "a passage starts with its mark");
                prop_assert!(inner.start <= inner.end && inner.end <= m.span.end);
                prop_assert!(on_boundary(inner.start) && on_boundary(inner.end));
            }
            MentionKind::Entity { name, .. } => {
                prop_assert_eq!(name.as_str(), &text[m.span.clone()]);
            }
            _ => {}
        }
        let json = serde_json::to_value(MentionJson::new(text, m)).unwrap();
        prop_assert_eq!(json["text"].as_str(), Some(&text[m.span.clone()]));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn any_unicode_text(text in any::<String>()) {
        check(&text)?;
    }

    #[test]
    fn quote_and_dash_heavy_text(text in tricky()) {
        check(&text)?;
    }
}
