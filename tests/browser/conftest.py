"""The built sample site, served on localhost, and headless Chromium driven by Selenium.

Chromium and ChromeDriver come from Debian's `chromium` and `chromium-driver`
packages, which `make test` installs. A missing browser fails the suite with the
fix; it never skips it.
"""

from __future__ import annotations

import functools
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.conftest import REPO, SITE_FILES

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ARTIFACTS = REPO / "build" / "screenshots"


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture(scope="session")
def served(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """A project folder whose site/ is served on a free localhost port."""
    root = tmp_path_factory.mktemp("site-project")
    handler = functools.partial(QuietHandler, directory=str(root / "site"))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield root, f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="session")
def built_site(served) -> Path:  # type: ignore[no-untyped-def]
    """The sample content built with `factsheet build --strict`, its site_url the served address."""
    import os

    from generator.cli import main

    root, url = served
    for rel in SITE_FILES:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(REPO / rel, root / rel)
    shutil.copytree(REPO / "content" / "articles", root / "content" / "articles")
    previous = os.environ.get("FACTSHEET_SITE_URL")
    os.environ["FACTSHEET_SITE_URL"] = (
        url  # instant previews look pages up in the sitemap by absolute URL
    )
    try:
        assert main(["--root", str(root), "build", "--strict"]) == 0
    finally:
        if previous is None:
            del os.environ["FACTSHEET_SITE_URL"]
        else:
            os.environ["FACTSHEET_SITE_URL"] = previous
    return root


@pytest.fixture(scope="session")
def base_url(served, built_site: Path) -> str:  # type: ignore[no-untyped-def]
    return served[1]


@pytest.fixture(scope="session")
def browser():  # type: ignore[no-untyped-def]
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if missing:
        pytest.fail(
            f"{', '.join(missing)} not found: run `make test` (it installs Debian's chromium and chromium-driver)"
        )
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,900",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()
