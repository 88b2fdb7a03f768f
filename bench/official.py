"""Importing a million-row UN Comtrade file (current portal layout): time and peak memory."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

COLUMNS = (
    "typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,reporterDesc,flowCode,flowDesc,"
    "partnerCode,partnerISO,partnerDesc,partner2Code,partner2ISO,partner2Desc,classificationCode,"
    "classificationSearchCode,isOriginalClassification,cmdCode,cmdDesc,aggrLevel,isLeaf,customsCode,customsDesc,"
    "mosCode,motCode,motDesc,qtyUnitCode,qtyUnitAbbr,qty,isQtyEstimated,altQtyUnitCode,altQtyUnitAbbr,altQty,"
    "isAltQtyEstimated,netWgt,isNetWgtEstimated,grossWgt,isGrossWgtEstimated,cifvalue,fobvalue,primaryValue,"
    "legacyEstimationFlag,isReported,isAggregate"
)


ROOT = Path(__file__).resolve().parents[1]  # the children import bench.memory from here


def write_comtrade(path: Path, rows: int) -> int:
    """A file of ``rows`` data rows: all partners of many reporters over 20 years, both flows, with a World
    row per reporter, flow and year (an aggregate the importer leaves out), quoted as the portal quotes."""
    from app.domain.countries import country_index

    codes = sorted(c for c in country_index().countries if len(c) == 3)[:201]
    written = 0
    with path.open("w", encoding="latin-1", newline="") as out:
        out.write(COLUMNS + "\r\n")
        for year in range(2004, 2024):
            for reporter in codes:
                for flow in ("M", "X"):
                    for partner in ("W00", *codes):
                        if partner == reporter:
                            continue
                        if written >= rows:
                            return written
                        value = (hash((reporter, partner, flow, year)) % 10_000_000_000) + 1000
                        cif, fob = (f'"{value}"', "") if flow == "M" else ("", f'"{value}"')
                        out.write(
                            f'"C","A","{year}0101","{year}","52","{year}","0","{reporter}","{reporter}",'
                            f'"{flow}","{flow}","0","{partner}","{partner}","0","W00","World","H6","HS","true",'
                            '"TOTAL","All Commodities","0","false","C00","TOTAL CPC","0","0","TOTAL MOT","-1","N/A",'
                            f'"0","false","-1","N/A","0","false","0","true","0","false",{cif},{fob},"{value}","4",'
                            '"false","true",\r\n'
                        )
                        written += 1
    return written


_CHILD = """
import sys, time
from pathlib import Path
from app.store.engine import open_store
from app.store.official import import_official
store = open_store(sys.argv[2])
start = time.perf_counter()
result = import_official(store, [Path(sys.argv[1])])[0]
elapsed = time.perf_counter() - start
store.close()
from bench.memory import own_peak_mb
peak = own_peak_mb()
print(f"{elapsed:.1f} {peak:.0f} {result.status} {result.added} {result.report.rows if result.report else 0}")
"""


def bench_official(rows: int = 1_000_000) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "comtrade.csv"
        written = write_comtrade(path, rows)
        size_mb = path.stat().st_size / 1e6
        url = f"sqlite:///{Path(tmp) / 'bench.sqlite'}"
        out = subprocess.run(
            [sys.executable, "-c", _CHILD, str(path), url], capture_output=True, text=True, check=True, cwd=ROOT
        ).stdout.split()
        elapsed, peak, status, added, read = float(out[0]), float(out[1]), out[2], int(out[3]), int(out[4])
        start = time.perf_counter()
        again = subprocess.run(
            [sys.executable, "-c", _CHILD, str(path), url], capture_output=True, text=True, check=True, cwd=ROOT
        ).stdout.split()
        second = time.perf_counter() - start
    print(
        f"official import of a {written:,}-row UN Comtrade file ({size_mb:.0f} MB) into SQLite: {elapsed:.1f} s, "
        f"{read / elapsed:,.0f} rows/s, {added:,} figures ({status}); peak memory {peak:.0f} MB; importing it "
        f"again: {again[2]} in {second:.1f} s including start-up  [targets: <= 15 s, < 500 MB]"
    )


REAL = Path(__file__).resolve().parents[2] / "shared" / "reference" / "official-files"


def bench_workbooks() -> None:
    """The IMF's three real DOTS workbooks (Vietnam, Mexico, Peru) imported into a new SQLite store."""
    workbooks = sorted(REAL.glob("imf-dots-excel_*.xlsx"))
    if not workbooks:
        print(f"official import of the IMF's DOTS workbooks: skipped ({REAL} is not here)")
        return
    from app.store.engine import open_store
    from app.store.official import import_official

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{Path(tmp) / 'bench.sqlite'}")
        start = time.perf_counter()
        results = import_official(store, workbooks)
        elapsed = time.perf_counter() - start
        store.close()
    added = sum(r.added for r in results)
    size_kb = sum(w.stat().st_size for w in workbooks) / 1e3
    print(
        f"official import of the IMF's {len(workbooks)} DOTS workbooks ({size_kb:.0f} KB): "
        f"{elapsed:.2f} s, {added:,} figures ({', '.join(r.status for r in results)})"
    )
