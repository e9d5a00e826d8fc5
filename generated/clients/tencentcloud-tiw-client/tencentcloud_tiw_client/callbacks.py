"""Events the service POSTs to your callback URL: check them, then read them as models.

```python
from tencentcloud_tiw_client.callbacks import InvalidCallback, parse_callback

try:
    event = parse_callback(request_body, callback_key="<the key you set>")
except InvalidCallback:
    ...  # answer 403 and ignore it
```

Events: OnlineRecordFinished, OnlineRecordStarted, OnlineRecordStopped, VideoGenerationFinished (the webhooks of specs/tencentcloud/tiw/2019-09-19/openapi.yaml).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._runtime.tiw_callback import InvalidCallback, callback_signature, verify_callback
from .models import (
    OnlineRecordFinishedEvent,
    OnlineRecordStartedEvent,
    OnlineRecordStoppedEvent,
    VideoGenerationFinishedEvent,
)

Event = OnlineRecordFinishedEvent | OnlineRecordStartedEvent | OnlineRecordStoppedEvent | VideoGenerationFinishedEvent
EVENT_MODELS: dict[str, type[Event]] = {
    "OnlineRecordFinished": OnlineRecordFinishedEvent,
    "OnlineRecordStarted": OnlineRecordStartedEvent,
    "OnlineRecordStopped": OnlineRecordStoppedEvent,
    "VideoGenerationFinished": VideoGenerationFinishedEvent,
}

__all__ = ("EVENT_MODELS", "Event", "InvalidCallback", "callback_signature", "parse_callback")


def parse_callback(
    body: bytes | str | Mapping[str, Any],
    callback_key: str | None,
    *,
    now: float | None = None,
    leeway: float = 0.0,
) -> Event:
    """The received event as its model, once its signature and expiry are checked.

    `body` is the request body (or its parsed JSON); `callback_key` the key you set
    for these events, or None when you set none (unsigned events). Raises
    InvalidCallback for a bad signature, an expired one, an unknown EventType or a
    body that does not fit its event's schema.
    """
    event = verify_callback(body, callback_key, now=now, leeway=leeway)
    model = EVENT_MODELS.get(event["EventType"])
    if model is None:
        raise InvalidCallback(f"unknown EventType {event['EventType']!r}")
    try:
        return model.from_dict(event)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise InvalidCallback(f"not a valid {event['EventType']} event: {error!r}") from error
