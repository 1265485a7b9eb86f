"""Throughput with wrk: a fixed number of connections, each sending its next request as soon as
the previous answer arrives. Installs wrk (Debian package) when it is missing."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

_UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3}


@dataclass(frozen=True)
class WrkResult:
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    requests: int


def ensure_wrk() -> str:
    found = shutil.which("wrk")
    if found:
        return found
    print("wrk is missing: installing the Debian package")
    subprocess.run(["apt-get", "update", "-qq"], check=True)  # noqa: S607 - the system's apt
    subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True)  # noqa: S607
    return shutil.which("wrk") or "wrk"


def _lua_string(text: str) -> str:
    return "[==[" + text + "]==]"


def _script(method: str, body: str | None, headers: dict[str, str]) -> str:
    """A wrk script sending one fixed request; any answer other than 200 makes the run fail."""
    lines = [f"wrk.method = {_lua_string(method)}"]
    if body is not None:
        lines.append(f"wrk.body = {_lua_string(body)}")
    lines += [f"wrk.headers[ {_lua_string(k)} ] = {_lua_string(v)}" for k, v in headers.items()]
    return "\n".join(lines) + "\n"


def _milliseconds(text: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", text).groups()  # type: ignore[union-attr]
    return float(number) * _UNITS[unit]


def _parse(output: str) -> WrkResult:
    for problem in ("Non-2xx or 3xx responses", "Socket errors"):
        if problem in output:
            raise RuntimeError(f"wrk saw errors:\n{output}")
    percentiles = dict(re.findall(r"^\s+(50|99)%\s+(\S+)\s*$", output, re.MULTILINE))
    rps = re.search(r"^Requests/sec:\s+([\d.]+)", output, re.MULTILINE)
    total = re.search(r"^\s+(\d+) requests in", output, re.MULTILINE)
    if rps is None or total is None or len(percentiles) != 2:
        raise RuntimeError(f"cannot read wrk's output:\n{output}")
    return WrkResult(
        requests_per_second=float(rps.group(1)),
        p50_ms=_milliseconds(percentiles["50"]),
        p99_ms=_milliseconds(percentiles["99"]),
        requests=int(total.group(1)),
    )


def wrk(
    url: str,
    *,
    method: str = "GET",
    body: str | None = None,
    headers: dict[str, str],
    seconds: float,
    connections: int,
    threads: int = 1,
) -> WrkResult:
    """Run wrk against one URL for `seconds`; requests per second and latency percentiles."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as handle:
        handle.write(_script(method, body, headers))
    try:
        command = [ensure_wrk(), "--latency", f"-t{threads}", f"-c{connections}"]
        command += [f"-d{seconds:g}s", "-s", handle.name, url]
        done = subprocess.run(command, capture_output=True, text=True, check=True)  # noqa: S603
    finally:
        Path(handle.name).unlink()
    return _parse(done.stdout + done.stderr)
