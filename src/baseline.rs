//! Baselines: today's known problems, recorded so that CI fails only on new ones.
//!
//! A baseline entry is keyed on what a problem *is*, never on where it sits:
//! the claim id, the article path, the mention's text (lower-cased, white space
//! collapsed), its normalised value, and its *context*: a hash of up to
//! [`CONTEXT_WORDS`] words on each side of the mention in its sentence,
//! leaving out words that hold a digit or belong to another mention
//! ([`context`]). Editing, adding or moving other paragraphs changes line
//! numbers and byte offsets but none of these, so the entry still matches;
//! fixing *another* mention of the same sentence ("12-hour" → "three-hour")
//! does not touch it either, which a hash of the whole sentence did (issue
//! 14). Rewriting the words around the mention makes the problem new again,
//! which is what a reviewer wants to see.
//!
//! Matching counts: an entry absorbs one finding, so a second identical
//! mention in the same sentence is new. Entries that match nothing are stale
//! (the problem was fixed, or the sentence rewritten) and are reported, not
//! failed on.
//!
//! The file is JSON (`factcheck-baseline/2`), entries sorted, so that writing
//! the same findings twice gives the same bytes and diffs stay small. A
//! `factcheck-baseline/1` file (keyed on a hash of the whole sentence, which
//! cannot be recomputed from a finding now) still loads: each of its entries
//! matches a finding of the same claim, article and mention text, and the
//! next `baseline write` migrates it. Writing is atomic: a temporary file in
//! the same directory, then a rename, so a killed run never leaves half a
//! baseline behind.

use std::collections::BTreeMap;
use std::io::Write;
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::check::{Candidate, Finding, Verdict};
use crate::extract::Extraction;

/// The `schema` value of a baseline file.
pub const SCHEMA: &str = "factcheck-baseline/2";

/// The schema of baselines keyed on whole sentences, still read.
pub const SCHEMA_V1: &str = "factcheck-baseline/1";

/// Words of context on each side of a mention in its key.
pub const CONTEXT_WORDS: usize = 3;

/// Whether a finding was already in the baseline (SARIF's `baselineState`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BaselineState {
    /// Not in the baseline: fails CI.
    New,
    /// Recorded in the baseline.
    Unchanged,
}

impl BaselineState {
    /// The lower-case name used in JSON and SARIF.
    pub fn as_str(self) -> &'static str {
        match self {
            BaselineState::New => "new",
            BaselineState::Unchanged => "unchanged",
        }
    }
}

/// One recorded problem.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// The article's path, forward slashes, no leading `./`.
    pub article: String,
    /// The claim's id.
    pub claim: String,
    /// The mention's text, normalised (see [`normalise`]).
    pub text: String,
    /// The mention's normalised value ("12h"); empty in a `/1` entry.
    #[serde(default)]
    pub value: String,
    /// The context hash, 16 hex digits (a string: JSON numbers lose 64-bit
    /// precision); `None` in a `/1` entry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<String>,
    /// A `/1` entry's sentence hash, kept as read; never written by this version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sentence: Option<String>,
    /// The verdict when recorded; informative only, not part of the key.
    pub verdict: String,
    /// The hash of the key fields, 16 hex digits: the finding's identity.
    pub fingerprint: String,
}

impl Entry {
    /// True for an entry of a `/1` baseline, matched on claim, article and text.
    pub fn is_legacy(&self) -> bool {
        self.context.is_none()
    }
}

/// A baseline file's contents.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    /// Always [`SCHEMA`].
    pub schema: String,
    /// The entries, sorted.
    pub entries: Vec<Entry>,
}

/// How a report's findings compare with a baseline.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Comparison {
    /// One per finding of the report: `None` for supports.
    pub states: Vec<Option<BaselineState>>,
    /// Entries that matched no finding.
    pub stale: Vec<Entry>,
}

/// Why a baseline could not be read or written.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum BaselineError {
    /// The file could not be read or written.
    #[error("baseline {}: {source}", path.display())]
    #[diagnostic(code(factcheck::baseline::io))]
    Io {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The file is not a factcheck baseline.
    #[error("baseline {}: not a {SCHEMA} file: {message}", path.display())]
    #[diagnostic(
        code(factcheck::baseline::format),
        help("write a fresh one with `factcheck baseline write FILE`")
    )]
    Format {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
}

/// The mention text as the key sees it: lower-case, white space collapsed to single spaces.
pub fn normalise(text: &str) -> String {
    text.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The article path as the key sees it: forward slashes, no leading `./`.
pub fn normalise_path(path: &str) -> String {
    let mut p = path.replace('\\', "/");
    while let Some(rest) = p.strip_prefix("./") {
        p = rest.to_string();
    }
    p
}

/// FNV-1a 64: stable across runs, platforms and Rust versions, unlike `DefaultHasher`.
fn fnv1a(parts: &[&[u8]]) -> u64 {
    let mut h = Fnv::default();
    for part in parts {
        h.part(part.iter().copied());
    }
    h.0
}

/// [`fnv1a`] fed one part at a time, so that a caller hashes words as it
/// reads them instead of collecting them first.
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    fn part(&mut self, bytes: impl Iterator<Item = u8>) {
        // A separator no UTF-8 text holds keeps ("ab","c") apart from ("a","bc").
        for b in bytes.chain(std::iter::once(0xff)) {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }

    /// A word's normal form as one part: an ASCII word's is its bytes
    /// lower-cased, hashed as they are read (most words); others are made.
    fn word(&mut self, word: &crate::extract::Word, text: &str) {
        let surface = &text[word.span.clone()];
        if word.plain || surface.is_ascii() {
            self.part(surface.bytes().map(|b| b.to_ascii_lowercase()));
        } else {
            self.part(word.norm(text).bytes());
        }
    }
}

/// The identity of a problem: claim, article, normalised mention text and
/// value, and the hash of its context.
pub fn fingerprint(claim: &str, article: &str, text: &str, value: &str, context: u64) -> u64 {
    fnv1a(&[
        claim.as_bytes(),
        normalise_path(article).as_bytes(),
        normalise(text).as_bytes(),
        value.as_bytes(),
        &context.to_le_bytes(),
    ])
}

/// The fingerprint of a finding of the article at `article`, as 16 hex digits.
pub fn finding_fingerprint(finding: &Finding, article: &str) -> String {
    format!(
        "{:016x}",
        fingerprint(
            &finding.claim,
            article,
            &finding.text,
            &finding.value,
            finding.fingerprint
        )
    )
}

/// The context of the mention at `span`: up to [`CONTEXT_WORDS`] words on
/// each side of it in its sentence, normalised, leaving out words that hold
/// a digit or overlap another mention in `others` (sorted by start; fixing
/// one of them must not change this one's key). Hashed with FNV-1a, stable
/// across runs. Cost is bounded whatever the sentence's length (a 27 MB
/// line is one sentence).
pub fn context(
    extraction: &Extraction,
    text: &str,
    span: &Range<usize>,
    others: &[Range<usize>],
) -> u64 {
    /// How many words are looked at on each side, at most.
    const REACH: usize = 24;
    let sentence = extraction
        .sentences
        .partition_point(|s| s.span.end <= span.start);
    let words = match extraction.sentences.get(sentence) {
        Some(s) if s.span.start <= span.start => &extraction.words[s.words.clone()],
        _ => &[][..],
    };
    let is_other = |w: &Range<usize>| {
        let below = others.partition_point(|o| o.start < w.end);
        others[..below]
            .iter()
            .rev()
            .take(8)
            .any(|o| o.end > w.start && !(o.start <= span.start && span.end <= o.end))
    };
    let kept = |w: &&crate::extract::Word| {
        !text[w.span.clone()].bytes().any(|b| b.is_ascii_digit()) && !is_other(&w.span)
    };
    let at = words.partition_point(|w| w.span.end <= span.start);
    // The words before, nearest first, are hashed in text order: they are
    // kept on the stack, and every word is hashed as it is read, without
    // making its normal form (one key per candidate of every article).
    let mut before = [None; CONTEXT_WORDS];
    for (slot, w) in before
        .iter_mut()
        .zip(words[..at].iter().rev().take(REACH).filter(kept))
    {
        *slot = Some(w);
    }
    let mut h = Fnv::default();
    for w in before.iter().rev().flatten() {
        h.word(w, text);
    }
    h.part(b"|".iter().copied());
    let after_at = words.partition_point(|w| w.span.start < span.end);
    for w in words[after_at..]
        .iter()
        .take(REACH)
        .filter(kept)
        .take(CONTEXT_WORDS)
    {
        h.word(w, text);
    }
    h.0
}

/// Keys one article's candidates per mention for baselines: each
/// candidate's fingerprint becomes its [`context`] among the others.
pub fn key_candidates(candidates: &mut [Candidate], extraction: &Extraction, text: &str) {
    let mut spans: Vec<Range<usize>> = candidates.iter().map(|c| c.span.clone()).collect();
    spans.sort_by_key(|s| (s.start, s.end));
    spans.dedup();
    for c in candidates.iter_mut() {
        c.fingerprint = context(extraction, text, &c.span, &spans);
    }
}

impl Baseline {
    /// Records every problem (not the supports) of a run's findings, each
    /// given with its article's path.
    pub fn from_findings<'a>(findings: impl IntoIterator<Item = (&'a Finding, &'a str)>) -> Self {
        let mut entries: Vec<Entry> = findings
            .into_iter()
            // A suppressed problem is accepted in the article itself.
            .filter(|(f, _)| f.verdict != Verdict::Supports && f.suppressed.is_none())
            .map(|(f, path)| Entry {
                article: normalise_path(path),
                claim: f.claim.to_string(),
                text: normalise(&f.text),
                value: f.value.to_string(),
                context: Some(format!("{:016x}", f.fingerprint)),
                sentence: None,
                verdict: f.verdict.as_str().to_string(),
                fingerprint: finding_fingerprint(f, path),
            })
            .collect();
        entries.sort();
        Baseline {
            schema: SCHEMA.to_string(),
            entries,
        }
    }

    /// The file's text: pretty JSON ending in a newline.
    pub fn to_json(&self) -> String {
        // Strings and vectors of strings always serialise.
        let mut s = serde_json::to_string_pretty(self).unwrap_or_default();
        s.push('\n');
        s
    }

    /// Parses a baseline file's text; `path` is only for messages.
    pub fn parse(path: &Path, text: &str) -> Result<Self, BaselineError> {
        let format = |message: String| BaselineError::Format {
            path: path.to_path_buf(),
            message,
        };
        let baseline: Baseline = serde_json::from_str(text).map_err(|e| format(e.to_string()))?;
        match baseline.schema.as_str() {
            SCHEMA => {}
            // Migrated: its entries match on claim, article and text (module docs).
            SCHEMA_V1 => {
                let mut migrated = baseline;
                for e in &mut migrated.entries {
                    e.context = None;
                }
                return Ok(migrated);
            }
            other => return Err(format(format!("schema is `{other}`"))),
        }
        if let Some(e) = baseline.entries.iter().find(|e| e.context.is_none()) {
            return Err(format(format!(
                "the entry for `{}` in {} has no `context`",
                e.claim, e.article
            )));
        }
        Ok(baseline)
    }

    /// Reads and parses a baseline file.
    pub fn read(path: &Path) -> Result<Self, BaselineError> {
        let text = std::fs::read_to_string(path).map_err(|source| BaselineError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        Self::parse(path, &text)
    }

    /// Writes the baseline atomically: a temporary file beside `path`, then a rename.
    pub fn write(&self, path: &Path) -> Result<(), BaselineError> {
        let io = |source| BaselineError::Io {
            path: path.to_path_buf(),
            source,
        };
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "baseline".into());
        let tmp = path.with_file_name(format!(".{name}.tmp-{}", std::process::id()));
        let result = (|| {
            let mut file = std::fs::File::create(&tmp)?;
            file.write_all(self.to_json().as_bytes())?;
            file.sync_all()?;
            std::fs::rename(&tmp, path)
        })();
        if result.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        result.map_err(io)
    }

    /// Matches a run's problems (each given with its article's path, in
    /// report order) against the entries, each entry absorbing one finding.
    ///
    /// `in_scope` says which articles were checked; entries for other articles
    /// are neither matched nor stale (`--changed-since` leaves them alone).
    pub fn compare<'a>(
        &self,
        findings: impl IntoIterator<Item = (&'a Finding, &'a str)>,
        in_scope: impl Fn(&str) -> bool,
    ) -> Comparison {
        let mut matcher = Matcher::new(self);
        let states = findings
            .into_iter()
            .map(|(f, path)| matcher.state(f, path))
            .collect();
        Comparison {
            states,
            stale: matcher.stale(in_scope),
        }
    }
}

/// Matches a run's problems against a baseline's entries one finding at a
/// time, in report order, each entry absorbing one finding.
#[derive(Debug)]
pub struct Matcher<'b> {
    left: BTreeMap<&'b str, Vec<&'b Entry>>,
    /// `/1` entries, by (claim, article, text).
    legacy: BTreeMap<(String, String, String), Vec<&'b Entry>>,
}

impl<'b> Matcher<'b> {
    /// Every entry of `baseline` still to match.
    pub fn new(baseline: &'b Baseline) -> Self {
        let mut left: BTreeMap<&str, Vec<&Entry>> = BTreeMap::new();
        let mut legacy: BTreeMap<(String, String, String), Vec<&Entry>> = BTreeMap::new();
        for e in &baseline.entries {
            if e.is_legacy() {
                let key = (e.claim.clone(), e.article.clone(), e.text.clone());
                legacy.entry(key).or_default().push(e);
            } else {
                left.entry(e.fingerprint.as_str()).or_default().push(e);
            }
        }
        Matcher { left, legacy }
    }

    /// The state of `finding`, of the article at `article`: `None` for support.
    pub fn state(&mut self, finding: &Finding, article: &str) -> Option<BaselineState> {
        if finding.verdict == Verdict::Supports || finding.suppressed.is_some() {
            return None;
        }
        let key = finding_fingerprint(finding, article);
        let hit = self.left.get_mut(key.as_str()).and_then(Vec::pop).is_some()
            || (!self.legacy.is_empty() && {
                let key = (
                    finding.claim.to_string(),
                    normalise_path(article),
                    normalise(&finding.text),
                );
                self.legacy.get_mut(&key).and_then(Vec::pop).is_some()
            });
        Some(if hit {
            BaselineState::Unchanged
        } else {
            BaselineState::New
        })
    }

    /// The entries no finding matched, of articles `in_scope` says were checked, sorted.
    pub fn stale(self, in_scope: impl Fn(&str) -> bool) -> Vec<Entry> {
        let mut stale: Vec<Entry> = self
            .left
            .into_values()
            .chain(self.legacy.into_values())
            .flatten()
            .filter(|e| in_scope(&e.article))
            .cloned()
            .collect();
        stale.sort();
        stale
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::Severity;

    /// A contradiction and a support in one article, `news/b.txt`.
    fn sample() -> Vec<Finding> {
        let finding = |text: &str, verdict, severity| Finding {
            claim: "talks-duration".into(),
            article: 0,
            verdict,
            severity,
            span: 0..text.len(),
            text: text.into(),
            value: "".into(),
            expected: None,
            message: "".into(),
            related: Vec::new(),
            line: 1,
            column: 1,
            suppressed: None,
            fingerprint: 7,
            link: crate::check::Link::Linked,
            speaker: None,
        };
        vec![
            finding("12-hour", Verdict::Contradicts, Severity::Error),
            finding("roughly three hours", Verdict::Supports, Severity::Info),
        ]
    }

    /// `findings`, each with its article's path.
    fn with_paths(findings: &[Finding]) -> impl Iterator<Item = (&Finding, &str)> {
        findings.iter().map(|f| (f, "news/b.txt"))
    }

    #[test]
    fn normalise_lowercases_and_collapses_space() {
        assert_eq!(normalise("  Twelve-HOUR\n\t talks "), "twelve-hour talks");
        assert_eq!(normalise_path(".\\news\\a.md"), "news/a.md");
        assert_eq!(normalise_path("./news/a.md"), "news/a.md");
    }

    #[test]
    fn fingerprint_is_stable_and_separates_fields() {
        // Pinned: a change here silently invalidates every user's baseline.
        assert_eq!(
            fingerprint("c", "a.txt", "12-hour", "12h", 7),
            fingerprint("c", "./a.txt", "12-HOUR", "12h", 7)
        );
        assert_ne!(
            fingerprint("ab", "c", "x", "", 1),
            fingerprint("a", "bc", "x", "", 1)
        );
        assert_ne!(
            fingerprint("c", "a", "x", "", 1),
            fingerprint("c", "a", "x", "", 2)
        );
        assert_ne!(
            fingerprint("c", "a", "x", "1h", 1),
            fingerprint("c", "a", "x", "2h", 1)
        );
        assert_eq!(fnv1a(&[]), 0xcbf2_9ce4_8422_2325);
        assert_eq!(
            format!("{:016x}", fingerprint("c", "a.txt", "x", "1h", 1)),
            "4632449f66dea768"
        );
    }

    #[test]
    fn context_leaves_out_other_mentions_and_numbers() {
        let extract = |text: &str| {
            crate::extract::Extractor::new(&crate::extract::ExtractOptions::default()).extract(text)
        };
        let a = "The talks lasted 12 hours on Thursday, 16 August, aides said.";
        let b = "The talks lasted three hours on Thursday, 16 August, aides said.";
        let span = |t: &str, m: &str| t.find(m).unwrap()..t.find(m).unwrap() + m.len();
        let ctx = |t: &str, other: &str| {
            context(&extract(t), t, &span(t, "16 August"), &[span(t, other)])
        };
        assert_eq!(ctx(a, "12 hours"), ctx(b, "three hours"));
        let c = "The talks lasted three hours on Friday, 16 August, aides said.";
        assert_ne!(ctx(b, "three hours"), ctx(c, "three hours"));
        let d = "The talks lasted three hours on Thursday, 16 August, officials said.";
        assert_ne!(ctx(b, "three hours"), ctx(d, "three hours"));
    }

    #[test]
    fn a_version_1_baseline_still_matches_on_claim_article_and_text() {
        let v1 = r#"{"schema": "factcheck-baseline/1", "entries": [{"article": "news/b.txt",
            "claim": "talks-duration", "text": "12-hour", "sentence": "0000000000000007",
            "verdict": "contradicts", "fingerprint": "0123456789abcdef"}]}"#;
        let b = Baseline::parse(Path::new("old.json"), v1).unwrap();
        assert!(b.entries[0].is_legacy());
        let c = b.compare(with_paths(&sample()), |_| true);
        assert!(c.stale.is_empty());
        assert_eq!(
            c.states.iter().flatten().copied().collect::<Vec<_>>(),
            vec![BaselineState::Unchanged]
        );
    }

    #[test]
    fn round_trip_through_json_is_sorted_and_deterministic() {
        let r = sample();
        let b = Baseline::from_findings(with_paths(&r));
        assert_eq!(b.entries.len(), 1);
        assert_eq!(b.entries[0].claim, "talks-duration");
        assert_eq!(b.entries[0].text, "12-hour");
        let text = b.to_json();
        assert_eq!(Baseline::parse(Path::new("b.json"), &text).unwrap(), b);
        assert_eq!(Baseline::from_findings(with_paths(&r)).to_json(), text);
        assert!(text.contains("\"schema\": \"factcheck-baseline/2\""));
        assert!(!text.contains("\"sentence\""));
    }

    #[test]
    fn wrong_schema_or_junk_is_an_error_not_a_panic() {
        let p = Path::new("b.json");
        assert!(Baseline::parse(p, "{\"schema\":\"x\",\"entries\":[]}").is_err());
        assert!(Baseline::parse(p, "[1,2").is_err());
        assert!(Baseline::parse(p, "").is_err());
    }

    #[test]
    fn compare_counts_multiplicity_and_reports_stale() {
        let mut r = sample();
        let b = Baseline::from_findings(with_paths(&r));
        let c = b.compare(with_paths(&r), |_| true);
        assert!(c.stale.is_empty());
        assert_eq!(
            c.states.iter().flatten().copied().collect::<Vec<_>>(),
            vec![BaselineState::Unchanged]
        );
        // The same problem twice: the baseline absorbs one.
        let twin = r
            .iter()
            .find(|f| f.verdict == Verdict::Contradicts)
            .cloned()
            .unwrap();
        r.push(twin);
        let c = b.compare(with_paths(&r), |_| true);
        let states: Vec<_> = c.states.iter().flatten().copied().collect();
        assert_eq!(states, vec![BaselineState::Unchanged, BaselineState::New]);
        // Nothing left: the entry is stale, unless its article is out of scope.
        r.retain(|f| f.verdict == Verdict::Supports);
        assert_eq!(b.compare(with_paths(&r), |_| true).stale.len(), 1);
        assert!(b.compare(with_paths(&r), |_| false).stale.is_empty());
    }

    #[test]
    fn write_is_atomic_and_leaves_no_temporary() {
        let dir = std::env::temp_dir().join(format!("factcheck-bl-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("baseline.json");
        let b = Baseline::from_findings(with_paths(&sample()));
        b.write(&path).unwrap();
        b.write(&path).unwrap();
        assert_eq!(Baseline::read(&path).unwrap(), b);
        let names: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1, "{names:?}");
        assert!(b.write(&dir.join("no/such/dir/b.json")).is_err());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
