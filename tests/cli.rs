//! The `lede` command line: output forms and one-line errors with a non-zero exit.

use std::process::Command;

fn lede(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_lede")).args(args).output().expect("lede runs");
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into(), String::from_utf8_lossy(&out.stderr).into())
}

const PAGE: &str = "tests/fixtures/seed-trump-putin-call/page.html";

#[test]
fn json_follows_the_analysis_contract() {
    let (code, out, _) = lede(&["analyze", "--json", "--accessed", "2026-11-28", PAGE]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    for key in ["title", "site_name", "published", "lang", "authors", "text", "key_points", "summary", "quotes", "claims"] {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    assert_eq!(v["authors"][0]["name"], "Jack Buckby");
    assert!(v["quotes"].as_array().unwrap().iter().any(|q| q["speaker"] == "Vladimir Putin" && q["text"] == "will have to respond"));
}

#[test]
fn readable_summary_names_the_article_and_its_speakers() {
    let (code, out, _) = lede(&["analyze", PAGE]);
    assert_eq!(code, 0);
    assert!(out.starts_with("Trump Calls Putin: No Peace In Sight, Putin Has Score to Settle\n"));
    assert!(out.contains("By Jack Buckby"));
    assert!(out.contains("Quoted: Donald Trump ×5, Vladimir Putin ×1"));
}

fn one_line_error(args: &[&str], needle: &str) {
    let (code, out, err) = lede(args);
    assert_ne!(code, 0);
    assert!(out.is_empty());
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(err.contains(needle), "{err}");
}

#[test]
fn bad_input_gets_a_one_line_error() {
    let dir = std::env::temp_dir().join(format!("lede-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let binary = dir.join("garbage.html");
    std::fs::write(&binary, (0..4096u32).map(|i| (i * 7919 % 251) as u8).collect::<Vec<u8>>()).unwrap();
    let home = dir.join("home.html");
    std::fs::write(&home, "<html><body><nav><a href=/>Home</a></nav><ul><li><a href=/a>One</a></li></ul></body></html>").unwrap();
    one_line_error(&["analyze", "no/such/page.html"], "cannot read");
    one_line_error(&["analyze", binary.to_str().unwrap()], "does not look like an HTML page");
    one_line_error(&["analyze", home.to_str().unwrap()], "no article found");
    one_line_error(&["frobnicate"], "usage");
    // A front page: linked headlines over short teasers.
    one_line_error(&["analyze", "tests/fixtures/not-articles/front-page.html"], "no article found");
    std::fs::remove_dir_all(dir).ok();
}
