//! Runs the built `parallax-cli` binary as a user would and checks what it
//! prints and how it exits.

use std::path::PathBuf;
use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parallax-cli"))
        .args(args)
        .output()
        .expect("parallax-cli runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Writes `contents` to a fresh file for `check` and returns its path.
fn file(name: &str, contents: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("parallax-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

fn exported() -> serde_json::Value {
    let output = run(&["export"]);
    assert!(output.status.success(), "{output:?}");
    serde_json::from_str(&stdout(&output)).expect("valid JSON")
}

#[test]
fn export_prints_five_articles_from_four_outlets_in_format_one() {
    let json = exported();
    assert_eq!(json["format"], 1);
    assert_eq!(json["outlets"].as_array().unwrap().len(), 4);
    let articles = json["articles"].as_array().expect("an `articles` array");
    assert_eq!(articles.len(), 5);
    let first = &articles[0];
    assert_eq!(first["id"], "ni-joined-the-fight");
    assert_eq!(first["outlet"], "the-national-interest");
    assert_eq!(first["byline"]["value"], "Stavros Atlamazoglou");
    assert_eq!(first["published"]["precision"], "about");
    assert_eq!(first["published"]["provenance"], "inferred");
    assert_eq!(first["blocks"][0]["kind"], "summary");
}

#[test]
fn exported_corpus_passes_check() {
    let output = run(&["export"]);
    let path = file("exported.json", &output.stdout);
    let checked = run(&["check", path.to_str().unwrap()]);
    assert!(checked.status.success(), "{}", stderr(&checked));
    assert!(stdout(&checked).contains("valid format-1 corpus (5 articles from 4 outlets)"));
}

#[test]
fn check_names_a_broken_reference_a_duplicate_id_and_a_missing_field() {
    let mut json = exported();
    json["articles"][1]["outlet"] = "the-daily-planet".into();
    json["articles"][2]["id"] = json["articles"][0]["id"].clone();
    json["articles"][3]
        .as_object_mut()
        .unwrap()
        .remove("headline");
    let path = file("broken.json", json.to_string().as_bytes());
    let output = run(&["check", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let errors = stderr(&output);
    // Structure is checked before meaning: the missing field comes first and
    // stops the rest, so check it on its own too.
    assert!(
        errors.contains("articles[3] (\"abc-allies-on-edge\"): missing field `headline`"),
        "{errors}"
    );

    // Without the claims, whose stances would also lose their articles.
    let mut json = exported();
    json.as_object_mut().unwrap().remove("claims");
    json["articles"][1]["outlet"] = "the-daily-planet".into();
    json["articles"][2]["id"] = json["articles"][0]["id"].clone();
    let path = file("broken-meaning.json", json.to_string().as_bytes());
    let output = run(&["check", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let errors = stderr(&output);
    assert!(
        errors.contains("articles[1] (\"kontur-how-far-russia-has-fallen\"), field `outlet`: no outlet has the id \"the-daily-planet\""),
        "{errors}"
    );
    assert!(
        errors.contains("articles[2] (\"ni-joined-the-fight\"), field `id`: duplicate id: articles[0] has it already"),
        "{errors}"
    );
    assert!(errors.contains(": 2 problems"), "{errors}");
}

#[test]
fn check_reports_malformed_json_and_invalid_utf8_and_missing_files() {
    let path = file("malformed.json", b"{ \"format\": 1, ");
    let output = run(&["check", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("not valid JSON: EOF while parsing a value at line 1 column 15"),
        "{}",
        stderr(&output)
    );

    let path = file("latin1.json", b"{\"format\": 1, \xff\xfe}");
    let output = run(&["check", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("not UTF-8 text (an invalid byte at offset 14)"),
        "{}",
        stderr(&output)
    );

    // A PNG's first bytes: binary, said as such.
    let path = file("picture.json", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    let output = run(&["check", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("a binary file, not JSON text (a NUL byte at offset 8)"),
        "{}",
        stderr(&output)
    );

    let output = run(&["check", "/nonexistent/corpus.json"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("cannot read"));
}

#[test]
fn check_refuses_a_document_larger_than_the_widget_reads() {
    // 20 MB of valid JSON: the widget would refuse it, so check does too.
    let mut big = b"{\"format\": 1, \"outlets\": [], \"articles\": [], \"x\": \"".to_vec();
    big.resize(20_000_000, b'a');
    big.extend_from_slice(b"\"}");
    let path = file("huge.json", &big);
    let output = run(&["check", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("too large to read in the widget (20.0 MB; the limit is 10 MB)"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn help_explains_the_program_and_its_commands() {
    let output = run(&["--help"]);
    assert!(output.status.success());
    let help = stdout(&output);
    assert!(
        help.contains("Read one news story through many outlets"),
        "{help}"
    );
    assert!(help.contains("export"), "{help}");
    assert!(help.contains("check"), "{help}");
    assert!(help.contains("match"), "{help}");
}

#[test]
fn unknown_command_fails_with_a_message() {
    let output = run(&["frobnicate"]);
    assert!(!output.status.success());
    assert!(stderr(&output).contains("frobnicate"));
}

#[test]
fn export_includes_the_claims_and_every_quote_is_verbatim_in_its_article() {
    let json = exported();
    let claims = json["claims"].as_array().expect("a `claims` array");
    assert!(claims.len() >= 15, "{} claims", claims.len());
    let articles = json["articles"].as_array().unwrap();
    let mut stances = 0;
    for claim in claims {
        for stance in claim["stances"].as_array().unwrap() {
            let article = articles
                .iter()
                .find(|a| a["id"] == stance["article"])
                .expect("the stance's article is exported");
            let quote = stance["quote"].as_str().unwrap();
            let found = article["blocks"]
                .as_array()
                .unwrap()
                .iter()
                .any(|block| block["text"].as_str().unwrap().contains(quote));
            assert!(found, "{quote:?} is not verbatim in {}", stance["article"]);
            stances += 1;
        }
    }
    assert!(stances >= 45);
}

#[test]
fn match_prints_the_best_passages_first_as_json() {
    let output = run(&["match", "North Korea has 1.2 million soldiers in its army"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let matches: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let matches = matches.as_array().unwrap();
    assert!(!matches.is_empty() && matches.len() <= 10);
    // Either outlet's figure for the army's size answers it: the same
    // figure is no longer a bonus over a different one.
    let top = matches[0]["text"].as_str().unwrap();
    assert!(
        top.contains("1.2 million soldiers") || top.contains("1.3 million active personnel"),
        "{top}"
    );
    let scores: Vec<f64> = matches
        .iter()
        .map(|m| m["rank"].as_f64().unwrap())
        .collect();
    assert!(
        scores.windows(2).all(|pair| pair[0] >= pair[1]),
        "best first: {scores:?}"
    );
}

#[test]
fn match_reads_another_corpus_and_reports_its_problems() {
    let path = file(
        "tiny.json",
        br#"{"format": 1, "outlets": [], "articles": []}"#,
    );
    let output = run(&["match", "anything", "--corpus", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("articles: a corpus needs at least one article"));
}

const SAVED_PAGE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../parallax-core/tests/pages/saved-page.html"
);

#[test]
fn import_turns_a_saved_page_a_text_and_a_corpus_into_one_valid_corpus() {
    // A text saved by a Windows editor: BOM, CRLF and a bare CR.
    let text = file(
        "flood.txt",
        "\u{FEFF}Floodwaters reach the old town\r\nBy Ana Example\rMarch 3, 2025 — Rescue teams said on Monday that about 1,200 residents had been moved to shelters.\r\n"
            .as_bytes(),
    );
    let exported = stdout(&run(&["export"]));
    let corpus = file("bundled.json", format!("\u{FEFF}{exported}").as_bytes());
    let output = run(&[
        "import",
        SAVED_PAGE,
        text.to_str().unwrap(),
        corpus.to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let imported: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let articles = imported["articles"].as_array().unwrap();
    assert_eq!(articles.len(), 2 + 5);
    let page = &articles[0];
    assert_eq!(page["headline"]["provenance"], "stated");
    assert_eq!(page["published"]["date"], "2025-03-03");
    assert_eq!(
        page["outlet_attribution"]["basis"],
        "JSON-LD NewsArticle.publisher"
    );
    assert!(!page.to_string().contains("sentinel"));
    let pasted = &articles[1];
    assert_eq!(pasted["byline"]["value"], "Ana Example");
    assert_eq!(
        pasted["blocks"][0]["text"],
        "Rescue teams said on Monday that about 1,200 residents had been moved to shelters."
    );
    // The outlet of a text comes from its file name, marked inferred.
    assert_eq!(pasted["outlet_attribution"]["provenance"], "inferred");
    let again = file("imported.json", stdout(&output).as_bytes());
    assert!(run(&["check", again.to_str().unwrap()]).status.success());
}

#[test]
fn import_reports_every_bad_file_and_prints_nothing() {
    let binary = file("image.html", b"\xff\xd8\xff\xe0 not text");
    let unknown = file("notes.docx", b"PK");
    let empty = file("empty.txt", b"   \n\n");
    let output = run(&[
        "import",
        binary.to_str().unwrap(),
        unknown.to_str().unwrap(),
        empty.to_str().unwrap(),
        "/no/such/file.txt",
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stdout(&output).is_empty());
    let errors = stderr(&output);
    assert!(errors.contains("image.html: not UTF-8 text"), "{errors}");
    assert!(
        errors.contains("notes.docx: not a kind of file"),
        "{errors}"
    );
    assert!(
        errors.contains("empty.txt: the cleaner found no article text"),
        "{errors}"
    );
    assert!(
        errors.contains("/no/such/file.txt: cannot read"),
        "{errors}"
    );
}

#[test]
fn import_takes_the_outlet_given_on_the_command_line() {
    let output = run(&["import", "--outlet", "The Daily", SAVED_PAGE]);
    assert!(output.status.success(), "{}", stderr(&output));
    let imported: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(imported["outlets"][0]["name"], "The Daily");
    assert_eq!(
        imported["articles"][0]["outlet_attribution"]["provenance"],
        "inferred"
    );
}

// Issue #14, item 2: `check` refused a format-1 file saved with a UTF-8
// byte-order mark as "not valid JSON … line 1 column 1"; `match --corpus`
// read it through the same parser.
#[test]
fn check_and_match_read_a_file_with_a_byte_order_mark() {
    let exported = stdout(&run(&["export"]));
    let path = file("bom.json", format!("\u{FEFF}{exported}").as_bytes());
    let output = run(&["check", path.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let output = run(&[
        "match",
        "--corpus",
        path.to_str().unwrap(),
        "ten thousand soldiers",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
}

/// Two invented reports of one story by two invented outlets that give
/// different evacuation figures from different sources.
const HARBOR_WIRE: &str = "Ferry fire forces thousands from Port Aven\n\nBy Ines Marlow\n\nPORT AVEN, June 3 (Coastline Wire) - About 2,300 residents were evacuated from the harbour district on Tuesday after a fire on a moored ferry, the county fire service said.\n\nFirefighters said the blaze was under control by the evening. The ferry, built in 1998, carried no passengers at the time.\n\nThe harbour master said 14 vessels had been moved out of the basin as a precaution.\n";
const HARBOR_DAILY: &str = "Harbour district emptied as ferry burns\n\nBy Tom Reyes\n\nMore than 3,000 people had to leave their homes in Port Aven's harbour district, according to the mayor, Ada Lindqvist.\n\nResidents described thick smoke over the quays. One woman, aged 71, said she had never seen anything like it.\n\nEleven vessels were towed out of the basin, port officials told the Daily.\n";

#[test]
fn claims_suggests_from_a_corpus_imported_from_text_files_and_passes_check() {
    let wire = file("coastline-wire.txt", HARBOR_WIRE.as_bytes());
    let daily = file("harbour-daily.txt", HARBOR_DAILY.as_bytes());
    let imported = run(&["import", wire.to_str().unwrap(), daily.to_str().unwrap()]);
    assert!(imported.status.success(), "{}", stderr(&imported));
    let corpus = file("imported-harbour.json", &imported.stdout);

    let output = run(&["claims", "--corpus", corpus.to_str().unwrap(), "--suggest"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let completed = file("claims-harbour.json", &output.stdout);
    let checked = run(&["check", completed.to_str().unwrap()]);
    assert!(checked.status.success(), "{}", stderr(&checked));

    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let claims = json["claims"].as_array().expect("suggested claims");
    assert!(claims.iter().all(|c| c["provenance"] == "found"));
    // Both outlets' evacuation figures are suggested, with their
    // qualifiers and sources (whether the engine puts them in one claim is
    // measured by the discovery benchmark, not here).
    let stances: Vec<&serde_json::Value> = claims
        .iter()
        .flat_map(|c| c["stances"].as_array().unwrap())
        .collect();
    assert!(stances.iter().all(|s| s["provenance"] == "found"));
    let mut figures: Vec<(f64, String, String)> = stances
        .iter()
        .filter(|s| s["value"]["amount"].as_f64().unwrap() > 1000.0)
        .map(|s| {
            (
                s["value"]["amount"].as_f64().unwrap(),
                s["value"]["qualifier"].as_str().unwrap().to_string(),
                s["source"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    figures.sort_by(|a, b| a.0.total_cmp(&b.0));
    assert_eq!(
        figures,
        [
            (2300.0, "about".into(), "the county fire service".into()),
            (
                3000.0,
                "more_than".into(),
                "the mayor, Ada Lindqvist".into()
            )
        ]
    );
    assert!(
        claims
            .iter()
            .all(|c| c["question"].as_str().unwrap().starts_with("How many"))
    );
    // The vessels both outlets counted are one suggestion.
    assert!(
        claims
            .iter()
            .any(|c| c["stances"].as_array().unwrap().len() == 2
                && c["stances"][0]["value"]["unit"] == "vessels"),
        "{claims:#?}"
    );
    // The year the ferry was built and the woman's age are no claims.
    let text = stdout(&output);
    assert!(!text.contains("\"amount\": 1998"), "{text}");
    assert!(!text.contains("\"amount\": 71"), "{text}");
}

#[test]
fn claims_on_the_bundled_corpus_keeps_every_editors_stance() {
    let output = run(&["claims"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let exported = exported();
    let curated = |doc: &serde_json::Value| -> usize {
        doc["claims"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|c| c["stances"].as_array().unwrap())
            .filter(|s| s.get("provenance").is_none())
            .count()
    };
    assert_eq!(curated(&json), curated(&exported));
    assert_eq!(curated(&json), 58);
    let checked = run(&[
        "check",
        file("claims-bundled.json", &output.stdout)
            .to_str()
            .unwrap(),
    ]);
    assert!(checked.status.success(), "{}", stderr(&checked));
}
