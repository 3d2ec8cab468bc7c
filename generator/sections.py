"""The item sections of a sheet, named once."""

from __future__ import annotations

SECTIONS = ("actors", "places", "dates", "numbers", "quotes", "facts")
"""The lists of items a sheet holds, each item with a stable `id`, in the order sheets list them."""

ID_SOURCE = {"actors": "name", "places": "name", "dates": "text", "numbers": "value", "quotes": "text", "facts": "text"}
"""The field a person-added item's id is made from, per section."""
