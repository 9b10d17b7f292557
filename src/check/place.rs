//! `place` claims: where it happened.
//!
//! What it does: a place counts only as the object of "in", "at" or "to"
//! (at most four words between, no punctuation) in a cue sentence. It supports
//! when it is the claim's value or in `also`, contradicts when in `rivals`, and
//! is ignored otherwise. Pass: "held at the US base in Anchorage". Fail: "the
//! summit in Helsinki" when Helsinki is a rival. Not a place: "flew from
//! Moscow", "Moscow's weight".

use std::ops::Range;

use crate::extract::Word;

use super::verdict::{Judgement, Verdict};

const PREPOSITIONS: &[&str] = &["in", "at", "to"];

/// Prepositions that open a phrase of their own: a place after one of them is
/// its object, not the object of an earlier "in/at/to" ("willingness to deal
/// with Moscow", "flew to Alaska from Moscow"). "of" is not among them: "in the
/// Alaskan city of Anchorage" is still in Anchorage.
const BLOCKERS: &[&str] = &[
    "about", "across", "after", "against", "among", "around", "before", "behind", "beside",
    "besides", "between", "beyond", "by", "despite", "during", "for", "from", "into", "like",
    "near", "on", "onto", "over", "since", "than", "through", "toward", "towards", "under",
    "until", "versus", "via", "with", "within", "without",
];

/// Whether the word at `first` is the object of "in", "at" or "to": the
/// preposition at most four words before it, no punctuation in between.
pub(crate) fn is_object(words: &[Word], text: &str, sentence: Range<usize>, first: usize) -> bool {
    for k in 1..=5 {
        if first < sentence.start + k || words[first - k + 1].punct_before {
            return false;
        }
        let word = words[first - k].norm(text);
        let word = word.as_ref();
        if PREPOSITIONS.contains(&word) {
            return true;
        }
        if BLOCKERS.contains(&word) {
            return false;
        }
    }
    false
}

/// A stated place against the claim; `None` when it is neither true nor a rival.
pub(crate) fn judge(
    value: &str,
    also: &[String],
    rivals: &[String],
    id: &str,
) -> Option<Judgement> {
    let expected = if also.is_empty() {
        value.to_string()
    } else {
        format!("{value} (or {})", also.join(", "))
    };
    if id == value || also.iter().any(|a| a == id) {
        Some(Judgement {
            verdict: Verdict::Supports,
            message: format!("says {id}; matches {expected}"),
            expected: Some(expected),
        })
    } else if rivals.iter().any(|r| r == id) {
        Some(Judgement {
            verdict: Verdict::Contradicts,
            message: format!("says it was in {id}; the claim is {expected}"),
            expected: Some(expected),
        })
    } else {
        None
    }
}

/// Whether two places can both be true: equal, or both the value or in `also`.
pub(crate) fn compatible(a: &str, b: &str, also: &[String]) -> bool {
    a == b || (also.iter().any(|x| x == a) && also.iter().any(|x| x == b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::fixture::words_of;

    fn object(sentence: &str, place: &str) -> bool {
        let words = words_of(sentence);
        let at = words
            .iter()
            .position(|w| w.norm(sentence) == place)
            .unwrap();
        is_object(&words, sentence, 0..words.len(), at)
    }

    #[test]
    fn object_of_in_at_to() {
        assert!(object("The summit was held in Helsinki", "helsinki"));
        assert!(object("They met at the US base in Anchorage", "anchorage"));
        assert!(object("in the Alaskan city of Anchorage", "anchorage"));
        assert!(object("He travelled to Moscow", "moscow"));
        assert!(!object("He flew from Moscow", "moscow"));
        assert!(!object("a willingness to deal with Moscow", "moscow"));
        assert!(!object("He flew to Alaska from Moscow", "moscow"));
        assert!(!object("Moscow's weight was felt", "moscow's"));
        assert!(
            !object("in the far and remote city Anchorage", "anchorage"),
            "five words between"
        );
        assert!(
            !object("He was in, he said, Anchorage", "anchorage"),
            "punctuation between"
        );
    }

    #[test]
    fn value_also_and_rivals() {
        let also = vec!["alaska".to_string()];
        let rivals = vec!["helsinki".to_string()];
        let j = |id| judge("anchorage", &also, &rivals, id).map(|j| j.verdict);
        assert_eq!(j("anchorage"), Some(Verdict::Supports));
        assert_eq!(j("alaska"), Some(Verdict::Supports));
        assert_eq!(j("helsinki"), Some(Verdict::Contradicts));
        assert_eq!(j("moscow"), None);
        assert!(compatible("alaska", "alaska", &also));
        assert!(!compatible("alaska", "helsinki", &also));
    }
}
