"""One parametrised date case (`case("label", sentence, expected)`), shared by the date test
modules; each makes its own with the publication date its sentences are read against."""

from __future__ import annotations

from datetime import date
from typing import Callable

import pytest

NOT = ()  # expected: no date at all


def cases_published(default: date | None) -> Callable:
    """A `case` maker whose sentences are published on `default` unless a case says otherwise."""

    def case(label: str, sentence: str, expected, published: date | None = default):
        values = (expected,) if isinstance(expected, str) else tuple(expected)
        return pytest.param(sentence, published, values, id=label)

    return case
