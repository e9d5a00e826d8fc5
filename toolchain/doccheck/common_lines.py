"""Lines every vendor page may carry: last updated, navigation, a request domain."""

from __future__ import annotations

import re

LAST_UPDATED = re.compile(
    r"(?:Last updated|Last Updated|Updated on|Updated at|Update time|"
    r"最后更新时间|最近更新时间|更新时间)"
    r"\s*[:：]?\s*(\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?)"
)
# Text of the site around the article, as a browser copy picks it up.
NAVIGATION = {
    "all product documents",
    "feedback",
    "文档反馈",
    "我的收藏",
    "本页目录",
    "was this page helpful?",
    "was this page helpful",
    "contact us",
    "联系我们",
    "technical support",
    "provide feedback",
    "本页内容是否解决了您的问题?",
    "本页内容是否解决了您的问题？",
    "yes",
    "no",
    "是",
    "否",
}
PAGE_END = (
    "was this page helpful",
    "本页内容是否解决了您的问题",
    "you can also contact sales",
    "contact our sales team",
    "provide feedback",
)


def is_navigation(line: str) -> bool:
    return line.strip().lower() in NAVIGATION


def ends_article(line: str) -> bool:
    lowered = line.strip().lower()
    return any(lowered.startswith(marker) for marker in PAGE_END)


def last_updated(lines: list[str]) -> tuple[str, int] | None:
    for number, line in enumerate(lines, start=1):
        found = LAST_UPDATED.search(line)
        if found:
            return found.group(1), number
    return None
