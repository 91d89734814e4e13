//! Check-worthiness of single sentences: is this a factual claim a
//! fact-checker would want to verify?
//!
//! A logistic regression over hashed word unigrams/bigrams and hand-made
//! cues ([`features`]), trained on CheckThat! 2024 by
//! `examples/train_claims.rs`, which writes `weights.bin` (embedded here).
//! See docs/claims.md.

pub mod features;
pub mod model;

use features::CUES;
use model::Model;
use std::sync::OnceLock;

/// The trained weights; regenerate with
/// `cargo run --release --example train_claims -- /work/shared/peers/ct24`.
pub const WEIGHTS: &[u8] = include_bytes!("weights.bin");

pub struct Assessment {
    pub score: f32,
    pub reasons: Vec<&'static str>,
}

/// Sentences scoring at least this are reported as claims (the user can
/// change it in the extension). The trainer folds the threshold it picked
/// on the dev set into the bias, so the calibrated cut is always 0.5.
pub const DEFAULT_THRESHOLD: f32 = 0.5;

/// The lowest threshold a reader can choose: sentences below it are not worth showing.
pub const CANDIDATE_FLOOR: f32 = 0.3;

/// How a story credits its reporters, and says that someone would not speak: no claims.
const NO_CLAIM_PHRASES: &[&str] = &[
    " reported from ", " contributed reporting", " contributed to this report", "declined to comment", "did not respond to",
    "did not immediately respond", "could not be reached", "did not return", "no immediate comment",
    // Wire credits: "(Reporting by Ann Lee; Editing by Tom Roe)".
    "(Reporting by", "Additional reporting by", "Editing by ",
];

/// Bit k of entry b: phrase k of [`NO_CLAIM_PHRASES`] (at most 32) opens with byte b. Built
/// by the compiler, so a sentence's search sets nothing up.
const NO_CLAIM_OPENINGS: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut k = 0;
    while k < NO_CLAIM_PHRASES.len() {
        table[NO_CLAIM_PHRASES[k].as_bytes()[0] as usize] |= 1 << k;
        k += 1;
    }
    table
};

/// Whether `t` holds one of [`NO_CLAIM_PHRASES`], read once: at each byte only the phrases
/// that open with it are compared (a search per phrase read every sentence a dozen times).
fn has_no_claim_phrase(t: &str) -> bool {
    let t = t.as_bytes();
    (0..t.len()).any(|i| {
        let mut m = NO_CLAIM_OPENINGS[t[i] as usize];
        while m != 0 {
            let p = NO_CLAIM_PHRASES[m.trailing_zeros() as usize].as_bytes();
            // (The second byte before the rest: three phrases open with a space, and the words
            // after most spaces go no further, where a compare was a memcmp call each.)
            if t.get(i + 1) == p.get(1) && t[i..].starts_with(p) {
                return true;
            }
            m &= m - 1;
        }
        false
    })
}

/// A statement this short without a figure ("His neighbor agreed.") says nothing to check.
const MIN_CLAIM_WORDS: usize = 5;

/// A line without a full stop this short is a label or a heading set as text
/// ("Five things we learned from the interview"), not a statement.
const MAX_LABEL_WORDS: usize = 8;

/// Whether a sentence states something at all: not an introduction ending in a
/// colon ("The rankings were as follows:"), not a label, not a "First published
/// February 1, 2016: 1:28 AM ET" stamp, not the reporters' credit ("Stella Kim
/// reported from Seoul.", "Jane Doe contributed reporting.") nor a "declined to
/// comment", not a photo caption, not an embedded post's signature ("— Jane Doe
/// (@janedoe) March 12, 2025"), not four words without a figure.
/// Longer lines without a full stop (list items) still count.
pub fn is_statement(sentence: &str) -> bool {
    use crate::text::SplitWords;
    let t = sentence.trim_end_matches(&['"', '”', '’', '\'', ')', ']', '»', ' '][..]);
    let signature = t.starts_with(&['—', '–'][..]) && crate::text::has_str(t, "(@");
    if signature || t.ends_with(&[':', '：'][..]) || has_no_claim_phrase(t) || crate::sentences::is_photo_caption(t) {
        return false;
    }
    if t.ends_with(&['.', '!', '?', '…', '。', '！', '？', '؟'][..]) {
        // (Words are counted where spaces part them: not in Chinese or Japanese.)
        return t.words().nth(MIN_CLAIM_WORDS - 1).is_some() || t.bytes().any(|b| b.is_ascii_digit()) || !t.contains(' ');
    }
    let stamp = || {
        let l = crate::text::lower(t);
        ["published", "updated", "posted"].iter().any(|w| crate::text::has_str(&l, w)) && t.bytes().any(|b| b.is_ascii_digit())
    };
    t.words().count() > MAX_LABEL_WORDS && !stamp()
}

/// Score in 0..1 of how check-worthy one sentence is, with the reasons.
pub fn assess(sentence: &str) -> Assessment {
    static MODEL: OnceLock<Model<'static>> = OnceLock::new();
    let model = MODEL.get_or_init(|| Model::from_bytes(WEIGHTS).expect("embedded claims weights are valid"));
    let f = features::extract(sentence);
    let score = 1.0 / (1.0 + (-model.logit(&f)).exp());
    // A reason is a cue that fired and pushed the score its own way: a
    // statistic that raised it, a hedge that lowered it. Those raising it
    // come first, strongest first; those lowering it last.
    // (A plain loop: the filter_map collected was a from_iter, an extend and a next of its own.)
    // The cues' indices sorted, not (push, reason) pairs: the sort of `usize` is in the wasm
    // already, one of pairs was code of its own.
    let push = |i: usize| f.cues[i] * model.cue_weight(i);
    let mut fired: Vec<usize> = Vec::new();
    for (i, cue) in CUES.iter().enumerate() {
        let agrees = if cue.supports_claim { push(i) > 0.0 } else { push(i) < 0.0 };
        if cue.reason.is_some() && agrees {
            fired.push(i);
        }
    }
    crate::order::sort_by(&mut fired, &|&a: &usize, &b: &usize| push(b).total_cmp(&push(a)));
    let mut reasons = Vec::new();
    for i in fired {
        if let Some(r) = CUES[i].reason.filter(|r| !reasons.contains(r)) {
            reasons.push(r);
        }
    }
    Assessment { score, reasons }
}

#[cfg(test)]
mod tests;
