//! Counting tests across layers: every layer reports `passed` and `failed`,
//! and the test command ends with their sum as `N passed, N failed`.

use std::fmt;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Count {
    pub passed: u64,
    pub failed: u64,
}

impl Count {
    /// One check (a lint, a build): one pass or one failure.
    pub fn single(success: bool) -> Count {
        if success {
            Count {
                passed: 1,
                failed: 0,
            }
        } else {
            Count {
                passed: 0,
                failed: 1,
            }
        }
    }

    pub fn add(&mut self, other: Count) {
        self.passed += other.passed;
        self.failed += other.failed;
    }

    /// What a layer counts once its process has ended: a layer whose process
    /// failed without reporting a failed test (it did not compile, the browser
    /// did not start) still counts as one failure, so the tally never says
    /// "0 failed" for a run that failed.
    pub fn settle(mut self, success: bool) -> Count {
        if !success && self.failed == 0 {
            self.failed = 1;
        }
        self
    }
}

impl fmt::Display for Count {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} passed, {} failed", self.passed, self.failed)
    }
}

/// Reads a libtest summary line, as printed by `cargo test` and by
/// `wasm-bindgen-test-runner`:
/// `test result: ok. 8 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; …`
pub fn parse_libtest_line(line: &str) -> Option<Count> {
    let rest = line.trim().strip_prefix("test result: ")?;
    let (_, counts) = rest.split_once(". ")?;
    let mut count = Count::default();
    for part in counts.split(';') {
        let mut words = part.split_whitespace();
        let (Some(number), Some(label)) = (words.next(), words.next()) else {
            continue;
        };
        let Ok(number) = number.parse::<u64>() else {
            continue;
        };
        match label {
            "passed" => count.passed = number,
            "failed" => count.failed = number,
            _ => {}
        }
    }
    Some(count)
}

/// Reads Playwright's JSON report (`stats.expected` passed, `stats.unexpected`
/// failed; a flaky test counts as failed because retries are off and a pass
/// after a failure still hides a defect).
pub fn parse_playwright_report(json: &str) -> Result<Count, String> {
    let report: serde_json::Value = serde_json::from_str(json)
        .map_err(|error| format!("unreadable Playwright report: {error}"))?;
    let stat = |name: &str| report["stats"][name].as_u64().unwrap_or(0);
    Ok(Count {
        passed: stat("expected"),
        failed: stat("unexpected") + stat("flaky"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_passing_libtest_line() {
        let line = "test result: ok. 8 passed; 0 failed; 1 ignored; 0 measured; 0 filtered out; finished in 0.01s";
        assert_eq!(
            parse_libtest_line(line),
            Some(Count {
                passed: 8,
                failed: 0
            })
        );
    }

    #[test]
    fn reads_a_failing_libtest_line() {
        let line = "test result: FAILED. 3 passed; 2 failed; 0 ignored; 0 measured; 0 filtered out";
        assert_eq!(
            parse_libtest_line(line),
            Some(Count {
                passed: 3,
                failed: 2
            })
        );
    }

    #[test]
    fn ignores_other_lines() {
        assert_eq!(parse_libtest_line("test foo ... ok"), None);
        assert_eq!(parse_libtest_line("running 3 tests"), None);
    }

    #[test]
    fn a_failed_process_without_failed_tests_counts_one_failure() {
        let count = Count {
            passed: 4,
            failed: 0,
        };
        assert_eq!(
            count.settle(false),
            Count {
                passed: 4,
                failed: 1
            }
        );
        assert_eq!(count.settle(true), count);
        let failing = Count {
            passed: 1,
            failed: 2,
        };
        assert_eq!(failing.settle(false), failing);
    }

    #[test]
    fn reads_playwright_stats_and_counts_flaky_as_failed() {
        let json = r#"{"stats": {"expected": 5, "unexpected": 1, "flaky": 1, "skipped": 2}}"#;
        assert_eq!(
            parse_playwright_report(json),
            Ok(Count {
                passed: 5,
                failed: 2
            })
        );
        assert!(parse_playwright_report("not json").is_err());
    }

    #[test]
    fn displays_as_the_summary_line() {
        assert_eq!(
            Count {
                passed: 7,
                failed: 0
            }
            .to_string(),
            "7 passed, 0 failed"
        );
    }
}
