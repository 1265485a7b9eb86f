"""Message templates: Jinja2 files in the package, one folder per message.

`templates/<name>/subject.txt`, `body.txt` and (optionally) `body.html`. The HTML is
autoescaped, the text and subject are not (they are never read as markup); every variable a
template names must be given (`StrictUndefined`), so a caller's omission fails loudly in its
tests rather than mailing a blank to a client.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, TemplateNotFound

FOLDER = Path(__file__).parent / "templates"


@cache
def _environment(autoescape: bool) -> Environment:
    # The text templates are plain text (never read as markup); the HTML ones autoescape.
    return Environment(
        loader=FileSystemLoader(FOLDER),
        autoescape=autoescape,  # noqa: S701
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )


def render(template_name: str, **context: Any) -> tuple[str, str, str | None]:
    """The message `template_name` with `context`: (subject, text, html or None)."""
    plain = _environment(False)
    subject = plain.get_template(f"{template_name}/subject.txt").render(context)
    text = plain.get_template(f"{template_name}/body.txt").render(context)
    try:
        page = _environment(True).get_template(f"{template_name}/body.html")
    except TemplateNotFound:
        return one_line(subject), text, None
    return one_line(subject), text, page.render(context)


def one_line(subject: str) -> str:
    """A subject on one line: a line break in a header would start another header."""
    return " ".join(subject.split())
