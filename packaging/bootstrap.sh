#!/usr/bin/env bash
# Sets up glamdonor on a Debian machine: the system packages (MediaWiki and PHP for the sandbox
# wiki, the libraries Qt needs), a virtual environment in .venv with glamdonor and its test
# tools at the exact versions and hashes of packaging/requirements.lock, the reconciliation
# service the tests run (packaging/reconcile-service.sh), and the example
# batch's images. Safe to run again: it only does what is missing or changed.
set -euo pipefail
cd "$(dirname "$0")/.."

apt_packages=(
    mediawiki php-sqlite3 php-cli php-intl php-mbstring php-xml   # the sandbox wiki
    libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0   # Qt, offscreen too
    libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0   # Qt on an X11 desktop
    poppler-utils   # the tests look at the PDF reports as pages (pdftoppm, pdftotext)
    xvfb   # the screenshots of docs/screenshots are taken on a virtual X display
    make binutils appstream desktop-file-utils   # packaging: PyInstaller, the .desktop checks
)
python3 -c "import ensurepip" 2>/dev/null || apt_packages+=(python3-venv)

missing=()
for package in "${apt_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
        || missing+=("$package")
done
if ((${#missing[@]})); then
    if [[ $(id -u) -eq 0 ]]; then
        echo "Installing system packages: ${missing[*]}"
        apt-get update -q
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
    else
        echo "glamdonor needs these system packages; install them first with:" >&2
        echo "  sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
        exit 1
    fi
fi

stamp=.venv/.glamdonor-installed
lock=packaging/requirements.lock   # every package, pinned and hashed: packaging/refresh-lock.sh
wanted=$(cat pyproject.toml "$lock" | sha1sum | cut -d' ' -f1)
if [[ ! -x .venv/bin/python ]]; then
    python3 -m venv .venv
fi
if [[ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]]; then
    echo "Installing glamdonor and its Python packages into .venv (from $lock)"
    pip=(.venv/bin/python -m pip -q --disable-pip-version-check)
    "${pip[@]}" install --require-hashes --no-deps -r "$lock"
    "${pip[@]}" install --no-deps --no-build-isolation -e .
    "${pip[@]}" check
    echo "$wanted" > "$stamp"
fi

bash packaging/reconcile-service.sh   # the reconciliation service the tests run
.venv/bin/python examples/make_media.py > /dev/null
echo "glamdonor is set up in $(pwd)/.venv"
