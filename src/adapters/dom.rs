//! Live-DOM adapter (wasm only): walks the page's nodes through web-sys and
//! keeps the text nodes it saw, so results can be turned back into Ranges.

use crate::document::{is_read_attribute, Builder, Document};
use wasm_bindgen::JsCast;
use web_sys::{Element, Node};

/// Builds the model from `root` (a Document or an Element). Returns it with
/// the text nodes in source-index order. Open shadow roots are read as part
/// of their host, as a reader sees them.
pub fn build(root: &Node) -> (Document, Vec<Node>) {
    let mut b = Builder::new();
    let mut texts = Vec::new();
    enum Step {
        Enter(Node),
        Leave,
    }
    let mut stack = vec![Step::Enter(root.clone())];
    while let Some(step) = stack.pop() {
        let node = match step {
            Step::Leave => {
                b.close();
                continue;
            }
            Step::Enter(n) => n,
        };
        match node.node_type() {
            Node::ELEMENT_NODE => {
                let el: &Element = node.unchecked_ref();
                b.open(&el.local_name());
                let attrs = el.attributes();
                for i in 0..attrs.length() {
                    // The name first: most values would only be dropped by the builder.
                    if let Some(a) = attrs.item(i) {
                        let name = a.name();
                        if is_read_attribute(&name) {
                            b.attr(&name, &a.value());
                        }
                    }
                }
                stack.push(Step::Leave);
                push_children(&node, &mut stack, Step::Enter);
                if let Some(shadow) = el.shadow_root() {
                    push_children(shadow.unchecked_ref(), &mut stack, Step::Enter);
                }
            }
            Node::TEXT_NODE => {
                b.text(&node.node_value().unwrap_or_default());
                texts.push(node);
            }
            Node::DOCUMENT_NODE | Node::DOCUMENT_FRAGMENT_NODE => {
                push_children(&node, &mut stack, Step::Enter);
            }
            _ => {}
        }
    }
    (b.finish(), texts)
}

fn push_children<S>(node: &Node, stack: &mut Vec<S>, wrap: fn(Node) -> S) {
    let mut child = node.last_child();
    while let Some(c) = child {
        child = c.previous_sibling();
        stack.push(wrap(c));
    }
}
