"""Settings: the JWT secret generated on first start."""

from __future__ import annotations

import multiprocessing
from multiprocessing.synchronize import Barrier
from pathlib import Path

import pytest

from openwyn.config import MIN_JWT_SECRET_BYTES, Settings

PROCESSES = 8
ROUNDS = 40
SECRET_LENGTH = 64  # 48 random bytes, in URL-safe base64


def _settings(directory: Path) -> Settings:
    return Settings(database_url=f"sqlite+aiosqlite:///{directory / 'openwyn.db'}")


def _read_secret(directory: Path, start: Barrier, secrets: multiprocessing.Queue[str]) -> None:
    start.wait()  # every process asks for the secret at the same moment
    secrets.put(_settings(directory).resolved_jwt_secret)


def test_processes_starting_together_agree_on_one_secret(tmp_path: Path) -> None:
    """Eight processes starting at once, again and again: one secret each time, whole, which
    every process reads and the file holds."""
    context = multiprocessing.get_context("fork")
    for round_ in range(ROUNDS):
        directory = tmp_path / str(round_)
        start = context.Barrier(PROCESSES)
        secrets: multiprocessing.Queue[str] = context.Queue()
        processes = [
            context.Process(target=_read_secret, args=(directory, start, secrets))
            for _ in range(PROCESSES)
        ]
        for process in processes:
            process.start()
        read = {secrets.get(timeout=30) for _ in processes}
        for process in processes:
            process.join()
        stored = _settings(directory).secret_file().read_text()
        assert read == {stored}, f"round {round_}"
        assert len(stored) == SECRET_LENGTH
        assert sorted(p.name for p in directory.iterdir()) == [".openwyn-jwt-secret"]


def test_a_secret_file_too_short_to_sign_with_is_refused(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    settings.secret_file().write_text("short\n")
    with pytest.raises(ValueError, match=f"fewer than {MIN_JWT_SECRET_BYTES} bytes"):
        _ = settings.resolved_jwt_secret
