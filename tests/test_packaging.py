"""Packaging, as a museum's IT department meets it: `make -C packaging package` builds the
wheel and the one-folder bundle; the bundle runs (`glamdonor --version`, the example batch
checked offline, the window started offscreen for a few seconds), and the wheel installs in a
fresh virtual environment where both programs start."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import pytest

from glamdonor import __version__

pytestmark = pytest.mark.packaging
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The wheel and the bundle, built once for this module's tests."""
    folder = tmp_path_factory.mktemp("package")
    environment = os.environ | {
        "GLAMDONOR_DIST": str(folder / "dist"),
        "GLAMDONOR_BUILD": str(folder / "build"),
    }
    done = subprocess.run(
        ["make", "-C", "packaging", "package"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "Validation was successful" in done.stdout  # the AppStream metainfo
    return folder / "dist"


def stays_up(command: list[str], home: Path, seconds: float = 5.0) -> str:
    """Starts the window offscreen; it must still be running after a few seconds."""
    environment = os.environ | {"QT_QPA_PLATFORM": "offscreen", "GLAMDONOR_HOME": str(home)}
    process = subprocess.Popen(
        command, env=environment, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    time.sleep(seconds)
    running = process.poll() is None
    process.kill()
    output = process.communicate()[0]
    assert running, f"the window closed at once: {output}"
    return output


def test_the_bundle_runs(built, example_batch, tmp_path):
    bundle = built / "glamdonor"
    with tarfile.open(built / f"glamdonor-{__version__}-linux-x86_64.tar.gz") as packed:
        names = packed.getnames()
    for part in (
        "glamdonor/glamdonor",
        "glamdonor/glamdonor-gui",
        "glamdonor/share/applications/org.glamdonor.Glamdonor.desktop",
        "glamdonor/share/metainfo/org.glamdonor.Glamdonor.metainfo.xml",
        "glamdonor/_internal/glamdonor/translations/glamdonor_ar.qm",
        "glamdonor/_internal/glamdonor/mappings/artwork.toml",
    ):
        assert part in names, part
    environment = os.environ | {"GLAMDONOR_HOME": str(tmp_path / "home")}
    version = subprocess.run(
        [bundle / "glamdonor", "--version"], capture_output=True, text=True, check=True
    )
    assert version.stdout.strip() == f"glamdonor {__version__}"
    checked = subprocess.run(
        [bundle / "glamdonor", "check", str(example_batch), "--offline"],
        capture_output=True,
        text=True,
        env=environment,
        timeout=300,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "3 rows: 3 ready to upload" in checked.stdout
    stays_up([str(bundle / "glamdonor-gui"), str(example_batch)], tmp_path / "home")


def test_the_wheel_installs_in_a_fresh_environment(built, tmp_path):
    (wheel,) = built.glob(f"glamdonor-{__version__}-*.whl")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", venv], check=True)
    installed = subprocess.run(
        [venv / "bin/python", "-m", "pip", "install", "-q", "--disable-pip-version-check", wheel],
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    assert installed.returncode == 0, installed.stderr[-3000:]
    outside = tmp_path / "elsewhere"  # not the repository: the installed package is used
    outside.mkdir()
    version = subprocess.run(
        [venv / "bin/glamdonor", "--version"], cwd=outside, capture_output=True, text=True
    )
    assert version.stdout.strip() == f"glamdonor {__version__}", version.stderr
    where = subprocess.run(
        [venv / "bin/python", "-c", "import glamdonor.translations as t; print(t.__file__)"],
        cwd=outside,
        capture_output=True,
        text=True,
        check=True,
    )
    assert str(venv) in where.stdout  # from the wheel, with its .qm files
    assert (Path(where.stdout.strip()).parent / "glamdonor_fr.qm").is_file()
    stays_up([str(venv / "bin/glamdonor-gui")], tmp_path / "home")
    shutil.rmtree(venv)
