//! One article's text, a paragraph per non-blank line, with its first line as
//! the heading. Focus moves to the heading when another article opens, so
//! keyboard and screen-reader users land on what they chose.

use parallax_core::Article;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ArticleViewProps {
    pub article: Article,
}

#[component]
pub fn ArticleView(props: &ArticleViewProps) -> Html {
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with(props.article.id(), move |_| {
            if let Some(heading) = heading.cast::<web_sys::HtmlElement>() {
                // Focus is a courtesy; a failure here changes nothing else.
                let _ = heading.focus();
            }
        });
    }

    let article = props.article;
    html! {
        <article class="px-article" aria-labelledby="px-article-heading">
            <h2 id="px-article-heading" class="px-article-heading" tabindex="-1" ref={heading}>
                { article.first_line() }
            </h2>
            for paragraph in article.lines().skip(1) {
                <p>{ paragraph }</p>
            }
        </article>
    }
}
