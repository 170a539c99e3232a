"""`mvi report -f json`: the report as data for other tools.

The structure is documented field by field in `docs/report.md` (with a JSON Schema that
the tests check every output against). It is stable: a field is never renamed or
removed without raising `schema_version`; new fields may be added. Percentages are 0-100
and rounded to two decimals, amounts are euros, CO2 is tonnes CO2-eq; texts (target
notes, the formula) are in the report's `language`.
"""

from __future__ import annotations

from typing import Any

from mvi_tui import __version__
from mvi_tui.core.enums import Lang, Theme
from mvi_tui.export.report_benchmark import WEIGHTS
from mvi_tui.export.report_build import Report, display_name
from mvi_tui.export.report_data import RIJK_LEVEL_TARGET_PCT, OrgFigures, TargetFigure
from mvi_tui.export.report_view import formula_text

SCHEMA_VERSION = 1


def _r(value: float | None) -> float | None:
    return None if value is None else round(float(value), 2)


def _target(tf: TargetFigure, lang: Lang | str) -> dict[str, Any]:
    p = tf.progress
    return {
        "theme": str(p.theme),
        "metric": str(p.metric),
        "target_pct": _r(p.target),
        "year": p.year,
        "description": p.description,
        "actual_pct": _r(p.actual),
        "gap_pct": _r(p.gap),
        "met": p.met,
        "closes_gap": p.closes_gap,
        "note": p.note.get(lang) if p.note else "",
        "close_with": [r.to_json() for r in tf.close_with],
    }


def _org(org: OrgFigures, report: Report, lang: Lang | str) -> dict[str, Any]:
    cov = org.cov
    name = display_name(org)
    pos = report.positions[name]
    circ = org.circular_target
    return {
        "name": name,
        "kind": str(org.kind),
        "files": list(org.files),
        "yearly_spend_eur": _r(org.yearly_spend_eur),
        "procurements": cov.procurements,
        "with_criteria": cov.with_criteria,
        "spend_eur": _r(cov.spend_eur),
        "spend_with_criteria_eur": _r(cov.spend_with_criteria_eur),
        "share_procurements_pct": _r(cov.share_procurements_pct),
        "share_spend_pct": _r(cov.share_spend_pct),
        "level_share_pct": _r(cov.level_share_pct),
        "level_reference_pct": RIJK_LEVEL_TARGET_PCT,
        "spend_award_eur": _r(cov.spend_award_eur),
        "share_award_pct": _r(cov.share_award_pct),
        "themes": [
            {
                "theme": str(theme),
                "spend_requirements_eur": _r(tc.spend_requirements_eur),
                "spend_award_eur": _r(tc.spend_award_eur),
                "spend_any_eur": _r(tc.spend_any_eur),
                "procurements_any": tc.procurements_any,
                "share_requirements_pct": _r(tc.share_requirements_pct),
                "share_award_pct": _r(tc.share_award_pct),
                "share_spend_pct": _r(tc.share_spend_pct),
                "target_pct": _r(org.theme_targets[theme].spend_pct),
                "award_target_pct": _r(org.theme_targets[theme].award_pct),
            }
            for theme in Theme
            for tc in [cov.themes[theme]]
        ],
        "circular": {
            "share_pct": _r(cov.circular_share_pct),
            "target_pct": _r(circ.value) if circ else None,
            "target_year": circ.year if circ else None,
        },
        "isv": {
            "risk_procurements": cov.isv_risk_procurements,
            "covered": cov.isv_covered,
            "coverage_pct": _r(cov.isv_coverage_pct),
        },
        "sroi": {
            "applicable": cov.sroi_applicable,
            "applicable_eur": _r(cov.sroi_applicable_eur),
            "covered": cov.sroi_covered,
            "covered_eur": _r(cov.sroi_covered_eur),
            "estimated_eur": _r(cov.sroi_estimated_eur),
            "pct": _r(cov.sroi_pct),
            "coverage_pct": _r(cov.sroi_coverage_pct),
        },
        "co2": {
            "in_scope_t": _r(cov.co2_in_scope_t),
            "covered_t": _r(cov.co2_covered_t),
            "covered_pct": _r(cov.co2_covered_pct),
        },
        "targets": [_target(tf, lang) for tf in org.targets],
        "without_criteria": [r.to_json() for r in org.without_criteria],
        "score": org.score.to_json(),
        "peer": {
            "group": str(pos.group),
            "size": pos.size,
            "median": pos.median,
            "difference": pos.difference,
            "rank": pos.rank,
        },
    }


def report_to_json(report: Report, lang: Lang | str) -> dict[str, Any]:
    """The report as plain data (see `docs/report.md` for every field)."""
    return {
        "schema_version": SCHEMA_VERSION,
        "generator": f"mvi-tui {__version__}",
        "catalogue_version": report.catalogue_version,
        "generated_on": report.generated_on.isoformat(),
        "language": str(lang),
        "files": list(report.files),
        "problems": [p.to_json() for p in report.problems],
        "organisations": [_org(o, report, lang) for o in report.orgs],
        "benchmark": {
            "formula": formula_text(lang),
            "weights": {cid: w for cid, w in WEIGHTS},
            "ranking": [
                {"rank": r.rank, "name": r.name, "kind": str(r.kind), "score": r.score}
                for r in report.ranking
            ],
            "peer_groups": [
                {"group": str(g.kind), "members": list(g.members), "median": g.median}
                for g in report.groups.values()
            ],
        },
    }
