//! The whole analysis of one document, stage by stage.

use crate::analysis::{Analysis, Block, Claim};
use crate::document::Document;
use crate::{authors, claims, clipboard, extract, metadata, quotes, sentences, summary};
use std::fmt;

#[derive(Debug, Default, Clone)]
pub struct Options {
    /// The page's address, used when it names no canonical URL.
    pub url: Option<String>,
    /// Access date (YYYY-MM-DD) written into the copyable summary.
    pub accessed: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Failure {
    /// The page has no article body (a home page, a section front, an app screen).
    NotArticle,
    /// The input could not be read as a page.
    BadInput(String),
}

impl Failure {
    pub fn code(&self) -> &'static str {
        match self {
            Failure::NotArticle => "not_article",
            Failure::BadInput(_) => "bad_input",
        }
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Failure::NotArticle => write!(f, "no article found on this page (it looks like a home page, a list or an app screen)"),
            Failure::BadInput(why) => write!(f, "cannot read the page: {why}"),
        }
    }
}

/// Words per minute for the reading-time estimate.
const READING_WPM: usize = 230;

pub fn analyze(doc: &Document, options: &Options) -> Result<Analysis, Failure> {
    let ld = metadata::JsonLd::parse(doc);
    let meta = metadata::read(doc, &ld, options.url.as_deref());
    let article = extract::extract(doc, meta.declared_article);
    let article = match ld.article_body() {
        Some(body) => extract::ld_body::prefer(doc, article, &body),
        None => article,
    }
    .ok_or(Failure::NotArticle)?;
    let authors = authors::read(doc, &ld, &meta);

    let blocks: Vec<Block> = article.blocks.iter().map(|b| Block { kind: b.kind, text: b.text.text.clone() }).collect();
    let text = blocks.iter().map(|b| b.text.as_str()).collect::<Vec<_>>().join("\n\n");
    let word_count = crate::text::count_words(&text);
    let key_points = summary::key_points(doc, &article);

    let (quotes, speakers) = quotes::find(&article.blocks);

    let (mut claims, mut claim_candidates) = (Vec::new(), Vec::new());
    // The key points restate the article: its claims are checked where the body makes them.
    let in_key_points = |b: &extract::ArticleBlock| key_points.container.is_some_and(|k| doc.is_inside(b.node, k));
    for b in article.blocks.iter().filter(|b| b.kind != "heading" && b.kind != "caption" && !in_key_points(b)) {
        for r in sentences::split(&b.text.text) {
            let sentence = &b.text.text[r.clone()];
            let a = claims::assess(sentence);
            if a.score >= claims::CANDIDATE_FLOOR {
                let claim = Claim { text: sentence.to_string(), score: a.score, reasons: a.reasons, range: b.text.range(r.start, r.end) };
                if a.score >= claims::DEFAULT_THRESHOLD { &mut claims } else { &mut claim_candidates }.push(claim);
            }
        }
    }

    let mut analysis = Analysis {
        title: meta.title.clone(),
        site_name: meta.site_name.clone(),
        url: meta.url.clone(),
        published: meta.published.clone(),
        modified: meta.modified.clone(),
        lang: meta.lang.clone(),
        dir: meta.dir.clone().unwrap_or_else(|| if meta.lang.as_deref().is_some_and(is_rtl_lang) { "rtl".into() } else { "ltr".into() }),
        description: meta.description.clone(),
        image: meta.image.clone(),
        authors,
        text,
        blocks,
        word_count,
        reading_minutes: word_count.div_ceil(READING_WPM).max(1),
        key_points: key_points.items,
        summary: Vec::new(),
        quotes,
        speakers,
        claims,
        claim_candidates,
        clipboard: Default::default(),
    };
    analysis.summary = summary::summarize(&analysis, &article);
    analysis.clipboard = clipboard::render(&analysis, options.accessed.as_deref());
    Ok(analysis)
}

fn is_rtl_lang(lang: &str) -> bool {
    let primary = lang.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
    matches!(primary.as_str(), "ar" | "he" | "fa" | "ur" | "yi" | "ps" | "sd" | "ug" | "dv" | "ku")
}
