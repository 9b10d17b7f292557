//! Subjects: whose figure, day or place a mention is.
//!
//! A claim is often about one party among several of its kind: "how many
//! seats Civic Renewal won", "Altheon's third-quarter revenue", "the day the
//! Vela X was unveiled". Articles give the same kind of fact for the others,
//! with the same verbs: "National Union, which won 72 seats", "Koru unveiled
//! its Fold 4 in Seoul", "the CAC 40 index, which is up 9%". A careful reader
//! gives those to their owners, not to the claim.
//!
//! A claim's subject is the proper names in its `about` and its capitalised
//! cues, and a score claim's two sides, with every spelling of an entity
//! among them. A mention linked
//! through one of the claim's other cues ("won", "unveiled", "up") is about
//! someone else when the cue's owner (the name that is its subject, the
//! possessor of its noun, or the noun a relative clause hangs on) is another
//! name and the claim's subject is not named in the clause before the
//! mention ("Altheon unveiled the Vela X in Barcelona" keeps Barcelona).
//!
//! | owner of the cue | reads |
//! |---|---|
//! | subject | "National Union won 47 seats", "Koru unveiled its phone in Seoul", "the Stags had won the title in 2019" (a cue that is the verb's object) |
//! | relative clause | "National Union, which won 72 seats", "the CAC 40 index, which is up 9%" |
//! | possessor | "Ilves's party won 81 seats", "Koru's launch in Seoul" |
//! | "its own" | "the group said its own revenue fell 3%" (someone else's) |

use std::cell::OnceCell;
use std::collections::HashSet;
use std::hash::BuildHasherDefault;
use std::ops::Range;

use super::{Ctx, AUX, FUNCTION};
use crate::claims::{Claim, Entity, Rule};
use crate::extract::words::WordHasher;
use crate::extract::{is_calendar_word, Sentence, Word};

/// Words that open an `about` without being a name.
const STARTERS: &[&str] = &[
    "how", "what", "who", "whom", "whose", "when", "where", "which", "why", "whether", "the", "a",
    "an", "its", "their", "his", "her", "our", "number", "share", "date", "day",
];

/// Words of a name that say nothing of whose it is.
const GENERIC: &[&str] = &[
    "the", "of", "and", "de", "la", "le", "del", "van", "von", "al",
];

/// The names a claim is about, as normalised words.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Subject {
    words: HashSet<String>,
    /// The cues that are themselves names of the subject.
    cues: HashSet<String>,
    /// Names with a number ("Orbis 4", "Apollo 11"): the name and its
    /// number, as written.
    numbered: Vec<(String, String)>,
    /// A score claim's two sides, the words of every spelling of each.
    sides: Vec<HashSet<String>>,
}

impl Subject {
    /// The proper names of `claim`'s `about` and its capitalised cues, with
    /// every spelling of an entity one of them names.
    pub(crate) fn of(claim: &Claim, entities: &[Entity]) -> Subject {
        let mut words = HashSet::new();
        let mut cues = HashSet::new();
        for (i, w) in split(&claim.about).enumerate() {
            let norm = fold(w);
            if is_capitalised(w) && !(i == 0 && STARTERS.contains(&norm.as_str())) {
                words.insert(norm);
            }
        }
        for cue in &claim.near {
            if cue.chars().next().is_some_and(char::is_uppercase) {
                cues.insert(cue.to_lowercase());
                words.extend(split(cue).map(fold));
            }
        }
        words.retain(|w| !GENERIC.contains(&w.as_str()) && !is_calendar_word(w));
        // A score is its two sides' ("Northgate, who beat Castlebrook 1-0"
        // is another match).
        let sides = match &claim.rule {
            Rule::Score {
                sides: Some(sides), ..
            } => sides.as_slice(),
            _ => &[],
        };
        let named: Vec<&Entity> = entities
            .iter()
            .filter(|e| {
                sides.contains(&e.id)
                    || e.names
                        .iter()
                        .any(|n| split(n).map(fold).any(|w| words.contains(&w)))
            })
            .collect();
        for e in named {
            words.extend(entity_words(e));
        }
        let side_words = sides
            .iter()
            .filter_map(|id| entities.iter().find(|e| e.id == *id))
            .map(|e| entity_words(e).collect())
            .collect();
        Subject {
            words,
            cues,
            numbered: numbered(&claim.about),
            sides: side_words,
        }
    }

    /// Whether the clause of mention `m` names both of a score claim's
    /// sides, each by a capitalised word of one of its spellings.
    pub(crate) fn names_both_sides(&self, ctx: &Ctx<'_>, m: &Range<usize>) -> bool {
        self.sides.len() == 2
            && self.sides.iter().all(|side| {
                ctx.sentence.clone().any(|k| {
                    !m.contains(&k)
                        && ctx.capitalised(k)
                        && ctx.same_clause(k, m.start)
                        && side.contains(fold(&ctx.norm(k)).as_str())
                })
            })
    }

    /// The name a result verb in the clause of score `m` has beaten when it
    /// is neither of a score claim's sides: "He beat Joao Marques in
    /// straight sets, 6-4, 6-2, 7-5" is another match.
    pub(crate) fn other_opponent(&self, ctx: &Ctx<'_>, m: &Range<usize>) -> Option<usize> {
        if self.sides.len() != 2 {
            return None;
        }
        let verb = (ctx.sentence.start..m.start).rev().find(|&k| {
            ctx.same_clause(k, m.start)
                && ctx.is(
                    k,
                    &[
                        "beat",
                        "beating",
                        "beats",
                        "defeated",
                        "defeating",
                        "edged",
                        "edging",
                        "overcame",
                        "thrashed",
                        "routed",
                        "outlasted",
                    ],
                )
        })?;
        let k = (verb + 1..m.start)
            .take(3)
            .find(|&k| !ctx.is(k, &["the", "world", "top", "no", "number", "defending"]))?;
        let side = |k: usize| {
            let w = fold(&ctx.norm(k));
            self.sides.iter().any(|side| side.contains(w.as_str()))
        };
        (ctx.capitalised(k) && !side(k) && !(k + 1 < m.start && side(k + 1))).then_some(k)
    }

    /// The subject, with the numbered names of `event` when its own
    /// `about` names none ("how many astronauts flew", event "Orbis 4
    /// crewed launch").
    pub(crate) fn with_event(mut self, event: &str) -> Subject {
        if self.numbered.is_empty() {
            self.numbered = numbered(event);
        }
        self
    }

    /// A numbered name in the clause of mention `m` that is the subject's
    /// name with another number ("Orbis 5, with a crew of four" when the
    /// claim is about Orbis 4): the word of the number.
    pub(crate) fn other_number(&self, ctx: &Ctx<'_>, m: &Range<usize>) -> Option<usize> {
        if self.numbered.is_empty() {
            return None;
        }
        (ctx.sentence.start..ctx.sentence.end.saturating_sub(1)).find_map(|k| {
            let number = ctx.text.get(ctx.words[k + 1].span.clone())?;
            if !(ctx.capitalised(k)
                && ctx.tight(k, k + 1)
                && !m.contains(&k)
                && number.bytes().all(|b| b.is_ascii_digit())
                && ctx.same_clause(k, m.start))
            {
                return None;
            }
            // The subject's name, and none of its own numbers.
            let name = fold(&ctx.norm(k));
            let mut numbers = self.numbered.iter().filter(|(n, _)| *n == name).peekable();
            let other = numbers.peek().is_some() && numbers.all(|(_, n)| n.as_str() != number);
            other.then_some(k + 1)
        })
    }

    /// Whether mention `m` opens on the number of one of the subject's
    /// numbered names ("Vireo Halo 3 launch event" under a claim about the
    /// Halo 3): the name's number, no count.
    pub(crate) fn names_number(&self, ctx: &Ctx<'_>, m: &Range<usize>) -> bool {
        if self.numbered.is_empty() || m.start <= ctx.sentence.start {
            return false;
        }
        let k = m.start - 1;
        let Some(number) = ctx.text.get(ctx.words[m.start].span.clone()) else {
            return false;
        };
        ctx.capitalised(k)
            && ctx.tight(k, m.start)
            && self
                .numbered
                .iter()
                .any(|(n, d)| d.as_str() == number && *n == fold(&ctx.norm(k)))
    }

    /// Whether the claim names no subject (then every owner is its own).
    pub(crate) fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    pub(crate) fn holds(&self, ctx: &Ctx<'_>, k: usize) -> bool {
        self.words.contains(fold(&ctx.norm(k)).as_str())
    }
}

/// [`Names`] made on first use: most articles never ask (no claim with a
/// subject, or no mention linked through another cue).
pub(crate) struct LazyNames<'a> {
    cell: OnceCell<Names>,
    words: &'a [Word],
    sentences: &'a [Sentence],
    text: &'a str,
}

impl<'a> LazyNames<'a> {
    pub(crate) fn new(words: &'a [Word], sentences: &'a [Sentence], text: &'a str) -> Self {
        LazyNames {
            cell: OnceCell::new(),
            words,
            sentences,
            text,
        }
    }

    fn get(&self) -> &Names {
        self.cell
            .get_or_init(|| Names::of(self.words, self.sentences, self.text))
    }
}

/// Words of an article that are names: written with a capital letter
/// somewhere other than at the start of a sentence ("Koru" in "Rival Koru
/// has …" makes the "Koru" that opens another sentence a name too).
/// (Hashed with [`WordHasher`]: an article names the same people and
/// places over and over, and each is looked up before it is kept.)
#[derive(Clone, Debug, Default)]
pub(crate) struct Names(HashSet<String, BuildHasherDefault<WordHasher>>);

impl Names {
    /// The names of an article's `words`, split into `sentences`.
    pub(crate) fn of(words: &[Word], sentences: &[Sentence], text: &str) -> Names {
        let mut names: HashSet<String, _> = HashSet::default();
        // ("Putin" a dozen times: folded into this, copied only the first time.)
        let mut folded = String::new();
        for s in sentences {
            for k in s.words.clone().skip(1) {
                let Some(w) = words.get(k) else { continue };
                let surface = text.get(w.span.clone()).unwrap_or_default();
                let joined = !words[k].punct_before || possessive_gap(text, words, k);
                if is_capitalised(surface) && joined {
                    // An ASCII word's comparison form is its lower case,
                    // which `fold` makes anyway.
                    if surface.is_ascii() {
                        fold_ascii_into(surface, &mut folded);
                        if !names.contains(folded.as_str()) {
                            names.insert(folded.clone());
                        }
                    } else {
                        names.insert(fold(&w.norm(text)));
                    }
                }
            }
        }
        Names(names)
    }

    /// Whether word `k` of the sentence is (part of) a name.
    fn is_name(&self, ctx: &Ctx<'_>, k: usize) -> bool {
        if !ctx.in_sentence(k) || !ctx.capitalised(k) {
            return false;
        }
        let norm = ctx.norm(k);
        let norm = fold(&norm);
        if norm == "i" || is_calendar_word(&norm) {
            return false;
        }
        k > ctx.sentence.start && !self.parted(ctx, k) || self.0.contains(&norm)
    }

    /// Whether punctuation parts word `k` from the word before, other than
    /// a plural's possessive apostrophe ("the Farmers' League").
    fn parted(&self, ctx: &Ctx<'_>, k: usize) -> bool {
        ctx.punct_before(k) && !possessive_gap(ctx.text, ctx.words, k)
    }

    /// The name run ending at word `k` (capitalised words, and numbers after
    /// one: "Fold 4", "CAC 40"), if `k` is in one.
    fn run_ending(&self, ctx: &Ctx<'_>, k: usize) -> Option<Range<usize>> {
        let part = |j: usize| {
            self.is_name(ctx, j)
                || (j > ctx.sentence.start
                    && ctx.norm(j).bytes().all(|b| b.is_ascii_digit())
                    && self.is_name(ctx, j - 1))
        };
        if !part(k) {
            return None;
        }
        let mut start = k;
        while start > ctx.sentence.start && !self.parted(ctx, start) && part(start - 1) {
            start -= 1;
        }
        Some(start..k + 1)
    }
}

/// Whether the gap before word `k` is only the apostrophe of a plural's
/// possessive: "Farmers' League".
fn possessive_gap(text: &str, words: &[Word], k: usize) -> bool {
    k > 0
        && matches!(
            text.get(words[k - 1].span.end..words[k].span.start)
                .map(str::trim),
            Some("'" | "\u{2019}")
        )
}

/// Whether the count at `m` is the number of a name: "the Orbis 4 crew",
/// "Vela 9 owners", "Route 9 traffic". The number is glued to a name, and
/// the pair stands elsewhere in the article too (a results list's "Civic
/// Renewal 81" is said once).
pub(crate) fn is_name_number(ctx: &Ctx<'_>, names: &LazyNames<'_>, m: &Range<usize>) -> bool {
    let k = m.start;
    if k <= ctx.sentence.start || ctx.punct_before(k) || !ctx.tight(k - 1, k) {
        return false;
    }
    if !ctx.norm(k).bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let Some(run) = names.get().run_ending(ctx, k - 1) else {
        return false;
    };
    let words = ctx.words;
    let Some(pair) = ctx.text.get(words[run.start].span.start..words[k].span.end) else {
        return false;
    };
    let whole = |i: usize| {
        let after = ctx.text[i + pair.len()..].chars().next();
        !after.is_some_and(|c| c.is_ascii_digit())
    };
    ctx.text
        .match_indices(pair)
        .filter(|(i, _)| whole(*i))
        .count()
        >= 2
}

/// The other name that owns `cue` when the mention at `m` is not the
/// claim's: see the module table. `None` when the owner is the claim's
/// subject, when the claim has none, or when no owner is named.
pub(crate) fn rival(
    ctx: &Ctx<'_>,
    names: &LazyNames<'_>,
    subject: &Subject,
    m: &Range<usize>,
    cue: &Range<usize>,
) -> Option<Range<usize>> {
    // "the group said its own revenue fell 3%": someone else's, whatever
    // the claim is about.
    let own = (cue.start.saturating_sub(3).max(ctx.sentence.start + 1)..cue.start).find(|&k| {
        ctx.is(k, &["own"])
            && ctx.is(k - 1, &["its", "their"])
            && (k..=cue.start).all(|j| !ctx.punct_before(j))
    });
    if let Some(k) = own {
        return Some(k - 1..k);
    }
    if subject.is_empty() {
        return None;
    }
    if !subject.cues.is_empty() {
        let cue_text: String = (cue.clone())
            .map(|k| ctx.norm(k).into_owned())
            .collect::<Vec<_>>()
            .join(" ");
        if subject.cues.contains(&cue_text) {
            return None;
        }
    }
    let owner = owner(ctx, names.get(), m, cue)?;
    // "a Hartford courtroom": the mention itself, not an owner.
    if owner
        .clone()
        .any(|k| subject.holds(ctx, k) || m.contains(&k))
    {
        return None;
    }
    // The subject named before the mention in its clause: "Altheon unveiled
    // the Vela X in Barcelona". Its clause and the relative clauses hanging
    // on it, not the clause a relative clause holding the mention hangs on:
    // "Eastbury will play Northgate, who beat Castlebrook 1-0" is Northgate's.
    let own = ctx.clause(m.start);
    let clause_start = (ctx.sentence.start..m.start)
        .rev()
        .take_while(|&k| {
            let c = ctx.clause(k);
            c == own || ctx.antecedent_of(c).is_some_and(|w| ctx.clause(w) == own)
        })
        .last()
        .unwrap_or(m.start);
    if (clause_start..m.start.max(cue.start)).any(|k| subject.holds(ctx, k)) {
        return None;
    }
    // Or after it in its own clause, before any punctuation: "Meridane
    // will pay $46.50 for each Ashgrove share" is the price of an Ashgrove
    // share ("…, undercutting the Vela X" is no such phrase).
    if (m.end..ctx.sentence.end)
        .take_while(|&k| ctx.clause(k) == own && !ctx.punct_before(k))
        .any(|k| subject.holds(ctx, k))
    {
        return None;
    }
    Some(owner)
}

/// The name whose verb takes figure `m` as its object ("where the
/// Farmers' League took nine seats"), if the text names one.
pub(crate) fn object_owner(
    ctx: &Ctx<'_>,
    names: &LazyNames<'_>,
    m: &Range<usize>,
) -> Option<Range<usize>> {
    let verb = m.start.checked_sub(1).filter(|&k| ctx.in_sentence(k))?;
    if ctx.is(verb, &FUNCTION) {
        return None;
    }

    // The name is the verb's own subject, right before it (but for
    // auxiliaries): not a name that owns the verb's subject ("the number
    // killed off Bantayan Island rose to 19").
    owner(ctx, names.get(), m, m).filter(|o| (o.end..verb).all(|k| ctx.is(k, &AUX)))
}

/// Another name the figure at `m` belongs to, when the claim has a subject:
/// the name a relative clause holding it hangs on ("Ilse Brandauer, who
/// was second in a national record of 2:11:30"), the possessor right
/// before it ("Mira Kostandin's 2:09:56"), or the possessor that opens a
/// list line's label ("2:11:30 - Ilse Brandauer's time in second place").
pub(crate) fn other_owner(
    ctx: &Ctx<'_>,
    names: &LazyNames<'_>,
    subject: &Subject,
    m: &Range<usize>,
) -> Option<Range<usize>> {
    if subject.is_empty() {
        return None;
    }
    // (The article's names are made only when a clause or a word here
    // could name an owner: most figures have neither.)
    let names = || names.get();
    let foreign = |run: Range<usize>| {
        (!run.clone().any(|k| subject.holds(ctx, k) || m.contains(&k))).then_some(run)
    };
    // (A clause on a person: "where the company reported …" has its own.)
    let on_person = || {
        (ctx.sentence.start..m.start)
            .rev()
            .find(|&k| ctx.clause(k) == ctx.clause(m.start) && ctx.punct_before(k))
            .is_some_and(|k| ctx.is(k, &["who", "whose"]))
    };
    if let Some(a) = ctx
        .antecedent_of(ctx.clause(m.start))
        .filter(|_| on_person())
    {
        if let Some(run) = names().run_ending(ctx, a).and_then(foreign) {
            return Some(run);
        }
    }
    let possessive = |k: usize| {
        ctx.in_sentence(k) && {
            let w = ctx.norm(k);
            w.ends_with("'s") || (w.ends_with("s'") && ctx.capitalised(k))
        }
    };
    if m.start > ctx.sentence.start && possessive(m.start - 1) && !ctx.punct_before(m.start) {
        if let Some(run) = names().run_ending(ctx, m.start - 1).and_then(foreign) {
            return Some(run);
        }
    }
    if ctx.opens_list_line(m) {
        let head = (m.end..(m.end + 4).min(ctx.sentence.end))
            .take_while(|&k| k == m.end || !ctx.punct_before(k))
            .find(|&k| possessive(k));
        if let Some(run) = head
            .and_then(|k| names().run_ending(ctx, k))
            .and_then(foreign)
        {
            return Some(run);
        }
    }
    None
}

/// Verbs of carrying people or goods: their subject is a vehicle.
const CARRYING: &[&str] = &[
    "carrying",
    "carried",
    "carries",
    "carry",
    "ferrying",
    "ferried",
    "transporting",
    "transported",
    "bringing",
    "brought",
];

/// The name that owns `cue`: the subject before a verb cue, the noun a
/// relative clause holding the cue hangs on, the possessor of a noun.
fn owner(
    ctx: &Ctx<'_>,
    names: &Names,
    m: &Range<usize>,
    cue: &Range<usize>,
) -> Option<Range<usize>> {
    // The cue is the mention's own noun ("52 seats"): the owner is that of
    // the verb the figure is the object of ("which won 52 seats").
    // (Not a cue in a clause that hangs on the mention: "in Pellham, where
    // the company is based" is the clause's own subject's.)
    let hangs_on_mention = cue.start >= m.end
        && ctx
            .antecedent_of(ctx.clause(cue.start))
            .is_some_and(|w| m.contains(&w));
    let anchor = if cue.start >= m.start && !hangs_on_mention {
        let verb = m
            .start
            .checked_sub(1)
            .filter(|&k| ctx.in_sentence(k) && !ctx.punct_before(m.start) && !ctx.capitalised(k))?;
        // "A Kestrel Heavy rocket carrying three astronauts": what carries
        // them is a vehicle of the story, not someone else with a figure of
        // their own (another flight is a numbered name: see `other_number`).
        if ctx.is(verb, CARRYING) {
            return None;
        }
        verb
    } else {
        cue.start
    };
    // "The Stags had won the title in 2019": a cue that is a verb's object
    // (after its determiner) is owned by the verb's subject.
    let anchor = if anchor == cue.start
        && anchor >= ctx.sentence.start + 2
        && ctx.is(anchor - 1, &super::DETERMINERS)
        && !ctx.punct_before(anchor)
        && !ctx.punct_before(anchor - 1)
        && ctx.finite_verb(anchor - 2)
        && ctx.clause(anchor - 2) == ctx.clause(anchor)
    {
        anchor - 2
    } else {
        anchor
    };
    let clause = ctx.clause(anchor);
    let mut j = anchor;
    let mut own = false;
    // Step back over auxiliaries and adverbs: "which is up", "has also won".
    while j > ctx.sentence.start && ctx.clause(j - 1) == clause && !ctx.punct_before(j) {
        let w = ctx.norm(j - 1);
        let skip = ctx.is(j - 1, &AUX)
            || ctx.is(
                j - 1,
                &[
                    "also",
                    "only",
                    "just",
                    "still",
                    "own",
                    "already",
                    "quarterly",
                ],
            )
            || (w.len() > 4 && w.ends_with("ly") && !ctx.capitalised(j - 1));
        if !skip {
            break;
        }
        own |= ctx.is(j - 1, &["own"]);
        j -= 1;
    }
    // "its own revenue": someone named before, not the claim's subject.
    if own && j > ctx.sentence.start && ctx.is(j - 1, &["its", "their", "his", "her"]) {
        return Some(j - 1..j);
    }
    // "Ilse Brandauer, who ran 2:11:30 for second, earned 25,000 euros":
    // the subject stands before the aside the verb follows.
    let object = anchor + 1 == m.start && !ctx.is(anchor, &FUNCTION);
    if object && j > ctx.sentence.start + 1 && ctx.gap(j).trim() == "," {
        let who = (j.saturating_sub(16).max(ctx.sentence.start + 1)..j)
            .rev()
            .find(|&k| ctx.is(k, &["who", "whose"]) && ctx.gap(k).trim() == ",");
        if let Some(run) = who.and_then(|k| names.run_ending(ctx, k - 1)) {
            return Some(run);
        }
    }
    let opens_clause =
        j == ctx.sentence.start || ctx.clause(j - 1) != clause || ctx.punct_before(j);
    // "whose party won": the party of the word the clause hangs on.
    let whose = j >= ctx.sentence.start + 2 && ctx.is(j - 2, &["whose"]);
    let relative = opens_clause || whose || ctx.is(j - 1, &["which", "who", "that", "whose"]);
    let mut head = if relative {
        ctx.antecedent_of(clause)?
    } else {
        j - 1
    };
    // "Orbis shares closed up 22% in Pellham, where the company is
    // based": a generic noun for a firm or body stands for the name that
    // opens the sentence.
    if head > ctx.sentence.start
        && ctx.is(head - 1, &["the"])
        && ctx.is(head, GENERIC_BODIES)
        && names.run_ending(ctx, head).is_none()
    {
        // (The sentence's first word counts when capitalised: "Orbis
        // shares closed …" names Orbis, which no list may know.)
        let first = (ctx.sentence.start..head.min(ctx.sentence.start + 3)).find(|&k| {
            names.run_ending(ctx, k).is_some()
                || (k == ctx.sentence.start
                    && ctx.capitalised(k)
                    && !ctx.is(k, &FUNCTION)
                    && !ctx.is(k + 1, &AUX))
        })?;
        let mut end = first;
        while end + 1 < head && ctx.capitalised(end + 1) && !ctx.punct_before(end + 1) {
            end += 1;
        }
        return Some(first..end + 1);
    }
    for _ in 0..3 {
        let run = names.run_ending(ctx, head).or_else(|| {
            // A common noun owned by a name: "Ilves's party", "the CAC 40
            // index", "Altheon shares".
            let before = head
                .checked_sub(1)
                .filter(|&k| ctx.in_sentence(k) && !ctx.punct_before(head))?;
            names.run_ending(ctx, before)
        })?;
        // A name inside a phrase of the owner is not the owner: "the
        // National Union of prime minister Tomas Ravel won" is the party's;
        // "the finance chief of snack maker Delcora Foods was sentenced",
        // nobody named.
        // (A relative clause hangs on the very name: "its Fold 4, launched
        // in Seoul".)
        let preposition = (run.start.saturating_sub(4).max(ctx.sentence.start)..run.start)
            .rev()
            .take_while(|&k| !relative && !ctx.punct_before(k + 1))
            .find(|&k| ctx.is(k, &["of", "for", "at", "from", "with", "by", "in", "on"]));
        // ("fall at Orbis's headquarters in Pellham": a possessive right
        // before the cue owns it, whatever phrase it stands in.)
        let possessor = run.end == cue.start && ctx.possessive(run.end - 1);
        match preposition {
            None => return Some(run),
            Some(_) if possessor => return Some(run),
            Some(k) if k > ctx.sentence.start && !ctx.punct_before(k) => head = k - 1,
            Some(_) => return None,
        }
    }
    None
}

/// Generic nouns for a firm or body, which stand for a name said before:
/// "the company", "the group".
const GENERIC_BODIES: &[&str] = &[
    "company", "group", "firm", "operator", "carmaker", "bank", "insurer", "lender", "airline",
    "business", "club", "party", "union",
];

/// Words of a phrase (split on white space and punctuation other than
/// apostrophes and hyphens).
fn split(phrase: &str) -> impl Iterator<Item = &str> {
    phrase
        .split(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '’' | '-')))
        .filter(|w| !w.is_empty())
}

/// The words of every spelling of an entity, folded, that say whose it is.
fn entity_words(e: &Entity) -> impl Iterator<Item = String> + '_ {
    e.names
        .iter()
        .flat_map(|n| split(n).map(fold))
        .filter(|w| !GENERIC.contains(&w.as_str()))
}

/// The numbered names of a phrase: a capitalised word and the whole number
/// of at most three digits right after it ("Orbis 4", "Apollo 11", "Boeing
/// 737"), folded name and number; no month and its year.
fn numbered(phrase: &str) -> Vec<(String, String)> {
    let words: Vec<&str> = split(phrase).collect();
    words
        .windows(2)
        .filter(|p| {
            // "April 2026" is a month and a year, no name.
            is_capitalised(p[0])
                && !is_calendar_word(&fold(p[0]))
                && p[1].len() < 4
                && p[1].bytes().all(|b| b.is_ascii_digit())
        })
        .map(|p| (fold(p[0]), p[1].to_string()))
        .collect()
}

/// A word's comparison form without a possessive: "Ilves's" → "ilves".
fn fold(word: &str) -> String {
    // Most words are ASCII: one lower-cased copy, cut in place.
    if word.is_ascii() {
        let mut lower = String::with_capacity(word.len());
        fold_ascii_into(word, &mut lower);
        return lower;
    }
    let lower = word.to_lowercase();
    let lower = if lower.contains('’') {
        lower.replace('’', "'")
    } else {
        lower
    };
    lower
        .strip_suffix("'s")
        .or_else(|| lower.strip_suffix('\''))
        .unwrap_or(&lower)
        .to_string()
}

/// [`fold`] of an ASCII `word`, written over `out`.
fn fold_ascii_into(word: &str, out: &mut String) {
    out.clear();
    out.push_str(word);
    out.make_ascii_lowercase();
    if out.ends_with("'s") {
        out.truncate(out.len() - 2);
    } else if out.ends_with('\'') {
        out.truncate(out.len() - 1);
    }
}

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::fixture::{claim, words_at, words_of};
    use crate::claims::Rule;

    fn about(about: &str, near: &[&str]) -> Claim {
        let mut c = claim("c", Rule::Date { value: None }, near);
        c.about = about.into();
        c
    }

    /// Whether, in `sentence`, the mention `mention` linked through `cue` is
    /// someone else's than the subject of `about` (`known` are names the
    /// article writes with a capital elsewhere).
    fn other(about_: &str, near: &[&str], sentence: &str, mention: &str, cue: &str) -> bool {
        let words = words_of(sentence);
        let ctx = Ctx::new(&words, sentence, 0..words.len());
        let names = LazyNames::new(&words, &[], sentence);
        names
            .cell
            .set(Names(["koru".to_string()].into_iter().collect()))
            .expect("not made yet");
        let subject = Subject::of(&about(about_, near), &[]);
        let m = words_at(&words, sentence, mention);
        let c = words_at(&words, sentence, cue);
        rival(&ctx, &names, &subject, &m, &c).is_some()
    }

    #[test]
    fn subjects_come_from_about_and_capitalised_cues() {
        let s = Subject::of(
            &about("how many seats Civic Renewal won", &["won", "Ilves"]),
            &[],
        );
        for w in ["civic", "renewal", "ilves"] {
            assert!(s.words.contains(w), "{w}");
        }
        assert!(!s.words.contains("won"));
        let s = Subject::of(&about("Altheon's third-quarter revenue", &["revenue"]), &[]);
        assert!(s.words.contains("altheon"));
        assert!(Subject::of(&about("how long the talks lasted", &["talks"]), &[]).is_empty());
    }

    #[test]
    fn owners_table() {
        let seats = "how many seats Civic Renewal won";
        let rows = [
            (
                "National Union, which won 72 seats, lost.",
                "72 seats",
                "won",
                true,
            ),
            ("Civic Renewal won 81 seats.", "81 seats", "won", false),
            ("Her party won 81 seats.", "81 seats", "won", false),
            (
                "Green Left leader Jonas Kivi, whose party won 14 seats, spoke.",
                "14 seats",
                "won",
                true,
            ),
            (
                "Voters gave Civic Renewal a majority as it won 81 seats.",
                "81 seats",
                "won",
                false,
            ),
            (
                "The finance chief of snack maker Delcora Foods won 40 seats.",
                "40 seats",
                "won",
                false,
            ),
            (
                "The ruling National Union of prime minister Tomas Ravel won 47 seats.",
                "47 seats",
                "won",
                true,
            ),
        ];
        for (sentence, mention, cue, rival) in rows {
            assert_eq!(
                other(seats, &["won"], sentence, mention, cue),
                rival,
                "{sentence}"
            );
        }
        let launch = "where the Vela X was unveiled";
        let orders = "Orders for its $999 Fold 4, launched in Seoul on Monday, doubled.";
        assert!(other(launch, &["launched"], orders, "seoul", "launched"));
        let koru = "Koru unveiled its Fold 4 in Seoul on Monday, undercutting the Vela X.";
        assert!(other(launch, &["unveiled"], koru, "seoul", "unveiled"));
        let altheon = "Altheon unveiled the Vela X in Barcelona.";
        assert!(!other(
            launch,
            &["unveiled"],
            altheon,
            "barcelona",
            "unveiled"
        ));
        let own_place = "It was unveiled in a Barcelona hall.";
        assert!(!other(launch, &["hall"], own_place, "barcelona", "hall"));
        let passive = "The phone was unveiled in Barcelona.";
        assert!(!other(
            launch,
            &["unveiled"],
            passive,
            "barcelona",
            "unveiled"
        ));
        let growth = "how much Altheon's revenue grew";
        let index = "It lagged the CAC 40 index, which is up 9%.";
        assert!(other(growth, &["up"], index, "9", "up"));
        let own = "Koru said its own revenue fell 3%.";
        assert!(other(growth, &["revenue"], own, "3", "revenue"));
    }
}
