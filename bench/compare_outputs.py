#!/usr/bin/env python3
"""Cell-by-cell comparison of two output folders' indicator tables.

Usage: compare_outputs.py REFERENCE_DIR OTHER_DIR [--solo-total] [--columnas-comunes]
Rows are matched by key (institution: anio, institucion, nivel; territory: anio, nivel). Counts and text
must be equal; rates may differ by at most one unit in the sixth decimal (a rounding tie). Exit 1 when
anything differs. The Polars anchor's tables (`year`, `institution`, no `nivel` in the institution table:
TOTAL rows only) are read too: compare them with `--solo-total --columnas-comunes`.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import simat_io

RATE_TOLERANCE = 1.000001e-6
HEADER_ALIASES = {"year": "anio", "institution": "institucion"}  # the anchor's column names
TABLES = (
    (simat_io.INSTITUTION_FILE, ("anio", "institucion", "nivel")),
    (simat_io.TERRITORY_FILE, ("anio", "nivel")),
)


@dataclass
class TableDiff:
    """Differences found in one table."""

    name: str
    rows_compared: int = 0
    missing_rows: list[tuple[str, ...]] = field(default_factory=list)
    extra_rows: list[tuple[str, ...]] = field(default_factory=list)
    missing_columns: list[str] = field(default_factory=list)
    cell_counts: Counter = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)
    error: str = ""

    @property
    def clean(self) -> bool:
        """True when the table matched completely."""
        return not (self.missing_rows or self.extra_rows or self.missing_columns or self.cell_counts
                    or self.error)


def read_keyed(path: Path, key: tuple[str, ...], only_total: bool) -> tuple[list[str], dict]:
    """Header and rows of a CSV keyed by `key` (dicts of column -> text); a table without `nivel` holds
    TOTAL rows."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        header = [HEADER_ALIASES.get(h, h) for h in next(reader, [])]
        rows = {}
        for values in reader:
            row = dict(zip(header, values))
            row.setdefault("nivel", "TOTAL")
            if not only_total or row["nivel"] == "TOTAL":
                rows[tuple(row[k] for k in key)] = row
        return header, rows


def cells_differ(column: str, expected: str, found: str) -> bool:
    """True when two cells disagree (rates with a rounding tolerance)."""
    if expected == found:
        return False
    if column in simat_io.RATE_COLUMNS and expected and found:
        try:
            return abs(float(expected) - float(found)) > RATE_TOLERANCE
        except ValueError:
            return True
    return True


def compare_table(reference: Path, other: Path, name: str, key: tuple[str, ...], only_total: bool,
                  shared_columns: bool = False) -> TableDiff:
    """All differences of one table between a reference folder and another folder (with `shared_columns`,
    only the columns both have)."""
    diff = TableDiff(name)
    try:
        ref_columns, ref_rows = read_keyed(reference / name, key, only_total)
        other_columns, other_rows = read_keyed(other / name, key, only_total)
    except (OSError, KeyError) as error:
        diff.error = f"no se pudo leer: {error}"
        return diff
    diff.missing_columns = [c for c in ref_columns if c not in other_columns and not shared_columns]
    shared = [c for c in ref_columns if c in other_columns and c not in key]
    diff.missing_rows = sorted(k for k in ref_rows if k not in other_rows)
    diff.extra_rows = sorted(k for k in other_rows if k not in ref_rows)
    for row_key, expected in ref_rows.items():
        found = other_rows.get(row_key)
        if found is None:
            continue
        diff.rows_compared += 1
        for column in shared:
            if cells_differ(column, expected[column], found[column]):
                diff.cell_counts[column] += 1
                if len(diff.examples) < 10:
                    where = "/".join(row_key)
                    diff.examples.append(f"{where} {column}: {expected[column]!r} ≠ {found[column]!r}")
    return diff


def compare_folders(reference: Path, other: Path, only_total: bool = False,
                    shared_columns: bool = False) -> list[TableDiff]:
    """Compare both indicator tables of two output folders (`only_total`: institution TOTAL rows only)."""
    return [compare_table(reference, other, name, key, only_total and name == simat_io.INSTITUTION_FILE,
                          shared_columns) for name, key in TABLES]


def render(label: str, diffs: list[TableDiff]) -> str:
    """A Markdown summary of the differences, in Spanish."""
    lines = []
    for diff in diffs:
        if diff.clean:
            lines.append(f"- {label}, `{diff.name}`: {diff.rows_compared} filas idénticas")
            continue
        if diff.error:
            lines.append(f"- {label}, `{diff.name}`: {diff.error}")
            continue
        lines.append(f"- {label}, `{diff.name}`: {diff.rows_compared} filas comparadas, "
                     f"{sum(diff.cell_counts.values())} celdas distintas")
        if diff.missing_columns:
            lines.append(f"  - columnas ausentes: {', '.join(diff.missing_columns)}")
        if diff.missing_rows:
            lines.append(f"  - {len(diff.missing_rows)} filas ausentes, p. ej. {'/'.join(diff.missing_rows[0])}")
        if diff.extra_rows:
            lines.append(f"  - {len(diff.extra_rows)} filas de más, p. ej. {'/'.join(diff.extra_rows[0])}")
        for column, count in diff.cell_counts.most_common():
            lines.append(f"  - `{column}`: {count} celdas")
        lines += [f"  - {example}" for example in diff.examples]
    return "\n".join(lines)


def main() -> int:
    """Compare two output folders; exit 1 when they differ."""
    parser = argparse.ArgumentParser(description="Compara las tablas de indicadores de dos carpetas")
    parser.add_argument("reference", type=Path, help="carpeta de referencia")
    parser.add_argument("other", type=Path, help="carpeta a comparar")
    parser.add_argument("--solo-total", action="store_true", help="solo filas de institución nivel TOTAL")
    parser.add_argument("--columnas-comunes", action="store_true", help="solo las columnas de ambas tablas")
    args = parser.parse_args()
    diffs = compare_folders(args.reference, args.other, args.solo_total, args.columnas_comunes)
    print(render(str(args.other), diffs))
    return 0 if all(d.clean for d in diffs) else 1


if __name__ == "__main__":
    sys.exit(main())
