"""Request bodies and rules for paging (contract §5): page index or keyset cursor."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, Strict, model_validator

from openwyn.kit.inputs import integral

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 1000
MAX_PAGE = 10_000_000

PageSize = Annotated[int, Strict(), Field(ge=1, le=MAX_PAGE_SIZE), BeforeValidator(integral)]
PageIndex = Annotated[int, Strict(), Field(ge=0, le=MAX_PAGE), BeforeValidator(integral)]
Cursor = Annotated[str, Strict(), Field(min_length=1, max_length=4096)]
# Query strings carry only text, so their integers are parsed ("2" is 2; "2.5" is still 400).
QueryPageSize = Annotated[int, Field(ge=1, le=MAX_PAGE_SIZE)]
QueryPageIndex = Annotated[int, Field(ge=0, le=MAX_PAGE)]


@dataclass(frozen=True)
class Paging:
    size: int
    offset: int
    cursor: str | None


class PagingFields(BaseModel):
    # The schema states the two exclusions too, so generated clients and fuzzers know them.
    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        json_schema_extra={
            "not": {
                "anyOf": [{"required": ["page", "cursor"]}, {"required": ["pageSize", "limit"]}]
            }
        },
    )

    pageSize: PageSize | None = None  # noqa: N815 - the contract's field name
    limit: PageSize | None = Field(default=None, description="A synonym of pageSize.")
    page: PageIndex | None = Field(default=None, description="Zero-based page index.")
    cursor: Cursor | None = Field(
        default=None, description="endCursor of the previous answer, instead of page."
    )

    @model_validator(mode="after")
    def _one_way_to_page(self) -> PagingFields:
        sent = self.model_fields_set
        if {"page", "cursor"} <= sent:
            raise ValueError("send either page or cursor, not both")
        if {"pageSize", "limit"} <= sent:
            raise ValueError("send either pageSize or limit, not both")
        return self

    def paging(self) -> Paging:
        size = self.pageSize or self.limit or DEFAULT_PAGE_SIZE
        return Paging(size=size, offset=(self.page or 0) * size, cursor=self.cursor)

    def simple_filters(self) -> dict[str, Any]:
        """The equality filters a list body carried (every set field but the paging ones)."""
        return {
            name: value
            for name, value in self.model_dump(exclude_unset=True).items()
            if name not in PagingFields.model_fields
        }


class SearchRequest(PagingFields):
    where: dict[str, Any] | None = Field(default=None, description="A boolean expression.")
    orderBy: list[dict[str, str]] | None = Field(  # noqa: N815 - the contract's field name
        default=None, description='e.g. [{"lastName": "asc"}]'
    )
