//! Snapshot adapter: a flat, serializable record of a DOM walk. A content
//! script that cannot run WebAssembly (strict page CSP) sends one to the
//! extension's own context, which analyses it; results name text nodes by
//! their position in the snapshot, which the content script maps back.

use crate::document::{Builder, Document};
use serde::{Deserialize, Serialize};

/// One event of the walk: an element opening (`t` with attributes `a`), a text
/// node (`x`), or, with neither, the close of the innermost element.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Event {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub t: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub a: Vec<(String, String)>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x: Option<String>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Snapshot {
    /// The page's address (location.href), used when the page names no canonical URL.
    #[serde(default)]
    pub url: Option<String>,
    pub events: Vec<Event>,
}

pub fn build(snapshot: &Snapshot) -> Document {
    let mut b = Builder::new();
    for e in &snapshot.events {
        match (&e.t, &e.x) {
            (Some(tag), _) => b.open(tag, e.a.clone()),
            (None, Some(text)) => b.text(text),
            (None, None) => b.close(),
        }
    }
    b.finish()
}
