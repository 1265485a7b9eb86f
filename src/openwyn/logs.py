"""Logging for every component (Openwyn's own loggers, uvicorn's, alembic's): one JSON object
per line, or readable text lines for development (`OPENWYN_LOG_FORMAT=text`, `--log-format`).

Every line logged while a request is served carries its request id: the edge layer sets
`REQUEST_ID` for the request's task, and the handler's filter copies it onto each record.
"""

from __future__ import annotations

import logging
import sys
from contextvars import ContextVar
from typing import Any

import orjson

from openwyn.config import Settings

REQUEST_ID: ContextVar[str | None] = ContextVar("openwyn_request_id", default=None)
# Loggers at the configured level; any other library's reach the handler from WARNING up.
COMPONENTS = ("openwyn", "uvicorn", "uvicorn.error", "uvicorn.access", "alembic")
# Attributes every record has, and uvicorn's copy of its message with terminal colours.
_STANDARD = set(logging.LogRecord("", 0, "", 0, "", None, None).__dict__) | {
    "message",
    "color_message",
    "taskName",
}


def _extras(record: logging.LogRecord) -> dict[str, Any]:
    return {k: v for k, v in record.__dict__.items() if k not in _STANDARD}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        entry.update(_extras(record))
        if record.exc_info:
            entry["exc"] = self.formatException(record.exc_info)
        return orjson.dumps(entry, default=str).decode()


class TextFormatter(logging.Formatter):
    """`12:00:01 INFO  openwyn.access GET /healthz 200  request_id=... duration_ms=0.4`."""

    def format(self, record: logging.LogRecord) -> str:
        line = (
            f"{self.formatTime(record, '%H:%M:%S')} {record.levelname:<7} {record.name} "
            f"{record.getMessage()}"
        )
        extras = _extras(record)
        if extras:
            line += "  " + " ".join(f"{key}={value}" for key, value in extras.items())
        if record.exc_info:
            line += "\n" + self.formatException(record.exc_info)
        return line


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if "request_id" not in record.__dict__:
            request_id = REQUEST_ID.get()
            if request_id is not None:
                record.request_id = request_id
        return True


class _Handler(logging.StreamHandler):  # type: ignore[type-arg]
    """Openwyn's handler on the root logger (told apart from others, such as pytest's)."""


def configure_logging(settings: Settings) -> None:
    """Send every component's records to stderr in the configured format; calling it again
    (each app a process builds) changes the format and levels, never adds a second handler."""
    root = logging.getLogger()
    handler = next((h for h in root.handlers if isinstance(h, _Handler)), None)
    if handler is None:
        handler = _Handler(sys.stderr)
        handler.addFilter(RequestIdFilter())
        root.addHandler(handler)
    elif getattr(handler.stream, "closed", False):
        # The stderr it was made with is gone (a CLI runner's, swapped back): use today's.
        handler.stream = sys.stderr  # not setStream: it would flush the closed one
    handler.setFormatter(TextFormatter() if settings.log_format == "text" else JsonFormatter())
    if root.level > logging.WARNING or root.level == logging.NOTSET:
        root.setLevel(logging.WARNING)
    level = settings.log_level.upper()
    for name in COMPONENTS:
        component = logging.getLogger(name)
        component.setLevel(level)
        # uvicorn's own handlers would print its lines a second time, in its format.
        component.handlers = [h for h in component.handlers if isinstance(h, _Handler)]
        component.propagate = True
