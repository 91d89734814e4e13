//! Native adapter: parses an HTML string with html5ever, the same HTML5 tree
//! construction a browser runs, so saved pages and live pages give one model.

use crate::document::{Builder, Document};
use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::{Handle, NodeData, RcDom};

pub fn parse(html: &str) -> Document {
    let dom = html5ever::parse_document(RcDom::default(), Default::default()).one(html);
    let mut builder = Builder::new();
    // An explicit stack: pages nest deeply enough to overflow recursion.
    enum Step {
        Enter(Handle),
        Leave,
    }
    let mut stack: Vec<Step> = dom.document.children.borrow().iter().rev().cloned().map(Step::Enter).collect();
    while let Some(step) = stack.pop() {
        let node = match step {
            Step::Leave => {
                builder.close();
                continue;
            }
            Step::Enter(node) => node,
        };
        match &node.data {
            NodeData::Element { name, attrs, .. } => {
                builder.open(&name.local);
                for a in attrs.borrow().iter() {
                    builder.attr(&a.name.local, &a.value);
                }
                stack.push(Step::Leave);
                for child in node.children.borrow().iter().rev() {
                    stack.push(Step::Enter(child.clone()));
                }
            }
            NodeData::Text { contents } => builder.text(&contents.borrow()),
            _ => {}
        }
    }
    drop(stack);
    // RcDom drops recursively; unlink children first so deep trees cannot overflow.
    unlink(dom.document);
    builder.finish()
}

fn unlink(root: Handle) {
    let mut stack = vec![root];
    while let Some(n) = stack.pop() {
        stack.extend(n.children.borrow_mut().drain(..));
    }
}
