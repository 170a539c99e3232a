"""Inline SVG charts for the HTML report: coverage per theme, and the benchmark ranking.

Plain SVG written by hand keeps the page self-contained (no script, no library, no
network) and printable. Every chart has a title and a description for screen readers,
every bar its number in text, and the two kinds of bar differ in shape (a full-height
bar for any criterion, a thin inner bar for award criteria) and the target in a line
and a label, so nothing depends on colour alone. All text is escaped.
"""

from __future__ import annotations

from markupsafe import Markup, escape

from mvi_tui.core.numfmt import fmt_number
from mvi_tui.export.report_view import RankBar, ThemeBar

FONT = "font-family=\"system-ui, -apple-system, 'Segoe UI', sans-serif\""
COLOURS = {"any": "#6aa5d8", "award": "#1f4e79", "track": "#eef1f4", "target": "#111"}
KIND_COLOURS = ("#1f4e79", "#2e7d32", "#8e24aa", "#c25e00", "#546e7a")


def _num(value: float, lang: str, digits: int = 0) -> str:
    return fmt_number(value, lang, digits)


def _clip(value: float | None) -> float:
    return max(0.0, min(100.0, value or 0.0))


def _axis(x0: float, width: float, y_top: float, y_bottom: float, lang: str) -> list[str]:
    out = []
    for tick in (0, 25, 50, 75, 100):
        x = x0 + width * tick / 100
        out.append(
            f'<line x1="{x:.1f}" y1="{y_top:.1f}" x2="{x:.1f}" y2="{y_bottom:.1f}" '
            'stroke="#d0d5db" stroke-width="1"/>'
        )
        out.append(
            f'<text x="{x:.1f}" y="{y_bottom + 14:.1f}" font-size="11" fill="#555" '
            f'text-anchor="middle">{_num(tick, lang)}%</text>'
        )
    return out


def theme_chart(bars: list[ThemeBar], labels: dict[str, str], lang: str, title: str) -> Markup:
    """Horizontal bars per theme: covered value, award part, and the targets as lines."""
    label_w, bar_w, value_w, row_h, top = 230.0, 330.0, 250.0, 30.0, 46.0
    width = label_w + bar_w + value_w
    height = top + row_h * len(bars) + 30
    award, target = labels["short_award"], labels["short_target"]

    def words(b: ThemeBar) -> str:
        text = f"{_num(b.any_pct, lang)}% ({award} {_num(b.award_pct, lang)}%)"
        goals = []
        if b.target_pct is not None:
            goals.append(f"{target} {_num(b.target_pct, lang)}%")
        if b.award_target_pct is not None:
            goals.append(f"{target} {award} {_num(b.award_target_pct, lang)}%")
        return text + ("; " + ", ".join(goals) if goals else "")

    desc = "; ".join(f"{b.name}: {words(b)}" for b in bars)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:.0f} {height:.0f}" '
        f'width="100%" style="max-width:{width:.0f}px" role="img" {FONT}>',
        f"<title>{escape(title)}</title>",
        f"<desc>{escape(desc)}</desc>",
    ]
    # legend: shapes differ, not only colours
    parts += [
        f'<rect x="{label_w}" y="6" width="18" height="12" fill="{COLOURS["any"]}"/>',
        f'<text x="{label_w + 24}" y="16" font-size="12">{escape(labels["legend_any"])}</text>',
        f'<rect x="{label_w + 220}" y="9" width="18" height="6" fill="{COLOURS["award"]}"/>',
        f'<text x="{label_w + 244}" y="16" font-size="12">{escape(labels["legend_award"])}</text>',
        f'<line x1="{label_w + 6}" y1="24" x2="{label_w + 6}" y2="40" stroke="{COLOURS["target"]}" stroke-width="3"/>',
        f'<text x="{label_w + 24}" y="36" font-size="12">{escape(labels["legend_target"])}</text>',
        f'<line x1="{label_w + 226}" y1="24" x2="{label_w + 226}" y2="40" stroke="{COLOURS["target"]}" '
        'stroke-width="2" stroke-dasharray="3 2"/>',
        f'<text x="{label_w + 244}" y="36" font-size="12">{escape(labels["legend_award_target"])}</text>',
    ]
    parts += _axis(label_w, bar_w, top - 4, top + row_h * len(bars), lang)
    for i, b in enumerate(bars):
        y = top + i * row_h
        any_w = bar_w * _clip(b.any_pct) / 100
        award_w = bar_w * _clip(b.award_pct) / 100
        parts.append(
            f'<text x="{label_w - 8}" y="{y + 19:.1f}" font-size="13" text-anchor="end">{escape(b.name)}</text>'
        )
        parts.append(
            f'<rect x="{label_w}" y="{y + 5:.1f}" width="{bar_w}" height="20" fill="{COLOURS["track"]}"/>'
        )
        parts.append(
            f'<rect x="{label_w}" y="{y + 5:.1f}" width="{any_w:.1f}" height="20" fill="{COLOURS["any"]}"/>'
        )
        parts.append(
            f'<rect x="{label_w}" y="{y + 11:.1f}" width="{award_w:.1f}" height="8" fill="{COLOURS["award"]}"/>'
        )
        if b.target_pct is not None:
            tx = label_w + bar_w * _clip(b.target_pct) / 100
            parts.append(
                f'<line x1="{tx:.1f}" y1="{y + 1:.1f}" x2="{tx:.1f}" y2="{y + 29:.1f}" '
                f'stroke="{COLOURS["target"]}" stroke-width="3"/>'
            )
        if b.award_target_pct is not None:
            tx = label_w + bar_w * _clip(b.award_target_pct) / 100
            parts.append(
                f'<line x1="{tx:.1f}" y1="{y + 1:.1f}" x2="{tx:.1f}" y2="{y + 29:.1f}" '
                f'stroke="{COLOURS["target"]}" stroke-width="2" stroke-dasharray="3 2"/>'
            )
        parts.append(
            f'<text x="{label_w + bar_w + 8}" y="{y + 19:.1f}" font-size="11" fill="#333">'
            f"{escape(words(b))}</text>"
        )
    parts.append("</svg>")
    return Markup("\n".join(parts))


def ranking_chart(bars: list[RankBar], labels: dict[str, str], lang: str, title: str) -> Markup:
    """The composite score per organisation, best first, with the median of its peers.

    Names stand above their bars, so long names (ministries) are never cut off.
    """
    bar_w, value_w, row_h, top, left = 600.0, 70.0, 44.0, 30.0, 16.0
    width = left + bar_w + value_w
    height = top + row_h * len(bars) + 30
    kinds = list(dict.fromkeys(b.kind for b in bars))
    colour = {k: KIND_COLOURS[i % len(KIND_COLOURS)] for i, k in enumerate(kinds)}
    desc = "; ".join(
        f"{b.rank}. {b.name} ({b.kind}): {_num(b.score, lang, 1)}, "
        f"{labels['legend_median']} {_num(b.median, lang, 1)}"
        for b in bars
    )
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:.0f} {height:.0f}" '
        f'width="100%" style="max-width:{width:.0f}px" role="img" {FONT}>',
        f"<title>{escape(title)}</title>",
        f"<desc>{escape(desc)}</desc>",
        f'<line x1="{left + 4}" y1="6" x2="{left + 4}" y2="22" stroke="{COLOURS["target"]}" '
        'stroke-width="2" stroke-dasharray="3 2"/>',
        f'<text x="{left + 14}" y="19" font-size="12">{escape(labels["legend_median"])}</text>',
    ]
    parts += _axis(left, bar_w, top + 16, top + row_h * len(bars), lang)
    for i, b in enumerate(bars):
        y = top + i * row_h
        w = bar_w * _clip(b.score) / 100
        mx = left + bar_w * _clip(b.median) / 100
        name = f"{b.rank}. {b.name} ({b.kind})"
        parts.append(f'<text x="{left}" y="{y + 14:.1f}" font-size="13">{escape(name)}</text>')
        parts.append(
            f'<rect x="{left}" y="{y + 20:.1f}" width="{bar_w}" height="16" fill="{COLOURS["track"]}"/>'
        )
        parts.append(
            f'<rect x="{left}" y="{y + 20:.1f}" width="{w:.1f}" height="16" fill="{colour[b.kind]}"/>'
        )
        parts.append(
            f'<line x1="{mx:.1f}" y1="{y + 17:.1f}" x2="{mx:.1f}" y2="{y + 39:.1f}" '
            f'stroke="{COLOURS["target"]}" stroke-width="2" stroke-dasharray="3 2"/>'
        )
        parts.append(
            f'<text x="{left + bar_w + 8}" y="{y + 33:.1f}" font-size="13" font-weight="bold">'
            f"{_num(b.score, lang, 1)}</text>"
        )
    parts.append("</svg>")
    return Markup("\n".join(parts))
