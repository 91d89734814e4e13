//! The summary: the publisher's own key points when the page has them,
//! otherwise sentences chosen by a graph ranking (TextRank-style word-overlap
//! similarity) with a prior for the lead, as news puts the gist first.

use crate::text::is_listed;
use crate::text::Lowered;
use crate::text::SplitWords;
use crate::analysis::Analysis;
use crate::document::{Document, NodeId};
use crate::extract::Article;
use crate::hash::Map;

/// Class/id names of key-point boxes, a whole class name or a part at either end of one.
/// (Looked up with the page-chrome vocabularies, once per element: see `boilerplate::lists`.)
pub const KEY_POINT_CLASSES: &str = "key-points keypoints key_points takeaways key-takeaways highlights story-highlights tldr \
    what-to-know summary-list article-summary bullet-points at-a-glance";
/// Class/id names that mark key points only on a list ("summary__list", Bloomberg's
/// "abstract-v2__list"): on other elements they are a teaser's or a paper's prose.
pub const KEY_POINT_LIST_CLASSES: &str = "summary abstract";
/// Labels that head a key-point box.
const KEY_POINT_LABELS: &str = "key points|key takeaways|takeaways|what to know|highlights|story highlights|tl;dr|tldr|at a glance|in brief|the big picture|quick read|summary";

/// How many sentences an extractive summary has, at most.
const SUMMARY_SENTENCES: usize = 4;
/// Sentences considered for ranking (the rest of a very long article adds little).
const MAX_RANKED: usize = 200;
/// Shorter sentences (datelines, captions, "Read more") never make the summary. Words as
/// `text::count_words` counts them, so Chinese and Japanese sentences qualify too.
const MIN_SUMMARY_WORDS: usize = 6;
/// Longest text (bytes) of a label before a key-point list.
const MAX_LABEL_LEN: usize = 30;
const DAMPING: f32 = 0.85;
const ITERATIONS: usize = 30;

fn label_prefix(text: &str) -> Option<usize> {
    let lower = text.lowered();
    crate::text::find_listed(KEY_POINT_LABELS, b'|', &|l: &str| lower.starts_with(l)).map(str::len)
}

/// Strips "Key Points –", bullets and dashes from an item.
fn clean_item(text: &str) -> String {
    let mut t = text.trimmed();
    if let Some(n) = label_prefix(t) {
        t = &t[n..];
    }
    t.trim_start_matches(&[' ', '\u{a0}', '\t', '\n', '-', '–', '—', '•', '·', '*', ':', '|', '>'][..]).trimmed().to_string()
}

fn is_key_point_box(doc: &Document, n: NodeId) -> bool {
    use crate::extract::boilerplate::{lists, KEY_POINTS, KEY_POINT_LIST};
    let named = lists(doc, n);
    // (Or a box so named that holds a list and nothing else: <div class="css-summary"><ul>….
    // Its children are looked at only once the name matches: every element is asked.)
    // (A plain loop: the filter's next was a function of its own.)
    let only_list = || {
        let mut held = None;
        for &k in doc.children(n) {
            if doc.is_element(k) || doc.text(k).is_some_and(|t| !t.trimmed().is_empty()) {
                if held.is_some() {
                    return false;
                }
                held = Some(k);
            }
        }
        held.is_some_and(|k| matches!(doc.tag(k), "ul" | "ol"))
    };
    named & KEY_POINTS != 0 || named & KEY_POINT_LIST != 0 && (matches!(doc.tag(n), "ul" | "ol") || only_list())
}

/// The publisher's key points: a marked box, or a list right after a "Key Points" label.
/// The publisher's key points, with the element that holds them.
pub struct KeyPoints {
    pub items: Vec<String>,
    pub container: Option<NodeId>,
}

pub fn key_points(doc: &Document, article: &Article) -> KeyPoints {
    let found = |items: Vec<String>, container: NodeId| KeyPoints { items, container: Some(container) };
    // The box may stand beside the body, under the headline (Reuters, Bloomberg): looked for in
    // the <article> around the body, else in the body's parent.
    let scope = doc.self_and_ancestors(article.root).find(|&a| doc.tag(a) == "article").or_else(|| doc.parent(article.root)).unwrap_or(article.root);
    let boxes = doc.nodes_where(scope, &|n: NodeId| doc.is_element(n) && is_key_point_box(doc, n));
    for b in boxes {
        let items = items_of(doc, b);
        if items.len() >= 2 {
            return found(items, b);
        }
    }
    // A heading or bold label followed by a list.
    for n in doc.descendants(article.root) {
        if !matches!(doc.tag(n), "h2" | "h3" | "h4" | "strong" | "b" | "p") {
            continue;
        }
        // Most are paragraphs, too long for a label: told by their visible
        // characters (all of which the collapsed text keeps) without building it.
        // (Plain loops: the filter_map, flat_map and filter was a try_fold of its own.)
        let mut visible = 0;
        'text: for d in doc.descendants(n) {
            for c in doc.text(d).unwrap_or_default().chars() {
                if !c.is_whitespace() {
                    visible += c.len_utf8();
                    if visible > MAX_LABEL_LEN {
                        break 'text;
                    }
                }
            }
        }
        if visible > MAX_LABEL_LEN {
            continue;
        }
        let t = doc.text_content(n);
        if t.len() > MAX_LABEL_LEN || label_prefix(&t).is_none() {
            continue;
        }
        let container = if matches!(doc.tag(n), "strong" | "b") { doc.parent(n).unwrap_or(n) } else { n };
        let parent = doc.parent(container).unwrap_or(container);
        let siblings = doc.children(parent);
        let pos = siblings.iter().position(|&s| s == container).unwrap_or(0);
        if let Some(&list) = siblings[pos + 1..].iter().find(|&&s| doc.is_element(s)) {
            if matches!(doc.tag(list), "ul" | "ol") {
                let items = items_of(doc, list);
                if items.len() >= 2 {
                    return found(items, list);
                }
            }
        }
    }
    // A list the article opens with, before its first paragraph, sums it up (the Mail's
    // bullets under the headline: "Amy Dowden, 34, said she thinks of her dad …").
    let blocks = &article.blocks;
    let first = blocks.iter().position(|b| b.kind != "heading").unwrap_or(0);
    let n = blocks[first..].iter().position(|b| b.kind != "list-item").unwrap_or(0);
    if let Some(list) = blocks.get(first).and_then(|b| doc.parent(b.node)).filter(|_| n >= 2) {
        let items = items_of(doc, list);
        if items.len() == n {
            return found(items, list);
        }
    }
    KeyPoints { items: Vec::new(), container: None }
}

fn items_of(doc: &Document, b: NodeId) -> Vec<String> {
    let li = doc.tagged(b, "li");
    let nodes = if li.len() >= 2 { li } else { doc.tagged(b, "p") };
    let mut items = Vec::new();
    for n in nodes {
        let item = clean_item(&doc.text_content(n));
        if item.words().nth(3).is_some() {
            items.push(item);
        }
    }
    items
}

/// The terms a word contributes to a sentence's bag: itself when long enough to
/// carry content; for Chinese and Japanese, written without spaces, its
/// character pairs (a common stand-in for words there).
fn terms(word: &str, mut add: impl FnMut(&str)) {
    if word.chars().any(crate::text::is_cjk) {
        let chars = crate::text::char_indices(word);
        for i in 1..chars.len() {
            add(&word[chars[i - 1].0..chars.get(i + 1).map_or(word.len(), |c| c.0)]);
        }
    } else if word.chars().nth(3).is_some() {
        add(&crate::text::lower(word));
    }
}

/// Content words of each sentence as deduplicated term ids (in no particular order: the
/// ranker only counts the terms sentences share), and how many terms there are.
fn content_words(sents: &[String]) -> (Vec<Vec<usize>>, usize) {
    let mut ids = Map::default();
    // By term id, the last sentence (plus one) whose bag took the term: each term goes in a bag
    // once, told without sorting the bag (a look along it before each push was quadratic in a
    // sentence of a 5 MB text node).
    let mut bagged: Vec<usize> = Vec::new();
    // (A plain loop: the bags mapped and collected were a fold of their own in the wasm.)
    let mut bags = Vec::with_capacity(sents.len());
    for (i, s) in sents.iter().enumerate() {
        // Room for a term every six bytes: grown from empty, the list was copied as it grew.
        let mut v: Vec<usize> = Vec::with_capacity(s.len() / 6);
        for word in crate::text::split_non_word(s, false) {
            // A term seen before costs a lookup, not a new String.
            terms(word, |t| {
                let next = ids.len();
                let id = *ids.or_insert(t, next);
                if id == bagged.len() {
                    bagged.push(0);
                }
                if bagged[id] != i + 1 {
                    bagged[id] = i + 1;
                    v.push(id);
                }
            });
        }
        bags.push(v);
    }
    (bags, ids.len())
}

/// Key points when the publisher gave them; otherwise the top-ranked sentences in article order.
pub fn summarize(analysis: &Analysis, article: &Article) -> Vec<String> {
    if !analysis.key_points.is_empty() {
        return analysis.key_points.clone();
    }
    // The first MAX_RANKED sentences of the paragraphs and list items long enough. (Plain loops: a
    // flat_map, filter, take and map collected were a from_iter, an extend and a try_fold of their own.)
    // Out of its paragraph, "“…,” she said." or "It was …" points at nobody: such
    // sentences make the summary only when too few others are left. (Those standing alone
    // copied as they come: a filter counted and a `retain` were functions of their own.)
    let mut sents: Vec<String> = Vec::new();
    let mut alone: Vec<String> = Vec::new();
    'blocks: for b in &article.blocks {
        // (An `if`, not a filter: its `next` was a function of its own.)
        if b.kind != "paragraph" && b.kind != "list-item" {
            continue;
        }
        for r in b.sentences() {
            let s = &b.text.text[r.clone()];
            if crate::text::has_words(s, MIN_SUMMARY_WORDS) && !crate::sentences::is_photo_caption(s) {
                let s = s[crate::sentences::dateline_len(s)..].to_string();
                if !leans_on_context(&s) {
                    alone.push(s.clone());
                }
                sents.push(s);
                if sents.len() == MAX_RANKED {
                    break 'blocks;
                }
            }
        }
    }
    rank(if alone.len() >= SUMMARY_SENTENCES { &alone } else { &sents }, SUMMARY_SENTENCES)
}

/// Whether a sentence needs the one before (or after) it: it opens with a pronoun or
/// a conjunction ("But a new report … calls that into question."), introduces what
/// follows ("President Obama also said:"), a pronoun
/// is all its attribution names ("“We have fuel for four days,” she said."), or it
/// is part of a quotation whose speaker another sentence names (all quoted, or a
/// quotation mark left open or closed without its pair).
fn leans_on_context(s: &str) -> bool {
    // "That’s exactly how I felt": a contraction leans as its pronoun does.
    let pronoun = |w: &str| {
        is_listed("He She They It This That These Those he she they But And However Yet Still Also Instead", crate::text::trim_to_word(crate::text::before_apostrophe(w)))
    };
    let mut from_end = s.words().rev();
    let (last, before_last) = (from_end.next().unwrap_or_default(), from_end.next().unwrap_or_default());
    let said = is_listed("said says added told wrote", crate::text::trim_to_word(last));
    // One pass over the marks: opening and closing doubles, an opening single, and the
    // last mark before closing punctuation (’ is an apostrophe too, so only one ending the sentence closes).
    let (mut opens, mut closes, mut single_open, mut end) = (false, false, false, ' ');
    let mut i = 0;
    while i < s.len() {
        let c = crate::text::char_at(s, i);
        i += c.len_utf8();
        match c {
            '“' | '«' | '„' => opens = true,
            '”' | '»' => closes = true,
            '‘' => single_open = true,
            _ => {}
        }
        if !matches!(c, '.' | ',' | '!' | '?' | ' ') {
            end = c;
        }
    }
    let first = s.chars().next().unwrap_or(' ');
    let all_quoted = matches!(first, '“' | '‘' | '"' | '«' | '„') && matches!(end, '”' | '’' | '"' | '»');
    pronoun(s.words().next().unwrap_or_default()) || said && pronoun(before_last) || all_quoted || opens != closes || end == '’' && !single_open || end == ':'
}

/// `(0..n).map(f).collect()`, for the ranker's numbers per sentence: one copy
/// of the collecting loop for all of them (a `.map(..).collect()` each was ~0.3 KB of wasm).
fn per_sentence(n: usize, f: &dyn Score) -> Vec<f32> {
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        out.push(f.of(i));
    }
    out
}

/// A sentence's value, asked through a vtable of one method (as `text::Test`): a `&dyn Fn`'s
/// also points at a `call_once` shim for every closure.
trait Score {
    fn of(&self, i: usize) -> f32;
}

impl<F: Fn(usize) -> f32> Score for F {
    fn of(&self, i: usize) -> f32 {
        self(i)
    }
}

/// TextRank over sentences with a lead prior; returns the top `k` in original order.
pub fn rank(sents: &[String], k: usize) -> Vec<String> {
    let n = sents.len();
    if n <= k {
        return sents.to_vec();
    }
    let (bags, term_count) = content_words(sents);
    // The sentences holding each term, in order: words shared are counted
    // through them, never visiting the many pairs that share none.
    let mut holders: Vec<Vec<usize>> = Vec::new();
    holders.resize_with(term_count, Vec::new);
    for (i, bag) in bags.iter().enumerate() {
        for &t in bag {
            holders[t].push(i);
        }
    }
    // The similarity graph as adjacency lists, each in ascending order (as a
    // dense n² matrix would be read): most pairs share no word.
    let mut links: Vec<Vec<(usize, f32)>> = Vec::new();
    links.resize_with(n, Vec::new);
    let mut common = vec![0u32; n];
    let log_len = per_sentence(n, &|i: usize| (bags[i].len() as f32 + 1.0).ln());
    for i in 0..n {
        let mut sharing = 0;
        for &t in &bags[i] {
            for &j in holders[t].iter().rev().take_while(|&&j| j > i) {
                sharing += usize::from(common[j] == 0);
                common[j] += 1;
            }
        }
        // (Room for the row's links at once: grown a push at a time, the lists were copied as they grew.)
        links[i].reserve(sharing);
        // The later sentences sharing words with this one, in order: a pass over them all (at most
        // MAX_RANKED) costs less than sorting those found.
        for j in i + 1..n {
            if common[j] > 0 {
                let w = common[j] as f32 / (log_len[i] + log_len[j]).max(1.0);
                links[i].push((j, w));
                links[j].push((i, w));
                common[j] = 0;
            }
        }
    }
    let out_sum = per_sentence(n, &|i: usize| links[i].iter().map(|&(_, w)| w).sum());
    // Position prior: the lead carries the news.
    let prior = per_sentence(n, &|i: usize| 1.0 / (1.0 + i as f32).sqrt());
    let prior_sum: f32 = prior.iter().sum();
    let prior = per_sentence(n, &|i: usize| prior[i] / prior_sum);
    // Each sentence's incoming links (j, share of j's weight); the graph is symmetric.
    // (Plain loops: the nested map, filter and collect were a from_iter, a fold and a next of their own.)
    let mut incoming: Vec<Vec<(usize, f32)>> = Vec::with_capacity(n);
    for l in &links {
        let mut shares = Vec::with_capacity(l.len());
        for &(j, w) in l {
            if out_sum[j] > 0.0 {
                shares.push((j, w / out_sum[j]));
            }
        }
        incoming.push(shares);
    }
    let mut score = prior.clone();
    for _ in 0..ITERATIONS {
        score = per_sentence(n, &|i: usize| {
            // (A plain loop: the map's sum was a fold of its own.)
            let mut sum = 0.0;
            for &(j, share) in &incoming[i] {
                sum += share * score[j];
            }
            (1.0 - DAMPING) * prior[i] + DAMPING * sum
        });
    }
    let weight = |i: usize| score[i] * (0.5 + prior[i] * n as f32).sqrt();
    let mut idx: Vec<usize> = (0..n).collect();
    crate::order::sort_by(&mut idx, &|&a: &usize, &b: &usize| weight(b).total_cmp(&weight(a)));
    idx.truncate(k);
    crate::order::sort_by(&mut idx, &usize::cmp);
    // (A plain loop: the map collected was a from_iter and a fold of its own.)
    let mut out = Vec::with_capacity(idx.len());
    for i in idx {
        out.push(sents[i].clone());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::leans_on_context;

    #[test]
    fn sentences_that_need_their_neighbours_lean_on_context() {
        for s in [
            "It was the strongest storm since 2008.",
            "“We have fuel for four days,” she said.",
            "But a new report released on Monday calls that into question.",
            "In a wide-ranging interview, President Obama also said:",
            "That’s exactly how I felt after a demo of the headset yesterday.",
        ] {
            assert!(leans_on_context(s), "{s}");
        }
        assert!(!leans_on_context("A powerful storm knocked out power to 200,000 homes on Monday, the utility said."));
    }
}
