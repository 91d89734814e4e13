#!/usr/bin/env bash
# Lede's article-text extraction against its peers, Mozilla Readability and trafilatura.
#
#   bash scripts/compare_peers.sh [--out DIR] [--corpus NAME]...   # NAME under $LEDE_SHARED
#
# Default corpora: $LEDE_SHARED/corpus and $LEDE_SHARED/peers/readability-test-pages
# (LEDE_SHARED defaults to ../shared). Needs the release CLI (target/release/lede;
# `cargo build --release` makes it). Not part of CI.
#
# Sets up the peers on first use, outside the repository, and reuses them after
# (LEDE_COMPARE_CACHE, default ~/.cache/lede-compare):
#   venv/  a virtualenv with trafilatura (pinned below), from PyPI
#   node/  jsdom (pinned below), from npm; Readability is the repository's devDependency
#          (node_modules/@mozilla/readability), else installed there too
# When a peer is missing and cannot be installed (no registry), it says what is
# missing and exits 2. The scoring: scripts/compare/compare.py (its docstring);
# the figures: docs/benchmarks.md, "Against Readability and trafilatura".
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
SHARED=${LEDE_SHARED:-../shared}
CACHE=${LEDE_COMPARE_CACHE:-$HOME/.cache/lede-compare}
OUT=${TMPDIR:-/tmp}/lede-compare
TRAFILATURA_REQ=(trafilatura==2.3.1 lxml_html_clean==0.4.6)  # trafilatura's jusText needs lxml's cleaner, now apart
JSDOM_REQ=jsdom@26.1.0          # 27+ need a newer Node than 20
READABILITY_REQ=@mozilla/readability@0.6.0
corpora=()
while [ $# -gt 0 ]; do
  case "$1" in
    --out) OUT=$2; shift ;;
    --corpus) corpora+=(--corpus "$2"); shift ;;
    *) echo "usage: bash scripts/compare_peers.sh [--out DIR] [--corpus NAME]..." >&2; exit 2 ;;
  esac
  shift
done

missing=()
say() { echo "[compare_peers] $*" >&2; }

# Lede
LEDE=target/release/lede
[ -x "$LEDE" ] || missing+=("Lede's release CLI ($LEDE: run cargo build --release)")
[ -f "$SHARED/eval/score.py" ] || missing+=("$SHARED/eval/score.py (set LEDE_SHARED)")

# trafilatura, in its own virtualenv (recreated when the pins change or it is broken)
VENV=$CACHE/venv
stamp="${TRAFILATURA_REQ[*]}"
if ! { [ "$(cat "$VENV/.lede-req" 2>/dev/null)" = "$stamp" ] \
       && "$VENV/bin/python" -c 'import trafilatura' 2>/dev/null; }; then
  say "installing ${TRAFILATURA_REQ[*]} into $VENV"
  rm -rf "$VENV"
  if python3 -m venv "$VENV" \
     && timeout 600 "$VENV/bin/python" -m pip install -q --disable-pip-version-check \
          --timeout 20 --retries 1 "${TRAFILATURA_REQ[@]}" >&2 \
     && "$VENV/bin/python" -c 'import trafilatura'; then
    echo "$stamp" > "$VENV/.lede-req"
  else
    missing+=("trafilatura (pip install ${TRAFILATURA_REQ[*]} into $VENV failed: is PyPI reachable?)")
  fi
fi

# Readability + jsdom
NODE_DIR=$CACHE/node
NODE_PATH_=$NODE_DIR/node_modules:$PWD/node_modules
if ! command -v node >/dev/null; then
  missing+=("node (Node 20+)")
else
  need=()
  NODE_PATH=$NODE_PATH_ node -e 'require("jsdom")' 2>/dev/null || need+=("$JSDOM_REQ")
  NODE_PATH=$NODE_PATH_ node -e 'require("@mozilla/readability")' 2>/dev/null || need+=("$READABILITY_REQ")
  if [ ${#need[@]} -gt 0 ]; then
    say "installing ${need[*]} into $NODE_DIR"
    mkdir -p "$NODE_DIR"
    [ -f "$NODE_DIR/package.json" ] || echo '{"private": true, "description": "peers for lede scripts/compare_peers.sh"}' > "$NODE_DIR/package.json"
    if ! (cd "$NODE_DIR" && timeout 600 npm install --no-audit --no-fund --fetch-retries 1 --fetch-timeout 20000 "${need[@]}" >&2) \
       || ! NODE_PATH=$NODE_PATH_ node -e 'require("jsdom"); require("@mozilla/readability")' 2>/dev/null; then
      missing+=("${need[*]} for Node (npm install into $NODE_DIR failed: is the npm registry reachable?)")
    fi
  fi
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "compare_peers: cannot run, missing:" >&2
  printf '  - %s\n' "${missing[@]}" >&2
  exit 2
fi

say "lede $(git rev-parse --short HEAD 2>/dev/null), $("$VENV/bin/python" -c 'import trafilatura; print("trafilatura", trafilatura.__version__)'), readability $(NODE_PATH=$NODE_PATH_ node -p 'require("@mozilla/readability/package.json").version') + jsdom $(NODE_PATH=$NODE_PATH_ node -p 'require("jsdom/package.json").version')"
exec "$VENV/bin/python" scripts/compare/compare.py --shared "$SHARED" --lede "$LEDE" \
  --node-path "$NODE_PATH_" --out "$OUT" "${corpora[@]}"
