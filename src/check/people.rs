//! `people` claims: who was there.
//!
//! What it does: in a cue sentence, each person the sentence names (an entity
//! that no place claim names) is one candidate. A person in `value` supports;
//! anyone else contradicts, and an `absent` person says so. One finding per
//! named person, so the underline sits on the name that is wrong.
//! Pass: "Trump was joined by Rubio". Fail: "Zelenskyy joined the talks"
//! when `absent: [zelenskyy]`. Without `value`, only `absent` people are
//! problems: presence is not exclusive, so there is no consensus to find.

use super::verdict::{Judgement, Verdict};

/// A named person against the claim.
/// [`judge`]'s verdict alone.
pub(crate) fn verdict(value: Option<&[String]>, absent: &[String], id: &str) -> Verdict {
    let present = match value {
        Some(v) => v.iter().any(|p| p == id),
        None => true,
    };
    if present && !absent.iter().any(|a| a == id) {
        Verdict::Supports
    } else {
        Verdict::Contradicts
    }
}

pub(crate) fn judge(value: Option<&[String]>, absent: &[String], id: &str) -> Judgement {
    let expected = value.map(|v| v.join(", "));
    let verdict_message = if absent.iter().any(|a| a == id) {
        (
            Verdict::Contradicts,
            format!("names {id} as present; {id} was not there"),
        )
    } else {
        match value {
            Some(v) if v.iter().any(|p| p == id) => {
                (Verdict::Supports, format!("names {id}, who was there"))
            }
            Some(v) => (
                Verdict::Contradicts,
                format!("names {id}, who is not among {}", v.join(", ")),
            ),
            None => (Verdict::Supports, format!("names {id}")),
        }
    };
    Judgement {
        verdict: verdict_message.0,
        message: verdict_message.1,
        expected,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn present_absent_and_others() {
        let value = vec!["trump".to_string(), "putin".to_string()];
        let absent = vec!["zelenskyy".to_string()];
        assert_eq!(
            judge(Some(&value), &absent, "putin").verdict,
            Verdict::Supports
        );
        let j = judge(Some(&value), &absent, "zelenskyy");
        assert_eq!(j.verdict, Verdict::Contradicts);
        assert!(j.message.contains("was not there"), "{}", j.message);
        let j = judge(Some(&value), &absent, "rubio");
        assert_eq!(j.verdict, Verdict::Contradicts);
        assert!(
            j.message.contains("not among trump, putin"),
            "{}",
            j.message
        );
        assert_eq!(judge(None, &absent, "rubio").verdict, Verdict::Supports);
        assert_eq!(
            judge(None, &absent, "zelenskyy").verdict,
            Verdict::Contradicts
        );
    }

    #[test]
    fn the_verdict_alone_is_the_judgements() {
        let value = vec!["trump".to_string(), "putin".to_string()];
        let absent = vec!["zelenskyy".to_string()];
        for value in [Some(value.as_slice()), None] {
            for id in ["putin", "zelenskyy", "rubio"] {
                assert_eq!(
                    verdict(value, &absent, id),
                    judge(value, &absent, id).verdict
                );
            }
        }
    }
}
