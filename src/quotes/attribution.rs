//! Who said it: the attribution patterns around a quotation (“…,” X said /
//! X said: “…” / X said that … “…” / according to X) and the noun phrase that
//! names the speaker, found by walking the words around the cue verb.

use super::cues::lexicon;
use std::ops::Range;

#[derive(Debug, Clone)]
pub struct Word<'a> {
    pub text: &'a str,
    pub at: usize,
}

impl Word<'_> {
    /// A cue word is a verb: capitalized mid-sentence it is part of a name ("the United States").
    fn is_cue_at(&self, k: usize) -> bool {
        (k == 0 || !super::people::is_capitalized(self.text)) && lexicon().is_cue(&self.bare())
    }

    pub fn bare(&self) -> String {
        self.text.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()
    }
    fn ends_clause(&self) -> bool {
        self.text.ends_with([',', ';', ':', '.', '!', '?', '”', '"', '—', ')'])
            && !(self.text.ends_with('.') && self.text.len() <= 4 && self.text.chars().any(char::is_uppercase))
    }
}

/// Words of `text[range]` with their byte offsets in `text`.
pub fn words(text: &str, range: Range<usize>) -> Vec<Word<'_>> {
    crate::text::words_at(&text[range.clone()])
        .filter(|(_, w)| w.chars().any(char::is_alphanumeric) || matches!(*w, "—" | "–" | "-"))
        .map(|(at, w)| Word { text: w, at: range.start + at })
        .collect()
}

/// Auxiliaries and adverbs that stand between a speaker and the cue.
const BETWEEN: &[&str] = &[
    "also", "has", "have", "had", "later", "then", "previously", "reportedly", "further", "once", "again", "long",
    "would", "will", "did", "does", "recently", "publicly", "separately", "earlier", "subsequently", "repeatedly",
    "flatly", "simply", "only", "just", "first", "since", "already", "often", "never", "not", "is", "was", "were",
    "are", "been", "being", "who", "previously", "herself", "himself", "themselves", "itself", "had",
];

/// Words that end a speaker phrase when walking back from the cue.
const BOUNDARY: &[&str] = &[
    "that", "and", "but", "while", "when", "because", "as", "after", "before", "if", "although", "though", "since",
    "which", "so", "where", "whom", "whose", "than", "or", "nor", "yet", "said", "says", "what",
];

/// Words a cue may stand before the quotation it introduces.
const MAX_CUE_DISTANCE: usize = 40;

/// A speaker phrase and the cue found for a quotation.
#[derive(Debug, Clone)]
pub struct Found {
    /// Byte range of the phrase naming the speaker, in the block.
    pub phrase: Range<usize>,
    pub words: Vec<String>,
    pub cue: String,
}

fn phrase(ws: &[Word], from: usize, to: usize) -> Option<Found> {
    if from >= to {
        return None;
    }
    let words: Vec<String> = ws[from..to].iter().map(|w| w.text.trim_matches(|c: char| ",;:.!?”\"“()".contains(c)).to_string()).collect();
    let last = &ws[to - 1];
    let end = last.at + last.text.trim_end_matches(|c: char| ",;:.!?”\")".contains(c)).len();
    Some(Found { phrase: ws[from].at..end, words, cue: String::new() })
}

/// The speaker phrase that ends just before index `k` (the cue), skipping
/// auxiliaries and adverbs, with an appositive ("Jane Doe, the spokeswoman,
/// said") resolved to the name before it.
fn subject_before(ws: &[Word], k: usize) -> Option<Found> {
    let mut j = k;
    while j > 0 && (BETWEEN.contains(&ws[j - 1].bare().as_str()) || ws[j - 1].bare().ends_with("ly")) && !ws[j - 1].ends_clause() {
        j -= 1;
    }
    // "David Perdue (R-Ga.) said": the parenthesis is not the speaker.
    if j > 0 && ws[j - 1].text.ends_with(')') {
        if let Some(open) = (j.saturating_sub(5)..j).rev().find(|&i| ws[i].text.starts_with('(')) {
            j = open;
        }
    }
    if j == 0 {
        return None;
    }
    if ws[j - 1].text.ends_with(',') {
        // An appositive: "X, the head of Y, said". Take X when it looks like a name.
        let app_end = j;
        let mut s = app_end - 1;
        while s > 0 && !ws[s - 1].ends_clause() && app_end - s < 20 {
            s -= 1;
        }
        if s > 0 && ws[s - 1].text.ends_with(',') {
            let mut n = s - 1;
            while n > 0 && !ws[n - 1].ends_clause() && !BOUNDARY.contains(&ws[n - 1].bare().as_str()) && s - n < 6 {
                n -= 1;
            }
            if ws[n..s].iter().any(|w| super::people::is_capitalized(w.text)) {
                return phrase(ws, n, s);
            }
        }
        return phrase(ws, s, app_end);
    }
    let mut s = j;
    while s > 0 && !ws[s - 1].ends_clause() && !BOUNDARY.contains(&ws[s - 1].bare().as_str()) && j - s < 8 {
        s -= 1;
    }
    phrase(ws, s, j)
}

/// The speaker phrase after index `k` (the cue): "said Jane Doe, the spokeswoman."
fn subject_after(ws: &[Word], k: usize) -> Option<Found> {
    let mut e = k + 1;
    while e < ws.len() && e - k <= 8 {
        let done = ws[e].ends_clause();
        e += 1;
        if done {
            break;
        }
    }
    // "said the spokeswoman, Jane Doe." → the name.
    if e < ws.len() && ws[e - 1].text.ends_with(',') && !super::people::is_capitalized(ws[k + 1].text) && super::people::is_capitalized(ws[e].text) {
        let mut n = e;
        while n < ws.len() && n - e < 5 && super::people::is_capitalized(ws[n].text) {
            let done = ws[n].ends_clause();
            n += 1;
            if done {
                break;
            }
        }
        return phrase(ws, e, n);
    }
    phrase(ws, k + 1, e)
}

fn is_pronoun_or_determiner(w: &str) -> bool {
    matches!(w, "he" | "she" | "they" | "it" | "i" | "we" | "the" | "a" | "an" | "his" | "her" | "their" | "its" | "one" | "this")
}

fn plausible_subject(f: &Found) -> bool {
    let first = f.words.first().map(|w| w.to_lowercase()).unwrap_or_default();
    !f.words.is_empty()
        && f.words.len() <= 9
        && (super::people::is_capitalized(&f.words[0]) || is_pronoun_or_determiner(&first) || f.words.iter().any(|w| super::people::is_capitalized(w)))
}

fn with_cue(mut f: Found, cue: &str) -> Found {
    f.cue = cue.to_string();
    f
}

/// Attribution after the closing mark: “…,” Trump said / “…,” said Trump / “…,” he told reporters.
pub fn after_quote(ws: &[Word]) -> Option<Found> {
    // The cue stands within the first few words: “…,” said Jane Doe / “…,” State
    // Department deputy spokesperson Vedant Patel said.
    let limit = ws.len().min(9);
    if ws.len() >= 2 && ws[0].bare() == "according" && ws[1].bare() == "to" {
        return subject_after(ws, 1).filter(plausible_subject).map(|f| with_cue(f, "according to"));
    }
    for k in 0..limit {
        let w = ws[k].bare();
        if ws[k].is_cue_at(k) {
            let found = if k == 0 { subject_after(ws, 0) } else { subject_before(ws, k).filter(|f| f.phrase.start == ws[0].at || k <= 4) };
            return found.filter(plausible_subject).map(|f| with_cue(f, &w));
        }
        if ws[k].ends_clause() && k + 1 < limit && !ws[k].text.ends_with(',') {
            break;
        }
    }
    None
}

/// The subject that opens a clause: its first name or pronoun, past leading adverbials.
fn sentence_subject(ws: &[Word]) -> Option<Found> {
    let first = ws.iter().position(|w| {
        let b = w.bare();
        matches!(b.as_str(), "he" | "she" | "they" | "it")
            || (super::people::is_capitalized(w.text) && !super::people::name_phrases(w.text).iter().all(|p| p.name.is_empty()))
    })?;
    let mut end = first + 1;
    while end < ws.len() && !ws[end - 1].ends_clause() && super::people::is_capitalized(ws[end].text) {
        end += 1;
    }
    // "The leader of Ennahda, Rachid Ghannouchi, condemned …": the appositive names the subject.
    let mut comma = first;
    while comma < ws.len() && !ws[comma].ends_clause() && comma - first < 8 {
        comma += 1;
    }
    if comma + 1 < ws.len() && ws[comma].text.ends_with(',') {
        let start = comma + 1;
        let mut stop = start;
        while stop < ws.len() && super::people::is_capitalized(ws[stop].text) && stop - start < 4 {
            stop += 1;
            if ws[stop - 1].text.ends_with(',') {
                if stop - start >= 2 {
                    return phrase(ws, start, stop);
                }
                break;
            }
        }
    }
    phrase(ws, first, end).filter(plausible_subject)
}

/// A closing attribution later in the sentence: “…” in that law, Azzouz said.
pub fn sentence_tail(ws: &[Word]) -> Option<Found> {
    let comma = ws.iter().rposition(|w| w.text.ends_with(','))?;
    if ws.len() - comma > 7 {
        return None;
    }
    after_quote(&ws[comma + 1..])
}

/// Attribution before the opening mark: the last cue in the sentence before it.
/// `ws` are the sentence's words up to the quotation.
pub fn before_quote(ws: &[Word]) -> Option<Found> {
    for k in (0..ws.len()).rev() {
        let w = ws[k].bare();
        if w == "to" && k > 0 && ws[k - 1].bare() == "according" {
            return subject_after(ws, k).filter(plausible_subject).map(|f| with_cue(f, "according to"));
        }
        // The quotation may sit deep in the cue's complement ("said he thought that … had made a “deal”").
        if ws[k].is_cue_at(k) && ws.len() - k <= MAX_CUE_DISTANCE {
            // "X did Y, saying …" / "X responded by saying …": a participle takes the sentence's subject.
            if w.ends_with("ing") && k > 0 && (ws[k - 1].text.ends_with(',') || ws[k - 1].bare() == "by") {
                return sentence_subject(&ws[..k]).map(|f| with_cue(f, &w));
            }
            return subject_before(ws, k).filter(plausible_subject).map(|f| with_cue(f, &w));
        }
    }
    None
}

/// Indirect speech in one sentence without quotation marks: the content clause
/// (byte range), the speaker phrase and the cue.
pub fn indirect(ws: &[Word], sentence_end: usize) -> Option<(Range<usize>, Found)> {
    let lex = lexicon();
    let n = ws.len();
    if n < 6 {
        return None;
    }
    // "According to X, CLAUSE."
    if ws[0].bare() == "according" && ws[1].bare() == "to" {
        let f = subject_after(ws, 1)?;
        let clause_start = ws.iter().position(|w| w.at >= f.phrase.end)?;
        return clause(ws, clause_start, sentence_end).map(|r| (r, with_cue(f, "according to")));
    }
    // "CLAUSE, X said." / "CLAUSE, X said Friday, as …" / "CLAUSE, according to X."
    for k in (1..n).rev() {
        if !ws[k - 1].text.ends_with(',') || ws[..k - 1].len() < 3 {
            continue;
        }
        let content_end = ws[k - 1].at + ws[k - 1].text.len() - 1;
        if ws[k].bare() == "according" && ws.get(k + 1).is_some_and(|w| w.bare() == "to") {
            let f = subject_after(ws, k + 1)?;
            return clause(ws, 0, content_end).map(|r| (r, with_cue(f, "according to")));
        }
        // ", which they said was …" is a relative clause, not an attribution of what came before.
        if matches!(
            ws[k].bare().as_str(),
            "which" | "who" | "that" | "what" | "where" | "when" | "as" | "but" | "and" | "though" | "although" | "while" | "because" | "since" | "after" | "before" | "if" | "so" | "or" | "until" | "unless"
        ) {
            continue;
        }
        let Some(c) = (k..n.min(k + 8)).find(|&c| lex.is_indirect_cue(&ws[c].bare())) else { continue };
        // The attribution clause ends soon after its cue ("said Friday afternoon,").
        let closes = (c..n.min(c + 4)).any(|e| ws[e].ends_clause()) || c + 1 == n;
        let Some(f) = (if c == k { subject_after(ws, c) } else { subject_before(ws, c) }) else { continue };
        // The clause is unambiguous, so any short phrase names the source (", a source said.").
        if closes && f.words.len() <= 6 && f.phrase.start >= ws[k].at {
            let cue = ws[c].bare();
            return clause(ws, 0, content_end).map(|r| (r, with_cue(f, &cue)));
        }
    }
    // "X said (that) CLAUSE."
    for k in 1..n.saturating_sub(3) {
        let w = ws[k].bare();
        // "to claim the territories" is an infinitive, not someone claiming.
        if ws[k - 1].bare() == "to" {
            continue;
        }
        // "told reporters that", "said on Wednesday that": skip to "that" when it is close.
        let that = (k + 1..n.min(k + 6)).find(|&t| ws[t].bare() == "that");
        let cue = match that {
            Some(_) => lex.is_cue(&w),
            // Without "that", a clause must follow: "said Russia has …", "argued the plan would …".
            None => lex.is_indirect_cue(&w) && (BARE_CLAUSE_CUES.contains(&w.as_str()) || ws.get(k + 1).is_some_and(|x| starts_clause(x))),
        };
        if !cue {
            continue;
        }
        let Some(f) = subject_before(ws, k).filter(plausible_subject) else { continue };
        return clause(ws, that.map_or(k + 1, |t| t + 1), sentence_end).map(|r| (r, with_cue(f, &w)));
    }
    None
}

/// Whether a word can open a clause: a subject pronoun, an article or a name.
fn starts_clause(w: &Word) -> bool {
    matches!(w.bare().as_str(), "he" | "she" | "they" | "it" | "we" | "i" | "the" | "a" | "an" | "there" | "this" | "his" | "her" | "their")
        || super::people::is_capitalized(w.text)
}

/// Cues that take a clause without "that" ("Trump said Russia has no plans").
const BARE_CLAUSE_CUES: &[&str] = &["said", "says", "say", "added", "argued", "believes", "warned", "insisted", "noted", "stated", "claimed", "told", "wrote", "explained", "reported", "predicted", "acknowledged", "conceded", "suggested", "announced"];

/// Transcript lines: "PENCE: Well, the question really should be …" → speaker and words.
pub fn transcript_line(text: &str) -> Option<(Range<usize>, Range<usize>)> {
    let colon = text.find(':')?;
    let label = &text[..colon];
    let words: Vec<&str> = label.split_whitespace().collect();
    let caps = label.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    let rest = text[colon + 1..].trim_start();
    if words.is_empty() || words.len() > 3 || !caps || label.chars().filter(|c| c.is_alphabetic()).count() < 2 || rest.split_whitespace().count() < 4 {
        return None;
    }
    let start = text.len() - rest.len();
    Some((0..colon, start..text.trim_end().len()))
}

/// The clause from word `from` to `end`, trimmed of closing punctuation; at
/// least four words, and not an introduction ending in a colon.
fn clause(ws: &[Word], from: usize, end: usize) -> Option<Range<usize>> {
    let first = ws.get(from)?;
    let inside: Vec<&Word> = ws[from..].iter().take_while(|w| w.at < end).collect();
    if inside.len() < 4 || inside.last().is_some_and(|w| w.text.ends_with(':')) {
        return None;
    }
    Some(first.at..end)
}
