"""Numbers and bilingual messages for the engine's explanations.

The engine returns `Text` (nl + en) so each front end picks its language. A message with
numbers must be formatted twice, the Dutch way (EUR 1.234,50) and the English way
(EUR 1,234.50); fields wrapped in `Eur`, `Num` or `Pct` are formatted per language, a
`Text` field picks its language, anything else is inserted as it is (so years and ids
never get thousands separators).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from mvi_tui.core.enums import Lang
from mvi_tui.core.text import Text

Messages = Mapping[str, Mapping[str, str]]


def fmt_number(value: float, lang: Lang | str, digits: int = 0) -> str:
    """`value` with `digits` decimals and thousands separators in the style of `lang`."""
    text = f"{value:,.{digits}f}"
    if text.startswith("-") and float(text.replace(",", "")) == 0:
        text = text[1:]  # never print "-0"
    return _localise(text, lang)


_NL_SWAP = str.maketrans({",": ".", ".": ","})


def _localise(text: str, lang: Lang | str) -> str:
    """Swap `,` and `.` for Dutch: 1,500.5 becomes 1.500,5."""
    return text.translate(_NL_SWAP) if str(lang) == "nl" else text


def fmt_compact(value: float, lang: Lang | str, max_digits: int = 2) -> str:
    """Like `fmt_number`, with decimals only where they exist: 1.500 and 12,5 (nl)."""
    value = float(value)
    if value.is_integer():
        return _localise(f"{int(value):,}", lang)
    return _localise(f"{value:,.{max_digits}f}".rstrip("0").rstrip("."), lang)


@dataclass(frozen=True)
class Num:
    """A number to format per language; `digits` decimals, trailing zeros kept."""

    value: float
    digits: int = 0

    def format(self, lang: Lang | str) -> str:
        return fmt_number(self.value, lang, self.digits)


@dataclass(frozen=True)
class Eur:
    """An amount in euros: whole euros unless it has cents (then two decimals)."""

    value: float
    digits: int | None = None

    def format(self, lang: Lang | str) -> str:
        digits = self.digits
        if digits is None:
            digits = 0 if abs(self.value - round(self.value)) < 0.005 else 2
        return "EUR " + fmt_number(self.value, lang, digits)


@dataclass(frozen=True)
class Pct:
    """A percentage: up to `digits` decimals, trailing zeros dropped (4%, 12,5%)."""

    value: float
    digits: int = 2

    def format(self, lang: Lang | str) -> str:
        text = fmt_number(self.value, lang, self.digits)
        sep = "," if str(lang) == "nl" else "."
        if sep in text:
            text = text.rstrip("0").rstrip(sep)
        return text + "%"


_PER_LANGUAGE = (Num, Eur, Pct)


def _field(value: object, lang: str) -> object:
    if isinstance(value, _PER_LANGUAGE):
        return value.format(lang)
    if isinstance(value, Text):
        return value.get(lang)
    return value


def say(table: Messages, key: str, lang: Lang | str, /, **fields: object) -> str:
    """The message `key` in `lang` with its fields formatted for that language."""
    entry = table[key]
    lang = str(lang)
    text = entry.get(lang) or entry["en"]
    if not fields:
        return text.format()
    return text.format(**{k: _field(v, lang) for k, v in fields.items()})


# Messages made before, by table, key and fields. In a batch the same messages come back
# for plan after plan (a missing weight, a threshold, a procedure's reason): formatting
# one twice, the Dutch and the English way, took 7% of an export. Texts are immutable,
# so sharing one is safe; each entry keeps its table alive, so the table's id in the key
# can never come to mean another table.
_MADE: dict[tuple[object, ...], tuple[Messages, Text]] = {}
_MADE_MAX = 4096


def bi(table: Messages, key: str, /, **fields: object) -> Text:
    """The message `key` in both languages."""
    try:
        made_key = (id(table), key, *sorted(fields.items()))
        made = _MADE.get(made_key)
    except TypeError:  # a field that cannot be hashed: just make the text
        return _bi(table, key, fields)
    if made is not None and made[0] is table:
        return made[1]
    text = _bi(table, key, fields)
    if len(_MADE) >= _MADE_MAX:
        _MADE.clear()
    _MADE[made_key] = (table, text)
    return text


def _bi(table: Messages, key: str, fields: Mapping[str, object]) -> Text:
    return Text(nl=say(table, key, "nl", **fields), en=say(table, key, "en", **fields))


def join(parts: list[Text], sep: str = " ") -> Text:
    """Several bilingual texts as one."""
    return Text(nl=sep.join(p.nl for p in parts), en=sep.join(p.en for p in parts))
