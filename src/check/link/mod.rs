//! Links: the constructions that tie a mention to a claim's cue (SPEC rule 2a).
//!
//! Attribution used to take any value that shared a sentence with a cue word;
//! on real articles most of what that took was about something else ("a week
//! of summits", "the two-day visit", "left for Gyeongju to attend the summit
//! on Friday"). A mention is now about a claim when the text *states* the one
//! of the other: "three hours of talks", "the talks lasted three hours", "a
//! 47% tariff", "met in Busan", "Thursday's talks", "joined by X and Y".
//!
//! This is a shallow grammar, not a parser: each mention kind has a handful
//! of frames (one file per kind), each a pattern over the words between the
//! mention and the cue, written with a few closed word classes (auxiliaries,
//! prepositions, determiners, event nouns) and the sentence's clauses. A frame
//! either names the link ("duration of cue", "cue verb duration") or there is
//! none. When there is none, a kind may still name the mention's own *head*:
//! the noun or event it is tied to instead ("visit" in "the two-day visit"),
//! which keeps it out of sentence-only attribution (rule 2c).
//!
//! Clauses: a sentence splits at `;` and `:`, at a lone dash (a pair of
//! dashes, or parentheses, set off an aside that belongs to its clause), at a
//! comma followed by a subordinator ("which", "while", "but" …), at "while" or
//! "but" anywhere, and at "before/after/since … -ing". A relative clause
//! (", which …", ", that …", ", who …") remembers the word it hangs on, so
//! "the talks, which lasted three hours," still links.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::collections::HashSet;
use std::hash::BuildHasherDefault;
use std::ops::Range;
use std::sync::{LazyLock, OnceLock};

use crate::extract::words::WordHasher;
use crate::extract::Word;

pub(crate) mod count;
pub(crate) mod date;
pub(crate) mod duration;
pub(crate) mod people;
pub(crate) mod place;
pub(crate) mod score;
pub(crate) mod subject;
pub(crate) mod year;

/// How a mention was tied to its claim (SPEC rule 2, JSON `link`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Link {
    /// The text ties the mention to a cue through a construction of its kind.
    Linked,
    /// The mention only shares a sentence with a cue (rule 2c); a problem it
    /// shows is never an error.
    Sentence,
    /// No cue ties the mention to the claim, but it states the claim's own
    /// value (see `attribute::agreeing_claim`): it confirms the claim and
    /// never contradicts it, nor the article's other mentions of it. JSON
    /// has no third name: it reads `sentence`, the weaker of the two.
    ByValue,
}

impl Link {
    /// The name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Link::Linked => "linked",
            Link::Sentence | Link::ByValue => "sentence",
        }
    }
}

/// Whether `word` is one of `list`. Frames ask this of most words they step
/// over, and nearly every entry differs in length or first letter: those
/// are turned away before the bytes are compared, with no call to `memcmp`.
#[inline]
pub(crate) fn one_of(list: &[&str], word: &str) -> bool {
    let word = word.as_bytes();
    list.iter().any(|entry| {
        let entry = entry.as_bytes();
        entry.len() == word.len()
            && entry.first() == word.first()
            && entry.iter().zip(word).all(|(a, b)| a == b)
    })
}

/// A closed class of words that frames ask about most words they step over
/// (auxiliaries, function words, determiners): long lists, hashed once at
/// first use instead of scanned for every word asked.
pub(crate) struct WordSet {
    words: &'static [&'static str],
    set: OnceLock<Hashed>,
}

/// A [`WordSet`]'s words hashed, and for each first byte a bit per length
/// (63 for any longer) some word has: most words asked are no function
/// word ("minutes", "Brandvold"), and are turned away by one table lookup
/// before they are hashed and compared.
struct Hashed {
    set: HashSet<&'static str, BuildHasherDefault<WordHasher>>,
    lengths: [u64; 256],
}

impl Hashed {
    /// The table's index and bit for `word` (an empty word's index is 0).
    fn slot(word: &str) -> (usize, u64) {
        let first = word.as_bytes().first().copied().unwrap_or(0);
        (usize::from(first), 1 << word.len().min(63))
    }
}

impl WordSet {
    const fn new(words: &'static [&'static str]) -> Self {
        WordSet {
            words,
            set: OnceLock::new(),
        }
    }
}

/// What [`Ctx::is`] asks of a word: a short list, scanned ([`one_of`]), or
/// a [`WordSet`].
pub(crate) trait WordClass {
    fn holds(&self, word: &str) -> bool;
}

impl WordClass for [&str] {
    fn holds(&self, word: &str) -> bool {
        one_of(self, word)
    }
}

impl<const N: usize> WordClass for [&str; N] {
    fn holds(&self, word: &str) -> bool {
        one_of(self, word)
    }
}

impl WordClass for WordSet {
    fn holds(&self, word: &str) -> bool {
        let hashed = self.set.get_or_init(|| {
            let mut lengths = [0; 256];
            for w in self.words {
                let (at, bit) = Hashed::slot(w);
                lengths[at] |= bit;
            }
            Hashed {
                set: self.words.iter().copied().collect(),
                lengths,
            }
        });
        let (at, bit) = Hashed::slot(word);
        hashed.lengths[at] & bit != 0 && hashed.set.contains(word)
    }
}

/// A frame that tied a mention to a cue: its name, for `explain`.
pub(crate) type Frame = &'static str;

/// Auxiliaries, modals and the adverbs that sit among them: words a frame
/// may step over between a subject and its verb or complement.
pub(crate) static AUX: WordSet = WordSet::new(&[
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "am",
    "has",
    "have",
    "had",
    "having",
    "will",
    "would",
    "could",
    "should",
    "might",
    "may",
    "can",
    "did",
    "does",
    "do",
    "also",
    "reportedly",
    "officially",
    "now",
    "still",
    "then",
    "later",
    "finally",
    "eventually",
    "ultimately",
    "just",
    "only",
    "already",
    "all",
    "both",
    "together",
    "privately",
    "publicly",
    "formally",
    "initially",
    "originally",
    "apparently",
    "reported",
    "said",
    "confirmed",
    "feared",
    "believed",
    "thought",
    "presumed",
    "known",
    "expected",
    "to",
    "not",
    "never",
    "so",
    "far",
]);

/// Verbs of holding an event ("held", "took place", "scheduled"): the walks
/// from a date or a place phrase back to what it hangs on step over them.
pub(crate) static HOLDING: WordSet = WordSet::new(&[
    "held",
    "hosted",
    "staged",
    "scheduled",
    "set",
    "planned",
    "due",
    "convened",
    "took",
    "take",
    "takes",
    "taking",
    "place",
]);

/// Determiners and possessives.
pub(crate) static DETERMINERS: WordSet = WordSet::new(&[
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
    "your", "my", "whose", "each", "every", "both", "all", "another",
]);

/// Function words: a frame that steps over "adjectives" never steps over these.
pub(crate) static FUNCTION: WordSet = WordSet::new(&[
    "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "from", "with",
    "by", "as", "after", "before", "than", "that", "which", "who", "whom", "while", "when",
    "where", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
    "his", "her", "their", "its", "he", "she", "they", "it", "we", "i", "you", "this", "these",
    "those", "into", "over", "under", "about", "between", "since", "during", "without", "within",
    "not", "no", "if", "so",
]);

/// Nouns that name an event, an occasion or a stretch of activity: a value
/// tied to one of these that is no cue of the claim is about that event
/// ("the two-day visit", "a week of summits and meetings").
pub(crate) const EVENT_NOUNS: &[&str] = &[
    "visit",
    "trip",
    "tour",
    "summit",
    "meeting",
    "talk",
    "conference",
    "session",
    "call",
    "flight",
    "journey",
    "voyage",
    "campaign",
    "war",
    "operation",
    "ceasefire",
    "truce",
    "election",
    "vote",
    "game",
    "match",
    "season",
    "festival",
    "strike",
    "search",
    "rescue",
    "trial",
    "hearing",
    "investigation",
    "stay",
    "negotiation",
    "discussion",
    "dinner",
    "lunch",
    "breakfast",
    "ceremony",
    "rally",
    "speech",
    "interview",
    "briefing",
    "parade",
    "tournament",
    "semi-final",
    "semifinal",
    "quarter-final",
    "quarterfinal",
    "play-off",
    "playoff",
    "fixture",
    "race",
    "mission",
    "spacewalk",
    "shift",
    "delay",
    "wait",
    "lockdown",
    "shutdown",
    "standoff",
    "siege",
    "blackout",
    "outage",
    "appearance",
    "agreement",
    "ban",
    "suspension",
    "tariff",
    "crash",
    "storm",
    "flood",
    "quake",
    "earthquake",
    "attack",
    "protest",
    "concert",
    "exhibition",
    "launch",
    "recess",
    "holiday",
    "vacation",
    "inquiry",
];

/// [`EVENT_NOUNS`] hashed: a sentence's event nouns are looked up for every
/// word of it, three forms each, and the list is long.
static EVENT_SET: LazyLock<HashSet<&'static str, BuildHasherDefault<WordHasher>>> =
    LazyLock::new(|| EVENT_NOUNS.iter().copied().collect());

/// Words that make a sentence a correction notice: what it quotes is what an
/// earlier version got wrong, not a statement of the facts.
const CORRECTION: &[&str] = &[
    "incorrectly",
    "erroneously",
    "mistakenly",
    "wrongly",
    "misstated",
    "misreported",
    "misidentified",
    "misquoted",
];

/// Adverbs by which a correction says a piece got something right ("The
/// report correctly stated that …"): what it then retells is stated again.
pub(crate) const RIGHTLY: &[&str] = &["correctly", "rightly", "accurately"];

/// What a paper calls a piece of its own, which a correction notice
/// retells: "Our guide to …", "The article said …", "It gave …".
const OWN_PIECES: &[&str] = &[
    "our",
    "article",
    "story",
    "report",
    "guide",
    "caption",
    "headline",
    "item",
    "coverage",
    "version",
    "round-up",
    "roundup",
    "graphic",
    "chart",
    "it",
    "edition",
    "box",
    "table",
    "gallery",
    "timeline",
    "map",
    "explainer",
    "preview",
    "blog",
    "post",
    "alert",
    "newsletter",
    "panel",
    "sidebar",
    "bulletin",
    "column",
    "profile",
    "summary",
    "factfile",
];

/// Words that make a quantity an expectation, a plan or a capacity rather
/// than what happened: "expected to last about eight hours", "licensed to
/// carry 150 passengers", "could rise to 40".
static MODAL: WordSet = WordSet::new(&[
    "will",
    "would",
    "could",
    "might",
    "may",
    "should",
    "expected",
    "expect",
    "expects",
    "due",
    "scheduled",
    "planned",
    "plans",
    "likely",
    "unlikely",
    "licensed",
    "capacity",
    "designed",
    "built",
    "rated",
    "allowed",
    "permitted",
    "able",
    "can",
    "hopes",
    "hope",
    "aims",
    "aim",
    "intends",
    "forecast",
    // What a poll, a survey or analysts put it at is no result:
    // "the exit poll puts Civic Renewal on 78 to 84 seats", "Consensus is
    // for revenue of €4.5bn".
    "poll",
    "survey",
    "consensus",
    "projection",
    "projections",
    "guidance",
    "projected",
    "predicted",
    "estimates",
    "anticipated",
    "wants",
    "want",
    // "planning for a stoppage of at least a week", "a threatened 48-hour
    // stoppage" (see `modal_before`): what may come, not what came.
    "planning",
    "preparing",
    "bracing",
    "braced",
    "threatened",
    "seeks",
    "sought",
    "urges",
    "urged",
    "requested",
    "recommended",
    "proposed",
    "proposes",
    "demands",
    "demanded",
    "offer",
    "manifest",
    "listed",
    "offered",
    "pencilled",
    "penciled",
    "usually",
    "typically",
    "normally",
    // "accused Halloran of taking 3.1 million euros": a charge, not a finding.
    "accused",
    "alleged",
    "allegedly",
    "suspected",
]);

/// Prepositions whose phrase a date or place may follow without hanging on it.
static PHRASE_PREPOSITIONS: WordSet = WordSet::new(&[
    "in", "at", "on", "off", "near", "inside", "outside", "into", "for", "with", "against", "by",
    "over", "to", "from", "under", "across", "after", "during", "within", "behind",
]);

/// Prepositions of a path, whose phrase a date walk steps over too ("roared
/// through the small mountain town of Kessaro late on Saturday"). (Place
/// walks do not: "tore through the Buckland Valley in north-east Victoria"
/// names the fire's site.)
static PATH_PREPOSITIONS: WordSet = WordSet::new(&[
    "through", "along", "towards", "toward", "past", "around", "beyond",
]);

/// Words that end a backward search for a phrase's preposition.
static PHRASE_STOPS: WordSet = WordSet::new(&[
    "and", "or", "but", "that", "which", "who", "when", "while", "where", "is", "are", "was",
    "were", "be", "been", "has", "have", "had", "will", "would", "said", "says",
]);

/// Subordinators that, after a comma, open a clause of their own.
const SUBORDINATORS: &[&str] = &[
    "which",
    "who",
    "whom",
    "whose",
    "while",
    "whereas",
    "but",
    "although",
    "though",
    "because",
    "as",
    "when",
    "where",
    "since",
    "so",
    "yet",
    "unless",
    "whereupon",
];

/// Irregular past participles that open a reduced relative clause.
const PARTICIPLES: &[&str] = &[
    "held", "shown", "built", "made", "known", "seen", "given", "taken", "brought", "sold",
    "struck", "hit", "set", "led", "won", "found", "begun", "sent", "flown", "born", "shot",
    "written", "spoken", "chosen", "drawn", "thrown", "torn", "worn", "sworn", "beaten",
];

/// Relative pronouns: their clause hangs on the word before the comma.
const RELATIVES: &[&str] = &["which", "who", "that", "whom", "whose", "where"];

/// Ordinal words, "first" to "twelfth", in order.
pub(crate) const ORDINALS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth",
];

/// The places a finisher takes: "third in 2:12:02".
const PLACINGS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "last",
];

/// Pronouns and determiners that, after ", and" or ", or", start a new clause.
const CLAUSE_STARTERS: &[&str] = &[
    "he", "she", "they", "it", "we", "i", "you", "there", "the", "his", "her", "their", "this",
    "that", "these", "those", "a", "an", "its", "our",
];

/// One sentence's words, with their clauses, ready for frames.
pub(crate) struct Ctx<'a> {
    /// Every word of the article.
    pub(crate) words: &'a [Word],
    /// The article.
    pub(crate) text: &'a str,
    /// The sentence's word indices.
    pub(crate) sentence: Range<usize>,
    /// Clause number of each word of the sentence (index − sentence.start).
    clause: Vec<u32>,
    /// For each clause, the word it hangs on when it is a relative clause.
    antecedent: Vec<Option<usize>>,
    /// Clauses that are a participle's phrase after a comma (", smashing
    /// the record …"), each with the clause it hangs on: they share its
    /// subject and its occasion.
    participial: Vec<(u32, u32)>,
    /// Which words of the sentence are part of some claim's `near` cue.
    cue_word: Vec<bool>,
    /// Each sentence word's comparison form, made once: frames ask often.
    norms: Vec<Cow<'a, str>>,
    /// Which sentence words are event nouns, when first asked.
    events: OnceCell<Vec<bool>>,
    /// Whether the sentence is a correction notice, when first asked.
    correction: OnceCell<bool>,
    /// The words that call something off ("scrubbed", "called off"), with
    /// their clauses, when first asked.
    called_off: OnceCell<Vec<(u32, usize)>>,
    /// The words "last" before a verb ("was last raised"), when first asked.
    last_done: OnceCell<Vec<usize>>,
}

impl<'a> Ctx<'a> {
    /// Splits the sentence `sentence` of `words` into clauses.
    #[cfg(test)]
    pub(crate) fn new(words: &'a [Word], text: &'a str, sentence: Range<usize>) -> Self {
        let norms = sentence.clone().map(|k| words[k].norm(text)).collect();
        let mut ctx = Ctx::with_norms(words, text, sentence, norms);
        ctx.split();
        ctx
    }

    /// [`Ctx::new`] for a sentence of an article whose ASCII letters
    /// `lower` holds lower-cased (see [`Word::norm_lowered`]).
    pub(crate) fn lowered(
        words: &'a [Word],
        text: &'a str,
        lower: &'a str,
        sentence: Range<usize>,
    ) -> Self {
        let mut ctx = Ctx::unsplit(words, text, lower, sentence);
        ctx.split();
        ctx
    }

    /// [`Ctx::is_correction`] of the sentence `sentence` of an article
    /// (`lower` as for [`Ctx::lowered`]), asked without splitting the
    /// sentence into clauses, which that question does not read: a quote
    /// passage's sentence is asked only this.
    pub(crate) fn correction_at(
        words: &'a [Word],
        text: &'a str,
        lower: &'a str,
        sentence: Range<usize>,
    ) -> bool {
        Ctx::unsplit(words, text, lower, sentence).is_correction()
    }

    /// The sentence's words and their normal forms, its clauses not yet
    /// read ([`Ctx::split`]).
    fn unsplit(words: &'a [Word], text: &'a str, lower: &'a str, sentence: Range<usize>) -> Self {
        let norms = words[sentence.clone()]
            .iter()
            .map(|w| w.norm_lowered(text, lower))
            .collect();
        Ctx::with_norms(words, text, sentence, norms)
    }

    /// A context of `norms` (the sentence's words' normal forms), its
    /// clauses not yet read ([`Ctx::split`]).
    fn with_norms(
        words: &'a [Word],
        text: &'a str,
        sentence: Range<usize>,
        norms: Vec<Cow<'a, str>>,
    ) -> Self {
        // (Room for a few clauses: opening one seldom reallocates.)
        let mut antecedent = Vec::with_capacity(8);
        antecedent.push(None);
        Ctx {
            words,
            text,
            sentence,
            clause: Vec::new(),
            antecedent,
            participial: Vec::new(),
            cue_word: Vec::new(),
            norms,
            events: OnceCell::new(),
            correction: OnceCell::new(),
            called_off: OnceCell::new(),
            last_done: OnceCell::new(),
        }
    }

    /// Reads the sentence's clauses (every constructor but
    /// [`Ctx::correction_at`]'s does).
    fn split(&mut self) {
        self.clause.reserve_exact(self.sentence.len());
        #[derive(PartialEq)]
        enum Closer {
            Comma,
            Dash,
            Paren,
        }
        let start = self.sentence.start;
        let mut current: u32 = 0;
        // The clause to return to after an aside (a relative clause set off by
        // commas, or words between dashes or parentheses), and what closes it.
        let mut aside: Option<(u32, Closer)> = None;
        // A clause a subordinator opens with a subject and verb of its own
        // ("A week after she was sworn in, Solberg on Thursday published
        // …"): the comma that ends it starts the main clause.
        const FRONTING: &[&str] = &[
            "after", "before", "since", "when", "once", "until", "because",
        ];
        let mut subordinate: Option<u32> =
            (self.is(start, FRONTING) && self.finite_clause_after(start)).then_some(0);
        for i in self.sentence.clone() {
            let open = |ctx: &mut Ctx<'_>, antecedent: Option<usize>| {
                ctx.antecedent.push(antecedent);
                (ctx.antecedent.len() - 1) as u32
            };
            if i > start && self.words[i].punct_before {
                let gap = self.gap(i);
                let w = self.norm(i);
                let w = w.as_ref();
                if self.is_figure_label(i) {
                    // "401 - people injured", "31 hours: how long the town
                    // was dark": a list line's figure and what it counts.
                } else if gap.contains(';') || gap.contains(':') {
                    aside = None;
                    current = open(self, None);
                } else if gap.contains(')') && matches!(aside, Some((_, Closer::Paren))) {
                    current = aside.take().map_or(current, |(back, _)| back);
                } else if gap.contains('(') {
                    aside = Some((current, Closer::Paren));
                    current = open(self, Some(i - 1));
                } else if is_dash_gap(gap) {
                    match aside.take() {
                        Some((back, Closer::Dash)) => current = back,
                        _ if self.dash_ahead(i) => {
                            aside = Some((current, Closer::Dash));
                            current = open(self, Some(i - 1));
                        }
                        _ => current = open(self, None),
                    }
                } else if gap.contains(',') {
                    if RELATIVES.contains(&w)
                        || self.reduced_relative(i)
                        || self.apposition_ahead(i)
                    {
                        let back = match &aside {
                            Some((back, Closer::Comma)) => *back,
                            _ => current,
                        };
                        aside = Some((back, Closer::Comma));
                        current = open(self, Some(i - 1));
                    } else if SUBORDINATORS.contains(&w)
                        || (matches!(w, "and" | "or" | "but" | "so")
                            && i + 1 < self.sentence.end
                            && (CLAUSE_STARTERS.contains(&self.norm(i + 1).as_ref())
                                // "…, and Velmoria's Noor Eskelund was third"
                                || (self.capitalised(i + 1)
                                    && (self.finite_clause_after(i) || self.gapped_place(i)))))
                    {
                        aside = None;
                        current = open(self, None);
                    } else if matches!(aside, Some((_, Closer::Comma))) {
                        // The comma that closes a relative clause.
                        current = aside.take().map_or(current, |(back, _)| back);
                    } else if subordinate == Some(current)
                        && (self.capitalised(i)
                            || self.is(i, &["he", "she", "they", "it", "we", "i", "the"]))
                    {
                        subordinate = None;
                        current = open(self, None);
                    } else if w.len() >= 6
                        && w.ends_with("ing")
                        && self.text.as_bytes()[self.words[i].span.start].is_ascii_lowercase()
                        && !self.is(i, &["including", "according", "during"])
                    {
                        // ", smashing the record of 7.91 metres set in July
                        // 1997": a participle's phrase of its own.
                        let parent = current;
                        current = open(self, Some(i - 1));
                        self.participial.push((current, parent));
                    }
                }
            } else if i > start {
                let w = self.norm(i);
                let opens = match w.as_ref() {
                    "while" | "whereas" | "but" | "although" => true,
                    "before" | "after" | "since" | "without" | "by" | "upon" => {
                        (i + 1 < self.sentence.end && self.norm(i + 1).ends_with("ing"))
                            || (w != "without"
                                && w != "by"
                                && self.finite_clause_after(i)
                                && !self.subject_phrase_runs_on(start, i))
                    }
                    "until" | "once" => self.finite_clause_after(i),
                    // "we learned that Brandvold had played the final": what
                    // was said or learned is a clause of its own.
                    "that" => self.is(
                        i - 1,
                        &[
                            "said",
                            "says",
                            "learned",
                            "learnt",
                            "announced",
                            "confirmed",
                            "revealed",
                            "reported",
                            "knew",
                            "noted",
                            "added",
                            "believed",
                            "emerged",
                            "disclosed",
                            "admitted",
                        ],
                    ),
                    _ => false,
                };
                // (Fronted: no verb before it, "A week after she was sworn
                // in, …"; "stand in silence after the search ended, just
                // over two days after the blast" goes on with its phrase.)
                let fronting = opens
                    && FRONTING.contains(&w.as_ref())
                    && self.finite_clause_after(i)
                    && (start..i).all(|k| !self.finite_verb(k) && !self.is(k, &AUX));
                if opens {
                    aside = None;
                    current = open(self, None);
                    if fronting {
                        subordinate = Some(current);
                    }
                }
            }
            self.clause.push(current);
        }
    }

    /// Whether a subordinator at `i` only ends the subject's phrase that
    /// opens the sentence, its verb still to come: "The final poll before
    /// Sunday's vote had put yes at 52%" (no verb before it, no comma after
    /// it), unlike "Two days after a sensor forced a scrub, it lifted off".
    fn subject_phrase_runs_on(&self, start: usize, i: usize) -> bool {
        let verb_before = (start..i).any(|k| {
            let w = self.norm(k);
            self.is(k, &AUX) || (w.len() > 4 && w.ends_with("ed")) || self.is(k, &["said", "says"])
        });
        let comma_after = (i + 1..self.sentence.end).any(|k| self.gap(k).contains(','));
        // ("since the party was founded in 1994" is a clause; so is what a
        // list line's label says.)
        let list_line = start + 1 < self.sentence.end && self.is_figure_label(start + 1);
        self.is(i, &["before", "after"])
            && !verb_before
            && !comma_after
            && start == self.sentence.start
            && !list_line
    }

    /// Whether the words from `i` (just after a comma) open a reduced
    /// relative clause: a past participle and its phrase, "The Vela X,
    /// unveiled in Barcelona on Sept. 8, went on sale …", "the ferry, first
    /// launched in 1998, …". Like ", which was unveiled …", it hangs on the
    /// word before the comma and ends at the next one.
    fn reduced_relative(&self, i: usize) -> bool {
        let mut k = i;
        if self.is(
            k,
            &[
                "first",
                "later",
                "newly",
                "recently",
                "previously",
                "originally",
                "also",
                "since",
            ],
        ) {
            k += 1;
        }
        let participle = self.in_sentence(k) && !self.is(k, &AUX) && {
            let w = self.norm(k);
            (w.len() > 4 && w.ends_with("ed")) || one_of(PARTICIPLES, &w)
        };
        participle
            && self.is(
                k + 1,
                &[
                    "in", "on", "at", "by", "to", "for", "from", "with", "as", "near", "into",
                    "during", "off", "outside", "inside",
                ],
            )
    }

    /// Whether a subordinator at `i` ("after", "until") opens a clause with
    /// its own subject and finite verb, "two days after a faulty sensor
    /// forced a scrub", "until the union agreed", rather than a phrase,
    /// "after a week of talks", "after the scrubbed attempt". The subject is
    /// a pronoun, or a determiner or name with at most three more words; the
    /// verb a past form or an auxiliary, with no punctuation on the way.
    fn finite_clause_after(&self, i: usize) -> bool {
        let end = self.sentence.end;
        let mut k = i + 1;
        if k >= end || self.punct_before(k) {
            return false;
        }
        if self.is(k, &["he", "she", "they", "it", "we", "i", "you"]) {
            return k + 1 < end && !self.punct_before(k + 1) && self.finite_verb(k + 1);
        }
        let name = !self.is(k, &DETERMINERS);
        if name && !self.capitalised(k) {
            return false;
        }
        k += 1;
        // At least one word of the subject after a determiner: "the
        // scrubbed attempt" is a phrase.
        let first = k;
        while k < end && k <= first + 3 && !self.punct_before(k) {
            if (name || k > first) && self.finite_verb(k) {
                return true;
            }
            if self.is(k, &FUNCTION) && !self.is(k, &AUX) {
                return false;
            }
            k += 1;
        }
        false
    }

    /// Whether the words after "and" at `i` are a clause with its verb left
    /// out, a name and the place it finished in: "Brandauer was second, and
    /// Noor Eskelund of Velmoria third".
    fn gapped_place(&self, i: usize) -> bool {
        let mut k = i + 1;
        while k < self.sentence.end && k <= i + 6 && !self.punct_before(k) {
            if self.is(k, PLACINGS) {
                return k > i + 1;
            }
            if !self.capitalised(k) && !self.is(k, &["of", "from"]) {
                return false;
            }
            k += 1;
        }
        false
    }

    /// Whether word `i` looks like a finite verb: an auxiliary that takes a
    /// subject, or a past form.
    pub(crate) fn finite_verb(&self, i: usize) -> bool {
        let w = self.norm(i);
        matches!(
            w.as_ref(),
            "was"
                | "were"
                | "had"
                | "has"
                | "have"
                | "is"
                | "are"
                | "did"
                | "will"
                | "would"
                | "could"
        ) || (w.len() > 4 && w.ends_with("ed") && !w.ends_with("eed"))
            || one_of(PARTICIPLES, &w)
            || matches!(
                w.as_ref(),
                "said"
                    | "went"
                    | "came"
                    | "left"
                    | "began"
                    | "met"
                    | "took"
                    | "gave"
                    | "got"
                    | "ran"
                    | "fell"
                    | "rose"
                    | "broke"
                    | "signed"
                    | "agreed"
            )
    }

    /// Whether the words from `i` (just after a comma) are a noun phrase in
    /// apposition to the word before the comma: "a premium of 32% to the
    /// closing price", "the first since 2019". Like a relative clause, it
    /// hangs on that word and ends at the next punctuation. It opens with
    /// "a" or "an" and holds no verb; or, after a figure, with a figure of
    /// its own: "won in 2:09:04, 52 seconds inside the old record".
    fn apposition_ahead(&self, i: usize) -> bool {
        let digit = |k: usize| self.text.as_bytes()[self.words[k].span.start].is_ascii_digit();
        // (Its figure has a unit or noun: "May 14, 2027, at …" is a date.)
        let measure = || {
            digit(i)
                && digit(i - 1)
                && self.in_sentence(i + 1)
                && !self.punct_before(i + 1)
                && self.text.as_bytes()[self.words[i + 1].span.start].is_ascii_lowercase()
        };
        if !self.is(i, &["a", "an"]) && !measure() {
            return false;
        }
        let end = (i + 1..self.sentence.end)
            .find(|&k| self.punct_before(k))
            .unwrap_or(self.sentence.end);
        end - i <= 12
            && (i + 1..end).all(|k| {
                !self.finite_verb(k)
                    && !self.is(
                        k,
                        &["who", "which", "that", "and", "or", "but", "be", "been"],
                    )
            })
    }

    /// Whether the dash or colon before word `i` ends the figure that opens
    /// a list line ("401 - people injured", "€4.7bn: quarterly revenue",
    /// "4% - the maximum fine"):
    /// at most three words from the sentence start, the first a number.
    pub(crate) fn is_figure_label(&self, i: usize) -> bool {
        // (Asked at every punctuation in every sentence: the word's place,
        // cheapest to test, first.)
        if i - self.sentence.start > 3 {
            return false;
        }
        // ("4% - the maximum fine": the sign is no word.)
        let gap = self.gap(i).trim_start_matches('%');
        let first = self
            .text
            .get(self.words[self.sentence.start].span.clone())
            .and_then(|w| w.chars().next());
        (is_dash_gap(gap) || gap.trim() == ":")
            && first.is_some_and(|c| c.is_ascii_digit() || matches!(c, '$' | '€' | '£' | '¥'))
    }

    /// Whether figure `m` opens a list line: it starts the sentence and a
    /// dash or colon follows it ("401 - people injured").
    pub(crate) fn opens_list_line(&self, m: &Range<usize>) -> bool {
        m.start == self.sentence.start && self.in_sentence(m.end) && self.is_figure_label(m.end)
    }

    /// Where the label after list line figure `m` ends: at the first word
    /// after a comma, semicolon or full stop, or at the sentence's end.
    pub(crate) fn label_end(&self, m: &Range<usize>) -> usize {
        (m.end + 1..self.sentence.end)
            .find(|&k| self.gap(k).contains([',', ';', '.']))
            .unwrap_or(self.sentence.end)
    }

    /// Whether another lone dash follows word `i` in the sentence (an aside).
    fn dash_ahead(&self, i: usize) -> bool {
        (i + 1..self.sentence.end).any(|k| self.words[k].punct_before && is_dash_gap(self.gap(k)))
    }

    /// The text between word `i − 1` and word `i`.
    pub(crate) fn gap(&self, i: usize) -> &'a str {
        if i == 0 {
            return "";
        }
        self.text
            .get(self.words[i - 1].span.end..self.words[i].span.start)
            .unwrap_or("")
    }

    /// Word `i`'s comparison form.
    pub(crate) fn norm(&self, i: usize) -> Cow<'_, str> {
        match self.norms.get(i.wrapping_sub(self.sentence.start)) {
            Some(n) => Cow::Borrowed(n.as_ref()),
            // (Past the article's last word: none, as for a word after the
            // sentence.)
            None => self
                .words
                .get(i)
                .map_or(Cow::Borrowed(""), |w| w.norm(self.text)),
        }
    }

    /// Whether word `i` (its comparison form) is one of `list`.
    ///
    /// Frames ask this of nearly every word they step over: the normal form
    /// is read from the sentence's list directly (which holds exactly the
    /// sentence's words, so a word outside it finds none), not wrapped in a
    /// [`Cow`] as [`Ctx::norm`] gives it.
    pub(crate) fn is<L: WordClass + ?Sized>(&self, i: usize, list: &L) -> bool {
        self.norms
            .get(i.wrapping_sub(self.sentence.start))
            .is_some_and(|n| list.holds(n))
    }

    /// Whether word `i` is one of `list` once a plural or possessive `s` is dropped.
    /// (As [`Ctx::is`], the normal form is read from the sentence's list.)
    pub(crate) fn is_noun<L: WordClass + ?Sized>(&self, i: usize, list: &L) -> bool {
        self.norms
            .get(i.wrapping_sub(self.sentence.start))
            .is_some_and(|n| noun_in(n, |w| list.holds(w)))
    }

    /// Whether word `i` is an event noun (see [`EVENT_NOUNS`]), decided once
    /// per sentence word.
    pub(crate) fn is_event_noun(&self, i: usize) -> bool {
        if !self.in_sentence(i) {
            return false;
        }
        let events = self.events.get_or_init(|| {
            self.sentence
                .clone()
                .map(|k| {
                    let w = self.norm(k);
                    noun_in(&w, |w| EVENT_SET.contains(w))
                        // "the final in Lonsdale", not "the final score".
                        || (w == "final"
                            && k > self.sentence.start
                            && self.is(k - 1, &["the", "a", "this", "next", "cup"])
                            && (k + 1 == self.sentence.end
                                || self.punct_before(k + 1)
                                || self.is(k + 1, &FUNCTION)
                                || self.is(k + 1, &PHRASE_PREPOSITIONS)))
                })
                .collect()
        });
        events[i - self.sentence.start]
    }

    /// Whether `i` is a word of the sentence.
    pub(crate) fn in_sentence(&self, i: usize) -> bool {
        self.sentence.contains(&i)
    }

    /// Whether punctuation stands right before word `i`.
    /// (Past the article's last word: the end is a boundary.)
    pub(crate) fn punct_before(&self, i: usize) -> bool {
        self.words.get(i).map_or(true, |w| w.punct_before)
    }

    /// Whether word `i` starts with a capital letter.
    pub(crate) fn capitalised(&self, i: usize) -> bool {
        self.text
            .get(self.words.get(i).map_or(0..0, |w| w.span.clone()))
            .and_then(|s| s.chars().next())
            .is_some_and(char::is_uppercase)
    }

    /// The clause word `i` is in.
    pub(crate) fn clause(&self, i: usize) -> u32 {
        self.clause
            .get(i.wrapping_sub(self.sentence.start))
            .copied()
            .unwrap_or(u32::MAX)
    }

    /// The word a relative clause `clause` hangs on, if it is one.
    pub(crate) fn antecedent_of(&self, clause: u32) -> Option<usize> {
        self.antecedent.get(clause as usize).copied().flatten()
    }

    /// Whether one of a claim's `not-near` matches is tied to the mention at
    /// `m` (SPEC rule 2): in the mention's own clause, or naming the thing a
    /// relative clause holding the mention hangs on ("the press conference,
    /// which lasted 12 minutes"). A `not-near` word elsewhere in the sentence
    /// ("The Vela X, unveiled on Sept. 8, went on sale on Sept. 18") leaves
    /// the mention alone.
    pub(crate) fn not_near_tied(&self, not_near: &[Range<usize>], m: &Range<usize>) -> bool {
        let own = self.clause(m.start);
        // A participle's phrase shares the words of the clause it hangs on
        // (not the other way round).
        let parent = self.occasion_clause(m.start);
        let hangs_on = self.antecedent.get(own as usize).copied().flatten();
        // Or in a "where" clause hanging on the mention itself, which says
        // what the place is: "Rennick Falls, where Ashgrove is based".
        // Or in the time clause right after it, which says from when it
        // counts: "four weeks after the last case was recorded".
        let since = (self.in_sentence(m.end)
            && self.is(m.end, &["after", "before", "since", "until"]))
        .then(|| self.clause(m.end + 1));
        // Or anywhere in a list line's label, to its first comma: "350 -
        // passengers the 07:05 service carries on an average week, …".
        let label_end = self.opens_list_line(m).then(|| self.label_end(m));
        // Or in a label before the figure and its colon: "operating budget:
        // €948 million".
        let head_label = self.gap(m.start).contains(':')
            && (self.sentence.start + 1..m.start).all(|k| !self.punct_before(k));
        // (Not in an apposition on another name after the mention:
        // "Regulators in Brisport approved Veltrisa, Calloway's injection"
        // says whose Veltrisa is, not where Brisport's regulators are.)
        // (Nor in one that ranks the event among others: "Six skiers died in
        // the avalanche, the deadliest in Hallen since 1999".)
        let apposition = |r: &Range<usize>| {
            r.start > m.end + 1
                && (m.end + 1..=r.start)
                    .rev()
                    .find(|&k| self.gap(k).contains(','))
                    .is_some_and(|c| {
                        let ranks = self.is(c, &["the"]) && self.in_sentence(c + 1) && {
                            let w = self.norm(c + 1);
                            (w.len() > 4 && w.ends_with("est"))
                                || matches!(w.as_ref(), "worst" | "best" | "first" | "last")
                        };
                        c > m.end + 1
                            && self.gap(c).trim() == ","
                            && (self.capitalised(c - 1) || ranks)
                            && (c..r.start).all(|k| !self.punct_before(k) || k == c)
                            && (c..r.end).all(|k| !self.finite_verb(k))
                    })
        };
        // (Nor in what the figure is compared with: "73 people were
        // arrested, fewer than last year's 52".)
        // (The cue must open the comparison, and the figure stand outside
        // one: "longer than the three years his lawyer wanted".)
        let outside = !(m.start.saturating_sub(2).max(self.sentence.start)..m.start)
            .any(|k| self.is(k, &["than"]));
        // (Or what a change after it starts from: "raised to 60,000 euros,
        // up from 50,000 euros at the last competition in 2025".)
        let compared = |r: &Range<usize>| {
            outside
                && r.start > m.end
                && ((r.start.saturating_sub(4).max(m.end)..r.start)
                    .any(|k| self.is(k, &["than", "compared", "versus", "vs"]))
                    || (r.start.saturating_sub(8).max(m.end + 1)..r.start)
                        .any(|k| self.is(k, &["from"]) && self.is(k - 1, &["up", "down"])))
        };
        not_near
            .iter()
            .filter(|r| !apposition(r) && !compared(r))
            .any(|r| {
                (head_label && r.start >= self.sentence.start && r.end <= m.start)
                    || self.clause(r.start) == own
                    || self.clause(r.start) == parent
                    || since.is_some_and(|c| self.clause(r.start) == c)
                    || label_end.is_some_and(|e| r.start >= m.end && r.end <= e)
                    || hangs_on.is_some_and(|w| w + 3 >= r.start && w < r.end + 3)
                    // (Or in a relative clause on the mention, which says what
                    // it is: "Jonas Auer, who signed as witness".)
                    || self.antecedent_of(self.clause(r.start)).is_some_and(|w| {
                        m.contains(&w)
                            && self.is(m.end, &["where", "who", "which"])
                            && self.clause(m.end) == self.clause(r.start)
                    })
            })
    }

    /// Whether word `i` is a possessive ("Peru's", "the workers'").
    pub(crate) fn possessive(&self, i: usize) -> bool {
        let w = self.norm(i);
        w.ends_with("'s") || w.ends_with("s'")
    }

    /// The clause word `i` tells the occasion of: its own, or for a
    /// participle's phrase the clause it hangs on.
    pub(crate) fn occasion_clause(&self, i: usize) -> u32 {
        let own = self.clause(i);
        self.participial
            .iter()
            .find(|(c, _)| *c == own)
            .map_or(own, |&(_, parent)| parent)
    }

    /// Whether words `a` and `b` stand in one clause, or `b`'s clause is a
    /// relative clause hanging on `a`'s clause at or after `a` (or the other
    /// way round). The words after a relative clause closes are not its
    /// own: in "Eastbury play Northgate, who beat Castlebrook on Sunday, in
    /// the final in Lonsdale", Lonsdale is not where Northgate beat anyone.
    pub(crate) fn same_clause(&self, a: usize, b: usize) -> bool {
        let (ca, cb) = (self.clause(a), self.clause(b));
        if ca == cb {
            return true;
        }
        let hangs = |c: u32, on: usize| {
            self.antecedent
                .get(c as usize)
                .copied()
                .flatten()
                .is_some_and(|w| w == on || (self.clause(w) == self.clause(on) && on < w))
        };
        hangs(cb, a) || hangs(ca, b)
    }

    /// Marks the words of the claims' cues in the sentence (any claim's).
    pub(crate) fn with_cues<'r>(
        mut self,
        cues: impl IntoIterator<Item = &'r Range<usize>>,
    ) -> Self {
        self.cue_word = vec![false; self.sentence.len()];
        for c in cues {
            for k in c.clone() {
                if let Some(slot) = self.cue_word.get_mut(k.wrapping_sub(self.sentence.start)) {
                    *slot = true;
                }
            }
        }
        self
    }

    /// Whether word `i` is part of some claim's cue.
    pub(crate) fn is_cue_word(&self, i: usize) -> bool {
        self.cue_word
            .get(i.wrapping_sub(self.sentence.start))
            .copied()
            .unwrap_or(false)
    }

    /// The preposition that opens the phrase word `k` ends ("for about
    /// three hours", "off the central Philippines", "for the first time"): at
    /// most five words back, no punctuation, no word that opens a clause.
    pub(crate) fn phrase_before(&self, k: usize) -> Option<usize> {
        self.phrase_before_in(k, false)
    }

    /// [`Ctx::phrase_before`], with a path's phrase too ("through the small
    /// mountain town") when `paths`.
    pub(crate) fn phrase_before_in(&self, k: usize, paths: bool) -> Option<usize> {
        // A phrase ends in a content word: a preposition or function word
        // ends none ("rose to at least 19": "to" is no phrase's end).
        if self.is(k, &PHRASE_PREPOSITIONS) || self.is(k, &FUNCTION) {
            return None;
        }
        // "in a museum photograph taken in September": a participle after
        // its noun is a clause's verb, where the walk stops.
        if k > self.sentence.start && !self.punct_before(k) && self.participle(k) {
            let before = k - 1;
            if !self.is(before, &PHRASE_PREPOSITIONS)
                && !self.is(before, &FUNCTION)
                && !self.is(before, &DETERMINERS)
            {
                return None;
            }
        }
        let mut j = k;
        for _ in 0..5 {
            if j <= self.sentence.start || self.punct_before(j) {
                return None;
            }
            j -= 1;
            if self.is(j, &PHRASE_PREPOSITIONS) || (paths && self.is(j, &PATH_PREPOSITIONS)) {
                // "after introducing the phone": a verb's clause, whose verb
                // the walk must reach, not a phrase to step over.
                return (!self.gerund(j + 1)).then_some(j);
            }
            if self.is(j, &PHRASE_STOPS) {
                return None;
            }
        }
        None
    }

    /// Whether word `k` is a lower-case past participle: "taken", "made",
    /// "pictured" (not a short word like "red" or "bed").
    pub(crate) fn participle(&self, k: usize) -> bool {
        if self.capitalised(k) {
            return false;
        }
        let w = self.norm(k);
        (w.len() > 5 && w.ends_with("ed") && !w.ends_with("eed"))
            || matches!(
                w.as_ref(),
                "taken"
                    | "made"
                    | "given"
                    | "written"
                    | "shown"
                    | "seen"
                    | "done"
                    | "built"
                    | "drawn"
                    | "sent"
                    | "shot"
                    | "filmed"
                    | "found"
                    | "brought"
                    | "kept"
            )
    }

    /// Whether word `k` is part of a time of day: "9.12 a.m.", "18:00",
    /// "3pm", "noon GMT". A walk from a date or place phrase steps over it
    /// as over a phrase ("lifted off at 9.12 a.m. on Thursday").
    pub(crate) fn is_clock(&self, k: usize) -> bool {
        if !self.in_sentence(k) {
            return false;
        }
        let text = |j: usize| self.text.get(self.words[j].span.clone()).unwrap_or("");
        let marker = |j: usize| {
            self.in_sentence(j) && {
                let v = self.norm(j);
                matches!(
                    v.as_ref(),
                    "am" | "pm" | "gmt" | "utc" | "noon" | "midnight"
                ) || (v == "m"
                    && j > self.sentence.start
                    && self.is(j - 1, &["a", "p"])
                    && self.gap(j) == ".")
                    || (matches!(v.as_ref(), "a" | "p")
                        && self.gap(j + 1) == "."
                        && self.in_sentence(j + 1)
                        && self.norm(j + 1) == "m")
            }
        };
        let clock_number = |j: usize| {
            let t = text(j);
            t.starts_with(|c: char| c.is_ascii_digit())
                && (t.contains(':')
                    || (t.contains('.') && marker(j + 1))
                    || t.ends_with("am")
                    || t.ends_with("pm")
                    || marker(j + 1))
        };
        marker(k) || clock_number(k)
    }

    /// Whether word `k` is a verb's -ing form ("introducing", "beating"),
    /// not a noun such as "morning" or "evening" or a name ("Beijing").
    fn gerund(&self, k: usize) -> bool {
        let w = self.norm(k);
        w.len() >= 7
            && w.ends_with("ing")
            && !self.capitalised(k)
            && !one_of(
                &["morning", "evening", "meeting", "building", "funding"],
                &w,
            )
    }

    /// Whether a walk back from a date or place phrase may step over word
    /// `k` as an auxiliary: "to" only before a verb of holding ("is due to
    /// be held"), never as the preposition it mostly is ("rose to 19 on
    /// Sunday": the date is the rise's).
    pub(crate) fn is_aux_step(&self, k: usize) -> bool {
        if self.is(k, &["to"]) {
            return self.is(
                k + 1,
                &[
                    "be", "take", "hold", "held", "meet", "convene", "begin", "start", "open",
                ],
            );
        }
        self.is(k, &AUX)
    }

    /// Whether the sentence is a correction notice ("An earlier version of
    /// this article incorrectly said …").
    pub(crate) fn is_correction(&self) -> bool {
        // One pass, each word's form fetched once: asked of most sentences.
        *self.correction.get_or_init(|| {
            self.sentence.clone().any(|k| {
                let w = self.norm(k);
                one_of(CORRECTION, &w)
                    || (one_of(&["earlier", "previous", "original"], &w)
                        && self.is(k + 1, &["version", "edition", "story", "report"]))
            }) || self.retells_the_article()
        })
    }

    /// Whether the sentence tells what a corrected article said: "The
    /// article said that 71 people had been killed", "The story also gave
    /// the site as …", and, in a notice headed "Correction", "It said …".
    fn retells_the_article(&self) -> bool {
        let mut k = self.sentence.start;
        let notice = || {
            // ("Correction: …", "CORRECTION", "Corrections and clarifications")
            let head = self.text.trim_start();
            head.get(..10)
                .is_some_and(|h| h.eq_ignore_ascii_case("correction"))
        };
        let saying = [
            "said",
            "stated",
            "gave",
            "described",
            "reported",
            "put",
            "called",
            "named",
            "listed",
            "attributed",
            "quoted",
            "identified",
            "given",
            "printed",
            "published",
            "showed",
        ];
        // In a notice, any report of ours as the subject: "Our guide to the
        // bridge, published on Wednesday, said …", "A caption on our
        // picture pages said that …", "A third item, in our round-up, gave
        // the death toll as five".
        if notice() {
            // (Or after a past participle: "The number evacuated, given in
            // one edition as 64,000, was 46,000.")
            // (Words in quotation marks are someone's speech, not the
            // notice's: "“… everyone who crosses it,” she said".)
            let verb = (self.sentence.start..self.sentence.end)
                .take(24)
                .find(|&j| !self.words[j].quoted && self.is(j, &saying));
            // ("The report correctly stated that …": what it got right.)
            let right = |v: usize| v > self.sentence.start && self.is(v - 1, RIGHTLY);
            let ours = verb.is_some_and(|v| {
                if right(v) {
                    return false;
                }
                let reach = if self.is(v, &["given", "printed", "published"]) {
                    (v + 6).min(self.sentence.end)
                } else {
                    v
                };
                (self.sentence.start..reach)
                    .any(|j| !self.words[j].quoted && self.is(j, OWN_PIECES))
                    // Or a piece named by its title and its day in
                    // brackets: "The Week in Eastmere (Saturday 27
                    // February) said that …".
                    || (self.sentence.start..v).any(|j| {
                        self.punct_before(j)
                            && self.text[..self.words[j].span.start].ends_with('(')
                            && crate::extract::is_calendar_word(&self.norm(j))
                    })
            });
            if ours {
                return true;
            }
        }
        if self.is(k, &["it"]) && notice() {
            k += 1;
        } else {
            if self.is(k, &["the", "this", "that", "our"]) {
                k += 1;
            }
            if !self.is(k, &["article", "story", "headline", "caption", "version"]) {
                return false;
            }
            k += 1;
        }
        while self.is(k, &["also", "wrongly", "originally", "had", "further"]) {
            k += 1;
        }
        self.in_sentence(k) && !self.punct_before(k) && self.is(k, &saying)
    }

    /// The word, if any, in the clause of word `at` that says what it tells
    /// was called off ("The first launch attempt, Tuesday, was called off",
    /// "scrubbed", "cancelled", "Dale's goal was disallowed"): what did not
    /// happen. The sentence is read once, when first asked.
    pub(crate) fn called_off(&self, at: usize) -> Option<usize> {
        let own = self.clause(at);
        self.called_off
            .get_or_init(|| {
                self.sentence
                    .clone()
                    .filter(|&k| {
                        self.is(
                            k,
                            &[
                                "scrubbed",
                                "aborted",
                                "cancelled",
                                "canceled",
                                "abandoned",
                                "disallowed",
                                "annulled",
                            ],
                        ) || (self.is(k, &["called", "chalked"]) && self.is(k + 1, &["off"]))
                    })
                    .map(|k| (self.clause(k), k))
                    .collect()
            })
            .iter()
            .find(|&&(c, k)| {
                // ("called off their search for survivors of a building
                // that collapsed on Sunday": what a relative clause after
                // it tells did happen.)
                c == own
                    && !(k < at
                        && (k + 2..at).any(|j| self.is(j, &["that", "which", "who", "where"])))
            })
            .map(|&(_, k)| k)
    }

    /// The words "last" right before a verb in the sentence ("where the
    /// rate was last raised", "the two sides last met"), found once.
    pub(crate) fn last_done(&self) -> &[usize] {
        self.last_done.get_or_init(|| {
            self.sentence
                .clone()
                .filter(|&k| {
                    self.is(k, &["last"])
                        && self.in_sentence(k + 1)
                        && !self.punct_before(k + 1)
                        && !self.is(k + 1, &AUX)
                        && self.finite_verb(k + 1)
                })
                .collect()
        })
    }

    /// The word, if any, that makes the mention at `m` an expectation, a plan
    /// or a capacity: one of [`MODAL`] before it in its clause, at most eight
    /// words back ("expected to last about eight hours").
    pub(crate) fn modal_before(&self, m: &Range<usize>) -> Option<usize> {
        // "threatened" only as an adjective: a law that "threatened
        // executives with five years in jail" states its penalty.
        let modal = |k: usize| {
            (self.is(k, &["warning", "warns", "warned"]) && self.is(k + 1, &["of"]))
                // "Kessler argues for a three-year term": what one side
                // asks for ("arguing that a 6.5% rise …" argues about it).
                || (self.is(k, &["argues", "argued", "arguing", "argue"]) && self.is(k + 1, &["for"]))
                // "deliveries that used to take a day": what was usual.
                || (self.is(k, &["used"]) && self.is(k + 1, &["to"]))
                // "how rescuers plan to lift twelve men" (not "the spending
                // plan", a thing).
                || (self.is(k, &["plan", "planning", "aim", "aims", "hope", "hopes"])
                    && self.is(k + 1, &["to"]))
                // "failed to limit the rise to 2 percent": what one side
                // tried, not what came.
                || (self.is(k, &["failed", "fails", "tried", "tries", "attempted", "wanted"])
                    && self.is(k + 1, &["to"]))
                // "If Ariza wins this race on Sunday 26 July": a condition,
                // not what happened (only one that opens the sentence).
                || (k == self.sentence.start
                    && self.is(k, &["if", "unless"])
                    && (k + 1..=m.start).all(|j| !self.punct_before(j)))
                || self.is(k, &MODAL)
                    && !(self.capitalised(k) && self.is(k, &["may"]))
                    && !(self.is(k, &["threatened"])
                        && !(k > self.sentence.start && self.is(k - 1, &["a", "an", "the"])))
                    // ("the accused": a person.)
                    && !(self.is(k, &["accused", "suspected"])
                        && k > self.sentence.start
                        && self.is(k - 1, &["a", "an", "the"]))
        };
        // A relative clause with a verb of its own tells what did happen,
        // whatever the clause it hangs on says ("it would have been far
        // worse without the vaccinators who gave 1.2 million doses").
        let relative = |k: usize| {
            self.is(k, &["who", "which"])
                && k + 1 < m.start
                && self.finite_verb(k + 1)
                && !self.is(k + 1, &MODAL)
        };
        let before = (self.sentence.start..m.start)
            .rev()
            .take(16)
            .take_while(|&k| self.same_clause(k, m.start) && !relative(k))
            .find(|&k| modal(k));
        // Or its own predicate: "119 passengers had been listed", or its
        // noun's when it is an adjective ("the 60-day flights planned for
        // 2028").
        let adjective = self.norm(m.end - 1).contains('-');
        let planned = |k: usize| {
            self.is(
                k,
                &[
                    "listed",
                    "licensed",
                    "allowed",
                    "permitted",
                    "expected",
                    "planned",
                    "scheduled",
                    // "the €4.5 billion consensus", "a 5% target"
                    "consensus",
                    "forecast",
                    "estimate",
                    "target",
                    "projection",
                    "expectations",
                ],
            )
        };
        let after = || {
            let k = (m.end..self.sentence.end)
                .take(4)
                .take_while(|&k| !self.punct_before(k))
                .find(|&k| !self.is(k, &["had", "have", "has", "been", "were", "was", "only"]))?;
            let noun = adjective
                && !self.is(k, &FUNCTION)
                && !self.capitalised(k)
                && self.in_sentence(k + 1)
                && !self.punct_before(k + 1);
            if planned(k) {
                Some(k)
            } else {
                (noun && planned(k + 1)).then_some(k + 1)
            }
        };
        // "some 290,000 unused vaccine doses would be kept in storage":
        // its own verb is a modal's.
        let modal_after = || {
            (m.end..self.sentence.end)
                .take(5)
                .take_while(|&k| !self.punct_before(k) && self.same_clause(k, m.start))
                .find(|&k| {
                    self.is(k, &["would", "could", "might", "may", "should"])
                        && k + 1 < self.sentence.end
                        && !self.punct_before(k + 1)
                        && (m.end..k).all(|j| !self.is(j, &["who", "which", "that", "of"]))
                })
        };
        // "$1.76 billion - the total raised if that option is exercised": a
        // list line's label that makes its figure a condition's.
        let label_if = || {
            if !self.opens_list_line(m) {
                return None;
            }
            (m.end + 1..self.label_end(m)).find(|&k| {
                self.is(k, &["if", "unless", "would", "could", "might"]) && !self.words[k].quoted
            })
        };
        before.or_else(after).or_else(modal_after).or_else(label_if)
    }

    /// Whether every word strictly between `from` and `to` stands in one
    /// clause with both, with no punctuation before any of them or `to`.
    pub(crate) fn tight(&self, from: usize, to: usize) -> bool {
        from < to && (from + 1..=to).all(|k| !self.punct_before(k))
    }
}

/// Whether `norm` is a noun `is` accepts once a possessive `'s` or `'`,
/// then a plural `es` or `s`, is dropped.
fn noun_in(norm: &str, is: impl Fn(&str) -> bool) -> bool {
    // `trim_end_matches("'s")`, without building a substring searcher.
    let mut w = norm;
    while let Some(shorter) = w.strip_suffix("'s") {
        w = shorter;
    }
    let w = w.trim_end_matches('\'');
    is(w) || w.strip_suffix("es").is_some_and(&is) || w.strip_suffix('s').is_some_and(&is)
}

/// Whether a claim's `about` says `phrase`, word for word in any case:
/// "the king" in "which ministers accompanied the king", "took off from"
/// in "the heliport the helicopter took off from".
pub(crate) fn about_says(about: &str, phrase: &str) -> bool {
    // (Read in place, with no copies: it is asked of every person a
    // people claim's frame reaches who is not among its values.)
    // Nearly every `about` and phrase is ASCII ("took off from", "the day
    // after"): their words are then compared byte by byte, with no
    // character decoded or lower-cased.
    if about.is_ascii() && phrase.is_ascii() {
        return says_ascii(about.as_bytes(), phrase.as_bytes());
    }
    fn words(s: &str) -> impl Iterator<Item = &str> + Clone {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
    }
    let same = |a: &str, b: &str| {
        a.chars()
            .flat_map(char::to_lowercase)
            .eq(b.chars().flat_map(char::to_lowercase))
    };
    says_words(words(about), words(phrase), same)
}

/// [`about_says`] of ASCII text: at each word of `about`, the phrase's
/// words are compared with the words from there on, in any case.
fn says_ascii(about: &[u8], phrase: &[u8]) -> bool {
    let word_at = |s: &[u8], from: usize| -> Option<(usize, usize)> {
        let start = from + s[from..].iter().position(u8::is_ascii_alphanumeric)?;
        let end = s[start..]
            .iter()
            .position(|b| !b.is_ascii_alphanumeric())
            .map_or(s.len(), |n| start + n);
        Some((start, end))
    };
    let Some((p0, p1)) = word_at(phrase, 0) else {
        return false;
    };
    let first = &phrase[p0..p1];
    let mut from = 0;
    while let Some((a0, a1)) = word_at(about, from) {
        from = a1;
        // (Most words of an `about` differ from the phrase's first in
        // length, and are passed without comparing a letter.)
        if a1 - a0 != first.len() || !about[a0..a1].eq_ignore_ascii_case(first) {
            continue;
        }
        let (mut at, mut pat) = (a1, p1);
        loop {
            let Some((q0, q1)) = word_at(phrase, pat) else {
                return true;
            };
            match word_at(about, at) {
                Some((b0, b1)) if about[b0..b1].eq_ignore_ascii_case(&phrase[q0..q1]) => {
                    (at, pat) = (b1, q1);
                }
                _ => break,
            }
        }
    }
    false
}

/// Whether the words `phrase` follow one another somewhere in the words
/// `about`, each `same` as the phrase's (see [`about_says`]).
fn says_words<W: Copy>(
    mut from: impl Iterator<Item = W> + Clone,
    phrase: impl Iterator<Item = W> + Clone,
    same: impl Fn(W, W) -> bool,
) -> bool {
    if phrase.clone().next().is_none() {
        return false;
    }
    loop {
        let mut probe = from.clone();
        if phrase
            .clone()
            .all(|p| probe.next().is_some_and(|a| same(a, p)))
        {
            return true;
        }
        if from.next().is_none() {
            return false;
        }
    }
}

/// Whether `word` (a comparison form) is one of the content words of a
/// claim's `about`, give or take an ending ("length", "lengths").
pub(crate) fn in_about(about: &str, word: &str) -> bool {
    let stem = |w: &str| w.chars().take(5).collect::<String>();
    word.len() >= 4
        && about
            .split(|c: char| !c.is_alphanumeric())
            .filter(|a| a.len() >= 4)
            .any(|a| stem(&a.to_lowercase()) == stem(word))
}

/// Whether a gap between words is a lone dash: " - ", " – ", " — ", "--".
pub(crate) fn is_dash_gap(gap: &str) -> bool {
    // Most gaps asked are a comma and a space: no hyphen, and no byte of a
    // longer dash, so nothing to trim.
    if !gap.bytes().any(|b| b == b'-' || !b.is_ascii()) {
        return false;
    }
    let t = gap.trim();
    // A hyphen or en dash with a space before it but none after is a sign
    // on the next word ("fell to -6.4C"), not a dash between clauses.
    let spaced = gap.starts_with(' ') && gap.ends_with(char::is_whitespace);
    matches!(t, "-" | "–" | "—" | "--" | "―") && (spaced || t == "—")
}

/// The frame `link` finds between the words `m` and `cue` of sentence `s`
/// (found by their text): for the frame tables of each kind.
#[cfg(test)]
pub(crate) fn frame_of(
    s: &str,
    m: &str,
    cue: &str,
    link: impl Fn(&Ctx<'_>, &Range<usize>, &Range<usize>) -> Option<Frame>,
) -> Option<Frame> {
    use crate::check::fixture::{words_at, words_of};
    let words = words_of(s);
    let ctx = Ctx::new(&words, s, 0..words.len());
    link(&ctx, &words_at(&words, s, m), &words_at(&words, s, cue))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::fixture::words_of;

    fn clauses(s: &str) -> Vec<u32> {
        let words = words_of(s);
        let ctx = Ctx::new(&words, s, 0..words.len());
        ctx.clause.clone()
    }

    #[test]
    fn commas_alone_do_not_split_a_clause() {
        let c = clauses("The talks, which ran late, lasted 100 minutes, officials said.");
        assert!(c.iter().all(|&x| x <= 1), "{c:?}");
        // A participle's phrase between commas hangs on the word before it:
        // still one clause with it, but the not-near words of the main
        // clause do not reach into it.
        let s = "The talks, held in Busan on Thursday, lasted 100 minutes.";
        let words = words_of(s);
        let ctx = Ctx::new(&words, s, 0..words.len());
        assert!((0..words.len()).all(|k| ctx.same_clause(1, k)));
        assert_eq!(ctx.antecedent_of(ctx.clause(3)), Some(1));
        let not_near = vec![Range { start: 8, end: 9 }];
        assert!(!ctx.not_near_tied(&not_near, &(5..6)));
        assert!(ctx.not_near_tied(&not_near, &(9..11)));
    }

    #[test]
    fn semicolons_subordinators_and_ing_clauses_split() {
        let c = clauses("Two of the astronauts landed; the crew of three returned safely.");
        assert_eq!(c[0], 0);
        assert_ne!(c[4], c[5]);
        let c = clauses("He attended the talks before lifting off to rejoin Collins.");
        assert_eq!(c[3], 0);
        assert_ne!(c[4], 0);
        let c = clauses("The talks ended, but the dinner lasted three hours.");
        assert_ne!(c[1], c[5]);
    }

    #[test]
    fn a_relative_clause_hangs_on_its_word() {
        let s = "The talks, which lasted three hours, ended.";
        let words = words_of(s);
        let ctx = Ctx::new(&words, s, 0..words.len());
        assert_ne!(ctx.clause(1), ctx.clause(3));
        assert!(ctx.same_clause(1, 4));
        assert!(!ctx.same_clause(0, 4) || ctx.clause(0) == ctx.clause(1));
    }

    #[test]
    fn an_aside_between_dashes_returns_to_its_clause() {
        let s = "The talks — the first in years — lasted three hours.";
        let words = words_of(s);
        let ctx = Ctx::new(&words, s, 0..words.len());
        assert_eq!(ctx.clause(1), ctx.clause(7));
        assert_ne!(ctx.clause(1), ctx.clause(3));
        let s = "ANCHORAGE - The talks lasted three hours.";
        let words = words_of(s);
        let ctx = Ctx::new(&words, s, 0..words.len());
        assert_ne!(ctx.clause(0), ctx.clause(2));
    }

    #[test]
    fn about_says_reads_ascii_as_any_text() {
        // The ASCII path gives what words compared a character at a time
        // give (an `about` with a non-ASCII character takes that path).
        let cases = [
            (
                "the heliport the helicopter took off from",
                "took off from",
                true,
            ),
            ("Which ministers accompanied the King?", "the king", true),
            ("visitors the day-after the final", "the day after", true),
            ("the day afterwards", "the day after", false),
            ("took  off, from", "took off from", true),
            ("took off", "took off from", false),
            ("anything", "", false),
            ("", "took", false),
        ];
        for (about, phrase, says) in cases {
            assert_eq!(about_says(about, phrase), says, "{about:?} / {phrase:?}");
            let wide = format!("{about} \u{2014}");
            assert_eq!(about_says(&wide, phrase), says, "{wide:?} / {phrase:?}");
        }
    }
}
