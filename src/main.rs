//! The `factcheck` binary: parse arguments, run the command, exit.

use std::io::{BufWriter, ErrorKind, Write};
use std::process::ExitCode;

use clap::Parser;

/// jemalloc (see Cargo.toml): about 15% faster `report` than the system allocator.
#[cfg(not(target_env = "msvc"))]
#[global_allocator]
static GLOBAL: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

fn main() -> ExitCode {
    let cli = factcheck::cli::Cli::parse();
    let mut stderr = std::io::stderr().lock();
    // Standard output is line-buffered by default; JSON reports have a line per
    // field, so buffer it whole and flush once.
    let mut out = BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let mut exit = factcheck::commands::run(cli, &mut out, &mut stderr) as u8;
    match out.flush() {
        Ok(()) => {}
        // A closed pipe (`| head`) is the reader's choice, not a failure.
        Err(e) if e.kind() == ErrorKind::BrokenPipe => {}
        Err(e) => {
            let _ = writeln!(stderr, "error: cannot write output: {e}");
            exit = 2;
        }
    }
    ExitCode::from(exit)
}
