//! Runs the built `parallax-cli` binary as a user would and checks what it prints.

use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parallax-cli"))
        .args(args)
        .output()
        .expect("parallax-cli runs")
}

fn stdout(output: &Output) -> &str {
    std::str::from_utf8(&output.stdout).expect("UTF-8 output")
}

#[test]
fn export_prints_the_five_bundled_articles_as_json() {
    let output = run(&["export"]);
    assert!(output.status.success(), "{output:?}");
    let json: serde_json::Value = serde_json::from_str(stdout(&output)).expect("valid JSON");
    let articles = json["articles"].as_array().expect("an `articles` array");
    assert_eq!(articles.len(), 5);
    assert_eq!(articles[0]["id"], "000_b3495b973707a2ae");
    assert_eq!(
        articles[2]["first_line"],
        "Putin Isn't Bluffing: North Korean Troops are in Occupied Ukraine"
    );
    let text = articles[3]["text"].as_str().expect("text is a string");
    assert!(text.contains("In short:"), "raw text is exported whole");
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
}

#[test]
fn unknown_command_fails_with_a_message() {
    let output = run(&["frobnicate"]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("frobnicate"), "{stderr}");
}
