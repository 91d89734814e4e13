#!/usr/bin/env python3
"""Derive Lede's cue-verb lexicon from PolNeAR's attribution annotations.

Reads every gold.json under the given corpus folders (the PolNeAR train split:
../shared/peers/polnear-train), takes each attribution's cue phrase, strips
auxiliaries, adverbs and trailing context ("has also said in a statement" ->
"said"), and writes one cue per line with how often it introduced quoted and
unquoted speech and how often the word occurs in the training text at all
(so rarer cues can be judged by their precision):
cue<TAB>quoted<TAB>indirect<TAB>seen.  Only cues seen at least
MIN_COUNT times are kept, so one-off annotations do not become rules; rarer
ones (MIN_PRECISE times without quotation marks) only when they are precise:
at least PRECISE_SHARE of the word's occurrences, or a share of their
infinitives or clauses as below.  A cue that takes a to-infinitive as its
content ("vowed to repeal the law") has two more columns: how often "cue to …"
right after it is annotated content, and how often "cue to" occurs in the
training text (so the share is a precision); then the same for a clause right
after it ("believes (that) he …").

    python3 scripts/derive_cues.py ../shared/peers/polnear-train > src/quotes/cues.tsv
"""
import collections
import glob
import json
import os
import sys

MIN_COUNT = 5
MIN_PRECISE = 3
# A rarer cue is kept when it introduces unquoted speech at least this share of the
# times the word occurs (PRECISE_SHARE in src/quotes/cues.rs, which applies it).
PRECISE_SHARE = 0.5
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
    print("# cue\tquoted\tindirect\tseen[\tinfinitive\tbefore_to\tclause\tbefore_clause]   (derived by scripts/derive_cues.py from PolNeAR train)")
    for cue, q, i in rows:
        extra = ""
        if max(infinitive[cue], clause[cue]) >= MIN_PRECISE:
            extra = f"\t{infinitive[cue]}\t{before_to[cue]}\t{clause[cue]}\t{before_clause[cue]}"
        print(f"{cue}\t{q}\t{i}\t{seen[cue]}{extra}")


if __name__ == "__main__":
    main()
