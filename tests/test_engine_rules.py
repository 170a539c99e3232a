"""Rules and warnings on small plans built with the models."""

from __future__ import annotations

from datetime import date

import pytest

from mvi_tui.core.plan import Co2Ladder, ScaleStep
from mvi_tui.core.rules import check_plan, check_procurement
from tests.engine_support import mini_catalogue, own_award, plan, procurement, tender

CAT = mini_catalogue()
ON = date(2026, 6, 1)


def codes(p, proc) -> dict[str, str]:
    return {w.code: w.severity for w in check_procurement(p, proc, CAT, ON)}


def kleding(value: float, criteria: dict, **kw):
    return procurement(
        "k",
        "kleding",
        "supplies",
        value,
        tender_=tender(criteria, method="lowest-price", motivation="Standard goods.", **kw),
    )


def test_isv_mandatory_for_rijk_at_the_central_threshold():
    proc = kleding(140_000, {"kleding-01": None})
    assert codes(plan([proc], kind="rijk"), proc)["isv-missing"] == "error"
    proc = kleding(140_000, {"kleding-01": None, "kleding-03": None})
    assert "isv-missing" not in codes(plan([proc], kind="rijk"), proc)


def test_isv_advised_for_others_only_from_their_threshold():
    proc = kleding(216_000, {"kleding-01": None})
    assert codes(plan([proc]), proc)["isv-missing"] == "warning"
    proc = kleding(215_999, {"kleding-01": None})
    assert "isv-missing" not in codes(plan([proc]), proc)


@pytest.mark.parametrize(
    ("value", "months", "criteria", "expected"),
    [
        (300_000, 12, {"groen-01": None}, True),
        (300_000, 12, {"groen-01": None, "groen-03": None}, False),
        (249_999, 12, {"groen-01": None}, False),
        (300_000, 5, {"groen-01": None}, False),
    ],
)
def test_sroi_missing(value, months, criteria, expected):
    proc = procurement(value=value, months=months, tender_=tender(criteria, price_weight=100))
    assert ("sroi-missing" in codes(plan([proc]), proc)) is expected


def test_without_a_tender_the_obligations_are_announced_as_info():
    proc = procurement("k", "kleding", "supplies", 500_000)
    found = codes(plan([proc], kind="rijk"), proc)
    assert found == {"isv-applies": "info"}
    proc = procurement(value=400_000, months=24)
    assert codes(plan([proc]), proc) == {"sroi-applies": "info"}


def test_theme_uncovered_only_for_ambition_themes_the_group_touches():
    proc = procurement(value=100_000, tender_=tender({"groen-03": None}, price_weight=100))
    p = plan([proc], levels={"klimaat": 1, "circulair": 1})
    found = [w for w in check_procurement(p, proc, CAT, ON) if w.code == "theme-uncovered"]
    assert len(found) == 1 and "klimaat" in found[0].message.en


def test_levels():
    proc = procurement(value=100_000, level=1, tender_=tender({"groen-01": None}, price_weight=100))
    found = codes(plan([proc], levels={"klimaat": 2}), proc)
    assert found["below-default-level"] == "warning"
    assert found["criteria-below-level"] == "warning"
    proc = procurement(
        value=100_000, level=2, tender_=tender({"groen-01": None, "groen-02": 60}, price_weight=40)
    )
    found = codes(plan([proc], levels={"klimaat": 2}), proc)
    assert "below-default-level" not in found and "criteria-below-level" not in found
    empty = procurement(value=100_000, tender_=tender(price_weight=100))
    assert "no-mvi-criteria" in codes(plan([empty]), empty)


@pytest.mark.parametrize(
    ("criteria", "own", "price", "ok"),
    [
        ({"groen-02": 50}, [], 40, False),
        ({"groen-02": 30}, [own_award("eigen", 30)], 40, True),
        ({"groen-02": 20, "groen-04": 20}, [], 60, True),
        ({"groen-01": None}, [], 100, True),
        ({"groen-01": None}, [], 90, False),
    ],
)
def test_weights_must_sum_to_100(criteria, own, price, ok):
    proc = procurement(value=100_000, tender_=tender(criteria, own=own, price_weight=price))
    assert ("weights-not-100" in codes(plan([proc]), proc)) is not ok


def test_weights_do_not_matter_for_lowest_price_but_motivation_does():
    proc = procurement(
        value=100_000, tender_=tender({"groen-02": 10}, method="lowest-price", price_weight=10)
    )
    found = codes(plan([proc]), proc)
    assert "weights-not-100" not in found
    assert found["motivation-missing"] == "error"
    assert found["award-criteria-unused"] == "info"
    proc.tender.award.motivation = "A standard product."
    assert "motivation-missing" not in codes(plan([proc]), proc)


def test_theme_only_minimum_points_to_the_catalogue_award_criterion():
    proc = procurement(
        value=100_000, tender_=tender({"groen-01": None, "groen-04": 20}, price_weight=80)
    )
    found = [
        w for w in check_procurement(plan([proc]), proc, CAT, ON) if w.code == "theme-only-minimum"
    ]
    assert len(found) == 1 and "groen-02" in found[0].message.en


def test_award_model_checks():
    t = tender(
        {"groen-02": None},
        own=[own_award("eigen", 40, scoring="")],
        price_weight=60,
        method="value-based",
        scale="custom",
        co2_ladder=Co2Ladder(enabled=True, version="4.0"),
    )
    proc = procurement(value=100_000, tender_=t)
    found = codes(plan([proc]), proc)
    for code, severity in {
        "award-weight-missing": "warning",
        "award-scoring-missing": "warning",
        "award-scale-missing": "error",
        "quality-value-missing": "error",
        "ladder-discounts": "warning",
    }.items():
        assert found.get(code) == severity, code
    t2 = tender(
        {"groen-02": 40},
        price_weight=60,
        price_formula="linear-ceiling",
        scale="custom",
        custom_scale=[ScaleStep(score=1, fraction=1)],
    )
    proc2 = procurement(value=100_000, tender_=t2)
    found = codes(plan([proc2]), proc2)
    assert found.get("ceiling-missing") == "error" and "award-scale-missing" not in found


def test_weight_outside_the_catalogue_range_is_info():
    proc = procurement(value=100_000, tender_=tender({"groen-02": 50}, price_weight=50))
    assert codes(plan([proc]), proc)["award-weight-range"] == "info"


def test_procedure_rules():
    t = tender({"groen-01": None}, price_weight=100)
    t.procedure = "national-open"
    above = procurement(value=300_000, months=3, tender_=t)
    assert codes(plan([above]), above)["procedure-not-allowed"] == "error"
    t2 = tender({"groen-01": None}, price_weight=100)
    t2.procedure = "single-quote"
    below = procurement(value=120_000, months=3, tender_=t2)
    assert codes(plan([below]), below)["procedure-lighter"] == "warning"
    below.tender.procedure_reason = "Only one supplier can do this."
    assert "procedure-lighter" not in codes(plan([below]), below)


def test_check_plan_puts_errors_first_and_texts_are_bilingual():
    a = procurement("a", value=100_000, tender_=tender({"groen-02": 10}, price_weight=10))
    b = procurement("b", "kleding", "supplies", 400_000)
    found = check_plan(plan([b, a], kind="rijk", levels={"klimaat": 2}), CAT, ON)
    order = {"error": 0, "warning": 1, "info": 2}
    assert [order[w.severity] for w in found] == sorted(order[w.severity] for w in found)
    assert found[0].code == "weights-not-100" and found[0].procurement_id == "a"
    for w in found:
        for text in (w.message, w.reason, w.action):
            assert text.nl and text.en and text.nl != text.en
        assert w.to_json("nl")["message"] == w.message.nl
