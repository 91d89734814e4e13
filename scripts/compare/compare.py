#!/usr/bin/env python3
"""Lede's main text against Mozilla Readability's and trafilatura's.

Run by scripts/compare_peers.sh (which sets up the peers); by hand:

    VENV/bin/python scripts/compare/compare.py --shared ../shared --lede target/release/lede \
        --node-path NODE_PATH [--out DIR] [--corpus corpus --corpus peers/readability-test-pages]

For every case (page.html or source.html + gold.json) it gets the main text from
  lede         `lede analyze --json PAGE`, field `text`
  readability  @mozilla/readability parse().textContent on a jsdom document (compare/readability.js)
  trafilatura  trafilatura.extract(html, favor_precision=False), otherwise default settings
  traf-nc      the same with include_comments=False (the setting of the published benchmark run;
               reported only, not used for the loss list)
and scores each against gold.json's text with two metrics:
  bag   the metric of ../shared/eval/score.py, imported from there (its tokens() and prf()):
        bag-of-words (multiset) precision/recall/F1 over NFKC-lower-cased tokens with quotes and
        punctuation stripped. `micro` is score.py's TOTAL (counts summed over the pages).
  sh4   F1 of 4-word shingles (multisets of 4 consecutive \\w+ tokens, case kept), the metric of
        the article-extraction benchmark whose figures the issue cites (Readability 0.947,
        trafilatura 0.958 on that benchmark's 181 pages). `bench` aggregates as it does:
        F1 of the mean per-page precision and the mean per-page recall.
A tool that fails or returns no text scores 0 on that page (precision and recall 0 too).

Prints per corpus the mean / median per tool, then the pages where Lede trails either peer by
more than --margin (0.05) on either metric. Writes DIR/pages.tsv (every page, every figure),
DIR/results.json and DIR/texts/<corpus>/<case>.<tool>.txt (what each tool returned).
"""
import argparse
import importlib.util
import json
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter

TOOLS = ["lede", "readability", "trafilatura", "traf-nc"]
PEERS = ["readability", "trafilatura"]  # the loss list compares Lede with these


def load_score_module(shared):
    path = os.path.join(shared, "eval", "score.py")
    spec = importlib.util.spec_from_file_location("lede_shared_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# ---- metrics -------------------------------------------------------------------------------

def bag_counts(sc, gold, pred):
    """tp, n_pred, n_gold of score.py's text metric (score_case's `text_*` counts)."""
    g, p = Counter(sc.tokens(gold)), Counter(sc.tokens(pred or ""))
    return sum((g & p).values()), sum(p.values()), sum(g.values())


WORD = re.compile(r"\w+")


def shingles(text, n=4):
    toks = WORD.findall(text or "")
    if len(toks) < n:  # a text shorter than a shingle is one shingle of what it has
        return Counter([tuple(toks)] if toks else [])
    return Counter(tuple(toks[i:i + n]) for i in range(len(toks) - n + 1))


def shingle_pr(gold, pred):
    g, p = shingles(gold), shingles(pred)
    tp = sum((g & p).values())
    n_p, n_g = sum(p.values()), sum(g.values())
    prec = tp / n_p if n_p else (1.0 if n_g == 0 else 0.0)
    rec = tp / n_g if n_g else 1.0
    return prec, rec


def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


# ---- the tools -----------------------------------------------------------------------------

def run_lede(lede, page):
    try:
        out = subprocess.run([lede, "analyze", "--json", page], capture_output=True, timeout=120)
    except subprocess.TimeoutExpired:
        return None, "timeout"
    if out.returncode != 0:
        err = out.stderr.decode(errors="replace").strip().splitlines()
        last = err[-1].split(": ", 2)[-1] if err else ""  # drop "lede: PATH: "
        return None, f"exit {out.returncode}: {last[:80]}"
    try:
        text = json.loads(out.stdout).get("text") or ""
    except ValueError as e:
        return None, f"bad JSON: {e}"
    return (text, None) if text.strip() else (None, "empty text")


class Timeout(Exception):
    pass


def _alarm(*_):
    raise Timeout()


def run_trafilatura(trafilatura, html, **kw):
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(120)
    try:
        text = trafilatura.extract(html, favor_precision=False, **kw)
    except Timeout:
        return None, "timeout"
    except Exception as e:  # noqa: BLE001 - a failing page scores 0, the run goes on
        return None, f"{type(e).__name__}: {str(e)[:100]}"
    finally:
        signal.alarm(0)
    return (text, None) if text and text.strip() else (None, "returned nothing")


def run_readability(node, runner, node_path, jobs):
    """All pages of a corpus in one node process. Returns {case: (text, error)}."""
    with tempfile.TemporaryDirectory() as tmp:
        jf, of = os.path.join(tmp, "jobs.json"), os.path.join(tmp, "out.jsonl")
        with open(jf, "w", encoding="utf-8") as f:
            json.dump(jobs, f)
        env = dict(os.environ, NODE_PATH=node_path)
        try:
            p = subprocess.run([node, runner, jf, of], env=env, capture_output=True, timeout=1800)
            crash = p.returncode and p.stderr.decode(errors="replace")[-200:]
        except subprocess.TimeoutExpired:
            crash = "timeout"
        res = {}
        if os.path.exists(of):
            with open(of, encoding="utf-8") as f:
                for line in f:
                    r = json.loads(line)
                    res[r["case"]] = (r["text"], None) if r["ok"] else (None, r.get("error", "failed"))
    for j in jobs:  # pages the process never reached
        res.setdefault(j["case"], (None, f"runner died: {crash}" if crash else "no output"))
    return res


# ---- driver --------------------------------------------------------------------------------

def cases_of(corpus_dir):
    out = []
    for name in sorted(os.listdir(corpus_dir)):
        d = os.path.join(corpus_dir, name)
        gold_path = os.path.join(d, "gold.json")
        if not os.path.isfile(gold_path):
            continue
        page = os.path.join(d, "page.html")
        if not os.path.exists(page):
            page = os.path.join(d, "source.html")
        with open(gold_path, encoding="utf-8") as f:
            gold = json.load(f)
        text = gold.get("text")
        if gold.get("text_file"):
            with open(os.path.join(d, gold["text_file"]), encoding="utf-8") as f:
                text = f.read()
        if text is None or not os.path.exists(page):
            continue
        out.append({"case": name, "path": page, "gold": text, "url": gold.get("url")})
    return out


def med(xs):
    return statistics.median(xs) if xs else 0.0


def mean(xs):
    return statistics.fmean(xs) if xs else 0.0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", required=True)
    ap.add_argument("--lede", required=True)
    ap.add_argument("--node", default="node")
    ap.add_argument("--node-path", required=True, help="NODE_PATH holding jsdom and @mozilla/readability")
    ap.add_argument("--corpus", action="append", help="corpus folder under --shared (repeatable)")
    ap.add_argument("--out", default=os.path.join(tempfile.gettempdir(), "lede-compare"))
    ap.add_argument("--margin", type=float, default=0.05)
    a = ap.parse_args()

    import trafilatura  # the venv's; imported here so --help works anywhere

    sc = load_score_module(a.shared)
    runner = os.path.join(os.path.dirname(os.path.abspath(__file__)), "readability.js")
    corpora = a.corpus or ["corpus", "peers/readability-test-pages"]
    os.makedirs(a.out, exist_ok=True)
    results = {}
    for corpus in corpora:
        cdir = os.path.join(a.shared, corpus)
        cases = cases_of(cdir)
        t0 = time.time()
        print(f"[compare] {corpus}: {len(cases)} pages", file=sys.stderr, flush=True)
        outs = {t: {} for t in TOOLS}
        for c in cases:
            outs["lede"][c["case"]] = run_lede(a.lede, c["path"])
            with open(c["path"], encoding="utf-8", errors="replace") as f:
                html = f.read()
            outs["trafilatura"][c["case"]] = run_trafilatura(trafilatura, html)
            outs["traf-nc"][c["case"]] = run_trafilatura(trafilatura, html, include_comments=False)
        jobs = [{"case": c["case"], "path": c["path"], "url": c["url"] or "http://fakehost/test/page.html"}
                for c in cases]
        outs["readability"] = run_readability(a.node, runner, a.node_path, jobs)
        print(f"[compare] {corpus}: done in {time.time() - t0:.0f} s", file=sys.stderr, flush=True)

        tdir = os.path.join(a.out, "texts", corpus.replace("/", "_"))
        os.makedirs(tdir, exist_ok=True)
        rows = []
        for c in cases:
            row = {"case": c["case"]}
            for t in TOOLS:
                text, err = outs[t][c["case"]]
                with open(os.path.join(tdir, f"{c['case']}.{t}.txt"), "w", encoding="utf-8") as f:
                    f.write(text if text is not None else f"(no text: {err})\n")
                tp, n_p, n_g = bag_counts(sc, c["gold"], text or "")
                bp, br, bf = sc.prf(tp, n_p, n_g)
                sp, sr = shingle_pr(c["gold"], text or "")
                row[t] = {"ok": text is not None, "error": err, "bag_p": bp, "bag_r": br, "bag_f1": bf,
                          "bag_counts": [tp, n_p, n_g], "sh_p": sp, "sh_r": sr, "sh_f1": f1(sp, sr)}
            rows.append(row)
        results[corpus] = rows

    with open(os.path.join(a.out, "results.json"), "w", encoding="utf-8") as f:
        json.dump(results, f, indent=1)
    with open(os.path.join(a.out, "pages.tsv"), "w", encoding="utf-8") as f:
        f.write("corpus\tcase\t" + "\t".join(f"{t}_{m}" for t in TOOLS for m in ("bag_f1", "sh4_f1", "error")) + "\n")
        for corpus, rows in results.items():
            for r in rows:
                f.write(f"{corpus}\t{r['case']}\t" + "\t".join(
                    f"{r[t]['bag_f1']:.4f}\t{r[t]['sh_f1']:.4f}\t{r[t]['error'] or ''}" for t in TOOLS) + "\n")

    report(results, a.margin, a.out)


SHORT = {"readability": "rd", "trafilatura": "tf"}


def behind_peers(row, margin):
    """The peers that beat Lede on this page by more than margin, on either metric."""
    return [p for p in PEERS if max(row[p][m] - row["lede"][m] for m in ("bag_f1", "sh_f1")) > margin]


def report(results, margin, out):
    print("## Figures (per corpus; a page a tool fails on scores 0)\n")
    print("bag = score.py's token-bag F1 (mean / median of per-page F1; micro = score.py's TOTAL);")
    print("sh4 = 4-word-shingle F1 (mean / median per page; bench = F1 of mean P and mean R, as the"
          " published benchmark aggregates)\n")
    print("| corpus | tool | pages | failed | bag mean | bag median | bag micro | sh4 mean | sh4 median | sh4 bench |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for corpus, rows in results.items():
        for t in TOOLS:
            xs = [r[t] for r in rows]
            tp = sum(x["bag_counts"][0] for x in xs)
            n_p = sum(x["bag_counts"][1] for x in xs)
            n_g = sum(x["bag_counts"][2] for x in xs)
            micro = f1(tp / n_p if n_p else 0.0, tp / n_g if n_g else 0.0)
            bench = f1(mean([x["sh_p"] for x in xs]), mean([x["sh_r"] for x in xs]))
            bag, sh = [x["bag_f1"] for x in xs], [x["sh_f1"] for x in xs]
            print(f"| {corpus} | {t} | {len(xs)} | {sum(not x['ok'] for x in xs)} | {mean(bag):.3f} | {med(bag):.3f} "
                  f"| {micro:.3f} | {mean(sh):.3f} | {med(sh):.3f} | {bench:.3f} |")

    print(f"\n## Pages where Lede trails Readability or trafilatura by more than {margin} (bag or sh4)\n")
    print("Sorted by the largest gap. Lede P/R: score.py's bag precision / recall for Lede "
          "(low P: extra text kept; low R: article text lost).\n")
    print("| corpus | page | lede bag | rd bag | tf bag | lede sh4 | rd sh4 | tf sh4 | lede P / R | gap | behind | note |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    losses = []
    for corpus, rows in results.items():
        for r in rows:
            L = r["lede"]
            gap = max(r[p][m] - L[m] for p in PEERS for m in ("bag_f1", "sh_f1"))
            if gap > margin:
                losses.append((gap, corpus, r))
    losses.sort(key=lambda x: -x[0])
    for gap, corpus, r in losses:
        L, R, T = r["lede"], r["readability"], r["trafilatura"]
        note = f"lede: {L['error']}" if L["error"] else ""
        behind = "+".join(SHORT[p] for p in behind_peers(r, margin))
        print(f"| {corpus.split('/')[-1]} | {r['case']} | {L['bag_f1']:.3f} | {R['bag_f1']:.3f} | {T['bag_f1']:.3f} "
              f"| {L['sh_f1']:.3f} | {R['sh_f1']:.3f} | {T['sh_f1']:.3f} | {L['bag_p']:.2f} / {L['bag_r']:.2f} "
              f"| {gap:.3f} | {behind} | {note} |")
    if not losses:
        print("| (none) | | | | | | | | | | | |")
    n_tf = sum("trafilatura" in behind_peers(r, margin) for _, _, r in losses)
    print(f"\n{len(losses)} pages ({n_tf} of them behind trafilatura). Every page's figures: {out}/pages.tsv; the texts: {out}/texts/")


if __name__ == "__main__":
    main()
