//! A link to a route: a real `<a href="#/…">` (so it can be opened in a new
//! tab, copied, and named by its text) that navigates through the router on
//! a plain click, carries the shown outlets in its query, and can be marked
//! `aria-current` (which yew-router's `Link` cannot).
//!
//! The outlets are added when the link is about to be followed (pointer
//! over it, focus, a click, its context menu), read from the current state:
//! the rendered `href` does not change when an outlet is toggled, so the
//! comparison's links are not rendered again at each toggle (issue 17).

use yew::prelude::*;
use yew_router::prelude::*;

use crate::route::{Route, ViewQuery};
use crate::state::{ReaderHandle, use_claims_reader, use_reader};

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

/// `query` with the outlets shown now.
fn with_outlets(reader: &ReaderHandle, query: &ViewQuery) -> ViewQuery {
    let state = reader.state();
    ViewQuery {
        outlets: state.selection.shown_for_link(&state.corpus),
        ..query.clone()
    }
}

#[component]
pub fn RouteLink(props: &RouteLinkProps) -> Html {
    let navigator = use_navigator();
    // Not `use_reader`: that would render every link again at each toggle.
    let latest = use_claims_reader();
    let anchor = use_node_ref();
    // Before the link is followed or copied, its `href` gets the outlets.
    // (Yew listens at the widget's root: the event's current target is
    // not this link, hence the node ref.)
    let refresh = {
        let latest = latest.clone();
        let anchor = anchor.clone();
        let (to, query) = (props.to.clone(), props.query.clone());
        Callback::from(move |_: Event| {
            if let Some(link) = anchor.cast::<web_sys::Element>() {
                let _ = link.set_attribute("href", &href(&to, &with_outlets(&latest, &query)));
            }
        })
    };
    let onclick = {
        let to = props.to.clone();
        let query = props.query.clone();
        let onactivate = props.onactivate.clone();
        let refresh = refresh.clone();
        Callback::from(move |event: MouseEvent| {
            // Let the browser handle new-tab and new-window clicks.
            if event.ctrl_key() || event.meta_key() || event.shift_key() || event.button() != 0 {
                refresh.emit(event.into());
                return;
            }
            event.prevent_default();
            onactivate.emit(());
            if let Some(navigator) = &navigator {
                navigate(navigator, &to, &with_outlets(&latest, &query));
            }
        })
    };
    // Events that bubble (Yew listens at the widget's root): the pointer
    // over the link or pressed on it (a touch's long press too), focus,
    // the context menu, a middle click.
    let onmouseover = refresh.reform(|event: MouseEvent| event.into());
    let onpointerdown = refresh.reform(|event: PointerEvent| event.into());
    let onfocusin = refresh.reform(|event: FocusEvent| event.into());
    let oncontextmenu = refresh.reform(|event: MouseEvent| event.into());
    let onauxclick = refresh.reform(|event: MouseEvent| event.into());
    html! {
        <a
            ref={anchor}
            href={href(&props.to, &props.query)}
            class={props.class.clone()}
            aria-current={props.current.then_some("page")}
            {onclick}
            {onmouseover}
            {onpointerdown}
            {onfocusin}
            {oncontextmenu}
            {onauxclick}
        >
            { props.children.clone() }
        </a>
    }
}
