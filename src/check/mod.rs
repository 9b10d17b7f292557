//! The checker: mentions attributed to claims, then judged.
//!
//! `attribute` turns one article's extraction into candidates (a mention, or a
//! phrase/quote match, that is about a claim); `judge` turns every article's
//! candidates into findings: values against claims, consensus across articles,
//! self-contradiction within one.

use std::ops::Range;

use crate::claims::Severity;

/// What a finding says about its mention.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Verdict {
    /// The mention agrees with the claim (or the consensus).
    Supports,
    /// The mention contradicts the claim, or its own article.
    Contradicts,
    /// The mention disagrees with the consensus of the articles.
    Disagrees,
}

impl Verdict {
    /// The lower-case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Supports => "supports",
            Verdict::Contradicts => "contradicts",
            Verdict::Disagrees => "disagrees",
        }
    }
}

/// A mention attributed to a claim, with a verdict.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// The claim's id.
    pub claim: String,
    /// Index of the article in the run's article list.
    pub article: usize,
    /// The verdict.
    pub verdict: Verdict,
    /// `Info` for support, else the claim's severity (or `Warning` for a soft disagreement).
    pub severity: Severity,
    /// Byte span of the mention in its article.
    pub span: Range<usize>,
    /// The article's text at `span`.
    pub text: String,
    /// The normalised value ("12h", "2h33m..3h", "2025-08-15", "trump").
    pub value: String,
    /// What the claim or consensus expects ("3h ± 30m"), when there is a reference.
    pub expected: Option<String>,
    /// One line saying what is wrong or right.
    pub message: String,
    /// Other spans that bear on this finding: the other side of a self-contradiction,
    /// consensus sources in other articles.
    pub related: Vec<Related>,
}

/// A span elsewhere that bears on a finding.
#[derive(Clone, Debug, PartialEq)]
pub struct Related {
    /// Index of the article.
    pub article: usize,
    /// Byte span in that article.
    pub span: Range<usize>,
    /// The article's text at `span`.
    pub text: String,
    /// A label: its normalised value, or why it is related.
    pub label: String,
}
