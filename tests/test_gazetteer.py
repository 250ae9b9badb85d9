"""The groups gazetteer: loading, bad rows, and mentions of groups and people."""
from pathlib import Path

import pytest

from timeline.gazetteer import Gazetteer, load_gazetteer, parse_gazetteer
from timeline.sentences import split_sentences

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def gaz():
    g, problems = load_gazetteer()
    assert problems == []
    return g


def groups_of(gaz, text):
    return [(m.text, m.group, m.kind) for m in gaz.find_mentions(text, split_sentences(text))]


def test_bundled_gazetteer_has_the_conflicts_actors(gaz):
    for name in ["Iran", "United States", "Iraq", "Israel", "Kataib Hezbollah", "Asaib Ahl al-Haq",
                 "Kataib Sayyid al-Shuhada", "Harakat al-Nujaba", "Popular Mobilization Forces", "ISIS",
                 "IRGC", "IRGC Quds Force", "Kurdistan Regional Government", "Iran-backed militias"]:
        assert name in gaz.groups, name
    assert gaz.groups["Iran-backed militias"].kind == "collective"
    assert gaz.canonical("Asa'ib Ahl al-Haq") == "Asaib Ahl al-Haq"
    assert gaz.canonical("asaib al-ahl haq") == "Asaib Ahl al-Haq"
    assert gaz.canonical("Hashd al-Shaabi") == "Popular Mobilization Forces"
    assert gaz.canonical("Daesh") == "ISIS"
    assert gaz.chain("IRGC Quds Force") == ["IRGC Quds Force", "IRGC", "Iran"]


def test_default_path_is_the_repo_file_or_package_copy():
    g, problems = load_gazetteer(REPO / "data" / "groups.csv")
    assert not problems and len(g) > 30


def test_malformed_rows_are_reported_with_line_numbers_and_the_rest_loads(tmp_path):
    path = tmp_path / "groups.csv"
    path.write_text(
        "name,aliases,kind,affiliation,country\n"
        "Iran,Tehran,state,,Iran\n"
        ",nameless,armed group,,\n"                      # line 3: no name
        "Foo Brigades,FB,armed group,x,Iraq,extra,more,too\n"  # line 4: too many fields
        "Bar Front,BF,spaceship,,\n"                     # line 5: unknown kind, still loaded
        "Iran,Persia,state,,\n"                          # line 6: duplicate
        "Ali Hassan,Hassan,person,Nowhere Group,\n"      # line 7: tied to an unknown group
        "Kataib Test,KT,armed group,,Iraq\n",
        encoding="utf-8")
    g, problems = load_gazetteer(path)
    lines = sorted(p.line for p in problems)
    assert lines == [3, 4, 5, 6, 7]
    assert "Kataib Test" in g.groups and "Bar Front" in g.groups
    assert g.groups["Bar Front"].kind == "armed group"
    assert all(str(path) in str(p) for p in problems)


def test_missing_file_is_a_problem_not_a_crash(tmp_path):
    g, problems = load_gazetteer(tmp_path / "nope.csv")
    assert len(g) == 0 and len(problems) == 1


def test_header_without_name_column():
    groups, problems = parse_gazetteer("alias,kind\nx,state\n")
    assert groups == [] and problems[0].line == 1


def test_acronyms_only_in_capitals(gaz):
    found = groups_of(gaz, "Tell us what the US did, and what KH said.")
    assert ("US", "United States", "gazetteer") in found
    assert ("KH", "Kataib Hezbollah", "gazetteer") in found
    assert not any(t == "us" for t, _, _ in found)


def test_demonyms_and_compounds(gaz):
    found = groups_of(gaz, "An Iranian general met Iran-backed militias and Iraqi officials.")
    assert ("Iranian", "Iran", "demonym") in found
    assert ("Iran-backed militias", "Iran-backed militias", "gazetteer") in found
    assert not any(t == "Iran" for t, _, _ in found)  # no bare Iran inside Iran-backed


def test_scare_quotes_inside_a_name(gaz):
    found = groups_of(gaz, "He blamed “Iran-backed” groups in Iraq.")
    assert found[0][1] == "Iran-backed militias"


def test_transliterations_and_possessives(gaz):
    found = groups_of(gaz, "Kata'ib Hizballah and Asa’ib Ahl al-Haq rejected Iran’s call.")
    assert [g for _, g, _ in found] == ["Kataib Hezbollah", "Asaib Ahl al-Haq", "Iran"]


def small_gazetteer():
    groups, problems = parse_gazetteer(
        "name,aliases,kind\nIran,,state\nUnited States,US,state\nIraq,,state\n"
        "Asaib Ahl al-Haq,Asaib al-Ahl Haq,armed group\nKataib Hezbollah,KH,armed group\n")
    assert not problems
    return Gazetteer(groups)


def test_unknown_officials_tied_by_apposition_and_title():
    g = small_gazetteer()
    text = ("“It is not acceptable,” Saeed Khatibzadeh, Iran’s foreign ministry spokesman, said. "
            "Secretary of State Mike Pompeo blamed Asaib al-Ahl Haq. "
            "“We will not listen,” Qais al-Khazali, the group’s leader, said. Later Khatibzadeh added more.")
    people = {(m.person, m.group) for m in g.find_mentions(text, split_sentences(text)) if m.kind == "person"}
    assert ("Saeed Khatibzadeh", "Iran") in people
    assert ("Mike Pompeo", "United States") in people
    assert ("Qais al-Khazali", "Asaib Ahl al-Haq") in people
    later = [m for m in g.find_mentions(text, None) if m.text == "Khatibzadeh"]
    assert later and later[0].group == "Iran"


def test_the_group_refers_to_the_last_group_named():
    g = small_gazetteer()
    text = "Kataib Hezbollah denied it. The group issued a statement. Iran agreed with the militia’s view."
    refs = [(m.text, m.group) for m in g.find_mentions(text, None) if m.kind == "coreference"]
    assert refs == [("The group", "Kataib Hezbollah"), ("the militia’s", "Kataib Hezbollah")]


def test_apposition_after_the_group_word_is_not_a_back_reference():
    g = small_gazetteer()
    text = "Kataib Hezbollah denied it. But the Shia militia Asaib al-Ahl Haq did not."
    found = [(m.text, m.group, m.kind) for m in g.find_mentions(text, None)]
    assert not any(k == "coreference" for _, _, k in found)


def test_organization_shaped_names_outside_the_gazetteer():
    g = small_gazetteer()
    text = ("A little-known group called Ashab al-Kahf claimed the attack. "
            "Officials also named the Saraya Awliya al-Dam brigades. Later Ashab al-Kahf denied it.")
    found = [(m.text, m.group) for m in g.find_mentions(text, None) if m.kind == "pattern"]
    assert ("Ashab al-Kahf", "Ashab al-Kahf") in found
    assert ("Saraya Awliya al-Dam", "Saraya Awliya al-Dam") in found
    assert sum(1 for t, _ in found if t == "Ashab al-Kahf") == 2


def test_mentions_have_offsets_into_the_text(gaz):
    text = (REPO / "data" / "articles" / "000_591450a2b04aa0df.txt").read_text(encoding="utf-8")
    ms = gaz.find_mentions(text, split_sentences(text))
    assert ms
    for m in ms:
        assert text[m.start:m.end] == m.text
    spans = sorted((m.start, m.end) for m in ms)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), "mentions overlap"


def test_dateline_city_is_not_a_group(gaz):
    text = "BAGHDAD (AP) — Rockets hit Baghdad. BAGHDAD, Jan 5 (Reuters) - More rockets."
    found = [(m.text, m.group) for m in gaz.find_mentions(text, None)]
    assert found == [("Baghdad", "Iraq")]


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = ["Iran", "Iranian", "Iran-backed", "militias", "US", "us", "U.S.", "the group", "’s", "'s", "“", "”",
           "Kata'ib", "Hezbollah", "Asaib", "al-Ahl", "Haq", ",", ".", " ", "\n", "Secretary of State", "Mike",
           "Pompeo", "called", "Ashab", "al-Kahf", "brigades", "the", "BAGHDAD", "(AP)", "—", "Gen.", "é", "中"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.booleans())
def test_mentions_never_overlap_and_point_into_any_text(gaz, pieces, spaced):
    text = (" " if spaced else "").join(pieces)
    ms = gaz.find_mentions(text, split_sentences(text))
    for m in ms:
        assert text[m.start:m.end] == m.text and m.group
    spans = sorted((m.start, m.end) for m in ms)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


def test_states_of_the_world_by_name_and_demonym(gaz):
    found = groups_of(gaz, "Philippine President Joseph Estrada condemned the bombings in Kenya and "
                           "Tanzania, and Filipino, Nigerian and South Korean officials agreed.")
    groups = {g for _, g, _ in found}
    assert {"Philippines", "Kenya", "Tanzania", "Nigeria", "South Korea"} <= groups
    assert all(gaz.groups[g].kind == "state" for g in ("Philippines", "Kenya", "South Korea"))


def _sides(gaz, text):
    return [(m.text, m.group, m.kind) for m in gaz.find_mentions(text, split_sentences(text))]


def test_capital_is_a_side_only_as_a_voice(gaz):
    assert ("Niamey", "Niger", "capital") in _sides(gaz, "Officials in Niamey said the dam was hit.")
    assert ("Bamako", "Mali", "capital") in _sides(gaz, "Bamako rejected the plan on Monday.")
    assert not [m for m in _sides(gaz, "Gunmen attacked a bus in Bamako.") if m[0] == "Bamako"]
    assert not [m for m in _sides(gaz, "A French official in Bamako said talks stalled.") if m[0] == "Bamako"]


def test_police_and_army_take_the_country_of_the_sentence_or_dateline(gaz):
    assert ("Police", "Nigeria", "role") in _sides(gaz, "Police in Nigeria arrested 12 men.")
    assert ("army", "Mali", "role") in _sides(gaz, "BAMAKO, Mali (AP) — The army denied the report.")
    assert not [m for m in _sides(gaz, "Iraqi police arrested two men.") if m[2] == "role"]
    assert not [m for m in _sides(gaz, "The Arakan Army said it took a base in Myanmar.") if m[2] == "role"]
    assert not [m for m in _sides(gaz, "Police said Russia and Ukraine traded fire.") if m[2] == "role"]


def test_title_after_a_possessive_and_lower_case_words(gaz):
    ms = _sides(gaz, "Myanmar's junta spokesman Kyaw Zin Htet denied the report.")
    assert ("Kyaw Zin Htet", "Myanmar", "person") in ms
