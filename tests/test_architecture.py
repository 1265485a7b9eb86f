"""SQL lives in repositories and kit/ only (architecture rule 2)."""

from __future__ import annotations

import re
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "openwyn"
SQL_CALL = re.compile(r"\b(select\(|session\.execute\()")
ALLOWED_DIRS = {"kit", "migrations"}


def _allowed(path: Path) -> bool:
    relative = path.relative_to(SRC)
    return relative.parts[0] in ALLOWED_DIRS or path.name == "repository.py"


def test_no_sql_outside_repositories_and_kit() -> None:
    offenders = [
        f"{path.relative_to(SRC)}:{number}"
        for path in SRC.rglob("*.py")
        if not _allowed(path)
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if SQL_CALL.search(line)
    ]
    assert offenders == []


def test_the_check_would_catch_a_stray_query() -> None:
    assert SQL_CALL.search("    rows = await session.execute(select(Client))")
