#!/usr/bin/env python3
"""Cross-check the two references on seeded random, messy SIMAT files: they must write identical bytes.

Usage: fuzz_references.py [--seeds 25] [--keep DIR]
Each seed writes 1-3 clean-dialect files of a few hundred rows drawn from small pools of valid and invalid
values (so students collide across institutions, years, dates and statuses), runs both references and
compares their outputs byte for byte. Failing cases stay under --keep (default: a new temporary folder).
"""

from __future__ import annotations

import argparse
import csv
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import simat_io

BENCH = Path(__file__).resolve().parent
HEADER = ("ANO,ETC,CODIGO_DANE,NOMBRE_ESTABLECIMIENTO,CODIGO_DANE_SEDE,MUN_CODIGO,PER_ID,TIPO_DOCUMENTO,"
          "NRO_DOCUMENTO,FECHA_NACIMIENTO,GENERO,GRADO,GRUPO,JORNADA,ZON_ALU,ESTADO,MOTIVO,FECHA_NOVEDAD,"
          "REPITENTE,NUEVO,SIT_ACAD_ANO_ANT,CON_ALUM_ANO_ANT,RESULTADO,POB_VICT_CONF,TIPO_DISCAPACIDAD,ETNIA,"
          "PAIS_ORIGEN,ESTRATO,SISBEN").split(",")
POOLS = {
    "ANO": ["2018", "2019", "2020", "2021", "2019.0", "1999", "", "abc"],
    "CODIGO_DANE": ["111001000001", "211001000002", "305001000003", "4050010000040", "X1", " 111001000001 ",
                    "111001000001.0", ""],
    "NOMBRE_ESTABLECIMIENTO": ["", "IE Uno", 'IE "Dos", sede', "IE Tres"],
    "CODIGO_DANE_SEDE": ["", "s1", "s2"],
    "MUN_CODIGO": ["", "11001", "5001", "11001.0", "abc", "123456"],
    "FECHA_NACIMIENTO": ["01/06/2008", "31/03/2010", "2012-04-01", "", "1/2/2011", "29/02/2012", "30/02/2012"],
    "GRADO": ["-2", "-1", "0", "1", "2", "3", "5", "6", "9", "10", "11", "12", "13", "20", "26", "99", "QUINTO",
              "Transición", "1°", "14", ""],
    "ESTADO": ["MATRICULADO", "Matriculado", "RETIRADO", "retirado", "TRASLADADO", "DESERTOR", "CANCELADO",
               "GRADUADO", "PROMOCIONADO", "ACTIVO", "", "Retiro"],
    "MOTIVO": ["", "TRASLADO", "traslado de municipio", "DESERCIÓN", "abandono", "CAMBIO DE DOMICILIO"],
    "FECHA_NOVEDAD": ["10/05/2019", "1/2/2020", "2019-05-10", "2020-13-01", "31/02/2019", "20190315",
                      "15-03-2020", "2019-05-10 00:00:00", "2021-01-01T00:00:00", "12/12/2018"],
    "REPITENTE": ["", "S", "N", "Sí", "1", "0", "X", "true"],
    "SIT_ACAD_ANO_ANT": ["", "1", "2", "0", "8", "1.0"],
    "RESULTADO": ["", "APROBADO", "Aprobó", "REPROBADO", "NO PROMOVIDO", "DESERTOR", "Promovido", "GRADUADO",
                  "otro"],
}


def write_case(rng: random.Random, folder: Path) -> None:
    """1-3 files of random rows; some files lack RESULTADO, some rows are repeated verbatim."""
    folder.mkdir(parents=True)
    for index in range(rng.randint(1, 3)):
        header = HEADER if rng.random() < 0.7 else [h for h in HEADER if h != "RESULTADO"]
        with (folder / f"matricula_{index}.csv").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(header)
            for _ in range(rng.randint(200, 800)):
                student = rng.randint(1, 60)
                row = {column: rng.choice(pool) for column, pool in POOLS.items()}
                row["ANO"] = rng.choice(POOLS["ANO"][:4] if rng.random() < 0.9 else POOLS["ANO"])
                row["CODIGO_DANE"] = rng.choice(POOLS["CODIGO_DANE"][:3] if rng.random() < 0.8
                                                else POOLS["CODIGO_DANE"])
                row["FECHA_NOVEDAD"] = row["FECHA_NOVEDAD"] if rng.random() < 0.4 else ""
                row["PER_ID"] = str(student) if rng.random() < 0.7 else ""
                # another student's document now and then: documents seen with two PER_IDs (SPEC §2 v2)
                row["NRO_DOCUMENTO"] = rng.choice([f"00{student}", f"{student}-0", str(student), "", "000",
                                                   f"{rng.randint(1, 60)}"])
                values = [row.get(column, "") for column in header]
                writer.writerow(values)
                if rng.random() < 0.05:
                    writer.writerow(values)


def outputs_match(case: Path) -> bool:
    """Run both references on `case/in`; True when both tables are byte-identical."""
    for engine in ("duckdb", "polars"):
        subprocess.run([sys.executable, str(BENCH / f"reference_{engine}.py"), str(case / "in"),
                        "--out", str(case / engine)], check=True)
    return all((case / "duckdb" / name).read_bytes() == (case / "polars" / name).read_bytes()
               for name in (simat_io.INSTITUTION_FILE, simat_io.TERRITORY_FILE))


def main() -> int:
    """Fuzz every seed; exit 1 when any pair of outputs differs."""
    parser = argparse.ArgumentParser(description="Compara DuckDB y Polars sobre datos aleatorios con semilla")
    parser.add_argument("--seeds", type=int, default=25, help="número de semillas (1..N)")
    parser.add_argument("--keep", type=Path, help="carpeta donde guardar los casos")
    args = parser.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="fuzz_references_"))
    failures = []
    for seed in range(1, args.seeds + 1):
        case = root / f"semilla_{seed}"
        write_case(random.Random(seed), case / "in")
        if outputs_match(case):
            shutil.rmtree(case)
        else:
            failures.append(case)
    if not failures and args.keep is None:
        shutil.rmtree(root)
    for case in failures:
        print(f"DIFERENCIA: {case}")
    print(f"{args.seeds - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
