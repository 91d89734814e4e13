#!/usr/bin/env bash
# Lede: fresh-machine setup and full build. Idempotent; a second run with nothing
# changed takes seconds.
#
#   1. Debian packages: the Debian Rust toolchain (its std builds for wasm32),
#      wasm-ld, Chromium for the browser tests.
#   2. wasm-bindgen-cli at exactly the wasm-bindgen version in Cargo.lock.
#   3. npm devDependencies from package-lock.json (playwright-core; no browser download).
#   4. Native CLI:    target/release/lede                      (rustup cargo)
#   5. Core as wasm:  target/wasm/.../lede.wasm -> dist/pkg/lede.js + lede_bg.wasm
#   6. dist/extension (unpacked extension), dist/extension-test (+127.0.0.1 host
#      permission, tests only), dist/www (site + samples, when www/ exists).
#   7. Demo: target/release/lede analyze tests/fixtures/seed-trump-putin-call/page.html
#
# Environment knobs: LEDE_SKIP_DEMO=1 skips step 7; LEDE_WASM_NAMES=1 keeps the
# wasm name section (readable stack traces).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
export PATH="$HOME/.cargo/bin:$PATH"
export DEBIAN_FRONTEND=noninteractive
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

T0=$SECONDS
say() { printf '[setup %3ss] %s\n' "$((SECONDS - T0))" "$*"; }
die() { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }

# One setup at a time per checkout (the lead and helpers may run it together).
mkdir -p target
exec 9>target/.setup.lock
if ! flock -n 9; then
  say "another scripts/setup.sh is running here; waiting for it"
  flock 9
fi

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

# ---------------------------------------------------------------- 1. apt
# Rust for wasm: rustup's toolchain has no wasm32 std here, Debian's rustc-web
# builds one from rust-web-src with -Zbuild-std; lld-19 gives wasm-ld.
APT_REQUIRED="rustc-web cargo-web rust-web-src lld-19 chromium chromium-driver"
apt_missing() {
  local p out=""
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || out="$out $p"
  done
  echo "$out"
}
APT_UPDATED=0
apt_install() {
  if [ "$APT_UPDATED" = 0 ]; then
    say "apt-get update"
    $SUDO apt-get update -qq >/dev/null
    APT_UPDATED=1
  fi
  $SUDO apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}
missing=$(apt_missing $APT_REQUIRED)
if [ -n "$missing" ]; then
  say "apt-get install$missing"
  apt_install $missing || die "apt-get install$missing failed"
fi
say "apt packages present"

command -v node >/dev/null && command -v npm >/dev/null || die "node and npm (Node >= 20) are required"
command -v python3 >/dev/null || die "python3 is required"
command -v cargo >/dev/null || die "cargo (rustup) is required for the native build"
WASM_LD=/usr/lib/llvm-19/bin/wasm-ld
[ -x "$WASM_LD" ] || die "$WASM_LD missing (package lld-19)"
[ -x /usr/bin/cargo ] && [ -x /usr/bin/rustc ] || die "/usr/bin/cargo or /usr/bin/rustc missing (packages cargo-web, rustc-web)"
[ -d "$(/usr/bin/rustc --print sysroot)/lib/rustlib/src/rust/library" ] || die "rust source for -Zbuild-std missing (package rust-web-src)"

# ---------------------------------------------------------------- 2. wasm-bindgen-cli
[ -f Cargo.lock ] || { say "cargo generate-lockfile"; cargo generate-lockfile -q; }
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
[ -n "$WB_VERSION" ] || die "no wasm-bindgen in Cargo.lock"
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$WB_VERSION" ]; then
  say "cargo install wasm-bindgen-cli $WB_VERSION (have: ${have:-none}; takes ~2 min)"
  # --locked when the CLI's own lockfile still resolves (it can name a yanked crate).
  cargo install -q --force wasm-bindgen-cli --version "=$WB_VERSION" --locked 2>/dev/null \
    || cargo install -q --force wasm-bindgen-cli --version "=$WB_VERSION" \
    || die "cargo install wasm-bindgen-cli $WB_VERSION failed"
fi
say "wasm-bindgen $WB_VERSION"

# ---------------------------------------------------------------- 3. npm
lock_sum=$(sha256sum package-lock.json package.json | sha256sum | cut -c1-16)
if [ "$(cat node_modules/.lede-stamp 2>/dev/null)" != "$lock_sum" ]; then
  say "npm ci"
  npm ci --no-audit --no-fund --loglevel=error >/dev/null || die "npm ci failed"
  echo "$lock_sum" > node_modules/.lede-stamp
fi
say "node_modules up to date (playwright-core $(node -p 'require("playwright-core/package.json").version'))"

# ---------------------------------------------------------------- 4. native CLI
say "cargo build --release (native CLI)"
cargo build --release --quiet || die "native build failed"
[ -x target/release/lede ] || die "target/release/lede was not built"

# ---------------------------------------------------------------- 5. wasm
# Debian's cargo/rustc (1.96) with its own std built for wasm32 (-Zbuild-std),
# in a separate target dir so it never fights the rustup-built native artefacts.
# Profile wasm-release (Cargo.toml): size-oriented, lto, one codegen unit, abort.
# The immediate-abort panic strategy (std rebuilt without panic formatting) saves
# ~9 KB gzipped: a panic in wasm prints nothing either way (no console hook); it
# traps, and the worker reports the trap in the popup. No Debug formatting and no
# panic locations either (~3 KB): nothing in the wasm build prints them.
# LLVM's inline threshold 95 (opt-level "z" uses 5) makes the analysis ~30 %
# faster in Chromium than 25 for ~4 KB gzipped (120: ~7 % faster again for 2.7 KB
# more; 150 costs 7 KB more for no measurable gain; the size is not monotonic in
# it: 110 was larger than 120). It is the size budget's main buyer: lowered from
# 120 to 95 when the eighteenth session's quotation work grew the code by 3.3 KB,
# then to 85 (-0.98 KB; two browser runs each, the wasm steps' totals within 1 %
# of 95's), then to 80 (-0.73 KB; 76-80 build the same module; two interleaved
# browser runs each put its wasm steps within 1 % of 85's, and natively at
# opt-level "z" it runs 0.1 % more instructions), then to 70 (-1.4 KB; 68-70 build
# the same module, 72-74 a larger one than 80; ~1-2 % slower in two interleaved
# browser runs each, within noise on the median page), then to 65 (-2.0 KB) once
# the twenty-eighth session had replaced the hot loops that called small std
# helpers out of line: natively at opt-level "z" +0.35 % instructions, and two
# interleaved browser runs each put its wasm steps within 1 % of 70's. SIMD (simd128): LLVM's byte loops and copies as
# vector code make the module 0.75 KB smaller gzipped, at the same speed; every
# browser that runs the extension has it (the highlights' CSS Custom Highlight
# API needs Chrome 105, Firefox 140; wasm SIMD came in Chrome 91, Firefox 89).
# `--cfg lede_speed` builds the hottest few functions for speed, not size (src/lib.rs).
say "cargo build --profile wasm-release --target wasm32-unknown-unknown (Debian rustc)"
env -u RUSTFLAGS -u CARGO_BUILD_RUSTFLAGS -u CARGO_ENCODED_RUSTFLAGS \
  RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc RUSTC_BOOTSTRAP=1 \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER="$WASM_LD" \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none -Cllvm-args=-inline-threshold=65 -Ctarget-feature=+simd128 --cfg lede_speed" \
  /usr/bin/cargo build --quiet --lib --profile wasm-release --target wasm32-unknown-unknown \
    --target-dir target/wasm -Zbuild-std=std,panic_abort \
  || die "wasm build failed"
WASM_IN=target/wasm/wasm32-unknown-unknown/wasm-release/lede.wasm
[ -f "$WASM_IN" ] || die "$WASM_IN was not built"

# wasm-bindgen drops the name section (~190 KB of function names) unless
# LEDE_WASM_NAMES=1 (readable stack traces when debugging a panic).
# Then binaryen's wasm-opt (npm build; Debian 12's 108 cannot read what
# wasm-bindgen 0.2.130 emits) with a few size passes only: -Oz shrinks the raw
# file 9 % but reorders code so that it gzips 5 % larger; these passes save
# ~1.5 KB gzipped (mostly table entries and functions nothing reaches); then a
# second round over locals saves 1.5 KB more: --reorder-locals alone 1.1 KB (the
# most used locals get the one-byte indices), with instruction and local
# clean-ups before it 0.4 KB (the order matters; other passes: ±60 B); last,
# --merge-blocks folds nested blocks the passes before leave (-39 B). First of
# all, an inlining limited to the tiniest functions (-aimfs 3, no other inlining)
# removes ~300 calls of an empty drop and small wrappers: -1.3 KB gzipped
# (inlining at its default limits makes it 1.8 KB larger).
STAMP=target/wasm/.bindgen-stamp
WASM_OPT_FLAGS="-aimfs 3 -fimfs 0 -ocimfs 0 --inlining --enable-bulk-memory --enable-simd --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  --remove-unused-module-elements --duplicate-function-elimination --optimize-instructions \
  --remove-unused-brs --vacuum --remove-unused-module-elements --duplicate-function-elimination \
  --optimize-instructions --precompute --simplify-locals-nostructure --coalesce-locals --reorder-locals --vacuum --merge-blocks"
BINDGEN_FLAGS="--target web"
# (wasm-opt drops the name section too unless told to keep it: -g.)
if [ -n "${LEDE_WASM_NAMES:-}" ]; then WASM_OPT_FLAGS="$WASM_OPT_FLAGS -g"; else BINDGEN_FLAGS="$BINDGEN_FLAGS --remove-name-section --remove-producers-section"; fi
stamp_now="$WB_VERSION $BINDGEN_FLAGS $WASM_OPT_FLAGS $(sha256sum "$WASM_IN" | cut -c1-16)"
if [ "$(cat "$STAMP" 2>/dev/null)" != "$stamp_now" ] || [ ! -f dist/pkg/lede_bg.wasm ] || [ ! -f dist/pkg/lede.js ]; then
  say "wasm-bindgen $BINDGEN_FLAGS -> dist/pkg"
  rm -rf dist/pkg
  wasm-bindgen $BINDGEN_FLAGS --out-dir dist/pkg --out-name lede "$WASM_IN" || die "wasm-bindgen failed"
  say "wasm-opt (size passes)"
  node_modules/.bin/wasm-opt dist/pkg/lede_bg.wasm -o dist/pkg/lede_bg.wasm $WASM_OPT_FLAGS \
    || die "wasm-opt failed"
  # Smoke: the module instantiates with its JS glue and analyzeSnapshot answers.
  node --no-warnings --input-type=module -e '
    import { readFileSync } from "node:fs";
    import { pathToFileURL } from "node:url";
    const m = await import(pathToFileURL("dist/pkg/lede.js"));
    await m.default({ module_or_path: readFileSync("dist/pkg/lede_bg.wasm") });
    // A snapshot as extension/walk.js records it (format: src/adapters/snapshot.rs).
    const [open, text, close] = ["\uFDD0", "\uFDD3", "\uFDD4"];
    const el = (tag, ...inner) => open + tag + inner.join("") + close;
    const r = m.analyzeSnapshot(el("html", el("body", el("article", el("h1", text + "Mayor opens bridge"),
      el("p", text + "The mayor opened the bridge on Tuesday. \u201cIt will carry 40,000 cars a day,\u201d Mayor Jane Smith said.")))),
      "https://example.com/a", "2025-01-01");
    if (!r?.ok || r.analysis.quotes.length !== 1) throw new Error("analyzeSnapshot returned " + JSON.stringify(r));
  ' || die "dist/pkg smoke test failed (instantiate + analyzeSnapshot in node)"
  echo "$stamp_now" > "$STAMP"
fi

# ---------------------------------------------------------------- 6. dist folders
[ -f extension/manifest.json ] || die "extension/manifest.json does not exist yet (extension/ is written by helper B)"
say "assembling dist/extension, dist/extension-test$([ -d www ] && echo ', dist/www')"
assemble() {  # assemble SRC DEST: copy SRC/*, then the runtime files of dist/pkg into DEST/pkg
  local tmp="$2.tmp.$$"
  rm -rf "$tmp"
  mkdir -p "$tmp"
  cp -R "$1"/. "$tmp"/
  rm -rf "$tmp/pkg"
  mkdir -p "$tmp/pkg"
  cp dist/pkg/lede.js dist/pkg/lede_bg.wasm "$tmp/pkg/"
  [ -z "${3:-}" ] || "$3" "$tmp"
  rm -rf "$2"
  mv "$tmp" "$2"
}
add_test_host() {  # test-only build: may be driven against pages served on 127.0.0.1
  node -e '
    const fs = require("fs"), f = process.argv[1];
    const m = JSON.parse(fs.readFileSync(f, "utf8"));
    m.host_permissions = ["http://127.0.0.1/*"];
    fs.writeFileSync(f, JSON.stringify(m, null, 2) + "\n");
  ' "$1/manifest.json" || die "could not write $1/manifest.json"
}
add_samples() {
  local page name
  mkdir -p "$1/samples"
  for page in tests/fixtures/*/page.html; do
    [ -f "$page" ] || continue
    name=$(basename "$(dirname "$page")")
    cp "$page" "$1/samples/$name.html"
  done
}
assemble extension dist/extension
# The shipped manifest never has host permissions; only this test copy does.
assemble extension dist/extension-test add_test_host
bash scripts/build-firefox.sh || die "scripts/build-firefox.sh failed"
[ ! -d www ] || assemble www dist/www add_samples

raw=$(wc -c < dist/pkg/lede_bg.wasm)
# (zlib level 9, the size budget's measure in tests/bench/sizes.mjs: GNU gzip -9 reads ~850 B less.)
gz=$(node -e 'process.stdout.write(String(require("zlib").gzipSync(require("fs").readFileSync(process.argv[1]), { level: 9 }).length))' dist/pkg/lede_bg.wasm)
say "wasm size: dist/pkg/lede_bg.wasm $raw bytes raw, $gz bytes gzipped (zlib level 9)"

# ---------------------------------------------------------------- 7. demo
if [ -z "${LEDE_SKIP_DEMO:-}" ]; then
  say "demo: target/release/lede analyze tests/fixtures/seed-trump-putin-call/page.html"
  target/release/lede analyze tests/fixtures/seed-trump-putin-call/page.html || die "demo failed"
fi
say "setup done"
