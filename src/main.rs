//! The widget's binary: Trunk builds it into `parallax.js` and
//! `parallax_bg.wasm`. It starts nothing by itself; `embed/parallax-reader.js`
//! calls the exported `mount` for the full page, the iframe mode and every
//! `<parallax-reader>` element.

pub use parallax::{memory_bytes, mount, simulate_panic};

fn main() {}
