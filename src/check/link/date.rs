//! Date frames: the day an event happened.
//!
//! A date is linked through the word it attaches to: the noun or verb its
//! "on" hangs on (stepping back over "held", "took place", a place phrase
//! and commas), the noun its possessive qualifies, or the clause it opens.
//!
//! | frame | reads |
//! |---|---|
//! | `on` | "met on Thursday", "talks on Thursday", "the summit, held on 15 August,", "the talks, held in Busan on Thursday," "met Thursday" |
//! | `possessive` | "Thursday's talks" |
//! | `object` | "won the world championship on Sunday", "approved its budget on Tuesday": the day of a cue verb's object |
//! | `fronted` | "On Friday, Trump and Putin met in Anchorage" |
//! | `apposition` | "on Thursday, May 13, the day a jury convicted him" |
//! | `participle` | "ended Fenn's reign on Saturday night, winning the men's final" |
//!
//! Never linked: a dateline ("ANCHORAGE, Aug 15 (Reuters) -"), which is when
//! the report was filed; "Friday's APEC summit" when "summit" is no cue.

use std::ops::Range;

use super::{Ctx, Frame, WordSet, DETERMINERS};

/// Words stepped over between a date and what it attaches to ("talks
/// on Friday began in the city"): hashed, since the walk back asks it of
/// every word it steps over.
static TRANSPARENT: WordSet = WordSet::new(&[
    "on",
    "began",
    "begin",
    "begins",
    "begun",
    "started",
    "starts",
    "start",
    "opened",
    "opens",
    "open",
    "closed",
    "ended",
    "concluded",
    "privately",
    "again",
    "first",
    "finally",
    "late",
    "early",
    "in",
    "at",
    "of",
    "city",
    "capital",
    "base",
    "town",
    "this",
    "last",
    "past",
]);

/// What the date attaches to, and by which frame: a word index.
pub(crate) fn attach(ctx: &Ctx<'_>, m: &Range<usize>) -> Option<(usize, Frame)> {
    // "Thursday's talks", "Friday's APEC summit"; or "after the April 11
    // win", "the June 13 draw", a date between a determiner and a noun: the
    // date qualifies the last word of the run of content words after it.
    let last = ctx.norm(m.end - 1);
    let possessive = last.ends_with("'s") || last.ends_with('\'');
    let attributive = || {
        m.start > ctx.sentence.start
            && ctx.is(m.start - 1, &["the", "a", "an", "this", "that"])
            && !ctx.punct_before(m.start)
            && ctx.in_sentence(m.end)
            && !ctx.punct_before(m.end)
            && !ctx.capitalised(m.end)
            && !ctx.is(m.end, &super::FUNCTION)
            && !ctx.is(m.end, &super::AUX)
            && !ctx.is(m.end, TIMES_OF_DAY)
    };
    if possessive || attributive() {
        let run = (m.end..ctx.sentence.end)
            .take(3)
            .take_while(|&k| !ctx.punct_before(k) && !ctx.is(k, &super::FUNCTION))
            .last()?;
        return Some((run, "possessive"));
    }
    // Walk back from the date to the word it hangs on.
    let mut k = m.start;
    let mut steps = 0;
    while k > ctx.sentence.start && steps < 10 {
        k -= 1;
        // "at the village of Liseron, upstream of Maravel, shortly before
        // dawn on Tuesday": an apposition set off by commas is stepped over
        // to the phrase it renames.
        if k + 1 < m.start && ctx.gap(k + 1).trim() == "," {
            let open = (k.saturating_sub(5).max(ctx.sentence.start + 1)..=k)
                .rev()
                .find(|&o| ctx.punct_before(o));
            if let Some(o) = open.filter(|&o| {
                ctx.gap(o).trim() == ","
                    && ctx.text.as_bytes()[ctx.words[o].span.start].is_ascii_lowercase()
                    && ctx.capitalised(o - 1)
                    && !ctx.is(o, SAYING)
            }) {
                k = o - 1;
            }
        }
        // Names (capitalised words) are stepped over at no cost, and so are
        // figures ("beat Brandvold 6-3, 4-6, 7-6 (7-5), 6-4 on Sunday").
        let figure = ctx.text.as_bytes()[ctx.words[k].span.start].is_ascii_digit()
            && ctx.text[ctx.words[k].span.clone()].contains(['-', '–']);
        if !ctx.capitalised(k) && !figure {
            steps += 1;
        }
        if figure && ctx.same_clause(k, m.start) {
            continue;
        }
        if !ctx.same_clause(k, m.start) {
            break;
        }
        // "…, the commission said early on Monday": a date on a verb of
        // saying dates the saying ("was said to" is no saying of its own).
        if ctx.is(k, SAYING)
            && !(k > ctx.sentence.start
                && ctx.is(k - 1, &["is", "was", "are", "were", "been", "be"]))
        {
            return Some((k, "on"));
        }
        let capital = ctx.capitalised(k) && k > ctx.sentence.start;
        if ctx.is(k, &TRANSPARENT)
            || ctx.is(k, &super::HOLDING)
            || ctx.is_aux_step(k)
            || ctx.is(k, &DETERMINERS)
            || capital
        {
            continue;
        }
        // "before dawn on Tuesday", "late in the evening on Friday": a time
        // of the day is when on the date, not what the date is of.
        if ctx.is(k, super::place::LOCATION) || ctx.is_clock(k) {
            continue;
        }
        if ctx.is(k, TIMES_OF_DAY) {
            // With its determiner and preposition: "shortly before dawn".
            while k > ctx.sentence.start + 1 && !ctx.punct_before(k) && ctx.is(k - 1, &DETERMINERS)
            {
                k -= 1;
            }
            if k > ctx.sentence.start + 1
                && !ctx.punct_before(k)
                && ctx.is(k - 1, TIME_PREPOSITIONS)
            {
                k -= 1;
                if k > ctx.sentence.start + 1
                    && !ctx.punct_before(k)
                    && ctx.is(
                        k - 1,
                        &["shortly", "just", "soon", "well", "long", "late", "early"],
                    )
                {
                    k -= 1;
                }
            }
            continue;
        }
        // A phrase between ("capsized off the central Philippines on
        // Friday", "won the Shield for the first time on Saturday"): step
        // back over it to its preposition, or over an object after its
        // determiner ("won the trophy on Saturday").
        if let Some(p) = ctx.phrase_before_in(k, true) {
            k = p;
            continue;
        }
        // (A possessive is the object's determiner: "struck Peru's central
        // Andes before dawn on Tuesday"; so is a number: "exchanged 19
        // detainees on Saturday".)
        let opener = |j: usize| {
            ctx.is(j, &DETERMINERS) || ctx.possessive(j) || super::count::is_number_word(ctx, j)
        };
        if k > ctx.sentence.start + 1 && opener(k - 1) && !ctx.punct_before(k) {
            k -= 1;
            continue;
        }
        // ("plunged to -6.4C at Liseron on Tuesday": a figure with its unit
        // glued on is an object too.)
        if super::count::is_number_word(ctx, k)
            && ctx.norm(k).ends_with(|c: char| c.is_alphabetic())
            && k > ctx.sentence.start
            && ctx.is(k - 1, &["to", "at", "by"])
        {
            continue;
        }
        // The head is the content word the phrase hangs on: past a bare
        // preposition ("rose to at least 19 on Sunday": the rise).
        let head = if ctx.is(k, &super::FUNCTION) && k > ctx.sentence.start && !ctx.punct_before(k)
        {
            k - 1
        } else {
            k
        };
        return Some((head, "on"));
    }
    // "On Friday, Trump and Putin met": the clause the date opens.
    let opens = m.start == ctx.sentence.start
        || (m.start == ctx.sentence.start + 1 && ctx.is(ctx.sentence.start, &["on"]));
    if opens && ctx.in_sentence(m.end) && ctx.gap(m.end).contains(',') {
        return Some((m.end, "fronted"));
    }
    // The walk reached the sentence's start from "on": the phrase hangs on
    // its first word ("The summit, held on …" once "held" is a cue).
    if k == ctx.sentence.start && k < m.start && ctx.is(m.start - 1, &["on"]) {
        return Some((k, "on"));
    }
    None
}

/// Whether date `m` hangs right on `cue` ("collapsed on Sunday",
/// "collapsed early on Sunday", "Sunday's collapse"), so close that a
/// `not-near` word elsewhere in its clause cannot take it ("called off their
/// search for survivors of a block that collapsed on Sunday").
pub(crate) fn tight(ctx: &Ctx<'_>, m: &Range<usize>, cue: &Range<usize>) -> bool {
    let before = cue.end <= m.start
        && m.start - cue.end <= 2
        && (cue.end..m.start)
            .all(|k| !ctx.punct_before(k) && ctx.is(k, &["on", "early", "late", "last", "this"]))
        && ctx.is(m.start - 1, &["on"]);
    let next = named_next(ctx, m, cue);
    let possessive = m.end == cue.start && {
        let last = ctx.norm(m.end - 1);
        last.ends_with("'s") || last.ends_with('\'')
    };
    (before || next || possessive) && !ctx.punct_before(m.start.max(cue.start))
}

/// Whether date `m` is named right after `cue`, American style, with no
/// "on": "a strike that began Thursday", "the vote Tuesday".
fn named_next(ctx: &Ctx<'_>, m: &Range<usize>, cue: &Range<usize>) -> bool {
    m.start == cue.end
        && !ctx.punct_before(m.start)
        && crate::extract::is_calendar_word(&ctx.norm(m.start))
}

/// Times of the day, which a date walk steps over.
const TIMES_OF_DAY: &[&str] = &[
    "dawn",
    "daybreak",
    "sunrise",
    "morning",
    "midday",
    "noon",
    "afternoon",
    "evening",
    "dusk",
    "sunset",
    "nightfall",
    "night",
    "midnight",
];

/// Prepositions of a time of day: "before dawn", "around midnight".
const TIME_PREPOSITIONS: &[&str] = &[
    "before", "after", "at", "by", "around", "until", "in", "during", "towards", "toward", "near",
    "into",
];

/// The frame, if any, that ties date `m` to `cue`.
pub(crate) fn link(ctx: &Ctx<'_>, m: &Range<usize>, cue: &Range<usize>) -> Option<Frame> {
    // "The Bundestag on Thursday passed the act": the verb right after it.
    let on = m.start > ctx.sentence.start && ctx.is(m.start - 1, &["on"]);
    if on && cue.start == m.end && !ctx.punct_before(m.end) {
        return Some("on");
    }
    // "a strike that began Thursday": a day named right after the cue
    // (the frame is named as if "on" were written).
    if named_next(ctx, m, cue) {
        return Some("on");
    }
    // "on Thursday, May 13, the day a jury convicted him": an apposition
    // that names the day by what happened on it.
    let day = m.end + 1;
    if ctx.in_sentence(day)
        && ctx.gap(m.end).trim() == ","
        && ctx.is(m.end, &["the"])
        && ctx.is(
            day,
            &["day", "date", "night", "morning", "afternoon", "evening"],
        )
        && cue.start > day
        && cue.start <= day + 7
        && (day + 1..=cue.start).all(|k| !ctx.punct_before(k))
    {
        return Some("apposition");
    }
    // "ended Fenn's reign at the Corvania Open on Saturday night, winning
    // the men's final": a participle's phrase right after the date shares
    // its time, and the cue in it is what happened then.
    let mut p = m.end;
    while p < ctx.sentence.end && p < m.end + 3 && !ctx.punct_before(p) && ctx.is(p, TIMES_OF_DAY) {
        p += 1;
    }
    if ctx.in_sentence(p) && ctx.gap(p).trim() == "," && cue.start > p && cue.start <= p + 4 {
        let w = ctx.norm(p);
        let participle = w.len() > 5
            && w.ends_with("ing")
            && ctx.text.as_bytes()[ctx.words[p].span.start].is_ascii_lowercase();
        if participle && (p + 1..cue.end).all(|k| !ctx.punct_before(k)) {
            return Some("participle");
        }
    }
    let (at, frame) = attach(ctx, m)?;
    if frame == "fronted" {
        // The cue stands in the clause the date opens, before any other verb
        // of saying: "On Friday, Trump said the talks…" dates the saying.
        let said = (at..cue.start).any(|k| ctx.is(k, SAYING));
        return (cue.start >= at && cue.start - at <= 8 && ctx.same_clause(at, cue.start) && !said)
            .then_some(frame);
    }
    if frame == "possessive" {
        return (cue.start >= m.end && cue.start <= at).then_some(frame);
    }
    // The word it hangs on, or a cue among the words stepped over ("held on").
    // (Not a cue that qualifies a noun after it: "tours the site with fire
    // officers late on Tuesday" dates the tour.)
    let stepped = cue.start > at && cue.end <= m.start && !ctx.is_noun(cue.end, AFTERMATH);
    // "talks got under way on Wednesday": the cue is the subject of the
    // verb the phrase hangs on (auxiliaries between).
    // (Not across punctuation: in "Ilves, whose party won the election,
    // promised on Wednesday", the election is no subject of "promised".)
    let subject = cue.end <= at
        && (cue.end..at).all(|k| ctx.is(k, &super::AUX) || ctx.is(k, &["which", "that", "who"]))
        && (cue.end..=at).all(|k| !ctx.punct_before(k) || ctx.is(k, &["which", "that", "who"]))
        && at - cue.end <= 3
        // ("visited the crash site on Saturday", "accident investigators
        // said on Saturday": a cue right before a noun of what came after
        // the event qualifies it, and is the subject of no verb.)
        && !(at == cue.end && ctx.is_noun(at, AFTERMATH));
    // ("over the site of the break on Sunday", "at the scene of the crash
    // on Monday": a cue after a noun of the aftermath and its "of" names
    // what the site is of; the day is of what happens there.)
    let aftermath_of = {
        let mut k = cue.start;
        if k > ctx.sentence.start && ctx.is(k - 1, &DETERMINERS) {
            k -= 1;
        }
        k >= ctx.sentence.start + 2
            && ctx.is(k - 1, &["of"])
            && ctx.is_noun(k - 2, AFTERMATH)
            && (k - 1..=cue.start).all(|j| !ctx.punct_before(j))
    };
    if ((cue.contains(&at) || stepped) && !aftermath_of) || subject {
        return Some(frame);
    }
    // "Korvel won the world chess championship on Sunday", "the council
    // approved its budget on Tuesday": the day of the cue verb's object is
    // the day of what the verb did to it.
    let object = cue.end <= at
        && at - cue.end <= 4
        && ctx.finite_verb(cue.end - 1)
        && !ctx.is(cue.end - 1, SAYING)
        && ctx.tight(cue.end - 1, at)
        && (cue.end..at).all(|k| {
            ctx.is(k, &DETERMINERS)
                || ctx.is(k, &["its", "their", "his", "her"])
                || (!ctx.is(k, &super::FUNCTION) && !ctx.capitalised(k) && !ctx.finite_verb(k))
        })
        && !ctx.is_noun(at, AFTERMATH);
    object.then_some("object")
}

/// Nouns of what comes after an event, which a cue before them qualifies
/// ("the crash site", "accident investigators", "the derailment inquiry"):
/// a date on them is theirs.
const AFTERMATH: &[&str] = &[
    "site",
    "scene",
    "investigator",
    "investigators",
    "investigation",
    "inquiry",
    "inquest",
    "probe",
    "report",
    "victim",
    "survivor",
    "memorial",
    "anniversary",
    "hearing",
    "trial",
    "funeral",
    "review",
    "response",
    "footage",
    "coverage",
    "zone",
    "aftermath",
    "cleanup",
    "recovery",
    "briefing",
    // Those who answer it ("fire officers", "rescue crews").
    "officer",
    "officers",
    "crews",
    "chief",
    "chiefs",
    "commander",
    "brigade",
    "service",
    "services",
    "department",
    "engines",
];

/// Verbs of saying that a fronted date may belong to instead.
const SAYING: &[&str] = &[
    "said",
    "says",
    "told",
    "announced",
    "wrote",
    "posted",
    "tweeted",
    "added",
    "warned",
    "confirmed",
    "reported",
    "insisted",
    "claimed",
];

/// Whether the date is a dateline's: in the first words of its line and
/// followed by an agency in parentheses or a dash ("Aug 15 (Reuters) -").
pub(crate) fn is_dateline(ctx: &Ctx<'_>, m: &Range<usize>) -> bool {
    // (Only the sentence's own words before it count, so the line's start
    // is looked for among them, not back through a long paragraph.)
    let from = ctx.words[ctx.sentence.start].span.start;
    let line_start = ctx.text[from..ctx.words[m.start].span.start]
        .rfind('\n')
        .map_or(from, |i| from + i + 1);
    let words_before = ctx.words[ctx.sentence.start..m.start]
        .iter()
        .filter(|w| w.span.start >= line_start)
        .count();
    if words_before > 6 {
        return false;
    }
    let end = ctx.words[m.end - 1].span.end;
    let surface = &ctx.text[ctx.words[m.start].span.start..end];
    // "BERLIN, Nov 19 (wire) -", "LISBON (AFP) -": a place in capitals opening its line.
    let capitals = surface.chars().any(char::is_alphabetic)
        && !surface.chars().any(char::is_lowercase)
        && words_before == 0;
    if capitals && surface.chars().filter(|c| c.is_alphabetic()).count() > 2 {
        return true;
    }
    let rest = ctx.text[end..].trim_start_matches([' ', ',', '.']);
    rest.starts_with('(')
        || rest.starts_with("- ")
        || rest.starts_with("-- ")
        || rest.starts_with('—')
        || rest.starts_with('–')
        || rest.starts_with('/')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::fixture::{words_at, words_of};

    fn frame(s: &str, m: &str, cue: &str) -> Option<Frame> {
        super::super::frame_of(s, m, cue, link)
    }

    #[test]
    fn frames_that_link() {
        let cases = [
            (
                "The two leaders met on Thursday in Busan.",
                "thursday",
                "met",
                "on",
            ),
            (
                "The talks, held in Busan on Thursday, lasted 100 minutes.",
                "thursday",
                "talks",
                "on",
            ),
            (
                "The summit, held on 15 August, ended early.",
                "15 august",
                "summit",
                "on",
            ),
            (
                "Thursday's talks ended early.",
                "thursday's",
                "talks",
                "possessive",
            ),
            (
                "On Friday, Trump and Putin met in Anchorage.",
                "friday",
                "met",
                "fronted",
            ),
            ("The leaders met Thursday.", "thursday", "met", "on"),
            (
                "The Bundestag on Thursday passed the act.",
                "thursday",
                "passed",
                "on",
            ),
            (
                "Westport won the National Shield for the first time on Saturday.",
                "saturday",
                "won",
                "on",
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
                "Xi then travelled on to Gyeongju for Friday's APEC summit after the talks.",
                "friday's",
                "talks",
            ),
            (
                "On Friday, Trump said the talks went well.",
                "friday",
                "talks",
            ),
            (
                "The talks ended before Xi left on Friday.",
                "friday",
                "talks",
            ),
            (
                "Voters backed the change in Sunday's referendum, the commission said early on Monday.",
                "monday",
                "referendum",
            ),
        ];
        for (s, m, cue) in cases {
            assert_eq!(frame(s, m, cue), None, "{s}");
        }
    }

    #[test]
    fn datelines() {
        let s = "BUSAN, Oct 30 (Wire) - The talks lasted 100 minutes.";
        let words = words_of(s);
        let ctx = Ctx::new(&words, s, 0..words.len());
        assert!(is_dateline(&ctx, &words_at(&words, s, "oct 30")));
        let s = "The talks were held on Oct 30 in Busan.";
        let words = words_of(s);
        let ctx = Ctx::new(&words, s, 0..words.len());
        assert!(!is_dateline(&ctx, &words_at(&words, s, "oct 30")));
    }
}
