//! Cue verbs: the words that introduce reported speech ("said", "told",
//! "according to"). The lexicon is derived from PolNeAR's training split by
//! scripts/derive_cues.py and embedded at build time.

use std::collections::HashMap;
use std::sync::OnceLock;

const LEXICON: &str = include_str!("cues.tsv");

/// A cue must have introduced speech this often in the training data.
const MIN_SEEN: u32 = 5;
/// For speech without quotation marks the cue must be a clear speech verb.
const MIN_SEEN_INDIRECT: u32 = 8;

/// Lexicon entries that are not verbs of saying in running text (adverbs and
/// nouns the annotation sometimes spans).
const NOT_VERBS: &[&str] = &[
    "long", "first", "like", "quickly", "only", "widely", "now", "both", "since", "likely", "most", "almost",
    "especially", "directly", "immediately", "finally", "generally", "initially", "openly", "regularly", "seemingly",
    "increasingly", "formally", "suddenly", "always", "under", "clear", "concerned", "confident", "eager",
    "determined", "criticism", "decision", "view", "views", "campaign", "opposition", "concerns", "complaints",
    "questions", "question", "quick", "comment", "titled", "read", "reads", "point", "points", "call", "calls",
    "called", "calling", "named", "made", "put", "took", "taken", "set", "got", "came", "come", "cast", "gave",
    "used", "sent", "shot", "held", "went", "goes", "become", "failed", "signed", "voted", "fired", "passed",
    "launched", "designed", "spent", "turned", "started", "opened", "broke", "hired", "planned", "plan", "plans",
    "planning", "wants", "want", "wanted", "need", "like", "look", "looking", "seen", "see", "sees", "saw",
    "known", "know", "knows", "knew", "think", "thinks", "thought", "believe", "believes", "feel", "felt", "hope",
    "hopes", "hoped", "hoping", "fear", "fears", "expected", "expect", "expecting", "seem", "seems", "seemed",
    "appear", "appears", "appeared", "show", "shows", "showed", "shown", "showing", "found", "finds", "considered",
    "consider", "considering", "supported", "supports", "supporting", "support", "backed", "backing", "endorsed",
    "endorse", "opposed", "oppose", "worried", "worry", "wonder", "wondered", "mused", "decided", "decide",
    "ordered", "tried", "trying", "remain", "allowed", "allows", "includes", "included", "makes", "making",
    "focus", "focused", "aimed", "pushed", "pushing", "push", "pressed", "meant", "intended", "prefer", "recognized",
];

/// Cues of quoted speech, and the stricter set for speech without quotation marks.
pub struct Lexicon {
    quoted: HashMap<&'static str, u32>,
    indirect: HashMap<&'static str, u32>,
}

pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut quoted = HashMap::new();
        let mut indirect = HashMap::new();
        for line in LEXICON.lines().filter(|l| !l.starts_with('#')) {
            let mut cols = line.split('\t');
            let (Some(cue), Some(q), Some(i)) = (cols.next(), cols.next(), cols.next()) else { continue };
            if NOT_VERBS.contains(&cue) || cue.ends_with("ly") {
                continue;
            }
            let (q, i): (u32, u32) = (q.parse().unwrap_or(0), i.parse().unwrap_or(0));
            if q + i >= MIN_SEEN {
                quoted.insert(cue, q + i);
            }
            if i >= MIN_SEEN_INDIRECT {
                indirect.insert(cue, i);
            }
        }
        Lexicon { quoted, indirect }
    })
}

impl Lexicon {
    /// Whether `word` (any case, punctuation trimmed) introduces quoted speech.
    pub fn is_cue(&self, word: &str) -> bool {
        self.quoted.contains_key(word.to_lowercase().trim_matches(|c: char| !c.is_alphabetic()))
    }

    /// Whether `word` reliably introduces speech without quotation marks.
    pub fn is_indirect_cue(&self, word: &str) -> bool {
        self.indirect.contains_key(word.to_lowercase().trim_matches(|c: char| !c.is_alphabetic()))
    }

    pub fn len(&self) -> usize {
        self.quoted.len()
    }

    pub fn is_empty(&self) -> bool {
        self.quoted.is_empty()
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
}
