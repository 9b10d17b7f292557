//! The claims-file schema: walking a parsed YAML value into a [`ClaimsFile`],
//! collecting every problem instead of stopping at the first.
//!
//! Decisions the SPEC leaves open, made here:
//! - `event` is optional and defaults to the file's stem.
//! - Cue and phrase lists (`near`, `not-near`, `affirm`, `deny`, `also`,
//!   `rivals`, `absent`, entity spellings, example sentences) must be YAML
//!   lists. A bare string is refused with a pointed error: `near: talks,
//!   meetings` would otherwise silently become one cue "talks, meetings".
//!   An explicitly empty list is an error too; to have none, leave the key out.
//! - `value: ~` (null) means no value: the claim runs in consensus mode.
//! - `hedge` is a percentage (`15%`), from `0%` up to, not including, `100%`.
//! - A duration tolerance is a duration (`30m`), a percentage (`10%`) or `0`;
//!   a count tolerance is a whole number (`5`) or a percentage.
//! - A place name that is not an entity id but is a spelling of a defined
//!   entity (`Anchorage` for `anchorage: [Anchorage]`) resolves to that entity;
//!   any other name becomes an implicit entity.

use std::collections::BTreeSet;
use std::ops::Range;
use std::path::Path;
use std::sync::Arc;

use serde_yaml::{Mapping, Value};

use super::diagnostic::{ClaimsError, ErrorKind};
use super::locate::{Locator, Step};
use super::model::{Claim, ClaimsFile, CountUnit, Entity, Examples, Rule, Severity, Tolerance};
use super::suggest::did_you_mean;
use super::values::{self, Bad};
use super::yaml::{key_name, Parsed};

/// Keys of the top level.
const TOP_KEYS: &[&str] = &[
    "event",
    "date",
    "hedge",
    "speech-verbs",
    "entities",
    "claims",
];
/// Keys every claim may have.
const COMMON_KEYS: &[&str] = &[
    "about", "kind", "value", "near", "not-near", "severity", "examples",
];
/// The claim kinds and the extra keys each accepts.
const KINDS: &[(&str, &[&str])] = &[
    ("duration", &["tolerance"]),
    ("count", &["tolerance", "unit"]),
    ("score", &["sides"]),
    ("date", &[]),
    ("year", &[]),
    ("place", &["also", "rivals"]),
    ("people", &["absent"]),
    ("quote", &["speaker"]),
    ("statement", &["affirm", "deny"]),
];
/// Keys of `examples`.
const EXAMPLE_KEYS: &[&str] = &["supports", "contradicts"];

/// Validates a parsed claims file; `Err` holds every problem found, in file order.
pub(crate) fn validate(
    path: &Path,
    source: &Arc<str>,
    parsed: Parsed,
) -> Result<ClaimsFile, Vec<ClaimsError>> {
    let mut walk = Walk {
        path,
        source,
        locator: Locator::new(source),
        problems: Vec::new(),
    };
    let file = walk.file(&parsed);
    let mut problems = walk.problems;
    if problems.is_empty() {
        if let Some(file) = file {
            return Ok(file);
        }
    }
    problems.sort_by_key(|p| p.span().map_or(0, |s| s.start));
    Err(problems)
}

struct Walk<'a> {
    path: &'a Path,
    source: &'a Arc<str>,
    locator: Locator,
    problems: Vec<ClaimsError>,
}

/// Builds a path from string keys and indices.
fn path_of(keys: &[&str]) -> Vec<Step> {
    keys.iter().map(|k| Step::Key((*k).to_string())).collect()
}

fn with(path: &[Step], step: Step) -> Vec<Step> {
    let mut out = path.to_vec();
    out.push(step);
    out
}

fn key(k: &str) -> Step {
    Step::Key(k.to_string())
}

/// How a value's type is named in messages.
fn type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "nothing",
        Value::Bool(_) => "true/false",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Sequence(_) => "a list",
        Value::Mapping(_) => "a mapping",
        Value::Tagged(_) => "a tagged value",
    }
}

/// A scalar as text (numbers and booleans as YAML writes them).
fn scalar_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

fn line_of(source: &str, at: usize) -> usize {
    source.as_bytes()[..at.min(source.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// The claim's kind-specific keys, resolved before the rule is built.
struct KindInfo<'k> {
    name: &'k str,
    extras: &'k [&'k str],
}

impl Walk<'_> {
    fn error(
        &self,
        kind: ErrorKind,
        message: impl Into<String>,
        span: Range<usize>,
        label: impl Into<String>,
        help: Option<String>,
    ) -> ClaimsError {
        ClaimsError::at(kind, message, self.path, self.source, span, label).with_help(help)
    }

    fn at_key(
        &mut self,
        kind: ErrorKind,
        path: &[Step],
        message: impl Into<String>,
        label: &str,
        help: Option<String>,
    ) {
        let span = self.locator.key(path);
        let e = self.error(kind, message, span, label, help);
        self.problems.push(e);
    }

    fn at_value(
        &mut self,
        kind: ErrorKind,
        path: &[Step],
        message: impl Into<String>,
        label: &str,
        help: Option<String>,
    ) {
        let span = self.locator.value(path);
        let e = self.error(kind, message, span, label, help);
        self.problems.push(e);
    }

    fn bad_value(&mut self, path: &[Step], bad: Bad) {
        self.at_value(ErrorKind::Value, path, bad.message, "here", bad.help);
    }

    fn wrong_type(&mut self, path: &[Step], what: &str, wanted: &str, got: &Value) {
        let help = Some(format!("`{what}` takes {wanted}"));
        self.at_value(
            ErrorKind::Type,
            path,
            format!("`{what}` must be {wanted}, not {}", type_name(got)),
            &format!("{} here", type_name(got)),
            help,
        );
    }

    fn file(&mut self, parsed: &Parsed) -> Option<ClaimsFile> {
        self.duplicates(parsed);
        let top = match &parsed.value {
            Value::Mapping(top) => top,
            Value::Null => {
                let end = self.source.len();
                let e = self
                    .error(
                        ErrorKind::Shape,
                        "the claims file is empty",
                        0..end,
                        "",
                        None,
                    )
                    .with_help(Some(
                        "a claims file is a mapping with `event:`, `entities:` and `claims:`"
                            .into(),
                    ));
                self.problems.push(e);
                return None;
            }
            other => {
                let e = self.error(
                    ErrorKind::Shape,
                    format!(
                        "the top level of a claims file must be a mapping, not {}",
                        type_name(other)
                    ),
                    self.locator.value(&[]),
                    "expected `key: value` lines here",
                    Some(
                        "a claims file is a mapping with `event:`, `entities:` and `claims:`"
                            .into(),
                    ),
                );
                self.problems.push(e);
                return None;
            }
        };
        for (k, _) in top {
            let name = key_name(k);
            if !TOP_KEYS.contains(&name.as_str()) {
                let help = self.unknown_top_key_help(&name);
                self.at_key(
                    ErrorKind::UnknownKey,
                    &[Step::Key(name.clone())],
                    format!("unknown top-level key `{name}`"),
                    "unknown key",
                    Some(help),
                );
            }
        }
        let event = match top.get("event") {
            None | Some(Value::Null) => self
                .path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default(),
            Some(v) => match scalar_text(v) {
                Some(s) => s,
                None => {
                    self.wrong_type(&path_of(&["event"]), "event", "a name", v);
                    String::new()
                }
            },
        };
        let date = top
            .get("date")
            .and_then(|v| self.date(&path_of(&["date"]), v));
        let hedge = match top.get("hedge") {
            None | Some(Value::Null) => 0.15,
            Some(v) => self.hedge(v).unwrap_or(0.15),
        };
        let speech_verbs = match top.get("speech-verbs") {
            None => Vec::new(),
            Some(v) => self.speech_verbs(v),
        };
        let mut entities = match top.get("entities") {
            None | Some(Value::Null) => Vec::new(),
            Some(v) => self.entities(v),
        };
        let claims = match top.get("claims") {
            Some(Value::Mapping(m)) => self.claims(m, &mut entities),
            Some(Value::Sequence(_)) => {
                self.at_value(
                    ErrorKind::Type,
                    &path_of(&["claims"]),
                    "`claims` must be a mapping from claim id to claim, not a list",
                    "a list here",
                    Some(
                        "write each claim as `talks-duration:` followed by its keys, indented"
                            .into(),
                    ),
                );
                Vec::new()
            }
            Some(Value::Null) | None => {
                let span = if top.contains_key("claims") {
                    self.locator.key(&path_of(&["claims"]))
                } else {
                    0..0
                };
                let e = self.error(
                    ErrorKind::MissingKey,
                    "the claims file has no claims",
                    span,
                    "",
                    Some("add a `claims:` mapping from claim id to claim".into()),
                );
                self.problems.push(e);
                Vec::new()
            }
            Some(v) => {
                self.wrong_type(
                    &path_of(&["claims"]),
                    "claims",
                    "a mapping from claim id to claim",
                    v,
                );
                Vec::new()
            }
        };
        Some(ClaimsFile {
            path: self.path.to_path_buf(),
            source: self.source.to_string(),
            event,
            date,
            hedge,
            speech_verbs,
            entities,
            claims,
        })
    }

    fn unknown_top_key_help(&self, name: &str) -> String {
        if let Some(s) = did_you_mean(name, TOP_KEYS.iter().copied()) {
            return format!("did you mean `{s}`?");
        }
        let claim_key = COMMON_KEYS
            .iter()
            .chain(KINDS.iter().flat_map(|(_, extras)| extras.iter()))
            .any(|k| *k == name);
        if claim_key {
            format!("`{name}` belongs to a claim: indent it under `claims:` and the claim's id")
        } else {
            format!("the top-level keys are {}", list(TOP_KEYS))
        }
    }

    fn duplicates(&mut self, parsed: &Parsed) {
        for dup in &parsed.duplicates {
            let span = self.locator.nth_key(&dup.path, &dup.key, dup.occurrence);
            let first = self.locator.nth_key(&dup.path, &dup.key, 0);
            let what = match dup.path.as_slice() {
                [Step::Key(k)] if k == "claims" => "claim id",
                [Step::Key(k)] if k == "entities" => "entity id",
                _ => "key",
            };
            let mut e = self.error(
                ErrorKind::Duplicate,
                format!("duplicate {what} `{}`", dup.key),
                span.clone(),
                "defined again here",
                Some(format!(
                    "{what}s must be unique; the first `{}` is on line {}",
                    dup.key,
                    line_of(self.source, first.start)
                )),
            );
            // A second label makes miette show every line between the two; only
            // worth it when they are close.
            // The locator may place the "first" after the repeat (aliases, odd
            // indentation): the distance is what matters, not its sign.
            let apart =
                line_of(self.source, span.start).abs_diff(line_of(self.source, first.start));
            if first != span && apart <= 6 {
                e = e.with_label(first, "first defined here");
            }
            self.problems.push(e);
        }
    }

    fn date(&mut self, path: &[Step], v: &Value) -> Option<chrono::NaiveDate> {
        match v {
            Value::Null => None,
            Value::String(s) => match values::date(s) {
                Ok(d) => Some(d),
                Err(bad) => {
                    self.bad_value(path, bad);
                    None
                }
            },
            other => {
                self.wrong_type(path, "date", "a date like `2025-08-15`", other);
                None
            }
        }
    }

    fn hedge(&mut self, v: &Value) -> Option<f64> {
        let path = path_of(&["hedge"]);
        let parsed = match v {
            Value::String(s) => values::percent(s),
            _ => None,
        };
        match parsed {
            Some(Ok(x)) if x < 1.0 => Some(x),
            Some(Ok(_)) => {
                self.bad_value(
                    &path,
                    Bad {
                        message: "`hedge` must be less than 100%".into(),
                        help: Some("the default is `15%`".into()),
                    },
                );
                None
            }
            Some(Err(bad)) => {
                self.bad_value(&path, bad);
                None
            }
            None => {
                let text = scalar_text(v).unwrap_or_default();
                self.at_value(
                    ErrorKind::Value,
                    &path,
                    format!("`hedge` must be a percentage, not `{text}`"),
                    "here",
                    Some("write it like `15%` (the default)".into()),
                );
                None
            }
        }
    }

    fn entities(&mut self, v: &Value) -> Vec<Entity> {
        let path = path_of(&["entities"]);
        let Value::Mapping(map) = v else {
            self.wrong_type(&path, "entities", "a mapping from id to a list of names", v);
            return Vec::new();
        };
        let mut out = Vec::new();
        for (k, names) in map {
            let id = key_name(k);
            let here = with(&path, Step::Key(id.clone()));
            let names = self.texts(&here, &format!("entities.{id}"), names, "names");
            if names.is_empty() {
                continue;
            }
            out.push(Entity {
                id,
                names,
                implicit: false,
            });
        }
        out
    }

    /// `speech-verbs`: a list of single verbs in their base form ("quip"),
    /// each a word of letters (a hyphen may join two: "live-tweet").
    fn speech_verbs(&mut self, v: &Value) -> Vec<String> {
        let path = path_of(&["speech-verbs"]);
        let verbs = self.texts(&path, "speech-verbs", v, "verbs");
        let mut out = Vec::new();
        for (i, verb) in verbs.into_iter().enumerate() {
            let one_word = verb
                .split('-')
                .all(|part| !part.is_empty() && part.chars().all(char::is_alphabetic));
            if one_word {
                out.push(verb.to_lowercase());
            } else {
                let first = verb
                    .split(|c: char| !c.is_alphabetic())
                    .find(|w| !w.is_empty())
                    .unwrap_or("quip")
                    .to_lowercase();
                self.at_value(
                    ErrorKind::Value,
                    &with(&path, Step::Index(i)),
                    format!("`{verb}` is not one verb"),
                    "here",
                    Some(format!(
                        "each entry is one verb in its base form, such as `{first}`; every form of it (`{first}s`, `{first}ed`, `{first}ing`) is then read"
                    )),
                );
            }
        }
        out
    }

    /// A list of non-empty texts; an absent or empty list is reported as empty.
    fn texts(&mut self, path: &[Step], what: &str, v: &Value, noun: &str) -> Vec<String> {
        let items = match v {
            Value::Sequence(items) => items,
            Value::Null => {
                self.empty(path, what, noun);
                return Vec::new();
            }
            Value::String(s) => {
                let example = if s.contains(',') {
                    s.split(',').map(str::trim).collect::<Vec<_>>().join(", ")
                } else {
                    s.trim().to_string()
                };
                let short = what.rsplit('.').next().unwrap_or(what);
                self.at_value(
                    ErrorKind::Type,
                    path,
                    format!("`{what}` must be a list, not a string"),
                    "a string here",
                    Some(format!("write `{short}: [{example}]`")),
                );
                return Vec::new();
            }
            other => {
                self.wrong_type(path, what, "a list", other);
                return Vec::new();
            }
        };
        if items.is_empty() {
            self.empty(path, what, noun);
            return Vec::new();
        }
        let mut out = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let item_path = with(path, Step::Index(i));
            match scalar_text(item) {
                Some(s) if !s.trim().is_empty() => out.push(s.trim().to_string()),
                Some(_) => self.at_value(
                    ErrorKind::Empty,
                    &item_path,
                    format!("empty entry in `{what}`"),
                    "empty",
                    Some("remove it".into()),
                ),
                None => self.at_value(
                    ErrorKind::Type,
                    &item_path,
                    format!("`{what}` holds {}, not text", type_name(item)),
                    "here",
                    Some(format!("`{what}` is a list of {noun}")),
                ),
            }
        }
        out
    }

    fn empty(&mut self, path: &[Step], what: &str, noun: &str) {
        self.at_value(
            ErrorKind::Empty,
            path,
            format!("`{what}` is empty"),
            "empty list",
            Some(format!(
                "list at least one of its {noun}, or remove the key"
            )),
        );
    }

    fn claims(&mut self, map: &Mapping, entities: &mut Vec<Entity>) -> Vec<Claim> {
        let defined: Vec<String> = entities.iter().map(|e| e.id.clone()).collect();
        let mut out = Vec::new();
        for (k, v) in map {
            let id = key_name(k);
            let path = vec![key("claims"), Step::Key(id.clone())];
            let Value::Mapping(claim) = v else {
                self.at_value(
                    ErrorKind::Type,
                    &path,
                    format!("claim `{id}` must be a mapping, not {}", type_name(v)),
                    "here",
                    Some("a claim has keys like `about:`, `kind:`, `value:` and `near:`".into()),
                );
                continue;
            };
            if let Some(c) = self.claim(&id, &path, claim, &defined, entities) {
                out.push(c);
            }
        }
        out
    }

    fn claim(
        &mut self,
        id: &str,
        path: &[Step],
        claim: &Mapping,
        defined: &[String],
        entities: &mut Vec<Entity>,
    ) -> Option<Claim> {
        let kind = self.kind(id, path, claim);
        self.claim_keys(id, path, claim, kind.as_ref());
        let about = match claim.get("about") {
            Some(v) => match v {
                Value::String(s) if !s.trim().is_empty() => s.trim().to_string(),
                Value::String(_) | Value::Null => {
                    self.at_key(
                        ErrorKind::Empty,
                        &with(path, key("about")),
                        format!("claim `{id}` has an empty `about`"),
                        "empty",
                        Some("say in a few words what the claim is about; messages use it".into()),
                    );
                    String::new()
                }
                other => {
                    self.wrong_type(&with(path, key("about")), "about", "a short text", other);
                    String::new()
                }
            },
            None => {
                self.at_key(
                    ErrorKind::MissingKey,
                    path,
                    format!("claim `{id}` has no `about`"),
                    "this claim",
                    Some("add `about: <what the claim is about>`; messages use it".into()),
                );
                String::new()
            }
        };
        let severity = match claim.get("severity") {
            None | Some(Value::Null) => Severity::Error,
            Some(Value::String(s)) if s == "error" => Severity::Error,
            Some(Value::String(s)) if s == "warning" => Severity::Warning,
            Some(v) => {
                let text = scalar_text(v).unwrap_or_default();
                let help = match did_you_mean(&text, ["error", "warning"]) {
                    Some(s) => format!("did you mean `{s}`?"),
                    None => "severity is `error` (the default) or `warning`".into(),
                };
                self.at_value(
                    ErrorKind::Value,
                    &with(path, key("severity")),
                    format!("unknown severity `{text}`"),
                    "here",
                    Some(help),
                );
                Severity::Error
            }
        };
        let is_quote = kind.as_ref().is_some_and(|k| k.name == "quote");
        let near = match claim.get("near") {
            Some(v) => self.texts(&with(path, key("near")), "near", v, "cue words"),
            None if is_quote || kind.is_none() => Vec::new(),
            None => {
                self.at_key(
                    ErrorKind::MissingKey,
                    path,
                    format!("claim `{id}` has no `near` cues"),
                    "this claim",
                    Some("add `near: [words, that, mark, a, sentence, about, it]`".into()),
                );
                Vec::new()
            }
        };
        let not_near = match claim.get("not-near") {
            Some(v) => self.texts(&with(path, key("not-near")), "not-near", v, "cue words"),
            None => Vec::new(),
        };
        let examples = match claim.get("examples") {
            None | Some(Value::Null) => Examples::default(),
            Some(v) => self.examples(&with(path, key("examples")), v),
        };
        let kind = kind?;
        let value_path = with(path, key("value"));
        let value = claim.get("value").filter(|v| !v.is_null());
        let rule = self.rule(kind.name, path, claim, value, defined, entities)?;
        Some(Claim {
            id: id.to_string(),
            about,
            severity,
            near,
            not_near,
            examples,
            rule,
            key_span: self.locator.key(path),
            value_span: value.map(|_| self.locator.value(&value_path)),
        })
    }

    fn kind(&mut self, id: &str, path: &[Step], claim: &Mapping) -> Option<KindInfo<'static>> {
        let kinds = KINDS.iter().map(|(k, _)| *k);
        match claim.get("kind") {
            None => {
                self.at_key(
                    ErrorKind::MissingKey,
                    path,
                    format!("claim `{id}` has no `kind`"),
                    "this claim",
                    Some(format!("add `kind:` with one of {}", list_iter(kinds))),
                );
                None
            }
            Some(Value::String(s)) => match KINDS.iter().find(|(k, _)| k == s) {
                Some((name, extras)) => Some(KindInfo { name, extras }),
                None => {
                    let help = match did_you_mean(s, kinds.clone()) {
                        Some(k) => format!("did you mean `{k}`?"),
                        None => format!("the kinds are {}", list_iter(kinds)),
                    };
                    self.at_value(
                        ErrorKind::Value,
                        &with(path, key("kind")),
                        format!("unknown claim kind `{s}`"),
                        "unknown kind",
                        Some(help),
                    );
                    None
                }
            },
            Some(v) => {
                let wanted = format!("one of {}", list_iter(kinds));
                self.wrong_type(&with(path, key("kind")), "kind", &wanted, v);
                None
            }
        }
    }

    fn claim_keys(&mut self, id: &str, path: &[Step], claim: &Mapping, kind: Option<&KindInfo>) {
        for (k, _) in claim {
            let name = key_name(k);
            let key_path = with(path, Step::Key(name.clone()));
            if COMMON_KEYS.contains(&name.as_str()) {
                continue;
            }
            let takers: Vec<&str> = KINDS
                .iter()
                .filter(|(_, extras)| extras.contains(&name.as_str()))
                .map(|(k, _)| *k)
                .collect();
            match kind {
                Some(kind) if kind.extras.contains(&name.as_str()) => {}
                Some(kind) if !takers.is_empty() => {
                    let help = format!(
                        "`{name}` is for {} claims; this claim is a {} claim",
                        takers.join(" and "),
                        kind.name
                    );
                    self.at_key(
                        ErrorKind::UnknownKey,
                        &key_path,
                        format!("`{name}` does not apply to {} claims", kind.name),
                        "not a key of this kind",
                        Some(help),
                    );
                }
                None if !takers.is_empty() => {}
                _ => {
                    let allowed: Vec<&str> = COMMON_KEYS
                        .iter()
                        .copied()
                        .chain(kind.map_or_else(
                            || KINDS.iter().flat_map(|(_, e)| e.iter().copied()).collect(),
                            |k| k.extras.to_vec(),
                        ))
                        .collect();
                    let help = match did_you_mean(&name, allowed.iter().copied()) {
                        Some(s) => format!("did you mean `{s}`?"),
                        None => match did_you_mean(
                            &name,
                            KINDS.iter().flat_map(|(_, e)| e.iter().copied()),
                        ) {
                            Some(s) => format!(
                                "`{s}` is not a key of this kind either; keys here are {}",
                                list(&allowed)
                            ),
                            None => format!("keys here are {}", list(&allowed)),
                        },
                    };
                    self.at_key(
                        ErrorKind::UnknownKey,
                        &key_path,
                        format!("unknown key `{name}` in claim `{id}`"),
                        "unknown key",
                        Some(help),
                    );
                }
            }
        }
    }

    fn examples(&mut self, path: &[Step], v: &Value) -> Examples {
        let Value::Mapping(map) = v else {
            self.wrong_type(
                path,
                "examples",
                "a mapping with `supports:` and `contradicts:` lists",
                v,
            );
            return Examples::default();
        };
        for (k, _) in map {
            let name = key_name(k);
            if !EXAMPLE_KEYS.contains(&name.as_str()) {
                let help = match did_you_mean(&name, EXAMPLE_KEYS.iter().copied()) {
                    Some(s) => format!("did you mean `{s}`?"),
                    None => "`examples` has `supports:` and `contradicts:` lists".into(),
                };
                self.at_key(
                    ErrorKind::UnknownKey,
                    &with(path, Step::Key(name.clone())),
                    format!("unknown key `{name}` in `examples`"),
                    "unknown key",
                    Some(help),
                );
            }
        }
        let mut list_of = |name: &str| match map.get(name) {
            None => Vec::new(),
            // No examples is a fine state for one side: `supports: []` is allowed.
            Some(Value::Sequence(items)) if items.is_empty() => Vec::new(),
            Some(v) => self.texts(
                &with(path, key(name)),
                &format!("examples.{name}"),
                v,
                "example sentences",
            ),
        };
        Examples {
            supports: list_of("supports"),
            contradicts: list_of("contradicts"),
        }
    }

    /// The claim's kind-specific rule; `None` when something in it is broken
    /// (the problem is recorded).
    fn rule(
        &mut self,
        kind: &str,
        path: &[Step],
        claim: &Mapping,
        value: Option<&Value>,
        defined: &[String],
        entities: &mut Vec<Entity>,
    ) -> Option<Rule> {
        let before = self.problems.len();
        let value_path = with(path, key("value"));
        let optional_list = |walk: &mut Self, name: &str, noun: &str| match claim.get(name) {
            None => Vec::new(),
            Some(v) => walk.texts(&with(path, key(name)), name, v, noun),
        };
        let rule = match kind {
            "duration" | "count" => {
                let is_duration = kind == "duration";
                let (value, written_unit) = if is_duration {
                    (
                        value.and_then(|v| self.quantity(&value_path, v, is_duration)),
                        None,
                    )
                } else {
                    match value.and_then(|v| self.count_value(&value_path, v)) {
                        Some((value, unit)) => (Some(value), unit),
                        None => (None, None),
                    }
                };
                let tolerance = match claim.get("tolerance").filter(|v| !v.is_null()) {
                    None => Tolerance::default(),
                    Some(v) => self
                        .tolerance(&with(path, key("tolerance")), v, is_duration)
                        .unwrap_or_default(),
                };
                if is_duration {
                    Rule::Duration { value, tolerance }
                } else {
                    let unit_path = with(path, key("unit"));
                    let unit = match claim.get("unit").filter(|v| !v.is_null()) {
                        Some(v) => self.count_unit(&unit_path, v, &own_words(claim)),
                        None => None,
                    };
                    let (mut value, unit) =
                        self.value_in_unit(&value_path, value, written_unit, unit);
                    let temperature = matches!(
                        &unit,
                        Some(CountUnit::Unit(crate::unit::Unit::Measure(m)))
                            if m.dimension == crate::unit::Dimension::Temperature
                    );
                    if value.is_some_and(|v| v.lo < 0.0) && !temperature {
                        self.bad_value(
                            &value_path,
                            Bad {
                                message: "a count is never below zero".into(),
                                help: Some(
                                    "only a temperature (`unit: °C` or `°F`) may be negative; for a fall, write its size: `3.2` with a cue like `fell`".into(),
                                ),
                            },
                        );
                        value = None;
                    }
                    // "how many years construction took", `unit: years`: a
                    // length of time, which articles write as one ("six
                    // years", "8 - years"), so it is judged as a duration.
                    let time = match &unit {
                        Some(CountUnit::Noun(n)) => time_noun_seconds(n),
                        _ => None,
                    };
                    match time {
                        Some(k) => Rule::Duration {
                            value: value.map(|v| v.scale(k)),
                            tolerance: match tolerance {
                                Tolerance::Absolute(t) => Tolerance::Absolute(t * k),
                                relative => relative,
                            },
                        },
                        None => Rule::Count {
                            value,
                            tolerance,
                            unit,
                        },
                    }
                }
            }
            "score" => {
                let value = value.and_then(|v| match scalar_text(v) {
                    Some(s) => values::score(&s)
                        .map_err(|bad| self.bad_value(&value_path, bad))
                        .ok(),
                    None => {
                        self.wrong_type(&value_path, "value", "a score like `40-22`", v);
                        None
                    }
                });
                let sides_path = with(path, key("sides"));
                let sides = match claim.get("sides").filter(|v| !v.is_null()) {
                    None => None,
                    Some(v) => {
                        let ids = self.texts(&sides_path, "sides", v, "entity ids");
                        self.entity_refs(&sides_path, &ids, defined, entities);
                        match <[String; 2]>::try_from(ids) {
                            Ok(pair) => Some(pair),
                            Err(ids) => {
                                if !ids.is_empty() {
                                    self.at_value(
                                        ErrorKind::Value,
                                        &sides_path,
                                        format!("`sides` names {} entities; a score has two", ids.len()),
                                        "here",
                                        Some("write `sides: [winner, loser]`, in the order of `value`".into()),
                                    );
                                }
                                None
                            }
                        }
                    }
                };
                Rule::Score { value, sides }
            }
            "date" => Rule::Date {
                value: value.and_then(|v| self.date(&value_path, v)),
            },
            "year" => Rule::Year {
                value: value.and_then(|v| self.year(&value_path, v)),
            },
            "place" => {
                let value = value.and_then(|v| match scalar_text(v) {
                    Some(s) if !s.trim().is_empty() => Some(place(s.trim(), entities)),
                    _ => {
                        self.wrong_type(&value_path, "value", "a place: an entity id or a name", v);
                        None
                    }
                });
                let also = optional_list(self, "also", "places");
                let rivals = optional_list(self, "rivals", "places");
                Rule::Place {
                    value,
                    also: also.iter().map(|p| place(p, entities)).collect(),
                    rivals: rivals.iter().map(|p| place(p, entities)).collect(),
                }
            }
            "people" => {
                let value = value.map(|v| {
                    let ids = self.texts(&value_path, "value", v, "entity ids");
                    self.entity_refs(&value_path, &ids, defined, entities);
                    ids
                });
                let absent = optional_list(self, "absent", "entity ids");
                let absent_path = with(path, key("absent"));
                self.entity_refs(&absent_path, &absent, defined, entities);
                if let Some(present) = &value {
                    for (i, a) in absent.iter().enumerate() {
                        if present.contains(a) {
                            let span = self.locator.item(&absent_path, i);
                            let e = self.error(
                                ErrorKind::Value,
                                format!("`{a}` is both in `value` and in `absent`"),
                                span,
                                "also listed as present",
                                Some("a person was either there or not: remove one".into()),
                            );
                            self.problems.push(e);
                        }
                    }
                }
                Rule::People { value, absent }
            }
            "quote" => {
                let value = value.and_then(|v| match v {
                    Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
                    other => {
                        self.wrong_type(&value_path, "value", "the quoted words as text", other);
                        None
                    }
                });
                let speaker = match claim.get("speaker") {
                    None | Some(Value::Null) => {
                        self.at_key(
                            ErrorKind::MissingKey,
                            path,
                            "a quote claim needs a `speaker`".to_string(),
                            "this claim",
                            Some("add `speaker:` with the entity id of who said it".into()),
                        );
                        String::new()
                    }
                    Some(Value::String(s)) => {
                        let speaker_path = with(path, key("speaker"));
                        self.entity_ref(&speaker_path, s, defined, entities);
                        s.clone()
                    }
                    Some(v) => {
                        self.wrong_type(&with(path, key("speaker")), "speaker", "an entity id", v);
                        String::new()
                    }
                };
                Rule::Quote { value, speaker }
            }
            _ => {
                let value = value.and_then(|v| match v {
                    Value::Bool(b) => Some(*b),
                    other => {
                        let text = scalar_text(other).unwrap_or_else(|| type_name(other).into());
                        self.at_value(
                            ErrorKind::Value,
                            &value_path,
                            format!("a statement's value is `true` or `false`, not `{text}`"),
                            "here",
                            Some("write `value: true` or `value: false`, or leave it out".into()),
                        );
                        None
                    }
                });
                let affirm = optional_list(self, "affirm", "phrases");
                let deny = optional_list(self, "deny", "phrases");
                self.statement_phrases(path, claim, value, &affirm, &deny);
                Rule::Statement {
                    value,
                    affirm,
                    deny,
                }
            }
        };
        (self.problems.len() == before).then_some(rule)
    }

    fn statement_phrases(
        &mut self,
        path: &[Step],
        claim: &Mapping,
        value: Option<bool>,
        affirm: &[String],
        deny: &[String],
    ) {
        // An empty or malformed list is already reported; only a missing one is new.
        let given = |k: &str| claim.contains_key(k);
        let (needed, message) = match value {
            Some(true) if affirm.is_empty() && !given("affirm") => (
                "affirm",
                "a statement whose value is true needs `affirm` phrases",
            ),
            Some(false) if deny.is_empty() && !given("deny") => (
                "deny",
                "a statement whose value is false needs `deny` phrases",
            ),
            None if affirm.is_empty() && deny.is_empty() && !given("affirm") && !given("deny") => {
                ("affirm", "a statement needs `affirm` or `deny` phrases")
            }
            _ => return,
        };
        self.at_key(
            ErrorKind::MissingKey,
            path,
            message,
            "this claim",
            Some(format!(
                "add `{needed}: [phrases, that, say, so]`; articles are matched against them"
            )),
        );
    }

    fn quantity(
        &mut self,
        path: &[Step],
        v: &Value,
        is_duration: bool,
    ) -> Option<crate::interval::Interval> {
        let result = match (v, is_duration) {
            (Value::String(s), true) => values::interval(s, values::duration, values::show_duration),
            (Value::String(s), false) => values::interval(s, values::count, |x| x.to_string()),
            (Value::Number(n), false) => match n.as_u64() {
                Some(x) => Ok(crate::interval::Interval::point(x as f64)),
                None => Err(Bad {
                    message: format!("`{n}` is not a count"),
                    help: Some("a count is a whole number like `45` or a range like `40..50`".into()),
                }),
            },
            (Value::Number(n), true) => Err(Bad {
                message: format!("`{n}` has no unit"),
                help: Some(
                    "durations are written like `3h`, `2h30m`, `90m` or `45s`; a bare number could be minutes or seconds".into(),
                ),
            }),
            (other, _) => {
                let wanted = if is_duration {
                    "a duration like `3h` or a range like `2h30m..3h`"
                } else {
                    "a count like `45` or a range like `40..50`"
                };
                self.wrong_type(path, "value", wanted, other);
                return None;
            }
        };
        result.map_err(|bad| self.bad_value(path, bad)).ok()
    }

    /// A count's `value`: a number, a range, or an amount with a unit
    /// (`12 million`, `47%`, `$2.5 billion`), and the unit it was written in.
    fn count_value(
        &mut self,
        path: &[Step],
        v: &Value,
    ) -> Option<(crate::interval::Interval, Option<crate::unit::Unit>)> {
        let result = match v {
            Value::String(s) => {
                let units = std::cell::RefCell::new(Vec::new());
                let read = |t: &str| {
                    values::amount(t).map(|(x, u)| {
                        units.borrow_mut().push(u);
                        x
                    })
                };
                values::interval(s, read, |x| x.to_string()).and_then(|value| {
                    let units = units.into_inner();
                    let named: Vec<_> = units.iter().flatten().collect();
                    if named.windows(2).any(|w| w[0] != w[1]) {
                        return Err(Bad {
                            message: format!("the ends of `{s}` are in different units"),
                            help: Some("write both ends in one unit, e.g. `40%..50%`".into()),
                        });
                    }
                    Ok((value, named.first().map(|u| **u)))
                })
            }
            // (Below zero only a temperature may be: see the caller.)
            Value::Number(n) => match n.as_f64() {
                Some(x) if x.is_finite() => Ok((crate::interval::Interval::point(x), None)),
                _ => Err(Bad {
                    message: format!("`{n}` is not a count"),
                    help: Some(
                        "a count is a number like `45` or `12.5`, or a range like `40..50`".into(),
                    ),
                }),
            },
            other => {
                self.wrong_type(
                    path,
                    "value",
                    "a count like `45`, `47%` or `$2.5 billion`, or a range like `40..50`",
                    other,
                );
                return None;
            }
        };
        result.map_err(|bad| self.bad_value(path, bad)).ok()
    }

    /// A count's `unit:`: percent, a currency, a measure (see
    /// [`crate::unit::parse`]) or a counted noun; a near miss of a unit's
    /// spelling or an unknown currency code is an error with a suggestion.
    fn count_unit(&mut self, path: &[Step], v: &Value, own: &[String]) -> Option<CountUnit> {
        let Value::String(s) = v else {
            self.wrong_type(
                path,
                "unit",
                "a unit like `percent`, `USD`, `tonnes` or `people`",
                v,
            );
            return None;
        };
        let s = s.trim();
        if let Some(unit) = crate::unit::parse(s) {
            return Some(CountUnit::Unit(unit));
        }
        let code_like = s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase());
        let near = if code_like {
            did_you_mean(s, crate::unit::CURRENCY_CODES.iter().copied())
        } else {
            did_you_mean(s, crate::unit::spellings())
        };
        let plain = !s.is_empty() && s.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '-');
        // A word one letter from a unit, or two swapped, is taken for its
        // typo ("percnet"); one further off is a noun of its own ("counts",
        // two letters from "pounds"), and so is one the claim's `about` or
        // cues use too ("aces", one letter from "acres", in "aces served").
        let lower = s.to_lowercase();
        let typo = !own.contains(&lower)
            && near.is_some_and(|n| {
                let b = n.to_lowercase();
                super::suggest::distance(&lower, &b) <= 1 || swapped(&lower, &b)
            });
        if plain && !code_like && !typo {
            return Some(CountUnit::Noun(s.to_lowercase()));
        }
        let help = match near {
            Some(n) => format!("did you mean `{n}`?"),
            None if code_like => format!(
                "the currency codes read are {}",
                list_iter(crate::unit::CURRENCY_CODES.iter().copied())
            ),
            None => "a unit is `percent`, a currency (`USD`, `$`, `euros`), a measure (`tonnes`, `km`) or a counted noun (`people`)".into(),
        };
        self.at_value(
            ErrorKind::Value,
            path,
            format!("unknown unit `{s}`"),
            "not a unit",
            Some(help),
        );
        None
    }

    /// The value in the claim's unit: `unit:` when given (a value written in
    /// another unit of the same kind is converted; one of another kind is an
    /// error), else the unit the value was written in.
    fn value_in_unit(
        &mut self,
        path: &[Step],
        value: Option<crate::interval::Interval>,
        written: Option<crate::unit::Unit>,
        unit: Option<CountUnit>,
    ) -> (Option<crate::interval::Interval>, Option<CountUnit>) {
        match (value, written, unit) {
            (Some(v), Some(w), Some(CountUnit::Unit(u))) => match w.convert(&u) {
                // (A value written in another unit keeps the precision it
                // was written to: `115 °F` is 114.5 to 115.5 °F.)
                Some((k, c)) => (Some(v.converted(k, c)), Some(CountUnit::Unit(u))),
                None => {
                    self.at_value(
                        ErrorKind::Value,
                        path,
                        format!("the value is in {w} but `unit` is {u}"),
                        "here",
                        Some("write the value in the claim's unit, or drop one of them".into()),
                    );
                    (None, Some(CountUnit::Unit(u)))
                }
            },
            (Some(_), Some(w), Some(CountUnit::Noun(n))) => {
                self.at_value(
                    ErrorKind::Value,
                    path,
                    format!("the value is in {w} but `unit` counts {n}"),
                    "here",
                    Some("write the value as a plain number when the claim counts a noun".into()),
                );
                (None, Some(CountUnit::Noun(n)))
            }
            (v, Some(w), None) => (v, Some(CountUnit::Unit(w))),
            (v, _, u) => (v, u),
        }
    }

    fn tolerance(&mut self, path: &[Step], v: &Value, is_duration: bool) -> Option<Tolerance> {
        let negative = |text: &str| Bad {
            message: format!("tolerance `{text}` is negative"),
            help: Some(
                "a tolerance is a distance either side of the value: write it without `-`".into(),
            ),
        };
        let result = match v {
            Value::String(s) => {
                let s = s.trim();
                match values::percent(s) {
                    Some(r) => r.map(Tolerance::Relative).map_err(|b| {
                        if s.starts_with('-') {
                            negative(s)
                        } else {
                            b
                        }
                    }),
                    None if s.starts_with('-') => Err(negative(s)),
                    None if is_duration => values::duration(s).map(Tolerance::Absolute),
                    // Written as the value may be: `0.05 million`, `2,500`,
                    // `12.5`; in the value's own unit, so a unit of its own
                    // ("$50,000") is one to convert, which it asks for.
                    None => match values::amount(s) {
                        Ok((x, None)) => Ok(Tolerance::Absolute(x)),
                        Ok((_, Some(unit))) => Err(Bad {
                            message: format!("tolerance `{s}` names a unit ({unit})"),
                            help: Some(
                                "write the tolerance as a plain number in the value's unit (`50,000` or `0.05 million`), or as a percentage like `3%`".into(),
                            ),
                        }),
                        Err(b) => Err(b),
                    },
                }
            }
            Value::Number(n) => match n.as_f64() {
                Some(x) if x < 0.0 => Err(negative(&n.to_string())),
                Some(0.0) => Ok(Tolerance::Absolute(0.0)),
                Some(_) if is_duration => Err(Bad {
                    message: format!("tolerance `{n}` has no unit"),
                    help: Some("write a duration like `30m` or a percentage like `10%`".into()),
                }),
                // Counts may be fractional ("6.9" on a magnitude scale,
                // "68.4%"), and so may the distance either side of them.
                Some(x) if x.is_finite() => Ok(Tolerance::Absolute(x)),
                _ => Err(Bad {
                    message: format!("tolerance `{n}` is not a number"),
                    help: Some(
                        "write a number like `5` or `0.5`, or a percentage like `10%`".into(),
                    ),
                }),
            },
            other => {
                self.wrong_type(
                    path,
                    "tolerance",
                    "a duration like `30m`, a number, or a percentage like `10%`",
                    other,
                );
                return None;
            }
        };
        result.map_err(|bad| self.bad_value(path, bad)).ok()
    }

    fn year(&mut self, path: &[Step], v: &Value) -> Option<i32> {
        let result = match v {
            Value::Number(n) => values::year(&n.to_string()),
            Value::String(s) => values::year(s),
            other => {
                self.wrong_type(path, "value", "a year like `2019`", other);
                return None;
            }
        };
        result.map_err(|bad| self.bad_value(path, bad)).ok()
    }

    /// Checks that every id in `ids` (the list at `path`) is a defined entity.
    fn entity_refs(
        &mut self,
        path: &[Step],
        ids: &[String],
        defined: &[String],
        entities: &[Entity],
    ) {
        for (i, id) in ids.iter().enumerate() {
            self.entity_ref(&with(path, Step::Index(i)), id, defined, entities);
        }
    }

    fn entity_ref(&mut self, path: &[Step], id: &str, defined: &[String], entities: &[Entity]) {
        if defined.iter().any(|d| d == id) {
            return;
        }
        let by_name = entities
            .iter()
            .filter(|e| !e.implicit)
            .find(|e| e.names.iter().any(|n| n.eq_ignore_ascii_case(id)));
        let help = if let Some(e) = by_name {
            format!(
                "did you mean `{}`? `{id}` is one of its names; refer to entities by id",
                e.id
            )
        } else if let Some(s) = did_you_mean(id, defined.iter().map(String::as_str)) {
            format!("did you mean `{s}`?")
        } else if defined.is_empty() {
            format!("define it under `entities:`, e.g. `{id}: [Full Name, Surname]`")
        } else {
            format!(
                "define it under `entities:`; the ids defined are {}",
                list_iter(defined.iter().map(String::as_str))
            )
        };
        self.at_value(
            ErrorKind::UndefinedEntity,
            path,
            format!("undefined entity `{id}`"),
            "not defined under `entities`",
            Some(help),
        );
    }
}

/// Resolves a place reference to an entity id, adding an implicit entity for a
/// plain name that is neither an id nor a known spelling.
fn place(name: &str, entities: &mut Vec<Entity>) -> String {
    if entities.iter().any(|e| e.id == name) {
        return name.to_string();
    }
    if let Some(e) = entities
        .iter()
        .filter(|e| !e.implicit)
        .find(|e| e.names.iter().any(|n| n.eq_ignore_ascii_case(name)))
    {
        return e.id.clone();
    }
    entities.push(Entity {
        id: name.to_string(),
        names: vec![name.to_string()],
        implicit: true,
    });
    name.to_string()
}

fn list(items: &[&str]) -> String {
    list_iter(items.iter().copied())
}

fn list_iter<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    let mut seen = BTreeSet::new();
    let quoted: Vec<String> = items
        .into_iter()
        .filter(|k| seen.insert(*k))
        .map(|k| format!("`{k}`"))
        .collect();
    quoted.join(", ")
}

// The JSON Schema for editors is built from the key lists above.
#[path = "json_schema.rs"]
pub(super) mod json_schema;

/// The words of a claim's `about` and cues, lower-cased: a unit the editor
/// wrote there too is meant as written.
fn own_words(claim: &Mapping) -> Vec<String> {
    let mut texts: Vec<&str> = Vec::new();
    if let Some(Value::String(about)) = claim.get("about") {
        texts.push(about);
    }
    if let Some(Value::Sequence(near)) = claim.get("near") {
        texts.extend(near.iter().filter_map(Value::as_str));
    }
    texts
        .iter()
        .flat_map(|t| t.split(|c: char| !c.is_alphanumeric() && c != '-'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Whether `a` is `b` with two neighbouring letters swapped ("percnet").
fn swapped(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len() != b.len() {
        return false;
    }
    let diff: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
    diff.len() == 2
        && diff[1] == diff[0] + 1
        && a[diff[0]] == b[diff[1]]
        && a[diff[1]] == b[diff[0]]
}

/// The length in seconds of a counted noun that is a unit of time
/// (`years`, `months`, `weeks`, `days`, `hours`, `minutes`), as the
/// extractor reads them (a month is 30 days, a year 365).
/// A year as a claim in years is read: 365 days, in seconds.
pub(crate) const YEAR_SECONDS: f64 = 365.0 * 86_400.0;

fn time_noun_seconds(noun: &str) -> Option<f64> {
    const DAY: f64 = 86_400.0;
    Some(match noun.trim_end_matches('s') {
        "second" => 1.0,
        "minute" => 60.0,
        "hour" => 3_600.0,
        "day" => DAY,
        "week" => 7.0 * DAY,
        "month" => 30.0 * DAY,
        "year" => YEAR_SECONDS,
        "decade" => 3_650.0 * DAY,
        _ => return None,
    })
}
