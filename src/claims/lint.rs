//! Quiet mistakes in a valid claims file: things that load but are likely
//! slips, reported by `claims check` as warnings (they never fail it).
//!
//! A place name in a place claim's `value`, `also` or `rivals` that is no
//! entity becomes an implicit entity of its own (SPEC §2). When it is one
//! edit away from a real entity's id or spelling (`tranquillity` against the
//! entity `tranquility`), the author almost surely meant that entity, and the
//! claim silently checks a place no article names.

use super::model::{ClaimsFile, Rule};

/// A place name that is no entity but one edit away from one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NearMiss {
    /// The claim's id.
    pub claim: String,
    /// `value`, `also` or `rivals`.
    pub key: &'static str,
    /// The name as written.
    pub name: String,
    /// The entity id or spelling it is one edit from.
    pub meant: String,
    /// Byte offset of the name in the claims file's source, when found.
    pub offset: Option<usize>,
}

/// Every place name of `file` that is no entity but one edit away from one.
pub fn place_near_misses(file: &ClaimsFile) -> Vec<NearMiss> {
    let known: Vec<&str> = file
        .entities
        .iter()
        .filter(|e| !e.implicit)
        .flat_map(|e| std::iter::once(e.id.as_str()).chain(e.names.iter().map(String::as_str)))
        .collect();
    let implicit = |name: &str| file.entities.iter().any(|e| e.implicit && e.id == name);
    let mut out = Vec::new();
    for claim in &file.claims {
        let Rule::Place {
            value,
            also,
            rivals,
        } = &claim.rule
        else {
            continue;
        };
        let names = value
            .iter()
            .map(|v| ("value", v))
            .chain(also.iter().map(|v| ("also", v)))
            .chain(rivals.iter().map(|v| ("rivals", v)));
        for (key, name) in names {
            if !implicit(name) {
                continue;
            }
            let folded = name.to_lowercase();
            let Some(meant) = known
                .iter()
                .find(|k| super::suggest::distance(&folded, &k.to_lowercase()) == 1)
            else {
                continue;
            };
            let offset = file
                .source
                .get(claim.key_span.start..)
                .and_then(|rest| rest.find(name.as_str()))
                .map(|i| claim.key_span.start + i);
            out.push(NearMiss {
                claim: claim.id.clone(),
                key,
                name: name.clone(),
                meant: meant.to_string(),
                offset,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_one_edit_from_an_entity_is_a_near_miss() {
        let yaml = "entities:\n  tranquility: [Sea of Tranquility]\nclaims:\n  site:\n    about: where they landed\n    kind: place\n    value: tranquility\n    rivals: [tranquillity, Houston]\n    near: [landed]\n";
        let file = crate::claims::parse(std::path::Path::new("m.yaml"), yaml).unwrap();
        let misses = place_near_misses(&file);
        assert_eq!(misses.len(), 1, "{misses:?}");
        let m = &misses[0];
        assert_eq!(
            (m.key, m.name.as_str(), m.meant.as_str()),
            ("rivals", "tranquillity", "tranquility")
        );
        assert_eq!(m.offset, yaml.find("tranquillity"));
    }
}
