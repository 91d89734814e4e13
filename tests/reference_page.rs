//! The reference article through the native path (HTML string → model →
//! analysis), and the snapshot path checked against it.

use lede::adapters::{html, snapshot};
use lede::document::Document;
use lede::{analyze, Analysis, Failure, Options};

const PAGE: &str = include_str!("fixtures/seed-trump-putin-call/page.html");

fn options() -> Options {
    Options { url: None, accessed: Some("2026-11-28".into()) }
}

fn reference() -> Analysis {
    analyze(&html::parse(PAGE), &options()).expect("the reference page is an article")
}

#[test]
fn metadata_and_author_with_bio() {
    let a = reference();
    assert_eq!(a.title, "Trump Calls Putin: No Peace In Sight, Putin Has Score to Settle");
    assert_eq!(a.site_name.as_deref(), Some("National Security Journal"));
    assert_eq!(a.published.as_deref().map(|d| &d[..10]), Some("2025-06-04"));
    assert_eq!(a.authors.len(), 1);
    let author = &a.authors[0];
    assert_eq!(author.name, "Jack Buckby");
    assert_eq!(author.url.as_deref(), Some("https://nationalsecurityjournal.org/author/jackbuckby/"));
    assert!(author.bio.as_deref().unwrap_or("").starts_with("Jack Buckby is a British author"));
    assert_eq!(author.ranges.len(), 2, "byline and bio are both located in the page");
}

#[test]
fn six_quotes_with_their_speakers_and_no_trap() {
    let a = reference();
    let direct: Vec<(&str, Option<&str>, &str)> =
        a.quotes.iter().filter(|q| q.kind != "indirect").map(|q| (q.text.as_str(), q.speaker.as_deref(), q.kind)).collect();
    let expected = [
        ("will have to respond", "Vladimir Putin", "partial"),
        ("good conversation,", "Donald Trump", "partial"),
        ("lead to immediate peace.", "Donald Trump", "partial"),
        ("President Putin did say, and very strongly, that he will have to respond to the recent attack on the airfields,", "Donald Trump", "direct"),
        ("We also discussed Iran, and the fact that time is running out on Iran’s decision pertaining to nuclear weapons, which must be made quickly!", "Donald Trump", "direct"),
        ("suggested that he will participate in the discussions with Iran and that he could, perhaps, be helpful in getting this brought to a rapid conclusion.", "Donald Trump", "partial"),
    ];
    assert_eq!(direct.len(), expected.len(), "{direct:#?}");
    for ((text, speaker, kind), (et, es, ek)) in direct.iter().zip(expected) {
        assert_eq!((*text, *speaker, *kind), (et, Some(es), ek));
    }
    for trap in ["moving in the right direction", "It Can’t Be Stopped", "We Are Ready for a Ceasefire Tomorrow"] {
        assert!(!a.quotes.iter().any(|q| q.text.contains(trap)), "trap quote {trap}");
    }
    let trump = a.speakers.iter().find(|s| s.name == "Donald Trump").expect("Trump is quoted");
    assert!(trump.aliases.contains(&"Trump".to_string()));
}

#[test]
fn key_points_text_and_no_chrome() {
    let a = reference();
    assert_eq!(a.key_points.len(), 4);
    assert!(a.key_points[0].starts_with("Following Ukraine’s recent devastating drone strikes"));
    for chrome in ["We use cookies", "Subscribe to our newsletter", "Advertisement", "Leave a Reply", "Pingback", "All rights reserved", "Putin has already conveyed"] {
        assert!(!a.text.contains(chrome), "{chrome} leaked into the text");
    }
    assert!(a.text.contains("Putin’s army has endured almost one million casualties"));
}

#[test]
fn claims_are_factual_sentences_not_opinions() {
    let a = reference();
    let has = |s: &str| a.claims.iter().any(|c| c.text.starts_with(s));
    assert!(has("Putin’s army has endured almost one million casualties"));
    assert!(has("On Wednesday, Trump confirmed that he had spoken"));
    assert!(!has("The Russian president’s comments to President Trump should be expected."));
    assert!(a.claims.iter().all(|c| !c.reasons.is_empty() && (0.0..=1.0).contains(&c.score)));
}

#[test]
fn ranges_point_at_the_quoted_characters() {
    let doc = html::parse(PAGE);
    let a = analyze(&doc, &options()).unwrap();
    let texts = source_texts(&doc);
    for q in a.quotes.iter().filter(|q| q.kind != "indirect") {
        let r = q.range.expect("every quote is located");
        assert_eq!(r.start.node, r.end.node, "these quotes sit in one text node each");
        let node: Vec<u16> = texts[r.start.node as usize].encode_utf16().collect();
        let got = String::from_utf16(&node[r.start.offset as usize..r.end.offset as usize]).unwrap();
        assert_eq!(got, q.text);
    }
}

#[test]
fn the_clipboard_summary_cites_the_article() {
    let a = reference();
    let md = &a.clipboard.markdown;
    assert!(md.starts_with("# Trump Calls Putin: No Peace In Sight, Putin Has Score to Settle\n"));
    assert!(md.contains("Source: https://nationalsecurityjournal.org/trump-calls-putin-no-peace-in-sight/ (accessed 2026-11-28)"));
    assert!(md.contains("> “We also discussed Iran"));
    assert!(md.contains("Donald Trump ×5, Vladimir Putin ×1"));
}

/// "Copy summary" byte for byte, in both formats (reviewed by hand when they change).
#[test]
fn the_clipboard_formats_are_stable() {
    let a = reference();
    assert_eq!(a.clipboard.markdown, include_str!("fixtures/seed-trump-putin-call/summary.md"));
    assert_eq!(a.clipboard.text, include_str!("fixtures/seed-trump-putin-call/summary.txt"));
}

/// Text of every source text node, by source index (what a DOM walk would number).
fn source_texts(doc: &Document) -> Vec<String> {
    let mut out = Vec::new();
    for n in doc.descendants(doc.root()) {
        if let (Some(text), Some(source)) = (doc.text(n), doc.source_index(n)) {
            out.resize(source as usize + 1, String::new());
            out[source as usize] = text.to_string();
        }
    }
    out
}

/// Replays a document as the content script's walk (extension/walk.js) records it.
fn record(doc: &Document) -> String {
    fn walk(doc: &Document, n: u32, out: &mut String) {
        for &c in doc.children(n) {
            match doc.text(c) {
                Some(text) => {
                    out.push(snapshot::TEXT);
                    out.push_str(text);
                }
                None => {
                    out.push(snapshot::OPEN);
                    out.push_str(doc.tag(c));
                    for (name, value) in doc.attrs(c) {
                        out.push(snapshot::ATTR_NAME);
                        out.push_str(name);
                        out.push(snapshot::ATTR_VALUE);
                        out.push_str(value);
                    }
                    walk(doc, c, out);
                    out.push(snapshot::CLOSE);
                }
            }
        }
    }
    let mut out = String::new();
    walk(doc, doc.root(), &mut out);
    out
}

#[test]
fn the_walk_sends_the_attributes_the_core_reads() {
    let walk = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/extension/walk.js")).unwrap();
    let list = walk.split("const READ = new Set([").nth(1).and_then(|rest| rest.split("])").next()).expect("walk.js has its READ list");
    let mut in_js: Vec<&str> = list.split(',').map(|a| a.trim().trim_matches('\'')).collect();
    let mut in_core = lede::document::READ_ATTRIBUTES.to_vec();
    in_js.sort_unstable();
    in_core.sort_unstable();
    assert_eq!(in_js, in_core);
}

#[test]
fn the_snapshot_path_gives_the_same_analysis() {
    let native = reference();
    let snap = record(&html::parse(PAGE));
    let via_snapshot = analyze(&snapshot::build(&snap), &options()).unwrap();
    // Ranges number text nodes as each walk saw them (the native parse also
    // counts script text), so compare everything else.
    fn without_ranges(v: serde_json::Value) -> serde_json::Value {
        match v {
            serde_json::Value::Object(o) => {
                o.into_iter().filter(|(k, _)| !k.ends_with("range") && k != "ranges").map(|(k, v)| (k, without_ranges(v))).collect()
            }
            serde_json::Value::Array(a) => a.into_iter().map(without_ranges).collect(),
            other => other,
        }
    }
    let value = |a: &Analysis| serde_json::from_str::<serde_json::Value>(&lede::json::to_string(a)).unwrap();
    let (a, b) = (value(&native), value(&via_snapshot));
    assert!(without_ranges(a) == without_ranges(b), "snapshot and native analyses differ");
}

#[test]
fn bad_input_is_refused_with_a_reason() {
    assert_eq!(analyze(&html::parse(""), &options()).unwrap_err(), Failure::NotArticle);
    let home = "<html><body><nav><a href=/a>World</a> <a href=/b>Sport</a></nav><ul>".to_string()
        + &"<li><a href=/x>A headline about something that happened today</a></li>".repeat(40)
        + "</ul></body></html>";
    assert_eq!(analyze(&html::parse(&home), &options()).unwrap_err(), Failure::NotArticle);
    let deep = "<div>".repeat(10_000) + &"<p>Deeply nested text, with commas, goes on and on here.</p>".repeat(20);
    let _ = analyze(&html::parse(&deep), &options()); // must not overflow the stack
}
