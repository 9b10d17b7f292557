//! `factcheck extract`: lists every mention the extractor finds, so that a
//! claims author can see what the checker will see, and other tools can reuse
//! the extractor (`--format json|jsonl`).
//!
//! Claims files are optional here: they only contribute entity spellings, the
//! hedge width and the event date. Without them no entity names are listed.
//! Unreadable inputs are reported and skipped; they make the exit code 2 once
//! everything readable has been printed.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::Exit;
use crate::article::{Article, ArticleError};
use crate::claims::ClaimsFile;
use crate::cli::{ExtractArgs, ExtractFormat};
use crate::extract::json::{ArticleJson, Document, LineJson, MentionJson};
use crate::extract::{ExtractOptions, Extraction, Extractor, Mention, MentionKind};
use crate::interval::Interval;

/// Longest quote text shown in the human format, in characters.
const HUMAN_TEXT_WIDTH: usize = 60;

/// Runs `factcheck extract`.
pub fn run(args: ExtractArgs, out: &mut dyn Write, err: &mut dyn Write) -> Exit {
    let claims = match super::claims::load_or_report(&args.claims, None, err) {
        Ok(claims) => claims,
        Err(exit) => return exit,
    };
    let mut options = options(&claims);
    if args.date.is_some() {
        options.date = args.date;
    }

    let paths = if args.articles.is_empty() {
        vec![PathBuf::from("seeds")]
    } else {
        args.articles
    };
    let walk = crate::walk::walk(&paths, crate::document::EXTENSIONS);
    if let Some(note) = walk.skipped_note() {
        let _ = writeln!(
            err,
            "note: skipped {note} (articles are *.txt, *.md, *.markdown, *.html, *.htm)"
        );
    }
    let (files, walk_errors) = (walk.files, walk.errors);
    let mut status = Exit::Clean;
    for e in &walk_errors {
        let _ = writeln!(err, "error: {e}");
        status = Exit::Error;
    }
    if files.is_empty() && walk_errors.is_empty() {
        let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        let _ = writeln!(err, "error: no articles found under {}", shown.join(", "));
        return Exit::Error;
    }
    let mut articles = Vec::with_capacity(files.len());
    let mut stdin_read = false;
    for path in &files {
        match read(path, &mut stdin_read) {
            Ok(article) => articles.push(article),
            // A binary file is skipped with a warning, as ripgrep does; it is not an error.
            Err(e) if e.is_skipped() => {
                let _ = writeln!(err, "warning: {e}");
            }
            Err(e) => {
                let _ = writeln!(err, "error: {e}");
                status = Exit::Error;
            }
        }
    }

    let extractor = Extractor::new(&options);
    let extractions: Vec<Extraction> = articles
        .par_iter()
        .map(|a| extractor.extract(a.prose_text()))
        .collect();
    let written = match args.format {
        ExtractFormat::Json => write_json(out, &articles, &extractions),
        ExtractFormat::Jsonl => write_jsonl(out, &articles, &extractions),
        ExtractFormat::Human => write_human(out, &articles, &extractions),
    };
    match written {
        Ok(()) => status,
        // A closed pipe (`| head`) is the reader's choice, not a failure.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => status,
        Err(e) => {
            let _ = writeln!(err, "error: cannot write output: {e}");
            Exit::Error
        }
    }
}

/// The extractor options of several claims files: all their entities, the
/// first hedge and the first date given.
fn options(claims: &[ClaimsFile]) -> ExtractOptions {
    let mut options = ExtractOptions::default();
    for (i, file) in claims.iter().enumerate() {
        let more = ExtractOptions::from_claims(file);
        if i == 0 {
            options.hedge = more.hedge;
        }
        options.date = options.date.or(more.date);
        options.entities.extend(more.entities);
        options.places.extend(more.places);
        options.speech_verbs.extend(more.speech_verbs);
    }
    options
}

/// Reads one article; `-` is stdin (read once; a second `-` is empty).
fn read(path: &Path, stdin_read: &mut bool) -> Result<Article, ArticleError> {
    if path.as_os_str() == "-" {
        if *stdin_read {
            return Article::from_bytes(path, Vec::new());
        }
        *stdin_read = true;
        return Article::read_stdin(path);
    }
    Article::read(path)
}

fn write_json(
    out: &mut dyn Write,
    articles: &[Article],
    extractions: &[Extraction],
) -> io::Result<()> {
    let paths: Vec<String> = articles.iter().map(Article::display_path).collect();
    let document = Document::new(
        articles
            .iter()
            .zip(extractions)
            .zip(&paths)
            .map(|((a, x), path)| ArticleJson::new(path, &a.text, &x.mentions))
            .collect(),
    );
    serde_json::to_writer_pretty(&mut *out, &document)?;
    writeln!(out)
}

fn write_jsonl(
    out: &mut dyn Write,
    articles: &[Article],
    extractions: &[Extraction],
) -> io::Result<()> {
    for (article, extraction) in articles.iter().zip(extractions) {
        let path = article.display_path();
        for mention in &extraction.mentions {
            let line = LineJson {
                path: &path,
                mention: MentionJson::new(&article.text, mention),
            };
            serde_json::to_writer(&mut *out, &line)?;
            writeln!(out)?;
        }
    }
    Ok(())
}

fn write_human(
    out: &mut dyn Write,
    articles: &[Article],
    extractions: &[Extraction],
) -> io::Result<()> {
    for (article, extraction) in articles.iter().zip(extractions) {
        let path = article.display_path();
        for mention in &extraction.mentions {
            let (line, column) = article.line_col(mention.span.start);
            let text = article.text.get(mention.span.clone()).unwrap_or("");
            writeln!(
                out,
                "{path}:{line}:{column}  {}  {}  {}",
                mention.kind.name(),
                one_line(text),
                describe(mention)
            )?;
        }
    }
    Ok(())
}

/// A mention's text on one line, shortened when long.
fn one_line(text: &str) -> String {
    let mut out = String::new();
    for (i, c) in text.chars().enumerate() {
        if i == HUMAN_TEXT_WIDTH {
            out.push('…');
            break;
        }
        out.push(if c.is_whitespace() { ' ' } else { c });
    }
    out
}

/// A mention's normalised value, for people.
fn describe(mention: &Mention) -> String {
    match &mention.kind {
        MentionKind::Duration(q) => format!("{} s", q.interval),
        MentionKind::Count {
            quantity,
            noun,
            unit,
        } => match (unit, noun) {
            (Some(unit), _) => format!("{} {unit}", quantity.interval),
            (None, Some(noun)) => format!("{} {noun}", quantity.interval),
            (None, None) => quantity.interval.to_string(),
        },
        MentionKind::Score { points, .. } => format!("{}-{}", points.0, points.1),
        MentionKind::Date(d) => {
            let mut parts = Vec::new();
            match d.date {
                Some(date) => parts.push(date.format("%Y-%m-%d").to_string()),
                None => {
                    if let Some(m) = d.month.and_then(|m| chrono::Month::try_from(m as u8).ok()) {
                        parts.push(m.name()[..3].to_string());
                    }
                    if let Some(day) = d.day {
                        parts.push(day.to_string());
                    }
                }
            }
            if let Some(w) = d.weekday {
                parts.push(w.to_string());
            }
            parts.join(" ")
        }
        MentionKind::Year { years, .. } => year(years),
        MentionKind::Entity { id, .. } => id.as_deref().unwrap_or("?").to_string(),
        MentionKind::Quote { speaker, .. } => match speaker {
            Some(s) => format!("speaker {s}"),
            None => "speaker unknown".to_string(),
        },
    }
}

fn year(years: &Interval) -> String {
    years.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_text_is_cut_and_kept_on_one_line() {
        let text = "a\nb".repeat(40);
        let shown = one_line(&text);
        assert!(!shown.contains('\n'));
        assert_eq!(shown.chars().count(), HUMAN_TEXT_WIDTH + 1);
        assert!(shown.ends_with('…'));
    }
}
