"""bench/run.py: runs every script, reports failures, and exits non-zero on one."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def harness() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_run", ROOT / "bench" / "run.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_run"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def bench_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "bench"
    folder.mkdir()
    (folder / "bench_good.py").write_text(
        '"""Counts to three."""\nimport sys\n'
        'mode = sys.argv[1] if len(sys.argv) > 1 else "none"\n'
        'print("| mode | n |")\nprint("|---|---:|")\nprint(f"| {mode} | 3 |")\n'
        'if mode not in ("--quick", "--full"):\n    sys.exit(9)\n'
    )
    (folder / "bench_broken.py").write_text(
        '"""Always fails."""\nimport sys\nprint("| partial |")\n'
        'sys.stderr.write("boom: the archive is missing\\n")\nsys.exit(3)\n'
    )
    return folder


def test_every_script_runs_and_a_failure_makes_the_exit_non_zero(
    harness: ModuleType, bench_dir: Path, tmp_path: Path
) -> None:
    output = tmp_path / "benchmarks.md"
    code = harness.main(["--folder", str(bench_dir), "--output", str(output)])
    assert code == 1
    text = output.read_text()
    assert "## bench_good\n" in text
    assert "| --quick | 3 |" in text
    assert "## bench_broken (failed)" in text
    assert "exit status 3" in text
    assert "boom: the archive is missing" in text
    assert "**Failed:** bench_broken." in text


def test_full_mode_passes_the_flag_and_succeeds_when_all_pass(
    harness: ModuleType, bench_dir: Path, tmp_path: Path
) -> None:
    (bench_dir / "bench_broken.py").unlink()
    output = tmp_path / "benchmarks.md"
    assert harness.main(["--full", "--folder", str(bench_dir), "--output", str(output)]) == 0
    text = output.read_text()
    assert "| --full | 3 |" in text
    assert "Failed" not in text


def test_the_report_describes_the_machine(harness: ModuleType) -> None:
    facts = dict(harness.machine())
    assert set(facts) == {
        "Date", "Commit", "CPU", "Cores", "Memory", "OS", "Python", "SQLite", "PostgreSQL"
    }  # fmt: skip
    assert facts["Python"].count(".") == 2
    assert facts["SQLite"][0].isdigit()


def test_the_report_says_when_postgresql_was_not_measured(
    harness: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PRESSROOM_BENCH_POSTGRES", raising=False)
    assert dict(harness.machine())["PostgreSQL"].startswith("not measured")


def test_a_script_over_the_time_limit_is_failed(harness: ModuleType, tmp_path: Path) -> None:
    script = tmp_path / "bench_slow.py"
    script.write_text('"""Sleeps."""\nimport time\nprint("started", flush=True)\ntime.sleep(30)\n')
    result = harness.run_script(script, "quick", timeout=2)
    assert not result.ok and result.returncode is None
    assert "time limit" in result.stderr


def test_scripts_without_the_mode_flag_run_without_it(harness: ModuleType, tmp_path: Path) -> None:
    script = tmp_path / "bench_plain.py"
    script.write_text('"""Plain."""\nprint("| a |")\n')
    assert harness.mode_flag(script, "quick") == []


def test_an_interrupted_run_names_the_scripts_not_run(harness: ModuleType, tmp_path: Path) -> None:
    script = tmp_path / "bench_plain.py"
    script.write_text('"""Plain."""\nprint("| a |")\n')
    done = harness.run_script(script, "quick", timeout=60)
    text = harness.report([done], "quick", harness.machine(), ["bench_later"])
    assert "## bench_plain\n" in text
    assert "**Not in this report:** bench_later (not run yet" in text


def test_scripts_left_out_with_only_are_named(
    harness: ModuleType, bench_dir: Path, tmp_path: Path
) -> None:
    output = tmp_path / "benchmarks.md"
    args = ["--only", "good", "--folder", str(bench_dir), "--output", str(output)]
    assert harness.main(args) == 0
    text = output.read_text()
    assert "## bench_good" in text and "## bench_broken" not in text
    assert "**Not in this report:** bench_broken" in text


def test_a_header_printed_to_stderr_is_put_back_above_the_rows(harness: ModuleType) -> None:
    stdout = "| demo | 5 |\n| other | 6 |\n"
    stderr = "loading\n| source | count |\n|---|---:|\n"
    assert harness.with_header(stdout, stderr) == (
        "| source | count |\n|---|---:|\n| demo | 5 |\n| other | 6 |"
    )


def test_a_complete_table_is_left_as_it_is(harness: ModuleType) -> None:
    stdout = "| a | b |\n|---|---|\n| 1 | 2 |\n"
    assert harness.with_header(stdout, "| x |\n|---|\n") == stdout.strip()
