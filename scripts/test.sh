#!/usr/bin/env bash
# Lede: the whole test run (what CI runs through .ci/run).
#
#   1. scripts/setup.sh          installs what is missing and builds everything (a clean clone works)
#   2. cargo test --release      the Rust core, native
#      derive_cues.py            the embedded cue lexicon is what the script derives from PolNeAR train
#   3. score.py with floors      the release CLI on every shared corpus (gold corpus, Readability's
#                                pages, PolNeAR dev, CheckThat! dev); the reference page on its own
#   4. node --test tests/e2e/    the unpacked extension in Debian's Chromium (playwright-core)
#
# Exits non-zero when any step fails; the last line is a summary.
set -uo pipefail

# Quality floors, per corpus: the run fails when a total drops below one.
# Raise them as the core improves (figures: the TOTAL line of score.py).
# Each entry: "corpus-dir|score.py options", where "--skip-prefix P" (ours, not score.py's)
# leaves out the cases whose names start with P.
FLOORS=(
  "corpus|--case seed-trump-putin-call --min quote_f1=1.0 --min speaker_acc=1.0 --min author_f1=1.0 --min bio_acc=1.0 --min keypoints_f1=1.0 --min text_f1=0.99 --min claim_r=0.85"
  "corpus|--min quote_f1=0.98 --min speaker_acc=0.97 --min indirect_f1=0.64 --min text_f1=0.98 --min title_acc=1.0 --min date_acc=1.0 --min author_f1=1.0 --min bio_acc=1.0 --min claim_f1=0.85"
  "peers/readability-test-pages|--min text_f1=0.965 --min title_acc=0.83"
  # (speaker_acc 0.955 → 0.953: one gold speaker is "News)", the end of "(D-Newport News)", which the
  # wrong "News" Lede gave before it read the nickname in Marcia "Cia" Price as none matched.)
  "peers/polnear-dev|--min quote_f1=0.86 --min speaker_acc=0.953 --min indirect_f1=0.514"
  # The same without the 12 New York Times texts, whose ''…'' quotations the gold files as indirect speech.
  "peers/polnear-dev|--skip-prefix pn-nyt --min quote_f1=0.91 --min speaker_acc=0.955 --min indirect_f1=0.548"
  "peers/ct24-dev|--min claim_f1=0.88"
)
# Cases left out of a corpus's totals, with why. Readability's unit pages
# below hold 1 to 6 words: Lede's answer there is "not an article" (exit 1),
# which the scorer would count as a failed run.
EXCLUDE_peers_readability_test_pages="005-unescape-html-entities js-link-replacement lazy-image-3"

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$HOME/.cargo/bin:$PATH"
SHARED=${LEDE_SHARED:-../shared}

T0=$SECONDS
say() { printf '\n[test %4ss] == %s\n' "$((SECONDS - T0))" "$*"; }
passed=0; failed=0; results=()
record() {  # record NAME STATUS
  if [ "$2" = 0 ]; then passed=$((passed + 1)); results+=("$1=ok")
  else failed=$((failed + 1)); results+=("$1=FAILED"); fi
}
finish() {
  echo
  echo "[test $((SECONDS - T0))s] ${results[*]}"
  echo "steps: $passed passed, $failed failed"
  [ "$failed" = 0 ]
  exit $?
}

say "setup (scripts/setup.sh)"
LEDE_SKIP_DEMO=1 bash scripts/setup.sh
rc=$?; record setup $rc
[ $rc = 0 ] || finish

say "size budgets (node tests/bench/sizes.mjs)"
node tests/bench/sizes.mjs
record size $?

say "cargo test --release"
cargo test --release
record cargo-test $?

say "the cue lexicon is reproducible (scripts/derive_cues.py)"
python3 scripts/derive_cues.py "$SHARED/peers/polnear-train" | diff -u src/quotes/cues.tsv - && echo "src/quotes/cues.tsv: as derived"
record cue-lexicon $?

for floor in "${FLOORS[@]}"; do
  corpus=${floor%%|*}
  read -r -a opts <<< "${floor#*|}"
  skip_prefix=""
  if [ "${opts[0]:-}" = "--skip-prefix" ]; then skip_prefix=${opts[1]}; opts=("${opts[@]:2}"); fi
  say "score.py on $SHARED/$corpus (${skip_prefix:+without $skip_prefix*, }${opts[*]})"
  if [ -f "$SHARED/eval/score.py" ] && [ -d "$SHARED/$corpus" ]; then
    dir="$SHARED/$corpus"
    exclude_var="EXCLUDE_${corpus//[^a-zA-Z0-9]/_}"
    if [ -n "${!exclude_var:-}" ] || [ -n "$skip_prefix" ]; then
      # A view of the corpus without the excluded cases (symlinks, nothing copied).
      dir=$(mktemp -d)
      for case in "$SHARED/$corpus"/*/; do
        name=$(basename "$case")
        [[ " ${!exclude_var:-} " == *" $name "* ]] && continue
        [ -n "$skip_prefix" ] && [[ "$name" == "$skip_prefix"* ]] && continue
        ln -s "$(cd "$case" && pwd)" "$dir/$name"
      done
    fi
    python3 "$SHARED/eval/score.py" "$dir" --cmd 'target/release/lede analyze --json {}' --quiet "${opts[@]}"
    record "floors:$corpus${skip_prefix:+ without $skip_prefix}" $?
    [ "$dir" = "$SHARED/$corpus" ] || rm -rf "$dir"
  else
    echo "no $SHARED/eval/score.py or $SHARED/$corpus"
    record "floors:$corpus" 1
  fi
done

say "browser tests (node --test tests/e2e/)"
mapfile -t e2e < <(find tests/e2e -name '*.test.mjs' 2>/dev/null | sort)
if [ "${#e2e[@]}" -gt 0 ]; then
  node --test "${e2e[@]}"
  record e2e $?
else
  echo "no tests/e2e/*.test.mjs yet"
  results+=("e2e=none")
fi

finish
