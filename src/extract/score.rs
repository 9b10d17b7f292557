//! Scores and results: "40-22", "40–22", "a 40-22 win", "won 40 to 22",
//! "Eagles 40, Chiefs 22".
//!
//! A score is two small whole numbers joined by a dash, and news writes the
//! winner's first, so "40-22" is a score wherever it stands. With the smaller
//! number first, "10-12 people" is a range, read as a count; only a result
//! word after it ("a 17-20 defeat") or a result verb before it makes it a
//! score. "40 to 22" is a score only after a result verb ("won 40 to 22"), and
//! "Eagles 40, Chiefs 22" only with a capitalised name before each number:
//! only those name their sides, which is when order says who scored what. A
//! running score ("a 17-0 lead at halftime") is a score mention too; whether
//! it is the result is attribution's question.

use super::scan::{is_space, phrase, sp, word};

/// One side's points, counted in halves: chess scores a draw as half a
/// point ("7.5-5.5", "7½-6½"). Prints as written, "7" or "7.5".
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Points(u32);

impl Points {
    /// `n` whole points.
    pub const fn whole(n: u32) -> Self {
        Points(n * 2)
    }

    /// Points from a count of halves (`15` is 7.5).
    pub const fn from_halves(halves: u32) -> Self {
        Points(halves)
    }

    /// The count of halves (7.5 is `15`).
    pub const fn halves(self) -> u32 {
        self.0
    }

    /// Whether there is no half point.
    pub const fn is_whole(self) -> bool {
        self.0 % 2 == 0
    }

    /// The value as a number (7.5).
    pub fn get(self) -> f64 {
        f64::from(self.0) / 2.0
    }
}

impl std::fmt::Display for Points {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.is_whole() {
            write!(f, "{}", self.0 / 2)
        } else {
            write!(f, "{}.5", self.0 / 2)
        }
    }
}

impl serde::Serialize for Points {
    /// A whole number as an integer (`40`), a half as a decimal (`7.5`).
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.is_whole() {
            s.serialize_u32(self.0 / 2)
        } else {
            s.serialize_f64(self.get())
        }
    }
}

/// A score as read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Score {
    /// The two numbers, in the order written.
    pub points: (Points, Points),
    /// The names written with each number ("Eagles 40, Chiefs 22"), when the
    /// text pairs them.
    pub sides: Option<[String; 2]>,
}

/// Words after a score that make it a result ("a 17-20 defeat").
const RESULT_NOUNS: &[&str] = &[
    "win",
    "wins",
    "victory",
    "victories",
    "defeat",
    "defeats",
    "loss",
    "losses",
    "lead",
    "draw",
    "tie",
    "result",
    "scoreline",
    "triumph",
    "rout",
    "thrashing",
    "drubbing",
    "margin",
    "final",
    "aggregate",
    "deficit",
    "advantage",
    "comeback",
    "decision",
    "vote",
    "verdict",
    "halftime",
    "half-time",
    "score",
    "shootout",
    "upset",
    "thriller",
    "success",
    "setback",
    "reverse",
    "battering",
    "hammering",
    "home",
    "away",
    "count",
    "majority",
    "series",
    "record",
];

/// Verbs before "40 to 22" that make it a result.
const RESULT_VERBS: &[&str] = &[
    "won", "win", "wins", "winning", "beat", "beats", "beating", "lost", "lose", "loses", "losing",
    "defeated", "defeats", "edged", "led", "leads", "leading", "trailed", "trailing", "trail",
    "routed", "thrashed", "downed", "topped", "drew", "tied", "finished", "ended", "score", "of",
    "was", "is",
];

/// `score := points dash points | points sp "to" sp points | name sp points "," sp name sp points`
/// (and, with `tallies`, a vote's [`tally`])
/// where `points := digit{1,3}` and `dash := "-" | "–" | "—"` (spaces around
/// a dash allowed, not around a hyphen); at `core`, the first number's offset
/// in `text`. Returns the mention's start, end and the score.
pub fn score(text: &str, core: usize, tallies: bool) -> Option<(usize, usize, Score)> {
    if let Some(found) = sets(text, core) {
        return Some(found);
    }
    let before = &text[..core];
    // "7.5-5.5", "7½-6½": a chess score in half points, dashed only.
    if let Some((a, rest)) = half_points(&text[core..]) {
        let (b, r) = dashed_points(rest)?;
        let after = &r[r.len() - r.trim_start_matches(is_space).len()..];
        let result_word = next_word(after).is_some_and(|w| RESULT_NOUNS.contains(&w.as_str()));
        if !ends_cleanly(r) || (a < b && !result_word && !after_result_verb(before)) {
            return None;
        }
        return Some((
            core,
            text.len() - r.len(),
            Score {
                points: (a, b),
                sides: None,
            },
        ));
    }
    let (a, rest) = points(&text[core..])?;
    if let Some((b, r)) = dashed(rest) {
        let after = &r[r.len() - r.trim_start_matches(is_space).len()..];
        if !ends_cleanly(r) {
            return None;
        }
        let result_word = next_word(after).is_some_and(|w| RESULT_NOUNS.contains(&w.as_str()));
        if a < b && !result_word && !after_result_verb(before) {
            return None;
        }
        // A set won on a tie-break, with its points: "7-6 (7-5)".
        let end = text.len() - r.len();
        let end = if a.max(b) == 7 && a.min(b) == 6 {
            end + tiebreak(r)
        } else {
            end
        };
        return Some((core, end, result(a, b, None)));
    }
    // ("7-6.5": a whole number, then a half.)
    if let Some((b, r)) = dashed_half(rest) {
        if ends_cleanly(r) && Points::whole(a) >= b {
            let score = Score {
                points: (Points::whole(a), b),
                sides: None,
            };
            return Some((core, text.len() - r.len(), score));
        }
        return None;
    }
    if let Some(found) = tallies.then(|| tally(text, core, a, rest)).flatten() {
        return Some(found);
    }
    if let Ok((r, _)) = sp(rest).and_then(|(r, _)| word("to")(r)) {
        let (b, r) = sp(r).ok().and_then(|(r, _)| points(r))?;
        if !ends_cleanly(r) || !(after_result_verb(before) || (tallies && after_vote_verb(before)))
        {
            return None;
        }
        return Some((core, text.len() - r.len(), result(a, b, None)));
    }
    named(text, core, a, rest)
}

/// `tally := points sp "votes" sp "to" sp points | points sp ("votes" sp)?
/// ("in favour" | "in favor" | "for") ("," | sp "and" | sp "to") sp points sp
/// ("votes" sp)? "against"`: a vote as newsrooms count it, "by 158 votes to
/// 131", "34 in favour, 15 against", "34 for and 15 against". The numbers
/// keep the order written (for, then against).
fn tally(text: &str, core: usize, a: u32, rest: &str) -> Option<(usize, usize, Score)> {
    let after_votes = sp(rest)
        .and_then(|(r, _)| word("votes")(r))
        .map_or(rest, |(r, _)| r);
    // "158 votes to 131"
    if after_votes.len() < rest.len() {
        if let Ok((r, _)) = sp(after_votes).and_then(|(r, _)| word("to")(r)) {
            let (b, r) = sp(r).ok().and_then(|(r, _)| points(r))?;
            return ends_cleanly(r).then(|| (core, text.len() - r.len(), result(a, b, None)));
        }
    }
    // "34 in favour, 15 against"
    let (r, _) = sp(after_votes).ok()?;
    let (r, _) = phrase("in favour")(r)
        .or_else(|_| phrase("in favor")(r))
        .or_else(|_| word("for")(r))
        .ok()?;
    let r = if let Some(r) = r.strip_prefix(',') {
        r
    } else {
        sp(r)
            .and_then(|(r, _)| word("and")(r).or_else(|_| word("to")(r)))
            .map(|(r, _)| r)
            .ok()?
    };
    let (b, r) = sp(r).ok().and_then(|(r, _)| points(r))?;
    let r = sp(r)
        .and_then(|(r, _)| word("votes")(r))
        .map_or(r, |(r, _)| r);
    let (r, _) = sp(r).and_then(|(r, _)| word("against")(r)).ok()?;
    Some((core, text.len() - r.len(), result(a, b, None)))
}

/// Verbs of a vote up to four words before "34 to 15": "approved the bid 34
/// to 15", "passed by 34 to 15".
fn after_vote_verb(before: &str) -> bool {
    const VOTED: &[&str] = &[
        "approved",
        "passed",
        "backed",
        "rejected",
        "carried",
        "adopted",
        "voted",
        "endorsed",
        "elected",
        "confirmed",
        "by",
    ];
    let t = before.trim_end_matches(is_space);
    let clause = &t[t
        .rfind(['.', ';', ':', ',', '!', '?', '\n'])
        .map_or(0, |k| k + 1)..];
    clause
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .rev()
        .take(4)
        .any(|w| VOTED.iter().any(|v| v.eq_ignore_ascii_case(w)))
}

/// `sets := set ("," sp set)+` where `set := points "-" points tiebreak?` and
/// `tiebreak := sp? "(" digit+ ("-" digit+)? ")"`: a match told set by set,
/// "6-3, 4-6, 7-6 (7-5), 6-4" (tennis, volleyball's "25-21, 23-25, 25-19").
/// It is one score, the sets each side won, in the order written: 3-1. Each
/// set has a winner, with at least six (games, points) and at most 30.
fn sets(text: &str, core: usize) -> Option<(usize, usize, Score)> {
    let set = |i: &str| -> Option<((u32, u32), usize)> {
        let (a, r) = points(i)?;
        let r = r.strip_prefix('-').or_else(|| r.strip_prefix('–'))?;
        let (b, r) = points(r)?;
        if a == b || a.max(b) < 6 || a.max(b) > 30 {
            return None;
        }
        Some(((a, b), i.len() - r.len() + tiebreak(r)))
    };
    let mut at = core;
    let mut won = (0, 0);
    let mut count = 0;
    let mut end = core;
    while let Some(((a, b), len)) = set(&text[at..]) {
        count += 1;
        if a > b {
            won.0 += 1;
        } else {
            won.1 += 1;
        }
        end = at + len;
        let next = text[end..]
            .strip_prefix(',')
            .map(|r| r.trim_start_matches(is_space));
        match next {
            Some(r) if r.starts_with(|c: char| c.is_ascii_digit()) => at = text.len() - r.len(),
            _ => break,
        }
    }
    (count >= 2 && ends_cleanly(&text[end..])).then(|| (core, end, result(won.0, won.1, None)))
}

/// The length of a tie-break's points right after a set's score, " (7-5)"
/// or "(4)", or 0.
fn tiebreak(r: &str) -> usize {
    let t = r.trim_start_matches(is_space);
    let Some(inner) = t.strip_prefix('(') else {
        return 0;
    };
    let Some(close) = inner.find(')') else {
        return 0;
    };
    let body = &inner[..close];
    let points = !body.is_empty()
        && body.len() <= 5
        && body.starts_with(|c: char| c.is_ascii_digit())
        && body
            .chars()
            .all(|c| c.is_ascii_digit() || c == '-' || c == '–');
    if points {
        r.len() - (inner.len() - close - 1)
    } else {
        0
    }
}

fn result(a: u32, b: u32, sides: Option<[String; 2]>) -> Score {
    Score {
        points: (Points::whole(a), Points::whole(b)),
        sides,
    }
}

/// `half := digit{1,2} ("." "5" | "½")`, not followed by a digit: a number
/// of points with a half ("7.5", "7½").
fn half_points(i: &str) -> Option<(Points, &str)> {
    let n = i.bytes().take_while(u8::is_ascii_digit).count();
    if n == 0 || n > 2 {
        return None;
    }
    let rest = i[n..]
        .strip_prefix(".5")
        .or_else(|| i[n..].strip_prefix('½'))?;
    if rest.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let whole: u32 = i[..n].parse().ok()?;
    Some((Points::from_halves(whole * 2 + 1), rest))
}

/// A whole or half number of points ("5", "5.5", "5½").
fn any_points(i: &str) -> Option<(Points, &str)> {
    half_points(i).or_else(|| {
        let n = i.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0
            || n > 2
            || i[n..].starts_with(['.', ','])
                && i[n + 1..].starts_with(|c: char| c.is_ascii_digit())
        {
            return None;
        }
        Some((Points::whole(i[..n].parse().ok()?), &i[n..]))
    })
}

/// [`dashed`] with a whole or half number of points after the dash.
fn dashed_points(i: &str) -> Option<(Points, &str)> {
    any_points(after_dash(i)?)
}

/// [`dashed`] with a half number of points after the dash ("7-6.5").
fn dashed_half(i: &str) -> Option<(Points, &str)> {
    let r = i
        .strip_prefix('-')
        .or_else(|| i.strip_prefix('–'))
        .or_else(|| i.strip_prefix('—'))?;
    half_points(r)
}

/// `named := name sp points "," sp name sp points`, the first `points` at `core`.
fn named(text: &str, core: usize, a: u32, rest: &str) -> Option<(usize, usize, Score)> {
    let (first, first_start) = name_before(&text[..core])?;
    let r = rest.strip_prefix(',')?;
    let (r, _) = sp(r).ok()?;
    // A side's name is a few words: look no further (no input makes this long).
    let (end, _) = r
        .char_indices()
        .take(48)
        .find(|&(_, c)| !(c.is_alphabetic() || c == ' ' || c == '.' || c == '\''))?;
    let second = r[..end].trim_end();
    let words = second.split(' ').count();
    if second.is_empty()
        || words > 3
        || second.len() == end
        || !second.starts_with(|c: char| c.is_uppercase())
    {
        return None;
    }
    let (b, r2) = points(&r[end..])?;
    let score_end = text.len() - r2.len();
    if !ends_cleanly(r2) || figure_precedes(text, first_start) || figure_follows(text, score_end) {
        return None;
    }
    Some((
        first_start,
        text.len() - r2.len(),
        result(a, b, Some([first, second.to_string()])),
    ))
}

/// Whether the number ending at `end`, after a name starting at
/// `name_start`, is one figure of a list of names and figures ("the final
/// count: Civic Renewal 81, National Union 46, Green Left 14"): a figure,
/// not a name, when another name and figure follow it or precede its name;
/// and no score, which has two sides only.
pub(super) fn in_results_list(text: &str, name_start: usize, end: usize) -> bool {
    figure_follows(text, end) || figure_precedes(text, name_start)
}

/// Whether another name and its figure follow `end`: ", National Union 46"
/// (up to three capitalised words, then a number).
fn figure_follows(text: &str, end: usize) -> bool {
    let after = &text[end..];
    let Some(mut rest) = after
        .strip_prefix(", ")
        .or_else(|| after.strip_prefix("; "))
        .or_else(|| after.strip_prefix(" and "))
    else {
        return false;
    };
    for i in 0..4 {
        let word_len = rest
            .find(|c: char| !(c.is_alphabetic() || matches!(c, '\'' | '’' | '-')))
            .unwrap_or(rest.len());
        let word = &rest[..word_len];
        if i > 0 && word.is_empty() {
            return rest.starts_with(|c: char| c.is_ascii_digit());
        }
        if !word.starts_with(|c: char| c.is_uppercase()) {
            return false;
        }
        rest = rest[word_len..].strip_prefix(' ').unwrap_or("");
    }
    false
}

/// Whether a figure and a comma stand before the name at `name_start`
/// (a few words back): "Civic Renewal 81, National Union …".
fn figure_precedes(text: &str, name_start: usize) -> bool {
    let before = text[..name_start]
        .trim_end_matches(|c: char| c.is_alphabetic() || matches!(c, ' ' | '\'' | '’' | '-'));
    text[..name_start].len() - before.len() <= 40
        && before
            .strip_suffix(',')
            .is_some_and(|b| b.trim_end().ends_with(|c: char| c.is_ascii_digit()))
}

/// The capitalised word right before `before`'s end (one space between), and
/// where it starts: the side named with the first number.
fn name_before(before: &str) -> Option<(String, usize)> {
    let trimmed = before.strip_suffix(' ')?;
    let start = trimmed
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map(|(k, _)| k)?;
    let name = &trimmed[start..];
    let capital = name.starts_with(|c: char| c.is_uppercase());
    (capital && name.len() > 1).then(|| (name.to_string(), start))
}

/// `points := digit{1,3}`, not followed by a digit, a decimal point or a comma group.
fn points(i: &str) -> Option<(u32, &str)> {
    let n = i.bytes().take_while(u8::is_ascii_digit).count();
    if n == 0 || n > 3 {
        return None;
    }
    let rest = &i[n..];
    let b = rest.as_bytes();
    if b.first() == Some(&b'.') && b.get(1).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    Some((i[..n].parse().ok()?, rest))
}

/// Whether the digits at `start..end` of `text` open a dashed score that
/// reads as a result ("City 3-2", "Eastbury 3–2 Redmarsh"): the number after
/// a side's name is the score's, not part of the name ("Orbis 4").
pub(super) fn dashed_result_at(text: &str, start: usize, end: usize) -> bool {
    let Some((a, _)) = points(&text[start..]) else {
        return false;
    };
    match dashed(&text[end..]) {
        Some((b, r)) => a >= b && ends_cleanly(r),
        None => false,
    }
}

/// `dashed := ("-" | sp? ("–" | "—") sp?) points`
fn dashed(i: &str) -> Option<(u32, &str)> {
    points(after_dash(i)?)
}

/// The text after a score's dash: a hyphen right there, or an en or em
/// dash with spaces around it allowed.
fn after_dash(i: &str) -> Option<&str> {
    if let Some(r) = i.strip_prefix('-') {
        return Some(r);
    }
    let r = i.trim_start_matches(is_space);
    let r = r.strip_prefix('–').or_else(|| r.strip_prefix('—'))?;
    Some(r.trim_start_matches(is_space))
}

/// Whether a score may end here: not glued to a letter, "%", another dash or
/// number ("1-2-3", "3-1%").
fn ends_cleanly(r: &str) -> bool {
    match r.chars().next() {
        None => true,
        Some(c) if c.is_alphanumeric() || matches!(c, '%' | '/' | ':') => false,
        Some(c @ ('-' | '–' | ',')) => {
            !r[c.len_utf8()..].starts_with(|c: char| c.is_ascii_digit())
        }
        _ => true,
    }
}

/// The next word of `i` (letters and hyphens), lower-cased.
fn next_word(i: &str) -> Option<String> {
    let end = i
        .find(|c: char| !(c.is_alphabetic() || c == '-'))
        .unwrap_or(i.len());
    (end > 0).then(|| i[..end].to_lowercase())
}

/// Whether the word before the score is a result verb ("won 40 to 22").
fn after_result_verb(before: &str) -> bool {
    let t = before.trim_end_matches(is_space);
    let start = t
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map_or(t.len(), |(k, _)| k);
    let w = t[start..].to_lowercase();
    RESULT_VERBS.contains(&w.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (name, text, the score's core, Some((text of the mention, points, sides)) or None).
    type Case = (
        &'static str,
        &'static str,
        &'static str,
        Option<(&'static str, (u32, u32), Option<[&'static str; 2]>)>,
    );

    #[test]
    fn score_table() {
        let cases: &[Case] = &[
            (
                "hyphen",
                "won 40-22 on",
                "40",
                Some(("40-22", (40, 22), None)),
            ),
            (
                "en_dash",
                "a 40–22 win",
                "40",
                Some(("40–22", (40, 22), None)),
            ),
            (
                "spaced_en_dash",
                "ended 3 – 1.",
                "3",
                Some(("3 – 1", (3, 1), None)),
            ),
            ("win", "a 40-22 win", "40", Some(("40-22", (40, 22), None))),
            // An en dash after a score is three bytes: no slicing inside it.
            ("en_dash_after", "won 3-1–2 on", "3", None),
            ("en_dash_end", "won 3-1–", "3", Some(("3-1", (3, 1), None))),
            (
                "to",
                "won 40 to 22",
                "40",
                Some(("40 to 22", (40, 22), None)),
            ),
            (
                "named",
                "Eagles 40, Chiefs 22",
                "40",
                Some(("Eagles 40, Chiefs 22", (40, 22), Some(["Eagles", "Chiefs"]))),
            ),
            (
                "named_two_words",
                "Arsenal 2, Manchester City 1.",
                "2",
                Some((
                    "Arsenal 2, Manchester City 1",
                    (2, 1),
                    Some(["Arsenal", "Manchester City"]),
                )),
            ),
            ("level", "a 2-2 draw", "2", Some(("2-2", (2, 2), None))),
            (
                "running",
                "a 17-0 lead at halftime",
                "17",
                Some(("17-0", (17, 0), None)),
            ),
            (
                "loser_first_defeat",
                "a 17-20 defeat",
                "17",
                Some(("17-20", (17, 20), None)),
            ),
            (
                "loser_first_after_verb",
                "lost 17-20 to",
                "17",
                Some(("17-20", (17, 20), None)),
            ),
            (
                "shootout",
                "won 5-4 on penalties",
                "5",
                Some(("5-4", (5, 4), None)),
            ),
            ("vote", "a 6-3 ruling", "6", Some(("6-3", (6, 3), None))),
            ("range_is_no_score", "10-12 people", "10", None),
            ("range_to_is_no_score", "rose from 40 to 52", "40", None),
            ("years", "the 2019-20 season", "2019", None),
            ("phone", "call 555-123-4567", "555", None),
            ("percent", "3-1% of", "3", None),
            ("decimal", "2.5-3", "2", None),
            ("list_is_no_name", "in 2, then 3", "2", None),
            ("lower_case_is_no_name", "won 40, lost 22", "40", None),
        ];
        for (name, text, core, want) in cases {
            let at = text.find(core).unwrap_or(0);
            let got = score(text, at, true).map(|(s, e, sc)| (&text[s..e], sc));
            let want = want
                .map(|(t, p, sides)| (t, result(p.0, p.1, sides.map(|s| s.map(str::to_string)))));
            assert_eq!(got, want, "{name}");
        }
    }

    #[test]
    fn half_points_are_chess_scores() {
        let half = |t: &str, core: &str| {
            score(t, t.find(core).unwrap_or(0), false).map(|(s, e, sc)| {
                let (a, b) = sc.points;
                (t[s..e].to_string(), a.to_string(), b.to_string())
            })
        };
        let own = |t: &str, a: &str, b: &str| Some((t.to_string(), a.to_string(), b.to_string()));
        assert_eq!(
            half("leads 6.5-5.5 now", "6.5"),
            own("6.5-5.5", "6.5", "5.5")
        );
        assert_eq!(half("won 7½-6½ over", "7"), own("7½-6½", "7.5", "6.5"));
        assert_eq!(half("beat him 7-6.5 in", "7"), own("7-6.5", "7", "6.5"));
        // A range of decimals is no score.
        assert_eq!(half("between 4.5-5.5 metres", "4.5"), None);
    }
}
