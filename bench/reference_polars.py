#!/usr/bin/env python3
"""Reference implementation of SPEC §1.3-§4 in Polars (benchmark competitor and oracle).

Usage: reference_polars.py DIR_OR_FILES... --out OUTDIR
Writes indicadores_institucion.csv and indicadores_territorio.csv (all nivel rows, SPEC §8).
"""

from __future__ import annotations

import sys
from pathlib import Path

import simat_io

simat_io.set_thread_limits()

import polars as pl  # noqa: E402  (must follow the thread limit)

from polars_fields import code, date, grade, level, municipality, student_key, text, year  # noqa: E402

WITHDRAWN_STATUSES = ["RETIRADO", "TRASLADADO", "DESERTOR", "CANCELADO", "RETIRO"]
APPROVED_RESULTS = ["APROBADO", "APROBO", "PROMOVIDO", "GRADUADO"]
FAILED_RESULTS = ["REPROBADO", "REPROBO", "NO_PROMOVIDO"]
YES_FLAGS = ["S", "SI", "1", "X", "TRUE"]
SEQ_BITS = 36  # ord = date rank << 36 | input position: one integer orders records as SPEC §3 says


def raw_records(inputs) -> pl.DataFrame:
    """Every file's canonical columns as text, in input order, with `seq` the global input position."""
    frames = []
    for path, columns, field_count in inputs:
        schema = {f"c{i}": pl.String for i in range(field_count)}
        frame = pl.scan_csv(path, has_header=False, skip_rows=1, schema=schema, separator=",",
                            quote_char='"')
        frames.append(frame.select(
            (pl.lit(None, dtype=pl.String) if columns[name] is None else pl.col(f"c{columns[name]}")).alias(name)
            for name in simat_io.CANONICAL_COLUMNS))
    return pl.concat(frames).with_row_index("seq").collect()


def normalised(raw: pl.DataFrame, sources: tuple[str, ...], normalise, dtype) -> list[pl.Expr]:
    """`normalise` applied once per distinct raw value of `sources`, then mapped back onto every row."""
    distinct = pl.concat([raw.select(pl.col(c).alias("raw_value")) for c in sources]).unique().drop_nulls()
    mapping = distinct.with_columns(value=normalise(pl.col("raw_value")).cast(dtype))
    return [pl.col(c).replace_strict(mapping["raw_value"], mapping["value"], default=None, return_dtype=dtype)
            .alias(c) for c in sources]


def used_records(inputs) -> pl.DataFrame:
    """Valid records (SPEC §2) in input order, exact duplicates dropped (first kept), with `ord`."""
    raw = raw_records(inputs)
    frame = raw.with_columns(
        *normalised(raw, ("birth_date", "event_date"), date, pl.Date),
        *normalised(raw, ("status", "reason", "result", "repeater"), text, pl.String),
        *normalised(raw, ("grade",), grade, pl.Int32),
        *normalised(raw, ("year",), year, pl.Int32),
        *normalised(raw, ("municipality",), municipality, pl.String),
    )
    status, event_date, result = pl.col("status"), pl.col("event_date"), pl.col("result")
    records = frame.select(
        "seq", "year", "grade", "status", "event_date",
        inst=code(pl.col("institution")),
        skey=student_key(pl.col("person_id"), pl.col("doc_number")),
        sede=code(pl.col("sede")),
        withdrawn=status.is_in(WITHDRAWN_STATUSES).fill_null(False)
        | (status.is_null() & event_date.is_not_null()),
        transfer_reason=pl.col("reason").str.contains("TRASLAD").fill_null(False)
        | (status == "TRASLADADO").fill_null(False),
        result=pl.when(result.is_in(APPROVED_RESULTS)).then(pl.lit("A"))
        .when(result.is_in(FAILED_RESULTS)).then(pl.lit("R"))
        .when(result == "DESERTOR").then(pl.lit("D")),
        prev_academic=code(pl.col("prev_academic")),
        repeater=pl.col("repeater").is_in(YES_FLAGS).fill_null(False),
        birth="birth_date",
        name=pl.when(pl.col("institution_name").str.strip_chars() != "")
        .then(pl.col("institution_name").str.strip_chars()),
        muni="municipality",
    ).filter(pl.col("year").is_between(2000, 2100) & pl.col("inst").is_not_null()
             & pl.col("skey").is_not_null() & pl.col("grade").is_not_null())
    deduplicated = records.unique(subset=["skey", "year", "inst", "sede", "grade", "status", "event_date"],
                                  keep="first", maintain_order=True)
    date_rank = pl.when(event_date.is_null()).then(262143).otherwise(event_date.cast(pl.Int32) + 131072)
    return deduplicated.with_columns(ord=date_rank.cast(pl.Int64) * (1 << SEQ_BITS) + pl.col("seq").cast(pl.Int64))


def last_rows(frame: pl.DataFrame, keys: list[str], by: str, pick: str = "max") -> pl.DataFrame:
    """The row of each `keys` group with the largest (or smallest) `by`, a unique column."""
    chosen = frame.group_by(keys).agg(getattr(pl.col(by), pick)())
    return frame.join(chosen.select(by), on=by, how="semi")


def episodes(used: pl.DataFrame) -> pl.DataFrame:
    """SPEC §3: one row per (student, institution, year) holding its last record."""
    last = last_rows(used, ["skey", "inst", "year"], "ord")
    return last.select("skey", "inst", "year", "ord", "grade", "withdrawn", "transfer_reason", "result",
                       "repeater", "birth", graduado=(pl.col("status") == "GRADUADO").fill_null(False))


def student_years(used: pl.DataFrame, eps: pl.DataFrame) -> pl.DataFrame:
    """Per student and year: the final episode (its ord and grade) and the first record's SIT_ACAD."""
    final = last_rows(eps, ["skey", "year"], "ord").select(
        "skey", "year", final_ord="ord", final_grade="grade")
    first = last_rows(used, ["skey", "year"], "seq", pick="min").select(
        "skey", "year", first_prev_academic="prev_academic")
    return final.join(first, on=["skey", "year"])


def classified(used: pl.DataFrame) -> pl.DataFrame:
    """Every episode with its class (rules 1, 2, 3a-3e) and the per-episode flags of §4."""
    eps = episodes(used)
    years = student_years(used, eps)
    loaded = used.get_column("year").unique().to_list()
    nxt = years.select("skey", year=pl.col("year") - 1, in_next=pl.lit(True),
                       next_prev_academic="first_prev_academic", next_grade="final_grade")
    prv = years.select("skey", year=pl.col("year") + 1, in_prev=pl.lit(True), prev_grade="final_grade")
    cur = years.select("skey", "year", "final_ord")
    frame = (eps.join(cur, on=["skey", "year"])
             .join(nxt, on=["skey", "year"], how="left")
             .join(prv, on=["skey", "year"], how="left")
             .with_columns(is_final=pl.col("ord") == pl.col("final_ord"),
                           in_next=pl.col("in_next").fill_null(False),
                           in_prev=pl.col("in_prev").fill_null(False),
                           next_loaded=(pl.col("year") + 1).is_in(loaded),
                           prev_loaded=(pl.col("year") - 1).is_in(loaded)))
    g, ng = pl.col("grade"), pl.col("next_grade")
    comparable = g.is_between(-2, 11) & ng.is_between(-2, 11)
    withdrawn = pl.col("withdrawn")
    cls = (pl.when(withdrawn & (~pl.col("is_final") | pl.col("transfer_reason"))).then(pl.lit("TRASLADO"))
           .when(withdrawn).then(pl.lit("DESERCION"))
           .when(pl.col("result") == "A").then(pl.lit("APROBADO"))
           .when(pl.col("result") == "R").then(pl.lit("REPROBADO"))
           .when(pl.col("result") == "D").then(pl.lit("DESERCION"))
           .when(pl.col("graduado")).then(pl.lit("APROBADO"))
           .when(pl.col("next_prev_academic") == "1").then(pl.lit("APROBADO"))
           .when(pl.col("next_prev_academic") == "2").then(pl.lit("REPROBADO"))
           .when(comparable & (ng > g)).then(pl.lit("APROBADO"))
           .when(comparable & (ng == g)).then(pl.lit("REPROBADO"))
           .otherwise(pl.lit("SIN_RESULTADO")))
    inferred = (~withdrawn & pl.col("result").is_null() & ~pl.col("graduado")
                & ~pl.col("next_prev_academic").is_in(["1", "2"]).fill_null(False)
                & comparable & (ng >= g)).fill_null(False)
    theoretical = pl.when(g.is_between(-2, 11)).then(g + 5)
    birth = pl.col("birth")
    age = pl.col("year") - birth.dt.year() - (birth.dt.month() > 3).cast(pl.Int32)
    final_grade = g.is_in([11, 13, 26])
    return frame.with_columns(cls=cls).select(
        "skey", "inst", "year", "prev_loaded", "next_loaded", "cls",
        nivel=level(g),
        inferred=inferred,
        repeater=pl.col("repeater"),
        has_history=pl.col("in_prev"),
        observed_repeater=(pl.col("in_prev") & g.is_between(-2, 13)
                           & pl.col("prev_grade").is_between(-2, 13)
                           & (pl.col("prev_grade") == g)).fill_null(False),
        age_known=birth.is_not_null() & theoretical.is_not_null(),
        over_age=(age - theoretical >= 2).fill_null(False),
        eligible=pl.col("is_final") & pl.col("cls").is_in(["APROBADO", "REPROBADO", "SIN_RESULTADO"])
        & ~(final_grade & pl.col("cls").is_in(["APROBADO", "SIN_RESULTADO"])),
        absent_next=~pl.col("in_next"),
    )


def indicators(frame: pl.DataFrame, keys: list[str]) -> pl.DataFrame:
    """SPEC §4 counts and rates over each group of `keys`."""
    def count(cond: pl.Expr) -> pl.Expr:
        return cond.sum().cast(pl.Int64)

    def when_loaded(flag: str, value: pl.Expr) -> pl.Expr:
        return pl.when(pl.col(flag).first()).then(value)

    def rate(num: str, den: str) -> pl.Expr:
        return pl.when(pl.col(den) > 0).then(pl.col(num) / pl.col(den))

    cls = pl.col("cls")
    counted = frame.group_by(keys).agg(
        matricula=pl.len().cast(pl.Int64),
        estudiantes=pl.col("skey").n_unique().cast(pl.Int64),
        traslados=count(cls == "TRASLADO"), desertores=count(cls == "DESERCION"),
        aprobados=count(cls == "APROBADO"), reprobados=count(cls == "REPROBADO"),
        sin_resultado=count(cls == "SIN_RESULTADO"), resultados_inferidos=count(pl.col("inferred")),
        repitentes=count(pl.col("repeater")),
        con_historia=when_loaded("prev_loaded", count(pl.col("has_history"))),
        repitentes_observados=when_loaded("prev_loaded", count(pl.col("observed_repeater"))),
        edad_conocida=count(pl.col("age_known")), extraedad=count(pl.col("over_age")),
        elegibles_interanual=when_loaded("next_loaded", count(pl.col("eligible"))),
        desertores_interanuales=when_loaded("next_loaded",
                                            count(pl.col("eligible") & pl.col("absent_next"))),
    ).with_columns(base=pl.col("matricula") - pl.col("traslados"))
    return counted.with_columns(
        tasa_desercion_intraanual=rate("desertores", "base"), tasa_aprobacion=rate("aprobados", "base"),
        tasa_reprobacion=rate("reprobados", "base"), tasa_repitencia=rate("repitentes", "matricula"),
        tasa_repitencia_observada=rate("repitentes_observados", "con_historia"),
        tasa_extraedad=rate("extraedad", "edad_conocida"),
        tasa_desercion_interanual=rate("desertores_interanuales", "elegibles_interanual"),
    )


def by_level(frame: pl.DataFrame, keys: list[str]) -> pl.DataFrame:
    """TOTAL and per-level rows for `keys`, sorted by key then nivel order."""
    total = indicators(frame, keys).with_columns(nivel=pl.lit("TOTAL"))
    levels = indicators(frame, [*keys, "nivel"])
    rows = pl.concat([total, levels], how="diagonal")
    rank = pl.col("nivel").replace_strict(simat_io.NIVEL_ORDER, return_dtype=pl.Int32)
    return rows.sort([*keys, rank])


def institution_attributes(used: pl.DataFrame) -> pl.DataFrame:
    """SPEC §1.3 without a directorio: last non-empty name and municipality, zone/sector from the code."""
    named = used.group_by("inst").agg(
        nombre=pl.col("name").filter(pl.col("name").is_not_null()).last(),
        muni=pl.col("muni").filter(pl.col("muni").is_not_null()).last())
    inst = pl.col("inst")
    twelve = inst.str.contains(r"^\d{12}$")
    first = inst.str.slice(0, 1)
    return named.select(
        "inst", "nombre",
        municipio=pl.coalesce(pl.col("muni"), pl.when(twelve).then(inst.str.slice(1, 5))),
        zona=pl.when(twelve).then(first.replace_strict(
            {"1": "URBANA", "2": "RURAL", "3": "URBANA", "4": "RURAL"}, default=None)),
        sector=pl.when(twelve).then(first.replace_strict(
            {"1": "OFICIAL", "2": "OFICIAL", "3": "NO OFICIAL", "4": "NO OFICIAL"}, default=None)),
    )


def main() -> None:
    """Compute both indicator tables for the given inputs and write them to --out."""
    args = simat_io.parse_arguments("Indicadores de referencia (SPEC §3-§4) con Polars")
    inputs = simat_io.discover_inputs(args.inputs)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    used = used_records(inputs)
    episodes_frame = classified(used)
    institution = by_level(episodes_frame, ["year", "inst"]).join(
        institution_attributes(used), on="inst", how="left", maintain_order="left")
    territory = by_level(episodes_frame, ["year"])
    metrics = simat_io.COUNT_AND_RATE_COLUMNS
    institution_rows = institution.select(
        "year", "inst", "nombre", "municipio", "zona", "sector", "nivel", *metrics).rows()
    territory_rows = territory.select("year", "nivel", *metrics).rows()
    simat_io.write_table(out / simat_io.INSTITUTION_FILE, simat_io.INSTITUTION_KEYS, institution_rows)
    simat_io.write_table(out / simat_io.TERRITORY_FILE, simat_io.TERRITORY_KEYS, territory_rows)


if __name__ == "__main__":
    sys.exit(main())
