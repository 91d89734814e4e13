//! JSON in and out. In: a small reader for the JSON-LD blocks of pages, into
//! a `Value` of its own. serde_json's reader is generic visitor machinery plus a float
//! parser (~9 KB of the WebAssembly for a few hundred bytes of metadata per
//! page; this is ~2), and its `Value` keeps objects in a B-tree, whose code is ~2 KB
//! more than a list of members that are only ever looked up a few times.
//!
//! Where it differs from serde_json, it is on the lenient side, as pages need:
//! raw control characters inside strings and a lone UTF-16 surrogate escape
//! (U+FFFD) are accepted; numbers that are not integers stay as their text.

/// A JSON value. Objects keep their members in the page's order, a repeated key
/// included; a lookup finds its last value, as serde_json and browsers read it.
#[derive(Debug, Default, PartialEq)]
pub enum Value {
    #[default]
    Null,
    Bool(bool),
    /// Numbers are integers here: others stay as their text (`String`).
    Int(i64),
    String(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
}

impl Value {
    /// An object's member `key`.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(members) => members.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut Value> {
        match self {
            Value::Object(members) => members.iter_mut().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }
}

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

    // Out of line: inlined in its four callers it was ~50 B of gzipped wasm.
    #[inline(never)]
    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// Skips space, then `b` if it comes next.
    // Out of line: inlined in its seven callers it was ~10 B of gzipped wasm.
    #[inline(never)]
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
                let mut members = Vec::new();
                self.items(b'}', |r| {
                    r.skip_space();
                    let key = r.string()?;
                    if !r.eat(b':') {
                        return None;
                    }
                    members.push((key, r.value(depth + 1)?));
                    Some(())
                })?;
                Some(Value::Object(members))
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
        parse_i64(literal).map_or_else(|| Value::String(literal.to_string()), Value::Int)
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
        crate::text::parse_u32(digits, 16)
    }
}

/// `literal.parse::<i64>().ok()`, by a loop that checks overflow against a bound: std's parser
/// checks it by a 128-bit product, a `__multi3` of its own in the wasm.
fn parse_i64(literal: &str) -> Option<i64> {
    let (negative, digits) = match literal.as_bytes() {
        [b'-', rest @ ..] => (true, rest),
        [b'+', rest @ ..] => (false, rest),
        all => (false, all),
    };
    if digits.is_empty() {
        return None;
    }
    let mut n = 0u64;
    for &b in digits {
        if !b.is_ascii_digit() || n > u64::MAX / 10 {
            return None;
        }
        n = (n * 10).checked_add(u64::from(b - b'0'))?;
    }
    if negative { 0i64.checked_sub_unsigned(n) } else { i64::try_from(n).ok() }
}

/// Writing JSON: the analysis crosses into JavaScript as JSON text. Written by
/// hand rather than through serde's derive and serde_json's serializer: those
/// are a copy of the writer per type and a float formatter, ~5 KB of the
/// WebAssembly for a dozen plain structs.
pub trait ToJson {
    fn to_json(&self, out: &mut String);
}

/// `value` as compact JSON text.
pub fn to_string(value: &dyn ToJson) -> String {
    let mut out = String::new();
    value.to_json(&mut out);
    out
}

impl ToJson for str {
    fn to_json(&self, out: &mut String) {
        out.push('"');
        // Runs of plain text copied whole; only quotes, backslashes and control characters escaped.
        let mut from = 0;
        for (i, b) in self.bytes().enumerate() {
            if b == b'"' || b == b'\\' || b < 0x20 {
                out.push_str(&self[from..i]);
                // (The letter after the backslash picked by value, one push for all: a push per arm
                // is a call per arm.)
                let letter = match b {
                    b'"' | b'\\' => char::from(b),
                    b'\n' => 'n',
                    b'\r' => 'r',
                    b'\t' => 't',
                    _ => 'u',
                };
                out.push('\\');
                out.push(letter);
                if letter == 'u' {
                    out.push_str("00");
                    // (The digits from a table: `char::from_digit` tests its radix and its digit.)
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    out.push(char::from(HEX[usize::from(b >> 4)]));
                    out.push(char::from(HEX[usize::from(b & 15)]));
                }
                from = i + 1;
            }
        }
        out.push_str(&self[from..]);
        out.push('"');
    }
}

impl ToJson for String {
    fn to_json(&self, out: &mut String) {
        self.as_str().to_json(out);
    }
}

impl ToJson for &str {
    fn to_json(&self, out: &mut String) {
        (**self).to_json(out);
    }
}

impl ToJson for bool {
    fn to_json(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

impl ToJson for usize {
    fn to_json(&self, out: &mut String) {
        crate::text::push_int(*self as u64, out);
    }
}

impl ToJson for u32 {
    fn to_json(&self, out: &mut String) {
        crate::text::push_int(u64::from(*self), out);
    }
}

/// Fractions (scores, progress) to four decimals: more than any reader or threshold needs.
impl ToJson for f32 {
    fn to_json(&self, out: &mut String) {
        if !self.is_finite() {
            return out.push_str("null");
        }
        let scaled = (self.abs() * 10_000.0).round() as u64;
        if *self < 0.0 && scaled > 0 {
            out.push('-');
        }
        crate::text::push_int(scaled / 10_000, out);
        let frac = scaled % 10_000;
        if frac > 0 {
            out.push('.');
            // Digits until the rest is zero: no trailing zeros.
            let (mut f, mut unit) = (frac, 1000);
            while f > 0 {
                out.push(char::from(b'0' + (f / unit) as u8));
                f %= unit;
                unit /= 10;
            }
        }
    }
}

impl<T: ToJson> ToJson for Option<T> {
    fn to_json(&self, out: &mut String) {
        match self {
            Some(v) => v.to_json(out),
            None => out.push_str("null"),
        }
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn to_json(&self, out: &mut String) {
        // (Items written through `Items`: one comma test for the eight element types' copies,
        // ~15 B of gzipped wasm less than a loop of its own in each.)
        let mut items = Items { out, first: true };
        items.out.push('[');
        for v in self {
            items.item(v);
        }
        items.out.push(']');
    }
}

/// The items of one JSON array, written in order, commas between.
struct Items<'a> {
    out: &'a mut String,
    first: bool,
}

impl Items<'_> {
    fn item(&mut self, value: &dyn ToJson) {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
        value.to_json(self.out);
    }
}

impl ToJson for Value {
    fn to_json(&self, out: &mut String) {
        match self {
            Value::Null => out.push_str("null"),
            Value::Bool(b) => b.to_json(out),
            Value::Int(n) => {
                if *n < 0 {
                    out.push('-');
                }
                crate::text::push_int(n.unsigned_abs(), out);
            }
            Value::String(s) => s.to_json(out),
            Value::Array(items) => items.to_json(out),
            Value::Object(members) => {
                let mut o = object(out);
                for (k, v) in members {
                    o.field(k, v);
                }
                o.end();
            }
        }
    }
}

/// The fields of one JSON object, written in order; `end` closes it.
pub struct Fields<'a> {
    out: &'a mut String,
    first: bool,
}

impl Fields<'_> {
    pub fn field(&mut self, name: &str, value: &dyn ToJson) -> &mut Self {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
        name.to_json(self.out);
        self.out.push(':');
        value.to_json(self.out);
        self
    }

    pub fn end(&mut self) {
        self.out.push('}');
    }
}

/// Opens `{…}`, whose fields follow. (A builder, not a closure filling it: a closure and
/// its vtable shim per type were ~80 B of wasm each.)
pub fn object(out: &mut String) -> Fields<'_> {
    out.push('{');
    Fields { out, first: true }
}

#[cfg(test)]
mod tests {
    use super::{parse, to_string};
    use serde_json::json;

    /// What `parse` reads, as serde_json's value (through the writer, which keeps it whole).
    fn read(text: &str) -> Option<serde_json::Value> {
        parse(text).map(|v| serde_json::from_str(&to_string(&v)).unwrap())
    }

    #[test]
    fn reads_what_serde_json_reads() {
        for text in [
            r#"{"@context":"https://schema.org","@type":"NewsArticle","headline":"A \"quoted\" head\u00e9line","author":[{"@type":"Person","name":"Jane"}],"wordCount":812,"ok":true,"no":false,"x":null}"#,
            r#"  [1, -2, {"a": {}}, [], "\ud83d\ude00 \/ \\ \n"]  "#,
            "{}",
            "\"\"",
        ] {
            assert_eq!(read(text), serde_json::from_str(text).ok(), "{text}");
        }
    }

    #[test]
    fn is_lenient_where_pages_need_it() {
        assert_eq!(read("{\"a\":\"line\nbreak\"}"), Some(json!({"a": "line\nbreak"})));
        assert_eq!(read(r#"{"a":"\ud800x"}"#), Some(json!({"a": "\u{FFFD}x"})));
        assert_eq!(read(r#"{"a":"\ud800\u0041"}"#), Some(json!({"a": "\u{FFFD}A"})));
        assert_eq!(read(r#"{"price": 1.50}"#), Some(json!({"price": "1.50"})));
        // A repeated key: its last value, as serde_json and browsers read it.
        assert_eq!(parse(r#"{"a":1,"b":2,"a":3}"#).unwrap().get("a"), Some(&super::Value::Int(3)));
    }

    #[test]
    fn reads_integers_as_std_parses_them() {
        for text in ["0", "-0", "+7", "42", "-", "+", "", "-+1", "+-1", "1.5", "1e3", "--1", "007", "9223372036854775807", "9223372036854775808",
            "-9223372036854775808", "-9223372036854775809", "18446744073709551615", "18446744073709551616", "000000000000000000000000012"]
        {
            assert_eq!(super::parse_i64(text), text.parse::<i64>().ok(), "{text}");
        }
    }

    #[test]
    fn refuses_what_is_not_json() {
        for text in ["", "{", "{\"a\"}", "{\"a\":1,}", "[1 2]", "{} x", "tru", "\"\\x\"", "\"\\u12\"", "{a:1}", "\"open"] {
            assert_eq!(parse(text), None, "{text}");
        }
        let deep = "[".repeat(200) + &"]".repeat(200);
        assert_eq!(parse(&deep), None);
    }

    #[test]
    fn writes_strings_numbers_and_objects() {
        use super::object;
        assert_eq!(to_string(&"a \"b\" \\ \n\u{1} “c”"), r#""a \"b\" \\ \n\u0001 “c”""#);
        for (x, json) in [(0.5f32, "0.5"), (1.0, "1"), (0.0, "0"), (0.25, "0.25"), (0.9999, "0.9999"), (0.99999, "1"), (f32::NAN, "null")] {
            assert_eq!(to_string(&x), json);
        }
        assert_eq!(to_string(&vec![Some(3usize), None]), "[3,null]");
        let mut out = String::new();
        object(&mut out).field("ok", &true).field("n", &42u32).end();
        assert_eq!(out, r#"{"ok":true,"n":42}"#);
    }
}
