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
    // factcheck.toml (SPEC §6) fills what the command line leaves unset.
    let project = match crate::project::discover() {
        Ok(project) => project,
        Err(e) => {
            report::print_error(err, &e);
            return Exit::Error;
        }
    };
    let result = match with_project(cli.command, project.as_ref(), err) {
        Err(exit) => exit,
        Ok(Command::Claims(ClaimsCommand::Check { paths })) => claims::check(&paths, out, err),
        Ok(Command::Claims(ClaimsCommand::Test { paths })) => claims::test(&paths, out, err),
        Ok(Command::Claims(ClaimsCommand::Init { file })) => {
            claims::init(file.as_deref(), out, err)
        }
        Ok(Command::Claims(ClaimsCommand::Schema)) => claims::schema(out, err),
        Ok(Command::Completions { shell }) => completions(shell, out),
        Ok(Command::Report(args)) => report::run(args, out, err),
        Ok(Command::Extract(args)) => extract::run(args, out, err),
        Ok(Command::Explain(args)) => explain::run(args, out, err),
        Ok(Command::Baseline(command)) => baseline::run(command, out, err),
    };
    let _ = out.flush();
    result
}

/// The command with the project file's settings where the command line has
/// none, and its `exclude` globs applied to the article directories.
fn with_project(
    command: Command,
    project: Option<&crate::project::Project>,
    err: &mut dyn Write,
) -> Result<Command, Exit> {
    let Some(project) = project else {
        return Ok(command);
    };
    let exclude = crate::project::Exclude::new(project).map_err(|e| {
        let _ = writeln!(err, "error: {e}");
        Exit::Error
    })?;
    let or = |given: Vec<std::path::PathBuf>, set: &[std::path::PathBuf]| {
        if given.is_empty() {
            set.to_vec()
        } else {
            given
        }
    };
    let mut err_once = Some(err);
    let mut articles = |given| {
        let err = err_once
            .take()
            .expect("articles are resolved once per command");
        excluded(or(given, &project.articles), &exclude, project, err)
    };
    Ok(match command {
        Command::Report(args) => {
            let mut args = args.with_project(project);
            args.articles = articles(std::mem::take(&mut args.articles))?;
            Command::Report(args)
        }
        Command::Extract(mut args) => {
            args.articles = articles(args.articles)?;
            args.claims = or(args.claims, &project.claims);
            Command::Extract(args)
        }
        Command::Baseline(crate::cli::BaselineCommand::Write {
            file,
            articles: given,
            claims,
        }) => Command::Baseline(crate::cli::BaselineCommand::Write {
            file,
            articles: articles(given)?,
            claims: or(claims, &project.claims),
        }),
        Command::Claims(ClaimsCommand::Check { paths }) => Command::Claims(ClaimsCommand::Check {
            paths: or(paths, &project.claims),
        }),
        Command::Claims(ClaimsCommand::Test { paths }) => Command::Claims(ClaimsCommand::Test {
            paths: or(paths, &project.claims),
        }),
        Command::Explain(mut args) => {
            args.claims = or(args.claims, &project.claims);
            Command::Explain(args)
        }
        // Neither reads articles or claims.
        command @ (Command::Claims(ClaimsCommand::Init { .. })
        | Command::Claims(ClaimsCommand::Schema)
        | Command::Completions { .. }) => command,
    })
}

/// Directories among `paths` expanded into their articles, less those the
/// project excludes; other paths are kept for the run to read or name. When
/// the globs leave no article, that is said here (SPEC §3: exit 2).
fn excluded(
    paths: Vec<std::path::PathBuf>,
    exclude: &crate::project::Exclude,
    project: &crate::project::Project,
    err: &mut dyn Write,
) -> Result<Vec<std::path::PathBuf>, Exit> {
    if !exclude.is_active() || paths.is_empty() {
        return Ok(paths);
    }
    let mut out = Vec::new();
    for path in &paths {
        if path.is_dir() {
            let (files, _) =
                crate::walk::files(std::slice::from_ref(path), crate::document::EXTENSIONS);
            out.extend(files.into_iter().filter(|f| !exclude.excludes(f)));
        } else {
            out.push(path.clone());
        }
    }
    if out.is_empty() {
        let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        let _ = writeln!(
            err,
            "error: no articles found under {}: `exclude` in {} leaves none",
            shown.join(", "),
            project.path.display()
        );
        return Err(Exit::Error);
    }
    Ok(out)
}
