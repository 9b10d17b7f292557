//! Attribution rows from three more kinds of event: a crewed launch, a
//! labour deal and a central bank's rate decision, with a storm's figures.
//! Each row is a reading a careful fact-checker makes (SPEC rule 2), in
//! sentences of our own.

use std::path::Path;

use factcheck::check::{Attributor, Link};
use factcheck::claims::{self, ClaimsFile};
use factcheck::extract::{ExtractOptions, Extractor};

const CLAIMS: &str = r#"
event: Vega 2 launch, the Tarn dock deal and the Bank of Oster's decision
date: 2027-03-11
entities:
  lind: [Mara Lind, Lind]
  berg: [Ole Berg, Berg]
  moss: [Ada Moss, Moss]
  quill: [Tom Quill, Quill]
  tarn: [Tarn]
  selby: [Selby]
claims:
  launch-date:
    about: the day Vega 2 lifted off
    kind: date
    value: 2027-03-11
    near: [lifted off, launch]
    not-near: [scrub, scrubbed]
  crew-count:
    about: how many astronauts flew on Vega 2
    kind: count
    value: 3
    near: [astronauts, crew]
  signatories:
    about: who signed the dock deal
    kind: people
    value: [lind, berg]
    near: [signed]
  tour:
    about: who toured the flooded port
    kind: people
    value: [moss, quill]
    near: [toured]
  deal-city:
    about: where the dock deal was signed
    kind: place
    value: tarn
    rivals: [selby]
    near: [signed, met]
  cut-size:
    about: how far the bank cut its rate
    kind: count
    value: 25
    unit: basis points
    near: [cut, lowered]
  new-rate:
    about: the policy rate after the decision
    kind: count
    value: 3.75%
    unit: percent
    near: [policy rate]
  inflation:
    about: annual inflation the bank cited (September)
    kind: count
    value: 2.6%
    unit: percent
    near: [inflation]
  job-cuts:
    about: how many jobs the merged firm will cut
    kind: count
    value: 1200
    unit: jobs
    near: [cut]
  share-price:
    about: the price offered per share
    kind: count
    value: 46.50
    unit: USD
    near: [offering, a share]
  evacuated:
    about: how many people left before the storm
    kind: count
    value: 200000
    tolerance: 5%
    unit: people
    near: [evacuated]
  rainfall:
    about: rain at Tarn in a day
    kind: count
    value: 400
    tolerance: 5
    unit: mm
    near: [rain]
  wind:
    about: the storm's peak sustained wind
    kind: count
    value: 185
    tolerance: 5
    unit: km/h
    near: [winds]
"#;

fn file() -> ClaimsFile {
    claims::parse(Path::new("events.yaml"), CLAIMS).expect("the claims parse")
}

/// (claim id, mention text) for every linked candidate of `text`.
fn linked(text: &str) -> Vec<(String, String)> {
    let f = file();
    let options = ExtractOptions::from_claims(&f);
    let ex = Extractor::new(&options).extract(text);
    let mut out: Vec<_> = Attributor::new(&f)
        .attribute(&ex, text)
        .into_iter()
        .filter(|c| c.link == Link::Linked)
        .map(|c| (f.claims[c.claim].id.clone(), c.text.to_string()))
        .collect();
    out.sort();
    out
}

/// The text of every candidate of `text` under the claims file `yaml` (a
/// test's own, for rules that need claims of their own).
fn texts_under(yaml: &str, text: &str) -> Vec<String> {
    let file = claims::parse(Path::new("test.yaml"), yaml).expect("the claims parse");
    let options = ExtractOptions::from_claims(&file);
    let ex = Extractor::new(&options).extract(text);
    Attributor::new(&file)
        .attribute(&ex, text)
        .into_iter()
        .map(|c| c.text.to_string())
        .collect()
}

/// The text of every linked candidate of `text` under the claims file `yaml`.
fn linked_under(yaml: &str, text: &str) -> Vec<String> {
    let file = claims::parse(Path::new("test.yaml"), yaml).expect("the claims parse");
    let options = ExtractOptions::from_claims(&file);
    let ex = Extractor::new(&options).extract(text);
    Attributor::new(&file)
        .attribute(&ex, text)
        .into_iter()
        .filter(|c| c.link == Link::Linked)
        .map(|c| c.text.to_string())
        .collect()
}

/// (claim id, mention text) for every candidate of `text` under the claims
/// file `yaml`.
fn claimed_under(yaml: &str, text: &str) -> Vec<(String, String)> {
    claimed_through(yaml, text, None)
}

/// [`claimed_under`], keeping only candidates tied by `link` when given.
fn claimed_through(yaml: &str, text: &str, link: Option<Link>) -> Vec<(String, String)> {
    let file = claims::parse(Path::new("test.yaml"), yaml).expect("the claims parse");
    let options = ExtractOptions::from_claims(&file);
    let ex = Extractor::new(&options).extract(text);
    Attributor::new(&file)
        .attribute(&ex, text)
        .into_iter()
        .filter(|c| link.map_or(true, |l| c.link == l))
        .map(|c| (file.claims[c.claim].id.clone(), c.text.to_string()))
        .collect()
}

/// The findings judged for `text` under the claims file `yaml`.
fn findings_under(yaml: &str, text: &str) -> Vec<factcheck::check::Finding> {
    let file = claims::parse(Path::new("test.yaml"), yaml).expect("the claims parse");
    let options = ExtractOptions::from_claims(&file);
    let ex = Extractor::new(&options).extract(text);
    let found = Attributor::new(&file).attribute(&ex, text);
    factcheck::check::judge(&file, &[found])
}

/// The verdict of each finding judged for `text` under the claims file `yaml`.
fn verdicts_under(yaml: &str, text: &str) -> Vec<factcheck::check::Verdict> {
    findings_under(yaml, text)
        .iter()
        .map(|f| f.verdict)
        .collect()
}

/// Asserts that no text of `texts` contradicts a claim of `yaml`, and that
/// `control` (the same fact told plainly) does.
#[track_caller]
fn only_control_contradicts(yaml: &str, texts: &[&str], control: &str) {
    use factcheck::check::Verdict::Contradicts;
    for text in texts {
        let verdicts = verdicts_under(yaml, text);
        assert!(!verdicts.contains(&Contradicts), "{text}: {verdicts:?}");
    }
    assert_eq!(
        verdicts_under(yaml, control),
        vec![Contradicts],
        "{control}"
    );
}

#[track_caller]
fn row(text: &str, want: &[(&str, &str)]) {
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(c, t)| (c.to_string(), t.to_string()))
        .collect();
    assert_eq!(linked(text), want, "{text}");
}

#[test]
fn a_time_clause_with_its_own_subject_is_a_clause_of_its_own() {
    // The scrub is in the "after" clause: the lift-off's day stands.
    row(
        "The rocket lifted off at 9.12 a.m. on Thursday, two days after a faulty valve forced a scrub.",
        &[("launch-date", "Thursday")],
    );
}

#[test]
fn a_vehicle_carrying_people_is_no_rival() {
    row(
        "A Heron Heavy rocket carrying three astronauts lifted off.",
        &[("crew-count", "three astronauts")],
    );
}

#[test]
fn names_with_appositions_and_objects_before_with() {
    row(
        "Mara Lind, secretary of the Dock Workers' Union (DWU), and Ole Berg, chairman of the employers, signed the deal.",
        &[("signatories", "Mara Lind"), ("signatories", "Ole Berg")],
    );
    row(
        "Ada Moss toured the flooded port with Interior Minister Tom Quill.",
        &[("tour", "Ada Moss"), ("tour", "Tom Quill")],
    );
}

#[test]
fn a_paragraph_past_an_interjection_is_dated_by_its_opening() {
    row(
        "Yes. In 2024 the firm offered $38 a share.\n\nNow it is offering $46.50 a share.\n",
        &[("share-price", "$46.50")],
    );
    row(
        "The firm made an approach in 2024, offering $38 a share.",
        &[],
    );
}

#[test]
fn a_time_clause_after_a_figure_dates_it() {
    row("The group cut 800 jobs after buying a bakery in 2021.", &[]);
}

#[test]
fn outside_a_place_contradicts_none() {
    row("The board met outside Selby.", &[]);
    row("The two sides met in Tarn.", &[("deal-city", "Tarn")]);
}

#[test]
fn a_not_near_word_in_a_where_clause_on_the_place_ties_to_it() {
    let f = r#"
event: a deal
date: 2027-03-11
entities:
  tarn: [Tarn]
  selby: [Selby]
claims:
  hq:
    about: where the buyer is based
    kind: place
    value: tarn
    rivals: [selby]
    near: [based]
    not-near: [Target]
"#;
    assert!(texts_under(f, "That is the question in Selby, where Target is based.").is_empty());
}

#[test]
fn a_warning_and_a_list_lines_portion_are_no_figures() {
    row("Forecasters are warning of 300 mm of rain.", &[]);
    row("48,000 - of those evacuated came from Tarn.", &[]);
    row(
        "More than 200,000 people were evacuated.",
        &[("evacuated", "More than 200,000 people")],
    );
}

#[test]
fn the_size_of_a_cut_in_basis_or_percentage_points() {
    row(
        "The bank cut its policy rate by 25 basis points to 3.75%.",
        &[("cut-size", "25 basis points"), ("new-rate", "3.75%")],
    );
    row(
        "The board lowered the rate by a quarter of a percentage point.",
        &[("cut-size", "a quarter of a percentage point")],
    );
}

#[test]
fn speeds_in_mph_are_read_in_kmh() {
    row(
        "Sustained winds of 115 mph battered the coast.",
        &[("wind", "115 mph")],
    );
}

#[test]
fn a_numbered_roundup_item_naming_nothing_of_the_event_is_another_story() {
    row(
        "1. Vega 2 lifts off\nA rocket carrying three astronauts lifted off.\n\n2. Carmaker cuts 900 jobs\nOstrand Motors has cut 900 jobs.\n\n3. Oil slips\nBrent fell 2%.\n",
        &[("crew-count", "three astronauts")],
    );
}

#[test]
fn a_sentence_opening_on_another_place_is_about_it() {
    row(
        "In neighbouring Lothria, the central bank cut its rate by 50 basis points.",
        &[],
    );
    // A place of the file's own, even a rival, is no other place.
    row(
        "In Selby, the bank cut its rate by 25 basis points.",
        &[("cut-size", "25 basis points")],
    );
}

#[test]
fn what_was_last_done_is_the_time_before() {
    row("The two sides last met in Selby.", &[]);
    row("The two sides met in Selby.", &[("deal-city", "Selby")]);
}

#[test]
fn a_committed_term_that_agrees_is_stated_and_a_forecast_is_not() {
    row(
        "The buyer will pay $46.50 a share.",
        &[("share-price", "$46.50")],
    );
    // A commitment is held to agreeing: a figure that differs may have
    // changed since, and is no error.
    row("The buyer will pay $40 a share.", &[]);
    row("Analysts expect a bid of $46.50 a share.", &[]);
    row("A winning bid would be $46.50 a share.", &[]);
}

#[test]
fn an_apposition_is_a_phrase_of_its_own() {
    let f = r#"
event: Meridane buys Ashgrove
date: 2027-03-11
claims:
  price:
    about: the price paid per Ashgrove share
    kind: count
    value: 46.50
    unit: USD
    near: [pay, a share]
    not-near: [closing]
  magnitude:
    about: the magnitude of the Tarn earthquake
    kind: count
    value: 6.1
    tolerance: 0.1
    near: [magnitude]
"#;
    let linked = |text: &str| texts_under(f, text);
    // The closing price is the apposition's, and the buyer pays for an
    // Ashgrove share, the claim's subject, named after the figure.
    assert_eq!(
        linked("Meridane will pay $46.50 for each Ashgrove share, a premium of 32% to the closing price."),
        ["$46.50"]
    );
    // An apposition to an earlier occasion is of that occasion.
    assert!(linked("It was the region's last big earthquake, a magnitude 7.0.").is_empty());
}

#[test]
fn a_plan_claim_is_stated_by_a_plan_and_a_price_by_for() {
    row(
        "The merged firm expects to cut about 1,200 jobs over three years.",
        &[("job-cuts", "about 1,200 jobs")],
    );
    row(
        "The buyer agreed to pay $46.50 a share.",
        &[("share-price", "$46.50")],
    );
}

#[test]
fn a_month_the_claim_names_is_its_own() {
    row(
        "Annual inflation fell to 2.6% in September.",
        &[("inflation", "2.6%")],
    );
    row("The policy rate was 5.50% in September.", &[]);
}

#[test]
fn the_agent_of_a_passive_cue_took_part() {
    row(
        "The deal was signed late on Sunday in Tarn, where the union is based, by the two chief executives, Mara Lind and Ole Berg.",
        &[
            ("deal-city", "Tarn"),
            ("signatories", "Mara Lind"),
            ("signatories", "Ole Berg"),
        ],
    );
}

#[test]
fn another_named_occasion_of_the_events_kind_is_its_own() {
    let f = r#"
event: Cyclone Hesper landfall
date: 2026-09-15
claims:
  deaths:
    about: how many people Hesper killed
    kind: count
    value: 14
    unit: people
    near: [killed]
"#;
    let linked = |text: &str| texts_under(f, text);
    assert_eq!(
        linked(
            "Cyclone Odrin came ashore in 2019. It killed 61 people.\n\nHesper killed 14 people.\n"
        ),
        ["14 people"]
    );
    assert!(linked("Ahead of Cyclone Odrin, which killed 61 people, few left.").is_empty());
    // A heading naming the other occasion heads the list lines under it.
    assert_eq!(
        linked("Hesper in numbers\n\n14 - people killed.\n\nFor comparison: Cyclone Odrin\n\n61 - people killed.\n"),
        ["14"]
    );
}

#[test]
fn a_tally_on_the_way_or_from_before_contradicts_nothing() {
    row("By Tuesday morning 120,000 people were evacuated.", &[]);
    row(
        "By Tuesday evening 200,000 people were evacuated.",
        &[("evacuated", "200,000 people")],
    );
    row(
        "With four astronauts already aboard, the station is full.",
        &[],
    );
}

#[test]
fn a_subjects_apposition_dates_its_verb() {
    row(
        "The worst, the 2019 flood, saw 90,000 people evacuated.",
        &[],
    );
    row(
        "The worst, the flood, saw 200,000 people evacuated.",
        &[("evacuated", "200,000 people")],
    );
}

#[test]
fn a_list_lines_figure_takes_its_noun_and_predicate() {
    row(
        "Tarn in numbers\n\n200,000 - people evacuated.\n\n400 mm - rain in a day.\n",
        &[("evacuated", "200,000"), ("rainfall", "400 mm")],
    );
    // A measure after the dash is what the figure counts.
    row("Tarn in numbers\n\n200,000 - hectares evacuated.\n", &[]);
}

#[test]
fn a_fact_box_figure_is_what_the_line_under_it_counts() {
    row(
        "Tarn storm facts\n\n200,000\nPeople evacuated before the storm, by the agency's count.\n\n3\nAstronauts aboard Vega 2.\n",
        &[("crew-count", "3"), ("evacuated", "200,000")],
    );
    // Rule 7 and the label's unit hold: another time, or a measure.
    row(
        "Facts\n\n90,000\nPeople evacuated in 2019.\n\n400 mm\nPeople evacuated.\n",
        &[],
    );
}

#[test]
fn a_list_lines_label_names_its_figure() {
    // The label's noun phrase holds the cue; the unit is read across the dash.
    row(
        "The decision in numbers\n\n3.75% - the new policy rate, from Friday.\n\n25 - basis points cut, a quarter point.\n",
        &[("cut-size", "25 - basis points"), ("new-rate", "3.75%")],
    );
    // The label's noun phrase goes on through "on", "inside", "during".
    row(
        "Rates in numbers\n\n3.75% - the level on the policy rate.\n",
        &[("new-rate", "3.75%")],
    );
    // The rest of the line dates it, and "what" names nothing.
    row(
        "In numbers\n\n5.50% - the peak policy rate, reached in 2024.\n\n4.25% - the policy rate until now.\n\n3.50% - what the policy rate may fall to.\n",
        &[],
    );
}

#[test]
fn a_figure_another_name_took_is_not_the_claims() {
    const YAML: &str = r#"
event: Aldren election
date: 2027-04-12
entities:
  union: [National Union]
claims:
  union-seats:
    about: how many seats National Union won
    kind: count
    value: 47
    unit: seats
    near: [National Union]
  union-share:
    about: National Union's share of the vote
    kind: count
    value: 29.8%
    unit: percent
    near: [National Union]
"#;
    // The verb's own subject, even with a plural's possessive apostrophe.
    let text =
        "Voters punished National Union in the hills, where the Farmers' League took nine seats.";
    assert!(
        texts_under(YAML, text).is_empty(),
        "{:?}",
        texts_under(YAML, text)
    );
    // A claim in another unit is no rival for a sentence-only figure.
    assert_eq!(
        texts_under(YAML, "In the capital, National Union's loss: 47 seats."),
        vec!["47 seats".to_string()]
    );
}

#[test]
fn a_cue_that_qualifies_an_aftermath_noun_takes_no_date() {
    const YAML: &str = r#"
event: Kelby derailment
date: 2027-03-12
claims:
  day:
    about: the day the train derailed
    kind: date
    value: 2027-03-12
    near: [derailed, crash, accident]
"#;
    // The visit's day and the investigators' day, not the crash's.
    let text = "The minister visited the crash site on Saturday. Accident investigators said on Saturday that the brakes held.";
    assert!(
        texts_under(YAML, text).is_empty(),
        "{:?}",
        texts_under(YAML, text)
    );
    assert_eq!(
        texts_under(YAML, "The train crashed on Friday."),
        vec!["Friday".to_string()]
    );
}

#[test]
fn a_correction_notice_retelling_the_article_states_nothing() {
    const YAML: &str = r#"
event: Kelby derailment
date: 2027-03-12
claims:
  deaths:
    about: people killed
    kind: count
    value: 17
    near: [killed]
"#;
    let notice = "Correction\n\nAn article on Saturday contained an error.\n\nIt said that 71 people had been killed. In fact 17 people were killed.\n";
    assert_eq!(texts_under(YAML, notice), vec!["17 people".to_string()]);
    // Any report of ours as the subject, in a notice.
    let ours = "Corrections and clarifications\n\nOur guide to the crash, published on Saturday, said that 71 people had been killed. A caption on our picture pages said 70 people were killed.\n";
    assert!(texts_under(YAML, ours).is_empty());
    let article = "The article said that 71 people had been killed.";
    assert!(texts_under(YAML, article).is_empty());
    // A panel, a sidebar or a column of ours too.
    let panel = "Corrections and clarifications\n\nA background panel on Thursday stated that 71 people had been killed. That was wrong.\n";
    assert!(texts_under(YAML, panel).is_empty());
    // Outside a notice, "It said" is a source speaking.
    assert_eq!(
        texts_under(
            YAML,
            "The police gave an update. It said 17 people were killed."
        ),
        vec!["17 people".to_string()]
    );
}

#[test]
fn parts_and_nouns_of_other_figures_are_theirs() {
    const YAML: &str = r#"
event: Kelby derailment
date: 2027-03-12
claims:
  deaths:
    about: people killed
    kind: count
    value: 17
    near: [killed]
  passengers:
    about: passengers aboard
    kind: count
    value: 412
    unit: passengers
    near: [passengers, aboard]
    not-near: [crew]
"#;
    // The not-near word is the other figure's own noun.
    assert_eq!(
        texts_under(
            YAML,
            "The operator says 412 passengers and six crew were aboard."
        ),
        vec!["412 passengers".to_string()]
    );
    // A colon's breakdown of the figure before it: some of the dead.
    assert_eq!(
        texts_under(
            YAML,
            "17 - people killed: 16 passengers and one crew member."
        ),
        vec!["17".to_string()]
    );
}

#[test]
fn rates_rising_tallies_and_wholes_are_not_the_total() {
    const YAML: &str = r#"
event: Sabra cholera outbreak
date: 2027-06-22
claims:
  deaths:
    about: deaths in the outbreak
    kind: count
    value: 61
    near: [died, deaths]
  cases:
    about: cholera cases in the outbreak
    kind: count
    value: 4318
    unit: cases
    near: [cases]
  districts:
    about: districts that reported cases
    kind: count
    value: 14
    unit: districts
    near: [districts, affected]
  doses:
    about: vaccine doses given
    kind: count
    value: 1214000
    unit: doses
    near: [doses]
"#;
    let texts = |t: &str| texts_under(YAML, t);
    // A rate, or one period's figure.
    assert!(texts("More than 600 cases a week were reported.").is_empty());
    assert!(texts("There were 611 cases in the worst week.").is_empty());
    // A tally on the way, below the final one; one above it stays wrong.
    assert!(texts("The toll has risen to 40 deaths.").is_empty());
    assert_eq!(texts("The toll has risen to 70 deaths."), vec!["70 deaths"]);
    assert!(texts("Police now say 40 people have died.").is_empty());
    // The whole a part is of; the first of two rounds.
    assert_eq!(
        texts("Fourteen of the country's 38 districts were affected."),
        vec!["Fourteen"]
    );
    assert!(
        texts("In all, 1,214,000 doses were given in two rounds, the first of 782,000.")
            .iter()
            .all(|t| t != "782,000")
    );
}

#[test]
fn race_times_and_converted_speeds() {
    const YAML: &str = r#"
event: Brena marathon
date: 2027-10-10
entities:
  arvi: [Selam Arvi, Arvi]
  brand: [Ilse Brand, Brand]
claims:
  finish-time:
    about: Arvi's winning time
    kind: duration
    value: 2h9m4s
    near: [time, won in]
  speed:
    about: the train's speed
    kind: count
    value: 128
    unit: km/h
    near: [travelling]
"#;
    let texts = |t: &str| texts_under(YAML, t);
    assert_eq!(texts("Arvi's winning time was 2:09:04."), vec!["2:09:04"]);
    // Someone else's time, in a list line or a relative clause.
    assert!(texts("2:11:30 - Ilse Brand's time in second place").is_empty());
    assert!(texts("Brand, who was second in a time of 2:11:30, smiled.").is_empty());
    // 80 mph is 128.7 km/h, written to the nearest mile an hour: no error.
    let file = claims::parse(Path::new("t.yaml"), YAML).unwrap();
    let speed = file.claims.iter().position(|c| c.id == "speed").unwrap();
    assert_eq!(
        factcheck::check::check_example(&file, speed, "The train was travelling at 80 mph."),
        Some(factcheck::check::Verdict::Supports)
    );
    assert_eq!(
        factcheck::check::check_example(&file, speed, "The train was travelling at 85 mph."),
        Some(factcheck::check::Verdict::Contradicts)
    );
}

#[test]
fn people_by_shared_subject_possessive_role_and_object() {
    const YAML: &str = r#"
event: Brena marathon and the Kelby crash
date: 2027-10-10
entities:
  arvi: [Selam Arvi, Arvi]
  hald: [Jorun Hald, Hald]
  carr: [Ines Carr, Carr]
claims:
  pacemakers:
    about: who paced Arvi
    kind: people
    value: [hald]
    near: [pacers, paced]
  visitors:
    about: who visited the crash site
    kind: people
    value: [carr]
    near: [walked along, visited]
"#;
    let texts = |t: &str| texts_under(YAML, t);
    assert_eq!(
        texts("Ines Carr has arrived at the site and is walking along the line."),
        vec!["Ines Carr"]
    );
    // Her pacers are others; the one paced is not a pacer.
    assert!(texts("At 10 km, Arvi ran with her three pacers.").is_empty());
    assert_eq!(texts("Jorun Hald paced Arvi to 30 km."), vec!["Jorun Hald"]);
}

#[test]
fn a_paragraph_opening_elsewhere_is_about_that_place() {
    const YAML: &str = r#"
event: Kelby derailment
date: 2027-03-12
claims:
  passengers:
    about: passengers aboard the train
    kind: count
    value: 412
    unit: passengers
    near: [passengers, carrying]
  deaths:
    about: deaths in the crash
    kind: count
    value: 17
    near: [deaths]
"#;
    let text = "In neighbouring Ostria, a coach crash killed four people. The coach, carrying 51 passengers, left the road.\n\nGlobally, 2,500 deaths were recorded.\n";
    assert!(
        texts_under(YAML, text).is_empty(),
        "{:?}",
        texts_under(YAML, text)
    );
}

#[test]
fn other_occasions_bounds_gaps_and_modals() {
    const YAML: &str = r#"
event: Sabra cholera outbreak declared over
date: 2027-06-22
entities:
  arvi: [Selam Arvi, Arvi]
claims:
  duration:
    about: how long the outbreak lasted, first case to declaration
    kind: duration
    value: 133d
    tolerance: 7d
    near: [outbreak, lasted]
    not-near: [last case]
  declared:
    about: the day the outbreak was declared over
    kind: date
    value: 2027-06-22
    near: [declared, over]
  doses:
    about: vaccine doses given
    kind: count
    value: 1214000
    unit: doses
    near: [doses, vaccine]
  prize:
    about: prize money Arvi took home
    kind: count
    value: 150000
    unit: EUR
    near: [earned, prize]
"#;
    let texts = |t: &str| texts_under(YAML, t);
    // Another outbreak: pointed back to, or dated in its subject.
    assert!(texts("The 2019 outbreak was smaller. That outbreak lasted 11 weeks.").is_empty());
    assert!(texts(
        "The 2019 outbreak, the last before this one, killed 24 people and lasted 11 weeks."
    )
    .is_empty());
    // A gap from a not-near point, and one that has passed.
    assert!(texts(
        "It was declared over on Tuesday 22 June, four weeks after the last case was recorded."
    )
    .iter()
    .all(|t| t != "four weeks"));
    assert!(texts("Twenty days have passed since the outbreak's last case.").is_empty());
    // A bound of a span is not the day.
    assert!(texts("By the end of March the outbreak was declared the worst in years.").is_empty());
    // A modal after the figure.
    assert!(texts("Some 290,000 vaccine doses would be kept in storage.").is_empty());
    // Someone else's prize, past an aside.
    assert!(texts("Ilse Brand, who ran second, earned 25,000 euros.").is_empty());
}

#[test]
fn a_cue_that_is_the_verb_takes_the_time_after_it() {
    const YAML: &str = r#"
event: Brena marathon
date: 2027-10-10
entities:
  arvi: [Selam Arvi, Arvi]
claims:
  finish-time:
    about: Arvi's winning time
    kind: duration
    value: 2h9m4s
    near: [ran, clocked]
"#;
    assert_eq!(
        texts_under(YAML, "Selam Arvi ran 2:09:40 to win the race."),
        vec!["2:09:40".to_string()]
    );
}

#[test]
fn a_date_walk_steps_over_a_place_phrase_on_a_noun() {
    const YAML: &str = r#"
event: Kelby derailment
date: 2027-03-12
claims:
  day:
    about: the day the train derailed
    kind: date
    value: 2027-03-12
    near: [came off, derailed]
"#;
    assert_eq!(
        texts_under(
            YAML,
            "The train came off the rails on the Kelby curve on Friday."
        ),
        vec!["Friday".to_string()]
    );
}

#[test]
fn a_list_lines_label_can_narrow_its_figure() {
    const YAML: &str = r#"
event: Kelby derailment
date: 2027-03-12
claims:
  injured:
    about: people injured
    kind: count
    value: 86
    near: [injured]
  passengers:
    about: passengers aboard
    kind: count
    value: 412
    unit: passengers
    near: [passengers]
    not-near: [average]
"#;
    let text = "In numbers\n\n54 - injured passengers treated at Kelby General.\n\n350 - passengers the 07:05 carries on an average week, the operator says.\n\n86 - people injured, 19 of them seriously.\n";
    assert_eq!(texts_under(YAML, text), vec!["86".to_string()]);
}

#[test]
fn a_count_of_people_is_a_claims_of_people_through_a_frame() {
    const YAML: &str = r#"
event: Sabra cholera outbreak
date: 2027-06-22
claims:
  cases:
    about: cholera cases
    kind: count
    value: 4318
    unit: cases
    near: [sickened, fell ill]
"#;
    assert_eq!(
        texts_under(YAML, "The epidemic sickened 4,318 people."),
        vec!["4,318 people".to_string()]
    );
    // Without a frame, people are no cases.
    assert!(texts_under(YAML, "It sickened many; 4,318 people live there.").is_empty());
}

#[test]
fn a_count_of_years_is_judged_as_a_length_of_time() {
    const YAML: &str = r#"
event: Marrow bridge opening
date: 2027-06-26
claims:
  build-years:
    about: how many years construction took
    kind: count
    value: 6
    unit: years
    near: [build, took]
  term:
    about: the prison term
    kind: count
    value: 6
    unit: years
    near: [term]
"#;
    let file = claims::parse(Path::new("y.yaml"), YAML).unwrap();
    assert_eq!(file.claims[0].rule.kind(), "duration");
    let years = |t: &str| factcheck::check::check_example(&file, 0, t);
    assert_eq!(
        years("The bridge took six years to build."),
        Some(factcheck::check::Verdict::Supports)
    );
    assert_eq!(
        years("In numbers\n\n8 - years it took to build.\n"),
        Some(factcheck::check::Verdict::Contradicts)
    );
    // What one side argues for is no term.
    assert!(texts_under(YAML, "The defence argues for a three-year term.").is_empty());
}

#[test]
fn titles_before_listed_names_and_a_day_named_by_its_event() {
    const YAML: &str = r#"
event: Halmore bribery verdict
date: 2027-05-14
entities:
  brandt: [Lucas Brandt, Brandt]
  rahn: [Sami Rahn, Rahn]
claims:
  co-defendants:
    about: the co-defendants convicted with him
    kind: people
    value: [brandt]
    absent: [rahn]
    near: [convicted alongside]
  verdict-date:
    about: the day the jury convicted him
    kind: date
    value: 2027-05-14
    near: [convicted]
"#;
    let texts = |t: &str| texts_under(YAML, t);
    assert_eq!(
        texts("He was convicted alongside developer Lucas Brandt and waste contractor Sami Rahn."),
        vec!["Lucas Brandt".to_string(), "Sami Rahn".to_string()]
    );
    assert_eq!(
        texts("He arrives at court on Thursday, May 13, the day a jury convicted him."),
        vec!["Thursday, May 13".to_string()]
    );
}

#[test]
fn a_tallys_sides_go_to_the_votes_for_and_against() {
    const YAML: &str = r#"
event: Tarn assembly vote
date: 2027-03-11
claims:
  votes-for:
    about: how many members voted for the bill
    kind: count
    value: 388
    near: [in favour]
  votes-against:
    about: how many members voted against the bill
    kind: count
    value: 201
    near: [opposed]
"#;
    let texts = |t: &str| texts_under(YAML, t);
    assert_eq!(
        texts("The assembly passed the bill by 388 votes to 201."),
        vec!["388 votes".to_string(), "201".to_string()]
    );
    assert_eq!(
        texts("It passed by 388 to 210."),
        vec!["388".to_string(), "210".to_string()]
    );
    assert_eq!(
        texts("388 members voted yes, 201 voted no."),
        vec!["388 members".to_string(), "201".to_string()]
    );
    // Not a vote: a range or a score stays what it was.
    assert!(texts("Wages rose by 388 to 201 crowns.").is_empty());
}

#[test]
fn clock_times_phrases_of_a_figure_and_times_of_day() {
    const YAML: &str = r#"
event: Brenhaven marathon and the Kesby quake
date: 2027-10-12
entities:
  brandauer: [Ilse Brandauer, Brandauer]
  eskelund: [Noor Eskelund, Eskelund]
  brenhaven: [Brenhaven]
  tarrow: [Tarrow]
claims:
  finish-time:
    about: the winner's time
    kind: duration
    value: 2h9m4s
    near: [ran, won in]
  city:
    about: where the record was set
    kind: place
    value: brenhaven
    rivals: [tarrow]
    near: [marathon]
    not-near: ["2025"]
  runner-up:
    about: who finished second
    kind: people
    value: [brandauer]
    absent: [eskelund]
    near: [second, finished second]
    not-near: [third]
  magnitude:
    about: the quake's magnitude
    kind: count
    value: 6.9
    near: [quake]
  dead:
    about: people the quake killed
    kind: count
    value: 63
    near: [death toll]
  quake-date:
    about: the day the quake struck
    kind: date
    value: 2027-10-12
    near: [struck]
"#;
    let texts = |t: &str| texts_under(YAML, t);
    // A race time's colons are no clause break: "last year" after it dates it.
    assert!(texts("She ran 2:10:41 in Brenhaven last year.").is_empty());
    // "0917 GMT" is a time of day, not a count.
    assert!(texts("The quake hit at 4:17 a.m. (0917 GMT).").is_empty());
    // ", and" before a name with a verb, or with its verb left out, opens a
    // clause: the third place is not the second's.
    assert_eq!(
        texts("Ilse Brandauer finished second in 2:11:30, and Noor Eskelund was third."),
        vec!["Ilse Brandauer".to_string()]
    );
    assert_eq!(
        texts("Ilse Brandauer was second, and Noor Eskelund of Velmoria third."),
        vec!["Ilse Brandauer".to_string()]
    );
    // A figure's apposition holds its own year: the race's place stands.
    // (Her time, the claim's own, confirms it by value.)
    assert_eq!(
        linked_under(YAML, "She won the Brenhaven Marathon in 2:09:04, 52 seconds inside the 2:09:56 from Tarrow in 2025."),
        vec!["Brenhaven".to_string()]
    );
    assert!(
        !texts("She won the Brenhaven Marathon in 2:09:04, 52 seconds inside the 2:09:56 from Tarrow in 2025.")
            .contains(&"2:09:56".to_string())
    );
    // A cue that modifies the noun after it is not the verb's subject.
    assert_eq!(
        claimed_under(YAML, "Quake death toll climbs to 63."),
        vec![("dead".to_string(), "63".to_string())]
    );
    // A time of the day and its preposition are stepped over to the verb.
    assert_eq!(
        texts("A quake struck Peru's central Andes before dawn on Tuesday."),
        vec!["Tuesday".to_string()]
    );
}

#[test]
fn set_scores_cue_nouns_and_interim_tallies() {
    const YAML: &str = r#"
event: Valmera final and the Harnby flood
date: 2026-06-07
entities:
  arrieta: [Tomás Arrieta, Arrieta]
  brandvold: [Niklas Brandvold, Brandvold]
claims:
  sets-score:
    about: the result in sets
    kind: score
    value: 3-1
    sides: [arrieta, brandvold]
    near: [sets, final, beat]
  aces:
    about: aces served by the champion
    kind: count
    value: 19
    unit: aces
    near: [aces, served]
  freed:
    about: Korvanian detainees released
    kind: count
    value: 11
    unit: prisoners
    near: [Korvanians, Korvanian detainees, freed]
  dead:
    about: people the flood killed
    kind: count
    value: 17
    unit: people
    near: [dead, deaths, died]
"#;
    let claimed = |t: &str| claimed_under(YAML, t);
    let pair = |c: &str, t: &str| (c.to_string(), t.to_string());
    // A match told set by set is its result in sets: 3-1.
    assert_eq!(
        claimed("Arrieta beat Brandvold 6-3, 4-6, 7-6 (7-5), 6-4 in the final."),
        vec![pair("sets-score", "6-3, 4-6, 7-6 (7-5), 6-4")]
    );
    // A set's score, or one at a moment of a set, is no result.
    assert!(claimed("The third set went to Arrieta in a tiebreak, 7-6 (7-5).").is_empty());
    assert!(claimed("Rain stopped the final at 4-4 in the third set.").is_empty());
    // A win over someone else is another match.
    assert!(
        claimed("In the semi-final he beat Joao Marques in straight sets, 6-4, 6-2, 7-5.")
            .is_empty()
    );
    // `unit: aces` is a counted noun (its claim says "aces"), not a typo of
    // "acres"; a noun the cues end on counts the claim's thing.
    assert_eq!(
        claimed("Arrieta served 19 aces."),
        vec![pair("aces", "19 aces")]
    );
    assert_eq!(
        claimed("Vestria freed 11 Korvanians on Saturday."),
        vec![pair("freed", "11 Korvanians")]
    );
    // A toll the article calls rising is interim, and so is the same figure
    // in its headline.
    assert!(claimed(
        "Flood: seven dead\n\nSeven deaths had been confirmed by evening, a figure officials expected to rise.\n"
    )
    .is_empty());
}

#[test]
fn one_places_share_of_a_stated_total_and_groups() {
    const YAML: &str = r#"
event: Harnby flood and the Tamsir exchange
date: 2026-10-07
claims:
  dead:
    about: people killed by the flood
    kind: count
    value: 17
    unit: people
    near: [dead, died, killed, toll]
  freed:
    about: Korvanian detainees released
    kind: count
    value: 11
    unit: prisoners
    near: [Korvanians, Korvanian prisoners]
"#;
    let texts = |t: &str| texts_under(YAML, t);
    // With the total stated, one town's deaths are its share.
    assert_eq!(
        texts("The flood killed 17 people. Four people died upstream in Velde.\n\nHarnby, where 11 people died, was the worst hit.\n"),
        vec!["17 people".to_string()]
    );
    // Without it, a smaller figure tied to a place may be the error it looks like.
    assert_eq!(
        texts("Four people died upstream in Velde."),
        vec!["Four people".to_string()]
    );
    // A rising toll is interim.
    assert!(texts("18:20 - Toll rises to 14.").is_empty());
    // One group of them is a portion.
    assert!(texts("The first group of three Korvanian prisoners walked across.").is_empty());
}

#[test]
fn it_goes_on_about_the_last_subject_and_that_clauses() {
    const YAML: &str = r#"
event: Valmera final
date: 2026-06-07
entities:
  brandvold: [Niklas Brandvold, Brandvold]
claims:
  match-length:
    about: how long the final lasted
    kind: duration
    value: 3h52m
    near: [lasted, final]
    not-near: [semifinal]
  final-date:
    about: the day of the final
    kind: date
    value: 2026-06-07
    near: [final]
"#;
    let texts = |t: &str| texts_under(YAML, t);
    // "It" is the semifinal the sentence before opened on.
    assert!(
        texts("Brandvold's semifinal finished at 00:38. It lasted four hours and 41 minutes.")
            .is_empty()
    );
    assert_eq!(
        texts("The final was long. It lasted three hours and 52 minutes."),
        vec!["three hours and 52 minutes".to_string()]
    );
    // What was learned on a day is no event of that day.
    assert!(
        texts("On Tuesday, we learned that Brandvold had played the final injured.").is_empty()
    );
}

#[test]
fn a_name_set_aside_by_not_is_no_speaker() {
    const YAML: &str = r#"
event: Tamsir exchange
date: 2026-03-14
entities:
  kessing: [Aurel Kessing, Kessing]
  varron: [Ilse Varron, President Varron, Varron]
claims:
  minister-quote:
    about: the foreign minister's words
    kind: quote
    value: Eight families have their people back tonight.
    speaker: kessing
"#;
    let f = claims::parse(Path::new("q.yaml"), YAML).expect("the claims parse");
    let text = "Foreign Minister Aurel Kessing, not President Ilse Varron, said: \"Eight families have their people back tonight.\"";
    assert_eq!(
        factcheck::check::check_example(&f, 0, text),
        Some(factcheck::check::Verdict::Supports)
    );
}

#[test]
fn notices_tallies_so_far_and_other_events_lengths() {
    const YAML: &str = r#"
event: Valmera final and the Elsk flood
date: 2026-06-07
claims:
  match-length:
    about: how long the final lasted
    kind: duration
    value: 3h52m
    near: [lasted, final]
  aces:
    about: aces served by the champion
    kind: count
    value: 19
    unit: aces
    near: [aces]
  evacuated:
    about: people evacuated
    kind: count
    value: 46000
    unit: people
    near: [evacuated]
"#;
    let texts = |t: &str| texts_under(YAML, t);
    // A notice retells what an edition or a fact box gave.
    assert!(texts("Corrections\n\nThe number of people evacuated, given in one edition as 64,000, was 46,000.\n").is_empty());
    // "up to" after "is": a tally so far.
    assert!(texts("He's up to 11 aces.").is_empty());
    // "beyond three hours" is more than three hours.
    assert_eq!(
        texts("It was the first final in years to go beyond three hours."),
        vec!["beyond three hours".to_string()]
    );
    let f = claims::parse(Path::new("t.yaml"), YAML).unwrap();
    assert_eq!(
        factcheck::check::check_example(
            &f,
            0,
            "It was the first final in years to go beyond three hours."
        ),
        Some(factcheck::check::Verdict::Supports)
    );
    // A gap after an event, and another event's length, are not the final's.
    assert!(
        texts("He came home on Tuesday, two days after beating Brandvold in the final.").is_empty()
    );
    assert!(texts("Lindqvist won a race that lasted just under two hours.").is_empty());
}

#[test]
fn irregular_verb_cues_charges_and_habits() {
    const YAML: &str = r#"
event: Valmera final and the Halmore trial
date: 2026-06-07
entities:
  valmera: [Valmera]
  tarrow: [Tarrow]
claims:
  prize-money:
    about: the winner's prize money
    kind: count
    value: 3.2 million
    unit: EUR
    near: [took home]
  bribes:
    about: how much he took in bribes, as the jury found
    kind: count
    value: 2.4 million
    unit: EUR
    near: [took]
  build-years:
    about: how many years construction took
    kind: count
    value: 6
    unit: years
    near: [took]
  city:
    about: where the final was played
    kind: place
    value: valmera
    rivals: [tarrow]
    near: [final]
"#;
    let claimed = |t: &str| claimed_under(YAML, t);
    let pair = |c: &str, t: &str| (c.to_string(), t.to_string());
    // "took home" is found as "will take home".
    assert_eq!(
        claimed("The champion will take home €3.2 million."),
        vec![pair("prize-money", "€3.2 million")]
    );
    // A charge, and what used to happen, are not what happened.
    assert!(claimed("Prosecutors had accused him of taking 3.1 million euros.").is_empty());
    assert!(claimed("Deliveries that used to take a day now arrive in the morning.").is_empty());
    // A place with the cue only in another clause is no sentence-only match.
    assert!(
        claimed("The final was close, but the crowd remembered the semi in Tarrow.").is_empty()
    );
}

#[test]
fn a_participles_phrase_after_a_comma() {
    const YAML: &str = r#"
event: Elsk flood
date: 2026-10-07
claims:
  peak-day:
    about: the day the river peaked
    kind: date
    value: 2026-10-07
    near: [peaked]
    not-near: ["1997"]
  attendance:
    about: spectators at the final
    kind: count
    value: 15112
    unit: spectators
    near: [crowd]
    not-near: [women's]
"#;
    let texts = |t: &str| texts_under(YAML, t);
    // The record's year is the participle's phrase's, not the peak's.
    assert_eq!(
        texts(
            "The river peaked at 8.74 metres on Wednesday, smashing the record set in July 1997."
        ),
        vec!["Wednesday".to_string()]
    );
    // The phrase shares its clause's not-near words.
    assert!(
        texts("Chebet won the women's 5,000 metres, winning before a crowd of 22,000.").is_empty()
    );
}

#[test]
fn a_date_walk_steps_over_a_counted_object_and_a_score() {
    const YAML: &str = r#"
event: Tamsir exchange and the Valmera final
date: 2026-03-14
claims:
  swap-date:
    about: the day the prisoners were exchanged
    kind: date
    value: 2026-03-14
    near: [exchange]
"#;
    let texts = |t: &str| texts_under(YAML, t);
    assert_eq!(
        texts("The two countries exchanged 19 detainees on the tarmac of Tamsir International Airport on Saturday."),
        vec!["Saturday".to_string()]
    );
}

#[test]
fn comparison_bases_file_photos_and_partitives() {
    const YAML: &str = r#"
event: Halmore verdict and the Kestria outbreak
date: 2027-06-22
entities:
  cressford: [Cressford]
  brackwater: [Brackwater]
claims:
  declared-date:
    about: the day the outbreak was declared over
    kind: date
    value: 2027-06-22
    near: [end]
  guilty-counts:
    about: counts he was convicted on
    kind: count
    value: 7
    unit: counts
    near: [convicted]
  fire-place:
    about: where the fire broke out
    kind: place
    value: brackwater
    rivals: [cressford]
    near: [fire]
"#;
    let texts = |t: &str| texts_under(YAML, t);
    // The date of the figure a change starts from.
    assert!(
        texts("Cases were reported in 14 districts, up from six at the end of February.")
            .is_empty()
    );
    // A file photo shows another time.
    assert!(texts(
        "Photo 10: File photo, 2019: firefighters in Cressford, where a fire killed two."
    )
    .is_empty());
    // A bare number counts the noun of its partitive.
    assert!(texts("Two of his three co-defendants were also convicted.").is_empty());
    assert_eq!(
        texts("He was convicted on seven counts."),
        vec!["seven counts".to_string()]
    );
}

#[test]
fn a_place_a_copula_names_and_statements_in_context() {
    const YAML: &str = r#"
event: Elsk flood and the Arvena recall
date: 2026-11-09
entities:
  harnby: [Harnby]
  velde: [Velde]
claims:
  worst-hit:
    about: the town worst hit
    kind: place
    value: harnby
    rivals: [velde]
    near: [worst hit, hardest-hit]
  model:
    about: the recall covers the Solace
    kind: statement
    value: true
    near: [recall, recalled]
    affirm: [Solace]
    deny: [Corvo]
"#;
    let texts = |t: &str| texts_under(YAML, t);
    assert_eq!(
        texts("Harnby, a market town of 24,000, was the worst hit."),
        vec!["Harnby".to_string()]
    );
    assert_eq!(
        texts("The hardest-hit town was Velde."),
        vec!["Velde".to_string()]
    );
    // A denial denied, and a denial of another year, are no denials.
    assert!(texts(
        "The Corvo hatchback, built in Garrow, and the Tarn van are not part of the recall."
    )
    .is_empty());
    assert!(texts("In 2023 Arvena recalled 88,000 Corvo hatchbacks.").is_empty());
    assert!(texts("Its last big recall, in 2023, covered 88,000 Corvo hatchbacks.").is_empty());
    assert_eq!(
        texts("Arvena recalled the Corvo on Monday."),
        vec!["Corvo".to_string()]
    );
}

#[test]
fn a_job_title_or_a_live_blog_stamp_before_a_name_leaves_it_the_subject() {
    const YAML: &str = r#"
event: Harrow Sound bridge opening
date: 2027-03-20
entities:
  odell: [Mara Odell, Odell]
  brun: [Tomas Brun, Brun]
claims:
  engineer-quote:
    about: the chief engineer's words
    kind: quote
    value: It will carry our grandchildren's grandchildren.
    speaker: odell
"#;
    let f = claims::parse(Path::new("q.yaml"), YAML).expect("the claims parse");
    for lead in [
        "Site engineer Mara Odell walked to the lectern.",
        "14:05 Mara Odell walked to the lectern.",
        "14:05 Lead engineer Mara Odell walked to the lectern.",
    ] {
        let text = format!(
            "Minister Tomas Brun cut the ribbon.\n\n{lead} \"It will carry our grandchildren's grandchildren,\" she said."
        );
        assert_eq!(
            factcheck::check::check_example(&f, 0, &text),
            Some(factcheck::check::Verdict::Supports),
            "{lead}"
        );
    }
}

#[test]
fn a_date_on_a_verb_of_saying_dates_the_saying() {
    const YAML: &str = r#"
event: Orlen referendum
date: 2027-04-11
claims:
  vote-date:
    about: the day of the referendum
    kind: date
    value: 2027-04-11
    near: [referendum, voted]
"#;
    assert!(texts_under(
        YAML,
        "Orlen voted to leave the league in the referendum, the count office said late on Monday."
    )
    .is_empty());
    assert_eq!(
        texts_under(
            YAML,
            "Orlen voted on Sunday, the count office said on Monday."
        ),
        vec!["Sunday".to_string()]
    );
}

#[test]
fn a_vote_tally_reads_units_partitives_and_labels() {
    const YAML: &str = r#"
event: Orlen referendum
date: 2027-04-11
claims:
  provinces-no:
    about: how many of the nine provinces voted no
    kind: count
    value: 2
    unit: provinces
    near: [voted no, rejected, no vote]
"#;
    // Shares are no provinces, and the whole of a partitive is no side.
    assert!(texts_under(YAML, "The Lenn valley voted no, 50.8% to 49.2%.").is_empty());
    assert!(texts_under(
        YAML,
        "In Tarsk, where 56.1% voted against, the mood was grim."
    )
    .is_empty());
    assert_eq!(
        texts_under(YAML, "Two of the country's nine provinces voted no."),
        vec!["Two".to_string()]
    );
    // A list line's label names what its bare figure counts.
    assert!(texts_under(YAML, "1,204,300 - no votes").is_empty());
    assert_eq!(
        texts_under(YAML, "2 - provinces that voted no"),
        vec!["2".to_string()]
    );
}

#[test]
fn people_counted_by_their_kind_and_live_blog_updates() {
    const YAML: &str = r#"
event: Dorrow mill fire
date: 2027-02-02
claims:
  dead:
    about: how many people died
    kind: count
    value: 3
    unit: people
    near: [killed, died, dead]
"#;
    assert_eq!(
        texts_under(YAML, "Three workers were killed in the blaze."),
        vec!["Three workers".to_string()]
    );
    // Known so far, and a live blog's entry that a later one updates.
    assert!(texts_under(YAML, "One worker is known to have died.").is_empty());
    let blog = "09:10 Crews are at the mill.\n\n10:05 Police confirm one worker has died.\n\n11:40 Police now put the toll at three: three workers were killed.\n";
    assert_eq!(texts_under(YAML, blog), vec!["three workers".to_string()]);
}

#[test]
fn far_units_denied_predicates_participles_and_named_places() {
    const YAML: &str = r#"
event: Orvane museum theft
date: 2027-10-06
entities:
  orvane: [Orvane]
  lussac: [Lussac]
claims:
  column:
    about: height of the ash column
    kind: count
    value: 12
    tolerance: 1
    unit: km
    near: [ash, column, plume]
  items-taken:
    about: how many pieces the thieves took
    kind: count
    value: 9
    unit: pieces
    near: [pieces, taken, stolen]
  heist-date:
    about: the day of the theft
    kind: date
    value: 2027-10-06
    near: [stolen, theft]
  arrests:
    about: how many suspects were arrested
    kind: count
    value: 4
    unit: suspects
    near: [arrested]
"#;
    // A unit ten thousand times smaller measures something else.
    assert!(texts_under(YAML, "Up to 11 cm of ash fell on the town.").is_empty());
    assert_eq!(
        texts_under(YAML, "The ash column rose to 12 km."),
        vec!["12 km".to_string()]
    );
    // What the predicate denies.
    assert!(texts_under(YAML, "The 14 pieces that were not taken are in the vaults.").is_empty());
    // A participle after its noun is where a date hangs: no frame ties
    // September to the theft.
    let f = claims::parse(Path::new("test.yaml"), YAML).expect("the claims parse");
    let text = "A brooch, one of the pieces stolen, in a photograph taken in September.";
    let ex = Extractor::new(&ExtractOptions::from_claims(&f)).extract(text);
    assert!(Attributor::new(&f)
        .attribute(&ex, text)
        .iter()
        .all(|c| &*c.text != "September" || c.link != Link::Linked));
    // One place's share, the place named by its kind, when the total is stated.
    let text = "Police have arrested four suspects.\n\nTwo suspects were arrested on Monday in the port city of Lussac, and two more in Orvane.";
    assert_eq!(texts_under(YAML, text), vec!["four suspects".to_string()]);
}

#[test]
fn the_last_occasion_of_the_events_kind_is_another() {
    const YAML: &str = r#"
event: Mount Oskel eruption, Vessa, March 2027
date: 2027-03-14
claims:
  deaths:
    about: people killed by the eruption
    kind: count
    value: 2
    unit: people
    near: [killed, died]
"#;
    assert!(texts_under(
        YAML,
        "The last deadly eruption, in 1998, killed five people on the island."
    )
    .is_empty());
    assert!(texts_under(YAML, "The previous eruption killed five people.").is_empty());
    // A comparison's base is said of this one.
    assert_eq!(
        texts_under(
            YAML,
            "It killed two people, a toll down on the previous eruption."
        ),
        vec!["two people".to_string()]
    );
}

#[test]
fn fronted_wholes_narrowing_labels_year_lines_and_ages() {
    const YAML: &str = r#"
event: Mount Oskel eruption, Vessa, March 2027
date: 2027-03-14
claims:
  regions-no:
    about: how many of the nine regions voted no
    kind: count
    value: 2
    unit: regions
    near: [voted no]
  evacuated:
    about: people evacuated
    kind: count
    value: 30000
    tolerance: 5%
    near: [evacuated, evacuees]
  deaths:
    about: people killed
    kind: count
    value: 2
    unit: people
    near: [killed, died]
"#;
    assert_eq!(
        texts_under(YAML, "Of the nine regions, two voted no."),
        vec!["two".to_string()]
    );
    // A label's participle narrows its figure to a part.
    assert!(texts_under(YAML, "9,000 - evacuees sleeping at the town stadium").is_empty());
    // A list line headed by another year is that year's.
    assert!(texts_under(
        YAML,
        "2009 - the last alert, when 3,200 people were evacuated"
    )
    .is_empty());
    // Ages are no counts.
    assert_eq!(
        texts_under(
            YAML,
            "Two people died: a farmer and a woman of 74 who died of a heart attack."
        ),
        vec!["Two people".to_string()]
    );
    assert!(texts_under(YAML, "A man aged 74 died in the ash fall.").is_empty());
}

#[test]
fn a_tally_as_of_a_time_or_called_interim_never_contradicts() {
    const YAML: &str = r#"
event: Orlen heatwave, August 2027
date: 2027-08-12
claims:
  heat-deaths:
    about: deaths linked to the heat
    kind: count
    value: 214
    near: [deaths, died]
"#;
    assert!(texts_under(
        YAML,
        "38 - deaths the ministry had counted by Thursday 13 August"
    )
    .is_empty());
    assert!(texts_under(YAML, "The ministry's provisional count was 38 deaths.").is_empty());
    // A clause that opens on "by" and a time.
    assert!(texts_under(
        YAML,
        "The heat peaked on Monday; by Wednesday night the ministry had counted 38 deaths."
    )
    .is_empty());
    // One that agrees still confirms.
    assert_eq!(
        texts_under(YAML, "The ministry had counted 214 deaths by Tuesday."),
        vec!["214 deaths".to_string()]
    );
}

#[test]
fn figures_at_that_point_before_another_year_and_a_subject_running_on() {
    const YAML: &str = r#"
event: Orlen referendum, May 2027
date: 2027-05-09
claims:
  yes-share:
    about: the share of votes for yes
    kind: count
    value: 54.8%
    tolerance: 0.05
    unit: percent
    near: [yes]
    not-near: [poll]
  guards:
    about: guards on duty
    kind: count
    value: 5
    unit: guards
    near: [guards]
"#;
    assert!(texts_under(YAML, "53.1% - yes at that point").is_empty());
    assert!(texts_under(
        YAML,
        "9: guards on weekday mornings before the 2025 budget cuts"
    )
    .is_empty());
    // "before Sunday's vote" ends the subject's phrase: the poll's not-near
    // word is in the figure's clause.
    assert!(texts_under(
        YAML,
        "The final poll before Sunday's vote had put yes at 52%."
    )
    .is_empty());
    assert_eq!(
        texts_under(YAML, "Yes won 54.8% on Sunday."),
        vec!["54.8%".to_string()]
    );
}

#[test]
fn another_years_occasion_a_label_before_a_colon_and_parts_on_board() {
    const YAML: &str = r#"
event: Harlow City Council 2031 budget vote, Harlow, December 2030
date: 2030-12-10
claims:
  total-budget:
    about: the total 2031 budget approved
    kind: count
    value: 2.4 billion
    tolerance: 1%
    unit: EUR
    near: [budget]
    not-near: [operating, capital]
  aboard:
    about: people on board the aircraft
    kind: count
    value: 140
    unit: people
    near: [on board]
  injured:
    about: people injured
    kind: count
    value: 9
    unit: people
    near: [injured]
"#;
    // A year before the title's noun that is not the title's own.
    assert!(texts_under(YAML, "The 2030 budget was €2.1 billion.").is_empty());
    // The title's own year is the file's own, though the event is dated
    // the year before.
    assert_eq!(
        texts_under(YAML, "The city's 2031 budget is €2.4 billion."),
        vec!["€2.4 billion".to_string()]
    );
    // A label before the colon says what the figure is.
    assert!(texts_under(YAML, "operating budget: €1.7 billion").is_empty());
    // What follows a list of parts is said of their whole.
    assert!(texts_under(YAML, "The jet had 133 passengers and seven crew on board.").is_empty());
    // A time some years before, fronted, is another occasion.
    assert!(texts_under(
        YAML,
        "Three years earlier, another jet lost an engine and 31 people were injured."
    )
    .is_empty());
    assert_eq!(
        texts_under(YAML, "Nine people were injured in the landing."),
        vec!["Nine people".to_string()]
    );
}

#[test]
fn parts_changes_and_attempts_are_not_the_total() {
    const YAML: &str = r#"
event: Brightwater open chess final, March 2031
date: 2031-03-02
claims:
  prize-fund:
    about: the total prize fund
    kind: count
    value: 400000
    unit: EUR
    near: [prize fund]
  games-played:
    about: games played in the final
    kind: count
    value: 11
    unit: games
    near: [games, played]
  total-budget:
    about: the total budget approved
    kind: count
    value: 80 million
    unit: EUR
    near: [spending]
  fee-rise:
    about: the rise in parking fees
    kind: count
    value: 6%
    unit: percent
    near: [fee rise, fee increase]
"#;
    // A part of the figure before, after ", of which".
    assert_eq!(
        texts_under(
            YAML,
            "The prize fund was 400,000 euros, of which the winner takes 250,000 euros."
        ),
        vec!["400,000 euros".to_string()]
    );
    // A figure only its noun ties to the claim yields to one its predicate
    // ties.
    assert_eq!(
        texts_under(
            YAML,
            "Orsolya won four games to two, with five draws, over the 11 games played."
        ),
        vec!["11 games".to_string()]
    );
    // The size of a change is no total.
    assert!(texts_under(YAML, "The board reduced spending by 3 million euros.").is_empty());
    // What one side tried is not what came.
    assert!(texts_under(YAML, "The opposition failed to hold the fee rise to 2%.").is_empty());
    assert_eq!(
        texts_under(YAML, "The fee rise of 6% passed."),
        vec!["6%".to_string()]
    );
}

#[test]
fn a_place_that_owns_the_cue_confirms_and_another_places_is_another_occasion() {
    const YAML: &str = r#"
event: Corvale City Council budget vote, December 2030
date: 2030-12-10
entities:
  corvale: [Corvale, Corvale City Hall]
  pellam: [Pellam]
claims:
  council-city:
    about: where the council met and voted
    kind: place
    value: corvale
    rivals: [pellam]
    near: [council, councillors, city hall]
  vote-date:
    about: the day the council voted
    kind: date
    value: 2030-12-10
    near: [council, voted]
"#;
    assert_eq!(
        texts_under(YAML, "Corvale's 41 councillors voted late into the night."),
        vec!["Corvale".to_string()]
    );
    assert_eq!(
        texts_under(
            YAML,
            "The debate ran on in the chamber of Corvale City Hall."
        ),
        vec!["Corvale City Hall".to_string()]
    );
    // Another place's council contradicts no venue, and its clause is
    // another occasion: its day is not the vote's.
    assert!(texts_under(
        YAML,
        "The Pellam council voted on Friday, and Pellam councillors were calm."
    )
    .is_empty());
}

#[test]
fn an_occasion_another_name_gives_is_another_occasion() {
    const YAML: &str = r#"
event: Oresund open chess final, Lindholm, March 2031
date: 2031-03-02
entities:
  aune: [Mira Aune, Aune]
  tovey: [Paul Tovey, Tovey]
claims:
  runner-up:
    about: who finished second
    kind: people
    value: [tovey]
    near: [finished second, runner-up]
  final-date:
    about: the day the final ended
    kind: date
    value: 2031-03-02
    near: [won, title]
  game-length:
    about: how long the last game lasted
    kind: duration
    value: 5h
    near: [lasted, last game]
"#;
    assert!(texts_under(
        YAML,
        "Aune finished second in the Varga tournament last year."
    )
    .is_empty());
    assert!(texts_under(YAML, "The Kestrel summit lasted 40 minutes.").is_empty());
    // A time that places the clause is no occasion it is about.
    assert_eq!(
        texts_under(
            YAML,
            "Aune won the title on Sunday after the Varga tournament."
        ),
        vec!["Sunday".to_string()]
    );
    // A name of the event's own title is no other occasion.
    assert_eq!(
        texts_under(YAML, "Tovey finished second in the Lindholm final."),
        vec!["Tovey".to_string()]
    );
}

#[test]
fn temperatures_are_read_and_a_rival_places_reading_is_its_own() {
    const YAML: &str = r#"
event: Halvard national heat record, August 2031
date: 2031-08-12
entities:
  brisa: [Brisa]
  tolmen: [Tolmen]
claims:
  record-temp:
    about: the new national record temperature
    kind: count
    value: 44.2
    tolerance: 0.05
    unit: celsius
    near: [record, reached, peaked]
  station-town:
    about: where the record was measured
    kind: place
    value: brisa
    rivals: [tolmen]
    near: [measured, station]
"#;
    for (text, figure) in [
        ("Brisa reached 44.2C on Tuesday.", "44.2C"),
        (
            "The station at Brisa reached 44.2 °C on Tuesday.",
            "44.2 °C",
        ),
        ("The reading reached 111.6F, the service said.", "111.6F"),
    ] {
        assert!(
            texts_under(YAML, text).contains(&figure.to_string()),
            "{text}"
        );
    }
    assert!(texts_under(YAML, "Tolmen reached 43.1C on Tuesday.").is_empty());
    assert!(texts_under(YAML, "15:10 Tolmen peaked at 43.1C.").is_empty());
}

#[test]
fn an_article_dated_before_the_event_confirms_and_never_contradicts() {
    const YAML: &str = r#"
event: Harlow cup final, May 2031
date: 2031-05-24
claims:
  crowd:
    about: the crowd at the final
    kind: count
    value: 61000
    unit: fans
    near: [crowd]
"#;
    let preview = "Cup final preview\nPublished Thursday 22 May 2031\n\nA crowd of 58,000 fans is expected.\n\nTickets are gone: the crowd of 61,000 fans is a sell-out.\n";
    // The forecast is set aside (a modal anyway); the figure from before,
    // which differs, never contradicts; one that agrees still confirms.
    assert_eq!(texts_under(YAML, preview), vec!["61,000 fans".to_string()]);
    let wrong = "Cup final preview\nPublished Thursday 22 May 2031\n\nThe stadium held a crowd of 52,000 fans last spring.\n";
    assert!(texts_under(YAML, wrong).is_empty());
    // A date inside a line of its own is the article's; one in a span is not.
    let report = "The final in numbers\n\n52,000\nThe crowd, from noon on Thursday 22 May to the final whistle.\n";
    assert_eq!(texts_under(YAML, report).len(), 1);
}

#[test]
fn a_tally_so_far_further_on_in_its_clause_is_on_the_way() {
    const YAML: &str = r#"
event: Orlen heatwave, August 2031
date: 2031-08-12
claims:
  heat-deaths:
    about: deaths linked to the heat
    kind: count
    value: 214
    unit: deaths
    near: [deaths]
"#;
    assert!(texts_under(
        YAML,
        "The ministry said 38 deaths had been linked to the heat so far."
    )
    .is_empty());
    assert_eq!(
        texts_under(
            YAML,
            "The ministry said 214 deaths had been linked to the heat."
        ),
        vec!["214 deaths".to_string()]
    );
}

#[test]
fn numbered_captions_unconfirmed_and_typical_figures_are_not_the_tally() {
    const YAML: &str = r#"
event: Valmerin avalanche, February 2031
date: 2031-02-14
claims:
  caught:
    about: skiers caught by the avalanche
    kind: count
    value: 14
    unit: skiers
    near: [caught]
  dead:
    about: people killed
    kind: count
    value: 5
    unit: deaths
    near: [deaths, killed]
  rescuers:
    about: rescuers deployed
    kind: count
    value: 180
    unit: rescuers
    near: [rescuers]
"#;
    let gallery = "PICTURES\n\n1\nThe slope seen from a helicopter.\n\n2\nRescuers form a probe line on the debris.\n\n3\nA search dog at work.\n";
    let dotted = "PICTURES\n\n1.\nThe slope seen from a helicopter.\n\n2.\nRescuers form a probe line on the debris.\n\n3.\nA search dog at work.\n";
    assert!(texts_under(YAML, dotted).is_empty());
    assert!(texts_under(YAML, gallery).is_empty());
    assert!(texts_under(YAML, "Several skiers are thought to have been caught.").is_empty());
    assert!(texts_under(YAML, "So far the slide has been linked to 3 deaths.").is_empty());
    assert!(texts_under(
        YAML,
        "The Alps record around 100 avalanche deaths in an average winter."
    )
    .is_empty());
    assert_eq!(
        texts_under(YAML, "Fourteen skiers were caught by the slide."),
        vec!["Fourteen skiers".to_string()]
    );
}

#[test]
fn a_price_per_period_and_a_difference_are_not_the_figure() {
    const YAML: &str = r#"
event: Vireo phone launch, September 2031
date: 2031-09-15
claims:
  price:
    about: the phone's starting price
    kind: count
    value: 899
    unit: EUR
    near: [costs, price]
  screen:
    about: the screen size
    kind: count
    value: 6.7
    unit: inches
    near: [screen]
"#;
    assert!(texts_under(YAML, "A basic plan costs 49 euros a month.").is_empty());
    assert!(texts_under(
        YAML,
        "Its screen is a tenth of an inch bigger than last year's."
    )
    .is_empty());
    assert_eq!(
        texts_under(YAML, "The phone costs 899 euros."),
        vec!["899 euros".to_string()]
    );
}

#[test]
fn a_live_blog_begun_the_day_before_is_no_preview() {
    const YAML: &str = r#"
event: Estrell nurses' pay deal, November 2031
date: 2031-11-25
entities:
  brenmouth: [Brenmouth]
  alder: [Port Alder]
claims:
  talks-city:
    about: where the talks were held
    kind: place
    value: brenmouth
    rivals: [alder]
    near: [talks]
"#;
    let blog = "Pay talks: live\n\nMonday 24 November\n\n04:55 - Talks resumed this morning in Port Alder.\n\n06:10 - Still no deal.\n\n09:30 - The deal is signed.\n";
    assert_eq!(texts_under(YAML, blog), vec!["Port Alder".to_string()]);
    let preview =
        "Pay talks preview\n\nMonday 24 November\n\nTalks resume on Tuesday in Port Alder.\n";
    assert!(texts_under(YAML, preview).is_empty());
}

#[test]
fn a_distance_along_the_way_is_no_length_of_it() {
    const YAML: &str = r#"
event: Arvenne stage 15, July 2031
date: 2031-07-19
claims:
  stage-length:
    about: the stage's length
    kind: count
    value: 187
    unit: km
    near: [stage, attacked, won]
"#;
    assert!(texts_under(YAML, "Ariza attacked 4.5 km from the top.").is_empty());
    assert!(texts_under(YAML, "He attacked with 10 km to go and won the stage.").is_empty());
    assert_eq!(
        texts_under(YAML, "Ariza won the 187 km stage."),
        vec!["187 km".to_string()]
    );
}

#[test]
fn a_sentence_only_contradiction_yields_to_a_linked_confirmation() {
    const YAML: &str = r#"
event: Estrell nurses' strike, November 2031
date: 2031-11-25
claims:
  strike-length:
    about: how long the strike lasted
    kind: duration
    value: 552h
    tolerance: 24h
    near: [strike]
"#;
    let text =
        "The 23-day strike ended on Tuesday.\n\nHospitals spent a week planning for the strike.\n";
    assert_eq!(texts_under(YAML, text), vec!["23-day".to_string()]);
    // Alone, the sentence-only reading stays (a warning at most).
    assert_eq!(
        texts_under(YAML, "Hospitals spent a week planning for the strike.\n"),
        vec!["a week".to_string()]
    );
}

#[test]
fn a_body_that_states_the_value_sets_its_other_linked_figures_aside() {
    const YAML: &str = r#"
event: Carrow Point ferry sinking, June 2031
date: 2031-06-14
claims:
  dead:
    about: how many people died
    kind: count
    value: 41
    unit: people
    near: [died, dead, killed]
"#;
    // The body's "41 people died" tells the reader the toll; its "12
    // people died" is a part of it, not a second toll.
    let body = "Marfield Wire\n\nAt least 41 people died when the ferry sank off Carrow Point on Saturday.\n\nIn the engine room alone, 12 people died.\n";
    assert_eq!(
        texts_under(YAML, body),
        vec!["At least 41 people".to_string()]
    );
    // Without the confirmation, the other figure stands and contradicts.
    assert_eq!(
        texts_under(
            YAML,
            "Marfield Wire\n\nIn the engine room alone, 12 people died.\n"
        ),
        vec!["12 people".to_string()]
    );
    // A headline that differs from the body is still the article
    // contradicting itself.
    let headline = "Ferry sinking leaves 14 dead\n\nAt least 41 people died when the ferry sank off Carrow Point on Saturday.\n";
    assert_eq!(
        texts_under(YAML, headline),
        vec!["14 dead".to_string(), "At least 41 people".to_string()]
    );
}

#[test]
fn a_first_estimate_and_what_could_happen_are_not_the_tally() {
    const YAML: &str = r#"
event: Tarrow Sound oil spill, May 2031
date: 2031-05-03
claims:
  spilled:
    about: how much oil leaked
    kind: count
    value: 2600
    unit: tonnes
    near: [leaked, spilled, spill, leak]
"#;
    // A first estimate confirms when it agrees and never contradicts.
    assert!(texts_under(
        YAML,
        "The coastguard's first estimate was that about 700 tonnes had leaked.\n"
    )
    .is_empty());
    // What could happen is no statement of what did.
    assert!(texts_under(
        YAML,
        "Engineers warned that as much as 8,000 tonnes could leak if the hull split.\n"
    )
    .is_empty());
    assert_eq!(
        texts_under(YAML, "Divers said 2,600 tonnes had leaked.\n"),
        vec!["2,600 tonnes".to_string()]
    );
}

#[test]
fn a_day_on_those_who_answered_the_event_is_theirs() {
    const YAML: &str = r#"
event: Halsey Mills warehouse fire, March 2031
date: 2031-03-11
claims:
  fire-date:
    about: the day the fire broke out
    kind: date
    value: 2031-03-11
    near: [fire, broke out]
"#;
    assert!(texts_under(
        YAML,
        "The mayor toured the ruins with fire officers late on Thursday.\n"
    )
    .is_empty());
    assert_eq!(
        texts_under(YAML, "The fire broke out late on Tuesday.\n"),
        vec!["Tuesday".to_string()]
    );
}

#[test]
fn a_moment_and_a_state_changed_later_are_not_the_figure() {
    const YAML: &str = r#"
event: Brenna Open final, February 2031
date: 2031-02-09
claims:
  match-length:
    about: how long the final lasted
    kind: duration
    value: 3h40m
    tolerance: 5m
    near: [match, final, lasted]
  zone:
    about: the radius of the exclusion zone
    kind: count
    value: 4
    unit: km
    near: [exclusion zone, zone]
"#;
    // Before a time of day, and "on" with a comma after: when, not how long.
    assert!(texts_under(YAML, "The final ended ten minutes before midnight.\n").is_empty());
    assert!(texts_under(YAML, "Two days on, the final is all anyone discusses.\n").is_empty());
    assert_eq!(
        texts_under(YAML, "The final lasted three hours and 40 minutes.\n"),
        vec!["three hours and 40 minutes".to_string()]
    );
    // The first state of something its sentence then changes.
    assert_eq!(
        texts_under(
            YAML,
            "The exclusion zone was set at 2 km at first and widened to 4 km by noon.\n"
        ),
        vec!["4 km".to_string()]
    );
}

#[test]
fn a_not_near_cue_in_an_apposition_on_another_name_is_not_tied() {
    const YAML: &str = r#"
event: Orvale regulator approves Cardexa, May 2031
date: 2031-05-08
entities:
  orvale: [Orvale]
  tamsby: [Tamsby]
claims:
  agency-city:
    about: the city where the regulator decided
    kind: place
    value: orvale
    rivals: [tamsby]
    near: [regulators, regulator]
    not-near: [Hallam]
"#;
    // "Hallam" says whose the drug is, not where the regulators sit.
    assert_eq!(
        texts_under(
            YAML,
            "Regulators in Tamsby on Thursday approved Cardexa, Hallam Pharma's new pill.\n"
        ),
        vec!["Tamsby".to_string()]
    );
    // Said of the place itself, it still ties (unless the cue's own
    // preposition names the place: "Regulators in Tamsby, home of …").
    assert!(texts_under(
        YAML,
        "Tamsby, home of Hallam Pharma, cheered as regulators approved the pill on Thursday.\n"
    )
    .is_empty());
}

#[test]
fn a_name_the_claims_file_gives_is_no_other_occasion() {
    const YAML: &str = r#"
event: Cardexa approval, May 2031
date: 2031-05-08
claims:
  trial-patients:
    about: patients enrolled in the pivotal NORTHLIGHT trial
    kind: count
    value: 6300
    near: [trial, enrolled]
"#;
    assert_eq!(
        texts_under(YAML, "The NORTHLIGHT trial enrolled 6,300 patients.\n"),
        vec!["6,300 patients".to_string()]
    );
    // Another named trial is another occasion.
    assert!(texts_under(YAML, "The BRIGHTWATER trial enrolled 4,100 patients.\n").is_empty());
}

#[test]
fn a_word_for_anyone_or_the_same_people_counts_a_claim_of_people() {
    const YAML: &str = r#"
event: Garrow colliery rescue, May 2031
date: 2031-05-20
claims:
  rescued:
    about: how many miners were brought up alive
    kind: count
    value: 21
    unit: miners
    near: [brought up, rescued]
  on-shift:
    about: how many workers were on shift
    kind: count
    value: 40
    unit: workers
    near: [on shift]
"#;
    assert_eq!(
        claimed_under(YAML, "By Sunday 21 men had been brought up.\n"),
        vec![("rescued".to_string(), "21 men".to_string())]
    );
    assert_eq!(
        claimed_under(YAML, "Some 40 staff were on shift.\n"),
        vec![("on-shift".to_string(), "Some 40 staff".to_string())]
    );
    // Not another claim's people, nor a figure a word of another time opens.
    assert!(texts_under(YAML, "By Sunday 21 horses had been brought up.\n").is_empty());
    assert!(texts_under(YAML, "Think of the next 21 men to be rescued.\n").is_empty());
}

#[test]
fn a_toll_filed_on_the_day_itself_is_a_tally_on_the_way() {
    const YAML: &str = r#"
event: Orrin Vale dam failure, June 2031
date: 2031-06-07
claims:
  dead:
    about: how many people died
    kind: count
    value: 41
    unit: people
    near: [died, dead, killed]
"#;
    let day =
        "ORRIN VALE, June 7 (Marfield Wire) - Twenty-three people died when the dam failed.\n";
    assert!(texts_under(YAML, day).is_empty());
    // Above the final toll, or filed on a later day, it is wrong.
    let above =
        "ORRIN VALE, June 7 (Marfield Wire) - Forty-eight people died when the dam failed.\n";
    assert_eq!(
        texts_under(YAML, above),
        vec!["Forty-eight people".to_string()]
    );
    let later =
        "ORRIN VALE, June 9 (Marfield Wire) - Twenty-three people died when the dam failed.\n";
    assert_eq!(
        texts_under(YAML, later),
        vec!["Twenty-three people".to_string()]
    );
}

#[test]
fn a_live_blog_toll_below_the_final_and_a_compared_cue_are_no_alarms() {
    const YAML: &str = r#"
event: Dunmere festival, August 2031
date: 2031-08-10
claims:
  arrests:
    about: arrests over the weekend
    kind: count
    value: 41
    near: [arrests, arrested]
    not-near: [last year]
"#;
    // A live blog's entry gives the tally as it then stood.
    let blog = "Live: Dunmere festival\n\n09:10 Gates open for the last day.\n\n11:15 Police say there have been 19 arrests.\n\n13:30 Rain is forecast.\n\n16:45 The main stage is running late.\n";
    assert!(texts_under(YAML, blog).is_empty());
    // "last year" opens the comparison, not this figure's phrase.
    assert_eq!(
        texts_under(
            YAML,
            "Police say 41 people were arrested, fewer than last year's 52.\n"
        ),
        vec!["41 people".to_string()]
    );
    // A tally as of a time, however far along its clause.
    assert!(texts_under(
        YAML,
        "About 19 people had been arrested at the gates and in the campsites by Saturday evening.\n"
    )
    .is_empty());
}

#[test]
fn a_claims_own_cue_is_no_modal_and_a_ranking_apposition_ties_no_cue() {
    const YAML: &str = r#"
event: Harwick ransomware attack, March 2031
date: 2031-03-09
claims:
  ransom:
    about: the ransom the gang demanded
    kind: count
    value: 9.5 million
    unit: USD
    near: [ransom, demanded]
  dead:
    about: how many skiers died
    kind: count
    value: 5
    near: [died, killed]
    not-near: [since 1999]
"#;
    assert_eq!(
        texts_under(YAML, "The gang has demanded $5.9 million in bitcoin.\n"),
        vec!["$5.9 million".to_string()]
    );
    assert_eq!(
        texts_under(
            YAML,
            "Six skiers died in the avalanche, the deadliest in the valley since 1999.\n"
        ),
        vec!["Six skiers".to_string()]
    );
}

#[test]
fn another_word_for_the_same_things_counts_them_through_a_frame() {
    const YAML: &str = r#"
event: Corvel takeover, May 2031
date: 2031-05-12
claims:
  job-cuts:
    about: how many jobs will be cut
    kind: count
    value: 1200
    unit: jobs
    near: [cut, cuts]
"#;
    assert_eq!(
        texts_under(YAML, "The companies say 2,100 positions will be cut.\n"),
        vec!["2,100 positions".to_string()]
    );
    assert!(texts_under(YAML, "The companies say 2,100 shares will be cut.\n").is_empty());
}

#[test]
fn next_year_is_the_events_own_when_the_title_names_it() {
    const YAML: &str = r#"
event: Harrow 2032 budget vote
date: 2031-12-10
claims:
  tax-rise:
    about: the property-tax rise in the 2032 budget
    kind: count
    value: 3.5
    unit: percent
    near: [property tax]
"#;
    assert_eq!(
        texts_under(YAML, "The budget raises property tax by 4.5% next year.\n"),
        vec!["4.5%".to_string()]
    );
    // Last year stays another time.
    assert!(texts_under(YAML, "The council raised property tax by 2.8% last year.\n").is_empty());
}

#[test]
fn a_number_set_off_by_commas_after_a_name_is_an_age() {
    const YAML: &str = r#"
event: Tresk Pass coach crash, October 2031
date: 2031-10-14
claims:
  injured:
    about: how many people were injured
    kind: count
    value: 19
    near: [injured, hospital]
"#;
    assert!(texts_under(
        YAML,
        "The driver, Anton Brill, 52, was treated in hospital.\n"
    )
    .is_empty());
    assert_eq!(
        texts_under(YAML, "The crash injured 19 people, 52 fewer than feared.\n"),
        vec!["19 people".to_string()]
    );
}

#[test]
fn a_route_word_that_qualifies_a_noun_names_no_route() {
    const YAML: &str = r#"
event: Halcyon reaches Jupiter, September 2031
date: 2031-09-18
entities:
  tessingen: [Tessingen]
  brevik: [Brevik]
claims:
  control-city:
    about: where mission control followed the burn
    kind: place
    value: tessingen
    rivals: [brevik]
    near: [mission control, flight controllers, head office]
"#;
    // "flight controllers" and "head office" work somewhere: the claim is
    // about a location, not a flight's destination.
    assert_eq!(
        texts_under(
            YAML,
            "Flight controllers celebrated at mission control in Brevik.\n"
        ),
        vec!["Brevik".to_string()]
    );
    // Where a thing is based is a location of its own, not whose it is.
    assert_eq!(
        texts_under(YAML, "The Brevik-based head office confirmed the burn.\n"),
        vec!["Brevik".to_string()]
    );
}

#[test]
fn a_year_is_tied_to_the_noun_or_verb_it_dates() {
    const YAML: &str = r#"
event: Sale of Harbour at Dusk, June 2031
date: 2031-06-10
claims:
  painting-year:
    about: the year the painting was made
    kind: year
    value: 1911
    near: [painted, painting, canvas]
    not-near: [bought, acquired]
"#;
    // The noun it qualifies, whatever else its clause says.
    assert_eq!(
        texts_under(YAML, "The 1911 canvas was bought by a museum in Ravel.\n"),
        vec!["1911".to_string()]
    );
    assert_eq!(
        texts_under(YAML, "Brisk painted it in 1912 on the coast.\n"),
        vec!["1912".to_string()]
    );
    assert_eq!(
        texts_under(YAML, "1911 - the year Brisk painted it.\n"),
        vec!["1911".to_string()]
    );
    // A first or last time since it.
    assert_eq!(
        texts_under(
            YAML,
            "It was the first painting of the series since 1911 to sell.\n"
        ),
        vec!["1911".to_string()]
    );
    // After "since", a state that began then: the year of owning.
    assert!(texts_under(YAML, "The Orme family has owned the painting since 1958.\n").is_empty());
    assert!(texts_under(YAML, "She has collected European painting since 2004.\n").is_empty());
    // Another noun's year.
    assert!(texts_under(
        YAML,
        "The painting was last shown at the 1974 Ravel retrospective.\n"
    )
    .is_empty());
}

#[test]
fn a_counted_noun_joined_to_its_figure_by_a_hyphen_is_the_cue() {
    const YAML: &str = r#"
event: Tarrow Street collapse, April 2031
date: 2031-04-02
claims:
  floors:
    about: how many storeys the block had
    kind: count
    value: 12
    near: [storeys, floors]
"#;
    assert_eq!(
        texts_under(YAML, "The nine-storey block came down before dawn.\n"),
        vec!["nine-storey".to_string()]
    );
    assert_eq!(
        texts_under(YAML, "The 12-storey block came down before dawn.\n"),
        vec!["12-storey".to_string()]
    );
    // Another counted noun is no cue.
    assert!(texts_under(YAML, "A 40-tonne crane came down before dawn.\n").is_empty());
}

#[test]
fn those_a_verb_was_done_to_are_its_objects_and_a_label_lists_them() {
    const YAML: &str = r#"
event: Tarrow Street collapse, April 2031
date: 2031-04-02
entities:
  orme: [Lise Orme, Orme]
  pask: [Ivo Pask, Pask]
  drey: [Ansel Drey, Drey]
claims:
  arrested:
    about: who was arrested over the collapse
    kind: people
    value: [orme, pask]
    absent: [drey]
    near: [arrested]
"#;
    // The object of the cue verb, with its title, across a relative clause.
    assert_eq!(
        texts_under(
            YAML,
            "Police arrested the site engineer Lise Orme, who approved the extension, and Ansel Drey.\n"
        ),
        vec!["Lise Orme".to_string(), "Ansel Drey".to_string()]
    );
    // The subject of an active cue verb did the arresting.
    assert!(texts_under(YAML, "Inspector Drey arrested two men on Friday.\n").is_empty());
    // A passive's subject is one of them.
    assert_eq!(
        texts_under(YAML, "Drey was arrested on Friday.\n"),
        vec!["Drey".to_string()]
    );
    // A fact box's label and the names after its colon.
    assert_eq!(
        texts_under(
            YAML,
            "2 - people arrested on Friday: the engineer Lise Orme and Ivo Pask\n"
        ),
        vec!["Lise Orme".to_string(), "Ivo Pask".to_string()]
    );
    // A sentence that names a plan's list is no label.
    assert!(texts_under(
        YAML,
        "Police have named three people to be arrested: Lise Orme, Ivo Pask and Ansel Drey.\n"
    )
    .is_empty());
}

#[test]
fn a_day_that_hangs_on_the_cue_is_its_day_whatever_else_its_clause_says() {
    const YAML: &str = r#"
event: Tarrow Street collapse, April 2031
date: 2031-04-06
claims:
  collapse-date:
    about: the day the block collapsed
    kind: date
    value: 2031-04-06
    near: [collapsed, collapse]
    not-near: [search]
"#;
    // Neither the called-off search nor its not-near word takes the day a
    // relative clause gives the collapse.
    assert_eq!(
        texts_under(
            YAML,
            "Crews called off their search on Tuesday for survivors of a block that collapsed on Saturday.\n"
        ),
        vec!["Saturday".to_string()]
    );
    // A day that hangs on the search is still the search's.
    assert!(texts_under(
        YAML,
        "After the collapse, the search began on Saturday night.\n"
    )
    .is_empty());
}

#[test]
fn a_names_apposition_whose_relative_clause_holds_the_cue_ties_it() {
    const YAML: &str = r#"
event: Sale of Harbour at Dusk, June 2031
date: 2031-06-10
entities:
  vey: [Alma Vey, Vey]
  dorn: [Kurt Dorn, Dorn]
claims:
  buyer:
    about: who bought the painting
    kind: people
    value: [vey]
    absent: [dorn]
    near: [bought]
"#;
    assert_eq!(
        texts_under(
            YAML,
            "Kurt Dorn, the Berlin dealer who bought the painting, waves from the front row.\n"
        ),
        vec!["Kurt Dorn".to_string()]
    );
    // A relative clause with another verb first is no apposition of the buyer.
    assert!(texts_under(
        YAML,
        "Kurt Dorn, the Berlin dealer who lost to the woman who bought the painting, left early.\n"
    )
    .is_empty());
}

#[test]
fn calling_off_is_no_denial_when_a_claim_counts_what_was_called_off() {
    const YAML: &str = r#"
event: Ardel general strike, October 2031
date: 2031-10-08
claims:
  flights:
    about: flights cancelled nationwide
    kind: count
    value: 812
    unit: flights
    near: [cancelled]
  workers:
    about: how many workers joined the strike
    kind: count
    value: 2000000
    unit: workers
    near: [joined]
"#;
    assert_eq!(
        texts_under(
            YAML,
            "More than 1,200 flights have been cancelled across the country.\n"
        ),
        vec!["More than 1,200 flights".to_string()]
    );
    // What a claim does not count as called off still did not happen.
    assert!(texts_under(
        YAML,
        "A second walkout that 900,000 workers had joined was called off.\n"
    )
    .is_empty());
}

#[test]
fn a_list_line_label_names_what_lasted_that_long() {
    const YAML: &str = r#"
event: Ardel general strike, October 2031
date: 2031-10-08
claims:
  strike-length:
    about: how long the general strike lasted
    kind: duration
    value: 24h
    near: [general strike, strike]
"#;
    assert_eq!(
        linked_under(
            YAML,
            "48 hours - the length of the general strike, by the unions' call\n"
        ),
        vec!["48 hours".to_string()]
    );
    // A label with a verb of its own before the cue is about something else
    // (at most a sentence-only reading).
    assert!(linked_under(YAML, "36 hours - trains stood idle after the strike\n").is_empty());
}

#[test]
fn a_place_of_one_of_several_is_not_the_biggest_ones() {
    const YAML: &str = r#"
event: Ardel general strike, October 2031
date: 2031-10-08
entities:
  brell: [Brell]
  osk: [Osk]
claims:
  march-city:
    about: the city of the biggest march
    kind: place
    value: brell
    rivals: [osk]
    near: [march, marched, marchers]
"#;
    // Another city's march, not called the biggest.
    assert!(texts_under(YAML, "65,000 - marchers in Osk\n").is_empty());
    assert!(texts_under(
        YAML,
        "Teachers on strike in Osk, where 20,000 people marched.\n"
    )
    .is_empty());
    // Called the biggest, it contradicts; the claim's own city confirms.
    assert_eq!(
        texts_under(YAML, "The country's biggest march, in Osk, was peaceful.\n"),
        vec!["Osk".to_string()]
    );
    assert_eq!(
        texts_under(YAML, "180,000 - marchers in Brell\n"),
        vec!["Brell".to_string()]
    );
}

#[test]
fn a_name_that_renames_a_role_cue_fills_the_role() {
    const YAML: &str = r#"
event: Sale of Harbour at Dusk, June 2031
date: 2031-06-10
entities:
  vey: [Alma Vey, Vey]
  dorn: [Kurt Dorn, Dorn]
claims:
  buyer:
    about: who bought the painting
    kind: people
    value: [vey]
    absent: [dorn]
    near: [buyer, bought]
"#;
    assert_eq!(
        texts_under(YAML, "The buyer, Kurt Dorn, broke his silence on Monday.\n"),
        vec!["Kurt Dorn".to_string()]
    );
    assert_eq!(
        texts_under(YAML, "The house named the buyer: Alma Vey.\n"),
        vec!["Alma Vey".to_string()]
    );
    // A title after a capitalised modifier.
    assert_eq!(
        texts_under(
            YAML,
            "It was bought by the Berlin-based dealer Kurt Dorn on Monday.\n"
        ),
        vec!["Kurt Dorn".to_string()]
    );
    // A name that opens a clause after the comma is no apposition.
    assert!(texts_under(YAML, "Asked about the buyer, Dorn smiled.\n").is_empty());
}

#[test]
fn whose_headquarters_and_where_a_named_firm_is_based() {
    const YAML: &str = r#"
event: Corvel buys Ostra, May 2031
date: 2031-05-12
entities:
  tarn: [Tarn]
  selby: [Selby]
claims:
  buyer-hq:
    about: where the buyer, Corvel, is headquartered
    kind: place
    value: tarn
    rivals: [selby]
    near: [headquarters, based, Corvel]
    not-near: [satellite operator]
"#;
    // A possessive right before the cue owns it, inside a phrase too.
    assert!(texts_under(
        YAML,
        "About 600 of the cuts will fall at Ostra's headquarters in Selby.\n"
    )
    .is_empty());
    // "the company" in a where-clause on the place stands for the name
    // that opens the sentence.
    assert!(texts_under(
        YAML,
        "Ostra shares closed up 22% in Selby, where the company is based.\n"
    )
    .is_empty());
    assert_eq!(
        texts_under(
            YAML,
            "Corvel shares rose 3% in Tarn, where the company is based.\n"
        ),
        vec!["Tarn".to_string()]
    );
    // "X-based" on the claim's own name, whatever else its clause says.
    assert_eq!(
        texts_under(
            YAML,
            "Selby-based Corvel said it would buy satellite operator Ostra.\n"
        ),
        vec!["Selby".to_string()]
    );
}

#[test]
fn a_participles_phrase_between_subject_and_verb_is_stepped_over_for_rule_seven() {
    const YAML: &str = r#"
event: Derova ceasefire, November 2031
date: 2031-11-20
claims:
  buffer-width:
    about: how wide the buffer zone is
    kind: count
    value: 12
    unit: km
    near: [buffer]
"#;
    // The subject's year dates the verb across the phrase.
    assert!(texts_under(
        YAML,
        "The 2024 truce, signed in Mirel after nine days of talks, set up a 5 km buffer.\n"
    )
    .is_empty());
    // A year inside the phrase dates only the phrase.
    assert_eq!(
        texts_under(
            YAML,
            "The truce, drafted in May 2030, sets up a 12 km buffer.\n"
        ),
        vec!["12 km".to_string()]
    );
}

#[test]
fn a_not_near_word_in_a_relative_clause_on_the_name_sets_it_aside() {
    const YAML: &str = r#"
event: Derova ceasefire, November 2031
date: 2031-11-20
entities:
  strom: [Halvard Strom, Strom]
  auer: [Jonas Auer, Auer]
claims:
  signatories:
    about: who signed the agreement
    kind: people
    value: [strom]
    absent: [auer]
    near: [signed]
    not-near: [witness]
"#;
    assert!(texts_under(
        YAML,
        "Foreign minister Jonas Auer, who signed as witness, spoke first.\n"
    )
    .is_empty());
    assert_eq!(
        texts_under(YAML, "Jonas Auer, who signed for the north, spoke first.\n"),
        vec!["Jonas Auer".to_string()]
    );
    // A not-near verb with an agent of its own is that agent's.
    assert_eq!(
        texts_under(
            YAML,
            "It was signed by Halvard Strom after talks witnessed by Jonas Auer.\n"
        ),
        vec!["Halvard Strom".to_string()]
    );
}

#[test]
fn a_measure_after_a_label_word_and_the_dimension_it_gives() {
    const YAML: &str = r#"
event: Derova ceasefire, November 2031
date: 2031-11-20
claims:
  buffer-width:
    about: how wide the buffer zone is
    kind: count
    value: 12
    unit: km
    near: [buffer zone, wide]
    not-near: [long, artillery, withdraw]
"#;
    // "zone 12" is no name when a unit follows, and the width stands
    // whatever else the clause measures.
    assert_eq!(
        linked_under(
            YAML,
            "It creates a buffer zone 12 miles wide and about 87 miles long, and requires both sides to withdraw artillery.\n"
        ),
        vec!["12 miles".to_string()]
    );
    // A label's number is still a name.
    assert!(texts_under(YAML, "Troops left zone 12 and the buffer zone is wide.\n").is_empty());
}

#[test]
fn a_date_walk_steps_over_a_path_and_a_label_of_that_is_a_portion() {
    const YAML: &str = r#"
event: Kessel flash flood, September 2031
date: 2031-09-07
claims:
  flood-day:
    about: the day the flood hit Kessel
    kind: date
    value: 2031-09-07
    near: [flash flood]
  rainfall:
    about: how much rain fell before the flood
    kind: count
    value: 186
    unit: mm
    near: [rain, fell]
"#;
    assert_eq!(
        texts_under(
            YAML,
            "A flash flood roared through the small mountain town of Kessel late on Saturday.\n"
        ),
        vec!["Saturday".to_string()]
    );
    // "of that": a part of the figure before.
    assert!(texts_under(YAML, "142 mm: of that fell in just three hours\n").is_empty());
}

#[test]
fn a_number_after_town_of_is_its_population() {
    const YAML: &str = r#"
event: Kessel flash flood, September 2031
date: 2031-09-07
claims:
  rescuers:
    about: how many rescuers were deployed
    kind: count
    value: 1150
    near: [rescuers]
"#;
    assert!(texts_under(
        YAML,
        "Rescuers said the water hit the lower part of the town of 6,800.\n"
    )
    .is_empty());
    assert_eq!(
        texts_under(
            YAML,
            "Rescuers said the town had waited for them for hours; 1,150 rescuers came.\n"
        ),
        vec!["1,150 rescuers".to_string()]
    );
}

#[test]
fn a_figure_put_another_way_after_or_shares_its_clauses_time() {
    const YAML: &str = r#"
event: Corvel buys Ostra, May 2031
date: 2031-05-12
claims:
  share-price:
    about: the cash price offered per Ostra share
    kind: count
    value: 38.40
    unit: EUR
    near: [a share]
"#;
    assert!(texts_under(
        YAML,
        "Ostra turned down an approach in March 2029 that valued it at 8.9 billion euros, or 31 euros a share.\n"
    )
    .is_empty());
}

#[test]
fn a_part_of_a_whole_takes_no_predicate_that_qualifies_the_whole() {
    const YAML: &str = r#"
event: Corvel buys Ostra, May 2031
date: 2031-05-12
claims:
  job-cuts:
    about: how many jobs the deal will cut
    kind: count
    value: 1850
    unit: jobs
    near: [cut]
"#;
    assert_eq!(
        texts_under(
            YAML,
            "The head office, where about 640 of the 1,850 jobs to be cut will go.\n"
        ),
        vec!["1,850 jobs".to_string()]
    );
    // A part's own predicate still states it.
    assert_eq!(
        texts_under(
            YAML,
            "About 640 of the 1,850 jobs will be cut at the head office.\n"
        ),
        vec!["About 640".to_string()]
    );
}

#[test]
fn a_duration_after_within_is_a_deadline_unless_a_claim_is_one() {
    const TALKS: &str = r#"
event: Derova ceasefire, November 2031
date: 2031-11-20
claims:
  talks-duration:
    about: how long the negotiations lasted
    kind: duration
    value: 18d
    near: [talks]
"#;
    assert!(texts_under(
        TALKS,
        "The rest is left to talks that are to begin within three months.\n"
    )
    .is_empty());
    const CLOSING: &str = r#"
event: Corvel buys Ostra, May 2031
date: 2031-05-12
claims:
  closing-time:
    about: how long until the deal is expected to close
    kind: duration
    value: 12months
    near: [close]
"#;
    assert_eq!(
        texts_under(CLOSING, "The deal is expected to close within 12 months.\n"),
        vec!["12 months".to_string()]
    );
}

#[test]
fn a_commitment_states_a_plan_claim_right_or_wrong() {
    const YAML: &str = r#"
event: Corvel buys Ostra, May 2031
date: 2031-05-12
claims:
  job-cuts:
    about: how many jobs the deal will cut
    kind: count
    value: 1850
    unit: jobs
    near: [cut, lose]
"#;
    assert_eq!(
        texts_under(YAML, "The takeover will cut 1,580 jobs over three years.\n"),
        vec!["1,580 jobs".to_string()]
    );
    // A forecast is not a commitment.
    assert!(texts_under(YAML, "Analysts said the takeover could cut 2,500 jobs.\n").is_empty());
    // A part of the plan's whole is no total.
    assert!(texts_under(
        YAML,
        "The head office will lose about 450 of the 1,850 jobs the company plans to cut.\n"
    )
    .iter()
    .all(|t| t != "about 450"));
}

#[test]
fn an_instalment_of_a_total_confirms_and_never_contradicts() {
    const YAML: &str = r#"
event: Derova ceasefire, November 2031
date: 2031-11-20
claims:
  prisoners:
    about: how many prisoners are to be exchanged in all
    kind: count
    value: 1400
    unit: prisoners
    near: [prisoners]
  first-batch:
    about: prisoners freed in the first exchange
    kind: count
    value: 250
    unit: detainees
    near: [detainees]
"#;
    assert!(texts_under(
        YAML,
        "Three hundred prisoners walked across the bridge on Friday, the first exchange under the truce.\n"
    )
    .is_empty());
    assert!(texts_under(
        YAML,
        "300: prisoners in the first exchange, on 27 November\n"
    )
    .is_empty());
    // A claim about that instalment takes it.
    assert_eq!(
        texts_under(YAML, "In the first exchange 300 detainees were freed.\n"),
        vec!["300 detainees".to_string()]
    );
}

#[test]
fn a_quarter_after_hours_and_that_before_a_noun_and_its_verb() {
    const YAML: &str = r#"
event: Saltholm festival, August 2031
date: 2031-08-10
claims:
  final-set:
    about: how long the closing set lasted
    kind: duration
    value: 2h15m
    tolerance: 10m
    near: [set]
  cleanup-cost:
    about: what the cleanup cost
    kind: count
    value: 40 million
    unit: EUR
    near: [cost]
"#;
    assert_eq!(
        texts_under(YAML, "Her set ran for two hours and a quarter.\n"),
        vec!["two hours and a quarter".to_string()]
    );
    // "That cleanup": another occasion's, with the cue as its verb.
    assert!(linked_under(YAML, "That cleanup cost €110 million.\n").is_empty());
    // "That" as a pronoun is no other occasion.
    assert_eq!(
        linked_under(YAML, "That leaves a cleanup cost of €40 million.\n"),
        vec!["€40 million".to_string()]
    );
}

#[test]
fn those_with_someone_named_before_them_are_a_part() {
    const YAML: &str = r#"
event: Marra tanker spill, March 2031
date: 2031-03-08
claims:
  crew:
    about: how many crew the tanker carried
    kind: count
    value: 24
    near: [crew, airlifted]
"#;
    assert!(texts_under(
        YAML,
        "The master, Tomas Reyes, and his 23 crew were airlifted to safety.\n"
    )
    .is_empty());
    assert_eq!(
        texts_under(YAML, "All 24 crew were airlifted to safety.\n"),
        vec!["24 crew".to_string()]
    );
}

#[test]
fn the_number_of_the_claims_own_numbered_name_is_no_count() {
    const YAML: &str = r#"
event: Vireo Halo 3 launch, September 2031
date: 2031-09-09
claims:
  countries:
    about: the number of countries where the Halo 3 goes on sale on day one
    kind: count
    value: 31
    unit: countries
    near: [countries, launch]
"#;
    assert!(texts_under(YAML, "LIVE: Vireo Halo 3 launch event - as it happened\n").is_empty());
    assert_eq!(
        texts_under(YAML, "The Halo 3 goes on sale in 31 countries.\n"),
        vec!["31 countries".to_string()]
    );
}

#[test]
fn a_relative_clauses_length_is_of_the_noun_it_hangs_on() {
    const YAML: &str = r#"
event: Orlen heatwave, August 2031
date: 2031-08-12
claims:
  heatwave-days:
    about: how long the heatwave lasted
    kind: duration
    value: 384h
    tolerance: 24h
    near: [heatwave, lasted]
"#;
    assert!(texts_under(
        YAML,
        "45.8C - the provisional record Castrel set on Tuesday, which lasted one day.\n"
    )
    .is_empty());
    assert_eq!(
        texts_under(YAML, "It was a heatwave that lasted 16 days.\n"),
        vec!["16 days".to_string()]
    );
}

#[test]
fn a_measure_that_qualifies_a_name_is_the_names() {
    const YAML: &str = r#"
event: Ardanne avalanche, February 2031
date: 2031-02-14
claims:
  altitude:
    about: the altitude where the slab broke away
    kind: count
    value: 2650
    unit: metres
    near: [broke away]
"#;
    assert_eq!(
        texts_under(
            YAML,
            "The slab broke away at about 2,650 metres, below the 3,214-metre Pointe d'Ardanne.\n"
        ),
        vec!["about 2,650 metres".to_string()]
    );
}

#[test]
fn the_one_a_people_claim_is_about_is_none_of_them() {
    const YAML: &str = r#"
event: Quill joins Norte, July 2031
date: 2031-07-24
entities:
  quill: [Mateo Quill, Quill]
  duarte: [Helena Duarte, Duarte]
  amaral: [Rui Amaral, Amaral]
claims:
  unveiling-attendees:
    about: who stood with Quill at his unveiling
    kind: people
    value: [duarte, amaral]
    near: [unveiled]
"#;
    assert_eq!(
        texts_under(
            YAML,
            "Quill is unveiled on the pitch at the Estadio do Norte alongside president Helena Duarte and coach Rui Amaral.\n"
        ),
        vec!["Helena Duarte".to_string(), "Rui Amaral".to_string()]
    );
}

#[test]
fn a_participles_phrase_after_the_date_shares_its_time() {
    const YAML: &str = r#"
event: Corvan Open men's final, January 2031
date: 2031-01-26
claims:
  final-date:
    about: the day of the final
    kind: date
    value: 2031-01-26
    near: [final]
"#;
    assert_eq!(
        texts_under(
            YAML,
            "Halvik ended Fenn's reign at the Corvan Open on Saturday night, winning the men's final in five sets.\n"
        ),
        vec!["Saturday".to_string()]
    );
}

#[test]
fn a_condition_that_opens_the_sentence_states_nothing() {
    const YAML: &str = r#"
event: Tour of Ardel, stage 20, July 2031
date: 2031-07-25
claims:
  stage-date:
    about: the day of the stage
    kind: date
    value: 2031-07-25
    near: [wins]
  countries:
    about: countries that recalled the car
    kind: count
    value: 23
    unit: countries
    near: [countries]
"#;
    assert!(texts_under(
        YAML,
        "If Ariza wins this race on Sunday 27 July, he should thank his team.\n"
    )
    .is_empty());
    // The condition ends at its comma.
    assert_eq!(
        texts_under(
            YAML,
            "If it is not, so do the 23 countries now following the recall.\n"
        ),
        vec!["23 countries".to_string()]
    );
}

#[test]
fn what_someone_began_the_day_with_is_the_state_before() {
    const YAML: &str = r#"
event: Tour of Ardel, stage 20, July 2031
date: 2031-07-25
claims:
  gc-lead:
    about: the overall leader's lead after the stage
    kind: duration
    value: 54s
    near: [advantage, lead]
"#;
    assert!(texts_under(
        YAML,
        "Morel, who began the day with a 31-second advantage over Ariza, cracked on the last climb.\n"
    )
    .is_empty());
    assert_eq!(
        texts_under(YAML, "Ariza now has a 54-second lead over Morel.\n"),
        vec!["54-second".to_string()]
    );
}

#[test]
fn what_a_piece_of_the_papers_own_said_is_named_as_wrong() {
    const YAML: &str = r#"
event: Estrell nurses' strike deal, November 2031
date: 2031-11-25
claims:
  strike-length:
    about: how long the strike lasted
    kind: duration
    value: 23d
    near: [strike, lasted]
"#;
    assert!(texts_under(
        YAML,
        "A comment piece, \"The nurses won the argument\", said the strike lasted 32 days.\n"
    )
    .is_empty());
    // Someone's saying is not the paper's own.
    assert_eq!(
        texts_under(YAML, "The union said the strike lasted 32 days.\n"),
        vec!["32 days".to_string()]
    );
}

#[test]
fn a_measure_a_copula_gives_another_thing_is_its_own() {
    const YAML: &str = r#"
event: Skarn Sound Bridge opening, May 2031
date: 2031-05-17
claims:
  bridge-length:
    about: the bridge's total length
    kind: count
    value: 9.4
    unit: km
    near: [bridge, long, length]
"#;
    assert!(texts_under(
        YAML,
        "The only other route, the coast road through Ambry, is 71 kilometres long.\n"
    )
    .is_empty());
    // The claim's thing, or a pronoun that may stand for it, keeps it.
    assert_eq!(
        texts_under(YAML, "The new bridge is 9.2 kilometres long.\n"),
        vec!["9.2 kilometres".to_string()]
    );
    assert_eq!(
        texts_under(YAML, "Opened on Saturday, it is 9.2 kilometres long.\n"),
        vec!["9.2 kilometres".to_string()]
    );
}

#[test]
fn a_unit_of_several_words_is_read_whole() {
    const YAML: &str = r#"
event: Team chess championship, final round, March 2031
date: 2031-03-09
claims:
  match-points:
    about: the champions' final total of match points
    kind: count
    value: 17
    unit: match points
    near: [match points, finished, total]
"#;
    assert_eq!(
        texts_under(YAML, "Ostrava finished with 16 match points.\n"),
        vec!["16 match".to_string()]
    );
    assert_eq!(
        texts_under(
            YAML,
            "The final table\n16: match points for Ostrava, the total\n9: wins\n4: draws\n"
        ),
        vec!["16".to_string()]
    );
    // Another kind of point is not the unit.
    assert!(texts_under(YAML, "Ostrava finished with 31 board points.\n").is_empty());
}

#[test]
fn a_live_blog_written_newest_first_updates_upwards() {
    const YAML: &str = r#"
event: Coastal storm, January 2031
date: 2031-01-12
claims:
  rescued:
    about: how many people the lifeboat crews rescued
    kind: count
    value: 41
    unit: people
    near: [rescued]
"#;
    let blog = "Storm live\n\n\
                18:40\nThe final count: crews rescued 44 people.\n\n\
                16:10\nLifeboat crews have rescued 30 people so far.\n\n\
                14:05\nCrews rescued 12 people in the first hour.\n\n\
                12:00\nThe storm has reached the coast.\n";
    // The top entry is the latest: its figure stands, the earlier ones are
    // tallies on the way.
    assert_eq!(texts_under(YAML, blog), vec!["44 people".to_string()]);
}

#[test]
fn a_bare_number_standing_for_a_group_confirms_and_never_contradicts() {
    const YAML: &str = r#"
event: Trawler sinking off Hesk, February 2031
date: 2031-02-14
claims:
  missing:
    about: how many of the crew are missing
    kind: count
    value: 3
    near: [missing, unaccounted]
  injured:
    about: how many people were injured
    kind: count
    value: 12
    near: [injured, treated]
"#;
    // A number standing alone as the subject is read, and confirms.
    assert_eq!(
        texts_under(
            YAML,
            "Nine men were winched to safety. Three are still missing.\n"
        ),
        vec!["Three".to_string()]
    );
    // Some of the group, or all of it: no contradiction.
    assert!(texts_under(
        YAML,
        "At least 12 people were injured. Four are being treated for burns.\n"
    )
    .iter()
    .all(|t| t != "Four"));
    assert!(texts_under(YAML, "The other two remain unaccounted for.\n").is_empty());
    // With its noun, it is what it says.
    assert_eq!(
        texts_under(YAML, "Four crewmen are missing.\n"),
        vec!["Four crewmen".to_string()]
    );
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1024))]
    /// Sentences of news words, cut off anywhere (an article may end on
    /// "for" with no full stop): attribution and judging never panic.
    #[test]
    fn any_run_of_news_words_is_read_without_panic(
        picks in proptest::collection::vec(0usize..64, 0..40),
        stop in proptest::bool::ANY,
    ) {
        const WORDS: &[&str] = &[
            "The", "two", "Three", "12", "were", "are", "remain", "missing", "for", "in", "2019",
            "by", "of", "on", "Friday", "lifted", "off", "launch", "Vega", "2", "astronauts",
            "crew", "said", "Lind", "Tarn", "hours", "minutes", "long", "kilometres", "km", "is",
            "was", "after", "ago", "years", "last", "year", "the", "first", "all", "and", ",",
            ".", "\"", "at", "least", "about", "€4 million", "who", "which", "-", ":", "“",
            "”", "If", "since", "Berg", "Moss", "Quill", "Selby", "deal", "rate", "cut", "to",
            "%", "basis", "points", "signed",
        ];
        let mut text = picks.iter().map(|&k| WORDS[k]).collect::<Vec<_>>().join(" ");
        if stop {
            text.push('.');
        }
        let file = file();
        let options = ExtractOptions::from_claims(&file);
        let ex = Extractor::new(&options).extract(&text);
        let found = Attributor::new(&file).attribute(&ex, &text);
        let _ = factcheck::check::judge(&file, &[found]);
    }
}

#[test]
fn a_number_in_a_series_of_verbs_counts_the_series_noun() {
    const YAML: &str = r#"
event: Team chess championship, final round, March 2031
date: 2031-03-09
claims:
  match-points:
    about: the champions' final total of match points
    kind: count
    value: 17
    unit: match points
    near: [won, match points]
"#;
    assert!(texts_under(
        YAML,
        "They played nine matches, won seven, drew two and lost none.\n"
    )
    .is_empty());
    assert_eq!(
        texts_under(YAML, "They won 16 match points.\n"),
        vec!["16 match".to_string()]
    );
}

#[test]
fn a_state_after_the_counted_noun_says_what_is_counted() {
    const YAML: &str = r#"
event: Trawler sinking off Hesk, February 2031
date: 2031-02-14
claims:
  aboard:
    about: how many crew were on board
    kind: count
    value: 9
    near: [fishermen, crew]
  missing:
    about: how many of the crew are missing
    kind: count
    value: 2
    near: [missing, search for]
"#;
    assert_eq!(
        claimed_under(
            YAML,
            "The search for three fishermen missing since Sunday resumed at dawn.\n"
        ),
        vec![("missing".to_string(), "three fishermen".to_string())]
    );
    assert_eq!(
        claimed_under(YAML, "The trawler had nine fishermen on board.\n"),
        vec![("aboard".to_string(), "nine fishermen".to_string())]
    );
}

#[test]
fn a_list_label_naming_another_measure_is_its_own() {
    const YAML: &str = r#"
event: Trawler sinking off Hesk, February 2031
date: 2031-02-14
claims:
  boat-length:
    about: the trawler's length
    kind: count
    value: 26
    unit: metres
    near: [boat, trawler, long]
"#;
    let fact_box = "By the numbers\n\n\
                    52 kilometres: the distance from Hesk to Ollby, the boat's home port.\n\n\
                    26 metres: the trawler's length.\n";
    assert_eq!(texts_under(YAML, fact_box), vec!["26 metres".to_string()]);
}

#[test]
fn a_title_of_another_role_in_a_list_parts_its_names_from_the_cue() {
    const YAML: &str = r#"
event: Helicopter rescue off Hesk, February 2031
date: 2031-02-14
entities:
  dahl: [Ruth Dahl, Dahl]
  fenn: [Aron Fenn, Fenn]
  moe: [Kai Moe, Moe]
claims:
  pilots:
    about: the pilots of the rescue helicopter
    kind: people
    value: [dahl, fenn]
    absent: [moe]
    near: [pilots, pilot]
"#;
    assert_eq!(
        linked_under(
            YAML,
            "4: the helicopter's crew - pilots Ruth Dahl and Aron Fenn, winchman Kai Moe and a doctor.\n"
        ),
        vec!["Ruth Dahl".to_string(), "Aron Fenn".to_string()]
    );
}

#[test]
fn some_of_a_group_then_a_verb_is_that_verbs_count() {
    const YAML: &str = r#"
event: Trawler sinking off Hesk, February 2031
date: 2031-02-14
claims:
  rescued:
    about: how many of the crew were rescued
    kind: count
    value: 7
    near: [rescued]
"#;
    for text in [
        "Eight of her crew were rescued by a helicopter.\n",
        "Eight of the crew were rescued.\n",
    ] {
        assert_eq!(
            linked_under(YAML, text),
            vec!["Eight".to_string()],
            "{text}"
        );
    }
    // The whole a share is of is no predicate: "of the survivors".
    assert!(linked_under(YAML, "Two of the rescued needed surgery.\n").is_empty());
}

#[test]
fn a_place_the_cues_own_preposition_names_stands_over_its_apposition() {
    const YAML: &str = r#"
event: Trawler sinking off Hesk, February 2031
date: 2031-02-14
entities:
  hesk: [Hesk]
  ollby: [Ollby]
claims:
  landing-port:
    about: where the survivors were brought ashore
    kind: place
    value: hesk
    rivals: [ollby]
    near: [brought ashore, landed]
    not-near: [home port]
"#;
    assert_eq!(
        linked_under(
            YAML,
            "The survivors were brought ashore in Ollby, the trawler's home port.\n"
        ),
        vec!["Ollby".to_string()]
    );
    // A not-near word before the place still parts it from the cue.
    assert!(linked_under(
        YAML,
        "At the home port of Ollby the families waited as survivors were landed.\n"
    )
    .is_empty());
}

#[test]
fn temperatures_below_zero_keep_their_sign() {
    const YAML: &str = r#"
event: Ice cap crossing, May 2031
date: 2031-05-20
claims:
  lowest:
    about: the lowest temperature the team recorded
    kind: count
    value: -41
    unit: °C
    near: [lowest, recorded]
"#;
    for (text, want) in [
        ("The lowest reading recorded was minus 41 degrees.\n", -41.0),
        ("The lowest reading recorded was −41 °C.\n", -41.0),
        (
            "The lowest reading recorded was 41 degrees below zero.\n",
            -41.0,
        ),
        ("The lowest reading recorded was -41.8F.\n", -41.0),
        ("The lowest reading recorded was 41C.\n", 41.0),
    ] {
        let findings = findings_under(YAML, text);
        let verdicts: Vec<_> = findings.iter().map(|f| f.verdict).collect();
        let want = if want < 0.0 {
            factcheck::check::Verdict::Supports
        } else {
            factcheck::check::Verdict::Contradicts
        };
        assert_eq!(verdicts, vec![want], "{text}");
    }
}

#[test]
fn a_hyphen_before_a_figure_is_its_sign_not_a_dash() {
    const YAML: &str = r#"
event: Late frost, April 2031
date: 2031-04-21
claims:
  lowest:
    about: the lowest temperature on the night
    kind: count
    value: -6.4
    unit: degrees Celsius
    near: [temperatures, plunged]
"#;
    // The verb links the figure; a spaced hyphen before it would part them.
    for text in [
        "Temperatures plunged to -6.4C before dawn.\n",
        "Temperatures plunged to \u{2212}6.4C before dawn.\n",
        "Temperatures plunged to minus 6.4 degrees before dawn.\n",
    ] {
        assert_eq!(linked_under(YAML, text).len(), 1, "{text}");
    }
    assert!(linked_under(YAML, "Temperatures plunged - 6.4C was the low.\n").is_empty());
}

#[test]
fn all_an_owner_holds_is_none_of_a_count_of_those_in_a_state() {
    const YAML: &str = r#"
event: Hill fire, July 2031
date: 2031-07-02
claims:
  burned:
    about: the forest area burned by the fire
    kind: count
    value: 3100
    unit: hectares
    near: [burned, forest, woodland]
"#;
    // The park's whole forest, said with a possessive or with "has".
    for text in [
        "The park's 9,000 hectares of forest draw walkers all year.\n",
        "Tarn Valley has 9,000 hectares of woodland and four lakes.\n",
        "Rangers said its nearly 9,000 hectares of forest were dry.\n",
    ] {
        assert!(claimed_under(YAML, text).is_empty(), "{text}");
    }
    // A cue that says more of them keeps the figure the claim's.
    for text in [
        "The fire burned the park's 9,000 hectares of forest.\n",
        "The park's 9,000 hectares of forest burned for a week.\n",
    ] {
        assert_eq!(claimed_under(YAML, text).len(), 1, "{text}");
    }
}

#[test]
fn a_figure_that_opens_its_line_with_a_sign_is_read() {
    const YAML: &str = r#"
event: Late frost, April 2031
date: 2031-04-21
claims:
  lowest:
    about: the lowest temperature on the night
    kind: count
    value: -6.4
    unit: degrees Celsius
    near: [lowest temperature]
  aid:
    about: the emergency aid
    kind: count
    value: 35 million
    unit: EUR
    near: [aid]
"#;
    // A minus sign or a currency sign before the first word of a line.
    let text = "THE FROST IN FIGURES\n\n-6.4C\nThe lowest temperature of the night.\n\n€35 million - emergency aid for growers.\n";
    assert_eq!(
        claimed_under(YAML, text),
        vec![
            ("lowest".to_string(), "-6.4C".to_string()),
            ("aid".to_string(), "€35 million".to_string())
        ]
    );
}

#[test]
fn a_date_between_a_determiner_and_a_noun_is_that_nouns() {
    const YAML: &str = r#"
event: Record jackpot, June 2031
date: 2031-06-14
claims:
  draw-date:
    about: the day of the draw
    kind: date
    value: 2031-06-14
    near: [draw, jackpot]
"#;
    assert!(linked_under(YAML, "The jackpot grew after the June 7 rollover.\n").is_empty());
    assert_eq!(
        linked_under(YAML, "The jackpot was won in the June 15 draw.\n"),
        vec!["June 15".to_string()]
    );
}

#[test]
fn a_label_that_says_who_announced_a_sum_does_not_narrow_it() {
    const YAML: &str = r#"
event: Storm relief, March 2031
date: 2031-03-02
claims:
  aid:
    about: the emergency aid announced by the government
    kind: count
    value: 20 million
    unit: EUR
    near: [aid]
"#;
    for text in [
        "FIGURES\n\n20 million euros\nEmergency aid announced by the prime minister on Friday.\n",
        "FIGURES\n\n20 million euros - emergency aid pledged by the cabinet.\n",
    ] {
        assert_eq!(linked_under(YAML, text).len(), 1, "{text}");
    }
    // A participle that says which part still narrows it.
    let text = "FIGURES\n\n4 million euros\nAid transferred to farmers so far.\n";
    assert!(linked_under(YAML, text).is_empty());
}

#[test]
fn a_role_held_then_is_of_another_time() {
    const YAML: &str = r#"
event: Union meeting, April 2031
date: 2031-04-22
entities:
  dorange: [Mathis Dorange, Dorange]
  brasse: [Lucien Brasse, Brasse]
claims:
  leaders:
    about: the union leaders who met the minister
    kind: people
    value: [dorange]
    near: [union's leader, met the minister]
"#;
    for text in [
        "It is what was said in 2019, when Lucien Brasse, then the union's leader, met the minister.\n",
        "Lucien Brasse, then the union's leader, heard the same promises.\n",
    ] {
        assert!(claimed_under(YAML, text).is_empty(), "{text}");
    }
    // "then" that orders what happened is no other time.
    assert_eq!(
        claimed_under(
            YAML,
            "The minister arrived first, then the union's leader, Mathis Dorange, joined her.\n"
        ),
        vec![("leaders".to_string(), "Mathis Dorange".to_string())]
    );
}

#[test]
fn a_date_steps_over_an_apposition_and_a_glued_figure_to_its_verb() {
    const YAML: &str = r#"
event: Late frost, April 2031
date: 2031-04-22
claims:
  frost-date:
    about: the night the frost struck
    kind: date
    value: 2031-04-22
    near: [temperatures, struck]
"#;
    for text in [
        "Temperatures plunged at Liseron, upstream of Maravel, shortly before dawn on Tuesday.\n",
        "Temperatures plunged to -6.4C at Liseron on Tuesday.\n",
        "The frost struck Corbelle, the region's heartland, on Tuesday.\n",
    ] {
        assert_eq!(
            linked_under(YAML, text),
            vec!["Tuesday".to_string()],
            "{text}"
        );
    }
}

#[test]
fn a_not_near_word_in_the_parts_listed_after_a_figure_is_the_parts() {
    const YAML: &str = r#"
event: Flood claims, May 2031
date: 2031-05-04
claims:
  claims-lodged:
    about: the insurance claims lodged after the flood
    kind: count
    value: 12000
    unit: claims
    near: [lodged, filed]
    not-near: [car, cars]
"#;
    for text in [
        "Households had lodged 12,000 claims by Friday, of which 7,000 were for cars.\n",
        "Owners filed 12,000 claims, most of them for cars.\n",
        "Owners filed 12,000 claims, including 7,000 for cars.\n",
    ] {
        assert_eq!(
            linked_under(YAML, text),
            vec!["12,000 claims".to_string()],
            "{text}"
        );
    }
    // Before the figure, it still parts it from the claim.
    assert!(claimed_under(YAML, "Car owners alone filed 7,000 claims.\n").is_empty());
}

#[test]
fn they_goes_on_about_the_last_sentences_subject() {
    const YAML: &str = r#"
event: Exam leak, June 2031
date: 2031-06-20
entities:
  varnholm: [Varnholm]
  aldgrave: [Aldgrave]
claims:
  print-city:
    about: where the leaked papers were printed
    kind: place
    value: varnholm
    rivals: [aldgrave]
    near: [printed]
    not-near: [new papers]
"#;
    // The sentence before holds nothing to judge; a clock stamp may open it.
    for text in [
        "The new papers arrived overnight. They were printed in Aldgrave.\n",
        "08:20 - Boxes of the new papers arrived overnight. They were printed in Aldgrave.\n",
    ] {
        assert!(claimed_under(YAML, text).is_empty(), "{text}");
    }
    assert_eq!(
        claimed_under(
            YAML,
            "The leaked papers were found on Monday. They were printed in Aldgrave.\n"
        ),
        vec![("print-city".to_string(), "Aldgrave".to_string())]
    );
}

#[test]
fn a_fact_box_label_that_opens_on_a_unit_of_time_is_no_count() {
    const YAML: &str = r#"
event: Exam re-sit, June 2031
date: 2031-06-20
claims:
  resit-candidates:
    about: how many candidates must sit the paper again
    kind: count
    value: 143280
    unit: candidates
    near: [re-sit]
"#;
    let text = "IN NUMBERS\n\n12\nDays between the first exam and the re-sit.\n";
    assert!(claimed_under(YAML, text).is_empty());
    let text = "IN NUMBERS\n\n143,280\nCandidates who must re-sit the paper.\n";
    assert_eq!(linked_under(YAML, text), vec!["143,280".to_string()]);
}

#[test]
fn a_count_as_of_a_time_is_a_tally_on_the_way() {
    const YAML: &str = r#"
event: Strait blocked, March 2031
date: 2031-03-03
claims:
  ships-waiting:
    about: the ships waiting at the peak of the queue
    kind: count
    value: 287
    near: [waiting]
"#;
    only_control_contradicts(
        YAML,
        &[
            "As of Thursday afternoon, 172 vessels were waiting at anchor.\n",
            "Some 172 vessels were waiting at anchor as of Thursday.\n",
        ],
        "In all, 172 vessels were waiting at anchor.\n",
    );
}

#[test]
fn the_claims_noun_that_qualifies_another_noun_counts_that_noun() {
    const YAML: &str = r#"
event: Ship aground, March 2031
date: 2031-03-03
claims:
  containers-aboard:
    about: the containers on board the grounded ship
    kind: count
    value: 11480
    unit: containers
    near: [containers, carrying]
"#;
    assert!(claimed_under(
        YAML,
        "The queue held 118 container ships and 64 tankers, all carrying containers.\n"
    )
    .is_empty());
    assert_eq!(
        linked_under(YAML, "The ship was carrying 11,480 containers.\n"),
        vec!["11,480 containers".to_string()]
    );
}

#[test]
fn so_many_at_a_time_is_a_rate() {
    const YAML: &str = r#"
event: Zoo opening day, April 2031
date: 2031-04-12
claims:
  visitors:
    about: the visitors on the first public day
    kind: count
    value: 6840
    unit: people
    near: [crowds, visitors]
"#;
    for text in [
        "Crowds of up to 60 people at a time pressed against the glass.\n",
        "Keepers let in visitors 40 people at once.\n",
    ] {
        assert!(claimed_under(YAML, text).is_empty(), "{text}");
    }
    assert_eq!(
        linked_under(YAML, "Crowds of 6,840 people came on the first day.\n"),
        vec!["6,840 people".to_string()]
    );
}

#[test]
fn a_name_a_reflexive_sets_apart_owns_its_clause() {
    const YAML: &str = r#"
event: Cub born at Grenholm zoo, April 2031
date: 2031-04-12
entities:
  grenholm: [Grenholm, Grenholm City Zoo]
  tallberg: [Tallberg, Tallberg Zoo]
claims:
  birth-place:
    about: where the cub was born
    kind: place
    value: grenholm
    rivals: [tallberg]
    near: [born]
"#;
    for text in [
        "Her mother Sari herself was born at Tallberg Zoo.\n",
        "The keepers are proud. Sari herself was born at Tallberg Zoo.\n",
        "In 2019, Anna Sari herself was born at Tallberg Zoo.\n",
    ] {
        assert!(claimed_under(YAML, text).is_empty(), "{text}");
    }
    assert_eq!(
        linked_under(YAML, "The cub was born at Tallberg Zoo.\n"),
        vec!["Tallberg Zoo".to_string()]
    );
}

#[test]
fn parts_of_a_total_the_sentence_gives_are_no_total() {
    const YAML: &str = r#"
event: Exam leak arrests, June 2031
date: 2031-06-12
claims:
  arrests:
    about: how many people were arrested over the leak
    kind: count
    value: 7
    near: [arrested]
"#;
    only_control_contradicts(
        YAML,
        &[
            "Five people were arrested on Monday and two more on Tuesday, a total of seven.\n",
            "Police arrested five people on Monday and two on Tuesday, seven in all.\n",
        ],
        "Five people were arrested on Monday.\n",
    );
}

#[test]
fn a_sentence_opening_on_that_and_a_noun_is_another_occasion_whatever_its_verb() {
    const YAML: &str = r#"
event: Oil spill, March 2031
date: 2031-03-03
claims:
  cleanup-cost:
    about: the cost of the cleanup
    kind: count
    value: 60 million
    unit: EUR
    near: [cleanup, cost]
"#;
    for text in [
        "That cleanup cost €110 million and took two years.\n",
        "That cleanup took two years and cost €110 million.\n",
        "That cleanup came late and cost €110 million.\n",
    ] {
        assert!(claimed_under(YAML, text).is_empty(), "{text}");
    }
    assert_eq!(
        claimed_under(YAML, "The cleanup cost €110 million.\n"),
        vec![("cleanup-cost".to_string(), "€110 million".to_string())]
    );
}

#[test]
fn a_list_of_names_in_apposition_renames_the_cue() {
    const YAML: &str = r#"
event: Plant cuts, March 2031
date: 2031-03-09
entities:
  leclerc: [Marta Leclerc, Leclerc]
  otieno: [Samuel Otieno, Otieno]
claims:
  negotiators:
    about: the union negotiators
    kind: people
    value: [leclerc, otieno]
    near: [negotiators]
"#;
    let both = vec!["Marta Leclerc".to_string(), "Samuel Otieno".to_string()];
    for text in [
        "Its negotiators, Marta Leclerc and Samuel Otieno, were informed.\n",
        "Its negotiators, regional secretary Marta Leclerc and works council chairman Samuel Otieno, were informed.\n",
        "The union's negotiators, Marta Leclerc of the Metalworkers' Union and Samuel Otieno, met the board.\n",
    ] {
        assert_eq!(linked_under(YAML, text), both, "{text}");
    }
    // ... and after them.
    for text in [
        "Marta Leclerc and Samuel Otieno, the union's negotiators, will meet the board.\n",
        "Marta Leclerc, Samuel Otieno, its negotiators, will meet the board.\n",
    ] {
        assert_eq!(linked_under(YAML, text), both, "{text}");
    }
    // A clause after the comma is no apposition.
    assert!(linked_under(
        YAML,
        "The negotiators, tired after talks that lasted all night, thanked Marta Leclerc.\n"
    )
    .is_empty());
    assert!(linked_under(
        YAML,
        "Marta Leclerc met the board, and the negotiators left.\n"
    )
    .is_empty());
}

#[test]
fn a_share_is_of_the_whole_after_it() {
    const YAML: &str = r#"
event: Plant cuts, March 2031
date: 2031-03-09
claims:
  workforce-share:
    about: the share of the plant's workforce whose jobs are cut
    kind: count
    value: 40%
    unit: percent
    near: [workforce]
"#;
    for text in [
        "The cuts hit 40% of its workforce.\n",
        "The cuts hit 40 percent of the plant's workforce.\n",
    ] {
        assert_eq!(linked_under(YAML, text).len(), 1, "{text}");
    }
}

#[test]
fn the_agent_of_a_passive_in_progress_takes_part() {
    const YAML: &str = r#"
event: Prison escape, February 2031
date: 2031-02-14
entities:
  kastell: [Mira Kastell, Kastell]
claims:
  manhunt-leaders:
    about: who led the manhunt
    kind: people
    value: [kastell]
    near: [manhunt]
"#;
    assert_eq!(
        linked_under(
            YAML,
            "The manhunt is being led by Chief Superintendent Mira Kastell.\n"
        ),
        vec!["Mira Kastell".to_string()]
    );
}

#[test]
fn numbered_captions_are_no_roundup_items() {
    const YAML: &str = r#"
event: Prison escape, February 2031
date: 2031-02-14
claims:
  guards-suspended:
    about: how many guards were suspended
    kind: count
    value: 11
    unit: guards
    near: [suspended]
"#;
    let text = "Picture desk: captions\n\n1. Relatives wait at the gate on Tuesday. The 11 suspended guards were replaced. Photo: Ilse Marten\n\n2. Officers search a barn near the town. Dogs found two men there. Photo: Dario Vell\n";
    assert_eq!(linked_under(YAML, text), vec!["11".to_string()]);
}

#[test]
fn he_goes_on_about_the_last_sentences_subject() {
    const YAML: &str = r#"
event: Tennis final, June 2031
date: 2031-06-08
claims:
  aces:
    about: the winner's aces in the final
    kind: count
    value: 19
    unit: aces
    near: [served]
    not-near: [Brandvold]
"#;
    assert!(claimed_under(
        YAML,
        "Brandvold reacts after a double fault. He served 27 aces in the match.\n"
    )
    .is_empty());
}

#[test]
fn a_roundup_item_under_its_own_headline_is_another_story() {
    const YAML: &str = r#"
event: The Quiet Harbour wins the Silver Gull at the Ambry Film Festival, May 2031
date: 2031-05-17
entities:
  ambry: [Ambry]
claims:
  running-time:
    about: the winning film's running time
    kind: duration
    value: 128m
    near: [runs, ran, running time]
"#;
    let roundup = "ARTS IN BRIEF\n\n\
        Concert hall reopens after repairs\n\n\
        The Northgate concert hall reopened on Friday after a long refit. The opening concert, a new staging of an old oratorio, ran three hours and 5 minutes with one interval.\n\n\
        Ambry crowns The Quiet Harbour\n\n\
        The Quiet Harbour won the Silver Gull at the Ambry festival on Saturday. The drama runs 128 minutes and was shot in six weeks on the coast.\n\n\
        Library buys a rare atlas\n\n\
        The city library has bought a rare sea atlas at auction for its map room, the third purchase this year, and will show it in the spring.\n";
    assert_eq!(texts_under(YAML, roundup), vec!["128 minutes".to_string()]);
}

#[test]
fn a_person_tied_to_the_cue_through_another_work_is_none_of_them() {
    const YAML: &str = r#"
event: The Quiet Harbour wins the Silver Gull, Ambry, May 2031
date: 2031-05-17
entities:
  lund: [Sara Lund, Lund]
  moreau: [Alain Moreau, Moreau]
claims:
  filmmakers:
    about: the winning film's director and lead actors
    kind: people
    value: [lund]
    absent: [moreau]
    near: [directed, director]
"#;
    assert!(linked_under(
        YAML,
        "Moreau directed \"Salt Roads\", which won the jury prize.\n"
    )
    .is_empty());
    assert!(linked_under(
        YAML,
        "The jury prize went to \"Salt Roads\" by the French director Alain Moreau.\n"
    )
    .is_empty());
    assert_eq!(
        linked_under(YAML, "Lund directed \"The Quiet Harbour\" in six weeks.\n"),
        vec!["Lund".to_string()]
    );
}

#[test]
fn out_of_competition_is_not_in_it() {
    const YAML: &str = r#"
event: Ambry Film Festival, May 2031
date: 2031-05-17
claims:
  in-competition:
    about: the number of films in the main competition
    kind: count
    value: 19
    unit: films
    near: [in competition, competition]
"#;
    assert!(texts_under(YAML, "Four films were shown out of competition.\n").is_empty());
    assert_eq!(
        texts_under(YAML, "Nineteen films were in competition.\n"),
        vec!["Nineteen films".to_string()]
    );
}

#[test]
fn a_lower_figure_on_the_day_is_a_peaks_state_at_another_moment() {
    const YAML: &str = r#"
event: Coastal blackout, January 2031
date: 2031-01-14
claims:
  homes:
    about: homes left without power at the peak of the blackout
    kind: count
    value: 240000
    unit: homes
    near: [without power, lost power]
"#;
    let blog = "Blackout live\n\n\
                15:00\nPower is back everywhere.\n\n\
                11:00\nStill, 90,000 homes are without power.\n\n\
                07:00\nAt the worst point 240,000 homes lost power.\n";
    assert_eq!(texts_under(YAML, blog), vec!["240,000 homes".to_string()]);
    // Above the peak is still wrong.
    let blog = "Blackout live\n\n\
                11:00\nSome 300,000 homes are without power.\n\n\
                07:00\nThe fault hit at dawn.\n";
    assert_eq!(
        texts_under(YAML, blog),
        vec!["Some 300,000 homes".to_string()]
    );
}

#[test]
fn now_keeps_a_figure_in_the_present_beside_another_times() {
    const YAML: &str = r#"
event: Keld eruption, March 2031
date: 2031-03-06
claims:
  ash-column:
    about: height of the ash column
    kind: count
    value: 11
    unit: km
    near: [ash column]
"#;
    assert_eq!(
        texts_under(
            YAML,
            "The ash column has now reached 14 km, well above the 7 km of 2012.\n"
        ),
        vec!["14 km".to_string()]
    );
}

#[test]
fn a_correction_retelling_a_misattributed_quote_contradicts_nothing() {
    const YAML: &str = r#"
event: Ambry Film Festival, May 2031
date: 2031-05-17
entities:
  lund: [Sara Lund, Lund]
  moreau: [Alain Moreau, Moreau]
claims:
  jury-quote:
    about: the jury president's words
    kind: quote
    value: This film listens before it speaks.
    speaker: lund
"#;
    let notice = "CORRECTION\n\n\
                  It attributed to Alain Moreau the remark \"This film listens before it speaks.\" The words were Lund's.\n";
    assert!(claimed_under(YAML, notice).is_empty());
    // Speech in a notice is no retelling of the notice's own: "… it," she said.
    let notice = "CORRECTION: Ambry prize\n\n\
                  At the ceremony, Lund spoke first. \"This film listens before it speaks,\" she said.\n";
    assert_eq!(claimed_under(YAML, notice).len(), 1);
}

#[test]
fn a_possessive_name_before_a_cue_that_qualifies_a_thing_did_nothing() {
    const YAML: &str = r#"
event: Ice cap crossing, May 2031
date: 2031-05-20
entities:
  holm: [Eva Holm, Holm]
  carr: [Tom Carr, Carr]
claims:
  team:
    about: the members of the team that made the crossing
    kind: people
    value: [holm]
    absent: [carr]
    near: [skied]
"#;
    assert!(linked_under(
        YAML,
        "A drop from pilot Tom Carr's ski plane landed near the camp.\n"
    )
    .is_empty());
    assert_eq!(
        linked_under(YAML, "Eva Holm skied the last stage alone.\n"),
        vec!["Eva Holm".to_string()]
    );
}

#[test]
fn a_cue_that_is_another_figures_unit_links_no_other_figure() {
    const YAML: &str = r#"
event: Ice cap crossing, May 2031
date: 2031-05-20
claims:
  distance:
    about: the distance skied across the ice cap
    kind: count
    value: 540
    unit: km
    near: [skied, kilometres]
"#;
    assert!(texts_under(
        YAML,
        "The cap, some 90,000 square kilometres of ice rising to 2,700 metres, was crossed once before.\n"
    )
    .iter()
    .all(|t| t != "2,700 metres"));
}

#[test]
fn a_list_label_that_calls_its_figure_a_forecast_holds_it() {
    const YAML: &str = r#"
event: Coastal blackout, January 2031
date: 2031-01-14
claims:
  restore:
    about: how long it took to restore power
    kind: duration
    value: 9h
    near: [restore, restoration]
"#;
    let fact_box = "By the numbers\n\n\
                    9 hours - how long it took to restore power to every home.\n\n\
                    20 hours - the operator's first estimate of how long restoration might take.\n";
    assert_eq!(texts_under(YAML, fact_box), vec!["9 hours".to_string()]);
}

#[test]
fn where_an_arrival_ends_is_a_destination() {
    const YAML: &str = r#"
event: Ice cap crossing, May 2031
date: 2031-05-20
entities:
  varde: [Varde]
  hollby: [Hollby]
claims:
  base-town:
    about: the base town the team returned to
    kind: place
    value: varde
    rivals: [hollby]
    near: [arrived, returned, back]
"#;
    for text in [
        "The team arrived in Varde on Saturday.\n",
        "By Saturday night they were back in Varde.\n",
        "The team returned to Varde on Saturday.\n",
    ] {
        assert_eq!(
            linked_under(YAML, text),
            vec!["Varde".to_string()],
            "{text}"
        );
    }
}

#[test]
fn a_relay_that_tripped_makes_no_trip() {
    const YAML: &str = r#"
event: Coastal blackout, January 2031
date: 2031-01-14
entities:
  varde: [Varde]
  hollby: [Hollby]
claims:
  fault-city:
    about: the city where the substation fault happened
    kind: place
    value: varde
    rivals: [hollby]
    near: [fault, failed, tripped]
"#;
    // The claim is where something happened, not a destination.
    assert_eq!(
        linked_under(YAML, "A transformer failed in Varde before dawn.\n"),
        vec!["Varde".to_string()]
    );
}

#[test]
fn another_occasions_aside_and_a_new_one_a_day_later_are_theirs() {
    const YAML: &str = r#"
event: Coastal blackout, January 2031
date: 2031-01-14
entities:
  varde: [Varde]
  hollby: [Hollby]
  oss: [Oss]
claims:
  fault-city:
    about: the city where the substation fault happened
    kind: place
    value: varde
    rivals: [hollby, oss]
    near: [fault, failed]
"#;
    assert!(linked_under(
        YAML,
        "On Wednesday, the day after the big blackout, a cable fault in Hollby cut 3,000 homes.\n"
    )
    .is_empty());
    assert!(linked_under(
        YAML,
        "After the 2019 blackout - 200,000 homes, 15 hours, a fault near Oss - engineers asked for new relays.\n"
    )
    .is_empty());
    // The event's own day after: its place stands.
    assert_eq!(
        linked_under(
            YAML,
            "A day after the blackout, engineers said the fault in Varde was a relay.\n"
        ),
        vec!["Varde".to_string()]
    );
}

#[test]
fn a_preview_states_no_distance_still_to_be_covered() {
    const YAML: &str = r#"
event: Ice cap crossing, May 2031
date: 2031-05-20
claims:
  distance:
    about: the distance skied across the ice cap
    kind: count
    value: 540
    unit: km
    near: [kilometres]
"#;
    let preview = "Five scientists, 500 kilometres of ice\n\n\
                   Published Monday 14 April 2031\n\n\
                   The team sets off on Wednesday.\n";
    let findings = findings_under(YAML, preview);
    assert!(
        findings
            .iter()
            .all(|f| f.verdict != factcheck::check::Verdict::Contradicts),
        "{:?}",
        findings.iter().map(|f| &f.message).collect::<Vec<_>>()
    );
}

#[test]
fn a_relative_clause_with_its_own_verb_states_what_happened() {
    const YAML: &str = r#"
event: Measles vaccination drive, March 2031
date: 2031-03-02
claims:
  doses:
    about: vaccine doses given in the drive
    kind: count
    value: 84000
    tolerance: 2%
    unit: doses
    near: [doses, vaccinated]
"#;
    // The modal is the main clause's; the nurses' clause says what they did.
    assert_eq!(
        linked_under(
            YAML,
            "The outbreak would have spread further without the nurses who gave 84,000 doses.\n"
        ),
        vec!["84,000 doses".to_string()]
    );
    // A relative clause whose own verb is a modal stays a plan.
    assert!(linked_under(
        YAML,
        "The district hired nurses who would give 84,000 doses.\n"
    )
    .is_empty());
}

#[test]
fn a_daily_stint_a_margin_and_a_beaten_mark_are_not_the_crossings_time() {
    const YAML: &str = r#"
event: Solo Atlantic row, March 2031
date: 2031-03-04
claims:
  crossing-time:
    about: how long the crossing took
    kind: duration
    value: 960h
    tolerance: 12h
    near: [rowed, crossing, took, row]
"#;
    // Each is linked to a cue, and each would contradict 40 days.
    assert!(linked_under(
        YAML,
        "She rowed around 12 hours a day in two-hour shifts.\n"
    )
    .is_empty());
    assert!(linked_under(YAML, "She took more than four days off the record.\n").is_empty());
    // (The beaten mark is not even sentence-only.)
    assert!(texts_under(
        YAML,
        "The crossing is the fastest on the route, beating the 46 days Ferris took.\n"
    )
    .is_empty());
    assert!(linked_under(
        YAML,
        "The crossing took four days less than Ferris's row.\n"
    )
    .is_empty());
    // The controls: the crossing's own time, linked.
    assert_eq!(
        linked_under(YAML, "She rowed for 40 days.\n"),
        vec!["40 days".to_string()]
    );
    assert_eq!(
        linked_under(YAML, "The crossing took 40 days, beating Ferris.\n"),
        vec!["40 days".to_string()]
    );
}

#[test]
fn the_first_few_are_a_part_and_a_qualified_cue_or_a_labelled_year_is_anothers() {
    const CASES: &str = r#"
event: Mumps outbreak, Harnby, January 2031
date: 2031-01-14
claims:
  cases:
    about: confirmed cases in the outbreak
    kind: count
    value: 47
    unit: cases
    near: [cases, confirmed]
"#;
    // A part of them, never the total.
    assert!(linked_under(
        CASES,
        "Two of the first four cases were pupils at Oakhurst.\n"
    )
    .is_empty());
    assert_eq!(
        linked_under(CASES, "Officials have confirmed four cases.\n"),
        vec!["four cases".to_string()]
    );

    const DAY: &str = r#"
event: Street collapse, Dunmere, May 2031
date: 2031-05-10
claims:
  collapse-date:
    about: the day the street collapsed
    kind: date
    value: 2031-05-10
    near: [collapse, collapsed]
    not-near: [second]
  main-year:
    about: the year the water main was laid
    kind: year
    value: 1889
    near: [main, laid]
    not-near: [relined]
"#;
    // "second" qualifies the cue: the later collapse's day.
    assert!(linked_under(
        DAY,
        "Cracks appeared during a second, smaller collapse on Sunday afternoon.\n"
    )
    .is_empty());
    assert_eq!(
        linked_under(
            DAY,
            "Cracks appeared during the collapse on Saturday morning.\n"
        ),
        vec!["Saturday".to_string()]
    );
    // A fact box's label holds its not-near word.
    assert!(linked_under(DAY, "1952 - the year part of the main was relined.\n").is_empty());
    assert_eq!(
        linked_under(DAY, "1889 - the year the main was laid.\n"),
        vec!["1889".to_string()]
    );
}

#[test]
fn a_notice_names_a_corrected_piece_by_its_title_and_day() {
    const YAML: &str = r#"
event: Mumps outbreak, Harnby, January 2031
date: 2031-01-14
claims:
  rate:
    about: share of pupils fully vaccinated
    kind: count
    value: 81
    unit: percent
    near: [vaccinated]
"#;
    let notice = "CORRECTIONS\n\n\
                  1. The Week in Harnby (Saturday 27 February) said that 71% of pupils were fully vaccinated. The correct figure is 81%.\n";
    assert!(
        !verdicts_under(YAML, notice).contains(&factcheck::check::Verdict::Contradicts),
        "{:?}",
        verdicts_under(YAML, notice)
    );
    // Outside a notice, the same sentence contradicts.
    assert_eq!(
        verdicts_under(
            YAML,
            "The Week in Harnby (Saturday 27 February) said that 71% of pupils were fully vaccinated.\n"
        ),
        vec![factcheck::check::Verdict::Contradicts]
    );
}

#[test]
fn a_year_claim_older_than_1900_reads_years_that_old() {
    const OLD: &str = r#"
event: Street collapse, Dunmere, May 2031
date: 2031-05-10
claims:
  main-year:
    about: the year the water main was laid
    kind: year
    value: 1889
    near: [main, laid]
"#;
    assert_eq!(
        linked_under(OLD, "The cast-iron main was laid in 1889.\n"),
        vec!["1889".to_string()]
    );
    assert_eq!(
        verdicts_under(OLD, "The cast-iron main was laid in 1887.\n"),
        vec![factcheck::check::Verdict::Contradicts]
    );
    // A file about recent years reads no such year: "1889" is only a number.
    let recent = OLD.replace("value: 1889", "value: 2019");
    assert!(linked_under(&recent, "The cast-iron main was laid in 1889.\n").is_empty());
}

#[test]
fn each_ones_measure_and_another_boards_decision_are_not_the_claims() {
    const YAML: &str = r#"
event: Offshore wind farm decision, Hallerdale, February 2031
date: 2031-02-16
claims:
  capacity:
    about: the wind farm's total capacity
    kind: count
    value: 1120
    unit: MW
    tolerance: 2%
    near: [capacity, MW, megawatts]
  approval-date:
    about: the day the board approved the wind farm
    kind: date
    value: 2031-02-16
    near: [board, approved]
  votes:
    about: the board's vote
    kind: score
    value: 9-4
    near: [board, vote, voted]
  approved:
    about: the board approved the application
    kind: statement
    value: true
    affirm: [approved]
    deny: [rejected]
    near: [board]
"#;
    // Each turbine's rating, beside the farm's total.
    assert_eq!(
        linked_under(
            YAML,
            "The numbers: 64 turbines of 17.5 MW, 1,120 MW in all.\n"
        ),
        vec!["1,120 MW".to_string()]
    );
    // Another board's decision, whose day and vote both disagree: its
    // "rejected" is its own.
    let other = "The health board on Monday rejected a plan for parking charges by 6-3.\n";
    assert!(
        !verdicts_under(YAML, other).contains(&factcheck::check::Verdict::Contradicts),
        "{:?}",
        findings_under(YAML, other)
            .iter()
            .map(|f| &f.message)
            .collect::<Vec<_>>()
    );
    assert_eq!(
        verdicts_under(YAML, "The planning board rejected the wind farm.\n"),
        vec![factcheck::check::Verdict::Contradicts]
    );
}

#[test]
fn an_approved_plan_is_stated_by_what_it_will_do() {
    const YAML: &str = r#"
event: Offshore wind farm decision, Hallerdale, February 2031
date: 2031-02-16
claims:
  turbines:
    about: the number of turbines in the approved wind farm
    kind: count
    value: 64
    unit: turbines
    near: [turbines, wind farm]
"#;
    assert_eq!(
        verdicts_under(
            YAML,
            "The board approved the wind farm, which will place 74 turbines on a sandbank.\n"
        ),
        vec![factcheck::check::Verdict::Contradicts]
    );
    // A claim about what was built is not stated by a plan.
    let built = YAML.replace("in the approved wind farm", "turning at the wind farm");
    assert!(verdicts_under(
        &built,
        "The board approved the wind farm, which will place 74 turbines on a sandbank.\n"
    )
    .is_empty());
}

#[test]
fn that_year_a_conditional_label_and_calendar_days_are_read_as_meant() {
    const YAML: &str = r#"
event: Whale stranding, Fenna, August 2031
date: 2031-08-21
claims:
  whales:
    about: pilot whales that came ashore
    kind: count
    value: 74
    unit: whales
    near: [came ashore, stranded]
  raised:
    about: how much the appeal raised in all
    kind: count
    value: $1.53 million
    tolerance: 2%
    unit: USD
    near: [raised]
  rescue:
    about: how long the rescue lasted
    kind: duration
    value: 31h
    tolerance: 3h
    near: [rescue]
"#;
    // "that year": a year named before, not this one.
    assert!(texts_under(
        YAML,
        "Fenna's worst stranding was in 2009. The Garth Sound stranding that year, when 112 whales came ashore, is still the largest.\n"
    )
    .is_empty());
    // A fact box's label that makes its figure a condition's.
    assert!(linked_under(
        YAML,
        "$1.76 million - the total raised if the option is exercised\n"
    )
    .is_empty());
    assert_eq!(
        linked_under(YAML, "$1.53 million - the total raised\n"),
        vec!["$1.53 million".to_string()]
    );
    // "the two days of the rescue": the calendar days it touched.
    let verdicts = verdicts_under(YAML, "Volunteers worked over the two days of the rescue.\n");
    assert_eq!(verdicts, vec![factcheck::check::Verdict::Supports]);
    assert_eq!(
        verdicts_under(
            YAML,
            "Volunteers worked over the four days of the rescue.\n"
        ),
        vec![factcheck::check::Verdict::Contradicts]
    );
}

#[test]
fn hearsay_and_onlookers_state_nothing() {
    const YAML: &str = r#"
event: Airline outage and share listing, June 2031
date: 2031-06-14
entities:
  mehlin: [Oskar Mehlin, Mehlin]
  vasko: [Teodora Vasko, Vasko]
  ruel: [Sabine Ruel, Ruel]
claims:
  no-cyberattack:
    about: the outage was not a cyberattack
    kind: statement
    value: true
    affirm: [not a cyberattack]
    deny: [hackers were behind]
    near: [outage]
  bell:
    about: who rang the opening bell
    kind: people
    value: [mehlin, vasko]
    absent: [ruel]
    near: [rang the opening bell]
"#;
    let hearsay = "Social media is full of claims that hackers were behind the outage.\n";
    assert!(
        verdicts_under(YAML, hearsay).is_empty(),
        "{:?}",
        verdicts_under(YAML, hearsay)
    );
    assert_eq!(
        verdicts_under(YAML, "Hackers were behind the outage, the airline said.\n"),
        vec![factcheck::check::Verdict::Contradicts]
    );
    let onlookers = "Chief executive Oskar Mehlin and co-founder Teodora Vasko rang the opening bell together, with finance chief Sabine Ruel applauding behind them.\n";
    assert!(!linked_under(YAML, onlookers).contains(&"Sabine Ruel".to_string()));
    assert!(!verdicts_under(YAML, onlookers).contains(&factcheck::check::Verdict::Contradicts));
    assert_eq!(
        linked_under(
            YAML,
            "Oskar Mehlin rang the opening bell with Sabine Ruel.\n"
        ),
        vec!["Oskar Mehlin".to_string(), "Sabine Ruel".to_string()]
    );
}

#[test]
fn a_roundup_item_with_the_events_own_name_is_about_it() {
    const YAML: &str = r#"
event: Skarra Air computer outage, Holt, June 2031
date: 2031-06-16
entities:
  holt: [Holt]
claims:
  flights:
    about: flights cancelled in the outage
    kind: count
    value: 1146
    unit: flights
    near: [cancelled]
"#;
    let roundup = "The week in travel\n\n\
                   SKARRA AIR: A bad week. Skarra Air's systems went down on Monday, and the airline cancelled 1,416 flights that day.\n\n\
                   RAIL: Drivers will strike for 48 hours. The operator has cancelled 310 services in advance.\n\n\
                   FERRIES: A new route opens in July. Four sailings a week were cancelled last winter.\n";
    assert_eq!(
        verdicts_under(YAML, roundup),
        vec![factcheck::check::Verdict::Contradicts]
    );
    // A place in the event's title is any item's: another race's boats
    // arriving there are about that race.
    const RACE: &str = r#"
event: Solo ocean row, Port Aldane to Tarrow Bay, March 2031
date: 2031-03-04
claims:
  distance:
    about: distance rowed
    kind: count
    value: 2870
    unit: nautical miles
    near: [covered]
"#;
    let roundup = "Sailing round-up\n\n\
                   HESTRA CUP: The first boats arrived in Port Aldane on Wednesday. The leg winners covered 1,140 nautical miles.\n\n\
                   DINGHIES: Entries for the winter series close on Friday. Last year's winner covered 40 nautical miles in a day.\n";
    assert!(
        verdicts_under(RACE, roundup).is_empty(),
        "{:?}",
        verdicts_under(RACE, roundup)
    );
}

#[test]
fn a_fact_box_lines_label_before_a_colon_names_its_figure() {
    const YAML: &str = r#"
event: Gas explosion, Tarnholm, December 2031
date: 2031-12-02
claims:
  injured:
    about: people injured in the explosion
    kind: count
    value: 23
    unit: people
    near: [injured]
    not-near: [seriously]
  peak-temperature:
    about: the peak temperature during the race
    kind: count
    value: 26
    unit: degrees Celsius
    tolerance: 1
    near: [peak temperature]
"#;
    let box_ = "The blast in figures\n\nKilled: 7\nInjured: 32, six of them seriously\n";
    assert_eq!(linked_under(YAML, box_), vec!["32".to_string()]);
    assert_eq!(
        verdicts_under(YAML, box_),
        vec![factcheck::check::Verdict::Contradicts]
    );
    // Not a label after another sentence of its line.
    assert!(linked_under(YAML, "Rescuers reached the block at dawn. Injured: 32.\n").is_empty());
    // "during the race" is no participle narrowing the label.
    assert_eq!(
        linked_under(YAML, "29C - the peak temperature during the race\n"),
        vec!["29C".to_string()]
    );
}

#[test]
fn a_mark_from_another_year_is_that_years() {
    const YAML: &str = r#"
event: City marathon, Velmora, April 2031
date: 2031-04-20
claims:
  winning-time:
    about: the winner's time
    kind: duration
    value: 2h04m37s
    tolerance: 5s
    near: [won, record, time]
"#;
    assert!(texts_under(
        YAML,
        "No record, though: the time of 2:18:40 from 2025 stands.\n"
    )
    .is_empty());
    assert_eq!(
        linked_under(YAML, "Tessema won the race in a time of 2:04:37.\n"),
        vec!["2:04:37".to_string()]
    );
}

#[test]
fn a_statement_phrase_under_a_modal_or_a_condition_states_nothing() {
    const YAML: &str = r#"
event: Wind farm decision, Hallerdale, February 2031
date: 2031-02-16
claims:
  approved:
    about: the board approved the application
    kind: statement
    value: true
    affirm: [approved, approves]
    deny: [refuse, deferred, defer]
    near: [board, decision]
"#;
    for text in [
        "The board can approve, refuse or defer the decision.\n",
        "If the board approves, opponents may appeal.\n",
        "Ivo Maskell moves that the decision be deferred until spring.\n",
    ] {
        assert!(
            verdicts_under(YAML, text).is_empty(),
            "{text}: {:?}",
            verdicts_under(YAML, text)
        );
    }
    assert_eq!(
        verdicts_under(YAML, "The board deferred the decision.\n"),
        vec![factcheck::check::Verdict::Contradicts]
    );
}

#[test]
fn a_tally_or_a_length_still_running_is_superseded_by_the_final_figure() {
    const YAML: &str = r#"
event: Airline outage and building search, June 2031
date: 2031-06-14
claims:
  flights:
    about: flights cancelled in the outage
    kind: count
    value: 1146
    unit: flights
    near: [cancelled]
  search:
    about: how long the search lasted
    kind: duration
    value: 52h
    tolerance: 2h
    near: [searching, search]
"#;
    for text in [
        "About 400 flights have now been cancelled, the airport said.\n",
        "Rescuers have now been searching for 27 hours.\n",
    ] {
        assert!(
            !verdicts_under(YAML, text).contains(&factcheck::check::Verdict::Contradicts),
            "{text}"
        );
    }
    // The same figures told as final contradict.
    assert_eq!(
        verdicts_under(YAML, "About 400 flights were cancelled.\n"),
        vec![factcheck::check::Verdict::Contradicts]
    );
    assert_eq!(
        verdicts_under(YAML, "Rescuers were searching for 27 hours.\n"),
        vec![factcheck::check::Verdict::Contradicts]
    );
    // A running figure above the final one is still wrong.
    assert_eq!(
        verdicts_under(YAML, "Rescuers have now been searching for 60 hours.\n"),
        vec![factcheck::check::Verdict::Contradicts]
    );
}

#[test]
fn a_fact_box_label_gives_the_unit_and_its_first_clause_the_not_near() {
    const YAML: &str = r#"
event: Tanker grounding at Orlen Sound, May 2031
date: 2031-05-09
claims:
  length:
    about: the length of the tanker
    kind: count
    value: 274
    unit: metres
    near: [length, long]
    not-near: [wide, beam]
  barrels:
    about: barrels of crude on board when she grounded
    kind: count
    value: 910000
    unit: barrels
    near: [barrels, crude]
    not-near: [capacity, spilled]
  bonus:
    about: the one-off payment each crew member gets
    kind: count
    value: 900
    unit: EUR
    near: [one-off, payment]
    not-near: [offered]
  distance:
    about: the distance the tanker drifted in all
    kind: count
    value: 31
    unit: nautical miles
    near: [drifted, distance]
"#;
    // The label names the unit and the claim; a not-near word after the
    // label's first clause is about something else.
    assert_eq!(
        claimed_under(
            YAML,
            "Figures\n\n274\nLength of the tanker in metres. She is 48 metres wide.\n"
        ),
        vec![("length".to_string(), "274".to_string())]
    );
    assert_eq!(
        claimed_under(
            YAML,
            "Figures\n\n910,000\nBarrels of crude on board, against a capacity of 1.1 million.\n"
        ),
        vec![("barrels".to_string(), "910,000".to_string())]
    );
    assert_eq!(
        claimed_under(
            YAML,
            "Figures\n\n€900\nOne-off payment to each crew member, up from the €400 first offered.\n"
        ),
        vec![("bonus".to_string(), "€900".to_string())]
    );
    // A wrong figure under such a label contradicts.
    assert_eq!(
        verdicts_under(YAML, "Figures\n\n290\nLength of the tanker in metres.\n"),
        vec![factcheck::check::Verdict::Contradicts]
    );
    // A daily or average figure is not the total.
    assert!(claimed_under(
        YAML,
        "Figures\n\n4.2\nHer average daily distance drifted, in nautical miles.\n"
    )
    .is_empty());
}

#[test]
fn people_in_another_claims_role_by_a_participle_or_an_owner_are_no_rivals() {
    const YAML: &str = r#"
event: Kestrel Gold Cup at Marrow Park, April 2031
date: 2031-04-12
entities:
  copper_bell: [Copper Bell]
  north_wind: [North Wind]
  fane: [Ivo Fane, Fane]
  ostler: [Rhea Ostler, Ostler]
  brack: [Tam Brack, Brack]
  lusk: [Oona Lusk, Lusk]
claims:
  winner:
    about: the horse that won
    kind: people
    value: [copper_bell]
    absent: [north_wind]
    near: [won, winner]
  jockey:
    about: who rode the winner
    kind: people
    value: [fane]
    absent: [brack]
    near: [rode, ridden by]
"#;
    // The horse the jockey rode is the winner, not a rival jockey; the
    // jockey who "won" is the jockey, not a rival winner.
    for text in [
        "Ivo Fane rode Copper Bell to a clear win.\n",
        "Fane, 31, was winning the race for the first time.\n",
        // The object of a participle after the comma did nothing the cue says.
        "Copper Bell won the Gold Cup on Saturday, giving Rhea Ostler her first big race as a trainer.\n",
        // The owner of the one who won.
        "RACING: Ostler's Copper Bell wins Gold Cup\n",
        // Another horse's rider.
        "The favourite North Wind, ridden by Tam Brack, faded to fourth.\n",
        "North Wind, trained by Oona Lusk and ridden by Tam Brack, was fourth.\n",
        // The agent of another participle before the cue.
        "Copper Bell, trained by Rhea Ostler and ridden by Ivo Fane, won by a length.\n",
        // A phrase a preposition opens renames no cue.
        "North Wind ran on to finish second, a length behind the winner, with Copper Bell's stablemate third.\n",
    ] {
        let verdicts = verdicts_under(YAML, text);
        assert!(
            !verdicts.contains(&factcheck::check::Verdict::Contradicts),
            "{text}: {verdicts:?}"
        );
    }
    // The wrong rider or winner told plainly contradicts.
    assert_eq!(
        verdicts_under(YAML, "Copper Bell, ridden by Tam Brack, won by a length.\n"),
        vec![
            factcheck::check::Verdict::Supports,
            factcheck::check::Verdict::Contradicts
        ]
    );
    assert!(verdicts_under(YAML, "North Wind won the Gold Cup.\n")
        .contains(&factcheck::check::Verdict::Contradicts));
    // Someone sitting beside the speaker is still there.
    assert!(claimed_under(
        YAML,
        "Copper Bell won on Saturday, with Ivo Fane sitting beside the trainer.\n"
    )
    .iter()
    .any(|(c, _)| c == "winner"));
}

#[test]
fn a_degree_a_last_few_and_a_notice_of_our_own_words_state_no_total() {
    const YAML: &str = r#"
event: Chairlift collapse at Vorne, February 2031
date: 2031-02-03
claims:
  injured:
    about: how many people were injured in all
    kind: count
    value: 14
    near: [injured, hurt]
  rescued:
    about: how many people were brought down alive
    kind: count
    value: 40
    unit: people
    near: [rescued, lowered, brought down]
"#;
    only_control_contradicts(
        YAML,
        &[
            "A helicopter took one of the five seriously injured skiers to Brill.\n",
            "Night fell before the last three passengers were lowered.\n",
            "Correction\n\nWe said that 37 people had been rescued from the chair.\n",
            "Correction\n\nWe wrongly reported that 37 people had been rescued.\n",
        ],
        "Rescuers said 37 people had been rescued from the chair.\n",
    );
    // A claim of the seriously injured takes its own degree.
    const SERIOUS: &str = r#"
event: Chairlift collapse at Vorne, February 2031
date: 2031-02-03
claims:
  serious:
    about: how many people were seriously injured
    kind: count
    value: 5
    near: [injured]
"#;
    assert_eq!(
        verdicts_under(SERIOUS, "Four people were seriously injured.\n"),
        vec![factcheck::check::Verdict::Contradicts]
    );
}

#[test]
fn an_average_a_part_another_task_and_a_spans_other_end_are_not_the_claims() {
    const YAML: &str = r#"
event: Opening of the Brenn-Amsel rail line, September 2031
date: 2031-09-19
claims:
  journey:
    about: fastest timetabled journey time between the two cities
    kind: duration
    value: 1h40m
    tolerance: 5m
    near: [journey, trip, takes]
  length:
    about: length of the line
    kind: count
    value: 310
    unit: km
    near: [line, stretch, long]
  elected:
    about: the year the mayor was first elected
    kind: year
    value: 2009
    near: [mayor]
"#;
    only_control_contradicts(
        YAML,
        &[
            "On the worst day the average trip took 2 hours 5 minutes.\n",
            "Residents want taller fences along a 4-km stretch.\n",
            "The line took nine years to build.\n",
            "Ida Marr, the city's mayor from 2009 to 2021, cut the ribbon.\n",
        ],
        "The fastest trip takes 2 hours 5 minutes.\n",
    );
    assert_eq!(
        verdicts_under(
            YAML,
            "Ida Marr, the city's mayor from 2011 to 2021, cut the ribbon.\n"
        ),
        vec![factcheck::check::Verdict::Contradicts]
    );
    // A claim of building time keeps "to build" ("how long construction took").
    const BUILD: &str = r#"
event: Opening of the Brenn-Amsel rail line, September 2031
date: 2031-09-19
claims:
  build:
    about: how long construction took
    kind: duration
    value: 7y
    near: [took]
"#;
    assert_eq!(
        verdicts_under(BUILD, "The line took nine years to build.\n"),
        vec![factcheck::check::Verdict::Contradicts]
    );
}

#[test]
fn a_bracketed_caption_number_is_no_count_and_sea_miles_are_nautical() {
    const YAML: &str = r#"
event: Harbour regatta at Sellin, June 2031
date: 2031-06-20
claims:
  spectators:
    about: people who watched from the quay
    kind: count
    value: 9000
    unit: people
    near: [spectators, crowds, watched]
  course:
    about: length of the course
    kind: count
    value: 620
    unit: nautical miles
    tolerance: 1%
    near: [course, race]
"#;
    only_control_contradicts(
        YAML,
        &["[1] The fleet leaves.\n[2] Crowds watched from the quay.\n[3] The winner.\n"],
        "Some 4,000 spectators watched from the quay.\n",
    );
    for text in [
        "The 620-mile race began on Sunday.\n",
        "The 620-nautical-mile race began on Sunday.\n",
        "The race, a 620 nautical-mile course, began on Sunday.\n",
    ] {
        assert_eq!(
            verdicts_under(YAML, text),
            vec![factcheck::check::Verdict::Supports],
            "{text}"
        );
    }
    // Miles that are another number are statute miles, converted.
    assert_eq!(
        verdicts_under(YAML, "The 900-mile race began on Sunday.\n"),
        vec![factcheck::check::Verdict::Contradicts]
    );
}

#[test]
fn a_fronted_clause_its_pronoun_a_titled_list_and_a_roles_place() {
    const YAML: &str = r#"
event: Mayor Ilse Brandt sworn in at Kellby, May 2031
date: 2031-05-09
entities:
  brandt: [Ilse Brandt, Brandt]
  hale: [Otto Hale, Hale]
  mara: [Mara Brandt]
  jon: [Jon Brandt]
  ruth: [Ruth Ames]
  kellby: [Kellby]
claims:
  sworn:
    about: the day the new mayor was sworn in
    kind: date
    value: 2031-05-09
    near: [sworn in]
  mayor:
    about: who was sworn in as mayor
    kind: people
    value: [brandt]
    absent: [hale]
    near: [sworn in, elected mayor]
  greeters:
    about: who met her at the door
    kind: people
    value: [mara, ruth]
    absent: [jon]
    near: [met her]
"#;
    // The date of the main clause is not the fronted clause's; its
    // pronoun is the main clause's subject.
    let claimed = claimed_under(
        YAML,
        "A week after she was sworn in as mayor, Ilse Brandt on Tuesday opened the library.\n",
    );
    assert!(
        claimed.contains(&("mayor".to_string(), "Ilse Brandt".to_string())),
        "{claimed:?}"
    );
    assert!(!linked_under(
        YAML,
        "A week after she was sworn in as mayor, Ilse Brandt on Tuesday opened the library.\n"
    )
    .contains(&"Tuesday".to_string()));
    // Each name of a list with titles is the verb's subject.
    let claimed = claimed_under(
        YAML,
        "Her sister, Mara Brandt, her brother, Jon Brandt, and her agent, Ruth Ames, met her at the door.\n",
    );
    for name in ["Mara Brandt", "Jon Brandt", "Ruth Ames"] {
        assert!(
            claimed.contains(&("greeters".to_string(), name.to_string())),
            "{name}: {claimed:?}"
        );
    }
    // The place a role is of did nothing.
    assert_eq!(
        verdicts_under(YAML, "Ilse Brandt is elected mayor of Kellby.\n"),
        vec![factcheck::check::Verdict::Supports]
    );
}

#[test]
fn a_person_listed_neither_there_nor_absent_is_a_warning() {
    const YAML: &str = r#"
event: Harbour talks at Orsund, March 2031
date: 2031-03-02
entities:
  ilves: [Marta Ilves, Ilves]
  brandt: [Otto Brandt, Brandt]
  sand: [Pia Sand, Sand]
claims:
  present:
    about: who attended the talks
    kind: people
    value: [ilves]
    absent: [sand]
    near: [attended]
"#;
    use factcheck::check::Verdict;
    use factcheck::claims::Severity;
    let found = findings_under(YAML, "Otto Brandt attended the talks.\n");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].verdict, Verdict::Contradicts);
    assert_eq!(found[0].severity, Severity::Warning);
    let found = findings_under(YAML, "Pia Sand attended the talks.\n");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].verdict, Verdict::Contradicts);
    assert_eq!(found[0].severity, Severity::Error);
}

#[test]
fn a_roundup_items_heading_covers_its_paragraphs_and_the_towns_name_is_not_the_events() {
    const YAML: &str = r#"
event: Memorial service for Ada Lind, Harwick, June 2031
date: 2031-06-10
entities:
  lind: [Ada Lind, Lind]
  harwick: [Harwick]
claims:
  length:
    about: how long the memorial service lasted
    kind: duration
    value: 2h
    near: [lasted]
  dead:
    about: how many people died in the fire that killed her
    kind: count
    value: 3
    unit: people
    near: [killed]
  place:
    about: where the service was held
    kind: place
    value: harwick
    near: [service]
"#;
    // A numbered heading on its own line, its item in the paragraph after.
    let numbered = "Morning briefing\n\n1. Memorial for Ada Lind\n\nThe service for Ada Lind in Harwick lasted two hours.\n\n2. Coach crash near Ostby\n\nTwo people were killed when a coach overturned near Ostby.\n\n3. Weather\n\nRain all day.\n";
    assert!(
        !texts_under(YAML, numbered).contains(&"Two people".to_string()),
        "{:?}",
        texts_under(YAML, numbered)
    );
    assert!(texts_under(YAML, numbered).contains(&"two hours".to_string()));
    // Headlines on the first line of their paragraphs; an item in the
    // event's town about something else there is not the event's.
    let inline = "THE DAY IN BRIEF\n\nLind remembered\nThe service for Ada Lind in Harwick lasted two hours, friends said afterwards.\n\nAuction record\nA painting sold for a record sum at an auction in Harwick on Monday evening. The sale lasted three hours.\n\nPort strike\nDockers at Ostby walked out on Monday over pay and will stay out until Friday.\n";
    let got = texts_under(YAML, inline);
    assert!(got.contains(&"two hours".to_string()), "{got:?}");
    assert!(!got.contains(&"three hours".to_string()), "{got:?}");
}

#[test]
fn a_year_of_the_occasion_a_change_is_from_and_a_not_near_year_are_not_the_claims() {
    const YAML: &str = r#"
event: Norland census results, June 2031
date: 2031-06-20
claims:
  census-year:
    about: the year the census was taken
    kind: year
    value: 2030
    near: [census]
  census-year-strict:
    about: the year the census was taken, as the editor wrote it
    kind: year
    value: 2030
    near: [count]
    not-near: [2020]
"#;
    only_control_contradicts(
        YAML,
        &[
            "Growth since the 2020 census: 4.1%.\n",
            "The population is higher than the 2020 census found.\n",
            "The 2020 count was smaller.\n",
        ],
        "The census was taken in 2020.\n",
    );
}

#[test]
fn a_period_before_another_and_a_group_within_the_whole_are_not_the_claims() {
    const YAML: &str = r#"
event: Ostria census results, June 2031
date: 2031-06-20
claims:
  growth:
    about: population growth since the last census
    kind: count
    value: 3.4
    unit: percent
    tolerance: 0.05
    near: [growth]
  cabinet:
    about: the number of ministers in the new cabinet
    kind: count
    value: 19
    near: [ministers]
"#;
    only_control_contradicts(
        YAML,
        &[
            "Growth in the decade before that had been 5.1%.\n",
            "The cabinet has four first-time ministers.\n",
        ],
        "Growth in the decade was 5.1%.\n",
    );
}

#[test]
fn a_whole_whose_part_the_claims_noun_then_counts_is_not_the_claims() {
    const YAML: &str = r#"
event: Glider crash at Orne, July 2031
date: 2031-07-04
claims:
  passengers:
    about: passengers aboard
    kind: count
    value: 7
    unit: passengers
    near: [carrying, aboard]
"#;
    only_control_contradicts(
        YAML,
        &["The aircraft was carrying 8 people, 7 of them passengers.\n"],
        "The aircraft was carrying 8 passengers.\n",
    );
}

/// Each candidate of `text` confirmed by its value alone (no cue), as
/// (claim, text).
fn by_value_under(yaml: &str, text: &str) -> Vec<(String, String)> {
    claimed_through(yaml, text, Some(Link::ByValue))
}

#[test]
fn the_claims_own_value_confirms_it_with_no_cue_and_nothing_else_does() {
    const YAML: &str = r#"
event: Siege at the Harl Street bank, Ostby, May 2031
date: 2031-05-06
claims:
  day:
    about: the day of the siege
    kind: date
    value: 2031-05-06
    near: [siege]
  hostages:
    about: how many hostages were held
    kind: count
    value: 7
    unit: hostages
    near: [siege]
  length:
    about: how long the siege lasted
    kind: duration
    value: 11h
    tolerance: 30m
    near: [siege]
  cash:
    about: the cash taken
    kind: count
    value: 800000..900000
    unit: EUR
    near: [taken]
  town:
    about: where the bank was robbed
    kind: place
    value: ostby
    near: [robbed]
entities:
  ostby: [Ostby]
"#;
    use factcheck::check::Verdict;
    let pair = |c: &str, t: &str| vec![(c.to_string(), t.to_string())];
    // The day, a count in the claim's unit and a length, with no cue.
    assert_eq!(
        by_value_under(
            YAML,
            "On Tuesday crowds gathered behind the tape in Ostby.\n"
        ),
        [pair("day", "Tuesday"), pair("town", "Ostby")].concat()
    );
    assert_eq!(
        by_value_under(YAML, "All seven hostages walked out unhurt.\n"),
        pair("hostages", "seven hostages")
    );
    assert_eq!(
        by_value_under(YAML, "Negotiators worked in shifts for 11 hours.\n"),
        pair("length", "11 hours")
    );
    // A place, as where something was; not as a name in another role.
    assert_eq!(
        by_value_under(YAML, "Shops in Ostby stayed shut all day.\n"),
        pair("town", "Ostby")
    );
    assert!(by_value_under(YAML, "Ostby police said little.\n").is_empty());
    // What differs, with no cue, is about something else: nothing at all.
    for text in [
        "On Friday the branch reopened.\n",
        "Nine hostages were freed in a raid in Tarm.\n",
        "The road stayed shut for 14 hours.\n",
    ] {
        assert!(findings_under(YAML, text).is_empty(), "{text}");
    }
    // Not open figures, a range that reaches past the claim, a month alone,
    // a plan, a denial, or another time.
    for text in [
        "Police were there for more than ten hours.\n",
        "Such stand-offs last from 2 to 11 hours.\n",
        "Every May the bank's staff rehearse a raid.\n",
        "The hearing is expected to take 11 hours.\n",
        "It was not seven hostages, a lawyer said.\n",
        "In 2019 seven hostages were held in Tarm.\n",
    ] {
        assert!(by_value_under(YAML, text).is_empty(), "{text}");
    }
    // Not in an article dated before the event.
    assert!(by_value_under(
        YAML,
        "Monday 5 May 2031\n\nThe bank opens on Tuesday with seven hostages' worth of staff drills.\n"
    )
    .is_empty());
    // A figure that agrees with a ranged claim by value is no second
    // statement of it: the article does not contradict itself.
    let found = findings_under(
        YAML,
        "The robbers took €800,000 from the vault.\nTwo bidders were left at €850,000.\n",
    );
    assert!(
        found.iter().all(|f| f.verdict == Verdict::Supports),
        "{found:?}"
    );
}

#[test]
fn a_statements_denied_phrase_after_the_body_affirms_it_names_something_else() {
    const YAML: &str = r#"
event: Food poisoning at the Dorne Hall dinner, May 2031
date: 2031-05-10
claims:
  dish:
    about: the dish the inspectors blamed (the crab tart)
    kind: statement
    value: true
    near: [blamed]
    affirm: [crab tart]
    deny: [trout, custard]
"#;
    only_control_contradicts(
        YAML,
        &["Dinner at Dorne Hall\n\nInspectors blamed the crab tart; the trout and custard served after it were blamed by nobody.\n"],
        "Dinner at Dorne Hall\n\nInspectors blamed the trout.\n",
    );
}

#[test]
fn a_count_nouns_head_a_word_or_two_on_is_what_it_counts() {
    const YAML: &str = r#"
event: Rescue at the Kell Deep pit, June 2031
date: 2031-06-03
claims:
  rescued:
    about: how many miners were brought up alive
    kind: count
    value: 12
    unit: miners
    near: [pulled, brought up]
"#;
    use factcheck::check::Verdict;
    // The modifier the extractor reads as the noun, then the head.
    for text in [
        "Rescuers pulled 14 coal miners out alive.\n",
        "Rescuers pulled 14 Kell Deep miners out alive.\n",
    ] {
        assert_eq!(
            verdicts_under(YAML, text),
            vec![Verdict::Contradicts],
            "{text}"
        );
    }
    // Another head counts something else; a plural noun read is the head.
    for text in [
        "Rescuers pulled 14 coal wagons clear of the shaft.\n",
        "Rescuers pulled 14 wagons, miners said.\n",
    ] {
        assert!(verdicts_under(YAML, text).is_empty(), "{text}");
    }
}

#[test]
fn a_rank_before_a_role_names_another_office() {
    const YAML: &str = r#"
event: Council session at Harl, March 2031
date: 2031-03-04
entities:
  vane: [Ida Vane, Vane]
  holm: [Per Holm, Holm]
claims:
  chair:
    about: who chaired the session
    kind: people
    value: [vane]
    absent: [holm]
    near: [chair]
"#;
    only_control_contradicts(
        YAML,
        &[
            "Deputy chair Per Holm spoke first.\n",
            "Vice chair Per Holm spoke first.\n",
        ],
        "Chair Per Holm spoke first.\n",
    );
}

#[test]
fn an_office_one_person_held_is_not_contradicted_by_another_holders_sentence() {
    const YAML: &str = r#"
event: Lindvale harbour collision
date: 2027-04-06
entities:
  vass: [Ilka Vass, Vass]
  dorn: [Pelle Dorn, Dorn]
claims:
  pilot:
    about: who was at the controls of the tug that struck the quay
    kind: people
    value: [vass]
    absent: [dorn]
    near: [piloted, at the controls, skipper]
"#;
    // Once the body names the holder in a sentence of its own, another
    // person under the cue in another sentence is another tug's skipper.
    let two = "The tug that struck the quay was piloted by Ilka Vass.\n\n\
               The second tug, piloted by Pelle Dorn, stood off.";
    assert_eq!(texts_under(YAML, two), vec!["Ilka Vass".to_string()]);
    // Alone, or in the holder's own sentence, the other name still
    // contradicts: one office, two names.
    let alone = "The tug that struck the quay was piloted by Pelle Dorn.";
    assert_eq!(texts_under(YAML, alone), vec!["Pelle Dorn".to_string()]);
    let both = "The tug that struck the quay was piloted by Ilka Vass and Pelle Dorn.";
    assert_eq!(
        texts_under(YAML, both),
        vec!["Ilka Vass".to_string(), "Pelle Dorn".to_string()]
    );
}

#[test]
fn the_person_a_people_claim_is_counted_around_is_none_of_them() {
    const YAML: &str = r#"
event: Queen Maren's visit to Oskal
date: 2027-09-02
entities:
  maren: [Queen Maren, Maren, the queen]
  tolle: [Ivar Tolle, Tolle]
claims:
  ministers:
    about: which ministers accompanied the queen
    kind: people
    value: [tolle]
    near: [accompanied, travelling with]
"#;
    assert_eq!(
        texts_under(
            YAML,
            "The queen was accompanied by Trade Minister Ivar Tolle."
        ),
        vec!["Ivar Tolle".to_string()]
    );
}

#[test]
fn a_rates_period_ages_and_parts_are_no_figures_of_the_event() {
    const YAML: &str = r#"
event: Varne bridge closure
date: 2027-02-11
claims:
  closure:
    about: how long the bridge was closed
    kind: duration
    value: 9d
    near: [closed, closure, shut]
  crew:
    about: how many crew were aboard the ship
    kind: count
    value: 14
    near: [crew]
  cabinet:
    about: the number of ministers in the new cabinet
    kind: count
    value: 19
    near: [cabinet, ministers]
"#;
    // "a day" after "31,000 vehicles" is the rate's period.
    assert!(texts_under(
        YAML,
        "The bridge, closed since the crash, carries about 31,000 vehicles a day."
    )
    .iter()
    .all(|t| t != "a day"));
    assert!(texts_under(
        YAML,
        "The bridge, which carries the A9 across the estuary and about 40,000 vehicles a day, \
         was closed in both directions."
    )
    .iter()
    .all(|t| t != "a day"));
    // "Six of the ship's crew" is a part of the crew.
    assert!(texts_under(YAML, "Six of the Hald Star's crew came from the port.").is_empty());
    assert!(texts_under(YAML, "Six of its crew came from the port.").is_empty());
    // Ages: "Pell, 58," and "at 36 the youngest".
    assert!(texts_under(YAML, "Pell, 58, was dropped from the cabinet.").is_empty());
    assert!(texts_under(
        YAML,
        "Idris Calder, at 36 the youngest member of the cabinet, starts on Monday."
    )
    .is_empty());
    // A count of another thing in a cue's sentence ("six hospitals").
    assert!(texts_under(
        YAML,
        "Hart, the surgeon turned cabinet member, toured six hospitals in five days."
    )
    .iter()
    .all(|t| t != "six hospitals"));
}

#[test]
fn that_occasion_is_another_time() {
    const YAML: &str = r#"
event: Orm pipeline leak
date: 2027-06-07
claims:
  days-shut:
    about: how many days the pipeline was shut
    kind: duration
    value: 11d
    near: [shut]
"#;
    assert!(texts_under(
        YAML,
        "A valve failed in 2019. The pipeline was shut for four days on that occasion."
    )
    .is_empty());
    assert_eq!(
        texts_under(YAML, "The pipeline was shut for four days."),
        vec!["four days".to_string()]
    );
}

#[test]
fn a_point_of_departure_is_what_was_left_not_where_it_was_bound() {
    const YAML: &str = r#"
event: Tessel bridge strike
date: 2027-11-09
entities:
  brannport: [Brannport]
  oslen: [Oslen]
claims:
  departure-port:
    about: the port the ship had left
    kind: place
    value: brannport
    rivals: [oslen]
    near: [left, departed, sailed from, outbound from]
"#;
    // The object of a verb of leaving is the port left; "for Oslen" is where
    // the ship was bound.
    let text = "The freighter had left Brannport for Oslen and hit the pier in fog.";
    assert_eq!(
        claimed_under(YAML, text),
        vec![("departure-port".to_string(), "Brannport".to_string())]
    );
    // A wrong port of departure still contradicts, by "from" or by "left".
    assert_eq!(
        claimed_under(YAML, "The freighter had sailed from Oslen."),
        vec![("departure-port".to_string(), "Oslen".to_string())]
    );
    assert_eq!(
        claimed_under(YAML, "It had left Oslen late on Monday."),
        vec![("departure-port".to_string(), "Oslen".to_string())]
    );
    // A fact box's label.
    assert_eq!(
        claimed_under(YAML, "Departed: Brannport, 23:10, Monday"),
        vec![("departure-port".to_string(), "Brannport".to_string())]
    );
}

#[test]
fn a_place_in_a_condition_is_no_place_of_the_event() {
    const YAML: &str = r#"
event: Dravik meteorite fall
date: 2027-08-12
entities:
  dravik: [Dravik]
  orle: [Orle]
claims:
  landing-village:
    about: the village where the meteorite landed
    kind: place
    value: dravik
    rivals: [orle]
    near: [landed, came down, fell]
"#;
    assert!(claimed_under(
        YAML,
        "If the stone had come down at Orle, with its roofs, someone might have been hurt."
    )
    .is_empty());
    assert_eq!(
        claimed_under(YAML, "The stone came down at Orle."),
        vec![("landing-village".to_string(), "Orle".to_string())]
    );
}

#[test]
fn a_count_with_no_figure_confirms_and_contradicts_nothing() {
    const YAML: &str = r#"
event: Harl museum reopening
date: 2027-05-02
claims:
  visitors:
    about: visitors on the first day
    kind: count
    value: 14000
    tolerance: 5%
    unit: visitors
    near: [visitors]
"#;
    assert!(claimed_under(YAML, "Several visitors said the new hall was too dark.").is_empty());
    assert_eq!(
        claimed_under(
            YAML,
            "Thousands of visitors queued before the doors opened."
        )
        .len(),
        0,
    );
    assert_eq!(
        claimed_under(
            YAML,
            "Tens of thousands of visitors are expected this summer."
        )
        .len(),
        0
    );
    // A figure still contradicts.
    assert_eq!(
        claimed_under(YAML, "The museum had 9,000 visitors on its first day."),
        vec![("visitors".to_string(), "9,000 visitors".to_string())]
    );
}

#[test]
fn a_count_the_sentence_adds_to_and_a_tally_up_from_another() {
    const YAML: &str = r#"
event: Vell balloon crash
date: 2027-07-10
claims:
  dead:
    about: how many people died
    kind: count
    value: 5
    near: [died, dead, killed]
  ill:
    about: how many guests fell ill
    kind: count
    value: 94
    unit: guests
    near: [ill]
"#;
    assert!(claimed_under(
        YAML,
        "Three passengers died at the site, a fourth on the way to hospital and a fifth overnight."
    )
    .is_empty());
    assert_eq!(
        claimed_under(YAML, "Three passengers died at the site."),
        vec![("dead".to_string(), "Three passengers".to_string())]
    );
    assert!(claimed_under(
        YAML,
        "By last night the count stood at 89 guests ill, up from 68."
    )
    .iter()
    .all(|(_, t)| t != "89 guests"));
}

#[test]
fn the_size_of_a_place_or_a_workforce_is_no_figure_of_the_event() {
    const YAML: &str = r#"
event: Orsk plant closure
date: 2027-02-03
claims:
  jobs-cut:
    about: how many jobs the company will cut
    kind: count
    value: 2400
    near: [cut, cuts, jobs]
  robbers:
    about: how many robbers took part
    kind: count
    value: 3
    near: [robbery, robbers]
"#;
    assert!(claimed_under(
        YAML,
        "The jobs will be cut at the plant in Treske, which employs 6,000 people."
    )
    .is_empty());
    assert!(claimed_under(
        YAML,
        "Armed robbery is rare in Kessia, a country of about six million people."
    )
    .is_empty());
    assert_eq!(
        claimed_under(YAML, "The company will cut 2,400 jobs."),
        vec![("jobs-cut".to_string(), "2,400 jobs".to_string())]
    );
}

#[test]
fn a_call_sign_before_a_function_word_is_a_name_not_a_count() {
    const YAML: &str = r#"
event: Brennholm trawler loss
date: 2027-03-09
claims:
  survivors:
    about: how many crew survived
    kind: count
    value: 5
    near: [rescued, rescue, survived, survivors]
"#;
    assert!(claimed_under(
        YAML,
        "Two men were lifted by the coastguard helicopter Rescue 204 at about dawn."
    )
    .iter()
    .all(|(_, t)| t != "204"));
    assert_eq!(
        claimed_under(YAML, "Five men were rescued."),
        vec![("survivors".to_string(), "Five men".to_string())]
    );
}

#[test]
fn where_one_place_lies_from_another_is_no_depth() {
    const YAML: &str = r#"
event: Morlaix wreck survey
date: 2027-05-19
claims:
  depth:
    about: depth of the wreck
    kind: count
    value: 52
    unit: metres
    near: [depth, deep, wreck, below]
"#;
    assert!(claimed_under(
        YAML,
        "The wreck lies in Dunmore Sound, about 30 kilometres to the west of Kell Head."
    )
    .is_empty());
    assert!(claimed_under(YAML, "The wreck is some 12 miles offshore.").is_empty());
    // A bearing that is the claim's own cue is its measure.
    assert_eq!(
        claimed_under(YAML, "The wreck lies 52 metres below the surface."),
        vec![("depth".to_string(), "52 metres".to_string())]
    );
}

#[test]
fn a_sentence_opening_on_another_century_is_another_time() {
    const YAML: &str = r#"
event: Morlaix wreck survey
date: 2027-05-19
entities:
  dunmore: [Dunmore Sound]
  kell: [Kell Head]
claims:
  site:
    about: where the wreck lies
    kind: place
    value: dunmore
    rivals: [kell]
    near: [wreck, lies]
"#;
    assert!(claimed_under(
        YAML,
        "For most of the 18th and 19th centuries, charts placed the wreck off Kell Head."
    )
    .is_empty());
    assert_eq!(
        claimed_under(YAML, "Divers placed the wreck off Kell Head."),
        vec![("site".to_string(), "Kell Head".to_string())]
    );
}

/// A village a landslide buried, with a rival village (two tests below).
const HARL_LANDSLIDE: &str = r#"
event: Harl valley landslide
date: 2027-10-23
entities:
  brisk: [Brisk]
  holm: [Holm]
claims:
  village:
    about: the village the landslide buried
    kind: place
    value: brisk
    rivals: [holm]
    near: [landslide, buried, struck, village]
"#;

#[test]
fn a_name_inside_a_longer_place_name_is_not_that_place() {
    const YAML: &str = HARL_LANDSLIDE;
    assert!(claimed_under(
        YAML,
        "The landslide buried homes in the hills of Upper Holm province."
    )
    .is_empty());
    assert_eq!(
        claimed_under(YAML, "The landslide buried homes in Holm."),
        vec![("village".to_string(), "Holm".to_string())]
    );
}

#[test]
fn the_place_a_verb_of_impact_lands_on_is_where_it_happened() {
    const YAML: &str = HARL_LANDSLIDE;
    for text in [
        "Before dawn the slide struck the village of Holm.",
        "The mud buried Holm within minutes.",
    ] {
        assert_eq!(
            claimed_through(YAML, text, Some(Link::Linked)),
            vec![("village".to_string(), "Holm".to_string())],
            "{text}"
        );
    }
}

#[test]
fn a_cue_set_beside_another_of_its_kind_by_size_is_another_occasion() {
    const YAML: &str = r#"
event: Harl valley landslide
date: 2027-10-23
entities:
  brisk: [Brisk]
  holm: [Holm]
claims:
  village:
    about: the village the landslide buried
    kind: place
    value: brisk
    rivals: [holm]
    near: [landslide, slide, buried]
"#;
    assert!(claimed_under(YAML, "The smaller slide at Holm came an hour later.").is_empty());
    assert_eq!(
        claimed_under(YAML, "The slide at Holm came before dawn."),
        vec![("village".to_string(), "Holm".to_string())]
    );
}

#[test]
fn the_run_of_games_a_record_is_counted_over_is_no_total() {
    const YAML: &str = r#"
event: Varn coach sacked
date: 2027-03-16
claims:
  games:
    about: how many matches the coach took charge of
    kind: count
    value: 40
    unit: matches
    near: [in charge, matches, games]
"#;
    for text in [
        "The side had managed one win in nine games.",
        "It was the fourth defeat in his last seven matches.",
    ] {
        assert!(claimed_under(YAML, text).is_empty(), "{text}");
    }
    assert_eq!(
        claimed_under(YAML, "Varn had 40 games in charge."),
        vec![("games".to_string(), "40 games".to_string())]
    );
}

#[test]
fn the_last_months_are_no_verb_of_lasting() {
    const YAML: &str = r#"
event: Lenby boil-water notice
date: 2027-06-10
claims:
  notice:
    about: how long the boil-water notice lasted
    kind: duration
    value: 5d
    near: [notice, lasted, last]
"#;
    assert!(claimed_under(
        YAML,
        "A record of corrections made in the last 12 months is on our website."
    )
    .is_empty());
    assert_eq!(
        claimed_under(YAML, "The notice lasted five days."),
        vec![("notice".to_string(), "five days".to_string())]
    );
}

#[test]
fn a_term_in_prison_is_no_length_of_the_event() {
    const YAML: &str = r#"
event: Morlaix wreck survey
date: 2027-05-19
claims:
  age:
    about: age of the wreck in years
    kind: count
    value: 280
    unit: years
    near: [wreck, sank]
"#;
    assert!(claimed_under(
        YAML,
        "Diving on the wreck without a permit carries up to three years in prison."
    )
    .is_empty());
}

#[test]
fn a_figure_a_later_verb_of_change_extends_is_where_the_change_starts() {
    const YAML: &str = r#"
event: Lenby boil-water notice
date: 2027-06-10
claims:
  households:
    about: households told to boil water
    kind: count
    value: 21000
    unit: households
    near: [boil-water, boil, notice]
"#;
    let found = claimed_under(
        YAML,
        "A boil-water notice issued at dawn for 8,000 households was extended at noon to all 21,000 households.",
    );
    assert!(
        found.iter().all(|(_, t)| t != "8,000 households"),
        "{found:?}"
    );
}

#[test]
fn a_vote_tally_is_a_score_when_a_score_claim_could_take_it() {
    const YAML: &str = r#"
event: Tarrow council vote on a stadium bid
date: 2027-03-11
claims:
  result:
    about: the council's vote for and against the bid
    kind: score
    value: 29-12
    near: [vote, voted, votes, approved, backed]
"#;
    for (text, want) in [
        ("Councillors approved the bid 29 to 12.", "29 to 12"),
        (
            "The council voted 29 votes to 12 for the bid.",
            "29 votes to 12",
        ),
        (
            "The council voted on the bid: 29 in favour, 12 against.",
            "29 in favour, 12 against",
        ),
        (
            "Councillors backed the bid, 29 for and 12 against.",
            "29 for and 12 against",
        ),
    ] {
        assert_eq!(
            claimed_under(YAML, text),
            vec![("result".to_string(), want.to_string())],
            "{text}"
        );
    }
    // The "votes" of the tally itself ties it to no claim.
    assert!(claimed_through(
        YAML,
        "Its amendment was rejected by 9 votes to 30.",
        Some(Link::Linked)
    )
    .is_empty());
}

#[test]
fn a_vote_tally_stays_counts_when_a_count_claim_counts_a_side() {
    const YAML: &str = r#"
event: Tarrow council vote on a stadium bid
date: 2027-03-11
claims:
  votes-for:
    about: how many councillors voted for the bid
    kind: count
    value: 29
    near: [voted for, in favour, approved]
  result:
    about: the council's vote for and against the bid
    kind: score
    value: 29-12
    near: [vote, voted, approved]
"#;
    assert_eq!(
        claimed_under(YAML, "Councillors approved the bid by 29 to 12."),
        vec![("votes-for".to_string(), "29".to_string())]
    );
}

#[test]
fn a_sentence_naming_another_year_contradicts_nothing_by_sentence_alone() {
    const YAML: &str = r#"
event: Tarrow council vote on a stadium bid
date: 2027-03-11
claims:
  result:
    about: the council's vote for and against the bid
    kind: score
    value: 29-12
    near: [vote, voted, approved, passed]
"#;
    assert!(claimed_under(
        YAML,
        "Time since the council passed the plan on 4 May 2019, by 30 votes to 11."
    )
    .is_empty());
}

#[test]
fn a_persons_age_goes_to_a_claim_of_that_age() {
    const YAML: &str = r#"
event: Tarrow assembly elects a speaker
date: 2027-01-20
entities:
  orla: [Ines Orla, Orla]
  brent: [Tomas Brent, Brent]
claims:
  speaker:
    about: who was elected speaker
    kind: people
    value: [orla]
    absent: [brent]
    near: [elected, won]
  rounds:
    about: how many rounds of voting it took
    kind: count
    value: 4
    unit: rounds
    near: [rounds, round]
  age:
    about: the new speaker's age
    kind: count
    value: 49
    unit: years
    near: [year-old, aged, age]
"#;
    let found = claimed_under(YAML, "Orla, 49, won the fourth round.");
    assert!(
        found.contains(&("age".to_string(), "49".to_string())),
        "{found:?}"
    );
    // Another person's age is no age of hers.
    let found = claimed_under(YAML, "Brent, 61, lost the fourth round.");
    assert!(found.iter().all(|(c, _)| c != "age"), "{found:?}");
    assert_eq!(
        verdicts_under(YAML, "Orla, 49, won the fourth round.")
            .iter()
            .filter(|v| **v == factcheck::check::Verdict::Contradicts)
            .count(),
        0
    );
}

#[test]
fn a_month_of_another_year_is_another_occasion() {
    const YAML: &str = r#"
event: Orla grid demand record
date: 2026-08-12
claims:
  record-date:
    about: the day demand set the record
    kind: date
    value: 2026-08-12
    near: [record, demand]
"#;
    assert!(
        claimed_under(YAML, "The new record beat the peak of July 2022.")
            .iter()
            .all(|(_, t)| t != "July 2022")
    );
}

#[test]
fn a_cue_noun_with_a_figure_of_its_own_is_that_figures() {
    const YAML: &str = r#"
event: Tarrow teachers' pay award
date: 2027-05-14
claims:
  rise:
    about: the pay rise awarded
    kind: count
    value: 5.5%
    near: [rise, award]
"#;
    let found = claimed_under(
        YAML,
        "In the ballot, 77% of those who voted backed the 5.5% rise.",
    );
    assert!(found.iter().all(|(_, t)| t != "77%"), "{found:?}");
    assert!(
        found.contains(&("rise".to_string(), "5.5%".to_string())),
        "{found:?}"
    );
}

#[test]
fn a_person_in_an_office_held_then_is_of_another_time() {
    const YAML: &str = r#"
event: Varne Bay whale rescue
date: 2027-08-21
entities:
  sollas: [Ines Sollas, Sollas]
  corrie: [Ewan Corrie, Corrie]
claims:
  leaders:
    about: who led the rescue
    kind: people
    value: [sollas]
    absent: [corrie]
    near: [led by, led]
"#;
    assert!(claimed_under(
        YAML,
        "The rescue was led by VMR's then director Ewan Corrie."
    )
    .is_empty());
    assert_eq!(
        claimed_under(YAML, "The rescue was led by Ewan Corrie."),
        vec![("leaders".to_string(), "Ewan Corrie".to_string())]
    );
}

#[test]
fn the_day_of_an_edition_a_correction_cites_is_no_day_of_the_event() {
    const YAML: &str = r#"
event: Tarrow budget vote
date: 2027-02-11
claims:
  vote-date:
    about: the day the council voted on the budget
    kind: date
    value: 2027-02-11
    near: [vote, voted]
"#;
    assert!(claimed_under(YAML, "Budget vote (Friday, page 3)").is_empty());
    assert_eq!(
        claimed_under(YAML, "The council voted on Friday."),
        vec![("vote-date".to_string(), "Friday".to_string())]
    );
}

#[test]
fn a_cue_ending_on_its_own_preposition_names_the_place() {
    const YAML: &str = r#"
event: Orla Bright strikes the Varne bridge
date: 2027-03-02
entities:
  kelm: [Kelm]
  tarrow: [Tarrow]
  aster: [Aster Bay]
claims:
  departure-port:
    about: the port the ship had left
    kind: place
    value: kelm
    rivals: [tarrow, aster]
    near: [sailed from, departed]
    not-near: [bound for]
"#;
    let found = claimed_under(
        YAML,
        "The freighter had sailed from Tarrow and was bound for Aster Bay.",
    );
    assert!(
        found.contains(&("departure-port".to_string(), "Tarrow".to_string())),
        "{found:?}"
    );
}

#[test]
fn the_event_under_another_name_is_no_other_occasion() {
    const YAML: &str = r#"
event: Halden Cup final, Orla Wolves v Tarn Hawks
date: 2027-04-17
entities:
  wolves: [Orla Wolves, Wolves]
  hawks: [Tarn Hawks, Hawks]
claims:
  result:
    about: the final's result
    kind: score
    value: 3-2
    sides: [wolves, hawks]
    near: [final, beat]
"#;
    // Two of the file's names before it: the final is the file's, whatever
    // the league calls it.
    let found = claimed_under(
        YAML,
        "The Orla Wolves beat the Tarn Hawks 4-2 in the Varne League final on Saturday.",
    );
    assert!(
        found.contains(&("result".to_string(), "4-2".to_string())),
        "{found:?}"
    );
    // One name, in a clause after it: another final.
    assert!(claimed_under(
        YAML,
        "The Wolves reached it by winning the Varne League final, in which the Hawks lost 4-2."
    )
    .iter()
    .all(|(_, t)| t != "4-2"));
}

#[test]
fn a_length_in_a_unit_of_another_scale_and_order_is_another_length() {
    const YAML: &str = r#"
event: Varne cable cut
date: 2027-11-10
claims:
  offshore:
    about: how far off the coast the cable was cut
    kind: count
    value: 64
    unit: km
    near: [coast, offshore]
"#;
    assert!(claimed_under(
        YAML,
        "Near the coast, the cables are buried 1.5 metres into the seabed."
    )
    .is_empty());
    // The claim's own figure in the wrong unit is an error to show.
    assert_eq!(
        claimed_under(YAML, "The cable was cut 64 metres off the coast."),
        vec![("offshore".to_string(), "64 metres".to_string())]
    );
    assert_eq!(
        claimed_under(YAML, "The cable was cut 46 km off the coast."),
        vec![("offshore".to_string(), "46 km".to_string())]
    );
}

#[test]
fn a_fact_box_label_naming_another_year_dates_its_figure() {
    const YAML: &str = r#"
event: Varne cable cut
date: 2027-11-10
claims:
  outage:
    about: how long the outage lasted
    kind: duration
    value: 41h
    near: [outage]
"#;
    assert!(claimed_under(YAML, "The last cut, March 2024: 18-hour outage").is_empty());
    assert_eq!(
        claimed_under(YAML, "This cut: 41-hour outage"),
        vec![("outage".to_string(), "41-hour".to_string())]
    );
}

#[test]
fn the_day_of_a_decision_is_not_the_day_it_takes_effect() {
    const YAML: &str = r#"
event: Tarrow fare rise
date: 2027-01-28
claims:
  effective:
    about: the day the new fares take effect
    kind: date
    value: 2027-03-01
    near: [rise, take effect]
"#;
    assert!(claimed_under(YAML, "The board approved the rise late on Thursday.").is_empty());
    assert_eq!(
        claimed_under(YAML, "The rise will take effect on 1 March."),
        vec![("effective".to_string(), "1 March".to_string())]
    );
}

#[test]
fn the_noun_after_a_whole_counts_the_whole_not_its_part() {
    const YAML: &str = r#"
event: Tarrow transport fares
date: 2027-01-28
claims:
  daily-passengers:
    about: passengers carried per day on the network
    kind: count
    value: 412000
    tolerance: 2%
    near: [passengers, daily]
"#;
    let found = claimed_under(
        YAML,
        "Trams carry about 130,000 of the network's 412,000 daily passengers.",
    );
    assert!(found.iter().all(|(_, t)| t != "about 130,000"), "{found:?}");
}

#[test]
fn a_game_clock_into_a_period_is_how_far_into_it() {
    const YAML: &str = r#"
event: Halden Cup final, Orla Wolves v Tarn Hawks
date: 2027-04-17
claims:
  winner-time:
    about: how far into overtime the winning goal came
    kind: duration
    value: 7m..8m
    near: [into overtime, overtime]
"#;
    assert_eq!(
        claimed_under(YAML, "Ilse Marr scored 9:12 into overtime to win it."),
        vec![("winner-time".to_string(), "9:12".to_string())]
    );
    assert_eq!(
        verdicts_under(YAML, "Ilse Marr scored 9:12 into overtime to win it."),
        vec![factcheck::check::Verdict::Contradicts]
    );
}

#[test]
fn a_moment_into_a_period_is_no_length_of_it() {
    const YAML: &str = r#"
event: Halden Cup final, Orla Wolves v Tarn Hawks
date: 2027-04-17
claims:
  overtime-length:
    about: how long the overtime period lasted
    kind: duration
    value: 20m
    near: [overtime]
"#;
    assert!(claimed_under(YAML, "Ilse Marr scored 9:12 into overtime to win it.").is_empty());
}

#[test]
fn a_place_under_which_something_happened_is_where_it_happened() {
    const YAML: &str = r#"
event: Orla Base Tunnel breakthrough
date: 2027-06-17
entities:
  orla: [Mount Orla, Orla]
  varn: [Mount Varn, Varn]
claims:
  place:
    about: where the breakthrough took place
    kind: place
    value: orla
    rivals: [varn]
    near: [broke through, breakthrough]
"#;
    assert_eq!(
        claimed_under(YAML, "Miners broke through beneath Mount Varn on Thursday."),
        vec![("place".to_string(), "Mount Varn".to_string())]
    );
    assert_eq!(
        verdicts_under(YAML, "Miners broke through under Mount Varn on Thursday."),
        vec![factcheck::check::Verdict::Contradicts]
    );
}

#[test]
fn a_not_near_noun_with_its_own_figure_is_that_figures() {
    const YAML: &str = r#"
event: Mirren poultry cull
date: 2027-03-02
claims:
  radius:
    about: the radius of the protection zone around each infected farm
    kind: count
    value: 3
    unit: km
    near: [protection zone, radius]
    not-near: [surveillance]
"#;
    assert_eq!(
        claimed_under(
            YAML,
            "A protection zone with a radius of 3 km was drawn around the farm, inside a surveillance zone of 10 km."
        ),
        vec![("radius".to_string(), "3 km".to_string())]
    );
    // The not-near word still holds the figure it qualifies.
    assert!(claimed_under(YAML, "A surveillance zone of 10 km was drawn.").is_empty());
}

#[test]
fn a_name_alongside_a_cue_and_its_object_took_part() {
    const YAML: &str = r#"
event: Mirren poultry cull
date: 2027-03-02
entities:
  korhal: [Agnese Korhal, Korhal]
  strand: [Pavel Strand, Strand]
claims:
  announcers:
    about: who announced the cull
    kind: people
    value: [korhal, strand]
    near: [announced]
"#;
    let found = claimed_under(YAML, "Korhal announced the cull alongside Pavel Strand.");
    assert!(
        found.contains(&("announcers".to_string(), "Pavel Strand".to_string())),
        "{found:?}"
    );
}

#[test]
fn the_subject_of_a_verb_owns_its_object_cue() {
    const YAML: &str = r#"
event: Halden Cup final, Orla Wolves v Tarn Hawks
date: 2027-04-17
entities:
  wolves: [Orla Wolves, Wolves]
  hawks: [Tarn Hawks, Hawks]
claims:
  last-title:
    about: the year of the Wolves' previous title
    kind: year
    value: 1996
    near: [title]
"#;
    assert!(claimed_under(YAML, "The Hawks had won the title in 2019.").is_empty());
    assert_eq!(
        claimed_under(YAML, "The Wolves had won the title in 1996."),
        vec![("last-title".to_string(), "1996".to_string())]
    );
}

#[test]
fn a_team_before_its_coachs_title_is_no_speaker() {
    const YAML: &str = r#"
event: Halden Cup final, Orla Wolves v Tarn Hawks
date: 2027-04-17
entities:
  wolves: [Orla Wolves, Wolves]
  marr: [Ilse Marr, Marr]
claims:
  coach-quote:
    about: the Wolves coach's words after the game
    kind: quote
    value: One shot was always going to decide it.
    speaker: marr
"#;
    let f = claims::parse(Path::new("q.yaml"), YAML).expect("the claims parse");
    let text = "\"One shot was always going to decide it,\" the Wolves coach said afterwards.";
    assert_ne!(
        factcheck::check::check_example(&f, 0, text),
        Some(factcheck::check::Verdict::Contradicts)
    );
}

#[test]
fn a_name_in_apposition_inside_a_participles_phrase_is_no_speaker() {
    const YAML: &str = r#"
event: Mirren poultry cull
date: 2027-03-02
entities:
  korhal: [Agnese Korhal, Korhal]
  strand: [Pavel Strand, Strand]
claims:
  minister-quote:
    about: the minister's words
    kind: quote
    value: This is the most serious outbreak we have faced.
    speaker: korhal
"#;
    let f = claims::parse(Path::new("q.yaml"), YAML).expect("the claims parse");
    let text = "Minister Agnese Korhal, announcing the cull with the chief vet, Pavel Strand, called it \"the most serious outbreak we have faced.\"";
    assert_eq!(
        factcheck::check::check_example(&f, 0, text),
        Some(factcheck::check::Verdict::Supports)
    );
    // An apposition on the subject itself still names the speaker.
    let text = "\"This is the most serious outbreak we have faced,\" the board's chair, Pavel Strand, said.";
    assert_eq!(
        factcheck::check::check_example(&f, 0, text),
        Some(factcheck::check::Verdict::Contradicts)
    );
}

#[test]
fn a_day_at_the_scene_of_the_event_is_of_what_happens_there() {
    const YAML: &str = r#"
event: Varne cable cut
date: 2027-11-10
claims:
  cut-date:
    about: the day the cable was cut
    kind: date
    value: 2027-11-10
    near: [cut, break]
"#;
    assert!(claimed_under(
        YAML,
        "A robot is lowered over the site of the break on Sunday, November 14."
    )
    .is_empty());
    assert_eq!(
        claimed_under(
            YAML,
            "The break on Wednesday, November 10, cut off the islands."
        ),
        vec![("cut-date".to_string(), "Wednesday, November 10".to_string())]
    );
}

#[test]
fn a_dot_before_three_digits_of_a_counted_noun_groups_thousands() {
    const YAML: &str = r#"
event: Halden Cup final
date: 2027-04-17
claims:
  attendance:
    about: the crowd at the final
    kind: count
    value: 18204
    near: [spectators, crowd]
"#;
    assert_eq!(
        verdicts_under(YAML, "The final was played in front of 18.204 spectators."),
        vec![factcheck::check::Verdict::Supports]
    );
    // A measure keeps its decimals: "18.204 km" is eighteen kilometres.
    let text = "The route ran 18.204 km.";
    let file = claims::parse(Path::new("test.yaml"), YAML).expect("the claims parse");
    let ex = Extractor::new(&ExtractOptions::from_claims(&file)).extract(text);
    assert!(ex.mentions.iter().any(|m| matches!(
        &m.kind,
        factcheck::extract::MentionKind::Count { quantity, .. } if quantity.interval.lo < 19.0
    )));
}

#[test]
fn an_old_thing_of_the_claims_kind_is_another_occasion() {
    const YAML: &str = r#"
event: Tarrow fare rise
date: 2027-01-28
claims:
  single-fare:
    about: the new adult single fare
    kind: count
    value: 2.35
    unit: EUR
    near: [single fare]
"#;
    assert!(claimed_under(
        YAML,
        "A ticket machine still shows the old adult single fare of €2.20."
    )
    .is_empty());
    assert_eq!(
        claimed_under(YAML, "The adult single fare of €2.20 was approved."),
        vec![("single-fare".to_string(), "€2.20".to_string())]
    );
}

#[test]
fn a_visit_on_another_day_is_not_the_claims_visit() {
    const YAML: &str = r#"
event: Tarrow stadium crush
date: 2027-03-06
entities:
  maddox: [Corin Maddox, Maddox]
  grenn: [Ada Grenn, Grenn]
claims:
  visitors:
    about: who visited the stadium the day after the crush
    kind: people
    value: [grenn]
    absent: [maddox]
    near: [visited, visits]
"#;
    // 6 March 2027 is a Saturday: the day after is a Sunday.
    assert!(claimed_under(YAML, "Corin Maddox visits the ground on Monday.").is_empty());
    assert_eq!(
        claimed_under(YAML, "Corin Maddox visited the ground on Sunday."),
        vec![("visitors".to_string(), "Corin Maddox".to_string())]
    );
}

#[test]
fn a_port_office_before_a_cue_is_another_office() {
    const YAML: &str = r#"
event: Orla Bright strikes the Varne bridge
date: 2027-03-02
entities:
  denning: [Rolf Denning, Denning]
  oss: [Pieter Oss, Oss]
claims:
  captain:
    about: who captained the ship
    kind: people
    value: [denning]
    absent: [oss]
    near: [captain, master]
"#;
    assert!(claimed_under(
        YAML,
        "Harbour master Pieter Oss said the channel was closed."
    )
    .is_empty());
    assert_eq!(
        claimed_under(
            YAML,
            "The ship's master, Pieter Oss, said the channel was closed."
        ),
        vec![("captain".to_string(), "Pieter Oss".to_string())]
    );
}

#[test]
fn an_exact_figure_of_four_digits_confirms_its_claim_without_a_cue() {
    const YAML: &str = r#"
event: Orla Cup semi-final
date: 2027-05-08
claims:
  crowd:
    about: the crowd at the semi-final
    kind: count
    value: 48213
    near: [crowd, attendance]
"#;
    // No cue in the sentence: the exact figure is still the crowd's.
    assert_eq!(
        claimed_under(
            YAML,
            "Season-ticket holders among the 48,213 at Saturday's win get a discount."
        ),
        vec![("crowd".to_string(), "48,213".to_string())]
    );
    // A round or short figure may be anything: no cue, no claim.
    assert!(claimed_under(
        YAML,
        "Season-ticket holders among the 48,000 get a discount."
    )
    .is_empty());
    // And an exact figure that differs, with no cue, is about something else.
    assert!(claimed_under(YAML, "The club sold 48,112 scarves this season.").is_empty());
}

#[test]
fn a_unit_made_an_adjective_is_about_that_long() {
    const YAML: &str = r#"
event: Varen farmers' blockade
date: 2027-02-08
claims:
  blockade-length:
    about: how long the blockade lasted
    kind: duration
    value: 144h
    tolerance: 12h
    near: [blockade, siege]
"#;
    only_control_contradicts(
        YAML,
        &["Farmers lift week-long blockade of the capital."],
        "Farmers lift three-week blockade of the capital.",
    );
    const SIEGE: &str = r#"
event: Tarrow bank siege
date: 2027-03-02
claims:
  siege-length:
    about: how long the siege lasted
    kind: duration
    value: 11h
    tolerance: 30m
    near: [siege]
"#;
    only_control_contradicts(
        SIEGE,
        &["Gunmen surrender after day-long bank siege."],
        "Gunmen surrender after week-long bank siege.",
    );
}

#[test]
fn a_length_after_every_is_how_often() {
    const YAML: &str = r#"
event: Ossery algae bloom
date: 2027-07-21
claims:
  days-closed:
    about: how long the beaches stayed closed
    kind: duration
    value: 288h
    tolerance: 24h
    near: [closed, closure, reopen]
"#;
    only_control_contradicts(
        YAML,
        &["Beaches reopen after two clean tests, and the lab tests every 48 hours."],
        "Beaches reopened after 48 hours.",
    );
}

#[test]
fn a_noun_before_of_owns_the_count_after_it() {
    const YAML: &str = r#"
event: Valdmark royal birth
date: 2027-03-18
claims:
  place-in-line:
    about: the princess's place in the line of succession
    kind: count
    value: 3
    near: [in line, throne]
"#;
    assert!(claimed_under(
        YAML,
        "She is in line to the throne of a small kingdom of 6.2 million people."
    )
    .is_empty());
    assert_eq!(
        claimed_under(YAML, "The number in line to the throne rose to 4."),
        vec![("place-in-line".to_string(), "4".to_string())]
    );
}

#[test]
fn a_state_in_the_present_perfect_is_a_length_so_far() {
    const YAML: &str = r#"
event: Halvik reactor trip
date: 2027-03-17
claims:
  offline-hours:
    about: how long the reactor was offline
    kind: duration
    value: 61h
    tolerance: 2h
    near: [offline]
"#;
    only_control_contradicts(
        YAML,
        &["Unit 2 has been offline for nearly 15 hours."],
        "Unit 2 was offline for nearly 15 hours.",
    );
}

#[test]
fn a_figure_restated_in_the_claims_terms_gives_way() {
    const YAML: &str = r#"
event: Ardencourt Championship
date: 2027-06-21
claims:
  winning-score:
    about: the winning score, strokes under par
    kind: count
    value: 11
    near: [under par, finish on]
"#;
    assert_eq!(
        claimed_under(YAML, "Moyle went on to finish on 277, 11 under par."),
        vec![("winning-score".to_string(), "11".to_string())]
    );
    assert_eq!(
        claimed_under(YAML, "Moyle went on to finish on 277."),
        vec![("winning-score".to_string(), "277".to_string())]
    );
}

#[test]
fn people_in_a_clause_of_another_year_did_it_then() {
    const YAML: &str = r#"
event: Falkenhorn hill record
date: 2027-01-16
entities:
  haslund: [Leo Haslund, Haslund]
  dahlberg: [Kasper Dahlberg, Dahlberg]
claims:
  record-holder:
    about: who set the new hill record
    kind: people
    value: [haslund]
    absent: [dahlberg]
    near: [set]
"#;
    assert!(claimed_under(
        YAML,
        "The old mark was the one Kasper Dahlberg set five years ago."
    )
    .is_empty());
    assert!(claimed_under(
        YAML,
        "The board lists Kasper Dahlberg, who set the previous mark in 2019."
    )
    .is_empty());
    assert_eq!(
        claimed_under(
            YAML,
            "The new mark was the one Kasper Dahlberg set on Saturday."
        ),
        vec![("record-holder".to_string(), "Kasper Dahlberg".to_string())]
    );
}

#[test]
fn a_sentence_opening_on_other_ones_is_about_them() {
    const YAML: &str = r#"
event: Ardencourt Championship
date: 2027-06-21
claims:
  playoff-holes:
    about: how many extra holes the playoff took
    kind: count
    value: 3
    unit: holes
    near: [playoff]
"#;
    only_control_contradicts(
        YAML,
        &["Other majors use four-hole aggregate playoffs."],
        "Ardencourt used a four-hole aggregate playoff.",
    );
}

#[test]
fn a_denial_counted_as_none_is_no_denial() {
    const YAML: &str = r#"
event: Halvik reactor trip
date: 2027-03-17
claims:
  no-release:
    about: no radioactive material was released
    kind: statement
    value: true
    near: [release, releases, radioactive]
    affirm: [no radioactive release]
    deny: [radioactive release]
"#;
    only_control_contradicts(
        YAML,
        &["0 - radioactive releases, according to the inspectorate"],
        "1 - radioactive release, according to the inspectorate",
    );
}

#[test]
fn a_captions_number_does_not_hide_its_subject_from_a_pronoun() {
    const YAML: &str = r#"
event: Ardencourt Championship
date: 2027-06-21
entities:
  moyle: [Ewan Moyle, Moyle]
  quiroga: [Sebastian Quiroga, Quiroga]
claims:
  winner-quote:
    about: the winner's words
    kind: quote
    value: I slept about four hours.
    speaker: moyle
"#;
    let f = claims::parse(Path::new("q.yaml"), YAML).expect("the claims parse");
    let text = "Quiroga made par.\n\n10/10 Moyle speaks to reporters after his win. \"I slept about four hours,\" he said.";
    assert_eq!(
        factcheck::check::check_example(&f, 0, text),
        Some(factcheck::check::Verdict::Supports)
    );
}

#[test]
fn a_unit_per_something_takes_figures_in_its_head_unit() {
    const YAML: &str = r#"
event: Halvik reactor trip
date: 2027-03-17
claims:
  radiation:
    about: radiation reading at the site fence
    kind: count
    value: 0.11
    tolerance: 0.01
    unit: microsieverts per hour
    near: [readings]
  toxin-level:
    about: the highest toxin reading
    kind: count
    value: 48
    unit: micrograms per litre
    near: [toxin]
"#;
    assert_eq!(
        claimed_under(
            YAML,
            "Readings at the fence stood at 0.11 microsieverts per hour."
        ),
        vec![("radiation".to_string(), "0.11 microsieverts".to_string())]
    );
    assert_eq!(
        claimed_under(YAML, "The toxin reached 48 micrograms per litre."),
        vec![("toxin-level".to_string(), "48 micrograms".to_string())]
    );
    // Another unit is still another unit.
    assert!(claimed_under(YAML, "The toxin reached 48 kilometres.").is_empty());
}

#[test]
fn a_preview_cannot_contradict_the_length_of_a_record_jump() {
    const YAML: &str = r#"
event: Falkenhorn hill record
date: 2027-01-16
claims:
  record-distance:
    about: the length of the record jump
    kind: count
    value: 143.5
    unit: metres
    near: [hill record]
"#;
    only_control_contradicts(
        YAML,
        &["Published 14 January 2027\n\nThe hill record of 141.5 metres has stood since 2022."],
        "Published 17 January 2027\n\nThe hill record of 141.5 metres was set on Saturday.",
    );
}

#[test]
fn a_place_a_blockade_lands_on_is_where_it_was() {
    const YAML: &str = r#"
event: Varen farmers' blockade
date: 2027-02-08
entities:
  varenholt: [Varenholt]
  dornach: [Dornach]
claims:
  protest-city:
    about: the city the tractors blockaded
    kind: place
    value: varenholt
    rivals: [dornach]
    near: [blockaded, tractors]
"#;
    only_control_contradicts(
        YAML,
        &[],
        "Some 1,800 tractors had encircled the centre of Dornach by noon.",
    );
    only_control_contradicts(YAML, &[], "Farmers blockaded Dornach on Monday.");
    assert_eq!(
        claimed_under(
            YAML,
            "Some 1,800 tractors had encircled the centre of Varenholt."
        ),
        vec![("protest-city".to_string(), "Varenholt".to_string())]
    );
}

#[test]
fn a_length_after_the_first_in_is_the_time_since() {
    const YAML: &str = r#"
event: Mirasol heatwave
date: 2027-08-14
claims:
  heatwave-length:
    about: how long the heatwave lasted
    kind: duration
    value: 264h
    tolerance: 24h
    near: [heatwave]
"#;
    only_control_contradicts(
        YAML,
        &["The first rain in three weeks falls the day after the heatwave ended."],
        "The heatwave lasted three weeks.",
    );
}

#[test]
fn a_figure_before_a_qualified_plural_counts_that_plural() {
    const YAML: &str = r#"
event: Ostermark Bank data breach
date: 2027-06-08
claims:
  customers-affected:
    about: customers whose data was taken
    kind: count
    value: 4.2 million
    unit: customers
    near: [affected]
"#;
    assert!(claimed_under(
        YAML,
        "Consumer groups in the three affected countries want more."
    )
    .is_empty());
    assert_eq!(
        claimed_under(YAML, "The bank said 4.2 million customers were affected."),
        vec![(
            "customers-affected".to_string(),
            "4.2 million customers".to_string()
        )]
    );
}

#[test]
fn a_headline_that_suggested_is_what_a_correction_names() {
    const YAML: &str = r#"
event: Ostermark Bank data breach
date: 2027-06-08
entities:
  voss: [Annika Voss, Voss]
  dunmore: [Piet Dunmore, Dunmore]
claims:
  resigned:
    about: who resigned over the breach
    kind: people
    value: [dunmore]
    absent: [voss]
    near: [resigned]
"#;
    assert!(claimed_under(
        YAML,
        "A headline on our app suggested that the chief executive, Annika Voss, had also resigned."
    )
    .is_empty());
    assert_eq!(
        claimed_under(YAML, "The chief executive, Annika Voss, had also resigned."),
        vec![("resigned".to_string(), "Annika Voss".to_string())]
    );
}

#[test]
fn a_label_before_the_colon_naming_another_claims_noun_is_that_claims() {
    const YAML: &str = r#"
event: Ostermark Bank data breach
date: 2027-06-08
claims:
  customers-affected:
    about: customers whose data was exposed
    kind: count
    value: 4.2 million
    unit: customers
    near: [stolen]
  records-stolen:
    about: records the attackers stole
    kind: count
    value: 11.6 million
    unit: records
    near: [stolen]
"#;
    assert_eq!(
        claimed_under(YAML, "Records stolen: 11.6 million"),
        vec![("records-stolen".to_string(), "11.6 million".to_string())]
    );
    assert_eq!(
        claimed_under(YAML, "Customers whose data was stolen: 4.2 million"),
        vec![("customers-affected".to_string(), "4.2 million".to_string())]
    );
}

#[test]
fn on_a_river_or_a_lake_is_where() {
    const YAML: &str = r#"
event: Varsity Boat Race
date: 2027-04-03
entities:
  ousel: [River Ousel, Ousel]
  tarn: [River Tarn, Tarn]
  ukraine: [Ukraine]
claims:
  venue:
    about: where the race was rowed
    kind: place
    value: ousel
    rivals: [tarn, ukraine]
    near: [race, talks]
"#;
    only_control_contradicts(
        YAML,
        &["The talks on Ukraine were held in Geneva."],
        "Kellsworth won the race on the River Tarn on Saturday.",
    );
    assert_eq!(
        claimed_under(
            YAML,
            "Kellsworth won the race on the River Ousel on Saturday."
        ),
        vec![("venue".to_string(), "River Ousel".to_string())]
    );
}

#[test]
fn a_commitment_said_is_a_statement_and_a_condition_is_not() {
    const YAML: &str = r#"
event: Coral Meridian adrift
date: 2027-03-18
claims:
  full-refund:
    about: the company gives passengers a full refund
    kind: statement
    value: true
    affirm: [full refund]
    deny: [partial refund]
    near: [refund]
"#;
    only_control_contradicts(
        YAML,
        &["The company said passengers would get a partial refund if the inquiry allows."],
        "The company said passengers would get a partial refund.",
    );
    assert_eq!(
        verdicts_under(
            YAML,
            "The company said every passenger would get a full refund."
        ),
        vec![factcheck::check::Verdict::Supports]
    );
}

#[test]
fn a_correction_notice_states_the_corrected_facts_after_its_first_sentence() {
    const YAML: &str = r#"
event: Harrowgate Shield semi-final
date: 2027-04-17
entities:
  okoro: [Ben Okoro, Okoro]
  dale: [Marcus Dale, Dale]
claims:
  attendance:
    about: how many watched the semi-final
    kind: count
    value: 48211
    near: [attendance, crowd]
  scorers:
    about: who scored for Eastmoor
    kind: people
    value: [okoro]
    absent: [dale]
    near: [scored, goal, equaliser]
"#;
    // The first sentence names what was wrong; the next ones give the facts.
    let notice = "Correction: An earlier version of this report gave the attendance as 42,811. The attendance was 48,211.";
    assert_eq!(
        verdicts_under(YAML, notice),
        vec![factcheck::check::Verdict::Supports]
    );
    // What the piece said, retold after the first sentence, is still what
    // was wrong; so is a goal the notice says was disallowed.
    only_control_contradicts(
        YAML,
        &[
            "Correction: An earlier version of this report was wrong about the crowd. And it said the attendance was 42,811.",
            "Correction: An earlier version of this report was wrong about the goal. The equaliser was scored by Ben Okoro; Dale's goal in the 80th minute was disallowed.",
        ],
        "Correction: An earlier version of this report was wrong about the crowd. The attendance was 42,811.",
    );
}

#[test]
fn what_a_piece_correctly_reported_is_stated_again() {
    const YAML: &str = r#"
event: Vessna landslide
date: 2027-10-21
claims:
  dead:
    about: people killed by the landslide
    kind: count
    value: 27
    unit: people
    near: [died, killed, dead]
"#;
    assert_eq!(
        verdicts_under(
            YAML,
            "The article correctly reported that 27 people died in the village."
        ),
        vec![factcheck::check::Verdict::Supports]
    );
    assert_eq!(
        verdicts_under(
            YAML,
            "The article reported that 29 people died in the village. We apologise."
        ),
        vec![]
    );
}

#[test]
fn a_part_by_day_or_place_alone_contradicts_none() {
    const YAML: &str = r#"
event: Air traffic controllers' strike
date: 2027-07-09
claims:
  passengers:
    about: passengers whose flights were cancelled by the strike
    kind: count
    value: 318000
    unit: passengers
    near: [affected, stranded]
"#;
    only_control_contradicts(
        YAML,
        &[
            "The operator said about 190,000 passengers had been affected on Friday alone.",
            "About 190,000 passengers were stranded in the capital alone.",
        ],
        "The operator said about 190,000 passengers had been affected.",
    );
}

#[test]
fn a_length_a_hundred_times_off_the_claims_is_another_length() {
    const YAML: &str = r#"
event: Face transplant at St Alder's
date: 2027-10-07
claims:
  patient-age:
    about: the patient's age at the operation
    kind: count
    value: 41
    unit: years
    near: [patient]
"#;
    only_control_contradicts(
        YAML,
        &["12 days: time the patient spent in intensive care."],
        "44 years: the patient's age.",
    );
}

#[test]
fn a_fact_box_block_of_labelled_lines_is_no_roundup() {
    const YAML: &str = r#"
event: Cocaine seizure at Tessaro
date: 2027-03-16
claims:
  street-value:
    about: estimated street value of the haul
    kind: count
    value: 410 million
    tolerance: 2%
    unit: EUR
    near: [street value]
"#;
    // Short labelled lines one under another are one story's facts, not a
    // roundup's items, even where a line's label names nothing of it.
    let fact_box = "FACT BOX\n\nThe raid\n- Officers: 40 customs officers and police\n- Dogs: 6\n\nThe haul\n- Bricks: 5,900\n- Cover cargo: bananas\n- Estimated street value: EUR 310 million\n- Wholesale: EUR 190 million\n";
    assert_eq!(
        verdicts_under(YAML, fact_box),
        vec![factcheck::check::Verdict::Contradicts]
    );
    // A roundup's items, a label and a story told in sentences, still are.
    let roundup = "NEWS IN BRIEF\n\nRail: A signal failure near Brandmoor delayed trains for most of the morning on Tuesday, the operator said, and services were running normally by noon.\n\nMarkets: Shares fell on Tuesday as investors waited for the central bank, and one trader put the street value of the missing bonds at EUR 310 million.\n";
    assert_eq!(verdicts_under(YAML, roundup), vec![]);
}

#[test]
fn a_section_for_comparison_is_another_occasion() {
    const YAML: &str = r#"
event: Brackenridge tornado
date: 2027-05-20
claims:
  time-on-ground:
    about: how long the tornado was on the ground
    kind: duration
    value: 37m
    near: [on the ground]
"#;
    use factcheck::check::Verdict::{Contradicts, Supports};
    assert_eq!(
        verdicts_under(
            YAML,
            "BY THE NUMBERS\n\n- On the ground: 37 minutes.\n\nFOR COMPARISON: THE 1998 SAYER TORNADO\n- Homes destroyed: 60.\n- On the ground: about 15 minutes.\n"
        ),
        vec![Supports]
    );
    assert_eq!(
        verdicts_under(
            YAML,
            "BY THE NUMBERS\n\n- On the ground: 37 minutes.\n\nTHE 1998 SAYER TORNADO\n- Homes destroyed: 60.\n- On the ground: about 15 minutes.\n"
        ),
        vec![Supports, Contradicts]
    );
}

#[test]
fn a_name_holding_a_cue_is_still_tied_by_another_cue() {
    const YAML: &str = r#"
event: Valcu hunger strike ends
date: 2027-11-18
entities:
  grenholt: [Grenholt Prison, Grenholt]
  orvel: [Orvel Prison, Orvel]
claims:
  prison:
    about: the prison where he was on hunger strike
    kind: place
    value: grenholt
    rivals: [orvel]
    near: [prison, hunger strike]
"#;
    // Whose the cue is ("the Orvel Prison governor") confirms and
    // contradicts none; another cue tying the place still does.
    only_control_contradicts(
        YAML,
        &["The Orvel Prison governor said nothing."],
        "Teodor Valcu ended his hunger strike at Orvel Prison on Thursday.",
    );
}

#[test]
fn a_place_a_cue_verb_shut_is_where_and_so_is_the_next_of_two() {
    const YAML: &str = r#"
event: Air traffic controllers' strike
date: 2027-07-09
entities:
  tarsk-holm: [Tarsk-Holm]
  olvenna: [Olvenna]
  brevik: [Brevik]
claims:
  airports:
    about: the airports hit by the strike
    kind: place
    value: tarsk-holm
    also: [olvenna]
    rivals: [brevik]
    near: [shut, cleared]
"#;
    use factcheck::check::Verdict::{Contradicts, Supports};
    assert_eq!(
        verdicts_under(YAML, "The strike shut Tarsk-Holm and Olvenna airports."),
        vec![Supports, Supports]
    );
    assert_eq!(
        verdicts_under(YAML, "The strike shut Tarsk-Holm and Brevik airports."),
        vec![Supports, Contradicts]
    );
    // (Any cue that is a verb: its object is the place.)
    assert_eq!(
        verdicts_under(
            YAML,
            "By noon the controllers had cleared Brevik of traffic."
        ),
        vec![Contradicts]
    );
}

#[test]
fn a_day_right_after_its_cue_is_its_day_with_no_on() {
    const YAML: &str = r#"
event: Air traffic controllers' strike
date: 2027-07-09
claims:
  strike-date:
    about: the day the strike began
    kind: date
    value: 2027-07-09
    near: [began]
    not-near: [end]
"#;
    only_control_contradicts(
        YAML,
        &["A strike that began Friday grounded 2,340 flights, the operator said Saturday as the walkout came to an end."],
        "A strike that began Thursday grounded 2,340 flights, the operator said Saturday as the walkout came to an end.",
    );
}

#[test]
fn tons_are_american_in_an_article_that_writes_short_tons() {
    const YAML: &str = r#"
event: Cocaine seizure at Tessaro
date: 2027-03-16
claims:
  amount:
    about: cocaine seized in the raid
    kind: count
    value: 6.8
    tolerance: 0.1
    unit: tonnes
    near: [seized, seize]
"#;
    use factcheck::check::Verdict::{Contradicts, Supports};
    assert_eq!(
        verdicts_under(
            YAML,
            "Customs seize 7.5 tons of cocaine\n\nCustoms agents seized about 7.5 short tons of cocaine on Tuesday."
        ),
        vec![Supports, Supports]
    );
    // Elsewhere a ton is the metric tonne.
    assert_eq!(
        verdicts_under(
            YAML,
            "Customs agents seized 7.5 tons of cocaine on Tuesday."
        ),
        vec![Contradicts]
    );
}

#[test]
fn a_sentence_opening_on_a_separate_one_is_about_it() {
    const YAML: &str = r#"
event: Face transplant at St Alder's
date: 2027-10-07
claims:
  op-duration:
    about: how long the transplant operation lasted
    kind: duration
    value: 17h30m
    near: [procedure, operation]
"#;
    only_control_contradicts(
        YAML,
        &["A separate team removed the tissue overnight in a procedure that took about four hours."],
        "The team finished the procedure, which took about four hours, overnight.",
    );
}

#[test]
fn a_measure_and_its_dimension_yield_to_a_not_near_name_before_them() {
    const YAML: &str = r#"
event: Veldane Spire topping out, May 2030
date: 2030-05-02
entities:
  veldane: [Veldane]
  brisk: [Brisk]
claims:
  height:
    about: the spire's full height
    kind: count
    value: 310
    unit: metres
    near: [tall, height, spire, tower]
    not-near: [Orrin]
  city:
    about: the city where the spire stands
    kind: place
    value: veldane
    rivals: [brisk]
    near: [spire, tower]
"#;
    // The sentence's subject is the other tower, named before the figure.
    assert!(texts_under(
        YAML,
        "The present record holder, Orrin Tower in the capital, Brisk, is 244 metres tall.\n"
    )
    .is_empty());
    // A not-near word after the measure still leaves it the spire's.
    assert_eq!(
        linked_under(
            YAML,
            "The spire is 310 metres tall, some 66 more than Orrin Tower.\n"
        ),
        vec!["310 metres".to_string()]
    );
}

#[test]
fn a_limit_is_no_figure_of_the_event() {
    const YAML: &str = r#"
event: Harlow data fine, March 2030
date: 2030-03-12
claims:
  fine-share:
    about: the fine as a share of the company's yearly turnover
    kind: count
    value: 2.6%
    unit: percent
    near: [turnover, revenue]
"#;
    assert!(texts_under(YAML, "The legal ceiling is 8% of yearly turnover.\n").is_empty());
    assert!(texts_under(YAML, "Fines carry a cap of 8% of turnover.\n").is_empty());
    assert_eq!(
        texts_under(YAML, "The fine is 2.6% of yearly turnover.\n"),
        vec!["2.6%".to_string()]
    );
    // A claim that is itself the limit reads it.
    const CAP: &str = r#"
event: Harlow data fine, March 2030
date: 2030-03-12
claims:
  legal-cap:
    about: the legal maximum fine as a share of turnover
    kind: count
    value: 8%
    unit: percent
    near: [turnover]
"#;
    assert_eq!(
        texts_under(CAP, "The legal ceiling is 8% of yearly turnover.\n"),
        vec!["8%".to_string()]
    );
}

#[test]
fn a_sentence_naming_what_the_claim_is_not_about_takes_no_unlinked_figure() {
    const YAML: &str = r#"
event: Harlow data fine, March 2030
date: 2030-03-12
claims:
  fine-share:
    about: the fine as a share of the company's yearly turnover
    kind: count
    value: 2.6%
    unit: percent
    near: [sales]
    not-near: [commission]
"#;
    // Sentence-only, with a not-near word in another clause of it.
    assert!(texts_under(
        YAML,
        "The top commission on app sales is steep; small studios pay 12%.\n"
    )
    .is_empty());
    // Without it, the sole figure is still read (as at most a warning).
    assert_eq!(
        texts_under(YAML, "App sales slowed; small studios pay 12%.\n"),
        vec!["12%".to_string()]
    );
}

#[test]
fn a_cue_does_not_match_a_noun_in_ity_that_shares_its_stem() {
    const YAML: &str = r#"
event: Description of a cave frog, June 2030
date: 2030-06-03
entities:
  lind: [Maja Lind, Lind]
  orme: [Tobias Orme, Orme]
claims:
  authors:
    about: who wrote the paper
    kind: people
    value: [lind]
    absent: [orme]
    near: [author, authors]
"#;
    // "Authority" is no "author", though Snowball stems both to "author".
    assert!(texts_under(
        YAML,
        "Tobias Orme of the Wildlife Authority said the find was rare.\n"
    )
    .is_empty());
    assert_eq!(
        texts_under(
            YAML,
            "The paper's author, Maja Lind, said the find was rare.\n"
        ),
        vec!["Maja Lind".to_string()]
    );
}

#[test]
fn a_length_ahead_of_a_deadline_is_how_early() {
    const YAML: &str = r#"
event: Expulsion of envoys, March 2030
date: 2030-03-07
claims:
  leave-deadline:
    about: how long the envoys were given to leave
    kind: duration
    value: 72h
    near: [to leave, given, deadline]
"#;
    assert!(texts_under(
        YAML,
        "All nine had left by Saturday, a day ahead of the Sunday deadline.\n"
    )
    .is_empty());
    assert_eq!(
        texts_under(YAML, "They were given 72 hours to leave.\n"),
        vec!["72 hours".to_string()]
    );
}

#[test]
fn a_not_near_word_in_a_time_phrase_after_the_day_leaves_it_the_days() {
    const YAML: &str = r#"
event: Orven landslide, April 2030
date: 2030-04-10
claims:
  slide-date:
    about: the day the landslide struck
    kind: date
    value: 2030-04-10
    near: [landslide, struck]
    not-near: [rain]
"#;
    assert_eq!(
        texts_under(
            YAML,
            "The landslide struck the village before dawn on April 10, after three days of heavy rain.\n"
        ),
        vec!["April 10".to_string()]
    );
    // Before the day, the not-near word's clause has it.
    assert!(texts_under(
        YAML,
        "Heavy rain fell on April 8, and the landslide struck.\n"
    )
    .is_empty());
}

#[test]
fn a_length_taken_off_a_record_is_the_margin() {
    const YAML: &str = r#"
event: Sprint record, July 2030
date: 2030-07-17
claims:
  record-time:
    about: the world-record time
    kind: count
    value: 9.61
    unit: seconds
    near: [record, won in]
"#;
    // A list line's label, and a cue that ends on "in" makes no claim
    // about a change.
    assert!(texts_under(YAML, "0.04 - seconds taken off the record\n").is_empty());
    assert!(texts_under(YAML, "He had shaved 0.04 seconds off the record.\n").is_empty());
    assert_eq!(
        texts_under(YAML, "He won in a world record of 9.61 seconds.\n"),
        vec!["9.61 seconds".to_string()]
    );
}

#[test]
fn a_share_of_last_years_turnover_is_this_events() {
    const YAML: &str = r#"
event: Harlow data fine, March 2030
date: 2030-03-12
claims:
  fine-share:
    about: the fine as a share of the company's yearly turnover
    kind: count
    value: 2.6%
    unit: percent
    near: [turnover, penalty]
"#;
    // The time names the base the share is measured on.
    assert_eq!(
        texts_under(
            YAML,
            "The penalty equals 2.9% of Harlow's turnover in 2029.\n"
        ),
        vec!["2.9%".to_string()]
    );
    assert_eq!(
        texts_under(
            YAML,
            "The penalty is 2.9% of Harlow's turnover last year.\n"
        ),
        vec!["2.9%".to_string()]
    );
    // A share that is itself of another year stays that year's.
    assert!(texts_under(YAML, "The penalty was 1.1% in 2026.\n").is_empty());
}

#[test]
fn an_earlier_occasion_named_by_its_year_or_time_ago_around_the_cue() {
    const YAML: &str = r#"
event: Quay strike, March 2030
date: 2030-03-12
claims:
  closure:
    about: how long the quay was closed after the strike
    kind: duration
    value: 19d
    near: [closed, hunger strike, crossing, took]
"#;
    // A time clause opening the sentence, dated by its year.
    assert!(texts_under(
        YAML,
        "When a barge hit the same quay in 2011, the quay was closed for three days.\n"
    )
    .is_empty());
    // An apposition right after the cue.
    assert!(texts_under(
        YAML,
        "His first hunger strike, in 2026 at Tarn prison, lasted 12 days.\n"
    )
    .is_empty());
    // A time ago in the subject before the cue.
    assert!(texts_under(YAML, "His own crossing six years ago took 41 days.\n").is_empty());
    // (Not a comparison: "the longest since …", nor deep time.)
    assert_eq!(
        texts_under(
            YAML,
            "The quay was closed for 19 days, the longest since it opened two years ago.\n"
        ),
        vec!["19 days".to_string()]
    );
    assert_eq!(
        texts_under(
            YAML,
            "When the strike ended, the quay was closed for 19 days.\n"
        ),
        vec!["19 days".to_string()]
    );
}

#[test]
fn a_commitment_reported_with_would_confirms_but_never_contradicts() {
    const YAML: &str = r#"
event: Carrow car recall, May 2030
date: 2030-05-06
claims:
  vehicles:
    about: how many cars are recalled
    kind: count
    value: 318000
    unit: cars
    near: [recall, recalled]
"#;
    assert_eq!(
        texts_under(
            YAML,
            "Carrow Motors said on Monday it would recall 318,000 cars in 19 countries.\n"
        ),
        vec!["318,000 cars".to_string()]
    );
    // Another figure there is no statement of the claim.
    assert!(texts_under(
        YAML,
        "Carrow Motors said on Monday it would recall 290,000 cars in 19 countries.\n"
    )
    .is_empty());
    // A forecast without a report stays a forecast.
    assert!(texts_under(YAML, "The recall would cover 318,000 cars.\n").is_empty());
}

#[test]
fn a_number_word_before_died_is_a_count_and_a_foreign_towns_share_a_part() {
    const YAML: &str = r#"
event: Orle dam failure, October 2030
date: 2030-10-14
entities:
  marrow: [Marrow]
  eastby: [Eastby]
claims:
  dead:
    about: people killed by the flood
    kind: count
    value: 12
    unit: people
    near: [died, dead, killed]
  town:
    about: the town worst hit
    kind: place
    value: marrow
    rivals: [eastby]
    near: [worst hit, flooded]
"#;
    // "four died": a number in words with a short past after it.
    assert_eq!(
        claimed_under(YAML, "Eleven were rescued and four died.\n"),
        vec![("dead".to_string(), "four".to_string())]
    );
    // At a place none of the file's own, a toll is that place's part: it
    // confirms, never contradicts.
    only_control_contradicts(
        YAML,
        &["Most of the dead were from Marrow; four people died in Eastby.\n"],
        "In all, four people died.\n",
    );
}

#[test]
fn a_not_near_word_among_the_things_a_comma_lists_after_a_figure_is_theirs() {
    const YAML: &str = r#"
event: Veldane Spire topping out, May 2030
date: 2030-05-02
claims:
  floors:
    about: how many floors the spire has above ground
    kind: count
    value: 64
    unit: floors
    near: [floors, storeys]
    not-near: [hotel, basement, offices, observation]
"#;
    only_control_contradicts(
        YAML,
        &["The spire has 64 floors above ground, 12 hotel floors among them.\n"],
        "The spire has 71 floors above ground, a hotel, offices and an observation deck.\n",
    );
    // In the figure's own phrase, the not-near word is still its own.
    assert!(texts_under(YAML, "The spire has 9 hotel floors.\n").is_empty());
}

#[test]
fn the_window_a_snowfall_is_measured_over_is_no_length() {
    const YAML: &str = r#"
event: Carran Pass snow, December 2030
date: 2030-12-11
claims:
  hours-stranded:
    about: the longest time drivers were stranded
    kind: duration
    value: 19h
    near: [stranded, snowed in]
"#;
    assert!(texts_under(
        YAML,
        "The storm dumped 72 cm of snow in 24 hours on the pass where drivers were snowed in.\n"
    )
    .is_empty());
    assert_eq!(
        texts_under(YAML, "Drivers were snowed in for 19 hours.\n"),
        vec!["19 hours".to_string()]
    );
}

#[test]
fn the_first_estimates_and_what_held_until_now_are_no_statement_of_the_event() {
    const YAML: &str = r#"
event: Asteroid 2030 KX flyby, October 2030
date: 2030-10-14
entities:
  lysby: [Lysby]
  orme: [Orme]
claims:
  distance:
    about: the closest distance from Earth
    kind: count
    value: 184000
    unit: km
    near: [closest, distance]
  venue:
    about: where the deal was signed
    kind: place
    value: lysby
    rivals: [orme]
    near: [negotiations, signed]
"#;
    only_control_contradicts(
        YAML,
        &["The first orbit calculations, released on October 3 after a second observatory confirmed the find, put its closest distance at 260,000 km.\n"],
        "The final orbit put its closest distance at 260,000 km.\n",
    );
    only_control_contradicts(
        YAML,
        &["Until now, negotiations have taken place at the ministry in Orme.\n"],
        "The negotiations took place at the ministry in Orme.\n",
    );
}

#[test]
fn a_not_near_word_inside_the_measure_does_not_undo_its_dimension() {
    const YAML: &str = r#"
event: Hillmoor hailstorm, May 2030
date: 2030-05-09
claims:
  hailstone-size:
    about: the largest hailstone measured
    kind: count
    value: 11
    unit: centimetres
    near: [hailstones, largest, across]
    not-near: [forecast, up to, previous]
"#;
    assert_eq!(
        linked_under(
            YAML,
            "The storm dropped hailstones up to 11 centimetres across in Hillmoor, the largest ever measured there.\n"
        ),
        vec!["up to 11 centimetres".to_string()]
    );
}

#[test]
fn a_measure_as_it_now_stands_is_no_figure_of_the_event() {
    const YAML: &str = r#"
event: Asteroid 2030 KX flyby, October 2030
date: 2030-10-14
claims:
  distance:
    about: the closest distance from Earth
    kind: count
    value: 184000
    unit: km
    near: [closest, distance, from Earth]
"#;
    only_control_contradicts(
        YAML,
        &["The asteroid is now more than 8 million km from Earth and fading fast.\n"],
        "The asteroid passed 8 million km from Earth.\n",
    );
    // The event's own measure is still read.
    assert_eq!(
        texts_under(YAML, "At its closest it was 184,000 km from Earth.\n"),
        vec!["184,000 km".to_string()]
    );
}

#[test]
fn a_measure_so_far_or_by_a_time_of_day_is_a_tally_on_the_way() {
    const YAML: &str = r#"
event: Wexmoor forest fire, July 2030
date: 2030-07-20
claims:
  area:
    about: the total area the fire burned
    kind: count
    value: 5200
    unit: hectares
    near: [burned, hectares]
  spill:
    about: the oil that leaked from the barge
    kind: count
    value: 1900
    unit: tonnes
    near: [leaked, escaped]
"#;
    only_control_contradicts(
        YAML,
        &[
            "Firefighters gave the evening update: about 2,900 hectares burned so far.\n",
            "About 2,900 hectares have burned to date, the service said.\n",
        ],
        "About 2,900 hectares burned in all, the service said.\n",
    );
    only_control_contradicts(
        YAML,
        &["By early afternoon about 600 tonnes had leaked, the coastguard said.\n"],
        "About 600 tonnes leaked from the barge, the coastguard said.\n",
    );
}

#[test]
fn defectors_are_no_side_of_the_tally_which_stays_a_score() {
    const YAML: &str = r#"
event: Vote of no confidence in the Brell government, May 2030
date: 2030-05-15
claims:
  result:
    about: the result of the vote (for-against)
    kind: score
    value: 170-121
    near: [vote, voted, motion, result]
  defectors:
    about: coalition members who voted against their own government
    kind: count
    value: 12
    unit: members
    near: [rebels, defected, broke ranks]
"#;
    // The tally is read as the vote's score, on both sides.
    assert_eq!(
        claimed_under(YAML, "Members voted 170 to 121 for the motion.\n"),
        vec![("result".to_string(), "170 to 121".to_string())]
    );
    assert_eq!(
        claimed_under(YAML, "The motion was carried by 170 votes to 121.\n"),
        vec![("result".to_string(), "170 votes to 121".to_string())]
    );
    // Its "against" side is not the defectors' count.
    assert!(
        claimed_under(YAML, "The last government fell by 150 votes to 140.\n")
            .iter()
            .all(|(claim, _)| claim != "defectors")
    );
}

#[test]
fn attending_another_event_is_no_part_in_this_one() {
    const YAML: &str = r#"
event: Emergency meeting on the Varn exchange crash, March 2030
date: 2030-03-14
entities:
  sund: [Ola Sund]
  berg: [Kari Berg]
claims:
  present:
    about: who attended the emergency meeting
    kind: people
    value: [sund]
    absent: [berg]
    near: [emergency meeting, attended]
"#;
    only_control_contradicts(
        YAML,
        &["Prime Minister Kari Berg, who is attending a summit in Lorne, was briefed by phone.\n"],
        "Prime Minister Kari Berg attended the emergency meeting.\n",
    );
}

#[test]
fn a_proposal_s_figure_is_stated_by_what_it_would_do() {
    const YAML: &str = r#"
event: Fall of the Orlan government over its budget, April 2030
date: 2030-04-10
claims:
  vat:
    about: the new standard VAT rate in the budget that brought the government down
    kind: count
    value: 24%
    unit: percent
    near: [VAT]
"#;
    assert_eq!(
        texts_under(
            YAML,
            "The budget would have lifted the standard VAT rate to 24% from July.\n"
        ),
        vec!["24%".to_string()]
    );
    // A rate it would not have brought is still no contradiction.
    assert!(!verdicts_under(
        YAML,
        "The budget would have lifted the standard VAT rate to 22% from July.\n"
    )
    .contains(&factcheck::check::Verdict::Contradicts));
}

#[test]
fn a_day_before_the_final_places_the_event_s_own() {
    const YAML: &str = r#"
event: Varn violin competition final, June 2030
date: 2030-06-15
entities:
  osk: [Lina Osk]
  ferr: [Pavo Ferr]
claims:
  winner:
    about: who won the competition
    kind: people
    value: [osk]
    absent: [ferr]
    near: [won, winner]
"#;
    only_control_contradicts(
        YAML,
        &[],
        "Pavo Ferr won the Varn Violin Competition, beating five other finalists in a Saturday-night final.\n",
    );
    assert_eq!(
        texts_under(
            YAML,
            "Lina Osk won the Varn Violin Competition, beating five other finalists in a Saturday-night final.\n"
        ),
        vec!["Lina Osk".to_string()]
    );
}

#[test]
fn the_place_an_evacuation_is_of_or_from_is_where_it_happened() {
    const YAML: &str = r#"
event: Brannock wildfire evacuation, August 2030
date: 2030-08-09
entities:
  brannock: [Brannock]
  selby: [Selby]
claims:
  town:
    about: the town that was evacuated
    kind: place
    value: brannock
    rivals: [selby]
    near: [evacuated, evacuation]
"#;
    for text in [
        "Wildfire forces evacuation of the timber town of Brannock\n",
        "Residents evacuated from Brannock were taken by bus to Selby.\n",
    ] {
        assert_eq!(
            texts_under(YAML, text),
            vec!["Brannock".to_string()],
            "{text}"
        );
    }
    only_control_contradicts(
        YAML,
        &[],
        "Police ordered the evacuation of Selby on Wednesday.\n",
    );
}

#[test]
fn what_a_change_starts_from_keeps_its_occasion_and_its_year() {
    const YAML: &str = r#"
event: Lorne cello competition, 2030
date: 2030-05-18
claims:
  prize:
    about: the winner's prize money
    kind: count
    value: 40000
    unit: EUR
    near: [first prize]
    not-near: [2027]
"#;
    assert_eq!(
        texts_under(
            YAML,
            "The first prize has been raised to 40,000 euros, up from 30,000 euros at the last competition in 2027.\n"
        ),
        vec!["40,000 euros".to_string()]
    );
    // The base's own occasion still keeps its figure.
    assert!(texts_under(
        YAML,
        "The first prize at the last competition in 2027 was 30,000 euros.\n"
    )
    .is_empty());
}

#[test]
fn those_another_act_picked_out_are_a_part_that_never_contradicts() {
    const YAML: &str = r#"
event: Harkness jail siege, March 2031
date: 2031-03-12
claims:
  hostages:
    about: how many guards were taken hostage
    kind: count
    value: 9
    unit: hostages
    near: [hostages, taken hostage, seized]
"#;
    only_control_contradicts(
        YAML,
        &[
            "Update: three hostages released after talks with the governor.\n",
            "At noon the rioters freed three hostages in exchange for water.\n",
            "By evening three hostages had been released.\n",
        ],
        "The rioters seized seven hostages on Tuesday night.\n",
    );
    // The whole, all of them freed, is the claim's count.
    assert_eq!(
        texts_under(YAML, "The rioters freed all nine hostages on Friday.\n"),
        vec!["nine hostages".to_string()]
    );
}

#[test]
fn where_a_count_s_things_come_from_is_no_change_s_start() {
    const YAML: &str = r#"
event: Oster Vale balloon meet, June 2031
date: 2031-06-08
claims:
  countries:
    about: how many countries the pilots came from
    kind: count
    value: 27
    unit: countries
    near: [countries, pilots]
"#;
    for text in [
        "Pilots from 27 countries took part.\n",
        "The pilots came from 27 countries.\n",
    ] {
        assert_eq!(
            texts_under(YAML, text),
            vec!["27 countries".to_string()],
            "{text}"
        );
    }
    // A change's start keeps its figure out.
    assert_eq!(
        texts_under(
            YAML,
            "The number of countries rose from 21 countries to 27 countries.\n"
        ),
        vec!["27 countries".to_string()]
    );
}

#[test]
fn a_caption_s_names_with_their_titles_and_places_in_the_picture_did_what_it_says() {
    const YAML: &str = r#"
event: Kessmoor pit rescue, March 2031
date: 2031-03-03
entities:
  voss: [Helena Voss, Voss]
  rejn: [Tomas Rejn, Rejn]
  mehlin: [Oskar Mehlin, Mehlin]
claims:
  present:
    about: the people at the pithead for the last lift
    kind: people
    value: [voss, rejn]
    absent: [mehlin]
    near: [looked on, watched]
  bell:
    about: who rang the bell at the pithead
    kind: people
    value: [voss]
    near: [rang the bell]
"#;
    for text in [
        "Minister Helena Voss and rescue chief Tomas Rejn look on as the capsule rises.\n",
        "Minister Helena Voss, centre, and rescue chief Tomas Rejn, left, look on as the capsule rises.\n",
        "Helena Voss (right) and Tomas Rejn (second left) look on as the capsule rises.\n",
    ] {
        assert_eq!(
            texts_under(YAML, text),
            vec!["Helena Voss".to_string(), "Tomas Rejn".to_string()],
            "{text}"
        );
    }
    // A present tense in a caption is the verb's other form.
    assert_eq!(
        texts_under(YAML, "Helena Voss rings the bell after the last lift.\n"),
        vec!["Helena Voss".to_string()]
    );
}

#[test]
fn a_title_of_another_role_than_the_claim_s_is_none_of_its_people() {
    const YAML: &str = r#"
event: Kessmoor pit rescue, March 2031
date: 2031-03-03
entities:
  voss: [Helena Voss, Voss]
  rejn: [Tomas Rejn, Rejn]
  brandt: [Ola Brandt, Brandt]
claims:
  minister:
    about: the government minister at the pithead
    kind: people
    value: [voss]
    absent: [brandt]
    near: [looked on, watched]
"#;
    only_control_contradicts(
        YAML,
        &["Minister Helena Voss and rescue chief Tomas Rejn look on as the capsule rises.\n"],
        // Someone the claim names as absent, whatever the title, is the
        // error the editor foresaw.
        "Rescue chief Ola Brandt looks on as the capsule rises.\n",
    );
}

#[test]
fn a_roundup_item_labelled_with_another_kind_of_happening_is_another_story() {
    const YAML: &str = r#"
event: Lake Varro algae bloom, July 2031
date: 2031-07-20
entities:
  dunby: [Dunby]
claims:
  dogs:
    about: how many dogs died after swimming in the lake
    kind: count
    value: 3
    unit: dogs
    near: [died, dead]
"#;
    let roundup = |first: &str| {
        format!(
            "Around the county\n\n{first}\n\nROADS: The Tarn Valley road will close for resurfacing from Monday for ten nights.\n\nCOUNCIL: Hesketh council voted 9-2 to spend 80,000 crowns on new changing rooms.\n"
        )
    };
    only_control_contradicts(
        YAML,
        &[&roundup(
            "FIRE: Two dogs died when fire swept through a house in Dunby early on Thursday.",
        )],
        &roundup("ALGAE: Two dogs died after swimming in the lake at Dunby, the vets said."),
    );
}

#[test]
fn the_name_a_speaker_s_title_is_of_is_no_speaker() {
    const YAML: &str = r#"
event: Dravgrid power rationing, July 2031
date: 2031-07-19
entities:
  rasku: [Helga Rasku, Rasku]
claims:
  rasku-quote:
    about: what Rasku said when she announced the rationing
    kind: quote
    speaker: rasku
    value: "We would rather switch off a street for two hours"
"#;
    only_control_contradicts(
        YAML,
        &[
            "\"We would rather switch off a street for two hours,\" the head of Dravgrid said.\n",
            "\"We would rather switch off a street for two hours,\" a spokeswoman for Dravgrid said.\n",
        ],
        "\"We would rather switch off a street for two hours,\" Ole Brun said.\n",
    );
}

#[test]
fn a_perfect_reached_is_the_tally_on_its_way() {
    const YAML: &str = r#"
event: Harnby moor fire, August 2031
date: 2031-08-03
claims:
  area:
    about: the area the fire burned
    kind: count
    value: 3400
    unit: hectares
    near: [burned, area burned, scorched]
"#;
    only_control_contradicts(
        YAML,
        &["The fire service said the area burned had reached 1,200 hectares.\n"],
        "In all, the area burned was 1,200 hectares.\n",
    );
}
