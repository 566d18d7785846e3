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


def _no_sandbox_here() -> str:
    """Why no sandbox wiki can run on this machine (Windows, macOS, Linux without MediaWiki
    that glamdonor may not install), or "" where it can."""
    from glamdonor.wiki.sandbox import unavailable

    reason = unavailable()
    return f"no sandbox wiki here: {reason.message}" if reason else ""


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked ``wiki`` are skipped, with the reason, where no sandbox wiki can run."""
    wanting = [item for item in items if item.get_closest_marker("wiki")]
    if wanting and (reason := _no_sandbox_here()):
        for item in wanting:
            item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(scope="session")
def glamdonor_home() -> Path:
    return _HOME


@pytest.fixture(scope="session")
def sandbox(tmp_path_factory: pytest.TempPathFactory):
    """A sandbox wiki of the test session's own, on a free port, torn down at the end."""
    from glamdonor.wiki.sandbox import Sandbox

    if reason := _no_sandbox_here():
        pytest.skip(reason)
    wiki = Sandbox(tmp_path_factory.mktemp("sandbox"))
    wiki.start()
    yield wiki
    wiki.stop()


@pytest.fixture(scope="session")
def wiki(sandbox):
    from glamdonor.wiki.connection import Wiki

    return Wiki(sandbox.status().api_url, sandbox.credentials(), throttle=0).connect()


def copy_example(folder: Path) -> Path:
    """The example batch's tracked files, with its images made, in ``folder``: never what a
    user's runs left in examples/ (a journal, results, reports). The batch file's path."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_media", EXAMPLES / "make_media.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.copy_example(folder)


@pytest.fixture
def example_batch(tmp_path: Path) -> Path:
    """A copy of the example batch in a folder of the test's own."""
    return copy_example(tmp_path / "batch")


@pytest.fixture(scope="session")
def example_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One copy of the example batch for the session, for tests that only read it."""
    return copy_example(tmp_path_factory.mktemp("example")).parent


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
