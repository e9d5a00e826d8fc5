"""What the readers take from prose and type names, in the wordings the vendors use."""

from __future__ import annotations

import pytest

from toolchain.doc_prose import named_values, says_nullable
from toolchain.doccheck.page import parse_type
from toolchain.doccheck.tencent_page import parse_row


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("State\n- QUEUED: waiting\n- DONE: finished", ["QUEUED", "DONE"]),
        ("排序方式。 * asc：升序 * desc：降序  默认asc升序。", ["asc", "desc"]),
        (
            "排序字段： - 按创建时间排序：create_time - 按资产排序：asset_order",
            ["create_time", "asset_order"],
        ),
        ('状态:\nJobInit: "初始化中"\nJobDone: "完成"', ["JobInit", "JobDone"]),
        ("枚举值：“simple”, “down_back”\nsimple：简单", ["simple", "down_back"]),
        ("Valid values: `LOW`, `HIGH`.", ["LOW", "HIGH"]),
        ("- 2D_VIDEO: avatar video\n- PHOTO_VIDEO: photo video", ["2D_VIDEO", "PHOTO_VIDEO"]),
    ],
)
def test_values_named_in_a_description(text: str, values: list[str]) -> None:
    assert named_values(text) == values


@pytest.mark.parametrize(
    "text",
    [
        "Details: Total number of tasks. Value range: 0-100",
        "Note: This parameter may return null.",
        "See https://example.com/x for more.",
        "Task status. Options:",
        "- The first line of a list that names no value",
        '示例值:["a", "b"]',
    ],
)
def test_prose_that_names_no_value(text: str) -> None:
    assert named_values(text) == []


def test_nullability_in_both_languages() -> None:
    assert says_nullable("Note: This parameter may return null, indicating ...")
    assert says_nullable("注意:此字段可能返回 null,表示取不到有效值。")
    assert not says_nullable("A remark left by the service.")


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("String", ("string", "string")),
        ("Integer", ("integer", "integer")),
        ("Float", ("number", "number")),
        ("Timestamp ISO8601", ("string", "string")),
        ("Array of VideoInfo", ("array", "VideoInfo")),
        ("Array of String", ("array", "string")),
        ("Array of strings", ("array", "string")),
        ("Array of DigitalHumanVideo objects", ("array", "DigitalHumanVideo")),
        ("OutputAssetInfo object", ("object", "OutputAssetInfo")),
        ("Map<String,String>", ("object", "")),
        ("", None),
    ],
)
def test_type_names(text: str, shape: tuple[str, str] | None) -> None:
    assert parse_type(text) == shape


@pytest.mark.parametrize(
    ("line", "row"),
    [
        (
            "SdkAppId Yes Integer The application.",
            ("SdkAppId", True, "Integer", "The application."),
        ),
        (
            "Whiteboard No Whiteboard Size of the board.",
            ("Whiteboard", False, "Whiteboard", "Size of the board."),
        ),
        (
            "VideoInfos Array of VideoInfo Videos",
            ("VideoInfos", None, "Array of VideoInfo", "Videos"),
        ),
        ("ReplayUrl String", ("ReplayUrl", None, "String", "")),
        ("JobId String 任务ID", ("JobId", None, "String", "任务ID")),
        ("Concat Concat Splicing.", ("Concat", None, "Concat", "Splicing.")),
    ],
)
def test_table_rows(line: str, row: tuple[str, bool | None, str, str]) -> None:
    found = parse_row(line, {"Concat"})
    assert found is not None
    assert (found.name, found.required, found.type_text, found.description) == row


@pytest.mark.parametrize(
    "line",
    [
        "This parameter conflicts with the Whiteboard parameter.",
        "See StartOnlineRecord for the details.",
        "Tencent Cloud keeps the file for 3 days.",
        "- AUTO: stopped by itself",
        "示例值:145fa4a42d9440d1",
    ],
)
def test_wrapped_description_lines_are_not_rows(line: str) -> None:
    assert parse_row(line, {"Whiteboard"}) is None
