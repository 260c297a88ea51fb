//! `cargo xtask`: the project's own automation, in Rust so it needs nothing
//! beyond the toolchain a contributor already has.
//!
//! - `run`: install what is missing, build the release bundle (and the
//!   single-file `dist/parallax.html`), serve it.
//! - `test`: install what is missing, run every test layer, print one tally.
//! - `serve`: serve an already built `dist/` (no install, no build).
//! - `corpus`: derive the bundled corpus files from the raw seeds.
//! - `bench`: measure the release bundle and rewrite BENCHMARKS.md's figures.
//! - `fuzz`: fuzz the corpus reader, the cleaner and the matcher.
//! - `bindings`: Trunk's post-build hook; makes `parallax.js` a factory of
//!   wasm instances (`single_file::write_factory`) and puts the prerendered
//!   first view into `index.html` (`first_view::write`).
//!
//! Each command installs only what it needs and reuses what is already there,
//! so the second run is quick.

mod bench;
mod compress;
mod corpus;
mod first_view;
mod fuzz;
mod serve;
mod single_file;
mod tally;
mod test;
mod tools;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <command> [options]

commands:
  run   [--port N]      install tools, build the release bundle (+ dist/parallax.html), serve it on 127.0.0.1
  test  [--headed]      install tools (Chromium included) and run every test layer
  serve [--port N]      serve the already built dist/ on 127.0.0.1
  setup [--browser]     only install the tools (and Chromium with --browser)
  corpus [--check]      derive corpus/ files from the seeds (--check: only compare)
  bench                 build the release bundle, measure size, load, toggles, memory and matching
                        in headless Chromium; print the tables and rewrite them in BENCHMARKS.md
  fuzz [--runs N] [T…]  fuzz the corpus reader, the cleaner and the matcher (cargo-fuzz, nightly);
                        N executions per target, 1,000,000 by default
  bench-matching        time the matching engine in headless Chromium at 5, 100, 1,000 articles
  bench-engine          time the claim engine as WebAssembly in headless Chromium (5, 100, 1,000 articles)
  bindings [DIR]        (Trunk's post-build hook) make DIR/parallax.js a factory of wasm instances
                        and put the prerendered first view into DIR/index.html;
                        DIR defaults to $TRUNK_STAGING_DIR

The default port is 8080; --port 0 picks a free one.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("run") => port_option(&args[1..]).and_then(run),
        Some("serve") => port_option(&args[1..]).and_then(|port| serve_dist(port).map(|_| ())),
        Some("test") => test::run(args[1..].iter().any(|arg| arg == "--headed")),
        Some("setup") => {
            let browser = args[1..].iter().any(|arg| arg == "--browser");
            tools::Toolchain::ensure(browser).map(|_| ())
        }
        Some("corpus") => corpus::run(args[1..].iter().any(|arg| arg == "--check")),
        Some("bench") => bench::run(),
        Some("fuzz") => fuzz::run(&args[1..]),
        Some("bench-matching") => bench_matching(),
        Some("bench-engine") => tools::Toolchain::ensure(true)
            .and_then(|toolchain| bench::engine_browser(&toolchain))
            .map(|table| println!("{table}")),
        Some("bindings") => args
            .get(1)
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from))
            .ok_or_else(|| "bindings: name the folder, or run it as Trunk's hook".to_string())
            .and_then(|dir| {
                single_file::write_factory(&dir)?;
                first_view::write(&dir)
            }),
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            Ok(())
        }
        _ => Err(format!("unknown or missing command\n\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Reads `--port N` (default 8080).
fn port_option(args: &[String]) -> Result<u16, String> {
    match args {
        [] => Ok(8080),
        [flag, value] if flag == "--port" => value
            .parse()
            .map_err(|_| format!("--port takes a number from 0 to 65535, not {value:?}")),
        _ => Err(format!("unexpected arguments {args:?}\n\n{USAGE}")),
    }
}

/// The repository root (the parent of this crate).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives one level below the repository root")
        .to_path_buf()
}

fn run(port: u16) -> Result<(), String> {
    let toolchain = tools::Toolchain::ensure(false)?;
    toolchain.build_release_bundle()?;
    serve_dist(port).map(|_| ())
}

/// Builds the release bundle, serves it, and runs the browser benchmark of
/// the matching engine (`e2e/bench/matching.mjs`).
fn bench_matching() -> Result<(), String> {
    let toolchain = tools::Toolchain::ensure(true)?;
    toolchain.build_release_bundle()?;
    let server = serve::StaticServer::start(&repo_root().join("dist"), 0)?;
    let mut node = toolchain.command("node");
    node.arg("e2e/bench/matching.mjs")
        .env("PARALLAX_URL", server.url());
    if let Some(chromium) = &toolchain.chromium {
        node.env("PARALLAX_CHROMIUM", chromium);
    }
    let result = tools::run_checked(&mut node);
    server.stop();
    result
}

/// Serves `dist/` in the foreground until interrupted.
fn serve_dist(port: u16) -> Result<(), String> {
    let dist = repo_root().join("dist");
    if !dist.join("index.html").is_file() {
        return Err("dist/index.html is missing: build first with `cargo xtask run`".into());
    }
    let server = serve::StaticServer::start(&dist, port)?;
    println!("Parallax is served at {}/ (Ctrl+C stops it)", server.url());
    server.wait();
    Ok(())
}
