"""Small static charts, inline SVG with no script and nothing fetched: how often an entity is
named over time, and how many events the timeline holds per month. A reader sees at a glance
when someone was in the news; each bar names its period and count on hover."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from datetime import date, timedelta

from generator.timeml import MONTH_OF_YEAR

WIDTH, HEIGHT, GAP = 600, 80, 2
"""The drawing's own units; the SVG scales to the column's width."""
YEAR = re.compile(r"\d{4}(?!\d)")
MIN_PERIODS = 2
MAX_MONTHS = 36
"""Beyond three years of months, bars are years."""
MAX_DAYS = 62
"""Up to two months of days, bars are days: a collection of a few weeks shows its news by day."""
DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?![\d-])")


def periods(dates: Iterable[str]) -> list[tuple[str, int]]:
    """(period, count) from ISO dates, every month (or year) from the first to the last, empty
    ones included so that gaps show as gaps. A value known only to its year ('1945') counts in
    a chart of years."""
    values = [d for d in dates if YEAR.match(d)]
    if not values:
        return []
    by_day = days(values)
    if by_day:
        return by_day
    years = Counter(d[:4] for d in values)
    first_year, last_year = int(min(years)), int(max(years))
    months = Counter(d[:7] for d in values if MONTH_OF_YEAR.match(d))
    mostly_years = sum(months.values()) < len(values) / 2
    if not months or (last_year - first_year + 1) * 12 > MAX_MONTHS or mostly_years:
        return [(str(y), years[f"{y:04d}"]) for y in range(first_year, last_year + 1)]
    first, last = min(months), max(months)
    span = (int(last[:4]) - int(first[:4])) * 12 + int(last[5:7]) - int(first[5:7]) + 1
    out = []
    year, month = int(first[:4]), int(first[5:7])
    for _ in range(span):
        key = f"{year:04d}-{month:02d}"
        out.append((key, months[key]))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def days(values: list[str]) -> list[tuple[str, int]]:
    """(day, count) for every day from the first to the last, when each value is a day and
    they span no more than MAX_DAYS; else nothing."""
    if not all(DAY.match(v) for v in values):
        return []
    try:
        counts = Counter(date.fromisoformat(v[:10]) for v in values)
    except ValueError:  # '2005-02-30'
        return []
    first, last = min(counts), max(counts)
    span = (last - first).days + 1
    if span > MAX_DAYS:
        return []
    return [((first + timedelta(n)).isoformat(), counts[first + timedelta(n)]) for n in range(span)]


def bar_chart(counts: list[tuple[str, int]], label: str, unit: str) -> str | None:
    """An SVG bar chart of COUNTS (period, n), or None when there is too little to draw."""
    if len(counts) < MIN_PERIODS or not any(n for _, n in counts):
        return None
    top = max(n for _, n in counts)
    width = WIDTH / len(counts)
    bars = []
    for i, (period, n) in enumerate(counts):
        height = HEIGHT * n / top
        plural = unit if n == 1 else unit + "s"
        bars.append(
            f'<rect x="{i * width + GAP / 2:.1f}" y="{HEIGHT - height:.1f}" '
            f'width="{max(width - GAP, 1):.1f}" height="{height:.1f}">'
            f"<title>{period}: {n} {plural}</title></rect>"
        )
    first, last = counts[0][0], counts[-1][0]
    return (
        f'<figure class="fs-chart"><svg viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-label="{label}, {first} to {last}" preserveAspectRatio="none">'
        + "".join(bars)
        + f'<line class="fs-axis" x1="0" y1="{HEIGHT}" x2="{WIDTH}" y2="{HEIGHT}"/>'
        + f"</svg><figcaption>{label}, {first} to {last}</figcaption></figure>"
    )
