//! The JSON Schema of claims files, for editors: yaml-language-server reads
//! it (`# yaml-language-server: $schema=claims.schema.json` on a file's first
//! line) and offers completion, hover text and validation as one types.
//!
//! It is built from the validator's own key lists (its parent, `schema`), so a
//! key the validator learns is a key the schema allows; what each key holds
//! and means is said here. The validator stays the authority: the schema is
//! a helper, and where it is looser (a duration's spelling, an entity id that
//! must exist) `factcheck claims check` says more.

use serde_json::{json, Map, Value};

use super::{COMMON_KEYS, EXAMPLE_KEYS, KINDS, TOP_KEYS};

/// What a value of `key` looks like, and what it means.
fn key_schema(key: &str) -> Value {
    let strings = json!({"type": "array", "items": {"type": "string"}});
    // A cue may be a bare number ("2018"), which YAML reads as one.
    let phrases = json!({
        "anyOf": [
            {"type": ["string", "number"]},
            {"type": "array", "items": {"type": ["string", "number"]}, "minItems": 1}
        ]
    });
    match key {
        "event" => {
            json!({"type": "string", "description": "What the claims are about, for messages."})
        }
        "date" => json!({
            "type": "string",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
            "description": "The event's date, YYYY-MM-DD: resolves \"Friday\", \"earlier this year\", \"in ten years\"."
        }),
        "hedge" => json!({
            "type": ["string", "number"],
            "description": "Width of \"about/nearly/roughly\", e.g. 15% (the default)."
        }),
        "speech-verbs" => json!({
            "type": "array", "items": {"type": "string"},
            "description": "More verbs that introduce a quote (SPEC rule 8)."
        }),
        "entities" => json!({
            "type": "object",
            "description": "One id per person or place, with every spelling articles use.",
            "additionalProperties": {"type": "array", "items": {"type": "string"}, "minItems": 1}
        }),
        "claims" => json!({
            "type": "object",
            "description": "Claim id -> claim, in order.",
            "additionalProperties": {"$ref": "#/definitions/claim"}
        }),
        "about" => {
            json!({"type": "string", "description": "What the claim is about, used in messages (\"how long the talks lasted\")."})
        }
        "kind" => json!({
            "enum": KINDS.iter().map(|(k, _)| *k).collect::<Vec<_>>(),
            "description": "What kind of fact it is."
        }),
        "value" => {
            json!({"description": "The fact; omit it to check only that articles agree with each other."})
        }
        "near" => {
            let mut s = phrases;
            s["description"] = json!("Cue words or phrases that say a mention is about this claim (matched on word stems).");
            s
        }
        "not-near" => {
            let mut s = phrases;
            s["description"] = json!("Cue words that say a sentence is not about this claim.");
            s
        }
        "severity" => {
            json!({"enum": ["error", "warning"], "description": "What a problem with this claim is (default error)."})
        }
        "examples" => json!({
            "type": "object",
            "description": "Sentences that must support or contradict the claim (`factcheck claims test`).",
            "properties": EXAMPLE_KEYS.iter().map(|k| (k.to_string(), strings.clone())).collect::<Map<_, _>>(),
            "additionalProperties": false
        }),
        "tolerance" => {
            json!({"type": ["string", "number", "null"], "description": "How far from `value` still supports: 30m, 5, 10%."})
        }
        "unit" => {
            json!({"type": "string", "description": "What is counted: percent, a currency (USD), a measure (tonnes) or a noun (people)."})
        }
        "also" => {
            json!({"type": "array", "items": {"type": "string"}, "description": "Places that are less precise but true."})
        }
        "rivals" => {
            json!({"type": "array", "items": {"type": "string"}, "description": "Places that contradict."})
        }
        "absent" => {
            json!({"type": "array", "items": {"type": "string"}, "description": "Entity ids of people who were not there."})
        }
        "speaker" => json!({"type": "string", "description": "Entity id of who said it."}),
        "sides" => {
            json!({"type": "array", "items": {"type": "string"}, "minItems": 2, "maxItems": 2, "description": "The two sides, in the order of `value`."})
        }
        "affirm" => {
            json!({"type": "array", "items": {"type": "string"}, "description": "Phrases that state it (value true)."})
        }
        "deny" => {
            json!({"type": "array", "items": {"type": "string"}, "description": "Phrases that deny it (value false)."})
        }
        _ => json!({}),
    }
}

/// What `value` holds for a claim of `kind`.
fn value_schema(kind: &str) -> Value {
    match kind {
        // `null` is no value, as if the key were left out.
        "duration" | "date" | "place" | "quote" | "score" => json!({"type": ["string", "null"]}),
        "count" | "year" => json!({"type": ["string", "number", "null"]}),
        "people" => json!({"type": ["array", "null"], "items": {"type": "string"}}),
        "statement" => json!({"type": ["boolean", "null"]}),
        _ => json!({}),
    }
}

/// The schema, as a JSON value (draft-07, which yaml-language-server reads).
pub fn json_schema() -> Value {
    let top: Map<String, Value> = TOP_KEYS
        .iter()
        // `speech-verbs` is in SPEC §3; the validator may list it too.
        .chain(&["speech-verbs"])
        .map(|k| (k.to_string(), key_schema(k)))
        .collect();
    let mut claim_keys: Vec<&str> = COMMON_KEYS.to_vec();
    for (_, extra) in KINDS {
        for k in *extra {
            if !claim_keys.contains(k) {
                claim_keys.push(k);
            }
        }
    }
    let claim_props: Map<String, Value> = claim_keys
        .iter()
        .map(|k| (k.to_string(), key_schema(k)))
        .collect();
    // Each kind allows the common keys and its own, and its own `value` type.
    let per_kind: Vec<Value> = KINDS
        .iter()
        .map(|(kind, extra)| {
            let allowed: Vec<&str> = COMMON_KEYS.iter().chain(extra.iter()).copied().collect();
            json!({
                "if": {"properties": {"kind": {"const": kind}}, "required": ["kind"]},
                "then": {
                    "propertyNames": {"enum": allowed},
                    "properties": {"value": value_schema(kind)}
                }
            })
        })
        .collect();
    json!({
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": "factcheck claims file",
        "description": "What is known about an event, checked against articles by `factcheck report`.",
        "type": "object",
        "required": ["claims"],
        "additionalProperties": false,
        "properties": top,
        "definitions": {
            "claim": {
                "type": "object",
                "required": ["about", "kind"],
                "additionalProperties": false,
                "properties": claim_props,
                "allOf": per_kind
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_validator_key_is_described() {
        let schema = json_schema();
        for key in TOP_KEYS {
            assert!(
                schema["properties"][key]["description"].is_string(),
                "{key}"
            );
        }
        let claim = &schema["definitions"]["claim"]["properties"];
        for key in COMMON_KEYS
            .iter()
            .chain(KINDS.iter().flat_map(|(_, e)| e.iter()))
        {
            assert!(claim[key]["description"].is_string(), "{key}");
        }
    }
}
