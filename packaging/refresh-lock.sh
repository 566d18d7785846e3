#!/usr/bin/env bash
# For maintainers: renew packaging/requirements.lock to the newest releases that pyproject.toml
# allows (for Linux, Windows and macOS at once), install them in .venv and run the whole suite
# on them, so that a new release that breaks glamdonor is seen here before users install it.
# Commit the lock if the suite passes; `git checkout packaging/requirements.lock` if not.
# Arguments go to pytest (for example -x, or -m "not packaging").
set -euo pipefail
cd "$(dirname "$0")/.."
tools=build/lock-tools
[[ -x $tools/bin/uv ]] || { python3 -m venv "$tools" && "$tools/bin/pip" install -q uv; }
"$tools/bin/uv" pip compile pyproject.toml packaging/build-requirements.in --all-extras \
    --universal --python-version 3.11 --generate-hashes --upgrade -q \
    -o packaging/requirements.lock
git --no-pager diff --stat -- packaging/requirements.lock || true
bash packaging/bootstrap.sh && .venv/bin/python -m pytest "$@"
