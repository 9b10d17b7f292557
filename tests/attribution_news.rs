//! Attribution rows from news of other kinds than a summit: an election and
//! a company's results. They hold what a careful reader does with other
//! parties' figures, figures of other times, comparisons, forecasts,
//! results lists and roundups (SPEC rule 2, read as a fact-checker reads).
//! The sentences are our own.

use std::path::Path;

use factcheck::check::{Attributor, Link};
use factcheck::claims::{self, ClaimsFile};
use factcheck::extract::{ExtractOptions, Extractor};

const CLAIMS: &str = r#"
event: Corvia general election and Corvex results
date: 2027-05-09
entities:
  corvia: [Corvia]
  meda: [Ana Meda, Meda]
  lisbon: [Lisbon]
  harbour: [Harbour Town]
  ferry: [Ferry Rovers]
  elmfield: [Elmfield]
  brand: [Ivo Brand, Brand]
claims:
  alliance-seats:
    about: how many seats the Labour Alliance won
    kind: count
    value: 64
    unit: seats
    near: [Labour Alliance, won, seats]
  turnout:
    about: the share of voters who voted
    kind: count
    value: 71%
    unit: percent
    near: [turnout]
  profit:
    about: Corvex's quarterly net profit
    kind: count
    value: 210 million
    unit: EUR
    near: [profit]
  launch-city:
    about: where the Corvex Nova was unveiled
    kind: place
    value: corvia
    rivals: [lisbon]
    near: [unveiled]
  launch-date:
    about: the day the Corvex Nova was unveiled
    kind: date
    value: 2027-05-03
    near: [unveiled]
  crew:
    about: how many people flew the Arrow 4 mission
    kind: count
    value: 3
    near: [crew, pilots, engineer]
  revenue-growth:
    about: how much quarterly revenue grew
    kind: count
    value: 8%
    unit: percent
    near: [revenue, sales, up, rose]
  cup-final:
    about: the score of the cup semi-final
    kind: score
    value: 3-2
    sides: [harbour, ferry]
    near: [beat, semi-final]
  cup-crowd:
    about: how many watched the cup semi-final
    kind: count
    value: 30000
    tolerance: 5%
    near: [crowd, watched]
  cup-length:
    about: how long the cup semi-final lasted, with extra time
    kind: duration
    value: 120m
    near: [semi-final, extra time]
  cup-scorers:
    about: who scored in the cup semi-final
    kind: people
    value: [brand]
    near: [scored, net, goal]
  cup-venue:
    about: where the cup semi-final was played
    kind: place
    value: elmfield
    near: [semi-final, played]
"#;

fn file() -> ClaimsFile {
    claims::parse(Path::new("news.yaml"), CLAIMS).expect("the claims parse")
}

/// (claim id, mention text, link) for every candidate of `text`.
fn attributed(text: &str) -> Vec<(String, String, Link)> {
    let f = file();
    let options = ExtractOptions::from_claims(&f);
    let ex = Extractor::new(&options).extract(text);
    let mut out: Vec<_> = Attributor::new(&f)
        .attribute(&ex, text)
        .into_iter()
        .map(|c| (f.claims[c.claim].id.clone(), c.text.to_string(), c.link))
        .collect();
    out.sort();
    out
}

#[track_caller]
fn row(text: &str, want: &[(&str, &str)]) {
    let want: Vec<(String, String, Link)> = want
        .iter()
        .map(|(c, t)| (c.to_string(), t.to_string(), Link::Linked))
        .collect();
    assert_eq!(attributed(text), want, "{text}");
}

#[test]
fn another_partys_seats_are_its_own() {
    row("The Reform Party, which won 52 seats, conceded.", &[]);
    row(
        "Green leader Ana Meda, whose party won 11 seats, spoke.",
        &[],
    );
    row(
        "The Labour Alliance won 64 seats.",
        &[("alliance-seats", "64 seats")],
    );
}

#[test]
fn its_own_figure_is_someone_elses() {
    row(
        "Rival Tessa said its own quarterly profit fell to €90 million.",
        &[],
    );
}

#[test]
fn another_products_launch_is_its_own() {
    row(
        "Rival Tessa unveiled its Arc 2 in Lisbon, days before the Corvex Nova.",
        &[],
    );
}

#[test]
fn comparisons_and_other_times_are_no_statement_of_the_figure() {
    row(
        "Turnout was 71%, up from 66% in 2023.",
        &[("turnout", "71%")],
    );
    row(
        "Net profit was €210 million, against €190 million in the same quarter.",
        &[("profit", "€210 million")],
    );
    row("Net profit came to €190 million a year ago.", &[]);
}

#[test]
fn fronted_past_times_and_denials_are_no_statement_of_the_figure() {
    row("Four years ago, the Labour Alliance won 40 seats.", &[]);
    row("Turnout has not topped 60% since 2010.", &[]);
    row("Turnout has passed 70%.", &[("turnout", "70%")]);
}

#[test]
fn a_paragraph_opening_on_another_time_is_about_that_time() {
    row(
        "In 2023, the Labour Alliance won 40 seats. Turnout was 66%, up from 61% in 2019.\n\nThis time turnout was 71%.\n",
        &[("turnout", "71%")],
    );
}

#[test]
fn forecasts_and_polls_are_no_results() {
    row("An exit poll put turnout at 69%.", &[]);
    row("Consensus was for profit of €200 million.", &[]);
}

#[test]
fn a_results_list_gives_each_name_its_figure() {
    row(
        "The final tally: Labour Alliance 64, Reform Party 30, Greens 11.",
        &[("alliance-seats", "64")],
    );
}

#[test]
fn roundup_items_about_other_stories_say_nothing_of_this_one() {
    row(
        "CORVIA - The Labour Alliance won 64 seats.\n\nNORWAY - Turnout was 80%.\n\nCHILE - Turnout in the referendum was 50%.\n",
        &[("alliance-seats", "64 seats")],
    );
}

#[test]
fn a_change_is_the_change_of_what_it_is_said_of() {
    row(
        "Revenue rose 8% to €2 billion.",
        &[("revenue-growth", "8%")],
    );
    row(
        "Sales in the quarter were up 8%.",
        &[("revenue-growth", "8%")],
    );
    row("The Corvia index, which is up 3%, closed higher.", &[]);
    row("Corvex's depositary receipts are up 5% in New York.", &[]);
}

#[test]
fn a_clause_wrong_on_two_facts_at_once_is_another_occasion() {
    // 3 May 2027 is a Monday: a Thursday in Lisbon is another unveiling.
    row("A prototype was unveiled in Lisbon on Thursday.", &[]);
    // One fact right beside one wrong: this unveiling, with an error.
    row(
        "The Corvex Nova was unveiled in Lisbon on Monday.",
        &[("launch-city", "Lisbon"), ("launch-date", "Monday")],
    );
}

#[test]
fn the_number_of_a_name_is_no_count() {
    row(
        "The Arrow 4 crew waved from the pad. Arrow 4 lifted off at dawn.",
        &[],
    );
    row("A crew of three flew.", &[("crew", "three flew")]);
}

#[test]
fn parts_of_a_claims_total_are_not_the_total() {
    row("Aboard were 2 pilots and 1 engineer.", &[]);
}

#[test]
fn a_sentence_fronted_by_another_occasion_is_about_it() {
    row(
        "In the other chamber on Monday, the Labour Alliance won 40 seats.",
        &[],
    );
}

#[test]
fn a_score_is_the_match_of_its_sides() {
    // The number after a side's name is the score's, not part of the name.
    row(
        "Harbour Town beat Ferry Rovers 3-2 in the semi-final.",
        &[("cup-final", "3-2")],
    );
    // Another pair's match, in a relative clause of a sentence naming a side.
    row(
        "Harbour Town will meet Kelp United, who beat Mossgate 1-0 on Sunday.",
        &[],
    );
    row("Kelp United beat Mossgate 1-0.", &[]);
    // The same sides, another year.
    row(
        "Ferry Rovers beat Harbour Town 2-1 in last year's final.",
        &[],
    );
}

#[test]
fn moments_capacities_and_other_matches_are_no_statement_of_the_facts() {
    // A moment measured from a point, not the match's length.
    row(
        "Harbour Town scored the winner eight minutes from the end of extra time in the semi-final.",
        &[],
    );
    row(
        "The semi-final lasted 120 minutes.",
        &[("cup-length", "120 minutes")],
    );
    // What the ground holds is no crowd.
    row("The crowd filled Elmfield Park, which holds 32,500.", &[]);
    row(
        "A crowd of 30,000 watched the semi-final.",
        &[("cup-crowd", "30,000")],
    );
    // The final, in a sentence about the semi-final's winners, is another match.
    row(
        "Harbour Town face Kelp United, who beat Mossgate in the semi-final, in the final in Lonsdale on 16 May.",
        &[],
    );
}

#[test]
fn another_numbered_flight_schedules_and_gaps_are_not_this_events() {
    // The claim is about Arrow 4: Arrow 5's crew is Arrow 5's.
    row("Arrow 5, with a crew of four, flies next year.", &[]);
    // A schedule that changed is no error; one that held supports the day
    // (3 May 2027 is a Monday).
    row("The Corvex Nova is due to be unveiled on Tuesday.", &[]);
    row(
        "The Corvex Nova is due to be unveiled on Monday.",
        &[("launch-date", "Monday")],
    );
    // A gap between matches, and matches planned for later, say nothing of
    // how long this one lasted.
    row(
        "After two years without a semi-final, Harbour Town are back.",
        &[],
    );
    row(
        "The 90-minute semi-finals planned for 2028 will have no extra time.",
        &[],
    );
    row(
        "Broadcasters were planning for a semi-final of at least two hours.",
        &[],
    );
    row(
        "Police braced for a threatened 150-minute semi-final sit-in.",
        &[],
    );
}

#[test]
fn a_part_of_a_number_said_before_states_only_its_own_predicate() {
    row(
        "The crowd numbered 30,000, 12,000 of whom were away fans.",
        &[("cup-crowd", "30,000")],
    );
    row(
        "Some 52,000 fans applied, 30,000 of whom watched the semi-final.",
        &[("cup-crowd", "30,000")],
    );
}

#[test]
fn a_score_between_the_two_sides_confirms_and_never_contradicts() {
    row(
        "AET: Harbour Town 3-2 Ferry Rovers.",
        &[("cup-final", "3-2")],
    );
    // A live blog's score on the way.
    row("88 min: Harbour Town 2-2 Ferry Rovers.", &[]);
    // "since 2009" is a point of comparison, not when they won.
    row(
        "Harbour Town are through for the first time since 2009 after they beat Ferry Rovers 3-2 in the semi-final.",
        &[("cup-final", "3-2")],
    );
}

#[test]
fn a_roundup_heading_heads_the_lines_under_it() {
    row(
        "Football: Harbour Town through\nHarbour Town beat Ferry Rovers 3-2 in the semi-final.\n\nRugby: Kelp hold on\nThe Elmfield Kelps beat the Moss Lions 27-24 in the semi-final.\n\nTennis: Ona wins\nAna Ona beat the top seed 6-4 in the semi-final.\n",
        &[("cup-final", "3-2")],
    );
}

#[test]
fn a_side_of_a_score_is_a_team_not_a_person() {
    row(
        "Ivo Brand scored for Harbour Town.",
        &[("cup-scorers", "Ivo Brand")],
    );
    row(
        "The ball was in the net for Harbour Town but the flag was up.",
        &[],
    );
}

#[test]
fn a_sentence_opening_on_a_bare_past_time_is_about_it() {
    row(
        "A year ago the two sides met in the semi-final and Ferry Rovers won 4-1.",
        &[],
    );
}

#[test]
fn where_someone_else_was_is_not_where_it_happened() {
    row(
        "Ana Meda, speaking in Lisbon, welcomed the Corvex Nova, unveiled that morning.",
        &[],
    );
}

#[test]
fn what_was_called_off_did_not_happen() {
    row(
        "An unveiling of the Corvex Nova on Friday was called off.",
        &[],
    );
    row(
        "The Corvex Nova was unveiled on Friday.",
        &[("launch-date", "Friday")],
    );
}

#[test]
fn a_phrase_set_off_by_a_comma_is_no_subject_or_predicate() {
    row(
        "With more than 99% of returns counted, turnout was 71%.",
        &[("turnout", "71%")],
    );
    row(
        "Ana Meda, whose firm unveiled the Corvex Nova, spoke on Friday.",
        &[],
    );
    row(
        "The Corvex Nova, which was unveiled on Friday, sold out.",
        &[("launch-date", "Friday")],
    );
}
