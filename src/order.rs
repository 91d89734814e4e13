//! Stable sorting through one small merge sort of indices. Each `slice::sort_by`
//! on a new element type or closure compiles a fresh copy of std's driftsort
//! (~4 KB of wasm, even a single copy); a handful of them were a tenth of the code.

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp`, like `slice::sort_by`.
pub fn sort_by<T>(v: &mut [T], cmp: &dyn Order<T>) {
    let order = order_by(v.len(), &|a, b| cmp.order(&v[a], &v[b]));
    permute(order, &mut |a, b| v.swap(a, b));
}

/// Applies `order` in place through `swap`, a cycle at a time: each position in turn takes the
/// item the next one names, and is marked done (order[k] = k). Swaps rather than moving the
/// items out and back, and through a vtable: the loop is one copy for every item type.
fn permute(mut order: Vec<usize>, swap: &mut dyn Swap) {
    for start in 0..order.len() {
        let mut k = start;
        while order[k] != start {
            let next = order[k];
            swap.swap(k, next);
            order[k] = k;
            k = next;
        }
        order[k] = k;
    }
}

/// The indices `0..n` in stable order by `cmp`: a bottom-up merge sort (the
/// lists are a page's mentions, speakers and claims).
fn order_by(n: usize, cmp: &dyn Compare) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..n).collect();
    let mut merged = vec![0; n];
    let mut width = 1;
    while width < n {
        // (A plain loop: `step_by` was an adaptor's code of its own.)
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j) = (start, mid);
            for slot in &mut merged[start..end] {
                // The left run's item first unless the right one's is smaller: stable.
                if j < end && (i == mid || cmp.compare(idx[j], idx[i]) == Ordering::Less) {
                    *slot = idx[j];
                    j += 1;
                } else {
                    *slot = idx[i];
                    i += 1;
                }
            }
            start += 2 * width;
        }
        std::mem::swap(&mut idx, &mut merged);
        width *= 2;
    }
    idx
}

/// `sort_by`'s comparison, asked through a vtable of one method: a `&dyn Fn`'s also points at a
/// by-value `call_once` shim for every closure (never called).
pub trait Order<T> {
    fn order(&self, a: &T, b: &T) -> Ordering;
}

impl<T, F: Fn(&T, &T) -> Ordering> Order<T> for F {
    fn order(&self, a: &T, b: &T) -> Ordering {
        self(a, b)
    }
}

/// `permute`'s swap of two items through a vtable of one method (see [`Order`]).
trait Swap {
    fn swap(&mut self, a: usize, b: usize);
}

impl<F: FnMut(usize, usize)> Swap for F {
    fn swap(&mut self, a: usize, b: usize) {
        self(a, b)
    }
}

/// `order_by`'s comparison through a vtable of one method: a `&dyn Fn`'s also points at a
/// by-value `call_once` shim, code of its own for every item type (never called).
trait Compare {
    fn compare(&self, a: usize, b: usize) -> Ordering;
}

impl<F: Fn(usize, usize) -> Ordering> Compare for F {
    fn compare(&self, a: usize, b: usize) -> Ordering {
        self(a, b)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn sorts_stably() {
        let mut v = vec![(2, 'a'), (1, 'b'), (2, 'c'), (0, 'd'), (1, 'e')];
        super::sort_by(&mut v, &|x: &(i32, char), y: &(i32, char)| x.0.cmp(&y.0));
        assert_eq!(v, [(0, 'd'), (1, 'b'), (1, 'e'), (2, 'a'), (2, 'c')]);
        let mut empty: Vec<u8> = Vec::new();
        super::sort_by(&mut empty, &|x: &u8, y: &u8| x.cmp(y));
        assert!(empty.is_empty());
        // Odd lengths and runs of equal keys, against std's stable sort.
        for n in [1, 2, 3, 7, 16, 33, 100] {
            let mut v: Vec<(u32, usize)> = (0..n).map(|i| ((i as u32 * 7919) % 5, i)).collect();
            let mut expected = v.clone();
            expected.sort_by_key(|x| x.0);
            super::sort_by(&mut v, &|x: &(u32, usize), y: &(u32, usize)| x.0.cmp(&y.0));
            assert_eq!(v, expected);
        }
    }
}
