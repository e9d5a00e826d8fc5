"""TIW's events (the spec's webhooks): which are due for which task, their bodies, signing.

A recording reaching RECORDING is OnlineRecordStarted, reaching STOPPED is
OnlineRecordStopped, ending (FINISHED, or FAILED with FinishReason EXCEPTION) is
OnlineRecordFinished; a task that skipped states (e.g. with immediate progression)
gets the events of those it passed through. A video generation task ending is
VideoGenerationFinished (the project's assumed event, see the spec). Events go to
the URL registered when they become due and are signed, at each attempt, with the
key registered then (clouds/tencentcloud/tiw_callback.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

from clouds.tencentcloud.tiw_callback import sign_event
from emulator.callbacks import Notice
from emulator.context import Context
from emulator.services.tiw.backend import RECORD_FAILURE, TiwBackend
from emulator.services.tiw.outputs import recording_output, video_generation_output
from emulator.tasks import Tasks

# How long a signature stays valid (not documented; the emulator's choice).
SIGNATURE_VALIDITY_SECONDS = 300
RECORDING_EVENTS = (
    ("OnlineRecordStarted", ("RECORDING", "PAUSED", "STOPPED", "FINISHED", "FAILED")),
    ("OnlineRecordStopped", ("STOPPED", "FINISHED", "FAILED")),
    ("OnlineRecordFinished", ("FINISHED", "FAILED")),
)
FAILURE = {"Code": "FailedOperation.Record", "Message": RECORD_FAILURE}


class TiwEvents:
    name = "tiw"

    def __init__(self, context: Context) -> None:
        self.context = context
        self.backend = TiwBackend(context)

    def due(self, now: float, known: Callable[[str], bool]) -> Iterator[Notice]:
        yield from self._due(self.backend.recordings, "recording", RECORDING_EVENTS, now, known)
        video_events = (("VideoGenerationFinished", ("FINISHED", "FAILED")),)
        yield from self._due(
            self.backend.video_generations, "video generation", video_events, now, known
        )

    def _due(
        self,
        tasks: Tasks,
        events: str,
        types: tuple[tuple[str, tuple[str, ...]], ...],
        now: float,
        known: Callable[[str], bool],
    ) -> Iterator[Notice]:
        # A task whose last event is claimed (by any worker) is settled in the store: later
        # sweeps skip it, under an index, until it is written again.
        for task in tasks.unsettled():
            state = tasks.state(task, now)
            for event_type, states in types:
                key = f"{tasks.kind}:{task['TaskId']}:{event_type}"
                if state not in states or known(key):
                    continue
                url, _ = self.backend.callback(task["SdkAppId"], events)
                event = {
                    "EventType": event_type,
                    "EventData": self._event_data(event_type, task, state, now),
                    "SdkAppId": task["SdkAppId"],
                    "Timestamp": int(now),
                }
                about = {"EventType": event_type, "TaskId": task["TaskId"]}
                yield Notice(key, self.name, url, event, about)
            if tasks.lifecycle.final(state) and known(
                f"{tasks.kind}:{task['TaskId']}:{types[-1][0]}"
            ):
                tasks.settle(task["TaskId"], task)

    def _event_data(
        self, event_type: str, task: Mapping[str, Any], state: str, now: float
    ) -> dict[str, Any]:
        if event_type == "VideoGenerationFinished":
            return video_generation_event(task, state, now)
        if event_type != "OnlineRecordFinished":
            return {k: task[k] for k in ("TaskId", "RoomId", "RecordUserId")}
        if state == "FAILED":
            output = recording_output(task, "STOPPED", now)
            return {**finished_fields(output), "FinishReason": "EXCEPTION", "Error": FAILURE}
        return {**finished_fields(recording_output(task, state, now))}

    def signed(self, delivery: Mapping[str, Any], now: float) -> dict[str, Any]:
        event = delivery["Event"]
        events = (
            "recording" if event["EventType"].startswith("OnlineRecord") else "video generation"
        )
        _, key = self.backend.callback(event["SdkAppId"], events)
        return sign_event(event, key, int(now) + SIGNATURE_VALIDITY_SECONDS)


def finished_fields(output: Mapping[str, Any]) -> dict[str, Any]:
    """OnlineRecordFinished's EventData: DescribeOnlineRecord's facts of the ended task."""
    names = (
        "TaskId",
        "RoomId",
        "GroupId",
        "RecordUserId",
        "FinishReason",
        "RecordStartTime",
        "RecordStopTime",
        "TotalTime",
        "ExceptionCnt",
        "OmittedDurations",
        "VideoInfos",
    )
    return {name: output[name] for name in names}


def video_generation_event(task: Mapping[str, Any], state: str, now: float) -> dict[str, Any]:
    if state == "FAILED":
        output = video_generation_output(task, "PROCESSING", now)
        data = {k: output[k] for k in ("TaskId", "GroupId", "RoomId")}
        return {**data, "Status": "FINISHED", "Error": FAILURE}
    output = video_generation_output(task, state, now)
    return {
        k: output[k]
        for k in ("TaskId", "GroupId", "RoomId", "Status", "TotalTime", "VideoInfoList")
    }
