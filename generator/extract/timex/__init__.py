"""Time expressions: found by rule, typed and normalised to TimeML TIMEX3 values.

`words` the vocabulary, `values` the records and calendar arithmetic, `calendar_rules` and
`relative_rules` the handlers, `rules` the one ordered rule table, `find` the search and
`compose` the second pass that joins neighbouring pieces as TimeBank marks them.
"""

from generator.extract.timex.find import find_timexes
from generator.extract.timex.values import Timex

__all__ = ["Timex", "find_timexes"]
