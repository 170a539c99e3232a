"""Reading TOML files from users without ever showing a traceback.

Every way a file can be unusable (missing, a folder, too large, binary, not UTF-8, a
syntax error, nested too deep for the parser) becomes a `Problem` naming the file and,
for syntax errors, the line and column.

Files are parsed with tomli, the compiled build of the parser that became the standard
library's tomllib (three times faster: reading plans was a quarter of a batch export);
a file it refuses is parsed again with tomllib, so the messages stay those of Python.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path
from typing import Any

import tomli

from mvi_tui.core.enums import Lang
from mvi_tui.core.i18n import tr
from mvi_tui.core.problems import InputError, Problem

MAX_BYTES = 5 * 1024 * 1024  # a plan of 500 procurements is ~1 MB; 5 MB is clearly not a plan

MESSAGES = {
    "missing": {"nl": "bestand niet gevonden", "en": "file not found"},
    "folder": {"nl": "is een map, geen bestand", "en": "is a folder, not a file"},
    "unreadable": {"nl": "kan niet gelezen worden: {error}", "en": "cannot be read: {error}"},
    "too_large": {
        "nl": "bestand is te groot ({size} MB; hooguit {limit} MB)",
        "en": "file is too large ({size} MB; at most {limit} MB)",
    },
    "binary": {
        "nl": "is geen tekstbestand (bevat nul-bytes)",
        "en": "is not a text file (contains NUL bytes)",
    },
    "encoding": {
        "nl": "is geen geldige UTF-8 tekst (byte {pos}); sla het op als UTF-8",
        "en": "is not valid UTF-8 text (byte {pos}); save it as UTF-8",
    },
    "empty": {"nl": "bestand is leeg", "en": "file is empty"},
    "syntax": {"nl": "ongeldige TOML: {error}", "en": "invalid TOML: {error}"},
    "too_many_digits": {
        "nl": "getal met te veel cijfers (hooguit {limit})",
        "en": "number with too many digits (at most {limit})",
    },
    "too_deep": {
        "nl": "te diep geneste tabellen of lijsten",
        "en": "tables or arrays nested too deeply",
    },
}

_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_END = re.compile(r"\s*\(at end of document\)\s*$")
_LONG_NUMBER = re.compile(r"[0-9][0-9_]{999,}")


def read_toml(
    path: str | Path, lang: Lang | str = Lang.EN, *, allow_empty: bool = False
) -> dict[str, Any]:
    """Parse a TOML file or raise `InputError` with one clear problem."""
    name = str(path)
    p = Path(path)

    def fail(key: str, **fields: object) -> InputError:
        return InputError([Problem(name, tr(MESSAGES, key, lang, **fields))])

    try:
        if p.is_dir():
            raise fail("folder")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise fail("too_large", size=round(size / 1e6, 1), limit=MAX_BYTES // 1_000_000)
        raw = p.read_bytes()
    except FileNotFoundError:
        raise fail("missing") from None
    except OSError as exc:
        raise fail("unreadable", error=exc.strerror or exc) from None
    return parse_toml_bytes(raw, name, lang, allow_empty=allow_empty)


def parse_toml_bytes(
    raw: bytes, name: str, lang: Lang | str = Lang.EN, *, allow_empty: bool = False
) -> dict[str, Any]:
    """Parse TOML from bytes (see `read_toml`); `name` is used in messages."""

    def fail(key: str, line: int | None = None, column: int | None = None, **fields: object):
        return InputError(
            [Problem(name, tr(MESSAGES, key, lang, **fields), line=line, column=column)]
        )

    if b"\x00" in raw:
        raise fail("binary")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise fail("encoding", pos=exc.start) from None
    if not text.strip() and not allow_empty:
        raise fail("empty")
    try:
        return tomli.loads(text)
    except Exception:  # noqa: BLE001 - reported below, in the words of the standard library
        pass
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        line = column = None
        match = _POSITION.search(message)
        if match:
            line, column = int(match.group(1)), int(match.group(2))
            message = message[: match.start()]
        elif _END.search(message):
            line = text.count("\n") + 1
            column = len(text.rsplit("\n", 1)[-1]) + 1
            message = _END.sub("", message)
        raise fail("syntax", line=line, column=column, error=message) from None
    except RecursionError:
        raise fail("too_deep") from None
    except ValueError:
        # Python refuses to turn integers of more than 4300 digits into int (a guard
        # against denial of service); tomllib lets that ValueError through.
        line = column = None
        match = _LONG_NUMBER.search(text)
        if match:
            line = text.count("\n", 0, match.start()) + 1
            column = match.start() - text.rfind("\n", 0, match.start())
        limit = sys.get_int_max_str_digits() if hasattr(sys, "get_int_max_str_digits") else 4300
        raise fail("too_many_digits", line=line, column=column, limit=limit) from None
