"""`--set KEY=VALUE`: change a plan by dotted path, for scripts and the prompt mode.

Paths follow the error messages: `organisation.name`, `procurements[0].value_eur`, and
also `procurements.<id>.value_eur` so a script need not know the order. Values are read
as TOML values (`12`, `1.5`, `true`, `2027-01-01`, `["a", "b"]`), and as plain text when
they are not valid TOML, so `--set organisation.name=Gemeente Ede` needs no quotes.
"""

from __future__ import annotations

import re
import tomllib
from typing import Any

from mvi_tui.core.enums import Lang
from mvi_tui.core.i18n import tr
from mvi_tui.core.problems import InputError, Problem

MESSAGES = {
    "syntax": {
        "nl": "verwacht PAD=WAARDE, bijvoorbeeld organisation.name=Gemeente Ede",
        "en": "expected PATH=VALUE, for example organisation.name=Gemeente Ede",
    },
    "bad_path": {
        "nl": "pad {path} bestaat niet in het plan",
        "en": "path {path} does not exist in the plan",
    },
    "not_table": {"nl": "{path} is geen tabel", "en": "{path} is not a table"},
}

_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def parse_value(raw: str) -> Any:
    """A TOML value when `raw` is one, else the text itself."""
    try:
        return tomllib.loads(f"v = {raw}")["v"]
    except tomllib.TOMLDecodeError:
        return raw


def split_path(path: str) -> list[str | int]:
    """`procurements[0].value_eur` -> ['procurements', 0, 'value_eur']."""
    parts: list[str | int] = []
    for name, index in _PART.findall(path):
        parts.append(int(index) if index else name)
    return parts


def apply_set(data: dict[str, Any], assignment: str, lang: Lang | str = Lang.EN) -> None:
    """Apply one `PATH=VALUE` to plan data in place; raise `InputError` naming `--set`."""
    where = "--set"
    if "=" not in assignment:
        raise InputError([Problem(where, tr(MESSAGES, "syntax", lang), path=assignment)])
    path, raw = assignment.split("=", 1)
    path = path.strip()
    parts = split_path(path)
    if not parts or not isinstance(parts[0], str):
        raise InputError([Problem(where, tr(MESSAGES, "bad_path", lang, path=path), path=path)])
    node: Any = data
    for i, part in enumerate(parts[:-1]):
        nxt = parts[i + 1]
        if isinstance(node, list):
            if isinstance(part, int) and part < len(node):
                node = node[part]
                continue
            if isinstance(part, int) and part == len(node):  # one past the end: a new entry
                node.append([] if isinstance(nxt, int) else {})
                node = node[-1]
                continue
            match = next((x for x in node if isinstance(x, dict) and x.get("id") == part), None)
            if match is None:
                raise InputError(
                    [Problem(where, tr(MESSAGES, "bad_path", lang, path=path), path=path)]
                )
            node = match
            continue
        if not isinstance(node, dict) or isinstance(part, int):
            raise InputError(
                [Problem(where, tr(MESSAGES, "not_table", lang, path=path), path=path)]
            )
        if part not in node:
            node[part] = [] if isinstance(nxt, int) else {}
        node = node[part]
    last = parts[-1]
    value = parse_value(raw.strip())
    if isinstance(node, list):
        if isinstance(last, int) and last < len(node):
            node[last] = value
        elif isinstance(last, int) and last == len(node):
            node.append(value)
        else:
            raise InputError([Problem(where, tr(MESSAGES, "bad_path", lang, path=path), path=path)])
    elif isinstance(node, dict) and isinstance(last, str):
        node[last] = value
    else:
        raise InputError([Problem(where, tr(MESSAGES, "not_table", lang, path=path), path=path)])
