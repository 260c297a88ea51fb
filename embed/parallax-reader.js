// Parallax for host pages: the <parallax-reader> element, a small JS API
// (mount, update, destroy), and the full page / iframe mode of index.html.
// Everything renders in Rust (parallax_bg.wasm); this file only turns
// attributes and URL parameters into options and manages instances.
// No inline scripts, no eval, no network beyond the widget's own files and a
// corpus `src` the host names.
//
// Each widget runs in a WebAssembly instance of its own (the module is
// compiled once): a panic stops only the instance that panicked, which then
// offers to reset itself; the host page and other instances go on.
// `parallax.js` is wasm-bindgen's module made into a factory at build time
// (`cargo xtask bindings`, a Trunk hook): each `makeBindings()` is a fresh
// set of bindings with its own wasm instance, which the garbage collector
// frees once the widget is gone (an imported module would stay for the
// life of the page). A destroyed widget's instance is kept for the next
// widget (at most one kept), so a host that re-creates widgets reuses it.
//
// The build copies this file beside parallax.js and parallax_bg.wasm. The
// single-file build (xtask/src/single_file.rs) keeps only what follows the
// body marker below, with the factory and the wasm inlined above it.
import { makeBindings } from "./parallax.js";

/**
 * The compiled WebAssembly module, shared by every instance: fetched when
 * the first widget starts (not when this module loads, so the full page's
 * prerendered first view is painted before the download begins).
 */
let compiling = null;
const compiled = () => (compiling ??= (async () => {
  const url = new URL("parallax_bg.wasm", import.meta.url);
  let response;
  try {
    response = await fetch(url);
  } catch (error) {
    // A page policy whose connect-src leaves out the widget's origin
    // blocks this request; the browser only says "Failed to fetch".
    throw new Error(
      `${url.href} could not be loaded (${error?.message ?? error}). If the page has a ` +
        `Content-Security-Policy, its connect-src must allow ${url.origin}.`,
    );
  }
  if (!response.ok) throw new Error(`parallax_bg.wasm: the server answered ${response.status}`);
  // Streaming needs the server to send application/wasm; else compile whole.
  return response.headers.get("content-type")?.startsWith("application/wasm")
    ? WebAssembly.compileStreaming(response)
    : WebAssembly.compile(await response.arrayBuffer());
})());
// PARALLAX-BODY: shared with the single-file build from here on.

/** Instances of destroyed widgets, ready for the next widget. */
const spare = [];
const SPARE_MAX = 1;

/** The bindings of a wasm instance for a new widget: a spare, or fresh. */
async function newBindings() {
  const kept = spare.pop();
  if (kept) return kept;
  const bindings = makeBindings();
  await bindings.default({ module_or_path: await compiled() });
  return bindings;
}

/** Takes back the instance of a widget destroyed cleanly (never a panicked one). */
function keepSpare(bindings) {
  if (spare.length < SPARE_MAX) spare.push(bindings);
}

/**
 * Keys typed into the widget stay in it. Key events leave a shadow root
 * retargeted to its host element, so a host's shortcut handler (on
 * `document`, skipping events whose target is a text field) cannot tell that
 * the reader is typing in the widget: `s` or `/` would jump to the host's
 * search. Stopped here: every key whose target is a text field or select
 * inside the widget, every key the widget handled (`preventDefault`, as the
 * arrow keys of "Compare a sentence"), and Enter and Space on its controls.
 * Other keys (Escape on a link, say) still reach the host.
 */
const guarded = new WeakSet();
function keepKeysInside(root) {
  if (!root || guarded.has(root)) return;
  guarded.add(root);
  const TEXT = 'input:not([type=checkbox],[type=radio],[type=button],[type=submit],[type=reset],[type=file],[type=range],[type=color]), textarea, select, [contenteditable]:not([contenteditable="false"])';
  const CONTROL = 'a[href], button, summary, input, [role=button], [role=link], [role=checkbox], [role=tab], [tabindex]';
  const stopIfOurs = (event) => {
    const target = event.composedPath()[0];
    const element = target instanceof Element ? target : null;
    const ours =
      event.defaultPrevented ||
      (element && element.closest(TEXT)) ||
      (element && (event.key === "Enter" || event.key === " ") && element.closest(CONTROL));
    if (ours) event.stopPropagation();
  };
  for (const type of ["keydown", "keypress", "keyup"]) root.addEventListener(type, stopIfOurs);
}

/** Whether a start failed because the page's policy forbids WebAssembly. */
function blockedByPolicy(error) {
  return /Content Security Policy|unsafe-eval/i.test(String(error?.message ?? error));
}

/** The options an instance reads; each is a string. */
const OPTION_NAMES = ["view", "claim", "article", "outlets", "theme", "src", "persist"];

/** Options from a <parallax-reader>'s attributes. */
function optionsFromAttributes(element) {
  const options = {};
  for (const name of OPTION_NAMES) {
    const value = element.getAttribute(name);
    if (value !== null) options[name] = value;
  }
  return options;
}

/** Options from the page's URL parameters (`index.html?claim=…`). */
function optionsFromUrl(search) {
  const params = new URLSearchParams(search);
  const options = {};
  for (const name of OPTION_NAMES) {
    const value = params.get(name);
    if (value !== null) options[name] = value;
  }
  return options;
}

/**
 * Says in the element itself that the widget could not start. Whatever the
 * host put inside the element (a link to the full page, say) stays visible
 * below the sentence (`keepContent`), as it does for readers without
 * JavaScript. A page policy that forbids WebAssembly gets a plain sentence
 * for the reader and, for the host, the directive to add in the console.
 */
function showStartFailure(element, error, keepContent = true) {
  const blocked = blockedByPolicy(error);
  if (blocked) {
    console.error(
      "Parallax: this page's Content-Security-Policy does not allow WebAssembly, so the widget cannot start. " +
        "Add 'wasm-unsafe-eval' to the script-src directive, e.g. script-src 'self' 'wasm-unsafe-eval'.",
    );
  } else {
    console.error("Parallax could not start:", error);
  }
  const root = element.shadowRoot ?? element.attachShadow({ mode: "open" });
  const message = document.createElement("p");
  message.setAttribute("role", "status");
  message.textContent = blocked
    ? "This page's security policy blocks WebAssembly, so the Parallax reader cannot run here."
    : `Parallax could not start: ${error?.message ?? error}`;
  root.replaceChildren(message);
  if (keepContent) root.append(document.createElement("slot"));
}

/** Plain strings only: anything else is dropped, as a missing option. */
function strings(options) {
  const clean = {};
  for (const [name, value] of Object.entries(options ?? {})) {
    if (typeof value === "string") clean[name] = value;
  }
  return clean;
}

/**
 * Runs one widget in `element` with `fixed` options on top of the host's,
 * and restarts it in a fresh wasm instance when the reader asks after a
 * panic. The panel is the one the wasm wrote as it stopped (`.px-panic`,
 * text only); this adds the reset button to it.
 */
async function runWidget(element, hostOptions, fixed) {
  let options = strings(hostOptions);
  let instance = null;
  let bindings = null;
  // Ends this instance's listeners on the window (src/listen.rs).
  let lifetime = null;
  const start = async () => {
    bindings = await newBindings();
    lifetime = new AbortController();
    instance = bindings.mount(element, { ...options, ...fixed, signal: lifetime.signal });
  };
  element.addEventListener("parallax-panic", () => {
    // That instance can no longer run any code: release everything it held
    // (its window listeners now; its wasm instance and memory once nothing
    // refers to them).
    lifetime?.abort();
    instance = null;
    bindings = null;
    // A panic in the first render leaves the page's prerendered first view
    // (src/prerender.rs) in place: the panel must not sit under a picture.
    element.shadowRoot?.querySelectorAll(".px-first").forEach((node) => node.remove());
    const panel = element.shadowRoot?.querySelector(".px-panic");
    if (!panel || panel.querySelector("button")) return;
    const advice = panel.querySelector("p:last-of-type");
    if (advice) advice.textContent = "Reset the widget to start again; the rest of the page is not affected.";
    const reset = document.createElement("button");
    reset.type = "button";
    reset.textContent = "Reset the widget";
    reset.addEventListener("click", () => {
      // The full page's router listens to the page's address through code
      // of the stopped instance, which only a reload releases; the view is
      // in the address and the choices in storage, so nothing is lost.
      if (fixed.routing === "hash") {
        location.reload();
        return;
      }
      element.shadowRoot?.replaceChildren();
      start().catch((error) => showStartFailure(element, error));
    });
    panel.append(reset);
    reset.focus();
  });
  await start();
  keepKeysInside(element.shadowRoot);
  return {
    update(next = {}) {
      options = strings(next);
      instance?.update({ ...options, ...fixed, signal: lifetime.signal });
    },
    destroy() {
      if (instance) {
        instance.destroy();
        instance.free();
        lifetime.abort();
        keepSpare(bindings);
      }
      instance = null;
      bindings = null;
    },
    /** The wasm linear memory of this instance, in bytes. */
    memoryBytes() {
      return bindings ? bindings.memoryBytes() : 0;
    },
    /** Panics inside this instance, for hosts and tests of error handling. */
    simulatePanic() {
      bindings?.simulatePanic();
    },
  };
}

/**
 * Mounts a widget into `element` (inside its shadow root) and resolves to a
 * handle with `update(options)` and `destroy()`. Options, all strings:
 * `view`, `claim`, `article`, `outlets`, `theme`, `src`, `persist`.
 * Embedded instances keep their view in memory (`routing: "memory"`).
 */
export function mount(element, options = {}) {
  if (!(element instanceof Element)) {
    return Promise.reject(new TypeError("Parallax mount(element, options): element must be an element of the page"));
  }
  return runWidget(element, options, { routing: "memory" });
}

class ParallaxReader extends HTMLElement {
  static observedAttributes = OPTION_NAMES;
  #widget = null;
  #starting = null;

  connectedCallback() {
    // Moved within the page (removed and inserted again before the next
    // task, as frameworks do when they re-render): the same widget goes on,
    // with its view.
    if (this.#starting) return;
    this.#starting = mount(this, optionsFromAttributes(this)).then(
      (widget) => {
        // Removed from the page before the wasm was ready.
        if (!this.isConnected) {
          widget.destroy();
          this.#starting = null;
          return;
        }
        this.#widget = widget;
        // Attributes changed while it started.
        widget.update(optionsFromAttributes(this));
      },
      (error) => {
        this.#starting = null;
        showStartFailure(this, error);
      },
    );
  }

  disconnectedCallback() {
    // Released only if it is still out of the page after this task.
    setTimeout(() => {
      if (this.isConnected || !this.#widget) return;
      this.#widget.destroy();
      this.#widget = null;
      this.#starting = null;
    }, 0);
  }

  attributeChangedCallback() {
    this.#widget?.update(optionsFromAttributes(this));
  }

  /** The running widget's handle (`update`, `destroy`, …), once started. */
  get widget() {
    return this.#widget;
  }

  /**
   * Focus moves into the widget (its first focusable control), so a host's
   * skip link, autofocus or dialog focus trap can focus the element itself.
   */
  focus(options) {
    const target = this.shadowRoot?.querySelector(
      ".px-root a[href], .px-root button, .px-root input, .px-root select, .px-root textarea, .px-root [tabindex='0']",
    );
    if (target) target.focus(options);
    else super.focus(options);
  }
}

if (!customElements.get("parallax-reader")) {
  customElements.define("parallax-reader", ParallaxReader);
}

/**
 * Resolves once the browser has recorded the prerendered first view's paint
 * as the page's largest contentful paint (a `largest-contentful-paint`
 * entry), so that the live widget, which replaces the picture with the same
 * content, is never taken for it.
 *
 * Chromium reports a paint's largest element only at a later paint, and
 * nothing repaints the unchanging picture; when the next paint was the
 * widget's, the picture's record was dropped with its nodes and the widget's
 * render, hundreds of milliseconds later, became the page's LCP (seen in 8
 * of 28 cold loads at phone size, and in Lighthouse audits). So, a frame
 * after the first, `data-parallax-painted` on `element` repaints one box
 * without changing a pixel (styles/page.css), and the entry follows.
 *
 * Only an entry of some size counts (the visually hidden 1-px loading line
 * is no picture). Browsers without LCP entries wait two frames instead. The
 * wait ends early when the browser stops recording largest paints (the
 * reader clicked, typed or scrolled; the tab is or becomes hidden, and
 * hidden tabs paint no frames), and after 3 s in any case.
 */
function firstViewRecorded(element) {
  return new Promise((resolve) => {
    if (document.visibilityState === "hidden") {
      resolve();
      return;
    }
    const inputs = ["pointerdown", "keydown", "scroll"];
    let observer = null;
    const done = () => {
      observer?.disconnect();
      document.removeEventListener("visibilitychange", done);
      for (const type of inputs) window.removeEventListener(type, done, true);
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, 3000);
    document.addEventListener("visibilitychange", done);
    for (const type of inputs) window.addEventListener(type, done, { capture: true, passive: true });
    const afterTwoFrames = (then) => requestAnimationFrame(() => requestAnimationFrame(then));
    const lcp = "largest-contentful-paint";
    if (typeof PerformanceObserver === "undefined" || !PerformanceObserver.supportedEntryTypes?.includes(lcp)) {
      afterTwoFrames(() => setTimeout(done, 0));
      return;
    }
    observer = new PerformanceObserver((list) => {
      if (list.getEntries().some((entry) => entry.size >= 1000)) done();
    });
    observer.observe({ type: lcp, buffered: true });
    afterTwoFrames(() => element.setAttribute("data-parallax-painted", ""));
  });
}

/**
 * While the prerendered first view stands in for the widget (it is inert
 * and does not respond), a key or pointer pressed on the page sets
 * `data-parallax-asked` on `element`, which shows the page's "Loading
 * Parallax…" line at the foot of the window (styles/page.css): a reader who
 * tries to use the picture learns why nothing happens. The widget removes
 * the line when it takes over. Returns what ends the listening.
 */
function loadingOnUse(element) {
  const types = ["pointerdown", "keydown"];
  const stop = () => {
    for (const type of types) document.removeEventListener(type, ask, true);
  };
  const ask = () => {
    element.setAttribute("data-parallax-asked", "");
    stop();
  };
  for (const type of types) document.addEventListener(type, ask, { capture: true, passive: true });
  return stop;
}

/**
 * The full page (index.html, or parallax.html from disk): the element marked
 * `data-parallax-page` holds one instance that keeps its view in the address
 * (`#/claim/…`) and its choices in the browser. Framed by another page, it
 * tells the parent its height whenever it changes:
 *   { type: "parallax:height", height: <CSS pixels> }
 * The height is not secret, so it is posted to any origin; hosts check
 * `event.origin` and `event.source` before acting on it.
 */
async function startPage(element) {
  const framed = window.parent !== window;
  // The prerendered first view (src/prerender.rs) is painted, and that
  // paint recorded, before the wasm is asked for: its download and
  // compilation never delay the picture.
  const pictured = document.documentElement.hasAttribute("data-parallax-first-view");
  const stopCue = pictured ? loadingOnUse(element) : () => {};
  if (pictured) {
    // Whatever goes wrong in the wait, the widget still starts.
    await firstViewRecorded(element).catch(() => {});
  }
  try {
    element.parallax = await runWidget(element, optionsFromUrl(location.search), {
      routing: "hash",
      fill: framed ? "content" : "window",
    });
    stopCue();
  } catch (error) {
    stopCue();
    // The page's own "Loading…" text would no longer be true.
    showStartFailure(element, error, false);
    return;
  }
  if (framed && "ResizeObserver" in window) {
    let last = -1;
    new ResizeObserver(() => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height !== last) {
        last = height;
        window.parent.postMessage({ type: "parallax:height", height }, "*");
      }
    }).observe(element);
  }
}

const page = document.querySelector("[data-parallax-page]");
if (page) startPage(page);
