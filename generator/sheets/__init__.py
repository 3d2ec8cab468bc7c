"""Fact sheets as files: YAML in and out (yamlio, io), validation, the merge of people's edits, and
the sheet and its base written together (store)."""
