//! Place frames: a place in the role a claim is about (SPEC kinds table).
//!
//! The venue of a meeting, the site of a crash and the destination of a
//! flight are different roles. A place is in the **location** role as the
//! object of in, at, inside, outside, near, into or off; in the
//! **destination** role as the object of to, for or toward(s), after "bound
//! for", "headed to", or as "Lisbon-bound"; in the **departure** role (a
//! claim whose `about` says what was left) as the object of "from" or of a
//! verb of leaving ("had left Kelmport"), never of "for" or "to". Either way it is linked when the
//! phrase hangs on a cue: stepping back from the preposition over
//! auxiliaries, "held", "took place", other place phrases ("at the US base
//! in Anchorage"), dates and commas, the first other word is the cue.
//!
//! | frame | reads |
//! |---|---|
//! | `prep` | "met in Busan", "the meeting at Joint Base …", "held at the US base in Anchorage", "the talks, held in Busan on Thursday," |
//! | `attributive` | "the Lisbon-bound flight", and for a cue that is no noun of the place's own, "the Busan trade talks" |
//! | `predicate` | "Harnby, a market town of 24,000, was the worst hit", "the hardest-hit town was Harnby": the place is what a copula says the cue of |
//! | `based` | "the Tessmoor-based carmaker": where the cue is based |
//! | `apposition` | "Velde, the worst-hit town", "the hardest-hit town, Harnby,": a noun phrase renaming the place |
//! | `label` | "Venue: Orvell Hall", "Departed: Skelby Heliport, 07:14": a fact box's label and the place after its colon |
//! | `object` | "had left Kelmport", "departed the port of Kelmport": the place a verb of leaving governs, for a point of departure |
//! | `owner` | "the Busan talks", "Tamsford's councillors", "Tamsford City Council", "Tamsford City Hall": the place whose cue it is; it confirms the claim's place and contradicts none, and a clause about another place's talks or theft is another occasion |
//!
//! Not a place of the event: "flew from Moscow", "Moscow's weight", "left
//! for Gyeongju to attend the summit" (a destination, and another event's).

use std::ops::Range;

use super::{Ctx, Frame, WordSet, DETERMINERS};

/// Prepositions of location.
/// ("broke through beneath Mount Serrak", "under the Kessan range".)
pub(crate) const LOCATION: &[&str] = &[
    "in",
    "at",
    "inside",
    "outside",
    "near",
    "into",
    "off",
    "within",
    "under",
    "beneath",
    "underneath",
    "below",
];

/// Bodies of water and land a place is "on": "on the River Ousel".
const WATER_AND_LAND: &[&str] = &[
    "river", "lake", "loch", "island", "isle", "coast", "shore", "bank", "estuary", "sea",
];

/// Prepositions of destination.
const DESTINATION: &[&str] = &["to", "for", "toward", "towards"];

/// Prepositions that open a phrase of their own: a place after one of them is
/// its object, not the object of an earlier preposition. (Hashed: asked of
/// each word a walk back to a preposition steps over, "in the South
/// Korean city of Busan".)
static BLOCKERS: WordSet = WordSet::new(&[
    "about", "across", "after", "against", "among", "around", "before", "behind", "beside",
    "besides", "between", "beyond", "by", "despite", "during", "for", "from", "into", "like",
    "near", "on", "onto", "over", "since", "than", "through", "toward", "towards", "under",
    "until", "versus", "via", "with", "within", "without", "to",
]);

/// Verbs of impact, whose object is the place an event hit.
const IMPACT: &[&str] = &[
    "hit",
    "hits",
    "struck",
    "strikes",
    "buried",
    "buries",
    "flooded",
    "floods",
    "swept",
    "sweeps",
    "shook",
    "shakes",
    "rocked",
    "rocks",
    "battered",
    "batters",
    "devastated",
    "destroyed",
    "engulfed",
    "ravaged",
    "flattened",
    "razed",
    "inundated",
    // ("Farmers blockaded Varenholt", "tractors encircled the centre of
    // Varenholt": the place a blockade lands on.)
    "blockaded",
    "besieged",
    "encircled",
    "surrounded",
    "paralysed",
    "paralyzed",
    "gridlocked",
    // ("the strike shut Tarsk-Holm airport")
    "shut",
    "shuts",
];

/// Words stepped over between a place phrase and what it hangs on
/// ("the summit held in the city of Anchorage"): hashed, since the walk
/// back asks it of every word it steps over.
static TRANSPARENT: WordSet = WordSet::new(&[
    "located",
    "based",
    "situated",
    "being",
    "of",
    "city",
    "capital",
    "base",
    "town",
    "port",
    "village",
    "region",
    "state",
    "province",
    "island",
    "coast",
    "airport",
    "hotel",
    "palace",
    "house",
    "centre",
    "center",
    "venue",
    "resort",
    "airfield",
    "military",
    "air",
    "force",
    "naval",
    "bound",
    "headed",
    "heading",
    "en",
    "route",
    "direct",
    "nonstop",
    "non-stop",
    "on",
    "privately",
    "again",
    "first",
    "late",
    "early",
    "far",
    "northern",
    "southern",
    "eastern",
    "western",
    "remote",
    "coastal",
    "sea",
    "waters",
    "river",
    "lake",
    "bay",
    "mountains",
    "area",
    "outskirts",
    "suburb",
    "south",
    "north",
    "east",
    "west",
    "just",
    "shortly",
    "immediately",
    "km",
    "kilometres",
    "kilometers",
    "miles",
    "mile",
    "metres",
    "meters",
    "nautical",
    "about",
    "roughly",
    "nearly",
    "some",
    "around",
    "way",
]);

/// Idioms that state a destination whatever verb they follow: "on its way
/// to", "en route to", "bound for", "headed for", "heading to".
fn destination_idiom(ctx: &Ctx<'_>, prep: usize) -> bool {
    let before = |k: usize| prep >= k && ctx.in_sentence(prep - k);
    (before(1)
        && ctx.is(
            prep - 1,
            &["way", "route", "bound", "headed", "heading", "destined"],
        ))
        || (before(2) && ctx.is(prep - 2, &["en"]) && ctx.is(prep - 1, &["route"]))
}

/// Which role a place claim is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    /// Where the event happened.
    Location,
    /// Where a flight, trip or route was headed.
    Destination,
    /// Where a ship, flight or trip set out from.
    Departure,
}

/// Verbs of leaving whose object is the place left: "had left Kelmport",
/// "departed the port of Kelmport".
const LEAVING: &[&str] = &["left", "leaving", "departed", "departing"];

impl Role {
    /// A claim whose `about` says what was left ("the port the ship had
    /// left", "the heliport the helicopter took off from") is about a
    /// point of departure, whatever its cues.
    pub(crate) fn of_about(about: &str) -> Option<Role> {
        const LEFT: &[&str] = &[
            "left",
            "departed",
            "departure",
            "took off from",
            "set off from",
            "set sail from",
            "sailed from",
            "flew from",
            "flown from",
            "took off",
            "set out from",
        ];
        LEFT.iter()
            .any(|phrase| super::about_says(about, phrase))
            .then_some(Role::Departure)
    }

    /// A claim whose cues name a route, a trip or an arrival is about a
    /// destination.
    pub(crate) fn of_cues<'s>(stems: impl IntoIterator<Item = &'s str>) -> Role {
        const ROUTE: &[&str] = &[
            "flight",
            "bound",
            "destin",
            "head",
            "trip",
            "rout",
            "voyag",
            "journey",
            "travel",
            "fli",
            "fly",
            "sail",
            "en",
            "flown",
            "headed",
            "destination",
            // ("the base town the team returned to", cue "arrived")
            "return",
            "arriv",
        ];
        if stems.into_iter().any(|s| ROUTE.contains(&s)) {
            Role::Destination
        } else {
            Role::Location
        }
    }

    fn prepositions(self) -> &'static [&'static str] {
        match self {
            Role::Location => LOCATION,
            Role::Destination => DESTINATION,
            Role::Departure => &["from"],
        }
    }
}

/// The preposition of `role` that governs the place at `first`: at most five
/// words before it, no punctuation or blocking preposition in between ("in
/// the South Korean city of Busan").
pub(crate) fn governing(ctx: &Ctx<'_>, first: usize, role: Role) -> Option<usize> {
    for k in 1..=6 {
        if first < ctx.sentence.start + k || ctx.punct_before(first - k + 1) {
            return None;
        }
        let at = first - k;
        if ctx.is(at, role.prepositions()) || (role == Role::Location && departs_from(ctx, at)) {
            return Some(at);
        }
        // "forces the evacuation of the town of Tornby": the place an act
        // of its noun is done to.
        if role == Role::Location
            && ctx.is(at, &["of"])
            && at > ctx.sentence.start
            && !ctx.punct_before(at)
            && ctx.is(at - 1, DONE_TO_PLACES)
        {
            return Some(at);
        }
        // "had left Kelmport", "departed the port of Kelmport": the verb
        // governs the place it leaves.
        if role == Role::Departure && ctx.is(at, LEAVING) {
            return Some(at);
        }
        // "arrived in Skarvik", "landed at Brevik", "back in Skarvik": where
        // an arrival ends is a destination.
        if role == Role::Destination
            && ctx.is(at, &["in", "at", "into"])
            && at > ctx.sentence.start
            && !ctx.punct_before(at)
            && ctx.is(
                at - 1,
                &[
                    "arrived", "arrives", "arrive", "arriving", "landed", "lands", "land",
                    "landing", "docked", "back",
                ],
            )
        {
            return Some(at);
        }
        // "on the River Ousel", "on Lake Ossery", "on the island of Varn":
        // "on" before a body of water or land is where (not "talks on
        // Ukraine").
        if role == Role::Location
            && ctx.is(at, &["on"])
            && (at + 1..=first + 1).any(|j| ctx.in_sentence(j) && ctx.is_noun(j, WATER_AND_LAND))
        {
            return Some(at);
        }
        // "bound for", "headed to": the word before is part of the phrase.
        if ctx.is(at, &BLOCKERS) && !(role == Role::Destination && ctx.is(at, DESTINATION)) {
            return None;
        }
    }
    None
}

/// The name whose whereabouts the place at `m` gives, if any: a phrase set
/// off by a comma after a name, opening with "who" or a verb of being
/// somewhere ("Paul Aske, speaking in Ostby, …", "Aske, who stayed in Ostby
/// throughout, …"). A sentence-only place there is that person's, not the
/// event's.
pub(crate) fn whereabouts(ctx: &Ctx<'_>, m: &Range<usize>) -> Option<usize> {
    let start = (m.start.saturating_sub(5).max(ctx.sentence.start + 1)..=m.start)
        .rev()
        .find(|&k| ctx.punct_before(k))?;
    if start == m.start || !ctx.gap(start).trim().ends_with(',') {
        return None;
    }
    // Words of where someone was, not of what they did at the event
    // ("Mariners, beating Rovers at Ashgrove Park": the match's place).
    let opens = ctx.is(
        start,
        &[
            "who",
            "speaking",
            "writing",
            "staying",
            "based",
            "living",
            "visiting",
            "calling",
            "commenting",
            "posting",
        ],
    );
    let name = start - 1;
    (opens
        && ctx.capitalised(name)
        && !ctx.is_cue_word(name)
        && !crate::extract::is_calendar_word(&ctx.norm(name)))
    .then_some(name)
}

/// Verbs of setting off: the place they set off from is where they
/// happened ("lifted off from Cape Halloran", "sailed from Hagnaya").
const DEPARTURES: &[&str] = &[
    "launched",
    "launch",
    "launches",
    "off",
    "liftoff",
    "lift-off",
    "departed",
    "departs",
    "sailed",
    "sails",
    "evacuated",
    "evacuating",
    "fled",
    "fleeing",
    "rescued",
    "airlifted",
];

/// Nouns of what is done to a place, whose "of" names it: "the evacuation
/// of Tornby", "the siege of Marrow".
const DONE_TO_PLACES: &[&str] = &[
    "evacuation",
    "evacuations",
    "flooding",
    "bombing",
    "shelling",
    "siege",
    "blockade",
    "occupation",
    "destruction",
    "closure",
    "lockdown",
    "capture",
    "liberation",
    "invasion",
];

/// Whether word `at` is a "from" after a verb of setting off, a date
/// phrase between at most: "Orbis 4 lifted off on Thursday from …".
fn departs_from(ctx: &Ctx<'_>, at: usize) -> bool {
    if !ctx.is(at, &["from"]) {
        return false;
    }
    let mut k = at;
    for _ in 0..4 {
        if k <= ctx.sentence.start || ctx.punct_before(k) {
            return false;
        }
        k -= 1;
        if ctx.is(k, DEPARTURES) {
            return true;
        }
        let w = ctx.norm(k);
        let date_word = ctx.is(
            k,
            &["on", "the", "early", "late", "morning", "evening", "night"],
        ) || crate::extract::is_calendar_word(&w)
            || w.bytes().all(|b| b.is_ascii_digit());
        if !date_word {
            return false;
        }
    }
    false
}

/// What the place at `m` hangs on in `role`, and by which frame.
pub(crate) fn attach(ctx: &Ctx<'_>, m: &Range<usize>, role: Role) -> Option<(usize, Frame)> {
    let own = ctx.norm(m.end - 1);
    if role == Role::Destination && (own.ends_with("-bound") || own.ends_with("–bound")) {
        return attributive(ctx, m);
    }
    let Some(prep) = governing(ctx, m.start, role) else {
        return attributive(ctx, m);
    };
    if role == Role::Departure && ctx.is(prep, LEAVING) {
        return Some((prep, "object"));
    }
    let mut k = prep;
    let mut steps = 0;
    while k > ctx.sentence.start && steps < 12 {
        k -= 1;
        // Names (capitalised words) are stepped over at no cost.
        if !ctx.capitalised(k) {
            steps += 1;
        }
        if !ctx.same_clause(k, prep) {
            return None;
        }
        let capital = ctx.capitalised(k) && k > ctx.sentence.start;
        if ctx.is(k, &TRANSPARENT)
            || ctx.is(k, &super::HOLDING)
            || ctx.is_aux_step(k)
            || ctx.is(k, &DETERMINERS)
            || ctx.is(k, LOCATION)
            || capital
            || ctx.norm(k).starts_with(|c: char| c.is_ascii_digit())
        {
            continue;
        }
        if let Some(p) = ctx.phrase_before(k) {
            k = p;
            continue;
        }
        return Some((k, "prep"));
    }
    // The walk reached the sentence's start: the phrase hangs on its first word.
    (k == ctx.sentence.start && steps < 12).then_some((k, "prep"))
}

/// "the Busan talks": the place right before a noun, at most one word between.
fn attributive(ctx: &Ctx<'_>, m: &Range<usize>) -> Option<(usize, Frame)> {
    let own = ctx.norm(m.end - 1);
    let bound = own.ends_with("-bound") || own.ends_with("–bound");
    let possessive = own.ends_with("'s");
    if possessive {
        return None;
    }
    let k = m.end;
    if !ctx.in_sentence(k) || ctx.punct_before(k) {
        return None;
    }
    // "the Busan talks", "Busan talks end": a name before its noun follows a
    // determiner or opens the sentence; after a preposition or verb it is an
    // object ("the flight to Lisbon crashed").
    let before = m.start.checked_sub(1).filter(|&b| ctx.in_sentence(b));
    if let Some(b) = before {
        let opens = ctx.punct_before(m.start);
        if !opens && !ctx.is(b, &DETERMINERS) && !ctx.norm(b).ends_with("'s") && !ctx.capitalised(b)
        {
            return None;
        }
    }
    if bound || !ctx.is(k, &super::FUNCTION) {
        // Past one adjective or a second name word: "the Busan trade talks".
        if ctx.in_sentence(k + 1)
            && !ctx.punct_before(k + 1)
            && !ctx.is_event_noun(k)
            && ctx.is_event_noun(k + 1)
        {
            return Some((k + 1, "attributive"));
        }
        return Some((k, "attributive"));
    }
    None
}

/// The frame, if any, that ties place `m` to `cue` in `role`.
/// Whether place `m` owns `cue`: a possessive or a name right before it,
/// capitalised words only between ("Tamsford's councillors", "Tamsford
/// City Council"). It says whose the thing is, which is where it is as a
/// rule but not always, so it confirms a place and contradicts none.
pub(crate) fn owner(ctx: &Ctx<'_>, m: &Range<usize>, cue: &Range<usize>) -> bool {
    // ("Tamsford City Hall": a name that holds the cue.)
    if m.start < cue.start && cue.end <= m.end {
        return true;
    }
    cue.start >= m.end
        && cue.start - m.end <= 2
        && ctx.tight(m.end - 1, cue.start)
        && (m.end..cue.start).all(|k| {
            (ctx.capitalised(k) || super::count::is_number_word(ctx, k)) && !ctx.possessive(k)
        })
        && (ctx.possessive(m.end - 1) || !ctx.is(cue.start, &super::FUNCTION))
        && !ctx.finite_verb(cue.start)
}

/// Whether place `m` is "X-based" right before `cue` ("the Tessmoor-based
/// carmaker", "Pellham-based Halcyon Telecom"): so close a tie that a
/// `not-near` word elsewhere in the clause cannot take it.
pub(crate) fn based(ctx: &Ctx<'_>, m: &Range<usize>, cue: &Range<usize>) -> bool {
    let own = ctx.norm(m.end - 1);
    (own.ends_with("-based") || own.ends_with("–based"))
        && cue.start >= m.end
        && cue.start - m.end <= 2
        && ctx.tight(m.end - 1, cue.start)
}

pub(crate) fn link(
    ctx: &Ctx<'_>,
    m: &Range<usize>,
    cue: &Range<usize>,
    role: Role,
) -> Option<Frame> {
    // "Tamsford's councillors voted", "the Tamsford City Council": when no
    // frame of the event's place ties them, the place whose cue it is (see
    // [`owner`]).
    // "Tessmoor-based carmaker": where the cue is based, a location of its
    // own, not whose it is.
    if role == Role::Location && based(ctx, m, cue) {
        return Some("based");
    }
    if role != Role::Destination && owner(ctx, m, cue) {
        return Some("owner");
    }
    // "Departed: Skelby Heliport, 07:14", "Venue: Orvell Hall": a fact
    // box's label and the place right after its colon.
    if cue.start == ctx.sentence.start && m.start == cue.end && ctx.gap(m.start).trim() == ":" {
        return Some("label");
    }
    linked(ctx, m, cue, role)
}

fn linked(ctx: &Ctx<'_>, m: &Range<usize>, cue: &Range<usize>, role: Role) -> Option<Frame> {
    if role == Role::Destination {
        if let Some(prep) = governing(ctx, m.start, role) {
            if destination_idiom(ctx, prep) && ctx.same_clause(prep, cue.start) {
                return Some("destination idiom");
            }
        }
    }
    // "the waters off Santa Fe, where the ferry went down": a clause hanging
    // on the place, with the cue in it.
    let relative = ctx.in_sentence(m.end)
        && ctx.is(m.end, &["where"])
        && ctx.gap(m.end).contains(',')
        && cue.start > m.end
        && ctx.clause(cue.start) == ctx.clause(m.end)
        && (governing(ctx, m.start, role).is_some()
            // ("Harrowby Beach, where the cable comes ashore", a caption's
            // head; "the village of Orsk, where the bus crashed": a named
            // place a clause hangs on is where, with no preposition.)
            || (role == Role::Location
                && (m.start == ctx.sentence.start
                    || (m.start >= 2
                        && ctx.is(m.start - 1, &["of"])
                        && ctx.is_noun(m.start - 2, &TRANSPARENT)))));
    if relative {
        return Some("relative");
    }
    // "Harnby, a market town of 24,000, was the worst hit", "the
    // hardest-hit town was Harnby": the place is what the cue is said of.
    if role != Role::Destination && ctx.same_clause(m.start, cue.start) {
        let copula = |k: usize| {
            ctx.is(
                k,
                &[
                    "was", "is", "were", "are", "remains", "remained", "became", "becomes",
                ],
            )
        };
        let subject = cue.start > m.end
            && (m.start == ctx.sentence.start || ctx.is(m.start - 1, &["the"]))
            && (m.end..cue.start).any(|k| {
                copula(k)
                    && ctx.clause(k) == ctx.clause(m.start)
                    && (k + 1..cue.start).all(|j| ctx.is(j, &["the", "by", "far", "easily"]))
            });
        let complement = cue.end <= m.start
            && m.start - cue.end <= 3
            && copula(m.start - 1)
            && (cue.end..m.start - 1).all(|j| !ctx.punct_before(j) && !ctx.is(j, &super::FUNCTION));
        if subject || complement {
            return Some("predicate");
        }
    }
    // "Velde, the worst-hit town", "The town of Eastbrook, the worst hit",
    // "the hardest-hit town, Harnby,": a noun phrase that renames the place.
    if role != Role::Destination {
        let after = ctx.in_sentence(m.end)
            && ctx.gap(m.end).trim() == ","
            && ctx.is(m.end, &["the"])
            && (m.end + 1..=m.end + 2).contains(&cue.start)
            && (m.end + 1..=cue.start).all(|k| !ctx.punct_before(k))
            // ("Held in Anchorage, Alaska, the meeting …": the clause's
            // subject, an event, renames no place.)
            && !(cue.start..cue.end).any(|k| ctx.is_event_noun(k));
        let before = cue.end <= m.start
            && ctx.gap(m.start).trim() == ","
            && (cue.end..m.start).all(|k| ctx.is_noun(k, &TRANSPARENT))
            && m.start - cue.end <= 1
            && cue.start > ctx.sentence.start
            && ctx.is(cue.start - 1, &["the"]);
        if after || before {
            return Some("apposition");
        }
    }
    // "The landslide struck the village of Orsk", "the storm hit Morvane":
    // the place a verb of impact lands on is where the event happened.
    // ("Some 1,800 tractors had encircled the centre of Varenholt": or the
    // verb the cue is the subject of, auxiliaries between.)
    // ("a strike that shut Tarsk-Holm and Brevik airports": or a cue that
    // is itself a verb, the place its object.)
    let verb = if ctx.is(cue.start, IMPACT) || ctx.finite_verb(cue.start) {
        Some(cue.start)
    } else {
        (cue.end..m.start.min(cue.end + 3))
            .find(|&k| !ctx.is(k, &super::AUX))
            .filter(|&k| {
                ctx.is(k, IMPACT) && (cue.end..=k).all(|j| j == cue.end || !ctx.punct_before(j))
            })
    };
    if let Some(v) = verb.filter(|_| role == Role::Location && cue.len() == 1) {
        let k = v + 1;
        // ("shut Tarsk-Holm and Brevik airports": or the next of two.)
        let direct = m.start == k
            || (m.start >= k + 2
                && ctx.is(m.start - 1, &["and"])
                && (k..m.start - 1).all(|j| ctx.capitalised(j)));
        let named = m.start == k + 3
            && ctx.is(k, &["the"])
            && (ctx.is(k + 1, &TRANSPARENT) || ctx.is(k + 1, &["centre", "center", "heart"]))
            && ctx.is(k + 2, &["of"]);
        if (direct || named) && (k..=m.start).all(|j| !ctx.punct_before(j)) {
            return Some("object");
        }
    }
    let (at, frame) = attach(ctx, m, role)?;
    // The word it hangs on, or a cue among the words stepped over ("bound for").
    let stepped = cue.start > at && cue.end <= m.start;
    // "talks got under way on Wednesday": the cue is the subject of the
    // verb the phrase hangs on (auxiliaries between).
    // (Not across punctuation: in "Ilves, whose party won the election,
    // promised on Wednesday", the election is no subject of "promised".)
    let subject = cue.end <= at
        && (cue.end..at).all(|k| ctx.is(k, &super::AUX) || ctx.is(k, &["which", "that", "who"]))
        && (cue.end..=at).all(|k| !ctx.punct_before(k) || ctx.is(k, &["which", "that", "who"]))
        && at - cue.end <= 3;
    ((cue.contains(&at) || stepped || subject) && ctx.same_clause(m.start, cue.start))
        .then_some(frame)
}

/// The preposition, "near" or "outside", when the place is only where the
/// event was close to or not at ("the board met outside Arlen", "crashed
/// near Bishoftu"): such a phrase confirms the place but contradicts none.
pub(crate) fn approximate(ctx: &Ctx<'_>, m: &Range<usize>) -> Option<usize> {
    governing(ctx, m.start, Role::Location).filter(|&k| ctx.is(k, &["outside"]))
}

/// Whether the place stands in `role` at all (for sentence-only attribution).
pub(crate) fn in_role(ctx: &Ctx<'_>, m: &Range<usize>, role: Role) -> bool {
    let own = ctx.norm(m.end - 1);
    governing(ctx, m.start, role).is_some()
        || (role == Role::Destination && (own.ends_with("-bound") || own.ends_with("–bound")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::fixture::{words_at, words_of};

    fn frame(s: &str, m: &str, cue: &str, role: Role) -> Option<Frame> {
        let words = words_of(s);
        let ctx = Ctx::new(&words, s, 0..words.len());
        link(
            &ctx,
            &words_at(&words, s, m),
            &words_at(&words, s, cue),
            role,
        )
    }

    #[test]
    fn location_frames() {
        use Role::Location as L;
        let cases = [
            (
                "Divers search the waters off Lisbon, where the ferry sank.",
                "lisbon",
                "sank",
                Some("relative"),
            ),
            (
                "Harrowby Beach, where the export cable comes ashore.",
                "harrowby beach",
                "comes ashore",
                Some("relative"),
            ),
            (
                "Rescuers reached the village of Orsk, where the bus crashed.",
                "orsk",
                "crashed",
                Some("relative"),
            ),
            (
                "The ferry overturned about 6 km off Lisbon.",
                "lisbon",
                "overturned",
                Some("prep"),
            ),
            (
                "An aerial view of Kessby, the worst-hit town, on Monday.",
                "kessby",
                "worst-hit",
                Some("apposition"),
            ),
            (
                "Rescuers reached the hardest-hit town, Kessby, by boat.",
                "kessby",
                "hardest-hit",
                Some("apposition"),
            ),
            (
                "Held at a base in Kessby, the meeting was short.",
                "kessby",
                "meeting",
                None,
            ),
            (
                "Kessby, a town of 4,000, lies east of the worst-hit valley.",
                "kessby",
                "worst-hit",
                None,
            ),
            (
                "The two leaders met in Busan.",
                "busan",
                "met",
                Some("prep"),
            ),
            (
                "The rocket lifted off on Thursday from Cape Halloran.",
                "cape halloran",
                "lifted off",
                Some("prep"),
            ),
            (
                "The ferry sailed from Hagnaya.",
                "hagnaya",
                "sailed",
                Some("prep"),
            ),
            ("Putin flew from Moscow.", "moscow", "flew", None),
            (
                "They met at the US base in Anchorage.",
                "anchorage",
                "met",
                Some("prep"),
            ),
            (
                "The talks, held in Busan on Thursday, lasted 100 minutes.",
                "busan",
                "talks",
                Some("prep"),
            ),
            (
                "The summit was held at a military base in Anchorage, Alaska.",
                "anchorage",
                "summit",
                Some("prep"),
            ),
            (
                // (Whose the talks are: it confirms Busan, and another
                // place here would be other talks, see `owner`.)
                "The Busan talks ended.",
                "busan",
                "talks",
                Some("owner"),
            ),
            (
                "The Busan trade talks ended.",
                "busan",
                "talks",
                Some("attributive"),
            ),
            (
                "Earlier trade talks in Kuala Lumpur set the stage for the meeting in Busan.",
                "busan",
                "meeting",
                Some("prep"),
            ),
            (
                "Earlier trade talks in Kuala Lumpur set the stage for the meeting in Busan.",
                "kuala lumpur",
                "meeting",
                None,
            ),
            (
                "He flew from Moscow to the summit.",
                "moscow",
                "summit",
                None,
            ),
            (
                "Xi left for Gyeongju to attend the summit.",
                "gyeongju",
                "summit",
                None,
            ),
            (
                "The plane crashed into the sea near Lisbon.",
                "lisbon",
                "crashed",
                Some("prep"),
            ),
        ];
        for (s, m, cue, want) in cases {
            assert_eq!(frame(s, m, cue, L), want, "{s}");
        }
    }

    #[test]
    fn destination_frames() {
        use Role::Destination as D;
        let cases = [
            (
                "The flight was bound for Lisbon.",
                "lisbon",
                "flight",
                Some("destination idiom"),
            ),
            (
                "The ferry sank on its way to Hagnaya.",
                "hagnaya",
                "sank",
                Some("destination idiom"),
            ),
            (
                "The Lisbon-bound flight crashed.",
                "lisbon-bound",
                "flight",
                Some("attributive"),
            ),
            (
                "The flight to Lisbon crashed.",
                "lisbon",
                "flight",
                Some("prep"),
            ),
            ("The flight from Lisbon crashed.", "lisbon", "flight", None),
        ];
        for (s, m, cue, want) in cases {
            assert_eq!(frame(s, m, cue, D), want, "{s}");
        }
    }
}
