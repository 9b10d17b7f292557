//! Reading YAML text into a `serde_yaml::Value`, safely.
//!
//! A claims file is input a CI job may take from anyone, so reading it must
//! stay cheap whatever it holds. serde_yaml stops nesting at 128 levels and
//! counts alias expansions, but an alias bomb within its limits can still build
//! millions of nodes; the value is therefore built by a visitor that spends one
//! unit of a fixed budget per node and gives up when it runs out. The same
//! visitor records duplicate mapping keys (serde_yaml's own `Value` refuses the
//! whole file at the first one) so that each can be reported at its line.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess, Visitor};
use serde_yaml::{Mapping, Value};

use super::locate::Step;

/// Most nodes a claims file may expand to (a large real file has a few thousand).
pub(crate) const MAX_NODES: usize = 100_000;

/// A parsed document and what the parse noticed on the way.
#[derive(Debug)]
pub(crate) struct Parsed {
    /// The document; for a duplicate key, the first value wins.
    pub value: Value,
    /// Keys that occur more than once in one mapping.
    pub duplicates: Vec<Duplicate>,
}

/// A key seen again in the same mapping.
#[derive(Debug, PartialEq)]
pub(crate) struct Duplicate {
    /// The mapping that holds it.
    pub path: Vec<Step>,
    /// The key.
    pub key: String,
    /// Which occurrence this is (1 for the second).
    pub occurrence: usize,
}

/// Why a text could not be read as YAML.
#[derive(Debug)]
pub(crate) struct SyntaxError {
    /// serde_yaml's message, without its " at line X column Y" (the diagnostic shows that).
    pub message: String,
    /// Byte offset of the problem, when known.
    pub at: Option<usize>,
    /// Byte offset of what was being read ("while parsing a flow sequence
    /// started here"), when libyaml names a different place.
    pub context_at: Option<usize>,
}

/// Deepest nesting of flow collections (`[[[...]]]`) read; libyaml's scanner
/// slows down quadratically with it, so deeper text is refused before parsing.
pub(crate) const MAX_FLOW_DEPTH: usize = 64;

const TOO_MANY_NODES: &str = "the document expands to more than";

/// Parses `src` as one YAML document. A leading byte-order mark is skipped
/// (libyaml mistakes it for a second document); offsets stay those of `src`.
pub(crate) fn read(src: &str) -> Result<Parsed, SyntaxError> {
    match src.strip_prefix('\u{feff}') {
        Some(body) => read_body(body).map_err(|e| SyntaxError {
            at: e.at.map(|a| a + '\u{feff}'.len_utf8()),
            context_at: e.context_at.map(|a| a + '\u{feff}'.len_utf8()),
            message: e.message,
        }),
        None => read_body(src),
    }
}

fn read_body(src: &str) -> Result<Parsed, SyntaxError> {
    if let Some(at) = too_deep(src) {
        return Err(SyntaxError {
            message: format!("brackets nest more than {MAX_FLOW_DEPTH} levels deep"),
            at: Some(at),
            context_at: None,
        });
    }
    let budget = Budget {
        left: Cell::new(MAX_NODES),
        duplicates: RefCell::new(Vec::new()),
    };
    let seed = Node {
        budget: &budget,
        path: Vec::new(),
    };
    match seed.deserialize(serde_yaml::Deserializer::from_str(src)) {
        Ok(value) => Ok(Parsed {
            value,
            duplicates: budget.duplicates.into_inner(),
        }),
        Err(e) => {
            let message = e.to_string();
            // serde_yaml prefixes the path of the node (`a4[7][8]: ...`); for the
            // budget the path is noise.
            let message = match message.find(TOO_MANY_NODES) {
                Some(i) => strip_location(&message[i..]),
                None => strip_location(&message),
            };
            let marks = line_columns(&e.to_string());
            let context_at = if marks.len() >= 2 {
                marks.last().and_then(|&(l, c)| offset_of(src, l, c))
            } else {
                None
            };
            Err(SyntaxError {
                at: e.location().map(|l| l.index()),
                message,
                context_at,
            })
        }
    }
}

/// The offset of the first bracket nested deeper than [`MAX_FLOW_DEPTH`].
/// Quotes are not tracked: only hostile text has that many unclosed brackets.
fn too_deep(src: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, b) in src.bytes().enumerate() {
        match b {
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_FLOW_DEPTH {
                    return Some(i);
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// Every `line L column C` in a libyaml message, in order.
fn line_columns(message: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (i, _) in message.match_indices(" at line ") {
        let rest = &message[i + " at line ".len()..];
        let Some((line, rest)) = digits(rest) else {
            continue;
        };
        let Some((column, _)) = rest.strip_prefix(" column ").and_then(digits) else {
            continue;
        };
        out.push((line, column));
    }
    out
}

/// A leading decimal number and the text after it.
fn digits(t: &str) -> Option<(usize, &str)> {
    let end = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    t[..end].parse::<usize>().ok().map(|n| (n, &t[end..]))
}

/// The byte offset of 1-based `line` and `column` (in characters) in `src`.
fn offset_of(src: &str, line: usize, column: usize) -> Option<usize> {
    let start = if line <= 1 {
        0
    } else {
        src.match_indices('\n').nth(line - 2).map(|(i, _)| i + 1)?
    };
    let text = &src[start..];
    let within = text
        .char_indices()
        .nth(column.saturating_sub(1))
        .map_or(text.len(), |(i, _)| i);
    Some(start + within)
}

/// Drops serde_yaml's positional suffixes: the diagnostic points at the place itself.
fn strip_location(message: &str) -> String {
    let mut out = message.to_string();
    while let Some(i) = out.find(" at line ") {
        let rest = out[i + " at line ".len()..].trim_start_matches(|c: char| c.is_ascii_digit());
        let rest = rest
            .strip_prefix(" column ")
            .map_or(rest, |r| r.trim_start_matches(|c: char| c.is_ascii_digit()));
        out = format!("{}{}", &out[..i], rest);
    }
    while let Some(i) = out.find(" at position ") {
        let rest =
            out[i + " at position ".len()..].trim_start_matches(|c: char| c.is_ascii_digit());
        out = format!("{}{}", &out[..i], rest);
    }
    out.trim().to_string()
}

struct Budget {
    left: Cell<usize>,
    duplicates: RefCell<Vec<Duplicate>>,
}

/// Builds one `Value`, spending budget for it and its children.
struct Node<'b> {
    budget: &'b Budget,
    path: Vec<Step>,
}

impl Node<'_> {
    fn spend<E: serde::de::Error>(&self) -> Result<(), E> {
        let left = self.budget.left.get();
        if left == 0 {
            return Err(E::custom(format_args!(
                "{TOO_MANY_NODES} {MAX_NODES} values (an alias bomb?)"
            )));
        }
        self.budget.left.set(left - 1);
        Ok(())
    }

    fn child(&self, step: Step) -> Self {
        let mut path = self.path.clone();
        path.push(step);
        Node {
            budget: self.budget,
            path,
        }
    }
}

impl<'de> DeserializeSeed<'de> for Node<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Node<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any YAML value")
    }

    fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<Value, E> {
        self.spend()?;
        Ok(Value::Bool(v))
    }

    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Value, E> {
        self.spend()?;
        Ok(Value::Number(v.into()))
    }

    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Value, E> {
        self.spend()?;
        Ok(Value::Number(v.into()))
    }

    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Value, E> {
        self.spend()?;
        Ok(Value::Number(v.into()))
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Value, E> {
        self.spend()?;
        Ok(Value::String(v.to_string()))
    }

    fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Value, E> {
        self.spend()?;
        Ok(Value::String(v))
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<Value, E> {
        self.spend()?;
        Ok(Value::Null)
    }

    fn visit_none<E: serde::de::Error>(self) -> Result<Value, E> {
        self.visit_unit()
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        self.spend()?;
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(self.child(Step::Index(items.len())))? {
            items.push(item);
        }
        Ok(Value::Sequence(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        self.spend()?;
        let mut out = Mapping::new();
        let mut seen: HashMap<String, usize> = HashMap::new();
        while let Some(key) = map.next_key_seed(self.child(Step::Key(String::new())))? {
            let name = key_name(&key);
            let value = map.next_value_seed(self.child(Step::Key(name.clone())))?;
            let count = seen.entry(name.clone()).or_insert(0);
            if *count > 0 || out.contains_key(&key) {
                self.budget.duplicates.borrow_mut().push(Duplicate {
                    path: self.path.clone(),
                    key: name,
                    occurrence: *count,
                });
            } else {
                out.insert(key, value);
            }
            *count += 1;
        }
        Ok(Value::Mapping(out))
    }

    fn visit_enum<A: EnumAccess<'de>>(self, _data: A) -> Result<Value, A::Error> {
        Err(serde::de::Error::custom(
            "YAML tags (`!name`) are not used in claims files",
        ))
    }
}

/// A mapping key as text: claims files use plain scalars as keys.
pub(crate) fn key_name(key: &Value) -> String {
    match key {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Null => "~".to_string(),
        _ => "?".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_mapping_and_records_duplicates() {
        let parsed = read("a: 1\nb: [x, y]\na: 2\na: 3\n").unwrap();
        let map = parsed.value.as_mapping().unwrap();
        assert_eq!(map.get("a"), Some(&Value::Number(1.into())));
        assert_eq!(map.len(), 2);
        assert_eq!(
            parsed.duplicates,
            vec![
                Duplicate {
                    path: vec![],
                    key: "a".into(),
                    occurrence: 1
                },
                Duplicate {
                    path: vec![],
                    key: "a".into(),
                    occurrence: 2
                },
            ]
        );
    }

    #[test]
    fn nested_duplicates_know_their_path() {
        let parsed = read("claims:\n  x: {k: 1}\n  x: {k: 2}\n").unwrap();
        assert_eq!(parsed.duplicates[0].path, vec![Step::Key("claims".into())]);
    }

    #[test]
    fn syntax_errors_have_a_position_and_no_line_text() {
        let e = read("a: [b, c\nd: e\n").unwrap_err();
        assert!(e.at.is_some());
        assert_eq!(e.context_at, Some(3), "the `[` that is not closed");
        assert!(!e.message.contains(" at line "), "{}", e.message);
    }

    #[test]
    fn alias_bombs_stop_quickly() {
        let mut src = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..12 {
            let p = i - 1;
            src.push_str(&format!(
                "a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
            ));
        }
        let e = read(&src).unwrap_err();
        assert!(
            e.message.contains("alias") || e.message.contains("repetition"),
            "{}",
            e.message
        );
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let src = format!("{}{}", "[a, ".repeat(500_000), "]".repeat(500_000));
        let e = read(&src).unwrap_err();
        assert!(e.message.contains("nest more than 64"), "{}", e.message);
        assert_eq!(e.at, Some(64 * 4));
        let block: String = (0..1000)
            .map(|i| format!("{}k{i}:\n", " ".repeat(i)))
            .collect();
        assert!(read(&block)
            .unwrap_err()
            .message
            .contains("recursion limit"));
        let ok = format!("{}{}", "[".repeat(60), "]".repeat(60));
        assert!(read(&ok).is_ok());
    }

    #[test]
    fn a_byte_order_mark_is_no_document() {
        let parsed = read("\u{feff}a: 1\r\nb: 2\r\n").unwrap();
        assert_eq!(parsed.value.as_mapping().map(|m| m.len()), Some(2));
        let e = read("\u{feff}a: [1\nb: 2\n").unwrap_err();
        assert_eq!(e.context_at, Some(6), "offsets count the mark");
    }

    #[test]
    fn empty_text_is_null() {
        assert_eq!(read("").unwrap().value, Value::Null);
        assert_eq!(read("# only a comment\n").unwrap().value, Value::Null);
    }

    #[test]
    fn strips_positions() {
        assert_eq!(
            strip_location("did not find expected ',' or ']' at line 3 column 1, while parsing a flow sequence at line 1 column 4"),
            "did not find expected ',' or ']', while parsing a flow sequence"
        );
    }
}
