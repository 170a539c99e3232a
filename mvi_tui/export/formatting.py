"""Numbers, amounts, percentages and dates as a reader of the document expects them.

A Dutch tender document writes `EUR 1.250.000` and `3 maart 2027`; an English one
`EUR 1,250,000` and `3 March 2027`. Every renderer prints the strings made here, so the
Markdown, the web page and the Word document agree to the character.
"""

from __future__ import annotations

from datetime import date

from mvi_tui.core.numfmt import fmt_compact

MONTHS = {
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}

_NL_SWAP = str.maketrans({",": ".", ".": ","})


def number(value: float | int, lang: str, decimals: int = 2) -> str:
    """`1250000` as `1.250.000` (nl) or `1,250,000` (en); decimals only where they exist."""
    return fmt_compact(value, lang, decimals)


def money(value: float | int, lang: str) -> str:
    """An amount in euros, whole euros unless there are cents."""
    value = float(value)
    if value.is_integer():
        return f"EUR {number(value, lang)}"
    text = f"{value:,.2f}"
    return "EUR " + (text.translate(_NL_SWAP) if lang == "nl" else text)


def percent(value: float | int, lang: str) -> str:
    """`12.5` as `12,5%` (nl) or `12.5%` (en)."""
    return f"{number(value, lang)}%"


def long_date(value: date, lang: str) -> str:
    """`2027-03-03` as `3 maart 2027` or `3 March 2027`."""
    return f"{value.day} {MONTHS[lang][value.month - 1]} {value.year}"


def add_months(start: date, months: int) -> date:
    """The same day `months` later, clipped to the month's last day (31 Jan + 1 = 28/29 Feb)."""
    total = start.month - 1 + months
    year, month = start.year + total // 12, total % 12 + 1
    for day in (start.day, 30, 29, 28):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    return date(year, month, 28)  # pragma: no cover - unreachable
