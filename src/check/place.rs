//! `place` claims: where it happened.
//!
//! What it does: a place linked to a cue in the claim's role (see
//! `link::place`) supports
//! when it is the claim's value or in `also`, contradicts when in `rivals`, and
//! is ignored otherwise. Pass: "held at the US base in Anchorage". Fail: "the
//! summit in Helsinki" when Helsinki is a rival. Not a place: "flew from
//! Moscow", "Moscow's weight".

use super::verdict::{Judgement, Verdict};

/// [`judge`]'s verdict alone.
pub(crate) fn verdict(
    value: &str,
    also: &[String],
    rivals: &[String],
    id: &str,
) -> Option<Verdict> {
    if id == value || also.iter().any(|a| a == id) {
        Some(Verdict::Supports)
    } else if rivals.iter().any(|r| r == id) {
        Some(Verdict::Contradicts)
    } else {
        None
    }
}

/// A stated place against the claim; `None` when it is neither true nor a rival.
pub(crate) fn judge(
    value: &str,
    also: &[String],
    rivals: &[String],
    id: &str,
) -> Option<Judgement> {
    let verdict = verdict(value, also, rivals, id)?;
    // Joined, not formatted: every place in every article makes these, and
    // a `format!` costs several times a join of the same pieces.
    let expected = if also.is_empty() {
        value.to_string()
    } else {
        [value, " (or ", &also.join(", "), ")"].concat()
    };
    let message = match verdict {
        Verdict::Supports => ["says ", id, "; matches ", &expected].concat(),
        _ => ["says it was in ", id, "; the claim is ", &expected].concat(),
    };
    Some(Judgement {
        verdict,
        message,
        expected: Some(expected),
    })
}

/// Whether two places can both be true: equal, or both the value or in `also`.
pub(crate) fn compatible(a: &str, b: &str, also: &[String]) -> bool {
    a == b || (also.iter().any(|x| x == a) && also.iter().any(|x| x == b))
}

#[cfg(test)]
mod tests {
    use super::*;

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
