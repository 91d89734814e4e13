//! The wasm build's memory allocator, in place of std's dlmalloc: blocks in
//! power-of-two size classes, each class with its own free list, carved from
//! a bump region that grows the linear memory.
//!
//! Why: an analysis makes tens of thousands of short-lived allocations
//! (words, lowercased strings, small vectors) and frees nearly all of them;
//! dlmalloc's splitting and coalescing were ~7 % of the analysis in Chromium
//! and ~7 KB of code. Here allocating and freeing are a few instructions, and
//! a freed block serves the next request of its class. The cost is rounding
//! (a block is at most twice its request) and no coalescing: a freed block is
//! split for smaller classes when theirs are empty, but halves are never merged
//! back. Linear memory never shrinks anyway.
//!
//! Rust hands `dealloc` and `realloc` the allocation's layout, so blocks need
//! no header: the size names the class.

use std::alloc::Layout;
#[cfg(target_arch = "wasm32")]
use std::{alloc::GlobalAlloc, cell::UnsafeCell};

/// The smallest block, 2^3 bytes: room for the free list's link, and the
/// bump region's alignment, which every block keeps.
const MIN_SHIFT: u32 = 3;
const MIN_ALIGN: usize = 1 << MIN_SHIFT;
/// Classes up to 2^31 bytes, all of wasm32's address space.
const CLASSES: usize = (usize::BITS - MIN_SHIFT) as usize;
const PAGE: usize = 64 * 1024;
/// Memory is grown by at least this much at a time (1 MB): growing is a call
/// into the engine.
const MIN_GROW_PAGES: usize = 16;

/// The class of a request: the smallest power of two that holds it.
fn class(size: usize) -> usize {
    let size = size.max(MIN_ALIGN);
    (usize::BITS - (size - 1).leading_zeros() - MIN_SHIFT) as usize
}

fn block_size(class: usize) -> usize {
    1 << (class as u32 + MIN_SHIFT)
}

/// Where new memory comes from: `grow(pages)` adds that many 64 KB pages and
/// returns the address where they start, or `None` when memory is exhausted.
pub trait Grow {
    fn grow(&mut self, pages: usize) -> Option<usize>;
}

pub struct Heap<G: Grow> {
    /// Next free byte of the bump region, and its end.
    top: usize,
    end: usize,
    /// Each class's free blocks, linked through their first word (0 ends a list).
    free: [usize; CLASSES],
    memory: G,
}

impl<G: Grow> Heap<G> {
    pub const fn new(memory: G) -> Self {
        Heap { top: 0, end: 0, free: [0; CLASSES], memory }
    }

    /// # Safety
    /// Returns null or a block of at least `layout.size()` bytes, aligned to
    /// `layout.align()`, that nothing else uses until it is freed.
    pub unsafe fn alloc(&mut self, layout: Layout) -> *mut u8 {
        let c = class(layout.size());
        if c >= CLASSES {
            return std::ptr::null_mut();
        }
        let head = self.free[c];
        if head != 0 && head.is_multiple_of(layout.align()) {
            self.free[c] = unsafe { *(head as *const usize) };
            return head as *mut u8;
        }
        self.bump(block_size(c), layout.align())
    }

    /// A block for a class whose free list is empty: part of a larger free block,
    /// else a fresh one from the bump region, growing memory when it runs out.
    fn bump(&mut self, size: usize, align: usize) -> *mut u8 {
        if let Some(block) = self.split(class(size), align) {
            return block;
        }
        let mut start = self.top.next_multiple_of(align.max(MIN_ALIGN));
        if start.checked_add(size).is_none_or(|e| e > self.end) {
            let pages = (size + align).div_ceil(PAGE).max(MIN_GROW_PAGES);
            let Some(at) = self.memory.grow(pages) else { return std::ptr::null_mut() };
            // New pages right after the region extend it; otherwise (the
            // first time, or memory grown by someone else) a new region starts.
            if at != self.end {
                self.top = at;
            }
            self.end = at + pages * PAGE;
            start = self.top.next_multiple_of(align.max(MIN_ALIGN));
        }
        self.top = start + size;
        start as *mut u8
    }

    /// The first half of the smallest free block larger than class `c`, its other
    /// halves freed into the classes between. A big vector leaves a freed block in
    /// every class it grew through, which without this would serve only its class
    /// while memory grew for smaller ones.
    fn split(&mut self, c: usize, align: usize) -> Option<*mut u8> {
        let d = (c + 1..CLASSES).find(|&d| self.free[d] != 0)?;
        let block = self.free[d];
        if !block.is_multiple_of(align) {
            return None;
        }
        self.free[d] = unsafe { *(block as *const usize) };
        for k in c..d {
            let half = block + block_size(k);
            unsafe { *(half as *mut usize) = self.free[k] };
            self.free[k] = half;
        }
        Some(block as *mut u8)
    }

    /// # Safety
    /// `ptr` came from this heap with this `layout` and is not used again.
    pub unsafe fn dealloc(&mut self, ptr: *mut u8, layout: Layout) {
        let c = class(layout.size());
        let at = ptr as usize;
        if at + block_size(c) == self.top {
            self.top = at; // the last block: back to the bump region
        } else {
            unsafe { *(at as *mut usize) = self.free[c] };
            self.free[c] = at;
        }
    }

    /// # Safety
    /// As `GlobalAlloc::realloc`.
    pub unsafe fn realloc(&mut self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let (old, new) = (class(layout.size()), class(new_size));
        if old == new {
            return ptr;
        }
        let at = ptr as usize;
        // The last block grows or shrinks in place when the region has room
        // (a vector filled in a loop is often the last thing allocated).
        if at + block_size(old) == self.top && new < CLASSES && at + block_size(new) <= self.end {
            self.top = at + block_size(new);
            return ptr;
        }
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        let moved = unsafe { self.alloc(new_layout) };
        if !moved.is_null() {
            unsafe {
                std::ptr::copy_nonoverlapping(ptr, moved, layout.size().min(new_size));
                self.dealloc(ptr, layout);
            }
        }
        moved
    }
}

/// The linear memory of the running module.
#[cfg(target_arch = "wasm32")]
pub struct LinearMemory;

#[cfg(target_arch = "wasm32")]
impl Grow for LinearMemory {
    fn grow(&mut self, pages: usize) -> Option<usize> {
        let before = core::arch::wasm32::memory_grow(0, pages);
        (before != usize::MAX).then_some(before * PAGE)
    }
}

/// The heap as the global allocator. The wasm build has one thread (no
/// atomics), so nothing else can be inside the heap during a call.
#[cfg(target_arch = "wasm32")]
pub struct Global<G: Grow>(UnsafeCell<Heap<G>>);

#[cfg(target_arch = "wasm32")]
unsafe impl<G: Grow> Sync for Global<G> {}

#[cfg(target_arch = "wasm32")]
impl<G: Grow> Global<G> {
    pub const fn new(memory: G) -> Self {
        Global(UnsafeCell::new(Heap::new(memory)))
    }
}

#[cfg(target_arch = "wasm32")]
unsafe impl<G: Grow> GlobalAlloc for Global<G> {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        unsafe { (*self.0.get()).alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { (*self.0.get()).dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        unsafe { (*self.0.get()).realloc(ptr, layout, new_size) }
    }
}

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: Global<LinearMemory> = Global::new(LinearMemory);

#[cfg(test)]
mod tests {
    use super::*;

    /// Pages handed out from a fixed buffer, contiguously, as linear memory grows.
    struct Buffer {
        base: usize,
        used: usize,
        pages: usize,
    }

    impl Grow for Buffer {
        fn grow(&mut self, pages: usize) -> Option<usize> {
            if self.used + pages > self.pages {
                return None;
            }
            self.used += pages;
            Some(self.base + (self.used - pages) * PAGE)
        }
    }

    fn heap(pages: usize) -> Heap<Buffer> {
        let memory: &'static mut [u8] = Box::leak(vec![0u8; (pages + 1) * PAGE].into_boxed_slice());
        let base = (memory.as_ptr() as usize).next_multiple_of(PAGE);
        Heap::new(Buffer { base, used: 0, pages })
    }

    fn layout(size: usize, align: usize) -> Layout {
        Layout::from_size_align(size, align).unwrap()
    }

    #[test]
    fn classes_are_the_next_power_of_two() {
        assert_eq!([1, 8, 9, 16, 17, 4096, 4097].map(|s| block_size(class(s))), [8, 8, 16, 16, 32, 4096, 8192]);
    }

    #[test]
    fn blocks_are_aligned_disjoint_and_reused_by_their_class() {
        let mut h = heap(64);
        let sizes = [1, 3, 8, 12, 24, 100, 5000, 70_000, 7];
        let blocks: Vec<(*mut u8, Layout)> = sizes
            .iter()
            .enumerate()
            .map(|(i, &s)| {
                let l = layout(s, [1, 2, 4, 8, 16, 64][i % 6]);
                let p = unsafe { h.alloc(l) };
                assert!(!p.is_null() && (p as usize).is_multiple_of(l.align()), "{s} bytes");
                unsafe { std::ptr::write_bytes(p, i as u8, s) };
                (p, l)
            })
            .collect();
        for (i, &(p, l)) in blocks.iter().enumerate() {
            assert!(unsafe { std::slice::from_raw_parts(p, l.size()) }.iter().all(|&b| b == i as u8), "block {i} was overwritten");
        }
        let (p, l) = blocks[4];
        unsafe { h.dealloc(p, l) };
        assert_eq!(unsafe { h.alloc(layout(20, 8)) }, p, "a freed 32-byte block serves the next 32-byte request");
    }

    #[test]
    fn a_larger_freed_block_is_split_before_memory_grows() {
        let mut h = heap(64);
        let big = layout(4096, 8);
        let a = unsafe { h.alloc(big) };
        let after = unsafe { h.alloc(layout(8, 8)) };
        unsafe { h.dealloc(a, big) };
        let at = a as usize;
        assert_eq!(unsafe { h.alloc(layout(8, 8)) } as usize, at, "the first 8 bytes of the freed block");
        assert_eq!(unsafe { h.alloc(layout(16, 8)) } as usize, at + 16, "its halves serve the classes between");
        assert_eq!(unsafe { h.alloc(layout(2048, 8)) } as usize, at + 2048);
        assert_eq!(unsafe { h.alloc(layout(8, 8)) } as usize, at + 8);
        assert_eq!(unsafe { h.alloc(layout(8, 8)) } as usize, at + 32, "then the smallest half left is split");
        assert_eq!(unsafe { h.alloc(big) } as usize, after as usize + 8, "nothing that large is free: the bump region");
    }

    #[test]
    fn the_last_block_grows_in_place_and_others_move_with_their_bytes() {
        let mut h = heap(64);
        let l = layout(16, 8);
        let a = unsafe { h.alloc(l) };
        unsafe { std::ptr::copy_nonoverlapping(b"0123456789abcdef".as_ptr(), a, 16) };
        let grown = unsafe { h.realloc(a, l, 1000) };
        assert_eq!(grown, a, "the last block grows where it is");
        let b = unsafe { h.alloc(l) };
        let moved = unsafe { h.realloc(grown, layout(1000, 8), 5000) };
        assert_ne!(moved, grown);
        assert_eq!(unsafe { std::slice::from_raw_parts(moved, 16) }, b"0123456789abcdef");
        assert!(moved as usize > b as usize, "the moved block does not overlap the one after it");
    }

    #[test]
    fn exhausted_memory_gives_null_and_freed_memory_is_used_again() {
        let mut h = heap(MIN_GROW_PAGES);
        let l = layout(PAGE, 8);
        let blocks: Vec<*mut u8> = (0..MIN_GROW_PAGES).map(|_| unsafe { h.alloc(l) }).collect();
        assert!(blocks.iter().all(|p| !p.is_null()));
        assert!(unsafe { h.alloc(l) }.is_null(), "no page is left");
        unsafe { h.dealloc(blocks[3], l) };
        assert_eq!(unsafe { h.alloc(l) }, blocks[3]);
        assert!(unsafe { h.alloc(layout(isize::MAX as usize / 2, 8)) }.is_null());
    }

    /// Many mixed allocations and frees, as an analysis makes them, never
    /// hand out overlapping live blocks.
    #[test]
    fn live_blocks_never_overlap() {
        let mut h = heap(256);
        let mut live: Vec<(*mut u8, Layout, u8)> = Vec::new();
        let mut seed = 12345u32;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            seed as usize
        };
        for step in 0..20_000 {
            let r = next();
            if r % 3 == 0 && !live.is_empty() {
                let (p, l, tag) = live.swap_remove(r / 3 % live.len());
                assert!(unsafe { std::slice::from_raw_parts(p, l.size()) }.iter().all(|&b| b == tag), "step {step}");
                if r % 2 == 0 {
                    unsafe { h.dealloc(p, l) };
                } else {
                    let size = 1 + next() % 3000;
                    let q = unsafe { h.realloc(p, l, size) };
                    let l = layout(size, l.align());
                    unsafe { std::ptr::write_bytes(q, tag, size) };
                    live.push((q, l, tag));
                }
            } else {
                let l = layout(1 + r % 600, 1 << (r % 4));
                let p = unsafe { h.alloc(l) };
                let tag = step as u8;
                unsafe { std::ptr::write_bytes(p, tag, l.size()) };
                live.push((p, l, tag));
            }
        }
    }
}
