//! Year frames: the year a thing was made, done or last happened.
//!
//! | frame | reads |
//! |---|---|
//! | `attributive` | "the 1908 canvas", "a 1908 oil painting" |
//! | `of` | "a canvas of 1908", "a painting from 1908", "the painting (1908)" |
//! | `apposition` | "1908 - the year Ekholt painted it", "1986, the year they last won" |
//! | `since` | "their first face-to-face meeting since 2019", "have not met since 2019" |
//! | date frames | "painted in 1908", "In 1908, she painted it", "last met in 2019" |
//!
//! Not linked: "the family that has owned the 1908 painting since 1956" (a
//! state that began then: the year of owning, not of the painting), "the
//! 1974 Oslo retrospective" (the year of another noun).

use std::ops::Range;

use super::{Ctx, Frame, AUX, FUNCTION};

/// The frame, if any, that ties year `m` to `cue`.
pub(crate) fn link(ctx: &Ctx<'_>, m: &Range<usize>, cue: &Range<usize>) -> Option<Frame> {
    if let Some(frame) = tight(ctx, m, cue) {
        return Some(frame);
    }
    if after_since(ctx, m) {
        return since(ctx, m, cue).then_some("since");
    }
    super::date::link(ctx, m, cue)
}

/// The frames that tie a year to a noun so closely that a `not-near` word
/// elsewhere in the clause cannot take it ("The 1908 canvas was bought by
/// Corbett": the canvas's year, whatever was bought).
pub(crate) fn tight(ctx: &Ctx<'_>, m: &Range<usize>, cue: &Range<usize>) -> Option<Frame> {
    // "the 1908 canvas", "a 1908 oil painting": the noun (up to one
    // modifier between) it qualifies. (Not "since the 2016 census", "than
    // the 2016 census": the occasion a change or comparison is from.)
    let base = m.start >= ctx.sentence.start + 2
        && ctx.is(m.start - 1, &["the", "its", "their"])
        && ctx.is(
            m.start - 2,
            &["since", "than", "from", "on", "over", "with"],
        );
    if cue.start >= m.end
        && cue.start - m.end <= 1
        && !after_since(ctx, m)
        && !base
        && (m.end..cue.end).all(|k| !ctx.punct_before(k))
        && (m.end..cue.start).all(|k| !ctx.is(k, &FUNCTION) && !ctx.capitalised(k))
        && !ctx.finite_verb(cue.end - 1)
    {
        return Some("attributive");
    }
    // "a canvas of 1908", "a painting from 1908", "the painting (1908)".
    if cue.end <= m.start && m.start - cue.end <= 1 {
        let bracket = m.start == cue.end && ctx.gap(m.start).trim() == "(";
        let of = m.start == cue.end + 1
            && !ctx.punct_before(cue.end)
            && !ctx.punct_before(m.start)
            && ctx.is(cue.end, &["of", "from", "dated", "circa", "c"]);
        if bracket || of {
            return Some("of");
        }
    }
    // "1908 - the year Ekholt painted it", "1986, the year they last won".
    let year = m.end + 1;
    if ctx.in_sentence(year)
        && matches!(ctx.gap(m.end).trim(), "," | "-" | "–" | "—" | ":")
        && ctx.is(m.end, &["the"])
        && ctx.is(year, &["year"])
        && cue.start > year
        && cue.start <= year + 7
        && (year + 1..=cue.start).all(|k| !ctx.punct_before(k))
    {
        return Some("apposition");
    }
    None
}

/// Whether "since" comes right before the year.
fn after_since(ctx: &Ctx<'_>, m: &Range<usize>) -> bool {
    m.start > ctx.sentence.start && !ctx.punct_before(m.start) && ctx.is(m.start - 1, &["since"])
}

/// "since 2019" ties the year to the cue before it when that is a first or
/// last time ("their first face-to-face meeting since 2019") or a verb
/// that has not happened again ("have not met since 2019"); after any other
/// noun it is when a state began ("has owned the painting since 1956").
fn since(ctx: &Ctx<'_>, m: &Range<usize>, cue: &Range<usize>) -> bool {
    let before = m.start - 1;
    if cue.end > before || before - cue.end > 6 || !ctx.same_clause(cue.start, m.start) {
        return false;
    }
    // A verb right before "since" (not an object after it), its auxiliary
    // or negation before it.
    if cue.end == before
        && cue.start > ctx.sentence.start
        && (ctx.is(cue.start - 1, &AUX) || ctx.is(cue.start - 1, &["not", "never"]))
    {
        return true;
    }
    // A first or last time: the ordinal in the cue or up to three words
    // before it ("their first face-to-face meeting"), and between the cue
    // and "since" only what it is of ("the first meeting of the two leaders
    // since 2018").
    let ordinal = (cue.start.saturating_sub(3).max(ctx.sentence.start)..cue.end).any(|k| {
        let w = ctx.norm(k);
        matches!(w.as_ref(), "first" | "last" | "only")
            || (w.len() > 4 && w.ends_with("est") && !w.ends_with("rest"))
    });
    let of = (cue.end..before).all(|k| {
        !ctx.punct_before(k)
            && !ctx.finite_verb(k)
            && (!ctx.is(k, &FUNCTION)
                || ctx.is(k, &super::DETERMINERS)
                || ctx.is(k, &["of", "between", "with", "and"]))
    });
    ordinal && of && !ctx.punct_before(before)
}

/// The word an unlinked year is tied to, when it is no cue of the claim: the
/// noun it qualifies ("the 1974 Oslo retrospective") or, after "since", the
/// verb of the state that began then ("has owned the painting since 1956").
pub(crate) fn head(ctx: &Ctx<'_>, m: &Range<usize>) -> Option<usize> {
    if after_since(ctx, m) {
        let before = m.start - 1;
        return (ctx.sentence.start..before)
            .rev()
            .take_while(|&k| ctx.same_clause(k, before))
            .find(|&k| ctx.finite_verb(k) && !ctx.is(k, &AUX));
    }
    let run = (m.end..ctx.sentence.end)
        .take(3)
        .take_while(|&k| !ctx.punct_before(k) && !ctx.is(k, &FUNCTION))
        .last();
    if run.is_some() {
        return run;
    }
    super::date::attach(ctx, m).map(|(k, _)| k)
}
