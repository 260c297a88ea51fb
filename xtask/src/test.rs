//! `cargo xtask test`: every test layer, in order from cheapest to dearest,
//! each counted, ending with one line `N passed, N failed`.
//!
//! 1. format and lints (`cargo fmt --check`, `cargo clippy -D warnings`,
//!    natively and for wasm): one check each;
//! 2. native tests: `cargo test --workspace` (the domain, the CLI, xtask);
//! 3. component tests: `cargo test --target wasm32-unknown-unknown` in
//!    headless Chromium through wasm-bindgen-test-runner;
//! 4. the release bundle: `trunk build --release --offline`, one check;
//! 5. end-to-end tests: Playwright drives Chromium against the release
//!    bundle served by the same server as `cargo xtask run`.
//!
//! A layer that fails does not stop the others (but the end-to-end tests need
//! the bundle), so one run reports everything that is wrong.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use crate::repo_root;
use crate::serve::StaticServer;
use crate::tally::{self, Count};
use crate::tools::{Toolchain, step};

pub fn run(headed: bool) -> Result<(), String> {
    let toolchain = Toolchain::ensure(true)?;
    let mut layers: Vec<(&str, Count)> = Vec::new();

    step("format: cargo fmt --all -- --check");
    layers.push((
        "format",
        check(
            toolchain
                .command("cargo")
                .args(["fmt", "--all", "--", "--check"]),
        ),
    ));

    step("lints: cargo clippy (native and wasm) -D warnings");
    let mut lints = check(toolchain.command("cargo").args([
        "clippy",
        "--workspace",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ]));
    lints.add(check(toolchain.command("cargo").args([
        "clippy",
        "--package",
        "parallax",
        "--target",
        "wasm32-unknown-unknown",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ])));
    layers.push(("lints", lints));

    step("native tests: cargo test --workspace");
    layers.push((
        "native",
        libtest(toolchain.command("cargo").args(["test", "--workspace"])),
    ));

    step("component tests in headless Chromium: cargo test --target wasm32-unknown-unknown");
    let mut wasm = toolchain.command("cargo");
    wasm.args([
        "test",
        "--package",
        "parallax",
        "--target",
        "wasm32-unknown-unknown",
    ]);
    if let Some(chromedriver) = &toolchain.chromedriver {
        wasm.env("CHROMEDRIVER", chromedriver);
    }
    if headed {
        wasm.env("NO_HEADLESS", "1");
    }
    layers.push(("components", libtest(&mut wasm)));

    let bundle = toolchain.build_release_bundle();
    layers.push(("release bundle", Count::single(bundle.is_ok())));

    step("end-to-end tests: Playwright against the served release bundle");
    let e2e = match bundle {
        Ok(()) => end_to_end(&toolchain, headed),
        Err(error) => {
            eprintln!("end-to-end tests skipped: {error}");
            Count {
                passed: 0,
                failed: 1,
            }
        }
    };
    layers.push(("end-to-end", e2e));

    let mut total = Count::default();
    println!("\n==> summary");
    for (name, count) in &layers {
        println!("{name:>16}: {count}");
        total.add(*count);
    }
    println!("{total}");
    if total.failed == 0 {
        Ok(())
    } else {
        // The summary line above must stay the last line of standard output;
        // the error goes to standard error.
        Err(format!("{} failed", total.failed))
    }
}

/// Runs a command that is one check.
fn check(command: &mut Command) -> Count {
    let success = command.status().is_ok_and(|status| status.success());
    Count::single(success)
}

/// Runs a libtest-style command, echoing its output and adding up every
/// `test result:` line it prints.
fn libtest(command: &mut Command) -> Count {
    let mut child = match command.stdout(Stdio::piped()).spawn() {
        Ok(child) => child,
        Err(error) => {
            eprintln!("cannot start {:?}: {error}", command.get_program());
            return Count {
                passed: 0,
                failed: 1,
            };
        }
    };
    let mut count = Count::default();
    if let Some(stdout) = child.stdout.take() {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            println!("{line}");
            if let Some(result) = tally::parse_libtest_line(&line) {
                count.add(result);
            }
        }
    }
    let success = child.wait().is_ok_and(|status| status.success());
    count.settle(success)
}

fn end_to_end(toolchain: &Toolchain, headed: bool) -> Count {
    let e2e = repo_root().join("e2e");
    let report = e2e.join("reports").join("results.json");
    let _ = std::fs::remove_file(&report);
    let server = match StaticServer::start(&repo_root().join("dist"), 0) {
        Ok(server) => server,
        Err(error) => {
            eprintln!("{error}");
            return Count {
                passed: 0,
                failed: 1,
            };
        }
    };
    let mut playwright = toolchain.command("npx");
    playwright
        .args(["--no-install", "playwright", "test"])
        .current_dir(&e2e)
        .env("PARALLAX_URL", server.url());
    if let Some(chromium) = &toolchain.chromium {
        playwright.env("PARALLAX_CHROMIUM", chromium);
    }
    if headed {
        playwright.arg("--headed");
    }
    let success = playwright.status().is_ok_and(|status| status.success());
    server.stop();
    let count = std::fs::read_to_string(&report)
        .map_err(|error| format!("no Playwright report at {}: {error}", report.display()))
        .and_then(|json| tally::parse_playwright_report(&json));
    match count {
        Ok(count) => count.settle(success),
        Err(error) => {
            eprintln!("{error}");
            Count {
                passed: 0,
                failed: 1,
            }
        }
    }
}
