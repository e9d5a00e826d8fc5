"""Which cloud a spec under contract belongs to: asked of the cloud packages, never guessed."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from clouds import cloud_of
from clouds.tencentcloud import TENCENTCLOUD


def is_tencent(document: Mapping[str, Any]) -> bool:
    """Tencent Cloud API 3.0: RPC actions, errors inside an HTTP 200 envelope."""
    return cloud_of(document) is TENCENTCLOUD
