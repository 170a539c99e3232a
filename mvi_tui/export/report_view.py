"""The report in words and formatted numbers, once, for the text, Markdown and HTML outputs.

Renderers only lay out what is built here, so a figure reads the same in the terminal,
in the Markdown file and on the web page. Every bar carries its number in text next to
it and every status a word and a symbol: meaning never depends on colour alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mvi_tui.core.catalogue import Catalogue, default_catalogue
from mvi_tui.core.enums import Lang, TargetMetric, Theme
from mvi_tui.core.numfmt import fmt_number
from mvi_tui.export.report_benchmark import WEIGHTS
from mvi_tui.export.report_build import Report, display_name
from mvi_tui.export.report_data import (
    RIJK_LEVEL_TARGET_PCT,
    OrgFigures,
    ProcurementRef,
    TargetFigure,
)
from mvi_tui.export.report_texts import kind_name, metric_name, peer_group_name, t

MAX_CLOSE = 3  # procurements named per target; the rest are counted


def pct(value: float | None, lang: Lang | str, digits: int = 0) -> str:
    """`42%`, or `42,5%` with one digit in Dutch; a dash when there is no value."""
    if value is None:
        return "–"
    return fmt_number(value, lang, digits) + "%"


def eur(value: float, lang: Lang | str) -> str:
    """Amounts the way a report reads them: EUR 36,8 mln / EUR 36.8m, whole euros below."""
    nl = str(lang) == "nl"
    if abs(value) >= 1e9:
        return f"EUR {fmt_number(value / 1e9, lang, 2)} {'mld' if nl else 'bn'}"
    if abs(value) >= 1e6:
        return f"EUR {fmt_number(value / 1e6, lang, 1)}{' mln' if nl else 'm'}"
    return f"EUR {fmt_number(value, lang, 0)}"


def tonnes(value: float, lang: Lang | str) -> str:
    return fmt_number(value, lang, 0)


def points(value: float, lang: Lang | str) -> str:
    return fmt_number(value, lang, 1)


def anchor(name: str) -> str:
    """An id for links inside the HTML page."""
    return "org-" + (re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "x")


@dataclass
class Table:
    """A table as strings; `align` has "l" or "r" per column."""

    header: list[str]
    rows: list[list[str]]
    align: list[str]


@dataclass
class KeyFigure:
    """One key figure: its value in words, and a bar (0-100) with an optional target."""

    label: str
    value: str
    pct: float | None = None
    reference: str = ""
    ref_pct: float | None = None


@dataclass
class ThemeBar:
    """One theme in the coverage chart."""

    name: str
    any_pct: float
    award_pct: float
    requirements_pct: float
    target_pct: float | None
    award_target_pct: float | None


@dataclass
class OrgView:
    name: str
    anchor: str
    heading: str
    files: str
    score_line: str
    peer_line: str
    key: list[KeyFigure]
    key_table: Table
    themes: list[ThemeBar]
    themes_table: Table
    themes_notes: list[str]
    targets_table: Table | None
    targets_notes: list[str]
    gaps_table: Table | None
    gaps_empty: str  # shown instead of the table when it is None


@dataclass
class RankBar:
    """One organisation in the ranking chart."""

    rank: int
    name: str
    kind: str
    score: float
    median: float


@dataclass
class ReportView:
    lang: str
    title: str
    subtitle: str
    basis: str
    problems_title: str
    problems: list[str]  # plans that could not be read (errors)
    warnings_title: str
    warnings: list[str]  # plans that were read, with something to check
    orgs: list[OrgView]
    empty: str
    benchmark_title: str
    formula_title: str
    formula: str
    components: list[str]
    peers_note: str
    ranking_title: str
    ranking_table: Table
    ranking: list[RankBar]
    peers_title: str
    peers_table: Table
    labels: dict[str, str] = field(default_factory=dict)


def formula_text(lang: Lang | str) -> str:
    """The composite score formula in words, as printed in every report."""
    terms = " + ".join(f"{int(w)} × {t('c_' + cid, lang)}" for cid, w in WEIGHTS)
    return t("formula", lang, terms=terms)


def _of(part: str, whole: str, lang: Lang | str) -> str:
    return t("of", lang, part=part, whole=whole)


def _target_ref(target_value: float | None, year: int | None, lang: Lang | str) -> str:
    if target_value is None:
        return t("no_target", lang)
    return t("target_by", lang, pct=pct(target_value, lang), year=year)


def _first(org: OrgFigures, metric: TargetMetric) -> TargetFigure | None:
    return next((tf for tf in org.targets if tf.progress.metric == metric), None)


def _key_figures(org: OrgFigures, lang: Lang | str) -> list[KeyFigure]:
    c = org.cov
    na = t("not_applicable", lang)
    circ = org.circular_target
    isv_t = _first(org, TargetMetric.ISV_COVERAGE)
    sroi_t = _first(org, TargetMetric.SROI_PERCENT)
    level_t = _first(org, TargetMetric.LEVEL_SHARE)
    level_ref = t("rijk_level", lang, pct=pct(RIJK_LEVEL_TARGET_PCT, lang))
    if level_t:
        p = level_t.progress
        level_ref += "; " + _target_ref(p.target, p.year, lang)
    return [
        KeyFigure(t("k_procurements", lang), fmt_number(c.procurements, lang)),
        KeyFigure(t("k_spend", lang), eur(c.spend_eur, lang)),
        KeyFigure(
            t("k_count", lang),
            _of(str(c.with_criteria), str(c.procurements), lang),
            c.share_procurements_pct,
        ),
        KeyFigure(
            t("k_value", lang),
            _of(eur(c.spend_with_criteria_eur, lang), eur(c.spend_eur, lang), lang),
            c.share_spend_pct,
        ),
        KeyFigure(
            t("k_level", lang),
            _of(
                # the engine gives the share of a count; this only turns it back into the count
                str(round(c.level_share_pct * c.procurements / 100)),
                str(c.procurements),
                lang,
            ),
            c.level_share_pct,
            level_ref,
            RIJK_LEVEL_TARGET_PCT,
        ),
        KeyFigure(
            t("k_award", lang),
            _of(eur(c.spend_award_eur, lang), eur(c.spend_eur, lang), lang),
            c.share_award_pct,
        ),
        KeyFigure(
            t("k_circular", lang),
            eur(c.themes[Theme.CIRCULAIR].spend_any_eur, lang),
            c.circular_share_pct,
            _target_ref(circ.value if circ else None, circ.year if circ else None, lang),
            circ.value if circ else None,
        ),
        KeyFigure(
            t("k_isv", lang),
            _of(str(c.isv_covered), str(c.isv_risk_procurements), lang)
            if c.isv_coverage_pct is not None
            else na,
            c.isv_coverage_pct,
            _target_ref(isv_t.progress.target, isv_t.progress.year, lang) if isv_t else "",
            isv_t.progress.target if isv_t else None,
        ),
        KeyFigure(
            t("k_sroi", lang),
            t(
                "sroi_detail",
                lang,
                covered=c.sroi_covered,
                applicable=c.sroi_applicable,
                estimated=eur(c.sroi_estimated_eur, lang),
                pct=pct(c.sroi_pct, lang, 1),
            )
            if c.sroi_coverage_pct is not None
            else na,
            c.sroi_coverage_pct,
            t(
                "sroi_target",
                lang,
                pct=pct(sroi_t.progress.target, lang),
                year=sroi_t.progress.year,
            )
            if sroi_t
            else "",
        ),
        KeyFigure(
            t("k_co2", lang),
            t(
                "co2_detail",
                lang,
                covered=tonnes(c.co2_covered_t, lang),
                total=tonnes(c.co2_in_scope_t, lang),
            ),
            c.co2_covered_pct if c.co2_in_scope_t > 0 else None,
        ),
    ]


def _key_table(key: list[KeyFigure], lang: Lang | str) -> Table:
    return Table(
        [
            t("col_indicator", lang),
            t("col_value", lang),
            t("col_share", lang),
            t("col_reference", lang),
        ],
        [
            [k.label, k.value, pct(k.pct, lang) if k.pct is not None else "", k.reference]
            for k in key
        ],
        ["l", "l", "r", "l"],
    )


def _themes(org: OrgFigures, lang: Lang | str) -> tuple[list[ThemeBar], Table, list[str]]:
    bars: list[ThemeBar] = []
    rows: list[list[str]] = []
    for theme in Theme:
        tc = org.cov.themes[theme]
        tt = org.theme_targets[theme]
        bars.append(
            ThemeBar(
                name=org.theme_names[theme].get(lang),
                any_pct=tc.share_spend_pct,
                award_pct=tc.share_award_pct,
                requirements_pct=tc.share_requirements_pct,
                target_pct=tt.spend_pct,
                award_target_pct=tt.award_pct,
            )
        )
        goal = [pct(tt.spend_pct, lang)] if tt.spend_pct is not None else []
        if tt.award_pct is not None:
            goal.append(t("target_award", lang, pct=pct(tt.award_pct, lang)))
        rows.append(
            [
                org.theme_names[theme].get(lang),
                pct(tc.share_requirements_pct, lang),
                pct(tc.share_award_pct, lang),
                pct(tc.share_spend_pct, lang),
                "; ".join(goal) or "–",
            ]
        )
    table = Table(
        [
            t("col_theme", lang),
            t("col_requirements", lang),
            t("col_award", lang),
            t("col_any", lang),
            t("col_target", lang),
        ],
        rows,
        ["l", "r", "r", "r", "l"],
    )
    avg_award = sum(b.award_pct for b in bars) / len(bars)
    avg_req = sum(b.requirements_pct for b in bars) / len(bars)
    notes = [t("themes_note", lang, award=pct(avg_award, lang), req=pct(avg_req, lang))]
    never = [b.name for b in bars if b.award_pct == 0 and b.any_pct > 0]
    if never:
        notes.append(t("themes_no_award", lang, themes=", ".join(never)))
    if org.cov.with_criteria:
        notes.append(t("themes_rarely" if avg_award < avg_req else "themes_often", lang))
    return bars, table, notes


def _ref(ref: ProcurementRef, lang: Lang | str) -> str:
    return t(
        "proc_ref",
        lang,
        title=ref.title,
        value=eur(ref.value_eur, lang),
        co2=tonnes(ref.co2_t, lang),
    )


def _close_cell(tf: TargetFigure, lang: Lang | str) -> str:
    p = tf.progress
    if p.met or not tf.close_with:
        return t("close_none", lang)
    parts = [_ref(r, lang) for r in tf.close_with[:MAX_CLOSE]]
    rest = len(tf.close_with) - MAX_CLOSE
    text = "; ".join(parts)
    if rest > 0:
        text += " " + t("close_more", lang, n=rest)
    if p.closes_gap is False:
        text += " (" + t("close_open", lang) + ")"
    return text


def _targets(org: OrgFigures, lang: Lang | str) -> tuple[Table | None, list[str]]:
    if not org.targets:
        return None, [t("no_targets", lang)]
    rows: list[list[str]] = []
    notes: list[str] = []
    for tf in org.targets:
        p = tf.progress
        goal = f"{metric_name(p.metric, lang)}: {t('target_by', lang, pct=pct(p.target, lang), year=p.year)}"
        if p.met is True:
            status = t("status_met", lang)
        elif p.met is False:
            status = t("status_gap", lang, gap=pct(p.gap, lang, 1))
        else:
            status = t("status_unmeasured", lang)
            if p.note:
                notes.append(
                    f"{org.theme_names[p.theme].get(lang)}, {metric_name(p.metric, lang)}: {p.note.get(lang)}"
                )
        rows.append(
            [
                org.theme_names[p.theme].get(lang),
                goal,
                pct(p.actual, lang, 1),
                status,
                _close_cell(tf, lang),
            ]
        )
    table = Table(
        [
            t("col_theme", lang),
            t("col_goal", lang),
            t("col_now", lang),
            t("col_status", lang),
            t("col_close", lang),
        ],
        rows,
        ["l", "l", "r", "l", "l"],
    )
    return table, notes


def _gaps(org: OrgFigures, lang: Lang | str, catalogue: Catalogue | None) -> Table | None:
    if not org.without_criteria:
        return None
    several = len(org.files) > 1

    def group(gid: str) -> str:
        g = catalogue.groups.get(gid) if catalogue else None
        return g.name.get(lang) if g else gid

    header = [
        t("col_procurement", lang),
        t("col_group", lang),
        t("k_spend", lang),
        t("col_co2", lang),
    ]
    align = ["l", "l", "r", "r"]
    if several:
        header.append(t("col_file", lang))
        align.append("l")
    rows = []
    for r in org.without_criteria:
        row = [r.title, group(r.product_group), eur(r.value_eur, lang), tonnes(r.co2_t, lang)]
        if several:
            row.append(r.file.replace("\\", "/").rsplit("/", 1)[-1])
        rows.append(row)
    return Table(header, rows, align)


def _diff(d: float, lang: Lang | str) -> str:
    if d > 0:
        return t("diff_above", lang, d=points(d, lang))
    if d < 0:
        return t("diff_below", lang, d=points(-d, lang))
    return t("diff_equal", lang)


def _org_view(report: Report, org: OrgFigures, lang: Lang | str, cat: Catalogue | None) -> OrgView:
    name = display_name(org)
    pos = report.positions[name]
    key = _key_figures(org, lang)
    bars, themes_table, themes_notes = _themes(org, lang)
    targets_table, targets_notes = _targets(org, lang)
    return OrgView(
        name=name,
        anchor=anchor(name),
        heading=t("org_heading", lang, name=name, kind=kind_name(org.kind, lang)),
        files=t("files", lang, files=", ".join(org.files)),
        score_line=t("score_line", lang, score=points(org.score.value, lang)),
        peer_line=t(
            "peer_line",
            lang,
            rank=pos.rank,
            size=pos.size,
            group=peer_group_name(pos.group, lang),
            median=points(pos.median, lang),
            diff=_diff(pos.difference, lang),
        ),
        key=key,
        key_table=_key_table(key, lang),
        themes=bars,
        themes_table=themes_table,
        themes_notes=themes_notes,
        targets_table=targets_table,
        targets_notes=targets_notes,
        gaps_table=_gaps(org, lang, cat),
        gaps_empty=t("no_gaps" if org.cov.procurements else "no_procurements", lang),
    )


def _ranking(report: Report, lang: Lang | str) -> tuple[Table, list[RankBar]]:
    by_name = {display_name(o): o for o in report.orgs}
    rows: list[list[str]] = []
    bars: list[RankBar] = []
    for r in report.ranking:
        org = by_name[r.name]
        pos = report.positions[r.name]
        comps = [
            fmt_number(c.value, lang, 0) if c.value is not None else "–"
            for c in org.score.components
        ]
        sign = "+" if pos.difference > 0 else ("±" if pos.difference == 0 else "−")
        rows.append(
            [
                str(r.rank),
                r.name,
                kind_name(r.kind, lang),
                points(r.score, lang),
                f"{sign}{points(abs(pos.difference), lang)}",
                *comps,
            ]
        )
        bars.append(RankBar(r.rank, r.name, kind_name(r.kind, lang), r.score, pos.median))
    header = [
        t("col_rank", lang),
        t("col_org", lang),
        t("col_kind", lang),
        t("col_score", lang),
        t("col_vs_median", lang),
        *[t("c_" + cid, lang) for cid, _ in WEIGHTS],
    ]
    align = ["r", "l", "l", "r", "r", *["r"] * len(WEIGHTS)]
    return Table(header, rows, align), bars


def build_view(report: Report, lang: Lang | str, catalogue: Catalogue | None = None) -> ReportView:
    """The report in `lang`, ready for a renderer."""
    lang = str(lang)
    catalogue = catalogue or default_catalogue()
    ranking_table, ranking = _ranking(report, lang)
    peers = Table(
        [t("col_peer_group", lang), t("col_members", lang), t("col_median", lang)],
        [
            [peer_group_name(g.kind, lang), ", ".join(g.members), points(g.median, lang)]
            for g in report.groups.values()
        ],
        ["l", "l", "r"],
    )
    return ReportView(
        lang=lang,
        title=t("title", lang),
        subtitle=t(
            "subtitle",
            lang,
            date=report.generated_on.isoformat(),
            version=report.catalogue_version,
            orgs=len(report.orgs),
            files=len(report.files),
        ),
        basis=t("basis", lang),
        problems_title=t("problems", lang),
        problems=[p.format(lang) for p in report.problems if p.severity == "error"],
        warnings_title=t("warnings", lang),
        warnings=[p.format(lang) for p in report.problems if p.severity != "error"],
        orgs=[_org_view(report, o, lang, catalogue) for o in report.orgs],
        empty=t("no_orgs", lang),
        benchmark_title=t("benchmark", lang),
        formula_title=t("formula_title", lang),
        formula=formula_text(lang),
        components=[
            f"{t('c_' + cid, lang)} ({int(w)}): {t('cd_' + cid, lang)}" for cid, w in WEIGHTS
        ],
        peers_note=t("peers_note", lang),
        ranking_title=t("ranking", lang),
        ranking_table=ranking_table,
        ranking=ranking,
        peers_title=t("peer_groups", lang),
        peers_table=peers,
        labels={
            k: t(k, lang)
            for k in (
                "overview",
                "key_figures",
                "themes",
                "targets",
                "gaps",
                "benchmark",
                "chart_themes",
                "chart_ranking",
                "legend_any",
                "legend_award",
                "legend_target",
                "legend_median",
                "legend_award_target",
                "short_award",
                "short_target",
            )
        },
    )
