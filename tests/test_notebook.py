"""The analysts' notebook runs top to bottom against a warehouse built from the sample corpus."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

NOTEBOOK = REPO / "notebooks" / "union_metrics.ipynb"
SAMPLE_CORPUS = REPO / "pipelines" / "sample_corpus"


def union_metrics_cli() -> str | None:
    beside_python = Path(sys.executable).with_name("union-metrics")
    return str(beside_python) if beside_python.exists() else shutil.which("union-metrics")


@pytest.fixture(scope="module")
def executed(tmp_path_factory, monkeypatch_module) -> "nbformat.NotebookNode":
    cli = union_metrics_cli()
    if cli is None:
        pytest.skip("the union-metrics CLI is not installed yet: no warehouse to run the notebook against")
    warehouse = tmp_path_factory.mktemp("warehouse")
    run = subprocess.run([cli, "run", "--input", str(SAMPLE_CORPUS), "--warehouse", str(warehouse)],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    monkeypatch_module.setenv("UNION_METRICS_WAREHOUSE", str(warehouse))  # the kernel inherits it
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    nbclient.NotebookClient(notebook, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    return notebook


@pytest.fixture(scope="module")
def monkeypatch_module():
    with pytest.MonkeyPatch.context() as patch:
        yield patch


def outputs(notebook) -> list[dict]:
    return [o for c in notebook.cells if c.cell_type == "code" for o in c.get("outputs", [])]


def test_notebook_runs_without_errors(executed):
    assert not [o for o in outputs(executed) if o.get("output_type") == "error"]


def test_notebook_reads_the_same_rows_with_pandas_and_duckdb(executed):
    text = "".join(o.get("text", "") for o in outputs(executed) if o.get("output_type") == "stream")
    assert "DuckDB reads the same" in text


def test_each_question_is_answered_with_a_table_and_a_plot(executed):
    tables = [o for o in outputs(executed) if "text/html" in o.get("data", {})]
    plots = [o for o in outputs(executed) if "image/png" in o.get("data", {})]
    assert len(tables) >= 3 and len(plots) >= 3


def test_membership_drives_carry_their_sentence(executed):
    html = "".join(o["data"]["text/html"] for o in outputs(executed) if "text/html" in o.get("data", {}))
    assert "sentence" in html and ("入会" in html or "会员" in html)
