//! A synthetic newsroom archive for benchmarks: articles made by recombining
//! the seed articles' paragraphs, with durations, names, places, dates and
//! years swapped for varied alternatives so that mentions and verdicts vary.
//!
//! Deterministic: the same seed texts, size and random seed give the same
//! corpus byte for byte, so benchmark runs are comparable.

use std::io::Write;
use std::path::{Path, PathBuf};

/// Families of interchangeable phrases; a phrase found in a paragraph is
/// replaced by a random member of its family.
const FAMILIES: &[&[&str]] = &[
    &[
        "nearly three hours",
        "almost three hours",
        "roughly three hours",
        "about 3 hours",
        "more than four hours",
        "just over two hours",
        "90 minutes",
        "two hours and thirty minutes",
        "an hour and a half",
        "some five hours",
    ],
    &[
        "two-and-a-half-hour",
        "12-hour",
        "three-hour",
        "90-minute",
        "hour-long",
        "four-hour",
    ],
    &[
        "12 minutes",
        "45 minutes",
        "half an hour",
        "an hour",
        "10 minutes",
    ],
    &[
        "Friday",
        "Saturday",
        "Thursday",
        "August 15",
        "Aug. 16",
        "15 August 2025",
    ],
    &["in 2019", "in 2018", "since 2017", "in 2021"],
    &[
        "in ten years",
        "in a decade",
        "in more than six years",
        "in eight years",
    ],
    &["Anchorage", "Helsinki", "Moscow", "Geneva", "Fairbanks"],
    &["Zelenskyy", "Zelensky", "Zelenskiy"],
    &[
        "Marco Rubio",
        "Steve Witkoff",
        "Sergey Lavrov",
        "John Ratcliffe",
    ],
    &[
        "There's no deal until there's a deal",
        "There is no deal until there is a deal",
        "There's no deal until we have a deal",
    ],
];

/// A small xorshift generator: reproducible and dependency-free.
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed (zero is replaced, xorshift needs a set bit).
    pub fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }

    /// The next value in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        (x % n as u64) as usize
    }
}

/// Paragraphs of the seed texts: blocks separated by blank lines, or single
/// lines when a text has no blank lines.
pub fn paragraphs(seeds: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for text in seeds {
        let blocks: Vec<&str> = if text.contains("\n\n") {
            text.split("\n\n").collect()
        } else {
            text.lines().collect()
        };
        out.extend(
            blocks
                .into_iter()
                .map(str::trim)
                .filter(|b| b.len() > 40)
                .map(String::from),
        );
    }
    out
}

/// One article of roughly `target` bytes made from random paragraphs.
pub fn article(paragraphs: &[String], target: usize, rng: &mut Rng) -> String {
    let mut out = String::with_capacity(target + 1024);
    while out.len() < target {
        let mut p = paragraphs[rng.below(paragraphs.len())].clone();
        for family in FAMILIES {
            for phrase in *family {
                if p.contains(phrase) {
                    let pick = family[rng.below(family.len())];
                    p = p.replace(phrase, pick);
                    break;
                }
            }
        }
        out.push_str(&p);
        out.push_str("\n\n");
    }
    out
}

/// Writes `count` articles of about `size` bytes each under `dir`, a thousand
/// per sub-folder, and returns their paths.
pub fn write(
    dir: &Path,
    seeds: &[String],
    count: usize,
    size: usize,
    seed: u64,
) -> std::io::Result<Vec<PathBuf>> {
    let paragraphs = paragraphs(seeds);
    let mut rng = Rng::new(seed);
    let mut paths = Vec::with_capacity(count);
    for i in 0..count {
        let sub = dir.join(format!("{:04}", i / 1000));
        if i % 1000 == 0 {
            std::fs::create_dir_all(&sub)?;
        }
        let path = sub.join(format!("{i:07}.txt"));
        let mut f = std::io::BufWriter::new(std::fs::File::create(&path)?);
        f.write_all(article(&paragraphs, size, &mut rng).as_bytes())?;
        f.flush()?;
        paths.push(path);
    }
    Ok(paths)
}

/// The seed articles' texts, read from `dir` in sorted order.
pub fn read_seeds(dir: &Path) -> std::io::Result<Vec<String>> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths.iter().map(std::fs::read_to_string).collect()
}
