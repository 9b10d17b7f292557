//! Writes the hostile one-line article of issue 14: cues, durations and quote
//! marks with no full stop, on a single line of about MEGABYTES MB:
//! `cargo run --release --example hostile_line -- FILE [MEGABYTES]` (27 by default).
//!
//! `benches/hostile-line.sh` times `factcheck report` over it with the seed
//! claims; it must finish in under 10 s in a release build.

#![allow(clippy::print_stderr)]

use std::io::Write;
use std::process::ExitCode;

/// One stretch of the line: three cues, three durations, a quoted passage,
/// and commas but never a full stop.
const UNIT: &str = "the talks lasted nearly three hours \u{201c}as the meeting ran for 12 hours\u{201d} while the session went on for 90 minutes, ";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: hostile_line FILE [MEGABYTES]");
        return ExitCode::from(2);
    };
    let mb: f64 = args.get(1).and_then(|m| m.parse().ok()).unwrap_or(27.0);
    let size = (mb * 1024.0 * 1024.0) as usize;
    let written = std::fs::File::create(path).and_then(|file| {
        let mut out = std::io::BufWriter::new(file);
        let mut n = 0;
        while n < size {
            out.write_all(UNIT.as_bytes())?;
            n += UNIT.len();
        }
        out.flush()
    });
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("hostile_line: cannot write {path}: {e}");
            ExitCode::from(2)
        }
    }
}
