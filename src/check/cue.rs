//! Cue phrases matched on word stems (SPEC §2 "near", "not-near").
//!
//! A cue is stemmed word by word with the Snowball English stemmer, the same
//! one the extractor uses for [`Word::stem`], and matches a run of consecutive
//! words whose stems are equal, so `meeting` matches "meet" and `joined by`
//! matches "was joined by". Matching is on stems only: letter case and curly
//! apostrophes were folded when the words were made.

use std::ops::Range;

use rust_stemmers::{Algorithm, Stemmer};

use crate::extract::Word;

/// Which words a cue may match.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Quoted {
    /// Only words outside quotation marks (narration; SPEC rule 3).
    Outside,
    /// Any word (quote passages).
    Any,
}

/// One cue phrase, stemmed.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Cue {
    stems: Vec<String>,
}

impl Cue {
    /// Stems `phrase` word by word; `None` when it holds no word.
    pub(crate) fn new(phrase: &str) -> Option<Self> {
        let stemmer = Stemmer::create(Algorithm::English);
        let stems: Vec<String> = split_words(phrase)
            .iter()
            .map(|w| stemmer.stem(w).into_owned())
            .collect();
        (!stems.is_empty()).then_some(Cue { stems })
    }

    /// Every match inside `within` (indices into `words`), as word index ranges.
    pub(crate) fn find(
        &self,
        words: &[Word],
        within: Range<usize>,
        quoted: Quoted,
    ) -> Vec<Range<usize>> {
        let n = self.stems.len();
        let end = within.end.min(words.len());
        let mut out = Vec::new();
        if n == 0 || end < n {
            return out;
        }
        let mut i = within.start;
        while i + n <= end {
            let run = &words[i..i + n];
            let fits = run.iter().zip(&self.stems).all(|(w, s)| w.stem == *s)
                && (quoted == Quoted::Any || run.iter().all(|w| !w.quoted));
            if fits {
                out.push(i..i + n);
            }
            i += 1;
        }
        out
    }
}

/// Stems every phrase that holds a word.
pub(crate) fn cues(phrases: &[String]) -> Vec<Cue> {
    phrases.iter().filter_map(|p| Cue::new(p)).collect()
}

/// Every match of any of `cues` inside `within`.
pub(crate) fn find_any(
    cues: &[Cue],
    words: &[Word],
    within: Range<usize>,
    quoted: Quoted,
) -> Vec<Range<usize>> {
    cues.iter()
        .flat_map(|c| c.find(words, within.clone(), quoted))
        .collect()
}

/// Splits a phrase from a claims file into words as SPEC §2 defines them:
/// lower-cased, curly quotes folded, split on white space and punctuation,
/// a hyphen or en dash between letters joining one word.
pub(crate) fn split_words(phrase: &str) -> Vec<String> {
    let chars: Vec<char> = phrase.chars().collect();
    let mut out = Vec::new();
    let mut cur = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let prev_alnum = i > 0 && chars[i - 1].is_alphanumeric();
        let next_alnum = chars.get(i + 1).is_some_and(|n| n.is_alphanumeric());
        let joins = prev_alnum && next_alnum;
        match c {
            c if c.is_alphanumeric() => cur.extend(c.to_lowercase()),
            '\'' | '\u{2019}' | '\u{2018}' | '\u{02bc}' if joins => cur.push('\''),
            '-' | '\u{2010}' | '\u{2011}' | '\u{2013}' if joins => cur.push('-'),
            _ => {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// The Snowball English stem of a normalised word.
#[cfg(test)]
pub(crate) fn stem(word: &str) -> String {
    Stemmer::create(Algorithm::English).stem(word).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::fixture::words_of;

    #[test]
    fn split_folds_case_quotes_and_joins_hyphens() {
        assert_eq!(
            split_words("We’ve made—some HEADWAY."),
            ["we've", "made", "some", "headway"]
        );
        assert_eq!(
            split_words("follow-up Elmendorf–Richardson"),
            ["follow-up", "elmendorf-richardson"]
        );
        assert_eq!(split_words("  'quoted' "), ["quoted"]);
    }

    #[test]
    fn cue_matches_inflections_by_stem() {
        let words = words_of("The leaders met for a long meeting");
        let cue = Cue::new("meetings").unwrap();
        assert_eq!(
            cue.find(&words, 0..words.len(), Quoted::Outside),
            vec![6..7]
        );
        let talk = Cue::new("talk").unwrap();
        assert!(talk
            .find(&words, 0..words.len(), Quoted::Outside)
            .is_empty());
    }

    #[test]
    fn phrase_matches_consecutive_words_inside_longer_text() {
        let words = words_of("Trump was Joined By Rubio and joined later by Witkoff");
        let cue = Cue::new("joined by").unwrap();
        assert_eq!(
            cue.find(&words, 0..words.len(), Quoted::Outside),
            vec![2..4]
        );
    }

    #[test]
    fn quoted_words_are_not_narration() {
        let words = words_of("He said \"the talks failed\" after talks");
        let cue = Cue::new("talks").unwrap();
        assert_eq!(
            cue.find(&words, 0..words.len(), Quoted::Outside),
            vec![6..7]
        );
        assert_eq!(cue.find(&words, 0..words.len(), Quoted::Any).len(), 2);
    }

    #[test]
    fn search_stays_within_the_range() {
        let words = words_of("talks talks talks");
        let cue = Cue::new("talks").unwrap();
        assert_eq!(cue.find(&words, 1..2, Quoted::Outside), vec![1..2]);
    }
}
