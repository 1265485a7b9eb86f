"""File routes: upload, list, metadata, delete, streamed download, signed download URLs."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, File, Form, Path, Query, UploadFile
from sqlalchemy import Row
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from openwyn.auth.principal import ApiUser, bearer_token, principal_of
from openwyn.auth.roles import Role
from openwyn.context import context_of, request_id_of, transaction
from openwyn.errors import Conflict, ErrorDetail, Forbidden, ValidationFailed
from openwyn.files import downloads, service, signing
from openwyn.files import repository as repo
from openwyn.files.schemas import DownloadUrl, DownloadUrlRequest, FileView
from openwyn.files.storage import FileStorage
from openwyn.kit.envelope import success
from openwyn.kit.etags import etag_of
from openwyn.kit.inputs import NUL_FREE
from openwyn.kit.json import iso_timestamp
from openwyn.kit.paging import DEFAULT_PAGE_SIZE, QueryPageIndex, QueryPageSize
from openwyn.kit.schemas import (
    READ_ERRORS,
    WRITE_ERRORS,
    ListMeta,
    created_response,
    envelope_of,
    error_responses,
)
from openwyn.web.idempotency import IDEMPOTENT, idempotent

router = APIRouter(prefix="/files", tags=["Files"])
FileId = Annotated[int, Path(ge=1, le=2**53, description="The file's id.")]
_SIGNED = "Set by `POST /api/v1/files/{id}/download-url`; with it, no token is needed."
_BYTES = {"type": "string", "format": "binary"}


def _storage(request: Request) -> FileStorage:
    storage: FileStorage = context_of(request).files
    return storage


@router.post(
    "",
    operation_id="upload_file",
    status_code=201,
    response_model=envelope_of("FileEnvelope", FileView),
    responses=created_response("The file stored.") | error_responses(*WRITE_ERRORS),
    summary="Upload a file, optionally attached to a record",
)
async def upload(
    request: Request,
    principal: ApiUser,
    file: Annotated[UploadFile, File(description="The file's bytes.")],
    recordType: Annotated[str | None, Form(max_length=63, pattern=NUL_FREE)] = None,  # noqa: N803
    recordId: Annotated[int | None, Form(ge=1, le=2**53)] = None,  # noqa: N803
    systemRef: Annotated[str | None, Form(min_length=1, max_length=255, pattern=NUL_FREE)] = None,  # noqa: N803
    description: Annotated[str | None, Form(max_length=2000)] = None,
) -> Response:
    """Multipart: `file`, and `recordType` with `recordId` or `systemRef` to attach it.

    Over `OPENWYN_FILES_MAX_BYTES` (25 MiB by default) is 413 and stores nothing.
    """
    await _refuse_unknown_or_repeated_fields(request)
    wanted = service.Attachment(recordType, recordId, systemRef)
    limit = context_of(request).settings.files_max_bytes
    async with transaction(request) as session:
        attachment = await service.resolve_record(session, principal.tenant_id, wanted)
        storage = _storage(request)
        blob = await storage.save(principal.tenant_id, file.file, limit)
        await service.keep_content(session, storage, principal.tenant_id, blob, file.file)
        item = await service.store(
            session,
            principal.tenant_id,
            blob,
            service.safe_name(file.filename),
            service.safe_content_type(file.content_type),
            attachment,
            description,
        )
    headers = {"Location": f"{request.url.path}/{item['id']}"} | etag_of(item)
    return success(item, request_id_of(request), status_code=201, headers=headers)


_UPLOAD_FIELDS = frozenset({"file", "recordType", "recordId", "systemRef", "description"})


async def _refuse_unknown_or_repeated_fields(request: Request) -> None:
    """400 naming every form field the upload does not take, as JSON bodies refuse unknown
    keys: a `sha256`, `size` or `tenantId` sent beside the file must not be ignored silently.
    Each field is one value, so one sent twice is refused too rather than one of its values
    picked. The form is already parsed (Starlette caches it), so this reads nothing again."""
    names = [name for name, _ in (await request.form()).multi_items()]
    unknown = sorted(set(names) - _UPLOAD_FIELDS)
    repeated = sorted({name for name in _UPLOAD_FIELDS if names.count(name) > 1})
    details: list[ErrorDetail] = [
        {"path": name, "message": "Extra inputs are not permitted"} for name in unknown
    ]
    details += [{"path": name, "message": "must be given once"} for name in repeated]
    if details:
        raise ValidationFailed("The request is not valid.", details)


@router.get(
    "",
    response_model=envelope_of("FileListEnvelope", list[FileView], ListMeta),
    responses=error_responses(*READ_ERRORS),
    summary="List files, newest first",
)
async def list_files(
    request: Request,
    principal: ApiUser,
    recordType: Annotated[str | None, Query(max_length=63, pattern=NUL_FREE)] = None,  # noqa: N803
    recordId: Annotated[int | None, Query(ge=1, le=2**53)] = None,  # noqa: N803
    systemRef: Annotated[str | None, Query(max_length=255, pattern=NUL_FREE)] = None,  # noqa: N803
    page: Annotated[QueryPageIndex, Query()] = 0,
    pageSize: Annotated[QueryPageSize, Query()] = DEFAULT_PAGE_SIZE,  # noqa: N803
) -> Response:
    """The tenant's files, filtered by the record they are attached to."""
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
    """The file's metadata (its bytes are at `/content`)."""
    async with transaction(request) as session:
        item = await service.get(session, principal.tenant_id, id)
    return success(item, request_id_of(request), headers=etag_of(item))


@router.delete(
    "/{id}",
    status_code=204,
    responses=error_responses(404, 409, *READ_ERRORS),
    summary="Delete a file",
)
async def delete_file(request: Request, principal: ApiUser, id: FileId) -> Response:  # noqa: A002
    """Deletes the file; its bytes go too unless another file of the tenant has the same. A
    file something keeps (an engagement letter, an upload, a deliverable, an invoice's PDF) is
    409 `FILE_IN_USE`."""
    async with transaction(request) as session:
        sha256 = await service.remove(session, principal.tenant_id, id)
    # After the commit, in a transaction of its own: a rollback must never lose bytes in use.
    async with transaction(request) as session:
        await service.discard_unused(session, _storage(request), principal.tenant_id, sha256)
    return Response(status_code=204)


@router.post(
    "/{id}/download-url",
    operation_id="create_download_url",
    response_model=envelope_of("DownloadUrlEnvelope", DownloadUrl),
    responses=error_responses(404, *WRITE_ERRORS),
    summary="A signed URL that downloads the file without a token until it expires",
    openapi_extra=IDEMPOTENT,
)
async def download_url(
    request: Request,
    principal: ApiUser,
    id: FileId,  # noqa: A002
    # The body may be left out; when sent it is an object (JSON null is 400, as everywhere).
    body: Annotated[DownloadUrlRequest, Body(default_factory=DownloadUrlRequest)],
) -> Response:
    """`{"expiresIn": seconds}` (1 to 604800, default 3600) → `{url, expiresAt}`. The URL
    starts with the configured `OPENWYN_PUBLIC_URL`; without one it is 409, except in
    development mode, where it starts with the address the request was sent to."""
    seconds = body.expiresIn
    base = _public_base(request)
    async with transaction(request) as session:

        async def produce() -> Response:
            found = await service.row(session, principal.tenant_id, id)
            data = _signed_url(request, base, (principal.tenant_id, id), found.sha256, seconds)
            return success(data, request_id_of(request), headers=etag_of(data))

        return await idempotent(request, session, principal.tenant_id, produce)


def _public_base(request: Request) -> str:
    """Where clients reach this server. Never the request's `Host` header outside development
    mode: a caller could forge it and hand out links to a host of its choosing."""
    settings = context_of(request).settings
    if settings.public_url is not None:
        return settings.public_url.rstrip("/")
    if settings.webhooks_allow_insecure:
        return str(request.base_url).rstrip("/")
    raise Conflict(
        "Signed download URLs need this server's public address: set OPENWYN_PUBLIC_URL "
        "(for example https://openwyn.example.com)."
    )


def _signed_url(
    request: Request, base: str, file: tuple[int, int], sha256: str, seconds: int
) -> dict[str, str]:
    """A link to the content of `file` (tenant id, file id) under `base`."""
    tenant_id, file_id = file
    expires = int(time.time()) + seconds
    secret = context_of(request).settings.resolved_jwt_secret
    signed = signing.signature(secret, tenant_id, file_id, sha256, expires)
    query = f"tenant={tenant_id}&expires={expires}&signature={signed}"
    url = f"{base}{request.app.url_path_for('download_content', id=file_id)}?{query}"
    return {"url": url, "expiresAt": iso_timestamp(datetime.fromtimestamp(expires, UTC))}


async def _downloaded(
    request: Request,
    id: FileId,  # noqa: A002
    tenant: Annotated[str | None, Query(description=_SIGNED)] = None,
    expires: Annotated[str | None, Query(description=_SIGNED)] = None,
    signature: Annotated[str | None, Query(description=_SIGNED)] = None,
) -> tuple[int, Row[Any]]:
    """The tenant and file of a download: by the signed link if there is one (403 if it is
    altered or expired), else by a bearer token holding API_USER, like every other route."""
    if signature is not None:
        link = service.SignedLink(tenant, expires, signature)
        secret = context_of(request).settings.resolved_jwt_secret
        async with transaction(request) as session:
            return await service.signed_row(session, secret, id, link)
    principal = await principal_of(request, bearer_token(request))
    if not principal.has(Role.API_USER):
        raise Forbidden(f"This operation needs the {Role.API_USER} role.")
    async with transaction(request) as session:
        return principal.tenant_id, await service.row(session, principal.tenant_id, id)


_ETAG = {"description": "The content's SHA-256, quoted.", "schema": {"type": "string"}}
_CONTENT_RANGE = {"description": "`bytes <first>-<last>/<size>`.", "schema": {"type": "string"}}
_RANGE = {
    "name": "Range",
    "in": "header",
    "required": False,
    "description": "One byte range, e.g. `bytes=0-1023`; answered with 206.",
    "schema": {"type": "string"},
}
_IF_NONE_MATCH = {
    "name": "If-None-Match",
    "in": "header",
    "required": False,
    "description": "The ETag of a copy held; 304 when it is still current.",
    "schema": {"type": "string"},
}


def _bytes_answer(description: str, headers: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "description": description,
        # Answered in the media type the file was uploaded with: any type (`*/*`), of which
        # application/octet-stream is the one a generated client takes for every file.
        "content": {"application/octet-stream": {"schema": _BYTES}, "*/*": {"schema": _BYTES}},
        "headers": {"ETag": _ETAG, **(headers or {})},
    }


@router.get(
    "/{id}/content",
    name="download_content",
    operation_id="download_file",
    response_class=Response,
    responses={
        # Served as the media type the file was uploaded with (its Content-Type says which);
        # the document states bytes of any kind, which every generator reads as raw content.
        200: _bytes_answer("The bytes."),
        206: _bytes_answer("The range asked.", {"Content-Range": _CONTENT_RANGE}),
        304: {"description": "Not modified (If-None-Match).", "headers": {"ETag": _ETAG}},
        **error_responses(404, 416, *READ_ERRORS),
    },
    summary="Download a file's bytes (token or signed URL)",
    openapi_extra={
        # Either a bearer token or the signed link's query (api.py describes both schemes).
        "security": [{"bearerAuth": []}, {"signedUrl": []}],
        "parameters": [_RANGE, _IF_NONE_MATCH],
    },
)
async def download(
    request: Request, found: Annotated[tuple[int, Row[Any]], Depends(_downloaded)]
) -> Response:
    """Streams the bytes; honours `Range` (one range) and `If-None-Match`."""
    tenant_id, row = found
    etag = f'"{row.sha256}"'
    headers = downloads.headers(row.name, etag)
    if downloads.matches(request.headers.get("if-none-match"), etag):
        return Response(status_code=304, headers=headers)
    wanted = downloads.byte_range(request.headers.get("range"), row.size)
    if row.size == 0:  # no range of nothing is satisfiable, so `wanted` is None here
        return Response(b"", media_type=row.content_type, headers=headers)
    start, end = wanted or (0, row.size - 1)
    headers["Content-Length"] = str(end - start + 1)
    if wanted is not None:
        headers["Content-Range"] = f"bytes {start}-{end}/{row.size}"
    body = await _storage(request).open_range(tenant_id, row.sha256, start, end)
    status = 200 if wanted is None else 206
    return StreamingResponse(body, status_code=status, media_type=row.content_type, headers=headers)
