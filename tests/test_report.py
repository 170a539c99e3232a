"""`mvi report` figures, checked by hand on small plans built here.

The plan below has four procurements whose figures are worked out in the comments, so a
change in counting (by number or by value) shows up as a wrong number, not as a shrug.
Product groups: groenonderhoud 0.2 kg CO2-eq/EUR (services, no ISV risk), catering
0.8 (ISV risk), ict-hardware 0.4 (ISV risk). Sub-central EU threshold for services and
supplies in 2026-2027: EUR 216,000.
"""

from __future__ import annotations

import pytest

from mvi_tui.core.enums import OrgKind, Theme
from mvi_tui.core.planfile import parse_plan_text
from mvi_tui.export.report import plan_dashboard, render
from mvi_tui.export.report_benchmark import (
    WEIGHTS,
    composite_score,
    peer_groups,
    peer_position,
    rank,
    weighted,
)
from mvi_tui.export.report_build import build_report, display_name
from mvi_tui.export.report_data import PlanSource

PLAN_A = """
[organisation]
name = "Gemeente Testdorp"
kind = "gemeente"
yearly_spend_eur = 20000000

[ambitions.themes.isv]
level = "significant"
targets = [{ metric = "isv-coverage", value = 100, year = 2027 }]

[ambitions.themes.circulair]
level = "basis"
targets = [{ metric = "circular-share", value = 10, year = 2028 }]

# p1: 1,000,000, criteria: eis L1 milieu, award L2 milieu (20), contract L1 sroi (5%)
[[procurements]]
id = "groen"
title = "Groenonderhoud"
product_group = "groenonderhoud"
contract_type = "services"
value_eur = 1000000
start = 2027-03-01
duration_months = 48
[procurements.tender]
criteria = [
    { id = "groenonderhoud-03" },
    { id = "groenonderhoud-05", weight = 20 },
    { id = "groenonderhoud-09", parameters = { sroi_pct = 5 } },
]
[procurements.tender.award]
price_weight = 80

# p2: 300,000, one eis L1 on milieu + isv (an eis, not the ISV contract clause)
[[procurements]]
id = "catering"
title = "Catering"
product_group = "catering"
contract_type = "services"
value_eur = 300000
start = 2027-03-01
duration_months = 36
[procurements.tender]
criteria = [{ id = "catering-01" }]

# p3: 700,000 supplies, no tender; ISV risk at or above the threshold
[[procurements]]
id = "laptops"
title = "Laptops"
product_group = "ict-hardware"
contract_type = "supplies"
value_eur = 700000
start = 2027-03-01

# p4: 100,000, no tender; below the social return threshold
[[procurements]]
id = "klein-groen"
title = "Klein groen"
product_group = "groenonderhoud"
contract_type = "services"
value_eur = 100000
start = 2027-03-01
"""


@pytest.fixture(scope="module")
def plan_a():
    plan, warnings = parse_plan_text(PLAN_A, "a.toml", "en")
    assert not warnings
    return plan


@pytest.fixture(scope="module")
def figures(plan_a, catalogue):
    return plan_dashboard(plan_a, catalogue)


def test_shares_by_count_and_by_value(figures):
    c = figures.cov
    assert c.procurements == 4 and c.with_criteria == 2
    assert c.share_procurements_pct == pytest.approx(50.0)  # 2 of 4
    assert c.spend_eur == 2_100_000
    assert c.share_spend_pct == pytest.approx(100 * 1_300_000 / 2_100_000)  # 61.9
    assert c.level_share_pct == pytest.approx(25.0)  # only p1 reaches level 2
    assert c.share_award_pct == pytest.approx(100 * 1_000_000 / 2_100_000)  # 47.6


def test_themes_requirements_versus_award(figures):
    milieu = figures.cov.themes[Theme.MILIEU]
    assert milieu.spend_requirements_eur == 1_300_000  # p1 eis + p2 eis
    assert milieu.spend_award_eur == 1_000_000  # p1 award only
    assert milieu.share_requirements_pct == pytest.approx(61.904, abs=0.01)
    isv = figures.cov.themes[Theme.ISV]
    assert (isv.spend_requirements_eur, isv.spend_award_eur) == (300_000, 0)
    assert figures.cov.themes[Theme.KLIMAAT].spend_any_eur == 0


def test_co2_isv_and_social_return(figures):
    c = figures.cov
    assert c.co2_in_scope_t == pytest.approx(200 + 240 + 280 + 20)  # value x kg/EUR / 1000
    assert c.co2_covered_t == 0 and c.co2_covered_pct == 0
    assert (c.isv_risk_procurements, c.isv_covered, c.isv_coverage_pct) == (2, 0, 0.0)
    assert (c.sroi_applicable, c.sroi_applicable_eur) == (2, 1_300_000)  # p1, p2
    assert c.sroi_covered_eur == 1_000_000
    assert c.sroi_estimated_eur == pytest.approx(50_000)  # 5% of p1
    assert c.sroi_pct == pytest.approx(100 * 50_000 / 1_300_000)
    assert c.sroi_coverage_pct == pytest.approx(100 * 1_000_000 / 1_300_000)


def test_targets_name_what_closes_the_gap(figures):
    by_metric = {str(tf.progress.metric): tf for tf in figures.targets}
    isv = by_metric["isv-coverage"]
    assert isv.progress.actual == 0 and isv.progress.met is False
    assert [r.id for r in isv.close_with] == ["laptops", "catering"]  # largest first
    assert isv.close_with[0].title == "Laptops" and isv.close_with[0].co2_t == pytest.approx(280)
    circular = by_metric["circular-share"]
    assert circular.progress.gap == pytest.approx(10)
    assert [r.id for r in figures.without_criteria] == ["laptops", "klein-groen"]  # by CO2


def test_composite_score_by_hand(figures):
    # 25 x 61.905 + 20 x 25 + 15 x 47.619 + 15 x 0 (climate) + 15 x 0 (isv) + 10 x 76.923
    expected = (25 * 100 * 1.3 / 2.1 + 20 * 25 + 15 * 100 / 2.1 + 0 + 0 + 10 * 100 / 1.3) / 100
    assert figures.score.value == pytest.approx(round(expected, 1))
    assert figures.score.value == pytest.approx(35.3)
    assert composite_score(figures.cov) == figures.score


def test_components_that_do_not_apply_are_left_out():
    score = weighted(
        {"mvi_spend": 80, "level": 50, "award": 20, "climate": 40, "isv": None, "sroi": None}
    )
    assert score.value == pytest.approx((25 * 80 + 20 * 50 + 15 * 20 + 15 * 40) / 75)  # 52.0
    assert [c.applicable for c in score.components] == [True] * 4 + [False] * 2
    assert weighted({}).value == 0
    assert sum(w for _, w in WEIGHTS) == 100


def test_ranking_and_peer_medians():
    entries = [
        ("A", OrgKind.GEMEENTE, 30.0),
        ("B", OrgKind.GEMEENTE, 50.0),
        ("C", OrgKind.GEMEENTE, 70.0),
        ("P", OrgKind.PROVINCIE, 40.0),
        ("Q", OrgKind.PROVINCIE, 61.0),
        ("R", OrgKind.RIJK, 50.0),
    ]
    ranked = rank(entries)
    assert [(r.rank, r.name) for r in ranked] == [
        (1, "C"),
        (2, "Q"),
        (3, "B"),
        (3, "R"),  # equal scores share a rank
        (5, "P"),
        (6, "A"),
    ]
    groups = peer_groups(entries)
    assert groups[OrgKind.GEMEENTE].median == 50.0
    assert groups[OrgKind.PROVINCIE].median == 50.5  # even group: mean of the middle two
    assert groups[OrgKind.RIJK].median == 50.0
    assert groups[OrgKind.GEMEENTE].members == ["C", "B", "A"]
    pos = peer_position("A", OrgKind.GEMEENTE, 30.0, entries)
    assert (pos.median, pos.difference, pos.rank, pos.size) == (50.0, -20.0, 3, 3)
    assert peer_position("Q", OrgKind.PROVINCIE, 61.0, entries).difference == 10.5


def _plan(name: str, kind: str, procs: str, targets: str = ""):
    text = f'[organisation]\nname = "{name}"\nkind = "{kind}"\n{targets}\n{procs}'
    plan, _ = parse_plan_text(text, "x.toml", "en")
    return plan


PROC = """
[[procurements]]
id = "{id}"
title = "{title}"
product_group = "groenonderhoud"
contract_type = "services"
value_eur = {value}
start = 2027-03-01
"""


def test_files_of_one_organisation_are_combined(catalogue):
    one = _plan(
        "Gemeente X",
        "gemeente",
        PROC.format(id="a", title="A", value=100_000),
        '[ambitions.themes.klimaat]\ntargets = [{ metric = "spend-share", value = 40, year = 2028 }]',
    )
    two = _plan(
        "  gemeente   x ",
        "gemeente",
        PROC.format(id="a", title="A2", value=300_000) + PROC.format(id="b", title="B", value=1),
        '[ambitions.themes.klimaat]\nlevel = "ambitieus"\n'
        'targets = [{ metric = "spend-share", value = 40, year = 2028 },'
        ' { metric = "award-share", value = 20, year = 2028 }]',
    )
    other = _plan("Provincie Y", "provincie", PROC.format(id="a", title="A", value=5))
    report = build_report(
        [PlanSource(one, "dept1.toml"), PlanSource(two, "dept2.toml"), PlanSource(other, "y.toml")],
        catalogue=catalogue,
    )
    assert [display_name(o) for o in report.orgs] == ["Gemeente X", "Provincie Y"]
    x = report.orgs[0]
    assert x.files == ["dept1.toml", "dept2.toml"]
    assert x.cov.procurements == 3 and x.cov.spend_eur == 400_001
    assert [(t.progress.metric.value, t.progress.target) for t in x.targets] == [
        ("spend-share", 40),
        ("award-share", 20),
    ]
    assert {(r.file, r.id) for r in x.refs.values()} == {
        ("dept1.toml", "a"),
        ("dept2.toml", "a"),
        ("dept2.toml", "b"),
    }
    assert set(report.groups) == {OrgKind.GEMEENTE, OrgKind.PROVINCIE}
    assert report.positions["Provincie Y"].size == 1


def test_every_format_escapes_names_typed_by_people(catalogue):
    plan = _plan(
        "Gemeente <b>Pipe|Star*</b> [x](y)",
        "gemeente",
        PROC.format(id="a", title="<i>T|</i>", value=9),
    )
    report = build_report([PlanSource(plan, "evil.toml")], catalogue=catalogue)
    html = render(report, "html", "en", catalogue=catalogue)
    assert "<b>Pipe" not in html and "<i>T" not in html
    assert "&lt;b&gt;Pipe|Star*&lt;/b&gt;" in html
    md = render(report, "md", "nl", catalogue=catalogue)
    assert "Pipe\\|Star\\*" in md and "<b>" not in md
    text = render(report, "text", "en", catalogue=catalogue)
    assert "Gemeente <b>Pipe|Star*</b> [x](y)" in text  # rich markup is escaped, not eaten
    assert "\x1b[" not in text


def test_text_report_in_both_languages(figures, plan_a, catalogue):
    report = build_report([PlanSource(plan_a, "a.toml")], catalogue=catalogue)
    en = render(report, "text", "en", catalogue=catalogue)
    nl = render(report, "text", "nl", catalogue=catalogue)
    assert "2 of 4" in en and "2 van 4" in nl
    assert "Composite score 35.3 out of 100" in en
    assert "Samengestelde score 35,3 van 100" in nl
    assert "Rijk ≥ 50%" in en
    assert "✗ 100.0% to go" in en and "✗ nog 100,0%" in nl
    coloured = render(report, "text", "en", plain=False, catalogue=catalogue)
    assert "\x1b[" in coloured


def test_warnings_are_listed_apart_and_do_not_fail(plan_a, catalogue):
    from mvi_tui.core.problems import Problem

    warning = Problem("a.toml", "criterion x-1 is not in the catalogue", severity="warning")
    report = build_report([PlanSource(plan_a, "a.toml")], [warning], catalogue=catalogue)
    assert not report.failed
    text = render(report, "text", "en", catalogue=catalogue)
    assert "Warnings" in text and "Plans that could not be read" not in text
    assert "x-1 is not in the catalogue" in render(report, "md", "en", catalogue=catalogue)
