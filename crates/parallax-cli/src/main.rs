//! `parallax-cli`: the Parallax domain on the command line, for scripts,
//! fact-checkers and the project's own tooling. It shares every rule with the
//! widget through `parallax-core`; this file only parses arguments and prints.

use std::io::{self, Write};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use parallax_core::Corpus;
use parallax_core::wire::CorpusDocument;

/// Read one news story through many outlets.
///
/// Parallax bundles five articles on North Korean troops sent to Russia
/// (October 2024). This program works on that corpus without a browser.
#[derive(Debug, Parser)]
#[command(name = "parallax-cli", version, about, long_about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Print the bundled corpus as JSON on standard output.
    ///
    /// The output is an object with an `articles` array; each article has
    /// `id`, `first_line` and the raw `text` exactly as bundled.
    Export,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Export => export(&mut io::stdout().lock()),
    };
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
    let corpus = Corpus::bundled();
    serde_json::to_writer_pretty(&mut *out, &CorpusDocument::from(&corpus))?;
    writeln!(out)
}
