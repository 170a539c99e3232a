"""The catalogue loader: the built-in catalogue loads, broken catalogues are reported per file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mvi_tui.core.catalogue import builtin_root, load_catalogue
from mvi_tui.core.enums import Level, Theme
from mvi_tui.core.problems import InputError


def copy_catalogue(tmp_path: Path) -> Path:
    root = tmp_path / "cat"
    shutil.copytree(builtin_root(), root, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    return root


def test_builtin_catalogue_loads(catalogue):
    assert set(catalogue.themes) == set(Theme)
    assert set(catalogue.levels) == set(Level)
    assert {"starter", "manifest", "rijk", "koploper"} <= set(catalogue.presets)
    assert len(catalogue.clusters) == 6
    assert len(catalogue.isv_categories) == 10
    assert catalogue.version


def test_filter_and_search(catalogue):
    group = "kantoormeubilair"
    rows = catalogue.filter(group=group)
    assert rows and all(c.group == group for c in rows)
    award = catalogue.filter(group=group, type="gunningscriterium")
    assert award and all(c.is_award() for c in award)
    hits = catalogue.filter(query="FSC")
    assert any(c.id == "kantoormeubilair-01" for c in hits)
    assert catalogue.filter(query="zzz-no-such-word") == []


def test_suggest_close_ids(catalogue):
    assert "kantoormeubilair-02" in catalogue.suggest("kantoormeubilair-2")


def test_broken_catalogue_reports_every_problem_with_its_file(tmp_path):
    root = copy_catalogue(tmp_path)
    group_file = root / "groups" / "kantoor" / "kantoormeubilair.toml"
    text = group_file.read_text(encoding="utf-8")
    text = text.replace('type = "eis"', 'type = "wens"', 1).replace('cluster = "kantoor"', 'cluster = "kantoren"')
    group_file.write_text(text, encoding="utf-8")
    (root / "groups" / "kantoor" / "kapot.toml").write_text("[group\nid=1", encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_catalogue(root)
    lines = [p.format() for p in err.value.problems]
    assert any("kapot.toml:1:" in line for line in lines), lines
    assert any("kantoormeubilair.toml" in line and "criterion[0].type" in line for line in lines), lines
    assert any("kantoormeubilair.toml" in line and "group.cluster" in line for line in lines), lines


def test_duplicate_criterion_id_is_reported(tmp_path):
    root = copy_catalogue(tmp_path)
    src = root / "groups" / "kantoor" / "kantoormeubilair.toml"
    text = src.read_text(encoding="utf-8")
    text = text.replace('id = "kantoormeubilair-02"', 'id = "kantoormeubilair-01"')
    src.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_catalogue(root)
    assert any("kantoormeubilair-01" in p.message for p in err.value.problems)


def test_placeholder_without_parameter_is_reported(tmp_path):
    root = copy_catalogue(tmp_path)
    src = root / "groups" / "kantoor" / "kantoormeubilair.toml"
    text = src.read_text(encoding="utf-8").replace("{aandeel_pct}% (op gewicht)", "{aandeel}% (op gewicht)")
    src.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_catalogue(root)
    assert any("aandeel" in p.message for p in err.value.problems)


def test_catalog_validate_reports_a_broken_reference_table(tmp_path):
    from tests.conftest import run_mvi

    root = copy_catalogue(tmp_path)
    table = root / "reference" / "thresholds.toml"
    table.write_text(table.read_text(encoding="utf-8") + "\nbroken = [\n", encoding="utf-8")
    result = run_mvi("catalog", "validate", str(root))
    assert result.returncode == 1
    assert "thresholds.toml:" in result.stderr and "Traceback" not in result.stderr
    assert run_mvi("catalog", "validate").returncode == 0


def test_search_as_you_type_gives_the_same_results_as_a_fresh_search(catalogue):
    """Narrowing from the previous result (a speed-up) must never change what is found."""
    from mvi_tui.core.catalogue import load_catalogue

    fresh = load_catalogue()

    def from_scratch(query: str) -> list[str]:
        fresh._recent_filters = None  # forget what was searched before
        return [c.id for c in fresh.filter(query=query)]

    typed = ""
    for ch in "fsc hout":  # typing
        typed += ch
        assert [c.id for c in catalogue.filter(query=typed)] == from_scratch(typed), typed
    while typed:  # erasing, then typing something else
        typed = typed[:-1]
        assert [c.id for c in catalogue.filter(query=typed)] == from_scratch(typed), typed
    for ch in "co2":
        typed += ch
        assert [c.id for c in catalogue.filter(query=typed)] == from_scratch(typed), typed
    # The list handed out is the caller's: changing it changes nothing kept.
    catalogue.filter(query="co2").clear()
    assert [c.id for c in catalogue.filter(query="co2")] == from_scratch("co2")
    # A different filter or a shorter query starts from the whole catalogue again.
    assert len(catalogue.filter(query="fsc", type="eis")) <= len(catalogue.filter(query="fs"))
    assert len(catalogue.filter(query="")) == len(catalogue.criteria)
