//! Words of a sentence with their byte ranges, and the lexicons the claim
//! engine reads them with. Every lexicon is a plain list here so a reader
//! can see what the engine knows and what it does not.

use std::ops::Range;

use crate::normalize::fold;

/// One word or punctuation mark of a sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct Word {
    /// Byte range in the sentence.
    pub span: Range<usize>,
    /// Folded (lower case, accents dropped).
    pub folded: String,
    /// Starts with a capital letter.
    pub capital: bool,
    /// Punctuation (`,` `;` `:` `.` quotes, dashes, brackets).
    pub punct: bool,
}

/// Words (letters, digits, inner `-` `'` `’` `.` `,` between digits) and
/// punctuation marks of `text`, in order.
pub fn words(text: &str) -> Vec<Word> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let end_of = |i: usize| chars.get(i).map_or(text.len(), |&(at, _)| at);
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        if c.is_alphanumeric() {
            let mut j = i + 1;
            while j < chars.len() {
                let d = chars[j].1;
                let inner = matches!(d, '-' | '\'' | '’' | '.' | ',')
                    && chars.get(j + 1).is_some_and(|&(_, n)| n.is_alphanumeric())
                    && (matches!(d, '-' | '\'' | '’')
                        || (chars[j - 1].1.is_ascii_digit()
                            && chars.get(j + 1).is_some_and(|&(_, n)| n.is_ascii_digit())));
                if d.is_alphanumeric() || inner {
                    j += 1;
                } else {
                    break;
                }
            }
            let piece = &text[start..end_of(j)];
            out.push(Word {
                span: start..end_of(j),
                folded: fold(piece),
                capital: c.is_uppercase(),
                punct: false,
            });
            i = j;
        } else if c.is_whitespace() {
            i += 1;
        } else {
            out.push(Word {
                span: start..end_of(i + 1),
                folded: c.to_string(),
                capital: false,
                punct: true,
            });
            i += 1;
        }
    }
    out
}

/// Whether a punctuation word ends a clause for the engine's purposes.
pub fn is_clause_break(word: &Word) -> bool {
    word.punct
        && matches!(
            word.folded.as_str(),
            "," | ";" | ":" | "." | "—" | "–" | "(" | ")"
        )
}

/// Function words: never a unit, never the heart of a frame.
pub const FUNCTION_WORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "of",
    "to",
    "in",
    "on",
    "at",
    "by",
    "for",
    "with",
    "from",
    "as",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "that",
    "this",
    "these",
    "those",
    "it",
    "its",
    "their",
    "they",
    "them",
    "he",
    "she",
    "his",
    "her",
    "we",
    "our",
    "us",
    "you",
    "not",
    "no",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "there",
    "which",
    "who",
    "what",
    "than",
    "into",
    "about",
    "so",
    "if",
    "also",
    "some",
    "more",
    "most",
    "over",
    "up",
    "out",
    "off",
    "per",
    "each",
    "every",
    "all",
    "another",
    "other",
    "such",
    "then",
    "while",
    "after",
    "before",
    "since",
    "until",
    "during",
    "between",
    "among",
    "around",
    "nearly",
    "almost",
    "least",
    "just",
    "only",
    "still",
    "already",
    "now",
    "do",
    "did",
    "does",
    "how",
    "many",
    "much",
    "where",
    "when",
    "why",
    "whether",
    "said",
    "says",
    "say",
    "told",
    "according",
    "near",
    "across",
    "within",
    "inside",
    "against",
    "under",
    "above",
    "below",
    "further",
    "another",
    "estimated",
    "approximately",
    "roughly",
    "some",
];

/// Qualifiers written before a number, folded, longest first where one
/// contains another. Rule Q1 of the engine (see `statement.rs`).
pub const QUALIFIERS_BEFORE: &[(&str, crate::claim::Qualifier)] = {
    use crate::claim::Qualifier::*;
    &[
        ("no fewer than", AtLeast),
        ("not less than", AtLeast),
        ("a minimum of", AtLeast),
        ("at least", AtLeast),
        ("mindestens", AtLeast),
        ("au moins", AtLeast),
        ("al menos", AtLeast),
        ("well over", MoreThan),
        ("well above", MoreThan),
        ("more than", MoreThan),
        ("upwards of", MoreThan),
        ("in excess of", MoreThan),
        ("over", MoreThan),
        ("above", MoreThan),
        ("mehr als", MoreThan),
        ("uber", MoreThan),
        ("mas de", MoreThan),
        ("plus de", MoreThan),
        ("an estimated", About),
        ("estimated", About),
        ("approximately", About),
        ("approx", About),
        ("about", About),
        ("around", About),
        ("roughly", About),
        ("some", About),
        ("nearly", About),
        ("almost", About),
        ("close to", About),
        ("circa", About),
        ("rund", About),
        ("etwa", About),
        ("ungefahr", About),
        ("fast", About),
        ("knapp", About),
        ("unos", About),
        ("unas", About),
        ("casi", About),
        ("cerca de", About),
        ("alrededor de", About),
        ("environ", About),
        ("quelque", About),
        ("pres de", About),
        ("presque", About),
        ("as many as", UpTo),
        ("as much as", UpTo),
        ("as high as", UpTo),
        ("as few as", AtLeast),
        ("as little as", AtLeast),
        ("up to", UpTo),
        ("at most", UpTo),
        ("no more than", UpTo),
        ("barely", UpTo),
        ("bis zu", UpTo),
        ("hasta", UpTo),
        ("jusqu'a", UpTo),
        ("fewer than", FewerThan),
        ("less than", FewerThan),
        ("under", FewerThan),
        ("below", FewerThan),
        ("weniger als", FewerThan),
        ("menos de", FewerThan),
        ("moins de", FewerThan),
    ]
};

/// Classes of counted things: a unit word and the class it counts in.
/// Two units of one class measure the same kind of thing; see
/// [`unit_affinity`] for how classes relate.
pub const UNITS: &[(&str, &str)] = &[
    // soldiers
    ("soldiers", "soldiers"),
    ("soldier", "soldiers"),
    ("troops", "soldiers"),
    ("forces", "soldiers"),
    ("personnel", "soldiers"),
    ("servicemen", "soldiers"),
    ("servicemembers", "soldiers"),
    ("fighters", "soldiers"),
    ("marines", "soldiers"),
    ("conscripts", "soldiers"),
    ("recruits", "soldiers"),
    ("commandos", "soldiers"),
    ("mercenaries", "soldiers"),
    ("reservists", "soldiers"),
    ("militants", "soldiers"),
    ("soldaten", "soldiers"),
    ("soldados", "soldiers"),
    ("soldats", "soldiers"),
    // people in general
    ("people", "people"),
    ("persons", "people"),
    ("person", "people"),
    ("residents", "people"),
    ("civilians", "people"),
    ("inhabitants", "people"),
    ("citizens", "people"),
    ("men", "people"),
    ("women", "people"),
    ("children", "people"),
    ("migrants", "people"),
    ("refugees", "people"),
    ("evacuees", "people"),
    ("passengers", "people"),
    ("tourists", "people"),
    ("protesters", "people"),
    ("demonstrators", "people"),
    ("patients", "people"),
    ("households", "people"),
    ("families", "people"),
    ("survivors", "people"),
    ("menschen", "people"),
    ("personas", "people"),
    ("personnes", "people"),
    ("einwohner", "people"),
    ("habitants", "people"),
    ("vecinos", "people"),
    // workers
    ("workers", "workers"),
    ("employees", "workers"),
    ("staff", "workers"),
    ("dockers", "workers"),
    ("dockworkers", "workers"),
    ("nurses", "workers"),
    ("doctors", "workers"),
    ("teachers", "workers"),
    ("miners", "workers"),
    ("members", "workers"),
    ("strikers", "workers"),
    ("drivers", "workers"),
    ("firefighters", "workers"),
    ("rescuers", "workers"),
    ("volunteers", "workers"),
    ("officers", "workers"),
    ("police", "workers"),
    ("crew", "workers"),
    ("estibadores", "workers"),
    ("trabajadores", "workers"),
    ("arbeiter", "workers"),
    // casualties
    ("casualties", "casualties"),
    ("dead", "casualties"),
    ("deaths", "casualties"),
    ("killed", "casualties"),
    ("wounded", "casualties"),
    ("injured", "casualties"),
    ("injuries", "casualties"),
    ("victims", "casualties"),
    ("fatalities", "casualties"),
    ("bodies", "casualties"),
    ("missing", "casualties"),
    ("tote", "casualties"),
    ("muertos", "casualties"),
    ("morts", "casualties"),
    // votes and seats
    ("votes", "votes"),
    ("ballots", "votes"),
    ("voters", "votes"),
    ("seats", "seats"),
    // shares
    ("percent", "percent"),
    ("per cent", "percent"),
    ("%", "percent"),
    ("prozent", "percent"),
    ("por ciento", "percent"),
    ("pour cent", "percent"),
    ("percentage points", "points"),
    ("points", "points"),
    // money
    ("euros", "money"),
    ("euro", "money"),
    ("dollars", "money"),
    ("pounds", "money"),
    ("yuan", "money"),
    ("yen", "money"),
    ("francs", "money"),
    ("won", "money"),
    ("€", "money"),
    ("$", "money"),
    ("£", "money"),
    // buildings
    ("homes", "buildings"),
    ("houses", "buildings"),
    ("buildings", "buildings"),
    ("properties", "buildings"),
    ("dwellings", "buildings"),
    ("flats", "buildings"),
    ("apartments", "buildings"),
    ("businesses", "buildings"),
    // area and distance
    ("hectares", "area"),
    ("acres", "area"),
    ("square kilometres", "area"),
    ("cubic metres", "volume"),
    ("cubic meters", "volume"),
    ("square kilometers", "area"),
    ("square miles", "area"),
    ("kilometres", "distance"),
    ("kilometers", "distance"),
    ("km", "distance"),
    ("miles", "distance"),
    ("metres", "distance"),
    ("meters", "distance"),
    // rain and water
    ("mm", "rain"),
    ("millimetres", "rain"),
    ("millimeters", "rain"),
    ("litres", "volume"),
    ("liters", "volume"),
    ("liter", "volume"),
    // durations
    ("days", "days"),
    ("weeks", "weeks"),
    ("months", "months"),
    ("hours", "hours"),
    // vessels and vehicles
    ("ships", "vessels"),
    ("vessels", "vessels"),
    ("boats", "vessels"),
    ("aircraft", "vehicles"),
    ("planes", "vehicles"),
    ("tanks", "vehicles"),
    ("vehicles", "vehicles"),
    ("trucks", "vehicles"),
    ("lorries", "vehicles"),
    // goods
    ("containers", "containers"),
    ("boxes", "containers"),
    ("toll", "casualties"),
    ("tonnes", "mass"),
    ("tons", "mass"),
    ("kilograms", "mass"),
    ("kg", "mass"),
    ("rounds", "munitions"),
    ("shells", "munitions"),
    ("missiles", "munitions"),
    ("rockets", "munitions"),
    ("warheads", "munitions"),
    ("weapons", "munitions"),
    ("drones", "munitions"),
    ("operations", "procedures"),
    ("procedures", "procedures"),
    ("appointments", "procedures"),
    ("flights", "flights"),
    // scales
    ("magnitude", "magnitude"),
    ("degrees", "temperature"),
];

/// Singular units, for "one person" (rule S3).
pub const SINGULAR_UNITS: &[(&str, &str)] = &[
    ("person", "people"),
    ("man", "people"),
    ("woman", "people"),
    ("child", "people"),
    ("resident", "people"),
    ("death", "casualties"),
    ("fatality", "casualties"),
    ("casualty", "casualties"),
    ("soldier", "soldiers"),
    ("worker", "workers"),
    ("firefighter", "workers"),
    ("home", "buildings"),
    ("house", "buildings"),
    ("ship", "vessels"),
    ("vessel", "vessels"),
    ("boat", "vessels"),
    ("day", "days"),
    ("week", "weeks"),
    ("month", "months"),
];

/// What happened to the people a figure counts (rule O1 of
/// `statement.rs`): word → outcome. Two figures of one unit class
/// ("38 people", "210 people") answer different questions when one counts
/// the killed and the other the injured.
pub const OUTCOMES: &[(&str, &str)] = &[
    ("killed", "killed"),
    ("kill", "killed"),
    ("kills", "killed"),
    ("killing", "killed"),
    ("dead", "killed"),
    ("died", "killed"),
    ("die", "killed"),
    ("dying", "killed"),
    ("deaths", "killed"),
    ("death", "killed"),
    ("fatalities", "killed"),
    ("fatality", "killed"),
    ("perished", "killed"),
    ("bodies", "killed"),
    ("injured", "injured"),
    ("injuring", "injured"),
    ("injuries", "injured"),
    ("injury", "injured"),
    ("wounded", "injured"),
    ("wounding", "injured"),
    ("hurt", "injured"),
    ("hospitalised", "injured"),
    ("hospitalized", "injured"),
    ("missing", "missing"),
    ("unaccounted", "missing"),
    ("displaced", "displaced"),
    ("homeless", "displaced"),
    ("evacuated", "evacuated"),
    ("evacuees", "evacuated"),
    ("rescued", "rescued"),
    ("arrested", "arrested"),
    ("detained", "arrested"),
    ("arrests", "arrested"),
];

/// What a sum of money or a share measures (rule O2 of `statement.rs`):
/// word → measure. "1.2 billion euros" of damage and of aid, "12%" of the
/// workforce and of the vote, answer different questions.
pub const MEASURES: &[(&str, &str)] = &[
    ("damage", "damage"),
    ("damages", "damage"),
    ("aid", "aid"),
    ("assistance", "aid"),
    ("relief", "aid"),
    ("cost", "cost"),
    ("costs", "cost"),
    ("save", "savings"),
    ("saving", "savings"),
    ("savings", "savings"),
    ("sales", "sales"),
    ("revenue", "sales"),
    ("revenues", "sales"),
    ("profit", "profit"),
    ("profits", "profit"),
    ("earnings", "profit"),
    ("loss", "loss"),
    ("losses", "loss"),
    ("budget", "budget"),
    ("pay", "pay"),
    ("wage", "pay"),
    ("wages", "pay"),
    ("salary", "pay"),
    ("salaries", "pay"),
    ("bonus", "pay"),
    ("price", "price"),
    ("prices", "price"),
    ("shares", "shares"),
    ("stock", "shares"),
    ("turnout", "turnout"),
    ("vote", "vote"),
    ("workforce", "workforce"),
    ("staff", "workforce"),
    ("employees", "workforce"),
    ("fine", "fine"),
    ("fines", "fine"),
    ("penalty", "fine"),
    ("debt", "debt"),
    ("debts", "debt"),
    ("investment", "investment"),
    ("funding", "funding"),
    ("fund", "funding"),
    ("funds", "funding"),
    ("compensation", "compensation"),
    ("payment", "payment"),
    ("payout", "payment"),
    ("inflation", "inflation"),
    ("growth", "growth"),
    ("unemployment", "unemployment"),
    ("tax", "tax"),
    ("taxes", "tax"),
];

/// What `folded` maps to in a word → class table of this module.
fn lookup(table: &[(&str, &'static str)], folded: &str) -> Option<&'static str> {
    table
        .iter()
        .find(|(word, _)| *word == folded)
        .map(|(_, class)| *class)
}

/// The measure a word names ([`MEASURES`]), if any.
pub fn measure(folded: &str) -> Option<&'static str> {
    lookup(MEASURES, folded)
}

/// The outcome a word names ([`OUTCOMES`]), if any.
pub fn outcome(folded: &str) -> Option<&'static str> {
    lookup(OUTCOMES, folded)
}

/// The class of a unit word, if the engine knows it.
pub fn unit_class(folded: &str) -> Option<&'static str> {
    UNITS
        .iter()
        .chain(SINGULAR_UNITS)
        .find(|(word, _)| *word == folded)
        .map(|(_, class)| *class)
}

/// How well two unit classes measure the same thing, 0 to 1. Equal
/// classes are 1; people and their kinds (soldiers, workers, casualties,
/// voters) are 0.6; unrelated classes 0.
pub fn unit_affinity(a: &str, b: &str) -> f64 {
    if a == b {
        return 1.0;
    }
    const HUMAN: [&str; 5] = ["people", "soldiers", "workers", "casualties", "votes"];
    if (a == "people" && HUMAN.contains(&b)) || (b == "people" && HUMAN.contains(&a)) {
        return 0.6;
    }
    if (a == "soldiers" && b == "casualties") || (a == "casualties" && b == "soldiers") {
        return 0.6;
    }
    0.0
}

/// Verbs that attribute a statement to a source ("said", "told"), folded.
/// Rule A2 of the engine's attribution (see `attribution.rs`).
pub const CUES: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "reported",
    "reports",
    "reporting",
    "claimed",
    "claims",
    "claim",
    "estimated",
    "estimates",
    "estimate",
    "added",
    "stated",
    "states",
    "confirmed",
    "confirms",
    "announced",
    "announces",
    "believes",
    "believe",
    "noted",
    "warned",
    "wrote",
    "writes",
    "suggested",
    "suggests",
    "insisted",
    "insists",
    "acknowledged",
    "counted",
    "tallied",
    "recorded",
    "registered",
    "put",
    "puts",
    "cited",
    "quoted",
    "assessed",
    "assesses",
    "predicted",
    "projected",
    "forecast",
    "calculated",
    "indicated",
    "revealed",
    "disclosed",
    "testified",
    "informed",
    "briefed",
    "sagte",
    "teilte",
    "dijo",
    "segun",
    "afirmo",
    "indico",
    "selon",
    "a declare",
    "declare",
];

/// Months, folded, for telling a day of the month from a count.
pub const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "januar",
    "februar",
    "marz",
    "juni",
    "juli",
    "oktober",
    "dezember",
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "janvier",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
];

/// Relative days, folded; with the cleaner's weekdays they are the days
/// a scope's time can name ([`is_day`]).
const RELATIVE_DAYS: [&str; 3] = ["today", "yesterday", "tonight"];

/// Whether a folded word names a day ("monday", "today").
pub fn is_day(folded: &str) -> bool {
    crate::clean::WEEKDAYS.contains(&folded) || RELATIVE_DAYS.contains(&folded)
}
