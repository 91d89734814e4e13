//! The people and organisations an article names, and how a phrase that points
//! at one of them ("Trump", "he", "the U.S. president") is resolved to the
//! fullest name the article gives ("Donald Trump").

use crate::text::AsciiCase;
use crate::text::Lowered;
use crate::text::SplitWords;
use crate::text::is_listed;
use crate::hash::{Map, WordLists};
use std::sync::OnceLock;
use crate::text::lower;
use std::ops::Range;

/// Titles and descriptors that precede a name and are not part of it (German ones first:
/// German capitalizes every noun, titles too). These word lists are strings of words, not
/// slices: a slice's table of pointers was ~1 KB of the wasm gzipped for them all.
const TITLES: &str = "bürgermeister bürgermeisterin kanzler kanzlerin präsident präsidentin ministerin sprecher sprecherin herr frau dezernent dezernentin \
    mme mlle maire ministre président présidente magistrat magistrate avocat avocate juge procureur procureure député députée sénateur sénatrice \
    president vice rival opponent challenger incumbent mate sen senator rep representative gov governor mr mrs ms miss \
    dr prof professor minister prime secretary chancellor general gen lt col colonel captain capt judge justice \
    mayor chief king queen prince princess pope speaker leader director ceo cfo coo cto cio chairman chairwoman chair commissioner \
    ambassador spokesman spokeswoman spokesperson attorney sheriff officer detective sergeant sgt anchor host presenter broadcaster \
    reporter manager member correspondent columnist commentator editor producer contributor former acting deputy \
    foreign defense defence interior finance state house senate us u.s u.s. uk u.k. russian ukrainian chinese \
    american british french german israeli iranian western european arab palestinian syrian turkish indian \
    japanese korean pakistani afghan iraqi egyptian mexican canadian australian italian spanish polish african \
    estonian latvian lithuanian finnish swedish danish norwegian dutch belgian swiss austrian hungarian czech \
    romanian bulgarian greek serbian croatian irish scottish portuguese brazilian argentine colombian \
    venezuelan nigerian kenyan qatari emirati lebanese jordanian thai vietnamese indonesian filipino \
    taiwanese belarusian \
    democratic republican democrat libertarian gop labour conservative supreme court lord lady sir dame rev \
    reverend father sister bishop archbishop cardinal rabbi imam coach executive founder analyst economist author \
    writer activist candidate nominee premier emir sheikh crown presidential congressman congresswoman lawmaker mp \
    sec treasury health white press agent inspector superintendent commander admiral adm major maj private pvt \
    corporal cpl dean chancellor trustee councilman councilor trooper firefighter pastor resident student teacher \
    nurse farmer voter lawyer historian forecaster meteorologist strategist researcher scientist doctor physician \
    pollster consultant adviser advisor aide organizer organiser volunteer photographer filmmaker novelist singer \
    actor actress billionaire artist engineer epidemiologist lobbyist investor entrepreneur chef architect comedian musician owner \
    paramedic surgeon pilot mechanic driver fisherman councilwoman councillor councilmember cllr alderman administrator constable assistant pensioner retiree opposition assemblyman assemblywoman delegate del envoy diplomat staff sens \
    reps govs pm cm witness eyewitness neighbor neighbour protester survivor commuter shopper tenant homeowner \
    striker midfielder defender goalkeeper winger quarterback linebacker pitcher skipper batsman bowler champion finalist opener senior \
    worker employee plaintiff prosecutor head grandmother grandfather presidente mandatario mandataria ministro ministra alcalde alcaldesa sindaco portavoz portavoce jefe jefa boss pupil президент министр глава мэр губернатор пресс-секретарь депутат мид россии украины сша кремля";

/// Capitalized words that start sentences or name things, not people.
const NOT_NAMES: &str = "the a an in on at but and or if as for from to of by with this that these those it he she they we i you his take \
    her their our its my there here when while after before since because although though what who why how where wherever whenever \
    which yet so still just now then also even monday tuesday wednesday thursday friday saturday sunday january \
    february march montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz mai juni juli \
    oktober dezember april may june july august september october november december some many more most one two \
    three no not all both each every other another such during under over about against between into through \
    without within among according following despite unlike like last next first second new earlier later \
    meanwhile however instead indeed today yesterday tomorrow tonight mr mrs ms dr read watch see please note \
    everything everyone everybody nothing something anything nobody \
    photo image video advertisement click sign yes well was were is are did does had has have would could should \
    whether unless until others ah oh accordingly thankfully once selon pour según laut secondo segundo podle według \
    volgens ifølge enligt several few various numerous beyond neither nor either behind toward towards across near around amid upon throughout \
    speaking poi già allora quindi inoltre anche però ora dopo puis ensuite alors ainsi aussi mais luego después entonces ahora \
    también además pero tras dann doch aber auch nun jetzt zudem trotzdem così";

/// Verbs that may open a sentence before a name without being part of it: a cue
/// ("Said Warren: “…”") or a feature's introduction ("Enter Stuart R. Kaplan.", "Meet Jane Roe").
const SENTENCE_VERBS: &str = "Said Says Added Stated Asked Wrote Replied Explained Enter Meet";

/// Words that make a capitalized phrase an organisation rather than a person.
const ORG_WORDS: &str = "& house department ministry office agency committee council commission party university institute center centre \
    foundation association union court police army navy force forces bank fund group company corp inc times post \
    news journal press reuters network kremlin pentagon congress senate parliament government administration \
    service bureau organization organisation campaign club team board authority state states nations coalition \
    alliance church school hospital tribunal cabinet embassy consulate ministry secretariat media tv radio \
    partners associates holdings industries airlines airways systems technologies solutions services labs capital \
    motors pharmaceuticals trust society federation league academy watch international herald tribune guardian \
    telegraph gazette magazine observer railways rail exchange institution program programme project initiative \
    air express resources charity chamber museum corporation pac";

/// German articles, lower case as they stand before a noun.
const GERMAN_ARTICLES: &str = "der die das dem den des ein eine einer einem einen eines";

pub const PRONOUNS: &str = "he she they i we it him her them";

// ---- Hand-written for other news languages (not derived). ----

/// Third-person pronouns of other languages, as the English one they resolve like.
const OTHER_PRONOUNS: [(&str, &str); 3] = [
    ("he", "il er él hij ele lui han hann он هو 他"),
    ("she", "elle sie ella zij ze ela lei hun hon hún она هي 她"),
    ("they", "они 他们"),
];

/// The English pronoun a speaker word stands for ("она" → "she"), if it is one.
pub fn as_pronoun(w: &str) -> Option<&'static str> {
    let w = w.lowered();
    crate::text::find_listed(PRONOUNS, b' ', &|p: &str| p == w).or_else(|| OTHER_PRONOUNS.iter().find(|(_, o)| is_listed(o, &w)).map(|(e, _)| *e))
}

/// Whether `w` (lower case) is a subject pronoun of another language ("sie", "она").
pub fn is_foreign_pronoun(w: &str) -> bool {
    OTHER_PRONOUNS.iter().any(|(_, o)| is_listed(o, w))
}

/// Titles before a Chinese name ("市长张伟"): the name follows the last of them; after a
/// Japanese one ("石破首相", "野田代表"), it goes before.
const ZH_TITLES: &str = "市长 总统 主席 总理 部长 局长 发言人 议员 外长 大使 省长 州长 首相 秘书长 主任 书记 委员 教授 经理 \
    董事长 总裁 代表 大臣 知事 社長 長官 総裁 大統領 議員 氏";
/// Offices held for a place, which a description qualifies by the place ("the Florida senator"),
/// and the parties whose members news writing names by their state ("the Texas Republican").
const REGIONAL_OFFICES: &str = "senator governor mayor congressman congresswoman representative democrat republican";

/// Titles that news writing abbreviates to their first letters ("Sen.", "Gov.", "Prof.").
const ABBREVIATED_TITLES: &str = "senator governor representative general secretary detective captain colonel admiral ambassador professor inspector";

/// The word an abbreviated title stands for: "Sen. Marco Rubio" is "the senator" later.
fn full_title(title: String) -> String {
    // (Asked of every title of every name: only three or four letters can be an abbreviation.)
    let full = (3..=4).contains(&title.len()).then(|| ABBREVIATED_TITLES.words().find(|w| w.starts_with(title.as_str()))).flatten();
    full.map_or(title, str::to_string)
}

/// Arabic titles of one person with the article, which alone stand for the one last named
/// ("وأكد الوزير أن …", the minister said); not a body's ("الشرطة", the police).
pub(super) const AR_PERSON_TITLES: &str = "الوزير الوزيرة الرئيس الرئيسة المدير المدرب المتحدث المتحدثة";
/// Arabic titles and descriptors before a name ("رئيس البلدية أحمد حسن").
const AR_TITLES: &str = "\
    رئيس رئيسة الرئيس البلدية وزير وزيرة الوزير عضو عضوة المجلس المتحدث المتحدثة باسم النائب النائبة السيد السيدة مفوض مفوضة شرطة الشرطة قائد \
    الشيخ الدكتور مدير المدير الحكومة الوزراء الخارجية مدرب المدرب أما";
/// Arabic prepositions that end a speaker phrase ("... للصحفيين بعد الجلسة": to the reporters after the
/// session), and "that" ("وتابع غوارديولا أنه «…»").
const AR_STOPS: &str = "بعد في إلى أمام خلال على عن من مع قبل أن أنه إن إنه أنها إنها";

/// Where the titles before a Chinese name end ("反对党议员陈静" → before "陈静").
pub fn zh_title_end(s: &str) -> usize {
    ZH_TITLES.words().filter_map(|t| crate::text::rfind_str(s, t).map(|i| i + t.len())).max().unwrap_or(0)
}

/// Whether a word is in a script without letter case (Chinese, Arabic), where names cannot be told by capitals.
pub fn is_uncased(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_alphabetic() && !c.is_uppercase() && !c.is_lowercase())
}

/// Most Han characters of a Chinese name, titles and its Latin form in brackets left out.
const MAX_HAN_NAME_CHARS: usize = 10;

fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// Whether a word has Chinese characters (or Japanese kanji).
pub fn has_han(w: &str) -> bool {
    // (ASCII told first, a word of bytes at a time: every clause of the article is asked.)
    !w.is_ascii() && w.chars().any(is_han)
}

/// The name in a speaker phrase of an uncased script, titles and trailing phrases removed.
pub fn uncased_name(words: &[String]) -> Option<String> {
    if words.iter().any(|w| has_han(w)) {
        let phrase = crate::text::join(words, " ");
        // A longer run is a clause, not a name (transliterations run to about eight: "阿诺德·施瓦辛格").
        let end = zh_title_end(&phrase);
        let title = ZH_TITLES.words().find(|t| phrase.ends_with(t)).filter(|t| end == phrase.len() && phrase.len() > t.len());
        let name = title.map_or(&phrase[end..], |t| &phrase[..phrase.len() - t.len()]);
        let han = crate::text::before(name, "(").chars().filter(|&c| is_han(c)).count();
        return Some(name.to_string()).filter(|_| (1..=MAX_HAN_NAME_CHARS).contains(&han));
    }
    // The words after the titles, to a stop: a slice bounded by plain loops (`skip_while` and
    // `take_while` collected were ~0.4 KB of wasm of their own).
    // (And a title's definite complement, "مدرب السيتي جوسيب غوارديولا", City's coach: not a
    // last word, which is the name, "الرئيس السيسي".)
    let mut start = 0;
    while words.get(start).is_some_and(|w| is_listed(AR_TITLES, w) || start > 0 && start + 1 < words.len() && w.starts_with("ال")) {
        start += 1;
    }
    let mut end = start;
    while words.get(end).is_some_and(|w| !is_listed(AR_STOPS, w) && !w.starts_with("لل")) {
        end += 1;
        // An Arabic comma ends it; a description follows ("مصطفى بايتاس، الناطق الرسمي …").
        if words[end - 1].ends_with("،") {
            break;
        }
    }
    // (The Arabic comma after it is no part of it: "إريك غريب، أنه …".)
    Some(trim_suffix(&crate::text::join(&words[start..end], " "), "،").to_string()).filter(|n| !n.is_empty())
}

/// Particles that may stand lower-case inside a name ("Ursula von der Leyen").
const PARTICLES: &str = "de van von der den ten ter bin al da del la le di du dos ibn";

#[derive(Debug, Clone)]
pub struct Entity {
    /// The fullest form the article gives, titles removed.
    pub name: String,
    /// Given and family name, or a personal title seen with it: a person, not a place.
    pub is_person: bool,
    pub aliases: Vec<String>,
    /// Titles and descriptors seen next to the name, lower-cased without periods ("president", "us").
    pub descriptors: Vec<String>,
    /// The other words of descriptions set off after the name ("finance" of "the finance
    /// director"): they narrow a description but never stand for the person alone.
    pub qualifiers: Vec<String>,
    pub is_org: bool,
    /// Some(true) for a woman, Some(false) for a man, where a title says so ("Ms.", "Sir").
    pub female: Option<bool>,
}

/// Titles and descriptions that tell a woman from a man, for "she" and "he".
const FEMALE_TITLES: &[&str] = &[
    "mrs", "ms", "miss", "madam", "dame", "lady", "queen", "princess", "sister", "congresswoman", "councilwoman",
    "chairwoman", "spokeswoman", "assemblywoman", "businesswoman", "frau", "präsidentin", "kanzlerin", "ministerin",
    "bürgermeisterin", "sprecherin", "actress", "wife", "mother", "daughter", "grandmother", "widow", "mme", "mlle",
    "avocate", "présidente", "procureure", "députée", "sénatrice",
];
const MALE_TITLES: &[&str] = &[
    "mr", "sir", "lord", "king", "prince", "father", "congressman", "councilman", "chairman", "spokesman",
    "assemblyman", "businessman", "herr", "husband", "son", "grandfather", "widower", "brother", "sénateur",
];

/// The gender a name's titles tell ("Mrs. Clinton"), if any.
pub fn title_gender(titles: &[String]) -> Option<bool> {
    // (Titles are lower case already; initials-style dots go: "mrs." is "mrs".)
    titles.iter().find_map(|t| gender_of(&crate::text::replace(t, ".", "")))
}

/// The gender a title or description tells, if any.
fn gender_of(descriptor: &str) -> Option<bool> {
    if FEMALE_TITLES.contains(&descriptor) {
        Some(true)
    } else if MALE_TITLES.contains(&descriptor) {
        Some(false)
    } else {
        None
    }
}

/// Given names that, in news copy, nearly always belong to a woman or to a man: the gender
/// of "Jane Smith" when no title or pronoun of the article's tells it, so that "she" passes
/// over the last man named. Common names of English-language news (the most frequent US and
/// UK given names, and public figures'), with names used for both ("Jordan", "Kim", "Jean",
/// "Lindsey", "Robin") left out, as are surname-first names ("Kim Jong Un").
const FEMALE_GIVEN_NAMES: &str = "abigail aisha alexandria alice alyssa amanda amber amelia amy ana andrea angela ann anna annalena anne april \
    ashley barbara beth betty beverly bonnie brenda brittany brooke carly carmen carol caroline carolyn catherine \
    charlotte cheryl chloe christine claire condoleezza connie crystal cynthia danielle debbie deborah debra \
    denise diana diane dianne donna doris dorothy eleanor elena elise elizabeth ella emily emma erin eva evelyn \
    fatima fiona frances giorgia gloria grace greta gretchen hannah harriet heather heidi helen hillary holly \
    ilhan irina isabel isabella ivanka jacinda jacqueline jane janet janice janine jasmine jennifer jenny jessica \
    jill joan joanna joanne joyce judith judy julia julie kamala karen kate katherine kathleen kathryn kathy katie \
    kayla kellyanne kimberly kirsten kristen kristi kristin laura lauren leah lily linda lisa liz lori louise \
    lucia lucy madeleine madison malala margaret maria marie marilyn marjorie marsha martha mary maxine megan \
    melania melanie melissa mia michelle molly monica nancy naomi natalia natalie nicole nikki nina olena olga \
    olivia oprah pamela patricia patty paula peggy penelope priya rachel rebecca rebekah rita rosa rose ruby ruth \
    sally samantha sandra sara sarah serena sharon sheryl shirley simone sofia sophia sophie stacey stephanie \
    susan susanna svetlana sylvia tammy tatiana teresa theresa tiffany tina tulsi ursula valerie vanessa veronica \
    victoria virginia wanda wendy yulia yvonne zoe";
const MALE_GIVEN_NAMES: &str = "aaron abdul adam ahmed alan albert alejandro alexander alexei ali andrew andy anthony antonio antony arthur \
    austin barack ben benjamin bernie bill billy bob bobby boris brad bradley brandon brett brian bruce bryan \
    caleb carl carlos chad charles charlie christopher chuck clarence colin craig curtis dale dan daniel danny \
    david dennis derek diego dmitry don donald doug douglas dylan earl eddie edward edwin elijah elon emmanuel \
    eric ernest ethan eugene fernando francisco frank françois fred friedrich gabriel gary george gerald giovanni \
    giuseppe glenn gordon graham greg gregory hakeem hans harold harry hassan henry herbert hiroshi howard hugo \
    ian ibrahim isaac jack jacob jacques jair james jared jason javier jeb jeff jeffrey jeremy jerry jesse jim \
    jimmy joe john johnny jon jonathan jorge jose joseph joshua juan julian justin keir keith ken kenneth kevin \
    klaus kurt kyle larry lawrence leo leonard liam lloyd logan lucas luis luiz luke manuel marco marcus mario \
    mark martin mason matteo matthew max melvin michael miguel mike mitch mitt mohammed muhammad narendra nathan \
    neil newt nicholas nick nigel noah norman olaf oliver omar owen patrick paul pedro pete peter phil philip \
    pierre rafael ralph rand randy ray raymond recep ricardo richard rick rishi robert roberto roger ron ronald \
    ross roy rudy russell ryan samuel scott sean sergei sergio simon stan stanley stephen steve steven ted terry \
    thomas tim timothy todd tom tommy tony travis trevor tyler victor vincent vladimir volodymyr walter wayne \
    william willie wolfgang zachary";

/// Some(true) for a woman's given name, Some(false) for a man's (`FEMALE_GIVEN_NAMES`).
fn given_name_gender(given: &str) -> Option<bool> {
    match lists_of(given) & (FEMALE_GIVEN | MALE_GIVEN) {
        FEMALE_GIVEN => Some(true),
        MALE_GIVEN => Some(false),
        _ => None,
    }
}

/// Words after a name in which a pronoun may refer back to it.
const GENDER_WINDOW_WORDS: usize = 8;

/// How far back (in mentions) a "she" looks for a woman past the last person named.
const MAX_ANTECEDENT_MENTIONS: usize = 40;

/// One mention of an entity at a position of the article (block, byte).
#[derive(Debug, Clone, Copy)]
pub struct Mention {
    pub entity: usize,
    pub block: usize,
    pub at: usize,
    /// Not after a preposition nor possessive: a mention that can be a later pronoun's antecedent.
    pub subject_like: bool,
    /// Named with more than a surname: it tells which of two people sharing one a later surname means.
    pub full: bool,
}

/// Words that make a name or a description before it a firm's (see `People::last_body_before`).
const FIRM_WORDS: &str = "company firm maker automaker carmaker chipmaker retailer manufacturer giant startup airline lender insurer \
    conglomerate inc corp ltd llc plc co corporation holdings";
/// Paragraphs back from "the company" or "the agency" to the body it means.
const MAX_BODY_BLOCKS: usize = 6;

/// Bytes before the name that opens a paragraph: a title or two ("Former Gov. ").
const MAX_OPENING_NAME_OFFSET: usize = 16;

/// Words after which a name is an object, not the one a later "he" points back to.
const OBJECT_MARKERS: &str = "of to with for against about by from on at in into than under over toward towards between among like past across near outside inside behind beyond through around via during within de da do dos das del della di du des";

/// Verbs whose object is whom someone spoke to ("told Andrew Neil"). (Not "asked": whom
/// someone asks speaks next.)
const HEARER_VERBS: &str = "told tells telling tell thanked urged informed assured reminded";

/// Nouns for someone unnamed who speaks, beyond the attribution rules' lists ("an Iowa
/// Democrat", "a senior political source"); singular.
const SPEAKER_NOUNS: &str = "source narrator announcer questioner nominee candidate judge friend neighbor neighbour witness \
    democrat republican mogul officer lawyer attorney adviser advisor insider strategist diplomat activist critic expert \
    observer relative colleague employee aide advocate defender surrogate speechwriter leader lobbyist poll person people member elder";

/// Words that end a description of someone: a relative pronoun, or a verb or conjunction
/// that makes it a clause.
const DESCRIPTION_ENDS: &str = "who whose whom which that is are was were has have had been even yet and but";

/// Words that open a description of someone rather than a name ("an Iowa Democrat", "his aides").
const DETERMINERS: &str = "a an the one another two three several some many other his her their its";

/// Whether `word` is in any of the lists `bits` name (the quote module's vocabularies share this index).
// Out of line: inlined in its thirty callers it was ~15 B of gzipped wasm.
#[inline(never)]
pub(super) fn has(word: &str, bits: u16) -> bool {
    lists_of(word) & bits != 0
}

/// First words of place names that look like "Given Family" person names.
const PLACE_FIRST_WORDS: &str = "north south east west new united saudi san los las hong sri costa puerto el santa rio buenos cape great \
    central northern southern eastern western middle gulf county fort port mount";

#[derive(Debug, Default)]
pub struct People {
    pub entities: Vec<Entity>,
    /// In reading order.
    pub mentions: Vec<Mention>,
    by_token: Map,
    /// Any word of a multi-word personal name: "Lee" finds "Lee Jae-myung" (family name first).
    by_part: Map,
    /// Entities by descriptor ("president" → everyone called a president).
    by_descriptor: crate::hash::Lists,
    /// Each entity's mentions (indices into `mentions`, in reading order).
    mentions_of: Vec<Vec<usize>>,
    /// Prefix tables over `mentions`: entry i is the entity of the last mention
    /// before mentions[i] of a kind, so each resolution is a binary search rather
    /// than a walk back through the whole article (quadratic on long pages).
    last_subject_person: Vec<Option<usize>>,
    last_person: Vec<Option<usize>>,
    /// (The mention, not the entity: how far back it stands matters.)
    last_org: Vec<Option<usize>>,
    /// Where sentences open with a person the article never names ("A spokeswoman
    /// for the senator declined to comment."), in reading order: a later "she" may be them.
    unnamed_subjects: Vec<(usize, usize)>,
}

/// Nouns for people news writing often leaves unnamed (sources, bystanders).
const UNNAMED_PERSON_NOUNS: &str = "\
    spokeswoman spokesman spokesperson representative official aide staffer source woman man witness neighbor \
    neighbour passenger employee worker";
/// Relatives, friends, and those who act for someone, named by whose they are ("Carter’s
/// mother", "Johnson’s lawyer", "Trump’s supporters"): someone else than that person.
const KIN_WORDS: &str = "mother father wife husband son daughter brother sister aunt uncle cousin girlfriend boyfriend widow \
    lawyer attorney lawyers attorneys family relatives friends supporters allies members fans colleagues";
/// Most words from a cue to the "that" of the clause it reports ("said on Monday that").
const REPORTING_THAT_WORDS: usize = 4;
/// Most words of an adverbial before an unnamed subject ("In a statement, a spokeswoman …").
const OPENING_ADVERBIAL_WORDS: usize = 4;
/// The noun stands this many words after the article at most ("A senior White House official").
const UNNAMED_SUBJECT_WORDS: usize = 4;

/// Whether `word` (any case) is a title or a description that stands before a name ("anchor").
pub fn is_title(word: &str) -> bool {
    lists_of(word) & TITLE != 0 || {
        // German compounds end in their title: "GDL-Chef", "Verkehrsminister", "Bahn-Personalvorstand".
        // (Compared ignoring ASCII case: an ASCII word, most asked, is not lower-cased into a copy.)
        let heads = |w: &str| GERMAN_TITLE_HEADS.iter().any(|h| w.len() > h.len() + 2 && w.as_bytes()[w.len() - h.len()..].eq_ignore_ascii_case(h.as_bytes()));
        if word.is_ascii() { heads(word) } else { heads(&lower(word)) }
    }
}

/// The last parts of German compound titles (hand-written).
const GERMAN_TITLE_HEADS: &[&str] = &[
    "minister", "ministerin", "chef", "chefin", "vorstand", "vorsitzender", "vorsitzende", "sprecher", "sprecherin",
    "präsident", "präsidentin", "kanzler", "kanzlerin", "bürgermeister", "bürgermeisterin", "direktor", "direktorin",
    "leiter", "leiterin", "führer", "führerin", "expertin", "abgeordneter", "abgeordnete", "sekretär", "sekretärin",
    "politiker", "politikerin",
    // (Members of a council: "Nationalrat", "Ständerätin", "Stadtrat".)
    "rat", "rätin",
];

/// "Association of Flight Attendants", "Bank of America", "Committee on Foreign Relations",
/// "Center for American Progress": "of", "on" or "for" inside an organisation's name,
/// after one of its head words and before a capitalized word (`next`, or `then` after "the").
pub fn is_org_of(prev: &str, of: &str, next: &str, then: &str) -> bool {
    // ("Coalition for the Homeless", "Office of the Inspector General": past the article, `then`.)
    let next = if next == "the" { then } else { next };
    // Not a date after it ("the Pentagon on Friday").
    matches!(of, "of" | "on" | "for") && is_capitalized(prev) && lists_of(bare(prev)) & ORG_WORD != 0 && is_capitalized(bare(next)) && lists_of(bare(next)) & NOT_NAME == 0
}

/// Whether the capitalized words opening `after` (an "and" before them, "the" before the first
/// part) end an organisation's name: "(the Food and) Drug Administration".
/// (One copy for both callers' word types: a trait object, not a generic.)
/// With `local`, only a local body's, whose name may open with a place and "and" ("Redcar and
/// Cleveland Council", "Avon and Somerset Police"): any organisation word after a lone name
/// would join "Trump and Republican Party officials".
pub fn and_org(after: &mut dyn Iterator<Item = &str>, local: bool) -> bool {
    let mut last = None;
    for w in after.take(MAX_AND_ORG_WORDS) {
        if !is_capitalized(w) || w.ends_with(",") {
            break;
        }
        last = Some(bare(w));
    }
    last.is_some_and(|w| if local { is_listed("Council Police Constabulary", w) } else { lists_of(w) & ORG_WORD != 0 })
}

/// Capitalized words after the "and" of an organisation's name ("Human Services Department").
const MAX_AND_ORG_WORDS: usize = 3;

/// "Spaniard", "Dutchman", "Brazilian", "Swede": a word for someone from a country, which sports and
/// political writing use for the person just named ("“…,” the Spaniard said"). The nationalities
/// among the titles that are nouns too (not "British", "Chairman", nor "Chinese", "Swiss": many),
/// words in -man and -ard (not a speaker's: "Spokesman", "Congressman"), and a few of other shapes.
pub fn is_demonym(w: &str) -> bool {
    let endings = if is_title(w) { "ian can ean han yan lan i" } else { "man ard" };
    is_capitalized(w) && !has(w, SPEAKS_FOR_ONE | UNNAMED_HEAD) && (crate::text::find_listed(endings, b' ', &|e: &str| w.ends_with(e)).is_some() || is_listed("Swede Dane Finn Pole Scot Turk Greek Argentine Czech Serb Croat", w))
}

pub fn is_capitalized(w: &str) -> bool {
    match w.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        // (Past an invisible soft hyphen or zero-width space a CMS left before the word.)
        _ => w.trim_start_matches(&['\u{ad}', '\u{200b}'][..]).chars().next().is_some_and(char::is_uppercase),
    }
}

pub(super) fn is_possessive(w: &str) -> bool {
    w.ends_with("’s") || w.ends_with("'s")
}

/// `w` without its possessive ending: "mayor’s" → "mayor", "Andrews’" → "Andrews".
pub(super) fn without_possessive(w: &str) -> &str {
    let w = trim_suffix(trim_suffix(w, "’s"), "'s");
    if is_plural_possessive(w) { trim_suffix(trim_suffix(w, "’"), "'") } else { w }
}

pub(super) fn is_plural_possessive(w: &str) -> bool {
    w.ends_with("s’") || w.ends_with("s'")
}

fn bare(w: &str) -> &str {
    let w = crate::text::trim_keeping(w, &['.', '-', '\'', '’']);
    // Initials keep their period ("Charles B. Rangel", "J.J. MacNab"), and so do "Jr." and "Sr.".
    if w.ends_with(".") && crate::text::first_char(w).is_some_and(char::is_uppercase) && (crate::text::is_initials(&w[..w.len() - 1]) || w == "Jr." || w == "Sr.") {
        return w;
    }
    // (The periods and apostrophes by bytes: std's trim of a char set decodes chars through a
    // searcher, for every capitalized word of the article.)
    let mut b = w.as_bytes();
    while let [rest @ .., b'.' | b'\''] | [rest @ .., 0xE2, 0x80, 0x99] = b {
        b = rest;
    }
    without_possessive(&w[..b.len()])
}

/// `s.trim_end_matches(suffix)` by plain comparison: a string pattern builds a
/// two-way searcher on every call, and this runs for every word of the article.
pub fn trim_suffix<'a>(mut s: &'a str, suffix: &str) -> &'a str {
    while let Some(rest) = s.strip_suffix(suffix) {
        s = rest;
    }
    s
}

/// A capitalized run of words: a candidate name, split into leading titles and the name.
pub struct NamePhrase {
    pub titles: Vec<String>,
    pub name: Vec<String>,
    pub start: usize,
    pub end: usize,
    /// Where the name's second word starts, when its first is a gerund opening the sentence
    /// ("Joining Rubio …"): [`People::collect`] tells whether it is part of the name.
    pub gerund: Option<usize>,
}

/// Finds capitalized runs in `text` (byte positions), excluding text in `skip` ranges.
pub fn name_phrases(text: &str) -> Vec<NamePhrase> {
    let mut out = Vec::new();
    // Room for a word every six bytes: collected from empty, a block's words were copied as they grew.
    let mut words: Vec<(usize, &str)> = Vec::with_capacity(text.len() / 6);
    words.extend(crate::text::words_at(text));
    // Word `k` is a possessive before an organisation's head word ("Sheriff's Office").
    let possessive_of_org = |k: usize| {
        (is_possessive(words[k].1) || is_plural_possessive(words[k].1)) && words.get(k + 1).is_some_and(|n| is_capitalized(n.1) && lists_of(bare(n.1)) & ORG_WORD != 0)
    };
    let mut i = 0;
    while i < words.len() {
        let (at, w) = words[i];
        // Most words are lower case: nothing to trim or look up.
        if w.as_bytes()[0].is_ascii_lowercase() {
            i += 1;
            continue;
        }
        let b = bare(w);
        // "(D-Newport News)": the district's words are no name either.
        if w.starts_with("(") && is_party_tag(b) {
            i += words[i..].iter().position(|(_, x)| x.contains(')')).map_or(words.len() - i, |k| k + 1);
            continue;
        }
        // "New" opens sentences ("New data show") but also names ("New York Times", "New Delhi").
        let names_a_place = |j: usize| {
            bare(words[j].1) == "New" && words.get(j + 1).is_some_and(|n| is_capitalized(bare(n.1)) && lists_of(bare(n.1)) & NOT_NAME == 0)
        };
        // "Said Warren: …", "Enter Stuart R. Kaplan": a verb opening its sentence before the name.
        let opens_sentence = i == 0 || words[i - 1].1.ends_with(&['.', '!', '?', ':', '”', '"'][..]) || matches!(words[i - 1].1, "–" | "—");
        let inverted_cue = opens_sentence && is_listed(SENTENCE_VERBS, b) && words.get(i + 1).is_some_and(|n| is_capitalized(n.1));
        // "I’m Haoyu", "We’ve …": a pronoun's contraction; "And…Other": two words run together;
        // "Mother-of-two Claire Bennett", "Co-founder Jane Doe": a description (a name ends in a
        // capitalized part: "Jean-Luc", "Abd-el-Kader").
        let description = |w: &str| crate::text::rsplit_once_ascii(w, b'-').is_some_and(|(_, last)| crate::text::first_char(last).is_some_and(char::is_lowercase));
        let opens = !(inverted_cue || description(b) || is_contraction(b) || crate::text::has_str(b, "…") || !is_capitalized(b));
        // (Its lists, looked up once: the phrase's first word below is this one.)
        let Some(first_lists) = opens.then(|| lists_of(b)).filter(|l| l & (NOT_NAME | TITLE) != NOT_NAME || names_a_place(i)) else {
            i += 1;
            continue;
        };
        let mut j = i;
        let mut end = at + w.len();
        // After "of"/"on"/"for" in an organisation's name, "and" joins its parts too
        // ("Department of Health and Human Services").
        let mut joined = false;
        while j < words.len() {
            let (wat, ww) = words[j];
            let (wb, lists) = if j == i {
                (b, first_lists)
            } else {
                let wb = bare(ww);
                (wb, lists_of(wb))
            };
            // A parenthesis or a party-and-state tag ("Jon Tester (D-Mont.)", "Lindsey Graham, R-S.C.") follows the name.
            // Markup leaked into the text (`True.">Sanders`) is no part of a name.
            // Nor is a Latin word run into Chinese text ("Aldrin)在采访…").
            // (But an aside may open with a name: "(John Schlafly defended his mother …)"; not "(AP)".)
            let aside = ww.starts_with("(") && (j > i || ww.contains(')')) || is_party_tag(wb) || wb.bytes().any(|b| matches!(b, b'<' | b'>' | b'"' | b'=')) || has_han(ww);
            // ("Watch" opens promotions but ends organisations' names: "Human Rights Watch".)
            let ok = !aside && !crate::text::has_str(wb, "…") && (is_capitalized(wb) && (lists & NOT_NAME == 0 || lists & TITLE != 0 || j > i && lists & ORG_WORD != 0 || names_a_place(j)))
                // Arabic names' article joined to the family name: "Khalil al-Hayya", "Abdel Fattah el-Sisi".
                || (j > i && crate::text::split_once_str(wb, "-").is_some_and(|(article, rest)| matches!(article, "al" | "el" | "ad" | "ar" | "as" | "ash" | "at" | "az" | "an") && is_capitalized(rest)))
                // Particles before the name's capitalized part: "de Gaulle", "von der Leyen", "de la
                // Torre"; an article only after another (German: "Haushaltsentwurf der Bundesregierung").
                // (The articles as a word list, not a match: less wasm, and only particles get here.)
                || (j > i && lists & PARTICLE != 0 && {
                    let particle = |k: usize| words.get(k).is_some_and(|w| lists_of(bare(w.1)) & PARTICLE != 0);
                    let capitalized = |k: usize| words.get(k).is_some_and(|w| is_capitalized(bare(w.1)));
                    (!is_listed("der den la le", wb) || particle(j - 1)) && (capitalized(j + 1) || particle(j + 1) && capitalized(j + 2))
                })
                || (j > i && words.get(j + 1).is_some_and(|n| {
                    let of = is_org_of(words[j - 1].1, wb, n.1, words.get(j + 2).map_or("", |t| t.1));
                    joined |= of;
                    of || joined && (wb == "and" || wb == "the" && is_listed("of for on", words[j - 1].1)) && is_capitalized(bare(n.1))
                }))
                // "the Food and Drug Administration", "the Securities and Exchange Commission".
                // "Redcar and Cleveland Council": a place, "and", a local body's name.
                || (wb == "and" && {
                    let the = i > 0 && words[i - 1].1.eq_ascii_case("the");
                    (the || j == i + 1 && (i == 0 || !is_capitalized(words[i - 1].1))) && and_org(&mut words[j + 1..].iter().map(|w| w.1), !the)
                })
                // "Procter & Gamble", "Detwiler Fenton & Company": a firm's partners.
                || (j > i && ww == "&" && words.get(j + 1).is_some_and(|n| is_capitalized(n.1)) && { joined = true; true });
            // "the editor of Star Magazine Anna Pointer", "Fox News Sean Hannity": a given name after
            // a publication's name opens a person's (but "CBS News' Charlie Rose" is one phrase: a
            // possessive's object).
            let person_after_org = j > i && lists & (FEMALE_GIVEN | MALE_GIVEN) != 0 && is_listed("News Times Post Journal Magazine", words[j - 1].1);
            if !ok || wb.is_empty() && !joined || person_after_org {
                break;
            }
            end = wat + crate::text::trim_by(ww, false, true, &|c: char| !c.is_alphanumeric() && c != '.').len();
            j += 1;
            // Punctuation after a word ends the phrase ("Trump, who", "Putin.").
            let last = ww.chars().last().unwrap_or(' ');
            // A possessive ends the name, unless an organisation's head word follows ("the Harris
            // County Sheriff's Office", "the Prime Minister's Office", "the National Farmers’ Union").
            let joined = possessive_of_org(j - 1);
            if matches!(last, ',' | ';' | ':' | '!' | '?' | ')' | '"' | '”' | '’' | '…') && !joined || (last == '.' && !crate::sentences::is_abbreviation(wb)) || is_possessive(ww) && !joined {
                break;
            }
        }
        if j == i {
            i += 1;
            continue;
        }
        // A phrase in quotation marks of its own is a title, slogan or nickname ("Trump's “Make
        // America Great Again” rallying cry"), nobody's name; nor is one ending in a participle
        // ("his Kanye West-Rick Rubin-produced album"; but "Ban Ki-moon" is a name).
        let participle = || description(bare(words[j - 1].1)) && bare(words[j - 1].1).ends_with("ed");
        if words[i].1.starts_with(&['“', '"'][..]) && words[j - 1].1.trim_end_matches(&[',', '.', ';', ':'][..]).ends_with(&['”', '"'][..]) || participle() {
            i = j;
            continue;
        }
        // (The possessive inside an organisation's name stays: "Sheriff's Office".)
        // (A plain loop: the map collected was a from_iter and a fold of its own.)
        let mut all: Vec<String> = Vec::with_capacity(j - i);
        for (k, &(_, w)) in words[i..j].iter().enumerate() {
            all.push(if i + k + 1 < j && possessive_of_org(i + k) || w == "&" { w } else { bare(w) }.to_string());
        }
        // Everything up to the last title word is description ("Tunisian Prime Minister"),
        // but the last word is the name even when it is a title too ("Congressman Pete King").
        let titled = |w: &String| is_title(w.trim_end_matches('.'));
        // An organisation's name keeps its title-like words ("Democratic National Committee").
        let org = joined || all.last().is_some_and(|w| lists_of(w) & ORG_WORD != 0);
        // "an Oklahoma Republican", "the Virginia Democrat": after an article, a phrase
        // ending in a title word describes someone rather than naming them.
        // (So is one ending in a title before its "of", with no given name: "Georgia Secretary
        // of State Brad Raffensperger", not "Representative Peter T. King of New York".)
        let title_of = words.get(j).is_some_and(|w| w.1 == "of") && !all.iter().any(|w| is_given_name(w));
        let described = (i > 0 && matches!(lower(bare(words[i - 1].1)).as_ref(), "a" | "an" | "the") || title_of) && all.last().is_some_and(titled);
        // "Mr. King", "Dr. Judge": after an honorific the last word is a surname, whatever else it means.
        let honorific = all.len() >= 2 && is_listed("mr mrs ms dr", lower(all[0].trim_end_matches('.')).as_ref());
        let t = if org {
            0
        } else if honorific && all.iter().all(titled) {
            all.len() - 1
        } else if described || all.iter().all(titled) {
            all.len()
        } else {
            // The surname before "Jr."/"III" is the name too ("Martin Luther King III").
            let name_words = if all.len() >= 3 && is_generation(&all[all.len() - 1]) { 2 } else { 1 };
            // "la presidente del Consiglio Giorgia Meloni", "Director of National Intelligence
            // James Clapper", "Secretary for Education Miguel Cardona": after "of" or
            // "for", the words before a given name end the title; after a title's "of" with no
            // given name known, all but the last two ("Secretary for Labour Chris Sun").
            // (Or after "and" ending such a portfolio: "Minister for Health and Aged Care Mark Butler".)
            // `portfolio`: where the words after the "of" start (before an "and" it ends, if any).
            let mut portfolio = i;
            if portfolio > 1 && words[portfolio - 1].1 == "and" && !words[portfolio - 2].1.ends_with(",") {
                portfolio -= 1;
                while portfolio > 1 && i - portfolio <= MAX_PORTFOLIO_WORDS && is_capitalized(words[portfolio - 1].1) {
                    portfolio -= 1;
                }
            }
            // ("le président de la République Emmanuel Macron": an article between.)
            let of_word = |p: usize| {
                let prev = bare(words[p].1);
                prev == "for" || super::attribution::OF_WORDS.contains(&prev)
            };
            let of = portfolio > 1 && (of_word(portfolio - 1) || portfolio > 2 && is_listed("la las los", bare(words[portfolio - 1].1)) && of_word(portfolio - 2));
            let n = all.len();
            let given = all[..n - 1].iter().skip(1).position(|w| is_given_name(w)).map(|g| g + 1);
            let last_two = || if n >= 3 && is_title(bare(words[portfolio - 2].1)) { n - 2 - usize::from(n >= 4 && all[n - 2].ends_with(".")) } else { 0 };
            let of_title = if of { given.unwrap_or_else(last_two) } else { 0 };
            all[..all.len() - name_words].iter().rposition(titled).map_or(of_title, |k| of_title.max(k + 1))
        };
        // (The words' own vector split and lowered in place: the titles mapped and collected were a
        // from_iter and a fold of their own.)
        let mut titles = all;
        let name = titles.split_off(t);
        for s in &mut titles {
            if let std::borrow::Cow::Owned(l) = lower(s) {
                *s = l;
            }
        }
        let gerund = (opens_sentence && titles.is_empty() && name.len() >= 2 && b.len() >= 5 && b.ends_with("ing") && b.bytes().skip(1).all(|c| c.is_ascii_lowercase()) && !is_given_name(b)).then(|| words[i + 1].0);
        out.push(NamePhrase { titles, name, start: at, end, gerund });
        i = j;
    }
    out
}

/// Whether `word` is a common given name (hand-written lists, either sex).
pub fn is_given_name(word: &str) -> bool {
    lists_of(word) & (FEMALE_GIVEN | MALE_GIVEN) != 0
}

/// Capitals that name no one who speaks: a dateline, the place a story was filed from at the
/// start of its first paragraph ("WASHINGTON —", "ATLANTIC CITY, N.J. —", "PHILADELPHIA (AP)
/// —"), or the stock exchange before a ticker ("Tiffany & Co. (NYSE: TIF)").
fn is_no_speaker(text: &str, ph: &NamePhrase) -> bool {
    let capitals = no_lower_case(&ph.name) && ph.name.iter().map(|w| w.len()).sum::<usize>() >= 4;
    // (The phrase holds the parenthesis: "(NYSE".)
    let exchange = text[ph.start..].starts_with("(") && text[ph.end..].starts_with(":");
    capitals && (exchange || ph.start == 0 && text[ph.end..].trimmed_start().starts_with(&[',', '—', '–', '-', '('][..]))
}

/// Whether no word of a name has a lower-case letter ("NEW DELHI", "CAMILLE TOUTON", "毛宁").
fn no_lower_case(name: &[String]) -> bool {
    name.iter().all(|w| !w.chars().any(char::is_lowercase))
}

/// Whether a name is an organisation's: it has one of their head words, or is in capitals ("NATO").
fn names_org(name: &[String]) -> bool {
    name.iter().any(|w| lists_of(w) & ORG_WORD != 0) || name.iter().all(|w| w.chars().all(|c| c.is_uppercase() || c == '.'))
}

/// "donald trump" of "Donald J. Trump": the key a name leaving out its middle finds it by.
/// A pronoun or verb with its contraction ("I’m", "We've", "Don’t"): an ordinary word, never a name.
pub fn is_contraction(w: &str) -> bool {
    // (The last apostrophe of either kind by bytes: std's reverse char-set search decodes every char.)
    let end = crate::text::rfind_ascii(w, b'\'').map(|i| i + 1).max(crate::text::rfind_str(w, "’").map(|i| i + '’'.len_utf8()));
    end.is_some_and(|e| matches!(&w[e..], "m" | "re" | "ve" | "ll" | "d" | "t"))
}

fn is_generation(w: &str) -> bool {
    is_listed("jr sr ii iii iv", lower(w.trim_end_matches('.')).as_ref())
}

/// The surname's key: the last word, before a generational suffix ("Martin Luther King Jr.", "Ted Kennedy III").
fn surname(name: &[String]) -> String {
    let k = match name {
        [.., w, s] if name.len() >= 3 && is_generation(s) => w,
        [.., w] => w,
        [] => return String::new(),
    };
    lower(k).into_owned()
}

fn first_and_last(name: &[String]) -> String {
    lower(&crate::text::concat(&[&name[0], " ", &name[name.len() - 1]])).into_owned()
}

/// "D-Mont", "R-S.C", "I-Vt": US party and state, written after a lawmaker's name.
/// (Out of line: inlined in its four callers it was ~70 B of gzipped wasm.)
#[inline(never)]
pub(super) fn is_party_tag(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 3 && matches!(b[0], b'D' | b'R' | b'I') && b[1] == b'-' && b[2].is_ascii_uppercase()
}

/// The US party a word next to a name labels its holder with: "(D-Mass.)" after it,
/// "Democratic" or "Republican" before it (a title's words are lower-cased); later
/// "the Massachusetts Democrat".
fn party(word: &str) -> Option<&'static str> {
    let letter = match word.strip_prefix("(") {
        Some(t) if is_party_tag(t) => t.as_bytes()[0],
        // (The length first, both words' ten bytes: this is asked around every name.)
        _ if word.len() == 10 && is_listed("Democratic Republican democratic republican", word) => word.as_bytes()[0] & !0x20,
        _ => return None,
    };
    Some(match letter {
        b'D' => "democrat",
        b'R' => "republican",
        _ => "independent",
    })
}

/// "Maria Lopez, 45, said": the age news writing puts after a name, which later
/// sentences use to describe the person ("the 45-year-old").
pub fn age_after(text: &str, name_end: usize) -> Option<&str> {
    let rest = text[name_end..].strip_prefix(", ")?;
    let digits = rest.find(|c: char| !c.is_ascii_digit())?;
    ((1..=3).contains(&digits) && rest[digits..].starts_with(",")).then(|| &rest[..digits])
}

/// Title words before a name, outside its phrase, read as its descriptors.
const MAX_LEADING_TITLES: usize = 3;
/// Most capitalized words of a portfolio's part before its "and" ("of Homeland Security and …").
const MAX_PORTFOLIO_WORDS: usize = 3;

/// An appositive description this long at most, to its closing comma ("Jane Smith, the
/// city's finance director,"): longer, and the comma more likely closes a clause.
const MAX_APPOSITIVE_WORDS: usize = 8;

/// The word a name set off after a title hangs on, when it is a preposition: "rechazó las
/// declaraciones del ministro de Energía y Minas, Rómulo Mucho, sobre" → "del", an object; but "The
/// chairman of the Joint Chiefs of Staff, Gen. …," is one title, its "of"s inside it, and a phrase
/// that opens the sentence hangs on nothing. (Out of line: inlined, it was ~55 B more wasm.)
#[inline(never)]
fn appositive_role(before: &str) -> Option<&str> {
    let (mut title, mut of) = (false, None);
    for (i, w) in before.words().rev().take(MAX_APPOSITIVE_WORDS).enumerate() {
        let word = crate::text::trim_to_word(w);
        let marker = has(word, OBJECT_MARKER);
        if i > 0 && w.len() != word.len() {
            break;
        } else if is_title(word) && !marker {
            (title, of) = (true, None);
        } else if marker {
            of = Some(w);
        } else if !is_capitalized(word) && !is_listed("the el la los las and y", word) {
            return of.filter(|_| title);
        }
    }
    None
}

/// "Jane Smith, the city's finance director, said": the description set off
/// after a name, up to its head noun ("a teacher at Lincoln Elementary" → teacher),
/// lower-cased, for later "the finance director said".
fn appositive_after(text: &str, name_end: usize) -> Vec<String> {
    let Some(rest) = text[name_end..].strip_prefix(", ") else { return Vec::new() };
    // It closes with a comma, or ends the sentence ("said Mark Warner, a Virginia Democrat.").
    let closes = |e: usize| rest[e..].starts_with(",") || rest[e..].starts_with(".") && (e + 1 == rest.len() || rest[e + 1..].starts_with(&[' ', '\n', '”', '"'][..]));
    // (By bytes: std's search for a char set decodes every char of the block's rest out of line.)
    let b = rest.as_bytes();
    let Some(end) = (0..b.len()).find(|&e| matches!(b[e], b',' | b'.' | b';' | b'(') || b[e..].starts_with("—".as_bytes())).filter(|&e| closes(e)) else { return Vec::new() };
    let words: Vec<&str> = rest[..end].words().collect();
    if !matches!(words.first(), Some(&("the" | "a" | "an"))) {
        return Vec::new();
    }
    // The head ends before a preposition, a relative, or a participle or "and" that one follows
    // ("a coal company based in"; but "the Caribbean based telecoms company", "a technology and
    // services company" go on to their noun).
    // (A slice counted by a plain loop: a `take_while` collected was ~0.3 KB of wasm of its own.)
    let opens_phrase = |w: &str| is_listed("of at for in on to with from by who whose which that", w);
    let mut n = 1;
    while words.get(n).is_some_and(|w| !opens_phrase(w) && !((*w == "and" || w.ends_with("ed")) && words.get(n + 1).is_none_or(|x| opens_phrase(x)))) {
        n += 1;
    }
    let np = &words[1..n];
    // A relative clause may run long before its comma ("an Oklahoma Republican who warned of …,").
    let relative = words.get(n) == Some(&"who");
    let head_is_noun = np.last().is_some_and(|w| w.chars().all(|c| c.is_lowercase() || c == '-') || is_title(w));
    if !head_is_noun || !relative && words.len() > MAX_APPOSITIVE_WORDS {
        return Vec::new();
    }
    // (A plain loop: the map collected was a from_iter and a fold of its own.)
    let mut out = Vec::with_capacity(np.len());
    for w in np {
        out.push(crate::text::replace(&lower(w), ".", ""));
    }
    out
}

const NOT_NAME: u16 = 1;
const TITLE: u16 = 2;
const PARTICLE: u16 = 4;
const ORG_WORD: u16 = 8;
const PLACE_FIRST_WORD: u16 = 16;
pub(super) const OBJECT_MARKER: u16 = 32;
const FEMALE_GIVEN: u16 = 64;
const MALE_GIVEN: u16 = 128;
pub(super) const SPEAKER_NOUN: u16 = 256;
pub(super) const DESCRIPTION_END: u16 = 512;
pub(super) const DETERMINER: u16 = 1024;
const REGIONAL_OFFICE: u16 = 2048;
pub(super) const GROUP_SPEAKER: u16 = 4096;
pub(super) const SPEAKS_FOR_ONE: u16 = 8192;
pub(super) const UNNAMED_HEAD: u16 = 16384;
pub(super) const KIN: u16 = 32768;

/// The lists above with their bits. (A const: as a local of `lists_of`, the array was
/// written out at every call, though only the first reads it.)
const LISTS: [(u16, &str); 16] = [
    (NOT_NAME, NOT_NAMES),
    (TITLE, TITLES),
    (PARTICLE, PARTICLES),
    (ORG_WORD, ORG_WORDS),
    (PLACE_FIRST_WORD, PLACE_FIRST_WORDS),
    (OBJECT_MARKER, OBJECT_MARKERS),
    (SPEAKER_NOUN, SPEAKER_NOUNS),
    (DESCRIPTION_END, DESCRIPTION_ENDS),
    (DETERMINER, DETERMINERS),
    (REGIONAL_OFFICE, REGIONAL_OFFICES),
    (GROUP_SPEAKER, super::GROUP_SPEAKERS),
    (SPEAKS_FOR_ONE, super::SPEAKS_FOR),
    (UNNAMED_HEAD, super::UNNAMED_HEADS),
    (KIN, KIN_WORDS),
    (FEMALE_GIVEN, FEMALE_GIVEN_NAMES),
    (MALE_GIVEN, MALE_GIVEN_NAMES),
];

/// The lists above a word is in, whatever its case (name finding asks of every capitalized word).
/// (Out of line: inlined, its table's lazy set-up was a copy at each of its callers, 350 bytes gzipped.)
#[inline(never)]
fn lists_of(word: &str) -> u16 {
    static INDEX: OnceLock<WordLists> = OnceLock::new();
    WordLists::cached(&INDEX, &LISTS).of_lower(word)
}


impl People {
    /// Collects the entities named in the blocks. `quoted(block, byte)` tells
    /// whether a position lies inside a quotation (names there are not mentions).
    pub fn collect(blocks: &[&str], quoted: &dyn Fn(usize, usize) -> bool) -> People {
        let mut p = People::default();
        let mut phrases = Vec::new();
        for (bi, text) in blocks.iter().enumerate() {
            for ph in name_phrases(text) {
                if !ph.name.is_empty() && !is_no_speaker(text, &ph) {
                    phrases.push((bi, ph));
                }
            }
        }
        // "Joining Rubio in the group …", "Using Ted Cruz?", "Injecting Clinton’s troubles …": a
        // gerund opening its sentence is no part of the name after it, when that name is surely
        // someone's: a given name opens it, or the article names a person of that surname in full
        // ("Marco Rubio"; not "Morning Joe", "Working America").
        for k in 0..phrases.len() {
            let ph = &phrases[k].1;
            let Some(rest) = ph.gerund else { continue };
            let surname = &ph.name[ph.name.len() - 1];
            let full = |o: &NamePhrase| o.gerund.is_none() && o.name.len() >= 2 && o.name[o.name.len() - 1] == *surname && (is_given_name(&o.name[0]) || !o.titles.is_empty());
            if is_given_name(&ph.name[1]) || phrases.iter().any(|(_, o)| full(o)) {
                let ph = &mut phrases[k].1;
                ph.start = rest;
                ph.name.remove(0);
            }
        }
        // Longest names first, so "Trump" attaches to "Donald Trump"; of equal length, those
        // written in capitals last ("CAMILLE TOUTON:" labelling a transcript's turn is the
        // article's "Camille Touton", a person, not an acronym's organisation).
        // (One plain loop for both flags: each map collected was a from_iter and a fold of its own.)
        let mut capitals: Vec<bool> = Vec::with_capacity(phrases.len());
        let mut in_quote: Vec<bool> = Vec::with_capacity(phrases.len());
        for (bi, ph) in &phrases {
            capitals.push(no_lower_case(&ph.name));
            in_quote.push(quoted(*bi, ph.start));
        }
        let mut order: Vec<usize> = (0..phrases.len()).collect();
        crate::order::sort_by(&mut order, &|&a: &usize, &b: &usize| phrases[b].1.name.len().cmp(&phrases[a].1.name.len()).then(capitals[a].cmp(&capitals[b])));
        // Per entity: whether its name so far comes from inside a quotation, where
        // nicknames live ("Crooked Hillary Clinton"): a full name the article itself
        // writes replaces it ("Hillary Clinton"); a surname alone does not ("Putin").
        let mut named_in_quote: Vec<bool> = Vec::new();
        let mut entity_of = vec![usize::MAX; phrases.len()];
        for k in order {
            let (bi, ph) = &phrases[k];
            let id = p.find_or_add(&ph.name, title_gender(&ph.titles));
            if id == named_in_quote.len() {
                named_in_quote.push(in_quote[k]);
            } else if named_in_quote[id] && !in_quote[k] && ph.name.len() >= 2 {
                p.entities[id].name = crate::text::join(&ph.name, " ");
                named_in_quote[id] = false;
            }
            // (A plain loop and a slice search: the collected rev().take() and the take_while().count()
            // were a from_iter and a fold of their own.)
            let mut before: Vec<&str> = Vec::new();
            for w in blocks[*bi][..ph.start].words().rev() {
                before.push(w);
                if before.len() == MAX_LEADING_TITLES {
                    break;
                }
            }
            let mut titles = before.iter().position(|w| !is_title(w)).unwrap_or(before.len());
            // "Strictly star Amy Dowden", "her partner Ben Jones": a noun in lower case right before the name describes
            // too, unless it is an article's noun with a verb after the name ("the network Vladimir Putin formed").
            let noun = |w: &&str| w.len() > 3 && w.chars().all(char::is_lowercase) && !w.ends_with("ed") && !has(w, OBJECT_MARKER | DETERMINER) && !super::cues::lexicon().is_cue(w);
            let relative = || {
                let verb_after = blocks[*bi][ph.end..].words().next().is_some_and(|w| crate::text::first_char(w).is_some_and(char::is_lowercase) && !super::cues::lexicon().is_cue(w));
                verb_after && before.get(1).is_some_and(|w| matches!(lower(w).as_ref(), "the" | "a" | "an"))
            };
            if titles == 0 && ph.titles.is_empty() && before.first().is_some_and(noun) && !relative() {
                titles = 1;
            } else if titles > 0 && before.get(titles).is_some_and(noun) && before.get(titles + 1).is_some_and(|w| is_capitalized(w)) {
                // "Trump campaign manager Kellyanne Conway": a noun before the title, after whose, is part of it.
                titles += 1;
            }
            // "The mayor, Jane Doe, said", "Russia’s foreign minister, Sergei Lavrov, said": titles set
            // off before the name are the person's too (after a determiner or a possessive only).
            // (Past one word in lower case too: "Clinton’s running mate, Tim Kaine,".)
            let opens = |j: usize| before.get(j).is_some_and(|w| has(w, DETERMINER) || is_possessive(w));
            // (The commas first: the titles' search is a lookup a word, and few names are set off.)
            let commas = blocks[*bi][ph.end..].starts_with(",") && before.first().is_some_and(|w| w.ends_with(",") && is_title(w.trim_end_matches(',')));
            let set_off = commas.then(|| (1..before.len()).find(|&j| !is_title(before[j]))).flatten().map(|j| if !opens(j) && before[j].chars().all(char::is_lowercase) { j + 1 } else { j }).filter(|&j| opens(j));
            if titles == 0 {
                titles = set_off.unwrap_or(0);
            }
            let mut appositive = appositive_after(blocks[*bi], ph.end);
            let head = appositive.pop();
            // A word among the titles that is none qualifies them ("campaign", "running"): "the
            // campaign" is not the campaign manager.
            let titled = |w: &&str| titles == 1 || is_title(w.trim_end_matches(&['.', ','][..]));
            // (A plain loop: the filter and map extended with was an extend of its own.)
            for w in &before[..titles] {
                if !titled(w) {
                    appositive.push(lower(w).into_owned());
                }
            }
            // "Arsenal manager Mikel Arteta": the name before lower-case titles says whose (he is "the Arsenal manager").
            // (So does one whose title it is: "Clinton’s running mate, Tim Kaine," is "Clinton’s running mate".)
            if let Some(w) = before.get(titles).filter(|w| titles > 0 && is_capitalized(w) && (bare(w).len() == w.len() || is_possessive(w)) && !has(w, DETERMINER)) {
                appositive.push(lower(bare(w)).into_owned());
            }
            // "Janet Hughes, a 45-year-old maths teacher, …" is "the 45-year-old" later too.
            let aged = age_after(blocks[*bi], ph.end);
            let age = aged.map(|n| crate::text::concat(&[n, "-year-old"])).or_else(|| appositive.iter().find(|q| q.ends_with("-year-old")).cloned());
            for q in appositive {
                if !p.entities[id].qualifiers.contains(&q) {
                    p.entities[id].qualifiers.push(q);
                }
            }
            // "former minister Jane Hollis", "White House spokesman John Kirby": titles in lower
            // case before the name (the phrase stopped at them) describe the person too.
            let lead = before[..titles].iter().filter(|w| titled(w)).map(|w| lower(w.trim_end_matches(&['.', ','][..])).into_owned());
            let after = blocks[*bi][ph.end..].words().next().unwrap_or("");
            let tag = party(after).or_else(|| party(before.get(titles).unwrap_or(&""))).or_else(|| ph.titles.iter().find_map(|t| party(t)));
            for d in ph.titles.iter().map(|t| full_title(crate::text::replace(t, ".", ""))).chain(lead).chain(age).chain(head).chain(tag.map(str::to_string)) {
                if !p.entities[id].descriptors.contains(&d) {
                    p.entities[id].descriptors.push(d);
                }
            }
            let e = &mut p.entities[id];
            if e.female.is_none() {
                e.female = e.descriptors.iter().find_map(|d| gender_of(d));
            }
            // (So is a street, a place too: "Wall Street", "Downing Street", "Kansas City" are no one
            // "she" means; nor a party's voters, "Virginia Democratic primary voters".)
            let no_one = ph.name.len() >= 2 && is_listed("Street Avenue Road Square City County Democratic Republican", &ph.name[ph.name.len() - 1]);
            let place = no_one || lists_of(&ph.name[0]) & PLACE_FIRST_WORD != 0 && ph.titles.is_empty();
            // "the Washington Monument", "the National Mall": a name after the article is a thing or
            // place; "the campaign group Save Hawesmere", "the charity Shelter": after an organisation noun, one
            // (not "secretary of state Hillary Clinton", nor a sentence's last word).
            let org_noun = |w: &&str| crate::text::first_char(w).is_some_and(char::is_lowercase) && bare(w).len() == w.len() && has(w, ORG_WORD);
            // German capitalizes every noun: after its article ("dass die Verordnung Anfang 2026 …") one is a thing.
            let after_article = before.first().is_some_and(|w| {
                w.eq_ascii_case("the") || is_listed(GERMAN_ARTICLES, w) || org_noun(w) && before.get(1).is_some_and(|p| *p != "of")
            });
            // A given name alone is someone too ("“I would,” Melanie said").
            let given = ph.name.len() == 1 && given_name_gender(&ph.name[0]).is_some();
            // ("Salah, 32," is someone, whatever the name; "Labour MPs", "Tesla CEOs" are many.)
            let many = ph.name.last().is_some_and(|w| w.len() > 2 && w.strip_suffix("s").is_some_and(|a| a.bytes().all(|b| b.is_ascii_uppercase())));
            e.is_person = !e.is_org && !place && !many && (e.is_person || (ph.name.len() >= 2 || given || aged.is_some()) && !after_article || !ph.titles.is_empty());
            entity_of[k] = id;
        }
        // Pronouns right after a name, before anyone else is named ("Jane Smith said she …"):
        // (she, he) counts per entity, a gender where the titles gave none and the counts agree.
        let mut pronouns = vec![(0u16, 0u16); p.entities.len()];
        for (k, (bi, ph)) in phrases.iter().enumerate() {
            if !in_quote[k] {
                let text = blocks[*bi];
                let prev = text[..ph.start].words().next_back().unwrap_or_default();
                let rest = &text[ph.end..];
                let word = &text[ph.start..ph.end + rest.find(char::is_whitespace).unwrap_or(rest.len())];
                let word = crate::text::trim_to_word(word);
                let possessive = is_possessive(word);
                // (Nor after "the", "a" or "an": "told the BBC she …", "a Dallas Cowboys fan" name no one she or he could be.
                // Nor in what the sentence reports: "X pointed out that the paper's Y had reported …
                // He hoped" is X.)
                // (Asked last: it reads the sentence so far, word by word.)
                let reported = || {
                    let window = &text[super::window_before(text, 0, ph.start)];
                    // (`text::rfind_str`: std's reverse string searcher was linked for this one look.)
                    let sentence = &window[crate::text::rfind_str(window, ". ").map_or(0, |i| i + 2)..];
                    // A cue a few words before "that" ("said that", "pointed out that", "said on
                    // Monday that"): the lexicon is asked only of the words before a "that", which
                    // most sentences lack (told by a search before the sentence is split into words).
                    if !crate::text::has_str(sentence, "that") && !crate::text::has_str(sentence, "que") {
                        return false;
                    }
                    let ws: Vec<&str> = sentence.words().collect();
                    // (Or the Romance "que": "señaló que Mariano González expuso …"; two compares, as
                    // a word list asked of every word here cost 0.45 % of all instructions.)
                    let cue = |w: &&str| super::cues::lexicon().is_cue(w) || super::cues::lexicon().is_foreign_cue(w);
                    (1..ws.len()).any(|i| (ws[i] == "that" || ws[i] == "que") && ws[i.saturating_sub(REPORTING_THAT_WORDS)..i].iter().any(cue))
                };
                // "For Brandt, the drive is now part of the plan. She …": a name after "For"/"To" opening
                // the sentence is its topic, whom the next "she" means ("Like Allen, their days …" is not).
                let fronted = matches!(prev, "For" | "To") && rest.starts_with(",");
                // (A name right after a quotation is its attribution's subject, whatever the quotation holds.)
                let attribution = prev.ends_with("”") || prev.ends_with("\"");
                // "told Andrew Neil", "telling the BBC’s Andrew Neil": whom someone tells is no subject.
                let told = || text[..ph.start].words().rev().find(|w| !is_possessive(w) && !is_capitalized(w) && *w != "the").is_some_and(|w| is_listed(HEARER_VERBS, w));
                // ("in Mathare and Baba Dogo estates": a name after "and" shares the role of the one before;
                // so does one inside a list: "joined by Mayor Kate Gallego, City Manager Jeff Barton and …".)
                let mut role = prev;
                // (Only after a person's name: "In Washington, Trump and Putin met" names subjects.)
                let in_list = rest.starts_with(" and ")
                    && k > 0
                    && phrases[k - 1].0 == *bi
                    && &text[phrases[k - 1].1.end..ph.start] == ", "
                    && p.entities[entity_of[k - 1]].is_person;
                if matches!(prev, "and" | "or") || in_list {
                    let mut before = text[..ph.start].words();
                    before.next_back();
                    while let Some(w) = before.next_back() {
                        if !is_capitalized(w) {
                            role = w;
                            break;
                        }
                    }
                } else if prev.ends_with(",") && rest.starts_with(",") {
                    role = appositive_role(&text[..ph.start]).unwrap_or(role);
                }
                let subject_like = (fronted || lists_of(role) & OBJECT_MARKER == 0) && !possessive && !is_listed("the The a A an An", prev) && (attribution || !reported()) && !told();
                // (Not after a possessive: "Clinton’s allies … his" is about someone else.)
                let mut ws = rest.words().take(if possessive { 0 } else { GENDER_WINDOW_WORDS }).peekable();
                while let Some(w) = ws.next() {
                    let votes = &mut pronouns[entity_of[k]];
                    match crate::text::trim_to_word(w) {
                        // "…, he said": an attribution's pronoun is the speaker, not the name before it.
                        "she" | "he" if ws.peek().is_some_and(|n| super::cues::lexicon().is_cue(n)) => {}
                        // (Not "her", "him": an object is usually someone else — "Rothman found her".)
                        "she" | "herself" => votes.0 += 1,
                        "he" | "his" | "himself" => votes.1 += 1,
                        b if !is_capitalized(b) && !w.ends_with(&['.', '?', '!'][..]) => continue,
                        _ => {}
                    }
                    break;
                }
                p.mentions.push(Mention { entity: entity_of[k], block: *bi, at: ph.start, subject_like, full: ph.name.len() >= 2 });
            }
        }
        for (e, (she, he)) in p.entities.iter_mut().zip(pronouns) {
            if e.female.is_none() && (she > 0) != (he > 0) {
                e.female = Some(she > 0);
            }
        }
        for id in 0..p.entities.len() {
            if p.entities[id].is_person {
                p.entities[id].female = p.known_gender(id);
            }
        }
        crate::order::sort_by(&mut p.mentions, &|a: &Mention, b: &Mention| (a.block, a.at).cmp(&(b.block, b.at)));
        p.index();
        p
    }

    /// Records the sentences (`sentences(block)`, as the splitter gave them) that open
    /// with somebody unnamed, for [`People::unnamed_person_since_named`].
    pub fn note_unnamed_subjects<'s>(&mut self, blocks: &[&str], sentences: impl Fn(usize) -> &'s [Range<usize>]) {
        for (bi, text) in blocks.iter().enumerate().filter(|(_, t)| !t.is_empty()) {
            for s in sentences(bi) {
                if self.opens_with_unnamed_person(&text[s.clone()]) {
                    self.unnamed_subjects.push((bi, s.start));
                }
            }
        }
    }

    /// Whether a sentence opens with somebody unnamed: an indefinite or definite
    /// description no one in the article carries, not followed by a name.
    fn opens_with_unnamed_person(&self, sentence: &str) -> bool {
        // (Or past a short opening adverbial: "In a statement, a spokeswoman for … said"; not
        // in someone's words: “In Tulsa, an unarmed man with his hands in the air.”)
        let article = |k: usize, names: [&str; 3]| sentence.words().nth(k).is_some_and(|w| names.contains(&w));
        let start = match sentence.words().take(OPENING_ADVERBIAL_WORDS).position(|w| w.ends_with(",")) {
            _ if article(0, ["A", "An", "The"]) => 1,
            Some(comma) if article(comma + 1, ["a", "an", "the"]) && !crate::text::first_char(sentence).is_some_and(|c| matches!(c, '“' | '"')) => comma + 2,
            _ => return false,
        };
        // All the words of the few sentences that open so, though only the first few are read:
        // the collect of a plain `Words` is linked already, one of a `Take<Words>` was code of its own.
        let ws: Vec<&str> = sentence.words().collect();
        let ws = &ws[start..];
        ws.iter().take(UNNAMED_SUBJECT_WORDS).enumerate().any(|(k, w)| {
            let noun = w.trim_end_matches(',');
            let named_next = w.ends_with(",") && ws.get(k + 1).is_some_and(|n| is_capitalized(n));
            is_listed(UNNAMED_PERSON_NOUNS, noun) && !named_next && self.by_descriptor.get(noun).is_empty()
        })
    }

    fn index(&mut self) {
        for (id, e) in self.entities.iter().enumerate() {
            for d in &e.descriptors {
                self.by_descriptor.push(d, id);
                // "Rep. Jared Golden" is "the congressman" or "the lawmaker" later, "Sen. Susan Collins" "the lawmaker".
                let also = match d.as_str() {
                    "representative" => "congressman congresswoman lawmaker",
                    "senator" => "lawmaker",
                    _ => "",
                };
                for w in also.words() {
                    self.by_descriptor.push(w, id);
                }
            }
        }
        self.mentions_of.resize_with(self.entities.len(), Vec::new);
        let (mut subject_person, mut person, mut org) = (None, None, None);
        for (i, m) in self.mentions.iter().enumerate() {
            self.mentions_of[m.entity].push(i);
            self.last_subject_person.push(subject_person);
            self.last_person.push(person);
            self.last_org.push(org);
            let e = &self.entities[m.entity];
            if e.is_person {
                person = Some(m.entity);
                if m.subject_like {
                    subject_person = Some(m.entity);
                }
            }
            if e.is_org {
                org = Some(i);
            }
        }
        self.last_subject_person.push(subject_person);
        self.last_person.push(person);
        self.last_org.push(org);
    }

    /// How many mentions come before (block, at). (Out of line: inlined in its seven callers
    /// it was ~55 B of gzipped wasm.)
    #[inline(never)]
    fn mentions_before(&self, block: usize, at: usize) -> usize {
        self.mentions.partition_point(|m| (m.block, m.at) < (block, at))
    }

    /// The entity of a name (with the gender its titles tell, which a namesake's given name
    /// or titles may contradict: "Mrs. Clinton" is not Bill Clinton), added if new.
    fn find_or_add(&mut self, name: &[String], gender: Option<bool>) -> usize {
        let full = crate::text::join(name, " ");
        // (Its key lower-cased once: looked up first, then added under when new.)
        let key = full.lowered();
        let last = surname(name);
        if let Some(id) = self.by_token.get(&key).filter(|&id| self.fits(id, gender)) {
            if !self.entities[id].aliases.contains(&full) {
                self.entities[id].aliases.push(full);
            }
            return id;
        }
        // A shorter form of a known name: its surname, or for a single word any part of it;
        // two words share the given name too ("Hori Parata" is not "Te Kaurinui Robert Parata").
        // A middle name left out is the same person ("Te Kaurinui Parata").
        if name.len() <= 2 || self.by_token.contains_key(&first_and_last(name)) {
            let part = if name.len() == 1 { self.by_part.get(&last) } else { None };
            // ("Donald Trump" is not "Donald Trump Jr.": the same name without the suffix is the father.)
            let junior = |id: usize| crate::text::rsplit_once_ascii(&self.entities[id].name, b' ').is_some_and(|(head, s)| is_generation(s) && head.eq_ascii_case(&full));
            let same_given = |id: usize| name.len() == 1 || crate::text::split_str(&self.entities[id].name.lowered(), " ").any(|w| w == lower(&name[0])) && !junior(id);
            let known = if name.len() > 2 { self.by_token.get(&first_and_last(name)) } else { self.by_token.get(&last).filter(|&id| same_given(id)).or(part) };
            let known = known.filter(|&id| self.fits(id, gender)).or_else(|| self.namesake(&last, gender?));
            if let Some(id) = known {
                let e = &mut self.entities[id];
                if !e.aliases.contains(&full) {
                    e.aliases.push(full.clone());
                }
                self.by_token.insert(&key, id);
                return id;
            }
        }
        let is_org = names_org(name);
        let id = self.entities.len();
        self.entities.push(Entity { name: full.clone(), is_person: false, aliases: vec![full.clone()], descriptors: Vec::new(), qualifiers: Vec::new(), is_org, female: None });
        // (Not in place of a namesake of the other sex: "Clinton" stays Bill's beside a "Mrs. Clinton".)
        self.by_token.or_insert(&key, id);
        // (A model's number makes it a product, no one's fuller name: "BlackBerry" is not the "BlackBerry Z10".)
        if !is_org && name.len() >= 2 && !full.bytes().any(|b| b.is_ascii_digit()) {
            // A surname alone is the name without a suffix when the article has both ("Trump": not Donald Trump Jr.).
            let holder = self.by_token.get(&last);
            if holder.is_none_or(|h| is_generation(crate::text::after_last_space(&self.entities[h].name)) && !name.last().is_some_and(|w| is_generation(w))) {
                self.by_token.insert(&last, id);
            }
            // The name without its middle ("Donald Trump" for "Donald J. Trump"); not its first
            // words alone, which may be someone else ("Donald Trump" of "Donald Trump Jr").
            if name.len() >= 3 {
                self.by_token.or_insert(&first_and_last(name), id);
            }
            for w in name {
                self.by_part.or_insert(&lower(w), id);
            }
        }
        id
    }

    /// The article's fullest form of `name`, or `name` as written when it names no one known.
    // Out of line: inlined in its three callers it was ~15 B of gzipped wasm.
    #[inline(never)]
    pub fn canonical(&self, name: &[String]) -> String {
        self.name_or_written(self.lookup(name), name)
    }

    /// The name of entity `e`, if there is one. (Out of line: inlined in its fourteen callers
    /// it was ~130 B of gzipped wasm.)
    #[inline(never)]
    pub fn name_of(&self, e: Option<usize>) -> Option<String> {
        e.map(|e| self.entities[e].name.clone())
    }

    /// The name of entity `e`, or `name` as written when there is none.
    pub fn name_or_written(&self, e: Option<usize>, name: &[String]) -> String {
        self.name_of(e).unwrap_or_else(|| crate::text::join(name, " "))
    }

    /// The entity a name phrase refers to.
    pub fn lookup(&self, name: &[String]) -> Option<usize> {
        let full = crate::text::join(name, " ").lowered();
        let last = surname(name);
        // An organisation is not found by its last word ("… Intelligence and Security").
        self.by_token.get(&full).or_else(|| if names_org(name) { None } else { self.by_token.get(&last) }).or_else(|| if name.len() == 1 { self.by_part.get(&last) } else { None })
    }

    /// Whether `name`, written in full, may be whom "he" or "she" (`female`) stands for: not an
    /// organisation the article names, nor someone known to be of the other sex.
    pub fn may_be_referent(&self, name: &str, female: Option<bool>) -> bool {
        self.by_token.get(&lower(name)).is_none_or(|e| !self.entities[e].is_org && self.fits(e, female))
    }

    /// The person (not an organisation) `name` names, if the article knows one.
    pub fn person(&self, name: &[String]) -> Option<usize> {
        self.lookup(name).filter(|&id| self.entities[id].is_person)
    }

    /// Whether entity `id` is surely a person: a given name or a title, not just two
    /// capitalized words ("Meridian Connect", an airline).
    pub fn is_surely_person(&self, id: usize) -> bool {
        let e = &self.entities[id];
        !e.is_org && (self.has_given_name(id) || e.descriptors.iter().any(|d| is_title(d)))
    }

    /// Whether entity `id`'s full name opens with a known given name ("Elizabeth Warren").
    pub fn has_given_name(&self, id: usize) -> bool {
        crate::text::split_once_str(&self.entities[id].name, " ").is_some_and(|(given, _)| is_given_name(given))
    }

    /// [`People::lookup`] for a name read at (block, at) with the gender its titles tell: a
    /// surname two people share ("Parata" of Hori Parata and his son) is the one last named
    /// in full before; "Mrs. Clinton" is the woman of the name.
    pub fn lookup_at(&self, name: &[String], gender: Option<bool>, block: usize, at: usize) -> Option<usize> {
        let found = self.lookup(name)?;
        let [surname] = name else { return Some(found) };
        let found = Some(found).filter(|&id| self.fits(id, gender)).or_else(|| self.namesake(&lower(surname), gender?)).unwrap_or(found);
        let holds = |id: usize| {
            let e = &self.entities[id];
            e.is_person && e.name.contains(' ') && self.has_surname(id, surname) && self.fits(id, gender)
        };
        if (0..self.entities.len()).filter(|&id| holds(id)).nth(1).is_none() {
            return Some(found);
        }
        let before = self.mentions_before(block, at);
        self.mentions[..before].iter().rev().find(|m| m.full && holds(m.entity)).map_or(Some(found), |m| Some(m.entity))
    }

    /// What an entity's titles, else its given name, tell of its gender.
    fn known_gender(&self, id: usize) -> Option<bool> {
        let e = &self.entities[id];
        e.female.or_else(|| given_name_gender(crate::text::before(&e.name, " ")))
    }

    /// Whether entity `id` may carry a title of `gender`: not when it is known to be of the other.
    /// (Out of line: inlined in its five callers it was ~25 B of gzipped wasm.)
    #[inline(never)]
    fn fits(&self, id: usize, gender: Option<bool>) -> bool {
        gender.is_none() || self.known_gender(id) != gender.map(|g| !g)
    }

    /// The first entity of surname `last` (lower case) known to be of `gender`.
    fn namesake(&self, last: &str, gender: bool) -> Option<usize> {
        (0..self.entities.len()).find(|&id| self.known_gender(id) == Some(gender) && self.has_surname(id, last))
    }

    /// Whether entity `id`'s name ends in `surname` (any case).
    fn has_surname(&self, id: usize, surname: &str) -> bool {
        crate::text::after_last_space(&self.entities[id].name).eq_ascii_case(surname)
    }

    /// The last organisation mentioned before (block, at), in its paragraph or the one before:
    /// what "they" or "it" said. (Further back, "it" is more often something the article never
    /// names as an organisation: "On his website … “…,” it now says.")
    pub fn last_org_before(&self, block: usize, at: usize) -> Option<usize> {
        let m = &self.mentions[self.last_org[self.mentions_before(block, at)]?];
        (m.block + 1 >= block).then_some(m.entity)
    }

    /// What "the company" or "the agency" (`head`) means at (block, at), within MAX_BODY_BLOCKS
    /// paragraphs. A firm: the last subject named before it that is no person, if the article
    /// shows it is a firm: a name ending in a firm's word ("BlackBerry Ltd", "Apple Inc") or
    /// described as one ("smartphone maker Samsung", "aerospace giant Airbus"). (A bare "Whole
    /// Foods" may as well be a place; an earlier firm is then no safer a guess.) Any other body:
    /// the last one named whose name holds the word ("the Environmental Protection Agency").
    pub fn last_body_before(&self, block: usize, at: usize, head: &str) -> Option<usize> {
        for m in self.mentions[..self.mentions_before(block, at)].iter().rev() {
            let e = &self.entities[m.entity];
            if m.block + MAX_BODY_BLOCKS < block {
                break;
            }
            if e.is_person {
                continue;
            }
            if !is_listed("company firm", head) {
                if e.name.words().any(|w| w.eq_ascii_case(head)) {
                    return Some(m.entity);
                }
            } else if m.subject_like {
                let last = crate::text::rsplit_once_ascii(&e.name, b' ').map_or(e.name.as_str(), |(_, last)| last);
                let firm = e.descriptors.iter().any(|d| is_listed(FIRM_WORDS, d)) || is_listed(FIRM_WORDS, &lower(bare(last)));
                return firm.then_some(m.entity);
            }
        }
        None
    }

    /// The first (or `last`) mention in `span` of `block`.
    pub fn mention_in(&self, block: usize, span: Range<usize>, last: bool) -> Option<&Mention> {
        let named = &self.mentions[self.mentions_before(block, span.start)..self.mentions_before(block, span.end)];
        if last { named.last() } else { named.first() }
    }

    /// A person other than `e` named earlier in the block, before `at`.
    pub fn other_person_in_block(&self, block: usize, at: usize, e: usize) -> Option<usize> {
        // (Back from `at` by a plain loop: `rev().take_while().map().find()` was a try_fold of its own.)
        let mut n = self.mentions_before(block, at);
        while n > 0 {
            n -= 1;
            let m = &self.mentions[n];
            if m.block != block {
                break;
            }
            if m.entity != e && self.entities[m.entity].is_person {
                return Some(m.entity);
            }
        }
        None
    }

    /// The antecedent of "he"/"she" (`female`; `None`: a subject a verb implies, as in Spanish
    /// „…“, dijo): the last person mentioned as a subject, else the last person; past those
    /// whose title says they are of the other sex.
    pub fn antecedent(&self, block: usize, at: usize, female: Option<bool>) -> Option<usize> {
        let n = self.mentions_before(block, at);
        let fits = |e: usize| female.is_none_or(|female| self.entities[e].female.is_none_or(|f| f == female));
        let last = self.last_subject_person[n].or(self.last_person[n]);
        if last.is_none_or(fits) {
            return last;
        }
        // The last of the recent persons who fit named as a subject, else the last of them. (One
        // plain loop: two `rev().take().filter()` searches were a try_fold of their own each.)
        let mut latest = None;
        for m in self.mentions[n.saturating_sub(MAX_ANTECEDENT_MENTIONS)..n].iter().rev() {
            if self.entities[m.entity].is_person && fits(m.entity) {
                if m.subject_like {
                    return Some(m.entity);
                }
                latest = latest.or(Some(m.entity));
            }
        }
        latest
    }

    /// The person `block` opens with ("Eddie Howe was left to rue …"), if named before `at`,
    /// for a `title` the article gives nobody (someone else holds one it gives: "President
    /// Obama had a talk with Francois Hollande. The French president …"); `None`: a title
    /// known to be no one's.
    pub fn opening_subject(&self, block: usize, at: usize, title: Option<&str>) -> Option<usize> {
        if title.is_some_and(|t| !self.by_descriptor.get(t).is_empty()) {
            return None;
        }
        let first = self.mentions.get(self.mentions_before(block, 0))?;
        let opens = first.block == block && first.at <= MAX_OPENING_NAME_OFFSET && first.at < at;
        (opens && first.subject_like && self.entities[first.entity].is_person).then_some(first.entity)
    }

    /// Whether an unnamed person opened a sentence after the last named person
    /// before (block, at): a "she" there is more likely them than anyone named.
    pub fn unnamed_person_since_named(&self, block: usize, at: usize) -> bool {
        let k = self.unnamed_subjects.partition_point(|&p| p < (block, at));
        k.checked_sub(1).is_some_and(|k| self.no_one_named_since(self.unnamed_subjects[k], block, at))
    }

    /// Whether no person was named as a subject from `since` up to (block, at).
    pub fn no_one_named_since(&self, since: (usize, usize), block: usize, at: usize) -> bool {
        let n = self.mentions_before(block, at);
        let Some(e) = self.last_subject_person[n] else { return true };
        let of = &self.mentions_of[e];
        let last = &self.mentions[of[of.partition_point(|&i| i < n) - 1]];
        (last.block, last.at) < since
    }

    /// Resolves a description ("the U.S. president") through titles seen next to names:
    /// the last entity before (block, at) with all its words, else the first in the article
    /// with them, else (a bare head noun) the last one with the head.
    pub fn by_description(&self, words: &[String], block: usize, at: usize) -> Option<usize> {
        let definite = words.first().is_some_and(|w| w.eq_ascii_case("the"));
        // (A plain loop: the map and filter collected were a from_iter, an extend and a try_fold of their own.)
        let mut kept = Vec::new();
        for w in words {
            let w = crate::text::replace(&lower(w), ".", "");
            if !is_listed("the a an this that former new", &w) {
                kept.push(w);
            }
        }
        let (head, modifiers) = kept.split_last()?;
        let exact = |&&e: &&usize| modifiers.iter().all(|m| self.entities[e].descriptors.contains(m) || self.entities[e].qualifiers.contains(m));
        let with_head = self.by_descriptor.get(head);
        if with_head.is_empty() {
            // "the Fed chief", "the UN chief": a word for any leader stands for the one person
            // the rest describes ("Fed Chair Jerome Powell"); for nobody if several fit.
            if !(definite && !modifiers.is_empty() && head == "chief") {
                return None;
            }
            let mut fit = None;
            for e in 0..self.entities.len() {
                if self.entities[e].is_person && exact(&&e) {
                    if fit.is_some() {
                        return None;
                    }
                    fit = Some(e);
                }
            }
            return fit;
        }
        let n = self.mentions_before(block, at);
        // The entity's last mention before n, as a mention index (larger = later).
        let last_mention = |e: usize| {
            let of = &self.mentions_of[e];
            of.partition_point(|&i| i < n).checked_sub(1).map(|k| of[k])
        };
        // The candidate mentioned last (the exact fits only, with `exact_only`). (A plain loop: the
        // filter_map's max over a dyn iterator was a fold and a try_fold of their own.)
        let latest = |exact_only: bool| {
            let mut best: Option<(usize, usize)> = None;
            for &e in with_head {
                if exact_only && !exact(&&e) {
                    continue;
                }
                if let Some(m) = last_mention(e).filter(|&m| best.is_none_or(|b| (m, e) >= b)) {
                    best = Some((m, e));
                }
            }
            best.map(|(_, e)| e)
        };
        // "the Florida senator" where the article names one senator only is that senator,
        // whether or not it said where from (but "one district leader" is someone else).
        // A bare "the official" is no one named only later ("Hamas official Osama Hamdan").
        latest(true)
            .or_else(|| with_head.iter().filter(exact).min().copied().filter(|_| !modifiers.is_empty()))
            .or_else(|| if modifiers.is_empty() { latest(false) } else { None })
            .or_else(|| match with_head {
                [only] if definite && has(head, REGIONAL_OFFICE) && self.entities[*only].is_person => Some(*only),
                _ => None,
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_are_split_from_names() {
        let p = name_phrases("US President Donald Trump revealed it, Putin said.");
        assert_eq!(p[0].titles, vec!["us", "president"]);
        assert_eq!(p[0].name, vec!["Donald", "Trump"]);
        assert_eq!(p[1].name, vec!["Putin"]);
        // A surname that is also a title ("King") stays the name; "Mr." is a title.
        let p = name_phrases("New York Congressman Pete King met Mr. Obama.");
        assert_eq!((p[0].titles.clone(), p[0].name.clone()), (vec!["new".to_string(), "york".into(), "congressman".into()], vec!["Pete".to_string(), "King".into()]));
        assert_eq!((p[1].titles.clone(), p[1].name.clone()), (vec!["mr".to_string()], vec!["Obama".to_string()]));
    }

    #[test]
    fn surnames_resolve_to_the_full_name_and_descriptions_through_titles() {
        let blocks = ["US President Donald Trump spoke.", "Trump said it. President Vladimir Putin agreed."];
        let p = People::collect(&blocks, &|_, _| false);
        let trump = p.lookup(&["Trump".to_string()]).unwrap();
        assert_eq!(p.entities[trump].name, "Donald Trump");
        let desc = p.by_description(&["the".into(), "U.S.".into(), "president".into()], 1, 100).unwrap();
        assert_eq!(desc, trump);
    }
}
