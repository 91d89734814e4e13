//! The WebAssembly face of the core: one entry point per adapter, and the
//! snapshot's analysis in steps (`Analyzer`). They return `{ ok: true, analysis }`
//! or `{ ok: false, error, message }`; nothing here throws into the page.

use crate::adapters::{dom, snapshot};
use crate::document::Document;
use crate::pipeline::{analyze, Failure, Options, Run};
use crate::analysis::Analysis;
use crate::json::{self, ToJson};
use wasm_bindgen::prelude::*;

// Values cross the boundary as JSON text: one string and the engine's own
// JSON.parse / JSON.stringify cost a fraction of building or reading the
// objects field by field through wasm-bindgen (thousands of calls per page).
fn to_js(value: &dyn ToJson) -> JsValue {
    js_sys::JSON::parse(&json::to_string(value)).unwrap_or(JsValue::NULL)
}

/// `{ ok: true, analysis }` or `{ ok: false, error, message }`, then `done: true` for a step's.
struct Outcome {
    result: Result<Analysis, Failure>,
    /// Written into the JSON, not set on the parsed object afterwards (the same key, last): the
    /// `Reflect::set` with its key's string was a little more wasm.
    done: bool,
}

impl ToJson for Outcome {
    fn to_json(&self, out: &mut String) {
        let mut o = json::object(out);
        match &self.result {
            Ok(a) => o.field("ok", &true).field("analysis", a),
            Err(f) => o.field("ok", &false).field("error", &f.code()).field("message", &f.message()),
        };
        if self.done {
            o.field("done", &true);
        }
        o.end();
    }
}

fn outcome(result: Result<Analysis, Failure>, done: bool) -> JsValue {
    to_js(&Outcome { result, done })
}

/// Analyses a DOM walk recorded as a snapshot (see `adapters::snapshot`) at once.
/// Ranges name text nodes by their order among the snapshot's text events.
#[wasm_bindgen(js_name = analyzeSnapshot)]
pub fn analyze_snapshot(snapshot: &str, url: Option<String>, accessed: Option<String>) -> JsValue {
    let mut analyzer = Analyzer::new(snapshot, url, accessed);
    loop {
        if let Some(outcome) = analyzer.next() {
            return outcome;
        }
    }
}

/// The analysis of a snapshot in steps, so the caller can show progress and
/// yield between them: `step()` answers `{ done: false, stage, progress }`
/// until the last step, then the outcome with `done: true`.
#[wasm_bindgen]
pub struct Analyzer {
    doc: Document,
    run: Run,
}

struct Progress {
    done: bool,
    stage: &'static str,
    progress: f32,
}

impl ToJson for Progress {
    fn to_json(&self, out: &mut String) {
        json::object(out).field("done", &self.done).field("stage", &self.stage).field("progress", &self.progress).end();
    }
}

#[wasm_bindgen]
impl Analyzer {
    #[wasm_bindgen(constructor)]
    // Out of line: inlined in the constructor's export and in analyzeSnapshot it was ~80 B of gzipped wasm.
    #[inline(never)]
    pub fn new(snapshot: &str, url: Option<String>, accessed: Option<String>) -> Analyzer {
        Analyzer { doc: snapshot::build(snapshot), run: Run::new(Options { url, accessed }) }
    }

    pub fn step(&mut self) -> JsValue {
        self.next().unwrap_or_else(|| {
            let (stage, progress) = self.run.progress();
            to_js(&Progress { done: false, stage, progress })
        })
    }

    /// Runs one step; the outcome (with `done: true`) after the last.
    fn next(&mut self) -> Option<JsValue> {
        Some(outcome(self.run.step(&self.doc).transpose()?, true))
    }
}

/// Analyses the live DOM under `root`. Returns the outcome with `textNodes`:
/// the page's text nodes in the order ranges name them.
#[wasm_bindgen(js_name = analyzeDom)]
pub fn analyze_dom(root: &web_sys::Node, url: Option<String>, accessed: Option<String>) -> JsValue {
    let (doc, texts) = dom::build(root);
    let result = outcome(analyze(&doc, &Options { url, accessed }), false);
    let nodes = js_sys::Array::new();
    for t in texts {
        nodes.push(&t);
    }
    let _ = js_sys::Reflect::set(&result, &JsValue::from_str("textNodes"), &nodes);
    result
}
