//! Sentences and headline lines: the unit cue attribution works in (SPEC rule 2).
//!
//! `sentence := words (terminator closer* | end-of-line | blank-line)`
//!
//! Sentence breaks can only fall between two words, so the segmenter looks at
//! each gap between neighbouring words and decides whether it ends a sentence:
//!
//! - a blank line (or a line holding no word at all) always does, and starts a
//!   new paragraph;
//! - a single line break does, and starts a new paragraph, unless the line ends
//!   in a comma, colon, semicolon, dash or opening mark, which runs on into the
//!   next line ("Trump admitted they fell short of a breakthrough:" followed by
//!   the quote). A line ending in no punctuation at all is a headline, dateline
//!   or caption and is its own sentence. An abbreviation at the very end of a
//!   line does not hold the line open: in scraped news text a line is a
//!   paragraph, and "… visit to the U.S." ends one;
//! - within a line, `.`, `!`, `?` or `…` followed by white space or a closing
//!   quote or bracket does, except a `.` after an abbreviation ("U.S.", "Mr.",
//!   "Sept.", "a.m.", a single capital as in "John F. Kennedy").
//!
//! Paragraphs therefore change at every line break that ends a sentence, not
//! only at blank lines: most scraped articles put one paragraph per line.

use super::words::is_space;
use super::{Sentence, Word};

/// Abbreviations whose period does not end a sentence (SPEC §2), without the final period.
const ABBREVIATIONS: &[&str] = &[
    "U.S", "U.K", "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Gen", "Sen", "Rep", "Gov", "Jan", "Feb",
    "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "vs", "a.m",
    "p.m", "A.M", "P.M", "e.g", "i.e", "etc",
    // Titles before a name, which never end a sentence either ("Lt. Cmdr.
    // Rhea Villaflor told reporters"): beyond SPEC §2's list, as a reader reads.
    "Lt", "Col", "Capt", "Cmdr", "Sgt", "Maj", "Adm", "Brig", "Cpl", "Pvt", "Prof", "Rev", "Supt",
    "Insp", "Det", "Fr", "Hon",
];

/// Longest run of words read as one sentence before a punctuation gap ends it
/// anyway (real sentences have tens of words; SPEC §2 has no such limit, but
/// a sentence of a million words is hostile input, not news).
pub const MAX_SENTENCE_WORDS: usize = 1000;

/// How the gap between two words ends a sentence, if it does.
#[derive(Debug, PartialEq)]
struct Break {
    /// Where the ending sentence's span ends (after its terminator and closers).
    end: usize,
    /// Whether the next sentence starts a new paragraph.
    paragraph: bool,
}

/// Splits `text` into sentences covering every word, in order.
pub fn segment(text: &str, words: &[Word]) -> Vec<Sentence> {
    // (News sentences run to about twenty words: sized once, not grown.)
    let mut out = Vec::with_capacity(words.len() / 12 + 1);
    let Some(first) = words.first() else {
        return out;
    };
    let mut first_word = 0;
    let mut start = span_start(text, first.span.start);
    let mut paragraph = 0;
    for i in 0..words.len() {
        let end = words[i].span.end;
        let brk = match words.get(i + 1) {
            Some(next) => gap_break(text, end, next.span.start),
            None => Some(Break {
                end: end + trailing_on_line(text, end),
                paragraph: false,
            }),
        };
        // A "sentence" of thousands of words is no prose (a hostile one-line
        // file with no full stop): it ends at the next punctuation gap past
        // MAX_SENTENCE_WORDS, or anywhere past twice that, so that work done
        // per sentence (cues × mentions) stays bounded.
        let long = i + 1 - first_word;
        let brk = match brk {
            Some(brk) => brk,
            None if long >= MAX_SENTENCE_WORDS
                && words
                    .get(i + 1)
                    .is_some_and(|next| long >= 2 * MAX_SENTENCE_WORDS || next.punct_before) =>
            {
                Break {
                    end,
                    paragraph: false,
                }
            }
            None => continue,
        };
        out.push(Sentence {
            span: start..brk.end,
            words: first_word..i + 1,
            paragraph,
        });
        if let Some(next) = words.get(i + 1) {
            first_word = i + 1;
            start = span_start(text, next.span.start).max(brk.end);
            if brk.paragraph {
                paragraph += 1;
            }
        }
    }
    out
}

/// A sentence span starts at its first word, or at the opening marks glued to it.
fn span_start(text: &str, word_start: usize) -> usize {
    let mut start = word_start;
    for (i, c) in text[..word_start].char_indices().rev() {
        if is_opening(c) {
            start = i;
        } else {
            break;
        }
    }
    start
}

/// Bytes of non-space text right after `pos` up to the end of its line, trimmed.
fn trailing_on_line(text: &str, pos: usize) -> usize {
    let rest = &text[pos..];
    let line = rest.split('\n').next().unwrap_or("");
    line.trim_end_matches(is_space).len()
}

/// Decides whether the gap `text[a..b]` between two words ends a sentence.
fn gap_break(text: &str, a: usize, b: usize) -> Option<Break> {
    // Most gaps are one space or a comma and a space: nothing to decide, and
    // the bytes answer that without slicing the text on char boundaries (a
    // single space, most of all, without a loop).
    let bytes = text.as_bytes();
    if b == a + 1 && bytes[a] == b' ' {
        return None;
    }
    if bytes[a..b]
        .iter()
        .all(|c| matches!(c, b' ' | b',' | b'\t' | b';' | b'(' | b')'))
    {
        return None;
    }
    let gap = &text[a..b];
    if let Some(nl) = gap.find('\n') {
        let tail = gap[..nl].trim_end_matches(is_space);
        let end = a + tail.len();
        if gap[nl + 1..].contains('\n') {
            return Some(Break {
                end,
                paragraph: true,
            });
        }
        let last = tail.chars().next_back();
        // A straight quote mark opens only after white space or at a line
        // start ('said: "' runs on into the quote); after anything else it
        // closes one ('understanding."'), and the line ends there.
        let closing_straight = matches!(last, Some('"' | '\'')) && {
            let before = text[..end - 1].chars().next_back();
            before.is_some_and(|p| !is_space(p))
        };
        return match last {
            Some(c) if runs_on(c) && !closing_straight => None,
            _ => Some(Break {
                end,
                paragraph: true,
            }),
        };
    }
    let mut chars = gap.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !is_terminator(c) {
            continue;
        }
        let mut j = i + c.len_utf8();
        let mut dots = usize::from(c == '.');
        while let Some(&(k, d)) = chars.peek() {
            if !is_terminator(d) {
                break;
            }
            dots += usize::from(d == '.');
            j = k + d.len_utf8();
            chars.next();
        }
        let closers = gap[j..]
            .char_indices()
            .find(|&(_, d)| !is_closing(d))
            .map_or(gap.len() - j, |(k, _)| k);
        let followed = &gap[j + closers..];
        let ok = closers > 0 || followed.starts_with(is_space);
        if !ok {
            continue;
        }
        if c == '.' && dots == 1 && i == 0 && is_abbreviation(text, a) {
            continue;
        }
        return Some(Break {
            end: a + j + closers,
            paragraph: false,
        });
    }
    None
}

/// Whether the run of non-space text ending at `dot` (the period's offset) is an abbreviation.
fn is_abbreviation(text: &str, dot: usize) -> bool {
    let before = &text[..dot];
    let run_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| is_space(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let run = before[run_start..].trim_start_matches(|c: char| !c.is_alphanumeric());
    if ABBREVIATIONS.contains(&run) {
        return true;
    }
    // Single capitals and dotted initialisms: "F.", "U.N.", "D.C.".
    run.split('.').all(|part| {
        let mut cs = part.chars();
        matches!((cs.next(), cs.next()), (Some(c), None) if c.is_alphabetic())
    }) && run.chars().next().is_some_and(|c| c.is_uppercase())
}

/// Sentence-ending punctuation.
fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// Closing quotes and brackets that may follow a terminator.
fn is_closing(c: char) -> bool {
    matches!(c, '”' | '’' | '"' | '\'' | '»' | ')' | ']' | '}')
}

/// Opening quotes and brackets that belong to the word after them.
fn is_opening(c: char) -> bool {
    matches!(c, '“' | '‘' | '"' | '\'' | '«' | '„' | '(' | '[' | '{')
}

/// A line ending in one of these continues on the next line.
fn runs_on(c: char) -> bool {
    matches!(c, ',' | ':' | ';' | '-' | '–' | '—') || is_opening(c)
}

#[cfg(test)]
mod tests {
    use super::super::words::tokenize;
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        let words = tokenize(text, &[]);
        segment(text, &words)
            .into_iter()
            .map(|s| &text[s.span])
            .collect()
    }

    fn paragraphs(text: &str) -> Vec<usize> {
        let words = tokenize(text, &[]);
        segment(text, &words)
            .into_iter()
            .map(|s| s.paragraph)
            .collect()
    }

    #[test]
    fn ends_at_terminators_followed_by_space() {
        assert_eq!(
            sentences("The talks ended. Was it a deal? No! Then what"),
            ["The talks ended.", "Was it a deal?", "No!", "Then what"]
        );
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        assert_eq!(
            sentences("Putin’s U.S. Visit Ends. Mr. Smith met Gen. Jones at 9 a.m. on Sept. 5 with John F. Kennedy Jr. present. Done."),
            [
                "Putin’s U.S. Visit Ends.",
                "Mr. Smith met Gen. Jones at 9 a.m. on Sept. 5 with John F. Kennedy Jr. present.",
                "Done."
            ]
        );
        assert_eq!(
            sentences(
                "“It went over,” said Lt. Cmdr. Rhea Cruz of the coast guard. Capt. Ruiz agreed."
            ),
            [
                "“It went over,” said Lt. Cmdr. Rhea Cruz of the coast guard.",
                "Capt. Ruiz agreed."
            ]
        );
    }

    #[test]
    fn dotted_initialisms_are_abbreviations() {
        assert_eq!(
            sentences("They met at the U.N. headquarters in Washington, D.C. yesterday."),
            ["They met at the U.N. headquarters in Washington, D.C. yesterday."]
        );
    }

    #[test]
    fn a_period_inside_a_number_or_a_word_does_not_end() {
        assert_eq!(
            sentences("It lasted 2.5 hours.Really it did. See example.com now."),
            ["It lasted 2.5 hours.Really it did.", "See example.com now."]
        );
    }

    #[test]
    fn closing_quotes_stay_with_the_sentence_they_end() {
        assert_eq!(
            sentences("He said: “Next time, in Moscow.” Trump laughed. “Fine,” he said."),
            [
                "He said: “Next time, in Moscow.”",
                "Trump laughed.",
                "“Fine,” he said."
            ]
        );
    }

    #[test]
    fn a_line_without_punctuation_is_its_own_sentence() {
        let text = "Putin Alaska summit\n6 min read\nThe talks ended after three hours.";
        assert_eq!(
            sentences(text),
            [
                "Putin Alaska summit",
                "6 min read",
                "The talks ended after three hours."
            ]
        );
        assert_eq!(paragraphs(text), [0, 1, 2]);
    }

    #[test]
    fn a_line_ending_in_a_colon_or_comma_runs_on() {
        let text = "Trump admitted they fell short:\n“We haven’t got there.”\nHe said,\nno more.";
        assert_eq!(
            sentences(text),
            [
                "Trump admitted they fell short:\n“We haven’t got there.”",
                "He said,\nno more."
            ]
        );
        assert_eq!(paragraphs(text), [0, 1]);
    }

    #[test]
    fn a_line_ending_in_a_closing_straight_quote_ends_there() {
        // Regression: `."` at a line end was read as an opening mark, so the
        // next line's "Trump told reporters" became this quote's speaker.
        let text =
            "Putin said: \"We agree.\"\n\"No deal,\" Trump told reporters.\nHe said: \"\nyes.\"";
        assert_eq!(
            sentences(text),
            [
                "Putin said: \"We agree.\"",
                "\"No deal,\" Trump told reporters.",
                "He said: \"\nyes.\""
            ]
        );
    }

    #[test]
    fn a_blank_line_always_ends_a_sentence() {
        let text = "Post-summit statements diverged:\n\nTrump left\r\n \u{a0}\r\nand Putin stayed";
        assert_eq!(
            sentences(text),
            [
                "Post-summit statements diverged:",
                "Trump left",
                "and Putin stayed"
            ]
        );
        assert_eq!(paragraphs(text), [0, 1, 2]);
    }

    #[test]
    fn an_abbreviation_at_the_end_of_a_line_still_ends_it() {
        assert_eq!(
            sentences("His first visit to the U.S.\nIt was warm."),
            ["His first visit to the U.S.", "It was warm."]
        );
    }

    #[test]
    fn an_ellipsis_ends_a_sentence() {
        assert_eq!(
            sentences("in the works… They will not. Wait... what"),
            ["in the works…", "They will not.", "Wait...", "what"]
        );
    }

    #[test]
    fn sentences_cover_every_word_once() {
        let text = "A. B. “C?” D\n\n(E) f";
        let words = tokenize(text, &[]);
        let sents = segment(text, &words);
        let mut next = 0;
        for s in &sents {
            assert_eq!(s.words.start, next);
            assert!(s.words.end > s.words.start);
            next = s.words.end;
        }
        assert_eq!(next, words.len());
    }

    #[test]
    fn a_sentence_without_end_is_cut_past_the_word_limit() {
        let text = "the talks, lasted ".repeat(MAX_SENTENCE_WORDS);
        let found = sentences(&text);
        assert!(found.len() >= 2, "{}", found.len());
        // Cut at a punctuation gap (before the comma), not inside a clause.
        assert!(
            found[0].ends_with("the talks"),
            "{:?}",
            &found[0][found[0].len() - 20..]
        );
        let no_punct = "word ".repeat(2 * MAX_SENTENCE_WORDS + 10);
        assert_eq!(sentences(&no_punct).len(), 2);
    }

    #[test]
    fn no_words_no_sentences() {
        assert!(sentences(" \n — … \n").is_empty());
    }
}
