//! Verdicts: what each claim kind's file says about one value, and what a
//! finding says about its mention.
//!
//! The per-kind files (duration, count, date, …) return a [`Judgement`];
//! `judge` turns judgements into findings. Both sides import these types from
//! here, so neither imports the other.

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

/// A verdict on one value, before it becomes a finding.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Judgement {
    pub(crate) verdict: Verdict,
    pub(crate) expected: Option<String>,
    pub(crate) message: String,
}

/// "says 12h", or "says the talks lasted 12h" when `about` reads "how long the talks lasted".
pub(crate) fn says(about: &str, shown: &str) -> String {
    // (Joined by hand, not formatted: every finding says its value.)
    let mut out = String::with_capacity(64);
    out.push_str("says ");
    if let Some(rest) = about
        .trim()
        .strip_prefix("how long ")
        .filter(|r| !r.is_empty())
    {
        out.push_str(rest);
        out.push(' ');
    }
    out.push_str(shown);
    out
}
