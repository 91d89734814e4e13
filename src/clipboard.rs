//! The copyable forms of an analysis: "Copy summary" as Markdown or plain
//! text, with the article's address and the access date, so a pasted summary
//! can be cited.

use crate::analysis::Analysis;

#[derive(Debug, Default, Clone)]
pub struct Clipboard {
    pub markdown: String,
    pub text: String,
}

impl crate::json::ToJson for Clipboard {
    fn to_json(&self, out: &mut String) {
        crate::json::object(out, &|o| {
            o.field("markdown", &self.markdown).field("text", &self.text);
        });
    }
}

/// Claims listed in the copied summary.
const TOP_CLAIMS: usize = 3;

fn byline(a: &Analysis) -> Vec<String> {
    let mut parts = Vec::new();
    if let Some(site) = &a.site_name {
        parts.push(site.clone());
    }
    if let Some(date) = &a.published {
        parts.push(date.chars().take(10).collect());
    }
    if !a.authors.is_empty() {
        parts.push(format!("By {}", crate::text::join(&a.authors.iter().map(|x| x.name.as_str()).collect::<Vec<_>>(), ", ")));
    }
    parts.push(format!("{} min read ({} words)", a.reading_minutes, a.word_count));
    parts
}

/// "Donald Trump ×4, Vladimir Putin ×1" over quotes with quotation marks.
pub fn quoted_counts(a: &Analysis) -> String {
    let counts: Vec<String> = a
        .speakers
        .iter()
        .map(|s| (s, s.quotes.iter().filter(|&&i| a.quotes[i].kind != "indirect").count()))
        .filter(|(_, n)| *n > 0)
        .map(|(s, n)| format!("{} ×{n}", s.name))
        .collect();
    crate::text::join(&counts, ", ")
}

fn top_claims(a: &Analysis) -> Vec<&crate::analysis::Claim> {
    let mut c: Vec<_> = a.claims.iter().collect();
    crate::order::sort_by(&mut c, &|x, y| y.score.total_cmp(&x.score));
    c.truncate(TOP_CLAIMS);
    c
}

pub fn render(a: &Analysis, accessed: Option<&str>) -> Clipboard {
    let source = match (&a.url, accessed) {
        (Some(u), Some(d)) => format!("{u} (accessed {d})"),
        (Some(u), None) => u.clone(),
        (None, Some(d)) => format!("accessed {d}"),
        (None, None) => String::new(),
    };
    let points_title = if a.key_points.is_empty() { "Summary" } else { "Key points" };
    let who = quoted_counts(a);
    let direct: Vec<_> = a.quotes.iter().filter(|q| q.kind != "indirect").collect();

    let mut md = format!("# {}\n\n{}\n", a.title, crate::text::join(&byline(a), " · "));
    let mut tx = format!("{}\n{}\n", a.title, crate::text::join(&byline(a), " · "));
    if !source.is_empty() {
        md.push_str(&format!("Source: {source}\n"));
        tx.push_str(&format!("Source: {source}\n"));
    }
    if !a.summary.is_empty() {
        md.push_str(&format!("\n## {points_title}\n\n"));
        tx.push_str(&format!("\n{points_title}:\n"));
        for s in &a.summary {
            md.push_str(&format!("- {s}\n"));
            tx.push_str(&format!("- {s}\n"));
        }
    }
    if !who.is_empty() {
        md.push_str(&format!("\n## Who is quoted\n\n{who}\n"));
        tx.push_str(&format!("\nWho is quoted: {who}\n"));
    }
    if !direct.is_empty() {
        md.push_str("\n## Quotes\n");
        tx.push_str("\nQuotes:\n");
        for q in direct {
            let by = q.speaker.as_deref().unwrap_or("unattributed");
            md.push_str(&format!("\n> “{}”\n> — {by}\n", q.text));
            tx.push_str(&format!("“{}” — {by}\n", q.text));
        }
    }
    let claims = top_claims(a);
    if !claims.is_empty() {
        md.push_str("\n## Claims to check\n\n");
        tx.push_str("\nClaims to check:\n");
        for (i, c) in claims.iter().enumerate() {
            let why = if c.reasons.is_empty() { String::new() } else { format!(" ({})", crate::text::join(&c.reasons, ", ")) };
            md.push_str(&format!("{}. {}{why}\n", i + 1, c.text));
            tx.push_str(&format!("{}. {}{why}\n", i + 1, c.text));
        }
    }
    Clipboard { markdown: md, text: tx }
}
