"""Facts the vendors state in prose: the values a field takes, whether it may be null.

The same wording appears on the API pages, in tccli's `document` strings and in
the Huawei SDK's docstrings, in English and in Chinese:

    - AUTO: Recording stopped by itself          (bullet: value, colon, meaning)
    * asc：升序 * desc：降序                        (inline bullets)
    - 按创建时间排序：create_time                   (bullet: meaning, colon, value)
    JobInit: "初始化中"                             (a line: value, colon, meaning)
    枚举值：“simple”, “down_back”                  (a list after a marker)
    Note: This parameter may return null ...     (nullable)
"""

from __future__ import annotations

import re

BULLET = re.compile(r"(?:^|(?<=\s))[-*•]\s+")
VALUE_FIRST = re.compile(r"""\s*["“`']?([A-Za-z0-9][A-Za-z0-9_.\-]*)["”`']?\s*[:：(（]""")
CJK = re.compile(r"[\u3400-\u9fff]")
MEANING_FIRST = re.compile(
    r"""^[^:：]*[:：]\s*["“`']?([A-Za-z0-9][A-Za-z0-9_\-]*)["”`']?\s*[。.;；]?$"""
)
LINE_VALUE = re.compile(r"""^\s*["“`']?([A-Za-z0-9][A-Za-z0-9_\-]*)["”`']?\s*[:：]""")
MARKER = re.compile(
    r"(?:枚举值|可选值|取值范围|取值|Valid values|Enumerated values|Enumeration values|"
    r"Value options|Options|Values)\s*[:：]\s*(.+)",
    re.IGNORECASE,
)
QUOTED = re.compile(r"""[“"`']([A-Za-z0-9][A-Za-z0-9_.\-]*)[”"`']""")
NULLABLE = re.compile(r"may return null|may be null|可能返回\s*null|可能为\s*null", re.IGNORECASE)
# Words that open an explanation rather than name a value.
STOP_WORDS = {
    "note",
    "notes",
    "example",
    "examples",
    "default",
    "remarks",
    "description",
    "details",
    "unit",
    "format",
    "range",
    "value",
    "values",
    "options",
    "tip",
    "warning",
    "http",
    "https",
    "eg",
    "e.g",
    "i.e",
}


def _constant_like(token: str) -> bool:
    """A token that reads as a code value rather than an English word."""
    if token.lower() in STOP_WORDS:
        return False
    if re.fullmatch(r"[A-Z][a-z]+|[a-z]+", token):
        return "_" in token  # a plain word ("Details") is prose; snake_case is a value
    return True


def named_values(text: str) -> list[str]:
    """The values a description names for its field, in order, without repeats."""
    found: list[str] = []

    def add(value: str) -> None:
        if value.lower() not in STOP_WORDS and value not in found:
            found.append(value)

    for line in text.splitlines():
        items = BULLET.split(line)
        for item in items[1:]:
            head = VALUE_FIRST.match(item)
            if head:
                add(head.group(1))
                continue
            tail = MEANING_FIRST.match(item.strip())
            if tail and CJK.search(item.split("：")[0].split(":")[0]):
                add(tail.group(1))
        if len(items) == 1:
            head = LINE_VALUE.match(line)
            if head and _constant_like(head.group(1)):
                add(head.group(1))
        marker = MARKER.search(line)
        if marker:
            for quoted in QUOTED.findall(marker.group(1)):
                add(quoted)
    return found


def says_nullable(text: str) -> bool:
    return bool(NULLABLE.search(text))
