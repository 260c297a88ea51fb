//! `parallax-cli`: the Parallax domain on the command line, for scripts,
//! fact-checkers and the project's own tooling. It shares every rule with the
//! widget through `parallax-core`; this file only parses arguments and prints.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use parallax_core::Corpus;
use parallax_core::import::DocumentProblem;
use parallax_core::matching::MatchIndex;

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
    /// Find how the articles report a sentence, best match first, as JSON.
    ///
    /// Prints a list of objects with `article`, `outlet`, `block`, `text` (the
    /// matched sentence) and `score` (0 to 1; below 0.15 counts as not
    /// covered). The same engine as the widget's "How do other outlets report
    /// this?".
    Match {
        /// The sentence to look for.
        sentence: String,
        /// A format-1 corpus to search instead of the bundled one.
        #[arg(long)]
        corpus: Option<PathBuf>,
        /// At most this many matches.
        #[arg(long, default_value_t = 10)]
        limit: usize,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Export => finish(export(&mut io::stdout().lock())),
        Command::Check { file } => check(&file),
        Command::Match {
            sentence,
            corpus,
            limit,
        } => match load(corpus.as_deref()) {
            Ok(corpus) => finish(print_matches(
                &mut io::stdout().lock(),
                &corpus,
                &sentence,
                limit,
            )),
            Err(code) => code,
        },
    }
}

/// The bundled corpus, or the one in `file`, with its problems printed.
fn load(file: Option<&Path>) -> Result<Corpus, ExitCode> {
    let Some(file) = file else {
        return Corpus::parse_bundled().map_err(|errors| {
            eprintln!("parallax-cli: the bundled corpus is invalid: {}", errors[0]);
            ExitCode::FAILURE
        });
    };
    let name = file.display();
    let text = std::fs::read_to_string(file).map_err(|error| {
        eprintln!("{name}: cannot read: {error}");
        ExitCode::from(2)
    })?;
    Corpus::parse(&text).map_err(|errors| {
        for error in &errors {
            eprintln!("{name}: {error}");
        }
        ExitCode::FAILURE
    })
}

fn print_matches(
    out: &mut impl Write,
    corpus: &Corpus,
    sentence: &str,
    limit: usize,
) -> io::Result<()> {
    let index = MatchIndex::build(corpus);
    let matches: Vec<serde_json::Value> = index
        .top(sentence, None, limit)
        .into_iter()
        .map(|m| {
            serde_json::json!({
                "article": m.passage.article.as_str(),
                "outlet": m.passage.outlet.as_str(),
                "block": m.passage.block,
                "text": m.passage.text,
                "score": (m.score * 1000.0).round() / 1000.0,
            })
        })
        .collect();
    serde_json::to_writer_pretty(&mut *out, &matches)?;
    writeln!(out)
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
    match parallax_core::import::read_document(&bytes) {
        Ok(corpus) => {
            println!(
                "{name}: valid format-1 corpus ({} articles from {} outlets)",
                corpus.articles().len(),
                corpus.outlets().len()
            );
            ExitCode::SUCCESS
        }
        Err(DocumentProblem::Invalid(errors)) => {
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
        Err(problem) => {
            eprintln!("{name}: {problem}");
            ExitCode::FAILURE
        }
    }
}
