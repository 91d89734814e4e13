//! Who wrote the article: names from JSON-LD, meta tags and bylines, cleaned
//! to names, with profile links and the bio from the page's author box.

use crate::text::AsciiCase;
use crate::text::Lowered;
use crate::text::SplitWords;
use crate::analysis::Author;
use crate::document::{collapse_whitespace, Document, MetaTags, NodeId};
use crate::extract::boilerplate::{is_bio_box, looks_like_chrome};
use crate::metadata::{decode_entities, has_type, ld_str, JsonLd, Metadata};
use crate::text::MappedText;
use crate::json::Value;
use crate::text::{find_str, has_str, is_listed, is_listed_by, split_once_str};

/// News agencies that sign articles as organisations.
const AGENCIES: &str = concat!(
    "associated press|ap|reuters|afp|agence france-presse|bloomberg|dpa|ani|pti|ians|xinhua|tass|efe|ansa|",
    "kyodo|yonhap|press association|pa|upi|cnn wire",
);

/// Words that end a byline name: what follows is a title, a date or a place.
/// (The words of a job, which also end it, are JOB_WORDS.)
const NAME_STOPS: &str = "updated published posted on at for from in is was last";

/// Words of a job title after a name: the word before one may be part of the title ("Political Editor").
const JOB_WORDS: &str = "reporter correspondent editor writer contributor staff columnist photographer senior chief";

fn is_agency(name: &str) -> bool {
    let n = name.lowered();
    let n = n.trim_end_matches('.');
    is_listed_by(AGENCIES, b'|', n) || n.strip_prefix("the ").is_some_and(|rest| rest.len() > 3 && is_listed_by(AGENCIES, b'|', rest))
}

/// Cleans one byline string into names: "By Jane Doe and John Roe, Staff Writers" → ["Jane Doe", "John Roe"].
pub fn split_names(raw: &str) -> Vec<String> {
    let s = collapse_whitespace(&decode_entities(raw));
    let s = s.trimmed();
    // Desk bylines ("Our Foreign Staff", "Our Correspondent") are one author as written.
    if s.starts_with("Our ") && s.words().count() <= 4 {
        return vec![s.to_string()];
    }
    // "By By Jim Rutenberg" (a template's "By" before a byline that has its own), "byYlan Q. Mui".
    let mut s = s;
    // (The byline lower-cased once per prefix removed, not once per prefix tried.)
    while let Some(p) = { let l = s.lowered(); ["by ", "by: ", "written by ", "words by ", "von ", "par ", "por ", "di ", "dalla nostra inviata ", "dal nostro inviato ", "dal nostro corrispondente ", "dalla nostra corrispondente "].iter().find(|p| l.starts_with(*p)) } {
        s = s[p.len()..].trimmed_start();
    }
    let s = s.strip_prefix("by").filter(|rest| crate::text::first_char(rest).is_some_and(char::is_uppercase)).unwrap_or(s);
    // A live blog signs each post "From CNN’s Arlette Saenz": the outlet is no name.
    let from_outlet = s.get(..5).filter(|p| p.eq_ascii_case("from ")).and_then(|_| split_once_str(&s[5..], "’s ").or_else(|| split_once_str(&s[5..], "'s ")));
    let s = from_outlet.filter(|(outlet, _)| outlet.words().count() <= 3).map_or(s, |(_, rest)| rest);
    let mut out = Vec::new();
    let mut dated = false;
    // (Nested loops, an `if` for the filter: the filter and flat_map's `next` was a function of its own.)
    'parts: for chunk in crate::text::split_ascii(s, b",|&;\n") {
        // "Oleg Matsnev and Zachary Wichter contributed research": helpers, not authors.
        if has_str(&chunk.lowered(), "contribut") {
            continue;
        }
        for part in crate::text::split_str(chunk, " and ") {
            // "By Ann Lee Updated 3:15 PM EST, Tue March 5": nothing after the date is a name.
            if dated {
                break 'parts;
            }
            let mut words = Vec::new();
            let mut titled = false;
            for w in part.words() {
                let wl = w.lowered();
                let bare = crate::text::trim_to_word(&wl);
                if is_listed(NAME_STOPS, bare) || is_listed(JOB_WORDS, bare) || w.contains('@') || w.chars().any(|c| c.is_ascii_digit()) {
                    dated = is_listed("updated published posted", bare);
                    titled = is_listed(JOB_WORDS, bare);
                    break;
                }
                // "Email: …", "Twitter: …": contact labels end the name.
                if let Some(label) = w.strip_suffix(":") {
                    if !words.is_empty() || is_listed("email twitter contact", label.lowered().as_str()) {
                        break;
                    }
                }
                words.push(w);
            }
            let name = crate::text::trim_keeping(&crate::text::join(&words, " "), &['.']).to_string();
            // "By Eduardo Porter.": a full stop after a surname, not an initial's ("Jr.", "J.").
            let name = match name.strip_suffix(".") {
                Some(n) if !crate::sentences::is_abbreviation(crate::text::after_last_space(n)) => n.to_string(),
                _ => name,
            };
            let lower = name.lowered();
            // "…, Political Editor": one word before a job title is part of the title, not a name.
            if titled && words.len() < 2 {
                continue;
            }
            // "Hans Müller, ARD-Hauptstadtstudio", "Jane Doe, Reuters": one word after a name is where they work.
            let affiliation = !out.is_empty() && !name.contains(' ');
            if affiliation || name.is_empty() || name.starts_with("http") || name.words().count() > 5 || is_listed("email twitter contact", lower.as_str()) {
                continue;
            }
            if !out.contains(&name) {
                out.push(name);
            }
        }
    }
    out
}

fn person(name: String, url: Option<String>, bio: Option<String>, org: bool) -> Author {
    let kind = if org || is_agency(&name) || name.starts_with("Our ") { "organization" } else { "person" };
    Author { name, kind, url, bio, ranges: Vec::new() }
}

fn from_json_ld(ld: &JsonLd) -> Vec<Author> {
    let Some(article) = ld.article() else { return Vec::new() };
    // (A slice either way: collecting the references was a function of its own.)
    let list: &[Value] = match article.get("author").or(article.get("creator")) {
        Some(Value::Array(a)) => a,
        Some(v) => std::slice::from_ref(v),
        None => return Vec::new(),
    };
    let mut out = Vec::new();
    for a in list {
        let full = ld.resolve(a);
        let org = has_type(full, "Organization NewsMediaOrganization");
        let raw = match full {
            Value::String(s) => s.clone(),
            _ => ld_str(full.get("name").or(a.get("name"))).unwrap_or_default(),
        };
        let url = ld_str(full.get("url")).or_else(|| ld_str(full.get("sameAs")));
        let bio = ld_str(full.get("description")).map(|b| collapse_whitespace(&decode_entities(&b)));
        for name in split_names(&raw) {
            out.push(person(name, url.clone(), bio.clone(), org));
        }
    }
    out
}

fn from_meta(meta: &MetaTags) -> Vec<Author> {
    for key in ["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "byl", "twitter:data1"] {
        let mut authors = Vec::new();
        for v in meta.get(key).filter(|v| !v.starts_with("http")) {
            // (A plain loop: the map extended with was a fold and an extend of its own.)
            for n in split_names(v) {
                authors.push(person(n, None, None, false));
            }
        }
        if !authors.is_empty() {
            return authors;
        }
    }
    Vec::new()
}

fn in_comments(doc: &Document, n: NodeId) -> bool {
    doc.ancestors(n).any(|a| {
        let c = doc.class_and_id(a);
        has_str(c, "comment") || has_str(c, "respond") || has_str(c, "related") || has_str(c, "widget") || doc.tag(a) == "aside"
    })
}

/// Byline elements: rel=author links, [itemprop=author], .byline/.author classes, outside comments.
fn byline_elements(doc: &Document) -> Vec<NodeId> {
    doc.nodes_where(doc.root(), &|n: NodeId| {
        if !doc.is_element(n) {
            return false;
        }
        // (`class_and_id` holds the itemprop too: itemprop="author" is one of its tokens.)
        let c = doc.class_and_id(n);
        let marked = crate::text::ascii_tokens(c).any(|t| matches!(t, "byline" | "author" | "authors" | "authorname" | "contributor" | "byl"))
            || doc.attr(n, "rel").is_some_and(|r| r.words().any(|x| x == "author"));
        marked && !in_comments(doc, n)
    })
}

fn from_bylines(doc: &Document, bylines: &[NodeId]) -> Vec<Author> {
    let mut out: Vec<Author> = Vec::new();
    // Whether the names so far sign a live blog's posts ("From CNN’s Arlette Saenz"): its writers are all theirs.
    let mut posts = true;
    for &n in bylines {
        let text = doc.text_content(n);
        if text.len() > 120 || is_bio_box(doc, n) {
            continue;
        }
        let post = text.trimmed_start().starts_with("From ");
        if !(out.is_empty() || posts && post) {
            break;
        }
        let had = out.len();
        // "By <a>Ann Lee</a> and <a>Bo Chen</a>": each linked name with its own profile.
        let is_link = |d: NodeId| doc.tag(d) == "a";
        let linked_names = doc.descendants(n).any(|l| is_link(l) && looks_like_name(&doc.text_content(l)));
        // (The filter an `if`: its closure was a function of its own.)
        for p in doc.descendants(n) {
            if !(if linked_names { is_link(p) } else { p == n }) {
                continue;
            }
            let url = if doc.tag(p) == "a" { doc.attr(p, "href").map(str::to_string) } else { None };
            for name in split_names(&doc.text_content(p)) {
                if looks_like_name(&name) && !out.iter().any(|a| a.name == name) {
                    out.push(person(name, url.clone(), None, false));
                }
            }
        }
        // (Only a byline that names someone says what kind the page's are.)
        posts &= post || out.len() == had;
    }
    out
}

/// Most bytes of a byline set as plain text ("By Ann Lee | Staff Writer").
const MAX_PLAIN_BYLINE: usize = 80;

/// Openings of a byline ("By Ann Lee", "Written by Ann Lee").
const BYLINE_OPENINGS: &[&str] = &[
    "By ", "Written by ", "Von ", "Par ", "Por ", "di ", "dalla nostra inviata ", "dal nostro inviato ",
    "dal nostro corrispondente ", "dalla nostra corrispondente ",
];

fn opens_byline(t: &str) -> bool {
    BYLINE_OPENINGS.iter().any(|p| t.starts_with(p))
}

/// An element that says "By …" without a class that marks it: the byline of a plain page.
fn plain_byline(doc: &Document) -> Option<NodeId> {
    doc.short_lines(MAX_PLAIN_BYLINE, opens_byline).find(|(n, t)| !in_comments(doc, *n) && is_byline_text(t)).map(|(n, _)| n)
}

/// Whether a short text is a byline: "By Ann Lee", "Written by Ann Lee".
pub fn is_byline_text(t: &str) -> bool {
    opens_byline(t) && split_names(t).first().is_some_and(|n| looks_like_name(n))
}

fn looks_like_name(s: &str) -> bool {
    let words: Vec<&str> = s.words().collect();
    !words.is_empty() && words.len() <= 5 && words.iter().all(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || !c.is_alphabetic()))
}

/// Finds the bio paragraph that mentions `name` inside one of the author `boxes`.
fn bio_element(doc: &Document, boxes: &[NodeId], name: &str) -> Option<NodeId> {
    let first = name.words().next().unwrap_or(name);
    let mut best = None;
    for &b in boxes {
        for d in doc.descendants(b) {
            if !is_listed("p div span section", doc.tag(d)) {
                continue;
            }
            let t = doc.text_content(d);
            // A bio speaks about the author: "Jane Doe is …", "Jane covers …"; a byline ("By Jane Doe …") is not one.
            let about = t.starts_with(name) || t.starts_with(first) || [" is ", " was ", " has ", " covers ", " writes ", " reports "].iter().any(|v| has_str(&t, &crate::text::concat(&[name, v])));
            // (Written as sentences: a byline box's name, role and date run together are none.)
            let prose = t.trimmed_end().ends_with(".") || has_str(&t, ". ");
            if t.len() >= 60 && about && prose && !t.starts_with("By ") && best.is_none_or(|(_, l)| t.len() < l) {
                best = Some((d, t.len()));
            }
        }
    }
    best.map(|(d, _)| d)
}

/// Where `name` stands inside `n`'s text, as a page range.
fn name_range(doc: &Document, n: NodeId, name: &str) -> Option<crate::document::TextRange> {
    let m = MappedText::collect(doc, n, &|_: NodeId| false);
    // (As the page sets it: "By TOM KRISHER" for the metadata's Tom Krisher. ASCII case
    // changes keep every byte where it was.)
    let i = find_str(&m.text, name).or_else(|| find_str(&m.text.to_ascii_lowercase(), &name.to_ascii_lowercase()))?;
    m.range(i, i + name.len())
}

pub fn read(doc: &Document, ld: &JsonLd, meta: &Metadata) -> Vec<Author> {
    let bylines = byline_elements(doc);
    let mut authors = from_json_ld(ld);
    if authors.is_empty() {
        authors = from_meta(&meta.tags);
    }
    // "Al Jazeera Staff" in the metadata and "By Zeina Khodr" on the page: the outlet's
    // own name gives way to the people a visible byline names.
    let site = |a: &Author| meta.site_name.as_deref().is_some_and(|s| a.name.eq_ascii_case(s));
    let outlet = |a: &Author| a.kind != "person" || site(a);
    if authors.iter().all(outlet) {
        let visible = from_bylines(doc, &bylines);
        if authors.is_empty() || visible.iter().any(|a| !outlet(a)) {
            authors = visible;
        }
    }
    if authors.is_empty() {
        authors = from_bylines(doc, plain_byline(doc).as_slice());
    }
    if authors.is_empty() {
        if let Some(site) = &meta.site_name {
            authors.push(person(site.clone(), None, None, true));
        }
    }
    // "Jane Doe, USA TODAY": the outlet beside named writers is not an author.
    if authors.len() > 1 {
        // A name in capitals beside people named in mixed case is the outlet too ("David Jackson, USA TODAY").
        let capitals = |a: &Author| crate::text::in_capitals(&a.name);
        let mixed_case_person = authors.iter().any(|a| !outlet(a) && !capitals(a));
        let any_person = authors.iter().any(|a| !outlet(a));
        authors.retain(|a| !site(a) && (!any_person || !capitals(a) || a.kind == "person" && !mixed_case_person));
    }
    if authors.is_empty() {
        // Nobody to find a byline or bio for: the page's elements need no look.
        return authors;
    }
    let bio_boxes = doc.nodes_where(doc.root(), &|n: NodeId| doc.is_element(n) && is_bio_box(doc, n));
    let several = authors.len() > 1;
    for a in &mut authors {
        // The visible byline: profile link and where to highlight.
        for &b in &bylines {
            if looks_like_chrome(doc, b) && !has_str(doc.class_and_id(b), "author") && !has_str(doc.class_and_id(b), "byline") {
                continue;
            }
            if let Some(r) = name_range(doc, b, &a.name) {
                if a.url.is_none() {
                    // The link on this name ("By <a>Sara Smart</a> and <a>Taylor Romine</a>"), or a lone writer's first.
                    let links = doc.tagged(b, "a");
                    let own = links.iter().find(|&&l| has_str(&doc.text_content(l), &a.name)).or(if several { None } else { links.first() });
                    a.url = own.and_then(|&l| doc.attr(l, "href")).map(str::to_string);
                }
                a.ranges.push(r);
                break;
            }
        }
        if let Some(bio) = bio_element(doc, &bio_boxes, &a.name) {
            let m = MappedText::collect(doc, bio, &|_: NodeId| false);
            if let Some(r) = m.range(0, m.text.len()) {
                a.ranges.push(r);
            }
            a.bio = Some(m.text);
        }
        // AP writes its bylines in capitals ("By DANIELLE PRUITT"): a person's name reads as a name.
        // (After the page was searched for it as written.)
        if a.kind == "person" && crate::text::in_capitals(&a.name) {
            a.name = crate::text::name_case(&a.name);
        }
    }
    authors
}

#[cfg(test)]
mod tests {
    use super::split_names;

    #[test]
    fn bylines_split_into_names() {
        assert_eq!(split_names("By Jane Doe and John Roe, Staff Writers"), ["Jane Doe", "John Roe"]);
        assert_eq!(split_names("By Eduardo Porter."), ["Eduardo Porter"]);
        assert_eq!(split_names("By By JIM RUTENBERG,Oleg Matsnev and Zachary Wichter contributed research."), ["JIM RUTENBERG"]);
        assert_eq!(split_names("By byYlan Q. Mui"), ["Ylan Q. Mui"]);
        assert_eq!(split_names("From CNN’s Arlette Saenz and Kristen Holmes"), ["Arlette Saenz", "Kristen Holmes"]);
        assert_eq!(split_names("From staff reports"), Vec::<String>::new());
        assert_eq!(split_names("By Martin Luther King Jr."), ["Martin Luther King Jr."]);
        // One word after a name says where the writer works.
        assert_eq!(split_names("Hans Müller, ARD-Hauptstadtstudio"), ["Hans Müller"]);
        assert_eq!(split_names("By Brenda Goodman, MA"), ["Brenda Goodman"]);
        assert_eq!(split_names("Sean Sullivan,Sari Horwitz"), ["Sean Sullivan", "Sari Horwitz"]);
        assert_eq!(split_names("By Jim Rutenberg, Oleg Matsnev and Zachary Wichter contributed research."), ["Jim Rutenberg"]);
        assert_eq!(split_names("David Jackson, @djusatoday"), ["David Jackson"]);
    }
}
