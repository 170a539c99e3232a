"""A thin layer over questionary: one place for style, keys, validation and test input.

Every question is asked with `unsafe_ask`, so Ctrl-C reaches the flow as
`KeyboardInterrupt` and the flow can offer to keep what was answered. With NO_COLOR set
the prompts carry no colour at all; meaning is always in the words and markers
(`[!]` for a warning), never in colour alone.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import Any

import questionary
from prompt_toolkit.styles import Style

PLAIN = Style([])


class Asker:
    """Asks one question per line and returns the answer; prints plain lines."""

    def __init__(self, **io: Any) -> None:
        # `io` may hold prompt_toolkit `input`/`output` objects (used by the tests).
        self.io = io
        self.style = PLAIN if os.environ.get("NO_COLOR") else None

    def _kw(self) -> dict[str, Any]:
        kw = dict(self.io)
        if self.style is not None:
            kw["style"] = self.style
        return kw

    def say(self, text: str = "") -> None:
        print(text, flush=True)

    def text(
        self, message: str, default: str = "", validate: Callable[[str], bool | str] | None = None
    ) -> str:
        q = questionary.text(message, default=default, validate=validate, **self._kw())
        return q.unsafe_ask()

    def select(self, message: str, choices: Sequence[tuple[Any, str]], default: Any = None) -> Any:
        # questionary returns the title for a value of None, so None is never a value here.
        assert all(value is not None for value, _ in choices), "use a sentinel, not None"
        items = [questionary.Choice(title=title, value=value) for value, title in choices]
        chosen = next((c for c in items if c.value == default), None)
        q = questionary.select(
            message,
            choices=items,
            default=chosen,
            use_search_filter=True,
            use_jk_keys=False,
            **self._kw(),
        )
        return q.unsafe_ask()

    def checkbox(self, message: str, choices: Sequence[tuple[Any, str, bool] | str]) -> list[Any]:
        items: list[Any] = []
        for item in choices:
            if isinstance(item, str):
                items.append(questionary.Separator(item))
            else:
                value, title, checked = item
                items.append(questionary.Choice(title=title, value=value, checked=checked))
        q = questionary.checkbox(
            message, choices=items, use_search_filter=True, use_jk_keys=False, **self._kw()
        )
        return q.unsafe_ask()

    def confirm(self, message: str, default: bool = True) -> bool:
        return questionary.confirm(message, default=default, **self._kw()).unsafe_ask()
