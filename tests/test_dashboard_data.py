"""A data folder's own groups.csv is the gazetteer the dashboard reads its articles (and uploads) with."""
from __future__ import annotations

from timeline.dashboard.store import EventStore
from timeline.dashboard.uploads import add_article

ARTICLE = "Gunmen of the Blue Lions Brigade attacked a police convoy near Mosul on Sunday, officials said.\n"


def _groups(store: EventStore) -> set[str]:
    return {g for gs in store.snapshot().events["groups"] for g in gs}


def test_data_folder_gazetteer_is_used_for_articles_and_uploads(tmp_path):
    data = tmp_path / "data"
    (data / "articles").mkdir(parents=True)
    (data / "articles" / "2021-03-08_mosul.txt").write_text(ARTICLE, encoding="utf-8")
    plain = EventStore(data, warm=False)
    assert "Blue Lions" not in _groups(plain)

    (data / "groups.csv").write_text("name,aliases,kind,affiliation,country\n"
                                     "Blue Lions,Blue Lions Brigade,armed group,,Iraq\n", encoding="utf-8")
    store = EventStore(data, warm=False)
    assert "Blue Lions" in _groups(store)

    result = add_article(store, "more.txt", ARTICLE.replace("Sunday", "Monday").encode(), "2021-03-09")
    assert result.ok, result.message
    events = store.snapshot().events
    assert (events["groups"].map(lambda gs: "Blue Lions" in gs)).sum() == 2
