from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.generated_headers import GeneratedHeaders
    from ..models.generated_payload_type_0 import GeneratedPayloadType0


T = TypeVar("T", bound="Generated")


@_attrs_define
class Generated:
    """
    Attributes:
        is_valid (bool):
        payload (GeneratedPayloadType0 | str): The payload as given: object or text.
        signature (str): The `webhook-signature` header: one `v1,...` a secret.
        secret (str): The secret that signed it (the current one by default).
        msg_id (str):
        timestamp (int):
        headers (GeneratedHeaders):
    """

    is_valid: bool
    payload: GeneratedPayloadType0 | str
    signature: str
    secret: str
    msg_id: str
    timestamp: int
    headers: GeneratedHeaders
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.generated_payload_type_0 import GeneratedPayloadType0

        is_valid = self.is_valid

        payload: dict[str, Any] | str
        if isinstance(self.payload, GeneratedPayloadType0):
            payload = self.payload.to_dict()
        else:
            payload = self.payload

        signature = self.signature

        secret = self.secret

        msg_id = self.msg_id

        timestamp = self.timestamp

        headers = self.headers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isValid": is_valid,
                "payload": payload,
                "signature": signature,
                "secret": secret,
                "msgId": msg_id,
                "timestamp": timestamp,
                "headers": headers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.generated_headers import GeneratedHeaders
        from ..models.generated_payload_type_0 import GeneratedPayloadType0

        d = dict(src_dict)
        is_valid = d.pop("isValid")

        def _parse_payload(data: object) -> GeneratedPayloadType0 | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payload_type_0 = GeneratedPayloadType0.from_dict(data)

                return payload_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GeneratedPayloadType0 | str, data)

        payload = _parse_payload(d.pop("payload"))

        signature = d.pop("signature")

        secret = d.pop("secret")

        msg_id = d.pop("msgId")

        timestamp = d.pop("timestamp")

        headers = GeneratedHeaders.from_dict(d.pop("headers"))

        generated = cls(
            is_valid=is_valid,
            payload=payload,
            signature=signature,
            secret=secret,
            msg_id=msg_id,
            timestamp=timestamp,
            headers=headers,
        )

        generated.additional_properties = d
        return generated

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
