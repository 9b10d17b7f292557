//! Test fixtures for the checker: a tiny tokenizer (words, one sentence per
//! line) and builders for claims and mentions, so the checker's rules can be
//! tested without the real extractor or claims loader.

use std::ops::Range;

use chrono::NaiveDate;

use crate::claims::{Claim, ClaimsFile, Entity, Examples, Rule, Severity};
use crate::extract::{DateValue, Extraction, Mention, MentionKind, Quantity, Sentence, Word};
use crate::interval::Interval;

/// Words of `text`: split as SPEC §2 says, quoted between `"`/`“”` marks.
pub(crate) fn words_of(text: &str) -> Vec<Word> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut quoted = false;
    let mut start: Option<usize> = None;
    let mut punct = false;
    let mut norm = String::new();
    let mut pending_punct = false;
    for (k, &(i, c)) in chars.iter().enumerate() {
        let prev = k > 0 && chars[k - 1].1.is_alphanumeric();
        let next = chars.get(k + 1).is_some_and(|n| n.1.is_alphanumeric());
        let joins = prev && next;
        let in_word = c.is_alphanumeric() || (joins && matches!(c, '\'' | '’' | '-' | '–'));
        if in_word {
            if start.is_none() {
                start = Some(i);
                punct = pending_punct;
                pending_punct = false;
            }
            match c {
                '’' => norm.push('\''),
                '–' => norm.push('-'),
                c => norm.extend(c.to_lowercase()),
            }
            continue;
        }
        if let Some(s) = start.take() {
            out.push(Word {
                span: s..i,
                quoted,
                punct_before: punct,
                dashed: text[s..i].contains(['-', '–']),
                plain: text[s..i].bytes().all(|b| b.is_ascii_alphanumeric()),
            });
        }
        if matches!(c, '"' | '“' | '”') {
            quoted = c == '“' || (c == '"' && !quoted);
        }
        if !c.is_whitespace() {
            pending_punct = true;
        }
    }
    if let Some(s) = start {
        out.push(Word {
            span: s..text.len(),
            quoted,
            punct_before: punct,
            dashed: text[s..].contains(['-', '–']),
            plain: text[s..].bytes().all(|b| b.is_ascii_alphanumeric()),
        });
    }
    out
}

/// An article under test: its text and an extraction built by hand.
pub(crate) struct Doc {
    pub text: String,
    pub ex: Extraction,
}

impl Doc {
    /// Words, and one sentence per non-empty line.
    pub(crate) fn new(text: &str) -> Self {
        let words = words_of(text);
        let mut sentences = Vec::new();
        let mut line_start = 0;
        for (paragraph, line) in text.split('\n').enumerate() {
            let span = line_start..line_start + line.len();
            line_start = span.end + 1;
            let first = words.partition_point(|w| w.span.start < span.start);
            let last = words.partition_point(|w| w.span.start < span.end);
            if first < last {
                sentences.push(Sentence {
                    span: words[first].span.start..words[last - 1].span.end,
                    words: first..last,
                    paragraph,
                });
            }
        }
        Doc {
            text: text.to_string(),
            ex: Extraction {
                mentions: Vec::new(),
                sentences,
                words,
            },
        }
    }

    fn span(&self, needle: &str) -> Range<usize> {
        let (needle, nth) = match needle.rsplit_once('#') {
            Some((n, k)) => (n, k.parse::<usize>().unwrap_or(1)),
            None => (needle, 1),
        };
        let start = self
            .text
            .match_indices(needle)
            .nth(nth - 1)
            .map(|(i, _)| i)
            .unwrap_or_else(|| panic!("{needle:?} not in fixture"));
        start..start + needle.len()
    }

    fn push(mut self, needle: &str, kind: MentionKind) -> Self {
        let span = self.span(needle);
        self.ex.mentions.push(Mention { span, kind });
        self.ex.mentions.sort_by_key(|m| (m.span.start, m.span.end));
        self
    }

    /// A duration mention (seconds) at the first occurrence of `needle` (`needle#2` for the second).
    pub(crate) fn duration(self, needle: &str, interval: Interval) -> Self {
        self.push(
            needle,
            MentionKind::Duration(Quantity {
                interval,
                hedge: None,
            }),
        )
    }

    /// A count mention.
    pub(crate) fn count(self, needle: &str, interval: Interval) -> Self {
        self.push(
            needle,
            MentionKind::Count {
                quantity: Quantity {
                    interval,
                    hedge: None,
                },
                noun: None,
                unit: None,
            },
        )
    }

    /// A date mention.
    pub(crate) fn date(self, needle: &str, value: DateValue) -> Self {
        self.push(needle, MentionKind::Date(value))
    }

    /// A year mention.
    pub(crate) fn year(self, needle: &str, years: Interval) -> Self {
        self.push(needle, MentionKind::Year { years, hedge: None })
    }

    /// An entity mention with a known id.
    pub(crate) fn entity(self, needle: &str, id: &str) -> Self {
        self.push(
            needle,
            MentionKind::Entity {
                id: Some(id.into()),
                name: needle.split('#').next().unwrap_or(needle).to_string(),
            },
        )
    }

    /// A quote mention; `needle` includes the marks.
    pub(crate) fn quote(self, needle: &str, speaker: Option<&str>) -> Self {
        let span = self.span(needle);
        let first = self.text[span.clone()]
            .chars()
            .next()
            .map_or(0, char::len_utf8);
        let last = self.text[span.clone()]
            .chars()
            .last()
            .map_or(0, char::len_utf8);
        let inner = span.start + first..span.end - last;
        self.push(
            needle,
            MentionKind::Quote {
                inner,
                speaker: speaker.map(str::to_string),
                continued: false,
                unnamed: false,
            },
        )
    }
}

/// Hours to a point interval in seconds.
pub(crate) fn hours(h: f64) -> Interval {
    Interval::point(h * 3600.0)
}

/// A claim with the given rule and cues, severity error.
pub(crate) fn claim(id: &str, rule: Rule, near: &[&str]) -> Claim {
    Claim {
        id: id.to_string(),
        about: format!("about {id}"),
        severity: Severity::Error,
        near: near.iter().map(|s| s.to_string()).collect(),
        not_near: Vec::new(),
        examples: Examples::default(),
        rule,
        key_span: 0..0,
        value_span: None,
    }
}

/// The same claim with `not-near` cues.
pub(crate) fn not_near(mut c: Claim, words: &[&str]) -> Claim {
    c.not_near = words.iter().map(|s| s.to_string()).collect();
    c
}

/// A claims file dated 2025-08-15 with the given entities and claims.
pub(crate) fn file(entities: &[(&str, &[&str])], claims: Vec<Claim>) -> ClaimsFile {
    ClaimsFile {
        path: "claims/test.yaml".into(),
        source: String::new(),
        event: "test event".into(),
        date: NaiveDate::from_ymd_opt(2025, 8, 15),
        hedge: 0.15,
        speech_verbs: Vec::new(),
        entities: entities
            .iter()
            .map(|(id, names)| Entity {
                id: id.to_string(),
                names: names.iter().map(|s| s.to_string()).collect(),
                implicit: false,
            })
            .collect(),
        claims,
    }
}

#[test]
fn tokenizer_marks_quotes_and_punctuation() {
    let w = words_of("Trump said, “We’ve made headway” today");
    let text = "Trump said, “We’ve made headway” today";
    let norms: Vec<String> = w.iter().map(|w| w.norm(text).into_owned()).collect();
    assert_eq!(
        norms,
        ["trump", "said", "we've", "made", "headway", "today"]
    );
    assert!(w[2].quoted && w[4].quoted && !w[5].quoted && !w[1].quoted);
    assert!(w[2].punct_before && !w[1].punct_before);
}

/// The word range of `needle` (words separated by single spaces, in their
/// comparison form) in `words` of `text`: for frame tests.
pub(crate) fn words_at(words: &[Word], text: &str, needle: &str) -> std::ops::Range<usize> {
    let n: Vec<&str> = needle.split(' ').collect();
    (0..words.len())
        .find(|&i| {
            n.iter()
                .enumerate()
                .all(|(k, w)| words.get(i + k).is_some_and(|x| x.norm(text) == *w))
        })
        .map(|i| i..i + n.len())
        .unwrap_or_else(|| panic!("“{needle}” is not in “{text}”"))
}
