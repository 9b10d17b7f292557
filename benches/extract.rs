//! Extraction throughput over the seed articles, the number the issue sets a
//! floor for (≥ 100 MB/s on one core).
//!
//! The five seeds are concatenated and repeated to about 1 MB so per-call
//! overhead does not dominate, and extracted twice: with only an event date,
//! and with everything the project's claims (`claims/`) tell the extractor
//! (entities, places, hedge, date), which is what `report` runs. A last case
//! feeds pathological repetition ("two-and-" 200,000 times) to show the scan
//! stays linear.

/// The binary's allocator (see `src/main.rs`), so the bench times what users run.
#[cfg(not(target_env = "msvc"))]
#[global_allocator]
static GLOBAL: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use factcheck::extract::{extract, ExtractOptions, Extractor};

const SEEDS: [&str; 5] = [
    include_str!("../seeds/000_25469d930417fc69.txt"),
    include_str!("../seeds/001_cedad87b048315ce.txt"),
    include_str!("../seeds/002_aadb4d3f69dc4326.txt"),
    include_str!("../seeds/003_30f34ed25f2553cc.txt"),
    include_str!("../seeds/004_24612b0096fd0c3e.txt"),
];

fn corpus(bytes: usize) -> String {
    let seeds = SEEDS.join("\n\n");
    seeds.repeat(bytes / seeds.len() + 1)
}

fn bench_extract(c: &mut Criterion) {
    let options = ExtractOptions {
        date: chrono::NaiveDate::from_ymd_opt(2025, 8, 15),
        ..ExtractOptions::default()
    };
    let mut group = c.benchmark_group("extract");
    group.sample_size(10);
    let seeds = corpus(1 << 20);
    group.throughput(Throughput::Bytes(seeds.len() as u64));
    group.bench_function("seeds_1mb", |b| b.iter(|| extract(&seeds, &options)));
    let (files, _) = factcheck::claims::load_all(&[std::path::PathBuf::from("claims")]);
    if let Some(file) = files.first() {
        let claims_options = ExtractOptions::from_claims(file);
        let extractor = Extractor::new(&claims_options);
        group.bench_function("seeds_1mb_claims", |b| b.iter(|| extractor.extract(&seeds)));
    }
    let pathological = "two-and-".repeat(200_000);
    group.throughput(Throughput::Bytes(pathological.len() as u64));
    group.bench_function("two_and_200k", |b| {
        b.iter(|| extract(&pathological, &options))
    });
    group.finish();
}

criterion_group!(benches, bench_extract);
criterion_main!(benches);
