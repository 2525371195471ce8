#!/usr/bin/env python3
"""Check both reference implementations against fixtures worked out by hand.

Usage: check_reference.py
Runs reference_duckdb.py and reference_polars.py on each folder of fixtures/ (the SPEC Appendix,
casos_borde, vinculacion) and asserts every count and rate of the TOTAL rows (and of the listed nivel rows),
the institution attributes, the nivel rows present and their order, and that both implementations write
byte-identical files.
"""

from __future__ import annotations

import csv
import subprocess
import sys
import tempfile
from pathlib import Path

import simat_io
from fixture_expectations import FIXTURES, Expectation

BENCH = Path(__file__).resolve().parent


def read_rows(path: Path) -> tuple[list[str], list[list[str]]]:
    """Header and rows of an output CSV."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    return rows[0], rows[1:]


def check_output(label: str, out: Path, expected: Expectation) -> list[str]:
    """Every mismatch between one implementation's output and a fixture's expectation."""
    problems: list[str] = []
    header, rows = read_rows(out / simat_io.INSTITUTION_FILE)
    if header != [*simat_io.INSTITUTION_KEYS, *simat_io.COUNT_AND_RATE_COLUMNS]:
        problems.append(f"{label}: encabezado de institución inesperado: {header}")
    keys = [(r[0], r[1], r[6]) for r in rows]
    if keys != expected.institution_keys:
        problems.append(f"{label}: filas de institución {keys}, se esperaban {expected.institution_keys}")
    for row in rows:
        if row[2:6] != expected.attributes.get(row[1]):
            problems.append(f"{label}: atributos de {row[1]}: {row[2:6]}, "
                            f"se esperaban {expected.attributes.get(row[1])}")
        if row[6] == "TOTAL":
            want = expected.totals.get((row[0], row[1]), [])
            problems += compare_metrics(label, f"{row[0]} {row[1]}", row[7:], want)
    header, rows = read_rows(out / simat_io.TERRITORY_FILE)
    if header != [*simat_io.TERRITORY_KEYS, *simat_io.COUNT_AND_RATE_COLUMNS]:
        problems.append(f"{label}: encabezado de territorio inesperado: {header}")
    keys = [(r[0], r[1]) for r in rows]
    if keys != expected.territory_keys:
        problems.append(f"{label}: filas de territorio {keys}, se esperaban {expected.territory_keys}")
    for row in rows:
        if row[1] == "TOTAL":
            want = expected.totals.get((row[0], "TOTAL"), [])
            problems += compare_metrics(label, f"{row[0]} territorio", row[2:], want)
        elif (row[0], row[1]) in expected.levels:
            problems += compare_metrics(label, f"{row[0]} territorio {row[1]}", row[2:],
                                        expected.levels[(row[0], row[1])])
    return problems


def compare_metrics(label: str, where: str, found: list[str], expected: list[str]) -> list[str]:
    """Cell-by-cell differences in the §4 columns of one row."""
    return [f"{label}: {where} {column} = {got!r}, se esperaba {want!r}"
            for column, got, want in zip(simat_io.COUNT_AND_RATE_COLUMNS, found, expected) if got != want]


def check_fixture(expected: Expectation, tmp: Path) -> list[str]:
    """Run both references on one fixture folder and collect every problem."""
    problems: list[str] = []
    outputs = {}
    for engine in ("duckdb", "polars"):
        out = tmp / expected.folder / engine
        script = BENCH / f"reference_{engine}.py"
        subprocess.run([sys.executable, str(script), str(BENCH / "fixtures" / expected.folder), "--out", str(out)],
                       check=True)
        problems += check_output(f"{expected.folder}/{engine}", out, expected)
        outputs[engine] = out
    for name in (simat_io.INSTITUTION_FILE, simat_io.TERRITORY_FILE):
        if (outputs["duckdb"] / name).read_bytes() != (outputs["polars"] / name).read_bytes():
            problems.append(f"{expected.folder}/{name}: DuckDB y Polars no producen el mismo archivo")
    return problems


def main() -> int:
    """Run both references on every fixture; exit 1 on any mismatch."""
    with tempfile.TemporaryDirectory() as tmp:
        problems = [p for expected in FIXTURES for p in check_fixture(expected, Path(tmp))]
    for problem in problems:
        print(problem)
    if problems:
        print(f"FALLA: {len(problems)} diferencias con lo calculado a mano")
        return 1
    print(f"OK: DuckDB y Polars reproducen {len(FIXTURES)} casos calculados a mano "
          f"({', '.join(e.folder for e in FIXTURES)}): conteos, tasas, atributos y filas por nivel")
    return 0


if __name__ == "__main__":
    sys.exit(main())
