//! A steady workload for profilers: parse every page of the given corpus folders once, then run
//! `lede::analyze` over them REPS times, printing only the total time. The parse stays out of
//! the measured part, so instruction counts compare the analysis alone:
//!
//! ```sh
//! cargo build --release --example analyze_pages
//! valgrind --tool=callgrind --toggle-collect='lede::pipeline::Run::step*' \
//!   target/release/examples/analyze_pages 1 ../shared/corpus ../shared/peers/readability-test-pages
//! ```
use lede::adapters::html;
use lede::{analyze, Options};

fn main() {
    let mut args = std::env::args().skip(1);
    let reps: usize = args.next().and_then(|r| r.parse().ok()).expect("usage: analyze_pages REPS DIR...");
    let mut docs = Vec::new();
    for dir in args {
        let mut cases: Vec<_> = std::fs::read_dir(&dir).expect("a corpus folder").filter_map(|e| e.ok()).map(|e| e.path()).collect();
        cases.sort();
        for case in cases {
            if let Some(page) = ["page.html", "source.html"].iter().map(|f| case.join(f)).find(|p| p.is_file()) {
                docs.push(html::parse(&std::fs::read_to_string(&page).expect("a readable page")));
            }
        }
    }
    let options = Options { url: Some("https://example.com/page".into()), accessed: Some("2025-01-01".into()) };
    let started = std::time::Instant::now();
    let analysed = (0..reps).flat_map(|_| &docs).filter(|d| analyze(d, &options).is_ok()).count();
    eprintln!("{} pages, {analysed} analyses, {:.1} ms", docs.len(), started.elapsed().as_secs_f64() * 1e3);
}
