//! What a count counts when it is not a plain number of things: a
//! percentage, an amount of money, or a measure (SPEC rule 2b).
//!
//! The extractor reads units from article text and the claims loader reads
//! them from a claim's `unit` key; both go through the spelling tables here,
//! so "tonnes", "tons" and "metric tons" are one unit wherever they appear,
//! and "$", "US dollars" and `USD` one currency. A measure keeps its factor to
//! its dimension's base unit (metres, kilograms, square metres, litres), so a
//! claim in kilometres can read a mention in miles. A percentage point is not
//! a percent: "two percentage points" is a change of a rate (200 basis
//! points), no percentage.

use std::fmt;

/// What a count is measured in.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Unit {
    /// A percentage ("47%", "12.5 per cent").
    Percent,
    /// Money, by ISO 4217 code ("USD", "EUR", "GBP", "JPY").
    Currency(&'static str),
    /// A physical measure ("tonnes", "km", "square miles").
    Measure(Measure),
}

/// A physical quantity's kind; measures compare only within one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dimension {
    /// Base unit: the metre.
    Length,
    /// Base unit: the kilogram.
    Mass,
    /// Base unit: the square metre.
    Area,
    /// Base unit: the litre.
    Volume,
    /// Base unit: the kilometre an hour.
    Speed,
    /// A change of a rate, base unit the basis point (a hundredth of a
    /// percentage point).
    Spread,
    /// Digital storage, base unit the gigabyte (decimal, as makers count
    /// it: "256GB", "1TB").
    Storage,
    /// A battery's charge, base unit the milliamp-hour ("5,200mAh").
    Charge,
    /// Temperature, base unit the degree Celsius; Fahrenheit converts with
    /// an offset too (see [`Measure::offset`]).
    Temperature,
    /// Electric power, base unit the megawatt ("1,850 MW", "2.1 gigawatts").
    Power,
    /// Electric energy, base unit the megawatt-hour ("40 GWh", "3 kWh").
    Energy,
}

/// A unit of measure: its canonical short name and its size in base units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Measure {
    /// Canonical name, as JSON prints it ("km", "mile", "tonne").
    pub name: &'static str,
    /// What it measures.
    pub dimension: Dimension,
    /// How many base units one of it is (a mile is 1609.344 metres).
    pub factor: f64,
    /// What the base unit's zero is in it, times `factor` (only temperature
    /// has one: 32 °F is 0 °C, so an amount in base units is `v * factor +
    /// offset`).
    pub offset: f64,
}

impl Unit {
    /// The unit as JSON and messages print it: `percent`, a currency code, or
    /// a measure's canonical name.
    pub fn name(&self) -> &'static str {
        match self {
            Unit::Percent => "percent",
            Unit::Currency(code) => code,
            Unit::Measure(m) => m.name,
        }
    }

    /// The factor that turns an amount in `self` into an amount in `other`,
    /// when both measure the same thing (1 for the same currency, 1.609… from
    /// miles to km); `None` when they do not.
    pub fn convert_to(&self, other: &Unit) -> Option<f64> {
        self.convert(other)
            .filter(|&(_, offset)| offset == 0.0)
            .map(|(k, _)| k)
    }

    /// The factor and offset that turn an amount in `self` into one in
    /// `other` (`v * k + c`): a factor alone but for temperatures (from °F
    /// to °C: 5/9 and −160/9); `None` when they measure different things.
    pub fn convert(&self, other: &Unit) -> Option<(f64, f64)> {
        match (self, other) {
            (Unit::Percent, Unit::Percent) => Some((1.0, 0.0)),
            (Unit::Currency(a), Unit::Currency(b)) => (a == b).then_some((1.0, 0.0)),
            (Unit::Measure(a), Unit::Measure(b)) => (a.dimension == b.dimension)
                .then(|| (a.factor / b.factor, (a.offset - b.offset) / b.factor)),
            _ => None,
        }
    }
}

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

const fn measure(name: &'static str, dimension: Dimension, factor: f64) -> Measure {
    Measure {
        name,
        dimension,
        factor,
        offset: 0.0,
    }
}

const KM: Measure = measure("km", Dimension::Length, 1000.0);
const METRE: Measure = measure("m", Dimension::Length, 1.0);
const CM: Measure = measure("cm", Dimension::Length, 0.01);
const MM: Measure = measure("mm", Dimension::Length, 0.001);
const MILE: Measure = measure("mile", Dimension::Length, 1609.344);
const NMI: Measure = measure("nautical mile", Dimension::Length, 1852.0);
const YARD: Measure = measure("yard", Dimension::Length, 0.9144);
const FOOT: Measure = measure("foot", Dimension::Length, 0.3048);
const INCH: Measure = measure("inch", Dimension::Length, 0.0254);
const LIGHT_YEAR: Measure = measure("light year", Dimension::Length, 9.4607e15);
pub(crate) const TONNE: Measure = measure("tonne", Dimension::Mass, 1000.0);
pub(crate) const SHORT_TON: Measure = measure("short ton", Dimension::Mass, 907.184_74);
const LONG_TON: Measure = measure("long ton", Dimension::Mass, 1_016.046_9);
const KG: Measure = measure("kg", Dimension::Mass, 1.0);
const GRAM: Measure = measure("g", Dimension::Mass, 0.001);
const MG: Measure = measure("mg", Dimension::Mass, 1e-6);
const POUND: Measure = measure("lb", Dimension::Mass, 0.453_592_37);
const OUNCE: Measure = measure("oz", Dimension::Mass, 0.028_349_523);
const STONE: Measure = measure("stone", Dimension::Mass, 6.350_293);
const KM2: Measure = measure("km2", Dimension::Area, 1e6);
const M2: Measure = measure("m2", Dimension::Area, 1.0);
const SQ_MILE: Measure = measure("sq mile", Dimension::Area, 2_589_988.11);
const SQ_FOOT: Measure = measure("sq foot", Dimension::Area, 0.092_903);
const ACRE: Measure = measure("acre", Dimension::Area, 4046.856);
const HECTARE: Measure = measure("hectare", Dimension::Area, 10_000.0);
const LITRE: Measure = measure("litre", Dimension::Volume, 1.0);
const ML: Measure = measure("ml", Dimension::Volume, 0.001);
const GALLON: Measure = measure("gallon", Dimension::Volume, 3.785_411_784);
const BARREL: Measure = measure("barrel", Dimension::Volume, 158.987_294_928);
const M3: Measure = measure("m3", Dimension::Volume, 1000.0);
const CUBIC_FOOT: Measure = measure("cubic foot", Dimension::Volume, 28.316_846_6);
const CUP: Measure = measure("cup", Dimension::Volume, 0.236_588);
const TABLESPOON: Measure = measure("tablespoon", Dimension::Volume, 0.014_786_8);
const TEASPOON: Measure = measure("teaspoon", Dimension::Volume, 0.004_928_9);
const KMH: Measure = measure("km/h", Dimension::Speed, 1.0);
const MPH: Measure = measure("mph", Dimension::Speed, 1.609_344);
const KNOT: Measure = measure("knot", Dimension::Speed, 1.852);
const KMS: Measure = measure("km/s", Dimension::Speed, 3600.0);
const MS: Measure = measure("m/s", Dimension::Speed, 3.6);
const BASIS_POINT: Measure = measure("basis point", Dimension::Spread, 1.0);
const PERCENTAGE_POINT: Measure = measure("percentage point", Dimension::Spread, 100.0);
const MICROGRAM: Measure = measure("microgram", Dimension::Mass, 1e-9);
const GIGABYTE: Measure = measure("GB", Dimension::Storage, 1.0);
const TERABYTE: Measure = measure("TB", Dimension::Storage, 1000.0);
const MEGABYTE: Measure = measure("MB", Dimension::Storage, 0.001);
const MAH: Measure = measure("mAh", Dimension::Charge, 1.0);
const CELSIUS: Measure = measure("°C", Dimension::Temperature, 1.0);
const FAHRENHEIT: Measure = Measure {
    name: "°F",
    dimension: Dimension::Temperature,
    factor: 5.0 / 9.0,
    offset: -160.0 / 9.0,
};
const AH: Measure = measure("Ah", Dimension::Charge, 1000.0);
const WATT: Measure = measure("W", Dimension::Power, 1e-6);
const KW: Measure = measure("kW", Dimension::Power, 0.001);
const MW: Measure = measure("MW", Dimension::Power, 1.0);
const GW: Measure = measure("GW", Dimension::Power, 1000.0);
const KWH: Measure = measure("kWh", Dimension::Energy, 0.001);
const MWH: Measure = measure("MWh", Dimension::Energy, 1.0);
const GWH: Measure = measure("GWh", Dimension::Energy, 1000.0);
const TWH: Measure = measure("TWh", Dimension::Energy, 1e6);

/// Measure spellings news uses after a number, lower-case, single-spaced.
/// "ton" is read as the metric tonne: news uses both for the same figures.
/// One-letter symbols ("m", "g") are left to [`MEASURE_SYMBOLS`], which need
/// digits before them.
pub const MEASURE_WORDS: &[(&str, Measure)] = &[
    ("kilometre", KM),
    ("kilometres", KM),
    ("kilometer", KM),
    ("kilometers", KM),
    ("km", KM),
    ("kms", KM),
    ("metre", METRE),
    ("metres", METRE),
    ("meter", METRE),
    ("meters", METRE),
    ("centimetre", CM),
    ("centimetres", CM),
    ("centimeter", CM),
    ("centimeters", CM),
    ("cm", CM),
    ("millimetre", MM),
    ("millimetres", MM),
    ("millimeter", MM),
    ("millimeters", MM),
    ("mm", MM),
    ("mile", MILE),
    ("miles", MILE),
    ("mi", MILE),
    ("nautical mile", NMI),
    ("nautical miles", NMI),
    ("yard", YARD),
    ("yards", YARD),
    ("yd", YARD),
    ("yds", YARD),
    ("foot", FOOT),
    ("feet", FOOT),
    ("ft", FOOT),
    ("inch", INCH),
    ("inches", INCH),
    ("light year", LIGHT_YEAR),
    ("light years", LIGHT_YEAR),
    ("light-year", LIGHT_YEAR),
    ("light-years", LIGHT_YEAR),
    ("tonne", TONNE),
    ("tonnes", TONNE),
    ("ton", TONNE),
    ("tons", TONNE),
    ("metric ton", TONNE),
    ("metric tons", TONNE),
    // ("7.5 short tons of cocaine": an American ton, said to be one.)
    ("short ton", SHORT_TON),
    ("short tons", SHORT_TON),
    ("long ton", LONG_TON),
    ("long tons", LONG_TON),
    ("metric tonne", TONNE),
    ("metric tonnes", TONNE),
    ("kilogram", KG),
    ("kilograms", KG),
    ("kilogramme", KG),
    ("kilogrammes", KG),
    ("kilo", KG),
    ("kilos", KG),
    ("kg", KG),
    ("kgs", KG),
    ("gram", GRAM),
    ("grams", GRAM),
    ("gramme", GRAM),
    ("grammes", GRAM),
    ("milligram", MG),
    ("milligrams", MG),
    ("mg", MG),
    ("pound", POUND),
    ("pounds", POUND),
    ("lb", POUND),
    ("lbs", POUND),
    ("ounce", OUNCE),
    ("ounces", OUNCE),
    ("oz", OUNCE),
    ("stone", STONE),
    ("square kilometre", KM2),
    ("square kilometres", KM2),
    ("square kilometer", KM2),
    ("square kilometers", KM2),
    ("sq km", KM2),
    ("km2", KM2),
    ("km²", KM2),
    ("square metre", M2),
    ("square metres", M2),
    ("square meter", M2),
    ("square meters", M2),
    ("sq m", M2),
    ("m2", M2),
    ("m²", M2),
    ("square mile", SQ_MILE),
    ("square miles", SQ_MILE),
    ("sq mi", SQ_MILE),
    ("sq miles", SQ_MILE),
    ("square foot", SQ_FOOT),
    ("square feet", SQ_FOOT),
    ("sq ft", SQ_FOOT),
    ("acre", ACRE),
    ("acres", ACRE),
    ("hectare", HECTARE),
    ("hectares", HECTARE),
    ("ha", HECTARE),
    ("litre", LITRE),
    ("litres", LITRE),
    ("liter", LITRE),
    ("liters", LITRE),
    ("millilitre", ML),
    ("millilitres", ML),
    ("milliliter", ML),
    ("milliliters", ML),
    ("ml", ML),
    ("gallon", GALLON),
    ("gallons", GALLON),
    ("gal", GALLON),
    ("barrel", BARREL),
    ("barrels", BARREL),
    ("bbl", BARREL),
    ("cubic metre", M3),
    ("cubic metres", M3),
    ("cubic meter", M3),
    ("cubic meters", M3),
    ("m3", M3),
    ("m³", M3),
    ("cubic foot", CUBIC_FOOT),
    ("cubic feet", CUBIC_FOOT),
    ("cup", CUP),
    ("cups", CUP),
    ("tablespoon", TABLESPOON),
    ("tablespoons", TABLESPOON),
    ("teaspoon", TEASPOON),
    ("teaspoons", TEASPOON),
    ("microgram", MICROGRAM),
    ("micrograms", MICROGRAM),
    ("microgramme", MICROGRAM),
    ("microgrammes", MICROGRAM),
    ("μg", MICROGRAM),
    ("km/h", KMH),
    ("kmh", KMH),
    ("kph", KMH),
    ("km/hr", KMH),
    ("km per hour", KMH),
    ("km an hour", KMH),
    ("kilometres per hour", KMH),
    ("kilometres an hour", KMH),
    ("kilometers per hour", KMH),
    ("kilometers an hour", KMH),
    ("kilometre per hour", KMH),
    ("kilometer per hour", KMH),
    ("mph", MPH),
    ("miles per hour", MPH),
    ("miles an hour", MPH),
    ("mile per hour", MPH),
    ("knot", KNOT),
    ("knots", KNOT),
    ("km/s", KMS),
    ("km per second", KMS),
    ("km a second", KMS),
    ("kilometres per second", KMS),
    ("kilometres a second", KMS),
    ("kilometers per second", KMS),
    ("kilometers a second", KMS),
    ("kilometre per second", KMS),
    ("kilometer per second", KMS),
    ("m/s", MS),
    ("metres per second", MS),
    ("metres a second", MS),
    ("meters per second", MS),
    ("meters a second", MS),
    ("metre per second", MS),
    ("meter per second", MS),
    ("basis point", BASIS_POINT),
    ("basis points", BASIS_POINT),
    ("basis-point", BASIS_POINT),
    ("bp", BASIS_POINT),
    ("bps", BASIS_POINT),
    ("percentage point", PERCENTAGE_POINT),
    ("percentage points", PERCENTAGE_POINT),
    ("percentage-point", PERCENTAGE_POINT),
    ("pct point", PERCENTAGE_POINT),
    ("pct points", PERCENTAGE_POINT),
    ("percent point", PERCENTAGE_POINT),
    ("percent points", PERCENTAGE_POINT),
    // ("mb" alone is a millibar in a weather story.)
    ("gigabyte", GIGABYTE),
    ("gigabytes", GIGABYTE),
    ("gb", GIGABYTE),
    ("terabyte", TERABYTE),
    ("terabytes", TERABYTE),
    ("tb", TERABYTE),
    ("megabyte", MEGABYTE),
    ("megabytes", MEGABYTE),
    ("mah", MAH),
    ("watt", WATT),
    ("watts", WATT),
    ("kilowatt", KW),
    ("kilowatts", KW),
    ("kw", KW),
    ("megawatt", MW),
    ("megawatts", MW),
    ("mw", MW),
    ("gigawatt", GW),
    ("gigawatts", GW),
    ("gw", GW),
    ("kilowatt-hour", KWH),
    ("kilowatt-hours", KWH),
    ("kilowatt hour", KWH),
    ("kilowatt hours", KWH),
    ("kwh", KWH),
    ("megawatt-hour", MWH),
    ("megawatt-hours", MWH),
    ("megawatt hour", MWH),
    ("megawatt hours", MWH),
    ("mwh", MWH),
    ("gigawatt-hour", GWH),
    ("gigawatt-hours", GWH),
    ("gigawatt hour", GWH),
    ("gigawatt hours", GWH),
    ("gwh", GWH),
    ("terawatt-hour", TWH),
    ("terawatt-hours", TWH),
    ("terawatt hour", TWH),
    ("terawatt hours", TWH),
    ("twh", TWH),
    ("milliamp-hour", MAH),
    ("milliamp-hours", MAH),
    ("milliampere-hour", MAH),
    ("milliampere-hours", MAH),
    ("milliamp hours", MAH),
    ("amp-hour", AH),
    ("amp-hours", AH),
    // ("46.3C", glued, is read by the extractor; "3 C" alone is too many
    // other things.)
    ("°c", CELSIUS),
    ("° c", CELSIUS),
    ("ºc", CELSIUS),
    ("celsius", CELSIUS),
    ("degrees celsius", CELSIUS),
    ("degree celsius", CELSIUS),
    ("degrees c", CELSIUS),
    ("centigrade", CELSIUS),
    ("degrees centigrade", CELSIUS),
    ("°f", FAHRENHEIT),
    ("° f", FAHRENHEIT),
    ("ºf", FAHRENHEIT),
    ("fahrenheit", FAHRENHEIT),
    ("degrees fahrenheit", FAHRENHEIT),
    ("degree fahrenheit", FAHRENHEIT),
    ("degrees f", FAHRENHEIT),
];

/// One- and two-letter symbols read as measures only right after digits
/// ("100m sprint", "5 kg"): "m" and "g" alone are too many other things.
pub const MEASURE_SYMBOLS: &[(&str, Measure)] = &[
    ("m", METRE),
    ("g", GRAM),
    ("l", LITRE),
    ("t", TONNE),
    ("w", WATT),
];

/// Currency names news writes after (or instead of) a symbol, lower-case.
/// "pound" is money only here; after a bare number it is mass (see
/// [`MEASURE_WORDS`]), so the extractor asks for this table first only when
/// a currency word is likelier ("pounds sterling", "£").
pub const CURRENCY_WORDS: &[(&str, &str)] = &[
    ("dollar", "USD"),
    ("dollars", "USD"),
    ("us dollar", "USD"),
    ("us dollars", "USD"),
    ("u.s. dollars", "USD"),
    ("american dollars", "USD"),
    ("euro", "EUR"),
    ("euros", "EUR"),
    ("pounds sterling", "GBP"),
    ("pound sterling", "GBP"),
    ("sterling", "GBP"),
    ("british pounds", "GBP"),
    ("yen", "JPY"),
    ("japanese yen", "JPY"),
    ("yuan", "CNY"),
    ("renminbi", "CNY"),
    ("chinese yuan", "CNY"),
    ("rupee", "INR"),
    ("rupees", "INR"),
    ("indian rupees", "INR"),
    ("rouble", "RUB"),
    ("roubles", "RUB"),
    ("ruble", "RUB"),
    ("rubles", "RUB"),
    ("swiss francs", "CHF"),
    ("francs", "CHF"),
    ("canadian dollars", "CAD"),
    ("australian dollars", "AUD"),
    ("hong kong dollars", "HKD"),
    ("new zealand dollars", "NZD"),
    ("singapore dollars", "SGD"),
    ("pesos", "MXN"),
    ("mexican pesos", "MXN"),
    ("reais", "BRL"),
    ("rand", "ZAR"),
    ("shekels", "ILS"),
    ("lira", "TRY"),
    ("naira", "NGN"),
    ("ringgit", "MYR"),
    ("baht", "THB"),
    ("dirhams", "AED"),
    ("kronor", "SEK"),
    ("kroner", "NOK"),
    ("krona", "SEK"),
    ("hryvnias", "UAH"),
    ("hryvnia", "UAH"),
    ("riyals", "SAR"),
    ("cents", "USD/100"),
    ("cent", "USD/100"),
    ("pence", "GBP/100"),
    ("penny", "GBP/100"),
    ("pesetas", "ESP"),
    ("guilders", "NLG"),
    ("dutch guilders", "NLG"),
    ("markka", "FIM"),
    ("finnish markka", "FIM"),
    ("deutsche marks", "DEM"),
    ("turkish lira", "TRY"),
    ("bitcoin", "BTC"),
    ("bitcoins", "BTC"),
];

/// ISO codes the extractor reads before or after a number ("USD 5m", "5m
/// EUR"); claims may name these or any other three capital letters.
pub const CURRENCY_CODES: &[&str] = &[
    "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "RUB", "CHF", "CAD", "AUD", "HKD", "NZD",
    "SGD", "MXN", "BRL", "ZAR", "ILS", "TRY", "NGN", "KRW", "SEK", "NOK", "DKK", "PLN", "UAH",
    "SAR", "AED", "MYR", "THB", "IDR", "PHP", "EGP", "KES", "PKR", "BTC",
];

/// Currency symbols and prefixed symbols, the longer of two that share a
/// start first (matched ignoring ASCII case).
pub const CURRENCY_SYMBOLS: &[(&str, &str)] = &[
    // A code written with its dollar sign ("AUD$ 15", "Mex$ 10 million").
    ("USD$", "USD"),
    ("AUD$", "AUD"),
    ("CAD$", "CAD"),
    ("NZD$", "NZD"),
    ("MXN$", "MXN"),
    ("Mex$", "MXN"),
    ("US$", "USD"),
    ("U.S.$", "USD"),
    ("A$", "AUD"),
    ("AU$", "AUD"),
    ("C$", "CAD"),
    ("CA$", "CAD"),
    ("HK$", "HKD"),
    ("NZ$", "NZD"),
    ("S$", "SGD"),
    ("R$", "BRL"),
    ("$", "USD"),
    ("£", "GBP"),
    ("€", "EUR"),
    ("¥", "JPY"),
    ("₹", "INR"),
    ("₽", "RUB"),
    ("₩", "KRW"),
    ("₺", "TRY"),
    ("₦", "NGN"),
    ("₪", "ILS"),
    ("₱", "PHP"),
    ("₫", "VND"),
    ("₴", "UAH"),
    ("₡", "CRC"),
    ("₾", "GEL"),
    ("₭", "LAK"),
    ("₿", "BTC"),
    ("Rs.", "INR"),
    ("Rs", "INR"),
];

/// Whether byte `b` may start a currency symbol (ASCII case folded): a test
/// that turns most places away before [`CURRENCY_SYMBOLS`] is searched.
pub fn may_start_symbol(b: u8) -> bool {
    b >= 0x80
        || matches!(
            b.to_ascii_uppercase(),
            b'$' | b'U' | b'A' | b'C' | b'H' | b'N' | b'S' | b'R' | b'M'
        )
}

/// Whether byte `b` may end a currency symbol (ASCII case folded).
pub fn may_end_symbol(b: u8) -> bool {
    b >= 0x80 || matches!(b.to_ascii_uppercase(), b'$' | b'.' | b'S')
}

/// A currency code or word as a unit: `cents`/`pence` are the hundredth of
/// their currency and come back with that factor.
pub fn currency_of(code: &'static str) -> (Unit, f64) {
    match code.split_once('/') {
        Some((base, _)) => (Unit::Currency(canonical_code(base)), 0.01),
        None => (Unit::Currency(canonical_code(code)), 1.0),
    }
}

/// `RMB` is the yuan's other code.
fn canonical_code(code: &'static str) -> &'static str {
    if code == "RMB" {
        "CNY"
    } else {
        code
    }
}

/// A unit as a claims file names it: `percent` (or `%`), a currency code,
/// symbol or name (`USD`, `$`, `dollars`), or a measure (`tonnes`, `km`,
/// `square miles`). `None` for anything else, which a claim reads as the
/// counted noun (`people`, `fans`).
pub fn parse(text: &str) -> Option<Unit> {
    let t = text.trim();
    let lower = t.to_lowercase();
    let lower = lower.split_whitespace().collect::<Vec<_>>().join(" ");
    if matches!(lower.as_str(), "percent" | "per cent" | "%" | "percentage") {
        return Some(Unit::Percent);
    }
    if t.len() == 3 && t.bytes().all(|b| b.is_ascii_uppercase()) {
        let code = CURRENCY_CODES.iter().find(|c| **c == t)?;
        return Some(Unit::Currency(canonical_code(code)));
    }
    if let Some(&(_, code)) = CURRENCY_SYMBOLS.iter().find(|(s, _)| *s == t) {
        return Some(Unit::Currency(code));
    }
    if let Some(&(_, code)) = CURRENCY_WORDS
        .iter()
        .find(|(w, c)| *w == lower && !c.contains('/'))
    {
        return Some(Unit::Currency(canonical_code(code)));
    }
    MEASURE_WORDS
        .iter()
        .chain(MEASURE_SYMBOLS)
        .find(|(w, _)| *w == lower)
        .map(|&(_, m)| Unit::Measure(m))
}

/// Every spelling [`parse`] knows, for did-you-mean suggestions.
pub fn spellings() -> impl Iterator<Item = &'static str> {
    ["percent"]
        .into_iter()
        .chain(CURRENCY_CODES.iter().copied())
        .chain(
            CURRENCY_WORDS
                .iter()
                .filter(|(_, c)| !c.contains('/'))
                .map(|(w, _)| *w),
        )
        .chain(MEASURE_WORDS.iter().map(|(w, _)| *w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn claims_spellings_are_one_unit() {
        let tonne = parse("tonnes");
        assert!(matches!(tonne, Some(Unit::Measure(m)) if m.name == "tonne"));
        assert_eq!(parse("metric tons"), tonne);
        assert_eq!(parse("Tons"), tonne);
        assert_eq!(parse("USD"), Some(Unit::Currency("USD")));
        assert_eq!(parse("dollars"), Some(Unit::Currency("USD")));
        assert_eq!(parse("$"), Some(Unit::Currency("USD")));
        assert_eq!(parse("RMB"), Some(Unit::Currency("CNY")));
        assert_eq!(parse("percent"), Some(Unit::Percent));
        assert_eq!(parse("%"), Some(Unit::Percent));
        assert_eq!(parse("people"), None);
        assert_eq!(parse("XYZ"), None);
    }

    #[test]
    fn symbol_ends_pass_the_quick_tests() {
        for (sym, _) in CURRENCY_SYMBOLS {
            let b = sym.as_bytes();
            for case in [str::to_ascii_lowercase, str::to_ascii_uppercase] {
                let folded = case(sym);
                let f = folded.as_bytes();
                assert!(may_start_symbol(f[0]), "{sym}");
                assert!(may_end_symbol(f[f.len() - 1]), "{sym}");
            }
            assert!(
                may_start_symbol(b[0]) && may_end_symbol(b[b.len() - 1]),
                "{sym}"
            );
        }
    }

    #[test]
    fn speeds_convert_between_kmh_mph_and_knots() {
        let (Some(kmh), Some(mph), Some(kn)) = (parse("km/h"), parse("mph"), parse("knots")) else {
            panic!("speed units parse");
        };
        assert!((mph.convert_to(&kmh).unwrap_or(0.0) * 115.0 - 185.07).abs() < 0.01);
        assert!((kn.convert_to(&kmh).unwrap_or(0.0) * 100.0 - 185.2).abs() < 0.01);
        assert_eq!(kmh.convert_to(&parse("km").unwrap_or(Unit::Percent)), None);
        // (A meteor's 17 km/s, a wind's 30 m/s.)
        let (Some(kms), Some(ms)) = (parse("km/s"), parse("metres per second")) else {
            panic!("speeds per second parse");
        };
        assert!((kms.convert_to(&kmh).unwrap_or(0.0) - 3600.0).abs() < 1e-9);
        assert!((ms.convert_to(&kmh).unwrap_or(0.0) - 3.6).abs() < 1e-9);
    }

    #[test]
    fn fahrenheit_converts_to_celsius_with_an_offset() {
        let (Some(c), Some(f)) = (parse("celsius"), parse("°F")) else {
            panic!("temperature units parse");
        };
        let Some((k, off)) = f.convert(&c) else {
            panic!("°F converts to °C");
        };
        assert!((115.3 * k + off - 46.277_8).abs() < 1e-3);
        // A factor alone cannot say it.
        assert_eq!(f.convert_to(&c), None);
        assert_eq!(
            c.convert(&f).map(|(k, c)| (32.0 * k + c).round()),
            Some(90.0)
        );
    }

    #[test]
    fn storage_and_battery_charge_are_measures() {
        let (Some(gb), Some(tb), Some(mah)) = (parse("GB"), parse("terabytes"), parse("mAh"))
        else {
            panic!("storage and charge units parse");
        };
        assert_eq!(tb.convert_to(&gb), Some(1000.0));
        assert_eq!(gb.convert_to(&mah), None);
        assert_eq!((gb.name(), mah.name()), ("GB", "mAh"));
        // A millibar is no megabyte.
        assert_eq!(parse("mb"), None);
    }

    #[test]
    fn measures_convert_within_a_dimension_only() {
        let (Some(km), Some(mile), Some(kg)) = (parse("km"), parse("miles"), parse("kg")) else {
            panic!("known units");
        };
        let f = mile.convert_to(&km).unwrap_or(0.0);
        assert!((f - 1.609_344).abs() < 1e-9, "{f}");
        assert_eq!(km.convert_to(&kg), None);
        // ("7.5 short tons" are 6.8 tonnes.)
        let (Some(short), Some(tonne)) = (parse("short tons"), parse("tonnes")) else {
            panic!("known units");
        };
        let t = 7.5 * short.convert_to(&tonne).unwrap_or(0.0);
        assert!((t - 6.804).abs() < 0.001, "{t}");
        assert_eq!(Unit::Percent.convert_to(&km), None);
        assert_eq!(
            Unit::Currency("USD").convert_to(&Unit::Currency("EUR")),
            None
        );
        assert_eq!(currency_of("USD/100"), (Unit::Currency("USD"), 0.01));
    }
}
