//! An article's body, each block shown as what it is: the summary box as an
//! aside with its labels, subheads as headings, captions and credits marked
//! as such, the author's biography in its own box.

use std::rc::Rc;

use parallax_core::Block;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ArticleBodyProps {
    pub blocks: Rc<Vec<Block>>,
    /// A quote to mark where it stands (the first block that holds it).
    #[prop_or_default]
    pub highlight: Option<AttrValue>,
}

#[component]
pub fn ArticleBody(props: &ArticleBodyProps) -> Html {
    let mut html = Vec::new();
    let blocks = props.blocks.as_slice();
    let highlighted = props.highlight.as_ref().and_then(|quote| {
        blocks
            .iter()
            .position(|block| block.text().contains(quote.as_str()))
    });
    let mut at = 0;
    while at < blocks.len() {
        // Consecutive labelled summary items form one box.
        let run = blocks[at..]
            .iter()
            .take_while(|block| matches!(block, Block::Summary { label: Some(_), .. }))
            .count();
        if run > 0 {
            html.push(summary_box(&blocks[at..at + run], at));
            at += run;
            continue;
        }
        let quote = props
            .highlight
            .as_deref()
            .filter(|_| highlighted == Some(at));
        html.push(block(&blocks[at], at, quote));
        at += 1;
    }
    html! { <div class="px-article-body">{ for html }</div> }
}

/// `text` with `quote` marked as the quoted passage, focusable so focus can
/// land on it.
fn with_passage(text: &str, quote: Option<&str>) -> Html {
    match quote.and_then(|quote| text.find(quote).map(|start| (start, quote.len()))) {
        Some((start, len)) => html! {
            <>
                { &text[..start] }
                <mark class="px-passage" tabindex="-1">{ &text[start..start + len] }</mark>
                { &text[start + len..] }
            </>
        },
        None => html! { { text } },
    }
}

fn block(block: &Block, key: usize, quote: Option<&str>) -> Html {
    match block {
        Block::Paragraph(text) => html! {
            <p key={key} data-block={key.to_string()} tabindex="-1">{ with_passage(text, quote) }</p>
        },
        Block::Subhead(text) => {
            html! { <h3 key={key} class="px-subhead">{ with_passage(text, quote) }</h3> }
        }
        Block::Summary { text, .. } => {
            html! { <p key={key} class="px-standfirst">{ with_passage(text, quote) }</p> }
        }
        Block::Caption(text) => html! {
            <p key={key} class="px-caption" data-block={key.to_string()} tabindex="-1">
                <span class="px-caption-label">{ "Photo caption" }</span>
                { " " }{ with_passage(text, quote) }
            </p>
        },
        Block::Credit(text) => {
            html! { <p key={key} class="px-credit">{ with_passage(text, quote) }</p> }
        }
        Block::AuthorBio { label, text } => html! {
            <aside key={key} class="px-bio" aria-label="About the author" data-block={key.to_string()} tabindex="-1">
                <h3 class="px-box-title">{ label.as_deref().unwrap_or("About the author") }</h3>
                <p>{ with_passage(text, quote) }</p>
            </aside>
        },
    }
}

/// A summary box: one heading per label, its items as a list.
fn summary_box(items: &[Block], key: usize) -> Html {
    let mut sections: Vec<(&str, Vec<&str>)> = Vec::new();
    for item in items {
        if let Block::Summary {
            label: Some(label),
            text,
        } = item
        {
            match sections.last_mut() {
                Some((last, texts)) if last == label => texts.push(text),
                _ => sections.push((label, vec![text])),
            }
        }
    }
    html! {
        <aside key={key} class="px-summary" aria-label="Summary" data-block={key.to_string()} tabindex="-1">
            for (label, texts) in sections {
                <h3 class="px-box-title">{ label }</h3>
                <ul>
                    for text in texts {
                        <li>{ text }</li>
                    }
                </ul>
            }
        </aside>
    }
}
