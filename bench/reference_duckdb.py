#!/usr/bin/env python3
"""Reference implementation of SPEC §1.3-§4 in DuckDB SQL (benchmark competitor and oracle).

Usage: reference_duckdb.py DIR_OR_FILES... --out OUTDIR
Writes indicadores_institucion.csv and indicadores_territorio.csv (all nivel rows, SPEC §8).
"""

from __future__ import annotations

import sys
from pathlib import Path

import duckdb

import simat_io

# Text, code, date and grade normalisation (SPEC §1.3, §1.4). DuckDB expands macros inline.
MACROS = r"""
CREATE MACRO norm_text(s) AS
    nullif(trim(regexp_replace(upper(strip_accents(s)), '[^A-Z0-9]+', '_', 'g'), '_'), '');
CREATE MACRO norm_code(s) AS nullif(CASE WHEN suffix(trim(s), '.0') THEN substr(trim(s), 1, length(trim(s)) - 2)
                                           ELSE trim(s) END, '');
CREATE MACRO strip_time(s) AS regexp_replace(trim(s), '[ T]\d{1,2}:\d{2}(:\d{2}(\.\d*)?)?$', '');
CREATE MACRO parse_date(s) AS CASE
    WHEN regexp_full_match(strip_time(s), '\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4}|\d{2}-\d{2}-\d{4}|\d{8}')
    THEN CAST(try_strptime(strip_time(s), ['%Y-%m-%d', '%d/%m/%Y', '%d-%m-%Y', '%Y%m%d']) AS DATE)
    END;
CREATE MACRO grade_label(s) AS CASE norm_text(s)
    WHEN 'PREJARDIN' THEN -2 WHEN 'JARDIN' THEN -1 WHEN 'TRANSICION' THEN 0
    WHEN 'PRIMERO' THEN 1 WHEN 'SEGUNDO' THEN 2 WHEN 'TERCERO' THEN 3 WHEN 'CUARTO' THEN 4
    WHEN 'QUINTO' THEN 5 WHEN 'SEXTO' THEN 6 WHEN 'SEPTIMO' THEN 7 WHEN 'OCTAVO' THEN 8
    WHEN 'NOVENO' THEN 9 WHEN 'DECIMO' THEN 10 WHEN 'ONCE' THEN 11
    WHEN '1' THEN 1 WHEN '2' THEN 2 WHEN '3' THEN 3 WHEN '4' THEN 4 WHEN '5' THEN 5 WHEN '6' THEN 6
    WHEN '7' THEN 7 WHEN '8' THEN 8 WHEN '9' THEN 9 WHEN '10' THEN 10 WHEN '11' THEN 11
    END;
CREATE MACRO parse_grade(s) AS CASE
    WHEN regexp_full_match(trim(s), '[+-]?\d+') THEN CASE
        WHEN TRY_CAST(trim(s) AS BIGINT) BETWEEN -2 AND 13 OR TRY_CAST(trim(s) AS BIGINT) BETWEEN 20 AND 26
             OR TRY_CAST(trim(s) AS BIGINT) = 99
        THEN TRY_CAST(trim(s) AS INTEGER) END
    ELSE grade_label(s)
    END;
CREATE MACRO parse_year(s) AS CASE
    WHEN regexp_full_match(norm_code(s), '\d{1,9}') THEN CAST(norm_code(s) AS INTEGER) END;
CREATE MACRO norm_document(doc) AS nullif(ltrim(regexp_replace(norm_code(doc), '[^A-Za-z0-9]', '', 'g'), '0'), '');
CREATE MACRO norm_municipality(s) AS CASE
    WHEN regexp_full_match(norm_code(s), '\d{1,5}') THEN lpad(norm_code(s), 5, '0') END;
CREATE MACRO level_of(g) AS CASE
    WHEN g BETWEEN -2 AND 0 THEN 'PREESCOLAR' WHEN g BETWEEN 1 AND 5 THEN 'PRIMARIA'
    WHEN g BETWEEN 6 AND 9 THEN 'SECUNDARIA' WHEN g BETWEEN 10 AND 13 THEN 'MEDIA'
    WHEN g BETWEEN 20 AND 26 THEN 'ADULTOS' WHEN g = 99 THEN 'ACELERACION' END;
CREATE MACRO theoretical_age(g) AS CASE
    WHEN g BETWEEN -2 AND 0 THEN g + 5 WHEN g BETWEEN 1 AND 11 THEN g + 5 END;
CREATE MACRO age_on_march_31(birth, yr) AS yr - year(birth) - CASE WHEN month(birth) > 3 THEN 1 ELSE 0 END;
CREATE MACRO rate(num, den) AS CASE WHEN den > 0 THEN num / den END;
"""

RAW_TABLE = "CREATE TABLE raw (" + ", ".join(f"{c} VARCHAR" for c in simat_io.CANONICAL_COLUMNS) + ")"

# One file's canonical columns as text. Files are appended in input order, so raw's rowid is the global
# input position (the tie-breaker of SPEC §3).
INSERT_FILE = """
INSERT INTO raw SELECT {fields}
FROM read_csv(?, columns = {columns}, header = false, skip = 1, delim = ',', quote = '"', escape = '"',
              auto_detect = false, ignore_errors = true, null_padding = false)
"""

# Costly normalisations run once per distinct raw value: (dictionary, macro, raw columns it serves).
DICTIONARIES = (
    ("date_dict", "parse_date", ("birth_date", "event_date")),
    ("text_dict", "norm_text", ("status", "reason", "result", "repeater")),
    ("grade_dict", "parse_grade", ("grade",)),
    ("year_dict", "parse_year", ("year",)),
    ("municipality_dict", "norm_municipality", ("municipality",)),
)

# Normalised records; rejected rows (SPEC §2) are left out.
RECORDS = """
CREATE TABLE rec AS
SELECT seq, year, inst, pid, doc, grade, sede, status, event_date,
       coalesce(status IN ('RETIRADO', 'TRASLADADO', 'DESERTOR', 'CANCELADO', 'RETIRO'), false)
           OR (status IS NULL AND event_date IS NOT NULL) AS withdrawn,
       coalesce(contains(reason, 'TRASLAD'), false) OR coalesce(status = 'TRASLADADO', false) AS transfer_reason,
       CASE WHEN result IN ('APROBADO', 'APROBO', 'PROMOVIDO', 'GRADUADO') THEN 'A'
            WHEN result IN ('REPROBADO', 'REPROBO', 'NO_PROMOVIDO') THEN 'R'
            WHEN result = 'DESERTOR' THEN 'D' END AS result,
       prev_academic, coalesce(repeater IN ('S', 'SI', '1', 'X', 'TRUE'), false) AS repeater,
       birth, name, muni
FROM (
    SELECT r.rowid AS seq, year_dict_year.value AS year, norm_code(r.institution) AS inst,
           norm_code(r.person_id) AS pid, norm_document(r.doc_number) AS doc, grade_dict_grade.value AS grade,
           norm_code(r.sede) AS sede, text_dict_status.value AS status,
           date_dict_event_date.value AS event_date, text_dict_reason.value AS reason,
           text_dict_result.value AS result, norm_code(r.prev_academic) AS prev_academic,
           text_dict_repeater.value AS repeater, date_dict_birth_date.value AS birth,
           nullif(trim(r.institution_name), '') AS name, municipality_dict_municipality.value AS muni
    FROM raw r {joins}
)
WHERE year BETWEEN 2000 AND 2100 AND inst IS NOT NULL AND (pid IS NOT NULL OR doc IS NOT NULL) AND grade IS NOT NULL
"""

# SPEC §2 (version 2) student key: PER_ID; else the one PER_ID that the used records carrying the same
# normalised document share; else the document. `P`/`D` prefixes keep the two kinds apart.
STUDENT_KEYS = """
CREATE TABLE document_person AS
SELECT doc, min(pid) AS pid FROM rec WHERE pid IS NOT NULL AND doc IS NOT NULL
GROUP BY doc HAVING count(DISTINCT pid) = 1;

CREATE TABLE keyed AS
SELECT rec.* EXCLUDE (pid, doc),
       CASE WHEN rec.pid IS NOT NULL THEN 'P' || rec.pid WHEN m.pid IS NOT NULL THEN 'P' || m.pid
            ELSE 'D' || rec.doc END AS skey
FROM rec LEFT JOIN document_person m ON rec.pid IS NULL AND m.doc = rec.doc;
DROP TABLE rec;
DROP TABLE document_person;
ALTER TABLE keyed RENAME TO rec;
"""

# SPEC §2 duplicates, §3 episodes, last records, final episodes and classes. `ord` orders records as
# §3 says (dated by date, undated after, then input order) in one integer: date rank << 36 | seq.
LINKAGE = """
CREATE TABLE used AS
SELECT rec.*, CAST(CASE WHEN event_date IS NULL THEN 262143
                        ELSE date_diff('day', DATE '1970-01-01', event_date) + 131072 END AS BIGINT)
              * 68719476736 + seq AS ord
FROM rec JOIN (SELECT min(seq) AS seq FROM rec GROUP BY skey, year, inst, sede, grade, status, event_date)
     USING (seq);

CREATE TABLE ep AS
SELECT skey, inst, year, ord, grade, withdrawn, transfer_reason, result,
       coalesce(status = 'GRADUADO', false) AS graduado, repeater, birth
FROM used JOIN (SELECT max(ord) AS ord FROM used GROUP BY skey, inst, year) USING (ord);

CREATE TABLE sy AS
SELECT f.skey, f.year, f.ord AS final_ord, f.grade AS final_grade, r.prev_academic AS first_prev_academic
FROM (SELECT skey, year, ord, grade
      FROM ep JOIN (SELECT max(ord) AS ord FROM ep GROUP BY skey, year) USING (ord)) f
JOIN (SELECT skey, year, prev_academic
      FROM used JOIN (SELECT min(seq) AS seq FROM used GROUP BY skey, year) USING (seq)) r
     USING (skey, year);

CREATE TABLE loaded AS SELECT DISTINCT year FROM used;
DROP TABLE rec;

CREATE TABLE classified AS
WITH joined AS (
    SELECT e.*, e.ord = cur.final_ord AS is_final,
           nxt.skey IS NOT NULL AS in_next, nxt.first_prev_academic AS next_prev_academic,
           nxt.final_grade AS next_grade, prv.skey IS NOT NULL AS in_prev, prv.final_grade AS prev_grade,
           (e.year + 1) IN (SELECT year FROM loaded) AS next_loaded,
           (e.year - 1) IN (SELECT year FROM loaded) AS prev_loaded
    FROM ep e
    JOIN sy cur ON cur.skey = e.skey AND cur.year = e.year
    LEFT JOIN sy nxt ON nxt.skey = e.skey AND nxt.year = e.year + 1
    LEFT JOIN sy prv ON prv.skey = e.skey AND prv.year = e.year - 1
), classed AS (
    SELECT *,
        CASE
            WHEN withdrawn AND (NOT is_final OR transfer_reason) THEN 'TRASLADO'
            WHEN withdrawn THEN 'DESERCION'
            WHEN result = 'A' THEN 'APROBADO'
            WHEN result = 'R' THEN 'REPROBADO'
            WHEN result = 'D' THEN 'DESERCION'
            WHEN graduado THEN 'APROBADO'
            WHEN next_prev_academic = '1' THEN 'APROBADO'
            WHEN next_prev_academic = '2' THEN 'REPROBADO'
            WHEN grade BETWEEN -2 AND 11 AND next_grade BETWEEN -2 AND 11 AND next_grade > grade THEN 'APROBADO'
            WHEN grade BETWEEN -2 AND 11 AND next_grade BETWEEN -2 AND 11 AND next_grade = grade THEN 'REPROBADO'
            ELSE 'SIN_RESULTADO'
        END AS class,
        NOT withdrawn AND result IS NULL AND NOT graduado AND coalesce(next_prev_academic NOT IN ('1', '2'), true)
            AND grade BETWEEN -2 AND 11 AND next_grade BETWEEN -2 AND 11 AND next_grade >= grade AS inferred
    FROM joined
)
SELECT skey, inst, year, level_of(grade) AS nivel, class, inferred, repeater,
       prev_loaded, in_prev AND prev_loaded AS has_history,
       in_prev AND grade BETWEEN -2 AND 13 AND prev_grade BETWEEN -2 AND 13 AND prev_grade = grade
           AS observed_repeater,
       birth IS NOT NULL AND theoretical_age(grade) IS NOT NULL AS age_known,
       birth IS NOT NULL AND age_on_march_31(birth, year) - theoretical_age(grade) >= 2 AS over_age,
       next_loaded,
       is_final AND class IN ('APROBADO', 'REPROBADO', 'SIN_RESULTADO')
           AND NOT (grade IN (11, 13, 26) AND class IN ('APROBADO', 'SIN_RESULTADO')) AS eligible,
       NOT in_next AS absent_next
FROM classed;
DROP TABLE ep;
DROP TABLE sy;
"""

# SPEC §4 counts and rates over any grouping of `classified`.
INDICATORS = """
count(*) AS matricula, count(DISTINCT skey) AS estudiantes,
count(*) FILTER (class = 'TRASLADO') AS traslados, count(*) FILTER (class = 'DESERCION') AS desertores,
count(*) FILTER (class = 'APROBADO') AS aprobados, count(*) FILTER (class = 'REPROBADO') AS reprobados,
count(*) FILTER (class = 'SIN_RESULTADO') AS sin_resultado,
count(*) FILTER (inferred) AS resultados_inferidos, matricula - traslados AS base,
rate(desertores, base) AS tasa_desercion_intraanual, rate(aprobados, base) AS tasa_aprobacion,
rate(reprobados, base) AS tasa_reprobacion,
count(*) FILTER (repeater) AS repitentes, rate(repitentes, matricula) AS tasa_repitencia,
CASE WHEN any_value(prev_loaded) THEN count(*) FILTER (has_history) END AS con_historia,
CASE WHEN any_value(prev_loaded) THEN count(*) FILTER (observed_repeater) END AS repitentes_observados,
rate(repitentes_observados, con_historia) AS tasa_repitencia_observada,
count(*) FILTER (age_known) AS edad_conocida, count(*) FILTER (over_age) AS extraedad,
rate(extraedad, edad_conocida) AS tasa_extraedad,
CASE WHEN any_value(next_loaded) THEN count(*) FILTER (eligible) END AS elegibles_interanual,
CASE WHEN any_value(next_loaded) THEN count(*) FILTER (eligible AND absent_next) END AS desertores_interanuales,
rate(desertores_interanuales, elegibles_interanual) AS tasa_desercion_interanual
"""

NIVEL_SORT = "CASE nivel WHEN 'TOTAL' THEN 0 " + " ".join(
    f"WHEN '{name}' THEN {rank}" for name, rank in simat_io.NIVEL_ORDER.items() if name != "TOTAL"
) + " END"

INSTITUTION_QUERY = f"""
WITH attrs AS (
    SELECT inst, arg_max(name, seq) AS nombre, arg_max(muni, seq) AS muni FROM used GROUP BY inst
), groups AS (
    SELECT year, inst, coalesce(nivel, 'TOTAL') AS nivel, {INDICATORS}
    FROM classified GROUP BY GROUPING SETS ((year, inst), (year, inst, nivel))
)
SELECT g.year AS anio, g.inst AS institucion, a.nombre,
       coalesce(a.muni, CASE WHEN regexp_full_match(g.inst, '\\d{{12}}') THEN substr(g.inst, 2, 5) END),
       CASE WHEN regexp_full_match(g.inst, '\\d{{12}}') THEN CASE left(g.inst, 1)
           WHEN '1' THEN 'URBANA' WHEN '2' THEN 'RURAL' WHEN '3' THEN 'URBANA' WHEN '4' THEN 'RURAL' END END,
       CASE WHEN regexp_full_match(g.inst, '\\d{{12}}') THEN CASE left(g.inst, 1)
           WHEN '1' THEN 'OFICIAL' WHEN '2' THEN 'OFICIAL' WHEN '3' THEN 'NO OFICIAL'
           WHEN '4' THEN 'NO OFICIAL' END END,
       g.* EXCLUDE (year, inst)
FROM groups g JOIN attrs a USING (inst)
ORDER BY anio, institucion, {NIVEL_SORT}
"""

TERRITORY_QUERY = f"""
SELECT * FROM (
    SELECT year AS anio, coalesce(nivel, 'TOTAL') AS nivel, {INDICATORS}
    FROM classified GROUP BY GROUPING SETS ((year), (year, nivel))
)
ORDER BY anio, {NIVEL_SORT}
"""


def load_records(con: duckdb.DuckDBPyConnection, inputs) -> None:
    """Append every matricula file, in sorted path order, to `raw`; then build `rec`."""
    con.execute(RAW_TABLE)
    for path, columns, field_count in inputs:
        schema = "{" + ", ".join(f"'c{i}': 'VARCHAR'" for i in range(field_count)) + "}"
        fields = ", ".join("CAST(NULL AS VARCHAR)" if columns[name] is None else f"c{columns[name]}"
                           for name in simat_io.CANONICAL_COLUMNS)
        con.execute(INSERT_FILE.format(columns=schema, fields=fields), [str(path)])
    joins = []
    for table, macro, sources in DICTIONARIES:
        values = " UNION ALL ".join(f"SELECT {column} AS raw_value FROM raw" for column in sources)
        con.execute(f"CREATE TABLE {table} AS SELECT raw_value, {macro}(raw_value) AS value "
                    f"FROM (SELECT DISTINCT raw_value FROM ({values}) WHERE raw_value IS NOT NULL)")
        joins += [f"LEFT JOIN {table} {table}_{column} ON {table}_{column}.raw_value = r.{column}"
                  for column in sources]
    con.execute(RECORDS.format(joins="\n    ".join(joins)))
    for table in ("raw", *(table for table, _, _ in DICTIONARIES)):
        con.execute(f"DROP TABLE {table}")


def main() -> None:
    """Compute both indicator tables for the given inputs and write them to --out."""
    args = simat_io.parse_arguments("Indicadores de referencia (SPEC §3-§4) con DuckDB")
    inputs = simat_io.discover_inputs(args.inputs)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect()
    con.execute("SET threads = 2")
    con.execute("SET preserve_insertion_order = true")
    con.execute(MACROS)
    load_records(con, inputs)
    con.execute(STUDENT_KEYS)
    con.execute(LINKAGE)
    simat_io.write_table(out / simat_io.INSTITUTION_FILE, simat_io.INSTITUTION_KEYS,
                         con.execute(INSTITUTION_QUERY).fetchall())
    simat_io.write_table(out / simat_io.TERRITORY_FILE, simat_io.TERRITORY_KEYS,
                         con.execute(TERRITORY_QUERY).fetchall())


if __name__ == "__main__":
    sys.exit(main())
