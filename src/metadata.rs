//! Page metadata: headline, site name, canonical URL, dates, language,
//! description and lead image, from JSON-LD (with @graph), OpenGraph,
//! `<meta>`, `<time>` and the document itself.

use crate::document::{Document, NodeId};
use serde_json::Value;
use std::collections::HashMap;

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
}

/// JSON-LD objects of the page, flattened: @graph members and nested objects
/// that carry an @id are all listed, so @id references can be resolved.
pub struct JsonLd {
    pub items: Vec<Value>,
}

const ARTICLE_TYPES: &[&str] = &[
    "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
    "BlogPosting", "LiveBlogPosting", "ScholarlyArticle", "TechArticle", "Report", "BackgroundNewsArticle",
    "ReviewNewsArticle", "SocialMediaPosting",
];

impl JsonLd {
    pub fn parse(doc: &Document) -> JsonLd {
        let mut items = Vec::new();
        for s in doc.elements_by_tag("script") {
            if !doc.attr(s, "type").is_some_and(|t| t.contains("ld+json")) {
                continue;
            }
            let raw: String = doc.children(s).iter().filter_map(|&c| doc.text(c)).collect();
            // Some CMSs wrap JSON-LD in CDATA or HTML comments.
            let raw = raw.trim().trim_start_matches("<![CDATA[").trim_end_matches("]]>").trim();
            if let Ok(v) = serde_json::from_str::<Value>(raw) {
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
            Some(id) if v.as_object().is_some_and(|o| o.len() <= 2) => self.by_id(id).unwrap_or(v),
            _ => v,
        }
    }

    /// The main article object, if any.
    pub fn article(&self) -> Option<&Value> {
        self.items.iter().find(|v| has_type(v, ARTICLE_TYPES))
    }
}

fn flatten(v: Value, out: &mut Vec<Value>, depth: usize) {
    if depth > 8 {
        return;
    }
    match v {
        Value::Array(a) => a.into_iter().for_each(|x| flatten(x, out, depth + 1)),
        Value::Object(ref o) => {
            if let Some(g) = o.get("@graph") {
                flatten(g.clone(), out, depth + 1);
            }
            // Nested typed objects (mainEntity, author, …) become items too.
            for (k, child) in o {
                if k != "@graph" && (child.is_object() || child.is_array()) {
                    let typed = |c: &Value| c.get("@type").is_some() && c.get("@id").is_some();
                    match child {
                        Value::Object(_) if typed(child) => flatten(child.clone(), out, depth + 1),
                        Value::Array(a) => a.iter().filter(|c| typed(c)).for_each(|c| flatten(c.clone(), out, depth + 1)),
                        _ => {}
                    }
                }
            }
            if o.contains_key("@type") {
                out.push(v);
            }
        }
        _ => {}
    }
}

pub fn has_type(v: &Value, types: &[&str]) -> bool {
    match v.get("@type") {
        Some(Value::String(t)) => types.contains(&t.as_str()),
        Some(Value::Array(a)) => a.iter().any(|t| t.as_str().is_some_and(|t| types.contains(&t))),
        _ => false,
    }
}

/// A string from a JSON-LD value that may be a string, an object with `name`/`@value`, or a list.
pub fn ld_str(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Value::Array(a) => a.iter().find_map(|x| ld_str(Some(x))),
        Value::Object(o) => ld_str(o.get("name").or(o.get("@value")).or(o.get("url"))),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn first(meta: &HashMap<String, Vec<String>>, keys: &[&str]) -> Option<String> {
    keys.iter()
        .find_map(|k| meta.get(*k).and_then(|v| v.iter().find(|s| !s.is_empty())))
        .map(|s| crate::document::collapse_whitespace(&decode_entities(s)))
}

/// Meta content is already entity-decoded by the parser; JSON-LD strings sometimes carry
/// HTML entities themselves.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    s.replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#039;", "'")
        .replace("&apos;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&nbsp;", " ")
        .replace("&#8217;", "’")
        .replace("&#8216;", "‘")
        .replace("&#8220;", "“")
        .replace("&#8221;", "”")
        .replace("&#8211;", "–")
        .replace("&#8212;", "—")
}

/// Separators between a headline and the site name in `<title>`.
const TITLE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " / "];

/// Removes a trailing or leading site name from a document title.
pub fn clean_title(title: &str, site: Option<&str>) -> String {
    let title = crate::document::collapse_whitespace(title);
    for sep in TITLE_SEPARATORS {
        if let Some(i) = title.rfind(sep) {
            let (head, tail) = (&title[..i], &title[i + sep.len()..]);
            let site_like = |part: &str| {
                site.is_some_and(|s| norm(part) == norm(s) || norm(s).contains(&norm(part)) && !part.is_empty())
                    || part.split_whitespace().count() <= 4
            };
            if head.split_whitespace().count() >= 3 && site_like(tail) {
                return head.trim().to_string();
            }
        }
        if let Some(i) = title.find(sep) {
            let (head, tail) = (&title[..i], &title[i + sep.len()..]);
            if site.is_some_and(|s| norm(head) == norm(s)) && tail.split_whitespace().count() >= 3 {
                return tail.trim().to_string();
            }
        }
    }
    title
}

fn norm(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

pub fn read(doc: &Document, ld: &JsonLd, page_url: Option<&str>) -> Metadata {
    let meta = doc.meta_map();
    let article = ld.article();
    let from_ld = |key: &str| article.and_then(|a| ld_str(a.get(key))).map(|s| decode_entities(&s));

    let site_name = first(&meta, &["og:site_name", "application-name", "twitter:site:name"])
        .or_else(|| {
            article
                .and_then(|a| a.get("publisher"))
                .map(|p| ld.resolve(p))
                .and_then(|p| ld_str(p.get("name")))
        })
        .or_else(|| {
            ld.items.iter().find(|v| has_type(v, &["WebSite", "NewsMediaOrganization", "Organization"])).and_then(|v| ld_str(v.get("name")))
        });

    let doc_title = doc.elements_by_tag("title").next().map(|t| doc.text_content(t)).unwrap_or_default();
    let h1 = doc.elements_by_tag("h1").map(|h| doc.text_content(h)).find(|t| !t.is_empty());
    let candidates: Vec<String> = [
        from_ld("headline"),
        from_ld("name"),
        first(&meta, &["dc.title", "dcterm:title", "og:title", "twitter:title", "sailthru.title", "parsely-title", "title"]),
        Some(doc_title.clone()),
        h1.clone(),
    ]
    .into_iter()
    .flatten()
    .map(|t| clean_title(&t, site_name.as_deref()))
    .filter(|t| !t.is_empty())
    .collect();
    // The document title is the arbiter: metadata "headlines" are sometimes a
    // description (Wikipedia) or a shortened teaser; take the first candidate
    // the <title> confirms (the cleaned <title> itself comes before the h1).
    let confirmed = candidates.iter().find(|c| !norm(&doc_title).is_empty() && norm(&doc_title).contains(&norm(c)) && norm(c).len() >= 4);
    let title = confirmed.or(candidates.first()).cloned().unwrap_or_default();

    let canonical = doc
        .elements_by_tag("link")
        .find(|&l| doc.attr(l, "rel").is_some_and(|r| r.eq_ignore_ascii_case("canonical")))
        .and_then(|l| doc.attr(l, "href"))
        .map(str::to_string)
        .filter(|u| u.starts_with("http"));
    let url = canonical
        .or_else(|| first(&meta, &["og:url", "twitter:url"]))
        .or_else(|| from_ld("url"))
        .or_else(|| page_url.map(str::to_string));

    let published = from_ld("datePublished")
        .or_else(|| first(&meta, &["article:published_time", "og:article:published_time", "datepublished", "date", "pubdate", "publishdate", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published", "published_time", "publish-date", "date.available", "og:published_time", "article_date_original", "cxenseparse:recs:publishtime"]))
        .or_else(|| time_element(doc))
        .or_else(|| visible_date(doc))
        .or_else(|| url.as_deref().and_then(date_in_url))
        .map(|d| d.trim().to_string());
    let modified = from_ld("dateModified").or_else(|| first(&meta, &["article:modified_time", "og:updated_time", "dateModified", "last-modified"]));

    let html = doc.html_element();
    let lang = html
        .and_then(|h| doc.attr(h, "lang").or_else(|| doc.attr(h, "xml:lang")))
        .map(str::to_string)
        .or_else(|| first(&meta, &["og:locale", "content-language", "language", "dc.language"]).map(|l| l.replace('_', "-")))
        .or_else(|| from_ld("inLanguage"))
        .filter(|l| !l.is_empty());
    // Only an explicit direction counts; "auto" or junk falls back to the language.
    let dir = html
        .and_then(|h| doc.attr(h, "dir"))
        .map(|d| d.trim().to_ascii_lowercase())
        .filter(|d| d == "rtl" || d == "ltr");

    let description = first(&meta, &["og:description", "description", "twitter:description", "dc.description"]).or_else(|| from_ld("description"));
    let image = first(&meta, &["og:image", "twitter:image", "twitter:image:src"])
        .or_else(|| article.and_then(|a| a.get("image")).and_then(|i| ld_str(Some(ld.resolve(i)))));
    let declared_article = article.is_some()
        || first(&meta, &["og:type"]).is_some_and(|t| t.eq_ignore_ascii_case("article"))
        || meta.contains_key("article:published_time");

    Metadata { title, site_name, url, published, modified, lang, dir, description, image, declared_article }
}

/// The first `<time datetime>` that looks like a publication date.
fn time_element(doc: &Document) -> Option<String> {
    let times: Vec<NodeId> = doc.elements_by_tag("time").collect();
    let published = times.iter().find(|&&t| {
        let c = doc.class_and_id(t);
        doc.attr(t, "itemprop").is_some_and(|p| p.eq_ignore_ascii_case("datePublished")) || c.contains("publish") || doc.attr(t, "pubdate").is_some()
    });
    published
        .or(times.first())
        .and_then(|&t| doc.attr(t, "datetime"))
        .map(str::to_string)
        .filter(|d| d.len() >= 8 && d.as_bytes()[0].is_ascii_digit())
}

const MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/// A date written out for readers ("March 18, 2015", "18 March 2015", "2015-03-18") → YYYY-MM-DD.
pub fn parse_written_date(text: &str) -> Option<String> {
    let words: Vec<String> = text
        .split(|c: char| c.is_whitespace() || c == ',' || c == '|')
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_end_matches('.').to_lowercase())
        .collect();
    let month = |w: &str| MONTHS.iter().position(|m| w.len() >= 3 && w.starts_with(m) && w.len() <= 9).map(|i| i + 1);
    let day = |w: &str| w.trim_end_matches(|c: char| c.is_alphabetic()).parse::<u32>().ok().filter(|d| (1..=31).contains(d));
    let year = |w: &str| w.parse::<u32>().ok().filter(|y| (1990..=2100).contains(y));
    for i in 0..words.len() {
        if let Some(iso) = words[i].get(..10).filter(|d| d.as_bytes().get(4) == Some(&b'-') && d.as_bytes().get(7) == Some(&b'-')) {
            if year(&iso[..4]).is_some() && iso[5..7].parse::<u32>().is_ok() {
                return Some(iso.to_string());
            }
        }
        let Some(m) = month(&words[i]) else { continue };
        let after = |k: usize| words.get(i + k).map(String::as_str).unwrap_or("");
        let before = |k: usize| if i >= k { words[i - k].as_str() } else { "" };
        // "March 18, 2015" or "18 March 2015"
        if let (Some(d), Some(y)) = (day(after(1)), year(after(2))) {
            return Some(format!("{y:04}-{m:02}-{d:02}"));
        }
        if let (Some(d), Some(y)) = (day(before(1)), year(after(1))) {
            return Some(format!("{y:04}-{m:02}-{d:02}"));
        }
    }
    None
}

/// A date in an article address: ".../2015/03/18/..." or ".../2015-03-18-...".
fn date_in_url(url: &str) -> Option<String> {
    let parts: Vec<&str> = url.split(['/', '-', '_']).collect();
    parts.windows(3).find_map(|w| {
        let y: u32 = w[0].parse().ok().filter(|y| (1990..=2100).contains(y))?;
        let m: u32 = w[1].parse().ok().filter(|m| (1..=12).contains(m) && w[1].len() == 2)?;
        let d: u32 = w[2].parse().ok().filter(|d| (1..=31).contains(d) && w[2].len() == 2)?;
        Some(format!("{y:04}-{m:02}-{d:02}"))
    })
}

/// The first visible dateline or timestamp element with a readable date.
fn visible_date(doc: &Document) -> Option<String> {
    doc.descendants(doc.root())
        .filter(|&n| doc.is_element(n))
        .filter(|&n| {
            let c = doc.class_and_id(n);
            c.split(|ch: char| !ch.is_ascii_alphanumeric()).any(|t| matches!(t, "date" | "dateline" | "timestamp" | "published" | "pubdate" | "time" | "posted"))
                && !c.contains("comment")
        })
        .take(20)
        .find_map(|n| parse_written_date(&doc.text_content(n)))
}

#[cfg(test)]
mod tests {
    use super::{clean_title, parse_written_date};

    #[test]
    fn written_dates() {
        assert_eq!(parse_written_date("March 18, 2015 at 3:05 PM").as_deref(), Some("2015-03-18"));
        assert_eq!(parse_written_date("Updated 4 June 2025").as_deref(), Some("2025-06-04"));
        assert_eq!(parse_written_date("Sept. 9, 2016").as_deref(), Some("2016-09-09"));
        assert_eq!(parse_written_date("2024-12-06T22:00"), Some("2024-12-06".into()));
        assert_eq!(parse_written_date("May the force be with you"), None);
    }

    #[test]
    fn site_names_leave_titles() {
        assert_eq!(clean_title("Trump Calls Putin: No Peace In Sight - National Security Journal", Some("National Security Journal")), "Trump Calls Putin: No Peace In Sight");
        assert_eq!(clean_title("Mozilla - Wikipedia", None), "Mozilla - Wikipedia");
    }
}
