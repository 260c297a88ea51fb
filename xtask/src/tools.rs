//! Finds or installs every tool the build and the tests need, at pinned
//! versions, and hands out commands that see them on `PATH`.
//!
//! Installed once, reused after: a tool already present at the right version
//! is never reinstalled. Where things go:
//! - `wasm32-unknown-unknown`: `rustup target add`;
//! - `trunk` (pinned below) and `wasm-bindgen-cli` (the `wasm-bindgen`
//!   version in Cargo.lock): `cargo install`, into `$CARGO_HOME/bin`;
//! - `wasm-opt` 132: the npm package `binaryen`, into
//!   `$XDG_CACHE_HOME/parallax/tools` (Debian's wasm-opt is too old to read
//!   current Rust wasm), linked into `$CARGO_HOME/bin` when that name is free
//!   so a plain `trunk build --release --offline` finds it too;
//! - Chromium and chromedriver (tests only): Debian's `chromium` and
//!   `chromium-driver` through apt-get;
//! - the end-to-end test runner: `npm ci` in `e2e/`.

use std::env;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::repo_root;

pub const TRUNK_VERSION: &str = "0.21.14";
pub const BINARYEN_VERSION: &str = "132.0.0";
/// What `wasm-opt --version` prints for [`BINARYEN_VERSION`], and what
/// Trunk.toml's `wasm_opt = "version_132"` asks for.
const WASM_OPT_VERSION_WORD: &str = "version 132";

pub struct Toolchain {
    /// `PATH` for child processes: cargo's bin folder and the wasm-opt folder
    /// first, then the caller's.
    path: OsString,
    pub chromium: Option<PathBuf>,
    pub chromedriver: Option<PathBuf>,
}

impl Toolchain {
    /// Installs what is missing. With `browser`, also Chromium, chromedriver
    /// and the end-to-end runner's npm packages.
    pub fn ensure(browser: bool) -> Result<Self, String> {
        let cargo_bin = cargo_home().join("bin");
        let binaryen_bin = tools_dir()
            .join(format!("binaryen-{BINARYEN_VERSION}"))
            .join("node_modules")
            .join(".bin");
        let mut dirs = vec![cargo_bin.clone(), binaryen_bin.clone()];
        dirs.extend(env::split_paths(&env::var_os("PATH").unwrap_or_default()));
        let path = env::join_paths(dirs).map_err(|error| format!("unusable PATH: {error}"))?;
        let mut toolchain = Self {
            path,
            chromium: None,
            chromedriver: None,
        };

        toolchain.ensure_wasm_target()?;
        toolchain.ensure_trunk()?;
        toolchain.ensure_wasm_bindgen()?;
        toolchain.ensure_wasm_opt(&binaryen_bin, &cargo_bin)?;
        if browser {
            toolchain.ensure_browser()?;
            toolchain.ensure_e2e_packages()?;
        }
        Ok(toolchain)
    }

    /// A command that runs in the repository root with the tools on `PATH`.
    pub fn command(&self, program: &str) -> Command {
        let mut command = Command::new(program);
        command.current_dir(repo_root()).env("PATH", &self.path);
        command
    }

    /// `trunk build --release --offline`: the bundle readers get, in `dist/`,
    /// then the single-file page `dist/parallax.html` made from it, then
    /// brotli and gzip copies of every text and wasm file (`compress.rs`).
    pub fn build_release_bundle(&self) -> Result<(), String> {
        step("building the release bundle (trunk build --release --offline)");
        let mut trunk = self.command("trunk");
        trunk.args(["build", "--release", "--offline"]);
        run_checked(&mut trunk)?;
        let dist = repo_root().join("dist");
        let out = crate::single_file::build(&dist)?;
        println!("single-file build: {}", out.display());
        let count = crate::compress::precompress(&dist)?;
        println!("precompressed {count} files (.br and .gz beside each)");
        Ok(())
    }

    /// The first line of `program --version`, if it runs.
    fn version_of(&self, program: &str) -> Option<String> {
        let output = self
            .command(program)
            .arg("--version")
            .stderr(Stdio::null())
            .output()
            .ok()?;
        let text = String::from_utf8_lossy(&output.stdout);
        output
            .status
            .success()
            .then(|| text.lines().next().unwrap_or("").trim().to_string())
    }

    fn ensure_wasm_target(&self) -> Result<(), String> {
        let output = self
            .command("rustup")
            .args(["target", "list", "--installed"])
            .output()
            .map_err(|error| format!("rustup is needed to add the wasm target: {error}"))?;
        let installed = String::from_utf8_lossy(&output.stdout);
        if installed
            .lines()
            .any(|line| line.trim() == "wasm32-unknown-unknown")
        {
            return Ok(());
        }
        step("installing the wasm32-unknown-unknown target");
        run_checked(
            self.command("rustup")
                .args(["target", "add", "wasm32-unknown-unknown"]),
        )
    }

    fn ensure_trunk(&self) -> Result<(), String> {
        let wanted = format!("trunk {TRUNK_VERSION}");
        if self.version_of("trunk").as_deref() == Some(wanted.as_str()) {
            return Ok(());
        }
        step(&format!(
            "installing trunk {TRUNK_VERSION} (a few minutes, once)"
        ));
        run_checked(self.command("cargo").args([
            "install",
            "--locked",
            &format!("trunk@{TRUNK_VERSION}"),
        ]))
    }

    fn ensure_wasm_bindgen(&self) -> Result<(), String> {
        let version = locked_wasm_bindgen_version()?;
        // Both programs of the CLI print their own name and version.
        let is_current = |program: &str| {
            self.version_of(program).as_deref() == Some(format!("{program} {version}").as_str())
        };
        if is_current("wasm-bindgen") && is_current("wasm-bindgen-test-runner") {
            return Ok(());
        }
        step(&format!(
            "installing wasm-bindgen-cli {version} (a few minutes, once)"
        ));
        // Without --locked: the CLI's own lock file can ask for a newer rustc
        // than this toolchain; a fresh resolution builds with it.
        run_checked(self.command("cargo").args([
            "install",
            "--force",
            &format!("wasm-bindgen-cli@{version}"),
        ]))
    }

    fn ensure_wasm_opt(&self, binaryen_bin: &Path, cargo_bin: &Path) -> Result<(), String> {
        let has_it = |toolchain: &Self| {
            toolchain
                .version_of("wasm-opt")
                .is_some_and(|version| version.contains(WASM_OPT_VERSION_WORD))
        };
        if !has_it(self) {
            step(&format!(
                "installing wasm-opt (npm binaryen@{BINARYEN_VERSION})"
            ));
            let prefix = binaryen_bin
                .parent()
                .and_then(Path::parent)
                .expect("binaryen_bin is <prefix>/node_modules/.bin");
            std::fs::create_dir_all(prefix)
                .map_err(|error| format!("cannot create {}: {error}", prefix.display()))?;
            run_checked(self.command("npm").args([
                "install",
                "--no-audit",
                "--no-fund",
                "--prefix",
                &prefix.to_string_lossy(),
                &format!("binaryen@{BINARYEN_VERSION}"),
            ]))?;
            if !has_it(self) {
                return Err(format!(
                    "wasm-opt from npm binaryen@{BINARYEN_VERSION} does not report {WASM_OPT_VERSION_WORD}"
                ));
            }
        }
        // So that `trunk build --release --offline` works from a plain shell,
        // where cargo's bin folder is on PATH. Never replace someone's file.
        let link = cargo_bin.join("wasm-opt");
        let target = binaryen_bin.join("wasm-opt");
        if target.exists() && std::fs::symlink_metadata(&link).is_err() {
            link_file(&target, &link);
        }
        Ok(())
    }

    fn ensure_browser(&mut self) -> Result<(), String> {
        let find =
            |toolchain: &Self, names: &[&str]| names.iter().find_map(|name| toolchain.which(name));
        let mut chromium = find(self, &["chromium", "chromium-browser"]);
        let mut chromedriver = find(self, &["chromedriver"]);
        if chromium.is_none() || chromedriver.is_none() {
            step("installing Chromium and chromedriver (apt-get)");
            let sudo = !is_root();
            let apt = |args: &[&str]| {
                let mut command = if sudo {
                    let mut command = self.command("sudo");
                    command.arg("apt-get");
                    command
                } else {
                    self.command("apt-get")
                };
                command.args(args).env("DEBIAN_FRONTEND", "noninteractive");
                run_checked(&mut command)
            };
            apt(&["update", "-qq"])?;
            apt(&["install", "-y", "-qq", "chromium", "chromium-driver"])?;
            chromium = find(self, &["chromium", "chromium-browser"]);
            chromedriver = find(self, &["chromedriver"]);
        }
        self.chromium = Some(chromium.ok_or("Chromium is still missing after apt-get install")?);
        self.chromedriver =
            Some(chromedriver.ok_or("chromedriver is still missing after apt-get install")?);
        Ok(())
    }

    fn ensure_e2e_packages(&self) -> Result<(), String> {
        let e2e = repo_root().join("e2e");
        let installed = e2e.join("node_modules").join(".package-lock.json");
        let lock = e2e.join("package-lock.json");
        if is_newer_or_equal(&installed, &lock) {
            return Ok(());
        }
        step("installing the end-to-end test runner (npm ci in e2e/)");
        run_checked(
            self.command("npm")
                .args(["ci", "--no-audit", "--no-fund"])
                .current_dir(&e2e)
                // The tests drive Debian's Chromium; Playwright's own browser
                // download is neither wanted nor reachable.
                .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"),
        )
    }

    /// The full path of `program` on this toolchain's `PATH`.
    fn which(&self, program: &str) -> Option<PathBuf> {
        env::split_paths(&self.path)
            .map(|dir| dir.join(program))
            .find(|candidate| candidate.is_file())
    }
}

/// The `wasm-bindgen` version Cargo.lock resolved; the CLI must match it.
pub fn locked_wasm_bindgen_version() -> Result<String, String> {
    let lock = std::fs::read_to_string(repo_root().join("Cargo.lock"))
        .map_err(|error| format!("cannot read Cargo.lock: {error}"))?;
    version_in_lock(&lock, "wasm-bindgen")
        .ok_or_else(|| "Cargo.lock has no wasm-bindgen package".to_string())
}

/// The version of `package` in a Cargo.lock's text.
fn version_in_lock(lock: &str, package: &str) -> Option<String> {
    let name_line = format!("name = \"{package}\"");
    let mut lines = lock.lines();
    lines.find(|line| line.trim() == name_line)?;
    let version = lines.next()?.trim().strip_prefix("version = \"")?;
    Some(version.trim_end_matches('"').to_string())
}

fn cargo_home() -> PathBuf {
    env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| home().join(".cargo"))
}

fn tools_dir() -> PathBuf {
    env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| home().join(".cache"))
        .join("parallax")
        .join("tools")
}

fn home() -> PathBuf {
    env::var_os("HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/root"))
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|output| String::from_utf8_lossy(&output.stdout).trim() == "0")
}

fn is_newer_or_equal(file: &Path, than: &Path) -> bool {
    let modified = |path: &Path| {
        std::fs::metadata(path)
            .and_then(|meta| meta.modified())
            .ok()
    };
    match (modified(file), modified(than)) {
        (Some(file), Some(than)) => file >= than,
        _ => false,
    }
}

#[cfg(unix)]
fn link_file(target: &Path, link: &Path) {
    // Best effort: without the link, xtask still finds wasm-opt on its PATH.
    let _ = std::os::unix::fs::symlink(target, link);
}

#[cfg(not(unix))]
fn link_file(_target: &Path, _link: &Path) {}

/// Prints a step heading.
pub fn step(what: &str) {
    println!("\n==> {what}");
}

/// Runs a command, failing with its name when it fails.
pub fn run_checked(command: &mut Command) -> Result<(), String> {
    let status = command
        .status()
        .map_err(|error| format!("cannot start {:?}: {error}", command.get_program()))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{:?} failed ({status})", command.get_program()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_package_version_from_a_lock_file() {
        let lock = "[[package]]\nname = \"wasm-bindgen-macro\"\nversion = \"9.9.9\"\n\n\
                    [[package]]\nname = \"wasm-bindgen\"\nversion = \"0.2.130\"\nsource = \"x\"\n";
        assert_eq!(
            version_in_lock(lock, "wasm-bindgen").as_deref(),
            Some("0.2.130")
        );
        assert_eq!(version_in_lock(lock, "trunk"), None);
    }

    /// Trunk.toml pins wasm-bindgen for `trunk build --offline`; it must be
    /// the version Cargo.lock resolved, or the offline build fails.
    #[test]
    fn trunk_toml_pins_the_locked_wasm_bindgen_version() {
        let trunk_toml = std::fs::read_to_string(repo_root().join("Trunk.toml")).unwrap();
        let locked = locked_wasm_bindgen_version().unwrap();
        let pin = format!("wasm_bindgen = \"{locked}\"");
        assert!(
            trunk_toml.lines().any(|line| line.trim() == pin),
            "Trunk.toml must say {pin}"
        );
    }

    #[test]
    fn trunk_toml_pins_the_installed_wasm_opt_version() {
        let trunk_toml = std::fs::read_to_string(repo_root().join("Trunk.toml")).unwrap();
        let major = BINARYEN_VERSION.split('.').next().unwrap();
        let pin = format!("wasm_opt = \"version_{major}\"");
        assert!(
            trunk_toml.lines().any(|line| line.trim() == pin),
            "Trunk.toml must say {pin}"
        );
        assert_eq!(WASM_OPT_VERSION_WORD, format!("version {major}"));
    }
}
