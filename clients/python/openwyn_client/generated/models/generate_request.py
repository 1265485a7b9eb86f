from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.generate_request_payload_type_0 import GenerateRequestPayloadType0


T = TypeVar("T", bound="GenerateRequest")


@_attrs_define
class GenerateRequest:
    """
    Attributes:
        payload (GenerateRequestPayloadType0 | str):
        secret (None | str | Unset): Sign with this secret; by default the tenant's secrets.
        msg_id (None | str | Unset):
        timestamp (int | None | Unset): Unix seconds; now by default.
    """

    payload: GenerateRequestPayloadType0 | str
    secret: None | str | Unset = UNSET
    msg_id: None | str | Unset = UNSET
    timestamp: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.generate_request_payload_type_0 import GenerateRequestPayloadType0

        payload: dict[str, Any] | str
        if isinstance(self.payload, GenerateRequestPayloadType0):
            payload = self.payload.to_dict()
        else:
            payload = self.payload

        secret: None | str | Unset
        if isinstance(self.secret, Unset):
            secret = UNSET
        else:
            secret = self.secret

        msg_id: None | str | Unset
        if isinstance(self.msg_id, Unset):
            msg_id = UNSET
        else:
            msg_id = self.msg_id

        timestamp: int | None | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "payload": payload,
            }
        )
        if secret is not UNSET:
            field_dict["secret"] = secret
        if msg_id is not UNSET:
            field_dict["msgId"] = msg_id
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.generate_request_payload_type_0 import GenerateRequestPayloadType0

        d = dict(src_dict)

        def _parse_payload(data: object) -> GenerateRequestPayloadType0 | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payload_type_0 = GenerateRequestPayloadType0.from_dict(data)

                return payload_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GenerateRequestPayloadType0 | str, data)

        payload = _parse_payload(d.pop("payload"))

        def _parse_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secret = _parse_secret(d.pop("secret", UNSET))

        def _parse_msg_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        msg_id = _parse_msg_id(d.pop("msgId", UNSET))

        def _parse_timestamp(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        generate_request = cls(
            payload=payload,
            secret=secret,
            msg_id=msg_id,
            timestamp=timestamp,
        )

        return generate_request
