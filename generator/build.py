"""`factsheet build`: the one command CI runs, as a recipe: extract, render, then MkDocs."""

from __future__ import annotations

from dataclasses import dataclass

from generator.config import Config
from generator.pipeline import ExtractReport, extract, tty_progress
from generator.site.mkdocs import run_mkdocs
from generator.site.publish import refuse_local_address, use_pages_address
from generator.site.render import RenderReport, render


@dataclass
class BuildReport:
    extracted: ExtractReport
    rendered: RenderReport

    @property
    def failed(self) -> bool:
        """Some input could not be used (the site was built from the rest)."""
        return bool(self.extracted.problems or self.rendered.problems)


def build(
    config: Config,
    strict: bool = False,
    jobs: int | None = None,
    mkdocs_jobs: int = 1,
    show_progress: bool = True,
) -> BuildReport:
    """Extract what changed, render every page, and build the site with MkDocs.

    A bad article or sheet never stops the build: it is reported and the rest is built. MkDocs
    failing (a broken link under STRICT) raises BuildError.
    """
    use_pages_address()
    if strict:
        refuse_local_address(config)
    extracted = extract(config, None, progress=tty_progress if show_progress else None, jobs=jobs)
    rendered = render(config, jobs=jobs)
    report = BuildReport(extracted, rendered)
    run_mkdocs(config, strict=strict, jobs=mkdocs_jobs)
    return report
