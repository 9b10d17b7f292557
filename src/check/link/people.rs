//! People frames: who took part.
//!
//! A person is a participant when every word between the name and the cue
//! belongs to the language of taking part: other names and titles, list
//! words ("and", commas), "with", "between", "alongside", "joined by",
//! "accompanied by", and the verbs of meeting and attending, all in one
//! clause. "X attended the talks", "joined by X and Y", "X, Y and Z
//! attended", "talks between X and Y", "X met Y".
//!
//! Not a participant: "before lifting off to rejoin Collins" (another
//! clause), "Zelensky was not invited to the talks" (a negation is no word of
//! taking part), "X briefed Y on the talks" (briefing is not attending).

use std::ops::Range;

use super::{Ctx, Frame, WordSet};

/// Words of taking part, as written. (A [`WordSet`]: a long list, asked of
/// every word between a name and its cue, "Zelensky joined Trump and
/// Putin at the talks".)
static BRIDGE: WordSet = WordSet::new(&[
    "and",
    "with",
    "between",
    "alongside",
    "by",
    "joined",
    "accompanied",
    "along",
    "including",
    "as",
    "well",
    "both",
    "plus",
    "together",
    "the",
    "a",
    "an",
    "his",
    "her",
    "their",
    "its",
    "met",
    "meet",
    "meets",
    "held",
    "hold",
    "holds",
    "holding",
    "attended",
    "attend",
    "attends",
    "attending",
    "led",
    "hosted",
    "host",
    "hosting",
    "sat",
    "down",
    "for",
    "also",
    "later",
    "then",
    "had",
    "has",
    "have",
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "being",
    "who",
    "flanked",
    "president",
    "prime",
    "minister",
    "secretary",
    "state",
    "envoy",
    "special",
    "counterpart",
    "counterparts",
    "leader",
    "leaders",
    "chief",
    "adviser",
    "advisor",
    "aide",
    "aides",
    "official",
    "officials",
    "foreign",
    "defense",
    "defence",
    "treasury",
    "commerce",
    "vice",
    "national",
    "security",
    "of",
    "two",
    "three",
    "four",
    "private",
    "closed-door",
    "face-to-face",
    "one-on-one",
    "bilateral",
    "in",
    "person",
    "took",
    "part",
    "participated",
    "joining",
    "join",
    "joins",
    "sitting",
    "sit",
    "across",
    "from",
    "table",
    "at",
    "on",
    "behalf",
    "delegation",
    "team",
    "members",
    "member",
    "top",
    "senior",
    "governor",
    "mayor",
    "head",
    "director",
    "chairman",
    "chairwoman",
    "chair",
    "commissioner",
    "deputy",
    "general",
    "executive",
    "executives",
    "chiefs",
    "interior",
    "finance",
    "health",
    "transport",
    "administrator",
    "commander",
    "premier",
    "regional",
    "provincial",
    "state's",
]);

/// Verbs whose object takes part as much as their subject.
const MEETING: &[&str] = &[
    "met",
    "meeting",
    "joined",
    "joining",
    "accompanied",
    "accompanying",
    "hosted",
    "hosting",
    "welcomed",
    "welcoming",
    "greeted",
    "greeting",
    "received",
    "flanked",
    "partnered",
    "faced",
    "facing",
    "played",
    "playing",
];

/// Words before a role that say the person does not fill it now.
const NOT_HOLDING: &[&str] = &[
    "backup",
    "back-up",
    "reserve",
    "alternate",
    "former",
    "ex",
    "retired",
    "would-be",
    "prospective",
    "standby",
];

/// Whether a people claim's `about` is of those something was done to
/// ("who was arrested over the collapse", "who were rescued"): the object
/// of its cue verb is then one of them, and its subject is not.
pub(crate) fn is_patient(about: &str) -> bool {
    let words: Vec<String> = about
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.windows(2).any(|w| {
        matches!(
            w[0].as_str(),
            "was" | "were" | "is" | "are" | "been" | "being" | "got" | "get"
        ) && w[1].len() > 3
            && (w[1].ends_with("ed") || w[1].ends_with("en") || w[1] == "held")
    })
}

/// Whether word `i` looks like a verb's past or present participle.
fn verb_form(ctx: &Ctx<'_>, i: usize) -> bool {
    let w = ctx.norm(i);
    w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing"))
}

/// The frame, if any, that ties person `m` to `cue` as a participant.
/// `patient`: the claim is of those the cue's verb was done to (see
/// [`is_patient`]).
pub(crate) fn link(
    ctx: &Ctx<'_>,
    m: &Range<usize>,
    cue: &Range<usize>,
    patient: bool,
) -> Option<Frame> {
    // "2 - people arrested on Tuesday: the engineer Anika Sorel and Dario
    // Fenn": the names a label's colon lists.
    if label_list(ctx, m, cue) {
        return Some("list");
    }
    if renames(ctx, m, cue) || renamed_after(ctx, m, cue) {
        return Some("apposition");
    }
    if titled_list(ctx, m, cue) {
        return Some("list");
    }
    if renamed_subject(ctx, m, cue) {
        return Some("apposition");
    }
    if names_relative(ctx, m, cue) {
        return Some("apposition");
    }
    if copula_role(ctx, m, cue) {
        return Some("participant");
    }
    // "A week after she was sworn in as mayor, Amara Solberg published …":
    // the pronoun of a fronted clause is the main clause's subject.
    if cue.end <= m.start
        && ctx.gap(m.start).trim() == ","
        && (ctx.sentence.start..cue.start).any(|k| {
            ctx.is(
                k,
                &[
                    "after", "before", "since", "when", "once", "until", "because",
                ],
            ) && ctx.is(k + 1, &["she", "he", "they"])
                && (ctx.sentence.start..k).all(|j| !ctx.finite_verb(j) && !ctx.is(j, &super::AUX))
                && (k + 1..cue.start).all(|j| !ctx.gap(j).contains(','))
        })
        && (cue.end..m.start).all(|j| !ctx.punct_before(j) || j == m.start)
        && (cue.end..m.start).count() <= 6
    {
        return Some("participant");
    }
    if !ctx.same_clause(m.start, cue.start) || onlooker(ctx, m, cue) {
        return None;
    }
    // "elected mayor of Caldermoor", "the president of Ostria": the place
    // or body a role is of is no one who did anything.
    if m.start >= ctx.sentence.start + 2
        && ctx.is(m.start - 1, &["of"])
        && (role_noun(ctx, m.start - 2)
            || ctx.is(
                m.start - 2,
                &["head", "chief", "captain", "king", "queen", "mayor"],
            ))
    {
        return None;
    }
    // "pilot Ben Carver's ski plane": the name owns a thing the cue only
    // qualifies; no one did what the cue says.
    if m.end == cue.start
        && ctx.possessive(m.end - 1)
        && ctx.in_sentence(cue.end)
        && !ctx.punct_before(cue.end)
        && !ctx.is(cue.end, &super::FUNCTION)
        && !ctx.is(cue.end, &super::AUX)
        && !verb_form(ctx, cue.end)
        && !ctx.capitalised(cue.end)
        && !ctx.norm(cue.end).ends_with('s')
        && !super::count::is_number_word(ctx, cue.end)
    {
        return None;
    }
    // "Prime Minister Elena Vos, who is attending a summit in Tessaly": a
    // verb of attending whose object is an event no claim's cue names is
    // another event.
    if attends_other(ctx, cue) {
        return None;
    }
    // "Backup astronaut Lars Vinter", "former minister X": the role is
    // one the person does not hold here.
    if cue.start > ctx.sentence.start && ctx.is(cue.start - 1, NOT_HOLDING) {
        return None;
    }
    // "the three who paced Arvida": the object of a verb cue is who it was
    // done to, not one who did it, unless the verb is one of meeting ("met
    // Putin", "joined Trump") or the claim is of those it was done to
    // ("prosecutors arrested Sorel").
    if cue.end == m.start
        && !ctx.punct_before(m.start)
        && !patient
        && verb_form(ctx, cue.end - 1)
        && !ctx.is(cue.end - 1, MEETING)
    {
        return None;
    }
    // "Inspector Vedrin arrested the engineer": for those it was done to,
    // the subject of an active verb cue is not one of them ("Sorel was
    // arrested" is).
    if patient
        && m.end <= cue.start
        && verb_form(ctx, cue.start)
        && !(cue.start > ctx.sentence.start
            && ctx.is(
                cue.start - 1,
                &["was", "were", "been", "being", "is", "are", "got", "get"],
            ))
    {
        return None;
    }
    let between = if m.end <= cue.start {
        m.end..cue.start
    } else if cue.end <= m.start {
        cue.end..m.start
    } else {
        return Some("participant");
    };
    // "Marta Eklund, general secretary of the union, and Jonas Brekke,
    // chairman of the employers, signed": a name's apposition is stepped
    // over, and so is the comma that closes it.
    let mut skipped = Vec::new();
    if m.end <= cue.start {
        step_over(
            m.end..cue.start,
            |k| apposition(ctx, k).or_else(|| position(ctx, k)),
            &mut skipped,
        );
    }
    // "Grant Whitlow, the hedge-fund manager who bought the painting": a
    // name's apposition whose relative clause holds the cue.
    if m.end < cue.start && ctx.gap(m.end).trim() == "," && cue.start - m.end <= 12 {
        let who = (m.end + 1..cue.start).find(|&k| ctx.is(k, &["who"]));
        if let Some(w) = who {
            let plain = (m.end + 1..w).all(|k| !ctx.punct_before(k) && !ctx.finite_verb(k))
                && (w + 1..cue.start).all(|k| ctx.is(k, &super::AUX) && !ctx.punct_before(k))
                && !ctx.punct_before(w);
            if plain {
                skipped.push(m.end..w + 1);
            }
        }
    }
    // "arrested the engineer Anika Sorel, who signed off the extension,
    // and Pavel Lune": a relative clause on a name of the list is stepped
    // over to the "and" after its closing comma.
    if cue.end <= m.start {
        step_over(cue.end..m.start, |k| relative(ctx, k), &mut skipped);
    }
    // "Carrow has arrived at the crash site and is walking along the
    // line": a verb phrase the name is the subject of, and another after
    // "and" that shares it (no subject of its own between).
    if m.end < cue.start && (ctx.finite_verb(m.end) || ctx.is(m.end, &super::AUX)) {
        let and = (m.end + 1..cue.start).find(|&k| ctx.is(k, &["and"]) && !ctx.punct_before(k));
        if let Some(a) = and {
            let shared = (a + 1..cue.start)
                .all(|k| ctx.is(k, &super::AUX) || ctx.is(k, &["then", "later", "also"]))
                && (m.end..a).all(|k| {
                    !ctx.capitalised(k)
                        && !ctx.gap(k).contains([';', ':', '(', ')'])
                        && !ctx.is(k, &["who", "which", "that"])
                });
            if shared && a - m.end <= 10 {
                skipped.push(m.end..a + 1);
            }
        }
    }
    // "Arvida with her three pacers": a role, in the plural, that the
    // name's own possessive gives to others ("her victory" is hers).
    let plural = {
        let w = ctx.norm(cue.end - 1);
        w.ends_with('s') && !w.ends_with("ss")
    };
    if m.end < cue.start && plural {
        let owned = (cue.start.saturating_sub(3).max(m.end)..cue.start)
            .any(|k| ctx.is(k, &["her", "his", "their"]))
            && !(m.end..cue.start).any(|k| ctx.is(k, &["fellow", "and"]));
        if owned {
            return None;
        }
    }
    // "Valkov toured the harbour district with Maes": the cue's object,
    // up to three words, before "with" or "alongside".
    if cue.end < m.start {
        let mut k = cue.end;
        if ctx.is(k, &super::DETERMINERS) {
            k += 1;
        }
        let object = k;
        // ("announced the cull alongside Pavel Strand": "alongside" is no
        // function word, and no object either.)
        while k < m.start
            && k < object + 3
            && !ctx.is(k, &super::FUNCTION)
            && !ctx.is(k, &["alongside"])
            && !ctx.punct_before(k)
        {
            k += 1;
        }
        if k > object && ctx.is(k, &["with", "alongside"]) && !ctx.punct_before(k) {
            skipped.push(cue.end..k);
        } else {
            // "is unveiled on the pitch at the Estadio do Norte alongside
            // president Helena Duarte": places and times between, each a
            // preposition and its phrase.
            let mut k = cue.end;
            while k < m.start
                && k < cue.end + 12
                && !ctx.punct_before(k)
                && (ctx.is(k, &["on", "at", "in", "inside", "outside"])
                    || ctx.is(k, &super::DETERMINERS)
                    || ctx.capitalised(k)
                    || (!ctx.is(k, &super::FUNCTION) && !ctx.finite_verb(k)))
                && !ctx.is(k, &["with", "alongside"])
            {
                k += 1;
            }
            let phrases = k > cue.end && ctx.is(cue.end, &["on", "at", "in", "inside", "outside"]);
            if phrases && ctx.is(k, &["with", "alongside"]) && !ctx.punct_before(k) {
                skipped.push(cue.end..k);
            }
        }
    }
    // "The agreement was signed late on Sunday in Calderbury, where the
    // buyer is based, by the two chief executives, Kellerman and Ruel": the
    // agent of a passive cue, whatever stands between the cue and "by".
    let mut agent_by = None;
    if cue.end < m.start
        && cue.start > ctx.sentence.start
        && ctx.is(
            cue.start - 1,
            &["was", "were", "been", "being", "is", "are"],
        )
    {
        if let Some(by) = (cue.end..m.start)
            .rev()
            .find(|&k| ctx.is(k, &["by"]) && ctx.same_clause(cue.start, k))
        {
            skipped.push(cue.end..by);
            agent_by = Some(by);
        }
    }
    // "Anselm on the two dissents: …": what she spoke about, not what she
    // did (a name opening the sentence; "congratulated Ilves on her
    // victory" is hers).
    if m.start == ctx.sentence.start
        && m.end < cue.start
        && ctx.is(m.end, &["on"])
        && !ctx.is(m.end + 1, &["behalf"])
    {
        return None;
    }
    let stepped = |k: usize| skipped.iter().any(|r| r.contains(&k));
    if between.clone().filter(|&k| !stepped(k)).count() > 14 {
        return None;
    }
    // "won the Derby on Saturday, giving Elspeth Vane the distinction": the
    // object of a participle its comma opens is no one who did what the
    // cue says ("beating", "joining", "including" still name those there,
    // and so does "sitting beside").
    if cue.end <= m.start
        && between.clone().any(|k| {
            let w = ctx.norm(k);
            !stepped(k)
                && ctx.gap(k).trim() == ","
                && w.len() > 5
                && w.ends_with("ing")
                && !ctx.capitalised(k)
                && (k + 1..m.start).all(|j| {
                    ctx.is(j, &super::DETERMINERS)
                        || !(ctx.is(j, &super::FUNCTION)
                            || ctx.is(
                                j,
                                &[
                                    "beside",
                                    "alongside",
                                    "next",
                                    "near",
                                    "behind",
                                    "among",
                                    "opposite",
                                ],
                            ))
                })
                && !matches!(
                    w.as_ref(),
                    "beating"
                        | "defeating"
                        | "joining"
                        | "including"
                        | "featuring"
                        | "accompanying"
                        | "alongside"
                        | "following"
                )
        })
    {
        return None;
    }
    // "a 12-1 outsider trained by Elspeth Vane and ridden by Corin
    // Maddox": the agent of another participle before the cue did that.
    if m.end <= cue.start && m.start > ctx.sentence.start && ctx.is(m.start - 1, &["by"]) {
        return None;
    }
    // "Vane's Brass Meridian lands Derby": a name whose possessive owns
    // the name that does what the cue says.
    if m.end < cue.start
        && ctx.possessive(m.end - 1)
        && !ctx.capitalised(cue.start)
        && (ctx.finite_verb(cue.start) || {
            let w = ctx.norm(cue.start);
            w.ends_with('s') && !w.ends_with("ss")
        })
        && (m.end..cue.start).all(|k| ctx.capitalised(k) && !ctx.punct_before(k))
    {
        return None;
    }
    // "After two hours of talks, Trump left": a comma right at the cue
    // parts the name from it (a list of names keeps its commas between names).
    let at_cue = if m.end <= cue.start {
        cue.start
    } else {
        cue.end
    };
    // ("signed, late on Friday, by Fisheries Minister Lotte Brann": the comma
    // opens what stands between a passive cue and its agent.)
    let closes_apposition = skipped.last().is_some_and(|r| r.end == at_cue)
        || (agent_by.is_some() && at_cue == cue.end);
    if ctx.in_sentence(at_cue)
        && ctx.punct_before(at_cue)
        && ctx.gap(at_cue).contains(',')
        && !closes_apposition
    {
        return None;
    }
    // "the National Union of prime minister Tomas Ravel won": a name inside
    // a phrase of the subject ("of", "for" a few title words before it) is
    // not who did it.
    // ("Secretary of State Marco Rubio": a title, all capitals, is his own.)
    if m.end <= cue.start {
        let of = (m.start.saturating_sub(4).max(ctx.sentence.start)..m.start)
            .rev()
            .take_while(|&k| !ctx.punct_before(k + 1))
            .find(|&k| ctx.is(k, &["of", "for"]));
        if of.is_some_and(|k| (k + 1..m.start).any(|j| !ctx.capitalised(j))) {
            return None;
        }
    }
    // "alongside developer Lucas Brandt and waste contractor Sami Rahn":
    // up to two lower-case words right before a name, after the cue, a
    // comma or "and", are the name's title.
    let plain =
        |i: usize| !ctx.capitalised(i) && !ctx.is(i, &super::FUNCTION) && !ctx.finite_verb(i);
    // (Names before the cue: "Helena Voss and rescue chief Tomas Rejn look
    // on", a title after the first name's "and".)
    let lo = if m.start > cue.start { cue.end } else { m.end };
    let title = |k: usize| {
        let start = (k.saturating_sub(1).max(lo)..=k)
            .find(|&i| (i..=k).all(plain))
            .unwrap_or(k);
        // (With its determiner: "arrested the structural engineer Anika
        // Sorel".)
        let opener = if start > lo && ctx.is(start - 1, &super::DETERMINERS) {
            start - 1
        } else {
            start
        };
        // ("bought by the Singapore-based collector Mei-Lin Corbett": or
        // after a capitalised modifier, itself after a determiner.)
        let modifier = opener > lo + 1
            && ctx.capitalised(opener - 1)
            && ctx.is(opener - 2, &super::DETERMINERS);
        // ("spotted on May 4 by amateur astronomers Ilka Varn": or after
        // the "by" of a passive cue's agent.)
        let opens = (opener == cue.end && (ctx.is(cue.end - 1, &BRIDGE) || patient))
            || ctx.punct_before(opener)
            || ctx.is(opener - 1, &["and", "or"])
            || (agent_by == Some(opener - 1))
            || modifier;
        let name = (k + 1..(k + 3).min(ctx.sentence.end))
            .find(|&j| ctx.capitalised(j))
            .is_some_and(|j| {
                (k..j).all(plain) && j - start <= 2 && (k + 1..=j).all(|i| !ctx.punct_before(i))
            });
        plain(k) && opens && name
    };
    // "pilots Sigrid Hovde and Jonas Weir, winchman Petter Rask": a cue
    // that titles the list's first names, and another title, no cue, for
    // the later ones: theirs is that other role.
    let cue_titles = m.start > cue.end
        && ctx.in_sentence(cue.end)
        && !ctx.punct_before(cue.end)
        && ctx.capitalised(cue.end);
    if cue_titles
        && between
            .clone()
            .any(|k| !stepped(k) && !ctx.is_cue_word(k) && title(k))
    {
        return None;
    }
    let bridged = between.clone().all(|k| {
        stepped(k)
            || ctx.same_clause(m.start, k)
                && (ctx.is(k, &BRIDGE) || ctx.capitalised(k))
                && (!ctx.gap(k).contains([';', ':', '(', ')'])
                    || skipped.iter().any(|r| r.end == k))
            || title(k)
    });
    (bridged && !ctx.gap(between.end).contains([';', ':'])).then_some("participant")
}

/// Whether `m` renames a cue that names a role, right after it and its
/// comma or colon: "The buyer, Mei-Lin Corbett, broke her silence", "the
/// house confirms the buyer: Mei-Lin Corbett". The role has its determiner
/// or possessive ("the painting's buyer"), is a noun of who does something
/// ("buyer", "winner", "signatories", "runner-up"; no event), and the name
/// ends its phrase (punctuation or the sentence's end after it).
fn renames(ctx: &Ctx<'_>, m: &Range<usize>, cue: &Range<usize>) -> bool {
    if m.start < cue.end || cue.start <= ctx.sentence.start || !ctx.in_sentence(cue.end) {
        return false;
    }
    if !matches!(ctx.gap(cue.end).trim(), "," | ":") {
        return false;
    }
    // ("Its negotiators, regional secretary Marta Leclerc and works council
    // chairman Samuel Otieno, were informed": a list of names, with their
    // titles, renames the cue to the comma that closes it.)
    let listed = {
        let close = (cue.end + 1..ctx.sentence.end)
            .find(|&k| {
                let gap = ctx.gap(k);
                gap.contains([';', ':', '.', '(', ')'])
                    || (gap.contains(',') && !ctx.capitalised(k) && !ctx.is(k, &["and", "or"]))
            })
            .unwrap_or(ctx.sentence.end);
        let plain = (cue.end..close)
            .all(|k| !ctx.is(k, &super::AUX) && (!verb_form(ctx, k) || ctx.capitalised(k)));
        m.end <= close && close - cue.end <= 16 && plain
    };
    if m.start > cue.end && !listed {
        return false;
    }
    // ("behind the winner, with Tamberlane third": a phrase a preposition
    // opens is no name for the cue.)
    if ctx.is(
        cue.end,
        &[
            "with", "without", "ahead", "behind", "after", "before", "as", "while", "from", "for",
            "to", "by", "at", "in", "on",
        ],
    ) {
        return false;
    }
    let role = role_noun(ctx, cue.end - 1);
    let determined = determines(ctx, cue.start - 1);
    let ends = !ctx.in_sentence(m.end) || ctx.punct_before(m.end) || listed;
    role && determined && ends
}

/// Whether `cue` is a verb of attending whose object, right after it (an
/// indefinite article and two modifiers allowed), is an event that is no
/// cue of any claim: "attending a summit in Tessaly".
fn attends_other(ctx: &Ctx<'_>, cue: &Range<usize>) -> bool {
    if cue.len() != 1 || !ctx.is(cue.start, &["attend", "attends", "attended", "attending"]) {
        return false;
    }
    // (An event the article brings in as new: "attended the talks" is
    // this event's, told by a cue or not.)
    if !ctx.is(cue.end, &["a", "an", "another"]) {
        return false;
    }
    let k = cue.end + 1;
    let object = (k..(k + 3).min(ctx.sentence.end))
        .take_while(|&j| !ctx.punct_before(j))
        .find(|&j| ctx.is_event_noun(j) || ctx.is_cue_word(j));
    object.is_some_and(|j| !ctx.is_cue_word(j))
}

/// Whether `m` is one of the names a copula gives the role the cue names:
/// "Tarn, Ivo Pell and Rhea Mook were this year's headliners", "Pell was
/// the festival's first headliner". Between the copula and the role, at
/// most four words, each a determiner, a possessive, a number or a plain
/// modifier; no negation.
fn copula_role(ctx: &Ctx<'_>, m: &Range<usize>, cue: &Range<usize>) -> bool {
    if m.end >= cue.start {
        return false;
    }
    // The names after `m` in its list: "Tarn, Ivo Pell and Rhea Mook".
    let mut copula = m.end;
    while copula < cue.start
        && (ctx.capitalised(copula) || ctx.is(copula, &["and"]))
        && !ctx.gap(copula).contains([';', ':', '(', ')'])
    {
        copula += 1;
    }
    if cue.start - copula > 5
        || !ctx.is(copula, &["was", "were", "is", "are"])
        || !role_noun(ctx, cue.end - 1)
    {
        return false;
    }
    (copula + 1..cue.start).all(|k| {
        !ctx.punct_before(k)
            && !ctx.is(k, &["not", "never", "no", "also", "once", "formerly"])
            && !ctx.is(k, NOT_HOLDING)
            && (determines(ctx, k)
                || super::count::is_number_word(ctx, k)
                || (!ctx.is(k, &super::FUNCTION)
                    && !ctx.is(k, &super::AUX)
                    && !ctx.finite_verb(k)
                    && !ctx.capitalised(k)))
    }) && !ctx.punct_before(copula)
        && (ctx.sentence.start..m.start).all(|k| {
            !ctx.finite_verb(k) && !ctx.is(k, &super::AUX) && !ctx.gap(k).contains([';', ':'])
        })
}

/// Whether `m` is one of the names, set off by commas, that follow a
/// relative clause holding the cue: "The three councillors who voted
/// against, Bram Ode, Lia Fenn and Tor Vik, spoke", "The one member who
/// opposed the plan, Jon Ilse, was not named". The clause is "who" or
/// "that" and the cue with at most three words after it; the names run,
/// with "and" and commas, from its closing comma to a comma or the
/// sentence's end.
fn names_relative(ctx: &Ctx<'_>, m: &Range<usize>, cue: &Range<usize>) -> bool {
    if m.start < cue.end
        || cue.start <= ctx.sentence.start + 1
        || !ctx.is(cue.start - 1, &["who", "that"])
        || ctx.punct_before(cue.start - 1)
    {
        return false;
    }
    let Some(comma) = (cue.end..=m.start)
        .take(5)
        .find(|&k| ctx.gap(k).trim() == ",")
    else {
        return false;
    };
    let clause_plain = (cue.end..comma).all(|k| !ctx.punct_before(k) && !ctx.capitalised(k));
    let names = (comma..m.start).all(|k| ctx.capitalised(k) || ctx.is(k, &["and"]))
        && (comma..m.start).all(|k| !ctx.gap(k).contains([';', ':', '(', ')']));
    let closed = !ctx.in_sentence(m.end)
        || ctx.gap(m.end).trim() == ","
        || ctx.is(m.end, &["and"])
        || ctx.gap(m.end).trim() == ".";
    clause_plain && names && closed
}

/// Whether the name at `m` is one of a list of names with their titles set
/// off by commas, all the subject of the verb cue after it: "her mother,
/// Greta Ferrow, her brother, Tobias Ferrow, and her shore manager, Osric
/// Laine, greeted her".
fn titled_list(ctx: &Ctx<'_>, m: &Range<usize>, cue: &Range<usize>) -> bool {
    if m.end > cue.start || cue.start - m.end > 16 || !ctx.finite_verb(cue.start) {
        return false;
    }
    // (The last name, its title before it: "and her agent, Ruth Ames, met".)
    if m.end == cue.start {
        let titled_before = ctx.gap(m.start).contains(',')
            && (m.start.saturating_sub(4).max(ctx.sentence.start + 1)..m.start).any(|t| {
                (ctx.gap(t).contains(',') || ctx.is(t - 1, &["and"]))
                    && ctx.is(t, &["her", "his", "their", "its"])
                    && (t + 1..m.start).all(|j| !ctx.punct_before(j) && !ctx.capitalised(j))
            });
        return titled_before && ctx.gap(cue.start).trim() == ",";
    }
    // The segments between the name and the cue, each opened by a comma.
    let mut k = m.end;
    let mut titles = 0;
    while k < cue.start {
        if !ctx.gap(k).contains(',') {
            return false;
        }
        let mut j = k + usize::from(ctx.is(k, &["and"]));
        let open = j;
        if ctx.capitalised(j) {
            // A name: capitalised words up to the next comma.
            j += 1;
            while j < cue.start && !ctx.punct_before(j) {
                j += 1;
            }
            if (open..j).any(|i| !ctx.capitalised(i)) || j - open > 4 {
                return false;
            }
        } else {
            // A title: "her brother", "the town's harbour master".
            if !ctx.is(j, &["her", "his", "their", "its", "the", "a"]) {
                return false;
            }
            j += 1;
            while j < cue.start && !ctx.punct_before(j) {
                if ctx.finite_verb(j) || ctx.is(j, &super::FUNCTION) || j - open > 4 {
                    return false;
                }
                j += 1;
            }
            titles += 1;
        }
        k = j;
    }
    titles > 0 && k == cue.start
}

/// Whether the name at `m` is one a ", with" phrase after the cue sets
/// watching what was done ("rang the bell, with finance chief Sabine Ruel
/// and chair Leopold Grint applauding behind them"): no one who did it.
fn onlooker(ctx: &Ctx<'_>, m: &Range<usize>, cue: &Range<usize>) -> bool {
    m.start > cue.end
        && (cue.end..m.start).any(|k| ctx.is(k, &["with"]) && ctx.gap(k).trim() == ",")
        && (m.end..(m.end + 6).min(ctx.sentence.end))
            .take_while(|&j| !ctx.punct_before(j))
            .any(|j| {
                ctx.is(
                    j,
                    &[
                        "applauding",
                        "watching",
                        "looking",
                        "cheering",
                        "clapping",
                        "standing",
                        "waiting",
                        "listening",
                        "observing",
                    ],
                )
            })
}

/// Whether word `i` is a determiner, a possessive pronoun or a possessive
/// ("the", "its", "the union's").
fn determines(ctx: &Ctx<'_>, i: usize) -> bool {
    ctx.is(i, &super::DETERMINERS)
        || ctx.is(i, &["its", "their", "his", "her"])
        || ctx.possessive(i)
}

/// Whether word `i` names a role a person has ("negotiators", "director",
/// "runner-up"), not an event.
fn role_noun(ctx: &Ctx<'_>, i: usize) -> bool {
    is_role_word(&ctx.norm(i)) && !ctx.is_event_noun(i)
}

/// Whether `w` (lower case) is a noun of a role a person has: a doer's
/// ending ("negotiator", "winner", "runner-up", "chairman") or one of
/// [`ROLES`].
pub(crate) fn is_role_word(w: &str) -> bool {
    let w = w.to_ascii_lowercase();
    let one = w.strip_suffix('s').unwrap_or(&w);
    [
        "er", "or", "ist", "ant", "ent", "ee", "-up", "ian", "ary", "man", "men", "person",
    ]
    .iter()
    .any(|e| one.ends_with(e))
        || ROLES.contains(&one)
}

/// Roles whose nouns have no ending of a doer ("pilot", "captain").
const ROLES: &[&str] = &[
    "pilot",
    "co-pilot",
    "copilot",
    "captain",
    "chief",
    "coach",
    "skipper",
    "nurse",
    "guard",
    "host",
    "judge",
    "umpire",
    "boss",
    "envoy",
    "aide",
    "deputy",
    "premier",
    "king",
    "queen",
    "prince",
    "princess",
    "heir",
    "bishop",
    "priest",
    "medic",
    "paramedic",
    "architect",
    "mechanic",
    "chef",
    "midwife",
    "surgeon",
    "champion",
    "laureate",
    "victim",
    "hostage",
    "suspect",
    "witness",
    "jockey",
    "pianist",
];

/// Whether `m` is a name set off by commas right after the subject it
/// renames, and right before the verb cue: "The head of the National
/// Roads Agency, Hana Lisk, apologized on Sunday". The subject before it
/// has no verb and at most ten words.
fn renamed_subject(ctx: &Ctx<'_>, m: &Range<usize>, cue: &Range<usize>) -> bool {
    m.end == cue.start
        && m.start > ctx.sentence.start + 1
        && m.start - ctx.sentence.start <= 11
        && ctx.gap(m.start).trim() == ","
        && ctx.gap(m.end).trim() == ","
        && (m.start..m.end).all(|k| k == m.start || !ctx.punct_before(k))
        && (ctx.finite_verb(cue.start) || verb_form(ctx, cue.start))
        && (ctx.sentence.start..m.start).all(|k| {
            !ctx.finite_verb(k)
                && !ctx.is(k, &super::AUX)
                && !ctx.is(
                    k,
                    &["who", "which", "that", "when", "after", "before", "if"],
                )
                && (k == ctx.sentence.start || !ctx.gap(k).contains([',', ';', ':', '(']))
        })
}

/// Whether the cue is a role noun in an apposition after a list of names
/// that `m` is in: "Marta Leclerc and Samuel Otieno, the union's
/// negotiators, will …".
fn renamed_after(ctx: &Ctx<'_>, m: &Range<usize>, cue: &Range<usize>) -> bool {
    if cue.start <= m.end || cue.start - m.end > 12 || !role_noun(ctx, cue.end - 1) {
        return false;
    }
    // The names after `m` in its list, to the comma that opens the
    // apposition.
    let mut k = m.end;
    while k < cue.start {
        if ctx.gap(k).contains(',') && !ctx.capitalised(k) {
            break;
        }
        if !(ctx.capitalised(k) || ctx.is(k, &["and", "or"])) {
            return false;
        }
        k += 1;
    }
    // ", the union's negotiators," or ", its two negotiators,".
    let phrase = k..cue.start;
    let closes = cue.end >= ctx.sentence.end || ctx.gap(cue.end).trim() == ",";
    k < cue.start
        && ctx.gap(k).trim() == ","
        && phrase.len() <= 3
        && phrase.clone().all(|j| {
            (j == k || !ctx.punct_before(j))
                && (determines(ctx, j) || super::count::is_number_word(ctx, j))
        })
        && closes
        && (cue.start..cue.end).all(|j| !ctx.punct_before(j) || j == cue.start)
}

/// Adds to `skipped` every span in `within` that `span_at` finds (given a
/// word, where the span starting there ends), reading on after each.
fn step_over(
    within: Range<usize>,
    span_at: impl Fn(usize) -> Option<usize>,
    skipped: &mut Vec<Range<usize>>,
) {
    let mut k = within.start;
    while k < within.end {
        match span_at(k).filter(|&e| e <= within.end) {
            Some(e) => {
                skipped.push(k..e);
                k = e;
            }
            None => k += 1,
        }
    }
}

/// Where a caption's note of where a person stands, in brackets or commas
/// right after the name, ends: "Helena Voss (right)", "Tomas Rejn, second
/// left,".
fn position(ctx: &Ctx<'_>, k: usize) -> Option<usize> {
    const PLACES_IN_PICTURE: &[&str] = &[
        "left",
        "right",
        "centre",
        "center",
        "top",
        "bottom",
        "front",
        "back",
        "rear",
        "far",
        "second",
        "third",
        "from",
        "foreground",
        "background",
        "l",
        "r",
        "c",
    ];
    if !ctx.in_sentence(k) || k == ctx.sentence.start || !ctx.capitalised(k - 1) {
        return None;
    }
    let open = ctx.gap(k).trim();
    if open != "(" && open != "," {
        return None;
    }
    let end = (k..(k + 4).min(ctx.sentence.end)).find(|&j| !ctx.is(j, PLACES_IN_PICTURE))?;
    let close = ctx.gap(end).trim();
    let closes = if open == "(" {
        close.starts_with(')')
    } else {
        close == ","
    };
    (end > k && (k + 1..end).all(|j| !ctx.punct_before(j)) && closes).then_some(end)
}

/// Where the relative clause on a name, set off by the comma before word
/// `k` ("Anika Sorel, who signed off the extension, and …"), ends: the
/// "and" or "or" after its closing comma, within twenty words.
fn relative(ctx: &Ctx<'_>, k: usize) -> Option<usize> {
    if !ctx.in_sentence(k)
        || k == ctx.sentence.start
        || !ctx.capitalised(k - 1)
        || ctx.gap(k).trim() != ","
        || !ctx.is(k, &["who", "whom", "whose"])
    {
        return None;
    }
    (k + 1..ctx.sentence.end)
        .take(20)
        .take_while(|&j| !ctx.gap(j).contains([';', ':']))
        .find(|&j| ctx.gap(j).trim() == "," && ctx.is(j, &["and", "or"]))
}

/// Whether `m` is one of the names listed after a colon that closes a short
/// label holding `cue` ("2 - people arrested on Tuesday: the structural
/// engineer Anika Sorel and Dario Fenn, head of …"): the label is at most
/// eight words before the cue, which is at most four before its colon, and
/// has no verb but the cue; after the colon, only names, their titles and
/// list words.
fn label_list(ctx: &Ctx<'_>, m: &Range<usize>, cue: &Range<usize>) -> bool {
    if cue.end >= m.start || cue.start - ctx.sentence.start > 8 {
        return false;
    }
    let Some(colon) = (cue.end..=(cue.end + 4).min(m.start))
        .find(|&k| ctx.in_sentence(k) && ctx.gap(k).contains(':'))
    else {
        return false;
    };
    // (A label, not a sentence: "Organisers have named four pacemakers:"
    // is a plan's list.)
    let verb = |k: usize| !cue.contains(&k) && (ctx.finite_verb(k) || ctx.is(k, &super::AUX));
    if (ctx.sentence.start..colon).any(verb) || m.start - colon > 14 {
        return false;
    }
    let mut k = colon;
    // Whether the gap before `k` closes a name's brackets just stepped over.
    let mut closed = false;
    while k < m.start {
        if let Some(e) = apposition(ctx, k).filter(|&e| e <= m.start) {
            k = e;
            continue;
        }
        // ("3 - laureates: Ingrid Mahlo (Brenholt University), Kofi Adjei
        // (Halden Institute) and …": a name's brackets, up to six words,
        // are stepped over.)
        let gap = ctx.gap(k);
        if k > colon && gap.contains('(') && !gap.contains(')') && ctx.capitalised(k - 1) {
            if let Some(e) = (k + 1..(k + 7).min(m.start + 1)).find(|&j| ctx.gap(j).contains(')')) {
                k = e;
                closed = true;
                continue;
            }
        }
        let bracket_closed = std::mem::take(&mut closed)
            && !gap.contains(['(', ';', ':'])
            && gap.matches(')').count() == 1;
        if k > colon && !bracket_closed && gap.contains([';', ':', '(', ')']) {
            return false;
        }
        let listed = ctx.capitalised(k)
            || ctx.is(k, &["and", "the", "a", "an"])
            // A title: lower-case words right before a name.
            || (k + 1..(k + 3).min(m.start + 1)).any(|j| ctx.capitalised(j))
                && !ctx.finite_verb(k)
                && !ctx.is(k, &super::FUNCTION);
        if !listed {
            return false;
        }
        k += 1;
    }
    true
}

/// Where the apposition set off by the comma before word `k` ends: the
/// word after its closing comma. An apposition is at most twelve words with
/// no verb and no negation ("general secretary of the Harbour Workers'
/// Union (HTWU)"), so "Trump, who was not invited," and "Aske, in Ostby,
/// said" are none.
fn apposition(ctx: &Ctx<'_>, k: usize) -> Option<usize> {
    if !ctx.in_sentence(k) || !ctx.punct_before(k) || ctx.gap(k).trim() != "," {
        return None;
    }
    let end = (k + 1..ctx.sentence.end)
        .take(12)
        .find(|&j| ctx.gap(j).trim_start_matches(')').trim() == ",")?;
    let plain = (k..end).all(|j| {
        !ctx.finite_verb(j)
            && !ctx.is(
                j,
                &[
                    "not", "no", "never", "who", "which", "that", "in", "at", "said",
                ],
            )
            && !ctx.gap(j).contains([';', ':'])
    });
    plain.then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::fixture::{words_at, words_of};

    fn linked(s: &str, m: &str, cue: &str) -> bool {
        let words = words_of(s);
        let ctx = Ctx::new(&words, s, 0..words.len());
        link(
            &ctx,
            &words_at(&words, s, m),
            &words_at(&words, s, cue),
            false,
        )
        .is_some()
    }

    #[test]
    fn participants() {
        assert!(linked("Rubio attended the talks.", "rubio", "talks"));
        assert!(linked(
            "Trump was joined by Rubio and Witkoff.",
            "witkoff",
            "joined by"
        ));
        assert!(linked(
            "Trump, Rubio and Witkoff attended the talks.",
            "trump",
            "talks"
        ));
        assert!(linked(
            "The talks between Trump and Putin ended.",
            "putin",
            "talks"
        ));
        assert!(linked("Trump met Putin.", "putin", "met"));
        assert!(linked(
            "The two sat down for private talks alongside Secretary of State Marco Rubio.",
            "rubio",
            "talks"
        ));
    }

    #[test]
    fn names_with_appositions() {
        assert!(linked(
            "Mara Lind, secretary of the Dock Workers' Union (DWU), and Ole Berg, chairman of the employers, signed the deal.",
            "mara lind",
            "signed"
        ));
        assert!(linked(
            "Mara Lind, secretary of the Dock Workers' Union (DWU), and Ole Berg, chairman of the employers, signed the deal.",
            "ole berg",
            "signed"
        ));
        assert!(!linked(
            "Mara Lind, who was not invited, and Ole Berg signed the deal.",
            "mara lind",
            "signed"
        ));
    }

    #[test]
    fn not_participants() {
        assert!(!linked(
            "Backup astronaut Lena Moss watched from the firing room.",
            "lena moss",
            "astronaut"
        ));
        assert!(linked(
            "Astronaut Lena Moss waved from the hatch.",
            "lena moss",
            "astronaut"
        ));
        assert!(linked(
            "Secretary of State Marco Rubio attended the talks.",
            "marco rubio",
            "attended"
        ));
        assert!(!linked(
            "The National Union of prime minister Tomas Ravel won 47 seats.",
            "ravel",
            "won"
        ));
        assert!(!linked(
            "He left the talks before lifting off to rejoin Collins.",
            "collins",
            "talks"
        ));
        assert!(!linked(
            "Zelensky was not invited to the talks.",
            "zelensky",
            "talks"
        ));
        assert!(!linked(
            "Ratcliffe briefed Trump before the talks.",
            "ratcliffe",
            "talks"
        ));
    }

    #[test]
    fn agents_with_their_titles() {
        assert!(linked(
            "The comet was spotted on the night of May 4 by amateur astronomers Ilka Varn and Oded Frie.",
            "oded frie",
            "spotted"
        ));
        assert!(linked(
            "The largest stone was picked up on Monday by farmer Ansel Kroft.",
            "ansel kroft",
            "picked up"
        ));
        assert!(linked(
            "The accord was signed, late on Friday, by Fisheries Minister Lotte Brann and union chief Per Salo.",
            "lotte brann",
            "signed"
        ));
        assert!(linked(
            "The accord was signed, late on Friday, by Fisheries Minister Lotte Brann and union chief Per Salo.",
            "per salo",
            "signed"
        ));
        // (The agent of another verb is not the cue's.)
        assert!(!linked(
            "The accord, drafted by lawyer Mina Holt, was signed on Friday.",
            "mina holt",
            "signed"
        ));
    }

    #[test]
    fn names_renaming_a_subject_or_a_role() {
        assert!(linked(
            "The head of the Roads Agency, Hana Lisk, apologised on Sunday.",
            "hana lisk",
            "apologised"
        ));
        assert!(linked(
            "The pilot, Arvid Lenn, was flown to the burns unit.",
            "arvid lenn",
            "pilot"
        ));
        // (A subject with a verb of its own is no mere title.)
        assert!(!linked(
            "When the agency met, Hana Lisk, apologised.",
            "hana lisk",
            "apologised"
        ));
    }

    #[test]
    fn names_with_brackets_in_a_label_list() {
        let s = "3 - laureates: Ingrid Mahlo (Brenholt University), Kofi Adjei (Halden Institute) and Mara Quist (Osby).";
        for name in ["kofi adjei", "mara quist"] {
            assert!(linked(s, name, "laureates"), "{name}");
        }
        // (A long aside in brackets still ends the list.)
        assert!(!linked(
            "3 - laureates: Ingrid Mahlo (who shared it in 2019 with two others from Osby), Kofi Adjei.",
            "kofi adjei",
            "laureates"
        ));
    }

    #[test]
    fn names_a_copula_gives_the_role() {
        assert!(linked(
            "Tarn, Ivo Pell and Rhea Mook were this year's headliners.",
            "ivo pell",
            "headliners"
        ));
        assert!(linked(
            "Ivo Pell was the festival's first headliner.",
            "ivo pell",
            "headliner"
        ));
        assert!(!linked(
            "Ivo Pell was never the festival's headliner.",
            "ivo pell",
            "headliner"
        ));
    }

    #[test]
    fn names_after_a_relative_clause_with_the_cue() {
        assert!(linked(
            "The three councillors who voted against, Bram Ode, Lia Fenn and Tor Vik, spoke of the cost.",
            "lia fenn",
            "voted against"
        ));
        assert!(linked(
            "The one member who opposed the plan, Jon Ilse, was not named.",
            "jon ilse",
            "opposed"
        ));
        assert!(linked(
            "Both chairmen, Ria Lund of Halvor and Mats Ekor of Brenn, signed the merger.",
            "mats ekor",
            "chairmen"
        ));
    }
}
