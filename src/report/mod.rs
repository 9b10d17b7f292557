//! Rendering findings: one file per output format.
