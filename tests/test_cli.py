"""The `continuity check` contract: JSON shape, compiler-style lines, exit codes."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
REFERENCE = ROOT / "tests" / "_reference" / "seeds.json"


def _check(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["check", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_seeds_json_reports_the_known_problems(capsys):
    code, out, err = _check(capsys, str(SEEDS), "--json")
    report = json.loads(out)
    assert code == 1
    assert err == ""
    assert [d["name"] for d in report["documents"]] == sorted(p.name for p in SEEDS.glob("*.txt"))
    characters = {c["name"] for c in report["characters"]}
    assert {"Colette", "Adrien Perin", "Sofie Laurent", "Sophie Dumas"} <= characters
    assert {"Paris", "Montmartre", "Seine"} <= {p["name"] for p in report["places"]}
    assert "freshly baked croissants" in [p["text"] for p in report["phrases"]]
    variants = [w for w in report["warnings"] if w["kind"] == "name-variant"]
    assert [w["names"] for w in variants] == [["Sofie", "Sophie"]]
    assert {loc["text"] for loc in variants[0]["locations"]} == {"Sofie", "Sophie"}
    contradictions = [w for w in report["warnings"] if w["kind"] == "contradiction"]
    assert any(w["names"] == ["Colette"] and w["rule"] == "dead-alive" for w in contradictions)


def test_seeds_json_matches_the_reference_byte_for_byte(capsys):
    """Any change in what the analysis says about the seeds must be reviewed: regenerate with
    `python -m app check seeds --json > tests/_reference/seeds.json` once it is right."""
    _code, out, _err = _check(capsys, str(SEEDS), "--json")
    assert out == REFERENCE.read_text(encoding="utf-8")


def test_locations_point_at_the_text(capsys):
    _code, out, _err = _check(capsys, str(SEEDS), "--json")
    report = json.loads(out)
    texts = {p.name: p.read_text(encoding="utf-8").splitlines() for p in SEEDS.glob("*.txt")}
    for warning in report["warnings"]:
        for loc in warning["locations"]:
            line = texts[loc["document"]][loc["line"] - 1]
            start = loc["column"] - 1
            first_line = loc["text"].split("\n")[0]
            assert line[start : start + len(first_line)] == first_line


def test_text_output_is_one_compiler_style_line_per_warning(capsys):
    code, out, _err = _check(capsys, str(SEEDS))
    lines = out.strip().splitlines()
    assert code == 1
    assert lines[0] == (
        "000_5a428b6d098e7ab0.txt:1:1: name-variant: ‘Sofie’ (11×) may be a misspelling of "
        "‘Sophie’ (14×): they sound the same."
    )
    assert all(line.split(":")[0].endswith(".txt") for line in lines)


def test_clean_text_exits_zero(tmp_path, capsys):
    story = tmp_path / "calm.txt"
    story.write_text("Nothing happened. The lane was quiet.\n", encoding="utf-8")
    code, out, err = _check(capsys, str(story))
    assert (code, out, err) == (0, "", "")


def test_missing_path_exits_two_with_one_line(tmp_path, capsys):
    code, out, err = _check(capsys, str(tmp_path / "nowhere.txt"))
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert "nowhere.txt" in err
    assert "Traceback" not in err


def test_binary_file_is_refused_and_siblings_still_checked(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Mira walked home. Mira smiled.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    code, out, err = _check(capsys, str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--json")
    assert code == 2
    assert json.loads(out)["documents"] == [{"name": "a.txt", "words": 5}]
    assert err.count("\n") == 1
    assert "b.txt" in err


def test_usage_error_exits_two(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["check"])
    assert exit_info.value.code == 2
    assert "continuity:" in capsys.readouterr().err


@pytest.mark.parametrize(("fmt", "marker"), [("md", "# Continuity report"),
                                              ("html", "<!doctype html>"),
                                              ("csv", "kind,rule,message,names")])
def test_report_formats(capsys, fmt, marker):
    code, out, _err = _check(capsys, str(SEEDS), "--format", fmt)
    assert code == 1
    assert out.startswith(marker)
    assert "Sofie" in out


def test_console_entry_point_runs_headless():
    completed = subprocess.run(
        [sys.executable, "-m", "app", "check", str(SEEDS), "--json"],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert completed.returncode == 1
    assert json.loads(completed.stdout)["warnings"]
    assert completed.stderr == ""
