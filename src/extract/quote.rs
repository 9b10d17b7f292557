//! Quotation marks: which passages are reported speech, and who said them.

use std::ops::Range;

use super::{ExtractOptions, Mention, Sentence, Word};

/// Byte spans of quoted passages, marks included, outermost only (SPEC rule 3).
pub fn passages(text: &str) -> Vec<Range<usize>> {
    let _ = text;
    Vec::new()
}

/// A quote mention per passage, with its speaker when attributable (SPEC rule 8).
pub fn mentions(
    text: &str,
    passages: &[Range<usize>],
    words: &[Word],
    sentences: &[Sentence],
    entities: &[Mention],
    options: &ExtractOptions,
) -> Vec<Mention> {
    let _ = (text, passages, words, sentences, entities, options);
    Vec::new()
}
