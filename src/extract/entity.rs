//! Entity names: every spelling the options list, longest first.
//!
//! `entity := spelling ("'s" | "’s")?`, matched on whole words.
//!
//! Names are proper nouns, so a spelling matches case-sensitively ("Trump",
//! never "trump card"), with three allowances: curly and straight apostrophes
//! and the hyphen/en dash variants are the same character
//! ("Elmendorf–Richardson" matches `Elmendorf-Richardson`); a match written
//! entirely in capitals counts (headlines and datelines: "ANCHORAGE —"); and a
//! spelling the claims author wrote with no capital letter matches in any case.
//! White space between the words of a name may be any run of white space,
//! including a line break or a no-break space.
//!
//! At each word the longest spelling wins ("President Donald Trump" is one
//! mention when listed, not also "Donald Trump" or "Trump"), and matching goes
//! on after it. A possessive "’s" is left out of the span ("Putin’s" → "Putin").
//! A name inside a hyphenated compound ("Trump-Putin summit", "pro-Putin")
//! is a mention too. Without entities in the options nothing is found: the
//! extractor does not guess which capitalised words are names.
//!
//! Matching works on the words already split, looked up by their normalised
//! form. The spellings are indexed once per [`Index`] (once per run), and a
//! table of the bytes a spelling can start with turns most words away before
//! any hashing: an article costs about one table lookup per word.

use std::ops::Range;
use std::sync::Arc;

use super::words::{
    self, is_apostrophe, is_joining_dash, is_space, prefix_slot, WordMap, PREFIX_SLOTS,
};
use super::{ExtractOptions, Mention, MentionKind, Word};

/// One spelling of one entity, split the way articles are.
#[derive(Debug)]
struct Pattern {
    id: Arc<str>,
    /// Each word as written, apostrophes and dashes folded, case kept.
    surfaces: Vec<String>,
    /// Each word's normalised form (what the lookup uses).
    norms: Vec<String>,
    /// Whether each word has a capital letter (else it matches in any case).
    cased: Vec<bool>,
    /// Folded text between consecutive words.
    gaps: Vec<String>,
    /// Folded text after the last word ("U.S." has ".").
    trail: String,
    /// Length of the spelling, for longest-first.
    len: usize,
    /// A one-word spelling that is the last word of a longer one of its
    /// entity (a surname: "Lassen" of "Sofie Lassen").
    surname: bool,
}

/// Every spelling of every entity, indexed by the normalised form of its first word.
#[derive(Debug)]
pub struct Index {
    patterns: Vec<Pattern>,
    by_first: ByFirst,
    /// Which bytes a word that starts some spelling can start with. Spellings
    /// are mostly capitalised and most words are not, so this one table
    /// lookup spares the hash lookup for most words of an article.
    can_start: [bool; 256],
    /// Which pairs of first letters (see [`prefix_slot`]) a spelling starts
    /// with, when every spelling starts with letters: "The" and "This" pass
    /// `can_start` for "Trump" but stop here.
    prefixes: Option<Vec<bool>>,
    /// The spellings [`Index::variant_at`] may find one letter apart (a
    /// person's surname of six letters or more, "Zelenskyy"), in order,
    /// and the bytes they start with: most capitalised words of an article
    /// ("Monday", "Alaska") start with none of them and are turned away by
    /// one table lookup, without a walk over every spelling.
    variants: Vec<usize>,
    variant_start: [bool; 256],
}

/// Spellings by the normal form of their first word: short ASCII forms (all
/// but exotic names) by their [`words::pack`]ed bytes, so a plain word of the
/// article is looked up without normalising or hashing a string.
#[derive(Debug, Default)]
struct ByFirst {
    short: WordMap<u128, Vec<usize>>,
    long: WordMap<String, Vec<usize>>,
}

impl ByFirst {
    fn entry(&mut self, norm: &str) -> &mut Vec<usize> {
        match norm
            .is_ascii()
            .then(|| words::pack(norm.as_bytes()))
            .flatten()
        {
            Some(key) => self.short.entry(key).or_default(),
            None => self.long.entry(norm.to_string()).or_default(),
        }
    }

    /// The spellings whose first word normalises to `norm`.
    fn get(&self, norm: &str) -> Option<&Vec<usize>> {
        match norm
            .is_ascii()
            .then(|| words::pack(norm.as_bytes()))
            .flatten()
        {
            Some(key) => self.short.get(&key),
            None => self.long.get(norm),
        }
    }
}

/// An entity mention and the words it covers (one word for a name inside a
/// hyphenated compound).
pub type Found = (Mention, Range<usize>);

fn patterns(options: &ExtractOptions) -> Vec<Pattern> {
    let mut out = Vec::new();
    for entity in &options.entities {
        for name in &entity.names {
            let spans: Vec<Range<usize>> = words::spans(name).collect();
            let (Some(first), Some(last)) = (spans.first(), spans.last()) else {
                continue;
            };
            let surfaces = spans.iter().map(|s| fold(&name[s.clone()])).collect();
            let norms = spans
                .iter()
                .map(|s| words::normalize(&name[s.clone()]))
                .collect();
            let cased = spans
                .iter()
                .map(|s| name[s.clone()].chars().any(char::is_uppercase))
                .collect();
            let gaps = spans
                .windows(2)
                .map(|w| fold_gap(&name[w[0].end..w[1].start]))
                .collect();
            let trail = fold_gap(name[last.end..].trim_end_matches(is_space));
            out.push(Pattern {
                id: Arc::from(entity.id.as_str()),
                surfaces,
                norms,
                cased,
                gaps,
                trail,
                len: name[first.start..].trim_end_matches(is_space).len(),
                surname: false,
            });
        }
    }
    for p in 0..out.len() {
        let [only] = &out[p].norms[..] else { continue };
        let surname = out
            .iter()
            .any(|o| o.id == out[p].id && o.norms.len() >= 2 && o.norms.last() == Some(only));
        out[p].surname = surname;
    }
    out
}

impl Index {
    /// Indexes every spelling `options` lists.
    pub fn new(options: &ExtractOptions) -> Self {
        let patterns = patterns(options);
        let mut order: Vec<usize> = (0..patterns.len()).collect();
        // Longest first; among equals, the entity listed first.
        order.sort_by_key(|&i| {
            (
                std::cmp::Reverse(patterns[i].norms.len()),
                std::cmp::Reverse(patterns[i].len),
                i,
            )
        });
        let mut by_first = ByFirst::default();
        let mut can_start = [false; 256];
        for i in order {
            let pattern = &patterns[i];
            by_first.entry(&pattern.norms[0]).push(i);
            match pattern.surfaces[0].bytes().next() {
                // A cased spelling matches as written or in capitals; one
                // written in lower case matches in any case.
                Some(b) if b.is_ascii() => {
                    can_start[usize::from(b)] = true;
                    can_start[usize::from(b.to_ascii_uppercase())] = true;
                    if !pattern.cased[0] {
                        can_start[usize::from(b.to_ascii_lowercase())] = true;
                    }
                }
                // Upper and lower case of a non-ASCII letter may start with
                // different bytes: let every non-ASCII word through.
                Some(_) => can_start[0x80..].fill(true),
                None => {}
            }
        }
        let mut prefixes = Some(vec![false; PREFIX_SLOTS]);
        for pattern in &patterns {
            match (prefix_slot(pattern.norms[0].as_bytes()), prefixes.as_mut()) {
                (Some(slot), Some(table)) => table[slot] = true,
                _ => prefixes = None,
            }
        }
        let variants: Vec<usize> = (0..patterns.len())
            .filter(|&p| {
                let p = &patterns[p];
                p.surname && p.surfaces.len() == 1 && p.surfaces[0].len() >= 6
            })
            .collect();
        let mut variant_start = [false; 256];
        for &p in &variants {
            variant_start[usize::from(patterns[p].surfaces[0].as_bytes()[0])] = true;
        }
        Index {
            patterns,
            by_first,
            can_start,
            prefixes,
            variants,
            variant_start,
        }
    }

    /// Every entity mention among `words` of `text`, in order.
    pub fn find(&self, text: &str, words: &[Word]) -> Vec<Found> {
        if self.patterns.is_empty() {
            return Vec::new();
        }
        // (Names are a few words in a hundred of news text: room for them,
        // so that the list is not copied again each time it grows.)
        let mut out = Vec::with_capacity(words.len() / 16 + 4);
        let mut buf = String::new();
        let mut i = 0;
        while let Some(word) = words.get(i) {
            // Most words start with no spelling's first byte and hold no
            // dash: one table lookup turns them away.
            let may_start = self.can_start[usize::from(text.as_bytes()[word.span.start])];
            if !may_start && !word.dashed {
                i += 1;
                continue;
            }
            match self
                .longest_at(text, words, i, &mut buf)
                .filter(|&(_, _, _, p)| {
                    let someone_else =
                        self.patterns[p].surname && self.another_first_name(text, words, i, p);
                    !(someone_else || inside_longer_name(text, words, i))
                }) {
                Some((span, n, id, _)) => {
                    out.push((mention(text, span, id), i..i + n));
                    i += n;
                }
                None => {
                    if let Some(p) = self.variant_at(text, word) {
                        out.push((
                            mention(text, word.span.clone(), &self.patterns[p].id),
                            i..i + 1,
                        ));
                    } else {
                        self.inside_compound(text, words, i, &mut out);
                    }
                    i += 1;
                }
            }
        }
        out
    }

    /// The surname spelled one letter apart from `word`, if any: a
    /// transliteration of the same name ("Tesema" for "Tessema", "Zelensky"
    /// for "Zelenskyy"). Only for names of six letters or more with the
    /// same first letter, and only for a person's surname.
    fn variant_at(&self, text: &str, word: &Word) -> Option<usize> {
        let surface = &text[word.span.clone()];
        if surface.len() < 6
            || !self.variant_start[usize::from(surface.as_bytes()[0])]
            || !surface.starts_with(|c: char| c.is_ascii_uppercase())
            || !surface.bytes().all(|b| b.is_ascii_alphabetic())
        {
            return None;
        }
        self.variants.iter().copied().find(|&p| {
            let p = &self.patterns[p];
            p.surfaces[0].as_bytes()[0] == surface.as_bytes()[0]
                // (Not a plural: "the Ekholts" are paintings.)
                && surface.strip_suffix('s') != Some(p.surfaces[0].as_str())
                && one_edit_apart(&p.surfaces[0], surface)
        })
    }

    /// The longest spelling starting at word `i`: its span, word count and id.
    fn longest_at(
        &self,
        text: &str,
        words: &[Word],
        i: usize,
        buf: &mut String,
    ) -> Option<(Range<usize>, usize, &Arc<str>, usize)> {
        let surface = &text.as_bytes()[words[i].span.clone()];
        if !self.can_start[usize::from(surface[0])] {
            return None;
        }
        if let Some(prefixes) = &self.prefixes {
            if !prefix_slot(surface).is_some_and(|slot| prefixes[slot]) {
                return None;
            }
        }
        let (direct, possessive) = if words[i].plain {
            // Letters and digits only: its own packed bytes are the key, and
            // it has no possessive.
            let direct = match words::pack_at(text.as_bytes(), words[i].span.clone()) {
                Some(key) => self.by_first.short.get(&key),
                None => self
                    .by_first
                    .get(words::normalize_into(&text[words[i].span.clone()], buf)),
            };
            (direct, None)
        } else {
            let norm = words::normalize_into(&text[words[i].span.clone()], buf);
            let possessive = norm
                .strip_suffix("'s")
                .and_then(|stem| self.by_first.get(stem));
            (self.by_first.get(norm), possessive)
        };
        let mut candidates: Vec<usize> = match (direct, possessive) {
            (None, None) => return None,
            (Some(only), None) | (None, Some(only)) => {
                return only.iter().find_map(|&p| self.fits(text, words, i, p));
            }
            (Some(direct), Some(possessive)) => direct.iter().chain(possessive).copied().collect(),
        };
        candidates.sort_by_key(|&p| {
            (
                std::cmp::Reverse(self.patterns[p].norms.len()),
                std::cmp::Reverse(self.patterns[p].len),
                p,
            )
        });
        candidates
            .into_iter()
            .find_map(|p| self.fits(text, words, i, p))
    }

    /// Spelling `p` at word `i`: its span, word count and id, if it matches there.
    fn fits(
        &self,
        text: &str,
        words: &[Word],
        i: usize,
        p: usize,
    ) -> Option<(Range<usize>, usize, &Arc<str>, usize)> {
        let pattern = &self.patterns[p];
        let span = matches_at(text, words, i, pattern)?;
        Some((span, pattern.norms.len(), &pattern.id, p))
    }

    /// Names inside a hyphenated word: "Trump-Putin", "pro-Putin".
    fn inside_compound(&self, text: &str, words: &[Word], i: usize, out: &mut Vec<Found>) {
        let word = &words[i];
        if !word.dashed {
            return;
        }
        let surface = &text[word.span.clone()];
        let mut start = 0;
        let parts = surface
            .char_indices()
            .filter(|&(_, c)| is_joining_dash(c))
            .map(|(i, c)| (i, i + c.len_utf8()))
            .chain(std::iter::once((surface.len(), surface.len())));
        for (end, next) in parts {
            let part = &surface[start..end];
            let (part, _) = strip_possessive(part);
            // An ASCII part's normal form packed is the part packed (the
            // key lower-cases it): looked up without a lower-cased copy.
            let first = match part
                .is_ascii()
                .then(|| words::pack(part.as_bytes()))
                .flatten()
            {
                Some(key) => self.by_first.short.get(&key),
                None => self.by_first.get(&words::normalize(part)),
            };
            let found = first.and_then(|candidates| {
                candidates.iter().find(|&&p| {
                    let pattern = &self.patterns[p];
                    pattern.norms.len() == 1
                        && pattern.trail.is_empty()
                        && case_fits(&[part], pattern)
                })
            });
            if let Some(&p) = found {
                let from = word.span.start + start;
                out.push((
                    mention(text, from..from + part.len(), &self.patterns[p].id),
                    i..i + 1,
                ));
            }
            start = next;
        }
    }

    /// Whether word `i`, surname spelling `p`, follows a first name of
    /// someone else: "the shipping owner Edvard Lassen" is not Sofie
    /// Lassen. The word before is capitalised, in lower case after its
    /// first letter, of two letters or more, right before it on its line
    /// with nothing between but spaces, and no title ("Mayor", "Judge"),
    /// calendar word ("Monday"), word that may open a sentence (one after a
    /// full stop, a quotation mark or a line break), or spelling of the
    /// entity's own first name ("Dmitrij Sarkis" for Dmitri Sarkis: the
    /// same first four letters).
    fn another_first_name(&self, text: &str, words: &[Word], i: usize, p: usize) -> bool {
        if i < 2 || words[i].punct_before {
            return false;
        }
        let prev = &words[i - 1];
        let surface = &text[prev.span.clone()];
        let mut chars = surface.chars();
        let name_like = prev.plain
            && surface.len() >= 2
            && chars.next().is_some_and(char::is_uppercase)
            && chars.all(char::is_lowercase);
        let gap = &text[prev.span.end..words[i].span.start];
        if !name_like || !gap.bytes().all(|b| b == b' ' || b == b'\t') {
            return false;
        }
        let before = &text[words[i - 2].span.end..prev.span.start];
        if before.contains(['.', '!', '?', '\n', '"', '\u{201c}', ':', '(']) {
            return false;
        }
        let norm = surface.to_lowercase();
        let head: String = norm.chars().take(4).collect();
        let own = self.patterns.iter().any(|o| {
            o.id == self.patterns[p].id
                && o.norms.len() >= 2
                && o.norms[0].chars().take(4).eq(head.chars())
        });
        !own && !super::quote::BEFORE_A_NAME.contains(&norm.as_str())
            && !super::quote::role_noun(&norm)
            && !super::is_calendar_word(&norm)
    }
}

/// Whether word `i` ends a longer place name that a capitalised
/// qualifier opens: "Upper Tarvan province" is not the village of Tarvan,
/// nor "North Harrow" Harrow, nor "Lake Orsk" Orsk. (A spelling the claims
/// author gave in full, "Port Delvane", matches from its own first word.)
fn inside_longer_name(text: &str, words: &[Word], i: usize) -> bool {
    const QUALIFIERS: &[&str] = &[
        "Upper", "Lower", "North", "South", "East", "West", "Northern", "Southern", "Eastern",
        "Western", "Greater", "Little", "Great", "New", "Old", "Mount", "Lake", "Port", "Fort",
        "Cape",
    ];
    let Some(prev) = i.checked_sub(1).map(|k| &words[k]) else {
        return false;
    };
    let gap = &text[prev.span.end..words[i].span.start];
    !words[i].punct_before
        && gap.bytes().all(|b| b == b' ')
        && QUALIFIERS.contains(&&text[prev.span.clone()])
}

/// The span of `pattern` at word `i`, if it matches there.
fn matches_at(text: &str, words: &[Word], i: usize, pattern: &Pattern) -> Option<Range<usize>> {
    let n = pattern.norms.len();
    let matched = words.get(i..i + n)?;
    let mut end = 0;
    // Exact case (as folded) on every cased word, or every word in capitals.
    let mut exact = true;
    let mut capitals = true;
    for (k, word) in matched.iter().enumerate() {
        if k > 0 {
            let gap = &text[matched[k - 1].span.end..word.span.start];
            if gap != pattern.gaps[k - 1] && fold_gap(gap) != pattern.gaps[k - 1] {
                return None;
            }
        }
        let surface = &text[word.span.clone()];
        let last = k + 1 == n;
        let surface = if words::norm_eq(surface, &pattern.norms[k]) {
            surface
        } else if last && pattern.trail.is_empty() {
            let (stem, possessive) = strip_possessive(surface);
            if possessive.is_empty() || !words::norm_eq(stem, &pattern.norms[k]) {
                return None;
            }
            stem
        } else {
            return None;
        };
        end = word.span.start + surface.len();
        exact &= !pattern.cased[k]
            || surface == pattern.surfaces[k]
            || fold(surface) == pattern.surfaces[k];
        capitals &= in_capitals(surface);
    }
    if !exact && !capitals {
        return None;
    }
    if !pattern.trail.is_empty() {
        let after = &text[end..];
        let len = folded_prefix_len(after, &pattern.trail)?;
        end += len;
    }
    Some(matched[0].span.start..end)
}

/// Exact case (as folded) on every word, or every word in capitals.
fn case_fits(surfaces: &[&str], pattern: &Pattern) -> bool {
    let exact = surfaces
        .iter()
        .zip(&pattern.surfaces)
        .zip(&pattern.cased)
        .all(|((s, p), &cased)| !cased || fold(s) == *p);
    exact || surfaces.iter().all(|s| in_capitals(s))
}

/// Written in capitals: some upper-case letter and no lower-case one.
fn in_capitals(s: &str) -> bool {
    !s.chars().any(char::is_lowercase) && s.chars().any(char::is_uppercase)
}

/// Splits a trailing possessive "'s"/"’s" off a word: ("Putin", "’s").
fn strip_possessive(word: &str) -> (&str, &str) {
    let Some(rest) = word.strip_suffix(['s', 'S']) else {
        return (word, "");
    };
    match rest.chars().next_back() {
        Some(c) if is_apostrophe(c) => {
            let stem = &rest[..rest.len() - c.len_utf8()];
            (stem, &word[stem.len()..])
        }
        _ => (word, ""),
    }
}

/// The byte length of the prefix of `text` that folds to `want`, if any.
fn folded_prefix_len(text: &str, want: &str) -> Option<usize> {
    let mut len = 0;
    let mut folded = String::new();
    for c in text.chars() {
        if folded.len() >= want.len() {
            break;
        }
        folded.push_str(&fold_gap(c.encode_utf8(&mut [0; 4])));
        len += c.len_utf8();
    }
    (folded == want).then_some(len)
}

fn mention(text: &str, span: Range<usize>, id: &Arc<str>) -> Mention {
    Mention {
        kind: MentionKind::Entity {
            id: Some(Arc::clone(id)),
            name: text[span.clone()].to_string(),
        },
        span,
    }
}

/// Apostrophes to `'` and joining dashes to `-`, case kept.
fn fold(s: &str) -> String {
    s.chars()
        .map(|c| {
            if is_apostrophe(c) {
                '\''
            } else if is_joining_dash(c) {
                '-'
            } else {
                c
            }
        })
        .collect()
}

/// Like [`fold`], with every run of white space made one space.
fn fold_gap(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_space = false;
    for c in s.chars() {
        if is_space(c) {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
            continue;
        }
        in_space = false;
        out.push(if is_apostrophe(c) {
            '\''
        } else if is_joining_dash(c) {
            '-'
        } else {
            c
        });
    }
    out
}

/// Whether `a` and `b` differ by exactly one inserted, deleted or changed
/// byte (ASCII names).
fn one_edit_apart(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a == b || a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[prefix..], &b[prefix..]);
    match ra.len().cmp(&rb.len()) {
        std::cmp::Ordering::Equal => ra[1..] == rb[1..],
        std::cmp::Ordering::Greater => ra[1..] == *rb,
        std::cmp::Ordering::Less => *ra == rb[1..],
    }
}

#[cfg(test)]
mod tests {
    use super::super::{words::tokenize, EntityNames};
    use super::*;

    fn options(entities: &[(&str, &[&str])]) -> ExtractOptions {
        ExtractOptions {
            entities: entities
                .iter()
                .map(|(id, names)| EntityNames {
                    id: id.to_string(),
                    names: names.iter().map(|n| n.to_string()).collect(),
                })
                .collect(),
            ..ExtractOptions::default()
        }
    }

    #[test]
    fn long_and_non_ascii_names_are_found_too() {
        let entities: &[(&str, &[&str])] =
            &[("c", &["Constantinopolitan"]), ("e", &["Élysée Palace"])];
        let got = found(
            "The Constantinopolitan envoy left the Élysée Palace",
            entities,
        );
        assert_eq!(
            got,
            [
                ("Constantinopolitan", "c".to_string()),
                ("Élysée Palace", "e".to_string())
            ]
        );
    }

    #[test]
    fn found_names_carry_the_words_they_cover() {
        let text = "President Donald Trump met pro-Putin aides";
        let words = tokenize(text, &[]);
        let index = Index::new(&options(&[
            ("trump", &["President Donald Trump", "Trump"]),
            ("putin", &["Putin"]),
        ]));
        let covered: Vec<Range<usize>> = index
            .find(text, &words)
            .into_iter()
            .map(|(_, covered)| covered)
            .collect();
        assert_eq!(covered, [0..3, 4..5]);
    }

    fn found<'t>(text: &'t str, entities: &[(&str, &[&str])]) -> Vec<(&'t str, String)> {
        let words = tokenize(text, &[]);
        Index::new(&options(entities))
            .find(text, &words)
            .into_iter()
            .map(|(m, _)| {
                let MentionKind::Entity { id, name } = m.kind else {
                    panic!("not an entity");
                };
                assert_eq!(name, &text[m.span.clone()]);
                (&text[m.span], id.as_deref().unwrap_or_default().to_string())
            })
            .collect()
    }

    const PEOPLE: &[(&str, &[&str])] = &[
        ("trump", &["Donald Trump", "President Trump", "Trump"]),
        ("putin", &["Vladimir Putin", "Putin"]),
        (
            "zelenskyy",
            &["Volodymyr Zelenskyy", "Zelenskyy", "Zelenskiy", "Zelensky"],
        ),
        (
            "jber",
            &[
                "Joint Base Elmendorf-Richardson",
                "Elmendorf-Richardson",
                "JBER",
            ],
        ),
        ("us", &["U.S."]),
    ];

    #[test]
    fn a_surname_after_someone_elses_first_name_is_not_the_entity() {
        let lassen: &[(&str, &[&str])] = &[("lassen", &["Sofie Lassen", "Lassen"])];
        let names = |text| -> Vec<String> {
            found(text, lassen)
                .into_iter()
                .map(|(s, _)| s.to_string())
                .collect()
        };
        assert!(names("It was bought by the shipping owner Edvard Lassen in 1956.").is_empty());
        // A title, a day, a sentence's start or another spelling of her
        // first name is no other first name.
        assert_eq!(names("Mayor Lassen spoke on Monday."), ["Lassen"]);
        assert_eq!(names("On Monday Lassen spoke."), ["Lassen"]);
        assert_eq!(names("It rained. Lassen spoke."), ["Lassen"]);
        assert_eq!(names("Looking Ahead\n\nLassen spoke."), ["Lassen"]);
        assert_eq!(names("The heir Sofia Lassen spoke."), ["Lassen"]);
        assert_eq!(names("The heir Sofie Lassen spoke."), ["Sofie Lassen"]);
    }

    #[test]
    fn longest_spelling_wins() {
        assert_eq!(
            found(
                "U.S. President Donald Trump met Trump’s rival, President Trump said.",
                PEOPLE
            ),
            [
                ("U.S.", "us".to_string()),
                ("Donald Trump", "trump".to_string()),
                ("Trump", "trump".to_string()),
                ("President Trump", "trump".to_string()),
            ]
        );
    }

    #[test]
    fn possessives_are_left_out_of_the_span() {
        assert_eq!(
            found("Putin’s visit and Putin's smile; Zelensky's plan", PEOPLE),
            [
                ("Putin", "putin".to_string()),
                ("Putin", "putin".to_string()),
                ("Zelensky", "zelenskyy".to_string()),
            ]
        );
    }

    #[test]
    fn dash_and_apostrophe_variants_fold() {
        assert_eq!(
            found(
                "at Joint Base Elmendorf–Richardson and Elmendorf‑Richardson",
                PEOPLE
            ),
            [
                ("Joint Base Elmendorf–Richardson", "jber".to_string()),
                ("Elmendorf‑Richardson", "jber".to_string()),
            ]
        );
    }

    #[test]
    fn case_matters_except_in_capitals() {
        assert_eq!(
            found("trump card, TRUMP SAYS, DONALD TRUMP and Jber", PEOPLE),
            [
                ("TRUMP", "trump".to_string()),
                ("DONALD TRUMP", "trump".to_string())
            ]
        );
    }

    #[test]
    fn a_lower_case_spelling_matches_any_case() {
        assert_eq!(
            found("Kyiv and KYIV and kyiv", &[("kyiv", &["kyiv"])]),
            [
                ("Kyiv", "kyiv".to_string()),
                ("KYIV", "kyiv".to_string()),
                ("kyiv", "kyiv".to_string()),
            ]
        );
    }

    #[test]
    fn names_match_whole_words_across_any_white_space() {
        assert_eq!(
            found("Putinism, Vladimir\nPutin and Vladimir\u{a0}Putin", PEOPLE),
            [
                ("Vladimir\nPutin", "putin".to_string()),
                ("Vladimir\u{a0}Putin", "putin".to_string()),
            ]
        );
    }

    #[test]
    fn names_inside_hyphenated_compounds() {
        assert_eq!(
            found("the Trump-Putin summit and a pro-Zelensky rally", PEOPLE),
            [
                ("Trump", "trump".to_string()),
                ("Putin", "putin".to_string()),
                ("Zelensky", "zelenskyy".to_string()),
            ]
        );
    }

    #[test]
    fn punctuation_inside_a_name_must_match() {
        assert_eq!(
            found("the U.S and U.S.", PEOPLE),
            [("U.S.", "us".to_string())]
        );
    }

    #[test]
    fn a_surname_spelled_one_letter_apart_is_the_same_person() {
        let tessema: &[(&str, &[&str])] = &[("tessema", &["Yonas Tessema", "Tessema"])];
        assert_eq!(
            found("Tesema told reporters he ran on.", tessema),
            vec![("Tesema", "tessema".to_string())]
        );
        // Not a plural ("the Tessemas"), another first letter, a short name
        // or two letters apart.
        assert!(found("The Tessemas ran on.", tessema).is_empty());
        assert!(found("Messema ran on. Tesemma ran on. Tessemaa ran on.", tessema).len() == 1);
        let short: &[(&str, &[&str])] = &[("hart", &["Ann Hart", "Hart"])];
        assert!(found("Harte ran on.", short).is_empty());
    }

    #[test]
    fn without_entities_nothing_is_found() {
        assert!(found("Donald Trump met Vladimir Putin", &[]).is_empty());
    }
}
