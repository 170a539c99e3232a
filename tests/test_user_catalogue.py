"""The user's own catalogue folder, and `mvi catalog validate` on broken catalogues.

An organisation can add product groups of its own under
`config_dir()/catalogue/groups/<cluster>/<group>.toml`. Those files are written by hand,
so they will be broken now and then; a broken file must cost only that file (one clear
message naming the file and the place), never the built-in catalogue, and a user file
must never replace a national group or criterion.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mvi_tui.cli import main
from mvi_tui.core.catalogue import builtin_root, load_catalogue, load_with_user
from mvi_tui.core.planfile import parse_plan_text
from tests.conftest import EXAMPLES, run_mvi

SOURCE = builtin_root() / "groups" / "kantoor" / "kantoormeubilair.toml"


def own_group(new_id: str = "eigen-meubilair") -> str:
    """A valid group file of our own: the office furniture group under another id."""
    return SOURCE.read_text(encoding="utf-8").replace("kantoormeubilair", new_id)


def write(root: Path, rel: str, text: str | bytes) -> Path:
    path = root / "groups" / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def builtin():
    return load_catalogue()


def test_no_user_folder_is_the_builtin_catalogue(tmp_path: Path, builtin) -> None:
    cat, problems = load_with_user("en", tmp_path / "nothing-here")
    assert problems == [] and cat.user_problems == [] and cat.user_groups == {}
    assert set(cat.groups) == set(builtin.groups)
    assert set(cat.criteria) == set(builtin.criteria)


def test_own_group_is_added_and_usable(tmp_path: Path, builtin) -> None:
    path = write(tmp_path, "kantoor/eigen-meubilair.toml", own_group())
    cat, problems = load_with_user("en", tmp_path)
    assert problems == []
    assert cat.user_groups == {"eigen-meubilair": str(path)}
    assert set(builtin.groups) < set(cat.groups)
    own = cat.criteria_for("eigen-meubilair")
    assert own and all(c.id.startswith("eigen-meubilair-") for c in own)
    assert len(cat.criteria) == len(builtin.criteria) + len(own)
    # Search and filters know the new criteria; a plan may use the group and its criteria.
    assert any(c.group == "eigen-meubilair" for c in cat.filter(query="FSC"))
    plan_text = (
        '[organisation]\nname = "Gemeente Proef"\n\n[[procurements]]\nid = "m"\n'
        'title = "Meubilair"\nproduct_group = "eigen-meubilair"\ncontract_type = "supplies"\n'
        f'value_eur = 300000\n\n[procurements.tender]\n[[procurements.tender.criteria]]\nid = "{own[0].id}"\n'
    )
    plan, warnings = parse_plan_text(plan_text, "p.toml", "en", cat)
    assert plan.procurements[0].product_group == "eigen-meubilair" and warnings == []
    # The built-in catalogue object itself is not changed.
    assert "eigen-meubilair" not in builtin.groups


BROKEN = {
    # file (under groups/) -> (content, expected place in the message, expected words)
    "kantoor/syntax.toml": ("[group\nid = 1\n", ":1:", "invalid TOML"),
    "kantoor/latin1.toml": (own_group("latin").encode("utf-8") + b"\n# caf\xe9\n", "", "UTF-8"),
    "kantoor/clash-group.toml": (own_group("kantoormeubilair"), "group.id", "built-in"),
    "kantoor/clash-criterion.toml": (
        own_group("kantoorx").replace('id = "kantoorx-02"', 'id = "papier-01"'),
        "criterion[1].id",
        "built-in",
    ),
    "kantoor/wrong-level.toml": (
        own_group("eigen-niveau").replace("level = 1", "level = 7", 1),
        "criterion[0].level",
        "",
    ),
    "kantoor/no-group.toml": ('[[criterion]]\nid = "x-01"\n', "", "[group]"),
    "gww/wrong-folder.toml": (own_group("eigen-verkeerd"), "group.cluster", "folder"),
    "nergens/unknown-cluster.toml": (
        own_group("eigen-cluster").replace('cluster = "kantoor"', 'cluster = "nergens"'),
        "group.cluster",
        "unknown cluster",
    ),
    "kantoor/criterion-table.toml": (
        '[group]\nid = "eigen-tabel"\ncluster = "kantoor"\n[criterion]\nid = "x"\n',
        "group.",  # the group table is incomplete: that comes first
        "",
    ),
    "misplaced.toml": (own_group("eigen-los"), "", "groups/<cluster>/<group>.toml"),
}


def test_each_broken_file_gives_one_message_and_is_skipped(tmp_path: Path, builtin) -> None:
    good = write(tmp_path, "kantoor/eigen-meubilair.toml", own_group())
    paths = {rel: write(tmp_path, rel, content) for rel, (content, _, _) in BROKEN.items()}
    write(tmp_path, "kantoor/.eigen-meubilair.toml.abc123.tmp", "half a file")  # ignored
    write(tmp_path, "kantoor/.#emacs-lock.toml", "[")  # hidden: ignored

    cat, problems = load_with_user("en", tmp_path)

    # The good file and the whole built-in catalogue still work.
    assert cat.user_groups == {"eigen-meubilair": str(good)}
    assert set(builtin.groups) | {"eigen-meubilair"} == set(cat.groups)
    assert cat.groups["kantoormeubilair"] == builtin.groups["kantoormeubilair"]
    assert cat.criteria["papier-01"] == builtin.criteria["papier-01"]
    # Exactly one message per broken file, naming the file and the place.
    by_file = {}
    for problem in problems:
        assert problem.file not in by_file, f"two messages for {problem.file}"
        by_file[problem.file] = problem
    assert set(by_file) == {str(p) for p in paths.values()}
    for rel, (_, place, words) in BROKEN.items():
        line = by_file[str(paths[rel])].format("en")
        assert line.startswith(str(paths[rel])), line
        assert place in line and words in line, (rel, line)
        assert "skipped" in line and "\n" not in line, line
    assert cat.user_problems == problems


def test_more_problems_in_one_file_are_counted(tmp_path: Path) -> None:
    text = own_group("eigen-veel").replace("level = 1", "level = 9").replace("type = ", "type = 1#")
    path = write(tmp_path, "kantoor/eigen-veel.toml", text)
    _, problems = load_with_user("en", tmp_path)
    assert len(problems) == 1 and problems[0].file == str(path)
    assert "more problem(s) in this file" in problems[0].message


def test_clashes_between_user_files_keep_the_first(tmp_path: Path) -> None:
    first = write(tmp_path, "kantoor/a.toml", own_group("eigen-dubbel"))
    second = write(tmp_path, "kantoor/b.toml", own_group("eigen-dubbel"))
    cat, problems = load_with_user("en", tmp_path)
    assert cat.user_groups == {"eigen-dubbel": str(first)}
    assert [p.file for p in problems] == [str(second)]
    assert str(first) in problems[0].message


def test_commands_with_a_broken_user_folder(tmp_path: Path) -> None:
    """Through real processes: warnings everywhere, an error only in `catalog validate`."""
    root = tmp_path / "config" / "mvi-tui" / "catalogue"
    write(root, "kantoor/eigen-meubilair.toml", own_group())
    broken = write(root, "kantoor/kapot.toml", "[group\n")
    env = {"XDG_CONFIG_HOME": str(tmp_path / "config")}

    result = run_mvi("catalog", "validate", env=env)
    assert result.returncode == 1, result.stderr
    assert f"{broken}:1:" in result.stderr and "Traceback" not in result.stderr
    assert "1 product group(s) of your own" in result.stdout

    result = run_mvi("validate", str(EXAMPLES / "gemeente-utrecht.toml"), env=env)
    assert result.returncode == 0, result.stderr
    assert str(broken) in result.stderr and "warning" in result.stderr

    result = run_mvi("catalog", "show", "eigen-meubilair-01", env=env)
    assert result.returncode == 0 and "eigen-meubilair-01" in result.stdout


def copy_catalogue(tmp_path: Path) -> Path:
    root = tmp_path / "cat"
    shutil.copytree(builtin_root(), root, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    return root


def test_catalog_validate_dir_lists_every_problem_and_no_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_catalogue(tmp_path)
    groups = root / "groups"
    (groups / "kantoor" / "papier.toml").write_bytes(b"\xff\xfe not utf-8")
    (groups / "kantoor" / "leeg.toml").write_text("", encoding="utf-8")
    (groups / "gww" / "diep.toml").write_text("x = " + "[" * 3000 + "]" * 3000)
    meubel = groups / "kantoor" / "kantoormeubilair.toml"
    meubel.write_text(
        meubel.read_text(encoding="utf-8").replace("co2_kg_per_eur = 0.45", "co2_kg_per_eur = nan"),
        encoding="utf-8",
    )
    catering = groups / "kantoor" / "catering.toml"
    catering.write_text(
        catering.read_text(encoding="utf-8").replace(
            'themes = ["milieu", "isv"]', 'themes = "milieu"'
        ),
        encoding="utf-8",
    )
    (root / "levels.toml").unlink()
    (root / "themes.toml").write_text('[[theme]]\nid = "klimaat"\n', encoding="utf-8")

    assert main(["catalog", "validate", str(root)]) == 1
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err and out == ""
    lines = err.splitlines()
    expected = [
        ("papier.toml", "UTF-8"),
        ("leeg.toml", "empty"),
        ("diep.toml", "nested too deeply"),
        ("kantoormeubilair.toml: group.co2_kg_per_eur", ""),
        ("catering.toml: criterion[0].themes", ""),
        ("levels.toml", "missing"),
        ("themes.toml: theme[0]", ""),
    ]
    for name, words in expected:
        assert any(name in line and words in line for line in lines), (name, lines)
    # Every line names a file of the broken copy first (relative or, for files that
    # cannot be read as TOML, in full).
    assert all(line.startswith((f"{root.name}/", str(root))) for line in lines), lines
    # And the built-in catalogue is untouched by all this.
    assert main(["catalog", "validate"]) == 0
    capsys.readouterr()
