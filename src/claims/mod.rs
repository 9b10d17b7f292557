//! Claims files: the schema an editor writes, loaded and validated into the
//! resolved model the checker uses.
//!
//! serde_yaml lives only in this module (it is deprecated upstream; swapping it
//! must touch nothing else). Validation is complete before any article is read
//! (SPEC rule 6): every problem in a file is collected, each pointing at its
//! YAML line and column.

mod model;

pub use model::*;
