"""What TIW shows of its tasks: the outputs of the describe actions, which the events repeat.

A recording's time line is made of recorded spans, separated by its pauses: a
seeded task (admin API) records DurationSeconds in one span; a task started with
StartOnlineRecord records from its start to StopOnlineRecord (or to the moment of
reading while it runs), minus the pauses.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

MEDIA_HOST = "https://tiw-emulator.local"
ENDED = ("STOPPED", "FINISHED", "FAILED")


def stop_time(task: Mapping[str, Any], now: float) -> float:
    """When recording stopped (or `now`, while it runs)."""
    if "StoppedAt" in task:
        return float(task["StoppedAt"])
    if "DurationSeconds" in task:
        paused = sum(end - start for start, end in closed_pauses(task, now))
        return float(task["_created"]) + float(task["DurationSeconds"]) + paused
    return now


def closed_pauses(task: Mapping[str, Any], now: float) -> list[tuple[float, float]]:
    """Each pause as (paused at, resumed at); an open pause ends at the stop or `now`."""
    end = float(task.get("StoppedAt", now))
    pauses = task.get("Pauses", [])
    return [(float(start), float(end if stop is None else stop)) for start, stop in pauses]


def spans(task: Mapping[str, Any], now: float) -> list[tuple[int, int]]:
    """The recorded spans as (start, length), in ms from the start of the recording."""
    start = float(task["_created"])
    if "DurationSeconds" in task and not task.get("Pauses") and "StoppedAt" not in task:
        return [(0, int(task["DurationSeconds"]) * 1000)]
    found, cursor = [], start
    for paused, resumed in closed_pauses(task, now):
        found.append((cursor, paused))
        cursor = resumed
    found.append((cursor, max(cursor, stop_time(task, now))))
    return [
        (round((begin - start) * 1000), round((end - begin) * 1000))
        for begin, end in found
        if end > begin or len(found) == 1
    ]


def recorded_ms(task: Mapping[str, Any], now: float) -> int:
    return sum(length for _, length in spans(task, now))


def omitted_durations(task: Mapping[str, Any], now: float) -> list[dict[str, int]]:
    """The pauses that splicing cut out (only with Concat enabled, and only resumed ones)."""
    if not (task["Settings"].get("Concat") or {}).get("Enabled"):
        return []
    found, recorded, cursor = [], 0, float(task["_created"])
    for paused, resumed in closed_pauses(task, now):
        recorded += round((paused - cursor) * 1000)
        cursor = resumed
        if "StoppedAt" in task and resumed >= float(task["StoppedAt"]):
            break  # paused until the end: nothing after it to splice
        found.append(
            {
                "VideoTime": recorded,
                "PauseTime": int(paused * 1000),
                "ResumeTime": int(resumed * 1000),
            }
        )
    return found


WHITEBOARD_STREAM = "tic_record_user"  # the whiteboard's stream ID (RecordControl, StreamControl)
WHITEBOARD_SIZE = (1280, 960)  # Whiteboard.Width/Height when the request leaves them out
# A camera's big and small pictures. No page gives them: this project's assumption.
CAMERA_SIZE, SMALL_CAMERA_SIZE = (640, 360), (320, 180)
CONTROLS = ("DisableRecord", "DisableAudio", "PullSmallVideo")


def whiteboard_size(settings: Mapping[str, Any]) -> tuple[int, int]:
    """The whiteboard video's size: the request's Whiteboard.Width/Height, default 1280x960."""
    whiteboard = settings.get("Whiteboard") or {}
    return (
        int(whiteboard.get("Width", WHITEBOARD_SIZE[0])),
        int(whiteboard.get("Height", WHITEBOARD_SIZE[1])),
    )


def mix_size(settings: Mapping[str, Any]) -> tuple[int, int]:
    """A custom layout's canvas; a built-in template (ModelId) fills the whiteboard's size."""
    custom = (settings.get("MixStream") or {}).get("Custom")
    if custom:
        canvas = custom["Canvas"]["LayoutParams"]
        return int(canvas["Width"]), int(canvas["Height"])
    return whiteboard_size(settings)


def stream_control(settings: Mapping[str, Any], stream_id: str) -> dict[str, bool]:
    """How RecordControl records one stream: the first StreamControls entry whose StreamId
    is a prefix of the stream's ID (its own flags, each false unless set), else the global
    flags; nothing is held back unless RecordControl.Enabled."""
    control = settings.get("RecordControl") or {}
    if not control.get("Enabled"):
        return dict.fromkeys(CONTROLS, False)
    for entry in control.get("StreamControls") or []:
        if stream_id.startswith(str(entry.get("StreamId", ""))):
            return {flag: bool(entry.get(flag, False)) for flag in CONTROLS}
    return {flag: bool(control.get(flag, False)) for flag in CONTROLS}


def _video(
    task: Mapping[str, Any],
    user: str,
    video_type: int,
    span: tuple[int, int],
    part: int,
    size: tuple[int, int],
    fmt: str = "mp4",
    audio: bool = True,
) -> dict[str, Any]:
    play_time, duration = span
    video_id = hashlib.md5(f"{task['TaskId']}/{user}/{video_type}/{part}".encode()).hexdigest()
    if fmt == "mp3":
        width, height, size_per_ms = 0, 0, 32
    else:
        # Bytes follow the picture (a 640x360 camera takes 40 a millisecond) and the sound.
        width, height = size
        size_per_ms = max(1, width * height * 36 // (640 * 360)) + (4 if audio else 0)
    return {
        "UserId": user,
        "VideoDuration": duration,
        "VideoFormat": fmt,
        "VideoId": video_id,
        "VideoPlayTime": play_time,
        "VideoSize": duration * size_per_ms,
        "VideoType": video_type,
        "Width": width,
        "Height": height,
        "VideoUrl": f"{MEDIA_HOST}/{task['TaskId']}/{video_id}.{fmt}",
    }


def recorded_videos(task: Mapping[str, Any], now: float) -> list[dict[str, Any]]:
    """The files of a finished recording (or video generation): whiteboard, each camera,
    the mix, audio; one file per stream with splicing, else one per recorded span. The
    request's Whiteboard, MixStream and RecordControl say their sizes and which exist."""
    parts = spans(task, now)
    settings = task["Settings"]
    if (settings.get("Concat") or {}).get("Enabled") or len(parts) == 1:
        parts = [(parts[0][0], sum(length for _, length in parts))]
    mix = settings.get("MixStream") or {}
    board = stream_control(settings, WHITEBOARD_STREAM)
    cameras = {user: stream_control(settings, user) for user in task["Users"]}
    videos = []
    for part, span in enumerate(parts):
        if not board["DisableRecord"]:
            videos.append(_video(task, "", 2, span, part, whiteboard_size(settings), audio=False))
        for user, control in cameras.items():
            if not control["DisableRecord"]:
                size = SMALL_CAMERA_SIZE if control["PullSmallVideo"] else CAMERA_SIZE
                audio = not control["DisableAudio"]
                videos.append(_video(task, user, 0, span, part, size, audio=audio))
        if mix.get("Enabled"):
            layout = mix.get("ModelId", "custom") if not mix.get("Custom") else "custom"
            user = f"tic_mixstream_{task['RoomId']}_{layout}"
            audio = not mix.get("DisableAudio")
            videos.append(_video(task, user, 3, span, part, mix_size(settings), audio=audio))
        if task["AudioFileNeeded"]:
            videos += [
                _video(task, user, 4, span, part, (0, 0), "mp3")
                for user, control in cameras.items()
                if not control["DisableRecord"] and not control["DisableAudio"]
            ]
    return videos


def reads_the_clock(task: Mapping[str, Any], state: str) -> bool:
    """Whether `recording_output(task, state, now)` depends on `now`: only an ended task's
    times do, and only while it neither stopped at a known moment (StoppedAt) nor records a
    fixed length (a seeded task's DurationSeconds) with no pause still open."""
    if state not in ENDED or "StoppedAt" in task:
        return False
    if "DurationSeconds" not in task:
        return True
    return any(stop is None for _, stop in task.get("Pauses", []))


def recording_output(task: Mapping[str, Any], state: str, now: float) -> dict[str, Any]:
    """DescribeOnlineRecord's output for a task in `state`."""
    started = int(task["_created"])
    ended = state in ENDED
    return {
        # The pages document only the reasons of an ended task; until then it is empty.
        "FinishReason": task.get("FinishReason", "USER_CALL") if ended else "",
        "TaskId": task["TaskId"],
        "Status": state,
        "RoomId": task["RoomId"],
        "GroupId": task["GroupId"],
        "RecordUserId": task["RecordUserId"],
        "RecordStartTime": started if state != "PREPARED" else 0,
        "RecordStopTime": int(stop_time(task, now)) if ended else 0,
        "TotalTime": recorded_ms(task, now) if ended else 0,
        "ExceptionCnt": 0,
        "OmittedDurations": omitted_durations(task, now) if ended else [],
        "VideoInfos": recorded_videos(task, now) if state == "FINISHED" else [],
        "ReplayUrl": f"{MEDIA_HOST}/{task['TaskId']}/replay"
        if task["RecordMode"] == "VIDEO_GENERATION_MODE"
        else None,
        "Interrupts": [],
    }


def video_generation_output(task: Mapping[str, Any], state: str, now: float) -> dict[str, Any]:
    """DescribeVideoGenerationTask's output. A task holds a copy of its recording, with
    its own TaskId and the settings it overrode."""
    recording = task["Recording"]
    finished = state == "FINISHED"
    videos = recorded_videos(recording, now) if finished else []
    output = {
        "TaskId": task["TaskId"],
        "GroupId": recording["GroupId"],
        "RoomId": recording["RoomId"],
        "Status": state,
        "Progress": 100 if finished else 0,
        "TotalTime": recorded_ms(recording, now) if finished else 0,
        "VideoInfoList": videos,
    }
    if videos:
        # Deprecated but still declared by the SDK model and carried by the vendor's example:
        # one VideoInfo object, here the first file of the list.
        output["VideoInfos"] = videos[0]
    return output
