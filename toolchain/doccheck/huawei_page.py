"""Reading a Huawei Cloud API page (English or Chinese) saved as text.

The page has a URI line (`GET /v1/{project_id}/...`), parameter tables (path,
query, request header, request body, nested structures), response tables per
status code, example requests and responses, and a status-code table. Tables
come out of a browser copy either one cell per line, each cell ending in `|`
and the header closed by a `---|---|` line, or one row per line. Table titles
("Table 2 Query Parameters") are often lost; the reader then tells the tables
apart by the section they are in and by the names they hold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from clouds.huaweicloud import HUAWEICLOUD
from toolchain.doccheck.common_lines import is_navigation, last_updated
from toolchain.doccheck.example_text import json_block
from toolchain.doccheck.page import (
    ErrorCode,
    Example,
    Fact,
    Page,
    PageField,
    PageTable,
    parse_type,
)

REQUEST_LINE = re.compile(r"^(GET|POST|PUT|DELETE|PATCH|HEAD)\s+(\S+)")
SEPARATOR = re.compile(r"^\|?\s*(?::?-{3,}:?\s*\|\s*)+(?::?-{3,}:?)?\s*$")
MARKERS = [
    ("uri", re.compile(r"^URI$")),
    ("request", re.compile(r"^(?:Request Parameters|请求参数)$")),
    ("response", re.compile(r"^(?:Response Parameters|响应参数)$")),
    ("status", re.compile(r"^(?:Status code|Status Code|状态码)\s*[:：]?\s*(\d{3})$")),
    ("example-requests", re.compile(r"^(?:Example Requests?|请求示例)$")),
    ("example-responses", re.compile(r"^(?:Example Responses?|响应示例)$")),
    ("status-codes", re.compile(r"^(?:Status Codes|状态码)$")),
    ("error-codes", re.compile(r"^(?:Error Codes?|错误码)$")),
    ("title", re.compile(r"^(?:Table|表)\s*\d+\s*(.+)$")),
]
NAME_COLUMNS = ("parameter", "参数", "名称", "name")
REQUIRED_COLUMNS = ("mandatory", "required", "是否必选", "必选")
TYPE_COLUMNS = ("type", "参数类型", "类型")
DESCRIPTION_COLUMNS = ("description", "描述", "说明")
HEADER_NAME = re.compile(r"^(?:[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+|Authorization|Content-Type)$")


def looks_huawei(text: str) -> bool:
    return bool(re.search(r"^(?:GET|POST|PUT|DELETE|PATCH)\s+/v\d", text, re.MULTILINE)) and bool(
        re.search(r"^URI$|^\|?\s*-{3,}\s*\|", text, re.MULTILINE)
    )


@dataclass
class RawTable:
    header_line: int  # 0-based line of the separator under the header
    columns: list[str]
    start: int  # 0-based first line of the header
    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    lost_cells: int = 0


def _cells_in_line(line: str) -> list[str]:
    parts = [part.strip() for part in line.strip().split("|")]
    if parts and parts[0] == "":
        parts = parts[1:]
    if parts and parts[-1] == "":
        parts = parts[:-1]
    return parts


def read_tables(lines: list[str]) -> tuple[list[RawTable], set[int]]:
    """The pipe tables of the page, and the (0-based) lines they take."""
    separators = [index for index, line in enumerate(lines) if SEPARATOR.match(line.strip())]
    tables: list[RawTable] = []
    used: set[int] = set()
    starts: list[int] = []
    for index in separators:
        width = len(re.findall(r"-{3,}", lines[index]))
        before = lines[index - 1].strip() if index else ""
        if len(_cells_in_line(before)) >= 2:
            starts.append(index - 1)
        else:
            starts.append(index - width)
    for position, index in enumerate(separators):
        width = len(re.findall(r"-{3,}", lines[index]))
        end = starts[position + 1] if position + 1 < len(separators) else len(lines)
        before = lines[index - 1].strip() if index else ""
        if len(_cells_in_line(before)) >= 2:
            table = RawTable(index, _cells_in_line(before), index - 1)
            used.update({index - 1, index})
            for row_index in range(index + 1, end):
                cells = _cells_in_line(lines[row_index])
                if "|" not in lines[row_index] or len(cells) < 2:
                    break
                used.add(row_index)
                table.lost_cells += max(0, len(table.columns) - len(cells))
                table.rows.append((row_index + 1, cells + [""] * (len(table.columns) - len(cells))))
        else:
            header = [lines[i].strip().rstrip("|").strip() for i in range(index - width, index)]
            table = RawTable(index, header, index - width)
            used.update(range(index - width, index + 1))
            stacked: list[tuple[int, str]] = []
            pending: list[str] = []
            pending_start = 0
            for row_index in range(index + 1, end):
                text = lines[row_index].rstrip()
                if not pending:
                    pending_start = row_index
                if text.endswith("|"):
                    pending.append(text[:-1])
                    stacked.append(
                        (pending_start + 1, "\n".join(p.strip() for p in pending).strip())
                    )
                    used.update(range(pending_start, row_index + 1))
                    pending = []
                else:
                    pending.append(text)
            for start in range(0, len(stacked) - width + 1, width):
                group = stacked[start : start + width]
                table.rows.append((group[0][0], [cell for _, cell in group]))
            table.lost_cells = len(stacked) % width
        tables.append(table)
    return tables, used


def _column(columns: list[str], names: tuple[str, ...]) -> int | None:
    for index, column in enumerate(columns):
        lowered = column.lower()
        if any(lowered.startswith(name) for name in names):
            return index
    return None


def _fields(table: RawTable) -> tuple[list[PageField], list[str]]:
    columns = table.columns
    name_at = _column(columns, NAME_COLUMNS)
    type_at = _column(columns, TYPE_COLUMNS)
    required_at = _column(columns, REQUIRED_COLUMNS)
    description_at = _column(columns, DESCRIPTION_COLUMNS)
    lost = [
        label
        for label, at in (
            ("Type", type_at),
            ("Mandatory", required_at),
            ("Description", description_at),
        )
        if at is None
    ]
    fields: list[PageField] = []
    for line, cells in table.rows:
        name = cells[name_at if name_at is not None else 0].strip()
        if not name:
            continue
        required_text = cells[required_at].strip() if required_at is not None else ""
        required = {"yes": True, "是": True, "no": False, "否": False}.get(required_text.lower())
        fields.append(
            PageField(
                name=name,
                type_text=cells[type_at].strip() if type_at is not None else "",
                required=required,
                description=cells[description_at] if description_at is not None else "",
                line=line,
            )
        )
    return fields, lost


@dataclass
class _Place:
    section: str = ""
    status: str = ""
    title: str = ""


def read_huawei_page(text: str) -> Page:
    lines = text.splitlines()
    page = Page(
        vendor=HUAWEICLOUD.name, language="zh" if re.search(r"请求参数|响应参数", text) else "en"
    )
    tables, used = read_tables(lines)
    updated = last_updated(lines)
    if updated:
        page.last_updated = Fact(*updated)
    # The section, status and title in force before each line.
    events: list[tuple[int, str, str]] = []
    for index, raw in enumerate(lines):
        line = raw.strip()
        if index in used or not line:
            continue
        request = REQUEST_LINE.match(line) if page.request_line is None else None
        if request is not None and request.group(2).startswith("/"):
            page.request_line = Fact((request.group(1), request.group(2).split("?")[0]), index + 1)
            if page.title is None:
                page.title = Fact(_title_before(lines, index), index + 1)
        for kind, pattern in MARKERS:
            marker = pattern.match(line)
            if marker:
                events.append((index, kind, marker.group(1) if marker.groups() else ""))
                break
    places = _places(events, len(lines))
    _classify(page, tables, places)
    _read_examples(page, lines, used, events)
    return page


def _title_before(lines: list[str], index: int) -> str:
    """The heading above "Function" / "功能介绍" (the operation's title)."""
    for position in range(index - 1, 0, -1):
        if lines[position].strip() in ("Function", "功能介绍"):
            for candidate in reversed(lines[:position]):
                if candidate.strip() and not is_navigation(candidate):
                    return candidate.strip()
    return ""


def _places(events: list[tuple[int, str, str]], count: int) -> list[_Place]:
    places: list[_Place] = []
    current = _Place()
    position = 0
    for index in range(count):
        while position < len(events) and events[position][0] < index:
            _, kind, value = events[position]
            if kind == "status":
                current = _Place(current.section, value, "")
            elif kind == "title":
                current = _Place(current.section, current.status, value)
            else:
                current = _Place(kind, "", "")
            position += 1
        places.append(current)
    return places


def _classify(page: Page, tables: list[RawTable], places: list[_Place]) -> None:
    placeholders: set[str] = set()
    if page.request_line is not None:
        placeholders = set(re.findall(r"\{([^}]+)\}", page.request_line.value[1]))
    pending_structures: dict[str, list[str]] = {}  # per phase: names referenced, in order
    assigned: dict[str, set[str]] = {}  # per phase: structures that have their table
    has_body: set[str] = set()
    for raw in tables:
        place = places[max(raw.start, 0)]
        fields, lost = _fields(raw)
        names = [f.name for f in fields]
        table = PageTable(role="", line=raw.header_line + 1, fields=fields, lost_columns=lost)
        table.title = place.title
        title = place.title.lower()
        phase = "request" if place.section in ("uri", "request") else f"response {place.status}"
        if place.section == "status-codes":
            table.role = "status-codes"
            table.lost_columns = []
            page.status_codes += [
                Fact(f.name, f.line) for f in fields if re.fullmatch(r"\d{3}", f.name)
            ]
            page.tables.append(table)
            continue
        if place.section == "error-codes":
            table.role = "error-codes"
            table.lost_columns = []
            code_at = _column(raw.columns, ("error code", "错误码"))
            for line, cells in raw.rows:
                if code_at is not None and cells[code_at].strip():
                    page.error_codes.append(ErrorCode(cells[code_at].strip(), "", line))
            page.tables.append(table)
            continue
        if raw.lost_cells:
            page.notes.append(
                (table.line, f"{raw.lost_cells} cells of a table could not be placed")
            )
        header_like = bool(names) and all(HEADER_NAME.match(name) for name in names)
        request = phase == "request"
        structure_title = bool(re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", place.title))
        if structure_title:
            table.role = "structure"
        elif "path" in title or "路径" in title:
            table.role = "path"
        elif "query" in title:
            table.role = "query"
        elif "header" in title or "头" in title:
            table.role = "header" if request else "response-header"
        elif "body" in title or "体" in title:
            table.role = "body" if request else "response-body"
        elif place.section == "uri":
            table.role = "path" if names and all(n in placeholders for n in names) else "query"
        elif header_like:
            table.role = "header" if request else "response-header"
        elif phase not in has_body:
            table.role = "body" if request else "response-body"
        else:
            table.role = "structure"
        if table.role in ("body", "response-body"):
            has_body.add(phase)
        if table.role == "structure":
            # Titled "Table 6 Gadget", or else the next structure the tables so far name.
            queue = pending_structures.get(phase, [])
            done = assigned.setdefault(phase, set())
            if structure_title:
                match = next((n for n in queue if n.lower() == title), place.title)
            else:
                match = next((n for n in queue if n not in done), "")
            table.name = match
            done.add(match)
        if table.role in ("response-header", "response-body"):
            table.name = place.status
        if table.role.startswith("response") or phase != "request":
            table.lost_columns = [c for c in lost if c != "Mandatory"]
        if table.role in ("body", "response-body", "structure"):
            queue = pending_structures.setdefault(phase, [])
            for item in fields:
                shape = parse_type(item.type_text)
                held = shape[1] if shape and shape[0] in ("object", "array") else ""
                if held not in ("", "string", "integer", "number", "boolean", "object", *queue):
                    queue.append(held)
        page.tables.append(table)


def _read_examples(
    page: Page, lines: list[str], used: set[int], events: list[tuple[int, str, str]]
) -> None:
    """Example requests and responses: the text between markers, outside tables."""
    bounds = [index for index, _, _ in events] + [len(lines)]
    for position, (index, kind, value) in enumerate(events):
        end = bounds[position + 1]
        block = [lines[i] for i in range(index + 1, end) if i not in used]
        in_requests = kind == "example-requests"
        in_responses = kind == "status" and _section_at(events, position) == "example-responses"
        if in_requests:
            _request_examples(page, block, index + 2)
        elif in_responses:
            text = "\n".join(block)
            value_found, error = json_block(text)
            if value_found is None and error == "no JSON object":
                continue
            example = Example(
                role="response", line=index + 1, status=value, value=value_found, error=error
            )
            page.examples.append(example)
            if isinstance(value_found, dict) and isinstance(value_found.get("error_code"), str):
                page.error_codes.append(
                    ErrorCode(
                        value_found["error_code"], str(value_found.get("error_msg", "")), index + 1
                    )
                )


def _section_at(events: list[tuple[int, str, str]], position: int) -> str:
    for _, kind, _value in reversed(events[:position]):
        if kind not in ("status", "title"):
            return kind
    return ""


def _request_examples(page: Page, block: list[str], first_line: int) -> None:
    starts = [i for i, line in enumerate(block) if REQUEST_LINE.match(line.strip())]
    for n, start in enumerate(starts):
        stop = starts[n + 1] if n + 1 < len(starts) else len(block)
        match = REQUEST_LINE.match(block[start].strip())
        assert match is not None
        example = Example(
            role="request", line=first_line + start, method=match.group(1), url=match.group(2)
        )
        body = "\n".join(block[start + 1 : stop])
        if "{" in body:
            example.value, example.error = json_block(body)
        page.examples.append(example)
