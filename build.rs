//! Minifies the widget's stylesheet (`styles/main.css`) into
//! `$OUT_DIR/parallax.min.css`, which `src/lib.rs` compiles in as
//! [`STYLES`](crate::STYLES) and the build writes out as `parallax.css` for
//! the prerendered first view. Comments and spaces go; every rule stays (a
//! browser test holds the two to the same CSS object model).

fn main() {
    let source = "styles/main.css";
    println!("cargo:rerun-if-changed={source}");
    let css = std::fs::read_to_string(source).expect("styles/main.css is readable");
    let minified = minifier::css::minify(&css)
        .unwrap_or_else(|error| panic!("styles/main.css could not be minified: {error}"))
        .to_string();
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(
        std::path::Path::new(&out).join("parallax.min.css"),
        minified,
    )
    .expect("OUT_DIR is writable");
}
