"""Regenerate (or check) openwyn_client/generated/ from Openwyn's OpenAPI document.

    python clients/python/generate.py           # rewrite openwyn_client/generated/
    python clients/python/generate.py --check   # fail if it is stale; mypy the fresh code

The document is the one the server serves at /openapi.json (production settings), built in
process from the checkout. The generator runs from its own virtual environment with pinned
versions (it pins httpx and typer below what Openwyn uses, and its formatter's output changes
between ruff releases), made once under the cache directory.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

GENERATOR = ("openapi-python-client==0.29.1", "ruff==0.17.6")
HERE = Path(__file__).resolve().parent
TARGET = HERE / "openwyn_client" / "generated"
REPO = HERE.parent.parent


def document() -> dict[str, object]:
    """What `GET /openapi.json` answers, for a server on the default settings."""
    sys.path.insert(0, str(REPO / "src"))
    from openwyn.app import create_app
    from openwyn.config import Settings

    settings = Settings(database_url="sqlite+aiosqlite:///:memory:", jwt_secret="g" * 32)
    return create_app(settings).openapi()


def generator_bin() -> Path:
    cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    home = cache / "openwyn-client-generator" / "-".join(GENERATOR).replace("==", "-")
    marker = home / "installed"
    if not marker.exists():
        venv.create(home, with_pip=True, clear=True)
        pip = [str(home / "bin" / "python"), "-m", "pip", "install", "-q", *GENERATOR]
        subprocess.run(pip, check=True)  # noqa: S603 - our own command
        marker.touch()
    return home / "bin"


def generate(into: Path) -> None:
    """openapi-python-client with no configuration, its package moved to `into`; a warning fails."""
    bin_dir = generator_bin()
    with tempfile.TemporaryDirectory() as scratch:
        spec = Path(scratch) / "openapi.json"
        spec.write_text(json.dumps(document(), indent=1))
        out = Path(scratch) / "out"
        env = os.environ | {"PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
        command = [str(bin_dir / "openapi-python-client"), "generate", "--path", str(spec)]
        command += ["--meta", "none", "--output-path", str(out)]
        run = subprocess.run(command, env=env, capture_output=True, text=True)  # noqa: S603
        if run.returncode != 0 or "warning" in (run.stdout + run.stderr).lower():
            sys.exit(f"openapi-python-client failed or warned:\n{run.stdout}\n{run.stderr}")
        if into.exists():
            shutil.rmtree(into)
        shutil.copytree(out, into, ignore=shutil.ignore_patterns(".ruff_cache", "__pycache__"))


def differences(left: Path, right: Path) -> list[str]:
    compared = filecmp.dircmp(left, right, ignore=["__pycache__", ".ruff_cache"])
    found = [f"only in {compared.left}: {name}" for name in compared.left_only]
    found += [f"only in {compared.right}: {name}" for name in compared.right_only]
    found += [f"differs: {right / name}" for name in compared.diff_files]
    for name in compared.common_dirs:
        found += differences(left / name, right / name)
    return found


def check() -> int:
    """Generate beside a copy of the hand-written package; compare; `mypy --strict` the whole."""
    with tempfile.TemporaryDirectory() as scratch:
        package = Path(scratch) / "openwyn_client"
        shutil.copytree(
            HERE / "openwyn_client", package, ignore=shutil.ignore_patterns("generated")
        )
        fresh = package / "generated"
        generate(fresh)
        stale = differences(fresh, TARGET)
        if stale:
            print("openwyn_client/generated is stale; run python clients/python/generate.py")
            print("\n".join(stale[:20]))
            return 1
        config = str(HERE / "pyproject.toml")
        mypy = [sys.executable, "-m", "mypy", "--config-file", config, "--no-incremental"]
        result = subprocess.run([*mypy, "-p", "openwyn_client"], cwd=scratch)  # noqa: S603
        if result.returncode == 0:
            print("openwyn_client/generated is current and type-checks")
        return result.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="Fail if the code is stale.")
    if parser.parse_args().check:
        return check()
    generate(TARGET)
    print(f"generated {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
