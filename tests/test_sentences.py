"""Sentence splitting on news text: abbreviations, quotes, headlines, offsets."""
import time

from timeline.sentences import split_sentences


def texts(text):
    return [s.text for s in split_sentences(text)]


def test_offsets_point_into_the_text():
    text = "Rockets hit Baghdad.  Iran denied it.\n\nThe U.S. embassy was hit again."
    for s in split_sentences(text):
        assert text[s.start:s.end] == s.text
    assert [s.paragraph for s in split_sentences(text)] == [0, 0, 1]


def test_title_and_month_abbreviations_do_not_end_sentences():
    assert texts("Gen. Qasem Soleimani met Dr. Ali Hassan on Jan. 5 in Baghdad. He left.") == [
        "Gen. Qasem Soleimani met Dr. Ali Hassan on Jan. 5 in Baghdad.", "He left."]


def test_military_and_official_titles_do_not_end_sentences():
    text = ("Spc. Kennedy Sanders and Pfc. Ana Ruiz were killed, Staff Sgt. Lee Wu said. Lt. Col. Ann Fry, "
            "Cmdr. Bo Li, Det. Sam Ho, Amb. Tim Ode and Insp. Rae Kim spoke. Rep. Jo Doe left.")
    assert texts(text) == [
        "Spc. Kennedy Sanders and Pfc. Ana Ruiz were killed, Staff Sgt. Lee Wu said.",
        "Lt. Col. Ann Fry, Cmdr. Bo Li, Det. Sam Ho, Amb. Tim Ode and Insp. Rae Kim spoke.", "Rep. Jo Doe left."]


def test_dotted_acronym_inside_and_at_end_of_sentence():
    assert texts("The U.S. embassy was hit. Officials blamed the U.N. The attack was claimed.") == [
        "The U.S. embassy was hit.", "Officials blamed the U.N.", "The attack was claimed."]


def test_initials_in_names():
    assert texts("George W. Bush spoke to J. R. Smith. Then he left.") == [
        "George W. Bush spoke to J. R. Smith.", "Then he left."]


def test_quote_spanning_sentences_stays_with_its_attribution():
    text = ("“The Americans occupy our country, not yours. We will not listen to you anymore,” "
            "Qais al-Khazali said in a TV interview. The group then left.")
    out = texts(text)
    assert len(out) == 2
    assert out[0].endswith("said in a TV interview.")
    assert out[0].startswith("“The Americans")


def test_sentence_ending_inside_quotes():
    assert texts('He called it "a threat to civilian lives." The group left.') == [
        'He called it "a threat to civilian lives."', "The group left."]


def test_question_and_exclamation_marks():
    assert len(texts("Who fired the rockets? Nobody knows! Iran denied it.")) == 3


def test_headline_and_byline_lines_are_their_own_units():
    text = ("Pompeo Blames Iran-Backed Militias for Baghdad Rocket Attack\n"
            "By Dave Smith\n"
            "Rockets hit the embassy on Sunday. Iran denied involvement.")
    out = texts(text)
    assert out[0] == "Pompeo Blames Iran-Backed Militias for Baghdad Rocket Attack"
    assert out[1] == "By Dave Smith"
    assert out[2:] == ["Rockets hit the embassy on Sunday.", "Iran denied involvement."]


def test_hard_wrapped_paragraph_is_joined():
    text = "The rockets landed near the embassy\nlate on Sunday, officials said, and\nno one was hurt."
    assert len(split_sentences(text)) == 1


def test_empty_and_blank_text():
    assert split_sentences("") == []
    assert split_sentences("   \n\n  ") == []


def test_one_megabyte_line_is_split_quickly():
    text = "Rockets hit the base on Sunday and officials said nothing. " * 18000
    t0 = time.perf_counter()
    out = split_sentences(text)
    assert time.perf_counter() - t0 < 10
    assert len(out) == 18000


def test_mixed_scripts():
    text = "قال المتحدث إن الهجوم فشل. The spokesman said the attack failed. Глава заявил."
    out = split_sentences(text)
    assert any("spokesman" in s.text for s in out)
    for s in out:
        assert text[s.start:s.end] == s.text


def test_run_on_text_without_boundaries_is_cut_into_bounded_pieces():
    text = "rockets hit the base and officials said nothing " * 20000
    out = split_sentences(text)
    assert len(out) > 100
    assert max(len(s.text) for s in out) <= 1500
    assert all(text[s.start:s.end] == s.text for s in out)


def test_wire_typewriter_quotes_open_and_close_sentences():
    text = ("``The bridge is closed,'' said a police officer, who asked not to be named. ``Nobody can cross. "
            "Not today,'' he said. Traffic was diverted.")
    out = [s.text for s in split_sentences(text)]
    assert out == ["``The bridge is closed,'' said a police officer, who asked not to be named.",
                   "``Nobody can cross. Not today,'' he said.",
                   "Traffic was diverted."]


def test_sentences_in_other_scripts_are_split():
    text = "Сегодня 5 марта. 今日は雨です。 Rockets hit the base on Sunday. Затем пришла тишина."
    assert [s.text for s in split_sentences(text)] == [
        "Сегодня 5 марта.", "今日は雨です。", "Rockets hit the base on Sunday.", "Затем пришла тишина."]


def test_bulleted_lines_are_sentences_of_their_own():
    text = ("Key points:\n- Hamas said on Monday it was postponing the release of hostages\n"
            "- Trump said all hostages must be returned by Saturday\n• Israel Katz called it a violation\n\n"
            "The army said it fired\non the base - a rare move - on Monday.")
    assert [s.text for s in split_sentences(text)] == [
        "Key points:", "- Hamas said on Monday it was postponing the release of hostages",
        "- Trump said all hostages must be returned by Saturday", "• Israel Katz called it a violation",
        "The army said it fired\non the base - a rare move - on Monday."]
