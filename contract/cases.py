"""What a generated case broke on purpose (schemathesis records it in the case's metadata)."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, urlsplit

import schemathesis
from schemathesis.core.parameters import ParameterLocation
from schemathesis.generation.meta import negated_parameters


def deliberately_broken(case: schemathesis.Case[Any], header: str) -> bool:
    """Whether schemathesis removed or garbled this header on purpose (a negative case)."""
    return any(
        location == ParameterLocation.HEADER and name.lower() == header.lower()
        for name, location in negated_parameters(case.meta)
    )


def blank_query_only(case: schemathesis.Case[Any], sent_url: str) -> bool:
    """Whether every part a negative case broke is a query parameter sent blank (`?state=`)."""
    broken = list(negated_parameters(case.meta))
    pairs = parse_qsl(urlsplit(sent_url).query, keep_blank_values=True)
    blank = {name for name, _ in pairs} - {name for name, value in pairs if value}
    return bool(broken) and all(
        location == ParameterLocation.QUERY and name in blank for name, location in broken
    )
