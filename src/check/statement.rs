//! `statement` claims: whether something is so ("questions were taken").
//!
//! What it does: in a cue sentence, an `affirm` phrase says it is so and a
//! `deny` phrase says it is not; phrases match on stems like cues, outside
//! quotation marks. Overlapping matches are settled longest first, so
//! "refused to take questions" (deny) beats the "take questions" (affirm)
//! inside it. Pass: "they took questions" for `value: true`. Fail: "they
//! refused to take questions" for `value: true`.

use std::ops::Range;

use crate::claims::{Claim, Rule};
use crate::extract::Word;

use super::cue::{self, Cue, Quoted};
use super::judge::Judgement;
use super::Verdict;

/// A statement claim's stemmed phrases.
pub(crate) struct Phrases {
    affirm: Vec<Cue>,
    deny: Vec<Cue>,
}

impl Phrases {
    /// The phrases of a statement claim; `None` for other kinds.
    pub(crate) fn of(claim: &Claim) -> Option<Self> {
        match &claim.rule {
            Rule::Statement { affirm, deny, .. } => Some(Phrases {
                affirm: cue::cues(affirm),
                deny: cue::cues(deny),
            }),
            _ => None,
        }
    }

    /// Phrase matches in a sentence, `true` for affirm: longest first, overlaps dropped,
    /// returned in text order.
    pub(crate) fn matches(
        &self,
        words: &[Word],
        within: Range<usize>,
    ) -> Vec<(bool, Range<usize>)> {
        let mut all: Vec<(bool, Range<usize>)> = Vec::new();
        for (polarity, cues) in [(true, &self.affirm), (false, &self.deny)] {
            for c in cues {
                all.extend(
                    c.find(words, within.clone(), Quoted::Outside)
                        .into_iter()
                        .map(|r| (polarity, r)),
                );
            }
        }
        all.sort_by_key(|(p, r)| (std::cmp::Reverse(r.len()), r.start, !*p));
        let mut kept: Vec<(bool, Range<usize>)> = Vec::new();
        for (p, r) in all {
            if kept
                .iter()
                .all(|(_, k)| k.end <= r.start || r.end <= k.start)
            {
                kept.push((p, r));
            }
        }
        kept.sort_by_key(|(_, r)| r.start);
        kept
    }
}

/// The value as written in claims files.
pub(crate) fn show(polarity: bool) -> String {
    polarity.to_string()
}

/// A stated polarity against the claim's value; `about` is the claim's
/// question ("whether questions were taken"), used to phrase the message.
pub(crate) fn judge(about: &str, value: bool, polarity: bool) -> Judgement {
    let expected = show(value);
    let answer = |b: bool| if b { "yes" } else { "no" };
    let (verdict, message) = if value == polarity {
        (
            Verdict::Supports,
            format!("answers {} to {about}, as the claim does", answer(polarity)),
        )
    } else {
        (
            Verdict::Contradicts,
            format!(
                "answers {} to {about}; the claim answers {}",
                answer(polarity),
                answer(value)
            ),
        )
    };
    Judgement {
        verdict,
        message,
        expected: Some(expected),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::fixture::{claim, words_of};

    fn phrases() -> Phrases {
        let c = claim(
            "questions",
            Rule::Statement {
                value: Some(true),
                affirm: vec!["take questions".into(), "answered questions".into()],
                deny: vec!["refused to take questions".into(), "no questions".into()],
            },
            &["questions"],
        );
        Phrases::of(&c).unwrap()
    }

    #[test]
    fn longest_phrase_wins() {
        let w = words_of("The leaders refused to take questions from reporters");
        assert_eq!(phrases().matches(&w, 0..w.len()), vec![(false, 2..6)]);
        let w = words_of("Later they answered questions from reporters");
        assert_eq!(phrases().matches(&w, 0..w.len()), vec![(true, 2..4)]);
    }

    #[test]
    fn separate_phrases_both_count() {
        let w = words_of("He answered questions but said no questions about Ukraine");
        assert_eq!(
            phrases().matches(&w, 0..w.len()),
            vec![(true, 1..3), (false, 5..7)]
        );
    }

    #[test]
    fn quoted_phrases_are_not_narration() {
        let w = words_of("He joked \"we refused to take questions\" and answered questions");
        assert_eq!(phrases().matches(&w, 0..w.len()), vec![(true, 8..10)]);
    }

    #[test]
    fn verdict_by_polarity() {
        let about = "whether questions were taken";
        assert_eq!(judge(about, true, true).verdict, Verdict::Supports);
        let no = judge(about, true, false);
        assert_eq!(no.verdict, Verdict::Contradicts);
        assert_eq!(
            no.message,
            "answers no to whether questions were taken; the claim answers yes"
        );
        assert_eq!(judge(about, false, false).verdict, Verdict::Supports);
    }
}
