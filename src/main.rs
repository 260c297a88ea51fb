//! The widget's binary entry point; everything lives in the library.

fn main() {
    parallax::start();
}
