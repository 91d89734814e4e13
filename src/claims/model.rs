//! The weights blob, little-endian:
//!
//! | bytes | what |
//! | --- | --- |
//! | 4 | `b"LDC4"` |
//! | 4 | u32 bucket count B (a power of two) |
//! | 4 | u32 vocabulary filter size V in bits (a power of two) |
//! | 4 | f32 bias |
//! | 4 | f32 scale of the hashed weights |
//! | 4 per cue | f32 weight of each [`CUES`] entry |
//! | V / 8 | bit set of the known words' [`vocab_hash`]es |
//! | B / 2 | the hashed-feature weights' levels q (-15..=15; weight = scale · sign(q) · (q / 15)²), two to a byte, low nibble first: a 4-bit signed q when -7 ≤ q ≤ 7, else the nibble 8 (-8) |
//! | 1 per nibble 8 | those larger levels as i8, in bucket order |
//!
//! Levels of five bits' worth keep the WebAssembly bundle small (see
//! docs/claims.md for what the bits cost and buy); the vocabulary is a bit set
//! rather than a word list for the same reason (a rare unknown word passing
//! for known costs little). They are stored in nibbles rather than packed in
//! 5-bit fields because gzip codes whole bytes: fields that straddle bytes
//! looked random to it (10,240 bytes of levels gzipped to 10,056), while byte
//! pairs of skewed nibbles compress to about what the levels carry (8.4 KB
//! with the 4 % that do not fit a nibble).

use super::features::{fnv_const, fnv_more, Features, CUES};

const MAGIC: &[u8; 4] = b"LDC4";
/// The largest level: five bits' worth, kept symmetric.
const LEVELS: f32 = 15.0;
/// The nibble that stands for a level too large for one (-8, which no level in a nibble is).
const WIDE: u8 = 8;
const HEADER: usize = 20 + 4 * CUES.len();

pub struct Model<'a> {
    bias: f32,
    scale: f32,
    cues: [f32; CUES.len()],
    vocab: &'a [u8],
    /// The hashed weights' levels, one per bucket, unpacked once.
    levels: Vec<i8>,
}

/// The bucket a feature hash falls into and the sign it enters with, the
/// same at training and inference. Signed hashing makes collisions cancel
/// out on average instead of adding up.
pub fn slot(hash: u32, buckets: usize) -> (usize, f32) {
    (hash as usize & (buckets - 1), if hash >> 31 == 0 { 1.0 } else { -1.0 })
}

/// The hash a word is filed under in the vocabulary bit set (not the one
/// of its unigram feature, so that the two kinds of collisions differ).
pub fn vocab_hash(word: &str) -> u32 {
    fnv_more(VOCAB_SEED, word)
}

/// `fnv1a(&["<vocab>"])`, folded at compile time: every word of every sentence is looked up.
const VOCAB_SEED: u32 = fnv_const(b"<vocab>");

/// Whether `word` is in the vocabulary bit set `bits`.
pub fn in_vocab(bits: &[u8], word: &str) -> bool {
    let i = vocab_hash(word) as usize & (bits.len() * 8 - 1);
    bits[i / 8] & (1 << (i % 8)) != 0
}

/// The vocabulary bit set of `words`, `bytes` long (a power of two).
pub fn vocab_bits<'w>(words: impl IntoIterator<Item = &'w str>, bytes: usize) -> Vec<u8> {
    assert!(bytes.is_power_of_two());
    let mut bits = vec![0u8; bytes];
    for w in words {
        let i = vocab_hash(w) as usize & (bytes * 8 - 1);
        bits[i / 8] |= 1 << (i % 8);
    }
    bits
}

fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

fn f32_at(b: &[u8], at: usize) -> f32 {
    f32::from_bits(u32_at(b, at))
}

impl<'a> Model<'a> {
    pub fn from_bytes(b: &'a [u8]) -> Result<Self, &'static str> {
        if b.len() < HEADER || &b[..4] != MAGIC {
            return Err("not a claims weights blob");
        }
        const WRONG_SIZE: &str = "claims weights blob has the wrong size (retrain with train_claims)";
        let (buckets, vocab_bits) = (u32_at(b, 4) as usize, u32_at(b, 8) as usize);
        if !buckets.is_power_of_two() || buckets < 2 || !vocab_bits.is_power_of_two() || vocab_bits < 8 || b.len() < HEADER + vocab_bits / 8 + buckets / 2 {
            return Err(WRONG_SIZE);
        }
        let mut cues = [0f32; CUES.len()];
        for (i, w) in cues.iter_mut().enumerate() {
            *w = f32_at(b, 20 + 4 * i);
        }
        let (vocab, rest) = b[HEADER..].split_at(vocab_bits / 8);
        let (nibbles, mut wide) = rest.split_at(buckets / 2);
        let mut levels = Vec::with_capacity(buckets);
        for i in 0..buckets {
            let n = nibbles[i / 2] >> (4 * (i % 2)) & 15;
            levels.push(if n == WIDE {
                let (&q, more) = wide.split_first().ok_or(WRONG_SIZE)?;
                wide = more;
                q as i8
            } else {
                // The nibble moved to the top bits, then shifted back down with its sign.
                (n << 4) as i8 >> 4
            });
        }
        if !wide.is_empty() {
            return Err(WRONG_SIZE);
        }
        Ok(Model { bias: f32_at(b, 12), scale: f32_at(b, 16), cues, vocab, levels })
    }

    /// Serialises weights, quantising the hashed ones; what this returns is
    /// exactly what ships, so the trainer evaluates it through `from_bytes`.
    pub fn to_bytes(bias: f32, cues: &[f32; CUES.len()], vocab: &[u8], hashed: &[f32]) -> Vec<u8> {
        assert!(hashed.len().is_power_of_two() && hashed.len() >= 2 && vocab.len().is_power_of_two());
        let max = hashed.iter().fold(0f32, |m, w| m.max(w.abs()));
        // Levels spaced on a square-root scale: most weights are small, and they
        // keep finer steps than the few large ones.
        let scale = if max > 0.0 { max } else { 1.0 };
        let mut b = Vec::with_capacity(HEADER + vocab.len() + hashed.len() / 2);
        b.extend_from_slice(MAGIC);
        b.extend_from_slice(&(hashed.len() as u32).to_le_bytes());
        b.extend_from_slice(&(vocab.len() as u32 * 8).to_le_bytes());
        b.extend_from_slice(&bias.to_le_bytes());
        b.extend_from_slice(&scale.to_le_bytes());
        for w in cues {
            b.extend_from_slice(&w.to_le_bytes());
        }
        b.extend_from_slice(vocab);
        let level = |w: f32| ((w / scale).abs().sqrt() * LEVELS).round().copysign(w) as i8;
        let mut nibbles = vec![0u8; hashed.len() / 2];
        let mut wide = Vec::new();
        for (i, &w) in hashed.iter().enumerate() {
            let q = level(w);
            let n = if (-7..=7).contains(&q) {
                q as u8 & 15
            } else {
                wide.push(q as u8);
                WIDE
            };
            nibbles[i / 2] |= n << (4 * (i % 2));
        }
        b.extend_from_slice(&nibbles);
        b.extend_from_slice(&wide);
        b
    }

    pub fn buckets(&self) -> usize {
        self.levels.len()
    }

    /// The quantised weight of bucket `i`, in units of the scale.
    fn weight(&self, i: usize) -> f32 {
        let level = self.levels[i] as f32 / LEVELS;
        level * level.abs()
    }

    pub fn knows(&self, word: &str) -> bool {
        in_vocab(self.vocab, word)
    }

    pub fn cue_weight(&self, i: usize) -> f32 {
        self.cues[i]
    }

    pub fn logit(&self, f: &Features) -> f32 {
        // (Plain loops: the chains' sums were folds of their own.)
        let mut hashed = 0.0;
        for &h in &f.hashes(|w| self.knows(w)) {
            let (i, sign) = slot(h, self.buckets());
            hashed += sign * self.weight(i);
        }
        let mut cues = 0.0;
        for (v, w) in f.cues.iter().zip(&self.cues) {
            cues += v * w;
        }
        self.bias + self.scale * hashed + cues
    }
}
