"""The rules the shipped catalogue must keep (issue 3), checked on the real catalogue."""

from __future__ import annotations

from collections import Counter, defaultdict

import pytest

from mvi_tui.core.catalogue import builtin_root
from mvi_tui.core.enums import ContractType, CriterionType, Level, Theme
from tests.conftest import run_mvi


def test_size(catalogue):
    assert len(catalogue.clusters) == 6
    assert len(catalogue.groups) >= 45
    assert len(catalogue.criteria) >= 450


def test_every_cluster_has_groups(catalogue):
    used = Counter(g.cluster for g in catalogue.groups.values())
    assert set(used) == set(catalogue.clusters)


NAMED_GROUPS = [
    # Every product group named in shared/domain/MVI.md, by our id.
    "audiovisuele-apparatuur", "ict-hardware", "netwerken-telefonie", "datacenters",
    "beeldverwerkingsapparatuur", "tonercartridges", "elektriciteit", "gas", "zonnepanelen",
    "kunstwerken", "conserveringswerken", "gemalen", "gladheidsbestrijding", "groenonderhoud",
    "grondwerk", "kabels-leidingen", "mobiele-werktuigen-aanschaf", "mobiele-werktuigen-inzet",
    "openbare-verlichting", "reiniging-openbare-ruimte", "riolering", "straatmeubilair",
    "vaartuigen", "verkeersregelinstallaties", "waterzuiveringsinstallaties", "wegen",
    "zware-voertuigen", "warme-dranken-automaten", "bedrijfskleding", "wassen-bedrijfskleding",
    "catering", "drukwerk", "externe-accommodatie", "kantoorartikelen", "kantoormeubilair",
    "papier", "schoonmaakdiensten", "dienstautos", "doelgroepenvervoer", "transportdiensten",
    "zakenreizen", "kantoorgebouwen-nieuwbouw",
]


def test_every_named_group_exists(catalogue):
    missing = [g for g in NAMED_GROUPS if g not in catalogue.groups]
    assert not missing


def test_each_group_minimums(catalogue):
    problems = []
    for gid, group in catalogue.groups.items():
        crits = catalogue.criteria_for(gid)
        if len(crits) < 6:
            problems.append(f"{gid}: {len(crits)} criteria")
        levels = {c.level for c in crits}
        if levels != set(Level):
            problems.append(f"{gid}: levels {sorted(levels)}")
        if not any(c.is_award() and c.level >= Level.SIGNIFICANT for c in crits):
            problems.append(f"{gid}: no award criterion at level 2 or 3")
        if group.isv_risk and not any(
            c.type == CriterionType.CONTRACTBEPALING and Theme.ISV in c.themes for c in crits
        ):
            problems.append(f"{gid}: ISV risk category without an ISV contract clause")
        if {ContractType.WORKS, ContractType.SERVICES} & set(group.contract_types) and not any(
            Theme.SROI in c.themes for c in crits
        ):
            problems.append(f"{gid}: works/services group without social return")
    assert not problems, "\n".join(problems)


def test_themes_and_types_spread(catalogue):
    groups_per_theme = defaultdict(set)
    for c in catalogue.criteria.values():
        for t in c.themes:
            groups_per_theme[t].add(c.group)
    for theme in Theme:
        assert len(groups_per_theme[theme]) >= 5, theme
    types = Counter(c.type for c in catalogue.criteria.values())
    for kind in CriterionType:
        assert types[kind] >= 20, kind


def test_texts_bilingual_and_unique(catalogue):
    seen: dict[str, str] = {}
    for c in catalogue.criteria.values():
        for lang in ("nl", "en"):
            text = " ".join(c.text.get(lang).split()).lower()
            assert text, c.id
            assert text not in seen, f"{c.id} repeats the text of {seen.get(text)}"
            seen[text] = c.id
        assert c.title.nl != "" and c.title.en != ""
        assert c.text.nl != c.text.en, f"{c.id}: the English text is the Dutch one"


def test_award_criteria_have_scoring_and_weights(catalogue):
    for c in catalogue.criteria.values():
        if c.is_award():
            assert c.scoring is not None and c.weight_min is not None and c.weight_max is not None
            assert 0 < c.weight_max <= 60, c.id


def test_estimates_are_marked_as_such(catalogue):
    for g in catalogue.groups.values():
        assert "chatting" in g.co2_basis.nl.lower() or "estimate" in g.co2_basis.en.lower(), g.id


def test_changelog_records_the_version(catalogue):
    changelog = (builtin_root() / "CHANGELOG.md").read_text(encoding="utf-8")
    assert catalogue.version in changelog


@pytest.mark.parametrize("args", [["catalog", "stats"], ["catalog", "search", "fsc"], ["catalog", "validate"]])
def test_catalog_commands_on_the_real_catalogue(args):
    result = run_mvi(*args)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()


def test_catalog_list_json_exposes_every_field():
    import json

    result = run_mvi("catalog", "list", "--json")
    rows = json.loads(result.stdout)
    assert len(rows) >= 450
    for key in ("id", "product_group", "type", "level", "themes", "title", "text", "explanation", "verification"):
        assert key in rows[0]
    assert set(rows[0]["text"]) == {"nl", "en"}
    stats = json.loads(run_mvi("catalog", "stats", "--json").stdout)
    assert {"by_cluster", "by_product_group", "by_theme", "by_level", "by_type"} <= set(stats)
