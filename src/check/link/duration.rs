//! Duration frames: how news states how long something lasted.
//!
//! | frame | reads |
//! |---|---|
//! | `adjective` | "a three-hour meeting", "the 100-minute closed-door talks" |
//! | `of` | "three hours of talks", "nearly two hours of closed-door talks" |
//! | `cue of` | "a meeting of three hours", "talks lasting three hours" |
//! | `for` | "met for three hours", "talked behind closed doors for 90 minutes" |
//! | `verb` | "the talks lasted/ran/went on for/stretched to three hours", "the meeting was three hours long", "the summit ended after less than three hours", a cue that is the verb itself: "ran 2:09:40", "clocked 2:09:04", "won in 2:09:04" |
//! | `fronted` | "For nearly three hours, the two leaders talked" |
//! | `spent` | "spent three hours in talks" |
//! | `in` | "up to three years in prison", "ten years behind bars" |
//! | `into` | "scored 7:41 into overtime", "eight minutes into the second half" (only a claim of how far into something takes it: see `moment_after`) |
//! | `ellipsis` | "the talks lasted three hours and the statements 12 minutes" |
//!
//! Not linked: "a week of summits and meetings" (the of-phrase lists events:
//! the span of a series, not of one), "the two-day visit" (its head is
//! another event), "in ten years" (a relative year, kept out before linking).

use std::ops::Range;

use super::{Ctx, Frame, AUX, DETERMINERS, FUNCTION};

/// Verbs that state a length of time, as written.
const VERBS: &[&str] = &[
    "last",
    "lasts",
    "lasted",
    "lasting",
    "run",
    "runs",
    "ran",
    "running",
    "go",
    "goes",
    "went",
    "going",
    "stretch",
    "stretches",
    "stretched",
    "stretching",
    "take",
    "takes",
    "took",
    "taking",
    "taken",
    "continue",
    "continues",
    "continued",
    "continuing",
    "drag",
    "dragged",
    "dragging",
    "extend",
    "extended",
    "extending",
    "span",
    "spanned",
    "spanning",
    "end",
    "ends",
    "ended",
    "ending",
    "wrap",
    "wrapped",
    "broke",
    "conclude",
    "concluded",
    "finish",
    "finished",
    "clock",
    "clocked",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "last",
    "totalled",
    "totaled",
    "overran",
    "exceeded",
    "stretch",
    "persisted",
];

/// Words between such a verb and the duration: "went on for", "wrapped up after".
const PARTICLES: &[&str] = &[
    "on", "for", "to", "into", "over", "past", "after", "up", "just", "only", "barely", "well",
    "some", "roughly", "out", "beyond", "longer", "than", "a", "an", "the",
];

/// Whether the duration is written as an adjective: "12-hour", "two-and-a-half-hour".
fn adjectival(ctx: &Ctx<'_>, m: &Range<usize>) -> bool {
    let last = m.end - 1;
    let w = &ctx.words[last];
    let norm = ctx.norm(last);
    (w.dashed && !norm.ends_with('s')) || norm.ends_with("-long")
}

/// Whether duration `m` opens a list line whose label names `cue` as what
/// lasted that long: "48 hours - the length of the general strike", "19
/// minutes - how long the bidding lasted", "52 hours: the search". The
/// label runs from the dash or colon to the cue in at most eight words,
/// with no punctuation and no other verb.
fn labels(ctx: &Ctx<'_>, m: &Range<usize>, cue: &Range<usize>) -> bool {
    if !ctx.opens_list_line(m) || cue.start < m.end || cue.start > m.end + 8 {
        return false;
    }
    (m.end..cue.start).all(|k| {
        (k == m.end || !ctx.punct_before(k))
            && (!ctx.is(k, &FUNCTION)
                || ctx.is(k, &DETERMINERS)
                || ctx.is(k, &["of", "how", "for"]))
            && !ctx.finite_verb(k)
            && !ctx.is_event_noun(k)
    }) && (cue.start == m.end || !ctx.punct_before(cue.start))
}

/// The frame, if any, that ties duration `m` to cue `cue` (word ranges).
pub(crate) fn link(ctx: &Ctx<'_>, m: &Range<usize>, cue: &Range<usize>) -> Option<Frame> {
    if labels(ctx, m, cue) {
        return Some("label");
    }
    if !ctx.same_clause(m.start, cue.start) {
        return None;
    }
    if cue.start >= m.end {
        // The duration before its cue.
        let gap = cue.start - m.end;
        if adjectival(ctx, m) && gap <= 2 && ctx.tight(m.end - 1, cue.start) {
            let between_free =
                (m.end..cue.start).all(|k| !ctx.is(k, &FUNCTION) && !ctx.is_event_noun(k));
            if between_free {
                return Some("adjective");
            }
        }
        // "scored 7:41 into overtime", "eight minutes into the second
        // half": how far into it (the cue, or the cue "into overtime").
        let into = (gap == 0 && ctx.is(cue.start, &["into"]))
            || (ctx.is(m.end, &["into"])
                && (1..=2).contains(&gap)
                && (m.end + 1..cue.start).all(|k| ctx.is(k, &DETERMINERS)));
        if into && (m.end..cue.end).all(|k| !ctx.punct_before(k)) {
            return Some("into");
        }
        if ctx.is(m.end, &["of"]) && ctx.tight(m.end - 1, cue.start) && gap <= 4 {
            let between_free = (m.end + 1..cue.start).all(|k| {
                ctx.is(k, &DETERMINERS) || !(ctx.is(k, &FUNCTION) || ctx.is_event_noun(k))
            });
            if between_free && !lists_events(ctx, cue) {
                return Some("of");
            }
        }
        if m.start > ctx.sentence.start && ctx.is(m.start - 1, &["for", "after"]) {
            let first = m.start - 1 == ctx.sentence.start
                || ctx.punct_before(m.start - 1)
                    && ctx
                        .gap(m.start - 1)
                        .contains(['.', '!', '?', ':', ';', '-', '—']);
            if first && gap <= 10 {
                return Some("fronted");
            }
        }
        if m.start > ctx.sentence.start
            && ctx.is(m.start - 1, &["spent", "spend", "spends", "spending"])
        {
            let after = m.end;
            if ctx.is(after, &["in", "on", "at"]) && cue.start > after && cue.start - after <= 3 {
                return Some("spent");
            }
        }
        // "three years in prison", "ten years behind bars"
        if gap == 1 && ctx.is(m.end, &["in", "behind"]) && ctx.tight(m.end - 1, cue.start) {
            return Some("in");
        }
        return None;
    }
    if cue.end > m.start {
        return None;
    }
    // The cue before its duration.
    let gap = m.start - cue.end;
    // A verb cue said of another event: "won a race that lasted just under
    // two hours" is the race's length.
    if cue.len() == 1 && ctx.is(cue.start, VERBS) && cue.start > ctx.sentence.start {
        let mut k = cue.start - 1;
        if ctx.is(k, &["that", "which"]) && k > ctx.sentence.start {
            k -= 1;
        }
        if ctx.is_event_noun(k) && !ctx.is_cue_word(k) {
            return None;
        }
    }
    if gap == 1 && ctx.tight(cue.end - 1, m.start) {
        let between = cue.end..m.start;
        if between.clone().all(|k| {
            ctx.is(
                k,
                &[
                    "of",
                    "lasting",
                    "spanning",
                    "running",
                    "totalling",
                    "totaling",
                ],
            )
        }) {
            return Some("cue of");
        }
    }
    // "Arvida ran 2:09:40", "clocked 2:09:04", "won in 2:09:04": the cue is
    // the verb whose length or time the duration is.
    if gap == 0 && ctx.tight(cue.end - 1, m.start) {
        let last = cue.end - 1;
        let w = ctx.norm(last);
        let verb = (ctx.is(last, VERBS) && !determined_last(ctx, last))
            || ctx.is(last, &["in", "at"])
            || (w.len() > 4 && w.ends_with("ed") && cue.start > ctx.sentence.start);
        if verb {
            return Some("verb");
        }
    }
    // "the talks lasted three hours and the statements 12 minutes": the verb
    // of an earlier clause, left out of the second.
    if gap == 0 && ctx.tight(cue.end - 1, m.start) {
        let mut k = cue.start;
        while k > ctx.sentence.start + 1 && ctx.is(k - 1, &DETERMINERS) {
            k -= 1;
        }
        let coordinated = k > ctx.sentence.start && ctx.is(k - 1, &["and"]);
        if coordinated && (ctx.sentence.start..k).any(|j| ctx.is(j, VERBS)) {
            return Some("ellipsis");
        }
    }
    if gap >= 1 && ctx.is(m.start - 1, &["for"]) && gap <= 7 {
        let clean = (cue.end..m.start - 1).all(|k| !ctx.is_event_noun(k) && !ctx.is(k, &[";"]));
        if clean && (cue.end..m.start).all(|k| ctx.same_clause(cue.start, k)) {
            return Some("for");
        }
    }
    // "the talks [, held in Busan,] lasted [on for] D"
    if gap <= 14 {
        let verb = (cue.end..m.start).rev().find(|&k| ctx.is(k, VERBS))?;
        if determined_last(ctx, verb) {
            return None;
        }
        let after = (verb + 1..m.start).all(|k| ctx.is(k, PARTICLES) || ctx.is(k, &AUX));
        let before = (cue.end..verb).all(|k| {
            !ctx.is_event_noun(k) && ctx.same_clause(cue.start, k) && !ctx.is(k, &["and", "or"])
        });
        if after && before && m.start - verb <= 4 {
            return Some("verb");
        }
    }
    None
}

/// Whether word `k` is "last" after a determiner: "in the last 12 months"
/// is a span back from now, no verb of lasting.
fn determined_last(ctx: &Ctx<'_>, k: usize) -> bool {
    ctx.is(k, &["last"])
        && k > ctx.sentence.start
        && !ctx.punct_before(k)
        && ctx.is(k - 1, &DETERMINERS)
}

/// Whether the cue, as the object of "of", is one of a list of events
/// ("a week of summits and meetings"): the span of a series, not of one.
fn lists_events(ctx: &Ctx<'_>, cue: &Range<usize>) -> bool {
    let joined = |k: usize| ctx.is(k, &["and", "or"]);
    let event = |k: usize| ctx.is_event_noun(k);
    (cue.start >= 2 && joined(cue.start - 1) && event(cue.start - 2))
        || (joined(cue.end) && event(cue.end + 1))
        || (ctx.in_sentence(cue.end) && ctx.gap(cue.end).contains(',') && event(cue.end))
}

/// The word the duration is tied to when no cue is there: the noun after an
/// adjectival duration ("visit" in "the two-day visit") or the object of its
/// "of" ("campaigning" in "a week of campaigning").
pub(crate) fn head(ctx: &Ctx<'_>, m: &Range<usize>) -> Option<usize> {
    let next = m.end;
    if !ctx.in_sentence(next) || ctx.punct_before(next) {
        return None;
    }
    if adjectival(ctx, m) && !ctx.is(next, &FUNCTION) {
        return Some(next);
    }
    if ctx.is(next, &["of"]) {
        let k = (next + 1..ctx.sentence.end)
            .take(3)
            .find(|&k| !ctx.is(k, &DETERMINERS))?;
        return (!ctx.punct_before(k) && !ctx.is(k, &FUNCTION)).then_some(k);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::fixture::words_of;

    /// The frame tying the words `m` to the words `cue` in `s` (found by text).
    fn frame(s: &str, m: &str, cue: &str) -> Option<Frame> {
        super::super::frame_of(s, m, cue, link)
    }

    #[test]
    fn frames_that_link() {
        let cases = [
            (
                "The two leaders met for an hour and 40 minutes.",
                "an hour and 40 minutes",
                "met",
                "for",
            ),
            (
                "After nearly two hours of talks, Trump left.",
                "nearly two hours",
                "talks",
                "of",
            ),
            (
                "The two-day visit ended with a 100-minute meeting.",
                "100-minute",
                "meeting",
                "adjective",
            ),
            (
                "The talks, held in Busan on Thursday, lasted 100 minutes.",
                "100 minutes",
                "talks",
                "verb",
            ),
            (
                "The talks lasted nearly three hours.",
                "nearly three hours",
                "talks",
                "verb",
            ),
            (
                "The talks went on for nearly three hours.",
                "nearly three hours",
                "talks",
                "for",
            ),
            (
                "The talks, which lasted three hours, ended.",
                "three hours",
                "talks",
                "verb",
            ),
            (
                "Talks that stretched to three hours ended.",
                "three hours",
                "talks",
                "verb",
            ),
            (
                "The meeting was three hours long.",
                "three hours",
                "meeting",
                "verb",
            ),
            (
                "It was a meeting of three hours.",
                "three hours",
                "meeting",
                "cue of",
            ),
            (
                "Talks lasting three hours ended.",
                "three hours",
                "talks",
                "cue of",
            ),
            (
                "They met behind closed doors for three hours.",
                "three hours",
                "met",
                "for",
            ),
            (
                "A 100-minute closed-door meeting followed.",
                "100-minute",
                "meeting",
                "adjective",
            ),
            (
                "For three hours, the two leaders talked.",
                "three hours",
                "talked",
                "fronted",
            ),
            (
                "They spent three hours in talks.",
                "three hours",
                "talks",
                "spent",
            ),
            (
                "The summit ended after less than three hours.",
                "less than three hours",
                "summit",
                "verb",
            ),
        ];
        for (s, m, cue, want) in cases {
            assert_eq!(frame(s, m, cue), Some(want), "{s}");
        }
    }

    #[test]
    fn frames_that_do_not_link() {
        let cases = [
            (
                "It was his last stop after a week of summits and meetings.",
                "a week",
                "meetings",
            ),
            (
                "The two-day visit ended with a 100-minute meeting.",
                "two-day",
                "meeting",
            ),
            (
                "After the talks, a press appearance lasted 12 minutes.",
                "12 minutes",
                "talks",
            ),
            (
                "He attended the talks before flying home for three hours of rest.",
                "three hours",
                "talks",
            ),
            (
                "The talks ended, while the dinner lasted three hours.",
                "three hours",
                "talks",
            ),
        ];
        for (s, m, cue) in cases {
            assert_eq!(frame(s, m, cue), None, "{s}");
        }
    }

    #[test]
    fn head_names_the_other_event() {
        let s = "The two-day visit ended.";
        let words = words_of(s);
        let ctx = Ctx::new(&words, s, 0..words.len());
        assert_eq!(head(&ctx, &(1..2)), Some(2));
        let s = "After a week of campaigning, he rested.";
        let words = words_of(s);
        let ctx = Ctx::new(&words, s, 0..words.len());
        assert_eq!(head(&ctx, &(1..3)), Some(4));
    }
}
