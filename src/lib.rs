//! factcheck checks news articles against hand-written claims.
//!
//! Data flows one way: article text → mentions ([`extract`]) → findings
//! ([`check`]) → a rendered report ([`report`]). Claims files are loaded and
//! validated by [`claims`] before any article is read. [`run`] is the whole
//! two-pass run as one library call. Nothing below [`commands`] prints; the
//! binary owns stdout, stderr and the exit code.

pub mod article;
pub mod baseline;
pub mod check;
pub mod claims;
pub mod cli;
pub mod commands;
pub mod document;
pub mod extract;
pub mod interval;
pub mod project;
pub mod report;
pub mod run;
pub mod spill;
pub mod unit;
pub mod walk;
