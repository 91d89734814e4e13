//! The small document model every analysis runs on.
//!
//! Adapters (an HTML string, the live DOM, a serialized snapshot) feed a
//! [`Builder`] with open/text/close events in document order. Each text event
//! gets the next *source index*, whether or not the model keeps it, so results
//! can name a text node by the position the adapter saw it at and the adapter
//! can map that back to the real node.

use crate::text::SplitWords;
use std::cell::Cell;

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
        crate::json::object(out, &|o| {
            o.field("node", &self.node).field("offset", &self.offset);
        });
    }
}

impl crate::json::ToJson for TextRange {
    fn to_json(&self, out: &mut String) {
        crate::json::object(out, &|o| {
            o.field("start", &self.start).field("end", &self.end);
        });
    }
}

#[derive(Debug)]
pub enum NodeData {
    Element { tag: String, attrs: Vec<(String, String)> },
    Text { text: String, source: u32 },
}

#[derive(Debug)]
pub struct Node {
    pub data: NodeData,
    pub parent: Option<NodeId>,
    pub children: Vec<NodeId>,
}

/// An element tree with text leaves. Node 0 is the document root (tag `#document`).
#[derive(Debug)]
pub struct Document {
    nodes: Vec<Node>,
    /// Every node's `class_and_id`, computed once: the heuristics ask for it
    /// many times per element. `names[spans[id]]`.
    names: String,
    name_spans: Vec<(u32, u32)>,
    /// Each node's class/id vocabularies, filled in by `extract::boilerplate`
    /// the first time it asks (extraction asks several times per element).
    class_lists: Vec<Cell<u16>>,
    /// One past the last id of each node's subtree.
    subtree_ends: Vec<NodeId>,
}

/// Elements whose content is never page text. Their subtree is dropped, except
/// JSON-LD scripts, which carry article metadata.
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

    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id as usize]
    }

    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.nodes.len() <= 1
    }

    pub fn children(&self, id: NodeId) -> &[NodeId] {
        &self.nodes[id as usize].children
    }

    pub fn parent(&self, id: NodeId) -> Option<NodeId> {
        self.nodes[id as usize].parent
    }

    /// Lower-case tag name, or "" for a text node.
    pub fn tag(&self, id: NodeId) -> &str {
        match &self.nodes[id as usize].data {
            NodeData::Element { tag, .. } => tag,
            NodeData::Text { .. } => "",
        }
    }

    pub fn is_element(&self, id: NodeId) -> bool {
        matches!(self.nodes[id as usize].data, NodeData::Element { .. })
    }

    pub fn text(&self, id: NodeId) -> Option<&str> {
        match &self.nodes[id as usize].data {
            NodeData::Text { text, .. } => Some(text),
            NodeData::Element { .. } => None,
        }
    }

    pub fn attr(&self, id: NodeId, name: &str) -> Option<&str> {
        match &self.nodes[id as usize].data {
            NodeData::Element { attrs, .. } => {
                attrs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
            }
            NodeData::Text { .. } => None,
        }
    }

    /// `class`, `id`, `itemprop`, `role` and `data-component` together, lower-cased: what most content heuristics read.
    pub fn class_and_id(&self, id: NodeId) -> &str {
        let (start, end) = self.name_spans[id as usize];
        &self.names[start as usize..end as usize]
    }

    /// The memo of `class_lists` for `id`: `NOT_KNOWN` until first asked.
    pub(crate) fn class_lists_memo(&self, id: NodeId) -> &Cell<u16> {
        &self.class_lists[id as usize]
    }

    pub fn has_class(&self, id: NodeId, class: &str) -> bool {
        self.attr(id, "class")
            .is_some_and(|c| c.split_ascii_whitespace().any(|x| x.eq_ignore_ascii_case(class)))
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
        id..self.subtree_ends[id as usize]
    }

    /// The nodes from `id` through its subtree that `keep` accepts, in document order (one
    /// copy of the loop for every caller, where a closure per call site was a copy each).
    pub fn nodes_where(&self, id: NodeId, keep: &dyn Fn(NodeId) -> bool) -> Vec<NodeId> {
        self.descendants(id).filter(|&n| keep(n)).collect()
    }

    /// The elements named `tag` from `id` through its subtree.
    pub fn tagged(&self, id: NodeId, tag: &str) -> Vec<NodeId> {
        self.nodes_where(id, &|n| self.tag(n) == tag)
    }

    pub fn elements_by_tag<'a>(&'a self, tag: &'a str) -> impl Iterator<Item = NodeId> + 'a {
        self.descendants(self.root()).filter(move |&n| self.tag(n) == tag)
    }

    /// Short elements (at most `max` bytes of text) whose text opens with a text
    /// node `opens` accepts: lines such as "By Ann Lee" or "Published March 5",
    /// found without reading every element's text (that is quadratic on deep pages).
    pub fn short_lines<'a>(&'a self, max: usize, opens: impl Fn(&str) -> bool + 'a) -> impl Iterator<Item = (NodeId, String)> + 'a {
        self.descendants(self.root()).filter_map(move |n| {
            let p = self.parent(n).filter(|_| self.text(n).is_some_and(|t| opens(crate::text::trim_start(t))))?;
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

    /// Source index of a text node (its position in the adapter's walk).
    pub fn source_index(&self, id: NodeId) -> Option<u32> {
        match &self.nodes[id as usize].data {
            NodeData::Text { source, .. } => Some(*source),
            NodeData::Element { .. } => None,
        }
    }

    /// The `<html>` element, if the page has one.
    pub fn html_element(&self) -> Option<NodeId> {
        self.children(self.root()).iter().copied().find(|&c| self.tag(c) == "html")
    }

    /// The `<meta>` tags: name/property (lower-cased) → content, in page order.
    pub fn meta_map(&self) -> MetaTags {
        let mut tags = Vec::new();
        for m in self.elements_by_tag("meta") {
            let Some(content) = self.attr(m, "content") else { continue };
            for key in ["name", "property", "itemprop", "http-equiv"] {
                if let Some(k) = self.attr(m, key) {
                    for k in k.split_ascii_whitespace() {
                        tags.push((k.to_ascii_lowercase(), content.trim().to_string()));
                    }
                }
            }
        }
        MetaTags(tags)
    }
}

/// Bytes of raw text (whitespace not yet collapsed) a short line may hold per byte shown.
const MAX_RAW_PER_SHOWN: usize = 4;

/// A page's `<meta>` tags as (key, content) pairs. A list, not a hash map: a
/// page has a few dozen, and a map of this type would add its own code to the wasm build.
pub struct MetaTags(Vec<(String, String)>);

impl MetaTags {
    /// The contents under `key`, in page order.
    pub fn get<'a>(&'a self, key: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.0.iter().filter(move |(k, _)| k == key).map(|(_, v)| v.as_str())
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).next().is_some()
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
/// extension/walk.js holds a copy (checked by a test below).
pub const READ_ATTRIBUTES: [&str; 20] = [
    "class", "id", "role", "itemprop", "style", "hidden", "aria-hidden", "rel", "href", "content", "name", "property",
    "http-equiv", "type", "datetime", "pubdate", "lang", "xml:lang", "dir", "data-component",
];

pub fn is_read_attribute(name: &str) -> bool {
    READ_ATTRIBUTES.contains(&name)
}

/// Builds a [`Document`] from a stream of events in document order.
pub struct Builder {
    nodes: Vec<Node>,
    /// Open elements; `None` marks an element whose subtree is being skipped.
    open: Vec<Option<NodeId>>,
    skipping: usize,
    next_source: u32,
}

impl Default for Builder {
    fn default() -> Self {
        Self::new()
    }
}

impl Builder {
    pub fn new() -> Self {
        let root = Node {
            data: NodeData::Element { tag: "#document".into(), attrs: Vec::new() },
            parent: None,
            children: Vec::new(),
        };
        Builder { nodes: vec![root], open: vec![Some(0)], skipping: 0, next_source: 0 }
    }

    /// The innermost kept element of `open`.
    fn innermost(open: &[Option<NodeId>]) -> NodeId {
        open.iter().rev().find_map(|x| *x).unwrap_or(0)
    }

    /// Opens an element. `tag` may be in any case; `attrs` are those in
    /// [`READ_ATTRIBUTES`] (each adapter leaves the rest out as it reads them).
    pub fn open(&mut self, tag: &str, attrs: Vec<(String, String)>) {
        let tag = tag.to_ascii_lowercase();
        let skip = self.skipping > 0
            || (SKIPPED_TAGS.contains(&tag.as_str())
                && !(tag == "script"
                    && attrs.iter().any(|(k, v)| k == "type" && v.contains("ld+json"))));
        if skip {
            self.skipping += 1;
            self.open.push(None);
            return;
        }
        let parent = Self::innermost(&self.open[..self.open.len().min(MAX_DEPTH)]);
        let id = self.nodes.len() as NodeId;
        self.nodes.push(Node { data: NodeData::Element { tag, attrs }, parent: Some(parent), children: Vec::new() });
        self.nodes[parent as usize].children.push(id);
        self.open.push(Some(id));
    }

    /// Closes the innermost open element.
    pub fn close(&mut self) {
        if self.open.len() <= 1 {
            return;
        }
        if self.open.pop() == Some(None) && self.skipping > 0 {
            self.skipping -= 1;
        }
    }

    /// A text node. It takes the next source index even when skipped.
    pub fn text(&mut self, text: &str) {
        let source = self.next_source;
        self.next_source += 1;
        if self.skipping > 0 {
            return;
        }
        let parent = Self::innermost(&self.open);
        // Adjacent text (from the parser splitting a run) stays separate: each
        // source node must stay addressable on its own.
        let id = self.nodes.len() as NodeId;
        self.nodes.push(Node { data: NodeData::Text { text: text.to_string(), source }, parent: Some(parent), children: Vec::new() });
        self.nodes[parent as usize].children.push(id);
    }

    pub fn finish(mut self) -> Document {
        while self.open.len() > 1 {
            self.close();
        }
        let mut names = String::new();
        let name_spans = self
            .nodes
            .iter()
            .map(|node| {
                let start = names.len() as u32;
                if let NodeData::Element { tag, attrs } = &node.data {
                    // (BBC's blocks are named by data-component: "byline-block", "links-block".)
                    for name in ["class", "id", "itemprop", "role", "data-component"] {
                        if let Some((_, v)) = attrs.iter().find(|(k, _)| k == name) {
                            names.push_str(&v.to_ascii_lowercase());
                            names.push(' ');
                            // (Not the page's own flags: "flag-simpleExtendedByline-on" on <html>.)
                            if !matches!(tag.as_str(), "html" | "body") {
                                push_camel_words(&mut names, v);
                            }
                        }
                    }
                }
                (start, names.len() as u32)
            })
            .collect();
        let class_lists = vec![Cell::new(NOT_KNOWN); self.nodes.len()];
        // Every node is created as the last child of one on the open chain, so
        // ids run in document order and a subtree ends where its last child's does.
        let mut subtree_ends: Vec<NodeId> = (1..self.nodes.len() as NodeId + 1).collect();
        for id in (0..self.nodes.len()).rev() {
            if let Some(&last) = self.nodes[id].children.last() {
                subtree_ends[id] = subtree_ends[last as usize];
            }
        }
        Document { nodes: self.nodes, names, name_spans, class_lists, subtree_ends }
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
