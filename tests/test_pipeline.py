"""The pipeline over a corpus: one failing article is reported, the others kept."""
from __future__ import annotations

import datetime as dt

from timeline import pipeline
from timeline.model import Article


def _article(i: int, text: str) -> Article:
    return Article(id=f"a{i}", text=text, published=dt.date(2020, 12, 21), source=f"a{i}.txt")


def test_each_component_adds_its_layer(seed_path):
    art = _article(1, seed_path.read_text(encoding="utf-8"))
    doc = pipeline.process(art)
    assert doc.sentences and doc.timexes and doc.mentions and doc.events
    for layer in (doc.sentences, doc.timexes, doc.mentions):
        for item in layer:
            assert doc.text[item.start:item.end] == item.text
    assert all(ev.article_id == "a1" and ev.source == "a1.txt" for ev in doc.events)
    assert len({ev.event_id for ev in doc.events}) == len(doc.events)


def test_a_failing_article_becomes_a_problem(monkeypatch):
    real = pipeline.add_timexes

    def flaky(doc, gaz):
        if "boom" in doc.text:
            raise RuntimeError("tagger exploded")
        real(doc, gaz)

    monkeypatch.setattr(pipeline, "COMPONENTS", [(n, flaky if n == "timexes" else c)
                                                 for n, c in pipeline.COMPONENTS])
    arts = [_article(1, "Rockets hit the base on Sunday."), _article(2, "boom"),
            _article(3, "   "), _article(4, "Iran denied involvement on Monday.")]
    docs, problems = pipeline.process_articles(arts)
    assert [d.article.id for d in docs] == ["a1", "a4"]
    assert [(p.path, p.reason.split(" (")[0]) for p in problems] == [
        ("a2.txt", "extraction failed"), ("a3.txt", "empty article, nothing to extract")]
    assert "tagger exploded" in problems[0].reason


def test_load_corpus_merges_and_keeps_mentions(tmp_path, seed_path):
    text = seed_path.read_text(encoding="utf-8")
    for name in ("one", "two"):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    result = pipeline.load_corpus([tmp_path], published="2020-12-21")
    assert len(result.articles) == 2 and not result.problems
    # the same article twice: every event is reported by both, merged into one row
    assert len(result.mentions) == 2 * len(result.events)
    assert (result.events["source_count"] == 2).all()
    assert "Iran" in result.groups


def test_awkward_articles_yield_what_they_can():
    one_line = ("Rockets hit the base on Sunday, officials said, and the militia denied it " * 14000)[:1_000_000]
    arts = [
        _article(1, "no sentence here just words without any stop"),
        _article(2, "Officials met and talked about the economy. Nothing was decided."),
        _article(3, one_line),
        _article(4, "Сегодня 5 марта. 今日は雨です。 Rockets hit the embassy in Baghdad on Sunday. "
                    "قصف صاروخي على السفارة"),
        _article(5, "\u200b\u200b\ufeff...!!!???"),
    ]
    docs, problems = pipeline.process_articles(arts)
    assert problems == []
    by_id = {d.article.id: d for d in docs}
    assert set(by_id) == {"a1", "a2", "a3", "a4", "a5"}
    assert all(ev.date is not None for d in docs for ev in d.events)  # undated falls back to publication
    assert by_id["a3"].events  # a 1 MB line is cut, not skipped
    mixed = [ev for ev in by_id["a4"].events if ev.type == "attack"]
    assert mixed and mixed[0].date == dt.date(2020, 12, 20)
    assert all(d.text[s.start:s.end] == s.text for d in docs for s in d.sentences)


def test_tagger_and_extractor_together_on_narrative_offsets():
    """The tagger reads 'Days later' as a duration (as TimeML does); the events still take the date after it."""
    doc = pipeline.process(_article(7, "Days later, on January 3, 2020, a US drone strike in Baghdad killed "
                                       "Qassem Soleimani."))
    kill = [e for e in doc.events if e.type == "killing"]
    assert kill and kill[0].value == "2020-01-03" and "United States" in kill[0].groups


def test_tagger_and_extractor_together_on_a_lead_and_its_clock_time():
    text = ("BEIRUT (AP) — Hundreds of pagers exploded across Lebanon on Sunday, killing 12 people, officials said.\n\n"
            "Hezbollah blamed Israel for the blasts.\n\n"
            "The explosions began at around 3:30 p.m. local time, witnesses said.")
    doc = pipeline.process(_article(8, text))
    times = [t for t in doc.timexes if t.type == "TIME"]
    assert times and times[0].value == "2020-12-20T15:30"
