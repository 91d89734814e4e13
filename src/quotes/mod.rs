//! Quotations and who said them. For each article block: find quotations by
//! their marks, decide whether they are someone's words (not scare quotes or
//! titles), find the attribution and resolve the speaker to the fullest name
//! the article gives; then find reported speech without quotation marks.

pub mod attribution;
pub mod cues;
pub mod marks;
pub mod people;

use crate::text::AsciiCase;
use crate::text::Lowered;
use crate::text::SplitWords;
use crate::text::is_listed;
use crate::analysis::{Quote, Speaker};
use crate::extract::ArticleBlock;
use attribution::{after_quote, before_quote, indirect, sentence_tail, words, Found};
use people::{People, PRONOUNS};
use std::ops::Range;

/// Most words of a title in quotation marks ("Orange Is the New Black").
const MAX_TITLE_WORDS: usize = 7;
/// Nouns after a quoted title that make it one: "“Daily Show” host Trevor Noah".
const ROLE_NOUNS: &str = "\
    star stars host hosts actor actress creator author writer producer director anchor alum fans cast episode \
    franchise series singer rapper band";
/// Most words of a programme's or publication's name in quotation marks ("Meet the Press").
const MAX_PROGRAMME_WORDS: usize = 5;
/// Words between two fragments of one list ("who is", "and a").
const MAX_LIST_GAP_WORDS: usize = 3;
/// Fewest words of a quotation that stands as a sentence of its own.
const MIN_SENTENCE_QUOTE_WORDS: usize = 4;
/// A partial quotation this short with no cue right next to it is a scare quote.
const SCARE_QUOTE_MAX_WORDS: usize = 2;
/// A paragraph is "quote-only" (it continues the last speaker) when the quotation covers this share of it.
const QUOTE_ONLY_SHARE: f32 = 0.8;
/// Most words before a colon that leave a quotation alone in its paragraph ("And then, quietly:").
const MAX_BARE_LEAD_WORDS: usize = 5;

/// Group nouns that name a speaker as written when no person is named ("officials said").
pub(super) const GROUP_SPEAKERS: &str = "officials official police authorities ministry department government administration force report study \
    statement spokesperson spokesman spokeswoman agency campaign company military army kremlin pentagon \
    prosecutors investigators researchers scientists experts analysts critics residents witnesses \
    protesters lawmakers democrats republicans court survey poll data figures generals organizers \
    organisers office council board commission committee union group embassy foundation firm hospital \
    school university airline bank party team club prosecutor coroner crowd audience filing complaint lawsuit ruling";

/// Those who speak for an organisation ("a Treasury spokesperson").
pub(super) const SPEAKS_FOR: &str = "spokesperson spokesman spokeswoman official officials aide aides adviser advisers advisor advisors representative source sources";

/// Heads of a description whose capitalized words say where or through what someone
/// speaks, not whom they speak for ("a Twitter user", "a Texas voter", "the Florida senator").
pub(super) const UNNAMED_HEADS: &str = "response reply post tweet comment user commenter viewer reader listener caller follower native \
    resident voter woman man student supporter fan senator lawmaker congressman congresswoman governor \
    mayor legislator businessman businesswoman citizen worker teacher mother father veteran delegate \
    protester farmer owner professor economist analyst researcher scientist doctor banker executive backbencher \
    investor trader negotiator";

/// Words of the formulas that describe an anonymous source ("people familiar with the matter",
/// "a person with knowledge of the talks", "officials briefed on the plan").
const ANONYMOUS_SOURCE_WORDS: &str = "people familiar knowledge briefed";

/// Institutions named head first in Romance languages ("le ministère des Affaires étrangères").
const ROMANCE_ORG_HEADS: &str = "\
    ministère ministerio ministero ministério gouvernement gobierno governo parquet fiscalía procura préfecture \
    mairie ayuntamiento comune tribunal tribunale cour corte conseil consejo consiglio conselho commission \
    comisión commissione comissão présidence presidencia presidenza presidência police policía polizia polícia \
    banque banco secretaría";

/// Capitalized words [`Ctx::is_common_word`] searches the article for before it lists all its
/// lower-case words instead (a search costs a tenth or so of the list).
const MAX_COMMON_WORD_SEARCHES: usize = 8;

struct Ctx<'a> {
    blocks: &'a [ArticleBlock],
    people: People,
    /// Words the article writes in lower case, built on first need: a capitalized
    /// "Might" or "Accordingly" that opens a sentence is one of them, not a name.
    /// (The value is unused: a map of this type is already in the build, a set would add its own code.)
    common: std::cell::OnceCell<crate::hash::Map>,
    /// Words looked for in the text before `common` was built.
    searches: std::cell::Cell<usize>,
    /// Whom the last "a Downing Street spokesperson" spoke for: "the spokesperson" later.
    spoken_for: std::cell::RefCell<Option<String>>,
    /// Who last spoke "in a statement" or issued one, and in which block: "the statement" later.
    issuer: std::cell::RefCell<Option<(String, usize)>>,
    /// Where the last speaker the article leaves unnamed was described ("“…,” a spokeswoman
    /// for the council said"): a "she" after, with no one named since, is more likely them.
    unnamed_voice: std::cell::Cell<Option<(usize, usize)>>,
    /// Full names of a script without case that have spoken ("إريك غريب"): it has no capitals
    /// to find them by, so `people` knows none; a surname alone later is the last of them.
    uncased_names: std::cell::RefCell<Vec<String>>,
}

/// Papers that speak for whoever issued them ("the statement said"). (Not a letter: one
/// quoted later is often another's, "the groups who wrote to her"; only one the article
/// introduces, see `Ctx::paper_owner`.)
const DOCUMENTS: &str = "statement release communiqué";
/// Most lower-case words from the name of who put out a paper to the paper ("put out a three-page statement").
const MAX_OWNER_WORDS: usize = 6;
/// Most blocks between a statement's issuer and "the statement" standing for them.
const MAX_ISSUER_BLOCKS: usize = 4;

/// Heads of a definite description that means a body the article named ("the company", "the agency").
const BODY_HEADS: &str = "company firm agency department ministry commission committee council bureau board authority";

/// Whether `text` names a paper (`DOCUMENTS`) within three words after one of `openers`
/// ("in a written statement", "issued a statement").
fn names_paper(text: &str, openers: &str) -> bool {
    paper_in(text, openers, DOCUMENTS).is_some()
}

/// Where the last of `papers` named within three words after one of `openers` in `text` ends, in bytes.
#[inline(never)]
fn paper_in(text: &str, openers: &str, papers: &str) -> Option<usize> {
    let mut since = usize::MAX;
    let mut found = None;
    for w in text.words() {
        let bare = crate::text::trim_to_word(w);
        since = if is_listed(openers, bare) { 0 } else { since.saturating_add(1) };
        if since <= 3 && is_listed(papers, bare) {
            found = Some(bare.as_ptr() as usize - text.as_ptr() as usize + bare.len());
        }
    }
    found
}

impl Ctx<'_> {
    /// Resolves a speaker phrase to a canonical name, or None where the article does not say who.
    fn resolve(&self, f: &Found, block: usize, at: usize, last_speaker: Option<&str>) -> Option<String> {
        // A statement speaks for whoever put it out: "a statement from the Trump campaign" is the
        // campaign's, not Trump's.
        // ("According to a civil complaint filed …": the source is what follows "to".)
        let according = f.words.len() > 2 && f.words[0].eq_ascii_case("according") && f.words[1] == "to";
        if let Some(i) = (1..f.words.len().saturating_sub(1)).find(|&i| f.words[i] == "from" && is_listed(DOCUMENTS, &f.words[i - 1])).or(according.then_some(1)) {
            return self.resolve(&Found { words: f.words[i + 1..].to_vec(), ..f.clone() }, block, at, last_speaker);
        }
        // ("Andrews’ statement said", "the company’s statement said": one speaks for whose it is.)
        if let [owner @ .., whose, paper] = &f.words[..] {
            let bare = people::without_possessive(whose);
            if bare.len() != whose.len() && is_listed(DOCUMENTS, paper) {
                let mut words = owner.to_vec();
                words.push(bare.to_string());
                let who = self.resolve(&Found { words, ..f.clone() }, block, at, last_speaker);
                // (Whose it is puts out what "the statement" says next.)
                if let Some(w) = &who {
                    self.issuer.replace(Some((w.clone(), block)));
                }
                return who;
            }
        }
        // "In a statement, Gowdy said …" then "“…,” the statement said": Gowdy's words
        // (unless another was put out since: "Acme issued a statement. “…,” the statement said").
        let paper = f.words.len() == 2 && f.words[0].eq_ascii_case("the");
        let document = paper && is_listed(DOCUMENTS, &f.words[1]);
        if document {
            let another = |b: usize| names_paper(self.paper_window(b, block, at).0, "a an");
            if let Some((who, _)) = self.issuer.borrow().as_ref().filter(|(_, b)| block.abs_diff(*b) <= MAX_ISSUER_BLOCKS && !(b + 1..=block).any(another)) {
                return Some(who.clone());
            }
        }
        // "Vito Lopez put out a statement." then "“…,” the statement said": whoever put it out
        // (a letter too, where the article introduces it: "a letter from Ann Cole").
        if document || paper && is_listed("letter memo", &f.words[1]) {
            if let Some(who) = self.paper_owner(block, at, &f.words[1]) {
                return Some(who);
            }
        }
        let who = self.resolve_phrase(f, block, at, last_speaker);
        // "A Downing Street spokesperson said …" then "the spokesperson added": the same one,
        // where the article names no one else so ("the spokesperson" as written, or nobody).
        if f.words.len() >= 2 && people::has(&f.words[f.words.len() - 1], people::SPEAKS_FOR_ONE) {
            let as_written = who.as_ref().is_none_or(|w| w.eq_ascii_case(&crate::text::join(&f.words, " ")));
            if f.words.len() == 2 && f.words[0].eq_ascii_case("the") && as_written {
                return self.spoken_for.borrow().clone().or(who);
            }
            if who.is_some() {
                self.spoken_for.replace(who.clone());
            }
        }
        if let Some(w) = who.as_ref().filter(|_| !document) {
            // The paper is one the speaker spoke in or put out, not a word of what they said
            // ("The Times said Cook provided a written statement").
            let text = &self.blocks[block].text.text;
            let sentence = sentence_of(self.blocks[block].sentences(), f.phrase.start);
            let near = window_before(text, sentence.start.min(f.phrase.start), f.phrase.start).start..window_after(text, f.phrase.end, sentence.end.max(f.phrase.end)).end;
            if names_paper(&text[near], "in issued released") {
                self.issuer.replace(Some((w.clone(), block)));
            }
        }
        who
    }

    /// Where papers introduced in block `b` are looked for, up to (block, at): its last
    /// ATTRIBUTION_WINDOW bytes, and where they start. (The end of each paragraph only: a
    /// paragraph of thousands of quotations must not cost quadratic time.)
    fn paper_window(&self, b: usize, block: usize, at: usize) -> (&str, usize) {
        let text = &self.blocks[b].text.text;
        let window = window_before(text, 0, if b == block { at } else { text.len() });
        (&text[window.clone()], window.start)
    }

    /// Who put out the last `paper` introduced ("a statement") in the few blocks up to (block,
    /// at): the name after "from"/"by" ("a letter from Defense Secretary Ann Cole"), else its
    /// subject shortly before it, with no comma or dash between ("Vito Lopez put out a
    /// three-page statement"; "A coalition of groups - including Easter Seals - sent a letter"
    /// is not Easter Seals').
    #[inline(never)]
    fn paper_owner(&self, at_block: usize, at: usize, paper: &str) -> Option<String> {
        let mut block = at_block;
        let end = loop {
            let (window, start) = self.paper_window(block, at_block, at);
            if let Some(end) = paper_in(window, "a an", paper) {
                break start + end;
            }
            if block + MAX_ISSUER_BLOCKS <= at_block || block == 0 {
                return None;
            }
            block -= 1;
        };
        let text = &self.blocks[block].text.text;
        let sentence = sentence_of(self.blocks[block].sentences(), end - 1);
        if text[end..].words().next().is_some_and(|w| is_listed("from by", w)) {
            return self.people.name_of(self.people.mention_in(block, end..sentence.end, false).map(|m| m.entity));
        }
        // (A subject: not "The son of Donald Trump received a letter"; nor one who got it.)
        let m = self.people.mention_in(block, sentence.start..end, true)?;
        if text[..m.at].words().next_back().is_some_and(|w| people::has(w, people::OBJECT_MARKER)) {
            return None;
        }
        let mut lower_case = 0;
        for w in text[m.at..end].words() {
            if w.bytes().any(|b| b == b',' || b == b'(') || is_listed("- — – received got obtained", w) {
                return None;
            }
            lower_case += usize::from(!people::is_capitalized(w));
        }
        self.people.name_of(Some(m.entity).filter(|_| lower_case <= MAX_OWNER_WORDS))
    }

    /// `who` if it may be the person "he" or "she" (`female`) stands for: not an organisation or
    /// a body ("The company"), nor someone of the other sex.
    fn personal(&self, who: Option<&str>, female: Option<bool>) -> Option<String> {
        let who = who?;
        let body = is_listed("the a an", &crate::text::lower(crate::text::before(who, " ")));
        (!body && self.people.may_be_referent(who, female)).then(|| who.to_string())
    }

    fn resolve_phrase(&self, f: &Found, block: usize, at: usize, last_speaker: Option<&str>) -> Option<String> {
        if f.implied {
            return self.people.name_of(self.people.antecedent(block, at, None)).or_else(|| self.personal(last_speaker, None));
        }
        // (A plain loop: each map collected was a from_iter and a fold of its own.)
        let mut words: Vec<String> = Vec::with_capacity(f.words.len());
        let mut lower: Vec<String> = Vec::with_capacity(f.words.len());
        for w in &f.words {
            let w = people::without_possessive(w);
            words.push(w.to_string());
            lower.push(w.lowered());
        }
        // (A pronoun of another language may have the rest of the clause after it, „…“, sagte sie
        // am Dienstag, zei hij in Den Haag; after "il" no name: it is also Italian's article, "ha
        // detto il sindaco Marco Rossi"; nor after one in capitals, a name's first word: "Han Dong-hoon".)
        let clause_after = || people::name_phrases(&crate::text::join(&words[1..], " ")).iter().all(|p| p.name.is_empty());
        let name = words.get(..2).is_some_and(|two| two.iter().all(|w| people::is_capitalized(w)));
        // "her spokesman", "his office": whoever the pronoun stands for speaks through them (as
        // "Trump's lawyers" are Trump's words).
        if let [his, head] = &lower[..] {
            if is_listed("his her", his) && is_listed("spokesman spokeswoman spokesperson representative rep office campaign", head) {
                return self.people.name_of(self.people.antecedent(block, at, Some(his == "her")));
            }
        }
        // "Carter’s mother", "Trump’s campaign manager", "the senator’s chief of staff": someone a
        // possessive ties to the one named is someone else, whom the article gave that role or
        // nobody (but "Trump’s son Eric Trump" is named; "Trump’s campaign", a body, speaks for him).
        if let Some(p) = (1..words.len()).rfind(|&i| f.words[i - 1].len() != words[i - 1].len()) {
            // (The role is the head, before any "of", "to" or "for": "Russia’s foreign ministry" is a body, not a "foreign" someone.)
            let head = lower[p..].iter().position(|w| is_listed("of to for", w)).map_or(lower.len(), |o| p + o) - 1;
            let role = people::has(&lower[head], people::KIN | people::SPEAKS_FOR_ONE) || people::is_title(&lower[head]);
            if words[p..].iter().all(|w| !people::is_capitalized(w)) && head >= p && role {
                return self.people.name_of(self.people.by_description(&words, block, at));
            }
        }
        if let Some(pronoun) = lower.first().filter(|w| lower.len() == 1 || people::is_foreign_pronoun(w) && !name && (*w != "il" || clause_after())).and_then(|w| people::as_pronoun(w)) {
            return match pronoun {
                // A caption names whom it shows, and its names are no mentions of the story's: "he"
                // there is the one it names before, or nobody ("Elon Musk in Paris. “…,” he said.").
                "he" | "she" if self.blocks[block].kind == "caption" => {
                    let named = people::name_phrases(&self.blocks[block].text.text[..at]).into_iter().rev().find(|p| p.name.len() >= 2)?;
                    Some(self.people.canonical(&named.name))
                }
                "he" | "she" if self.people.unnamed_person_since_named(block, at) || self.unnamed_voice.get().is_some_and(|v| self.people.no_one_named_since(v, block, at)) => None,
                "he" | "she" => {
                    let female = Some(pronoun == "she");
                    self.people.name_of(self.people.antecedent(block, at, female)).or_else(|| self.personal(last_speaker, female))
                }
                "they" | "it" => self.people.name_of(self.people.last_org_before(block, at).or_else(|| self.people.last_body_before(block, at, "company"))),
                _ => None,
            };
        }
        // „…“, sagte der SPD-Politiker am Mittwoch: in German "der"/"die" and a title with no name
        // after it stand for the person last named, as "er"/"sie" would; so do French, Spanish and
        // Italian articles and a title with no capitalized word after ("a déclaré le Premier ministre").
        // (German capitalizes nouns: only the word after the title must not be a name. A Romance
        // phrase names the person anywhere after it, "la présidente du groupe, Cyrielle Chatelain",
        // but not as the title's complement: "le président de la République".)
        let article = lower.first().map_or("", String::as_str);
        let capitalized_after = words.iter().skip(2).position(|w| people::is_capitalized(w)).map(|p| p + 2);
        // (Unless a given name follows: "la ministre chargée du Commerce Olivia Grégoire".)
        let complement = capitalized_after.is_some_and(|c| (c - 2..c).any(|i| attribution::OF_WORDS.contains(&lower[i].as_str())) && !words[c..].iter().any(|w| people::is_given_name(w)));
        // (Word lists rather than chains of `==`: 74 B less wasm.)
        let gendered = is_listed("der die", article) && capitalized_after != Some(2) || is_listed("le la el il", article) && (capitalized_after.is_none() || complement);
        // ("der 76-Jährige", the 76-year-old: an age stands for the one last named too.)
        let age = |w: &str| w.as_bytes().first().is_some_and(u8::is_ascii_digit) && (w.ends_with("-Jährige") || w.ends_with("-Jähriger"));
        if gendered && words.len() > 1 && (people::is_title(&words[1]) || age(&words[1])) {
            // Whom the article gave the title, else the one last named ("le maire" is the mayor).
            let titled = self.people.by_description(&words[1..2], block, at);
            return self.people.name_of(titled.or_else(|| self.people.antecedent(block, at, Some(is_listed("die la", article)))));
        }
        // "Documents reviewed by The Washington Post show", "economists polled by Reuters said": who saw
        // the papers or asked the people is not the source; the document or group is, as written.
        if let Some(p) = (1..lower.len().saturating_sub(1)).find(|&p| lower[p + 1] == "by" && is_listed(attribution::ACCESS_PARTICIPLES, &lower[p])) {
            let head = lower[p - 1].as_str();
            let known = is_listed(attribution::DATA_SOURCES, head) || people::has(head, people::GROUP_SPEAKER) || attribution::is_plural_noun(head);
            return (known && !is_listed("a an", lower[0].as_str())).then(|| crate::text::join(&f.words[..p], " "));
        }
        if words.first().is_some_and(|w| people::is_uncased(w)) || words.iter().any(|w| people::has_han(w)) {
            let mut known = self.uncased_names.borrow_mut();
            // "وأكد الوزير أن …", the minister said: a person's title alone stands for the one last
            // named, as "le ministre" does (not a body's: "وقالت الشرطة", the police said).
            let Some(name) = people::uncased_name(&words) else {
                return known.last().cloned().filter(|_| is_listed(people::AR_PERSON_TITLES, &words[0]));
            };
            if crate::text::has_str(&name, " ") {
                known.push(name.clone());
            } else if let Some(full) = known.iter().rev().find(|k| crate::text::after_last_space(k) == name) {
                return Some(full.clone());
            }
            return Some(name);
        }
        // "Lena Moffitt of the Sierra Club": the head comes before the preposition
        // (but "Secretary of State John Kerry" names him after it). A place ("a
        // woman in Worcester") or a relative clause ("Sen. Jim Whelan who
        // represents Atlantic City") after the head never names the speaker; nor
        // does a place or platform in other languages ("Jean-Luc Mélenchon sur Twitter").
        let org_of = |i: usize| i > 0 && words.get(i + 1).is_some_and(|n| people::is_org_of(&words[i - 1], &lower[i], n, words.get(i + 2).map_or("", String::as_str)));
        let head_end = (0..words.len())
            .find(|&i| is_listed("of at for from with in who whose whom which sur dans en auf im am bei su в на", &lower[i]) && !org_of(i))
            .unwrap_or(words.len());
        // A determiner opens a description: "a woman in Worcester", "the Florida senator".
        let determiner = lower.first().is_some_and(|w| is_listed("a an one another the", w.as_str()));
        // (Read once: each `lower[0] == "the"` below was a comparison of its own in the wasm.)
        let definite = lower.first().is_some_and(|w| w == "the");
        let beyond_head = head_end == words.len()
            || is_listed("of at for with from", lower[head_end].as_str())
            || lower[head_end] == "in" && !determiner;
        // "one Twitter response began", "a Fox News viewer wrote", "a South Carolina native":
        // someone unnamed, whatever names the platform or place (but "a White House official",
        // "a Clinton ad" speak for theirs); "the Florida senator" is someone the article named.
        // (The head ends before "who …"; a capitalized head is a name: "The Daily Caller", "the Post".)
        let determined = head_end >= 3 && determiner;
        let described = determined && !people::is_capitalized(&words[head_end - 1]);
        let by_description = || self.people.name_of(self.people.by_description(&words, block, at));
        // "the New York Democrat", "the Republican": whom the article gave the party, else (given
        // nobody) the one the paragraph opened with ("Rep. Alexandria Ocasio-Cortez also spoke.").
        // ("another New Hampshire Republican", "a Florida Democrat": someone the article leaves unnamed.)
        if head_end >= 2 && determiner && is_listed("democrat republican", &lower[head_end - 1]) {
            if !definite {
                return None;
            }
            return by_description().or_else(|| self.people.name_of(self.people.opening_subject(block, at, Some(&lower[head_end - 1]))));
        }
        // "a human resources manager at a large Munich technology company": someone unnamed; the
        // employer or place after the head is not who spoke (but "a spokesman for Google" speaks for it).
        // (But "a statement from the Kremlin", "a study by Harvard researchers", "a memo from the
        // White House" speak for who issued them; "a poll of Indiana voters" names those asked.)
        if determiner
            && !definite
            && head_end >= 2
            && head_end < words.len()
            && !people::is_capitalized(&words[head_end - 1])
            && !people::has(&lower[head_end - 1], people::SPEAKS_FOR_ONE)
            && !(is_listed(attribution::DATA_SOURCES, &lower[head_end - 1]) && is_listed("from by", &lower[head_end]))
        {
            return None;
        }
        if described && people::has(&lower[head_end - 1], people::UNNAMED_HEAD) {
            return if definite { by_description() } else { None };
        }
        // "the Fed chair" is the chair the article named ("Fed Chair Jerome Powell"), not the Fed.
        if described && definite && people::is_title(&lower[head_end - 1]) {
            if let Some(name) = by_description() {
                return Some(name);
            }
            // "Eddie Howe was left to rue … “…,” the Newcastle manager said.": a title the
            // article gives nobody is the person the paragraph opened with; in a paragraph's
            // first sentence, the one the paragraph before opened with ("Jeremy Corbyn has
            // accused the BBC …" then "The Labour leader told BBC One …"; not after a quotation:
            // "“…,” said the senior Cruz adviser" may be someone the article left unnamed).
            // (A deputy's title is another: "the vice president" is not the president named.)
            let deputy = head_end >= 2 && is_listed("vice deputy assistant associate", &lower[head_end - 2]);
            let title = Some(lower[head_end - 1].as_str()).filter(|_| !deputy);
            // (The paragraph's first sentence is looked for only when its own opening names no one.)
            let first_sentence = || {
                let before = &self.blocks[block].text.text[..at];
                block > 0 && sentence_of(self.blocks[block].sentences(), at).start == 0 && !before.contains(&['“', '"', '‘', '«', '„'][..])
            };
            let opened = self.people.opening_subject(block, at, title).or_else(|| if first_sentence() { self.people.opening_subject(block - 1, usize::MAX, title) } else { None });
            if let Some(name) = self.people.name_of(opened) {
                return Some(name);
            }
        }
        // (Otherwise a name before the title says whose title it is, not who: "the Arsenal manager".)
        let titled = described && definite && people::is_title(&lower[head_end - 1]);
        let before = self.blocks[block].text.text.get(..at).unwrap_or_default().trimmed_end();
        let opens_sentence = before.is_empty() || before.ends_with(&['.', '!', '?', ':', '“', '"', '”', '—', '('][..]);
        let named = |ws: &[String]| {
            // The last capitalized run, unless it describes someone ("… Channing D. Phillips - the Utah Republican").
            let ph = people::name_phrases(&crate::text::join(ws, " ")).into_iter().rev().find(|p| !p.name.is_empty() || p.titles.len() > 1)?;
            if ph.name.is_empty() {
                return None;
            }
            // A lone ordinary word ("Might", "Notice") is not a name; plurals are groups ("Protesters").
            // Mid-sentence, a capitalized word is a name even if the article also writes it in lower
            // case ("…, Early described it"); opening a sentence it may just be the word. A
            // contraction ("I’d") is never a name.
            let contraction = |w: &str| w.contains(&['’', '\''][..]);
            let lone_word = matches!(&ph.name[..], [w] if !w.ends_with("s") && self.is_common_word(w) && (opens_sentence || f.words.first() != Some(w) || contraction(w)));
            (!lone_word).then(|| (ph.name, people::title_gender(&ph.titles)))
        };
        // "Georgia officials said", "Election officials in Georgia", "Trump aides said": a group named
        // by its plural noun, as written (not the place or person before it).
        // (Any plural noun right after a name, where nothing follows: not "his aides", "North Korea’s nuclear
        // ambitions", "Carlos Souza aos jornalistas".)
        let qualified = || {
            let possessive = f.words.iter().zip(&words).any(|(w, bare)| w.len() != bare.len());
            // (Or by its first word only, the rest in lower case, when that is nobody the article
            // names: "Law enforcement sources", not "Perez just starts".)
            let first_only = || (1..head_end).all(|i| !people::is_capitalized(&words[i])) && self.people.person(&words[..1]).is_none();
            head_end == words.len() && head_end <= MAX_GROUP_WORDS && !possessive && (people::is_capitalized(&words[head_end - 2]) || first_only()) && named(&words[..head_end - 1]).is_some()
        };
        let plural = |w: &String| people::has(w, people::GROUP_SPEAKER) || attribution::is_plural_noun(w) && qualified();
        // (And a body a name qualifies: "The Clinton campaign said", "the Obama administration" → "Clinton campaign".)
        let body = head_end >= 2 && is_listed("campaign administration government camp", lower[head_end - 1].as_str()) && qualified();
        let the = usize::from(body && definite);
        if head_end >= 2 + the && (!determiner || the == 1) && !people::is_capitalized(&words[head_end - 1]) && (body || plural(&lower[head_end - 1])) {
            return Some(crate::text::join(&f.words[the..], " "));
        }
        // "officials in Washington", "Residents in Ohio", "experts at Harvard": a group placed by
        // what follows its head, as written like any group (not the place, nor the bare plural).
        let placed_group = head_end >= 1
            && lower.get(head_end).is_some_and(|w| is_listed("in at from across", w))
            && (people::has(&lower[head_end - 1], people::GROUP_SPEAKER) || lower[head_end - 1] == "people")
            // (A plural, or "police", "office", "committee": not "ministry", "company", "court".)
            && lower[head_end - 1].ends_with(&['s', 'e'][..]);
        if placed_group {
            // (Up to a relative clause: "Democrats in Iowa who watched the debate".)
            let relative = lower.iter().position(|w| is_listed("who which that", w)).unwrap_or(lower.len());
            return Some(crate::text::join(&f.words[..relative], " "));
        }
        // "selon le ministère des Affaires étrangères": in French, Spanish, Italian and
        // Portuguese the head comes first and only the name after it is capitalized.
        if lower.len() >= 3 && is_listed("le la el il lo o a", lower[0].as_str()) && is_listed(ROMANCE_ORG_HEADS, lower[1].as_str()) {
            return Some(crate::text::join(&words[1..], " "));
        }
        // A title standing alone is a surname ("Dean, a former party chairman, tweeted").
        let surname = || match &words[..] {
            [w] if people::is_capitalized(w) && people::name_phrases(w).iter().any(|p| p.name.is_empty() && !p.titles.is_empty()) => Some((vec![w.clone()], None)),
            _ => None,
        };
        // Names are read with their inner possessives, which end them ("Parliament’s Joint Committee").
        let mut raw = f.words.clone();
        if let (Some(l), Some(w)) = (raw.last_mut(), words.last()) {
            l.clone_from(w);
        }
        // "Supervisor of Elections Susan Bucher": a full name after "of" is the speaker, the words
        // before it a title (one: "Supporters of Donald Trump" are not him).
        let name_after_of = head_end > 0
            && lower.get(head_end).is_some_and(|w| w == "of")
            && !attribution::is_plural_noun(&lower[head_end - 1])
            && (head_end + 1..words.len().saturating_sub(1)).any(|k| people::is_given_name(&words[k]));
        let head = if name_after_of { &raw[..] } else { &raw[..head_end] };
        // "a spokeswoman for Minister Kate Lindgren said": someone unnamed spoke for her; she did
        // not (an organisation speaks through its spokesman: "a spokesman for Google", below).
        let for_a_person = || self.people.person(&words[head_end + 1..]).is_some_and(|id| self.people.is_surely_person(id));
        if determiner && !definite && head_end >= 2 && lower.get(head_end).is_some_and(|w| w == "for") && people::has(&lower[head_end - 1], people::SPEAKS_FOR_ONE) && for_a_person() {
            return None;
        }
        // "“…,” the Spaniard said": the one last named, as "he" would be.
        if words.len() == 2 && definite && people::is_demonym(&words[1]) {
            return self.people.name_of(self.people.antecedent(block, at, None));
        }
        let found = if titled { None } else { named(head).or_else(|| if beyond_head { named(&raw) } else { None }).or_else(surname) };
        if let Some((name, gender)) = found {
            let id = self.people.lookup_at(&name, gender, block, at);
            // "a Warren aide", "a Clinton spokesman": someone unnamed who works for the person named
            // ("a White House official" speaks for the White House). A person by a given name
            // only: a title among the descriptors can be an organisation's ("Twitter’s current …").
            if determiner && !definite && head_end > 0 && people::has(&lower[head_end - 1], people::SPEAKS_FOR_ONE) && id.is_some_and(|e| self.people.has_given_name(e)) {
                return None;
            }
            return Some(self.people.name_or_written(id, &name));
        }
        // "The professional dancer, 34, told MailOnline": whoever the article gave that age.
        let aged = people::age_after(&self.blocks[block].text.text, f.phrase.end).filter(|_| definite);
        if let Some(name) = aged.and_then(|n| self.people.name_of(self.people.by_description(&["the".into(), crate::text::concat(&[n, "-year-old"])], block, at))) {
            return Some(name);
        }
        // ("a friend said": someone else than the friend the article named. "Hayek confirmed she had. The
        // star then recalled": without a title, whom the paragraph is on, not the star named earlier.)
        let plain = |&e: &usize| !self.people.entities[e].is_person || people::is_title(&lower[lower.len() - 1]) || self.people.other_person_in_block(block, at, e).is_none();
        let described = self.people.by_description(&words, block, at).filter(|e| !is_listed("a an", lower[0].as_str()) && plain(e));
        if let Some(name) = self.people.name_of(described) {
            return Some(name);
        }
        // "Saka said: “…” Asked about his contract, the 23-year-old added": an age no one was given
        // is the one last named, as "he" would be.
        if definite && words.len() == 2 && lower[1].ends_with("-year-old") {
            return self.people.name_of(self.people.antecedent(block, at, None));
        }
        // "a Treasury spokesperson", "a spokesman for the Foreign Office": who speaks for an
        // organisation the article names speaks as it.
        if let Some(h) = lower.iter().position(|w| people::has(w, people::SPEAKS_FOR_ONE)).filter(|_| determiner) {
            // (Not a party or nationality: "one Democratic official", "a British official".)
            let adjective = |w: &String| people::is_title(w) && crate::text::find_listed("ic an ish ese i", b' ', &|e: &str| w.ends_with(e)).is_some();
            // (A number goes with the name before it: "a No 10 spokesperson".)
            let named = |ws: &[String], k: usize| people::is_capitalized(&ws[k]) || k > 0 && people::is_capitalized(&ws[k - 1]) && ws[k].bytes().all(|b| b.is_ascii_digit());
            let capitalized = |ws: &[String]| {
                // (A plain loop: the filter, map and collect were a from_iter, an extend and a next of their own.)
                let mut c = Vec::new();
                for (k, w) in ws.iter().enumerate() {
                    if named(ws, k) {
                        c.push(w.clone());
                    }
                }
                Some(c).filter(|c| !c.is_empty() && !c.iter().all(adjective))
            };
            let after_for = || if lower.get(h + 1).is_some_and(|w| w == "for") { capitalized(&words[h + 2..]) } else { None };
            // (But "the senior Cruz adviser" works for a person, and is someone else.)
            if let Some(org) = capitalized(&words[1..h]).or_else(after_for) {
                return self.people.lookup(&org).filter(|&id| self.people.has_given_name(id)).is_none().then(|| self.people.canonical(&org));
            }
        }
        // (A relative clause is no part of it: "the senator who chairs the committee" is no committee.)
        let end = if lower.get(head_end).is_some_and(|w| is_listed("who whom whose which", w)) { head_end } else { lower.len() };
        let head = crate::text::trim_to_word(lower[..end].last()?);
        // "The company said", "the embattled smartphone company": the firm the article last named
        // ("the agency": the agency).
        if definite && is_listed(BODY_HEADS, head) {
            if let Some(name) = self.people.name_of(self.people.last_body_before(block, at, head)) {
                return Some(name);
            }
        }
        let indefinite = is_listed("a an one another some", lower[0].as_str());
        // (But "the spokesman", "the official" is one person the article leaves unnamed.)
        let one = people::has(head, people::SPEAKS_FOR_ONE) && !head.ends_with("s");
        if people::has(head, people::GROUP_SPEAKER) && !indefinite && !one {
            return Some(crate::text::join(&f.words[..end], " "));
        }
        None
    }

    /// Whether a capitalized `word` is an ordinary word rather than a name: a
    /// contraction ("We've"), or a word the article also writes in lower case.
    fn is_common_word(&self, word: &str) -> bool {
        if people::is_contraction(word) {
            return true;
        }
        let w = word.lowered();
        // The first few words asked about are searched for in the text, as whole words: most
        // articles ask about a few, and the table of all their lower-case words was ~3 % of the
        // analysis. (Searches stop at a few, so that a page asking about many stays linear.)
        if self.common.get().is_none() && self.searches.get() < MAX_COMMON_WORD_SEARCHES {
            self.searches.set(self.searches.get() + 1);
            let written = |t: &str| {
                let mut from = 0;
                while let Some(i) = crate::text::find_str(&t[from..], &w) {
                    let (at, end) = (from + i, from + i + w.len());
                    if !t[..at].chars().next_back().is_some_and(char::is_alphabetic) && !crate::text::char_at(t, end).is_alphabetic() {
                        return true;
                    }
                    // (A match overlapping this one starts after one of its letters: not a whole word.)
                    from = end;
                }
                false
            };
            let lower_word = w.chars().next().is_some_and(char::is_lowercase) && w.chars().all(char::is_alphabetic);
            return lower_word && self.blocks.iter().any(|b| written(&b.text.text));
        }
        let common = self.common.get_or_init(|| {
            let starts_lower = |w: &&str| w.chars().next().is_some_and(char::is_lowercase);
            let mut words = crate::hash::Map::default();
            for b in self.blocks {
                for w in crate::text::split_non_word(&b.text.text, true).filter(starts_lower) {
                    words.or_insert(w, 0);
                }
            }
            words
        });
        common.contains_key(&w)
    }
}

/// "It Can’t Be Stopped", "Miss Piggy": every significant word capitalized, as in titles and names.
fn is_title_case(s: &str) -> bool {
    // (Counted in a plain loop: the significant words collected were a from_iter and an extend of their own.)
    let mut significant = 0;
    for w in s.words() {
        let mut letters = 0;
        for c in w.chars() {
            letters += usize::from(c.is_alphabetic());
        }
        if letters > 3 {
            if !people::is_capitalized(w) {
                return false;
            }
            significant += 1;
        }
    }
    significant >= 2
}

/// “…” ― Pamela Padilla: a dash after the closing mark, then the name.
fn dash_attribution(text: &str, from: usize) -> Option<Found> {
    let rest = &text[from..];
    let trimmed = rest.trimmed_start();
    let dash = trimmed.chars().next().filter(|c| matches!(c, '—' | '―' | '–' | '-'))?;
    let after = &trimmed[dash.len_utf8()..];
    signature(text, text.len() - after.trimmed_start().len())
}

/// The name that signs words from `start` of `text`: "Gov. Gavin Newsom", "Jane Doe, a nurse".
fn signature(text: &str, start: usize) -> Option<Found> {
    let line = window_after(text, start, text.len());
    let line_end = text[line.clone()].find(&['“', '"', '\n', '('][..]).map_or(line.end, |i| start + i);
    let sig = &text[start..line_end];
    let phrases = people::name_phrases(sig);
    let first = phrases.first().filter(|p| p.start == 0 && !p.name.is_empty())?;
    // "— Assembly Republican leader James Gallagher": a title in lower case between the words
    // that open the signature and the name.
    // (Not a place or body after a preposition: "Governor Gavin Newsom of California".)
    let title = |t: &str| t.bytes().all(|b| b.is_ascii_lowercase() || b == b' ') && !t.words().any(|w| is_listed("of at for from in", w));
    let ph = phrases.iter().skip(1).take_while(|p| title(&sig[first.end..p.start])).last().unwrap_or(first);
    Some(Found { phrase: start + ph.start..start + ph.end, words: ph.name.clone(), cue: "—".into(), implied: false })
}

/// Words before a short quotation that make it a scare quote or a name ("the “jobs machine”").
const SCARE_MARKERS: &str = "the a an this that its their his her so-called our your my these those";
/// A short fragment counts as speech only when its cue stands this close before it.
const SHORT_FRAGMENT_CUE_WORDS: usize = 12;
/// …or this close, with no clause break between.
const MAX_FRAGMENT_CUE_WORDS: usize = 24;

/// Whether a fragment in quotation marks is someone's reported words rather
/// than a scare quote, a nickname or a title.
fn is_reported_fragment(inner: &str, found: Option<&Found>, before: &[attribution::Word]) -> bool {
    let Some(f) = found else { return false };
    let cue_at = before.iter().rposition(|w| w.bare() == f.cue);
    let cue_words_before = cue_at.map(|k| before.len() - k - 1);
    // Titles and names in title case, unless a speech verb introduces them; what is "called" so is a name.
    if is_title_case(inner) && (cue_words_before.is_none_or(|d| d > 2) || cues::is_naming_cue(&f.cue)) {
        return false;
    }
    // ("the so-called “foreign direct product rule,”": the writer's distance, whatever its comma.)
    if before.last().is_some_and(|w| w.bare() == "so-called") {
        return false;
    }
    let n_words = words_in(inner);
    // Sanders told MSNBC's “Morning Joe”, said on “Fox and Friends.”: a programme or publication.
    // (Arabic: "كتب على حسابه في “تويتر”", wrote on his account on Twitter; its script has no capitals to tell.)
    let after_possessive_or_on = before.last().is_some_and(|w| is_listed("on in في على عبر", w.bare()) || w.text.ends_with("'s") || w.text.ends_with("’s"));
    let capitalized = inner.words().filter(|w| w.len() > 3).all(people::is_capitalized) && crate::text::first_char(inner).is_some_and(char::is_uppercase) || people::is_uncased(inner) && !people::has_han(inner);
    if after_possessive_or_on && capitalized && n_words <= MAX_PROGRAMME_WORDS {
        return false;
    }
    if n_words > SCARE_QUOTE_MAX_WORDS || inner.ends_with(&[',', '.', '!', '?'][..]) {
        return true;
    }
    // "the “jobs machine”" is a scare quote, but "called Trump a “pathological liar”" quotes Cruz.
    let named = cues::is_naming_cue(&f.cue) && cue_words_before.is_some_and(|d| d <= attribution::MAX_NAMING_CUE_DISTANCE)
        || cues::is_judging_verb(&f.cue) && attribution::ends_with_as(before) && cue_words_before.is_some_and(|d| d <= attribution::MAX_NAMING_AS_DISTANCE);
    let marked = !named && before.last().is_some_and(|w| is_listed(SCARE_MARKERS, w.bare()));
    // Attributed after the quotation (“…,” she said) or by a cue close before it.
    // (Further within one clause: "said on Monday the central bank could keep rates on hold for “some time”".)
    let one_clause = cue_at.is_some_and(|k| before[k..].iter().all(|w| !w.ends_clause()));
    !marked && cue_words_before.is_none_or(|d| d <= SHORT_FRAGMENT_CUE_WORDS || one_clause && d <= MAX_FRAGMENT_CUE_WORDS)
}

fn sentence_of(sents: &[Range<usize>], at: usize) -> Range<usize> {
    // Sentences are in order: the last one starting at or before `at`.
    let i = sents.partition_point(|r| r.start <= at);
    i.checked_sub(1).map(|i| sents[i].clone()).filter(|r| at < r.end.max(r.start + 1)).unwrap_or(0..0)
}

/// How far from a quotation its attribution is looked for, in bytes each way
/// (some 60 words): it stands next to the quotation, and a block of thousands
/// of quotations in one run-on "sentence" must not cost quadratic time.
const ATTRIBUTION_WINDOW: usize = 400;

/// `text[from..to]` narrowed to its last ATTRIBUTION_WINDOW bytes (on a char boundary).
/// (Out of line: inlined in its six callers it was ~70 B of gzipped wasm; so was the next.)
#[inline(never)]
fn window_before(text: &str, from: usize, to: usize) -> Range<usize> {
    let mut start = from.max(to.saturating_sub(ATTRIBUTION_WINDOW));
    while !text.is_char_boundary(start) {
        start += 1;
    }
    start..to
}

/// `text[from..to]` narrowed to its first ATTRIBUTION_WINDOW bytes (on a char boundary).
#[inline(never)]
fn window_after(text: &str, from: usize, to: usize) -> Range<usize> {
    let mut end = to.min(from + ATTRIBUTION_WINDOW);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    from..end.max(from)
}

/// Who spoke last, and in which block: someone named, or someone the article describes
/// without naming ("an Iowa Democrat"), whose quotations go on only in their own paragraph.
struct Voice {
    who: String,
    named: bool,
    block: usize,
}

impl Voice {
    /// The last speaker's name, if the last speaker was named.
    fn name(last: &Option<Voice>) -> Option<&str> {
        last.as_ref().filter(|v| v.named).map(|v| v.who.as_str())
    }
}

pub fn find(blocks: &[ArticleBlock]) -> (Vec<Quote>, Vec<Speaker>) {
    // Preformatted blocks hold code, whose strings are nobody's words ("POST", "Content-Type": …);
    // reference lists the titles of works.
    // Headings are title case: their capitalized words are not name mentions.
    // Captions carry photo credits ("AFP via Getty Images"), not the story's actors.
    // (Plain loops here and for the transcript lines: each map collected was a from_iter, an
    // extend and a fold of its own.)
    let mut spans: Vec<Vec<marks::Span>> = Vec::with_capacity(blocks.len());
    let mut texts: Vec<&str> = Vec::with_capacity(blocks.len());
    for (i, b) in blocks.iter().enumerate() {
        spans.push(if is_listed("heading preformatted citation", b.kind) { Vec::new() } else { marks::scan(&b.text.text, blocks.get(i + 1).is_some_and(|n| n.text.text.starts_with("\""))) });
        texts.push(if is_listed("heading caption preformatted citation", b.kind) { "" } else { b.text.text.as_str() });
    }
    // Spans are in order and apart: the one that may hold `at` is the last starting at or before it.
    let quoted = |bi: usize, at: usize| {
        let k = spans[bi].partition_point(|s| s.outer.start <= at);
        k.checked_sub(1).is_some_and(|k| spans[bi][k].outer.contains(&at))
    };
    let mut people = People::collect(&texts, &quoted);
    people.note_unnamed_subjects(&texts, |bi| blocks[bi].sentences());
    let ctx = Ctx { blocks, people, common: Default::default(), searches: Default::default(), spoken_for: Default::default(), issuer: Default::default(), unnamed_voice: Default::default(), uncased_names: Default::default() };
    let mut quotes: Vec<Quote> = Vec::new();
    let mut last: Option<Voice> = None;
    let mut open_from_previous = false;
    let answers = answers(&ctx);
    // A transcript labels its turns again and again; one label in capitals opens a
    // dateline ("THIRUVANANTHAPURAM: The death toll …") or a note, not someone's turn.
    // Each turn: the block of its label, the label, the words.
    let mut lines = Vec::with_capacity(ctx.blocks.len());
    for (bi, b) in ctx.blocks.iter().enumerate() {
        lines.push(attribution::transcript_line(&b.text.text).map(|(l, w)| (bi, l, w)));
    }
    for bi in 1..lines.len() {
        if let (Some((label_block, label, w)), None) = (&lines[bi - 1], &lines[bi]) {
            if w.is_empty() {
                lines[bi] = Some((*label_block, label.clone(), 0..ctx.blocks[bi].text.text.trimmed_end().len()));
            }
        }
    }
    let transcript = lines.iter().flatten().nth(1).is_some();
    for (bi, block) in blocks.iter().enumerate() {
        let text = &block.text.text;
        let sents = block.sentences();
        let continues = std::mem::take(&mut open_from_previous);
        if let Some((who, start)) = answers[bi].filter(|_| spans[bi].is_empty()) {
            let end = text.trimmed_end().len();
            quotes.push(Quote {
                text: text[start..end].to_string(),
                speaker: ctx.people.name_of(who),
                unnamed_speaker: None,
                cue: Some(":".into()),
                kind: "direct",
                range: block.text.range(start, end),
                speaker_range: None,
            });
            continue;
        }
        if block.kind == "blockquote" && spans[bi].is_empty() {
            if let Some(q) = block_quotation(&ctx, bi, Voice::name(&last)) {
                if let Some(s) = &q.speaker {
                    last = Some(Voice { who: s.clone(), named: true, block: bi });
                }
                quotes.push(q);
            }
            continue;
        }
        // The last partial quotation of the block and its attribution, which a list of fragments shares.
        let mut listed: Option<(usize, Found)> = None;
        // The last quotation of the block left without a speaker, and its span; a fragment
        // that only a following one's attribution would make reported speech.
        let mut unattributed: Option<(usize, usize)> = None;
        let mut held: Option<(Quote, usize)> = None;
        let mut direct_at: Option<usize> = None;
        for (si, span) in spans[bi].iter().enumerate() {
            let inner = &text[span.inner.clone()];
            let sent = sentence_of(sents, span.outer.start);
            let sent = if sent.is_empty() { 0..text.len() } else { sent };
            let before_ws = words(text, window_before(text, sent.start, span.outer.start));
            // Up to the next quotation, and past a full stop not into the next sentence:
            // “… recklessness.” South Korea's president said … names the next quotation's
            // speaker. (“Who are they?” Trump asked: the splitter parts those, the words do not.)
            let own_end = sentence_of(sents, span.outer.end - 1).end.max(span.outer.end);
            let next_end = sents.get(sents.partition_point(|r| r.start < span.outer.end)).map_or(own_end, |r| r.end);
            // (Its first words only: "Several Republican leaders, including …, have since denounced it." is news, not a cue.)
            // or past a name and its appositive (“…?” Will Estrada, the chairman for …, said).
            // (Collected whole, then cut: the same collect as the name finder's, where `take` was a copy of its own.)
            let mut next_words: Vec<_> = crate::text::words_at(&text[own_end.min(next_end)..next_end]).collect();
            next_words.truncate(MAX_ASKED_WORDS);
            let named = next_words.iter().position(|w| w.1.ends_with(",")).is_some_and(|c| next_words[..=c].iter().all(|w| people::is_capitalized(w.1)));
            let asked_end = next_words.get(MAX_ASKED_WORDS - 1).filter(|_| !named).map_or(next_end, |(at, w)| own_end + at + w.len());
            // (Only for a quotation opening its sentence: "…telling her, “…!” She replied" is two speakers.)
            let lead = text[sent.start..span.outer.start].trimmed();
            let sent_end = if inner.ends_with(&['?', '!'][..]) && lead.is_empty() { own_end.max(asked_end) } else { own_end };
            let after_end = spans[bi].get(si + 1).map_or(sent_end, |n| n.outer.start.clamp(span.outer.end, sent_end));
            let after_ws = words(text, window_after(text, span.outer.end, after_end.min(text.len())));
            // «…», ha detto: punctuation after the closing mark, as Romance languages place it.
            let punctuated_after = text[span.outer.end..].trimmed_start().starts_with(&[',', '.', ';', ':', '—'][..]);
            // “…,” X said: only when the quotation ends its clause; otherwise the
            // sentence goes on after it and the attribution stands before it.
            // (Speech set off by dashes ends at its closing dash.)
            let dash_closed = text[..span.outer.end].ends_with(&['—', '―', '–'][..]);
            let ends_clause = inner.ends_with(&[',', '.', '!', '?', '…', '—', '-'][..])
                || dash_closed
                // “…” said Nick Merrill: a quotation opening its sentence, the comma forgotten.
                || lead.is_empty() && after_ws.first().is_some_and(attribution::Word::is_cue_first)
                || punctuated_after
                // “…” Trump said. (a short tail named by a name or pronoun, not “welcomes” the talks.)
                || after_ws.len() <= 4 && after_ws.first().is_some_and(|w| people::is_capitalized(w.text) || is_listed(PRONOUNS, w.bare()));
            // "When Trump suggested …, Rubio fired back: “…”": a colon ending a clause
            // that opens with its own subject introduces the quotation, whoever a cue
            // earlier in the sentence names.
            let colon_clause = match before_ws.split_last() {
                Some((last, rest)) if last.text.ends_with(":") => rest.iter().rposition(|w| w.text.ends_with(&[',', ';'][..])).map_or(0, |i| i + 1),
                _ => 0,
            };
            let colon_clause = if before_ws.get(colon_clause).is_some_and(|w| people::is_capitalized(w.text) || is_listed(PRONOUNS, w.bare())) { colon_clause } else { 0 };
            let found = if people::has_han(inner) { attribution::cjk(text, span.outer.clone()) } else { None };
            // A block quotation signed in a block of its own ("— Helen Ward, transport secretary").
            let quote_only = (span.inner.len() as f32) >= QUOTE_ONLY_SHARE * text.trimmed().len() as f32;
            let signature = blocks.get(bi + 1).filter(|n| block.kind == "blockquote" && n.kind == "blockquote" && quote_only && n.text.text.starts_with(&['—', '―'][..]));
            let signed = signature.and_then(|n| dash_attribution(&n.text.text, 0));
            let found_in = if found.is_none() && signed.is_some() { bi + 1 } else { bi };
            // “A,” she said, “B.”: the second part takes the first part's attribution.
            let between_previous = || {
                let prev = si.checked_sub(1).map(|p| &spans[bi][p])?;
                let between = words(text, window_after(text, prev.outer.end, span.outer.start));
                after_quote(&between)
            };
            // The words after a French incise (« A, estime X. B ») have no mark of their own: X's only.
            // (So do those after an Italian or Spanish one set between dashes: «A — dice X — B».)
            let dashes = &['—', '–'][..];
            let after_dashes = si > 0 && text[span.outer.start..].starts_with(dashes) && text[spans[bi][si - 1].outer.end..].starts_with(dashes);
            let after_incise = after_dashes || text[span.outer.start..span.inner.start].trimmed().is_empty();
            let found = if after_incise { between_previous() } else { found.or(signed)
                .or_else(|| dash_attribution(text, span.outer.end))
                .or_else(|| if ends_clause && !attribution::opens_subordinate_clause(&after_ws) { after_quote(&after_ws) } else { None })
                // (Not the words of a quotation before it: “Nosotros …”, explicó Almansa, “pero …”.
                // The words end at this quotation, so only an earlier one can hold them.)
                .or_else(|| match before_quote(&before_ws).filter(|f| !quoted(bi, f.phrase.start)) {
                    Some(f) if colon_clause > 0 && f.phrase.end <= before_ws[colon_clause].at => attribution::colon_intro(&before_ws[colon_clause..]).or(Some(f)),
                    found => found,
                })
                .or_else(|| attribution::colon_intro(&before_ws))
                .or_else(|| if inner.ends_with(&[',', '!', '?'][..]) { attribution::name_then_verb(&after_ws) } else { None })
                .or_else(|| sentence_tail(&after_ws, ends_clause))
                .or_else(between_previous)
                // “Never again.” That was the verdict of Sen. Warren: the next sentence says whose.
                .or_else(|| match &words(text, own_end..next_end)[..] {
                    [that, rest @ ..] if lead.is_empty() && is_listed("that this such queste estas", that.bare()) => attribution::speech_noun_of(rest),
                    // “… Our financial foundation is solid.” The company said in a press release.: a
                    // sentence that is only an attribution, its comma written as a full stop.
                    ws if lead.is_empty() && ws.len() <= MAX_ATTRIBUTION_SENTENCE_WORDS && ws.last().is_some_and(|w| w.text.ends_with(".")) => {
                        let c = ws.iter().position(attribution::Word::is_cue_first)?;
                        (c > 0 && (c + 1 == ws.len() || attribution::listed(attribution::PREPOSITIONS, ws[c + 1].bare()))).then(|| after_quote(ws)).flatten()
                    }
                    _ => None,
                }) };
            // “The mayor told reporters:” ending the paragraph before introduces a quotation opening this one.
            // (Ending in a colon without a cue, it introduces someone else: "Wait, it gets better:".)
            let intro = if found.is_none() && si == 0 && lead.is_empty() { paragraph_intro(&ctx, bi, sent.start == 0) } else { None };
            let after_colon = intro.is_some();
            let intro = intro.flatten();
            let found_in = if intro.is_some() { bi - 1 } else { found_in };
            let found = found.or(intro);
            // "The administration may be reluctant to act, Schiff said. “…”": a sentence of the
            // paragraph closing with a short attribution goes on in the quotation after it.
            let found = found.or_else(|| {
                let prev = sents[..sents.partition_point(|r| r.end <= sent.start)].last().filter(|_| lead.is_empty())?;
                let ws = words(text, prev.clone());
                let tail = &ws[ws.iter().rposition(|w| w.text.ends_with(","))? + 1..];
                let closes = tail.len() <= MAX_CLOSING_ATTRIBUTION_WORDS && tail[tail.len().saturating_sub(2)..].iter().any(|w| w.is_cue_first()) && prev.end <= span.outer.start;
                if closes && spans[bi].first().is_none_or(|s| s.outer.start >= prev.end) { after_quote(tail) } else { None }
            });
            // A sentence quoted alone after one that opens with someone speaking (and quotes
            // nothing itself): theirs; or after one asking for someone's reply ("His answer?").
            let found = found.or_else(|| {
                let prev = sents[..sents.partition_point(|r| r.end <= sent.start)].last().filter(|_| lead.is_empty() && si == 0)?;
                let sentence_like = inner.words().nth(MIN_SENTENCE_QUOTE_WORDS - 1).is_some();
                let quotes_nothing = !text[prev.clone()].contains(&['“', '”', '"', '‘', '«', '„'][..]) && !crate::text::has_str(&text[prev.clone()], "''");
                if !(sentence_like && quotes_nothing) {
                    return None;
                }
                let ws = words(text, prev.clone());
                attribution::opening_speech(&ws).or_else(|| attribution::colon_intro(&ws))
            });
            // Fragments a few words apart in one clause: “…” are “…,” he said.
            // (Asked only where it decides something: it splits the words between the two.)
            let joined_to_previous = || si.checked_sub(1).is_some_and(|p| {
                let prev = &spans[bi][p];
                let between = words(text, window_after(text, prev.outer.end, span.outer.start));
                between.len() <= MAX_LIST_GAP_WORDS && between.iter().all(|w| !w.ends_clause() || w.text.ends_with(",")) && sentence_of(sents, prev.outer.start) == sent
            });
            // One cue over a list of fragments: called Trump a “liar” who is “amoral,” a “bully” and a “narcissist”.
            // (Found again by the same cue and speaker, a fragment further from its cue: condemned the
            // test as “provocative” and a “grave threat” to stability.)
            let in_list = listed.as_ref().is_some_and(|(last, l)| *last + 1 == si && found.as_ref().is_none_or(|f| f.phrase == l.phrase && f.cue == l.cue))
                && joined_to_previous();
            let found = if in_list { listed.as_ref().map(|(_, f)| f.clone()) } else { found };
            let n_words = words_in(inner);
            // Scripts without case (Chinese, Arabic) start every sentence "upper case".
            let starts_upper = inner.chars().next().is_some_and(|c| c.is_uppercase() || c.is_numeric() || c == '…' || people::is_uncased(&c.to_string()));
            // “A,” she said, “and B.”: the second part of an interrupted sentence is as whole as the first.
            let resumes = direct_at.is_some_and(|d| d + 1 == si) && (lead.ends_with(",") || after_dashes) && between_previous().is_some();
            let direct = resumes || starts_upper && (lead.is_empty() || after_incise || lead.ends_with(&[':', ',', '。', '！', '？', '：', '，'][..]) || n_words >= 8 && found.is_some() && !is_title_case(inner));
            direct_at = Some(si).filter(|_| direct);
            // Kept as one, but a fragment when the writer's sentence runs on from it: “Family values people” are ….
            let runs_on = !inner.ends_with(&['.', ',', '!', '?', '…', ':', ';', '—'][..])
                && !punctuated_after
                && !dash_closed
                && after_ws.first().is_some_and(|w| crate::text::first_char(w.text).is_some_and(char::is_lowercase) && !is_listed(PRONOUNS, w.bare()) && !w.is_cue_first());
            // A quotation that is a sentence of its own goes on with the last speaker of its
            // paragraph (“…,” Sanders said. “…”), or of a paragraph just before when it fills its own.
            // ("Then, after a pause: “…”": a few words naming no one before a colon leave it as alone;
            // not "Then the mayor stood up:", nor a script without case, where "وأضافت:" is "she added:".)
            let subject_like = |i: usize| {
                let w = &before_ws[i];
                is_listed(PRONOUNS, w.bare()) || i > 0 && (people::is_capitalized(w.text) || is_listed("the a an", w.bare()) && !attribution::listed(attribution::PREPOSITIONS, before_ws[i - 1].bare()))
            };
            let bare_lead = lead.ends_with(":")
                && before_ws.len() <= MAX_BARE_LEAD_WORDS
                && before_ws.iter().all(|w| w.text.chars().any(char::is_lowercase))
                && !(0..before_ws.len()).any(subject_like);
            let goes_on = |named: bool| {
                last.as_ref().filter(|v| v.named == named && found.is_none() && direct && !after_colon && (v.block == bi || (quote_only || continues || bare_lead) && bi - v.block <= 2)).map(|v| v.who.clone())
            };
            let speaker = match &found {
                Some(f) => ctx.resolve(f, found_in, f.phrase.start, Voice::name(&last)),
                None => goes_on(true),
            };
            // “Orange Is the New Black” star …, a new program, “The Overthrow Show,”: a title.
            let role_after = after_ws.first().is_some_and(|w| is_listed(ROLE_NOUNS, w.text.trim_end_matches(&[',', '.'][..])));
            if n_words <= MAX_TITLE_WORDS && is_title_case(inner) && (role_after || direct && found.is_none()) {
                continue;
            }
            let speaker_range = found.as_ref().and_then(|f| blocks[found_in].text.range(f.phrase.start, f.phrase.end));
            let quote = Quote {
                text: inner.to_string(),
                // (Someone unnamed goes on only in their own paragraph: the next unnamed voice is
                // usually another's, "…," tweeted another.)
                // (Or in a quotation its paragraph continues: one left open at the end of the last.)
                unnamed_speaker: described_speaker(found.as_ref(), &speaker).or_else(|| goes_on(false).filter(|_| continues || last.as_ref().is_some_and(|v| v.block == bi))),
                speaker,
                cue: found.as_ref().map(|f| f.cue.clone()).filter(|c| !c.is_empty()),
                kind: if direct && !runs_on { "direct" } else { "partial" },
                range: block.text.range(span.inner.start, span.inner.end),
                speaker_range,
            };
            let earlier = held.take();
            if !direct && !in_list && !is_reported_fragment(inner, found.as_ref(), &before_ws) {
                held = (!is_title_case(inner)).then_some((quote, si));
                continue;
            }
            // The fragment just before in the clause, left without a speaker, is this speaker's
            // too when the attribution follows (“…” are “…,” he said); held back if it had no
            // attribution of its own.
            let attributed_after = found.as_ref().filter(|f| found_in == bi && f.phrase.start >= span.outer.end && joined_to_previous());
            if let Some((q, p)) = earlier.filter(|(_, p)| attributed_after.is_some() && p + 1 == si) {
                unattributed = Some((quotes.len(), p));
                quotes.push(q);
            }
            if let (Some(_), Some(prev)) = (attributed_after, unattributed.filter(|&(_, p)| p + 1 == si).and_then(|(q, _)| quotes.get_mut(q))) {
                // (Assigned clones: `clone_from` of an optional string was linked for these three alone.)
                prev.speaker = quote.speaker.clone();
                prev.unnamed_speaker = quote.unnamed_speaker.clone();
                prev.cue = quote.cue.clone();
                prev.speaker_range = speaker_range;
            }
            // (Someone new, "a spokeswoman", "Carter’s mother", is whom a "she" next means; "the
            // cautious candidate" is someone named before; "a reporter asked" is answered by another.
            // A description has words: `unnamed_speaker` is some.)
            let someone_new = found.as_ref().filter(|f| quote.unnamed_speaker.is_some() && !f.cue.starts_with("ask") && !f.words[0].eq_ascii_case("the"));
            ctx.unnamed_voice.set(someone_new.map(|f| (found_in, f.phrase.end)).or(ctx.unnamed_voice.get().filter(|_| quote.speaker.is_none())));
            // (Someone unnamed who spoke last ends the named speaker's run: a quotation-only
            // paragraph after is not the person named before.)
            if let Some(s) = &quote.speaker {
                last = Some(Voice { who: s.clone(), named: true, block: bi });
            } else if let Some(d) = &quote.unnamed_speaker {
                last = Some(Voice { who: d.clone(), named: false, block: bi });
            }
            listed = found.as_ref().filter(|_| !direct).map(|f| (si, f.clone()));
            unattributed = (found.is_none() && quote.speaker.is_none()).then_some((quotes.len(), si));
            quotes.push(quote);
            if !span.closed {
                open_from_previous = true;
            }
        }
        if block.kind != "heading" {
            let before = quotes.len();
            find_indirect(&ctx, bi, sents, &spans[bi], lines[bi].clone().filter(|(_, _, w)| transcript && !w.is_empty()), &mut quotes);
            // “Bolton said he would support Trump.” then a paragraph that is one
            // quotation: the reporter goes on with the person just reported.
            if spans[bi].is_empty() {
                if let Some(s) = quotes[before..].last().and_then(|q| q.speaker.clone()) {
                    last = Some(Voice { who: s, named: true, block: bi });
                }
            }
        }
    }
    attribute_repeats(&mut quotes);
    let speakers = group(&ctx, &quotes);
    (quotes, speakers)
}

/// Fewest words of a quotation recognised as a repeat of an attributed one.
const MIN_REPEAT_WORDS: usize = 4;
/// Quotations without a cue looked up as repeats, each against every quotation: pull quotes are a
/// few per article, and the bound keeps a page of bare quotations linear.
const MAX_REPEAT_LOOKUPS: usize = 32;

/// A pull quote repeats, set apart and unsigned, words the body quotes with their speaker; left
/// alone it would go on with whoever spoke last before it.
fn attribute_repeats(quotes: &mut [Quote]) {
    // (Plain loops here: the filter, take and collect, and the find over the other quotes, were
    // a from_iter and a try_fold of their own.)
    let mut bare = Vec::new();
    for (i, q) in quotes.iter().enumerate() {
        if bare.len() == MAX_REPEAT_LOOKUPS {
            break;
        }
        if q.cue.is_none() {
            bare.push(i);
        }
    }
    for i in bare {
        let words = quotes[i].text.trim_end_matches(&[',', '.', ' '][..]);
        // (Past its first letter, which the body may write in lower case: “… is that a ban is …”.)
        let words = &words[words.chars().next().map_or(0, char::len_utf8)..];
        if words.words().nth(MIN_REPEAT_WORDS - 1).is_none() {
            continue;
        }
        let mut said = None;
        for (j, q) in quotes.iter().enumerate() {
            if j != i && q.kind != "indirect" && (q.speaker.is_some() || q.unnamed_speaker.is_some()) && crate::text::has_str(&q.text, words) {
                said = Some((q.speaker.clone(), q.unnamed_speaker.clone()));
                break;
            }
        }
        if let Some((speaker, unnamed)) = said {
            (quotes[i].speaker, quotes[i].unnamed_speaker) = (speaker, unnamed);
        }
    }
}

/// When the paragraph before block `bi` ends in a colon, the attribution it closes with
/// ("Stated Stone:", "The mayor told reporters:") or the person it names ("AMD's chief
/// executive Lisa Su:"), if any; or whom it introduces.
fn paragraph_intro(ctx: &Ctx, bi: usize, opens_paragraph: bool) -> Option<Option<Found>> {
    let prev = ctx.blocks[..bi].last().filter(|b| b.kind != "heading")?;
    let text = &prev.text.text;
    let last = prev.sentences().last()?.clone();
    if !text[last.clone()].ends_with(":") {
        // Or a sentence introducing someone ("Jane Holloway, 47, runs the only shop in the
        // village."), or one opening with someone speaking that quotes nothing itself ("La
        // alcaldesa, Lori Lightfoot, respondió a las amenazas."), for a quotation opening the
        // paragraph after it.
        let ws = words(text, last.clone());
        let quotes_nothing = !text[last].contains(&['“', '”', '"', '«', '„'][..]);
        // (Named, or a pronoun opening a paragraph of its own: "Rather, he said, …" leaves the
        // quotation to the voice going on; "He criticised both the agency and the council." is
        // whom the pronoun means.)
        let alone = prev.sentences().len() == 1 && ws.first().is_some_and(|w| people::as_pronoun(w.bare()).is_some());
        let named = |f: &Found| alone || f.words.first().is_none_or(|w| people::as_pronoun(w).is_none());
        let f = if quotes_nothing { attribution::opening_speech(&ws).filter(named) } else { attribution::introduction(&ws) };
        return f.filter(|_| opens_paragraph).map(Some);
    }
    // A cue or a person, not just a subject: "Wait, it gets better:" introduces no one's words.
    Some(colon_introduction(ctx, &words(text, last.clone()), last.start))
}

/// The speaker a sentence ending in a colon introduces: by a cue ("Trump wrote on Truth
/// Social:"), or without one, a person the article names, in that sentence ("In her final
/// editorial, Sorensen addressed her readers directly:"); not "Luckily," or "Jan. 17, 2023,".
fn colon_introduction(ctx: &Ctx, ws: &[attribution::Word], from: usize) -> Option<Found> {
    let person = |f: &Found| f.phrase.start >= from && ctx.people.person(&f.words).is_some();
    before_quote(ws).or_else(|| attribution::colon_intro(ws).filter(person))
}

/// Most words of an attribution closing the sentence before a quotation ("…, Schiff said.").
const MAX_CLOSING_ATTRIBUTION_WORDS: usize = 5;

/// Most words of a sentence that only attributes the quotation before it ("The company said in a press release.").
const MAX_ATTRIBUTION_SENTENCE_WORDS: usize = 8;

/// Words of the sentence after a question or exclamation that may hold its cue (“Who are they?” Trump asked.).
const MAX_ASKED_WORDS: usize = 6;

/// Fewest answers ("A: …", "Hayhoe: …") that make an article an interview, and
/// fewest questions ("Q: …").
const MIN_INTERVIEW_TURNS: usize = 2;

/// Most words of a speaker's label ("Katharine Hayhoe: …").
const MAX_LABEL_WORDS: usize = 3;

/// The words of a paragraph that opens with an interview label ("Q: …", "A. …").
fn interview_turn<'a>(text: &'a str, label: &str) -> Option<&'a str> {
    let rest = text.strip_prefix(label)?;
    rest.strip_prefix(": ").or_else(|| rest.strip_prefix(". "))
}

/// The answers of an interview or transcript, per block: who answers (an entity;
/// None: the article does not say) and where the words start after the label.
/// "A: …" is the interviewee's, "Q: …" the interviewer's question, no one quoted;
/// "Hayhoe: …" is Hayhoe's when the introduction names her too (the interviewer's
/// label names no one there).
fn answers(ctx: &Ctx) -> Vec<Option<(Option<usize>, usize)>> {
    let blocks = ctx.blocks;
    // (Counted by a plain loop: a filter's count was a fold of its own.)
    let turns = |label: &str| {
        let mut n = 0;
        for b in blocks {
            n += usize::from(interview_turn(&b.text.text, label).is_some());
        }
        n
    };
    let qa = turns("Q") >= MIN_INTERVIEW_TURNS && turns("A") >= MIN_INTERVIEW_TURNS;
    let who = if qa { interviewee(ctx, blocks.iter().position(|b| interview_turn(&b.text.text, "Q").is_some()).unwrap_or(0)) } else { None };
    let mut out = Vec::new();
    for b in blocks {
        let text = &b.text.text;
        out.push(if qa {
            interview_turn(text, "A").map(|a| (who, text.len() - a.len()))
        } else {
            // (Paragraphs only: a list's items "WASI APIs: …" define terms. Words are collected
            // only for a label short enough to be one.)
            crate::text::split_once_str(text, ": ").filter(|(label, _)| b.kind == "paragraph" && label.words().nth(MAX_LABEL_WORDS).is_none()).and_then(|(label, _)| {
                let words: Vec<String> = label.words().map(str::to_string).collect();
                let name = words.iter().all(|w| people::is_capitalized(w));
                Some((Some(ctx.people.person(&words).filter(|_| name)?), label.len() + 2))
            })
        });
    }
    if !qa {
        let first = out.iter().position(Option::is_some).unwrap_or(0);
        let intro = &ctx.people.mentions[..ctx.people.mentions.partition_point(|m| m.block < first)];
        let mut answers = vec![0; ctx.people.entities.len()];
        for &(e, _) in out.iter().flatten() {
            if let Some(e) = e {
                answers[e] += 1;
            }
        }
        for slot in &mut out {
            if slot.is_some_and(|(e, _)| e.is_none_or(|e| answers[e] < MIN_INTERVIEW_TURNS || !intro.iter().any(|m| m.entity == e))) {
                *slot = None;
            }
        }
    }
    out
}

/// In a question-and-answer interview, the person who answers: of those named in
/// the introduction before the first question ("Vice President Joe Biden spent
/// Thursday …"), the one it names most (not "our reporter Tom Brown", named once),
/// the first on a tie; or no one named.
fn interviewee(ctx: &Ctx, first_question: usize) -> Option<usize> {
    // (Counted in the introduction: the answers name whoever the interviewee talks about;
    // first from the heading over the questions, when a section of the article holds them.)
    let section = ctx.blocks[..first_question].iter().rposition(|b| b.kind == "heading").unwrap_or(0);
    let mentions = &ctx.people.mentions;
    let end = mentions.partition_point(|m| m.block < first_question);
    let most_named = |from: usize| {
        let intro = &mentions[mentions.partition_point(|m| m.block < from)..end];
        let named = |e: usize| intro.iter().filter(|m| m.entity == e).count();
        let person = intro.iter().filter(|m| ctx.people.entities[m.entity].is_person).fold(None, |best: Option<&people::Mention>, m| if best.is_none_or(|b| named(m.entity) > named(b.entity)) { Some(m) } else { best });
        person.map(|m| m.entity)
    };
    most_named(section).or_else(|| most_named(0))
}

/// A block quotation without marks: the whole block is the quoted words.
/// Its speaker signs it ("— Name (@handle) date", as embedded posts do) or
/// is introduced by the paragraph before ("Trump wrote on Truth Social:").
fn block_quotation(ctx: &Ctx, bi: usize, last_speaker: Option<&str>) -> Option<Quote> {
    let block = &ctx.blocks[bi];
    let text = &block.text.text;
    let signed = text.rfind(&['—', '―'][..]).filter(|&i| i > 0).and_then(|i| Some((i, dash_attribution(text, i)?)));
    // The signature may be a block of its own after the words, inside the same quotation: after
    // a dash, or a name alone (a <cite>).
    let next = ctx.blocks.get(bi + 1).filter(|n| n.kind == "blockquote").and_then(|n| {
        let t = &n.text.text;
        let alone = || signature(t, 0).filter(|f| f.phrase.end == t.trimmed_end().len());
        if t.starts_with(&['—', '―'][..]) { dash_attribution(t, 0) } else { alone() }
    });
    let (end, found, sig_block) = match (signed, next) {
        (Some((i, f)), _) => (text[..i].trimmed_end().len(), Some(f), bi),
        (None, Some(f)) => (text.len(), Some(f), bi + 1),
        (None, None) => (text.len(), None, bi),
    };
    if text[..end].words().count() < 4 {
        return None;
    }
    let intro = bi.checked_sub(1).map(|p| &ctx.blocks[p]).filter(|p| p.text.text.trimmed_end().ends_with(":"));
    let (speaker, speaker_range, f) = match (found, intro) {
        (Some(f), _) => (ctx.resolve(&f, sig_block, f.phrase.start, last_speaker), ctx.blocks[sig_block].text.range(f.phrase.start, f.phrase.end), f),
        (None, Some(p)) => {
            let ws = words(&p.text.text, 0..p.text.text.len());
            // (Not the one a sentence before "Part of the exchange:".)
            let f = colon_introduction(ctx, &ws, p.sentences().last().map_or(0, |s| s.start))?;
            (ctx.resolve(&f, bi - 1, f.phrase.start, last_speaker), p.text.range(f.phrase.start, f.phrase.end), f)
        }
        (None, None) => return None,
    };
    Some(Quote {
        text: text[..end].to_string(),
        unnamed_speaker: described_speaker(Some(&f), &speaker),
        speaker,
        cue: Some(f.cue),
        kind: "direct",
        range: block.text.range(0, end),
        speaker_range,
    })
}

/// `turn`: the block as a transcript's turn (the label's block, label, words), if it is one.
fn find_indirect(ctx: &Ctx, bi: usize, sents: &[Range<usize>], spans: &[marks::Span], turn: Option<(usize, Range<usize>, Range<usize>)>, quotes: &mut Vec<Quote>) {
    let block = &ctx.blocks[bi];
    let text = &block.text.text;
    if let Some((label_block, label, words)) = turn {
        if spans.iter().all(|s| s.outer.start >= words.end || s.outer.end <= words.start) {
            let label_text = &ctx.blocks[label_block].text;
            let phrases = people::name_phrases(&label_text.text[label.clone()]);
            let name = phrases.iter().find(|p| !p.name.is_empty());
            // A label the article names no other way is still a name ("STEVE INSKEEP, HOST:" → Steve Inskeep).
            let speaker = name.map(|p| ctx.people.canonical(&p.name)).map(|n| if crate::text::in_capitals(&n) { crate::text::name_case(&n) } else { n });
            quotes.push(Quote {
                text: text[words.clone()].to_string(),
                speaker,
                unnamed_speaker: None,
                cue: Some(":".into()),
                kind: "indirect",
                range: block.text.range(words.start, words.end),
                speaker_range: label_text.range(label.start, label.end),
            });
            return;
        }
    }
    for sentence in sents {
        // Each clause between semicolons on its own (see `clause_end`).
        let mut start = sentence.start;
        while start < sentence.end {
            let s = &(start..clause_end(text, start, sentence.end, spans));
            start = s.end + 2;
            // Spans are in order and apart: those in the sentence follow the last one ending before it.
            let first = spans.partition_point(|q| q.outer.end <= s.start);
            // (Borrowed, counted by a plain loop: a cloned `take_while` collected was ~0.4 KB of wasm.)
            let mut last = first;
            while spans.get(last).is_some_and(|q| q.outer.start < s.end) {
                last += 1;
            }
            let quoted = &spans[first..last];
            // A run-on "sentence" of many quotations would cost quadratic time.
            if text[s.clone()].ends_with("?") || !quoted.is_empty() && s.len() > ATTRIBUTION_WINDOW {
                continue;
            }
            // Chinese, without spaces between words, reports once a sentence: "毛宁在记者会上说，中方坚决反对……".
            let han = people::has_han(&text[s.clone()]);
            let mut han_found = if han && quoted.is_empty() { attribution::cjk_indirect(text, s.clone()) } else { None };
            let ws = if han { Vec::new() } else { words(text, s.clone()) };
            let end = text[s.clone()].trim_end_matches(&['.', '!', ' '][..]).len() + s.start;
            // A sentence may report several sources ("X said A, and Y said B"): go on after each content.
            let mut from = 0;
            while let Some((content, f)) = if han { han_found.take() } else { indirect(&ws, from, end) } {
                let next = match outside_quotes(text, &content, &f, quoted) {
                    Ok(kept) => {
                        let next = kept.end;
                        // ("…, asking not to be identified", "speaking on condition of anonymity": the terms
                        // of anonymity, not what was said.)
                        let t = &text[kept.clone()];
                        // (Its first chars summed by a loop: `char_indices().nth(..)` linked std's
                        // `advance_by` and a UTF-8 decoder of its own, only for this.)
                        let mut opening_len = 0;
                        for c in t.chars().take(ANONYMITY_TERMS_CHARS) {
                            opening_len += c.len_utf8();
                        }
                        let opening = &t[..opening_len];
                        if !crate::text::has_str(opening, "not to be ") && !crate::text::has_str(opening, "anonymity") {
                            push_indirect(ctx, bi, kept, f, quotes);
                        }
                        next
                    }
                    // Nothing left before the quotation: go on after it.
                    Err(after) => after,
                };
                // Go on from the word ending the content (its comma may open the next attribution:
                // "…, saying …"), past the content's start at least (the speaker may stand before
                // `from`, a shared subject), and by one word at least, so the loop always ends.
                let next = next.max(content.start + 1);
                from += ws[from..].iter().position(|w| w.at + w.text.len() >= next).unwrap_or(ws.len() - from).max(1);
            }
        }
    }
}

/// Where the clause from `start` of a sentence ending at `end` ends: at a semicolon outside
/// quotations ("Smith said the deal was dead; Jones said it was alive" reports two sources,
/// each with its own content), but not one after a cue ("…, he said; his agents found them":
/// what follows is his too).
fn clause_end(text: &str, start: usize, end: usize, spans: &[marks::Span]) -> usize {
    let mut from = start;
    while let Some(i) = crate::text::find_str(&text[from..end], "; ") {
        let at = from + i;
        let after_cue = cues::lexicon().is_cue(crate::text::after_last_space(&text[start..at]));
        if !after_cue && !spans.iter().any(|q| q.outer.contains(&at)) {
            return at;
        }
        from = at + 2;
    }
    end
}

/// How far into reported content the terms of a source's anonymity are looked for.
const ANONYMITY_TERMS_CHARS: usize = 40;

/// Reported content in a sentence with quotations (`spans`): only a clause opened by
/// "that" (next to a quotation, what follows a cue is as often where it was said, “…”),
/// from a speaker outside the quotations, ending before a quotation inside it at the
/// last clause break: "X said that A, adding “…”" → A. Err(where to look on) otherwise.
fn outside_quotes(text: &str, content: &Range<usize>, f: &Found, spans: &[marks::Span]) -> Result<Range<usize>, usize> {
    if spans.is_empty() {
        return Ok(content.clone());
    }
    let overlaps = |r: &Range<usize>| spans.iter().find(|q| q.outer.start < r.end && q.outer.end > r.start);
    if let Some(q) = overlaps(&f.phrase) {
        return Err(q.outer.end);
    }
    let after_that = attribution::is_that(&crate::text::lower(crate::text::after_last_space(text[..content.start].trimmed_end())));
    // A quotation right next to the speaker or the content is what the cue introduces
    // (“…,” he said of …; he said “…”), or the content is a fragment after it.
    let near = |a: usize, b: usize| a >= b || text[a..b].words().count() < NEAR_QUOTE_WORDS;
    let apart = |q: &marks::Span| {
        if q.outer.start >= content.end {
            return f.phrase.start < content.start;
        }
        let by_phrase = if q.outer.end <= f.phrase.start { near(q.outer.end, f.phrase.start) } else { near(f.phrase.end, q.outer.start) };
        !by_phrase && !near(q.outer.end, content.start)
    };
    let end = match overlaps(content) {
        None if !after_that && spans.iter().all(apart) => return Ok(content.clone()),
        None => content.end,
        Some(q) => text[content.start.min(q.outer.start)..q.outer.start].rfind(&[',', ';', '—'][..]).map_or(content.start, |i| content.start + i),
    };
    if after_that && text[content.start..end].words().count() >= MIN_INDIRECT_WORDS {
        Ok(content.start..end)
    } else {
        Err(overlaps(content).map_or(content.end, |q| q.outer.end))
    }
}

/// Longest description of an unnamed speaker shown as such ("a senior administration official").
const MAX_DESCRIBED_WORDS: usize = 7;

/// How the attribution `f` describes a speaker it leaves unnamed (`speaker` none): "an Iowa
/// Democrat", "a senior official", "two people familiar with the talks", "officials" — up to a
/// relative clause ("… who spoke on condition of anonymity"). Never a pronoun, never a name.
fn described_speaker(f: Option<&Found>, speaker: &Option<String>) -> Option<String> {
    let words = &f.filter(|_| speaker.is_none())?.words;
    // Up to a relative clause (but a clause or an adverb's phrase is no description: "the main
    // barrier has been black voters", "even his own supporters").
    let end = words.iter().position(|w| people::has(w, people::DESCRIPTION_END)).unwrap_or(words.len());
    // The head noun stands before any prepositional phrase ("a narrator in the Clinton ad"),
    // and says someone or something that speaks: not "the latest in a series", "many of them".
    // ("one of the people", "some of the officials": the head is the group's.)
    let from = if words.len() > 2 && words[1] == "of" && people::has(&words[0], people::DETERMINER) { 2 } else { 0 };
    let first = words.first()?.lowered();
    let indefinite = is_listed("a an one another", &first);
    // (Or, after "a", before a participle that qualifies it: "a city report released Tuesday";
    // after "the" that is its verb: "the statement noted".)
    let qualifies = |i: usize| people::has(&words[i], people::OBJECT_MARKER) || indefinite && i > from + 1 && words[i].ends_with("ed") && speaks_for_someone(&words[i - 1]);
    let mut head = (from..end).find(|&i| qualifies(i)).unwrap_or(end).checked_sub(1)?;
    // "a person familiar with the matter", "people briefed on the talks": the noun before what qualifies it.
    if head > 0 && is_listed("familiar close briefed knowledgeable", words[head].as_str()) {
        head -= 1;
    }
    let h = words[head].lowered();
    let determined = head >= 1 && people::has(&words[0], people::DETERMINER);
    // ("Carter’s mother", "Trump’s campaign manager": someone named by whose they are.)
    let kin_of = words[..head].iter().any(|w| people::is_possessive(w) || people::is_plural_possessive(w)) && (people::has(&h, people::KIN) || people::is_title(&h) || speaks_for_someone(&h));
    // A bare plural needs no determiner ("campaign aides", "Political observers").
    // (A name it ends in counts as one word: "a spokeswoman for Employment Minister Kate Lindgren".)
    let name_words = words[head + 1..end].iter().rev().take_while(|w| people::is_capitalized(w)).count();
    // Someone a title or trade describes is unnamed after "a" or "one" ("a nurse", "one witness"),
    // but "the nurse" is whom the article named (resolved elsewhere or left unknown).
    let head_noun = speaks_for_someone(&h) || indefinite && people::is_title(&h);
    if end - name_words.saturating_sub(1) > MAX_DESCRIBED_WORDS || !(determined && head_noun || kin_of || h.strip_suffix("s").is_some_and(speaks_for_someone) || h == "people") {
        return None;
    }
    // As the article writes it, but "The spokeswoman" opening a sentence reads "the spokeswoman".
    let text = crate::text::join(&words[..end], " ");
    Some(if determined { crate::text::concat(&[&first, &text[words[0].len()..]]) } else { text })
}

/// Whether `w` (singular) heads a description of someone, or something, that speaks.
fn speaks_for_someone(w: &str) -> bool {
    people::has(w, people::SPEAKER_NOUN | people::UNNAMED_HEAD | people::GROUP_SPEAKER | people::SPEAKS_FOR_ONE)
}

/// Most words of a group named by a name and a plural noun ("Senate Republican leaders").
const MAX_GROUP_WORDS: usize = 4;

/// Words of a quotation; in Chinese or Japanese, written without spaces, two characters
/// (of three bytes each) a word.
fn words_in(inner: &str) -> usize {
    if people::has_han(inner) { inner.len() / 6 } else { inner.words().count() }
}

/// Fewer words than this between a quotation and an attribution tie them together.
const NEAR_QUOTE_WORDS: usize = 3;

/// Fewest words of reported content cut short by a quotation.
const MIN_INDIRECT_WORDS: usize = 4;

fn push_indirect(ctx: &Ctx, bi: usize, content: Range<usize>, f: Found, quotes: &mut Vec<Quote>) {
    let block = &ctx.blocks[bi];
    let text = &block.text.text;
    let speaker = ctx.resolve(&f, bi, f.phrase.start, None);
    // A long phrase that resolves to no one is rarely a source, unless it names a group ("about half of primary voters",
    // "two people familiar with the matter"), an anonymous source by the formula ("a person with knowledge of the talks")
    // or a document someone obtained ("An internal memo obtained by CNN says").
    let group = f.words.last().is_some_and(|w| attribution::is_plural_noun(w))
        || f.words.iter().any(|w| is_listed(ANONYMOUS_SOURCE_WORDS, w) || is_listed(attribution::ACCESS_PARTICIPLES, w))
        // ("A spokeswoman for Hillary Clinton says …": someone unnamed who speaks for her.)
        || f.words.iter().position(|w| w == "for").is_some_and(|p| p > 0 && people::has(&f.words[p - 1], people::SPEAKS_FOR_ONE));
    // ("Not everyone agrees the state should step in", "No one said it would be easy": nobody is reported.)
    let negated = f.words.first().is_some_and(|w| is_listed("not nobody no none neither", &w.lowered()));
    // (Nor is one an unnamed speaker's description covers: "A nurse who works the night shift said".)
    let unnamed_speaker = described_speaker(Some(&f), &speaker);
    if negated || speaker.is_none() && unnamed_speaker.is_none() && !is_listed(PRONOUNS, &crate::text::join(&f.words, " ").lowered()) && f.words.len() > 4 && !group {
        return;
    }
    quotes.push(Quote {
        text: text[content.clone()].trim_end_matches(&[',', ';'][..]).to_string(),
        unnamed_speaker,
        speaker,
        cue: Some(f.cue),
        kind: "indirect",
        range: block.text.range(content.start, content.end),
        speaker_range: block.text.range(f.phrase.start, f.phrase.end),
    });
}

/// Everyone quoted, most quoted first, with their aliases from the article.
fn group(ctx: &Ctx, quotes: &[Quote]) -> Vec<Speaker> {
    let mut out: Vec<Speaker> = Vec::new();
    for (i, q) in quotes.iter().enumerate() {
        let Some(name) = &q.speaker else { continue };
        match out.iter_mut().find(|s| &s.name == name) {
            Some(s) => s.quotes.push(i),
            None => {
                let aliases = ctx.people.lookup(&name.words().map(str::to_string).collect::<Vec<_>>())
                    .map(|e| ctx.people.entities[e].aliases.clone())
                    .unwrap_or_else(|| vec![name.clone()]);
                out.push(Speaker { name: name.clone(), aliases, quotes: vec![i] });
            }
        }
    }
    // (Counted by a plain loop: a filter's count was a fold of its own.)
    let direct = |s: &Speaker| {
        let mut n = 0;
        for &i in &s.quotes {
            n += usize::from(quotes[i].kind != "indirect");
        }
        n
    };
    crate::order::sort_by(&mut out, &|a: &Speaker, b: &Speaker| direct(b).cmp(&direct(a)));
    out
}
