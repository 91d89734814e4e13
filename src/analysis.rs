//! The analysis of one page: what every host (CLI, extension, demo) receives.
//! Field names follow the analysis JSON contract of the shared corpus; the
//! `range` fields point back into the page (source text-node index + UTF-16
//! offsets) so highlights land on the exact characters.

use crate::document::TextRange;
use crate::json::{object, ToJson};

#[derive(Debug, Default)]
pub struct Analysis {
    pub title: String,
    pub site_name: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
    pub modified: Option<String>,
    pub lang: Option<String>,
    /// "ltr" or "rtl".
    pub dir: String,
    pub description: Option<String>,
    pub image: Option<String>,
    pub authors: Vec<Author>,
    /// Main text, blocks separated by blank lines. Both stay out of what the
    /// WebAssembly hosts receive: they hold the page itself, and the text would
    /// cross into JavaScript twice for nothing.
    pub text: String,
    pub blocks: Vec<Block>,
    pub word_count: usize,
    pub reading_minutes: usize,
    pub key_points: Vec<String>,
    /// Extractive summary: the publisher's key points when present, else ranked sentences.
    pub summary: Vec<String>,
    pub quotes: Vec<Quote>,
    /// Everyone quoted, most quoted first, with the indexes of their quotes.
    pub speakers: Vec<Speaker>,
    pub claims: Vec<Claim>,
    /// Sentences that score below the default threshold but above a floor, for
    /// readers who lower the threshold (kept apart so `claims` stays the verdict).
    pub claim_candidates: Vec<Claim>,
    /// The summary ready to paste ("Copy summary").
    pub clipboard: crate::clipboard::Clipboard,
}

#[derive(Debug, Clone)]
pub struct Author {
    pub name: String,
    /// "person" or "organization".
    pub kind: &'static str,
    pub url: Option<String>,
    pub bio: Option<String>,
    /// Where the byline and the bio stand in the page.
    pub ranges: Vec<TextRange>,
}

#[derive(Debug, Clone)]
pub struct Block {
    /// "heading", "paragraph", "list-item", "blockquote", "caption", "preformatted", "citation".
    pub kind: &'static str,
    pub text: String,
}

#[derive(Debug, Clone)]
pub struct Quote {
    pub text: String,
    pub speaker: Option<String>,
    /// How the article describes a speaker it does not name ("an Iowa Democrat", "two people
    /// familiar with the talks"), when `speaker` is none: who spoke, as far as the reader is told.
    pub unnamed_speaker: Option<String>,
    pub cue: Option<String>,
    /// "direct", "partial" or "indirect".
    pub kind: &'static str,
    pub range: Option<TextRange>,
    /// Where the words naming the speaker stand, when the attribution is in the text.
    pub speaker_range: Option<TextRange>,
}

#[derive(Debug, Clone)]
pub struct Speaker {
    pub name: String,
    pub aliases: Vec<String>,
    /// Indexes into `quotes` (direct, partial and indirect).
    pub quotes: Vec<usize>,
}

#[derive(Debug, Clone)]
pub struct Claim {
    pub text: String,
    pub score: f32,
    pub reasons: Vec<&'static str>,
    pub range: Option<TextRange>,
}

impl ToJson for Analysis {
    fn to_json(&self, out: &mut String) {
        let mut o = object(out);
        o.field("title", &self.title).field("site_name", &self.site_name).field("url", &self.url).field("published", &self.published);
        o.field("modified", &self.modified).field("lang", &self.lang).field("dir", &self.dir).field("description", &self.description);
        o.field("image", &self.image).field("authors", &self.authors);
        // The text and blocks stay out of what the WebAssembly hosts receive
        // (see the fields' note): only the CLI writes them.
        if cfg!(not(target_arch = "wasm32")) {
            o.field("text", &self.text).field("blocks", &self.blocks);
        }
        o.field("word_count", &self.word_count).field("reading_minutes", &self.reading_minutes).field("key_points", &self.key_points);
        o.field("summary", &self.summary).field("quotes", &self.quotes).field("speakers", &self.speakers).field("claims", &self.claims);
        o.field("claim_candidates", &self.claim_candidates).field("clipboard", &self.clipboard);
        o.end();
    }
}

impl ToJson for Author {
    fn to_json(&self, out: &mut String) {
        object(out).field("name", &self.name).field("kind", &self.kind).field("url", &self.url).field("bio", &self.bio).field("ranges", &self.ranges).end();
    }
}

impl ToJson for Block {
    fn to_json(&self, out: &mut String) {
        object(out).field("kind", &self.kind).field("text", &self.text).end();
    }
}

impl ToJson for Quote {
    fn to_json(&self, out: &mut String) {
        object(out)
            .field("text", &self.text).field("speaker", &self.speaker).field("unnamed_speaker", &self.unnamed_speaker).field("cue", &self.cue).field("kind", &self.kind)
            .field("range", &self.range).field("speaker_range", &self.speaker_range)
            .end();
    }
}

impl ToJson for Speaker {
    fn to_json(&self, out: &mut String) {
        object(out).field("name", &self.name).field("aliases", &self.aliases).field("quotes", &self.quotes).end();
    }
}

impl ToJson for Claim {
    fn to_json(&self, out: &mut String) {
        object(out).field("text", &self.text).field("score", &self.score).field("reasons", &self.reasons).field("range", &self.range).end();
    }
}
