"""Problems found in user input, formatted the way compilers do.

One `Problem` per finding, all collected before reporting, so a user fixes a file in
one go. TOML syntax errors carry a line and column (`plan.toml:12:5: ...`), content
errors a dotted path (`plan.toml: procurements[2].value_eur: ...`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from mvi_tui.core.enums import Lang
from mvi_tui.core.i18n import tr

MESSAGES = {
    "warning": {"nl": "waarschuwing", "en": "warning"},
}

# Control characters, line separators and bidi overrides from a plan (keys, ids, values
# quoted in a message) would let a file forge or reorder lines of our output: shown as
# escapes instead (found by tests/test_hostile_input.py).
_INVISIBLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def visible(text: str) -> str:
    """`text` with control and bidi characters written as escapes (`\\n`, `\\u202e`)."""
    return _INVISIBLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


@dataclass(frozen=True)
class Problem:
    """One finding in one file."""

    file: str
    message: str
    path: str = ""
    line: int | None = None
    column: int | None = None
    severity: Literal["error", "warning"] = "error"

    def format(self, lang: Lang | str = Lang.EN) -> str:
        """`file:line:col: message` or `file: path: message`; warnings say so.

        Always one line: characters that could break or reorder it are escaped.
        """
        text = self.message
        if self.severity == "warning":
            text = f"{tr(MESSAGES, 'warning', lang)}: {text}"
        if self.line is not None:
            out = f"{self.file}:{self.line}:{self.column or 1}: {text}"
        elif self.path:
            out = f"{self.file}: {self.path}: {text}"
        else:
            out = f"{self.file}: {text}"
        return visible(out)

    def to_json(self) -> dict[str, object]:
        """Machine-readable form for `--json` outputs."""
        return {
            "file": self.file,
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "severity": self.severity,
            "message": self.message,
        }


class InputError(Exception):
    """Raised when an input cannot be used; carries every problem found."""

    def __init__(self, problems: Sequence[Problem]):
        super().__init__("; ".join(p.format() for p in problems))
        self.problems = list(problems)


def loc_to_path(loc: Iterable[object]) -> str:
    """Turn a pydantic location such as ('procurements', 2, 'value') into `procurements[2].value`."""
    out = ""
    for part in loc:
        if part == "[key]":  # pydantic marks a bad dict key this way; the key itself says enough
            continue
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out
