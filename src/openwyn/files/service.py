"""File rules: attachment to a record, metadata, removal of unshared bytes."""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass
from typing import Any, BinaryIO

from sqlalchemy import Row
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from openwyn.errors import Forbidden, NotFound, ValidationFailed, refused
from openwyn.files import repository as repo
from openwyn.files import signing
from openwyn.files.storage import FileStorage, StoredBlob
from openwyn.kit import repository as kit_repo
from openwyn.kit.json import iso_timestamp
from openwyn.records.kinds import RecordKind, kind_of, target_has_id

MAX_NAME = 255
# Control characters (C0 and C1), path separators and the bidirectional overrides that can
# make "cod.exe" display as "exe.doc".
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f/\\\u202a-\u202e\u2066-\u2069]")
# type/subtype with optional parameters, printable ASCII only (it is echoed as a header).
_HTTP_WORD = r"[A-Za-z0-9!#$&^_.+-]+"
_MEDIA_TYPE = re.compile(rf"^{_HTTP_WORD}/{_HTTP_WORD}([ \t]*;[\x20-\x7e]*)?$")
DEFAULT_CONTENT_TYPE = "application/octet-stream"
_BAD_LINK = "The download link is invalid or has expired."


@dataclass(frozen=True)
class SignedLink:
    """The query parameters of a signed download URL, as received (unparsed)."""

    tenant: str | None
    expires: str | None
    signature: str


@dataclass(frozen=True)
class Attachment:
    record_type: str | None = None
    record_id: int | None = None
    system_ref: str | None = None


def safe_name(raw: str | None) -> str:
    """The last path segment, without control characters or slashes, at most 255 characters."""
    name = unicodedata.normalize("NFC", raw or "")
    name = _UNSAFE.sub("_", name.replace("\\", "/").rsplit("/", 1)[-1]).strip(" .")
    return name[:MAX_NAME] or "file"


def safe_content_type(raw: str | None) -> str:
    """The part's media type if it is a plausible one that fits the column, else octet-stream."""
    value = (raw or "").strip()
    return value if len(value) <= 255 and _MEDIA_TYPE.match(value) else DEFAULT_CONTENT_TYPE


def view(row: Row[Any]) -> dict[str, Any]:
    return {
        "id": row.id,
        "name": row.name,
        "contentType": row.content_type,
        "size": row.size,
        "sha256": row.sha256,
        "recordType": row.record_type,
        "recordId": row.record_id,
        "systemRef": row.system_ref,
        "description": row.description,
        "createdAt": iso_timestamp(row.created_at),
    }


async def resolve_record(session: AsyncSession, tenant_id: int, wanted: Attachment) -> Attachment:
    """The record a file is attached to, by id or systemRef, in the caller's tenant (400 naming
    the field if there is none). Standard and custom record types alike: `kind_of` knows both,
    so a new kind of record plugs in there, not here."""
    if wanted.record_type is None:
        if wanted.record_id is not None or wanted.system_ref is not None:
            raise ValidationFailed.at("recordType", "is required with recordId or systemRef")
        return wanted
    try:
        kind = await kind_of(session, tenant_id, wanted.record_type)
    except NotFound:
        raise ValidationFailed.at("recordType", "is not a record type") from None
    if wanted.record_id is not None:
        return await _by_id(session, tenant_id, kind, wanted)
    if wanted.system_ref is None:
        raise ValidationFailed.at("recordId", "recordId or systemRef is required with recordType")
    found = await kind.find_id(session, tenant_id, wanted.system_ref)
    if found is None:
        raise ValidationFailed.at("systemRef", f"no {kind.name} record {wanted.system_ref!r}")
    return Attachment(kind.name, found, wanted.system_ref)


async def _by_id(
    session: AsyncSession, tenant_id: int, kind: RecordKind, wanted: Attachment
) -> Attachment:
    assert wanted.record_id is not None
    if not await target_has_id(session, tenant_id, kind, wanted.record_id):
        raise ValidationFailed.at("recordId", f"no {kind.name} record {wanted.record_id}")
    system_ref = await kind.system_ref_of(session, tenant_id, wanted.record_id)
    if wanted.system_ref is not None and wanted.system_ref != system_ref:
        raise ValidationFailed.at("systemRef", f"is not the systemRef of record {wanted.record_id}")
    return Attachment(kind.name, wanted.record_id, system_ref)


async def store(
    session: AsyncSession,
    tenant_id: int,
    blob: StoredBlob,
    name: str,
    content_type: str,
    attachment: Attachment,
    description: str | None,
) -> dict[str, Any]:
    """Record an uploaded blob's metadata and return the file as the API shows it."""
    values = {
        "name": name,
        "content_type": content_type,
        "size": blob.size,
        "sha256": blob.sha256,
        "record_type": attachment.record_type,
        "record_id": attachment.record_id,
        "system_ref": attachment.system_ref,
        "description": description,
    }
    file_id = await kit_repo.insert_row(session, repo.FILES, tenant_id, values)
    return await get(session, tenant_id, file_id)


async def row(session: AsyncSession, tenant_id: int, file_id: int) -> Row[Any]:
    found = await repo.by_id(session, tenant_id, file_id)
    if found is None:
        raise NotFound(f"No file with id {file_id}.")
    return found


async def get(session: AsyncSession, tenant_id: int, file_id: int) -> dict[str, Any]:
    return view(await row(session, tenant_id, file_id))


async def signed_row(
    session: AsyncSession, secret: str, file_id: int, link: SignedLink
) -> tuple[int, Row[Any]]:
    """The tenant and file a signed link opens, or 403 for a link that was altered, has expired
    or names a file that is gone (a link never tells which)."""
    tenant_id, expires = signing.number(link.tenant), signing.number(link.expires)
    if tenant_id is None or expires is None:
        raise Forbidden(_BAD_LINK)
    found = await repo.by_id(session, tenant_id, file_id)
    if found is None or not signing.is_valid(
        secret, tenant_id, file_id, found.sha256, expires, link.signature
    ):
        raise Forbidden(_BAD_LINK)
    return tenant_id, found


async def remove(session: AsyncSession, tenant_id: int, file_id: int) -> str:
    """Delete the metadata; return its digest, for `discard_unused` once this has committed."""
    found = await row(session, tenant_id, file_id)
    try:
        async with session.begin_nested():
            await repo.remove(session, tenant_id, file_id)
    except IntegrityError:
        # An engagement's letter, a request's upload, a deliverable or an invoice's PDF.
        raise refused("FILE_IN_USE", f"File {file_id} is in use and is kept.") from None
    return str(found.sha256)


async def discard_unused(
    session: AsyncSession, storage: FileStorage, tenant_id: int, sha256: str
) -> None:
    """Delete the bytes if no file of the tenant uses them, guarded against an upload of the
    same bytes: that upload either committed its file first (the bytes stay) or finds them gone
    once it holds the guard, and stores them again."""
    await repo.guard_content(session, tenant_id, sha256)
    if not await repo.sha_in_use(session, tenant_id, sha256):
        await storage.delete(tenant_id, sha256)


async def keep_content(
    session: AsyncSession, storage: FileStorage, tenant_id: int, blob: StoredBlob, source: BinaryIO
) -> None:
    """Make sure an upload's bytes are still stored once it holds the guard (a clean-up of the
    same bytes may have removed them since they were saved); the file row follows in the same
    transaction, before the guard is released."""
    await repo.guard_content(session, tenant_id, blob.sha256)
    if not await storage.exists(tenant_id, blob.sha256):
        source.seek(0)
        await storage.save(tenant_id, source, blob.size)


async def store_bytes(
    session: AsyncSession,
    storage: FileStorage,
    tenant_id: int,
    content: bytes,
    *,
    name: str,
    content_type: str,
    attachment: Attachment,
    description: str | None,
    limit: int | None = None,
) -> dict[str, Any]:
    """Store bytes the server made (a PDF it rendered) or was sent as a file of the tenant:
    the bytes go to `storage` first, the file row follows in the caller's transaction;
    identical bytes are stored once. Past `limit` bytes it is 413 and nothing is stored."""
    source = io.BytesIO(content)
    blob = await storage.save(tenant_id, source, len(content) if limit is None else limit)
    await keep_content(session, storage, tenant_id, blob, source)
    return await store(
        session, tenant_id, blob, safe_name(name), content_type, attachment, description
    )
