"""The report in a real browser: headless Chromium loads it with no console errors and draws its charts.

Chromium is driven from the command line only (``--dump-dom``, ``--screenshot``,
``--enable-logging``), so the test needs no driver library. A screenshot is
saved to ``bench/out/report.png`` to be looked at.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO
from pipelines.report import write_report

SAMPLE_CORPUS = REPO / "pipelines" / "sample_corpus"
SCREENSHOT = REPO / "bench" / "out" / "report.png"
# No network, no profile state, nothing in the background: the page alone.
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--disable-quic", "--enable-logging=stderr", "--v=0"]
CONSOLE_ERROR = re.compile(r"CONSOLE\(\d+\)|Uncaught|console\.error", re.I)


def find_chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def install_chromium() -> str | None:
    """Install Debian's chromium when we may (root, apt-get present); None when we cannot."""
    if shutil.which("apt-get") is None or os.geteuid() != 0:
        return None
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (["apt-get", "update"], ["apt-get", "install", "-y", "chromium", "chromium-driver"]):
        if subprocess.run(command, env=env, capture_output=True, timeout=900).returncode != 0:
            return None
    return find_chromium()


@pytest.fixture(scope="module")
def chromium() -> str:
    binary = find_chromium() or install_chromium()
    if binary is None:
        pytest.skip("headless Chromium is not installed and `apt-get install chromium chromium-driver` "
                    "is not possible here (needs root and apt)")
    return binary


def run_chromium(binary: str, profile: Path, url: str, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *extra, url],
                          capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def report_html(tmp_path_factory) -> Path:
    """report.html of a warehouse built from the sample corpus by the CLI."""
    warehouse = tmp_path_factory.mktemp("warehouse")
    cli = shutil.which("union-metrics") or str(Path(sys.executable).with_name("union-metrics"))
    if not Path(cli).exists():
        pytest.skip("the union-metrics CLI is not installed")
    run = subprocess.run([cli, "run", "--input", str(SAMPLE_CORPUS), "--warehouse", str(warehouse)],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    page = warehouse / "report.html"
    return page if page.exists() else write_report(warehouse)


@pytest.fixture(scope="module")
def loaded(chromium: str, report_html: Path, tmp_path_factory) -> subprocess.CompletedProcess:
    profile = tmp_path_factory.mktemp("chromium-profile")
    return run_chromium(chromium, profile, report_html.as_uri(), "--dump-dom")


def console_errors(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if CONSOLE_ERROR.search(line)]


def test_report_loads_without_console_errors(loaded: subprocess.CompletedProcess):
    assert loaded.returncode == 0, loaded.stderr[-2000:]
    assert console_errors(loaded.stderr) == []


def test_console_errors_would_be_seen(chromium: str, tmp_path: Path):
    """The check above is not blind: a page that logs an error is caught."""
    page = tmp_path / "broken.html"
    page.write_text("<!DOCTYPE html><html><body><script>console.error('boom'); undefinedCall();</script></body></html>")
    run = run_chromium(chromium, tmp_path / "profile", page.as_uri(), "--dump-dom")
    assert console_errors(run.stderr)


def test_at_least_three_charts_render(loaded: subprocess.CompletedProcess):
    svgs = re.findall(r"<svg\b.*?</svg>", loaded.stdout, re.S)
    drawn = [s for s in svgs if re.search(r'<rect [^>]*width="(?!0[".])[\d.]+"', s)]
    assert len(drawn) >= 3


def test_screenshot_is_saved(chromium: str, report_html: Path, tmp_path: Path):
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    SCREENSHOT.unlink(missing_ok=True)
    run = run_chromium(chromium, tmp_path / "profile", report_html.as_uri(),
                       f"--screenshot={SCREENSHOT}", "--window-size=1280,2000", "--hide-scrollbars")
    assert run.returncode == 0, run.stderr[-2000:]
    assert SCREENSHOT.stat().st_size > 20_000  # a blank page is a few kB
    print(f"screenshot: {SCREENSHOT}")
