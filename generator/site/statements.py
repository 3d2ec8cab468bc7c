"""An event as one line a reader takes in at a glance, every part a link: "**Antony Blinken**
hosted **Ararat Mirzoyan** · Monday · Washington · source". A negated event reads as not having
happened, a modal one as planned or possible, a claim as someone's ("according to police, ...")."""

from __future__ import annotations

import re
from typing import Any

from generator.site.escape import md, md_keeping_spaces
from generator.site.event_groups import DATED
from generator.site.index import SheetView, SiteIndex
from generator.site.links import edited, entity_link, shown_value

MODAL_WORDS = {"will": "will", "may": "may", "should": "should"}


def statement(
    event: dict[str, Any],
    sheet: SheetView,
    index: SiteIndex,
    prefix: str,
    source: str,
    dated: bool = True,
) -> str:
    """EVENT of SHEET as a line of Markdown; links start with PREFIX (the way from the page to the
    site root); SOURCE is the link to the sentence that says so. DATED: with its date (a
    timeline has it in a column of its own)."""
    who = participants(event.get("who"), sheet, index, prefix)
    what, named = what_with_links(event, sheet, index, prefix)
    # 'Two Varn soldiers killed', 'urged partygoers to stay away': not '... (with soldiers)'
    said = words_of(event.get("what"))
    whom = participants(
        [
            r
            for r in event.get("whom") or []
            if r not in named and not (isinstance(r, dict) and words_of(r.get("text")) <= said)
        ],
        sheet,
        index,
        prefix,
    )
    if event.get("passive") and not who and (what or whom):
        parts = passive_parts(event, what, whom)
    else:
        parts = active_parts(event, who, what, whom)
    line = " ".join(p for p in parts if p)
    claimant = event.get("attributed_to")
    if claimant and claimant not in (event.get("who") or []):  # not 'according to X, X ...'
        said = participants([claimant], sheet, index, prefix)
        if said:
            line = f"according to {said[0]}, {line}"
    line = capitalised(line)
    when = when_words(event, sheet) if dated else ""
    details = [d for d in (when, where_link(event, sheet, index, prefix)) if d]
    tail = " \u00b7 ".join(details + ([source] if source else []))
    return f"{line}{edited(event)}" + (f" \u00b7 {tail}" if tail else "")


def words_of(text: Any) -> set[str]:
    """The words of a text, whatever their case and the punctuation between them."""
    return set(re.findall(r"\w+", str(text or "").lower()))


def action_words(event: dict[str, Any]) -> str:
    """The action as stated, turned for negation and modality: 'did not sign', 'will join'."""
    owned, did = owner_words(event)
    lemma = str(event.get("lemma") or "")
    first, _, rest = did.partition(" ")
    base = f"{lemma} {rest}".strip() if lemma and first.lower() != lemma else did
    modality = event.get("modality")
    if modality == "alleged":
        turned = f"allegedly {'did not ' + base if event.get('negated') else did}"
    elif modality in MODAL_WORDS:
        negation = " not" if event.get("negated") else ""
        turned = f"{MODAL_WORDS[modality]}{negation} {base}"
    elif event.get("negated"):
        turned = f"did not {base}"
    else:
        turned = did
    return f"{owned} {turned}".strip()


def owner_words(event: dict[str, Any]) -> tuple[str, str]:
    """The words before the verb in an action its doer's thing does, and the rest: 'move',
    'could not come' for Malaysia's 'move come' ('trade surplus', 'surged'); '' and all of it
    when the action starts with its verb."""
    words = " ".join(str(event.get("did") or "").split()).split(" ")
    stem = str(event.get("lemma") or "")[:3].lower()
    at = next((k for k, w in enumerate(words) if stem and w.lower().startswith(stem)), 0)
    if all(w.lower() in VERB_GROUP_WORDS for w in words[:at]):
        at = 0  # 'to tour', 'not come': the verb's own words, no thing of the doer's
    return " ".join(words[:at]), " ".join(words[at:])


VERB_GROUP_WORDS = frozenset(
    "to not never also still will would can could may might must shall should has have had"
    " is are was were be been being do does did".split()
)
"""Words a verb group opens with ('to tour', 'had never agreed'): not a thing the doer owns."""


WHAT_LIMIT = 120


def what_with_links(
    event: dict[str, Any], sheet: SheetView, index: SiteIndex, prefix: str
) -> tuple[str, list[Any]]:
    """The event's `what` as Markdown, each actor of its `whom` linked where the words name it
    ('The creator of [China]'s largest website'), and those actors: they need no '(with ...)'."""
    text = " ".join(str(event.get("what") or "").split())
    if len(text) > WHAT_LIMIT:
        return md(text, limit=WHAT_LIMIT), []
    actors = {a["id"]: a for a in sheet.data.get("actors") or []}
    found = []  # (start, end, actor id), the first place each actor's name or alias stands
    for ref in event.get("whom") or []:
        if not isinstance(ref, str) or ref not in actors:
            continue
        match = first_name_in(text, actors[ref])
        taken = match is not None and any(s < match[1] and match[0] < e for s, e, _ in found)
        if match is not None and not taken:
            found.append((*match, ref))
    parts, at = [], 0
    for start, end, ref in sorted(found):
        page = index.actor_of.get((sheet.id, ref))
        parts += [md_keeping_spaces(text[at:start]), entity_link(page, text[start:end], prefix)]
        at = end
    parts.append(md_keeping_spaces(text[at:]))
    return "".join(parts), [ref for _, _, ref in found]


def first_name_in(text: str, actor: dict[str, Any]) -> tuple[int, int] | None:
    """Where TEXT first names ACTOR, by its name or an alias ('urged Washington to ...' names
    the United States), as (start, end)."""
    names = [actor.get("name"), *(actor.get("aliases") or [])]
    spans = []
    for name in (n for n in names if isinstance(n, str) and n):
        match = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text)
        if match is not None:
            spans.append((match.start(), -match.end()))
    if not spans:
        return None
    start, end = min(spans)  # the first, and the longest there
    return start, -end


def capitalised(line: str) -> str:
    """The line as a sentence starts, in bold or not: '**Lightning** hit two shepherds' (the
    doer's words came from mid-sentence), 'According to police, ...'."""
    start = 2 if line.startswith("**") else 0
    return line[:start] + line[start : start + 1].upper() + line[start + 1 :]


ADDRESSING = frozenset({"assure", "brief", "inform", "notify", "promise", "remind", "tell", "warn"})
"""Lemmas of saying verbs whose object is whom they address: 'told **BBC** the unrest is worse'."""


def active_parts(event: dict[str, Any], who: list[str], what: str, whom: list[str]) -> list[str]:
    """'**Police** arrested **Ilya Marek**', '**Paribas** offered 1,850 francs (with **Navimix**)',
    '**Kofi Annan** told **BBC** the unrest is worse'."""
    owned, _ = owner_words(event)  # "**Japan**'s trade surplus surged": its thing acts
    doer = f"**{joined(who)}**" + ("'s" if owned and len(who) == 1 else "") if who else ""
    parts = [doer, md(action_words(event))]
    if what and whom and event.get("lemma") in ADDRESSING:
        return parts + [joined(whom), what]
    if what:
        return parts + [what] + ([f"(with {joined(whom)})"] if whom else [])
    return parts + ([joined(whom)] if whom else [])


def passive_parts(event: dict[str, Any], what: str, whom: list[str]) -> list[str]:
    """'Nine people arrested', '**Ilya Marek** to be tried': an event the text names no doer of
    reads as a headline has it, what undergoes it first."""
    action = md(passive_words(event))
    if what and whom and what.lower().startswith("as "):  # '**Gujral** sworn in as prime minister'
        return [f"**{joined(whom)}**", action, what]
    if what:
        return [what, action] + ([f"(with {joined(whom)})"] if whom else [])
    return [f"**{joined(whom)}**", action]


PASSIVE_MODAL_WORDS = {
    "will": ("to be", "not to be"),
    "may": ("may be", "may not be"),
    "should": ("should be", "should not be"),
}


def passive_words(event: dict[str, Any]) -> str:
    """The participle, turned as a headline turns it: 'arrested', 'not arrested', 'to be tried',
    'may not be freed', 'allegedly beaten'."""
    did = " ".join(str(event.get("did") or "").split())
    negated = bool(event.get("negated"))
    modality = event.get("modality")
    if modality in PASSIVE_MODAL_WORDS:
        return f"{PASSIVE_MODAL_WORDS[modality][negated]} {did}"
    prefix = ("allegedly " if modality == "alleged" else "") + ("not " if negated else "")
    return prefix + did


def participants(refs: Any, sheet: SheetView, index: SiteIndex, prefix: str) -> list[str]:
    """Each reference as a link to the actor's page (or its name), or the words of an unnamed doer."""
    names = {a["id"]: a["name"] for a in sheet.data.get("actors") or []}
    out = []
    for ref in refs or []:
        if isinstance(ref, dict) and ref.get("text"):
            out.append(md(ref["text"]))
        elif isinstance(ref, str) and ref in names:
            out.append(entity_link(index.actor_of.get((sheet.id, ref)), names[ref], prefix))
    return out


def joined(parts: list[str]) -> str:
    if len(parts) <= 2:
        return " and ".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def when_words(event: dict[str, Any], sheet: SheetView) -> str:
    date = date_of(event, sheet)
    if date is None:
        return ""
    text = md(date.get("text"))
    if not DATED.match(str(date.get("value") or "")):
        return text  # 'next year' with no known year says more than its code
    value = shown_value(date.get("value"), date.get("precision"), date.get("type"))
    return text if text == value else f"{text} ({value})"


def date_of(event: dict[str, Any], sheet: SheetView) -> dict[str, Any] | None:
    when = event.get("when")
    if not when:
        return None
    return next((d for d in sheet.data.get("dates") or [] if d.get("id") == when), None)


def where_link(event: dict[str, Any], sheet: SheetView, index: SiteIndex, prefix: str) -> str:
    where = event.get("where")
    place = next((p for p in sheet.data.get("places") or [] if p.get("id") == where), None)
    if place is None:
        return ""
    return entity_link(index.place_of.get((sheet.id, place["id"])), place["name"], prefix)
