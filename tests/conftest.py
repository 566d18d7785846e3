"""Shared fixtures. Every test run gets its own GLAMDONOR_HOME, so no test touches a user's
real settings, wikis or pywikibot folder; wiki tests share one sandbox wiki for the session."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = Path(tempfile.mkdtemp(prefix="glamdonor-tests-"))
os.environ["GLAMDONOR_HOME"] = str(_HOME)
os.environ["PYTHON_KEYRING_BACKEND"] = "tests.memorykeyring.MemoryKeyring"

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(_HOME, ignore_errors=True)


@pytest.fixture(scope="session")
def glamdonor_home() -> Path:
    return _HOME


@pytest.fixture(scope="session")
def sandbox(tmp_path_factory: pytest.TempPathFactory):
    """A sandbox wiki of the test session's own, on a free port, torn down at the end."""
    from glamdonor.wiki.sandbox import Sandbox

    wiki = Sandbox(tmp_path_factory.mktemp("sandbox"))
    wiki.start()
    yield wiki
    wiki.stop()


@pytest.fixture(scope="session")
def wiki(sandbox):
    from glamdonor.wiki.connection import Wiki

    return Wiki(sandbox.status().api_url, sandbox.credentials(), throttle=0).connect()


@pytest.fixture
def example_batch(tmp_path: Path) -> Path:
    """A copy of examples/ with its images made, in a folder of the test's own."""
    import importlib.util

    folder = tmp_path / "batch"
    shutil.copytree(EXAMPLES, folder, ignore=shutil.ignore_patterns("media", "__pycache__"))
    spec = importlib.util.spec_from_file_location("make_media", folder / "make_media.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.make(folder / "media")
    return folder / "batch.toml"


@pytest.fixture
def proxy(sandbox):
    """The sandbox wiki behind a loopback proxy that misbehaves on demand (tests/faultproxy.py)."""
    from tests.faultproxy import FaultProxy

    proxy = FaultProxy(sandbox.status().api_url)
    yield proxy
    proxy.close()


@pytest.fixture
def commons(sandbox):
    """The sandbox wiki seen as Commons, structured data included (tests/commonsproxy.py)."""
    from tests.commonsproxy import CommonsLikeProxy

    proxy = CommonsLikeProxy(sandbox.status().api_url)
    yield proxy
    proxy.close()
