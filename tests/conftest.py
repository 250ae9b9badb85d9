"""Shared pytest settings.

Browser tests (the `dash_duo` fixture) run headless on Debian's chromium and
chromium-driver.  Without them they are skipped with a reason, except in CI
(CI=true), where a missing browser fails the run instead of hiding it.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
CHROMEDRIVER = shutil.which("chromedriver")
BROWSER_MISSING = None if (CHROMIUM and CHROMEDRIVER) else (
    "browser tests need Debian's chromium and chromium-driver "
    "(apt-get install -y chromium chromium-driver)")


def pytest_configure(config):
    # dash[testing] options: always headless, Chrome driver
    if hasattr(config.option, "headless"):
        config.option.headless = True
    if hasattr(config.option, "webdriver"):
        config.option.webdriver = "Chrome"


def pytest_setup_options():
    """Chrome options for dash_duo: headless as root, no network chatter."""
    from selenium.webdriver.chrome.options import Options

    options = Options()
    if CHROMIUM:
        options.binary_location = CHROMIUM
    for flag in ("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                 "--no-first-run", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--window-size=1280,800"):
        options.add_argument(flag)
    return options


def pytest_collection_modifyitems(config, items):
    if not BROWSER_MISSING:
        return
    for item in items:
        if "dash_duo" in getattr(item, "fixturenames", ()):
            if not os.environ.get("CI"):  # in CI the fixture's own error fails the run
                item.add_marker(pytest.mark.skip(reason=BROWSER_MISSING))


@pytest.fixture
def seed_path() -> Path:
    return REPO / "data" / "articles" / "000_591450a2b04aa0df.txt"
