"""The Dagster UI serves the asset graph: start the webserver on a free local
port with a temporary DAGSTER_HOME, ask its GraphQL endpoint for the assets."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

WEBSERVER = str(Path(sys.executable).parent / "dagster-webserver")
REPO = Path(__file__).resolve().parents[1]
EXPECTED_ASSETS = {"documents", "articles", "mentions", "facts", "quarantine", "metric_summary", "report"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url: str, body: dict | None = None) -> bytes:
    data = json.dumps(body).encode() if body else None
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.read()


@pytest.fixture(scope="module")
def webserver(tmp_path_factory):
    home = tmp_path_factory.mktemp("dagster_home")
    port = free_port()
    env = {**os.environ, "DAGSTER_HOME": str(home), "UNION_METRICS_WAREHOUSE": str(home / "warehouse")}
    server = subprocess.Popen(
        [WEBSERVER, "-m", "pipelines.definitions", "-h", "127.0.0.1", "-p", str(port)],
        cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                get(f"{url}/server_info")
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    server.kill()
                    pytest.fail(f"webserver did not answer: {server.stderr.read().decode()[-2000:]}")
                time.sleep(0.5)
        yield url
    finally:
        os.killpg(server.pid, signal.SIGTERM)  # the server and the code server it started
        try:
            server.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)


def test_the_ui_page_is_served(webserver):
    assert b"<html" in get(webserver).lower()


def test_the_asset_graph_is_listed_through_graphql(webserver):
    answer = json.loads(get(f"{webserver}/graphql", {"query": "{ assetNodes { assetKey { path } } }"}))
    assert {"/".join(node["assetKey"]["path"]) for node in answer["data"]["assetNodes"]} == EXPECTED_ASSETS


def test_the_asset_checks_are_listed_through_graphql(webserver):
    query = "{ assetNodes { assetKey { path } assetChecksOrError { ... on AssetChecks { checks { name } } } } }"
    answer = json.loads(get(f"{webserver}/graphql", {"query": query}))
    checks = {
        "/".join(node["assetKey"]["path"]): {c["name"] for c in node["assetChecksOrError"].get("checks", [])}
        for node in answer["data"]["assetNodes"]
    }
    assert {"schema", "unique_key", "metric_in_taxonomy"} <= checks["facts"]
    assert {"schema", "unique_key"} <= checks["documents"]
