//! Article text on hand-made pages: what the text keeps and what it leaves to
//! the page (promotions, ad slots), and how lines inside a paragraph are read.

use lede::adapters::html;
use lede::{analyze, Analysis, Options};

const LEAD: &str = "<p>The city council voted on Tuesday to approve a $40 million budget for new schools and roads, ending months of debate over how to pay for repairs.</p>\
    <p>Tax revenue rose 6.5 percent from last year, according to the city finance office, which had forecast a rise of 4 percent in its spring report.</p>";

fn analysis(body: &str) -> Analysis {
    let page = format!("<html><head><title>Council approves budget</title></head><body><article><h1>Council approves budget</h1>{LEAD}{body}</article></body></html>");
    analyze(&html::parse(&page), &Options::default()).expect("an article")
}

#[test]
fn promotions_and_ad_slots_set_into_the_text_stay_out() {
    let a = analysis(
        "<p><a href=\"/other\"><span>Related: Bus fares to rise by 10p in January</span></a></p>\
         <div class=\"inread\"><div class=\"label\">ADVERTISING</div></div>\
         <p><a href=\"/x\">READ MORE: Airport expansion approved</a></p>\
         <p class=\"slot\">Story continues below advertisement</p>\
         <figure class=\"media-player has-caption\"><figcaption><span>Media caption</span> Watch: the mayor on the budget</figcaption></figure>\
         <div class=\"video-resource\"><div>Video: the mayor on the budget</div><div>01:45</div></div>\
         <p>___</p><p>* * *</p><p><strong><a href=\"/x\">MAYOR QUIETLY EXPANDS PARKING PROGRAM FOR RESIDENTS</a></strong></p>\
         <p>Follow the Ledger’s coverage of the budget at https://ledger.example/budget</p>\
         <div class=\"box-leggi-anche\"><span class=\"title-leggi-anche\">LEGGI ANCHE</span><ul><li><a href=\"/a\">Frana sull’Appennino, evacuate dodici famiglie</a></li><li><a href=\"/b\">Maltempo in Emilia-Romagna, allerta rossa</a></li></ul></div>\
         <p class=\"button-wrapper\"><a class=\"button primary\" href=\"/comments\"><span>Leave a comment</span></a></p>\
         <p>The mayor said the repairs would start in March and last two years.</p>\
         <p>Advertising revenue at the city’s newspaper fell by a third last year, the publisher said.</p>",
    );
    for chrome in ["Related:", "ADVERTISING", "READ MORE", "continues below", "Media caption", "01:45", "___", "* * *", "coverage of the budget", "PARKING PROGRAM", "LEGGI ANCHE", "Leave a comment"] {
        assert!(!a.text.contains(chrome), "{chrome} in {}", a.text);
    }
    assert!(a.text.contains("The mayor said the repairs would start in March"));
    // The word in a sentence is no label.
    assert!(a.text.contains("Advertising revenue at the city’s newspaper fell"));
}

#[test]
fn a_dateline_and_the_reading_time_set_apart_are_no_text() {
    // As NPR sets them: the date and time in spans of a <time>, and the audio player's length.
    let page = "<html><head><title>Council approves budget</title></head><body><article><h1>Council approves budget</h1>\
        <div class=\"dateblock\"><time datetime=\"2025-03-11T05:00:49-04:00\"><span class=\"date\">March 11, 2025</span><span class=\"time\">5:00 AM ET</span></time></div>\
        <div class=\"audio-module\"><span class=\"audio-module-listen-duration-text\">4-Minute Listen</span></div><p class=\"meta\">6 min read</p>\
        <p>The city council voted on <time datetime=\"2025-03-10\">Monday</time> to approve a $40 million budget for new schools and roads, ending months of debate.</p>\
        <p>Tax revenue rose 6.5 percent from last year, according to the city finance office, which had forecast a rise of 4 percent in its spring report.</p>\
        <p>Reading 20 minutes a day is what the new library programme asks of pupils, and 12 minutes to read the news.</p></article></body></html>";
    let a = analyze(&html::parse(page), &Options::default()).expect("an article");
    for chrome in ["2025", "5:00 AM", "Listen", "min read"] {
        assert!(!a.text.contains(chrome), "{chrome} in {}", a.text);
    }
    assert!(a.text.contains("voted on Monday to approve"), "{}", a.text);
    assert!(a.text.contains("12 minutes to read the news."), "{}", a.text);
    assert_eq!(a.published.as_deref().map(|d| &d[..10]), Some("2025-03-11"));
}

#[test]
fn camel_cased_module_classes_name_their_chrome() {
    // CSS modules and styled components write a box's name in camel case with a hash.
    let a = analysis(
        "<div class=\"ArticleInlineNewsletter_root__k7Ba2\"><p>Sign up for The Daily Ledger</p><p>Get our guide to the day’s news, delivered to your inbox.</p></div>\
         <p class=\"ArticleParagraph_root__4mszW\">The mayor said the repairs would start in March and last two years.</p>\
         <div class=\"ArticleAffiliateDisclosure_root__gS7rN\"><p>When you buy a book using a link on this page, we receive a commission.</p></div>\
         <p class=\"ArticleParagraph_root__4mszW\"><em>This article appears in the May 2025 print edition with the headline “What Happens When the Roads Fail.”</em></p>",
    );
    for chrome in ["Sign up", "guide to the day", "receive a commission", "print edition"] {
        assert!(!a.text.contains(chrome), "{chrome} in {}", a.text);
    }
    assert!(a.text.contains("The mayor said the repairs would start in March"));
}

#[test]
fn line_breaks_in_a_paragraph_end_sentences_and_labels_make_no_claims() {
    let a = analysis(
        "<p>The overall rankings of the districts were as follows:<br>1. Northside<br>2. Riverside<br>3. Old Town</p>\
         <p>Ledger (Springfield) First published February 1, 2026: 1:28 AM ET</p>",
    );
    let block = a.blocks.iter().find(|b| b.text.starts_with("The overall rankings")).expect("the list paragraph");
    assert!(block.text.contains("as follows:\n1. Northside\n2. Riverside"), "{:?}", block.text);
    let claims: Vec<&str> = a.claims.iter().chain(&a.claim_candidates).map(|c| c.text.as_str()).collect();
    assert!(claims.iter().all(|c| !c.contains("as follows") && !c.contains("Northside") && !c.contains("First published")), "{claims:?}");
    assert!(claims.iter().any(|c| c.starts_with("Tax revenue rose 6.5 percent")), "{claims:?}");
}

fn page(head: &str, top: &str) -> Analysis {
    let page = format!("<html><head><title>Council approves budget</title>{head}</head><body><article><h1>Council approves budget</h1>{top}{LEAD}</article></body></html>");
    analyze(&html::parse(&page), &Options::default()).expect("an article")
}

fn authors(a: &Analysis) -> Vec<(&str, Option<&str>)> {
    a.authors.iter().map(|x| (x.name.as_str(), x.url.as_deref())).collect()
}

#[test]
fn bylines_name_each_author_with_their_own_link_and_nothing_else() {
    let a = page("", "<div class=\"byline\"><span>By</span> <a href=\"/people/ann-lee\">Ann Lee</a> and <a href=\"/people/bo-chen\">Bo Chen</a> <span>Updated 3:15 PM EST, Tue March 5, 2024</span></div>");
    assert_eq!(authors(&a), [("Ann Lee", Some("/people/ann-lee")), ("Bo Chen", Some("/people/bo-chen"))]);
    let a = page("", "<address class=\"author\">Written by <a rel=\"author\" href=\"/ann\">Ann Lee</a>, Political Editor</address>");
    assert_eq!(authors(&a), [("Ann Lee", Some("/ann"))]);
    assert!(a.text.starts_with("The city council voted"), "{}", a.text);
    // The outlet named as the author in the metadata gives way to the person the byline names.
    let head = "<meta property=\"og:site_name\" content=\"City Ledger\"><meta name=\"author\" content=\"City Ledger\">";
    let a = page(head, "<div class=\"article-author-name\">By <a href=\"/author/ann\">Ann Lee</a></div>");
    assert_eq!(authors(&a), [("Ann Lee", Some("/author/ann"))]);
    // Writers the metadata names take the byline's link on their own name, not its first.
    let a = page("<meta name=\"author\" content=\"Ann Lee, Bo Chen\">", "<div class=\"byline__names\">By <a href=\"/people/ann-lee\">Ann Lee</a> and <a href=\"/people/bo-chen\">Bo Chen</a>, Ledger</div>");
    assert_eq!(authors(&a), [("Ann Lee", Some("/people/ann-lee")), ("Bo Chen", Some("/people/bo-chen"))]);
    // A live blog's posts are each signed "From CNN’s …": the page's writers are all of theirs,
    // where a story's byline is its own ("By Ann Lee" before a promoted story's "From Ledger’s Bo Chen").
    let a = page("", "<p class=\"byline\">From Ledger’s Ann Lee</p><p>Update one.</p><p class=\"byline\">From Ledger’s Bo Chen</p>");
    assert_eq!(authors(&a), [("Ann Lee", None), ("Bo Chen", None)]);
    let a = page("", "<p class=\"byline\">By Ann Lee</p><p>Update one.</p><p class=\"byline\">From Ledger’s Bo Chen</p>");
    assert_eq!(authors(&a), [("Ann Lee", None)]);
    // The byline may set the metadata's name in capitals, in an "authors" box.
    let a = page("<meta name=\"author\" content=\"Ann Lee\">", "<div class=\"Page-authors\">By <a href=\"/author/ann-lee\">ANN LEE</a></div>");
    assert_eq!(authors(&a), [("Ann Lee", Some("/author/ann-lee"))]);
    assert_eq!(a.authors[0].ranges.len(), 1);
    // An outlet in capitals beside a writer named in mixed case is no author.
    let a = page("<meta name=\"author\" content=\"David Jackson, USA TODAY\">", "");
    assert_eq!(authors(&a), [("David Jackson", None)]);
    // An author box at the top is no part of the text either.
    let a = page("", "<div class=\"author\"><div class=\"author-name\">Ann Lee</div><div class=\"author-title\">Senior Political Correspondent</div></div>");
    assert!(a.text.starts_with("The city council voted"), "{}", a.text);
}

#[test]
fn a_name_in_an_infobox_or_a_class_that_only_looks_like_a_microformat_is_no_author() {
    // Wikipedia's infobox marks a country's name as an hCard "fn"; Fox names its own boxes "fn-article".
    let head = "<meta property=\"og:site_name\" content=\"Wikipedia\">";
    let a = page(head, "<table class=\"infobox vcard\"><tr><th><span class=\"fn\">New Zealand</span></th></tr></table>");
    assert_eq!(authors(&a), [("Wikipedia", None)]);
}

#[test]
fn an_author_bio_in_a_css_module_box_is_the_authors() {
    let bio_box = "<div class=\"ArticleBio_root__N3dhF\"><address><div class=\"ArticleBio_content__Kp0tS\"><p><a href=\"/author/ann-lee/\">Ann Lee</a> is a staff writer at the Ledger, where she covers city hall and the budget.</p></div></address></div>";
    let a = page("<meta name=\"author\" content=\"Ann Lee\">", bio_box);
    assert_eq!(a.authors[0].bio.as_deref(), Some("Ann Lee is a staff writer at the Ledger, where she covers city hall and the budget."));
    // A byline box's name, role and date run together are no bio.
    let byline_box = "<div class=\"author-info\"><div><a href=\"/author/ann-lee\">Ann Lee</a><span>Environment Correspondent</span></div><div><time>Tuesday 11 February 2025 16:45 GMT</time></div><div><a href=\"#comments\">Comments</a></div></div>";
    let a = page("<meta name=\"author\" content=\"Ann Lee\">", byline_box);
    assert_eq!(a.authors[0].bio, None);
}

#[test]
fn a_plain_byline_and_date_line_give_the_author_and_date_and_leave_the_text() {
    let a = page("", "<p>By Ann Lee | Staff Writer</p><p>Published March 5, 2024</p>");
    assert_eq!(authors(&a), [("Ann Lee", None)]);
    assert_eq!(a.published.as_deref(), Some("2024-03-05"));
    assert!(a.text.starts_with("The city council voted"), "{}", a.text);
    // A paragraph that opens with "By" but is prose stays.
    let a = page("", "<p>By the end of the meeting, most members had changed their minds about the plan.</p>");
    assert!(a.text.starts_with("By the end of the meeting"), "{}", a.text);
    // Italian papers sign "di …" or "dalla nostra inviata …".
    let a = page("", "<p>dalla nostra inviata Giulia Santarelli</p>");
    assert_eq!(authors(&a), [("Giulia Santarelli", None)]);
    assert!(a.text.starts_with("The city council voted"), "{}", a.text);
}

#[test]
fn the_summary_drops_datelines_and_sentences_that_lean_on_the_one_before() {
    let page = "<html><head><title>Storm knocks out power</title></head><body><article><h1>Storm knocks out power</h1>\
        <p>In this photo dated Monday, March 4, 2024, utility crews repair power lines knocked down by the storm near Galveston, Texas.</p>\
        <p>HOUSTON (Reuters) - A powerful storm knocked out power to more than 200,000 homes in southeast Texas on Monday, utility CenterPoint Energy said.</p>\
        <p>\"We expect most customers to have power back by Wednesday evening,\" CenterPoint spokeswoman Alicia Dixon said in an email. \"Some areas with heavy tree damage could take longer.\"</p>\
        <p>The National Weather Service said wind gusts reached 85 miles per hour near Galveston on Monday afternoon.</p>\
        <p>Dr. Ann Lee, chief medical officer at St. Mary's Hospital in Beaumont, said the hospital was running on generators. \"We have fuel for four days,\" she said.</p>\
        <p>It was the strongest storm to hit the region since Hurricane Ike in 2008, when millions lost power for weeks.</p>\
        <p>The storm is expected to weaken as it moves into Louisiana on Tuesday, forecasters said after the latest update.</p></article></body></html>";
    let a = analyze(&html::parse(page), &Options::default()).expect("an article");
    assert_eq!(a.summary.len(), 4, "{:?}", a.summary);
    assert!(a.summary[0].starts_with("A powerful storm knocked out power"), "{:?}", a.summary);
    for s in &a.summary {
        assert!(!s.contains("she said") && !s.starts_with("It was") && !s.starts_with("\"Some areas") && !s.starts_with("In this photo"), "{:?}", a.summary);
    }
}

#[test]
fn captions_marked_by_class_are_captions_not_claims() {
    let a = analysis(
        "<div class=\"media\"><img src=\"/a.jpg\" alt=\"\"><br> <span class=\"pb-caption\">Prime Minister Jane Doe reacts as she visits the Western Wall in Jerusalem on March 18 following her party's victory in the general election.</span></div>\
         <div class=\"post-body\">Roads in the north of the city will be resurfaced first, at a cost of $12 million over two years.<br><br>\
         <table class=\"tr-caption-container\"><tr><td><img src=\"/b.jpg\"></td></tr><tr><td class=\"tr-caption\">The north ring road</td></tr></table>\
         Work on the bridges over the river will follow in 2026, when the state grant of $8 million arrives.</div>",
    );
    let kind_of = |s: &str| a.blocks.iter().find(|b| b.text.contains(s)).map(|b| b.kind).unwrap_or_else(|| panic!("{s} not in {:?}", a.blocks));
    assert_eq!(kind_of("reacts as she visits"), "caption");
    assert!(!a.claims.iter().any(|c| c.text.contains("reacts as she visits")), "{:?}", a.claims);
    // A body holding a captioned image is still prose.
    assert_eq!(kind_of("Roads in the north of the city"), "paragraph");
}

#[test]
fn a_wire_photo_caption_set_as_a_paragraph_is_a_caption() {
    let a = analysis(
        "<p>In this photo dated Tuesday, Nov. 29, 2016 the rocket booster is installed on a launch pad. The unmanned cargo ship broke up in the atmosphere over Siberia on Thursday, the space agency said. (Photo via AP)</p>\
         <p>MOSCOW (AP) — An unmanned cargo ship heading to the space station broke up over Siberia on Thursday, the space agency said.</p>",
    );
    let kind_of = |s: &str| a.blocks.iter().find(|b| b.text.contains(s)).map(|b| b.kind).unwrap_or_else(|| panic!("{s} not in {:?}", a.blocks));
    assert_eq!(kind_of("In this photo dated"), "caption");
    assert!(!a.claims.iter().any(|c| c.text.contains("broke up in the atmosphere")), "{:?}", a.claims);
    assert!(!a.summary.iter().any(|s| s.contains("broke up in the atmosphere")), "{:?}", a.summary);
    assert_eq!(kind_of("MOSCOW (AP)"), "paragraph");
    // The claim is the sentence after its dateline, and so is what the page highlights.
    let claim = a.claims.iter().find(|c| c.text.contains("An unmanned cargo ship")).expect("the wire story's first sentence is a claim");
    assert!(claim.text.starts_with("An unmanned cargo ship"), "{}", claim.text);
}

#[test]
fn a_line_asking_readers_to_follow_someone_stays_out() {
    let a = analysis(
        "<p>The mayor said the repairs would start in March and last two years.</p>\
         <p>Follow Pam Key on Twitter @pamkeyNEN</p>\
         <p><em>Follow us on X for more local news.</em></p>\
         <p><i>Sigue toda la información de Economía y Negocios en <a href=\"/fb\">Facebook</a> y X, o en nuestra newsletter semanal</i></p>\
         <p>Follow the money, the auditor said, and the overspend is plain.</p>\
         <p>Follow-up inspections will take place in the autumn, the council said.</p>",
    );
    assert!(a.text.contains("Follow the money"));
    for chrome in ["Follow Pam Key", "Follow us on X", "Sigue toda"] {
        assert!(!a.text.contains(chrome), "{chrome} in {}", a.text);
    }
    assert!(a.text.contains("Follow-up inspections will take place"));
}

#[test]
fn the_documents_title_is_never_article_text() {
    // A <title> of 100 chars or more reads as prose in the head: the root then climbs to
    // the whole page, and the head's text must still stay out of the article.
    let title = "Council approves $40 million budget for schools and roads after months of debate | City News Online Today";
    let page = format!("<html><head><title>{title}</title></head><body><main><article><h1>Council approves budget</h1>{LEAD}</article></main></body></html>");
    let a = analyze(&html::parse(&page), &Options::default()).expect("an article");
    assert!(!a.text.contains("City News"), "{}", a.text);
    assert!(a.text.starts_with("The city council voted on Tuesday"));
}

#[test]
fn a_label_in_bold_opening_a_paragraph_is_a_sentence_of_its_own() {
    let a = analysis(
        "<p><strong>Why it matters:</strong> The decision keeps borrowing costs at their highest level in more than two decades.</p>\
         <p><b>Between the lines:</b> Markets had priced in a 90% chance of no change, according to CME Group data.</p>",
    );
    let claims: Vec<&str> = a.claims.iter().chain(&a.claim_candidates).map(|c| c.text.as_str()).collect();
    assert!(claims.contains(&"The decision keeps borrowing costs at their highest level in more than two decades."), "{claims:?}");
    assert!(claims.iter().all(|c| !c.contains("Why it matters") && !c.contains("Between the lines")), "{claims:?}");
    let q = a.quotes.iter().find(|q| q.kind == "indirect" && q.text.contains("Markets had priced")).expect("the reported content");
    assert!(q.text.starts_with("Markets had priced"), "{}", q.text);
    // The text keeps the label where the page has it.
    assert!(a.text.contains("Between the lines: Markets had priced"), "{}", a.text);
}

#[test]
fn a_list_the_article_opens_with_is_its_key_points() {
    let a = analysis("");
    assert!(a.key_points.is_empty());
    let page = format!(
        "<html><head><title>Council approves budget</title></head><body><article><h1>Council approves budget</h1>\
         <ul><li><strong>The council approved a $40 million budget for schools and roads</strong></li>\
         <li><strong>Tax revenue rose faster than the finance office forecast</strong></li></ul>{LEAD}</article></body></html>"
    );
    let a = analyze(&html::parse(&page), &Options::default()).expect("an article");
    assert_eq!(a.key_points, ["The council approved a $40 million budget for schools and roads", "Tax revenue rose faster than the finance office forecast"]);
    // A list further down is part of the story.
    let a = analysis("<ul><li>Northside gets two new schools next year</li><li>Riverside gets a new bridge and road repairs</li></ul>");
    assert!(a.key_points.is_empty(), "{:?}", a.key_points);
    // A summary box holding only a list, wherever it stands.
    let a = analysis("<div class=\"css-summary\"><ul><li>Northside gets two new schools next year</li><li>Riverside gets a new bridge and road repairs</li></ul></div>");
    assert_eq!(a.key_points, ["Northside gets two new schools next year", "Riverside gets a new bridge and road repairs"]);
}

#[test]
fn boxes_set_inside_the_body_stay_out() {
    let a = analysis(
        "<div class=\"article-body__newsletter\"><div>Sign up here.</div><p>The Ledger Tech newsletter is your one-stop source for the latest news in technology.</p></div>\
         <div class=\"support-box\"><h3>Support independent journalism</h3><p>Our mission is to deliver unbiased reporting. Whether $5 or $50, every contribution counts.</p></div>\
         <div class=\"also-read\"><p><b>Also Read | </b><a href=\"/x\">Parliament Winter Session Day 14 LIVE updates</a></p></div>\
         <p><strong>Read more from the Ledger:</strong><br><a href=\"/a\">Why did my phone make a loud noise?</a><br><a href=\"/b\">Full list of storm names</a></p>\
         <div class=\"Loading\">Loading...</div>\
         <p>The mayor said the repairs would start in March and last two years.</p>\
         <p class=\"article-tagline\"><em>Greg Kim: 206-464-2138 or gkim@ledger.example; Greg Kim covers City Hall.</em></p>\
         <section class=\"article__reactions\"><a href=\"#\">Réagir</a><p>Réutiliser ce contenu</p></section>",
    );
    for chrome in ["one-stop source", "every contribution", "Also Read", "Read more from", "loud noise", "Loading", "206-464-2138", "Réutiliser"] {
        assert!(!a.text.contains(chrome), "{chrome} in {}", a.text);
    }
    assert!(a.text.contains("The mayor said the repairs would start in March"), "{}", a.text);
}

#[test]
fn a_summary_list_beside_the_body_is_its_key_points() {
    // Reuters and Bloomberg set their bullets under the headline, outside the body's element.
    let page = |list: &str| {
        let body: String = LEAD.repeat(3);
        format!(
            "<html><head><title>Council approves budget</title></head><body><main><article><h1>Council approves budget</h1>{list}\
             <div class=\"article-body__content\">{body}</div></article></main></body></html>"
        )
    };
    let bullets = "<li>Council approves $40 million for schools and roads</li><li>Tax revenue rose faster than the finance office forecast</li>";
    for list in [format!("<ul class=\"summary__summary__2X5XR\">{bullets}</ul>"), format!("<ul class=\"abstract-v2__list\">{bullets}</ul>")] {
        let a = analyze(&html::parse(&page(&list)), &Options::default()).expect("an article");
        assert_eq!(a.key_points, ["Council approves $40 million for schools and roads", "Tax revenue rose faster than the finance office forecast"], "{list}");
    }
    // A paragraph so named is a teaser's prose, not bullets.
    let a = analyze(&html::parse(&page("<div class=\"summary\"><p>The council met on Tuesday night for five hours.</p><p>It voted on the budget at the end of the night.</p></div>")), &Options::default()).expect("an article");
    assert!(a.key_points.is_empty(), "{:?}", a.key_points);
}

#[test]
fn the_publisher_s_copyright_line_and_wire_notes_are_no_text() {
    let a = analysis(
        "<p>The mayor said the repairs would start in March and last two years.</p>\
         <p>Copyright © 2026 NPR. All rights reserved.</p><p>© RIPRODUZIONE RISERVATA</p>\
         <p>Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.</p>\
         <div class=\"read-also\"><span>Leggi anche</span><ul><li><a href=\"/a\">Bologna, la «Città 30» un anno dopo</a></li></ul></div>\
         <p>Copyright law protects the work of the writers for their lifetimes, the judge said.</p>\
         <p><em>(Updates with share move in fourth paragraph.)</em></p><p>—With assistance from Benoit Berthelot.</p>\
         <p>(Reporting by Valerie Volcovici; Editing by Will Dunham.)</p>",
    );
    for chrome in ["All rights reserved", "RIPRODUZIONE", "Leggi anche", "Updates with", "With assistance", "Reporting by"] {
        assert!(!a.text.contains(chrome), "{chrome} in {}", a.text);
    }
    assert!(a.text.contains("Copyright law protects"), "{}", a.text);
}

#[test]
fn a_heading_that_only_labels_links_to_other_stories_is_no_text() {
    let a = analysis(
        "<p>The mayor said the repairs would start in March and last two years.</p>\
         <h2>More to Read</h2><ul><li><a href=\"/a\">Wildfire season starts early</a></li><li><a href=\"/b\">How the budget works</a></li></ul>\
         <h3>Mehr zum Thema</h3>\
         <h2>What the budget pays for</h2><p>Most of the money goes to the two new schools in the north of the city.</p>",
    );
    for chrome in ["More to Read", "Mehr zum Thema"] {
        assert!(!a.text.contains(chrome), "{chrome} in {}", a.text);
    }
    assert!(a.text.contains("What the budget pays for"), "{}", a.text);
}

#[test]
fn bbc_blocks_named_by_data_component_and_screen_reader_labels_stay_out() {
    let a = analysis(
        "<div data-component=\"byline-block\"><span>Harriet Lowe</span><span>Health correspondent</span></div>\
         <div data-component=\"text-block\"><p>The coroner found that long ambulance delays contributed to the death of an 87-year-old woman.</p></div>\
         <div class=\"more-on\"><h2>Recommended Stories</h2><p class=\"screen-reader-text\">list of 2 items</p>\
         <ul><li><a href=\"/a\">Families mourn protest victims</a></li><li><a href=\"/b\">Who the protesters are</a></li></ul>\
         <p class=\"screen-reader-text\">end of list</p></div>\
         <div data-component=\"text-block\"><p>The ambulance service said it would study the coroner's report carefully and publish its response.</p></div>\
         <div data-component=\"text-block\"><p><i>Follow BBC Wiltshire on Facebook, X and Instagram. Send your story ideas to wiltshire@bbc.co.uk or via WhatsApp on 0808 100 2290.</i></p></div>\
         <div data-component=\"links-block\"><h2>Related internet links</h2><ul><li><a href=\"/c\">Wessex Ambulance Service</a></li></ul>\
         <p>The BBC is not responsible for the content of external sites.</p></div>",
    );
    for chrome in ["Harriet Lowe", "Health correspondent", "Recommended Stories", "list of 2 items", "end of list", "Follow BBC", "Related internet links", "not responsible"] {
        assert!(!a.text.contains(chrome), "{chrome} in {}", a.text);
    }
    assert!(a.text.contains("study the coroner's report"), "{}", a.text);
}

#[test]
fn a_figure_s_words_without_a_figcaption_are_its_caption() {
    let a = analysis(
        "<figure><img src=\"a.jpg\"><div class=\"CarouselSlide-infoDescription\"><p>Former Mayor Richard Ostrowski leaves the federal courthouse in Harrisburg, Pa., after a jury found him guilty, Thursday, Dec. 4, 2025.</p></div>\
         <div class=\"CarouselSlide-infoAttribution\">(AP Photo/Matt Rourke)</div></figure>\
         <p>HARRISBURG, Pa. (AP) — A federal jury on Thursday convicted the former mayor of a central Pennsylvania city of taking bribes.</p>",
    );
    assert!(a.blocks.iter().filter(|b| b.text.contains("Ostrowski leaves") || b.text.contains("AP Photo")).all(|b| b.kind == "caption"), "{:?}", a.blocks);
    assert!(!a.summary.iter().any(|s| s.contains("Ostrowski leaves")), "{:?}", a.summary);
}

#[test]
fn a_byline_in_capitals_names_its_writers_in_name_case_with_their_links() {
    let a = page("", "<div class=\"Page-authors\">By&nbsp;<a href=\"/author/danielle-pruitt\">DANIELLE PRUITT</a> and <a href=\"/author/matt-obrien\">MATT O'BRIEN</a></div>");
    assert_eq!(authors(&a), [("Danielle Pruitt", Some("/author/danielle-pruitt")), ("Matt O'Brien", Some("/author/matt-obrien"))]);
}

#[test]
fn a_footnote_s_bare_number_leaves_the_text_but_wikipedia_s_bracketed_one_stays() {
    let a = analysis(
        "<p>The chain paid twice the market rate, according to the inspector general.<sup class=\"footnote-ref\"><a href=\"#fn4\">4</a></sup> A CMS spokesperson said the agency was reviewing the findings.</p>\
         <p>The river was first bridged in 1820.<sup class=\"reference\"><a href=\"#cite_note-3\">[3]</a></sup> The bridge still stands today.</p>",
    );
    assert!(a.text.contains("inspector general. A CMS spokesperson"), "{}", a.text);
    assert!(a.text.contains("1820.[3]"), "{}", a.text);
}

#[test]
fn a_body_parted_by_double_line_breaks_is_paragraphs() {
    let a = analysis(
        "<div class=\"Normal\">Finance minister Nirmala Sitharaman said the government would meet its deficit target this year.<br><br>\
         \"There will be no cut in capital expenditure,\" Sitharaman told reporters after the meeting.<br>\n<br>\
         A single break keeps<br>a line inside its paragraph.</div>",
    );
    let texts: Vec<&str> = a.blocks.iter().map(|b| b.text.as_str()).collect();
    assert!(texts.contains(&"\"There will be no cut in capital expenditure,\" Sitharaman told reporters after the meeting."), "{texts:?}");
    assert!(texts.contains(&"A single break keeps\na line inside its paragraph."), "{texts:?}");
    // The quotation still points into the page's own text node.
    let q = a.quotes.iter().find(|q| q.text == "There will be no cut in capital expenditure,").expect("the quotation");
    let r = q.range.as_ref().expect("a range");
    assert_eq!((r.end.offset - r.start.offset) as usize, q.text.len());
}

#[test]
fn wire_credits_and_republication_notes_stay_out_of_the_text() {
    let a = analysis(
        "<p>The mayor said the repairs would start in March and last two years.</p>\
         <p>(Reporting by Ann Saphir in San Francisco and Howard Schneider in Washington; Additional reporting by Michael S. Derby in New York; Editing by Andrea Ricci and Paul Simao)</p>\
         <p>(With inputs from agencies)</p>\
         <p>This article originally appeared in German in issue 10/2025 (March 1st, 2025) of DER SPIEGEL.</p>",
    );
    for chrome in ["Reporting by", "inputs from", "originally appeared"] {
        assert!(!a.text.contains(chrome), "{chrome} in {}", a.text);
    }
    assert!(a.text.contains("The mayor said the repairs would start in March"));
}

#[test]
fn consent_dialogs_appeals_and_date_lines_are_not_the_story() {
    let a = analysis(
        "<div id=\"sp_message_container_1234\" class=\"sp_message_container\"><h2>It’s your choice</h2>\
         <p>We use cookies and similar technologies to help provide and improve our services, to personalise content and advertising.</p></div>\
         <p>The mayor said the repairs would start in March and last two years.</p>\
         <div id=\"contributions-liveblog-epic\"><h2>… as you’re joining us today, we have a small favour to ask.</h2>\
         <p>You’ve read 9 articles in the last year. Every contribution, however big or small, powers our journalism.</p></div>",
    );
    for chrome in ["your choice", "We use cookies", "small favour", "You’ve read"] {
        assert!(!a.text.contains(chrome), "{chrome} in {}", a.text);
    }
    let dated = page("", "<p>Mon 3 Mar 2025 13.21 GMT</p><p>First published on Mon 3 Mar 2025 08.14 GMT</p>");
    assert!(!dated.text.contains("GMT"), "{}", dated.text);
}
