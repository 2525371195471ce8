#!/usr/bin/env python3
"""DuckDB CSV ingest throughput on one big file, as a yardstick for the engine's reader.

Usage: ingest_bench.py FILE [--threads 2] [--repeat 3]
Three ways of reading FILE, each forced to materialise every column:
  - `scan_texto`: SELECT count(*), sum(length(col)) over every column read as VARCHAR (parse, no storage);
  - `tabla_texto`: CREATE TABLE AS with every column as VARCHAR;
  - `tabla_tipada`: CREATE TABLE AS with the types DuckDB's sniffer detects.
Prints a Markdown table with the median wall time, CPU time, MB/s and rows/s.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import duckdb


def quoted(name: str) -> str:
    """A SQL identifier in double quotes."""
    return '"' + name.replace('"', '""') + '"'


def column_names(con: duckdb.DuckDBPyConnection, path: Path) -> list[str]:
    """The file's column names as DuckDB's sniffer reads them."""
    return [row[0] for row in con.execute("DESCRIBE SELECT * FROM read_csv(?, all_varchar = true)",
                                          [str(path)]).fetchall()]


def statements(con: duckdb.DuckDBPyConnection, path: Path) -> dict[str, str]:
    """The SQL of each measured way of reading `path` (the path is bound as parameter 1)."""
    lengths = " + ".join(f"coalesce(length({quoted(c)}), 0)" for c in column_names(con, path))
    return {
        "scan_texto": f"SELECT count(*), sum({lengths}) FROM read_csv(?, all_varchar = true)",
        "tabla_texto": "CREATE OR REPLACE TEMP TABLE ingest AS SELECT * FROM read_csv(?, all_varchar = true)",
        "tabla_tipada": "CREATE OR REPLACE TEMP TABLE ingest AS SELECT * FROM read_csv(?)",
    }


def time_statement(con: duckdb.DuckDBPyConnection, sql: str, path: Path) -> tuple[float, float]:
    """Wall and CPU seconds (all threads of this process) of one execution."""
    wall, cpu = time.perf_counter(), time.process_time()
    con.execute(sql, [str(path)]).fetchall()
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> int:
    """Measure each reading mode and print the Markdown table."""
    parser = argparse.ArgumentParser(description="Rendimiento de lectura CSV de DuckDB")
    parser.add_argument("file", type=Path, help="archivo CSV grande")
    parser.add_argument("--threads", type=int, default=2, help="hilos de DuckDB (por defecto 2)")
    parser.add_argument("--repeat", type=int, default=3, help="repeticiones por modo (mediana)")
    args = parser.parse_args()
    if not args.file.is_file():
        parser.error(f"no existe el archivo {args.file}")
    con = duckdb.connect()
    con.execute(f"SET threads = {args.threads}")
    rows = con.execute("SELECT count(*) FROM read_csv(?, all_varchar = true)", [str(args.file)]).fetchone()[0]
    megabytes = args.file.stat().st_size / 1e6
    print(f"## Lectura CSV con DuckDB {duckdb.__version__} — {args.file.name}\n")
    print(f"{megabytes:.1f} MB, {rows:,} filas; {args.threads} hilos; mediana de {args.repeat} corridas.\n")
    print("| modo | tiempo (s) | CPU (s) | MB/s | filas/s |")
    print("|---|---:|---:|---:|---:|")
    for mode, sql in statements(con, args.file).items():
        runs = [time_statement(con, sql, args.file) for _ in range(args.repeat)]
        wall = statistics.median_low(r[0] for r in runs)
        cpu = next(r[1] for r in runs if r[0] == wall)
        print(f"| {mode} | {wall:.2f} | {cpu:.2f} | {megabytes / wall:.1f} | {rows / wall:,.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
