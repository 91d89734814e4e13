//! Block text with a way back to the page: every character of a block's
//! normalized text knows which source text node and UTF-16 offset it came from.

use crate::document::{Document, NodeId, TextPoint, TextRange};
use std::borrow::Cow;

/// Text gathered from a run of text nodes, whitespace collapsed to single
/// spaces and trimmed, with a page position for each char.
#[derive(Debug, Clone, Default)]
pub struct MappedText {
    pub text: String,
    /// The words of `text` in order, each where its node holds it: a word is
    /// copied whole from one node, so its chars' points follow from its first.
    /// (A point per char cost 12 bytes a char: 120 MB on a 10 MB page.)
    words: Vec<WordAt>,
    /// Where two or more <br> in a row part the text (each a '\n' of `text`): the paragraphs
    /// of a body written as one element ("…<br><br>…"), as many Indian and Korean sites serve it.
    paragraph_breaks: Vec<u32>,
}

/// Bytes of a word between two of its points (see `collect_nodes`).
const MAX_WORD_BYTES: usize = 256;

#[derive(Debug, Clone, Copy)]
struct WordAt {
    /// Where the word starts in `text`, with the space put before it (if any),
    /// which takes the word's first point.
    from: u32,
    word: u32,
    node: u32,
    /// The UTF-16 offset of the word's first char in its node.
    offset: u32,
}

impl MappedText {
    /// Collects the text under `root`, skipping subtrees for which `skip` says true.
    pub fn collect(doc: &Document, root: NodeId, skip: &dyn Test<NodeId>) -> MappedText {
        Self::collect_nodes(doc, &[root], skip)
    }

    /// Collects the text of a run of sibling nodes (and their subtrees).
    pub fn collect_nodes(doc: &Document, roots: &[NodeId], skip: &dyn Test<NodeId>) -> MappedText {
        let mut m = MappedText::default();
        let mut pending_space = false;
        // A <br> keeps its line break: it ends a line of a list, an address or a verse.
        let mut pending_break = false;
        let mut breaks = 0; // <br> since the last word
        // (node, is one of the roots): the roots themselves are never skipped.
        let mut stack: Vec<(NodeId, bool)> = roots.iter().rev().map(|&r| (r, true)).collect();
        while let Some((n, is_root)) = stack.pop() {
            if !is_root && skip.test(n) {
                continue;
            }
            if let (Some(t), Some(src)) = (doc.text(n), doc.source_index(n)) {
                // Room for the whole node at once, rather than growing a char at a time; and for a
                // word every five bytes, rather than growing from four (a paragraph is mostly one node).
                m.text.reserve(t.len() + 1);
                m.words.reserve(t.len() / 5);
                // An ASCII node (most), told once, counts a UTF-16 unit a byte: asking each word
                // and space was an `is_ascii` call apiece (0.5 % of the analysis).
                let ascii = t.is_ascii();
                let utf16_len = |s: &str| if ascii { s.len() as u32 } else { utf16_len(s) };
                let mut utf16 = 0u32;
                let mut done = 0; // bytes of `t` accounted for in `utf16`
                for (at, word) in words_at(t) {
                    // SAFETY: the space before a word runs from one word's end to the next's start.
                    utf16 += utf16_len(unsafe { t.get_unchecked(done..at) });
                    pending_space |= at > done;
                    let from = m.text.len() as u32;
                    if pending_space && !m.text.is_empty() {
                        if breaks >= 2 {
                            m.paragraph_breaks.push(m.text.len() as u32);
                        }
                        m.text.push(if pending_break { '\n' } else { ' ' });
                    }
                    (pending_space, pending_break, breaks) = (false, false, 0);
                    m.words.push(WordAt { from, word: m.text.len() as u32, node: src, offset: utf16 });
                    // A word of a script written without spaces may run a whole paragraph: a point
                    // every MAX_WORD_BYTES or so keeps each `point` short (it was quadratic in quotations).
                    let (base, mut last) = (m.text.len(), 0);
                    let mut k = MAX_WORD_BYTES;
                    while k < word.len() {
                        if word.is_char_boundary(k) {
                            utf16 += utf16_len(&word[last..k]);
                            m.words.push(WordAt { from: (base + k) as u32, word: (base + k) as u32, node: src, offset: utf16 });
                            last = k;
                            k += MAX_WORD_BYTES;
                        } else {
                            k += 1;
                        }
                    }
                    // SAFETY: `last` is 0 or a `k` found a boundary above.
                    utf16 += utf16_len(unsafe { word.get_unchecked(last..) });
                    m.text.push_str(word);
                    done = at + word.len();
                }
                pending_space |= done < t.len();
            } else if doc.tag(n) == "br" {
                (pending_space, pending_break, breaks) = (true, true, breaks + 1);
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
        MappedText { text, words: Vec::new(), paragraph_breaks: Vec::new() }
    }

    /// The text parted at its paragraph breaks (see `paragraph_breaks`), each part mapped as the whole was.
    pub fn into_paragraphs(mut self) -> Vec<MappedText> {
        let mut parts = Vec::with_capacity(self.paragraph_breaks.len() + 1);
        for &b in self.paragraph_breaks.iter().rev() {
            // The first word after the break took the break's point: it starts the part after.
            let k = self.words.partition_point(|w| w.from < b);
            let mut words = self.words.split_off(k);
            for w in &mut words {
                (w.from, w.word) = (w.from.saturating_sub(b + 1), w.word - (b + 1));
            }
            let text = self.text.split_off(b as usize + 1);
            // (The break, one byte: `pop` decoded it as a char.)
            self.text.truncate(b as usize);
            parts.push(MappedText { text, words, paragraph_breaks: Vec::new() });
        }
        self.paragraph_breaks.clear();
        parts.push(self);
        parts.reverse();
        parts
    }

    /// The page range of the byte span `start..end` of `text`.
    pub fn range(&self, start: usize, end: usize) -> Option<TextRange> {
        if start >= end || end > self.text.len() {
            return None;
        }
        // A space of `text` stands for collapsed whitespace and takes the next
        // word's point: a span ending on one would reach into that word.
        let mut end = end;
        while end > start && matches!(self.text.as_bytes()[end - 1], b' ' | b'\n') {
            end -= 1;
        }
        if end == start {
            return None;
        }
        let first = (start..self.text.len()).find(|&b| self.text.is_char_boundary(b))?;
        // End just after the span's last char, in that char's own node (the
        // next char may sit in another node or not exist).
        let last = (0..end).rev().find(|&b| self.text.is_char_boundary(b))?;
        // The char's UTF-16 length from its lead byte (two units from four bytes): not decoded.
        let units = 1 + u32::from(self.text.as_bytes()[last] >= 0xF0);
        let end = self.point(last)?;
        Some(TextRange { start: self.point(first)?, end: TextPoint { node: end.node, offset: end.offset + units } })
    }

    /// The page point of the char at byte `b` of `text`.
    fn point(&self, b: usize) -> Option<TextPoint> {
        let w = self.words[self.words.partition_point(|w| w.from as usize <= b).checked_sub(1)?];
        let into_word = self.text.get(w.word as usize..b).map_or(0, utf16_len);
        Some(TextPoint { node: w.node, offset: w.offset + into_word })
    }
}

/// The length of `s` in UTF-16 code units, as DOM offsets count.
fn utf16_len(s: &str) -> u32 {
    let units = if s.is_ascii() { s.len() } else { s.chars().map(char::len_utf16).sum() };
    units as u32
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

/// Whether `s` has `n` words or more as [`count_words`] counts them, read no further
/// than the `n`th (the summary asks it of every sentence).
pub fn has_words(s: &str, n: usize) -> bool {
    WordCount::up_to(s, n).total() >= n
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
        Self::up_to(s, usize::MAX)
    }

    /// The count of `s` read only until its total reaches `limit`.
    fn up_to(s: &str, limit: usize) -> WordCount {
        let mut c = WordCount::default();
        // Most text is ASCII, which holds no CJK: skip the char-by-char scan (told once for
        // all of `s` first: an `is_ascii` call per token was 0.4 % of the analysis).
        let ascii = s.is_ascii();
        for token in words(s) {
            if c.total() >= limit {
                break;
            }
            let n = if ascii || token.is_ascii() { 0 } else { token.chars().filter(|&c| is_cjk(c)).count() };
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

impl std::ops::AddAssign for WordCount {
    fn add_assign(&mut self, other: WordCount) {
        self.tokens += other.tokens;
        self.cjk_chars += other.cjk_chars;
    }
}

/// `s.char_indices()` collected, room reserved for all at once (collecting
/// grows from a quarter of the bytes, copying the chars again at each step).
pub fn char_indices(s: &str) -> Vec<(usize, char)> {
    let mut v = Vec::with_capacity(s.len());
    let mut at = 0;
    while at < s.len() {
        // ASCII without decoding: most page text is.
        let c = char_at(s, at);
        v.push((at, c));
        at += c.len_utf8();
    }
    v
}

/// Appends `n` in decimal (std's integer formatting would bring `core::fmt` into the wasm).
pub fn push_int(mut n: u64, out: &mut String) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    // (Char by char: no UTF-8 validation code for ten ASCII digits.)
    digits[i..].iter().for_each(|&d| out.push(char::from(d)));
}

/// `n` in decimal. (Out of line: inlined it was ~100 B of gzipped wasm.)
#[inline(never)]
pub fn int(n: u64) -> String {
    let mut s = String::new();
    push_int(n, &mut s);
    s
}

/// A word without the punctuation around it ("“Yes,”" → "Yes").
pub fn trim_to_word(s: &str) -> &str {
    trim_keeping(s, &[])
}

/// `w` up to its first apostrophe of either kind ("they’re" → "they"), by bytes: std's
/// split on a char set decodes every char through a searcher, at every word asked.
pub fn before_apostrophe(w: &str) -> &str {
    // SAFETY (both): an ASCII apostrophe and a match of whole UTF-8 bytes start at char boundaries
    // (unchecked, the slices test none of their own).
    let w = unsafe { w.get_unchecked(..w.bytes().position(|b| b == b'\'').unwrap_or(w.len())) };
    find_str(w, "’").map_or(w, |i| unsafe { w.get_unchecked(..i) })
}

/// `s` without the punctuation around it but for `keep` ("J.", "O’"). One function for
/// every caller: each closure passed to `trim_matches` is its own copy in wasm.
pub fn trim_keeping<'a>(s: &'a str, keep: &[char]) -> &'a str {
    // Most words have a letter or digit at both ends: std's trim (a searcher decoding
    // chars through calls the size-optimised build leaves out of line) only for the rest.
    match s.as_bytes() {
        [first, .., last] if first.is_ascii_alphanumeric() && last.is_ascii_alphanumeric() => s,
        _ => trim_by(s, true, true, &|c: char| !is_alphanumeric(c) && !keep.contains(&c)),
    }
}

/// `s` without the chars `strip` accepts at its start (with `front`) and its end (with `back`):
/// the trims by a closure in one copy, where std's `trim_*_matches` is a searcher of its own
/// for each closure.
#[inline(never)]
pub fn trim_by<'a>(s: &'a str, front: bool, back: bool, strip: &dyn Test<char>) -> &'a str {
    let mut t = s;
    // SAFETY (both): a whole char is cut off, so the new end is a boundary.
    while let Some(c) = t.chars().next().filter(|_| front) {
        if !strip.test(c) {
            break;
        }
        t = unsafe { t.get_unchecked(c.len_utf8()..) };
    }
    while let Some(c) = t.chars().next_back().filter(|_| back) {
        if !strip.test(c) {
            break;
        }
        t = unsafe { t.get_unchecked(..t.len() - c.len_utf8()) };
    }
    t
}

/// `c.is_alphanumeric()`, told at once for ASCII (std's test is an out-of-line call at
/// opt-level "z") and for the General Punctuation block (U+2000–U+206F: curly quotes, dashes,
/// spaces, none a letter or digit), which std looks up in its tables like any non-ASCII char
/// — the punctuation around every quoted word.
pub fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    is_wide_alphanumeric(c)
}

/// [`is_alphanumeric`] past ASCII, out of line: inlined with the ASCII test in its callers, it
/// was ~20 B of gzipped wasm.
#[inline(never)]
fn is_wide_alphanumeric(c: char) -> bool {
    !('\u{2000}'..='\u{206f}').contains(&c) && c.is_alphanumeric()
}

/// Whether `word` is one of `list`'s space-separated words. Word lists are kept as one string:
/// a slice of `&str` costs eight bytes of pointers per word in the wasm, more than most words.
// Out of line: inlined in its two hundred callers, the separator was an argument more at each.
#[inline(never)]
pub fn is_listed(list: &str, word: &str) -> bool {
    is_listed_by(list, b' ', word)
}

/// A test of a value, asked through a vtable of one method: a `&dyn Fn`'s also points at a
/// by-value `call_once` shim for every closure (never called, ~45 B of wasm each).
pub trait Test<T> {
    fn test(&self, x: T) -> bool;
}

impl<T, F: Fn(T) -> bool> Test<T> for F {
    fn test(&self, x: T) -> bool {
        self(x)
    }
}

/// The first of `list`'s items, split by the ASCII `separator`, that `test` accepts: the lists
/// asked by prefix, suffix or substring. (One loop in the wasm: a `split` iterator inlined at
/// each list cost more code than a slice of the items; a byte loop rather than `split`, whose
/// char searcher was set up at every call of these per-word tests.)
#[inline(never)]
pub fn find_listed<'a>(list: &'a str, separator: u8, test: &dyn Test<&'a str>) -> Option<&'a str> {
    debug_assert!(separator.is_ascii());
    let bytes = list.as_bytes();
    let mut start = 0;
    for end in 0..=bytes.len() {
        if bytes.get(end).is_none_or(|&b| b == separator) {
            // SAFETY: an ASCII separator and the ends of the list are char boundaries.
            let item = unsafe { list.get_unchecked(start..end) };
            if test.test(item) {
                return Some(item);
            }
            start = end + 1;
        }
    }
    None
}

/// Whether `item` is one of `list`'s items, split by `separator` (lists of phrases use '|').
/// (A byte loop that compares only at item starts: `split` set up a char searcher per call.)
#[cfg_attr(lede_speed, optimize(speed))]
pub fn is_listed_by(list: &str, separator: u8, item: &str) -> bool {
    let (list, item) = (list.as_bytes(), item.as_bytes());
    let Some(&first) = item.first().filter(|_| !item.contains(&separator)) else { return false };
    (0..list.len()).any(|i| {
        list[i] == first
            && (i == 0 || list[i - 1] == separator)
            && list[i..].starts_with(item)
            && list.get(i + item.len()).is_none_or(|&b| b == separator)
    })
}

/// `hay.find(needle)` by bytes, for every substring search (`str::contains`, `find`,
/// `split_once` and a non-ASCII char's `contains` take std's two-way searcher, ~1 KB of
/// wasm, which costs more to set up per call than this loop takes on a class name or a
/// sentence). A match of whole UTF-8 needle bytes always starts at a char boundary.
#[inline(never)]
#[cfg_attr(lede_speed, optimize(speed))]
pub fn find_str(hay: &str, needle: &str) -> Option<usize> {
    let Some((&first, rest)) = needle.as_bytes().split_first() else { return Some(0) };
    // One byte (ASCII) through std's char search, the one copy of it: memchr, several bytes
    // a step, where the texts searched for a ':' or '<' are whole paragraphs and bodies.
    if rest.is_empty() {
        return hay.find(char::from(first));
    }
    let hay = hay.as_bytes();
    let last = hay.len().checked_sub(needle.len())?;
    // The needle's last byte is compared before the rest: a common first letter matches
    // often, and each compare of the rest was a memcmp call.
    let end = rest[rest.len() - 1];
    // A plain loop: at opt-level "z" an iterator's `find` calls its closure out of line at every byte.
    let mut i = 0;
    while i <= last {
        if hay[i] == first && hay[i + rest.len()] == end && hay[i + 1..].starts_with(rest) {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// `hay.contains(needle)` through [`find_str`]. (Out of line: inlined in its thirty callers it
/// was ~150 B of gzipped wasm.)
#[inline(never)]
pub fn has_str(hay: &str, needle: &str) -> bool {
    find_str(hay, needle).is_some()
}

/// `s.split(sep)` through [`find_str`].
pub fn split_str<'a>(s: &'a str, sep: &'a str) -> impl Iterator<Item = &'a str> {
    let mut rest = Some(s);
    std::iter::from_fn(move || {
        let r = rest?;
        let (part, after) = split_once_str(r, sep).map_or((r, None), |(p, a)| (p, Some(a)));
        rest = after;
        Some(part)
    })
}

/// `s.split(set)` for a set of ASCII separators, by a byte loop: std's split on a char
/// slice is a searcher of its own in the wasm, decoding every char.
pub fn split_ascii<'a>(s: &'a str, set: &'a [u8]) -> impl Iterator<Item = &'a str> {
    let b = s.as_bytes();
    let mut start = Some(0);
    std::iter::from_fn(move || {
        let from = start?;
        let mut i = from;
        while i < b.len() && !set.contains(&b[i]) {
            i += 1;
        }
        start = (i < b.len()).then_some(i + 1);
        // SAFETY: an ASCII separator and the ends of `s` are char boundaries.
        Some(unsafe { s.get_unchecked(from..i) })
    })
}

/// `s.split(sep).next()`: `s` up to the first `sep`, or all of it.
pub fn before<'a>(s: &'a str, sep: &str) -> &'a str {
    split_once_str(s, sep).map_or(s, |(part, _)| part)
}

/// `s.split_once(sep)` through [`find_str`].
pub fn split_once_str<'a>(s: &'a str, sep: &str) -> Option<(&'a str, &'a str)> {
    find_str(s, sep).map(|i| (&s[..i], &s[i + sep.len()..]))
}

/// `hay.rfind(needle)` for the short titles, cues and separators looked for in short
/// windows: comparing bytes from the end needs no searcher set up per call (std's two-way
/// searcher cost more to build than to run here) nor the reverse searcher's code in the wasm.
/// A match of whole UTF-8 needle bytes always starts at a char boundary.
#[inline(never)]
pub fn rfind_str(hay: &str, needle: &str) -> Option<usize> {
    let (hay, needle) = (hay.as_bytes(), needle.as_bytes());
    let Some((&first, rest)) = needle.split_first() else { return Some(hay.len()) };
    // A plain loop, the first byte compared before the rest (as `find_str`).
    let mut i = hay.len().checked_sub(needle.len())? + 1;
    while i > 0 {
        i -= 1;
        if hay[i] == first && hay[i + 1..].starts_with(rest) {
            return Some(i);
        }
    }
    None
}

/// `s.chars().next()` in one copy, for the tests of a first char: each closure or
/// char function given to `str::starts_with` is a char searcher of its own in the wasm.
#[inline(never)]
pub fn first_char(s: &str) -> Option<char> {
    s.chars().next()
}

/// `s.parse::<u32>()` or `u32::from_str_radix(s, radix)`, as an option: the same
/// digits, a leading '+' and overflow, without std's integer parser in the wasm.
pub fn parse_u32(s: &str, radix: u32) -> Option<u32> {
    let digits = match s.as_bytes() {
        [b'+', rest @ ..] if !rest.is_empty() => rest,
        [] => return None,
        all => all,
    };
    digits.iter().try_fold(0u32, |n, &b| n.checked_mul(radix)?.checked_add(char::from(b).to_digit(radix)?))
}

/// `parts.join(sep)` in a few bytes of wasm: std's join is specialised per
/// element type and costs about 1 KB of code for each.
pub fn join<S: AsRef<str>>(parts: &[S], sep: &str) -> String {
    // Room for all at once (a separator too many): grown by pushes, it was copied as it grew.
    let mut out = String::with_capacity(parts.iter().map(|p| p.as_ref().len() + sep.len()).sum());
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(p.as_ref());
    }
    out
}

/// `s.replace(from, to)` for a `from` not empty, through [`find_str`]: std's `replace`
/// with a char pattern is 0.6 KB of wasm of its own.
pub fn replace(s: &str, from: &str, to: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = find_str(rest, from) {
        out.push_str(&rest[..i]);
        out.push_str(to);
        rest = &rest[i + from.len()..];
    }
    out.push_str(rest);
    out
}

/// Whether every letter of `s` is a capital ("PENCE", "USA TODAY"; true without letters;
/// false for a script without case).
pub fn in_capitals(s: &str) -> bool {
    s.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase)
}

/// A name written in capitals, as a name: "STEVE INSKEEP" → "Steve Inskeep", "O'BRIEN" → "O'Brien"
/// (a letter after a letter in lower case).
pub fn name_case(s: &str) -> String {
    let mut out = String::new();
    let mut after_letter = false;
    for c in s.chars() {
        if after_letter {
            out.extend(c.to_lowercase());
        } else {
            out.push(c);
        }
        after_letter = c.is_alphabetic();
    }
    out
}

/// `s.rfind(c)` for an ASCII `c`, by a plain byte loop: std's reverse char
/// searcher links its own code and a `memrchr` (~0.5 KB of wasm) for the few
/// separators looked for from the end. (Out of line: inlined in its ten callers, with
/// `rsplit_once_ascii`'s, it was ~90 B of gzipped wasm.)
#[inline(never)]
pub fn rfind_ascii(s: &str, c: u8) -> Option<usize> {
    // (A plain loop: `rposition`'s closure is a call per byte at opt-level "z".)
    let b = s.as_bytes();
    let mut i = b.len();
    while i > 0 {
        i -= 1;
        if b[i] == c {
            return Some(i);
        }
    }
    None
}

/// `s.rsplit_once(c)` for an ASCII `c`, through `rfind_ascii`.
pub fn rsplit_once_ascii(s: &str, c: u8) -> Option<(&str, &str)> {
    rfind_ascii(s, c).map(|i| (&s[..i], &s[i + 1..]))
}

/// The part of `s` after its last space (all of `s` without one), as
/// `s.rsplit(' ').next()` gives it, rather than through std's reverse `Split`
/// (~0.2 KB of wasm of its own). (Out of line: inlined in its five callers it was ~55 B
/// of gzipped wasm.)
#[inline(never)]
pub fn after_last_space(s: &str) -> &str {
    rsplit_once_ascii(s, b' ').map_or(s, |(_, last)| last)
}

/// `parts.concat()` through `join`: std's concat links its own copy of join's code.
// (Out of line: inlined, each of its twenty callers passed the empty separator too.)
#[inline(never)]
pub fn concat(parts: &[&str]) -> String {
    join(parts, "")
}

/// `s` in lower case, borrowed when it is lower-case ASCII already (most
/// words): the tokenizers lower-case every word, and allocating was a large
/// share of their time. Char by char rather than std's `str::to_lowercase`,
/// whose final-sigma rule is ~0.4 KB of the wasm gzipped.
pub fn lower(s: &str) -> Cow<'_, str> {
    // Lower-case ASCII told in one pass of a plain loop: a short word's `is_ascii` call, then a
    // scan for a capital, was 1 % of the analysis.
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() && b[i] < 0x80 && !b[i].is_ascii_uppercase() {
        i += 1;
    }
    if i == b.len() {
        Cow::Borrowed(s)
    } else if s.is_ascii() {
        Cow::Owned(s.to_ascii_lowercase())
    } else {
        // Char by char as `name_case` does, sharing its code: a `flat_map(..).collect()`
        // was a second copy of std's lower-casing loop (~0.5 KB of wasm). (Room for as many bytes
        // at once, which lower-casing seldom changes: grown from empty, the text was copied as it grew.)
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            out.extend(c.to_lowercase());
        }
        Cow::Owned(out)
    }
}

/// [`lower`] as an owned string, for any string-like value.
pub trait Lowered {
    fn lowered(&self) -> String;
}

impl Lowered for str {
    // Out of line: inlined in its twenty callers it was ~40 B of gzipped wasm.
    #[inline(never)]
    fn lowered(&self) -> String {
        lower(self).into_owned()
    }
}

/// `eq_ignore_ascii_case` out of line: std's, inlined as a loop at each of some twenty
/// callers, was ~490 bytes of the gzipped wasm.
pub trait AsciiCase {
    fn eq_ascii_case(&self, other: &str) -> bool;
}

impl AsciiCase for str {
    #[inline(never)]
    fn eq_ascii_case(&self, other: &str) -> bool {
        self.eq_ignore_ascii_case(other)
    }
}

/// Initials without their last period: one letter, or letters parted by periods
/// ("J", "J.J", "U.S"). The sentence splitter and the name finder both ask.
pub fn is_initials(core: &str) -> bool {
    // (Letter, then a period and a letter again, to the end: parts of one letter, as
    // `split('.')` would part them, without a splitter's code in the wasm.)
    let mut chars = core.chars();
    loop {
        if !chars.next().is_some_and(char::is_alphabetic) {
            return false;
        }
        match chars.next() {
            None => return true,
            Some('.') => {}
            Some(_) => return false,
        }
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
    let mut w = words(s);
    w.skip_space_front();
    w.skip_space_back();
    // SAFETY: spaces are skipped a whole char at a time, so the ends are boundaries.
    unsafe { s.get_unchecked(w.front..w.back) }
}

/// The runs of ASCII letters and digits in `s` (the words of class and id names),
/// `s.split(|c: char| !c.is_ascii_alphanumeric())` without its empty pieces. Split
/// as bytes: every element's names are read, and std's char splitter decodes each
/// char; a non-ASCII char's bytes part the same tokens.
pub fn ascii_tokens(s: &str) -> impl Iterator<Item = &str> {
    // (Plain loops: a slice's `split` with a closure is two out-of-line calls a byte at opt-level "z".)
    let b = s.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < b.len() && !ASCII_ALPHANUMERIC[b[i] as usize] {
            i += 1;
        }
        let start = i;
        while i < b.len() && ASCII_ALPHANUMERIC[b[i] as usize] {
            i += 1;
        }
        // SAFETY: a token's ends stand next to its ASCII bytes, so on char boundaries (a
        // checked slice was an out-of-line call for every token of every element).
        (i > start).then(|| unsafe { s.get_unchecked(start..i) })
    })
}

/// `u8::is_ascii_alphanumeric` by a table, one load a byte for the token loops above.
static ASCII_ALPHANUMERIC: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// The char starting at byte `i` of `s` (a char boundary; ' ' past the end), an ASCII one
/// at once: the byte-wise loops that replace `chars()` (whose decoding is an out-of-line
/// call per char at opt-level "z") decode only the rest.
#[inline(always)]
pub fn char_at(s: &str, i: usize) -> char {
    match s.as_bytes().get(i) {
        Some(&b) if b < 0x80 => char::from(b),
        _ => wide_char_at(s, i),
    }
}

/// [`char_at`] past ASCII and the end, out of line: inlined in its callers' loops, it was ~0.2 KB
/// of gzipped wasm.
#[inline(never)]
fn wide_char_at(s: &str, i: usize) -> char {
    s.get(i..).and_then(|r| r.chars().next()).unwrap_or(' ')
}

/// `s.split(|c: char| !c.is_alphanumeric())`, or `!c.is_alphabetic()` with `letters_only`:
/// by bytes where ASCII (std's char splitter makes out-of-line calls for every char at opt-level "z").
pub fn split_non_word(s: &str, letters_only: bool) -> impl Iterator<Item = &str> {
    let b = s.as_bytes();
    let mut i = 0;
    let mut done = false;
    std::iter::from_fn(move || {
        let start = i;
        while !done && i < b.len() {
            let c = char_at(s, i);
            let at = i;
            i += c.len_utf8();
            let kept = if letters_only { c.is_alphabetic() } else { is_alphanumeric(c) };
            // SAFETY (both slices): `i` steps from char to char, so `start` and `at` are boundaries.
            if !kept {
                return Some(unsafe { s.get_unchecked(start..at) });
            }
        }
        (!std::mem::replace(&mut done, true)).then(|| unsafe { s.get_unchecked(start..) })
    })
}

/// `s.trim_start()` by the same byte test as [`words`]: std's decodes every char
/// through a generic searcher, and the byline and date-line finders ask it of
/// every text node of the page, most of them indentation.
pub fn trim_start(s: &str) -> &str {
    let mut w = words(s);
    w.skip_space_front();
    &s[w.front..]
}

/// `s.trim_end()` by the same byte test as [`words`].
pub fn trim_end(s: &str) -> &str {
    let mut w = words(s);
    w.skip_space_back();
    &s[..w.back]
}

/// `s.words()` for [`words`]`(s)`, where a method chain reads better; the trims
/// likewise (std's trims link a whitespace searcher of their own in the wasm).
pub trait SplitWords {
    fn words(&self) -> Words<'_>;
    fn trimmed(&self) -> &str;
    fn trimmed_start(&self) -> &str;
    fn trimmed_end(&self) -> &str;
}

impl SplitWords for str {
    fn words(&self) -> Words<'_> {
        words(self)
    }
    fn trimmed(&self) -> &str {
        trim(self)
    }
    fn trimmed_start(&self) -> &str {
        trim_start(self)
    }
    fn trimmed_end(&self) -> &str {
        trim_end(self)
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
        // SAFETY: asked only at a lead byte (see `space_at`), a char boundary.
        unsafe { self.s.get_unchecked(i..) }.chars().next().filter(|c| c.is_whitespace()).map_or(0, char::len_utf8)
    }

    // Inlined: every word of the analysis starts with a call to it, which cost more than
    // the usual single space it skips (~2 % of the analysis natively).
    #[inline(always)]
    fn skip_space_front(&mut self) {
        // ASCII whitespace (an indented page's runs of it) by a loop of its own first.
        let b = &self.s.as_bytes()[..self.back];
        while self.front < b.len() && matches!(b[self.front], b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r') {
            self.front += 1;
        }
        while self.front < self.back {
            match self.space_at(self.front) {
                0 => break,
                n => self.front += n,
            }
        }
    }

    fn skip_space_back(&mut self) {
        while self.back > self.front {
            match self.space_before(self.back) {
                0 => break,
                n => self.back -= n,
            }
        }
    }

    /// The length of the whitespace char ending at byte `end`, or 0.
    fn space_before(&self, end: usize) -> usize {
        if self.s.as_bytes()[end - 1] < 0x80 {
            return self.space_at(end - 1);
        }
        // The last char before `end` starts at most 4 bytes back. (A plain loop: `rev().take(4).find(..)`
        // was an adaptor's try_fold of its own in the wasm.)
        let mut start = end - 1;
        while !self.s.is_char_boundary(start) {
            start -= 1;
        }
        if self.space_at(start) == end - start { end - start } else { 0 }
    }
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    #[cfg_attr(lede_speed, optimize(speed))]
    fn next(&mut self) -> Option<&'a str> {
        self.skip_space_front();
        if self.front >= self.back {
            return None;
        }
        // Whitespace starts at a lead byte, never inside a char: stepping a
        // byte at a time stops only at char boundaries.
        // (Up to `back` through a slice of that length, in a local: the loop then
        // checks no bounds of its own nor stores the field at every byte.)
        let start = self.front;
        let bytes = &self.s.as_bytes()[..self.back];
        let mut end = start;
        while end < bytes.len() && self.space_at(end) == 0 {
            end += 1;
        }
        self.front = end;
        // SAFETY: both ends are char boundaries (see above; `front` was one after the spaces),
        // so the slice needs no check of its own, an out-of-line call for every word.
        Some(unsafe { self.s.get_unchecked(start..self.front) })
    }

    // One copy for its callers: std's `count` is a fold inlined at each of them.
    #[inline(never)]
    fn count(mut self) -> usize {
        let mut n = 0;
        while self.next().is_some() {
            n += 1;
        }
        n
    }
}

impl<'a> DoubleEndedIterator for Words<'a> {
    fn next_back(&mut self) -> Option<&'a str> {
        self.skip_space_back();
        if self.back <= self.front {
            return None;
        }
        let end = self.back;
        // (Printable ASCII, most of a word, stepped over without the general test's call per byte.)
        let b = self.s.as_bytes();
        while self.back > self.front && matches!(b[self.back - 1], 0x21..=0x7F) {
            self.back -= 1;
        }
        while self.back > self.front && self.space_before(self.back) == 0 {
            self.back -= 1;
        }
        // SAFETY: as in `next`: `back` stops only after a whitespace char or at `front`.
        Some(unsafe { self.s.get_unchecked(self.back..end) })
    }
}

#[cfg(test)]
mod tests {
    use super::{count_words, find_str, has_str, is_listed, is_listed_by, parse_u32, split_str, trim, trim_end, trim_start};

    #[test]
    fn words_are_counted_in_spaced_and_unspaced_scripts() {
        assert_eq!(count_words("Putin will have to respond."), 5);
        assert_eq!(count_words("宇航员在太空中喝酒"), 5);
        assert_eq!(count_words("Лидеры обсудили Иран"), 3);
    }
    #[test]
    fn a_listed_word_is_a_whole_word_of_the_list() {
        let list = "a bb ccc día";
        for word in ["a", "bb", "ccc", "día"] {
            assert!(is_listed(list, word), "{word}");
        }
        for word in ["", "b", "cc", "bb ccc", "cccc", "d", "dí"] {
            assert!(!is_listed(list, word), "{word}");
        }
        assert!(is_listed_by("see also|read more", b'|', "read more"));
        assert!(!is_listed_by("see also|read more", b'|', "read"));
    }
    #[test]
    fn split_non_word_splits_as_std_does() {
        for s in ["", "a", "Putin’s call, 2024!", "  día—de ", "宇航员 в 3.5", "x-", "-x", "ab12 cd"] {
            assert!(super::split_non_word(s, false).eq(s.split(|c: char| !c.is_alphanumeric())), "{s:?}");
            assert!(super::split_non_word(s, true).eq(s.split(|c: char| !c.is_alphabetic())), "{s:?}");
            assert!(super::split_ascii(s, b", -").eq(s.split(&[',', ' ', '-'][..])), "{s:?}");
        }
    }
    #[test]
    fn has_str_answers_as_contains() {
        for hay in ["", "a", "author-bio", "byline author", "día de", "autho"] {
            for needle in ["", "a", "author", "bio", "de", "ía", "autho", "author-bio!"] {
                assert_eq!(has_str(hay, needle), hay.contains(needle), "{hay:?} {needle:?}");
                assert_eq!(find_str(hay, needle), hay.find(needle), "{hay:?} {needle:?}");
                assert_eq!(super::rfind_str(hay, needle), hay.rfind(needle), "{hay:?} {needle:?}");
                assert!(split_str(hay, needle).eq(hay.split(needle)) || needle.is_empty(), "{hay:?} {needle:?}");
            }
        }
    }
    #[test]
    fn trims_answer_as_std() {
        for s in ["", " ", "a", " \t a b\u{a0}\n", "\u{3000}x\u{2003}", "\u{1c}y\u{85}", "é \u{200b}"] {
            assert_eq!((trim(s), trim_start(s), trim_end(s)), (s.trim(), s.trim_start(), s.trim_end()), "{s:?}");
        }
        for s in ["", ".", "“Yes,”", "J.", "(O’Neil)", "é—", "..a.b.."] {
            assert_eq!(super::trim_keeping(s, &['.', '’']), s.trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != '’'), "{s:?}");
            assert_eq!(super::trim_by(s, true, false, &char::is_alphabetic), s.trim_start_matches(char::is_alphabetic), "{s:?}");
            assert_eq!(super::trim_by(s, false, true, &|c: char| c == '.'), s.trim_end_matches('.'), "{s:?}");
        }
    }
    #[test]
    fn parse_u32_answers_as_std() {
        for s in ["", "+", "-", "+7", "-7", "007", "31", "4294967295", "4294967296", "1a", "fF", "١٢", " 1"] {
            assert_eq!(parse_u32(s, 10), s.parse::<u32>().ok(), "{s:?}");
            assert_eq!(parse_u32(s, 16), u32::from_str_radix(s, 16).ok(), "{s:?}");
        }
    }
}
