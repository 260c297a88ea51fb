//! Work a reader does not wait for, done after the frame that shows what
//! they did: saving a choice to storage and rewriting the address after an
//! outlet toggle took about 2 ms of the click's frame (a CPU profile,
//! BENCHMARKS.md), and nothing on screen depends on either.
//!
//! [`after_paint`] runs a job in a task after the next animation frame
//! (so after that frame's paint). The job is never lost: dropping the
//! [`AfterPaint`] handle before then runs it at once, and so does the page
//! being hidden or left (`visibilitychange`, `pagehide`: a hidden page gets
//! no animation frames, and a closed one no tasks). An effect that returns
//! the handle's drop as its cleanup therefore saves on its next run (rapid
//! toggles), when the widget goes, or when the reader leaves, whichever
//! comes first.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::render::{AnimationFrame, request_animation_frame};
use gloo::timers::callback::Timeout;

type Job = Rc<RefCell<Option<Box<dyn FnOnce()>>>>;

/// A job waiting for the next paint; see the module docs. Dropping it runs
/// the job now if it has not run yet.
pub struct AfterPaint {
    job: Job,
    _frame: AnimationFrame,
    after: Rc<RefCell<Option<Timeout>>>,
    _leaving: [EventListener; 2],
}

/// Runs `job` in a task after the next animation frame, or when the
/// returned handle is dropped, whichever comes first; exactly once.
pub fn after_paint(job: impl FnOnce() + 'static) -> AfterPaint {
    let job: Job = Rc::new(RefCell::new(Some(Box::new(job))));
    let after = Rc::new(RefCell::new(None));
    let frame = {
        let job = Rc::clone(&job);
        let after = Rc::clone(&after);
        request_animation_frame(move |_| {
            // A task after the frame's callbacks: the paint comes first.
            let task = Timeout::new(0, move || run(&job));
            *after.borrow_mut() = Some(task);
        })
    };
    let window = gloo::utils::window();
    let leaving = ["visibilitychange", "pagehide"].map(|event| {
        let job = Rc::clone(&job);
        EventListener::new(&window, event, move |_| {
            if event == "pagehide" || gloo::utils::document().hidden() {
                run(&job);
            }
        })
    });
    AfterPaint {
        job,
        _frame: frame,
        after,
        _leaving: leaving,
    }
}

fn run(job: &Job) {
    // Taken before it runs, so a job that drops its own handle cannot run
    // twice.
    let pending = job.borrow_mut().take();
    if let Some(pending) = pending {
        pending();
    }
}

impl Drop for AfterPaint {
    fn drop(&mut self) {
        self.after.borrow_mut().take();
        run(&self.job);
    }
}
