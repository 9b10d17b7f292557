//! Claims files: the schema an editor writes, loaded and validated into the
//! resolved model the checker uses.
//!
//! serde_yaml lives only in this module (it is deprecated upstream; swapping it
//! must touch nothing else). Validation is complete before any article is read
//! (SPEC rule 6): every problem in a file is collected, each pointing at its
//! YAML line and column. Reading goes text → [`yaml`] (a `serde_yaml::Value`,
//! size-guarded) → [`schema`] (the walk that builds the model), with [`locate`]
//! mapping key paths back to byte spans for the diagnostics.

mod diagnostic;
pub mod lint;
mod locate;
mod model;
mod schema;
pub(crate) mod suggest;
mod values;
mod yaml;

use std::collections::HashMap;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use diagnostic::{ClaimsError, ClaimsErrors, ErrorKind};
pub use schema::json_schema::json_schema;
pub(crate) use schema::YEAR_SECONDS;

/// A commented starter claims file (`factcheck claims init`); it passes `claims check`.
pub const STARTER: &str = include_str!("starter.yaml");
pub use model::*;

/// Largest claims file read; a real one is a few kilobytes.
pub const MAX_FILE_BYTES: u64 = 1 << 20;

/// Reads and validates one claims file.
pub fn load(path: &Path) -> Result<ClaimsFile, ClaimsErrors> {
    let fail = |error: ClaimsError| ClaimsErrors {
        path: path.to_path_buf(),
        errors: vec![error],
    };
    let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    if size > MAX_FILE_BYTES {
        return Err(fail(ClaimsError::bare(
            ErrorKind::Io,
            format!(
                "{}: the file is {size} bytes; claims files are limited to {MAX_FILE_BYTES}",
                path.display()
            ),
        )));
    }
    let bytes = std::fs::read(path).map_err(|e| {
        fail(ClaimsError::bare(
            ErrorKind::Io,
            format!("cannot read {}: {e}", path.display()),
        ))
    })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        fail(ClaimsError::bare(
            ErrorKind::Io,
            format!(
                "{} is not UTF-8 text (invalid byte at offset {})",
                path.display(),
                e.utf8_error().valid_up_to()
            ),
        ))
    })?;
    parse(path, &text)
}

/// Validates claims-file text as if read from `path`.
pub fn parse(path: &Path, text: &str) -> Result<ClaimsFile, ClaimsErrors> {
    let source: Arc<str> = Arc::from(text);
    let errors = match yaml::read(text) {
        Ok(parsed) => match schema::validate(path, &source, parsed) {
            Ok(file) => return Ok(file),
            Err(errors) => errors,
        },
        Err(syntax) => vec![syntax_error(path, &source, syntax)],
    };
    Err(ClaimsErrors {
        path: path.to_path_buf(),
        errors,
    })
}

fn syntax_error(path: &Path, source: &Arc<str>, e: yaml::SyntaxError) -> ClaimsError {
    let span = syntax_span(source, e.at);
    let help = if e.message.contains("flow sequence") {
        Some("a `[` list needs its closing `]`, with items separated by commas".to_string())
    } else if e.message.contains("flow mapping") {
        Some("a `{` mapping needs its closing `}`".to_string())
    } else if e.message.contains("quoted scalar") {
        Some("a quoted text needs its closing quote".to_string())
    } else if e.message.contains("alias bomb") {
        Some(
            "anchors and aliases (`&name`, `*name`) may share a value, not multiply it".to_string(),
        )
    } else if e.message.contains("recursion limit") || e.message.contains("levels deep") {
        Some("claims files nest a few levels deep, not hundreds".to_string())
    } else if e.message.contains("mapping values are not allowed") {
        Some("a text holding `: ` must be quoted".to_string())
    } else {
        None
    };
    let line_start = source[..span.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = source[span.start..]
        .find('\n')
        .map_or(source.len(), |i| span.start + i);
    if line_end - line_start > MAX_SHOWN_LINE {
        // Showing a line of hostile length helps nobody; say where it is instead.
        let line = source[..span.start].matches('\n').count() + 1;
        let column = source[line_start..span.start].chars().count() + 1;
        return ClaimsError::bare(
            ErrorKind::Syntax,
            format!(
                "{}:{line}:{column}: invalid YAML: {}",
                path.display(),
                e.message
            ),
        )
        .with_help(help);
    }
    let mut error = ClaimsError::at(
        ErrorKind::Syntax,
        format!("invalid YAML: {}", e.message),
        path,
        source,
        span.clone(),
        "here",
    )
    .with_help(help);
    if let Some(context) = e.context_at.filter(|&c| c < span.start) {
        let context = syntax_span(source, Some(context));
        let label = match source[context.clone()].chars().next() {
            Some(c @ ('[' | '{' | '"' | '\'')) => format!("this `{c}` is never closed"),
            _ => "while reading this".to_string(),
        };
        error = error.with_label(context, label);
    }
    error
}

/// Longest source line a syntax error quotes.
const MAX_SHOWN_LINE: usize = 1000;

/// A one-character span at a syntax error, moved back off trailing blank
/// space so that an error "at the end of the file" underlines its last text.
fn syntax_span(source: &str, at: Option<usize>) -> Range<usize> {
    let Some(mut at) = at else {
        return 0..0;
    };
    at = at.min(source.len());
    if source[at..].trim().is_empty() {
        at = source.trim_end().len();
        if at > 0 {
            at = source[..at].char_indices().last().map_or(0, |(i, _)| i);
        }
    }
    while !source.is_char_boundary(at) {
        at -= 1;
    }
    let len = source[at..].chars().next().map_or(0, char::len_utf8);
    at..at + len
}

/// Loads every claims file under `paths` (a directory means every `*.yaml` and
/// `*.yml` in it, recursively). A file is either loaded or has errors; claim
/// ids must be unique across all the files loaded together.
pub fn load_all(paths: &[PathBuf]) -> (Vec<ClaimsFile>, Vec<ClaimsErrors>) {
    let (files, walk_errors) = crate::walk::files(paths, &["yaml", "yml"]);
    let mut errors: Vec<ClaimsErrors> = walk_errors
        .into_iter()
        .map(|e| {
            let path = match &e {
                crate::walk::WalkError::Missing { path }
                | crate::walk::WalkError::Io { path, .. } => path.clone(),
            };
            ClaimsErrors {
                path,
                errors: vec![ClaimsError::bare(ErrorKind::Io, e.to_string())],
            }
        })
        .collect();
    let mut loaded = Vec::new();
    // The same file named twice (`claims claims/a.yaml`) is read once, not
    // reported as duplicating its own ids.
    let mut seen = std::collections::HashSet::new();
    for path in files {
        let canonical = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
        if !seen.insert(canonical) {
            continue;
        }
        match load(&path) {
            Ok(file) => loaded.push(file),
            Err(e) => errors.push(e),
        }
    }
    let mut first: HashMap<String, (PathBuf, usize)> = HashMap::new();
    let mut ok = Vec::new();
    for file in loaded {
        let source: Arc<str> = Arc::from(file.source.as_str());
        let mut dups = Vec::new();
        for claim in &file.claims {
            match first.get(&claim.id) {
                Some((other, line)) => dups.push(
                    ClaimsError::at(
                        ErrorKind::Duplicate,
                        format!("duplicate claim id `{}`", claim.id),
                        &file.path,
                        &source,
                        claim.key_span.clone(),
                        "defined again here",
                    )
                    .with_help(Some(format!(
                        "claim ids must be unique across the claims files used together; `{}` is also defined in {} on line {line}",
                        claim.id,
                        other.display()
                    ))),
                ),
                None => {
                    let line = file.source.as_bytes()[..claim.key_span.start.min(file.source.len())]
                        .iter()
                        .filter(|&&b| b == b'\n')
                        .count()
                        + 1;
                    first.insert(claim.id.clone(), (file.path.clone(), line));
                }
            }
        }
        if dups.is_empty() {
            ok.push(file);
        } else {
            errors.push(ClaimsErrors {
                path: file.path.clone(),
                errors: dups,
            });
        }
    }
    (ok, errors)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interval::Interval;

    fn parse_ok(text: &str) -> ClaimsFile {
        match parse(Path::new("t.yaml"), text) {
            Ok(file) => file,
            Err(e) => panic!(
                "{:#?}",
                e.errors.iter().map(|e| e.message()).collect::<Vec<_>>()
            ),
        }
    }

    #[test]
    fn a_value_in_another_unit_keeps_its_written_precision() {
        let file = parse_ok(
            "event: x\ndate: 2026-01-01\nclaims:\n  t:\n    about: t\n    kind: count\n    value: 115 °F\n    unit: celsius\n    near: [reached]\n",
        );
        let Rule::Count { value: Some(v), .. } = &file.claims[0].rule else {
            panic!("a count with a value");
        };
        // 114.5 to 115.5 °F.
        assert!(
            v.contains(46.1) && v.contains(46.3) && !v.contains(46.5),
            "{v:?}"
        );
    }

    fn messages(text: &str) -> Vec<(usize, String)> {
        let errors = parse(Path::new("t.yaml"), text).expect_err("invalid");
        errors
            .errors
            .iter()
            .map(|e| (e.line().unwrap_or(0), e.message().to_string()))
            .collect()
    }

    #[test]
    fn fractional_tolerances_are_distances_like_any_other() {
        let file = parse_ok(
            "claims:\n  m:\n    about: magnitude\n    kind: count\n    value: 6.9\n    tolerance: 0.05\n    near: [magnitude]\n",
        );
        let Rule::Count { tolerance, .. } = &file.claims[0].rule else {
            panic!("a count claim");
        };
        assert_eq!(*tolerance, Tolerance::Absolute(0.05));
        assert_eq!(
            messages("claims:\n  m:\n    about: x\n    kind: count\n    value: 6\n    tolerance: -0.5\n    near: [x]\n"),
            [(6, "tolerance `-0.5` is negative".to_string())]
        );
        // Written as a value may be written: "1.8 million", give or take
        // "0.05 million"; a unit of its own is asked to be converted.
        let file = parse_ok(
            "claims:\n  m:\n    about: payoff\n    kind: count\n    value: 1.8 million\n    unit: EUR\n    tolerance: 0.05 million\n    near: [payoff]\n",
        );
        let Rule::Count { tolerance, .. } = &file.claims[0].rule else {
            panic!("a count claim");
        };
        assert_eq!(*tolerance, Tolerance::Absolute(50_000.0));
        assert_eq!(
            messages("claims:\n  m:\n    about: x\n    kind: count\n    value: 6 million\n    tolerance: $50,000\n    near: [x]\n"),
            [(6, "tolerance `$50,000` names a unit (USD)".to_string())]
        );
    }

    #[test]
    fn speech_verbs_are_single_verbs() {
        let quote =
            "claims:\n  q:\n    about: x\n    kind: quote\n    speaker: p\nentities:\n  p: [P]\n";
        let file = parse_ok(&format!("speech-verbs: [Quip, live-tweet]\n{quote}"));
        assert_eq!(file.speech_verbs, ["quip", "live-tweet"]);
        assert!(parse_ok(quote).speech_verbs.is_empty());
        assert_eq!(
            messages(&format!("speech-verbs: [quip, point out]\n{quote}")),
            vec![(1, "`point out` is not one verb".to_string())]
        );
        assert_eq!(
            messages(&format!("speech-verbs: quip\n{quote}")),
            vec![(1, "`speech-verbs` must be a list, not a string".to_string())]
        );
        assert_eq!(
            messages(&format!("speech-verbs: []\n{quote}")),
            vec![(1, "`speech-verbs` is empty".to_string())]
        );
    }

    #[test]
    fn the_projects_claims_resolve() {
        let text = include_str!("../../claims/alaska-summit.yaml");
        let file = parse_ok(text);
        assert_eq!(file.date, chrono::NaiveDate::from_ymd_opt(2025, 8, 15));
        assert!((file.hedge - 0.15).abs() < 1e-9);
        let claim = |id: &str| file.claims.iter().find(|c| c.id == id).expect(id);
        let talks = claim("talks-duration");
        assert_eq!(
            talks.rule,
            Rule::Duration {
                value: Some(Interval::point(10800.0)),
                tolerance: Tolerance::Absolute(1800.0)
            }
        );
        assert_eq!(&text[talks.key_span.clone()], "talks-duration");
        assert_eq!(&text[talks.value_span.clone().expect("value")], "3h");
        assert!(talks.not_near.iter().any(|w| w == "read"));
        assert_eq!(talks.examples.contradicts.len(), 2);
        let Rule::Place {
            value,
            also,
            rivals,
        } = &claim("summit-venue").rule
        else {
            panic!("place")
        };
        assert_eq!(value.as_deref(), Some("jber"));
        assert!(also.contains(&"United States".to_string()));
        assert!(rivals.contains(&"helsinki".to_string()));
        let implicit = file.entity("United States").expect("implicit entity");
        assert!(implicit.implicit);
        let zelenskyy = file.entity("zelenskyy").expect("zelenskyy");
        for spelling in ["Zelenskyy", "Zelenskiy", "Zelensky"] {
            assert!(zelenskyy.names.iter().any(|n| n == spelling));
        }
        assert!(matches!(
            &claim("no-deal-quote").rule,
            Rule::Quote { value: Some(v), speaker } if v == "There's no deal until there's a deal" && speaker == "trump"
        ));
        assert!(!claim("headway-remark").rule.has_value());
        assert_eq!(
            claim("last-meeting-year").rule,
            Rule::Year { value: Some(2019) }
        );
        assert_eq!(
            claim("putin-us-visit-year").rule,
            Rule::Year { value: Some(2015) }
        );
        assert!(matches!(
            &claim("questions-taken").rule,
            Rule::Statement { value: Some(false), deny, .. } if deny.iter().any(|d| d == "refused to take questions")
        ));
    }

    #[test]
    fn values_of_every_kind() {
        let file = parse_ok(
            "entities:\n  a: [Anchorage]\n  p: [Putin]\nclaims:\n  d:\n    about: x\n    kind: duration\n    value: 1h 30m..2.5 hours\n    tolerance: 10%\n    near: [t]\n    severity: warning\n  c:\n    about: x\n    kind: count\n    value: 40\n    tolerance: 5\n    near: [t]\n  v:\n    about: x\n    kind: place\n    value: anchorage\n    rivals: [Helsinki]\n    near: [t]\n  s:\n    about: x\n    kind: statement\n    value: true\n    affirm: [yes]\n    near: [t]\n",
        );
        assert_eq!(file.event, "t", "event defaults to the file stem");
        assert_eq!(file.claims[0].severity, Severity::Warning);
        assert_eq!(
            file.claims[0].rule,
            Rule::Duration {
                value: Some(Interval::new(5400.0, 9000.0)),
                tolerance: Tolerance::Relative(0.1)
            }
        );
        assert_eq!(
            file.claims[1].rule,
            Rule::Count {
                value: Some(Interval::point(40.0)),
                tolerance: Tolerance::Absolute(5.0),
                unit: None,
            }
        );
        // `anchorage` is the id of `Anchorage`; `Helsinki` becomes an implicit entity.
        assert_eq!(
            file.claims[2].rule,
            Rule::Place {
                value: Some("a".into()),
                also: vec![],
                rivals: vec!["Helsinki".into()]
            }
        );
        assert!(file.entity("Helsinki").is_some_and(|e| e.implicit));
        assert_eq!(file.entities.len(), 3);
    }

    #[test]
    fn kind_specific_keys_and_null_values() {
        let file = parse_ok(
            "claims:\n  q:\n    about: x\n    kind: quote\n    value: ~\n    speaker: p\nentities:\n  p: [P]\n",
        );
        assert_eq!(
            file.claims[0].rule,
            Rule::Quote {
                value: None,
                speaker: "p".into()
            }
        );
        assert_eq!(file.claims[0].value_span, None);
        let errors = messages("claims:\n  q:\n    about: x\n    kind: year\n    value: 2019\n    near: [t]\n    speaker: p\n");
        assert_eq!(
            errors,
            vec![(7, "`speaker` does not apply to year claims".to_string())]
        );
    }

    #[test]
    fn count_units_and_scores_are_read_and_checked() {
        let file = parse_ok(
            "entities:\n  e: [E]\n  c: [C]\nclaims:\n  t:\n    about: x\n    kind: count\n    value: 47%\n    near: [t]\n  f:\n    about: x\n    kind: count\n    value: 40..50\n    unit: fans\n    near: [t]\n  s:\n    about: x\n    kind: score\n    value: 40\u{2013}22\n    sides: [e, c]\n    near: [won]\n",
        );
        assert_eq!(
            file.claims[0].rule,
            Rule::Count {
                value: Some(Interval::point(47.0)),
                tolerance: Tolerance::Absolute(0.0),
                unit: Some(CountUnit::Unit(crate::unit::Unit::Percent)),
            }
        );
        assert!(matches!(
            &file.claims[1].rule,
            Rule::Count { unit: Some(CountUnit::Noun(n)), .. } if n == "fans"
        ));
        assert_eq!(
            file.claims[2].rule,
            Rule::Score {
                value: Some((
                    crate::extract::Points::whole(40),
                    crate::extract::Points::whole(22)
                )),
                sides: Some(["e".into(), "c".into()]),
            }
        );
        let errors = messages(
            "claims:\n  t:\n    about: x\n    kind: count\n    value: 5\n    unit: tonnnes\n    near: [t]\n  u:\n    about: x\n    kind: count\n    value: 47%\n    unit: USD\n    near: [t]\n  s:\n    about: x\n    kind: score\n    value: forty\n    near: [t]\n  k:\n    about: x\n    kind: count\n    value: 5\n    unit: XYZ\n    near: [t]\n",
        );
        assert_eq!(
            errors,
            vec![
                (6, "unknown unit `tonnnes`".to_string()),
                (11, "the value is in percent but `unit` is USD".to_string()),
                (17, "`forty` is not a score".to_string()),
                (23, "unknown unit `XYZ`".to_string()),
            ]
        );
    }

    #[test]
    fn errors_come_in_file_order_with_lines() {
        let errors = messages(
            "event: [a]\nhedge: 150%\nclaims:\n  x:\n    kind: people\n    value: [a, a2]\n    absent: [a]\n    near: [t]\nentities:\n  a: [A]\n",
        );
        assert_eq!(
            errors,
            vec![
                (1, "`event` must be a name, not a list".to_string()),
                (2, "`hedge` must be less than 100%".to_string()),
                (4, "claim `x` has no `about`".to_string()),
                (6, "undefined entity `a2`".to_string()),
                (7, "`a` is both in `value` and in `absent`".to_string()),
            ]
        );
    }

    #[test]
    fn entity_referred_to_by_a_name_suggests_its_id() {
        let errors = parse(
            Path::new("t.yaml"),
            "entities:\n  trump: [Donald Trump, Trump]\nclaims:\n  q:\n    about: x\n    kind: quote\n    speaker: Trump\n",
        )
        .expect_err("invalid");
        let e = &errors.errors[0];
        assert_eq!(e.message(), "undefined entity `Trump`");
        assert!(e
            .help_text()
            .is_some_and(|h| h.starts_with("did you mean `trump`?")));
        assert_eq!(e.kind(), ErrorKind::UndefinedEntity);
    }

    #[test]
    fn syntax_error_spans_stay_in_bounds() {
        for text in ["a: [", "a: \"x", "\t- x", "a: b: c", "- a\nb: c", "é: [ü"] {
            let errors = parse(Path::new("t.yaml"), text).expect_err(text);
            for e in &errors.errors {
                if let Some(span) = e.span() {
                    assert!(span.end <= text.len(), "{text:?}");
                    assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn any_text_gives_a_file_or_errors_in_bounds(
            text in "(claims:|entities:|  |\n|- |\\[|\\]|\\{|\\}|, |: |\"|'|&a |\\*a|#|é|\t|kind: |duration|near|value|3h|x|\r\n){0,40}"
        ) {
            if let Err(errors) = parse(Path::new("t.yaml"), &text) {
                for e in &errors.errors {
                    if let Some(span) = e.span() {
                        proptest::prop_assert!(span.start <= span.end && span.end <= text.len());
                        proptest::prop_assert!(text.is_char_boundary(span.start));
                        proptest::prop_assert!(text.is_char_boundary(span.end));
                    }
                }
            }
        }
    }
}
