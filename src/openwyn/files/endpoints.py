"""File routes: upload, list, metadata, delete, streamed download, signed download URLs."""

from __future__ import annotations

import re
import time
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, File, Form, Path, Query, UploadFile
from pydantic import BaseModel, ConfigDict, Field, Strict
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from openwyn.auth.principal import ApiUser, Principal, authenticate
from openwyn.auth.roles import Role
from openwyn.context import context_of, request_id_of, transaction
from openwyn.errors import ApiError, Forbidden
from openwyn.files import repository as repo
from openwyn.files import service, signing
from openwyn.files.storage import FileStorage
from openwyn.kit.envelope import success
from openwyn.kit.json import iso_timestamp
from openwyn.kit.paging import DEFAULT_PAGE_SIZE, QueryPageIndex, QueryPageSize
from openwyn.kit.schemas import (
    READ_ERRORS,
    WRITE_ERRORS,
    ListMeta,
    envelope_of,
    error_responses,
)

router = APIRouter(prefix="/files", tags=["Files"])
FileId = Annotated[int, Path(ge=1, le=2**53, description="The file's id.")]
_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


class FileView(BaseModel):
    id: int
    name: str
    contentType: str  # noqa: N815 - the contract's field names
    size: int
    sha256: str
    recordType: str | None  # noqa: N815
    recordId: int | None  # noqa: N815
    systemRef: str | None  # noqa: N815
    description: str | None
    createdAt: str  # noqa: N815


class DownloadUrlRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    expiresIn: Annotated[int, Strict(), Field(ge=1, le=signing.MAX_SECONDS)] = 3600  # noqa: N815


class DownloadUrl(BaseModel):
    url: str
    expiresAt: str  # noqa: N815


class RangeNotSatisfiable(ApiError):
    status_code = 416
    code = "RANGE_NOT_SATISFIABLE"
    default_message = "The range is outside the file."


def _storage(request: Request) -> FileStorage:
    storage: FileStorage = context_of(request).files
    return storage


@router.post(
    "",
    status_code=201,
    response_model=envelope_of("FileEnvelope", FileView),
    responses=error_responses(*WRITE_ERRORS),
    summary="Upload a file, optionally attached to a record",
)
async def upload(
    request: Request,
    principal: ApiUser,
    file: Annotated[UploadFile, File(description="The file's bytes.")],
    recordType: Annotated[str | None, Form(max_length=63)] = None,  # noqa: N803
    recordId: Annotated[int | None, Form(ge=1, le=2**53)] = None,  # noqa: N803
    systemRef: Annotated[str | None, Form(min_length=1, max_length=255)] = None,  # noqa: N803
    description: Annotated[str | None, Form(max_length=2000)] = None,
) -> Response:
    """Multipart: `file`, and `recordType` with `recordId` or `systemRef` to attach it."""
    wanted = service.Attachment(recordType, recordId, systemRef)
    storage = _storage(request)
    limit = context_of(request).settings.files_max_bytes
    async with transaction(request) as session:
        attachment = await service.resolve_record(session, principal.tenant_id, wanted)
        blob = await storage.save(principal.tenant_id, file.file, limit)
        item = await service.store(
            session,
            storage,
            principal.tenant_id,
            blob,
            service.safe_name(file.filename),
            file.content_type or "application/octet-stream",
            attachment,
            description,
        )
    headers = {"Location": f"{request.url.path}/{item['id']}"}
    return success(item, request_id_of(request), status_code=201, headers=headers)


@router.get(
    "",
    response_model=envelope_of("FileListEnvelope", list[FileView], ListMeta),
    responses=error_responses(*READ_ERRORS),
    summary="List files, newest first",
)
async def list_files(
    request: Request,
    principal: ApiUser,
    recordType: Annotated[str | None, Query(max_length=63)] = None,  # noqa: N803
    recordId: Annotated[int | None, Query(ge=1, le=2**53)] = None,  # noqa: N803
    systemRef: Annotated[str | None, Query(max_length=255)] = None,  # noqa: N803
    page: Annotated[QueryPageIndex, Query()] = 0,
    pageSize: Annotated[QueryPageSize, Query()] = DEFAULT_PAGE_SIZE,  # noqa: N803
) -> Response:
    wanted = {"record_type": recordType, "record_id": recordId, "system_ref": systemRef}
    filters = {column: value for column, value in wanted.items() if value is not None}
    async with transaction(request) as session:
        rows, total = await repo.page(
            session, principal.tenant_id, filters, pageSize, page * pageSize
        )
    pagination = {"page": page, "pageSize": pageSize, "total": total}
    items = [service.view(row) for row in rows]
    return success(items, request_id_of(request), extra_meta={"pagination": pagination})


@router.get(
    "/{id}",
    response_model=envelope_of("FileEnvelope", FileView),
    responses=error_responses(404, *READ_ERRORS),
    summary="A file's metadata",
)
async def get_file(request: Request, principal: ApiUser, id: FileId) -> Response:  # noqa: A002
    async with transaction(request) as session:
        item = await service.get(session, principal.tenant_id, id)
    return success(item, request_id_of(request))


@router.delete(
    "/{id}",
    status_code=204,
    responses=error_responses(404, *READ_ERRORS),
    summary="Delete a file",
)
async def delete_file(request: Request, principal: ApiUser, id: FileId) -> Response:  # noqa: A002
    storage = _storage(request)
    async with transaction(request) as session:
        unused = await service.remove(session, storage, principal.tenant_id, id)
    if unused is not None:  # after the commit: a rollback must never lose bytes still in use
        await storage.delete(principal.tenant_id, unused)
    return Response(status_code=204)


@router.post(
    "/{id}/download-url",
    response_model=envelope_of("DownloadUrlEnvelope", DownloadUrl),
    responses=error_responses(404, *WRITE_ERRORS),
    summary="A signed URL that downloads the file without a token until it expires",
)
async def download_url(
    request: Request,
    principal: ApiUser,
    id: FileId,  # noqa: A002
    body: DownloadUrlRequest | None = None,
) -> Response:
    ask = body or DownloadUrlRequest()
    async with transaction(request) as session:
        await service.row(session, principal.tenant_id, id)
    expires = int(time.time()) + ask.expiresIn
    secret = context_of(request).settings.resolved_jwt_secret
    signed = signing.signature(secret, principal.tenant_id, id, expires)
    query = f"tenant={principal.tenant_id}&expires={expires}&signature={signed}"
    url = str(request.url_for("download_content", id=id)) + "?" + query
    data = {"url": url, "expiresAt": iso_timestamp(_utc(expires))}
    return success(data, request_id_of(request))


def _utc(seconds: int) -> Any:
    from datetime import UTC, datetime

    return datetime.fromtimestamp(seconds, UTC)


async def _downloader(
    request: Request,
    tenant: Annotated[int | None, Query(ge=1, le=2**53, include_in_schema=False)] = None,
    expires: Annotated[int | None, Query(ge=0, le=2**53, include_in_schema=False)] = None,
    signature: Annotated[str | None, Query(max_length=64, include_in_schema=False)] = None,
) -> int:
    """The tenant a download is for: the signed URL's, or else the bearer token's."""
    if signature is None:
        principal: Principal = await authenticate(request)
        if not principal.has(Role.API_USER):
            raise Forbidden(f"This operation needs the {Role.API_USER} role.")
        return principal.tenant_id
    if tenant is None or expires is None:
        raise Forbidden("The download link is incomplete.")
    file_id = int(request.path_params["id"])
    secret = context_of(request).settings.resolved_jwt_secret
    if not signing.is_valid(secret, tenant, file_id, expires, signature):
        raise Forbidden("The download link is invalid or has expired.")
    return tenant


@router.get(
    "/{id}/content",
    name="download_content",
    response_class=Response,
    responses={
        200: {"content": {"application/octet-stream": {}}, "description": "The bytes."},
        206: {"content": {"application/octet-stream": {}}, "description": "The range asked."},
        304: {"description": "Not modified (If-None-Match)."},
        **error_responses(404, 416, *READ_ERRORS),
    },
    summary="Download a file's bytes (token or signed URL)",
)
async def download(
    request: Request,
    tenant_id: Annotated[int, Depends(_downloader)],
    id: FileId,  # noqa: A002
) -> Response:
    """Streams the bytes; honours `Range` (one range) and `If-None-Match`."""
    async with transaction(request) as session:
        row = await service.row(session, tenant_id, id)
    etag = f'"{row.sha256}"'
    headers = _download_headers(row.name, etag)
    if _matches(request.headers.get("if-none-match"), etag):
        return Response(status_code=304, headers=headers)
    start, end, partial = _range(request.headers.get("range"), row.size)
    headers["Content-Length"] = str(end - start + 1 if row.size else 0)
    if partial:
        headers["Content-Range"] = f"bytes {start}-{end}/{row.size}"
    body = _storage(request).read(tenant_id, row.sha256, start, end) if row.size else _empty()
    return StreamingResponse(
        body, status_code=206 if partial else 200, media_type=row.content_type, headers=headers
    )


async def _empty() -> Any:
    return
    yield b""


def _download_headers(name: str, etag: str) -> dict[str, str]:
    fallback = name.encode("ascii", "replace").decode().replace('"', "_").replace("?", "_")
    disposition = f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(name, safe='')}"
    return {
        "ETag": etag,
        "Content-Disposition": disposition,
        "X-Content-Type-Options": "nosniff",
        "Accept-Ranges": "bytes",
        "Cache-Control": "private",
    }


def _matches(if_none_match: str | None, etag: str) -> bool:
    if if_none_match is None:
        return False
    tags = [tag.strip().removeprefix("W/") for tag in if_none_match.split(",")]
    return "*" in tags or etag in tags


def _range(header: str | None, size: int) -> tuple[int, int, bool]:
    """(start, end inclusive, partial?) for one byte range; anything else is the whole file."""
    match = _RANGE.match(header.strip()) if header else None
    if match is None or match.groups() == ("", ""):
        return 0, max(size - 1, 0), False
    first, last = match.groups()
    if first == "":  # the last N bytes
        length = int(last)
        if length == 0:
            raise _unsatisfiable(size)
        return max(size - length, 0), size - 1, True
    start = int(first)
    end = min(int(last), size - 1) if last else size - 1
    if start >= size or (last and int(last) < start):
        raise _unsatisfiable(size)
    return start, end, True


def _unsatisfiable(size: int) -> RangeNotSatisfiable:
    return RangeNotSatisfiable(headers={"Content-Range": f"bytes */{size}"})
