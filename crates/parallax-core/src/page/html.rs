//! HTML text to a [`PageNode`] tree, natively, with the `scraper` crate
//! (html5ever, the HTML standard's parsing algorithm). Behind the `html`
//! feature: the command-line program and the tests use it; the widget does
//! not (the browser's `DOMParser` builds its tree, and the parser's tables
//! would weigh on the wasm bundle).

use scraper::{Html, Node};

use super::{MAX_DEPTH, PageNode};

/// Parses `html` as a whole document, as a browser would (never failing:
/// broken markup is repaired by the standard's rules). A leading BOM is
/// ignored. Comments, doctypes and processing instructions are left out.
pub fn parse_html(html: &str) -> PageNode {
    let document = Html::parse_document(crate::normalize::strip_bom(html));
    convert(document.tree.root(), 0).unwrap_or(PageNode::Text(String::new()))
}

fn convert(node: ego_tree::NodeRef<'_, Node>, depth: usize) -> Option<PageNode> {
    let children = |node: ego_tree::NodeRef<'_, Node>| {
        node.children()
            .filter_map(|child| convert(child, depth + 1))
            .collect()
    };
    match node.value() {
        Node::Text(text) => Some(PageNode::Text(text.to_string())),
        // Deeper than any real page: its text, flat.
        Node::Element(_) if depth >= MAX_DEPTH => Some(PageNode::Text(
            node.descendants()
                .filter_map(|d| d.value().as_text().map(|t| t.to_string()))
                .collect(),
        )),
        Node::Element(element) => Some(PageNode::Element {
            tag: element.name().to_ascii_lowercase(),
            attributes: element
                .attrs()
                .map(|(name, value)| (name.to_ascii_lowercase(), value.to_string()))
                .collect(),
            children: children(node),
        }),
        Node::Document | Node::Fragment => Some(PageNode::Element {
            tag: "#document".into(),
            attributes: Vec::new(),
            children: children(node),
        }),
        _ => None,
    }
}
