"""Interface language and translated messages.

Every user-visible message lives in a table of {key: {"nl": ..., "en": ...}}; modules keep
their own table next to the code that uses it (see `MESSAGES` in each module) and call
`tr(table, key, lang, **fields)`. The interface language comes from, in order: an explicit
choice (`--lang`), the `MVI_LANG` environment variable, the user's settings, the system
locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), and finally Dutch, the language of our users.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from mvi_tui.core.enums import Lang

Messages = Mapping[str, Mapping[str, str]]


def parse_lang(value: str | None) -> Lang | None:
    """Read a language from a user-given string such as `nl`, `EN`, `nl_NL.UTF-8`."""
    if not value:
        return None
    head = value.strip().lower()[:2]
    return Lang(head) if head in ("nl", "en") else None


def interface_lang(explicit: str | None = None) -> Lang:
    """The language for messages of this run (see the module docstring for the order)."""
    for candidate in (explicit, os.environ.get("MVI_LANG")):
        lang = parse_lang(candidate)
        if lang:
            return lang
    lang = parse_lang(saved_language())
    if lang:
        return lang
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return parse_lang(value) or Lang.EN
    return Lang.NL


def saved_language() -> str | None:
    """The `language` of the user's settings file, or None.

    Read with tomllib alone, not through the pydantic `Settings` model: every command,
    `mvi --help` included, asks for the language first, and importing pydantic for one
    string would double the start-up time (benchmarks/cold_start.py). Same file and same
    leniency as `settings.load_settings` (a broken file counts as no setting).
    """
    import tomllib

    from mvi_tui.core.paths import settings_path

    path = settings_path()
    try:
        with open(path, "rb") as handle:
            value = tomllib.load(handle).get("language")
    except (OSError, ValueError, RecursionError):  # missing, unreadable, not TOML
        return None
    return value if isinstance(value, str) else None


def tr(table: Messages, key: str, lang: Lang | str, /, **fields: object) -> str:
    """Look up `key` in `table` for `lang` and fill in `fields`."""
    entry = table[key]
    text = entry.get(str(lang)) or entry["en"]
    return text.format(**fields) if fields else text
