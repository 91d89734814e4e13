//! Block text with a way back to the page: every character of a block's
//! normalized text knows which source text node and UTF-16 offset it came from.

use crate::document::{Document, NodeId, TextPoint, TextRange};
use std::borrow::Cow;

/// Text gathered from a run of text nodes, whitespace collapsed to single
/// spaces and trimmed, with a page position for each byte boundary we may cut at.
#[derive(Debug, Clone, Default)]
pub struct MappedText {
    pub text: String,
    /// For each char of `text` (by char index): its byte offset in `text` and its page point.
    chars: Vec<(u32, TextPoint)>,
}

impl MappedText {
    /// Collects the text under `root`, skipping subtrees for which `skip` says true.
    pub fn collect(doc: &Document, root: NodeId, skip: &dyn Fn(NodeId) -> bool) -> MappedText {
        Self::collect_nodes(doc, &[root], skip)
    }

    /// Collects the text of a run of sibling nodes (and their subtrees).
    pub fn collect_nodes(doc: &Document, roots: &[NodeId], skip: &dyn Fn(NodeId) -> bool) -> MappedText {
        let mut m = MappedText::default();
        let mut pending_space = false;
        // (node, is one of the roots): the roots themselves are never skipped.
        let mut stack: Vec<(NodeId, bool)> = roots.iter().rev().map(|&r| (r, true)).collect();
        while let Some((n, is_root)) = stack.pop() {
            if !is_root && skip(n) {
                continue;
            }
            if let (Some(t), Some(src)) = (doc.text(n), doc.source_index(n)) {
                // Room for the whole node at once, rather than growing a char at a time.
                m.text.reserve(t.len() + 1);
                m.chars.reserve(t.len() + 1);
                // Word by word: the words are copied whole; each char still gets its point.
                let mut utf16 = 0u32;
                let mut done = 0; // bytes of `t` accounted for in `utf16`
                for (at, word) in words_at(t) {
                    // Whitespace is all in the BMP: one UTF-16 unit per char.
                    utf16 += t[done..at].bytes().filter(|b| b & 0xC0 != 0x80).count() as u32;
                    pending_space |= at > done;
                    if pending_space && !m.text.is_empty() {
                        m.chars.push((m.text.len() as u32, TextPoint { node: src, offset: utf16 }));
                        m.text.push(' ');
                    }
                    pending_space = false;
                    let base = m.text.len() as u32;
                    for (k, c) in word.char_indices() {
                        m.chars.push((base + k as u32, TextPoint { node: src, offset: utf16 }));
                        utf16 += c.len_utf16() as u32;
                    }
                    m.text.push_str(word);
                    done = at + word.len();
                }
                pending_space |= done < t.len();
            } else if doc.tag(n) == "br" {
                pending_space = true;
            } else {
                if is_block_break(doc.tag(n)) {
                    pending_space = true;
                }
                stack.extend(doc.children(n).iter().rev().map(|&c| (c, false)));
            }
        }
        m
    }

    /// Text the page does not show (JSON-LD only): none of it has a page range.
    pub fn unmapped(text: String) -> MappedText {
        MappedText { text, chars: Vec::new() }
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// The page range of the byte span `start..end` of `text`.
    pub fn range(&self, start: usize, end: usize) -> Option<TextRange> {
        if start >= end || end > self.text.len() {
            return None;
        }
        let first = self.chars.partition_point(|&(b, _)| (b as usize) < start);
        let last = self.chars.partition_point(|&(b, _)| (b as usize) < end);
        let start_point = self.chars.get(first)?.1;
        // End just after the span's last char, in that char's own node (the
        // next char may sit in another node or not exist).
        let (b, p) = self.chars[last.checked_sub(1)?];
        let c = self.text[b as usize..].chars().next()?;
        let end_point = TextPoint { node: p.node, offset: p.offset + c.len_utf16() as u32 };
        Some(TextRange { start: start_point, end: end_point })
    }
}

/// Elements whose boundaries separate words even without whitespace.
pub fn is_block_break(tag: &str) -> bool {
    matches!(
        tag,
        "p" | "div" | "li" | "ul" | "ol" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "blockquote"
            | "section" | "article" | "header" | "footer" | "aside" | "nav" | "figure" | "figcaption"
            | "table" | "tr" | "td" | "th" | "dd" | "dt" | "dl" | "pre" | "main" | "form" | "address"
            | "details" | "summary" | "hr" | "img"
    )
}

/// Han ideographs and Japanese kana: scripts written without spaces between words.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

/// Words in `s`: whitespace-separated tokens, and for Chinese and Japanese
/// (no spaces between words) one word per two characters, their average length.
pub fn count_words(s: &str) -> usize {
    WordCount::of(s).total()
}

/// The parts of a word count, so that counts of pieces add up to the count of
/// the whole (the CJK characters are halved once, over all of them).
#[derive(Clone, Copy, Debug, Default)]
pub struct WordCount {
    /// Tokens with a letter or digit outside CJK, or without any CJK.
    pub tokens: usize,
    pub cjk_chars: usize,
}

impl WordCount {
    pub fn of(s: &str) -> WordCount {
        let mut c = WordCount::default();
        for token in words(s) {
            // Most tokens are ASCII, which holds no CJK: skip the char-by-char scan.
            let n = if token.is_ascii() { 0 } else { token.chars().filter(|&c| is_cjk(c)).count() };
            c.cjk_chars += n;
            if n == 0 || token.chars().any(|c| c.is_alphanumeric() && !is_cjk(c)) {
                c.tokens += 1;
            }
        }
        c
    }

    pub fn total(self) -> usize {
        self.tokens + self.cjk_chars.div_ceil(2)
    }
}

impl std::iter::Sum for WordCount {
    fn sum<I: Iterator<Item = WordCount>>(iter: I) -> WordCount {
        iter.fold(WordCount::default(), |a, b| WordCount { tokens: a.tokens + b.tokens, cjk_chars: a.cjk_chars + b.cjk_chars })
    }
}

/// `s.char_indices()` collected, room reserved for all at once (collecting
/// grows from a quarter of the bytes, copying the chars again at each step).
pub fn char_indices(s: &str) -> Vec<(usize, char)> {
    let mut v = Vec::with_capacity(s.len());
    let mut at = 0;
    while let Some(&b) = s.as_bytes().get(at) {
        // ASCII without decoding: most page text is.
        let c = if b < 0x80 { b as char } else { s[at..].chars().next().unwrap_or_default() };
        v.push((at, c));
        at += c.len_utf8();
    }
    v
}

/// `s.to_lowercase()`, borrowed when `s` is lower-case ASCII already (most
/// words): the tokenizers lower-case every word, and allocating was a large
/// share of their time.
pub fn lower(s: &str) -> Cow<'_, str> {
    if s.bytes().any(|b| b.is_ascii_uppercase() || !b.is_ascii()) {
        Cow::Owned(s.to_lowercase())
    } else {
        Cow::Borrowed(s)
    }
}

/// The whitespace-separated words of `s` with their byte offsets in `s`.
pub fn words_at(s: &str) -> impl Iterator<Item = (usize, &str)> {
    // Words yields subslices of `s`: a word's offset is its pointer's distance.
    words(s).map(move |w| (w.as_ptr() as usize - s.as_ptr() as usize, w))
}

/// `s.split_whitespace()`, the same words (Unicode White_Space separates them)
/// found a byte at a time: the core splits every sentence into words several
/// times, and std's splitter decodes every char and walks a generic searcher,
/// which size-optimized WebAssembly does not inline (~15 % of the analysis).
pub fn words(s: &str) -> Words<'_> {
    Words { s, front: 0, back: s.len() }
}

/// `s.trim()` by the same byte test as [`words`].
pub fn trim(s: &str) -> &str {
    let w = words(s);
    let (mut start, mut end) = (0, s.len());
    while start < end && w.space_at(start) > 0 {
        start += w.space_at(start);
    }
    while end > start && w.space_before(end) > 0 {
        end -= w.space_before(end);
    }
    &s[start..end]
}

/// `s.words()` for [`words`]`(s)`, where a method chain reads better.
pub trait SplitWords {
    fn words(&self) -> Words<'_>;
}

impl SplitWords for str {
    fn words(&self) -> Words<'_> {
        words(self)
    }
}

pub struct Words<'a> {
    s: &'a str,
    front: usize,
    back: usize,
}

impl Words<'_> {
    /// The length of the whitespace char at byte `i` of the text, or 0.
    #[inline(always)]
    fn space_at(&self, i: usize) -> usize {
        match self.s.as_bytes()[i] {
            // Printable ASCII, the common case, first.
            0x21..=0x7F => 0,
            b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r' => 1,
            // Every non-ASCII White_Space char (U+0085, U+00A0, U+1680,
            // U+2000..U+205F, U+3000) starts with one of these bytes.
            0xC2 | 0xE1 | 0xE2 | 0xE3 => self.wide_space_at(i),
            _ => 0,
        }
    }

    #[inline(never)]
    fn wide_space_at(&self, i: usize) -> usize {
        self.s[i..].chars().next().filter(|c| c.is_whitespace()).map_or(0, char::len_utf8)
    }

    /// The length of the whitespace char ending at byte `end`, or 0.
    fn space_before(&self, end: usize) -> usize {
        if self.s.as_bytes()[end - 1] < 0x80 {
            return self.space_at(end - 1);
        }
        // The last char before `end` starts at most 4 bytes back.
        match (0..end).rev().take(4).find(|&i| self.s.is_char_boundary(i)) {
            Some(start) if self.space_at(start) == end - start => end - start,
            _ => 0,
        }
    }
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        while self.front < self.back {
            let n = self.space_at(self.front);
            if n == 0 {
                break;
            }
            self.front += n;
        }
        if self.front >= self.back {
            return None;
        }
        // Whitespace starts at a lead byte, never inside a char: stepping a
        // byte at a time stops only at char boundaries.
        let start = self.front;
        while self.front < self.back && self.space_at(self.front) == 0 {
            self.front += 1;
        }
        Some(&self.s[start..self.front])
    }
}

impl<'a> DoubleEndedIterator for Words<'a> {
    fn next_back(&mut self) -> Option<&'a str> {
        while self.back > self.front {
            let n = self.space_before(self.back);
            if n == 0 {
                break;
            }
            self.back -= n;
        }
        if self.back <= self.front {
            return None;
        }
        let end = self.back;
        while self.back > self.front && self.space_before(self.back) == 0 {
            self.back -= 1;
        }
        Some(&self.s[self.back..end])
    }
}

#[cfg(test)]
mod tests {
    use super::count_words;

    #[test]
    fn words_are_counted_in_spaced_and_unspaced_scripts() {
        assert_eq!(count_words("Putin will have to respond."), 5);
        assert_eq!(count_words("宇航员在太空中喝酒"), 5);
        assert_eq!(count_words("Лидеры обсудили Иран"), 3);
    }
}
