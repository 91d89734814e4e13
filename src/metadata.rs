//! Page metadata: headline, site name, canonical URL, dates, language,
//! description and lead image, from JSON-LD (with @graph), OpenGraph,
//! `<meta>`, `<time>` and the document itself.

use crate::text::AsciiCase;
use crate::text::is_listed;
use crate::text::Lowered;
use crate::text::{parse_u32, SplitWords};
use crate::document::{Document, MetaTags};
use crate::json::Value;

#[derive(Debug, Default, Clone)]
pub struct Metadata {
    pub title: String,
    pub site_name: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
    pub modified: Option<String>,
    pub lang: Option<String>,
    pub dir: Option<String>,
    pub description: Option<String>,
    pub image: Option<String>,
    /// The page's type as declared (og:type, JSON-LD @type).
    pub declared_article: bool,
    /// The `<meta>` tags read here, kept for the authors' (reading them is a walk of the page).
    pub tags: MetaTags,
}

/// JSON-LD objects of the page, flattened: @graph members and nested objects
/// that carry an @id are all listed, so @id references can be resolved.
pub struct JsonLd {
    pub items: Vec<Value>,
}

const ARTICLE_TYPES: &str = "\
    Article NewsArticle ReportageNewsArticle AnalysisNewsArticle OpinionNewsArticle \
    BlogPosting LiveBlogPosting ScholarlyArticle TechArticle Report BackgroundNewsArticle \
    ReviewNewsArticle SocialMediaPosting";

impl JsonLd {
    pub fn parse(doc: &Document) -> JsonLd {
        let mut items = Vec::new();
        for s in doc.elements_by_tag("script") {
            if !doc.attr(s, "type").is_some_and(|t| crate::text::has_str(t, "ld+json")) {
                continue;
            }
            // (A plain loop: the filter_map collected was a function of its own.)
            let mut raw = String::new();
            for &c in doc.children(s) {
                raw.push_str(doc.text(c).unwrap_or(""));
            }
            // Some CMSs wrap JSON-LD in CDATA or HTML comments.
            let raw = raw.trimmed();
            let raw = raw.strip_prefix("<![CDATA[").unwrap_or(raw);
            let raw = raw.strip_suffix("]]>").unwrap_or(raw).trimmed();
            if let Some(v) = crate::json::parse(raw) {
                flatten(v, &mut items, 0);
            }
        }
        JsonLd { items }
    }

    pub fn by_id(&self, id: &str) -> Option<&Value> {
        self.items.iter().find(|v| v.get("@id").and_then(Value::as_str) == Some(id))
    }

    /// Follows an `{"@id": …}` reference to the full object when the page has one.
    pub fn resolve<'a>(&'a self, v: &'a Value) -> &'a Value {
        match v.get("@id").and_then(Value::as_str) {
            Some(id) if matches!(v, Value::Object(o) if o.len() <= 2) => self.by_id(id).unwrap_or(v),
            _ => v,
        }
    }

    /// The main article object, if any.
    pub fn article(&self) -> Option<&Value> {
        self.items.iter().find(|v| has_type(v, ARTICLE_TYPES))
    }

    /// The main article's full text, as the publisher gives it to search engines.
    pub fn article_body(&self) -> Option<String> {
        self.article().and_then(|a| ld_str(a.get("articleBody"))).map(|s| decode_entities(&s))
    }
}

fn flatten(v: Value, out: &mut Vec<Value>, depth: usize) {
    if depth > 8 {
        return;
    }
    match v {
        Value::Array(a) => a.into_iter().for_each(|x| flatten(x, out, depth + 1)),
        mut o @ Value::Object(_) => {
            if let Some(g) = o.get_mut("@graph") {
                flatten(std::mem::take(g), out, depth + 1);
            }
            // Nested typed objects (mainEntity, author, …) become items too, moved out and
            // left behind as an {"@id": …} reference that `JsonLd::resolve` follows.
            if let Value::Object(members) = &mut o {
                for (_, child) in members {
                    match child {
                        Value::Array(a) => a.iter_mut().for_each(|c| take_typed(c, out, depth)),
                        c => take_typed(c, out, depth),
                    }
                }
            }
            if o.get("@type").is_some() {
                out.push(o);
            }
        }
        _ => {}
    }
}

fn take_typed(child: &mut Value, out: &mut Vec<Value>, depth: usize) {
    if let (Some(_), Some(Value::String(id))) = (child.get("@type"), child.get("@id")) {
        let reference = Value::Object(vec![("@id".to_string(), Value::String(id.clone()))]);
        flatten(std::mem::replace(child, reference), out, depth + 1);
    }
}

/// Whether a JSON-LD object is of one of `types` (space-separated).
pub fn has_type(v: &Value, types: &str) -> bool {
    match v.get("@type") {
        Some(Value::String(t)) => is_listed(types, t),
        Some(Value::Array(a)) => a.iter().any(|t| t.as_str().is_some_and(|t| is_listed(types, t))),
        _ => false,
    }
}

/// A string from a JSON-LD value that may be a string, an object with `name`/`@value`, or a list.
pub fn ld_str(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(s.trimmed().to_string()).filter(|s| !s.is_empty()),
        Value::Array(a) => a.iter().find_map(|x| ld_str(Some(x))),
        o @ Value::Object(_) => ld_str(o.get("name").or(o.get("@value")).or(o.get("url"))),
        // The JSON reader makes integers only (src/json.rs): no float formatting in the wasm.
        Value::Int(n) => u64::try_from(*n).ok().map(crate::text::int),
        _ => None,
    }
}

/// The first non-empty content of the meta tags `keys` (space-separated), in their order.
fn first(meta: &MetaTags, keys: &str) -> Option<String> {
    keys.words()
        .find_map(|k| meta.get(k).find(|s| !s.is_empty()))
        .map(|s| crate::document::collapse_whitespace(&decode_entities(s)))
}

/// The named entities JSON-LD strings carry.
const NAMED_ENTITIES: &[(&str, char)] = &[("amp", '&'), ("quot", '"'), ("apos", '\''), ("lt", '<'), ("gt", '>'), ("nbsp", ' ')];

/// Most bytes between an entity's "&" and ";" ("&#x1F600;").
const MAX_ENTITY_BYTES: usize = 8;

/// Meta content is already entity-decoded by the parser; JSON-LD strings sometimes carry
/// HTML entities themselves: named ones and numeric ones ("&#8217;", "&#x2019;"), once.
pub fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = crate::text::find_str(rest, "&") {
        out.push_str(&rest[..i]);
        rest = &rest[i + 1..];
        // (Looked for near the "&" only: a long text of bare ampersands stays linear.)
        let entity = rest.bytes().take(MAX_ENTITY_BYTES + 1).position(|b| b == b';').and_then(|e| {
            let name = &rest[..e];
            let c = match name.strip_prefix("#") {
                Some(n) => match n.strip_prefix("x").or_else(|| n.strip_prefix("X")) {
                    Some(hex) => parse_u32(hex, 16),
                    None => parse_u32(n, 10),
                }
                .and_then(char::from_u32),
                None => NAMED_ENTITIES.iter().find(|(k, _)| *k == name).map(|&(_, c)| c),
            }?;
            Some((c, e + 1))
        });
        match entity {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => out.push('&'),
        }
    }
    out.push_str(rest);
    out
}

/// Separators between a headline and the site name (or section) in a title.
const TITLE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " / "];

/// A title segment this short may be a site or section name even when the page
/// never names its site ("Headline - CityLab").
const MAX_SITE_WORDS: usize = 4;

/// What must remain of a title after an unconfirmed short segment is dropped,
/// so that "Brexit - Politics" is not cut down to one word.
const MIN_HEADLINE_WORDS: usize = 3;

/// How many `<h1>`s may vote on the headline: an article's own comes early,
/// and list pages with dozens must not outvote the metadata.
const MAX_H1_VOTERS: usize = 4;

/// Application names longer than this are a page's headline or tagline, not a site name.
const MAX_APP_NAME_WORDS: usize = 4;

/// "Yahoo News - Latest News & Headlines" → "Yahoo News": a site's name before its tagline.
fn without_tagline(name: String) -> String {
    match [" - ", " | ", " – ", " — "].iter().find_map(|sep| crate::text::split_once_str(&name, sep)) {
        Some((head, _)) if !head.trimmed().is_empty() && head.words().count() <= MAX_APP_NAME_WORDS => head.trimmed().to_string(),
        _ => name,
    }
}

/// The names a page gives its site (og:site_name, publisher, host name),
/// normalised, to tell a site-name segment of a title from part of a headline.
#[derive(Debug, Default)]
struct SiteNames(Vec<String>);

impl SiteNames {
    fn new<'a>(names: impl IntoIterator<Item = &'a str>, url: Option<&str>) -> SiteNames {
        let mut keys = Vec::new();
        // Empty keys are left out as they come (a `retain` after would link code of its own).
        let mut push = |k: String| {
            if !k.is_empty() {
                keys.push(k);
            }
        };
        for name in names {
            // "Aktuálně.cz - Víte, co se právě děje" names the site in its first segment.
            for part in std::iter::once(name).chain(split_title(name)) {
                push(norm(part));
                push(norm(without_domain_suffix(part)));
            }
        }
        // "www.ehow.com" → "ehow"; "news.bbc.co.uk" → "bbc".
        if let Some(host) = url.and_then(|u| crate::text::split_once_str(u, "://")).map(|(_, r)| r).and_then(|r| crate::text::split_ascii(r, b"/:?#").next()) {
            // (`split_ascii` as `date_in_url`'s split: one collect for both.)
            let labels: Vec<&str> = crate::text::split_ascii(host, b".").collect();
            let generic = |l: &str| is_listed("co com org net gov ac www", l);
            // The last label but the top-level one that is not generic. (A plain loop: the
            // reversed find was a try_fold of its own.)
            for l in labels[..labels.len().saturating_sub(1)].iter().rev() {
                if !generic(l) {
                    push(norm(l));
                    break;
                }
            }
        }
        SiteNames(keys)
    }

    fn matches(&self, part: &str) -> bool {
        let n = norm(part);
        !n.is_empty() && (self.0.contains(&n) || self.0.contains(&norm(without_domain_suffix(part))))
    }
}

/// "Factorio.com" → "Factorio".
fn without_domain_suffix(s: &str) -> &str {
    match crate::text::rsplit_once_ascii(s.trimmed(), b'.') {
        Some((head, tld)) if !head.is_empty() && (2..=4).contains(&tld.len()) && tld.chars().all(|c| c.is_ascii_alphabetic()) => head,
        _ => s.trimmed(),
    }
}

/// The segments of a title between separators.
fn split_title(title: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(title);
    std::iter::from_fn(move || {
        let r = rest?;
        let (part, after) = match first_separator(r) {
            Some((a, b)) => (&r[..a], Some(&r[b..])),
            None => (r, None),
        };
        rest = after;
        Some(part.trimmed())
    })
    .filter(|p| !p.is_empty())
}

/// The first separator of a title: (its start, its end).
fn first_separator(title: &str) -> Option<(usize, usize)> {
    TITLE_SEPARATORS.iter().filter_map(|sep| crate::text::find_str(title, sep).map(|i| (i, i + sep.len()))).min()
}

fn last_separator(title: &str) -> Option<(usize, usize)> {
    TITLE_SEPARATORS.iter().filter_map(|sep| crate::text::rfind_str(title, sep).map(|i| (i, i + sep.len()))).max()
}

/// "Mozilla - Wikipedia" states "Mozilla" even when the site is not known by name,
/// and "Opinion | Headline" states "Headline"; asked of titles with their known
/// site cut ("Headline | UK news | The Guardian"). (The headline comes normalised, by `norm`.)
fn headline_then_short_tail(title: &str, headline: &str) -> bool {
    let short = |s: &str| s.words().count() <= MAX_SITE_WORDS;
    TITLE_SEPARATORS.iter().any(|sep| {
        crate::text::split_once_str(title, sep).is_some_and(|(head, tail)| norm(head) == headline && short(tail) || norm(tail) == headline && short(head))
    })
}

/// A page that names its site nowhere else still does in its title: "Storm hits Texas - Reuters".
fn site_in_title(title: &str, headline: &str) -> Option<String> {
    // A name: short and capitalized ("draft-dejong-remotestorage-04 - remoteStorage" names a document).
    let short = |s: &str| (1..=MAX_SITE_WORDS).contains(&s.words().count()) && crate::text::first_char(s.trimmed()).is_some_and(char::is_uppercase);
    let (a, b) = last_separator(title)?;
    if norm(&title[..a]) == norm(headline) && short(&title[b..]) {
        return Some(title[b..].trimmed().to_string());
    }
    let (a, b) = first_separator(title)?;
    (norm(&title[b..]) == norm(headline) && short(&title[..a])).then(|| title[..a].trimmed().to_string())
}

/// Removes the site's name around a headline ("Headline | Site", "Site -
/// Headline", "Headline [Site]"); where the page's own site names find nothing,
/// one short trailing segment ("Headline - CityLab"). A segment that only looks
/// short is kept once the site is found: "Friday Facts #282 - 0.17 in sight".
fn clean_title(title: &str, site: &SiteNames) -> String {
    let mut t = crate::document::collapse_whitespace(title);
    let mut stripped = false;
    loop {
        let before = t.len();
        if let Some((a, _)) = last_separator(&t).filter(|&(a, b)| a > 0 && site.matches(&t[b..])) {
            t.truncate(a);
        } else if let Some((_, b)) = first_separator(&t).filter(|&(a, b)| b < t.len() && site.matches(&t[..a])) {
            t = t[b..].to_string();
        } else if let Some(open) = t.strip_suffix("]").and_then(|s| crate::text::rfind_ascii(s, b'[')).filter(|&i| i > 0 && site.matches(&t[i + 1..t.len() - 1])) {
            t.truncate(open);
        }
        t = t.trimmed().to_string();
        if t.len() == before {
            break;
        }
        stripped = true;
    }
    if !stripped {
        if let Some((a, b)) = last_separator(&t) {
            let words = |s: &str| s.words().count();
            if words(&t[..a]) >= MIN_HEADLINE_WORDS && words(&t[b..]) <= MAX_SITE_WORDS {
                t.truncate(a);
            }
        }
    }
    t
}

fn norm(s: &str) -> String {
    // (A plain loop: the filter collected was an extend of its own.)
    let mut kept = String::new();
    for c in s.chars() {
        if c.is_alphanumeric() {
            kept.push(c);
        }
    }
    crate::text::lower(&kept).into_owned()
}

/// Where a page states its title, most deliberate first.
#[derive(Clone, Copy, PartialEq)]
enum TitleKind {
    JsonLd,
    Meta,
    Title,
    H1,
}

/// One place the page states its title.
struct TitleSource {
    /// Sources of one kind vote once per wording.
    kind: TitleKind,
    clean: String,
    /// `norm` of the raw and clean wordings, made once: the votes compare every pair of
    /// sources (each `norm` a copy).
    norm_raw: String,
    norm_clean: String,
}

impl TitleSource {
    fn new(kind: TitleKind, clean: String, raw: &str) -> TitleSource {
        TitleSource { kind, norm_raw: norm(raw), norm_clean: norm(&clean), clean }
    }
}

/// The headline, by agreement of the places a page states it: JSON-LD, `<meta>`
/// titles, `<title>` and the visible `<h1>`s. Each wording (site names removed,
/// except from `<h1>`s, whose text is shown as the headline) counts the sources
/// that give it, raw, cleaned or followed by a short tail; ties go to the more
/// deliberate source. Agreement overrules a lone description posing as a
/// headline (Wikipedia's JSON-LD), a `<title>` that is only the site's name, and
/// a site-name cut that the `<h1>` shows to be part of the headline.
fn headline(doc: &Document, meta: &MetaTags, from_ld: &dyn Fn(&str) -> Option<String>, site: &SiteNames) -> String {
    use TitleKind::*;
    let meta_titles = "dc:title dc.title dcterm:title dcterms.title dcterms:title og:title twitter:title sailthru.title parsely-title title";
    let doc_title = doc.elements_by_tag("title").next().map(|t| doc.text_content(t));
    // The sources in order, by plain calls: a chain of the four kinds was a try_fold of its own
    // for each link in the wasm.
    let mut sources: Vec<TitleSource> = Vec::new();
    let mut add = |s: TitleSource| {
        if !s.norm_clean.is_empty() && !sources.iter().any(|o| o.kind == s.kind && o.norm_raw == s.norm_raw) {
            sources.push(s);
        }
    };
    let mut stated = |kind: TitleKind, t: Option<String>| {
        if let Some(t) = t {
            let raw = crate::document::collapse_whitespace(&t);
            add(TitleSource::new(kind, clean_title(&raw, site), &raw));
        }
    };
    stated(JsonLd, from_ld("headline"));
    stated(JsonLd, from_ld("name"));
    for k in meta_titles.words() {
        stated(Meta, first(meta, k));
    }
    stated(Title, doc_title);
    // The first few headings with text. (A plain loop: a map, filter and take was a try_fold of its own.)
    let mut voters = 0;
    for h in doc.elements_by_tag("h1") {
        if voters == MAX_H1_VOTERS {
            break;
        }
        let raw = doc.text_content(h);
        if !raw.trimmed().is_empty() {
            voters += 1;
            let raw = crate::document::collapse_whitespace(&raw);
            add(TitleSource::new(H1, raw.clone(), &raw));
        }
    }
    // (Counted by a plain loop: a filter's count was a fold of its own.)
    let support = |c: &TitleSource| {
        let mut n = 0;
        for s in &sources {
            if s.norm_clean == c.norm_clean || s.norm_raw == c.norm_clean || s.kind != H1 && headline_then_short_tail(&s.clean, &c.norm_clean) {
                n += 1;
            }
        }
        n
    };
    // The best supported source that is not the site's name, the first of equals. (A plain loop:
    // `rev().max_by_key()` over a filter and map was an rfold of its own.)
    let mut best: Option<(usize, &TitleSource)> = None;
    for s in sources.iter().filter(|s| !site.matches(&s.clean)) {
        let n = support(s);
        if best.is_none_or(|(most, _)| n > most) {
            best = Some((n, s));
        }
    }
    best.map(|(_, s)| s).or(sources.first()).map(|s| s.clean.clone()).unwrap_or_default()
}

pub fn read(doc: &Document, ld: &JsonLd, page_url: Option<&str>) -> Metadata {
    let meta = doc.meta_map();
    let article = ld.article();
    let from_ld = |key: &str| article.and_then(|a| ld_str(a.get(key))).map(|s| decode_entities(&s));

    let site_name = first(&meta, "og:site_name application-name twitter:site:name")
        .or_else(|| {
            article
                .and_then(|a| a.get("publisher"))
                .map(|p| ld.resolve(p))
                .and_then(|p| ld_str(p.get("name")))
        })
        .or_else(|| {
            ld.items.iter().find(|v| has_type(v, "WebSite NewsMediaOrganization Organization")).and_then(|v| ld_str(v.get("name")))
        })
        .map(without_tagline);

    let canonical = doc
        .elements_by_tag("link")
        .find(|&l| doc.attr(l, "rel").is_some_and(|r| r.eq_ascii_case("canonical")))
        .and_then(|l| doc.attr(l, "href"))
        .map(str::to_string)
        .filter(|u| u.starts_with("http"));
    let url = canonical
        .or_else(|| first(&meta, "og:url twitter:url"))
        .or_else(|| from_ld("url"))
        .or_else(|| page_url.map(str::to_string));

    let publisher = article.and_then(|a| a.get("publisher")).map(|p| ld.resolve(p)).and_then(|p| ld_str(p.get("name")));
    let app_names = meta.get("application-name").filter(|n| n.words().count() <= MAX_APP_NAME_WORDS);
    let site = SiteNames::new(site_name.as_deref().into_iter().chain(publisher.as_deref()).chain(app_names), url.as_deref());
    let title = headline(doc, &meta, &from_ld, &site);
    let site_name = site_name.or_else(|| {
        let doc_title = doc.elements_by_tag("title").next().map(|t| crate::document::collapse_whitespace(&doc.text_content(t)))?;
        site_in_title(&doc_title, &title)
    });

    let published = from_ld("datePublished")
        .or_else(|| first(&meta, "article:published_time og:article:published_time datepublished date pubdate publishdate dc.date dc.date.issued dcterms.created sailthru.date parsely-pub-date article.published published_time publish-date date.available og:published_time article_date_original cxenseparse:recs:publishtime"))
        .or_else(|| time_element(doc))
        .or_else(|| visible_date(doc))
        .or_else(|| stated_date(doc))
        .or_else(|| url.as_deref().and_then(date_in_url))
        .map(|d| stated_day(doc, d.trimmed().to_string()));
    let modified = from_ld("dateModified").or_else(|| first(&meta, "article:modified_time og:updated_time dateModified last-modified"));

    let html = doc.html_element();
    let lang = html
        .and_then(|h| doc.attr(h, "lang").or_else(|| doc.attr(h, "xml:lang")))
        .map(str::to_string)
        .or_else(|| first(&meta, "og:locale content-language language dc.language").map(|l| crate::text::replace(&l, "_", "-")))
        .or_else(|| from_ld("inLanguage"))
        .filter(|l| !l.is_empty());
    // Only an explicit direction counts; "auto" or junk falls back to the language.
    // (A word list rather than two `==`: 28 B less wasm.)
    let dir = html
        .and_then(|h| doc.attr(h, "dir"))
        .map(|d| d.trimmed().to_ascii_lowercase())
        .filter(|d| crate::text::is_listed("rtl ltr", d));

    let description = first(&meta, "og:description description twitter:description dc.description").or_else(|| from_ld("description"));
    let image = first(&meta, "og:image twitter:image twitter:image:src")
        .or_else(|| article.and_then(|a| a.get("image")).and_then(|i| ld_str(Some(ld.resolve(i)))));
    let declared_article = article.is_some()
        || first(&meta, "og:type").is_some_and(|t| t.eq_ascii_case("article"))
        || meta.contains_key("article:published_time");

    Metadata { title, site_name, url, published, modified, lang, dir, description, image, declared_article, tags: meta }
}

/// The first `<time datetime>` that looks like a publication date.
fn time_element(doc: &Document) -> Option<String> {
    let times = doc.tagged(doc.root(), "time");
    let published = times.iter().find(|&&t| {
        let c = doc.class_and_id(t);
        doc.attr(t, "itemprop").is_some_and(|p| p.eq_ascii_case("datePublished")) || crate::text::has_str(c, "publish") || doc.attr(t, "pubdate").is_some()
    });
    published
        .or(times.first())
        .and_then(|&t| doc.attr(t, "datetime"))
        .map(str::to_string)
        .filter(|d| d.len() >= 8 && d.as_bytes()[0].is_ascii_digit())
}

/// A UTC timestamp ("2025-01-14T20:32:10Z") on a page that writes the same moment for its
/// readers in a `<time>` ("Wed 15 Jan 2025 at 6:32am", in Sydney) dates the article by that day:
/// the one the page states, a day either side of UTC's.
fn stated_day(doc: &Document, published: String) -> String {
    let utc = published.ends_with("Z") || published.ends_with("+00:00");
    let Some(minute) = published.get(..16).filter(|_| utc) else { return published };
    let times = doc.tagged(doc.root(), "time");
    let same = times.iter().find(|&&t| doc.attr(t, "datetime").is_some_and(|d| d.starts_with(minute)));
    match same.and_then(|&t| parse_written_date(&doc.text_content(t))) {
        Some(day) if day_number(&day).zip(day_number(&published)).is_some_and(|(a, b)| a.abs_diff(b) == 1) => day,
        _ => published,
    }
}

/// Days since a fixed epoch of an ISO date's day (months counted from March, so February's
/// length only matters through the leap-year terms).
fn day_number(iso: &str) -> Option<u32> {
    let n = |r: std::ops::Range<usize>| parse_u32(iso.get(r)?, 10);
    let (y, m, d) = (n(0..4)?, n(5..7)?, n(8..10)?);
    let (y, m) = if m <= 2 { (y - 1, m + 12) } else { (y, m) };
    Some(365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + d)
}

/// Months by their first three letters, three bytes each (one string, not a table of twelve).
const MONTHS: &[u8; 36] = b"janfebmaraprmayjunjulaugsepoctnovdec";

/// A date written out for readers ("March 18, 2015", "18 March 2015", "2015-03-18") → YYYY-MM-DD.
pub fn parse_written_date(text: &str) -> Option<String> {
    // Parted at whitespace, ',' and '|' (loops: std's split on a closure was a searcher of its own).
    let mut words = Vec::new();
    for w in text.words() {
        for part in crate::text::split_ascii(w, b",|") {
            if !part.is_empty() {
                words.push(part.trim_end_matches('.').lowered());
            }
        }
    }
    let month = |w: &str| w.as_bytes().get(..3).filter(|_| w.len() <= 9).and_then(|p| MONTHS.chunks(3).position(|m| m == p)).map(|i| i + 1);
    let day = |w: &str| parse_u32(crate::text::trim_by(w, false, true, &char::is_alphabetic), 10).filter(|d| (1..=31).contains(d));
    let year = |w: &str| parse_u32(w, 10).filter(|y| (1990..=2100).contains(y));
    for i in 0..words.len() {
        if let Some(iso) = words[i].get(..10).filter(|d| d.as_bytes().get(4) == Some(&b'-') && d.as_bytes().get(7) == Some(&b'-')) {
            if year(&iso[..4]).is_some() && parse_u32(&iso[5..7], 10).is_some() {
                return Some(iso.to_string());
            }
        }
        let Some(m) = month(&words[i]) else { continue };
        let after = |k: usize| words.get(i + k).map(String::as_str).unwrap_or("");
        let before = |k: usize| if i >= k { words[i - k].as_str() } else { "" };
        // "March 18, 2015" or "18 March 2015"
        if let (Some(d), Some(y)) = (day(after(1)), year(after(2))) {
            return Some(iso_date(y, m as u32, d));
        }
        if let (Some(d), Some(y)) = (day(before(1)), year(after(1))) {
            return Some(iso_date(y, m as u32, d));
        }
    }
    None
}

/// "2015-03-18" (years here have four digits).
fn iso_date(y: u32, m: u32, d: u32) -> String {
    let mut s = crate::text::int(u64::from(y));
    for n in [m, d] {
        s.push_str(if n < 10 { "-0" } else { "-" });
        crate::text::push_int(u64::from(n), &mut s);
    }
    s
}

/// A date in an article address: ".../2015/03/18/..." or ".../2015-03-18-...".
fn date_in_url(url: &str) -> Option<String> {
    let parts: Vec<&str> = crate::text::split_ascii(url, b"/-_").collect();
    parts.windows(3).find_map(|w| {
        let y = parse_u32(w[0], 10).filter(|y| (1990..=2100).contains(y))?;
        let m = parse_u32(w[1], 10).filter(|m| (1..=12).contains(m) && w[1].len() == 2)?;
        let d = parse_u32(w[2], 10).filter(|d| (1..=31).contains(d) && w[2].len() == 2)?;
        Some(iso_date(y, m, d))
    })
}

/// The first visible dateline or timestamp element with a readable date.
fn visible_date(doc: &Document) -> Option<String> {
    doc.descendants(doc.root())
        .filter(|&n| doc.is_element(n))
        .filter(|&n| {
            let c = doc.class_and_id(n);
            crate::text::ascii_tokens(c).any(|t| matches!(t, "date" | "dateline" | "timestamp" | "published" | "pubdate" | "time" | "posted"))
                && !crate::text::has_str(c, "comment")
        })
        .take(20)
        .find_map(|n| parse_written_date(&doc.text_content(n)))
}

/// Most bytes of a line that only states when the article appeared.
pub const MAX_DATE_LINE: usize = 80;

/// "Published March 5, 2024", "Updated: 3:15 PM, 5 March 2024", "Mon 3 Mar 2025 13.21 GMT": a
/// line that dates the article.
pub fn is_date_line(t: &str) -> bool {
    let l = crate::text::lower(t);
    let labelled = crate::text::find_listed("published|updated|posted|last updated|first published|last modified", b'|', &|p: &str| l.starts_with(p)).is_some();
    labelled && t.bytes().any(|b| b.is_ascii_digit()) || t.words().nth(MAX_BARE_DATE_WORDS).is_none() && !t.ends_with(".") && parse_written_date(t).is_some()
}

/// Most words of a date standing alone as a line ("Mon 3 Mar 2025 13.21 GMT").
const MAX_BARE_DATE_WORDS: usize = 6;

/// The date a plain page states in a "Published …" line (an update is not the publication).
fn stated_date(doc: &Document) -> Option<String> {
    let opens = |t: &str| ["published", "posted"].iter().any(|p| t.get(..p.len()).is_some_and(|s| s.eq_ascii_case(p)));
    doc.short_lines(MAX_DATE_LINE, opens).find_map(|(_, t)| parse_written_date(&t))
}

#[cfg(test)]
mod tests {
    use super::{clean_title, decode_entities, parse_written_date, SiteNames};

    #[test]
    fn written_dates() {
        assert_eq!(parse_written_date("March 18, 2015 at 3:05 PM").as_deref(), Some("2015-03-18"));
        assert_eq!(parse_written_date("Updated 4 June 2025").as_deref(), Some("2025-06-04"));
        assert_eq!(parse_written_date("Sept. 9, 2016").as_deref(), Some("2016-09-09"));
        assert_eq!(parse_written_date("2024-12-06T22:00"), Some("2024-12-06".into()));
        assert_eq!(parse_written_date("May the force be with you"), None);
    }

    #[test]
    fn a_site_name_leaves_its_tagline() {
        let site = |head: &str| read_page(head, "").site_name;
        assert_eq!(site("<meta property=\"og:site_name\" content=\"Yahoo News - Latest News &amp; Headlines\">").as_deref(), Some("Yahoo News"));
        assert_eq!(site("<meta property=\"og:site_name\" content=\"Mozilla Hacks – the Web developer blog\">").as_deref(), Some("Mozilla Hacks"));
        assert_eq!(site("<meta property=\"og:site_name\" content=\"Stars and Stripes\">").as_deref(), Some("Stars and Stripes"));
    }

    #[test]
    fn a_title_names_the_site_when_nothing_else_does() {
        let site = |head: &str| read_page(head, "").site_name;
        assert_eq!(site("<title>Storm knocks out power - Reuters</title>").as_deref(), Some("Reuters"));
        assert_eq!(site("<title>The Daily Ledger | Council backs tram plan</title><meta property=\"og:title\" content=\"Council backs tram plan\">").as_deref(), Some("The Daily Ledger"));
        assert_eq!(site("<title>Council backs tram plan</title>"), None);
        assert_eq!(site("<meta property=\"og:site_name\" content=\"Ledger\"><title>Council backs tram plan - Daily Ledger</title>").as_deref(), Some("Ledger"));
    }

    #[test]
    fn site_names_leave_titles() {
        let site = SiteNames::new(["National Security Journal"], None);
        assert_eq!(clean_title("Trump Calls Putin: No Peace In Sight - National Security Journal", &site), "Trump Calls Putin: No Peace In Sight");
        assert_eq!(clean_title("Mozilla - Wikipedia", &SiteNames::default()), "Mozilla - Wikipedia");
        let site = SiteNames::new(["Aktuálně.cz - Víte, co se právě děje"], Some("https://www.example.co.uk/a"));
        assert_eq!(clean_title("Aktuálně.cz | Vláda schválila rozpočet na příští rok", &site), "Vláda schválila rozpočet na příští rok");
        assert_eq!(clean_title("Flood warnings issued - Weather - Example News", &site), "Flood warnings issued - Weather");
        assert_eq!(clean_title("Flood warnings issued [Example]", &site), "Flood warnings issued");
    }

    fn read_page(head: &str, body: &str) -> super::Metadata {
        let doc = crate::adapters::html::parse(&format!("<html><head>{head}</head><body>{body}</body></html>"));
        super::read(&doc, &super::JsonLd::parse(&doc), None)
    }

    #[test]
    fn a_utc_timestamp_dates_the_article_by_the_day_the_page_states() {
        let ld = r#"<script type="application/ld+json">{"@type":"NewsArticle","headline":"Floods","datePublished":"2025-01-14T20:32:10.000Z"}</script>"#;
        let sydney = r#"<h1>Floods</h1><time datetime="2025-01-14T20:32:10.000Z">Wed 15 Jan 2025 at 6:32am</time>"#;
        assert_eq!(read_page(ld, sydney).published.as_deref(), Some("2025-01-15"));
        // Over a month's and a year's end; a day the page writes the same stays the timestamp.
        let ld_at = |t: &str| ld.replace("2025-01-14T20:32:10.000Z", t);
        let ny = r#"<time datetime="2025-01-01T02:30:00Z">December 31, 2024, 9:30 PM ET</time>"#;
        assert_eq!(read_page(&ld_at("2025-01-01T02:30:00Z"), ny).published.as_deref(), Some("2024-12-31"));
        let march = r#"<time datetime="2024-03-01T01:00:00Z">February 29, 2024</time>"#;
        assert_eq!(read_page(&ld_at("2024-03-01T01:00:00Z"), march).published.as_deref(), Some("2024-02-29"));
        let london = r#"<time datetime="2025-01-14T20:32:10Z">14 January 2025</time>"#;
        assert_eq!(read_page(&ld_at("2025-01-14T20:32:10Z"), london).published.as_deref(), Some("2025-01-14T20:32:10Z"));
        // Another moment's time element, or a day far off, changes nothing.
        let other = r#"<time datetime="2025-01-10T08:00:00Z">Fri 10 Jan 2025</time>"#;
        assert_eq!(read_page(ld, other).published.as_deref(), Some("2025-01-14T20:32:10.000Z"));
    }

    #[test]
    fn entities_decode_once_named_or_numeric() {
        assert_eq!(decode_entities("Trump&#8217;s &#x201C;deal&#x201D; &amp; AT&T; &amp;quot;x&amp;quot; &bogus; &"), "Trump’s “deal” & AT&T; &quot;x&quot; &bogus; &");
        assert_eq!(decode_entities("no entities"), "no entities");
    }

    fn title_of(head: &str, body: &str) -> String {
        read_page(head, body).title
    }

    #[test]
    fn headline_by_agreement() {
        // The <title> is only the site's name.
        let og = r#"<meta property="og:site_name" content="Quanta Magazine"><meta property="og:title" content="The Hidden Heroines of Chaos">"#;
        assert_eq!(title_of(&format!("<title>Quanta Magazine</title>{og}"), "<h1>The Hidden Heroines of Chaos</h1>"), "The Hidden Heroines of Chaos");
        // A description posing as the JSON-LD headline loses to <title> and <h1>.
        let ld = r#"<script type="application/ld+json">{"@type":"Article","headline":"Free software community and browser maker"}</script>"#;
        assert_eq!(title_of(&format!("<title>Mozilla - Wikipedia</title>{ld}"), "<h1>Mozilla</h1>"), "Mozilla");
        // The site's name is part of the headline, as the visible <h1> shows.
        let site = r#"<meta property="og:site_name" content="Reuters">"#;
        assert_eq!(title_of(&format!("<title>Thomson to sell stake - Reuters</title>{site}"), "<h1>Thomson to sell stake - Reuters</h1>"), "Thomson to sell stake - Reuters");
        assert_eq!(title_of(&format!("<title>Thomson to sell stake - Reuters</title>{site}"), "<h1>Thomson to sell stake</h1>"), "Thomson to sell stake");
        // A section's name before or after the headline: the <h1> has the title's support.
        let site = r#"<meta property="og:site_name" content="the Guardian">"#;
        assert_eq!(title_of(&format!("<title>Floods: victims demand answers | UK news | The Guardian</title>{site}"), "<h1>Floods: victims demand answers</h1>"), "Floods: victims demand answers");
        assert_eq!(title_of("<title>Opinion | The myth of the independent voter</title>", "<h1>The myth of the independent voter</h1>"), "The myth of the independent voter");
        // Nothing agrees: the declared metadata title wins over <title> and <h1>.
        assert_eq!(title_of(r#"<title>Title Element</title><meta property="dc:title" content="Declared"><meta property="og:title" content="Shared">"#, "<h1>Heading</h1>"), "Declared");
    }
}
