#!/usr/bin/env python3
"""Derive Lede's cue-verb lexicon from PolNeAR's attribution annotations.

Reads every gold.json under the given corpus folders (the PolNeAR train split:
../shared/peers/polnear-train), takes each attribution's cue phrase, strips
auxiliaries, adverbs and trailing context ("has also said in a statement" ->
"said"), counts how often it introduced quoted and unquoted speech and how often
the word occurs in the training text at all (so a cue is judged by its
precision), and writes one cue per line with the classes it earns:

    cue<TAB>classes      classes: q quoted speech, i speech without quotation
                         marks, t a to-infinitive as content ("vowed to repeal
                         the law"), c a clause right after it ("believes he …")

The thresholds below decide the classes, so the extension embeds only the
verdicts (the counts behind them were 2.4 KB of the gzipped wasm).

    python3 scripts/derive_cues.py ../shared/peers/polnear-train > src/quotes/cues.tsv

A verb that takes a clause also gets its third-person present ("concedes" from
"conceded"), which American political news rarely writes, when the training text
uses that form mostly as a verb.
"""
import collections
import glob
import json
import os
import struct
import sys

# A cue must have introduced speech this often in the training data…
MIN_COUNT = 5
# …and in at least this share of the times the word occurs there: "make" or
# "campaign" reported speech a handful of times in hundreds.
QUOTED_SHARE = 0.05
# For speech without quotation marks the cue must be a clear speech verb: seen
# introducing it this often…
MIN_INDIRECT = 8
# …or this often, when that is at least PRECISE_SHARE of the times the word occurs
# in the training text at all ("slams", "cautioned", "decried").
MIN_PRECISE = 3
PRECISE_SHARE = 0.5
# A cue takes a to-infinitive as reported content when at least this share of its
# "cue to" in the training text was annotated so; likewise a clause right after it.
INFINITIVE_SHARE = 0.1
CLAUSE_SHARE = 0.2
# Words around a cue that are not the cue itself.
SKIP = {
    "has", "have", "had", "also", "was", "is", "are", "were", "be", "been", "being", "will", "would", "did", "do",
    "does", "later", "then", "previously", "repeatedly", "reportedly", "further", "once", "again", "not", "never",
    "just", "already", "still", "often", "recently", "publicly", "privately", "flatly", "to", "it", "he", "she",
    "they", "can", "could", "may", "might", "should", "must", "who", "which", "that", "and", "but", "even",
}
# Words that open a clause right after its verb ("believes that …", "thinks he …").
# Not articles: "ordered the arrest" takes an object, not a clause.
CLAUSE_OPENERS = {"that", "he", "she", "they", "it", "we", "i", "there"}
# Two-word cues whose second word is part of the cue.
PHRASES = {"according to", "pointed out", "referring to", "called for", "called on", "went on", "spoke of"}
NOT_CUES = {
    "in", "for", "of", "on", "at", "with", "from", "by", "as", "a", "an", "the", "this", "his", "her", "their", "now",
    "s", "made", "made", "known", "all", "one", "more", "so", "there", "what", "how", "when", "if", "we", "i", "you",
    "after", "before", "about", "over", "up", "out", "into", "than", "no", "new", "its", "our", "my", "your",
    "ve", "re", "ll", "d", "m", "t",  # the ends of contractions ("they've")
}

# Cues that are not verbs of saying in running text (adverbs and nouns the
# annotation sometimes spans, "went on" as in "the talks went on"), and "according
# to", which Lede's attribution patterns handle themselves: they earn no q or i.
NOT_VERBS = {
    "according to", "went on", "long", "first", "like", "quickly", "only", "widely", "now", "both", "since",
    "likely", "most", "almost", "especially", "directly", "immediately", "finally", "generally", "initially",
    "openly", "regularly", "seemingly", "increasingly", "formally", "suddenly", "always", "under", "clear",
    "concerned", "confident", "eager", "determined", "willing", "criticism", "decision", "view", "views", "campaign",
    "opposition", "concerns", "complaints", "allegations", "provided", "questions", "question", "quick", "comment", "titled", "read", "reads",
    "point", "points", "call", "calls", "called", "calling", "named", "made", "put", "took", "taken", "set", "got",
    "came", "come", "cast", "gave", "used", "sent", "shot", "held", "went", "goes", "become", "failed", "signed",
    "voted", "fired", "passed", "launched", "designed", "spent", "turned", "started", "opened", "broke", "hired",
    "planned", "plan", "plans", "planning", "wants", "want", "wanted", "need", "like", "look", "looking", "seen",
    "see", "sees", "saw", "known", "know", "knows", "knew", "think", "thinks", "thought", "believe", "believes",
    "feel", "felt", "hope", "hopes", "hoped", "hoping", "fear", "fears", "expected", "expect", "expecting", "seem",
    "seems", "seemed", "appear", "appears", "appeared", "show", "shows", "showed", "shown", "showing", "found",
    "finds", "considered", "consider", "considering", "supported", "supports", "supporting", "support", "backed",
    "backing", "endorsed", "endorse", "opposed", "oppose", "worried", "worry", "wonder", "wondered", "mused",
    "decided", "decide", "ordered", "tried", "trying", "remain", "allowed", "allows", "includes", "included",
    "makes", "making", "focus", "focused", "aimed", "pushed", "pushing", "push", "pressed", "meant", "intended",
    "prefer", "recognized", "states", "growing", "figure", "mean", "looked", "takes", "joined", "knocked", "giving",
    "devoted", "brought", "attempted", "appointed", "spotted", "exposed", "focuses",
}


def cue_of(phrase):
    words = [w.strip(":,.;\"'“”") for w in phrase.lower().split()]
    words = [w for w in words if w]
    for i, w in enumerate(words):
        pair = " ".join(words[i:i + 2])
        if pair in PHRASES:
            return pair
        if w in SKIP:
            continue
        return w if w.isalpha() and w not in NOT_CUES else None
    return None


def main():
    counts = collections.defaultdict(lambda: [0, 0])
    infinitive = collections.Counter()  # "cue to …" annotated as content
    before_to = collections.Counter()  # "cue to" in the text
    clause = collections.Counter()  # "cue (that) CLAUSE" annotated as content
    before_clause = collections.Counter()  # "cue" before a word opening a clause in the text
    seen = collections.Counter()  # words and word pairs of the text
    for corpus in sys.argv[1:]:
        for path in sorted(glob.glob(os.path.join(corpus, "*", "gold.json"))):
            with open(path, encoding="utf-8") as f:
                gold = json.load(f)
            text = " ".join((gold.get("text") or "").split()).lower()
            words = text.split()
            bare = [w.strip(".,;:!?\"'“”()—") for w in words]
            seen.update(bare)
            seen.update(f"{a} {b}" for a, b in zip(bare, bare[1:]))
            before_to.update(a for a, b in zip(words, words[1:]) if b == "to" and a.isalpha())
            before_clause.update(a for a, b in zip(words, words[1:]) if b in CLAUSE_OPENERS and a.isalpha())
            for column, key in ((0, "quotes"), (1, "indirect_quotes")):
                for q in gold.get(key, []):
                    cue = cue_of(q.get("cue") or "")
                    if cue:
                        counts[cue][column] += 1
                    content = " ".join(q["text"].split()).lower()
                    if column and cue and content.startswith("to ") and f"{cue} {content}" in text:
                        infinitive[cue] += 1
                    elif column and cue and content.split(" ")[0] in CLAUSE_OPENERS and (f"{cue} {content}" in text or f"{cue} that {content}" in text):
                        clause[cue] += 1
    def useful(c, q, i):
        rare = i >= MIN_PRECISE and (i >= PRECISE_SHARE * seen[c] or max(infinitive[c], clause[c]) >= MIN_PRECISE)
        return q + i >= MIN_COUNT or rare

    rows = sorted(((c, q, i) for c, (q, i) in counts.items() if useful(c, q, i)), key=lambda r: (-(r[1] + r[2]), r[0]))
    print("# cue\tclasses   (derived by scripts/derive_cues.py from PolNeAR train)")
    # (A present form with a row of its own keeps the classes it earned there, wherever it stands.)
    derived = {cue for cue, _, _ in rows}
    for cue, q, i in rows:
        precise = max(infinitive[cue], clause[cue]) >= MIN_PRECISE
        verb = cue not in NOT_VERBS and not cue.endswith("ly")
        classes = "".join(letter for letter, earned in (
            ("q", verb and q + i >= MIN_COUNT and (seen[cue] == 0 or q + i >= share(QUOTED_SHARE, seen[cue]))),
            ("i", verb and (i >= MIN_INDIRECT or i >= MIN_PRECISE and i >= share(PRECISE_SHARE, seen[cue]))),
            ("t", precise and infinitive[cue] > 0 and infinitive[cue] >= share(INFINITIVE_SHARE, before_to[cue])),
            ("c", precise and clause[cue] > 0 and clause[cue] >= share(CLAUSE_SHARE, before_clause[cue])),
        ) if earned)
        if classes:
            print(f"{cue}\t{classes}")
            # (Only a verb that takes a clause reports speech in the present too: "provides",
            # "offers", "describes" state what a thing does in expository text.)
            for present in present_tense(cue, seen, derived) if "c" in classes else []:
                print(f"{present}\t{classes}")
                derived.add(present)


# Words before a noun: "the claims", "his reports" are things, not someone claiming.
NOUN_MARKERS = ("the", "a", "his", "her", "their", "its", "these", "those", "of", "new")
# A present form is a verb when at most this share of its occurrences follows a noun marker.
MAX_NOUN_SHARE = 0.1


def present_tense(cue, seen, derived):
    """The third-person present of a past-tense cue ("conceded" -> "concedes", "warned" ->
    "warns"), which American political news rarely uses but features and other outlets
    do ("Weidner concedes that …"): the form that occurs in the training text, is not
    mostly a noun there, and has no row of its own (earned or refused)."""
    if not cue.endswith("ed"):
        return []
    stem = cue[:-2]
    if stem.endswith("i"):  # replied -> replies
        forms = {stem[:-1] + "ies"}
    elif stem.endswith(("s", "sh", "ch", "x", "z")):  # stressed -> stresses
        forms = {stem + "es"}
    else:  # conceded -> concedes, warned -> warns, admitted -> admits (not added -> ads)
        forms = {cue[:-1] + "s", stem + "s"}
        if len(stem) > 4 and stem[-1] == stem[-2]:
            forms.add(stem[:-1] + "s")
    def verb(form):
        nouns = sum(seen[f"{m} {form}"] for m in NOUN_MARKERS)
        return seen[form] > 0 and nouns <= MAX_NOUN_SHARE * seen[form]
    return sorted(f for f in forms if f not in derived and f not in NOT_VERBS and verb(f))


def share(fraction, count):
    """fraction × count as the lexicon's thresholds were first computed (single precision)."""
    f32 = lambda x: struct.unpack("f", struct.pack("f", x))[0]
    return f32(f32(fraction) * f32(count))

if __name__ == "__main__":
    main()
