//! Cue verbs: the words that introduce reported speech ("said", "told",
//! "according to"). The English lexicon is derived from PolNeAR's training
//! split by scripts/derive_cues.py and embedded at build time; other news
//! languages have short hand-written lists below.

use crate::hash::Map;
use crate::text::SplitWords;
use std::sync::OnceLock;

const LEXICON: &str = include_str!("cues.tsv");

// ---- Hand-written, not derived: PolNeAR is English only. ----
// The commonest reporting verbs of news writing in each language, in the forms
// they take in running text (past and present, both genders where the verb
// agrees). French, Spanish and Italian compound pasts ("a déclaré", "ha dicho", "ha detto") are
// found through the participle; their auxiliary is in AUXILIARIES.

/// Reporting verbs of other news languages, each list after its BCP-47 code and a colon (one
/// string, not a slice of words: the slice's pointers cost more wasm than the words).
const OTHER_LANGUAGES: &str = "\
    fr: dit déclaré déclare affirmé affirme ajouté ajoute expliqué explique estimé estime souligné souligne indiqué indique assuré assure précisé précise répondu répond réagi réagit dénoncé dénonce confié insisté rappelé martelé regretté reconnu écrit raconté poursuivi poursuit tweeté lancé annoncé confie raconte glisse lâche résume tranche regrette souffle déplore déploré prévient juge jugé demande questionne détaille détaillé abonde témoigne témoigné rapporte rapporté noté observé commente commenté ironise tacle fustige martèle confirme confirmé reconnaît admet avance selon pour \
    de: sagte sagt sagten erklärte erklärt betonte betont fügte meinte meint warnte erwiderte antwortete ergänzte teilte räumte kündigte kritisierte schrieb sprach nannte bezeichnete bekräftigte versicherte mahnte unterstrich berichtete erzählt erzählte findet fand schreibt warnt fordert kritisiert ergänzt laut erläutert erläuterte kommentiert kommentierte entgegnete entgegnet stellt stellte weist wies teilt \
    es: dijo dice afirmó afirma declaró aseguró asegura explicó añadió señaló indicó agregó expresó enfatizó comentó aseveró precisó detalló recalcó puntualizó remarcó concluyó dicho afirmado declarado asegurado explicado señalado añadido lamentó calificó criticó advirtió insistió subrayó recordó reconoció respondió manifestó apuntó sostuvo escribió denunció destacó anunció anunciado defendió anotó expuso resaltó mencionó aclaró sentenció argumentó cuestionó opinó consideró estimó externó ironizó replicó dijeron explicaron aseguraron recuerda cuenta relata explica señala añade admite reconoce insiste advierte lamenta apunta sostiene subraya detalla comenta responde dicen según \
    pt: disse diz afirmou afirma declarou declara falou explicou explica acrescentou completou destacou ressaltou contou comentou avaliou criticou defendeu lamentou garantiu reforçou escreveu respondeu repetiu argumentou observou frisou alertou relatou admitiu pontuou salientou sublinhou revelou analisou opinou brincou desabafou indicou informou confirmou questionou disparou resumiu apontou enfatizou ponderou segundo \
    it: detto dichiarato spiegato aggiunto affermato sottolineato spiega afferma aggiunge sottolinea dichiara ribadito commentato osservato precisato denunciato scritto risposto replicato attaccato attacca tuonato incalzato annunciato sostenuto racconta ricorda commenta osserva conferma ammette sostiene avverte denuncia rivela assicura scrive evidenziato evidenzia ribadisce chiarito chiarisce concluso conclude rimarcato rivelato ammesso riferito raccontato confermato secondo \
    cs: řekl řekla uvedl uvedla dodal dodala prohlásil prohlásila napsal napsala píše tvrdí uvádí říká zdůraznil zdůrazňuje přidává hodnotí podle \
    pl: powiedział powiedziała stwierdził stwierdziła dodał dodała podkreślił podkreśliła napisał napisała mówi mówił mówiła zaznaczył zaznaczyła dodaje podkreśla twierdzi ocenia przyznał przyznała według \
    nl: zei zegt aldus verklaarde verklaart benadrukte benadrukt schreef schrijft vertelde vertelt stelt stelde meent volgens \
    no: sier forteller fortalte skriver skrev mener uttaler uttalte understreker påpeker opplyser spør ifølge \
    sv: säger sade berättar berättade menar förklarar uppger konstaterar enligt \
    da: siger sagde fortæller oplyser \
    is: sagði segir sagðist bætti svaraði \
    ru: сказал сказала сказали заявил заявила заявили добавил добавила отметил отметила сообщил сообщила подчеркнул подчеркнула пояснил пояснила говорит считает \
    ar: قال قالت أضاف أضافت أكد أكدت صرح صرحت أوضح أوضحت أشار أشارت بحسب وفق أعلن أعلنت كتب كتبت ذكر ذكرت أفاد أفادت شدد شددت تابع تابعت";

/// Chinese is written without spaces: these are matched inside the text (see attribution::cjk).
/// Verb + 说 ("批评说", criticised, saying) are listed whole so the verb is not taken for the speaker.
pub const CHINESE_CUES: &str = "批评说 回应说 解释说 补充说 表示 告诉 指出 强调 透露 补充 说 称";

/// English reporting verbs the training split lacks or saw too rarely ("As Jane Doe
/// has written, “…”").
const MORE_ENGLISH: &str = "written testified quipped countered alleges heckled heckling";

/// Auxiliaries of compound past tenses that stand before a participle cue ("a déclaré", "ha dicho", "hat gesagt").
pub const AUXILIARIES: &str = "a ont avait avaient ha han hat haben";

/// Verbs that put a name on someone in their own words ("Trump called Cruz “a liar”").
/// Left out of the lexicon (NOT_VERBS) because "a group called X" names things;
/// they count as cues only right before a quoted fragment.
const NAMING_CUES: &str = "called calling calls call described describing describes dubbed labeled labelled branded \
    characterized characterised characterizing characterizes termed deemed nicknamed";

/// Verbs that judge what they name, after "as": "criticized the law as a “crazy system”".
const JUDGING_VERBS: &str = "criticized criticised slammed blasted attacked mocked dismissed praised hailed touted portrayed \
    painted admires admired derided denounced ridiculed cast casting framed";

/// Whether `word` (bare, lower case) is a verb of judgement (see `JUDGING_VERBS`).
pub fn is_judging_verb(word: &str) -> bool {
    lexicon().has(word, JUDGING)
}

/// Whether `word` (bare, lower case) is a naming verb. (Asked of every word before a quotation:
/// one probe of the lexicon's table.)
pub fn is_naming_cue(word: &str) -> bool {
    lexicon().has(word, NAMING)
}

/// Cues of quoted speech, and the stricter set for speech without quotation marks:
/// each word with the bits of the sets it is in (one table for all).
pub struct Lexicon(Map);

const QUOTED: u16 = 1;
const INDIRECT: u16 = 2;
/// First words of the two-word indirect cues ("called" of "called for").
pub const PAIR_FIRST: u16 = 4;
const INFINITIVE: u16 = 8;
const CLAUSE: u16 = 16;
const OTHER_LANGUAGE: u16 = 32;
/// `NAMING_CUES` and `JUDGING_VERBS`, kept apart from the cues above.
const NAMING: u16 = 64;
const JUDGING: u16 = 128;

pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut m = Map::default();
        // British spellings too ("criticised", "apologising"): the training data is American.
        let mut set = |w: &str, bit: u16| {
            *m.or_insert(w, 0) |= usize::from(bit);
            if crate::text::has_str(w, "iz") {
                *m.or_insert(&crate::text::replace(w, "iz", "is"), 0) |= usize::from(bit);
            }
        };
        // The derivation script decided each cue's classes (q, i, t, c: see scripts/derive_cues.py).
        for line in crate::text::split_str(LEXICON, "\n").filter(|l| !l.starts_with("#")) {
            let Some((cue, classes)) = crate::text::split_once_str(line, "\t") else { continue };
            for (letter, bit) in [(b'q', QUOTED), (b'i', INDIRECT), (b't', INFINITIVE), (b'c', CLAUSE)] {
                if classes.as_bytes().contains(&letter) {
                    set(cue, bit);
                }
            }
            if let Some((first, _)) = crate::text::split_once_str(cue, " ").filter(|_| classes.contains('i')) {
                set(first, PAIR_FIRST);
            }
        }
        // (One loop for the word lists: the word splitter is inlined into each. Only the
        // language codes end with a colon.)
        for (words, bit) in [(OTHER_LANGUAGES, OTHER_LANGUAGE), (MORE_ENGLISH, QUOTED), (NAMING_CUES, NAMING), (JUDGING_VERBS, JUDGING)] {
            for c in words.words().filter(|w| !w.ends_with(":")) {
                set(c, bit);
            }
        }
        Lexicon(m)
    })
}

impl Lexicon {
    // One copy of the table's probe for every question asked of it, not one inlined into each.
    #[inline(never)]
    fn has(&self, word: &str, bit: u16) -> bool {
        self.0.get(word).is_some_and(|b| b & usize::from(bit) != 0)
    }

    /// Whether `word` (any case, punctuation trimmed) introduces quoted speech.
    pub fn is_cue(&self, word: &str) -> bool {
        let w = crate::text::lower(word);
        let w = crate::text::trim_to_word(&w);
        self.has(w, QUOTED | OTHER_LANGUAGE) || self.is_joined_cue(w)
    }

    /// An Arabic cue with "and"/"so" joined ("وقال", "and he said"): after "و" or "ف", UTF-8
    /// 0xD9 0x88 and 0xD9 0x81. (Their bytes: `strip_prefix` of a char set linked a searcher of
    /// its own for this one test.)
    fn is_joined_cue(&self, word: &str) -> bool {
        matches!(word.as_bytes(), [0xD9, 0x88 | 0x81, ..]) && self.has(&word[2..], OTHER_LANGUAGE)
    }

    /// Whether `word` (bare, lower case) is any of the cues below or `is_cue`'s (or in the sets
    /// `more`: `PAIR_FIRST`): one probe for the many words that are none.
    pub fn is_any_cue(&self, word: &str, more: u16) -> bool {
        self.has(word, QUOTED | OTHER_LANGUAGE | INDIRECT | INFINITIVE | CLAUSE | more) || self.is_joined_cue(word)
    }

    /// Whether `word` (bare, lower case) is a cue of another language only ("dit", "répondu").
    pub fn is_foreign_cue(&self, word: &str) -> bool {
        (self.has(word, OTHER_LANGUAGE) || self.is_joined_cue(word)) && !self.has(word, QUOTED)
    }

    /// Whether `word` (bare, lower case) reliably introduces speech without quotation marks.
    pub fn is_indirect_cue(&self, word: &str) -> bool {
        self.has(word, INDIRECT)
    }

    /// The two-word indirect cue `first second` ("called for"; both bare, lower case), if it is one.
    pub fn indirect_pair(&self, first: &str, second: &str) -> Option<&str> {
        // Most words start no pair: no string is built for them.
        if !self.has(first, PAIR_FIRST) {
            return None;
        }
        self.0.get_key_value(crate::text::concat(&[first, " ", second]).as_str()).filter(|&(_, b)| b & usize::from(INDIRECT) != 0).map(|(k, _)| k)
    }

    /// Whether `word` (bare, lower case) takes a to-infinitive as reported content.
    pub fn is_infinitive_cue(&self, word: &str) -> bool {
        self.has(word, INFINITIVE)
    }

    /// Whether `word` (bare, lower case) takes a clause as reported content, even if no speech verb ("believes").
    pub fn is_clause_cue(&self, word: &str) -> bool {
        self.has(word, CLAUSE)
    }

    /// How many cues of quoted speech the lexicon holds.
    pub fn len(&self) -> usize {
        self.0.values().filter(|&b| b & usize::from(QUOTED) != 0).count()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_derived_lexicon_knows_common_cues_and_rejects_adverbs() {
        let lex = super::lexicon();
        for cue in ["said", "told", "says", "added", "wrote", "stated", "argued", "tweeted"] {
            assert!(lex.is_cue(cue), "{cue}");
        }
        assert!(!lex.is_cue("quickly") && !lex.is_cue("the"));
        assert!(lex.is_indirect_cue("said") && lex.is_indirect_cue("argued") && !lex.is_indirect_cue("long"));
        assert!(lex.len() > 100);
    }

    #[test]
    fn other_languages_have_their_own_cues() {
        let lex = super::lexicon();
        for cue in ["dijo", "sagte", "déclaré", "disse", "dichiarato", "заявил", "сказала", "قال", "وقالت"] {
            assert!(lex.is_cue(cue), "{cue}");
        }
    }
}
