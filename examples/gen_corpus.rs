//! Writes a synthetic corpus for benchmarks:
//! `cargo run --release --example gen_corpus -- DIR MEGABYTES [SEED]`.
//!
//! Articles are about 4 KB each (the seeds' size), recombined from the seed
//! paragraphs with varied facts; see benches/corpus/mod.rs.

#![allow(clippy::print_stdout, clippy::print_stderr)]

#[path = "../benches/corpus/mod.rs"]
mod corpus;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(dir), Some(mb)) = (
        args.first(),
        args.get(1).and_then(|m| m.parse::<f64>().ok()),
    ) else {
        eprintln!("usage: gen_corpus DIR MEGABYTES [SEED]");
        return ExitCode::from(2);
    };
    let seed = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(42);
    let seeds = match corpus::read_seeds(std::path::Path::new("seeds")) {
        Ok(s) if !s.is_empty() => s,
        Ok(_) => {
            eprintln!("gen_corpus: no seeds/*.txt found; run from the project root");
            return ExitCode::from(2);
        }
        Err(e) => {
            eprintln!("gen_corpus: cannot read seeds/: {e}");
            return ExitCode::from(2);
        }
    };
    const SIZE: usize = 4000;
    let count = ((mb * 1_000_000.0) / SIZE as f64).ceil() as usize;
    match corpus::write(&PathBuf::from(dir), &seeds, count, SIZE, seed) {
        Ok(paths) => {
            println!("wrote {} articles (~{mb} MB) under {dir}", paths.len());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("gen_corpus: {e}");
            ExitCode::from(2)
        }
    }
}
