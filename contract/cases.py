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


def valid_as_sent(case: schemathesis.Case[Any], sent_url: str) -> bool:
    """Whether every part a negative case broke is a query parameter that, as sent, is valid
    after all: sent blank (the parameter left out, specs/README.md), or serialized into a
    value its schema takes (a `false` generated for a list of strings goes on the wire as
    `?fuzzy_query_field=false`, a list of the one string "false")."""
    broken = list(negated_parameters(case.meta))
    pairs = parse_qsl(urlsplit(sent_url).query, keep_blank_values=True)
    return bool(broken) and all(
        location == ParameterLocation.QUERY
        and _fine_as_sent(case, name, [value for key, value in pairs if key == name])
        for name, location in broken
    )


def _fine_as_sent(case: schemathesis.Case[Any], name: str, values: list[str]) -> bool:
    if values and not any(values):
        return True  # blank: the parameter left out
    parameter = case.operation.query.get(name)
    if parameter is None or not values:
        return False
    schema = parameter.validation_schema
    kind = schema.get("type") if isinstance(schema, dict) else None
    if kind == "array":
        return bool(parameter.is_valid(values))
    return len(values) == 1 and kind in (None, "string") and bool(parameter.is_valid(values[0]))
