"""`--template DIR`: an organisation's own Jinja2 templates, sandboxed, with clear errors."""

from __future__ import annotations

from datetime import date

import pytest

from mvi_tui.core.problems import InputError
from mvi_tui.export.document import build_document
from mvi_tui.export.templating import check_template_dir, render_html, render_markdown
from tests.export_support import HOSTILE, furniture_plan, hostile_plan

TODAY = date(2026, 12, 1)


@pytest.fixture(scope="module")
def doc(catalogue):  # noqa: ANN001, ANN201
    plan = furniture_plan()
    return build_document(plan, plan.procurements[0], catalogue, "nl", today=TODAY)


def test_own_markdown_template_replaces_only_markdown(tmp_path, doc) -> None:  # noqa: ANN001
    (tmp_path / "document.md.j2").write_text(
        "HUISSTIJL {{ doc.organisation }}\n"
        "{% for ch in doc.chapters %}== {{ ch.heading|inline }}\n{% endfor %}"
        "{% for p in doc.placeholders %}* {{ p.text }}\n{% endfor %}",
        "utf-8",
    )
    check_template_dir(str(tmp_path))
    md = render_markdown(doc, str(tmp_path))
    assert md.startswith("HUISSTIJL Gemeente Voorbeeld")
    assert "== 7. Gunning" in md
    html = render_html(doc, str(tmp_path))  # no own html template: the built-in one
    assert html.startswith("<!DOCTYPE html>")


def test_own_template_escapes_plan_texts(tmp_path, catalogue) -> None:  # noqa: ANN001
    (tmp_path / "document.html.j2").write_text("<h1>{{ doc.title }}</h1>", "utf-8")
    (tmp_path / "document.md.j2").write_text("{{ doc.title }}", "utf-8")
    plan = hostile_plan()
    hostile = build_document(plan, plan.procurements[0], catalogue, "nl", today=TODAY)
    html = render_html(hostile, str(tmp_path))
    assert "<script" not in html and "{{ 7*7 }}" in html
    md = render_markdown(hostile, str(tmp_path))
    assert "<script" not in md and "&lt;script&gt;" in md
    assert HOSTILE not in md


@pytest.mark.parametrize(
    "source",
    [
        "{{ doc.__class__.__mro__ }}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ doc.chapters.__class__ }}",
        "{{ doc.blocks.__func__.__globals__ }}",
        "{{ cycler.__init__.__globals__.os }}",
    ],
)
def test_sandbox_blocks_python_internals(tmp_path, doc, source: str) -> None:  # noqa: ANN001
    (tmp_path / "document.md.j2").write_text(f"line one\n{source}\n", "utf-8")
    try:
        out = render_markdown(doc, str(tmp_path))
    except InputError as exc:
        problem = exc.problems[0]
        assert problem.file.endswith("document.md.j2")
        assert problem.line == 2
    else:  # an undefined name renders empty in the sandbox; never Python objects
        assert "class" not in out and "function" not in out and "module" not in out


def test_syntax_error_names_file_and_line(tmp_path) -> None:  # noqa: ANN001
    (tmp_path / "document.html.j2").write_text("<p>\n<p>\n{% for x in %}\n", "utf-8")
    with pytest.raises(InputError) as info:
        check_template_dir(str(tmp_path))
    problem = info.value.problems[0]
    assert problem.file.endswith("document.html.j2") and problem.line == 3
    assert problem.format().startswith(f"{tmp_path / 'document.html.j2'}:3:1: template error")


def test_runtime_error_names_file_and_line(tmp_path, doc) -> None:  # noqa: ANN001
    (tmp_path / "document.md.j2").write_text("a\nb\n{{ doc.no_such_field }}\n", "utf-8")
    with pytest.raises(InputError) as info:
        render_markdown(doc, str(tmp_path), lang="nl")
    problem = info.value.problems[0]
    assert problem.file.endswith("document.md.j2") and problem.line == 3
    assert "sjabloon" in problem.message


def test_templates_cannot_read_files(tmp_path, doc) -> None:  # noqa: ANN001
    (tmp_path / "document.md.j2").write_text('{% include "../../../../etc/passwd" %}', "utf-8")
    with pytest.raises(InputError):
        render_markdown(doc, str(tmp_path))


def test_template_dir_must_hold_a_template(tmp_path) -> None:  # noqa: ANN001
    with pytest.raises(InputError):
        check_template_dir(str(tmp_path / "missing"))
    with pytest.raises(InputError):
        check_template_dir(str(tmp_path))
