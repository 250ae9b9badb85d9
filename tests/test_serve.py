"""The dashboard served as a user starts it: `timeline serve` and `gunicorn app:server`."""
from __future__ import annotations

import io
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pandas as pd
import pytest

REPO = Path(__file__).resolve().parent.parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str, deadline: float) -> tuple[int, str]:
    last = None
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as r:
                return r.status, r.read().decode("utf-8")
        except OSError as exc:
            last = exc
            time.sleep(0.3)
    raise AssertionError(f"server did not answer {url}: {last}")


@pytest.fixture
def data_dir(tmp_path):
    shutil.copytree(REPO / "data", tmp_path / "data")
    return tmp_path / "data"


def _serve_and_check(cmd: list[str], port: int, env: dict | None = None):
    proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 90
        status, page = _get(f"http://127.0.0.1:{port}/", deadline)
        assert status == 200 and "<title>" in page
        status, body = _get(f"http://127.0.0.1:{port}/export.csv?group=Iran&type=statement", deadline)
        assert status == 200
        df = pd.read_csv(io.StringIO(body), dtype=str, keep_default_na=False)
        assert len(df) >= 2
        assert all("Iran" in g.split("; ") for g in df["groups"]) and set(df["type"]) == {"statement"}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()


def test_timeline_serve(data_dir):
    port = _free_port()
    _serve_and_check([sys.executable, "-m", "timeline", "serve", "--data", str(data_dir),
                      "--host", "127.0.0.1", "--port", str(port)], port)


def test_gunicorn_serves_app_server(data_dir):
    gunicorn = Path(sys.executable).with_name("gunicorn")
    if not gunicorn.exists():
        pytest.skip("gunicorn is not installed in this environment")
    port = _free_port()
    env = {**os.environ, "TIMELINE_DATA": str(data_dir)}
    _serve_and_check([str(gunicorn), "-b", f"127.0.0.1:{port}", "-w", "1", "app:server"], port, env)


def test_serve_refuses_a_missing_data_folder(tmp_path):
    p = subprocess.run([sys.executable, "-m", "timeline", "serve", "--data", str(tmp_path / "nope")],
                       capture_output=True, text=True, timeout=60, cwd=REPO)
    assert p.returncode == 2 and "no such data folder" in p.stderr
