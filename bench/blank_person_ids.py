#!/usr/bin/env python3
"""Copy clean matricula files with PER_ID blanked on a deterministic share of rows (SPEC §2 v2 at scale).

Usage: blank_person_ids.py SRC_DIR DST_DIR [--cada 50]
About one row in `--cada` loses its PER_ID, chosen by a hash of (PER_ID, year), so a student keeps it in
the other years: the version 2 key links those rows back by document. Then compare the references and the
anchor on DST_DIR: `run_bench.py --data DST_DIR --check --no-build`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import simat_io

simat_io.set_thread_limits()

import polars as pl  # noqa: E402


def main() -> int:
    """Write every matricula_*.csv of SRC_DIR to DST_DIR with some PER_IDs blanked."""
    parser = argparse.ArgumentParser(description="Copia la matrícula borrando PER_ID en algunas filas")
    parser.add_argument("src", type=Path)
    parser.add_argument("dst", type=Path)
    parser.add_argument("--cada", type=int, default=50, help="una fila de cada N pierde su PER_ID (50: 2 %%)")
    args = parser.parse_args()
    args.dst.mkdir(parents=True, exist_ok=True)
    for path in sorted(args.src.glob("matricula_*.csv")):
        frame = pl.read_csv(path, infer_schema=False)
        blank = pl.concat_str("PER_ID", "ANO").hash(seed=7) % args.cada == 0
        frame.with_columns(PER_ID=pl.when(blank).then(None).otherwise(pl.col("PER_ID"))).write_csv(
            args.dst / path.name)
        print(f"{path.name}: {frame.select(blank.sum()).item()} filas sin PER_ID", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
