"""Articles through spaCy and the analysis: in this process, or in worker processes that each load
the pipeline once and send back only finished sheets (never a Doc)."""

from __future__ import annotations

from typing import Iterator

from generator.config import Config, default_jobs
from generator.pipeline.plan import relative_article
from generator.records import Article, Failed
from generator.sheets.io import dump_sheet

PARALLEL_FROM = 100
"""Below this many articles a second process costs more (a model load) than it saves."""


def job_count(requested: int | None, todo: int) -> int:
    if requested:
        return max(1, requested)
    return default_jobs() if todo >= PARALLEL_FROM else 1


def parse(config: Config, articles: list[Article]) -> Iterator[tuple[Article, object]]:
    """One streaming `nlp.pipe` pass over the articles (no Doc is kept)."""
    from generator.extract.sheet import nlp_text
    from generator.nlp import load_pipeline

    nlp = load_pipeline(config.pipeline)
    yield from zip(
        articles, nlp.pipe((nlp_text(a) for a in articles), batch_size=config.batch_size)
    )


Written = tuple[dict, str]  # type: ignore[type-arg]
"""A sheet and its YAML text."""


def analysed(
    config: Config, articles: list[Article], jobs: int = 1
) -> Iterator[tuple[Article, Written | Failed]]:
    """Parse and analyse each article: its sheet and YAML, or the error that stopped it, in order.

    With JOBS > 1 whole articles go to worker processes, each with its own pipeline, so the
    analysis and the YAML writing run in parallel too and only finished sheets cross back
    (never a Doc).
    """
    if jobs <= 1 or len(articles) < 2:
        worker = ArticleWorker(config)
        for start in range(0, len(articles), config.batch_size):
            chunk = articles[start : start + config.batch_size]
            yield from zip(chunk, worker.run(chunk))
        return
    from generator.processes import worker_context

    size = max(1, min(config.batch_size, -(-len(articles) // (jobs * 4))))
    chunks = [articles[i : i + size] for i in range(0, len(articles), size)]
    with worker_context().Pool(jobs, initializer=start_worker, initargs=(config,)) as pool:
        for chunk, results in zip(chunks, pool.imap(run_worker, chunks)):
            yield from zip(chunk, results)


class ArticleWorker:
    """One pipeline, loaded once, turning batches of articles into sheets."""

    def __init__(self, config: Config) -> None:
        from generator.nlp import load_pipeline

        self.config = config
        self.nlp = load_pipeline(config.pipeline)
        quiet_garbage_collector()

    def run(self, articles: list[Article]) -> list[Written | Failed]:
        from threadpoolctl import threadpool_limits

        from generator.extract.sheet import analyse, nlp_text

        results: list[Written | Failed] = []
        with threadpool_limits(limits=1, user_api="blas"):  # one core per process: --jobs adds more
            docs = self.nlp.pipe((nlp_text(a) for a in articles), batch_size=self.config.batch_size)
            for article, doc in zip(articles, docs):
                try:
                    sheet = analyse(relative_article(article, self.config), doc).sheet
                    results.append((sheet, dump_sheet(sheet)))
                except Exception as exc:  # noqa: BLE001 - one bad article never sinks the batch
                    results.append(Failed(f"extraction failed: {type(exc).__name__}: {exc}"))
        return results


def quiet_garbage_collector() -> None:
    """Python's cycle collector rescans every long-lived object (the pipeline's vocabulary,
    strings and weights) at each full collection, and the analysis makes many short-lived
    objects that trigger collections. Freezing what is loaded and collecting less often made
    extraction 3-4% faster (300 silver articles, three interleaved runs); peak memory on 2,452
    articles went from 703 to 793 MiB. Reference counting still frees almost everything at
    once; only cycles wait longer."""
    import gc

    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 20, 100)


_WORKER: ArticleWorker | None = None


def start_worker(config: Config) -> None:
    global _WORKER
    _WORKER = ArticleWorker(config)


def run_worker(articles: list[Article]) -> list[Written | Failed]:
    assert _WORKER is not None
    return _WORKER.run(articles)
