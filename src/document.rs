//! The small document model every analysis runs on.
//!
//! Adapters (an HTML string, the live DOM, a serialized snapshot) feed a
//! [`Builder`] with open/text/close events in document order. Each text event
//! gets the next *source index*, whether or not the model keeps it, so results
//! can name a text node by the position the adapter saw it at and the adapter
//! can map that back to the real node.

use crate::text::AsciiCase;
use crate::text::SplitWords;
use crate::text::Test;
use std::cell::{Cell, RefCell};

pub type NodeId = u32;

/// A memo not yet filled (no vocabulary mask uses every bit).
pub(crate) const NOT_KNOWN: u16 = u16::MAX;

/// A point inside one source text node, in UTF-16 code units (as DOM ranges count).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TextPoint {
    pub node: u32,
    pub offset: u32,
}

/// A stretch of page text, as a DOM Range would hold it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TextRange {
    pub start: TextPoint,
    pub end: TextPoint,
}

impl crate::json::ToJson for TextPoint {
    fn to_json(&self, out: &mut String) {
        crate::json::object(out).field("node", &self.node).field("offset", &self.offset).end();
    }
}

impl crate::json::ToJson for TextRange {
    fn to_json(&self, out: &mut String) {
        crate::json::object(out).field("start", &self.start).field("end", &self.end).end();
    }
}

/// A stretch of [`Document`]'s `strings` or `attrs`, as (start, end).
type Span = (u32, u32);

/// `Node::source` of an element.
const ELEMENT: u32 = u32::MAX;

/// One node, flat: its strings are spans of the document's one string buffer and
/// its attributes and children runs of shared vectors. A page has tens of thousands
/// of nodes, and a heap block for every tag, attribute, text and child list was
/// several percent of an analysis to allocate and free.
#[derive(Debug)]
struct Node {
    /// In `strings`: an element's tag name (empty for a text node, so that
    /// `tag` needs no test), and a text node's text (an element's tag again).
    tag: Span,
    text: Span,
    /// A text node's source index, or `ELEMENT`.
    source: u32,
    /// The root's is itself (and never read).
    parent: NodeId,
    /// A run of `Document::attrs`.
    attrs: Span,
    /// A run of `Document::child_ids` (its length only, until `finish` places them).
    children: Span,
    /// One past the last id of the subtree.
    subtree_end: NodeId,
    /// `class_and_id`, computed once: the heuristics ask for it many times per
    /// element. A span of `Document::names`.
    names: Span,
    /// The class/id vocabularies, filled in by `extract::boilerplate` the first
    /// time it asks (extraction asks several times per element).
    class_lists: Cell<u16>,
    /// `is_blank`, told once as the text is copied in: the heuristics that skip such
    /// text each read all of it (an indented page's whitespace is megabytes).
    blank: bool,
}

/// An element tree with text leaves. Node 0 is the document root (tag `#document`).
#[derive(Debug)]
pub struct Document {
    nodes: Vec<Node>,
    /// Every tag name, attribute value and text, back to back.
    strings: String,
    /// Attributes as (index in `READ_ATTRIBUTES`, value in `strings`).
    attrs: Vec<(u8, Span)>,
    /// Every node's children, node after node.
    child_ids: Vec<NodeId>,
    /// Every element's `class_and_id`, back to back.
    names: String,
    /// The class/id vocabularies by `class_and_id`: elements share their names (every
    /// paragraph of a body its "article-text"), whose lists are then looked up once.
    class_lists_by_names: RefCell<crate::hash::Map>,
}

/// Elements whose content is never page text. Their subtree is dropped, except
/// JSON-LD scripts, which carry article metadata.
/// (A slice: asked of every element the parser opens.)
const SKIPPED_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object",
    "embed", "select", "option", "textarea",
];

/// Nesting deeper than this is flattened: elements opened below it are kept as
/// siblings at this depth, so recursion stays bounded on pathological pages
/// while the paragraphs at the bottom of 10,000 wrappers keep their own text.
pub const MAX_DEPTH: usize = 256;

impl Document {
    pub fn root(&self) -> NodeId {
        0
    }

    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.nodes.len() <= 1
    }

    fn string(&self, span: Span) -> &str {
        slice(&self.strings, span)
    }

    // Out of line (as the native build has it): inlined in the wasm it was ~70 B gzipped.
    #[inline(never)]
    pub fn children(&self, id: NodeId) -> &[NodeId] {
        let (start, end) = self.nodes[id as usize].children;
        &self.child_ids[start as usize..end as usize]
    }

    pub fn parent(&self, id: NodeId) -> Option<NodeId> {
        (id != 0).then(|| self.nodes[id as usize].parent)
    }

    /// Lower-case tag name, or "" for a text node.
    pub fn tag(&self, id: NodeId) -> &str {
        self.string(self.nodes[id as usize].tag)
    }

    pub fn is_element(&self, id: NodeId) -> bool {
        self.nodes[id as usize].source == ELEMENT
    }

    // Out of line (as the native build has it): inlined in the wasm it was ~125 B gzipped.
    #[inline(never)]
    pub fn text(&self, id: NodeId) -> Option<&str> {
        let node = &self.nodes[id as usize];
        (node.source != ELEMENT).then(|| self.string(node.text))
    }

    /// Whether a node is a text node of whitespace alone (' ', '\n', '\t', '\r'), as
    /// between the tags of an indented page.
    pub fn is_blank(&self, id: NodeId) -> bool {
        self.nodes[id as usize].blank
    }

    /// Source index of a text node (its position in the adapter's walk).
    pub fn source_index(&self, id: NodeId) -> Option<u32> {
        let source = self.nodes[id as usize].source;
        (source != ELEMENT).then_some(source)
    }

    fn own_attrs(&self, id: NodeId) -> &[(u8, Span)] {
        let (start, end) = self.nodes[id as usize].attrs;
        &self.attrs[start as usize..end as usize]
    }

    /// An element's attributes (those in [`READ_ATTRIBUTES`]) as (name, value), in page order.
    pub fn attrs(&self, id: NodeId) -> impl Iterator<Item = (&str, &str)> {
        self.own_attrs(id).iter().map(|&(name, value)| (READ_ATTRIBUTES[name as usize], self.string(value)))
    }

    pub fn attr(&self, id: NodeId, name: &str) -> Option<&str> {
        let &(_, value) = self.own_attrs(id).iter().find(|&&(k, _)| READ_ATTRIBUTES[k as usize] == name)?;
        Some(self.string(value))
    }

    /// `class`, `id`, `itemprop`, `role` and `data-component` together, lower-cased: what most content heuristics read.
    pub fn class_and_id(&self, id: NodeId) -> &str {
        slice(&self.names, self.nodes[id as usize].names)
    }

    /// The memo of `class_lists` for `id`: `NOT_KNOWN` until first asked.
    pub(crate) fn class_lists_memo(&self, id: NodeId) -> &Cell<u16> {
        &self.nodes[id as usize].class_lists
    }

    /// The class/id vocabularies already read, by `class_and_id`.
    pub(crate) fn class_lists_by_names(&self) -> &RefCell<crate::hash::Map> {
        &self.class_lists_by_names
    }

    pub fn has_class(&self, id: NodeId, class: &str) -> bool {
        self.attr(id, "class")
            .is_some_and(|c| c.split_ascii_whitespace().any(|x| x.eq_ascii_case(class)))
    }

    /// Ancestors from the parent up to the root.
    pub fn ancestors(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        std::iter::successors(self.parent(id), move |&n| self.parent(n))
    }

    /// The node itself, then its ancestors.
    pub fn self_and_ancestors(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        std::iter::successors(Some(id), move |&n| self.parent(n))
    }

    pub fn is_inside(&self, id: NodeId, ancestor: NodeId) -> bool {
        self.self_and_ancestors(id).any(|a| a == ancestor)
    }

    /// Every node under `id` (itself included) in document order: the builder
    /// numbers nodes in that order, so a subtree is a run of ids.
    pub fn descendants(&self, id: NodeId) -> std::ops::Range<NodeId> {
        id..self.nodes[id as usize].subtree_end
    }

    /// The nodes from `id` through its subtree that `keep` accepts, in document order (one
    /// copy of the loop for every caller, where a closure per call site was a copy each).
    pub fn nodes_where(&self, id: NodeId, keep: &dyn Test<NodeId>) -> Vec<NodeId> {
        // (A plain loop: the filter collected was a from_iter, an extend and a next of its own.)
        let mut out = Vec::new();
        for n in self.descendants(id) {
            if keep.test(n) {
                out.push(n);
            }
        }
        out
    }

    /// The elements named `tag` from `id` through its subtree.
    pub fn tagged(&self, id: NodeId, tag: &str) -> Vec<NodeId> {
        self.nodes_where(id, &|n: NodeId| self.tag(n) == tag)
    }

    pub fn elements_by_tag<'a>(&'a self, tag: &'a str) -> impl Iterator<Item = NodeId> + 'a {
        self.descendants(self.root()).filter(move |&n| self.tag(n) == tag)
    }

    /// Short elements (at most `max` bytes of text) whose text opens with a text
    /// node `opens` accepts: lines such as "By Ann Lee" or "Published March 5",
    /// found without reading every element's text (that is quadratic on deep pages).
    /// (A blank node opens none: `opens` is not asked of empty text.)
    pub fn short_lines<'a>(&'a self, max: usize, opens: impl Fn(&str) -> bool + 'a) -> impl Iterator<Item = (NodeId, String)> + 'a {
        self.descendants(self.root()).filter_map(move |n| {
            let p = self.parent(n).filter(|_| !self.is_blank(n) && self.text(n).is_some_and(|t| opens(crate::text::trim_start(t))))?;
            // Give up on a long parent at once: pages with many such lines in one huge element stay linear.
            let mut raw = 0;
            if self.descendants(p).any(|d| {
                raw += self.text(d).map_or(0, str::len);
                raw > max * MAX_RAW_PER_SHOWN
            }) {
                return None;
            }
            let text = self.text_content(p);
            (text.len() <= max).then_some((p, text))
        })
    }

    /// The concatenated text under `id`, whitespace collapsed.
    pub fn text_content(&self, id: NodeId) -> String {
        let mut out = String::new();
        for n in self.descendants(id) {
            if let Some(t) = self.text(n) {
                out.push_str(t);
                out.push(' ');
            }
        }
        collapse_whitespace(&out)
    }

    /// The `<html>` element, if the page has one.
    pub fn html_element(&self) -> Option<NodeId> {
        self.children(self.root()).iter().find(|&&c| self.tag(c) == "html").copied()
    }

    /// The `<meta>` tags: name/property (lower-cased) → content, in page order.
    pub fn meta_map(&self) -> MetaTags {
        let mut tags = Vec::new();
        for m in self.elements_by_tag("meta") {
            let Some(content) = self.attr(m, "content") else { continue };
            for key in ["name", "property", "itemprop", "http-equiv"] {
                if let Some(k) = self.attr(m, key) {
                    for k in k.split_ascii_whitespace() {
                        tags.push((k.to_ascii_lowercase(), content.trimmed().to_string()));
                    }
                }
            }
        }
        MetaTags(tags)
    }
}

/// The text of `span`, made by the builder from `buffer`'s length before and after it pushed a
/// whole string.
fn slice(buffer: &str, (start, end): Span) -> &str {
    // SAFETY: such a span is in bounds and on character boundaries (lower-casing ASCII in
    // place keeps them, and the builder truncates only whole trailing spans). Checking
    // them was most of the time `tag` and `text` took.
    unsafe { buffer.get_unchecked(start as usize..end as usize) }
}

/// Bytes of raw text (whitespace not yet collapsed) a short line may hold per byte shown.
const MAX_RAW_PER_SHOWN: usize = 4;

/// A page's `<meta>` tags as (key, content) pairs. A list, not a hash map: a
/// page has a few dozen, and a map of this type would add its own code to the wasm build.
#[derive(Debug, Default, Clone)]
pub struct MetaTags(Vec<(String, String)>);

impl MetaTags {
    /// The contents under `key`, in page order.
    pub fn get<'a>(&'a self, key: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        // (An iterator of its own, whose `next` is one slice search: callers' `find` and `filter`
        // over a filter and map were a try_fold each in the wasm.)
        MetaValues { tags: self.0.iter(), key }
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).next().is_some()
    }
}

struct MetaValues<'a> {
    tags: std::slice::Iter<'a, (String, String)>,
    key: &'a str,
}

impl<'a> Iterator for MetaValues<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let key = self.key;
        self.tags.find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }
}

pub fn collapse_whitespace(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.words() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// The attributes the core reads. The builder drops the rest, so nothing can
/// come to depend on one unnoticed; adapters may leave them out (the page's
/// walk does: srcset, data-*, inline handlers are a large part of a page's
/// markup, and every byte of the snapshot crosses into WebAssembly).
/// extension/walk.js holds a copy (checked by a test below). The first
/// [`NAMING_ATTRIBUTES`] are those `class_and_id` joins, in its order.
pub const READ_ATTRIBUTES: [&str; 20] = [
    "class", "id", "itemprop", "role", "data-component", "style", "hidden", "aria-hidden", "rel", "href", "content",
    "name", "property", "http-equiv", "type", "datetime", "pubdate", "lang", "xml:lang", "dir",
];
const NAMING_ATTRIBUTES: u8 = 5;

pub fn is_read_attribute(name: &str) -> bool {
    READ_ATTRIBUTES.contains(&name)
}

/// Builds a [`Document`] from a stream of events in document order.
pub struct Builder {
    /// The model so far: every node but with its children only counted.
    doc: Document,
    /// Open elements; `None` marks an element whose subtree is being skipped.
    open: Vec<Option<NodeId>>,
    skipping: usize,
    next_source: u32,
    /// The last node is an element still taking attributes.
    opening: bool,
}

impl Default for Builder {
    fn default() -> Self {
        Self::new()
    }
}

impl Builder {
    pub fn new() -> Self {
        Self::with_capacity(0)
    }

    /// A builder with room for `bytes` of tags, attribute values and texts at once: in the
    /// wasm build's allocator, a buffer grown step by step leaves a freed block at every size.
    pub fn with_capacity(bytes: usize) -> Self {
        let root = "#document";
        let mut strings = String::with_capacity(root.len() + bytes);
        strings.push_str(root);
        let doc = Document { nodes: Vec::new(), strings, attrs: Vec::new(), child_ids: Vec::new(), names: String::new(), class_lists_by_names: Default::default() };
        let mut b = Builder { doc, open: vec![Some(0)], skipping: 0, next_source: 0, opening: false };
        b.push(0, (0, root.len() as u32), ELEMENT);
        b
    }

    /// The innermost kept element of `open`.
    fn innermost(open: &[Option<NodeId>]) -> NodeId {
        open.iter().rev().find_map(|x| *x).unwrap_or(0)
    }

    /// Adds a node without attributes as the last child of `parent` (the root as its own
    /// parent); `string` is its tag or text, already in the buffer.
    fn push(&mut self, parent: NodeId, string: Span, source: u32) -> NodeId {
        let doc = &mut self.doc;
        let id = doc.nodes.len() as NodeId;
        let attrs = doc.attrs.len() as u32;
        let names = doc.names.len() as u32;
        doc.nodes.push(Node {
            tag: if source == ELEMENT { string } else { (0, 0) },
            text: string,
            source,
            parent,
            attrs: (attrs, attrs),
            children: (0, 0),
            subtree_end: id + 1,
            names: (names, names),
            class_lists: Cell::new(NOT_KNOWN),
            blank: false,
        });
        if id != 0 {
            doc.nodes[parent as usize].children.1 += 1;
        }
        id
    }

    /// Opens an element, whose attributes follow (`attr`). `tag` may be in any case.
    pub fn open(&mut self, tag: &str) {
        self.opened();
        if self.skipping == 0 {
            let strings = &mut self.doc.strings;
            let start = strings.len();
            strings.push_str(tag);
            strings[start..].make_ascii_lowercase();
            let span = (start as u32, strings.len() as u32);
            let tag = &strings[start..];
            // A script is kept until its attributes show whether it holds JSON-LD.
            if !SKIPPED_TAGS.contains(&tag) || tag == "script" {
                let parent = Self::innermost(&self.open[..self.open.len().min(MAX_DEPTH)]);
                let id = self.push(parent, span, ELEMENT);
                self.open.push(Some(id));
                self.opening = true;
                return;
            }
            strings.truncate(start);
        }
        self.skipping += 1;
        self.open.push(None);
    }

    /// An attribute of the element just opened; the builder keeps those in [`READ_ATTRIBUTES`].
    pub fn attr(&mut self, name: &str, value: &str) {
        // (Told first: a skipped element's attributes need no lookup.)
        if !self.opening {
            return;
        }
        let Some(k) = READ_ATTRIBUTES.iter().position(|&r| r == name) else { return };
        let doc = &mut self.doc;
        let start = doc.strings.len() as u32;
        doc.strings.push_str(value);
        doc.attrs.push((k as u8, (start, doc.strings.len() as u32)));
        if let Some(node) = doc.nodes.last_mut() {
            node.attrs.1 += 1;
        }
    }

    /// Ends the attributes of the element just opened, if any: a script without
    /// JSON-LD (which carries article metadata) is skipped after all, any other named.
    fn opened(&mut self) {
        if !std::mem::take(&mut self.opening) {
            return;
        }
        let Document { nodes, strings, attrs, names, .. } = &mut self.doc;
        let Some(node) = nodes.last_mut() else { return };
        let tag = slice(strings, node.tag);
        let own = &attrs[node.attrs.0 as usize..];
        if tag == "script" && !own.iter().any(|&(k, v)| READ_ATTRIBUTES[k as usize] == "type" && crate::text::has_str(slice(strings, v), "ld+json")) {
            strings.truncate(node.tag.0 as usize);
            attrs.truncate(node.attrs.0 as usize);
            let parent = node.parent as usize;
            nodes.pop();
            nodes[parent].children.1 -= 1;
            self.open.pop();
            self.open.push(None);
            self.skipping += 1;
            return;
        }
        // (BBC's blocks are named by data-component: "byline-block", "links-block".)
        for name in 0..NAMING_ATTRIBUTES {
            if let Some(&(_, value)) = own.iter().find(|&&(k, _)| k == name) {
                let v = slice(strings, value);
                let start = names.len();
                names.push_str(v);
                names[start..].make_ascii_lowercase();
                names.push(' ');
                // (Not the page's own flags: "flag-simpleExtendedByline-on" on <html>.)
                if !matches!(tag, "html" | "body") {
                    push_camel_words(names, v);
                }
            }
        }
        node.names.1 = names.len() as u32;
    }

    /// Closes the innermost open element.
    pub fn close(&mut self) {
        self.opened();
        if self.open.len() <= 1 {
            return;
        }
        if self.open.pop() == Some(None) && self.skipping > 0 {
            self.skipping -= 1;
        }
    }

    /// A text node. It takes the next source index even when skipped.
    pub fn text(&mut self, text: &str) {
        self.opened();
        let source = self.next_source;
        self.next_source += 1;
        if self.skipping > 0 {
            return;
        }
        let strings = &mut self.doc.strings;
        let start = strings.len() as u32;
        strings.push_str(text);
        let span = (start, strings.len() as u32);
        // Adjacent text (from the parser splitting a run) stays separate: each
        // source node must stay addressable on its own.
        let id = self.push(Self::innermost(&self.open), span, source);
        self.doc.nodes[id as usize].blank = text.bytes().all(|b| matches!(b, b' ' | b'\n' | b'\t' | b'\r'));
    }

    pub fn finish(mut self) -> Document {
        self.opened();
        let mut doc = self.doc;
        // Each node's children get the run after its predecessor's; nodes are
        // numbered in document order, so filling the runs by id keeps each in order.
        let mut at = 0;
        for node in &mut doc.nodes {
            let count = node.children.1;
            node.children = (at, at);
            at += count;
        }
        doc.child_ids = vec![0; at as usize];
        for id in 1..doc.nodes.len() {
            let parent = doc.nodes[id].parent as usize;
            let end = &mut doc.nodes[parent].children.1;
            doc.child_ids[*end as usize] = id as NodeId;
            *end += 1;
        }
        // Every node is created as the last child of one on the open chain, so
        // ids run in document order and a subtree ends where its last child's does.
        for id in (0..doc.nodes.len()).rev() {
            if let Some(&last) = doc.children(id as NodeId).last() {
                doc.nodes[id].subtree_end = doc.nodes[last as usize].subtree_end;
            }
        }
        doc
    }
}

/// A camel-cased class name's words as one more, dash-joined name: CSS modules and styled
/// components name elements "ArticleInlineNewsletter_root__k7Ba2" or "ssrcss-1q0x-RichTextContainer",
/// whose words ("newsletter", "text") the vocabularies then see as they see "inline-newsletter".
fn push_camel_words(names: &mut String, v: &str) {
    for class in v.split_ascii_whitespace() {
        let b = class.as_bytes();
        // (Bytes are pushed as chars below: a class with non-ASCII letters is left as it is.)
        if !class.is_ascii() || !b.windows(2).any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase()) {
            continue;
        }
        for (i, &c) in b.iter().enumerate() {
            if c.is_ascii_uppercase() && i > 0 && b[i - 1].is_ascii_lowercase() {
                names.push('-');
            }
            names.push(c.to_ascii_lowercase() as char);
        }
        names.push(' ');
    }
}
