//! `cargo xtask fuzz [--runs N] [TARGET…]`: coverage-guided fuzzing with
//! cargo-fuzz (libFuzzer) of the corpus reader and validator, the cleaner
//! and the matcher (`fuzz/fuzz_targets/`). Installs the nightly toolchain
//! and cargo-fuzz when missing, runs each target for N executions (default
//! 1,000,000) starting from the committed seeds (`fuzz/seeds/<target>/`,
//! never written to; new inputs go to `fuzz/corpus/<target>/`), and prints
//! how many ran and what was found. Not part of the test command: it takes
//! minutes and needs nightly. Any crash is left in `fuzz/artifacts/` and
//! belongs in a regression test.

use std::process::Command;

use crate::{repo_root, tools};

const TARGETS: [&str; 3] = ["corpus", "clean", "matcher"];

pub fn run(args: &[String]) -> Result<(), String> {
    let mut runs: u64 = 1_000_000;
    let mut targets: Vec<String> = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--runs" => {
                runs = args
                    .next()
                    .and_then(|value| value.parse().ok())
                    .ok_or("--runs takes a number of executions")?;
            }
            name if TARGETS.contains(&name) => targets.push(name.to_string()),
            other => {
                return Err(format!(
                    "unknown fuzz target or option {other:?} (targets: {})",
                    TARGETS.join(", ")
                ));
            }
        }
    }
    if targets.is_empty() {
        targets = TARGETS.iter().map(ToString::to_string).collect();
    }
    ensure_nightly()?;
    ensure_cargo_fuzz()?;

    let root = repo_root();
    let mut summary = Vec::new();
    for target in &targets {
        tools::step(&format!("fuzzing {target} for {runs} executions"));
        let work = root.join("fuzz/corpus").join(target);
        std::fs::create_dir_all(&work).map_err(|error| error.to_string())?;
        let output = Command::new("cargo")
            .current_dir(&root)
            // Without AddressSanitizer: the domain has no unsafe code, and
            // the runs are three to five times faster.
            .args(["+nightly", "fuzz", "run", "--sanitizer", "none", target])
            .arg(&work)
            .arg(root.join("fuzz/seeds").join(target))
            .args(["--", &format!("-runs={runs}"), "-print_final_stats=1"])
            .output()
            .map_err(|error| format!("cannot run cargo fuzz: {error}"))?;
        let log = String::from_utf8_lossy(&output.stderr);
        let done = log
            .lines()
            .rev()
            .find(|line| line.starts_with("Done "))
            .unwrap_or("no \"Done\" line")
            .to_string();
        if !output.status.success() {
            eprintln!("{log}");
            return Err(format!(
                "fuzz target {target} failed (see fuzz/artifacts/{target}/): {done}"
            ));
        }
        println!("{target}: {done}");
        summary.push(format!("{target}: {done}"));
    }
    println!(
        "\nfuzzing summary (no crash found):\n{}",
        summary.join("\n")
    );
    Ok(())
}

fn ensure_nightly() -> Result<(), String> {
    let listed = Command::new("rustup")
        .args(["toolchain", "list"])
        .output()
        .map_err(|error| format!("cannot run rustup: {error}"))?;
    if String::from_utf8_lossy(&listed.stdout).contains("nightly") {
        return Ok(());
    }
    tools::step("installing the nightly toolchain (cargo-fuzz needs it)");
    tools::run_checked(Command::new("rustup").args([
        "toolchain",
        "install",
        "nightly",
        "--profile",
        "minimal",
    ]))
}

fn ensure_cargo_fuzz() -> Result<(), String> {
    let present = Command::new("cargo")
        .args(["fuzz", "--version"])
        .output()
        .is_ok_and(|output| output.status.success());
    if present {
        return Ok(());
    }
    tools::step("installing cargo-fuzz (cargo install --locked cargo-fuzz)");
    tools::run_checked(Command::new("cargo").args(["install", "--locked", "cargo-fuzz"]))
}
