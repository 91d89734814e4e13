//! HTML bytes → document model → analysis → JSON, as the CLI runs it (bytes
//! read lossily as UTF-8). Any panic, overflow or abort is a finding; so is a
//! run slower than libFuzzer's -timeout. The analysis is also checked a little:
//! its text is its blocks joined, quote ranges are not empty, its JSON is valid.
//! (Its `dir` is checked by tests/properties.rs: the fuzzer's first find was
//! `<html dir="auto">` giving dir "auto".)
#![no_main]

use libfuzzer_sys::fuzz_target;
use lede::adapters::html;
use lede::{analyze, Failure, Options};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let doc = html::parse(&text);
    let options = Options { url: Some("https://example.com/a".into()), accessed: Some("2025-01-01".into()) };
    match analyze(&doc, &options) {
        Ok(a) => {
            let joined = a.blocks.iter().map(|b| b.text.as_str()).collect::<Vec<_>>().join("\n\n");
            assert_eq!(joined, a.text);
            for q in &a.quotes {
                if let Some(r) = q.range {
                    assert!((r.start.node, r.start.offset) < (r.end.node, r.end.offset), "empty range {r:?}");
                }
            }
            // What the extension receives: JSON text that a JSON reader accepts.
            serde_json::from_str::<serde_json::Value>(&lede::json::to_string(&a)).expect("the analysis is written as valid JSON");
        }
        Err(Failure::NotArticle) => {}
        Err(f) => panic!("unexpected failure {f:?}"),
    }
});
