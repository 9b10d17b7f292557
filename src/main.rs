//! The `factcheck` binary: parse arguments, run the command, exit.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = factcheck::cli::Cli::parse();
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    let exit = factcheck::commands::run(cli, &mut stdout.lock(), &mut stderr.lock());
    ExitCode::from(exit as u8)
}
