//! `parallax-cli`: the Parallax domain on the command line, for scripts,
//! fact-checkers and the project's own tooling. It shares every rule with the
//! widget through `parallax-core`; this file only parses arguments and prints.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use parallax_core::Corpus;

/// Read one news story through many outlets.
///
/// Parallax bundles five articles on North Korean troops sent to Russia
/// (October 2024). This program works on that corpus, and on corpora of your
/// own in the same format (format 1, documented in the project's README),
/// without a browser.
#[derive(Debug, Parser)]
#[command(name = "parallax-cli", version, about, long_about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Print the bundled corpus as format-1 JSON on standard output.
    ///
    /// A top-level object with `format`, `title`, `outlets` (each with `id`
    /// and `name`) and `articles` (each with `id`, `outlet`, `headline`,
    /// `byline`, `published`, `url` with their provenance, and the typed body
    /// `blocks`).
    Export,
    /// Check that FILE is a valid format-1 corpus.
    ///
    /// Prints every problem with where it is (the JSON path and the id of
    /// the article or outlet) on standard error. Exits with 0 only for a
    /// valid file, 1 for an invalid one and 2 when FILE cannot be read.
    Check {
        /// The corpus file (JSON).
        file: PathBuf,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Export => finish(export(&mut io::stdout().lock())),
        Command::Check { file } => check(&file),
    }
}

fn finish(result: io::Result<()>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`parallax-cli export | head`) is not an error.
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("parallax-cli: {error}");
            ExitCode::FAILURE
        }
    }
}

fn export(out: &mut impl Write) -> io::Result<()> {
    let corpus = Corpus::parse_bundled().map_err(|errors| {
        io::Error::other(format!("the bundled corpus is invalid: {}", errors[0]))
    })?;
    serde_json::to_writer_pretty(&mut *out, &corpus.to_record())?;
    writeln!(out)
}

fn check(file: &Path) -> ExitCode {
    let name = file.display();
    let bytes = match std::fs::read(file) {
        Ok(bytes) => bytes,
        Err(error) => {
            eprintln!("{name}: cannot read: {error}");
            return ExitCode::from(2);
        }
    };
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            let offset = error.utf8_error().valid_up_to();
            eprintln!("{name}: not UTF-8 text (invalid byte at offset {offset})");
            return ExitCode::FAILURE;
        }
    };
    match Corpus::parse(&text) {
        Ok(corpus) => {
            println!(
                "{name}: valid format-1 corpus ({} articles from {} outlets)",
                corpus.articles().len(),
                corpus.outlets().len()
            );
            ExitCode::SUCCESS
        }
        Err(errors) => {
            for error in &errors {
                eprintln!("{name}: {error}");
            }
            let count = errors.len();
            eprintln!(
                "{name}: {count} problem{}",
                if count == 1 { "" } else { "s" }
            );
            ExitCode::FAILURE
        }
    }
}
