//! Adapters build the [`Document`](crate::document::Document) model from what
//! a host has: an HTML string (native), a serialized DOM snapshot (any host),
//! or the live DOM (wasm, through web-sys).

#[cfg(not(target_arch = "wasm32"))]
pub mod html;
pub mod snapshot;
#[cfg(target_arch = "wasm32")]
pub mod dom;
