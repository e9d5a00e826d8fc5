"""Tencent's per-action error codes: the lists in the Go SDK's client.go.

tccli's api.json names no error codes; Tencent's Go SDK
(`tencentcloud/<service>/<version>/client.go`) lists, above each action's
method, the codes it may return:

    // SubmitTextToVideoJob
    // ...
    // 可能返回的错误码:
    //  FAILEDOPERATION_IMAGEDECODEFAILED = "FailedOperation.ImageDecodeFailed"
    func (c *Client) SubmitTextToVideoJob(request ...
"""

from __future__ import annotations

import re
from pathlib import Path

_METHOD = re.compile(r"^func \(c \*Client\) (\w+)\(request \*\w+\)", re.MULTILINE)
_CODE = re.compile(r'^//\s+[A-Z0-9_]+ = "([A-Za-z0-9.]+)"\s*$')


def action_error_codes(client_go: str) -> dict[str, list[str]]:
    """Action -> the codes listed in the comment block above its method."""
    lines = client_go.splitlines()
    found: dict[str, list[str]] = {}
    for index, line in enumerate(lines):
        match = _METHOD.match(line)
        if match is None or match.group(1) in found:
            continue
        codes: list[str] = []
        above = index - 1
        while above >= 0 and lines[above].startswith("//"):
            code = _CODE.match(lines[above])
            if code:
                codes.append(code.group(1))
            above -= 1
        found[match.group(1)] = sorted(set(codes))
    return found


def load_error_codes(path: Path | None) -> dict[str, list[str]]:
    if path is None:
        return {}
    return action_error_codes(path.read_text(encoding="utf-8"))
