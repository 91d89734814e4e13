//! Sentence splitting for news prose: abbreviations ("Mr.", "U.S.", initials),
//! numbers ("3.5"), and quotations (a sentence inside “…” does not end the
//! sentence that carries its attribution: “We will.” Trump said).

use crate::text::SplitWords;
use std::ops::Range;
use std::sync::OnceLock;
use crate::hash::WordLists;

/// Words that end with a period without ending the sentence, titles before a name among
/// them ("Del. Stacey Plaskett", "Det. Sgt. Ann Lee").
const ABBREVIATIONS: &str = "mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm maj st jr sr inc co corp ltd no vol vs \
    etc e.g i.e jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n d.c a.m p.m pres supt rev \
    hon messrs mt ft approx dept est fig ave blvd rd u.s.a e.u sen atty gov't univ assn bros n.y l.a \
    calif fla mass wash ore ill pa va del pvt cpl det insp fr msgr amb sec rt gens reps sens govs";

const OPENING_QUOTES: &[char] = &['“', '„', '«', '「', '『', '"'];
const CLOSERS: &[char] = &['"', '”', '“', '’', '\'', ')', ']', '»', '」', '』', '›'];

/// Also asked by the name finder: a title written short ("Capt.") does not end a name.
pub(crate) fn is_abbreviation(word: &str) -> bool {
    let w = crate::text::lower(crate::text::trim_by(word, true, false, &|c: char| !c.is_alphanumeric()).trim_end_matches('.'));
    if crate::text::is_initials(&w) {
        return true; // "J. Smith", "J.J. MacNab", "U.S."
    }
    // (Asked at every period: a lookup, not a scan of the list's text.)
    static INDEX: OnceLock<WordLists> = OnceLock::new();
    WordLists::cached(&INDEX, &[(1, ABBREVIATIONS)]).of(&w) != 0
}

/// Words of a dateline before its dash ("ATLANTIC CITY, N.J., July 6 (AP) —").
const MAX_DATELINE_WORDS: usize = 9;

/// Whether a sentence is a wire photo's caption set in the text ("In this photo dated
/// Tuesday, …"): neither a summary sentence nor a claim.
pub fn is_photo_caption(s: &str) -> bool {
    s.starts_with("In this photo") || s.starts_with("In this file photo")
}

/// Bytes of a wire dateline opening `s` ("HOUSTON (Reuters) - "), or 0.
pub fn dateline_len(s: &str) -> usize {
    // (Words, not `words_at`: its maps were a dyn iterator's code and an `nth` of their own.)
    match dateline_words(&mut crate::text::words(s)) {
        0 => 0,
        // (The offset by pointers, as `words_at` tells it.)
        n => crate::text::words(s).nth(n).map_or(s.len(), |w| w.as_ptr() as usize - s.as_ptr() as usize),
    }
}

/// How many of a sentence's first words are a wire dateline, its dash included
/// ("HOUSTON (Reuters) - A storm …" → 3), or a place in capitals before a colon
/// ("NEW DELHI: The …" → 2, as South Asian outlets write it); 0 without one. It
/// opens with a word in capitals, and a dash stands apart soon after; or with a
/// place in mixed case, when the agency's name in brackets stands before the dash
/// ("Skopje, 7 April 2023 (MIA) - " → 6).
/// (A `dyn` iterator: one copy in the wasm for its two callers' iterator types.)
pub fn dateline_words(words: &mut dyn Iterator<Item = &str>) -> usize {
    let capitals = |w: &str| crate::text::trim_to_word(w).len() >= 3 && !w.chars().any(char::is_lowercase);
    let mut words = words.take(MAX_DATELINE_WORDS);
    let first = words.next().unwrap_or_default();
    let cased = capitals(first);
    if !cased && !crate::text::first_char(first).is_some_and(char::is_uppercase) {
        return 0;
    }
    if cased && first.ends_with(":") {
        return 1;
    }
    // (A word list, not a match: less wasm; asked only after a first word in capitals.)
    // (A loop: position() on the dyn iterator was a try_fold of its own.)
    let mut agency = false;
    for (d, w) in words.enumerate() {
        // (The dash looked for only after capitals or an agency: most sentences have neither.)
        if (cased || agency) && crate::text::is_listed("— – ― - --", w) || cased && w.ends_with(":") && capitals(w) {
            return d + 2;
        }
        // (Indian wires leave the dash out: "New Delhi, Dec 2 (PTI) Finance Minister …".)
        if agency && crate::text::first_char(w).is_some_and(char::is_uppercase) {
            return d + 1;
        }
        // (In capitals, or a wire that writes its name in mixed case: "Sept 18 (Reuters) - ".)
        agency = w.len() > 3 && w.starts_with("(") && w.ends_with(")") && (!w.chars().any(char::is_lowercase) || crate::text::is_listed("(Reuters) (Xinhua) (Bernama) (Yonhap) (Bloomberg) (dpa)", w));
    }
    0
}

/// Splits `text` into sentence byte ranges (trimmed, never empty).
pub fn split(text: &str) -> Vec<Range<usize>> {
    // The chars are walked in place, those after a terminal read by byte offset: a vector of
    // every char and its offset cost 16 bytes a char and a pass of its own over each block.
    let at = |p: usize| text[p..].chars().next();
    let mut out = Vec::new();
    let mut start = 0;
    let mut depth = 0i32;
    // Where each double-quote run closes, so an unclosed quote (continued in the
    // next paragraph) does not swallow the rest of the block.
    // (Last positions, found once: a scan per mark would be quadratic in a long block.)
    // (”, » and 」 by their UTF-8 bytes: std's reverse char searcher decodes every char.)
    let b = text.as_bytes();
    // (Plain loops here and below: at opt-level "z" an iterator's closure, or `chars()`,
    // is an out-of-line call at every byte or char of every block.)
    let mut last_closer = None;
    let mut i = b.len();
    while i > 0 {
        i -= 1;
        // (A lead byte first: the pattern's slice match at every byte of a block was 0.7 % of the analysis.)
        if b[i] >= 0xC2 && matches!(b[i..], [0xE2, 0x80, 0x9D, ..] | [0xC2, 0xBB, ..] | [0xE3, 0x80, 0x8D, ..]) {
            last_closer = Some(i);
            break;
        }
    }
    let last_straight = crate::text::rfind_ascii(text, b'"');
    let closes_later = |from: usize| last_closer.is_some_and(|l| l > from);
    // The char before the current one.
    let mut prev = None;
    let mut pos = 0;
    while let Some(&byte) = b.get(pos) {
        // (Letters, digits and spaces, most of a text, neither quote nor end anything.)
        if byte.is_ascii_alphanumeric() || byte == b' ' {
            prev = Some(char::from(byte));
            pos += 1;
            continue;
        }
        let c = crate::text::char_at(text, pos);
        match c {
            // “ hugging the words before it closes (a typo for ”: “It's unusual,“ said …; German „…“).
            '“' if depth > 0 && !prev.is_some_and(char::is_whitespace) => depth -= 1,
            '“' | '«' | '„' | '「' if closes_later(pos) => depth += 1,
            '”' | '»' | '」' => depth = (depth - 1).max(0),
            '"' => {
                // Straight quotes: opening when preceded by space/start.
                let prev = prev.unwrap_or(' ');
                if prev.is_whitespace() || prev == '(' || prev == '—' {
                    if last_straight.is_some_and(|l| l > pos) {
                        depth += 1;
                    }
                } else {
                    depth = (depth - 1).max(0);
                }
            }
            // A line break (a <br>) ends a sentence outside quotations: list items, headings set in a paragraph.
            '\n' if depth == 0 => {
                push_trimmed(text, start, pos, &mut out);
                start = pos + 1;
            }
            _ => {}
        }
        prev = Some(c);
        let terminal = matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？' | '؟');
        if !terminal {
            pos += c.len_utf8();
            continue;
        }
        let quoted_terminal = depth > 0;
        // Take the run of terminators and closers that follows, reference marks too ("… in 1300.[18][a] Māori …").
        let mut end = pos + c.len_utf8();
        let mut mark = false;
        while let Some(d) = at(end).filter(|&d| matches!(d, '.' | '!' | '?' | '…' | '[') || CLOSERS.contains(&d) || mark && d.is_ascii_alphanumeric()) {
            mark = d == '[' || mark && d != ']';
            if matches!(d, '”' | '»' | '“' | '"') {
                depth = (depth - 1).max(0);
            }
            end += d.len_utf8();
            prev = Some(d);
        }
        let next_is_break = at(end).is_none_or(char::is_whitespace);
        let pos = std::mem::replace(&mut pos, end);
        if !next_is_break || (c == '.' && depth > 0) || matches!(c, '!' | '?') && depth > 0 {
            continue;
        }
        // The next word decides: a lower-case word continues the sentence.
        let mut k = end;
        while let Some(w) = at(k).filter(|w| w.is_whitespace()) {
            k += w.len_utf8();
        }
        let next = at(k);
        let continues = next.is_some_and(|n| n.is_lowercase() || n == ',' || n == ';')
            || (quoted_terminal && depth == 0 && attribution_follows(&text[end..]));
        let word_start = text[..pos].char_indices().rfind(|(_, ch)| ch.is_whitespace()).map_or(0, |(p, ch)| p + ch.len_utf8());
        let word = &text[word_start..pos + c.len_utf8()];
        // (Not a letter after "on": "she wrote on X. Another user …" names the platform.)
        let platform = word.len() == 2 && text[..word_start].ends_with(" on ");
        let abbreviation = c == '.' && is_abbreviation(word) && !platform && !next.is_some_and(|n| OPENING_QUOTES.contains(&n));
        let decimal = c == '.' && next.is_some_and(|n| n.is_ascii_digit()) && k == end;
        // (Brands that end in "!": "told E! News that …".)
        let brand = c == '!' && crate::text::is_listed("E! Yahoo!", word);
        if continues || abbreviation || decimal || brand {
            continue;
        }
        push_trimmed(text, start, end, &mut out);
        start = end;
        depth = 0;
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

/// Whether `rest` opens with a short attribution clause ("Trump said." / "said the mayor.")
/// that belongs to the quotation before it.
fn attribution_follows(rest: &str) -> bool {
    // (Not another quotation's: “…” “We will,” Fee said.)
    if rest.trimmed_start().starts_with(OPENING_QUOTES) {
        return false;
    }
    let clause = rest.split_inclusive(&['.', '!', '?'][..]).next().unwrap_or("");
    let words: Vec<&str> = clause.words().collect();
    words.len() <= 6 && words.iter().any(|w| crate::quotes::cues::lexicon().is_cue(w))
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Range<usize>>) {
    let s = &text[start..end];
    let lead = s.len() - s.trimmed_start().len();
    let trail = s.len() - s.trimmed_end().len();
    if start + lead < end - trail {
        out.push(start + lead..end - trail);
    }
}

#[cfg(test)]
mod tests {
    use super::split;

    #[test]
    fn datelines() {
        use super::dateline_words;
        assert_eq!(dateline_words(&mut "HOUSTON (Reuters) - A storm hit".split(' ')), 3);
        assert_eq!(dateline_words(&mut "LOS ANGELES, Sept. 28 (UPI) — In a clip".split(' ')), 6);
        assert_eq!(dateline_words(&mut "WASHINGTON -- President Obama said".split(' ')), 2);
        assert_eq!(dateline_words(&mut "The mayor - a former judge - said".split(' ')), 0);
        assert_eq!(dateline_words(&mut "NEW DELHI: The government said".split(' ')), 2);
        assert_eq!(dateline_words(&mut "NASA said: the launch".split(' ')), 0);
        assert_eq!(dateline_words(&mut "Skopje, 7 April 2023 (MIA) - Latest data shows".split(' ')), 6);
        assert_eq!(dateline_words(&mut "Kyiv (AP) — The city".split(' ')), 3);
        assert_eq!(dateline_words(&mut "Jones (R) said - and he meant it".split(' ')), 0);
        assert_eq!(dateline_words(&mut "New Delhi, Dec 2 (PTI) Finance Minister Nirmala Sitharaman said".split(' ')), 5);
        assert_eq!(dateline_words(&mut "Sept 18 (Reuters) - A suspect has been arrested".split(' ')), 4);
        assert_eq!(dateline_words(&mut "WASHINGTON ― Donald Trump said".split(' ')), 2);
        assert_eq!(dateline_words(&mut "Jones (Labour) - a former judge - said".split(' ')), 0);
    }

    fn sentences(t: &str) -> Vec<&str> {
        split(t).into_iter().map(|r| &t[r]).collect()
    }

    #[test]
    fn abbreviations_and_numbers_do_not_split() {
        let t = "Mr. Smith paid $3.5 million in the U.S. capital. He left at 5 p.m. on Friday.";
        assert_eq!(sentences(t), vec!["Mr. Smith paid $3.5 million in the U.S. capital.", "He left at 5 p.m. on Friday."]);
    }

    #[test]
    fn a_letter_after_on_is_a_platform_not_an_initial() {
        let t = "She replied on X. Another user wrote back. It was signed by John F. Kennedy Jr. on Monday.";
        assert_eq!(sentences(t), vec!["She replied on X.", "Another user wrote back.", "It was signed by John F. Kennedy Jr. on Monday."]);
    }

    #[test]
    fn a_brand_ending_in_an_exclamation_mark_ends_no_sentence() {
        let t = "The Democrat told Yahoo! News that he was right. A rep told E! News it was fake! Then she left.";
        assert_eq!(sentences(t), vec!["The Democrat told Yahoo! News that he was right.", "A rep told E! News it was fake!", "Then she left."]);
    }

    #[test]
    fn quoted_sentences_stay_with_their_attribution() {
        let t = "“We also discussed Iran. It must be quick!” Trump said. Putin agreed.";
        assert_eq!(sentences(t), vec!["“We also discussed Iran. It must be quick!” Trump said.", "Putin agreed."]);
    }

    #[test]
    fn a_quotation_after_a_quoted_terminal_opens_a_sentence() {
        let t = "Fee called the charges “baseless.” “We will fight them,” Fee said.";
        assert_eq!(sentences(t), vec!["Fee called the charges “baseless.”", "“We will fight them,” Fee said."]);
    }

    #[test]
    fn a_left_mark_hugging_the_words_closes() {
        let t = "“It's unusual,“ said Larry Noble, a lawyer. “It's hard.”";
        assert_eq!(sentences(t), vec!["“It's unusual,“ said Larry Noble, a lawyer.", "“It's hard.”"]);
        assert_eq!(sentences("Er sagte: „Wir warten.“ Dann ging er."), vec!["Er sagte: „Wir warten.“", "Dann ging er."]);
    }

    #[test]
    fn an_unclosed_quote_does_not_swallow_the_block() {
        let t = "“This is the first paragraph of a long quote. It goes on.";
        assert_eq!(sentences(t).len(), 2);
    }

    #[test]
    fn wide_whitespace_before_a_terminal() {
        assert_eq!(sentences("\u{a0}?"), vec!["?"]);
    }

    #[test]
    fn reference_marks_after_the_terminal_end_the_sentence() {
        let t = "It was settled around 1300.[18] Māori leaders said it was sacred.[19][a] The treaty [c] followed.";
        assert_eq!(sentences(t), vec!["It was settled around 1300.[18]", "Māori leaders said it was sacred.[19][a]", "The treaty [c] followed."]);
        // A bracket after the space belongs to what follows.
        assert_eq!(sentences("He left. [Laughter] Then he came back.").len(), 2);
    }

    #[test]
    fn question_and_exclamation_end_sentences() {
        assert_eq!(sentences("Is it true? Yes! It is.").len(), 3);
    }
}
