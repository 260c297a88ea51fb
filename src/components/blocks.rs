//! An article's body, each block shown as what it is: the summary box as an
//! aside with its labels, subheads as headings, captions and credits marked
//! as such, the author's biography in its own box.

use std::rc::Rc;

use parallax_core::Block;
use parallax_core::matching::text::sentences;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// How sentences can be picked to compare: by pointer always, by keyboard in
/// sentence mode (each sentence a button; arrows move, Enter picks).
#[derive(Clone, PartialEq, Default)]
pub struct SentencePicking {
    pub keyboard: bool,
    /// `(block, sentence)` picked.
    pub selected: Option<(usize, usize)>,
    pub onpick: Callback<(usize, usize)>,
    /// Shown right after the block of the picked sentence.
    pub panel: Option<Html>,
}

#[derive(Properties, PartialEq)]
pub struct ArticleBodyProps {
    pub blocks: Rc<Vec<Block>>,
    /// A quote to mark where it stands (the first block that holds it).
    #[prop_or_default]
    pub highlight: Option<AttrValue>,
    #[prop_or_default]
    pub picking: SentencePicking,
}

#[component]
pub fn ArticleBody(props: &ArticleBodyProps) -> Html {
    let mut html = Vec::new();
    let blocks = props.blocks.as_slice();
    // The picked sentence holds the tab stop, else the first paragraph's first.
    let roving = props.picking.selected.unwrap_or_else(|| {
        let first = blocks
            .iter()
            .position(|block| matches!(block, Block::Paragraph(_)))
            .unwrap_or(0);
        (first, 0)
    });
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
        html.push(block(&blocks[at], at, quote, &props.picking, roving));
        if let (Some((picked, _)), Some(panel)) = (props.picking.selected, &props.picking.panel) {
            if picked == at {
                html.push(panel.clone());
            }
        }
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

/// A paragraph's sentences as spans that can be picked; the first one of the
/// article is the keyboard's way in (roving focus).
fn with_sentences(
    text: &str,
    block: usize,
    picking: &SentencePicking,
    roving: (usize, usize),
) -> Html {
    html! {
        for (i, range) in sentences(text).into_iter().enumerate() {
            {{
                let sentence = &text[range];
                let picked = picking.selected == Some((block, i));
                let pick = {
                    let onpick = picking.onpick.clone();
                    move || onpick.emit((block, i))
                };
                let onclick = {
                    let pick = pick.clone();
                    Callback::from(move |_: MouseEvent| pick())
                };
                let class = classes!("px-sentence", picked.then_some("px-sentence-picked"));
                if picking.keyboard {
                    let onkeydown = Callback::from(move |event: KeyboardEvent| match event.key().as_str() {
                        "Enter" | " " => {
                            event.prevent_default();
                            pick();
                        }
                        "ArrowDown" | "ArrowRight" => {
                            event.prevent_default();
                            move_focus(&event, 1);
                        }
                        "ArrowUp" | "ArrowLeft" => {
                            event.prevent_default();
                            move_focus(&event, -1);
                        }
                        _ => {}
                    });
                    html! {
                        <>
                            <span
                                role="button"
                                class={classes!(class, "px-sentence-pickable")}
                                tabindex={if (block, i) == roving { "0" } else { "-1" }}
                                aria-pressed={if picked { "true" } else { "false" }}
                                {onclick}
                                {onkeydown}
                            >
                                { sentence }
                            </span>
                            { " " }
                        </>
                    }
                } else {
                    html! { <><span {class} {onclick}>{ sentence }</span>{ " " }</> }
                }
            }}
        }
    }
}

/// Moves focus to the next (`step` 1) or previous (-1) pickable sentence of
/// the article.
fn move_focus(event: &KeyboardEvent, step: isize) {
    let Some(current) = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let Some(article) = current.closest(".px-article-body").ok().flatten() else {
        return;
    };
    let Ok(list) = article.query_selector_all(".px-sentence-pickable") else {
        return;
    };
    let all: Vec<web_sys::HtmlElement> = (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into::<web_sys::HtmlElement>().ok())
        .collect();
    let Some(at) = all.iter().position(|element| *element == current) else {
        return;
    };
    let next = at as isize + step;
    if let Some(target) = usize::try_from(next).ok().and_then(|next| all.get(next)) {
        let _ = current.set_attribute("tabindex", "-1");
        let _ = target.set_attribute("tabindex", "0");
        let _ = target.focus();
    }
}

/// `roving` is the sentence that holds the keyboard's one tab stop.
fn block(
    block: &Block,
    key: usize,
    quote: Option<&str>,
    picking: &SentencePicking,
    roving: (usize, usize),
) -> Html {
    match block {
        Block::Paragraph(text) if quote.is_none() => html! {
            <p key={key} data-block={key.to_string()} tabindex="-1" dir="auto">{ with_sentences(text, key, picking, roving) }</p>
        },
        Block::Paragraph(text) => html! {
            <p key={key} data-block={key.to_string()} tabindex="-1" dir="auto">{ with_passage(text, quote) }</p>
        },
        Block::Subhead(text) => {
            html! { <h3 key={key} class="px-subhead" dir="auto">{ with_passage(text, quote) }</h3> }
        }
        Block::Summary { text, .. } => {
            html! { <p key={key} class="px-standfirst" dir="auto">{ with_passage(text, quote) }</p> }
        }
        Block::Caption(text) => html! {
            <p key={key} class="px-caption" data-block={key.to_string()} tabindex="-1" dir="auto">
                <span class="px-caption-label">{ "Photo caption" }</span>
                { " " }{ with_passage(text, quote) }
            </p>
        },
        Block::Credit(text) => {
            html! { <p key={key} class="px-credit" dir="auto">{ with_passage(text, quote) }</p> }
        }
        Block::AuthorBio { label, text } => html! {
            <aside key={key} class="px-bio" aria-label="About the author" data-block={key.to_string()} tabindex="-1">
                <h3 class="px-box-title">{ label.as_deref().unwrap_or("About the author") }</h3>
                <p dir="auto">{ with_passage(text, quote) }</p>
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
                        <li dir="auto">{ text }</li>
                    }
                </ul>
            }
        </aside>
    }
}
