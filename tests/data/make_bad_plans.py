"""Write tests/data/bad_plans/*.toml: one broken plan per way a user can get a plan wrong.

Each file's first line says where the problem is (`# expect: PATH-OR-LINE`), so the test
can check that the message names the right place. Run again after changing the base.
"""

from pathlib import Path

BASE = """[organisation]
name = "Gemeente Proef"
kind = "gemeente"
yearly_spend_eur = 1000000
language = "en"

[[procurements]]
id = "meubilair"
title = "Office furniture"
product_group = "kantoormeubilair"
contract_type = "supplies"
value_eur = 300000
start = 2027-01-01
duration_months = 24

[procurements.tender]
[[procurements.tender.criteria]]
id = "kantoormeubilair-01"
"""

CASES = {
    "syntax-unclosed-table": (":8:", BASE.replace("[[procurements]]", "[[procurements]", 1)),
    "syntax-duplicate-key": (":4:", BASE.replace('kind = "gemeente"', 'name = "Twee"', 1)),
    "syntax-bad-value": (":5:", BASE.replace("1000000", "1.000.000", 1)),
    "org-kind": ("organisation.kind", BASE.replace('"gemeente"', '"stad"', 1)),
    "org-spend-negative": ("organisation.yearly_spend_eur", BASE.replace("1000000", "-5", 1)),
    "org-spend-text": ("organisation.yearly_spend_eur", BASE.replace("1000000", '"veel"', 1)),
    "org-spend-nan": ("organisation.yearly_spend_eur", BASE.replace("1000000", "nan", 1)),
    "org-spend-inf": ("organisation.yearly_spend_eur", BASE.replace("1000000", "inf", 1)),
    "org-language": ("organisation.language", BASE.replace('language = "en"', 'language = "de"')),
    "unknown-table": ("organization", BASE + '\n[organization]\nname = "typo"\n'),
    "proc-missing-id": ("procurements[0].id", BASE.replace('id = "meubilair"\n', "", 1)),
    "proc-id-space": ("procurements[0].id", BASE.replace('"meubilair"', '"office furniture"', 1)),
    "proc-duplicate-id": (
        "procurements",
        BASE.replace("[procurements.tender]", '[[procurements]]\nid = "meubilair"\ntitle = "Twee"\nproduct_group = "kantoormeubilair"\ncontract_type = "supplies"\nvalue_eur = 1\n\n[procurements.tender]'),
    ),
    "proc-contract-type": ("procurements[0].contract_type", BASE.replace('"supplies"', '"goods"')),
    "proc-missing-value": ("procurements[0].value_eur", BASE.replace("value_eur = 300000\n", "")),
    "proc-value-huge": ("procurements[0].value_eur", BASE.replace("300000", "1e20")),
    "proc-start-text": ("procurements[0].start", BASE.replace("2027-01-01", '"next year"')),
    "proc-duration-zero": ("procurements[0].duration_months", BASE.replace("duration_months = 24", "duration_months = 0")),
    "proc-duration-fraction": ("procurements[0].duration_months", BASE.replace("duration_months = 24", "duration_months = 2.5")),
    "proc-level": ("procurements[0].level", BASE.replace("duration_months = 24", 'duration_months = 24\nlevel = "super"')),
    "proc-unknown-group": ("procurements[0].product_group", BASE.replace('product_group = "kantoormeubilair"', 'product_group = "kantoormeubels"')),
    "proc-lots-duplicate": (
        "procurements[0].lots",
        BASE.replace("duration_months = 24", 'duration_months = 24\nlots = [{ id = "l1", title = "A" }, { id = "l1", title = "B" }]'),
    ),
    "crit-unknown-lot": ("procurements[0].tender.criteria[0].lot", BASE + 'lot = "perceel-9"\n'),
    "crit-chosen-twice": ("procurements[0].tender", BASE + '[[procurements.tender.criteria]]\nid = "kantoormeubilair-01"\n'),
    "crit-empty-id": ("procurements[0].tender.criteria[0].id", BASE.replace('id = "kantoormeubilair-01"', 'id = ""')),
    "award-price-weight": ("procurements[0].tender.award.price_weight", BASE + "[procurements.tender.award]\nprice_weight = 150\n"),
    "award-method": ("procurements[0].tender.award.method", BASE + '[procurements.tender.award]\nmethod = "cheapest"\n'),
    "award-scale": ("procurements[0].tender.award.scale", BASE + '[procurements.tender.award]\nscale = "1-5"\n'),
    "award-ladder-version": (
        "procurements[0].tender.award.co2_ladder.version",
        BASE + '[procurements.tender.award.co2_ladder]\nenabled = true\nversion = "5.0"\n',
    ),
    "award-lcc-years": ("procurements[0].tender.award.lcc.years", BASE + "[procurements.tender.award.lcc]\nyears = 0\n"),
    "ambition-unknown-theme": ("ambitions.themes.weer", BASE + '[ambitions.themes.weer]\nlevel = "basis"\n'),
    "ambition-level": ("ambitions.themes.klimaat.level", BASE + '[ambitions.themes.klimaat]\nlevel = "hoog"\n'),
    "target-value": (
        "ambitions.themes.klimaat.targets[0].value",
        BASE + '[ambitions.themes.klimaat]\nlevel = "significant"\ntargets = [{ metric = "co2-reduction", value = 500, year = 2030 }]\n',
    ),
    "target-metric": (
        "ambitions.themes.klimaat.targets[0].metric",
        BASE + '[ambitions.themes.klimaat]\nlevel = "significant"\ntargets = [{ metric = "happiness", value = 50, year = 2030 }]\n',
    ),
    "meta-schema-version": ("meta.schema_version", "[meta]\nschema_version = 99\n" + BASE),
    "proc-empty-title": ("procurements[0].title", BASE.replace('title = "Office furniture"', 'title = ""')),
    "own-missing-text": (
        "procurements[0].tender.own_criteria[0].text",
        BASE + '[[procurements.tender.own_criteria]]\nid = "eigen-1"\ntype = "eis"\ntitle = "Own"\n',
    ),
    "own-bad-type": (
        "procurements[0].tender.own_criteria[0].type",
        BASE + '[[procurements.tender.own_criteria]]\nid = "eigen-1"\ntype = "wens"\ntitle = "Own"\ntext = "Text"\n',
    ),
    "timetable-date": ("procurements[0].tender.timetable.publication", BASE + '[procurements.tender.timetable]\npublication = "soon"\n'),
    "procurements-not-list": ("procurements", 'procurements = "none"\n'),
    "notes-flag": ("notes.print_in_export", BASE + '[notes]\nprint_in_export = "yes"\n'),
    "influence-range": ("procurements[0].influence.market_position", BASE.replace("duration_months = 24", "duration_months = 24\ninfluence = { market_position = 9 }")),
    "bands-procedure": (
        "organisation.value_bands[0].procedure",
        BASE.replace('language = "en"', 'language = "en"\nvalue_bands = [{ contract_type = "supplies", max_eur = 50000, procedure = "lottery" }]'),
    ),
}


def main() -> None:
    out = Path(__file__).parent / "bad_plans"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.toml"):
        old.unlink()
    for name, (expect, text) in CASES.items():
        assert text != BASE, name
        (out / f"{name}.toml").write_text(f"# expect: {expect}\n{text}", encoding="utf-8")
    (out.parent / "good_plan.toml").write_text(BASE, encoding="utf-8")


if __name__ == "__main__":
    main()
