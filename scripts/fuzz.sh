#!/usr/bin/env bash
# Fuzzes Lede's core (fuzz/fuzz_targets/analyze.rs: HTML bytes → analysis) with
# cargo-fuzz for a set time. Not part of CI.
#
#   bash scripts/fuzz.sh [SECONDS] [extra libFuzzer flags...]     # default 300 s
#
# Installs cargo-fuzz when missing. cargo-fuzz needs nightly compiler flags
# (-Zsanitizer=address); with rustup's stable toolchain they are enabled with
# RUSTC_BOOTSTRAP=1. LEDE_FUZZ_TOOLCHAIN=nightly uses a nightly toolchain
# instead; LEDE_FUZZ_SANITIZER=none fuzzes without AddressSanitizer (faster;
# Rust is memory-safe, the target looks for panics, overflows and slowness).
#
# The corpus grows in fuzz/corpus/analyze (seeded from the test fixtures and
# small pages of ../shared); crashes land in fuzz/artifacts/analyze/, each
# replayable with: cargo fuzz run analyze fuzz/artifacts/analyze/crash-… (from fuzz/.., same env).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
export PATH="$HOME/.cargo/bin:$PATH"
SECONDS_TO_RUN=${1:-300}
shift || true
SHARED=${LEDE_SHARED:-$ROOT/../shared}
TOOLCHAIN=${LEDE_FUZZ_TOOLCHAIN:-stable}
SANITIZER=${LEDE_FUZZ_SANITIZER:-address}

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "[fuzz] cargo install cargo-fuzz (about a minute)"
  cargo install --locked cargo-fuzz
fi
if [ "$TOOLCHAIN" = stable ]; then
  export RUSTC_BOOTSTRAP=1
fi

# Seeds: every fixture, and the shared corpus pages under 200 KB.
CORPUS=fuzz/corpus/analyze
mkdir -p "$CORPUS"
i=0
for f in tests/fixtures/*/page.html tests/fixtures/robustness/*.html \
         "$SHARED"/corpus/*/page.html "$SHARED"/peers/readability-test-pages/*/source.html; do
  [ -f "$f" ] || continue
  [ "$(wc -c < "$f")" -le 200000 ] || continue
  cp "$f" "$CORPUS/seed-$(printf %03d $i)-$(basename "$(dirname "$f")").html"
  i=$((i + 1))
done
echo "[fuzz] $i seed pages; running for ${SECONDS_TO_RUN}s (toolchain: $TOOLCHAIN, sanitizer: $SANITIZER)"

# -timeout: one input slower than 10 s is reported as a hang.
# -rss_limit_mb: a run above 2 GB is reported (pathological memory).
# -max_len: inputs up to 64 KB (libFuzzer mutates better when small).
cd fuzz
cargo "+$TOOLCHAIN" fuzz run --sanitizer "$SANITIZER" analyze "corpus/analyze" -- \
  -max_total_time="$SECONDS_TO_RUN" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
  -print_final_stats=1 "$@"
