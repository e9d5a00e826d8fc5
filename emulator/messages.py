"""The messages the emulator writes, in the languages Tencent documents for `X-TC-Language`
(and the v1 `Language` parameter): zh-CN and en-US. One catalogue, one place.

A catalogued message is a `Text`: a str (its English wording, so every caller that treats it
as a plain message keeps working) that also knows its Chinese wording; the protocol asks
`localized(message, language)` when it writes the reply. Messages not (yet) in the catalogue
stay in English.
"""

from __future__ import annotations

from typing import Any

LANGUAGES = ("zh-CN", "en-US")
ENGLISH, CHINESE = "en-US", "zh-CN"

# key -> (en-US, zh-CN); `{name}` fields are filled by `text(key, name=...)`.
CATALOGUE: dict[str, tuple[str, str]] = {
    # Authentication (emulator/protocols/tencent_auth.py)
    "auth.missing": (
        "The request is not signed: it has neither an Authorization header "
        "(TC3-HMAC-SHA256) nor the Signature parameter (HmacSHA1, HmacSHA256).",
        "请求未签名：既没有 Authorization 头部（TC3-HMAC-SHA256），也没有 Signature 参数"
        "（HmacSHA1、HmacSHA256）。",
    ),
    "auth.malformed": (
        "The Authorization header is malformed.",
        "Authorization 头部格式错误。",
    ),
    "auth.repeated": (
        "The request carries the {name} header more than once.",
        "请求多次携带了 {name} 头部。",
    ),
    "auth.scope_service": (
        "The credential scope names the service `{scope}`, but `{action}` is an action of "
        "`{service}`.",
        "凭证范围中的服务 `{scope}` 与接口 `{action}` 所属的服务 `{service}` 不一致。",
    ),
    "auth.scope_date": (
        "The credential scope date is not the UTC date of X-TC-Timestamp.",
        "凭证范围中的日期不是 X-TC-Timestamp 的 UTC 日期。",
    ),
    "auth.signed_headers": (
        "SignedHeaders must include content-type and host, and every signed header must be "
        "present.",
        "SignedHeaders 必须包含 content-type 和 host，且签名的头部必须都存在。",
    ),
    "auth.secret_id": (
        "The SecretId does not exist or is disabled.",
        "密钥不存在或已被禁用。",
    ),
    "auth.signature": (
        "The request signature does not match.",
        "请求签名验证失败，请检查签名计算过程。",
    ),
    "auth.expired": (
        "The signature has expired: the timestamp {timestamp} is more than {skew} seconds "
        "away from the server time.",
        "签名过期：时间戳 {timestamp} 与服务器时间相差超过 {skew} 秒。",
    ),
    "auth.nonce": (
        "The Nonce {nonce} was already used with this SecretId and Timestamp (a replayed request).",
        "该 Nonce {nonce} 已与此 SecretId 和 Timestamp 一起使用过（重放请求）。",
    ),
    "auth.token_missing": (
        "The SecretId is a temporary key: the request must carry its token.",
        "该密钥为临时密钥，请求必须携带其 Token。",
    ),
    "auth.token_wrong": (
        "The token is not valid for this SecretId.",
        "Token 对该密钥无效。",
    ),
    "auth.signature_method": (
        "SignatureMethod must be HmacSHA1 or HmacSHA256, not `{value}`.",
        "SignatureMethod 只能是 HmacSHA1 或 HmacSHA256，不能是 `{value}`。",
    ),
    # The request envelope (emulator/protocols/tencentcloud.py, tencent_auth.py)
    "request.missing": (
        "The request is missing the {name}.",
        "请求缺少 {name}。",
    ),
    "request.not_integer": (
        "{name} must be a positive decimal integer.",
        "{name} 必须是正的十进制整数。",
    ),
    "request.repeated_parameter": (
        "The parameter `{name}` is given more than once.",
        "参数 `{name}` 出现了多次。",
    ),
    "request.form_encoding": (
        "The form-encoded parameters are not valid UTF-8.",
        "表单编码的参数不是有效的 UTF-8。",
    ),
    "request.form_fields": (
        "The request carries more than {limit} parameters.",
        "请求的参数超过 {limit} 个。",
    ),
    "request.method": (
        "HTTP method {method} is not supported; use GET or POST.",
        "不支持 HTTP 方法 {method}，请使用 GET 或 POST。",
    ),
    "request.language": (
        "The language must be zh-CN or en-US, not `{value}`.",
        "语言只能是 zh-CN 或 en-US，不能是 `{value}`。",
    ),
    "request.action": (
        "The action `{action}` does not exist.",
        "接口 `{action}` 不存在。",
    ),
    "request.action_of": (
        "The action `{action}` does not exist in {service} {version}.",
        "接口 `{action}` 在 {service} {version} 中不存在。",
    ),
    "request.version": (
        "The version `{version}` does not exist for {service}.",
        "{service} 不存在版本 `{version}`。",
    ),
    "request.rate_limit": (
        "{action} of {service} allows {limit}; the limit was exceeded.",
        "{service} 的 {action} 接口限频为 {limit}，已超过限制。",
    ),
    "request.region": (
        "{action} is not supported in region `{region}`; it supports {regions}.",
        "{action} 不支持地域 `{region}`，支持的地域：{regions}。",
    ),
    # Parameters refused by the action's schema (emulator/protocols/tencent_params.py)
    "params.missing": (
        "The request is missing a required parameter `{name}`.",
        "缺少必选参数 `{name}`。",
    ),
    "params.unknown": (
        "The parameter `{name}` is not recognized.",
        "未知参数 `{name}`。",
    ),
    "params.type": (
        "The value of parameter `{name}` has the wrong type: {reason}.",
        "参数 `{name}` 的值类型错误：{reason}。",
    ),
    "params.value": (
        "The value of parameter `{name}` is invalid: {reason}.",
        "参数 `{name}` 的取值无效：{reason}。",
    ),
    # The request's size and body (emulator/protocols/tencentcloud.py)
    "request.query_size": (
        "The query string of a GET request exceeds {limit} bytes.",
        "GET 请求的查询字符串超过 {limit} 字节。",
    ),
    "request.body_size": (
        "The request body exceeds {limit} bytes.",
        "请求体超过 {limit} 字节。",
    ),
    "request.body_late": (
        "The request body did not arrive within {seconds} s.",
        "请求体未在 {seconds} 秒内传输完成。",
    ),
    "request.content_type": (
        "POST bodies must be application/json, not `{value}`.",
        "POST 请求体必须是 application/json，不能是 `{value}`。",
    ),
    "request.not_json": (
        "The request body is not valid UTF-8 JSON: {reason}.",
        "请求体不是有效的 UTF-8 JSON：{reason}。",
    ),
    # Why a body is not strict JSON (emulator/http.py, parse_json)
    "json.syntax": ("{detail}", "JSON 语法错误：{detail}"),
    "json.not_utf8": ("the body is not UTF-8", "请求体不是 UTF-8 编码"),
    "json.constant": ("{name} is not a JSON value", "{name} 不是 JSON 值"),
    "json.number_range": (
        "the number {number} is beyond the range of a double",
        "数字 {number} 超出了双精度浮点数的范围",
    ),
    "json.depth": (
        "the body nests deeper than {depth} levels",
        "请求体的嵌套超过 {depth} 层",
    ),
    "json.surrogate": (
        "the body holds an unpaired UTF-16 surrogate",
        "请求体含有未配对的 UTF-16 代理项",
    ),
    "request.not_object": (
        "The request body must be a JSON object.",
        "请求体必须是 JSON 对象。",
    ),
    # Flattened parameters (GET, signature v1) into their shape (tencent_params.py)
    "params.depth": (
        "The parameter `{name}` nests deeper than {depth} levels.",
        "参数 `{name}` 的嵌套超过 {depth} 层。",
    ),
    "params.max_items": (
        "The parameter `{name}` takes at most {limit} items; `{item}` is beyond them.",
        "参数 `{name}` 最多包含 {limit} 项，`{item}` 超出了范围。",
    ),
    "params.gap": (
        "The parameter `{name}` is beyond the items given: list items are numbered from 0 "
        "without gaps.",
        "参数 `{name}` 超出了已给出的项：列表项须从 0 开始连续编号。",
    ),
    "params.shape": (
        "The parameter `{name}` does not fit the shape of `{parent}` given by the other "
        "parameters.",
        "参数 `{name}` 与其他参数给出的 `{parent}` 结构不一致。",
    ),
    "internal": ("An internal error occurred.", "内部错误。"),
    # TIW (emulator/services/tiw/)
    "tiw.task_not_found": (
        "The task `{task_id}` does not exist.",
        "任务 `{task_id}` 不存在。",
    ),
    "tiw.sdk_app_id": (
        "The SdkAppId does not exist or does not match the current Tencent Cloud account.",
        "SdkAppId 不存在或与当前腾讯云账号不对应。",
    ),
    "tiw.not_registered": (
        "TIW is not enabled for this application.",
        "该应用未开通互动白板服务。",
    ),
    "tiw.service_expired": (
        "The account is in arrears or TIW has expired.",
        "账号已欠费或互动白板服务已过期。",
    ),
    "tiw.mix_stream_extra": (
        "MixStream needs MIX_STREAM in Extras.",
        "开启 MixStream 时，Extras 中必须包含 MIX_STREAM。",
    ),
    "tiw.mix_stream_model": (
        "MixStream needs ModelId when Custom is absent.",
        "MixStream 未指定 Custom 时必须指定 ModelId。",
    ),
    "tiw.mix_stream_canvas": (
        "MixStream.Custom.InputStreamList.{index} extends beyond the canvas.",
        "MixStream.Custom.InputStreamList.{index} 超出了画布范围。",
    ),
    "tiw.record_user_busy": (
        "RecordUserId `{user}` is recording in another task.",
        "RecordUserId `{user}` 正在另一个任务中录制。",
    ),
    "tiw.recording_limit": (
        "At most {limit} recording tasks run at once.",
        "同时进行的录制任务最多 {limit} 个。",
    ),
    "tiw.video_generation_limit": (
        "At most {limit} video generation tasks run at once.",
        "同时进行的录制视频生成任务最多 {limit} 个。",
    ),
    "tiw.recording_stopped": (
        "The recording task `{task_id}` has already stopped ({state}).",
        "录制任务 `{task_id}` 已停止（{state}）。",
    ),
    "tiw.cannot_pause": (
        "A recording task cannot be paused while it is {state}.",
        "录制任务处于 {state} 状态，无法暂停。",
    ),
    "tiw.cannot_resume": (
        "A recording task cannot be resumed while it is {state}.",
        "录制任务处于 {state} 状态，无法恢复。",
    ),
    "tiw.recording_missing": (
        "The recording task does not exist.",
        "录制任务不存在。",
    ),
    "tiw.recording_unfinished": (
        "The recording task has not finished.",
        "录制任务尚未结束。",
    ),
    "tiw.record_failure": (
        "code: 40004, msg: im login failed with code 6206, desc userSig expired "
        "(failure injected by the emulator)",
        "code: 40004, msg: im login failed with code 6206, desc userSig expired"
        "（模拟器注入的故障）",
    ),
    # Why a callback URL may not be registered or delivered to (emulator/callback_urls.py)
    "callback_url.invalid": (
        "{url} is not a valid URL ({error})",
        "{url} 不是有效的 URL（{error}）",
    ),
    "callback_url.scheme": (
        "{url} does not start with http:// or https://",
        "{url} 不是以 http:// 或 https:// 开头",
    ),
    "callback_url.no_host": ("{url} has no host", "{url} 没有主机名"),
    "callback_url.host_name": ("{url} has an invalid host name", "{url} 的主机名无效"),
    "callback_url.port": ("{url} has a port out of range", "{url} 的端口超出范围"),
    "callback_url.admin_api": (
        "{url} points at the emulator's admin API ({prefix}/), which callbacks may not reach",
        "{url} 指向模拟器的管理 API（{prefix}/），回调不能访问它",
    ),
    "callback_url.refused": ("refused: {reason}", "已拒绝：{reason}"),
    "callback_url.name_not_loopback": (
        "callback target {host} is not a loopback address (--callback-targets loopback); "
        "the name was not resolved",
        "回调目标 {host} 不是环回地址（--callback-targets loopback），未解析该名称",
    ),
    "callback_url.not_loopback": (
        "callback target {host} is not loopback (--callback-targets loopback)",
        "回调目标 {host} 不是环回地址（--callback-targets loopback）",
    ),
    "callback_url.no_loopback_address": (
        "callback target {host} resolves to no loopback address (--callback-targets loopback)",
        "回调目标 {host} 解析不到任何环回地址（--callback-targets loopback）",
    ),
    "tiw.callback_url": (
        "{reason}",
        "回调地址不可用：{reason}。",
    ),
    # VCLM (emulator/services/vclm/)
    "vclm.job_not_found": (
        "The job `{job_id}` does not exist.",
        "任务 `{job_id}` 不存在。",
    ),
    "vclm.external_not_found": (
        "No job has the ExternalTaskId `{external}`.",
        "没有 ExternalTaskId 为 `{external}` 的任务。",
    ),
    "vclm.no_job_named": (
        "Neither JobId nor ExternalTaskId names a job.",
        "JobId 和 ExternalTaskId 均未指定任务。",
    ),
    "vclm.one_of": (
        "One of {names} must be given.",
        "{names} 中必须至少指定一个。",
    ),
    "vclm.job_limit": (
        "At most {limit} stylization jobs may be unfinished at once.",
        "未完成的视频风格化任务最多 {limit} 个。",
    ),
    "vclm.video_url": (
        "VideoUrl `{url}` is not an http(s) URL.",
        "VideoUrl `{url}` 不是 http(s) 地址。",
    ),
    "vclm.video_format": (
        "The input video must be mp4 or mov, not `{suffix}`.",
        "输入视频必须是 mp4 或 mov 格式，不能是 `{suffix}`。",
    ),
    "vclm.element_images": (
        "ElementImageList is required for image_refer.",
        "ReferenceType 为 image_refer 时必须指定 ElementImageList。",
    ),
    "vclm.element_videos": (
        "VideoList is required for video_refer.",
        "ReferenceType 为 video_refer 时必须指定 VideoList。",
    ),
    "vclm.element_not_found": (
        "The subject `{element_id}` does not exist.",
        "主体 `{element_id}` 不存在。",
    ),
    "vclm.element_not_ready": (
        "The subject `{element_id}` is not ready.",
        "主体 `{element_id}` 尚未就绪。",
    ),
    "vclm.portrait.RUN": ("running", "运行中"),
    "vclm.portrait.FAIL": ("failed", "失败"),
    "vclm.portrait.STOP": ("stopped", "已停止"),
    "vclm.portrait.DONE": ("done", "已完成"),
    # Why a job or a subject failed (ErrorMessage in their Describe replies)
    "vclm.failure.moderation": ("The content failed moderation.", "内容审核未通过。"),
    "vclm.failure.inner": ("Internal service error; try again.", "服务内部错误，请重试。"),
    "vclm.failure.driver": (
        "Driving the image with the reference failed.",
        "使用参考内容驱动图片失败。",
    ),
    "vclm.failure.element": (
        "The reference could not be turned into a subject.",
        "无法根据参考素材生成主体。",
    ),
    # VCLM job states (StatusMsg)
    "vclm.JobInit": ("Initializing", "初始化中"),
    "vclm.JobModerationFailed": ("Moderation failed", "审核失败"),
    "vclm.JobRunning": ("Processing", "处理中"),
    "vclm.JobFailed": ("Processing failed", "处理失败"),
    "vclm.JobSuccess": ("Completed", "处理完成"),
}


class Text(str):
    """A catalogued message: its English wording, with its Chinese wording beside it."""

    chinese: str

    def __new__(cls, english: str, chinese: str) -> Text:
        text = super().__new__(cls, english)
        text.chinese = chinese
        return text


def text(key: str, **fields: Any) -> Text:
    """The catalogued message `key` with its fields filled; a field that is itself a Text
    (a reason inside a message) is written in the message's language."""
    english, chinese = CATALOGUE[key]
    in_chinese = {
        name: value.chinese if isinstance(value, Text) else value for name, value in fields.items()
    }
    return Text(english.format(**fields), chinese.format(**in_chinese))


def localized(message: str, language: str | None) -> str:
    """The message in `language` (zh-CN or en-US); English when it has no translation."""
    if language == CHINESE and isinstance(message, Text):
        return message.chinese
    return str(message)


def label(key: str, language: str) -> str:
    """A catalogued label in `language` (a state's name, where there are no fields)."""
    english, chinese = CATALOGUE[key]
    return chinese if language == CHINESE else english
