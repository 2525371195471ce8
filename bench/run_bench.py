#!/usr/bin/env python3
"""Time the Swift engine against the DuckDB and Polars references (and the Polars anchor) on the same files.

Usage: run_bench.py --students N [--years 6] [--seed 1] [--repeat R] [--check] [--data DIR] [--only LIST]
Builds `trayectorias` in release mode, generates bench/data/N with `trayectorias sample` (unless it
already holds files, or --data is given), then runs each implementation in its own subprocess,
interleaved (T, D, P, A, T, D, P, A, …), and prints a Markdown table of the median wall time, CPU time
(user + sys) and peak RSS, and every wall-time ratio. The anchor is `../shared/anchors/polars_anchor.py`
beside the repository root, timed when that file exists.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import compare_outputs
import simat_io

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
ENGINE = ROOT / ".build" / "release" / "trayectorias"
ANCHOR = ROOT.parent / "shared" / "anchors" / "polars_anchor.py"
THREADS = "2"
NAMES = ("trayectorias", "duckdb", "polars", "anchor")


@dataclass
class Measurement:
    """One subprocess run: wall seconds, CPU seconds (user + sys), peak RSS in bytes, exit status."""

    wall: float
    cpu: float
    peak_rss: int
    status: int


def measure(command: list[str], log: Path) -> Measurement:
    """Run `command` as a child process and take its resource usage from wait4."""
    env = {**os.environ, "POLARS_MAX_THREADS": THREADS}
    with log.open("w") as sink:
        start = time.perf_counter()
        try:
            child = subprocess.Popen(command, stdout=sink, stderr=subprocess.STDOUT, env=env, cwd=ROOT)
        except OSError as error:
            sink.write(f"no se pudo ejecutar {command[0]}: {error}\n")
            return Measurement(0.0, 0.0, 0, 127)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    return Measurement(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024, child.returncode)


def build_engine() -> None:
    """`swift build -c release` in the repository root."""
    print("Compilando trayectorias (release)…", file=sys.stderr)
    subprocess.run(["swift", "build", "-c", "release"], cwd=ROOT, check=True, stdout=sys.stderr)


def generate_data(data: Path, students: int, years: int, seed: int) -> None:
    """Synthetic clean-dialect SIMAT files from the engine's `sample` subcommand."""
    print(f"Generando {students} estudiantes × {years} años en {data}…", file=sys.stderr)
    data.mkdir(parents=True, exist_ok=True)
    subprocess.run([str(ENGINE), "sample", "--out", str(data), "--students", str(students),
                    "--years", str(years), "--seed", str(seed)], cwd=ROOT, check=True,
                   stdout=sys.stderr)
    if not any(data.glob("**/*.csv")):
        sys.exit(f"Error: `trayectorias sample` no escribió ningún CSV en {data}")


def input_size(data: Path) -> tuple[int, int]:
    """Bytes and data rows of the matricula inputs."""
    total_bytes = rows = 0
    for path, _, _ in simat_io.discover_inputs([str(data)]):
        total_bytes += path.stat().st_size
        with path.open("rb") as handle:
            rows += sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 24), b"")) - 1
    return total_bytes, rows


def commands(data: Path, outputs: Path, only: tuple[str, ...]) -> dict[str, list[str]]:
    """The competitors, in the interleaving order T, D, P, A, each writing to its own output folder."""
    python = sys.executable
    every = {
        "trayectorias": [str(ENGINE), "run", str(data), "--out", str(outputs / "trayectorias"),
                         "--sin-reportes"],
        "duckdb": [python, str(BENCH / "reference_duckdb.py"), str(data), "--out", str(outputs / "duckdb")],
        "polars": [python, str(BENCH / "reference_polars.py"), str(data), "--out", str(outputs / "polars")],
        "anchor": [python, str(ANCHOR), str(data), "--out", str(outputs / "anchor")],
    }
    if not ANCHOR.is_file():
        print(f"aviso: no existe {ANCHOR}; el ancla no se mide", file=sys.stderr)
        del every["anchor"]
    return {name: command for name, command in every.items() if name in only}


def run_all(data: Path, outputs: Path, repeat: int, only: tuple[str, ...]) -> dict[str, Measurement]:
    """Each competitor `repeat` times, interleaved; the median of each measure over the successful runs."""
    runs: dict[str, list[Measurement]] = {}
    outputs.mkdir(parents=True, exist_ok=True)
    for attempt in range(repeat):
        for name, command in commands(data, outputs, only).items():
            print(f"[{attempt + 1}/{repeat}] {name}…", file=sys.stderr)
            result = measure(command, outputs / f"{name}.log")
            print(f"  {result.wall:.2f} s, CPU {result.cpu:.2f} s, RSS {result.peak_rss / 2**20:.0f} MiB",
                  file=sys.stderr)
            if result.status != 0:
                print(f"  {name} terminó con código {result.status}; ver {outputs / (name + '.log')}",
                      file=sys.stderr)
            runs.setdefault(name, []).append(result)
    chosen = {}
    for name, results in runs.items():
        good = [r for r in results if r.status == 0]
        if not good:
            chosen[name] = results[0]
            continue
        chosen[name] = Measurement(statistics.median(r.wall for r in good), statistics.median(r.cpu for r in good),
                                   int(statistics.median(r.peak_rss for r in good)), 0)
    return chosen


def ratio(value: float, reference: Measurement | None) -> str:
    """`value / reference` as `0.42×`, or a dash when the reference failed."""
    if reference is None or reference.status != 0 or reference.wall <= 0:
        return "—"
    return f"{value / reference.wall:.2f}×"


def render_table(results: dict[str, Measurement], size: tuple[int, int]) -> str:
    """The Markdown results table; `vs X` is wall time over X's wall time (below 1× = faster than X)."""
    megabytes, rows = size[0] / 1e6, size[1]
    names = list(results)
    lines = [
        "| implementación | tiempo (s) | CPU (s) | CPU/tiempo | RSS pico (MiB) | MB/s | filas/s | "
        + " | ".join(f"vs {n}" for n in names) + " |",
        "|---|---:|---:|---:|---:|---:|---:|" + "---:|" * len(names),
    ]
    for name, m in results.items():
        if m.status != 0:
            lines.append(f"| {name} | falló ({m.status}) |" + " |" * (5 + len(names)))
            continue
        lines.append(
            f"| {name} | {m.wall:.2f} | {m.cpu:.2f} | {m.cpu / m.wall:.2f} | {m.peak_rss / 2**20:.0f} | "
            f"{megabytes / m.wall:.1f} | {rows / m.wall:,.0f} | "
            + " | ".join(ratio(m.wall, results.get(n)) for n in names) + " |")
    engine = results.get("trayectorias")
    if engine is not None and engine.status == 0:
        lines.append("")
        for name, m in results.items():
            if name != "trayectorias" and m.status == 0:
                lines.append(f"- trayectorias / {name}: {engine.wall / m.wall:.2f}× el tiempo "
                             f"({m.wall / engine.wall:.2f}× más rápido), "
                             f"{engine.peak_rss / max(m.peak_rss, 1):.2f}× la memoria pico")
    return "\n".join(lines)


def parse_arguments() -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(description="Compara trayectorias con DuckDB y Polars")
    parser.add_argument("--students", type=int, required=True, help="estudiantes sintéticos")
    parser.add_argument("--years", type=int, default=6, help="años (por defecto 6)")
    parser.add_argument("--seed", type=int, default=1, help="semilla del generador (por defecto 1)")
    parser.add_argument("--repeat", type=int, default=1, help="corridas por implementación (mediana)")
    parser.add_argument("--check", action="store_true", help="comparar las tres salidas celda a celda")
    parser.add_argument("--data", type=Path, help="usar esta carpeta de datos en vez de generarla")
    parser.add_argument("--no-build", action="store_true", help="no recompilar el binario release")
    parser.add_argument("--only", default=",".join(NAMES),
                        help="implementaciones a medir, separadas por comas (por defecto: " + ",".join(NAMES) + ")")
    args = parser.parse_args()
    args.only = tuple(n.strip() for n in args.only.split(",") if n.strip())
    if unknown := [n for n in args.only if n not in NAMES]:
        parser.error(f"--only: implementación desconocida: {', '.join(unknown)}")
    if args.students < 1 or args.years < 1 or args.repeat < 1:
        parser.error("--students, --years y --repeat deben ser positivos")
    return args


def main() -> int:
    """Build, generate, time, optionally check; print the report on stdout."""
    args = parse_arguments()
    if not args.no_build:
        build_engine()
    data = args.data or BENCH / "data" / str(args.students)
    if args.data is None and not any(data.glob("**/*.csv")):
        generate_data(data, args.students, args.years, args.seed)
    outputs = BENCH / "data" / f"out-{data.name}"
    size = input_size(data)
    results = run_all(data, outputs, args.repeat, args.only)
    print(f"## {' vs '.join(results)} — {data}\n")
    print(f"{size[1]:,} filas de matrícula, {size[0] / 1e6:.1f} MB; {THREADS} hilos; "
          f"{platform.machine()}, Python {platform.python_version()}; medianas de {args.repeat} corrida(s) "
          f"intercaladas; carga al empezar: {os.getloadavg()[0]:.1f}.\n")
    print(render_table(results, size))
    if args.check:
        return check(outputs, [n for n, m in results.items() if m.status == 0])
    return 0


def check(outputs: Path, names: list[str]) -> int:
    """Every output folder against DuckDB's, and against the anchor's when it ran, cell by cell.

    The anchor writes institution TOTAL rows without name, municipality, zone and sector: those rows
    and columns are the ones compared with it."""
    clean = True
    for reference in ("duckdb", "anchor"):
        if reference not in names:
            continue
        print(f"\n### Comparación celda a celda (referencia: {reference})\n")
        for name in names:
            if name == reference or (reference == "anchor" and name == "duckdb"):
                continue
            partial = "anchor" in (reference, name)
            diffs = compare_outputs.compare_folders(outputs / reference, outputs / name,
                                                    only_total=partial, shared_columns=partial)
            clean &= all(d.clean for d in diffs)
            print(compare_outputs.render(name, diffs))
    return 0 if clean else 1


if __name__ == "__main__":
    sys.exit(main())
