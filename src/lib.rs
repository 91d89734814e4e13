//! Lede's analysis core: plain Rust over its own document model, no browser.
//!
//! The pipeline, in the order it runs:
//! [`document`] (model built by [`adapters`]) → [`extract`] (article body) and
//! [`metadata`] / [`authors`] → [`sentences`] → [`quotes`] (quotations and
//! speakers) → [`claims`] (check-worthiness) → [`summary`] → [`analysis`],
//! the result every host receives, and [`clipboard`], its copyable forms.

// The wasm build (scripts/setup.sh, nightly features through RUSTC_BOOTSTRAP) sets `lede_speed`:
// the few hot loops marked `optimize(speed)` are built for speed in a size-optimised module
// (natively at opt-level "z", -1.9 % instructions for ~270 B of gzipped wasm). The native
// build, on a stable toolchain, leaves them as they are.
#![cfg_attr(lede_speed, feature(optimize_attribute))]

pub mod adapters;
pub mod analysis;
pub mod authors;
pub mod claims;
pub mod clipboard;
pub mod document;
pub mod extract;
pub mod hash;
pub mod json;
pub mod metadata;
mod order;
pub mod pipeline;
pub mod quotes;
pub mod sentences;
pub mod summary;
pub mod text;

#[cfg(target_arch = "wasm32")]
mod wasm_api;
#[cfg(any(target_arch = "wasm32", test))]
mod wasm_alloc;

pub use analysis::Analysis;
pub use pipeline::{analyze, Failure, Options, Run};
