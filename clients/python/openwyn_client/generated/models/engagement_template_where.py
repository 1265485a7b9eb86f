from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boolean_comparison import BooleanComparison
    from ..models.integer_comparison import IntegerComparison
    from ..models.string_comparison import StringComparison
    from ..models.timestamp_comparison import TimestampComparison


T = TypeVar("T", bound="EngagementTemplateWhere")


@_attrs_define
class EngagementTemplateWhere:
    """A boolean expression over EngagementTemplate fields and relations; keys are ANDed.

    Attributes:
        field_and_ (list[EngagementTemplateWhere] | Unset):
        field_or_ (list[EngagementTemplateWhere] | Unset):
        field_not_ (EngagementTemplateWhere | Unset): A boolean expression over EngagementTemplate fields and relations;
            keys are ANDed.
        id (IntegerComparison | Unset):
        pms_ref (StringComparison | Unset):
        name (StringComparison | Unset):
        engagement_name_template (StringComparison | Unset):
        active (BooleanComparison | Unset):
        created_at (TimestampComparison | Unset):
        updated_at (TimestampComparison | Unset):
        version (IntegerComparison | Unset):
    """

    field_and_: list[EngagementTemplateWhere] | Unset = UNSET
    field_or_: list[EngagementTemplateWhere] | Unset = UNSET
    field_not_: EngagementTemplateWhere | Unset = UNSET
    id: IntegerComparison | Unset = UNSET
    pms_ref: StringComparison | Unset = UNSET
    name: StringComparison | Unset = UNSET
    engagement_name_template: StringComparison | Unset = UNSET
    active: BooleanComparison | Unset = UNSET
    created_at: TimestampComparison | Unset = UNSET
    updated_at: TimestampComparison | Unset = UNSET
    version: IntegerComparison | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        field_and_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.field_and_, Unset):
            field_and_ = []
            for field_and_item_data in self.field_and_:
                field_and_item = field_and_item_data.to_dict()
                field_and_.append(field_and_item)

        field_or_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.field_or_, Unset):
            field_or_ = []
            for field_or_item_data in self.field_or_:
                field_or_item = field_or_item_data.to_dict()
                field_or_.append(field_or_item)

        field_not_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_not_, Unset):
            field_not_ = self.field_not_.to_dict()

        id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = self.id.to_dict()

        pms_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pms_ref, Unset):
            pms_ref = self.pms_ref.to_dict()

        name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.to_dict()

        engagement_name_template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.engagement_name_template, Unset):
            engagement_name_template = self.engagement_name_template.to_dict()

        active: dict[str, Any] | Unset = UNSET
        if not isinstance(self.active, Unset):
            active = self.active.to_dict()

        created_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.to_dict()

        updated_at: dict[str, Any] | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.to_dict()

        version: dict[str, Any] | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if field_and_ is not UNSET:
            field_dict["_and"] = field_and_
        if field_or_ is not UNSET:
            field_dict["_or"] = field_or_
        if field_not_ is not UNSET:
            field_dict["_not"] = field_not_
        if id is not UNSET:
            field_dict["id"] = id
        if pms_ref is not UNSET:
            field_dict["pmsRef"] = pms_ref
        if name is not UNSET:
            field_dict["name"] = name
        if engagement_name_template is not UNSET:
            field_dict["engagementNameTemplate"] = engagement_name_template
        if active is not UNSET:
            field_dict["active"] = active
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.boolean_comparison import BooleanComparison
        from ..models.integer_comparison import IntegerComparison
        from ..models.string_comparison import StringComparison
        from ..models.timestamp_comparison import TimestampComparison

        d = dict(src_dict)
        _field_and_ = d.pop("_and", UNSET)
        field_and_: list[EngagementTemplateWhere] | Unset = UNSET
        if _field_and_ is not UNSET:
            field_and_ = []
            for field_and_item_data in _field_and_:
                field_and_item = EngagementTemplateWhere.from_dict(field_and_item_data)

                field_and_.append(field_and_item)

        _field_or_ = d.pop("_or", UNSET)
        field_or_: list[EngagementTemplateWhere] | Unset = UNSET
        if _field_or_ is not UNSET:
            field_or_ = []
            for field_or_item_data in _field_or_:
                field_or_item = EngagementTemplateWhere.from_dict(field_or_item_data)

                field_or_.append(field_or_item)

        _field_not_ = d.pop("_not", UNSET)
        field_not_: EngagementTemplateWhere | Unset
        if isinstance(_field_not_, Unset):
            field_not_ = UNSET
        else:
            field_not_ = EngagementTemplateWhere.from_dict(_field_not_)

        _id = d.pop("id", UNSET)
        id: IntegerComparison | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = IntegerComparison.from_dict(_id)

        _pms_ref = d.pop("pmsRef", UNSET)
        pms_ref: StringComparison | Unset
        if isinstance(_pms_ref, Unset):
            pms_ref = UNSET
        else:
            pms_ref = StringComparison.from_dict(_pms_ref)

        _name = d.pop("name", UNSET)
        name: StringComparison | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = StringComparison.from_dict(_name)

        _engagement_name_template = d.pop("engagementNameTemplate", UNSET)
        engagement_name_template: StringComparison | Unset
        if isinstance(_engagement_name_template, Unset):
            engagement_name_template = UNSET
        else:
            engagement_name_template = StringComparison.from_dict(
                _engagement_name_template
            )

        _active = d.pop("active", UNSET)
        active: BooleanComparison | Unset
        if isinstance(_active, Unset):
            active = UNSET
        else:
            active = BooleanComparison.from_dict(_active)

        _created_at = d.pop("createdAt", UNSET)
        created_at: TimestampComparison | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = TimestampComparison.from_dict(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: TimestampComparison | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = TimestampComparison.from_dict(_updated_at)

        _version = d.pop("version", UNSET)
        version: IntegerComparison | Unset
        if isinstance(_version, Unset):
            version = UNSET
        else:
            version = IntegerComparison.from_dict(_version)

        engagement_template_where = cls(
            field_and_=field_and_,
            field_or_=field_or_,
            field_not_=field_not_,
            id=id,
            pms_ref=pms_ref,
            name=name,
            engagement_name_template=engagement_name_template,
            active=active,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
        )

        return engagement_template_where
