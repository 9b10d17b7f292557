//! The commands: each takes resolved arguments and writers for stdout and
//! stderr and returns the exit status. This is the only layer that writes
//! output; the engine below it returns data.

use std::io::Write;

use crate::cli::{ClaimsCommand, Cli, Command};

pub mod baseline;
pub mod claims;
pub mod explain;
pub mod extract;
pub mod report;

/// The process exit status (SPEC §3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
#[repr(u8)]
pub enum Exit {
    /// Nothing at or above `--fail-on`.
    Clean = 0,
    /// Findings at or above `--fail-on`, or failing claim examples.
    Findings = 1,
    /// Usage, claims-file or input errors.
    Error = 2,
}

/// `factcheck completions SHELL`: the completion script on `out`.
fn completions(shell: clap_complete::Shell, out: &mut dyn Write) -> Exit {
    let mut command = <Cli as clap::CommandFactory>::command();
    clap_complete::generate(shell, &mut command, "factcheck", out);
    Exit::Clean
}

/// Runs a parsed command line.
pub fn run(cli: Cli, out: &mut dyn Write, err: &mut dyn Write) -> Exit {
    let result = match cli.command {
        Command::Claims(ClaimsCommand::Check { paths }) => claims::check(&paths, out, err),
        Command::Claims(ClaimsCommand::Test { paths }) => claims::test(&paths, out, err),
        Command::Claims(ClaimsCommand::Init { file }) => claims::init(file.as_deref(), out, err),
        Command::Claims(ClaimsCommand::Schema) => claims::schema(out, err),
        Command::Completions { shell } => completions(shell, out),
        Command::Report(args) => report::run(args, out, err),
        Command::Extract(args) => extract::run(args, out, err),
        Command::Explain(args) => explain::run(args, out, err),
        Command::Baseline(command) => baseline::run(command, out, err),
    };
    let _ = out.flush();
    result
}
