"""The VCLM video generation jobs, one row per kind: the table the generic job backend
(generation.py) and its actions (generation_actions.py) are driven by.

Facts from tccli 3.1.189.1's api.json (services/vclm/v20240523): every
Describe...Job reports Status WAIT, RUN, FAIL or DONE (DescribePortraitSingJob:
StatusCode RUN, FAIL, STOP or DONE, with StatusMsg), ErrorCode and ErrorMessage
empty unless the job failed, and ResultVideoUrl valid for 24 hours; the Kling
kinds also report VideoId, Duration, FinalUnitDeduction (and take an
ExternalTaskId), the Vidu kinds Credits and the Payload they were given. A job can
be queried for 48 hours (SubmitPortraitSingJob's JobId), a face fusion job for 24.
"""

from __future__ import annotations

from dataclasses import dataclass

from emulator.lifecycle import Lifecycle
from emulator.messages import Text, text

GENERATION = Lifecycle(("WAIT", "RUN", "DONE"), failed="FAIL")
PORTRAIT = Lifecycle(("RUN", "DONE"), failed="FAIL", other=("STOP",))
# Labels of DescribePortraitSingJob's StatusMsg (our words), in the caller's language.
PORTRAIT_MESSAGES = {
    "RUN": text("vclm.portrait.RUN"),
    "FAIL": text("vclm.portrait.FAIL"),
    "STOP": text("vclm.portrait.STOP"),
    "DONE": text("vclm.portrait.DONE"),
}
HOURS = 3600
# Why a failing job fails: the documented codes of a job that ran and did not succeed.
MODERATION = ("FailedOperation.ModerationFailed", text("vclm.failure.moderation"))
INNER = ("FailedOperation.InnerError", text("vclm.failure.inner"))
DRIVER = ("FailedOperation.DriverFailed", text("vclm.failure.driver"))


@dataclass(frozen=True)
class JobKind:
    name: str  # Submit<name>Job / Describe<name>Job
    family: str  # kling, vidu or plain: which extra outputs the Describe action has
    lifecycle: Lifecycle = GENERATION
    status_field: str = "Status"
    lifetime_seconds: int = 48 * HOURS
    not_found_code: str = "FailedOperation.JobNotFound"
    # Groups of input fields of which one must be given (the schema cannot say it).
    one_of: tuple[tuple[str, ...], ...] = ()
    failures: tuple[tuple[str, Text], ...] = (MODERATION, INNER)

    @property
    def submit_action(self) -> str:
        return f"Submit{self.name}Job"

    @property
    def describe_action(self) -> str:
        return f"Describe{self.name}Job"

    @property
    def store_kind(self) -> str:
        return f"vclm.{self.name}"


JOB_KINDS: tuple[JobKind, ...] = (
    JobKind("TextToVideo", "kling"),
    JobKind("ImageToVideo", "kling", one_of=(("Image", "ImageTail"),)),
    JobKind("MotionControlKling", "kling", failures=(DRIVER, MODERATION)),
    JobKind("VideoEditKling", "kling"),
    JobKind("VideoExtendKling", "kling"),
    JobKind("TextToVideoVidu", "vidu"),
    JobKind("ImageToVideoVidu", "vidu"),
    JobKind("ReferenceToVideoVidu", "vidu", not_found_code="InvalidParameterValue"),
    JobKind("HunyuanToVideo", "plain"),
    JobKind("ImageToVideoGeneral", "plain"),
    JobKind(
        "PortraitSing",
        "portrait",
        lifecycle=PORTRAIT,
        status_field="StatusCode",
        not_found_code="InvalidParameterValue",
        one_of=(("ImageUrl", "ImageBase64"),),
    ),
    JobKind("TemplateToVideo", "plain", not_found_code="FailedOperation.JobNotExist"),
    JobKind("HumanActor", "plain", one_of=(("ImageUrl", "ImageBase64"),), failures=(DRIVER, INNER)),
    JobKind("VideoFaceFusion", "plain", lifetime_seconds=24 * HOURS),
)
BY_NAME = {kind.name: kind for kind in JOB_KINDS}
