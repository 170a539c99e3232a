"""Text-drawn pictures of the portfolio: bars a buyer takes in at a glance.

Drawing only; the figures come from the engine (priorities, coverage). Bars use block
characters and every bar carries its number, so nothing depends on colour.
"""

from __future__ import annotations

from collections.abc import Sequence

FULL = "█"
EMPTY = "·"
TARGET = "|"


def _fit(text: str, width: int) -> str:
    """Cut a label to `width` (with an ellipsis) and pad it."""
    if len(text) > width:
        text = text[: max(0, width - 1)] + "…"
    return text.ljust(width)


def bar_chart(rows: Sequence[tuple[str, float, str]], width: int, lang: str = "nl") -> str:
    """One bar per row: `label  ████····  figure  note`, scaled to the largest value."""
    if not rows:
        return ""
    from mvi_tui.core.numfmt import fmt_number

    label_w = min(24, max(len(r[0]) for r in rows), max(8, width // 3))
    figures = [fmt_number(v, lang) for _, v, _ in rows]
    fig_w = max(len(f) for f in figures)
    note_w = max(len(r[2]) for r in rows)
    bar_w = max(4, width - label_w - fig_w - note_w - 6)
    top = max((v for _, v, _ in rows), default=0) or 1
    lines = []
    for (label, value, note), fig in zip(rows, figures, strict=True):
        n = round(bar_w * max(0.0, value) / top)
        bar = FULL * n + EMPTY * (bar_w - n)
        lines.append(f"{_fit(label, label_w)} {bar} {fig.rjust(fig_w)} {note}".rstrip())
    return "\n".join(lines)


def target_chart(
    rows: Sequence[tuple[str, float, float | None]], width: int, target_word: str
) -> str:
    """One bar per row on a 0-100% scale with the target marked `|` and both numbers shown."""
    if not rows:
        return ""
    label_w = min(22, max(len(r[0]) for r in rows))
    bar_w = max(10, width - label_w - 24)
    lines = []
    for label, actual, target in rows:
        n = round(bar_w * min(100.0, max(0.0, actual)) / 100)
        cells = [FULL] * n + [EMPTY] * (bar_w - n)
        mark = ""
        if target is not None:
            pos = min(bar_w - 1, round(bar_w * min(100.0, target) / 100))
            cells[pos] = TARGET
            status = "✓" if actual >= target else "✗"
            mark = f" {target_word} {target:.0f}% {status}"
        lines.append(f"{_fit(label, label_w)} {''.join(cells)} {actual:3.0f}%{mark}")
    return "\n".join(lines)
