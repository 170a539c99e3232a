"""Thresholds, procedure advice, obligations, time limits and the draft timetable."""

from __future__ import annotations

from datetime import date

import pytest

from mvi_tui.core import reference
from mvi_tui.core.advice import (
    advise,
    advise_procurement,
    band_for,
    draft_timetable,
    reference_date,
)
from mvi_tui.core.enums import ContractType, OrgKind, Procedure
from mvi_tui.core.lcc import default_lcc_inputs
from mvi_tui.core.plan import LccInputs, ValueBand
from mvi_tui.core.thresholds import threshold_for
from tests.engine_support import mini_catalogue, plan, procurement, tender

# The amounts from shared/domain/MVI.md, typed in by hand: the tables must agree.
EXPECTED = {
    "2024-2025": {"works": 5_538_000, "central": 143_000, "sub": 221_000, "social": 750_000},
    "2026-2027": {"works": 5_404_000, "central": 140_000, "sub": 216_000, "social": 750_000},
}
DAYS = {"2024-2025": date(2025, 6, 1), "2026-2027": date(2026, 6, 1)}


def expected_amount(period: str, kind: OrgKind, contract: ContractType) -> int:
    row = EXPECTED[period]
    if contract == ContractType.WORKS:
        return row["works"]
    if contract == ContractType.SOCIAL_SERVICES:
        return row["social"]
    return row["central"] if kind == OrgKind.RIJK else row["sub"]


CASES = [(p, k, c) for p in EXPECTED for k in OrgKind for c in ContractType]


@pytest.mark.parametrize(("period", "kind", "contract"), CASES)
def test_threshold_one_euro_below_and_at_the_amount(period, kind, contract):
    on = DAYS[period]
    amount = expected_amount(period, kind, contract)
    threshold = threshold_for(kind, contract, on)
    assert threshold.amount_eur == amount
    assert threshold.period == period
    assert threshold.central is (kind == OrgKind.RIJK)
    assert not threshold.provisional
    below = advise(kind, contract, amount - 1, on=on)
    at = advise(kind, contract, amount, on=on)
    assert (below.above_threshold, at.above_threshold) == (False, True)
    assert below.threshold_eur == at.threshold_eur == amount
    assert not any(p.code in ("open", "restricted") for p in below.procedures)
    assert at.procedures[0].code == Procedure.OPEN
    assert at.obligation("eu-notice") is not None and below.obligation("eu-notice") is None


def test_period_boundaries_and_dates_outside_the_table():
    assert threshold_for("gemeente", "supplies", date(2025, 12, 31)).amount_eur == 221_000
    assert threshold_for("gemeente", "supplies", date(2026, 1, 1)).amount_eur == 216_000
    late = threshold_for("gemeente", "supplies", date(2031, 5, 1))
    assert late.provisional and late.period == "2026-2027"
    early = threshold_for("rijk", "supplies", date(2019, 1, 1))
    assert early.provisional and early.period == "2024-2025"
    advice = advise("gemeente", "supplies", 100, on=date(2031, 5, 1))
    assert advice.notes and "2031-05-01" in advice.notes[0].en


def test_advise_json_has_the_contract_keys():
    data = advise("rijk", "services", 300_000, on=date(2026, 3, 2), months=12).to_json("en")
    for key in ("threshold_eur", "above_threshold", "procedures", "obligations", "time_limits"):
        assert key in data
    assert data["procedures"][:2] == ["open", "restricted"]
    assert data["timetable"]["publication"] == "2026-03-02"
    codes = {o["code"] for o in data["obligations"]}
    assert {"eu-notice", "espd", "standstill", "sroi"} <= codes


@pytest.mark.parametrize(
    ("contract", "value", "first"),
    [
        ("supplies", 49_999, "single-quote"),
        ("supplies", 50_000, "multiple-quote"),
        ("supplies", 215_999, "multiple-quote"),
        ("works", 149_999, "single-quote"),
        ("works", 150_000, "multiple-quote"),
        ("works", 1_499_999, "multiple-quote"),
        ("works", 1_500_000, "national-open"),
    ],
)
def test_default_value_bands(contract, value, first):
    advice = advise("gemeente", contract, value, on=date(2026, 6, 1))
    assert advice.procedures[0].code == first
    ranks = [reference.procedures().get(p.code).rank for p in advice.procedures]
    assert ranks == sorted(ranks), "heavier alternatives follow the band's procedure"


def test_own_value_bands_override_per_contract_type():
    bands = [
        ValueBand(contract_type="supplies", max_eur=30_000, procedure="single-quote"),
        ValueBand(contract_type="supplies", max_eur=100_000, procedure="multiple-quote"),
    ]
    assert band_for(ContractType.SUPPLIES, 40_000, bands)[0] == Procedure.MULTIPLE_QUOTE
    procedure, _, own, fallback = band_for(ContractType.SUPPLIES, 150_000, bands)
    assert (procedure, own, fallback) == (Procedure.NATIONAL_OPEN, True, True)
    # works has no own band: the default table still applies
    assert band_for(ContractType.WORKS, 100_000, bands)[0] == Procedure.SINGLE_QUOTE


def test_isv_mandatory_for_rijk_advised_for_others_only_at_threshold():
    cat = mini_catalogue()
    on = date(2026, 6, 1)
    rijk = advise("rijk", "supplies", 140_000, group="kleding", on=on, catalogue=cat)
    assert rijk.obligation("isv").mandatory
    gemeente = advise("gemeente", "supplies", 216_000, group="kleding", on=on, catalogue=cat)
    assert not gemeente.obligation("isv").mandatory
    assert (
        advise("gemeente", "supplies", 215_999, group="kleding", on=on, catalogue=cat).obligation(
            "isv"
        )
        is None
    )
    assert (
        advise("rijk", "supplies", 900_000, group="groen", on=on, catalogue=cat).obligation("isv")
        is None
    )
    with pytest.raises(KeyError):
        advise("rijk", "supplies", 1, group="nope", catalogue=cat)


@pytest.mark.parametrize(
    ("contract", "value", "months", "applies"),
    [
        ("works", 250_000, 6, True),
        ("services", 250_000, 6, True),
        ("services", 249_999, 12, False),
        ("services", 250_000, 5, False),
        ("supplies", 900_000, 24, False),
        ("works", 300_000, None, True),
    ],
)
def test_social_return_from_250k_and_six_months(contract, value, months, applies):
    advice = advise("provincie", contract, value, on=date(2026, 6, 1), months=months)
    assert (advice.obligation("sroi") is not None) is applies


def test_social_services_light_regime():
    advice = advise("gemeente", "social-services", 800_000, on=date(2026, 6, 1))
    assert advice.above_threshold
    assert advice.obligation("eu-notice").mandatory
    assert not advice.obligation("espd").mandatory


def test_time_limits_of_the_open_procedure():
    advice = advise("gemeente", "services", 400_000, on=date(2026, 6, 1))
    limits = {t.code: t for t in advice.time_limits}
    assert limits["submission"].days == 45 and limits["submission"].legal
    assert limits["electronic-reduction"].days == 5
    assert limits["standstill"].days == 20 and limits["standstill"].legal
    assert "45" in limits["submission"].text.nl and "45" in limits["submission"].text.en


def test_draft_timetable_open_procedure_by_hand():
    # Monday 2 March 2026 + 45 days = Thursday 16 April; NvI 10 days before = Monday 6 April;
    # questions 7 days before that = Monday 30 March; evaluation 21 days = Thursday 7 May;
    # standstill 20 days = Wednesday 27 May; contract the day after.
    tt = draft_timetable(Procedure.OPEN, date(2026, 3, 2))
    assert tt.submission_deadline == date(2026, 4, 16)
    assert tt.nvi == date(2026, 4, 6)
    assert tt.questions_deadline == date(2026, 3, 30)
    assert tt.award_intended == date(2026, 5, 7)
    assert tt.standstill_end == date(2026, 5, 27)
    assert tt.contract_start == date(2026, 5, 28)


def test_draft_timetable_restricted_and_weekend_deadlines():
    tt = draft_timetable(Procedure.RESTRICTED, date(2026, 3, 2))
    # requests 30 days + selection 14 = 15 April (Wednesday); bids 40 days later = 25 May
    assert tt.submission_deadline == date(2026, 5, 25)
    # a deadline that falls on a Saturday moves to the Monday after
    tt = draft_timetable(Procedure.SINGLE_QUOTE, date(2026, 3, 4))  # + 10 = Saturday 14th
    assert tt.submission_deadline == date(2026, 3, 16)
    assert tt.publication < tt.questions_deadline <= tt.nvi < tt.submission_deadline
    assert tt.standstill_end is None


def test_every_procedure_gets_an_ordered_timetable():
    for procedure in Procedure:
        if procedure == Procedure.NEGOTIATED_WITHOUT_CALL:
            continue
        tt = draft_timetable(procedure, date(2026, 9, 7))
        assert tt.publication < tt.questions_deadline <= tt.nvi < tt.submission_deadline
        assert tt.submission_deadline < tt.award_intended < tt.contract_start, procedure


def test_advise_procurement_uses_plan_bands_dates_and_motivation():
    cat = mini_catalogue()
    proc = procurement(
        "p",
        "groen",
        "services",
        180_000,
        months=24,
        start=date(2027, 1, 1),
        tender_=tender(method="lowest-price"),
    )
    p = plan([proc])
    p.organisation.value_bands = [
        ValueBand(contract_type="services", max_eur=100_000, procedure="multiple-quote")
    ]
    advice = advise_procurement(p, proc, cat)
    assert reference_date(proc) == date(2027, 1, 1)
    assert advice.period == "2026-2027"
    assert advice.procedures[0].code == Procedure.NATIONAL_OPEN
    assert advice.obligation("motivate-award").mandatory


def test_innovation_brings_innovation_procedures_forward():
    plain = [p.code for p in advise("rijk", "works", 9e6, on=date(2026, 6, 1)).procedures]
    bold = [
        p.code
        for p in advise("rijk", "works", 9e6, on=date(2026, 6, 1), innovation=True).procedures
    ]
    assert Procedure.INNOVATION_PARTNERSHIP not in plain
    assert bold.index(Procedure.INNOVATION_PARTNERSHIP) < bold.index(Procedure.NEGOTIATED_WITH_CALL)


def test_reference_tables_are_valid_dated_and_bilingual():
    assert reference.check_all() == []
    assert reference.check_all(mini_catalogue()) == []
    table = reference.procedures()
    for procedure in Procedure:
        assert table.get(procedure).name.nl and table.get(procedure).name.en
    assert reference.lcc().co2_price.date and reference.lcc().co2_price.source.en


def test_lcc_defaults_match_the_plan_model():
    """Plan files start from LccInputs(); the table is the documented source of the figures."""
    assert default_lcc_inputs() == LccInputs()


def test_texts_are_bilingual_and_differ():
    advice = advise("rijk", "works", 9e6, group=None, on=date(2026, 6, 1), months=24)
    texts = [p.reason for p in advice.procedures] + [o.text for o in advice.obligations]
    texts += [t.text for t in advice.time_limits]
    for text in texts:
        assert text.nl and text.en and text.nl != text.en
    assert "EUR 9.000.000" in advice.procedures[0].reason.nl
    assert "EUR 9,000,000" in advice.procedures[0].reason.en


def test_chosen_procedure_sets_time_limits_and_timetable():
    cat = mini_catalogue()
    t = tender(price_weight=100)
    t.procedure = Procedure.RESTRICTED
    t.timetable.publication = date(2026, 3, 2)
    proc = procurement("p", "groen", "services", 900_000, tender_=t)
    advice = advise_procurement(plan([proc]), proc, cat)
    assert advice.procedures[0].code == Procedure.OPEN
    assert "requests" in {limit.code for limit in advice.time_limits}
    assert advice.timetable.submission_deadline == date(2026, 5, 25)
