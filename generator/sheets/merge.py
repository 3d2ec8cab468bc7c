"""Three-way merge of a person-edited sheet with a new machine extraction.

Base = the last machine output (content/base/<id>.yml), current = the sheet as
people left it, new = the fresh extraction. Items are matched by `id`, never by
position. Per item: unchanged since base -> the new machine version; changed by
a person -> kept and marked `by: editor` (for good); deleted by a person -> a
tombstone in `rejected:` that keeps it out; added by a person -> kept, with its
id and evidence filled in; new from the machine -> added. When a person and the
machine both changed the same field, the person's value stays and a conflict is
reported. The sheet is rewritten with ruamel.yaml so comments, key order and
formatting a person wrote survive.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from generator.records import ID_SOURCE, SECTIONS
from generator.slug import unique_slug

EDITOR = "editor"
MACHINE_ARTICLE_KEYS = {"sha256", "extractor", "path"}


@dataclass
class MergeResult:
    text: str
    conflicts: list[str] = field(default_factory=list)
    """The conflicts this merge found (`section[id].field: what`)."""
    open_conflicts: list[str] = field(default_factory=list)
    """Every conflict the merged sheet records: earlier ones a person has not resolved, and these."""


def round_trip() -> YAML:
    yaml = YAML()
    yaml.indent(mapping=2, sequence=2, offset=0)
    yaml.width = 100
    yaml.allow_unicode = True
    yaml.preserve_quotes = True
    return yaml


def plain(value: Any) -> Any:
    """ruamel's commented containers as plain dicts and lists, for comparison."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def without_mark(item: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in item.items() if k != "by"}


def to_node(value: Any) -> Any:
    """Plain data as ruamel nodes (so new items dump in the same block style)."""
    if isinstance(value, dict):
        node = CommentedMap()
        for k, v in value.items():
            node[k] = to_node(v)
        return node
    if isinstance(value, list):
        seq = CommentedSeq(to_node(v) for v in value)
        if value and all(isinstance(v, int) for v in value) and len(value) == 2:
            seq.fa.set_flow_style()
        return seq
    return value


def update_in_place(node: CommentedMap, new: dict[str, Any]) -> None:
    """Make NODE equal to NEW while keeping its comments and its key order."""
    for key in list(node.keys()):
        if key not in new:
            del node[key]
    for key, value in new.items():
        if plain(node.get(key)) != value:
            node[key] = to_node(value)


def merge_sheet(
    current_text: str,
    base: dict[str, Any] | None,
    new: dict[str, Any],
    shown: str,
    body: str | None = None,
) -> MergeResult:
    yaml = round_trip()
    current = yaml.load(current_text)
    base = base or {}
    result = MergeResult("")
    rejected = {k: list(v) for k, v in plain(current.get("rejected") or {}).items()}
    for section in SECTIONS:
        merged = merge_section(
            section,
            current.get(section) or CommentedSeq(),
            base.get(section) or [],
            new.get(section) or [],
            rejected,
            shown,
            result,
            new,
            body,
        )
        current[section] = merged
    merge_scalars(current, base, new, shown, result)
    keep_people_facts(current)
    record_conflicts(current, result)
    current["sentences"] = to_node(new.get("sentences") or [])
    if any(rejected.values()):
        current["rejected"] = to_node({k: sorted(set(v)) for k, v in sorted(rejected.items()) if v})
    elif "rejected" in current:
        del current["rejected"]
    buffer = io.StringIO()
    yaml.dump(current, buffer)
    result.text = buffer.getvalue()
    return result


def keep_people_facts(current: CommentedMap) -> None:
    """Sheets from before events had ranked sentences as `facts:`: the machine's go, a person's
    stay (the site no longer shows them; they are theirs to move into `events:`)."""
    facts = current.get("facts")
    if facts is None:
        return
    kept = CommentedSeq(f for f in facts if isinstance(f, dict) and f.get("by") == EDITOR)
    if kept:
        current["facts"] = kept
    else:
        del current["facts"]


def record_conflicts(current: CommentedMap, result: MergeResult) -> None:
    """Conflicts are written into the sheet, under `article:`, so that they stay visible (and fail
    strict runs) until a person resolves them by deleting their lines."""
    kept = [str(c) for c in current.get("conflicts") or []]
    result.open_conflicts = kept + [c for c in result.conflicts if c not in kept]
    if "conflicts" in current:
        del current["conflicts"]
    if result.open_conflicts:
        position = list(current.keys()).index("article") + 1 if "article" in current else 0
        current.insert(position, "conflicts", to_node(result.open_conflicts))


def merge_section(
    section: str,
    current: CommentedSeq,
    base_items: list[dict[str, Any]],
    new_items: list[dict[str, Any]],
    rejected: dict[str, list[str]],
    shown: str,
    result: MergeResult,
    new_sheet: dict[str, Any],
    body: str | None,
) -> CommentedSeq:
    base_items = without_rejected_refs(
        section, [i for i in base_items if isinstance(i, dict)], rejected
    )
    new_items = without_rejected_refs(section, new_items, rejected)
    base_by_id = {item["id"]: item for item in base_items if "id" in item}
    taken = {str(item.get("id")) for item in current if isinstance(item, dict) and item.get("id")}
    taken |= {item["id"] for item in new_items}
    current_by_id: dict[str, CommentedMap] = {}
    for item in current:
        if not isinstance(item, dict):
            continue
        if not item.get("id"):
            fill_person_item(section, item, taken, new_sheet, body)
        current_by_id[str(item["id"])] = item
    gone = rejected.setdefault(section, [])
    for item_id in base_by_id:
        if item_id not in current_by_id and item_id not in gone:
            gone.append(item_id)
    out = CommentedSeq()
    placed: set[str] = set()
    for new in new_items:
        item_id = new["id"]
        if item_id in gone:
            continue
        node = current_by_id.get(item_id)
        if node is None:
            out.append(to_node(new))
        elif is_person_owned(node, base_by_id.get(item_id), section, rejected):
            report_conflicts(section, node, base_by_id.get(item_id), new, shown, result)
            follow_text(section, node, new, new_sheet, body)
            node["by"] = EDITOR
            out.append(node)
        else:
            update_in_place(node, new)
            out.append(node)
        placed.add(item_id)
    for item_id, node in current_by_id.items():
        if item_id in placed or item_id in gone:
            continue
        if is_person_owned(node, base_by_id.get(item_id), section, rejected):
            follow_text(section, node, None, new_sheet, body)
            node["by"] = EDITOR
            out.append(node)
    return out


TEXT_FIELDS = ("evidence", "mentions", "sentence")
"""Fields that say where an item is in the article: they follow the text, whoever owns the item."""
ANCHOR = {"dates": "text", "numbers": "value", "quotes": "text", "events": "evidence"}
"""The field whose words locate an item's sentence, per section."""


def follow_text(
    section: str,
    node: CommentedMap,
    new: dict[str, Any] | None,
    sheet: dict[str, Any],
    body: str | None,
) -> None:
    """A person's item keeps their values, but where it is in the article follows the article: the
    machine's evidence when it still finds the item, else the sentences that hold its words (none
    when the words are gone: no source link is better than one to another sentence)."""
    if new is not None:
        for key in TEXT_FIELDS:
            if key in new and plain(node.get(key)) != new[key]:
                node[key] = to_node(new[key])
        return
    if body is None:
        return
    if section in {"actors", "places"}:
        names = [str(node.get("name") or "")] + [str(a) for a in node.get("aliases") or []]
        evidence, count = find_evidence(names, sheet, body)
        if plain(node.get("evidence")) != evidence:
            node["evidence"] = to_node(evidence)
        if node.get("mentions") != count:
            node["mentions"] = count
        return
    words = " ".join(str(node.get(ANCHOR[section]) or "").split())
    found = next(
        (i for i, text in enumerate(sentence_texts(sheet, body)) if words and words in text), None
    )
    if found is None:
        for key in ("sentence", "evidence"):
            if key in node:
                del node[key]
        return
    if node.get("sentence") != found:
        node["sentence"] = found
    if section in {"numbers", "events"} and "evidence" in node:
        node["evidence"] = sentence_texts(sheet, body)[found]


def sentence_texts(sheet: dict[str, Any], body: str) -> list[str]:
    return [" ".join(body[start:end].split()) for start, end in sheet.get("sentences") or []]


def is_person_owned(
    node: CommentedMap,
    base_item: dict[str, Any] | None,
    section: str,
    rejected: dict[str, list[str]],
) -> bool:
    if node.get("by") == EDITOR or base_item is None:
        return True
    mine = without_rejected_refs(section, [without_mark(plain(node))], rejected)[0]
    return mine != base_item


def report_conflicts(
    section: str,
    node: CommentedMap,
    base_item: dict[str, Any] | None,
    new: dict[str, Any],
    shown: str,
    result: MergeResult,
) -> None:
    if base_item is None:
        return
    mine = plain(node)
    for key, machine_value in new.items():
        if key in {"evidence", "mentions", "sentence"}:
            continue
        person_changed = mine.get(key) != base_item.get(key)
        machine_changed = machine_value != base_item.get(key)
        if person_changed and machine_changed and mine.get(key) != machine_value:
            result.conflicts.append(
                f"{section}[{node['id']}].{key}: kept the editor's {mine.get(key)!r}; "
                f"the extractor now says {machine_value!r}"
            )


def fill_person_item(
    section: str, item: CommentedMap, taken: set[str], sheet: dict[str, Any], body: str | None
) -> None:
    """A person wrote only what they know (e.g. name, type, role): add the id and the rest."""
    source = str(item.get(ID_SOURCE[section]) or "item")
    item.insert(0, "id", unique_slug(source, taken))
    if section in {"actors", "places"} and "name" in item:
        names = [str(item["name"])] + [str(a) for a in item.get("aliases") or []]
        evidence, count = find_evidence(names, sheet, body)
        item.setdefault("aliases", CommentedSeq())
        item.setdefault("mentions", count)
        item.setdefault("evidence", to_node(evidence))
    item["by"] = EDITOR


def find_evidence(
    names: list[str], sheet: dict[str, Any], body: str | None
) -> tuple[list[dict[str, Any]], int]:
    if not body or not any(names):
        return [], 0
    pattern = re.compile("|".join(r"\b" + re.escape(n) + r"\b" for n in names if n))
    evidence, count = [], 0
    for index, (start, end) in enumerate(sheet.get("sentences") or []):
        text = body[start:end]
        hits = len(pattern.findall(text))
        if hits:
            count += hits
            if len(evidence) < 3:
                evidence.append({"sentence": index, "text": " ".join(text.split())})
    return evidence, count


def without_rejected_refs(
    section: str, items: list[dict[str, Any]], rejected: dict[str, list[str]]
) -> list[dict[str, Any]]:
    """Events, quotes and numbers (machine and base alike) stop pointing at items a person
    rejected."""
    if section not in {"events", "quotes", "numbers"}:
        return items
    cleaned = []
    for item in items:
        item = dict(item)
        if section == "events":
            without_rejected_event_refs(item, rejected)
        elif section == "quotes" and item.get("speaker") in rejected.get("actors", []):
            item["speaker"], item["speaker_name"] = None, None
        elif section == "numbers" and item.get("of") in rejected.get("actors", []):
            del item["of"]
        cleaned.append(item)
    return cleaned


def without_rejected_event_refs(item: dict[str, Any], rejected: dict[str, list[str]]) -> None:
    actors = rejected.get("actors", [])
    for key in ("who", "whom"):
        if item.get(key):
            item[key] = [r for r in item[key] if r not in actors]
    if item.get("attributed_to") in actors:
        del item["attributed_to"]
    for key, target in (("when", "dates"), ("where", "places")):
        if item.get(key) in rejected.get(target, []):
            item[key] = None


def merge_scalars(
    current: CommentedMap,
    base: dict[str, Any],
    new: dict[str, Any],
    shown: str,
    result: MergeResult,
) -> None:
    """`summary` and the article fields: a person's change wins; machine bookkeeping is always new."""
    base_summary = base.get("summary")
    if plain(current.get("summary")) == base_summary:
        current["summary"] = new.get("summary")
    elif new.get("summary") != base_summary and new.get("summary") != plain(current.get("summary")):
        result.conflicts.append("summary: kept the editor's text; the extractor's lead changed too")
    article = current.get("article")
    if not isinstance(article, dict):
        current["article"] = to_node(new["article"])
        return
    base_article = base.get("article") or {}
    for key, value in new["article"].items():
        if key in MACHINE_ARTICLE_KEYS or plain(article.get(key)) == base_article.get(key):
            if plain(article.get(key)) != value:
                article[key] = to_node(value)
    for key in list(article.keys()):
        if key not in new["article"] and key in base_article and key != "reviewed":
            del article[key]
