"""Priorities for the strategic plan and coverage against the organisation's ambitions."""

from __future__ import annotations

from datetime import date

import pytest

from mvi_tui.core.coverage import coverage, tender_level
from mvi_tui.core.enums import Level, Procedure, TargetMetric, Theme
from mvi_tui.core.plan import ChosenCriterion, Influence, Target
from mvi_tui.core.priorities import prioritise
from tests.engine_support import mini_catalogue, plan, procurement, tender

CAT = mini_catalogue()
ON = date(2026, 6, 1)


# Priorities -----------------------------------------------------------------------------


def three() -> list:
    return [
        procurement("groen", "groen", "services", 500_000),
        procurement("weg", "weg", "works", 5_000_000),
        procurement("kleding", "kleding", "supplies", 200_000),
    ]


def test_impact_and_priority_by_hand():
    rows = prioritise(plan(three()), CAT, ON)
    assert [r.procurement_id for r in rows][0] == "weg"
    weg = rows[0]
    assert weg.impact_t_co2 == pytest.approx(3000)  # 5M x 0.6 kg / 1000
    # impact share 1; influence .3 x 1 + .3 x .5 + .2 x .5 + .2 x .5 (no start) = .65
    assert weg.priority == pytest.approx(82.5)
    assert weg.proposed_level == Level.SIGNIFICANT  # high priority, innovation need only 3
    assert weg.above_threshold is False and weg.threshold_eur == 5_404_000
    assert weg.advised_procedure == Procedure.NATIONAL_OPEN
    for r in rows:
        assert 0 <= r.priority <= 100 and r.reason.nl and r.reason.en


def test_innovation_need_makes_it_ambitious_and_timing_counts():
    procs = three()
    procs[1].influence = Influence(market_position=3, innovation_need=5)
    rows = {r.procurement_id: r for r in prioritise(plan(procs), CAT, ON)}
    assert rows["weg"].priority == pytest.approx(87.5)
    assert rows["weg"].proposed_level == Level.AMBITIEUS
    soon, late, past = three()[0], three()[0], three()[0]
    soon.start, late.start, past.start = date(2027, 1, 1), date(2030, 1, 1), date(2025, 1, 1)
    for p, expected in ((soon, 1.0), (late, 0.5), (past, 0.25)):
        row = prioritise(plan([p]), CAT, ON)[0]
        assert row.components["timing"] == expected


def test_proposed_level_never_below_the_default():
    rows = {r.procurement_id: r for r in prioritise(plan(three(), levels={"klimaat": 3}), CAT, ON)}
    assert rows["groen"].proposed_level == Level.AMBITIEUS  # groen touches klimaat
    assert "3" in rows["groen"].reason.en
    assert rows["kleding"].proposed_level == Level.BASIS  # kleding does not


# Coverage -------------------------------------------------------------------------------


def coverage_plan(targets: dict | None = None, sroi_pct: float | None = None):
    t = tender({"groen-01": None, "groen-02": 40, "groen-03": None}, price_weight=60)
    if sroi_pct is not None:
        t.criteria[2] = ChosenCriterion(id="groen-03", parameters={"pct": sroi_pct})
    procs = [
        procurement("a", "groen", "services", 1_000_000, months=24, tender_=t),
        procurement(
            "b",
            "weg",
            "works",
            3_000_000,
            months=24,
            tender_=tender({"weg-01": None}, price_weight=100),
        ),
        procurement("c", "kleding", "supplies", 500_000),
        procurement("d", "groen", "services", 100_000),
    ]
    return plan(procs, levels={k: 1 for k in (targets or {})}, targets=targets)


def target(metric: str, value: float) -> dict:
    return Target(metric=TargetMetric(metric), value=value, year=2028)


def test_coverage_by_hand():
    cov = coverage(coverage_plan(), CAT, ON)
    assert (cov.procurements, cov.with_criteria) == (4, 2)
    assert cov.spend_eur == 4_600_000
    assert cov.share_procurements_pct == 50
    assert cov.share_spend_pct == pytest.approx(100 * 4.0 / 4.6)
    assert cov.level_share_pct == 25
    klimaat = cov.themes[Theme.KLIMAAT]
    assert (klimaat.spend_requirements_eur, klimaat.spend_award_eur) == (1_000_000, 1_000_000)
    assert cov.circular_share_pct == pytest.approx(100 * 3.0 / 4.6)
    assert cov.co2_in_scope_t == pytest.approx(200 + 1800 + 350 + 20)
    assert cov.co2_covered_t == pytest.approx(200)
    assert (cov.isv_risk_procurements, cov.isv_covered, cov.isv_coverage_pct) == (1, 0, 0)
    assert (cov.sroi_applicable, cov.sroi_covered) == (2, 1)
    assert cov.sroi_estimated_eur == pytest.approx(50_000)
    assert cov.sroi_pct == pytest.approx(1.25)
    assert tender_level(coverage_plan().procurements[0], CAT) == Level.SIGNIFICANT
    assert tender_level(coverage_plan().procurements[2], CAT) is None


def test_sroi_percentage_comes_from_the_criterion_parameter():
    cov = coverage(coverage_plan(sroi_pct=8), CAT, ON)
    assert cov.sroi_estimated_eur == pytest.approx(80_000)


def test_target_progress_and_the_procurements_that_close_the_gap():
    targets = {
        "sroi": [target("sroi-percent", 5)],
        "isv": [target("isv-coverage", 100)],
        "circulair": [target("circular-share", 80), target("custom", 10)],
        "klimaat": [
            target("level-share", 50),
            target("procurement-share", 100),
            target("co2-reduction", 50),
            target("spend-share", 10),
        ],
    }
    cov = coverage(coverage_plan(targets), CAT, ON)
    got = {(t.theme, t.metric): t for t in cov.targets}
    sroi = got[(Theme.SROI, TargetMetric.SROI_PERCENT)]
    assert (sroi.actual, sroi.gap, sroi.candidates, sroi.closes_gap) == (1.25, 3.75, ["b"], True)
    assert got[(Theme.ISV, TargetMetric.ISV_COVERAGE)].candidates == ["c"]
    circ = got[(Theme.CIRCULAIR, TargetMetric.CIRCULAR_SHARE)]
    # kleding touches the circular theme, so it comes first: 500k, then a for the rest
    assert circ.actual == pytest.approx(65.22, abs=0.01) and circ.candidates == ["c", "a"]
    assert got[(Theme.KLIMAAT, TargetMetric.LEVEL_SHARE)].candidates == ["b"]
    share = got[(Theme.KLIMAAT, TargetMetric.PROCUREMENT_SHARE)]
    assert share.candidates == ["b", "d", "c"] and share.closes_gap  # climate groups first
    co2 = got[(Theme.KLIMAAT, TargetMetric.CO2_REDUCTION)]
    assert co2.actual is None and co2.candidates == ["b", "c", "d"] and "200" in co2.note.en
    spend = got[(Theme.KLIMAAT, TargetMetric.SPEND_SHARE)]
    assert spend.met and spend.candidates == [] and spend.note.nl.startswith("Doel gehaald")
    assert got[(Theme.CIRCULAIR, TargetMetric.CUSTOM)].actual is None
    data = cov.to_json("nl")
    assert data["targets"][0]["note"] and data["themes"]["klimaat"]["spend_award_eur"] == 1_000_000


def test_empty_plan_has_zero_coverage_and_no_crash():
    cov = coverage(
        plan([], targets={"isv": [target("isv-coverage", 100)]}, levels={"isv": 1}), CAT, ON
    )
    assert cov.share_spend_pct == 0 and cov.isv_coverage_pct is None and cov.sroi_pct is None
    assert cov.targets[0].actual is None and cov.targets[0].note
    assert prioritise(plan([]), CAT, ON) == []


# The shipped examples ------------------------------------------------------------------


def test_engine_runs_on_every_example_plan(catalogue):
    from mvi_tui.core.advice import advise_procurement
    from mvi_tui.core.planfile import load_plan
    from mvi_tui.core.rules import check_plan
    from tests.conftest import example_plans

    plans = example_plans()
    assert plans
    for path in plans:
        p, _ = load_plan(path, "en", catalogue)
        rows = prioritise(p, catalogue, ON)
        assert len(rows) == len(p.procurements)
        for proc in p.procurements:
            advice = advise_procurement(p, proc, catalogue)
            assert advice.procedures and advice.timetable is not None
        for w in check_plan(p, catalogue, ON):
            assert w.message.en and w.action.nl
        cov = coverage(p, catalogue, ON)
        assert 0 <= cov.share_spend_pct <= 100
        assert len(cov.targets) == sum(len(a.targets) for a in p.ambitions.themes.values())


def test_example_bids_files_fit_their_tenders(catalogue):
    from mvi_tui.core.award import check_bids, load_bids_file, simulate
    from mvi_tui.core.planfile import load_plan
    from tests.conftest import EXAMPLES, example_plans

    tenders = {}
    for path in example_plans():
        p, _ = load_plan(path, "en", catalogue)
        tenders.update({proc.id: proc.tender for proc in p.tenders()})
    files = sorted((EXAMPLES / "bids").glob("*.bids.toml"))
    assert files
    for path in files:
        bids = load_bids_file(path, "en")
        assert bids.tender in tenders, path
        errors = [
            x
            for x in check_bids(tenders[bids.tender], bids.bid, str(path), catalogue)
            if x.severity == "error"
        ]
        assert errors == [], [e.format() for e in errors]
        result = simulate(tenders[bids.tender], bids.bid, catalogue, "nl")
        assert result.winner and len(result.results) == len(bids.bid)
