"""`factsheet render`: sheets to Markdown under docs/, in two phases (index everything, then write)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from generator.config import Config
from generator.entities import Corrections, load_corrections
from generator.errors import InputError, Problem, display_path
from generator.render.feed import atom_feed, site_url
from generator.render.index import SheetView, SiteIndex, build_index, read_body
from generator.render.pages import render_pages
from generator.render.urls import load_registry, redirect_html, save_registry
from generator.sheets import load_sheet
from generator.yamlio import write_if_changed

OWNED_FOLDERS = ("articles", "actors", "places", "timeline", "about")


@dataclass
class RenderReport:
    written: int = 0
    unchanged: int = 0
    removed: int = 0
    pages: int = 0
    problems: list[Problem] = field(default_factory=list)

    def summary(self) -> str:
        text = f"render: {self.pages} pages ({self.written} written, {self.unchanged} unchanged, {self.removed} removed)"
        if self.problems:
            text += f", {len({p.path for p in self.problems})} sheet(s) skipped"
        return text


def load_sheets(config: Config, problems: list[Problem]) -> list[SheetView]:
    """Every valid sheet; invalid ones are reported (path:line: field: problem) and left out."""
    views = []
    for path in sorted(config.facts.glob("*.yml")):
        shown = display_path(path, config.root)
        try:
            data = load_sheet(path, shown)
        except InputError as exc:
            problems.extend(exc.problems)
            continue
        if data["article"]["id"] != path.stem:
            problems.append(Problem(shown, None, "article.id", f"{data['article']['id']!r} does not match the file name {path.stem!r}"))
            continue
        views.append(SheetView(path.stem, data, read_body(config.root, data["article"])))
    return views


def load_entities(config: Config, problems: list[Problem]) -> Corrections:
    path = config.path("entities_file")
    shown = display_path(path, config.root)
    try:
        return load_corrections(path, shown)
    except InputError as exc:
        problems.extend(exc.problems)
        return Corrections(path=shown)


def site_index(config: Config, problems: list[Problem]) -> tuple[SiteIndex, Corrections, dict]:  # type: ignore[type-arg]
    """Sheets, corrections and the URL registry, gathered into the cross-article index."""
    sheets = load_sheets(config, problems)
    corrections = load_entities(config, problems)
    registry = load_registry(config.path("urls_file"))
    return build_index(sheets, corrections, registry), corrections, registry


def render(config: Config) -> RenderReport:
    report = RenderReport()
    index, _corrections, registry = site_index(config, report.problems)
    pages = render_pages(index)
    pages["feed.xml"] = atom_feed(index, site_url(config.root / config.mkdocs_config), "Fact sheets")
    for section, redirects in index.redirects.items():
        for old, new in redirects.items():
            pages[f"{section}/{old}/index.html"] = redirect_html(f"../{new}/")
    save_registry(config.path("urls_file"), registry)
    report.pages = len(pages)
    docs = config.docs
    for rel, text in sorted(pages.items()):
        if write_if_changed(docs / rel, text):
            report.written += 1
        else:
            report.unchanged += 1
    wanted = {docs / rel for rel in pages}
    for folder in OWNED_FOLDERS:
        for path in sorted((docs / folder).rglob("*")) if (docs / folder).exists() else []:
            if path.is_file() and path not in wanted:
                path.unlink()
                report.removed += 1
    return report


def owned_paths(config: Config) -> list[Path]:
    return [config.docs / folder for folder in OWNED_FOLDERS]
