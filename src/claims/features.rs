//! Sentence → features, shared by inference and `examples/train_claims.rs`
//! so that the weights always see what they were trained on.
//!
//! Two kinds: word unigrams and bigrams as 32-bit hashes (the model folds
//! them into its own bucket count, and words outside its vocabulary into
//! their shape), and hand-made cues that generalise past the training
//! vocabulary (any number, any name, any month).

use crate::text::Lowered;
use crate::hash::WordLists;
use std::ops::Range;
use std::sync::OnceLock;

/// One hand-made cue: an identifier (for the trainer's report) and, when it
/// can explain a verdict, the reason shown to the user.
pub struct Cue {
    pub name: &'static str,
    pub reason: Option<&'static str>,
    /// Whether the reason explains a high score (true) or a low one.
    pub supports_claim: bool,
}

const fn cue(name: &'static str, reason: Option<&'static str>, supports_claim: bool) -> Cue {
    Cue { name, reason, supports_claim }
}

pub const NUMBER: &str = "number or statistic";
pub const COMPARISON: &str = "comparison or superlative";
pub const CAUSE: &str = "cause and effect";
pub const ATTRIBUTION: &str = "attributed fact";
pub const EVENT: &str = "event with date, place or actor";
pub const OPINION: &str = "opinion or belief";
pub const PREDICTION: &str = "prediction, promise or advice";
pub const QUESTION: &str = "question";
pub const HEDGE: &str = "hedged";

/// The cues, in the order of [`Features::cues`] and of the cue weights.
pub const CUES: [Cue; 20] = [
    cue("digits", Some(NUMBER), true),
    cue("percent", Some(NUMBER), true),
    cue("money", Some(NUMBER), true),
    cue("number_word", Some(NUMBER), true),
    cue("comparative", Some(COMPARISON), true),
    cue("superlative", Some(COMPARISON), true),
    cue("change", Some(COMPARISON), true),
    cue("causal", Some(CAUSE), true),
    cue("attribution", Some(ATTRIBUTION), true),
    cue("names", Some(EVENT), true),
    cue("date", Some(EVENT), true),
    cue("past_verb", None, true),
    cue("opinion", Some(OPINION), false),
    cue("modal", Some(PREDICTION), false),
    cue("future", Some(PREDICTION), false),
    cue("question", Some(QUESTION), false),
    cue("hedge", Some(HEDGE), false),
    cue("second_person", None, false),
    cue("short", None, false),
    cue("length", None, true),
];
const C_DIGITS: usize = 0;
const C_PERCENT: usize = 1;
const C_MONEY: usize = 2;
const C_NUMBER_WORD: usize = 3;
const C_COMPARATIVE: usize = 4;
const C_SUPERLATIVE: usize = 5;
const C_CHANGE: usize = 6;
const C_CAUSAL: usize = 7;
const C_ATTRIBUTION: usize = 8;
const C_NAMES: usize = 9;
const C_DATE: usize = 10;
const C_PAST: usize = 11;
const C_OPINION: usize = 12;
const C_MODAL: usize = 13;
const C_FUTURE: usize = 14;
const C_QUESTION: usize = 15;
const C_HEDGE: usize = 16;
const C_YOU: usize = 17;
const C_SHORT: usize = 18;
const C_LENGTH: usize = 19;

pub struct Features {
    /// The words' texts, one after another: one buffer, not a String per word.
    text: String,
    words: Vec<Word>,
    /// Cue values in 0..=1, indexed like [`CUES`].
    pub cues: [f32; CUES.len()],
}

struct Word {
    /// Where [`Features::text`] holds the word, lower-cased; any number
    /// folded to `<num>` or `<year>` so that "7" and "93" share a weight.
    text: Range<usize>,
    /// What stands in for the word when the model's vocabulary lacks it
    /// (a name, an -ed verb, ...): an unseen word then still carries a
    /// trained weight instead of a random collision's.
    shape: &'static str,
    capitalized: bool,
    has_digit: bool,
}

impl Features {
    /// The words, lower-cased, numbers folded.
    pub fn words(&self) -> impl Iterator<Item = &str> {
        self.words.iter().map(|w| &self.text[w.text.clone()])
    }

    /// FNV-1a hashes of the unigrams and bigrams (with sentence
    /// boundaries), unknown words replaced by their shape.
    pub fn hashes(&self, known: impl Fn(&str) -> bool) -> Vec<u32> {
        let mut out = Vec::with_capacity(2 * self.words.len() + 1);
        // A bigram's hash goes on from its first word's: each word is hashed twice, not three times.
        let mut prev = fnv1a(&["<s>"]);
        for (w, text) in self.words.iter().zip(self.words()) {
            let t = if known(text) { text } else { w.shape };
            let unigram = fnv1a(&[t]);
            out.push(unigram);
            out.push(fnv_more(prev, t));
            prev = unigram;
        }
        out.push(fnv_more(prev, "</s>"));
        out
    }
}

fn shape(w: &str, capitalized: bool) -> &'static str {
    // (All in capitals is capitalized too: most words are out at their first char.)
    if capitalized && w.len() > 1 && w.chars().all(|c| c.is_uppercase()) {
        return "<ACRONYM>";
    }
    if capitalized {
        return "<Name>";
    }
    // The suffixes end in different letters, so one match on the last bytes tells them (a list
    // of suffixes asked in turn by `ends_with` was a memcmp call or three for every word).
    match w.as_bytes() {
        [.., b'i', b'n', b'g'] => "<-ing>",
        [.., b'e', b'd'] => "<-ed>",
        [.., b'l', b'y'] => "<-ly>",
        [.., b'e', b's', b't'] => "<-est>",
        [.., b'e', b'r'] => "<-er>",
        [.., b't', b'i', b'o', b'n'] => "<-tion>",
        [.., b'a', b'l'] => "<-al>",
        [.., b's'] => "<-s>",
        _ => "<w>",
    }
}

/// The words of `sentence`, their texts written into `text`.
fn tokenize(sentence: &str, text: &mut String) -> Vec<Word> {
    // Room for a word every five bytes or so: grown from empty, the list was copied
    // several times a sentence.
    let mut out = Vec::with_capacity(sentence.len() / 5);
    // The word being read, reused from word to word.
    let mut word = String::new();
    let flush = |word: &mut String, text: &mut String, out: &mut Vec<Word>| {
        // (Apostrophes trimmed by a byte loop: std's trims with a char were a searcher's
        // calls, and `starts_with` a memcmp, for every word.)
        let b = word.as_bytes();
        let (mut from, mut to) = (0, b.len());
        while from < to && b[from] == b'\'' {
            from += 1;
        }
        while to > from && b[to - 1] == b'\'' {
            to -= 1;
        }
        // SAFETY: the ends are the word's or stand next to ASCII apostrophes, char boundaries.
        let w = unsafe { word.get_unchecked(from..to) };
        if !w.is_empty() {
            let has_digit = w.bytes().any(|b| b.is_ascii_digit());
            let start = text.len();
            if has_digit {
                text.push_str(if w.len() == 4 && (w.starts_with("19") || w.starts_with("20")) { "<year>" } else { "<num>" });
            } else if w.is_ascii() {
                // (Copied, then lowered in place, rather than pushed a char at a time.)
                text.push_str(w);
                text[start..].make_ascii_lowercase();
            } else {
                text.push_str(&w.lowered());
            }
            let capitalized = crate::text::char_at(w, 0).is_uppercase();
            out.push(Word { shape: shape(w, capitalized), text: start..text.len(), capitalized, has_digit });
        }
        word.clear();
    };
    let apostrophe = |c: char| if c == '’' || c == '‘' { '\'' } else { c };
    // (A plain loop for the rest: the map extended with was a fold of its own.)
    let copy = |word: &mut String, s: &str| {
        if s.is_ascii() {
            word.push_str(s);
        } else {
            for c in s.chars() {
                word.push(apostrophe(c));
            }
        }
    };
    // Read by bytes, a char decoded only where one is not ASCII, and each word copied at its
    // end: at opt-level "z" a `chars()` loop pushing char by char made three calls a char.
    let bytes = sentence.as_bytes();
    let mut word_start = None;
    let mut i = 0;
    // To one past the end, where `char_at` reads a space that ends the last word: its words
    // all end in one place (two calls of `copy` and `flush` were their closures out of line).
    while i <= bytes.len() {
        let at = i;
        let c = crate::text::char_at(sentence, at);
        i += c.len_utf8();
        let c = apostrophe(c);
        // (A digit is one byte: the bytes either side tell a number's "3.5" or "1,000".)
        let in_number = at > 0 && bytes[at - 1].is_ascii_digit() && bytes.get(i).is_some_and(u8::is_ascii_digit);
        if crate::text::is_alphanumeric(c) || c == '\'' || ((c == '.' || c == ',') && in_number) {
            word_start.get_or_insert(at);
        } else {
            // SAFETY (both slices): `i` steps from char to char, so every `at` is a boundary.
            if let Some(s) = word_start.take() {
                copy(&mut word, unsafe { sentence.get_unchecked(s..at) });
                flush(&mut word, text, &mut out);
            }
            if matches!(c, '$' | '%' | '£' | '€' | '?' | '!') {
                let start = text.len();
                text.push(c);
                out.push(Word { text: start..text.len(), shape: "<w>", capitalized: false, has_digit: false });
            }
        }
    }
    out
}

const FNV_PRIME: u32 = 0x0100_0193;

/// FNV-1a over the parts, each after the first preceded by a 0x1f separator.
pub fn fnv1a(parts: &[&str]) -> u32 {
    let mut h = fold(0x811c_9dc5, parts.first().unwrap_or(&""));
    for p in parts.iter().skip(1) {
        h = fnv_more(h, p);
    }
    h
}

/// `fnv1a` of one part, at compile time.
pub const fn fnv_const(p: &[u8]) -> u32 {
    let (mut h, mut i) = (0x811c_9dc5u32, 0);
    while i < p.len() {
        h = (h ^ p[i] as u32).wrapping_mul(FNV_PRIME);
        i += 1;
    }
    h
}

/// `fnv1a(&[a, .., p])` from `fnv1a(&[a, ..])`.
pub fn fnv_more(h: u32, p: &str) -> u32 {
    fold((h ^ 0x1f).wrapping_mul(FNV_PRIME), p)
}

fn fold(h: u32, p: &str) -> u32 {
    p.bytes().fold(h, |h, b| (h ^ b as u32).wrapping_mul(FNV_PRIME))
}

// Word lists, space-separated to stay compact. Each list is a bit: `lists_of`
// gives a word's lists as one mask, looked up once per word of each sentence
// (this runs over every sentence of the article).
const NUMBER_WORDS: u16 = 1 << 0;
const MONEY_WORDS: u16 = 1 << 1;
const COMPARATIVES: u16 = 1 << 2;
const SUPERLATIVES: u16 = 1 << 3;
const CHANGE_WORDS: u16 = 1 << 4;
const CAUSAL_WORDS: u16 = 1 << 5;
const ATTRIBUTION_WORDS: u16 = 1 << 6;
const DATES: u16 = 1 << 7;
const MODALS: u16 = 1 << 8;
const FUTURE: u16 = 1 << 9;
const HEDGES: u16 = 1 << 10;
const OPINION_VERBS: u16 = 1 << 11;
const OPINION_WORDS: u16 = 1 << 12;
const WH_START: u16 = 1 << 13;

const LISTS: [(u16, &str); 14] = [
    (NUMBER_WORDS, "\
    two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty \
    seventy eighty ninety hundred hundreds thousand thousands million millions billion billions trillion \
    trillions dozen dozens half twice triple quarter third percent <num> <year> once zero none \
    approximately nearly almost"),
    (MONEY_WORDS, "\
    $ £ € dollar dollars budget tax taxes deficit debt cost costs spending spend spent paid pay"),
    (COMPARATIVES, "\
    than more less fewer higher lower larger smaller bigger greater faster slower better worse compared"),
    (SUPERLATIVES, "\
    most least best worst largest biggest highest lowest greatest smallest fastest only ever record \
    history first last every never"),
    (CHANGE_WORDS, "\
    increased increase increases decreased decrease cut cuts raised rose risen fell fallen dropped \
    doubled tripled grew grown lost gained created reduced declined up down added eliminated balanced"),
    (CAUSAL_WORDS, "\
    because caused causing causes cause therefore result resulted resulting led leading thanks \
    consequence due after following"),
    (ATTRIBUTION_WORDS, "\
    said says according reported reports announced confirmed told stated disclosed revealed testified \
    admitted claimed wrote showed shows found voted signed passed vetoed supported opposed"),
    (DATES, "\
    january february march april june july august september october november december monday tuesday \
    wednesday thursday friday saturday sunday yesterday ago <year> week month year years since today"),
    (MODALS, "should must would could may might ought can i'd we'd you'd need needs"),
    (FUTURE, "will won't i'll we'll you'll they'll he'll she'll it'll gonna tomorrow promise"),
    (HEDGES, "\
    perhaps maybe probably possibly likely unlikely seems seem seemed appears apparently suggests \
    suppose guess somewhat whether if"),
    (OPINION_VERBS, "\
    think believe feel hope want wish guess suspect like love hate know agree disagree suggest"),
    (OPINION_WORDS, "\
    opinion view frankly honestly wrong right important good bad great terrible wonderful fair unfair \
    clearly obviously surely let let's thank thanks"),
    (WH_START, "\
    what why how who where when which do does did is are isn't aren't don't doesn't didn't"),
];

fn lists_of(word: &str) -> u16 {
    static INDEX: OnceLock<WordLists> = OnceLock::new();
    WordLists::cached(&INDEX, &LISTS).of(word)
}

pub fn extract(sentence: &str) -> Features {
    let mut text = String::with_capacity(sentence.len());
    let toks = tokenize(sentence, &mut text);
    // (A plain loop: each map collected was a from_iter and a fold of its own.)
    let mut words: Vec<&str> = Vec::with_capacity(toks.len());
    let mut masks: Vec<u16> = Vec::with_capacity(toks.len());
    for t in &toks {
        let w = &text[t.text.clone()];
        words.push(w);
        masks.push(lists_of(w));
    }
    let all = masks.iter().fold(0, |all, m| all | m);
    let any_in = |list: u16| all & list != 0;
    let has = |w: &str| words.contains(&w);
    let pair = |a: &str, b: &str| words.windows(2).any(|p| p[0] == a && p[1] == b);

    let mut c = [0f32; CUES.len()];
    let flag = |b: bool| if b { 1.0 } else { 0.0 };
    c[C_DIGITS] = flag(toks.iter().any(|t| t.has_digit));
    c[C_PERCENT] = flag(has("%") || has("percent") || pair("per", "cent"));
    c[C_MONEY] = flag(any_in(MONEY_WORDS));
    c[C_NUMBER_WORD] = flag(any_in(NUMBER_WORDS));
    c[C_COMPARATIVE] = flag(any_in(COMPARATIVES));
    c[C_SUPERLATIVE] = flag(any_in(SUPERLATIVES));
    c[C_CHANGE] = flag(any_in(CHANGE_WORDS));
    c[C_CAUSAL] = flag(any_in(CAUSAL_WORDS));
    c[C_ATTRIBUTION] = flag(any_in(ATTRIBUTION_WORDS));
    // A capital inside the sentence (not its first word, not "I") marks a
    // name: a person, place, organisation or programme.
    // (A loop and a word list: the filter().count() with a match was a fold of ~290 B.)
    let mut names = 0;
    for (t, w) in toks.iter().zip(&words).skip(1) {
        names += usize::from(t.capitalized && !crate::text::is_listed("i i'm i've i'd i'll", w));
    }
    c[C_NAMES] = (names as f32 / 3.0).min(1.0);
    // "May" is a month when capitalised mid-sentence, else a modal.
    let month_may = |i: usize| i > 0 && words[i] == "may" && toks[i].capitalized;
    c[C_DATE] = flag(any_in(DATES) || (0..toks.len()).any(month_may));
    c[C_PAST] = flag(words.iter().any(|w| w.len() > 4 && w.ends_with("ed") || matches!(*w, "was" | "were" | "had" | "did")));
    let first_person_opinion = words.windows(2).any(|p| matches!(p[0], "i" | "we") && lists_of(p[1]) & OPINION_VERBS != 0)
        || pair("i'm", "sure")
        || pair("my", "opinion")
        || any_in(OPINION_WORDS);
    c[C_OPINION] = flag(first_person_opinion);
    let modal = masks.iter().enumerate().any(|(i, m)| m & MODALS != 0 && !month_may(i))
        || pair("have", "to")
        || pair("got", "to");
    c[C_MODAL] = flag(modal);
    c[C_FUTURE] = flag(any_in(FUTURE) || pair("going", "to"));
    c[C_QUESTION] = flag(has("?") || masks.first().is_some_and(|m| m & WH_START != 0));
    c[C_HEDGE] = flag(any_in(HEDGES) || pair("kind", "of") || pair("sort", "of"));
    c[C_YOU] = flag(has("you") || has("your"));
    c[C_SHORT] = flag(toks.len() <= 6);
    c[C_LENGTH] = (toks.len() as f32 / 40.0).min(1.0);
    Features { text, words: toks, cues: c }
}
