use super::features::{extract, CUES, NUMBER, OPINION, QUESTION};
use super::model::Model;
use super::*;

fn claim(s: &str) -> bool {
    assess(s).score >= DEFAULT_THRESHOLD
}

#[test]
fn embedded_weights_load_and_stay_small() {
    let m = Model::from_bytes(WEIGHTS).expect("weights.bin parses");
    assert!(m.buckets() >= 4096, "only {} buckets", m.buckets());
    assert!(WEIGHTS.len() < 64 * 1024, "weights.bin is {} bytes", WEIGHTS.len());
    assert!(Model::from_bytes(&WEIGHTS[..WEIGHTS.len() - 1]).is_err());
    assert!(Model::from_bytes(b"not weights at all, but long enough to hold a header ........").is_err());
}

#[test]
fn blob_round_trips_through_quantisation() {
    let mut cues = [0.0; CUES.len()];
    cues[3] = -1.5;
    let hashed: Vec<f32> = (0..1024).map(|i| (i as f32 - 512.0) / 100.0).collect();
    let vocab = model::vocab_bits(["the", "tax"], 16);
    let bytes = Model::to_bytes(0.25, &cues, &vocab, &hashed);
    let m = Model::from_bytes(&bytes).unwrap();
    assert_eq!(m.buckets(), 1024);
    assert_eq!(m.cue_weight(3), -1.5);
    assert!(m.knows("tax") && m.knows("the"));
}

#[test]
fn statistic_outscores_opinion() {
    let stat = assess("Unemployment fell to 3.5 percent in 2019, the lowest level in 50 years.");
    let opinion = assess("I think we should be kinder to each other.");
    assert!(stat.score > opinion.score + 0.3, "{} vs {}", stat.score, opinion.score);
    assert!(stat.score >= DEFAULT_THRESHOLD);
    assert!(opinion.score < DEFAULT_THRESHOLD);
}

#[test]
fn questions_predictions_and_hedges_are_not_claims() {
    for s in [
        "How many jobs did we lose last year?",
        "Do you really believe that?",
        "Prices will probably rise next year.",
        "Maybe we could try something different.",
        "Thank you very much.",
    ] {
        assert!(!claim(s), "{s}: {}", assess(s).score);
    }
}

#[test]
fn debate_and_news_facts_are_claims() {
    for s in [
        "We're consuming 50 percent of the world's cocaine.",
        "In the last month, we've had a net loss of one hundred and sixty-three thousand jobs.",
        "Trump disclosed the conversation on Truth Social in a post that has since been deleted.",
        "On Wednesday, Trump confirmed that he had spoken to the Russian president for approximately 75 minutes, marking their second call in recent weeks.",
    ] {
        assert!(claim(s), "{s}: {}", assess(s).score);
    }
}

#[test]
fn reasons_name_only_cues_that_fired() {
    let stat = assess("Unemployment fell to 3.5 percent in 2019, the lowest level in 50 years.");
    assert!(stat.reasons.contains(&NUMBER), "{:?}", stat.reasons);
    assert!(!stat.reasons.contains(&QUESTION));
    let opinion = assess("I think we should be kinder to each other.");
    assert!(opinion.reasons.contains(&OPINION), "{:?}", opinion.reasons);
    assert!(!opinion.reasons.contains(&NUMBER));
    let q = assess("Why did you vote against it?");
    assert!(q.reasons.contains(&QUESTION), "{:?}", q.reasons);
    let mut dedup = stat.reasons.clone();
    dedup.dedup();
    assert_eq!(dedup.len(), stat.reasons.len(), "reasons repeat: {:?}", stat.reasons);
}

#[test]
fn scores_are_probabilities_even_for_odd_input() {
    for s in ["", "?", "1234567890", "   ", "ÜBER “quoted” — dashes… 😀"] {
        let a = assess(s);
        assert!((0.0..=1.0).contains(&a.score), "{s:?}: {}", a.score);
    }
}

#[test]
fn numbers_share_a_feature_and_may_is_read_by_case() {
    let known = |_: &str| true;
    assert_eq!(extract("We cut 7 programs.").hashes(known), extract("We cut 93 programs.").hashes(known));
    let date = CUES.iter().position(|c| c.name == "date").unwrap();
    let modal = CUES.iter().position(|c| c.name == "modal").unwrap();
    let month = extract("The talks resumed in May.");
    assert_eq!((month.cues[date], month.cues[modal]), (1.0, 0.0));
    let maybe = extract("The talks may resume.");
    assert_eq!((maybe.cues[date], maybe.cues[modal]), (0.0, 1.0));
}

#[test]
fn headings_stamps_and_credits_state_nothing() {
    for s in ["The rankings were as follows:", "Five things we learned", "First published February 1, 2016: 1:28 AM ET", "Stella Kim reported from Seoul, and Jennifer Jett from Hong Kong.", "Jane Doe contributed reporting from Paris.", "(Reporting by Ann Lee in Tokyo; Editing by Tom Roe)", "Additional reporting by Ann Lee.", "In this photo dated Tuesday, Nov. 29, 2016, the rocket is installed on a launch pad.", "— Roi Carballeira (@roicarballeira) 12 de marzo de 2025"] {
        assert!(!is_statement(s), "{s}");
    }
    assert!(is_statement("The opposition bloc holds 192 of the legislature’s 300 seats."));
    // Nobody speaking, or too little said to check; but a short figure or a sentence without spaces counts.
    for s in ["A Justice Department spokeswoman declined to comment on the request.", "The company did not respond to a request for comment.", "Smith agreed.", "Nobody knew why."] {
        assert!(!is_statement(s), "{s}");
    }
    for s in ["The storm killed two people.", "Prices rose 5%.", "市长说，预算增长了百分之四。"] {
        assert!(is_statement(s), "{s}");
    }
}
