//! `factcheck explain`: for each sentence of an article (or the one on a
//! line), every mention with its normalised value and what became of it: the
//! claim it went to and the link (the frame and cue, or sentence-only), or
//! why it went nowhere. It prints what attribution recorded while it ran, so
//! what it says is what `report` did.

use std::io::{self, Write};
use std::path::PathBuf;

use super::Exit;
use crate::article::Article;
use crate::cli::ExplainArgs;

/// Runs `factcheck explain`.
pub fn run(args: ExplainArgs, out: &mut dyn Write, err: &mut dyn Write) -> Exit {
    let (path, line) = split_line(&args.article);
    let claims = match super::claims::load_or_report(&args.claims, Some("claims"), err) {
        Ok(claims) => claims,
        Err(exit) => return exit,
    };
    let article = match Article::read(&path) {
        Ok(a) => a,
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            return Exit::Error;
        }
    };
    let written = write(out, &article, &claims, line);
    match written {
        Ok(()) => Exit::Clean,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Exit::Clean,
        Err(e) => {
            let _ = writeln!(err, "error: cannot write output: {e}");
            Exit::Error
        }
    }
}

/// `path:LINE` → (path, Some(LINE)); a path that merely holds a colon stays whole.
fn split_line(arg: &str) -> (PathBuf, Option<usize>) {
    if let Some((path, line)) = arg.rsplit_once(':') {
        if let Ok(n) = line.parse::<usize>() {
            if !path.is_empty() {
                return (PathBuf::from(path), Some(n));
            }
        }
    }
    (PathBuf::from(arg), None)
}

fn write(
    out: &mut dyn Write,
    article: &Article,
    claims: &[crate::claims::ClaimsFile],
    line: Option<usize>,
) -> io::Result<()> {
    let text = &article.text;
    for file in claims {
        if claims.len() > 1 {
            writeln!(out, "== {}", file.path.display())?;
        }
        let mut any = false;
        for s in crate::check::explain(file, text) {
            let (first, _) = article.line_col(s.span.start);
            let (last, _) = article.line_col(s.span.end.saturating_sub(1).max(s.span.start));
            if line.is_some_and(|l| l < first || l > last) {
                continue;
            }
            any = true;
            let sentence = text.get(s.span.clone()).unwrap_or("");
            writeln!(
                out,
                "{}:{first}: {}",
                article.display_path(),
                clip(sentence, 100)
            )?;
            for (kind, span, value, fate) in &s.mentions {
                let said = text.get(span.clone()).unwrap_or("");
                writeln!(out, "  {kind} “{}” = {value}  {fate}", clip(said, 60))?;
            }
        }
        if !any {
            match line {
                Some(l) => writeln!(
                    out,
                    "{}:{l}: no mention on this line",
                    article.display_path()
                )?,
                None => writeln!(out, "{}: no mentions", article.display_path())?,
            }
        }
    }
    Ok(())
}

/// `s` on one line, cut to `width` characters with an ellipsis.
fn clip(s: &str, width: usize) -> String {
    let one: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if one.chars().count() <= width {
        return one;
    }
    let mut cut: String = one.chars().take(width - 1).collect();
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_number_is_split_off_the_path() {
        assert_eq!(split_line("a.txt:12"), (PathBuf::from("a.txt"), Some(12)));
        assert_eq!(split_line("a.txt"), (PathBuf::from("a.txt"), None));
        assert_eq!(split_line("c:x.txt"), (PathBuf::from("c:x.txt"), None));
    }

    #[test]
    fn long_sentences_are_clipped_on_one_line() {
        assert_eq!(clip("a\nb", 10), "a b");
        assert_eq!(clip("abcdef", 4), "abc…");
    }
}
