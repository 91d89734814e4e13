//! The WebAssembly face of the core: two entry points, one per adapter.
//! Both return `{ ok: true, analysis }` or `{ ok: false, error, message }`;
//! nothing here throws into the page.

use crate::adapters::{dom, snapshot};
use crate::pipeline::{analyze, Failure, Options};
use serde::Serialize;
use wasm_bindgen::prelude::*;

fn to_js<T: Serialize>(value: &T) -> JsValue {
    let ser = serde_wasm_bindgen::Serializer::json_compatible();
    value.serialize(&ser).unwrap_or(JsValue::NULL)
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

/// Analyses a serialized DOM walk (see `adapters::snapshot`). Ranges name text
/// nodes by their order among the snapshot's text events.
#[wasm_bindgen(js_name = analyzeSnapshot)]
pub fn analyze_snapshot(snapshot: JsValue, accessed: Option<String>) -> JsValue {
    let snap: snapshot::Snapshot = match serde_wasm_bindgen::from_value(snapshot) {
        Ok(s) => s,
        Err(e) => return outcome::<()>(Err(Failure::BadInput(e.to_string()))),
    };
    let doc = snapshot::build(&snap);
    outcome(analyze(&doc, &Options { url: snap.url.clone(), accessed }))
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
