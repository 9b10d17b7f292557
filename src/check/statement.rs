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

use super::cue::{self, Cue, Quoted, Tagged, Vocab};
use super::verdict::{Judgement, Verdict};

/// A statement claim's stemmed phrases.
pub(crate) struct Phrases {
    affirm: Vec<Cue>,
    deny: Vec<Cue>,
}

impl Phrases {
    /// The phrases of a statement claim; `None` for other kinds.
    pub(crate) fn of(claim: &Claim, vocab: &mut Vocab) -> Option<Self> {
        match &claim.rule {
            Rule::Statement { affirm, deny, .. } => Some(Phrases {
                affirm: cue::cues(affirm, vocab),
                deny: cue::cues(deny, vocab),
            }),
            _ => None,
        }
    }

    /// Phrase matches in a sentence, `true` for affirm: longest first, overlaps dropped,
    /// returned in text order.
    pub(crate) fn matches(
        &self,
        words: &Tagged<'_>,
        within: Range<usize>,
    ) -> Vec<(bool, Range<usize>)> {
        let mut all: Vec<(bool, Range<usize>)> = Vec::new();
        // (Where the sentence's cue words start, searched for once for
        // every phrase.)
        let hits = words.hits_from(within.start);
        for (polarity, cues) in [(true, &self.affirm), (false, &self.deny)] {
            for c in cues {
                all.extend(
                    c.find_from(words, hits, within.end, Quoted::Outside)
                        .into_iter()
                        .map(|r| (polarity, r)),
                );
            }
        }
        // ("No one died in the fire": a phrase that opens on a negation,
        // "no one died", takes scope over one that starts inside it, "died
        // in the fire", however long.)
        let negated = |r: &Range<usize>| {
            words[r.start].is_any(
                words.text,
                &["no", "not", "nobody", "none", "never", "neither", "nothing"],
            )
        };
        all.sort_by_key(|(p, r)| (!negated(r), std::cmp::Reverse(r.len()), r.start, !*p));
        let mut kept: Vec<(bool, Range<usize>)> = Vec::new();
        for (p, r) in all {
            if kept
                .iter()
                .all(|(_, k)| k.end <= r.start || r.end <= k.start)
            {
                kept.push((p, r));
            }
        }
        // "None of the three people aboard was hurt", "No passengers were
        // injured": a phrase whose clause opens on a negative subject says
        // the opposite of what it says alone (not "whether anyone was
        // hurt", which says nothing).
        for (p, r) in &mut kept {
            let mut k = r.start;
            while k > within.start && !words[k].punct_before && r.start - k < 10 {
                k -= 1;
            }
            let opens = k == within.start || words[k].punct_before;
            if opens
                && k < r.start
                && words[k].is_any(words.text, &["none", "nobody", "neither", "no"])
                && (k + 1..r.start).all(|j| {
                    !words[j].is_any(
                        words.text,
                        &[
                            "whether", "if", "how", "what", "who", "why", "when", "but", "and",
                            "or", "said", "says", "say", "knows", "know", "knew",
                        ],
                    )
                })
            {
                *p = !*p;
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
/// [`judge`]'s verdict alone: supports when the answers agree.
pub(crate) fn verdict(value: bool, polarity: bool) -> Verdict {
    if value == polarity {
        Verdict::Supports
    } else {
        Verdict::Contradicts
    }
}

pub(crate) fn judge(about: &str, value: bool, polarity: bool) -> Judgement {
    let expected = show(value);
    let answer = |b: bool| if b { "yes" } else { "no" };
    let (verdict, message) = if verdict(value, polarity) == Verdict::Supports {
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

    /// Statement matches of the test claim's phrases in `text`.
    fn matches(text: &str) -> Vec<(bool, Range<usize>)> {
        let c = claim(
            "questions",
            Rule::Statement {
                value: Some(true),
                affirm: vec!["take questions".into(), "answered questions".into()],
                deny: vec!["refused to take questions".into(), "no questions".into()],
            },
            &["questions"],
        );
        matches_of(&c, text)
    }

    /// Statement matches of claim `c`'s phrases in `text`.
    fn matches_of(c: &Claim, text: &str) -> Vec<(bool, Range<usize>)> {
        let w = words_of(text);
        let mut vocab = Vocab::default();
        let phrases = Phrases::of(c, &mut vocab).unwrap();
        phrases.matches(&vocab.tag(&w, text), 0..w.len())
    }

    #[test]
    fn longest_phrase_wins() {
        assert_eq!(
            matches("The leaders refused to take questions from reporters"),
            vec![(false, 2..6)]
        );
        assert_eq!(
            matches("Later they answered questions from reporters"),
            vec![(true, 2..4)]
        );
    }

    #[test]
    fn a_negation_takes_scope_over_a_longer_phrase_inside_it() {
        let c = claim(
            "no-deaths",
            Rule::Statement {
                value: Some(true),
                affirm: vec!["no one died".into()],
                deny: vec!["died in the fire".into()],
            },
            &["fire"],
        );
        assert_eq!(
            matches_of(&c, "No one died in the fire on Friday"),
            vec![(true, 0..3)]
        );
    }

    #[test]
    fn a_negative_subject_turns_the_phrase_around() {
        let claim_of = || {
            claim(
                "no-injuries",
                Rule::Statement {
                    value: Some(true),
                    affirm: vec!["nobody was hurt".into()],
                    deny: vec!["was hurt".into(), "were hurt".into()],
                },
                &["hurt"],
            )
        };
        let found = |text: &str| matches_of(&claim_of(), text);
        assert_eq!(
            found("None of the four people aboard was hurt"),
            vec![(true, 6..8)]
        );
        assert_eq!(found("No passengers were hurt"), vec![(true, 2..4)]);
        // Not a question left open, nor a clause of its own.
        assert_eq!(
            found("No one knows whether a child was hurt"),
            vec![(false, 6..8)]
        );
        assert_eq!(
            found("No ferry sailed, and a boy was hurt"),
            vec![(false, 6..8)]
        );
        assert_eq!(found("The pilot was hurt"), vec![(false, 2..4)]);
    }

    #[test]
    fn separate_phrases_both_count() {
        assert_eq!(
            matches("He answered questions but said no questions about Ukraine"),
            vec![(true, 1..3), (false, 5..7)]
        );
    }

    #[test]
    fn quoted_phrases_are_not_narration() {
        assert_eq!(
            matches("He joked \"we refused to take questions\" and answered questions"),
            vec![(true, 8..10)]
        );
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
