"""The dashboard: an interactive timeline of the events table (Dash).

    from timeline.dashboard import create_app
    app = create_app("data")          # reads data/articles through the pipeline
    app.run(host="127.0.0.1", port=8050)

Modules: `store` (events in memory, uploads appended), `state` (URL query <->
view), `figures` (the timeline figure), `details` (details panel, grid rows),
`anniversaries`, `exports` (downloads and the /export.csv, /export.json
routes), `uploads` (adding articles), `layout`, `callbacks`.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

__all__ = ["create_app"]

ASSETS = Path(__file__).resolve().parents[2] / "assets"


def create_app(data_dir: str | Path, events: pd.DataFrame | None = None, **dash_kwargs):
    """The Dash app over the articles of `data_dir` (or over a given events table).

    The events are loaded once and kept in memory; articles added from the page
    are stored under DATA/articles/uploads/ and appended.  `app.server` is the
    Flask server (for gunicorn); it also serves /export.csv and /export.json.
    """
    import dash

    from . import callbacks
    from .exports import register_routes
    from .layout import build_layout
    from .store import EventStore

    store = EventStore(data_dir, events)
    kwargs = {"title": "Timeline", "update_title": None, "suppress_callback_exceptions": False}
    if ASSETS.is_dir():
        kwargs["assets_folder"] = str(ASSETS)
    kwargs.update(dash_kwargs)
    app = dash.Dash(__name__, **kwargs)
    app.layout = lambda: build_layout(store.snapshot())
    callbacks.register(app, store)
    register_routes(app.server, store)
    app.timeline_store = store
    return app
