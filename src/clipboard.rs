//! The copyable forms of an analysis: "Copy summary" as Markdown or plain
//! text, with the article's address and the access date, so a pasted summary
//! can be cited.

use crate::analysis::Analysis;
use crate::text::int;

/// Appends the parts to `out` (no `format!`: it would bring `core::fmt` into the wasm).
fn push(out: &mut String, parts: &[&str]) {
    for p in parts {
        out.push_str(p);
    }
}

/// `push` to both forms, where they read alike. (A loop over the two was an array iterator's
/// code at each.)
fn push_both(md: &mut String, tx: &mut String, parts: &[&str]) {
    push(md, parts);
    push(tx, parts);
}

#[derive(Debug, Default, Clone)]
pub struct Clipboard {
    pub markdown: String,
    pub text: String,
}

impl crate::json::ToJson for Clipboard {
    fn to_json(&self, out: &mut String) {
        crate::json::object(out).field("markdown", &self.markdown).field("text", &self.text).end();
    }
}

/// Claims listed in the copied summary.
const TOP_CLAIMS: usize = 3;

/// The line under the title: site, day, authors and length, parted by " · ".
fn byline(a: &Analysis) -> String {
    // (Borrowed parts: owned copies of the site and the day were clones and drops of their own.)
    let mut parts: Vec<&str> = Vec::new();
    if let Some(site) = &a.site_name {
        parts.push(site);
    }
    if let Some(date) = &a.published {
        // (The day of an ISO date: ASCII, or the whole date when it is something else.)
        parts.push(date.get(..10).unwrap_or(date));
    }
    let mut names = String::from("By ");
    if !a.authors.is_empty() {
        // (The names joined by a plain loop: the map collected was a from_iter and an extend of its own.)
        for (i, x) in a.authors.iter().enumerate() {
            if i > 0 {
                names.push_str(", ");
            }
            names.push_str(&x.name);
        }
        parts.push(&names);
    }
    let length = crate::text::concat(&[&int(a.reading_minutes as u64), " min read (", &int(a.word_count as u64), " words)"]);
    parts.push(&length);
    crate::text::join(&parts, " · ")
}

/// "Donald Trump ×4, Vladimir Putin ×1, not named ×2" over quotes with quotation marks
/// (the last: speakers the article describes without naming, "a senior official").
pub fn quoted_counts(a: &Analysis) -> String {
    // (Plain loops: the map, filter and map collected were a from_iter and a try_fold of their
    // own, and each filter's count a fold. Each count written into the one string: a list of
    // strings joined was a String and an int's String for each, and a join::<String>.)
    let mut out = String::new();
    for s in &a.speakers {
        let mut n = 0;
        for &i in &s.quotes {
            n += usize::from(a.quotes[i].kind != "indirect");
        }
        push_count(&mut out, &s.name, n);
    }
    let mut unnamed = 0;
    for q in &a.quotes {
        unnamed += usize::from(q.kind != "indirect" && q.speaker.is_none() && q.unnamed_speaker.is_some());
    }
    push_count(&mut out, "not named", unnamed);
    out
}

/// Appends "Name ×n" to the counts in `out` (none for n = 0), after ", " unless it is the first.
fn push_count(out: &mut String, name: &str, n: usize) {
    if n == 0 {
        return;
    }
    if !out.is_empty() {
        out.push_str(", ");
    }
    push(out, &[name, " ×"]);
    crate::text::push_int(n as u64, out);
}

/// The indices of the claims listed, highest score first. (Indices sorted, not the claims: the
/// sort of `usize` is in the wasm already, one of `&Claim` was ~0.2 KB more.)
fn top_claims(a: &Analysis) -> Vec<usize> {
    let mut order: Vec<usize> = (0..a.claims.len()).collect();
    crate::order::sort_by(&mut order, &|&x: &usize, &y: &usize| a.claims[y].score.total_cmp(&a.claims[x].score));
    order.truncate(TOP_CLAIMS);
    order
}

pub fn render(a: &Analysis, accessed: Option<&str>) -> Clipboard {
    let source = match (&a.url, accessed) {
        (Some(u), Some(d)) => crate::text::concat(&[u, " (accessed ", d, ")"]),
        (Some(u), None) => u.clone(),
        (None, Some(d)) => crate::text::concat(&["accessed ", d]),
        (None, None) => String::new(),
    };
    let points_title = if a.key_points.is_empty() { "Summary" } else { "Key points" };
    let who = quoted_counts(a);

    let byline = byline(a);
    let mut md = crate::text::concat(&["# ", &a.title, "\n\n", &byline, "\n"]);
    let mut tx = crate::text::concat(&[&a.title, "\n", &byline, "\n"]);
    if !source.is_empty() {
        push_both(&mut md, &mut tx, &["Source: ", &source, "\n"]);
    }
    if !a.summary.is_empty() {
        push(&mut md, &["\n## ", points_title, "\n\n"]);
        push(&mut tx, &["\n", points_title, ":\n"]);
        for s in &a.summary {
            push_both(&mut md, &mut tx, &["- ", s, "\n"]);
        }
    }
    if !who.is_empty() {
        push(&mut md, &["\n## Who is quoted\n\n", &who, "\n"]);
        push(&mut tx, &["\nWho is quoted: ", &who, "\n"]);
    }
    // The quotes with quotation marks, under a heading before the first. (Read in one loop: a
    // list of them collected first was a Vec's pushes of its own.)
    let mut headed = false;
    for q in &a.quotes {
        if q.kind == "indirect" {
            continue;
        }
        if !headed {
            md.push_str("\n## Quotes\n");
            tx.push_str("\nQuotes:\n");
            headed = true;
        }
        let by = q.speaker.as_deref().or(q.unnamed_speaker.as_deref()).unwrap_or("unattributed");
        push(&mut md, &["\n> “", &q.text, "”\n> — ", by, "\n"]);
        push(&mut tx, &["“", &q.text, "” — ", by, "\n"]);
    }
    let claims = top_claims(a);
    if !claims.is_empty() {
        md.push_str("\n## Claims to check\n\n");
        tx.push_str("\nClaims to check:\n");
        for (i, &k) in claims.iter().enumerate() {
            let c = &a.claims[k];
            // The reasons in parentheses, when there are any. (Parts of the line: a string of them
            // in parentheses was a concat and its drop.)
            let (open, close) = if c.reasons.is_empty() { ("", "") } else { (" (", ")") };
            let why = crate::text::join(&c.reasons, ", ");
            push_both(&mut md, &mut tx, &[&int(i as u64 + 1), ". ", &c.text, open, &why, close, "\n"]);
        }
    }
    Clipboard { markdown: md, text: tx }
}
