//! Snapshot adapter: a DOM walk recorded as one string. A content script that
//! cannot run WebAssembly (strict page CSP) sends one to the extension's own
//! context, which analyses it; results name text nodes by their order in the
//! snapshot, which the content script maps back.
//!
//! The format is the walk's strings joined, each event introduced by a Unicode
//! noncharacter (U+FDD0..U+FDD4, reserved for exactly this kind of internal
//! use; the walk replaces any in the page's own strings by U+FFFD, same
//! length). One string crosses to WebAssembly in one copy and splits here in
//! one pass; a JSON record of the same walk costs a stringify on one side and a
//! parse several times slower than the analysis of a short page on the other.

use crate::document::{Builder, Document};

/// Opens an element; the tag name follows.
pub const OPEN: char = '\u{FDD0}';
/// An attribute of the element just opened; its name follows.
pub const ATTR_NAME: char = '\u{FDD1}';
/// The value of the attribute just named.
pub const ATTR_VALUE: char = '\u{FDD2}';
/// A text node; its data follows.
pub const TEXT: char = '\u{FDD3}';
/// Closes the innermost open element.
pub const CLOSE: char = '\u{FDD4}';

/// The events of `snapshot`: each marker with the string after it.
fn events(snapshot: &str) -> impl Iterator<Item = (char, &str)> {
    // All five markers encode as EF B7 90..94 in UTF-8.
    let bytes = snapshot.as_bytes();
    let is_mark = move |i: usize| bytes[i] == 0xEF && bytes.get(i + 1) == Some(&0xB7) && matches!(bytes.get(i + 2), Some(0x90..=0x94));
    let next_mark = move |mut from: usize| loop {
        // Eight bytes at a time: most of the snapshot is page text, where a 0xEF
        // byte is rare (and a mark rarer still). A word has one when it XOR 0xEF…
        // has a zero byte (the classic bit test: no false negatives).
        const ONES: u64 = u64::MAX / 255;
        let Some(chunk) = bytes[from..].first_chunk::<8>() else {
            return (from..bytes.len()).find(|&i| is_mark(i)).unwrap_or(bytes.len());
        };
        let x = u64::from_le_bytes(*chunk) ^ (ONES * 0xEF);
        if x.wrapping_sub(ONES) & !x & (ONES * 0x80) != 0 {
            if let Some(at) = (from..from + 8).find(|&i| is_mark(i)) {
                return at;
            }
        }
        from += 8;
    };
    let mut at = next_mark(0);
    std::iter::from_fn(move || {
        if at >= bytes.len() {
            return None;
        }
        let mark = char::from_u32(0xFDD0 + u32::from(bytes[at + 2] - 0x90))?;
        let end = next_mark(at + 3);
        let payload = &snapshot[at + 3..end];
        at = end;
        Some((mark, payload))
    })
}

pub fn build(snapshot: &str) -> Document {
    // Tags, attribute values and texts are all in the snapshot.
    let mut b = Builder::with_capacity(snapshot.len());
    // Attributes follow their element's opening: `in_attrs` while they may, and the name of
    // the one whose value may come next. (State rather than a peekable iterator, whose
    // `next_if` and peeks were ~0.2 KB of gzipped wasm.)
    let mut in_attrs = false;
    let mut named: Option<&str> = None;
    for (mark, payload) in events(snapshot) {
        if let Some(name) = named.take() {
            if mark == ATTR_VALUE {
                b.attr(name, payload);
                continue;
            }
            b.attr(name, "");
        }
        match mark {
            OPEN => {
                b.open(payload);
                in_attrs = true;
                continue;
            }
            ATTR_NAME if in_attrs => {
                named = Some(payload);
                continue;
            }
            TEXT => b.text(payload),
            CLOSE => b.close(),
            // A value without a name: nothing to attach it to.
            _ => {}
        }
        in_attrs = false;
    }
    if let Some(name) = named {
        b.attr(name, "");
    }
    b.finish()
}
