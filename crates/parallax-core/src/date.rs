//! Calendar dates, as small as the widget needs: parse `YYYY-MM-DD`, compare,
//! and print "2 Nov 2024". A date library would cost the wasm bundle far more
//! than these few lines.

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

const MONTH_ABBREVIATIONS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

impl Date {
    /// A date, if `day` exists in that month of that year.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Self> {
        let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(Self { year, month, day })
    }

    /// Parses exactly `YYYY-MM-DD`.
    pub fn parse_iso(text: &str) -> Option<Self> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let digits = |range: std::ops::Range<usize>| -> Option<u16> {
            let part = text.get(range)?;
            part.bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| part.parse().ok())
                .flatten()
        };
        let month = u8::try_from(digits(5..7)?).ok()?;
        let day = u8::try_from(digits(8..10)?).ok()?;
        Self::new(digits(0..4)?, month, day)
    }

    pub fn year(self) -> u16 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    /// `YYYY-MM-DD`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// "Oct".
    pub fn month_abbreviation(self) -> &'static str {
        MONTH_ABBREVIATIONS[usize::from(self.month - 1)]
    }
}

/// "22 Oct 2024".
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {} {}",
            self.day,
            self.month_abbreviation(),
            self.year
        )
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_iso_dates_and_prints_them_for_readers() {
        let date = Date::parse_iso("2024-10-22").unwrap();
        assert_eq!(date.to_string(), "22 Oct 2024");
        assert_eq!(date.iso(), "2024-10-22");
    }

    #[test]
    fn rejects_what_is_not_a_calendar_date() {
        for text in [
            "2024-13-01",
            "2024-02-30",
            "2023-02-29",
            "2024-1-01",
            "24-10-22",
            "2024/10/22",
            "",
            "2024-10-2x",
            "+024-10-22",
        ] {
            assert_eq!(Date::parse_iso(text), None, "{text:?}");
        }
        assert!(Date::parse_iso("2024-02-29").is_some(), "a leap day");
        assert!(Date::parse_iso("2000-02-29").is_some(), "a leap century");
        assert_eq!(Date::parse_iso("1900-02-29"), None, "not a leap century");
    }

    #[test]
    fn dates_order_by_calendar() {
        assert!(Date::new(2024, 10, 31).unwrap() < Date::new(2024, 11, 1).unwrap());
    }
}
