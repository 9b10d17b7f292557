//! The run: articles checked against claims, as a library function.
//!
//! `factcheck report`, `factcheck baseline write` and anything else that wants
//! a run's findings (a renderer, a language server) call [`stream`] or
//! [`collect`] with resolved [`Settings`]; nothing here prints. What the run
//! has to say on the way that is not a finding (an unreadable article, a
//! skipped binary file) goes to the caller as a [`Notice`]; what stops it is a
//! [`Stop`].
//!
//! Order matters (SPEC rule 6): article paths are expanded first (a missing
//! one is a notice and the run goes on), then every claims file is loaded and
//! validated before any article is read; a broken claims file stops the run.
//!
//! Articles are then checked in two passes, so that memory stays flat however
//! large the corpus:
//!
//! 1. Every article is read, extracted (once per distinct set of extraction
//!    options, however many claims files share it) and attributed, in
//!    parallel, and dropped. Its candidates are shown to each claims file's
//!    [`Tally`], which keeps only what the run as a whole says about each
//!    claim (consensus, rule 4), and parked in a [`Spill`].
//! 2. Articles are taken back in report order (by path), a batch at a time,
//!    and judged in parallel; [`stream`] hands each batch's findings on as
//!    soon as they are judged. [`collect`] keeps the problems in a
//!    [`Report`] and only a digest of the supports (the matrix, the first few
//!    of each claim), and [`Checked::texts`] re-reads an article when a
//!    snippet needs it.
//!
//! Rayon keeps results in order, so the output is the same byte for byte on
//! any number of threads.
//!
//! CI options act on the judged findings: `--changed-since` keeps the
//! findings of changed articles only (after consensus over all of them), and
//! `--baseline` marks each problem new or unchanged.

use std::cell::RefCell;
use std::collections::{BTreeSet, VecDeque};
use std::path::{Path, PathBuf};
use std::rc::Rc;

use rayon::prelude::*;

use crate::article::{Article, ArticleError};
use crate::baseline::{self, Baseline, BaselineError, BaselineState, Entry, Matcher};
use crate::check::{Attributor, Candidate, Finding, Judge, Strings, Tally, Verdict};
use crate::claims::{self, ClaimsErrors, ClaimsFile, Severity};
use crate::document::Suppression;
use crate::extract::{ExtractOptions, Extraction, Extractor};
use crate::report::{self, Collector, Paths, Report, Stream, Texts};
use crate::spill::{self, Spill};
use crate::walk::WalkError;

/// What a run is asked to do, every default already applied by the caller
/// except the article and claims paths (empty: `./seeds` and `./claims`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    /// Article files or directories; `-` is standard input.
    pub articles: Vec<PathBuf>,
    /// Claims files or directories.
    pub claims: Vec<PathBuf>,
    /// `--changed-since REV`: report only articles git says changed since REV.
    pub changed_since: Option<String>,
    /// `--baseline FILE`: mark each problem new or unchanged against FILE.
    pub baseline: Option<PathBuf>,
}

/// Something the run says on the way that is not a finding; the run goes on.
#[derive(Debug)]
pub enum Notice {
    /// An article path could not be expanded (the run's inputs are incomplete).
    Walk(WalkError),
    /// An article could not be read (the run's inputs are incomplete).
    Unreadable(ArticleError),
    /// An article was skipped on purpose (a binary file): a warning only.
    Skipped(ArticleError),
    /// An inline suppression without a reason, naming no claim, or stale
    /// (SPEC §6): a warning only, never a failure.
    Suppression(String),
    /// Files under the article directories that are no article format,
    /// counted by extension ("3 files: .docx ×3"): a note only.
    Unsupported(String),
}

/// Why a run stopped before it could report.
#[derive(Debug)]
pub enum Stop {
    /// Some claims files are broken (SPEC rule 6).
    Claims(Vec<ClaimsErrors>),
    /// The claims paths hold no claims file.
    NoClaims(Vec<PathBuf>),
    /// The article paths hold no article (SPEC §3: never a green check of nothing).
    NoArticles(Vec<PathBuf>),
    /// No paths were given and the default `./seeds` or `./claims` does not
    /// exist (each flag: that default is missing).
    MissingDefaults {
        /// `./seeds` was the default and is missing.
        articles: bool,
        /// `./claims` was the default and is missing.
        claims: bool,
    },
    /// The temporary file of parked candidates failed.
    Spill(std::io::Error),
    /// `--changed-since`: git could not say what changed.
    ChangedSince {
        /// The revision asked for.
        rev: String,
        /// git's complaint.
        message: String,
    },
    /// `--baseline`: the file could not be read.
    Baseline(BaselineError),
}

/// How a run went, besides its findings.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// Some input could not be read (a [`Notice::Walk`] or [`Notice::Unreadable`] was given).
    pub incomplete: bool,
    /// The most severe problem not in the baseline (`Info` when there is none).
    pub worst_new: Severity,
    /// With a baseline: its entries that matched nothing in the articles checked.
    pub stale: Option<Vec<Entry>>,
}

/// Runs the check and hands its findings to `consume` as they are judged, in
/// report order (article path, byte offset, claim id), never holding them all.
///
/// `notices` is told about inputs that could not be read as it goes.
pub fn stream<R>(
    settings: &Settings,
    notices: &mut dyn FnMut(Notice),
    consume: impl FnOnce(Stream<'_>) -> R,
) -> Result<(R, Outcome), Stop> {
    streamed(settings, notices, |stream, _, _, _| consume(stream))
}

/// [`stream`], with the consumer also shown the run's inputs, its first pass
/// and the `--changed-since` scope.
fn streamed<R>(
    settings: &Settings,
    notices: &mut dyn FnMut(Notice),
    consume: impl FnOnce(Stream<'_>, &Inputs, &Pass<'_>, Option<&[bool]>) -> R,
) -> Result<(R, Outcome), Stop> {
    let inputs = Inputs::load(settings, notices)?;
    let (pass, mut parked) = first_pass(&inputs, notices)?;
    let read_paths = pass.paths.iter().map(|&i| &inputs.paths[i]);
    let scope = changed_scope(settings.changed_since.as_deref(), read_paths)?;
    let baseline = read_baseline(settings.baseline.as_deref())?;
    let in_scope = |a: usize| {
        scope
            .as_ref()
            .map_or(true, |s| s.get(a).copied().unwrap_or(false))
    };
    let articles = &pass.articles;
    let claims = report::claim_infos(&inputs.files);
    let names = report::readable::Names::of(&inputs.files);
    let sources = report::claims_sources(&inputs.files);
    let read_paths: Vec<PathBuf> = pass
        .paths
        .iter()
        .map(|&i| inputs.paths[i].clone())
        .collect();
    let texts = ArticleTexts {
        paths: &read_paths,
        stdin_text: pass.stdin_text.as_deref(),
        cache: RefCell::new(VecDeque::new()),
    };
    let mut matcher = baseline.as_ref().map(Matcher::new);
    let mut worst_new = Severity::Info;
    let mut second = SecondPass::new(&pass, &mut parked, scope.as_deref());
    let mut failed = false;
    // The next batch is judged while this one is consumed.
    let judge = move || {
        if failed {
            return None;
        }
        let batch = second.next().transpose();
        failed = matches!(batch, Some(Err(_)));
        batch
    };
    let consumed = ahead(judge, |next| {
        let stream = Stream {
            articles,
            claims: &claims,
            names: &names,
            sources: &sources,
            texts: &texts,
            scope: scope.as_deref(),
            checked: (0..articles.len()).filter(|&a| in_scope(a)).count(),
            next: &mut || next().transpose(),
            observe: &mut |f| {
                let path = articles.get(f.article).unwrap_or("<unknown>");
                let state = matcher.as_mut().and_then(|m| m.state(f, path));
                if f.verdict != Verdict::Supports
                    && f.suppressed.is_none()
                    && state != Some(BaselineState::Unchanged)
                {
                    worst_new = worst_new.max(f.severity);
                }
                state
            },
        };
        consume(stream, &inputs, &pass, scope.as_deref())
    });
    pass.stale_suppressions(in_scope, notices);
    let stale = matcher.map(|matcher| {
        let checked: BTreeSet<String> = (0..articles.len())
            .filter(|&a| in_scope(a))
            .filter_map(|a| articles.get(a).map(baseline::normalise_path))
            .collect();
        matcher.stale(|p| checked.contains(p))
    });
    let outcome = Outcome {
        incomplete: pass.incomplete,
        worst_new,
        stale,
    };
    Ok((consumed, outcome))
}

/// A checked run: its report (the problems, and a digest of the supports),
/// where its articles came from and whether every input could be read.
pub struct Checked {
    /// The report: every problem in scope, with baseline states when asked for.
    pub report: Report,
    /// The paths of the articles read, in run order.
    pub paths: Vec<PathBuf>,
    /// The text read from standard input, if any (it cannot be read twice).
    pub stdin_text: Option<String>,
    /// Some input could not be read (the run went on).
    pub incomplete: bool,
}

impl Checked {
    /// The articles' texts, read again as snippets need them.
    pub fn texts(&self) -> ArticleTexts<'_> {
        ArticleTexts {
            paths: &self.paths,
            stdin_text: self.stdin_text.as_deref(),
            cache: RefCell::new(VecDeque::new()),
        }
    }
}

/// How many article texts [`ArticleTexts`] keeps after reading them.
const TEXTS_KEPT: usize = 16;

/// Article texts read from their files when asked for, the last few kept:
/// printers ask for the same article several times in a row.
pub struct ArticleTexts<'a> {
    paths: &'a [PathBuf],
    stdin_text: Option<&'a str>,
    cache: RefCell<VecDeque<(usize, Rc<str>)>>,
}

impl Texts for ArticleTexts<'_> {
    fn text(&self, article: usize) -> Option<Rc<str>> {
        let mut cache = self.cache.borrow_mut();
        if let Some((_, text)) = cache.iter().find(|(a, _)| *a == article) {
            return Some(Rc::clone(text));
        }
        let path = self.paths.get(article)?;
        let text: Rc<str> = if path.as_os_str() == "-" {
            Rc::from(self.stdin_text?)
        } else {
            Rc::from(Article::read(path).ok()?.text)
        };
        if cache.len() == TEXTS_KEPT {
            cache.pop_front();
        }
        cache.push_back((article, Rc::clone(&text)));
        Some(text)
    }
}

/// Runs the check and collects its problems into a report (supports only as
/// the report's digest), narrowed by `--changed-since` and compared with
/// `--baseline` when the settings ask. Memory grows with the problems, not
/// with every mention.
pub fn collect(settings: &Settings, notices: &mut dyn FnMut(Notice)) -> Result<Checked, Stop> {
    let (result, outcome) = streamed(settings, notices, |s, inputs, pass, scope| {
        let articles = s.articles.iter().map(str::to_string).collect();
        let mut collector = Collector::new(&inputs.files, articles);
        while let Some(batch) = (s.next)()? {
            for f in batch {
                let state = (s.observe)(&f);
                collector.add(f, state);
            }
        }
        let paths: Vec<PathBuf> = pass
            .paths
            .iter()
            .map(|&i| inputs.paths[i].clone())
            .collect();
        Ok::<_, std::io::Error>((
            collector,
            s.checked,
            scope.map(<[bool]>::to_vec),
            paths,
            pass.stdin_text.clone(),
        ))
    })?;
    let (collector, checked, scope, paths, stdin_text) = result.map_err(Stop::Spill)?;
    Ok(Checked {
        report: collector.finish(checked, scope, outcome.stale),
        paths,
        stdin_text,
        incomplete: outcome.incomplete,
    })
}

/// What a run starts from: the claims files, valid, and the article paths.
struct Inputs {
    files: Vec<ClaimsFile>,
    paths: Vec<PathBuf>,
    /// The article paths as given (or the default), for messages.
    searched: Vec<PathBuf>,
    /// Some path could not be expanded (the run goes on).
    incomplete: bool,
}

impl Inputs {
    /// Expands the article paths and loads the claims files (defaults
    /// `./seeds` and `./claims`); `Err` when a claims file is broken.
    fn load(settings: &Settings, notices: &mut dyn FnMut(Notice)) -> Result<Self, Stop> {
        let missing = |given: &[PathBuf], default: &str| {
            given.is_empty() && std::fs::symlink_metadata(default).is_err()
        };
        let (articles, claims) = (
            missing(&settings.articles, "seeds"),
            missing(&settings.claims, "claims"),
        );
        if articles || claims {
            return Err(Stop::MissingDefaults { articles, claims });
        }
        let article_args = or_default(&settings.articles, "seeds");
        let claims_args = or_default(&settings.claims, "claims");
        let mut incomplete = false;
        let walk = crate::walk::walk(&article_args, crate::document::EXTENSIONS);
        if let Some(note) = walk.skipped_note() {
            notices(Notice::Unsupported(note));
        }
        let paths = walk.files;
        for e in walk.errors {
            notices(Notice::Walk(e));
            incomplete = true;
        }
        let (files, errors) = claims::load_all(&claims_args);
        if !errors.is_empty() {
            return Err(Stop::Claims(errors));
        }
        if files.is_empty() {
            return Err(Stop::NoClaims(claims_args));
        }
        if paths.is_empty() {
            return Err(Stop::NoArticles(article_args));
        }
        Ok(Inputs {
            files,
            paths,
            searched: article_args,
            incomplete,
        })
    }
}

/// What the first pass over the articles leaves, besides the parked candidates.
struct Pass<'f> {
    /// One judge per claims file.
    judges: Vec<Judge<'f>>,
    /// The display paths of the articles read, in run order.
    articles: Paths,
    /// Where they were read from: indices into [`Inputs::paths`].
    paths: Vec<usize>,
    /// The text read from standard input, if any (it cannot be read twice).
    stdin_text: Option<String>,
    /// Some input could not be read (the run went on).
    incomplete: bool,
    /// Inline suppressions by article index (run order).
    suppressions: std::collections::BTreeMap<usize, Vec<Held>>,
}

impl Pass<'_> {
    /// Marks the problems of article `a` that its suppressions accept.
    fn suppress(&self, a: usize, findings: &mut [Finding]) {
        let Some(held) = self.suppressions.get(&a) else {
            return;
        };
        for f in findings
            .iter_mut()
            .filter(|f| f.verdict != Verdict::Supports)
        {
            if let Some(h) = held
                .iter()
                .find(|h| h.suppression.covers(&f.claim, f.span.start))
            {
                f.suppressed = Some(h.reason.clone());
                h.used.store(true, std::sync::atomic::Ordering::Relaxed);
            }
        }
    }

    /// Warns about suppressions of articles in scope that accepted nothing.
    fn stale_suppressions(
        &self,
        in_scope: impl Fn(usize) -> bool,
        notices: &mut dyn FnMut(Notice),
    ) {
        for (&a, held) in &self.suppressions {
            if !in_scope(a) {
                continue;
            }
            let path = self.articles.get(a).unwrap_or("<unknown>");
            for h in held {
                let Some(claim) = &h.suppression.claim else {
                    continue;
                };
                if !h.used.load(std::sync::atomic::Ordering::Relaxed) {
                    notices(Notice::Suppression(format!(
                        "{path}:{}: `factcheck-ignore {claim}` is stale: it silences no finding; remove it",
                        h.line
                    )));
                }
            }
        }
    }
}

/// Pass 1 (see the module docs): reads, extracts and attributes every
/// article, tallies its candidates and parks them.
fn first_pass<'f>(
    inputs: &'f Inputs,
    notices: &mut dyn FnMut(Notice),
) -> Result<(Pass<'f>, spill::Reader), Stop> {
    let files = &inputs.files;
    let mut tallies: Vec<Tally<'f>> = files.iter().map(Tally::new).collect();
    let mut spill = Spill::new();
    let mut incomplete = inputs.incomplete;
    let mut articles = Paths::default();
    let mut read_paths = Vec::with_capacity(inputs.paths.len());
    let mut stdin_text = None;
    let mut parking = Ok(());
    let mut suppressions = std::collections::BTreeMap::new();
    check_each(files, &inputs.paths, |i, result| {
        match result {
            Ok(article) => {
                if parking.is_err() {
                    return;
                }
                if !article.suppressions.is_empty() {
                    let held = hold(&article.path, article.suppressions, files, notices);
                    suppressions.insert(articles.len(), held);
                }
                for (tally, candidates) in tallies.iter_mut().zip(&article.candidates) {
                    tally.add(articles.len(), candidates);
                }
                parking = spill.push(&article.candidates);
                articles.push(&article.path);
                read_paths.push(i);
                if stdin_text.is_none() {
                    stdin_text = article.stdin_text;
                }
            }
            // A binary file is skipped with a warning (README "Hostile input"), not an error.
            Err(e) if e.is_skipped() => notices(Notice::Skipped(e)),
            Err(e) => {
                notices(Notice::Unreadable(e));
                incomplete = true;
            }
        }
    });
    let parked = parking.and_then(|()| spill.reader()).map_err(Stop::Spill)?;
    // Every file was skipped (binary) or unreadable: nothing was checked.
    if articles.is_empty() {
        return Err(Stop::NoArticles(inputs.searched.clone()));
    }
    let pass = Pass {
        judges: tallies.into_iter().map(Tally::finish).collect(),
        articles,
        paths: read_paths,
        stdin_text,
        incomplete,
        suppressions,
    };
    Ok((pass, parked))
}

/// An article's suppressions, warned about when they give no reason or
/// name no claim of the run (they never fail it: SPEC §6).
fn hold(
    path: &str,
    found: Vec<(Suppression, usize)>,
    files: &[ClaimsFile],
    notices: &mut dyn FnMut(Notice),
) -> Vec<Held> {
    let mut held = Vec::new();
    for (suppression, line) in found {
        let Some(claim) = &suppression.claim else {
            notices(Notice::Suppression(format!(
                "{path}:{line}: `factcheck-ignore` names no claim; write `factcheck-ignore CLAIM: reason`"
            )));
            continue;
        };
        if !files
            .iter()
            .any(|f| f.claims.iter().any(|c| c.id == *claim))
        {
            let ids = files
                .iter()
                .flat_map(|f| f.claims.iter().map(|c| c.id.as_str()));
            let hint = match crate::claims::suggest::did_you_mean(claim, ids) {
                Some(id) => format!("; did you mean `{id}`?"),
                None => String::new(),
            };
            notices(Notice::Suppression(format!(
                "{path}:{line}: `factcheck-ignore {claim}` names no claim of the claims files{hint}"
            )));
            continue;
        }
        let reason: std::sync::Arc<str> = match &suppression.reason {
            Some(reason) => reason.as_str().into(),
            None => {
                notices(Notice::Suppression(format!(
                    "{path}:{line}: `factcheck-ignore {claim}` gives no reason; write `factcheck-ignore {claim}: why`"
                )));
                "no reason given".into()
            }
        };
        held.push(Held {
            suppression,
            line,
            reason,
            used: std::sync::atomic::AtomicBool::new(false),
        });
    }
    held
}

/// Pass 2 (see the module docs): the findings of every article in scope, in
/// report order (article path, byte offset, claim id), a batch at a time.
struct SecondPass<'p, 'f> {
    pass: &'p Pass<'f>,
    parked: &'p mut spill::Reader,
    /// Article indices in report order: by path, run order among equal paths.
    order: Vec<usize>,
    /// How much of `order` is done.
    done: usize,
    /// With `--changed-since`: which articles' findings are wanted.
    scope: Option<&'p [bool]>,
}

impl<'p, 'f> SecondPass<'p, 'f> {
    fn new(pass: &'p Pass<'f>, parked: &'p mut spill::Reader, scope: Option<&'p [bool]>) -> Self {
        let mut order: Vec<usize> = (0..pass.articles.len()).collect();
        order.sort_by(|&a, &b| pass.articles.get(a).cmp(&pass.articles.get(b)));
        SecondPass {
            pass,
            parked,
            order,
            done: 0,
            scope,
        }
    }

    /// The next batch of findings; `None` when every article is done.
    fn next(&mut self) -> std::io::Result<Option<Vec<Finding>>> {
        let paths = &self.pass.articles;
        while self.done < self.order.len() {
            // A batch never splits articles of one path: their findings interleave.
            let mut end = (self.done + BATCH).min(self.order.len());
            while end < self.order.len()
                && paths.get(self.order[end]) == paths.get(self.order[end - 1])
            {
                end += 1;
            }
            let chunk = &self.order[self.done..end];
            self.done = end;
            let mut records = Vec::with_capacity(chunk.len());
            for &a in chunk {
                if self
                    .scope
                    .map_or(true, |s| s.get(a).copied().unwrap_or(false))
                {
                    records.push((a, self.parked.record(a)?));
                }
            }
            let judges = &self.pass.judges;
            let judged: Vec<std::io::Result<Vec<Finding>>> = records
                .par_iter()
                .map(|(a, record)| {
                    let candidates = spill::decode(record)?;
                    // One article's findings share little; the JSON writer drops them at once.
                    let mut strings = Strings::unshared();
                    let mut out = Vec::new();
                    for (judge, candidates) in judges.iter().zip(&candidates) {
                        out.append(&mut judge.article(&mut strings, *a, candidates));
                    }
                    sort_in_article(&mut out);
                    Ok(out)
                })
                .collect();
            let mut batch = Vec::new();
            let mut group_start = 0;
            for (k, ((a, _), findings)) in records.iter().zip(judged).enumerate() {
                if k > 0 && paths.get(*a) != paths.get(records[k - 1].0) {
                    group_start = batch.len();
                }
                let merged = group_start < batch.len();
                let mut findings = findings?;
                self.pass.suppress(*a, &mut findings);
                batch.append(&mut findings);
                if merged {
                    sort_in_article(&mut batch[group_start..]);
                }
            }
            if !batch.is_empty() {
                return Ok(Some(batch));
            }
        }
        Ok(None)
    }
}

/// Sorts one article's findings (or those of articles sharing a path) into
/// report order: byte offset, claim id, end; stable.
fn sort_in_article(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        (a.span.start, &a.claim, a.span.end).cmp(&(b.span.start, &b.claim, b.span.end))
    });
}

/// Runs `produce` on a thread of its own, a step ahead of `consume`, which
/// pulls its results in order on this thread: the serial work of one batch
/// (tallying, writing) overlaps the parallel work of the next. At most one
/// result waits between them.
fn ahead<T: Send, R>(
    mut produce: impl FnMut() -> Option<T> + Send,
    consume: impl FnOnce(&mut dyn FnMut() -> Option<T>) -> R,
) -> R {
    std::thread::scope(|s| {
        let (tx, rx) = std::sync::mpsc::sync_channel(1);
        s.spawn(move || {
            while let Some(item) = produce() {
                // The consumer stopped early (a closed pipe): stop too.
                if tx.send(item).is_err() {
                    break;
                }
            }
        });
        consume(&mut || rx.recv().ok())
    })
}

/// With `--changed-since`: one flag per article, changed or not.
fn changed_scope<'a>(
    rev: Option<&str>,
    paths: impl IntoIterator<Item = &'a PathBuf>,
) -> Result<Option<Vec<bool>>, Stop> {
    let Some(rev) = rev else {
        return Ok(None);
    };
    match changed::since(rev, paths) {
        Ok(scope) => Ok(Some(scope)),
        Err(message) => Err(Stop::ChangedSince {
            rev: rev.to_string(),
            message,
        }),
    }
}

/// With `--baseline`: the baseline file.
fn read_baseline(path: Option<&Path>) -> Result<Option<Baseline>, Stop> {
    let Some(path) = path else {
        return Ok(None);
    };
    Baseline::read(path).map(Some).map_err(Stop::Baseline)
}

mod changed {
    //! `--changed-since REV`: which articles git reports as changed.
    //!
    //! Changed means differing from REV in the working tree (staged or not),
    //! or untracked and not ignored: a new article in a pull request counts.
    //! Paths are compared canonically, so `./seeds/a.txt` and a git path
    //! relative to the current directory agree.

    use std::collections::BTreeSet;
    use std::process::Command;

    use std::path::PathBuf;

    /// One flag per article path: changed since `rev`. `Err` is git's own message.
    pub(super) fn since<'a>(
        rev: &str,
        articles: impl IntoIterator<Item = &'a PathBuf>,
    ) -> Result<Vec<bool>, String> {
        let mut changed = BTreeSet::new();
        // Outside a repository `git diff` prints its whole usage text: say it in one line.
        if git(&["rev-parse", "--is-inside-work-tree"]).is_err() {
            return Err(
                "not inside a git repository (it compares articles with a git \
                        revision); run factcheck from the repository, or drop --changed-since"
                    .to_string(),
            );
        }
        let diff = git(&["diff", "--name-only", "--relative", "-z", rev, "--"])?;
        let untracked = git(&["ls-files", "--others", "--exclude-standard", "-z"])?;
        let cwd = std::env::current_dir().map_err(|e| e.to_string())?;
        for name in diff.split('\0').chain(untracked.split('\0')) {
            if name.is_empty() {
                continue;
            }
            // A deleted file has no canonical path and no article to check.
            if let Ok(path) = cwd.join(name).canonicalize() {
                changed.insert(path);
            }
        }
        Ok(articles
            .into_iter()
            .map(|a| a.as_os_str() == "-" || a.canonicalize().is_ok_and(|p| changed.contains(&p)))
            .collect())
    }

    fn git(args: &[&str]) -> Result<String, String> {
        let output = Command::new("git")
            .args(args)
            .output()
            .map_err(|e| format!("cannot run git: {e}"))?;
        if !output.status.success() {
            // git's first line says what is wrong; the rest is usage or hints.
            let stderr = String::from_utf8_lossy(&output.stderr);
            let message = stderr.trim().lines().next().unwrap_or("").to_string();
            return Err(if message.is_empty() {
                format!("git {} failed ({})", args.join(" "), output.status)
            } else {
                message
            });
        }
        Ok(String::from_utf8_lossy(&output.stdout).into_owned())
    }
}

/// What is kept of one article once it has been checked.
struct ArticleResult {
    /// Its display path.
    path: String,
    /// Its candidates, one list per claims file.
    candidates: Vec<Vec<Candidate>>,
    /// Its text, when it came from standard input (which cannot be read twice).
    stdin_text: Option<String>,
    /// Its inline suppressions, each with the line it is on.
    suppressions: Vec<(Suppression, usize)>,
}

/// An article's inline suppression, held from pass 1 to pass 2.
#[derive(Debug)]
struct Held {
    suppression: Suppression,
    /// The line it is on, for warnings.
    line: usize,
    /// The reason shown on the findings it accepts.
    reason: std::sync::Arc<str>,
    /// Some problem was accepted by it (else it is stale).
    used: std::sync::atomic::AtomicBool,
}

/// How many articles are checked in parallel before their candidates are
/// handed on. Candidates made on a worker thread live in that thread's
/// allocator arena; handed on and freed batch by batch, the next batch reuses
/// that memory, where collecting the whole run first would keep a second copy
/// of every candidate there.
const BATCH: usize = 256;

/// Reads, extracts and attributes every article in parallel, keeping only
/// candidates, and hands each result to `each` with its index in `paths`, in path order.
fn check_each(
    files: &[ClaimsFile],
    paths: &[PathBuf],
    mut each: impl FnMut(usize, Result<ArticleResult, ArticleError>),
) {
    // Claims files that tell the extractor the same things share one extraction.
    let mut distinct: Vec<ExtractOptions> = Vec::new();
    let mut uses: Vec<usize> = Vec::with_capacity(files.len());
    for file in files {
        let options = ExtractOptions::from_claims(file);
        let at = match distinct.iter().position(|o| *o == options) {
            Some(at) => at,
            None => {
                distinct.push(options);
                distinct.len() - 1
            }
        };
        uses.push(at);
    }
    let extractors: Vec<Extractor<'_>> = distinct.iter().map(Extractor::new).collect();
    // Every candidate is keyed per mention below.
    let attributors: Vec<Attributor<'_>> = files
        .iter()
        .map(|f| Attributor::new(f).keyed_by_caller())
        .collect();
    let check = |path: &PathBuf| {
        let article = read_article(path)?;
        // Markdown and HTML are read through their blanked copy (crate::document).
        let text = article.prose_text();
        let extractions: Vec<Extraction> = extractors.iter().map(|e| e.extract(text)).collect();
        let candidates = attributors
            .iter()
            .zip(&uses)
            .map(|(a, &u)| {
                let mut candidates = a.attribute(&extractions[u], text);
                crate::document::restore(&mut candidates, &article);
                crate::baseline::key_candidates(&mut candidates, &extractions[u], text);
                candidates
            })
            .collect();
        let suppressions = article
            .prose
            .suppressions
            .iter()
            .map(|s| (s.clone(), article.line_col(s.at.start).0))
            .collect();
        Ok(ArticleResult {
            path: article.display_path(),
            candidates,
            stdin_text: (path.as_os_str() == "-").then(|| article.text.clone()),
            suppressions,
        })
    };
    let mut batches = paths.chunks(BATCH).enumerate();
    let check = &check;
    // The next batch is checked while this one is handed on.
    let produce = move || {
        let (b, batch) = batches.next()?;
        Some((b, batch.par_iter().map(check).collect::<Vec<_>>()))
    };
    ahead(produce, |next| {
        while let Some((b, results)) = next() {
            for (i, result) in results.into_iter().enumerate() {
                each(b * BATCH + i, result);
            }
        }
    });
}

fn or_default(paths: &[PathBuf], default: &str) -> Vec<PathBuf> {
    if paths.is_empty() {
        vec![PathBuf::from(default)]
    } else {
        paths.to_vec()
    }
}

fn read_article(path: &Path) -> Result<Article, ArticleError> {
    if path.as_os_str() == "-" {
        return Article::read_stdin(path);
    }
    Article::read(path)
}
