//! Finds quotations by their marks in one paragraph: curly and straight double
//! quotes, single quotes used as quote marks (told apart from apostrophes),
//! «…», „…“, 「…」, and speech set off by dashes. Only the outermost quotation is
//! reported; a quotation left open at the end of a paragraph runs to its end (it
//! continues in the next).

use crate::text::SplitWords;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    /// Byte range of the words between the marks.
    pub inner: Range<usize>,
    /// Byte range including the marks (to the paragraph's end when unclosed).
    pub outer: Range<usize>,
    pub closed: bool,
}

fn closer_for(open: char) -> &'static [char] {
    match open {
        // Writers and CMS templates mix straight and curly marks (“…," she said. "…”).
        '“' => &['”', '“', '"'],
        '„' => &['“', '”'],
        '«' => &['»'],
        '「' => &['」'],
        '『' => &['』'],
        '‘' => &['’'],
        '‹' => &['›'],
        '"' => &['"', '”'],
        '\'' => &['\''],
        _ => &[],
    }
}

fn opens_word(prev: Option<char>, next: Option<char>) -> bool {
    prev.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':')) && next.is_some_and(|n| !n.is_whitespace())
}

/// Whether a closing single mark at this position ends a quotation rather than
/// being an apostrophe ("Russia’s", "’90s", "parents’ rights").
fn single_closes(prev: Option<char>, next: Option<char>) -> bool {
    prev.is_some_and(|p| !p.is_whitespace()) && next.is_none_or(|n| !n.is_alphanumeric())
}

/// Whether the single mark at `i` is a plural's apostrophe inside a single-quoted
/// quotation ('We understand residents' frustration and we're working on it.'):
/// after an "s", before a lower-case word, and the next single mark closes the
/// quotation rather than opening another ('… pressures' and were 'running …').
fn plural_possessive(chars: &[(usize, char)], i: usize) -> bool {
    let at = |j: usize| chars.get(j).map(|x| x.1);
    let mark = |j: usize| matches!(at(j), Some('’' | '‘' | '\''));
    at(i - 1) == Some('s') && at(i + 1) == Some(' ') && at(i + 2).is_some_and(char::is_lowercase) && {
        let next = (i + 1..chars.len()).find(|&j| mark(j) && (single_closes(at(j - 1), at(j + 1)) || opens_word(at(j - 1), at(j + 1))));
        next.is_some_and(|j| !opens_word(at(j - 1), at(j + 1)))
    }
}

/// The quotations of the paragraph `text`; `next_opens`: whether the next paragraph
/// opens with a straight double mark, as a quotation continued there does.
pub fn scan(text: &str, next_opens: bool) -> Vec<Span> {
    // Most paragraphs have no mark that opens a quotation (an apostrophe ’ opens none):
    // nothing to find, and the test costs a fraction of the scan.
    // Read by bytes: each of these marks starts with one of five bytes, and most
    // paragraphs are read to their end (std's char-set search decodes every char).
    let opening = |(i, b): (usize, u8)| matches!(b, b'"' | b'\'' | 0xC2 | 0xE2 | 0xE3) && text[i..].starts_with(&['“', '„', '«', '「', '『', '‹', '"', '‘', '\''][..]);
    if !text.bytes().enumerate().any(opening) && !text.starts_with(&['—', '―', '–'][..]) {
        return Vec::new();
    }
    let chars = crate::text::char_indices(text);
    // Where the last closing single mark of each kind stands: an opening mark
    // starts a quotation only when one closes after it (found once, not by a
    // search of the rest of the block per mark).
    let last_close = |closer: char| {
        (1..chars.len()).rev().find(|&j| chars[j].1 == closer && single_closes(Some(chars[j - 1].1), chars.get(j + 1).map(|x| x.1)))
    };
    let (last_curly, last_straight) = (last_close('’'), last_close('\''));
    let has_single_close = |from: usize, open: char| {
        let last = if open == '‘' { last_curly } else { last_straight };
        last.is_some_and(|j| j > from + 1)
    };
    let mut spans = Vec::new();
    let mut i = 0;
    // Speech set off by dashes (Spanish, Italian, Russian …): "—No vamos a ceder —dijo Montero",
    // "— Мы готовы, — сказал Путин": a dash opening the paragraph, and one before the words
    // in lower case that say who.
    let dash = |j: usize| matches!(chars.get(j).map(|x| x.1), Some('—' | '―' | '–'));
    if dash(0) {
        // (A reporting verb after it: "– særlig i Moskva" is the speech going on, to ", sier Zelenskyj".)
        // (Past an auxiliary: "— ha detto la premier".)
        let cue_after = |j: usize| {
            let mut words = text[chars[j].0 + chars[j].1.len_utf8()..].words().map(crate::text::trim_to_word);
            let mut word = words.next().unwrap_or_default();
            if crate::text::is_listed(super::cues::AUXILIARIES, word) {
                word = words.next().unwrap_or_default();
            }
            super::cues::lexicon().is_cue(word)
        };
        let close = (2..chars.len()).find(|&j| dash(j) && chars[j - 1].1 == ' ' && chars[j + 1..].iter().find(|x| x.1 != ' ').is_some_and(|x| x.1.is_lowercase()) && cue_after(j));
        if let Some(j) = close {
            let raw = &text[chars[1].0..chars[j - 1].0];
            let words = raw.trimmed();
            if crate::text::first_char(words).is_some_and(char::is_uppercase) {
                let start = chars[1].0 + raw.len() - raw.trimmed_start().len();
                push(text, &mut spans, 0, start, start + words.trim_end_matches(',').len(), chars[j].0 + chars[j].1.len_utf8(), true);
                i = j + 1;
                // "—A mi edad, ¿quién me va a contratar? —responde—. Me quedan seis años …": the
                // speech goes on after the dash closing the attribution, to the next dash or the end.
                let incise_end = (j + 1..chars.len().min(j + MAX_INCISE_CHARS)).find(|&k| dash(k) && chars[k - 1].1 != ' ');
                if let Some(k) = incise_end {
                    let after = chars[k + 1..].iter().skip_while(|x| matches!(x.1, '.' | ',' | ';' | ' ')).map(|x| x.0).next().unwrap_or(text.len());
                    let end = (k + 1..chars.len()).find(|&d| dash(d) && chars[d - 1].1 == ' ').map_or(text.len(), |d| chars[d].0);
                    if crate::text::first_char(&text[after..]).is_some_and(char::is_alphabetic) && end > after {
                        push(text, &mut spans, after, after, end, end, true);
                        i = chars.partition_point(|x| x.0 < end);
                    }
                }
            }
        } else if let Some(j) = attribution_tail(text, &chars) {
            // Scandinavian speech runs from its dash to the attribution closing the paragraph:
            // "– Dette er ikke noe vi gjør med glede, sier Marte Sandvik til Aftenposten."
            let start = chars[1..].iter().find(|x| x.1 != ' ').map_or(text.len(), |x| x.0);
            let end = chars[j].0 + if chars[j].1 == ',' { 0 } else { 1 };
            if crate::text::first_char(&text[start..]).is_some_and(char::is_uppercase) && end > start {
                push(text, &mut spans, 0, start, end, end, true);
                i = j + 1;
            }
        }
    }
    let mut open: Option<(usize, char)> = None; // char index and mark of the open quotation
    // Curly quotations opened inside a straight one ("… episode of “Shark Tank.” But …"):
    // their closing marks are theirs, not the straight quotation's.
    let mut nested = 0;
    while i < chars.len() {
        let (_, c) = chars[i];
        let prev = i.checked_sub(1).map(|p| chars[p].1);
        let next = chars.get(i + 1).map(|x| x.1);
        match open {
            None => {
                let starts = match c {
                    '“' | '„' | '«' | '「' | '『' | '‹' => next.is_some_and(|n| !n.is_whitespace() || c == '«'),
                    '"' => opens_word(prev, next),
                    '‘' | '\'' => opens_word(prev, next) && has_single_close(i, c),
                    _ => false,
                };
                if starts {
                    open = Some((i, c));
                }
            }
            Some((_, '"')) if c == '“' && next.is_some_and(|n| !n.is_whitespace()) => nested += 1,
            Some((_, '"')) if c == '”' && nested > 0 => nested -= 1,
            Some((start, mark)) => {
                let closes = closer_for(mark).contains(&c)
                    && match c {
                        '’' | '\'' => single_closes(prev, next) && !plural_possessive(&chars, i),
                        '"' => prev.is_some_and(|p| !p.is_whitespace()) || next.is_none_or(|n| n.is_whitespace()),
                        // A second opening curly mark with none closed between: the
                        // writer opened a new quotation; close the first only if the
                        // mark is really a German-style closer (followed by a non-letter).
                        '“' => mark == '„' || next.is_none_or(|n| !n.is_alphanumeric()),
                        _ => true,
                    };
                if closes {
                    let inner_start = chars[start].0 + chars[start].1.len_utf8();
                    let inner_end = chars[i].0;
                    let outer_end = chars[i].0 + c.len_utf8();
                    // « A, estime Paul Cassia, professeur. B » is two quotations around their attribution.
                    match incise(text, inner_start, inner_end).filter(|_| mark == '«') {
                        Some((comma, after)) => {
                            push(text, &mut spans, chars[start].0, inner_start, comma, comma, true);
                            push(text, &mut spans, after, after, inner_end, outer_end, true);
                        }
                        None => match dash_incise(text, inner_start, inner_end) {
                            // (The second part's outer start is its dash: the words between are the incise's.)
                            Some((open, close)) => {
                                push(text, &mut spans, chars[start].0, inner_start, open, open, true);
                                let after = close + text[close..].chars().next().map_or(0, char::len_utf8);
                                let words = after + text[after..inner_end].len() - text[after..inner_end].trim_start_matches(&[',', ' '][..]).len();
                                push(text, &mut spans, close, words, inner_end, outer_end, true);
                            }
                            None => push(text, &mut spans, chars[start].0, inner_start, inner_end, outer_end, true),
                        },
                    }
                    open = None;
                    nested = 0;
                }
            }
        }
        i += 1;
    }
    if let Some((start, mark)) = open {
        // Single marks left open were apostrophes, not a quotation continuing in
        // the next paragraph; a straight double one continues when it opened after the
        // paragraph's own words or opened it, and the next paragraph opens with one too (He
        // told the Guardian: "There is … ¶ "Councils …), and was a typo otherwise. (Not a
        // quoted transcript's turn: "PENCE: Well, … ¶ "WALLACE: …)
        let inner_start = chars[start].0 + mark.len_utf8();
        let turn = || start == 0 && super::attribution::transcript_line(&text[1..]).is_some();
        if matches!(mark, '“' | '„' | '«' | '「' | '『') || mark == '"' && next_opens && !turn() {
            push(text, &mut spans, chars[start].0, inner_start, text.len(), text.len(), false);
        }
    }
    spans
}

/// French writes who speaks inside the guillemets, between commas or up to the sentence's
/// end: « …, estime Paul Cassia, professeur de droit. … », « …, poursuit-il, … ». The
/// incise's comma and where the words go on, if the quotation between `from` and `to` has one.
fn incise(text: &str, from: usize, to: usize) -> Option<(usize, usize)> {
    let inner = &text[from..to];
    (0..inner.len()).filter(|&c| inner.as_bytes()[c..].starts_with(b", ")).find_map(|c| {
        let rest = &inner[c + 2..];
        let first = crate::text::before(rest, " ");
        let word = crate::text::trim_to_word(first);
        let lex = super::cues::lexicon();
        // "a-t-elle raconté", "poursuit-il": the pronoun after its verb; "a insisté", "estime": a cue.
        let inversion = crate::text::find_listed("-il -elle -ils -elles", b' ', &|p: &str| word.ends_with(p)).is_some();
        let aux = crate::text::is_listed(super::cues::AUXILIARIES, word) && crate::text::split_str(rest, " ").nth(1).is_some_and(|w| lex.is_cue(w));
        if !(inversion || aux || lex.is_foreign_cue(word)) {
            return None;
        }
        // An inversion closes at its comma; a subject after the verb may have an appositive, to the sentence's end.
        let stops: &[char] = if inversion { &[',', '.', '!', '?'] } else { &['.', '!', '?'] };
        let end = c + 2 + rest.find(stops)? + 1;
        // (Words must go on after it: « …, dit-il » is one quotation and its attribution after.)
        crate::text::first_char(inner[end..].trimmed_start()).is_some_and(char::is_uppercase).then(|| (from + c, from + end))
    })
}

/// Italian and Spanish set who speaks inside the quotation, between dashes: «Noi — dice
/// Manfredi — non chiediamo miracoli», «No es un cierre —afirma Piñeiro—, es …». Where the
/// two dashes start, when a reporting verb opens the words between and words go on after.
fn dash_incise(text: &str, from: usize, to: usize) -> Option<(usize, usize)> {
    const DASHES: &[char] = &['—', '–'];
    let inner = &text[from..to];
    let open = inner.find(DASHES)?;
    // (Both dashes are three bytes of UTF-8.)
    let rest = &inner[open + 3..];
    let verb = crate::text::trim_to_word(crate::text::before(rest.trimmed_start(), " "));
    let close = open + 3 + rest.find(DASHES)?;
    let short = crate::text::split_str(&inner[open..close], " ").count() <= MAX_DASH_INCISE_WORDS;
    let goes_on = inner[close + 3..].chars().any(char::is_alphanumeric);
    (short && goes_on && super::cues::lexicon().is_foreign_cue(verb)).then_some((from + open, from + close))
}

/// How far (in chars) the dash closing an attribution set in dashed speech may stand from its opening one.
const MAX_INCISE_CHARS: usize = 120;

/// Most words between the dashes of an incise ("—afirma Xosé Manuel Piñeiro, portavoz del comité—").
const MAX_DASH_INCISE_WORDS: usize = 10;

/// How far from the paragraph's end an attribution closing dashed speech may start.
const MAX_TAIL_CHARS: usize = 160;

/// The ", " (or "? ", "! ") before a reporting verb in lower case near the end of the
/// paragraph ("…, sier hun.", "…? spør Dahl."): where speech opened by a dash ends.
/// (Not an English verb: "– The city will build 400 homes, officials said." is a bullet.)
fn attribution_tail(text: &str, chars: &[(usize, char)]) -> Option<usize> {
    // From the end back, the last MAX_TAIL_CHARS chars but the first two and the last two. (A
    // plain loop: `rev().take(..).find(..)` was ~0.4 KB of wasm of its own.)
    let mut j = chars.len().saturating_sub(2);
    let stop = j.saturating_sub(MAX_TAIL_CHARS).max(2);
    while j > stop {
        j -= 1;
        if matches!(chars[j].1, ',' | '?' | '!') && chars[j + 1].1 == ' ' {
            let rest = &text[chars[j + 2].0..];
            let word = &rest[..crate::text::find_str(rest, " ").unwrap_or(rest.len())];
            if crate::text::first_char(word).is_some_and(char::is_lowercase) && super::cues::lexicon().is_foreign_cue(crate::text::trim_to_word(word)) {
                return Some(j);
            }
        }
    }
    None
}

/// Longest nickname in quotation marks inside a name ("Jake “The Snake” Roberts"), in bytes.
const MAX_NICKNAME_BYTES: usize = 16;

/// William “Bill” Smith, Nicola ‘Nicki’ Collingbourne: a nickname between a name's words is no quotation.
/// (Not a programme after a possessive or a comma inside the marks: ABC’s “This Week,” Carson said.)
#[inline(never)]
fn is_nickname(text: &str, outer: Range<usize>, inner: &str) -> bool {
    // (By ASCII bytes: the names that have nicknames so are English.)
    let b = text.as_bytes();
    let upper = |i: usize| b.get(i).is_some_and(u8::is_ascii_uppercase);
    let space = |i: usize| b.get(i) == Some(&b' ');
    if !space(outer.start.wrapping_sub(1)) {
        return false;
    }
    // The word before, all letters after a space: not "ABC’s", nor "said,".
    let mut w = outer.start - 1;
    while w > 0 && b[w - 1].is_ascii_alphabetic() {
        w -= 1;
    }
    let name_before = w + 1 < outer.start && (w == 0 || space(w - 1)) && upper(w);
    let i = inner.as_bytes();
    let name_inside = i.len() <= MAX_NICKNAME_BYTES && i[0].is_ascii_uppercase() && i[i.len() - 1].is_ascii_alphabetic();
    name_before && name_inside && space(outer.end) && upper(outer.end + 1)
}

fn push(text: &str, spans: &mut Vec<Span>, outer_start: usize, mut inner_start: usize, mut inner_end: usize, outer_end: usize, closed: bool) {
    // A stray single mark hugging the words ("“'This isn't reform,”") is no inner quotation.
    let inner = &text[inner_start..inner_end];
    let core = inner.trim_end_matches(&[',', '.', '!', '?'][..]);
    let opens = inner.starts_with(&['\'', '‘'][..]);
    // "parents’" ends in an apostrophe, not a quote mark.
    let closes = core.ends_with(&['\'', '’'][..]) && !core.trim_end_matches(&['\'', '’'][..]).ends_with("s");
    if opens && !closes {
        inner_start += inner.chars().next().map_or(0, char::len_utf8);
    }
    if closes && !opens && core.len() == inner.len() {
        inner_end -= core.chars().last().map_or(0, char::len_utf8);
    }
    let inner = &text[inner_start..inner_end];
    let lead = inner.len() - inner.trimmed_start().len();
    let trail = inner.len() - inner.trimmed_end().len();
    if inner.trimmed().is_empty() || is_nickname(text, outer_start..outer_end, inner) {
        return;
    }
    spans.push(Span { inner: inner_start + lead..inner_end - trail, outer: outer_start..outer_end, closed });
}

#[cfg(test)]
mod tests {
    use super::scan;

    fn quoted(t: &str) -> Vec<&str> {
        scan(t, false).into_iter().map(|s| &t[s.inner]).collect()
    }

    #[test]
    fn curly_and_straight_double_quotes() {
        assert_eq!(quoted("He said “yes, now,” and \"no.\""), vec!["yes, now,", "no."]);
    }

    #[test]
    fn mixed_straight_and_curly_marks_pair_up() {
        assert_eq!(quoted("“We won,\" he said. \"You will be happy.”"), vec!["We won,", "You will be happy."]);
    }

    #[test]
    fn single_quotes_are_not_apostrophes() {
        assert_eq!(quoted("Russia’s army said it was ‘ready’ for the parents’ day."), vec!["ready"]);
        assert_eq!(quoted("Obama admits US gun laws are his 'biggest frustration'"), vec!["biggest frustration"]);
    }

    #[test]
    fn a_plural_possessive_inside_single_quotes_closes_nothing() {
        assert_eq!(quoted("He said: 'We understand residents' frustration and we're working on it.'"), vec!["We understand residents' frustration and we're working on it."]);
        assert_eq!(quoted("It was 'necessary to meet budget pressures' and was 'running as normal' in most areas."), vec!["necessary to meet budget pressures", "running as normal"]);
    }

    #[test]
    fn nested_quotes_report_the_outer_one() {
        assert_eq!(quoted("“He told me ‘never’ twice,” she said."), vec!["He told me ‘never’ twice,"]);
    }

    #[test]
    fn curly_quotes_nested_in_straight_ones_close_their_own() {
        assert_eq!(quoted("\"It is like “Shark Tank,” only worse,\" he said."), vec!["It is like “Shark Tank,” only worse,"]);
        // Left open (a transcript's paragraph), the straight quotation is no span cut at the inner mark.
        assert_eq!(quoted("\"PENCE: Well, it is an episode of “Shark Tank.” But this is America."), Vec::<&str>::new());
    }

    #[test]
    fn other_scripts_marks() {
        assert_eq!(quoted("Il a dit « non » hier, „ja“ und 「はい」"), vec!["non", "ja", "はい"]);
    }

    #[test]
    fn an_unclosed_quote_runs_to_the_paragraph_end() {
        let s = scan("“First paragraph of a long quote.", false);
        assert_eq!(s.len(), 1);
        assert!(!s[0].closed);
    }
}
