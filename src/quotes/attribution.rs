//! Who said it: the attribution patterns around a quotation (“…,” X said /
//! X said: “…” / X said that … “…” / according to X) and the noun phrase that
//! names the speaker, found by walking the words around the cue verb.

use crate::text::AsciiCase;
use crate::text::Lowered;
use crate::text::SplitWords;
use crate::text::{find_listed, is_listed};
use super::cues::lexicon;
use crate::text::lower;
use std::borrow::Cow;
use std::ops::Range;
use std::sync::OnceLock;
use crate::hash::WordLists;

#[derive(Debug, Clone)]
pub struct Word<'a> {
    pub text: &'a str,
    pub at: usize,
    /// Lower case, punctuation trimmed: computed once, the patterns ask for it many times per word.
    bare: Cow<'a, str>,
    /// Whether the word ends a clause (see `ends_clause`), asked as often.
    clause_end: bool,
}

impl Word<'_> {
    /// A cue word is a verb: capitalized mid-sentence it is part of a name ("the United States").
    pub fn is_cue_first(&self) -> bool {
        self.is_cue_at(0)
    }

    fn is_cue_at(&self, k: usize) -> bool {
        (k == 0 || !super::people::is_capitalized(self.text)) && lexicon().is_cue(self.bare())
    }

    pub fn bare(&self) -> &str {
        &self.bare
    }
    /// Punctuation after it ends a clause; an initial or abbreviation ("J.", "U.S.") does not.
    pub fn ends_clause(&self) -> bool {
        self.clause_end
    }
}

fn ends_clause(w: &str) -> bool {
    let short_form = || w.ends_with(".") && (w.len() <= 4 && w.chars().any(char::is_uppercase) || super::people::is_capitalized(w) && crate::sentences::is_abbreviation(w));
    // (The last byte first: std's test of a char set decodes the last char through out-of-line calls.)
    let mark = match w.as_bytes().last() {
        Some(&b) if b.is_ascii() => matches!(b, b',' | b';' | b':' | b'.' | b'!' | b'?' | b'"' | b')'),
        _ => w.ends_with(&['”', '—'][..]),
    };
    mark && !short_form()
}

/// Text of a range whose words `words` reserves room for at most (more would sit unused
/// for text without spaces).
const MAX_RESERVED_BYTES: usize = 4096;

/// Words of `text[range]` with their byte offsets in `text`.
pub fn words(text: &str, range: Range<usize>) -> Vec<Word<'_>> {
    // Room for a word every six bytes of a sentence, a long one's growth left to `push`: grown
    // from empty, the list was copied several times a sentence.
    let mut out: Vec<Word> = Vec::with_capacity(range.len().min(MAX_RESERVED_BYTES) / 6);
    for (at, w) in crate::text::words_at(&text[range.clone()]) {
        let at = range.start + at;
        if w.chars().any(crate::text::is_alphanumeric) || matches!(w, "—" | "–" | "-" | "&") {
            out.push(Word { text: w, at, bare: lower(crate::text::trim_to_word(w)), clause_end: ends_clause(w) });
        } else if let Some(prev) = out.last_mut().filter(|_| matches!(w, ":" | ";" | "!" | "?")) {
            // French sets these off with a space ("a répondu : « … »"): they end the word before.
            prev.text = &text[prev.at..at + w.len()];
            prev.clause_end = true;
        }
    }
    out
}

/// Auxiliaries and adverbs that stand between a speaker and the cue.
const BETWEEN_WORDS: &str = "also has have had later then previously reportedly further once again long would will did does \
    recently publicly separately earlier subsequently repeatedly flatly simply only just first since \
    already often never not is was were are been being who herself himself themselves itself still now";

/// Words that end a speaker phrase when walking back from the cue (the last ones: the same
/// in the other news languages whose reported speech opens with "que"/"che", and their "then":
/// "Puis il a ajouté", "Poi lui ha detto").
const BOUNDARY_WORDS: &str = "that and but while when because as after before if although though since which so where whom whose \
    than or nor yet said says what si quand cuando quando mais pero qui puis ensuite alors poi luego después entonces";

/// Words a naming verb ("called", "described … as") may stand before the fragment it introduces.
pub const MAX_NAMING_CUE_DISTANCE: usize = 6;

/// Participles that lead a title ("acting FAA Administrator", "managing director").
const TITLE_PARTICIPLES: &str = "acting outgoing incoming managing founding presiding visiting ruling";

/// Words of a name that opens an attribution after the quotation, before its appositive.
const MAX_NAME_WORDS: usize = 4;
/// Most words of an adverbial set off by commas between a cue and its subject.
const MAX_ASIDE_WORDS: usize = 12;
/// Most words of a speaker phrase; more only when it ends in a name ("a spokesman for the
/// Department of Health and Human Services"), up to MAX_NAMED_SUBJECT_WORDS.
const MAX_SUBJECT_WORDS: usize = 9;
const MAX_NAMED_SUBJECT_WORDS: usize = 13;
/// Words the cue may stand after the closing mark past a name and its appositive.
const MAX_APPOSITIVE_CUE_DISTANCE: usize = 24;
/// Words the cue may stand after the closing mark otherwise (“…,” Jeffrey Lewis of the
/// James Martin Center for Nonproliferation Studies wrote); past the fifth only after
/// the speaker's phrase opens the words or an appositive name.
const MAX_CUE_DISTANCE_AFTER: usize = 14;

/// Words a naming verb may stand before "as" and the fragment ("described the plan as “…”").
pub const MAX_NAMING_AS_DISTANCE: usize = 14;

/// Words a cue may stand before the quotation it introduces.
const MAX_CUE_DISTANCE: usize = 40;

/// A speaker phrase and the cue found for a quotation.
#[derive(Debug, Clone)]
pub struct Found {
    /// Byte range of the phrase naming the speaker, in the block.
    pub phrase: Range<usize>,
    pub words: Vec<String>,
    pub cue: String,
    /// No words: the verb implies its subject, in a language that drops subject pronouns („…“, dijo).
    pub implied: bool,
}

fn phrase(ws: &[Word], mut from: usize, mut to: usize) -> Option<Found> {
    // "Yesterday Corbyn’s team denied …": a sentence's opening adverb of time is no part of who.
    if to > from + 1 && is_listed("Yesterday Today Tonight Meanwhile", ws[from].text) {
        from += 1;
    }
    // A parenthesis after the name is no part of it: "Rep. Sander M. Levin (Mich.), a superdelegate".
    if to > from + 1 && ws[to - 1].text.starts_with("(") && ws[to - 1].text.trim_end_matches(',').ends_with(")") {
        to -= 1;
    }
    if from >= to {
        return None;
    }
    // (A plain loop: the map collected was a from_iter and a fold of its own.)
    let mut words: Vec<String> = Vec::with_capacity(to - from);
    for w in &ws[from..to] {
        // (Both ends trimmed apart: `trim_matches` of a char set linked its own copy for this one use.
        // A word here keeps a letter, digit or dash, so the slice left starts where it would.)
        const MARKS: &[char] = &[',', ';', ':', '.', '!', '?', '”', '"', '“', '(', ')'];
        let t = w.text.trim_start_matches(MARKS).trim_end_matches(MARKS);
        // Initials keep their last period ("U.S. Army", "F.B.I."), as the name finder writes them.
        let (at, b) = (t.as_ptr() as usize - w.text.as_ptr() as usize, w.text.as_bytes());
        let end = at + t.len();
        let initials = t.as_bytes().get(t.len().wrapping_sub(2)) == Some(&b'.') && b.get(end) == Some(&b'.');
        words.push(w.text[at..end + usize::from(initials)].to_string());
    }
    let last = &ws[to - 1];
    let end = last.at + last.text.trim_end_matches(&[',', ';', ':', '.', '!', '?', '”', '"', ')'][..]).len();
    Some(Found { phrase: ws[from].at..end, words, cue: String::new(), implied: false })
}

/// The speaker phrase that ends just before index `k` (the cue), skipping
/// auxiliaries and adverbs, with an appositive ("Jane Doe, the spokeswoman,
/// said") resolved to the name before it.
fn subject_before(ws: &[Word], k: usize) -> Option<Found> {
    let mut j = k;
    // Adverbs in -ly, but not names (Kelly, Connolly) nor nouns ("Smith’s family said"); nor one of the words between in capitals
    // before a cue that has a subject ("Long said", "Will wrote"; but "Now tell us", "Just remember").
    let finite = ws.get(k).is_some_and(|c| c.bare().ends_with(&['s', 'd'][..]) || c.bare() == "wrote");
    let skipped = |w: &Word| {
        let (b, capitalized) = (w.bare(), super::people::is_capitalized(w.text));
        listed(BETWEEN, b) && !(capitalized && finite) || is_listed(super::cues::AUXILIARIES, b) || b.ends_with("ly") && !capitalized && !is_listed("family ally assembly", b)
    };
    while j > 0 && skipped(&ws[j - 1]) && !ws[j - 1].ends_clause() {
        j -= 1;
    }
    // "David Perdue (R-Ga.) said": the parenthesis is not the speaker.
    if j > 0 && ws[j - 1].text.ends_with(")") {
        if let Some(open) = (j.saturating_sub(5)..j).rev().find(|&i| ws[i].text.starts_with("(")) {
            j = open;
        }
    }
    if j == 0 {
        return None;
    }
    // "Jeb Bush and Chris Christie, who say": a relative pronoun stands for the
    // phrase right before it, however the sentence began.
    if ws[j - 1].text.ends_with(",") && ws[j..k].iter().any(|w| w.bare() == "who") {
        return phrase(ws, segment_start(ws, j - 1, 8), j);
    }
    if ws[j - 1].text.ends_with(",") {
        // An appositive: "X, the head of Y, said". Take X when it looks like a name.
        let app_end = j;
        let mut s = app_end - 1;
        while s > 0 && !ws[s - 1].ends_clause() && app_end - s < 20 {
            s -= 1;
        }
        // "Dean Johnson, a salesman from Sumter, South Carolina, says": an appositive
        // may hold commas itself, so look back over a few segments for the name.
        let app_start = s;
        // "One resident, who lives nearby, told the BBC": a relative clause between commas
        // describes the phrase before it, when that opens the words and names no one (a name
        // is found past its appositives below: "Woodrow Benford, 58, who lives …, says").
        if app_start > 0 && ws[app_start - 1].text.ends_with(",") && ws[app_start].bare() == "who" {
            let d = segment_start(ws, app_start - 1, 6);
            if d == 0 && !ws[..app_start].iter().any(|w| super::people::is_capitalized(w.text)) {
                return phrase(ws, 0, app_start);
            }
        }
        // "The utility's chief executive, David Park, said": here the name is the
        // appositive, after a description that ends in a lower-case noun or a title
        // ("The local MP, Cameron Thomas, said").
        // (Or one ending in a name after "of": "The minister of Finance, María López, said".)
        let of_a_name = app_start > 0 && {
            let d = &ws[segment_start(ws, app_start - 1, MAX_DESCRIPTION_WORDS)..app_start];
            d.len() > 2 && is_listed(DEFINITE_ARTICLES, d[0].bare()) && d.iter().any(|w| OF_WORDS.contains(&w.bare()))
        };
        let cap = |i: usize| super::people::is_capitalized(ws[i].text);
        // "Her neighbour, retired postman Bill Hughes, 71, agreed": lower-case words that describe
        // a name after them, with no article or preposition ("a fellow at the Center for …").
        let describes = |i: usize| {
            let b = ws[i].bare();
            !cap(i) && !is_listed(DEFINITE_ARTICLES, b) && !listed(PREPOSITIONS, b) && !OF_WORDS.contains(&b) && !is_listed("for to who which que qui che including like especially", b)
        };
        // (So may the appositive: "His attorney, public defender Devon Marsh, said"; a name's
        // particle is lower case: "Khalil al-Hayya"; and it may open with its article: "The
        // region's peak body, the Bundaberg Growers Association, said", "the former prosecutor John Smith".)
        let name_from = (app_start..app_end).find(|&i| cap(i)).unwrap_or(app_end);
        let names_the_description = app_end - app_start <= 5
            && name_from < app_end
            && (app_start + usize::from(name_from > app_start && is_listed(THE, ws[app_start].bare()))..name_from).all(describes)
            && ws[name_from..app_end].iter().all(|w| super::people::is_capitalized(w.text) || w.text.as_bytes().contains(&b'-') || is_listed("bin ibn de van von da", w.bare()))
            && app_start > 0
            && ws[app_start - 1].text.ends_with(",")
            && (!super::people::is_capitalized(ws[app_start - 1].text) || of_a_name || super::people::is_title(ws[app_start - 1].bare()));
        if names_the_description {
            // Unless the description is a relative clause after the speaker's name ("Michael
            // Seaman, who lives outside the state capital, Sacramento, said").
            let relative = segment_start(ws, app_start - 1, 20);
            if relative > 0 && ws[relative - 1].text.ends_with(",") && is_listed("who which", ws[relative].bare()) {
                return phrase(ws, segment_start(ws, relative - 1, 6), relative);
            }
            return phrase(ws, app_start, app_end);
        }
        for _ in 0..MAX_APPOSITIVE_SEGMENTS {
            if s == 0 || !ws[s - 1].text.ends_with(",") {
                break;
            }
            let n = segment_start(ws, s - 1, 6);
            // "Rep. Jim Jordan, R-Ohio, the chairman …": a party and state are no name.
            if s - n == 1 && super::people::is_party_tag(ws[n].text) {
                s = n;
                continue;
            }
            let is_name = s - n <= 5 && (n..s).all(cap);
            // A full name after words that describe it ("retired postman Bill Hughes, 71,").
            if s - n >= 3 && cap(s - 1) && cap(s - 2) && (n..s - 2).all(describes) {
                return phrase(ws, s - 2, s);
            }
            // A segment that is itself an appositive ("a salesman from Sumter,") sends the search further back.
            let appositive = !super::people::is_capitalized(ws[n].text) && n > 0 && ws[n - 1].text.ends_with(",");
            if is_name || !appositive && (n..s).any(cap) {
                return phrase(ws, n, s);
            }
            s = n;
        }
        // "La carta …, a la que ha tenido acceso EL PAÍS, dice": a relative clause names who read it, not who speaks.
        if ws[app_start..name_from].iter().any(|w| is_listed("que qui che cui which whom", w.bare())) {
            return None;
        }
        return phrase(ws, app_start, app_end);
    }
    let s = segment_start(ws, j, 8);
    if let Some(n) = relative_head(ws, s, j) {
        return phrase(ws, n, s - 1);
    }
    // "Stacy Baker of Columbia, South Carolina says": the place closes a phrase that began with the name.
    if s > 0 && ws[s - 1].text.ends_with(",") {
        let n = segment_start(ws, s - 1, 6);
        let prep = ws[n..s].iter().position(|w| is_listed("of from", w.bare()));
        let place_after = |p: usize| ws.get(n + p + 1).is_some_and(|w| super::people::is_capitalized(w.text));
        // ("Reporting from Beirut, Zeina Khodr said": a participle opens no name.)
        let participle = |p: usize| p == 1 && ws[n].bare().ends_with("ing");
        if prep.is_some_and(|p| p > 0 && place_after(p) && !participle(p) && ws[n..n + p].iter().all(|w| super::people::is_capitalized(w.text))) {
            return phrase(ws, n, s);
        }
    }
    phrase(ws, s, j)
}

/// "The company that makes the drug said", "A spokesman for the agency which runs it said",
/// "A councillor whose town was cut off said":
/// where the words `s..j` before a cue are a relative clause (a verb right after "that",
/// and more words), the start of the phrase it describes, an article's noun phrase with no
/// verb. Not "… that the company said", "… that several insiders said", "The report found that …".
fn relative_head(ws: &[Word], s: usize, j: usize) -> Option<usize> {
    // A verb's form: a past, an auxiliary or a third person's -s ("makes"; not "several", "homeland").
    // ("A man whose house was flooded said": after "whose", its noun.)
    let verb = ws.get(s).is_some_and(|w| may_be_verb(w) || w.bare().ends_with("s") && !w.bare().ends_with("ss")) || s > 0 && ws[s - 1].bare() == "whose";
    if !verb || s < 2 || j - s < 2 || !is_listed("that which whose", ws[s - 1].bare()) || super::people::is_capitalized(ws[s].text) {
        return None;
    }
    let n = segment_start(ws, s - 1, MAX_RELATIVE_HEAD_WORDS);
    let noun_phrase = n < s - 1 && is_listed("the a an", ws[n].bare()) && !ws[n..s - 1].iter().enumerate().any(|(i, w)| w.is_cue_at(i) || may_be_verb(w));
    noun_phrase.then_some(n)
}

/// Most words of the noun phrase a relative clause before a cue describes ("A spokesman for the company").
const MAX_RELATIVE_HEAD_WORDS: usize = 6;

/// Comma-separated segments an appositive may span before the speaker's name.
const MAX_APPOSITIVE_SEGMENTS: usize = 3;

/// Words of a description before an appositive name ("The minister of Finance").
const MAX_DESCRIPTION_WORDS: usize = 8;
/// "the" and its kin in the languages whose descriptions read "the … of X".
const DEFINITE_ARTICLES: &str = "the la el le il lo der die das o a los las les";
/// The singular definite articles that may open an organisation's name ("the", not the Portuguese
/// "a" that is English's indefinite one).
const THE: &str = "the la el le il lo der die das o";
/// "of" and its kin.
pub(super) const OF_WORDS: &[&str] = &["of", "de", "del", "di", "du", "des", "della", "do", "da", "von", "für"];

/// Where the phrase ending before `end` begins: after the last clause end or boundary word, `max` words at most.
fn segment_start(ws: &[Word], end: usize, max: usize) -> usize {
    let mut n = end;
    while n > 0 && !ws[n - 1].ends_clause() && (!listed(BOUNDARY, ws[n - 1].bare()) || joins_org(ws, n - 1)) && end - n < max {
        n -= 1;
    }
    n
}

/// Whether the "and" at `i` joins the parts of an organisation's name ("Committee on
/// Intelligence and Security"), as `people::name_phrases` reads it, or of a portfolio
/// ("Secretary for Labour and Welfare Chris Sun", "Health and Human Services Secretary Xavier Becerra").
fn joins_org(ws: &[Word], i: usize) -> bool {
    let cap = |k: usize| ws.get(k).is_some_and(|w| super::people::is_capitalized(w.text));
    let of = |k: usize| k > 0 && (super::people::is_org_of(ws[k - 1].text, ws[k].text, ws[k + 1].text, ws.get(k + 2).map_or("", |t| t.text)) || is_listed("of for", ws[k].text) && super::people::is_title(ws[k - 1].bare()));
    // (One word before the "and": "Sen. Susan Collins and Texas Rep. …" joins two people.)
    let title_after = || !cap(i.wrapping_sub(2)) && (i + 2..ws.len().min(i + 5)).take_while(|&k| cap(k)).any(|k| super::people::is_title(ws[k].bare()));
    // ("the Food and Drug Administration": "the", one name, "and", an organisation's; "Redcar and
    // Cleveland Council": one name, "and", a local body's.)
    let the_org = || {
        let the = i > 1 && ws[i - 2].bare() == "the";
        (the || !cap(i.wrapping_sub(2))) && super::people::and_org(&mut ws[i + 1..].iter().map(|w| w.text), !the)
    };
    ws[i].text == "and" && i > 0 && cap(i - 1) && !ws[i - 1].text.ends_with(",") && cap(i + 1) && ((i.saturating_sub(4)..i).any(of) || title_after() || the_org())
}

/// "Trump and Ryan issued a statement describing …", "posted a video on Facebook saying …",
/// "issued a written statement at 3:20 p.m. saying …": a participle at `k` after a medium
/// speaks for whoever put it out; the verb that did, if a medium is there.
/// (Out of line, and plain loops: inlined in its two callers, with a reversed range's `find`,
/// it was ~50 B more wasm.)
#[inline(never)]
fn medium_verb(ws: &[Word], k: usize) -> Option<usize> {
    if !ws[k].bare().ends_with("ing") {
        return None;
    }
    // (The medium right before, or a few words of where or when between: no comma.)
    let mut m = k;
    while m > k.saturating_sub(MAX_MEDIUM_GAP) && !is_listed(EXCHANGE_NOUNS, ws[m - 1].bare()) && (m == k || !ws[m - 1].text.ends_with(",")) {
        m -= 1;
    }
    let m = m.checked_sub(1).filter(|&m| is_listed(EXCHANGE_NOUNS, ws[m].bare()))?;
    let mut d = m;
    while d > m.saturating_sub(3).max(2) && !is_listed(DETERMINERS, ws[d - 1].bare()) {
        d -= 1;
    }
    let d = d.checked_sub(1).filter(|&d| d >= 2 && is_listed(DETERMINERS, ws[d].bare()))?;
    // ("sent out a text message": the verb's particle is no subject.)
    let v = d - 1 - usize::from(is_listed("out up off", ws[d - 1].bare()));
    (v > 0 && !super::people::is_capitalized(ws[v].text)).then_some(v)
}

/// The speaker phrase after index `k` (the cue): "said Jane Doe, the spokeswoman."
fn subject_after(ws: &[Word], k: usize) -> Option<Found> {
    let mut e = k + 1;
    while e < ws.len() && e - k <= 8 {
        // An aside after the name ends it: "sier Marte Sandvik (MDG) til Aftenposten", "spør Tor Erik Dahl (62)".
        if e > k + 1 && ws[e].text.starts_with("(") {
            break;
        }
        let done = ws[e].ends_clause();
        e += 1;
        if done {
            break;
        }
        // German capitalizes every noun: the subject ends where its listener or an adverbial
        // begins ("sagte Weil dem Norddeutschen Rundfunk", "sagte Gröger nach dem Ende der Gespräche",
        // "a confié Mme Guérin au Monde"). (Not a name's particle: "von der Leyen".)
        if ws.get(e).is_some_and(|w| listed(AFTER_SUBJECT, w.text)) && !is_listed("von van", ws[e - 1].text) {
            break;
        }
        // After a name, where or on what it was said is no part of it: "wrote Jay Patel on Facebook";
        // nor a second verb it has ("said Petrashko and added that the Ministry …").
        let second_verb = || ws[e].text == "and" && ws.get(e + 1).is_some_and(|w| lexicon().is_cue(w.bare()));
        if ws.get(e).is_some_and(|w| is_listed("on in at during", w.text)) && ws[k + 1..e].iter().all(|w| super::people::is_capitalized(w.text)) || e < ws.len() && second_verb() {
            break;
        }
    }
    // A long organisation's name runs on past the limit: "said a spokesman for the Department of
    // Health and Human Services".
    let cap = |i: usize| super::people::is_capitalized(ws[i].text);
    while e < ws.len() && e - k < MAX_NAMED_SUBJECT_WORDS && !ws[e - 1].ends_clause() && (cap(e - 1) || joins_org(ws, e - 1)) && (cap(e) || joins_org(ws, e)) {
        e += 1;
    }
    // "said the spokeswoman, Jane Doe." → the name, when it ends there too (not "according
    // to a report, Democratic insiders are …"); past more titles listed ("said chairman,
    // president and CEO, Germain Lamonde, in the release").
    while e + 1 < ws.len() && ws[e - 1].text.ends_with(",") && super::people::is_title(ws[e - 1].bare()) && ws[e..].iter().take(3).any(|w| w.text.ends_with(",") && super::people::is_title(w.bare())) {
        e += ws[e..].iter().position(|w| w.text.ends_with(",")).map_or(1, |p| p + 1);
    }
    if e < ws.len() && ws[e - 1].text.ends_with(",") && !super::people::is_capitalized(ws[k + 1].text) && super::people::is_capitalized(ws[e].text) {
        let mut n = e;
        while n < ws.len() && n - e < 5 && super::people::is_capitalized(ws[n].text) {
            let done = ws[n].ends_clause();
            n += 1;
            if done {
                break;
            }
        }
        if n == ws.len() || ws[n - 1].ends_clause() {
            return phrase(ws, e, n);
        }
    }
    phrase(ws, k + 1, e)
}

fn is_pronoun_or_determiner(w: &str) -> bool {
    is_listed("he she they it i we the a an his her their its one another this", w)
}

fn plausible_subject(f: &Found) -> bool {
    let first = f.words.first().map(|w| w.lowered()).unwrap_or_default();
    !f.words.is_empty()
        && (f.words.len() <= MAX_SUBJECT_WORDS || f.words.len() <= MAX_NAMED_SUBJECT_WORDS && f.words[f.words.len() - 2..].iter().all(|w| super::people::is_capitalized(w)))
        && (super::people::is_capitalized(&f.words[0])
            || is_pronoun_or_determiner(&first)
            // ("a déclaré le ministre", "dijo el presidente": a title after a Romance article.)
            || is_listed(THE, &first)
            || super::people::as_pronoun(&first).is_some()
            || super::people::is_uncased(&first)
            || f.words.iter().any(|w| super::people::is_capitalized(w)))
}

/// "According to" a group in lower case opening the sentence names the source ("According to
/// police, the suspect “…”"). (After a quotation it may only report someone's words: "urged
/// holdouts to “…,” according to two attendees".)
fn plausible_source(f: &Found) -> bool {
    plausible_subject(f) || is_group(&f.words) || f.words.len() == 1 && super::people::has(&f.words[0], super::people::GROUP_SPEAKER)
}

/// Quantifiers opening a group of speakers ("many economists", "most voters").
const QUANTIFIERS: &str = "many some most several few both all other others nearly two three";

/// A short lower-case phrase naming a group: "experts", "many economists", "Clinton advisers" is a name anyway.
fn is_group(words: &[String]) -> bool {
    let (Some(first), Some(head)) = (words.first(), words.last()) else { return false };
    // "46 percent", "a third": a share of those polled.
    let share = head == "percent" || head.ends_with("%") || crate::text::first_char(first).is_some_and(|c| c.is_ascii_digit());
    words.len() <= 4 && (is_plural_noun(head) || share || is_listed(QUANTIFIERS, first.lowered().as_str()))
}

/// A lower-case word that looks like a plural noun ("voters", "economists").
pub fn is_plural_noun(w: &str) -> bool {
    w.len() >= 5 && w.ends_with("s") && !w.ends_with("ss") && !w.ends_with("ous") && !w.ends_with("ics") && !super::people::is_capitalized(w)
}

/// Words from a group's head noun to its cue at most ("Experts on North Korea and nuclear nonproliferation said").
const MAX_GROUP_PHRASE_WORDS: usize = 9;

/// "Experts on North Korea … said", "elected officials from both parties say": a
/// group named by a plural head noun and a prepositional phrase before the cue,
/// which the phrase right before the cue ("nuclear nonproliferation") is not.
fn group_before_preposition(ws: &[Word], k: usize) -> Option<Found> {
    let s = ws[..k].iter().rposition(Word::ends_clause).map_or(0, |i| i + 1);
    let head = (s..k.min(s + 3)).find(|&i| is_plural_noun(ws[i].bare()) && ws.get(i + 1).is_some_and(|x| is_listed("on in from of at across", x.bare())))?;
    (k - head <= MAX_GROUP_PHRASE_WORDS).then(|| phrase(ws, s, head + 1))?
}

fn with_cue(mut f: Found, cue: &str) -> Found {
    f.cue = cue.to_string();
    f
}

/// Words of the appositive after a name that [`introduction`] accepts ("a nurse at the
/// county hospital").
const MAX_INTRODUCTION_APPOSITIVE_WORDS: usize = 8;
/// Verbs of a gesture before speaking, for [`opening_speech`].
const GESTURES: &str = "paused smiled laughed shrugged sighed nodded grinned frowned hesitated chuckled shook winced \
    pauses smiles laughs shrugs sighs nods grins frowns hesitates chuckles shakes winces";
/// Words a sentence's cue may stand from its start for [`opening_speech`].
const MAX_OPENING_CUE_WORDS: usize = 8;

/// A sentence that opens by saying who speaks ("Mr. Clarke said he …", "His partner,
/// Lawrence Cummings, called him …"): its subject and cue, for a quotation after it
/// that has no attribution of its own. (Or one of a gesture before speaking: "Hochul paused.", "He shrugged.",
/// "Mayor Tom Briggs shook his head.")
pub fn opening_speech(ws: &[Word]) -> Option<Found> {
    let gesture = |k: usize| is_listed(GESTURES, ws[k].bare()) && !super::people::is_capitalized(ws[k].text);
    match (1..ws.len().min(MAX_OPENING_CUE_WORDS)).find(|&k| ws[k].is_cue_at(k) || gesture(k)) {
        Some(k) => subject_before(ws, k).filter(plausible_subject).map(|f| with_cue(f, ws[k].bare())),
        None => introduction(ws).or_else(|| stance(ws)),
    }
}

/// Words of a stance a person takes before speaking ("Baker disagreed.", "Miller isn't so
/// sure.", "Diaz was blunt.", "Lee put it simply."), for [`stance`].
const STANCES: &str = "disagreed disagrees agreed agrees skeptical sceptical unconvinced sure doubtful optimistic \
    hopeful confident blunt candid frank defiant unapologetic undeterred unmoved adamant simply bluntly differently";
/// Most words of a stance sentence after its subject.
const MAX_STANCE_WORDS: usize = 4;

/// A short sentence telling where its subject stands, before a quotation that has no
/// attribution of its own: the subject's words follow ("Miller isn't so sure. “Ask me again
/// in a year.”").
fn stance(ws: &[Word]) -> Option<Found> {
    let v = ws.iter().position(|w| !super::people::is_capitalized(w.text))?;
    if v == 0 || ws.len() > v + MAX_STANCE_WORDS || !ws[v..].iter().any(|w| is_listed(STANCES, w.bare())) {
        return None;
    }
    subject_before(ws, v).filter(plausible_subject).map(|f| with_cue(f, ""))
}

/// The person a sentence introduces by full name and an appositive ("Jane Holloway, 47,
/// runs the only shop in the village."), without a cue: the quotation a feature sets after
/// it alone is usually theirs. (Not one something was done to: "Tom Reyes, 19, was
/// arrested on Friday." is seldom followed by his own words.)
pub fn introduction(ws: &[Word]) -> Option<Found> {
    let name = ws.iter().take(MAX_NAME_WORDS).position(|w| w.text.ends_with(","))?;
    let cap = |w: &Word| super::people::is_capitalized(w.text);
    let appositive = ws[name + 1..].iter().take(MAX_INTRODUCTION_APPOSITIVE_WORDS).position(|w| w.text.ends_with(","))?;
    let k = name + appositive + 2;
    let passive = is_listed("was were is are", ws.get(k)?.bare()) && ws.get(k + 1).is_some_and(|w| w.bare().ends_with("ed"));
    // A person: a given name first, or an age after the name ("47", "47 anni").
    let person = super::people::is_given_name(ws[0].text) || ws[name + 1].text.bytes().next().is_some_and(|b| b.is_ascii_digit());
    let verb = name > 0 && person && !passive && ws[..=name].iter().all(cap) && !cap(&ws[k]) && ws[k].bare() == ws[k].text;
    subject_before(ws, verb.then_some(k)?).filter(plausible_subject).map(|f| with_cue(f, ""))
}

/// “…,” when Clinton blasted him: a subordinate clause after a quotation tells what
/// happened then, not who said it (though its subject may say the next quotation).
pub fn opens_subordinate_clause(ws: &[Word]) -> bool {
    ws.first().is_some_and(|w| is_listed("when while after before because if since until although though whereas which", w.bare()))
}

/// Attribution after the closing mark: “…,” Trump said / “…,” said Trump / “…,” he told reporters.
pub fn after_quote(ws: &[Word]) -> Option<Found> {
    // «…», — сказал Петров: Russian sets the attribution off with a dash.
    let ws = &ws[ws.iter().take_while(|w| matches!(w.text, "—" | "–" | "-")).count()..];
    // The cue stands within the first few words: “…,” said Jane Doe / “…,” State
    // Department deputy spokesperson Vedant Patel said; or after a long appositive
    // when a name opens them: “…,” Michael McFaul, a senior fellow at … Russia, said.
    // (Or set off by dashes: “…,” Sanders — an Independent who caucuses with Democrats — told CNN.)
    let name_end = ws.iter().take(MAX_NAME_WORDS).position(|w| w.text.ends_with(",") || matches!(w.text, "—" | "–"))
        .filter(|&c| {
            let dash = matches!(ws[c].text, "—" | "–");
            // (A dash needs its twin to close the appositive; a comma closes the name itself.)
            ws[..c].iter().all(|w| super::people::is_capitalized(w.text))
                && if dash { c > 0 && ws[c + 1..].iter().take(MAX_APPOSITIVE_CUE_DISTANCE).any(|w| w.text == ws[c].text) } else { super::people::is_capitalized(ws[c].text) }
        });
    let limit = ws.len().min(if name_end.is_some() { MAX_APPOSITIVE_CUE_DISTANCE } else { MAX_CUE_DISTANCE_AFTER });
    if let Some(f) = speech_noun_of(ws) {
        return Some(f);
    }
    if ws.len() >= 2 && ws[0].bare() == "according" && ws[1].bare() == "to" {
        return subject_after(ws, 1).filter(plausible_subject).map(|f| with_cue(f, "according to"));
    }
    if let Some(f) = french_inversion(ws) {
        return Some(f);
    }
    // “…,” referencing / noting / telling Fox 35 …: a participle clause goes on with the
    // sentence's subject; whoever it mentions did not say the quotation.
    // (Not a title's "acting", "outgoing": “…,” acting FAA Administrator Laura Whitcomb said.)
    if ws.first().is_some_and(|w| w.bare().len() > 4 && w.bare().ends_with("ing") && !super::people::is_capitalized(w.text) && !is_listed(TITLE_PARTICIPLES, w.bare())) {
        return None;
    }
    // “…,” a nurse who asked not to be named said: a cue in a relative clause after the opening
    // phrase is not the attribution's; that phrase is the later cue's subject (also when commas
    // set the clause off: “…,” one official, who asked not to be named, said).
    let mut relative = None;
    for k in 0..limit {
        let w = ws[k].bare();
        // “…” Editor’s note: a possessive makes the cue word a noun, and whose note it is says nothing of the quotation.
        let possessed = k > 0 && is_possessive_name(&ws[k - 1]);
        if relative.is_none() && (2..=MAX_NAME_WORDS).contains(&k) && ws[k - 1].bare() == "who" && !ws[..k - 2].iter().any(Word::ends_clause) && (!ws[k - 2].ends_clause() || ws[k - 2].text.ends_with(",")) {
            relative = Some(k - 1);
            continue;
        }
        // (A clause set off by commas keeps its own verbs, a participle, an infinitive or one after
        // an auxiliary: “…” Otter, an early endorser, who spent more time talking about …; “…,” a
        // source, who was not authorized to speak, told Fox News. Its finite cue may be the
        // attribution's: writers leave out the closing comma.)
        let in_relative = relative.is_some_and(|r| ws[r - 1].text.ends_with(",")) && !ws[k - 1].text.ends_with(",")
            && (w.ends_with("ing") || ws[k - 1].bare() == "to" || listed(BETWEEN, ws[k - 1].bare()));
        let put_it = w == "put" && ws.get(k + 1).is_some_and(|n| n.bare() == "it");
        if (ws[k].is_cue_at(k) || put_it || source_cue(ws, k, DOCUMENT_CUES)) && !possessed && !in_relative {
            // "a déclaré X", "ha dicho X": a compound past opening the attribution is a verb first too.
            let verb_first = k == 0 || k == 1 && is_listed(super::cues::AUXILIARIES, ws[0].bare());
            // « … », détaille, face à la caméra de TF1, le capitaine Martel: the subject after an
            // adverbial set off by commas right after the cue.
            if verb_first && ws[k].text.ends_with(",") && ws.get(k + 1).is_some_and(|x| !super::people::is_capitalized(x.text)) {
                let aside = ws[k + 1..ws.len().min(k + MAX_ASIDE_WORDS)].iter().position(|x| x.ends_clause()).map(|p| k + 1 + p);
                if let Some(f) = aside.filter(|&j| ws[j].text.ends_with(",")).and_then(|j| subject_after(ws, j)).filter(plausible_subject) {
                    return Some(with_cue(f, w));
                }
            }
            let rest = if ws[k].ends_clause() { &[][..] } else { &ws[k + 1..] };
            if verb_first && subjectless(rest) && super::cues::lexicon().is_foreign_cue(w) {
                return Some(implied(&ws[k]));
            }
            let found = match name_end {
                // The name that opens the words is the speaker, whatever its appositive holds
                // (“…,” Harry Bond, 30, of Raleigh, N.C., who was polled, said).
                Some(c) if k > c + 1 => phrase(ws, 0, c + usize::from(ws[c].text.ends_with(","))),
                _ if verb_first => subject_after(ws, k),
                _ => match relative {
                    Some(r) => phrase(ws, 0, r),
                    // Far from the quotation only as an appositive: “…,” Google's chief
                    // human resources executive, Laszlo Bock, told The New York Times; or
                    // after an aside set off by commas: “…,” along with 1,000 animals, Horstman said.
                    None => subject_before(ws, k).filter(|f| {
                        let at = ws.iter().position(|w| w.at == f.phrase.start).unwrap_or(0);
                        at == 0 || k <= 4 || ws[k - 1].text.ends_with(",") || ws[at - 1].text.ends_with(",")
                    }),
                },
            };
            // (“…,” campaign aides said: after the quotation a group named by its plural noun too.)
            return found.filter(|f| plausible_subject(f) || is_group(&f.words)).map(|f| with_cue(f, w));
        }
        // A parenthesis ("Andrew Cuomo (D) said") ends no clause, nor an appositive's dash.
        if ws[k].ends_clause() && k + 1 < limit && !ws[k].text.ends_with(",") && !ws[k].text.ends_with(")") && !(name_end.is_some() && matches!(ws[k].text, "—" | "–")) {
            break;
        }
    }
    unlisted_verb_then_name(ws).or_else(|| name_then_unlisted_verb(ws)).or_else(|| so_then_name(ws))
}

/// Spanish, Italian, Portuguese … drop the subject: „…“, dijo. / ha asegurado ante la prensa. Whether
/// the words after such a cue (`rest`) leave it unsaid, up to the clause's end or its "que": no
/// article ("afirmou a ministra", but "explicó a este periódico"), "un…" or pronoun first, past a
/// day ("declaró el miércoles"), and no capitalized word but a place's ("en el Parlamento gallego").
/// (Czech puts a name late: "píše na Twitter Gary Lineker".)
fn subjectless(rest: &[Word]) -> bool {
    let clause = &rest[..rest.iter().position(|w| w.ends_clause() || is_that(w.bare())).map_or(rest.len(), |e| e + 1)];
    let clause = &clause[romance_day(clause)..];
    let to = clause.len() > 1 && clause[0].bare() == "a" && is_listed("este esta ese esa su sus la el los las un una", clause[1].bare());
    clause.first().is_none_or(|n| (to || !is_listed(DEFINITE_ARTICLES, n.bare())) && !n.bare().starts_with("un") && super::people::as_pronoun(n.bare()).is_none())
        && !clause.iter().enumerate().any(|(i, w)| super::people::is_capitalized(w.text) && !in_romance_place(clause, i))
}

/// The speaker a subjectless cue implies: no words, the cue's place.
fn implied(cue: &Word) -> Found {
    Found { phrase: cue.at..cue.at, words: Vec::new(), cue: cue.bare().to_string(), implied: true }
}

/// German's present subjunctive of the auxiliaries and modals, the mark of reported speech
/// ("sagte, die Schweiz müsse …", "erzählt, die Gemeinde habe …").
const KONJUNKTIV: &str = "sei seien habe werde müsse könne solle wolle dürfe möge gebe";
/// Most words between the cue and the subjunctive verb of the clause it reports.
const MAX_SUBJUNCTIVE_DISTANCE: usize = 8;

/// Days and their neighbours in Spanish, Italian, French and Portuguese, which say when, not who.
const ROMANCE_DAYS: &str = "lunes martes miércoles jueves viernes sábado domingo ayer hoy lunedì martedì mercoledì giovedì venerdì \
    sabato domenica ieri oggi lundi mardi mercredi jeudi vendredi samedi dimanche hier segunda-feira terça-feira quarta-feira \
    quinta-feira sexta-feira ontem hoje";

/// Words of a day that open `ws` ("el miércoles", "ieri", "ce mardi").
fn romance_day(ws: &[Word]) -> usize {
    let day = |w: &Word| is_listed(ROMANCE_DAYS, w.bare());
    match ws {
        [a, d, ..] if is_listed("el il le lo o este questo ce", a.bare()) && day(d) => 2,
        [d, ..] if day(d) => 1,
        _ => 0,
    }
}

/// Whether the capitalized word `ws[i]` names a place after a Romance preposition: "declaró en el
/// Parlamento gallego", "ha detto alla Camera" (no more than two capitalized words: "píše na
/// Twitter Gary Lineker" puts the speaker after the place).
fn in_romance_place(ws: &[Word], i: usize) -> bool {
    let cap = |w: &Word| super::people::is_capitalized(w.text);
    let start = ws[..i].iter().rposition(|w| !cap(w)).map_or(0, |p| p + 1);
    let end = ws[i..].iter().position(|w| !cap(w)).map_or(ws.len(), |p| i + p);
    let before = |k: usize| start >= k && is_listed("en a ante desde in alla nella dalla sulla al nel dans à au devant em no na ao perante", ws[start - k].bare());
    end - start <= 2 && (before(1) || before(2) && is_listed(THE, ws[start - 1].bare()))
}

/// «…», so Caflisch. — German's attribution without a verb: "so" and a name that ends the
/// sentence or opens an appositive (English never writes "so" and a name alone so); Italian's
/// opens the next sentence: «…». Così Aldo Ferrante, 78 anni, …
fn so_then_name(ws: &[Word]) -> Option<Found> {
    ws.first().filter(|w| w.text == "so" || w.bare() == "così")?;
    let n = ws[1..].iter().take(MAX_NAME_WORDS).position(|w| !super::people::is_capitalized(w.text) || w.ends_clause())? + 1;
    ws.get(n).filter(|w| super::people::is_capitalized(w.text) && (w.text.ends_with(".") || w.text.ends_with(",")))?;
    phrase(ws, 1, n + 1).map(|f| with_cue(f, ws[0].bare()))
}

/// “…!” beamed Donald Hartley of Madison: a past-tense verb the lexicon lacks, right
/// before a full name that ends there, is the attribution all the same.
fn unlisted_verb_then_name(ws: &[Word]) -> Option<Found> {
    let verb = ws.first().filter(|w| w.bare().ends_with("ed") && !w.ends_clause() && !super::people::is_capitalized(w.text))?;
    let n = ws[1..].iter().take(MAX_NAME_WORDS).take_while(|w| super::people::is_capitalized(w.text)).count();
    let ends = ws.get(n).is_some_and(Word::ends_clause) || ws.get(n + 1).is_none_or(|w| w.bare() == "of");
    if n >= 2 && ends { phrase(ws, 1, n + 1).map(|f| with_cue(f, verb.bare())) } else { None }
}

/// “…,” an angry Hollande retaliated. — a name, after at most a determiner and an
/// adjective, then a past-tense verb the lexicon lacks that ends the clause.
fn name_then_unlisted_verb(ws: &[Word]) -> Option<Found> {
    let start = ws.iter().take(3).position(|w| super::people::is_capitalized(w.text))?;
    let n = ws[start..].iter().take(MAX_NAME_WORDS).take_while(|w| super::people::is_capitalized(w.text) && !w.ends_clause()).count();
    let verb = ws.get(start + n).filter(|w| w.bare().ends_with("ed") && w.ends_clause() && !w.text.ends_with(",") && !super::people::is_capitalized(w.text))?;
    phrase(ws, start, start + n).map(|f| with_cue(f, verb.bare()))
}

/// « … », a-t-il affirmé / dit-elle: French puts the subject pronoun after its verb, joined by hyphens.
fn french_inversion(ws: &[Word]) -> Option<Found> {
    let first = ws.first()?;
    let (verb, pronoun) = crate::text::rsplit_once_ascii(first.bare(), b'-')?;
    if !is_listed("il elle ils elles", pronoun) {
        return None;
    }
    let verb = verb.strip_suffix("-t").unwrap_or(verb);
    let lex = lexicon();
    let cue = if is_listed(super::cues::AUXILIARIES, verb) { ws.get(1).map(Word::bare).filter(|c| lex.is_cue(c))? } else { Some(verb).filter(|c| lex.is_cue(c))? };
    let at = first.at + crate::text::rfind_ascii(first.text, b'-')? + 1;
    Some(Found { phrase: at..at + pronoun.len(), words: vec![first.text[at - first.at..at - first.at + pronoun.len()].to_string()], cue: cue.to_string(), implied: false })
}

/// Which words stand inside quotation marks; words before a closing mark with no
/// opening one were quoted too (“Absolutely not,” Clinton responded: the words
/// of a sentence may start inside a quotation).
fn quoted_words(ws: &[Word]) -> Vec<bool> {
    let mut out = vec![false; ws.len()];
    let mut open: Option<usize> = Some(0);
    for (i, w) in ws.iter().enumerate() {
        if w.text.starts_with(&['“', '"', '«'][..]) {
            open = Some(i);
        }
        // (The last letter, digit or closer is a closer: a closure passed to `trim_end_matches`
        // linked a searcher of its own for this one test.)
        let closer = |c: char| matches!(c, '”' | '"' | '»');
        if w.text.chars().rev().find(|&c| crate::text::is_alphanumeric(c) || closer(c)).is_some_and(closer) {
            if let Some(o) = open.take() {
                out[o..=i].fill(true);
            }
        }
    }
    out
}

/// Words that open an adverbial before a sentence's subject.
const LEADING_ADVERBIAL_WORDS: &str = "with after before when while as despite in on since although though because if following amid during \
    unlike like at for from by without once until here there early earlier late later last based \
    according under over throughout instead meanwhile however";
/// Words of a further comma-separated part of an opening adverbial ("on Saturday,", "after Clinton suffered a concussion,").
const ADVERBIAL_SEGMENT_WORDS: usize = 5;
/// An opening adverbial ends at a comma this many words in at most.
const MAX_LEADING_ADVERBIAL_WORDS: usize = 30;

/// Where a dateline ends: "PHILADELPHIA, July 25 (UPI) — The committee …" → 6; 0 without one.
// Out of line: inlined in its four callers it was ~20 B of gzipped wasm.
#[inline(never)]
fn dateline_end(ws: &[Word]) -> usize {
    crate::sentences::dateline_words(&mut ws.iter().map(|w| w.text))
}

/// Most words of a lower-case title between a name and the subject it describes ("campaign manager").
const MAX_TITLE_WORDS: usize = 3;

/// Words from "with" to the participle it gives a subject ("with its president, Tom Bradshaw, saying").
const MAX_WITH_WORDS: usize = 8;

/// The subject of a participle or coordinated cue after `lead` ("X did Y, saying …", "X
/// did Y and said …"): the sentence's, whoever a "with" before it introduces ("The union
/// called it a betrayal, with its president, Tom Bradshaw, saying …"), or the noun phrase
/// that opens it ("The chancellor agreed, saying …").
fn participle_subject(lead: &[Word]) -> Option<Found> {
    // (Not a "with" phrase of its own verb: "…, with the market collapsing, saying …".)
    let with = lead.iter().rposition(|x| x.bare() == "with").filter(|&i| {
        i > 0 && lead.len() - i <= MAX_WITH_WORDS && lead[i - 1].text.ends_with(",") && !lead[i + 1..].iter().any(|x| x.bare().ends_with("ing"))
    });
    // (After a noun phrase opening the sentence, a name after a preposition is no subject: "The
    // former senator hit back on Twitter, saying", "The company said in a statement to Reuters".)
    let object = |f: &Found| is_listed("the a an", lead[0].bare()) && lead.windows(2).any(|p| p[1].at == f.phrase.start && is_listed("on in to at by for of from with about", p[0].bare()));
    with.and_then(|i| subject_before(&lead[i + 1..], lead.len() - i - 1).filter(plausible_subject))
        .or_else(|| sentence_subject(lead).filter(|f| !object(f)))
        .or_else(|| opening_phrase(lead))
}

/// The subject that opens a clause: its first name or pronoun, past leading adverbials.
fn sentence_subject(ws: &[Word]) -> Option<Found> {
    // "With Democratic leaders worried about Hillary Clinton, President Obama …": a
    // sentence opening with a preposition or subordinator names its subject after the comma.
    // So does one opening with a participle ("Reached by Politico, Bennett denied …").
    let participle = |w: &Word| w.bare().len() >= 5 && (w.bare().ends_with("ed") || w.bare().ends_with("ing"));
    // "Consultada sobre esta desproporción, una fuente …", "Interrogé sur …": Spanish,
    // Portuguese and French participles, told from names (Machado) by the preposition after them.
    // (Or a participle of asking, whatever follows: "Interrogé deux jours plus tôt sur France 2, …".)
    let romance_participle = |w: &Word| {
        let b = w.bare();
        find_listed("ada ado ida ido é ée", b' ', &|e: &str| b.ends_with(e)).is_some() && ws.get(1).is_some_and(|p| is_listed("sobre por acerca sur par pelo pela", p.bare()))
            || is_listed("interrogé interrogée interpellé interpellée questionné questionnée preguntado preguntada consultado consultada questionado questionada interpellato interpellata", b)
    };
    let adverbial = ws.first().is_some_and(|w| listed(LEADING_ADVERBIAL, w.bare()) || romance_participle(w))
        || ws.len() > 1 && participle(&ws[0]) && !super::people::is_capitalized(ws[1].text);
    let mut from = if adverbial { ws.iter().take(MAX_LEADING_ADVERBIAL_WORDS).position(|w| w.text.ends_with(",")).map_or(0, |c| c + 1) } else { 0 };
    from = from.max(dateline_end(ws));
    // "At a rally in Birmingham, Alabama, on Saturday, some supporters …": the adverbial
    // goes on through a place's state and further short prepositional phrases.
    while from > 0 {
        let Some(c) = ws[from..].iter().take(ADVERBIAL_SEGMENT_WORDS).position(|w| w.text.ends_with(",")) else { break };
        let segment = &ws[from..=from + c];
        let place = segment.iter().all(|w| super::people::is_capitalized(w.text)) && c < 2;
        if !place && !listed(LEADING_ADVERBIAL, segment[0].bare()) {
            break;
        }
        from += c + 1;
    }
    let ws = &ws[from..];
    let quoted = quoted_words(ws);
    let first = ws.iter().enumerate().position(|(i, w)| {
        let b = w.bare();
        !quoted[i] && is_listed("he she they it", b)
            || !quoted[i] && (super::people::is_capitalized(w.text) && !super::people::name_phrases(w.text).iter().all(|p| p.name.is_empty()))
            // "Dean, a former party chairman, …": a surname that is also a title, set off by its appositive.
            || i == 0 && w.text.ends_with(",") && super::people::name_phrases(w.text).iter().any(|p| p.name.is_empty() && !p.titles.is_empty())
    })?;
    // "a rep for the star told Yahoo News that …": a name after a cue is whom the subject told.
    if first > 0 && is_listed("a an", ws[0].bare()) && ws[..first].iter().any(|w| lexicon().is_cue(w.bare())) {
        return opening_phrase(ws);
    }
    // The capitalized words from `start` on, to the first clause end.
    let run_end = |start: usize| (start + 1..ws.len()).find(|&e| ws[e - 1].ends_clause() || !super::people::is_capitalized(ws[e].text)).unwrap_or(ws.len());
    let mut end = run_end(first);
    // Capitalized titles before it belong to the phrase ("Democratic National Committee").
    let mut first = first;
    while first > 0 && !ws[first - 1].ends_clause() && super::people::is_capitalized(ws[first - 1].text) && super::people::is_title(ws[first - 1].bare()) {
        first -= 1;
    }
    // "CNN anchor Jake Tapper pressed …", "Clinton’s campaign manager Robby Mook said …": the
    // name after a lower-case title (of up to MAX_TITLE_WORDS words) is the subject.
    let title_end = (end..ws.len().min(end + MAX_TITLE_WORDS))
        .take_while(|&t| !ws[t - 1].ends_clause() && !super::people::is_capitalized(ws[t].text) && !is_listed("and or", ws[t].bare()))
        .find(|&t| super::people::is_title(ws[t].bare()) && ws.get(t + 1).is_some_and(|n| super::people::is_capitalized(n.text)));
    if let Some(t) = title_end {
        first = t + 1;
        end = run_end(first);
    }
    // "The leader of Ennahda, Rachid Ghannouchi, condemned …": the appositive names the subject.
    let mut comma = first;
    while comma < ws.len() && !ws[comma].ends_clause() && comma - first < 8 {
        comma += 1;
    }
    if comma + 1 < ws.len() && ws[comma].text.ends_with(",") {
        let start = comma + 1;
        let mut stop = start;
        while stop < ws.len() && super::people::is_capitalized(ws[stop].text) && stop - start < 4 {
            stop += 1;
            if ws[stop - 1].text.ends_with(",") {
                if stop - start >= 2 {
                    return phrase(ws, start, stop);
                }
                break;
            }
        }
    }
    phrase(ws, first, end).filter(plausible_subject)
}

/// Whether `word` (any case) is a title or a noun for someone who speaks ("senator", "spokesman", "officials").
fn names_someone(word: &str) -> bool {
    super::people::is_title(word) || super::speaks_for_someone(&crate::text::lower(word))
}

/// The noun phrase opening a sentence, up to its verb ("The mayor spoke …" → "The mayor").
fn opening_phrase(ws: &[Word]) -> Option<Found> {
    let first = ws.first()?.bare();
    if !is_listed(DETERMINERS, first) {
        return None;
    }
    let lex = lexicon();
    // (Or after its head noun, before a verb no list holds: "The former senator hit back …".)
    let person = |w: &Word| names_someone(w.bare());
    let end = (1..ws.len().min(6)).find(|&i| {
        let b = ws[i].bare();
        // (Not a head of its own: "The deputy head of China’s delegation".)
        let of_next = ws.get(i + 1).is_some_and(|n| n.bare() == "of");
        let after_head = i > 1 && person(&ws[i - 1]) && !person(&ws[i]) && !of_next && !is_listed("of for to", b) && !listed(PREPOSITIONS, b) && !super::people::is_capitalized(ws[i].text);
        lex.is_cue(b) || b.ends_with("ed") || listed(BETWEEN | BOUNDARY, b) || ws[i - 1].ends_clause() || after_head
    })?;
    phrase(ws, 0, end).filter(plausible_subject)
}

/// A closing attribution later in the sentence: “…” in that law, Azzouz said.
/// After a quotation that ended its clause, only a verb-first one at any distance:
/// “…,” in sharp contrast to previous elections, says Dante Scala, a political scientist.
pub fn sentence_tail(ws: &[Word], quote_ended_clause: bool) -> Option<Found> {
    // The attribution closes the sentence (“…” in that law, Azzouz said.) or follows
    // the quotation's own clause (“…” about the decision, said Jane Doe, director of …).
    let near = |c: usize| c < TAIL_NEAR_WORDS || ws.len() - c <= TAIL_NEAR_WORDS;
    // The speaker follows the verb ("says Dante Scala", "said the mayor"), not "said when Boyle asked".
    let names_next = |w: &Word| super::people::is_capitalized(w.text) || is_listed("the a an", w.bare());
    // (After "told" stands the listener.)
    let verb_next = |c: usize| ws.get(c + 1).is_some_and(|w| w.is_cue_at(1) && !is_listed(TELL_CUES, w.bare())) && ws.get(c + 2).is_some_and(names_next);
    let tail = |c: usize| if quote_ended_clause { verb_next(c) } else { near(c) };
    ws.iter().enumerate().filter(|&(c, w)| w.text.ends_with(",") && tail(c)).find_map(|(c, _)| after_quote(&ws[c + 1..]))
}

/// Words between a quotation and a comma that may still open its attribution, or between that comma and the sentence end.
const TAIL_NEAR_WORDS: usize = 7;

/// “…,” Trump barked: after a quotation ending in a comma, a name or pronoun then a
/// verb is an attribution even when the verb is not a known cue.
pub fn name_then_verb(ws: &[Word]) -> Option<Found> {
    let pronoun = ws.first().is_some_and(|w| is_listed("he she they", w.bare()));
    let name_words = if pronoun { 1 } else { ws.iter().take(MAX_COLON_NAME_WORDS).take_while(|w| super::people::is_capitalized(w.text) && !w.ends_clause()).count() };
    let verb = ws.get(name_words).filter(|_| name_words > 0)?;
    let b = verb.bare();
    // "went on", "shot back": an irregular verb with its particle.
    let phrasal = ws.get(name_words + 1).is_some_and(|p| is_listed("on back", p.bare())) && !verb.ends_clause();
    // "Several Republican leaders, including …": a noun set off by a comma, unless a known cue.
    let apposed = verb.text.ends_with(",") && !b.ends_with("ed") && !lexicon().is_cue(b);
    if apposed || super::people::is_capitalized(verb.text) || !(b.ends_with("ed") || b.ends_with("s") || phrasal) || b.len() < 3 {
        return None;
    }
    phrase(ws, 0, name_words).map(|f| with_cue(f, b))
}

/// "Editor’s", "Trump's": a name in the possessive (not "He's", "It’s": a pronoun and "is").
fn is_possessive_name(w: &Word) -> bool {
    super::people::is_capitalized(w.text) && {
        let b = crate::text::replace(w.bare(), "’", "'");
        b.ends_with("'s") && !is_listed("he's she's it's that's there's who's what's here's", &b)
    }
}

/// Whether the words end in "as" or "as a(n)", before the fragment a naming or judging verb
/// characterizes something as ("described Kaine as “…”", "criticized the law as a “…”").
pub fn ends_with_as(ws: &[Word]) -> bool {
    match ws {
        [.., a, d] if a.bare() == "as" && is_listed("a an", d.bare()) => true,
        [.., a] => a.bare() == "as",
        _ => false,
    }
}

/// Attribution before the opening mark: the last cue in the sentence before it.
/// `ws` are the sentence's words up to the quotation.
pub fn before_quote(ws: &[Word]) -> Option<Found> {
    // (Told only once a cue is found: which words stand in an earlier quotation.)
    let mut quoted = None;
    for k in (0..ws.len()).rev() {
        let w = ws[k].bare();
        if w == "to" && k > 0 && ws[k - 1].bare() == "according" {
            return subject_after(ws, k).filter(plausible_source).map(|f| with_cue(f, "according to"));
        }
        // "As Brown put it, “…”": "put" is a cue only with "it".
        if w == "it" && k > 1 && ws[k - 1].bare() == "put" {
            return subject_before(ws, k - 1).filter(plausible_subject).map(|f| with_cue(f, "put"));
        }
        // The quotation may sit deep in the cue's complement ("said he thought that … had made a “deal”");
        // a naming verb must stand right before it ("called Trump “a con artist”").
        // "characterized Sen. Tim Kaine, D-Va., as “…”": "as" right before it reaches further back.
        // "criticized the law as a “crazy system”", "admires Putin as a “strong leader”": after
        // "as (a)", a verb of judgement names the thing in its subject's words too.
        let as_phrase = ends_with_as(ws);
        let naming_reach = if as_phrase { MAX_NAMING_AS_DISTANCE } else { MAX_NAMING_CUE_DISTANCE };
        let naming = (super::cues::is_naming_cue(w) || as_phrase && super::cues::is_judging_verb(w)) && ws.len() - k <= naming_reach && (k == 0 || !super::people::is_capitalized(ws[k].text));
        // "the allegations had “no substance”": after a determiner a cue word is a noun.
        // (French "a dit", "a répondu": there "a" is the auxiliary.)
        let french_past = k > 0 && ws[k - 1].bare() == "a" && lexicon().is_foreign_cue(w);
        // (A match, not a word list: asked of every word before a quotation, the list cost 0.09 %
        // of all instructions for 51 B.)
        // ("called that claim “false”": after a verb and "that", a noun of speech; "a letter that
        // says", "outlets that claim" are relative clauses.)
        let that_noun = || k > 1 && ws[k - 1].bare() == "that" && is_listed("claim comment remark report promise warning", w) && (ws[k - 2].is_cue_at(1) || super::cues::is_naming_cue(ws[k - 2].bare()));
        // (French "pour" is "according to" only opening a clause: "Pour la ministre, « … »", not
        // "ses ambitions pour Matignon".)
        let noun = k > 0 && !french_past && (matches!(ws[k - 1].bare(), "the" | "a" | "an" | "his" | "her" | "their" | "its" | "these" | "those" | "such") || that_noun() || w == "pour" && !ws[k - 1].text.ends_with(","));
        if !noun && (naming || (ws[k].is_cue_at(k) || source_cue(ws, k, DOCUMENT_CUES)) && ws.len() - k <= MAX_CUE_DISTANCE) {
            // "said the paper “failed to tell the truth” and was “a disgrace”": a cue quoted
            // earlier in the sentence is someone's words, not the attribution.
            if quoted.get_or_insert_with(|| quoted_words(ws))[k] {
                continue;
            }
            if let Some(f) = quoted_as_saying(&ws[..=k]) {
                return Some(f);
            }
            // "X did Y, saying …" / "X responded by saying …": a participle takes the sentence's subject.
            if w.ends_with("ing") && k > 0 && (ws[k - 1].text.trim_end_matches(&['”', '"', '’'][..]).ends_with(",") || ws[k - 1].bare() == "by") {
                // "…, Netanyahu's Likud party, which tried to rally support by saying …": a
                // relative clause's subject is the phrase before it.
                let relative = ws[..k].iter().rposition(|x| is_listed("which who", x.bare()));
                if let Some(r) = relative.filter(|&r| r > 0 && ws[r - 1].text.ends_with(",") && !ws[r..k - 1].iter().any(|x| x.ends_clause())) {
                    return phrase(ws, segment_start(ws, r - 1, 6), r).filter(plausible_subject).map(|f| with_cue(f, w));
                }
                return participle_subject(&ws[..k]).map(|f| with_cue(f, w));
            }
            // "Lewandowski took to Twitter to call Fields “…”": the subject of the verb before the platform.
            if k > 3 && ws[k - 1].bare() == "to" && is_listed("to on", ws[k - 3].bare()) && super::people::is_capitalized(ws[k - 2].text) {
                return subject_before(ws, k - 4).filter(plausible_subject).map(|f| with_cue(f, w));
            }
            // "Trump bemoaned the unrest and said …": a cue after "and"/"but" shares the sentence's subject
            // (so does a compound past's: "a salué une « bonne nouvelle » mais a estimé que …").
            let aux = usize::from(k > 1 && is_listed(super::cues::AUXILIARIES, ws[k - 1].bare()));
            if k > 1 + aux && is_listed("and but et mais y pero e ma und aber", ws[k - 1 - aux].bare()) {
                return participle_subject(&ws[..k - 1 - aux]).map(|f| with_cue(f, w));
            }
            // "were not sought", "was described as": a passive cue's subject said nothing.
            let participle = w.ends_with("ed") || w.ends_with("en") || is_listed("said told sought thought heard", w);
            let aux = |x: &Word| is_listed("was were is are been being be", x.bare());
            let adverb = |x: &Word| x.bare() == "not" || x.bare().ends_with("ly");
            if participle && k > 0 && (aux(&ws[k - 1]) || k > 1 && adverb(&ws[k - 1]) && aux(&ws[k - 2])) {
                return None;
            }
            if let Some(v) = medium_verb(ws, k) {
                return subject_before(ws, v).filter(plausible_subject).map(|f| with_cue(f, w));
            }
            // "Lo scuolabus, spiega il sindaco, «…»", "The bridge, said the mayor, “…”": an
            // incise between commas, its verb first and a short subject after, right before the quotation.
            // (Not a listener after the verb: "Dick Dever, who …, told POLITICO, “…”".)
            let incise = k > 0
                && !is_listed(TELL_CUES, w)
                && !listed(OBJECT_CONTROL_CUES, w)
                && ws.len() - k <= MAX_INCISE_WORDS
                && ws[k - 1].text.ends_with(",")
                && ws[k + 1..].iter().all(|w| !w.ends_clause() || w.text.ends_with(","))
                && ws[ws.len() - 1].text.ends_with(",");
            if let Some(f) = if incise { subject_after(ws, k).filter(plausible_subject) } else { None } {
                return Some(with_cue(f, w));
            }
            // "Explicó a este periódico que el Ayuntamiento «…»": a Romance cue opening the
            // sentence with no subject after it speaks for the person last named; so does one
            // after an adverb or auxiliary only ("Poi ha aggiunto: «…»", "Después afirmó:").
            // (Not Arabic, whose subject follows its verb: "وقال رئيس البلدية أحمد حسن:".)
            // So does one after a fronted phrase and its comma ("Al iniciar su conferencia de prensa, dijo:").
            let lead_in = k <= MAX_LEAD_IN_WORDS && ws[..k].iter().all(|x| is_listed(ROMANCE_LEAD_INS, x.bare()))
                || (2..=MAX_FRONTED_PHRASE_WORDS).contains(&k) && ws[k - 1].text.ends_with(",") && is_listed(ROMANCE_FRONTING, ws[0].bare());
            if lead_in && subjectless(&ws[k + 1..]) && !super::people::is_uncased(w) && lexicon().is_foreign_cue(w) {
                return Some(implied(&ws[k]));
            }
            // Verb-first (Arabic "وقال رئيس البلدية …: «…»"): the speaker follows the cue.
            // ("On Monday, prosecutors argued that …“…”": a group that speaks, by its plural noun, too.)
            let speaking_group = |f: &Found| is_group(&f.words) && f.words.last().is_some_and(|h| super::people::has(h, super::people::GROUP_SPEAKER));
            let before = subject_before(ws, k).filter(|f| plausible_subject(f) || speaking_group(f));
            // "The judge wrote that the case raised “…”": a thing that is no speaker, in the
            // clause another cue reports, leaves the quotation to that cue.
            let reported = before.as_ref().is_some_and(|f| {
                let at = ws.iter().position(|x| x.at == f.phrase.start).unwrap_or(0);
                let person = |w: &String| super::people::is_capitalized(w) || names_someone(w) || super::people::as_pronoun(&w.lowered()).is_some();
                at > 1 && ws[at - 1].bare() == "that" && ws[..at - 1].iter().any(|x| x.is_cue_at(1)) && !f.words.iter().any(person)
            });
            if reported {
                continue;
            }
            let verb_first = before.is_none() && (k == 0 || super::people::is_uncased(ws[k].text));
            // ("وأضاف أن «…»", he added that: "that" right after the verb, whose subject is the one last named.)
            if verb_first && ws.get(k + 1).is_some_and(|x| is_listed("أن إن", x.bare())) {
                return Some(implied(&ws[k]));
            }
            return before.or_else(|| if verb_first { subject_after(ws, k).filter(plausible_subject) } else { None }).map(|f| with_cue(f, w));
        }
    }
    None
}

/// "Reuters quoted Finance Minister Anna Berg as saying", "Berg was quoted as saying": whom
/// the quoting verb names (its object, or its subject in the passive) said it, not who quoted.
/// `ws` end with the cue.
fn quoted_as_saying(ws: &[Word]) -> Option<Found> {
    let [.., before, saying] = ws else { return None };
    // (Or with a comma: "Bloomberg quotes Brian Yarbrough, an analyst, saying".)
    let v = ws.len() - 1 - usize::from(before.bare() == "as");
    if saying.bare() != "saying" || v == ws.len() - 1 && !before.text.ends_with(",") {
        return None;
    }
    let q = (v.saturating_sub(MAX_QUOTED_OBJECT_WORDS + 1)..v).rev().find(|&i| is_listed("quoted cited quotes cites quoting citing", ws[i].bare()))?;
    // (The name before its appositive: "Wassim Bouhlel, a Nice native,".)
    let end = (q + 1..v).find(|&i| ws[i].text.ends_with(",")).map_or(v, |c| c + 1);
    let f = if q + 1 == v { subject_before(ws, q) } else { phrase(ws, q + 1, end) };
    f.filter(plausible_subject).map(|f| with_cue(f, "saying"))
}

/// Most words of whom a quoting verb names ("quoted Wassim Bouhlel, a Nice native, as saying").
const MAX_QUOTED_OBJECT_WORDS: usize = 8;

/// Adverbs and auxiliaries that may open a Romance sentence before its subjectless cue, and
/// how many of them at most.
const MAX_LEAD_IN_WORDS: usize = 3;
/// Prepositions opening a Romance phrase fronted before a subjectless cue ("Al iniciar …, dijo:",
/// "Tras la reunión, afirmó:", "Dopo l'incontro, ha detto:", "Après la réunion, a déclaré").
const ROMANCE_FRONTING: &str = "al tras durante según ante dopo nel nella après lors pendant";
/// Most words of that phrase with its cue.
const MAX_FRONTED_PHRASE_WORDS: usize = 10;
const ROMANCE_LEAD_INS: &str = "poi dopo prima quindi anche ha aveva después luego entonces también además puis ensuite alors a depois também";

/// Most words of an incise before a quotation, its verb included ("said Anna Ferri, the engineer,").
const MAX_INCISE_WORDS: usize = 8;

/// Most words of a name standing right before a colon ("Republican pollster Daron Shaw: “…”").
const MAX_COLON_NAME_WORDS: usize = 4;

/// A relative pronoun before a parenthetical attribution: what follows it is the content.
const RELATIVE_COMMAS: &str = "who, which,";

/// A colon introducing the quotation without a known cue: the name right before it
/// ("pollster Daron Shaw: “…”"), else the sentence's subject ("Trump leaned in and boomed: “…”").
pub fn colon_intro(ws: &[Word]) -> Option<Found> {
    let n = ws.len();
    // ("Warner’s response? “…”": a question asking for it, where only whose reply it is counts.)
    let asked = ws.last()?.text.ends_with("?");
    if !ws.last()?.text.ends_with(":") && !asked {
        return None;
    }
    // (A plain loop: rev().take().take_while().count() was a try_fold of its own.)
    let mut name_words = 0;
    while name_words < n.min(MAX_COLON_NAME_WORDS) && super::people::is_capitalized(ws[n - 1 - name_words].text) {
        name_words += 1;
    }
    // "pollster Daron Shaw:" names the speaker, "weighed in on Twitter:" the place.
    let after_preposition = n > name_words && listed(PREPOSITIONS, ws[n - name_words - 1].bare());
    // ("Advanced Micro Devices Inc. CEO Lisa Su:": the name starts past an abbreviation.)
    let mut start = n - name_words;
    if let Some(abbreviation) = ws[start..].iter().rposition(|w| w.text.len() > 2 && w.text.ends_with(".")) {
        start += abbreviation + 1;
    }
    let named = (name_words > 0 && !after_preposition && (name_words == n || !ws[n - name_words - 1].ends_clause())).then(|| phrase(ws, start, n)).flatten();
    // "with Trump reportedly yelling: “…”": the name right before the verb.
    let verb = ws[n - 1].bare();
    let participle = n > 1 && !super::people::is_capitalized(ws[n - 1].text) && (verb.ends_with("ing") || verb.ends_with("ed"));
    let doer = || subject_before(ws, n - 1).filter(|f| f.words.iter().all(|w| super::people::is_capitalized(w) || w == "the"));
    // "The mayor’s reply:", "His answer:": whose words they are.
    let owner = || {
        let owned = n > 1 && is_listed(SPEECH_NOUNS, verb) && (super::people::is_possessive(ws[n - 2].text) || is_listed("his her their", ws[n - 2].bare()));
        let mut f = subject_before(ws, n - 1).filter(|_| owned)?;
        // The owner as a subject: "the mayor", "he".
        let last = f.words.last_mut()?;
        *last = match [("his", "he"), ("her", "she"), ("their", "they")].iter().find(|(of, _)| last.eq_ascii_case(of)) {
            Some((_, subject)) => subject.to_string(),
            None => super::people::without_possessive(last).to_string(),
        };
        Some(f)
    };
    if asked {
        return owner().map(|f| with_cue(f, verb));
    }
    // "For Lopez, the answer is simple:": the one the answer is for gives it.
    let fronted = || {
        let comma = ws.iter().position(|w| w.text.ends_with(",")).filter(|&c| ws[0].bare() == "for" && ws[c + 1..].iter().any(|w| is_listed(SPEECH_NOUNS, w.bare())))?;
        phrase(ws, 1, comma + 1).filter(plausible_subject)
    };
    named.or_else(|| if participle { doer() } else { owner() }).or_else(|| sentence_subject(ws)).or_else(fronted).map(|f| with_cue(f, ":"))
}

/// “…,” was the response from a spokesman; “…” That was the verdict of Sen. Warren: whose
/// speech the noun is. `ws` open with the verb.
pub fn speech_noun_of(ws: &[Word]) -> Option<Found> {
    let of = ws.iter().take(MAX_SPEECH_NOUN_WORDS).position(|w| is_listed("of from di del della de", w.bare())).filter(|&o| o >= 2)?;
    let noun = ws[of - 1].bare();
    // (Asked after every quotation: the words first, the speaker phrase only when they fit.)
    // ("Queste le parole del sindaco …", "Estas las palabras de …": no verb, in Italian or Spanish.)
    let romance = of == 2 && is_listed("le las", ws[0].bare()) && is_listed("parole dichiarazioni palabras declaraciones", noun);
    if !(romance || is_listed("was is came", ws[0].bare()) && ws[1].bare() == "the" && is_listed(SPEECH_NOUNS, noun)) {
        return None;
    }
    // (Someone's: a name, a title or a speaker's noun; not "the message of the day".)
    let someone = |f: &Found| f.words.iter().any(|w| super::people::is_capitalized(w) || names_someone(w));
    subject_after(ws, of).filter(|f| plausible_subject(f) && someone(f)).map(|f| with_cue(f, noun))
}

/// Most words from the verb to the "of" of "was the blunt response from".
const MAX_SPEECH_NOUN_WORDS: usize = 5;

/// What someone said, as a noun introducing it with a colon ("Her answer: “…”").
const SPEECH_NOUNS: &str = "reply response answer message verdict retort explanation advice warning view assessment";

/// Ends of a Chinese sentence or clause.
const CJK_STOPS: &[char] = &['。', '！', '？', '；', '\n'];
// The stops with the marks each search also stops at, as char sets: a closure pattern links a
// searcher of its own per call site.
/// `CJK_STOPS` or an opening quotation mark.
const CJK_STOPS_OR_OPENING: &[char] = &['。', '！', '？', '；', '\n', '“', '「'];
/// `CJK_STOPS` or a closing quotation mark.
const CJK_STOPS_OR_CLOSING: &[char] = &['。', '！', '？', '；', '\n', '”', '」'];
/// `CJK_STOPS` or a comma.
const CJK_STOPS_OR_COMMA: &[char] = &['。', '！', '？', '；', '\n', '，'];
/// Characters after a Chinese speaker phrase that start an adverbial ("张伟在周二…说": at).
const CJK_PREPOSITIONS: &[char] = &['在', '于', '对', '向', '跟', '从', '和'];

/// Chinese attribution, written without spaces: “…，”市长张伟在周二说 after the
/// quotation, or 张伟说：“…” before it. A pronoun (她说) points back to the last
/// speaker named with a cue earlier in the paragraph.
pub fn cjk(text: &str, quote: Range<usize>) -> Option<Found> {
    if let Some(f) = japanese(text, quote.clone()) {
        return Some(f);
    }
    let after_end = text[quote.end..].find(CJK_STOPS_OR_OPENING).map_or(text.len(), |i| quote.end + i);
    let after = cjk_subject_and_cue(text, quote.end..after_end, true);
    let found = after.or_else(|| {
        // (Near the quotation only: a paragraph of thousands of them must not cost quadratic time.)
        let near = super::window_before(text, 0, quote.start);
        let lead = text[near.clone()].trimmed_end();
        if !lead.ends_with(&['：', ':', '，', ','][..]) {
            return None;
        }
        let start = near.start + lead.rfind(CJK_STOPS_OR_CLOSING).map_or(0, |i| i + lead[i..].chars().next().map_or(1, char::len_utf8));
        let lead_end = near.start + lead.len();
        cjk_subject_and_cue(text, start..lead_end, false)
    })?;
    if super::people::as_pronoun(&found.words[0]).is_none() {
        return Some(found);
    }
    // The antecedent: the last named speaker of a cue before the quotation in this paragraph.
    let mut end = quote.start;
    while end > 0 && quote.start - end <= super::ATTRIBUTION_WINDOW {
        let stop = text[..end].rfind(CJK_STOPS_OR_COMMA).unwrap_or(0);
        if let Some(f) = cjk_subject_and_cue(text, stop..end, true).filter(|f| super::people::as_pronoun(&f.words[0]).is_none()) {
            return Some(Found { cue: found.cue, ..f });
        }
        end = stop;
    }
    Some(found)
}

/// Verbs of speech after a Japanese quotation's "と" (述べました, 語った, 強調しました), as their stems.
const JA_CUES: &str = "述べ 語 話 強調 批判 説明 指摘 表明 訴え 主張 発言 明らかに 反論 言 答え コメント 書き込";

/// Japanese attribution: 石破首相は記者団に対し「…」と述べました — the topic or subject
/// of the sentence, before the quotation (the person after any "…の": 立憲民主党の野田代表),
/// and the verb after its "と".
fn japanese(text: &str, quote: Range<usize>) -> Option<Found> {
    let after = text[quote.end..].strip_prefix("と")?;
    let cue = find_listed(JA_CUES, b' ', &|c: &str| after.starts_with(c))?;
    // (The stops and particles are three bytes long.)
    let near = super::window_before(text, 0, quote.start).start;
    let start = text[near..quote.start].rfind(CJK_STOPS).map_or(near, |i| near + i + 3);
    let lead = &text[start..quote.start];
    // Without one (また、「…」と強調しました) the subject is whoever spoke before, as in Spanish.
    let Some(topic) = lead.find(&['は', 'が'][..]) else {
        return Some(Found { phrase: quote.start..quote.start, words: Vec::new(), cue: cue.to_string(), implied: true });
    };
    let subject = &lead[..topic];
    let from = subject.rfind(&['の', '、'][..]).map_or(0, |i| i + 3);
    (from < subject.len()).then(|| Found { phrase: start + from..start + subject.len(), words: vec![subject[from..].to_string()], cue: cue.to_string(), implied: false })
}

/// The subject before the first (or last) Chinese cue in `text[r]`: "市长张伟在周二的新闻发布会上说" → "市长张伟", "说".
fn cjk_subject_and_cue(text: &str, r: Range<usize>, first: bool) -> Option<Found> {
    let part = &text[r.clone()];
    // The first cue is the one starting first (the first listed of equals); the last cue is the
    // one ending last, and of those the longest ("批评说" over its "说"; the last listed of equals).
    // (A plain loop: min_by_key and max_by_key over a filter_map were a fold of their own each.)
    let mut best: Option<(usize, &str)> = None;
    for c in crate::text::split_str(super::cues::CHINESE_CUES, " ") {
        let Some(at) = (if first { crate::text::find_str(part, c) } else { crate::text::rfind_str(part, c) }) else { continue };
        let better = best.is_none_or(|(b, bc)| if first { at < b } else { (at + c.len(), std::cmp::Reverse(at)) >= (b + bc.len(), std::cmp::Reverse(b)) });
        if better {
            best = Some((at, c));
        }
    }
    let (at, cue) = best?;
    let before = &part[..at];
    let clause = before.rfind(&['，', ',', '。'][..]).map_or(0, |i| i + before[i..].chars().next().map_or(1, char::len_utf8));
    let subject = before[clause..].trim_start_matches(&['”', '」', ' '][..]);
    let s_start = r.start + at - subject.len();
    // Cut at the first preposition after the titles (the "对" of "反对党" is no preposition).
    let name_at = super::people::zh_title_end(subject);
    let mut subject = subject[..name_at + subject[name_at..].find(CJK_PREPOSITIONS).unwrap_or(subject.len() - name_at)].trimmed();
    // An adverbial before the verb is no part of the speaker: "卢宇恳切地说", "他进一步指出".
    // (Han characters are three bytes: "恳切地" is nine.)
    let adverb = find_listed(CJK_ADVERBS, b' ', &|a: &str| subject.ends_with(a)).map_or(if subject.ends_with("地") { 9 } else { 0 }, |a| a.len());
    if subject.len() >= adverb + 3 && subject.is_char_boundary(subject.len() - adverb) {
        subject = &subject[..subject.len() - adverb];
    }
    if subject.is_empty() {
        return None;
    }
    Some(Found { phrase: s_start..s_start + subject.len(), words: vec![subject.to_string()], cue: cue.to_string(), implied: false })
}

/// Reported speech in a Chinese sentence `s`: a cue right before its first comma
/// ("毛宁在例行记者会上说，中方坚决反对……") reports the rest of the sentence.
pub fn cjk_indirect(text: &str, s: Range<usize>) -> Option<(Range<usize>, Found)> {
    let comma = s.start + crate::text::find_str(&text[s.clone()], "，")?;
    let f = cjk_subject_and_cue(text, s.start..comma, false).filter(|f| text[..comma].ends_with(&f.cue))?;
    // (The comma is three bytes long.)
    let end = s.start + text[s].trim_end_matches('。').len();
    (comma + 3 < end).then(|| (comma + 3..end, f))
}

/// Adverbs that stand between a Chinese speaker and the cue.
const CJK_ADVERBS: &str = "进一步 再次 同时 随后 还";

/// Indirect speech in one sentence without quotation marks, from its word `start` on
/// (the words before may hold the subject a later cue shares): the content clause
/// (byte range), the speaker phrase and the cue.
pub fn indirect(sentence: &[Word], start: usize, sentence_end: usize) -> Option<(Range<usize>, Found)> {
    let ws = &sentence[start..];
    let lex = lexicon();
    let n = ws.len();
    if n < 6 {
        return None;
    }
    // "According to X, CLAUSE." / "Since May, according to X, CLAUSE."
    // (Not after reported content: "CLAUSE, according to X, a move that …" ends its attribution there.)
    let opens_sentence = |k: usize| start == 0 && (k == 1 || k <= MAX_INTRO_WORDS + 1 && ws[k - 2].text.ends_with(","));
    if let Some(k) = (1..n - 1).find(|&k| ws[k - 1].bare() == "according" && ws[k].bare() == "to" && opens_sentence(k)) {
        if let Some(f) = subject_after(ws, k).filter(|f| ws[k + f.words.len()].text.ends_with(",")) {
            let mut clause_start = k + 1 + f.words.len();
            // "According to agency director Phira Luon, who reportedly wrote the email, the note …":
            // the relative clause about the source is no part of the content.
            if ws.get(clause_start).is_some_and(|w| w.bare() == "who") {
                clause_start += ws[clause_start..].iter().position(|w| w.text.ends_with(",")).map_or(n - clause_start, |c| c + 1);
            }
            // "according to the Judicial Conference, the policy-making arm of …, " is an appositive, not the content.
            let first_part = ws[clause_start..].iter().position(|w| w.ends_clause()).map_or(usize::MAX, |e| e + 1);
            let coordinated = ws.get(clause_start).is_some_and(|w| is_listed("and but or", w.bare()));
            if let Some(r) = clause(ws, clause_start, sentence_end).filter(|_| first_part >= MIN_CLAUSE_WORDS && !coordinated) {
                return Some((r, with_cue(f, "according to")));
            }
        }
    }
    // "CLAUSE, X said." / "CLAUSE, X said Friday, as …" / "CLAUSE, according to X."
    // (Not after an opening participle: "Speaking to supporters, Trump declared victory",
    // "Asked about the vote, …" say how, not what.)
    let mut opener = dateline_end(ws);
    let ing = ws.get(opener).is_some_and(|w| w.bare().ends_with("ing") && !w.bare().ends_with("thing"));
    let participle = ws.get(opener).is_some_and(|w| {
        w.bare() == "asked" || ing && ws.get(opener + 1).is_some_and(|w| w.bare() == "to" || listed(PREPOSITIONS, w.bare()))
    });
    // ("Facing Trump in the debate, Clinton said …", "Including superdelegates, Clinton has …,
    // according to AP": an opening participle's phrase without a finite verb, before a name, is
    // no content; but "Bringing the show back, he said, feels …" is a gerund subject.)
    if ing && !listed(PREPOSITIONS, ws[opener].bare()) {
        for (i, x) in ws.iter().enumerate().skip(opener + 1) {
            if may_be_verb(x) {
                break;
            }
            if x.ends_clause() {
                if ws.get(i + 1).is_some_and(|n| super::people::is_capitalized(n.text)) {
                    opener = i + 1;
                }
                break;
            }
        }
    }
    for k in (1..n).rev().filter(|_| !participle) {
        // (Nor what a relative pronoun opens: "the Conservatives who, she claimed, have reneged".)
        if !ws[k - 1].text.ends_with(",") || k <= opener + 3 || is_listed(RELATIVE_COMMAS, ws[k - 1].text) {
            continue;
        }
        let content_end = ws[k - 1].at + ws[k - 1].text.len() - 1;
        if ws[k].bare() == "according" && ws.get(k + 1).is_some_and(|w| w.bare() == "to") {
            let f = subject_after(ws, k + 1)?;
            return clause(ws, opener, content_end).map(|r| (r, with_cue(f, "according to")));
        }
        // ", which they said was …" is a relative clause, not an attribution of what came before.
        // (A match, not a word list: asked at every clause opening of every sentence.)
        if matches!(
            ws[k].bare(),
            "which" | "who" | "that" | "what" | "where" | "when" | "as" | "but" | "and" | "though" | "although" | "while" | "because" | "since" | "after" | "before" | "if" | "so" | "or" | "until" | "unless"
        ) {
            continue;
        }
        let Some(c) = (k..n.min(k + 8)).find(|&c| lex.is_indirect_cue(ws[c].bare()) || source_cue(ws, c, DATA_CUES)) else { continue };
        // ("…, and Russia’s foreign minister, Sergei Lavrov, spoke in Moscow.": a title before the
        // comma and the name after it are one appositive subject, not content and its source.)
        if c > k && super::people::is_title(ws[k - 1].bare()) && ws[c - 1].text.ends_with(",") {
            continue;
        }
        // (Nor inside what an earlier cue reports: "Walker said that despite what some might
        // think, the sheriff's office does respond": the comma is in Walker's clause.)
        // (Not a passive's: "if he can be convinced that it’s a good deal, Graham told HuffPost".)
        if (opener.max(1)..k - 1).any(|i| ws[i + 1].bare() == "that" && ws[i].is_cue_at(i) && !is_listed("be been being", ws[i - 1].bare())) {
            continue;
        }
        // The attribution clause ends soon after its cue ("said Friday afternoon,"), without an
        // object of its own ("…, Ham noted several problems." reports something else).
        let object = !ws[c].ends_clause() && !is_listed(TELL_CUES, ws[c].bare()) && ws.get(c + 2).is_some_and(|x| !super::people::is_capitalized(x.text))
            && is_listed("the a an his her their its this several many some no", ws[c + 1].bare());
        // Or ends after an adverbial of its own (", a senior official said on condition of anonymity.").
        let tail = c + 1 + if is_listed(TELL_CUES, ws[c].bare()) { told_object(&ws[c + 1..]) } else { 0 };
        let adverbial = closing_adverbial(ws, tail);
        // ("…, both said that so far, …": the words after "that" are what was said; but not
        // after a parenthetical cue: "… so bad, Mr. Obama noted, that the most-visited …".)
        let that_after = !ws[c].ends_clause() && ws.get(c + 1).is_some_and(|w| w.bare() == "that");
        let closes = !object && !that_after && ((c..n.min(c + 4)).any(|e| ws[e].ends_clause()) || c + 1 == n || adverbial);
        if c == k && is_listed(TELL_CUES, ws[c].bare()) {
            // ", told Reuters." names the listener; the teller stands before, set off with
            // a relative clause (", the official, who declined to be named, told Reuters.").
            let rel = (k.saturating_sub(MAX_RELATIVE_WORDS)..k - 1).rev().find(|&i| ws[i].ends_clause()).map_or(0, |i| i + 1);
            let s = segment_start(ws, rel.saturating_sub(1), 6);
            if rel > 2 && ws[rel].bare() == "who" && s > 1 && s < rel && ws[s - 1].text.ends_with(",") {
                let f = phrase(ws, s, rel).filter(|f| f.words.len() <= MAX_SOURCE_WORDS);
                let content_end = ws[s - 1].at + ws[s - 1].text.len() - 1;
                if let Some((r, f)) = f.and_then(|f| Some((clause(ws, dateline_end(ws), content_end)?, f))) {
                    return Some((r, with_cue(f, ws[c].bare())));
                }
            }
            continue;
        }
        // (After the cue, a phrase that names someone: "…, spoke first." has no speaker.)
        // (Only a verb of speech comes before its subject: ", said the senator", not ", remembers John Bush".)
        // (Nor a place after it: "Klaus Weidner, the minister, spoke in Berlin" names none;
        // nor an object: "The governor, who is running again, defended it.")
        let placed = ws.get(c + 1).is_some_and(|w| listed(PREPOSITIONS, w.bare()) || is_listed("it them him her us me", w.bare()));
        // (Nor after a participle, whose phrase is its object: "…, the Post reported, citing another source.")
        let ing_cue = ws[c].bare().ends_with("ing");
        let Some(f) = (if c == k { subject_after(ws, c).filter(|f| !ing_cue && !placed && plausible_subject(f) && lex.is_cue(ws[c].bare())) } else { subject_before(ws, c) }) else { continue };
        // (Or, after "said", a long name and its adverbial: "…, said Economy Minister Kreshnik
        // Bekteshi on Friday.")
        let named_close = || {
            let after = ws[c + 1..].iter().position(|w| w.at >= f.phrase.end).map_or(n, |t| c + 1 + t);
            c == k && is_listed("said says added", ws[c].bare()) && !object && !that_after && ws[c + 1..after].iter().all(|w| super::people::is_capitalized(w.text)) && (after == n || closing_adverbial(ws, after))
        };
        // The clause is unambiguous, so any short phrase names the source (", a source said.").
        if (closes || named_close()) && f.words.len() <= MAX_SOURCE_WORDS && f.phrase.start >= ws[k].at {
            let cue = ws[c].bare();
            return clause(ws, dateline_end(ws), content_end).map(|r| (r, with_cue(f, cue)));
        }
    }
    // "X said (that) CLAUSE." / "X told reporters CLAUSE." / "X did Y, saying CLAUSE."
    for k in 1..n.saturating_sub(3) {
        // Every word of the sentence passes here, and the tests below only keep or drop a
        // cue (every arm taking content needs one): a word that is none, nor the first of a
        // pair, goes at once, after one probe of each table (the tests below made four).
        // A progressive before "that" ("is confirming that", "are stressing that", as live blogs
        // write) is looked up by its past ("confirmed"), whose classes the lexicon knows.
        // (An adverb may stand between: "is also encouraging", "are now stressing".)
        // (Every word passes here: the suffix is asked first.)
        // (Only before "that": "is challenging McCain", "is adding to his wins" report nothing.)
        let aux = |i: usize| is_listed("is are was were", ws[i].bare());
        let past = match ws[k].bare().strip_suffix("ing") {
            Some(stem) if ws[k + 1].bare() == "that" && (aux(k - 1) || k > 1 && aux(k - 2) && (ws[k - 1].bare().ends_with("ly") || is_listed("also now still again", ws[k - 1].bare()))) => crate::text::concat(&[stem, "ed"]),
            _ => String::new(),
        };
        let bare = if !past.is_empty() && lex.is_any_cue(&past, 0) { past.as_str() } else { ws[k].bare() };
        if !(lex.is_any_cue(bare, super::cues::PAIR_FIRST) || listed(DATA_CUES | OBJECT_CONTROL_CUES, bare)) {
            continue;
        }
        // A two-word cue ("called for", "pointed out") ends at word `e`.
        let (w, e) = match lex.indirect_pair(bare, ws[k + 1].bare()) {
            Some(pair) if !ws[k].ends_clause() => (pair, k + 1),
            _ => (bare, k),
        };
        let data = source_cue(ws, k, DATA_CUES);
        if !(data || lex.is_any_cue(w, 0) || listed(OBJECT_CONTROL_CUES, w)) {
            continue;
        }
        // "intelligence reports seen by Reuters suggest": the cue word is a noun there.
        if ws.get(e + 2).is_some_and(|x| x.bare() == "by") && is_listed(ACCESS_PARTICIPLES, ws[e + 1].bare()) {
            continue;
        }
        // "to claim the territories" is an infinitive, not someone claiming; ", said Ian
        // Michaels, a spokesman" names who said what came before.
        let name_run = ws[e + 1..].iter().take(MAX_NAME_WORDS + 1).take_while(|x| super::people::is_capitalized(x.text)).count();
        // (Or by an adverbial after it: ", said Economy Minister Kreshnik Bekteshi on Friday.")
        let inverted = ws[k - 1].text.ends_with(",") && name_run > 0 && (ws.get(e + name_run).is_none_or(|x| x.ends_clause()) || closing_adverbial(ws, e + 1 + name_run));
        // After a preposition it is a noun ("a backlash over plans to build"), unless a gerund ("the step of announcing that").
        // (An adjective after a degree word: "the most telling point", "there is no telling who".)
        let noun = is_listed("over about of on", ws[k - 1].bare()) && !w.ends_with("ing") || w == "telling" && is_listed("most more very so no", ws[k - 1].bare());
        // "Everything Trump says is a lie", "What she said was true": a sentence's subject made of
        // what someone says, its verb right after the cue, tells what the words were, not what
        // they said (but "adapt to what she said is growing demand", "a man officials said was
        // responsible" report).
        let relative_object = !ws[e].ends_clause()
            && ws.get(e + 1).is_some_and(|x| is_listed("is are was were", x.bare()))
            && k <= 3
            && is_listed("everything anything nothing something what whatever", ws[0].bare());
        if ws[k - 1].bare() == "to" || inverted || noun || relative_object {
            continue;
        }
        // "told reporters that", "said on Wednesday that": skip to "that" when it is close.
        // But "said the warning was indicative that …": a clause opening right after the cue holds its own "that".
        let clause_follows = ws.get(e + 1).is_some_and(|x| !super::people::is_capitalized(x.text) && starts_clause(x));
        // Further only past a listener and adverbials ("told reporters at a briefing in Denver on
        // Tuesday that"): names, prepositions, articles and the one noun after each; no verb,
        // and not "about" ("spoke about rights that …" holds a relative clause).
        let opens_phrase = |i: usize| listed(PREPOSITIONS, ws[i].bare()) || is_listed(DETERMINERS, ws[i].bare());
        let adverbial = |t: &usize| {
            (e + 1..*t).all(|i| {
                let headed = i == e + 1 || opens_phrase(i - 1);
                !ws[i].ends_clause() && ws[i].bare() != "about" && (super::people::is_capitalized(ws[i].text) || opens_phrase(i) || headed && !may_be_verb(&ws[i]))
            })
        };
        let that = (e + 1..n.min(k + MAX_THAT_GAP)).find(|&t| is_that(ws[t].bare())).filter(|&t| t < k + 6 || adverbial(&t)).filter(|&t| t == e + 1 || !clause_follows);
        // "X vowed to repeal the law", "X is expected to win": the infinitive is the content.
        // But not in a relative clause ("the order that Doe plans to sign"): its object is elsewhere.
        // (Slice methods: rev().take_while().any() was a try_fold of its own.)
        let before = &ws[k.saturating_sub(RELATIVE_WORDS)..k];
        let clause_start = before.iter().rposition(|x| x.ends_clause()).map_or(0, |c| c + 1);
        let relative = before[clause_start..].iter().any(|x| is_listed("which who whom whose that", x.bare()));
        // "urged Congress to act", "asked supporters not to vote": the request is the content.
        let asked_to = listed(OBJECT_CONTROL_CUES, w)
            && (e + 2..n.min(e + 2 + MAX_OBJECT_WORDS)).find(|&t| ws[t].bare() == "to").is_some_and(|t| !ws[e + 1..t].iter().any(|x| x.ends_clause() || x.bare() == "that"));
        // ("vowed Tuesday to remain in the fight": the day between is no part of it.)
        let day = usize::from(listed(TIMES, ws[e + 1].bare()) && ws.get(e + 2).is_some_and(|x| x.bare() == "to"));
        let infinitive = !relative && !ws[e].ends_clause() && (ws[e + 1 + day].bare() == "to" && lex.is_infinitive_cue(w) || asked_to);
        // "reported first-quarter revenue that fell short": after a noun the cue takes as its
        // object (no listener, no adverbial of time or place), "that" before a verb opens a relative clause.
        let object_noun = |t: usize| {
            !is_listed(TELL_CUES, w)
                && ws.get(t + 1).is_some_and(|x| may_be_verb(x) || is_listed(IRREGULAR_PASTS, x.bare()))
                && ws[e + 1..t].iter().all(|x| x.text.as_bytes()[0].is_ascii_lowercase() && !x.ends_clause() && !x.bare().ends_with("ly") && !listed(PREPOSITIONS | TIMES | TIME_LEAD, x.bare()))
        };
        let from = match that {
            _ if infinitive => e + 1 + day,
            Some(t) if t > e + 1 && object_noun(t) => continue,
            // Before a verb "that" is a pronoun: right after the cue the content's subject ("says
            // that is not enough"), further on or after a comma a relative clause's ("proposed a plan
            // that would …", "a provision, Corker said, that is meant to …").
            Some(t) if ws.get(t + 1).is_some_and(|x| listed(FINITE_VERBS, x.bare()) && !x.bare().starts_with("be")) => {
                if t > e + 1 || ws[e].ends_clause() || !(lex.is_cue(w) || data || lex.is_clause_cue(w)) {
                    continue;
                }
                t
            }
            Some(t) if lex.is_cue(w) || data || lex.is_clause_cue(w) => t + 1,
            Some(_) => continue,
            // A verb of belief or attitude takes a clause with "that" or a subject pronoun ("believes he …"), not an object.
            None if lex.is_clause_cue(w) && !lex.is_indirect_cue(w) && ws.get(e + 1).is_some_and(is_subject_pronoun) => e + 1,
            None if !lex.is_indirect_cue(w) && !data => continue,
            // Without "that", a clause must follow: "said Russia has …", "told me he had …".
            None => {
                let from = e + 1 + if is_listed(TELL_CUES, w) { told_object(&ws[e + 1..]) } else { 0 };
                // "said on Monday the bank could …": when it was said is not what.
                let from = from + time_adverbial(&ws[from..]);
                // "said in the press conference after the match: The match was …": what was said
                // follows the colon that ends where it was said.
                let setting = ws.get(from).is_some_and(|x| is_listed("in at during after before", x.bare()));
                let from = match ws[from..].iter().take(MAX_SETTING_WORDS).position(Word::ends_clause) {
                    Some(c) if setting && ws[from + c].text.ends_with(":") && from + c + 1 < n && !ws[from..=from + c].iter().any(may_be_verb) => from + c + 1,
                    _ => from,
                };
                // ("said in an interview with The Associated Press last week that …": past where; not
                // a relative clause, "told reporters after the meeting that was held …", nor a noun's
                // complement, "his claim in a recent interview that …".)
                let medium = ws.get(from).is_some_and(|x| is_listed("in during", x.bare())) && exchange_head(&ws[from + 1..]).is_some() && !is_listed(DETERMINERS, ws[k - 1].bare());
                let medium_that = || {
                    let t = ws[from..].iter().take(MAX_MEDIUM_WORDS).take_while(|x| !x.ends_clause()).position(|x| x.bare() == "that")?;
                    (!ws.get(from + t + 1).is_some_and(may_be_verb)).then_some(t)
                };
                // "told the BBC that …": "that" after the listener.
                if from > e + 1 && ws.get(from).is_some_and(|x| x.bare() == "that") {
                    from + 1
                } else if medium {
                    // (Without a "that", nothing: "said in a statement released through her publicist".)
                    let Some(t) = medium_that() else { continue };
                    from + 1 + t
                } else {
                    // "asked whether …", "told Breitbart News how surprised he was": a question word opens the clause too.
                    let wh = ws.get(from).is_some_and(|x| is_listed("how why whether if", x.bare()) || x.bare() == "what" && from > e + 1);
                    // "declared a disaster", "proclaimed a day of mourning": an act, not a report.
                    // "disclosed the conversation on Truth Social": the object is the exchange, not what was said.
                    // "Lam Research added 2.4%", "the economy added 227,000 jobs": a quantity gained.
                    let quantity = w == "added" && ws.get(from).is_some_and(|x| crate::text::first_char(x.text).is_some_and(|c| c.is_ascii_digit() || matches!(c, '$' | '€' | '£')));
                    // "disclosed this on Monday while briefing newsmen": a demonstrative object ("said this is wrong" reports).
                    let this = ws.get(from).is_some_and(|x| x.bare() == "this" && (x.ends_clause() || ws.get(from + 1).is_some_and(|n| listed(PREPOSITIONS, n.bare()))));
                    // ("began his answer by complaining …": a beginning's object is what began; its
                    // words are the "saying" after it, a cue of their own.)
                    let object = is_listed(PERFORMATIVE_CUES, w) && ws.get(from).is_some_and(|x| is_listed("a an", x.bare())) || names_exchange(&ws[from..]) || quantity || this || is_listed("began begins started starts", w);
                    // "called for more school investment", "called on allies to …": a demand names its content.
                    // ("referring to" names what was spoken of, not what was said.)
                    let demand = e > k && w != "referring to";
                    // (A day still there is no subject: "continued Wednesday to defend its decision",
                    // "…, JPMorgan said Friday in a filing" report nothing after the cue.)
                    // ("said officers were …": a plural noun and a finite verb open a clause too; but
                    // "475 pledged delegates will be at stake" holds no cue.)
                    let adjective = is_listed(DETERMINERS, ws[k - 1].bare()) || ws[k - 1].text.as_bytes()[0].is_ascii_digit();
                    let plural = || !adjective && ws.get(from).is_some_and(|x| is_plural_noun(x.text)) && ws.get(from + 1).is_some_and(|x| listed(FINITE_VERBS, x.bare()));
                    if object || ws.get(from).is_some_and(|x| listed(TIMES, x.bare())) || !(wh || demand || ws.get(from).is_some_and(starts_clause) || from == e + 1 && listed(BARE_CLAUSE_CUES, w) || plural()) {
                        continue;
                    }
                    from
                }
            }
        };
        // "X did Y, saying …" / "X did Y and said …": the verb shares the sentence's subject.
        let participle = w.ends_with("ing") && ws[k - 1].text.ends_with(",");
        let coordinated = is_listed("and but", ws[k - 1].bare());
        // Without quotation marks a group may be the source too ("experts say the tunnels …").
        let lead = &sentence[..start + k];
        // "when asked whether …", "was asked if …": a passive cue, its speaker unnamed.
        let nobody = || Found { phrase: ws[k].at..ws[k].at, words: Vec::new(), cue: String::new(), implied: false };
        let passive = is_listed("when was were being if", ws[k - 1].bare());
        // "Smith was told by aides that …", "Voters were warned that …": whom a passive cue
        // names first heard it; who spoke is its agent after "by", or no one named.
        let heard = passive && (w == "told" || w.ends_with("ed"));
        let source = |f: &Found| data || plausible_subject(f) || is_group(&f.words);
        let by = ws.get(e + 1).is_some_and(|x| x.bare() == "by");
        // (Its agent with nothing reported is no report: "the story was being told by The Daily Caller, which …";
        // nor is a passive cue that ends its clause: "after the report was released, shares jumped".)
        if heard && that.is_none() && (by || ws[e].ends_clause()) {
            continue;
        }
        // "an architect who said he was stiffed": the speaker is the relative clause's antecedent, unnamed
        // (but a name or group is the subject found: ", who said" and "voters who say").
        let restrictive = k > 1 && ws[k - 1].bare() == "who" && !(ws[k - 2].text.ends_with(",") || super::people::is_capitalized(ws[k - 2].text) || is_plural_noun(ws[k - 2].text));
        let f = if restrictive {
            None
        } else if heard {
            // (No one named stands where the hearer does: "When X was confirmed, …" ends at its comma.)
            let at_hearer = || subject_before(ws, k).map(|h| Found { phrase: h.phrase.start..h.phrase.start, words: Vec::new(), ..h });
            that.filter(|&t| by && t > e + 2).and_then(|t| phrase(ws, e + 2, t)).filter(source).or_else(at_hearer)
        } else {
            quoted_as_saying(&ws[..=k]).or_else(|| {
                // (Asked only here, where a subject is sought: most cues never get this far.)
                if let Some(v) = medium_verb(ws, k) {
                    subject_before(ws, v).filter(plausible_subject)
                } else if participle || coordinated {
                    participle_subject(lead)
                } else {
                    subject_before(ws, k).filter(source).or_else(|| group_before_preposition(ws, k))
                }
            })
        };
        // "is expected to", "seems to": no one is named as holding the view.
        let unnamed = infinitive && (is_listed(RAISING, w) || is_listed("is are was were be been being", ws[k - 1].bare()));
        let Some(f) = f.filter(|_| !unnamed).or_else(|| (unnamed || passive || restrictive).then(nobody)) else { continue };
        // (Another language's "elle estime que …": its pronoun's antecedent is too often a guess.)
        if that.is_some_and(|t| ws[t].bare() != "that") && f.words.len() == 1 && super::people::as_pronoun(&f.words[0]).is_some() {
            continue;
        }
        // "while he said he’d hold a hearing, it is unlikely …": an attribution inside a
        // subordinate clause reports only up to the clause's comma.
        let subject_at = ws.iter().position(|x| x.at >= f.phrase.start).unwrap_or(k);
        let subordinate = subject_at > 0 && is_listed(SUBORDINATORS, ws[subject_at - 1].bare());
        // "The new schools, she said, will open in September": the content's subject stands before the attribution.
        let parenthetical = subject_at > 1
            && from == e + 1
            && ws[e].text.ends_with(",")
            && ws[subject_at - 1].text.ends_with(",")
            && !ws[..subject_at - 1].iter().any(|x| x.ends_clause())
            // (Not inside a relative clause: "the Conservatives who, she claimed, have reneged" reports the reneging.)
            && !is_listed(RELATIVE_COMMAS, ws[subject_at - 1].text);
        // "X said, as crews worked …": a clause of time after the attribution's comma is the writer's
        // (a reason may still be the speaker's: "he said, because Russians live longer").
        // Nor is a verbless phrase ("13%, The Korea Times reported, down from 19% a week earlier").
        let writers = ws.get(from).is_some_and(|x| is_listed("as while when after before once and", x.bare()))
            || ws[from..].iter().take_while(|x| x.at < sentence_end).all(|x| !(may_be_verb(x) || is_subject_pronoun(x)));
        if !infinitive && that.is_none() && ws[from - 1].text.ends_with(",") && writers {
            continue;
        }
        let from = if parenthetical { 0 } else { from };
        let comma = ws[from..].iter().find(|x| x.text.ends_with(",")).map(|x| x.at + x.text.len() - 1);
        // An infinitive's content ends at its clause's comma ("expected to close in 2019, giving …"),
        // and so does the object of a two-word cue ("called for his ouster, while …").
        // So does a relative clause's (", the source, who said he had seen it, told Reuters").
        let relative_clause = k > 1 && ws[k - 1].bare() == "who" && ws[k - 2].text.ends_with(",");
        let end = comma.filter(|_| subordinate || infinitive || e > k || relative_clause).unwrap_or(sentence_end);
        // Too short a content ("vowed to try, but …"): a later cue may report more.
        if let Some(r) = clause(ws, from, clause_end(ws, from, end)) {
            return Some((r, with_cue(f, if e == k { ws[k].bare() } else { w })));
        }
    }
    // "Macron a déclaré que …", "Merz sagte, dass …", "Путин заявил, что …": a reporting verb of
    // another language, then its "that" (French elides it before a vowel: "qu’il").
    for k in 0..n - 1 {
        let (cue, that) = (ws[k].bare(), ws[k + 1].bare());
        // (The cheap tests first: every word of every English sentence passes here.)
        let arabic = super::people::is_uncased(cue);
        let elided = if that.starts_with("qu'") { 3 } else if that.starts_with("qu’") { 5 } else { 0 };
        let that = elided > 0 || matches!(that, "que" | "dass" | "что" | "che" | "dat" | "że" | "že");
        // "Kälin sagte, die Schweiz müsse …": German reports without "dass", in the subjunctive.
        // (The clause is read only after a foreign cue's comma: every word of every sentence passes here.)
        let konjunktiv = !that && ws[k].text.ends_with(",") && lex.is_foreign_cue(cue) && ws[k + 1..].iter().take(MAX_SUBJUNCTIVE_DISTANCE).any(|w| is_listed(KONJUNKTIV, w.bare()));
        if !(arabic || that || konjunktiv) || !lex.is_foreign_cue(cue) || cue == "pour" {
            continue;
        }
        // "قال الرئيس عبد الفتاح السيسي إن …": Arabic puts the verb first, then its subject, then "that".
        if arabic {
            // (Or "that he/she/it": "أعلن المتحدث … أنه تم …".)
            let arabic_that = (k + 2..n.min(k + MAX_SOURCE_WORDS + 2)).find(|&t| is_listed("إن أن أنه إنه أنها إنها", ws[t].bare()));
            if let Some((f, r)) = arabic_that.and_then(|t| Some((phrase(ws, k + 1, t)?, clause(ws, t + 1, sentence_end)?))) {
                return Some((r, with_cue(f, cue)));
            }
            continue;
        }
        // (A name ends the subject: "elle estime que", whose "elle" this does not resolve, is left out.)
        let named = subject_before(ws, k).filter(|f| f.words.last().is_some_and(|w| super::people::is_capitalized(w)));
        if let (Some(f), Some(r)) = (named, clause(ws, k + 1 + usize::from(elided == 0 && !konjunktiv), sentence_end)) {
            return Some((r.start + elided..r.end, with_cue(f, cue)));
        }
    }
    None
}

/// Words a relative pronoun may stand before an infinitive cue ("which Mr. Doe is expected to").
const RELATIVE_WORDS: usize = 5;

/// Verbs whose subject is not the holder of the view they report ("the plan seems to work").
const RAISING: &str = "seem seems seemed appear appears appeared";

/// An introductory phrase before "according to X," ("Since last November,") has at most this many words;
/// further in, the comma closes reported content instead ("CLAUSE, according to X, a former aide").
const MAX_INTRO_WORDS: usize = 6;

/// Fewest words before the first comma of a clause after "according to X,": fewer make an appositive.
const MIN_CLAUSE_WORDS: usize = 5;

/// Conjunctions opening a subordinate clause that ends at a comma.
const SUBORDINATORS: &str = "while although though because since if as when after before whereas once unless";

/// Participles by which someone got hold of a document they did not write ("seen by Reuters"),
/// or of sources that are not them ("economists polled by Reuters").
pub const ACCESS_PARTICIPLES: &str = "seen obtained reviewed viewed acquired polled surveyed interviewed contacted";

/// Data and documents as sources: "polls show …", "the survey found that …", ", records show."
pub const DATA_SOURCES: &str = "\
    poll polls polling survey surveys study studies data records figures report reports analysis research \
    documents estimates census numbers results statistics memo emails files statement letter release filing complaint \
    lawsuit ruling";
/// The verbs by which data report (not in the speech lexicon: "the video showed a man running" reports nothing).
const DATA_CUES_WORDS: &str = "show shows showed found finds find suggest suggests suggested indicate indicates indicated";

/// Verbs that quote a document: rare as speech verbs in news text ("states" is
/// mostly a noun there), so they count only after a document ("the report states").
const DOCUMENT_CUES_WORDS: &str = "states stated reads read concludes concluded notes noted";

/// Whether word `k` is one of `verbs` right after a data source or document
/// ("polls show": DATA_CUES; "the report states": DOCUMENT_CUES). (Bits of the speaker walks'
/// index: asked of every word; as slices they were 0.2 % faster and 75 B more of wasm.)
fn source_cue(ws: &[Word], k: usize, verbs: u16) -> bool {
    k > 0 && listed(verbs, ws[k].bare()) && (is_listed(DATA_SOURCES, ws[k - 1].bare()) || obtained_source(&ws[k.saturating_sub(MAX_NAME_WORDS + 3)..k]))
}

/// Whether words end in a document someone got hold of or issued: "reports seen by
/// Reuters", "a statement from the campaign".
fn obtained_source(ws: &[Word]) -> bool {
    let p = ws.iter().rposition(|w| is_listed(ACCESS_PARTICIPLES, w.bare()) || w.bare() == "from");
    p.is_some_and(|p| {
        let by = ws[p].bare() == "from" || ws.get(p + 1).is_some_and(|w| w.bare() == "by");
        p > 0 && is_listed(DATA_SOURCES, ws[p - 1].bare()) && by && !ws[p..].iter().any(|w| w.ends_clause())
    })
}

/// Most words of a relative clause between a speaker and their cue (", who …, told").
const MAX_RELATIVE_WORDS: usize = 16;

/// Most words from a cue to the "that" of its clause, past a listener and adverbials.
const MAX_THAT_GAP: usize = 12;

/// Cues whose listener stands between them and the clause ("told reporters the plan …").
const TELL_CUES: &str = "told tells tell telling assured reminded informed warned";

/// How many words name the listener after "told": a pronoun, a plural noun, a name, or a noun phrase before "that".
fn told_object(ws: &[Word]) -> usize {
    let Some(first) = ws.first() else { return 0 };
    // (Or any plural before the clause: "told pollsters they were undecided".)
    let listeners = is_plural_noun(first.bare()) && ws.get(1).is_some_and(|w| is_subject_pronoun(w) || w.bare() == "that");
    if listeners || is_listed("me him her us them you reporters lawmakers supporters voters donors viewers listeners", first.bare()) {
        return 1;
    }
    // A noun, after its determiner or none, right before a pronoun that opens the clause:
    // "told police he was sitting at home", "told the court she had not known".
    let det = usize::from(is_listed("the a an his her their", first.bare()));
    if ws.get(det).is_some_and(|w| !super::people::is_capitalized(w.text) && !w.ends_clause() && !is_listed("who what where when why how which whether if", w.bare())) && ws.get(det + 1).is_some_and(is_subject_pronoun) {
        return det + 1;
    }
    // "the BBC", "the New York Times".
    let the = usize::from(first.bare() == "the");
    let name = ws[the..].iter().take(4).take_while(|w| super::people::is_capitalized(w.text)).count();
    // "the council that …", "a veterans group that …", "a crowd in Miami that …": a noun phrase, when
    // "that" follows it before any verb or comma (and no verb right after, a relative clause's:
    // "a crowd that spilled into the street").
    let stop = ws.iter().take(MAX_LISTENER_WORDS).position(|w| w.bare() == "that" || w.ends_clause() || may_be_verb(w));
    let noun = stop.filter(|&t| ws[t].bare() == "that" && !ws.get(t + 1).is_some_and(may_be_verb));
    if name > 0 { the + name } else { noun.unwrap_or(0) }
}

/// Most words of a listener described before "that" ("a crowd in Miami on Tuesday").
const MAX_LISTENER_WORDS: usize = 7;

/// Where reported content ends: the sentence end, or a second verb of the
/// speaker ("said the plan failed and suggested …", "…, saying …"), or a second
/// attribution (", and other leaders said …").
fn clause_end(ws: &[Word], from: usize, sentence_end: usize) -> usize {
    let lex = lexicon();
    (from + 2..ws.len().saturating_sub(1))
        .find(|&i| {
            let cue_at = |j: usize| ws.get(j).is_some_and(|w| !super::people::is_capitalized(w.text) && lex.is_cue(w.bare()));
            // (A dash sets off the next clause as a comma would: "would be more intense — and he noted …".)
            let comma = ws[i - 1].text.ends_with(",") || ws[i - 1].text == "—";
            if !is_listed("and but", ws[i].bare()) {
                return comma && ws[i].bare().ends_with("ing") && cue_at(i);
            }
            let same_speaker = cue_at(i + 1) && !ws[from..i - 1].iter().any(|w| w.ends_clause());
            let new_speaker = comma && (i + 2..ws.len().min(i + 2 + SECOND_SUBJECT_WORDS)).any(|j| cue_at(j) && lex.is_indirect_cue(ws[j].bare()));
            same_speaker || new_speaker
        })
        // (Before a dash standing alone, at the word before it.)
        .map(|i| if ws[i - 1].text == "—" { i - 2 } else { i - 1 })
        .map_or(sentence_end, |p| ws[p].at + ws[p].text.trim_end_matches(&[',', ';', '—'][..]).len())
}

/// Words the subject of a second attribution in the same sentence may have (", and other GOP leaders said").
const SECOND_SUBJECT_WORDS: usize = 5;

/// A subject pronoun, also before a contraction ("he’s", "they'd").
fn is_subject_pronoun(w: &Word) -> bool {
    let b = w.bare();
    is_listed("he she they it we i there", crate::text::before_apostrophe(b))
}

/// Whether a word can open a clause: a subject pronoun, an article or a name.
fn starts_clause(w: &Word) -> bool {
    is_subject_pronoun(w) || is_listed("the a an this his her their", w.bare()) || super::people::is_capitalized(w.text)
}

/// Words of an adverbial of time after a cue, the last of them naming the time.
const TIME_WORDS: &str = "on late early last this earlier";
const TIMES_WORDS: &str = "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight week weekend month \
    year morning afternoon evening night";

/// How many words open `ws` saying when ("on Monday", "Tuesday", "late last week"), before a clause.
fn time_adverbial(ws: &[Word]) -> usize {
    let mut n = ws.iter().take(MAX_TIME_WORDS).take_while(|w| !w.ends_clause() && listed(TIME_LEAD | TIMES, w.bare())).count();
    // (Back to its last word of time, by a loop: a reversed range's `find` was a function of its own.)
    while n > 0 && !listed(TIMES, ws[n - 1].bare()) {
        n -= 1;
    }
    if ws.get(n).is_some_and(starts_clause) { n } else { 0 }
}

/// Most words of an adverbial of time between a cue and its clause.
const MAX_TIME_WORDS: usize = 3;

/// Most words from a cue's "in a statement …" to the "that" of what it reports.
const MAX_MEDIUM_WORDS: usize = 12;
/// Most words between a medium and the participle that says what it said ("a statement at 3:20 p.m. saying").
const MAX_MEDIUM_GAP: usize = 5;
/// Most words saying where something was said before the colon that opens it.
const MAX_SETTING_WORDS: usize = 16;

/// Cues that take a clause without "that" ("Trump said Russia has no plans").
const BARE_CLAUSE_CUES_WORDS: &str = "said says say added argued believes warned insisted noted stated claimed told wrote explained \
    reported predicted acknowledged conceded suggested announced";

/// Words that open a noun phrase naming a thing, not a person's speech.
const DETERMINERS: &str = "the a an another one his her their its";

/// Nouns for an exchange or its medium: as a cue's object they are what was said
/// through, not what was said ("disclosed the call", "released a statement").
const EXCHANGE_NOUNS: &str = "\
    conversation conversations call calls talks meeting interview statement post tweet message letter video news update";

/// Whether words open a noun phrase headed by an exchange noun that is an object
/// ("the conversation on …", "a formal statement to AP"), not a clause's subject ("the call was productive").
fn names_exchange(ws: &[Word]) -> bool {
    // "his message that …" reports the clause.
    exchange_head(ws).is_some_and(|np| !ws.get(np + 1).is_some_and(|x| may_be_verb(x) || x.bare() == "that"))
}

/// Where the exchange noun heads a noun phrase that opens `ws` with a determiner ("a formal statement").
fn exchange_head(ws: &[Word]) -> Option<usize> {
    if !ws.first().is_some_and(|d| is_listed(DETERMINERS, d.bare())) {
        return None;
    }
    // (The first exchange noun: "a statement saying …" is headed by "statement".)
    ws[1..].iter().take(3).take_while(|x| !listed(PREPOSITIONS, x.bare()) && !may_be_verb(x) && !is_listed("that which who to", x.bare())).position(|x| is_listed(EXCHANGE_NOUNS, x.bare())).map(|p| p + 1)
}

/// Cues that with an object perform what they name rather than report speech.
const PERFORMATIVE_CUES: &str = "declared declares declare proclaimed proclaims";

/// Verbs that report a request through their object's infinitive ("urged Congress to act").
const OBJECT_CONTROL_CUES_WORDS: &str = "urged urges urging asked asks asking pressed pressing encouraged encourages implored begged";
/// Most words of the object between such a verb and "to" ("urged the White House not to").
const MAX_OBJECT_WORDS: usize = 4;

/// Most words of the source in "CLAUSE, SOURCE said." ("a person with knowledge of the talks").
const MAX_SOURCE_WORDS: usize = 7;

/// Most words of an adverbial closing an attribution ("on condition of anonymity").
const MAX_ADVERBIAL_WORDS: usize = 6;

/// Whether word `t` opens a short adverbial that ends the clause ("on Friday.", "in a
/// statement,"): after a cue and its subject, it closes an attribution.
fn closing_adverbial(ws: &[Word], t: usize) -> bool {
    let n = ws.len();
    ws.get(t).is_some_and(|x| listed(PREPOSITIONS, x.bare())) && (t..n.min(t + MAX_ADVERBIAL_WORDS)).any(|e| ws[e].ends_clause() || e + 1 == n)
}

/// Whether `w` (bare, lower case) is "that" opening reported content, in English or
/// another news language ("ha spiegato che …", "ha anunciado que …", "sagte, dass …").
pub fn is_that(w: &str) -> bool {
    is_listed("that que che dass", w)
}

/// German and French words that follow the subject after its verb: a dative article, prepositions.
const AFTER_SUBJECT_WORDS: &str = "dem den der nach vor im am auf bei beim gegenüber zum zur mit vom während au aux à devant lors dans til við í á eftir";
/// Words that open an adverbial (where, when, how something was said).
const PREPOSITIONS_WORDS: &str = "in at on during by from about with after before as when while since despite amid under within \
    following throughout";
/// Auxiliaries and copulas: one of them (or an -ed form) tells a clause from a phrase.
/// A past form or an auxiliary: the sign of a clause that phrases without a verb lack.
fn may_be_verb(w: &Word) -> bool {
    w.bare().ends_with("ed") || listed(FINITE_VERBS, w.bare())
}

/// Past tenses not in "-ed" that open relative clauses in news ("revenue that fell short").
const IRREGULAR_PASTS: &str = "fell rose grew came went made took gave became led lost sold won";
const FINITE_VERBS_WORDS: &str = "is are was were has have had will would can could should may might must do does did be been";
/// Fewest words of content opening with a preposition: shorter, it is an adverbial.
const MIN_PREPOSITIONAL_WORDS: usize = 7;

/// The newsroom's own labels in capitals, which open notes rather than a speaker's turn
/// (besides the promotions' "RELATED:", "WATCH:", which `boilerplate::is_promo_label` knows).
const EDITORIAL_LABELS: &str = concat!(
    "correction|corrections|clarification|update|updated|editor's note|editor’s note|note|breaking|disclaimer|",
    "warning|exclusive|opinion|analysis",
);

/// Transcript lines: "PENCE: Well, the question really should be …" → speaker and words.
/// A label alone ("STEVE INSKEEP, HOST:", its words in the next paragraph) has no words: an empty range.
pub fn transcript_line(text: &str) -> Option<(Range<usize>, Range<usize>)> {
    let colon = crate::text::find_str(text, ":")?;
    let label = &text[..colon];
    // (The cheap tests first: every block with a colon is asked.)
    if !crate::text::in_capitals(label) || label.chars().filter(|c| c.is_alphabetic()).count() < 2 {
        return None;
    }
    let words: Vec<&str> = label.words().collect();
    let rest = text[colon + 1..].trimmed_start();
    let editorial = crate::text::is_listed_by(EDITORIAL_LABELS, b'|', &crate::text::lower(label.trimmed())) || crate::extract::boilerplate::is_promo_label(text);
    let alone = rest.trimmed_end().is_empty();
    if words.is_empty() || words.len() > 3 || editorial || !alone && rest.words().count() < 4 {
        return None;
    }
    let start = text.len() - rest.len();
    Some((0..colon, start..text.trimmed_end().len()))
}

/// Fewest words of reported content ("their uphill battle").
const MIN_CONTENT_WORDS: usize = 3;

/// The clause from word `from` to `end`, trimmed of closing punctuation; at
/// least MIN_CONTENT_WORDS words, and not an introduction ending in a colon.
fn clause(ws: &[Word], from: usize, end: usize) -> Option<Range<usize>> {
    let first = ws.get(from)?;
    // (A slice, not a collected take_while: no vector and no from_iter of its own.)
    let mut to = from;
    while to < ws.len() && ws[to].at < end {
        to += 1;
    }
    let inside = &ws[from..to];
    if inside.len() < MIN_CONTENT_WORDS || inside.last().is_some_and(|w| w.text.ends_with(":")) {
        return None;
    }
    // "In a wide-ranging interview, X said …" is where it was said, not what; "Margie Kim
    // reported from Seoul, and …" where the reporter was.
    // Nor a longer phrase with no verb ("In the immediate aftermath of Tuesday's elections,
    // tensions continued to run hot": "continued" reports nothing).
    let inner_comma = inside[..inside.len() - 1].iter().any(|w| w.text.ends_with(","));
    let verbless = || !inner_comma && !inside.iter().any(|w| may_be_verb(w));
    if listed(PREPOSITIONS, first.bare()) && (inside.len() < MIN_PREPOSITIONAL_WORDS || verbless()) || first.bare() == "from" {
        return None;
    }
    Some(first.at..end)
}

/// The longer word lists of the speaker walks as bits of one word → lists index: they are
/// asked of nearly every word near a cue, where `is_listed` would loop over a list's bytes.
const BETWEEN: u16 = 1 << 0;
const BOUNDARY: u16 = 1 << 1;
const LEADING_ADVERBIAL: u16 = 1 << 2;
const AFTER_SUBJECT: u16 = 1 << 3;
pub(super) const PREPOSITIONS: u16 = 1 << 4;
const FINITE_VERBS: u16 = 1 << 5;
const BARE_CLAUSE_CUES: u16 = 1 << 6;
const TIMES: u16 = 1 << 7;
const TIME_LEAD: u16 = 1 << 8;
const OBJECT_CONTROL_CUES: u16 = 1 << 9;
const DATA_CUES: u16 = 1 << 10;
const DOCUMENT_CUES: u16 = 1 << 11;
const LISTS: [(u16, &str); 12] = [
    (BETWEEN, BETWEEN_WORDS),
    (BOUNDARY, BOUNDARY_WORDS),
    (LEADING_ADVERBIAL, LEADING_ADVERBIAL_WORDS),
    (AFTER_SUBJECT, AFTER_SUBJECT_WORDS),
    (PREPOSITIONS, PREPOSITIONS_WORDS),
    (FINITE_VERBS, FINITE_VERBS_WORDS),
    (BARE_CLAUSE_CUES, BARE_CLAUSE_CUES_WORDS),
    (TIMES, TIMES_WORDS),
    (TIME_LEAD, TIME_WORDS),
    (OBJECT_CONTROL_CUES, OBJECT_CONTROL_CUES_WORDS),
    (DATA_CUES, DATA_CUES_WORDS),
    (DOCUMENT_CUES, DOCUMENT_CUES_WORDS),
];

/// Whether `word` (exact, as written) is in one of `lists` (bits above).
pub(super) fn listed(lists: u16, word: &str) -> bool {
    static INDEX: OnceLock<WordLists> = OnceLock::new();
    WordLists::cached(&INDEX, &LISTS).of(word) & lists != 0
}
