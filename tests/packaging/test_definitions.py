"""The build definitions that cannot run on this machine (Windows, macOS) are checked as far as
Linux allows: the PyInstaller spec is executed for each system with PyInstaller's build steps
replaced by recorders, and the installer, disk-image and CI files are read and cross-checked
against it. Fast: no build happens here."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import tomllib
from typing import Any

import pytest
import yaml

from tests.packaging.conftest import APP_ID, PACKAGING, ROOT

SPEC = PACKAGING / "sviedka.spec"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]


class Step:
    """Stands in for one of PyInstaller's build steps and remembers how it was called."""

    def __init__(self, kind: str, calls: list[Step], *args: Any, **kwargs: Any) -> None:
        self.kind, self.args, self.kwargs = kind, args, kwargs
        # Analysis's first argument is the list of scripts; the others take build steps.
        self.scripts = list(args[0]) if kind == "Analysis" else []
        self.pure: list[Any] = []
        self.binaries: list[Any] = []
        self.datas: list[Any] = []
        calls.append(self)


def run_spec(target: str) -> list[Step]:
    pytest.importorskip("PyInstaller", reason="`make package-test` installs PyInstaller")
    calls: list[Step] = []
    names: dict[str, Any] = {
        kind: (lambda *a, _kind=kind, **k: Step(_kind, calls, *a, **k))
        for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")
    }
    names.update(SPECPATH=str(PACKAGING), SVIEDKA_TARGET=target, __file__=str(SPEC))
    exec(compile(SPEC.read_text(), str(SPEC), "exec"), names)  # noqa: S102 - our own spec file
    return calls


def programs(calls: list[Step]) -> dict[str, bool]:
    """Name -> has a console, for every executable the spec makes."""
    return {s.kwargs["name"]: s.kwargs["console"] for s in calls if s.kind == "EXE"}


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("linux", {"sviedka": True}),
        ("win32", {"Sviedka": False, "sviedka-cli": True}),
        ("darwin", {"Sviedka": False, "sviedka-cli": True}),
    ],
)
def test_spec_makes_the_programs_of_each_system(target: str, expected: dict[str, bool]) -> None:
    calls = run_spec(target)
    assert programs(calls) == expected
    (analysis,) = [s for s in calls if s.kind == "Analysis"]
    assert analysis.scripts == [str(PACKAGING / "sviedka_main.py")]
    shipped = {destination for _, destination in analysis.kwargs["datas"]}
    assert {"resources/vocabularies", "resources/schema", "resources/i18n"} <= shipped
    assert "app/storage/migrations/versions" in shipped
    assert [s.kwargs["name"] for s in calls if s.kind == "COLLECT"] == ["sviedka"]
    bundles = [s for s in calls if s.kind == "BUNDLE"]
    if target == "darwin":
        (bundle,) = bundles
        assert bundle.kwargs["bundle_identifier"] == APP_ID
        assert bundle.kwargs["name"] == "Sviedka.app"
        assert bundle.kwargs["version"] == VERSION
    else:
        assert bundles == []


def test_frozen_entry_runs_the_same_function_as_the_console_script() -> None:
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    module, function = declared["sviedka"].split(":")
    tree = ast.parse((PACKAGING / "sviedka_main.py").read_text())
    imported = {
        (node.module, alias.name)
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    assert (module, function) in imported
    # And it behaves as the console script does (here from the checkout's interpreter).
    entry = subprocess.run(
        [sys.executable, str(PACKAGING / "sviedka_main.py"), "--version"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert entry.returncode == 0, entry.stderr
    assert entry.stdout.strip() == f"sviedka {VERSION}"


def inno_setup() -> dict[str, list[str]]:
    """Section -> its lines, with the #define values substituted as Inno's preprocessor does."""
    text = (PACKAGING / "windows" / "sviedka.iss").read_text(encoding="utf-8")
    defines = dict(re.findall(r'^#define (\w+) "([^"]*)"', text, flags=re.MULTILINE))
    sections: dict[str, list[str]] = {}
    current: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        for name, value in defines.items():
            line = line.replace(f"{{#{name}}}", value)
        if not line or line.startswith((";", "#")):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        else:
            current.append(line)
    return sections


def setup_value(iss: dict[str, list[str]], key: str) -> str:
    (value,) = [line.split("=", 1)[1] for line in iss["Setup"] if line.split("=")[0] == key]
    return value


def test_windows_installer_ships_the_programs_the_spec_makes() -> None:
    iss = inno_setup()
    windows = programs(run_spec("win32"))
    assert setup_value(iss, "AppVersion") == VERSION
    assert setup_value(iss, "DefaultDirName").endswith("Sviedka")
    sources = " ".join(iss["Files"])
    assert r"dist\sviedka\*" in sources
    icons = " ".join(iss["Icons"])
    started = set(re.findall(r'Filename: "\{app\}\\([^"]+)\.exe"', icons))
    assert started == {name for name, console in windows.items() if not console}


def test_macos_disk_image_script_packs_the_bundle_the_spec_makes() -> None:
    script = PACKAGING / "macos" / "build_dmg.sh"
    assert subprocess.run(["bash", "-n", str(script)], check=False).returncode == 0
    text = script.read_text()
    (bundle,) = [s for s in run_spec("darwin") if s.kind == "BUNDLE"]
    assert f"dist/{bundle.kwargs['name']}" in text
    assert "hdiutil create" in text


def test_ci_workflow_builds_on_each_system_from_the_same_spec() -> None:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "package.yml").read_text())
    jobs = workflow["jobs"]
    runners = {job["runs-on"] for job in jobs.values()}
    assert {"ubuntu-latest", "windows-latest", "macos-latest"} <= runners
    steps = " ".join(str(step.get("run", "")) for job in jobs.values() for step in job["steps"])
    assert "packaging/sviedka.spec" in steps
    assert "make package" in steps  # Linux: the same build and test as here


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="Debian's appstream package")
def test_appstream_metadata_validates() -> None:
    metainfo = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(metainfo)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert f'<release version="{VERSION}"' in metainfo.read_text()
