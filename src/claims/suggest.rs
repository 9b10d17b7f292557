//! "Did you mean …?" for misspelt keys, kinds, units and entity ids.
//!
//! A plain Levenshtein distance over characters is enough for the handful of
//! candidates a claims file offers; `_` and `-` and case are folded first so
//! that `not_near` and `Near` find `not-near` and `near`.

/// The candidate closest to `word`, when it is close enough to be a likely slip.
pub(crate) fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let folded = fold(word);
    let limit = (folded.chars().count().max(3) / 3).max(1);
    let len = word.chars().count();
    // On equal distance, the candidate nearer the word's length wins: `hourz` → `hours`.
    let mut best: Option<((usize, usize), &'a str)> = None;
    for candidate in candidates {
        if candidate == word {
            continue;
        }
        let d = distance(&folded, &fold(candidate));
        let rank = (d, candidate.chars().count().abs_diff(len));
        if d <= limit && best.map_or(true, |(b, _)| rank < b) {
            best = Some((rank, candidate));
        }
    }
    best.map(|(_, c)| c)
}

fn fold(word: &str) -> String {
    word.chars()
        .map(|c| if c == '_' { '-' } else { c })
        .flat_map(char::to_lowercase)
        .collect()
}

/// Edit distance (insertions, deletions, substitutions) between two strings.
pub(crate) fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitute = diagonal + usize::from(ca != *cb);
            diagonal = row[j + 1];
            row[j + 1] = substitute.min(row[j] + 1).min(diagonal + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        assert_eq!(distance("tolerence", "tolerance"), 1);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(distance("same", "same"), 0);
    }

    #[test]
    fn suggests_close_words_only() {
        let keys = ["tolerance", "near", "not-near", "about"];
        assert_eq!(did_you_mean("tolerence", keys), Some("tolerance"));
        assert_eq!(did_you_mean("not_near", keys), Some("not-near"));
        assert_eq!(did_you_mean("Near", keys), Some("near"));
        assert_eq!(did_you_mean("speaker", keys), None);
        assert_eq!(did_you_mean("xyz", keys), None);
    }
}
