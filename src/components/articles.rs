//! The articles view: the list of articles of the shown outlets beside the
//! reader. With a quote, the passage is highlighted, scrolled into view and
//! focused, and the reader can go back to the claim it came from.

use parallax_core::ArticleId;
use yew::prelude::*;

use super::article_list::ArticleList;
use super::article_view::ArticleView;
use super::route_link::RouteLink;
use crate::route::Route;
use crate::state::{use_reader, use_view_focus};

#[derive(Properties, PartialEq)]
pub struct ArticlesViewProps {
    #[prop_or_default]
    pub article: Option<AttrValue>,
    /// `(claim id, stance index)` whose quote to highlight.
    #[prop_or_default]
    pub quote: Option<(AttrValue, usize)>,
    /// A block of the article to land on.
    #[prop_or_default]
    pub block: Option<usize>,
}

#[component]
pub fn ArticlesView(props: &ArticlesViewProps) -> Html {
    let reader = use_reader();
    let state = reader.state();
    let corpus = &state.corpus;
    let article = props
        .article
        .as_deref()
        .and_then(|id| corpus.find(id))
        .cloned();
    // The quote, only when it really belongs to this article.
    let quote = props.quote.as_ref().and_then(|(claim, index)| {
        let claim = corpus.claim(claim)?;
        let stance = claim.stances.get(*index)?;
        let belongs = article.as_ref().is_some_and(|a| a.id == stance.article);
        belongs.then(|| (claim.clone(), stance.quote.clone()))
    });
    let selected: Option<ArticleId> = article.as_ref().map(|a| a.id.clone());
    // Without an article, a route change lands on the list's heading; an
    // article focuses its own heading or passage.
    let list_heading = use_node_ref();
    use_view_focus(if article.is_none() {
        list_heading.clone()
    } else {
        NodeRef::default()
    });

    html! {
        <div class="px-layout">
            <ArticleList {selected} heading={list_heading} />
            <section class="px-reader" aria-label="Reader">
                if let Some((claim, _)) = &quote {
                    <p class="px-quote-context">
                        { "Highlighted: the passage quoted for “" }{ &claim.question }{ "”. " }
                        <RouteLink to={Route::Compare}>{ "Back to the comparison" }</RouteLink>
                    </p>
                }
                if let Some(article) = article {
                    <ArticleView
                        {article}
                        highlight={quote.map(|(_, text)| AttrValue::from(text))}
                        block={props.block}
                    />
                } else if props.article.is_some() {
                    <p class="px-hint" role="status">{ "There is no article at this address." }</p>
                } else {
                    <p class="px-hint">{ "Choose an article to read it." }</p>
                }
            </section>
        </div>
    }
}
