//! Each cleaning rule on its own, on small inputs. Every test goes through
//! `check`, which compares the kind and text of every non-blank line.

use super::*;
use JunkReason::*;
use LineKind::*;

/// Cleans `input` and compares `(kind, text)` for every non-blank line.
fn check(input: &str, expected: &[(LineKind, &str)]) {
    let actual: Vec<(LineKind, String)> = clean(input)
        .into_iter()
        .map(|line| (line.kind, line.text))
        .collect();
    let expected: Vec<(LineKind, String)> = expected
        .iter()
        .map(|(kind, text)| (*kind, text.to_string()))
        .collect();
    assert_eq!(actual, expected);
}

/// The kinds alone, for tests about classification rather than text.
fn kinds(input: &str) -> Vec<LineKind> {
    clean(input).into_iter().map(|line| line.kind).collect()
}

const BODY: &str = "The ministry said on Tuesday that the plan would go ahead as announced.";
const MORE: &str = "Officials in the capital declined to comment on the size of the force.";
const LAST: &str = "Analysts expect the decision to shape talks with allies for months.";

#[test]
fn first_line_is_the_headline_and_plain_lines_are_paragraphs() {
    check(
        &format!("A Plain Headline\n\n{BODY}\n"),
        &[(Headline, "A Plain Headline"), (Paragraph, BODY)],
    );
}

#[test]
fn whitespace_only_lines_are_dropped_and_text_is_trimmed() {
    check(
        &format!("Headline\n \u{a0} \n\t\n  {BODY}\u{a0}\n"),
        &[(Headline, "Headline"), (Paragraph, BODY)],
    );
}

#[test]
fn a_label_stacked_above_the_headline_is_a_section_label() {
    assert_eq!(
        kinds(&format!("Security\nA Longer Headline Below It\n{BODY}")),
        [Junk(SectionLabel), Headline, Paragraph]
    );
}

#[test]
fn the_headline_printed_again_is_junk() {
    assert_eq!(
        kinds(&format!(
            "Troops Are In Ukraine\nTroops Are In Ukraine\n{BODY}\nTroops are in Ukraine"
        )),
        [
            Headline,
            Junk(RepeatedHeadline),
            Paragraph,
            Junk(RepeatedHeadline)
        ]
    );
}

#[test]
fn a_byline_is_read_without_its_separator_and_the_line_above_is_a_standfirst() {
    check(
        &format!(
            "Headline\nA standfirst that sums the story up, say observers.\nBy Jane Doe and AFP |\n{BODY}"
        ),
        &[
            (Headline, "Headline"),
            (
                Summary,
                "A standfirst that sums the story up, say observers.",
            ),
            (Byline, "Jane Doe and AFP"),
            (Paragraph, BODY),
        ],
    );
}

#[test]
fn a_line_starting_with_a_date_in_front_matter_is_a_dateline() {
    for line in [
        "November 2, 2024 Topic: Security Region: Europe",
        "Nov. 2, 2024",
        "2 November 2024 | World",
        "2024-11-02 14:00",
    ] {
        assert_eq!(
            kinds(&format!("Headline\n{line}\n{BODY}")),
            [Headline, Dateline, Paragraph],
            "{line}"
        );
    }
}

#[test]
fn leading_dates_are_read_in_common_forms() {
    assert_eq!(leading_date("November 2, 2024 Topic"), Some((2024, 11, 2)));
    assert_eq!(leading_date("Sept. 30, 2024"), Some((2024, 9, 30)));
    assert_eq!(leading_date("2 Nov 2024"), Some((2024, 11, 2)));
    assert_eq!(leading_date("2024-10-23 news"), Some((2024, 10, 23)));
    assert_eq!(leading_date("May the troops return"), None);
    assert_eq!(leading_date("November 42, 2024"), None);
}

#[test]
fn a_summary_box_with_label_lines_takes_items_up_to_the_next_label_and_one_after_the_last() {
    let input = format!(
        "Headline\nLeaders attend a state reception in June.\nIn short:\nFirst key point of the story.\n\
         Second key point of the story.\nWhat's next:\nWhat happens next in the story.\n{BODY}"
    );
    let lines = clean(&input);
    let summary: Vec<(LineKind, Option<&str>, &str)> = lines
        .iter()
        .map(|l| (l.kind, l.label.as_deref(), l.text.as_str()))
        .collect();
    assert_eq!(
        summary,
        [
            (Headline, None, "Headline"),
            (Caption, None, "Leaders attend a state reception in June."),
            (BoxLabel, Some("In short"), "In short:"),
            (Summary, Some("In short"), "First key point of the story."),
            (Summary, Some("In short"), "Second key point of the story."),
            (BoxLabel, Some("What's next"), "What's next:"),
            (
                Summary,
                Some("What's next"),
                "What happens next in the story."
            ),
            (Paragraph, None, BODY),
        ]
    );
}

#[test]
fn an_inline_labelled_summary_keeps_its_bullets_and_drops_the_repeated_lede() {
    let lede = "As the war goes on, Moscow has turned to an ally to bolster its depleted forces.";
    let input = format!(
        "Headline\n{lede}\nWhat You Need to Know: {lede}\n-First bullet of the box.\n-Second bullet.\nA Subhead\n{BODY}"
    );
    let lines = clean(&input);
    let labels: Vec<Option<&str>> = lines.iter().map(|l| l.label.as_deref()).collect();
    check(
        &input,
        &[
            (Headline, "Headline"),
            (Junk(Repeat), lede),
            (Summary, lede),
            (Summary, "First bullet of the box."),
            (Summary, "Second bullet."),
            (Subhead, "A Subhead"),
            (Paragraph, BODY),
        ],
    );
    assert_eq!(labels[2..5], [Some("What You Need to Know"); 3]);
}

#[test]
fn a_lede_printed_whole_and_then_split_in_two_keeps_the_whole_copy() {
    let first = "Troops are in occupied territory, according to intelligence services.";
    let second = "Earlier reports suggested they would only be deployed across the border.";
    check(
        &format!("Headline\n{first} {second}\n\u{a0}\n{first}\n{second}\n{BODY}"),
        &[
            (Headline, "Headline"),
            (Paragraph, &format!("{first} {second}")),
            (Junk(Repeat), first),
            (Junk(Repeat), second),
            (Paragraph, BODY),
        ],
    );
}

#[test]
fn an_exact_repeat_keeps_the_first_copy() {
    assert_eq!(
        kinds(&format!(
            "Headline\n{BODY}\nAnother paragraph of the article body.\n{BODY}"
        )),
        [Headline, Paragraph, Paragraph, Junk(Repeat)]
    );
}

#[test]
fn a_summary_box_that_restates_a_body_paragraph_is_not_a_repeat() {
    let point = "The revelations pose a threat not only to Ukraine but also to its allies.";
    let fuller =
        "The revelations pose a threat not only to Ukraine but also to its allies and beyond.";
    assert_eq!(
        kinds(&format!("Headline\nIn short:\n{point}\n{BODY}\n{fuller}")),
        [Headline, BoxLabel, Summary, Paragraph, Paragraph]
    );
}

#[test]
fn short_lines_are_never_compared_as_repeats() {
    // Under 40 characters: a sentence like this may legitimately recur.
    assert_eq!(
        kinds("Headline\nHe said no.\nLater on, more.\nHe said no."),
        [Headline, Paragraph, Paragraph, Paragraph]
    );
}

#[test]
fn subheads_are_short_unpunctuated_lines_and_a_label_above_one_is_junk() {
    check(
        &format!(
            "Headline\n{BODY}\n'Ask Pyongyang'\n{MORE}\nUkraine War\nNorth Koreans in Ukraine\n{LAST}\nHow is North Korea helping Russia?\nThe end of it."
        ),
        &[
            (Headline, "Headline"),
            (Paragraph, BODY),
            (Subhead, "'Ask Pyongyang'"),
            (Paragraph, MORE),
            (Junk(SectionLabel), "Ukraine War"),
            (Subhead, "North Koreans in Ukraine"),
            (Paragraph, LAST),
            (Subhead, "How is North Korea helping Russia?"),
            (Paragraph, "The end of it."),
        ],
    );
}

#[test]
fn short_sentences_stay_paragraphs() {
    assert_eq!(
        kinds("Headline\nBut now Russia needs more.\n\"Kim simply sold his soldiers,\" he said."),
        [Headline, Paragraph, Paragraph]
    );
}

#[test]
fn an_about_box_with_a_biography_is_an_author_bio_and_credits_are_credits() {
    let bio = "Jane Doe is a seasoned defense journalist who has covered three wars.";
    let lines = clean(&format!(
        "Headline\n{BODY}\nAbout the Author\n{bio}\nImage Credit: Creative Commons.\nJohn Roe contributed reporting."
    ));
    let seen: Vec<_> = lines.iter().map(|l| (l.kind, l.label.as_deref())).collect();
    assert_eq!(
        seen,
        [
            (Headline, None),
            (Paragraph, None),
            (BoxLabel, Some("About the Author")),
            (AuthorBio, Some("About the Author")),
            (Credit, None),
            (Credit, None),
        ]
    );
}

#[test]
fn an_about_box_without_a_biography_is_the_copying_sites_footer() {
    assert_eq!(
        kinds(&format!("Headline\n{BODY}\nAbout FOX NEWS\nCheck Also")),
        [Headline, Paragraph, Junk(Furniture), Junk(Teaser)]
    );
}

#[test]
fn a_photo_caption_in_the_body_is_a_caption() {
    assert_eq!(
        kinds(&format!(
            "Headline\n{BODY}\nThe leader visits a base last month, in a photo released by state media.\n\
             In one video, filmed behind wire, people in uniform can be seen."
        )),
        [Headline, Paragraph, Caption, Paragraph]
    );
}

#[test]
fn a_teaser_marker_takes_the_teaser_title_and_its_cut_off_blurb() {
    check(
        &format!(
            "Headline\n{BODY}\nCheck Also\nWhat Someone Achieved as President\nThe words galvanized protesters. It was a rallying cry …\n"
        ),
        &[
            (Headline, "Headline"),
            (Paragraph, BODY),
            (Junk(Teaser), "Check Also"),
            (Junk(Teaser), "What Someone Achieved as President"),
            (
                Junk(Teaser),
                "The words galvanized protesters. It was a rallying cry …",
            ),
        ],
    );
}

#[test]
fn a_teaser_marker_does_not_take_a_full_paragraph_after_it() {
    assert_eq!(
        kinds(&format!("Headline\n{BODY}\nRead more:\n{MORE}")),
        [Headline, Paragraph, Junk(Teaser), Paragraph]
    );
}

#[test]
fn comment_forms_are_junk() {
    assert_eq!(
        kinds(&format!(
            "Headline\n{BODY}\nLeave a Reply\nYour email address will not be published. Required fields are marked *"
        )),
        [Headline, Paragraph, Junk(CommentForm), Junk(CommentForm)]
    );
}

#[test]
fn three_or_more_short_cut_off_bulleted_lines_are_a_link_list() {
    assert_eq!(
        kinds(&format!(
            "Headline\n{BODY}\n- US election: Harris admit\n- Live updates: Donald Trum\n- ·Rebels battle for Myanmar junta’s weste"
        )),
        [
            Headline,
            Paragraph,
            Junk(LinkList),
            Junk(LinkList),
            Junk(LinkList)
        ]
    );
}

#[test]
fn two_bulleted_lines_or_punctuated_bullets_are_not_a_link_list() {
    assert_eq!(
        kinds(&format!(
            "Headline\n{BODY}\n- One short item\n- Two short item\n{MORE}"
        )),
        [Headline, Paragraph, Paragraph, Paragraph, Paragraph]
    );
    assert_eq!(
        kinds(&format!(
            "Headline\n{BODY}\n- A full sentence.\n- Another full one.\n- And a third one."
        )),
        [Headline, Paragraph, Paragraph, Paragraph, Paragraph]
    );
}

#[test]
fn a_sentence_with_a_name_in_another_script_is_kept() {
    let line =
        "The shop, called 北京饭店 by its owners, was flooded to the ceiling on Monday night.";
    assert_eq!(
        kinds(&format!("Headline\n{BODY}\n{line}")),
        [Headline, Paragraph, Paragraph]
    );
    let word = "The Greek word for it is καταστροφή.";
    assert_eq!(
        kinds(&format!("Headline\n{BODY}\n{word}")),
        [Headline, Paragraph, Paragraph]
    );
}

#[test]
fn lines_in_another_script_are_junk_but_a_pure_gloss_is_kept() {
    let gloss = "Kim Jong Un (김정은) addressed the party congress in the capital.";
    assert_eq!(
        kinds(&format!(
            "Headline\n{BODY}\n下一篇:With the election less than two weeks away\n{gloss}\nSource line (责任编辑:admin) here"
        )),
        [
            Headline,
            Paragraph,
            Junk(OtherScript),
            Paragraph,
            Junk(OtherScript)
        ]
    );
}

#[test]
fn an_article_in_another_script_keeps_its_own_lines() {
    assert_eq!(
        kinds(
            "Заголовок статьи\nВойска прибыли в регион, сообщили в министерстве обороны.\nОб этом сообщил CNN и Reuters.\nStray 编辑 line here."
        ),
        [Headline, Paragraph, Paragraph, Junk(OtherScript)]
    );
}

#[test]
fn stray_markup_and_bare_links_are_junk() {
    assert_eq!(
        kinds(&format!(
            "Headline\n{BODY}\n<\n»|«\nBy:https://example.org/news/2024/story(editor)"
        )),
        [
            Headline,
            Paragraph,
            Junk(StrayMarkup),
            Junk(StrayMarkup),
            Junk(StrayLink)
        ]
    );
}

#[test]
fn typos_and_inner_spacing_are_kept_verbatim() {
    let typo = "President Volodymyr Zelenkyy said the Untied States  agreed.";
    check(
        &format!("Headline\n{typo}"),
        &[(Headline, "Headline"), (Paragraph, typo)],
    );
}

#[test]
fn empty_and_blank_inputs_give_nothing() {
    assert!(clean("").is_empty());
    assert!(clean("\n \n\u{a0}\n").is_empty());
}

#[test]
fn every_non_blank_line_is_accounted_for_once() {
    let input = "Security\nHeadline Here\n\nBy Jane Doe\n<\nBody text that goes on for a while, really.\n- a\n- b\n- c";
    let lines = clean(input);
    let numbers: Vec<usize> = lines.iter().map(|l| l.line).collect();
    assert_eq!(numbers, [1, 2, 4, 5, 6, 7, 8, 9]);
}

// ---------------------------------------------------------------------------
// Issue #14: real articles pasted from other outlets.

// Item 1: the third line was taken as a dateline and its sentence dropped.
#[test]
fn a_first_paragraph_that_opens_with_a_date_keeps_its_sentence() {
    let article = clean_article(
        "Floodwaters reach the old town\nBy Ana Example\nMarch 3, 2025 — Rescue teams said on Monday that about 1,200 residents had been moved to shelters.\nOfficials expect the river to peak on Wednesday.\n",
    );
    assert_eq!(
        article.headline.as_deref(),
        Some("Floodwaters reach the old town")
    );
    assert_eq!(article.byline.as_deref(), Some("Ana Example"));
    assert_eq!(article.dateline, Date::new(2025, 3, 3));
    assert_eq!(
        article.blocks,
        [
            Block::Paragraph(
                "Rescue teams said on Monday that about 1,200 residents had been moved to shelters."
                    .into()
            ),
            Block::Paragraph("Officials expect the river to peak on Wednesday.".into()),
        ]
    );
    // The same kind: other date forms and separators before the sentence.
    for opening in [
        "5 Nov 2024: ",
        "2024-11-05 | ",
        "Nov. 5, 2024 - ",
        "Tue 5 Nov 2024 09.12 GMT — ",
    ] {
        let article = clean_article(&format!("A Headline Here\n{opening}{BODY}\n{MORE}"));
        assert_eq!(article.dateline, Date::new(2024, 11, 5), "{opening}");
        assert_eq!(
            article.blocks[0],
            Block::Paragraph(BODY.into()),
            "{opening}"
        );
    }
}

// Item 2: a .txt file with a byte-order mark got a wrong first-line guess.
#[test]
fn a_leading_byte_order_mark_does_not_hide_the_headline() {
    let article = clean_article(&format!("\u{FEFF}Floodwaters reach the old town\n{BODY}"));
    assert_eq!(
        article.headline.as_deref(),
        Some("Floodwaters reach the old town")
    );
}

// Item 3: lines ended by a bare CR or broken with U+2028, U+2029, U+0085
// were read as one line: the whole text became the headline.
#[test]
fn every_kind_of_line_break_separates_lines() {
    for sep in ["\r", "\u{2028}", "\u{2029}", "\u{85}"] {
        let article = clean_article(&format!("A Plain Headline{sep}{BODY}{sep}{MORE}"));
        assert_eq!(
            article.headline.as_deref(),
            Some("A Plain Headline"),
            "{sep:?}"
        );
        assert_eq!(article.blocks.len(), 2, "{sep:?}");
    }
}

// Item 4: byline noise.
#[test]
fn a_byline_keeps_the_names_and_sets_role_and_times_apart() {
    let article = clean_article(&format!(
        "A Plain Headline\nBy Ana Example, Senior Correspondent Updated 2 hours ago\n{BODY}"
    ));
    assert_eq!(article.byline.as_deref(), Some("Ana Example"));
    assert_eq!(article.byline_role.as_deref(), Some("Senior Correspondent"));
    for (line, name) in [
        ("By Ana Example | Published Nov. 5, 2024", "Ana Example"),
        (
            "By Ana Example and Jo Doe 5 hours ago",
            "Ana Example and Jo Doe",
        ),
        ("By: Ana Example — Reuters", "Ana Example"),
        ("By Ana Example Nov. 5, 2024", "Ana Example"),
    ] {
        let article = clean_article(&format!("A Plain Headline\n{line}\n{BODY}"));
        assert_eq!(article.byline.as_deref(), Some(name), "{line}");
    }
}

#[test]
fn relative_times_are_not_part_of_the_article() {
    for line in [
        "Updated 2 hours ago",
        "5 mins ago",
        "Published: yesterday",
        "3h ago",
    ] {
        assert_eq!(
            kinds(&format!("A Plain Headline\nBy Ana Example\n{line}\n{BODY}")),
            [Headline, Byline, Junk(Timestamp), Paragraph],
            "{line}"
        );
    }
}

#[test]
fn a_list_of_other_headlines_is_dropped_whole() {
    for marker in ["Latest", "Most read", "Trending now", "Related"] {
        let input = format!(
            "A Plain Headline\n{BODY}\n{LAST}\n{marker}\nPrices rise again in the capital\n2 hours ago\nA storm closes the northern ports\n3 hours ago\n1. Why the talks stalled\n"
        );
        let article = clean_article(&input);
        assert_eq!(
            article.blocks,
            [Block::Paragraph(BODY.into()), Block::Paragraph(LAST.into())],
            "{marker}"
        );
    }
}

// Item 5: date lines in front matter (the forms themselves are tested in
// `dateline.rs`).
#[test]
fn common_date_lines_give_the_date() {
    for (line, ambiguous) in [
        ("November 5, 2024, 2:31 AM", false),
        ("November 5, 2024 1:51 pm CET", false),
        ("Tue 5 Nov 2024 09.12 GMT", false),
        ("Published: 05.11.2024", true),
        ("2024-11-05T14:31:00Z", false),
        ("Updated Nov. 5, 2024, 10:02 a.m. ET", false),
    ] {
        let article = clean_article(&format!("A Plain Headline\nBy Ana Example\n{line}\n{BODY}"));
        assert_eq!(article.dateline, Date::new(2024, 11, 5), "{line}");
        assert_eq!(article.date_ambiguity.is_some(), ambiguous, "{line}");
        assert_eq!(article.blocks, [Block::Paragraph(BODY.into())], "{line}");
        // Printed above the headline, too.
        let article = clean_article(&format!("{line}\nA Plain Headline\n{BODY}"));
        assert_eq!(article.dateline, Date::new(2024, 11, 5), "{line} above");
        assert_eq!(
            article.headline.as_deref(),
            Some("A Plain Headline"),
            "{line} above"
        );
    }
}

// Item 6: headline guessing.
#[test]
fn an_app_banner_above_the_headline_is_not_the_headline() {
    let article = clean_article(&format!(
        "Get every paper in one app.\nHundreds of titles.\nStart reading\nFloodwaters reach the old town\nBy Ana Example\n{BODY}"
    ));
    assert_eq!(
        article.headline.as_deref(),
        Some("Floodwaters reach the old town")
    );
    assert_eq!(article.blocks, [Block::Paragraph(BODY.into())]);
}

#[test]
fn a_repeated_section_label_and_a_photo_credit_are_not_the_headline() {
    for lead in [
        "World\nWorld",
        "Photo: Reuters/Jane Doe",
        "Jane Doe/Getty Images\nWorld",
    ] {
        let article = clean_article(&format!("{lead}\nFloodwaters reach the old town\n{BODY}"));
        assert_eq!(
            article.headline.as_deref(),
            Some("Floodwaters reach the old town"),
            "{lead}"
        );
        assert!(
            article.blocks.contains(&Block::Paragraph(BODY.into())),
            "{lead}"
        );
    }
}

#[test]
fn a_copy_without_a_headline_gets_none_never_a_paragraph() {
    let lede = "Rescue teams said on Monday that about 1,200 residents had been moved to shelters as the river rose through the night, and officials in the region warned that more evacuations could follow before the water peaks on Wednesday, according to a statement.";
    let article = clean_article(&format!("{lede}\n{BODY}"));
    assert_eq!(article.headline, None);
    assert_eq!(article.blocks[0], Block::Paragraph(lede.into()));
    assert_eq!(article.blocks.len(), 2);
}

#[test]
fn calls_to_action_are_junk_anywhere() {
    assert_eq!(
        kinds(&format!(
            "A Plain Headline\n{BODY}\nAdvertisement\n{MORE}\nShare"
        )),
        [
            Headline,
            Paragraph,
            Junk(Promotion),
            Paragraph,
            Junk(Promotion)
        ]
    );
}

// ---------------------------------------------------------------------------
// Rules added for whole pasted pages (issue #14), each on a small input.

#[test]
fn page_controls_are_junk_whole_or_split_at_dots_and_bars() {
    for line in [
        "Copy link",
        "Aa",
        "Advertisement · Scroll to continue",
        "Share | Save | Print",
        "4 min read",
        "2 Comments",
        "0:00 / 4:51",
        "Share on Facebook",
        "Duration 2:14",
        "Story continues below advertisement",
        "Publicidad",
    ] {
        assert_eq!(
            kinds(&format!("A Plain Headline\n{line}\n{BODY}")),
            [Headline, Junk(Promotion), Paragraph],
            "{line}"
        );
    }
}

#[test]
fn newsletter_prompts_tags_and_copyright_lines_are_junk() {
    let article = clean_article(&format!(
        "A Plain Headline\n{BODY}\nGet the Morning Briefing newsletter\nEvery weekday, the news that matters.\nSign up\nTopics: Mining, Accidents\n{MORE}\n© 2024 The Daily. All rights reserved."
    ));
    assert_eq!(
        article.blocks,
        [Block::Paragraph(BODY.into()), Block::Paragraph(MORE.into())]
    );
}

#[test]
fn what_follows_a_comment_section_or_site_index_is_not_the_article() {
    for marker in [
        "Comments (42)",
        "Join the conversation",
        "2 thoughts on “Fares rise”",
        "Site Index",
        "More from The Daily",
    ] {
        let article = clean_article(&format!(
            "A Plain Headline\n{BODY}\n{marker}\nGreat piece, thanks for writing it all up for us.\n{LAST}"
        ));
        assert_eq!(article.blocks, [Block::Paragraph(BODY.into())], "{marker}");
    }
    // Before the first paragraph, a comment count is only a control.
    let article = clean_article(&format!("A Plain Headline\n2 Comments\n{BODY}\n{LAST}"));
    assert_eq!(article.blocks.len(), 2);
}

#[test]
fn an_ad_label_takes_the_advertisers_heading() {
    let article = clean_article(&format!(
        "A Plain Headline\n{BODY}\nSponsored · Ad\nCompare home insurance quotes in 2 minutes\n{MORE}"
    ));
    assert_eq!(
        article.blocks,
        [Block::Paragraph(BODY.into()), Block::Paragraph(MORE.into())]
    );
}

#[test]
fn bylines_without_by_and_in_other_languages() {
    for (line, name) in [
        ("Marta Quental in Serra do Arnal", "Marta Quental"),
        ("Rowan Pike @rowanpike", "Rowan Pike"),
        ("Rosa Kettering | Updated 2 hours ago", "Rosa Kettering"),
        ("Por Marta Villalba", "Marta Villalba"),
        ("Von Jana Holtkamp", "Jana Holtkamp"),
        ("Story by Grace Liddell", "Grace Liddell"),
    ] {
        let article = clean_article(&format!(
            "A Plain Headline Of Some Length\n{line}\n5 Nov 2024\n{BODY}"
        ));
        assert_eq!(article.byline.as_deref(), Some(name), "{line}");
        assert_eq!(
            article.headline.as_deref(),
            Some("A Plain Headline Of Some Length"),
            "{line}"
        );
    }
}

#[test]
fn a_desks_byline_without_by_is_no_headline() {
    for line in [
        "North Wire staff",
        "Staff reporter",
        "Harbour Post news desk",
    ] {
        let article = clean_article(&format!(
            "Quarry blast: 12 hurt, owner says\n\n{line}\n\n{BODY}"
        ));
        assert_eq!(
            article.headline.as_deref(),
            Some("Quarry blast: 12 hurt, owner says"),
            "{line}"
        );
        assert_eq!(article.byline.as_deref(), Some(line), "{line}");
    }
    // Headlines that end in "staff" stay headlines.
    for headline in [
        "Hospital cuts 40 staff",
        "Striking staff",
        "Hospital staff",
        "NHS staff",
    ] {
        let article = clean_article(&format!("{headline}\n\n{BODY}"));
        assert_eq!(article.headline.as_deref(), Some(headline));
    }
}

#[test]
fn a_role_on_the_line_after_the_byline_is_its_role() {
    let article = clean_article(&format!(
        "By MARCUS HALE\nStaff Writer\nJul 16, 2024 at 6:05 PM\n{BODY}"
    ));
    assert_eq!(article.headline, None);
    assert_eq!(article.byline.as_deref(), Some("MARCUS HALE"));
    assert_eq!(article.byline_role.as_deref(), Some("Staff Writer"));
    assert_eq!(article.dateline, Date::new(2024, 7, 16));
    assert_eq!(article.blocks, [Block::Paragraph(BODY.into())]);
}

#[test]
fn a_paragraph_about_the_bylined_author_is_a_bio() {
    let article = clean_article(&format!(
        "A Plain Headline\nBy Grace Liddell\n{BODY}\nGrace Liddell is a reporter covering higher education."
    ));
    assert_eq!(
        article.blocks[1],
        Block::AuthorBio {
            label: None,
            text: "Grace Liddell is a reporter covering higher education.".into()
        }
    );
}

#[test]
fn agency_credits_and_image_sources_are_credits() {
    for line in [
        "Reporting by Joana Freitas; Editing by Alison Wray",
        "Image source, HPB/Jon Rask",
    ] {
        assert_eq!(
            kinds(&format!("A Plain Headline\n{BODY}\n{line}")),
            [Headline, Paragraph, Credit],
            "{line}"
        );
    }
}

#[test]
fn an_ambiguous_date_is_settled_by_another_date_line() {
    let article = clean_article(&format!(
        "A Plain Headline\nPublicado: 04.11.2024 - 07:45 CET\nActualizado: 4 nov. 2024 - 09:10 CET\n{BODY}"
    ));
    assert_eq!(article.dateline, Date::new(2024, 11, 4));
    assert_eq!(article.date_ambiguity, None);
    let alone = clean_article(&format!("A Plain Headline\nPublished: 04.11.2024\n{BODY}"));
    assert!(
        alone
            .date_ambiguity
            .unwrap()
            .contains("could be 11 Apr 2024")
    );
}

#[test]
fn a_wire_dateline_is_cut_from_the_first_paragraph() {
    for opening in [
        "LISBON, March 3 (Scaldwater Press) - ",
        "KRAKÓW (VPA) — ",
        "BRENNICK, Nov 5 (Northbridge Wire) – ",
        "VISEU, Portugal — ",
        "LISBON, March 3 — ",
    ] {
        let article = clean_article(&format!("A Plain Headline\n{opening}{BODY}\n{MORE}"));
        assert_eq!(
            article.blocks[0],
            Block::Paragraph(BODY.into()),
            "{opening}"
        );
    }
    // A sentence that merely starts in capitals keeps its words.
    let text = "NATO - the alliance - said on Tuesday that the plan would go ahead as announced.";
    let article = clean_article(&format!("A Plain Headline\n{text}"));
    assert_eq!(article.blocks[0], Block::Paragraph(text.into()));
    let text = "UEFA, FIFA - Officials said on Tuesday that the plan would go ahead as announced.";
    let article = clean_article(&format!("A Plain Headline\n{text}"));
    assert_eq!(article.blocks[0], Block::Paragraph(text.into()));
    let text = "NATO, the alliance - Officials said on Tuesday that the plan would go ahead.";
    let article = clean_article(&format!("A Plain Headline\n{text}"));
    assert_eq!(article.blocks[0], Block::Paragraph(text.into()));
}

#[test]
fn headings_after_the_last_paragraph_are_the_pages() {
    assert_eq!(
        kinds(&format!(
            "A Plain Headline\n{BODY}\nA Real Subhead\n{MORE}\nDonate\nJobs"
        )),
        [
            Headline,
            Paragraph,
            Subhead,
            Paragraph,
            Junk(SectionLabel),
            Junk(SectionLabel)
        ]
    );
}

#[test]
fn a_headline_sized_line_above_a_heading_like_standfirst_is_the_headline() {
    let article = clean_article(&format!(
        "EDUCATION\nUniversity of Eastmere to cut 350 posts after grant cut\nUnion warns up to 600 jobs could go as students plan walkout\nBy Grace Liddell\n{BODY}"
    ));
    assert_eq!(
        article.headline.as_deref(),
        Some("University of Eastmere to cut 350 posts after grant cut")
    );
    assert!(
        matches!(&article.blocks[0], Block::Summary { text, .. } if text.starts_with("Union warns"))
    );
}

#[test]
fn japanese_and_other_caseless_articles_keep_their_lines_and_headline() {
    let article = clean_article(
        "オルヴァン電器、電気ケトル4万8000台をリコール\n家電メーカーのオルヴァン電器は5日、電気ケトルの一部に不具合があるとして、約4万8000台を自主回収すると発表した。\n同社によると、世界全体では約19万台が対象になる。",
    );
    assert_eq!(
        article.headline.as_deref(),
        Some("オルヴァン電器、電気ケトル4万8000台をリコール")
    );
    assert_eq!(article.blocks.len(), 2);
    let hebrew = clean_article(
        "שריפה גדולה ליד מצפה אורנים\nמאת: דנה לוי\nשריפה גדולה פרצה הבוקר ביער הסמוך ליישוב, ומאות תושבים פונו מבתיהם.",
    );
    assert_eq!(
        hebrew.headline.as_deref(),
        Some("שריפה גדולה ליד מצפה אורנים")
    );
    assert_eq!(hebrew.byline.as_deref(), Some("דנה לוי"));
    let chinese = clean_article(
        "奥尔万电器全球召回约23万台电热水壶\n奥尔万电器5日宣布，在全球范围内召回约23万台电热水壶。\n图片来源：东岸财经网资料图",
    );
    assert!(matches!(chinese.blocks.last(), Some(Block::Credit(_))));
}

#[test]
fn one_line_pointers_to_other_stories_are_teasers() {
    for line in [
        "RELATED: Leaked draft plan shows Arts faculty merger",
        "Lesen Sie auch Neue Straßenbahnlinie zur Universität startet im Frühjahr",
        "Watch: Rescue boats on Mill Street as the Oredra rises",
    ] {
        assert_eq!(
            kinds(&format!("A Plain Headline\n{BODY}\n{line}\n{MORE}")),
            [Headline, Paragraph, Junk(Teaser), Paragraph],
            "{line}"
        );
    }
}

#[test]
fn a_date_line_in_the_body_is_not_a_paragraph() {
    assert_eq!(
        kinds(&format!(
            "A Plain Headline\n{BODY}\nPublished 3 March 2025, 18.05 WET Updated 4 March 2025, 07.31 WET\n{MORE}"
        )),
        [Headline, Paragraph, Dateline, Paragraph]
    );
}

#[test]
fn a_persons_byline_wins_over_a_desks() {
    let article = clean_article(&format!(
        "A Plain Headline\nBy Wire Services\n{BODY}\nBy Joana Freitas\n{MORE}"
    ));
    assert_eq!(article.byline.as_deref(), Some("Joana Freitas"));
}

#[test]
fn the_outlet_named_in_the_text() {
    let copy = clean_article(&format!(
        "A Plain Headline\n{BODY}\n© 2024 The Oredale Courier. All rights reserved."
    ));
    let outlet = copy.outlet.unwrap();
    assert_eq!(
        (outlet.name.as_str(), outlet.stated),
        ("The Oredale Courier", false)
    );
    let republished = clean_article(&format!(
        "A Plain Headline\n{BODY}\nOriginally published by Meridane Daily\n© 2024 Quillfeed"
    ));
    let outlet = republished.outlet.unwrap();
    assert_eq!(
        (outlet.name.as_str(), outlet.stated),
        ("Meridane Daily", true)
    );
}

#[test]
fn the_outlet_the_front_matter_names_is_a_guess() {
    let outlet = |text: String| {
        let article = clean_article(&text);
        article
            .outlet
            .map(|o| (o.name, o.stated))
            .unwrap_or_default()
    };
    // A byline's affiliation, on its line or the next.
    assert_eq!(
        outlet(format!(
            "A Plain Headline\nBy Ana Example, Tarn Valley Wire\n{BODY}"
        )),
        ("Tarn Valley Wire".to_string(), false)
    );
    assert_eq!(
        outlet(format!(
            "A Plain Headline\nBy Ana Example\nThe Brackwater Ledger\nMay 2, 2025\n{BODY}"
        )),
        ("The Brackwater Ledger".to_string(), false)
    );
    // A role is not an outlet.
    assert_eq!(
        outlet(format!(
            "A Plain Headline\nBy Ana Example, Senior Correspondent\n{BODY}"
        )),
        (String::new(), false)
    );
    // A desk byline, and a wire dateline's credit.
    assert_eq!(
        outlet(format!(
            "A Plain Headline\nRadio Norvale newsroom\nMay 2, 2025\n{BODY}"
        )),
        ("Radio Norvale".to_string(), false)
    );
    assert_eq!(
        outlet(format!(
            "A Plain Headline\nORVIK (Harbour News Agency) — {BODY}"
        )),
        ("Harbour News Agency".to_string(), false)
    );
}

#[test]
fn f3_a_masthead_line_is_front_matter_with_its_date_and_outlet() {
    let article = clean_article(&format!(
        "Shares slide after the plan is unveiled\nQuarry Brief — Feb. 3, 2025\n{BODY}\n{MORE}"
    ));
    assert_eq!(
        article.headline.as_deref(),
        Some("Shares slide after the plan is unveiled")
    );
    assert_eq!(article.dateline.map(|d| d.iso()), Some("2025-02-03".into()));
    let outlet = article.outlet.unwrap();
    assert_eq!(
        (outlet.name.as_str(), outlet.stated),
        ("Quarry Brief", false)
    );
    assert!(outlet.basis.contains("Quarry Brief — Feb. 3, 2025"));
}

#[test]
fn a_donation_prompt_is_promotion() {
    let article = clean_article(&format!(
        "A Plain Headline\n{BODY}\nThe Norvale Voice is funded by readers like you. Give 5 euros a month and keep it free.\n{MORE}"
    ));
    assert!(
        article
            .blocks
            .iter()
            .all(|b| !b.text().contains("readers like you")),
        "{:?}",
        article.blocks
    );
}

#[test]
fn b4_b5_bylines_without_by_a_name_with_its_role_line_or_a_list_of_names() {
    let article = clean_article(&format!(
        "Shares slide as the plan puts the franchise in focus\nInvestors weigh the cost of the crash, which killed four people\nLeona Example\nTransport & Infrastructure Editor\n18 Mar 2026 · 4 min read\n{BODY}\n{MORE}"
    ));
    assert_eq!(
        article.headline.as_deref(),
        Some("Shares slide as the plan puts the franchise in focus")
    );
    assert_eq!(article.byline.as_deref(), Some("Leona Example"));
    assert_eq!(
        article.byline_role.as_deref(),
        Some("Transport & Infrastructure Editor")
    );
    assert_eq!(article.dateline.map(|d| d.iso()), Some("2026-03-18".into()));
    let article = clean_article(&format!(
        "Marches against the reform fill the capital\nUpdated 21:40, Thursday 9 April 2026\nInès Example, Dario Sample and Amélie Test\n{BODY}"
    ));
    assert_eq!(
        article.byline.as_deref(),
        Some("Inès Example, Dario Sample and Amélie Test")
    );
    assert_eq!(article.dateline.map(|d| d.iso()), Some("2026-04-09".into()));
}

#[test]
fn b1_names_around_a_role_and_words_bylines() {
    let article = clean_article(&format!(
        "A Plain Headline\nBy Kieran Example, Chief Reporter, and Maisie Sample\n{BODY}"
    ));
    assert_eq!(
        article.byline.as_deref(),
        Some("Kieran Example and Maisie Sample")
    );
    assert_eq!(article.byline_role.as_deref(), Some("Chief Reporter"));
    let article = clean_article(&format!(
        "Home / News / Health\nHospital computers are back after a five-day siege\nWords: Ellie Example | Pictures: Tom Sample\nFriday 15 May 2026 · 5:42pm\n{BODY}"
    ));
    assert_eq!(
        article.headline.as_deref(),
        Some("Hospital computers are back after a five-day siege")
    );
    assert_eq!(article.byline.as_deref(), Some("Ellie Example"));
}

/// Lines a reviewer found the session's first cleaner rules misread.
#[test]
fn review_misreadings_stay_fixed() {
    // A role with "and" in it is one role.
    let article = clean_article(&format!(
        "A Plain Headline\nBy Jane Example, Science and Technology Editor\n{BODY}"
    ));
    assert_eq!(article.byline.as_deref(), Some("Jane Example"));
    assert_eq!(
        article.byline_role.as_deref(),
        Some("Science and Technology Editor")
    );
    // A title-case deck is no byline without a date line next to it.
    let article = clean_article(&format!(
        "Unions threaten a general strike over the reform\nUnions Threaten Strike, Shares Slide\n{BODY}\n{MORE}"
    ));
    assert_eq!(article.byline, None);
    // News about joining or giving is not a prompt.
    for line in [
        "Ukraine hopes to become a member of the EU by 2030, the president said.",
        "Residents can make a donation to the Red Cross flood appeal at any post office.",
    ] {
        let article = clean_article(&format!("A Plain Headline\n{BODY}\n{line}\n{MORE}"));
        assert!(article.blocks.iter().any(|b| b.text() == line), "{line}");
    }
    // A section's label and date is no masthead; a news desk names its outlet.
    let article = clean_article(&format!("A Plain Headline\nOpinion | Feb. 3, 2025\n{BODY}"));
    assert_eq!(article.outlet, None);
    let article = clean_article(&format!(
        "A Plain Headline\nHarbour Post news desk\nMay 2, 2025\n{BODY}"
    ));
    assert_eq!(article.outlet.map(|o| o.name), Some("Harbour Post".into()));
}

#[test]
fn s3_a_key_points_box_without_a_colon_keeps_its_items() {
    check(
        &format!(
            "Dam Collapse Toll Rises\nBy Ana Duarte\nMarch 3, 2025\nKey points\nSixteen dead, including three children, fire brigade says\nNearly 90 injured in the crush\n{BODY}\nKey facts\n- Death toll rises to 23 from 17\n- Up to 60 people missing\n{MORE}\n{LAST}\n"
        ),
        &[
            (Headline, "Dam Collapse Toll Rises"),
            (Byline, "Ana Duarte"),
            (Dateline, "March 3, 2025"),
            (BoxLabel, "Key points"),
            (
                Summary,
                "Sixteen dead, including three children, fire brigade says",
            ),
            (Summary, "Nearly 90 injured in the crush"),
            (Paragraph, BODY),
            (BoxLabel, "Key facts"),
            (Summary, "Death toll rises to 23 from 17"),
            (Summary, "Up to 60 people missing"),
            (Paragraph, MORE),
            (Paragraph, LAST),
        ],
    );
    // A label followed by a sentence, or by a menu's single words, is no box.
    for input in [
        format!("A Headline Here\nKey points\n{BODY}\n{MORE}\n"),
        format!("A Headline Here\n{BODY}\nKey points\nVideo\nPodcasts\n{MORE}\n"),
        // A sidebar of other stories.
        format!(
            "A Headline Here\n{BODY}\nIn brief\nMan charged after city centre stabbing\nCouncil to cut 40 jobs in budget shake-up\n{MORE}\n"
        ),
    ] {
        let lines = clean(&input);
        assert!(lines.iter().all(|l| l.kind != Summary), "{lines:#?}");
    }
}

#[test]
fn a_caption_labelled_as_one_or_ending_with_a_wire_credit_is_a_caption() {
    assert!(is_photo_caption(
        "Image caption: Flowers and scarves left at Gate 4 on Monday morning"
    ));
    assert!(is_photo_caption(
        "Rescue workers carry a body through a flooded street in Fontelo, Portugal, March 2, 2025. APA/Pedro Nunes"
    ));
    assert!(is_photo_caption(
        "Fans leave the stadium after the match. AP Photo/Jo Kim"
    ));
    // A slash in a sentence is no credit.
    assert!(!is_photo_caption(
        "Officials said the river rose by 2 metres and/or more overnight."
    ));
    assert!(is_photo_caption(
        "A man walks past the flooded square on Sunday. (AP Photo/Armando Franca)"
    ));
    assert_eq!(
        kinds("A Headline Here\nShare full article\n"),
        [Headline, Junk(Promotion)]
    );
    // The page's label is not the caption's text.
    check(
        &format!(
            "A Headline Here\n{BODY}\nImage caption: Flowers left at the gate on Monday\n{MORE}\n"
        ),
        &[
            (Headline, "A Headline Here"),
            (Paragraph, BODY),
            (Caption, "Flowers left at the gate on Monday"),
            (Paragraph, MORE),
        ],
    );
}
