"""Serve the timeline dashboard.

    python app.py                 # the bundled data/ on http://127.0.0.1:8050
    gunicorn app:server           # the same, served for real (add -b, -w as needed)

Environment: TIMELINE_DATA (data folder, default data/ next to this file),
HOST (default 127.0.0.1), PORT (default 8050), DEBUG (1 for Dash's dev tools).
"""
from __future__ import annotations

import os
from pathlib import Path

from timeline.dashboard import create_app

DATA = Path(os.environ.get("TIMELINE_DATA") or Path(__file__).resolve().parent / "data")

app = create_app(DATA)
server = app.server

if __name__ == "__main__":
    app.run(host=os.environ.get("HOST", "127.0.0.1"), port=int(os.environ.get("PORT", "8050")),
            debug=os.environ.get("DEBUG", "").lower() in {"1", "true", "yes"})
