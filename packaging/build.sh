#!/usr/bin/env bash
# Builds glamdonor as users get it: the wheel (dist/glamdonor-VERSION-py3-none-any.whl), then,
# from that wheel installed in a fresh virtual environment of its own, the one-folder
# application with PyInstaller (dist/glamdonor/: `glamdonor` and `glamdonor-gui`), packed as
# dist/glamdonor-VERSION-linux-x86_64.tar.gz with the .desktop file, the AppStream metainfo
# and the icon. Run after packaging/bootstrap.sh; `make -C packaging package` calls it.
set -euo pipefail
cd "$(dirname "$0")/.."
dist=${GLAMDONOR_DIST:-dist}   # where the wheel and the bundle go
work=${GLAMDONOR_BUILD:-build/package}   # the build's own virtual environment and files
version=$(.venv/bin/python -c "import glamdonor; print(glamdonor.__version__)")

rm -rf "$work" "$dist/glamdonor" "$dist"/glamdonor-*.whl
mkdir -p "$work" "$dist"
.venv/bin/python -m pip wheel -q --disable-pip-version-check --no-deps --no-build-isolation \
    -w "$dist" .
wheel=$(ls "$dist"/glamdonor-"$version"-*.whl)

.venv/bin/python -m venv "$work/venv"   # the same Python as .venv, with its shared library
# The versions of packaging/requirements.lock (PyInstaller among them), then the wheel itself.
"$work/venv/bin/python" -m pip install -q --disable-pip-version-check --require-hashes \
    --no-deps -r packaging/requirements.lock
"$work/venv/bin/python" -m pip install -q --disable-pip-version-check --no-deps "$wheel"
dist=$(realpath "$dist") work=$(realpath "$work")
(cd packaging && "$work/venv/bin/pyinstaller" --noconfirm --log-level ERROR \
    --distpath "$dist" --workpath "$work/pyinstaller" glamdonor.spec)

share="$dist/glamdonor/share"
mkdir -p "$share/applications" "$share/metainfo" "$share/icons/hicolor/scalable/apps"
cp packaging/org.glamdonor.Glamdonor.desktop "$share/applications/"
cp packaging/org.glamdonor.Glamdonor.metainfo.xml "$share/metainfo/"
cp resources/icons/glamdonor.svg "$share/icons/hicolor/scalable/apps/org.glamdonor.Glamdonor.svg"
tar -C "$dist" -czf "$dist/glamdonor-$version-linux-x86_64.tar.gz" glamdonor
echo "Built $wheel and $dist/glamdonor/ ($dist/glamdonor-$version-linux-x86_64.tar.gz)"
