//! The whole analysis of one document, stage by stage.

use crate::analysis::{Analysis, Block, Claim};
use crate::document::Document;
use crate::text::{is_listed, SplitWords};
use crate::{authors, claims, clipboard, extract, metadata, quotes, summary};
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

impl Failure {
    /// What went wrong, for a person (built without `format!`, which would bring `core::fmt` into the wasm).
    pub fn message(&self) -> String {
        match self {
            Failure::NotArticle => "no article found on this page (it looks like a home page, a list or an app screen)".into(),
            Failure::BadInput(why) => crate::text::concat(&["cannot read the page: ", why]),
        }
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.message())
    }
}

/// Words per minute for the reading-time estimate.
const READING_WPM: usize = 230;
/// Article text whose claims one step assesses: small enough that a host
/// yielding between steps stays responsive, large enough to cost nothing extra.
const CLAIM_SLICE_BYTES: usize = 32 * 1024;

/// The whole analysis at once.
pub fn analyze(doc: &Document, options: &Options) -> Result<Analysis, Failure> {
    let mut run = Run::new(options.clone());
    loop {
        if let Some(analysis) = run.step(doc)? {
            return Ok(analysis);
        }
    }
}

/// An analysis in steps, for hosts that report progress and yield between
/// them (the extension on a 10 MB page). Every step reads the same document.
pub struct Run {
    options: Options,
    stage: Stage,
}

enum Stage {
    Read,
    Quotes(Box<Partial>),
    Claims(Box<Partial>, usize),
    Summary(Box<Partial>),
    Done,
}

/// What the finished steps have found: the analysis so far and what later steps read.
struct Partial {
    analysis: Analysis,
    article: extract::Article,
    key_points_box: Option<crate::document::NodeId>,
}

impl Run {
    pub fn new(options: Options) -> Self {
        Run { options, stage: Stage::Read }
    }

    /// Runs the next step on `doc`: Ok(Some(analysis)) after the last one.
    pub fn step(&mut self, doc: &Document) -> Result<Option<Analysis>, Failure> {
        self.stage = match std::mem::replace(&mut self.stage, Stage::Done) {
            Stage::Read => Stage::Quotes(Box::new(read(doc, &self.options)?)),
            Stage::Quotes(mut p) => {
                (p.analysis.quotes, p.analysis.speakers) = quotes::find(&p.article.blocks);
                Stage::Claims(p, 0)
            }
            Stage::Claims(mut p, from) => {
                let next = assess_claims(doc, &mut p, from);
                if next < p.article.blocks.len() { Stage::Claims(p, next) } else { Stage::Summary(p) }
            }
            Stage::Summary(p) => {
                let Partial { mut analysis, article, .. } = *p;
                analysis.summary = summary::summarize(&analysis, &article);
                analysis.clipboard = clipboard::render(&analysis, self.options.accessed.as_deref());
                return Ok(Some(analysis));
            }
            Stage::Done => return Err(Failure::BadInput("the analysis has already finished".into())),
        };
        Ok(None)
    }

    /// What the next step does, and roughly how much of the work is done (0 to 1).
    pub fn progress(&self) -> (&'static str, f32) {
        // Shares of the time each stage takes on long pages (native profile of a 10 MB page).
        match &self.stage {
            Stage::Read => ("reading the article", 0.0),
            Stage::Quotes(_) => ("finding quotations", 0.2),
            Stage::Claims(p, next) => ("weighing claims", 0.6 + 0.35 * *next as f32 / p.article.blocks.len().max(1) as f32),
            Stage::Summary(_) => ("summarising", 0.95),
            Stage::Done => ("done", 1.0),
        }
    }
}

/// Blocks at the top of the text where a byline or date line may stand.
const HEADER_BLOCKS: usize = 4;

/// The article, its metadata, authors and key points.
fn read(doc: &Document, options: &Options) -> Result<Partial, Failure> {
    let ld = metadata::JsonLd::parse(doc);
    let meta = metadata::read(doc, &ld, options.url.as_deref());
    let article = extract::extract(doc, meta.declared_article);
    let mut article = match ld.article_body() {
        Some(body) => extract::ld_body::prefer(doc, article, &body),
        None => article,
    }
    .ok_or(Failure::NotArticle)?;
    let authors = authors::read(doc, &ld, &meta);
    // "By Ann Lee | Staff Writer", "Published March 5, 2024": a plain page's byline and
    // date line open its text without a class to mark them; they are not the article.
    let mut opening = 0;
    article.blocks.retain(|b| {
        opening += 1;
        let t = b.text.text.trimmed();
        !(opening <= HEADER_BLOCKS && t.len() <= metadata::MAX_DATE_LINE && (authors::is_byline_text(t) || metadata::is_date_line(t)))
    });

    // (One plain loop: the maps collected and summed were a from_iter and a fold of their own each.)
    let mut blocks: Vec<Block> = Vec::with_capacity(article.blocks.len());
    let mut texts: Vec<&str> = Vec::with_capacity(article.blocks.len());
    // The blocks' counts add up to the joined text's: blank lines part them.
    let mut words = crate::text::WordCount::default();
    for b in &article.blocks {
        blocks.push(Block { kind: b.kind, text: b.text.text.clone() });
        texts.push(&b.text.text);
        words += b.words();
    }
    let text = crate::text::join(&texts, "\n\n");
    let word_count = words.total();
    let key_points = summary::key_points(doc, &article);
    let analysis = Analysis {
        title: meta.title,
        site_name: meta.site_name,
        url: meta.url,
        published: meta.published,
        modified: meta.modified,
        dir: meta.dir.unwrap_or_else(|| if meta.lang.as_deref().is_some_and(is_rtl_lang) { "rtl".into() } else { "ltr".into() }),
        lang: meta.lang,
        description: meta.description,
        image: meta.image,
        authors,
        text,
        blocks,
        word_count,
        reading_minutes: word_count.div_ceil(READING_WPM).max(1),
        key_points: key_points.items,
        summary: Vec::new(),
        quotes: Vec::new(),
        speakers: Vec::new(),
        claims: Vec::new(),
        claim_candidates: Vec::new(),
        clipboard: Default::default(),
    };
    Ok(Partial { analysis, article, key_points_box: key_points.container })
}

/// Assesses the sentences of blocks from `from` on, about CLAIM_SLICE_BYTES of
/// text; returns the first block not yet assessed.
fn assess_claims(doc: &Document, p: &mut Partial, from: usize) -> usize {
    let mut bytes = 0;
    let mut next = from;
    // The key points restate the article: its claims are checked where the body makes them.
    let in_key_points = |b: &extract::ArticleBlock| p.key_points_box.is_some_and(|k| doc.is_inside(b.node, k));
    while bytes < CLAIM_SLICE_BYTES && next < p.article.blocks.len() {
        let b = &p.article.blocks[next];
        next += 1;
        bytes += b.text.text.len();
        if is_listed("heading caption citation", b.kind) || in_key_points(b) {
            continue;
        }
        for r in b.sentences() {
            // The claim is what follows a wire dateline ("MOSCOW (AP) — ").
            let r = r.start + crate::sentences::dateline_len(&b.text.text[r.clone()])..r.end;
            let sentence = &b.text.text[r.clone()];
            if !claims::is_statement(sentence) {
                continue;
            }
            let a = claims::assess(sentence);
            if a.score >= claims::CANDIDATE_FLOOR {
                let claim = Claim { text: sentence.to_string(), score: a.score, reasons: a.reasons, range: b.text.range(r.start, r.end) };
                let list = if a.score >= claims::DEFAULT_THRESHOLD { &mut p.analysis.claims } else { &mut p.analysis.claim_candidates };
                list.push(claim);
            }
        }
    }
    next
}

fn is_rtl_lang(lang: &str) -> bool {
    let primary = crate::text::split_ascii(lang, b"-_").next().unwrap_or("").to_ascii_lowercase();
    is_listed("ar he fa ur yi ps sd ug dv ku", &primary)
}
