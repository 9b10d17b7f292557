//! Command-line arguments: clap derive types, nothing else.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Check news articles against hand-written claims.
#[derive(Debug, Parser)]
#[command(
    name = "factcheck",
    version,
    about,
    long_about = None,
    after_help = "Examples:\n  factcheck report seeds --claims claims\n  \
                  factcheck report articles/ --format html > report.html\n  \
                  factcheck claims init claims/summit.yaml"
)]
pub struct Cli {
    /// The command to run.
    #[command(subcommand)]
    pub command: Command,
}

/// factcheck's commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check articles against claims and report contradictions.
    #[command(after_help = "Examples:\n  factcheck report seeds --claims claims\n  \
                            factcheck report articles/ --format short | head\n  \
                            factcheck report articles/ --format sarif --baseline .factcheck-baseline.json > out.sarif")]
    Report(ReportArgs),
    /// Show, for every mention of an article, which claim it went to and why (or why none).
    Explain(ExplainArgs),
    /// List the facts (durations, counts, dates, names, quotes) found in articles.
    #[command(
        after_help = "Examples:\n  factcheck extract seeds/002_aadb4d3f69dc4326.txt\n  \
                            echo 'The talks lasted nearly three hours.' | factcheck extract - --format json"
    )]
    Extract(ExtractArgs),
    /// Validate, test, start or describe claims files.
    #[command(
        subcommand,
        after_help = "Examples:\n  factcheck claims check\n  factcheck claims init claims/summit.yaml"
    )]
    Claims(ClaimsCommand),
    /// Record today's findings so that only new ones fail.
    #[command(
        subcommand,
        after_help = "Example:\n  factcheck baseline write .factcheck-baseline.json articles/"
    )]
    Baseline(BaselineCommand),
    /// Print a shell completion script.
    #[command(
        after_help = "Examples:\n  factcheck completions bash > ~/.local/share/bash-completion/completions/factcheck\n  \
                            factcheck completions zsh > ~/.zfunc/_factcheck"
    )]
    Completions {
        /// The shell to complete in.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

/// `factcheck claims ...`
#[derive(Debug, Subcommand)]
pub enum ClaimsCommand {
    /// Validate claims files (a directory means every *.yaml/*.yml in it).
    #[command(after_help = "Example:\n  factcheck claims check claims/")]
    Check {
        /// Claims files or directories [default: ./claims]
        paths: Vec<PathBuf>,
    },
    /// Run every claim's `examples` through the extractor and checker.
    #[command(after_help = "Example:\n  factcheck claims test claims/summit.yaml")]
    Test {
        /// Claims files or directories [default: ./claims]
        paths: Vec<PathBuf>,
    },
    /// Write a commented starter claims file (to stdout without FILE); never overwrites.
    #[command(after_help = "Example:\n  factcheck claims init claims/summit.yaml")]
    Init {
        /// Where to write it; it must not exist yet.
        file: Option<PathBuf>,
    },
    /// Print the JSON Schema of claims files, for editors (yaml-language-server).
    #[command(
        after_help = "Example:\n  factcheck claims schema > claims.schema.json\n  \
                            # then, as the first line of a claims file:\n  \
                            # yaml-language-server: $schema=claims.schema.json"
    )]
    Schema,
}

/// `factcheck baseline ...`
#[derive(Debug, Subcommand)]
pub enum BaselineCommand {
    /// Write the current findings to FILE.
    #[command(
        after_help = "Example:\n  factcheck baseline write .factcheck-baseline.json articles/ --claims claims/"
    )]
    Write {
        /// Where to write the baseline.
        file: PathBuf,
        /// Articles or directories [default: ./seeds]
        articles: Vec<PathBuf>,
        /// Claims files or directories [default: ./claims]
        #[arg(long = "claims", value_name = "PATH")]
        claims: Vec<PathBuf>,
    },
}

/// `factcheck report ...`
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Articles or directories (every *.txt, *.md, *.markdown, *.html, *.htm, recursively); `-` reads stdin [default: ./seeds]
    pub articles: Vec<PathBuf>,
    /// Claims files or directories [default: ./claims]
    #[arg(long = "claims", value_name = "PATH")]
    pub claims: Vec<PathBuf>,
    /// Output format [default: human, or factcheck.toml's `format`]
    #[arg(long, value_enum)]
    pub format: Option<ReportFormat>,
    /// Lowest severity that makes the exit code 1 [default: error, or factcheck.toml's `fail-on`]
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOn>,
    /// Fail only on findings not recorded in this baseline file.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Check only articles git reports as changed since REV (consensus still uses all).
    #[arg(long, value_name = "REV")]
    pub changed_since: Option<String>,
    /// When to use colour.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

impl ReportArgs {
    /// The output format: the option, else factcheck.toml's, else human.
    pub fn format(&self) -> ReportFormat {
        self.format.unwrap_or(ReportFormat::Human)
    }

    /// The `--fail-on` threshold: the option, else factcheck.toml's, else error.
    pub fn fail_on(&self) -> FailOn {
        self.fail_on.unwrap_or(FailOn::Error)
    }

    /// Fills what the command line left unset from the project file.
    pub fn with_project(mut self, project: &crate::project::Project) -> Self {
        if self.articles.is_empty() {
            self.articles = project.articles.clone();
        }
        if self.claims.is_empty() {
            self.claims = project.claims.clone();
        }
        self.format = self.format.or(project.format);
        self.fail_on = self.fail_on.or(project.fail_on);
        self
    }
}

/// `factcheck explain ...`
#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The article, optionally with a line: `seeds/002_aadb4d3f69dc4326.txt:3`
    pub article: String,
    /// Claims files or directories [default: ./claims]
    #[arg(long = "claims", value_name = "PATH")]
    pub claims: Vec<PathBuf>,
}

/// `factcheck extract ...`
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Articles or directories; `-` reads stdin [default: ./seeds]
    pub articles: Vec<PathBuf>,
    /// Claims files whose entities, hedge and date to use.
    #[arg(long = "claims", value_name = "PATH")]
    pub claims: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExtractFormat::Human)]
    pub format: ExtractFormat,
    /// The event date for relative dates (overrides the claims' `date`).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = iso_date)]
    pub date: Option<chrono::NaiveDate>,
}

/// Report output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReportFormat {
    /// Annotated diagnostics, a matrix and a summary, for people.
    Human,
    /// One line per problem: `path:line:col: severity[claim]: message`.
    Short,
    /// factcheck-report/1 JSON.
    Json,
    /// SARIF 2.1.0.
    Sarif,
    /// GitHub Actions workflow commands.
    Github,
    /// JUnit XML.
    Junit,
    /// One self-contained HTML page: summary, matrix, articles with marked findings.
    Html,
}

/// Extract output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    /// One line per mention.
    Human,
    /// factcheck-extract/1 JSON.
    Json,
    /// One JSON object per mention per line.
    Jsonl,
}

/// The `--fail-on` threshold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FailOn {
    /// Exit 1 on errors.
    Error,
    /// Exit 1 on errors or warnings.
    Warning,
    /// Always exit 0 unless the input is broken.
    Never,
}

/// The `--color` choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour when stdout is a terminal and NO_COLOR is unset.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

/// `--date`: an ISO date, with a message that says which form is accepted
/// (chrono's own is "input contains invalid characters").
pub fn iso_date(s: &str) -> Result<chrono::NaiveDate, String> {
    chrono::NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").map_err(|e| {
        let why = if s.contains('/') || s.contains('.') {
            "numeric dates such as 21/07/1969 are ambiguous (day or month first?)".to_string()
        } else {
            e.to_string()
        };
        format!(
            "`{s}` is not a date factcheck reads: {why}; write it as YYYY-MM-DD, e.g. 1969-07-21"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_iso_and_others_say_so() {
        assert_eq!(
            iso_date("1969-07-21"),
            Ok(chrono::NaiveDate::from_ymd_opt(1969, 7, 21).unwrap())
        );
        let e = iso_date("21/07/1969").unwrap_err();
        assert!(e.contains("YYYY-MM-DD") && e.contains("ambiguous"), "{e}");
        assert!(iso_date("1969-02-30").unwrap_err().contains("YYYY-MM-DD"));
    }
}
