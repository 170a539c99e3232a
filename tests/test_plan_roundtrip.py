"""Property: any valid plan survives save -> load unchanged, and saving is idempotent."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mvi_tui.core.enums import (
    AwardMethod,
    ContractType,
    CriterionType,
    Lang,
    Level,
    OrgKind,
    PriceFormula,
    Procedure,
    ScaleKind,
    TargetMetric,
    Theme,
)
from mvi_tui.core.plan import (
    Ambitions,
    AwardModel,
    ChosenCriterion,
    Lot,
    Notes,
    Organisation,
    OwnCriterion,
    Plan,
    Procurement,
    Target,
    Tender,
    ThemeAmbition,
    Timetable,
)
from mvi_tui.core.planfile import dump_plan, parse_plan_text

ids = st.from_regex(r"[a-z0-9][a-z0-9-]{0,15}", fullmatch=True)
texts = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60)
money = st.one_of(st.integers(0, 10**12), st.floats(0, 1e12, allow_nan=False, allow_infinity=False))
percent = st.floats(0, 100, allow_nan=False)
dates = st.dates(date(2020, 1, 1), date(2040, 12, 31))

CRITERIA = ["kantoormeubilair-01", "kantoormeubilair-02", "kantoormeubilair-03"]
GROUPS = ["kantoormeubilair"]

targets = st.builds(
    Target,
    metric=st.sampled_from(TargetMetric),
    value=percent,
    year=st.integers(2000, 2100),
    description=texts,
)
ambitions = st.builds(
    Ambitions,
    preset=st.sampled_from(["", "manifest", "rijk"]),
    themes=st.dictionaries(
        st.sampled_from(Theme),
        st.builds(ThemeAmbition, level=st.sampled_from(Level), targets=st.lists(targets, max_size=2), note=texts),
        max_size=6,
    ),
)
award = st.builds(
    AwardModel,
    method=st.sampled_from(AwardMethod),
    price_weight=percent,
    price_formula=st.sampled_from(PriceFormula),
    ceiling_price_eur=st.none() | money,
    scale=st.sampled_from(ScaleKind),
    motivation=texts,
)
chosen = st.builds(
    ChosenCriterion,
    id=st.sampled_from(CRITERIA),
    text=texts,
    parameters=st.dictionaries(st.sampled_from(["aandeel_pct", "jaren_na_einde"]), st.integers(0, 100) | texts, max_size=2),
    weight=st.none() | percent,
)
own = st.builds(
    OwnCriterion,
    id=ids,
    type=st.sampled_from(CriterionType),
    level=st.sampled_from(Level),
    themes=st.lists(st.sampled_from(Theme), max_size=3, unique=True),
    title=texts.filter(str.strip).map(lambda s: s[:60] or "x"),
    text=texts.filter(bool),
    weight=st.none() | percent,
)
tender = st.builds(
    Tender,
    procedure=st.none() | st.sampled_from(Procedure),
    criteria=st.lists(chosen, max_size=3, unique_by=lambda c: c.id),
    own_criteria=st.lists(own, max_size=2, unique_by=lambda c: c.id),
    award=award,
    timetable=st.builds(Timetable, publication=st.none() | dates, submission_deadline=st.none() | dates),
    notes=texts,
)
procurement = st.builds(
    Procurement,
    id=ids,
    title=texts.filter(bool),
    product_group=st.sampled_from(GROUPS),
    contract_type=st.sampled_from(ContractType),
    value_eur=money,
    start=st.none() | dates,
    duration_months=st.integers(1, 600),
    options_months=st.integers(0, 600),
    description=texts,
    lots=st.lists(st.builds(Lot, id=ids, title=texts, value_eur=money), max_size=2, unique_by=lambda lot: lot.id),
    level=st.none() | st.sampled_from(Level),
    tender=st.none() | tender,
)
plans = st.builds(
    Plan,
    organisation=st.builds(
        Organisation,
        name=texts,
        kind=st.sampled_from(OrgKind),
        yearly_spend_eur=money,
        language=st.sampled_from(Lang),
    ),
    ambitions=ambitions,
    procurements=st.lists(procurement, max_size=3, unique_by=lambda p: p.id),
    notes=st.builds(Notes, plan=texts, print_in_export=st.booleans()),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans)
def test_save_load_round_trip(plan: Plan):
    text = dump_plan(plan, catalogue_version="test")
    again, _ = parse_plan_text(text, "roundtrip.toml")
    assert again.model_dump(exclude={"meta"}) == plan.model_dump(exclude={"meta"})
    assert dump_plan(again, catalogue_version="test") == text
