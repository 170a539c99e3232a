"""`mvi report -f text`: the report for the terminal, with rich tables and text bars.

Colour only underlines what the characters already say: a bar has its percentage next to
it, a target is a `┃` in the bar and a number in its own column, a status is a word
with ✓ or ✗. With `plain` (output is not a terminal, or NO_COLOR is set) no escape
codes are written at all, so the text can go into a README or an e-mail.
"""

from __future__ import annotations

import io

from rich import box
from rich.console import Console
from rich.table import Table as RichTable
from rich.text import Text as RichText

from mvi_tui.export.report_view import OrgView, ReportView, Table, ThemeBar, pct, points

BAR = 20
FULL, PART, EMPTY, MARK = "█", "▓", "░", "┃"


def text_bar(value: float | None, ref: float | None = None, width: int = BAR) -> str:
    """`█████░░░┃░░` for a share of 0-100, with `┃` at the reference."""
    if value is None:
        return ""
    filled = round(max(0.0, min(100.0, value)) * width / 100)
    cells = [FULL] * filled + [EMPTY] * (width - filled)
    if ref is not None:
        cells[min(width - 1, max(0, round(ref * width / 100)))] = MARK
    return "".join(cells)


def theme_bar(bar: ThemeBar, width: int = BAR) -> str:
    """Award part `█`, the rest of the covered value `▓`, uncovered `░`, target `┃`."""
    award = round(max(0.0, min(100.0, bar.award_pct)) * width / 100)
    covered = max(award, round(max(0.0, min(100.0, bar.any_pct)) * width / 100))
    cells = [FULL] * award + [PART] * (covered - award) + [EMPTY] * (width - covered)
    if bar.target_pct is not None:
        cells[min(width - 1, max(0, round(bar.target_pct * width / 100)))] = MARK
    return "".join(cells)


def _table(
    table: Table, *, bars: list[str] | None = None, bar_at: int = 0, keep: tuple[int, ...] = ()
) -> RichTable:
    """A rich table from a view table; `bars` adds a column of text bars after `bar_at`;
    the columns in `keep` are never wrapped (names and numbers)."""
    out = RichTable(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="bold")
    for i, head in enumerate(table.header):
        out.add_column(
            head,
            justify="right" if table.align[i] == "r" else "left",
            overflow="fold",
            no_wrap=i in keep or table.align[i] == "r",
        )
        if bars is not None and i == bar_at:
            out.add_column("", no_wrap=True, style="cyan")
    for r, row in enumerate(table.rows):
        cells = list(row)
        if bars is not None:
            cells.insert(bar_at + 1, bars[r])
        out.add_row(*cells)
    return out


def _status_styles(table: Table, col: int) -> None:
    """Colour the status column (the words and symbols stay the meaning)."""
    for row in table.rows:
        cell = row[col]
        if cell.startswith("✓"):
            row[col] = f"[green]{cell}[/green]"
        elif cell.startswith("✗"):
            row[col] = f"[red]{cell}[/red]"


def _org(console: Console, view: ReportView, org: OrgView, plain: bool) -> None:
    console.rule(RichText(org.heading, style="bold"), characters="═", align="left")
    console.print(org.files, style="dim", markup=False)
    console.print(f"{org.score_line} {org.peer_line}", markup=False)
    console.print()
    console.print(view.labels["key_figures"], style="bold underline", markup=False)
    key_bars = [text_bar(k.pct, k.ref_pct) for k in org.key]
    console.print(_table(_escape(org.key_table), bars=key_bars, bar_at=1))
    console.print()
    console.print(view.labels["themes"], style="bold underline", markup=False)
    legend = (
        f"{FULL} {view.labels['legend_award']}   {PART} {view.labels['legend_any']}   "
        f"{MARK} {view.labels['legend_target']}"
    )
    console.print(legend, style="dim", markup=False)
    console.print(
        _table(
            _escape(org.themes_table), bars=[theme_bar(b) for b in org.themes], bar_at=0, keep=(0,)
        )
    )
    for note in org.themes_notes:
        console.print(note, markup=False)
    console.print()
    console.print(view.labels["targets"], style="bold underline", markup=False)
    if org.targets_table is not None:
        targets = _escape(org.targets_table)
        if not plain:
            _status_styles(targets, 3)
        console.print(_table(targets))
    for note in org.targets_notes:
        console.print(note, markup=False)
    console.print()
    console.print(view.labels["gaps"], style="bold underline", markup=False)
    if org.gaps_table is None:
        console.print(org.gaps_empty, markup=False)
    else:
        console.print(_table(_escape(org.gaps_table)))
    console.print()


def _escape(table: Table) -> Table:
    """Rich reads `[...]` as markup; plan texts are the buyer's, so escape them."""
    from rich.markup import escape

    return Table(list(table.header), [[escape(c) for c in row] for row in table.rows], table.align)


def _benchmark(console: Console, view: ReportView) -> None:
    console.rule(RichText(view.benchmark_title, style="bold"), characters="═", align="left")
    console.print(view.formula_title, style="bold underline", markup=False)
    console.print(view.formula, markup=False)
    for line in view.components:
        console.print(f"  - {line}", markup=False)
    console.print(view.peers_note, markup=False)
    console.print()
    console.print(view.ranking_title, style="bold underline", markup=False)
    # The terminal is narrow: the ranking with its bars first, the components below it.
    ranking = _escape(view.ranking_table)
    main = Table(ranking.header[:5], [row[:5] for row in ranking.rows], ranking.align[:5])
    parts = Table(
        ranking.header[1:2] + ranking.header[5:],
        [row[1:2] + row[5:] for row in ranking.rows],
        ranking.align[1:2] + ranking.align[5:],
    )
    bars = [text_bar(b.score, b.median) for b in view.ranking]
    console.print(_table(main, bars=bars, bar_at=3, keep=(1, 2)))
    console.print(
        f"{FULL} {view.ranking_table.header[3]}   {MARK} {view.labels['legend_median']}",
        style="dim",
        markup=False,
    )
    console.print()
    console.print(_table(parts, keep=(0,)))
    console.print()
    console.print(view.peers_title, style="bold underline", markup=False)
    console.print(_table(_escape(view.peers_table)))


def render_text(view: ReportView, *, plain: bool = True, width: int = 110) -> str:
    """The whole report as terminal text; ANSI colours only when `plain` is False."""
    buf = io.StringIO()
    console = Console(
        file=buf,
        width=width,
        force_terminal=not plain,
        color_system=None if plain else "standard",
        no_color=plain,
        highlight=False,
        emoji=False,
        legacy_windows=False,
    )
    console.print(view.title, style="bold", markup=False)
    console.print(view.subtitle, markup=False)
    console.print(view.basis, style="dim", markup=False)
    console.print()
    if view.problems:
        console.print(view.problems_title, style="bold red", markup=False)
        for line in view.problems:
            console.print(f"  {line}", markup=False)
        console.print()
    if view.warnings:
        console.print(view.warnings_title, style="bold yellow", markup=False)
        for line in view.warnings:
            console.print(f"  {line}", markup=False)
        console.print()
    if not view.orgs:
        console.print(view.empty, markup=False)
        return buf.getvalue()
    for org in view.orgs:
        _org(console, view, org, plain)
    _benchmark(console, view)
    text = buf.getvalue()
    if plain:  # rich pads table cells to the width; trailing blanks only add noise
        text = "\n".join(line.rstrip() for line in text.splitlines()) + "\n"
    return text


__all__ = ["render_text", "text_bar", "theme_bar", "pct", "points"]
