"""Reading a Tencent Cloud API 3.0 page (English or Chinese) saved as text.

The page has numbered sections (API Description / 接口描述, Input Parameters /
输入参数, Output Parameters / 输出参数, Example / 示例, Error Code / 错误码).
Tables come out of a browser copy as lines of space-separated cells; a
description that wraps continues on the following lines; a column whose cells
were icons (Required / 必选 on some pages) may be missing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from clouds.tencentcloud import TENCENTCLOUD
from toolchain.doccheck.common_lines import ends_article, is_navigation, last_updated
from toolchain.doccheck.example_text import json_block, nest, query_pairs
from toolchain.doccheck.page import (
    PRIMITIVE_TYPES,
    ErrorCode,
    Example,
    Fact,
    Page,
    PageField,
    PageTable,
)

SECTIONS = {
    "description": ("API Description", "接口描述"),
    "input": ("Input Parameters", "Request Parameters", "输入参数"),
    "output": ("Output Parameters", "Response Parameters", "输出参数"),
    "examples": ("Example", "Examples", "示例"),
    "resources": ("Developer Resources", "开发者资源"),
    "errors": ("Error Code", "Error Codes", "错误码"),
}
HEADING = re.compile(r"^(?:\d+\s*[.、．]\s*)?(.+?)\s*$")
TABLE_HEADERS = {
    "Parameter Name Required Type Description": [
        "Parameter Name",
        "Required",
        "Type",
        "Description",
    ],
    "Parameter Name Type Description": ["Parameter Name", "Type", "Description"],
    "参数名称 必选 类型 描述": ["参数名称", "必选", "类型", "描述"],
    "参数名称 类型 描述": ["参数名称", "类型", "描述"],
    "Error Code Description": ["Error Code", "Description"],
    "错误码 描述": ["错误码", "描述"],
}
YES, NO = {"Yes", "是", "yes", "true"}, {"No", "否", "no", "false"}
FIELD_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]*(?:\.(?:N|\d+|[A-Za-z][A-Za-z0-9_]*))*$")
STRUCTURE = re.compile(r"^[A-Z][A-Za-z0-9]*$")
MULTI_HUMP = re.compile(r"^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+$")
ERROR_CODE = re.compile(r"^([A-Z][A-Za-z0-9]*(?:\.[A-Za-z0-9_]+)*)(?:\s+(.*))?$")
# First segments of Tencent Cloud API 3.0 error codes.
ERROR_CATEGORIES = {
    "ActionOffline",
    "AuthFailure",
    "DryRunOperation",
    "FailedOperation",
    "InternalError",
    "InvalidAction",
    "InvalidParameter",
    "InvalidParameterValue",
    "InvalidRequest",
    "IpInBlacklist",
    "IpNotInWhitelist",
    "LimitExceeded",
    "MissingParameter",
    "NoSuchProduct",
    "NoSuchVersion",
    "OperationDenied",
    "RequestLimitExceeded",
    "RequestSizeLimitExceeded",
    "ResourceInUse",
    "ResourceInsufficient",
    "ResourceNotFound",
    "ResourceUnavailable",
    "ResourcesSoldOut",
    "ResponseSizeLimitExceeded",
    "ServiceUnavailable",
    "UnauthorizedOperation",
    "UnknownParameter",
    "UnsupportedOperation",
    "UnsupportedProtocol",
    "UnsupportedRegion",
}
DOMAIN = re.compile(
    r"(?:Domain name for API request|接口请求域名)\s*[:：]\s*([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)"
)
RATE_EN = re.compile(
    r"maximum of (\d+) requests can be initiated per (second|minute|hour)", re.IGNORECASE
)
RATE_ZH = re.compile(r"频率限制\s*[:：]?\s*(\d+)\s*次\s*/\s*(秒|分钟|小时)")
PER_ZH = {"秒": "second", "分钟": "minute", "小时": "hour"}
THIS_API_VALUE = re.compile(
    r"(?:The value used for this API|本接口取值)\s*[:：]\s*([A-Za-z0-9.\-]+?)[.。]?\s*$"
)
ONLY_SUPPORTS = re.compile(r"(?:only supports|仅支持(?:其中的)?)\s*[:：]?\s*(.+)$", re.IGNORECASE)
REGION = re.compile(r"\b[a-z]{2,}(?:-[a-z]+)+(?:-\d+)?\b")
COMMON_PARAMETER = re.compile(r"Common Param|公共参数", re.IGNORECASE)
EXAMPLE_TITLE = re.compile(r"^(?:Example|示例)\s*(\d+)\s*(.*)$")
INPUT_EXAMPLE = ("Input Example", "Request Example", "输入示例")
OUTPUT_EXAMPLE = ("Output Example", "Response Example", "输出示例")


def looks_tencent(text: str) -> bool:
    return bool(
        DOMAIN.search(text)
        or re.search(r"^\s*(?:\d+\.\s*)?(Input Parameters|输入参数)\s*$", text, re.MULTILINE)
        or "tencentcloudapi.com" in text
    )


def section_of(line: str) -> str | None:
    match = HEADING.match(line)
    if not match:
        return None
    title = match.group(1)
    return next((key for key, titles in SECTIONS.items() if title in titles), None)


def read_type(
    line: str, tokens: list[re.Match[str]], start: int, known: set[str], has_required: bool
) -> tuple[str, int] | None:
    """The type at tokens[start:]: its text and how many tokens it takes."""
    words = [token.group(0) for token in tokens]
    if start >= len(words):
        return None
    word = words[start]
    if word in ("Array", "List") and start + 2 < len(words) and words[start + 1] == "of":
        return " ".join(words[start : start + 3]), 3
    if word.lower() in PRIMITIVE_TYPES:
        if word == "Timestamp" and start + 1 < len(words) and words[start + 1] == "ISO8601":
            return "Timestamp ISO8601", 2
        return word, 1
    if STRUCTURE.match(word):
        # A structure name, not the first words of a wrapped sentence ("See WidgetOutput
        # for ..."): after a Required value, or known to the specs or CamelCase, and
        # followed by a description that does not read as the rest of a sentence.
        rest = line[tokens[start].end() :].strip()
        if has_required:
            return word, 1
        if (word in known or MULTI_HUMP.match(word)) and not re.match(r"[a-z]", rest):
            return word, 1
    return None


def parse_row(line: str, known: set[str]) -> PageField | None:
    tokens = list(re.finditer(r"\S+", line))
    if not tokens or not FIELD_NAME.match(tokens[0].group(0)):
        return None
    index, required = 1, None
    if len(tokens) > 1 and tokens[1].group(0) in YES | NO:
        required = tokens[1].group(0) in YES
        index = 2
    found = read_type(line, tokens, index, known, required is not None)
    if found is None:
        return None
    type_text, used = found
    description = line[tokens[index + used - 1].end() :].strip()
    return PageField(tokens[0].group(0), type_text, required, description, 0)


def _error_code(line: str) -> tuple[str, str] | None:
    match = ERROR_CODE.match(line)
    if not match:
        return None
    code = match.group(1)
    if "." not in code and code not in ERROR_CATEGORIES:
        return None
    if code.split(".")[0] not in ERROR_CATEGORIES and "." not in code:
        return None
    return code, (match.group(2) or "").strip()


def read_tencent_page(text: str, known_structures: Iterable[str] = ()) -> Page:
    lines = text.splitlines()
    known = set(known_structures)
    page = Page(
        vendor=TENCENTCLOUD.name, language="zh" if re.search(r"输入参数|接口描述", text) else "en"
    )
    reader = _Reader(page, known)
    for number, raw in enumerate(lines, start=1):
        reader.feed(number, raw.strip())
    reader.finish()
    updated = last_updated(lines)
    if updated:
        page.last_updated = Fact(*updated)
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if page.domain is None and (domain := DOMAIN.search(line)):
            page.domain = Fact(domain.group(1).rstrip("."), number)
        if page.rate_limit is None:
            english, chinese = RATE_EN.search(line), RATE_ZH.search(line)
            if english:
                page.rate_limit = Fact((int(english.group(1)), english.group(2).lower()), number)
            elif chinese:
                page.rate_limit = Fact((int(chinese.group(1)), PER_ZH[chinese.group(2)]), number)
    if page.title is None:
        page.title = next(
            (
                Fact(line.strip(), n)
                for n, line in enumerate(lines, 1)
                if FIELD_NAME.match(line.strip()) and MULTI_HUMP.match(line.strip())
            ),
            None,
        )
    return page


class _Reader:
    """Walks the lines once, section by section."""

    def __init__(self, page: Page, known: set[str]) -> None:
        self.page = page
        self.known = known
        self.section: str | None = None
        self.table: PageTable | None = None
        self.last_field: PageField | None = None
        self.last_code: int | None = None
        self.example: Example | None = None
        self.example_title = ""
        self.example_lines: list[str] = []

    def feed(self, number: int, line: str) -> None:
        if ends_article(line):
            self.close_example()
            self.section = None
            return
        section = section_of(line)
        if section is not None:
            self.close_example()
            self.section = section
            self.table = None
            self.last_field = None
            if section == "errors":
                self.page.error_code_section = number
            return
        if self.section in ("input", "output"):
            self.read_parameter_line(number, line)
        elif self.section == "errors":
            self.read_error_line(number, line)
        elif self.section == "examples":
            self.read_example_line(number, line)

    def read_parameter_line(self, number: int, line: str) -> None:
        if not line or is_navigation(line):
            return
        assert self.section is not None
        if self.table is None:
            title = "Input Parameters" if self.section == "input" else "Output Parameters"
            self.table = PageTable(role=self.section, line=number, title=title)
            self.page.tables.append(self.table)
        normalized = " ".join(line.split())
        if normalized in TABLE_HEADERS:
            self.table.line = number
            columns = TABLE_HEADERS[normalized]
            if self.section == "input" and len(columns) == 3:
                self.table.lost_columns.append("Required")
            return
        row = parse_row(line, self.known)
        if row is not None:
            row.line = number
            self.last_field = row
            if self.take_common_parameter(row):
                return
            self.table.fields.append(row)
            return
        if self.last_field is not None:
            joined = f"{self.last_field.description}\n{line}".strip()
            self.last_field.description = joined
            if self.last_field.name in ("Action", "Version", "Region"):
                self.take_common_parameter(self.last_field)

    def take_common_parameter(self, row: PageField) -> bool:
        """Action, Version and Region rows state facts about the page, not fields."""
        if self.section != "input" or row.name not in ("Action", "Version", "Region"):
            return False
        if row.name == "Region" and not COMMON_PARAMETER.search(row.description):
            return False
        value = THIS_API_VALUE.search(row.description)
        if row.name == "Action" and value:
            self.page.action = Fact(value.group(1), row.line)
        elif row.name == "Version" and value:
            self.page.version = Fact(value.group(1), row.line)
        elif row.name == "Region":
            supported = ONLY_SUPPORTS.search(row.description)
            if supported:
                self.page.regions = Fact(REGION.findall(supported.group(1)), row.line)
        return True

    def read_error_line(self, number: int, line: str) -> None:
        if not line or " ".join(line.split()) in TABLE_HEADERS:
            return
        if is_navigation(line):
            self.section = None
            return
        found = _error_code(line)
        if found:
            self.page.error_codes.append(ErrorCode(found[0], found[1], number))
            self.last_code = len(self.page.error_codes) - 1
        elif self.last_code is not None:
            previous = self.page.error_codes[self.last_code]
            self.page.error_codes[self.last_code] = ErrorCode(
                previous.code, f"{previous.description} {line}".strip(), previous.line
            )

    def read_example_line(self, number: int, line: str) -> None:
        title = EXAMPLE_TITLE.match(line)
        if title and not line.startswith(("{", '"')):
            self.close_example()
            self.example_title = line
            return
        if line in INPUT_EXAMPLE or line in OUTPUT_EXAMPLE:
            self.close_example()
            role = "request" if line in INPUT_EXAMPLE else "response"
            self.example = Example(role=role, line=number, title=self.example_title)
            return
        if self.example is not None:
            self.example_lines.append(line)

    def close_example(self) -> None:
        example = self.example
        if example is None:
            return
        text = "\n".join(self.example_lines).strip()
        self.example, self.example_lines = None, []
        if not text:
            return
        if example.role == "request" and re.match(r"https?://", text):
            example.method = "GET"
            example.url = text.splitlines()[0]
            pairs = query_pairs(text)
            example.value = nest(
                [(k, v) for k, v in pairs if k not in ("Action", "Version", "Region")]
            )
            example.query = {}
            for key, value in pairs:
                example.query.setdefault(key, []).append(value)
        else:
            if example.role == "request":
                first = text.splitlines()[0]
                example.method = first.split()[0] if first.split() else ""
            example.value, example.error = json_block(text)
        self.page.examples.append(example)

    def finish(self) -> None:
        self.close_example()
