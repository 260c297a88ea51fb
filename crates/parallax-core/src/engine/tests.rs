//! One small input per rule of the engine (the rules are listed in each
//! module's header). The sentences are made up for the rule, not taken from
//! any corpus.

use super::attribution::attribution;
use super::statement::{Statement, TimeClass, statements};
use super::words::words;
use crate::claim::Qualifier;

fn one(sentence: &str) -> Statement {
    let found = statements(sentence);
    assert_eq!(found.len(), 1, "{sentence}: {found:#?}");
    found.into_iter().next().unwrap()
}

/// Each statement's amount and outcome (O1).
fn outcomes(sentence: &str) -> Vec<(f64, Option<&'static str>)> {
    statements(sentence)
        .iter()
        .map(|s| (s.amount, s.outcome))
        .collect()
}

fn amounts(sentence: &str) -> Vec<f64> {
    statements(sentence).iter().map(|s| s.amount).collect()
}

fn value_text<'a>(sentence: &'a str, s: &Statement) -> &'a str {
    &sentence[s.value_span.clone()]
}

#[test]
fn s1_figures_in_digits_and_words() {
    assert_eq!(
        amounts("Rescuers pulled 1,240 people from the water."),
        [1240.0]
    );
    assert_eq!(amounts("Forty-one nurses signed the letter."), [41.0]);
    assert_eq!(
        amounts("The fire burned 1.5 million hectares."),
        [1_500_000.0]
    );
}

#[test]
fn s2_years_days_labels_ages_and_clock_times_are_not_statements() {
    assert!(amounts("The worst flood since 1997 hit the town.").is_empty());
    assert!(amounts("The vote was held on October 23.").is_empty());
    assert!(amounts("Ships arrived between Oct. 8 and Oct. 13.").is_empty());
    assert!(amounts("Traffic was diverted onto Route 9 near Gate 3.").is_empty());
    assert!(amounts("Helena Strand, aged 54, spoke first.").is_empty());
    assert!(amounts("A 45-year-old man was arrested.").is_empty());
    assert!(amounts("The count resumed at 6 p.m. sharp.").is_empty());
    assert!(amounts("Call the helpline on 0142 for help.").is_empty());
    assert!(amounts("It was the 5th day of talks.").is_empty());
    assert!(amounts("The 1950-53 war ended in an armistice.").is_empty());
    // A year-like figure with a unit after it is a count.
    assert_eq!(amounts("Some 2000 workers walked out."), [2000.0]);
}

#[test]
fn q1_qualifiers_before_and_after_the_figure() {
    let cases = [
        (
            "At least 17 boats joined the search.",
            Qualifier::AtLeast,
            "At least 17",
        ),
        (
            "More than 600 firefighters were deployed.",
            Qualifier::MoreThan,
            "More than 600",
        ),
        (
            "Some 11,000 troops were sent.",
            Qualifier::About,
            "Some 11,000",
        ),
        (
            "Nearly two dozen homes burned.",
            Qualifier::About,
            "Nearly two dozen",
        ),
        (
            "As many as 60 operations were cancelled.",
            Qualifier::UpTo,
            "As many as 60",
        ),
        (
            "Fewer than 300 voters turned up.",
            Qualifier::FewerThan,
            "Fewer than 300",
        ),
        ("Police counted 400 protesters.", Qualifier::Exactly, "400"),
    ];
    for (sentence, qualifier, text) in cases {
        let s = one(sentence);
        assert_eq!(s.qualifier, qualifier, "{sentence}");
        assert_eq!(value_text(sentence, &s), text, "{sentence}");
    }
    assert_eq!(
        one("They hired 50 or more guards.").qualifier,
        Qualifier::AtLeast
    );
}

#[test]
fn q2_a_range_is_one_statement_with_its_lower_bound() {
    let sentence = "Between 200 and 250 homes were destroyed.";
    let s = one(sentence);
    assert_eq!(
        (s.amount, s.upper, s.qualifier),
        (200.0, Some(250.0), Qualifier::Exactly)
    );
    assert_eq!(value_text(sentence, &s), "Between 200 and 250");
    let s = one("Officials said 300-400 workers were moved.");
    assert_eq!((s.amount, s.upper), (300.0, Some(400.0)));
    let s = one("Estimates ranged from 11,000 to 12,000 troops.");
    assert_eq!((s.amount, s.upper), (11_000.0, Some(12_000.0)));
}

#[test]
fn u1_unit_and_measured_entity_after_the_figure() {
    let s = one("About 3,000 North Korean soldiers were seen.");
    assert_eq!(s.unit.as_deref(), Some("soldiers"));
    assert_eq!(s.unit_class.as_deref(), Some("soldiers"));
    assert_eq!(s.entity.as_deref(), Some("North Korean soldiers"));
    let s = one("The ministry counted 50 ready-to-fire warheads.");
    assert_eq!(s.entity.as_deref(), Some("ready-to-fire warheads"));
    let s = one("Turnout reached 61.4% by evening.");
    assert_eq!(s.unit_class.as_deref(), Some("percent"));
    let s = one("The offer was worth 12 per cent.");
    assert_eq!(s.unit_class.as_deref(), Some("percent"));
    // A plural noun the lexicon does not know is its own class.
    let s = one("Inspectors found 14 violations.");
    assert_eq!(s.unit_class.as_deref(), Some("violations"));
    // A demonym plural counts people.
    let s = one("Some 10,000 North Koreans are operating there.");
    assert_eq!(s.unit_class.as_deref(), Some("people"));
}

#[test]
fn u2_killed_or_wounded_counts_casualties() {
    let s = one("More than 600 Russian troops have been killed and wounded.");
    assert_eq!(s.unit_class.as_deref(), Some("casualties"));
}

#[test]
fn u3_a_bare_figure_counts_what_the_figure_before_it_counted() {
    let found = statements(
        "There are 300 nurses on the picket line, and their numbers could swell to 900 by Friday.",
    );
    assert_eq!(found.len(), 2);
    assert_eq!(found[1].unit.as_deref(), Some("nurses"));
}

#[test]
fn u4_the_total_after_of_the_is_not_a_statement() {
    let s = one("The party won 38 of the 75 seats.");
    assert_eq!((s.amount, s.unit.as_deref()), (38.0, Some("seats")));
}

#[test]
fn t1_time_phrases_and_their_class() {
    let s = one("The army plans to send 5,000 troops by December.");
    assert_eq!(s.scope.time.as_deref(), Some("by December"));
    assert_eq!(s.scope.time_class, Some(TimeClass::Planned));
    let s = one("Some 700,000 soldiers have been killed since February 2022.");
    assert_eq!(s.scope.time_class, Some(TimeClass::Since));
    let s = one("The hospital cancels about 40 operations per day.");
    assert_eq!(s.scope.time_class, Some(TimeClass::Rate));
    let s = one("There are 1,500 firefighters at the scene now.");
    assert_eq!(s.scope.time_class, Some(TimeClass::Current));
    let s = one("By 6 p.m., nearly 60 per cent of voters had cast a ballot.");
    assert_eq!(s.scope.time_class, Some(TimeClass::Current));
    let s = one("A total of 12,000 soldiers would end up fighting.");
    assert_eq!(s.scope.time_class, Some(TimeClass::Planned));
}

#[test]
fn p1_the_place_after_the_figure() {
    let s = one("At least 3,000 soldiers have been sent to Russia for training.");
    assert_eq!(s.scope.place.as_deref(), Some("to Russia"));
    let s = one("About 900 troops are fighting in the Kursk region.");
    assert_eq!(s.scope.place.as_deref(), Some("in the Kursk region"));
}

fn source(sentence: &str) -> Option<(String, Option<String>)> {
    attribution(sentence, &words(sentence)).map(|a| (a.source, a.via))
}

#[test]
fn a1_according_to_with_an_appositive_name() {
    assert_eq!(
        source("More than 3,000 people left, according to the mayor, Ada Lindqvist."),
        Some(("the mayor, Ada Lindqvist".into(), None))
    );
}

#[test]
fn a1_according_to_a_statement_from_someone() {
    assert_eq!(
        source("According to a statement from the port authority, 40 berths are closed."),
        Some(("the port authority".into(), None))
    );
    // Where the report came from is no source.
    assert_eq!(
        source("About 200 people fled, according to a report from the scene."),
        None
    );
}

#[test]
fn a3_words_between_commas_after_the_source_and_a_plurals_possessive() {
    assert_eq!(
        source("Senator Ida Moss, who chairs the committee, said 12 hearings were planned."),
        Some(("Senator Ida Moss".into(), None))
    );
    assert_eq!(
        source("The dockers' union said 400 members would strike."),
        Some(("The dockers' union".into(), None))
    );
    // An apposition that is no source, a passive, and a relay.
    assert_eq!(source("Lisbon, the capital, has 500,000 people."), None);
    assert_eq!(
        source("The barge, carrying 40 crew, was reported missing."),
        None
    );
    assert_eq!(
        source("The mayor, speaking on Monday, said the coastguard had told him 9 were missing."),
        Some(("the coastguard".into(), Some("The mayor".into())))
    );
}

#[test]
fn a1_according_to() {
    assert_eq!(
        source("About 300 homes burned, according to the county fire service."),
        Some(("the county fire service".into(), None))
    );
}

#[test]
fn a2_a_clause_of_source_and_cue() {
    assert_eq!(
        source("At least 3,000 soldiers were sent, US officials said October 23"),
        Some(("US officials".into(), None))
    );
    assert_eq!(
        source("\"We counted 41 survivors,\" the harbour master told reporters."),
        Some(("the harbour master".into(), None))
    );
    assert_eq!(
        source("Some 5,000 people left the town, said Mayor Helena Strand."),
        Some(("Mayor Helena Strand".into(), None))
    );
}

#[test]
fn a3_an_opening_source_and_cue() {
    assert_eq!(
        source("South Korean defence officials have said that 13,000 containers were sent."),
        Some(("South Korean defence officials".into(), None))
    );
    assert_eq!(
        source("The union said more than 3,500 dockers had walked out."),
        Some(("The union".into(), None))
    );
    assert_eq!(
        source("11:40 - Civil protection officials now say about 3,800 people have left."),
        Some(("Civil protection officials".into(), None))
    );
    // A verb the engine does not know as a cue is not an attribution.
    assert_eq!(
        source("Moscow has refused to confirm or deny the reports."),
        None
    );
}

#[test]
fn a4_reported_speech_inside_reported_speech() {
    assert_eq!(
        source(
            "Mayor Declan Furey said the coastguard had told him that at least 10 people had died."
        ),
        Some(("the coastguard".into(), Some("Mayor Declan Furey".into())))
    );
}

#[test]
fn no_source_is_not_attributed() {
    assert_eq!(source("Nearly 150mm of rain fell over the weekend."), None);
}

#[test]
fn the_source_is_not_part_of_what_is_counted() {
    let sentence = "The regional fire service said 40 homes had burned.";
    let s = one(sentence);
    let spans = &s.attribution.as_ref().unwrap().spans;
    assert_eq!(&sentence[spans[0].clone()], "The regional fire service");
}

#[test]
fn s3_one_before_a_singular_unit_is_a_figure() {
    let s = one("Police say one person has died.");
    assert_eq!((s.amount, s.unit.as_deref()), (1.0, Some("person")));
    assert!(amounts("It was one of the worst floods.").is_empty());
}

#[test]
fn q2_a_range_keeps_the_qualifier_written_before_it() {
    let s = one("Police moved around 300-400 workers out.");
    assert_eq!(
        (s.amount, s.upper, s.qualifier),
        (300.0, Some(400.0), Qualifier::About)
    );
}

#[test]
fn q3_an_estimate_is_about() {
    let s = one("Freight forwarders estimate that 55 thousand containers are waiting.");
    assert_eq!((s.amount, s.qualifier), (55_000.0, Qualifier::About));
}

#[test]
fn u5_a_unit_named_before_the_figure() {
    let s = one("The death toll rose to four on Tuesday night.");
    assert_eq!(
        (s.amount, s.unit.as_deref(), s.unit_class.as_deref()),
        (4.0, Some("deaths"), Some("casualties"))
    );
    // However long the toll's modifiers, unless another figure is between.
    let s = one("The death toll from Saturday's collapse at the Karsten mine has risen to 41.");
    assert_eq!((s.amount, s.unit.as_deref()), (41.0, Some("deaths")));
    // A sum keeps its currency: a toll on businesses is no death toll.
    let s = one(
        "The toll on local businesses from the long closure of the old bridge is put at $4 million.",
    );
    assert_eq!((s.amount, s.unit_class.as_deref()), (4e6, Some("money")));
}

#[test]
fn t1_a_deadline_is_a_plan_only_with_a_verb_of_the_future() {
    let s = one("More than 5,000 residents had left the town by Monday evening.");
    assert_eq!(s.scope.time_class, Some(TimeClass::Current));
    let s = one("The ministry will send 900 more firefighters by Friday.");
    assert_eq!(s.scope.time_class, Some(TimeClass::Planned));
}

#[test]
fn t2_an_earlier_year_is_past() {
    let sentence = "The last stoppage, in 1989, lasted 41 days.";
    let found = super::statement::statements_at(sentence, Some(2026));
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].scope.time_class, Some(TimeClass::Past));
    assert_ne!(one(sentence).scope.time_class, Some(TimeClass::Past));
}

#[test]
fn in_all_and_a_total_of_are_one_term() {
    let question = super::frame::plain_terms("How many troops will be sent in all?");
    let sentence = super::frame::plain_terms("A total of 12,000 troops would go.");
    assert!(question.contains_key("total") && sentence.contains_key("total"));
}

#[test]
fn s4_an_ordinal_counts_days() {
    let s = one("The strike, now in its fifth day, has halted the port.");
    assert_eq!((s.amount, s.unit_class.as_deref()), (5.0, Some("days")));
    assert!(amounts("He came second in the race.").is_empty());
}

#[test]
fn s5_huge_figures_and_tables_are_not_read() {
    let huge = format!("The debt reached {} dollars.", "9".repeat(400));
    assert!(amounts(&huge).is_empty());
    let table = (1..=20)
        .map(|n| format!("{n}0 votes"))
        .collect::<Vec<_>>()
        .join(" ");
    assert!(amounts(&table).is_empty());
}

#[test]
fn s6_ages_after_names_and_phone_numbers_are_not_statements() {
    assert!(amounts("Resident Ana Ortiz, 58, said her home flooded.").is_empty());
    assert!(amounts("Call 0800 555 0100 for help.").is_empty());
    assert!(amounts("The helpline, (01632) 960 118, is open.").is_empty());
    assert_eq!(
        amounts("Rescuers saved 41 people, 12 children and 29 adults."),
        [41.0, 12.0, 29.0]
    );
    // Thousands marks are not a phone number's groups.
    assert_eq!(
        amounts("A total of 1,062,000 ballots were cast."),
        [1_062_000.0]
    );
}

#[test]
fn q1_as_much_as_is_up_to() {
    assert_eq!(
        one("The repairs could cost as much as $75 million.").qualifier,
        Qualifier::UpTo
    );
}

#[test]
fn u1_two_word_units() {
    let s = one("The dam released 2.4 million cubic metres of water.");
    assert_eq!(s.unit.as_deref(), Some("cubic metres"));
}

#[test]
fn a3_a_passive_credits_no_one() {
    assert_eq!(
        source("The damage was estimated at 40 million euros."),
        None
    );
    assert_eq!(
        source("Ukraine is reporting some 11,000 troops."),
        Some(("Ukraine".into(), None))
    );
}

#[test]
fn a_long_sentence_is_read_near_each_figure_and_quoted_in_part() {
    let filler = "and the river kept rising over the old quays ".repeat(400);
    let sentence = format!("About 300 homes were flooded {filler} police said.");
    let found = statements(&sentence);
    assert_eq!(found.len(), 1);
    let quote = super::find::quote_around(&sentence, &found[0].value_span);
    assert!(quote.len() < 400 && sentence.contains(quote) && quote.starts_with("About 300"));
}

#[test]
fn an_adjective_before_a_cue_used_as_a_noun_is_no_source() {
    assert_eq!(
        source("Early estimates put the cost of the damage at $60 million."),
        None
    );
}

#[test]
fn p1_a_label_is_no_place() {
    let s = one("Some 22 families live on Route 14 near the river.");
    assert_eq!(s.scope.place, None);
}

#[test]
fn s7_a_tally_or_a_score_is_no_statement_but_a_change_is() {
    assert!(amounts("The motion passed 31 to 9 after a long debate.").is_empty());
    assert!(amounts("Harbour United won 4-2 on Saturday.").is_empty());
    assert_eq!(
        amounts("The clinic cut its beds from 40 to 25 this year."),
        [40.0, 25.0]
    );
    // A range still reads low to high.
    assert_eq!(one("Some 40 to 60 boats left.").upper, Some(60.0));
    // Changes stay: "from" a few words before, decimals.
    assert_eq!(
        amounts("Visits fell from about 900 to 600."),
        [900.0, 600.0]
    );
    assert_eq!(amounts("Inflation eased 5.2 to 4.9 per cent."), [5.2, 4.9]);
}

#[test]
fn u5_the_source_is_not_the_unit() {
    let s = one("Firefighters put the number at 65.");
    assert_eq!(s.unit, None);
}

#[test]
fn u6_a_figure_joined_by_a_hyphen_measures_in_the_joined_word() {
    let found = statements("About 900 homes lie inside a three-mile zone.");
    assert_eq!(found.len(), 2);
    assert_eq!(found[1].unit.as_deref(), Some("mile"));
    // Not a measure.
    let crowd = one("A 500-strong crowd gathered.");
    assert_ne!(crowd.unit.as_deref(), Some("strong"));
}

#[test]
fn p1_a_day_with_its_possessive_is_no_place() {
    let s = one("Twelve people were hurt in Saturday's storm at the marina.");
    assert_eq!(s.scope.place, None);
}

#[test]
fn t1_by_a_figure_is_a_deadline_only_as_a_year_or_a_date() {
    let s = one("The council will raise parking fees by 6 per cent.");
    assert_eq!(s.scope.time, None);
    let s = one("The city will plant 4,000 trees by 2030.");
    assert_eq!(s.scope.time.as_deref(), Some("by 2030"));
    let s = one("The firm will hire 250 engineers by 15 March.");
    assert_eq!(s.scope.time.as_deref(), Some("by 15 March"));
}

#[test]
fn t1_a_clock_time_keeps_its_am_or_pm_and_a_relative_clause_is_not_the_scope() {
    let s = one(
        "Roughly 200 passengers were on board when it struck rocks shortly before 10 p.m. on Sunday.",
    );
    assert_eq!(s.scope.time.as_deref(), Some("before 10 p.m."));
    let s = &statements(
        "The vessel was carrying 212 passengers, according to the operator, which has run Route 4 since 1994.",
    )[0];
    assert_eq!(s.amount, 212.0);
    assert_eq!(s.scope.time, None);
}

#[test]
fn a2_a_source_in_apposition_before_the_cue() {
    let s = one(
        "The ship had 212 passengers on board, the harbour master, Duncan Rennie, said on Monday.",
    );
    assert_eq!(
        s.attribution.map(|a| a.source).as_deref(),
        Some("the harbour master, Duncan Rennie")
    );
    // A list of names is not an apposition.
    let s = one("Some 3,000 people marched, said.");
    assert_eq!(s.attribution, None);
}

#[test]
fn d4_questions_keep_the_verb_and_a_bare_noun_after_it() {
    let question = |s: &str| crate::engine::discover::question(&one(s));
    assert_eq!(
        question("Eleven people were taken to hospital, a spokesman said."),
        "How many people were taken to hospital?"
    );
    assert_eq!(
        question("More than 1,200 residents were evacuated on Monday, officials said."),
        "How many residents were evacuated?"
    );
    // A name after the preposition is a place, asked as one.
    assert_eq!(
        question("About 3,000 soldiers were sent to Russia, officials said."),
        "How many soldiers were sent to Russia?"
    );
}

#[test]
fn f5_said_on_a_weekday_is_that_weekday_on_or_before_the_articles_date() {
    let json = serde_json::json!({
        "format": 1,
        "outlets": [{ "id": "desk", "name": "Desk" }],
        "articles": [{
            "id": "one", "outlet": "desk",
            "outlet_attribution": { "provenance": "stated" },
            "headline": { "value": "Quarry blast", "provenance": "stated" },
            "published": { "date": "2025-10-17", "precision": "day", "provenance": "stated" },
            "blocks": [{ "kind": "paragraph", "text": "x" }]
        }]
    });
    let corpus = crate::corpus::Corpus::parse(&json.to_string()).unwrap();
    let article = &corpus.articles()[0];
    let on = |sentence: &str| {
        let said = attribution(sentence, &words(sentence));
        super::find::said_on(article, sentence, said.as_ref())
    };
    let (date, basis) =
        on("Twelve people were hurt in Tuesday's blast, the owner said on Wednesday.").unwrap();
    assert_eq!(date.iso(), "2025-10-15");
    assert!(basis.contains("said on Wednesday"), "{basis}");
    assert_eq!(
        on("Twelve people were hurt, said the owner on Monday.")
            .unwrap()
            .0
            .iso(),
        "2025-10-13"
    );
    // The day of the event, another verb's day, a day to come: not the
    // day it was said.
    for sentence in [
        "Twelve people were hurt in Tuesday's blast.",
        "The first cases were reported on Monday, and 40 people are ill, the ministry said.",
        "The union said strikes begin Monday at 300 depots.",
        "The minister will say on Thursday how 200 posts are cut.",
    ] {
        assert_eq!(on(sentence), None, "{sentence}");
    }
}

#[test]
fn o1_outcome_is_the_verb_before_the_value_the_unit_or_a_word_after_it() {
    assert_eq!(
        outcomes("The storm struck at night, killing at least 12 people and injuring 40 others."),
        [(12.0, Some("killed")), (40.0, Some("injured"))]
    );
    assert_eq!(
        outcomes("The crash left 9 people dead and more than 30 injured, police said."),
        [(9.0, Some("killed")), (30.0, Some("injured"))]
    );
    assert_eq!(
        outcomes("About 600 villagers were evacuated and 14 are missing."),
        [(600.0, Some("evacuated")), (14.0, Some("missing"))]
    );
    assert_eq!(
        outcomes("The army says 2,000 of its troops have been killed and wounded."),
        [(2000.0, Some("casualties"))]
    );
    assert_eq!(outcomes("The fire burned 300 hectares."), [(300.0, None)]);
}

/// A story of two outlets' articles ("A" and "B"), each one paragraph,
/// published on 17 October 2025.
fn two_outlets(first: &str, second: &str) -> crate::corpus::Corpus {
    let article = |id: &str, outlet: &str, text: &str| {
        serde_json::json!({
            "id": id, "outlet": outlet,
            "outlet_attribution": { "provenance": "stated" },
            "headline": { "value": "Storm hits coast", "provenance": "stated" },
            "published": { "date": "2025-10-17", "precision": "day", "provenance": "stated" },
            "blocks": [{ "kind": "paragraph", "text": text }]
        })
    };
    let json = serde_json::json!({
        "format": 1,
        "outlets": [{ "id": "a", "name": "A" }, { "id": "b", "name": "B" }],
        "articles": [article("one", "a", first), article("two", "b", second)]
    });
    crate::corpus::Corpus::parse(&json.to_string()).unwrap()
}

#[test]
fn d1_figures_of_other_outcomes_or_an_earlier_time_are_other_questions() {
    let corpus = two_outlets(
        "The storm struck the coast on Thursday, killing at least 12 people and injuring 40 others, police said. Trains were cancelled and roads closed. Crews worked through the night to clear fallen trees.",
        "The storm has left 14 people dead and more than 50 injured on the coast, the coastguard said. Schools stayed shut across the region. A storm in 1999 killed 30 people on the coast. Power lines were down in the hills.",
    );
    let suggestions = super::discover::discover(&corpus);
    let amounts = |question: &str| {
        let suggestion = suggestions
            .iter()
            .find(|s| s.question == question)
            .unwrap_or_else(|| panic!("{question}: {suggestions:#?}"));
        let mut amounts: Vec<f64> = suggestion
            .stances
            .iter()
            .map(|f| match f.value {
                super::find::FoundValue::Number { amount, .. } => amount,
                super::find::FoundValue::Label(_) => f64::NAN,
            })
            .collect();
        amounts.sort_by(f64::total_cmp);
        amounts
    };
    assert_eq!(amounts("How many people have been killed?"), [12.0, 14.0]);
    assert_eq!(amounts("How many people have been injured?"), [40.0, 50.0]);
    // The 1999 storm's toll is its own (single-source, so not suggested).
    assert!(
        suggestions.iter().all(|s| s
            .stances
            .iter()
            .all(|f| f.quote != "A storm in 1999 killed 30 people on the coast.")),
        "{suggestions:#?}"
    );
}

#[test]
fn q2_n_or_m_is_a_range_and_n_or_more_keeps_its_unit() {
    let s = one("Repairs will take two or three weeks, the council said.");
    assert_eq!((s.amount, s.upper), (2.0, Some(3.0)));
    assert_eq!(s.unit.as_deref(), Some("weeks"));
    let sentence = "Five or more people were hurt.";
    let s = one(sentence);
    assert_eq!(s.qualifier, Qualifier::AtLeast);
    assert_eq!(value_text(sentence, &s), "Five or more");
    assert_eq!(s.unit.as_deref(), Some("people"));
}

#[test]
fn u1_a_magnitude_is_on_its_own_scale() {
    for sentence in [
        "The survey put the magnitude of the tremor at 6.3.",
        "The strongest aftershock was of magnitude 4.4.",
        "The quake had a magnitude of 6.1, the institute said.",
    ] {
        let found = statements(sentence);
        let last = found.last().unwrap();
        assert_eq!(last.unit_class.as_deref(), Some("magnitude"), "{sentence}");
    }
}

#[test]
fn o2_a_sum_or_a_share_measures_the_noun_of_its_clause() {
    let measures = |s: &str| {
        statements(s)
            .iter()
            .map(|s| (s.amount, s.measure))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        measures("The party took 28% of the vote."),
        [(28.0, Some("vote"))]
    );
    assert_eq!(
        measures("The governor said damage would reach 900 million euros."),
        [(900_000_000.0, Some("damage"))]
    );
    assert_eq!(
        measures("Turnout was 61%, up from 55% last time."),
        [(61.0, Some("turnout")), (55.0, None)]
    );
    assert_eq!(
        measures("The firm offered a bonus of 900 euros and a 3% rise."),
        [(900.0, Some("pay")), (3.0, None)]
    );
    assert_eq!(
        measures("The state will give 20 million euros in aid."),
        [(20_000_000.0, Some("aid"))]
    );
    // Not for what is not money or a share.
    assert_eq!(measures("Some 300 staff were sent home."), [(300.0, None)]);
}

#[test]
fn t2_an_earlier_year_belongs_to_the_figure_nearest_it() {
    let classes = |s: &str| {
        super::statement::statements_at(s, Some(2025))
            .iter()
            .map(|s| (s.amount, s.scope.time_class == Some(TimeClass::Past)))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        classes("Turnout was 62%, the commission said, up from 58% at the last election in 2022."),
        [(62.0, false), (58.0, true)]
    );
    assert_eq!(
        classes("In 2019, the fire burned 300 hectares."),
        [(300.0, true)]
    );
}

#[test]
fn a1_a_document_or_its_maker_and_people_familiar_with_it() {
    let source = |s: &str| {
        statements(s)[0]
            .attribution
            .as_ref()
            .map(|a| a.source.clone())
    };
    assert_eq!(
        source("The firm will cut 900 jobs, citing two people familiar with the plans."),
        Some("two people familiar with the plans".into())
    );
    assert_eq!(
        source("The firm offered 4%, according to a union circular seen by reporters."),
        Some("a union circular".into())
    );
    assert_eq!(
        source(
            "The party won 29 seats, according to projections by the polling firm Norstat for public radio."
        ),
        Some("the polling firm Norstat for public radio".into())
    );
}

#[test]
fn a5_a_reporting_clause_inside_the_sentence_credits_its_figures() {
    let sources = |s: &str| {
        statements(s)
            .iter()
            .map(|s| (s.amount, s.attribution.as_ref().map(|a| a.source.clone())))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        sources(
            "About 900 workers walked out, the union said, two days after the company announced it would cut 1,200 jobs."
        ),
        [
            (900.0, Some("the union".into())),
            (2.0, Some("the union".into())),
            (1200.0, Some("the company".into()))
        ]
    );
    assert_eq!(
        sources(
            "Shares fell on Monday after the brake and clutch maker said it would cut 1,200 jobs."
        ),
        [(1200.0, Some("the brake and clutch maker".into()))]
    );
    // A4's relay keeps its primary source.
    let s = one("The mayor said the coastguard had told him 40 people were missing.");
    let said = s.attribution.unwrap();
    assert_eq!(
        (said.source.as_str(), said.via.as_deref()),
        ("the coastguard", Some("The mayor"))
    );
}

#[test]
fn s8_a_figure_in_the_source_is_not_a_statement_and_a_figure_is_no_source() {
    assert_eq!(
        amounts("The plant will close, citing three people familiar with the matter."),
        Vec::<f64>::new()
    );
    let s = one("Two confirmed deaths in the valley were reported overnight.");
    assert_eq!(s.attribution, None);
}

#[test]
fn t2_a_month_of_an_earlier_year_dates_its_when_clause() {
    let past = super::statement::statements_at(
        "Residents recalled August 2016, when a magnitude 6.2 quake nearby killed 299 people.",
        Some(2025),
    );
    let classes: Vec<_> = past
        .iter()
        .map(|s| (s.amount, s.scope.time_class))
        .collect();
    assert_eq!(
        classes,
        [(6.2, Some(TimeClass::Past)), (299.0, Some(TimeClass::Past))]
    );
}

#[test]
fn s9_a_span_of_time_right_after_a_figure_is_its_period() {
    assert_eq!(amounts("The union is demanding 8% over 12 months."), [8.0]);
    assert_eq!(
        amounts("The firm offered a 5.5% rise spread over two years."),
        [5.5]
    );
    // A span of time of its own stays a statement.
    assert_eq!(amounts("The strike lasted 12 days."), [12.0]);
    assert_eq!(
        amounts("The fire burned 300 hectares, and for 12 hours crews fought it."),
        [300.0, 12.0]
    );
}

#[test]
fn t1_a_time_phrase_of_another_clause_belongs_to_the_figure_nearest_it() {
    let found = statements(
        "The stock closed at 41.20 euros, its lowest since March 2020, as analysts doubted that savings of 450 million euros would be enough.",
    );
    assert_eq!(found[0].scope.time.as_deref(), Some("since March 2020"));
    assert_eq!(found[1].scope.time, None);
    // Not "by The Ledger".
    let s = one("The firm offered 4%, according to a letter seen by The Ledger.");
    assert_eq!(s.scope.time, None);
}

/// Sentences a reviewer found the session's first rules misread.
#[test]
fn review_misreadings_stay_fixed() {
    // O1 stops at another figure and at what a count is for.
    let s = &statements(
        "More than 5,000 people attended the funerals of 38 victims killed in the blast.",
    )[0];
    assert_eq!((s.amount, s.outcome), (5000.0, None));
    assert_eq!(
        one("Some 3,000 people attended a vigil for those killed.").outcome,
        None
    );
    // A5 and A3 credit speech, not events.
    assert_eq!(one("The floods claimed 40 lives.").attribution, None);
    let s = one("Power returned after the storm put 2,000 homes in the dark.");
    assert_eq!(s.attribution, None);
    // A1: who saw a document did not make it.
    let s = one("The plan cuts 900 jobs, according to a report seen by the Harbour Ledger.");
    assert_eq!(s.attribution.map(|a| a.source), Some("a report".into()));
    // T2: a year opening the sentence dates all its figures.
    let past: Vec<bool> = super::statement::statements_at(
        "In 2016, a quake killed 299 people and injured 388.",
        Some(2025),
    )
    .iter()
    .map(|s| s.scope.time_class == Some(TimeClass::Past))
    .collect();
    assert_eq!(past, [true, true]);
    let past = super::statement::statements_at(
        "Residents recalled 24 August 2016, when a quake killed 299 people.",
        Some(2025),
    );
    assert_eq!(past.last().unwrap().scope.time_class, Some(TimeClass::Past));
    // S2: "of" and "by" before a four-digit count are no year's.
    assert_eq!(amounts("A crowd of 2000 protesters gathered."), [2000.0]);
    // O2: the noun the figure modifies first.
    assert_eq!(
        one("Staff were offered a 3% pay rise.").measure,
        Some("pay")
    );
    assert_eq!(
        one("The budget includes 20 million euros in aid.").measure,
        Some("aid")
    );
    // S9: a people count's duration stays.
    assert_eq!(
        amounts("Three hostages were held for 40 days."),
        [3.0, 40.0]
    );
}

#[test]
fn d1_the_same_words_with_another_outcome_are_another_question() {
    let corpus = two_outlets(
        "At least 12 people were killed in the storm on the Tarn coast, police said. Roads were closed.",
        "At least 40 people were injured in the storm on the Tarn coast, police said. Trains were cancelled.",
    );
    for suggestion in super::discover::discover(&corpus) {
        assert!(suggestion.stances.len() < 2, "{suggestion:#?}");
    }
}

fn past_at(sentence: &str) -> Vec<(f64, bool)> {
    super::statement::statements_at(sentence, Some(2025))
        .iter()
        .map(|s| (s.amount, s.scope.time_class == Some(TimeClass::Past)))
        .collect()
}

#[test]
fn t3_an_earlier_event_named_by_its_year_keeps_its_figures() {
    assert_eq!(
        past_at(
            "The worst disaster on record remains the 1964 crush at the national stadium, which killed more than 300 people."
        ),
        [(300.0, true)]
    );
    assert_eq!(
        past_at("The flood revives memories of the 2001 bridge collapse, in which 59 people died."),
        [(59.0, true)]
    );
    // After "since", the figure of a clause that describes the event.
    assert_eq!(
        past_at(
            "It is the deadliest disaster since the 2001 collapse of the old bridge, which killed 59 people."
        ),
        [(59.0, true)]
    );
    // A count since the event is no figure of it.
    assert_eq!(
        past_at("Since the 2022 invasion, 6 million people have fled the country."),
        [(6_000_000.0, false)]
    );
    // Nor is a year of this article's time an earlier event.
    assert_eq!(
        past_at("The 2025 census counted 410 families in the valley."),
        [(410.0, false)]
    );
}

#[test]
fn t4_a_figure_a_later_one_replaced_is_past() {
    assert_eq!(
        past_at("Police had earlier put the toll at 11."),
        [(11.0, true)]
    );
    assert_eq!(
        past_at("The authority had reported 17 deaths on Sunday evening."),
        [(17.0, true)]
    );
    assert_eq!(
        past_at("Officials initially said 40 people were missing."),
        [(40.0, true)]
    );
    assert_eq!(
        past_at("The number of people killed rose to 21 on Monday from 19, police said."),
        [(21.0, false), (19.0, true)]
    );
    assert_eq!(
        past_at("The toll fell from about 3,000 to 1,800."),
        [(3000.0, true), (1800.0, false)]
    );
    // Not a move from one place to another, nor a report in the present perfect.
    assert_eq!(
        past_at("Crews moved 300 people from 4 villages to two schools."),
        [(300.0, false), (4.0, false), (2.0, false)]
    );
    assert_eq!(
        past_at("The ministry has reported 17 deaths."),
        [(17.0, false)]
    );
}

#[test]
fn s10_a_part_of_a_count_is_no_count() {
    assert_eq!(
        amounts("At least 62 people were injured, 11 of them seriously."),
        [62.0]
    );
    assert_eq!(
        amounts("The toll rose to 17 after three of the injured died overnight."),
        [17.0]
    );
    // "of the 75 seats" is the total the part is of (U4).
    assert_eq!(amounts("The party won 38 of the 75 seats."), [38.0]);
}

#[test]
fn o1_an_outcome_after_an_aside_on_who_they_were() {
    assert_eq!(
        outcomes("Sixteen people, including three children, died in the crush on Sunday."),
        [(16.0, Some("killed")), (3.0, None)]
    );
    // An aside that does not close is no aside.
    assert_eq!(
        outcomes("Sixteen people, including three children who died later."),
        [(16.0, None), (3.0, None)]
    );
}

#[test]
fn d6_one_outcome_is_one_question_however_worded() {
    let corpus = two_outlets(
        "At least 14 people were killed in the crush at the national stadium on Sunday, police said. Gates were shut before kick-off.",
        "The death toll rose to 17 on Monday, the health ministry said. Hospitals in the capital appealed for blood donors.",
    );
    let suggestions = super::discover::discover(&corpus);
    let together = suggestions.iter().any(|s| {
        let quotes: Vec<&str> = s.stances.iter().map(|f| f.quote.as_str()).collect();
        quotes.len() == 2
            && quotes.iter().any(|q| q.contains("At least 14"))
            && quotes.iter().any(|q| q.contains("rose to 17"))
    });
    assert!(together, "{suggestions:#?}");
}

#[test]
fn t1_by_the_and_no_time_is_no_time_phrase() {
    let s = one("The number of people killed by the failure of the dam rose to 21.");
    assert_eq!(s.scope.time, None);
    let s = one("The ministry will send 900 more firefighters by the end of the month.");
    assert_eq!(s.scope.time.as_deref(), Some("by the end of the month"));
}

#[test]
fn u5_what_the_number_of_counts_is_the_subject() {
    let s = one("The number of people killed by the failure of the dam rose to 21 on Monday.");
    assert_eq!(
        (s.amount, s.unit.as_deref(), s.outcome),
        (21.0, Some("people"), Some("killed"))
    );
    let s =
        one("The total of homes destroyed across the northern hill districts now stands at 312.");
    assert_eq!((s.amount, s.unit.as_deref()), (312.0, Some("homes")));
}

#[test]
fn u1_the_noun_after_other_or_more_is_the_unit() {
    let units = |s: &str| {
        statements(s)
            .iter()
            .map(|s| (s.amount, s.unit.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        units("Nearly 3,000 residents of Fontelo and four other villages were evacuated."),
        [
            (3000.0, Some("residents".into())),
            (4.0, Some("villages".into()))
        ]
    );
    assert_eq!(
        units("Police detained 12 more suspects on Tuesday."),
        [(12.0, Some("suspects".into()))]
    );
}

#[test]
fn s11_a_sum_converted_in_brackets_is_no_second_statement() {
    assert_eq!(
        amounts("The government pledged 50 million euros ($52 million) in emergency aid."),
        [50_000_000.0]
    );
    // A sum in brackets that is not the one before it converted stands.
    assert_eq!(
        amounts(
            "Germany pledged 100 million euros, while Japan ($50 million) and Canada ($30 million) gave less."
        ),
        [100_000_000.0, 50_000_000.0, 30_000_000.0]
    );
    assert_eq!(
        amounts("Congress approved $40 billion for Ukraine ($20 billion in military aid)."),
        [40_000_000_000.0, 20_000_000_000.0]
    );
}

#[test]
fn f6_captions_credits_and_bios_are_not_read() {
    let json = serde_json::json!({
        "format": 1,
        "outlets": [{ "id": "a", "name": "A" }],
        "articles": [{
            "id": "one", "outlet": "a",
            "outlet_attribution": { "provenance": "stated" },
            "headline": { "value": "Flood hits valley", "provenance": "stated" },
            "blocks": [
                { "kind": "caption", "text": "Some of the 300 residents moved to a school wait for news." },
                { "kind": "paragraph", "text": "Police said 2,800 people were moved to shelters." },
                { "kind": "credit", "text": "Reporting by 4 staff writers." }
            ]
        }]
    });
    let corpus = crate::corpus::Corpus::parse(&json.to_string()).unwrap();
    let reading = super::find::read(&corpus.articles()[0]);
    let amounts: Vec<f64> = reading
        .statements
        .iter()
        .map(|s| s.statement.amount)
        .collect();
    assert_eq!(amounts, [2800.0]);
}

#[test]
fn d7_one_figure_said_twice_in_an_article_is_one_stance_with_its_source() {
    let corpus = two_outlets(
        "Sixteen dead in stadium crush. Sixteen people died in the crush at the stadium on Sunday, the fire brigade said.",
        "The death toll rose to 17 on Monday, the health ministry said.",
    );
    let suggestions = super::discover::discover(&corpus);
    let killed: Vec<_> = suggestions
        .iter()
        .flat_map(|s| &s.stances)
        .filter(|f| f.article.as_str() == "one")
        .collect();
    assert_eq!(killed.len(), 1, "{suggestions:#?}");
    assert_eq!(killed[0].source.as_deref(), Some("the fire brigade"));
}

#[test]
fn t3_t4_s10_what_they_leave_alone() {
    // Reported speech's "had" is the speaker's present perfect.
    assert_eq!(
        past_at("Officials said they had counted 43 bodies so far."),
        [(43.0, false)]
    );
    // "Up to" is a qualifier, not a change.
    assert_eq!(
        past_at("Up to 500 people were evacuated from 40 villages."),
        [(500.0, false), (40.0, false)]
    );
    // An event named by its year dates only its own relative clause.
    assert_eq!(
        past_at("The 2022 invasion has forced 6 million Ukrainians to flee abroad."),
        [(6_000_000.0, false)]
    );
    assert_eq!(
        past_at(
            "Survivors of the 2023 quake, which killed 50,000 people, say 12,000 families still live in tents."
        ),
        [(50_000.0, true), (12_000.0, false)]
    );
    assert_eq!(
        past_at("Since the 2015 accord, which 196 countries signed, emissions have risen 8%."),
        [(196.0, true), (8.0, false)]
    );
    // A part of a total, or of a group that is no count of the hurt, stands.
    assert!(amounts("The rebels hold 14 of the country's 18 provinces.").contains(&14.0));
    assert_eq!(
        amounts("Two of the hostages were released on Friday."),
        [2.0]
    );
}

#[test]
fn u5_t1_a_death_toll_beats_its_modifiers_and_a_road_toll_counts_no_one() {
    let s = one("The death toll from Israeli strikes on homes in Gaza City rose to 40.");
    assert_eq!(s.unit.as_deref(), Some("deaths"));
    let s = one("The toll for lorries crossing the new bridge at night is set to rise to 12.");
    assert_ne!(s.unit.as_deref(), Some("deaths"));
    let s = one("Crews will clear 300 homes by the weekend.");
    assert_eq!(s.scope.time.as_deref(), Some("by the weekend"));
}

#[test]
fn d6_other_victims_or_another_place_stay_apart() {
    let together = |first: &str, second: &str| {
        let suggestions = super::discover::discover(&two_outlets(first, second));
        suggestions.iter().any(|s| {
            s.stances.iter().any(|f| f.article.as_str() == "one")
                && s.stances.iter().any(|f| f.article.as_str() == "two")
        })
    };
    assert!(!together(
        "At least 14 people were killed in the fire at the nightclub on Sunday, police said.",
        "Three firefighters were killed when part of the roof collapsed, the fire service said.",
    ));
    assert!(!together(
        "Missile strikes killed 12 civilians in Kharkiv overnight, the governor said.",
        "Drones killed 3 civilians in Belgorod on Tuesday, the regional governor said.",
    ));
}
