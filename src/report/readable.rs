//! Values as people write them, for the formats people read (human, short,
//! HTML): "Thu 30 Oct 2025" for `2025-10-30`, "1,000,000,000" for
//! `1000000000`, "Kuala Lumpur" for the entity id `kuala-lumpur`. Durations
//! are already written the way people abbreviate them ("1h40m").
//!
//! The JSON, SARIF, GitHub and JUnit formats keep the normalised values
//! (SPEC §3: `"value": "2025-08-15"` is a contract), so the checker's messages
//! keep them too and the rewriting happens here, at the edge, one message at a
//! time. Only the values a claim of that kind can hold are rewritten: dates
//! for date claims, numbers for counts, entity ids for places and people; a
//! quote's words are left alone.

use std::collections::HashMap;

use chrono::NaiveDate;

/// Entity ids and the spelling each was first given in its claims file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Names {
    first: HashMap<String, String>,
}

impl Names {
    /// The first spelling of every entity of `files`.
    pub fn of(files: &[crate::claims::ClaimsFile]) -> Self {
        let mut first = HashMap::new();
        for file in files {
            for e in &file.entities {
                if let Some(name) = e.names.first() {
                    first.entry(e.id.clone()).or_insert_with(|| name.clone());
                }
            }
        }
        Names { first }
    }

    /// The first spelling of entity `id`, if it is one.
    pub fn get(&self, id: &str) -> Option<&str> {
        self.first.get(id).map(String::as_str)
    }
}

/// `message`, a finding's message or label for a claim of `kind`, with its
/// values written as people write them.
pub fn message(kind: &str, text: &str, names: &Names) -> String {
    match kind {
        "date" => dates(text),
        "count" => numbers(text),
        "place" | "people" => entities(text, names),
        _ => text.to_string(),
    }
}

/// `2025-10-30` → `Thu 30 Oct 2025`, wherever a whole ISO date stands.
fn dates(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len() + 8);
    let mut i = 0;
    let mut copied = 0;
    while i + 10 <= bytes.len() {
        let candidate = &text.as_bytes()[i..i + 10];
        let boundary_before = i == 0 || !bytes[i - 1].is_ascii_alphanumeric();
        let boundary_after = bytes
            .get(i + 10)
            .map_or(true, |b| !b.is_ascii_alphanumeric());
        let shape = candidate.iter().enumerate().all(|(k, b)| match k {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        });
        if boundary_before && boundary_after && shape {
            if let Ok(day) = NaiveDate::parse_from_str(&text[i..i + 10], "%Y-%m-%d") {
                out.push_str(&text[copied..i]);
                out.push_str(&day.format("%a %-d %b %Y").to_string());
                i += 10;
                // "2024-03-08 (Friday)" says its weekday once it reads "Fri 8 Mar 2024".
                let weekday = format!(" ({})", day.format("%A"));
                if text[i..].starts_with(&weekday) {
                    i += weekday.len();
                }
                copied = i;
                continue;
            }
        }
        i += 1;
    }
    out.push_str(&text[copied..]);
    out
}

/// `1000000000` → `1,000,000,000` for whole numbers of five digits or more
/// (four-digit numbers are left alone: most are years).
fn numbers(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut rest = text;
    while let Some(start) = rest.find(|c: char| c.is_ascii_digit()) {
        out.push_str(&rest[..start]);
        let len = rest[start..]
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len() - start);
        let digits = &rest[start..start + len];
        let after = rest[start + len..].chars().next();
        let mut back = out.chars().rev();
        let (last, second) = (back.next(), back.next());
        // Part of a decimal fraction, a word or a date: as written.
        let fraction = last == Some('.') && second.is_some_and(|c| c.is_ascii_digit());
        let embedded = last.is_some_and(|c| c.is_alphabetic() || c == '-' || c == ',')
            || after.is_some_and(|c| c.is_alphabetic() || c == ',');
        if digits.len() >= 5 && !fraction && !embedded {
            out.push_str(&thousands(digits));
        } else {
            out.push_str(digits);
        }
        rest = &rest[start + len..];
    }
    out.push_str(rest);
    out
}

/// Digits grouped by threes with commas.
fn thousands(digits: &str) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (k, c) in digits.chars().enumerate() {
        if k > 0 && (digits.len() - k) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Entity ids standing as whole words → their first spelling.
fn entities(text: &str, names: &Names) -> String {
    let is_id_char = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_';
    let mut out = String::with_capacity(text.len() + 8);
    let mut rest = text;
    while let Some(start) = rest.find(is_id_char) {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        let len = after.find(|c: char| !is_id_char(c)).unwrap_or(after.len());
        let word = &after[..len];
        let glued = out.chars().last().is_some_and(char::is_alphanumeric)
            || after[len..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric);
        match names.get(word) {
            Some(name) if !glued => out.push_str(name),
            _ => out.push_str(word),
        }
        rest = &after[len..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names() -> Names {
        let mut first = HashMap::new();
        first.insert("kuala-lumpur".to_string(), "Kuala Lumpur".to_string());
        first.insert("collins".to_string(), "Michael Collins".to_string());
        Names { first }
    }

    #[test]
    fn dates_get_their_weekday_and_month_name() {
        assert_eq!(
            dates("says 2025-10-29; the claim is 2025-10-30"),
            "says Wed 29 Oct 2025; the claim is Thu 30 Oct 2025"
        );
        assert_eq!(dates("2025-13-01 x12025-10-30"), "2025-13-01 x12025-10-30");
        assert_eq!(
            dates("the claim is 2024-03-08 (Friday)"),
            "the claim is Fri 8 Mar 2024"
        );
    }

    #[test]
    fn long_numbers_get_separators_and_years_do_not() {
        assert_eq!(
            numbers("says 1000000000..2000000000 viewers in 2025"),
            "says 1,000,000,000..2,000,000,000 viewers in 2025"
        );
        assert_eq!(
            numbers("12.123456 and 47% and 40000"),
            "12.123456 and 47% and 40,000"
        );
        assert_eq!(numbers("G12345 item-12345"), "G12345 item-12345");
    }

    #[test]
    fn entity_ids_become_their_first_spelling() {
        assert_eq!(
            entities(
                "says it was in kuala-lumpur; names collins as present",
                &names()
            ),
            "says it was in Kuala Lumpur; names Michael Collins as present"
        );
        assert_eq!(
            entities("collinsville Xcollins", &names()),
            "collinsville Xcollins"
        );
    }

    #[test]
    fn other_kinds_are_left_as_they_are() {
        assert_eq!(
            message("quote", "says collins 2025-10-30 100000", &names()),
            "says collins 2025-10-30 100000"
        );
    }
}
