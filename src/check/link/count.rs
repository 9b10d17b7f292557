//! Count frames: what a number counts, and the predicate that states it.
//!
//! A count is credited by what it counts and by what is said of it, not by
//! the nearest cue word: "87 of the 93 aboard died" gives 87 to "died" and 93
//! to "aboard".
//!
//! | frame | reads |
//! |---|---|
//! | `noun` | "40,000 fans", "three-man crew", "a 47% tariff", "12 crew members" |
//! | `name` | "the final count: Civic Renewal 81, National Union 46" |
//! | `cue of` | "a crew of three", "a death toll of 87", "a tariff of 47%" |
//! | `predicate` | "87 people were killed", "at least 40 are feared dead", "87 of the 93 aboard died" |
//! | `object` | "killed 87 people", "injuring at least 40" |
//! | `relative` | "Calyx, which circles the Earth some 410 km up" (a relative clause on the cue) |
//! | `for` | "agreed to buy Ashgrove Dairies for $8.4 billion" |
//! | `by` | "cut its policy rate by 25 basis points", "lowered rates by a quarter point" |
//! | `change in` | "a 12% rise in third-quarter revenue" (and "revenue growth of 12%" as `cue of`) |
//! | `distance` | "cut 64 km off the coast", "about 40 km from the shore": a length and what it is measured from |
//! | `label` | "4% - the maximum fine, as a share of turnover", "20 million - euros, the fixed ceiling" (a list line's figure and the noun phrase naming it) |
//! | `verb` | "the toll rose to 87", "shares closed up 6.8%", "turnout stood at 62%", "the tariff was 47%", "cut the tariff to 10%", "tariffs fell from 57% to 47%" (47 only) |
//!
//! Not linked: the start of a change ("from 57%"), a number whose own noun is
//! something else ("the two leaders agreed to cut the tariff").

use std::ops::Range;

use super::{Ctx, Frame, AUX, DETERMINERS, FUNCTION};

/// Verbs of trading something for a price: "buy Ashgrove for $8.4 billion".
const TRADES: &[&str] = &[
    "buy",
    "buys",
    "bought",
    "buying",
    "acquire",
    "acquires",
    "acquired",
    "acquiring",
    "sell",
    "sells",
    "sold",
    "selling",
    "purchase",
    "purchased",
    "pay",
    "pays",
    "paid",
    "paying",
    "value",
    "values",
    "valued",
    "valuing",
];

/// Verbs that state a level or total: "the toll rose to 87".
const VERBS: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "stood",
    "stands",
    "stand",
    "rose",
    "rises",
    "risen",
    "rise",
    "climbed",
    "climbs",
    "reached",
    "reaches",
    "hit",
    "hits",
    "jumped",
    "fell",
    "falls",
    "fall",
    "dropped",
    "drops",
    "totalled",
    "totaled",
    "totals",
    "numbered",
    "topped",
    "tops",
    "exceeded",
    "surpassed",
    "passed",
    "put",
    "puts",
    "set",
    "sets",
    "cut",
    "cuts",
    "raised",
    "raises",
    "raise",
    "lowered",
    "lowers",
    "reduced",
    "reduces",
    "increased",
    "increases",
    "hiked",
    "lifted",
    "slashed",
    "brought",
    "bringing",
    "at",
    "to",
    "came",
    "comes",
    "grew",
    "grown",
    "soared",
    "swelled",
    "doubled",
    "tripled",
    "revised",
    "confirmed",
    "stands",
    "remained",
    "remains",
    // Moves of a price, a share or a figure: "shares closed up 6.8%",
    // "sales jump 12%", "the index slipped 0.4%".
    "jump",
    "jumps",
    "closed",
    "ended",
    "finished",
    "opened",
    "gained",
    "gains",
    "lost",
    "slipped",
    "slid",
    "sank",
    "surged",
    "surges",
    "plunged",
    "tumbled",
    "rallied",
    "declined",
    "decreased",
    "eased",
    "edged",
    "added",
    "shed",
    "advanced",
    "grow",
    "grows",
    "up",
    "down",
];

/// Nouns of change: "a 12% rise in revenue", "revenue growth of 12%".
const CHANGES: &[&str] = &[
    "rise",
    "increase",
    "jump",
    "gain",
    "growth",
    "fall",
    "drop",
    "decline",
    "decrease",
    "cut",
    "reduction",
    "hike",
    "surge",
    "slump",
    "climb",
];

/// Words of a change that do not say what changed: "up", "rose".
const MOVES: &[&str] = &[
    "up",
    "down",
    "rose",
    "rise",
    "rises",
    "risen",
    "grew",
    "grow",
    "grows",
    "grown",
    "increase",
    "increased",
    "increases",
    "fell",
    "fall",
    "falls",
    "fallen",
    "dropped",
    "drop",
    "drops",
    "declined",
    "decline",
    "jumped",
    "jump",
    "jumps",
    "gained",
    "gain",
    "gains",
    "climbed",
    "climbs",
    "surged",
    "slipped",
    "higher",
    "lower",
    "added",
    "lost",
];

/// Whether cue `c` is a single word of change ("up", "rose").
pub(crate) fn is_move(ctx: &Ctx<'_>, c: &Range<usize>) -> bool {
    c.len() == 1 && ctx.is(c.start, MOVES)
}

/// What a change cue is said of, when it is not what the claim counts
/// (`is_thing`): "Altheon's depositary receipts are up 7%", "the CAC 40
/// index, which is up 9%", "the number of injured rose to 200" for a toll.
/// A change is the change of what it is said of: "up" is a claim's cue only
/// when the claim's own noun ("revenue rose 12%", "sales, up 12%") or
/// nothing named stands before it.
pub(crate) fn change_of_other(
    ctx: &Ctx<'_>,
    m: &Range<usize>,
    cue: &Range<usize>,
    is_thing: impl Fn(usize) -> bool,
) -> Option<usize> {
    if m.start < cue.end || !is_move(ctx, cue) {
        return None;
    }
    // The claim's noun before it in the clause: "Revenue of €4.7 billion
    // was up 12%".
    let earliest = cue.start.saturating_sub(8).max(ctx.sentence.start);
    if (earliest..cue.start)
        .rev()
        .take_while(|&k| ctx.same_clause(k, cue.start))
        .any(&is_thing)
    {
        return None;
    }
    let mut j = cue.start;
    // Over auxiliaries and adverbs: "are up", "has also risen", "is
    // sharply up".
    while j > ctx.sentence.start && !ctx.punct_before(j) && {
        let w = ctx.norm(j - 1);
        ctx.is(j - 1, &AUX)
            || ctx.is(j - 1, &["also", "still", "now"])
            || (w.len() > 4 && w.ends_with("ly"))
    } {
        j -= 1;
    }
    if j == ctx.sentence.start || ctx.punct_before(j) {
        return None;
    }
    let mut s = j - 1;
    if ctx.is(s, &["which", "that", "who"]) {
        s = ctx.antecedent_of(ctx.clause(s))?;
        return (!is_thing(s)).then_some(s);
    }
    let word = ctx.norm(s);
    if ctx.is(s, &FUNCTION)
        || ctx.is(s, &DETERMINERS)
        || word.bytes().any(|b| b.is_ascii_digit())
        || is_number_word(ctx, s)
    {
        return None;
    }
    Some(s)
}

/// Whether a count is what a change or a comparison starts from, not the
/// figure itself: "from 57%" (to 47%), "up from 61.9 percent", "against
/// €480 million", "compared with 46.3%", "versus 12", "higher than 60%".
/// "Priced from 1,199 euros" and "starting from $20" state the figure.
pub(crate) fn is_start_of_change(ctx: &Ctx<'_>, m: &Range<usize>) -> bool {
    if m.start <= ctx.sentence.start {
        return false;
    }
    let before = m.start - 1;
    if ctx.is(before, &["from"]) {
        let stated = before > ctx.sentence.start
            && ctx.is(
                before - 1,
                &[
                    "priced",
                    "starting",
                    "starts",
                    "start",
                    "costs",
                    "cost",
                    "available",
                    "ranging",
                    "ranges",
                    "range",
                    "retails",
                    "sells",
                ],
            );
        return !stated && !is_origin(ctx, before, m);
    }
    ctx.is(before, &["against", "versus", "vs", "than"])
        || (ctx.is(before, &["with", "to"])
            && before > ctx.sentence.start
            && ctx.is(before - 1, &["compared", "comparison", "relative"]))
        || changed_later(ctx, m)
}

/// Whether "from" at `from`, right before count `m`, says where its things
/// come from, not what a change starts from: "pilots from 31 countries",
/// "delegates from 40 nations" (a noun of its own after the figure). A
/// change says so: "to" and a figure after it ("from 57% to 47%"), or a
/// word of change or a figure before "from" ("up from 61%", "fell sharply
/// from 12", "to 44% from 57%", "a drop from 31").
fn is_origin(ctx: &Ctx<'_>, from: usize, m: &Range<usize>) -> bool {
    // The figure's own noun: "31 countries", not "31" or "31%".
    let counts_noun = m.end - m.start >= 2
        && !ctx.gap(m.end - 1).starts_with('%')
        && !ctx.is(
            m.end - 1,
            &[
                "percent", "cent", "points", "point", "million", "billion", "thousand", "trillion",
            ],
        )
        && !ctx.capitalised(m.end - 1)
        && !is_number_word(ctx, m.end - 1)
        && !ctx
            .gap(m.start)
            .contains(|c: char| !c.is_alphanumeric() && !c.is_whitespace())
        && crate::unit::parse(&ctx.norm(m.end - 1)).is_none();
    // What comes from them: a cue ("pilots from 31 countries") or a past
    // form ("chosen from 21 films", "evacuated from 17 villages"), not any
    // noun ("press from 40 countries" is no count of the countries a phone
    // goes on sale in).
    let what = from.checked_sub(1).filter(|&k| k >= ctx.sentence.start);
    let of_it = what.is_some_and(|k| {
        let w = ctx.norm(k);
        ctx.is_cue_word(k)
            || ctx.is(k, &["came", "come", "comes", "coming", "hailing"])
            || (w.len() > 4 && (w.ends_with("ed") || w.ends_with("en")) && !ctx.capitalised(k))
    });
    if !counts_noun || !of_it {
        return false;
    }
    let to_after = (m.end..(m.end + 6).min(ctx.sentence.end))
        .any(|k| ctx.is(k, &["to"]) && k + 1 < ctx.sentence.end && is_number_word(ctx, k + 1));
    if to_after {
        return false;
    }
    let changed_before = (from.saturating_sub(3).max(ctx.sentence.start)..from).any(|k| {
        (k + 1..=from).all(|j| !ctx.punct_before(j))
            && (ctx.is(k, CHANGED)
                || ctx.is(k, MOVES)
                || ctx.is_noun(k, CHANGES)
                || is_number_word(ctx, k)
                || ctx.is(k, &["decreased", "changed", "moved"]))
    });
    !changed_before
}

/// Past forms of verbs of change that a new state follows ("widened to").
const CHANGED: &[&str] = &[
    "widened",
    "raised",
    "increased",
    "extended",
    "expanded",
    "cut",
    "reduced",
    "revised",
    "lowered",
    "lifted",
    "rose",
    "fell",
    "climbed",
    "grew",
    "dropped",
    "narrowed",
    "doubled",
];

/// Whether the figure at `m` is a state its sentence goes on to change:
/// "the zone was set at 1.5 km and widened to 3 km five hours later", "the
/// toll stood at five on Tuesday but rose to seven". The figure after the
/// verb of change ("to 3 km") is the state that holds, in the same unit.
fn changed_later(ctx: &Ctx<'_>, m: &Range<usize>) -> bool {
    if ctx.is(m.start - 1, &["to", "by"]) {
        return false;
    }
    let unit = m.end - m.start >= 2 && !is_number_word(ctx, m.end - 1);
    let end = ctx.sentence.end;
    (m.end..(m.end + 14).min(end.saturating_sub(2))).any(|k| {
        if !ctx.is(k, CHANGED) {
            return false;
        }
        // ("was extended at 1 p.m. to all 38,500 households": a time between
        // the verb and its "to", and a word of amount after it.)
        let Some(to) = (k + 1..(k + 6).min(end)).find(|&j| ctx.is(j, &["to"])) else {
            return false;
        };
        let mut n = to + 1;
        while n < end
            && n < to + 3
            && ctx.is(n, &["all", "about", "some", "nearly", "almost", "around"])
        {
            n += 1;
        }
        ctx.same_clause(k, n)
            && !(k + 1..to).any(|j| ctx.is(j, &["and", "but", "or"]))
            && is_number_word(ctx, n)
            && (!unit || ctx.norm(n + 1) == ctx.norm(m.end - 1))
    })
}

/// Whether `cue` is in the noun phrase a list line writes after its figure
/// to name it: "4% - the maximum fine, as a share of turnover", "20
/// million - euros, the fixed ceiling for platforms that …". The phrase runs from
/// the dash or colon (or, after a unit read across the dash, its comma) over
/// determiners and content words, to the first punctuation, function word
/// or auxiliary ("€4.5bn - what analysts had pencilled in" names nothing).
fn labels(ctx: &Ctx<'_>, m: &Range<usize>, cue: &Range<usize>) -> bool {
    // A fact box's line, a label before its figure and a colon: "Injured:
    // 32, six of them seriously", "- Homes destroyed: 214" (not "Crowd:
    // 4,200." after another sentence of its line).
    let s = ctx.sentence.start;
    let opens_line = || {
        let before = &ctx.text[..ctx.words[s].span.start];
        let line = &before[before.rfind('\n').map_or(0, |n| n + 1)..];
        line.chars()
            .all(|c| c.is_whitespace() || matches!(c, '-' | '*' | '•' | '–' | '·'))
    };
    if cue.start >= s
        && cue.end <= m.start
        && m.start > s
        && m.start - s <= 5
        && ctx.gap(m.start).trim() == ":"
        && (s + 1..m.start).all(|k| !ctx.punct_before(k))
        && opens_line()
    {
        return true;
    }
    if m.start != ctx.sentence.start || cue.start < m.end || !ctx.in_sentence(m.end) {
        return false;
    }
    let dashed_unit = (m.start + 1..m.end).any(|k| super::is_dash_gap(ctx.gap(k)));
    if !(ctx.is_figure_label(m.end) || (dashed_unit && ctx.gap(m.end).trim() == ",")) {
        return false;
    }
    // ("36 - workers on the night shift": the phrase goes on through a
    // preposition of place or time, up to eight words.)
    let mut k = m.end;
    while k < cue.start && ctx.in_sentence(k) && k < m.end + 8 {
        k += 1;
        let open = ctx.punct_before(k) || ctx.is(k, &AUX);
        let preposition = ctx.is(k, &["on", "inside", "during"]) && !ctx.capitalised(cue.start);
        if open || (ctx.is(k, &FUNCTION) && !ctx.is(k, &DETERMINERS) && !preposition) {
            return false;
        }
    }
    k == cue.start && !ctx.is(m.end, &["what", "how", "where", "when", "who"])
}

/// Whether count `m` is a part of a number said before it: "17 of which
/// were diverted", "two of them", "of whom 22".
pub(crate) fn is_portion(ctx: &Ctx<'_>, m: &Range<usize>) -> bool {
    // ("48,000 - of those evacuated", "142 mm: of that fell in three
    // hours": a list line's figure and its label.)
    let of_which = ctx.is(m.end, &["of"])
        && (!ctx.punct_before(m.end)
            || super::is_dash_gap(ctx.gap(m.end))
            || ctx.gap(m.end).trim() == ":")
        && ctx.is(
            m.end + 1,
            &["which", "whom", "them", "those", "these", "that", "it"],
        );
    // "of whom 22 were treated"
    let whom_before = m.start >= ctx.sentence.start + 2
        && ctx.is(m.start - 1, &["whom", "which"])
        && ctx.is(m.start - 2, &["of"]);
    // "1,214,000 doses in two rounds, the first of 782,000": one of them.
    let ordinal_of = m.start >= ctx.sentence.start + 2
        && ctx.is(m.start - 1, &["of"])
        && ctx.is(
            m.start - 2,
            &[
                "first", "second", "third", "fourth", "last", "final", "latter", "former",
                "larger", "smaller", "bigger",
            ],
        );
    // "The first group of three Korvanian prisoners": one group of them.
    let group_of = m.start >= ctx.sentence.start + 2
        && ctx.is(m.start - 1, &["of"])
        && ctx.is(
            m.start - 2,
            &[
                "group",
                "batch",
                "wave",
                "busload",
                "planeload",
                "contingent",
            ],
        );
    of_which || whom_before || ordinal_of || group_of || is_first_few(ctx, m)
}

/// "Two of the first four cases", "before the last two passengers were
/// lowered": the first or last few of them, whatever its predicate says.
pub(crate) fn is_first_few(ctx: &Ctx<'_>, m: &Range<usize>) -> bool {
    m.start >= ctx.sentence.start + 2
        && !ctx.punct_before(m.start)
        && !ctx.punct_before(m.start - 1)
        && ctx.is(
            m.start - 1,
            &["first", "initial", "earliest", "last", "final"],
        )
        && ctx.is(m.start - 2, &["the", "its", "their", "our", "his", "her"])
}

/// Whether count `m`, a number of things, is some of the people or things
/// a cue names: "Fifty-four of the injured are at Ellisford General",
/// "Nineteen of the survivors" (not a share, "41.3 percent of the vote",
/// nor a product, "1.3 million of the Vela X").
pub(crate) fn is_some_of_cue(ctx: &Ctx<'_>, m: &Range<usize>) -> bool {
    ctx.is(m.end, &["of"])
        && !ctx.punct_before(m.end)
        && ctx.is(m.end + 1, &["the", "those", "these"])
        && ctx.in_sentence(m.end + 2)
        && ctx.is_cue_word(m.end + 2)
        && !ctx.capitalised(m.end + 2)
}

/// Whether count `m` is the whole that a number before it is a part of:
/// "14 of Sabrania's 38 districts", "24 of 1,870 patients", "14 districts
/// …, out of 38". What is said of the part is not said of it; only a
/// word of its own after it ("87 of the 93 aboard") is.
pub(crate) fn is_whole(ctx: &Ctx<'_>, m: &Range<usize>) -> bool {
    let s = ctx.sentence.start;
    if m.start < s + 2 {
        return false;
    }
    let out_of = ctx.is(m.start - 1, &["of"]) && ctx.is(m.start - 2, &["out"]);
    // A fronted whole: "Of the 11 regions, three voted no".
    let fronted = ctx.is(s, &["of"])
        && (s + 1..m.start).all(|k| ctx.is(k, &DETERMINERS) || ctx.possessive(k))
        && (m.end..(m.end + 2).min(ctx.sentence.end)).any(|k| ctx.gap(k).contains(','));
    if fronted {
        return true;
    }
    // "of (the | its | Sabrania's | the country's)? M" right after a number.
    let mut k = m.start - 1;
    while k > s + 1
        && m.start - k <= 2
        && !ctx.punct_before(k + 1)
        && (ctx.is(k, &DETERMINERS) || ctx.norm(k).ends_with("'s"))
    {
        k -= 1;
    }
    let of_at = ctx.is(k, &["of"]).then_some(k);
    let part_before = of_at.is_some_and(|o| {
        o > s && !ctx.punct_before(o) && is_number_word(ctx, o - 1) && !ctx.is(o - 1, &["one"])
    });
    out_of || part_before
}

/// The whole a count is a part of, right after it: "about 268,000 of the
/// network's 412,000 daily passengers" (the word index of the whole's
/// number). The noun after the whole counts the whole, not the part.
pub(crate) fn whole_after(ctx: &Ctx<'_>, m: &Range<usize>) -> Option<usize> {
    if !ctx.is(m.end, &["of"]) || ctx.punct_before(m.end) {
        return None;
    }
    let mut k = m.end + 1;
    while k < m.end + 3
        && ctx.in_sentence(k)
        && !ctx.punct_before(k)
        && (ctx.is(k, &DETERMINERS) || ctx.possessive(k))
    {
        k += 1;
    }
    (ctx.in_sentence(k) && !ctx.punct_before(k) && is_number_word(ctx, k)).then_some(k)
}

/// Whether the count's last word is a unit of length ("64 km", "40
/// nautical miles").
fn is_length(ctx: &Ctx<'_>, m: &Range<usize>) -> bool {
    matches!(
        crate::unit::parse(&ctx.norm(m.end - 1)),
        Some(crate::unit::Unit::Measure(u)) if u.dimension == crate::unit::Dimension::Length
    )
}

/// The frame, if any, that ties count `m` to cue `cue` (word ranges).
pub(crate) fn link(ctx: &Ctx<'_>, m: &Range<usize>, cue: &Range<usize>) -> Option<Frame> {
    if labels(ctx, m, cue) {
        return Some("label");
    }
    if !ctx.same_clause(m.start, cue.start) || is_start_of_change(ctx, m) {
        return None;
    }
    // "a prize fund of 2.5 million euros, of which Korvel receives 1.5
    // million euros": a part of the figure before, not what the cue
    // before it counts.
    if cue.end <= m.start {
        let of_which = (m.start.saturating_sub(6).max(cue.end + 1)..m.start).find(|&k| {
            ctx.is(k, &["of"]) && ctx.punct_before(k) && ctx.is(k + 1, &["which", "whom"])
        });
        if of_which.is_some() {
            return None;
        }
    }
    // "119 passengers": the cue is the counted noun, inside the mention.
    if cue.start < m.end && m.start < cue.end {
        return Some("noun");
    }
    if cue.start >= m.end {
        let gap = cue.start - m.end;
        // "184 passengers and seven crew on board": what follows a list of
        // parts is said of their whole, not of the last part alone.
        if gap == 0
            && (ctx.is(cue.start, &FUNCTION) || ctx.is(cue.start, &["aboard"]))
            && is_part(ctx, m)
        {
            return None;
        }
        // "the 11 games played", "87 people killed": a past form right
        // after the figure and its own noun is what is said of them.
        if gap == 0 && m.end - m.start >= 2 && cue.end - cue.start == 1 && {
            let w = ctx.norm(cue.start);
            w.len() > 4 && w.ends_with("ed")
        } {
            return Some("predicate");
        }
        // "40,000 fans", "a 47% tariff", "12 crew members", "three-man crew"
        if gap <= 2
            && ctx.tight(m.end - 1, cue.start)
            && (m.end..cue.start).all(|k| !ctx.is(k, &FUNCTION) && !ctx.is_event_noun(k))
        {
            return Some("noun");
        }
        // "cut 64 km off the coast", "about 40 km from the shore": a length
        // and what it is measured from.
        if matches!(gap, 1..=3)
            && is_length(ctx, m)
            && ctx.is(m.end, &["off", "from"])
            && (m.end..cue.start).all(|k| !ctx.punct_before(k))
            && (m.end + 1..cue.start).all(|k| ctx.is(k, &DETERMINERS))
        {
            return Some("distance");
        }
        // "a 12% rise in third-quarter revenue": the change of the cue.
        if ctx.is_noun(m.end, CHANGES)
            && ctx.is(m.end + 1, &["in", "on"])
            && gap <= 4
            && (m.end + 2..cue.start).all(|k| !ctx.punct_before(k) && !ctx.is(k, &FUNCTION))
        {
            return Some("change in");
        }
        // "87 people were killed", "87 of the 93 aboard died", "22 who were treated"
        // "112 survived, of whom 22 …": a past form right after the number is
        // its predicate, and nothing further on is.
        let past = ctx.in_sentence(m.end) && {
            let w = ctx.norm(m.end);
            w.len() > 4 && w.ends_with("ed") && !ctx.punct_before(m.end)
        };
        if gap <= 12 && !past && (m.end..cue.start).all(|k| ctx.same_clause(m.start, k)) {
            let mut k = m.end;
            // The number's own noun phrase: up to two content words.
            let mut noun_words = 0;
            // ("23 - people killed": a list line's dash or colon before
            // the figure's noun, which is no measure: "18,400 - hectares
            // burned" counts hectares.)
            if ctx.in_sentence(m.end)
                && ctx.is_figure_label(m.end)
                && crate::unit::parse(&ctx.norm(m.end)).is_some()
            {
                return None;
            }
            while k < cue.start
                && noun_words < 2
                && !ctx.is(k, &FUNCTION)
                && !ctx.is(k, &AUX)
                && (!ctx.punct_before(k) || (k == m.end && ctx.is_figure_label(k)))
            {
                k += 1;
                noun_words += 1;
            }
            // "of the 93 aboard (the ferry)": the phrase ends at the inner
            // number's own cue, if it has one, and the predicate comes after.
            if ctx.is(k, &["of"]) {
                // ("made 4,318 of our fellow citizens ill and killed 61":
                // the phrase ends at "and", and "killed" is another verb's.)
                // "48,000 of those evacuated came from the port": the
                // participle is what "those" were.
                if ctx.is(k + 1, &["those", "these", "them"]) && cue.start == k + 2 {
                    return None;
                }
                let inner = (k + 1..cue.start.min(k + 4)).find(|&j| is_number_word(ctx, j));
                if let Some(q) = inner {
                    let own = (q + 1..q + 4).find(|&j| ctx.is_cue_word(j));
                    if own.is_some_and(|o| cue.start <= o) {
                        return None;
                    }
                    // "1,100 of the 4,200 workers who walked out": a
                    // relative clause on the inner noun is the inner count's.
                    let relative =
                        (q + 1..cue.start).any(|j| ctx.is(j, &["who", "whom", "which", "that"]));
                    if relative {
                        return None;
                    }
                }
                // "41.3 percent of the national vote", "Twenty-two of the
                // survivors needed treatment": the cue is the whole the count
                // is a share of, not what is said of it.
                // ("388 members of the Bundestag voted": the name ends the
                // phrase, and the cue after it is its verb.)
                // ("Six of the Sorcha Bell's crew": a name may own the cue.)
                let owned = cue.start > k + 2 && {
                    let w = ctx.norm(cue.start - 1);
                    w.ends_with("'s") || w.ends_with('\'')
                };
                let head_of_phrase = ctx.is(k + 1, &DETERMINERS)
                    && cue.start <= k + 4
                    && (k + 1..cue.start).all(|j| {
                        !is_number_word(ctx, j)
                            && (owned || !ctx.capitalised(j))
                            && !ctx.is(j, &AUX)
                    })
                    && (cue.start == k + 2
                        || owned
                        || cue.end >= ctx.sentence.end
                        || ctx.punct_before(cue.end)
                        || ctx.is(cue.end, &FUNCTION));
                // (A share is of its whole: "40% of the factory's
                // workforce" is the share a claim of the workforce counts.)
                let share =
                    ctx.gap(m.end).starts_with('%') || ctx.is(m.end - 1, &["percent", "cent"]);
                if head_of_phrase && !share {
                    return None;
                }
                k += 1;
                while k < cue.start
                    && k < m.end + 11
                    && !ctx.is(k, &AUX)
                    && !ctx.is(k, &["and", "or", "but"])
                    && !ctx.punct_before(k)
                {
                    k += 1;
                }
            }
            // "143 passengers and crew aboard": a pair of nouns, one count.
            if ctx.is(k, &["and", "or"]) && k + 1 < cue.start && !is_number_word(ctx, k + 1) {
                k += 2;
            }
            if ctx.is(k, &["who", "whom", "which", "that"]) {
                k += 1;
            }
            // (No comma before the cue: "With 99 percent of returns counted,
            // Civic Renewal had …" is no predicate of the 99.)
            if (k..cue.start).all(|j| ctx.is(j, &AUX) && !ctx.punct_before(j))
                && !ctx.gap(cue.start).contains(',')
            {
                return Some("predicate");
            }
            // "22 were taken to hospital", "were admitted to hospital"
            if cue.start >= k + 2 && ctx.is(cue.start - 1, &["to", "in", "into"]) {
                let verb = cue.start - 2;
                let moved = ctx.norm(verb).ends_with("ed")
                    || ctx.is(verb, &["taken", "sent", "brought", "flown"]);
                if moved
                    && (k..verb).all(|j| ctx.is(j, &AUX) && !ctx.punct_before(j))
                    && !ctx.punct_before(verb)
                {
                    return Some("predicate");
                }
            }
        }
        return None;
    }
    if cue.end > m.start {
        return None;
    }
    let gap = m.start - cue.end;
    // "carrying 128 passengers and 15 crew": parts of a whole, neither is
    // the total the verb is about (only their own nouns take them).
    if is_part(ctx, m) {
        return None;
    }
    // "the final count: Civic Renewal 81, National Union 46": a name and its
    // figure, as results lists write them.
    if gap == 0 && ctx.capitalised(cue.start) && ctx.tight(cue.end - 1, m.start) {
        return Some("name");
    }
    // "Calyx, which circles the Earth some 410 miles up": a measure in a
    // relative clause on the cue.
    // (Not a noun phrase in apposition: "hectares burned, an area the size
    // of 25,000 football fields".)
    if gap <= 10
        && ctx.antecedent_of(ctx.clause(m.start)) == Some(cue.end - 1)
        && !ctx.is(cue.end, &["a", "an"])
    {
        return Some("relative");
    }
    // "a crew of three", "a tariff of 47%"
    if gap == 1 && ctx.is(cue.end, &["of"]) && !ctx.punct_before(cue.end) {
        return Some("cue of");
    }
    // "revenue growth of 12%", "a sales increase of 8%"
    if gap == 2
        && ctx.is_noun(cue.end, CHANGES)
        && ctx.is(cue.end + 1, &["of"])
        && ctx.tight(cue.end, m.start)
    {
        return Some("cue of");
    }
    // "cut its policy rate by 25 basis points", "lowered rates by a quarter
    // point": the size of the change the cue names.
    if (1..=5).contains(&gap)
        && ctx.is(m.start - 1, &["by"])
        && ctx.tight(cue.end - 1, m.start)
        && (cue.end..m.start - 1).all(|k| {
            !ctx.is_event_noun(k)
                && !ctx.is(k, &["by", "and", "or", "to", "from"])
                && !is_number_word(ctx, k)
        })
    {
        return Some("by");
    }
    // "agreed to buy Ashgrove Dairies for $8.4 billion", "sold the unit
    // for €2bn": the price of what the cue's verb trades, its object (at
    // most four words, names free) between.
    if (2..=7).contains(&gap)
        && ctx.is(m.start - 1, &["for"])
        && ctx.is(cue.end - 1, TRADES)
        && ctx.tight(cue.end - 1, m.start)
        && (cue.end..m.start - 1)
            .filter(|&k| !ctx.capitalised(k))
            .count()
            <= 4
        && (cue.end..m.start - 1).all(|k| {
            !ctx.is_event_noun(k)
                && !ctx.is(k, &["by", "and", "or", "to", "from", "for"])
                && !is_number_word(ctx, k)
        })
    {
        return Some("for");
    }
    // "killed 87", "injuring at least 40", "rescued all 93"
    if gap <= 2
        && ctx.tight(cue.end - 1, m.start)
        && (cue.end..m.start).all(|k| ctx.is(k, &DETERMINERS) || ctx.is(k, &["another", "some"]))
    {
        return Some("object");
    }
    // "the toll rose to 87", "cut the tariff to 10%", "the tariff was 47%";
    // "the death toll from Tuesday's earthquake in the province rose to 63":
    // a phrase of the cue's own may stand before the verb.
    let verb = (cue.end..m.start).find(|&k| ctx.is(k, VERBS));
    // (Only for the head of the subject: "earthquake" in "the toll from
    // Tuesday's earthquake" is inside the toll's phrase.)
    let inside_phrase = (cue.start.saturating_sub(3).max(ctx.sentence.start)..cue.start).any(|k| {
        ctx.is(k, &["from", "of", "in", "at", "on", "after", "by", "for"])
            && (k + 1..=cue.start).all(|j| !ctx.punct_before(j))
    });
    let own_phrase = verb.filter(|&v| {
        !inside_phrase
            && v > cue.end
            && ctx.is(
                cue.end,
                &["from", "of", "in", "at", "on", "across", "after"],
            )
            && (cue.end..v).all(|k| !ctx.punct_before(k) && !ctx.is(k, &AUX))
    });
    // A cue inside another noun's phrase is not what the verb is said of.
    if inside_phrase && (cue.end..m.start).any(|k| ctx.is(k, VERBS) && !ctx.is(k, &["at", "to"])) {
        return None;
    }
    // Nor is a cue that modifies the noun after it: "the quake toll climbs
    // to 63" is a toll, not a magnitude. (A word for the figure itself is
    // the cue's: "the turnout figure was 62%".)
    let modifier = verb.is_some_and(|v| {
        v > cue.end
            && v - cue.end <= 2
            && (cue.end..v).all(|k| {
                !ctx.punct_before(k)
                    && !ctx.is(k, &FUNCTION)
                    && !ctx.is(k, &AUX)
                    && !ctx.is_cue_word(k)
                    && !is_number_word(ctx, k)
                    && !ctx.is(k, SAME_FIGURE)
                    && ctx.text.as_bytes()[ctx.words[k].span.start].is_ascii_lowercase()
            })
    });
    if modifier {
        return None;
    }
    let from = own_phrase.unwrap_or(cue.end);
    // "the zone was set at 2 km at first and widened to 4 km": the new
    // state, after the one it changed, is still said of the cue.
    let changed = m.start >= cue.end + 3
        && ctx.is(m.start - 1, &["to"])
        && ctx.is(m.start - 2, CHANGED)
        && (cue.end..m.start - 2).any(|k| is_number_word(ctx, k));
    if changed && gap <= 16 && (cue.end..m.start).all(|k| ctx.same_clause(cue.start, k)) {
        return Some("verb");
    }
    if m.start - from <= 8 && gap <= 16 && (cue.end..m.start).all(|k| ctx.same_clause(cue.start, k))
    {
        // ("third in line to the throne of a monarchy of 6.2 million
        // people": a noun right before "of" that is no word for a figure
        // owns the count.)
        let others_of = m.start >= cue.end + 2
            && ctx.is(m.start - 1, &["of"])
            && !ctx.is(m.start - 2, SAME_FIGURE)
            && !ctx.is(m.start - 2, MEASURED)
            && !ctx.is(m.start - 2, &FUNCTION)
            && !is_number_word(ctx, m.start - 2);
        let into = ctx.is(
            m.start - 1,
            &["to", "at", "of", "is", "was", "are", "were", "be"],
        );
        // ("cut its policy rate by 25 basis points to 3.75%": a change by an
        // amount on the way to the level is no other phrase.)
        let by_amount = |k: usize| {
            ctx.is(k, &["by"])
                && (is_number_word(ctx, k + 1) || ctx.is(k + 1, &["a", "an", "half"]))
        };
        let clean = (from..m.start).all(|k| {
            !ctx.is_event_noun(k)
                && !ctx.is(k, &["and", "or"])
                && (!ctx.is(k, &["by"]) || by_amount(k))
        });
        // Without a verb of level, "to"/"at" links only the cue's own verb:
        // "the toll climbs to 63", not "the quake toll climbs to 63".
        let near_enough = verb.is_some() || m.start - from <= 2;
        // ("won four games to two": a cue that is another figure's own
        // noun names that figure, and the bare number is its rival side.)
        let others_noun = cue.start > ctx.sentence.start && is_number_word(ctx, cue.start - 1);
        if (verb.is_some() || into) && clean && near_enough && !others_noun && !others_of {
            return Some("verb");
        }
        // "cut the tariff to 10%": the verb came before the cue.
        if cue.start > ctx.sentence.start && ctx.is(m.start - 1, &["to"]) && clean {
            let before = (ctx.sentence.start..cue.start)
                .rev()
                .take(4)
                .any(|k| ctx.is(k, VERBS));
            if before {
                return Some("verb");
            }
        }
    }
    None
}

/// The place word that makes count `m` one place's share of a total: "four
/// people died upstream in Velde", "In Velde, four people died", "Harnby,
/// where 11 people died". Whether it is a share or the total depends on
/// what else the article says (see `Attributor::run`).
pub(crate) fn local_share(ctx: &Ctx<'_>, m: &Range<usize>) -> Option<usize> {
    let place = |k: usize| {
        ctx.in_sentence(k)
            && k > ctx.sentence.start
            && ctx.capitalised(k)
            && !crate::extract::is_calendar_word(&ctx.norm(k))
    };
    // "the southern port city of Lunel": a place named by its kind.
    let named_by_kind = |k: usize| {
        (k + 1..(k + 7).min(ctx.sentence.end)).find(|&j| {
            ctx.is(j, &["of"])
                && ctx.is(j - 1, PLACE_KINDS)
                && (k + 1..=j).all(|i| !ctx.punct_before(i))
                && place(j + 1)
        })
    };
    // After it, in its clause: "died upstream in Velde", "were arrested
    // on Sunday in the port city of Lunel".
    let after = (m.end..(m.end + 6).min(ctx.sentence.end)).find_map(|k| {
        let at = ctx.same_clause(k, m.start)
            && !ctx.punct_before(k)
            && ctx.is(k, &["in", "at", "near", "around"])
            && !ctx.punct_before(k + 1);
        if !at {
            return None;
        }
        if place(k + 1) {
            return Some(k + 1);
        }
        ctx.is(k + 1, &["the"])
            .then(|| named_by_kind(k))
            .flatten()
            .map(|j| j + 1)
    });
    if after.is_some() {
        return after;
    }
    let s = ctx.sentence.start;
    // A fronted place: "In Velde, four people died", "In Dunmore itself
    // some 138,000 homes lost power".
    if ctx.is(s, &["in", "at"]) && place(s + 1) {
        let comma = (s + 2..(s + 4).min(m.start)).find(|&k| ctx.gap(k).contains(','));
        let itself = ctx.is(s + 2, &["itself", "alone"]) && m.start <= s + 5;
        if comma.is_some() || itself {
            return Some(s + 1);
        }
    }
    // A "where" clause on a place: "Harnby, where 11 people died".
    let k = (s + 1..m.start)
        .rev()
        .find(|&k| ctx.is(k, &["where"]) && ctx.same_clause(k, m.start))?;
    let named = ctx.capitalised(k - 1) && !crate::extract::is_calendar_word(&ctx.norm(k - 1));
    (ctx.gap(k).contains(',') && named).then_some(k - 1)
}

/// Nouns of a kind of place, before "of" and its name ("the city of
/// Lunel").
const PLACE_KINDS: &[&str] = &[
    "city",
    "town",
    "village",
    "port",
    "district",
    "region",
    "province",
    "county",
    "state",
    "island",
    "suburb",
    "municipality",
    "capital",
];

/// Whether bare count `m` is a person's age: "a man aged 74", "at the age
/// of 74", "a woman of 74", "a farmer, 74, who".
pub(crate) fn is_age(ctx: &Ctx<'_>, m: &Range<usize>, mention: &crate::extract::Mention) -> bool {
    let crate::extract::MentionKind::Count {
        unit: None,
        noun: None,
        ..
    } = &mention.kind
    else {
        return false;
    };
    let s = ctx.sentence.start;
    if m.start == s {
        return false;
    }
    let before = m.start - 1;
    if ctx.is(before, &["aged"])
        || (ctx.is(before, &["of"]) && ctx.is(before.saturating_sub(1), &["age"]))
    {
        return !ctx.punct_before(m.start);
    }
    let person = |k: usize| {
        ctx.is(
            k,
            &[
                "man",
                "woman",
                "boy",
                "girl",
                "farmer",
                "worker",
                "resident",
                "child",
                "mother",
                "father",
                "grandmother",
                "grandfather",
                "pensioner",
                "widow",
                "driver",
                "teacher",
            ],
        )
    };
    // "a woman of 74 who died"
    if ctx.is(before, &["of"]) && before > s && person(before - 1) && !ctx.punct_before(m.start) {
        return true;
    }
    // "a farmer, 74, who was hit", "Rolf Kessner, 52, appeared": set off
    // by commas after a person or a name (two or three digits at most).
    let written = &ctx.text[ctx.words[m.start].span.start..ctx.words[m.end - 1].span.end];
    let age_like = (1..=3).contains(&written.len()) && written.bytes().all(|b| b.is_ascii_digit());
    // ("at 36 the youngest member of the cabinet")
    if age_like
        && ctx.is(before, &["at"])
        && ctx.is(m.end, &["the"])
        && ctx.is(m.end + 1, &["youngest", "oldest"])
        && (m.start..m.end + 2).all(|k| k == m.start || !ctx.punct_before(k))
    {
        return true;
    }
    // (A name may open the sentence: "Pell, 58, was dropped".)
    ctx.gap(m.start).trim() == ","
        && (person(before) || (age_like && ctx.capitalised(before) && !ctx.is(before, &FUNCTION)))
        && ctx.in_sentence(m.end)
        && ctx.gap(m.end).trim() == ","
}

/// The noun a bare number in a series of verbs leaves out: "played eleven
/// matches, won eight, drew three and lost none" (eight matches, three
/// matches). Each step back is a verb after a comma or "and", then the
/// series' element before it: a bare number (the series goes on) or a
/// number and its noun (the noun).
pub(crate) fn elided_noun(ctx: &Ctx<'_>, m: &Range<usize>) -> Option<usize> {
    let mut k = m.start;
    for _ in 0..6 {
        let verb = k.checked_sub(1).filter(|&v| ctx.in_sentence(v))?;
        if ctx.punct_before(k)
            || is_number_word(ctx, verb)
            || ctx.is(verb, &FUNCTION)
            || ctx.is(verb, &AUX)
            || ctx.capitalised(verb)
            || ctx.norm(verb).ends_with("ing")
        {
            return None;
        }
        let mut e = verb.checked_sub(1).filter(|&e| ctx.in_sentence(e))?;
        if ctx.is(e, &["and"]) && !ctx.punct_before(verb) {
            e = e.checked_sub(1).filter(|&e| ctx.in_sentence(e))?;
        } else if !ctx.punct_before(verb) || ctx.gap(verb).trim() != "," {
            return None;
        }
        if is_number_word(ctx, e) {
            k = e;
            while k > ctx.sentence.start && is_number_word(ctx, k - 1) && !ctx.punct_before(k) {
                k -= 1;
            }
            continue;
        }
        let noun = e;
        let number = noun.checked_sub(1).filter(|&n| ctx.in_sentence(n))?;
        return (is_number_word(ctx, number)
            && !ctx.punct_before(noun)
            && !ctx.is(noun, &FUNCTION)
            && !ctx.capitalised(noun))
        .then_some(noun);
    }
    None
}

/// The noun a bare number counts through its partitive: "Two of his three
/// co-defendants", "two of the 19 detainees" (the word index of the noun).
pub(crate) fn partitive_noun(ctx: &Ctx<'_>, m: &Range<usize>) -> Option<usize> {
    if !ctx.is(m.end, &["of"]) || ctx.punct_before(m.end) {
        return None;
    }
    let mut k = m.end + 1;
    if !ctx.is(
        k,
        &["the", "his", "her", "their", "its", "our", "those", "these"],
    ) {
        return None;
    }
    k += 1;
    // ("of the country's 38 districts")
    if ctx.in_sentence(k) && ctx.possessive(k) {
        k += 1;
    }
    if ctx.in_sentence(k) && is_number_word(ctx, k) {
        k += 1;
    }
    (ctx.in_sentence(k) && !ctx.punct_before(k) && !ctx.capitalised(k) && !ctx.is(k, &FUNCTION))
        .then_some(k)
}

/// Nouns for a figure itself: after a cue, they name the cue's figure ("the
/// turnout figure", "the tariff rate").
/// Nouns for what a figure measures, which "of" joins to it as the figure
/// itself: "reached a peak of 61.4 GW", "at a depth of 1,150 metres" (with
/// [`SAME_FIGURE`]'s words for the figure: "a total of 63").
const MEASURED: &[&str] = &[
    "average",
    "high",
    "low",
    "peak",
    "maximum",
    "minimum",
    "depth",
    "height",
    "length",
    "distance",
    "speed",
    "cost",
    "value",
    "price",
    "sum",
    "amount",
    "record",
    "margin",
    "majority",
    "lead",
    "score",
    "weight",
    "size",
    "area",
    "range",
    "temperature",
];

const SAME_FIGURE: &[&str] = &[
    "figure", "figures", "rate", "level", "number", "numbers", "total", "tally", "count",
];

/// Whether the count is one part of a list of counts: "128 passengers and
/// 15 crew", "15 crew and 128 passengers".
pub(crate) fn is_part(ctx: &Ctx<'_>, m: &Range<usize>) -> bool {
    // "… and 15 crew", "…, along with 15 crew", "plus 6 crew" within a few
    // words after, in the clause.
    let after = (m.end..m.end + 6).any(|k| {
        ctx.in_sentence(k + 1)
            && ctx.same_clause(m.start, k)
            && (ctx.is(k, &["and", "plus"])
                || (ctx.is(k, &["with"]) && ctx.is(k.wrapping_sub(1), &["along", "together"])))
            && is_number_word(ctx, k + 1)
    });
    let before = m.start >= 3
        && ctx.is(m.start - 1, &["and", "plus"])
        && (is_number_word(ctx, m.start - 2) || is_number_word(ctx, m.start - 3));
    after || before
}

/// Whether count `m` is a part of the breakdown a colon gives of a figure
/// before it: "17 - people killed: 16 passengers and one crew member" (the
/// 16 are some of the dead, not the passengers aboard).
pub(crate) fn is_breakdown(ctx: &Ctx<'_>, m: &Range<usize>) -> bool {
    if !is_part(ctx, m) {
        return false;
    }
    let from = m.start.saturating_sub(8).max(ctx.sentence.start + 1);
    // (A colon with a space after it: "07:05" is a time.)
    let colon_at = |k: usize| ctx.gap(k).contains(": ") || ctx.gap(k).contains(":\n");
    let Some(colon) = (from..=m.start).rev().find(|&k| colon_at(k)) else {
        return false;
    };
    let plain = (colon + 1..=m.start).all(|k| !ctx.punct_before(k) || ctx.gap(k).trim() == ",");
    plain && (ctx.sentence.start..colon).any(|k| is_number_word(ctx, k))
}

/// Whether the count's own noun is not what a claim of that noun counts:
/// the noun is one of a pair ("143 passengers and crew aboard": the total),
/// or the count is the subject of a verb that says what became of them
/// ("Twenty passengers were taken to hospital", "119 passengers had been
/// listed") or of a state ("three fishermen missing"): the verb or the
/// state, not the noun, says what is counted.
pub(crate) fn noun_overridden(ctx: &Ctx<'_>, m: &Range<usize>) -> bool {
    let k = m.end;
    if ctx.is(k, &["and", "or"])
        && ctx.in_sentence(k + 1)
        && !is_number_word(ctx, k + 1)
        && !ctx.punct_before(k)
    {
        return true;
    }
    let mut j = k;
    while ctx.in_sentence(j)
        && !ctx.punct_before(j)
        && ctx.is(
            j,
            &[
                "had",
                "have",
                "has",
                "been",
                "were",
                "was",
                "are",
                "is",
                "be",
                "being",
                "all",
                "later",
                "then",
                "reportedly",
            ],
        )
    {
        j += 1;
    }
    if !ctx.in_sentence(j) || ctx.punct_before(j) {
        return false;
    }
    let w = ctx.norm(j);
    const KEEP: &[&str] = &[
        "included",
        "numbered",
        "totalled",
        "totaled",
        "remained",
        "comprised",
        "aged",
        "onboard",
    ];
    const IRREGULAR: &[&str] = &[
        "taken", "died", "left", "found", "seen", "brought", "flown", "sent", "put", "held",
        "hurt", "told", "said", "drowned",
    ];
    // ("three fishermen missing since Sunday": a state they are in.)
    const STATES: &[&str] = &[
        "missing",
        "dead",
        "alive",
        "trapped",
        "stranded",
        "unaccounted",
    ];
    (w.ends_with("ed") || IRREGULAR.contains(&w.as_ref()) || STATES.contains(&w.as_ref()))
        && !KEEP.contains(&w.as_ref())
}

/// Whether word `i` is written as a number: digits, or a number word.
pub(crate) fn is_number_word(ctx: &Ctx<'_>, i: usize) -> bool {
    let w = ctx.norm(i);
    // "fourteen", "twenty-five": a tens or teens word opens it.
    let first = w.split('-').next().unwrap_or_default();
    let teens_or_tens = [
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
    ]
    .contains(&first);
    teens_or_tens
        || w.starts_with(|c: char| c.is_ascii_digit())
        || [
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "dozen",
            "dozens",
            "hundred",
            "hundreds",
            "thousand",
            "thousands",
            "million",
            "millions",
        ]
        .contains(&w.as_ref())
}

/// Adjectives of a dimension a measure gives right after it ("12 miles
/// wide", "96 kilometres long").
pub(crate) const DIMENSIONS: &[&str] = &[
    "wide", "long", "deep", "high", "tall", "thick", "broad", "across",
];

/// "The alternative, the road round the head of the firth, is 96
/// kilometres long": a measure a copula gives its sentence's subject, with
/// the dimension right after it, when nothing before the copula names the
/// claim's thing (no cue of the claim, no word of its `about`, no word
/// `names` holds, no pronoun that may stand for it). Returns the subject's
/// head word.
pub(crate) fn measure_of_other(
    ctx: &Ctx<'_>,
    m: &Range<usize>,
    cues: &[Range<usize>],
    about: &str,
    names: impl Fn(usize) -> bool,
) -> Option<usize> {
    const COPULAS: &[&str] = &["is", "was", "are", "were"];
    const HEDGES: &[&str] = &[
        "about", "nearly", "almost", "some", "around", "roughly", "just", "over", "under",
    ];
    if !ctx.in_sentence(m.end) || ctx.punct_before(m.end) || !ctx.is(m.end, DIMENSIONS) {
        return None;
    }
    let copula = (m.start.saturating_sub(3)..m.start)
        .rev()
        .take_while(|&k| ctx.in_sentence(k))
        .find(|&k| ctx.is(k, COPULAS))
        .filter(|&k| (k + 1..m.start).all(|j| ctx.is(j, HEDGES)))?;
    let start = ctx.sentence.start;
    if copula < start + 2 {
        return None;
    }
    let names_it = |k: usize| {
        names(k)
            || cues.iter().any(|c| c.contains(&k))
            || ctx.is(k, &["it", "its", "this", "which", "that", "who", "they"])
            || super::in_about(about, &ctx.norm(k))
    };
    if (start..copula).any(names_it) {
        return None;
    }
    // The head of the phrase right before the copula ("the road round …").
    let open = (start..copula)
        .rev()
        .find(|&k| k == start || ctx.punct_before(k))
        .unwrap_or(start);
    (open..copula).find(|&k| !ctx.is(k, &DETERMINERS))
}

/// "the region's 12,000 hectares of vines", "Corbelle has 12,000 hectares
/// of vineyards": all that an owner holds, which is none of a claim that
/// counts only those in some state ("the vineyard area damaged by the
/// frost"), when no cue of its clause says more than the counted noun.
/// Returns the owner's word and the claim's state word (in `about`).
pub(crate) fn stock_of_owner<'a>(
    ctx: &Ctx<'_>,
    m: &Range<usize>,
    cues: &[Range<usize>],
    about: &'a str,
) -> Option<(usize, &'a str)> {
    const HEDGES: &[&str] = &["about", "nearly", "almost", "some", "around", "roughly"];
    const STATES: &[&str] = &["lost", "dead", "missing", "burnt", "hurt", "stolen"];
    let s = ctx.sentence.start;
    let mut k = m.start.checked_sub(1).filter(|&k| k >= s)?;
    while k > s && ctx.is(k, HEDGES) && !ctx.punct_before(k + 1) {
        k -= 1;
    }
    if ctx.punct_before(k + 1) {
        return None;
    }
    let owner = if ctx.possessive(k) || ctx.is(k, &["its", "their"]) {
        k
    } else if ctx.is(k, &["has", "have", "had"]) && k > s && !ctx.punct_before(k) {
        k - 1
    } else {
        return None;
    };
    // The claim counts those in a state: a participle or state word after
    // the first word of its `about`.
    let state = about
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .skip(1)
        .find(|w| {
            let w = w.to_lowercase();
            (w.len() > 4 && w.ends_with("ed")) || STATES.contains(&w.as_str())
        })?;
    // ("the region's 6,800 damaged hectares": the state is said.)
    if (m.start..m.end).any(|j| ctx.norm(j).ends_with("ed")) {
        return None;
    }
    // The counted phrase: the figure, and "of" with up to two nouns.
    let mut end = m.end;
    if ctx.in_sentence(end) && !ctx.punct_before(end) && ctx.is(end, &["of"]) {
        end += 1;
        while end < m.end + 3
            && ctx.in_sentence(end)
            && !ctx.punct_before(end)
            && !ctx.is(end, &FUNCTION)
            && !ctx.is(end, &AUX)
            && !ctx.norm(end).ends_with("ed")
        {
            end += 1;
        }
    }
    let said_more = cues
        .iter()
        .any(|c| (c.start < m.start || c.start >= end) && ctx.same_clause(m.start, c.start));
    (!said_more).then_some((owner, state))
}

/// The word a count is tied to when it is no cue: its counted noun ("leaders"
/// in "the two leaders").
pub(crate) fn head(ctx: &Ctx<'_>, m: &Range<usize>) -> Option<usize> {
    // "the town of 6,800": a settlement's population.
    let of = m
        .start
        .checked_sub(1)
        .filter(|&k| ctx.in_sentence(k) && ctx.is(k, &["of"]));
    if let Some(settlement) = of.and_then(|k| k.checked_sub(1)).filter(|&k| {
        ctx.in_sentence(k)
            && !ctx.punct_before(k + 1)
            && !ctx.punct_before(m.start)
            && ctx.is_noun(
                k,
                &[
                    "town",
                    "city",
                    "village",
                    "country",
                    "nation",
                    "island",
                    "community",
                ],
            )
    }) {
        return Some(settlement);
    }
    let next = m.end;
    (ctx.in_sentence(next)
        && !ctx.punct_before(next)
        && !ctx.is(next, &FUNCTION)
        && !ctx.is(next, &AUX))
    .then_some(next)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(s: &str, m: &str, cue: &str) -> Option<Frame> {
        super::super::frame_of(s, m, cue, link)
    }

    #[test]
    fn frames_that_link() {
        let cases = [
            (
                "The station, which circles the Earth some 410 km up, was ready.",
                "410 km",
                "station",
                "relative",
            ),
            (
                "Apollo 11's three-man crew returned safely.",
                "three-man",
                "crew",
                "noun",
            ),
            ("Some 40000 fans watched.", "40000", "fans", "noun"),
            (
                "The crew of three returned safely.",
                "three",
                "crew",
                "cue of",
            ),
            (
                "At least 87 people were killed.",
                "87",
                "killed",
                "predicate",
            ),
            (
                "In all, 87 of the 93 aboard died.",
                "87",
                "died",
                "predicate",
            ),
            ("In all, 87 of the 93 aboard died.", "93", "aboard", "noun"),
            ("The storm killed 87 people.", "87", "killed", "object"),
            ("The death toll rose to 87.", "87", "toll", "verb"),
            ("Turnout stood at 62.", "62", "turnout", "verb"),
            (
                "They agreed to cut the tariff to 10.",
                "10",
                "tariff",
                "verb",
            ),
            ("Tariffs fall from 57 to 47.", "47", "tariffs", "verb"),
            (
                "It reported a 12 rise in quarterly revenue.",
                "12",
                "revenue",
                "change in",
            ),
            (
                "Revenue growth of 12 beat forecasts.",
                "12",
                "revenue",
                "cue of",
            ),
            ("Shares closed up 68 on Thursday.", "68", "shares", "verb"),
            (
                "Sales jump 12 as the phone sells out.",
                "12",
                "sales",
                "verb",
            ),
            (
                "The death toll from Tuesday's earthquake in the province rose to 63.",
                "63",
                "toll",
                "verb",
            ),
            (
                "The final count: Civic Renewal 81, National Union 46.",
                "46",
                "union",
                "name",
            ),
        ];
        for (s, m, cue, want) in cases {
            assert_eq!(frame(s, m, cue), Some(want), "{s}");
        }
    }

    #[test]
    fn baselines_are_no_figures() {
        let cases = [
            ("Turnout was 68, up from 61 in 2022.", "61", true),
            ("Profit was 601, against 480 a year ago.", "480", true),
            (
                "Turnout stood at 52, compared with 46 at the same point.",
                "46",
                true,
            ),
            ("The Vela X is priced from 1199 in Europe.", "1199", false),
            ("Tariffs fall from 57 to 47.", "57", true),
            ("Tariffs fall from 57 to 47.", "47", false),
            // Where things come from is no base.
            ("The pilots came from 31 countries.", "31 countries", false),
            ("Press from 40 countries were there.", "40 countries", true),
            ("It was chosen from 21 films.", "21 films", false),
            (
                "The fleet was cut from 31 vessels to 19.",
                "31 vessels",
                true,
            ),
            ("Sales rose sharply from 12 ships.", "12 ships", true),
            ("A drop from 40 stores was expected.", "40 stores", true),
        ];
        for (s, m, want) in cases {
            let words = crate::check::fixture::words_of(s);
            let ctx = Ctx::new(&words, s, 0..words.len());
            let at = crate::check::fixture::words_at(&words, s, m);
            assert_eq!(is_start_of_change(&ctx, &at), want, "{s}");
        }
    }

    #[test]
    fn frames_that_do_not_link() {
        let cases = [
            ("Tariffs fall from 57 to 47.", "57", "tariffs"),
            // The relative clause is the inner count's.
            (
                "About 1100 of the 4200 workers who walked out crew the ferries.",
                "1100",
                "walked out",
            ),
            (
                "The toll from Tuesday's earthquake in the province rose to 63.",
                "63",
                "earthquake",
            ),
            (
                "The two leaders agreed to cut the fentanyl tariff.",
                "two",
                "tariff",
            ),
            (
                "Two of the astronauts landed; the crew of three returned safely.",
                "two",
                "crew",
            ),
        ];
        for (s, m, cue) in cases {
            assert_eq!(frame(s, m, cue), None, "{s}");
        }
    }
}
