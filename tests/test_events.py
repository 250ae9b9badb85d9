"""Events from sentences: type, stance, groups, attribution and dates.

Time expressions are built by hand here (the tagger is tested on its own), so
these tests check how the extractor uses whatever `doc.timexes` holds.
"""
import datetime as dt
import time

import pytest

from timeline.events import extract_events
from timeline.gazetteer import load_gazetteer
from timeline.model import Article, Document, Timex
from timeline.sentences import split_sentences

PUB = dt.date(2020, 12, 21)


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()[0]


def tx(text, phrase, value, gran, start=None, end=None, occurrence=1, anniversary=None):
    pos = -1
    for _ in range(occurrence):
        pos = text.index(phrase, pos + 1)
    d0 = dt.date.fromisoformat(start) if start else None
    d1 = dt.date.fromisoformat(end) if end else d0
    return Timex(pos, pos + len(phrase), phrase, "DATE", value, gran, d0, d1, anniversary=anniversary)


def run(gaz, text, timexes=(), published=PUB, title="", author=""):
    art = Article(id="a", text=text, title=title, published=published, author=author, source="a.txt")
    doc = Document(article=art, sentences=split_sentences(text))
    doc.timexes = [tx(text, *t[:3], *t[3:]) if isinstance(t, tuple) else t for t in timexes]
    doc.mentions = gaz.find_mentions(text, doc.sentences)
    return extract_events(doc, gaz)


def one(events, type_, **kw):
    found = [e for e in events if e.type == type_ and all(getattr(e, k) == v for k, v in kw.items())]
    assert len(found) == 1, [(e.type, e.stance, e.groups, e.value) for e in events]
    return found[0]


def test_two_events_in_one_sentence_share_the_sentence_initial_month(gaz):
    text = ("In November, after an Iranian general delivered a message to the militias in Iraq, warning them "
            "against attacking the US, the leader of Asaib al-Ahl Haq responded sharply.")
    ev = run(gaz, text, [("November", "2020-11", "month", "2020-11-01", "2020-11-30")])
    warning = one(ev, "statement", stance="warning")
    rejection = one(ev, "statement", stance="rejection")
    assert warning.groups == ["Iran"] and warning.value == "2020-11"
    assert rejection.groups == ["Asaib Ahl al-Haq"] and rejection.value == "2020-11"
    assert warning.date_basis == rejection.date_basis == "stated"
    assert not [e for e in ev if e.type == "attack"], "attacking under 'warning against' is no attack"


def test_blame_makes_alleged_perpetrators_and_noun_keeps_its_own_day(gaz):
    text = ("Secretary of State Mike Pompeo blamed “Iran-backed” groups in Iraq for a Sunday rocket attack "
            "on the US embassy in Baghdad’s Green Zone.")
    ev = run(gaz, text, [("Sunday", "2020-12-20", "day", "2020-12-20")])
    attack = one(ev, "attack")
    assert attack.date == dt.date(2020, 12, 20) and attack.date_basis == "stated"
    assert attack.alleged_by == ["Iran-backed militias"]
    assert "Iran-backed militias" in attack.groups and "United States" not in attack.groups
    assert attack.location == "Baghdad, Green Zone"
    assert attack.plover == "ASSAULT"
    acc = one(ev, "statement", stance="accusation")
    assert acc.groups == ["United States"] and acc.actors == ["Mike Pompeo"]
    assert acc.date == PUB and acc.date_basis == "publication"
    assert acc.plover == "ACCUSE"


def test_definite_mentions_of_a_known_attack_are_not_new_events(gaz):
    text = ("Rockets struck a base near Erbil on Sunday. Iran denied involvement in the attack. "
            "No deaths were reported in Sunday’s attack.")
    ev = run(gaz, text, [("Sunday", "2020-12-20", "day", "2020-12-20"),
                         ("Sunday", "2020-12-20", "day", "2020-12-20", None, 2)])
    assert len([e for e in ev if e.type == "attack"]) == 1
    assert not [e for e in ev if e.type == "killing"]
    assert one(ev, "statement", stance="denial").groups == ["Iran"]


def test_reported_event_takes_the_time_of_the_report(gaz):
    text = "Al-Kadhimi said on Monday that Iraq has arrested several suspects."
    ev = run(gaz, text, [("Monday", "2020-12-21", "day", "2020-12-21")])
    arrest = one(ev, "arrest")
    assert arrest.groups == ["Iraq"] and arrest.date == dt.date(2020, 12, 21)
    assert not [e for e in ev if e.type == "statement"], "a neutral 'said' is the source, not an event"


def test_narrative_time_of_the_paragraph_then_publication(gaz):
    text = ("In recent months, Iran has urged its allies in Iraq not to provoke the US. "
            "But some groups rejected Iran’s call, including the Shia militia Asaib al-Ahl Haq.\n\n"
            "Kataib Hezbollah, an Iraqi Shia group close to Iran, also denied responsibility.")
    ev = run(gaz, text, [("recent months", "PAST_REF", "vague", "2020-10-01", "2020-12-21")])
    appeal = one(ev, "statement", stance="appeal")
    assert appeal.groups == ["Iran"] and appeal.date_basis == "stated"
    rej = one(ev, "statement", stance="rejection")
    assert rej.groups == ["Asaib Ahl al-Haq"] and rej.value == "PAST_REF" and rej.date_basis == "implied"
    denial = one(ev, "statement", stance="denial")
    assert denial.groups == ["Kataib Hezbollah"]
    assert denial.date == PUB and denial.date_basis == "publication"


def test_present_tense_statement_is_dated_at_publication(gaz):
    text = ("On Sunday rockets hit the embassy. The US is warning that Iran could seek revenge.")
    ev = run(gaz, text, [("Sunday", "2020-12-20", "day", "2020-12-20")])
    warn = one(ev, "statement", stance="warning")
    assert warn.groups == ["United States"] and warn.date == PUB and warn.date_basis == "publication"
    assert not [e for e in ev if e.type == "attack" and "revenge" in e.sentence], "'could seek' is no event"


def test_death_is_derived_from_its_first_anniversary_and_linked(gaz):
    text = ("The US is warning that Iran could seek revenge for Gen. Qasem Soleimani on or near the "
            "anniversary of his death, which is January 3rd. Soleimani was killed alongside Abu Mahdi "
            "al-Mohandes, the leader of Iraq’s Popular Mobilization Force (PMF), a group of militias formed "
            "in 2014 to fight ISIS.")
    ev = run(gaz, text, [("January 3rd", "2021-01-03", "day", "2021-01-03"),
                         ("2014", "2014", "year", "2014-01-01", "2014-12-31")])
    ann = one(ev, "anniversary")
    kill = one(ev, "killing")
    assert ann.date == dt.date(2021, 1, 3) and ann.future is True and "Iran" in ann.groups
    assert kill.date == dt.date(2020, 1, 3) and kill.date_basis == "derived" and kill.future is False
    assert ann.anniversary_of == kill.event_id
    assert "Popular Mobilization Forces" in kill.groups
    assert "Qasem Soleimani" in kill.actors
    form = one(ev, "formation")
    assert form.groups == ["Popular Mobilization Forces"] and form.value == "2014"
    assert not [e for e in ev if e.type == "attack"], "'to fight ISIS' is a purpose, not an event"


def test_ordinal_anniversary_derives_that_many_years_back(gaz):
    text = ("Supporters gathered to mark the fifth anniversary of the killing of Qasem Soleimani, "
            "which falls on January 3. Soleimani was killed in Baghdad.")
    ev = run(gaz, text, [("January 3", "2025-01-03", "day", "2025-01-03")], published=dt.date(2024, 12, 30))
    kill = one(ev, "killing")
    assert kill.date == dt.date(2020, 1, 3) and kill.date_basis == "derived"


def test_future_events(gaz):
    text = "Iraq will hold elections on June 6, officials said. Iraqis protested in Baghdad on Friday."
    ev = run(gaz, text, [("June 6", "2021-06-06", "day", "2021-06-06"),
                         ("Friday", "2020-12-18", "day", "2020-12-18")])
    assert one(ev, "political").future is True
    assert one(ev, "protest").future is False
    assert one(ev, "protest").location == "Baghdad"


def test_quote_attribution_continues_the_previous_statement(gaz):
    text = ("Iran denied involvement in the attack. “Attacking diplomatic and residential premises is not "
            "acceptable,” Saeed Khatibzadeh, Iran’s foreign ministry spokesman, said.")
    ev = run(gaz, text)
    assert len(ev) == 1
    assert ev[0].stance == "denial" and ev[0].actors == ["Saeed Khatibzadeh"]


def test_stance_from_the_quotation_when_the_verb_is_neutral(gaz):
    text = ("“Iran-backed militias once again recklessly attacked in Baghdad,” Pompeo wrote on Twitter.\n\n"
            "“This cowardly act is a crime,” Iraqi President Barham Salih said.")
    ev = run(gaz, text)
    assert one(ev, "statement", stance="accusation").groups == ["United States"]
    assert one(ev, "statement", stance="condemnation").groups == ["Iraq"]
    assert not [e for e in ev if e.type == "attack"], "quoted words are speech, not narrated events"


def test_other_stances_and_types(gaz):
    text = ("Kataib Hezbollah threatened to strike US forces. "
            "Israel condemned the rocket fire. "
            "The Islamic State claimed responsibility for a bombing in Kirkuk. "
            "Police arrested three men in Basra. "
            "Hundreds protested outside the parliament in Baghdad.")
    ev = run(gaz, text)
    assert one(ev, "statement", stance="threat").groups == ["Kataib Hezbollah"]
    assert one(ev, "statement", stance="condemnation").groups == ["Israel"]
    claim = one(ev, "statement", stance="claim")
    assert claim.groups == ["ISIS"]
    bombing = one(ev, "attack", location="Kirkuk")
    assert "ISIS" in bombing.groups
    assert one(ev, "arrest").location == "Basra"
    assert one(ev, "protest").plover == "PROTEST"


def test_negated_and_hypothetical_events_are_skipped(gaz):
    text = ("No deaths were reported. Any violence against US forces will be blamed on Iran. "
            "The militias could attack again. Iran did not attack the base.")
    ev = run(gaz, text)
    assert [e.type for e in ev if e.type in ("attack", "killing")] == []


def test_headline_byline_and_author_note_yield_nothing(gaz):
    text = ("Pompeo Blames Iran-Backed Militias for Baghdad Rocket Attack\n\n"
            "Iran denies involvement, Iraq's PM says suspects arrested for the attack\n\n"
            "Rockets hit the embassy.\n\n"
            "Author: Dave Smith\n\n"
            "Dave Smith is the news editor of Example.com, follow him on Twitter @dave.")
    ev = run(gaz, text, title="Pompeo Blames Iran-Backed Militias for Baghdad Rocket Attack", author="Dave Smith")
    assert [e.sentence for e in ev] == ["Rockets hit the embassy."]


def test_known_calendar_date_for_a_us_president_leaving_office(gaz):
    text = ("Iran urged calm before President Trump leaves office.\n\n"
            "Any violence between now and January 20th will be blamed on Iran.")
    ev = run(gaz, text, [("January 20th", "2021-01-20", "day", "2021-01-20")])
    pol = one(ev, "political")
    assert pol.date == dt.date(2021, 1, 20) and pol.future is True
    assert "January 20th" in pol.sentence and "United States" in pol.groups


def test_event_records_are_complete(gaz):
    text = "Rockets hit the US embassy in Baghdad on Sunday."
    ev = run(gaz, text, [("Sunday", "2020-12-20", "day", "2020-12-20")])
    e = one(ev, "attack")
    assert e.event_id and e.article_id == "a" and e.source == "a.txt" and e.published == PUB
    assert text[e.sentence_start:e.sentence_end] == e.sentence
    assert text[e.time_start:e.time_end] == "Sunday" and e.time_text == "Sunday"
    assert e.explanation


@pytest.mark.parametrize("text", [
    "", "   ", "no punctuation at all and no events", "قال المتحدث إن الهجوم فشل. Rockets hit Erbil.",
])
def test_odd_articles_do_not_crash(gaz, text):
    ev = run(gaz, text)
    assert isinstance(ev, list)


def test_article_without_publication_date(gaz):
    ev = run(gaz, "Rockets hit the US embassy in Baghdad.", published=None)
    assert ev and ev[0].date is None and ev[0].date_basis == "publication"


def test_one_megabyte_line(gaz):
    unit = "Rockets hit the US embassy in Baghdad. Iran denied involvement, officials said. "
    text = unit * (1_000_000 // len(unit))
    t0 = time.perf_counter()
    ev = run(gaz, text)
    assert time.perf_counter() - t0 < 120
    assert len([e for e in ev if e.type == "statement"]) > 1000


def test_one_megabyte_without_punctuation(gaz):
    text = "rockets hit the US embassy in Baghdad and Iran denied involvement officials said " * 12000
    t0 = time.perf_counter()
    ev = run(gaz, text)
    assert time.perf_counter() - t0 < 120
    assert isinstance(ev, list)


def test_accused_of_an_attack_in_a_month(gaz):
    text = "Washington has accused Nujaba of firing rockets at the U.S. embassy in September. The group denied it."
    ev = run(gaz, text, [("September", "2020-09", "month", "2020-09-01", "2020-09-30")])
    attack = one(ev, "attack")
    assert attack.value == "2020-09" and attack.alleged_by == ["Harakat al-Nujaba"]
    acc = one(ev, "statement", stance="accusation")
    assert acc.groups == ["United States"] and acc.date == PUB, "September dates the rockets, not the accusation"
    denial = one(ev, "statement", stance="denial")
    assert denial.groups == ["Harakat al-Nujaba"] and denial.date == PUB


def test_passive_blame_and_claim(gaz):
    text = ("Rockets hit the US embassy on Sunday.\n\n"
            "Iran-backed militias have been blamed for the attack.\n\n"
            "A roadside bomb hit a convoy near Basra on Monday, and the bombing was claimed by the Islamic State.")
    ev = run(gaz, text, [("Sunday", "2020-12-20", "day", "2020-12-20"),
                         ("Monday", "2020-12-21", "day", "2020-12-21")])
    embassy = one(ev, "attack", value="2020-12-20")
    assert embassy.alleged_by == ["Iran-backed militias"]
    basra = one(ev, "attack", value="2020-12-21")
    assert basra.groups == ["ISIS"] and basra.alleged_by == [] and basra.location == "Basra"
    assert one(ev, "statement", stance="claim").groups == ["ISIS"]


def test_relative_clause_dates_the_noun_and_possessive_government(gaz):
    text = ("Iraqi Prime Minister Mustafa al-Kadhimi has vowed to rein in the militias. His government arrested "
            "several members of Kataib Hezbollah in June. Thousands rallied in Baghdad on Friday to demand "
            "early elections, which are scheduled for October 10.")
    ev = run(gaz, text, [("June", "2020-06", "month", "2020-06-01", "2020-06-30"),
                         ("Friday", "2020-12-18", "day", "2020-12-18"),
                         ("October 10", "2021-10-10", "day", "2021-10-10")])
    arrest = one(ev, "arrest")
    assert arrest.groups == ["Iraq", "Kataib Hezbollah"]  # who arrested, then whose members were arrested
    assert "against Kataib Hezbollah" in arrest.explanation
    assert one(ev, "political").date == dt.date(2021, 10, 10)
    assert one(ev, "protest").date == dt.date(2020, 12, 18)
    assert not [e for e in ev if e.stance == "threat"], "vowing to rein in militias is no threat"


def test_heart_attack_is_no_attack(gaz):
    text = "A US contractor died of a heart attack while sheltering in a bunker."
    assert [e.type for e in run(gaz, text) if e.type in ("attack", "killing")] == []


def test_drone_strike_killing_a_named_person_is_a_killing_on_the_sentence_date(gaz):
    text = "Days later, on January 3, 2020, a US drone strike in Baghdad killed Qassem Soleimani."
    ev = run(gaz, text, [("Days later", "PAST_REF", "vague"),
                         ("January 3, 2020", "2020-01-03", "day", "2020-01-03")])
    kill = one(ev, "killing")
    assert kill.date == dt.date(2020, 1, 3) and "United States" in kill.groups
    assert kill.location == "Baghdad" and "Qasem Soleimani" in kill.actors
    assert not [e for e in ev if e.type == "attack"]


def test_other_acts_carry_their_plover_category(gaz):
    text = ("The United States withdrew troops from Iraq in 2011. "
            "Iran and Iraq signed a security agreement on Monday. "
            "US sanctions on Iran remain.")
    ev = run(gaz, text, [("2011", "2011", "year", "2011-01-01", "2011-12-31"),
                         ("Monday", "2020-12-21", "day", "2020-12-21")])
    retreat = one(ev, "political", plover="RETREAT")  # troops withdrawn: an act of politics too
    assert retreat.groups == ["United States"] and retreat.value == "2011"
    agree = one(ev, "political", plover="AGREE")  # an agreement is an act of politics
    assert set(agree.groups) >= {"Iran"} and agree.date == dt.date(2020, 12, 21)
    assert not [e for e in ev if e.plover == "SANCTION"], "background sanctions without a time are no event"


def test_dated_sentence_without_event_word_is_an_other_event(gaz):
    text = "Kataib Hezbollah's deadline for US troops expires on January 20th. Nothing else happened."
    ev = run(gaz, text, [("January 20th", "2021-01-20", "day", "2021-01-20")])
    e = one(ev, "other")
    assert e.date == dt.date(2021, 1, 20) and e.future and "Kataib Hezbollah" in e.groups
    assert e.date_basis == "stated"


def test_news_wire_conventions(gaz):
    text = ("BAGHDAD (AP) — Yemen's Houthi rebels said on Sunday they had launched drones at an oil facility "
            "in Jeddah, the latest in a series of cross-border attacks.\n\n"
            "Iran, which backs the Houthis, rejected accusations that it supplied the drones.\n\n"
            "The war has killed more than 100,000 people.")
    ev = run(gaz, text, [("Sunday", "2020-12-20", "day", "2020-12-20")])
    attack = one(ev, "attack")
    assert attack.groups == ["Houthis"] and attack.date == dt.date(2020, 12, 20) and attack.location == "Jeddah"
    assert one(ev, "statement", stance="denial").groups == ["Iran"]
    assert not [e for e in ev if e.type == "killing"], "a war's death toll is not one event"


def test_killing_told_only_through_its_anniversary_is_derived(gaz):
    text = "Thousands marched in Tehran on Sunday to mark the first anniversary of the killing of Qassem Soleimani."
    ev = run(gaz, text, [("Sunday", "2021-01-03", "day", "2021-01-03")], published=dt.date(2021, 1, 4))
    ann = one(ev, "anniversary")
    kill = one(ev, "killing")
    assert ann.date == dt.date(2021, 1, 3) and ann.anniversary_of == kill.event_id
    assert kill.date == dt.date(2020, 1, 3) and kill.date_basis == "derived"
    assert "Qasem Soleimani" in kill.actors and "IRGC Quds Force" in kill.groups


def test_one_side_two_stances_in_one_sentence(gaz):
    text = ("Syria's Foreign Ministry condemned the strikes as a \"bad sign\" and called on Washington to "
            "withdraw its troops.")
    ev = run(gaz, text)
    assert one(ev, "statement", stance="condemnation").groups == ["Syria"]
    assert one(ev, "statement", stance="appeal").groups == ["Syria"]
    assert not [e for e in ev if e.type == "other"], "'to withdraw' is what is asked, not what happened"


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_WORDS = ["Iran", "denied", "the", "attack", "on", "Sunday", ",", ".", "“", "”", "said", "Kataib", "Hezbollah",
          "rockets", "hit", "Baghdad", "killed", "anniversary", "of", "his", "death", "which", "is", "January",
          "3rd", "group", "formed", "in", "2014", "\n\n", "warned", "that", "could", "the group", "President",
          "Trump", "leaves", "office", "Gen.", "U.S.", "'s", "blamed", "for", "a", "بغداد", "—", "(AP)", "BAGHDAD"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(st.sampled_from(_WORDS), max_size=60), spans=st.lists(
    st.tuples(st.integers(0, 400), st.integers(1, 30), st.sampled_from(["2020-12-20", "2020-11", "PAST_REF", "2014"])),
    max_size=5), published=st.sampled_from([PUB, None]))
def test_any_text_and_time_expressions_give_consistent_events(gaz, words, spans, published):
    text = " ".join(words)
    timexes = []
    for start, length, value in spans:
        if start >= len(text):
            continue
        end = min(len(text), start + length)
        day = dt.date(2020, 12, 20) if value == "2020-12-20" else None
        timexes.append(Timex(start, end, text[start:end], "DATE", value, "day" if day else "vague", day, day))
    ev = run(gaz, text, timexes, published=published)
    ids = [e.event_id for e in ev]
    assert len(ids) == len(set(ids))
    for e in ev:
        assert text[e.sentence_start:e.sentence_end] == e.sentence
        assert e.type in {"attack", "statement", "arrest", "killing", "anniversary", "formation", "political",
                          "protest", "other"}
        assert e.date_basis in {"stated", "implied", "derived", "publication"}
        assert not e.anniversary_of or e.anniversary_of in ids
        if e.date and published:
            assert e.future == (e.date > published)


def test_offset_after_clause_tally_and_infinitive_content(gaz):
    text = ("Iraq's parliament voted on Sunday to expel US troops, two days after a US drone strike killed "
            "Qassem Soleimani at Baghdad airport.\n\n"
            "Kataib Hezbollah warned Iraqi security forces to stay away from US bases starting Sunday evening.\n\n"
            "Protests began in October and have left more than 400 people dead.")
    ev = run(gaz, text, [("Sunday", "2020-01-05", "day", "2020-01-05"),
                         ("Sunday evening", "2020-01-12TEV", "time", "2020-01-12", None, 1),
                         ("October", "2019-10", "month", "2019-10-01", "2019-10-31")],
             published=dt.date(2020, 1, 6))
    assert one(ev, "political").date == dt.date(2020, 1, 5)
    kill = one(ev, "killing")
    assert kill.date == dt.date(2020, 1, 3) and kill.date_basis == "derived"
    warn = one(ev, "statement", stance="warning")
    assert warn.date == dt.date(2020, 1, 6) and warn.date_basis == "publication"
    assert one(ev, "protest").value == "2019-10"
    assert len([e for e in ev if e.type == "killing"]) == 1, "the protests' toll is no killing event"


# ---------------------------------------------------------------- general news (wire stories)

def test_attack_noun_under_a_statement_verb_is_no_new_attack(gaz):
    text = ("Chilean President Ana Ruiz on Wednesday denounced the shootings at the border post and pledged "
            "support to the families.")
    ev = run(gaz, text, [("Wednesday", "2020-12-16", "day", "2020-12-16")])
    st = one(ev, "statement", stance="condemnation")
    assert st.groups == ["Chile"] and st.value == "2020-12-16"
    assert not [e for e in ev if e.type == "attack"], "the shootings are the topic of the condemnation"


def test_time_at_the_end_of_the_clause_governs_the_verb_not_a_noun_in_its_object(gaz):
    text = ("The Security Council condemned the attack on the aid convoy near the river crossing in the east "
            "on Friday and urged restraint.")
    ev = run(gaz, text, [("Friday", "2020-12-18", "day", "2020-12-18")])
    st = one(ev, "statement", stance="condemnation")
    assert st.groups == ["United Nations"] and st.value == "2020-12-18" and st.date_basis == "stated"
    assert not [e for e in ev if e.type == "attack" and e.value == "2020-12-18"]


def test_time_premodifying_the_noun_stays_with_the_noun(gaz):
    text = "Norwegian officials on Wednesday condemned the March 3 bombing of the ferry terminal."
    ev = run(gaz, text, [("Wednesday", "2020-12-16", "day", "2020-12-16"),
                         ("March 3", "2020-03-03", "day", "2020-03-03")])
    assert one(ev, "statement", stance="condemnation").value == "2020-12-16"
    assert all(e.value == "2020-03-03" for e in ev if e.type == "attack")


def test_time_before_a_determiner_is_the_verbs(gaz):
    text = "Peru deplored on Saturday the twin blasts that hit the capital's bus station."
    ev = run(gaz, text, [("on Saturday", "2020-12-19", "day", "2020-12-19")])
    assert one(ev, "statement", stance="condemnation").value == "2020-12-19"
    assert not [e for e in ev if e.type == "attack" and e.value == "2020-12-19"]


@pytest.mark.parametrize("text", [
    "Riot police stood guard outside the courthouse on Monday.",
    "A judge issued an arrest warrant for the former mayor on Monday.",
    "The death toll from the floods rose to 30 on Monday.",
    "The suspect was charged with murder on Monday.",
    "Output fell because of a miners' strike that began in the spring.",
    "Customs officers seized a truck bomb near the port on Monday.",
    "Bank shares rallied on Monday after the earnings report.",
    "The merger agreement was struck on Monday after months of talks.",
    "Bondholders elected to convert their notes into shares on Monday.",
    "The family has been fighting in the courts to keep the house.",
    "Her brother died in a car accident on Monday.",
    "He remained in detention on Monday, his lawyer said.",
    "A blast furnace outage cut steel output on Monday.",
    "None of the guards were killed on Monday.",
    "Doctors treated bombing victims at three hospitals on Monday.",
    "The murder trial opened on Monday.",
    "Nine crew members were killed on Monday when their helicopter crashed in the hills.",
    "Four fishermen died on Monday after their trawler capsized.",
    "The activist has been arrested more than a dozen times since 1990.",
])
def test_event_words_used_as_modifiers_or_in_other_senses_are_no_events(gaz, text):
    ev = run(gaz, text, [("on Monday", "2020-12-14", "day", "2020-12-14")] if "on Monday" in text else [])
    assert not [e for e in ev if e.type in ("attack", "arrest", "killing", "protest", "political")], \
        [(e.type, e.explanation) for e in ev]


def test_hypothetical_nouns_under_a_modal_or_possibility_are_no_events(gaz):
    text = ("Analysts said Syria could answer with a ground assault on the town. "
            "Planners weighed the possibility of a missile strike on the depot.")
    ev = run(gaz, text)
    assert not [e for e in ev if e.type == "attack"], [(e.type, e.sentence) for e in ev]


def test_wire_typewriter_quotes_are_quotes(gaz):
    text = ("``The arrest and trial of the plotters must come first,'' said a Kenyan police officer, "
            "who refused to be named. ``We are ready,'' he said.")
    ev = run(gaz, text)
    assert not [e for e in ev if e.type == "arrest"], "an arrest inside a quotation is not narrated"
    st = [e for e in ev if e.type == "statement"]
    assert st and st[0].groups == ["Kenya"] and st[0].stance != "rejection"
    assert "We are ready" not in st[0].sentence, "the sentence ends before the next quotation"


def test_refusing_to_be_named_is_no_rejection(gaz):
    text = "Kenya will send more troops, said a Kenyan official, who refused to give his name."
    ev = run(gaz, text)
    assert not [e for e in ev if e.stance == "rejection"]


def test_it_as_subject_is_the_last_organization_named(gaz):
    text = ("NATO adopted a statement on Monday, backed by Peru and Chile. "
            "It strongly condemns the car bomb attacks.")
    ev = run(gaz, text, [("on Monday", "2020-12-14", "day", "2020-12-14")])
    st = one(ev, "statement", stance="condemnation")
    assert st.groups == ["NATO"]
    assert not [e for e in ev if e.type == "attack"], "the attacks are what the statement condemns"


def test_an_unknown_speaker_is_no_side_taken_from_the_reported_words(gaz):
    text = "Kenyan troops will leave the town by the end of the year, Marten Volk said."
    ev = run(gaz, text)
    assert not [e for e in ev if e.type == "statement" and e.groups == ["Kenya"]]


def test_inverted_reporting_verb_takes_the_subject_after_it(gaz):
    text = "“The road is open again,” said a Chilean army spokesman."
    ev = run(gaz, text)
    assert one(ev, "statement").groups == ["Chile"]


def test_casualties_of_an_attack_told_before_are_no_new_killing(gaz):
    text = ("A car bomb exploded outside the Peruvian embassy on Sunday. "
            "Investigators are examining the bombing, which killed 14 people.")
    ev = run(gaz, text, [("on Sunday", "2020-12-20", "day", "2020-12-20")])
    assert len([e for e in ev if e.type == "attack"]) == 1
    assert not [e for e in ev if e.type == "killing"], [(e.type, e.sentence) for e in ev]


def test_condemned_or_answered_attacks_without_a_day_of_their_own_are_no_new_rows(gaz):
    text = ("The Peruvian president on Tuesday condemned terrorist bomb attacks on two police stations. "
            "Chile said on Tuesday in response to rocket attacks on its border posts that it would close the border.")
    ev = run(gaz, text, [("on Tuesday", "2020-12-15", "day", "2020-12-15"),
                         ("on Tuesday", "2020-12-15", "day", "2020-12-15", None, 2)])
    assert one(ev, "statement", stance="condemnation").groups == ["Peru"]
    assert not [e for e in ev if e.type == "attack"], [(e.type, e.sentence) for e in ev]


def test_wire_dateline_names_no_actor(gaz):
    text = "NAIROBI, Kenya (AP) _ The regional court said Friday it would hear the case in March."
    ev = run(gaz, text, [("Friday", "2020-12-18", "day", "2020-12-18")])
    assert not [e for e in ev if "Kenya" in e.groups], [(e.type, e.groups) for e in ev]


@pytest.mark.parametrize("text, not_stance", [
    ("The Norwegian foreign ministry on Monday lifted a warning against travel to the region.", "warning"),
    ("The Norwegian foreign ministry urged travelers to exercise caution on Monday.", "warning"),
    ("Peru holds land claimed by Chile since the war, the minister said on Monday.", "claim"),
    ("“We must be ready to face a terrorist group or a rogue state,” the Chilean minister said on Monday.",
     "condemnation"),
    ("“It was a carefully planned attack,” a Kenyan police spokesman said on Monday.", "accusation"),
])
def test_stance_words_in_other_senses(gaz, text, not_stance):
    ev = run(gaz, text, [("on Monday", "2020-12-14", "day", "2020-12-14")])
    assert not [e for e in ev if e.stance == not_stance], [(e.type, e.stance, e.explanation) for e in ev]


def test_quoted_verdicts_still_give_the_stance(gaz):
    text = "“This cowardly act will not go unpunished,” the Kenyan president said on Monday."
    ev = run(gaz, text, [("on Monday", "2020-12-14", "day", "2020-12-14")])
    assert one(ev, "statement").stance == "condemnation"


def test_definite_mention_of_an_attack_the_article_never_dates_is_no_new_row(gaz):
    text = ("Tourism has not recovered from the bombings at the Norwegian consulate, hotel owners say. "
            "A witness to the shooting was questioned again, the police said.")
    ev = run(gaz, text)
    assert not [e for e in ev if e.type == "attack"], [(e.type, e.sentence) for e in ev]


def test_a_later_definite_mention_does_not_take_a_new_date(gaz):
    text = ("Relatives still ask who was behind the shooting. "
            "The gunman fled after the shooting, and his car was found at the airport in March.")
    ev = run(gaz, text, [("in March", "2020-03", "month", "2020-03-01", "2020-03-31")])
    assert not [e for e in ev if e.type == "attack" and e.value == "2020-03"]


def test_coordinated_verb_shares_the_first_verbs_subject_and_states_is_a_noun(gaz):
    text = ("The African Union denounced the shelling of Kenyan and Chilean aid posts on Friday and called on "
            "all member states to send doctors.")
    ev = run(gaz, text, [("on Friday", "2020-12-18", "day", "2020-12-18")])
    assert one(ev, "statement", stance="condemnation").groups == ["African Union"]
    assert one(ev, "statement", stance="appeal").groups == ["African Union"]
    assert len([e for e in ev if e.type == "statement"]) == 2, "'member states' is no statement verb"


def test_the_speaker_is_the_subject_not_a_person_in_a_participle_or_an_unknown_name(gaz):
    text = ("Kenyan Foreign Minister Amina Odhiambo, speaking at a news conference with Mike Pompeo, said the "
            "border would stay open. Halvorsen, who chairs the Norwegian committee, said the talks would resume.")
    ev = run(gaz, text)
    st = [e for e in ev if e.type == "statement"]
    assert [e.groups for e in st] == [["Kenya"]], [(e.groups, e.sentence[:40]) for e in st]


def test_a_place_and_its_country_between_commas_do_not_cut_the_clause(gaz):
    text = ("Twin bombings at hotels in Lima, Peru, on March 3 killed 40 people. "
            "In Santiago, Chile, a police spokesman said officers arrested two men on Monday.")
    ev = run(gaz, text, [("on March 3", "2020-03-03", "day", "2020-03-03"),
                         ("on Monday", "2020-12-14", "day", "2020-12-14")])
    attacks = [e for e in ev if e.type == "attack"]
    assert attacks and all(e.value == "2020-03-03" for e in attacks), [(e.type, e.value) for e in ev]
    assert not [e for e in ev if "Peru" in e.groups], "the country of the place is no actor"
    # ... but police with no country of their own are the police of the place the sentence opens with
    assert [e.groups for e in ev if e.type == "arrest"] == [["Chile"]]


def test_groups_hit_killed_or_arrested_are_among_the_groups(gaz):
    text = ("A US drone strike killed a commander of Kataib Hezbollah near Baghdad airport on Sunday. "
            "Hezbollah fired rockets at northern Israel on Sunday. "
            "Israel struck Iranian targets in Syria on Sunday.")
    ev = run(gaz, text, [("Sunday", "2021-03-07", "day", "2021-03-07", None, k) for k in (1, 2, 3)])
    strike, rockets, raid = sorted((e for e in ev if e.type in ("attack", "killing")), key=lambda e: e.sentence_start)
    assert set(strike.groups) == {"United States", "Kataib Hezbollah"}  # not Iraq: the airport is where, not whom
    assert set(rockets.groups) == {"Hezbollah", "Israel"}
    assert set(raid.groups) == {"Israel", "Iran"}  # Syria is where


def test_time_after_a_relative_clause_dates_the_main_clause(gaz):
    text = "Rockets struck the Ain al-Asad air base, which hosts US troops, on Monday."
    ev = run(gaz, text, [("Monday", "2021-03-08", "day", "2021-03-08")])
    assert one(ev, "attack").date == dt.date(2021, 3, 8)
    assert one(ev, "attack").date_basis == "stated"


def test_a_weapon_noun_that_is_the_subject_of_its_verb_takes_the_clause_time(gaz):
    text = "The Interior Ministry said an IED hit a convoy carrying supplies for the US-led coalition on Thursday."
    ev = run(gaz, text, [("Thursday", "2021-03-04", "day", "2021-03-04")])
    assert one(ev, "attack").date == dt.date(2021, 3, 4)


def test_the_strikes_told_again_are_the_same_strikes_and_date_their_casualties(gaz):
    text = ("The United States carried out air strikes on Sunday against facilities in Iraq and Syria.\n\n"
            "Pentagon spokesman John Kirby said the strikes targeted weapons storage facilities.\n\n"
            "The Popular Mobilization Forces said four of its fighters were killed in the strikes.")
    ev = run(gaz, text, [("Sunday", "2021-06-27", "day", "2021-06-27")], published=dt.date(2021, 6, 28))
    assert len([e for e in ev if e.type == "attack"]) == 1  # one attack, told twice
    kill = one(ev, "killing")
    assert kill.date == dt.date(2021, 6, 27) and kill.date_basis == "implied"
    assert "Popular Mobilization Forces" in kill.groups


def test_a_dateline_capital_is_no_place_for_events_the_lead_puts_abroad(gaz):
    text = ("WASHINGTON (Reuters) - The United States carried out air strikes against militias in Iraq and Syria, "
            "the Pentagon said.\n\nFour fighters were killed, a militia said.")
    ev = run(gaz, text, published=dt.date(2021, 6, 28))
    assert all(e.location != "Washington" for e in ev), [(e.type, e.location) for e in ev]
    home = run(gaz, "MOSUL, Iraq (AP) - Gunmen killed two police officers, officials said.", published=dt.date(2021, 6, 28))
    assert [e.location for e in home if e.type in ("attack", "killing")] == ["Mosul"]


def test_warplanes_hit_is_an_attack_by_their_side(gaz):
    text = "In February, US warplanes hit facilities in eastern Syria."
    ev = run(gaz, text, [("February", "2021-02", "month", "2021-02-01", "2021-02-28")], published=dt.date(2021, 6, 28))
    attack = one(ev, "attack")
    # (the facilities are no one's named side: the state struck in is the target)
    assert attack.groups == ["United States", "Syria"] and attack.value == "2021-02"
