// Parallax for host pages: the <parallax-reader> element, a small JS API
// (mount, update, destroy), and the full page / iframe mode of index.html.
// Everything renders in Rust (parallax_bg.wasm); this file only turns
// attributes and URL parameters into options and manages instances.
// No inline scripts, no eval, no network beyond the widget's own files and a
// corpus `src` the host names.
//
// Each instance runs in a WebAssembly instance of its own (the module is
// compiled once): a panic stops only the instance that panicked, which then
// offers to reset itself; the host page and other instances go on.
//
// The build copies this file beside parallax.js and parallax_bg.wasm. The
// single-file build (xtask/src/single_file.rs) keeps only what follows the
// body marker below, with the wasm inlined above it.
import init, * as firstBindings from "./parallax.js";

const compiled = (async () => {
  const response = await fetch(new URL("parallax_bg.wasm", import.meta.url));
  if (!response.ok) throw new Error(`parallax_bg.wasm: the server answered ${response.status}`);
  // Streaming needs the server to send application/wasm; else compile whole.
  return response.headers.get("content-type")?.startsWith("application/wasm")
    ? WebAssembly.compileStreaming(response)
    : WebAssembly.compile(await response.arrayBuffer());
})();
let instances = 0;

/** The bindings of a fresh wasm instance (the first uses parallax.js itself). */
async function newBindings() {
  const module = await compiled;
  instances += 1;
  const bindings =
    instances === 1
      ? { default: init, ...firstBindings }
      : await import(new URL(`parallax.js?instance=${instances}`, import.meta.url).href);
  await bindings.default({ module_or_path: module });
  return bindings;
}
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
 * Runs one widget in `element` with `fixed` options on top of the host's,
 * and restarts it in a fresh wasm instance when the reader asks after a
 * panic. The panel is the one the wasm wrote as it stopped (`.px-panic`,
 * text only); this adds the reset button to it.
 */
async function runWidget(element, hostOptions, fixed) {
  let options = strings(hostOptions);
  let instance = null;
  let bindings = null;
  const start = async () => {
    bindings = await newBindings();
    instance = bindings.mount(element, { ...options, ...fixed });
  };
  element.addEventListener("parallax-panic", () => {
    // That instance can no longer run any code: forget it.
    instance = null;
    const panel = element.shadowRoot?.querySelector(".px-panic");
    if (!panel || panel.querySelector("button")) return;
    const advice = panel.querySelector("p:last-of-type");
    if (advice) advice.textContent = "Reset the widget to start again; the rest of the page is not affected.";
    const reset = document.createElement("button");
    reset.type = "button";
    reset.textContent = "Reset the widget";
    reset.addEventListener("click", () => {
      element.shadowRoot?.replaceChildren();
      start().catch((error) => showStartFailure(element, error));
    });
    panel.append(reset);
    reset.focus();
  });
  await start();
  return {
    update(next = {}) {
      options = strings(next);
      instance?.update({ ...options, ...fixed });
    },
    destroy() {
      instance?.destroy();
      instance?.free();
      instance = null;
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
  return runWidget(element, options, { routing: "memory" });
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

  /** The running widget's handle (`update`, `destroy`, …), once started. */
  get widget() {
    return this.#widget;
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
  try {
    element.parallax = await runWidget(element, optionsFromUrl(location.search), {
      routing: "hash",
      fill: framed ? "content" : "window",
    });
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
