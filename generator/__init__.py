"""factsheet: news articles to YAML fact sheets to a static MkDocs site."""

__version__ = "1.0.0"

# Bumped whenever extraction output changes, so `extract --upgrade` knows which
# sheets were made by an older extractor.
EXTRACTOR_VERSION = "2.9.305"
