//! Attribution patterns on hand-made paragraphs: each case is one way news
//! writing says who spoke.

use lede::adapters::html;
use lede::{analyze, Options};

const LEAD: &str = "<p>The city council met on Tuesday evening to discuss the budget, which has grown by four percent in each of the last three years, according to figures released by the mayor's office last month.</p>";

/// (kind, speaker, text) of every quote found in an article made of `body` after a lead paragraph.
fn quotes(body: &str) -> Vec<(String, Option<String>, String)> {
    let page = format!("<html><head><title>Test</title></head><body><article><h1>Test</h1>{LEAD}{body}</article></body></html>");
    let a = analyze(&html::parse(&page), &Options::default()).expect("an article");
    a.quotes.into_iter().map(|q| (q.kind.to_string(), q.speaker, q.text)).collect()
}

fn speaker_of(body: &str, text: &str) -> Option<String> {
    quotes(body).into_iter().find(|q| q.2 == text).unwrap_or_else(|| panic!("{text} not found in {body}")).1
}

#[test]
fn quote_then_cue_then_speaker_and_the_reverse() {
    assert_eq!(speaker_of("<p>“We will rebuild,” said Jane Doe, the mayor.</p>", "We will rebuild,").as_deref(), Some("Jane Doe"));
    assert_eq!(speaker_of("<p>“We will rebuild,” the mayor, Jane Doe, said.</p>", "We will rebuild,").as_deref(), Some("Jane Doe"));
    assert_eq!(speaker_of("<p>Jane Doe said: “We will rebuild.”</p>", "We will rebuild.").as_deref(), Some("Jane Doe"));
}

#[test]
fn reporting_verbs_the_training_data_lacks() {
    let body = "<p>As my colleague Philip Bump has written, “There are very few truly undecided voters.”</p>\
        <p>“I did not know,” Jane Doe testified on Tuesday.</p>";
    assert_eq!(speaker_of(body, "There are very few truly undecided voters.").as_deref(), Some("Philip Bump"));
    assert_eq!(speaker_of(body, "I did not know,").as_deref(), Some("Jane Doe"));
    // A heckler is someone else than whose answer the sentence is about.
    let body = "<p>Jane Doe’s response was not enough for some of those present, with one MP heckling: “What’s the line?”</p>";
    assert_eq!(speaker_of(body, "What’s the line?"), None);
}

#[test]
fn a_colon_introduces_a_quotation_without_a_cue_verb() {
    assert_eq!(speaker_of("<p>That did not surprise pollster Daron Shaw: “Lesser-known candidates always get a boost.”</p>", "Lesser-known candidates always get a boost.").as_deref(), Some("Daron Shaw"));
    assert_eq!(speaker_of("<p>Jane Doe leaned in and boomed: “We will win in November.”</p>", "We will win in November.").as_deref(), Some("Jane Doe"));
}

#[test]
fn later_quotes_of_a_paragraph_and_unknown_verbs_keep_the_speaker() {
    let body = "<p>“Of course we will publish it,” Jane Doe said during an interview on “State of the Union” on Sunday. “It is not a problem.”</p>        <p>“Go back to your seat,” Doe barked at the reporter.</p>        <p>“We’re extremely happy” about the decision, said John Roe, director of the nurses union, a group that has backed her.</p>";
    assert_eq!(speaker_of(body, "It is not a problem.").as_deref(), Some("Jane Doe"));
    assert_eq!(speaker_of(body, "Go back to your seat,").as_deref(), Some("Jane Doe"));
    assert_eq!(speaker_of(body, "We’re extremely happy").as_deref(), Some("John Roe"));
}

#[test]
fn appositives_with_commas_and_places_after_the_name() {
    let body = "<p>Mark Johnson, a 55-year-old salesman from Sumter, South Carolina, says Cruz will “leave here with momentum.”</p>        <p>Stacy Baker of Columbia, South Carolina says she thinks Cruz can win if he keeps “doing what he’s doing.”</p>";
    assert_eq!(speaker_of(body, "leave here with momentum.").as_deref(), Some("Mark Johnson"));
    assert_eq!(speaker_of(body, "doing what he’s doing.").as_deref(), Some("Stacy Baker"));
    // The description first, the name as the appositive.
    let body = "<p>The committee's chairman, Sir Robert Hale, said the figures “did not add up.”</p>\
        <p>Labour's transport spokesman, Peter Osei, said: “Passengers in the north have waited long enough.”</p>";
    assert_eq!(speaker_of(body, "did not add up.").as_deref(), Some("Robert Hale"));
    assert_eq!(speaker_of(body, "Passengers in the north have waited long enough.").as_deref(), Some("Peter Osei"));
    // A description ending in a title, not a lower-case noun; a name with an appositive title stays the name.
    let body = "<p>The local MP, Cameron Thomas, said the response had been “woefully inadequate”.</p>\
        <p>Britain’s Prime Minister, Keir Starmer, said the plan was “a fresh start”.</p>\
        <p>Tom Smith, MP, said the vote was “a disgrace”.</p>";
    assert_eq!(speaker_of(body, "woefully inadequate").as_deref(), Some("Cameron Thomas"));
    assert_eq!(speaker_of(body, "a fresh start").as_deref(), Some("Keir Starmer"));
    assert_eq!(speaker_of(body, "a disgrace").as_deref(), Some("Tom Smith"));
    // Lower-case words describing the name before it, in an appositive after a description.
    let body = "<p>Her neighbour, retired postman Bill Hughes, 71, agreed: “It is a disgrace.”</p>";
    assert_eq!(speaker_of(body, "It is a disgrace.").as_deref(), Some("Bill Hughes"));
    // The appositive opening with its article: an organisation's name, a described person's.
    let body = "<p>The region’s peak horticulture body, the Bundaberg Growers Association, said its members had been “blindsided” by the findings.</p>\
        <p>Her lawyer, the former prosecutor John Smith, said she was “innocent”.</p>\
        <p>Rep. Sander M. Levin (Mich.), a superdelegate supporting Clinton, said it was “not over”.</p>";
    assert_eq!(speaker_of(body, "blindsided").as_deref(), Some("Bundaberg Growers Association"));
    assert_eq!(speaker_of(body, "innocent").as_deref(), Some("John Smith"));
    assert_eq!(speaker_of(body, "not over").as_deref(), Some("Sander M. Levin"));
}

#[test]
fn naming_verbs_introduce_fragments_but_not_titles() {
    let q = quotes("<p>Mayor Jane Doe called her rival “a horrible, despicable human being” on Monday.</p><p>Her rival backs a group called “Citizens For Better Roads” in the city.</p>");
    assert!(q.iter().any(|x| x.2 == "a horrible, despicable human being" && x.1.as_deref() == Some("Jane Doe")), "{q:?}");
    assert!(q.iter().all(|x| x.2 != "Citizens For Better Roads"), "{q:?}");
}

#[test]
fn names_ending_in_ly_are_not_adverbs() {
    assert_eq!(speaker_of("<p>“Elections matter,” Kelly said.</p>", "Elections matter,").as_deref(), Some("Kelly"));
}

#[test]
fn pronouns_and_surnames_resolve_to_the_full_name() {
    let body = "<p>Mayor Jane Doe spoke to reporters on Monday.</p><p>“The budget is balanced,” she said.</p><p>“No school will close,” Doe added.</p>";
    assert_eq!(speaker_of(body, "The budget is balanced,").as_deref(), Some("Jane Doe"));
    assert_eq!(speaker_of(body, "No school will close,").as_deref(), Some("Jane Doe"));
}

#[test]
fn an_interrupted_quote_keeps_one_speaker() {
    let q = quotes("<p>“We tried,” said Sen. John Roe, “but the votes were not there.”</p>");
    let roe: Vec<_> = q.iter().filter(|x| x.1.as_deref() == Some("John Roe")).collect();
    assert_eq!(roe.len(), 2, "{q:?}");
}

#[test]
fn an_organisation_after_a_preposition_is_not_the_speaker() {
    assert_eq!(speaker_of("<p>“It was the least bad outcome,” said Lena Moffitt of the Sierra Club.</p>", "It was the least bad outcome,").as_deref(), Some("Lena Moffitt"));
}

#[test]
fn an_age_after_a_name_resolves_the_n_year_old_and_roles_are_titles() {
    let body = "<p>Resident Maria Lopez, 45, has run the bakery on Main Street since 2003. Her landlord, Tom Baker, wants to double the rent.</p>\
        <p>“I will not leave this street without a fight,” the 45-year-old said.</p>";
    assert_eq!(speaker_of(body, "I will not leave this street without a fight,").as_deref(), Some("Maria Lopez"));
    // The age inside an appositive description does too.
    let body = "<p>Janet Hughes, a 45-year-old maths teacher from Leeds, won £2 million in Saturday’s draw. Her husband, Tom Hughes, was at work.</p>\
        <p>“I checked it five times,” the 45-year-old said.</p>";
    assert_eq!(speaker_of(body, "I checked it five times,").as_deref(), Some("Janet Hughes"));
    // Players' positions are roles too.
    let body = "<p>Striker Leo Hart, who scored twice, was upbeat: “We will bounce back on Saturday.”</p>";
    assert_eq!(speaker_of(body, "We will bounce back on Saturday.").as_deref(), Some("Leo Hart"));
}

#[test]
fn an_appositive_description_resolves_later_mentions() {
    let body = "<p>Jane Smith, the city's finance director, presented the figures. Councilman Tom Reyes voted against the plan.</p>\
        <p>“We cannot keep borrowing against revenue we may never see,” the finance director said.</p>\
        <p>Ana Ruiz, a teacher at Lincoln Elementary, watched from the gallery. Her husband, Luis Ruiz, sat beside her.</p>\
        <p>“Our classrooms are falling apart,” the teacher said.</p>";
    assert_eq!(speaker_of(body, "We cannot keep borrowing against revenue we may never see,").as_deref(), Some("Jane Smith"));
    assert_eq!(speaker_of(body, "Our classrooms are falling apart,").as_deref(), Some("Ana Ruiz"));
    // A title after an organisation's name is the person who holds it, not the organisation.
    let body = "<p>“We do not need to be in a hurry,” Fed Chair Jerome Powell said after the meeting.</p>\
        <p>Asked about tariffs, the Fed chair said it was “too early” to judge.</p>";
    assert_eq!(speaker_of(body, "too early").as_deref(), Some("Jerome Powell"));
    // A place in capitals before a colon is a dateline, not a transcript's speaker label.
    let body = "<p>THIRUVANANTHAPURAM: The death toll in the Kerala floods rose to 42 on Tuesday, officials said.</p>";
    let q = quotes(body);
    assert!(q.iter().any(|x| x.0 == "indirect" && x.1.as_deref() == Some("officials") && x.2.starts_with("The death toll")), "{q:?}");
    // A title the article gives nobody is the person the paragraph opened with; not where
    // someone else holds that title ("The French president" is not President Obama).
    let body = "<p>Eddie Howe was left to rue his side’s failure to hold on. “It’s a cruel way to lose,” the Newcastle manager said.</p>";
    assert_eq!(speaker_of(body, "It’s a cruel way to lose,").as_deref(), Some("Eddie Howe"));
    let body = "<p>President Barack Obama spoke with Francois Hollande on Monday. “We stand together,” the French president said.</p>";
    assert_ne!(speaker_of(body, "We stand together,").as_deref(), Some("Barack Obama"));
    // Opening a paragraph, such a title is whom the paragraph before opened with (not a
    // political action committee: "Alternative PAC" is no one).
    let body = "<p>Jeremy Corbyn has accused the BBC of reporting “fake news” after he was asked about his plans.</p>\
        <p>The Labour leader told BBC One’s Breakfast the suggestion was “absolute nonsense”.</p>\
        <p>Alternative PAC is spending $50,000 on a campaign aimed at young voters.</p>\
        <p>“It’s like a race where one horse cheats,” the Lincoln actor says of the race.</p>";
    assert_eq!(speaker_of(body, "absolute nonsense").as_deref(), Some("Jeremy Corbyn"));
    assert_eq!(speaker_of(body, "It’s like a race where one horse cheats,"), None);
    // "CLAUSE, according to X, a move that …": the attribution ends the content; the appositive
    // after it reports nothing, and a dateline is no part of what was reported.
    let q = quotes("<p>WASHINGTON — The administration is weighing new limits on chip sales, according to three people familiar with the talks, a move that could strain relations.</p>");
    let indirect: Vec<&str> = q.iter().filter(|x| x.0 == "indirect").map(|x| x.2.as_str()).collect();
    assert_eq!(indirect, ["The administration is weighing new limits on chip sales"], "{q:?}");
    // A body named by a possessive and a lower-case noun speaks as written.
    let q = quotes("<p>Ukraine’s air force said it shot down 76 of the 93 missiles launched overnight.</p>");
    assert_eq!(q.iter().find(|x| x.0 == "indirect").map(|x| x.1.as_deref()), Some(Some("Ukraine’s air force")), "{q:?}");
    // A negated subject reports nobody's words.
    let q = quotes("<p>Not everyone agrees the state should step in. No one said the repairs would be easy.</p>");
    assert!(q.iter().all(|x| x.0 != "indirect"), "{q:?}");
    // Only a verb of speech stands before its subject: "…, said Jane Doe", not "…, remembers John Bush".
    let q = quotes("<p>The family hired a young tutor that summer, James Bruner, whose father was the family pastor, remembers John Ellis Bush.</p>\
        <p>The plan would cut taxes for most families by 2027, said Jane Doe, the budget director.</p>");
    let indirect: Vec<(Option<&str>, &str)> = q.iter().filter(|x| x.0 == "indirect").map(|x| (x.1.as_deref(), x.2.as_str())).collect();
    assert_eq!(indirect, [(Some("Jane Doe"), "The plan would cut taxes for most families by 2027")], "{q:?}");
    // A place after an opening participle is where the speaker was, not the speaker's home.
    let body = "<p>Reporting from Beirut, Zeina Khodr said the mood in the capital was “tense”.</p>";
    assert_eq!(speaker_of(body, "tense").as_deref(), Some("Zeina Khodr"));
    // "the Fed chief": "chief" stands for any leader, the one person the rest describes; no guess among several.
    let body = "<p>Fed Chair Jerome Powell spoke on Wednesday.</p><p>“The economy is resilient,” the Fed chief added.</p>";
    assert_eq!(speaker_of(body, "The economy is resilient,").as_deref(), Some("Jerome Powell"));
    let body = "<p>Fed Chair Jerome Powell and Fed Governor Lisa Cook spoke.</p><p>“The economy is resilient,” the Fed chief added.</p>";
    assert!(!matches!(speaker_of(body, "The economy is resilient,").as_deref(), Some("Jerome Powell" | "Lisa Cook")));
}

#[test]
fn a_request_through_its_object_is_reported_speech() {
    let q = quotes("<p>Mayor Jane Doe urged the council to approve the budget before the summer recess.</p>");
    let found = q.iter().find(|x| x.0 == "indirect").unwrap_or_else(|| panic!("no indirect in {q:?}"));
    assert_eq!((found.1.as_deref(), found.2.as_str()), (Some("Jane Doe"), "the council to approve the budget before the summer recess"));
    // A clause in between is no object: "asked, after the vote, to …" is not a request of anyone.
    assert!(quotes("<p>Jane Doe asked reporters, after the vote, to wait.</p>").iter().all(|x| x.0 != "indirect"));
}

#[test]
fn a_demand_names_its_content() {
    let q = quotes("<p>Keron Blair, executive director of the group, called for more school investment.</p><p>Mayor Jane Doe called on residents to conserve water.</p>");
    let indirect: Vec<(Option<&str>, &str)> = q.iter().filter(|x| x.0 == "indirect").map(|x| (x.1.as_deref(), x.2.as_str())).collect();
    assert_eq!(indirect, [(Some("Keron Blair"), "more school investment"), (Some("Jane Doe"), "residents to conserve water")], "{q:?}");
    // Whom someone refers to is no report.
    assert!(quotes("<p>Jane Doe kept referring to herself as a socialist.</p>").iter().all(|x| x.0 != "indirect"));
}

#[test]
fn a_demonstrative_object_is_no_report() {
    let q = quotes("<p>Minister Dele Alake disclosed this on Monday while briefing newsmen.</p><p>Jane Doe said this is wrong.</p>");
    let indirect: Vec<&str> = q.iter().filter(|x| x.0 == "indirect").map(|x| x.2.as_str()).collect();
    assert_eq!(indirect, ["this is wrong"], "{q:?}");
}

#[test]
fn a_relative_clause_reports_for_someone_unnamed() {
    let q = quotes("<p>Jane Doe never paid an architect who said he was stiffed after he designed a clubhouse.</p>");
    let found = q.iter().find(|x| x.0 == "indirect").unwrap_or_else(|| panic!("no indirect in {q:?}"));
    assert_eq!((found.1.as_deref(), found.2.as_str()), (None, "he was stiffed after he designed a clubhouse"));
}

#[test]
fn an_attribution_inside_the_sentence_keeps_the_subject_before_it() {
    let q = quotes("<p>Mayor Jane Doe spoke on Tuesday.</p><p>The new schools, she said, will open in September.</p>");
    assert!(q.iter().any(|x| x.0 == "indirect" && x.2 == "The new schools, she said, will open in September"), "{q:?}");
}

#[test]
fn a_name_fronted_by_for_is_the_topic_the_next_she_means() {
    let body = "<p>“We are not going to make it,” said Kayla Brandt.</p><p>Jolene Ferris, a nurse, has seen it before. “It will keep happening,” said Ferris.</p>\
        <p>For Brandt, the drive is now part of the plan. She and her husband have talked about a second child.</p><p>“We would rent a flat near the hospital,” she said.</p>";
    assert_eq!(speaker_of(body, "We would rent a flat near the hospital,").as_deref(), Some("Kayla Brandt"));
}

#[test]
fn she_after_an_adverbial_and_an_unnamed_spokeswoman_is_not_the_last_speaker() {
    let body = "<p>“This is deeply disturbing,” said Jarrod Pell, the local MP.</p>\
        <p>In a statement, a spokeswoman for the minister said the government had zero tolerance for wage theft.</p>\
        <p>“Underpaying workers is now a criminal offence,” she said.</p>";
    assert_eq!(speaker_of(body, "Underpaying workers is now a criminal offence,"), None);
    // In someone's words, the unnamed man is no one the next "she" could be.
    let body = "<p>Jane Doe spoke on Tuesday.</p><p>“In Tulsa, an unarmed man was shot. This is just unbearable.”</p><p>“We must do better,” she said.</p>";
    assert_eq!(speaker_of(body, "We must do better,").as_deref(), Some("Jane Doe"));
}

#[test]
fn she_after_an_unnamed_source_is_not_the_last_named_person() {
    let body = "<p>“It is a good start,” said Senator Karen Holt.</p>\
        <p>A spokeswoman for the Senate majority leader declined to give a date for the vote. “We will see next week,” she said.</p>\
        <p>Holt disagreed. “The House must act now,” she said.</p>";
    assert_eq!(speaker_of(body, "We will see next week,"), None);
    assert_eq!(speaker_of(body, "The House must act now,").as_deref(), Some("Karen Holt"));
}

#[test]
fn ordinary_capitalized_words_and_contractions_are_not_speakers() {
    let body = "<p>Visitors passed through security checks at the door of the hearing room.</p>\
        <p>“No phones are allowed inside,” Security told reporters at the door.</p>\
        <p>If I were the clerk, I’d start by asking “where do the phones go?” before anything else.</p>";
    assert_eq!(speaker_of(body, "No phones are allowed inside,"), None);
    // The writer's own hypothetical question: no one's words, reported without a speaker or not at all.
    assert!(quotes(body).iter().all(|q| q.2 != "where do the phones go?" || q.1.is_none()));
    // A name that is no ordinary word of the article stays a name.
    assert_eq!(speaker_of("<p>“No phones are allowed inside,” Okafor told reporters.</p>", "No phones are allowed inside,").as_deref(), Some("Okafor"));
    // A hyphenated word ending in a lower-case part describes, counts or qualifies; it names nobody.
    let body = "<p>Mother-of-two Claire Bennett said: “I have never seen anything like it.”</p>\
        <p>Seattle-based Amira Haddad-Ross said the fence was “ripped clean off”.</p>\
        <p>Twenty-four said the plan was “unfair”, the survey found.</p>";
    assert_eq!(speaker_of(body, "I have never seen anything like it.").as_deref(), Some("Claire Bennett"));
    assert_eq!(speaker_of(body, "ripped clean off").as_deref(), Some("Amira Haddad-Ross"));
    assert_ne!(speaker_of(body, "unfair").as_deref(), Some("Twenty-four"));
}

#[test]
fn scare_quotes_and_titles_are_not_speech() {
    let q = quotes("<p>The so-called “jobs machine” has stalled, and the report, titled “The Long Road Home,” was published on Friday.</p>");
    assert!(q.iter().all(|x| x.0 == "indirect"), "{q:?}");
}

#[test]
fn block_quotations_take_their_signature_or_their_introduction() {
    let body = "<p>Mayor Jane Doe wrote on social media on Wednesday:</p><blockquote><p>We will not raise taxes this year, and we will protect every school.</p></blockquote>\
        <blockquote><p>Highlights from our win at Villa Park tonight, what a performance</p>— West Ham United (@WestHam) October 31, 2021</blockquote>";
    assert_eq!(speaker_of(body, "We will not raise taxes this year, and we will protect every school.").as_deref(), Some("Jane Doe"));
    assert_eq!(speaker_of(body, "Highlights from our win at Villa Park tonight, what a performance").as_deref(), Some("West Ham United"));
    // Quotation marks inside, the signature in a paragraph of its own, another speaker just before.
    let body = "<p>“Passengers have waited long enough,” said Peter Osei.</p>\
        <blockquote><p>“The line will open in 2033, and not a day later.”</p><p>— Helen Ward, transport secretary</p></blockquote>";
    assert_eq!(speaker_of(body, "The line will open in 2033, and not a day later.").as_deref(), Some("Helen Ward"));
}

#[test]
fn a_block_quotation_after_a_colon_takes_the_person_the_sentence_names() {
    let body = "<p>Ruth Ann Sorensen ran the paper for 41 years.</p><p>In her final editorial, Sorensen addressed her readers directly:</p>\
        <blockquote><p>For 138 years, this newspaper has told you who was born and who died. Starting next week, no one will be.</p></blockquote>\
        <p>The policy, adopted by the board on Jan. 17, 2023, was blunt:</p><blockquote><p>Students shall not use artificial intelligence tools in any work.</p></blockquote>";
    let q = page_quotes(&format!("<html><body><article><h1>The last edition</h1>{body}</article></body></html>"));
    assert_eq!(q, [(Some("Ruth Ann Sorensen".to_string()), "For 138 years, this newspaper has told you who was born and who died. Starting next week, no one will be.".to_string())], "{q:?}");
}

#[test]
fn reported_speech_without_marks() {
    let q = quotes("<p>The mayor said the budget would be balanced by the end of the year.</p>");
    assert!(q.iter().any(|x| x.0 == "indirect" && x.2 == "the budget would be balanced by the end of the year"), "{q:?}");
}

#[test]
fn a_present_tense_verb_takes_a_clause_only_where_its_own_use_does() {
    // "adds"/"estimates" have rows of their own in the derived lexicon: their past forms' clause
    // class must not be lent to them, or the noun phrase after them reads as reported content.
    let q = quotes("<p>The firm estimates his fortune at about $42 billion.</p><p>Her report adds a missing voice to the record.</p><p>Jane Doe adds that the city will pay.</p>");
    let indirect: Vec<_> = q.iter().filter(|x| x.0 == "indirect").map(|x| (x.1.as_deref(), x.2.as_str())).collect();
    assert_eq!(indirect, [(Some("Jane Doe"), "the city will pay")], "{q:?}");
}

#[test]
fn reported_speech_after_a_listener_an_introduction_or_a_participle() {
    let has = |body: &str, text: &str| {
        let q = quotes(body);
        assert!(q.iter().any(|x| x.0 == "indirect" && x.2 == text), "{text} not in {q:?}");
    };
    has("<p>Jane Doe told me she had never seen the budget so badly balanced before.</p>", "she had never seen the budget so badly balanced before");
    has("<p>Since last November, according to the auditors, the city has spent more than it raised.</p>", "the city has spent more than it raised");
    has("<p>The mayor spoke on Monday, saying the city had no other way to pay its debts.</p>", "the city had no other way to pay its debts");
    has("<p>Jane Doe said the budget was balanced and suggested that critics read it again.</p>", "the budget was balanced");
    has("<p>But no technology exists to detect the tunnels, and experts say it may be years before such a system is developed.</p>", "it may be years before such a system is developed");
    has("<p>The latest poll showed that the mayor remains the leader among voters in every district.</p>", "the mayor remains the leader among voters in every district");
    has("<p>Jane Doe said the tax would stay, and other council members said the vote should wait until next year.</p>", "the vote should wait until next year");
    has("<p>Jane Doe said the tax would stay, and other council members said the vote should wait until next year.</p>", "the tax would stay");
    has("<p>Jane Doe said the warning was proof that the council did not read the budget.</p>", "the warning was proof that the council did not read the budget");
    has("<p>While Jane Doe said she would hold a hearing on it, the plan is unlikely to pass before the summer.</p>", "she would hold a hearing on it");
    has("<p>Jane Doe was asked whether the city would raise its taxes again next year.</p>", "whether the city would raise its taxes again next year");
    has("<p>In the survey, 46 percent said they were unhappy with the state of the roads.</p>", "they were unhappy with the state of the roads");
}

#[test]
fn reported_speech_next_to_a_quotation() {
    let q = quotes("<p>Jane Doe said that the bridge would reopen in the spring, adding that the repairs had gone “better than anyone planned.”</p>\
        <p>John Roe said in a statement on Monday, “We will sue the city over the bridge.”</p>\
        <p>“We said that the council would never agree to it,” John Roe added.</p>");
    let indirect: Vec<_> = q.iter().filter(|x| x.0 == "indirect").map(|x| (x.1.as_deref(), x.2.as_str())).collect();
    assert_eq!(indirect, [(Some("Jane Doe"), "the bridge would reopen in the spring")], "{q:?}");
}

#[test]
fn an_infinitive_after_an_attitude_verb_is_reported_content() {
    let q = quotes("<p>Mayor Jane Doe vowed to veto any budget that raises the sales tax.</p>\
        <p>The new bridge is expected to open to traffic next spring.</p>\
        <p>The plan seems to have little support among council members.</p>");
    let indirect: Vec<_> = q.iter().filter(|x| x.0 == "indirect").map(|x| (x.1.as_deref(), x.2.as_str())).collect();
    assert_eq!(
        indirect,
        [(Some("Jane Doe"), "to veto any budget that raises the sales tax"), (None, "to open to traffic next spring"), (None, "to have little support among council members")],
        "{q:?}"
    );
}

#[test]
fn a_named_listener_and_where_it_was_said_are_not_content() {
    let q = quotes("<p>Jane Doe told the Daily Courier that the library would stay open on Sundays.</p>\
        <p>In a long radio interview, John Roe said nothing new.</p>\
        <p>Speaking to supporters in West Palm Beach, Tom Baker declared victory.</p>\
        <p>Asked about the vote, Ann Lee said it was fair.</p>");
    let indirect: Vec<_> = q.iter().filter(|x| x.0 == "indirect").map(|x| x.2.as_str()).collect();
    assert_eq!(indirect, ["the library would stay open on Sundays", "it was fair"], "{q:?}");
}

#[test]
fn a_group_named_by_its_plural_noun_speaks_as_written() {
    let q = quotes("<p>Georgia officials said turnout had topped five million, a record for the state.</p>\
        <p>Obama administration officials said they had briefed the transition team on the plan.</p>");
    let speakers: Vec<_> = q.iter().filter(|x| x.0 == "indirect").map(|x| x.1.as_deref()).collect();
    assert_eq!(speakers, [Some("Georgia officials"), Some("Obama administration officials")], "{q:?}");
}

#[test]
fn a_belief_verb_before_a_clause_is_reported_content() {
    let q = quotes("<p>Jane Doe believes that the new road will split the old town in two.</p>\
        <p>John Roe ordered the closure of the old bridge over the river.</p>");
    let indirect: Vec<_> = q.iter().filter(|x| x.0 == "indirect").map(|x| (x.1.as_deref(), x.2.as_str())).collect();
    assert_eq!(indirect, [(Some("Jane Doe"), "the new road will split the old town in two")], "{q:?}");
}

#[test]
fn a_second_verb_shares_the_sentence_subject() {
    let q = quotes("<p>Jane Doe visited the flooded school on Friday and said the repairs would take a year.</p>\
        <p>John Roe said the plan would fail in the end, saying the city had no money left for it.</p>");
    let indirect: Vec<_> = q.iter().filter(|x| x.0 == "indirect").map(|x| (x.1.as_deref(), x.2.as_str())).collect();
    let expected = [
        (Some("Jane Doe"), "the repairs would take a year"),
        (Some("John Roe"), "the plan would fail in the end"),
        (Some("John Roe"), "the city had no money left for it"),
    ];
    assert_eq!(indirect, expected, "{q:?}");
    let q = quotes("<p>Jane Doe has called for the complete repeal of the parking levy, while others want it halved.</p>");
    let indirect: Vec<_> = q.iter().filter(|x| x.0 == "indirect").map(|x| (x.1.as_deref(), x.2.as_str())).collect();
    let expected = [(Some("Jane Doe"), "the complete repeal of the parking levy")];
    assert_eq!(indirect, expected, "{q:?}");
}

/// (speaker, text) of the quotations in a saved page.
fn page_quotes(page: &str) -> Vec<(Option<String>, String)> {
    let a = analyze(&html::parse(page), &Options::default()).expect("an article");
    a.quotes.into_iter().filter(|q| q.kind != "indirect").map(|q| (q.speaker, q.text)).collect()
}

fn speakers_of(page: &str) -> Vec<Option<String>> {
    page_quotes(page).into_iter().map(|q| q.0).collect()
}

#[test]
fn chinese_speakers_stand_before_the_cue_without_spaces() {
    let page = include_str!("fixtures/robustness/chinese.html");
    // “…，”市长张伟在周二的新闻发布会上说 / 陈静批评说 … “…，”她告诉记者
    assert_eq!(speakers_of(page), vec![Some("张伟".to_string()), Some("陈静".to_string())], "{:?}", page_quotes(page));
}

#[test]
fn russian_attribution_follows_a_dash() {
    let page = include_str!("fixtures/robustness/russian.html");
    // «…», — сказал журналистам мэр города Иван Петров / «…», — добавила она.
    assert_eq!(speakers_of(page), vec![Some("Иван Петров".to_string()), Some("Елена Кузнецова".to_string())], "{:?}", page_quotes(page));
}

#[test]
fn arabic_speaker_follows_the_verb() {
    let page = include_str!("fixtures/robustness/arabic.html");
    // وقال رئيس البلدية أحمد حسن للصحفيين بعد الجلسة: «…»
    assert_eq!(speakers_of(page).first(), Some(&Some("أحمد حسن".to_string())), "{:?}", page_quotes(page));
}

#[test]
fn present_tense_cues_of_feature_writing_and_sentence_adverbs() {
    // Features tell speech in the present ("recuerda", "racconta", "findet"); a capitalized
    // adverb opening the sentence ("Poi aggiunge:", "Dann sagt er") is nobody.
    let body = "<p>«Nos lo dijeron en diez minutos», recuerda Carmen Outeiral, de 54 años.</p>\
        <p>«Il paese si svuota», racconta Aldo Ferrante. Poi aggiunge: «Il latte non arriva più».</p>\
        <p>«Das ist zu spät», findet Lea Bachmann.</p>";
    assert_eq!(speaker_of(body, "Nos lo dijeron en diez minutos").as_deref(), Some("Carmen Outeiral"));
    assert_eq!(speaker_of(body, "Il paese si svuota").as_deref(), Some("Aldo Ferrante"));
    assert_ne!(speaker_of(body, "Il latte non arriva più").as_deref(), Some("Poi"));
    assert_eq!(speaker_of(body, "Das ist zu spät").as_deref(), Some("Lea Bachmann"));
}

#[test]
fn a_german_noun_after_its_article_is_no_one_she_could_be() {
    let body = "<p>Monika Kälin zeigte sich zuversichtlich, dass die Verordnung Anfang 2026 in Kraft treten kann. «Wenn alle mitziehen, schaffen wir das», sagte sie.</p>\
        <p>„Wir bauen neu“, sagte der Kanzler Olaf Scholz.</p>";
    assert_eq!(speaker_of(body, "Wenn alle mitziehen, schaffen wir das").as_deref(), Some("Monika Kälin"));
    assert_eq!(speaker_of(body, "Wir bauen neu").as_deref(), Some("Olaf Scholz"));
}

#[test]
fn a_name_after_an_organisation_noun_is_no_one_she_could_be() {
    let body = "<p>Rachel Hargreaves, who co-founded the campaign group Save Hawesmere, was in court.</p><p>‘It’s a record fine,’ she said.</p>";
    assert_eq!(speaker_of(body, "It’s a record fine,").as_deref(), Some("Rachel Hargreaves"));
    // "of state" is a title's, not an organisation's.
    let body = "<p>Former secretary of state Hillary Clinton spoke first.</p><p>“Guns will not make us safer,” she said.</p>";
    assert_eq!(speaker_of(body, "Guns will not make us safer,").as_deref(), Some("Hillary Clinton"));
}

#[test]
fn french_german_spanish_portuguese_and_italian_cues() {
    let body = "<p>Le maire Jean Dupont est arrivé en retard.</p><p>« Nous allons reconstruire la ville », a déclaré le maire Jean Dupont.</p>\
        <p>„Wir werden die Stadt wieder aufbauen“, sagte Bürgermeisterin Anna Schmidt.</p>\
        <p>El alcalde Juan Pérez dijo: «Vamos a reconstruir la ciudad.»</p>";
    assert_eq!(speaker_of(body, "Nous allons reconstruire la ville").as_deref(), Some("Jean Dupont"));
    assert_eq!(speaker_of(body, "Wir werden die Stadt wieder aufbauen").as_deref(), Some("Anna Schmidt"));
    assert_eq!(speaker_of(body, "Vamos a reconstruir la ciudad.").as_deref(), Some("Juan Pérez"));
    let body = "<p>O prefeito Carlos Souza visitou o bairro na terça-feira.</p><p>\"Vamos reconstruir a cidade\", afirmou Carlos Souza aos jornalistas.</p>\
        <p>La sindaca Giulia Bianchi ha detto: «Ricostruiremo la città.»</p>";
    assert_eq!(speaker_of(body, "Vamos reconstruir a cidade").as_deref(), Some("Carlos Souza"));
    assert_eq!(speaker_of(body, "Ricostruiremo la città.").as_deref(), Some("Giulia Bianchi"));
    // French puts the pronoun after the verb; German compounds end in their title.
    let body = "<p>La ministre Claire Martin a visité le chantier mardi.</p><p>« Les travaux dureront deux ans », a-t-elle affirmé.</p>\
        <p>« Nous tiendrons les délais », dit-elle encore.</p>\
        <p>„Das Angebot ist eine Provokation“, sagte GDL-Chef Claus Weselsky.</p><p>Verkehrsminister Volker Wissing erklärte: „Beide Seiten müssen reden.“</p>";
    assert_eq!(speaker_of(body, "Les travaux dureront deux ans").as_deref(), Some("Claire Martin"));
    assert_eq!(speaker_of(body, "Nous tiendrons les délais").as_deref(), Some("Claire Martin"));
    assert_eq!(speaker_of(body, "Das Angebot ist eine Provokation").as_deref(), Some("Claus Weselsky"));
    assert_eq!(speaker_of(body, "Beide Seiten müssen reden.").as_deref(), Some("Volker Wissing"));
}

#[test]
fn party_and_state_tags_are_not_part_of_the_name() {
    let body = "<p>Sen. Jon Tester (D-Mont.) questioned the bank's chief executive for an hour on Tuesday.</p>\
                <p>“Every time you say that, you give ammunition to the people who want to break you up,” Tester said.</p>\
                <p>Democrat Hillary Clinton called the plan “a giveaway to the wealthiest families in the country.”</p>";
    assert_eq!(speaker_of(body, "Every time you say that, you give ammunition to the people who want to break you up,").as_deref(), Some("Jon Tester"));
    assert_eq!(speaker_of(body, "a giveaway to the wealthiest families in the country.").as_deref(), Some("Hillary Clinton"));
}

#[test]
fn a_word_that_rarely_reports_speech_is_no_cue() {
    // "make" introduced speech a handful of times in hundreds in the training text.
    let body = "<p>Donald Trump is once again questioning the integrity of the voting system, encouraging his supporters \
                to visit polling places on Election Day to make sure everything is “on the up and up.”</p>";
    assert_eq!(speaker_of(body, "on the up and up.").as_deref(), Some("Donald Trump"));
}

#[test]
fn a_document_quoted_by_a_verb_that_is_mostly_a_noun() {
    let body = "<p>Inequality is rising, and the report states “the birth lottery matters more in the U.S. than in most wealthy nations.”</p>";
    assert_eq!(speaker_of(body, "the birth lottery matters more in the U.S. than in most wealthy nations.").as_deref(), Some("the report"));
}

#[test]
fn a_long_appositive_between_the_name_and_the_cue() {
    let body = "<p>“Their strategy is very clear,” Michael McFaul, a senior fellow at the Hoover Institution and a former United States ambassador to Russia, said of the network.</p>";
    assert_eq!(speaker_of(body, "Their strategy is very clear,").as_deref(), Some("Michael McFaul"));
}

#[test]
fn he_and_she_point_back_to_people_not_places() {
    // "Mr." marks a person; "the Washington Monument" is a place however it is capitalized.
    let body = "<p>Jane Roe, who runs the museum, opened the doors at noon.</p>\
        <p>Mr. Obama spoke of his flights past the Washington Monument and the figure of Abraham Lincoln. “We’ll walk away more in love with this country,” he said.</p>";
    assert_eq!(speaker_of(body, "We’ll walk away more in love with this country,").as_deref(), Some("Obama"));
}

#[test]
fn names_that_begin_with_new() {
    let body = "<p>The New York Times reported that the statement was “not in line with our editorial policy.”</p>";
    assert!(quotes(body).iter().any(|q| q.1.as_deref() == Some("New York Times")), "{:?}", quotes(body));
}

#[test]
fn an_opening_adverbial_is_not_the_subject() {
    let body = "<p>With Democratic leaders worried about Hillary Clinton, President Obama is rolling out a new message: “It’s about me.”</p>";
    assert_eq!(speaker_of(body, "It’s about me.").as_deref(), Some("Obama"));
}

#[test]
fn a_subordinate_clause_after_the_quotation_is_no_attribution() {
    let body = "<p>The ad ends with footage of Donald Trump saying during the debate, “That makes me smart,” when Hillary Clinton blasted him for not paying income tax.</p>";
    assert_eq!(speaker_of(body, "That makes me smart,").as_deref(), Some("Donald Trump"));
}

#[test]
fn a_nickname_inside_a_quotation_is_not_the_name() {
    let body = "<p>“It is harder than working Crooked Hillary Clinton,” Donald Trump said at the rally.</p>\
        <p>Hillary Clinton told reporters that the remark was “unhinged and beneath the office.”</p>";
    assert_eq!(speaker_of(body, "unhinged and beneath the office.").as_deref(), Some("Hillary Clinton"));
}

#[test]
fn fragments_named_by_one_verb_share_its_speaker() {
    let body = "<p>Cruz called Trump a “pathological liar” who is “utterly amoral,” a “serial philanderer” and a “narcissist at a level this country has never seen.”</p>\
        <p>With the election near, Minyon Moore called Mr. Obama’s remarks on Saturday “a true wake-up call” to his supporters.</p>";
    for fragment in ["pathological liar", "utterly amoral,", "serial philanderer", "narcissist at a level this country has never seen."] {
        assert_eq!(speaker_of(body, fragment).as_deref(), Some("Cruz"), "{fragment}");
    }
    assert_eq!(speaker_of(body, "a true wake-up call").as_deref(), Some("Minyon Moore"));
    // A scare quote stays one: no naming verb before it.
    assert!(quotes("<p>The mayor praised the “jobs machine” downtown.</p>").is_empty());
}

#[test]
fn a_cue_after_and_shares_the_subject() {
    let body = "<p>Donald Trump, her Republican opponent, bemoaned the unrest in Charlotte and said he thought that drugs were a “very, very big factor” in the violence.</p>";
    assert_eq!(speaker_of(body, "very, very big factor").as_deref(), Some("Donald Trump"));
}

#[test]
fn programmes_named_in_quotation_marks_are_not_speech() {
    let q = quotes("<p>Bernie Sanders told MSNBC’s “Morning Joe” that nobody would question her intelligence.</p>\
        <p>“He is right,” Michael Flynn said Thursday morning on “Fox and Friends.”</p>");
    assert!(q.iter().all(|x| x.2 != "Morning Joe" && x.2 != "Fox and Friends."), "{q:?}");
    assert!(q.iter().any(|x| x.2 == "He is right," && x.1.as_deref() == Some("Michael Flynn")), "{q:?}");
}

#[test]
fn the_next_sentence_names_the_next_speaker() {
    let body = "<p>South Korea accused the North’s leader of “fanatic recklessness.” South Korean President Park Geun-hye said his state of mind is “spiraling out of control.”</p>\
        <p>“Who do they think they are?” Donald Trump asked the crowd.</p>\
        <p>“You would not have had the standoff without him,” said J.J. MacNab, an extremism researcher.</p>";
    assert_eq!(speaker_of(body, "fanatic recklessness.").as_deref(), Some("South Korea"));
    assert_eq!(speaker_of(body, "spiraling out of control.").as_deref(), Some("Park Geun-hye"));
    assert_eq!(speaker_of(body, "Who do they think they are?").as_deref(), Some("Donald Trump"));
    assert_eq!(speaker_of(body, "You would not have had the standoff without him,").as_deref(), Some("J.J. MacNab"));
}

#[test]
fn the_name_after_the_quotation_is_the_speaker_whatever_its_appositive_holds() {
    let body = "<p>“Both candidates scare me,” Harry Bond, 30, of Raleigh, N.C., who was among those polled, said in a follow-up interview.</p>";
    assert_eq!(speaker_of(body, "Both candidates scare me,").as_deref(), Some("Harry Bond"));
}

#[test]
fn a_quotation_paragraph_goes_on_with_the_person_just_reported() {
    let body = "<p>John Bolton distanced himself from the movement, saying he would be willing to advise the administration.</p>\
        <p>“I’m going to support him, and support him enthusiastically.”</p>";
    assert_eq!(speaker_of(body, "I’m going to support him, and support him enthusiastically.").as_deref(), Some("John Bolton"));
}

#[test]
fn the_subject_is_never_a_word_of_the_quotation() {
    let body = "<p>She asked whether a female running mate was out of the question. “Absolutely not,” Hillary Clinton responded, remarking that she is “looking for a team” this year.</p>\
        <p>Here in Columbia, Bernie Sanders stepped up his emphasis on justice, saying, “We have got to achieve the day when young men can walk the streets.”</p>";
    assert_eq!(speaker_of(body, "looking for a team").as_deref(), Some("Hillary Clinton"));
    assert_eq!(speaker_of(body, "We have got to achieve the day when young men can walk the streets.").as_deref(), Some("Bernie Sanders"));
}

#[test]
fn participles_and_places_open_sentences_before_their_subject() {
    let body = "<p>Reached by Politico, Barry Bennett denied the notion, explaining that he was “taking a day off.”</p>\
        <p>At a rally in Birmingham, Alabama, on Saturday, supporters kicked a protester, with Donald Trump reportedly yelling: “Get him out of here!”</p>";
    assert_eq!(speaker_of(body, "taking a day off.").as_deref(), Some("Barry Bennett"));
    assert_eq!(speaker_of(body, "Get him out of here!").as_deref(), Some("Donald Trump"));
}

#[test]
fn she_skips_a_man_named_by_his_title() {
    let body = "<p>Mrs. Clinton spoke first at the forum. Mr. Trump interrupted her twice. “That is simply not true,” she said.</p>";
    assert_eq!(speaker_of(body, "That is simply not true,").as_deref(), Some("Clinton"));
}

#[test]
fn the_agency_is_the_one_whose_name_says_so() {
    let body = "<p>The Environmental Protection Agency issued new limits on Monday, after talks in Washington with the Department of Energy.</p>\
        <p>“These limits will save lives,” the agency said in a statement.</p>\
        <p>The department said it had not seen the rules.</p>\
        <p>The commission said it would study them.</p>";
    assert_eq!(speaker_of(body, "These limits will save lives,").as_deref(), Some("Environmental Protection Agency"));
    assert_eq!(speaker_of(body, "it had not seen the rules").as_deref(), Some("Department of Energy"));
    // No commission was named: as written.
    assert_eq!(speaker_of(body, "it would study them").as_deref(), Some("The commission"));
}

#[test]
fn a_sports_role_before_the_verb_is_a_title_not_a_place() {
    let body = "<p>Jason Holder led the side to a six-wicket win in Bridgetown.</p>\
        <p>The West Indies skipper said the bowlers had set it up.</p>";
    assert_eq!(speaker_of(body, "the bowlers had set it up").as_deref(), Some("Jason Holder"));
    // "the former US Open finalist" is someone the article describes, not the Open.
    let body = "<p>“I tried a bunch of different racquets,” the former US Open finalist said.</p>";
    assert_ne!(speaker_of(body, "I tried a bunch of different racquets,").as_deref(), Some("Open"));
    // "Senior" describes; "the England opener" is no England.
    let body = "<p>The opposition BJD on Monday rejected claims that it had offered a ministerial berth.</p>\
        <p>Senior BJD leader Pratap Deb said the remark was unfortunate.</p>\
        <p>“We were not good enough,” said the England opener.</p>";
    assert_eq!(speaker_of(body, "it had offered a ministerial berth").as_deref(), Some("BJD"));
    assert_ne!(speaker_of(body, "We were not good enough,").as_deref(), Some("England"));
}

#[test]
fn it_points_back_to_the_company_just_named() {
    let body = "<p>Mick Lynch, the general secretary of the RMT, welcomed the plan.</p>\
        <p>Industry body Rail Partners said in a statement that it was “disappointed” by the decision, which it described as “a step backwards”.</p>";
    assert_eq!(speaker_of(body, "a step backwards").as_deref(), Some("Rail Partners"));
}

#[test]
fn a_naming_verb_reaches_over_a_long_object_to_as() {
    let body = "<p>Chris Matthews characterized Democratic vice presidential nominee Sen. Tim Kaine, D-Va., as “a little desperate there, jumping in all the time.”</p>";
    assert_eq!(speaker_of(body, "a little desperate there, jumping in all the time.").as_deref(), Some("Chris Matthews"));
}

#[test]
fn titles_that_are_surnames_and_titles_with_periods() {
    let body = "<p>Howard Dean spoke to reporters on Monday about the first debate.</p>\
        <p>Dean, a former party chairman, poked at the debate performance, tweeting, “Notice the sniffing all the time.”</p>\
        <p>“This is a waste of time,” said Del. Stacey Plaskett of the Virgin Islands.</p>";
    assert_eq!(speaker_of(body, "Notice the sniffing all the time.").as_deref(), Some("Howard Dean"));
    assert_eq!(speaker_of(body, "This is a waste of time,").as_deref(), Some("Stacey Plaskett"));
}

#[test]
fn a_capitalized_word_mid_sentence_is_a_name_even_if_also_a_word() {
    // "early" is also written in lower case here; "Informed of …" is no "Stacy Baker of Columbia".
    let body = "<p>Delegates arrived early in the week. Informed of the local district’s anti-Trump lean, Early described it as “news to me.”</p>";
    assert_eq!(speaker_of(body, "news to me.").as_deref(), Some("Early"));
}

#[test]
fn media_titles_and_platforms_around_the_speaker() {
    let body = "<p>CNN anchor Jake Tapper pressed the senator on the issue, asking: “Will you vote for the bill?”</p>\
        <p>Fox host Sean Hannity attacked the plan, saying it was “a disaster for working families.”</p>\
        <p>Former Vice President Joe Biden weighed in on Twitter: “This is not who we are.”</p>";
    assert_eq!(speaker_of(body, "Will you vote for the bill?").as_deref(), Some("Jake Tapper"));
    assert_eq!(speaker_of(body, "a disaster for working families.").as_deref(), Some("Sean Hannity"));
    assert_eq!(speaker_of(body, "This is not who we are.").as_deref(), Some("Joe Biden"));
}

#[test]
fn party_tags_after_the_name_and_nouns_that_look_like_cues() {
    let body = "<p>“It’s a tragedy,” Gov. Andrew Cuomo (D) said Sunday.</p>\
        <p>Putin’s spokesman, Dmitry Peskov, told reporters that the Kremlin “welcomes” the talks.</p>\
        <p>“We have his back!” Del. Marcia Price (D-Newport News) told the crowd.</p>";
    assert_eq!(speaker_of(body, "It’s a tragedy,").as_deref(), Some("Andrew Cuomo"));
    assert_eq!(speaker_of(body, "We have his back!").as_deref(), Some("Marcia Price"));
    assert_eq!(speaker_of(body, "welcomes").as_deref(), Some("Dmitry Peskov"));
}

#[test]
fn lower_case_titles_before_a_name_describe_the_person() {
    let body = "<p>Former minister Jane Hollis resigned in May.</p>\
        <p>‘It was a mistake,’ the former minister told Sky News.</p>\
        <p>The mayor’s office said in a statement that the city would “continue to monitor the situation closely.”</p>";
    assert_eq!(speaker_of(body, "It was a mistake,").as_deref(), Some("Jane Hollis"));
    assert_eq!(speaker_of(body, "continue to monitor the situation closely.").as_deref(), Some("The mayor’s office"));
}

#[test]
fn nouns_after_a_determiner_are_no_cues_and_phrasal_verbs_are() {
    let body = "<p>Jill A. Martin, a lawyer for the company, said in a written statement in March that the allegations had “no substance.”</p>\
        <p>“You know, it happens, right?” Donald Trump went on, as if he had not heard her.</p>\
        <p>“I know. I know. That is why this is a dangerous moment,” Mary Kay Henry said.</p>";
    assert_eq!(speaker_of(body, "no substance.").as_deref(), Some("Jill A. Martin"));
    assert_eq!(speaker_of(body, "You know, it happens, right?").as_deref(), Some("Donald Trump"));
    assert_eq!(speaker_of(body, "I know. I know. That is why this is a dangerous moment,").as_deref(), Some("Mary Kay Henry"));
}

#[test]
fn datelines_are_no_one_and_organisations_keep_their_whole_name() {
    let body = "<p>PHILADELPHIA, July 25 (UPI) — The Democratic National Committee released a statement on Monday, offering “a deep and sincere apology” to Bernie Sanders.</p>\
        <p>ATLANTIC CITY, N.J. — Officials said the casino would close. “They left us nothing,” they said.</p>";
    assert_eq!(speaker_of(body, "a deep and sincere apology").as_deref(), Some("Democratic National Committee"));
    assert_ne!(speaker_of(body, "They left us nothing,").as_deref(), Some("ATLANTIC CITY"));
}

#[test]
fn where_a_reporter_filed_from_is_no_report() {
    let q = quotes("<p>Margie Kim reported from Seoul, and Jennifer Jett from Hong Kong.</p>");
    assert!(q.iter().all(|x| x.0 != "indirect"), "{q:?}");
}

#[test]
fn quoted_titles_before_a_role_or_after_a_noun_are_not_speech() {
    let q = quotes("<p>“Orange Is the New Black” star Dascha Polanco opened up about her career on Monday.</p>\
        <p>By 2012 he had become a radio persona, hosting a new program, “The Overthrow Show,” where his voice took on a deeper tone.</p>\
        <p>“Make America Great Again!” Donald Trump tweeted.</p>");
    assert!(q.iter().all(|x| x.2 != "Orange Is the New Black" && x.2 != "The Overthrow Show,"), "{q:?}");
    assert!(q.iter().any(|x| x.2 == "Make America Great Again!" && x.1.as_deref() == Some("Donald Trump")), "{q:?}");
}

#[test]
fn a_nickname_inside_a_name_is_no_quotation() {
    let q = quotes("<p>Mayor William \"Bill\" Smith said the road would reopen on Friday.</p>\
        <p>Nicola ‘Nicki’ Collingbourne was jailed for two years, the court heard.</p>\
        <p>Speaking on ABC’s “This Week,” Carson said he had been misquoted.</p>");
    assert!(q.iter().all(|x| x.2 != "Bill" && x.2 != "Nicki"), "{q:?}");
    assert!(q.iter().any(|x| x.0 == "indirect" && x.2 == "the road would reopen on Friday"), "{q:?}");
}

#[test]
fn a_name_ending_in_a_participle_is_an_adjective() {
    let body = "<p>Justin Bieber said his Kanye West-Rick Rubin-produced album was nearly done. He also says he is set to tour this summer.</p>\
        <p>Ban Ki-moon said the talks would go on.</p>";
    assert_eq!(speaker_of(body, "he is set to tour this summer").as_deref(), Some("Justin Bieber"));
    assert_eq!(speaker_of(body, "the talks would go on").as_deref(), Some("Ban Ki-moon"));
}

#[test]
fn places_and_relative_clauses_near_the_speaker_are_not_the_speaker() {
    let body = "<p>“It was a big deal for the businesses that went under,” said Sen. Jim Whelan who represents Atlantic City.</p>\
        <p>Michael Seaman, who lives in an area outside of the state capital, Sacramento, said he still “prays that Bernie wins.”</p>\
        <p>A woman in Worcester, Massachusetts, told him she worries he is “too nice” to fend off his rivals.</p>";
    assert_eq!(speaker_of(body, "It was a big deal for the businesses that went under,").as_deref(), Some("Jim Whelan"));
    assert_eq!(speaker_of(body, "prays that Bernie wins.").as_deref(), Some("Michael Seaman"));
    assert_eq!(speaker_of(body, "too nice"), None);
}

#[test]
fn short_titles_organisations_with_of_and_platforms() {
    let body = "<p>“We are already at war with ISIL,” said Pentagon spokesman Navy Capt. Jeff Davis, who was asked about it.</p>\
        <p>In a statement, the Association of Flight Attendants called Clinton a “champion” for its members.</p>\
        <p>The campaign denied it, with Corey Lewandowski taking to Twitter to call Fields “totally delusional” for the accusation.</p>\
        <p>Rubio refrained from attacking his rivals, particularly Govs. Jeb Bush and Chris Christie, who say the freshman senator lacks the experience needed to be president.</p>";
    assert_eq!(speaker_of(body, "We are already at war with ISIL,").as_deref(), Some("Jeff Davis"));
    assert_eq!(speaker_of(body, "champion").as_deref(), Some("Association of Flight Attendants"));
    assert_eq!(speaker_of(body, "totally delusional").as_deref(), Some("Corey Lewandowski"));
    let q = quotes(body);
    assert!(q.iter().any(|x| x.0 == "indirect" && x.1.as_deref() == Some("Chris Christie") && x.2.starts_with("the freshman senator")), "{q:?}");
}

#[test]
fn a_participle_after_the_quotation_and_a_colon_clause_keep_the_speaker() {
    let body = "<p>When Trump suggested that Cuba would sue, Rubio fired back forcefully: “If they sue us in a court in Miami, they’re going to lose,” referencing the large number of Cuban immigrants in the region.</p>\
        <p>At the same time, Obama remarked upon the fact that there is still “more work to do,” noting flagging conditions in China and Europe.</p>";
    assert_eq!(speaker_of(body, "If they sue us in a court in Miami, they’re going to lose,").as_deref(), Some("Rubio"));
    assert_eq!(speaker_of(body, "more work to do,").as_deref(), Some("Obama"));
}

#[test]
fn a_surname_two_people_share_is_the_one_last_named_in_full() {
    let body = "<p>Whale whisperer Hori Parata was seven when he attended his first stranding. “Man’s greed in the ocean is hurting the whales,” says Parata, an elder of the tribe.</p>\
        <p>Parata and his 22-year-old son, Te Kaurinui Robert Parata, were called in to assist.</p>\
        <p>“Our own ancestors wouldn’t say to go down there and hug the whales,” says Te Kaurinui.</p>";
    assert_eq!(speaker_of(body, "Man’s greed in the ocean is hurting the whales,").as_deref(), Some("Hori Parata"));
    assert_eq!(speaker_of(body, "Our own ancestors wouldn’t say to go down there and hug the whales,").as_deref(), Some("Te Kaurinui"));
}

#[test]
fn a_name_set_off_after_said_is_no_reported_clause() {
    let q = quotes("<p>Most repair work involving concrete is halted because concrete freezes in colder temperatures, said Ian Michaels, a spokesman for the city’s Department of Design and Construction.</p>\
        <p>Derek Mitchell, who served as ambassador to Burma until this year, said Clinton reached out to McConnell on Burma in 2009.</p>");
    assert!(q.iter().all(|x| !x.2.starts_with("Ian Michaels")), "{q:?}");
    assert!(q.iter().any(|x| x.0 == "indirect" && x.1.as_deref() == Some("Ian Michaels") && x.2.starts_with("Most repair work")), "{q:?}");
    assert!(q.iter().any(|x| x.0 == "indirect" && x.1.as_deref() == Some("Derek Mitchell") && x.2.starts_with("Clinton reached out")), "{q:?}");
}

#[test]
fn a_possessive_after_the_quotation_is_no_attribution() {
    let body = "<p>“Look at how much these communities are suffering,” Donald Trump said in August. “What do you have to lose?” Editor’s note: Donald Trump regularly incites political violence.</p>\
        <p>Politifact did a fact-check on Donald Trump’s claim that there have been “thousands of shootings” in Chicago this year.</p>";
    assert_eq!(speaker_of(body, "What do you have to lose?").as_deref(), Some("Donald Trump"));
    assert_eq!(speaker_of(body, "thousands of shootings").as_deref(), Some("Donald Trump"));
}

#[test]
fn an_adverbial_before_a_comma_is_no_report_and_a_relative_clause_has_its_own_subject() {
    let body = "<p>In the immediate aftermath of Tuesday’s elections, tensions between the two sides continued to run hot.</p>\
        <p>The administration’s first comments came with a warning about rhetoric from Netanyahu’s Likud party, which tried to rally support by saying that Arab voters were “coming out in droves.”</p>";
    let q = quotes(body);
    assert!(q.iter().all(|x| !x.2.starts_with("In the immediate aftermath")), "{q:?}");
    assert_eq!(speaker_of(body, "coming out in droves.").as_deref(), Some("Likud"));
}

#[test]
fn romance_institutions_head_first_and_participles_opening_a_sentence() {
    let body = "<p>Il devait lui aussi ramener des Français, « les plus éprouvés » par la catastrophe et les « plus vulnérables (blessés, familles avec enfants) », selon le ministère des Affaires étrangères.</p>\
        <p>Consultada sobre esta desproporción, una fuente de los servicios nos la resumió así: \"La estrategia de la coordinadora es realizar sabotajes contra la propiedad privada.\"</p>";
    assert_eq!(speaker_of(body, "plus vulnérables (blessés, familles avec enfants)").as_deref(), Some("ministère des Affaires étrangères"));
    assert_eq!(speaker_of(body, "La estrategia de la coordinadora es realizar sabotajes contra la propiedad privada."), None);
}

#[test]
fn someone_unnamed_posting_on_a_platform_is_not_the_platform() {
    let body = "<p>A firestorm of criticism quickly erupted – “@Uber_Sydney stop being so greedy,” one Twitter response began – and Uber soon offered free rides.</p>";
    assert_eq!(speaker_of(body, "@Uber_Sydney stop being so greedy,"), None);
}

#[test]
fn the_first_words_of_a_longer_name_may_be_someone_else() {
    let body = "<p>Donald Trump Jr. spoke first. “We are here to win,” said Donald Trump.</p>";
    assert_eq!(speaker_of(body, "We are here to win,").as_deref(), Some("Donald Trump"));
    let both = "<p>Donald Trump Jr. spoke first at the rally, and Donald Trump followed him an hour later.</p>        <p>“We are here to win,” Trump said.</p>";
    assert_eq!(speaker_of(both, "We are here to win,").as_deref(), Some("Donald Trump"));
}

#[test]
fn wire_copy_keeps_its_dateline_and_time_clauses_out_of_reported_speech() {
    let q = quotes("<p>HOUSTON (Reuters) - A powerful storm knocked out power to more than 200,000 homes in southeast Texas on Monday, utility CenterPoint Energy said, as crews worked through the night to restore service.</p>\
        <p>Governor Greg Abbott declared a disaster in 14 counties on Monday night.</p>");
    let indirect: Vec<_> = q.iter().filter(|x| x.0 == "indirect").collect();
    assert_eq!(indirect.len(), 1, "{q:?}");
    assert_eq!(indirect[0].2, "A powerful storm knocked out power to more than 200,000 homes in southeast Texas on Monday");
    assert_eq!(indirect[0].1.as_deref(), Some("CenterPoint Energy"));
    // A verbless phrase after the attribution's comma is the writer's too.
    let q = quotes("<p>A Gallup Korea poll released on Friday showed Yoon’s approval rating at 13%, The Korea Times reported, down from 19% a week earlier.</p>");
    assert!(q.iter().all(|x| !x.2.starts_with("down from")), "{q:?}");
    // A parenthetical attribution still reports the clause after it.
    let q = quotes("<p>But to prevent problems, he said, local officials should be vigilant about every machine.</p>");
    assert!(q.iter().any(|x| x.0 == "indirect" && x.2.starts_with("local officials should be vigilant")), "{q:?}");
    let q = quotes("<p>Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt in 1999.</p>");
    assert!(q.iter().any(|x| x.0 == "indirect" && x.2.starts_with("until it went bankrupt")), "{q:?}");
}

#[test]
fn a_block_quotation_is_signed_by_its_footer() {
    let body = "<blockquote><p>“The people who are suffering most did the least to cause this.”</p><footer>— Maria Alvarez, UN climate envoy</footer></blockquote>";
    assert_eq!(speaker_of(body, "The people who are suffering most did the least to cause this.").as_deref(), Some("Maria Alvarez"));
}

#[test]
fn a_group_named_before_a_prepositional_phrase_reports_what_follows() {
    let q = quotes("<p>Experts on North Korea and nuclear nonproliferation said the latest nuclear test could change that.</p>\
        <p>Though Scott lacks a signature policy achievement, elected officials from both parties say he has forged a reputation as a hard worker.</p>");
    assert!(q.iter().any(|x| x.0 == "indirect" && x.1.as_deref() == Some("Experts") && x.2 == "the latest nuclear test could change that"), "{q:?}");
    assert!(q.iter().any(|x| x.0 == "indirect" && x.2.starts_with("he has forged a reputation")), "{q:?}");
}

#[test]
fn a_party_and_state_after_an_article_describe_someone_named_before() {
    let body = "<p>Senator James Lankford, an Oklahoma Republican who warned of the deficit’s dangers in the past, played down that threat on the Senate floor. “I understand it’s a risk,” he said.</p>        <p>“The issue has just disappeared,” said Senator Mark Warner, a Virginia Democrat.</p>        <p>Mr. Warner, the Virginia Democrat, called the bill “the worst piece of legislation we have passed.”</p>";
    assert_eq!(speaker_of(body, "I understand it’s a risk,").as_deref(), Some("James Lankford"));
    assert_eq!(speaker_of(body, "the worst piece of legislation we have passed.").as_deref(), Some("Mark Warner"));
}

#[test]
fn organisations_keep_on_for_and_and_inside_their_names() {
    let body = "<p>The Inspector-General of Intelligence and Security will receive a copy. But, as Parliament’s Joint Committee on Intelligence and Security has pointed out, it would be used “for the purpose of determining the identity of a journalist’s sources”.</p>        <p>“The rule will cost jobs,” said the Center for American Progress.</p>";
    assert_eq!(speaker_of(body, "for the purpose of determining the identity of a journalist’s sources").as_deref(), Some("Joint Committee on Intelligence and Security"));
    assert_eq!(speaker_of(body, "The rule will cost jobs,").as_deref(), Some("Center for American Progress"));
}

#[test]
fn a_description_after_a_name_is_not_that_name_and_sentence_openers_are_no_names() {
    let body = "<p>In the letter, addressed to the U.S. attorney for the District of Columbia, Channing D. Phillips - the Utah Republican asks whether “staff violated statutes that prohibit destruction of records.”</p>        <p>Ginger Nut was sent out. Was Bartleby said “I would prefer not to,” and went back to his desk.</p>";
    assert_eq!(speaker_of(body, "staff violated statutes that prohibit destruction of records."), None);
    assert_eq!(speaker_of(body, "I would prefer not to,").as_deref(), Some("Bartleby"));
}

#[test]
fn strings_in_code_listings_are_nobodys_words() {
    let body = "<pre>fetch(url, {\n  method: \"POST\",\n  headers: { \"Content-Type\": \"text/plain\" }\n});</pre>        <p>“It just works,” said Jane Doe, who maintains the library.</p>";
    let found = quotes(body);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1.as_deref(), Some("Jane Doe"));
}

#[test]
fn an_exchange_as_object_is_not_what_was_said() {
    let body = "<p>Jane Doe disclosed the conversation on Truth Social in a post that has since been deleted.</p>        <p>John Roe said the call was productive and that talks would continue next week.</p>        <p>Jane Doe highlighted her message that what the country needs first is a dose of law and order.</p>";
    let found = quotes(body);
    assert!(!found.iter().any(|q| q.2.starts_with("the conversation")), "{found:?}");
    assert!(found.iter().any(|q| q.0 == "indirect" && q.2.starts_with("the call was productive")), "{found:?}");
    assert!(found.iter().any(|q| q.0 == "indirect" && q.2.contains("what the country needs")), "{found:?}");
}

#[test]
fn the_listener_of_told_is_not_the_speaker() {
    let body = "<p>The ministers fled to the compound after their homes were attacked by troops, Jane Doe, who said she had spoken to people inside, told Reuters.</p>";
    let found = quotes(body);
    let report = found.iter().find(|q| q.2.starts_with("The ministers fled")).unwrap_or_else(|| panic!("{found:?}"));
    assert_eq!(report.1.as_deref(), Some("Jane Doe"));
    assert!(found.iter().any(|q| q.2 == "she had spoken to people inside"), "{found:?}");
}

#[test]
fn chinese_adverbs_and_clauses_are_no_speakers() {
    let page = "<html><head><title>留学生</title></head><body><article><h1>海外留学生看两会</h1>\
        <p>今年的两会吸引了许多海外留学生的关注，他们在国外学习生活多年，对祖国的发展变化有着切身的感受和独到的看法。</p>\
        <p>他进一步指出：“这是一个政治问题。”</p><p>卢宇恳切地说：“我相信优秀留学生的国际化视野必将为家乡建设带来新的思路，增添新的活力。”</p>\
        <p>很多人都认为人乘坐飞机时醉得更快是个传说：“我不认为它会有任何不同。”</p></article></body></html>";
    assert_eq!(speakers_of(page), vec![None, Some("卢宇".to_string()), None], "{:?}", page_quotes(page));
}

#[test]
fn a_transcripts_labels_in_capitals_name_the_person_the_article_names() {
    let body = "<p>CAMILLE TOUTON: We are facing the worst drought in 1,200 years, and everybody has to help.</p>\
        <p>SIEGLER: That's Camille Touton, the head of the bureau. She told me the cuts will be shared.</p>\
        <p>TOUTON: No one is going to be spared. That's just the reality.</p>";
    let found = quotes(body);
    let speaker = |start: &str| found.iter().find(|q| q.2.starts_with(start)).unwrap_or_else(|| panic!("{start}: {found:?}")).1.clone();
    assert_eq!(speaker("We are facing").as_deref(), Some("Camille Touton"));
    assert_eq!(speaker("No one is going").as_deref(), Some("Camille Touton"));
}

#[test]
fn newsroom_labels_in_capitals_are_no_transcript_speakers() {
    let body = "<p>CORRECTION: An earlier version of this article misstated the size of the budget.</p>        <p>UPDATE: The council will vote again on Friday after the mayor vetoed the plan.</p>        <p>TAPPER: Do you think the council has done enough for the city?</p>        <p>PENCE: We have done what we promised the voters.</p>";
    let found = quotes(body);
    assert_eq!(found.iter().map(|q| q.1.as_deref()).collect::<Vec<_>>(), [Some("Tapper"), Some("Pence")], "{found:?}");
}

#[test]
fn a_transcript_label_alone_gives_the_next_paragraph_its_speaker() {
    // NPR's transcripts set the host's label in a paragraph of its own.
    let body = "<p>STEVE INSKEEP, HOST:</p>\
        <p>Farmers across the West are preparing for another summer of drought. Reservoirs are at record lows.</p>\
        <p>KIRK SIEGLER, BYLINE: On a hot afternoon near Yuma, Javier Soto walks between rows of lettuce.</p>";
    let found = quotes(body);
    let speaker = |start: &str| found.iter().find(|q| q.2.starts_with(start)).unwrap_or_else(|| panic!("{start}: {found:?}")).1.clone();
    assert_eq!(speaker("Farmers across the West").as_deref(), Some("Steve Inskeep"));
    assert_eq!(speaker("On a hot afternoon").as_deref(), Some("Kirk Siegler"));
    assert!(!found.iter().any(|q| q.2.is_empty()), "{found:?}");
}

#[test]
fn documents_someone_obtained_speak_for_themselves_and_dates_end_names() {
    let body = "<p>Zimbabwean intelligence reports seen by Reuters suggest that former security chief Emmerson Mnangagwa has been mapping out a post-Mugabe vision.</p>        <p>Documents reviewed by The Washington Post show that the company paid the consultants $3 million in 2019.</p>        <p>An internal memo obtained by CNN says the agency will cut 500 jobs by the end of the year.</p>        <p>The Pentagon on Friday said the program had exceeded its budget by 40 percent.</p>";
    let found = quotes(body);
    let speaker = |start: &str| found.iter().find(|q| q.2.starts_with(start)).unwrap_or_else(|| panic!("{start}: {found:?}")).1.clone();
    assert_eq!(speaker("former security chief").as_deref(), Some("Zimbabwean intelligence reports"));
    assert_eq!(speaker("the company paid").as_deref(), Some("Documents"));
    assert_eq!(speaker("the agency will cut"), None);
    assert_eq!(speaker("the program had exceeded").as_deref(), Some("Pentagon"));
}

#[test]
fn a_passive_cue_names_no_speaker() {
    let body = "<p>Students with other skills were not sought because journalism was seen as “a career with words.”</p>        <p>The Indiana governor said Democrats and the media are to blame for focusing on “he said this, he tweeted that.”</p>";
    let found = quotes(body);
    assert!(!found.iter().any(|q| q.1.as_deref() == Some("Students")), "{found:?}");
    assert!(found.iter().any(|q| q.2 == "he said this, he tweeted that."), "{found:?}");
}

#[test]
fn interview_answers_are_the_interviewees_words() {
    let page = "<html><head><title>Q&amp;A</title></head><body><article><h1>Q&amp;A with the mayor</h1>\
        <p>Mayor Jane Doe spent Thursday morning at the new train station, which was renovated with $235 million in federal money. She sat down with us afterwards.</p>\
        <p>Q: You’ve been talking about how the city is on the upswing. Why now?</p>\
        <p>A: It’s been a long time coming. The station alone brought four hundred jobs back downtown.</p>\
        <p>Q: Will the budget hold next year?</p>\
        <p>A: I think it will, as long as the state keeps its promises on the grant.</p></article></body></html>";
    let found = page_quotes(page);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found.iter().all(|q| q.0.as_deref() == Some("Jane Doe")), "{found:?}");
    assert!(found[0].1.starts_with("It’s been a long time coming."), "{found:?}");
    // One "A:" line is no interview.
    let one = page.replacen("<p>Q: Will the budget hold next year?</p>", "", 1);
    assert!(page_quotes(&one).is_empty(), "{:?}", page_quotes(&one));
    // The interviewer named first is not the one who answers.
    let asked = page.replacen("<p>Mayor Jane Doe", "<p>Our reporter Tom Brown spoke with Mayor Jane Doe on Thursday. Doe", 1);
    let found = page_quotes(&asked);
    assert!(!found.is_empty() && found.iter().all(|q| q.0.as_deref() == Some("Jane Doe")), "{found:?}");
    // A section of a longer story: whom its own introduction names, not the story's most named.
    let section = page.replacen(
        "<p>Mayor Jane Doe",
        "<p>The case of Marcus Ellison, arrested in December, shaped the debate. Marcus Ellison has pleaded not guilty, and Marcus Ellison’s lawyer calls the zones cruel.</p>\
         <h2>The mayor on the debate</h2><p>Mayor Jane Doe",
        1,
    );
    let found = page_quotes(&section);
    assert!(!found.is_empty() && found.iter().all(|q| q.0.as_deref() == Some("Jane Doe")), "{found:?}");
}

#[test]
fn a_transcript_s_labels_name_the_interviewee_named_in_the_introduction() {
    let page = "<html><head><title>Interview</title></head><body><article><h1>Katharine Hayhoe: hope is not passive</h1>\
        <p>Katharine Hayhoe, a climate scientist at Texas Tech University, has spent two decades explaining global warming. I spoke with her about hope.</p>\
        <p>Ed Yong: Many people feel paralyzed by the scale of the problem. What do you tell them?</p>\
        <p>Katharine Hayhoe: The most important thing you can do is talk about it with friends and family.</p>\
        <p>Yong: Why does talking matter so much?</p>\
        <p>Hayhoe: Because if we don’t talk about it, why would anyone care?</p>\
        <p>Proof: the survey of 2,000 adults, published in May, is available online.</p></article></body></html>";
    let found = page_quotes(page);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found.iter().all(|q| q.0.as_deref() == Some("Katharine Hayhoe")), "{found:?}");
    assert!(found[1].1.starts_with("Because if we don’t talk about it"), "{found:?}");
    // One labelled paragraph is no transcript.
    let once = page.replacen("<p>Hayhoe: Because", "<p>Because", 1);
    assert!(page_quotes(&once).iter().all(|q| !q.1.starts_with("The most important")), "{:?}", page_quotes(&once));
}

#[test]
fn anonymous_sources_of_wire_copy_report_their_clause() {
    let body = "<p>The company plans to cut 500 jobs, two people familiar with the matter said.</p>        <p>The talks stalled over the weekend, a senior official said on condition of anonymity.</p>        <p>The vote was delayed to March, a person with knowledge of the talks told Reuters on Sunday.</p>";
    let found = quotes(body);
    for start in ["The company plans to cut 500 jobs", "The talks stalled over the weekend", "The vote was delayed to March"] {
        assert!(found.iter().any(|q| q.0 == "indirect" && q.2 == start), "{start}: {found:?}");
    }
}

#[test]
fn people_a_newsroom_asked_are_the_source_not_the_newsroom() {
    let body = "<p>The central bank is expected to raise rates next week, economists polled by Reuters said.</p>        <p>Russian Foreign Minister Sergei Lavrov, quoted by the RIA news agency, said Moscow would respond to the sanctions.</p>";
    assert_eq!(speaker_of(body, "The central bank is expected to raise rates next week").as_deref(), Some("economists"));
    assert_eq!(speaker_of(body, "Moscow would respond to the sanctions").as_deref(), Some("Sergei Lavrov"));
}

#[test]
fn nationalities_describe_speakers_and_organisations_keep_them() {
    let body = "<p>A senior Western diplomat said the talks were likely to resume next month.</p>        <p>European officials said the talks would resume in March.</p>        <p>Korean Air said all passengers had been evacuated.</p>        <p>Palestinian President Mahmoud Abbas said the talks had failed.</p>";
    assert_eq!(speaker_of(body, "the talks were likely to resume next month"), None);
    assert_eq!(speaker_of(body, "the talks would resume in March").as_deref(), Some("European officials"));
    assert_eq!(speaker_of(body, "all passengers had been evacuated").as_deref(), Some("Korean Air"));
    assert_eq!(speaker_of(body, "the talks had failed").as_deref(), Some("Mahmoud Abbas"));
}

#[test]
fn attributions_with_a_forgotten_comma_a_long_interruption_or_a_distant_appositive() {
    let body = "<p>\"For months we have stood by while leaks created a false narrative\" said Nick Merrill, a campaign spokesman.</p>        <p>“It's unusual,“ said Larry Noble, an attorney with the Campaign Legal Center. “It's a hard thing to pull off without stepping over a line.”</p>        <p>\"These super PACs have been setting the table for voters,\" in sharp contrast to previous elections when campaigns did that, says Dante Scala, a political scientist.</p>        <p>“We found zero relationship between interviews and results,” Google's chief human resources executive, Laszlo Bock, told The New York Times in 2013.</p>        <p>“Very good reporter, this guy,” Trump, the frontrunner in the state after winning the primaries, said when Boyle asked him a question.</p>";
    assert_eq!(speaker_of(body, "For months we have stood by while leaks created a false narrative").as_deref(), Some("Nick Merrill"));
    assert_eq!(speaker_of(body, "It's a hard thing to pull off without stepping over a line.").as_deref(), Some("Larry Noble"));
    assert_eq!(speaker_of(body, "These super PACs have been setting the table for voters,").as_deref(), Some("Dante Scala"));
    assert_eq!(speaker_of(body, "We found zero relationship between interviews and results,").as_deref(), Some("Laszlo Bock"));
    let far = "<p>“Eventually, positions are gonna soften on Donald Trump,” California Rep. Duncan Hunter’s chief of staff, Joe Kasper, told POLITICO before the interview.</p>";
    assert_eq!(speaker_of(far, "Eventually, positions are gonna soften on Donald Trump,").as_deref(), Some("Joe Kasper"));
    // "said when Boyle asked": who follows a subordinate clause is not the speaker.
    assert_ne!(speaker_of(body, "Very good reporter, this guy,").as_deref(), Some("Boyle"));
}

#[test]
fn a_paragraph_ending_in_a_cue_and_colon_introduces_the_next() {
    let body = "<p>Roger Stone, a longtime adviser, spoke on the radio program on Sunday.</p>        <p>Stated Stone:</p>        <p>“I think that the stakes are so high that they would do anything necessary to remain in power.”</p>        <p>Wait, it gets better:</p>        <p>“By law, the president sets the maximum number of refugees the country can accept in a year.”</p>        <p>Said Warren: “This is a fight we can win, and we will win it.”</p>";
    assert_eq!(speaker_of(body, "I think that the stakes are so high that they would do anything necessary to remain in power.").as_deref(), Some("Roger Stone"));
    // No cue: the paragraph before says nothing of who speaks (and Stone spoke two paragraphs up).
    assert_eq!(speaker_of(body, "By law, the president sets the maximum number of refugees the country can accept in a year."), None);
    assert_eq!(speaker_of(body, "This is a fight we can win, and we will win it.").as_deref(), Some("Warren"));
    let feature = "<p>Enter Stuart R. Kaplan, the publisher who made the deck famous.</p>        <p>“We have never given up,” Kaplan says.</p>";
    assert_eq!(speaker_of(feature, "We have never given up,").as_deref(), Some("Stuart R. Kaplan"));
}

#[test]
fn a_plural_noun_after_a_question_is_no_verb_and_soft_hyphens_hide_no_name() {
    let body = "<p>“Why are you still endorsing him?” Obama asked Republican politicians. “What does this say about your party?” Several Republican leaders, including Sens. John McCain and Kelly Ayotte, have since denounced the comments.</p>        <p>“We have not been briefed,” Doug \u{ad}Andres, a spokesman for House Speaker Paul Ryan, told the Post.</p>";
    assert_ne!(speaker_of(body, "What does this say about your party?").as_deref(), Some("Several Republican"));
    assert_eq!(speaker_of(body, "We have not been briefed,").as_deref(), Some("Doug Andres"));
}

#[test]
fn contractions_and_words_run_together_open_no_name() {
    let body = "<p>I’m Haoyu Zhang-Demir, and this is my room. “You just have to ignore them,” Haoyu said.</p>        <p>And…Other Alden Thorn came in late. “That’s very efficient,” Alden said.</p>        <p>You’re rooming with me and Lute… Plus everyone else. “You two look happy,” Lute said.</p>";
    assert_eq!(speaker_of(body, "You just have to ignore them,").as_deref(), Some("Haoyu Zhang-Demir"));
    assert_eq!(speaker_of(body, "That’s very efficient,").as_deref(), Some("Alden Thorn"));
    assert_eq!(speaker_of(body, "You two look happy,").as_deref(), Some("Lute"));
}

#[test]
fn a_place_or_platform_describing_someone_is_not_the_speaker() {
    let body = "<p>Senator Marco Rubio of Florida spoke to supporters in Miami on Monday.</p>        <p>“We are ready,” a Texas voter said.</p>        <p>“We will win,” the Florida senator said.</p>        <p>A South Carolina native who writes fiction said the book would be out in June.</p>        <p>“Not yet,” a White House official said.</p>        <p>“Soon,” a Fox News viewer wrote.</p>";
    assert_eq!(speaker_of(body, "We are ready,"), None);
    // Someone the article named, when its description says so; never the state.
    assert_ne!(speaker_of(body, "We will win,").as_deref(), Some("Florida"));
    assert!(quotes(body).iter().all(|q| q.1.as_deref() != Some("South Carolina")));
    // An official speaks for the office.
    assert_eq!(speaker_of(body, "Not yet,").as_deref(), Some("White House"));
    assert_eq!(speaker_of(body, "Soon,"), None);
}

#[test]
fn after_an_honorific_a_title_word_is_a_surname() {
    let body = "<p>Martin Luther King III and Matthew Prince spoke at the rally on Sunday.</p>        <p>\"It's all about creating some enthusiasm around this race,\" Mr. King added.</p>        <p>\"It is risky to make tech companies police speech,\" Mr. Prince said.</p>";
    assert_eq!(speaker_of(body, "It's all about creating some enthusiasm around this race,").as_deref(), Some("Martin Luther King III"));
    assert_eq!(speaker_of(body, "It is risky to make tech companies police speech,").as_deref(), Some("Matthew Prince"));
}

#[test]
fn a_sentence_closing_with_its_attribution_goes_on_in_the_quotation_after_it() {
    let body = "<p>Adam Schiff is the top Democrat on the House Intelligence Committee.</p>        <p>The administration may be reluctant to act while talks go on, Schiff said. \"The other factor is the appearance of tipping the scales.\"</p>        <p>The storm hit the coast on Sunday and flooded the town. \"We lost everything.\"</p>";
    assert_eq!(speaker_of(body, "The other factor is the appearance of tipping the scales.").as_deref(), Some("Adam Schiff"));
    assert_eq!(speaker_of(body, "We lost everything."), None);
}

#[test]
fn french_compound_pasts_and_a_colon_set_off_by_a_space() {
    let body = "<p>Le maire Jean Martin a répondu : « Nous trouverons l'argent. »</p>        <p>Claire Petit a dit : « C'est une erreur. »</p>        <p>Bürgermeister Thomas Müller erwiderte: „Wir werden das Geld finden.“</p>";
    assert_eq!(speaker_of(body, "Nous trouverons l'argent.").as_deref(), Some("Jean Martin"));
    assert_eq!(speaker_of(body, "C'est une erreur.").as_deref(), Some("Claire Petit"));
    let q = quotes(body);
    assert!(q.iter().any(|q| q.2 == "Wir werden das Geld finden." && q.1.as_deref() == Some("Thomas Müller")), "{q:?}");
}

#[test]
fn a_pronoun_right_after_a_name_tells_its_gender() {
    // Nothing but the article's own pronouns says Ellen Fetter is a woman and Edward Lorenz a man.
    let body = "<p>Ellen Fetter said she had learned to program the machine in a week. Edward Lorenz said he ran the project.</p>        <p>Once Fetter arrived, Lorenz gave her a manual. “He carried a lot in his head,” she said.</p>";
    assert_eq!(speaker_of(body, "He carried a lot in his head,").as_deref(), Some("Ellen Fetter"));
    // "Tom Brown will lose, she said": an attribution's pronoun tells nothing of the name before it.
    let attributed = "<p>Jane Smith said she would vote no. Tom Brown will lose, she said.</p>        <p>Tom Brown said he would not step aside. “It is too late,” he said.</p>";
    assert_eq!(speaker_of(attributed, "It is too late,").as_deref(), Some("Tom Brown"));
}

#[test]
fn an_opening_subordinate_clause_is_not_the_subject() {
    let body = "<p>In June 2009, after Clinton suffered a concussion, Axelrod emailed her and told her she was “an all-star player” for the team.</p>";
    assert_eq!(speaker_of(body, "an all-star player").as_deref(), Some("Axelrod"));
}

#[test]
fn a_given_name_tells_a_gender_no_title_or_pronoun_gave() {
    // "she" passes over the man named last: Jane is a woman's name, Tom a man's.
    let body = "<p>Jane Smith, a teacher, spoke first. Then Tom Brown, a local builder, spoke. “We cannot wait any longer,” she told reporters.</p>";
    assert_eq!(speaker_of(body, "We cannot wait any longer,").as_deref(), Some("Jane Smith"));
    // A surname alone is no given name: "Warren" says nothing of Elizabeth Warren.
    let body = "<p>Elizabeth Warren questioned John Stumpf for an hour. Warren then left the room. “This just isn’t right,” she said.</p>";
    assert_eq!(speaker_of(body, "This just isn’t right,").as_deref(), Some("Elizabeth Warren"));
}

#[test]
fn a_gendered_title_picks_the_namesake_of_that_sex() {
    let body = "<p>Bill Clinton and Hillary Clinton arrived together in New Hampshire on Monday.</p>        <p>Mrs. Clinton did not hesitate. “Everybody should be believed at first,” she said.</p>        <p>“I am proud of her,” Mr. Clinton said.</p>        <p>“We will win this state,” said Mrs. Clinton.</p>";
    assert_eq!(speaker_of(body, "Everybody should be believed at first,").as_deref(), Some("Hillary Clinton"));
    assert_eq!(speaker_of(body, "I am proud of her,").as_deref(), Some("Bill Clinton"));
    assert_eq!(speaker_of(body, "We will win this state,").as_deref(), Some("Hillary Clinton"));
}

#[test]
fn fragments_of_one_clause_share_the_attribution_after_them() {
    let body = "<p>John Schlafly defended his mother. (“Family values people” are “not out to bash gays,” he said.)</p>";
    let q = quotes(body);
    let family = q.iter().find(|q| q.2 == "Family values people").unwrap_or_else(|| panic!("{q:?}"));
    assert_eq!((family.0.as_str(), family.1.as_deref()), ("partial", Some("John Schlafly")));
    assert_eq!(speaker_of(body, "not out to bash gays,").as_deref(), Some("John Schlafly"));
    // A fragment with an attribution of its own keeps it, named or not ("The mayor called …").
    let body = "<p>The mayor called the vote “a disaster” and “a betrayal of the voters,” Tom Baker said.</p>";
    assert_ne!(speaker_of(body, "a disaster").as_deref(), Some("Tom Baker"));
    // A title next to a fragment is still nobody's words.
    let q = quotes("<p>Appearing on “Morning Joe” and “Meet the Press,” Jane Doe said she would run.</p>");
    assert!(q.iter().all(|q| q.2 != "Morning Joe"), "{q:?}");
}

#[test]
fn a_quotation_alone_after_a_sentence_opening_with_someone_speaking_is_theirs() {
    let body = "<p>Peter Clarke said he began to rethink his life’s goals. “I wanted something more than money.”</p>        <p>His former business partner, Lawrence B. Cummings, said he was a master at deals. “He showed again and again an ability to close.”</p>        <p>Western Journalism reported recently on a student at the rally. ‘Stickerboy’ placed two stickers over his face.</p>";
    assert_eq!(speaker_of(body, "I wanted something more than money.").as_deref(), Some("Peter Clarke"));
    assert_eq!(speaker_of(body, "He showed again and again an ability to close.").as_deref(), Some("Lawrence B. Cummings"));
    // A word in quotation marks is no sentence of anyone's.
    assert!(quotes(body).iter().all(|q| q.2 != "Stickerboy" || q.1.is_none()));
}

#[test]
fn a_possessive_name_before_a_title_is_not_the_subject() {
    let body = "<p>Hillary Clinton’s campaign manager Robby Mook said as much on Thursday, arguing that Trump “lashed out at our nation’s generals.”</p>";
    assert_eq!(speaker_of(body, "lashed out at our nation’s generals.").as_deref(), Some("Robby Mook"));
}

#[test]
fn a_speech_verb_with_nobody_after_it_reports_nothing() {
    // "…, spoke first.": the phrase before the comma is the subject's appositive, not what was said.
    let q = quotes("<p>Jane Smith, a teacher, spoke first. Then Tom Brown, a local builder, spoke.</p>        <p>The mayor, Ann Lee, spoke at length, and her deputy answered questions.</p>");
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn an_opening_time_phrase_is_not_the_subject() {
    let body = "<p>Mitt Romney will not attend the convention.</p>        <p>Early in his campaign, Donald Trump attacked Romney, calling him, among other things, “a failed candidate.”</p>";
    assert_eq!(speaker_of(body, "a failed candidate.").as_deref(), Some("Donald Trump"));
}

#[test]
fn an_unlisted_past_tense_verb_before_a_full_name_attributes() {
    let body = "<p>“This is fantastic!” beamed Donald Hartley of Madison, Alabama, who snuck onto the floor.</p>        <p>“Gun owners should leave their weapons at home,” opined Cleveland's Plain Dealer.</p>        <p>Band member Flea shared the news last week, writing “Feels great to support someone I believe in.”</p>";
    assert_eq!(speaker_of(body, "This is fantastic!").as_deref(), Some("Donald Hartley"));
    assert_eq!(speaker_of(body, "Feels great to support someone I believe in.").as_deref(), Some("Flea"));
    // Not a verb before a place or a lone word.
    let q = quotes("<p>“We will see,” added the report published in Washington Post.</p>");
    assert!(q.iter().all(|q| q.1.as_deref() != Some("Washington Post")), "{q:?}");
}

#[test]
fn other_languages_descriptions_days_and_punctuation_outside_the_marks() {
    let body = "<p>La ministra de Hacienda, María López, afirmó: «No habrá recortes este año».</p>        <p>«Troveremo i soldi», ha detto il sindaco Marco Rossi ai giornalisti.</p>        <p>\"Ich bin sehr zufrieden\", sagte Bürgermeisterin Anna Schmidt am Dienstag.</p>        <p>The minister of Finance, Maria Lopez, said: \"There will be no cuts this year.\"</p>";
    assert_eq!(speaker_of(body, "No habrá recortes este año").as_deref(), Some("María López"));
    assert_eq!(speaker_of(body, "Ich bin sehr zufrieden").as_deref(), Some("Anna Schmidt"));
    assert_eq!(speaker_of(body, "There will be no cuts this year.").as_deref(), Some("Maria Lopez"));
    // A comma after the closing mark ends the quotation's clause: a whole sentence, not a fragment.
    let q = quotes(body);
    assert!(q.iter().any(|q| q.2 == "Troveremo i soldi" && q.0 == "direct" && q.1.as_deref() == Some("Marco Rossi")), "{q:?}");
}

#[test]
fn an_occupation_opening_the_sentence_is_no_part_of_the_name() {
    let body = "<p>Forecaster Lisa Park said the storm was moving slowly. “It’s basically parked over the coast,” she said.</p>        <p>“Bernie!” shouted Comedian Sarah Silverman from the stage.</p>";
    assert_eq!(speaker_of(body, "It’s basically parked over the coast,").as_deref(), Some("Lisa Park"));
    assert_eq!(speaker_of(body, "Bernie!").as_deref(), Some("Sarah Silverman"));
}

#[test]
fn titles_in_a_reference_list_are_nobodys_words() {
    let body = "<p>Maria Gonzalez said the storm “was the worst in forty years” and left the town.</p>        <h2>References</h2><ol class=\"references\"><li><cite class=\"citation news\">\"Storm floods coastal town\". Example News. 2 May 2016.</cite></li>        <li><cite>\"Huge eagles 'dominated NZ skies'\". BBC News. 2005.</cite></li></ol>        <div class=\"reflist\"><ul><li>\"Why the levee failed\". The Gazette, 2017.</li></ul></div>";
    let q = quotes(body);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1.as_deref(), Some("Maria Gonzalez"));
}

#[test]
fn a_spokesperson_speaks_for_the_organisation_named() {
    let body = "<p>A spokesperson for the Treasury said councils had been given ‘record levels of funding’ this year.</p>        <p>“Councils have more money than ever,” a Treasury spokesperson said.</p>        <p>One Democratic official who relayed the exchange said Reid quieted the chatter.</p>        <p>The council’s cabinet member for finance, Cllr Heather Mack, said the rise was ‘unavoidable’.</p>";
    assert_eq!(speaker_of(body, "record levels of funding").as_deref(), Some("Treasury"));
    assert_eq!(speaker_of(body, "Councils have more money than ever,").as_deref(), Some("Treasury"));
    assert_eq!(speaker_of(body, "unavoidable").as_deref(), Some("Heather Mack"));
    // A party is no organisation that speaks.
    assert!(quotes(body).iter().all(|q| q.1.as_deref() != Some("Democratic")));
}

#[test]
fn czech_polish_and_dutch_reporting_verbs() {
    let body = "<p>„Nenapadá mě jediný důvod, proč by letos nemohli skončit v elitní čtyřce,“ přidává se Emile Heskey, někdejší útočník Liverpoolu.</p>        <p>„To jest wielki dzień dla nas,” powiedział burmistrz Jan Kowalski.</p>        <p>„Dit is een grote dag voor de stad”, zei burgemeester Pieter de Vries.</p>";
    assert_eq!(speaker_of(body, "Nenapadá mě jediný důvod, proč by letos nemohli skončit v elitní čtyřce,").as_deref(), Some("Emile Heskey"));
    assert_eq!(speaker_of(body, "To jest wielki dzień dla nas,").as_deref(), Some("Jan Kowalski"));
    assert_eq!(speaker_of(body, "Dit is een grote dag voor de stad").as_deref(), Some("Pieter de Vries"));
}

#[test]
fn a_pronoun_after_a_foreign_cue_with_the_clause_going_on() {
    let body = "<p>Bürgermeisterin Anna Schmidt zeigte sich zufrieden. „Wir haben viel erreicht“, sagte sie am Dienstag.</p>        <p>„Das ist eine Schande“, erklärte Oppositionsführer Peter Wagner. „Die Stadt verschwendet Geld“, fügte er hinzu.</p>";
    assert_eq!(speaker_of(body, "Wir haben viel erreicht").as_deref(), Some("Anna Schmidt"));
    assert_eq!(speaker_of(body, "Die Stadt verschwendet Geld").as_deref(), Some("Peter Wagner"));
    assert_eq!(speaker_of(body, "Das ist eine Schande").as_deref(), Some("Peter Wagner"));
}

#[test]
fn particles_join_a_name_but_a_german_article_alone_does_not() {
    // "der" after a noun is German's article: the object after it is no person for "sie"/"er".
    let body = "<p>Bundeskanzler Olaf Scholz hat den Haushaltsentwurf der Bundesregierung verteidigt. „Wir investieren so viel wie nie zuvor“, sagte er.</p>\
        <p>EU-Kommissionschefin Ursula von der Leyen lobte den Plan. „Das ist ein guter Tag“, sagte sie.</p>";
    assert_eq!(speaker_of(body, "Wir investieren so viel wie nie zuvor").as_deref(), Some("Olaf Scholz"));
    assert_eq!(speaker_of(body, "Das ist ein guter Tag").as_deref(), Some("Ursula von der Leyen"));
}

#[test]
fn a_cue_without_a_subject_speaks_for_the_person_last_named_where_languages_drop_it() {
    let body = "<p>El presidente del Gobierno, Pedro Sánchez, ha anunciado una rebaja del IVA. “Vamos a proteger a las familias”, ha asegurado ante la prensa.</p>\
        <p>Il premier Mario Draghi ha presentato il piano. «Troveremo i soldi», ha detto ai giornalisti.</p>\
        <p>« C’est une provocation », a réagi Jean-Luc Mélenchon sur Twitter.</p>";
    assert_eq!(speaker_of(body, "Vamos a proteger a las familias").as_deref(), Some("Pedro Sánchez"));
    assert_eq!(speaker_of(body, "Troveremo i soldi").as_deref(), Some("Mario Draghi"));
    // A subject after the verb, past a place or platform, is the speaker.
    assert_eq!(speaker_of(body, "C’est une provocation").as_deref(), Some("Jean-Luc Mélenchon"));
    // A day and a place after the verb are no subject either.
    let body = "<p>La conselleira de Emprego, Ana Belén Soutullo, calificó el cierre de «golpe durísimo».</p>\
        <p>«No vamos a aceptar que se cierre una empresa con beneficios», declaró el miércoles en el Parlamento gallego.</p>\
        <p>«Es una vergüenza», dijo ayer ante la prensa.</p>";
    assert_eq!(speaker_of(body, "No vamos a aceptar que se cierre una empresa con beneficios").as_deref(), Some("Ana Belén Soutullo"));
    assert_eq!(speaker_of(body, "Es una vergüenza").as_deref(), Some("Ana Belén Soutullo"));
    // A cue opening the sentence: the subject of the clause it reports is not the speaker.
    let body = "<p>El alcalde de Vilagarcía, Alberto Varela, fue más prudente. Explicó a este periódico que el Ayuntamiento «no descarta» recalificar los terrenos.</p>";
    assert_eq!(speaker_of(body, "no descarta").as_deref(), Some("Alberto Varela"));
    // So does one after an adverb or auxiliary alone, before a colon ("then (he) added:").
    let body = "<p>Il sindaco Marco Rossi ha parlato ai giornalisti. Poi ha aggiunto: «Non ci arrenderemo mai».</p>\
        <p>El presidente Pedro Sánchez compareció en el Congreso. Después afirmó: «Vamos a cumplir».</p>";
    assert_eq!(speaker_of(body, "Non ci arrenderemo mai").as_deref(), Some("Marco Rossi"));
    assert_eq!(speaker_of(body, "Vamos a cumplir").as_deref(), Some("Pedro Sánchez"));
    // A "then" before a pronoun subject is no part of it ("Puis il a ajouté").
    let body = "<p>Le ministre Jean Dupont a visité l’usine. Puis il a ajouté : « Nous resterons ici ».</p>";
    assert_eq!(speaker_of(body, "Nous resterons ici").as_deref(), Some("Jean Dupont"));
}

#[test]
fn an_institution_after_of_in_a_title_is_no_part_of_the_name() {
    let body = "<p>La presidente del Consiglio Giorgia Meloni ha difeso la legge. «Non faremo nessun passo indietro», ha detto ai giornalisti.</p>\
        <p>«È una manovra senza visione», ha replicato il ministro dell’Economia Giancarlo Giorgetti.</p>";
    assert_eq!(speaker_of(body, "Non faremo nessun passo indietro").as_deref(), Some("Giorgia Meloni"));
    assert_eq!(speaker_of(body, "È una manovra senza visione").as_deref(), Some("Giancarlo Giorgetti"));
    let body = "<p>Director of National Intelligence James Clapper said “the threat is real.”</p>\
        <p>Palm Beach County Supervisor of Elections Susan Bucher said “the ballots were correct.”</p>\
        <p>Supporters of Donald Trump said “the rally was peaceful.”</p>";
    assert_eq!(speaker_of(body, "the threat is real.").as_deref(), Some("James Clapper"));
    assert_eq!(speaker_of(body, "the ballots were correct.").as_deref(), Some("Susan Bucher"));
    assert_ne!(speaker_of(body, "the rally was peaceful.").as_deref(), Some("Donald Trump"));
    // So after "for".
    let body = "<p>Secretary for Education Miguel Cardona said the new rules would require “rest breaks”.</p>";
    assert_eq!(speaker_of(body, "rest breaks").as_deref(), Some("Miguel Cardona"));
}

#[test]
fn naming_verbs_of_other_languages_introduce_fragments() {
    let body = "<p>Die Grünen-Fraktionsvorsitzende Katharina Dröge sprach von einem „Haushalt der Verantwortung“.</p>\
        <p>El líder del PP, Alberto Núñez Feijóo, calificó el anuncio de “insuficiente y tardío”.</p>";
    assert_eq!(speaker_of(body, "Haushalt der Verantwortung").as_deref(), Some("Katharina Dröge"));
    assert_eq!(speaker_of(body, "insuficiente y tardío").as_deref(), Some("Alberto Núñez Feijóo"));
    // "According to X" of other languages opens no name: the speaker is who follows it.
    let body = "<p>Selon Marine Le Pen, la réforme est « une faute ».</p><p>Pour Jordan Bardella, c’est « un scandale ».</p>";
    assert_eq!(speaker_of(body, "une faute").as_deref(), Some("Marine Le Pen"));
    assert_eq!(speaker_of(body, "un scandale").as_deref(), Some("Jordan Bardella"));
}

#[test]
fn reported_speech_in_other_languages_follows_the_verb_and_its_that() {
    let body = "<p>Le président Emmanuel Macron a déclaré que la France enverrait des troupes dans la région.</p>\
        <p>Bundeskanzler Friedrich Merz sagte, dass die Regierung den Haushalt im Dezember beschließen werde.</p>\
        <p>Президент Владимир Путин заявил, что Москва готова к переговорам без предварительных условий.</p>\
        <p>Le ministre Bruno Le Maire a estimé qu’il fallait agir vite pour protéger les agriculteurs.</p>\
        <p>La commission pourra saisir le Conseil d’Etat si elle estime que la loi n’est pas respectée.</p>\
        <p>قال الرئيس المصري عبد الفتاح السيسي إن مصر ستواصل جهودها لوقف إطلاق النار في غزة.</p>\
        <p>外交部发言人毛宁在例行记者会上说，中方坚决反对任何形式的贸易保护主义。</p>";
    let q = quotes(body);
    let indirect = |start: &str| q.iter().find(|x| x.0 == "indirect" && x.2.starts_with(start)).map(|x| x.1.clone());
    assert_eq!(indirect("la France enverrait"), Some(Some("Emmanuel Macron".into())), "{q:?}");
    assert_eq!(indirect("die Regierung den Haushalt"), Some(Some("Friedrich Merz".into())));
    // German without "dass": a comma and the subjunctive.
    let q3 = quotes("<p>Energieministerin Monika Kälin sagte, die Schweiz müsse bis 2035 im Winter mehr Strom produzieren.</p>\
        <p>Gemeindepräsident Urs Imboden erzählt, die Gemeinde habe für Gutachten bereits über 800 000 Franken ausgegeben.</p>");
    let found = |start: &str| q3.iter().find(|x| x.0 == "indirect" && x.2.starts_with(start)).map(|x| x.1.clone());
    assert_eq!(found("die Schweiz müsse"), Some(Some("Monika Kälin".into())), "{q3:?}");
    assert_eq!(found("die Gemeinde habe"), Some(Some("Urs Imboden".into())), "{q3:?}");
    assert!(indirect("Москва готова").is_some_and(|s| s.is_some_and(|s| s.ends_with("Владимир Путин"))), "{q:?}");
    assert_eq!(indirect("il fallait agir"), Some(Some("Bruno Le Maire".into())));
    // Russian: a place after the speaker ("журналистам в Кремле") is no part of the name.
    let q2 = quotes("<p>Президент Владимир Путин провел совещание.</p><p>«Мы никогда не отказывались от диалога», — сказал Путин журналистам в Кремле.</p>");
    assert!(q2.iter().any(|x| x.2 == "Мы никогда не отказывались от диалога" && x.1.as_deref().is_some_and(|s| s.ends_with("Путин"))), "{q2:?}");
    // Chinese: a cue right before the sentence's first comma.
    assert_eq!(indirect("中方坚决反对"), Some(Some("毛宁".into())), "{q:?}");
    // Arabic: the verb, its subject, then "that" (إن).
    assert!(indirect("مصر ستواصل").is_some_and(|s| s.is_some_and(|s| s.ends_with("عبد الفتاح السيسي"))), "{q:?}");
    // A pronoun this does not resolve gives no speaker, so no report at all ("elle" is not the Conseil).
    assert_eq!(indirect("la loi"), None);
}

#[test]
fn a_french_title_after_le_or_la_is_the_person_last_named_unless_a_name_follows() {
    let body = "<p>Le Premier ministre Michel Barnier a présenté son budget mardi devant l’Assemblée nationale.</p>\
        <p>« Nous devons redresser nos comptes », a déclaré le Premier ministre devant les députés.</p>\
        <p>« Ce budget est injuste », a réagi la présidente du groupe écologiste, Cyrielle Chatelain.</p>";
    assert_eq!(speaker_of(body, "Nous devons redresser nos comptes").as_deref(), Some("Michel Barnier"));
    assert_eq!(speaker_of(body, "Ce budget est injuste").as_deref(), Some("Cyrielle Chatelain"));
}

#[test]
fn a_german_title_after_der_or_die_is_the_person_last_named() {
    let body = "<p>Bundeskanzler Olaf Scholz hat den Entwurf verteidigt. „Wir investieren so viel wie nie zuvor“, sagte der SPD-Politiker am Mittwoch im Bundestag.</p>\
        <p>Finanzminister Christian Lindner betonte, der Entwurf halte die Schuldenbremse ein. „Wir haben jeden Euro zweimal umgedreht“, erklärte der FDP-Chef.</p>\
        <p>„Das reicht nicht“, sagte die Grünen-Fraktionsvorsitzende Katharina Dröge.</p>";
    assert_eq!(speaker_of(body, "Wir investieren so viel wie nie zuvor").as_deref(), Some("Olaf Scholz"));
    assert_eq!(speaker_of(body, "Wir haben jeden Euro zweimal umgedreht").as_deref(), Some("Christian Lindner"));
    // A name after the title is the speaker.
    assert_eq!(speaker_of(body, "Das reicht nicht").as_deref(), Some("Katharina Dröge"));
}

#[test]
fn a_german_so_and_a_name_attribute_without_a_verb() {
    let body = "<p>Reto Caflisch leitet den Branchenverband Swissolar seit 2019.</p>\
        <p>«Viele Projekte scheitern am Netzanschluss», so Caflisch. Der Verband fordert schnellere Verfahren.</p>\
        <p>«Wir brauchen mehr Leitungen», so Urs Imboden, Gemeindepräsident von Gondo.</p>\
        <p>\"We won the vote,\" so Trump decided to celebrate.</p>";
    assert_eq!(speaker_of(body, "Viele Projekte scheitern am Netzanschluss").as_deref(), Some("Reto Caflisch"));
    assert_eq!(speaker_of(body, "Wir brauchen mehr Leitungen").as_deref(), Some("Urs Imboden"));
    // In English "so" and a name go on with the sentence.
    assert_eq!(speaker_of(body, "We won the vote,"), None);
    // Italian's "Così" and a name open the next sentence.
    let body = "<p>«Per Pasqua di quale anno?». Così Aldo Ferrante, 78 anni, ex cantoniere, che sulla provinciale ha lavorato per trent’anni.</p>";
    assert_eq!(speaker_of(body, "Per Pasqua di quale anno?").as_deref(), Some("Aldo Ferrante"));
}

#[test]
fn a_german_council_member_title_is_no_part_of_the_name() {
    let body = "<p>Energieministerin Monika Kälin stellte die Pläne vor.</p>\
        <p>«Wir nehmen die Bedenken ernst», sagt die Bundesrätin.</p>\
        <p>«Das ist ein Etikettenschwindel», findet Nationalrat Hansjörg Zgraggen.</p>";
    assert_eq!(speaker_of(body, "Das ist ein Etikettenschwindel").as_deref(), Some("Hansjörg Zgraggen"));
    assert_eq!(speaker_of(body, "Wir nehmen die Bedenken ernst").as_deref(), Some("Monika Kälin"));
}

#[test]
fn a_verb_of_judgement_names_a_thing_as_a_fragment() {
    let body = "<p>Former President Bill Clinton criticized the Affordable Care Act as a “crazy system” during a stop in Flint.</p>        <p>Donald Trump openly admires Vladimir Putin as a “strong leader,” comparing him favorably to Barack Obama.</p>";
    assert_eq!(speaker_of(body, "crazy system").as_deref(), Some("Bill Clinton"));
    assert_eq!(speaker_of(body, "strong leader,").as_deref(), Some("Donald Trump"));
}

/// The quote `text` of an article made of `body` after a lead paragraph.
fn quote(body: &str, text: &str) -> lede::analysis::Quote {
    let page = format!("<html><head><title>Test</title></head><body><article><h1>Test</h1>{LEAD}{body}</article></body></html>");
    let a = analyze(&html::parse(&page), &Options::default()).expect("an article");
    a.quotes.into_iter().find(|q| q.text == text).unwrap_or_else(|| panic!("{text} not found in {body}"))
}

/// (speaker, unnamed speaker) of the quote `text`.
fn who(body: &str, text: &str) -> (Option<String>, Option<String>) {
    let q = quote(body, text);
    (q.speaker, q.unnamed_speaker)
}

#[test]
fn an_unnamed_speaker_is_described_as_the_article_describes_them() {
    let described = |body: &str, text: &str| who(body, text).1;
    assert_eq!(described("<p>“She is too far behind,” said an Iowa Democrat.</p>", "She is too far behind,").as_deref(), Some("an Iowa Democrat"));
    assert_eq!(
        described("<p>“The talks are over,” said a senior administration official who spoke on condition of anonymity.</p>", "The talks are over,").as_deref(),
        Some("a senior administration official")
    );
    assert_eq!(described("<p>“We were never told,” campaign aides said on Monday.</p>", "We were never told,").as_deref(), Some("campaign aides"));
    assert_eq!(described("<p>“It will pass,” one Democratic source on the panel said.</p>", "It will pass,").as_deref(), Some("one Democratic source on the panel"));
    // Sources "familiar with" or "briefed on" something: the noun before what qualifies it.
    assert_eq!(described("<p>“We are looking at every option,” said one source familiar with the talks.</p>", "We are looking at every option,").as_deref(), Some("one source familiar with the talks"));
    assert_eq!(
        who("<p>The company will cut 500 jobs in its European offices, according to people familiar with the plans.</p>", "The company will cut 500 jobs in its European offices").1.as_deref(),
        Some("people familiar with the plans")
    );
    // A trade or role after "a" or "one" is someone unnamed ("the nurse" is whom the article named),
    // also before a relative clause that makes the phrase long.
    assert_eq!(described("<p>“We are exhausted every night,” said a nurse who works nights.</p>", "We are exhausted every night,").as_deref(), Some("a nurse"));
    assert_eq!(described("<p>“Nobody came,” one witness told the BBC.</p>", "Nobody came,").as_deref(), Some("one witness"));
    assert_eq!(
        who("<p>A nurse who works the night shift said the unit had been short of staff for months.</p>", "the unit had been short of staff for months"),
        (None, Some("a nurse".into()))
    );
    // A named speaker has no description; a pronoun with nobody to refer to, none either.
    assert_eq!(who("<p>“It will pass,” said Jane Doe, a senior official.</p>", "It will pass,"), (Some("Jane Doe".into()), None));
    assert_eq!(described("<p>“It will pass,” he said.</p>", "It will pass,"), None);
    // Not a description of a speaker: a clause, or a thing that does not speak.
    assert_eq!(described("<p>“It will pass,” the main barrier has been black voters, many said.</p>", "It will pass,").filter(|d| d.contains("barrier")), None);
}

#[test]
fn a_spokesperson_for_a_person_is_someone_unnamed_but_one_for_an_organisation_speaks_as_it() {
    let body = "<p>Sen. Karen Holt has opposed the bill since March.</p>\
        <p>A spokesman for Senator Karen Holt said the bill was “dead on arrival.”</p>\
        <p>A spokeswoman for Hillary Clinton says neither the nominee nor her campaign helped the donor.</p>\
        <p>A spokeswoman for Meridian Connect said the airline had found no cracks in its fleet.</p>";
    assert_eq!(who(body, "dead on arrival."), (None, Some("a spokesman for Senator Karen Holt".into())));
    assert_eq!(who(body, "neither the nominee nor her campaign helped the donor"), (None, Some("a spokeswoman for Hillary Clinton".into())));
    assert_eq!(who(body, "the airline had found no cracks in its fleet").0.as_deref(), Some("Meridian Connect"));
    // However long the title and name of the person spoken for.
    let body = "<p>In a statement, a spokeswoman for Federal Employment Minister Kate Lindgren said the government had “zero tolerance” for wage theft.</p>";
    assert_eq!(who(body, "zero tolerance"), (None, Some("a spokeswoman for Federal Employment Minister Kate Lindgren".into())));
}

#[test]
fn the_regional_office_names_the_one_holder_the_article_titled() {
    let body = "<p>Sen. Marco Rubio spoke to voters on Tuesday about the national debt, which he has called a threat to the economy.</p>\
        <p>Gov. Rick Scott also attended the event, which drew more than 500 people to the fair grounds.</p>\
        <p>“We need to get serious about spending,” the Florida senator said.</p>\
        <p>“It was a great crowd,” said the governor, who has not endorsed anyone.</p>\
        <p>“I am undecided,” said one district leader.</p>";
    assert_eq!(who(body, "We need to get serious about spending,"), (Some("Marco Rubio".into()), None));
    assert_eq!(who(body, "It was a great crowd,"), (Some("Rick Scott".into()), None));
    assert_eq!(who(body, "I am undecided,"), (None, Some("one district leader".into())));
}

#[test]
fn the_copied_summary_names_unnamed_speakers_as_described() {
    let page = format!(
        "<html><head><title>Test</title></head><body><article><h1>Test</h1>{LEAD}<p>“She is too far behind,” said an Iowa Democrat.</p><p>“We will win,” said Jane Doe, the campaign manager.</p></article></body></html>"
    );
    let a = analyze(&html::parse(&page), &Options::default()).expect("an article");
    assert_eq!(lede::clipboard::quoted_counts(&a), "Jane Doe ×1, not named ×1");
    assert!(a.clipboard.markdown.contains("> “She is too far behind,”\n> — an Iowa Democrat\n"), "{}", a.clipboard.markdown);
}

#[test]
fn plural_and_compound_titles_are_not_names() {
    assert_eq!(speaker_of("<p>“It is a disaster,” said White House Chief of Staff Katie Walsh.</p>", "It is a disaster,").as_deref(), Some("Katie Walsh"));
    assert_eq!(speaker_of("<p>“That would be a false reason,” said Sens. Robert Menendez, a Democrat.</p>", "That would be a false reason,").as_deref(), Some("Robert Menendez"));
}

#[test]
fn a_name_then_a_verb_the_lexicon_lacks_closes_the_attribution() {
    let body = "<p>Soon after, Jane Doe asserted that the city had lost its way: “The city is no longer itself,” she claimed. “The city will always be itself,” an angry Tom Brown retaliated.</p>";
    assert_eq!(speaker_of(body, "The city will always be itself,").as_deref(), Some("Tom Brown"));
    assert_eq!(speaker_of(body, "The city is no longer itself,").as_deref(), Some("Jane Doe"));
}

#[test]
fn an_unnamed_speaker_goes_on_in_their_paragraph_and_ends_the_named_speakers_run() {
    let body = "<p>“You won’t be getting anything close to what you paid for,” one user complained. “He sells 65% not 95%.”</p>";
    assert_eq!(who(body, "He sells 65% not 95%."), (None, Some("one user".into())));
    // A quotation-only paragraph after someone unnamed is not the earlier named speaker's.
    let body = "<p>“We will win this state,” said Jane Doe, the campaign manager.</p>\
        <p>“She is too far behind,” said an Iowa Democrat.</p>\
        <p>“Nobody can catch up with these numbers now.”</p>";
    assert_eq!(who(body, "Nobody can catch up with these numbers now.").0, None);
}

#[test]
fn a_pronoun_in_a_caption_is_whom_the_caption_names_or_nobody() {
    let body = "<p>Judge Kathaleen McCormick wrote that the board had failed to show the package was fair.</p>\
        <figure><img src=\"a.jpg\"><figcaption>Elon Musk at an event in Paris in June. “I love France,” he said at the time.</figcaption></figure>\
        <figure><img src=\"b.jpg\"><figcaption>The courthouse in Wilmington. “It is over,” he said.</figcaption></figure>";
    assert_eq!(speaker_of(body, "I love France,").as_deref(), Some("Elon Musk"));
    assert_eq!(speaker_of(body, "It is over,"), None);
}

#[test]
fn a_straight_quotation_left_open_goes_on_in_the_next_paragraph() {
    let body = "<p>But Kit Malthouse said the plan was \"building on sand\". He told the Guardian: \"There is no plan for the infrastructure. None at all.</p>\
        <p>\"Councils have been left to pick up the pieces, and they simply do not have the money.\"</p>\
        <p>Follow Ann Lee on Twitter @annlee.</p>";
    let q = quotes(body);
    assert!(q.contains(&("direct".into(), Some("Kit Malthouse".into()), "There is no plan for the infrastructure. None at all.".into())), "{q:?}");
    assert_eq!(speaker_of(body, "Councils have been left to pick up the pieces, and they simply do not have the money.").as_deref(), Some("Kit Malthouse"));
    // A paragraph opening with a straight mark it leaves open is an excerpt or a typo: nothing runs on from it.
    let body = "<p>\"WALLACE: Let us start with the news of the day, which is the debate and what both campaigns expect from it.</p><p>\"PENCE: Well, look, it is an honour to be here.</p>";
    assert!(quotes(body).iter().all(|q| !q.2.starts_with("WALLACE")), "{:?}", quotes(body));
}

#[test]
fn a_reporting_noun_after_a_preposition_reports_nobody() {
    let body = "<p>Ministers are facing a backlash from their own MPs over plans to build 1.5m homes in the next five years.</p>";
    assert!(quotes(body).iter().all(|q| q.0 != "indirect"), "{:?}", quotes(body));
    // A gerund there is still a verb: "took the step of announcing that …".
    let body = "<p>Attorney General Loretta Lynch took the official last step Wednesday of announcing that the Justice Department would not prosecute Clinton.</p>";
    assert!(quotes(body).iter().any(|q| q.0 == "indirect" && q.2.starts_with("the Justice Department would not")), "{:?}", quotes(body));
}

#[test]
fn the_spokesperson_later_speaks_for_whom_the_last_one_did() {
    let body = "<p>A Downing Street spokesperson said: “We are confident the targets will be met.”</p>\
        <p>Asked whether the prime minister still backed her, the spokesperson added: “Absolutely.”</p>";
    assert_eq!(speaker_of(body, "Absolutely.").as_deref(), Some("Downing Street"));
    // With nobody spoken for before, the spokesperson is unnamed, as written.
    assert_eq!(who("<p>“Absolutely,” the spokesperson added.</p>", "Absolutely,"), (None, Some("the spokesperson".into())));
}

#[test]
fn a_party_and_state_or_a_team_before_a_title_are_nobody() {
    let body = "<p>Rep. Jim Jordan, R-Ohio, the chairman of the Judiciary Committee, argued that the bill was unconstitutional.</p>";
    assert_eq!(speaker_of(body, "the bill was unconstitutional").as_deref(), Some("Jim Jordan"));
    // "Arsenal manager Mikel Arteta" is "the Arsenal manager" later, even where another paragraph opens it.
    let body = "<p>Arsenal manager Mikel Arteta praised the youngsters after the match.</p>\
        <p>The club had a busy week. The Arsenal manager said on Friday that the club would rest several players.</p>";
    assert_eq!(speaker_of(body, "the club would rest several players").as_deref(), Some("Mikel Arteta"));
    // A title nobody in the article holds is not the team it belongs to.
    let body = "<p>The club had a busy week. The Chelsea manager said on Friday that the club would rest several players.</p>";
    assert_eq!(speaker_of(body, "the club would rest several players"), None, "{:?}", quotes(body));
}

#[test]
fn a_group_a_name_qualifies_is_the_group_not_the_name() {
    let body = "<p>Donald Trump spoke on Monday in Ohio about the economy and jobs in the region.</p>\
        <p>Trump aides said the rally would go ahead despite the storm warnings issued on Sunday.</p>\
        <p>Immigrant advocates said the rule would violate obligations under international law.</p>";
    assert_eq!(speaker_of(body, "the rally would go ahead despite the storm warnings issued on Sunday").as_deref(), Some("Trump aides"));
    assert_eq!(speaker_of(body, "the rule would violate obligations under international law").as_deref(), Some("Immigrant advocates"));
    // Without a name it is someone unnamed.
    let body = "<p>Donald Trump spoke on Monday in Ohio.</p><p>His aides said the rally would go ahead despite the storm warnings.</p>";
    assert_eq!(speaker_of(body, "the rally would go ahead despite the storm warnings"), None);
}

#[test]
fn a_noun_before_a_name_describes_the_person_later() {
    let body = "<p>Strictly Come Dancing star Amy Dowden has revealed her heartbreak over the death of her father.</p>\
        <p>The star told the paper: ‘He never missed a show, not one of them.’</p>";
    assert_eq!(speaker_of(body, "He never missed a show, not one of them.").as_deref(), Some("Amy Dowden"));
    // Not where a verb follows the name ("the network Vladimir Putin formed"), nor for someone indefinite.
    let body = "<p>Part of the network Vladimir Putin formed a few years ago, the channel has grown fast.</p>\
        <p>The network said that it would send a reporter to Crimea next week.</p>";
    assert_eq!(speaker_of(body, "it would send a reporter to Crimea next week"), None, "{:?}", quotes(body));
    let body = "<p>The victims included Jean Dupont, a teacher, and his friend Pierre Martin, a retired pilot.</p>\
        <p>“He was a man of great quality,” a friend said on Facebook.</p>";
    assert_eq!(speaker_of(body, "He was a man of great quality,"), None, "{:?}", quotes(body));
}

#[test]
fn a_description_without_a_title_is_whom_the_paragraph_is_on() {
    let body = "<p>Film star Arturo Castro spoke about his early career in Guatemala last year.</p>\
        <p>Salma Hayek said she had faced discrimination. The star then recalled that a cinema had turned her friend away.</p>";
    assert_eq!(speaker_of(body, "a cinema had turned her friend away"), None, "{:?}", quotes(body));
    let body = "<p>Film star Arturo Castro spoke about his early career in Guatemala last year.</p>        <p>The star then recalled that a cinema had turned his friend away.</p>";
    assert_eq!(speaker_of(body, "a cinema had turned his friend away").as_deref(), Some("Arturo Castro"));
}

#[test]
fn a_description_with_an_age_is_whoever_the_article_gave_that_age() {
    let body = "<p>Strictly Come Dancing star Amy Dowden, 34, has revealed her heartbreak over the death of her father.</p>\
        <p>Her partner Ben Jones, 36, was not there.</p>\
        <p>The professional dancer, 34, told MailOnline: ‘Every time I step on that floor I think of him.’</p>";
    assert_eq!(speaker_of(body, "Every time I step on that floor I think of him.").as_deref(), Some("Amy Dowden"));
}

#[test]
fn japanese_speakers_are_the_topic_before_the_quotation_and_the_verb_follows_it() {
    let body = "<p>石破首相は3日、総合経済対策の規模について、財政支出で20兆円を超えるとの考えを明らかにしました。</p>\
        <p>石破首相は記者団に対し「国民の皆様の暮らしを守るため、万全の対策を講じたい」と述べました。</p>\
        <p>また、「物価高に負けない賃上げを実現することが何より重要だ」と強調しました。</p>\
        <p>これに対し、立憲民主党の野田代表は「規模ありきで中身が伴っていない」と批判しました。</p>";
    let q: Vec<(Option<String>, String)> = quotes(body).into_iter().map(|q| (q.1, q.2)).collect();
    let expected = [
        (Some("石破".to_string()), "国民の皆様の暮らしを守るため、万全の対策を講じたい".to_string()),
        // (No subject: whoever spoke before.)
        (Some("石破".to_string()), "物価高に負けない賃上げを実現することが何より重要だ".to_string()),
        (Some("野田".to_string()), "規模ありきで中身が伴っていない".to_string()),
    ];
    assert_eq!(q, expected);
}

#[test]
fn speech_set_off_by_dashes_is_a_quotation() {
    let body = "<p>La vicepresidenta habló en los pasillos del Congreso tras la sesión de control del miércoles.</p>\
        <p>—No vamos a dar ni un paso atrás —dijo la vicepresidenta primera, María Jesús Montero, a los periodistas.</p>\
        <p>— Non ci fermeremo davanti a nessuno — ha detto la premier Giorgia Meloni ai cronisti.</p>\
        <p>— Maria Alvarez, UN climate envoy</p>";
    let q: Vec<_> = quotes(body).into_iter().filter(|q| q.0 != "indirect").collect();
    let expected = [
        ("direct".to_string(), Some("María Jesús Montero".to_string()), "No vamos a dar ni un paso atrás".to_string()),
        ("direct".to_string(), Some("Giorgia Meloni".to_string()), "Non ci fermeremo davanti a nessuno".to_string()),
    ];
    assert_eq!(q, expected);
    // The speech goes on after the dash that closes the attribution.
    let body = "<p>Rosa Castiñeiras lleva 30 años en la fábrica.</p>\
        <p>—A mi edad, ¿quién me va a contratar? —responde—. Me quedan seis años para la jubilación.</p>\
        <p>—No es un cierre —afirma Xosé Manuel Piñeiro, delegado de la CIG en el comité de empresa—. Las máquinas ya están embaladas.</p>";
    assert_eq!(speaker_of(body, "A mi edad, ¿quién me va a contratar?").as_deref(), Some("Rosa Castiñeiras"));
    assert_eq!(speaker_of(body, "Me quedan seis años para la jubilación.").as_deref(), Some("Rosa Castiñeiras"));
    assert_eq!(speaker_of(body, "Las máquinas ya están embaladas.").as_deref(), Some("Xosé Manuel Piñeiro"));
}

#[test]
fn russian_titles_and_the_country_after_them_are_no_part_of_the_name() {
    let body = "<p>Президент России Владимир Путин провёл встречу с журналистами в Кремле во вторник.</p>\
        <p>«Мы готовы к переговорам, но только на наших условиях», — сказал Путин журналистам.</p>\
        <p>Пресс-секретарь Кремля Дмитрий Песков заявил, что встреча прошла конструктивно.</p>";
    assert_eq!(speaker_of(body, "Мы готовы к переговорам, но только на наших условиях").as_deref(), Some("Владимир Путин"));
    assert_eq!(speaker_of(body, "встреча прошла конструктивно").as_deref(), Some("Дмитрий Песков"));
}

#[test]
fn indian_english_titles_before_a_name() {
    let body = "<p>Prime Minister Narendra Modi on Monday accused the opposition of blocking the bill for decades.</p>\
        <p>\"For years, they only made speeches. We passed the law,\" PM Modi said while addressing a rally in Jaipur.</p>";
    assert_eq!(speaker_of(body, "For years, they only made speeches. We passed the law,").as_deref(), Some("Narendra Modi"));
}

#[test]
fn a_campaign_or_administration_a_name_qualifies_is_the_body_not_the_person() {
    let body = "<p>Hillary Clinton spoke in Ohio on Monday about jobs and trade policy in the region.</p>\
        <p>The Clinton campaign said it would spend millions on ads in the state before the primary.</p>\
        <p>Barack Obama spoke in Ohio on Monday.</p>\
        <p>The Obama administration said it would appeal the ruling to the Supreme Court next week.</p>";
    assert_eq!(speaker_of(body, "it would spend millions on ads in the state before the primary").as_deref(), Some("Clinton campaign"));
    assert_eq!(speaker_of(body, "it would appeal the ruling to the Supreme Court next week").as_deref(), Some("Obama administration"));
}

#[test]
fn a_straight_quotation_over_three_paragraphs_keeps_its_middle_one() {
    let body = "<p>Prime Minister Anthony Albanese said the law was overdue.</p>\
        <p>\"We have listened to parents across the country, and this law is the result of that,\" Mr Albanese said. \"It will not be perfect.</p>\
        <p>\"Parents are worried sick about what their kids are seeing online, and they have told us loud and clear that they want this to change.</p>\
        <p>\"We will keep working with the platforms to get it right.\"</p>";
    let q = quotes(body);
    let middle = "Parents are worried sick about what their kids are seeing online, and they have told us loud and clear that they want this to change.";
    assert!(q.contains(&("direct".into(), Some("Anthony Albanese".into()), middle.into())), "{q:?}");
    assert!(!q.iter().any(|q| q.0 == "indirect" && q.2.starts_with("they want")), "{q:?}");
}

#[test]
fn an_office_named_by_its_holder_is_one_organisation() {
    let body = "<p>\"The suspect was armed,\" the Harris County Sheriff's Office said.</p>\
        <p>The Prime Minister’s Office said in a statement: \"The cabinet will meet tonight to decide.\"</p>\
        <p>\"The prime minister has full confidence in the health secretary,\" a No 10 spokesperson said.</p>";
    assert_eq!(speaker_of(body, "The suspect was armed,").as_deref(), Some("Harris County Sheriff's Office"));
    assert_eq!(speaker_of(body, "The cabinet will meet tonight to decide.").as_deref(), Some("Prime Minister’s Office"));
    assert_eq!(speaker_of(body, "The prime minister has full confidence in the health secretary,").as_deref(), Some("No 10"));
}

#[test]
fn titles_before_a_name_are_no_part_of_it() {
    let body = "<p>\"If the airplane is at the gate,\" FAA Administrator Mike Whitaker told reporters, \"it is safe to fly.\"</p>\
        <p>\"We are taking this action out of caution,\" the FAA said in a statement.</p>\
        <p>Assistant Chief Constable Mark Kenyon said: \"Our thoughts are with the family at this difficult time.\"</p>\
        <p>Pensioner Gwyneth Rees, 78, told Sky News: \"I have never seen waves like it in my life.\"</p>";
    assert_eq!(speaker_of(body, "If the airplane is at the gate,").as_deref(), Some("Mike Whitaker"));
    assert_eq!(speaker_of(body, "We are taking this action out of caution,").as_deref(), Some("FAA"));
    assert_eq!(speaker_of(body, "Our thoughts are with the family at this difficult time.").as_deref(), Some("Mark Kenyon"));
    assert_eq!(speaker_of(body, "I have never seen waves like it in my life.").as_deref(), Some("Gwyneth Rees"));
}

#[test]
fn a_quantity_added_is_no_speech() {
    let body = "<p>Applied Materials gained 3.1%, while Lam Research added 2.4% and KLA Corp rose 1.9% in late trading.</p>\
        <p>The economy added 227,000 jobs in November as hiring rebounded after the storms.</p>\
        <p>Police said 10 people were killed in the attack on the market.</p>";
    let q = quotes(body);
    assert_eq!(q.iter().map(|q| q.1.as_deref()).collect::<Vec<_>>(), [Some("Police")], "{q:?}");
}

#[test]
fn a_german_speaker_after_the_verb_ends_where_the_listener_or_an_adverbial_begins() {
    let page = "<html lang=\"de\"><head><title>T</title></head><body><article><h1>Tarifstreit bei Volkswagen</h1>\
        <p>Die Gespräche zwischen Volkswagen und der IG Metall sind am Montag ohne Ergebnis zu Ende gegangen. Thorsten Gröger und Daniela Cavallo kündigten Warnstreiks an.</p>\
        <p>„Das Angebot ist eine Provokation“, sagte IG-Metall-Verhandlungsführer Thorsten Gröger nach dem Ende der Gespräche.</p>\
        <p>„Wir werden um jeden Arbeitsplatz kämpfen“, sagte die 49-jährige Daniela Cavallo vor Beschäftigten in Wolfsburg.</p>\
        <p>Ministerpräsident Stephan Weil äußerte sich ebenfalls. „Werksschließungen darf es nicht geben“, sagte Weil dem Norddeutschen Rundfunk.</p>\
        <p>„Wir sind bereit“, sagte Ursula von der Leyen am Montag in Brüssel.</p></article></body></html>";
    let names = ["Thorsten Gröger", "Daniela Cavallo", "Stephan Weil", "Ursula von der Leyen"];
    assert_eq!(speakers_of(page), names.map(|n| Some(n.to_string())), "{:?}", page_quotes(page));
}

#[test]
fn a_description_or_pronoun_is_nobody_the_article_names_only_later() {
    let body = "<p>A senior Israeli official, speaking on condition of anonymity, said the deal was almost complete but warned that Hamas had backed away before.</p>\
        <p>\"We have been here before,\" the official said.</p>\
        <p>Hamas official Osama Hamdan told Al Jazeera that the group had \"shown maximum flexibility,\" and blamed any delay on Israel.</p>\
        <p>Sky weather presenter Kirsty McCabe says the worst of the winds have now passed Wales but are moving across northern England.</p>\
        <p>\"We are still looking at gusts of 70 to 80mph across the Pennines,\" she said.</p>\
        <p>Natural Resources Wales has 17 warnings in place, including along the River Wye.</p>";
    assert_ne!(speaker_of(body, "We have been here before,").as_deref(), Some("Osama Hamdan"));
    assert_eq!(speaker_of(body, "We are still looking at gusts of 70 to 80mph across the Pennines,").as_deref(), Some("Kirsty McCabe"));
}

#[test]
fn an_appositive_names_the_speaker_after_its_description() {
    let body = "<p>In a separate statement, the head of Hamas's Gaza political bureau, Khalil al-Hayya, said: \"We are ready for a deal that ends the war.\"</p>\
        <p>His attorney, public defender Devon Marsh, said the order was \"a game of whack-a-mole\" that would not help anyone.</p>\
        <p>The mayor, a veteran of Boston, said: \"We will fix it.\"</p>";
    assert_eq!(speaker_of(body, "We are ready for a deal that ends the war.").as_deref(), Some("Khalil al-Hayya"));
    assert_eq!(speaker_of(body, "a game of whack-a-mole").as_deref(), Some("Devon Marsh"));
    assert_eq!(speaker_of(body, "We will fix it."), None);
}

#[test]
fn with_gives_a_participle_its_subject() {
    let body = "<p>The National Farmers’ Union called the plan a betrayal, with its president, Tom Bradshaw, saying ministers had \"shown no willingness whatsoever\" to listen.</p>\
        <p>Jane Roe cut jobs on Monday, with the market collapsing, saying she had \"no choice\" in the matter.</p>\
        <p>\"We will not back down,\" the National Farmers’ Union said.</p>";
    assert_eq!(speaker_of(body, "shown no willingness whatsoever").as_deref(), Some("Tom Bradshaw"));
    assert_eq!(speaker_of(body, "no choice").as_deref(), Some("Jane Roe"));
    assert_eq!(speaker_of(body, "We will not back down,").as_deref(), Some("National Farmers’ Union"));
}

#[test]
fn an_office_after_of_is_a_title() {
    let body = "<p>Opening the debate on Friday, Leader of the Opposition Rahul Gandhi alleged that the government wanted to weaken the Constitution.</p>";
    assert_eq!(quotes(body).first().and_then(|q| q.1.clone()).as_deref(), Some("Rahul Gandhi"));
}

#[test]
fn a_group_including_someone_is_the_group() {
    let body = "<p>Several candidates, including Donald Trump, said the United States should refuse to take more refugees from the region.</p>\
        <p>Woodrow Benford, 58, who lives outside Minneapolis, says he did not know much about the senator before his campaign began.</p>";
    let q = quotes(body);
    let speaker = |start: &str| q.iter().find(|q| q.2.starts_with(start)).unwrap_or_else(|| panic!("{start}: {q:?}")).1.clone();
    assert_ne!(speaker("the United States should").as_deref(), Some("Donald Trump"));
    assert_eq!(speaker("he did not know").as_deref(), Some("Woodrow Benford"));
}

#[test]
fn a_french_incise_inside_the_guillemets_says_who_speaks() {
    let page = "<html lang=\"fr\"><head><title>T</title></head><body><article><h1>Les maires face à la loi</h1>\
        <p>Le maire de la commune, Philippe Rousseau, a été condamné mardi par le tribunal correctionnel de Lyon. Nathalie Guérin, son adjointe, a témoigné.</p>\
        <p>« Les petites communes n’ont pas les moyens juridiques des grandes villes, estime Paul Cassia, professeur de droit public. Cela n’excuse rien, mais cela explique beaucoup. »</p>\
        <p>« Il m’a répondu que tout était en règle, a-t-elle raconté devant le tribunal. Je l’ai cru. »</p>\
        <p>« Nous ferons appel », a confié Mme Guérin au Monde.</p></article></body></html>";
    let q = page_quotes(page);
    let expected = [
        ("Paul Cassia", "Les petites communes n’ont pas les moyens juridiques des grandes villes"),
        ("Paul Cassia", "Cela n’excuse rien, mais cela explique beaucoup."),
        ("Nathalie Guérin", "Il m’a répondu que tout était en règle"),
        ("Nathalie Guérin", "Je l’ai cru."),
        ("Nathalie Guérin", "Nous ferons appel"),
    ];
    assert_eq!(q, expected.map(|(s, t)| (Some(s.to_string()), t.to_string())), "{q:?}");
}

#[test]
fn anonymous_sources_are_described_and_their_terms_are_no_speech() {
    let body = "<p>\"There will be a lot of interest,\" said a banker who has advised on beauty deals and who asked not to be named.</p>\
        <p>A sale could fetch about $6 billion, one of the people said, asking not to be identified because the deliberations are private.</p>\
        <p>One backbencher said: \"We are getting it in the neck from every side.\"</p>";
    assert_eq!(who(body, "There will be a lot of interest,").1.as_deref(), Some("a banker"));
    assert_eq!(who(body, "A sale could fetch about $6 billion").1.as_deref(), Some("one of the people"));
    assert_eq!(who(body, "We are getting it in the neck from every side.").1.as_deref(), Some("one backbencher"));
    assert!(!quotes(body).iter().any(|q| q.2.contains("not to be identified")), "{:?}", quotes(body));
}

#[test]
fn a_title_and_a_so_called_phrase_are_nobodys_words() {
    let body = "<p>Replying to the two-day special discussion on the “Glorious Journey of 75 Years of the Constitution of India” in the Lok Sabha, Mr. Modi said the Emergency was a dark chapter.</p>\
        <p>Analysts at Jefferies wrote in a note that the expansion of the so-called \"foreign direct product rule,\" which lets Washington control foreign-made goods, was significant.</p>";
    let q = quotes(body);
    assert!(!q.iter().any(|q| q.2.starts_with("Glorious") || q.2.starts_with("foreign direct")), "{q:?}");
}

#[test]
fn a_quotation_s_own_words_never_name_the_next_one_s_speaker() {
    // Spanish puts the speaker after the verb: “A”, explicó X, “B”.
    let body = "<p>“Nosotros también queremos más vivienda”, explicó Almansa, “pero lo que hace el Gobierno es otra cosa”.</p>\
        <p>«È l’ennesimo provvedimento contro chi lavora», ha attaccato il capogruppo, Carlo Maria Fontana.</p>\
        <p>\"We will rebuild,\" said Councilmember Roberto Ceja.</p>";
    assert_eq!(speaker_of(body, "pero lo que hace el Gobierno es otra cosa").as_deref(), Some("Almansa"));
    assert_eq!(speaker_of(body, "È l’ennesimo provvedimento contro chi lavora").as_deref(), Some("Carlo Maria Fontana"));
    assert_eq!(speaker_of(body, "We will rebuild,").as_deref(), Some("Roberto Ceja"));
}

#[test]
fn speech_reported_with_que_or_che_is_indirect_speech() {
    let body = "<p>El Partido Popular ha anunciado que recurrirá el decreto ante el Tribunal Constitucional si sale adelante.</p>\
        <p>Rodríguez defendió que la ley protege a los inquilinos más vulnerables del país.</p>\
        <p>Stoppani ha spiegato che la misura non cambierà nulla per i tassisti della città.</p>";
    let q = quotes(body);
    for (who, start) in [("El Partido Popular", "recurrirá el decreto"), ("Rodríguez", "la ley protege"), ("Stoppani", "la misura non")] {
        assert!(q.iter().any(|q| q.0 == "indirect" && q.1.as_deref() == Some(who) && q.2.starts_with(start)), "{who}: {q:?}");
    }
}

#[test]
fn a_nationality_describes_the_person_it_was_given_to() {
    let body = "<p>Estonian Prime Minister Kaja Kallas arrived in Brussels on Monday for the summit.</p>\
        <p>“Ukraine does not need our sympathy,” the former Estonian prime minister told reporters.</p>\
        <p>“We will not wait,” the Estonian said.</p>";
    assert_eq!(speaker_of(body, "Ukraine does not need our sympathy,").as_deref(), Some("Kaja Kallas"));
    assert_eq!(speaker_of(body, "We will not wait,").as_deref(), Some("Kaja Kallas"));
}

#[test]
fn a_participle_after_a_statement_speaks_for_whoever_issued_it() {
    let body = "<p>Senator Jane Smith released a joint statement calling the ruling “a travesty of justice.”</p>\
        <p>The company issued a statement describing the report as “deeply flawed and misleading.”</p>\
        <p>Mayor Tom Reyes posted a video on Facebook saying, “We will rebuild every home.”</p>";
    assert_eq!(speaker_of(body, "a travesty of justice.").as_deref(), Some("Jane Smith"));
    assert_eq!(speaker_of(body, "deeply flawed and misleading.").as_deref(), Some("The company"));
    assert_eq!(speaker_of(body, "We will rebuild every home.").as_deref(), Some("Tom Reyes"));
}

#[test]
fn the_second_part_of_an_interrupted_sentence_is_direct_too() {
    let body = "<p>“It is too early to say,” Dana Kessler said, “but the fracture surface has features we have seen before.”</p>\
        <p>Critics called the plan “a disaster,” she said, “and a waste.”</p>";
    let q = quotes(body);
    let kind = |text: &str| q.iter().find(|q| q.2 == text).map(|q| q.0.clone());
    assert_eq!(kind("but the fracture surface has features we have seen before.").as_deref(), Some("direct"));
    assert_eq!(kind("and a waste.").as_deref(), Some("partial"));
}

#[test]
fn he_and_she_are_the_subject_of_the_sentence_not_a_place_a_listener_or_a_reported_name() {
    let body = "<p>Gary Whitaker still drives past Maple Crest most days.</p>\
        <p>“I used to think, that is where my mom is,” he said.</p>\
        <p>Joanne Pryce told the BBC she had called 999 four times.</p>\
        <p>“Every time they said someone was coming,” she said.</p>\
        <p>Ben Carson turned the story back on the Post, pointing out that the paper’s Robert Costa had reported in June that the campaign was coming apart.</p>\
        <p>“A leopard doesn’t change its spots,” he said.</p>";
    assert_eq!(speaker_of(body, "I used to think, that is where my mom is,").as_deref(), Some("Gary Whitaker"));
    assert_eq!(speaker_of(body, "Every time they said someone was coming,").as_deref(), Some("Joanne Pryce"));
    assert_eq!(speaker_of(body, "A leopard doesn’t change its spots,").as_deref(), Some("Ben Carson"));
}

#[test]
fn she_after_an_unnamed_spokeswoman_is_not_the_company_named_before() {
    let body = "<p>The engine’s maker, Halvorsen Aero Engines, said in a statement that it was cooperating.</p>\
        <p>A spokeswoman for Meridian Connect said the airline had inspected 11 of its jets.</p>\
        <p>“Safety will always come before our schedule,” she said.</p>";
    assert_ne!(speaker_of(body, "Safety will always come before our schedule,").as_deref(), Some("Halvorsen Aero Engines"));
}

#[test]
fn a_title_may_open_with_acting_or_outgoing() {
    let body = "<p>“We are not going to wait for the final report to act,” acting FAA Administrator Laura Whitcomb said in a statement.</p>\
        <p>“It is over,” outgoing chief executive Tom Banks told staff.</p>";
    assert_eq!(speaker_of(body, "We are not going to wait for the final report to act,").as_deref(), Some("Laura Whitcomb"));
    assert_eq!(speaker_of(body, "It is over,").as_deref(), Some("Tom Banks"));
}

#[test]
fn that_may_stand_past_a_listener_and_adverbials() {
    let body = "<p>Board Chair Dana Kessler told reporters at a briefing in Denver on Tuesday that investigators had recovered most of a fan blade.</p>\
        <p>Obama spoke at the White House on Tuesday about rights that had been denied victims of other mass shootings.</p>";
    let q = quotes(body);
    assert!(q.iter().any(|q| q.0 == "indirect" && q.1.as_deref() == Some("Dana Kessler") && q.2 == "investigators had recovered most of a fan blade"), "{q:?}");
    assert!(!q.iter().any(|q| q.2.starts_with("had been denied")), "{q:?}");
}

#[test]
fn dutch_and_portuguese_pronouns_after_the_verb_are_the_speaker_not_the_place_after_them() {
    let body = "<p>Minister Joost Meijer reageerde dinsdag op de plannen van de spoorwegen.</p>\
        <p>\"De trein is geen luxeproduct\", zei hij vanmiddag in Den Haag.</p>\
        <p>O ministro Fernando Haddad falou com jornalistas na segunda-feira.</p>\
        <p>“O governo está cortando investimento”, disse ele em Brasília.</p>";
    assert_eq!(speaker_of(body, "De trein is geen luxeproduct").as_deref(), Some("Joost Meijer"));
    assert_eq!(speaker_of(body, "O governo está cortando investimento").as_deref(), Some("Fernando Haddad"));
}

#[test]
fn a_pull_quote_repeating_a_quotation_is_its_speakers() {
    let body = "<figure class=\"pullquote\"><blockquote><p>“Nobody here has ever been told the truth about money.”</p></blockquote></figure>\
        <p>“They kept telling us they were short-staffed,” said Gary Whitaker, a retired machinist. “But somebody was making decisions. Somebody decided that was enough people.”</p>\
        <p>The company did not respond to questions about staffing at the home, which inspectors have cited repeatedly since 2019.</p>\
        <p>Its filings show the rent it pays rose every year.</p>\
        <figure class=\"pullquote\"><blockquote><p>“Somebody decided that was enough people.”</p></blockquote></figure>";
    assert_eq!(speaker_of(body, "Somebody decided that was enough people.").as_deref(), Some("Gary Whitaker"));
    // Words said nowhere else stay nobody's.
    assert_eq!(speaker_of(body, "Nobody here has ever been told the truth about money."), None);
    // A pull quote after someone else's paragraph of quotations is still the words' speaker's, its
    // first letter a capital where the body's sentence had none.
    let body = "<p>“What we learned pretty fast is that a ban is only as good as your ability to enforce it,” said Marisol Ocampo, the superintendent.</p>\
        <p>“We think of ourselves as a tutoring company,” said Tyler Vance, the company's chief executive.</p>\
        <div class=\"pullquote\"><p>“A ban is only as good as your ability to enforce it.”</p></div>";
    assert_eq!(speaker_of(body, "A ban is only as good as your ability to enforce it.").as_deref(), Some("Marisol Ocampo"));
}

#[test]
fn an_adverb_after_a_relative_clause_or_an_appositive_stands_between_the_speaker_and_the_cue() {
    let body = "<p>Board member Glen Ostrander, who voted against the contract last June, still calls it “a very expensive experiment on other people’s children.”</p>\
        <p>Rosa Lindgren, a parent of two, now says the plan was “rushed from the start.”</p>";
    assert_eq!(speaker_of(body, "a very expensive experiment on other people’s children.").as_deref(), Some("Glen Ostrander"));
    assert_eq!(speaker_of(body, "rushed from the start.").as_deref(), Some("Rosa Lindgren"));
}

#[test]
fn a_quoted_title_before_which_is_what_the_relative_clause_is_about_not_speech() {
    let body = "<p>Ruth Ann Sorensen edited the paper for 41 years.</p>\
        <p>For most of that time she also wrote a weekly column, “Along Main Street,” which she describes as “gossip with a conscience.”</p>";
    let q = quotes(body);
    assert!(!q.iter().any(|q| q.2.starts_with("Along Main Street")), "{q:?}");
}

#[test]
fn it_and_they_stand_for_an_organisation_of_the_same_or_the_last_paragraph_only() {
    let body = "<p>The Humane Society of the United States filed a complaint about the farm in March.</p>\
        <p>Officials at the farm declined to comment on the complaint when reached by phone on Monday afternoon.</p>\
        <p>The hearing lasted three hours, and dozens of residents from both towns spoke during it.</p>\
        <p>Uber has been defending its pricing for weeks. It has promised the state that it will cap its surge prices.</p>\
        <p>The Sierra Club published a report on the plant. They said the company had hidden the leak for years.</p>";
    let q = quotes(body);
    let said = |t: &str| q.iter().find(|q| q.2.starts_with(t)).unwrap_or_else(|| panic!("{t}: {q:?}")).1.clone();
    assert_eq!(said("the state that it will cap"), None);
    assert_eq!(said("the company had hidden").as_deref(), Some("Sierra Club"));
}

#[test]
fn present_tense_reporting_verbs_report_like_their_past() {
    let body = "<p>Klara Weidner, the housing minister, spoke to the committee for an hour.</p>\
        <p>Weidner concedes that the government underestimated the impact of higher interest rates.</p>\
        <p>Jan-Philipp Krause, a tenants' lawyer, warns the new law is riddled with loopholes for landlords.</p>";
    let q = quotes(body);
    assert!(q.iter().any(|q| q.0 == "indirect" && q.1.as_deref() == Some("Klara Weidner") && q.2 == "the government underestimated the impact of higher interest rates"), "{q:?}");
    assert!(q.iter().any(|q| q.0 == "indirect" && q.1.as_deref() == Some("Jan-Philipp Krause") && q.2 == "the new law is riddled with loopholes for landlords"), "{q:?}");
}

#[test]
fn a_word_opening_the_sentence_is_not_part_of_the_name_after_it() {
    let body = "<p>Beyond Trump's personal finances is the issue of his business empire.</p>\
        <p>Neither John Kasich nor Marco Rubio has won a state so far this year.</p>\
        <p>“It is a total disaster,” Kasich said on Tuesday.</p>";
    assert_eq!(speaker_of(body, "It is a total disaster,").as_deref(), Some("John Kasich"));
}

#[test]
fn a_place_after_the_verb_is_not_its_subject() {
    let body = "<p>Klaus Weidner, the housing minister, spoke in Berlin.</p>\
        <p>Sanders and Trump won a combined 25 million votes, compared with 16 million for Mrs. Clinton.</p>";
    let q = quotes(body);
    assert!(!q.iter().any(|q| q.0 == "indirect"), "{q:?}");
}

#[test]
fn when_it_was_said_and_to_whom_are_not_what() {
    let body = "<p>Governor Anna Whitcomb said on Monday the central bank could afford to keep rates on hold as inflation cools.</p>\
        <p>The city attorney, Jeffrey Ballinger, told the council that similar caps had been upheld by state courts.</p>\
        <p>Police said late last week the hallucinogen had been found in the car.</p>\
        <p>Senator Mark Ruiz told a cheering crowd in Miami that he expects to win the primary.</p>";
    let q = quotes(body);
    for text in ["the central bank could afford to keep rates on hold as inflation cools", "similar caps had been upheld by state courts", "the hallucinogen had been found in the car", "he expects to win the primary"] {
        assert!(q.iter().any(|q| q.0 == "indirect" && q.2 == text), "{text}: {q:?}");
    }
}

#[test]
fn a_short_fragment_far_into_one_reported_clause_is_the_speakers() {
    let body = "<p>Federal Reserve Governor Laura Whitcomb said on Monday the central bank could afford to keep interest rates on hold for “some time” as inflation cools.</p>";
    assert_eq!(speaker_of(body, "some time").as_deref(), Some("Laura Whitcomb"));
}

#[test]
fn scandinavian_speech_runs_from_its_dash_to_the_attribution() {
    let body = "<p>Byrådet i Oslo vil innføre høyere bompenger fra neste år, og det skaper sterke reaksjoner blant bilistene.</p>\
        <p>– Dette er ikke noe vi gjør med glede. Men vi har lovet å kutte utslippene, sier byråd Marte Lien Sandvik (MDG) til Aftenposten.</p>\
        <p>– Vi sier ikke nei til Fornebubanen, sier hun.</p>\
        <p>– Hvorfor skal vi betale mer? spør Tor Erik Dahl (62).</p>\
        <p>– Det här är inget vi gör med glädje, säger kommunalrådet Anna Berg.</p>\
        <p>– The city will build 400 homes next year, officials said.</p>";
    let q = quotes(body);
    let said = |text: &str| q.iter().find(|q| q.2 == text).unwrap_or_else(|| panic!("{text}: {q:?}")).clone();
    assert_eq!(said("Dette er ikke noe vi gjør med glede. Men vi har lovet å kutte utslippene"), ("direct".into(), Some("Marte Lien Sandvik".into()), "Dette er ikke noe vi gjør med glede. Men vi har lovet å kutte utslippene".into()));
    assert_eq!(said("Vi sier ikke nei til Fornebubanen").1.as_deref(), Some("Marte Lien Sandvik"));
    assert_eq!(said("Hvorfor skal vi betale mer?").1.as_deref(), Some("Tor Erik Dahl"));
    assert_eq!(said("Det här är inget vi gör med glädje").1.as_deref(), Some("Anna Berg"));
    // A dash before English is a bullet, not speech.
    assert!(!q.iter().any(|q| q.0 != "indirect" && q.2.contains("400 homes")), "{q:?}");
}

#[test]
fn a_foreign_pronoun_in_capitals_before_a_name_is_the_name() {
    let body = "<p>Yoon Suk Yeol spoke on television on Saturday night.</p>\
        <p>Han Dong-hoon, the leader of the PPP, urged Yoon to step down, telling reporters that it had become “impossible” for him to carry out his duties.</p>\
        <p>Rodrigo Prado também rejeitou a hipótese de alterar o alvo fiscal no projeto da Lei de Diretrizes Orçamentárias de 2026. “Não trabalhamos com a hipótese de mudar a meta”, repetiu.</p>";
    assert_eq!(speaker_of(body, "impossible").as_deref(), Some("Han Dong-hoon"));
    // (A name after "da", Portuguese "of the", is not the subject a bare verb goes on with.)
    assert_eq!(speaker_of(body, "Não trabalhamos com a hipótese de mudar a meta").as_deref(), Some("Rodrigo Prado"));
}

#[test]
fn a_quantifier_opening_the_sentence_is_no_part_of_a_name() {
    let body = "<p>Several rental owners said the cap would hurt local businesses that depend on visitors.</p>\
        <p>“It is all Facebook and Instagram now,” said Jacob Shiansky, a student. Several Twitter users said they had left the site.</p>";
    let q = quotes(body);
    assert!(!q.iter().any(|q| matches!(q.1.as_deref(), Some("Several" | "Several Twitter"))), "{q:?}");
    assert_eq!(speaker_of(body, "It is all Facebook and Instagram now,").as_deref(), Some("Jacob Shiansky"));
}

#[test]
fn an_occupation_before_a_name_is_a_title_not_the_name() {
    let body = "<p>“We were stuck outside the hospital for six hours,” said Paramedic Luke Haines.</p>\
        <p>Pilot Jane Roe said the plane had been checked twice before it left.</p>";
    assert_eq!(speaker_of(body, "We were stuck outside the hospital for six hours,").as_deref(), Some("Luke Haines"));
    assert!(quotes(body).iter().any(|q| q.0 == "indirect" && q.1.as_deref() == Some("Jane Roe")));
}

#[test]
fn an_unnamed_person_at_a_named_employer_is_not_the_employer() {
    let body = "<p>“We simply cannot find staff,” says a human resources manager at a large Munich technology company, who asked not to be named.</p>\
        <p>“We will not comment on personnel,” said a spokesman for Siemens.</p>";
    assert_eq!(speaker_of(body, "We simply cannot find staff,"), None);
    assert_eq!(speaker_of(body, "We will not comment on personnel,").as_deref(), Some("Siemens"));
}

#[test]
fn a_quotation_after_a_few_words_naming_no_one_and_a_colon_goes_on_with_the_last_speaker() {
    let body = "<p>“Ruth Ann and I fought like cats and dogs,” said Dale Pedersen, the county board chairman.</p>\
        <p>Then, after a pause: “But she read every line of every budget. I don’t know who does that now.”</p>\
        <p>“We never agreed on the road budget,” Pedersen said.</p>\
        <p>Then the mayor stood up: “Nobody here has read the plan.”</p>";
    assert_eq!(speaker_of(body, "But she read every line of every budget. I don’t know who does that now.").as_deref(), Some("Dale Pedersen"));
    assert_eq!(speaker_of(body, "Nobody here has read the plan."), None);
}

#[test]
fn an_incise_between_commas_before_the_quotation_names_the_speaker_after_its_verb() {
    let body = "<p>Il sindaco di Valdimonte, Piergiorgio Manfredi, ha convocato una riunione in municipio.</p>\
        <p>Lo scuolabus, spiega il sindaco, «non riesce a passare dalla strada alternativa perché è troppo stretta».</p>\
        <p>La strada, dice Manfredi, «è chiusa da settimane».</p>\
        <p>The bridge, said Anna Ferri, the engineer, “will need two more years.”</p>";
    assert_eq!(speaker_of(body, "non riesce a passare dalla strada alternativa perché è troppo stretta").as_deref(), Some("Piergiorgio Manfredi"));
    assert_eq!(speaker_of(body, "è chiusa da settimane").as_deref(), Some("Piergiorgio Manfredi"));
    assert_eq!(speaker_of(body, "will need two more years.").as_deref(), Some("Anna Ferri"));
}

#[test]
fn an_italian_or_spanish_attribution_between_dashes_inside_the_quotation_parts_it() {
    let body = "<p>Il sindaco di Valdimonte, Piergiorgio Manfredi, ha convocato una riunione in municipio.</p>\
        <p>«Noi — dice Manfredi — non chiediamo miracoli. Chiediamo una data».</p>\
        <p>El portavoz del comité, Xosé Manuel Piñeiro, habló ayer con los trabajadores.</p>\
        <p>«No es un cierre —afirma Piñeiro—, es una deslocalización».</p>\
        <p>“We — and I mean all of us — want the road open,” said Anna Ferri, the engineer.</p>";
    let q = quotes(body);
    let by = |t: &str| q.iter().find(|q| q.2 == t).unwrap_or_else(|| panic!("{t}: {q:?}")).clone();
    assert_eq!(by("Noi").1.as_deref(), Some("Piergiorgio Manfredi"));
    assert_eq!(by("non chiediamo miracoli. Chiediamo una data"), ("direct".into(), Some("Piergiorgio Manfredi".into()), "non chiediamo miracoli. Chiediamo una data".into()));
    assert_eq!(by("No es un cierre").1.as_deref(), Some("Xosé Manuel Piñeiro"));
    assert_eq!(by("es una deslocalización").1.as_deref(), Some("Xosé Manuel Piñeiro"));
    // Words between dashes that open with no reporting verb stay in the quotation.
    assert_eq!(by("We — and I mean all of us — want the road open,").1.as_deref(), Some("Anna Ferri"));
}

#[test]
fn a_portfolio_joined_by_and_is_part_of_the_title_not_the_name() {
    let body = "<p>“We are ready for the winter and then some,” Health and Human Services Secretary Xavier Becerra said on Monday.</p>\
        <p>“The budget will be tight this year, no doubt,” said Minister for Health and Aged Care Mark Butler.</p>\
        <p>“Workers cannot wait any longer for this,” Secretary for Labour and Welfare Chris Sun told reporters.</p>\
        <p>“We are on track with the plan,” Secretary of Commerce Wilbur L. Ross said.</p>\
        <p>Critics like Senators Charles E. Grassley, Republican of Iowa, and Patrick J. Leahy, Democrat of Vermont, said the program “needs an overhaul”.</p>";
    assert_eq!(speaker_of(body, "We are ready for the winter and then some,").as_deref(), Some("Xavier Becerra"));
    assert_eq!(speaker_of(body, "The budget will be tight this year, no doubt,").as_deref(), Some("Mark Butler"));
    assert_eq!(speaker_of(body, "Workers cannot wait any longer for this,").as_deref(), Some("Chris Sun"));
    assert_eq!(speaker_of(body, "We are on track with the plan,").as_deref(), Some("Wilbur L. Ross"));
    // A list's "and" after a comma joins two people, not a portfolio.
    assert_eq!(speaker_of(body, "needs an overhaul").as_deref(), Some("Patrick J. Leahy"));
}

#[test]
fn according_to_a_group_in_lower_case_opening_the_sentence_names_the_source() {
    let body = "<p>According to police, the suspect “fled on foot” before being arrested.</p>\
        <p>According to officials, the talks were “productive and frank.”</p>";
    assert_eq!(speaker_of(body, "fled on foot").as_deref(), Some("police"));
    assert_eq!(speaker_of(body, "productive and frank.").as_deref(), Some("officials"));
}

#[test]
fn an_object_pronoun_after_a_cue_is_no_inverted_subject() {
    let body = "<p>Gov. Kathy Hochul announced the toll plan on Monday in Albany.</p>\
        <p>The governor, who is running for re-election this year, defended it. “It is the right thing to do,” she said.</p>";
    let q = quotes(body);
    assert!(!q.iter().any(|q| q.2.contains("running for re-election")), "{q:?}");
    assert_eq!(speaker_of(body, "It is the right thing to do,").as_deref(), Some("Kathy Hochul"));
}

#[test]
fn a_quotation_after_a_sentence_of_a_gesture_is_the_gesturers() {
    let body = "<p>Gov. Kathy Hochul announced the toll plan on Monday in Albany.</p>\
        <p>Hochul paused. “I know people are angry about the tolls.”</p>\
        <p>Lexi frowned. “Should you be letting him stand up?”</p>\
        <p>Mayor Tom Briggs shook his head. “No, that is not even close to what we need.”</p>\
        <p>Briggs laughs. “He still burns the croissants.”</p>";
    // (In the present tense of a feature too.)
    assert_eq!(speaker_of(body, "He still burns the croissants.").as_deref(), Some("Tom Briggs"));
    assert_eq!(speaker_of(body, "I know people are angry about the tolls.").as_deref(), Some("Kathy Hochul"));
    assert_eq!(speaker_of(body, "Should you be letting him stand up?").as_deref(), Some("Lexi"));
    assert_eq!(speaker_of(body, "No, that is not even close to what we need.").as_deref(), Some("Tom Briggs"));
}

#[test]
fn a_quotation_alone_after_a_sentence_introducing_someone_is_theirs() {
    let body = "<p>The village has been cut off since the landslide in March.</p>\
        <p>Jane Holloway, 47, runs the only shop in the village. “Our takings have halved. People from outside no longer come up.”</p>\
        <p>Maria Lopez, a nurse at the county hospital, has worked nights for 20 years. “It has never been this bad.”</p>\
        <p>Tom Reyes, 19, was arrested on Friday. “This town has had enough of break-ins.”</p>";
    assert_eq!(speaker_of(body, "Our takings have halved. People from outside no longer come up.").as_deref(), Some("Jane Holloway"));
    assert_eq!(speaker_of(body, "It has never been this bad.").as_deref(), Some("Maria Lopez"));
    assert_eq!(speaker_of(body, "This town has had enough of break-ins."), None);
    // The introduction ending the paragraph before one that opens with the quotation.
    let body = "<p>Frank Ferris, a retired road worker, maintained the road for 30 years.</p>\
        <p>“They told me there was no money for the wall. Now they find it.”</p>\
        <p>Dana Whitfield, 38, teaches at the village school.</p>\
        <p>The school bus can no longer get through. “The children leave at six in the morning now.”</p>";
    assert_eq!(speaker_of(body, "They told me there was no money for the wall. Now they find it.").as_deref(), Some("Frank Ferris"));
    assert_eq!(speaker_of(body, "The children leave at six in the morning now."), None);
}

#[test]
fn where_it_was_said_and_a_role_before_the_name_are_no_part_of_it() {
    let body = "<p>“Enough is enough,” wrote Councilmember Jay Patel on Facebook.</p>\
        <p>“We are not going anywhere,” said Dana Ruiz on Twitter.</p>\
        <p>“It sounded like fireworks,” said witness Karen Liu. Witness Omar Haddad said he saw the car speed away.</p>";
    assert_eq!(speaker_of(body, "Enough is enough,").as_deref(), Some("Jay Patel"));
    assert_eq!(speaker_of(body, "We are not going anywhere,").as_deref(), Some("Dana Ruiz"));
    assert_eq!(speaker_of(body, "It sounded like fireworks,").as_deref(), Some("Karen Liu"));
    assert_eq!(speaker_of(body, "he saw the car speed away").as_deref(), Some("Omar Haddad"));
}

#[test]
fn a_place_and_title_before_of_are_no_one_s_name() {
    let body = "<p>“There is no evidence of fraud,” Georgia Secretary of State Brad Raffensperger said Monday.</p>\
        <p>“We checked every ballot,” he said.</p>\
        <p>“It will be hard,” said Representative Peter T. King of New York. “But he can do it,” King added.</p>";
    assert_eq!(speaker_of(body, "We checked every ballot,").as_deref(), Some("Brad Raffensperger"));
    assert_eq!(speaker_of(body, "But he can do it,").as_deref(), Some("Peter T. King"));
}

#[test]
fn her_spokesman_and_his_office_speak_for_whom_the_pronoun_stands() {
    let body = "<p>Senator Maria Alvarez introduced the bill on Monday.</p>\
        <p>Her office later added that the bill “has broad support across the aisle.”</p>\
        <p>“We are confident it will pass,” her spokesman said. Her husband said she “never gives up.”</p>";
    assert_eq!(speaker_of(body, "has broad support across the aisle.").as_deref(), Some("Maria Alvarez"));
    assert_eq!(speaker_of(body, "We are confident it will pass,").as_deref(), Some("Maria Alvarez"));
    assert_ne!(speaker_of(body, "never gives up.").as_deref(), Some("Maria Alvarez"));
}

#[test]
fn a_slogan_or_title_in_quotation_marks_is_no_name() {
    let names = |t: &str| lede::quotes::people::name_phrases(t).into_iter().map(|p| p.name.join(" ")).collect::<Vec<_>>();
    assert_eq!(names("itself a rebuttal to Trump’s “Make America Great Again” rallying cry, Clinton said"), ["Trump", "Clinton"]);
    assert_eq!(names("she told MSNBC’s “Morning Joe” on Tuesday"), ["MSNBC"]);
}

#[test]
fn a_relative_clause_after_an_unnamed_speaker_is_skipped_for_the_cue() {
    let q = quote("<p>“I’ve never seen anything like it,” one resident, who lives nearby, told the BBC.</p>", "I’ve never seen anything like it,");
    assert_eq!((q.speaker.as_deref(), q.unnamed_speaker.as_deref(), q.cue.as_deref()), (None, Some("one resident"), Some("told")));
    // Without commas too: the relative clause's verb ("lives", "asked") is not the cue.
    let q = quote("<p>“The water came up in minutes,” a man who asked not to be named told the BBC.</p>", "The water came up in minutes,");
    assert_eq!((q.unnamed_speaker.as_deref(), q.cue.as_deref()), (Some("a man"), Some("told")));
}

#[test]
fn a_name_in_a_relative_clause_about_the_subject_is_not_the_speaker() {
    let body = "<p>La carta, que ha visto El País, dice: «Queremos agradecer vuestro compromiso durante todos estos años».</p>\
        <p>La carta que la dirección entregó a cada empleado, a la que ha tenido acceso EL PAÍS, dice así: «Ponemos a vuestra disposición un servicio de recolocación».</p>";
    assert_eq!(speaker_of(body, "Queremos agradecer vuestro compromiso durante todos estos años"), None);
    assert_eq!(speaker_of(body, "Ponemos a vuestra disposición un servicio de recolocación"), None);
}

#[test]
fn the_statement_speaks_for_whoever_spoke_in_it_or_issued_it() {
    let body = "<p>“These breakthroughs are big wins for the committee,” Gowdy said in a statement.</p>\
        <p>Gowdy did not release further details about the interviews.</p>\
        <p>“We have gained access to crucial records,” the statement said.</p>\
        <p>In Washington, President Obama released a statement on Thursday night condemning “what appears to be a horrific terrorist attack.”</p>\
        <p>“We stand in solidarity with France, our oldest ally,” the statement said.</p>\
        <p>Acme Corp. issued a statement on Monday. “We regret the error and apologise,” the statement said.</p>";
    assert_eq!(speaker_of(body, "We have gained access to crucial records,").as_deref(), Some("Gowdy"));
    assert_eq!(speaker_of(body, "We stand in solidarity with France, our oldest ally,").as_deref(), Some("Obama"));
    // Another statement put out since is its issuer's, not the earlier one's.
    assert_eq!(speaker_of(body, "We regret the error and apologise,").as_deref(), Some("Acme Corp"));
}

#[test]
fn a_relative_clause_after_the_speakers_head_noun_is_no_part_of_the_speaker() {
    // The organisation inside the clause is not who spoke, and the clause no name.
    let body = "<p>The senator who chairs the banking committee said the nomination would “call into question the independence” of the bank.</p>";
    assert_eq!(who(body, "call into question the independence").0, None);
    let body = "<p>The committee, which oversees the agency, said it would hold hearings in the spring.</p>";
    assert_eq!(who(body, "it would hold hearings in the spring").0.as_deref(), Some("The committee"));
}

#[test]
fn a_relative_or_lawyer_named_by_whose_they_are_is_someone_else() {
    let body = "<p>The suspect, identified as James Carter, 34, was taken into custody on Friday.</p>\
        <p>Carter’s mother, who asked not to be named, said her son had been at home all night.</p>\
        <p>“He is a good boy,” Carter’s sister said.</p>\
        <p>Trump’s son Eric Trump said the crowd had been the largest of the campaign.</p>";
    assert_eq!(who(body, "her son had been at home all night"), (None, Some("Carter’s mother".into())));
    assert_eq!(who(body, "He is a good boy,"), (None, Some("Carter’s sister".into())));
    assert_eq!(who("<p>“He never left the house,” Carter's father said.</p>", "He never left the house,"), (None, Some("Carter's father".into())));
    assert_eq!(who(body, "the crowd had been the largest of the campaign").0.as_deref(), Some("Eric Trump"));
    // So is one who acts for them.
    let body = "<p>Tom Johnson was charged with fraud on Monday.</p><p>“He will be cleared of every charge,” Johnson’s lawyer said.</p>";
    assert_eq!(who(body, "He will be cleared of every charge,"), (None, Some("Johnson’s lawyer".into())));
}

#[test]
fn a_document_from_someone_speaks_for_who_issued_it() {
    let body = "<p>A statement from the Kremlin said that the talks had been “constructive and useful.”</p>\
        <p>According to a report from Reuters, the deal was signed on Tuesday in a private ceremony in Geneva.</p>\
        <p>According to a recent poll of Indiana voters, the governor leads the race by nine points.</p>\
        <p>“The abuses are systematic,” Human Rights Watch said in its annual report.</p>";
    assert_eq!(who(body, "constructive and useful.").0.as_deref(), Some("Kremlin"));
    assert_eq!(who(body, "the deal was signed on Tuesday in a private ceremony in Geneva").0.as_deref(), Some("Reuters"));
    // Those a poll asked are not who ran it.
    assert_eq!(who(body, "the governor leads the race by nine points").0, None);
    // "Watch" opens promotions ("WATCH:") but ends an organisation's name.
    assert_eq!(who(body, "The abuses are systematic,").0.as_deref(), Some("Human Rights Watch"));
    // A statement or letter "read" what it says.
    let body = "<p>“We are reviewing our procedures after the delays,” the statement read.</p>";
    assert_eq!(quote(body, "We are reviewing our procedures after the delays,").cue.as_deref(), Some("read"));
}

#[test]
fn a_name_in_the_clause_a_cue_reports_is_not_the_sentences_subject() {
    // "said on Monday that Ted Cruz was …": Cruz is what Trump said, not whom "his" next means.
    let body = "<p>Donald Trump said on Monday that Ted Cruz was “a liar.” His campaign said the senator had cheated in the Iowa caucuses.</p>";
    assert_eq!(who(body, "the senator had cheated in the Iowa caucuses").0.as_deref(), Some("Donald Trump"));
    // A name right after a quotation is its attribution's subject, whatever the quotation reports.
    let body = "<p>Senator Tom Hale spoke first at the town hall on Monday.</p>\
        <p>“Voters told me that they want change,” Mike Brown said. “We will give it to them,” he added.</p>";
    assert_eq!(who(body, "We will give it to them,").0.as_deref(), Some("Mike Brown"));
}

#[test]
fn a_group_named_by_a_capitalized_first_word_is_the_group_as_written() {
    let body = "<p>Law enforcement sources tell reporters the dress was taken from the hotel room on Tuesday night.</p>\
        <p>Thomas Perez spoke on Monday in Denver about the race.</p>\
        <p>Pressed again about all the vice-president chatter, Perez just starts talking.</p>";
    assert_eq!(who(body, "the dress was taken from the hotel room on Tuesday night").0.as_deref(), Some("Law enforcement sources"));
    // (Not a person the article names, with the words after him.)
    assert_eq!(who(body, "Pressed again about all the vice-president chatter").0.as_deref(), Some("Thomas Perez"));
}

#[test]
fn a_party_epithet_names_the_one_member_the_article_labelled() {
    // The party from a "(D-Mass.)" tag or a "Democratic" before the title; the state unsaid.
    let body = "<p>Sen. Elizabeth Warren (D-Mass.) spoke to union members in Boston on Monday.</p>\
        <p>Republican Gov. Greg Abbott said the border would stay closed.</p>\
        <p>“We will win this fight,” the Massachusetts Democrat said.</p>\
        <p>“We will not back down,” the Texas Republican said.</p>";
    assert_eq!(who(body, "We will win this fight,"), (Some("Elizabeth Warren".into()), None));
    assert_eq!(who(body, "We will not back down,"), (Some("Greg Abbott".into()), None));
    let body = "<p>Democratic Sen. Chris Murphy spoke to reporters in Hartford on Monday.</p>\
        <p>“The votes are there,” the Connecticut Democrat said.</p>";
    assert_eq!(who(body, "The votes are there,"), (Some("Chris Murphy".into()), None));
    // Two members of the party and a state the article never gave: nobody.
    let body = "<p>Sen. Elizabeth Warren (D-Mass.) and Sen. Chris Murphy (D-Conn.) spoke in Boston on Monday.</p>\
        <p>“We will win this fight,” the Massachusetts Democrat said.</p>";
    assert_eq!(who(body, "We will win this fight,").0, None);
}

#[test]
fn a_relative_clause_before_the_cue_describes_the_speaker() {
    let body = "<p>A spokesman for the company that makes the drug said it was “reviewing the findings.”</p>\
        <p>The union which represents the drivers said the offer was “an insult.”</p>\
        <p>Officials said the plan that several Indiana GOP insiders said was “doomed” had been dropped.</p>";
    assert_eq!(who(body, "reviewing the findings."), (None, Some("a spokesman for the company".into())));
    assert_eq!(quote(body, "an insult.").cue.as_deref(), Some("said"));
    assert_ne!(who(body, "an insult.").0.as_deref(), Some("represents the drivers"));
    // "that" with a subject after it is no relative clause of the speaker's.
    assert_eq!(who(body, "doomed").0.as_deref(), Some("several Indiana GOP insiders"));
}

#[test]
fn a_stance_before_a_quotation_gives_its_speaker() {
    let body = "<p>Sarah Miller runs the bakery on Main Street, and Tom Baker owns the hardware store across from it.</p>\
        <p>Miller isn’t so sure. “Ask me again in a year or so.”</p>\
        <p>But Baker disagreed. “It is not that bad at all, honestly.”</p>\
        <p>Prices rose again in March. “Nobody can afford this anymore.”</p>";
    assert_eq!(who(body, "Ask me again in a year or so."), (Some("Sarah Miller".into()), None));
    assert_eq!(who(body, "It is not that bad at all, honestly."), (Some("Tom Baker".into()), None));
    // A sentence that takes no stance says nothing of who speaks next.
    assert_eq!(who(body, "Nobody can afford this anymore."), (None, None));
}

#[test]
fn a_semicolon_parts_the_reports_of_two_sources() {
    let body = "<p>Senator Jane Smith said the deal was dead; John Jones said it was still very much alive.</p>\
        <p>These were not omissions by oversight, Brafman noted; the government had deliberately slanted its summaries.</p>\
        <p>“We tried; we failed,” said Tom Reyes, who added that the team would regroup over the summer.</p>";
    let q = quotes(body);
    let indirect: Vec<(Option<&str>, &str)> = q.iter().filter(|x| x.0 == "indirect").map(|x| (x.1.as_deref(), x.2.as_str())).collect();
    assert!(indirect.contains(&(Some("Jane Smith"), "the deal was dead")), "{indirect:?}");
    assert!(indirect.contains(&(Some("John Jones"), "it was still very much alive")), "{indirect:?}");
    // After a cue, the clause past the semicolon is the same source's.
    assert!(indirect.contains(&(Some("Brafman"), "the government had deliberately slanted its summaries")), "{indirect:?}");
    // A semicolon inside a quotation parts nothing.
    assert!(q.iter().any(|x| x.0 == "direct" && x.2 == "We tried; we failed,"), "{q:?}");
}

#[test]
fn initials_in_a_speaker_keep_their_periods() {
    let body = "<p>The U.S. Army said the soldiers were “safe and accounted for.”</p>\
        <p>“No decision has been made,” said Charles B. Rangel, who chairs the panel.</p>\
        <p>“It is a good bill,” said I. M. Pei.</p>";
    assert_eq!(who(body, "safe and accounted for.").0.as_deref(), Some("U.S. Army"));
    assert_eq!(who(body, "No decision has been made,").0.as_deref(), Some("Charles B. Rangel"));
    assert_eq!(who(body, "It is a good bill,").0.as_deref(), Some("I. M. Pei"));
}

#[test]
fn a_participle_after_a_described_subject_is_its_speech() {
    let body = "<p>Chancellor Olaf Scholz met the president in Berlin on Friday.</p>\
        <p>The chancellor agreed, saying the alliance was “stronger than ever” and would grow.</p>\
        <p>The chancellor paused and said the talks were “far from over.”</p>";
    assert_eq!(who(body, "stronger than ever").0.as_deref(), Some("Olaf Scholz"));
    assert_eq!(who(body, "far from over.").0.as_deref(), Some("Olaf Scholz"));
}

#[test]
fn a_role_named_by_whose_it_is_is_someone_else() {
    // "Trump’s campaign manager" is not Trump: whom the article gave the role, or nobody.
    let body = "<p>Donald Trump spoke at a rally in Ohio on Tuesday and promised new tariffs.</p>\
        <p>“It is a disaster for them,” Trump’s campaign manager said on Wednesday.</p>\
        <p>“Nothing is settled,” the senator’s chief of staff said.</p>\
        <p>“We are winning,” Trump’s campaign said.</p>";
    assert_eq!(who(body, "It is a disaster for them,"), (None, Some("Trump’s campaign manager".into())));
    assert_eq!(who(body, "Nothing is settled,"), (None, Some("the senator’s chief of staff".into())));
    // A body speaks for whose it is, whatever title-like word qualifies it.
    assert_eq!(who(body, "We are winning,").0.as_deref(), Some("Trump’s campaign"));
    let ministry = "<p>“The strikes hit military targets,” Russia’s foreign ministry said.</p>";
    assert_eq!(who(ministry, "The strikes hit military targets,").0.as_deref(), Some("Russia’s foreign ministry"));
    let body = "<p>NATO Secretary General Jens Stoltenberg met the ministers in Brussels.</p>\
        <p>“We are united,” NATO’s secretary general said.</p>";
    assert_eq!(who(body, "We are united,").0.as_deref(), Some("Jens Stoltenberg"));
}

#[test]
fn the_official_the_article_leaves_unnamed_is_no_name() {
    let body = "<p>A senior official said the talks had failed.</p>\
        <p>“It was a frank conversation,” the official said.</p>\
        <p>“We will see,” the spokeswoman said.</p>\
        <p>“The rules are clear,” officials said.</p>";
    assert_eq!(who(body, "It was a frank conversation,"), (None, Some("the official".into())));
    assert_eq!(who(body, "We will see,"), (None, Some("the spokeswoman".into())));
    // A group is still named as written.
    assert_eq!(who(body, "The rules are clear,").0.as_deref(), Some("officials"));
}

#[test]
fn a_participle_after_an_unnamed_source_is_part_of_its_description() {
    let body = "<p>According to a city report released Tuesday, homelessness rose 10 percent in the county.</p>\
        <p>“We are going to spend whatever it takes,” said one Republican involved in the planning.</p>\
        <p>The statement noted the company had “no further comment.”</p>";
    let q = quotes(body);
    assert!(q.iter().any(|x| x.0 == "indirect" && x.2 == "homelessness rose 10 percent in the county"), "{q:?}");
    assert_eq!(who(body, "homelessness rose 10 percent in the county"), (None, Some("a city report released Tuesday".into())));
    assert_eq!(who(body, "We are going to spend whatever it takes,"), (None, Some("one Republican involved in the planning".into())));
    // After "the", the word in -ed is the verb, and "the statement noted" no description.
    assert_ne!(who(body, "no further comment.").1.as_deref(), Some("the statement noted"));
}

#[test]
fn a_representative_is_the_congressman_and_the_lawmaker_later() {
    let body = "<p>Rep. Jared Golden criticized the spending bill in Bangor on Thursday.</p>\
        <p>“I have seen this before,” the congressman added.</p>\
        <p>“Not again,” the lawmaker said.</p>";
    assert_eq!(who(body, "I have seen this before,").0.as_deref(), Some("Jared Golden"));
    assert_eq!(who(body, "Not again,").0.as_deref(), Some("Jared Golden"));
    // A senator is a lawmaker, but no congresswoman.
    let body = "<p>Sen. Susan Collins criticized the spending bill in Bangor on Thursday.</p>\
        <p>“It goes too far,” the lawmaker said.</p>\
        <p>“It never ends well,” the congresswoman said.</p>";
    assert_eq!(who(body, "It goes too far,").0.as_deref(), Some("Susan Collins"));
    assert_eq!(who(body, "It never ends well,").0, None);
}

#[test]
fn a_romance_title_in_lower_case_after_the_verb_is_whom_the_article_gave_it() {
    let body = "<p>Le président Emmanuel Macron a reçu mardi le maire de Paris, Anne Hidalgo, et le maire de Lyon, Grégory Doucet.</p>\
        <p>« Nous ne céderons pas », a déclaré le président.</p>\
        <p>« Rien n’est décidé », a expliqué le président de la République.</p>\
        <p>« La ville est prête », a assuré le maire.</p>";
    assert_eq!(speaker_of(body, "Nous ne céderons pas").as_deref(), Some("Emmanuel Macron"));
    // The title's complement is no name ("la République").
    assert_eq!(speaker_of(body, "Rien n’est décidé").as_deref(), Some("Emmanuel Macron"));
    // "le maire" is a mayor the article named, not the president last named.
    assert_eq!(speaker_of(body, "La ville est prête").as_deref(), Some("Grégory Doucet"));
    let body = "<p>El presidente Pedro Sánchez anunció el martes un nuevo plan de vivienda.</p>\
        <p>“No vamos a ceder”, dijo el presidente.</p>";
    assert_eq!(speaker_of(body, "No vamos a ceder").as_deref(), Some("Pedro Sánchez"));
}

#[test]
fn a_title_set_off_before_the_name_describes_the_person() {
    let body = "<p>The mayor, Jane Doe, presented the housing plan on Tuesday.</p>\
        <p>“We will not give up,” said the mayor.</p>";
    assert_eq!(speaker_of(body, "We will not give up,").as_deref(), Some("Jane Doe"));
    // Every title word before the comma: "the foreign minister" is Lavrov, not Zelensky.
    let body = "<p>Ukraine’s president, Volodymyr Zelensky, met European leaders in Paris, and Russia’s foreign minister, Sergei Lavrov, spoke in Moscow.</p>        <p>“We need guarantees,” the president said.</p>        <p>“There will be no deal,” the foreign minister said.</p>";
    assert_eq!(speaker_of(body, "We need guarantees,").as_deref(), Some("Volodymyr Zelensky"));
    assert_eq!(speaker_of(body, "There will be no deal,").as_deref(), Some("Sergei Lavrov"));
    // Not a title the sentence gives someone else: "to the mayor, Jane Doe wrote".
    let body = "<p>In a letter to the mayor, Jane Doe wrote that the plan was flawed.</p>\
        <p>“We will not give up,” said the mayor.</p>";
    assert_eq!(speaker_of(body, "We will not give up,"), None);
}

#[test]
fn a_title_name_appositive_is_no_content_and_source() {
    // "…, and Russia’s foreign minister, Sergei Lavrov, spoke in Moscow": the title before the
    // comma is the subject's, not the end of reported content.
    let body = "<p>Ukraine’s president met European leaders in Paris on Monday, and Russia’s foreign minister, Sergei Lavrov, spoke in Moscow.</p>\
        <p>Sanders remains committed to seeing the primary through to the convention, his top aide, Tad Devine, told reporters.</p>\
        <p>More than 1.5 million voters turned out to nominate candidates for president, Secretary of State Jason Kander said.</p>";
    let q = quotes(body);
    assert!(!q.iter().any(|x| x.2.starts_with("Ukraine’s president")), "{q:?}");
    assert!(q.iter().any(|x| x.1.as_deref() == Some("Tad Devine") && x.2 == "Sanders remains committed to seeing the primary through to the convention"), "{q:?}");
    // A name right before its verb is the source as before.
    assert!(q.iter().any(|x| x.1.as_deref() == Some("Jason Kander") && x.2.ends_with("nominate candidates for president")), "{q:?}");
}

#[test]
fn jr_and_sr_keep_their_period_in_a_name() {
    let body = "<p>Health Secretary Robert F. Kennedy Jr. defended the decision on Monday.</p>\
        <p>“Science is on our side,” Kennedy said.</p>";
    assert_eq!(speaker_of(body, "Science is on our side,").as_deref(), Some("Robert F. Kennedy Jr."));
}

#[test]
fn a_name_after_a_preposition_is_no_participles_subject() {
    let body = "<p>Chancellor Olaf Scholz met the president in Berlin on Friday.</p>\
        <p>The company responded in a statement to Reuters, saying the claims were “baseless.”</p>\
        <p>The magazine has been outspoken in its opposition to Donald Trump, arguing he is “a political opportunist.”</p>\
        <p>The former senator hit back on Twitter, saying the plan was “a disgrace.”</p>";
    assert_eq!(speaker_of(body, "baseless.").as_deref(), Some("The company"));
    assert_ne!(speaker_of(body, "a political opportunist.").as_deref(), Some("Donald Trump"));
    assert!(!quotes(body).iter().any(|x| x.1.as_deref() == Some("Twitter")), "{:?}", quotes(body));
}

#[test]
fn another_source_is_described_and_a_participles_object_is_no_source() {
    let body = "<p>Aides to the senator have spent weeks preparing for the hearing.</p>\
        <p>“She has read every page,” said another aide, who asked not to be named.</p>\
        <p>Members of the family long ago soured on the manager, the Post reported, citing another anonymous source.</p>";
    assert_eq!(who(body, "She has read every page,"), (None, Some("another aide".into())));
    let q = quotes(body);
    assert!(q.iter().any(|x| x.1.as_deref() == Some("Post") && x.2 == "Members of the family long ago soured on the manager"), "{q:?}");
}

#[test]
fn an_aide_named_by_whom_they_work_for_is_someone_else() {
    let body = "<p>Sen. Elizabeth Warren spent weeks preparing for the hearing.</p>\
        <p>“We are ready,” a Warren aide said.</p>\
        <p>“No comment,” a White House official said.</p>";
    assert_eq!(who(body, "We are ready,"), (None, Some("a Warren aide".into())));
    // An organisation still speaks through its official.
    assert_eq!(who(body, "No comment,").0.as_deref(), Some("White House"));
}

#[test]
fn a_described_subject_ends_at_its_head_noun_before_an_unknown_verb() {
    let body = "<p>Former Sen. Jane Roe of Ohio criticized the plan on Monday.</p>\
        <p>The former senator hit back on Twitter, saying “the plan is a disaster for working families.”</p>\
        <p>The deputy head of the delegation struck a softer tone, saying “we will listen.”</p>\
        <p>The governor met voters in Ohio and said the state would recover soon.</p>";
    assert_eq!(speaker_of(body, "the plan is a disaster for working families.").as_deref(), Some("Jane Roe"));
    // A head with its own "of" phrase is not cut after its first word: "The deputy" gave a
    // quotation with neither a speaker nor a description (one the phrase cannot reach is left out).
    let q = quotes(body);
    assert!(!q.iter().any(|x| x.2 == "we will listen."), "{q:?}");
    // A place after "in" is not the subject of "met … and said".
    assert!(!q.iter().any(|x| x.1.as_deref() == Some("Ohio")), "{q:?}");
}

#[test]
fn a_group_placed_by_a_preposition_speaks_as_written() {
    let body = "<p>The storm hit the state on Monday, leaving thousands without power.</p>\
        <p>Residents in Ohio said the storm had been the worst in years.</p>\
        <p>The utility restored power to most homes by Friday, officials in Columbus said.</p>\
        <p>Democrats in Iowa who watched the debate said they were unfazed.</p>\
        <p>Voters in Iowa told pollsters they were undecided.</p>";
    let q = quotes(body);
    let by = |speaker: &str| q.iter().find(|x| x.1.as_deref() == Some(speaker)).map(|x| x.2.as_str());
    assert_eq!(by("Residents in Ohio"), Some("the storm had been the worst in years"), "{q:?}");
    assert_eq!(by("officials in Columbus"), Some("The utility restored power to most homes by Friday"), "{q:?}");
    assert_eq!(by("Democrats in Iowa"), Some("they were unfazed"), "{q:?}");
    // The listener after "told" is no part of what was said. ("Voters" is no word of a group
    // that speaks, so only the bare plural names them.)
    assert_eq!(by("Voters"), Some("they were undecided"), "{q:?}");
}

#[test]
fn that_before_a_verb_is_a_pronoun_not_the_clauses_conjunction() {
    let body = "<p>The union met on Monday to discuss the hospital’s offer of a two percent raise.</p>\
        <p>But the nurses’ union says that is not enough.</p>\
        <p>Jones said that he would resign if the offer stood.</p>\
        <p>Obama wrote about voters that have not been reached.</p>";
    let q = quotes(body);
    let by = |speaker: &str| q.iter().find(|x| x.1.as_deref() == Some(speaker)).map(|x| x.2.as_str());
    assert_eq!(by("the nurses’ union"), Some("that is not enough"), "{q:?}");
    assert_eq!(by("Jones"), Some("he would resign if the offer stood"), "{q:?}");
    // A relative clause after the cue's object reports nothing.
    assert_eq!(by("Obama"), None, "{q:?}");
}

#[test]
fn a_chamber_of_commerce_is_one_name() {
    let body = "<p>Gov. Gavin Newsom signed the bill on Friday.</p>\
        <p>The California Chamber of Commerce, which opposed the bill, said in a statement that it was “disappointed.”</p>";
    assert_eq!(speaker_of(body, "disappointed.").as_deref(), Some("California Chamber of Commerce"));
}

#[test]
fn a_crowd_chanting_is_the_speaker() {
    let body = "<p>Thousands gathered in Tampa on Saturday night for the rally.</p>\
        <p>The crowd chanted “Lock her up” as the candidate took the stage.</p>";
    assert_eq!(speaker_of(body, "Lock her up").as_deref(), Some("The crowd"));
}

#[test]
fn a_role_with_a_qualifying_noun_is_found_again() {
    let body = "<p>Clinton’s running mate, Tim Kaine, campaigned in Ohio on Monday. Trump campaign manager Kellyanne Conway appeared on Fox News.</p>\
        <p>“They are losing,” Clinton’s running mate said.</p>\
        <p>“We are winning,” Trump’s campaign manager said.</p>\
        <p>“We will win Ohio,” the campaign said.</p>";
    assert_eq!(speaker_of(body, "They are losing,").as_deref(), Some("Tim Kaine"));
    assert_eq!(speaker_of(body, "We are winning,").as_deref(), Some("Kellyanne Conway"));
    // The qualifying noun alone names no one: the campaign is not its manager.
    assert_eq!(speaker_of(body, "We will win Ohio,").as_deref(), Some("the campaign"));
}

#[test]
fn a_group_in_lower_case_after_an_opening_phrase_speaks() {
    let body = "<p>Investors sued the company last year over its accounts.</p>\
        <p>In a court filing, prosecutors argued that the founder had “repeatedly misled” investors.</p>\
        <p>On Monday, officials said the plan was “reckless.”</p>";
    assert_eq!(speaker_of(body, "repeatedly misled").as_deref(), Some("prosecutors"));
    assert_eq!(speaker_of(body, "reckless.").as_deref(), Some("officials"));
}

#[test]
fn a_thing_in_a_reported_clause_leaves_the_quotation_to_the_reporting_cue() {
    let body = "<p>Investors sued the company last year over its accounts.</p>\
        <p>The judge wrote that the case raised “serious questions.”</p>\
        <p>Smith said that Jones called the plan “a disaster.”</p>";
    assert_eq!(who(body, "serious questions."), (None, Some("the judge".into())));
    // A person in the clause keeps their words.
    assert_eq!(speaker_of(body, "a disaster.").as_deref(), Some("Jones"));
}

#[test]
fn an_organisation_named_with_and_is_one_name() {
    let body = "<p>The agency opened an inquiry in March.</p>\
        <p>The Food and Drug Administration said the drug was safe.</p>\
        <p>“We look forward to trial,” a spokesperson for the Securities and Exchange Commission said.</p>";
    let q = quotes(body);
    assert!(q.iter().any(|x| x.1.as_deref() == Some("Food and Drug Administration") && x.2 == "the drug was safe"), "{q:?}");
    assert_eq!(speaker_of(body, "We look forward to trial,").as_deref(), Some("Securities and Exchange Commission"));
}

#[test]
fn a_fragment_joined_to_the_one_before_is_reported_by_the_same_cue() {
    let body = "<p>North Korea tested a missile on Friday.</p>\
        <p>Obama condemned the test as “provocative and destabilizing” and a “grave threat” to regional stability.</p>\
        <p>Bush tweeted that Trump is a “loser,” a “liar” and a “whiner.”</p>";
    assert_eq!(speaker_of(body, "provocative and destabilizing").as_deref(), Some("Obama"));
    assert_eq!(speaker_of(body, "grave threat").as_deref(), Some("Obama"));
    assert_eq!(speaker_of(body, "liar").as_deref(), Some("Bush"));
}

#[test]
fn a_relative_clause_set_off_by_commas_keeps_its_own_verbs() {
    let body = "<p>The rollout of the new system began on Monday.</p>\
        <p>“It’s a mess,” one official, who asked not to be named, said of the rollout.</p>\
        <p>“They are under a lot of pressure,” a source, who was not authorized to speak publicly, told Fox News.</p>";
    let q = quote(body, "It’s a mess,");
    assert_eq!((q.cue.as_deref(), q.unnamed_speaker.as_deref()), (Some("said"), Some("one official")));
    let q = quote(body, "They are under a lot of pressure,");
    assert_eq!((q.cue.as_deref(), q.unnamed_speaker.as_deref()), (Some("told"), Some("a source")));
}

#[test]
fn a_statement_speaks_for_whoever_put_it_out() {
    let body = "<p>The Trump campaign responded to the verdict on Monday.</p>\
        <p>“We will appeal,” a statement from the Trump campaign reads.</p>\
        <p>A statement from the Trump campaign said: “The verdict is a disgrace.”</p>";
    assert_eq!(speaker_of(body, "We will appeal,").as_deref(), Some("Trump campaign"));
    assert_eq!(speaker_of(body, "The verdict is a disgrace.").as_deref(), Some("Trump campaign"));
}

#[test]
fn dutch_particles_stay_in_the_name() {
    let body = "<p>Manchester United lost 3-0 at home on Sunday.</p>\
        <p>“We were poor,” said manager Erik ten Hag.</p>\
        <p>Asked if he would resign, ten Hag shook his head. “No. I will fight.”</p>";
    assert_eq!(speaker_of(body, "We were poor,").as_deref(), Some("Erik ten Hag"));
    assert_eq!(speaker_of(body, "No. I will fight.").as_deref(), Some("Erik ten Hag"));
}

#[test]
fn he_or_she_never_stands_for_a_company() {
    let body = "<p>The company reported a loss on Thursday.</p>\
        <p>She added that the deal “was never going to work.”</p>";
    assert_eq!(who(body, "was never going to work."), (None, None));
}

#[test]
fn a_long_name_after_the_cue_is_read_to_its_end() {
    let body = "<p>The agency opened an inquiry into the grants.</p>\
        <p>“We are reviewing the report,” said a spokesman for the Department of Health and Human Services.</p>\
        <p>“He is reprising that role,” said former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell.</p>";
    assert_eq!(speaker_of(body, "We are reviewing the report,").as_deref(), Some("Department of Health and Human Services"));
    assert_eq!(speaker_of(body, "He is reprising that role,").as_deref(), Some("Ed Rendell"));
}

#[test]
fn a_possessive_speech_noun_before_a_colon_says_whose_words_follow() {
    let body = "<p>The vote was held on Sunday in the capital.</p>\
        <p>Jane Smith put it bluntly: “This is a disaster.”</p>\
        <p>The mayor’s reply: “We will rebuild.”</p>\
        <p>Tom Brown was asked about it. His response: “No comment.”</p>";
    assert_eq!(who(body, "We will rebuild."), (None, Some("the mayor".into())));
    assert_eq!(speaker_of(body, "No comment.").as_deref(), Some("Tom Brown"));
}

#[test]
fn a_block_quotation_signed_in_a_cite_or_after_a_title() {
    let body = "<p>The governor addressed the state on Monday night.</p>\
        <blockquote><p>We will get through this together, and we will come out stronger.</p><cite>Gov. Gavin Newsom</cite></blockquote>\
        <p>Critics were unimpressed by the speech.</p>\
        <blockquote>This is too little, and it comes far too late. — Assembly Republican leader James Gallagher</blockquote>";
    assert_eq!(speaker_of(body, "We will get through this together, and we will come out stronger.").as_deref(), Some("Gavin Newsom"));
    assert_eq!(speaker_of(body, "This is too little, and it comes far too late.").as_deref(), Some("James Gallagher"));
}

#[test]
fn a_deputy_title_is_not_the_title_someone_else_holds() {
    let body = "<p>Former President Barack Obama campaigned in Pennsylvania on Saturday for Kamala Harris.</p>\
        <p>Harris herself was in Michigan. “We will win,” the vice president said.</p>";
    assert_eq!(speaker_of(body, "We will win,").as_deref(), Some("Kamala Harris"));
}

#[test]
fn a_party_member_given_no_party_is_the_one_the_paragraph_opened_with() {
    let body = "<p>Former President Barack Obama campaigned in Pennsylvania on Saturday.</p>\
        <p>Rep. Alexandria Ocasio-Cortez, 35, also spoke. “We are not going back,” the New York Democrat said.</p>\
        <p>Rep. Jim Jordan (R-Ohio) disagreed. “It’s a fantasy,” the Republican said.</p>";
    assert_eq!(speaker_of(body, "We are not going back,").as_deref(), Some("Alexandria Ocasio-Cortez"));
    assert_eq!(speaker_of(body, "It’s a fantasy,").as_deref(), Some("Jim Jordan"));
}

#[test]
fn a_nationality_stands_for_the_one_last_named() {
    let body = "<p>Manchester City manager Pep Guardiola insisted his side were not finished.</p>\
        <p>“We have to stay together,” the Spaniard said.</p>\
        <p>Liverpool boss Arne Slot was full of praise. “Mo is special,” said the Dutchman.</p>\
        <p>Salah, 32, scored twice. Asked about his contract, the Egyptian smiled: “You will have to ask the club.”</p>\
        <p>The club’s chairman spoke later. “It is settled,” the Chairman said.</p>";
    assert_eq!(speaker_of(body, "We have to stay together,").as_deref(), Some("Pep Guardiola"));
    assert_eq!(speaker_of(body, "Mo is special,").as_deref(), Some("Arne Slot"));
    assert_eq!(speaker_of(body, "You will have to ask the club.").as_deref(), Some("Salah"));
    // (A title in -man is none: "the Chairman" is not Salah.)
    assert_eq!(speaker_of(body, "It is settled,"), None);
}

#[test]
fn a_post_on_x_ends_its_sentence() {
    let body = "<p>The video spread quickly online on Monday night.</p>\
        <p>“Are you serious?” one user replied on X. Another wrote: “This is wild.”</p>";
    // (Not "X": the platform is nobody.)
    assert_eq!(speaker_of(body, "This is wild."), None);
}

#[test]
fn german_separable_cues_open_their_attribution() {
    let body = "<p>Bundeskanzler Olaf Scholz verteidigte am Dienstag den Haushalt im Bundestag.</p>\
        <p>„Das war ein Fehler“, räumte Scholz ein.</p>\
        <p>„Wir prüfen das“, teilte Scholz am Abend mit.</p>";
    assert_eq!(speaker_of(body, "Das war ein Fehler").as_deref(), Some("Olaf Scholz"));
    assert_eq!(speaker_of(body, "Wir prüfen das").as_deref(), Some("Olaf Scholz"));
}

#[test]
fn whom_a_report_quotes_as_saying_said_it() {
    let body = "<p>Governor Tom Smith signed the order on Monday in the capital city.</p>\
        <p>Reuters quoted Finance Minister Anna Berg as saying: “We have the money.”</p>\
        <p>The agency quoted Wassim Bouhlel, a local doctor, as saying the plan was “fully funded and ready.”</p>\
        <p>Smith was quoted as saying the order “will save lives.”</p>";
    assert_eq!(speaker_of(body, "We have the money.").as_deref(), Some("Anna Berg"));
    assert_eq!(speaker_of(body, "fully funded and ready.").as_deref(), Some("Wassim Bouhlel"));
    assert_eq!(speaker_of(body, "will save lives.").as_deref(), Some("Tom Smith"));
}

#[test]
fn a_candidates_adviser_is_someone_else() {
    let body = "<p>Ted Cruz returned to the Senate on Monday after his campaign ended.</p>\
        <p>“That can go a long way,” said a senior Cruz adviser.</p>\
        <p>Roger Wicker said he expects Cruz to play a role this fall.</p>\
        <p>“Politicians are practical people,” said the senior Cruz adviser.</p>\
        <p>“We are ready,” a Treasury adviser said.</p>";
    assert_eq!(speaker_of(body, "That can go a long way,"), None);
    assert_eq!(speaker_of(body, "Politicians are practical people,"), None);
    assert_eq!(speaker_of(body, "We are ready,").as_deref(), Some("Treasury"));
}

#[test]
fn she_is_not_the_last_speaker_when_his_name_is_a_mans() {
    let body = "<p>Senator Mark Warner chairs the Senate Intelligence Committee and spoke on Monday.</p>\
        <p>Warner put it this way: “We are not ready.”</p>\
        <p>“It is over,” she said.</p>";
    // (Not the last speaker either: Mark is a man's name.)
    assert_eq!(speaker_of(body, "It is over,"), None);
}

#[test]
fn a_short_quotation_after_a_fragment_is_a_sentence_of_its_own() {
    let body = "<p>Federal prosecutors charged former Senator Bob Menendez with bribery on Friday.</p>\
        <p>Menendez’s lawyer, Adam Fee, called the charges “baseless.” “We will fight them,” Fee said.</p>";
    assert_eq!(quotes(body).iter().find(|q| q.2 == "We will fight them,").map(|q| q.0.as_str()), Some("direct"));
}

#[test]
fn a_filing_alleges_in_quoted_words() {
    let body = "<p>Federal prosecutors charged former Senator Bob Menendez with bribery on Friday.</p>\
        <p>The indictment alleges that he “sold his office.”</p>";
    assert_eq!(who(body, "sold his office."), (None, None));
}

#[test]
fn reported_speech_ends_at_a_dash_before_the_next_report() {
    let body = "<p>Don Fowler helmed the Democratic National Committee from 1995 to 1997.</p>\
        <p>Fowler said the politics of the ticket would be more intense — and he noted that any change would come later.</p>";
    let q = quotes(body);
    let indirect: Vec<&str> = q.iter().filter(|x| x.0 == "indirect").map(|x| x.2.as_str()).collect();
    assert_eq!(indirect, ["the politics of the ticket would be more intense", "any change would come later"], "{q:?}");
}

#[test]
fn a_signature_longer_than_its_block_quotation_is_read_in_its_own_block() {
    // (Its name was looked up in the quotation's block, past that block's end: a panic.)
    let body = "<p>The governor spoke at length about the fires on Monday night.</p>\
        <blockquote><p>We will rebuild it.</p><cite>Governor Gavin Christopher Newsom</cite></blockquote>\
        <blockquote>This is too little, and it comes far too late. — Senator Brian Jones of San Diego</blockquote>";
    assert_eq!(speaker_of(body, "We will rebuild it.").as_deref(), Some("Gavin Christopher Newsom"));
    // (A place after "of" is no later name to sign with.)
    assert_eq!(speaker_of(body, "This is too little, and it comes far too late.").as_deref(), Some("Brian Jones"));
}

#[test]
fn a_speech_noun_says_whose_words_they_were() {
    let body = "<p>Senator Elizabeth Warren led the fight against the bill for months.</p>\
        <p>“Absolutely not,” was the response from a White House spokesperson.</p>\
        <p>“Never again.” That was the verdict of Senator Elizabeth Warren after the vote.</p>\
        <p>“No,” came the curt reply from Mr. Johnson.</p>";
    assert_eq!(speaker_of(body, "Absolutely not,").as_deref(), Some("White House"));
    assert_eq!(speaker_of(body, "Never again.").as_deref(), Some("Elizabeth Warren"));
    assert_eq!(speaker_of(body, "No,").as_deref(), Some("Johnson"));
}

#[test]
fn a_question_asking_for_someones_reply_introduces_it() {
    let body = "<p>Senator Mark Warner chairs the Senate Intelligence Committee and spoke on Monday.</p>\
        <p>Warner’s response? “Call me when you have evidence.”</p>\
        <p>What about Trump? “He is not the issue here at all.”</p>";
    assert_eq!(speaker_of(body, "Call me when you have evidence.").as_deref(), Some("Mark Warner"));
    // (A question naming someone else asks about them: no speaker.)
    assert_eq!(speaker_of(body, "He is not the issue here at all."), None);
}

#[test]
fn for_someone_the_answer_is_theirs() {
    let body = "<p>Maria Lopez has run the bakery on Elm Street for 22 years.</p>\
        <p>For Lopez, the answer is simple: “Lower the rent or lose us.”</p>\
        <p>For now, the message is clear: “Stay home.”</p>";
    assert_eq!(speaker_of(body, "Lower the rent or lose us.").as_deref(), Some("Maria Lopez"));
    assert_eq!(speaker_of(body, "Stay home."), None);
}

#[test]
fn a_cue_inside_an_earlier_quotation_is_no_attribution() {
    let body = "<p>Maria Lopez, the mayor, spoke on Monday.</p>\
        <p>Lopez said the newspaper “failed to tell the truth” because her home was never property “of a government contractor.”</p>";
    assert_eq!(speaker_of(body, "of a government contractor.").as_deref(), Some("Maria Lopez"));
}

#[test]
fn a_surname_that_is_also_an_adverb_is_a_name_before_a_cue() {
    let body = "<p>Tim Long, an analyst at Banc of America, lowered his price target on the stock.</p>\
        <p>“We are surprised by the shortfall,” Long said.</p>\
        <p>The weakness may continue into the third quarter, Long said.</p>\
        <p>Now tell us that this is not a witch hunt of the highest order.</p>";
    assert_eq!(speaker_of(body, "We are surprised by the shortfall,").as_deref(), Some("Tim Long"));
    assert_eq!(speaker_of(body, "The weakness may continue into the third quarter").as_deref(), Some("Tim Long"));
    // (Opening an imperative, an adverb in capitals is still no one.)
    assert!(quotes(body).iter().all(|q| !q.2.contains("witch hunt")));
}

#[test]
fn a_model_number_makes_a_product_no_fuller_name_of_its_maker() {
    let body = "<p>BlackBerry contends that a report about the BlackBerry Z10 is wrong.</p>\
        <p>“We are confident in the phone,” BlackBerry said.</p>";
    assert_eq!(speaker_of(body, "We are confident in the phone,").as_deref(), Some("BlackBerry"));
}

#[test]
fn a_stock_exchange_before_a_ticker_is_no_one_who_speaks() {
    let body = "<p>Tiffany &amp; Co. disappointed investors this week, according to the company (NYSE: TIF).</p>\
        <p>Sales in the Americas were 3 percent lower than a year earlier, the company stated.</p>";
    assert_eq!(speaker_of(body, "Sales in the Americas were 3 percent lower than a year earlier").as_deref(), Some("the company"));
}

#[test]
fn an_ampersand_joins_a_firms_name() {
    let body = "<p>The report was issued on Thursday by Detwiler Fenton &amp; Company in Boston.</p>\
        <p>“We stand by it,” said a spokesman for Procter &amp; Gamble.</p>\
        <p>Oliver Hedge, who appraises golf courses for the brokerage Cushman &amp; Wakefield, said the industry had recovered.</p>\
        <p>Many of the closures, he said, involved public courses.</p>";
    assert_eq!(speaker_of(body, "We stand by it,").as_deref(), Some("Procter & Gamble"));
    // (A firm is no one "he" stands for.)
    assert_eq!(speaker_of(body, "Many of the closures").as_deref(), Some("Oliver Hedge"));
}

#[test]
fn the_statement_or_letter_speaks_for_whoever_put_it_out() {
    let body = "<p>Embattled Assemblyman Vito Lopez put out a three-page statement on Monday and condemned the inquiry.</p>\
        <p>“There is an all-out war against an ailing senior member,” the statement read.</p>\
        <p>The White House released a letter from Defense Secretary Ann Cole on Tuesday.</p>\
        <p>“The troops are ready,” the letter said.</p>\
        <p>The son of Senator Tom Berg received a threatening letter this week.</p>\
        <p>“Withdraw or else,” the letter said.</p>";
    assert_eq!(speaker_of(body, "There is an all-out war against an ailing senior member,").as_deref(), Some("Vito Lopez"));
    assert_eq!(speaker_of(body, "The troops are ready,").as_deref(), Some("Ann Cole"));
    // (Whoever received a letter did not write it; nor did the one put out before it.)
    assert_eq!(speaker_of(body, "Withdraw or else,"), None);
}

#[test]
fn whom_a_report_quotes_saying_said_it() {
    let body = "<p>Tiffany &amp; Co. disappointed investors with its first-quarter earnings.</p>\
        <p>Bloomberg quotes Brian Yarbrough, an analyst at Edward Jones, saying, “Sales were disappointing.”</p>";
    assert_eq!(speaker_of(body, "Sales were disappointing.").as_deref(), Some("Brian Yarbrough"));
}

#[test]
fn a_street_is_a_place_no_pronoun_stands_for() {
    let body = "<p>Susan Sarandon said Wall Street would not pick the next president.</p>\
        <p>“If he gets in, then things will really explode,” she said.</p>";
    assert_eq!(speaker_of(body, "If he gets in, then things will really explode,").as_deref(), Some("Susan Sarandon"));
}

#[test]
fn whom_a_passive_cue_names_first_heard_it() {
    let body = "<p>Senator Jane Doe of Ohio met voters in Columbus on Monday. Her rival, Mark Smith, stayed in Washington.</p>\
        <p>Smith was told that the deal was off for good.</p>\
        <p>Smith was informed by Doe that the talks were over.</p>";
    assert_eq!(speaker_of(body, "the deal was off for good"), None);
    assert_eq!(speaker_of(body, "the talks were over").as_deref(), Some("Jane Doe"));
}

#[test]
fn a_cue_with_that_after_it_reports_what_follows_not_what_precedes() {
    let q = quotes("<p>And though rollout was limited to healthcare workers, both said that so far, at least, the deployment of vaccines has gone smoothly.</p>");
    let indirect: Vec<_> = q.iter().filter(|x| x.0 == "indirect").map(|x| x.2.as_str()).collect();
    assert_eq!(indirect, ["so far, at least, the deployment of vaccines has gone smoothly"], "{q:?}");
    // (A parenthetical cue before "that" still reports the clause before it.)
    let q = quotes("<p>The air pollution there had become so bad, Mr. Obama noted, that the most-visited page in China was the daily air-quality monitor.</p>");
    assert!(q.iter().any(|x| x.0 == "indirect" && x.2 == "The air pollution there had become so bad"), "{q:?}");
}

#[test]
fn where_something_was_said_is_not_what_was_said() {
    let body = "<p>The couple released a formal statement to AP on Friday.</p>\
        <p>The pair are separating, the couple has said in a statement released through her publicist.</p>\
        <p>Jane Doe said in an interview with The Associated Press last week that she did not want to think about it.</p>";
    let q = quotes(body);
    let indirect: Vec<_> = q.iter().filter(|x| x.0 == "indirect").map(|x| x.2.as_str()).collect();
    assert_eq!(indirect, ["she did not want to think about it"], "{q:?}");
}

#[test]
fn a_passive_cue_ending_its_clause_reports_nothing_after_it() {
    let body = "<p>In extended trading after the report was released, Apple’s shares jumped $7.83, or 9.5 percent, to $90.66.</p>\
        <p>When the decision was announced, the crowd cheered and many people wept openly in the streets.</p>";
    let q = quotes(body);
    assert!(q.iter().all(|x| x.0 != "indirect"), "{q:?}");
    // (With its "that" it still reports: someone unnamed told him.)
    let q = quotes("<p>He was told, however, that the plant would close.</p>");
    assert!(q.iter().any(|x| x.0 == "indirect" && x.1.is_none() && x.2 == "the plant would close"), "{q:?}");
}

#[test]
fn a_speaker_after_an_aside_set_off_by_commas() {
    let body = "<p>Patrice Horstman, chair of the county board, spoke at the news conference.</p>\
        <p>“From this 766 households have been evacuated,” along with more than 1,000 animals, Horstman said.</p>";
    assert_eq!(speaker_of(body, "From this 766 households have been evacuated,").as_deref(), Some("Patrice Horstman"));
}

#[test]
fn a_name_in_what_a_romance_cue_reports_is_not_the_next_speaker() {
    let body = "<p>El ministro de Cultura, Alejandro Salas, habló el martes en Lima.</p>\
        <p>Salas señaló que Mariano González dejó el cargo sin avisar a nadie.</p>\
        <p>“De eso son testigos los ministros que estamos acá sentados”, enfatizó.</p>";
    assert_eq!(speaker_of(body, "De eso son testigos los ministros que estamos acá sentados").as_deref(), Some("Alejandro Salas"));
}

#[test]
fn a_compound_past_after_but_shares_the_sentences_subject() {
    let body = "<p>Le maire de Lyon, Grégory Doucet, a salué une « bonne nouvelle » mais a estimé que « cela ne suffira pas ».</p>";
    assert_eq!(speaker_of(body, "cela ne suffira pas").as_deref(), Some("Grégory Doucet"));
}

#[test]
fn a_pronoun_after_someone_unnamed_spoke_is_them_not_the_last_name() {
    let body = "<p>Mayor Jane Doe announced the plan on Monday.</p>\
        <p>“We are reviewing the complaints,” a spokeswoman for the council said. “We will respond in due course,” she added.</p>\
        <p>Richardson’s aunt told him “We love you.” She told the family that she prayed for them.</p>\
        <p>Doe disagreed. “It is a good plan,” she said.</p>";
    assert_eq!(who(body, "We will respond in due course,").0, None);
    assert_eq!(who(body, "she prayed for them").0, None);
    // Once someone is named again, they are whom "she" means.
    assert_eq!(who(body, "It is a good plan,").0.as_deref(), Some("Jane Doe"));
    // A reporter's question is answered by someone else.
    let body = "<p>Senator Jane Doe spoke to reporters on Monday.</p><p>“Will you run again?” a reporter asked. “I have not decided,” she said.</p>";
    assert_eq!(who(body, "I have not decided,").0.as_deref(), Some("Jane Doe"));
}

#[test]
fn family_friends_and_supporters_named_by_whose_they_are_are_someone_else() {
    let body = "<p>Richardson’s family members called out “We love you” as he was led away.</p>\
        <p>“He was a loving father,” Jones’s family said.</p>\
        <p>“We will fight on,” Trump’s supporters chanted.</p>";
    assert_eq!(who(body, "We love you"), (None, Some("Richardson’s family members".into())));
    // ("family" ends in -ly, but is no adverb before the cue.)
    assert_eq!(who(body, "He was a loving father,"), (None, Some("Jones’s family".into())));
    assert_eq!(who(body, "We will fight on,"), (None, Some("Trump’s supporters".into())));
}

#[test]
fn her_rep_speaks_for_her() {
    let body = "<p>Scarlett Johansson has threatened a lawsuit against the magazine.</p>\
        <p>Johansson “has at no point granted an interview,” her rep continued.</p>";
    assert_eq!(who(body, "has at no point granted an interview,").0.as_deref(), Some("Scarlett Johansson"));
}

#[test]
fn a_person_named_after_a_publication_is_a_person() {
    let body = "<p>The interview was billed as the first since she gave birth to daughter Blue Ivy Carter.</p>\
        <p>However, the editor of Star Magazine Anna Pointer has denied any wrongdoing.</p>\
        <p>She said: “It is not made up or fictitious at all. We bought the interview from a reporter.”</p>";
    assert_eq!(who(body, "It is not made up or fictitious at all. We bought the interview from a reporter.").0.as_deref(), Some("Anna Pointer"));
}

#[test]
fn whom_someone_told_is_not_whom_he_means_next() {
    let body = "<p>John McDonnell told Andrew Neil on Sunday that the party was united. “We are going to win,” he said.</p>\
        <p>Tom Watson played down the risk, telling the BBC’s Andrew Marr: “It is over.” And he ruled himself out: “I will never stand.”</p>";
    assert_eq!(who(body, "We are going to win,").0.as_deref(), Some("John McDonnell"));
    assert_eq!(who(body, "I will never stand.").0.as_deref(), Some("Tom Watson"));
}

#[test]
fn a_plural_acronym_is_many_people_not_one() {
    let body = "<p>John McDonnell was telling rebel Labour MPs where to go.</p><p>“They could be replaced,” he said.</p>";
    assert_eq!(who(body, "They could be replaced,").0.as_deref(), Some("John McDonnell"));
}

#[test]
fn as_someone_put_it() {
    let body = "<p>Tom Brown spoke on Monday.</p>\
        <p>As Brown put it, “the money simply is not there.”</p>\
        <p>“We are out of options,” as Brown put it.</p>";
    assert_eq!(who(body, "the money simply is not there.").0.as_deref(), Some("Tom Brown"));
    assert_eq!(quote(body, "We are out of options,").cue.as_deref(), Some("put"));
    assert_eq!(who(body, "We are out of options,").0.as_deref(), Some("Tom Brown"));
}

#[test]
fn a_party_member_from_somewhere_is_someone_unnamed() {
    let body = "<p>Donald Trump lost Iowa.</p>\
        <p>“Iowa proved polls are misleading and Trump can bleed,” another New Hampshire Republican said.</p>\
        <p>“There is no home-state advantage,” said a Florida Democrat.</p>";
    assert_eq!(who(body, "Iowa proved polls are misleading and Trump can bleed,"), (None, Some("another New Hampshire Republican".into())));
    assert_eq!(who(body, "There is no home-state advantage,"), (None, Some("a Florida Democrat".into())));
}

#[test]
fn a_city_is_no_one_a_pronoun_means() {
    let body = "<p>Curt Schilling spoke on Monday.</p>\
        <p>Last month, he waded into politics on a Kansas City radio station when he suggested that Hillary Clinton “should be buried under a jail somewhere.”</p>";
    assert_eq!(who(body, "should be buried under a jail somewhere.").0.as_deref(), Some("Curt Schilling"));
}

#[test]
fn a_name_ending_in_s_takes_a_bare_apostrophe_as_its_possessive() {
    let body = "<p>On Saturday, Premier Daniel Andrews released a statement in response to a report.</p>\
        <p>Andrews’ statement said he had acted “appropriately at all times and in all things.”</p>\
        <p>“He was a good man,” Jones’ mother said.</p>";
    // A statement speaks for whose it is; a mother is someone else.
    assert_eq!(who(body, "appropriately at all times and in all things.").0.as_deref(), Some("Daniel Andrews"));
    assert_eq!(who(body, "He was a good man,"), (None, Some("Jones’ mother".into())));
}

#[test]
fn an_age_no_one_was_given_is_the_one_last_named() {
    let body = "<p>Bukayo Saka, who scored the winner, said: “It's a special feeling. The fans were incredible today.”</p>\
        <p>Asked about his contract, the 23-year-old added: “I'm happy here. That's all I can say.”</p>";
    assert_eq!(who(body, "I'm happy here. That's all I can say.").0.as_deref(), Some("Bukayo Saka"));
}

#[test]
fn a_name_after_the_cue_of_someone_unnamed_is_whom_they_told() {
    let body = "<p>Scarlett Johansson has threatened a lawsuit.</p>\
        <p>However, a rep for the star told Yahoo News that the interview is “wholly fabricated” and called the story an “obvious attempt to gain monetarily.”</p>";
    assert_eq!(who(body, "obvious attempt to gain monetarily."), (None, Some("a rep for the star".into())));
}

#[test]
fn a_claim_after_a_naming_verb_and_that_is_a_noun() {
    let body = "<p>Senator Maria Lopez accused the governor of hiding the deficit.</p>\
        <p>The governor’s spokeswoman, Amy Chen, called that claim “false.”</p>\
        <p>Retail outlets that claim to be selling “official” boards are not.</p>";
    assert_eq!(who(body, "false.").0.as_deref(), Some("Amy Chen"));
    // After a noun, "that claim" is a relative clause's verb: nobody's words here.
    assert!(analyze(&html::parse(&format!("<html><body><article><h1>T</h1>{LEAD}{body}</article></body></html>")), &Options::default()).unwrap().quotes.iter().all(|q| q.text != "official"));
}

#[test]
fn another_unnamed_speaker_opens_a_clause_a_participle_shares() {
    let body = "<p>Residents packed the council meeting on Tuesday.</p>\
        <p>Another resident echoed these sentiments, describing the proposed developments as “preposterous” and lamenting the burden.</p>";
    assert_eq!(who(body, "preposterous"), (None, Some("another resident".into())));
}

#[test]
fn the_company_is_the_firm_last_named_as_a_subject_where_the_article_shows_it_is_one() {
    let body = "<p>The electronics maker Samsung announced Friday that data from some customers was stolen in July.</p>\
        <p>“We have taken actions to secure the affected systems,” the company’s statement said.</p>\
        <p>The company said it contacted those it believes were affected.</p>\
        <p>It said that no immediate action is required by customers.</p>\
        <p>“We value the trust our customers place in our products,” the statement said.</p>";
    let q = quotes(body);
    let samsung = |text: &str| q.iter().find(|x| x.2 == text).unwrap_or_else(|| panic!("{text} not in {q:?}")).1.as_deref() == Some("Samsung");
    assert!(samsung("We have taken actions to secure the affected systems,"), "{q:?}");
    assert!(samsung("it contacted those it believes were affected"), "{q:?}");
    assert!(samsung("no immediate action is required by customers"), "{q:?}");
    assert!(samsung("We value the trust our customers place in our products,"), "{q:?}");
    // A firm named before the subject the article does not show to be one is no safer a guess.
    let body = "<p>“I was shocked,” said Tyler Besecker, president of Dana F. Besecker Company, the largest buyer of halibut.</p>\
        <p>Whole Foods plans more such promotions. The company also said it was lowering prices across the store.</p>";
    assert_eq!(speaker_of(body, "it was lowering prices across the store").as_deref(), Some("The company"));
}

#[test]
fn an_opening_adverb_of_time_is_no_part_of_the_speaker() {
    let body = "<p>Jeremy Corbyn spoke to the BBC on Sunday about the report.</p>\
        <p>Yesterday Corbyn’s team denied a report in a local paper that he had made plans to step down.</p>";
    assert_eq!(speaker_of(body, "a report in a local paper that he had made plans to step down").as_deref(), Some("Corbyn’s team"));
}

#[test]
fn a_prosecutor_or_grandmother_before_a_name_is_a_title() {
    let body = "<p>“He was a true hero,” said Prosecutor Reid Rubin in court Thursday.</p>\
        <p>“I miss him very much,” said Taylor's Grandmother Constance Dingle.</p>";
    assert_eq!(speaker_of(body, "He was a true hero,").as_deref(), Some("Reid Rubin"));
    assert_eq!(speaker_of(body, "I miss him very much,").as_deref(), Some("Constance Dingle"));
    let body = "<p>Pupil Leanne Smith said: “I really don’t know what I am going to do yet.”</p>";
    assert_eq!(speaker_of(body, "I really don’t know what I am going to do yet.").as_deref(), Some("Leanne Smith"));
}

#[test]
fn a_name_after_an_indefinite_article_describes_someone_and_is_no_subject() {
    // "a Dallas Cowboys fan", "a Trump supporter": whom a later "he" means is the one described.
    let body = "<p>Governor Chris Christie – a Dallas Cowboys fan – gave a one word answer. “Denver,” he answered.</p>";
    assert_eq!(speaker_of(body, "Denver,").as_deref(), Some("Chris Christie"));
}

#[test]
fn spanish_titles_stand_for_the_one_last_named() {
    let body = "<p>Luego de que se difundieron imágenes de inundaciones, el presidente Andrés Manuel López Obrador aclaró que se trataron de «encharcamientos».</p>\
        <p>«No quiero utilizar el eufemismo», expresó el Presidente.</p>\
        <p>Al término de su conferencia, el Jefe del Ejecutivo dijo que Ramírez «no actúa por su cuenta».</p>";
    assert_eq!(speaker_of(body, "No quiero utilizar el eufemismo").as_deref(), Some("Andrés Manuel López Obrador"));
    assert_eq!(speaker_of(body, "no actúa por su cuenta").as_deref(), Some("Andrés Manuel López Obrador"));
}

#[test]
fn places_and_a_name_joined_to_an_object_are_no_subjects() {
    // A county before its name, a name joined by "and" to a preposition's object, "police boss".
    let body = "<p>Mrs Piper, of Tanfield Lea, near Stanley, County Durham, spoke to us at home.</p>\
        <p>She said: “He sat there for six hours chatting to the family.”</p>\
        <p>Nairobi police boss Japheth Koome confirmed that five people were killed but dismissed reports that they were victims of ethnic clashes.</p>\
        <p>Koome said there would be heavy police presence in Mathare and Baba Dogo estates.</p>\
        <p>“We will arrest them,” he said.</p>";
    assert_ne!(speaker_of(body, "He sat there for six hours chatting to the family.").as_deref(), Some("County Durham"));
    assert_eq!(speaker_of(body, "they were victims of ethnic clashes").as_deref(), Some("Japheth Koome"));
    assert_eq!(speaker_of(body, "We will arrest them,").as_deref(), Some("Japheth Koome"));
}

#[test]
fn an_organisations_name_runs_on_past_the_article_after_its_of() {
    let body = "<p>The Coalition for the Homeless said the number of people in shelters had doubled.</p>\
        <p>“We need more oversight,” the Office of the Inspector General said.</p>\
        <p>The Pentagon on the other hand said it had no comment on the report.</p>";
    assert_eq!(speaker_of(body, "the number of people in shelters had doubled").as_deref(), Some("Coalition for the Homeless"));
    assert_eq!(speaker_of(body, "We need more oversight,").as_deref(), Some("Office of the Inspector General"));
    assert_eq!(speaker_of(body, "it had no comment on the report").as_deref(), Some("Pentagon"));
}

#[test]
fn a_paragraph_naming_a_person_before_a_colon_introduces_the_next() {
    // A round-up of executives' words: each introduced by a paragraph of their name alone.
    let body = "<p>This is what corporate leaders are saying on their quarterly earnings calls.</p>\
        <p>Advanced Micro Devices Inc. CEO Lisa Su:</p>\
        <p>“Our core business is doing very well. I think the PC market environment is strong.”</p>\
        <p>Spotify Technology SA CFO Paul Vogel:</p>\
        <p>“In general all consumption is back above pre-Covid levels. Minutes listened in cars are up.”</p>\
        <p>Opening statement:</p>\
        <p>“We won a heck of a game. I thought both teams really played hard.”</p>";
    assert_eq!(speaker_of(body, "Our core business is doing very well. I think the PC market environment is strong.").as_deref(), Some("Lisa Su"));
    assert_eq!(speaker_of(body, "In general all consumption is back above pre-Covid levels. Minutes listened in cars are up.").as_deref(), Some("Paul Vogel"));
    assert_eq!(speaker_of(body, "We won a heck of a game. I thought both teams really played hard.").as_deref(), None);
}

#[test]
fn a_presenter_is_the_one_the_article_titled_so() {
    let body = "<p>BBC presenter Laura Kuenssberg pressed the minister on whether it was time to change course.</p>\
        <p>The BBC presenter continued: “You say you are focused on the country’s priorities.”</p>";
    assert_eq!(speaker_of(body, "You say you are focused on the country’s priorities.").as_deref(), Some("Laura Kuenssberg"));
}

#[test]
fn willing_is_no_cue() {
    // The quoted words are the minister's, not the government's that is "not willing".
    let body = "<p>Finance Minister Nirmala Sitharaman on Monday said the criticism that the government is not willing to listen is \"absolutely unfair\" and emphasised that she speaks to people.</p>";
    assert_eq!(speaker_of(body, "absolutely unfair").as_deref(), Some("Nirmala Sitharaman"));
}

#[test]
fn verbs_of_doing_report_nothing() {
    // Cue words the training data spans but that say nothing: "spotted", "brought", "takes".
    let body = "<p>Trump spotted a sign in the crowd as he walked to the stage.</p>\
        <p>Heather Johnston brought her debt down to $42,000 in five years.</p>\
        <p>The senator takes the view that the plan allows the governor to cut the minimum wage.</p>";
    let q = quotes(body);
    assert!(q.iter().all(|q| q.0 != "indirect"), "{q:?}");
}

#[test]
fn an_attribution_inside_a_relative_clause_reports_what_follows_it() {
    let body = "<p>Housing Minister Margaret Beckett spoke on Sunday.</p>\
        <p>But she also turned her attack on the Conservatives who, she claimed, have reneged on previous deals made with the Government.</p>";
    let q = quotes(body);
    assert!(q.iter().any(|q| q.0 == "indirect" && q.2 == "have reneged on previous deals made with the Government"), "{q:?}");
    assert!(q.iter().all(|q| !q.2.ends_with("who")), "{q:?}");
}

#[test]
fn arabic_that_after_the_verb_and_a_title_with_its_complement() {
    // "وأضاف أن" (he added that): the verb's subject is the one last named; "أما مدرب السيتي
    // جوسيب غوارديولا فقال" (as for City's coach Josep Guardiola, he said): the name after the title's complement.
    let body = "<p>وقال كلوب بعد المباراة إنها \"كانت متكافئة عندما كنا نلعب بـ11 لاعبا في مواجهة 11 في الطرف الآخر\".</p>\
        <p>وأضاف أن \"القرار الحاسم في المباراة كان حادثة الطرد\".</p>\
        <p>أما مدرب السيتي جوسيب غوارديولا فقال \"كلا الفريقين حصلا على فرص للتسجيل\".</p>";
    assert_eq!(speaker_of(body, "القرار الحاسم في المباراة كان حادثة الطرد").as_deref(), Some("كلوب"));
    assert_eq!(speaker_of(body, "كلا الفريقين حصلا على فرص للتسجيل").as_deref(), Some("جوسيب غوارديولا"));
}

#[test]
fn icelandic_cues_and_their_listener() {
    let body = "<p>\"Við leyfðum þeim að líta vel úr. Við tókum fótinn af bensíngjöfinni,\" sagði Ferguson.</p>\
        <p>„Við komum til leiksins með það í huga að spila sóknarleik,“ sagði José Mourinho við Sky eftir leik.</p>";
    assert_eq!(speaker_of(body, "Við leyfðum þeim að líta vel úr. Við tókum fótinn af bensíngjöfinni,").as_deref(), Some("Ferguson"));
    assert_eq!(speaker_of(body, "Við komum til leiksins með það í huga að spila sóknarleik,").as_deref(), Some("José Mourinho"));
}

#[test]
fn french_asking_pour_and_a_title_with_its_complement() {
    let body = "<p>« Vous serez dans quelle classe, vous, l’année prochaine ? », demande le journaliste Thomas Sotto au ministre Pap Ndiaye.</p>\
        <p>Pour la ministre chargée du Commerce Olivia Grégoire interrogée sur CNews, « la meilleure recette, c’est de ne pas y penser ».</p>\
        <p>Interrogé deux jours plus tôt sur ses ambitions pour Matignon, le ministre de l’Économie Bruno Le Maire préfère répondre par une autre question : « Quand on est heureux, pourquoi en changer ? »</p>\
        <p>« Nous avons gagné », a déclaré le président de la République Emmanuel Macron.</p>";
    assert_eq!(speaker_of(body, "Vous serez dans quelle classe, vous, l’année prochaine ?").as_deref(), Some("Thomas Sotto"));
    assert_eq!(speaker_of(body, "la meilleure recette, c’est de ne pas y penser").as_deref(), Some("Olivia Grégoire"));
    assert_eq!(speaker_of(body, "Quand on est heureux, pourquoi en changer ?").as_deref(), Some("Bruno Le Maire"));
    assert_eq!(speaker_of(body, "Nous avons gagné").as_deref(), Some("Emmanuel Macron"));
}

#[test]
fn court_papers_speak_as_written() {
    let body = "<p>Lawyers for the singer asked the judge to dismiss the case and \"deny each and every allegation contained in the complaint,\" the filing reads.</p>\
        <p>\"The defendant acted with malice,\" the lawsuit says.</p>";
    assert_eq!(speaker_of(body, "deny each and every allegation contained in the complaint,").as_deref(), Some("the filing"));
    assert_eq!(speaker_of(body, "The defendant acted with malice,").as_deref(), Some("the lawsuit"));
}

#[test]
fn a_paragraph_opening_with_someone_speaking_introduces_the_quotation_after_it() {
    let body = "<p>La alcaldesa de Chicago, Lori Lightfoot, respondió a las amenazas del presidente de enviar militares a la ciudad.</p>\
        <p>“Lo veré en la corte. No va a suceder, no en mi ciudad.”</p>\
        <p>Senator Marco Rubio responded to the nuclear test on Wednesday.</p>\
        <p>“I have been warning throughout this campaign that North Korea is run by a lunatic.”</p>\
        <p>Humphrey said he doesn’t believe the effort requires an alternative. Rather, he said, struggles by Trump’s campaign will coalesce support.</p>\
        <p>“To my knowledge, there is no heavy-hitter as yet involved.”</p>";
    assert_eq!(speaker_of(body, "Lo veré en la corte. No va a suceder, no en mi ciudad.").as_deref(), Some("Lori Lightfoot"));
    assert_eq!(speaker_of(body, "I have been warning throughout this campaign that North Korea is run by a lunatic.").as_deref(), Some("Marco Rubio"));
    assert_ne!(speaker_of(body, "To my knowledge, there is no heavy-hitter as yet involved.").as_deref(), Some("Donald Trump"));
}

#[test]
fn spanish_cues_of_mexican_and_argentine_copy() {
    let body = "<p>La violencia se detuvo, declaró el alcalde Cruz Pérez Cuéllar.</p>\
        <p>“Creo que el haber logrado detener ocho personas frenó esta ola”, anotó este viernes.</p>\
        <p>“No compartimos el comunicado, si es que es real”, expuso el presidente municipal.</p>";
    assert_eq!(speaker_of(body, "Creo que el haber logrado detener ocho personas frenó esta ola").as_deref(), Some("Cruz Pérez Cuéllar"));
    assert_eq!(speaker_of(body, "No compartimos el comunicado, si es que es real").as_deref(), Some("Cruz Pérez Cuéllar"));
}

#[test]
fn a_progressive_reports_what_follows_its_that() {
    let body = "<p>Clinton is now stressing that her plans will solve the kind of problems facing American families.</p>\
        <p>The attorney general is confirming that the Trump Foundation is not registered in New York as a charity.</p>\
        <p>Kelli Ward is challenging McCain for the Arizona seat in the U.S. Senate this year.</p>";
    let q = quotes(body);
    assert!(q.iter().any(|q| q.0 == "indirect" && q.1.as_deref() == Some("Clinton") && q.2.starts_with("her plans will solve")), "{q:?}");
    assert!(q.iter().any(|q| q.0 == "indirect" && q.2.starts_with("the Trump Foundation is not registered")), "{q:?}");
    assert!(q.iter().all(|q| !q.2.starts_with("McCain")), "{q:?}");
}

#[test]
fn an_opening_participle_phrase_is_no_content() {
    let body = "<p>Hillary Clinton spoke in Ohio on Monday.</p>\
        <p>Facing Trump in the debate, Clinton said she was ready.</p>\
        <p>Including superdelegates, Clinton now has a total of at least 723 delegates, according to the Associated Press.</p>";
    let q = quotes(body);
    assert!(q.iter().all(|q| !q.2.starts_with("Facing")), "{q:?}");
    assert!(q.iter().any(|q| q.2 == "Clinton now has a total of at least 723 delegates"), "{q:?}");
}

#[test]
fn scandinavian_dash_speech_runs_past_a_dash_inside_it() {
    // "– særlig i Moskva" is the speech going on, not a Spanish-style "—dijo X" closing it.
    let body = "<p>Det er på tide at fredssamtalene starter, sier Ukrainas president Volodymyr Zelenskyj.</p>\
        <p>– Jeg vil gjerne at alle hører etter – særlig i Moskva. Tiden er inne for et møte, sier Zelenskyj.</p>\
        <p>—No vamos a ceder —dijo Montero.</p>";
    assert_eq!(speaker_of(body, "Jeg vil gjerne at alle hører etter – særlig i Moskva. Tiden er inne for et møte").as_deref(), Some("Volodymyr Zelenskyj"));
    assert_eq!(speaker_of(body, "No vamos a ceder").as_deref(), Some("Montero"));
}

#[test]
fn a_comma_inside_reported_content_opens_no_attribution() {
    let body = "<p>Maj. Eric Walker with the Bibb County Sheriff's Office said that despite what some out in Lizella might think, the sheriff's office does respond to their calls.</p>\
        <p>Kremlin spokesman Dmitry Peskov said Russia would talk to Kyiv, provided it was “thoroughly prepared” by both sides.</p>";
    let q = quotes(body);
    assert!(q.iter().any(|q| q.1.as_deref() == Some("Eric Walker") && q.2.ends_with("does respond to their calls")), "{q:?}");
    assert!(q.iter().all(|q| q.2 != "Maj. Eric Walker with the Bibb County Sheriff's Office said that despite what some out in Lizella might think"), "{q:?}");
    assert_eq!(speaker_of(body, "thoroughly prepared").as_deref(), Some("Dmitry Peskov"));
}

#[test]
fn more_french_reporting_verbs() {
    let body = "<p>« On ne maîtrise pas », abonde Jean Dupont.</p>\
        <p>« Nous avons évacué le quartier », détaille le maire Christophe Boisson.</p>\
        <p>« La situation est grave », témoigne Marie Leroy.</p>";
    assert_eq!(speaker_of(body, "On ne maîtrise pas").as_deref(), Some("Jean Dupont"));
    assert_eq!(speaker_of(body, "Nous avons évacué le quartier").as_deref(), Some("Christophe Boisson"));
    assert_eq!(speaker_of(body, "La situation est grave").as_deref(), Some("Marie Leroy"));
}

#[test]
fn an_aside_between_the_cue_and_its_subject() {
    let body = "<p>\"On sait que les épisodes peuvent être imprévisibles\", détaille, face à la caméra du 13H de TF1, le capitaine Pierre Martel, commandant en second.</p>\
        <p>\"No vamos a ceder\", dijo, tras la reunión, el ministro José Luis Ábalos.</p>";
    assert_eq!(speaker_of(body, "On sait que les épisodes peuvent être imprévisibles").as_deref(), Some("Pierre Martel"));
    assert_eq!(speaker_of(body, "No vamos a ceder").as_deref(), Some("José Luis Ábalos"));
}

#[test]
fn more_portuguese_reporting_verbs() {
    let body = "<p>\"Não posso lamentar sobre jogos mais longos\", desabafou Novak Djokovic.</p>\
        <p>\"Ele é um top 5\", pontuou o treinador Marcelo Melo.</p>";
    assert_eq!(speaker_of(body, "Não posso lamentar sobre jogos mais longos").as_deref(), Some("Novak Djokovic"));
    assert_eq!(speaker_of(body, "Ele é um top 5").as_deref(), Some("Marcelo Melo"));
}

#[test]
fn more_italian_reporting_verbs() {
    let body = "<p>«Abbiamo ricostruito l’accaduto», ha evidenziato il sindaco Marco Rossi.</p>\
        <p>«Non ci sono feriti», ha confermato Giulia Bianchi.</p>";
    assert_eq!(speaker_of(body, "Abbiamo ricostruito l’accaduto").as_deref(), Some("Marco Rossi"));
    assert_eq!(speaker_of(body, "Non ci sono feriti").as_deref(), Some("Giulia Bianchi"));
}

#[test]
fn a_german_age_stands_for_the_one_last_named() {
    let body = "<p>Helmut F., der Mandant des Juristen, ist empört.</p>\
        <p>„Ein Opfer ist der Staatsanwaltschaft noch nicht mal mehr eine Antwort wert“, sagt der 76-Jährige verbittert.</p>";
    assert_eq!(speaker_of(body, "Ein Opfer ist der Staatsanwaltschaft noch nicht mal mehr eine Antwort wert").as_deref(), Some("Helmut F."));
}

#[test]
fn a_gerund_opening_a_sentence_is_no_part_of_the_name_after_it() {
    let body = "<p>Sen. Marco Rubio spoke in Iowa on Tuesday.</p>\
        <p>Joining Rubio on stage, Sen. Ted Cruz said the party would unite behind its nominee.</p>\
        <p>Injecting Clinton’s emails into the race, Rubio said that voters deserved answers about the server.</p>\
        <p>The Morning Joe host said nothing.</p>";
    assert_eq!(speaker_of(body, "voters deserved answers about the server").as_deref(), Some("Marco Rubio"));
    assert_eq!(speaker_of(body, "the party would unite behind its nominee").as_deref(), Some("Ted Cruz"));
}

#[test]
fn a_subject_made_of_what_someone_says_reports_nothing() {
    let body = "<p>We don't care. Everything Trump says is a lie unless proven otherwise. We aren't blind.</p>\
        <p>The course has adapted to what Michelle Tanzer said is growing demand for fitness facilities.</p>";
    let found = quotes(body);
    assert!(found.iter().all(|(_, _, text)| !text.starts_with("is a lie")), "{found:?}");
    assert_eq!(speaker_of(body, "is growing demand for fitness facilities").as_deref(), Some("Michelle Tanzer"));
}

#[test]
fn a_second_verb_after_the_name_ends_the_subject() {
    let body = "<p>“We need to get the banks to give money to the economy,” said Petrashko and added that the Ministry does not intend to revise the forecast.</p>";
    assert_eq!(speaker_of(body, "We need to get the banks to give money to the economy,").as_deref(), Some("Petrashko"));
}

#[test]
fn a_name_listed_after_by_is_no_subject_for_a_later_pronoun() {
    let body = "<p>“What happened tonight is senseless,” Police Chief Michael Sullivan said.</p>\
        <p>Sullivan was joined at the news conference by Mayor Kate Gallego, City Manager Jeff Barton and County Attorney Rachel Mitchell.</p>\
        <p>He said it was the 11th time this year that officers had been the target of gunfire.</p>\
        <p>In Washington, Senator John Thune and Senator Chuck Grassley met on Monday.</p>\
        <p>He said the talks would go on.</p>";
    assert_eq!(speaker_of(body, "it was the 11th time this year that officers had been the target of gunfire").as_deref(), Some("Michael Sullivan"));
    assert_eq!(speaker_of(body, "the talks would go on").as_deref(), Some("Chuck Grassley"));
}

#[test]
fn a_listener_before_a_pronoun_is_no_part_of_what_was_told() {
    let body = "<p>Selvy had told police he was sitting at home listening to music when a man entered.</p>\
        <p>Ms. Adams told the court she had never seen the contract before that morning.</p>\
        <p>The most telling point she has made is that she will not overpromise to voters.</p>";
    assert_eq!(speaker_of(body, "he was sitting at home listening to music when a man entered").as_deref(), Some("Selvy"));
    assert_eq!(speaker_of(body, "she had never seen the contract before that morning").as_deref(), Some("Adams"));
    assert!(quotes(body).iter().all(|(_, _, text)| !text.contains("overpromise")));
}

#[test]
fn a_long_name_after_said_and_its_adverbial_close_the_attribution() {
    let body = "<p>Skopje, 7 April 2023 (MIA) - Latest data shows that inflation has dropped compared to the previous months, said Economy Minister Kreshnik Bekteshi on Friday.</p>";
    let found = quotes(body);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(speaker_of(body, "Latest data shows that inflation has dropped compared to the previous months").as_deref(), Some("Kreshnik Bekteshi"));
}

#[test]
fn arabic_reports_verbs_with_and_joined_and_surnames_alone() {
    let body = "<p>أعلن المتحدث باسم الشرطة إريك غريب، أنه تم إلقاء القبض على المشتبه به في إطلاق النار.</p>\
        <p>وقال مفوض شرطة المدينة ريتشارد روس للصحفيين، إن الشرطة تمكنت من التحدث لفترة وجيزة مع مطلق النار.</p>\
        <p>وكتب غريب على حسابه في “تويتر”: “المشتبه به محتجز والقوات الخاصة ما زالت تفتش المنزل”.</p>";
    let q = quotes(body);
    let by = |start: &str| q.iter().find(|x| x.2.starts_with(start)).and_then(|x| x.1.clone());
    assert_eq!(by("تم إلقاء القبض").as_deref(), Some("إريك غريب"), "{q:?}");
    assert_eq!(by("الشرطة تمكنت").as_deref(), Some("ريتشارد روس"), "{q:?}");
    assert_eq!(by("المشتبه به محتجز").as_deref(), Some("إريك غريب"), "{q:?}");
    // The platform in quotation marks is nobody's words.
    assert!(q.iter().all(|x| x.2 != "تويتر"), "{q:?}");
}

#[test]
fn an_appositive_set_off_by_dashes_between_the_name_and_the_cue() {
    let body = "<p>“I think there has got to be a framework agreed upon in the Senate,” Sanders — an Independent progressive who caucuses with Democrats — told CNN’s Dana Bash on “State of the Union.”</p>\
        <p>“We will get there,” Mayor Jane Roe – a Democrat – said.</p>";
    assert_eq!(speaker_of(body, "I think there has got to be a framework agreed upon in the Senate,").as_deref(), Some("Sanders"));
    assert_eq!(speaker_of(body, "We will get there,").as_deref(), Some("Jane Roe"));
}

#[test]
fn a_relative_clause_with_whose_before_the_cue() {
    let body = "<p>A councillor whose town was completely cut off by flooding said she was \"in tears\" at the “enormity of the distress” it caused.</p>\
        <p>The state officials whose laws have been invalidated say the real change has come in the makeup of the judiciary.</p>";
    let found = quotes(body);
    assert!(found.iter().any(|(kind, _, text)| kind == "partial" && text == "in tears"), "{found:?}");
    assert!(found.iter().any(|(kind, _, text)| kind == "indirect" && text.starts_with("the real change has come")), "{found:?}");
}

#[test]
fn an_unnamed_speakers_quotation_left_open_goes_on_in_the_next_paragraph() {
    let body = "<p>One Sandycroft resident, wishing to remain anonymous, said: \"Chester Road wasn't shut until late into the evening despite residents calling for it.</p>\
        <p>\"I am absolutely dumfounded and annoyed that the road wasn't closed long before it was.\"</p>";
    assert_eq!(who(body, "I am absolutely dumfounded and annoyed that the road wasn't closed long before it was.").1.as_deref(), Some("one Sandycroft resident"));
}

#[test]
fn a_paragraph_of_one_sentence_opening_with_a_pronoun_speaking_introduces_the_next_quotation() {
    let body = "<p>“I just want to cry,” said Paul Jones-King, a nurse.</p>\
        <p>Mr Jones-King estimated around 20 properties in the nearby area may have been affected.</p>\
        <p>He criticised both the Environment Agency and the borough council.</p>\
        <p>“It really is down to the Environment Agency to come up with a solution.</p>";
    assert_eq!(speaker_of(body, "It really is down to the Environment Agency to come up with a solution.").as_deref(), Some("Paul Jones-King"));
}

#[test]
fn an_indian_wire_dateline_without_a_dash_and_arabic_that_after_the_name() {
    let body = "<p>New Delhi, Dec 2 (PTI) Finance Minister Nirmala Sitharaman on Monday said the criticism was unfair and emphasised that she herself goes around the country and speaks to people.</p>\
        <p>وتابع جوسيب غوارديولا أنه \"بعد حادثة الطرد أصبحت الأمور أكثر سهولة علينا\".</p>";
    let q = quotes(body);
    assert!(q.iter().all(|x| x.1.as_deref() != Some("New Delhi")), "{q:?}");
    assert_eq!(speaker_of(body, "بعد حادثة الطرد أصبحت الأمور أكثر سهولة علينا").as_deref(), Some("جوسيب غوارديولا"));
}

#[test]
fn more_german_reporting_verbs_and_the_accusative_after_the_name() {
    let body = "<p>„Ein Bürger hatte am Rathaus eine Kiste mit Fundsachen abgestellt“, erläutert Dezernent Oswald Duda.</p>\
        <p>„Die Motivation der Täter entzieht sich völlig meiner Fantasie“, kommentiert Bürgermeister Friedrich-Wilhelm Rebbe den mysteriösen Einbruch.</p>\
        <p>Bürgermeister Arne Zwick entgegnete, dass die Polizei nachts keine Präsenz in der Stadt zeigen kann.</p>";
    assert_eq!(speaker_of(body, "Ein Bürger hatte am Rathaus eine Kiste mit Fundsachen abgestellt").as_deref(), Some("Oswald Duda"));
    assert_eq!(speaker_of(body, "Die Motivation der Täter entzieht sich völlig meiner Fantasie").as_deref(), Some("Friedrich-Wilhelm Rebbe"));
    assert_eq!(speaker_of(body, "die Polizei nachts keine Präsenz in der Stadt zeigen kann").as_deref(), Some("Arne Zwick"));
}

#[test]
fn a_name_after_several_titles_listed_after_the_cue() {
    let body = "<p>\"Bookings came in lower than expected in the third quarter,\" said chairman, president and CEO, Germain Lamonde, in the release.</p>";
    assert_eq!(speaker_of(body, "Bookings came in lower than expected in the third quarter,").as_deref(), Some("Germain Lamonde"));
}

#[test]
fn a_sentence_that_only_attributes_the_quotation_before_it() {
    let body = "<p>BlackBerry shares fell as much as 11 percent to $9.84 in the early trading.</p>\
        <p>\"We secured key design wins in high growth segments of automotive technology. Our financial foundation is solid.\" CEO John Chen said in a press release.</p>";
    assert_eq!(speaker_of(body, "We secured key design wins in high growth segments of automotive technology. Our financial foundation is solid.").as_deref(), Some("John Chen"));
}

#[test]
fn a_capitalized_word_opening_with_a_wide_character_is_read_without_a_panic() {
    // The gerund test looked at the bytes after the first as a slice from byte 1, inside "Ä".
    let body = "<p>Ärming Foo said the plan was good for the whole town and its people.</p>";
    assert_eq!(speaker_of(body, "the plan was good for the whole town and its people").as_deref(), Some("Ärming Foo"));
}

#[test]
fn a_name_set_off_after_a_title_in_an_object_is_no_subject() {
    // The subjectless "expresó" is the minister who rejected the other's remarks, not the other.
    let body = "<p>El ministro del Interior, Juan José Santiváñez, rechazó las declaraciones del ministro de Energía y Minas, Rómulo Mucho, sobre el presunto audio.</p>\
        <p>\"No he escuchado las declaraciones del ministro de Energía y Minas\", expresó.</p>\
        <p>The chairman of the Joint Chiefs of Staff, Gen. Joseph Dunford, spoke to the ambassador of Japan, Taro Kono, on Monday.</p>\
        <p>\"We spoke about the region,\" he said.</p>";
    assert_eq!(speaker_of(body, "No he escuchado las declaraciones del ministro de Energía y Minas").as_deref(), Some("Juan José Santiváñez"));
    assert_eq!(speaker_of(body, "We spoke about the region,").as_deref(), Some("Joseph Dunford"));
}

#[test]
fn that_after_the_cue_s_object_noun_and_before_a_verb_is_relative() {
    let body = "<p>BlackBerry Ltd. on Friday reported first-quarter revenue that fell short of analysts’ estimate, which raised investors’ concerns.</p>\
        <p>Super PACs raised money that went to Republican groups, the filings show.</p>\
        <p>Mayor Jane Cole said on Monday that armed men had been seen near the school.</p>";
    let q = quotes(body);
    assert!(q.iter().all(|x| !x.2.starts_with("fell short") && !x.2.starts_with("went to")), "{q:?}");
    assert_eq!(speaker_of(body, "armed men had been seen near the school").as_deref(), Some("Jane Cole"));
}

#[test]
fn a_local_body_named_for_two_places() {
    let body = "<p>Redcar and Cleveland Council said it had \"responded immediately\".</p>\
        <p>Avon and Somerset Police said officers were \"on the scene\" within minutes.</p>\
        <p>The Food and Drug Administration said it was \"reviewing\" the data.</p>";
    assert_eq!(speaker_of(body, "responded immediately").as_deref(), Some("Redcar and Cleveland Council"));
    assert_eq!(speaker_of(body, "on the scene").as_deref(), Some("Avon and Somerset Police"));
    assert_eq!(speaker_of(body, "reviewing").as_deref(), Some("Food and Drug Administration"));
}

#[test]
fn what_was_said_follows_the_colon_after_where_it_was_said() {
    let body = "<p>Head Coach Christophe Galtier said in the post match press conference held after the end of the match: The match was tough and exciting for both sides.</p>\
        <p>Some of the ideas described in this chapter are still aspirational: there is always room to move more rapidly.</p>";
    let q = quotes(body);
    assert!(q.iter().any(|x| x.2 == "The match was tough and exciting for both sides" && x.1.as_deref() == Some("Christophe Galtier")), "{q:?}");
    assert!(q.iter().all(|x| !x.2.starts_with("there is always room")), "{q:?}");
}

#[test]
fn a_participle_after_a_medium_speaks_for_whoever_put_it_out() {
    let body = "<p>Sgt. Vincent Lewis, a spokesman with the Phoenix Police Department, issued a written statement at 3:20 p.m. saying Phoenix officers were pursuing the suspect.</p>\
        <p>Mayor Jane Smith posted a video on Facebook saying the roads would reopen soon.</p>\
        <p>The council issued a statement saying officers were clearing the road.</p>\
        <p>In California, 475 pledged delegates will be at stake next month.</p>";
    assert_eq!(speaker_of(body, "Phoenix officers were pursuing the suspect").as_deref(), Some("Vincent Lewis"));
    assert_eq!(speaker_of(body, "the roads would reopen soon").as_deref(), Some("Jane Smith"));
    let q = quotes(body);
    assert!(q.iter().any(|x| x.2 == "officers were clearing the road"), "{q:?}");
    assert!(q.iter().all(|x| !x.2.starts_with("a statement") && !x.2.starts_with("delegates")), "{q:?}");
}

#[test]
fn an_arabic_comma_ends_the_name_and_the_minister_is_the_one_last_named() {
    let body = "<p>قال مصطفى بايتاس، الناطق الرسمي باسم الحكومة، اليوم الخميس، إنه \"لا نية للحكومة في التراجع عن دعم غاز البوتان\".</p>\
        <p>وأكد الوزير أن \"الحكومة واعية بأهمية مادة غاز البوتان في الاستهلاك اليومي\".</p>";
    assert_eq!(speaker_of(body, "لا نية للحكومة في التراجع عن دعم غاز البوتان").as_deref(), Some("مصطفى بايتاس"));
    assert_eq!(speaker_of(body, "الحكومة واعية بأهمية مادة غاز البوتان في الاستهلاك اليومي").as_deref(), Some("مصطفى بايتاس"));
}

#[test]
fn head_is_a_title_word_of_a_description() {
    let body = "<p>FC Goa assistant head coach Clifford Miranda was pleased with the spirit of his team despite a defeat on Saturday.</p>\
        <p>The assistant head coach further said that he is impressed with how his team has performed.</p>";
    assert_eq!(speaker_of(body, "he is impressed with how his team has performed").as_deref(), Some("Clifford Miranda"));
}

#[test]
fn a_day_after_the_cue_is_no_subject_and_no_part_of_the_infinitive() {
    let body = "<p>Nordstrom continued Wednesday to defend its choice of brands for its stores.</p>\
        <p>Bernie Sanders promised Monday to begin taking executive action on immigration.</p>";
    let q = quotes(body);
    assert!(q.iter().all(|x| !x.2.starts_with("Wednesday")), "{q:?}");
    assert!(q.iter().any(|x| x.2 == "to begin taking executive action on immigration" && x.1.as_deref() == Some("Bernie Sanders")), "{q:?}");
}

#[test]
fn german_separable_reporting_verbs() {
    let body = "<p>\"Eine Reduzierung findet momentan nicht statt\", stellt Polizeisprecher Michael Aschenbrenner klar.</p>\
        <p>„Die Lage ist ernst“, wies Landrat Peter Klein darauf hin.</p>";
    assert_eq!(speaker_of(body, "Eine Reduzierung findet momentan nicht statt").as_deref(), Some("Michael Aschenbrenner"));
    assert_eq!(speaker_of(body, "Die Lage ist ernst").as_deref(), Some("Peter Klein"));
}

#[test]
fn a_relative_clause_after_the_source_of_according_to_is_no_content() {
    let body = "<p>According to agency director Phira Luon, who reportedly wrote the email, the note was only meant to be seen by a select few.</p>\
        <p>According to agency director Phira Luon, who reportedly wrote the email</p>";
    let q = quotes(body);
    assert!(q.iter().any(|x| x.2 == "the note was only meant to be seen by a select few" && x.1.as_deref() == Some("Phira Luon")), "{q:?}");
}

#[test]
fn a_subjectless_romance_cue_after_a_fronted_phrase_and_el_mandatario() {
    let body = "<p>El presidente Andrés Manuel López Obrador aseguró ayer que su conferencia de prensa matutina desaparecerá.</p>\
        <p>Al iniciar su conferencia de prensa, dijo: “Ya no vamos a tener estos encuentros, estos diálogos circulares”.</p>\
        <p>Luego el mandatario sostuvo que alguien señaló que esa conferencia es un montaje.</p>";
    assert_eq!(speaker_of(body, "Ya no vamos a tener estos encuentros, estos diálogos circulares").as_deref(), Some("Andrés Manuel López Obrador"));
    assert_eq!(speaker_of(body, "alguien señaló que esa conferencia es un montaje").as_deref(), Some("Andrés Manuel López Obrador"));
}

#[test]
fn queste_le_parole_and_words_that_open_sentences() {
    let body = "<p>“Noi, per quel che ci compete, siamo pronti a fare la nostra parte”. Queste le parole del sindaco di Perugia Andrea Romizi, in merito al caso.</p>\
        <p>Il premier ha parlato a lungo. Prima aveva detto: \"Per farcela serve la serietà di dire che non servono annunci shock\".</p>\
        <p>Take, for example, CEO Lourenco Goncalves, who unloaded on analysts, saying that some “can’t read numbers.”</p>";
    assert_eq!(speaker_of(body, "Noi, per quel che ci compete, siamo pronti a fare la nostra parte").as_deref(), Some("Andrea Romizi"));
    assert_ne!(speaker_of(body, "Per farcela serve la serietà di dire che non servono annunci shock").as_deref(), Some("Prima"));
    assert_eq!(speaker_of(body, "can’t read numbers.").as_deref(), Some("Lourenco Goncalves"));
}

#[test]
fn a_beginning_reports_nothing_but_the_saying_after_it() {
    let body = "<p>The CEO began his answer by complaining about leaks from inside the company.</p>\
        <p>Ted Cruz began his day in an unheated barn in Osceola.</p>\
        <p>Judge Ann Berman began by saying that the sentence would be light.</p>";
    let q = quotes(body);
    assert!(q.iter().all(|x| x.0 != "indirect" || x.2 == "the sentence would be light"), "{q:?}");
    assert!(q.iter().any(|x| x.2 == "the sentence would be light"), "{q:?}");
}

#[test]
fn an_appositive_s_head_past_a_compound_adjective_and_joined_modifiers() {
    let body = "<p>Digicel, the Caribbean based telecoms company, has said it is cooperating fully with the US Department of Justice.</p>\
        <p>\"Digicel is committed to conducting business in adherence with laws,\" the company said in a statement.</p>\
        <p>Ericsson, a Swedish multinational communication technology and services company, today issued a statement.</p>\
        <p>\"We will not provide any detailed comments on the request,\" the company stated.</p>";
    assert_eq!(speaker_of(body, "Digicel is committed to conducting business in adherence with laws,").as_deref(), Some("Digicel"));
    assert_eq!(speaker_of(body, "We will not provide any detailed comments on the request,").as_deref(), Some("Ericsson"));
}

#[test]
fn a_day_left_after_the_cue_opens_no_content() {
    let body = "<p>The lender is also facing probes by the Securities and Exchange Commission, JPMorgan said Friday in a filing.</p>\
        <p>Senator Tim Kaine insisted Thursday during a whistle stop tour of morning news shows.</p>\
        <p>JPMorgan said Friday the bank is facing probes.</p>";
    let q = quotes(body);
    assert!(q.iter().all(|x| !x.2.starts_with("Friday") && !x.2.starts_with("Thursday")), "{q:?}");
    assert!(q.iter().any(|x| x.2 == "the bank is facing probes"), "{q:?}");
}

#[test]
fn the_new_ceo_is_the_one_the_article_named_ceo() {
    let body = "<p>Based on a poll, Twitter CEO Elon Musk on Sunday announced that Donald Trump has been allowed to rejoin the platform.</p>\
        <p>The new CEO said that the poll was getting a million votes per hour.</p>";
    assert_eq!(speaker_of(body, "the poll was getting a million votes per hour").as_deref(), Some("Elon Musk"));
}
