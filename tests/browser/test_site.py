"""The published site as a reader meets it, in a real browser."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse

import pytest
import yaml
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

from tests.browser.conftest import ARTIFACTS

ACTOR = "Katrin Albrecht"
ACTOR_SLUG = "katrin-albrecht"


def wait(driver, seconds: float = 30) -> WebDriverWait:  # type: ignore[no-untyped-def]
    """A wait that outlasts a busy machine and retries over elements the page drew again."""
    return WebDriverWait(driver, seconds, ignored_exceptions=(StaleElementReferenceException,))


def test_search_returns_the_actor_page_first(browser, base_url: str) -> None:
    browser.get(base_url)
    browser.find_element(By.CSS_SELECTOR, "label.md-search__icon, .md-search__input").click()
    box = wait(browser).until(
        EC.element_to_be_clickable((By.CSS_SELECTOR, "input.md-search__input"))
    )
    box.send_keys(ACTOR)

    def first_result(b) -> str | None:  # type: ignore[no-untyped-def]
        """The first result's address once results show; read afresh at each try, since the list
        is drawn again while the query is typed."""
        links = b.find_elements(By.CSS_SELECTOR, ".md-search-result__item a")
        href = links[0].get_attribute("href") if links else None
        return href if href and f"actors/{ACTOR_SLUG}/" in href else None

    # Results are drawn again on every keystroke: wait until the whole query's results show the
    # actor's page first (a timeout fails the test).
    href = wait(browser).until(first_result)
    browser.get(href)
    assert browser.find_element(By.CSS_SELECTOR, "article h1").text == ACTOR


def test_actor_page_lists_every_article_with_the_sentence(
    browser, base_url: str, built_site: Path
) -> None:
    mentioning = []
    for sheet in sorted((built_site / "content" / "facts").glob("*.yml")):
        data = yaml.safe_load(sheet.read_text())
        if any(a["name"] == ACTOR or ACTOR in (a.get("aliases") or []) for a in data["actors"]):
            mentioning.append(data["article"]["title"])
    assert len(mentioning) >= 2
    browser.get(f"{base_url}actors/{ACTOR_SLUG}/")
    backlinks = browser.find_element(By.CSS_SELECTOR, ".fs-backlinks")
    titles = [t.text for t in backlinks.find_elements(By.CSS_SELECTOR, "p > strong > a")]
    for title in mentioning:
        assert any(title in t for t in titles), (title, titles)
    sentences = backlinks.find_elements(By.CSS_SELECTOR, "li")
    assert len(sentences) >= len(mentioning)
    assert backlinks.find_elements(By.CSS_SELECTOR, "li mark"), (
        "the name is highlighted in the sentence"
    )
    for sentence in sentences:
        # a highlighted name reads as a word of the sentence, not glued to its neighbours
        for mark in sentence.find_elements(By.CSS_SELECTOR, "mark"):
            assert re.search(
                rf"(^|[\s(\"'“]){re.escape(mark.text)}($|[\s.,;:)'’\"])", sentence.text
            ), sentence.text


def test_source_link_lands_on_the_visible_sentence(browser, base_url: str) -> None:
    browser.get(f"{base_url}articles/sample-danube-deal/")
    link = browser.find_element(
        By.XPATH, "//h2[@id='key-facts']/following-sibling::ol[1]//a[text()='source']"
    )
    href = link.get_attribute("href")
    target = href.split("#")[1]
    # The link's address opened afresh, as a reader's click or a shared link opens it. A click on
    # the page itself is Material's instant navigation's to handle, and under load (a CPU-bound
    # machine, 2 of 4 runs) the theme restored the offset it had saved at the click after the
    # browser's jump, leaving the page near the top with the address right; so did loading the same
    # page again by address with only the anchor new. A fresh load has no saved offset to restore.
    browser.get("about:blank")
    browser.get(href)
    # The sentence is looked up by id at each try, never held: one found before the page settled
    # would go stale on a busy machine.
    script = (
        "const e = document.getElementById(arguments[0]); if (!e) return false;"
        " const r = e.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;"
    )
    # The browser scrolls to the anchor once the page has laid out: wait for it, on a busy machine too.
    try:
        wait(browser).until(lambda b: b.execute_script(script, target))
    except Exception:
        state = browser.execute_script(
            "const e = document.getElementById(arguments[0]); const r = e && e.getBoundingClientRect();"
            " return [location.href, window.scrollY, window.innerHeight, r && r.top, r && r.height,"
            " document.readyState, history.scrollRestoration];",
            target,
        )
        raise AssertionError(f"the sentence {target} is not in view on arrival: {state}") from None
    # The highlight is the :target style, applied once the page has taken the anchor: waited for
    # as well, so that a busy machine's late style pass is not read as a missing highlight.
    highlighted = (
        "const e = document.getElementById(arguments[0]);"
        " return !!e && getComputedStyle(e).outlineStyle === 'solid';"
    )
    assert wait(browser).until(lambda b: b.execute_script(highlighted, target)), (
        "the sentence is highlighted on arrival"
    )


def test_the_timeline_draws_its_events_per_month(browser, base_url: str) -> None:
    browser.get(f"{base_url}timeline/")
    chart = browser.find_element(By.CSS_SELECTOR, "figure.fs-chart svg")
    bars = chart.find_elements(By.CSS_SELECTOR, "rect")
    assert len(bars) >= 2
    assert chart.size["width"] > 200 and chart.size["height"] > 20
    titles = [b.find_element(By.TAG_NAME, "title").get_attribute("textContent") for b in bars]
    assert all(": " in t and t.endswith(("event", "events")) for t in titles)
    fill = browser.execute_script("return getComputedStyle(arguments[0]).fill;", bars[0])
    assert fill not in {"", "none", "rgb(0, 0, 0)"}, "bars take the theme's colour"


def test_an_entity_page_draws_when_it_was_named(browser, base_url: str) -> None:
    browser.get(f"{base_url}actors/{ACTOR_SLUG}/")
    chart = browser.find_element(By.CSS_SELECTOR, "figure.fs-chart svg")
    assert chart.size["width"] > 200 and chart.size["height"] > 20
    bars = chart.find_elements(By.CSS_SELECTOR, "rect")
    titles = [b.find_element(By.TAG_NAME, "title").get_attribute("textContent") for b in bars]
    named = sum(int(t.split(": ")[1].split()[0]) for t in titles)
    listed = browser.find_elements(By.CSS_SELECTOR, ".fs-backlinks p")
    dated = [p for p in listed if re.search(r" \u2014 \d{4}-\d{2}-\d{2}$", p.text)]
    assert named == len(dated) >= 2, titles  # a bar per day, counting the dated articles listed


def test_a_country_is_one_page_as_actor_and_as_place(browser, base_url: str) -> None:
    """Hungary acts in some sentences and is where things happen in others: the place's links
    and its old address lead to the one page, which lists both."""
    browser.get(f"{base_url}places/")
    browser.find_element(By.LINK_TEXT, "Hungary").click()
    wait(browser).until(lambda b: b.current_url.endswith("/actors/hungary/"))
    headings = wait(browser).until(  # read once the new page is drawn, not the old one's
        lambda b: (
            {h.text for h in b.find_elements(By.CSS_SELECTOR, "article h2")}
            >= {"As an actor", "As a place"}
        )
    )
    assert headings
    browser.get(f"{base_url}places/hungary/")
    wait(browser).until(lambda b: b.current_url.endswith("/actors/hungary/"))
    assert wait(browser).until(
        lambda b: b.find_element(By.CSS_SELECTOR, "article h1").text == "Hungary"
    )


def test_timeline_is_in_date_order_and_links_to_sheets(browser, base_url: str) -> None:
    browser.get(f"{base_url}timeline/")
    rows = browser.find_elements(By.CSS_SELECTOR, "article table")[0].find_elements(
        By.CSS_SELECTOR, "tbody tr"
    )
    values = [row.find_elements(By.CSS_SELECTOR, "td")[0].text for row in rows]
    assert len(values) >= 5
    assert values == sorted(values)
    for row in rows:
        links = [
            a.get_attribute("href") for a in row.find_elements(By.CSS_SELECTOR, "td:last-child a")
        ]
        assert links and all("/articles/" in href for href in links)


class LinkParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.resources: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for key in ("id", "name"):
            if values.get(key):
                self.ids.add(values[key] or "")
        if tag == "a" and values.get("href"):
            self.links.append(values["href"] or "")
        for key in ("src",):
            if values.get(key):
                self.resources.append(values[key] or "")
        if (
            tag == "link"
            and values.get("href")
            and (values.get("rel") or "") not in {"canonical", "alternate"}
        ):
            self.resources.append(values["href"] or "")


def parse(path: Path) -> LinkParser:
    parser = LinkParser()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def page_for(site: Path, url_path: str) -> Path | None:
    path = site / unquote(url_path).lstrip("/")
    if path.is_dir() or url_path.endswith("/"):
        path = path / "index.html"
    return path if path.is_file() else None


def test_every_internal_link_and_anchor_resolves(built_site: Path) -> None:
    site = built_site / "site"
    parsed = {p: parse(p) for p in site.rglob("*.html")}
    broken = []
    for page, parser in parsed.items():
        page_url = "/" + str(page.relative_to(site)).replace("index.html", "")
        for href in parser.links + parser.resources:
            url = urlparse(urljoin(page_url, href))
            if url.scheme in {"http", "https", "mailto"} or href.startswith("data:"):
                continue
            target = page_for(site, url.path) if url.path else page
            if target is None:
                broken.append(f"{page_url}: {href}")
                continue
            if url.fragment and target.suffix == ".html":
                ids = parsed[target].ids if target in parsed else parse(target).ids
                if unquote(url.fragment) not in ids:
                    broken.append(f"{page_url}: {href} (no anchor)")
    assert broken == []


def test_nothing_is_loaded_from_outside(built_site: Path) -> None:
    site = built_site / "site"
    for page in site.rglob("*.html"):
        parser = parse(page)
        for resource in parser.resources:
            assert not re.match(r"https?://", resource), f"{page}: loads {resource} from outside"


def crawl_urls(built_site: Path, base_url: str) -> list[str]:
    site = built_site / "site"
    urls = []
    for page in sorted(site.rglob("index.html")):
        text = page.read_text(encoding="utf-8")
        if 'http-equiv="refresh"' in text or page.parent.name in {"search", "404"}:
            continue
        urls.append(base_url + str(page.parent.relative_to(site)).replace(".", "").strip("/") + "/")
    return [u.replace("//", "/").replace(":/", "://") if u.endswith("//") else u for u in urls]


def test_no_console_errors_and_no_request_outside_localhost(
    browser, base_url: str, built_site: Path
) -> None:
    browser.get_log("browser")
    browser.get_log("performance")
    errors, outside = [], []
    for url in crawl_urls(built_site, base_url):
        browser.get(url)
        errors += [
            f"{url}: {e['message']}" for e in browser.get_log("browser") if e["level"] == "SEVERE"
        ]
        for entry in browser.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message.get("method") == "Network.requestWillBeSent":
                requested = message["params"]["request"]["url"]
                if not requested.startswith((base_url, "data:", "blob:")):
                    outside.append(f"{url}: {requested}")
    assert errors == []
    assert outside == []


@pytest.mark.parametrize("width, height, label", [(1280, 900, "desktop"), (375, 812, "phone")])
def test_screenshots_and_phone_width(
    browser, base_url: str, width: int, height: int, label: str
) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    browser.set_window_size(width, height)
    try:
        for name, path in (
            ("home", ""),
            ("article", "articles/sample-danube-talks-open/"),
            ("actor", f"actors/{ACTOR_SLUG}/"),
            ("timeline", "timeline/"),
        ):
            browser.get(base_url + path)
            overflow = browser.execute_script(
                "return document.documentElement.scrollWidth - window.innerWidth;"
            )
            assert overflow <= 1, f"{name} scrolls sideways at {width}px"
            # Material lets a wide table scroll inside its box; a reader would miss its last
            # columns, so every table must fit as well (on a phone the actors become blocks).
            widest = browser.execute_script(
                "return Math.max(0, ...[...document.querySelectorAll('article table')]"
                ".map(t => t.scrollWidth - t.parentElement.clientWidth));"
            )
            assert widest <= 1, f"a table on the {name} page is wider than its box at {width}px"
            if name == "article":
                row_display = browser.execute_script(
                    "return getComputedStyle(document.querySelector('.fs-actors tbody tr')).display;"
                )
                assert row_display == ("block" if width < 720 else "table-row")
            assert browser.save_screenshot(str(ARTIFACTS / f"{name}-{label}.png"))
    finally:
        browser.set_window_size(1280, 900)


def test_dark_theme_toggle(browser, base_url: str) -> None:
    browser.get(base_url)
    before = browser.execute_script("return document.body.getAttribute('data-md-color-scheme');")
    browser.find_element(
        By.CSS_SELECTOR, "form[data-md-component='palette'] label:not([hidden])"
    ).click()
    scheme = "return document.body.getAttribute('data-md-color-scheme');"
    after = wait(browser).until(lambda b: (now := b.execute_script(scheme)) != before and now)
    assert {before, after} == {"default", "slate"}


def test_hovering_an_actor_link_shows_a_preview(browser, base_url: str) -> None:
    browser.get(f"{base_url}articles/sample-danube-deal/")
    link = browser.find_element(By.XPATH, f"//table//a[contains(@href, 'actors/{ACTOR_SLUG}')]")
    ActionChains(browser).move_to_element(link).perform()
    preview = wait(browser).until(
        EC.visibility_of_element_located((By.CSS_SELECTOR, ".md-tooltip2--active"))
    )
    assert ACTOR in preview.text


def test_feed_lists_every_sheet_with_a_link(browser, base_url: str, built_site: Path) -> None:
    import xml.etree.ElementTree as ET

    feed = ET.parse(built_site / "site" / "feed.xml").getroot()
    ns = {"a": "http://www.w3.org/2005/Atom"}
    links = [e.find("a:link", ns).get("href") for e in feed.findall("a:entry", ns)]
    sheets = list((built_site / "content" / "facts").glob("*.yml"))
    assert len(links) == len(sheets)
    for href in links:
        assert href.startswith(base_url + "articles/")
        browser.get(href)
        assert browser.find_element(By.CSS_SELECTOR, "article h1").text


def test_about_page_is_made_from_the_content(browser, base_url: str, built_site: Path) -> None:
    browser.get(f"{base_url}about/")
    text = browser.find_element(By.CSS_SELECTOR, "article").text
    count = len(list((built_site / "content" / "facts").glob("*.yml")))
    assert f"{count} articles" in text
    assert "Most mentioned actors" in text and "Reporting a correction" in text


def test_the_home_page_shows_the_collection_and_leads_into_it(
    browser, base_url: str, built_site: Path
) -> None:
    browser.get(base_url)
    text = browser.find_element(By.CSS_SELECTOR, "article").text
    count = len(list((built_site / "content" / "facts").glob("*.yml")))
    assert f"{count} articles" in text
    assert "Main actors:" in text and "Main places:" in text and "Latest articles:" in text
    place = browser.find_element(By.CSS_SELECTOR, "article a[href*='places/']")
    name = place.text
    place.click()  # instant loading swaps the page in: wait for the new heading, not the old
    assert wait(browser).until(lambda b: b.find_element(By.CSS_SELECTOR, "article h1").text == name)


def test_the_home_page_draws_who_is_named_with_whom(browser, base_url: str) -> None:
    browser.get(base_url)
    graph = browser.find_element(By.CSS_SELECTOR, "figure.fs-network svg")
    assert graph.size["width"] > 200 and graph.size["height"] > 100
    lines = graph.find_elements(By.CSS_SELECTOR, "line")
    assert lines and all(
        "named together in" in line.find_element(By.TAG_NAME, "title").get_attribute("textContent")
        for line in lines
    )
    stroke = browser.execute_script("return getComputedStyle(arguments[0]).stroke;", lines[0])
    assert stroke not in {"", "none"}, "lines are drawn"
    drawn = {t.text for t in graph.find_elements(By.CSS_SELECTOR, "text")}
    main = browser.find_element(By.XPATH, "//p[strong[text()='Main actors:']]")
    linked = {a.text for a in main.find_elements(By.TAG_NAME, "a")}
    assert drawn and all(
        any(name.startswith(d.rstrip("\u2026")) for name in linked) for d in drawn
    ), "each drawn name (a long one cut short) is linked above the drawing"
