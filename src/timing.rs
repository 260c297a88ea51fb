//! User Timing measures around the widget's costly steps, so a benchmark (or
//! a host page) can read them with `performance.getEntriesByType("measure")`:
//! `parallax:corpus` (parsing and validating the bundled corpus),
//! `parallax:match-index` (building the matching index) and
//! `parallax:match-query` (matching one sentence); and one mark,
//! `parallax:ready`, when the first instance on the page has rendered its
//! first view (the moment a reader can use it).

/// The page's `performance`; none outside a browser (the build-time render).
fn performance() -> Option<web_sys::Performance> {
    if cfg!(target_arch = "wasm32") {
        web_sys::window().and_then(|window| window.performance())
    } else {
        None
    }
}

/// Sets the `parallax:ready` mark, once per page.
pub fn mark_ready() {
    let Some(performance) = performance() else {
        return;
    };
    if performance
        .get_entries_by_name_with_entry_type("parallax:ready", "mark")
        .length()
        == 0
    {
        let _ = performance.mark("parallax:ready");
    }
}

/// Runs `work` between two marks and records a measure named `name`.
pub fn measure<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let Some(performance) = performance() else {
        return work();
    };
    let (start, end) = (format!("{name}:start"), format!("{name}:end"));
    let _ = performance.mark(&start);
    let result = work();
    let _ = performance.mark(&end);
    let _ = performance.measure_with_start_mark_and_end_mark(name, &start, &end);
    result
}
