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

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard
    /// Hinnant's `days_from_civil`).
    fn days(self) -> i64 {
        let (month, day) = (i64::from(self.month), i64::from(self.day));
        let year = i64::from(self.year) - i64::from(month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let day_of_year = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + day - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// The date `days` days after 1970-01-01 (`civil_from_days`), if its
    /// year fits.
    fn from_days(days: i64) -> Option<Self> {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z - era * 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let mp = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        Self::new(
            u16::try_from(year).ok()?,
            u8::try_from(month).ok()?,
            u8::try_from(day).ok()?,
        )
    }

    /// The day of the week, 0 for Monday to 6 for Sunday.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (3).
        u8::try_from((self.days() + 3).rem_euclid(7)).unwrap_or(0)
    }

    /// The latest date on or before this one that falls on `weekday` (0
    /// for Monday to 6 for Sunday): "said on Wednesday" in an article of
    /// Friday 17 October is Wednesday 15 October.
    pub fn on_or_before(self, weekday: u8) -> Self {
        let back = (i64::from(self.weekday()) - i64::from(weekday % 7)).rem_euclid(7);
        Self::from_days(self.days() - back).unwrap_or(self)
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
    fn weekdays_and_the_weekday_on_or_before_a_date() {
        let date = |y, m, d| Date::new(y, m, d).unwrap();
        assert_eq!(date(1970, 1, 1).weekday(), 3);
        assert_eq!(date(2024, 10, 23).weekday(), 2); // a Wednesday
        assert_eq!(date(2000, 2, 29).weekday(), 1); // a Tuesday
        // Friday 17 October 2025: the Wednesday before, and itself.
        assert_eq!(date(2025, 10, 17).on_or_before(2), date(2025, 10, 15));
        assert_eq!(date(2025, 10, 17).on_or_before(4), date(2025, 10, 17));
        // Across a month and a leap day.
        assert_eq!(date(2024, 3, 1).on_or_before(3), date(2024, 2, 29));
        for days in [-1000, 0, 19_000, 20_400] {
            assert_eq!(Date::from_days(days).unwrap().days(), days);
        }
    }

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
