//! A small JSON reader for the JSON-LD blocks of pages, into serde_json's
//! `Value`. serde_json's own reader is generic visitor machinery plus a float
//! parser: ~9 KB of the WebAssembly for a few hundred bytes of metadata per
//! page; this is ~2.
//!
//! Where it differs from serde_json, it is on the lenient side, as pages need:
//! raw control characters inside strings and a lone UTF-16 surrogate escape
//! (U+FFFD) are accepted; numbers that are not integers stay as their text.

use serde_json::{Map, Number, Value};

/// Nesting deeper than this is refused (serde_json's limit too).
const MAX_DEPTH: usize = 128;

/// The value `text` holds, or None when it is not JSON.
pub fn parse(text: &str) -> Option<Value> {
    let mut r = Reader { text, at: 0 };
    let v = r.value(0)?;
    r.skip_space();
    (r.at == text.len()).then_some(v)
}

struct Reader<'a> {
    text: &'a str,
    at: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// Skips space, then `b` if it comes next.
    fn eat(&mut self, b: u8) -> bool {
        self.skip_space();
        let next = self.peek() == Some(b);
        self.at += usize::from(next);
        next
    }

    fn value(&mut self, depth: usize) -> Option<Value> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.skip_space();
        match self.peek()? {
            b'{' => {
                let mut map = Map::new();
                self.items(b'}', |r| {
                    r.skip_space();
                    let key = r.string()?;
                    if !r.eat(b':') {
                        return None;
                    }
                    map.insert(key, r.value(depth + 1)?);
                    Some(())
                })?;
                Some(Value::Object(map))
            }
            b'[' => {
                let mut items = Vec::new();
                self.items(b']', |r| {
                    items.push(r.value(depth + 1)?);
                    Some(())
                })?;
                Some(Value::Array(items))
            }
            b'"' => self.string().map(Value::String),
            b't' => self.literal("true", Value::Bool(true)),
            b'f' => self.literal("false", Value::Bool(false)),
            b'n' => self.literal("null", Value::Null),
            b'-' | b'0'..=b'9' => Some(self.number()),
            _ => None,
        }
    }

    /// The comma-separated items of an object or array, from its opening mark
    /// to `close`, each read by `item`.
    fn items(&mut self, close: u8, mut item: impl FnMut(&mut Self) -> Option<()>) -> Option<()> {
        self.at += 1;
        if self.eat(close) {
            return Some(());
        }
        loop {
            item(self)?;
            if !self.eat(b',') {
                return self.eat(close).then_some(());
            }
        }
    }

    fn literal(&mut self, word: &str, v: Value) -> Option<Value> {
        self.text[self.at..].starts_with(word).then(|| {
            self.at += word.len();
            v
        })
    }

    fn number(&mut self) -> Value {
        let start = self.at;
        while matches!(self.peek(), Some(b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9')) {
            self.at += 1;
        }
        let literal = &self.text[start..self.at];
        literal.parse::<i64>().map_or_else(|_| Value::String(literal.to_string()), |n| Value::Number(Number::from(n)))
    }

    /// A string, from its opening quote (which must come next).
    fn string(&mut self) -> Option<String> {
        if self.peek()? != b'"' {
            return None;
        }
        self.at += 1;
        let mut out = String::new();
        loop {
            let rest = &self.text[self.at..];
            let stop = rest.bytes().position(|b| b == b'"' || b == b'\\')?;
            out.push_str(&rest[..stop]);
            self.at += stop + 1;
            if rest.as_bytes()[stop] == b'"' {
                return Some(out);
            }
            let escaped = self.peek()?;
            self.at += 1;
            out.push(match escaped {
                b'"' => '"',
                b'\\' => '\\',
                b'/' => '/',
                b'b' => '\u{8}',
                b'f' => '\u{c}',
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                b'u' => self.unicode_escape()?,
                _ => return None,
            });
        }
    }

    /// The char of a `\uXXXX` escape (after the `u`), joining a surrogate pair.
    fn unicode_escape(&mut self) -> Option<char> {
        let first = self.hex4()?;
        if (0xD800..0xDC00).contains(&first) && self.text[self.at..].starts_with("\\u") {
            let escape = self.at;
            self.at += 2;
            let second = self.hex4()?;
            if (0xDC00..0xE000).contains(&second) {
                return char::from_u32(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00));
            }
            // No pair: the next escape is a char of its own.
            self.at = escape;
        }
        // A lone surrogate is no char.
        Some(char::from_u32(first).unwrap_or('\u{FFFD}'))
    }

    fn hex4(&mut self) -> Option<u32> {
        let digits = self.text.get(self.at..self.at + 4).filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))?;
        self.at += 4;
        u32::from_str_radix(digits, 16).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::parse;
    use serde_json::json;

    #[test]
    fn reads_what_serde_json_reads() {
        for text in [
            r#"{"@context":"https://schema.org","@type":"NewsArticle","headline":"A \"quoted\" head\u00e9line","author":[{"@type":"Person","name":"Jane"}],"wordCount":812,"ok":true,"no":false,"x":null}"#,
            r#"  [1, -2, {"a": {}}, [], "\ud83d\ude00 \/ \\ \n"]  "#,
            "{}",
            "\"\"",
        ] {
            assert_eq!(parse(text), serde_json::from_str(text).ok(), "{text}");
        }
    }

    #[test]
    fn is_lenient_where_pages_need_it() {
        assert_eq!(parse("{\"a\":\"line\nbreak\"}"), Some(json!({"a": "line\nbreak"})));
        assert_eq!(parse(r#"{"a":"\ud800x"}"#), Some(json!({"a": "\u{FFFD}x"})));
        assert_eq!(parse(r#"{"a":"\ud800\u0041"}"#), Some(json!({"a": "\u{FFFD}A"})));
        assert_eq!(parse(r#"{"price": 1.50}"#), Some(json!({"price": "1.50"})));
    }

    #[test]
    fn refuses_what_is_not_json() {
        for text in ["", "{", "{\"a\"}", "{\"a\":1,}", "[1 2]", "{} x", "tru", "\"\\x\"", "\"\\u12\"", "{a:1}", "\"open"] {
            assert_eq!(parse(text), None, "{text}");
        }
        let deep = "[".repeat(200) + &"]".repeat(200);
        assert_eq!(parse(&deep), None);
    }
}
