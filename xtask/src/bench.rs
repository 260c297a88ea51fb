//! `cargo xtask bench`: builds the release bundle, serves it, runs the
//! browser benchmarks (`e2e/bench/load.mjs`: sizes, cold load, toggles,
//! memory; `e2e/bench/matching.mjs`: the matching engine at scale), prints
//! their tables and puts them in BENCHMARKS.md between the
//! `<!-- bench:… -->` markers, with the machine and date. Nothing here
//! asserts a time: budgets are reported met or missed, never failed.

use std::process::Stdio;

use crate::{repo_root, serve, tools};

pub fn run() -> Result<(), String> {
    let toolchain = tools::Toolchain::ensure(true)?;
    toolchain.build_release_bundle()?;
    let root = repo_root();
    let dist = root.join("dist");
    let server = serve::StaticServer::start(&dist, 0)?;
    let reports = root.join("e2e/reports");
    std::fs::create_dir_all(&reports).map_err(|error| error.to_string())?;
    let load_out = reports.join("bench-load.md");

    tools::step("benchmark: size, cold load, toggles, memory (e2e/bench/load.mjs)");
    let mut load = toolchain.command("node");
    load.arg("e2e/bench/load.mjs")
        .env("PARALLAX_URL", server.url())
        .env("PARALLAX_DIST", &dist)
        .env("PARALLAX_BENCH_OUT", &load_out);
    if let Some(chromium) = &toolchain.chromium {
        load.env("PARALLAX_CHROMIUM", chromium);
    }
    let loaded = tools::run_checked(&mut load);

    tools::step("benchmark: matching in the browser (e2e/bench/matching.mjs)");
    let mut matching = toolchain.command("node");
    matching
        .arg("e2e/bench/matching.mjs")
        .env("PARALLAX_URL", server.url())
        .stdout(Stdio::piped());
    if let Some(chromium) = &toolchain.chromium {
        matching.env("PARALLAX_CHROMIUM", chromium);
    }
    let matched = matching
        .output()
        .map_err(|error| format!("cannot run node: {error}"))
        .and_then(|output| {
            let text = String::from_utf8_lossy(&output.stdout).into_owned();
            print!("{text}");
            if output.status.success() {
                Ok(text)
            } else {
                Err("e2e/bench/matching.mjs failed".to_string())
            }
        });
    let audited = lighthouse(&toolchain, server.url());
    server.stop();
    loaded?;
    let matched = matched?;
    let audited = audited?;

    tools::step("benchmark: the claim engine as WebAssembly (tests/engine_bench.rs)");
    let engine = engine_browser(&toolchain)?;
    println!("{engine}");

    let load_md = std::fs::read_to_string(&load_out).map_err(|error| error.to_string())?;
    let machine = machine();
    let path = root.join("BENCHMARKS.md");
    let text = std::fs::read_to_string(&path).map_err(|error| error.to_string())?;
    let text = replace_section(&text, "load", &format!("{machine}\n\n{load_md}"))?;
    let text = replace_section(
        &text,
        "matching-browser",
        &format!("{machine}\n\n{}", matched.trim()),
    )?;
    let text = replace_section(&text, "engine-browser", &format!("{machine}\n\n{engine}"))?;
    let text = replace_section(&text, "lighthouse", &format!("{machine}\n\n{audited}"))?;
    std::fs::write(&path, text).map_err(|error| error.to_string())?;
    println!("BENCHMARKS.md updated");
    Ok(())
}

/// Lighthouse's performance audit of the default page served at `url`
/// (`e2e/bench/lighthouse.mjs`), its table as Markdown. Lighthouse is a
/// package of its own in `e2e/bench/lighthouse`, installed from its lock
/// file on the first run: the tests never need it.
fn lighthouse(toolchain: &tools::Toolchain, url: &str) -> Result<String, String> {
    let package = repo_root().join("e2e/bench/lighthouse");
    if !package.join("node_modules").is_dir() {
        tools::step("installing Lighthouse for the benchmark (e2e/bench/lighthouse)");
        let mut npm = toolchain.command("npm");
        npm.args(["ci", "--no-audit", "--no-fund"])
            .current_dir(&package);
        tools::run_checked(&mut npm)?;
    }
    tools::step("benchmark: Lighthouse, mobile, the default page (e2e/bench/lighthouse.mjs)");
    let mut node = toolchain.command("node");
    node.arg("e2e/bench/lighthouse.mjs")
        .env("PARALLAX_URL", url)
        .stdout(Stdio::piped());
    if let Some(chromium) = &toolchain.chromium {
        node.env("PARALLAX_CHROMIUM", chromium);
    }
    let output = node
        .output()
        .map_err(|error| format!("cannot run node: {error}"))?;
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    print!("{text}");
    if output.status.success() {
        Ok(text.trim().to_string())
    } else {
        Err("e2e/bench/lighthouse.mjs failed".to_string())
    }
}

/// The claim engine's table from `tests/engine_bench.rs`, run in release
/// mode in headless Chromium by wasm-bindgen's test runner.
pub fn engine_browser(toolchain: &tools::Toolchain) -> Result<String, String> {
    let mut cargo = toolchain.command("cargo");
    cargo
        .args([
            "test",
            "--release",
            "--package",
            "parallax",
            "--target",
            "wasm32-unknown-unknown",
            "--test",
            "engine_bench",
            "--",
            "--include-ignored",
            "--nocapture",
        ])
        .stdout(Stdio::piped());
    if let Some(chromedriver) = &toolchain.chromedriver {
        cargo.env("CHROMEDRIVER", chromedriver);
    }
    let output = cargo
        .output()
        .map_err(|error| format!("cannot run cargo: {error}"))?;
    if !output.status.success() {
        return Err("tests/engine_bench.rs failed".into());
    }
    let table: Vec<&str> = std::str::from_utf8(&output.stdout)
        .unwrap_or("")
        .lines()
        .map(str::trim)
        .filter(|line| line.starts_with('|'))
        .collect();
    if table.is_empty() {
        return Err("tests/engine_bench.rs printed no table".into());
    }
    Ok(table.join("\n"))
}

/// One line about the machine: CPU model, cores, memory, OS.
fn machine() -> String {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find_map(|line| line.strip_prefix("model name"))
        .map(|rest| rest.trim_start_matches([' ', '\t', ':']).trim().to_string())
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map_or(0, usize::from);
    let memory = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find_map(|line| line.strip_prefix("MemTotal:"))
                .and_then(|rest| {
                    rest.trim()
                        .trim_end_matches(" kB")
                        .trim()
                        .parse::<f64>()
                        .ok()
                })
        })
        .map_or_else(String::new, |kb| format!(", {:.1} GB memory", kb / 1e6));
    format!(
        "Machine: {model}, {cores} cores available{memory}, {} {}; shared with other work, so only figures from one run are compared with each other.",
        std::env::consts::OS,
        std::env::consts::ARCH
    )
}

/// Replaces what lies between `<!-- bench:NAME:start -->` and
/// `<!-- bench:NAME:end -->`.
fn replace_section(text: &str, name: &str, body: &str) -> Result<String, String> {
    let start = format!("<!-- bench:{name}:start -->");
    let end = format!("<!-- bench:{name}:end -->");
    let (Some(from), Some(to)) = (text.find(&start), text.find(&end)) else {
        return Err(format!("BENCHMARKS.md has no {start} … {end} section"));
    };
    if to < from {
        return Err(format!("BENCHMARKS.md: {end} comes before {start}"));
    }
    Ok(format!(
        "{}{start}\n{}\n{}",
        &text[..from],
        body.trim_end(),
        &text[to..]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_section_is_replaced_between_its_markers_only() {
        let text = "a\n<!-- bench:x:start -->\nold\n<!-- bench:x:end -->\nb\n";
        assert_eq!(
            replace_section(text, "x", "new\n").unwrap(),
            "a\n<!-- bench:x:start -->\nnew\n<!-- bench:x:end -->\nb\n"
        );
        assert!(replace_section(text, "y", "new").is_err());
        assert!(replace_section("<!-- bench:x:end --><!-- bench:x:start -->", "x", "n").is_err());
    }

    #[test]
    fn the_benchmarks_file_has_both_sections() {
        let text = std::fs::read_to_string(repo_root().join("BENCHMARKS.md")).unwrap();
        for name in ["load", "matching-browser", "engine-browser"] {
            assert!(replace_section(&text, name, "x").is_ok(), "{name}");
        }
    }
}
