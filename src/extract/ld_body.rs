//! The article from the page's JSON-LD `articleBody`, for pages whose markup
//! holds no body or only part of it (a teaser above a paywall, a body the page's
//! scripts would render). Stretches the page also shows keep their place in it,
//! so quotes and claims there can be highlighted; the rest is text only.

use super::{walk_blocks, Article, ArticleBlock, Counts, MIN_ARTICLE_WORDS};
use crate::document::{Document, NodeId};
use std::ops::Range;
use crate::text::{count_words, is_block_break, is_listed, MappedText};

/// The JSON-LD body replaces the extracted one when it has more than this many
/// times its words: less, and the markup is the article (JSON-LD bodies are
/// often abridged or stale).
const BODY_GAIN: usize = 2;

/// Comparisons of page blocks with the body stop after this many chars compared
/// per body char (honest pages need about one), so that thousands of page blocks
/// sharing a long opening cannot make the pass quadratic; the rest is text only.
const MATCH_WORK_PER_CHAR: usize = 8;

/// Page blocks are looked up by their first this-many letters and digits…
const KEY_PREFIX: usize = 16;
/// …and only blocks with at least this many (a block "Advertisement" is no match).
const MIN_MATCH_KEY: usize = 24;

/// `dom`, or the article told by `body` when `dom` is missing or far shorter.
pub fn prefer(doc: &Document, dom: Option<Article>, body: &str) -> Option<Article> {
    let body = plain_text(body);
    let ld_words = count_words(&body);
    // (A plain loop: the flat_map's sum was a fold and a map of its own.)
    let mut dom_words = 0;
    for b in dom.as_ref().map_or(&[][..], |a| &a.blocks) {
        dom_words += b.words().total();
    }
    if ld_words < MIN_ARTICLE_WORDS || ld_words <= dom_words * BODY_GAIN {
        return dom;
    }
    let root = dom.map_or(doc.root(), |a| a.root);
    Some(Article { root, blocks: align(doc, root, &body) })
}

/// `articleBody` as plain text, one paragraph a line: some publishers put HTML in it.
fn plain_text(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(i) = crate::text::find_str(rest, "<") {
        out.push_str(&rest[..i]);
        let tag = &rest[i + 1..];
        let is_tag = crate::text::first_char(tag).is_some_and(|c| c.is_ascii_alphabetic() || c == '/');
        match crate::text::find_str(tag, ">").filter(|_| is_tag) {
            Some(end) => {
                let name = tag.trim_start_matches(&['/'][..]);
                let name = name[..name.bytes().position(|b| !b.is_ascii_alphanumeric()).unwrap_or(name.len())].to_ascii_lowercase();
                if name == "br" || is_block_break(&name) {
                    out.push('\n');
                }
                rest = &tag[end + 1..];
            }
            None => {
                out.push('<');
                rest = tag;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Letters and digits, lowercased: what a paragraph in JSON-LD and the same
/// paragraph in the page share whatever their quotes, spaces and markup. With
/// each key char, the byte span in `s` of the char it comes from.
fn key_of(s: &str) -> (Vec<char>, Vec<Range<usize>>) {
    let (mut key, mut spans) = (Vec::new(), Vec::new());
    let mut buf = [0; 4];
    for (at, c) in s.char_indices().filter(|(_, c)| c.is_alphanumeric()) {
        let span = at..at + c.len_utf8();
        if c.is_ascii() {
            key.push(c.to_ascii_lowercase());
            spans.push(span);
        } else {
            // (Through `text::lower`, whose char lowering the wasm has already.)
            for k in crate::text::lower(c.encode_utf8(&mut buf)).chars() {
                key.push(k);
                spans.push(span.clone());
            }
        }
    }
    (key, spans)
}

/// The body's paragraphs, each taken from the page where the page shows the
/// same text (page blocks found in the body in one left-to-right pass), and as
/// text only where it does not.
fn align(doc: &Document, root: NodeId, body: &str) -> Vec<ArticleBlock> {
    let (key, spans) = key_of(body);
    let page = page_blocks(doc);
    // (A plain loop: the map collected was a from_iter and a fold of its own.)
    let mut page_keys: Vec<Vec<char>> = Vec::with_capacity(page.len());
    for b in &page {
        page_keys.push(key_of(&b.text.text).0);
    }
    // Keyed by String, as the build's other maps (a char-slice key would add its own code).
    // (Each prefix put in the one String reused below: collecting a String was a function of its own.)
    let mut by_prefix = crate::hash::Lists::default();
    let mut prefix = String::new();
    for (i, k) in page_keys.iter().enumerate() {
        if k.len() >= MIN_MATCH_KEY {
            prefix.clear();
            prefix.extend(&k[..KEY_PREFIX]);
            by_prefix.push(&prefix, i);
        }
    }

    let mut blocks = Vec::new();
    let text_only = |from: usize, to: usize, blocks: &mut Vec<ArticleBlock>| {
        for line in crate::text::split_str(&body[from..to], "\n") {
            let line = crate::document::collapse_whitespace(line);
            if line.chars().any(char::is_alphanumeric) {
                blocks.push(ArticleBlock::new(root, "paragraph", MappedText::unmapped(line)));
            }
        }
    };
    let (mut at, mut gap_from) = (0, 0);
    let mut work = MATCH_WORK_PER_CHAR * key.len();
    while at + KEY_PREFIX <= key.len() && work > 0 {
        // The longest page block that the body goes on with here.
        let mut found: Option<usize> = None;
        prefix.clear();
        prefix.extend(&key[at..at + KEY_PREFIX]);
        for &i in by_prefix.get(&prefix) {
            let same = key[at..].iter().zip(&page_keys[i]).take_while(|(a, b)| a == b).count();
            work = work.saturating_sub(same);
            if same == page_keys[i].len() && found.is_none_or(|f| same > page_keys[f].len()) {
                found = Some(i);
            }
        }
        let Some(i) = found else {
            at += 1;
            continue;
        };
        text_only(gap_from, spans[at].start, &mut blocks);
        at += page_keys[i].len();
        // The block's closing punctuation is not the start of the next paragraph.
        gap_from = spans[at - 1].end;
        // (By chars: a closure passed to `find` linked a searcher of its own.)
        gap_from += body[gap_from..].char_indices().find(|&(_, c)| c.is_whitespace() || c.is_alphanumeric()).map_or(body.len() - gap_from, |(i, _)| i);
        blocks.push(page[i].clone());
    }
    text_only(gap_from, body.len(), &mut blocks);
    blocks
}

/// Every block of the page in reading order, chrome included: a paragraph the
/// JSON-LD body also has is the article's wherever the page put it.
fn page_blocks(doc: &Document) -> Vec<ArticleBlock> {
    let counts = Counts::new(doc);
    // (A word list, not a match: 43 B less wasm; only pages with a JSON-LD body walk here.)
    let skip = |n: NodeId| doc.is_element(n) && is_listed("script style noscript template", doc.tag(n));
    let mut blocks = Vec::new();
    walk_blocks(doc, doc.root(), &skip, &counts, &mut blocks);
    blocks
}

#[cfg(test)]
mod tests {
    use super::{align, plain_text};

    #[test]
    fn markup_in_the_body_becomes_lines() {
        assert_eq!(plain_text("<p>One <b>bold</b> claim.</p><p>Two &lt; three, 2 < 3.</p>"), "\nOne bold claim.\n\nTwo &lt; three, 2 < 3.\n");
    }

    #[test]
    fn a_one_line_body_is_cut_where_the_page_has_paragraphs() {
        let first = "The council voted on Tuesday to approve the budget for new schools.";
        let last = "Work on the Elm Street bridge begins in June and lasts eighteen months.";
        let doc = crate::adapters::html::parse(&format!("<p>{first}</p><aside><p>{last}</p></aside>"));
        let body = format!("{} Only the JSON-LD has this sentence. {last}", first.replace("Tuesday", "TUESDAY"));
        let blocks = align(&doc, doc.root(), &body);
        let texts: Vec<&str> = blocks.iter().map(|b| b.text.text.as_str()).collect();
        assert_eq!(texts, [first, "Only the JSON-LD has this sentence.", last]);
        let mapped: Vec<bool> = blocks.iter().map(|b| b.text.range(0, 4).is_some()).collect();
        assert_eq!(mapped, [true, false, true]);
    }
}
