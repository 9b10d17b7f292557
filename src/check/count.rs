//! `count` claims: how many of something there were.
//!
//! What it does: a count mention in a cue sentence is judged as an interval
//! against `value ± tolerance` (absolute or a percentage). Pass: "about 45
//! reporters" against `40..50`. Fail: "a dozen reporters" against `40..50`.
//!
//! A count claim with a `unit` takes only mentions in that unit ([`accepts`],
//! SPEC rule 2b): "47%" for `unit: percent`, "$2.5bn" for `USD`, "40 metric
//! tons" for `tonnes` (and "12 miles" for `km`, converted), "40,000 fans"
//! for `fans`. Without a `unit` it takes plain counts only: a percentage or an
//! amount of money is no number of things.

use crate::claims::{CountUnit, Rule, Tolerance};
use crate::extract::MentionKind;
use crate::interval::{Interval, Number};

use super::verdict::Judgement;
use super::window;
use super::Value;

/// A count as a plain number.
pub(crate) fn show_number(x: f64) -> String {
    if x.is_finite() {
        Number(x).to_string()
    } else {
        "∞".to_string()
    }
}

/// A count interval as `40..50`.
pub(crate) fn show(interval: &Interval) -> String {
    window::show(interval, show_number)
}

/// A stated count against the claim.
pub(crate) fn judge(
    about: &str,
    value: &Interval,
    tolerance: Tolerance,
    stated: &Interval,
) -> Judgement {
    window::judge(about, value, tolerance, stated, show_number)
}

/// Whether a mention is about what the claim counts: `Some(factor)` into the
/// claim's unit when it is (1 but for measures: miles for a `km` claim), `None`
/// when it counts something else. Mentions and claims of other kinds pass
/// with factor 1: this decides units only.
/// A `unit:` of so much per something, split at "per": ("microsieverts",
/// "hour") for "microsieverts per hour".
pub(crate) fn per_head(unit: &str) -> Option<(&str, &str)> {
    let (head, per) = unit.split_once(" per ")?;
    let (head, per) = (head.trim(), per.trim());
    (!head.is_empty() && !per.is_empty() && !per.contains(' ')).then_some((head, per))
}

pub(crate) fn accepts(rule: &Rule, mention: &MentionKind) -> Option<f64> {
    conversion(rule, mention).map(|(k, _)| k)
}

/// [`accepts`], with the offset a temperature's conversion needs too
/// (`v * k + c` in the claim's unit).
fn conversion(rule: &Rule, mention: &MentionKind) -> Option<(f64, f64)> {
    let (
        Rule::Count { unit: claim, .. },
        MentionKind::Count {
            unit: stated, noun, ..
        },
    ) = (rule, mention)
    else {
        return Some((1.0, 0.0));
    };
    match (claim, stated) {
        (None, None) => Some((1.0, 0.0)),
        (None, Some(_)) => None,
        // A measure in a unit ten thousand times smaller or larger than
        // the claim's measures something else: "up to 11 cm of ash" is no
        // 12 km column (writers convert to a neighbouring unit).
        (Some(CountUnit::Unit(want)), Some(got)) => {
            got.convert(want).filter(|(k, _)| (1e-4..=1e4).contains(k))
        }
        // "46.3 degrees" in a story told in one scale: the claim's.
        (Some(CountUnit::Unit(crate::unit::Unit::Measure(m))), None)
            if m.dimension == crate::unit::Dimension::Temperature =>
        {
            noun.as_deref()
                .is_some_and(|n| matches!(n, "degrees" | "degree"))
                .then_some((1.0, 0.0))
        }
        (Some(CountUnit::Unit(_)), None) => None,
        // "microsieverts per hour", "micrograms per litre": a unit per
        // something takes a figure in its head unit ("0.11 microsieverts
        // per hour", "48 micrograms of toxin per litre").
        (Some(CountUnit::Noun(want)), None) => noun
            .as_deref()
            .is_some_and(|n| {
                same_noun(want, n) || per_head(want).is_some_and(|(h, _)| same_noun(h, n))
            })
            .then_some((1.0, 0.0)),
        (Some(CountUnit::Noun(want)), Some(got)) => {
            let (head, _) = per_head(want)?;
            got.convert(&crate::unit::parse(head)?)
                .filter(|(k, _)| (1e-4..=1e4).contains(k))
        }
    }
}

/// A candidate's value in the claim's unit ([`accepts`]'s factor applied to
/// a count interval; any other value as it is).
///
/// A figure converted from another unit keeps the precision it was written
/// to: "80 mph" is 79.5 to 80.5 mph, 127.9 to 129.6 km/h, which a claim of
/// 128 km/h fits (the writer converted and rounded).
pub(crate) fn in_claim_unit(rule: &Rule, mention: &MentionKind, value: Value) -> Value {
    // "the 1,140-mile race" under 1,140 nautical miles: at sea and in the
    // air a mile is often the nautical one, and a figure that is the
    // claim's own number in plain miles is read so.
    if let (
        Rule::Count {
            value: Some(x),
            tolerance,
            unit: Some(CountUnit::Unit(crate::unit::Unit::Measure(want))),
        },
        MentionKind::Count {
            unit: Some(crate::unit::Unit::Measure(got)),
            ..
        },
        Value::Interval(i),
    ) = (rule, mention, &value)
    {
        if want.name == "nautical mile"
            && got.name == "mile"
            && window::verdict(x, *tolerance, i) == super::Verdict::Supports
        {
            return value;
        }
    }
    // A person's age ("Korvan, 52,") under a claim of that age in years,
    // which the claims file reads as a length of time.
    if let (
        Rule::Duration { .. },
        MentionKind::Count {
            unit: None,
            noun: None,
            ..
        },
        Value::Interval(i),
    ) = (rule, mention, &value)
    {
        return Value::Interval(i.scale(crate::claims::YEAR_SECONDS));
    }
    match (value, conversion(rule, mention)) {
        (Value::Interval(i), Some((k, c))) => Value::Interval(i.converted(k, c)),
        (value, _) => value,
    }
}

/// Plurals the stemmer leaves apart.
const IRREGULAR: &[(&str, &str)] = &[
    ("men", "man"),
    ("women", "woman"),
    ("people", "person"),
    ("children", "child"),
    ("feet", "foot"),
    ("mice", "mouse"),
];

/// Whether a counted noun names people ("workers", "firefighters",
/// "residents", "men"): what a claim counting people counts, through a
/// frame ("Four workers were killed").
pub(crate) fn is_person_noun(noun: &str) -> bool {
    const PEOPLE: &[&str] = &[
        "men",
        "women",
        "children",
        "adults",
        "staff",
        "crew",
        "residents",
        "patients",
        "students",
        "pupils",
        "civilians",
        "victims",
        "survivors",
        "migrants",
        "refugees",
        "tourists",
        "fans",
        "guests",
        "people",
        "persons",
        "locals",
        "elderly",
        "boys",
        "girls",
        "babies",
        "infants",
        "teenagers",
        "relatives",
        "guards",
        "police",
        "troops",
        "nurses",
        "doctors",
        "pilots",
        "evacuees",
        "hostages",
        "detainees",
        "prisoners",
        "inmates",
        "pedestrians",
        "cyclists",
        "motorists",
        "villagers",
        "citizens",
        "nationals",
        "colleagues",
        "friends",
        "neighbours",
        "neighbors",
        "delegates",
        "athletes",
        "officials",
        "candidates",
        "deputies",
        "youths",
        "families",
    ];
    const NOT_PEOPLE: &[&str] = &[
        "containers",
        "towers",
        "rivers",
        "letters",
        "papers",
        "centers",
        "numbers",
        "orders",
        "waters",
        "layers",
        "chapters",
        "quarters",
        "headquarters",
        "markers",
        "meters",
        "computers",
        "engines",
        "generators",
        "reactors",
        "sectors",
        "motors",
        "doors",
        "floors",
        "factors",
        "corridors",
        "monitors",
        "colors",
        "colours",
        "errors",
        "indicators",
        "shelters",
        "helicopters",
        "trailers",
        "tankers",
        "carriers",
        "boilers",
        "chambers",
        "borders",
        "shoulders",
        "fingers",
        "matters",
        "hours",
        "powers",
        "flowers",
    ];
    let noun = noun.to_ascii_lowercase();
    PEOPLE.contains(&noun.as_str())
        || (!NOT_PEOPLE.contains(&noun.as_str())
            && noun.len() > 5
            // ("fishermen", "crewmen", "firemen")
            && ["ers", "ors", "ists", "ians", "ees", "men"]
                .iter()
                .any(|e| noun.ends_with(e)))
}

/// Whether two counted nouns name the same thing: equal Snowball stems, with
/// irregular plurals folded ("fans"/"fan", "men"/"man", "people"/"person").
pub(crate) fn same_noun(a: &str, b: &str) -> bool {
    let fold = |w: &str| {
        let w = w.to_lowercase();
        let w = IRREGULAR
            .iter()
            .find(|(plural, _)| *plural == w)
            .map_or(w.clone(), |(_, one)| one.to_string());
        crate::extract::words::stem_cached(&w, str::to_string)
    };
    fold(a) == fold(b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::Verdict;
    use crate::extract::Quantity;

    fn mention(unit: Option<&str>, noun: Option<&str>) -> MentionKind {
        MentionKind::Count {
            quantity: Quantity {
                interval: Interval::point(1.0),
                hedge: None,
            },
            noun: noun.map(str::to_string),
            unit: unit.and_then(crate::unit::parse),
        }
    }

    fn rule(unit: Option<&str>) -> Rule {
        Rule::Count {
            value: None,
            tolerance: Tolerance::default(),
            unit: unit.map(|u| match crate::unit::parse(u) {
                Some(u) => CountUnit::Unit(u),
                None => CountUnit::Noun(u.to_string()),
            }),
        }
    }

    /// (name, the claim's unit, the mention's unit, its noun, taken).
    type UnitCase = (
        &'static str,
        Option<&'static str>,
        Option<&'static str>,
        Option<&'static str>,
        bool,
    );

    #[test]
    fn a_claim_with_a_unit_takes_only_mentions_in_it() {
        let cases: &[UnitCase] = &[
            (
                "percent_takes_percent",
                Some("percent"),
                Some("%"),
                None,
                true,
            ),
            ("percent_not_bare", Some("percent"), None, None, false),
            (
                "percent_not_noun",
                Some("percent"),
                None,
                Some("leaders"),
                false,
            ),
            (
                "percent_not_money",
                Some("percent"),
                Some("USD"),
                None,
                false,
            ),
            (
                "usd_takes_dollars",
                Some("USD"),
                Some("dollars"),
                None,
                true,
            ),
            ("usd_takes_symbol", Some("USD"), Some("$"), None, true),
            ("usd_not_euros", Some("USD"), Some("EUR"), None, false),
            (
                "tonnes_take_tons",
                Some("tonnes"),
                Some("metric tons"),
                None,
                true,
            ),
            ("tonnes_not_km", Some("tonnes"), Some("km"), None, false),
            ("noun_stemmed", Some("fans"), None, Some("fan"), true),
            ("noun_irregular", Some("people"), None, Some("person"), true),
            ("noun_other", Some("fans"), None, Some("stewards"), false),
            ("noun_not_percent", Some("people"), Some("%"), None, false),
            ("none_takes_bare", None, None, None, true),
            ("none_takes_noun", None, None, Some("crew"), true),
            ("none_not_percent", None, Some("%"), None, false),
            ("none_not_money", None, Some("£"), None, false),
        ];
        for (name, claim, unit, noun, want) in cases {
            let got = accepts(&rule(*claim), &mention(*unit, *noun)).is_some();
            assert_eq!(got, *want, "{name}");
        }
    }

    #[test]
    fn measures_are_converted_into_the_claims_unit() {
        let r = rule(Some("km"));
        let ten = Value::Interval(Interval::point(10.0));
        let got = in_claim_unit(&r, &mention(Some("miles"), None), ten.clone());
        let Value::Interval(got) = got else {
            panic!("an interval stays one: {got:?}");
        };
        // Ten miles, written to the nearest mile: 9.5 to 10.5 miles.
        assert!((got.lo - 9.5 * 1.609344).abs() < 1e-9, "{got:?}");
        assert!((got.hi.unwrap() - 10.5 * 1.609344).abs() < 1e-9, "{got:?}");
        let tenth = Value::Interval(Interval::point(4.5));
        let Value::Interval(got) = in_claim_unit(&r, &mention(Some("miles"), None), tenth) else {
            panic!("an interval stays one");
        };
        assert!((got.lo - 4.45 * 1.609344).abs() < 1e-9, "{got:?}");
        let same = in_claim_unit(&r, &mention(Some("km"), None), ten.clone());
        assert_eq!(same, ten);
    }

    #[test]
    fn count_within_relative_tolerance_supports() {
        let v = Interval::point(40.0);
        let j = judge("x", &v, Tolerance::Relative(0.1), &Interval::point(44.0));
        assert_eq!(j.verdict, Verdict::Supports);
        assert_eq!(j.expected.as_deref(), Some("40 ± 10%"));
        let j = judge("x", &v, Tolerance::Relative(0.1), &Interval::point(45.0));
        assert_eq!(j.verdict, Verdict::Contradicts);
        assert_eq!(j.message, "says 45; the claim is 40 ± 10%");
    }

    #[test]
    fn vague_counts_overlap_ranges() {
        // "several" [3, 9] against 10 ± 1.
        let j = judge(
            "x",
            &Interval::point(10.0),
            Tolerance::Absolute(1.0),
            &Interval::new(3.0, 9.0),
        );
        assert_eq!(j.verdict, Verdict::Supports);
        assert_eq!(show(&Interval::new(3.0, 9.0)), "3..9");
        let j = judge(
            "x",
            &Interval::new(40.0, 50.0),
            Tolerance::Absolute(0.0),
            &Interval::new(2.0, 5.0),
        );
        assert_eq!(j.verdict, Verdict::Contradicts);
    }
}
