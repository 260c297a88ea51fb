//! A link to a route: a real `<a href="#/…">` (so it can be opened in a new
//! tab, copied, and named by its text) that navigates through the router on
//! a plain click, carries the shown outlets in its query, and can be marked
//! `aria-current` (which yew-router's `Link` cannot).

use yew::prelude::*;
use yew_router::prelude::*;

use crate::route::{Route, ViewQuery};
use crate::state::use_reader;

#[derive(Properties, PartialEq)]
pub struct RouteLinkProps {
    pub to: Route,
    /// The rest of the view's query (filters, search); the shown outlets are
    /// added.
    #[prop_or_default]
    pub query: ViewQuery,
    #[prop_or_default]
    pub class: Classes,
    /// Marks the link as the current page (`aria-current="page"`).
    #[prop_or_default]
    pub current: bool,
    /// Called before navigating.
    #[prop_or_default]
    pub onactivate: Callback<()>,
    #[prop_or_default]
    pub children: Html,
}

/// The query of a link from the current state: `query` plus the outlets.
#[hook]
pub fn use_link_query(query: ViewQuery) -> ViewQuery {
    let reader = use_reader();
    let state = reader.state();
    ViewQuery {
        outlets: state.selection.shown_for_link(&state.corpus),
        ..query
    }
}

/// Goes to `route`, with `query` only when it says something (an empty
/// query would leave a bare `?` on the address).
pub fn navigate(navigator: &Navigator, route: &Route, query: &ViewQuery) {
    if *query == ViewQuery::default() {
        navigator.push(route);
    } else {
        let _ = navigator.push_with_query(route, query);
    }
}

/// The `href` of a route under hash routing.
pub fn href(route: &Route, query: &ViewQuery) -> String {
    format!("#{}{}", route.to_path(), query.to_suffix())
}

#[component]
pub fn RouteLink(props: &RouteLinkProps) -> Html {
    let navigator = use_navigator();
    let query = use_link_query(props.query.clone());
    let onclick = {
        let to = props.to.clone();
        let query = query.clone();
        let onactivate = props.onactivate.clone();
        Callback::from(move |event: MouseEvent| {
            // Let the browser handle new-tab and new-window clicks.
            if event.ctrl_key() || event.meta_key() || event.shift_key() || event.button() != 0 {
                return;
            }
            event.prevent_default();
            onactivate.emit(());
            if let Some(navigator) = &navigator {
                navigate(navigator, &to, &query);
            }
        })
    };
    html! {
        <a
            href={href(&props.to, &query)}
            class={props.class.clone()}
            aria-current={props.current.then_some("page")}
            {onclick}
        >
            { props.children.clone() }
        </a>
    }
}
