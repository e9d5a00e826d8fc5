"""A vendor API page as read from its saved text: what it says, and on which line."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from clouds import cloud_named
from toolchain.declared_fields import DeclaredField
from toolchain.doc_prose import named_values, says_nullable

PRIMITIVE_TYPES = {
    "string": ("string", "string"),
    "strings": ("string", "string"),
    "integer": ("integer", "integer"),
    "integers": ("integer", "integer"),
    "int": ("integer", "integer"),
    "int32": ("integer", "integer"),
    "int64": ("integer", "integer"),
    "uint64": ("integer", "integer"),
    "long": ("integer", "integer"),
    "float": ("number", "number"),
    "double": ("number", "number"),
    "number": ("number", "number"),
    "numbers": ("number", "number"),
    "boolean": ("boolean", "boolean"),
    "booleans": ("boolean", "boolean"),
    "bool": ("boolean", "boolean"),
    # Tencent's Timestamp types are strings on the wire.
    "timestamp": ("string", "string"),
    "timestamp iso8601": ("string", "string"),
    "date": ("string", "string"),
    "datetime": ("string", "string"),
    "object": ("object", ""),
    "objects": ("object", ""),
    "map": ("object", ""),
}
ARRAY_OF = re.compile(r"^(?:Array|List)\s+of\s+(.+?)$", re.IGNORECASE)
NAMED_OBJECT = re.compile(r"^([A-Za-z][A-Za-z0-9_]*)(?:\s+objects?)?$")


def parse_type(text: str) -> tuple[str, str] | None:
    """(kind, member) of a type as the pages write it: `Array of VideoInfo`,
    `Integer`, `OutputAssetInfo object`, `Array of strings`, `Map<String,String>`."""
    text = " ".join(text.split())
    if not text:
        return None
    array = ARRAY_OF.match(text)
    if array:
        item = parse_type(array.group(1))
        if item is None:
            return None
        return "array", item[1] if item[0] != "object" else item[1] or "object"
    lowered = text.lower()
    if lowered in PRIMITIVE_TYPES:
        return PRIMITIVE_TYPES[lowered]
    if lowered.startswith("map"):
        return "object", ""
    named = NAMED_OBJECT.match(text)
    if named:
        return "object", named.group(1)
    return None


@dataclass(frozen=True)
class Fact:
    """A value the page states, with its (1-based) line."""

    value: Any
    line: int


@dataclass
class PageField:
    name: str
    type_text: str
    required: bool | None
    description: str
    line: int

    @property
    def shape(self) -> tuple[str, str] | None:
        return parse_type(self.type_text)

    def declared(self, where: str, *, states_nullability: bool) -> DeclaredField:
        shape = self.shape
        return DeclaredField(
            name=self.name,
            kind=shape[0] if shape else None,
            member=shape[1] if shape else None,
            required=self.required,
            nullable=says_nullable(self.description) if states_nullability else None,
            values=tuple(named_values(self.description)),
            where=f"line {self.line} ({where})",
        )


@dataclass
class PageTable:
    role: str  # input, output, path, query, header, body, structure, response-header,
    # response-body, status-codes, error-codes
    line: int
    name: str = ""  # the structure's name, or the status code of a response table
    fields: list[PageField] = field(default_factory=list)
    lost_columns: list[str] = field(default_factory=list)
    title: str = ""  # how the page labels the table, when it does

    @property
    def label(self) -> str:
        return self.title or (f"{self.role} {self.name}".strip())


@dataclass(frozen=True)
class ErrorCode:
    code: str
    description: str
    line: int


@dataclass
class Example:
    role: str  # request or response
    line: int
    title: str = ""
    status: str = ""  # HTTP status of a response example (Huawei)
    value: Any = None  # the JSON body (or the query parameters, as a JSON object)
    error: str = ""  # why the example could not be read
    method: str = ""
    url: str = ""
    query: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class Page:
    vendor: str  # tencentcloud or huaweicloud
    language: str  # en or zh
    title: Fact | None = None
    action: Fact | None = None  # the action the page documents (Tencent)
    request_line: Fact | None = None  # (method, path) (Huawei)
    domain: Fact | None = None
    version: Fact | None = None
    regions: Fact | None = None  # list of region names
    rate_limit: Fact | None = None  # (requests, per) with per in second, minute
    last_updated: Fact | None = None
    tables: list[PageTable] = field(default_factory=list)
    error_codes: list[ErrorCode] = field(default_factory=list)
    error_code_section: int = 0  # line of the error-code section, 0 when absent
    status_codes: list[Fact] = field(default_factory=list)
    examples: list[Example] = field(default_factory=list)
    notes: list[tuple[int, str]] = field(default_factory=list)  # what the reader noticed

    @property
    def format_name(self) -> str:
        cloud = cloud_named(self.vendor).title
        language = "Chinese" if self.language == "zh" else "English"
        return f"{cloud} API page ({language})"

    def tables_with(self, role: str) -> list[PageTable]:
        return [table for table in self.tables if table.role == role]

    def numbered_examples(self) -> list[tuple[str, Example]]:
        """Each example with its name by place, "response example 2": the same in
        every language of the page and when its title is reworded."""
        numbered: list[tuple[str, Example]] = []
        seen: dict[str, int] = {}
        for example in self.examples:
            seen[example.role] = seen.get(example.role, 0) + 1
            numbered.append((f"{example.role} example {seen[example.role]}", example))
        return numbered
