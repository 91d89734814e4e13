//! What page chrome looks like: class/id vocabularies and tags that mark
//! navigation, ads, share boxes, comments and the like, and the ones that mark
//! an article body. Matching is by whole tokens of class/id ("ad-slot" → "ad",
//! "slot"), so "shadow" or "header-image" never match "ad" or "head".

use crate::text::AsciiCase;
use crate::document::{Document, NodeId, NOT_KNOWN};
use crate::hash::WordLists;
use crate::text::SplitWords;
use std::sync::OnceLock;
use crate::text::{is_listed, is_listed_by};

/// Tokens of class/id/role that mark content a reader does not count as the article.
const CHROME_TOKENS: &str = "ad ads adv advert advertisement advertising adslot dfp banner sponsor sponsored promo promotion nav navbar \
    navigation menu breadcrumb breadcrumbs footer masthead sidebar widget share sharing social sharebar newsletter \
    subscribe subscription signup paywall cookie cookies consent gdpr comment comments respond reply disqus \
    related relatedposts relatedarticles relatedstories recommended recirc trending popular mostread most-read \
    ticker breaking outbrain taboola tags tag-list taglist author author-box authorbox bio byline meta entry-meta \
    post-meta toolbar skip modal popup overlay rss pagination pager jump more-stories read-more readmore \
    visually-hidden sr-only caption-credit credit credits copyright legal disclaimer livefyre feedback rating \
    survey cta donate support app-promo teaser teasers carousel slider pingback trackback player also-read read-also tagline \
    loading reactions links-block screen-reader more-on epic sp_message affiliate";

/// Labels of a link to another story set into the text ("Related: …"), lower case.
const PROMO_LABELS: &str = concat!(
    "related|read more|read|more|see also|also read|read also|watch|listen|recommended|related story|",
    "related article|related coverage|related content|more on this|must read|lire aussi|à lire aussi|",
    "mehr zum thema|lesen sie auch|lee también|leia também|leggi anche|more to read|more stories|",
    "más información|mais informações|plus d'infos|leave a comment",
);

/// Whether a block's text opens with a promotion label and a colon, or is one (a heading
/// "Mehr zum Thema", "More to Read" over links to other stories, a button "Leave a comment").
pub fn is_promo_label(text: &str) -> bool {
    // ("Read more from Sky News:" too.)
    let label = crate::text::lower(crate::text::trim_to_word(crate::text::split_once_str(text, ":").map_or(text, |(label, _)| label)));
    is_listed_by(PROMO_LABELS, b'|', &label) || label.starts_with("read more ")
}

/// Words of a publisher's copyright line, its reuse terms included.
const MAX_COPYRIGHT_WORDS: usize = 25;
/// Words of a line that asks readers to follow someone ("Follow Pam Key on Twitter @pamkeyNEN",
/// "Follow BBC Wiltshire on Facebook, X and Instagram. Send your story ideas to …@bbc.co.uk").
const MAX_FOLLOW_LINE_WORDS: usize = 24;

/// Wire services' notes on a story in parentheses ("(Updates with share move in fourth
/// paragraph.)", "(Reporting by Ann Lee; Editing by Bo Chen)"), lower case, and the credit line
/// that opens with a dash ("—With assistance from Benoit Berthelot.").
/// (Items, not one string: every block is asked.)
const WIRE_NOTES: &[&str] = &[
    "(updates", "(adds", "(corrects", "(reporting by", "(writing by", "(editing by", "(with inputs from",
    "(with input from", "—with assistance", "--with assistance", "this article originally appeared",
    "this article first appeared", "this story originally appeared", "this story first appeared",
    "this article appears in", "this story appears in", "a version of this article appears",
];

/// Whether a block is the publisher's line rather than the story's: it only asks readers to
/// follow the writer or the outlet on a platform, is the copyright line ("Copyright © 2026
/// NPR. All rights reserved.", "© RIPRODUZIONE RISERVATA") or a wire note (`WIRE_NOTES`).
pub fn is_publisher_line(text: &str) -> bool {
    // (Every block is asked: its start first, before anything is lower-cased.)
    // ("Copyright 2026 The Associated Press. All rights reserved. This material may not be …": a
    // year or © after the word, not an article's "Copyright law …".)
    let t = text.trimmed_start();
    let after_word = t.get(..10).filter(|p| p.eq_ascii_case("copyright ")).map_or(t, |_| &t[10..]);
    if crate::text::first_char(after_word).is_some_and(|c| c == '©' || c.is_ascii_digit() && after_word.len() < t.len()) && t.words().count() <= MAX_COPYRIGHT_WORDS {
        return true;
    }
    // (Compared on the prefix only: a paragraph of dialogue opening with a dash is not lower-cased whole.)
    // (A note in parentheses is one to its end, however many reporters it credits.)
    let bracketed = || t.starts_with("(") && t.trimmed_end().ends_with(")") && t.bytes().filter(|&b| b == b')').count() == 1;
    // (The first byte, told once, before each note's compare: the notes open with few bytes.)
    let first = t.as_bytes().first().map(u8::to_ascii_lowercase);
    let opens = |n: &str| first == n.as_bytes().first().copied() && t.get(..n.len()).is_some_and(|p| p.eq_ascii_case(n));
    if WIRE_NOTES.iter().any(|n| opens(n)) && (bracketed() || t.words().count() <= MAX_COPYRIGHT_WORDS) {
        return true;
    }
    let t = crate::text::trim_to_word(text);
    // (Where byte 16 splits a char, up to the last char boundary of the first 48 bytes: at least
    // eleven chars, lower-cased no shorter than the longest opening; not the whole block, as it
    // was for every block of a page in Chinese.)
    let l = crate::text::lower(t.get(..16).unwrap_or_else(|| {
        let mut end = t.len().min(48);
        while !t.is_char_boundary(end) {
            end -= 1;
        }
        &t[..end]
    }));
    FOLLOW_OPENINGS.iter().any(|o| l.starts_with(o)) && t.words().count() <= MAX_FOLLOW_LINE_WORDS && {
        let t = crate::text::lower(t);
        t.contains('@') || crate::text::has_str(&t, "http") || t.words().any(|w| is_listed(FOLLOW_PLATFORMS, crate::text::trim_to_word(w)))
    }
}

/// How a line asking readers to follow opens, lower case ("Sigue toda la información de
/// Economía en Facebook y X", "Suivez-nous sur Instagram").
const FOLLOW_OPENINGS: &[&str] = &[
    "follow ", "sigue ", "síguenos", "siga ", "suivez", "folgen sie", "segui ", "seguici",
];
/// Where it asks them to follow.
const FOLLOW_PLATFORMS: &str = "twitter x facebook instagram threads bluesky tiktok youtube telegram whatsapp newsletter";

/// The words that mark an ad slot inside the text, lower case.
const AD_LABELS: &str = "\
    advertisement advertising ad sponsored anzeige werbung publicité publicidad pubblicità реклама";
/// Most bytes of an ad slot's label ("Story continues below advertisement").
const MAX_AD_LABEL_BYTES: usize = 48;

/// Whether a block is only a label of the page's furniture: an ad slot's, or the story's
/// reading or listening time ("5 min read", "4-Minute Listen" by an audio player).
pub fn is_furniture_label(text: &str) -> bool {
    let t = crate::text::trim_to_word(text);
    // (Lower-casing shrinks a char's UTF-8 to no less than a third: "K" → "k".)
    if t.len() > 3 * MAX_AD_LABEL_BYTES {
        return false;
    }
    let t = crate::text::lower(t);
    let duration = t.as_bytes().first().is_some_and(u8::is_ascii_digit) && crate::text::has_str(&t, "min") && (t.ends_with(" read") || t.ends_with(" listen"));
    t.len() <= MAX_AD_LABEL_BYTES && (is_listed(AD_LABELS, &t) || t.starts_with("advertisement") || crate::text::has_str(&t, "below advert") || duration)
}

/// Class names that name the article body outright; they outweigh a chrome token on the same element.
const BODY_NAMES: &str = "articlebody article-body article-content article__body article-text articletext storybody story-body \
    story-content story-text entry-content post-content post-body postbody body-text main-content news-text \
    rich-text";

/// Tokens that often mark the body but also appear in chrome ("comment-body"): they only weigh candidates.
const BODY_TOKENS: &str = "article story content entry post text body prose main";

/// Tags whose whole subtree is chrome wherever they stand in the article.
const CHROME_TAGS: &[&str] = &["nav", "footer", "aside", "form", "button", "input", "label", "dialog", "menu", "address"];


/// The vocabularies as bits of one word → lists index: a class token is
/// looked up once instead of compared with every word of every list (this
/// runs for every element, several times; it was a quarter of the analysis).
const CHROME: u16 = 1;
const BODY_NAME: u16 = 2;
const BODY_TOKEN: u16 = 4;
const COMMENT: u16 = 8;
const BIO: u16 = 16;
/// The summary's key-point box names (`summary::KEY_POINT_CLASSES`, `KEY_POINT_LIST_CLASSES`):
/// a whole class name or a part at either end, never a token inside ("article-highlights-row").
pub const KEY_POINTS: u16 = 32;
pub const KEY_POINT_LIST: u16 = 64;
const VOCABULARIES: [(u16, &str); 7] = [
    (CHROME, CHROME_TOKENS),
    (BODY_NAME, BODY_NAMES),
    (BODY_TOKEN, BODY_TOKENS),
    (COMMENT, COMMENT_TOKENS),
    (BIO, BIO_MARKERS),
    (KEY_POINTS, crate::summary::KEY_POINT_CLASSES),
    (KEY_POINT_LIST, crate::summary::KEY_POINT_LIST_CLASSES),
];

fn lists_of(token: &str) -> u16 {
    static INDEX: OnceLock<WordLists> = OnceLock::new();
    WordLists::cached(&INDEX, &VOCABULARIES).of(token)
}

/// The vocabularies class/id `attrs` name a word of, as bits: a single word
/// matches a token; a hyphenated name a whole class name or its prefix/suffix
/// parts ("author-box-wide", "post__author-box"), found by looking up the class's
/// parts before and after each separator. One pass serves every list a caller asks about.
fn lists_in(attrs: &str) -> u16 {
    let mut lists = 0;
    for class in attrs.split_ascii_whitespace() {
        let mut of_class = lists_of(class);
        for t in crate::text::ascii_tokens(class) {
            of_class |= lists_of(t) & !(KEY_POINTS | KEY_POINT_LIST);
        }
        // (By bytes: std's char-set searcher decodes every char through out-of-line calls.)
        for (i, &b) in class.as_bytes().iter().enumerate() {
            if b == b'-' || b == b'_' {
                // SAFETY: an ASCII byte stands between two char boundaries.
                of_class |= lists_of(unsafe { class.get_unchecked(..i) }) | lists_of(unsafe { class.get_unchecked(i + 1..) });
            }
        }
        // A part of the body named as such ("article-body__newsletter") is what its own name says.
        // (The last "__" found by bytes: `rsplit_once` with a string was std's reverse
        // two-way searcher, ~0.5 KB of wasm for this one call.)
        let element = class.as_bytes().windows(2).rposition(|w| w == b"__").map(|i| &class[i + 2..]);
        if element.is_some_and(|element| crate::text::ascii_tokens(element).any(|t| lists_of(t) & CHROME != 0)) {
            of_class &= !BODY_NAME;
        }
        lists |= of_class;
    }
    lists
}

/// Tokens that mark chrome even on an element full of prose: reader comments.
const COMMENT_TOKENS: &str = "comment comments disqus livefyre respond pingback trackback commentlist comment-list";

/// Class names of an author's bio box (the author module reads the bio from one).
const BIO_MARKERS: &str = "author-box author-bio authorbio author-description about-author author-info author__bio bio author-about \
    contributor-bio byline-bio";

/// Whether an element's class or id marks an author's bio box: "author-bio", "c-author-box",
/// or a CSS module's component ("ArticleBio_root__N3dhF", read as "article-bio_root__n3dhf").
pub fn is_bio_box(doc: &Document, n: NodeId) -> bool {
    // Every marker names a bio or an author: most elements are out before their class lists are
    // read, unless read already (for chrome): then they answer at once.
    let known = doc.class_lists_memo(n).get();
    if known != NOT_KNOWN {
        return known & BIO != 0;
    }
    let c = doc.class_and_id(n);
    (crate::text::has_str(c, "bio") || crate::text::has_str(c, "author")) && lists(doc, n) & BIO != 0
}

/// `lists_in` of an element's class/id, computed once per element.
pub fn lists(doc: &Document, n: NodeId) -> u16 {
    let memo = doc.class_lists_memo(n);
    if memo.get() == NOT_KNOWN {
        let names = doc.class_and_id(n);
        // (Most elements have no names: those need no table.)
        let mut by_names = doc.class_lists_by_names().borrow_mut();
        let lists = if names.is_empty() {
            0
        } else if let Some(lists) = by_names.get(names) {
            lists as u16
        } else {
            let lists = lists_in(names);
            by_names.insert(names, usize::from(lists));
            lists
        };
        memo.set(lists);
    }
    memo.get()
}

/// Whether an element is page chrome by its tag, class, id, role or hidden
/// state. `holds_prose` says the element wraps much paragraph text: then only
/// unambiguous signs count, since layout wrappers often carry names like
/// "panel-two-col-sidebar" or "nav-drawer" (and old ASP.NET pages sit in one <form>).
pub fn is_chrome(doc: &Document, n: NodeId, holds_prose: bool) -> bool {
    let tag = doc.tag(n);
    // Page-level containers carry site-wide classes ("ads-enabled", "outbrain")
    // that say nothing about their content.
    if matches!(tag, "html" | "body" | "main" | "#document") {
        return false;
    }
    if hidden_by_attr(doc, n) {
        return true;
    }
    let lists = lists(doc, n);
    if lists & (COMMENT | BODY_NAME) == COMMENT {
        return true;
    }
    if holds_prose {
        return false;
    }
    // A <footer> inside a block quotation signs it ("— Maria Alvarez, UN climate envoy").
    let citation = tag == "footer" && doc.parent(n).is_some_and(|p| doc.tag(p) == "blockquote");
    if CHROME_TAGS.contains(&tag) && !citation {
        return true;
    }
    // A footnote's bare number ("…inspector general.<sup><a href="#fn4">4</a></sup> A CMS
    // spokesperson") would run into the sentence; Wikipedia's "[4]" stands apart and stays.
    let digits = || doc.text_content(n).bytes().all(|b| b.is_ascii_digit());
    if tag == "sup" && doc.tagged(n, "a").iter().any(|&a| doc.attr(a, "href").is_some_and(|h| h.starts_with("#"))) && digits() {
        return true;
    }
    if hidden_by_style(doc, n) {
        return true;
    }
    if let Some(role) = doc.attr(n, "role") {
        if is_listed("navigation banner contentinfo complementary dialog alertdialog search menu menubar", role) {
            return true;
        }
    }
    lists & (CHROME | BODY_NAME) == CHROME
}

fn hidden_by_attr(doc: &Document, n: NodeId) -> bool {
    doc.attr(n, "hidden").is_some() || doc.attr(n, "aria-hidden") == Some("true")
}

fn hidden_by_style(doc: &Document, n: NodeId) -> bool {
    doc.attr(n, "style").is_some_and(|style| {
        // (Its words joined: a char-by-char filter pushed each char through an out-of-line call.)
        let mut s = crate::text::concat(&style.words().collect::<Vec<_>>());
        s.make_ascii_lowercase();
        crate::text::has_str(&s, "display:none") || crate::text::has_str(&s, "visibility:hidden")
    })
}

/// Whether an element is hidden from the reader.
pub fn is_hidden(doc: &Document, n: NodeId) -> bool {
    hidden_by_attr(doc, n) || hidden_by_style(doc, n)
}

/// Whether class/id suggest the element holds the article body.
pub fn looks_like_body(doc: &Document, n: NodeId) -> bool {
    let lists = lists(doc, n);
    lists & BODY_NAME != 0 || lists & (BODY_TOKEN | CHROME) == BODY_TOKEN
}

/// Whether class/id suggest chrome (used to weigh candidates, not to drop them).
pub fn looks_like_chrome(doc: &Document, n: NodeId) -> bool {
    lists(doc, n) & CHROME != 0
}

#[cfg(test)]
mod tests {
    #[test]
    fn key_point_names_are_whole_class_names_or_their_parts_at_either_end() {
        use super::{lists_in, KEY_POINTS, KEY_POINT_LIST};
        let reference = |class: &str, part: &str| {
            class == part
                || class.strip_prefix(part).is_some_and(|r| r.starts_with(['-', '_']))
                || class.strip_suffix(part).is_some_and(|r| r.ends_with(['-', '_']))
        };
        for class in ["", "-", "summary", "summary__list", "css-summary", "summaryx", "story-highlights", "highlights-box",
            "article-highlights-row", "x__key_points", "key_pointsy", "abstract-v2__list", "tldr"] {
            let named = |names: &str| names.split(' ').any(|k| reference(class, k));
            let lists = lists_in(class);
            assert_eq!(lists & KEY_POINTS != 0, named(crate::summary::KEY_POINT_CLASSES), "{class:?}");
            assert_eq!(lists & KEY_POINT_LIST != 0, named(crate::summary::KEY_POINT_LIST_CLASSES), "{class:?}");
        }
    }
}
