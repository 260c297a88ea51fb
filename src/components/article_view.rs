//! One article: its headline, metadata with provenance, and body. Focus moves
//! to the headline when another article opens, or to the highlighted passage
//! when the reader came from a quote, so keyboard and screen-reader users
//! land on what they chose.

use std::rc::Rc;

use parallax_core::Article;
use parallax_core::corpus::PublishedDate;
use wasm_bindgen::JsCast;
use web_sys::{ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

use parallax_core::matching::text::sentences;

use super::blocks::{ArticleBody, SentencePicking};
use super::matches::MatchPanel;
use super::provenance::inferred_note;
use crate::state::use_reader;

#[derive(Properties, PartialEq)]
pub struct ArticleViewProps {
    pub article: Article,
    /// A quote of this article to highlight.
    #[prop_or_default]
    pub highlight: Option<AttrValue>,
    /// A block to scroll to and focus (a paragraph link).
    #[prop_or_default]
    pub block: Option<usize>,
}

#[component]
pub fn ArticleView(props: &ArticleViewProps) -> Html {
    let reader = use_reader();
    let heading = use_node_ref();
    let body = use_node_ref();
    {
        let (heading, body) = (heading.clone(), body.clone());
        use_effect_with(
            (
                props.article.id.clone(),
                props.highlight.clone(),
                props.block,
            ),
            move |(_, highlight, block)| {
                // Focus is a courtesy; a failure here changes nothing else.
                let selector = match (highlight, block) {
                    (Some(_), _) => Some("mark.px-passage".to_string()),
                    (None, Some(block)) => Some(format!("[data-block=\"{block}\"]")),
                    (None, None) => None,
                };
                let mark = selector
                    .zip(body.cast::<web_sys::Element>())
                    .and_then(|(selector, body)| body.query_selector(&selector).ok().flatten())
                    .and_then(|mark| mark.dyn_into::<web_sys::HtmlElement>().ok());
                if let Some(mark) = mark {
                    let options = ScrollIntoViewOptions::new();
                    options.set_block(ScrollLogicalPosition::Center);
                    mark.scroll_into_view_with_scroll_into_view_options(&options);
                    let _ = mark.focus();
                } else if let Some(heading) = heading.cast::<web_sys::HtmlElement>() {
                    let _ = heading.focus();
                }
            },
        );
    }

    // Picking a sentence to compare: by pointer always; by keyboard once the
    // reader turns on sentence mode.
    let keyboard = use_state(|| false);
    let picked = use_state(|| None::<(usize, usize)>);
    let panel_heading = use_node_ref();
    {
        let (article, keyboard, picked) =
            (props.article.id.clone(), keyboard.clone(), picked.clone());
        use_effect_with(article, move |_| {
            keyboard.set(false);
            picked.set(None);
        });
    }
    {
        let panel_heading = panel_heading.clone();
        use_effect_with(*picked, move |picked| {
            if picked.is_some() {
                if let Some(heading) = panel_heading.cast::<web_sys::HtmlElement>() {
                    let _ = heading.focus();
                }
            }
        });
    }
    {
        let body = body.clone();
        use_effect_with(*keyboard, move |on| {
            if *on {
                let first = body
                    .cast::<web_sys::Element>()
                    .and_then(|body| {
                        body.query_selector(".px-sentence-pickable[tabindex='0']")
                            .ok()
                            .flatten()
                    })
                    .and_then(|first| first.dyn_into::<web_sys::HtmlElement>().ok());
                if let Some(first) = first {
                    let _ = first.focus();
                }
            }
        });
    }
    let ontogglekeyboard = {
        let keyboard = keyboard.clone();
        Callback::from(move |_| keyboard.set(!*keyboard))
    };
    let picked_text = picked.and_then(|(block, sentence)| {
        let text = props.article.blocks.get(block)?.text();
        let range = sentences(text).into_iter().nth(sentence)?;
        Some(text[range].to_string())
    });
    let picking = SentencePicking {
        keyboard: *keyboard,
        selected: *picked,
        onpick: {
            let picked = picked.clone();
            Callback::from(move |at| picked.set(Some(at)))
        },
        panel: picked_text.map(|sentence| {
            html! {
                <MatchPanel
                    key="match-panel"
                    sentence={AttrValue::from(sentence)}
                    article={Some(props.article.id.clone())}
                    outlet={Some(props.article.outlet.clone())}
                    block={picked.map(|(block, _)| block)}
                    heading={panel_heading.clone()}
                />
            }
        }),
    };

    let article = &props.article;
    let outlet_name = reader
        .state()
        .corpus
        .outlet(&article.outlet)
        .map(|outlet| outlet.name.clone())
        .unwrap_or_default();

    html! {
        <article class="px-article" aria-labelledby="px-article-heading">
            <header class="px-article-header">
                <p class="px-article-outlet">
                    { outlet_name }
                    { inferred_note(&article.outlet_attribution) }
                </p>
                <h2 id="px-article-heading" class="px-article-heading" tabindex="-1" ref={heading} dir="auto">
                    { &article.headline.value }
                </h2>
                <dl class="px-meta">
                    <div>
                        <dt>{ "By" }</dt>
                        <dd>
                            if let Some(byline) = &article.byline {
                                { &byline.value }{ inferred_note(byline) }
                            } else {
                                <span class="px-unknown">{ "not stated" }</span>
                            }
                        </dd>
                    </div>
                    <div>
                        <dt>{ "Published" }</dt>
                        <dd>
                            if let Some(published) = &article.published {
                                <time datetime={iso_attribute(published.value)}>
                                    { published.value.to_string() }
                                </time>
                                { inferred_note(published) }
                            } else {
                                <span class="px-unknown">{ "not known" }</span>
                            }
                        </dd>
                    </div>
                    <div>
                        <dt>{ "Original" }</dt>
                        <dd>
                            if let Some(url) = &article.url {
                                // `WebUrl` only ever holds http(s) URLs.
                                <a
                                    href={url.value.as_str().to_string()}
                                    rel="noopener noreferrer"
                                    target="_blank"
                                >
                                    { "Read at the source" }
                                    <span class="px-visually-hidden">{ " (opens in a new tab)" }</span>
                                </a>
                                { inferred_note(url) }
                            } else {
                                <span class="px-unknown">{ "address not known" }</span>
                            }
                        </dd>
                    </div>
                </dl>
                <p class="px-compare-sentence">
                    <button type="button" aria-pressed={if *keyboard { "true" } else { "false" }} onclick={ontogglekeyboard}>
                        { "Compare a sentence" }
                    </button>
                    <span class="px-hint">
                        { " Click any sentence to see how the other outlets report it; with the keyboard, turn this on, move with the arrow keys and press Enter." }
                    </span>
                </p>
            </header>
            <div ref={body}>
                <ArticleBody
                    blocks={Rc::new(article.blocks.clone())}
                    highlight={props.highlight.clone()}
                    {picking}
                />
            </div>
        </article>
    }
}

/// A machine-readable date for `<time datetime>`: the day, or the first day
/// of a range.
fn iso_attribute(published: PublishedDate) -> String {
    published.earliest().iso()
}
