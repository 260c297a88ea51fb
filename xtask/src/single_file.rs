//! The single-file build: `dist/parallax.html`, one self-contained page
//! (wasm, JavaScript, styles, corpus and icon inside) that works opened from
//! disk with no server and no network. Made from the release bundle Trunk
//! wrote to `dist/`:
//!
//! - `parallax.js` (wasm-bindgen's module, made a factory of bindings by
//!   [`factory_module`] when Trunk built it) loses its one `export`, so it
//!   runs inside one inline module script;
//! - the wasm is inlined as base64 and handed to its init function as bytes
//!   (a `file://` page cannot fetch it);
//! - `parallax-reader.js` contributes everything below its `PARALLAX-BODY`
//!   line (the element, the JS API and the full-page start);
//! - the widget's styles are already inside the wasm; `page.css` and the
//!   icon are inlined.

use std::path::{Path, PathBuf};

use base64::Engine;

/// The line of `embed/parallax-reader.js` after which its code is shared.
const BODY_MARKER: &str = "// PARALLAX-BODY:";

/// Writes `dist/parallax.html` from the files Trunk built in `dist`.
pub fn build(dist: &Path) -> Result<PathBuf, String> {
    let read = |name: &str| {
        std::fs::read(dist.join(name))
            .map_err(|error| format!("single-file build: cannot read dist/{name}: {error}"))
    };
    let text = |name: &str| {
        read(name).and_then(|bytes| {
            String::from_utf8(bytes).map_err(|_| format!("dist/{name} is not UTF-8"))
        })
    };
    let glue = text("parallax.js")?;
    let shim = text("parallax-reader.js")?;
    let page_css = text("page.css")?;
    let icon = read("favicon.svg")?;
    let wasm = read("parallax_bg.wasm")?;

    let html = page(
        inline_factory(&glue)?,
        shared_body(&shim)?,
        &base64::engine::general_purpose::STANDARD.encode(wasm),
        &page_css,
        &base64::engine::general_purpose::STANDARD.encode(icon),
    )?;
    let out = dist.join("parallax.html");
    std::fs::write(&out, html)
        .map_err(|error| format!("cannot write {}: {error}", out.display()))?;
    Ok(out)
}

/// The first line of the factory module [`factory_module`] writes.
const FACTORY_START: &str = "export function makeBindings() {";

/// Rewrites wasm-bindgen's `parallax.js` in Trunk's staging folder as a
/// factory module (`cargo xtask bindings`, run by Trunk's post-build hook,
/// so `trunk serve` and `trunk build` both produce it). Does nothing to a
/// file that is one already.
pub fn write_factory(staging: &Path) -> Result<(), String> {
    let path = staging.join("parallax.js");
    let glue = std::fs::read_to_string(&path)
        .map_err(|error| format!("bindings: cannot read {}: {error}", path.display()))?;
    if glue.starts_with(FACTORY_START) {
        return Ok(());
    }
    std::fs::write(&path, factory_module(&glue)?)
        .map_err(|error| format!("bindings: cannot write {}: {error}", path.display()))
}

/// wasm-bindgen's ES module as a module exporting one function,
/// `makeBindings()`, that returns the module's exports: a fresh set, with
/// its own wasm instance, at each call. One widget gets one set, and the
/// set is garbage once the widget is gone (a module imported under a new
/// URL per widget would stay for the life of the page: issue 13).
pub fn factory_module(glue: &str) -> Result<String, String> {
    Ok(format!("export {}", wrap_module(glue)?))
}

/// The factory module without its `export`, for the single file's inline
/// script.
fn inline_factory(module: &str) -> Result<&str, String> {
    module
        .strip_prefix("export ")
        .filter(|rest| module.starts_with(FACTORY_START) && !rest.contains("\nexport "))
        .ok_or_else(|| {
            "single-file build: dist/parallax.js is not the factory module \
         (`cargo xtask bindings` did not run after wasm-bindgen)"
                .to_string()
        })
}

/// wasm-bindgen's ES module as a function that returns its exports, so it
/// can share one inline script with the element code. Fails if the module's
/// shape is not the one this was written for (a newer wasm-bindgen), rather
/// than writing a page that does not start.
fn wrap_module(glue: &str) -> Result<String, String> {
    let mut names = Vec::new();
    let mut body = String::with_capacity(glue.len());
    let mut saw_default = false;
    for line in glue.lines() {
        if let Some(rest) = line.strip_prefix("export class ") {
            names.push(identifier(rest)?);
            body.push_str("class ");
            body.push_str(rest);
        } else if let Some(rest) = line.strip_prefix("export function ") {
            names.push(identifier(rest)?);
            body.push_str("function ");
            body.push_str(rest);
        } else if line.starts_with("export {") {
            if !line.contains("__wbg_init as default") {
                return Err(format!(
                    "single-file build: unexpected export line {line:?}"
                ));
            }
            saw_default = true;
            continue;
        } else if line.starts_with("export ") || line.starts_with("import ") {
            return Err(format!(
                "single-file build: unexpected module line {line:?}"
            ));
        } else {
            body.push_str(line);
        }
        body.push('\n');
    }
    if !saw_default || !names.iter().any(|name| name == "mount") {
        return Err("single-file build: parallax.js has no default init or no `mount`".into());
    }
    Ok(format!(
        "function makeBindings() {{\n{body}return {{ default: __wbg_init, {} }};\n}}\n",
        names.join(", ")
    ))
}

/// The name at the start of `class Name …` / `function name(…`.
fn identifier(rest: &str) -> Result<String, String> {
    let name: String = rest
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '$')
        .collect();
    if name.is_empty() {
        Err(format!("single-file build: no name in export {rest:?}"))
    } else {
        Ok(name)
    }
}

/// The part of `parallax-reader.js` shared with the single file.
fn shared_body(shim: &str) -> Result<&str, String> {
    let start = shim
        .find(BODY_MARKER)
        .ok_or("single-file build: parallax-reader.js has no PARALLAX-BODY line")?;
    Ok(&shim[start..])
}

fn page(module: &str, body: &str, wasm: &str, css: &str, icon: &str) -> Result<String, String> {
    for (name, code) in [("parallax.js", module), ("parallax-reader.js", body)] {
        if code.contains("</script") {
            return Err(format!("single-file build: {name} contains </script"));
        }
    }
    if css.contains("</style") {
        return Err("single-file build: page.css contains </style".into());
    }
    Ok(format!(
        r#"<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="color-scheme" content="light dark">
    <title>Parallax — one story through many outlets</title>
    <meta name="description" content="Read one news story through many outlets, claim by claim. A single file: open it from disk, no network needed.">
    <link rel="icon" href="data:image/svg+xml;base64,{icon}">
    <style>
{css}
    </style>
  </head>
  <body>
    <main id="parallax" data-parallax-page>
      <p class="page-loading">Loading Parallax…</p>
      <noscript>
        <p>Parallax runs in your browser and needs JavaScript and WebAssembly enabled.</p>
      </noscript>
    </main>
    <script type="module">
{module}
const wasmBytes = Uint8Array.from(atob("{wasm}"), (c) => c.charCodeAt(0));
let compiling = null;
const compiled = () => (compiling ??= WebAssembly.compile(wasmBytes));
{body}
    </script>
  </body>
</html>
"#
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    const GLUE: &str = "let wasm;\nexport class Instance {\n}\nexport function mount(host, options) {\n  return 1;\n}\nfunction __wbg_init(x) {}\nexport { initSync, __wbg_init as default };\n";

    #[test]
    fn the_module_becomes_a_function_returning_its_exports() {
        let wrapped = wrap_module(GLUE).unwrap();
        assert!(wrapped.starts_with("function makeBindings() {\nlet wasm;\nclass Instance {"));
        assert!(wrapped.contains("\nfunction mount(host, options) {"));
        assert!(wrapped.ends_with("return { default: __wbg_init, Instance, mount };\n}\n"));
        assert!(!wrapped.contains("export"));
    }

    #[test]
    fn the_factory_module_exports_only_the_factory_and_inlines_without_it() {
        let module = factory_module(GLUE).unwrap();
        assert!(module.starts_with(FACTORY_START));
        assert_eq!(module.matches("export").count(), 1);
        let inline = inline_factory(&module).unwrap();
        assert!(inline.starts_with("function makeBindings() {"));
        // wasm-bindgen's own module is not inlined as if it were one.
        assert!(inline_factory(GLUE).is_err());
    }

    #[test]
    fn an_unknown_module_shape_is_refused_not_guessed() {
        assert!(wrap_module("import x from './y.js';\n").is_err());
        assert!(wrap_module("export const a = 1;\n").is_err());
        assert!(
            wrap_module("export function other() {}\nexport { __wbg_init as default };\n").is_err()
        );
    }

    #[test]
    fn the_shared_body_starts_at_its_marker() {
        let shim = "import a from './parallax.js';\nconst ready = 1;\n// PARALLAX-BODY: shared\nconst x = 2;\n";
        assert_eq!(
            shared_body(shim).unwrap(),
            "// PARALLAX-BODY: shared\nconst x = 2;\n"
        );
        assert!(shared_body("no marker").is_err());
    }

    #[test]
    fn the_embed_script_in_the_repository_has_the_marker_and_one_import() {
        let shim =
            std::fs::read_to_string(crate::repo_root().join("embed/parallax-reader.js")).unwrap();
        let head = &shim[..shim.find(BODY_MARKER).expect("the marker")];
        let body = shared_body(&shim).unwrap();
        assert_eq!(
            head.matches("import ").count(),
            1,
            "one import, above the marker"
        );
        assert!(
            !body.contains("import "),
            "nothing imported below the marker"
        );
        // The page defines what the body needs from above the marker: the
        // factory and the compiled module.
        assert!(head.contains("import { makeBindings }") && head.contains("const compiled"));
        assert!(body.contains("async function newBindings()") && body.contains("makeBindings()"));
        assert!(!body.contains("import.meta"));
    }

    #[test]
    fn the_page_refuses_code_that_would_close_its_script() {
        assert!(page("x", "let s = '</script>';", "", "", "").is_err());
        assert!(page("x", "y", "", "a</style>", "").is_err());
        let html = page("MODULE", "BODY", "WASM", "CSS", "ICON").unwrap();
        assert!(html.contains("MODULE\nconst wasmBytes"));
        assert!(html.contains(
            "const compiled = () => (compiling ??= WebAssembly.compile(wasmBytes));\nBODY"
        ));
        assert!(!html.contains(" src=\""), "no external script");
    }
}
