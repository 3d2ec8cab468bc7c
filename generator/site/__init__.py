"""The site: sheets gathered into a cross-article index (collection, index), written as Markdown
pages (pages, article_page, entity_page, list_pages, feed, urls) by render, and built by MkDocs
(mkdocs, shards)."""
