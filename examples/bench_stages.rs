//! Native benchmark of the core, stage by stage, over saved pages and two
//! generated large pages.
//!
//!     cargo run --release --example bench_stages -- [--reps N] [--verbose] [--no-large] [--emit DIR] DIR...
//!
//! DIR: a corpus folder whose sub-folders hold `page.html` or `source.html`
//! (e.g. ../shared/corpus ../shared/peers/readability-test-pages), or an HTML
//! file (named by its folder). `--verbose` prints every page's stages. For each page, each stage runs `--reps` times (default 5) after one
//! warm-up and counts its median. Every run starts from a fresh parse (and
//! extraction, for the stages that read the article), made outside the timer:
//! the document and its blocks memoize what the first run computes.
//!
//! - parse: `adapters::html::parse` (html5ever → the document model)
//! - extract: `extract::extract` (the article body and its blocks)
//! - meta+authors: `metadata::JsonLd::parse`, `metadata::read`, `authors::read`
//! - quotes: `quotes::find` over the article's blocks
//! - claims: `sentences::split` + `claims::assess` on every non-heading block, as the pipeline does
//! - summary: `summary::key_points` + `summary::summarize`
//! - analyze: the whole `lede::analyze` on the parsed document (the stages above
//!   but parse, plus word counts and the clipboard text)
//!
//! Prints per-stage totals, medians and p95 over the pages, then the generated
//! pages (a 2 MB article; a 10 MB page of about 100k nodes), built in-process,
//! in ms and MB/s per stage. `--emit DIR` also writes them as
//! DIR/generated-2mb/page.html and DIR/generated-10mb/page.html (a corpus
//! folder the browser benchmark, tests/bench/run.mjs, can read).

use lede::adapters::html;
use lede::document::Document;
use lede::{analyze, authors, claims, extract, metadata, quotes, summary, Options};
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Instant;

const STAGES: [&str; 7] = ["parse", "extract", "meta+authors", "quotes", "claims", "summary", "analyze"];

/// Milliseconds of each stage for one page (`None` past extraction when the page has no article).
type Times = [Option<f64>; 7];

fn ms(f: impl FnOnce()) -> f64 {
    let t = Instant::now();
    f();
    t.elapsed().as_secs_f64() * 1e3
}

fn median(xs: &mut [f64]) -> f64 {
    xs.sort_by(f64::total_cmp);
    let n = xs.len();
    if n == 0 {
        return f64::NAN;
    }
    if n % 2 == 1 {
        xs[n / 2]
    } else {
        (xs[n / 2 - 1] + xs[n / 2]) / 2.0
    }
}

/// Nearest-rank percentile.
fn percentile(xs: &mut [f64], q: f64) -> f64 {
    xs.sort_by(f64::total_cmp);
    if xs.is_empty() {
        return f64::NAN;
    }
    let rank = ((q * xs.len() as f64).ceil() as usize).clamp(1, xs.len());
    xs[rank - 1]
}

/// Median over `reps` runs (after one warm-up) of `f`, each on a fresh `setup()`
/// made and dropped outside the timer.
fn timed<S, R>(reps: usize, mut setup: impl FnMut() -> S, mut f: impl FnMut(&S) -> R) -> f64 {
    let mut run = || {
        let s = setup();
        ms(|| drop(black_box(f(black_box(&s)))))
    };
    run();
    let mut v: Vec<f64> = (0..reps).map(|_| run()).collect();
    median(&mut v)
}

fn claims_stage(article: &extract::Article) -> usize {
    let mut n = 0;
    for b in article.blocks.iter().filter(|b| b.kind != "heading" && b.kind != "caption") {
        for r in b.sentences() {
            if claims::assess(&b.text.text[r.clone()]).score >= claims::DEFAULT_THRESHOLD {
                n += 1;
            }
        }
    }
    n
}

/// Times every stage of one page.
fn bench_page(source: &str, reps: usize) -> (Times, Option<lede::Analysis>, usize) {
    let mut t: Times = [None; 7];
    let parse = || html::parse(source);
    // The article as the pipeline has it: the document after extraction.
    let parse_extract = || {
        let doc = parse();
        let article = extract::extract(&doc, false).expect("the page has an article");
        (doc, article)
    };
    t[0] = Some(timed(reps, || (), |_| html::parse(black_box(source))));
    let doc: Document = parse();
    let nodes = doc.len();
    let options = Options { url: Some("https://example.com/page".into()), accessed: Some("2025-01-01".into()) };
    t[1] = Some(timed(reps, parse, |doc| extract::extract(doc, false)));
    t[2] = Some(timed(reps, parse, |doc| {
        let ld = metadata::JsonLd::parse(doc);
        let meta = metadata::read(doc, &ld, options.url.as_deref());
        authors::read(doc, &ld, &meta)
    }));
    t[6] = Some(timed(reps, parse, |doc| analyze(doc, &options)));
    if extract::extract(&doc, false).is_none() {
        return (t, None, nodes);
    }
    t[3] = Some(timed(reps, parse_extract, |(_, article)| quotes::find(&article.blocks)));
    t[4] = Some(timed(reps, parse_extract, |(_, article)| claims_stage(article)));
    let analysis = analyze(&doc, &options).ok();
    if let Some(a) = &analysis {
        t[5] = Some(timed(reps, parse_extract, |(doc, article)| {
            (summary::key_points(doc, article), summary::summarize(a, article))
        }));
    }
    (t, analysis, nodes)
}

fn pages_in(arg: &str) -> Vec<(String, PathBuf)> {
    let p = Path::new(arg);
    if p.is_file() {
        // Named by its folder, as in a corpus: readability-test-pages/medium-3/source.html → medium-3.
        let name = p.parent().and_then(|d| d.file_name()).map_or_else(|| arg.to_string(), |d| d.to_string_lossy().into_owned());
        return vec![(name, p.to_path_buf())];
    }
    let corpus = p.file_name().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let mut entries: Vec<PathBuf> = match std::fs::read_dir(p) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(e) => {
            eprintln!("cannot read {arg}: {e}");
            std::process::exit(2);
        }
    };
    entries.sort();
    entries
        .into_iter()
        .filter_map(|d| {
            let file = ["page.html", "source.html"].iter().map(|f| d.join(f)).find(|f| f.is_file())?;
            Some((format!("{corpus}/{}", d.file_name()?.to_string_lossy()), file))
        })
        .collect()
}

// ---------------------------------------------------------------- generated pages

/// A deterministic xorshift, so generated pages are the same on every run.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() % xs.len() as u64) as usize]
    }
}

const WORDS: &[&str] = &[
    "the", "government", "said", "on", "Tuesday", "that", "prices", "rose", "by", "percent", "in", "March", "while",
    "officials", "warned", "of", "a", "slowdown", "council", "voted", "to", "approve", "budget", "million", "dollars",
    "for", "new", "schools", "and", "roads", "minister", "told", "reporters", "after", "meeting", "with", "union",
    "leaders", "economy", "grew", "faster", "than", "expected", "last", "year", "according", "report", "published",
];
const SPEAKERS: &[&str] = &["Jane Smith", "the mayor", "Prime Minister Ana Ruiz", "Mr. Okafor", "a spokesperson"];
const CUES: &[&str] = &["said", "told reporters", "added", "warned", "according to"];

fn sentence(rng: &mut Rng, out: &mut String) {
    let n = 8 + (rng.next() % 14) as usize;
    for i in 0..n {
        let w = rng.pick(WORDS);
        if i == 0 {
            let mut c = w.chars();
            out.extend(c.next().map(|c| c.to_ascii_uppercase()));
            out.push_str(c.as_str());
        } else {
            out.push(' ');
            if rng.next().is_multiple_of(11) {
                out.push_str(&format!("{}.{}", rng.next() % 100, rng.next() % 10));
            } else {
                out.push_str(w);
            }
        }
    }
    out.push('.');
}

/// A paragraph of prose, sometimes a quotation with its speaker, sometimes a
/// link or emphasis (more nodes).
fn paragraph(rng: &mut Rng, inline: bool) -> String {
    let mut p = String::from("<p>");
    if rng.next().is_multiple_of(4) {
        p.push('“');
        sentence(rng, &mut p);
        p.push_str("” ");
        p.push_str(rng.pick(SPEAKERS));
        p.push(' ');
        p.push_str(rng.pick(CUES));
        p.push_str(". ");
    }
    for i in 0..(2 + rng.next() % 3) {
        if inline && i == 1 && rng.next().is_multiple_of(12) {
            p.push_str(" <a href=\"/story/");
            p.push_str(&(rng.next() % 100000).to_string());
            p.push_str("\">");
            sentence(rng, &mut p);
            p.push_str("</a> <em>");
            p.push_str(rng.pick(WORDS));
            p.push_str("</em> ");
        } else {
            sentence(rng, &mut p);
            p.push(' ');
        }
    }
    p.push_str("</p>\n");
    p
}

/// An article page of about `bytes` bytes; `inline` adds links and emphasis
/// to some paragraphs (about 100k nodes in 10 MB).
fn generated_page(bytes: usize, inline: bool, seed: u64) -> String {
    let mut rng = Rng(seed);
    let mut s = String::with_capacity(bytes + 4096);
    s.push_str("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Council approves budget | Example News</title>");
    s.push_str("<meta property=\"og:site_name\" content=\"Example News\"><meta name=\"author\" content=\"Jane Reporter\"></head><body>");
    s.push_str("<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li></ul></nav>");
    s.push_str("<main><article><h1>Council approves budget after long night</h1><p class=\"byline\">By Jane Reporter</p>\n");
    let mut section = 0;
    while s.len() < bytes {
        s.push_str(&paragraph(&mut rng, inline));
        section += 1;
        if section % 40 == 0 {
            s.push_str(&format!("<h2>Part {}</h2>\n", section / 40));
        }
    }
    s.push_str("</article></main><footer><p>© Example News</p></footer></body></html>");
    s
}

fn main() {
    let mut reps = 5usize;
    let mut verbose = false;
    let mut large = true;
    let mut emit: Option<PathBuf> = None;
    let mut dirs = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--reps" => reps = args.next().and_then(|n| n.parse().ok()).filter(|&n| n > 0).expect("--reps N"),
            "--verbose" | "-v" => verbose = true,
            "--no-large" => large = false,
            "--emit" => emit = Some(args.next().expect("--emit DIR").into()),
            _ if a.starts_with("--") => {
                eprintln!("usage: bench_stages [--reps N] [--verbose] [--no-large] [--emit DIR] DIR...");
                std::process::exit(2);
            }
            _ => dirs.push(a),
        }
    }
    if cfg!(debug_assertions) {
        eprintln!("warning: a debug build; run with --release for real figures");
    }

    let pages: Vec<(String, PathBuf)> = dirs.iter().flat_map(|d| pages_in(d)).collect();
    let mut all: Vec<(String, usize, Times)> = Vec::new();
    let mut bytes_total = 0usize;
    if verbose {
        println!("{:<52} {:>7} {:>6} {}", "page", "KB", "nodes", STAGES.map(|s| format!("{s:>13}")).join(""));
    }
    for (name, file) in &pages {
        let raw = std::fs::read(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let source = String::from_utf8_lossy(&raw);
        bytes_total += raw.len();
        let (t, _, nodes) = bench_page(&source, reps);
        if verbose {
            let cols: String = t.iter().map(|x| x.map_or(format!("{:>13}", "-"), |v| format!("{v:>13.3}"))).collect();
            println!("{:<52} {:>7.0} {:>6} {cols}", name.chars().take(52).collect::<String>(), raw.len() as f64 / 1024.0, nodes);
        }
        all.push((name.clone(), raw.len(), t));
    }

    if !all.is_empty() {
        println!(
            "\n{} pages, {:.1} MB, median of {reps} runs per stage and page (ms)",
            all.len(),
            bytes_total as f64 / 1048576.0
        );
        println!("{:<14} {:>10} {:>9} {:>9} {:>9}  slowest page", "stage", "total", "median", "p95", "max");
        for (i, stage) in STAGES.iter().enumerate() {
            let mut xs: Vec<f64> = all.iter().filter_map(|(_, _, t)| t[i]).collect();
            let total: f64 = xs.iter().sum();
            let slowest = all
                .iter()
                .filter_map(|(n, _, t)| t[i].map(|v| (n, v)))
                .max_by(|a, b| a.1.total_cmp(&b.1))
                .map(|(n, _)| n.as_str())
                .unwrap_or("-");
            let max = xs.iter().cloned().fold(f64::NAN, f64::max);
            let med = median(&mut xs);
            let p95 = percentile(&mut xs, 0.95);
            println!("{stage:<14} {total:>10.1} {med:>9.3} {p95:>9.3} {max:>9.3}  {slowest}");
        }
        let mut whole: Vec<f64> = all.iter().map(|(_, _, t)| t[0].unwrap_or(0.0) + t[6].unwrap_or(0.0)).collect();
        let total: f64 = whole.iter().sum();
        println!(
            "{:<14} {total:>10.1} {:>9.3} {:>9.3}  (parse + analyze; {:.1} MB/s over all pages)",
            "parse+analyze",
            median(&mut whole),
            percentile(&mut whole, 0.95),
            bytes_total as f64 / 1048576.0 / (total / 1e3)
        );
        let no_article = all.iter().filter(|(_, _, t)| t[3].is_none()).count();
        if no_article > 0 {
            println!("({no_article} pages without an article: only parse, extract, meta+authors and analyze are counted there)");
        }
    }

    if large {
        println!("\ngenerated pages (one warm-up, median of {} runs)", reps.min(3));
        for (name, page) in [
            ("2 MB article", generated_page(2 << 20, false, 7)),
            ("10 MB / ~100k nodes", generated_page(10 << 20, true, 11)),
        ] {
            let mb = page.len() as f64 / 1048576.0;
            if let Some(dir) = &emit {
                // For the browser benchmark (tests/bench/run.mjs takes files too).
                let file = dir.join(format!("generated-{}mb", page.len() >> 20)).join("page.html");
                std::fs::create_dir_all(file.parent().unwrap()).expect("--emit: cannot create the folder");
                std::fs::write(&file, &page).expect("--emit: cannot write the page");
            }
            let (t, analysis, nodes) = bench_page(&page, reps.min(3));
            println!("{name}: {mb:.1} MB, {nodes} nodes");
            for (stage, x) in STAGES.iter().zip(t) {
                match x {
                    Some(v) => println!("  {stage:<14} {v:>9.1} ms {:>8.1} MB/s", mb / (v / 1e3)),
                    None => println!("  {stage:<14} {:>9}", "-"),
                }
            }
            let whole = t[0].unwrap_or(0.0) + t[6].unwrap_or(0.0);
            println!("  {:<14} {whole:>9.1} ms {:>8.1} MB/s", "parse+analyze", mb / (whole / 1e3));
            if let Some(a) = analysis {
                println!(
                    "  {} words, {} blocks, {} quotes, {} claims",
                    a.word_count,
                    a.blocks.len(),
                    a.quotes.len(),
                    a.claims.len()
                );
            } else {
                println!("  no article found");
            }
        }
    }
}
