//! Cue phrases matched on word stems (SPEC §2 "near", "not-near").
//!
//! A cue is stemmed word by word with the Snowball English stemmer, the same
//! one the extractor uses for [`Word::stem`], and matches a run of consecutive
//! words whose stems are equal, so `meeting` matches "meet" and `joined by`
//! matches "was joined by". Matching is on stems only: letter case and curly
//! apostrophes were folded when the words were made.

use std::cell::RefCell;
use std::ops::{Deref, Range};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};

use crate::extract::words::{
    lowercase_packed, normalize_into, prefix_slot, raw_at, stem_cached, stem_with, WordMap,
    PREFIX_SLOTS,
};
use crate::extract::Word;

/// Which words a cue may match.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Quoted {
    /// Only words outside quotation marks (narration; SPEC rule 3).
    Outside,
    /// Any word (quote passages).
    Any,
}

/// A word whose stem is no cue's.
const NONE: u32 = u32::MAX;

/// Every stem of a claims file's cues, numbered, so that matching compares
/// integers instead of strings.
#[derive(Clone, Debug, Default)]
pub(crate) struct Vocab {
    ids: WordMap<String, u32>,
    /// The leading letter pairs ([`prefix_slot`]) of the stems, when every
    /// stem starts with letters (else empty: no filter). The Snowball English
    /// stemmer only ever changes a word's end, so a word whose first two
    /// letters no stem starts with has no cue stem, and is turned away
    /// without a lookup. (Its one exception, "dying"/"lying"/"tying" → "die",
    /// "lie", "tie", turns a second letter y into i; see [`Vocab::may_have`].)
    prefixes: Vec<bool>,
    /// A finer filter behind [`Vocab::prefixes`], on a word's first three
    /// letters: per [`prefix_slot`] and third letter, whether a stem of three
    /// letters or more starts so (see [`Vocab::may_have`]).
    triples: Vec<bool>,
    /// Per [`prefix_slot`], whether a stem of one or two letters may be the
    /// stem of a longer word starting so.
    short: Vec<bool>,
    /// Some stem starts with a digit ("2018"): a word that does is looked
    /// up. Such a stem leaves [`Vocab::prefixes`] on for the rest, since the
    /// stemmer never changes a word's first character: a word that starts
    /// with a digit has a stem that does, and one that starts with a letter
    /// has not.
    digits: bool,
    unfiltered: bool,
    /// Names this vocabulary's contents in the per-thread tag cache: fresh
    /// whenever a stem is added, so a cache entry never outlives what it saw.
    serial: u64,
}

/// Hands out [`Vocab::serial`] numbers (0 is the empty vocabulary's).
static SERIALS: AtomicU64 = AtomicU64::new(1);

/// The tag cache is cleared when it grows past this many words.
const TAG_CACHE_LIMIT: usize = 100_000;

/// At most this many vocabularies keep a tag cache on one thread (a run has
/// one per claims file; tests make many).
const TAG_CACHE_VOCABS: usize = 16;

thread_local! {
    /// Per vocabulary (by serial): each normalised word seen and its stem's
    /// number. News vocabulary repeats, so after the first articles tagging a
    /// word is one lookup, without building its stem.
    static TAGS: RefCell<WordMap<u64, TagCache>> = RefCell::new(WordMap::default());
}

/// One vocabulary's tag cache: short ASCII words (nearly all) by their packed
/// lower-cased bytes, so a lookup neither normalises nor hashes a string.
struct TagCache {
    short: WordMap<u128, u32>,
    long: WordMap<Box<str>, u32>,
    /// In front of `short`: per slot, the last short ASCII word seen there,
    /// packed as written ([`raw_at`]), and its stem's number. Most words of
    /// an article are answered here by one multiply and one comparison,
    /// without lower-casing the word or probing a hash table; a word whose
    /// slot holds another goes on to `short`. (Packed words are never 0: a
    /// word has a first byte, and none is NUL.)
    recent: Box<[(u128, u32)]>,
}

/// How many slots [`TagCache::recent`] has (a power of two): several times
/// the distinct words of a few dozen articles, so that few words share a
/// slot, in 512 KiB per vocabulary and thread (4,096 slots cost 0.3 million
/// instructions more on `report` over the seeds copied 20 times).
const RECENT_SLOTS: usize = 16384;

impl Default for TagCache {
    fn default() -> Self {
        TagCache {
            short: WordMap::default(),
            long: WordMap::default(),
            recent: vec![(0, NONE); RECENT_SLOTS].into_boxed_slice(),
        }
    }
}

impl TagCache {
    fn len(&self) -> usize {
        self.short.len() + self.long.len()
    }

    fn clear(&mut self) {
        self.short.clear();
        self.long.clear();
        self.recent.fill((0, NONE));
    }

    /// The [`TagCache::recent`] slot of a word packed as written: its two
    /// halves folded and multiplied by FxHash's constant, the top bits kept.
    #[inline]
    fn slot(raw: u128) -> usize {
        let mixed = (raw as u64 ^ (raw >> 64) as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        (mixed >> (64 - RECENT_SLOTS.trailing_zeros())) as usize
    }
}

/// Irregular verbs, their forms but the one in -ing (a noun as often:
/// "meeting", "building"): a cue written in one ("took home") is found in
/// the others ("will take home", "takes home"), which share no stem.
const IRREGULAR_VERBS: &[&[&str]] = &[
    &["take", "takes", "took", "taken"],
    &["win", "wins", "won"],
    &["beat", "beats", "beaten"],
    &["run", "runs", "ran"],
    &["pay", "pays", "paid"],
    &["give", "gives", "gave", "given"],
    &["bring", "brings", "brought"],
    &["fall", "falls", "fell", "fallen"],
    &["rise", "rises", "rose", "risen"],
    &["strike", "strikes", "struck"],
    &["shake", "shakes", "shook", "shaken"],
    &["tell", "tells", "told"],
    &["say", "says", "said"],
    &["sell", "sells", "sold"],
    &["make", "makes", "made"],
    &["begin", "begins", "began", "begun"],
    &["go", "goes", "went", "gone"],
    &["come", "comes", "came"],
    &["fly", "flies", "flew", "flown"],
    &["draw", "draws", "drew", "drawn"],
    &["keep", "keeps", "kept"],
    &["lose", "loses", "lost"],
    &["find", "finds", "found"],
    &["spend", "spends", "spent"],
    &["send", "sends", "sent"],
    &["stand", "stands", "stood"],
    &["break", "breaks", "broke", "broken"],
    &["buy", "buys", "bought"],
    &["seek", "seeks", "sought"],
    &["write", "writes", "wrote", "written"],
    &["throw", "throws", "threw", "thrown"],
    &["swear", "swears", "swore", "sworn"],
    &["sink", "sinks", "sank", "sunk"],
    &["speak", "speaks", "spoke", "spoken"],
    &["choose", "chooses", "chose", "chosen"],
    &["fight", "fights", "fought"],
    &["catch", "catches", "caught"],
    &["drive", "drives", "drove", "driven"],
    &["grow", "grows", "grew", "grown"],
    &["know", "knows", "knew", "known"],
    &["freeze", "freezes", "froze", "frozen"],
    &["hear", "hears", "heard"],
    &["feel", "feels", "felt"],
    &["build", "builds", "built"],
    &["lend", "lends", "lent"],
    &["shoot", "shoots", "shot"],
    &["flee", "flees", "fled"],
    &["sweep", "sweeps", "swept"],
    &["ring", "rings", "rang", "rung"],
    &["lead", "leads", "led"],
    &["hold", "holds", "held"],
    &["sit", "sits", "sat"],
    &["ride", "rides", "rode", "ridden"],
    &["sing", "sings", "sang", "sung"],
    &["swim", "swims", "swam", "swum"],
    &["steal", "steals", "stole", "stolen"],
    &["blow", "blows", "blew", "blown"],
    &["withdraw", "withdraws", "withdrew", "withdrawn"],
    &["overtake", "overtakes", "overtook", "overtaken"],
    &["undergo", "undergoes", "underwent", "undergone"],
    &["hang", "hangs", "hung"],
    &["teach", "teaches", "taught"],
    &["wear", "wears", "wore", "worn"],
];

/// Each form of [`IRREGULAR_VERBS`] and its family, indexed once.
static IRREGULAR_FORMS: LazyLock<WordMap<&'static str, usize>> = LazyLock::new(|| {
    IRREGULAR_VERBS
        .iter()
        .enumerate()
        .flat_map(|(i, family)| family.iter().map(move |&form| (form, i)))
        .collect()
});

impl Vocab {
    /// A cue word's number: its stem's, shared with every form of an
    /// irregular verb it is one of ("took" is found as "take").
    fn intern_word(&mut self, word: &str, stemmer: &Stemmer) -> u32 {
        let family = IRREGULAR_FORMS.get(word).map(|&i| IRREGULAR_VERBS[i]);
        let Some(family) = family else {
            return self.intern(stem_with(stemmer, word));
        };
        let stems: Vec<String> = family.iter().map(|f| stem_with(stemmer, f)).collect();
        // A form already known gives its number to the rest.
        let id = match stems.iter().find_map(|s| self.ids.get(s).copied()) {
            Some(id) => id,
            None => self.intern(stem_with(stemmer, word)),
        };
        for stem in stems {
            if !self.ids.contains_key(&stem) {
                self.note_prefix(&stem);
                self.ids.insert(stem, id);
                self.serial = SERIALS.fetch_add(1, Ordering::Relaxed);
            }
        }
        id
    }

    fn intern(&mut self, stem: String) -> u32 {
        self.note_prefix(&stem);
        let next = self.ids.len() as u32;
        let id = *self.ids.entry(stem).or_insert(next);
        if id == next {
            self.serial = SERIALS.fetch_add(1, Ordering::Relaxed);
        }
        id
    }

    /// Records `stem`'s first letters for [`Vocab::may_have`].
    fn note_prefix(&mut self, stem: &str) {
        match prefix_slot(stem.as_bytes()) {
            Some(slot) => {
                self.prefixes.resize(PREFIX_SLOTS, false);
                self.prefixes[slot] = true;
                self.triples.resize(PREFIX_SLOTS * 26, false);
                self.short.resize(PREFIX_SLOTS, false);
                match stem.as_bytes() {
                    // A word's stem of one letter is its first letter.
                    [_] => self.short[slot - slot % 27..][..27].fill(true),
                    [_, _] => self.short[slot] = true,
                    [_, _, third, ..] if third.is_ascii_lowercase() => {
                        self.triples[slot * 26 + usize::from(third - b'a')] = true;
                    }
                    // A word with this stem has no letter third: not filtered.
                    _ => {}
                }
            }
            None if stem.as_bytes().first().is_some_and(u8::is_ascii_digit) => self.digits = true,
            None => self.unfiltered = true,
        }
    }

    /// Whether the word `surface` may have one of the stems (see [`Vocab::prefixes`]).
    #[inline]
    fn may_have(&self, surface: &[u8]) -> bool {
        if self.unfiltered || self.prefixes.is_empty() {
            return true;
        }
        if surface.first().is_some_and(u8::is_ascii_digit) {
            return self.digits;
        }
        let Some(slot) = prefix_slot(surface) else {
            // Non-letters first, or non-ASCII letters the stem may fold.
            return true;
        };
        let second_y = matches!(surface.get(1), Some(b'y' | b'Y'));
        let y_to_i = second_y && self.prefixes[slot - usize::from(b'y' - b'i')];
        if !self.prefixes[slot] {
            return y_to_i;
        }
        // The stemmer keeps the first three letters of a stem of three
        // letters or more too (its suffixes start after them), but for the
        // changes a third letter i or y, or a second letter y, may undergo
        // ("using" → "use", "cry" → "cri", "skies" → "sky", "dying" → "die");
        // such words, and words whose stem is shorter, pass.
        match surface.get(2).map(u8::to_ascii_lowercase) {
            Some(third @ b'a'..=b'z') if !second_y && !matches!(third, b'i' | b'y') => {
                self.short[slot] || self.triples[slot * 26 + usize::from(third - b'a')]
            }
            _ => true,
        }
    }

    /// The number of `norm`'s stem, or [`NONE`].
    pub(crate) fn id_of(&self, norm: &str) -> u32 {
        stem_cached(norm, |s| self.ids.get(s).copied().unwrap_or(NONE))
    }

    /// One article's words, each tagged with its stem's number.
    pub(crate) fn tag<'a>(&self, words: &'a [Word], text: &'a str) -> Tagged<'a> {
        let mut ids = Vec::with_capacity(words.len());
        // (A claims file's cue words are often more than one in eight of
        // an article's, "talks", "said", "hours": sized for one in four,
        // so that the list is seldom grown, each time a reallocation.)
        let mut hits = Vec::with_capacity(words.len() / 4 + 4);
        if self.ids.is_empty() {
            ids.resize(words.len(), NONE);
        } else {
            TAGS.with(|tags| {
                let mut tags = tags.borrow_mut();
                if tags.len() >= TAG_CACHE_VOCABS && !tags.contains_key(&self.serial) {
                    tags.clear();
                }
                let cache = tags.entry(self.serial).or_default();
                let mut buf = String::new();
                for (i, w) in words.iter().enumerate() {
                    let id = self.id_recent(w, text, cache, &mut buf);
                    if id != NONE {
                        hits.push(i);
                    }
                    ids.push(id);
                }
            });
        }
        Tagged {
            words,
            text,
            ids,
            hits,
        }
    }

    /// The number of `word`'s stem, or [`NONE`], through this thread's
    /// cache, its [`TagCache::recent`] slots first. Inlined into the loop
    /// over an article's words, as [`Vocab::id_cached`] is.
    #[inline(always)]
    fn id_recent(&self, word: &Word, text: &str, cache: &mut TagCache, buf: &mut String) -> u32 {
        // A plain word is ASCII: no need to scan it to know.
        let raw = (word.plain || text[word.span.clone()].is_ascii())
            .then(|| raw_at(text.as_bytes(), word.span.clone()))
            .flatten();
        let Some(raw) = raw else {
            return self.id_cached(word, text, None, cache, buf);
        };
        let slot = TagCache::slot(raw);
        let (seen, id) = cache.recent[slot];
        if seen == raw {
            return id;
        }
        let id = self.id_cached(word, text, Some(lowercase_packed(raw)), cache, buf);
        cache.recent[slot] = (raw, id);
        id
    }

    /// The number of `word`'s stem, or [`NONE`], through this thread's cache;
    /// `key` is the word packed ([`crate::extract::words::pack_at`]), when it
    /// is short and ASCII. Inlined into the loop over an article's words:
    /// most are turned away by [`Vocab::may_have`] or found in the cache, in
    /// fewer instructions than a call costs.
    #[inline(always)]
    fn id_cached(
        &self,
        word: &Word,
        text: &str,
        key: Option<u128>,
        cache: &mut TagCache,
        buf: &mut String,
    ) -> u32 {
        let surface = &text[word.span.clone()];
        // A short word is looked up first, and one the filter turns away is
        // remembered as such: news vocabulary repeats, so most words are
        // answered by this one lookup.
        if let Some(&id) = key.and_then(|key| cache.short.get(&key)) {
            return id;
        }
        if !self.may_have(surface.as_bytes()) {
            if let Some(key) = key {
                if cache.len() > TAG_CACHE_LIMIT {
                    cache.clear();
                }
                cache.short.insert(key, NONE);
            }
            return NONE;
        }
        if key.is_none() {
            if let Some(&id) = cache.long.get(normalize_into(surface, buf)) {
                return id;
            }
        }
        self.id_new(surface, key, cache, buf)
    }

    /// [`Vocab::id_cached`] for a word not in the cache: stemmed, and added.
    #[cold]
    #[inline(never)]
    fn id_new(
        &self,
        surface: &str,
        key: Option<u128>,
        cache: &mut TagCache,
        buf: &mut String,
    ) -> u32 {
        if cache.len() > TAG_CACHE_LIMIT {
            cache.clear();
        }
        let norm = normalize_into(surface, buf);
        let id = self.id_of(norm);
        match key {
            Some(key) => cache.short.insert(key, id),
            None => cache.long.insert(norm.into(), id),
        };
        id
    }
}

impl Tagged<'_> {
    /// Gives word `i`, a figure and its counted noun joined by a hyphen
    /// ("12-storey", "nine-storey"), the noun's stem, so that a cue
    /// "storeys" finds the noun inside the mention as it finds "storeys" in
    /// "12 storeys".
    pub(crate) fn tag_joined_noun(&mut self, vocab: &Vocab, i: usize, noun: &str) {
        if i >= self.ids.len() || self.ids[i] != NONE {
            return;
        }
        let id = vocab.id_of(noun);
        if id != NONE {
            self.ids[i] = id;
            let at = self.hits.partition_point(|&h| h < i);
            self.hits.insert(at, i);
        }
    }
}

/// An article's words with their cue-stem numbers (see [`Vocab::tag`]).
pub(crate) struct Tagged<'a> {
    words: &'a [Word],
    /// The article the words are of.
    pub(crate) text: &'a str,
    ids: Vec<u32>,
    /// Indices of the words whose stem is some cue's, in order: few, so a
    /// search visits these instead of every word.
    hits: Vec<usize>,
}

impl Tagged<'_> {
    /// Whether `id` is a stem's number (not [`NONE`]), so that the words
    /// with it are among the hits.
    pub(crate) fn has(&self, id: u32) -> bool {
        id != NONE
    }

    /// The indices of the words whose stem is number `id`, in order.
    pub(crate) fn with_id(&self, id: u32) -> impl Iterator<Item = usize> + '_ {
        self.hits
            .iter()
            .copied()
            .filter(move |&i| self.ids[i] == id)
    }

    /// The hits (indices of words with a cue's stem) from word `start` on.
    pub(crate) fn hits_from(&self, start: usize) -> &[usize] {
        &self.hits[self.hits.partition_point(|&i| i < start)..]
    }

    /// Whether some word in `within` has a cue's stem: a sentence without
    /// one matches no cue, so it can be passed over.
    pub(crate) fn any_hit(&self, within: Range<usize>) -> bool {
        let from = self.hits.partition_point(|&i| i < within.start);
        self.hits.get(from).is_some_and(|&i| i < within.end)
    }
}

impl Deref for Tagged<'_> {
    type Target = [Word];

    fn deref(&self) -> &[Word] {
        self.words
    }
}

/// One cue phrase, stemmed.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Cue {
    stems: Vec<u32>,
}

impl Cue {
    /// Stems `phrase` word by word into `vocab`; `None` when it holds no word.
    pub(crate) fn new(phrase: &str, vocab: &mut Vocab) -> Option<Self> {
        let stemmer = Stemmer::create(Algorithm::English);
        let stems: Vec<u32> = split_words(phrase)
            .iter()
            .map(|w| vocab.intern_word(w, &stemmer))
            .collect();
        (!stems.is_empty()).then_some(Cue { stems })
    }

    /// Every match inside `within` (indices into `words`), as word index ranges.
    pub(crate) fn find(
        &self,
        words: &Tagged<'_>,
        within: Range<usize>,
        quoted: Quoted,
    ) -> Vec<Range<usize>> {
        self.find_from(words, words.hits_from(within.start), within.end, quoted)
    }

    /// [`Cue::find`] in a range of words ending at `end`, given `hits`, the
    /// [`Tagged::hits_from`] the range's start: searched for once by a
    /// caller that looks for many cues in one sentence (a statement's
    /// phrases, "took questions", "declined to take questions", …).
    pub(crate) fn find_from(
        &self,
        words: &Tagged<'_>,
        hits: &[usize],
        end: usize,
        quoted: Quoted,
    ) -> Vec<Range<usize>> {
        let n = self.stems.len();
        let end = end.min(words.ids.len());
        let mut out = Vec::new();
        let Some(&first) = self.stems.first() else {
            return out;
        };
        if end < n {
            return out;
        }
        for &i in hits.iter().take_while(|&&i| i + n <= end) {
            if words.ids[i] != first {
                continue;
            }
            let fits = words.ids[i..i + n].iter().eq(&self.stems)
                && (quoted == Quoted::Any || words.words[i..i + n].iter().all(|w| !w.quoted));
            if fits {
                out.push(i..i + n);
            }
        }
        out
    }
}

/// Every claim's cues indexed by their first stem: one pass over a sentence's
/// cue-stem words finds the matches of all of them, where asking each cue in
/// turn would read the sentence once per cue (slow on a run-away "sentence" of
/// pasted text with no full stops).
#[derive(Clone, Debug, Default)]
pub(crate) struct CueIndex {
    /// (claim index, is a `not-near` cue, the cue).
    entries: Vec<(usize, bool, Cue)>,
    by_first: WordMap<u32, Vec<usize>>,
}

/// The cue matches of one sentence, per claim.
#[derive(Clone, Debug, Default)]
pub(crate) struct SentenceCues {
    /// Matches of each claim's `near` cues, as word index ranges in text order.
    pub near: Vec<Vec<Range<usize>>>,
    /// Matches of each claim's `not-near` cues, as word index ranges.
    pub not_near: Vec<Vec<Range<usize>>>,
}

impl SentenceCues {
    /// Whether a `not-near` cue of claim `claim` is anywhere in the sentence.
    pub fn excluded(&self, claim: usize) -> bool {
        self.not_near.get(claim).is_some_and(|n| !n.is_empty())
    }
}

impl CueIndex {
    /// Indexes the `(near, not-near)` cues of each claim, in claim order.
    pub(crate) fn new<'c>(claims: impl IntoIterator<Item = (&'c [Cue], &'c [Cue])>) -> Self {
        let mut index = CueIndex::default();
        for (claim, (near, not_near)) in claims.into_iter().enumerate() {
            let all = near
                .iter()
                .map(|c| (false, c))
                .chain(not_near.iter().map(|c| (true, c)));
            for (negative, cue) in all {
                if let Some(&first) = cue.stems.first() {
                    index
                        .by_first
                        .entry(first)
                        .or_default()
                        .push(index.entries.len());
                    index.entries.push((claim, negative, cue.clone()));
                }
            }
        }
        index
    }

    /// Every cue match outside quotation marks inside `within`, for `claims`
    /// claims, into `out`: its lists are emptied first and keep their room,
    /// so that one `out` serves every sentence of an article without
    /// allocating per sentence.
    pub(crate) fn scan_into(
        &self,
        words: &Tagged<'_>,
        within: Range<usize>,
        claims: usize,
        out: &mut SentenceCues,
    ) {
        for list in [&mut out.near, &mut out.not_near] {
            list.resize_with(claims, Vec::new);
            list.iter_mut().for_each(Vec::clear);
        }
        let end = within.end.min(words.ids.len());
        let from = words.hits.partition_point(|&i| i < within.start);
        for &i in words.hits[from..].iter().take_while(|&&i| i < end) {
            let Some(list) = self.by_first.get(&words.ids[i]) else {
                continue;
            };
            for &e in list {
                let (claim, negative, cue) = &self.entries[e];
                let n = cue.stems.len();
                // (A not-near word counts in quotation marks too: "Low
                // Tide" ran for three hours names the other film.)
                let fits = i + n <= end
                    && words.ids[i..i + n] == cue.stems[..]
                    && (*negative || words.words[i..i + n].iter().all(|w| !w.quoted));
                if !fits || *claim >= claims {
                    continue;
                }
                if *negative {
                    out.not_near[*claim].push(i..i + n);
                } else {
                    out.near[*claim].push(i..i + n);
                }
            }
        }
    }
}

/// Stems every phrase that holds a word.
pub(crate) fn cues(phrases: &[String], vocab: &mut Vocab) -> Vec<Cue> {
    phrases.iter().filter_map(|p| Cue::new(p, vocab)).collect()
}

/// Every match of any of `cues` inside `within`.
pub(crate) fn find_any(
    cues: &[Cue],
    words: &Tagged<'_>,
    within: Range<usize>,
    quoted: Quoted,
) -> Vec<Range<usize>> {
    cues.iter()
        .flat_map(|c| c.find(words, within.clone(), quoted))
        .collect()
}

/// Splits a phrase from a claims file into words as SPEC §2 defines them:
/// lower-cased, curly quotes folded, split on white space and punctuation,
/// a hyphen or en dash between letters joining one word.
pub(crate) fn split_words(phrase: &str) -> Vec<String> {
    let chars: Vec<char> = phrase.chars().collect();
    let mut out = Vec::new();
    let mut cur = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let prev_alnum = i > 0 && chars[i - 1].is_alphanumeric();
        let next_alnum = chars.get(i + 1).is_some_and(|n| n.is_alphanumeric());
        let joins = prev_alnum && next_alnum;
        match c {
            c if c.is_alphanumeric() => cur.extend(c.to_lowercase()),
            '\'' | '\u{2019}' | '\u{2018}' | '\u{02bc}' if joins => cur.push('\''),
            '-' | '\u{2010}' | '\u{2011}' | '\u{2013}' if joins => cur.push('-'),
            _ => {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::fixture::words_of;

    /// Finds `phrase` in `text`, as a claims file with only that cue would.
    fn find(
        phrase: &str,
        text: &str,
        within: Option<Range<usize>>,
        q: Quoted,
    ) -> Vec<Range<usize>> {
        let words = words_of(text);
        let mut vocab = Vocab::default();
        let cue = Cue::new(phrase, &mut vocab).unwrap();
        let within = within.unwrap_or(0..words.len());
        cue.find(&vocab.tag(&words, text), within, q)
    }

    #[test]
    fn split_folds_case_quotes_and_joins_hyphens() {
        assert_eq!(
            split_words("We’ve made—some HEADWAY."),
            ["we've", "made", "some", "headway"]
        );
        assert_eq!(
            split_words("follow-up Elmendorf–Richardson"),
            ["follow-up", "elmendorf-richardson"]
        );
        assert_eq!(split_words("  'quoted' "), ["quoted"]);
    }

    #[test]
    fn cue_matches_inflections_by_stem() {
        let text = "The leaders met for a long meeting";
        assert_eq!(find("meetings", text, None, Quoted::Outside), vec![6..7]);
        assert!(find("talk", text, None, Quoted::Outside).is_empty());
    }

    #[test]
    fn phrase_matches_consecutive_words_inside_longer_text() {
        let text = "Trump was Joined By Rubio and joined later by Witkoff";
        assert_eq!(find("joined by", text, None, Quoted::Outside), vec![2..4]);
    }

    #[test]
    fn quoted_words_are_not_narration() {
        let text = "He said \"the talks failed\" after talks";
        assert_eq!(find("talks", text, None, Quoted::Outside), vec![6..7]);
        assert_eq!(find("talks", text, None, Quoted::Any).len(), 2);
    }

    #[test]
    fn search_stays_within_the_range() {
        assert_eq!(
            find("talks", "talks talks talks", Some(1..2), Quoted::Outside),
            vec![1..2]
        );
    }

    #[test]
    fn the_letter_filter_keeps_the_stemmers_y_to_i_exception() {
        // Snowball stems "dying" to "die": its second letter changes.
        assert_eq!(
            find("die", "Dying, lying and the talks", None, Quoted::Any),
            vec![0..1]
        );
        assert_eq!(find("lie", "Dying, lying", None, Quoted::Any), vec![1..2]);
        let mut vocab = Vocab::default();
        Cue::new("talks", &mut vocab).unwrap();
        assert!(vocab.may_have(b"Talked") && vocab.may_have(b"\xC3\x89lys"));
        assert!(!vocab.may_have(b"the") && !vocab.may_have(b"Putin"));
    }

    #[test]
    fn the_stemmer_keeps_the_three_letters_the_filter_reads() {
        // What `Vocab::may_have` relies on: a word whose second letter is
        // not y and whose third is a letter other than i or y has a stem
        // that starts with its first three letters, or a shorter stem that
        // starts the word (its first letter, for a stem of one).
        let stemmer = Stemmer::create(Algorithm::English);
        let suffixes = [
            "", "s", "es", "ies", "ied", "ed", "eed", "edly", "eedly", "ing", "ingly", "ly", "er",
            "est", "e", "y", "al", "ation", "ational", "tional", "ness", "ment", "ement", "ize",
            "ization", "ful", "fulness", "ous", "ousli", "ive", "iveness", "iviti", "biliti",
            "bli", "li", "ogi", "ance", "ence", "able", "ible", "ant", "ent", "ism", "ate", "iti",
            "ion", "ic", "ical", "icate", "ative", "alize", "'s", "s'", "'", "ll", "tion", "enci",
        ];
        let mut words: Vec<String> = [
            "skis",
            "skies",
            "dying",
            "lying",
            "tying",
            "idly",
            "gently",
            "ugly",
            "early",
            "only",
            "singly",
            "sky",
            "news",
            "howe",
            "atlas",
            "cosmos",
            "bias",
            "andes",
            "using",
            "aging",
            "eyed",
            "cried",
            "ties",
            "generous",
            "communism",
            "arsenal",
            "being",
        ]
        .map(str::to_string)
        .to_vec();
        for a in b'a'..=b'z' {
            // Suffixes that start at the second letter.
            let start = char::from(a);
            words.extend(suffixes.iter().map(|s| format!("{start}{s}")));
            for b in (b'a'..=b'z').filter(|&b| b != b'y') {
                // Suffixes that start at the third letter.
                let start = String::from_utf8(vec![a, b]).unwrap();
                words.extend(suffixes.iter().map(|s| format!("{start}{s}")));
                for c in (b'a'..=b'z').filter(|c| !matches!(c, b'i' | b'y')) {
                    let start = String::from_utf8(vec![a, b, c]).unwrap();
                    words.extend(suffixes.iter().map(|s| format!("{start}{s}")));
                }
            }
        }
        for word in words.iter().filter(|w| w.len() >= 3) {
            let (second, third) = (word.as_bytes()[1], word.as_bytes()[2]);
            if second == b'y' || matches!(third, b'i' | b'y') || !third.is_ascii_lowercase() {
                continue;
            }
            let stem = stemmer.stem(word);
            let kept = match stem.len() {
                0 => false,
                1 => word.starts_with(&stem[..1]),
                2 => word.starts_with(stem.as_ref()),
                _ => stem.as_bytes()[..3] == word.as_bytes()[..3],
            };
            assert!(kept, "{word} → {stem}");
        }
    }

    #[test]
    fn the_third_letter_filter_turns_away_words_no_stem_starts_like() {
        let mut vocab = Vocab::default();
        Cue::new("talks", &mut vocab).unwrap();
        Cue::new("at", &mut vocab).unwrap();
        assert!(vocab.may_have(b"Talked") && vocab.may_have(b"TALKING"));
        assert!(!vocab.may_have(b"tame") && !vocab.may_have(b"Tap"));
        // A third letter i or y, or a second letter y, may change.
        assert!(vocab.may_have(b"tai") && vocab.may_have(b"taying"));
        // A stem of two letters ("at") may be a longer word's.
        assert!(vocab.may_have(b"attend") && vocab.may_have(b"at"));
    }

    #[test]
    fn tag_cache_is_per_vocabulary_and_forgets_a_grown_one() {
        let text = "talks about meetings";
        let words = words_of(text);
        let (mut a, mut b) = (Vocab::default(), Vocab::default());
        let talk = Cue::new("talk", &mut a).unwrap();
        let meet = Cue::new("meeting", &mut b).unwrap();
        // Tagged twice each, interleaved: the second time comes from the cache.
        for _ in 0..2 {
            assert_eq!(
                talk.find(&a.tag(&words, text), 0..3, Quoted::Any),
                vec![0..1]
            );
            assert_eq!(
                meet.find(&b.tag(&words, text), 0..3, Quoted::Any),
                vec![2..3]
            );
        }
        // A stem added after tagging is seen by the next tagging.
        let about = Cue::new("about", &mut a).unwrap();
        assert_eq!(
            about.find(&a.tag(&words, text), 0..3, Quoted::Any),
            vec![1..2]
        );
    }

    #[test]
    fn cues_of_one_vocabulary_share_stem_numbers() {
        let mut vocab = Vocab::default();
        let talks = Cue::new("the talks", &mut vocab).unwrap();
        let talk = Cue::new("talking", &mut vocab).unwrap();
        assert_eq!(talks.stems[1], talk.stems[0]);
        let text = "They talked, then the talk ended";
        let words = words_of(text);
        let tagged = vocab.tag(&words, text);
        assert_eq!(
            talk.find(&tagged, 0..words.len(), Quoted::Outside),
            vec![1..2, 4..5]
        );
        assert_eq!(
            talks.find(&tagged, 0..words.len(), Quoted::Outside),
            vec![3..5]
        );
    }
}
