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
    /// matched sentence), `score` (0 to 1; below 0.15 counts as not
    /// covered), `rank` (what orders them: a figure of the same kind of
    /// quantity counts even when its words differ) and `figures` (`agree` or
    /// `differ` when both give a figure about the same thing, else empty). The same engine as the widget's "How do other outlets report
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
    /// Find every claim's stances in every article with the claim engine,
    /// and print the corpus with them as format-1 JSON.
    ///
    /// Reads the bundled corpus, or FILE (a format-1 corpus, for example one
    /// made by `import`). For each claim and each article without an
    /// editor's stance for it, adds the stances the engine finds (the
    /// sentence verbatim, the value read from it, the source it is
    /// attributed to, or none when the engine found none), each marked
    /// `"provenance": "found"`, and lists the article in the claim's
    /// `searched` (looked at, found or not). Editors' claims and stances are
    /// never changed. With `--suggest`, also appends the claims the engine
    /// discovers among the articles' figures, marked `found`. The engine's
    /// earlier results in FILE are replaced, not duplicated. The output
    /// passes `check`.
    Claims {
        /// A format-1 corpus to read instead of the bundled one.
        #[arg(long, value_name = "FILE")]
        corpus: Option<PathBuf>,
        /// Also suggest new claims.
        #[arg(long)]
        suggest: bool,
    },
    /// Turn article files into one format-1 corpus on standard output.
    ///
    /// Each FILE is a text (`.txt`: an article's text, as pasted into the
    /// widget), a saved web page (`.html`, `.htm`) or a format-1 corpus
    /// (`.json`). Texts and pages go through the same cleaner as the
    /// widget's imports; each headline, byline and date keeps how it is
    /// known (`stated` by the page's metadata or the text, or `inferred`
    /// with its `basis`). The outlet is NAME when given, else the page's
    /// metadata (`og:site_name`, JSON-LD publisher), else the file's name
    /// (inferred). Any file that cannot be read or cleaned is reported on
    /// standard error and nothing is printed (exit status 1).
    Import {
        /// The files to import, in order.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The outlet's name for every text and page.
        #[arg(long, value_name = "NAME")]
        outlet: Option<String>,
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
        Command::Import { files, outlet } => import(&files, outlet.as_deref()),
        Command::Claims { corpus, suggest } => match load(corpus.as_deref()) {
            Ok(corpus) => finish((|| {
                let record = parallax_core::engine::complete::complete(&corpus, suggest);
                let mut out = io::stdout().lock();
                serde_json::to_writer_pretty(&mut out, &record)?;
                writeln!(out)
            })()),
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
    let bytes = std::fs::read(file).map_err(|error| {
        eprintln!("{name}: cannot read: {error}");
        ExitCode::from(2)
    })?;
    // The same reading as `check` (size, binary, UTF-8, then validation).
    parallax_core::import::read_document(&bytes).map_err(|problem| {
        match problem {
            DocumentProblem::Invalid(errors) => {
                for error in &errors {
                    eprintln!("{name}: {error}");
                }
            }
            other => eprintln!("{name}: {other}"),
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
                "rank": (m.rank * 1000.0).round() / 1000.0,
                "figures": match m.figures {
                    Some(parallax_core::matching::Figures::Agree) => "agree",
                    Some(parallax_core::matching::Figures::Differ) => "differ",
                    None => "",
                },
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

/// `parallax-cli import`: every file into one format-1 corpus, or every
/// problem and nothing printed.
fn import(files: &[PathBuf], outlet: Option<&str>) -> ExitCode {
    use parallax_core::import::{self, MAX_DOCUMENT_BYTES, MAX_TEXT_BYTES};
    use parallax_core::page::{self, Found};

    let mut imports = import::empty();
    let mut problems = 0;
    for file in files {
        let name = file.display();
        let result = (|| -> Result<_, String> {
            let bytes = std::fs::read(file).map_err(|error| format!("cannot read: {error}"))?;
            let extension = file
                .extension()
                .and_then(|e| e.to_str())
                .unwrap_or("")
                .to_ascii_lowercase();
            let stem = file
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or("imported")
                .to_string();
            if extension == "json" {
                let corpus = import::read_document(&bytes).map_err(|problem| match problem {
                    DocumentProblem::Invalid(errors) => errors
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join("; "),
                    other => other.to_string(),
                })?;
                return import::add_document(&imports, &corpus, &[]);
            }
            let limit = if extension == "txt" {
                MAX_TEXT_BYTES
            } else {
                MAX_DOCUMENT_BYTES
            };
            if let Some(message) = import::too_large(&name.to_string(), bytes.len(), limit) {
                return Err(message);
            }
            let text = std::str::from_utf8(&bytes).map_err(|error| {
                format!(
                    "not UTF-8 text (an invalid byte at offset {})",
                    error.valid_up_to()
                )
            })?;
            let article = match extension.as_str() {
                "txt" | "text" => page::from_text(text),
                "html" | "htm" | "xhtml" => page::read_page(&page::parse_html(text)),
                _ => {
                    return Err("not a kind of file import reads (.txt, .html, .htm or .json), so nothing was read".into());
                }
            };
            let outlet = match (outlet, &article.outlet) {
                (Some(given), _) => Found {
                    value: given.to_string(),
                    stated: false,
                    basis: "given with --outlet when importing".into(),
                },
                (None, Some(found)) => found.clone(),
                (None, None) => Found {
                    value: stem.clone(),
                    stated: false,
                    basis: "no outlet named in the file; its name stands in".into(),
                },
            };
            import::add_read(&imports, &article, &outlet, &stem, &[])
        })();
        match result {
            Ok(next) => imports = next,
            Err(message) => {
                eprintln!("{name}: {message}");
                problems += 1;
            }
        }
    }
    if problems > 0 {
        eprintln!("parallax-cli: nothing printed: {problems} file(s) could not be imported");
        return ExitCode::FAILURE;
    }
    if let Err(errors) = Corpus::from_record(&imports) {
        for error in &errors {
            eprintln!("parallax-cli: {error}");
        }
        return ExitCode::FAILURE;
    }
    finish((|| {
        let mut out = io::stdout().lock();
        serde_json::to_writer_pretty(&mut out, &imports)?;
        writeln!(out)
    })())
}
