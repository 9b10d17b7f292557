//! Closed intervals of values, the one currency every numeric check trades in.
//!
//! Every quantity an article states becomes an interval (SPEC rule 1): "nearly
//! three hours" is [9180 s, 10800 s], "more than 40" is [40, ∞). A claim's value
//! widened by its tolerance is an interval too, and two values agree exactly when
//! their intervals share at least one point, touching ends included.

use std::fmt;

/// A closed interval `[lo, hi]`; `hi == None` is unbounded above.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Interval {
    /// Lower end, inclusive.
    pub lo: f64,
    /// Upper end, inclusive; `None` for an open end ("more than X").
    pub hi: Option<f64>,
}

/// How a hedge word shapes the interval around a stated value (SPEC rule 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HedgeShape {
    /// "nearly/almost/just under X" → [X·(1−h), X].
    Below,
    /// "about/around/roughly/some/approximately X" → [X·(1−h), X·(1+h)].
    Around,
    /// "more than/over/at least X" → [X, ∞).
    AtLeast,
    /// "less than/under/up to X" → [0, X].
    AtMost,
    /// A bare "X", or "just/only/exactly/a mere X" → [X, X].
    Exact,
}

/// Values closer than this are equal: intervals are built from decimal text, so
/// `2.5 * 3600` and `9000` must compare equal.
const EPSILON: f64 = 1e-9;

impl Interval {
    /// The single value `x`.
    pub fn point(x: f64) -> Self {
        Interval { lo: x, hi: Some(x) }
    }

    /// `[lo, hi]`, with the ends put in order.
    pub fn new(lo: f64, hi: f64) -> Self {
        if lo <= hi {
            Interval { lo, hi: Some(hi) }
        } else {
            Interval {
                lo: hi,
                hi: Some(lo),
            }
        }
    }

    /// `[lo, ∞)`.
    pub fn at_least(lo: f64) -> Self {
        Interval { lo, hi: None }
    }

    /// The interval a hedge of the given shape and width (0.15 for 15%) puts around `x`.
    pub fn hedged(x: f64, shape: HedgeShape, width: f64) -> Self {
        match shape {
            HedgeShape::Below => Interval::new(x * (1.0 - width), x),
            HedgeShape::Around => Interval::new(x * (1.0 - width), x * (1.0 + width)),
            HedgeShape::AtLeast => Interval::at_least(x),
            HedgeShape::AtMost => Interval::new(0.0, x),
            HedgeShape::Exact => Interval::point(x),
        }
    }

    /// Applies a hedge to an interval already read (a range "six to seven hours"
    /// hedged by "about" widens both ends).
    pub fn hedge(self, shape: HedgeShape, width: f64) -> Self {
        let hi = self.hi.unwrap_or(f64::INFINITY);
        let out = match shape {
            HedgeShape::Below => Interval {
                lo: self.lo * (1.0 - width),
                hi: self.hi,
            },
            HedgeShape::Around => Interval {
                lo: self.lo * (1.0 - width),
                hi: self.hi.map(|h| h * (1.0 + width)),
            },
            HedgeShape::AtLeast => Interval::at_least(self.lo),
            HedgeShape::AtMost => Interval::new(0.0, hi),
            HedgeShape::Exact => self,
        };
        if out.hi == Some(f64::INFINITY) {
            Interval { hi: None, ..out }
        } else {
            out
        }
    }

    /// Widens both ends by `by` (never below zero from at or above it).
    pub fn widen(self, by: f64) -> Self {
        // (Never below zero from above it: a count or a length is never
        // negative; a temperature below zero widens as it is.)
        let floor = if self.lo >= 0.0 {
            0.0
        } else {
            f64::NEG_INFINITY
        };
        Interval {
            lo: (self.lo - by).max(floor),
            hi: self.hi.map(|h| h + by),
        }
    }

    /// Scales both ends by `k` (hours to seconds, say).
    pub fn scale(self, k: f64) -> Self {
        Interval {
            lo: self.lo * k,
            hi: self.hi.map(|h| h * k),
        }
    }

    /// A single value as the span its written digits stand for: "80" is
    /// 79.5 to 80.5, "4.5" is 4.45 to 4.55 (at most three decimals are told
    /// apart). Converted to another unit, a figure keeps that precision:
    /// "80 mph" fits a claim of 128 km/h. A range stays as it is.
    pub fn as_written(self) -> Self {
        if !self.is_point() {
            return self;
        }
        let mut step = [1.0, 0.1, 0.01, 0.001]
            .into_iter()
            .find(|d| {
                let q = self.lo / d;
                (q - q.round()).abs() < 1e-6
            })
            .unwrap_or(0.001);
        // A round figure with two digits or more before its zeros is
        // rounded to them: "a 1,200-foot ship" is 1,150 to 1,250 feet.
        while step >= 1.0 && self.lo.abs() >= step * 100.0 && {
            let q = self.lo / (step * 10.0);
            (q - q.round()).abs() < 1e-6
        } {
            step *= 10.0;
        }
        Interval::new(self.lo - step / 2.0, self.lo + step / 2.0)
    }

    /// This interval in another unit, `v * k + c`: a single value first
    /// widened to the precision it was written to ([`Interval::as_written`]);
    /// unchanged when the unit is the same (`k` 1, `c` 0).
    pub fn converted(self, k: f64, c: f64) -> Self {
        if (k, c) == (1.0, 0.0) {
            self
        } else {
            self.as_written().affine(k, c)
        }
    }

    /// Maps both ends through `v * k + c` (from °F to °C, say; `k > 0`).
    pub fn affine(self, k: f64, c: f64) -> Self {
        Interval {
            lo: self.lo * k + c,
            hi: self.hi.map(|h| h * k + c),
        }
    }

    /// Two intervals are compatible when they share at least one value.
    pub fn compatible(&self, other: &Interval) -> bool {
        let self_hi = self.hi.unwrap_or(f64::INFINITY);
        let other_hi = other.hi.unwrap_or(f64::INFINITY);
        self.lo <= other_hi + EPSILON && other.lo <= self_hi + EPSILON
    }

    /// Whether `x` lies inside.
    pub fn contains(&self, x: f64) -> bool {
        self.compatible(&Interval::point(x))
    }

    /// Whether this is a single value.
    pub fn is_point(&self) -> bool {
        self.hi.is_some_and(|h| (h - self.lo).abs() < EPSILON)
    }
}

impl fmt::Display for Interval {
    /// `[9180, 10800]`, `[40, ∞)`, or `7200` for a point; whole numbers print without decimals.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_point() {
            return write!(f, "{}", Number(self.lo));
        }
        match self.hi {
            Some(hi) => write!(f, "[{}, {}]", Number(self.lo), Number(hi)),
            None => write!(f, "[{}, ∞)", Number(self.lo)),
        }
    }
}

/// Prints a value as an integer when it is one, else with at most three decimals.
#[derive(Clone, Copy, Debug)]
pub struct Number(pub f64);

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let x = self.0;
        if (x - x.round()).abs() < 1e-6 {
            write!(f, "{}", x.round() as i64)
        } else {
            let s = format!("{x:.3}");
            write!(f, "{}", s.trim_end_matches('0').trim_end_matches('.'))
        }
    }
}

/// `n` in decimal digits, written into `buf` without the formatting
/// machinery (reports print many numbers).
pub(crate) fn decimal(n: u64, buf: &mut [u8; 20]) -> &[u8] {
    let mut at = buf.len();
    let mut n = n;
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    &buf[at..]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearly_three_hours_is_below_the_value() {
        let i = Interval::hedged(10800.0, HedgeShape::Below, 0.15);
        assert_eq!(i, Interval::new(9180.0, 10800.0));
    }

    #[test]
    fn touching_ends_are_compatible() {
        assert!(Interval::new(1.0, 2.0).compatible(&Interval::new(2.0, 3.0)));
        assert!(!Interval::new(1.0, 2.0).compatible(&Interval::new(2.5, 3.0)));
        assert!(Interval::at_least(5.0).compatible(&Interval::point(1e12)));
        assert!(!Interval::at_least(5.0).compatible(&Interval::point(4.0)));
    }

    #[test]
    fn a_figure_is_as_precise_as_it_is_written() {
        assert_eq!(
            Interval::point(80.0).as_written(),
            Interval::new(79.5, 80.5)
        );
        assert_eq!(Interval::point(4.5).as_written().lo, 4.45);
        // Round figures of two digits or more are rounded to them.
        assert_eq!(
            Interval::point(1200.0).as_written(),
            Interval::new(1150.0, 1250.0)
        );
        assert_eq!(
            Interval::point(300.0).as_written(),
            Interval::new(295.0, 305.0)
        );
        assert_eq!(
            Interval::point(1201.0).as_written(),
            Interval::new(1200.5, 1201.5)
        );
        // So a 1,200-foot ship is one of 366 metres.
        let metres = Interval::point(1200.0).converted(0.3048, 0.0);
        assert!(metres.compatible(&Interval::point(366.0)));
    }

    #[test]
    fn display_uses_integers_and_infinity() {
        assert_eq!(Interval::new(9180.0, 10800.0).to_string(), "[9180, 10800]");
        assert_eq!(Interval::at_least(2.5).to_string(), "[2.5, ∞)");
        assert_eq!(Interval::point(3.0).to_string(), "3");
    }
}
