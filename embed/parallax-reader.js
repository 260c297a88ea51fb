// Parallax for host pages: the <parallax-reader> element, a small JS API
// (mount, update, destroy), and the full page / iframe mode of index.html.
// Everything renders in Rust (parallax_bg.wasm); this file only turns
// attributes and URL parameters into options and manages instances.
// No inline scripts, no eval, no network beyond the widget's own files and a
// corpus `src` the host names.
//
// The build copies this file beside parallax.js and parallax_bg.wasm. The
// single-file build (xtask/src/single_file.rs) keeps only what follows the
// body marker below, with the wasm inlined above it.
import init, { mount as mountInstance } from "./parallax.js";

const ready = init({ module_or_path: new URL("parallax_bg.wasm", import.meta.url) });
// PARALLAX-BODY: shared with the single-file build from here on.

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

/** Says in the element itself that the widget could not start. */
function showStartFailure(element, error) {
  const root = element.shadowRoot ?? element.attachShadow({ mode: "open" });
  const message = document.createElement("p");
  message.setAttribute("role", "alert");
  message.textContent = `Parallax could not start: ${error?.message ?? error}`;
  root.replaceChildren(message);
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
 * Mounts a widget into `element` (inside its shadow root) and resolves to a
 * handle with `update(options)` and `destroy()`. Options, all strings:
 * `view`, `claim`, `article`, `outlets`, `theme`, `src`, `persist`.
 * Embedded instances keep their view in memory (`routing: "memory"`).
 */
export async function mount(element, options = {}) {
  await ready;
  const base = { routing: "memory" };
  let instance = mountInstance(element, { ...strings(options), ...base });
  return {
    update(next = {}) {
      instance?.update({ ...strings(next), ...base });
    },
    destroy() {
      instance?.destroy();
      instance?.free();
      instance = null;
    },
  };
}

class ParallaxReader extends HTMLElement {
  static observedAttributes = OPTION_NAMES;
  #widget = null;
  #starting = null;

  connectedCallback() {
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
      (error) => showStartFailure(this, error),
    );
  }

  disconnectedCallback() {
    this.#widget?.destroy();
    this.#widget = null;
    this.#starting = null;
  }

  attributeChangedCallback() {
    this.#widget?.update(optionsFromAttributes(this));
  }
}

if (!customElements.get("parallax-reader")) {
  customElements.define("parallax-reader", ParallaxReader);
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
  const options = {
    ...optionsFromUrl(location.search),
    routing: "hash",
    fill: framed ? "content" : "window",
  };
  try {
    await ready;
    mountInstance(element, options);
  } catch (error) {
    showStartFailure(element, error);
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
