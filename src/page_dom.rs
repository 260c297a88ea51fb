//! Saved web pages in the browser: HTML text parsed by the browser's own
//! `DOMParser` into an inert document (no browsing context: nothing in it
//! runs, and no script, style sheet, image or font is fetched), then read
//! into `parallax-core`'s [`PageNode`] tree, so the same reader-mode rules
//! as `parallax-cli import` apply. Nothing of the parsed document is ever
//! put into the page.

use parallax_core::page::{MAX_DEPTH, PageNode};
use wasm_bindgen::JsCast;
use web_sys::{DomParser, Node, SupportedType};

/// Parses `html` as a whole document; `None` only when the browser has no
/// `DOMParser` (then the caller says the page cannot be read here).
pub fn parse_html(html: &str) -> Option<PageNode> {
    let parser = DomParser::new().ok()?;
    let document = parser
        .parse_from_string(
            parallax_core::normalize::strip_bom(html),
            SupportedType::TextHtml,
        )
        .ok()?;
    Some(convert(&document, 0))
}

fn convert(node: &Node, depth: usize) -> PageNode {
    match node.node_type() {
        Node::TEXT_NODE | Node::CDATA_SECTION_NODE => {
            PageNode::Text(node.text_content().unwrap_or_default())
        }
        Node::ELEMENT_NODE if depth < MAX_DEPTH => {
            let element: &web_sys::Element = node.unchecked_ref();
            let attributes = element
                .get_attribute_names()
                .iter()
                .filter_map(|name| name.as_string())
                .map(|name| {
                    let value = element.get_attribute(&name).unwrap_or_default();
                    (name.to_ascii_lowercase(), value)
                })
                .collect();
            PageNode::Element {
                tag: element.local_name().to_ascii_lowercase(),
                attributes,
                children: children(node, depth),
            }
        }
        // Deeper than any real page: its text, flat.
        Node::ELEMENT_NODE => PageNode::Text(node.text_content().unwrap_or_default()),
        Node::DOCUMENT_NODE | Node::DOCUMENT_FRAGMENT_NODE => PageNode::Element {
            tag: "#document".into(),
            attributes: Vec::new(),
            children: children(node, depth),
        },
        _ => PageNode::Text(String::new()),
    }
}

fn children(node: &Node, depth: usize) -> Vec<PageNode> {
    let list = node.child_nodes();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|child| convert(&child, depth + 1))
        .collect()
}
