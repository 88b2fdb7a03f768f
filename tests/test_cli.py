"""The dyad command, run in-process on temporary stores."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from app import __version__
from app.cli import main, parse_pair
from tests.conftest import SEEDS


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("VNM-MEX", ("VNM", "MEX")),
        ("Vietnam-Mexico", ("VNM", "MEX")),
        ('"Viet Nam"-Peru', ("VNM", "PER")),
        ("Guinea-Bissau-Peru", ("GNB", "PER")),
        ("vn–pe", ("VNM", "PER")),
    ],
)
def test_pairs_by_code_or_name(text: str, pair: tuple[str, str]) -> None:
    assert parse_pair(text) == pair


def test_unknown_country_suggests_close_names(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", "VNM-Mexcio", "VNM-PER"]) == 2
    assert "unknown country 'Mexcio'; did you mean Mexico" in capsys.readouterr().err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"dyad {__version__}"


def test_extract_prints_the_eval_format(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(next(SEEDS.glob("001_*.txt")))]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    totals = {r["year"]: r["value_usd"] for r in records if r["kind"] == "trade_total"}
    assert totals == {1993: 10700.0, 2019: 6.275e9}
    assert all(r["file"] == "001_50e60f91dec7b17d.txt" for r in records)


def test_ingest_exit_status_and_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    assert main(["ingest", "--db", db, str(SEEDS)]) == 0
    assert capsys.readouterr().out.strip() == "5 new, 0 already present, 0 failed; 44 facts added"
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    assert main(["ingest", "--db", db, str(SEEDS), str(bad)]) == 1
    captured = capsys.readouterr()
    assert f"failed: {bad}: empty file" in captured.err
    assert captured.out.strip() == "0 new, 5 already present, 1 failed; 0 facts added"


def test_facts_jsonl_and_review(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    main(["ingest", "--db", db, str(SEEDS)])
    capsys.readouterr()
    assert main(["facts", "--db", db, "--pair", "Vietnam-Peru", "--kind", "trade_total", "--format", "jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert sorted((r["year"], r["value_usd"], r["partial_period"]) for r in records) == [
        (2016, 353.78e6, None),
        (2022, 600e6, None),
        (2023, 486e6, None),
        (2024, 289.6e6, "first nine months"),
    ]
    fact_id = records[0]["id"]
    assert main(["review", "--db", db, "reject", str(fact_id)]) == 0
    capsys.readouterr()
    main(["facts", "--db", db, "--pair", "PER-VNM", "--kind", "trade_total", "--format", "jsonl"])
    statuses = {json.loads(x)["id"]: json.loads(x)["status"] for x in capsys.readouterr().out.splitlines()}
    assert statuses[fact_id] == "rejected"


def test_compare_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    main(["ingest", "--db", db, str(SEEDS)])
    capsys.readouterr()
    assert main(["compare", "--db", db, "VNM-MEX", "VNM-PER"]) == 0
    out = capsys.readouterr().out
    assert "established: 1975-05-19" in out
    assert "established: 1994-11-14" in out
    assert "$11.76B (derived: $15B in 2024 ÷ (1 +" in out
    assert "$290M (part of year)" in out
    assert main(["compare", "--db", db, "VNM-PER", "VNM-MEX"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.split("│")[0].strip() == "Vietnam – Peru" and first.split("│")[1].strip() == "Vietnam – Mexico"
    assert main(["facts", "--db", db, "--pair", "VNM-PER"]) == 0
    rows = capsys.readouterr().out.splitlines()[1:]
    assert len(rows) == 11 and all(row.split()[4] == "VNM-PER" for row in rows)  # as typed, not PER-VNM


def test_bad_db_is_a_clear_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    garbage = tmp_path / "x.sqlite"
    garbage.write_bytes(b"nope" * 500)
    assert main(["pairs", "--db", f"sqlite:///{garbage}"]) == 2
    assert "is not a Dyad store" in capsys.readouterr().err


def test_bare_dyad_seeds_a_new_install_and_compares(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--text"]) == 0
    out = capsys.readouterr().out
    store = os.path.join(os.environ["DYAD_DATA_DIR"], "dyad.sqlite")
    assert out.startswith(f"First start: ingested 5 bundled seed articles into {store}")
    assert "Vietnam – Mexico" in out and "Vietnam – Peru" in out
    assert main(["--text"]) == 0
    assert not capsys.readouterr().out.startswith("First start")


def test_a_closed_pipe_is_not_a_traceback(tmp_path: Path) -> None:
    """`dyad compare … | head -1`: the reader goes away before Dyad writes; Dyad stops quietly."""
    import subprocess
    import sys

    db = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    assert main(["ingest", "--db", db, str(SEEDS)]) == 0
    process = subprocess.Popen(
        [sys.executable, "-m", "app", "--db", db, "compare", "VNM-MEX", "VNM-PER"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(SEEDS.parent)},
    )
    assert process.stdout is not None
    process.stdout.close()  # before Dyad has imported anything, let alone written
    _, err = process.communicate(timeout=60)
    assert process.returncode == 0
    assert b"Traceback" not in err


def test_compare_flags_and_names_sources(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    main(["ingest", "--db", db, str(SEEDS)])
    capsys.readouterr()
    assert main(["compare", "--db", db, "VNM-MEX", "VNM-PER"]) == 0
    out = " ".join(" ".join(line.split("│")[0].split()) for line in capsys.readouterr().out.splitlines())
    assert "1993 $10.7K (⚠ implausible: 1,400× below the trend" in out
    assert "growth: +24.5 % a year, 2004–2024 ($187M → $15B; derived; flagged 1993 left out)" in out
    assert "[Viet Nam News, 2025-05-20]" in out and ".txt]" not in out


def test_facts_table_has_a_header_and_cuts_at_words(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    main(["ingest", "--db", db, str(SEEDS)])
    capsys.readouterr()
    assert main(["facts", "--db", db, "--pair", "VNM-MEX"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["id", "ver", "status", "kind", "pair", "when", "value", "sentence"]
    main(["facts", "--db", db, "--pair", "VNM-MEX", "--format", "jsonl"])
    sentences = {str(r["id"]): r["quote"] for r in map(json.loads, capsys.readouterr().out.splitlines())}
    cut = [line for line in lines[1:] if line.endswith("…")]
    assert len(cut) > 5
    for line in cut:  # what is shown ends where a word of the sentence ends
        sentence = " ".join(sentences[line.split()[0]].split())
        shown = line[:-1].split("  ")[-1].strip()
        assert sentence.startswith(shown), (shown, sentence)
        assert sentence[len(shown)] in " ,;:", (shown, sentence)


def test_a_store_failing_mid_import_has_its_own_exit_status_and_says_what_went_in(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.exc import OperationalError

    from app.store import ingest

    real = ingest.store_article
    calls = []

    def failing_after_two(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) > 2:
            raise OperationalError("INSERT INTO articles", {}, Exception("disk I/O error"))
        return real(*args, **kwargs)

    monkeypatch.setattr(ingest, "store_article", failing_after_two)
    monkeypatch.setattr(ingest, "GROUP", 1)  # one article at a time (groups: tests/store/test_hostile.py)
    db = tmp_path / "cli.sqlite"
    assert main(["ingest", "--db", f"sqlite:///{db}", str(SEEDS)]) == 3
    captured = capsys.readouterr()
    assert captured.err == f"dyad: the store failed during the import: cannot use {db}: disk I/O error\n"
    assert captured.out.strip().startswith("2 new, 0 already present, 0 failed;")
    assert captured.out.strip().endswith("facts added before it failed")


@pytest.mark.parametrize("fact_id", ["99999999999999999999", "0", "-3"])
def test_a_fact_id_out_of_range_is_no_such_fact(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fact_id: str
) -> None:
    db = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    assert main(["review", "--db", db, "accept", fact_id]) == 2
    assert capsys.readouterr().err == f"dyad: no fact {fact_id}\n"


def test_facts_show_their_version_and_review_refuses_a_stale_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    main(["ingest", "--db", db, str(SEEDS)])
    assert main(["review", "--db", db, "reject", "2"]) == 0  # another analyst, since we looked
    capsys.readouterr()
    assert main(["review", "--db", db, "accept", "2", "--expect-version", "1"]) == 1
    assert capsys.readouterr().err.startswith("dyad: fact 2 was changed by someone else (now version 2); nothing")
    assert main(["facts", "--db", db, "--format", "jsonl"]) == 0
    records = {r["id"]: r for r in map(json.loads, capsys.readouterr().out.splitlines())}
    assert (records[2]["status"], records[2]["version"], records[1]["version"]) == ("rejected", 2, 1)
    main(["facts", "--db", db])
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:3] == ["id", "ver", "status"]
    assert next(line for line in lines if line.split()[0] == "2").split()[:3] == ["2", "2", "rejected"]
    assert main(["review", "--db", db, "accept", "1", "2", "--expect-version", "1"]) == 2


def test_a_store_path_under_a_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "notes.txt").write_text("a file, not a folder")
    db = f"sqlite:///{tmp_path / 'notes.txt' / 'sub' / 'dyad.sqlite'}"
    assert main(["ingest", "--db", db, str(tmp_path / "notes.txt")]) == 2
    where = tmp_path / "notes.txt" / "sub" / "dyad.sqlite"
    assert (
        capsys.readouterr().err
        == f"dyad: cannot make a store at {where}: {tmp_path / 'notes.txt'} is a file, not a folder\n"
    )


def test_a_read_command_on_a_new_install_says_there_is_no_store_yet_and_makes_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "home" / ".local" / "share" / "Dyad"
    monkeypatch.setenv("DYAD_DATA_DIR", str(data))
    monkeypatch.delenv("DYAD_DB", raising=False)
    assert main(["pairs"]) == 2
    assert capsys.readouterr().err == (
        f"dyad: there is no Dyad store at {data / 'dyad.sqlite'} yet: `dyad ingest` or the window makes one\n"
    )
    assert not (tmp_path / "home").exists()


def test_a_read_only_home_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """As a user whose home folder is read-only (root, who runs the tests, writes anywhere: the
    refusal is what the system says to anyone else)."""
    data = tmp_path / "home" / ".local" / "share" / "Dyad"
    monkeypatch.setenv("DYAD_DATA_DIR", str(data))
    monkeypatch.delenv("DYAD_DB", raising=False)

    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(tmp_path / "home" / ".local"))

    monkeypatch.setattr(Path, "mkdir", refuse)
    assert main(["ingest", str(tmp_path)]) == 2
    assert capsys.readouterr().err == (
        f"dyad: cannot make a store at {data / 'dyad.sqlite'}: no permission to create {tmp_path / 'home' / '.local'}\n"
    )


def test_what_a_folder_holds_but_is_not_read_is_a_skipped_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "article.txt").write_text("Trade between Chile and Peru reached US$2 billion in 2021.", encoding="utf-8")
    (folder / "gone.txt").symlink_to(folder / "deleted.txt")
    os.mkfifo(folder / "pipe.txt")
    db = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    assert main(["ingest", "--db", db, str(folder)]) == 1  # something there was not imported
    out, err = capsys.readouterr()
    assert err.splitlines() == [
        f"skipped: {folder / 'gone.txt'}: a broken link (what it points to is gone)",
        f"skipped: {folder / 'pipe.txt'}: a named pipe, not a file",
    ]
    assert out == "1 new, 0 already present, 0 failed, 2 skipped; 1 fact added\n"


def test_official_import_then_compare_shows_official_figures_and_differences(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.official.test_readers import FIXTURES

    db = ["--db", f"sqlite:///{tmp_path / 'o.sqlite'}"]
    assert main(["ingest", str(SEEDS), *db]) == 0
    files = [str(p) for p in sorted(FIXTURES.glob("*.csv"))]
    assert main(["official", "import", *files, *db]) == 0
    out = capsys.readouterr().out
    assert "comtrade_vnm_mex.csv: UN Comtrade (current portal), 59 rows; 33 new figures; left out: 16 breakdown" in out
    assert main(["official", "import", files[1], *db]) == 0
    assert "comtrade_vnm_mex.csv: already imported" in capsys.readouterr().out
    bad = tmp_path / "notes.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    assert main(["official", "import", str(bad), *db]) == 1
    err = capsys.readouterr().err
    assert err.startswith("dyad: notes.csv: not an official trade statistics file") and err.count("\n") == 1
    assert main(["compare", "VNM-MEX", "VNM-PER", *db]) == 0
    text = " ".join(" ".join(line.split("│")[0] for line in capsys.readouterr().out.splitlines()).split())
    assert "Official: IMF Direction of Trade, reported by Vietnam and by Mexico:" in text
    assert "news against official: 1 agree, 0 differ, 6 not comparable" in text  # only the dataset shown
    assert main(["compare", "VNM-MEX", "VNM-PER", "--dataset", "comtrade", *db]) == 0
    text = " ".join(" ".join(line.split("│")[0] for line in capsys.readouterr().out.splitlines()).split())
    assert "Official: UN Comtrade, reported by Vietnam and by Mexico:" in text
    assert "⚠ differs from official statistics: +27.3 % against UN Comtrade, reported by Mexico ($11.78B)" in text
    assert main(["compare", "VNM-MEX", "VNM-PER", "--dataset", "comtrade", "--tolerance", "30", *db]) == 0
    left = " ".join(line.split("│")[0] for line in capsys.readouterr().out.splitlines())
    assert "2 agree, 0 differ" in " ".join(left.split())
    assert main(["compare", "VNM-MEX", "VNM-PER", "--no-official", *db]) == 0
    assert "Official" not in capsys.readouterr().out
    assert main(["compare", "VNM-MEX", "VNM-PER", "--export", str(tmp_path / "x.png"), *db]) == 0
    assert (tmp_path / "x.png").stat().st_size > 10_000
    assert main(["official", "list", *db]) == 0
    assert "imf_dots.csv: IMF Direction of Trade Statistics, retrieved 2024-05-03" in capsys.readouterr().out


def test_facts_csv_carries_the_official_comparison(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import csv
    import io

    from tests.official.test_readers import FIXTURES

    db = ["--db", f"sqlite:///{tmp_path / 'o.sqlite'}"]
    assert main(["ingest", str(SEEDS), *db]) == 0
    assert main(["official", "import", str(FIXTURES / "comtrade_vnm_mex.csv"), *db]) == 0
    capsys.readouterr()
    assert main(["facts", "--pair", "VNM-MEX", "--kind", "trade_total", "--format", "csv", *db]) == 0
    rows = {r["year"]: r for r in csv.DictReader(io.StringIO(capsys.readouterr().out.lstrip("\ufeff")))}
    assert rows["2024"]["official_verdict"] == "disagrees"
    assert rows["2024"]["official_usd"] == "11780000000"
    assert rows["2024"]["official_difference_pct"] == "27.33"
    assert rows["2024"]["official_source"] == "UN Comtrade, reported by Mexico"
    assert (rows["2019"]["official_verdict"], rows["2019"]["official_difference_pct"]) == ("agrees", "-5.48")
    assert rows["2004"]["official_source"] == "no UN Comtrade figure for 2004"


def test_review_undo_history_and_restore(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``dyad review`` shares the window's service: undo the last change you made, list a fact's versions
    with who and when, restore one."""
    db = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    main(["ingest", "--db", db, str(SEEDS)])
    monkeypatch.setenv("DYAD_USER", "ana")
    assert main(["review", "--db", db, "reject", "2"]) == 0
    assert main(["review", "--db", db, "accept", "2"]) == 0
    capsys.readouterr()
    assert main(["review", "--db", db, "--undo"]) == 0
    assert capsys.readouterr().out.startswith("Undone: accept fact 2 (made ")
    assert main(["review", "--db", db, "undo"]) == 0
    capsys.readouterr()
    main(["facts", "--db", db, "--format", "jsonl"])
    records = {r["id"]: r for r in map(json.loads, capsys.readouterr().out.splitlines())}
    assert (records[2]["status"], records[2]["version"]) == ("proposed", 5)
    assert main(["review", "--db", db, "undo"]) == 1
    assert capsys.readouterr().err.startswith("dyad: ana has made no change that can be undone")
    assert main(["review", "--db", db, "history", "2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(",")[0] for line in lines] == [
        "version 1: proposed",
        "version 2: rejected",
        "version 3: accepted",
        "version 4: rejected",
        "version 5: proposed",
    ]
    assert lines[0] == "version 1: proposed, $15B  (as read from its article)"  # fact 2: the 2024 total
    assert lines[1].startswith("version 2: rejected, $15B  (reject by ana, 20")
    assert main(["review", "--db", db, "restore", "2", "--version", "3"]) == 0
    assert capsys.readouterr().out == "Fact 2: version 3 restored\n"
    main(["facts", "--db", db, "--format", "jsonl"])
    records = {r["id"]: r for r in map(json.loads, capsys.readouterr().out.splitlines())}
    assert (records[2]["status"], records[2]["version"]) == ("accepted", 6)


def test_facts_jsonl_carries_every_key_of_the_fact_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`dyad facts --format jsonl` had no currency or amount: every export of a fact carries every key."""
    db = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    main(["ingest", "--db", db, str(SEEDS)])
    capsys.readouterr()
    main(["facts", "--db", db, "--pair", "VNM-MEX", "--kind", "trade_total", "--format", "jsonl"])
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    keys = {"file", "kind", "countries", "year", "date", "value_usd", "currency", "amount", "partial_period"}
    keys |= {"qualifier", "percent", "quote", "derived", "confidence"}
    assert all(keys <= set(r) for r in records)
    total = next(r for r in records if r["year"] == 2019 and not r["derived"])
    assert (total["value_usd"], total["currency"], total["amount"]) == (6.275e9, "USD", 6.275e9)


def test_a_full_disk_on_stdout_is_one_line_and_exit_two(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`dyad facts --format csv > file` on a full disk printed two tracebacks."""
    import errno
    import io
    import sys

    db = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    main(["ingest", "--db", db, str(SEEDS)])
    capsys.readouterr()

    class Full(io.StringIO):
        def write(self, text: str) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

        def flush(self) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

    full = Full()
    monkeypatch.setattr(sys, "stdout", full)
    assert main(["facts", "--db", db, "--format", "csv"]) == 2
    err = capsys.readouterr().err
    assert err == "dyad: cannot write the output: No space left on device\n"


def test_a_folder_to_extract_or_a_comparison_saved_into_no_folder_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Found by running every command with odd arguments: both printed a traceback (IsADirectoryError from
    opening the folder as a file; FileNotFoundError from the file written beside the one asked for)."""
    assert main(["extract", str(tmp_path)]) == 1
    assert capsys.readouterr().err.strip() == f"failed: {tmp_path}: a folder, not a file"
    db = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    main(["ingest", "--db", db, str(SEEDS)])
    capsys.readouterr()
    nowhere = tmp_path / "no such folder" / "brief.dyad"
    assert main(["compare", "--db", db, "VNM-MEX", "VNM-PER", "--save", str(nowhere)]) == 2
    err = capsys.readouterr().err
    assert f"cannot save {nowhere}: No such file or directory" in err and "Traceback" not in err
