"""SMTP: the server from `OPENWYN_SMTP_URL`, and one message sent with aiosmtplib.

`smtp://user:pass@host:587` upgrades with STARTTLS when the server offers it (a server that
does not offers nothing to upgrade to: the message goes in the clear, as any MTA would send
it); `smtps://user:pass@host:465` speaks TLS from the first byte. The user and password are
percent-decoded, so either may hold `@` or `:` written as `%40` and `%3A`.
"""

from __future__ import annotations

import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Any
from urllib.parse import unquote, urlsplit

import aiosmtplib

DEFAULT_PORTS = {"smtp": 25, "smtps": 465}


@dataclass(frozen=True)
class SmtpServer:
    hostname: str
    port: int
    username: str | None
    password: str | None
    implicit_tls: bool

    @classmethod
    def from_url(cls, url: str) -> SmtpServer:
        parts = urlsplit(url)
        if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
            raise ValueError("OPENWYN_SMTP_URL must be smtp://[user:pass@]host[:port] or smtps://")
        return cls(
            hostname=parts.hostname,
            port=parts.port or DEFAULT_PORTS[parts.scheme],
            username=unquote(parts.username) if parts.username else None,
            password=unquote(parts.password) if parts.password is not None else None,
            implicit_tls=parts.scheme == "smtps",
        )


@dataclass(frozen=True)
class Attached:
    filename: str
    content_type: str
    content: bytes


def build(mail_from: str, row: Any, attached: list[Attached]) -> EmailMessage:
    """The MIME message of a queued row: text, HTML as its alternative, then attachments."""
    message = EmailMessage()
    message["From"] = mail_from
    message["To"] = ", ".join(row.to)
    if row.cc:
        message["Cc"] = ", ".join(row.cc)
    message["Subject"] = row.subject
    message["Date"] = formatdate(usegmt=True)
    message["Message-ID"] = make_msgid(domain=_domain(mail_from))
    message.set_content(row.text)
    if row.html:
        message.add_alternative(row.html, subtype="html")
    for item in attached:
        maintype, _, subtype = item.content_type.partition("/")
        if not subtype or ";" in subtype:
            maintype, subtype = "application", "octet-stream"
        message.add_attachment(
            item.content, maintype=maintype, subtype=subtype, filename=item.filename
        )
    return message


def _domain(mail_from: str) -> str:
    address = mail_from.rsplit("<", 1)[-1].rstrip(">").strip()
    return address.rpartition("@")[2] or "openwyn.invalid"


async def send(
    server: SmtpServer,
    message: EmailMessage,
    recipients: list[str],
    timeout_seconds: float,
    tls: ssl.SSLContext | None = None,
) -> None:
    """Send `message` to `recipients` (the envelope: To and Cc); raises on any refusal."""
    await aiosmtplib.send(
        message,
        recipients=recipients,
        hostname=server.hostname,
        port=server.port,
        username=server.username,
        password=server.password,
        use_tls=server.implicit_tls,
        start_tls=None if not server.implicit_tls else False,
        timeout=timeout_seconds,
        tls_context=tls,
    )


def is_permanent(error: BaseException) -> bool:
    """A 5xx answer (a mailbox that does not exist, a message refused): retrying would be
    refused again. Anything else (4xx, a dropped connection, a timeout) is worth a retry."""
    code = getattr(error, "code", None)
    return isinstance(error, aiosmtplib.SMTPResponseException) and 500 <= int(code or 0) < 600
