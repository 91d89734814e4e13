//! Article extraction: find the element that holds the article body, then
//! read its blocks (headings, paragraphs, list items, quotes, captions) in
//! reading order, leaving page chrome out.

pub mod boilerplate;
pub mod ld_body;

use crate::document::{Document, NodeId};
use crate::text::Test;
use crate::text::{is_block_break, MappedText, SplitWords, WordCount};
use std::cell::{Cell, OnceCell};
use std::ops::Range;
use boilerplate::{is_chrome, is_hidden, looks_like_body, looks_like_chrome};

/// A paragraph shorter than this (in chars) does not vote for its container.
const MIN_VOTING_CHARS: usize = 25;
/// Ancestors of a list item searched for a reference list's class.
const CITATION_LIST_DEPTH: usize = 3;
/// A container with at least this many blocks averaging under
/// WIDGET_MAX_AVG_CHARS chars, and hardly a comma, is interface.
const WIDGET_MIN_BLOCKS: u32 = 5;
const WIDGET_MAX_AVG_CHARS: u32 = 24;
/// A list item this long (in chars) votes like a paragraph.
const MIN_VOTING_LIST_ITEM_CHARS: u32 = 100;
/// Score a paragraph's ancestors receive, by generation (parent, grandparent, …).
const ANCESTOR_SHARES: [f32; 3] = [1.0, 0.5, 0.33];
/// Bonus (as a share of a container's score) for class/id naming the article body.
const BODY_NAME_BONUS: f32 = 0.25;
/// An ancestor replaces the chosen container when it holds this much more prose (as a share)…
const CLIMB_GAIN: f32 = 0.25;
/// …or when what it adds is at least this share prose, with few links (a
/// standfirst beside the body, steps or sections in sibling boxes)…
const CLIMB_PROSE_SHARE: f32 = 0.5;
/// …and it has not many more links (as a share of its text outside chrome,
/// or of the addition) than the container, nor a teaser list's linked
/// headlines (MIN_TEASERS of them)…
const CLIMB_MAX_EXTRA_LINKS: f32 = 0.15;
/// …looking at most this many levels up.
const MAX_CLIMB: usize = 6;
/// Blocks whose text is mostly link text are navigation, not article.
const MAX_LINK_DENSITY: f32 = 0.5;
/// Below this many words the page is not treated as an article…
pub const MIN_ARTICLE_WORDS: usize = 40;
/// A container with this many linked headlines, and fewer than PARAGRAPHS_PER_TEASER
/// paragraphs for each, is a list of stories, not a story.
const MIN_TEASERS: usize = 5;
const PARAGRAPHS_PER_TEASER: usize = 3;
/// A heading with more of its text linked than this is a teaser's headline.
const HEADLINE_LINK_DENSITY: f32 = 0.6;
/// …unless the text is the page's whole content and at least this long.
pub const MIN_NOTE_WORDS: usize = 8;

#[derive(Debug, Clone)]
pub struct ArticleBlock {
    pub node: NodeId,
    pub kind: &'static str,
    pub text: MappedText,
    /// The text's sentences, split once: quotes, claims and the summary all read them.
    sentences: OnceCell<Vec<Range<usize>>>,
    /// The text's words, counted once: extraction and the word count both need them.
    words: OnceCell<WordCount>,
    /// Bytes of a label in bold opening the block ("Why it matters:"), a sentence of its own.
    label: usize,
}

impl ArticleBlock {
    pub fn new(node: NodeId, kind: &'static str, text: MappedText) -> ArticleBlock {
        ArticleBlock { node, kind, text, sentences: OnceCell::new(), words: OnceCell::new(), label: 0 }
    }

    pub fn sentences(&self) -> &[Range<usize>] {
        self.sentences.get_or_init(|| {
            let mut s = crate::sentences::split(&self.text.text[self.label..]);
            for r in &mut s {
                *r = r.start + self.label..r.end + self.label;
            }
            if self.label > 0 {
                s.insert(0, 0..self.label);
            }
            s
        })
    }

    pub fn words(&self) -> WordCount {
        *self.words.get_or_init(|| WordCount::of(&self.text.text))
    }
}

#[derive(Debug)]
pub struct Article {
    pub root: NodeId,
    pub blocks: Vec<ArticleBlock>,
}

fn is_heading(tag: &str) -> bool {
    matches!(tag, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

/// Tags that make a block of their own when they hold text.
fn is_leaf_block(tag: &str) -> bool {
    is_heading(tag) || matches!(tag, "p" | "li" | "pre" | "figcaption" | "dd" | "dt" | "td" | "th" | "caption")
}

fn block_kind(doc: &Document, n: NodeId) -> &'static str {
    let tag = doc.tag(n);
    if is_heading(tag) {
        "heading"
    } else if tag == "li" && is_citation(doc, n) {
        "citation"
    } else if tag == "li" {
        "list-item"
    } else if tag == "figcaption" || tag == "caption" || doc.self_and_ancestors(n).take(3).any(|a| is_caption_class(doc, a)) {
        "caption"
    } else if tag == "pre" {
        "preformatted"
    } else if doc.ancestors(n).take(4).any(|a| doc.tag(a) == "blockquote") || tag == "blockquote" {
        "blockquote"
    } else if doc.ancestors(n).take(4).any(|a| doc.tag(a) == "figure") {
        // A figure's words without a <figcaption> (AP's photo description, its credit) caption it all the same.
        "caption"
    } else {
        "paragraph"
    }
}

/// An entry of a reference list: it holds a `<cite>` or sits in a list classed as
/// one ("reflist"). Its quotation marks hold titles of works, not anyone's words.
/// (Only list items: a blockquote's `<cite>` names its speaker.)
fn is_citation(doc: &Document, n: NodeId) -> bool {
    doc.descendants(n).any(|d| doc.tag(d) == "cite")
        || doc.ancestors(n).take(CITATION_LIST_DEPTH).any(|a| matches!(doc.tag(a), "ol" | "ul" | "div") && crate::text::has_str(doc.class_and_id(a), "reflist"))
}

/// A caption by its class ("pb-caption", "thumbcaption"), on the block or around it,
/// or on the element holding most of its text (a div of an image and a caption span).
fn is_caption_class(doc: &Document, n: NodeId) -> bool {
    crate::text::has_str(doc.class_and_id(n), "caption")
}

/// Text standing straight in a div counts as prose from this many chars.
const MIN_DIV_PROSE_CHARS: u32 = 100;
/// Paragraph text (chars) above which an element is a content wrapper, whatever its class says.
const WRAPPER_PROSE_CHARS: u32 = 1500;

/// Chrome test for the article walk: the chosen root itself is never chrome.
/// (`chrome`: `chrome_map`'s answers, asked again here of the nodes under the root.)
fn skip_in<'a>(doc: &'a Document, root: NodeId, counts: &'a Counts, chrome: &'a [Option<bool>]) -> impl Fn(NodeId) -> bool + 'a {
    let skip = move |n| {
        if n == root || !doc.is_element(n) {
            return false;
        }
        // A link inside a paragraph is part of its sentence whatever its class
        // says ("popup" glossary links); only hiding removes it.
        if doc.tag(n) == "a" && doc.parent(n).is_some_and(|p| doc.tag(p) == "p") {
            return is_hidden(doc, n);
        }
        matches!(doc.tag(n), "head" | "header" | "h1" | "script") || chrome[n as usize].unwrap_or_else(|| is_chrome(doc, n, counts.prose[n as usize] >= WRAPPER_PROSE_CHARS))
    };
    // The block walk asks about a node at its level and again when collecting
    // its text: each answer is computed once.
    let known: Vec<Cell<Option<bool>>> = vec![Cell::new(None); doc.len()];
    move |n| {
        let k = &known[n as usize];
        k.get().unwrap_or_else(|| {
            let s = skip(n);
            k.set(Some(s));
            s
        })
    }
}

/// Text counts per node, computed once bottom-up (ids are in pre-order, so
/// every child comes after its parent).
struct Counts {
    chars: Vec<u32>,
    link_chars: Vec<u32>,
    commas: Vec<u32>,
    /// Chars of the node's own text children (for div-soup paragraphs).
    own_chars: Vec<u32>,
    /// Whether a block element stands anywhere below the node.
    has_block: Vec<bool>,
    /// Leaf blocks (paragraphs, items, headings holding no other block) with text below the node.
    leaves: Vec<u32>,
    /// Chars of paragraph text (p, pre, blockquote with few links) below the node.
    prose: Vec<u32>,
}

impl Counts {
    #[cfg_attr(lede_speed, optimize(speed))]
    fn new(doc: &Document) -> Counts {
        let n = doc.len();
        let mut c = Counts {
            chars: vec![0; n],
            link_chars: vec![0; n],
            commas: vec![0; n],
            own_chars: vec![0; n],
            has_block: vec![false; n],
            leaves: vec![0; n],
            prose: vec![0; n],
        };
        for id in (0..n as NodeId).rev() {
            let i = id as usize;
            let parent = doc.parent(id);
            if let Some(t) = doc.text(id) {
                // A text node, a leaf, adds its own counts to its parent's (and has no tag, link,
                // prose or block of its own). JSON-LD stays in the model for metadata but is no page text.
                if let (Some(p), false) = (parent, parent.is_some_and(|p| doc.tag(p) == "script")) {
                    // Whitespace between tags, most text nodes of an indented page, counts nothing
                    // (trimming it cost more per byte).
                    // Bytes, not chars: every char has one byte that is no UTF-8
                    // continuation, and the commas (',' '，' '、' '،') have their own.
                    let b = if doc.is_blank(id) { &[][..] } else { crate::text::trim(t).as_bytes() };
                    let at = |k: usize, x: u8| b.get(k) == Some(&x);
                    // Counted in locals: the node's slots are written once, not at every byte.
                    let (mut chars, mut commas) = (0, 0);
                    if b.is_ascii() {
                        // (Most text: a char a byte, and only ',' to look for.)
                        chars = b.len() as u32;
                        for &x in b {
                            commas += u32::from(x == b',');
                        }
                    } else {
                        for (k, &x) in b.iter().enumerate() {
                            chars += u32::from(x & 0xC0 != 0x80);
                            commas += u32::from(match x {
                                b',' => true,
                                0xEF => at(k + 1, 0xBC) && at(k + 2, 0x8C),
                                0xE3 => at(k + 1, 0x80) && at(k + 2, 0x81),
                                0xD8 => at(k + 1, 0x8C),
                                _ => false,
                            });
                        }
                    }
                    let p = p as usize;
                    c.chars[i] = chars;
                    c.commas[i] = commas;
                    c.chars[p] += chars;
                    c.commas[p] += commas;
                    c.own_chars[p] += chars;
                }
                continue;
            }
            // (The element's tag and kind read once: each is asked again below.)
            let tag = doc.tag(id);
            let leaf = is_leaf_block(tag);
            if tag == "a" {
                c.link_chars[i] = c.chars[i];
            }
            if c.link_chars[i] * 2 < c.chars[i] {
                if matches!(tag, "p" | "pre") {
                    c.prose[i] = c.chars[i];
                } else if c.own_chars[i] >= MIN_DIV_PROSE_CHARS {
                    // Div-soup posts (text and <br> straight in a div) are prose too.
                    c.prose[i] += c.own_chars[i];
                }
            }
            if leaf && !c.has_block[i] && c.chars[i] > 0 {
                c.leaves[i] += 1;
            }
            if let Some(p) = parent {
                let p = p as usize;
                c.prose[p] += c.prose[i];
                c.leaves[p] += c.leaves[i];
                c.chars[p] += c.chars[i];
                c.link_chars[p] += c.link_chars[i];
                c.commas[p] += c.commas[i];
                if c.has_block[i] || leaf || (is_block_break(tag) && tag != "img" && tag != "hr") {
                    c.has_block[p] = true;
                }
            }
        }
        c
    }

    // Out of line: inlined in its five callers it was ~100 B of gzipped wasm.
    #[inline(never)]
    fn link_density(&self, n: NodeId) -> f32 {
        let chars = self.chars[n as usize];
        if chars == 0 {
            1.0
        } else {
            self.link_chars[n as usize] as f32 / chars as f32
        }
    }
}

/// Finds the article container by letting paragraphs vote for their ancestors.
fn find_root(doc: &Document, counts: &Counts, chrome: &[Option<bool>]) -> Option<NodeId> {
    let chrome_cache = |i: usize| chrome[i] != Some(false);
    // Indexed by node: every vote is positive, so a node was voted for iff its score is.
    let mut scores = vec![0f32; doc.len()];
    for n in doc.descendants(doc.root()) {
        let i = n as usize;
        let tag = doc.tag(n);
        // Paragraphs vote; so do divs carrying their own text (div-soup CMSs).
        let chars = if matches!(tag, "p" | "pre" | "td") {
            counts.chars[i]
        } else if tag == "li" && counts.chars[i] >= MIN_VOTING_LIST_ITEM_CHARS && !counts.has_block[i] {
            // Posts written as lists (changelogs, "what we know") vote too; menus are short links.
            counts.chars[i]
        } else if matches!(tag, "div" | "section" | "article" | "font" | "span") {
            counts.own_chars[i]
        } else {
            continue;
        };
        if chrome_cache(i) || (chars as usize) < MIN_VOTING_CHARS || counts.link_density(n) > MAX_LINK_DENSITY {
            continue;
        }
        let vote = 1.0 + counts.commas[i].min(chars / 10) as f32 + (chars as f32 / 100.0).min(3.0);
        for (share, a) in ANCESTOR_SHARES.iter().zip(doc.ancestors(n)) {
            scores[a as usize] += vote * share;
        }
    }
    let mut best: Option<(NodeId, f32)> = None;
    for (n, &score) in scores.iter().enumerate().filter(|(_, s)| **s > 0.0) {
        let n = n as NodeId;
        if n == doc.root() || doc.tag(n) == "html" {
            continue;
        }
        let mut s = score * (1.0 - counts.link_density(n) * 0.5);
        if looks_like_body(doc, n) || doc.tag(n) == "article" || doc.attr(n, "itemprop") == Some("articleBody") {
            s *= 1.0 + BODY_NAME_BONUS;
        } else if looks_like_chrome(doc, n) {
            s *= 1.0 - BODY_NAME_BONUS;
        }
        if best.is_none_or(|(b, bs)| s > bs || (s == bs && n < b)) {
            best = Some((n, s));
        }
    }
    let (mut root, _) = best?;
    // A table is a part of an article (the lead and notes stand around it),
    // never the whole: rows voting for their table count for the table's box.
    // (A single cell winning is a layout table's content cell: it stays.)
    // (A word list, not a match: less wasm; asked once of the chosen root.)
    if crate::text::is_listed("table thead tbody tfoot tr", doc.tag(root)) {
        let table = doc.self_and_ancestors(root).take(3).find(|&a| doc.tag(a) == "table");
        if let Some(p) = table.and_then(|t| doc.parent(t)).filter(|&p| p != doc.root() && !chrome_cache(p as usize)) {
            root = p;
        }
    }
    // Prose outside chrome under each node, to see whether an ancestor holds
    // more of the article (a lead box and a body box, or a body split by an
    // image gallery into two containers).
    // Boxes named like chrome ("related", "teaser", "promo") do not count even
    // when full of prose, unless they hold the chosen container.
    let mut holds_root = vec![false; doc.len()];
    for a in doc.self_and_ancestors(root) {
        holds_root[a as usize] = true;
    }
    // Beside prose, the text and link text outside chrome: a layout wrapper
    // is judged by what the reader keeps, not by its menus and share bars.
    let mut prose = vec![0u32; doc.len()];
    let mut kept = vec![(0u32, 0u32); doc.len()];
    let mut headlines = vec![0u32; doc.len()];
    for id in (0..doc.len() as NodeId).rev() {
        let i = id as usize;
        if chrome_cache(i) || doc.tag(id) == "header" || (!holds_root[i] && doc.is_element(id) && looks_like_chrome(doc, id)) {
            continue;
        }
        let parent = doc.parent(id);
        if doc.text(id).is_some() {
            // A text node only adds its chars to what its parent keeps.
            if let Some(p) = parent {
                kept[p as usize].0 += counts.chars[i];
            }
            continue;
        }
        if matches!(doc.tag(id), "p" | "pre") && counts.link_chars[i] * 2 < counts.chars[i] {
            prose[i] = counts.chars[i];
        } else if counts.own_chars[i] >= MIN_DIV_PROSE_CHARS {
            prose[i] += counts.own_chars[i];
        }
        if doc.tag(id) == "a" {
            kept[i].1 = kept[i].0;
        }
        if let Some(p) = parent {
            let p = p as usize;
            prose[p] += prose[i];
            kept[p].0 += kept[i].0;
            kept[p].1 += kept[i].1;
            headlines[p] += headlines[i] + is_headline_link(doc, counts, id) as u32;
        }
    }
    let kept_link_density = |n: NodeId| {
        let (chars, links) = kept[n as usize];
        if chars == 0 { 1.0 } else { links as f32 / chars as f32 }
    };
    // Climb to the nearest ancestor (a few levels up at most) that adds
    // enough prose; repeat from there.
    loop {
        let need = prose[root as usize] + (prose[root as usize] as f32 * CLIMB_GAIN) as u32;
        let gain = doc
            .ancestors(root)
            .take(MAX_CLIMB)
            .take_while(|&a| a != doc.root() && !chrome_cache(a as usize))
            .find(|&a| {
                let (i, r) = (a as usize, root as usize);
                // Saturating: a hidden or chrome ancestor between them keeps less than the root.
                let (added_prose, added_text, added_links) =
                    (prose[i].saturating_sub(prose[r]), kept[i].0.saturating_sub(kept[r].0), kept[i].1.saturating_sub(kept[r].1));
                prose[i] >= need
                    || (added_prose > 0
                        && added_prose as f32 >= added_text as f32 * CLIMB_PROSE_SHARE
                        && added_links as f32 <= added_text as f32 * CLIMB_MAX_EXTRA_LINKS)
            })
            // Teaser lists add prose too, but bring their headline links with them. (Compared,
            // not subtracted: an ancestor with a hidden part between may keep fewer than the root.)
            .filter(|&a| {
                kept_link_density(a) <= kept_link_density(root) + CLIMB_MAX_EXTRA_LINKS
                    && headlines[a as usize] < headlines[root as usize] + MIN_TEASERS as u32
            });
        match gain {
            Some(a) => root = a,
            None => break,
        }
    }
    Some(root)
}

/// A heading that is (mostly) a link: a teaser's headline.
fn is_headline_link(doc: &Document, counts: &Counts, n: NodeId) -> bool {
    matches!(doc.tag(n), "h1" | "h2" | "h3" | "h4") && counts.link_density(n) > HEADLINE_LINK_DENSITY
}

/// Whether each node is chrome itself; None inside chrome, which is inherited: a node there is chrome.
fn chrome_map(doc: &Document, counts: &Counts) -> Vec<Option<bool>> {
    let mut map = vec![Some(false); doc.len()];
    for n in doc.descendants(doc.root()) {
        let inside = doc.parent(n).is_some_and(|p| map[p as usize] != Some(false));
        map[n as usize] = if inside { None } else { Some(doc.is_element(n) && is_chrome(doc, n, counts.prose[n as usize] >= WRAPPER_PROSE_CHARS)) };
    }
    map
}

/// Reads the blocks of the article under `root` in document order.
fn read_blocks(doc: &Document, root: NodeId, counts: &Counts, chrome: &[Option<bool>]) -> Vec<ArticleBlock> {
    let skip = skip_in(doc, root, counts, chrome);
    let mut blocks = Vec::new();
    // (No block is empty: push_block keeps only text with a letter or digit.)
    walk_blocks(doc, root, &skip, counts, &mut blocks);
    blocks
}

// Recursion depth is bounded by the model's MAX_DEPTH.
fn walk_blocks(doc: &Document, n: NodeId, skip: &dyn Test<NodeId>, counts: &Counts, out: &mut Vec<ArticleBlock>) {
    let tag = doc.tag(n);
    if is_leaf_block(tag) && !counts.has_block[n as usize] {
        push_block(doc, n, &[n], skip, counts, out);
        return;
    }
    if (is_leaf_block(tag) || tag == "blockquote") && counts.link_density(n) > MAX_LINK_DENSITY {
        return;
    }
    let mut run: Vec<NodeId> = Vec::new();
    for &c in doc.children(n) {
        if skip.test(c) {
            continue;
        }
        let ct = doc.tag(c);
        let is_block = doc.is_element(c) && (is_leaf_block(ct) || is_block_break(ct) || counts.has_block[c as usize]);
        if is_block && is_widget(counts, c) {
            continue;
        }
        if is_block {
            if !run.is_empty() {
                push_block(doc, n, &run, skip, counts, out);
                run.clear();
            }
            walk_blocks(doc, c, skip, counts, out);
        } else {
            run.push(c);
        }
    }
    if !run.is_empty() {
        push_block(doc, n, &run, skip, counts, out);
    }
}

/// A box of many tiny blocks (player controls, option lists, link grids):
/// interface, not prose.
fn is_widget(counts: &Counts, n: NodeId) -> bool {
    let (leaves, chars) = (counts.leaves[n as usize], counts.chars[n as usize]);
    leaves >= WIDGET_MIN_BLOCKS && chars < leaves * WIDGET_MAX_AVG_CHARS && counts.commas[n as usize] * 4 < leaves
}

fn push_block(
    doc: &Document,
    owner: NodeId,
    nodes: &[NodeId],
    skip: &dyn Test<NodeId>,
    counts: &Counts,
    out: &mut Vec<ArticleBlock>,
) {
    // Lists of links (tag clouds, "read more" lists) are navigation.
    // (Sums by plain loops here and below: each map's sum was a fold of its own.)
    let (mut linked, mut total) = (0u32, 0u32);
    for &x in nodes {
        linked += counts.link_chars[x as usize];
        total += counts.chars[x as usize];
    }
    let link_density = if total > 0 { linked as f32 / total as f32 } else { 0.0 };
    if link_density > MAX_LINK_DENSITY && doc.tag(owner) != "p" && !in_data_table(doc, counts, owner) {
        return;
    }
    // A dateline set apart (<time>March 11, 2025</time>, however wrapped) is the page's metadata,
    // where the date is read from; as text its parts run together ("March 11, 20255:00 AM ET").
    let timed = || {
        let mut t = 0u32;
        for &x in nodes {
            for d in doc.descendants(x) {
                if doc.tag(d) == "time" {
                    t += counts.chars[d as usize];
                }
            }
        }
        t
    };
    if total <= MAX_DATELINE_CHARS && timed() >= total {
        return;
    }
    // (Collected only now: a block dropped above is dropped by its counts alone.)
    let text = MappedText::collect_nodes(doc, nodes, skip);
    let mut caption = 0u32;
    for &x in nodes {
        if is_caption_class(doc, x) {
            caption += counts.chars[x as usize];
        }
    }
    // "<strong>Why it matters:</strong> The decision …": a label, no part of the sentence after it.
    // (The first element down the first children: the run may be the paragraph itself.)
    let mut first = nodes[0];
    while !matches!(doc.tag(first), "strong" | "b") {
        match doc.children(first).first() {
            Some(&c) => first = c,
            None => break,
        }
    }
    let label = if matches!(doc.tag(first), "strong" | "b") { doc.text_content(first) } else { String::new() };
    let label = label.trimmed();
    // A body set as one element parted by <br><br> is paragraphs, each its own block.
    for (i, text) in text.into_paragraphs().into_iter().enumerate() {
        // (Nor a rule set as text: "___", "* * *"; nor a media player's duration outside a table: "01:45".)
        let t = text.text.trimmed();
        let duration = t.contains(':') && t.chars().all(|c| c.is_ascii_digit() || c == ':') && !matches!(doc.tag(owner), "td" | "th");
        if duration || !t.chars().any(char::is_alphanumeric) {
            continue;
        }
        // Even a paragraph that is one labelled link ("Related: …", "READ MORE: …") or a linked
        // headline in capitals ("BIDEN ADMIN EXPANDS PAROLE PROGRAM") is a promotion, and a lone
        // "Advertisement" marks a slot ("5 min read" tells the reading time); "Follow Pam Key on
        // Twitter @pamkeyNEN" is the author's.
        let capitals = || crate::text::words(&text.text).nth(3).is_some() && text.text.chars().any(char::is_uppercase) && !text.text.chars().any(char::is_lowercase);
        let promo = || boilerplate::is_promo_label(&text.text);
        // (A box's title alone in its block is one whatever its tag: <span>LEGGI ANCHE</span> over the links.)
        let alone = text.text.len() <= MAX_PROMO_LABEL_BYTES && !text.text.contains(':');
        if link_density > MAX_LINK_DENSITY && (promo() || capitals()) || (alone || is_heading(doc.tag(owner))) && promo() || boilerplate::is_furniture_label(&text.text) || boilerplate::is_publisher_line(&text.text) {
            continue;
        }
        // A wire photo's caption set as a paragraph ("In this photo dated …") is one as a whole.
        let kind = if caption * 2 > total || crate::sentences::is_photo_caption(text.text.trimmed_start()) { "caption" } else { block_kind(doc, owner) };
        // (Only the first part opens with the label.)
        let labelled = i == 0 && label.ends_with(":") && crate::text::words(label).nth(MAX_LABEL_WORDS).is_none() && text.text.starts_with(label) && text.text.len() > label.len();
        let mut block = ArticleBlock::new(owner, kind, text);
        block.label = if labelled { label.len() } else { 0 };
        out.push(block);
    }
}

/// Most bytes of a promotion label alone in its block ("Mehr zum Thema").
const MAX_PROMO_LABEL_BYTES: usize = 24;

/// Most chars of a dateline ("Updated Tuesday, September 30, 2025 at 11:45 PM EDT").
const MAX_DATELINE_CHARS: u32 = 80;

/// Most words of a label opening a paragraph ("What they're saying:").
const MAX_LABEL_WORDS: usize = 5;

/// A cell of a table that is mostly plain text: a linked name in a data
/// table is data, not navigation.
fn in_data_table(doc: &Document, counts: &Counts, cell: NodeId) -> bool {
    matches!(doc.tag(cell), "td" | "th")
        && doc.ancestors(cell).take(3).find(|&a| doc.tag(a) == "table").is_some_and(|t| counts.link_density(t) <= MAX_LINK_DENSITY)
}

/// Finds and reads the article. `None` when the page holds no article body.
/// `declared_article`: the page's metadata says it is one (og:type, JSON-LD),
/// so a story list around it is related links, not a front page.
pub fn extract(doc: &Document, declared_article: bool) -> Option<Article> {
    let counts = Counts::new(doc);
    let chrome = chrome_map(doc, &counts);
    let root = find_root(doc, &counts, &chrome)?;
    let blocks = read_blocks(doc, root, &counts, &chrome);
    // (Sums and counts by plain loops here and below: each was a fold of its own.)
    let (mut words, mut text_chars, mut paragraphs) = (0, 0, 0);
    for b in &blocks {
        words += b.words().total();
        text_chars += b.text.text.len();
        paragraphs += usize::from(b.kind == "paragraph");
    }
    // A short text is an article only when it is (nearly) all the page says:
    // a bare note, not a home page whose best block happens to be short.
    let page_chars = counts.chars[doc.root() as usize] as usize;
    let whole_page = text_chars * 2 >= page_chars;
    if words < MIN_ARTICLE_WORDS && !(whole_page && words >= MIN_NOTE_WORDS) {
        return None;
    }
    // A front page or a list of results: headlines that are links, each over a short teaser.
    let mut linked_headings = 0;
    for n in doc.descendants(root) {
        linked_headings += usize::from(is_headline_link(doc, &counts, n));
    }
    if !declared_article && linked_headings >= MIN_TEASERS && paragraphs < linked_headings * PARAGRAPHS_PER_TEASER {
        return None;
    }
    Some(Article { root, blocks })
}
