//! Score frames: a result, and not a score on the way to it.
//!
//! A score mention ("40-22", "a 40–22 win", "won 40 to 22") is linked to a
//! cue of the claim ("final", "win", "beat", "victory", "result") standing in
//! its clause. A running score is tied to its own words: "a 17-0 lead at
//! halftime", "trailing 17-3 at the break", "led 10-3 after the first
//! quarter" state a moment of the game, so a score with such a word beside
//! it (within three words) is no result, whatever cue the clause holds.
//!
//! | frame | reads |
//! |---|---|
//! | `clause` | "Westport beat Kingsbridge 31-24", "a 40-22 win", "the final ended 31-24"; a running score only to a cue that is itself a moment of the game ("led 2-0 at the break" for a half-time claim) |
//! | `sides` | "AET: Eastbury 3-2 Redmarsh", "3-2 — Eastbury United v Redmarsh City": the claim's two sides named in the clause, no cue; it confirms the claim, never contradicts it (a live blog names both sides with every score on the way) |
//!
//! Not linked: "from 17-3 down at half-time", "a 17-0 lead at halftime".

use std::ops::Range;

use super::{Ctx, Frame};

/// Words that make a score a moment of the game rather than its result.
const RUNNING: &[&str] = &[
    "lead",
    "leads",
    "led",
    "leading",
    "halftime",
    "half-time",
    "interval",
    "break",
    "trailing",
    "trailed",
    "trail",
    "down",
    "behind",
    "quarter",
    "period",
    "inning",
    "innings",
    "set",
    "tiebreak",
    "tie-break",
    "tiebreaker",
    "tie-breaker",
    "midway",
    "early",
    "deficit",
    // "brought the match level at 2-2", "equalised for 2-2".
    "level",
    "levelled",
    "leveled",
    "equalised",
    "equalized",
    "equaliser",
    "equalizer",
    "at",
];

/// Whether a running-score word stands within three words of the score.
pub(crate) fn running(ctx: &Ctx<'_>, m: &Range<usize>) -> bool {
    let from = m.start.saturating_sub(3).max(ctx.sentence.start);
    let to = (m.end + 3).min(ctx.sentence.end);
    (from..m.start).chain(m.end..to).any(|k| {
        // "at" only as in "at halftime", "at the break", or right before
        // the score: "rain stopped play at 4-4".
        let bare_at = ctx.is(k, &["at"])
            && !ctx.is(k + 1, &["halftime", "half-time", "the"])
            && k + 1 != m.start;
        ctx.is(k, RUNNING) && !bare_at
    })
}

/// Whether `cue` is itself a word of the running score ("half-time",
/// "break", "led"): a claim about the score at a moment of the game.
pub(crate) fn is_running_cue(ctx: &Ctx<'_>, cue: &Range<usize>) -> bool {
    // (A set is a part of the match, but a claim with the cue "sets" is
    // about its result in sets: "won in four sets".)
    cue.clone().any(|k| {
        ctx.is(k, RUNNING) && !ctx.is(k, &["at", "early", "down", "behind", "set", "sets"])
    })
}

/// The frame, if any, that ties score `m` to `cue`.
/// (Not to a cue inside the score: the "votes" of "rejected by 17 votes to
/// 28" says nothing of whose vote it was.)
pub(crate) fn link(ctx: &Ctx<'_>, m: &Range<usize>, cue: &Range<usize>) -> Option<Frame> {
    let inside = m.start <= cue.start && cue.end <= m.end;
    (!inside
        && ctx.same_clause(m.start, cue.start)
        && (!running(ctx, m) || is_running_cue(ctx, cue)))
    .then_some("clause")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(s: &str, m: &str, cue: &str) -> Option<Frame> {
        super::super::frame_of(s, m, cue, link)
    }

    #[test]
    fn results_link_and_running_scores_do_not() {
        assert_eq!(
            frame(
                "Westport beat Kingsbridge 31-24 on Saturday.",
                "31-24",
                "beat"
            ),
            Some("clause")
        );
        assert_eq!(
            frame("It was a 40-22 win for the Eagles.", "40-22", "win"),
            Some("clause")
        );
        assert_eq!(
            frame(
                "They held a 17-0 lead at halftime before the win.",
                "17-0",
                "win"
            ),
            None
        );
        assert_eq!(
            frame("They led 17-0 at halftime.", "17-0", "halftime"),
            Some("clause")
        );
        assert_eq!(
            frame(
                "They won the final from 17-3 down at half-time.",
                "17-3",
                "final"
            ),
            None
        );
    }
}
