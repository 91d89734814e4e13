//! The WebAssembly face of the core: one entry point per adapter, and the
//! snapshot's analysis in steps (`Analyzer`). They return `{ ok: true, analysis }`
//! or `{ ok: false, error, message }`; nothing here throws into the page.

use crate::adapters::{dom, snapshot};
use crate::document::Document;
use crate::pipeline::{analyze, Failure, Options, Run};
use serde::Serialize;
use wasm_bindgen::prelude::*;

// Values cross the boundary as JSON text: one string and the engine's own
// JSON.parse / JSON.stringify cost a fraction of building or reading the
// objects field by field through wasm-bindgen (thousands of calls per page).
fn to_js<T: Serialize>(value: &T) -> JsValue {
    serde_json::to_string(value).ok().and_then(|json| js_sys::JSON::parse(&json).ok()).unwrap_or(JsValue::NULL)
}

#[derive(Serialize)]
struct Outcome<'a, T: Serialize> {
    ok: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    analysis: Option<T>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<String>,
}

fn outcome<T: Serialize>(result: Result<T, Failure>) -> JsValue {
    match result {
        Ok(a) => to_js(&Outcome { ok: true, analysis: Some(a), error: None, message: None }),
        Err(f) => to_js(&Outcome::<()> { ok: false, analysis: None, error: Some(f.code()), message: Some(f.to_string()) }),
    }
}

fn snapshot_run(snapshot: JsValue, accessed: Option<String>) -> Result<(Document, Run), Failure> {
    // The extension sends JSON text already; other hosts may pass the object.
    let json = snapshot
        .as_string()
        .or_else(|| js_sys::JSON::stringify(&snapshot).ok().and_then(|s| s.as_string()))
        .ok_or_else(|| Failure::BadInput("the snapshot is not JSON".into()))?;
    let snap: snapshot::Snapshot = serde_json::from_str(&json).map_err(|e| Failure::BadInput(e.to_string()))?;
    Ok((snapshot::build(&snap), Run::new(Options { url: snap.url, accessed })))
}

/// Analyses a serialized DOM walk (see `adapters::snapshot`; the object or its JSON text) at once. Ranges
/// name text nodes by their order among the snapshot's text events.
#[wasm_bindgen(js_name = analyzeSnapshot)]
pub fn analyze_snapshot(snapshot: JsValue, accessed: Option<String>) -> JsValue {
    let mut analyzer = Analyzer::new(snapshot, accessed);
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
    run: Result<(Document, Run), Option<Failure>>,
}

#[derive(Serialize)]
struct Progress {
    done: bool,
    stage: &'static str,
    progress: f32,
}

#[wasm_bindgen]
impl Analyzer {
    #[wasm_bindgen(constructor)]
    pub fn new(snapshot: JsValue, accessed: Option<String>) -> Analyzer {
        Analyzer { run: snapshot_run(snapshot, accessed).map_err(Some) }
    }

    pub fn step(&mut self) -> JsValue {
        self.next().unwrap_or_else(|| {
            let (stage, progress) = self.run.as_ref().map_or(("done", 1.0), |(_, run)| run.progress());
            to_js(&Progress { done: false, stage, progress })
        })
    }

    /// Runs one step; the outcome (with `done: true`) after the last.
    fn next(&mut self) -> Option<JsValue> {
        let result = match &mut self.run {
            Ok((doc, run)) => run.step(doc).transpose()?,
            Err(failure) => Err(failure.take().unwrap_or_else(|| Failure::BadInput("the analysis has already finished".into()))),
        };
        let outcome = outcome(result);
        let _ = js_sys::Reflect::set(&outcome, &JsValue::from_str("done"), &JsValue::TRUE);
        Some(outcome)
    }
}

/// Analyses the live DOM under `root`. Returns the outcome with `textNodes`:
/// the page's text nodes in the order ranges name them.
#[wasm_bindgen(js_name = analyzeDom)]
pub fn analyze_dom(root: &web_sys::Node, url: Option<String>, accessed: Option<String>) -> JsValue {
    let (doc, texts) = dom::build(root);
    let result = outcome(analyze(&doc, &Options { url, accessed }));
    let nodes = js_sys::Array::new();
    for t in texts {
        nodes.push(&t);
    }
    let _ = js_sys::Reflect::set(&result, &JsValue::from_str("textNodes"), &nodes);
    result
}
