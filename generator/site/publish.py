"""Where the site is published: its address (`site_url`) in every canonical link, the sitemap
and the feed. A first GitHub Pages build must not publish `http://localhost:8000/`."""

from __future__ import annotations

import os
from collections.abc import MutableMapping

from generator.config import Config
from generator.errors import BuildError
from generator.site.feed import site_url

LOCAL = ("http://localhost", "http://127.0.0.1", "http://0.0.0.0")


def pages_url(repository: str) -> str | None:
    """The GitHub Pages address of OWNER/REPO: https://owner.github.io/repo/ (a user or
    organisation site, OWNER/owner.github.io, is served at the root)."""
    owner, _, name = repository.partition("/")
    if not owner or not name:
        return None
    host = f"{owner.lower()}.github.io"
    return f"https://{host}/" if name.lower() == host else f"https://{host}/{name}/"


def use_pages_address(environ: MutableMapping[str, str] = os.environ) -> None:
    """On GitHub Actions without FACTSHEET_SITE_URL, the site's address is its Pages address."""
    if environ.get("FACTSHEET_SITE_URL") or not environ.get("GITHUB_REPOSITORY"):
        return
    url = pages_url(environ["GITHUB_REPOSITORY"])
    if url is not None:
        environ["FACTSHEET_SITE_URL"] = url


def refuse_local_address(config: Config, environ: MutableMapping[str, str] = os.environ) -> None:
    """A strict build under CI that would publish a local address fails, saying how to fix it."""
    if not environ.get("CI"):
        return
    url = site_url(config.root / config.mkdocs_config)
    if url.startswith(LOCAL):
        origin = (
            "FACTSHEET_SITE_URL"
            if environ.get("FACTSHEET_SITE_URL")
            else f"site_url in {config.mkdocs_config}"
        )
        raise BuildError(
            f"the site would be published with the address {url} ({origin}): "
            "set FACTSHEET_SITE_URL to where it is published"
        )
