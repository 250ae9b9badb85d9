"""The records passed between stages."""
import dataclasses
import datetime as dt
import json

from timeline.model import Timex


def test_timex_to_json_holds_every_field_as_json():
    t = Timex(start=3, end=9, text="Sunday", type="DATE", value="2020-12-20", granularity="day",
              date=dt.date(2020, 12, 20), date_end=dt.date(2020, 12, 20), anchor="publication")
    d = t.to_json()
    assert set(d) == {f.name for f in dataclasses.fields(Timex)}
    assert d["date"] == "2020-12-20" and d["date_end"] == "2020-12-20"
    assert json.loads(json.dumps(d)) == d
