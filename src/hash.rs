//! The hash maps of the analysis: keys are short words or node ids, hashed
//! with FxHash (rustc's multiply-rotate) instead of std's SipHash, which was
//! 7 % of the analysis natively and is more code in the wasm. A page could
//! craft colliding words and slow its own analysis down, nothing more.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

pub type Map<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// Lists of indices by string key: a `Map<String, usize>` into lists, so the wasm
/// carries no hash table code of its own for it (each map type costs ~0.35 KB gzipped).
#[derive(Debug, Default)]
pub struct Lists {
    index: Map<String, usize>,
    lists: Vec<Vec<usize>>,
}

impl Lists {
    pub fn push(&mut self, key: String, value: usize) {
        let next = self.lists.len();
        let k = *self.index.entry(key).or_insert(next);
        if k == next {
            self.lists.push(Vec::new());
        }
        self.lists[k].push(value);
    }

    /// The values pushed under `key`, in order (empty when none).
    pub fn get(&self, key: &str) -> &[usize] {
        self.index.get(key).map_or(&[], |&k| &self.lists[k])
    }
}

#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().unwrap_or_default()));
        }
        let mut rest = [0u8; 8];
        rest[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
        self.add(u64::from_le_bytes(rest));
    }

    fn write_u8(&mut self, i: u8) {
        self.add(i.into());
    }

    fn write_u32(&mut self, i: u32) {
        self.add(i.into());
    }

    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    /// hashbrown takes the bucket from the low bits and the tag from the top
    /// seven; the multiply mixes upwards, so rotate the well-mixed bits down.
    fn finish(&self) -> u64 {
        self.0.rotate_left(26)
    }
}

/// Which of several word lists a word is in, as bits: one lookup instead of a
/// scan of every list (the heuristics ask this of every word or class name).
/// String keys and usize bits: the map type of the analysis's other tables, so
/// the wasm carries one copy of the hash table code for all.
pub struct WordLists(Map<String, usize>);

impl WordLists {
    pub fn new<W: IntoIterator<Item = &'static str>>(lists: impl IntoIterator<Item = (u16, W)>) -> Self {
        let mut index = WordLists(Map::default());
        for (bit, words) in lists {
            for w in words {
                index.add(bit, w);
            }
        }
        index
    }

    /// (One copy of the map's insertion for the four kinds of list the callers hold.)
    #[inline(never)]
    fn add(&mut self, bit: u16, word: &str) {
        *self.0.entry(word.to_string()).or_default() |= usize::from(bit);
    }

    pub fn of(&self, word: &str) -> u16 {
        self.0.get(word).map_or(0, |&b| b as u16)
    }

    /// `of(&text::lower(word))`, a short ASCII word (most) lower-cased on the
    /// stack: the name finder asks about every capitalised word.
    pub fn of_lower(&self, word: &str) -> u16 {
        let mut buf = [0u8; 32];
        match buf.get_mut(..word.len()) {
            Some(b) if word.is_ascii() => {
                b.copy_from_slice(word.as_bytes());
                b.make_ascii_lowercase();
                // SAFETY: ASCII bytes, lower-cased, are still ASCII and so UTF-8 (this spares
                // the wasm the UTF-8 validator, whose only other users were digit writers).
                self.of(unsafe { std::str::from_utf8_unchecked(b) })
            }
            _ => self.of(&crate::text::lower(word)),
        }
    }
}
