from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.string_comparison import StringComparison


T = TypeVar("T", bound="ClientWhereAddress")


@_attrs_define
class ClientWhereAddress:
    """
    Attributes:
        street (StringComparison | Unset):
        city (StringComparison | Unset):
        state (StringComparison | Unset):
        zip_code (StringComparison | Unset):
        country (StringComparison | Unset):
    """

    street: StringComparison | Unset = UNSET
    city: StringComparison | Unset = UNSET
    state: StringComparison | Unset = UNSET
    zip_code: StringComparison | Unset = UNSET
    country: StringComparison | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        street: dict[str, Any] | Unset = UNSET
        if not isinstance(self.street, Unset):
            street = self.street.to_dict()

        city: dict[str, Any] | Unset = UNSET
        if not isinstance(self.city, Unset):
            city = self.city.to_dict()

        state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.to_dict()

        zip_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.zip_code, Unset):
            zip_code = self.zip_code.to_dict()

        country: dict[str, Any] | Unset = UNSET
        if not isinstance(self.country, Unset):
            country = self.country.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if street is not UNSET:
            field_dict["street"] = street
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if zip_code is not UNSET:
            field_dict["zipCode"] = zip_code
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.string_comparison import StringComparison

        d = dict(src_dict)
        _street = d.pop("street", UNSET)
        street: StringComparison | Unset
        if isinstance(_street, Unset):
            street = UNSET
        else:
            street = StringComparison.from_dict(_street)

        _city = d.pop("city", UNSET)
        city: StringComparison | Unset
        if isinstance(_city, Unset):
            city = UNSET
        else:
            city = StringComparison.from_dict(_city)

        _state = d.pop("state", UNSET)
        state: StringComparison | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = StringComparison.from_dict(_state)

        _zip_code = d.pop("zipCode", UNSET)
        zip_code: StringComparison | Unset
        if isinstance(_zip_code, Unset):
            zip_code = UNSET
        else:
            zip_code = StringComparison.from_dict(_zip_code)

        _country = d.pop("country", UNSET)
        country: StringComparison | Unset
        if isinstance(_country, Unset):
            country = UNSET
        else:
            country = StringComparison.from_dict(_country)

        client_where_address = cls(
            street=street,
            city=city,
            state=state,
            zip_code=zip_code,
            country=country,
        )

        return client_where_address
