"""Award models, the bid simulation and its sensitivity analysis, bids files."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mvi_tui.core.award import (
    Bid,
    ScoreError,
    award_items,
    check_bids,
    fictive_price,
    ladder_discount_pct,
    load_bids,
    price_points,
    scale_fraction,
    simulate,
)
from mvi_tui.core.enums import AwardMethod, ScaleKind
from mvi_tui.core.lcc import LccItem
from mvi_tui.core.plan import Co2Ladder, LccInputs, ScaleStep
from mvi_tui.core.problems import InputError
from tests.engine_support import mini_catalogue, own_award, tender

CAT = mini_catalogue()


# Hand-worked examples from shared/domain/MVI.md ----------------------------------------


def test_ladder_level_3_on_30_million_is_evaluated_as_28_8_million():
    ladder = Co2Ladder(enabled=True)  # version 3.1, discounts 1/2/4/7/10
    pct = ladder_discount_pct(3, ladder)
    assert pct == 4
    assert fictive_price(30_000_000, 0, pct) == pytest.approx(28_800_000)
    t = tender(method="lowest-price", co2_ladder=ladder)
    result = simulate(t, [Bid(name="A", price_eur=30e6, ladder_level=3)], CAT, "en")
    assert result.results[0].evaluated_price_eur == pytest.approx(28.8e6)
    assert "28,800,000" in " ".join(result.results[0].explanation)


def test_price_80000_with_quality_value_1500_gives_fictive_price_78500():
    assert fictive_price(80_000, 1_500) == 78_500
    # the same through the value-based model: one criterion worth EUR 1,500 at most
    t = tender(
        own=[own_award("q", 40)], method="value-based", price_weight=60, quality_value_eur=1500
    )
    result = simulate(t, [Bid(name="A", price_eur=80_000, scores={"q": 10})], CAT, "nl")
    assert result.results[0].fictive_price_eur == pytest.approx(78_500)
    assert "EUR 78.500" in result.results[0].explanation[-1]


def test_ladder_defaults_version_4_and_bad_levels():
    ladder = Co2Ladder(enabled=True)
    assert [ladder_discount_pct(n, ladder) for n in range(1, 6)] == [1, 2, 4, 7, 10]
    assert ladder_discount_pct(None, ladder) == 0 == ladder_discount_pct(0, ladder)
    assert ladder_discount_pct(5, Co2Ladder(enabled=False)) == 0
    treden = Co2Ladder(enabled=True, version="4.0", discounts_pct=[2, 5, 10])
    assert ladder_discount_pct(3, treden) == 10
    with pytest.raises(ScoreError):
        ladder_discount_pct(4, treden)
    with pytest.raises(ScoreError):
        ladder_discount_pct(2, Co2Ladder(enabled=True, version="4.0", discounts_pct=[2]))


# Price formulas and scales --------------------------------------------------------------


def test_price_points_relative_and_linear_ceiling():
    assert price_points(100, 100, formula="relative-lowest", max_points=40) == 40
    assert price_points(125, 100, formula="relative-lowest", max_points=40) == pytest.approx(32)
    kw = {"formula": "linear-ceiling", "max_points": 40, "ceiling": 200}
    assert price_points(100, 100, **kw) == 40
    assert price_points(150, 100, **kw) == pytest.approx(20)
    assert price_points(200, 100, **kw) == 0
    assert price_points(250, 100, **kw) == 0
    assert price_points(120, 100, formula="linear-ceiling", max_points=40) == 0


def test_scales():
    assert scale_fraction(7, ScaleKind.ZERO_TEN) == pytest.approx(0.7)
    steps = [scale_fraction(s, "progressive") for s in (3, 2, 1, 0, -1)]
    assert steps == [1.0, 0.6, 0.25, 0.0, -0.5]
    custom = [ScaleStep(score=1, fraction=0.2), ScaleStep(score=5, fraction=1.0)]
    assert scale_fraction(5, "custom", custom) == 1.0
    for bad, scale, extra in (
        (11, "0-10", ()),
        (-1, "0-10", ()),
        (4, "progressive", ()),
        (2, "custom", custom),
        (1, "custom", ()),
    ):
        with pytest.raises(ScoreError) as err:
            scale_fraction(bad, scale, extra)
        assert err.value.text.nl and err.value.text.en


# Methods --------------------------------------------------------------------------------


def bids3() -> list[Bid]:
    return [
        Bid(name="A", price_eur=100_000, scores={"q1": 6, "q2": 8}, ladder_level=3),
        Bid(name="B", price_eur=90_000, scores={"q1": 5, "q2": 4}),
        Bid(name="C", price_eur=120_000, scores={"q1": 9, "q2": 9}, ladder_level=5),
    ]


def quality_tender(**award) -> object:
    return tender(own=[own_award("q1", 30), own_award("q2", 30)], price_weight=40, **award)


def test_weighted_points_by_hand():
    result = simulate(quality_tender(co2_ladder=Co2Ladder(enabled=True)), bids3(), CAT, "en")
    totals = {r.name: r.total for r in result.results}
    # A: 96,000 evaluated; price 90,000/96,000 x 40 = 37.5; quality 0.6x30 + 0.8x30 = 42
    assert totals["A"] == pytest.approx(79.5)
    # B: 40 + 15 + 12 = 67; C: 90,000/108,000 x 40 = 33.33 + 27 + 27
    assert totals["B"] == pytest.approx(67)
    assert totals["C"] == pytest.approx(40 * 90 / 108 + 54)
    assert [r.name for r in result.results] == ["C", "A", "B"]
    assert result.winner == "C" and not result.tie
    assert len(result.results[0].explanation) >= 5


def test_value_based_by_hand():
    t = quality_tender(
        method="value-based", quality_value_eur=20_000, co2_ladder=Co2Ladder(enabled=True)
    )
    result = simulate(t, bids3(), CAT, "en")
    fictive = {r.name: r.fictive_price_eur for r in result.results}
    # each criterion worth 10,000: A 96,000 - 6,000 - 8,000
    assert fictive == pytest.approx({"A": 82_000, "B": 81_000, "C": 90_000})
    assert result.winner == "B" and not result.higher_is_better


def test_price_quality_ratio_and_lowest_price():
    result = simulate(quality_tender(method="price-quality-ratio"), bids3(), CAT, "en")
    # ratios: A 42/100k, B 27/90k, C 54/120k -> C 0.45, A 0.42, B 0.30 per 1,000
    assert [r.name for r in result.results] == ["C", "A", "B"]
    assert result.results[0].total == pytest.approx(100)
    assert result.results[1].total == pytest.approx(100 * 0.42 / 0.45)
    cheapest = simulate(tender(method="lowest-price"), bids3(), CAT, "en")
    assert cheapest.winner == "B" and cheapest.sensitivity == []


def test_lowest_cost_uses_life_cycle_cost():
    inputs = LccInputs(
        years=10,
        discount_rate_pct=0,
        energy_price_eur_kwh=0.2,
        energy_price_change_pct=0,
        co2_price_eur_t=0,
    )
    t = tender(method="lowest-cost", lcc=inputs, motivation="Energy dominates the cost.")
    bids = [
        Bid(
            name="Cheap",
            price_eur=10_000,
            lcc=LccItem(purchase_eur=10_000, energy_kwh_per_year=10_000),
        ),
        Bid.model_validate(
            {"name": "Frugal", "price_eur": 14_000, "lcc": {"energy_kwh_per_year": 2_000}}
        ),
    ]
    result = simulate(t, bids, CAT, "en")
    assert result.winner == "Frugal"  # 14,000 + 4,000 against 10,000 + 20,000
    assert {r.name: r.total for r in result.results} == pytest.approx(
        {"Frugal": 18_000, "Cheap": 30_000}
    )


def test_tie_gets_equal_rank():
    bids = [
        Bid(name="X", price_eur=100, scores={"q1": 5, "q2": 5}),
        Bid(name="Y", price_eur=100, scores={"q1": 5, "q2": 5}),
    ]
    result = simulate(quality_tender(), bids, CAT, "en")
    assert result.tie and [r.rank for r in result.results] == [1, 1]


def test_award_items_take_catalogue_and_own_award_criteria():
    t = tender({"groen-01": None, "groen-02": 20, "groen-04": None}, own=[own_award("eigen", 10)])
    items = award_items(t, CAT, "en")
    assert [(i.id, i.weight, i.weight_set) for i in items] == [
        ("groen-02", 20, True),
        ("groen-04", 0, False),
        ("eigen", 10, True),
    ]


# Sensitivity ----------------------------------------------------------------------------


def winner_at(t, bids, k: int, x: float) -> str:
    """Brute force: set weight k to x, rescale the others proportionally, re-run."""
    weights = [t.award.price_weight] + [c.weight for c in t.own_criteria]
    top = sum(weights)
    rest = top - weights[k]
    new = [x if j == k else w * (top - x) / rest for j, w in enumerate(weights)]
    t2 = t.model_copy(deep=True)
    t2.award.price_weight = new[0]
    for c, w in zip(t2.own_criteria, new[1:], strict=True):
        c.weight = w
    return simulate(t2, bids, CAT, "en").winner


def test_sensitivity_by_hand():
    result = simulate(quality_tender(co2_ladder=Co2Ladder(enabled=True)), bids3(), CAT, "en")
    price = result.sensitivity[0]
    assert price.item == "price" and price.weight == 40
    # C(x) = (250/3)x/100 + 0.9(100-x); A(x) = 93.75x/100 + 0.7(100-x): equal at x = 65.753;
    # shown rounded away from the current weight, so at 65.76% A has indeed taken over.
    assert price.switch_at == pytest.approx(65.76, abs=1e-9)
    assert price.new_winner == "A"
    assert result.sensitivity[2].switch_at is None
    assert "65.76%" in price.text("en") and "65,76%" in price.text("nl")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    prices=st.lists(st.integers(50_000, 200_000), min_size=2, max_size=4),
    scores=st.lists(st.tuples(st.integers(0, 10), st.integers(0, 10)), min_size=4, max_size=4),
    weights=st.tuples(st.integers(5, 45), st.integers(5, 45)),
    method=st.sampled_from(
        [AwardMethod.WEIGHTED_POINTS, AwardMethod.VALUE_BASED, AwardMethod.PRICE_QUALITY_RATIO]
    ),
    linear=st.booleans(),
)
def test_sensitivity_matches_brute_force(prices, scores, weights, method, linear):
    t = tender(
        own=[own_award("q1", weights[0]), own_award("q2", weights[1])],
        price_weight=100 - sum(weights),
        method=method,
        quality_value_eur=30_000,
        price_formula="linear-ceiling" if linear else "relative-lowest",
        ceiling_price_eur=220_000,
    )
    top = t.award.price_weight + sum(weights)
    bids = [
        Bid(name=f"B{i}", price_eur=p, scores={"q1": scores[i][0], "q2": scores[i][1]})
        for i, p in enumerate(prices)
    ]
    result = simulate(t, bids, CAT, "en")
    if result.tie:
        return
    for k, s in enumerate(result.sensitivity):
        if s.weight >= top - 1e-9:
            continue
        if s.switch_at is None:
            for x in (0, top * 0.25, top * 0.5, top * 0.75, top):
                w = winner_at(t, bids, k, x)
                assert w == result.winner or _tied(t, bids, k, x)
            continue
        side = 1 if s.switch_at > s.weight else -1
        beyond = s.switch_at + side * 0.02
        if 0 <= beyond <= top:
            assert winner_at(t, bids, k, beyond) == s.new_winner
        else:  # a change only at 0 or at the top, where the quality weight runs out
            assert winner_at(t, bids, k, s.switch_at) == s.new_winner
        midway = (s.weight + s.switch_at) / 2
        assert winner_at(t, bids, k, midway) == result.winner


def _tied(t, bids, k, x) -> bool:
    weights = [t.award.price_weight] + [c.weight for c in t.own_criteria]
    top = sum(weights)
    rest = top - weights[k]
    t2 = t.model_copy(deep=True)
    new = [x if j == k else w * (top - x) / rest for j, w in enumerate(weights)]
    t2.award.price_weight = new[0]
    for c, w in zip(t2.own_criteria, new[1:], strict=True):
        c.weight = w
    return simulate(t2, bids, CAT, "en").tie


# Properties -----------------------------------------------------------------------------


bid_lists = st.lists(
    st.tuples(
        st.floats(1_000, 10_000_000, allow_nan=False),
        st.integers(0, 10),
        st.integers(0, 10),
        st.sampled_from([None, 1, 2, 3, 4, 5]),
    ),
    min_size=2,
    max_size=6,
)


def make_bids(rows, factor: float = 1.0) -> list[Bid]:
    return [
        Bid(name=f"B{i}", price_eur=p * factor, scores={"q1": a, "q2": b}, ladder_level=lv)
        for i, (p, a, b, lv) in enumerate(rows)
    ]


@settings(max_examples=60, deadline=None)
@given(rows=bid_lists, factor=st.floats(0.01, 100), price_weight=st.integers(0, 100))
def test_ranking_unchanged_when_all_prices_scale(rows, factor, price_weight):
    rest = 100 - price_weight
    t = tender(
        own=[own_award("q1", rest / 2), own_award("q2", rest / 2)],
        price_weight=price_weight,
        co2_ladder=Co2Ladder(enabled=True),
    )
    before = simulate(t, make_bids(rows), CAT, "en")
    after = simulate(t, make_bids(rows, factor), CAT, "en")
    assert [(r.name, r.rank) for r in before.results] == [(r.name, r.rank) for r in after.results]


@settings(max_examples=60, deadline=None)
@given(rows=bid_lists, w1=st.integers(0, 100))
def test_price_weight_zero_ranks_by_quality_alone(rows, w1):
    t = tender(own=[own_award("q1", w1), own_award("q2", 100 - w1)], price_weight=0)
    result = simulate(t, make_bids(rows), CAT, "en")
    quality = {f"B{i}": a * w1 + b * (100 - w1) for i, (_, a, b, _) in enumerate(rows)}
    for r in result.results:
        better = sum(1 for q in quality.values() if q > quality[r.name])
        assert r.rank == better + 1


# Bids files -----------------------------------------------------------------------------


def test_load_bids_and_check_against_the_tender(tmp_path):
    path = tmp_path / "x.bids.toml"
    path.write_text(
        'tender = "p1"\n[[bid]]\nname = "A"\nprice_eur = 1000\nscores = { q1 = 7, q9 = 3 }\n'
        'ladder_level = 6\n[[bid]]\nname = "B"\nprice_eur = 900\nscores = { q1 = 11, q2 = 2 }\n'
        "[bid.lcc]\nenergy_kwh_per_year = 100\n",
        encoding="utf-8",
    )
    bids = load_bids(path)
    assert bids[1].lcc.purchase_eur == 900
    t = quality_tender(co2_ladder=Co2Ladder(enabled=True))
    found = {p.path: p.message for p in check_bids(t, bids, str(path), CAT, "en")}
    assert "bid[0].scores.q9" in found and "bid[0].ladder_level" in found
    assert "bid[0].scores" in found  # q2 missing
    assert "bid[1].scores.q1" in found and "outside the scale" in found["bid[1].scores.q1"]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ('[[bid]]\nname = "A"\nprice_eur = \n', ":3:"),
        ('[[bid]]\nname = "A"\nprice_eur = -5\n', "bid[0].price_eur"),
        ('[[bid]]\nname = "A"\nprice_eur = 5\npryce = 3\n', "bid[0].pryce"),
        ('[[bid]]\nname = "A"\nprice_eur = 5\n[[bid]]\nname = "a"\nprice_eur = 6\n', "bid[1].name"),
        ('tender = "x"\n', "[[bid]]"),
    ],
)
def test_bad_bids_files_name_file_and_place(tmp_path, text, where):
    path = tmp_path / "bad.bids.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_bids(path, "en")
    formatted = [p.format() for p in err.value.problems]
    assert any(where in f and str(path) in f for f in formatted), formatted
