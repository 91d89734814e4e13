//! The hash tables of the analysis: keys are short words, hashed with FxHash
//! (rustc's multiply-rotate) instead of std's SipHash, which was 7 % of the
//! analysis natively. A page could craft colliding words and slow its own
//! analysis down, nothing more.

use crate::text::SplitWords;
use std::sync::OnceLock;

/// Words to numbers: the one table type of the analysis. It is asked to find,
/// insert and keep-if-present, never to remove, so it is open addressing with
/// linear probing over an insertion-ordered entry list; std's general table was
/// ~1.5 KB more wasm.
#[derive(Debug, Default)]
pub struct Map {
    /// Power-of-two many; 0 is empty, otherwise an index into `entries` plus one.
    slots: Vec<u32>,
    entries: Vec<(String, usize)>,
}

impl Map {
    /// The slot holding `key`, or the empty one where it would go, and its entry if present.
    /// (`slots` is never empty here and never more than half full, so the probe ends.)
    #[cfg_attr(lede_speed, optimize(speed))]
    fn probe(&self, key: &str) -> (usize, Option<usize>) {
        let mask = self.slots.len() - 1;
        let mut i = fx(key.as_bytes()) & mask;
        loop {
            match self.slots[i] as usize {
                0 => return (i, None),
                e if self.entries[e - 1].0 == key => return (i, Some(e - 1)),
                _ => i = (i + 1) & mask,
            }
        }
    }

    pub fn get_key_value(&self, key: &str) -> Option<(&str, usize)> {
        let e = if self.slots.is_empty() { None } else { self.probe(key).1 };
        e.map(|e| (self.entries[e].0.as_str(), self.entries[e].1))
    }

    pub fn get(&self, key: &str) -> Option<usize> {
        self.get_key_value(key).map(|(_, v)| v)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.get_key_value(key).is_some()
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn values(&self) -> impl Iterator<Item = usize> + '_ {
        self.entries.iter().map(|e| e.1)
    }

    /// The value under `key`, set to `value` first if the key is new. (A borrowed key, copied
    /// only when new: one probe where a lookup first, to spare the copy, took two.)
    pub fn or_insert(&mut self, key: &str, value: usize) -> &mut usize {
        if self.entries.len() * 2 >= self.slots.len() {
            self.slots = vec![0; (self.slots.len() * 2).max(16)];
            for e in 0..self.entries.len() {
                let (slot, _) = self.probe(&self.entries[e].0);
                self.slots[slot] = e as u32 + 1;
            }
        }
        let e = match self.probe(key) {
            (_, Some(e)) => e,
            (slot, None) => {
                self.slots[slot] = self.entries.len() as u32 + 1;
                self.entries.push((key.to_string(), value));
                self.entries.len() - 1
            }
        };
        &mut self.entries[e].1
    }

    pub fn insert(&mut self, key: &str, value: usize) {
        *self.or_insert(key, value) = value;
    }
}

/// Lists of indices by string key: a `Map` into lists.
#[derive(Debug, Default)]
pub struct Lists {
    index: Map,
    lists: Vec<Vec<usize>>,
}

impl Lists {
    pub fn push(&mut self, key: &str, value: usize) {
        let next = self.lists.len();
        let k = *self.index.or_insert(key, next);
        if k == next {
            self.lists.push(Vec::new());
        }
        self.lists[k].push(value);
    }

    /// The values pushed under `key`, in order (empty when none).
    pub fn get(&self, key: &str) -> &[usize] {
        self.index.get(key).map_or(&[], |k| &self.lists[k])
    }
}

/// FxHash of `bytes`, eight at a time.
fn fx(bytes: &[u8]) -> usize {
    let mut h = 0u64;
    let mut add = |word: u64| h = (h.rotate_left(5) ^ word).wrapping_mul(0x517c_c1b7_2722_0a95);
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        add(u64::from_le_bytes(c.try_into().unwrap_or_default()));
    }
    // The tail as if zero-padded: from two overlapping reads (the bytes they share land on
    // the same bits), or byte by byte when short. Copying it into a padded buffer was a
    // memcpy call for every key.
    let r = chunks.remainder();
    let u32_at = |i: usize| u64::from(u32::from_le_bytes(r[i..i + 4].try_into().unwrap_or_default()));
    add(match r.len() {
        n @ 4.. => u32_at(0) | u32_at(n - 4) << (8 * (n - 4)),
        _ => r.iter().rev().fold(0, |w, &b| w << 8 | u64::from(b)),
    });
    // The multiply mixes upwards: the slot comes from the well-mixed high bits.
    (h >> 32) as usize
}

/// Which of several word lists a word is in, as bits: one lookup instead of a
/// scan of every list (the heuristics ask this of every word or class name).
pub struct WordLists(Map);

impl WordLists {
    /// The index of `lists` (bit, space-separated words), built into `cell` on first use.
    /// One init for every caller: each closure of its own was a copy of `Once`'s machinery.
    pub fn cached<'c>(cell: &'c OnceLock<WordLists>, lists: &[(u16, &'static str)]) -> &'c WordLists {
        cell.get_or_init(|| {
            let mut index = WordLists(Map::default());
            for &(bit, words) in lists {
                for w in words.words() {
                    *index.0.or_insert(w, 0) |= usize::from(bit);
                }
            }
            index
        })
    }

    pub fn of(&self, word: &str) -> u16 {
        self.0.get(word).map_or(0, |b| b as u16)
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

#[cfg(test)]
mod tests {
    use super::Map;

    #[test]
    fn map_finds_what_it_was_given_across_growth() {
        let mut m = Map::default();
        assert_eq!(m.get("a"), None);
        for i in 0..1000 {
            assert_eq!(*m.or_insert(&format!("w{i}"), i), i);
        }
        // Present keys keep their value under or_insert and take the new one under insert.
        assert_eq!(*m.or_insert("w7", 0), 7);
        m.insert("w8", 80);
        assert_eq!((m.len(), m.get("w8"), m.get("w999"), m.get("w1000")), (1000, Some(80), Some(999), None));
        assert_eq!(m.get_key_value("w3"), Some(("w3", 3)));
        assert!(!m.contains_key("") && m.values().sum::<usize>() == (0..1000).sum::<usize>() + 72);
    }
}
