//! Candidates parked between the two passes of a report.
//!
//! `factcheck report` reads every article once, keeps what the run as a whole
//! says about each claim (a [`crate::check::Tally`]) and parks each article's
//! candidates here; the second pass takes them back one article at a time to
//! judge them. Candidates are written in a compact binary form to a memory
//! buffer that moves to an anonymous temporary file once it grows past
//! [`IN_MEMORY`], so memory stays flat however large the corpus. The file is
//! the run's own: it is deleted when the run ends, even if it is killed.

use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::sync::Arc;

use chrono::{Datelike, NaiveDate, Weekday};

use crate::check::{Candidate, Link, QuoteFit, QuoteValue, Value};
use crate::extract::DateValue;
use crate::interval::Interval;

/// How many bytes of candidates stay in memory before they go to a file.
const IN_MEMORY: usize = 8 << 20;

/// Every article's candidates (one list per claims file), in run order.
#[derive(Debug, Default)]
pub struct Spill {
    /// Where article `i`'s record starts; the last entry is the end.
    offsets: Vec<u64>,
    /// Records not yet written to `file`.
    buf: Vec<u8>,
    /// The file, once the records outgrew memory.
    file: Option<BufWriter<File>>,
}

impl Spill {
    /// Empty.
    pub fn new() -> Self {
        Spill {
            offsets: vec![0],
            buf: Vec::new(),
            file: None,
        }
    }

    /// How many articles it holds.
    pub fn len(&self) -> usize {
        self.offsets.len() - 1
    }

    /// Whether it holds no article.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Parks the next article's candidates, one list per claims file.
    pub fn push(&mut self, candidates: &[Vec<Candidate>]) -> io::Result<()> {
        let start = self.buf.len();
        put_usize(&mut self.buf, candidates.len());
        for list in candidates {
            put_usize(&mut self.buf, list.len());
            for c in list {
                put_candidate(&mut self.buf, c);
            }
        }
        let end = self.offsets.last().copied().unwrap_or(0) + (self.buf.len() - start) as u64;
        self.offsets.push(end);
        if self.buf.len() >= IN_MEMORY {
            let file = match &mut self.file {
                Some(file) => file,
                None => self
                    .file
                    .insert(BufWriter::with_capacity(1 << 16, tempfile::tempfile()?)),
            };
            file.write_all(&self.buf)?;
            self.buf.clear();
        }
        Ok(())
    }

    /// Done writing: a reader of the records.
    pub fn reader(self) -> io::Result<Reader> {
        let source = match self.file {
            None => Source::Memory(self.buf),
            Some(mut file) => {
                file.write_all(&self.buf)?;
                let mut file = file.into_inner().map_err(io::IntoInnerError::into_error)?;
                file.seek(SeekFrom::Start(0))?;
                Source::File {
                    file: BufReader::with_capacity(1 << 16, file),
                    at: 0,
                }
            }
        };
        Ok(Reader {
            offsets: self.offsets,
            source,
        })
    }
}

/// Reads parked candidates back, an article at a time.
#[derive(Debug)]
pub struct Reader {
    offsets: Vec<u64>,
    source: Source,
}

#[derive(Debug)]
enum Source {
    Memory(Vec<u8>),
    File { file: BufReader<File>, at: u64 },
}

impl Reader {
    /// Article `i`'s record, still encoded: [`decode`] it, on any thread.
    /// Reading articles in the order they were parked reads the file straight through.
    pub fn record(&mut self, i: usize) -> io::Result<Vec<u8>> {
        let (Some(&start), Some(&end)) = (self.offsets.get(i), self.offsets.get(i + 1)) else {
            return Err(corrupt());
        };
        match &mut self.source {
            Source::Memory(buf) => Ok(buf
                .get(to_usize(start)?..to_usize(end)?)
                .ok_or_else(corrupt)?
                .to_vec()),
            Source::File { file, at } => {
                if *at != start {
                    file.seek(SeekFrom::Start(start))?;
                }
                let mut record = vec![0; to_usize(end - start)?];
                file.read_exact(&mut record)?;
                *at = end;
                Ok(record)
            }
        }
    }
}

/// The candidates of one article's record (see [`Reader::record`]).
pub fn decode(record: &[u8]) -> io::Result<Vec<Vec<Candidate>>> {
    let mut r = Bytes(record);
    let files = r.usize()?;
    let mut out = Vec::with_capacity(files.min(64));
    for _ in 0..files {
        let n = r.usize()?;
        let mut list = Vec::with_capacity(n.min(1 << 12));
        for _ in 0..n {
            list.push(r.candidate()?);
        }
        out.push(list);
    }
    if !r.0.is_empty() {
        return Err(corrupt());
    }
    Ok(out)
}

fn to_usize(n: u64) -> io::Result<usize> {
    usize::try_from(n).map_err(|_| corrupt())
}

fn corrupt() -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        "the temporary file of parked candidates is damaged",
    )
}

fn put_usize(out: &mut Vec<u8>, mut n: usize) {
    // LEB128: seven bits a byte, high bit set on all but the last.
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    put_usize(out, s.len());
    out.extend_from_slice(s.as_bytes());
}

fn put_f64(out: &mut Vec<u8>, x: f64) {
    out.extend_from_slice(&x.to_bits().to_le_bytes());
}

fn put_interval(out: &mut Vec<u8>, i: &Interval) {
    put_f64(out, i.lo);
    match i.hi {
        Some(hi) => {
            out.push(1);
            put_f64(out, hi);
        }
        None => out.push(0),
    }
}

/// A small optional number as one byte, 0 for none.
fn put_small(out: &mut Vec<u8>, n: Option<u32>) {
    out.push(n.map_or(0, |n| u8::try_from(n).map_or(0, |n| n.saturating_add(1))));
}

fn put_candidate(out: &mut Vec<u8>, c: &Candidate) {
    put_usize(out, c.claim);
    put_usize(out, c.span.start);
    put_usize(out, c.span.end);
    put_str(out, &c.text);
    put_usize(out, c.line);
    put_usize(out, c.column);
    out.extend_from_slice(&c.fingerprint.to_le_bytes());
    out.push(match c.link {
        Link::Linked => 0,
        Link::Sentence => 1,
        Link::ByValue => 2,
    });
    match &c.value {
        Value::Interval(i) => {
            out.push(0);
            put_interval(out, i);
        }
        Value::Date(d) => {
            out.push(1);
            match d.date {
                Some(date) => {
                    out.push(1);
                    out.extend_from_slice(&date.num_days_from_ce().to_le_bytes());
                }
                None => out.push(0),
            }
            put_small(out, d.month);
            put_small(out, d.day);
            put_small(out, d.weekday.map(|w| w.num_days_from_monday()));
        }
        Value::Year(i) => {
            out.push(2);
            put_interval(out, i);
        }
        Value::Place(id) => {
            out.push(3);
            put_str(out, id);
        }
        Value::Person(id) => {
            out.push(4);
            put_str(out, id);
        }
        Value::Quote(q) => {
            out.push(5);
            put_usize(out, q.words.len());
            for w in &q.words {
                put_str(out, w);
            }
            match &q.fit {
                QuoteFit::Contains => out.push(0),
                QuoteFit::Partial => out.push(1),
                QuoteFit::Misquote { diff, edits } => {
                    out.push(2);
                    put_str(out, diff);
                    put_usize(out, *edits);
                }
                QuoteFit::Unjudged => out.push(3),
            }
            put_str(out, &q.speaker);
        }
        Value::Statement(b) => {
            out.push(6);
            out.push(u8::from(*b));
        }
        Value::Score(s) => {
            out.push(7);
            put_usize(out, s.points.0.halves() as usize);
            put_usize(out, s.points.1.halves() as usize);
            match &s.sides {
                Some([a, b]) => {
                    out.push(1);
                    put_str(out, a);
                    put_str(out, b);
                }
                None => out.push(0),
            }
        }
    }
}

/// A record being decoded.
struct Bytes<'a>(&'a [u8]);

impl Bytes<'_> {
    fn take(&mut self, n: usize) -> io::Result<&[u8]> {
        if n > self.0.len() {
            return Err(corrupt());
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Ok(head)
    }

    fn u8(&mut self) -> io::Result<u8> {
        Ok(self.take(1)?[0])
    }

    fn array<const N: usize>(&mut self) -> io::Result<[u8; N]> {
        self.take(N)?.try_into().map_err(|_| corrupt())
    }

    fn usize(&mut self) -> io::Result<usize> {
        let mut n: usize = 0;
        for shift in (0..usize::BITS).step_by(7) {
            let b = self.u8()?;
            n |= usize::from(b & 0x7f)
                .checked_shl(shift)
                .ok_or_else(corrupt)?;
            if b & 0x80 == 0 {
                return Ok(n);
            }
        }
        Err(corrupt())
    }

    fn str(&mut self) -> io::Result<&str> {
        let n = self.usize()?;
        std::str::from_utf8(self.take(n)?).map_err(|_| corrupt())
    }

    fn f64(&mut self) -> io::Result<f64> {
        Ok(f64::from_bits(u64::from_le_bytes(self.array()?)))
    }

    fn interval(&mut self) -> io::Result<Interval> {
        let lo = self.f64()?;
        let hi = match self.u8()? {
            0 => None,
            _ => Some(self.f64()?),
        };
        Ok(Interval { lo, hi })
    }

    fn small(&mut self) -> io::Result<Option<u32>> {
        Ok(self.u8()?.checked_sub(1).map(u32::from))
    }

    fn candidate(&mut self) -> io::Result<Candidate> {
        let claim = self.usize()?;
        let span = self.usize()?..self.usize()?;
        let text = Arc::from(self.str()?);
        let line = self.usize()?;
        let column = self.usize()?;
        let fingerprint = u64::from_le_bytes(self.array()?);
        let link = match self.u8()? {
            0 => Link::Linked,
            1 => Link::Sentence,
            2 => Link::ByValue,
            _ => return Err(corrupt()),
        };
        let value = match self.u8()? {
            0 => Value::Interval(self.interval()?),
            1 => {
                let date = match self.u8()? {
                    0 => None,
                    _ => Some(
                        NaiveDate::from_num_days_from_ce_opt(i32::from_le_bytes(self.array()?))
                            .ok_or_else(corrupt)?,
                    ),
                };
                let month = self.small()?;
                let day = self.small()?;
                let weekday = match self.small()? {
                    None => None,
                    Some(n) => Some(
                        Weekday::try_from(u8::try_from(n).map_err(|_| corrupt())?)
                            .map_err(|_| corrupt())?,
                    ),
                };
                Value::Date(DateValue {
                    date,
                    month,
                    day,
                    weekday,
                })
            }
            2 => Value::Year(self.interval()?),
            3 => Value::Place(Arc::from(self.str()?)),
            4 => Value::Person(Arc::from(self.str()?)),
            5 => {
                let n = self.usize()?;
                let mut words = Vec::with_capacity(n.min(1 << 12));
                for _ in 0..n {
                    words.push(self.str()?.to_string());
                }
                let fit = match self.u8()? {
                    0 => QuoteFit::Contains,
                    1 => QuoteFit::Partial,
                    2 => QuoteFit::Misquote {
                        diff: self.str()?.to_string(),
                        edits: self.usize()?,
                    },
                    3 => QuoteFit::Unjudged,
                    _ => return Err(corrupt()),
                };
                let speaker = Arc::from(self.str()?);
                Value::Quote(Arc::new(QuoteValue {
                    words,
                    fit,
                    speaker,
                }))
            }
            6 => Value::Statement(self.u8()? != 0),
            7 => {
                let point = |n: usize| {
                    u32::try_from(n)
                        .map(crate::extract::Points::from_halves)
                        .map_err(|_| corrupt())
                };
                let points = (point(self.usize()?)?, point(self.usize()?)?);
                let sides = match self.u8()? {
                    0 => None,
                    1 => Some([Arc::from(self.str()?), Arc::from(self.str()?)]),
                    _ => return Err(corrupt()),
                };
                Value::Score(Arc::new(crate::check::ScoreValue { points, sides }))
            }
            _ => return Err(corrupt()),
        };
        Ok(Candidate {
            claim,
            value,
            span,
            text,
            line,
            column,
            fingerprint,
            link,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cand(claim: usize, value: Value, at: usize) -> Candidate {
        Candidate {
            claim,
            value,
            span: at..at + 7,
            text: format!("text {at} — “quoted”").into(),
            line: at.saturating_add(3),
            column: at.saturating_add(200),
            fingerprint: 0xdead_beef_0000_0000 | at as u64,
            link: match at % 3 {
                0 => Link::Linked,
                1 => Link::Sentence,
                _ => Link::ByValue,
            },
        }
    }

    /// Article `i`'s candidates, read back.
    fn get(r: &mut Reader, i: usize) -> io::Result<Vec<Vec<Candidate>>> {
        decode(&r.record(i)?)
    }

    fn every_kind() -> Vec<Vec<Candidate>> {
        let date = DateValue {
            date: NaiveDate::from_ymd_opt(2025, 8, 15),
            month: Some(8),
            day: Some(15),
            weekday: Some(Weekday::Fri),
        };
        let bare = DateValue {
            date: None,
            month: None,
            day: None,
            weekday: Some(Weekday::Sun),
        };
        let quote = |fit| {
            Value::Quote(Arc::new(QuoteValue {
                words: vec!["there".into(), "is".into(), "no".into(), "deal".into()],
                fit,
                speaker: "trump".into(),
            }))
        };
        vec![
            vec![
                cand(0, Value::Interval(Interval::new(9180.0, 10800.0)), 0),
                cand(1, Value::Interval(Interval::at_least(3600.0)), 300),
                cand(2, Value::Date(date), 1 << 20),
                cand(2, Value::Date(bare), 9),
                cand(3, Value::Year(Interval::point(2019.0)), 10),
                cand(4, Value::Place("anchorage".into()), 11),
            ],
            Vec::new(),
            vec![
                cand(5, Value::Person("zelenskyy".into()), 12),
                cand(6, quote(QuoteFit::Contains), 13),
                cand(6, quote(QuoteFit::Partial), 14),
                cand(
                    6,
                    quote(QuoteFit::Misquote {
                        diff: "[-made-] {+got+}".into(),
                        edits: 1,
                    }),
                    15,
                ),
                cand(6, quote(QuoteFit::Unjudged), 16),
                cand(7, Value::Statement(true), 17),
                cand(7, Value::Statement(false), usize::MAX - 7),
                cand(
                    8,
                    Value::Score(Arc::new(crate::check::ScoreValue {
                        points: (
                            crate::extract::Points::whole(40),
                            crate::extract::Points::whole(22),
                        ),
                        sides: Some(["eagles".into(), "chiefs".into()]),
                    })),
                    18,
                ),
                cand(
                    8,
                    Value::Score(Arc::new(crate::check::ScoreValue {
                        points: (
                            crate::extract::Points::whole(3),
                            crate::extract::Points::whole(1),
                        ),
                        sides: None,
                    })),
                    19,
                ),
            ],
        ]
    }

    #[test]
    fn every_value_comes_back_as_it_went_in() {
        let article = every_kind();
        let mut spill = Spill::new();
        spill.push(&article).unwrap();
        spill.push(&[]).unwrap();
        spill.push(&article[..1]).unwrap();
        assert_eq!(spill.len(), 3);
        let mut r = spill.reader().unwrap();
        // Out of order, and twice.
        assert_eq!(get(&mut r, 2).unwrap(), article[..1]);
        assert_eq!(get(&mut r, 0).unwrap(), article);
        assert_eq!(get(&mut r, 1).unwrap(), Vec::<Vec<Candidate>>::new());
        assert_eq!(get(&mut r, 0).unwrap(), article);
        assert!(get(&mut r, 3).is_err(), "no such article");
    }

    #[test]
    fn a_large_run_goes_to_a_file_and_comes_back() {
        let article = every_kind();
        let mut spill = Spill::new();
        let mut n = 0;
        while spill.file.is_none() {
            spill.push(&article).unwrap();
            n += 1;
        }
        spill.push(&article[2..]).unwrap();
        let mut r = spill.reader().unwrap();
        assert!(matches!(r.source, Source::File { .. }));
        for i in [0, 1, n - 1, 0] {
            assert_eq!(get(&mut r, i).unwrap(), article, "article {i}");
        }
        assert_eq!(get(&mut r, n).unwrap(), article[2..]);
        assert!(get(&mut r, n + 1).is_err());
    }

    #[test]
    fn damaged_records_are_errors_not_panics() {
        let mut out = Vec::new();
        put_usize(&mut out, 1);
        put_usize(&mut out, 1);
        put_candidate(&mut out, &every_kind()[0][2]);
        for cut in 0..out.len() {
            let mut b = Bytes(&out[..cut]);
            let whole = b
                .usize()
                .and_then(|_| b.usize())
                .and_then(|_| b.candidate());
            assert!(whole.is_err(), "cut at {cut}");
        }
        let mut bad = out.clone();
        // The value tag of a full date: tag, flag, four bytes of day, month, day, weekday.
        let tag = bad.len() - 9;
        bad[tag] = 99;
        let mut b = Bytes(&bad);
        assert!(b
            .usize()
            .and_then(|_| b.usize())
            .and_then(|_| b.candidate())
            .is_err());
        assert!(Bytes(&[0xff; 11]).usize().is_err(), "an endless number");
    }
}
