//! `report`'s engine on the seeds, repeated: time should grow linearly with the
//! number of articles (extraction and attribution are per article; consensus
//! is a sweep per claim).
//!
//! The claims are built here in code because the claims loader is merged
//! separately; once it is, this can load `claims/` instead.

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use factcheck::check;
use factcheck::claims::{Claim, ClaimsFile, Entity, Examples, Rule, Severity, Tolerance};
use factcheck::interval::Interval;

fn claim(id: &str, rule: Rule, near: &[&str], not_near: &[&str]) -> Claim {
    Claim {
        id: id.into(),
        about: id.into(),
        severity: Severity::Error,
        near: near.iter().map(|s| s.to_string()).collect(),
        not_near: not_near.iter().map(|s| s.to_string()).collect(),
        examples: Examples::default(),
        rule,
        key_span: 0..0,
        value_span: None,
    }
}

fn claims() -> ClaimsFile {
    let entity = |id: &str, names: &[&str]| Entity {
        id: id.into(),
        names: names.iter().map(|s| s.to_string()).collect(),
        implicit: false,
    };
    ClaimsFile {
        path: "bench.yaml".into(),
        source: String::new(),
        event: "summit".into(),
        date: NaiveDate::from_ymd_opt(2025, 8, 15),
        hedge: 0.15,
        entities: vec![
            entity("trump", &["Donald Trump", "President Trump", "Trump"]),
            entity("putin", &["Vladimir Putin", "Putin"]),
            entity(
                "zelenskyy",
                &["Volodymyr Zelenskyy", "Zelenskyy", "Zelenskiy", "Zelensky"],
            ),
            entity("anchorage", &["Anchorage"]),
            entity("alaska", &["Alaska"]),
            entity("helsinki", &["Helsinki"]),
        ],
        claims: vec![
            claim(
                "talks-duration",
                Rule::Duration {
                    value: Some(Interval::point(10800.0)),
                    tolerance: Tolerance::Absolute(1800.0),
                },
                &["talks", "discussions", "session"],
                &["press", "read"],
            ),
            claim(
                "talks-consensus",
                Rule::Duration {
                    value: None,
                    tolerance: Tolerance::Absolute(0.0),
                },
                &["talks", "session"],
                &["press"],
            ),
            claim(
                "summit-date",
                Rule::Date {
                    value: NaiveDate::from_ymd_opt(2025, 8, 15),
                },
                &["summit"],
                &[],
            ),
            claim(
                "venue",
                Rule::Place {
                    value: Some("anchorage".into()),
                    also: vec!["alaska".into()],
                    rivals: vec!["helsinki".into()],
                },
                &["summit", "meeting", "held"],
                &[],
            ),
            claim(
                "participants",
                Rule::People {
                    value: Some(vec!["trump".into(), "putin".into()]),
                    absent: vec!["zelenskyy".into()],
                },
                &["talks", "summit"],
                &["absent"],
            ),
            claim(
                "no-deal",
                Rule::Quote {
                    value: Some("There's no deal until there's a deal".into()),
                    speaker: "trump".into(),
                },
                &[],
                &[],
            ),
            claim(
                "questions",
                Rule::Statement {
                    value: Some(false),
                    affirm: vec!["took questions".into()],
                    deny: vec!["refused to take questions".into()],
                },
                &["questions"],
                &[],
            ),
        ],
    }
}

fn seeds() -> Vec<String> {
    let mut paths: Vec<_> = std::fs::read_dir("seeds")
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.sort();
    paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

fn bench(c: &mut Criterion) {
    let file = claims();
    let seeds = seeds();
    let mut group = c.benchmark_group("report");
    for copies in [1usize, 2, 4, 8] {
        let texts: Vec<&str> = seeds
            .iter()
            .cycle()
            .take(seeds.len() * copies)
            .map(String::as_str)
            .collect();
        group.throughput(Throughput::Elements(texts.len() as u64));
        group.bench_with_input(
            BenchmarkId::from_parameter(texts.len()),
            &texts,
            |b, texts| {
                b.iter(|| check::check(&file, texts.iter().copied()).len());
            },
        );
    }
    group.finish();
    black_box(());
}

criterion_group!(benches, bench);
criterion_main!(benches);
