//! User Timing measures around the widget's costly steps, so a benchmark (or
//! a host page) can read them with `performance.getEntriesByType("measure")`:
//! `parallax:match-index` (building the matching index) and
//! `parallax:match-query` (matching one sentence).

/// Runs `work` between two marks and records a measure named `name`.
pub fn measure<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let performance = web_sys::window().and_then(|window| window.performance());
    let Some(performance) = performance else {
        return work();
    };
    let (start, end) = (format!("{name}:start"), format!("{name}:end"));
    let _ = performance.mark(&start);
    let result = work();
    let _ = performance.mark(&end);
    let _ = performance.measure_with_start_mark_and_end_mark(name, &start, &end);
    result
}
