"""Settings, read from ``OPENWYN_*`` environment variables."""

from __future__ import annotations

import contextlib
import ipaddress
import os
import secrets
import tempfile
from functools import cached_property
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from pydantic import field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///./openwyn.db"
MIN_JWT_SECRET_BYTES = 32
Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def parse_networks(value: str) -> tuple[Network, ...]:
    """``"10.0.0.1, 10.1.0.0/16, ::1"`` as networks (an address is a network of one)."""
    items = (item.strip() for item in value.split(","))
    return tuple(ipaddress.ip_network(item, strict=False) for item in items if item)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="OPENWYN_", extra="ignore")

    database_url: str = DEFAULT_DATABASE_URL
    jwt_secret: str | None = None
    jwt_issuer: str = "openwyn"
    jwt_audience: str = "openwyn-api"
    token_ttl_seconds: int = 3600
    # How long a process may trust its cached view of an API key (revocation reaches every
    # process within this many seconds; the contract allows 5).
    key_status_ttl_seconds: float = 2.0

    max_body_bytes: int = 1024 * 1024
    # Requests per window for each API key, and per client address on the token exchange.
    rate_limit_per_key: int = 1200
    rate_limit_token_per_address: int = 30
    rate_limit_anonymous_per_address: int = 600
    rate_limit_window_seconds: int = 60
    # Proxies whose X-Forwarded-For is believed (addresses and CIDR networks, comma-separated);
    # by default none, so a client cannot pick the address its limits count against.
    forwarded_allow_ips: str = ""

    db_connect_timeout_seconds: float = 3.0
    # Every statement's time budget, on both databases (PostgreSQL's statement_timeout, SQLite's
    # progress handler): a statement that runs past it is cancelled, 504 QUERY_TIMEOUT.
    db_statement_timeout_seconds: float = 15.0
    # Per process on PostgreSQL: SQLAlchemy's pool keeps up to this many connections (and as
    # many again in a burst), and the driver's pool for gets by id up to this many more.
    db_pool_size: int = 10

    # Uploads over this many bytes are 413; files live under files_dir (default: an
    # `openwyn-files` directory beside the SQLite database, or in the working directory).
    # The address clients reach this server at, as `https://openwyn.example.com` (with a path
    # prefix if a proxy adds one): signed download URLs start with it. Without it they are
    # refused, except in development mode, where the request's own address is used.
    public_url: str | None = None

    files_max_bytes: int = 25 * 1024 * 1024
    files_dir: Path | None = None

    # Development mode: webhook URLs may be http and point at loopback or private addresses
    # (a receiver on the same laptop). `openwyn serve --demo` turns it on.
    webhooks_allow_insecure: bool = False
    # `openwyn serve` sets this (unless --no-worker) so each API process delivers webhooks too.
    run_webhook_worker: bool = False
    # Seconds to wait after each failed attempt (Standard Webhooks' schedule): with the first
    # attempt, 10 attempts over about 75 hours. Tests scale it down.
    webhooks_retry_schedule: list[float] = [5, 300, 1800, 7200, 18000, 36000, 50400, 72000, 86400]
    webhooks_retry_jitter: float = 0.2
    webhooks_timeout_seconds: float = 15.0
    # A claimed delivery is the worker's for this long; a killed worker's claims expire then.
    webhooks_lease_seconds: float = 60.0
    # A subscription whose deliveries have all failed for this long is disabled.
    webhooks_disable_after_seconds: float = 5 * 24 * 3600
    webhooks_concurrency: int = 64
    webhooks_poll_seconds: float = 0.25

    # Outbound email (money-work.md §9). With `smtp_url` (`smtp://user:pass@host:587`, STARTTLS
    # where the server offers it; `smtps://...:465` for implicit TLS) the worker sends queued
    # messages; without it the worker marks them CAPTURED, readable at /api/v1/outbound-messages.
    smtp_url: str | None = None
    mail_from: str = "Openwyn <no-reply@openwyn.invalid>"
    smtp_timeout_seconds: float = 30.0
    # Attempts before a message is FAILED, and the wait after each failed one (the last is
    # repeated if there are more attempts than waits).
    mail_max_attempts: int = 6
    mail_retry_schedule: list[float] = [60, 300, 1800, 7200, 21600]
    # A claimed message is the worker's for this long; a stopped worker's claims expire then.
    mail_lease_seconds: float = 300.0
    mail_poll_seconds: float = 1.0

    # Payments (money-work.md §5): the processor of card, wallet and ACH payments, and how
    # long the sandbox's ACH debits stay PENDING; the worker looks for due ones every poll.
    payment_processor: str = "sandbox"
    sandbox_ach_settle_seconds: float = 5.0
    payments_poll_seconds: float = 1.0

    # The change feed keeps events at least this long; older cursors are 410.
    events_retention_days: int = 30

    idempotency_ttl_seconds: int = 24 * 3600
    # `/metrics` answers only a request bearing this token (`Authorization: Bearer ...`);
    # without one set, there is no `/metrics`.
    metrics_token: str | None = None
    log_level: str = "info"
    # One JSON object per line (for collectors), or `text`: readable lines for development.
    log_format: Literal["json", "text"] = "json"
    access_log: bool = True
    # FastAPI's OpenTelemetry instrumentation, through the globally configured providers (as
    # `opentelemetry-instrument` sets them). Off, no request pays for looking them up.
    opentelemetry: bool = False

    @cached_property
    def trusted_proxies(self) -> tuple[Network, ...]:
        return parse_networks(self.forwarded_allow_ips)

    @field_validator("public_url")
    @classmethod
    def _public_url_is_a_base(cls, value: str | None) -> str | None:
        if value is None or value == "":
            return None
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError("OPENWYN_PUBLIC_URL must be an http(s) URL with a host")
        if parts.query or parts.fragment or parts.username is not None:
            raise ValueError("OPENWYN_PUBLIC_URL must have no query, fragment or credentials")
        return value.rstrip("/")

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    def sqlite_path(self) -> Path | None:
        """The database file, or None for PostgreSQL and in-memory SQLite."""
        if not self.is_sqlite:
            return None
        raw = self.database_url.split(":///", 1)[1] if ":///" in self.database_url else ""
        return None if raw in ("", ":memory:") else Path(raw)

    def resolved_files_dir(self) -> Path:
        if self.files_dir is not None:
            return self.files_dir
        database = self.sqlite_path()
        return (database.parent if database else Path(".")) / "openwyn-files"

    @cached_property
    def resolved_jwt_secret(self) -> str:
        """The configured secret, or one generated once and kept beside the database."""
        if self.jwt_secret:
            if len(self.jwt_secret.encode()) < MIN_JWT_SECRET_BYTES:
                raise ValueError("OPENWYN_JWT_SECRET must be at least 32 bytes")
            return self.jwt_secret
        return _stored_secret(self.secret_file())

    def secret_file(self) -> Path:
        path = self.sqlite_path()
        base = path.parent if path else Path.cwd()
        return base / ".openwyn-jwt-secret"


def _stored_secret(path: Path) -> str:
    """The secret in `path`, written there first if there is none.

    Processes starting together race to write it: each writes a whole secret to a file of its
    own beside `path` and links it into place, which fails if `path` exists already, so the
    first link wins and every process reads that one. `path` never holds a partial secret.
    """
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        _link_new_secret(path)
    secret = path.read_text().strip()
    if len(secret.encode()) < MIN_JWT_SECRET_BYTES:
        raise ValueError(
            f"the JWT secret file {path} holds fewer than {MIN_JWT_SECRET_BYTES} bytes: "
            "remove it (tokens issued with it stop working) or set OPENWYN_JWT_SECRET"
        )
    return secret


def _link_new_secret(path: Path) -> None:
    """Link a new, fully written secret to `path` unless a file is there already."""
    descriptor, written = tempfile.mkstemp(dir=path.parent, prefix=f"{path.name}.")  # mode 600
    try:
        with os.fdopen(descriptor, "w") as file:
            file.write(secrets.token_urlsafe(48))
            file.flush()
            os.fsync(file.fileno())
        with contextlib.suppress(FileExistsError):  # another process's secret won
            os.link(written, path)
    finally:
        os.unlink(written)


def load_settings(**overrides: object) -> Settings:
    return Settings(**overrides)  # type: ignore[arg-type]
