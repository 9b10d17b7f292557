//! The `factcheck-extract/1` JSON form of mentions (SPEC §3), in one place so
//! that the `extract` command and the snapshot tests print the same thing.
//!
//! Field order is fixed by the structs below (kind, start, end, text, then the
//! kind's normalised fields); a field the text did not say is left out rather
//! than printed as `null`, except an open interval end, which is `null`.
//! Whole numbers print as integers (`10800`, not `10800.0`).

use serde::Serialize;
use serde_json::Value;

use super::{Mention, MentionKind};
use crate::interval::Interval;

/// The schema name of the extract document.
pub const SCHEMA: &str = "factcheck-extract/1";

/// The whole `extract --format json` document.
#[derive(Debug, Serialize)]
pub struct Document<'a> {
    /// Always [`SCHEMA`].
    pub schema: &'static str,
    /// One entry per article, in the order given.
    pub articles: Vec<ArticleJson<'a>>,
}

/// One article's mentions.
#[derive(Debug, Serialize)]
pub struct ArticleJson<'a> {
    /// The path as given (`-` for stdin).
    pub path: &'a str,
    /// Its mentions, in the order given (the extractor sorts them by offset).
    pub mentions: Vec<MentionJson<'a>>,
}

/// One line of `extract --format jsonl`: a mention with its article's path.
#[derive(Debug, Serialize)]
pub struct LineJson<'a> {
    /// The article's path.
    pub path: &'a str,
    /// The mention.
    #[serde(flatten)]
    pub mention: MentionJson<'a>,
}

/// One mention: kind, byte span, exact text and the kind's normalised fields.
#[derive(Debug, Serialize)]
pub struct MentionJson<'a> {
    kind: &'static str,
    start: usize,
    end: usize,
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    hedge: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    seconds: Option<[Value; 2]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    value: Option<[Value; 2]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    unit: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    noun: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    points: Option<[super::Points; 2]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    month: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    day: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    weekday: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    year: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    entity: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    speaker: Option<&'a str>,
}

impl<'a> MentionJson<'a> {
    /// The JSON form of `mention`, found in `text`.
    pub fn new(text: &'a str, mention: &'a Mention) -> Self {
        let mut out = MentionJson {
            kind: mention.kind.name(),
            start: mention.span.start,
            end: mention.span.end,
            text: text.get(mention.span.clone()).unwrap_or(""),
            hedge: None,
            seconds: None,
            value: None,
            unit: None,
            noun: None,
            points: None,
            date: None,
            month: None,
            day: None,
            weekday: None,
            year: None,
            entity: None,
            name: None,
            speaker: None,
        };
        match &mention.kind {
            MentionKind::Duration(q) => {
                out.hedge = q.hedge.as_deref();
                out.seconds = Some(interval(&q.interval));
            }
            MentionKind::Count {
                quantity,
                noun,
                unit,
            } => {
                out.value = Some(interval(&quantity.interval));
                out.unit = unit.as_ref().map(crate::unit::Unit::name);
                out.noun = noun.as_deref();
            }
            MentionKind::Score { points, .. } => out.points = Some([points.0, points.1]),
            MentionKind::Date(d) => {
                match d.date {
                    Some(date) => out.date = Some(date.format("%Y-%m-%d").to_string()),
                    None => {
                        out.month = d.month;
                        out.day = d.day;
                    }
                }
                out.weekday = d.weekday.map(|w| w.to_string());
            }
            MentionKind::Year { years, .. } => {
                out.year = Some(if years.is_point() {
                    number(years.lo)
                } else {
                    Value::Array(interval(years).to_vec())
                });
            }
            MentionKind::Entity { id, name } => {
                out.entity = id.as_deref();
                out.name = Some(name);
            }
            MentionKind::Quote {
                speaker, unnamed, ..
            } => out.speaker = speaker.as_deref().filter(|_| !unnamed),
        }
        out
    }
}

impl<'a> ArticleJson<'a> {
    /// The JSON form of one article's mentions.
    pub fn new(path: &'a str, text: &'a str, mentions: &'a [Mention]) -> Self {
        ArticleJson {
            path,
            mentions: mentions.iter().map(|m| MentionJson::new(text, m)).collect(),
        }
    }
}

impl<'a> Document<'a> {
    /// The document for these articles.
    pub fn new(articles: Vec<ArticleJson<'a>>) -> Self {
        Document {
            schema: SCHEMA,
            articles,
        }
    }
}

/// `[lo, hi]`, `null` for an open end.
fn interval(i: &Interval) -> [Value; 2] {
    [number(i.lo), i.hi.map_or(Value::Null, number)]
}

/// An integer when whole, else a float; `null` for a value JSON cannot hold.
fn number(x: f64) -> Value {
    if x.is_finite() && x.fract() == 0.0 && x.abs() < 9.0e15 {
        Value::from(x as i64)
    } else {
        serde_json::Number::from_f64(x).map_or(Value::Null, Value::Number)
    }
}

#[cfg(test)]
mod tests {
    use super::super::{DateValue, Quantity};
    use super::*;
    use chrono::{NaiveDate, Weekday};

    fn json(text: &str, kind: MentionKind) -> String {
        let m = Mention {
            span: 0..text.len(),
            kind,
        };
        serde_json::to_string(&MentionJson::new(text, &m)).unwrap()
    }

    #[test]
    fn duration_has_hedge_and_seconds() {
        let kind = MentionKind::Duration(Quantity {
            interval: Interval::new(9180.0, 10800.0),
            hedge: Some("nearly".into()),
        });
        assert_eq!(
            json("nearly three hours", kind),
            r#"{"kind":"duration","start":0,"end":18,"text":"nearly three hours","hedge":"nearly","seconds":[9180,10800]}"#
        );
    }

    #[test]
    fn open_ends_are_null_and_fractions_stay() {
        let kind = MentionKind::Count {
            quantity: Quantity {
                interval: Interval::at_least(2.5),
                hedge: None,
            },
            noun: Some("journalists".into()),
            unit: None,
        };
        assert_eq!(
            json("x", kind),
            r#"{"kind":"count","start":0,"end":1,"text":"x","value":[2.5,null],"noun":"journalists"}"#
        );
    }

    #[test]
    fn counts_carry_their_unit_and_scores_their_points() {
        let kind = MentionKind::Count {
            quantity: Quantity {
                interval: Interval::point(2.5e9),
                hedge: None,
            },
            noun: None,
            unit: Some(crate::unit::Unit::Currency("USD")),
        };
        assert_eq!(
            json("$2.5bn", kind),
            r#"{"kind":"count","start":0,"end":6,"text":"$2.5bn","value":[2500000000,2500000000],"unit":"USD"}"#
        );
        let kind = MentionKind::Score {
            points: (
                crate::extract::Points::whole(40),
                crate::extract::Points::whole(22),
            ),
            sides: None,
        };
        assert_eq!(
            json("40-22", kind),
            r#"{"kind":"score","start":0,"end":5,"text":"40-22","points":[40,22]}"#
        );
    }

    #[test]
    fn dates_say_as_much_as_the_text() {
        let full = MentionKind::Date(DateValue {
            date: NaiveDate::from_ymd_opt(2025, 8, 15),
            month: Some(8),
            day: Some(15),
            weekday: Some(Weekday::Fri),
        });
        assert_eq!(
            json("d", full),
            r#"{"kind":"date","start":0,"end":1,"text":"d","date":"2025-08-15","weekday":"Fri"}"#
        );
        let partial = MentionKind::Date(DateValue {
            month: Some(8),
            day: Some(15),
            ..DateValue::default()
        });
        assert_eq!(
            json("d", partial),
            r#"{"kind":"date","start":0,"end":1,"text":"d","month":8,"day":15}"#
        );
    }

    #[test]
    fn years_are_integers_or_intervals() {
        let point = MentionKind::Year {
            years: Interval::point(2019.0),
            hedge: None,
        };
        assert!(json("y", point).ends_with(r#""year":2019}"#));
        let range = MentionKind::Year {
            years: Interval::new(2015.0, 2019.0),
            hedge: None,
        };
        assert!(json("y", range).ends_with(r#""year":[2015,2019]}"#));
    }

    #[test]
    fn entities_and_quotes() {
        let entity = MentionKind::Entity {
            id: Some("putin".into()),
            name: "Putin".into(),
        };
        assert!(json("Putin", entity).ends_with(r#""entity":"putin","name":"Putin"}"#));
        let quote = MentionKind::Quote {
            inner: 1..2,
            speaker: None,
            continued: false,
            unnamed: false,
        };
        assert!(json("“a”", quote).ends_with(r#""text":"“a”"}"#));
    }
}
