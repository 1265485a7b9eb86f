"""A webhook receiver that verifies Openwyn's signatures and prints each event.

    OPENWYN_WEBHOOK_SECRET=whsec_... python clients/python/examples/receiver.py --port 9000

Subscribe `http://127.0.0.1:9000/` (plain http and this machine are allowed in development
mode, e.g. `openwyn serve --demo`). A delivery with a bad signature is answered 401 and
printed as refused; Openwyn retries what is not answered 2xx.
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from openwyn_client import InvalidSignature, verify_webhook


def handler(secret: str, on_event: Callable[[Any], None]) -> type[BaseHTTPRequestHandler]:
    class Receiver(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            try:
                event = verify_webhook(secret, body, dict(self.headers.items()))
            except InvalidSignature as exc:
                print(f"refused: {exc}", flush=True)
                self.send_response(401)
            else:
                on_event(event)
                self.send_response(204)
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            pass  # one line per event is printed by on_event

    return Receiver


def receiver(port: int, secret: str, on_event: Callable[[Any], None]) -> ThreadingHTTPServer:
    return ThreadingHTTPServer(("127.0.0.1", port), handler(secret, on_event))


def _print(event: Any) -> None:
    print(json.dumps({key: event.get(key) for key in ("id", "type", "entityId")}), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=9000)
    port = parser.parse_args().port
    server = receiver(port, os.environ["OPENWYN_WEBHOOK_SECRET"], _print)
    print(f"listening on http://127.0.0.1:{port}/", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
