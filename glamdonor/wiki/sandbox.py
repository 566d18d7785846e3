"""The sandbox: a private MediaWiki on this computer, glamdonor's default target.

It is Debian's ``mediawiki`` package with a SQLite database in a folder of its own, served by
PHP's built-in server on a loopback port, set up to accept uploads the way Commons does
(docs/commons.md, "The sandbox"). It runs on Linux only; elsewhere ``unavailable()`` says why,
and a rehearsal goes to Wikimedia's test wiki for Commons instead. The folder holds the
database, the uploaded files, the server's log, ``state.json`` (port and process id) and
``botpassword.json`` (readable by the user only).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from importlib import resources
from pathlib import Path

from filelock import FileLock

from glamdonor.core.errors import SandboxError
from glamdonor.core.places import data_dir
from glamdonor.core.wikis import SANDBOX_NAME, WikiIdentity
from glamdonor.core.words import N_
from glamdonor.media.kinds import COMMONS_EXTENSIONS
from glamdonor.wiki import processes
from glamdonor.wiki.credentials import Credentials

DEBIAN_MEDIAWIKI = Path("/usr/share/mediawiki")
# Where MediaWiki's code is: Debian's package, unless GLAMDONOR_MEDIAWIKI names another copy.
MEDIAWIKI = Path(os.environ.get("GLAMDONOR_MEDIAWIKI") or DEBIAN_MEDIAWIKI)
PACKAGES = ("mediawiki", "php-sqlite3", "php-cli", "php-intl", "php-mbstring", "php-xml")
PHP_MODULES = ("pdo_sqlite", "intl", "mbstring", "xml")
ACCOUNT = "Uploader"
BOT = "glamdonor"
GRANTS = "basic,highvolume,uploadfile,uploadeditmovefile,createeditmovepage,editpage"
VOLUNTEER = "Volunteer"  # the community: another account, editing pages between glamdonor's runs
VOLUNTEER_GRANTS = "basic,editpage,createeditmovepage,uploadeditmovefile"
MAX_UPLOAD_BYTES = 5 * 1024**3
START_TIMEOUT = 30.0


@dataclass(frozen=True)
class SandboxStatus:
    running: bool
    installed: bool
    folder: str
    api_url: str | None
    account: str
    login_name: str
    port: int | None
    pid: int | None
    port_taken: int | None = None  # the port it ran on before, taken when it started again

    def as_dict(self) -> dict:
        return asdict(self)


class Sandbox:
    def __init__(self, folder: Path | None = None) -> None:
        self.folder = Path(folder) if folder else data_dir() / "sandbox"

    # -- what is there -------------------------------------------------------------------------

    @property
    def settings_file(self) -> Path:
        return self.folder / "LocalSettings.php"

    def _state(self) -> dict:
        try:
            return json.loads((self.folder / "state.json").read_text())
        except (FileNotFoundError, json.JSONDecodeError):
            return {}

    def _save_state(self, **state: object) -> None:
        (self.folder / "state.json").write_text(json.dumps(state, indent=2))

    def status(self) -> SandboxStatus:
        state = self._state()
        port, pid = state.get("port"), state.get("pid")
        running = bool(pid and port and processes.is_our_server(pid, port))
        return SandboxStatus(
            running=running,
            installed=self.settings_file.is_file(),
            folder=str(self.folder),
            api_url=f"http://127.0.0.1:{port}/api.php" if port else None,
            account=ACCOUNT,
            login_name=f"{ACCOUNT}@{BOT}",
            port=port,
            pid=pid if running else None,
            port_taken=state.get("port_taken"),
        )

    def identity(self) -> WikiIdentity | None:
        """The wiki this folder holds, as it would say of itself, asked of no server (None when
        none is installed): its database name is the install's own id."""
        try:
            settings = self.settings_file.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        found = re.search(r'^\$wgDBname = "([^"]+)";', settings, re.MULTILINE)
        port = self._state().get("port")
        return WikiIdentity(
            wikiid=found.group(1) if found else "",
            server=f"http://127.0.0.1:{port}",
            name=SANDBOX_NAME,
            api_url=f"http://127.0.0.1:{port}/api.php",
        )

    def credentials(self) -> Credentials:
        try:
            secret = json.loads((self.folder / "botpassword.json").read_text())
        except FileNotFoundError:
            raise SandboxError(
                N_("the sandbox wiki has no uploader account yet."),
                N_("Run `glamdonor sandbox start` first."),
            ) from None
        return Credentials(
            account=secret["account"], bot=secret["bot"], password=secret["password"]
        )

    def volunteer(self) -> Credentials:
        """The credentials of the sandbox's Volunteer, an account that is not glamdonor's (no
        bot, no administrator): the community editing the files' pages. Made when first asked."""
        secret_file = self.folder / "volunteer.json"
        with self._lock():
            if not secret_file.is_file():
                self._php("createAndPromote.php", VOLUNTEER, secrets.token_hex(16))
                output = self._php(
                    "createBotPassword.php", "--appid", BOT, "--grants", VOLUNTEER_GRANTS, VOLUNTEER
                )
                password = re.search(r"password:'([^']+)'", output)
                if not password:
                    raise SandboxError(
                        N_("the sandbox wiki did not create the Volunteer's BotPassword."),
                        N_("Run `glamdonor sandbox reset` to start over."),
                    )
                secret_file.touch(mode=0o600)
                secret_file.write_text(
                    json.dumps({"account": VOLUNTEER, "bot": BOT, "password": password.group(1)})
                )
        return Credentials(**json.loads(secret_file.read_text()))

    # -- start, stop, reset ----------------------------------------------------------------------

    def start(self, port: int | None = None) -> SandboxStatus:
        """Start the wiki, installing and creating it first if needed; reuse it if it runs."""
        ensure_installed()
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        with self._lock():
            current = self.status()
            if current.running:
                return current
            before = processes.previous_port_if_free(current.port)
            port = port or before or processes.free_port()
            if not current.installed:
                self._create(port)
            self._write_settings(port)
            self._import_pages()
            pid = self._serve(port)
            taken = current.port if current.port and not before and port != current.port else None
            self._save_state(port=port, pid=pid, port_taken=taken)
            return self.status()

    def api_url_now(self) -> str | None:
        """Where the wiki answers now, None while it is not running: a batch under way follows
        it when it was started again on another port."""
        status = self.status()
        return status.api_url if status.running else None

    def stop(self) -> bool:
        """End the server this sandbox started (by its recorded process id); True if it ran."""
        with self._lock():
            state = self._state()
            pid, port = state.get("pid"), state.get("port")
            was_running = bool(pid and port and processes.is_our_server(pid, port))
            if was_running:
                processes.end_process_group(pid)
            if state:
                self._save_state(port=port, pid=None)
            return was_running

    def reset(self, port: int | None = None) -> SandboxStatus:
        """Throw the wiki away (files, pages, accounts) and start a fresh one."""
        self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)
        return self.start(port)

    def delete_pages(self, titles: list[str], reason: str = "glamdonor sandbox") -> None:
        """Delete pages (files too) as an administrator would, to stage was-deleted cases."""
        with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8") as listing:
            listing.write("\n".join(titles) + "\n")
            listing.flush()
            self._php("deleteBatch.php", "-r", reason, listing.name)

    # -- the steps -----------------------------------------------------------------------------

    @contextlib.contextmanager
    def _lock(self) -> Iterator[None]:
        with FileLock(self.folder / ".lock"):
            yield

    def _php(self, script: str, *args: str, configured: bool = True) -> str:
        env = dict(os.environ)
        env.pop("MW_CONFIG_FILE", None)
        if configured:
            env["MW_CONFIG_FILE"] = str(self.settings_file)
        result = subprocess.run(
            ["php", f"maintenance/{script}", *args],
            cwd=MEDIAWIKI,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            # Only the script's name and its error output: no arguments, which may hold secrets.
            raise SandboxError(
                N_("setting up the sandbox wiki failed at {script}: {output}"),
                N_("Run `glamdonor sandbox reset` to start over; the folder is {folder}."),
                script=script,
                output=(result.stderr or result.stdout).strip()[-600:],
                folder=self.folder,
            )
        return result.stdout

    def _create(self, port: int) -> None:
        for name in ("db", "images", "tmp", "cache"):
            (self.folder / name).mkdir(mode=0o700, exist_ok=True)
        try:
            self._php(
                "install.php",
                "--dbtype=sqlite",
                f"--dbpath={self.folder / 'db'}",
                f"--dbname=glamdonor_sandbox_{secrets.token_hex(6)}",  # this install's own id
                f"--server=http://127.0.0.1:{port}",
                "--scriptpath=",
                f"--confpath={self.folder}",
                f"--pass={secrets.token_hex(16)}",
                "--lang=en",
                SANDBOX_NAME,
                "Admin",
                configured=False,
            )
            with self.settings_file.open("a") as settings:
                settings.write('\nrequire_once __DIR__ . "/glamdonor-settings.php";\n')
            self._write_settings(port)
            self._php("createAndPromote.php", "--bot", ACCOUNT, secrets.token_hex(16))
            output = self._php("createBotPassword.php", "--appid", BOT, "--grants", GRANTS, ACCOUNT)
            password = re.search(r"password:'([^']+)'", output)
            if not password:
                raise SandboxError(
                    N_("the sandbox wiki did not create the uploader's BotPassword."),
                    N_("Run `glamdonor sandbox reset` to start over."),
                )
            secret_file = self.folder / "botpassword.json"
            secret_file.touch(mode=0o600)
            secret_file.write_text(
                json.dumps({"account": ACCOUNT, "bot": BOT, "password": password.group(1)})
            )
        except BaseException:
            self.settings_file.unlink(missing_ok=True)  # not installed: the next start redoes it
            raise

    def _write_settings(self, port: int) -> None:
        folder = self.folder
        extensions = ", ".join(f"'{ext}'" for ext in sorted(COMMONS_EXTENSIONS))
        # Cookies do not tell ports apart: a prefix per folder keeps two sandboxes' sessions apart.
        cookie_prefix = "glamdonor_" + hashlib.sha1(str(folder).encode()).hexdigest()[:10]
        (folder / "glamdonor-settings.php").write_text(
            f"""<?php
// Written by glamdonor at every start of the sandbox wiki: edits here are overwritten.
$wgServer = "http://127.0.0.1:{port}";
$wgSitename = "{SANDBOX_NAME}";
$wgEnableUploads = true;
$wgUploadDirectory = "{folder}/images";
$wgUploadPath = "/img_auth.php";
$wgImgAuthPublicTest = false;
$wgTmpDirectory = "{folder}/tmp";
$wgCacheDirectory = "{folder}/cache";
$wgMainCacheType = CACHE_DB;
$wgSessionCacheType = CACHE_DB;
$wgParserCacheType = CACHE_DB;
$wgFileExtensions = [ {extensions} ];
$wgStrictFileExtensions = true;
$wgMaxUploadSize = {MAX_UPLOAD_BYTES};
$wgUploadSizeWarning = 1024 * 1024;  // small, so that the "large-file" warning can be met
$wgEnableBotPasswords = true;
$wgCookiePrefix = "{cookie_prefix}";
$wgExtraNamespaces[100] = "Creator";
$wgExtraNamespaces[101] = "Creator_talk";
$wgExtraNamespaces[106] = "Institution";
$wgExtraNamespaces[107] = "Institution_talk";
$wgUseInstantCommons = false;
wfLoadExtension( "ParserFunctions", "{MEDIAWIKI}/extensions-core/ParserFunctions/extension.json" );
wfLoadExtension( "TitleBlacklist", "{MEDIAWIKI}/extensions-core/TitleBlacklist/extension.json" );
$wgTitleBlacklistSources = [
    "local" => [ "type" => "localpage", "src" => "MediaWiki:Titleblacklist" ],
];
$wgEnableEmail = false;
// Uploads of the "paced" group are rate-limited, as a newcomer's are on Commons: an account
// in it (the uploader is a bot, without limits) meets the wiki's real "ratelimited" refusal.
$wgGroupPermissions["paced"]["upload"] = true;
$wgRateLimits["upload"]["paced"] = [ 3, 4 ];
"""
        )

    def _import_pages(self) -> None:
        """(Re)write the sandbox's own templates: Information, Artwork, licenses, Institution."""
        pages = resources.files("glamdonor.wiki") / "sandbox_pages"
        with tempfile.TemporaryDirectory() as staging:
            files = []
            for namespace in pages.iterdir():
                for page in namespace.iterdir():
                    target = Path(staging) / f"{namespace.name}:{page.name}"
                    target.write_text(page.read_text(encoding="utf-8"), encoding="utf-8")
                    files.append(str(target))
            self._php(
                "importTextFiles.php",
                "--overwrite",
                "--bot",
                "--summary",
                "glamdonor sandbox pages",
                *sorted(files),
            )

    def _serve(self, port: int) -> int:
        env = dict(os.environ, MW_CONFIG_FILE=str(self.settings_file), PHP_CLI_SERVER_WORKERS="4")
        command = [
            "php",
            "-d",
            "upload_max_filesize=5G",
            "-d",
            "post_max_size=5G",
            "-d",
            "memory_limit=512M",
            "-d",
            "max_execution_time=0",
            "-S",
            f"127.0.0.1:{port}",
            "-t",
            str(MEDIAWIKI),
        ]
        with (self.folder / "server.log").open("ab") as log:
            process = subprocess.Popen(
                command,
                cwd=self.folder,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        api = f"http://127.0.0.1:{port}/api.php?action=query&meta=siteinfo&format=json"
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise SandboxError(
                    N_("the sandbox wiki's server stopped at once: {log}"),
                    N_("Is port {port} taken? Try `glamdonor sandbox start --port N`."),
                    log=self._log_tail(),
                    port=port,
                )
            with contextlib.suppress(OSError), urllib.request.urlopen(api, timeout=2) as reply:
                if b'"sitename"' in reply.read():
                    return process.pid
            time.sleep(0.1)
        processes.end_process_group(process.pid)
        raise SandboxError(
            N_("the sandbox wiki did not answer within {seconds:.0f} s: {log}"),
            N_("See the server's log in {path}."),
            seconds=START_TIMEOUT,
            log=self._log_tail(),
            path=self.folder / "server.log",
        )

    def _log_tail(self) -> str:
        try:
            return (self.folder / "server.log").read_text(errors="replace").strip()[-400:]
        except FileNotFoundError:
            return "(no log)"


INSTALL = ["apt-get", "install", "-y", "--no-install-recommends", *PACKAGES]
def unavailable() -> SandboxError | None:
    """Why the sandbox cannot run on this computer, in one sentence; None if it can (MediaWiki
    is there, or glamdonor may install it from Debian's packages). Asks nothing of the wiki."""
    if sys.platform == "linux" and (not _missing() or _may_install()):
        return None
    if sys.platform == "linux" and MEDIAWIKI == DEBIAN_MEDIAWIKI and shutil.which("apt-get"):
        return SandboxError(  # Debian, not root: the administrator can install it
            N_("the sandbox wiki needs MediaWiki and PHP, which are not installed."),
            N_("Install them with: sudo {command}"),
            command=" ".join(INSTALL),
        )
    return SandboxError(
        N_("the sandbox wiki runs only on Linux, with Debian's MediaWiki package.")
        if sys.platform != "linux"
        else N_("the sandbox wiki needs MediaWiki and PHP, which this computer does not have."),
        N_(
            "To rehearse a batch from this computer, send it to Wikimedia's test wiki for "
            'Commons: write wiki = "test-commons" under [target] in the batch file (the guides '
            "say how to get an account there)."
        ),
    )


def _may_install() -> bool:
    """Debian's packages, installed by us: as root, with apt, where MediaWiki goes."""
    root = getattr(os, "geteuid", lambda: -1)() == 0
    return root and MEDIAWIKI == DEBIAN_MEDIAWIKI and bool(shutil.which("apt-get"))


def ensure_installed() -> None:
    """Install MediaWiki and PHP from Debian's packages where they are missing and we may."""
    if reason := unavailable():
        raise reason
    if _missing() == []:
        return
    command = INSTALL
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    for step in (["apt-get", "update", "-q"], command):
        result = subprocess.run(step, env=env, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise SandboxError(
                N_("installing MediaWiki and PHP failed: {output}"),
                N_("Install them by hand with: {command}"),
                output=result.stderr.strip()[-600:],
                command=" ".join(command),
            )
    if missing := _missing():
        raise SandboxError(
            N_("after installing, still missing: {missing}."),
            N_("Install them by hand with: {command}"),
            missing=", ".join(missing),
            command=" ".join(command),
        )


def _missing() -> list[str]:
    missing = []
    if not (MEDIAWIKI / "maintenance" / "install.php").is_file():
        missing.append("mediawiki")
    if not shutil.which("php"):
        return [*missing, "php-cli"]
    modules = subprocess.run(["php", "-m"], capture_output=True, text=True, check=False).stdout
    names = {line.strip().lower() for line in modules.splitlines()}
    missing += [f"php module {module}" for module in PHP_MODULES if module not in names]
    return missing
