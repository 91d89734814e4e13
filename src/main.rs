//! `lede`: the native command line over the same core the extension runs.
//!
//!     lede analyze [--json] [--url URL] [--accessed YYYY-MM-DD] PAGE.html

use lede::adapters::html;
use lede::{analyze, Analysis, Options};
use std::process::ExitCode;

const USAGE: &str = "usage: lede analyze [--json] [--url URL] [--accessed YYYY-MM-DD] PAGE.html";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(out) => {
            print!("{out}");
            ExitCode::SUCCESS
        }
        Err((code, msg)) => {
            eprintln!("lede: {msg}");
            ExitCode::from(code)
        }
    }
}

fn run(args: &[String]) -> Result<String, (u8, String)> {
    let usage = || (2, USAGE.to_string());
    let (cmd, rest) = args.split_first().ok_or_else(usage)?;
    if cmd != "analyze" {
        return Err(usage());
    }
    let (mut json, mut url, mut accessed, mut path) = (false, None, None, None);
    let mut it = rest.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--json" => json = true,
            "--url" => url = Some(it.next().ok_or_else(usage)?.clone()),
            "--accessed" => accessed = Some(it.next().ok_or_else(usage)?.clone()),
            p if !p.starts_with("--") && path.is_none() => path = Some(p.to_string()),
            _ => return Err(usage()),
        }
    }
    let path = path.ok_or_else(usage)?;
    let bytes = std::fs::read(&path).map_err(|e| (1, format!("cannot read {path}: {e}")))?;
    let text = String::from_utf8_lossy(&bytes);
    if !looks_like_html(&text) {
        return Err((1, format!("{path} does not look like an HTML page")));
    }
    let options = Options { url, accessed: Some(accessed.unwrap_or_else(today)) };
    // A bug must still end in one clear line, not a backtrace.
    std::panic::set_hook(Box::new(|_| {}));
    let analysis = std::panic::catch_unwind(|| analyze(&html::parse(&text), &options))
        .map_err(|_| (3, format!("{path}: internal error while analysing this page (please report it)")))?
        .map_err(|f| (1, format!("{path}: {f}")))?;
    Ok(if json { indented(&lede::json::to_string(&analysis)) } else { readable(&analysis) })
}

/// Compact JSON laid out two spaces per level, for people reading `--json` (the
/// WebAssembly build only writes the compact form).
fn indented(json: &str) -> String {
    let mut out = String::with_capacity(json.len() * 2);
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        out.push_str(&"  ".repeat(depth));
    };
    let mut chars = json.chars().peekable();
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            (in_string, escaped) = (escaped || c != '"', !escaped && c == '\\');
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' if matches!(chars.peek(), Some('}' | ']')) => out.push(c),
            '{' | '[' => {
                depth += 1;
                out.push(c);
                newline(&mut out, depth);
            }
            '}' | ']' if out.ends_with(['{', '[']) => out.push(c),
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            c => out.push(c),
        }
    }
    out.push('\n');
    out
}

/// Binary files and plain text are refused before parsing: an HTML parser accepts anything.
fn looks_like_html(text: &str) -> bool {
    let head: String = text.chars().take(4096).collect();
    let replacement = head.chars().filter(|&c| c == '\u{FFFD}' || (c.is_control() && !c.is_whitespace())).count();
    replacement * 20 < head.chars().count().max(1) && head.to_ascii_lowercase().contains('<')
}

/// Today's date (UTC) as YYYY-MM-DD, from the system clock.
fn today() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let days = (secs / 86_400) as i64;
    // Civil-from-days (proleptic Gregorian), after Howard Hinnant's algorithm.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

fn readable(a: &Analysis) -> String {
    let mut out = String::new();
    out.push_str(&format!("{}\n", a.title));
    let mut line = Vec::new();
    if let Some(s) = &a.site_name {
        line.push(s.clone());
    }
    if let Some(d) = &a.published {
        line.push(d.chars().take(10).collect());
    }
    line.push(format!("{} min read, {} words", a.reading_minutes, a.word_count));
    out.push_str(&format!("{}\n", line.join(" · ")));
    for au in &a.authors {
        out.push_str(&format!("By {}{}\n", au.name, au.bio.as_deref().map(|b| format!(" — {}", clip(b, 100))).unwrap_or_default()));
    }
    let heading = if a.key_points.is_empty() { "Summary" } else { "Key points" };
    out.push_str(&format!("\n{heading}:\n"));
    for s in &a.summary {
        out.push_str(&format!("  • {}\n", clip(s, 160)));
    }
    let who = lede::clipboard::quoted_counts(a);
    if !who.is_empty() {
        out.push_str(&format!("\nQuoted: {who}\n"));
    }
    for q in a.quotes.iter().filter(|q| q.kind != "indirect") {
        out.push_str(&format!("  “{}” — {} ({})\n", clip(&q.text, 90), q.speaker.as_deref().or(q.unnamed_speaker.as_deref()).unwrap_or("?"), q.kind));
    }
    let indirect = a.quotes.iter().filter(|q| q.kind == "indirect").count();
    if indirect > 0 {
        out.push_str(&format!("  + {indirect} reported without quotation marks\n"));
    }
    if !a.claims.is_empty() {
        out.push_str(&format!("\nClaims to check ({}):\n", a.claims.len()));
        let mut c: Vec<_> = a.claims.iter().collect();
        c.sort_by(|x, y| y.score.total_cmp(&x.score));
        for cl in c.iter().take(5) {
            out.push_str(&format!("  {:.2}  {}\n", cl.score, clip(&cl.text, 120)));
        }
    }
    out
}

fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(n).collect::<String>().trim_end())
    }
}
