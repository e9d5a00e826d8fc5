from enum import StrEnum


class DescribeVideoStylizationJobResponseStatusCode(StrEnum):
    JOBFAILED = "JobFailed"
    JOBINIT = "JobInit"
    JOBMODERATIONFAILED = "JobModerationFailed"
    JOBRUNNING = "JobRunning"
    JOBSUCCESS = "JobSuccess"

    def __str__(self) -> str:
        return str(self.value)
