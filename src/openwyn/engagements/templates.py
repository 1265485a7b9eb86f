"""Engagement letter templates (money-work.md §7): `POST /api/v1/engagement-templates`
`{name, engagementNameTemplate, body}` and the rest of a standard resource (read family,
Records API type, events), with both templates checked when saved."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, Strict
from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.engagements import letters
from openwyn.errors import ErrorDetail, ValidationFailed
from openwyn.kit.query import Kind
from openwyn.kit.resource import Attr, Change, Resource
from openwyn.models import EngagementTemplate
from openwyn.models.base import table_of

# A letter runs to a few pages; a megabyte of template is a mistake, not a letter.
LetterBody = Annotated[str, Strict(), Field(min_length=1, max_length=200_000)]
NameTemplate = Annotated[str, Strict(), Field(min_length=1, max_length=500)]
TEMPLATED = ("engagementNameTemplate", "body")


async def letters_are_valid(_session: AsyncSession, _tenant_id: int, change: Change) -> None:
    """A template that does not parse, or reads a name or field the context lacks, is 400 at
    its path with the line of the first fault."""
    details: list[ErrorDetail] = []
    for name in TEMPLATED:
        source = change.values.get(name)
        fault = None if source is None else letters.check(source)
        if fault is not None:
            details.append({"path": name, "message": f"line {fault.line}: {fault.message}"})
    if details:
        raise ValidationFailed("The engagement template is not valid.", details)


ENGAGEMENT_TEMPLATES = Resource(
    key="engagement_template",
    title="Engagement template",
    table=table_of(EngagementTemplate),
    rest_plural="engagement-templates",
    read_plural="engagement_templates",
    read_singular="engagement_template",
    attrs=[
        Attr("name", Kind.STR, required=True),
        Attr(
            "engagementNameTemplate",
            Kind.STR,
            required=True,
            input_type=NameTemplate,
            sortable=False,
        ),
        Attr(
            "body",
            Kind.STR,
            required=True,
            input_type=LetterBody,
            sortable=False,
            filterable=False,
            listed=False,
        ),
    ],
    default_order=[("name", "asc")],
    rules=[letters_are_valid],
)
