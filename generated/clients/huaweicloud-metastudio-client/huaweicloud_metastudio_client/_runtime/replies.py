# Copied from clouds/replies.py of videoapi-specs; do not edit here.
"""Replies read tolerantly: what the spec does not foresee is kept, what it requires is checked.

Standalone (standard library only) so it can be copied into a generated package. The
generated models keep unknown fields in `additional_properties` and an unknown value of
a reply's enum as a plain string (typed `Literal[...] | str`), calling `unknown_value`,
which logs a warning once per enum and value. A reply without a field the spec
requires, or with a value of the wrong type, raises the package's `InvalidReply`
naming the field and the request ID (never KeyError or TypeError).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from .errors import InvalidReply

T = TypeVar("T")
LOGGER = logging.getLogger(__name__.rsplit("._runtime", 1)[0])
_warned: set[tuple[str, object]] = set()
_lock = threading.Lock()


def unknown_value(enum: str, value: object) -> None:
    """Log, once per enum and value, that a reply carried a value the spec does not list."""
    with _lock:
        if (enum, value) in _warned:
            return
        _warned.add((enum, value))
    LOGGER.warning("%s: the reply has %r, a value the spec does not list; kept as it is", enum, value)


def parse_model(parse: Callable[[Mapping[str, Any]], T], data: object, request_id: str | None) -> T:
    """`parse(data)` (a generated model's `from_dict`), its failures as InvalidReply."""
    if not isinstance(data, Mapping):
        raise InvalidReply("the reply is not a JSON object", request_id=request_id)
    try:
        return parse(data)
    except KeyError as missing:
        field = str(missing.args[0]) if missing.args else "?"
        raise InvalidReply(
            f"the reply lacks {field!r}, a field the spec requires",
            field=field,
            request_id=request_id,
        ) from None
    except (TypeError, ValueError, AttributeError) as wrong:
        raise InvalidReply(f"the reply does not match the spec: {wrong}", request_id=request_id) from wrong
