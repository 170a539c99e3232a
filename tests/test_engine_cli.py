"""`mvi advise` and `mvi simulate` as a user runs them."""

from __future__ import annotations

import json

import pytest

from tests.conftest import EXAMPLES, run_mvi

UTRECHT = EXAMPLES / "gemeente-utrecht.toml"
GROEN_BIDS = EXAMPLES / "bids" / "groenonderhoud-2027.bids.toml"
WATERSCHAP = EXAMPLES / "waterschap-rivierenland.toml"
GEMAAL_BIDS = EXAMPLES / "bids" / "gemaal-de-blauwe-sluis.bids.toml"


def test_advise_json_contract():
    proc = run_mvi(
        "advise", "--kind", "gemeente", "--contract", "services", "--value", "300000",
        "--group", "groenonderhoud", "--date", "2026-06-01", "--months", "24", "--json",
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["threshold_eur"] == 216_000 and data["above_threshold"] is True
    assert data["procedures"][0] == "open"
    assert {"eu-notice", "sroi"} <= {o["code"] for o in data["obligations"]}
    assert data["time_limits"] and data["timetable"]["publication"] == "2026-06-01"
    assert data["group"] == "groenonderhoud"


@pytest.mark.parametrize(("lang", "words"), [("nl", "EU-drempel"), ("en", "EU threshold")])
def test_advise_text_in_the_interface_language(lang, words):
    proc = run_mvi(
        "advise", "--kind", "rijk", "--contract", "supplies", "--value", "139999",
        "--date", "2027-03-01", "--lang", lang,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert words in proc.stdout and "multiple-quote" in proc.stdout
    assert ("140.000" if lang == "nl" else "140,000") in proc.stdout


@pytest.mark.parametrize(
    "extra",
    [
        ["--value", "-5"],
        ["--value", "nan"],
        ["--value", "5", "--date", "2026-13-01"],
        ["--value", "5", "--group", "kantoormeubels"],
    ],
)
def test_advise_usage_errors_exit_2(extra):
    proc = run_mvi("advise", "--kind", "gemeente", "--contract", "works", *extra)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and proc.stderr.strip()


def test_simulate_example_text_and_json():
    proc = run_mvi(
        "simulate",
        str(UTRECHT),
        "--tender",
        "groenonderhoud-2027",
        "--bids",
        str(GROEN_BIDS),
        "--lang",
        "en",
    )
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "Winner: De Groene Schakel" in out
    assert "Explanation per bid" in out and "Sensitivity of the weights" in out
    assert "the winner changes to" in out
    proc = run_mvi(
        "simulate",
        str(WATERSCHAP),
        "--tender",
        "gemaal-de-blauwe-sluis",
        "--bids",
        str(GEMAAL_BIDS),
        "--json",
    )
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["method"] == "value-based" and data["unit"] == "eur"
    first = data["results"][0]
    assert first["rank"] == 1 and first["ladder_discount_pct"] > 0
    assert first["fictive_price_eur"] < first["price_eur"]
    assert {s["item"] for s in data["sensitivity"]} >= {"price"}


def test_simulate_bad_bids_file_names_file_and_place(tmp_path):
    syntax = tmp_path / "syntax.bids.toml"
    syntax.write_text('[[bid]]\nname = "A"\nprice_eur = = 3\n', encoding="utf-8")
    proc = run_mvi(
        "simulate", str(UTRECHT), "--tender", "groenonderhoud-2027", "--bids", str(syntax)
    )
    assert proc.returncode == 1 and f"{syntax}:3:" in proc.stderr
    content = tmp_path / "content.bids.toml"
    content.write_text(
        '[[bid]]\nname = "A"\nprice_eur = 100\nscores = { "groenonderhoud-05" = 12, "groenonderhoud-06" = 3, "groenonderhoud-99" = 1 }\n',
        encoding="utf-8",
    )
    proc = run_mvi(
        "simulate",
        str(UTRECHT),
        "--tender",
        "groenonderhoud-2027",
        "--bids",
        str(content),
        "--lang",
        "en",
    )
    assert proc.returncode == 1
    err = proc.stderr
    assert f"{content}: bid[0].scores.groenonderhoud-05:" in err
    assert (
        "bid[0].scores.groenonderhoud-99" in err
        and "no score for award criterion groenonderhoud-10" in err
    )
    assert "Traceback" not in err


def test_simulate_unknown_tender_and_missing_files(tmp_path):
    proc = run_mvi(
        "simulate", str(UTRECHT), "--tender", "nope", "--bids", str(GROEN_BIDS), "--lang", "en"
    )
    assert proc.returncode == 1 and "no procurement with id nope" in proc.stderr
    plan = tmp_path / "plan.toml"
    plan.write_text(
        '[organisation]\nname = "X"\n[[procurements]]\nid = "p"\ntitle = "P"\n'
        'product_group = "kantoormeubilair"\ncontract_type = "supplies"\nvalue_eur = 1000\n',
        encoding="utf-8",
    )
    proc = run_mvi(
        "simulate", str(plan), "--tender", "p", "--bids", str(GROEN_BIDS), "--lang", "en"
    )
    assert proc.returncode == 1 and "no tender draft" in proc.stderr
    proc = run_mvi("simulate", "missing.toml", "--tender", "x", "--bids", str(GROEN_BIDS))
    assert proc.returncode == 1 and "missing.toml" in proc.stderr and "Traceback" not in proc.stderr
