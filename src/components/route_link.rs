//! A link to a route: a real `<a href="#/…">` (so it can be opened in a new
//! tab, copied, and named by its text) that navigates through the router on
//! a plain click, with the attributes yew-router's `Link` does not take.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct RouteLinkProps {
    pub to: Route,
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

/// The `href` of a route under hash routing.
pub fn href(route: &Route) -> String {
    format!("#{}", route.to_path())
}

#[component]
pub fn RouteLink(props: &RouteLinkProps) -> Html {
    let navigator = use_navigator();
    let onclick = {
        let to = props.to.clone();
        let onactivate = props.onactivate.clone();
        Callback::from(move |event: MouseEvent| {
            // Let the browser handle new-tab and new-window clicks.
            if event.ctrl_key() || event.meta_key() || event.shift_key() || event.button() != 0 {
                return;
            }
            event.prevent_default();
            onactivate.emit(());
            if let Some(navigator) = &navigator {
                navigator.push(&to);
            }
        })
    };
    html! {
        <a
            href={href(&props.to)}
            class={props.class.clone()}
            aria-current={props.current.then_some("page")}
            {onclick}
        >
            { props.children.clone() }
        </a>
    }
}
