#!/usr/bin/env bash
# Sets up csv-reconcile, a Reconciliation API service (the protocol of OpenRefine and of
# Wikidata's public service) that serves names and ids from a CSV file. The tests run it on
# 127.0.0.1 in Wikidata's place (tests/reconcileservice.py). It lives in .venv-reconcile, apart
# from glamdonor's packages: it wants Flask 2 and chardet 4, which glamdonor does not.
#
# Its dependencies come pinned and hashed from packaging/reconcile-service.lock (renewed with
# `uv pip compile packaging/reconcile-service.in --universal --generate-hashes`). csv-reconcile
# itself is published only as a source archive built with Poetry, which pip would fetch
# unpinned: the archive is fetched at its pinned SHA-256 instead and installed by setuptools
# from the setup.py it carries; without Cython it keeps to its pure-Python scorer.
# Safe to run again: it only does what is missing or changed.
set -euo pipefail
cd "$(dirname "$0")/.."

venv=.venv-reconcile
lock=packaging/reconcile-service.lock
url=https://files.pythonhosted.org/packages/9a/83/e9dea5850981227f7c73004d4824a6ed80734c0ae93f565b184827f24653/csv-reconcile-0.3.2.tar.gz
sha256=a2cc09543b91999bdf900abb2b5fd692a58709175b80b8f9f1330920c10c7d37
stamp=$venv/.glamdonor-installed
wanted=$(cat "$0" "$lock" | sha1sum | cut -d' ' -f1)
[[ "$(cat "$stamp" 2>/dev/null)" == "$wanted" ]] && exit 0

echo "Installing the reconciliation service for the tests into $venv (from $lock)"
rm -rf "$venv"
python3 -m venv "$venv"
pip=("$venv/bin/python" -m pip -q --disable-pip-version-check)
"${pip[@]}" install --require-hashes --no-deps -r "$lock"
source=$(mktemp -d)
trap 'rm -rf "$source"' EXIT
"$venv/bin/python" - "$url" "$sha256" "$source" <<'PYTHON'
import hashlib, io, sys, tarfile, urllib.request
from pathlib import Path

url, sha256, folder = sys.argv[1:]
data = urllib.request.urlopen(url, timeout=120).read()
if hashlib.sha256(data).hexdigest() != sha256:
    sys.exit(f"csv-reconcile: the archive at {url} is not the one pinned (SHA-256 differs)")
with tarfile.open(fileobj=io.BytesIO(data)) as archive:
    if any(m.name.startswith(("/", "..")) or ".." in Path(m.name).parts for m in archive):
        sys.exit("csv-reconcile: the archive names files outside its folder")
    archive.extractall(folder)
top = next(Path(folder).iterdir())
(top / "pyproject.toml").unlink()  # its Poetry backend; setup.py says the same, for setuptools
PYTHON
"${pip[@]}" install --no-deps --no-build-isolation --no-index "$source"/csv-reconcile-0.3.2
"$venv/bin/csv-reconcile" --help > /dev/null
echo "$wanted" > "$stamp"
