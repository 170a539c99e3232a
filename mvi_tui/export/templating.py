"""Markdown and HTML through Jinja2 templates; an organisation's own in the sandbox.

The built-in templates live in `mvi_tui/export/templates/`; `--template DIR` puts an
organisation's own `document.md.j2` / `document.html.j2` (house style) in front of them,
so an organisation may replace one format and keep the other. With a template folder
both kinds run in `jinja2.sandbox.SandboxedEnvironment`: a template from a shared drive
cannot reach Python internals. The built-in templates alone are our own code and run in
a plain environment (10% faster: no check on every attribute). Plan texts are values,
never template code, and are escaped the same way in both: Markdown escapes every
printed value through `finalize`, the Markdown equivalent of autoescaping. An
organisation's HTML template autoescapes as Jinja2 does; the built-in one escapes
through `finalize` too (`html_value`), which gives the same page (a test renders it
both ways) in two thirds of the time, because Jinja2's autoescape copies every
already-escaped value once more. Environments are cached per process, so each template
is compiled once per batch, not once per plan.

A broken template becomes an `InputError` naming the template file and line, never a
traceback.
"""

from __future__ import annotations

import traceback
from dataclasses import fields
from functools import lru_cache
from pathlib import Path

from jinja2 import (
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    StrictUndefined,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
)
from jinja2.sandbox import SandboxedEnvironment

from mvi_tui.core.i18n import tr
from mvi_tui.core.problems import InputError, Problem
from mvi_tui.export import docmodel
from mvi_tui.export.docmodel import TenderDocument
from mvi_tui.export.escape import (
    html_marked,
    html_value,
    md_cell,
    md_escape,
    md_inline,
    md_item,
)

BUILTIN = Path(__file__).resolve().parent / "templates"
TEMPLATES = {"md": "document.md.j2", "html": "document.html.j2"}

MESSAGES = {
    "syntax": {"nl": "fout in sjabloon: {error}", "en": "template error: {error}"},
    "render": {
        "nl": "sjabloon faalt bij het invullen: {error}",
        "en": "template failed while rendering: {error}",
    },
    "no_dir": {"nl": "sjabloonmap bestaat niet", "en": "template folder does not exist"},
    "empty_dir": {
        "nl": "bevat geen document.md.j2 of document.html.j2",
        "en": "contains neither document.md.j2 nor document.html.j2",
    },
}


# The document model's plain data fields (strings, numbers, lists of blocks) and the
# derived headings. Reading them needs none of the sandbox's checks; what a template
# does with the values (calling methods on them, ...) is still checked as usual.
_DATA_ATTRS: dict[type, frozenset[str]] = {
    cls: frozenset(
        {f.name for f in fields(cls) if not f.name.startswith("_")}
        | {"kind", "heading", "flow", "head", "body", "foot"}
    )
    for cls in (
        docmodel.Paragraph,
        docmodel.Bullets,
        docmodel.Table,
        docmodel.Field,
        docmodel.Requirement,
        docmodel.Section,
        docmodel.Chapter,
        docmodel.Placeholder,
        docmodel.TenderDocument,
    )
}


class _Sandbox(SandboxedEnvironment):
    """The Jinja2 sandbox with a fast path for the document model's data fields."""

    def getattr(self, obj: object, attribute: str) -> object:
        allowed = _DATA_ATTRS.get(type(obj))
        if allowed is not None and attribute in allowed:
            return getattr(obj, attribute)
        return super().getattr(obj, attribute)


@lru_cache(maxsize=8)
def environment(kind: str, template_dir: str | None = None) -> Environment:
    """The environment for `md` or `html`, own templates first, sandboxed (cached)."""
    loaders = []
    if template_dir:
        loaders.append(FileSystemLoader(template_dir))
    loaders.append(FileSystemLoader(str(BUILTIN)))
    common = dict(
        loader=ChoiceLoader(loaders),
        undefined=StrictUndefined,
        auto_reload=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    if kind == "html" and template_dir:
        env: Environment = _Sandbox(autoescape=True, **common)
    elif kind == "html":
        env = Environment(autoescape=False, finalize=html_value, **common)
    elif template_dir:
        env = _Sandbox(autoescape=False, finalize=md_escape, **common)
    else:
        env = Environment(autoescape=False, finalize=md_escape, **common)
    if kind == "html":
        env.filters["todo"] = html_marked
    else:
        env.filters["cell"] = md_cell
        env.filters["inline"] = md_inline
        env.filters["item"] = md_item
    return env


def _where(exc: BaseException, fallback: str) -> tuple[str, int | None]:
    """The template file and line an error happened in, from Jinja's rewritten traceback."""
    if isinstance(exc, TemplateSyntaxError):
        return exc.filename or exc.name or fallback, exc.lineno
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        name = frame.filename
        if name.endswith(".j2") or name.endswith(".css") or name.startswith("<template"):
            return name, frame.lineno
    return fallback, None


def _problem(exc: BaseException, key: str, fallback: str, lang: str) -> InputError:
    file, line = _where(exc, fallback)
    message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    return InputError([Problem(file, tr(MESSAGES, key, lang, error=message), line=line)])


def render(
    kind: str, doc: TenderDocument, template_dir: str | None = None, lang: str = "en"
) -> str:
    """Render `doc` as `md` or `html`; a broken template raises `InputError` (file:line)."""
    env = environment(kind, template_dir)
    name = TEMPLATES[kind]
    try:
        template = env.get_template(name)
    except TemplateSyntaxError as exc:
        raise _problem(exc, "syntax", name, lang) from None
    try:
        return template.render(doc=doc)
    except TemplateError as exc:
        raise _problem(exc, "render", template.filename or name, lang) from None
    except (TypeError, ValueError, AttributeError, KeyError, IndexError, ArithmeticError) as exc:
        # A template calling something with wrong arguments; report it like the others.
        raise _problem(exc, "render", template.filename or name, lang) from None


def render_markdown(doc: TenderDocument, template_dir: str | None = None, lang: str = "en") -> str:
    """The document as CommonMark."""
    return render("md", doc, template_dir, lang)


def render_html(doc: TenderDocument, template_dir: str | None = None, lang: str = "en") -> str:
    """The document as one self-contained HTML page."""
    return render("html", doc, template_dir, lang)


def check_template_dir(template_dir: str, lang: str = "en") -> None:
    """Compile an organisation's templates up front, so a broken one stops the batch early."""
    folder = Path(template_dir)
    if not folder.is_dir():
        raise InputError([Problem(template_dir, tr(MESSAGES, "no_dir", lang))])
    present = [kind for kind, name in TEMPLATES.items() if (folder / name).is_file()]
    if not present:
        raise InputError([Problem(template_dir, tr(MESSAGES, "empty_dir", lang))])
    problems: list[Problem] = []
    for kind in present:
        try:
            environment(kind, str(folder)).get_template(TEMPLATES[kind])
        except TemplateSyntaxError as exc:
            problems.extend(_problem(exc, "syntax", str(folder / TEMPLATES[kind]), lang).problems)
        except TemplateNotFound as exc:  # an {% include %} of a missing file
            problems.extend(_problem(exc, "syntax", str(folder / TEMPLATES[kind]), lang).problems)
    if problems:
        raise InputError(problems)
