#!/usr/bin/env bash
# Lede's benchmarks (not part of CI: timings depend on the machine).
#
#   bash scripts/bench.sh [--native-only | --browser-only] [--no-large] [--reps N]
#
#   1. native, per stage: cargo run --release --example bench_stages over
#      $LEDE_SHARED/peers/readability-test-pages and $LEDE_SHARED/corpus, plus
#      a generated 2 MB article and a 10 MB / ~100k-node page;
#   2. in the browser: tests/bench/run.mjs in Debian's Chromium, Lede's
#      analyzeDom against Readability's parse() and a TreeWalker pass on the
#      same pages (and the generated pages, reported apart), with the wasm and
#      extension size budgets.
#
# Builds what is missing first (scripts/setup.sh). Figures: docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$HOME/.cargo/bin:$PATH"
SHARED=${LEDE_SHARED:-../shared}
native=1; browser=1; large=1; reps=5
while [ $# -gt 0 ]; do
  case "$1" in
    --native-only) browser=0 ;;
    --browser-only) native=0 ;;
    --no-large) large=0 ;;
    --reps) reps=$2; shift ;;
    *) echo "usage: bash scripts/bench.sh [--native-only | --browser-only] [--no-large] [--reps N]" >&2; exit 2 ;;
  esac
  shift
done
CORPORA=("$SHARED/peers/readability-test-pages" "$SHARED/corpus")
for d in "${CORPORA[@]}"; do [ -d "$d" ] || { echo "no corpus at $d (set LEDE_SHARED)" >&2; exit 2; }; done

if [ ! -f dist/pkg/lede_bg.wasm ] || [ ! -d dist/extension ] || [ ! -f node_modules/@mozilla/readability/Readability.js ] \
   || [ ! -x target/release/lede ]; then
  echo "[bench] building first (scripts/setup.sh)"
  LEDE_SKIP_DEMO=1 bash scripts/setup.sh
fi

GEN=$(mktemp -d)
trap 'rm -rf "$GEN"' EXIT
if [ "$native" = 1 ] || [ "$large" = 1 ]; then
  echo "== native, per stage (examples/bench_stages.rs)"
  flags=(--reps "$reps")
  [ "$large" = 1 ] && flags+=(--emit "$GEN") || flags+=(--no-large)
  if [ "$native" = 1 ]; then
    cargo run --quiet --release --example bench_stages -- "${flags[@]}" "${CORPORA[@]}"
  else  # only to write the generated pages for the browser run
    cargo run --quiet --release --example bench_stages -- --reps 1 --emit "$GEN" >/dev/null
  fi
fi

if [ "$browser" = 1 ]; then
  echo
  echo "== in the browser (tests/bench/run.mjs)"
  args=(--reps "$reps")
  [ "$large" = 1 ] && args+=(--large "$GEN")
  node tests/bench/run.mjs "${args[@]}" "${CORPORA[@]}"
fi
