"""Where file bytes live: an interface, and a local directory that writes atomically.

Content is addressed by (tenant, sha256): identical bytes uploaded twice by one tenant are kept
once, and nothing is ever shared across tenants. A blob is written to a temporary file beside
its final place, hashed while written, fsynced and renamed into place, so a reader never sees a
partial file and a crash leaves at most a temporary file behind.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol

from anyio import to_thread

from openwyn.errors import NotFound, PayloadTooLarge

CHUNK = 64 * 1024
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class StoredBlob:
    sha256: str
    size: int


class FileStorage(Protocol):
    """Blobs addressed by (tenant, sha256); an object store can implement the same four calls."""

    async def save(self, tenant_id: int, source: BinaryIO, limit: int) -> StoredBlob:
        """Store the bytes of `source` (413 past `limit` bytes, leaving nothing behind)."""
        ...

    async def open_range(
        self, tenant_id: int, sha256: str, start: int, end: int
    ) -> AsyncIterator[bytes]:
        """Bytes `start` to `end` inclusive of a stored blob, in chunks.

        Checks that the blob exists before returning (404 if not), so a missing blob is an
        error answer rather than a download cut short after its headers were sent.
        """
        ...

    async def exists(self, tenant_id: int, sha256: str) -> bool: ...

    async def delete(self, tenant_id: int, sha256: str) -> None: ...


class LocalStorage:
    """Blobs under ``<root>/<tenant_id>/<sha256[:2]>/<sha256>``."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def _path(self, tenant_id: int, sha256: str) -> Path:
        if not _SHA256.match(sha256):  # a digest, never a path from outside
            raise ValueError("not a sha256 digest")
        return self.root / str(int(tenant_id)) / sha256[:2] / sha256

    async def save(self, tenant_id: int, source: BinaryIO, limit: int) -> StoredBlob:
        return await to_thread.run_sync(self._save, tenant_id, source, limit)

    def _save(self, tenant_id: int, source: BinaryIO, limit: int) -> StoredBlob:
        folder = self.root / str(int(tenant_id))
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".upload-")
        try:
            with os.fdopen(handle, "wb") as target:
                digest, size = _copy(source, target, limit)
                target.flush()
                os.fsync(target.fileno())
            final = self._path(tenant_id, digest)
            final.parent.mkdir(exist_ok=True)
            # Same bytes under the same name: replacing an existing blob changes nothing.
            os.replace(temporary, final)
            _fsync_directory(final.parent)
            return StoredBlob(digest, size)
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)

    async def open_range(
        self, tenant_id: int, sha256: str, start: int, end: int
    ) -> AsyncIterator[bytes]:
        path = self._path(tenant_id, sha256)
        if not await to_thread.run_sync(path.is_file):
            raise NotFound("The file's content is missing from storage.")
        return _chunks(path, start, end)

    async def exists(self, tenant_id: int, sha256: str) -> bool:
        return await to_thread.run_sync(self._path(tenant_id, sha256).is_file)

    async def delete(self, tenant_id: int, sha256: str) -> None:
        await to_thread.run_sync(self._path(tenant_id, sha256).unlink, True)


async def _chunks(path: Path, start: int, end: int) -> AsyncIterator[bytes]:
    # Opened on the first chunk, so an answer that is never sent holds no open file.
    stream = await to_thread.run_sync(path.open, "rb")
    try:
        await to_thread.run_sync(stream.seek, start)
        left = end - start + 1
        while left > 0:
            chunk = await to_thread.run_sync(stream.read, min(CHUNK, left))
            if not chunk:
                break
            left -= len(chunk)
            yield chunk
    finally:
        stream.close()


def _copy(source: BinaryIO, target: BinaryIO, limit: int) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    while chunk := source.read(CHUNK):
        size += len(chunk)
        if size > limit:
            raise PayloadTooLarge(f"The file is over {limit} bytes.")
        digest.update(chunk)
        target.write(chunk)
    return digest.hexdigest(), size


def _fsync_directory(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
