#!/usr/bin/env python3
"""Check both reference implementations against the SPEC Appendix, worked out by hand.

Usage: check_reference.py
Runs reference_duckdb.py and reference_polars.py on fixtures/appendix/ and asserts every count and rate
of the Appendix's TOTAL rows, the nivel rows present, and that both outputs are byte-identical.
"""

from __future__ import annotations

import csv
import subprocess
import sys
import tempfile
from pathlib import Path

import simat_io

BENCH = Path(__file__).resolve().parent
FIXTURE = BENCH / "fixtures" / "appendix"
A, B = "111001000001", "111001000002"

# The Appendix's table, with each rate worked out from its numerator and denominator by hand
# (e.g. B 2019: desertores 1 / base 4 = 0.250000; territory 2019: repitentes 1 / matricula 9 = 0.111111).
# Columns: simat_io.COUNT_AND_RATE_COLUMNS; "" where SPEC §4 says the value is empty.
EXPECTED_TOTALS: dict[tuple[str, str], list[str]] = {
    ("2019", A): ["5", "5", "1", "0", "2", "1", "1", "2", "4", "0.000000", "0.500000", "0.250000",
                  "1", "0.200000", "", "", "", "5", "1", "0.200000", "4", "1", "0.250000"],
    ("2019", B): ["4", "4", "0", "1", "1", "1", "1", "0", "4", "0.250000", "0.250000", "0.250000",
                  "0", "0.000000", "", "", "", "4", "0", "0.000000", "1", "0", "0.000000"],
    ("2019", "TOTAL"): ["9", "8", "1", "1", "3", "2", "2", "2", "8", "0.125000", "0.375000", "0.250000",
                        "1", "0.111111", "", "", "", "9", "1", "0.111111", "5", "1", "0.200000"],
    ("2020", A): ["3", "3", "0", "0", "0", "0", "3", "0", "3", "0.000000", "0.000000", "0.000000",
                  "1", "0.333333", "3", "1", "0.333333", "3", "1", "0.333333", "", "", ""],
    ("2020", B): ["1", "1", "0", "0", "0", "0", "1", "0", "1", "0.000000", "0.000000", "0.000000",
                  "1", "1.000000", "1", "1", "1.000000", "1", "1", "1.000000", "", "", ""],
    ("2020", "TOTAL"): ["4", "4", "0", "0", "0", "0", "4", "0", "4", "0.000000", "0.000000", "0.000000",
                        "2", "0.500000", "4", "2", "0.500000", "4", "2", "0.500000", "", "", ""],
}
# No name in the fixture; municipality = characters 2-6 of the code; first digit 1 = urbana oficial.
EXPECTED_ATTRIBUTES = ["", "11001", "URBANA", "OFICIAL"]
# Levels of the grades present (A 2019: grades 5, 3, 2 | 7, 9; B 2019: 3 | 8 | 11, 11; ...), in §4's order.
EXPECTED_INSTITUTION_KEYS = [
    ("2019", A, "TOTAL"), ("2019", A, "PRIMARIA"), ("2019", A, "SECUNDARIA"),
    ("2019", B, "TOTAL"), ("2019", B, "PRIMARIA"), ("2019", B, "SECUNDARIA"), ("2019", B, "MEDIA"),
    ("2020", A, "TOTAL"), ("2020", A, "PRIMARIA"), ("2020", A, "SECUNDARIA"),
    ("2020", B, "TOTAL"), ("2020", B, "PRIMARIA"),
]
EXPECTED_TERRITORY_KEYS = [
    ("2019", "TOTAL"), ("2019", "PRIMARIA"), ("2019", "SECUNDARIA"), ("2019", "MEDIA"),
    ("2020", "TOTAL"), ("2020", "PRIMARIA"), ("2020", "SECUNDARIA"),
]


def read_rows(path: Path) -> tuple[list[str], list[list[str]]]:
    """Header and rows of an output CSV."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    return rows[0], rows[1:]


def check_output(label: str, out: Path) -> list[str]:
    """Every mismatch between one implementation's output and the Appendix."""
    problems: list[str] = []
    header, rows = read_rows(out / simat_io.INSTITUTION_FILE)
    if header != [*simat_io.INSTITUTION_KEYS, *simat_io.COUNT_AND_RATE_COLUMNS]:
        problems.append(f"{label}: encabezado de institución inesperado: {header}")
    keys = [(r[0], r[1], r[6]) for r in rows]
    if keys != EXPECTED_INSTITUTION_KEYS:
        problems.append(f"{label}: filas de institución {keys}, se esperaban {EXPECTED_INSTITUTION_KEYS}")
    for row in rows:
        if row[2:6] != EXPECTED_ATTRIBUTES:
            problems.append(f"{label}: atributos de {row[1]}: {row[2:6]}, se esperaban {EXPECTED_ATTRIBUTES}")
        expected = EXPECTED_TOTALS.get((row[0], row[1])) if row[6] == "TOTAL" else None
        if expected is not None:
            problems += compare_metrics(label, f"{row[0]} {row[1]}", row[7:], expected)
    header, rows = read_rows(out / simat_io.TERRITORY_FILE)
    if header != [*simat_io.TERRITORY_KEYS, *simat_io.COUNT_AND_RATE_COLUMNS]:
        problems.append(f"{label}: encabezado de territorio inesperado: {header}")
    keys = [(r[0], r[1]) for r in rows]
    if keys != EXPECTED_TERRITORY_KEYS:
        problems.append(f"{label}: filas de territorio {keys}, se esperaban {EXPECTED_TERRITORY_KEYS}")
    for row in rows:
        if row[1] == "TOTAL":
            problems += compare_metrics(label, f"{row[0]} territorio", row[2:], EXPECTED_TOTALS[(row[0], "TOTAL")])
    return problems


def compare_metrics(label: str, where: str, found: list[str], expected: list[str]) -> list[str]:
    """Cell-by-cell differences in the §4 columns of one row."""
    return [f"{label}: {where} {column} = {got!r}, se esperaba {want!r}"
            for column, got, want in zip(simat_io.COUNT_AND_RATE_COLUMNS, found, expected) if got != want]


def main() -> int:
    """Run both references on the Appendix fixture; exit 1 on any mismatch."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        outputs = {}
        for label in ("duckdb", "polars"):
            out = Path(tmp) / label
            script = BENCH / f"reference_{label}.py"
            subprocess.run([sys.executable, str(script), str(FIXTURE), "--out", str(out)], check=True)
            problems += check_output(label, out)
            outputs[label] = out
        for name in (simat_io.INSTITUTION_FILE, simat_io.TERRITORY_FILE):
            if (outputs["duckdb"] / name).read_bytes() != (outputs["polars"] / name).read_bytes():
                problems.append(f"{name}: DuckDB y Polars no producen el mismo archivo")
    for problem in problems:
        print(problem)
    if problems:
        print(f"FALLA: {len(problems)} diferencias con el Apéndice")
        return 1
    print("OK: DuckDB y Polars reproducen el Apéndice de SPEC.md (conteos y tasas)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
