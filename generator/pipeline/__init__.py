"""Extraction over a collection: plan (what changed), workers (spaCy and the analysis, in one or
several processes) and run (`extract()`: write each sheet with its base, merged with edits)."""

from generator.pipeline.run import extract, tty_progress
from generator.records import ExtractReport

__all__ = ["ExtractReport", "extract", "tty_progress"]
