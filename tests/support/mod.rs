//! Helpers shared by the browser tests: mount into a fresh element, let Yew
//! render, and find elements the way a reader would (by role and name).

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// A fresh container in `<body>`, removed when dropped so tests stay apart.
/// It is 1,024 px wide whatever the runner's window (800 px, less its
/// scroll bar and the widget's padding, is under the table's 48em): the
/// widget's resize observer then keeps the table, instead of switching to
/// the cards at whichever frame comes first during a test.
pub struct Mount {
    pub root: Element,
}

impl Mount {
    pub fn new() -> Self {
        let document = gloo::utils::document();
        // A test that panicked never ran its `Drop` (wasm aborts): sweep its
        // mount away so one failure does not spill into the next test.
        for leftover in all(
            &document.document_element().expect("a root"),
            "[data-test-mount]",
        ) {
            leftover.remove();
        }
        let root = document.create_element("div").expect("create a div");
        root.set_attribute("data-test-mount", "")
            .expect("mark the mount");
        root.set_attribute("style", "width: 1024px")
            .expect("size the mount");
        gloo::utils::body()
            .append_child(&root)
            .expect("append to body");
        Self { root }
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        self.root.remove();
    }
}

/// Mounts `C` into a fresh container and waits until Yew has rendered it.
/// The page starts each test at the comparison (`#/`) with no saved state.
pub async fn render<C>() -> (Mount, yew::AppHandle<C>)
where
    C: yew::BaseComponent<Properties = ()>,
{
    reset_page();
    mount::<C>().await
}

/// Mounts `C` without resetting the page, as a reload would find it.
pub async fn mount<C>() -> (Mount, yew::AppHandle<C>)
where
    C: yew::BaseComponent<Properties = ()>,
{
    let mount = Mount::new();
    let handle = yew::Renderer::<C>::with_root(mount.root.clone()).render();
    yew::scheduler::flush().await;
    (mount, handle)
}

/// Every element under `root` matching a CSS selector.
pub fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).expect("valid selector");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into::<Element>().ok())
        .collect()
}

/// The element's text with white space collapsed, as a name is computed from
/// content.
pub fn text(element: &Element) -> String {
    element
        .text_content()
        .unwrap_or_default()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The element's explicit accessible name: `aria-label`, else the text of the
/// element `aria-labelledby` names, else its content.
pub fn accessible_name(element: &Element) -> String {
    if let Some(label) = element.get_attribute("aria-label") {
        return label;
    }
    if let Some(id) = element.get_attribute("aria-labelledby") {
        if let Some(labeller) = gloo::utils::document().get_element_by_id(&id) {
            return text(&labeller);
        }
    }
    text(element)
}

/// Elements with the given role: native elements by tag, others by `role`;
/// none inside a `hidden` element (out of the accessibility tree, as a
/// hidden outlet's cells are).
pub fn by_role(root: &Element, role: &str) -> Vec<Element> {
    let selector = match role {
        "button" => "button, [role=button]",
        "link" => "a[href]",
        "columnheader" => "th[scope=col]",
        "rowheader" => "th[scope=row]",
        "row" => "tr",
        "table" => "table",
        "img" => "[role=img]",
        "combobox" => "select",
        "navigation" => "nav, [role=navigation]",
        "article" => "article, [role=article]",
        "heading" => "h1, h2, h3, h4, h5, h6, [role=heading]",
        "alert" => "[role=alert]",
        "region" => "section[aria-label], section[aria-labelledby], [role=region]",
        "complementary" => "aside, [role=complementary]",
        other => panic!("support::by_role does not know the role {other:?} yet"),
    };
    all(root, selector)
        .into_iter()
        .filter(|element| element.closest("[hidden]").ok().flatten().is_none())
        .collect()
}

/// The one element with this role and accessible name; panics with what was
/// there instead when there is not exactly one.
pub fn get_by_role(root: &Element, role: &str, name: &str) -> Element {
    let candidates = by_role(root, role);
    let mut matching = candidates
        .iter()
        .filter(|element| accessible_name(element) == name);
    match (matching.next(), matching.next()) {
        (Some(found), None) => found.clone(),
        _ => {
            let names: Vec<_> = candidates.iter().map(accessible_name).collect();
            panic!("expected one {role} named {name:?}; found {role}s named {names:?}")
        }
    }
}

/// Clicks the element as a pointer user would.
pub fn click(element: &Element) {
    element
        .dyn_ref::<HtmlElement>()
        .expect("an HTML element")
        .click();
}

/// The comparison route and empty storage.
pub fn reset_page() {
    let window = gloo::utils::window();
    window
        .history()
        .expect("history")
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("#/"))
        .expect("reset the route");
    window
        .local_storage()
        .expect("storage")
        .expect("storage")
        .clear()
        .expect("clear storage");
}

/// Clicks and lets Yew (and the router) render what follows.
pub async fn click_and_render(element: &Element) {
    click(element);
    yew::scheduler::flush().await;
}

/// Waits for the next animation frame and then a task: what the widget
/// does after a paint (`src/defer.rs`: saving a choice, the address) has
/// run by then, since its frame callback and its task were queued first.
pub async fn after_next_paint() {
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        gloo::utils::window()
            .request_animation_frame(&resolve)
            .expect("an animation frame");
    });
    wasm_bindgen_futures::JsFuture::from(frame)
        .await
        .expect("the frame");
    gloo_timers::future::TimeoutFuture::new(0).await;
}

/// Chooses an option of a `<select>` by its value and fires `change`.
pub async fn choose(select: &Element, value: &str) {
    let select: &web_sys::HtmlSelectElement = select.dyn_ref().expect("a select");
    select.set_value(value);
    select
        .dispatch_event(&web_sys::Event::new("change").expect("an event"))
        .expect("dispatch change");
    yew::scheduler::flush().await;
}

/// Lets Yew render and yields to the browser's event loop until `condition`
/// holds (the router applies a navigation after the current task), failing
/// with `what` after a bounded number of turns. It waits for a condition,
/// never for a time.
pub async fn wait_for(what: &str, mut condition: impl FnMut() -> bool) {
    for _ in 0..100 {
        yew::scheduler::flush().await;
        if condition() {
            return;
        }
        gloo_timers::future::TimeoutFuture::new(0).await;
    }
    panic!("gave up waiting for {what}");
}
