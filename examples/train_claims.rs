//! Trains the claim model and writes `src/claims/weights.bin`.
//!
//!     cargo run --release --example train_claims -- /work/shared/peers/ct24
//!
//! Reads CT24_checkworthy_english_{train,dev}.tsv from that folder (never the
//! dev-test split). Fits logistic regression on train for each point of a
//! small grid, keeps the one with the best dev F1 of the positive class,
//! picks the threshold on dev and folds it into the bias so that
//! `claims::DEFAULT_THRESHOLD` (0.5) is the chosen cut. Deterministic: fixed
//! seed, fixed order, single thread.

use lede::claims::features::{extract, Features, CUES};
use lede::claims::model::{in_vocab, slot, vocab_bits, Model};
use lede::claims::DEFAULT_THRESHOLD;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

struct Example {
    f: Features,
    yes: bool,
}

/// An example's features under one vocabulary.
struct Encoded {
    hashes: Vec<u32>,
    cues: [f32; CUES.len()],
    yes: bool,
}

/// The TSVs quote some texts CSV-style ("a ""b"" c"): undo that.
fn unquote(s: &str) -> String {
    match s.strip_prefix('"').and_then(|s| s.strip_suffix('"')) {
        Some(inner) => inner.replace("\"\"", "\""),
        None => s.to_string(),
    }
}

fn load(path: &Path) -> Vec<Example> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .skip(1)
        .filter_map(|line| {
            let mut cols = line.trim_end_matches('\r').split('\t');
            let (_id, sentence, label) = (cols.next()?, cols.next()?, cols.next()?);
            // One train row has two records run together ("No29286\t..."):
            // keep its first, whose label is still readable.
            let yes = match label.get(..2)? {
                "Ye" => true,
                "No" => false,
                _ => return None,
            };
            Some(Example { f: extract(&unquote(sentence)), yes })
        })
        .collect()
}

#[derive(Clone, Copy, Debug)]
struct Params {
    /// Words in fewer training sentences than this are left to their shape.
    min_count: usize,
    /// Bits of the vocabulary set per known word.
    bits_per_word: usize,
    buckets: usize,
    l2: f64,
    epochs: usize,
    pos_weight: f64,
}

struct Weights {
    bias: f64,
    cues: [f64; CUES.len()],
    hashed: Vec<f64>,
}

impl Weights {
    fn logit(&self, e: &Encoded) -> f64 {
        let b = self.hashed.len();
        self.bias
            + e.hashes
                .iter()
                .map(|&h| {
                    let (i, sign) = slot(h, b);
                    sign as f64 * self.hashed[i]
                })
                .sum::<f64>()
            + e.cues.iter().zip(&self.cues).map(|(&v, w)| v as f64 * w).sum::<f64>()
    }
}

/// xorshift64*: a fixed, dependency-free shuffle.
struct Rng(u64);
impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 33) as usize % n
    }
}

fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

/// Weighted logistic loss with L2, by AdaGrad SGD (per-feature step sizes
/// suit sparse hashed features next to dense cues).
fn train(data: &[Encoded], p: Params) -> Weights {
    const RATE: f64 = 0.01;
    let mut w = Weights { bias: 0.0, cues: [0.0; CUES.len()], hashed: vec![0.0; p.buckets] };
    let (mut g_bias, mut g_cues, mut g_hashed) = (1e-8, [1e-8; CUES.len()], vec![1e-8; p.buckets]);
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = Rng(0x5eed_c1a1_u64);
    for _ in 0..p.epochs {
        for i in (1..order.len()).rev() {
            order.swap(i, rng.below(i + 1));
        }
        for &i in &order {
            let ex = &data[i];
            let y = if ex.yes { 1.0 } else { 0.0 };
            let g = (sigmoid(w.logit(ex)) - y) * if ex.yes { p.pos_weight } else { 1.0 };
            g_bias += g * g;
            w.bias -= RATE * g / f64::sqrt(g_bias);
            for (j, &v) in ex.cues.iter().enumerate() {
                let gj = g * v as f64 + p.l2 * w.cues[j];
                g_cues[j] += gj * gj;
                w.cues[j] -= RATE * gj / g_cues[j].sqrt();
            }
            for &h in &ex.hashes {
                let (j, sign) = slot(h, p.buckets);
                let gj = g * sign as f64 + p.l2 * w.hashed[j];
                g_hashed[j] += gj * gj;
                w.hashed[j] -= RATE * gj / g_hashed[j].sqrt();
            }
        }
    }
    w
}

struct Cut {
    logit: f64,
    f1: f64,
}

/// The decision logit with the best F1 of the positive class: the midpoint
/// between the last score kept and the first one dropped.
fn best_cut(scored: &mut [(f64, bool)]) -> Cut {
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    let positives = scored.iter().filter(|s| s.1).count() as f64;
    let mut best = Cut { logit: f64::INFINITY, f1: 0.0 };
    let mut tp = 0.0;
    for (k, &(z, yes)) in scored.iter().enumerate() {
        tp += if yes { 1.0 } else { 0.0 };
        let (precision, recall) = (tp / (k + 1) as f64, tp / positives);
        let f1 = if tp > 0.0 { 2.0 * precision * recall / (precision + recall) } else { 0.0 };
        if f1 > best.f1 {
            let next = scored.get(k + 1).map_or(z - 1.0, |s| s.0);
            best = Cut { logit: (z + next) / 2.0, f1 };
        }
    }
    best
}

/// The vocabulary bit set of the words in at least `min_count` training
/// sentences, sized for about 1/16 false "known" on unseen words.
/// The vocabulary bit set of words in at least `min_count` sentences, `bits_per_word`
/// bits per word (rounded up to a power of two): fewer bits, more unknown words
/// taken for known ones, a smaller blob.
fn vocabulary(train: &[Example], min_count: usize, bits_per_word: usize) -> Vec<u8> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for e in train {
        let mut seen: Vec<&str> = e.f.words().collect();
        seen.sort_unstable();
        seen.dedup();
        for w in seen {
            *counts.entry(w).or_default() += 1;
        }
    }
    let words: Vec<&str> = counts.into_iter().filter(|&(_, n)| n >= min_count).map(|(w, _)| w).collect();
    vocab_bits(words.iter().copied(), (bits_per_word * words.len() / 8).next_power_of_two())
}

fn encode(data: &[Example], vocab: &[u8]) -> Vec<Encoded> {
    data.iter().map(|e| Encoded { hashes: e.f.hashes(|w| in_vocab(vocab, w)), cues: e.f.cues, yes: e.yes }).collect()
}

/// The weights as the blob that ships (hashed weights quantised).
fn quantised(w: &Weights, vocab: &[u8]) -> Vec<u8> {
    let hashed: Vec<f32> = w.hashed.iter().map(|&h| h as f32).collect();
    Model::to_bytes(w.bias as f32, &w.cues.map(|c| c as f32), vocab, &hashed)
}

fn main() {
    let dir = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "/work/shared/peers/ct24".into()));
    let started = std::time::Instant::now();
    let train_set = load(&dir.join("CT24_checkworthy_english_train.tsv"));
    let dev = load(&dir.join("CT24_checkworthy_english_dev.tsv"));
    println!("train {} sentences, dev {}", train_set.len(), dev.len());

    // Each result: params, dev F1, blob size.
    let mut results = Vec::new();
    for (min_count, bits_per_word) in [3, 10].into_iter().flat_map(|m| [8, 16].map(|b| (m, b))) {
        let vocab = vocabulary(&train_set, min_count, bits_per_word);
        let train_enc = encode(&train_set, &vocab);
        for buckets in [1 << 13, 1 << 14] {
            for l2 in [1e-3, 1e-2] {
                for pos_weight in [1.0, 2.0] {
                    let p = Params { min_count, bits_per_word, buckets, l2, epochs: 20, pos_weight };
                    let w = train(&train_enc, p);
                    // Judged as it ships: through the quantised blob.
                    let blob = quantised(&w, &vocab);
                    let model = Model::from_bytes(&blob).expect("fresh blob parses");
                    let mut scored: Vec<(f64, bool)> = dev.iter().map(|e| (model.logit(&e.f) as f64, e.yes)).collect();
                    let f1 = best_cut(&mut scored).f1;
                    println!("  {p:?}: dev F1 {f1:.3}");
                    results.push((p, f1, vocab.len() + buckets));
                }
            }
        }
    }
    // Best dev F1; among results within 0.005 of it, the smallest blob,
    // since the weights ship in the WebAssembly bundle.
    let top = results.iter().map(|r| r.1).fold(0.0, f64::max);
    let (params, _, _) = *results
        .iter()
        .filter(|r| r.1 >= top - 0.005)
        .min_by(|a, b| a.2.cmp(&b.2).then(b.1.total_cmp(&a.1)))
        .expect("grid is not empty");
    println!("chosen {params:?}");

    let vocab = vocabulary(&train_set, params.min_count, params.bits_per_word);
    let w = train(&encode(&train_set, &vocab), params);
    let cues: [f32; CUES.len()] = w.cues.map(|c| c as f32);
    let hashed: Vec<f32> = w.hashed.iter().map(|&h| h as f32).collect();
    // Pick the cut on the quantised model, the one that ships.
    let draft = quantised(&w, &vocab);
    let model = Model::from_bytes(&draft).expect("fresh blob parses");
    let mut scored: Vec<(f64, bool)> = dev.iter().map(|e| (model.logit(&e.f) as f64, e.yes)).collect();
    let cut = best_cut(&mut scored);
    let threshold_logit = (DEFAULT_THRESHOLD / (1.0 - DEFAULT_THRESHOLD)).ln() as f64;
    let bytes = Model::to_bytes((w.bias - cut.logit + threshold_logit) as f32, &cues, &vocab, &hashed);

    // Re-score dev through the final blob at DEFAULT_THRESHOLD: these are
    // the figures of what ships.
    let model = Model::from_bytes(&bytes).expect("final blob parses");
    let (mut tp, mut fp, mut fn_) = (0.0, 0.0, 0.0);
    for e in &dev {
        let claim = 1.0 / (1.0 + (-model.logit(&e.f)).exp()) >= DEFAULT_THRESHOLD;
        match (claim, e.yes) {
            (true, true) => tp += 1.0,
            (true, false) => fp += 1.0,
            (false, true) => fn_ += 1.0,
            _ => {}
        }
    }
    let (p, r) = (tp / (tp + fp), tp / (tp + fn_));
    println!("dev at threshold {DEFAULT_THRESHOLD}: precision {p:.3} recall {r:.3} F1 {:.3}", 2.0 * p * r / (p + r));
    println!("cue weights:");
    for (c, w) in CUES.iter().zip(cues) {
        println!("  {:>14} {w:+.3}", c.name);
    }
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/claims/weights.bin");
    std::fs::write(&out, &bytes).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
    println!("wrote {} ({} bytes) in {:.1}s", out.display(), bytes.len(), started.elapsed().as_secs_f64());
}
