//! Quotation marks: which passages are reported speech, and who said them.
//!
//! `passage := open-mark text close-mark` (SPEC rule 3), outermost only.
//!
//! Double marks (“ ” « » „ and straight `"`) always quote. A straight `"`
//! opens when it follows white space, a line start, an opening bracket, a dash
//! or a colon, and closes otherwise. Single marks (‘ ’ and `'`) quote only when
//! the opening one follows white space, a line start or an opening bracket and
//! the closing one is not followed by a letter or digit, so the apostrophes in
//! "Putin’s" and "leaders’ first" never open anything. Marks inside a passage
//! belong to it.
//!
//! Unclosed quotes are common in scraped text (a lost closing mark, or the
//! newspaper convention of leaving a paragraph's quote open when the next
//! paragraph continues it). So that one stray mark cannot turn the rest of an
//! article into reported speech:
//!
//! - a double-quoted passage looks for its closing mark up to the next blank
//!   line, and stops early at an opening double mark on a later line (the
//!   next paragraph's quote) or at an opening straight `"` followed by a word.
//!   Unclosed, it ends at the end of the line it opened on (or just before the
//!   mark that interrupted it, if that is on the same line);
//! - a single-quoted passage must close on the line it opened on, or it is no
//!   passage at all (the mark was an apostrophe, as in "’90s").
//!
//! Both searches are linear: a failed search never makes a later one rescan
//! the same stretch more than once more.
//!
//! Speakers (SPEC rule 8) are read without a parser, from cues news copy
//! keeps: a name within three words of a speech verb (generated from base
//! forms, plus a claims file's `speech-verbs`), where a name after the verb
//! counts only in inversion ("…,” said Putin", not "he told Putin"); naming
//! verbs ("called", "described", "praised") whose object is spoken about,
//! never the speaker; a name before the passage in its sentence unless it
//! is an object (the word before its phrase is a verb or preposition:
//! "met Xi", "with Xi") or a possessive beside another speaker ("Trump’s
//! aide said"); for he/she, the last name that opens its clause; and a
//! paragraph's opening quote after a paragraph that ended in a passage.

use std::borrow::Cow;
use std::collections::HashSet;
use std::hash::BuildHasherDefault;
use std::ops::Range;
use std::sync::LazyLock;

use super::words::{is_space, is_word_char, pack, pack_at, WordHasher};
use super::{entity, ExtractOptions, Mention, MentionKind, Sentence, Word};

/// How far (in words) a speaker's name may be from a speech verb (SPEC rule 8).
const SPEAKER_REACH: usize = 3;

/// How many words before and after a passage attribution looks at, at most.
const SEARCH_WINDOW: usize = 64;

/// Bytes that may start a line break or a quotation mark (`"`, `'`, and the
/// lead bytes of “ ” ‘ ’ „ « »): everything else is skipped without decoding.
const MARK_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    table[b'\n' as usize] = true;
    table[b'"' as usize] = true;
    table[b'\'' as usize] = true;
    table[0xE2] = true;
    table[0xC2] = true;
    table
};

/// The first byte at or after `pos` that may start a mark or a line break.
///
/// Without guillemets in the text (`guillemets` false) the marks' lead bytes
/// are three, which memchr finds many bytes at a time; the line break only
/// matters inside a passage (`in_passage`), a single mark only outside one.
fn next_mark(bytes: &[u8], pos: usize, guillemets: bool, in_passage: bool) -> usize {
    let Some(rest) = bytes.get(pos..) else {
        return bytes.len();
    };
    let found = match (guillemets, in_passage) {
        (false, false) => memchr::memchr3(b'"', b'\'', 0xE2, rest),
        (false, true) => memchr::memchr3(b'"', b'\n', 0xE2, rest),
        (true, _) => rest.iter().position(|&b| MARK_BYTES[usize::from(b)]),
    };
    found.map_or(bytes.len(), |i| pos + i)
}

/// Whether `text` holds a « or »: their lead byte is shared with the no-break
/// space and others, so only then is every such byte looked at.
/// (One pass over the text for that lead byte, 0xC2, not one per mark: an
/// article holds none, or a few no-break spaces.)
fn has_guillemets(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr_iter(0xC2, bytes).any(|i| matches!(bytes.get(i + 1), Some(0xAB | 0xBB)))
}

/// Byte spans of quoted passages, marks included, outermost only (SPEC rule 3).
pub fn passages(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut pos = 0;
    // Single marks before this offset cannot open: a search from an earlier
    // mark already found no closing mark on their line.
    let mut single_dead_until = 0;
    let guillemets = has_guillemets(text);
    while pos < bytes.len() {
        pos = next_mark(bytes, pos, guillemets, false);
        let Some(&b) = bytes.get(pos) else {
            break;
        };
        if b == b'\n' {
            pos += 1;
            continue;
        }
        let Some((c, len)) = char_at(text, pos) else {
            pos += 1;
            continue;
        };
        let opener = match c {
            '“' | '«' | '„' => Some(Open::Double(c)),
            '"' if opens_straight(text, pos) => Some(Open::Double(c)),
            '‘' | '\'' if pos >= single_dead_until && opens_single(text, pos, len) => {
                Some(Open::Single)
            }
            _ => None,
        };
        match opener {
            None => pos += len,
            Some(Open::Double(mark)) => {
                let (span, resume) = double_passage(text, pos, mark, guillemets);
                if let Some(span) = span {
                    out.push(span);
                }
                pos = resume.max(pos + len);
            }
            Some(Open::Single) => match single_close(text, pos + len) {
                Ok(end) => {
                    out.push(pos..end);
                    pos = end;
                }
                Err(line_end) => {
                    single_dead_until = line_end;
                    pos += len;
                }
            },
        }
    }
    out
}

enum Open {
    Double(char),
    Single,
}

/// The passage opened by the double mark `mark` at `open`, and where scanning resumes.
fn double_passage(
    text: &str,
    open: usize,
    mark: char,
    guillemets: bool,
) -> (Option<Range<usize>>, usize) {
    let start = open + mark.len_utf8();
    let mut later_line = false;
    let mut interrupt = None;
    let mut pos = start;
    while pos < text.len() {
        pos = next_mark(text.as_bytes(), pos, guillemets, true);
        let Some((c, len)) = char_at(text, pos) else {
            break;
        };
        if c == '\n' {
            if next_line_is_blank(text, pos + 1) {
                break;
            }
            later_line = true;
        } else if closes_double(text, mark, c, pos, len) {
            return (Some(open..pos + len), pos + len);
        } else if is_double_opener(text, c, pos, len) && (later_line || c == '"') {
            interrupt = Some(pos);
            break;
        }
        pos += len;
    }
    // Unclosed: end at the end of the opening line, or before the interrupting mark.
    // (Found only now: looking for it up front made a long line of closed
    // passages quadratic.)
    let line_end =
        memchr::memchr(b'\n', &text.as_bytes()[start..]).map_or(text.len(), |i| start + i);
    let cap = interrupt.map_or(line_end, |i| i.min(line_end));
    let end = start + text[start..cap].trim_end_matches(is_space).len();
    let span = (end > start).then_some(open..end);
    (span, cap)
}

/// Whether `c` at `pos` closes a passage opened by `mark`.
fn closes_double(text: &str, mark: char, c: char, pos: usize, len: usize) -> bool {
    match (mark, c) {
        ('«', '»') | ('„', '“') => true,
        ('«', _) => false,
        (_, '”') => true,
        (_, '"') => !opens_straight(text, pos) || !followed_by_word(text, pos + len),
        // A second “ used as a closing mark by mistake: “hello“ he said.
        ('“', '“') => !followed_by_word(text, pos + len),
        _ => false,
    }
}

fn is_double_opener(text: &str, c: char, pos: usize, len: usize) -> bool {
    match c {
        '“' | '«' | '„' => followed_by_word(text, pos + len),
        '"' => opens_straight(text, pos) && followed_by_word(text, pos + len),
        _ => false,
    }
}

/// The end of the single-quoted passage whose content starts at `from`, or the
/// end of the line if it does not close there.
fn single_close(text: &str, from: usize) -> Result<usize, usize> {
    // One scan up to the close or the line end, never past it: finding the line
    // end first would read a whole one-line article once per passage.
    for (i, c) in text[from..].char_indices() {
        let at = from + i;
        if c == '\n' {
            return Err(at);
        }
        if matches!(c, '’' | '\'') && !followed_by_word(text, at + c.len_utf8()) {
            return Ok(at + c.len_utf8());
        }
    }
    Err(text.len())
}

/// A straight `"` opens after white space, a line start, an opening bracket, a dash or a colon.
fn opens_straight(text: &str, pos: usize) -> bool {
    match text[..pos].chars().next_back() {
        None => true,
        Some(p) => is_space(p) || matches!(p, '(' | '[' | '{' | '—' | '–' | ':'),
    }
}

/// A single mark opens after white space, a line start or an opening bracket,
/// and only when something other than white space follows.
fn opens_single(text: &str, pos: usize, len: usize) -> bool {
    let after_ok = text[pos + len..]
        .chars()
        .next()
        .is_some_and(|c| !is_space(c));
    let before_ok = match text[..pos].chars().next_back() {
        None => true,
        Some(p) => is_space(p) || matches!(p, '(' | '[' | '{' | '—' | '–'),
    };
    before_ok && after_ok
}

fn followed_by_word(text: &str, pos: usize) -> bool {
    text[pos..].chars().next().is_some_and(is_word_char)
}

fn next_line_is_blank(text: &str, from: usize) -> bool {
    for c in text[from..].chars() {
        if c == '\n' {
            return true;
        }
        if !is_space(c) {
            return false;
        }
    }
    // The last line of the text, holding only white space, ends the paragraph too.
    true
}

fn char_at(text: &str, pos: usize) -> Option<(char, usize)> {
    let c = text.get(pos..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// The passage without its marks.
fn inner(text: &str, span: &Range<usize>) -> Range<usize> {
    let s = &text[span.clone()];
    let mut chars = s.chars();
    let open = chars.next().map_or(0, char::len_utf8);
    let close = match chars.next_back() {
        Some(c @ ('”' | '"' | '»' | '’' | '\'' | '“')) => c.len_utf8(),
        _ => 0,
    };
    let start = span.start + open;
    let end = (span.end - close).max(start);
    start..end
}

/// The speech verbs of SPEC rule 8, as base forms: [`verb_forms`] makes the
/// rest ("quip" → "quips", "quipped", "quipping"). An open class: these are
/// the verbs of reporting that news copy uses; a claims file adds its own.
const SPEECH_VERBS: &[&str] = &[
    "say",
    "tell",
    "add",
    "acknowledge",
    "admit",
    "warn",
    "note",
    "stress",
    "emphasize",
    "emphasise",
    "reply",
    "remark",
    "insist",
    "ask",
    "continue",
    "respond",
    "answer",
    "declare",
    "assert",
    "argue",
    "claim",
    "explain",
    "shout",
    "write",
    "radio",
    "quip",
    "joke",
    "tweet",
    "post",
    "announce",
    "recall",
    "boast",
    "concede",
    "muse",
    "vow",
    "promise",
    "predict",
    "complain",
    "urge",
    "exclaim",
    "whisper",
    "murmur",
    "sneer",
    "scoff",
    "state",
    "observe",
    "reiterate",
    "retort",
    "counter",
    "confirm",
    "suggest",
    "mutter",
    "yell",
    "scream",
    "lament",
    "pledge",
    "proclaim",
    "recount",
    "testify",
    "speak",
    "caution",
    "plead",
    "gush",
    "interject",
    "opine",
    "concur",
    "fume",
    "chide",
    "demand",
    "begin",
    "conclude",
    "reveal",
    "maintain",
    "comment",
    "rule",
    "find",
    "order",
];

/// Forms the rules of [`verb_forms`] do not make.
const IRREGULAR_FORMS: &[&str] = &[
    "said",
    "told",
    "wrote",
    "written",
    "spoke",
    "spoken",
    "pled",
    "began",
    "begun",
    "found",
    // "“…,” according to Putin": a verb of reporting in all but grammar.
    "according",
];

/// Verbs whose object is the person spoken about, never the speaker: "X
/// called Y a “very tough negotiator”", "X described Y as “…”" give the
/// passage to X (SPEC rule 8). They are speech verbs whose speaker stands
/// before them.
const NAMING_VERBS: &[&str] = &[
    "call",
    "describe",
    "praise",
    "dub",
    "label",
    "brand",
    "hail",
    "characterize",
    "characterise",
    "term",
    "deride",
    "laud",
    "slam",
    "mock",
    "dismiss",
    "denounce",
    "blast",
    "decry",
    "criticize",
    "criticise",
    "lambast",
    "lambaste",
    "salute",
    "commend",
    "nickname",
    "accuse",
    "blame",
    "thank",
    "congratulate",
    "ridicule",
    "condemn",
    "rebuke",
    "fault",
];

/// Every form of the regular English verb `base` (lower case): base, third
/// person, past and present participle, with the spelling rules of each. A
/// final consonant after a vowel is given both ways ("admitted", "visited"):
/// the form that is no English word never occurs, so making it costs nothing.
pub fn verb_forms(base: &str) -> Vec<String> {
    let is_vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u');
    // Joined, not formatted: a run makes every form of every speech verb.
    let form = |stem: &str, ending: &str| [stem, ending].concat();
    let mut out = vec![base.to_string(), form(base, "s")];
    let chars: Vec<char> = base.chars().collect();
    if base.ends_with(['s', 'x', 'z', 'o']) || base.ends_with("ch") || base.ends_with("sh") {
        out.push(form(base, "es"));
    }
    match chars.as_slice() {
        [.., c, 'y'] if !is_vowel(*c) => {
            let stem = &base[..base.len() - 1];
            out.extend([form(stem, "ies"), form(stem, "ied"), form(base, "ing")]);
        }
        [.., 'e'] if chars.len() > 1 => {
            let stem = &base[..base.len() - 1];
            out.extend([form(base, "d"), form(stem, "ing"), form(base, "ing")]);
        }
        [.., v, c] if is_vowel(*v) && !is_vowel(*c) && !matches!(c, 'w' | 'x' | 'y') => {
            // The final consonant doubled.
            let last = &base[base.len() - c.len_utf8()..];
            out.extend([
                form(base, "ed"),
                form(base, "ing"),
                [base, last, "ed"].concat(),
                [base, last, "ing"].concat(),
            ]);
        }
        _ => out.extend([form(base, "ed"), form(base, "ing")]),
    }
    out
}

/// Whether a word (its normalised form) is a form of a naming verb ("called", "described").
fn is_naming_verb(norm: &str) -> bool {
    NAMING.contains(norm)
}

/// The speech verb forms, indexed: this is asked of every word near every
/// passage, so most words are turned away by their first letter and length
/// (one table lookup) before any normalising or hashing.
#[derive(Debug)]
struct SpeechVerbs {
    forms: HashSet<String, BuildHasherDefault<WordHasher>>,
    /// The same forms [`pack`]ed (all are short ASCII words), so that a
    /// plain word of the article is asked without normalising it.
    packed: HashSet<u128, BuildHasherDefault<WordHasher>>,
    /// For each first byte, a bit per length (up to 63) some form has.
    lengths: [u64; 256],
}

impl SpeechVerbs {
    fn new(forms: impl IntoIterator<Item = String>) -> Self {
        let forms: HashSet<String, BuildHasherDefault<WordHasher>> = forms.into_iter().collect();
        let mut lengths = [0; 256];
        for form in &forms {
            if let (Some(&b), Some(bit)) =
                (form.as_bytes().first(), 1u64.checked_shl(form.len() as u32))
            {
                lengths[usize::from(b)] |= bit;
                lengths[usize::from(b.to_ascii_uppercase())] |= bit;
            }
        }
        SpeechVerbs {
            packed: forms.iter().filter_map(|f| pack(f.as_bytes())).collect(),
            forms,
            lengths,
        }
    }

    /// Whether `word` of `text` is one of the forms.
    fn has(&self, text: &str, word: &Word) -> bool {
        let first = text.as_bytes().get(word.span.start).copied().unwrap_or(0);
        let bit = 1u64.checked_shl(word.span.len() as u32).unwrap_or(0);
        if self.lengths[usize::from(first)] & bit == 0 {
            return false;
        }
        // A plain word's normal form is its packed bytes.
        match pack_at(text.as_bytes(), word.span.clone()) {
            Some(key) if word.plain => self.packed.contains(&key),
            _ => self.forms.contains(word.norm(text).as_ref()),
        }
    }
}

static SPEECH: LazyLock<SpeechVerbs> = LazyLock::new(|| {
    SpeechVerbs::new(
        SPEECH_VERBS
            .iter()
            .chain(NAMING_VERBS)
            .flat_map(|v| verb_forms(v))
            .chain(IRREGULAR_FORMS.iter().map(|f| f.to_string())),
    )
});

static NAMING: LazyLock<HashSet<String, BuildHasherDefault<WordHasher>>> =
    LazyLock::new(|| NAMING_VERBS.iter().flat_map(|v| verb_forms(v)).collect());

/// The speech verbs of one run: the built-in ones and a claims file's own
/// `speech-verbs`.
#[derive(Debug)]
pub(crate) struct Verbs {
    builtin: &'static SpeechVerbs,
    extra: Option<SpeechVerbs>,
}

impl Verbs {
    /// The built-in verbs and every form of `extra` (base forms, any case).
    pub(crate) fn new(extra: &[String]) -> Self {
        let forms: Vec<String> = extra
            .iter()
            .flat_map(|v| verb_forms(&super::words::normalize(v.trim())))
            .collect();
        Verbs {
            builtin: &SPEECH,
            extra: (!forms.is_empty()).then(|| SpeechVerbs::new(forms)),
        }
    }

    /// Whether `word` of `text` is a form of a speech verb.
    fn says(&self, text: &str, word: &Word) -> bool {
        self.builtin.has(text, word) || self.extra.as_ref().is_some_and(|e| e.has(text, word))
    }
}

/// Whether `word` of `text` is a form of a built-in speech verb.
#[cfg(test)]
fn says(text: &str, word: &Word) -> bool {
    SPEECH.has(text, word)
}

/// A person named outside quotation marks, by word index.
struct Person<'a> {
    id: &'a str,
    words: Range<usize>,
    /// Its entity has a name of one word only (see [`Speakers`]).
    one_word: bool,
}

/// The speaker of the passage before, and the paragraph it ended in.
struct Previous {
    speaker: String,
    /// The speaker is no entity of the claims file (see [`MentionKind::Quote`]).
    unnamed: bool,
    /// The word index just past it.
    end: usize,
    /// The paragraph it ended in.
    paragraph: usize,
}

/// What attributing quotes needs of a run's [`ExtractOptions`], made once
/// for all its articles: the speech verbs, and the ids of places (never
/// speakers), hashed (every name an article gives is looked up).
#[derive(Debug)]
pub(crate) struct Speakers {
    verbs: Verbs,
    places: HashSet<String, BuildHasherDefault<WordHasher>>,
    /// Entities with a name of one word only ("Caldermoor"): a town or a
    /// body more often than a person, so no "he" or "she" stands for them.
    one_word: HashSet<String, BuildHasherDefault<WordHasher>>,
}

impl Speakers {
    pub(crate) fn new(options: &ExtractOptions) -> Self {
        Speakers {
            verbs: Verbs::new(&options.speech_verbs),
            places: options.places.iter().cloned().collect(),
            one_word: options
                .entities
                .iter()
                .filter(|e| e.names.iter().all(|n| n.split_whitespace().count() < 2))
                .map(|e| e.id.clone())
                .collect(),
        }
    }
}

/// A quote mention per passage, with its speaker when attributable (SPEC rule 8).
pub(crate) fn mentions(
    text: &str,
    passages: &[Range<usize>],
    words: &[Word],
    sentences: &[Sentence],
    entities: &[entity::Found],
    speakers: &Speakers,
) -> Vec<Mention> {
    let people = people(words, entities, speakers);
    let named: Vec<Range<usize>> = entities
        .iter()
        .map(|(_, covered)| covered.clone())
        .collect();
    let verbs = &speakers.verbs;
    let mut out: Vec<Mention> = Vec::with_capacity(passages.len());
    let mut previous: Option<Previous> = None;
    // Passages come in text order, so where each sits among the words and
    // sentences is found by walking forward, not by searching from scratch.
    let (mut w, mut s) = (0, 0);
    let sentence_from = |from: usize, word: usize| {
        let mut k = from;
        while k < sentences.len() && sentences[k].words.end <= word {
            k += 1;
        }
        k
    };
    for span in passages {
        while w < words.len() && words[w].span.start < span.start {
            w += 1;
        }
        let first = w;
        while w < words.len() && words[w].span.start < span.end {
            w += 1;
        }
        let last = w;
        // The sentences the passage starts in, spans and ends in.
        let (s_first, s_last) = if first < last {
            s = sentence_from(s, first);
            (s, sentence_from(s, last - 1))
        } else {
            s = sentence_from(s, first.saturating_sub(1));
            (s, s)
        };
        let at = At {
            words: first..last,
            sentences: s_first..s_last,
        };
        let context = Context {
            text,
            words,
            sentences,
            people: &people,
            named: &named,
            verbs,
        };
        let (speaker, continued, unnamed) = match speaker(&context, &at, previous.as_ref()) {
            Some(said) => (Some(said.who), said.continued, said.unnamed),
            None => (None, false, false),
        };
        previous = speaker.as_ref().map(|who| Previous {
            speaker: who.clone(),
            unnamed,
            end: last,
            paragraph: sentences.get(s_last).map_or(usize::MAX, |s| s.paragraph),
        });
        out.push(Mention {
            span: span.clone(),
            kind: MentionKind::Quote {
                inner: inner(text, span),
                speaker,
                continued,
                unnamed,
            },
        });
    }
    out
}

/// People (entities that are not places) named outside quotes, in text order.
fn people<'a>(
    words: &[Word],
    entities: &'a [entity::Found],
    speakers: &Speakers,
) -> Vec<Person<'a>> {
    let mut out: Vec<Person<'a>> = entities
        .iter()
        .filter_map(|(m, covered)| match &m.kind {
            MentionKind::Entity { id: Some(id), .. } if !speakers.places.contains(&**id) => {
                let quoted = words.get(covered.start).is_some_and(|w| w.quoted);
                (!covered.is_empty() && !quoted).then_some(Person {
                    id,
                    words: covered.clone(),
                    one_word: speakers.one_word.contains(&**id),
                })
            }
            _ => None,
        })
        .collect();
    out.sort_by_key(|p| p.words.start);
    out
}

/// Where a passage sits: the words it covers, and the sentence it starts in
/// and the one it ends in (`sentences.end` is that last one, not past it).
struct At {
    words: Range<usize>,
    sentences: Range<usize>,
}

/// What attribution reads besides the passage: the article's words,
/// sentences and people, and the run's speech verbs.
struct Context<'c> {
    text: &'c str,
    words: &'c [Word],
    sentences: &'c [Sentence],
    people: &'c [Person<'c>],
    /// The words every entity covers (people and places).
    named: &'c [Range<usize>],
    verbs: &'c Verbs,
}

/// Words that may stand between a name and the start of its clause without
/// making it an object: determiners and the titles and roles news puts
/// before a name ("the Russian leader Vladimir Putin said").
pub(super) const BEFORE_A_NAME: &[&str] = &[
    "the",
    "a",
    "an",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "your",
    "president",
    "leader",
    "minister",
    "prime",
    "secretary",
    "counterpart",
    "envoy",
    "chancellor",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "senator",
    "governor",
    "general",
    "chief",
    "adviser",
    "advisor",
    "aide",
    "official",
    "ambassador",
    "host",
    "coach",
    "captain",
    "judge",
    "lawyer",
    "attorney",
    "counsel",
    "chairman",
    "chairwoman",
    "chair",
    "director",
    "head",
    "star",
    "striker",
    "manager",
    "commander",
    "former",
    "rival",
    "opponent",
    "colleague",
    "premier",
    "king",
    "queen",
    "prince",
    "pope",
    "mayor",
    "dr",
    "mr",
    "mrs",
    "ms",
    "sir",
    "dame",
];

/// Words that open a clause, so that the name right after them is its subject
/// ("…, and Putin replied"). "that" is not among them: in "Trump said that Xi
/// agreed", the reported clause's subject is no one's antecedent (SPEC rule 8).
const CLAUSE_OPENERS: &[&str] = &[
    "and", "but", "or", "while", "when", "whereas", "although", "though", "because", "so", "yet",
    "then", "once", "as", "after", "before", "since", "until", "unless", "where",
];

/// Whether `p` is named as the subject of a clause, not as an object: at the
/// start of its sentence or clause (after punctuation or a clause opener),
/// with only titles and determiners before it, and not possessive
/// ("Trump’s aide").
fn is_subject(c: &Context<'_>, p: &Person<'_>) -> bool {
    let Some(last) = c.words.get(p.words.end.saturating_sub(1)) else {
        return false;
    };
    !possessive(c.text, last) && (governor(c, p).is_none() || cleft(c, p)) && !appositive(c, p)
}

/// Whether the words before word `j`, back to the sentence's start or a
/// punctuation mark (a live blog's time stamp), are a short place or time
/// phrase that opens the clause: "At the press conference", "In the
/// saleroom", "After the sale".
fn fronted_phrase(c: &Context<'_>, sentence_start: usize, j: usize) -> bool {
    let words = c.words;
    let Some(open) = (sentence_start..j)
        .rev()
        .find(|&i| i == sentence_start || words[i].punct_before)
    else {
        return false;
    };
    j - open >= 2
        && j - open <= 5
        && matches!(
            words[open].norm(c.text).as_ref(),
            "at" | "in" | "on" | "after" | "before" | "during" | "outside" | "inside"
        )
        && c.text[words[open].span.clone()].starts_with(|ch: char| ch.is_uppercase())
        && (open + 1..j).all(|i| {
            let w = words[i].norm(c.text);
            !w.ends_with("ed") && !matches!(w.as_ref(), "is" | "was" | "are" | "were" | "said")
        })
}

/// Whether `p` is the focus of a cleft, "It was Dr Tomas Reyne, the
/// group's chief executive, who set the tone": the subject of what follows.
fn cleft(c: &Context<'_>, p: &Person<'_>) -> bool {
    let words = c.words;
    let mut j = p.words.start;
    while j > 0 && is_title(&words[j - 1].norm(c.text)) {
        j -= 1;
    }
    j >= 2
        && matches!(words[j - 1].norm(c.text).as_ref(), "was" | "is")
        && words[j - 2].norm(c.text) == "it"
}

/// Whether `p` is set off by commas after a noun, as an apposition ("joined
/// by her deputy, Agus Pranoto, …"): it renames an object and opens no
/// clause. A subject after a comma goes on with its verb ("After the talks,
/// Trump said …").
fn appositive(c: &Context<'_>, p: &Person<'_>) -> bool {
    let words = c.words;
    let Some(first) = words.get(p.words.start) else {
        return false;
    };
    if p.words.start == 0 || !first.punct_before {
        return false;
    }
    let before = &words[p.words.start - 1];
    let comma = c
        .text
        .get(before.span.end..first.span.start)
        .is_some_and(|gap| gap.trim() == ",");
    let set_off = words.get(p.words.end).map_or(true, |w| {
        w.punct_before
            && c.text
                .get(words[p.words.end - 1].span.end..w.span.start)
                .is_some_and(|g| g.contains(',') || g.contains('.'))
    });
    // ("its vice-president, Ines Ferrat": a hyphened noun too.)
    let noun = &c.text[before.span.clone()];
    let after_noun = (before.plain || noun.chars().all(|ch| ch.is_alphabetic() || ch == '-'))
        && noun.starts_with(|ch: char| ch.is_ascii_lowercase());
    // ("The auctioneer, Claudia Merz, was still talking": an apposition on
    // the noun phrase that opens the sentence renames its subject.)
    let k = c
        .sentences
        .partition_point(|s| s.words.end <= p.words.start);
    let opening = c.sentences.get(k).is_some_and(|s| {
        let open = &words[s.words.start..p.words.start];
        (2..=4).contains(&open.len())
            && DETERMINERS.contains(&open[0].norm(c.text).as_ref())
            && open[1..].iter().all(|w| {
                let n = w.norm(c.text);
                // ("The VSA's chairman, Teodor Vask, …": a possessive too.)
                !w.punct_before
                    && (c.text[w.span.clone()].starts_with(|ch: char| ch.is_lowercase())
                        || possessive(c.text, w))
                    && !n.ends_with("ed")
                    && !matches!(n.as_ref(), "is" | "was" | "are" | "were" | "said" | "told")
            })
    });
    comma && set_off && after_noun && !opening
}

/// The word that makes `p` an object ("met" in "Trump met Xi", "with" in
/// "with a smiling Putin"), or `None` when `p` opens its clause: at the
/// start of its sentence, after punctuation or after a clause opener whose
/// clause goes on with a verb, with only titles, determiners and their
/// modifiers before it.
fn governor<'t>(c: &Context<'t>, p: &Person<'_>) -> Option<Cow<'t, str>> {
    let words = c.words;
    let k = c
        .sentences
        .partition_point(|s| s.words.end <= p.words.start);
    let sentence_start = c.sentences.get(k).map_or(0, |s| s.words.start);
    let mut j = p.words.start;
    // "employers' chairman Jonas Brekke": a plural possessive's apostrophe
    // is no punctuation; the possessive is part of the name's phrase.
    let apostrophe = |j: usize| {
        c.text
            .get(words[j - 1].span.end..words[j].span.start)
            .is_some_and(|g| matches!(g.trim_end(), "'" | "\u{2019}"))
    };
    // ("with Duarte, Ferrand and his agent present": a name after a comma
    // right after another person's name is in that list, and shares its
    // governor.)
    let listed = |j: usize| {
        j > sentence_start
            && c.text
                .get(words[j - 1].span.end..words[j].span.start)
                .is_some_and(|g| g.trim() == ",")
            && c.people.iter().any(|q| q.words.end == j)
    };
    while j > sentence_start && (!words[j].punct_before || apostrophe(j) || listed(j)) {
        if listed(j) {
            if let Some(q) = c.people.iter().find(|q| q.words.end == j) {
                j = q.words.start;
                continue;
            }
        }
        if words[j].punct_before {
            // The possessive's noun and its own determiners.
            j -= 1;
            continue;
        }
        let before = &words[j - 1];
        let norm = before.norm(c.text);
        let capitalised = c.text[before.span.clone()]
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        // "Xi and Putin" lists objects too: a subject's verb follows it.
        let verb_follows = || {
            let next = p.words.end;
            words.get(next).is_some_and(|w| {
                !w.punct_before
                    && c.sentences.get(k).is_some_and(|s| next < s.words.end)
                    && c.text[w.span.clone()]
                        .chars()
                        .next()
                        .is_some_and(char::is_lowercase)
                    && !matches!(
                        w.norm(c.text).as_ref(),
                        "and"
                            | "or"
                            | "but"
                            | "in"
                            | "at"
                            | "on"
                            | "to"
                            | "of"
                            | "for"
                            | "with"
                            | "before"
                            | "after"
                            | "by"
                            | "from"
                            | "about"
                            | "into"
                            | "over"
                            | "than"
                            | "as"
                            | "during"
                            | "without"
                            | "who"
                            | "whom"
                            | "which"
                            | "that"
                            // ("with … his agent Paulo Vidal present")
                            | "present"
                            | "absent"
                    )
            })
        };
        if CLAUSE_OPENERS.contains(&norm.as_ref()) {
            return (!verb_follows()).then_some(norm);
        }
        // A live blog's time stamp heads its entry: "11:20 Chief engineer
        // Sanne Kovar takes the microphone."
        if j - 1 <= sentence_start + 1 && {
            let stamp = &c.text.as_bytes()[words[sentence_start].span.start..before.span.end];
            super::clock_stamp(stamp) == Some(stamp.len())
        } {
            break;
        }
        // And a caption's number its picture: "10/10 Moyle speaks to
        // reporters", "[3] Haslund lands".
        if j - 1 <= sentence_start + 1 && {
            let from = c.text[..words[sentence_start].span.start].trim_end_matches(['[', '(']);
            let number = &c.text[from.len()..before.span.end];
            number.bytes().any(|b| b.is_ascii_digit())
                && number
                    .bytes()
                    .all(|b| b.is_ascii_digit() || matches!(b, b'/' | b'[' | b'(' | b'.'))
        } {
            break;
        }
        // ("Outside court, lead prosecutor Nadia Ferrante speaks": a word
        // opening the phrase right before a title qualifies the title.)
        // (Not a function word: "Kessing, not President Ilse Varron, said".)
        let opens_title = before.punct_before
            && !CLAUSE_OPENERS.contains(&norm.as_ref())
            && !matches!(
                norm.as_ref(),
                "not" | "nor" | "with" | "by" | "from" | "to" | "for" | "of" | "than" | "like"
            )
            && {
                let title = words[j].norm(c.text);
                role_noun(&title) || is_title(&title)
            };
        if capitalised || BEFORE_A_NAME.contains(&norm.as_ref()) || role_noun(&norm) || opens_title
        {
            j -= 1;
            continue;
        }
        // Modifiers after a determiner ("a visibly pleased Putin") are part
        // of the name's phrase; any other word before it ("met", "with")
        // makes it an object.
        match (1..=3).find(|&m| {
            j > sentence_start + m
                && (j - m..j).all(|k| !words[k].punct_before && modifies(c.text, &words[k]))
                && DETERMINERS.contains(&words[j - 1 - m].norm(c.text).as_ref())
        }) {
            Some(m) => j -= m + 1,
            // "At the press conference Merz is beaming": a fronted phrase
            // with no comma after it, and the name's verb after the name.
            None if fronted_phrase(c, sentence_start, j) && verb_follows() => return None,
            None => return Some(norm),
        }
    }
    None
}

/// Whether a lower-case word names a job by its ending, as a title before
/// a name does ("Chief engineer Sanne Kovar", "museum curator Lena Ost",
/// "lead volcanologist Ana Ruiz", "police spokeswoman Ida Berg").
pub(super) fn role_noun(norm: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "eer", "ist", "ician", "ator", "tor", "woman", "man", "person",
    ];
    const ROLES: &[&str] = &[
        "officer",
        "inspector",
        "commissioner",
        "prosecutor",
        "executive",
        "manager",
        "minister",
        "researcher",
        "organiser",
        "organizer",
        "founder",
        "owner",
        "worker",
        "teacher",
        "farmer",
        "leader",
        "ranger",
        "trainer",
        "keeper",
        "rider",
        "driver",
        "player",
        "runner",
        "boss",
        "physician",
        "surgeon",
        "nurse",
        "expert",
        "witness",
        "resident",
        "student",
        "pilot",
        "mother",
        "father",
        "daughter",
        "son",
        "widow",
        "survivor",
        "neighbour",
        "neighbor",
    ];
    ROLES.contains(&norm) || (norm.len() > 5 && ENDINGS.iter().any(|e| norm.ends_with(e)))
}

/// Whether a word looks like an adverb or adjective by its ending ("visibly",
/// "pleased", "smiling", "angry", "emotional"): what may stand between a
/// determiner and a name. "the president saw Putin" has a verb there.
fn modifies(text: &str, word: &Word) -> bool {
    const ENDINGS: &[&str] = &[
        "ly", "ed", "ing", "ful", "ous", "ive", "al", "ic", "ish", "less", "able", "ible", "ant",
        "ent", "y", "est", "er",
    ];
    let norm = word.norm(text);
    norm.len() > 3 && ENDINGS.iter().any(|e| norm.ends_with(e))
}

/// Whether `norm` is a title that may stand before a name ("manager",
/// "envoy"), not a determiner.
fn is_title(norm: &str) -> bool {
    BEFORE_A_NAME.contains(&norm) && !DETERMINERS.contains(&norm)
}

/// Words that open a noun phrase ("a visibly pleased Putin").
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your",
];

/// Capitalised words next to a speech verb that name no one: pronouns,
/// determiners and the bodies news quotes.
const NOT_NAMES: &[&str] = &[
    "he",
    "she",
    "it",
    "they",
    "we",
    "you",
    "i",
    "me",
    "him",
    "her",
    "his",
    "hers",
    "its",
    "our",
    "their",
    "them",
    "us",
    "my",
    "your",
    "this",
    "that",
    "these",
    "those",
    "there",
    "who",
    "which",
    "police",
    "officials",
    "authorities",
    "spokesman",
    "spokeswoman",
    "reuters",
    "afp",
    "ap",
    "statement",
    "report",
    "reports",
    "sources",
    "witnesses",
    "residents",
    "organisers",
    "organizers",
    "analysts",
    "experts",
    "critics",
    "doctors",
    "rescuers",
];

/// Whether `lower` is written in lower case as a word anywhere in `text`
/// ("police" in "the police said"): then it is no name.
fn lower_case_in(text: &str, lower: &str) -> bool {
    memchr::memmem::find_iter(text.as_bytes(), lower.as_bytes()).any(|at| {
        let before = text[..at].chars().next_back();
        let after = text[at + lower.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Whether a word ends in a possessive "'s" (or a bare "'" after "s").
fn possessive(text: &str, word: &Word) -> bool {
    // A plain word is letters and digits only, no apostrophe: asked of the
    // last word of every name near a passage, most of them plain ("Putin",
    // not "Putin’s"), answered without a lower-cased copy of it.
    if word.plain {
        return false;
    }
    let norm = word.norm(text);
    norm.ends_with("'s") || norm.ends_with("s'")
}

/// Who said a passage, as [`speaker`] finds it.
struct Said {
    /// The entity id, or the name as written when `unnamed`.
    who: String,
    /// Only continues the previous paragraph's passage (rule 8's last step).
    continued: bool,
    /// A name the claims file does not give (step 1b).
    unnamed: bool,
}

impl Said {
    /// An entity of the claims file, named beside the passage.
    fn named(id: &str) -> Self {
        Said {
            who: id.to_string(),
            continued: false,
            unnamed: false,
        }
    }
}

/// The speaker of one passage, by the steps of SPEC rule 8.
fn speaker(c: &Context<'_>, at: &At, previous: Option<&Previous>) -> Option<Said> {
    let Context {
        text,
        words,
        sentences,
        people,
        named,
        verbs,
    } = *c;
    let (first, last) = (at.words.start, at.words.end);
    let (s_first, s_last) = (at.sentences.start, at.sentences.end);
    let (Some(start_sentence), Some(end_sentence)) =
        (sentences.get(s_first), sentences.get(s_last))
    else {
        return None;
    };
    // Words of those sentences outside the passage, at most SEARCH_WINDOW on
    // each side: the bound only matters for run-away "sentences" of junk, and
    // keeps many passages in one of them from costing quadratic time.
    let before = start_sentence
        .words
        .start
        .max(first.saturating_sub(SEARCH_WINDOW))..first;
    let after = last..end_sentence.words.end.min(last + SEARCH_WINDOW);
    let outside = || {
        before
            .clone()
            .chain(after.clone())
            .filter(|&i| !words[i].quoted)
    };
    // ("As finance chief Henrik Sandberg put it, “…”": "put it" says.)
    let put_it = |i: usize| {
        text[words[i].span.clone()].eq_ignore_ascii_case("put")
            && words
                .get(i + 1)
                .is_some_and(|w| text[w.span.clone()].eq_ignore_ascii_case("it"))
    };
    let verb_at: Vec<usize> = outside()
        .filter(|&i| verbs.says(text, &words[i]) || put_it(i))
        .collect();
    let naming = |v: usize| is_naming_verb(&words[v].norm(text));
    let people_from = |from: usize| people.partition_point(|p| p.words.start < from);
    let people_to = |to: usize| people.partition_point(|p| p.words.end <= to);
    let nearby =
        &people[people_from(before.start)..people_to(after.end).max(people_from(before.start))];
    // The person a verb is about, not the one speaking: anyone after a naming
    // verb ("called Xi a “…”"), and after any speech verb that has its own
    // subject word before it ("he told Putin: “…”"; but "…,” said Putin").
    let is_object = |v: usize, p: &Person<'_>| {
        p.words.start > v
            && (naming(v)
                || (v > before.start
                    && !words[v].punct_before
                    && !words[v - 1].quoted
                    && !words.get(v + 1).is_some_and(|w| w.is_any(text, &["by"]))))
    };

    // A name in quotation marks is no one's words: "the limousine, known as
    // “The Beast”", "the so-called “peace plan”".
    // (Words compared with `Word::is_any`, here and below: asked of words
    // around every passage, most of them capitalised or plain, where a
    // normal form would be a lower-cased copy of each.)
    let before_is = |back: usize, word: &str| {
        first >= back + before.start
            && first >= back
            && !words[first - back].quoted
            && words
                .get(first - back)
                .is_some_and(|w| w.is_any(text, &[word]))
    };
    if before_is(1, "so-called")
        || (before_is(1, "as") && (before_is(2, "known") || before_is(2, "billed")))
    {
        return None;
    }

    // A person before the verb with a coordinator between is another
    // clause's ("Trump met Xi and told reporters: “…”": Xi told no one).
    let coordinated_away = |v: usize, p: &Person<'_>| {
        p.words.end <= v
            && (p.words.end..v)
                .any(|i| words[i].is_any(text, &["and", "or", "but", "then", "before", "after"]))
    };

    // A name that only qualifies another's title: "said Eastbury manager
    // Sean Whitlock", "Kremlin press secretary Dmitry Peskov" (at most two
    // lower-case words between, no punctuation, the last a title).
    let qualifies = |p: &Person<'_>| {
        nearby.iter().any(|q| {
            let gap = p.words.end..q.words.start;
            q.words.start > p.words.end
                && gap.len() <= 2
                && (gap.start..=gap.end.min(words.len() - 1)).all(|i| !words[i].punct_before)
                && gap.clone().all(|i| {
                    text[words[i].span.clone()].starts_with(|c: char| c.is_ascii_lowercase())
                })
                && is_title(&words[gap.end - 1].norm(text))
        })
    };

    // A name set aside by "not": "Aurel Kessing, not President Ilse Varron,
    // said …" (a title may stand between).
    let negated = |p: &Person<'_>| {
        let s = p.words.start;
        let not_at = |i: usize| {
            words
                .get(i)
                .is_some_and(|w| text[w.span.clone()].eq_ignore_ascii_case("not"))
        };
        (s >= 1 && not_at(s - 1)) || (s >= 2 && not_at(s - 2) && is_title(&words[s - 1].norm(text)))
    };

    // Whether the words from `from` to the verb `v` are one phrase set off
    // by commas: ", the union's president, said".
    let comma_before = |i: usize| {
        i > 0
            && words[i].punct_before
            && text
                .get(words[i - 1].span.end..words[i].span.start)
                .is_some_and(|g| g.trim() == ",")
    };
    let apposition_between = |from: usize, v: usize| {
        v > from + 1
            && v - from <= 7
            && comma_before(from)
            && comma_before(v)
            && (from + 1..v).all(|i| {
                !words[i].quoted
                    && !text
                        .get(words[i - 1].span.end..words[i].span.start)
                        .is_some_and(|g| g.contains([',', ';', ':', '.', '(', ')']))
            })
            && people[people_from(from)..people_to(v)].is_empty()
    };

    // A person inside a relative clause that closes right before the verb
    // ("Oskar Mehlin, who rang the bell with Teodora Vasko, called the
    // listing “…”"): the clause's, not the verb's subject.
    let in_relative = |v: usize, p: &Person<'_>| {
        p.words.end <= v
            && comma_before(v)
            && (p.words.start.saturating_sub(16).max(before.start)..p.words.start)
                .rev()
                .find(|&k| comma_before(k))
                .is_some_and(|k| words[k].is_any(text, &["who", "which"]))
            && (p.words.end..v).all(|j| !comma_before(j))
    };

    // A name that only qualifies the title of someone unnamed, right
    // before the verb: "the Lynx coach said" (the coach spoke, not the
    // team).
    let titles_unnamed = |v: usize, p: &Person<'_>| {
        p.words.end < v
            && v - p.words.end <= 2
            && (p.words.end..v).all(|i| {
                !words[i].punct_before
                    && text[words[i].span.clone()].starts_with(|c: char| c.is_ascii_lowercase())
                    && is_title(&words[i].norm(text))
            })
    };
    // A name in apposition to an object, set off by commas right before
    // the verb: "Korhal, announcing the measures with the chief
    // veterinary officer, Pavel Strand, called it “…”" (Korhal spoke).
    // (Inside a participle's phrase set off after the subject: not "the
    // board's chair, Lorna Pettifer, said".)
    let object_apposition = |v: usize, p: &Person<'_>| {
        p.words.end == v
            && comma_before(v)
            && appositive(c, p)
            && (p.words.start.saturating_sub(12).max(before.start)..p.words.start).any(|k| {
                let w = &text[words[k].span.clone()];
                comma_before(k)
                    && w.len() > 5
                    && w.ends_with("ing")
                    && w.starts_with(|c: char| c.is_ascii_lowercase())
            })
    };

    // Whether the name starting at word `s` is one a title's "of" or "for"
    // hangs on: "the head of Dravgrid said" (the head spoke, not the
    // company), "a spokeswoman for Halcyon said".
    let of_title = |s: usize| {
        s >= 2
            && !words[s].punct_before
            && words[s - 1].is_any(text, &["of", "for"])
            && !words[s - 1].punct_before
            && is_title(&words[s - 2].norm(text))
    };

    // 1. A person within three words of a speech verb; nearest, then the one before it.
    let best = verb_at
        .iter()
        .flat_map(|&v| {
            nearby.iter().filter_map(move |p| {
                if is_object(v, p)
                    || titles_unnamed(v, p)
                    || object_apposition(v, p)
                    || in_relative(v, p)
                    || possessive(text, &words[p.words.end - 1])
                    || coordinated_away(v, p)
                    || qualifies(p)
                    || negated(p)
                    || of_title(p.words.start)
                {
                    return None;
                }
                let (distance, after) = if p.words.end <= v {
                    // ("Mathis Dorange, the union's president, said": the
                    // apposition between is the person's.)
                    let d = if apposition_between(p.words.end, v) {
                        1
                    } else {
                        v + 1 - p.words.end
                    };
                    (d, false)
                } else {
                    (p.words.start.saturating_sub(v), true)
                };
                let to_passage = if v < first {
                    first - v
                } else {
                    v.saturating_sub(last) + 1
                };
                (1..=SPEAKER_REACH)
                    .contains(&distance)
                    .then_some((distance, after, to_passage, p))
            })
        })
        .min_by_key(|&(distance, after, to_passage, p)| {
            (distance, after, to_passage, p.words.start)
        });
    if let Some((_, _, _, p)) = best {
        return Some(Said::named(p.id));
    }

    // 1b. Someone the claims file does not name, right next to a speech
    // verb: "…,” Bautista said", "Ferris said: “…”", "…,” said Ferris". A
    // capitalised word or two that no entity covers, never written in lower
    // case in the article ("Police said" is no one's name), and not a
    // pronoun or determiner. The speaker is then someone other than any
    // claim's.
    let unnamed = verb_at.iter().find_map(|&v| {
        let name_at = |i: usize| {
            let w = words.get(i)?;
            let surface = &text[w.span.clone()];
            // (The cheap tests first: this is asked beside every speech verb.)
            let capital = !w.quoted
                && surface.len() >= 3
                && surface.starts_with(|c: char| c.is_uppercase())
                && surface.chars().all(|c| c.is_alphabetic() || c == '-');
            if !capital || named.iter().any(|r| r.contains(&i)) {
                return None;
            }
            let lower = surface.to_lowercase();
            (!NOT_NAMES.contains(&lower.as_str())
                && !is_title(&lower)
                && !crate::extract::is_calendar_word(&lower)
                && !lower_case_in(text, &lower))
            .then(|| surface.to_string())
        };
        // (Not a name a title's "of" hangs on: "the head of Dravgrid said".)
        let before = (v > before.start && !words[v].punct_before && !of_title(v - 1))
            .then(|| name_at(v - 1))
            .flatten();
        // (In the passage's sentence: "…,” she said" closing a caption with
        // no full stop is not said by the next line's first word.)
        let after = (v >= last && v + 1 < after.end && !words[v + 1].punct_before)
            .then(|| {
                // The name's last word: "said Paul Ferris".
                let mut k = v + 1;
                while k + 1 < after.end && !words[k + 1].punct_before && name_at(k + 1).is_some() {
                    k += 1;
                }
                name_at(v + 1).and_then(|_| name_at(k))
            })
            .flatten();
        before.or(after)
    });
    if let Some(who) = unnamed {
        return Some(Said {
            who,
            continued: false,
            unnamed: true,
        });
    }

    // 1c. A speech verb after "and" before the passage shares the subject
    // that opens its sentence ("She was greeted by her mother, Greta Ferrow,
    // and told the crowd: “…”"): the person who opens it, or for "he" or
    // "she" the pronoun's (rule 3), never a name in the clause between.
    let s0 = start_sentence.words.start;
    let shares_subject = verb_at.iter().any(|&v| {
        v < first && v > s0 + 2 && !words[v].punct_before && words[v - 1].is_any(text, &["and"])
    });
    let mut pronoun_subject = false;
    if shares_subject {
        let opener = people[people_from(s0)..people_to(first)]
            .first()
            .filter(|p| p.words.start <= s0 + 2 && is_subject(c, p));
        if let Some(p) = opener {
            return Some(Said::named(p.id));
        }
        pronoun_subject = words[s0].is_any(text, &["he", "she"]);
    }

    // 2. The person named nearest before it in the sentence it starts in, but
    // not one named as an object ("Trump, in a post, called Xi a “…”", "an
    // aide said the president saw Xi as “…”"; "a statement from Putin:" and
    // "by" are the objects that still name a source), nor one named in the
    // possessive when a speech verb has some other subject ("Trump’s
    // spokeswoman said “…”").
    let named_object = |p: &Person<'_>| {
        verb_at
            .iter()
            .any(|&v| v < p.words.start && p.words.start - v <= SPEAKER_REACH && naming(v))
            || (!verb_at.is_empty() && possessive(text, &words[p.words.end - 1]))
            || governor(c, p).is_some_and(|g| !matches!(g.as_ref(), "from" | "by"))
            || verb_at.iter().any(|&v| titles_unnamed(v, p))
    };
    if let Some(p) = (!pronoun_subject)
        .then(|| {
            people[people_from(start_sentence.words.start)..people_to(first)]
                .iter()
                .rev()
                .find(|p| !named_object(p))
        })
        .flatten()
    {
        return Some(Said::named(p.id));
    }

    // 2b. A passage that closes its sentence ("…agreement!” Okafor said.") with
    // no one named before it: a person within three words of a speech verb at
    // the start of the next sentence of its paragraph. The `!”` ends the
    // sentence, but the attribution right after it is still "after the passage".
    if let Some(next) = sentences
        .get(s_last + 1)
        .filter(|n| last == end_sentence.words.end && n.paragraph == end_sentence.paragraph)
    {
        let lead = next.words.start..next.words.end.min(next.words.start + SPEAKER_REACH + 1);
        let verb = lead
            .clone()
            .find(|&i| !words[i].quoted && verbs.says(text, &words[i]));
        let named = people[people_from(next.words.start)..]
            .iter()
            .take_while(|p| p.words.end <= lead.end)
            .next();
        if let (Some(_), Some(p)) = (verb, named) {
            return Some(Said::named(p.id));
        }
    }

    // 2c. A passage opening its paragraph after a sentence that ends on a
    // colon ("Brenner said:" on a line of its own): the person next to
    // that sentence's speech verb.
    if first == start_sentence.words.start && s_first > 0 {
        let prev = &sentences[s_first - 1];
        let colon = prev.words.end > prev.words.start
            && text[words[prev.words.end - 1].span.end..words[first].span.start]
                .trim_start()
                .starts_with(':');
        if colon {
            let verbs_before: Vec<usize> = prev
                .words
                .clone()
                .filter(|&i| !words[i].quoted && verbs.says(text, &words[i]))
                .collect();
            let named = people[people_from(prev.words.start)..people_to(prev.words.end)]
                .iter()
                .rev()
                .find(|p| {
                    verbs_before.iter().any(|&v| {
                        (p.words.end <= v && v + 1 - p.words.end <= SPEAKER_REACH)
                            || (p.words.start > v && p.words.start - v <= SPEAKER_REACH)
                    }) && !possessive(text, &words[p.words.end - 1])
                });
            if let Some(p) = named {
                return Some(Said::named(p.id));
            }
        }
    }

    // 2d. A title for a named person next to a speech verb ("…,” the
    // minister said): the person last named with that title before the
    // passage ("Interior Minister Tomas Reyl"), a bounded look back.
    let role = verb_at.iter().find_map(|&v| {
        let at_word = |i: usize| (i < words.len() && !words[i].quoted).then(|| words[i].norm(text));
        // "the minister said", "said the minister".
        let before = (v >= 2 && at_word(v - 2).is_some_and(|w| w == "the"))
            .then(|| at_word(v - 1))
            .flatten();
        // (Only after the passage: "An aide said the president saw …" is
        // what the aide said of the president.)
        let after = at_word(v + 1)
            .filter(|w| v >= last && w == "the")
            .and_then(|_| at_word(v + 2));
        before
            .into_iter()
            .chain(after)
            .find(|w| is_title(w) && !matches!(w.as_ref(), "the" | "mr" | "mrs" | "ms" | "dr"))
    });
    // The person last named with title `role` before word `at`.
    let titled = |role: &str, at: usize| {
        let to = people_to(at);
        people[to.saturating_sub(SEARCH_WINDOW)..to]
            .iter()
            .rev()
            .find(|p| {
                // (Before the name, or in it: "President Trump".)
                (p.words.start.saturating_sub(3)..p.words.end).any(|i| words[i].norm(text) == role)
            })
    };
    if let Some(p) = role.and_then(|role| titled(&role, first)) {
        return Some(Said::named(p.id));
    }

    // 3. For he/she (next to a speech verb, or before the passage in the
    // sentence it starts in), the last person named as the subject of a
    // clause; a bounded look back, as for the window above.
    let pronoun = outside().find(|&i| {
        words[i].is_any(text, &["he", "she"])
            && (i < first || verb_at.iter().any(|&v| v.abs_diff(i) <= SPEAKER_REACH))
    });
    if let Some(i) = pronoun {
        let to = people_to(i.min(first));
        let sentence_opens = |k: usize| {
            sentences
                .binary_search_by_key(&k, |s| s.words.start)
                .is_ok()
        };
        // ("Arkell's explanation was crisp. “…,” he said": the last one
        // named, whose possessive opens the sentence before, unless a
        // person noun follows it: "Arkell's spokesman".)
        let owner_opens = |p: &Person<'_>| {
            let last = p.words.end - 1;
            sentence_opens(p.words.start)
                && possessive(text, &words[last])
                && words
                    .get(p.words.end)
                    .is_some_and(|w| !is_title(&w.norm(text)) && !w.punct_before)
        };
        let subject = people[to.saturating_sub(SEARCH_WINDOW)..to]
            .iter()
            .rev()
            .filter(|p| !p.one_word)
            .enumerate()
            .find(|(n, p)| is_subject(c, p) || (*n == 0 && owner_opens(p)))
            .map(|(_, p)| p);
        // A later clause whose subject is a title with no name ("In her
        // speech, the minister paid tribute to the workforce. “…,” she
        // said") is the pronoun's antecedent: the person last named with
        // that title.
        let since = subject.map_or(i.saturating_sub(SEARCH_WINDOW), |p| p.words.end);
        // (The cheap tests first: this reads every word back to the subject.)
        let role_subject = (since..i.min(first)).rev().find_map(|k| {
            if !text[words[k].span.clone()].eq_ignore_ascii_case("the")
                || !(k == 0 || words[k].punct_before || sentence_opens(k))
            {
                return None;
            }
            // ("Elin Vasskari, the former president's daughter, …": a
            // title that owns the noun after it, or renames the name
            // before its comma, opens no clause.)
            let owns = (k + 1..(k + 3).min(words.len())).any(|j| possessive(text, &words[j]));
            let renames = k > 0
                && words[k].punct_before
                && people[..people_from(k)]
                    .last()
                    .is_some_and(|p| p.words.end == k);
            if owns || renames {
                return None;
            }
            let role = words.get(k + 1).map(|w| w.norm(text))?;
            (is_title(&role)
                && !people[people_from(k + 1)..]
                    .first()
                    .is_some_and(|p| p.words.start <= k + 2))
            .then(|| titled(&role, k))
            .flatten()
        });
        if let Some(p) = role_subject.or(subject) {
            return Some(Said::named(p.id));
        }
    }

    // 4. A passage opening its paragraph directly after an attributed
    // passage continues its speaker: the paragraph before ends in that
    // passage, or in it and a short attribution ("“…!” he said."; at most
    // four words). After narration, a new paragraph’s quote is nobody’s by
    // position.
    let opens_paragraph = first == start_sentence.words.start
        && first < last
        && s_first > 0
        && sentences[s_first - 1].paragraph != start_sentence.paragraph;
    let directly_after = |p: &Previous| {
        first.saturating_sub(p.end) <= SPEAKER_REACH + 1
            && sentences[s_first - 1].paragraph == p.paragraph
    };
    match previous {
        Some(p) if opens_paragraph && directly_after(p) => Some(Said {
            who: p.speaker.clone(),
            continued: true,
            unnamed: p.unnamed,
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::{extract, EntityNames};
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        passages(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn curly_double_quotes() {
        assert_eq!(
            quoted("Both described it as “productive,” no steps were “achieved.”"),
            ["“productive,”", "“achieved.”"]
        );
    }

    #[test]
    fn guillemets_and_low_quotes() {
        assert_eq!(
            quoted("il a dit «non» et „ja“ oder „nein”"),
            ["«non»", "„ja“", "„nein”"]
        );
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert!(quoted("Putin’s visit, the leaders’ first, Russia's war").is_empty());
    }

    #[test]
    fn single_quotes_need_a_space_before_and_no_letter_after() {
        assert_eq!(
            quoted("Beloved ‘Sopranos’ Actor and the 'big' deal; Putin’s ‘win’s’ end"),
            ["‘Sopranos’", "'big'", "‘win’s’"]
        );
    }

    #[test]
    fn an_unclosed_single_quote_is_an_apostrophe() {
        assert!(quoted("in the ‘90s he said\nit’s ‘fine").is_empty());
    }

    #[test]
    fn single_quotes_inside_double_belong_to_it() {
        assert_eq!(
            quoted("He said “they called it ‘a win’ today” and left"),
            ["“they called it ‘a win’ today”"]
        );
    }

    #[test]
    fn double_quotes_inside_single_belong_to_it() {
        assert_eq!(
            quoted("‘He told me “no” twice’ she said"),
            ["‘He told me “no” twice’"]
        );
    }

    #[test]
    fn straight_double_quotes_pair_by_position() {
        assert_eq!(
            quoted("\"Hello,\" he said. (\"Bye.\") She wrote \"fine\"."),
            [
                "\"Hello,\"",
                "(\"Bye.\")".trim_matches(['(', ')']),
                "\"fine\""
            ]
        );
    }

    #[test]
    fn a_passage_may_span_sentences_and_lines() {
        assert_eq!(
            quoted("He said: “We are close. It is a fact.\nNext time, in Moscow.” Then"),
            ["“We are close. It is a fact.\nNext time, in Moscow.”"]
        );
    }

    #[test]
    fn an_unclosed_quote_ends_at_its_line() {
        let text = "He said “we will see\nThe talks lasted three hours.\nNo more.";
        assert_eq!(quoted(text), ["“we will see"]);
    }

    #[test]
    fn an_unclosed_quote_stops_at_the_next_paragraphs_quote() {
        let text = "He said: “We will see.\n“Next time, in Moscow,” he added.";
        assert_eq!(quoted(text), ["“We will see.", "“Next time, in Moscow,”"]);
    }

    #[test]
    fn a_blank_line_ends_a_search_for_the_closing_mark() {
        let text = "He said “we will see\n\nthen” it ended";
        assert_eq!(quoted(text), ["“we will see"]);
    }

    #[test]
    fn an_unclosed_straight_quote_stops_before_the_next_opening_one() {
        assert_eq!(quoted("a \"b c \"d\" e"), ["\"b c", "\"d\""]);
    }

    #[test]
    fn many_opening_marks_take_linear_time() {
        // A quadratic scan would not finish these in any reasonable time.
        let n = 200_000;
        let curly = "“a ".repeat(n);
        assert_eq!(passages(&curly).len(), 1);
        let lines = "“a\n".repeat(n);
        assert_eq!(passages(&lines).len(), n);
        let singles = " ‘a".repeat(n);
        assert!(passages(&singles).is_empty());
        let straight = " \"a".repeat(n);
        assert_eq!(passages(&straight).len(), n);
        let apostrophes = " 'a".repeat(n) + "\n'";
        assert!(passages(&apostrophes).is_empty());
    }

    fn options() -> ExtractOptions {
        let entity = |id: &str, names: &[&str]| EntityNames {
            id: id.to_string(),
            names: names.iter().map(|n| n.to_string()).collect(),
        };
        ExtractOptions {
            entities: vec![
                entity("trump", &["Donald Trump", "President Trump", "Trump"]),
                entity("putin", &["Vladimir Putin", "Putin"]),
                entity(
                    "zelenskyy",
                    &["Volodymyr Zelenskyy", "Zelenskyy", "Zelenskiy", "Zelensky"],
                ),
                entity("rubio", &["Marco Rubio", "Rubio"]),
                entity("moscow", &["Moscow"]),
                entity("alaska", &["Alaska"]),
                entity("kremlin", &["Kremlin"]),
            ],
            places: ["moscow", "alaska"].iter().map(|s| s.to_string()).collect(),
            ..ExtractOptions::default()
        }
    }

    /// (quote text, speaker) for every quote in `text`.
    fn speakers(text: &str) -> Vec<(String, Option<String>)> {
        extract(text, &options())
            .mentions
            .into_iter()
            .filter_map(|m| match m.kind {
                MentionKind::Quote { inner, speaker, .. } => {
                    Some((text[inner].to_string(), speaker))
                }
                _ => None,
            })
            .collect()
    }

    fn speaker_of(text: &str) -> Vec<Option<String>> {
        speakers(text).into_iter().map(|(_, s)| s).collect()
    }

    fn some(id: &str) -> Option<String> {
        Some(id.to_string())
    }

    #[test]
    fn a_pronoun_stands_for_an_opening_owner_not_a_one_word_body_or_a_title_that_owns() {
        // The owner opening the sentence before, not a subject further back.
        assert_eq!(
            speaker_of("Marco Rubio left early.\n\nPutin's answer was short. “Not now,” he said."),
            [some("putin")]
        );
        // ("Putin's aide" is someone else: the subject before stays.)
        assert_eq!(
            speaker_of("Marco Rubio left early. Putin's aide was silent. “Not now,” he said."),
            [some("rubio")]
        );
        // A body of one word is no "he".
        assert_eq!(
            speaker_of(
                "Vladimir Putin spoke first. The Kremlin should not mistake it for a deal. Then he said he would wait “for the spring”."
            ),
            [some("putin")]
        );
        // "the former president's daughter" renames the name before it.
        assert_eq!(
            speaker_of(
                "President Trump waved.\n\nMarco Rubio, the former president's aide, spoke. “We leave,” he said."
            ),
            [some("rubio")]
        );
    }

    #[test]
    fn inner_excludes_the_marks() {
        let q = speakers("Rubio said “no deal.”");
        assert_eq!(q[0].0, "no deal.");
    }

    #[test]
    fn speaker_named_next_to_a_speech_verb_after_the_quote() {
        assert_eq!(
            speaker_of("“We expect progress,” said Putin, standing next to Trump."),
            [some("putin")]
        );
    }

    #[test]
    fn speaker_named_before_a_speech_verb_wins_a_tie() {
        assert_eq!(
            speaker_of("Trump told Putin: “Next time, in Moscow.”"),
            [some("trump")]
        );
    }

    #[test]
    fn a_speech_verb_after_and_has_the_sentences_subject() {
        // Not the last name of the clause between.
        assert_eq!(
            speaker_of(
                "Trump was welcomed at the base by Marco Rubio and told reporters: “A good day.”"
            ),
            [some("trump")]
        );
        // For "he", the pronoun's: the subject last named.
        assert_eq!(
            speaker_of(
                "Putin landed at noon. He was met on the tarmac by Donald Trump and told reporters: “A good day.”"
            ),
            [some("putin")]
        );
    }

    #[test]
    fn a_name_in_a_relative_clause_before_the_verb_is_not_the_speaker() {
        assert_eq!(
            speaker_of(
                "Marco Rubio, who flew in with Donald Trump, called the talks “a first step”."
            ),
            [some("rubio")]
        );
    }

    #[test]
    fn the_next_lines_first_word_is_not_a_speaker() {
        // A caption with no full stop: the blank line ends its sentence.
        assert_eq!(
            speaker_of(
                "Putin leaves the hall. “We agreed,” he said\n\nStaff wait outside the hall\n"
            ),
            [some("putin")]
        );
    }

    #[test]
    fn a_modifier_opening_a_titles_phrase_leaves_the_name_its_subject() {
        assert_eq!(
            speaker_of(
                "Marco Rubio thanked the jury.\n\nOutside court, lead prosecutor Vladimir Putin speaks to reporters. “It is over,” he says."
            ),
            [some("putin")]
        );
    }

    #[test]
    fn a_name_before_present_in_a_list_is_no_subject() {
        assert_eq!(
            speaker_of(
                "Donald Trump signed, with Marco Rubio and his aide Vladimir Putin present.\n\nHe was cheered. “A good day,” he said."
            ),
            [some("trump")]
        );
    }

    #[test]
    fn every_verb_form_counts() {
        for verb in [
            "emphasised",
            "insists",
            "warning",
            "wrote",
            "replied",
            "noted",
        ] {
            let text = format!("Zelensky {verb} that “peace is near.”");
            assert_eq!(speaker_of(&text), [some("zelenskyy")], "{verb}");
        }
    }

    #[test]
    fn a_verb_too_far_from_the_name_falls_back_to_the_nearest_person_before() {
        assert_eq!(
            speaker_of("Putin, with a slight smirk, turned to the hall and remarked: “Next time.”"),
            [some("putin")]
        );
        // ... who is not an object: Trump was met, Putin remarked.
        assert_eq!(
            speaker_of(
                "Putin, with a slight smirk, met Trump in the hall and remarked: “Next time.”"
            ),
            [some("putin")]
        );
    }

    #[test]
    fn names_inside_quotes_are_not_speakers() {
        assert_eq!(
            speaker_of("Rubio left. “Putin said Trump is right,” an aide told reporters."),
            [None]
        );
    }

    #[test]
    fn places_are_never_speakers() {
        assert_eq!(speaker_of("Alaska said “welcome” to everyone."), [None]);
    }

    #[test]
    fn he_is_the_last_person_named() {
        let text = "A visibly pleased Putin spoke first.\n\n“Good afternoon, dear neighbour,” he said, referencing Alaska’s proximity to Russia.";
        assert_eq!(speaker_of(text), [some("putin")]);
    }

    #[test]
    fn she_before_the_passage_without_a_speech_verb() {
        let text = "Zelensky spoke later. Then she closed with a promise: “We will be back.”";
        assert_eq!(speaker_of(text), [some("zelenskyy")]);
        let text = "Zelensky spoke later. Then a promise: “We will be back,” and she left.";
        assert_eq!(speaker_of(text), [None]);
    }

    #[test]
    fn every_speech_verb_form_is_known_however_written() {
        for form in SPEECH_VERBS {
            let text = format!("{form} {} {form}.", form.to_uppercase());
            let words = super::super::words::tokenize(&text, &[]);
            assert!(words.iter().all(|w| says(&text, w)), "{form}");
        }
        let text = "Sayings; said’s";
        let words = super::super::words::tokenize(text, &[]);
        assert!(!words.iter().any(|w| says(text, w)));
    }

    #[test]
    fn a_colon_introduction_on_the_line_above_names_the_speaker() {
        let text = "After the session, Trump admitted they fell short:\n“We haven’t quite got there. There’s no deal until there’s a deal.”\n";
        assert_eq!(speaker_of(text), [some("trump")]);
        let text = "Trump, for his part, was upbeat:\n“We have a decent chance.”";
        assert_eq!(speaker_of(text), [some("trump")]);
    }

    #[test]
    fn a_name_the_claims_file_does_not_give_is_someone_else() {
        let q = speakers_unnamed("“We made progress,” Bautista said.");
        assert_eq!(q, [(Some("Bautista".to_string()), true)]);
        let q = speakers_unnamed("Commissioner Paul Ferris said: “The fire crossed the ridge.”");
        assert_eq!(q, [(Some("Ferris".to_string()), true)]);
        // Pronouns, bodies and words the article writes in lower case are
        // no names; a name the claims file gives is an entity's.
        assert_eq!(
            speakers_unnamed("“Stay away,” Police said."),
            [(None, false)]
        );
        assert_eq!(
            speakers_unnamed("Her warning: “stay away”."),
            [(None, false)]
        );
        assert_eq!(
            speakers_unnamed("“We made progress,” Putin said."),
            [(Some("putin".to_string()), false)]
        );
    }

    /// (speaker, unnamed) of every quote in `text`.
    fn speakers_unnamed(text: &str) -> Vec<(Option<String>, bool)> {
        quote_fields(text, &options(), |speaker, _, unnamed| (speaker, unnamed))
    }

    #[test]
    fn put_it_says() {
        let text = "As Marco Rubio put it on Thursday, “We made progress.”";
        assert_eq!(speaker_of(text), [some("rubio")]);
    }

    #[test]
    fn the_focus_of_a_cleft_is_a_subject_for_he_and_she() {
        let text = "It was Marco Rubio, the secretary of state, who spoke first. “We made progress,” he told reporters, sitting beside Putin.";
        assert_eq!(speaker_of(text), [some("rubio")]);
    }

    #[test]
    fn a_name_after_a_fronted_phrase_or_renaming_the_opening_noun_is_a_subject() {
        // A fronted phrase with no comma, the name's verb after it.
        let text = "Putin left first. At the press conference Rubio is beaming. He told reporters: “We made progress.”";
        assert_eq!(speaker_of(text), [some("rubio")]);
        // An apposition on the noun phrase that opens the sentence.
        let text = "Putin left first. The secretary, Marco Rubio, stayed behind. “We made progress,” he said.";
        assert_eq!(speaker_of(text), [some("rubio")]);
        // One on an object stays an object.
        let text = "Putin left first. Trump thanked the secretary, Marco Rubio, at length. “We made progress,” he said.";
        assert_eq!(speaker_of(text), [some("trump")]);
    }

    #[test]
    fn a_colon_ending_the_paragraph_above_names_the_speaker() {
        let text = "Secretary of State Marco Rubio spoke after the talks. Rubio said:\n\n“We made progress on every point.”\n";
        assert_eq!(speaker_of(text), [some("rubio")]);
        // Narration ending on a colon names no one.
        let text = "The talks ended late. Here is the statement:\n\n“We made progress.”\n";
        assert_eq!(speaker_of(text), [None]);
    }

    #[test]
    fn a_title_next_to_the_speech_verb_names_the_person_last_given_it() {
        let text =
            "Secretary of State Marco Rubio arrived late. “We made progress,” the secretary said.";
        assert_eq!(speaker_of(text), [some("rubio")]);
        let text =
            "Secretary of State Marco Rubio arrived late. “We made progress,” said the secretary.";
        assert_eq!(speaker_of(text), [some("rubio")]);
    }

    #[test]
    fn a_passage_opening_its_paragraph_continues_the_previous_speaker() {
        let text = "Zelensky warned: “We will not give up our land.\n“We will defend it,” the statement went on.\nThe rest “is history” maybe.";
        assert_eq!(
            speaker_of(text),
            [some("zelenskyy"), some("zelenskyy"), None]
        );
    }

    #[test]
    fn many_passages_in_one_sentence_take_linear_time() {
        let text = format!("Trump said {}", "“a” Putin ".repeat(50_000));
        let speakers = speaker_of(&text);
        assert_eq!(speakers.len(), 50_000);
        assert_eq!(speakers[0], some("trump"));
        assert_eq!(speakers[1], some("trump"));
        // Far beyond the attribution window, the nearest name before wins.
        assert_eq!(speakers[1000], some("putin"));
    }

    #[test]
    fn an_attribution_after_a_passage_that_ends_its_sentence() {
        assert_eq!(
            speaker_of("“We have laid the first stone!” Putin said."),
            vec![some("putin")]
        );
        assert_eq!(
            speaker_of("Putin ended with a remark: “Next time, in Moscow.” Trump responded with a chuckle."),
            vec![some("putin")],
            "the person named before the passage in its own sentence comes first"
        );
        assert_eq!(
            speaker_of("Trump spoke.\n\n“We will see.” Putin said."),
            vec![some("putin")]
        );
    }

    fn with_verbs(verbs: &[&str]) -> ExtractOptions {
        ExtractOptions {
            speech_verbs: verbs.iter().map(|v| v.to_string()).collect(),
            ..options()
        }
    }

    /// (text, the speaker of each of its passages), one row per construction of SPEC rule 8.
    const SPEAKER_TABLE: &[(&str, &[Option<&str>])] = &[
        // A name that qualifies the speaker's title is not the speaker.
        (
            "“We held our nerve,” said Moscow envoy Marco Rubio.",
            &[Some("rubio")],
        ),
        (
            "“We held our nerve,” said Putin and Rubio.",
            &[Some("putin")],
        ),
        // A name after a plural possessive is an object too: "she" is the
        // subject's.
        (
            "Putin, who met the envoys' chief Marco Rubio in Moscow, spoke last. She said it was “a start”.",
            &[Some("putin")],
        ),
        // A name in apposition to an object is no clause's subject: "she"
        // goes back to the subject before it.
        (
            "Trump, who was joined by his envoy, Putin, spoke first.\nShe was blunt about it:\n“We are close.”",
            &[Some("trump")],
        ),
        // ... and one on an opening phrase with a possessive renames the
        // subject, which "he" goes back to.
        (
            "The Kremlin's envoy, Marco Rubio, met Trump. Speaking on Monday, he was relieved. “We are close,” he said.",
            &[Some("rubio")],
        ),
        // ... also after a hyphened noun.
        (
            "Trump visited Anchorage, where he met the state's governor, Putin, and its vice-governor, Rubio. “We are close,” he said.",
            &[Some("trump")],
        ),
        // An apposition between the name and the verb is the name's.
        (
            "As Marco Rubio, the envoys' chief, put it after the talks: “We are close.”",
            &[Some("rubio")],
        ),
        (
            "Hours later Marco Rubio, his deputy at the talks, told reporters: “We are close.”",
            &[Some("rubio")],
        ),
        // A naming verb gives the passage to its subject, never its object.
        (
            "Trump called Putin a “very tough negotiator”.",
            &[Some("trump")],
        ),
        (
            "Zelensky described Rubio as “a true friend of Ukraine”.",
            &[Some("zelenskyy")],
        ),
        (
            "Trump praised Putin as “a smart man” before he left.",
            &[Some("trump")],
        ),
        (
            "Putin has dubbed Zelensky “illegitimate” for months.",
            &[Some("putin")],
        ),
        // ... also when the subject is more than three words before the verb.
        (
            "Trump, in a late post on Sunday, called Putin “crazy”.",
            &[Some("trump")],
        ),
        // A person after a speech verb is its object when the verb has a subject word.
        (
            "Trump arrived late.\n“We are close,” he told Putin.",
            &[Some("trump")],
        ),
        ("“We are close,” an aide told Rubio.", &[None]),
        ("“We are close,” said Rubio to Trump.", &[Some("rubio")]),
        ("“We are close,” according to Rubio.", &[Some("rubio")]),
        ("“We are close,” he said of Putin.", &[None]),
        ("Trump said Putin was “a smart guy”.", &[Some("trump")]),
        ("Putin, Trump said, is “a smart guy”.", &[Some("trump")]),
        ("Putin, 72, wrote: “Enough.”", &[Some("putin")]),
        ("Rubio: “We are close.”", &[Some("rubio")]),
        // A name in quotation marks is no one's words.
        ("Putin joined Trump in the limousine known as “The Beast.”", &[None]),
        ("Putin rejected the so-called “peace plan” of Trump.", &[None]),
        // An object before the passage is not its speaker.
        ("An aide said the president saw Putin as “a very tough negotiator”.", &[None]),
        ("Trump met Putin and told reporters: “A great day.”", &[Some("trump")]),
        ("Trump, asked about Putin: “A great man.”", &[Some("trump")]),
        ("A statement from Putin: “We are ready.”", &[Some("putin")]),
        ("Officials said that Putin was “very angry”.", &[None]),
        ("After Trump spoke, he said “we are close”.", &[Some("trump")]),
        // Court copy: the judge rules and accuses; the accused is spoken about.
        (
            "Judge Putin ruled that Rubio’s filings were “plainly meant to harass”.",
            &[Some("putin")],
        ),
        ("Putin accused Rubio of “reckless” conduct.", &[Some("putin")]),
        ("Trump thanked Putin for his “warm welcome”.", &[Some("trump")]),
        // A quote run over several paragraphs, each opening with its mark.
        (
            "Rubio was blunt after the match:\n“We were poor.\n“We gave the ball away.\n“Nobody can defend that,” he said.",
            &[Some("rubio"), Some("rubio"), Some("rubio")],
        ),
        ("Rubio was told by Trump: “We are close.”", &[Some("rubio")]),
        // he/she: the last person named as a clause's subject.
        (
            "Trump said that Putin agreed to meet again. He added: “We will see.”",
            &[Some("trump")],
        ),
        (
            "Trump met Putin on Friday. Later he said: “A great day.”",
            &[Some("trump")],
        ),
        (
            "Zelensky spoke after a visibly tired Trump. She then said: “We will not give up.”",
            &[Some("zelenskyy")],
        ),
        (
            "Rubio sat with his counterpart Trump. He said: “Fine.”",
            &[Some("rubio")],
        ),
        (
            "Putin arrived, and Rubio greeted him. He said: “Welcome.”",
            &[Some("rubio")],
        ),
        (
            "Putin waited for Trump and Rubio. He said: “Late again.”",
            &[Some("putin")],
        ),
        // A name listed after another's comma shares its governor: "with
        // Putin, Rubio and aides present" makes neither a subject.
        (
            "Trump signed the deal, with Putin, Rubio and aides present. He said: “A great day.”",
            &[Some("trump")],
        ),
        // A later clause whose subject is a title and no name: the person
        // last named with that title.
        (
            "President Trump arrived with Rubio. Rubio spoke first. Later, the president thanked the crowd. “A great day,” he said.",
            &[Some("trump")],
        ),
        (
            "Rubio spoke first. In his speech, the envoy thanked the crowd. “A great day,” he said.",
            &[Some("rubio")],
        ),
        // A possessive name is not the speaker when a speech verb has another subject.
        ("Trump’s spokeswoman said “no deal” was near.", &[None]),
        ("Trump’s aide said: “We are close.”", &[None]),
        ("In Trump’s words: “no deal.”", &[Some("trump")]),
        // A passage opening its paragraph directly after an attributed one continues it.
        (
            "Trump said: “We are close.”\n“Very close.”",
            &[Some("trump"), Some("trump")],
        ),
        (
            "Trump said: “We are close.”\nPutin left early.\n“Very close.”",
            &[Some("trump"), None],
        ),
        ("“Very close.”\n“Closer.”", &[None, None]),
        (
            "“We will win!” Trump said.\n“Very soon.”",
            &[Some("trump"), Some("trump")],
        ),
        (
            "Trump called it “a good day” and then left for Washington.\n“Very close.”",
            &[Some("trump"), None],
        ),
        // "and Zelensky before moving on": a preposition after the name is no verb.
        (
            "Trump spoke. He would consult Rubio and Zelensky before moving on, noting “it is up to them.”",
            &[Some("trump")],
        ),
    ];

    #[test]
    fn speaker_table() {
        for (text, want) in SPEAKER_TABLE {
            let want: Vec<Option<String>> = want.iter().map(|s| s.map(str::to_string)).collect();
            assert_eq!(speaker_of(text), want, "{text}");
        }
    }

    /// (speaker, continued) of every quote in `text`, extracted with `options`.
    fn attributions(text: &str, options: &ExtractOptions) -> Vec<(Option<String>, bool)> {
        quote_fields(text, options, |speaker, continued, _| (speaker, continued))
    }

    /// `pick` of each quote's (speaker, continued, unnamed) in `text`.
    fn quote_fields<T>(
        text: &str,
        options: &ExtractOptions,
        pick: impl Fn(Option<String>, bool, bool) -> T,
    ) -> Vec<T> {
        extract(text, options)
            .mentions
            .into_iter()
            .filter_map(|m| match m.kind {
                MentionKind::Quote {
                    speaker,
                    continued,
                    unnamed,
                    ..
                } => Some(pick(speaker, continued, unnamed)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_continued_speaker_is_marked() {
        let text = "Trump said: “We are close.”\n“Very close.”";
        assert_eq!(
            attributions(text, &options()),
            [(some("trump"), false), (some("trump"), true)]
        );
    }

    #[test]
    fn a_claims_files_speech_verbs_name_speakers() {
        let text = "“Never,” harrumphed Rubio beside Trump.";
        assert_eq!(speaker_of(text), [None]);
        assert_eq!(
            attributions(text, &with_verbs(&["Harrumph"])),
            [(some("rubio"), false)]
        );
    }

    #[test]
    fn verb_forms_follow_english_spelling() {
        let has = |base: &str, form: &str| verb_forms(base).iter().any(|f| f == form);
        for (base, form) in [
            ("quip", "quipped"),
            ("quip", "quipping"),
            ("admit", "admits"),
            ("reply", "replied"),
            ("reply", "replies"),
            ("note", "noted"),
            ("note", "noting"),
            ("radio", "radioed"),
            ("stress", "stresses"),
            ("vow", "vowed"),
            ("tweet", "tweeted"),
        ] {
            assert!(has(base, form), "{base} → {form}");
        }
        assert!(!has("vow", "vowwed"));
        assert!(!has("reply", "replyed"));
    }

    #[test]
    fn two_speakers_in_one_sentence() {
        let text = "Trump said “yes” while Putin replied “no” and left.";
        assert_eq!(speaker_of(text), [some("trump"), some("putin")]);
    }
}
