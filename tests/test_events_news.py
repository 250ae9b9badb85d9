"""Short news paragraphs from several regions, with the events an analyst would list.

The paragraphs are written for these tests (no copied wire copy).  Time
expressions are given by hand so that these tests check the extractor only.
"""
import datetime as dt

import pytest

from timeline.events import extract_events
from timeline.gazetteer import load_gazetteer
from timeline.model import Article, Document, Timex
from timeline.sentences import split_sentences

PUB = dt.date(2024, 3, 12)  # a Tuesday
DAYS = {"Monday": "2024-03-11", "Sunday": "2024-03-10", "Saturday": "2024-03-09", "Friday": "2024-03-08",
        "Thursday": "2024-03-07", "Wednesday": "2024-03-06"}


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()[0]


def run(gaz, text, extra=()):
    """Events of `text`; weekday names are dated in the week before PUB, `extra` adds (phrase, value, gran)."""
    timexes = []
    for day, iso in DAYS.items():
        pos = text.find(day)
        while pos >= 0:
            d = dt.date.fromisoformat(iso)
            timexes.append(Timex(pos, pos + len(day), day, "DATE", iso, "day", d, d))
            pos = text.find(day, pos + 1)
    for phrase, value, gran in extra:
        pos = text.index(phrase)
        if gran == "day":
            d0 = d1 = dt.date.fromisoformat(value)
        else:
            d0, d1 = dt.date(int(value[:4]), 1, 1), dt.date(int(value[:4]), 12, 31)
        timexes.append(Timex(pos, pos + len(phrase), phrase, "DATE", value, gran, d0, d1))
    timexes.sort(key=lambda t: t.start)
    art = Article(id="n", text=text, published=PUB, source="n.txt")
    doc = Document(article=art, sentences=split_sentences(text), timexes=timexes)
    doc.mentions = gaz.find_mentions(text, doc.sentences)
    return extract_events(doc, gaz)


def rows(events):
    return [(e.type, e.stance, e.groups, e.value, e.location) for e in events]


def find(events, type_, **kw):
    found = [e for e in events if e.type == type_ and all(getattr(e, k) == v for k, v in kw.items())]
    assert found, rows(events)
    return found[0]


# ------------------------------------------------------------ speakers' sides from general cues

def test_title_with_a_demonym_gives_the_speaker_a_side(gaz):
    ev = run(gaz, "Colombian President Gustavo Petro on Monday condemned the killing of two soldiers by "
                  "dissident rebels in Cauca province.")
    st = find(ev, "statement", stance="condemnation")
    assert "Colombia" in st.groups and "Gustavo Petro" in st.actors and st.value == "2024-03-11"


def test_possessive_office_gives_the_speaker_a_side(gaz):
    ev = run(gaz, "Kenya's foreign minister warned on Sunday that fighters were massing near the Somali border.")
    st = find(ev, "statement", stance="warning")
    assert st.groups == ["Kenya"] and st.value == "2024-03-10"


def test_spokesman_for_a_national_ministry(gaz):
    ev = run(gaz, "A spokesman for the Mexican interior ministry denied on Thursday that soldiers had fired on "
                  "the crowd.")
    st = find(ev, "statement", stance="denial")
    assert st.groups == ["Mexico"]


def test_organization_title_before_a_name(gaz):
    ev = run(gaz, "NATO Secretary-General Mark Rutte urged allies on Friday to send more air defense systems.")
    st = find(ev, "statement", stance="appeal")
    assert st.groups == ["NATO"] and st.actors == ["Mark Rutte"]


def test_apposition_names_the_side_of_an_unknown_person(gaz):
    ev = run(gaz, "Basem Naim, a senior Hamas official, rejected the proposal on Wednesday.")
    st = find(ev, "statement", stance="rejection")
    assert st.groups == ["Hamas"] and st.value == "2024-03-06"


def test_officials_in_a_capital_speak_for_its_government(gaz):
    ev = run(gaz, "Officials in Kyiv accused Moscow on Saturday of shelling a power plant.")
    st = find(ev, "statement", stance="accusation")
    assert st.groups == ["Ukraine"]


def test_a_capital_as_subject_of_a_statement_verb(gaz):
    ev = run(gaz, "Bamako rejected the peace proposal on Monday.")
    st = find(ev, "statement", stance="rejection")
    assert st.groups == ["Mali"]


def test_a_capital_as_a_place_is_no_side(gaz):
    ev = run(gaz, "Gunmen attacked a checkpoint in Bamako on Friday.")
    at = find(ev, "attack")
    assert "Mali" not in at.groups and at.location == "Bamako"


def test_police_in_a_sentence_naming_a_country(gaz):
    ev = run(gaz, "Police in Nigeria arrested 12 suspected kidnappers on Saturday.")
    ar = find(ev, "arrest")
    assert ar.groups == ["Nigeria"] and ar.value == "2024-03-09"


def test_army_in_a_datelined_story(gaz):
    ev = run(gaz, "BAMAKO, Mali (AP) — The army denied on Sunday that soldiers had executed civilians in the "
                  "central region.")
    st = find(ev, "statement", stance="denial")
    assert st.groups == ["Mali"]


def test_unknown_speaker_keeps_the_name(gaz):
    ev = run(gaz, "Myanmar's junta spokesman Kyaw Zin Htet denied on Monday that the army had bombed a village.")
    st = find(ev, "statement", stance="denial")
    assert st.groups == ["Myanmar"] and "Kyaw Zin Htet" in st.actors
    # a spokesman the gazetteer knows speaks for the body he serves too
    ev = run(gaz, "Myanmar's junta spokesman Zaw Min Tun denied on Monday that the army had bombed a village.")
    st = find(ev, "statement", stance="denial")
    assert st.groups == ["Myanmar", "Myanmar military"] and "Zaw Min Tun" in st.actors


# ------------------------------------------------------------ criticism is no attack

@pytest.mark.parametrize("text", [
    "Opposition leaders attacked the president on Monday for failing to curb inflation.",
    "The newspaper launched a scathing attack on the new media law on Sunday.",
    "The decree is the latest assault on press freedom in the country.",
    "Such attacks are a threat to the whole region, the minister said on Monday.",
])
def test_criticism_and_generic_uses_are_no_attack(gaz, text):
    ev = run(gaz, text)
    assert not [e for e in ev if e.type == "attack"], rows(ev)


# ------------------------------------------------------------ reported clauses and their dates

def test_past_perfect_in_a_report_is_on_or_before_the_report_day(gaz):
    ev = run(gaz, "The Syrian army said on Monday that rebels had attacked a base near Hama.")
    at = find(ev, "attack")  # not the publication day, after the report: the report's day at the latest
    assert at.value == "2024-03-11" and at.date_basis == "implied" and "on or before" in at.explanation
    assert at.location == "Hama"


def test_reported_event_with_its_own_year(gaz):
    ev = run(gaz, "Officials said on Monday that the militants had seized the town in 2012.",
             [("2012", "2012", "year")])
    at = find(ev, "attack")
    assert at.value == "2012"


# ------------------------------------------------------------ demanded things are no events

@pytest.mark.parametrize("text", [
    "Thousands of protesters marched in Yangon on Sunday demanding the resignation of the military government.",
    "Opposition parties called on Monday for early elections.",
    "Students rallied in Dhaka on Friday to demand fresh elections.",
])
def test_demanded_things_are_no_political_events(gaz, text):
    ev = run(gaz, text)
    assert not [e for e in ev if e.type == "political"], rows(ev)


# ------------------------------------------------------------ labour strikes

@pytest.mark.parametrize("text", [
    "Dockworkers in Antwerp went on strike on Monday over pay.",
    "Doctors began a three-day strike on Sunday at state hospitals.",
    "A nationwide strike shut schools and banks in Nairobi on Friday.",
])
def test_labour_strikes_are_no_attacks(gaz, text):
    ev = run(gaz, text)
    assert not [e for e in ev if e.type == "attack"], rows(ev)


def test_air_strike_stays_an_attack(gaz):
    ev = run(gaz, "An Israeli strike on a house in Rafah killed six people on Sunday.")
    assert [e for e in ev if e.type in ("attack", "killing")], rows(ev)


# ------------------------------------------------------------ locations

def test_dateline_is_the_default_place(gaz):
    ev = run(gaz, "KHARTOUM, Sudan (AP) — Paramilitary fighters shelled a crowded market on Saturday, "
                  "activists said.")
    at = find(ev, "attack")
    assert at.location == "Khartoum"


def test_place_after_in_is_the_location_not_the_actor_country(gaz):
    ev = run(gaz, "Syrian government forces shelled rebel positions in Idlib province on Thursday.")
    at = find(ev, "attack")
    assert at.location == "Idlib province" and "Syria" in at.groups


def test_cartel_gunmen_in_a_mexican_state(gaz):
    ev = run(gaz, "Cartel gunmen ambushed a police convoy near Culiacan on Friday, killing four officers.")
    at = find(ev, "attack")
    assert at.location == "Culiacan" and at.value == "2024-03-08"


def test_a_foreign_official_in_a_capital_keeps_his_own_side(gaz):
    ev = run(gaz, "A French official in Bamako said on Monday that the talks had stalled. "
                  "Officials in Bamako denied it on Tuesday.")
    sts = [e for e in ev if e.type == "statement"]
    assert [e.groups for e in sts] == [["France"], ["Mali"]], rows(ev)


def test_forces_of_someone_else_take_no_side_from_the_dateline(gaz):
    ev = run(gaz, "DAMASCUS, Syria (AP) — Troops loyal to the rebel commander stormed a village on Sunday.")
    at = find(ev, "attack")
    assert "Syria" not in at.groups and at.location == "Damascus"


def test_gaza_paragraph(gaz):
    text = ("Israeli airstrikes killed at least 12 people in Rafah on Sunday, according to hospital officials. "
            "Hamas condemned the strikes on Monday and warned of a wider war. "
            "Israel's military said it had targeted militants who fired rockets at Ashkelon.")
    ev = run(gaz, text)
    kill = [e for e in ev if e.type in ("attack", "killing") and e.value == "2024-03-10"][0]
    assert "Israel" in kill.groups and kill.value == "2024-03-10" and kill.location == "Rafah"
    cond = find(ev, "statement", stance="condemnation")
    assert cond.groups == ["Hamas"] and cond.value == "2024-03-11"
    assert all(e.date_basis != "stated" for e in ev if e.location == "Ashkelon"), rows(ev)


def test_ukraine_paragraph(gaz):
    text = ("KYIV, Ukraine (Reuters) — Russian missiles struck an energy facility in the Lviv region on Saturday, "
            "the regional governor said. Kyiv accused Moscow of trying to freeze civilians.")
    ev = run(gaz, text)
    at = find(ev, "attack")
    assert "Russia" in at.groups and at.value == "2024-03-09" and at.location == "Lviv region"
    acc = find(ev, "statement", stance="accusation")
    assert acc.groups == ["Ukraine"]


def test_the_report_day_is_no_stated_date_of_a_reported_event(gaz):
    ev = run(gaz, "The junta said on Monday its troops stormed the town.")
    at = find(ev, "attack")
    assert at.date_basis != "stated"
    ev = run(gaz, "The junta said on Monday its troops had stormed the town.")
    at = find(ev, "attack")  # on or before the report's day, never the later publication day
    assert at.date_basis == "implied" and at.value == "2024-03-11" and "on or before" in at.explanation


def test_capturing_a_town_is_fighting_not_an_arrest(gaz):
    ev = run(gaz, "Rebels of the Arakan Army captured the town of Paletwa on Saturday.")
    assert find(ev, "attack").value == "2024-03-09" and not [e for e in ev if e.type == "arrest"]


def test_place_names_with_particles_and_no_person_as_place(gaz):
    ev = run(gaz, "A car bomb exploded near a market in Dar es Salaam on Friday.")
    assert find(ev, "attack").location == "Dar es Salaam"
    ev = run(gaz, "Prosecutors charged General Juan Ramos on Monday in the Ramos shooting.")
    assert all(e.location != "Ramos" for e in ev), rows(ev)


def test_dangers_faced_are_no_events_and_named_forces_are_no_role(gaz):
    ev = run(gaz, "The head of the U.N. agency warned on Monday that aid convoys faced attacks in Darfur.")
    assert find(ev, "statement", stance="warning").groups == ["United Nations"]
    assert not [e for e in ev if e.type == "attack"], rows(ev)
    ev = run(gaz, "Security forces in Burkina Faso killed 20 militants on Sunday, the army said.")
    assert find(ev, "killing").groups == ["Burkina Faso"]
    ev = run(gaz, "The Arakan Army said on Monday it had seized a base in Myanmar.")
    assert find(ev, "statement").groups == ["Arakan Army"], rows(ev)
    # (the state of the place an armed group struck is the other side, and said to be implied)
    assert "implied, the state where it struck" in find(ev, "attack").explanation


def test_criticism_is_a_condemnation_by_the_critic(gaz):
    ev = run(gaz, "Colombian President Gustavo Petro attacked the central bank on Monday for failing to cut rates.")
    st = find(ev, "statement", stance="condemnation")
    assert st.groups == ["Colombia"] and st.value == "2024-03-11"
    assert not [e for e in ev if e.type == "attack"], rows(ev)


def test_unknown_speakers_names_stay_in_actors(gaz):
    ev = run(gaz, "Gunmen ambushed a bus near Mopti on Sunday, Amadou Traore said.")
    at = find(ev, "attack")
    assert "Amadou Traore" in at.actors and at.location == "Mopti"


def test_sahel_paragraph(gaz):
    text = ("NIAMEY, Niger (AP) — Suspected jihadists killed at least 17 soldiers in an ambush near the border "
            "with Mali on Tuesday, the defense ministry said.\n\n"
            "Opposition figures demanded the release of detained President Mohamed Bazoum and called for a "
            "return to civilian rule.")
    ev = run(gaz, text, [("Tuesday", "2024-03-12", "day")])
    at = [e for e in ev if e.type in ("attack", "killing")]
    assert at and at[0].value == "2024-03-12" and at[0].location == "Niamey" and "Mali" not in at[0].groups
    assert not [e for e in ev if e.type in ("arrest", "political")], rows(ev)


def test_labour_strike_and_captured_headquarters(gaz):
    ev = run(gaz, "Fighters of the Arakan Army captured a battalion headquarters in Rakhine state on Sunday.")
    assert find(ev, "attack").value == "2024-03-10" and not [e for e in ev if e.type == "arrest"]


def test_a_labour_strike_is_a_protest_and_a_military_strike_on_workers_an_attack(gaz):
    ev = run(gaz, "Thousands of garment workers went on strike in Yangon on Monday to protest the conscription law.")
    pr = find(ev, "protest")
    assert pr.value == "2024-03-11" and pr.location == "Yangon" and not [e for e in ev if e.type == "attack"]
    ev = run(gaz, "A Russian strike on a factory killed six workers in Kharkiv on Sunday.")
    assert [e for e in ev if e.type in ("attack", "killing")], rows(ev)


def test_a_domestic_office_under_a_dateline(gaz):
    ev = run(gaz, "MEXICO CITY (Reuters) — Governor Alfonso Durazo condemned the massacre of nine people on Sunday.")
    st = find(ev, "statement", stance="condemnation")
    assert st.groups == ["Mexico"] and "Alfonso Durazo" in st.actors


def test_myanmar_junta_spokesman_after_a_sentence_naming_the_country(gaz):
    text = ("Myanmar's military government extended the state of emergency on Wednesday. "
            "A junta spokesman, Major General Zaw Min Tun, rejected the claim on Thursday.")
    ev = run(gaz, text)
    st = find(ev, "statement", stance="denial")  # rejecting a claim denies it
    assert "Myanmar" in st.groups and st.value == "2024-03-07"


# ------------------------------------------------------------ casualties and spokesmen of a group

def test_a_spokesman_of_the_group_speaks_for_it_and_casualties_take_the_strikes_day(gaz):
    text = ("The United States and Britain launched dozens of air strikes against Houthi targets in Yemen on "
            "Friday.\n\nThe Houthis said five of their fighters were killed in 73 strikes. Mohammed Abdulsalam, the "
            "group's chief negotiator, condemned the strikes as aggression.")
    ev = run(gaz, text)
    assert len([e for e in ev if e.type == "attack"]) == 1, rows(ev)
    kill = find(ev, "killing")
    assert kill.value == DAYS["Friday"] and kill.date_basis == "implied" and "Houthis" in kill.groups
    cond = find(ev, "statement", stance="condemnation")
    assert cond.groups == ["Houthis"] and cond.actors == ["Mohammed Abdulsalam"]


def test_an_adviser_to_a_known_president_speaks_for_his_side(gaz):
    text = ("Drones struck districts of Moscow on Tuesday, and the defence ministry blamed Kyiv. Mykhailo Podolyak, an "
            "adviser to President Volodymyr Zelenskiy, denied Ukraine was directly involved.")
    ev = run(gaz, text, extra=[("Tuesday", "2024-03-12", "day")])
    denial = find(ev, "statement", stance="denial")
    assert denial.groups == ["Ukraine"] and "Mykhailo Podolyak" in denial.actors


def test_a_country_a_ministry_blames_is_not_its_side(gaz):
    ev = run(gaz, "The defence ministry blamed Kyiv.")
    assert not [e for e in ev if e.type == "statement" and "Ukraine" in e.groups], rows(ev)
    ev = run(gaz, "MOSCOW (Reuters) - The defence ministry blamed Kyiv.")
    assert find(ev, "statement", stance="accusation").groups == ["Russia"]  # the dateline's country speaks


def test_a_side_that_says_it_struck_is_the_attacker(gaz):
    ev = run(gaz, "Kataib Hezbollah said it fired rockets at the base on Monday.")
    assert find(ev, "attack").groups == ["Kataib Hezbollah"]
    ev = run(gaz, "Ukraine's air force said it had shot down 29 of 31 drones on Monday.")
    assert find(ev, "attack").groups == ["Ukraine"]
    ev = run(gaz, "Iran denied it fired rockets at the base on Monday.")
    assert "Iran" not in find(ev, "attack").groups  # a denial names no perpetrator


def test_a_count_since_then_is_not_dated_at_its_start(gaz):
    text = "The list began in 1950, when the FBI arrested a bank robber. Since then, 427 fugitives have been taken into custody."
    ev = run(gaz, text, extra=[("1950", "1950", "year")])
    arrests = sorted((e for e in ev if e.type == "arrest"), key=lambda e: e.sentence_start)
    assert [e.value for e in arrests] == ["1950", PUB.isoformat()]
    assert arrests[0].groups == ["United States"]  # the FBI is a US agency


def test_adjectives_accused_and_alleged_are_no_accusation(gaz):
    ev = run(gaz, "The FBI put alleged terrorist mastermind Osama bin Laden and accused doctor killer James Kopp on its "
                  "list of most wanted fugitives on Monday.")
    assert not [e for e in ev if e.stance == "accusation"], rows(ev)
    ev = run(gaz, "The US accused militias of attacking the base on Monday.")
    assert find(ev, "statement", stance="accusation").groups == ["United States"]


def test_a_surname_speaker_not_named_before_has_no_side(gaz):
    ev = run(gaz, "The group receives threats from organizations with ties to Osama bin Laden, Freeh said on Monday.")
    assert not [e for e in ev if e.type == "statement" and "Al-Qaeda" in e.groups], rows(ev)


# ------------------------------------------------------------ statements: speakers, stances, claims

def test_a_stance_by_a_speaker_the_gazetteer_does_not_know_is_kept(gaz):
    ev = run(gaz, "Gold Apollo on Monday denied any link to the blasts.")
    st = find(ev, "statement", stance="denial")
    assert st.groups == [] and "Gold Apollo" in st.actors and st.value == "2024-03-11"
    # a passive with no one behind it is no statement, nor is plain reporting by an unknown source
    ev = run(gaz, "Any violence against US forces will be almost certainly blamed on Iran.")
    assert not [e for e in ev if e.type == "statement"], rows(ev)
    ev = run(gaz, "Some reports said the attackers fled.")
    assert not [e for e in ev if e.type == "statement"], rows(ev)


def test_the_speaker_of_a_casualty_count_is_no_victim(gaz):
    ev = run(gaz, "Houthi military spokesman Yahya Saree said five fighters were killed in the strikes.")
    k = find(ev, "killing")
    assert "Yahya Saree" not in k.actors or "victims" not in k.explanation, k.explanation
    assert k.groups == ["Houthis"]


def test_a_speaker_with_an_apposition_and_a_time_before_the_verb(gaz):
    ev = run(gaz, "Qais al-Khazali, the leader of the Asaib Ahl al-Haq militia, on Saturday accused the prime "
                  "minister of being responsible for the deaths.")
    st = find(ev, "statement", stance="accusation")
    assert st.groups == ["Asaib Ahl al-Haq"] and st.value == "2024-03-09"
    ev = run(gaz, "Another Iraqi armed group, Kataib Sayyid al-Shuhada, said on Monday that the killing \"will not go "
                  "unpunished\".")
    st = find(ev, "statement", stance="threat")
    assert st.groups == ["Kataib Sayyid al-Shuhada"] and st.value == "2024-03-11"


def test_threats_reported_without_quotes(gaz):
    ev = run(gaz, "Kataib Hezbollah said its fighters would respond to the strike.")
    assert find(ev, "statement", stance="threat").groups == ["Kataib Hezbollah"]
    ev = run(gaz, "Kataib Hezbollah said its fighters would leave the base.")
    assert not [e for e in ev if e.stance == "threat"], rows(ev)


def test_described_as_gives_the_verdict(gaz):
    ev = run(gaz, "Iraqi Prime Minister Mohammed Shia al-Sudani described the attack as \"a heinous crime\".")
    assert find(ev, "statement", stance="condemnation").groups == ["Iraq"]


def test_votes_and_resolutions_are_political_acts(gaz):
    ev = run(gaz, "Iraq's parliament voted in favor of a resolution calling for the expulsion of U.S. troops on Sunday.")
    assert find(ev, "political").groups == ["Iraq"]
    ev = run(gaz, "The U.N. Security Council on Wednesday passed a resolution demanding a ceasefire.")
    assert find(ev, "political").value == "2024-03-06"


def test_a_claim_without_the_word_responsibility(gaz):
    text = ("MOGADISHU, Somalia (Reuters) - Gunmen stormed a beach restaurant on Friday, killing 32 people. "
            "Al-Shabaab claimed the attack on Saturday.")
    ev = run(gaz, text)
    at = find(ev, "attack")
    assert at.value == "2024-03-08" and "Al-Shabaab" in at.groups
    cl = find(ev, "statement", stance="claim")
    assert cl.value == "2024-03-09" and cl.groups == ["Al-Shabaab"]
    assert len([e for e in ev if e.type == "attack"]) == 1, rows(ev)  # "the attack" is the one told
    ev = run(gaz, "A car bomb exploded outside a cafe on Sunday. Al-Shabaab claimed that bombing too.")
    assert "Al-Shabaab" in find(ev, "attack").groups
    ev = run(gaz, "The land claimed by Palestinians was seized in an attack.")
    assert not [e for e in ev if e.stance == "claim"], rows(ev)


def test_a_past_perfect_background_does_not_set_the_story_time(gaz):
    text = ("Saddam appeared to accept a treaty he had rejected in peace talks following the August 1988 cease-fire. "
            "Iran said it welcomed the move.")
    ev = run(gaz, text, extra=[("August 1988", "1988", "year")])
    said = [e for e in ev if e.type == "statement" and e.sentence.startswith("Iran said")]
    assert said and said[0].value == PUB.isoformat(), rows(ev)


def test_past_leaders_speak_for_their_states(gaz):
    ev = run(gaz, "President Bill Clinton on Thursday condemned the bomb attacks at U.S. embassies in Kenya and Tanzania.")
    assert find(ev, "statement", stance="condemnation").groups == ["United States"]
    ev = run(gaz, "Saddam Hussein on Friday denounced the blockade.")
    assert find(ev, "statement", stance="condemnation").groups == ["Iraq"]


def test_plans_and_plots_are_not_attacks(gaz):
    ev = run(gaz, "Trump said Soleimani was plotting imminent attacks on American diplomats.")
    assert not [e for e in ev if e.type == "attack"], rows(ev)
    assert find(ev, "statement", stance="accusation").groups == ["United States"]
    ev = run(gaz, "Lukashenko said he had agreed to deploy troops, accusing Kyiv of planning an attack on Belarus.")
    assert not [e for e in ev if e.type == "attack"], rows(ev)
    assert find(ev, "statement", stance="accusation").groups == ["Belarus"]


def test_an_assassination_attempt_is_an_attack(gaz):
    ev = run(gaz, "The prime minister escaped unhurt after an assassination attempt with an explosive-laden drone on "
                  "his residence on Sunday.")
    assert find(ev, "attack").value == "2024-03-10"
    assert not [e for e in ev if e.type == "killing"], rows(ev)


def test_slogans_and_phone_calls_are_no_events(gaz):
    ev = run(gaz, "Thousands of mourners chanted \"Death to America\" in Baghdad on Monday.")
    assert not [e for e in ev if e.type == "killing"], rows(ev)
    ev = run(gaz, "Abdul-Mahdi told U.S. Defense Secretary Mark Esper during a phone call on Sunday that he rejected "
                  "the plan.")
    st = find(ev, "statement", stance="rejection")
    assert st.groups == ["Iraq"] and st.value == "2024-03-10"  # "he" is the one who speaks
    assert not [e for e in ev if e.stance == "appeal"], rows(ev)
    ev = run(gaz, "Iran renewed its call for restraint on Monday.")
    assert find(ev, "statement", stance="appeal").groups == ["Iran"]


def test_a_retaliation_keeps_its_own_date(gaz):
    ev = run(gaz, "Hezbollah retaliated on Sunday with hundreds of rockets fired at northern Israel.")
    at = find(ev, "attack")
    assert at.value == "2024-03-10" and "Hezbollah" in at.groups


def test_the_occasion_of_the_words_dates_them(gaz):
    ev = run(gaz, "Mike Pompeo, speaking to reporters in Florida on Sunday after briefing President Donald Trump, "
                  "said the strikes were a success.")
    st = find(ev, "statement")
    assert st.actors == ["Mike Pompeo"] and st.value == "2024-03-10"


def test_a_short_name_and_a_second_verb_after_what_was_said(gaz):
    text = ("Iran's Revolutionary Guard fired missiles at the base on Tuesday.\n"
            "The Guard said in a statement that the operation was a success and warned the U.S. against retaliating.")
    ev = run(gaz, text, extra=[("Tuesday", "2024-03-12", "day")])
    st = find(ev, "statement", stance="warning")
    assert "IRGC" in st.groups


def test_militants_and_factions_backed_by_iran(gaz):
    ev = run(gaz, "A one-way drone attack by Iran-backed militants killed three American service members on Sunday.")
    at = find(ev, "attack")
    assert "Iran-backed militias" in at.groups and at.value == "2024-03-10"


def test_what_the_speaker_called_an_attack_is_the_attack_told(gaz):
    text = ("Fighters attacked a military police school in Bamako on Tuesday, the army said.\n"
            "Mali's government spokesman Colonel Abdoulaye Maiga condemned what he called a \"cowardly\" attack.")
    ev = run(gaz, text, extra=[("Tuesday", "2024-03-12", "day")])
    assert len([e for e in ev if e.type == "attack"]) == 1, rows(ev)
    st = find(ev, "statement", stance="condemnation")
    assert st.groups == ["Mali"] and st.actors == ["Abdoulaye Maiga"]  # the rank is no part of the name
    ev = run(gaz, "The Houthis fired 21 drones at ships on Tuesday, in what the U.S. military called its largest "
                  "attack yet.", extra=[("Tuesday", "2024-03-12", "day")])
    assert [e.groups for e in ev if e.type == "attack"] == [["Houthis"]], rows(ev)


def test_a_blame_in_a_relative_clause(gaz):
    ev = run(gaz, "Putin said the strikes were retaliation for what he called a \"terrorist attack\" on the Kerch "
                  "bridge on Saturday, which he blamed on Ukraine's special services.")
    assert find(ev, "statement", stance="accusation").groups == ["Russia"]
    at = find(ev, "attack", value="2024-03-09")
    assert "Ukraine" in at.groups and "Ukraine" in at.alleged_by


def test_weapon_words_modifying_other_nouns_are_no_new_attack(gaz):
    text = ("The United States and Britain launched dozens of airstrikes against Houthi targets in Yemen on Friday.\n"
            "The strikes hit radar systems, drone and missile storage and launch sites, U.S. officials said.")
    ev = run(gaz, text)
    assert len([e for e in ev if e.type == "attack"]) == 1, rows(ev)
    assert not [e for e in ev if e.type == "statement"], rows(ev)  # the officials only report the strikes


def test_a_formation_told_in_a_relative_clause(gaz):
    ev = run(gaz, "The U.S.-led coalition, which was formed in 2014 to fight Islamic State, has 2,500 troops in Iraq.",
             extra=[("2014", "2014", "year")])
    f = find(ev, "formation")
    assert "US-led coalition" in f.groups and f.value == "2014"


def test_the_dead_named_again_are_no_new_killing(gaz):
    text = ("A drone attack killed three U.S. soldiers at a base in Jordan on Sunday.\n"
            "The Defense Department on Monday identified the three soldiers killed as Sgt. William Rivers and two "
            "others. Funerals for some of those killed were to be held on Wednesday.")
    ev = run(gaz, text)
    assert [e.type for e in ev if e.type in ("attack", "killing")] == ["attack"], rows(ev)
    ev = run(gaz, "Gunmen killed the mayor on Sunday. The mayor's brother killed a policeman on Monday.")
    # (the gunmen's killing of the mayor, then the brother's: a verb with an object is a killing of its own)
    assert [e.value for e in ev if e.type == "killing"] == ["2024-03-10", "2024-03-11"], rows(ev)
    ev = run(gaz, "A bomb exploded on Sunday. The 11 Americans were killed in Kenya.")
    assert [e for e in ev if e.type == "killing"] or "casualties" in find(ev, "attack").explanation


def test_a_blame_across_an_apposition(gaz):
    ev = run(gaz, "Washington had already blamed Kataib Hezbollah, a militia founded by al-Muhandis, for a Sunday rocket "
                  "attack that killed an American contractor, and American warplanes struck the group's bases on Monday.")
    at = find(ev, "attack", value="2024-03-10")
    assert at.groups == ["Kataib Hezbollah"] and at.alleged_by == ["Kataib Hezbollah"]
    assert not [e for e in ev if e.type == "formation"], rows(ev)  # "a militia founded by": a description
    strike = find(ev, "attack", value="2024-03-11")
    assert "Kataib Hezbollah" in strike.groups and "Popular Mobilization Forces" not in strike.groups  # "the group"


def test_casting_doubt_on_an_attack_is_a_statement(gaz):
    text = ("A drone packed with explosives hit the prime minister's residence on Sunday.\n"
            "Abu Ali al-Askari, a security official of the Kataib Hezbollah militia, cast doubt on the attack.")
    ev = run(gaz, text)
    assert find(ev, "statement").groups == ["Kataib Hezbollah"]
    assert [e.groups for e in ev if e.type == "attack"] == [[]], rows(ev)  # the doubter is not the attacker


def test_a_series_since_a_date_spans_up_to_publication(gaz):
    ev = run(gaz, "U.S. and coalition forces have been attacked at least 160 times in Iraq and Syria since Oct. 17.",
             extra=[("Oct. 17", "2023-10-17", "day")])
    at = find(ev, "attack")
    assert at.date == dt.date(2023, 10, 17) and at.date_end == PUB and at.granularity == "vague"
    assert "series" in at.explanation
    ev = run(gaz, "He has been arrested more than a dozen times.")
    assert not ev, rows(ev)  # a habit with no start is no event


def test_it_came_days_after_counts_back_from_the_event_told(gaz):
    text = ("A drone hit the prime minister's residence early on Sunday. "
            "The attack came two days after protests over the election results turned deadly.")
    ev = run(gaz, text)
    p = find(ev, "protest")
    assert p.value == "2024-03-08" and p.date_basis == "derived"
    assert not [e for e in ev if e.type == "political"], rows(ev)  # "the election results": no election told


def test_more_acts_of_war_and_politics(gaz):
    ev = run(gaz, "Gunmen laid siege to the Hayat Hotel on Friday.")
    assert find(ev, "attack").value == "2024-03-08"
    ev = run(gaz, "The government launched an offensive against al-Shabab on Monday.")
    assert "Al-Shabaab" in find(ev, "attack").groups
    ev = run(gaz, "U.S. and British warships shot them all down on Sunday.")
    assert find(ev, "attack").groups == ["United States", "United Kingdom"]
    ev = run(gaz, "The army seized power in a coup on Sunday.")
    assert find(ev, "political").value == "2024-03-10"
    ev = run(gaz, "Without some unexpected coup de theatre, the deal will close.")
    assert not [e for e in ev if e.type == "political"], rows(ev)
    ev = run(gaz, "The U.S. and Britain carried out strikes from the air and sea against more than a dozen Houthi "
                  "targets on Friday.")
    assert "Houthis" in find(ev, "attack").groups


def test_an_exchange_of_fire_since_a_date_is_a_series(gaz):
    ev = run(gaz, "Hezbollah and Israel have exchanged fire almost daily since Oct. 8.",
             extra=[("Oct. 8", "2023-10-08", "day")])
    at = find(ev, "attack")
    assert at.date == dt.date(2023, 10, 8) and at.date_end == PUB


def test_shot_dead_by_forces_and_gunmen_as_an_object(gaz):
    text = ("MOGADISHU, Somalia (AP) — Gunmen stormed a beachside restaurant on Friday, police said.\n"
            "One attacker blew himself up and three were shot dead by security forces, he said.")
    ev = run(gaz, text)
    assert "Somalia" in find(ev, "killing").groups
    ev = run(gaz, "Police shot dead two gunmen on Monday.")
    assert not [e for e in ev if e.type == "attack"], rows(ev)
    assert find(ev, "killing").value == "2024-03-11"


def test_a_list_of_speakers_keeps_every_name(gaz):
    ev = run(gaz, "Qatar, Jordan and Egypt denounced the strikes.")
    assert find(ev, "statement", stance="condemnation").groups == ["Qatar", "Jordan", "Egypt"]
    ev = run(gaz, "Saudi Arabia condemned the strikes, and Iraq, Jordan and the United Arab Emirates also denounced them.")
    groups = [e.groups for e in ev if e.stance == "condemnation"]
    assert ["Saudi Arabia"] in groups and ["Iraq", "Jordan", "United Arab Emirates"] in groups, rows(ev)
    ev = run(gaz, "The United States and the European Union, which like Turkey list the PKK as a terrorist "
                  "organisation, condemned the bombing.")
    assert find(ev, "statement", stance="condemnation").groups == ["United States", "European Union"]


def test_the_attack_named_again_is_the_story_s_not_the_one_it_answers(gaz):
    text = ("Israel carried out air strikes against military targets in Iran on Saturday, in retaliation for the "
            "barrage of missiles Iran fired at Israel on Sunday. Iran's army said two soldiers were killed in the attack.")
    ev = run(gaz, text)
    assert find(ev, "killing").value == "2024-03-09", rows(ev)


def test_launches_sweeps_and_named_offensives(gaz):
    ev = run(gaz, "On Sunday, Iran launched hundreds of drones and missiles at Israel.")
    assert find(ev, "attack").groups[0] == "Iran"
    ev = run(gaz, "The group has carried out hundreds of attacks.")
    assert not ev, rows(ev)  # a count of attacks, no one event
    ev = run(gaz, "The RSF swept into Gezira state on Monday, seizing its capital Wad Madani.")
    assert find(ev, "attack").value == "2024-03-11"
    ev = run(gaz, "Turkey launched its latest ground offensive there, dubbed Claw-Lock, in April 2022.",
             extra=[("April 2022", "2022", "year")])
    assert find(ev, "attack").value == "2022"


def test_denials_threats_and_objections_in_other_words(gaz):
    ev = run(gaz, "Kataib Hezbollah on Monday distanced itself from the bombing.")
    assert find(ev, "statement", stance="denial").groups == ["Kataib Hezbollah"]
    ev = run(gaz, "A U.S. official said Washington had been notified before the strikes but was not involved in them.")
    assert find(ev, "statement", stance="denial").groups == ["United States"]
    ev = run(gaz, "Prime Minister Shehbaz Sharif vowed \"stern action\" against those behind the bombing.")
    assert find(ev, "statement", stance="threat").groups == ["Pakistan"]
    ev = run(gaz, "Somalia's president vowed on Sunday to crush the militants.")
    assert find(ev, "statement").stance == "threat"
    ev = run(gaz, "Israeli Prime Minister Benjamin Netanyahu vowed to destroy Hamas.")
    assert find(ev, "statement").stance == "threat"
    ev = run(gaz, "Somalia's president vowed on Sunday to rebuild the schools.")
    assert find(ev, "statement").stance != "threat"
    ev = run(gaz, "Baghdad has repeatedly protested the incursions as a violation of its sovereignty.")
    assert find(ev, "statement", stance="condemnation").groups == ["Iraq"]
    ev = run(gaz, "Thousands protested in Baghdad on Friday.")
    assert find(ev, "protest").value == "2024-03-08"


def test_words_that_tell_no_new_event(gaz):
    for text in ("The RSF said on Monday its forces had attacked three army camps. It did not mention civilian deaths.",
                 "Funeral prayers for many of the slain officers were held on Monday.",
                 "American Bradley fighting vehicles were seen around the prison on Sunday.",
                 "Officials say such groups serve as fronts for Kataib Hezbollah and other established militias.",
                 "The SDF holds more than 10,000 fighters in detention facilities."):
        ev = run(gaz, text)
        assert not [e for e in ev if e.type in ("killing", "formation", "arrest")
                    or (e.type == "attack" and "army camps" not in e.sentence)], (text, rows(ev))
    ev = run(gaz, "The group has previously denied targeting civilians.")
    assert not [e for e in ev if e.type == "attack"], rows(ev)


def test_names_and_descriptions_in_the_gazetteer(gaz):
    ev = run(gaz, "IS fighters detonated a car bomb at the gate of the prison on Thursday.")
    assert find(ev, "attack").groups == ["ISIS"]
    ev = run(gaz, "White House National Security Council spokesperson Sean Savett urged Iran to stop its attacks.")
    assert find(ev, "statement", stance="appeal").groups == ["United States"]
    ev = run(gaz, "UNITED NATIONS (AP) _\n\nThe Security Council condemned the bombing on Thursday.")
    assert find(ev, "statement", stance="condemnation").groups == ["United Nations"]
    ev = run(gaz, "Ankara blamed the Syrian Kurdish YPG militia for the bombing.")
    assert find(ev, "statement", stance="accusation").groups == ["Turkey"]
    assert "Syria" not in find(ev, "statement", stance="accusation").explanation
    ev = run(gaz, "Israel has fought Hamas since the Palestinian militant group's Oct. 7, 2023 attack on southern Israel.",
             extra=[("Oct. 7, 2023", "2023-10-07", "day")])
    oct7 = [e for e in ev if e.type == "attack" and e.value == "2023-10-07"]
    assert oct7 and "Hamas" in oct7[0].groups and "Palestinian Authority" not in oct7[0].groups, rows(ev)
    ev = run(gaz, "The U.N. Security Council on Monday ordered a global embargo on trade with Iraq.")
    assert find(ev, "political").groups == ["United Nations", "Iraq"]  # (Iraq: what the embargo falls on)


def test_a_side_that_says_its_forces_attacked_claims_it(gaz):
    ev = run(gaz, "The RSF said in a statement on Wednesday that its forces had attacked three army camps in the area.")
    at = find(ev, "attack")
    assert at.groups == ["Rapid Support Forces"] and at.value == "2024-03-06" and at.date_basis == "implied"
    cl = find(ev, "statement", stance="claim")
    assert cl.groups == ["Rapid Support Forces"] and cl.value == "2024-03-06"


def test_the_dead_of_an_attack_told_keep_its_day_whoever_reports_them(gaz):
    text = ("Sudan's paramilitary Rapid Support Forces attacked a village in Gezira on Wednesday, killing more than 100 "
            "people. UNICEF chief Catherine Russell said on Thursday she was horrified by reports that at least 35 "
            "children were killed in the attack.")
    ev = run(gaz, text)
    assert all(e.value == "2024-03-06" for e in ev if e.type in ("attack", "killing")), rows(ev)


def test_a_death_toll_update_does_not_date_the_bombing(gaz):
    text = ("The death toll from a suicide bombing at a mosque in Peshawar rose to 100 on Tuesday. "
            "The bomber struck on Monday as worshippers were offering prayers.")
    ev = run(gaz, text, extra=[("Tuesday", "2024-03-12", "day")])
    # the lede's bombing is the one that struck on Monday; the toll rose on Tuesday
    assert [e.value for e in ev if e.type == "attack"] == ["2024-03-11", "2024-03-11"], rows(ev)
    assert all(e.location == "Peshawar" for e in ev if e.type == "attack"), rows(ev)
    ev = run(gaz, "The death toll from a suicide bombing at a mosque in Peshawar rose to 100 on Tuesday.",
             extra=[("Tuesday", "2024-03-12", "day")])
    assert not [e for e in ev if e.type == "attack"], rows(ev)  # not dated by the toll's day
    ev = run(gaz, "The death toll from Monday's bombing rose to 100.")
    assert find(ev, "attack").value == "2024-03-11"


def test_a_killing_told_in_the_passive_after_an_apposition(gaz):
    ev = run(gaz, "The group's leader, Abu Bakr al-Baghdadi, was killed in a U.S. raid in northwestern Syria in "
                  "October 2019.", extra=[("October 2019", "2019", "year")])
    k = find(ev, "killing")
    assert "Abu Bakr al-Baghdadi" in k.actors and "United States" in k.groups and "Syria" not in k.groups
    ev = run(gaz, "Five people died after an Israeli strike on a car in Tyre on Sunday.")
    assert find(ev, "attack").groups == ["Israel"]


def test_a_year_inside_another_noun_phrase_dates_nothing_else(gaz):
    ev = run(gaz, "The strikes come as Washington and Tehran are exploring a return to the 2015 nuclear deal.",
             extra=[("2015", "2015", "year")])
    assert not [e for e in ev if e.value == "2015"], rows(ev)
    ev = run(gaz, "The attack on the market killed ten.")
    assert find(ev, "attack").value == PUB.isoformat()  # the subject of its own verb is the news


def test_surrender_and_the_topic_of_a_complaint(gaz):
    ev = run(gaz, "Hundreds of Islamic State militants holed up in a prison have surrendered, the SDF said on Monday.")
    assert find(ev, "political").plover == "YIELD"
    text = ("The United States carried out air strikes in Syria on Thursday. Russian Foreign Minister Sergei Lavrov "
            "said on Friday Moscow had been warned of the strikes only four or five minutes in advance.")
    ev = run(gaz, text)
    assert find(ev, "statement").groups == ["Russia"]  # the strikes are his topic, not what he reports


def test_a_second_telling_of_an_attack_adds_its_targets_and_toll(gaz):
    text = ("The United States carried out air strikes in Syria on Thursday. The strikes destroyed \"multiple "
            "facilities\" used by Kataib Hezbollah and Kataib Sayyid al-Shuhada, the Pentagon said.")
    ev = run(gaz, text)
    at = find(ev, "attack")
    assert {"Kataib Hezbollah", "Kataib Sayyid al-Shuhada"} <= set(at.groups) and len(ev) == 1, rows(ev)
    text = ("The United States carried out air strikes in Syria on Thursday. The Syrian Observatory said on Friday "
            "the strikes killed at least 22 fighters from Iraq's Popular Mobilization Forces.")
    ev = run(gaz, text)
    at = find(ev, "attack")
    assert "Popular Mobilization Forces" in at.groups and "Iraq" not in at.groups
    assert "22 fighters" in at.explanation
    assert find(ev, "statement").groups == ["Syrian Observatory for Human Rights"]  # a monitor, not Syria


def test_times_inside_what_was_said_do_not_date_the_saying(gaz):
    ev = run(gaz, "Trump said all hostages must be returned by Saturday.", extra=[("Saturday", "2024-03-16", "day")])
    assert find(ev, "statement").value == PUB.isoformat()
    ev = run(gaz, "Prime Minister Benjamin Netanyahu said the 1974 disengagement agreement with Syria had collapsed.",
             extra=[("1974", "1974", "year")])
    assert find(ev, "statement").value == PUB.isoformat()
    ev = run(gaz, "Iran said on Monday it would respond.")
    assert find(ev, "statement", stance="threat").value == "2024-03-11"


def test_a_participle_and_a_colon_take_their_times(gaz):
    ev = run(gaz, "President Donald Trump ordered the strikes on Saturday, warning the Houthis that their time was up.")
    assert find(ev, "statement", stance="warning").value == "2024-03-09"
    ev = run(gaz, "The United States has shifted its attention to the Islamic State: on Sunday, President Donald Trump "
                  "ordered airstrikes in Somalia.")
    assert find(ev, "attack").value == "2024-03-10"


def test_captures_verdicts_truces_and_natural_deaths(gaz):
    ev = run(gaz, "Rebels captured Hama on Thursday.")
    assert find(ev, "attack").value == "2024-03-07" and not [e for e in ev if e.type == "arrest"]
    ev = run(gaz, "Police captured the suspect on Thursday.")
    assert find(ev, "arrest").value == "2024-03-07"
    ev = run(gaz, "The Houthis' political bureau on Sunday called the strikes a war crime.")
    assert find(ev, "statement", stance="condemnation").groups == ["Houthis"]
    assert not [e for e in ev if e.type == "protest"], rows(ev)
    ev = run(gaz, "Kataib Hezbollah suspended its attacks on US forces on Sunday.")
    assert find(ev, "political").plover == "RETREAT" and not [e for e in ev if e.type == "attack"], rows(ev)
    ev = run(gaz, "A ceasefire between Israel and Hezbollah took effect on Monday.")
    truce = find(ev, "political")
    assert truce.plover == "AGREE" and truce.groups == ["Israel", "Hezbollah"] and truce.value == "2024-03-11"
    ev = run(gaz, "Bashar al-Assad inherited power in 2000 after the death of his father.", extra=[("2000", "2000", "year")])
    assert not [e for e in ev if e.type == "killing"], rows(ev)


def test_more_spellings_of_known_names(gaz):
    ev = run(gaz, "Shabaab fighters overran the base on Sunday.")
    assert "Al-Shabaab" in find(ev, "attack").groups
    ev = run(gaz, "Mr Al Sharaa on Sunday condemned the strikes.")
    assert find(ev, "statement", stance="condemnation").groups == ["Syria"]  # (its president since January 2025)


def test_times_set_off_by_commas_and_told_back(gaz):
    ev = run(gaz, "Hezbollah has claimed only one attack, on Sunday, when it fired mortar rounds at an Israeli position.")
    assert find(ev, "attack").value == "2024-03-10"
    text = ("Shabaab fighters stormed the base on Sunday. Shabaab claimed responsibility for the attack in a statement "
            "the same day.")
    ev = run(gaz, text, extra=[("the same day", "2024-03-10", "day")])
    assert find(ev, "statement", stance="claim").value == "2024-03-10"


def test_it_is_the_subject_of_the_sentence_before(gaz):
    text = ("The Israeli military said troops fired warning shots. "
            "It accused Hezbollah on Sunday of sending rioters to the border.")
    ev = run(gaz, text)
    st = find(ev, "statement", stance="accusation")
    assert st.groups == ["Israel"] and st.value == "2024-03-10"


def test_bulleted_points_tell_events(gaz):
    text = ("Summary\n\n- Hamas says it is postponing the release of Israeli hostages \"until further notice\", "
            "accusing Israel of violating the ceasefire deal\n- Israel's Defence Minister Israel Katz calls Hamas's "
            "announcement \"a complete violation\" of the deal")
    ev = run(gaz, text)
    assert find(ev, "statement", stance="accusation").groups == ["Hamas"]
    assert find(ev, "statement", stance="condemnation").groups == ["Israel"]


def test_a_head_of_government_without_a_country_speaks_for_the_dateline_s(gaz):
    ev = run(gaz, "DAMASCUS (Reuters) - Outgoing prime minister Mohammed al-Jalali on Sunday denied that he had fled.")
    st = find(ev, "statement", stance="denial")
    assert st.groups == ["Syria"] and st.actors == ["Mohammed al-Jalali"] and st.value == "2024-03-10"


def test_named_victims_drones_downed_and_an_anniversary_in_apposition(gaz):
    ev = run(gaz, "On Sunday, gunmen shot dead activist Ihab al-Wazni in Karbala.")
    k = find(ev, "killing")
    assert k.actors == ["Ihab al-Wazni"] and k.value == "2024-03-10" and k.location == "Karbala"
    ev = run(gaz, "On Sunday, two more drones were downed near Ain al-Asad air base.")
    assert find(ev, "attack").value == "2024-03-10"
    ev = run(gaz, "Two drones were shot down near Baghdad airport on Sunday, the second anniversary of Soleimani's killing.")
    ann = find(ev, "anniversary")
    assert ann.value == "2024-03-10" and "2nd anniversary" in find(ev, "killing").explanation


def test_votes_denials_and_plans_in_other_words(gaz):
    ev = run(gaz, "Iraqi lawmakers voted days later to expel US troops.")
    assert find(ev, "political").groups == ["Iraq"]
    ev = run(gaz, "Iran rejected any link to the attack.")
    assert find(ev, "statement", stance="denial").groups == ["Iran"]
    ev = run(gaz, "Iraqi officials said on Friday the men were planning to fire rockets at the Green Zone.")
    assert not [e for e in ev if e.type == "attack"], rows(ev)
    assert find(ev, "statement", stance="accusation").groups == ["Iraq"]


def test_a_relative_clause_dates_the_noun_it_tells_of(gaz):
    ev = run(gaz, "Al-Wazni was a leader of the protest movement that erupted in October 2019.",
             extra=[("October 2019", "2019", "year")])
    assert find(ev, "protest").value == "2019"


def test_both_groups_and_a_crowd_as_speakers(gaz):
    text = ("Ankara blamed the PKK and the YPG for a bomb attack in Istanbul on Sunday. Both groups denied involvement.")
    ev = run(gaz, text)
    den = find(ev, "statement", stance="denial")
    assert "Kurdistan Workers' Party" in den.groups and "YPG" in den.groups
    ev = run(gaz, "Protesters accused Iran-backed militias of the killing on Sunday.")
    acc = find(ev, "statement", stance="accusation")
    assert acc.actors == ["protesters"] and not [e for e in ev if e.type == "protest"], rows(ev)
    ev = run(gaz, "Protesters marched in Baghdad on Sunday.")
    assert find(ev, "protest").value == "2024-03-10"


def test_a_branch_named_in_apposition_is_the_actor(gaz):
    ev = run(gaz, "Al Qaeda's branch in East Africa, Shabaab, overran the town on Sunday.")
    assert find(ev, "attack").groups == ["Al-Shabaab"]


def _pipeline(text, published=PUB):
    from timeline.pipeline import process

    return process(Article(id="t", text=text, published=published)).events


def test_a_past_attack_verb_before_a_noun_is_no_modifier():
    # "attack ships" is a kind of ship; "attacked ships" is an attack
    ev = _pipeline("Houthi rebels attacked ships in the Red Sea on Sunday.")
    assert find(ev, "attack").groups == ["Houthis"] and find(ev, "attack").value == "2024-03-10"
    assert not [e for e in _pipeline("The navy sent two attack ships to the Red Sea on Sunday.")
                if e.type == "attack"]


def test_a_counted_series_in_a_named_period_is_one_event():
    ev = _pipeline("Militias attacked US forces more than 150 times in January.")
    att = find(ev, "attack")
    assert att.value == "2024-01" and att.date == dt.date(2024, 1, 1) and att.date_end == dt.date(2024, 1, 31)
    # a habit with no period stays out
    assert not [e for e in _pipeline("He has been arrested more than a dozen times.") if e.type == "arrest"]


def test_a_range_of_two_times_dates_the_event_from_first_to_last():
    ev = _pipeline("Between November 2023 and January this year, militias attacked US forces more than 150 times.")
    att = find(ev, "attack")
    assert (att.date, att.date_end, att.value) == (dt.date(2023, 11, 1), dt.date(2024, 1, 31), "2023-11")
    att = find(_pipeline("From Jan. 2 to Jan. 9, Houthi rebels attacked ships in the Red Sea."), "attack")
    assert (att.date, att.date_end) == (dt.date(2024, 1, 2), dt.date(2024, 1, 9))
    # "between now and January 20" is a deadline: the event keeps its own day
    ev = _pipeline("Trump leaves office on January 20, and between now and January 20 the militias may strike.",
                   published=dt.date(2020, 12, 21))
    assert find(ev, "political").date == dt.date(2021, 1, 20)


def test_a_branch_with_a_place_and_a_time_before_its_verb_is_the_speaker(gaz):
    ev = run(gaz, "Al Qaeda's affiliate in Yemen, AQAP, on Sunday claimed the attack on the base.")
    claim = find(ev, "statement", stance="claim")
    assert claim.groups[0] == "Al-Qaeda in the Arabian Peninsula", rows(ev)


def test_a_dateline_without_an_agency_leaves_the_time_that_opens_the_story():
    ev = _pipeline("TAMPA, Fla. – On March 13, U.S. forces conducted an airstrike in Anbar.")
    assert find(ev, "attack").value == "2024-03-13"
    ev = _pipeline("PEMBA – On Friday, insurgents raided the district headquarters of Macomia.")
    assert find(ev, "attack").value == "2024-03-08"
    # dashes in pairs set off a phrase: no dateline
    from timeline.sentences import story_dateline
    assert story_dateline("ISIS - the group that held Mosul - attacked a checkpoint on Friday.") is None
    assert story_dateline("Title\n\nBAGHDAD/WASHINGTON, Feb 3 (Reuters) - U.S. forces struck")["city"] == "BAGHDAD/WASHINGTON"


def test_a_chronology_entry_dates_its_sentences_by_its_heading():
    text = ("Here is a timeline of the main events:\n\n"
            "MONDAY, JUNE 16 - An Israeli strike hits the headquarters of state broadcaster IRIB in Tehran. "
            "Israel says the station was a propaganda platform; Iran calls the attack a war crime.\n\n"
            "TUESDAY, JUNE 17 - Iran fires missiles at Tel Aviv.")
    ev = _pipeline(text, published=dt.date(2025, 7, 3))
    assert find(ev, "attack", value="2025-06-16").groups == ["Israel", "Iran"]  # struck in Tehran
    assert find(ev, "statement", stance="condemnation").value == "2025-06-16"
    assert find(ev, "attack", value="2025-06-17")


def test_warplanes_hit_finds_its_target():
    ev = _pipeline("On Tuesday, U.S. warplanes hit three facilities used by Kataib Hezbollah.")
    assert set(find(ev, "attack").groups) == {"United States", "Kataib Hezbollah"}


def test_a_speaker_named_after_a_role_or_an_unknown_organization_is_kept():
    ev = _pipeline("Party vice-president Michelle O'Neill condemned the shooting.")
    assert find(ev, "statement", stance="condemnation").actors == ["Michelle O'Neill"]
    ev = _pipeline("On Sunday, the New IRA claimed responsibility in a typed statement published in Derry.")
    assert find(ev, "statement", stance="claim").groups == ["New IRA"]
    # a company's plain statement is no row of its own
    assert not [e for e in _pipeline("RMS International Inc. said it had a loss in the third quarter.")
                if e.type == "statement"]


def test_more_ways_to_tell_a_founding():
    ev = _pipeline("Formed in 2007 as an umbrella for militant factions, the TTP has carried out hundreds of attacks.")
    f = find(ev, "formation")
    assert f.groups == ["Tehrik-i-Taliban Pakistan"] and f.value == "2007"
    f = find(_pipeline("The New IRA emerged in 2012 from a merger of the Real IRA with other factions."), "formation")
    assert f.groups == ["New IRA"] and f.value == "2012"
    assert find(_pipeline("ISWAP split from Boko Haram in 2016."), "formation").value == "2016"
    # a founding told with no time is no dated event
    assert not [e for e in _pipeline("Formed in reaction to the Soviet threat, NATO calls for collective defense.")
                if e.type == "formation"]


def test_ties_coalitions_readings_talks_and_mandates_are_political():
    assert find(_pipeline("The Congolese government severed diplomatic ties with Kigali on Saturday."),
                "political").value == "2024-03-09"
    assert find(_pipeline("The Security Council renewed the mission's mandate in September."), "political").value == "2023-09"
    assert find(_pipeline("The bill passed its first reading in parliament in January."), "political").value == "2024-01"
    assert not [e for e in _pipeline("He cut ties with his family.") if e.type == "political"]


def test_in_a_statement_on_a_day_dates_the_statement():
    ev = _pipeline("In a statement issued late on Wednesday, the BLA rejected the military's account.")
    assert find(ev, "statement", stance="rejection").value == "2024-03-06"


def test_its_ministry_speaks_for_the_state_the_sentence_before_opens_with():
    ev = _pipeline("Rwanda has long denied arming the M23. In a statement on Monday, its foreign ministry "
                   "instead blamed Kinshasa for the fighting.")
    acc = find(ev, "statement", stance="accusation")
    assert acc.groups[0] == "Rwanda" and acc.value == "2024-03-11"


def test_a_time_after_the_objects_list_dates_the_clause():
    ev = _pipeline("The alliance launched coordinated attacks on police stations, prisons and the international "
                   "airport in late February 2024, freeing around 4,000 inmates.")
    assert find(ev, "attack").value == "2024-02"


def test_a_founding_in_apposition_to_the_name():
    ev = _pipeline("The ELN, founded in 1964 by radical students and Catholic priests, has about 6,000 members.")
    f = find(ev, "formation")
    assert f.groups == ["ELN"] and f.value == "1964"


def test_a_claim_told_as_what_its_fighters_did():
    ev = _pipeline('On Saturday, the Islamic State claimed that its "soldiers of the caliphate" had killed more '
                   'than 20 soldiers.')
    assert find(ev, "statement", stance="claim").groups == ["ISIS"]
    assert "ISIS" in find(ev, "killing").groups


def test_names_with_an_acronym_a_rank_or_a_nickname_stay_speakers():
    ev = _pipeline("The banned Baloch Liberation Army (BLA) claimed responsibility for Tuesday's attack.")
    assert find(ev, "statement", stance="claim").groups == ["Baloch Liberation Army"]
    ev = _pipeline("Regime spokesman Major General Zaw Min Tun denied that civilians had been hit.")
    assert find(ev, "statement", stance="denial").actors == ["Zaw Min Tun"]
    ev = _pipeline('Chief Minister Ahod "Murad" Ebrahim also denounced the bombing, calling it an attack on the '
                   'peace process.')
    assert find(ev, "statement", stance="condemnation").actors == ["Ahod Ebrahim"]
    assert not [e for e in ev if e.type == "attack"], rows(ev)


def test_a_national_office_with_no_country_speaks_for_the_country_of_the_story():
    text = ("Insurgents raided Macomia in Mozambique on Friday. Mozambique's army said it had retaken the town. "
            "Aid groups in Mozambique warned of hunger.\n\n"
            "Speaking on Sunday, President Filipe Nyusi condemned the raid as cowardly.")
    assert find(_pipeline(text), "statement", stance="condemnation").groups == ["Mozambique"]
    # a legislator is not put on the side of the country the story is about
    text = ("Cuba demanded the boy's return. Cuba's government staged rallies in Havana. Cuban officials wrote "
            "letters.\n\nRep. Dan Burton denounced the rallies on Friday.")
    assert "Cuba" not in find(_pipeline(text), "statement", stance="condemnation").groups


def test_an_attack_dated_by_its_report_takes_the_day_its_retelling_states():
    text = ("WASHINGTON (AP) — Three U.S. soldiers were killed in a drone attack on an outpost in Jordan, "
            "U.S. officials said Monday.\n\nThe attack on Sunday on the base known as Tower 22 was the deadliest "
            "in months.")
    attacks = [e for e in _pipeline(text) if e.type == "attack"]
    assert [a.value for a in attacks] == ["2024-03-10"], rows(attacks)
    # an attack told before on its own day is another attack
    text = ("Rockets hit the base on Friday. The attack on Sunday on the embassy caused no casualties.")
    assert sorted(a.value for a in _pipeline(text) if a.type == "attack") == ["2024-03-08", "2024-03-10"]


def test_negated_and_denied_acts_and_a_tone_struck_are_no_events():
    assert not [e for e in _pipeline("Not a single Israeli civilian has been killed from Lebanon since then.")
                if e.type == "killing"]
    ev = _pipeline("Regime spokesman Zaw Min Tun denied on Sunday that civilians had been targeted.")
    assert find(ev, "statement", stance="denial") and not [e for e in ev if e.type == "attack"], rows(ev)
    assert not _pipeline("Other faction leaders have struck a more cautious tone.")
    # ... while drones launched at an oil facility are an attack
    assert find(_pipeline("The Houthis said on Sunday they had launched drones at an oil facility in Jeddah."), "attack")


def test_chanting_crowds_and_burned_flags_are_protests_and_marks_years_since_an_anniversary():
    ev = _pipeline('Hundreds of mourners carried coffins through Baghdad on Saturday, chanting "No, no to America".')
    assert find(ev, "protest").value == "2024-03-09"
    assert find(_pipeline("Supporters burned US flags outside the embassy on Friday."), "protest").value == "2024-03-08"
    ev = _pipeline("Next week marks six years since the territorial defeat of ISIS at Baghuz.")
    assert find(ev, "anniversary")
    # talks and agreements are political; a deal refused is none
    assert find(_pipeline("Iran and Iraq signed a security agreement on Monday."), "political", plover="AGREE")
    assert not [e for e in _pipeline("The family refused to sign the agreement on Monday.") if e.type == "political"]


def test_more_stances_and_political_acts():
    ev = _pipeline("Turkish officials said the attack was the work of the Kurdistan Workers' Party (PKK).")
    assert find(ev, "statement", stance="accusation").groups == ["Turkey"]
    ev = _pipeline("The top U.S. diplomat for Afghanistan, Karen Decker, called the bombing \u201cshameful.\u201d")
    assert find(ev, "statement", stance="condemnation").groups == ["United States"]
    ev = _pipeline("On January 7, the United States determined that the RSF had committed genocide in Darfur.")
    assert find(ev, "statement", stance="accusation").value == "2024-01-07"
    assert find(_pipeline("In January, the three juntas announced they were quitting the bloc ECOWAS."), "political")
    assert find(_pipeline("Earlier this month, the coalition signed a transitional constitution."), "political")
    assert find(_pipeline("In January, the army recaptured Wad Madani."), "attack").value == "2024-01"


def test_a_reported_series_in_the_past_perfect_and_fighter_jets_by_name():
    ev = _pipeline("The Pentagon said US forces had been attacked at least 46 times in Iraq and Syria since Oct. 17.")
    att = find(ev, "attack")
    assert att.date == dt.date(2023, 10, 17) and att.date_end == PUB and att.value == "PAST_REF"
    ev = _pipeline("It was the second round of strikes, after F-16s hit two IRGC-linked facilities on Oct. 26.")
    assert find(ev, "attack", value="2023-10-26")


def test_lists_of_speakers_with_articles_possessives_and_asides():
    ev = _pipeline("The United Nations, the African Union, the United States and Turkey condemned the bombings.")
    assert find(ev, "statement", stance="condemnation").groups == [
        "United Nations", "African Union", "United States", "Turkey"]
    ev = _pipeline("Burkina Faso's junta, led by Captain Ibrahim Traore, and Niger's military government both "
                   "condemned the attack.")
    assert find(ev, "statement", stance="condemnation").groups == ["Burkina Faso", "Niger"]


def test_those_an_attack_killed_are_its_targets():
    ev = _pipeline("On Sunday, U.S. and Iraqi forces conducted a joint raid in western Iraq that killed 15 ISIS "
                   "operatives.")
    assert "ISIS" in find(ev, "attack").groups


def test_more_armed_groups_in_the_gazetteer_and_a_blame_participle():
    ev = _pipeline("In Sagaing Region, a PDF battalion said it had ambushed a military column on Tuesday.")
    assert "People's Defence Force" in find(ev, "attack").groups
    ev = _pipeline("The New People's Army ambushed soldiers on Tuesday. Extremists bombed two towns since the talks "
                   "ended in punishment for two killings blamed on the IRA.")
    assert "New People's Army" in find(ev, "attack").groups
    assert not [e for e in ev if e.type == "statement"], rows(ev)


def test_the_side_an_attack_falls_on_is_named_by_what_of_theirs_was_hit():
    assert find(_pipeline("Pakistan shot down an Indian fighter jet on Wednesday."), "attack").groups == ["Pakistan", "India"]
    ev = _pipeline("A drone attack late on Friday on a U.S. base at al-Shaddadi caused no casualties.")
    assert find(ev, "attack").groups == ["United States"] and find(ev, "attack").value == "2024-03-08"
    ev = _pipeline("The Houthis fired two ballistic missiles toward Israel on Sunday.")
    assert find(ev, "attack").groups == ["Houthis", "Israel"]
    ev = _pipeline("A rocket attack on Friday wounded a Turkish soldier near Bashiqa.")
    assert "Turkey" in find(ev, "attack").groups
    # the side named as the attacker is no target: "by Turkish jets", "Iranian drones struck"
    ev = _pipeline("The base was attacked by Turkish jets on Sunday.")
    assert find(ev, "attack").groups == ["Turkey"]
    ev = _pipeline("Iranian drones struck a fuel depot on Sunday.")
    assert find(ev, "attack").groups == ["Iran"]


def test_a_state_striking_in_another_state_with_no_side_named_strikes_that_state():
    ev = _pipeline("Israel bombed Evin prison in Tehran on Monday.")
    assert find(ev, "attack").groups == ["Israel", "Iran"]
    ev = _pipeline("Iran fired missiles at Al Udeid air base in Qatar on Monday.")
    assert find(ev, "attack").groups == ["Iran", "Qatar"]
    # a named target makes the place only where: "Syria is where"
    ev = _pipeline("Israel struck Iranian targets in Syria on Sunday.")
    assert find(ev, "attack").groups == ["Israel", "Iran"]
    # an attacker that is no state, or a strike at home, adds no state
    ev = _pipeline("Gunmen attacked a hotel in Bamako, Mali, on Sunday.")
    assert find(ev, "attack").groups == []
    # (an armed group striking at home: the state where it struck is the other side, said to be implied)
    ev = _pipeline("Al-Shabaab fighters attacked a base in Somalia on Sunday.")
    assert find(ev, "attack").groups == ["Al-Shabaab", "Somalia"] and "implied" in find(ev, "attack").explanation


def test_a_lower_case_spelling_of_a_name_is_found():
    ev = _pipeline("The convoy was targeted by al-Shabaab fighters near Mogadishu on Sunday.")
    assert find(ev, "attack").groups == ["Al-Shabaab"]


def test_a_time_counted_from_the_event_named_again_dates_the_verb():
    ev = _pipeline("A suicide bomber struck outside the Interior Ministry in Ankara on Sunday. "
                   "The Kurdistan Workers' Party (PKK) claimed the attack hours later.", published=dt.date(2023, 10, 6))
    assert find(ev, "statement", stance="claim").value == "2023-10-01"
    # a time of its own after the noun is still the noun's: "condemned the bombing of the embassy on Thursday"
    # is covered by the tests of statements' objects


def test_a_regime_or_its_intelligence_with_no_country_named_is_the_story_country():
    text = ("Myanmar's junta extended the state of emergency on Friday. Myanmar has been in turmoil since the coup. "
            "Fighting has spread across Myanmar. The regime said on Saturday it had retaken two towns. "
            "Military intelligence said on Sunday it had arrested six activists.")
    ev = _pipeline(text)
    assert find(ev, "attack", value="2024-03-09").groups[:1] == ["Myanmar"]  # "The regime said it had retaken"
    assert find(ev, "arrest").groups == ["Myanmar"]


def test_diplomatic_acts_are_political_with_their_other_side():
    ev = _pipeline("Iraq's foreign ministry summoned U.S. charge d'affaires David Burger on Saturday.")
    assert find(ev, "political").groups == ["Iraq", "United States"]
    ev = _pipeline("India expelled Pakistani military advisers on Wednesday.")
    assert find(ev, "political").groups == ["India", "Pakistan"]
    ev = _pipeline("Pakistan retaliated the following day by closing its airspace to Indian airlines.")
    assert find(ev, "political").groups == ["Pakistan", "India"]
    ev = _pipeline("Sudan recalled its ambassador to Kenya on Friday.")
    assert find(ev, "political").groups == ["Sudan", "Kenya"]
    ev = _pipeline("Congo severed diplomatic ties with Kigali on Saturday.")  # a capital for its government
    assert find(ev, "political").groups == ["Democratic Republic of the Congo", "Rwanda"]
    ev = _pipeline("The United States on Friday designated Haiti's Viv Ansanm gang coalition a terrorist organization.")
    assert find(ev, "political").groups == ["United States", "Viv Ansanm"]
    # what a vote was about is no side of it, and a place is where
    ev = _pipeline("Iraq's parliament voted on Sunday for a resolution calling for the expulsion of U.S. troops.")
    assert find(ev, "political").groups == ["Iraq"]
    ev = _pipeline("Israel and Hamas signed an agreement in Doha on Sunday.")
    assert "Qatar" not in find(ev, "political").groups


def test_a_political_act_with_no_side_named_is_the_story_countrys():
    text = ("BOGOTA, Colombia (AP) - The ELN attacked a base on Monday. "
            "A bilateral ceasefire began in August 2023. Local elections are due in October.")
    ev = _pipeline(text)
    assert find(ev, "political", value="2023-08").groups == ["Colombia"]
    # a company's resignations are no acts of the country's politics
    ev = _pipeline("TORONTO, Canada (AP) - Magna International Inc.'s chief financial officer resigned on Monday.")
    assert not [e for e in ev if e.type == "political" and e.groups]


def test_an_arrest_by_police_of_no_named_country_is_the_story_countrys():
    text = ("KADUNA, Nigeria (AP) - Gunmen abducted 15 pupils from a school on Saturday. "
            "Police said on Monday that they had arrested three men suspected of planning the abduction.")
    ev = _pipeline(text)
    assert find(ev, "arrest").groups == ["Nigeria"]
    # an arrest with no force named may be a kidnapping: no country is guessed
    ev = _pipeline("PHNOM PENH, Cambodia (AP) - In June last year, Pol Pot was arrested.")
    assert find(ev, "arrest").groups == []


def test_those_arrested_for_the_story_attack_are_of_its_side():
    text = ("QUETTA, Pakistan (Reuters) - Baloch Liberation Army fighters attacked a train on Tuesday. "
            "The army said on Thursday it had arrested three suspected facilitators of the attack.")
    ev = _pipeline(text)
    assert find(ev, "arrest").groups == ["Pakistan", "Baloch Liberation Army"]


def test_northern_ireland_is_in_the_united_kingdom():
    ev = _pipeline("BELFAST, Northern Ireland (AP) - Police arrested six men on Sunday.")
    assert find(ev, "arrest").groups == ["United Kingdom"]
    ev = _pipeline("The Continuity IRA killed a police officer in Craigavon on Monday.")
    assert find(ev, "killing").groups[:1] == ["Continuity IRA"]


def test_a_force_named_after_its_group_is_that_groups():
    ev = _pipeline("On Oct. 7, 2023, thousands of Hamas-led fighters burst into southern Israel.", published=dt.date(2025, 2, 15))
    assert find(ev, "attack").groups == ["Hamas", "Israel"]
    ev = _pipeline("Al-Qaeda-linked jihadists stormed the Radisson Blu hotel in November 2015.", published=dt.date(2025, 2, 15))
    assert find(ev, "attack").groups == ["Al-Qaeda"]
    assert not [e for e in _pipeline("The bus burst into flames on Sunday.") if e.type == "attack"]


def test_an_abbreviation_the_text_defines_names_the_group_again():
    text = ("The Arakan Army (AA) controls most of Rakhine State. "
            "The AA overran the regime's western command headquarters on Sunday.")
    assert find(_pipeline(text), "attack").groups[:1] == ["Arakan Army"]


def test_it_after_a_sentence_about_an_organization_is_that_organization():
    text = ("The New IRA emerged in 2012 from a merger of the Real IRA with other factions. "
            "It murdered a prison officer in 2016.")
    assert find(_pipeline(text), "killing").groups == ["New IRA"]
    text = "The RSF besieged El Fasher for months. In February, its fighters attacked the nearby Zamzam camp."
    assert find(_pipeline(text), "attack", value="2024-02").groups == ["Rapid Support Forces"]


def test_a_chronology_entry_may_head_its_lines_or_be_a_bullet():
    text = ("Here is how the crisis unfolded.\n\n"
            "11 July\nA merchant is abducted at a checkpoint. Druze groups respond by seizing several Bedouin men.\n\n"
            "14 July\nIsraeli jets strike tanks heading towards the city.\n\n"
            "- September 26: Jihadists ambush a convoy at Gaskinde, killing 11 soldiers.")
    ev = _pipeline(text, published=dt.date(2025, 12, 1))
    attacks = sorted((e.value, e.sentence[:12]) for e in ev if e.type in ("attack", "killing"))
    assert ("2025-07-11", "A merchant i") in attacks and ("2025-07-14", "Israeli jets") in attacks, attacks
    assert "2025-09-26" in [v for v, _ in attacks], attacks


def test_a_strike_on_a_date_that_killed_a_named_man_is_a_killing():
    ev = _pipeline("A U.S. drone strike in Baghdad on Jan. 4 killed Mushtaq Taleb al-Saeedi, a commander of Harakat al-Nujaba.")
    k = find(ev, "killing")
    assert k.value == "2024-01-04" and k.groups == ["United States", "Harakat al-Nujaba"]
    assert not [e for e in ev if e.type == "attack"]


def test_gunmen_who_killed_make_a_killing_but_gunmen_who_stormed_an_attack():
    assert find(_pipeline("Gunmen killed at least 81 villagers at Foduma Kolomdi on Sunday."), "killing").value == "2024-03-10"
    ev = _pipeline("Gunmen stormed the Westgate mall on Sunday, killing 67 people.")
    assert find(ev, "attack").value == "2024-03-10" and not [e for e in ev if e.type == "killing"]


def test_a_missile_that_slams_into_a_building_is_no_statement():
    ev = _pipeline("An Iranian missile slams into Soroka Medical Center in Beersheba.")
    assert [e.type for e in ev] == ["attack"] and find(ev, "attack").groups == ["Iran"]
    assert find(_pipeline("Israel on Monday slammed the decision."), "statement").stance == "condemnation"


def test_seized_rockets_are_no_attack():
    assert not [e for e in _pipeline("Forces seized a launch pad and two Katyusha rockets on Saturday.") if e.type == "attack"]


def test_a_new_stance_by_a_verb_of_its_own_is_a_statement_of_its_own():
    text = ('Israel rejected the accusations on Monday. Defense Minister Israel Katz called the announcement '
            '"a complete violation of the ceasefire agreement" and said he had instructed the army to prepare.')
    ev = _pipeline(text)
    assert {e.stance for e in ev if e.type == "statement"} == {"denial", "condemnation"}
    # a quote with "said" after a statement goes on with it (the seed: "Iran denied involvement. '...,' X said")
    text = 'Iran denied involvement in the attack. "Attacking diplomatic premises is not acceptable," Iran\'s spokesman said.'
    assert [e.stance for e in _pipeline(text) if e.type == "statement"] == ["denial"]


def test_renewed_accusations_and_verdicts_on_them_are_stances():
    ev = _pipeline("Sudan's foreign ministry renewed its accusation that the United Arab Emirates was arming the RSF.")
    assert find(ev, "statement", stance="accusation").groups == ["Sudan"]
    ev = _pipeline('Qatar condemned the strikes, and Turkey\'s Foreign Ministry called them a "dangerous escalation".')
    assert find(ev, "statement", stance="condemnation", groups=["Turkey"])


def test_syrias_president_speaks_for_syria():
    ev = _pipeline("President Ahmed al-Sharaa accused Israel on Thursday of seeking to spread chaos.", published=dt.date(2025, 7, 20))
    assert find(ev, "statement", stance="accusation").groups == ["Syria"]
    ev = _pipeline("HTS leader Abu Mohammed al-Jolani accused Russia on Thursday of bombing hospitals.", published=dt.date(2019, 7, 20))
    assert find(ev, "statement", stance="accusation").groups == ["Hayat Tahrir al-Sham"]


def test_a_cabinet_secretary_or_information_minister_speaks_for_the_datelines_state():
    ev = _pipeline("NAIROBI, Kenya (Reuters) - Interior Cabinet Secretary Kipchumba Murkomen condemned the attack on Thursday.")
    assert find(ev, "statement", stance="condemnation").groups == ["Kenya"]
    ev = _pipeline("KHARTOUM, Sudan (AP) - Information Minister Khalid al-Aiser denied the report on Thursday.")
    assert find(ev, "statement", stance="denial").groups == ["Sudan"]


def test_a_report_from_a_city_that_is_no_capital_is_about_its_country():
    ev = _pipeline("PESHAWAR: The Senate on Monday passed a resolution condemning the bombing.")
    assert find(ev, "political").groups == ["Pakistan"]
    ev = _pipeline("BOGOTÁ - Police arrested a suspect on Thursday night.")
    assert find(ev, "arrest").groups == ["Colombia"]


def test_strikes_on_a_day_that_killed_are_dated_by_that_day():
    ev = _pipeline("Israeli strikes on Monday killed 558 people, according to Lebanese authorities.")
    assert find(ev, "attack").value == "2024-03-11"


def test_a_peace_process_ended_or_called_off_is_political():
    ev = _pipeline("President Ivan Duque on Friday ended the peace process with the ELN.")
    assert find(ev, "political").groups[-1:] == ["ELN"] and find(ev, "political").value == "2024-03-08"
    ev = _pipeline("The TTP called off its ceasefire with the government in November.")
    assert find(ev, "political").groups == ["Tehrik-i-Taliban Pakistan"]
    ev = _pipeline("The government declared three days of national mourning on Wednesday.")
    assert find(ev, "political").value == "2024-03-06"


def test_called_it_a_cowardly_act_of_terrorism_is_a_condemnation():
    ev = _pipeline('Secretary of State Mike Pompeo on Friday called it a "cowardly act of terrorism."')
    assert find(ev, "statement").stance == "condemnation" and find(ev, "statement").groups == ["United States"]


def test_maoist_rebels_in_india_are_a_known_group():
    assert find(_pipeline("Maoists ambushed a police patrol on Saturday."), "attack").groups[:1] == ["CPI (Maoist)"]


def test_weapons_fired_or_launched_at_a_target_are_an_attack_by_the_subject():
    ev = _pipeline("On Sunday Iran fired a wave of ballistic missiles at Israel.")
    assert find(ev, "attack").groups[:2] == ["Iran", "Israel"] and find(ev, "attack").value == "2024-03-10"
    ev = _pipeline("The Houthis launched two drones toward Eilat on Friday.")
    assert find(ev, "attack").groups[:1] == ["Houthis"]
    # no weapons, or weapons that are no shot: no attack
    assert not [e for e in _pipeline("The company fired 200 workers on Monday.") if e.type == "attack"]
    assert not [e for e in _pipeline("The firm launched a drone delivery program on Monday.") if e.type == "attack"]


def test_hit_or_pounded_is_an_attack_only_with_an_armed_subject():
    ev = _pipeline("June 15: Israel hits the South Pars gas field and a fuel depot near Tehran.")
    assert find(ev, "attack").groups[:1] == ["Israel"]
    assert find(_pipeline("Russian forces pounded Kharkiv on Monday."), "attack").groups[:1] == ["Russia"]
    for text in ("Prices hit a record on Monday.", "The storm pounded the coast on Monday.",
                 "The U.S. hit China with new tariffs on Monday.", "Iran hit back at the critics on Monday."):
        assert not [e for e in _pipeline(text) if e.type == "attack"], text


def test_a_named_operation_launched_and_a_participle_striking_a_site_are_attacks():
    ev = _pipeline("June 13: Israel launches Operation Rising Lion, striking the Natanz enrichment facility.")
    assert find(ev, "attack").groups[:1] == ["Israel"] and find(ev, "attack").value == "2024-06-13"
    assert not [e for e in _pipeline("The band played a striking new song on Monday.") if e.type == "attack"]


def test_a_passive_political_act_names_its_agent_and_its_subject():
    ev = _pipeline("Kataib Hezbollah was designated a foreign terrorist organization by the US State Department in 2009.")
    assert set(find(ev, "political").groups) == {"United States", "Kataib Hezbollah"}


def test_a_vote_on_a_bill_or_motion_is_political():
    ev = _pipeline("June 22: Parliament backs a motion to close the Strait of Hormuz.")
    assert find(ev, "political").value == "2024-06-22"
    assert find(_pipeline("The Senate rejected the bill on Monday."), "political").value == "2024-03-11"
    assert find(_pipeline("The law was passed by parliament in March."), "political")
    # the participle of a vote told elsewhere, and a stance on a proposal, are no vote
    assert not [e for e in _pipeline("The recently passed bailout legislation requires banks to raise capital.")
                if e.type == "political"]
    assert find(_pipeline("Hamas rejected the proposal on Monday."), "statement").stance == "rejection"


def test_a_strike_that_killed_an_unnamed_leader_of_a_group_is_a_killing_of_that_group():
    ev = _pipeline("A US drone strike in eastern Baghdad on Wednesday night killed a senior commander of Kataib Hezbollah.")
    k = find(ev, "killing")
    assert k.groups == ["United States", "Kataib Hezbollah"] and k.value == "2024-03-06TNI"
    assert not [e for e in ev if e.type == "attack"]
    # rank-and-file dead are the attack's toll
    ev = _pipeline("A US strike on Tuesday killed three ISIS fighters in Anbar.")
    assert find(ev, "attack") and not [e for e in ev if e.type == "killing"]


def test_a_takeover_of_power_is_political_when_it_has_a_date_of_its_own():
    assert find(_pipeline("In August 2021, the Taliban seized power."), "political").value == "2021-08"
    assert find(_pipeline("Since the Taliban seized power in August 2021, girls have been barred."), "political")
    ev = _pipeline("Today, some Cuban Americans who left here when Castro came to power are returning.")
    assert not [e for e in ev if e.type == "political"]


def test_a_group_that_emerged_or_surfaced_at_a_time_was_formed_then():
    ev = _pipeline("The Islamic Resistance in Iraq, an umbrella for several Iran-aligned factions that surfaced in "
                   "October, claimed the attack on Sunday.", published=dt.date(2024, 2, 8))
    assert find(ev, "formation").groups == ["Islamic Resistance in Iraq"] and find(ev, "formation").value == "2023-10"
    for text in ("The virus emerged in late 2019 in Wuhan.", "He appeared in court on Monday."):
        assert not [e for e in _pipeline(text) if e.type == "formation"], text


def test_declaring_a_state_in_breach_of_its_obligations_is_an_accusation():
    ev = _pipeline("June 12: The IAEA Board of Governors declares Iran in breach of its non-proliferation obligations.")
    assert find(ev, "statement").stance == "accusation"
    assert find(ev, "statement").groups[0] == "International Atomic Energy Agency"


def test_a_side_reporting_its_attack_in_the_past_perfect_tells_the_attack_again():
    ev = _pipeline("Israeli warplanes struck military sites south of Damascus overnight Tuesday. The Israel Defense "
                   "Forces said Wednesday that its jets had struck weapons depots. Syria's Foreign Ministry condemned "
                   "the raids on Wednesday. Qatar and Saudi Arabia both condemned the strikes on Wednesday.",
                   published=dt.date(2026, 2, 12))
    attacks = [e for e in ev if e.type == "attack"]
    assert len(attacks) == 1 and attacks[0].value == "2026-02-11TNI", rows(ev)
    # the day after "condemned the raids" is the condemnation's
    assert {tuple(e.groups): e.value for e in ev if e.stance == "condemnation"} == {
        ("Syria",): "2026-02-11", ("Qatar", "Saudi Arabia"): "2026-02-11"}
    # an attack of its own, reported in the past perfect with no attack told before, keeps its row
    ev = _pipeline("The army said on Monday that militants had attacked a checkpoint near Mosul.")
    assert find(ev, "attack")


def test_an_unknown_bloc_taking_a_stance_is_a_group_and_calling_a_strike_an_assassination_condemns_it():
    ev = _pipeline('The Coordination Framework rejected what it called "foreign dictates" on Monday.')
    assert find(ev, "statement").stance == "rejection" and find(ev, "statement").groups == ["Coordination Framework"]
    ev = _pipeline('Sudani\'s office called the strike "a blatant assassination" on Thursday.')
    assert find(ev, "statement").stance == "condemnation"
    assert not [e for e in ev if e.type == "protest"]
    assert find(_pipeline("Workers called the strike a success on Thursday."), "protest")


def test_a_country_named_often_in_the_middle_of_a_story_that_opens_on_another_is_not_its_country():
    text = ("Myanmar's military regime on Friday extended its state of emergency.\n\n" + "Rebels fought on. " * 20 +
            "\n\nChina brokered talks. Chinese envoys met rebels. Chinese officials urged calm. Chinese trucks crossed."
            "\n\nSecurity forces detained at least 11 people in Yangon on Friday.")
    assert "China" not in find(_pipeline(text), "arrest").groups
    # a story that opens on no country keeps the one it names most
    text = ("Security forces detained at least 11 people on Friday.\n\n" + "Rebels fought on. " * 20 +
            "\n\nChina brokered talks. Chinese envoys met rebels. Chinese officials urged calm.")
    assert find(_pipeline(text), "arrest").groups == ["China"]


def test_a_chronologys_present_tense_fire_or_launch_at_a_target_is_an_attack():
    ev = _pipeline("- Jan. 9: the Houthis launch 18 drones, two cruise missiles and an anti-ship missile at shipping.")
    assert find(ev, "attack").groups[:1] == ["Houthis"] and find(ev, "attack").value == "2024-01-09"
    ev = _pipeline("- Dec. 3: The Houthis fire missiles at three commercial vessels in the southern Red Sea.")
    assert find(ev, "attack").groups[:1] == ["Houthis"]
    # the nouns: a launch pad, the launch of a program
    assert not [e for e in _pipeline("Forces seized a launch pad and two Katyusha rockets on Monday.")
                if e.type == "attack"]


def test_a_claim_by_a_group_linked_to_another_names_the_group_not_its_patron():
    ev = _pipeline("The attack was claimed on Monday by the al-Qaeda-linked Group for the Support of Islam and "
                   "Muslims (JNIM).")
    assert find(ev, "statement", stance="claim").groups[0] == "JNIM"
    assert find(ev, "attack").groups[0] == "JNIM"


def test_a_chronology_entry_headed_by_a_month_or_a_year_is_dated_by_it():
    ev = _pipeline('March 2025: Burkina Faso dismisses the videos as "fake".', published=dt.date(2025, 4, 6))
    assert find(ev, "statement").stance == "denial" and find(ev, "statement").value == "2025-03"
    ev = _pipeline("2014: IS seizes Mosul and declares a caliphate.", published=dt.date(2025, 4, 6))
    assert find(ev, "attack").groups[:1] == ["ISIS"] and find(ev, "attack").value == "2014"
    # a time that opens a sentence with no colon or dash heads nothing more than its sentence
    ev = _pipeline("In March 2025, Burkina Faso dismissed the videos as fake.", published=dt.date(2025, 4, 6))
    assert find(ev, "statement").value == "2025-03"


def test_dismissing_something_as_fake_or_baseless_is_a_denial():
    ev = _pipeline("Iran on Monday dismissed the report as baseless propaganda.")
    assert find(ev, "statement").stance == "denial"
    assert not [e for e in _pipeline("The judge dismissed the case as moot on Monday.") if e.stance == "denial"]


def test_a_regions_government_the_gazetteer_does_not_know_speaks_as_a_group_of_its_own():
    ev = _pipeline("The Tigray regional government on Friday accused Eritrean troops of killing civilians.")
    st = find(ev, "statement")
    assert (st.stance, st.groups, st.value) == ("accusation", ["Tigray regional government"], "2024-03-08")
    st = find(_pipeline("Puntland authorities condemned the bombing in Bosaso."), "statement")
    assert (st.stance, st.groups) == ("condemnation", ["Puntland authorities"])
    # a known country's government stays that country; a common adjective opening the sentence names no body
    assert find(_pipeline("South Sudan authorities condemned the attack."), "statement").groups == ["South Sudan"]
    assert not [e for e in _pipeline("Local authorities condemned the attack.") if e.type == "statement"]
    assert not [e for e in _pipeline("The federal government condemned the attack.") if e.type == "statement"]


def test_an_act_told_again_with_its_verb_left_out_and_a_time_of_its_own_is_a_second_event():
    ev = _pipeline("The Islamic State seized Fallujah in January 2014, and Ramadi in May 2015.")
    assert [(e.type, e.value, e.groups) for e in ev] == [("attack", "2014-01", ["ISIS"]), ("attack", "2015-05", ["ISIS"])]
    ev = _pipeline("Militants attacked the base in January and again in March, officials said.")
    assert [e.value for e in ev if e.type == "attack"] == ["2024-01", "2024-03"]
    # the second object is the second act's place, or its target
    ev = _pipeline("Rebels attacked a base in Goma in 2012 and Bukavu in 2024.")
    assert [(e.value, e.location) for e in ev] == [("2012", "Goma"), ("2024", "Bukavu")]
    ev = _pipeline("The United States struck Iraq in 2003 and Syria in 2014.")
    assert [(e.value, e.groups) for e in ev] == [("2003", ["United States", "Iraq"]), ("2014", ["United States", "Syria"])]
    # a second verb is a second act of its own (with its own time), no repeat of the first; a range is one span;
    # a time after the act's own is no repeat
    assert [e.value for e in _pipeline("He was elected in 2014 and re-elected in 2019.")] == ["2014", "2019"]
    assert [e.value for e in _pipeline("The group attacked the convoy between January and March.")] == ["2024-01"]
    assert len(_pipeline("Gunmen attacked the convoy on Monday and fled on Tuesday.")) == 1


def test_gunmen_or_troops_from_a_group_act_for_it():
    ev = _pipeline("Gunmen from the Viv Ansanm coalition stormed the town of Mirebalais on March 31.")
    assert find(ev, "attack").groups == ["Viv Ansanm"]
    assert find(_pipeline("Rebels of the M23 attacked the town on Monday."), "attack").groups == ["M23"]


def test_a_stretch_of_conflict_counted_in_months_or_years_is_no_event():
    ev = _pipeline("Israel and Hezbollah agreed to a ceasefire on November 27, 2024, ending more than a year of fighting.")
    assert [(e.type, e.value) for e in ev] == [("political", "2024-11-27")]
    assert not _pipeline("After two years of brutal fighting, the RSF controls most of Darfur.")
    # days of clashes told with their time are an event
    assert find(_pipeline("Three days of clashes in Tripoli killed 50 people last week."), "attack").value == "2024-W10"


def test_a_declared_ceasefire_and_a_designation_over_an_apposition_are_political_acts():
    ev = _pipeline("The PKK declared a ceasefire on March 1.")
    assert [(e.type, e.value, e.groups) for e in ev] == [("political", "2024-03-01", ["Kurdistan Workers' Party"])]
    assert find(_pipeline("The UN called for a ceasefire on Monday."), "statement").stance == "appeal"
    ev = _pipeline("The United States designated Harakat al-Nujaba, led by Akram al-Kaabi, as a terrorist group in "
                   "March 2019.")
    assert [(e.type, e.value, e.groups) for e in ev] == [("political", "2019-03", ["United States", "Harakat al-Nujaba"])]
    ev = _pipeline("March 4, 2025: The administration of President Donald Trump redesignates the Houthis as a Foreign "
                   "Terrorist Organization.", published=dt.date(2025, 7, 10))
    assert [(e.type, e.value, e.groups) for e in ev] == [("political", "2025-03-04", ["United States", "Houthis"])]


def test_what_a_side_holds_or_a_state_owns_names_the_side_an_attack_falls_on():
    assert find(_pipeline("Israel strikes the Houthi-held port of Hodeidah on Monday."), "attack").groups == [
        "Israel", "Houthis"]
    assert find(_pipeline("A Houthi ballistic missile landed near the main terminal of Israel's Ben Gurion airport on "
                          "Sunday."), "attack").groups == ["Houthis", "Israel"]
    assert find(_pipeline("Russian drones hit Ukraine's power grid on Monday."), "attack").groups == ["Russia", "Ukraine"]
    # the attacker's own holdings before the verb are no target
    assert find(_pipeline("Israel's air force struck targets in Gaza on Monday."), "attack").groups == ["Israel"]


def test_a_chronology_entry_in_the_present_seizes():
    ev = _pipeline("Nov. 19, 2023: Houthi forces in a helicopter seize the Galaxy Leader, a car carrier linked to an "
                   "Israeli businessman.", published=dt.date(2025, 7, 10))
    assert [(e.type, e.value, e.groups[:1]) for e in ev] == [("attack", "2023-11-19", ["Houthis"])]
    assert not [e for e in _pipeline("The Houthis threatened to seize ships on Monday.") if e.type == "attack"]
    # where the target stands is no side: "the embassy in Tanzania's commercial capital"
    ev = _pipeline("An explosion ripped through the American Embassy in Tanzania's commercial capital on Friday.")
    assert "Tanzania" not in find(ev, "attack").groups


def test_a_sentence_opening_on_by_and_a_time_is_no_byline_and_taking_control_is_an_attack():
    ev = _pipeline("By Sunday, the RSF said it had taken full control of Zamzam.")
    assert find(ev, "attack").groups == ["Rapid Support Forces"] and find(ev, "attack").value == "2024-03-10"
    assert not _pipeline("By Ahmed Saleh and John Smith")
    assert find(_pipeline("Rebels took control of the town on Monday."), "attack").value == "2024-03-11"


def test_a_siege_laid_since_a_time_is_a_series_and_sanctions_imposed_are_an_act():
    at = find(_pipeline("The RSF has laid siege to El Fasher since May last year."), "attack")
    assert (at.value, at.date, at.groups) == ("PAST_REF", dt.date(2023, 5, 1), ["Rapid Support Forces"])
    assert find(_pipeline("Washington also imposed sanctions on Hemedti."), "political").groups[0] == "United States"
    assert not _pipeline("US sanctions on Iran have hurt its economy.")


def test_a_pledge_of_allegiance_is_no_promise_and_a_quoted_designation_is_one():
    ev = _pipeline("Al-Shabaab emerged in 2006. The group formally pledged allegiance to al-Qaeda in February 2012.")
    assert ("formation", "2012-02", ["Al-Shabaab"]) in [(e.type, e.value, e.groups) for e in ev]
    assert not [e for e in ev if e.type == "statement"]
    ev = _pipeline('The United States had already designated it a "foreign terrorist organization" in 2008.')
    assert [(e.type, e.value) for e in ev] == [("political", "2008")]


def test_a_story_filed_from_a_bureau_abroad_gives_its_army_no_side_of_the_bureau():
    text = ("BANGKOK, Dec 10 (Reuters) - The Arakan Army, one of Myanmar's most powerful ethnic armed groups, said on "
            "Tuesday it had taken the town of Maungdaw from Myanmar's army and reached the border with Bangladesh.\n\n"
            "The military seized power in a coup in February 2021.")
    ev = _pipeline(text, published=dt.date(2024, 12, 10))
    assert not [e for e in ev if "Thailand" in e.groups], rows(ev)
    # a story from home that does not name its country again keeps the dateline's
    ev = _pipeline("MOGADISHU, March 3 (Reuters) - Police said they had arrested three men on Monday.",
                   published=dt.date(2024, 3, 4))
    assert find(ev, "arrest").groups == ["Somalia"]


def test_a_bureau_story_whose_lead_names_a_states_army_is_about_that_state_and_its_army_is_that_side():
    text = ("BANGKOK (AP) — The death toll from a Myanmar military airstrike on a village in Rakhine state has risen "
            "to 41, the Arakan Army said Friday.\n\nThe military seized power in a coup in February 2021. The truce "
            "collapsed in June.")
    ev = _pipeline(text, published=dt.date(2025, 1, 10))
    assert find(ev, "political", value="2021-02").groups[:2] == ["Myanmar military", "Myanmar"], rows(ev)
    assert find(ev, "political", value="2021-06").groups == ["Myanmar"]
    assert not [e for e in ev if "Thailand" in e.groups], rows(ev)
    # a state whose army the gazetteer does not list as a side of its own: the state
    ev = _pipeline("KHARTOUM (Reuters) - The army retook the capital in March. Sudan's war began in April 2023.",
                   published=dt.date(2025, 11, 6))
    assert find(ev, "attack").groups[:2] == ["Sudanese Armed Forces", "Sudan"], rows(ev)
    ev = _pipeline("ABUJA (Reuters) - The army retook the town of Marte in March.", published=dt.date(2025, 11, 6))
    assert find(ev, "attack").groups[:1] == ["Nigeria"], rows(ev)


def test_chronology_verbs_in_the_present_and_a_year_naming_a_treaty():
    pub = dt.date(2025, 5, 10)
    ev = _pipeline("April 23: India suspends the 1960 Indus Waters Treaty and expels Pakistani military advisers.",
                   published=pub)
    assert [(e.type, e.value, e.groups) for e in ev] == [("political", "2025-04-23", ["India", "Pakistan"])]
    ev = _pipeline("April 26: The Resistance Front retracts its claim, saying its account had been hacked.", published=pub)
    assert [(e.type, e.stance, e.value) for e in ev] == [("statement", "denial", "2025-04-26")]
    ev = _pipeline("April 27: Indian and Pakistani troops exchange small-arms fire along the Line of Control.",
                   published=pub)
    assert [(e.type, e.value, e.groups) for e in ev] == [("attack", "2025-04-27", ["India", "Pakistan"])]
    ev = _pipeline("Feb. 27, 2019: Pakistan shoots down an Indian fighter jet.", published=pub)
    assert find(ev, "attack").groups == ["Pakistan", "India"]
    ev = _pipeline("Feb. 14, 2019: A suicide bomber rams an explosives-laden car into a convoy of Indian police.",
                   published=pub)
    assert find(ev, "attack").value == "2019-02-14"
    # a year of the act itself still dates it
    assert find(_pipeline("Iran attacked the base in 2020."), "attack").value == "2020"


def test_the_rest_of_a_list_of_nouns_after_a_comma_is_no_clause_of_its_own():
    ev = _pipeline("Viv Ansanm launched coordinated attacks on police stations, prisons and the international airport "
                   "in Port-au-Prince at the end of February, freeing thousands of inmates.")
    assert find(ev, "attack").value == "2024-02"


def test_a_side_that_followed_suit_did_the_same_at_its_own_time():
    ev = _pipeline("The United States designated the PKK a foreign terrorist organisation in 1997, and the European "
                   "Union followed suit in 2002.")
    assert [(e.type, e.value, e.groups) for e in ev] == [
        ("political", "1997", ["United States", "Kurdistan Workers' Party"]),
        ("political", "2002", ["European Union", "Kurdistan Workers' Party"])]
    ev = _pipeline("Mali expelled the French ambassador in January. Burkina Faso followed suit in February.")
    assert [(e.value, e.groups) for e in ev] == [("2024-01", ["Mali", "France"]), ("2024-02", ["Burkina Faso", "France"])]
    assert ev[1].sentence == "Burkina Faso followed suit in February."
    # no act before: nothing to repeat
    assert [e.type for e in _pipeline("The European Union followed suit in 2002.")] == ["other"]  # a dated sentence


def test_an_armed_side_that_hits_a_ship_in_a_chronology_attacks_it():
    ev = _pipeline("June 12, 2024: The Houthis hit the Greek-owned coal carrier Tutor with an explosive-laden drone "
                   "boat.", published=dt.date(2025, 7, 10))
    assert [(e.type, e.value, e.groups) for e in ev] == [("attack", "2024-06-12", ["Houthis"])]


def test_unnamed_insurgents_in_a_story_about_one_armed_group_are_that_group():
    pub = dt.date(2024, 10, 5)
    text = ("Al-Shabaab fighters attacked a base in Mogadishu on Monday. Al-Shabaab said it killed 20 soldiers. "
            "Al-Shabaab has fought the government since 2006.\n\n"
            "May 2018: Insurgents behead 10 people in villages near Afgoye.\n\n"
            "March 24, 2021: Hundreds of militants storm the coastal town of Barawe.")
    ev = _pipeline(text, published=pub)
    assert find(ev, "killing", value="2018-05").groups == ["Al-Shabaab"]
    at = find(ev, "attack", value="2021-03-24")
    assert at.groups == ["Al-Shabaab"] and "implied" in at.explanation
    # two armed groups told as often: whose militants they are is not told
    text = ("Al-Shabaab attacked a base on Monday. JNIM attacked a town on Monday. Al-Shabaab and JNIM and "
            "al-Shabaab and JNIM fought on.\n\nMarch 24, 2021: Hundreds of militants storm the town of Barawe.")
    assert find(_pipeline(text, published=pub), "attack", value="2021-03-24").groups == []
    # the weather is no armed group's
    assert not [e for e in _pipeline("A storm hit the coast on Monday.") if e.type == "attack"]


def test_more_verbs_of_insurgency():
    ev = _pipeline("The M23 took up arms again in late 2021 and has since captured swathes of North Kivu province.")
    assert [e.type for e in ev] == ["attack", "attack"] and ev[0].value == "2021"
    ev = _pipeline('10 March 2021: The United States designates "ISIS-Mozambique" a foreign terrorist organisation.',
                   published=dt.date(2024, 10, 5))
    assert [(e.type, e.value, e.groups[:2]) for e in ev] == [  # (and its parent, the Islamic State)
        ("political", "2021-03-10", ["United States", "Islamic State Mozambique Province"])]


def test_fighting_between_two_sides_names_both_and_takes_the_time_of_its_verb():
    ev = _pipeline("Fighting between Zambada's faction, known as La Mayiza, and Guzman's sons, known as Los Chapitos, "
                   "erupted on Sept. 9, 2024.", published=dt.date(2025, 7, 28))
    at = find(ev, "attack")
    assert at.value == "2024-09-09" and {"La Mayiza", "Los Chapitos"} <= set(at.groups)
    at = find(_pipeline("Clashes between Hezbollah and Israel killed ten people on Monday."), "attack")
    assert at.groups == ["Hezbollah", "Israel"] and at.value == "2024-03-11"


def test_an_escaped_man_recaptured_is_arrested_and_a_long_designation_is_one_act():
    ev = _pipeline("Ecuadorean soldiers recaptured him in June in the coastal city of Manta.")
    assert find(ev, "arrest").groups == ["Ecuador"]
    assert find(_pipeline("Rebels recaptured the town in June."), "attack")
    ev = _pipeline("Washington designated the Sinaloa Cartel, the Jalisco New Generation Cartel (CJNG) and six other "
                   "criminal groups as foreign terrorist organizations in February.")
    assert [(e.type, e.value) for e in ev] == [("political", "2024-02")]
    # a people is not a state: "ethnic Albanian militants" are not Albania's
    at = find(_pipeline("Clashes between Serb police and ethnic Albanian militants killed ten people on Monday."), "attack")
    assert at.groups == ["Serbia"]


def test_a_side_named_before_the_attack_a_speaker_reports_is_the_attacker_and_its_own_positions_the_target():
    ev = _pipeline("On Tuesday, however, the SDF said a Turkish drone struck one of its positions near the Tishreen dam, "
                   "killing three of its fighters.")
    at = find(ev, "attack")
    assert at.groups == ["Turkey", "Syrian Democratic Forces"] and at.value == "2024-03-12"
    # the speaker is still no perpetrator
    assert not [e for e in _pipeline("Iran denied involvement in the attack.") if e.type == "attack"]


def test_a_live_blog_entry_dates_the_paragraph_under_its_headline():
    text = ("Haiti live: toll rises\n\nThursday, October 3, 2024\n\n22:30 GMT – US condemns horrific attack\n\n"
            "The US State Department condemned what it called a \"horrific\" attack on civilians.\n\n"
            "18:00 GMT – Kenya says more police will deploy\n\n"
            "Kenyan President William Ruto said Kenya would send another 600 officers to Haiti next month.")
    ev = _pipeline(text, published=dt.date(2024, 10, 4))
    # (the stamp tells when the entry was posted: the entry's events are of its day; the headline makes no row)
    assert find(ev, "statement", stance="condemnation").value == "2024-10-03"
    assert find(ev, "statement", groups=["Kenya"]).date == dt.date(2024, 10, 3)
    assert len([e for e in ev if e.type == "statement"]) == 2, rows(ev)


def test_a_measure_extended_a_leader_who_blew_himself_up_and_track_blown_up():
    ev = _pipeline("The government declared a six-month state of emergency on Aug. 4, and lawmakers extended it by "
                   "four months on Feb. 2.")
    assert [(e.type, e.value) for e in ev] == [("political", "2023-08-04"), ("political", "2024-02-02")]
    ev = _pipeline("In May 2021, Boko Haram leader Abubakar Shekau blew himself up while surrounded by ISWAP fighters.")
    assert find(ev, "killing").value == "2021-05"
    ev = _pipeline("Fighters from the Baloch Liberation Army blew up a section of track in the Bolan Pass on Tuesday.")
    assert find(ev, "attack").groups == ["Baloch Liberation Army"]
    assert not [e for e in _pipeline("The deal blew up in their faces on Monday.") if e.type in ("attack", "killing")]


def test_the_rebels_or_jihadists_just_told_of_act_and_speak_for_their_group():
    ev = _pipeline("The M23 seized Goma on Monday. On Tuesday the rebels took Minova, a key supply town.")
    assert [(e.type, e.value, e.groups) for e in ev] == [("attack", "2024-03-11", ["M23"]), ("attack", "2024-03-12", ["M23"])]
    ev = _pipeline("ISWAP said on Tuesday that its fighters had taken control of a base. In the same statement, the "
                   "jihadists warned residents of Marte to move away from military positions.")
    assert find(ev, "statement", stance="warning").groups[0] == "Islamic State West Africa Province"
    assert find(_pipeline("Russian forces took Avdiivka in February."), "attack").groups == ["Russia"]
    assert not [e for e in _pipeline("Russia took Ukraine to task on Monday.") if e.type == "attack"]


def test_a_warning_that_those_responsible_will_be_hunted_down_is_a_threat():
    ev = _pipeline('Mali\'s president warned that those responsible would be "hunted down wherever they are".')
    assert find(ev, "statement").stance == "threat"
    ev = _pipeline('"Those who committed this will be hunted down and brought to justice," Haiti\'s prime minister said.')
    assert find(ev, "statement").stance == "threat"
    assert find(_pipeline('The UN warned that the situation was "dangerous".'), "statement").stance == "warning"


def test_a_denial_of_an_attack_told_just_before_is_of_the_attacks_time():
    ev = _pipeline("In August, a drone and artillery attack killed scores of Rohingya trying to flee. The Arakan Army "
                   "denied responsibility.", published=dt.date(2024, 12, 10))
    st = find(ev, "statement", stance="denial")
    assert (st.value, st.date_basis) == ("2024-08", "implied")
    # an attack of the last days: the denial keeps its own day, the publication's
    ev = _pipeline("A rocket attack hit the embassy on Sunday. Iran denied involvement in the attack.")
    assert find(ev, "statement", stance="denial").value == "2024-03-12"


def test_who_brokered_a_ceasefire_is_a_side_of_it():
    ev = _pipeline("The US- and French-brokered ceasefire took effect on November 27.", published=dt.date(2025, 1, 26))
    assert [(e.type, e.value, e.groups) for e in ev] == [("political", "2024-11-27", ["United States", "France"])]
    ev = _pipeline("A Qatari-mediated truce between Israel and Hamas began on Friday.")
    assert find(ev, "political").groups == ["Israel", "Hamas", "Qatar"]


NIGERIA_STORY = ("MAIDUGURI, Nigeria (AP) — ISWAP fighters raided a base in Wajiroko on Monday, killing five soldiers, "
                 "the army said. ISWAP has grown stronger this year. Analysts say ISWAP now holds much of the lake shore.")


def test_the_story_countrys_forces_hit_by_an_armed_group_are_the_side_attacked():
    ev = _pipeline(NIGERIA_STORY + "\n\nIn November 2021, its fighters ambushed and killed Brigadier General "
                   "Dzarma Zirkusu.")
    raid = find(ev, "attack")
    assert "Nigeria" in raid.groups and "implied" in raid.explanation
    assert "Nigeria" in find(ev, "killing", value="2021-11").groups
    # forces someone else's, or who told it, or out of the country: no side implied
    for s in ("Gunmen killed six people at a car wash on Saturday, police said.",
              "ISWAP fighters attacked rebel positions on Saturday.",
              "ISWAP fighters attacked Chadian troops on Saturday.",
              "The attack touched off a rampage by Hausa security forces on Saturday.",
              "It followed a raid in neighbouring Niger, where ISWAP fighters killed ten soldiers on Saturday."):
        ev = _pipeline(NIGERIA_STORY + "\n\n" + s)
        assert "Nigeria" not in [g for e in ev if e.sentence.startswith(s[:20]) for g in e.groups], s


def test_a_state_striking_in_a_story_about_an_armed_group_strikes_that_group():
    yemen = ("SANAA, Yemen (AP) — Israeli jets struck Hodeidah port on Monday, the Houthis said. The Houthis have "
             "fired missiles at Israel since 2023. The Houthis vowed to respond.")
    ev = _pipeline(yemen)
    strike = find(ev, "attack", value="2024-03-11")
    assert strike.groups == ["Israel", "Houthis"] and "implied, the story's main armed group" in strike.explanation
    ev = _pipeline(NIGERIA_STORY + "\n\nTroops killed 12 militants in an operation on Saturday.")
    assert find(ev, "killing").groups[:2] == ["Nigeria", "Islamic State West Africa Province"]
    # the group's patron, a state's own dead, a fight, a state struck in: no side implied
    for s in ("Iranian drones struck a tanker on Saturday.", "Lebanon said three of its soldiers died on Saturday.",
              "Five Lebanese soldiers were killed in the attack on Saturday.", "Fighting with Israel raged on Saturday.",
              "Israel struck a port in Syria on Saturday."):
        ev = _pipeline(yemen + "\n\n" + s)
        assert "Houthis" not in [g for e in ev if e.sentence == s for g in e.groups], s


def test_the_main_armed_group_counts_its_network_and_leaves_out_forces_fighting_for_a_state():
    mali = ("BAMAKO, June 3 (Reuters) - JNIM, al-Qaida's affiliate in the Sahel, claimed the attack. JNIM has "
            "besieged Timbuktu. Wagner Group fighters and Malian troops pursued JNIM. Wagner Group mercenaries "
            "arrived in 2021, and Wagner Group now guards the mines. Wagner Group denied abuses. JNIM vowed more "
            "attacks. Al-Qaeda praised the raid.")
    ev = _pipeline(mali + "\n\nGunmen struck a checkpoint on Saturday.")
    raid = find(ev, "attack", value="2024-03-09")
    assert "JNIM" in raid.groups and "implied to be the story's main armed group, JNIM" in raid.explanation
    # two insurgent groups named about as often: no main group
    ev = _pipeline(mali.replace("Wagner Group", "The Azawad Liberation Front") + "\n\nGunmen struck a checkpoint "
                   "on Saturday.")
    assert "JNIM" not in find(ev, "attack", value="2024-03-09").groups


def test_a_state_killing_civilians_or_a_named_group_implies_no_main_group_as_target():
    ev = _pipeline(NIGERIA_STORY + "\n\nHuman rights groups accused troops of killing civilians on Saturday.")
    assert "Islamic State West Africa Province" not in [g for e in ev if e.type == "killing" for g in e.groups]
    for s in ("On Saturday, a U.S. drone strike killed al-Qaida leader Ayman al-Zawahiri.",
              "French forces killed al-Sahrawi on Saturday."):
        ev = _pipeline(NIGERIA_STORY + "\n\n" + s)
        assert "Islamic State West Africa Province" not in [g for e in ev if e.type in ("attack", "killing")
                                                             and "2024-03-09" == e.value for g in e.groups], s
    # a place struck is no named victim
    ev = _pipeline(NIGERIA_STORY + "\n\nNigerian jets struck Marte on Saturday.")
    assert "Islamic State West Africa Province" in find(ev, "attack", value="2024-03-09").groups


def test_what_of_an_armed_groups_was_hit_names_it_as_the_side_attacked():
    ev = _pipeline("Late Tuesday, gunmen attacked an SDF checkpoint in the town of Diban, killing two fighters.")
    assert "Syrian Democratic Forces" in find(ev, "attack").groups
    ev = _pipeline("Israeli jets struck Hezbollah positions in the south on Tuesday.")
    assert find(ev, "attack").groups == ["Israel", "Hezbollah"]
    # the group's fighters who did the killing are no target
    ev = _pipeline("It followed a massacre in Burkina Faso, where JNIM fighters killed scores of civilians on Aug. 24.")
    assert "JNIM" not in [g for e in ev if e.type == "killing" and "against JNIM" in e.explanation for g in e.groups]


def test_a_network_named_in_a_story_about_a_country_is_its_local_branch_there():
    text = ("MAPUTO, Oct 5, 2024 (AFP) - The Islamic State group claimed an attack on a village in Cabo Delgado on "
            "Thursday. Mozambique has fought the insurgency since 2017.")
    claim = find(_pipeline(text, published=dt.date(2024, 10, 5)), "statement", stance="claim")
    assert claim.groups == ["ISIS", "Islamic State Mozambique Province"] and "local branch" in claim.explanation
    # told as happening elsewhere, or in a country with no branch of the network: the network alone
    text = ("ISLAMABAD (AP) — Pakistan's army said on Monday that troops killed five militants. In July 2022, a U.S. "
            "drone strike in Kabul killed al-Qaida leader Ayman al-Zawahiri.")
    ev = _pipeline(text)
    assert "Al-Qaeda in the Indian Subcontinent" not in [g for e in ev for g in e.groups]
    text = "BAGHDAD (AP) — The Islamic State group claimed an attack on Thursday in Anbar province."
    assert find(_pipeline(text), "statement", stance="claim").groups == ["ISIS"]


@pytest.mark.parametrize("sentence, expected", [
    # troops sent, withdrawn or surrendered are acts of politics
    ("The African Union Mission in Somalia (AMISOM) deployed in March 2007.", ("political", "2007-03")),
    ("Niger's military government withdrew its troops from the force in March.", ("political", "2024-03")),
    ("The U.N. mission completed its withdrawal in December last year.", ("political", "2023-12")),
    ("SAMIM formally ended its mission on July 15.", ("political", "2023-07-15")),
    ("Soleimani was killed on Jan. 3. Iraq's parliament voted two days later to expel foreign troops.",
     ("political", "2024-01-05")),
    ("Naim Qassem took over as secretary-general in late October.", ("political", "2023-10")),
    ("Ahmed al-Sharaa was named interim president at the end of January.", ("political", "2024-01")),
    ("On Saturday, the attorney general's office reactivated arrest warrants against 31 ELN commanders.",
     ("political", "2024-03-09")),
    ("In August 2019, India revoked the semi-autonomous status of Jammu and Kashmir.", ("political", "2019-08")),
    ("Ethiopia signed a memorandum of understanding with Somaliland in January.", ("political", "2024-01")),
    ("The group takes its name from a peace agreement signed on March 23, 2009.", ("political", "2009-03-23")),
    ("On Oct. 19, Armenia agreed to return four border villages.", ("political", "2023-10-19")),
    ("The two countries announced a prisoner exchange on Dec. 7, 2023.", ("political", "2023-12-07")),
    ("Yerevan asked the Russian-led Collective Security Treaty Organization (CSTO) for military help on Sept. 14.",
     ("statement", "2023-09-14")),
    ("In August 2011, AU and government troops drove al-Shabaab out of Mogadishu.", ("attack", "2011-08")),
    ("Since late February, al-Shabaab has waged a coordinated offensive.", ("attack", "2024-02")),
    ("HTS led a lightning offensive in late November.", ("attack", "2023-11")),
    ('On Sept. 19, 2023, Azerbaijan launched a lightning "anti-terrorist" operation in Karabakh.', ("attack", "2023-09-19")),
    ("In 2014, IS militants had overrun a third of the country.", ("attack", "2014")),
])
def test_more_acts_of_war_and_politics_are_events(sentence, expected):
    ev = [e for e in _pipeline(sentence) if e.type != "killing"]
    assert (ev[0].type, ev[0].value) == expected, [(e.type, e.value, e.explanation) for e in ev]


@pytest.mark.parametrize("sentence", [
    "He made offensive remarks about the minister on Monday.",
    "The PKK, which has waged an insurgency inside Turkey for four decades, is listed as a terrorist group.",
    "StatesWest Airlines said on Monday it withdrew its offer to acquire Mesa Airlines.",
    "The new members have had to cut their armies and agree to buy compatible equipment in the coming years.",
])
def test_look_alikes_of_those_acts_are_not_political_or_attacks(sentence):
    assert not [e for e in _pipeline(sentence) if e.type in ("attack", "political")], sentence


def test_a_people_or_faith_community_is_a_side_but_never_the_group_or_it_named_after_it():
    ev = _pipeline("Yazidi lawmaker Saib Khidir called on Baghdad on Monday to deploy federal forces to Sinjar.")
    assert find(ev, "statement", stance="appeal").groups[0] == "Yazidis"
    ev = _pipeline("In August, a drone and artillery attack killed scores of Rohingya trying to flee.")
    assert "Rohingya" in find(ev, "attack").groups
    ev = _pipeline("Saraya Ansar al-Sunna said on Friday that its fighters had carried out attacks on Alawites. "
                   "The group threatened further operations on Saturday.")
    assert find(ev, "statement", stance="threat").groups == ["Saraya Ansar al-Sunna"]


def test_a_known_persons_hyphenated_name_written_with_a_space_is_the_same_person():
    ev = _pipeline("Iraqi Prime Minister Adel Abdul Mahdi condemned the strikes on Thursday. Later, Abdul Mahdi "
                   "urged coordination along the border.")
    appeal = find(ev, "statement", stance="appeal")
    assert appeal.groups == ["Iraq"] and appeal.actors == ["Adel Abdul-Mahdi"]


def test_a_bomb_or_bomber_that_killed_people_is_an_attack_with_its_toll():
    for s, value in (("Nov. 13, 2022 - A bomb on Istanbul's Istiklal Avenue kills six people.", "2022-11-13"),
                     ("In January 2023, a suicide bomber killed more than 80 people at a mosque.", "2023-01")):
        ev = _pipeline(s)
        assert [(e.type, e.value) for e in ev] == [("attack", value)] and "casualties" in ev[0].explanation
    assert not _pipeline("The bomb squad defused a device on Monday.")
    arrest = find(_pipeline("Police arrested a would-be bomber on Monday."), "arrest")
    assert arrest.value == "2024-03-11"


def test_an_aside_between_commas_leaves_the_speakers_clause_whole():
    ev = _pipeline("The PKK denied involvement. It said, however, that its units had attacked a Turkish military "
                   "outpost in Hakurk on Tuesday, killing three soldiers.", published=dt.date(2019, 9, 12))
    assert find(ev, "statement", stance="claim").groups == ["Kurdistan Workers' Party"]
    attack = find(ev, "attack")
    assert attack.groups[:2] == ["Kurdistan Workers' Party", "Turkey"] and attack.value == "2019-09-10"
    assert find(_pipeline("Iran, for its part, denied any role on Monday."), "statement").groups == ["Iran"]


def test_a_threat_or_accusation_quoted_after_other_words_is_a_statement_of_its_own():
    ev = _pipeline('Prime Minister Garry Conille said on Friday that police reinforcements would be sent to Artibonite. '
                   '"Those who committed this barbarity will be hunted down and brought to justice," he said.')
    assert sorted(e.stance for e in ev if e.type == "statement") == ["other", "threat"]
    assert find(ev, "statement", stance="threat").sentence.startswith('"Those who committed')
    ev = _pipeline('In Washington, Pentagon press secretary Maj. Gen. Pat Ryder condemned the attack and said US forces '
                   '"will respond at a time and place of our choosing". "We hold Iran and the groups it funds and arms '
                   'responsible," he told reporters.')
    assert find(ev, "statement", stance="accusation").groups == ["United States"]
    # the same stance again, or a quote with no stance of its own, continues the statement
    ev = _pipeline('Iran threatened revenge on Monday. "They will pay a heavy price," the ministry said.')
    assert [e.stance for e in ev if e.type == "statement"] == ["threat"]


def test_he_after_a_speaker_the_gazetteer_does_not_know_is_that_speaker():
    text = ('BAMAKO, Mali (AP) — On Tuesday evening, government spokesman Colonel Abdoulaye Maiga condemned what he '
            'called a "cowardly and barbaric" act. He warned that those responsible would be "hunted down wherever '
            'they are".')
    threat = find(_pipeline(text, published=dt.date(2024, 9, 18)), "statement", stance="threat")
    assert threat.groups == ["Mali"] and threat.date == dt.date(2024, 9, 17)


def test_a_stance_told_by_a_verb_of_its_own_after_neutral_words_is_a_new_statement():
    ev = _pipeline('Niger\'s military government said in a statement that it stood "shoulder to shoulder" with Bamako. '
                   'It called on AES member states to pool their forces.')
    assert sorted((e.stance, tuple(e.groups)) for e in ev if e.type == "statement") == [
        ("appeal", ("Niger",)), ("other", ("Niger",))]
    # "behind the building" accuses no one
    ev = _pipeline('"It was definitely a bomb," said a U.S. Embassy official. "You can see a huge crater behind the '
                   'building," he said.')
    assert [e.stance for e in ev if e.type == "statement"] == ["other"]


def test_what_the_same_speaker_goes_on_to_say_is_of_the_day_told_just_before():
    text = ("MAIDUGURI, Nigeria (AP) — Borno Governor Babagana Zulum, speaking after an emergency security council "
            "meeting on Wednesday, said ISWAP was gaining ground.\n\n"
            "He warned that Borno risked going back to 2014.")
    warning = find(_pipeline(text, published=dt.date(2025, 5, 15)), "statement", stance="warning")
    assert (warning.value, warning.date_basis) == ("2025-05-14", "implied")
    # another speaker of the same side keeps the day of the report
    text = ("MAIDUGURI, Nigeria (AP) — Borno Governor Babagana Zulum said on Wednesday that ISWAP was gaining ground."
            "\n\nArmy chief Olufemi Oluyede warned that troops would respond.")
    warning = find(_pipeline(text, published=dt.date(2025, 5, 15)), "statement", stance="warning")
    assert warning.value == "2025-05-15"


@pytest.mark.parametrize("sentence, expected", [
    ("April 18, 2022 - Turkey launches Operation Claw-Lock against PKK positions in the Metina area.",
     ("attack", "2022-04-18", ["Turkey", "Kurdistan Workers' Party"])),
    ("Prime Minister Mohammed Shia al-Sudani ordered an investigation on Monday.", ("political", "2024-03-11", ["Iraq"])),
    ("On Monday, interim president Ahmed al-Sharaa ordered all units not belonging to the Interior Ministry out of the "
     "villages.", ("political", "2024-03-11", ["Syria"])),
    ("The war ended when Bashar al-Assad was toppled in December 2024.", ("political", "2024-12", ["Syria"])),
    ("In October 2022, PUK ministers began boycotting meetings of the cabinet.", ("political", "2022-10", [])),
    ("Syrian Foreign Minister Faisal Mekdad visited Amman in July.", ("political", "2023-07", ["Syria", "Jordan"])),
    ("Aug. 8, 2025: Pashinyan and Aliyev meet Trump in Washington.",
     ("political", "2025-08-08", ["Armenia", "Azerbaijan", "United States"])),
    ("In January, Iraqi Prime Minister Mohammed Shia al-Sudani discussed a timetable with President Joe Biden.",
     ("political", "2024-01", ["Iraq", "United States"])),
])
def test_visits_meetings_orders_and_overthrows_are_political_and_named_operations_attack(sentence, expected):
    ev = _pipeline(sentence)
    assert (ev[0].type, ev[0].value, ev[0].groups) == expected, [(e.type, e.value, e.groups) for e in ev]


@pytest.mark.parametrize("sentence", [
    "He visited the hospital on Monday.",
    "They met Monday in Doha to discuss prices.",
    "A loyalist of ousted Prime Minister Norodom Ranariddh spoke on Monday.",
    "A group made up of former officers loyal to ousted president Bashar Assad claimed the ambush on Monday.",
    "Firefighters ordered the evacuation of nearby homes on Monday.",
])
def test_look_alikes_of_visits_and_overthrows_are_no_political_acts(sentence):
    assert not [e for e in _pipeline(sentence) if e.type == "political"], sentence


def test_an_act_told_of_the_speaker_in_a_relative_clause_leaves_the_statement_whole():
    ev = _pipeline('Indian Prime Minister Narendra Modi, who visited Kyiv on Friday, said that Ukraine and Russia should '
                   '"sit together without wasting time".', published=dt.date(2024, 8, 24))
    assert find(ev, "political").value == "2024-08-23" and find(ev, "statement").groups == ["India"]


# ------------------------------------------------------------ acts of state, coordinated times, blame and claims

@pytest.mark.parametrize("sentence, published, expected", [
    ("Traore in turn ousted Damiba in September 2022.", PUB, ("political", "2022-09")),
    ("In January 2022, Lieutenant Colonel Paul-Henri Damiba overthrew elected President Roch Kabore.", PUB,
     ("political", "2022-01")),
    ("A ceasefire signed in Geneva in October 2020 paved the way for a unity government.", PUB, ("political", "2020-10")),
    ("The Election Commission last week postponed polling there to May 25.", dt.date(2024, 5, 6),
     ("political", "2024-W18")),
    ("Nov. 23, 2017: Duterte formally terminates peace talks with the communist rebels.", PUB,
     ("political", "2017-11-23")),
    ("Feb. 22, 2019: Murad Ebrahim takes his oath as interim chief minister of the region.", PUB,
     ("political", "2019-02-22")),
])
def test_overthrows_truces_postponed_votes_and_oaths_are_political(sentence, published, expected):
    ev = _pipeline(sentence, published=published)
    assert [(e.type, e.value) for e in ev if e.type == "political"][:1] == [expected], rows(ev)


def test_war_declared_and_a_status_revoked_are_acts_of_the_state():
    ev = _pipeline("On Oct. 7, 2023, Hamas attacked southern Israel. Israel declared war on Hamas the same day.",
                   published=dt.date(2024, 10, 8))
    war = find(ev, "political")
    assert war.value == "2023-10-07" and war.groups[:1] == ["Israel"] and not find_all(ev, "statement")
    ev = _pipeline("Violence has declined since New Delhi revoked the region's semi-autonomous status in August 2019.",
                   published=dt.date(2024, 5, 6))
    assert (find(ev, "political").value, find(ev, "political").groups) == ("2019-08", ["India"])


def find_all(events, type_):
    return [e for e in events if e.type == type_]


def test_a_group_banned_as_terrorist_in_a_coordinated_clause_keeps_each_act_its_own_time():
    ev = _pipeline("TRF emerged in 2019 and India banned it as a terrorist organisation in January 2023.",
                   published=dt.date(2024, 5, 6))
    assert find(ev, "formation").value == "2019"
    ban = find(ev, "political")
    assert ban.value == "2023-01" and "India" in ban.groups and "The Resistance Front" in ban.groups


@pytest.mark.parametrize("sentence", [
    "On Monday, gunmen attacked a checkpoint and killed three soldiers.",
    "The army said it killed 12 militants on Monday and arrested four others.",
])
def test_a_time_shared_by_coordinated_acts_dates_both(sentence):
    ev = _pipeline(sentence)
    assert {e.value for e in ev if e.type != "statement"} == {"2024-03-11"}, rows(ev)


def test_a_group_named_before_its_apposition_is_the_one_formed():
    ev = _pipeline("Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al-Qaeda's branch in the Sahel, was formed in "
                   "March 2017 through the merger of four Malian groups.")
    f = find(ev, "formation")
    assert f.value == "2017-03" and f.groups[0] == "JNIM"


def test_an_accusation_framed_by_a_leading_time_is_of_that_time_and_the_act_accused_of_its_own():
    ev = _pipeline("In April, Human Rights Watch accused Burkinabe soldiers of executing at least 223 villagers in "
                   "Nondin and Soro in February.", published=dt.date(2024, 9, 4))
    acc = find(ev, "statement", stance="accusation")
    assert acc.value == "2024-04" and acc.groups == ["Human Rights Watch"]
    assert find(ev, "killing").value == "2024-02" and "Burkina Faso" in find(ev, "killing").groups
    # "executing" a plan kills no one
    assert not find_all(_pipeline("The army is executing a plan to retake the town."), "killing")


def test_the_blame_of_an_attack_just_told_is_of_its_time_and_names_who_did_it():
    text = ("In late July, a rocket struck a soccer field in the Golan Heights, killing 12 children. "
            "Israel blamed Hezbollah, which denied responsibility.\n\n"
            "In mid-September, thousands of pagers used by Hezbollah members exploded across Lebanon, killing "
            "dozens. Hezbollah blamed Israel, which did not comment.")
    ev = _pipeline(text, published=dt.date(2024, 10, 8))
    blames = [e for e in ev if e.stance == "accusation"]
    assert [(b.value, b.groups) for b in blames] == [("2024-07", ["Israel"]), ("2024-09", ["Hezbollah"])]
    attacks = find_all(ev, "attack")
    assert "Hezbollah" in attacks[0].groups and "Israel" in attacks[1].groups, rows(ev)
    # a blame with an object of its own, or of an attack of the last days, stays on its own day
    ev = _pipeline("On Saturday, a rocket struck a soccer field, killing 12 children. Israel blamed Hezbollah.")
    assert find(ev, "statement", stance="accusation").value == "2024-03-12"
    ev = _pipeline("In late July, a rocket struck a soccer field. Israel blamed Hezbollah for a drone attack on its "
                   "navy.", published=dt.date(2024, 10, 8))
    assert find(ev, "statement", stance="accusation").value == "2024-10-08"


def test_a_claim_of_an_act_dated_long_before_is_of_that_time():
    ev = _pipeline("JeM claimed the February 2019 suicide bombing in Pulwama that killed 40 paramilitary police.",
                   published=dt.date(2024, 5, 6))
    assert find(ev, "statement", stance="claim").value == "2019-02"
    ev = _pipeline("In December, militants ambushed two army vehicles in Poonch, killing four soldiers. PAFF claimed "
                   "that attack as well.", published=dt.date(2024, 5, 6))
    assert find(ev, "statement", stance="claim").value == "2023-12"
    # the claim of an attack of the last days, or one that has been made since, is of the report
    ev = _pipeline("Islamic State has claimed the February 2019 suicide bombing.", published=dt.date(2024, 5, 6))
    assert find(ev, "statement", stance="claim").value == "2024-05-06"
    ev = _pipeline("Hamas claimed the March 10 attack.")
    assert find(ev, "statement", stance="claim").value == "2024-03-12"


def test_an_appeal_with_its_day_between_verb_and_preposition():
    ev = _pipeline("Lebanon's caretaker prime minister, Najib Mikati, appealed on Tuesday for the international "
                   "community to pressure Israel into a ceasefire.", published=dt.date(2024, 10, 8))
    assert (find(ev, "statement").stance, find(ev, "statement").value) == ("appeal", "2024-10-08")


def test_an_armed_groups_attack_on_a_place_its_states_adjective_describes_falls_on_that_state():
    ev = _pipeline("Hezbollah fired dozens of rockets at the northern Israeli city of Haifa on Tuesday.",
                   published=dt.date(2024, 10, 8))
    assert find(ev, "attack").groups == ["Hezbollah", "Israel"]
    ev = _pipeline("Hezbollah fighters clashed with rivals in the Lebanese town of Tyre on Tuesday.",
                   published=dt.date(2024, 10, 8))
    assert find(ev, "attack").groups == ["Hezbollah"]
    ev = _pipeline("Hamas fired four rockets toward Tel Aviv, and the Qassam Brigades claimed the launch.")
    assert find(ev, "statement").stance == "claim"


def test_a_live_blogs_stamp_dates_its_entry_by_the_day_and_leaves_the_entrys_own_times_alone():
    text = ("Live: Truce announced in Tripoli after fierce clashes\n\n"
            "17:40 — Haftar's forces say they are 'monitoring'\n"
            "The eastern-based Libyan National Army said it was closely watching events in the capital.\n\n"
            "08:00 — What happened yesterday\n"
            "On Tuesday, Dbeibah said in a televised speech that the operation had been a success.\n\n"
            "07:15 — Background: a divided country\n"
            "Libya has been split between rival administrations in the east and west since 2014.")
    ev = _pipeline(text, published=dt.date(2025, 5, 14))
    said = [e for e in ev if e.type == "statement"]
    assert [(e.value, e.granularity) for e in said] == [("2025-05-14", "day"), ("2025-05-13", "day")], rows(ev)
    assert "in the entry headed '17:40'" in said[0].explanation
    assert [e.value for e in ev if e.type == "other"] == ["2014"]


@pytest.mark.parametrize("sentence, published, expected", [
    ("The group's capture of the city on Sunday has been followed by reports of mass killings.", dt.date(2025, 10, 30),
     ("attack", "2025-10-26")),
    ("Jan. 5, 2024: The MNDAA captures Laukkai, the capital of the Kokang region.", PUB, ("attack", "2024-01-05")),
    ("Oct. 27, 2023: The Three Brotherhood Alliance launches Operation 1027 in northern Shan State.", PUB,
     ("attack", "2023-10-27")),
    ("Nov. 13, 2023: The Arakan Army opens a new front in western Rakhine State.", PUB, ("attack", "2023-11-13")),
    ("Aug. 3, 2024: The MNDAA says it has taken Lashio, home of the military's northeastern command.", PUB,
     ("attack", "2024-08-03")),
    ("The RSF grew out of militias that the government armed to crush an uprising in Darfur in 2003.", PUB,
     ("attack", "2003")),
    ("The two sides formally launched those talks on Jan. 27.", PUB, ("political", "2024-01-27")),
    ("The Security Council authorized AUSSOM in December.", PUB, ("political", "2023-12")),
    ("AUSSOM, which took over from a previous AU mission on Jan. 1, faces a funding shortfall.", PUB,
     ("political", "2024-01-01")),
    ("Mass protests forced al-Bashir from power in April 2019.", PUB, ("political", "2019-04")),
    ("In July, the alliance named Hemedti head of a presidential council.", dt.date(2025, 10, 30),
     ("political", "2025-07")),
    ("Balochistan's chief minister, Sarfraz Bugti, declared an emergency at hospitals in Quetta on Monday.", PUB,
     ("political", "2024-03-11")),
    ("Kenya sent troops into Somalia in October 2011 to fight al-Shabaab.", PUB, ("political", "2011-10")),
])
def test_ground_taken_operations_fronts_and_acts_of_state(sentence, published, expected):
    ev = _pipeline(sentence, published=published)
    assert expected in [(e.type, e.value) for e in ev], rows(ev)


def test_a_pledge_dismissed_is_a_rejection():
    ev = _pipeline("Pentagon spokesman Pat Ryder dismissed the militia's pledge, saying actions speak louder than words.")
    assert (find(ev, "statement").stance, find(ev, "statement").groups) == ("rejection", ["United States"])


def test_an_answer_that_came_at_once_or_a_condemnation_of_that_strike_is_of_the_acts_time():
    ev = _pipeline("Fighters blew up a section of track and attacked the Jaffar Express on Tuesday afternoon. The BLA "
                   "claimed responsibility within hours.", published=dt.date(2025, 3, 12))
    claim = find(ev, "statement", stance="claim")
    assert claim.date == dt.date(2025, 3, 11) and find(ev, "attack").groups == ["Baloch Liberation Army"]
    ev = _pipeline("A U.S. drone strike in Baghdad on Jan. 4 killed a militia commander. Prime Minister Mohammed Shia "
                   "al-Sudani's office condemned that strike as a blatant aggression.", published=dt.date(2024, 1, 31))
    assert find(ev, "statement", stance="condemnation").value == "2024-01-04"
    # a claim of another act, and one of an attack of the last days with nothing saying when, stay on their day
    ev = _pipeline("On Sunday, a bomb killed ten people at a market. The Islamic State claimed responsibility.")
    assert find(ev, "statement", stance="claim").value == "2024-03-12"
    ev = _pipeline("In January, a bomb killed ten people at a market. The Islamic State claimed responsibility for a "
                   "bombing in Kabul.")
    assert find(ev, "statement", stance="claim").value == "2024-03-12"


def test_the_force_established_is_the_organization_the_sentence_before_names():
    ev = _pipeline("The RSF grew out of the Janjaweed, Arab militias armed by the government in 2003. The force was "
                   "formally established in 2013 under Hemedti's command.")
    f = find(ev, "formation")
    assert (f.value, f.groups) == ("2013", ["Rapid Support Forces"])


def test_a_time_after_place_appositions_closes_the_act_but_not_the_saying():
    ev = _pipeline("The RSF said it seized the town of Bara, north of El Obeid, the capital of North Kordofan state, "
                   "over the weekend.", published=dt.date(2025, 10, 30))
    assert find(ev, "attack").value == "2025-W43-WE"
    assert find(ev, "statement").value == "2025-10-30"


def test_they_after_one_armed_group_named_and_a_capitals_place_hit():
    ev = _pipeline("Kenya sent troops into Somalia in October 2011 to fight al-Shabaab, and its soldiers serve with the "
                   "AU force. They stormed Nairobi's Westgate mall in 2013.")
    assert find(ev, "attack").groups == ["Al-Shabaab", "Kenya"]
    # two armed groups named: "They" is not told
    ev = _pipeline("Kenya sent troops into Somalia to fight al-Shabaab and the Islamic State. They stormed a mall in 2013.")
    assert find(ev, "attack").groups == []


@pytest.mark.parametrize("sentence, published, groups", [
    ("Nasrallah was killed in a massive Israeli air strike on Beirut on September 27.", dt.date(2024, 10, 8),
     ["Hezbollah", "Israel"]),
    ("Hezbollah opened fire on Israeli positions on Monday.", PUB, ["Hezbollah", "Israel"]),
    ("May 4, 2025: A Houthi ballistic missile lands near the main terminal of Israel's Ben Gurion Airport.", PUB,
     ["Houthis", "Israel"]),
    ("On Oct. 7, 2023, Hamas-led militants stormed into southern Israel, killing about 1,200 people.", PUB,
     ["Hamas", "Israel"]),
    ("On April 1, an air strike widely attributed to Israel destroyed a building in Iran's embassy compound.", PUB,
     ["Israel", "Iran"]),
    ("The United States responded two days later with air strikes on Kataib Hezbollah facilities in Iraq.", PUB,
     ["United States", "Kataib Hezbollah"]),
    ("Hezbollah fighters clashed with rivals in Lebanon on Monday.", PUB, ["Hezbollah"]),
])
def test_the_side_that_struck_and_the_state_struck_named_around_the_attack(sentence, published, groups):
    ev = [e for e in _pipeline(sentence, published=published) if e.type in ("attack", "killing")]
    assert ev and ev[0].groups == groups, rows(ev)


def test_a_home_insurgencys_violence_falls_on_the_state_it_fights():
    ev = _pipeline("QUETTA, Pakistan (AP) — On August 26, 2024, BLA fighters launched coordinated attacks across the "
                   "province, killing more than 50 people.", published=dt.date(2025, 3, 12))
    a = find(ev, "attack")
    assert a.groups == ["Baloch Liberation Army", "Pakistan"] and "implied" in a.explanation
    # not a suicide, not a gang's violence, not an armed group abroad
    ev = _pipeline("ABUJA, Nigeria (AP) — In May 2021, Boko Haram leader Abubakar Shekau blew himself up while "
                   "surrounded by ISWAP fighters.")
    assert find(ev, "killing").groups == ["Boko Haram"]
    ev = _pipeline("PORT-AU-PRINCE, Haiti (AP) — Gran Grif gang members stormed the town of Pont-Sonde on Thursday.")
    assert "Haiti" not in find(ev, "attack").groups
    ev = _pipeline("QUETTA, Pakistan (AP) — In 2021, BLA fighters attacked a convoy in Iran.")
    assert "Pakistan" not in find(ev, "attack").groups


def test_an_attack_a_side_intends_to_carry_out_is_no_attack():
    ev = _pipeline("April 30: Pakistan's Information Minister Attaullah Tarar says Islamabad has \"credible "
                   "intelligence\" that India intends to carry out a military strike within the next 24 to 36 hours.",
                   published=dt.date(2025, 5, 12))
    assert not find_all(ev, "attack") and find(ev, "statement").groups == ["Pakistan"]


@pytest.mark.parametrize("sentence, published, expected", [
    ("Addis Ababa signed a memorandum of understanding with the breakaway region of Somaliland on January 1, 2024.",
     PUB, ("political", "2024-01-01", ["Ethiopia", "Somaliland"])),
    ("Kinshasa announced on Saturday that it was severing diplomatic ties with Kigali.", dt.date(2025, 1, 27),
     ("political", "2025-01-25", ["Democratic Republic of the Congo", "Rwanda"])),
    ("Also on Tuesday, Britain hosted a conference in London on Sudan.", dt.date(2025, 4, 16),
     ("political", "2025-04-15", ["United Kingdom"])),
    ("Britain announced 120 million pounds in new aid for Sudan on Tuesday.", dt.date(2025, 4, 16),
     ("political", "2025-04-15", ["United Kingdom"])),
    ("Kabul fell to the Taliban in August 2021.", PUB, ("attack", "2021-08", ["Taliban", "Afghanistan"])),
])
def test_capitals_acting_ties_severed_conferences_aid_and_cities_fallen(sentence, published, expected):
    ev = _pipeline(sentence, published=published)
    assert expected in [(e.type, e.value, e.groups) for e in ev], rows(ev)


@pytest.mark.parametrize("sentence, value", [
    ('Biya convened a "major national dialogue" in Yaounde on September 30.', "2023-09-30"),
    ("The U.N. Security Council held an emergency meeting on Monday.", "2023-10-02"),
    ("Jan. 21, 2019: Voters in a plebiscite ratify the Bangsamoro Organic Law.", "2019-01-21"),
    ("The Arab League readmitted Damascus in May after a 12-year suspension.", "2023-05"),
    ("In February the two sides agreed in principle on a joint plan towards peace.", "2023-02"),
    ('May 6, 2021 - President Felix Tshisekedi places North Kivu and Ituri under a "state of siege".', "2021-05-06"),
    ('In April 2023 the junta decreed a "general mobilisation".', "2023-04"),
    ("Mediators proposed a three-month humanitarian truce in September.", "2023-09"),
    ("In April 2023 the government ordered the integration of regional special forces into the army.", "2023-04"),
    ("The two neighbours patched up relations under a Turkish-brokered deal, the Ankara Declaration, in December.",
     "2022-12"),
    ("A bilateral ceasefire agreed with the ELN in 2021 expired in August.", "2021"),
    ("Iraq declared victory over Islamic State in December 2017.", "2017-12"),
    ("The ceasefire, which took effect on November 27, ended more than a year of hostilities.", "2022-11-27"),
    ("Qassem was named his successor in October.", "2023-10"),
    ("The Security Council voted in August to extend the mandate of the mission.", "2023-08"),
])
def test_more_acts_of_state_and_diplomacy_are_political(sentence, value):
    ev = _pipeline(sentence, published=dt.date(2023, 10, 4))
    assert ("political", value) in [(e.type, e.value) for e in ev], rows(ev)


def test_states_forming_a_named_alliance_are_its_founders():
    ev = _pipeline("Burkina, Mali and Niger, all ruled by juntas, formed the Alliance of Sahel States (AES) in "
                   "September 2023.", published=dt.date(2024, 8, 27))
    assert find(ev, "formation").groups == ["Alliance of Sahel States", "Burkina Faso", "Mali", "Niger"], rows(ev)
    assert find(ev, "formation").value == "2023-09"
    # a formation verb that ends its clause: nothing named formed right after it
    ev = _pipeline("Mali and Niger formed, officials said, a new alliance in 2023.", published=dt.date(2024, 8, 27))
    assert not [e for e in ev if e.type == "formation" and "Mali" in e.groups], rows(ev)
    # the passive: the subject is what was formed
    ev = _pipeline("The Alliance of Sahel States was formed in September 2023.", published=dt.date(2024, 8, 27))
    assert find(ev, "formation").groups == ["Alliance of Sahel States"]


@pytest.mark.parametrize("sentence, expected", [
    ("Aug. 7, 2025: The Syrian National Army shells SDF positions near Deir Hafer.",
     ("attack", "2025-08-07", ["Syrian National Army", "Syrian Democratic Forces"])),
    ("Turkey launched a ground and air offensive, dubbed Operation Claw, against PKK bases in the Hakurk region in "
     "May.", ("attack", "2025-05", ["Turkey"])),
    ("At a summit in Niamey in July, the three leaders turned the alliance into a confederation.",
     ("political", "2025-07", [])),
    ("Ethiopia's parliament removed the TPLF from its list of terrorist organisations in March.",
     ("political", "2025-03", ["Ethiopia", "Tigray People's Liberation Front"])),
])
def test_chronology_presents_long_offensives_confederations_and_delistings(sentence, expected):
    ev = _pipeline(sentence, published=dt.date(2025, 9, 1))
    assert expected in [(e.type, e.value, e.groups) for e in ev], rows(ev)


def test_a_chronologys_present_occupy_attacks_but_protesters_occupying_do_not():
    ev = _pipeline("March 23, 2020: Insurgents briefly occupy Mocimboa da Praia.", published=dt.date(2024, 10, 5))
    assert find(ev, "attack").value == "2020-03-23"
    ev = _pipeline("The army shells out money for food on Monday.")
    assert not find_all(ev, "attack")


@pytest.mark.parametrize("sentence", [
    "The patient was readmitted to hospital in May.",
    "He held a meeting with reporters on Monday.",
    "Firefighters ordered residents out on Monday.",
    "MCA and the Bronfman associates agreed in principle to buy the theater complex on Monday.",
])
def test_ordinary_meetings_and_readmissions_are_no_acts_of_state(sentence):
    assert not find_all(_pipeline(sentence, published=dt.date(2023, 10, 4)), "political")


@pytest.mark.parametrize("sentence", [
    "The task fell to President Biden in January.",
    "Prices fell to their lowest level in March.",
])
def test_what_falls_to_no_armed_group_is_no_attack(sentence):
    assert not find_all(_pipeline(sentence), "attack")


def test_a_group_deciding_to_disband_is_no_act_of_the_story_country():
    ev = _pipeline("ANKARA, Turkey (AP) — The PKK declared a ceasefire on March 1, and in May it announced that it had "
                   "decided to disband.", published=dt.date(2025, 7, 27))
    ends = [e for e in ev if e.type == "political" and e.value == "2025-05"]
    assert ends and "Turkey" not in ends[0].groups, rows(ev)


def test_that_night_opens_a_time_not_a_clause_and_a_participle_speaks_for_the_main_clauses_subject():
    ev = _pipeline("Israeli troops crossed into Lebanon on Oct. 1, and Iran fired about 180 ballistic missiles at Israel "
                   "that night, saying it was avenging Nasrallah and Haniyeh.", published=dt.date(2024, 10, 8))
    fired = [e for e in ev if e.type == "attack" and e.groups[:1] == ["Iran"]]
    assert fired and fired[0].date == dt.date(2024, 10, 1), rows(ev)
    claim = find(ev, "statement")
    assert (claim.stance, claim.groups, claim.date) == ("claim", ["Iran"], dt.date(2024, 10, 1))


@pytest.mark.parametrize("sentence, published, expected", [
    ("The Islamic State's al-Naba weekly claimed on Thursday that its fighters had ambushed an army patrol.",
     dt.date(2024, 10, 8), ("claim", "2024-10-03", ["ISIS"])),
    ("Pakistan says 31 civilians were killed and claims to have shot down five Indian aircraft.", dt.date(2025, 5, 8),
     ("claim", "2025-05-08", ["Pakistan"])),
])
def test_claims_with_their_day_or_their_act_after_the_verb(sentence, published, expected):
    st = find(_pipeline(sentence, published=published), "statement")
    assert (st.stance, st.value, st.groups) == expected


def test_an_insurgency_launched_is_an_attack():
    ev = _pipeline("Boko Haram launched its armed insurgency in 2009.")
    assert (find(ev, "attack").value, find(ev, "attack").groups[:1]) == ("2009", ["Boko Haram"])


def test_before_dawn_is_a_time_of_day_and_a_possessive_side_behind_a_date():
    ev = _pipeline("Dozens of Israeli jets struck missile factories before dawn on Saturday, in what Israel said was a "
                   "response to Iran's Oct. 1 barrage of about 200 ballistic missiles.", published=dt.date(2024, 10, 28))
    attacks = find_all(ev, "attack")
    assert [(a.value, a.groups[:1]) for a in attacks] == [("2024-10-26TMO", ["Israel"]), ("2024-10-01", ["Iran"])], rows(ev)
    assert attacks[0].date == dt.date(2024, 10, 26)


def test_weapons_a_side_responded_with_are_its_attack_and_more_than_a_count_is_no_negation():
    ev = _pipeline("Iran responded on April 13 with more than 300 drones and missiles, nearly all of which were shot "
                   "down by Israel and its allies.", published=dt.date(2024, 10, 28))
    assert ("2024-04-13", ["Iran", "Israel"]) in [(e.value, e.groups) for e in ev if e.type == "attack"], rows(ev)
    assert not find_all(_pipeline("Residents fear more attacks on the camp."), "attack")


def test_two_acts_of_state_each_with_its_time_in_one_clause_are_two_events():
    ev = _pipeline("A nine-member transitional presidential council was sworn in on April 25 and named Conille prime "
                   "minister in late May.", published=dt.date(2024, 10, 8))
    assert [e.value for e in ev if e.type == "political"] == ["2024-04-25", "2024-05"], rows(ev)


def test_attacks_counted_in_the_present_perfect_since_a_time_are_a_series():
    ev = _pipeline("Iran-aligned groups have carried out more than 160 attacks on U.S. forces in Iraq and Syria since "
                   "mid-October, according to the Pentagon.", published=dt.date(2024, 1, 31))
    a = find(ev, "attack")
    assert a.date == dt.date(2023, 10, 1) and "a series since" in a.explanation


def test_a_vow_that_the_government_would_eliminate_them_is_a_threat():
    ev = _pipeline("In a statement from his office, Prime Minister Shehbaz Sharif vowed that the government would "
                   "\"eliminate terrorism from every inch of Balochistan\".", published=dt.date(2025, 3, 12))
    assert (find(ev, "statement").stance, find(ev, "statement").groups) == ("threat", ["Pakistan"])
    assert not [e for e in _pipeline("He vowed that talks would continue.") if e.stance == "threat"]


CAMEROON = ("YAOUNDE, Cameroon (AP) — Separatist fighters in Cameroon's English-speaking regions have ordered "
            "residents to stay at home.\n\n")


def test_the_government_of_the_story_country_answers_the_act_just_told_at_its_time():
    ev = _pipeline(CAMEROON + "On February 14, 2020, soldiers killed 21 civilians in Ngarbuh. The government "
                   "initially denied that troops were responsible.\n\nOn October 24, 2020, gunmen stormed a school "
                   "in Kumba and killed seven pupils. The government blamed separatists.", published=dt.date(2023, 9, 30))
    st = [(e.stance, e.value, e.groups) for e in ev if e.type == "statement"]
    assert st == [("denial", "2020-02-14", ["Cameroon"]), ("accusation", "2020-10-24", ["Cameroon"])], rows(ev)


def test_independence_proclaimed_is_political_and_an_admission_is_a_statement():
    ev = _pipeline(CAMEROON + "On October 1, 2017, separatist leaders proclaimed the independence of Ambazonia.",
                   published=dt.date(2023, 9, 30))
    assert find(ev, "political").value == "2017-10-01"
    ev = _pipeline("In 2008, Kosovo declared independence from Serbia.")
    assert find(ev, "political").value == "2008" and not find_all(ev, "statement")
    ev = _pipeline(CAMEROON + "The government admitted in April 2020 that soldiers had taken part.",
                   published=dt.date(2023, 9, 30))
    assert (find(ev, "statement").value, find(ev, "statement").groups) == ("2020-04", ["Cameroon"])


def test_he_after_a_speaker_of_no_known_side_and_more_attacks_likely_are_no_attack():
    text = ("PATTANI, Thailand (BenarNews) — Bombs exploded across the south on Sunday.\n\n"
            "\"This is the work of the BRN's armed wing,\" Colonel Pramote Prom-in, spokesman for the regional "
            "command, told BenarNews on Monday.\n\n"
            "He warned that more attacks were likely in the coming days.")
    ev = _pipeline(text, published=dt.date(2024, 10, 28))
    warning = find(ev, "statement", stance="warning")
    assert warning.actors == ["Pramote Prom-in"] and warning.groups == []
    assert [e.value for e in ev if e.type == "attack"] == ["2024-10-27"]
    # a count of more dead is no negation
    ev = _pipeline("Seven protesters were shot dead on Monday, and 78 more died of suffocation.")
    assert len(find_all(ev, "killing")) == 2


def test_an_act_of_state_soon_after_a_dated_act_is_of_that_month():
    ev = _pipeline("Iraq recalled its ambassador to Iran after Iran's Revolutionary Guards fired ballistic missiles at "
                   "Erbil, capital of the Kurdistan region, on Jan. 15, killing four civilians.",
                   published=dt.date(2024, 2, 8))
    p = find(ev, "political")
    assert (p.value, p.granularity, p.date_basis) == ("2024-01", "month", "implied")
    # an act of the last days stays on the report's day
    ev = _pipeline("The army withdrew from the town after rebels attacked it on Monday.")
    assert find(ev, "political").value == "2024-03-12"


@pytest.mark.parametrize("sentence, stance, actor", [
    ("State officials blamed Boko Haram for the attack.", "accusation", "state officials"),
    ("Opponents have dismissed the plan as a sham.", "rejection", "opponents"),
    ("Earlier this week, several armed groups warned that anyone found on the streets would be punished.", "warning",
     "armed groups"),
])
def test_a_stance_of_speakers_of_no_known_side_is_kept_with_who_spoke(sentence, stance, actor):
    st = find(_pipeline(sentence), "statement")
    assert (st.stance, st.groups, st.actors) == (stance, [], [actor])


def test_neutral_words_of_speakers_of_no_known_side_make_no_row():
    assert not find_all(_pipeline("Some reports said the town had fallen."), "statement")


def test_an_appeal_with_its_time_between_verb_and_object_is_an_appeal():
    ev = _pipeline("The U.N. humanitarian coordinator appealed earlier this month for donors to fund a response plan.",
                   published=dt.date(2025, 5, 6))
    st = find(ev, "statement", stance="appeal")
    assert (st.value, st.groups) == ("2025-05", ["United Nations"]), rows(ev)


def test_a_group_blamed_in_the_present_for_a_dated_killing_far_in_its_object():
    ev = _pipeline("Gran Grif, based in the Artibonite valley, is blamed for the killing of at least 115 people in the "
                   "town of Pont-Sonde on Oct. 3, 2024.", published=dt.date(2025, 5, 6))
    k = find(ev, "killing")
    assert (k.value, k.groups) == ("2024-10-03", ["Gran Grif"]), rows(ev)
    # a verb in the past keeps a time far inside its object for itself
    ev = _pipeline("Clinton condemned the bombing of the embassies in Kenya and Tanzania on Thursday.",
                   published=dt.date(1998, 8, 10))
    assert find(ev, "statement", stance="condemnation").value == "1998-08-06", rows(ev)


def test_names_set_in_apposition_to_gangs_are_groups():
    ev = _pipeline("Police say two gang coalitions, Kraze Baryè and Grif Noir, control most of the capital. On Sunday, "
                   "Grif Noir gunmen stormed the suburb of Kenscoff.", published=dt.date(2025, 5, 6))
    assert "Grif Noir" in find(ev, "attack").groups, rows(ev)


def test_it_after_an_armed_group_subject_is_that_group():
    ev = _pipeline("Viv Ansanm, which means \"living together\" in Haitian Creole, was formed in September 2023 as a pact "
                   "between rival gangs. On Feb. 29, 2024, it launched coordinated attacks on police stations and prisons.",
                   published=dt.date(2025, 5, 6))
    assert find(ev, "attack").groups[:1] == ["Viv Ansanm"], rows(ev)
    # not when another side is named in between, nor a state
    ev = _pipeline("The United Nations said the mission was underfunded. On Feb. 29, 2024, it launched an appeal.",
                   published=dt.date(2025, 5, 6))
    assert not [e for e in ev if e.type == "attack"], rows(ev)


def test_violence_in_general_is_no_attack():
    ev = _pipeline("The State Department announced the designations on Friday, calling the gangs the main source of "
                   "violence in Haiti.", published=dt.date(2025, 5, 6))
    assert not [e for e in ev if e.type == "attack"], rows(ev)
    pol = find(ev, "political")
    assert (pol.value, pol.groups) == ("2025-05-02", ["United States"]), rows(ev)


def test_an_armed_group_saying_it_did_the_act_claims_it():
    ev = _pipeline("An anti-ship missile fired by Houthi rebels struck a U.S.-owned bulk carrier on Monday. The Houthis' "
                   "military spokesman, Yahya Saree, said the group had targeted the ship with naval missiles.",
                   published=dt.date(2024, 1, 15))
    claim = find(ev, "statement", stance="claim")
    assert claim.groups == ["Houthis"], rows(ev)
    # what it says of another side's act claims nothing
    ev = _pipeline("The Houthis' military spokesman said U.S. warplanes had struck a radar site near Sanaa on Saturday.",
                   published=dt.date(2024, 1, 15))
    assert not [e for e in ev if e.stance == "claim"], rows(ev)


def test_a_time_before_the_sentences_verb_dates_the_attack_noun():
    ev = _pipeline("American warplanes struck more than 60 targets across Yemen early Friday. A second U.S. strike on "
                   "Saturday hit a radar site.", published=dt.date(2024, 1, 15))
    assert [e.value for e in ev if e.type == "attack"] == ["2024-01-12", "2024-01-13"], rows(ev)


@pytest.mark.parametrize("sentence, crowd", [
    ("On Wednesday, hundreds of teachers, nurses and laborers from outside the region marched to the county "
     "commissioner's office.", "teachers, nurses and laborers from outside the region"),
    ("Two days later, thousands of people marched through Port-au-Prince.", "thousands of people"),
    ("Activists have called another rally against the French military presence for Friday.", "Activists"),
    ("Opposition lawmakers walked out of the National Assembly on Tuesday in protest at the talks.", "Opposition lawmakers"),
    ("During the turmoil in early October, protesters attacked the French embassy in Ouagadougou.", "protesters"),
])
def test_the_crowd_that_protests_is_its_side(sentence, crowd):
    ev = _pipeline(sentence, published=dt.date(2022, 11, 17))
    assert find(ev, "protest").groups == [crowd], rows(ev)


def test_a_protest_by_a_pronoun_or_a_known_group_names_no_crowd():
    ev = _pipeline("On Sunday, several hundred of them protested outside the prime minister's office.",
                   published=dt.date(2023, 12, 5))
    assert find(ev, "protest").groups == [], rows(ev)
    ev = _pipeline("Tens of thousands of Houthi supporters rallied in Sanaa on Friday.", published=dt.date(2024, 1, 15))
    assert find(ev, "protest").groups == ["Houthis"], rows(ev)


def test_them_who_protest_are_the_crowd_the_sentence_before_opens_with():
    ev = _pipeline("In Israel, about 60,000 residents of northern communities remain displaced. On Sunday, several "
                   "hundred of them protested outside the prime minister's office.", published=dt.date(2023, 12, 5))
    assert find(ev, "protest").groups == ["residents of northern communities"], rows(ev)
    ev = _pipeline("The rebels seized the town. On Sunday, they protested outside the prime minister's office.",
                   published=dt.date(2023, 12, 5))
    assert find(ev, "protest").groups == [], rows(ev)


def test_those_who_gather_to_mark_an_anniversary_are_its_side():
    ev = _pipeline("Parents of the schoolchildren plan to gather at the school next Thursday to mark the seventh "
                   "anniversary of the massacre.", published=dt.date(2021, 12, 10))
    a = find(ev, "anniversary")
    assert (a.value, a.groups) == ("2021-12-16", ["Parents of the schoolchildren"]), rows(ev)


def test_a_security_official_speaks_for_the_state_of_the_story():
    ev = _pipeline("PESHAWAR, Pakistan (Wire) -- The Pakistani Taliban on Thursday declared an end to their ceasefire. "
                   "A senior security official in Peshawar warned that the militants were likely to step up attacks.",
                   published=dt.date(2021, 12, 10))
    assert find(ev, "statement", stance="warning").groups == ["Pakistan"], rows(ev)


def test_its_attack_is_the_story_groups():
    text = ("PESHAWAR, Pakistan (Wire) -- The TTP said on Thursday it ended its truce with the government. The TTP "
            "has killed thousands. The TTP was formed in December 2007. The United States designated it a terrorist "
            "organization in 2010. Its deadliest attack came on Dec. 16, 2014, when gunmen stormed a school in Peshawar.")
    ev = _pipeline(text, published=dt.date(2021, 12, 10))
    a = [e for e in ev if e.type == "attack" and e.value == "2014-12-16"]
    assert a and "Tehrik-i-Taliban Pakistan" in a[0].groups, rows(ev)


@pytest.mark.parametrize("sentence", [
    "The unusual airing of protests against President Fidel Castro appeared aimed at warning Cubans.",
    "Lawyers for the boy's family in Miami sent letters of protest to the Attorney General on Wednesday.",
    "The ruling follows six months of political recriminations and wide-spread protests.",
])
def test_words_before_a_protest_noun_are_no_crowd(sentence):
    ev = _pipeline(sentence, published=dt.date(2000, 1, 7))
    assert all(e.groups == [] for e in ev if e.type == "protest"), rows(ev)


def test_a_blockade_since_a_month_is_an_attack_begun_then():
    text = ("OUAGADOUGOU, Burkina Faso (Wire) -- JNIM fighters killed 11 soldiers on Sept. 26. JNIM claimed the attack. "
            "JNIM has grown. Djibo, a town swollen by refugees, has been under a jihadist blockade since February.")
    ev = _pipeline(text, published=dt.date(2022, 11, 17))
    b = [e for e in ev if e.type == "attack" and "blockade" in e.sentence]
    assert b and b[0].value == "2022-02" and "JNIM" in b[0].groups, rows(ev)
    assert not [e for e in _pipeline("Saudi Arabia lifted the blockade of Qatar on Tuesday.") if e.type == "attack"]


def test_a_crowd_accusing_and_the_side_it_accuses_denying_are_two_speakers():
    ev = _pipeline("During the turmoil in early October, protesters attacked the French embassy in Ouagadougou, "
                   "accusing Paris of sheltering Damiba, an accusation France denied.", published=dt.date(2022, 11, 17))
    assert find(ev, "statement", stance="accusation").groups == ["protesters"], rows(ev)
    assert find(ev, "statement", stance="denial").groups == ["France"], rows(ev)


def test_regret_expressed_is_a_statement_and_an_envoy_due_in_a_capital_a_visit_ahead():
    ev = _pipeline("The Israeli military expressed regret over the incident, saying its forces had been targeting "
                   "Hezbollah launch sites nearby.", published=dt.date(2023, 12, 5))
    assert find(ev, "statement").groups == ["Israel"], rows(ev)
    ev = _pipeline("A U.S. envoy is due in Beirut on Thursday to press for a diplomatic arrangement.",
                   published=dt.date(2023, 12, 5))
    p = find(ev, "political")
    assert (p.value, p.groups, p.future) == ("2023-12-07", ["United States"], True), rows(ev)


def test_a_designation_told_first_undated_takes_the_day_of_its_announcement():
    text = ("PORT-AU-PRINCE, Haiti (Wire) -- The United States has designated Haiti's gang coalitions, Viv Ansanm and "
            "Gran Grif, as foreign terrorist organizations.\n\nThe State Department announced the designations on "
            "Friday, calling the gangs the main source of violence in Haiti.")
    ev = _pipeline(text, published=dt.date(2025, 5, 6))
    pol = [e for e in ev if e.type == "political"]
    assert [(e.value, e.groups[0]) for e in pol] == [("2025-05-02", "United States")], rows(ev)
    assert "announced the designations" in pol[0].sentence
    assert not [e for e in ev if e.type == "statement"], rows(ev)


def test_a_minister_of_no_named_country_is_the_story_states():
    ev = _pipeline("MANDERA, Kenya (Wire) -- Police arrested two men. The interior minister said on Monday that the "
                   "attackers had fled across the border.", published=dt.date(2016, 10, 27))
    assert find(ev, "statement").groups == ["Kenya"], rows(ev)
    ev = _pipeline("JERUSALEM (Wire) -- Israel's defense minister warned last week that Israel would use force.",
                   published=dt.date(2023, 12, 5))
    assert find(ev, "statement", stance="warning").groups == ["Israel"], rows(ev)


def test_names_a_text_gives_numbered_units_and_councils_of_a_place_are_sides():
    text = ("TRIPOLI (Wire) -- Members of the Special Deterrence Force, an Islamist-leaning militia known as Rada, "
            "detained Mahmoud Hamza, commander of the rival 444th Brigade, on Monday as he tried to board a flight.\n\n"
            "The 444th Brigade warned on Monday evening that it would \"not stand idly by\" while its commander was held.\n\n"
            "Late Tuesday, the Social Council of Souq al-Juma announced a ceasefire.\n\n"
            "In a brief statement, Rada denied it had acted outside the law.")
    ev = _pipeline(text, published=dt.date(2023, 8, 16))
    arrest = find(ev, "arrest")
    assert (arrest.value, arrest.groups[0]) == ("2023-08-14", "Special Deterrence Force"), rows(ev)
    assert find(ev, "statement", stance="threat").groups == ["444th Brigade"], rows(ev)
    assert find(ev, "political").groups == ["Social Council of Souq al-Juma"], rows(ev)
    assert find(ev, "statement", stance="denial").groups == ["Special Deterrence Force"], rows(ev)


def test_meeting_commanders_is_a_meeting():
    ev = _pipeline("Dbeibah is due to meet the commanders of both groups on Thursday, his office said.",
                   published=dt.date(2023, 8, 16))
    assert find(ev, "political").value == "2023-08-17", rows(ev)


def test_a_joint_statement_signed_and_a_movement_declared_terrorist_are_political():
    ev = _pipeline("Negotiators for the government and the rebels signed a joint statement in Oslo on Thursday.",
                   published=dt.date(2023, 11, 28))
    assert find(ev, "political").value == "2023-11-23", rows(ev)
    ev = _pipeline("In December 2017, Duterte declared the communist movement a terrorist organization.",
                   published=dt.date(2023, 11, 28))
    assert find(ev, "political").value == "2017-12", rows(ev)
    ev = _pipeline("The ministry declared that the rebels were a terrorist organization.", published=dt.date(2023, 11, 28))
    assert not [e for e in ev if e.type == "political"], rows(ev)


def test_a_deal_announced_approved_and_talks_due_are_political_acts_of_their_own_days():
    text = ("A ceasefire between Israel and Hamas took effect in Gaza at 11:15 a.m. on Sunday. The deal, brokered by "
            "Qatar, Egypt and the United States, was announced in Doha on Wednesday. Israel's cabinet approved it early "
            "Saturday after last-minute wrangling. Talks on a second phase are due to begin by Feb. 3.")
    ev = _pipeline(text, published=dt.date(2025, 1, 19))
    pol = [(e.value, e.groups) for e in ev if e.type == "political"]
    assert ("2025-01-15", ["Qatar", "Egypt", "United States"]) in pol, rows(ev)
    assert ("2025-01-18", ["Israel"]) in pol and "2025-02-03" in [v for v, _ in pol], rows(ev)


def test_a_possessive_side_before_a_date_with_its_year():
    ev = _pipeline("The war began with Hamas's Oct. 7, 2023, attack on southern Israel.", published=dt.date(2025, 1, 19))
    assert find(ev, "attack").groups[0] == "Hamas", rows(ev)


def test_a_chronology_entry_is_dated_by_its_heading_even_after_a_mention_of_its_act():
    text = ("Many Amhara felt sidelined by the peace deal that ended the Tigray war.\n\nKEY DATES\n\n"
            "- Nov. 2, 2022: The federal government and the TPLF sign a peace agreement in Pretoria.\n\n"
            "- April 2023: Protests break out in Gondar and other Amhara towns.")
    ev = _pipeline(text, published=dt.date(2024, 8, 5))
    assert "2022-11-02" in [e.value for e in ev if e.type == "political"], rows(ev)


def test_a_claim_right_after_an_attack_of_no_side_names_its_side():
    text = ("KABUL (Wire) -- A suicide bomber blew himself up outside the Russian embassy in Kabul on Monday, killing "
            "two embassy staff members.\n\nThe Islamic State group's regional affiliate, known as ISIS-K, claimed "
            "responsibility late Monday in a statement carried by its Amaq news agency.")
    ev = _pipeline(text, published=dt.date(2022, 9, 6))
    a = [e for e in ev if e.type == "attack" and e.value == "2022-09-05"]
    assert a and set(a[0].groups) & {"ISIS", "Islamic State Khorasan"}, rows(ev)


def test_a_court_sentencing_is_an_act_of_the_state_and_ministries_speak_for_it():
    text = ("MOGADISHU (Wire) -- A military court in Mogadishu on Monday sentenced five men to death for their roles "
            "in twin car bombings last year. The judge said the men had been convicted of murder. The Ministry of "
            "Information said in a statement on Monday that the verdict was a warning.")
    ev = _pipeline(text, published=dt.date(2019, 4, 9))
    judged = [e for e in ev if e.type == "other" and "sentenced" in e.sentence]
    assert [(e.value, e.groups) for e in judged] == [("2019-04-08", ["Somalia"])], rows(ev)
    assert not [e for e in ev if e.type == "other" and "convicted" in e.sentence], rows(ev)
    assert [e.groups for e in ev if e.type == "statement" and "Ministry" in e.sentence] == [["Somalia"]], rows(ev)


def test_panels_to_meet_again_is_a_meeting_ahead():
    ev = _pipeline("The two panels are expected to meet again in January.", published=dt.date(2023, 11, 28))
    assert find(ev, "political").value == "2024-01", rows(ev)


def test_the_group_is_the_armed_group_a_recent_sentence_was_about():
    text = ("KABUL (Wire) -- ISIS-K, which emerged in eastern Afghanistan in 2015, is a bitter rival of the Taliban. "
            "It has stepped up attacks in recent months on Shiite worshippers, Taliban figures and foreign targets.\n\n"
            "Last month the group claimed a suicide bombing that killed a prominent pro-Taliban cleric in Kabul.")
    ev = _pipeline(text, published=dt.date(2022, 9, 6))
    claim = find(ev, "statement", stance="claim")
    assert (claim.value, claim.groups[0]) == ("2022-08", "Islamic State Khorasan"), rows(ev)
    bombing = [e for e in ev if e.type in ("attack", "killing") and "Last month" in e.sentence]
    assert bombing and bombing[0].value == "2022-08" and "Islamic State Khorasan" in bombing[0].groups, rows(ev)


def test_a_party_quitting_a_coalition_and_a_deal_denounced():
    text = ("National Security Minister Itamar Ben-Gvir says his far-right Jewish Power party is quitting Prime Minister "
            "Benjamin Netanyahu's coalition in protest. He denounced the agreement as a reckless surrender to Hamas.")
    ev = _pipeline(text, published=dt.date(2025, 1, 19))
    assert "Jewish Power" in find(ev, "political").groups, rows(ev)
    rej = find(ev, "statement", stance="rejection")
    assert rej.actors == ["Itamar Ben-Gvir"], rows(ev)
    # an attack denounced is condemned
    ev = _pipeline("Jordan denounced the attack as a cowardly act.", published=dt.date(2025, 1, 19))
    assert find(ev, "statement").stance == "condemnation", rows(ev)


def test_dying_in_exile_is_no_killing():
    ev = _pipeline("Its founder, Jose Maria Sison, died in exile in the Netherlands in December last year.",
                   published=dt.date(2023, 11, 28))
    assert not [e for e in ev if e.type == "killing"], rows(ev)
    ev = _pipeline("Three soldiers died in an ambush in December.", published=dt.date(2023, 11, 28))
    assert [e.value for e in ev if e.type in ("attack", "killing")] == ["2022-12"], rows(ev)


def test_a_front_opened_by_it_and_an_attack_of_whose():
    text = ("Hezbollah said its fighters attacked five Israeli army positions on Monday.\n\nOn Sunday, the group announced "
            "the deaths of three more of its fighters, bringing to more than 90 the number of members it has lost since "
            "it opened the front on Oct. 8 in support of Hamas, whose Oct. 7 attack on southern Israel triggered the war.")
    ev = _pipeline(text, published=dt.date(2023, 12, 5))
    attacks = {e.value: e.groups for e in ev if e.type == "attack"}
    assert attacks.get("2023-10-08", [None])[0] == "Hezbollah", rows(ev)
    assert attacks.get("2023-10-07", [None])[0] == "Hamas", rows(ev)


def test_the_comma_of_a_number_cuts_no_clause_and_a_time_in_what_was_said_dates_no_saying():
    ev = _pipeline("Rwanda deployed about 1,000 troops in July 2021.", published=dt.date(2022, 7, 8))
    assert find(ev, "political").value == "2021-07", rows(ev)
    ev = _pipeline("BONN, Germany (AP) -- Parliament said Friday the party must pay a fine. The German parliament's "
                   "president said the People's Union correctly listed a donor as having donated about 274,500 marks in "
                   "1995.", published=dt.date(1998, 6, 26))
    ev = [e for e in ev if "1995" in e.sentence]
    assert [e.value for e in ev if e.type == "statement"] == ["1998-06-26"], rows(ev)


def test_a_state_declared_and_crowds_of_a_kind_and_ministers_of_a_portfolio():
    ev = _pipeline("After a harsh security crackdown, separatists declared an independent state of \"Ambazonia\" on "
                   "Oct. 1, 2017.", published=dt.date(2019, 5, 18))
    assert find(ev, "political").value == "2017-10-01", rows(ev)
    text = ("YAOUNDE, Cameroon (Wire) -- The communication minister insisted on Saturday that no ransom had been paid. "
            "Separatist groups have threatened to disrupt national school exams.")
    ev = _pipeline(text, published=dt.date(2019, 5, 18))
    assert [e.groups for e in ev if e.type == "statement" and "ransom" in e.sentence] == [["Cameroon"]], rows(ev)
    assert find(ev, "statement", stance="threat").actors == ["separatist groups"], rows(ev)


def test_the_bloc_and_an_unnamed_suicide_bomber():
    text = ("NIAMEY (Wire) -- ECOWAS said late on Sunday that it had not received any formal notification of the decision. "
            "The bloc urged the three governments to return to dialogue.")
    ev = _pipeline(text, published=dt.date(2024, 1, 29))
    assert find(ev, "statement", stance="appeal").groups == ["ECOWAS"], rows(ev)
    text = ("QUETTA, Pakistan (Wire) -- The Baloch Liberation Army claimed the attack. The BLA has waged an insurgency "
            "for years. BLA fighters struck again. In October, a suicide bomber killed two Chinese engineers near Karachi.")
    ev = _pipeline(text, published=dt.date(2025, 3, 14))
    assert [e.groups[0] for e in ev if e.value == "2024-10"] == ["Baloch Liberation Army"], rows(ev)


def test_a_claim_two_sentences_after_the_attack_and_a_coalition_fighting_is_no_fighting():
    text = ("BAGHDAD (Wire) -- The attack began on Wednesday evening, when at least two drones struck near the runway of "
            "the base, which hosts U.S. troops and other members of the coalition fighting Islamic State. One of the "
            "wounded Americans was flown to Germany for treatment, a U.S. defense official said.\n\nAn umbrella group "
            "calling itself the Islamic Resistance in Iraq claimed responsibility in a Telegram post late that night.")
    ev = _pipeline(text, published=dt.date(2023, 12, 14))
    attacks = [e for e in ev if e.type == "attack"]
    assert any("Islamic Resistance in Iraq" in a.groups for a in attacks), rows(ev)
    assert not [a for a in attacks if "ISIS" in a.groups], rows(ev)


def test_an_agreement_that_was_signed_is_a_political_act():
    ev = _pipeline("The agreement was signed in Bogota on Nov. 24, 2016, ending a war.", published=dt.date(2021, 11, 24))
    assert find(ev, "political").value == "2016-11-24", rows(ev)


def test_a_summit_ahead_is_a_political_meeting_not_a_mountain_top():
    ev = _pipeline("ECOWAS heads of state are expected to discuss the crisis at an extraordinary summit next month.",
                   published=dt.date(2024, 1, 29))
    assert (find(ev, "political").value, find(ev, "political").groups) == ("2024-02", ["ECOWAS"]), rows(ev)
    assert not _pipeline("The climbers reached the summit on Tuesday.", published=dt.date(2024, 1, 29))


def test_captives_freed_are_an_event_and_a_noun_names_the_act_of_its_kind():
    text = ("Twelve teachers of a college in Ndop were freed on Friday, ending an ordeal that began when armed men "
            "kidnapped them on Monday morning.\n\nSoldiers killed two separatist fighters in a raid on a camp on "
            "Tuesday, the army said.\n\nUNICEF condemned the abduction on Tuesday.")
    ev = _pipeline(text, published=dt.date(2019, 5, 18))
    assert [e.value for e in ev if e.type == "other" and "freed" in e.sentence] == ["2019-05-17"], rows(ev)
    assert find(ev, "statement", stance="condemnation").value == "2019-05-14", rows(ev)


def test_speakers_known_by_their_office_keep_their_stance():
    text = ("MANDERA, Kenya (Wire) -- The county governor appealed to workers from other regions to stay. "
            "The Catholic archbishop of Bamenda appealed in a radio address on Thursday to both sides to spare schools. "
            "Defense lawyer Abdikarim Yusuf Ali said his clients had confessed under torture and accused prosecutors "
            "of lying.")
    ev = _pipeline(text, published=dt.date(2016, 10, 27))
    appeals = [e for e in ev if e.type == "statement" and e.stance == "appeal"]
    assert [e.actors for e in appeals] == [["county governor"], ["catholic archbishop"]], rows(ev)
    assert appeals[1].value == "2016-10-27", rows(ev)
    assert find(ev, "statement", stance="accusation").actors == ["Abdikarim Yusuf Ali"], rows(ev)
    # a passive with no one behind it still names no speaker
    assert not [e for e in _pipeline("Workers were urged to stay.", published=dt.date(2016, 10, 27))
                if e.type == "statement"]


def test_a_visit_or_meeting_on_the_calendar_is_an_event_ahead_a_refused_one_is_not():
    text = ("County leaders will meet regional security chiefs on Friday to review protection for the camps, a "
            "spokesman said, and the interior minister is expected to visit Mandera next week.")
    ev = _pipeline(text, published=dt.date(2016, 10, 27))
    assert sorted(e.value for e in ev if e.type == "political") == ["2016-10-28", "2016-W44"], rows(ev)
    ev = _pipeline("Ruto refused to visit Mandera.", published=dt.date(2016, 10, 27))
    assert not [e for e in ev if e.type == "political"], rows(ev)


def test_they_after_a_side_told_speaks_for_it_that_day():
    text = ("NIAMEY (Wire) -- In a joint statement read on state television on Sunday, Niger's junta said it was "
            "leaving the bloc \"without delay.\" They accused ECOWAS of imposing sanctions on their people.")
    ev = _pipeline(text, published=dt.date(2024, 1, 29))
    acc = find(ev, "statement", stance="accusation")
    assert (acc.groups, acc.value) == (["Niger"], "2024-01-28"), rows(ev)


def test_killed_in_a_clash_is_a_killing_killed_in_a_blast_the_toll_of_an_attack():
    ev = _pipeline("On Sunday, soldiers killed three suspected NPA rebels in a clash in the mountains, the army said.",
                   published=dt.date(2023, 11, 28))
    assert [e.type for e in ev] == ["killing"], rows(ev)
    ev = _pipeline("- April 27, 2023: Girma Yeshitila, a party chief, is shot dead in an ambush in North Shewa.",
                   published=dt.date(2024, 8, 10))
    assert [(e.type, e.value) for e in ev] == [("killing", "2023-04-27")], rows(ev)
    ev = _pipeline("At least four people were killed on Friday in an explosion near the market.",
                   published=dt.date(1998, 8, 8))
    assert [e.type for e in ev] == ["attack"], rows(ev)


def test_an_office_warns_and_a_committee_due_to_meet_but_targets_are_not_met():
    ev = _pipeline("The national ombudsman's office has warned in recent months that armed groups are recruiting "
                   "children.", published=dt.date(2024, 8, 10))
    w = find(ev, "statement", stance="warning")
    assert (w.actors, w.value) == (["national ombudsman's office"], "PAST_REF"), rows(ev)
    ev = _pipeline("A parliamentary committee on national security is due to meet next week.", published=dt.date(2024, 8, 10))
    assert [(e.type, e.value) for e in ev] == [("political", "2024-W33")], rows(ev)
    assert not _pipeline("The company is expected to meet its targets next year.", published=dt.date(2024, 8, 10))


def test_a_council_scheduled_to_discuss_on_a_day_is_a_meeting_a_plan_with_no_time_is_none():
    ev = _pipeline("The U.N. Security Council is scheduled to discuss the crisis on Thursday.", published=dt.date(2025, 5, 6))
    assert [(e.type, e.value, e.groups) for e in ev] == [("political", "2025-05-08", ["United Nations"])], rows(ev)
    assert not _pipeline("Officials are expected to discuss the matter with reporters.", published=dt.date(2025, 5, 6))
    ev = _pipeline("European Union foreign ministers are expected to discuss a naval mission to protect shipping in the "
                   "Red Sea when they meet on Jan. 22.", published=dt.date(2024, 1, 15))
    assert [(e.type, e.value) for e in ev] == [("political", "2024-01-22")], rows(ev)


def test_the_story_state_from_its_opening_or_past_a_dateline_city_not_known():
    text = ("Who are the separatists behind Pakistan's train siege?\n\nThe group hijacked a train in Pakistan's "
            "Balochistan province this week, after fighters blew up a section of the track and stormed the carriages "
            "as the train wound through a mountainous stretch of the province on its way north with about 440 people "
            "on board. The army said on Wednesday that it had killed all 33 attackers. Officials later put the number "
            "of hostages killed at more than two dozen, many of them off-duty soldiers travelling home. Pakistan "
            "accuses India of backing the group. The group has attacked Chinese engineers. China has pressed for "
            "protection of its workers. Pakistan and China signed a deal in 2015. Chinese nationals were attacked in "
            "2024. Pakistan's parliament will debate the attack.")
    ev = _pipeline(text, published=dt.date(2025, 3, 14))
    assert find(ev, "killing").groups == ["Pakistan"], rows(ev)
    text = ("POPAYAN (Wire) -- Seven Colombian soldiers were killed on Tuesday in an ambush in Cauca department. Police "
            "arrested two suspects late Tuesday, Colombian officials said.")
    ev = _pipeline(text, published=dt.date(2021, 11, 24))
    assert find(ev, "arrest").groups == ["Colombia"], rows(ev)
    # an opening that names two states tells no one story state
    text = ("Rwanda and Congo traded accusations on Monday. The army said it had repelled an attack. Rwanda denied it. "
            "Rwanda closed its border.")
    ev = _pipeline(text, published=dt.date(2022, 11, 1))
    assert [e.groups for e in ev if "repelled" in e.sentence] == [[]], rows(ev)


def test_a_time_after_a_place_between_commas_and_a_schedule_past_an_apposition():
    ev = _pipeline("Gunmen entered the village of Mitepo, in Ancuabe district, late on Wednesday, torched dozens of homes "
                   "and beheaded several men, the district administrator said.", published=dt.date(2022, 7, 8))
    assert find(ev, "attack").value == "2022-07-06", rows(ev)
    ev = _pipeline("The attacks have unsettled Iraqi officials ahead of provincial council elections, the first since "
                   "2013, which are scheduled for Monday.", published=dt.date(2023, 12, 14))
    assert find(ev, "political").value == "2023-12-18", rows(ev)


def test_a_militia_created_at_a_time_and_a_campaign_to_recruit():
    ev = _pipeline("BURKINA FASO (Wire) -- Last month, the junta launched a campaign to recruit 50,000 civilian auxiliaries "
                   "for the Volunteers for the Defence of the Homeland (VDP), a militia created in January 2020 to fight "
                   "alongside the army.", published=dt.date(2022, 11, 17))
    assert find(ev, "formation").value == "2020-01", rows(ev)
    assert find(ev, "political").value == "2022-10", rows(ev)
    assert not [e for e in _pipeline("The war created a new crisis in March.", published=dt.date(2022, 11, 17))
                if e.type == "formation"]


def test_prisoners_freed_a_participle_accusing_after_an_announcement_and_a_long_victim_phrase():
    ev = _pipeline("Pakistan said it freed a first batch of TTP prisoners last month.", published=dt.date(2021, 12, 10))
    assert (find(ev, "other").value, find(ev, "other").groups) == ("2021-11", ["Pakistan"]), rows(ev)
    ev = _pipeline("The State Department announced the designations on Friday, calling the gangs the main source of "
                   "violence in Haiti and accusing them of working to seize control of the country.",
                   published=dt.date(2025, 5, 6))
    assert find(ev, "political").groups == ["United States"], rows(ev)
    acc = find(ev, "statement", stance="accusation")
    assert (acc.groups, acc.value) == (["United States"], "2025-05-02"), rows(ev)
    ev = _pipeline('Soldiers killed a separatist commander known as "General Weapon" and two of his fighters in a raid '
                   'on a camp in the hills on Tuesday, the army said.', published=dt.date(2019, 5, 17))
    assert [(e.type, e.value) for e in ev] == [("killing", "2019-05-14")], rows(ev)


def test_hostages_handed_over_a_release_ahead_talks_hosted_a_council_briefed_and_a_council_to_form():
    pub = dt.date(2025, 1, 19)
    ev = _pipeline("Hamas has handed over Romi Gonen, Emily Damari and Doron Steinbrecher to the Red Cross in Gaza City, "
                   "the Israeli military says.", published=pub)
    assert [(e.type, e.groups) for e in ev] == [("other", ["Hamas"])], rows(ev)
    ev = _pipeline("Three hostages were freed on Sunday. Their release is expected early Monday.", published=pub)
    assert [e.value for e in ev if e.type == "other"] == ["2025-01-19", "2025-01-20"], rows(ev)
    ev = _pipeline("Moscow hosted a Taliban delegation for regional talks in October.", published=dt.date(2022, 9, 6))
    assert [(e.type, e.value, e.groups) for e in ev] == [("political", "2021-10", ["Russia", "Taliban"])], rows(ev)
    ev = _pipeline("UN envoy Abdoulaye Bathily is expected to brief the Security Council on Libya next week.",
                   published=dt.date(2023, 8, 16))
    assert [(e.type, e.value) for e in ev] == [("political", "2023-W34")], rows(ev)
    ev = _pipeline("Last month, Fano commanders in the Gojjam and Wollo areas said they had agreed to form a joint "
                   "leadership council.", published=dt.date(2024, 8, 5))
    assert [(e.type, e.value, e.groups) for e in ev] == [("formation", "2024-07", ["Fano"])], rows(ev)
    ev = _pipeline("Last month, commanders in the Gojjam and Wollo areas said they had agreed to form a joint "
                   "leadership council.", published=dt.date(2024, 8, 5))
    assert [(e.type, e.value) for e in ev] == [("political", "2024-07")], rows(ev)


def test_a_truce_that_began_on_one_day_and_broke_down_on_another_is_two_acts():
    ev = _pipeline("A truce between Israel and Hamas began on Nov. 24 and broke down on Friday.", published=dt.date(2023, 12, 3))
    assert [(e.type, e.value, e.groups) for e in ev] == [("political", "2023-11-24", ["Israel", "Hamas"]),
                                                        ("political", "2023-12-01", ["Israel", "Hamas"])], rows(ev)
    ev = _pipeline("The license was issued in May and expired on Friday.", published=dt.date(2023, 12, 3))
    assert not [e for e in ev if e.type == "political"], rows(ev)


def test_a_strike_that_killed_its_founder_is_a_killing():
    ev = _pipeline("Kataib Hezbollah was founded in 2007. In January 2020, a U.S. drone strike near Baghdad airport killed "
                   "its founder.", published=dt.date(2023, 12, 14))
    k = find(ev, "killing")
    assert (k.value, k.groups) == ("2020-01", ["United States"]), rows(ev)
    assert not [e for e in ev if e.type == "attack"], rows(ev)


def test_a_claim_paragraphs_after_the_attack_an_opening_visit_a_vow_and_a_coordinated_government():
    text = ("MOGADISHU, Somalia (Wire) -- Somalia's president vowed on Monday to wage \"total war\" on al-Shabaab.\n\n"
            "The first blast hit the outer wall of the Ministry of Education around 2 p.m. on Saturday.\n\n"
            "\"I could see nothing, only smoke and bodies,\" said Halima Abdi, 34.\n\n"
            "Health officials said on Sunday that more than 300 people had been wounded. Turkey and Qatar flew in "
            "medical teams, and the government declared three days of national mourning.\n\n"
            "Al-Shabaab claimed responsibility in a statement late Sunday.\n\n"
            "Visiting the blast site on Sunday, President Hassan Sheikh Mohamud condemned the massacre. He appealed to "
            "Somalis to donate blood and called on residents of areas under al-Shabaab control to move away, warning "
            "that the military was about to widen its offensive.")
    ev = _pipeline(text, published=dt.date(2022, 10, 31))
    assert find(ev, "attack").groups[:1] == ["Al-Shabaab"], rows(ev)
    assert find(ev, "statement", stance="threat").value == "2022-10-31", rows(ev)
    assert find(ev, "statement", stance="condemnation").value == "2022-10-30", rows(ev)
    assert find(ev, "statement", stance="warning").groups == ["Somalia"], rows(ev)
    assert find(ev, "political").groups == ["Somalia"], rows(ev)


def test_scheduled_sessions_withdrawals_trips_arrivals_and_talks_that_ended():
    pub = dt.date(2023, 4, 16)
    cases = [("Parliament is expected to hold an emergency session on Wednesday.", "2023-04-19"),
             ("The mission is due to withdraw its first 2,000 soldiers by the end of December.", "2023-12"),
             ("Getachew said he would travel to Addis Ababa next week.", "2023-W16"),
             ("The Saudi team arrived in the rebel-held capital on April 9.", "2023-04-09"),
             ("The talks ended on Thursday without a final deal.", "2023-04-13")]
    for text, value in cases:
        ev = _pipeline(text, published=pub)
        assert [(e.type, e.value) for e in ev] == [("political", value)], (text, rows(ev))
    for text in ("The ministers refused to hold talks.", "He plans to resume talks.", "Officials said they would withdraw."):
        assert not [e for e in _pipeline(text, published=pub) if e.type == "political"], text


def test_an_offensive_by_another_name_and_a_governor_named_at_the_opening():
    ev = _pipeline("Azerbaijan launched what it called \"local anti-terrorist measures\" on Tuesday, pounding Armenian "
                   "positions across the enclave with artillery and drones.", published=dt.date(2023, 9, 21))
    a = find(ev, "attack")
    assert (a.value, a.groups[0]) == ("2023-09-19", "Azerbaijan"), rows(ev)
    ev = _pipeline("Sinaloa Governor Ruben Rocha Moya, speaking at a news conference on Tuesday, praised the operation "
                   "and urged residents of Culiacan to stay indoors after dark.", published=dt.date(2024, 10, 23))
    ap = find(ev, "statement", stance="appeal")
    assert (ap.actors, ap.value) == (["Ruben Rocha Moya"], "2024-10-22"), rows(ev)


def test_a_bombing_of_another_year_near_the_new_one_is_its_own_attack_and_both_blasts_take_the_claim():
    text = ("MOGADISHU, Somalia (Wire) -- The first blast hit the ministry around 2 p.m. on Saturday. The second, a truck "
            "bomb, went off as ambulances rushed to help the wounded.\n\n\"I could see nothing,\" said Halima Abdi.\n\n"
            "Health officials said on Sunday that 300 people had been wounded. Turkey flew in medical teams.\n\n"
            "Al-Shabaab claimed responsibility in a statement late Sunday.\n\nThe attack struck within yards of the spot "
            "where a truck bomb killed more than 500 people on 14 October 2017.")
    ev = _pipeline(text, published=dt.date(2022, 10, 31))
    attacks = [(e.value[:10], e.groups[:1]) for e in ev if e.type == "attack"]
    assert ("2017-10-14", []) in attacks or ("2017-10-14", ["Al-Shabaab"]) in attacks, rows(ev)
    assert all(g == ["Al-Shabaab"] for v, g in attacks if v.startswith("2022-10-29")), rows(ev)


def test_a_speaker_introduced_by_role_keeps_his_side_when_named_again_by_surname():
    text = ("MAIDUGURI, Nigeria (Wire) -- Army spokesman Brig. Gen. Onyema Nwachukwu dismissed such accounts as \"enemy "
            "propaganda.\"\n\nNwachukwu accused some media outlets of \"amplifying terrorist narratives\" and warned that "
            "reporters would be held accountable.")
    ev = _pipeline(text, published=dt.date(2023, 4, 10))
    for stance in ("accusation", "warning"):
        st = find(ev, "statement", stance=stance)
        assert (st.groups, st.actors) == (["Nigeria"], ["Onyema Nwachukwu"]), rows(ev)
    # a surname of no one introduced stays a speaker of no known side
    ev = _pipeline("MAIDUGURI, Nigeria (Wire) -- Okafor accused the media of lying.", published=dt.date(2023, 4, 10))
    assert find(ev, "statement", stance="accusation").groups == [], rows(ev)


def test_a_national_security_adviser_speaks_for_the_story_state_and_agreed_on_a_day_to():
    text = ("MANILA, Philippines (Wire) -- The Philippine government and communist rebels agreed on Tuesday to resume "
            "talks. National Security Adviser Eduardo Año cautioned that the agreement was \"not a ceasefire.\"")
    ev = _pipeline(text, published=dt.date(2023, 11, 28))
    assert find(ev, "political").value == "2023-11-28", rows(ev)
    assert find(ev, "statement", stance="warning").groups == ["Philippines"], rows(ev)


def test_police_act_for_the_capital_a_paragraph_is_set_in_not_the_dateline_country():
    text = ("YEVLAKH, Azerbaijan (Wire) -- Azerbaijani forces took the town on Tuesday.\n\nProtesters first gathered "
            "outside the government headquarters in Yerevan's Republic Square on Tuesday evening. On Wednesday, "
            "thousands of people blocked streets in the city center, and police said they detained 98 protesters.\n\n"
            "Police said on Wednesday they had arrested two men.")
    ev = _pipeline(text, published=dt.date(2023, 9, 21))
    arrests = [e.groups for e in ev if e.type == "arrest"]
    assert arrests == [["Armenia"], ["Azerbaijan"]], rows(ev)


def test_an_armed_group_saying_its_fighters_killed_soldiers_claims_the_killing():
    ev = _pipeline("ISWAP said in a statement carried by its Amaq news agency on Sunday that its fighters had killed 31 "
                   "soldiers.", published=dt.date(2023, 4, 10))
    st = find(ev, "statement", stance="claim")
    assert (st.value, st.groups[0]) == ("2023-04-09", "Islamic State West Africa Province"), rows(ev)
    assert find(ev, "killing").groups[0] == "Islamic State West Africa Province", rows(ev)
    # a side reporting what others did claims nothing
    ev = _pipeline("ISWAP said on Sunday that soldiers had killed 31 villagers.", published=dt.date(2023, 4, 10))
    assert not [e for e in ev if e.stance == "claim"], rows(ev)


def test_a_chronology_in_the_present_signs_agrees_removes_and_appoints():
    pub = dt.date(2023, 11, 2)
    cases = [('- 2 November 2022 - The two sides sign a "permanent cessation of hostilities" in Pretoria.', "2022-11-02"),
             ("- Nov. 12, 2022 - Military commanders agree in Nairobi on how to implement the deal.", "2022-11-12"),
             ("- March 22, 2023 - Parliament removes the TPLF from the terror list.", "2023-03-22"),
             ("The swap was agreed on March 20 in Switzerland after 10 days of negotiations.", "2023-03-20")]
    for text, value in cases:
        ev = _pipeline(text, published=pub)
        assert [(e.type, e.value) for e in ev] == [("political", value)], (text, rows(ev))
    ev = _pipeline("On Friday, Abiy appoints Getachew to lead the interim administration.", published=pub)
    assert [e.type for e in ev] == ["political"], rows(ev)


def test_fighting_between_two_sides_where_its_verb_comes_after_an_aside():
    ev = _pipeline("The anniversary comes as Ethiopia faces new turmoil in the neighboring Amhara region, where fighting "
                   "between the army and the Fano militia, which fought alongside federal troops in Tigray, broke out in "
                   "early August.", published=dt.date(2023, 11, 2))
    a = find(ev, "attack")
    assert (a.value, sorted(a.groups)) == ("2023-08", ["Ethiopia", "Fano"]), rows(ev)
    assert find(ev, "anniversary").value == "2023-11-02", rows(ev)


def test_captives_described_as_captured_by_someone_are_no_new_capture():
    ev = _pipeline("On Saturday, flights carried 100 Houthi fighters held in Saudi Arabia home, while 15 Saudi soldiers "
                   "captured by the rebels were flown home.", published=dt.date(2023, 4, 16))
    assert not [e for e in ev if e.type == "arrest"], rows(ev)
    ev = _pipeline("Three soldiers were captured by the rebels on Saturday.", published=dt.date(2023, 4, 16))
    assert [e.type for e in ev] == ["arrest"], rows(ev)


def test_an_act_told_with_a_closing_attribution_is_dated_by_its_report_at_the_latest():
    pub = dt.date(2024, 10, 23)
    for text in ("Soldiers killed 19 gunmen, officials said on Tuesday.",
                 "Police arrested five men, the ministry told reporters late Tuesday."):
        ev = _pipeline(text, published=pub)
        assert [e.value for e in ev] == ["2024-10-22"], rows(ev)
        assert ev[0].date_basis == "implied", rows(ev)
    ev = _pipeline("Rebels attacked the town in 2019, officials said on Tuesday.", published=pub)
    assert [e.value for e in ev] == ["2019"], rows(ev)


def test_a_governor_named_again_by_surname_keeps_the_day_of_his_news_conference():
    text = ("CULIACAN, Mexico (Wire) -- Soldiers killed 19 gunmen.\n\nSinaloa Governor Ruben Rocha Moya, speaking at a "
            "news conference on Tuesday, praised the operation and urged residents to stay indoors after dark.\n\n"
            "Rocha Moya also denied once again that he had been present at the meeting.")
    ev = _pipeline(text, published=dt.date(2024, 10, 23))
    d = find(ev, "statement", stance="denial")
    assert (d.actors, d.value) == (["Ruben Rocha Moya"], "2024-10-22"), rows(ev)


def test_a_leader_reporting_what_his_forces_did_and_going_on_in_the_next_sentence():
    text = ("In a televised address on Wednesday evening, Azerbaijani President Ilham Aliyev said his country had "
            "\"restored its sovereignty\" and that its forces had seized more than 90 military positions. He said "
            "Karabakh's Armenians would be guaranteed their rights as citizens of Azerbaijan, and warned that any attempt "
            "to resist would be crushed.")
    ev = _pipeline(text, published=dt.date(2023, 9, 21))
    assert find(ev, "attack").groups == ["Azerbaijan"], rows(ev)
    w = find(ev, "statement", stance="warning")
    assert (w.groups, w.value[:10]) == (["Azerbaijan"], "2023-09-20"), rows(ev)


def test_a_press_statement_demanding_a_resolution_adopted_a_resignation_announced_a_threat_dismissed():
    pub = dt.date(2024, 12, 3)
    ev = _pipeline("The U.N. Security Council issued a press statement Friday expressing \"grave concern\" and demanding "
                   "that the RSF lift its siege, echoing a resolution the council adopted in June.", published=pub)
    assert find(ev, "statement", stance="appeal").value == "2024-11-29", rows(ev)
    assert find(ev, "political").value == "2024-06", rows(ev)
    ev = _pipeline("Henry announced on March 11 that he would resign once a transitional council was in place.",
                   published=dt.date(2024, 7, 8))
    assert [(e.type, e.value) for e in ev] == [("political", "2024-03-11")], rows(ev)
    ev = _pipeline("Conille dismissed the threat on Sunday.", published=dt.date(2024, 7, 8))
    assert [(e.type, e.stance, e.value) for e in ev] == [("statement", "rejection", "2024-07-07")], rows(ev)
    ev = _pipeline("Diplomats said members would meet on Sudan again next week.", published=pub)
    assert [(e.type, e.value) for e in ev] == [("political", "2024-W50")], rows(ev)
    assert not [e for e in _pipeline("The court dismissed the case on Monday.", published=pub) if e.type == "statement"]


def test_a_city_captured_devices_that_blew_up_an_air_campaign_launched_and_a_group_that_resurfaced():
    ev = _pipeline("GOMA, Congo (Wire) -- M23 took the city. It briefly captured Goma in November 2012.",
                   published=dt.date(2025, 1, 29))
    assert [e.type for e in ev if e.value == "2012-11"] == ["attack"], rows(ev)
    ev = _pipeline("On Sept. 17, pagers blew up across Lebanon. The following day, walkie-talkies blew up, killing 25 more.",
                   published=dt.date(2024, 10, 22))
    assert [(e.type, e.value) for e in ev] == [("attack", "2024-09-17"), ("attack", "2024-09-18")], rows(ev)
    ev = _pipeline("On Sept. 23, Israel launched its most intense air campaign in Lebanon, killing more than 500 people.",
                   published=dt.date(2024, 10, 22))
    assert [(e.type, e.groups[0]) for e in ev] == [("attack", "Israel")], rows(ev)
    ev = _pipeline("M23 seized Bunagana in 2022. The group resurfaced in late 2021.", published=dt.date(2025, 1, 29))
    assert find(ev, "formation").groups == ["M23"], rows(ev)
    assert not [e for e in _pipeline("Prices blew up last year.", published=dt.date(2025, 1, 29)) if e.type == "attack"]
    ev = _pipeline("Bush continued the diplomacy he began after the invasion last August.", published=dt.date(1991, 2, 25))
    assert not [e for e in ev if e.groups == ["United States"] and e.type == "attack"], rows(ev)


def test_a_siege_since_a_month_began_then_and_a_second_act_in_an_after_clause():
    ev = _pipeline("The RSF has besieged El Fasher since May, after overrunning the four other state capitals in Darfur "
                   "late last year.", published=dt.date(2024, 12, 3))
    assert sorted(e.value for e in ev if e.type == "attack") == ["2023", "2024-05"], rows(ev)


def test_a_coup_and_an_ousting_in_one_sentence_but_an_ousted_leader_is_no_act():
    ev = _pipeline("Goita's government seized power in a coup in August 2020 and ousted a civilian-led transition in May "
                   "2021.", published=dt.date(2024, 9, 19))
    assert sorted(e.value for e in ev if e.type == "political") == ["2020-08", "2021-05"], rows(ev)
    ev = _pipeline("A loyalist of ousted Prime Minister Prince Norodom Ranariddh said on Thursday he would fight.",
                   published=dt.date(1998, 2, 19))
    assert not [e for e in ev if e.type == "political"], rows(ev)


def test_protesters_who_attack_embassies_riot_and_arrests_told_by_the_story_states_official():
    ev = _pipeline("KINSHASA, Congo (Wire) -- In Kinshasa, hundreds of protesters attacked the embassies of Rwanda, France, "
                   "Belgium and the United States on Tuesday, accusing Western governments of backing Rwanda.",
                   published=dt.date(2025, 1, 29))
    p = find(ev, "protest")
    assert (p.value, p.groups[:1]) == ("2025-01-28", ["protesters"]), rows(ev)
    assert not [e for e in ev if e.type == "attack"], rows(ev)
    ev = _pipeline("BAMAKO, Mali (Wire) -- Army spokesman Col. Souleymane Dembele said the situation was under control. He "
                   "said about 20 suspects had been arrested on Wednesday during sweeps.", published=dt.date(2024, 9, 19))
    a = find(ev, "arrest")
    assert (a.value, a.groups) == ("2024-09-18", ["Mali"]), rows(ev)
    ev = _pipeline("Egypt's official news agency said Thursday that Saddam was the target of an assassination attempt, "
                   "which led to large-scale arrests.", published=dt.date(1990, 8, 16))
    assert not [e for e in ev if e.type == "arrest" and e.groups == ["Egypt"]], rows(ev)


def test_the_first_anniversary_of_a_pact_signed_on_a_date_falls_a_year_later():
    ev = _pipeline("JNIM attacked the school on Tuesday. The attack came a day after Mali, Burkina Faso and Niger marked the "
                   "first anniversary of their Alliance of Sahel States, a defense pact signed on Sept. 16, 2023.",
                   published=dt.date(2024, 9, 19))
    a = find(ev, "anniversary")
    assert (a.value, a.date_basis) == ("2024-09-16", "derived"), rows(ev)
    # a time that is no anniversary's distance away stays as told
    ev = _pipeline("They marked the tenth anniversary of the pact on Sept. 16, 2023.", published=dt.date(2024, 9, 19))
    assert find(ev, "anniversary").value == "2023-09-16", rows(ev)


def test_an_al_qaeda_linked_group_is_the_group_not_al_qaeda():
    ev = _pipeline("The al-Qaeda-linked Group for the Support of Islam and Muslims, known by its Arabic acronym JNIM, claimed "
                   "responsibility on Tuesday afternoon.", published=dt.date(2024, 9, 19))
    assert find(ev, "statement", stance="claim").groups[0] == "JNIM", rows(ev)


def test_a_contingent_that_landed_is_a_deployment_of_its_day():
    ev = _pipeline("The first 400 Kenyan officers landed in Port-au-Prince on June 25, nearly nine months after the U.N. "
                   "Security Council authorized the mission on Oct. 2, 2023.", published=dt.date(2024, 7, 8))
    assert sorted(e.value for e in ev if e.type == "political") == ["2023-10-02", "2024-06-25"], rows(ev)
    assert find(ev, "political", value="2024-06-25").groups[0] == "Kenya", rows(ev)


def test_what_happens_as_someone_speaks_is_not_what_he_said():
    ev = _pipeline("BEIRUT (Wire) -- U.S. envoy Amos Hochstein said on Monday that a ceasefire between Israel and Hezbollah "
                   "was still possible, as Israeli warplanes pounded Beirut's southern suburbs.", published=dt.date(2024, 10, 22))
    st = find(ev, "statement")
    assert (st.groups, st.value) == (["United States"], "2024-10-21"), rows(ev)
    assert find(ev, "attack").groups[0] == "Israel", rows(ev)


def test_the_two_sides_are_the_last_two_sides_named_but_not_two_companies():
    ev = _pipeline("Key events:\n- Nov. 4, 2020 - Ethiopia's federal government launches an offensive against the TPLF.\n"
                   "- 2 November 2022 - The two sides sign a \"permanent cessation of hostilities\" in Pretoria.",
                   published=dt.date(2023, 11, 2))
    p = find(ev, "political")
    assert (p.value, sorted(p.groups)) == ("2022-11-02", ["Ethiopia", "Tigray People's Liberation Front"]), rows(ev)
    ev = _pipeline("Orkem S.A., a French state-controlled chemical manufacturer, is making a friendly bid for U.K. chemical "
                   "group Coates Brothers PLC, the two sides said.", published=dt.date(1989, 11, 1))
    assert not [e for e in ev if e.groups], rows(ev)


def test_parliament_acting_on_a_group_and_he_after_a_spokesman_of_unknown_name():
    ev = _pipeline("MEKELLE, Ethiopia (Wire) -- Key events:\n- March 22, 2023 - Parliament removes the TPLF from the list "
                   "of terrorist organizations.", published=dt.date(2023, 11, 2))
    assert find(ev, "political").groups[0] == "Ethiopia", rows(ev)
    text = ("MEKELLE, Ethiopia (Wire) -- Getachew Reda, the TPLF leader, accused the government of stalling.\n\n"
            "Government spokesman Legesse Tulu rejected the accusation. He said the return was held up by disarmament "
            "issues and accused TPLF commanders of stalling.")
    ev = _pipeline(text, published=dt.date(2023, 11, 2))
    acc = [e for e in ev if e.stance == "accusation" and "commanders" in e.sentence]
    assert [e.groups for e in acc] == [["Ethiopia"]], rows(ev)


def test_words_set_off_as_said_in_an_address_are_dated_by_the_address():
    ev = _pipeline("Congolese President Felix Tshisekedi, in a televised address on Wednesday night, vowed a \"vigorous "
                   "and coordinated response\" and accused Rwanda of backing the M23 rebels.", published=dt.date(2025, 1, 30))
    assert sorted((e.stance, e.value) for e in ev if e.type == "statement") == [
        ("accusation", "2025-01-29TNI"), ("threat", "2025-01-29TNI")], rows(ev)
