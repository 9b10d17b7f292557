//! `factcheck baseline write FILE`: record today's problems so that
//! `report --baseline FILE` fails only on new ones.
//!
//! It checks exactly what `report` would (same defaults, same claims) and
//! writes every problem, whatever its severity: a warning recorded now stays
//! quiet under `--fail-on warning` later. The write is atomic.

use std::io::Write;

use super::{report, Exit};
use crate::baseline::Baseline;
use crate::cli::BaselineCommand;
use crate::run::{self, Settings};

/// Runs `factcheck baseline ...`.
pub fn run(command: BaselineCommand, out: &mut dyn Write, err: &mut dyn Write) -> Exit {
    match command {
        BaselineCommand::Write {
            file,
            articles,
            claims,
        } => {
            let settings = Settings {
                articles,
                claims,
                ..Settings::default()
            };
            let checked = match run::collect(&settings, &mut |n| report::print_notice(err, n)) {
                Ok(checked) => checked,
                Err(stop) => return report::print_stop(err, stop),
            };
            if checked.incomplete {
                // A baseline missing an unreadable article's problems would fail later runs.
                let _ = writeln!(
                    err,
                    "error: not writing {}: some articles could not be read",
                    file.display()
                );
                return Exit::Error;
            }
            let baseline = Baseline::from_findings(checked.report.findings_with_paths());
            if let Err(e) = baseline.write(&file) {
                let _ = writeln!(err, "error: {e}");
                return Exit::Error;
            }
            let _ = writeln!(
                out,
                "{}: {} {} from {} articles",
                file.display(),
                baseline.entries.len(),
                if baseline.entries.len() == 1 {
                    "problem"
                } else {
                    "problems"
                },
                checked.report.articles.len()
            );
            Exit::Clean
        }
    }
}
