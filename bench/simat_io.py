"""Shared plumbing for the reference implementations (SPEC §1.2, §4, §8).

Only what is not indicator logic lives here: finding the matricula files, resolving header aliases,
the output column lists, and writing the two CSV tables. Each reference implementation computes the
indicators on its own, so they remain independent oracles for the Swift engine.
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import unicodedata
from pathlib import Path
from typing import Iterable, Sequence

INPUT_SUFFIXES = (".csv", ".txt", ".tsv")

# SPEC §1.2: canonical column -> accepted normalised names, first match wins. Only the columns the
# indicators of §3-§4 need are listed; the others are not loaded.
MATRICULA_ALIASES: dict[str, tuple[str, ...]] = {
    "year": ("ANO_INF", "ANNO_INF", "ANO", "ANIO", "VIGENCIA"),
    "institution": ("CODIGO_DANE", "INSTITUCION", "CODIGO_DANE_ESTABLECIMIENTO", "COD_DANE", "DANE"),
    "institution_name": ("NOMBRE_ESTABLECIMIENTO", "NOMBRE_INSTITUCION", "NOMBRE_ESTABLECIMIENTO_EDUCATIVO"),
    "sede": ("CODIGO_DANE_SEDE", "CONS_SEDE", "SEDE", "CODIGO_SEDE"),
    "municipality": ("MUN_CODIGO", "CODIGO_MUNICIPIO", "MUNICIPIO_CODIGO"),
    "person_id": ("PER_ID", "ID_PERSONA"),
    "doc_number": ("NRO_DOCUMENTO", "NUMERO_DOCUMENTO", "DOCUMENTO"),
    "birth_date": ("FECHA_NACIMIENTO", "FEC_NACIMIENTO"),
    "grade": ("GRADO", "GRADO_COD", "COD_GRADO"),
    "status": ("ESTADO", "ESTADO_MATRICULA"),
    "reason": ("MOTIVO", "MOTIVO_RETIRO", "MOTIVO_NOVEDAD"),
    "event_date": ("FECHA_NOVEDAD", "FECHA_RETIRO"),
    "repeater": ("REPITENTE",),
    "prev_academic": ("SIT_ACAD_ANO_ANT",),
    "result": ("RESULTADO", "RESULTADO_FINAL", "ESTADO_FINAL", "SITUACION_FINAL"),
}
CANONICAL_COLUMNS: tuple[str, ...] = tuple(MATRICULA_ALIASES)

LEVELS: tuple[str, ...] = ("PREESCOLAR", "PRIMARIA", "SECUNDARIA", "MEDIA", "ADULTOS", "ACELERACION")
NIVEL_ORDER: dict[str, int] = {"TOTAL": 0, **{name: i + 1 for i, name in enumerate(LEVELS)}}

INSTITUTION_KEYS = ("anio", "institucion", "nombre", "municipio", "zona", "sector", "nivel")
TERRITORY_KEYS = ("anio", "nivel")
COUNT_AND_RATE_COLUMNS = (
    "matricula", "estudiantes", "traslados", "desertores", "aprobados", "reprobados", "sin_resultado",
    "resultados_inferidos", "base", "tasa_desercion_intraanual", "tasa_aprobacion", "tasa_reprobacion",
    "repitentes", "tasa_repitencia", "con_historia", "repitentes_observados", "tasa_repitencia_observada",
    "edad_conocida", "extraedad", "tasa_extraedad", "elegibles_interanual", "desertores_interanuales",
    "tasa_desercion_interanual",
)
RATE_COLUMNS = frozenset(c for c in COUNT_AND_RATE_COLUMNS if c.startswith("tasa_"))
INSTITUTION_FILE = "indicadores_institucion.csv"
TERRITORY_FILE = "indicadores_territorio.csv"


def normalise_header(name: str) -> str:
    """SPEC §1.2: trim, drop BOM and accents, upper-case, non-alphanumeric runs -> '_'."""
    decomposed = unicodedata.normalize("NFD", name.replace("\ufeff", "").strip())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).upper()
    out, pending = [], False
    for ch in plain:
        if "A" <= ch <= "Z" or "0" <= ch <= "9":
            if pending and out:
                out.append("_")
            out.append(ch)
            pending = False
        else:
            pending = True
    return "".join(out)


def resolve_columns(header: Sequence[str]) -> dict[str, int | None]:
    """Map each canonical column to the 0-based index of its winning header name (or None)."""
    names = [normalise_header(h) for h in header]
    resolved: dict[str, int | None] = {}
    for canonical, aliases in MATRICULA_ALIASES.items():
        resolved[canonical] = next((names.index(a) for a in aliases if a in names), None)
    return resolved


def is_matricula(columns: dict[str, int | None]) -> bool:
    """SPEC §1: a grade column, an institution column and a student key."""
    has_key = columns["person_id"] is not None or columns["doc_number"] is not None
    return columns["grade"] is not None and columns["institution"] is not None and has_key


def read_header(path: Path) -> list[str]:
    """The header row of a clean-dialect CSV (`,`, UTF-8, optional BOM)."""
    with path.open("r", encoding="utf-8-sig", newline="") as handle:
        return next(csv.reader(handle), [])


def discover_inputs(paths: Iterable[str]) -> list[tuple[Path, dict[str, int | None], int]]:
    """Matricula files in sorted path order with their column map and field count.

    Directories are searched recursively for *.csv, *.txt, *.tsv. Files of other kinds are skipped
    with a note on stderr (the references model the no-directorio case of SPEC §1.3).
    """
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in INPUT_SUFFIXES)
        elif path.is_file():
            files.append(path)
        else:
            sys.exit(f"Error: no existe la entrada {raw}")
    inputs = []
    for path in sorted(set(files), key=lambda p: str(p)):
        header = read_header(path)
        columns = resolve_columns(header)
        if is_matricula(columns):
            inputs.append((path, columns, len(header)))
        else:
            print(f"aviso: {path} no es un archivo de matrícula; se omite", file=sys.stderr)
    if not inputs:
        sys.exit("Error: ninguna entrada es un archivo de matrícula")
    return inputs


def parse_arguments(description: str) -> argparse.Namespace:
    """Command line shared by both reference scripts: INPUT... --out DIR."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("inputs", nargs="+", help="archivos o carpetas de matrícula (CSV limpio)")
    parser.add_argument("--out", required=True, help="carpeta de salida")
    return parser.parse_args()


def format_cell(column: str, value: object) -> str:
    """Counts as integers, rates with 6 decimals, null as the empty string."""
    if value is None:
        return ""
    if column in RATE_COLUMNS:
        return f"{float(value):.6f}"
    if isinstance(value, float):
        return str(int(value))
    return str(value)


def write_table(path: Path, keys: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """Write one output table: key columns then §4's columns, rows already sorted."""
    columns = (*keys, *COUNT_AND_RATE_COLUMNS)
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([format_cell(c, v) for c, v in zip(columns, row)])
    os.replace(tmp, path)


def set_thread_limits() -> None:
    """Both competitors run on the machine's 2 cores (set before importing polars)."""
    os.environ.setdefault("POLARS_MAX_THREADS", "2")
