"""The bodies of the client request routes (money-work.md §8 and §11)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from openwyn.directory.jobs import JOB_STATUSES
from openwyn.kit import inputs

_STRICT = ConfigDict(extra="forbid", frozen=True)
Title = Annotated[str, Field(min_length=1, max_length=200, pattern=inputs.NUL_FREE)]
Description = Annotated[str, Field(max_length=2000, pattern=inputs.NUL_FREE)]
Comment = Annotated[str, Field(min_length=1, max_length=2000, pattern=inputs.NUL_FREE)]
JobStatus = Literal[JOB_STATUSES]  # type: ignore[valid-type]


class ItemIn(BaseModel):
    model_config = _STRICT

    title: Title
    description: Description | None = None


class ClientRequestCreate(BaseModel):
    """`dueInDays` or `dueDate`, one of them."""

    model_config = _STRICT

    clientId: inputs.Id  # noqa: N815 - the contract's names
    jobId: inputs.Id  # noqa: N815
    contactIds: Annotated[list[inputs.Id], Field(min_length=1, max_length=20)]  # noqa: N815
    dueInDays: Annotated[int, Field(ge=1, le=365)] | None = None  # noqa: N815
    dueDate: inputs.IsoDate | None = None  # noqa: N815
    reviewerStaffId: inputs.Id | None = None  # noqa: N815
    onCompleteJobStatus: JobStatus | None = None  # noqa: N815
    items: Annotated[list[ItemIn], Field(min_length=1, max_length=50)]

    @model_validator(mode="after")
    def _one_due(self) -> ClientRequestCreate:
        if (self.dueInDays is None) == (self.dueDate is None):
            raise ValueError("give dueInDays or dueDate, one of them")
        if len(set(self.contactIds)) != len(self.contactIds):
            raise ValueError("contactIds names a contact twice")
        return self


class Review(BaseModel):
    """A reviewer's decision on an uploaded item; a change request says why."""

    model_config = _STRICT

    decision: Literal["ACCEPT", "REQUEST_CHANGES"]
    comment: Comment | None = None

    @model_validator(mode="after")
    def _reasoned(self) -> Review:
        if self.decision == "REQUEST_CHANGES" and self.comment is None:
            raise ValueError("a change request needs a comment saying what to change")
        return self


class DeliverableCreate(BaseModel):
    """Files to release to the client's contacts: at once, or once its invoices (of `jobId`,
    when given) are paid."""

    model_config = _STRICT

    clientId: inputs.Id  # noqa: N815
    jobId: inputs.Id | None = None  # noqa: N815
    fileIds: Annotated[list[inputs.Id], Field(min_length=1, max_length=50)]  # noqa: N815
    title: Title
    release: Literal["IMMEDIATE", "ON_PAYMENT"]

    @model_validator(mode="after")
    def _files_once(self) -> DeliverableCreate:
        if len(set(self.fileIds)) != len(self.fileIds):
            raise ValueError("fileIds names a file twice")
        return self
