//! One article: its headline, metadata with provenance, and body. Focus moves
//! to the headline when another article opens, so keyboard and screen-reader
//! users land on what they chose.

use std::rc::Rc;

use parallax_core::corpus::PublishedDate;
use parallax_core::{Article, Corpus};
use yew::prelude::*;

use super::blocks::ArticleBody;
use super::provenance::inferred_note;

#[derive(Properties, PartialEq)]
pub struct ArticleViewProps {
    pub corpus: Rc<Corpus>,
    pub article: Article,
}

#[component]
pub fn ArticleView(props: &ArticleViewProps) -> Html {
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with(props.article.id.clone(), move |_| {
            if let Some(heading) = heading.cast::<web_sys::HtmlElement>() {
                // Focus is a courtesy; a failure here changes nothing else.
                let _ = heading.focus();
            }
        });
    }

    let article = &props.article;
    let outlet_name = props
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
                <h2 id="px-article-heading" class="px-article-heading" tabindex="-1" ref={heading}>
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
            </header>
            <ArticleBody blocks={Rc::new(article.blocks.clone())} />
        </article>
    }
}

/// A machine-readable date for `<time datetime>`: the day, or the first day
/// of a range.
fn iso_attribute(published: PublishedDate) -> String {
    published.earliest().iso()
}
