//! `factcheck report --format json` end to end (walk, read, extract, attribute,
//! judge, render) over synthetic corpora of 1k, 10k and, with
//! `FACTCHECK_BENCH_LARGE=1`, 100k articles, against the project's claims in
//! `claims/`. Time should grow linearly with the number of articles.
//!
//! The corpora are made by the generator in `corpus/` (the seeds' paragraphs
//! recombined with varied facts) once, under `target/bench-corpus/`, and
//! reused by later runs. Run from the project root: `cargo bench --bench report`.

/// The binary's allocator (see `src/main.rs`), so the bench times what users run.
#[cfg(not(target_env = "msvc"))]
#[global_allocator]
static GLOBAL: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use clap::Parser;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use factcheck::cli::Cli;

mod corpus;

/// Article size in bytes, about the seeds'.
const ARTICLE_BYTES: usize = 4000;

/// The corpus of `count` articles, written on first use.
fn corpus_dir(count: usize) -> PathBuf {
    let dir = Path::new("target/bench-corpus").join(count.to_string());
    let done = dir.join(".complete");
    if !done.exists() {
        let seeds = corpus::read_seeds(Path::new("seeds")).expect("run from the project root");
        let _ = std::fs::remove_dir_all(&dir);
        corpus::write(&dir, &seeds, count, ARTICLE_BYTES, 42).expect("cannot write the corpus");
        std::fs::write(&done, b"").expect("cannot mark the corpus complete");
    }
    dir
}

fn bench(c: &mut Criterion) {
    // The claims must load, or the bench would time an error path.
    let (files, errors) = factcheck::claims::load_all(&[PathBuf::from("claims")]);
    assert!(
        errors.is_empty() && !files.is_empty(),
        "claims/ does not load"
    );

    let mut counts = vec![1_000, 10_000];
    if std::env::var_os("FACTCHECK_BENCH_LARGE").is_some_and(|v| v == "1") {
        counts.push(100_000);
    }
    let mut group = c.benchmark_group("report_json");
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    for count in counts {
        let dir = corpus_dir(count);
        group.measurement_time(Duration::from_secs((count / 1_000).clamp(5, 120) as u64));
        group.throughput(Throughput::Bytes((count * ARTICLE_BYTES) as u64));
        group.bench_with_input(BenchmarkId::from_parameter(count), &dir, |b, dir| {
            b.iter(|| {
                let cli = Cli::parse_from([
                    OsStr::new("factcheck"),
                    OsStr::new("report"),
                    dir.as_os_str(),
                    OsStr::new("--format"),
                    OsStr::new("json"),
                ]);
                let mut out = std::io::sink();
                let mut err = std::io::sink();
                factcheck::commands::run(cli, &mut out, &mut err)
            });
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
