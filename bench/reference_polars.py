#!/usr/bin/env python3
"""Reference implementation of SPEC §1.3-§4 (version 2) in Polars (benchmark competitor and oracle).

Usage: reference_polars.py DIR_OR_FILES... --out OUTDIR
Writes indicadores_institucion.csv and indicadores_territorio.csv (all nivel rows, SPEC §8).

The plan, chosen for speed (the yardstick is a strong Polars script, ../shared/anchors/polars_anchor.py):
- low-cardinality columns are read as Categoricals: every SPEC normalisation (codes, texts, dates, grades,
  years) runs once per entry of Polars' process-wide category list and reaches the rows by an integer
  gather on the codes; PER_ID, document, birth date and institution name are read as text (hashing them
  into the category list costs more than it saves);
- student keys are exact integers: a PER_ID or document that is already a canonical decimal (checked by
  its length against its parsed value, no per-row string) is its own id, other texts are normalised and get
  ids above 2**55; `2 * id` for a PER_ID, `2 * id + 1` for a document that stays unlinked (SPEC §2 v2);
- one sort by (student-year, record order) puts every student's records of a year together in SPEC §3's
  order; exact duplicates, episode last records, final episodes and the first record of a student-year
  are found with shifts, and only the few student-years with two or more records take a generic path;
- the previous and next student-year are neighbours in that order (same student, year ± 1);
- every episode's (year, institution, level) key and its 0/1 columns are packed into one integer, counted
  with one group-by, then unpacked and rolled up to the four groupings.
"""

from __future__ import annotations

import sys
from pathlib import Path

import simat_io

simat_io.set_thread_limits()

import polars as pl  # noqa: E402  (must follow the thread limit)

from polars_fields import code, date, grade, municipality, text, year  # noqa: E402

WITHDRAWN_STATUSES = ["RETIRADO", "TRASLADADO", "DESERTOR", "CANCELADO", "RETIRO"]
YES_FLAGS = ["S", "SI", "1", "X", "TRUE"]
# class codes; a result maps straight to one of them (SPEC §1.3)
TRASLADO, DESERCION, APROBADO, REPROBADO, SIN_RESULTADO = 1, 2, 3, 4, 5
RESULT_CLASSES = {"APROBADO": APROBADO, "APROBO": APROBADO, "PROMOVIDO": APROBADO, "GRADUADO": APROBADO,
                  "REPROBADO": REPROBADO, "REPROBO": REPROBADO, "NO_PROMOVIDO": REPROBADO, "DESERTOR": DESERCION}
YEAR_BASE = 1999          # year - YEAR_BASE in 1..101: the low 7 bits of a student-year key
SEQ_BITS = 36             # ord = date rank << 36 | input position
UNDATED_RANK = 262143     # after every dated record
DATE_OFFSET = 131072      # days since 1970 + offset > 0 for any date SPEC accepts
KEY_LIMIT = 1 << 55       # integer keys below it are the value itself; other texts get ids above it
# high-cardinality or long columns: hashing them into the Categorical dictionary costs more than it saves
AS_TEXT = ("person_id", "doc_number", "birth_date", "institution_name")
c = pl.col


def read_raw(inputs) -> pl.DataFrame:
    """Every file's canonical columns in input order (files sorted, rows in file order): low-cardinality
    ones as Categoricals, the student keys, birth date and institution name as text."""
    frames = []
    for path, columns, field_count in inputs:
        schema = {f"c{i}": pl.String for i in range(field_count)}
        schema.update({f"c{i}": pl.Categorical for name, i in columns.items()
                       if i is not None and name not in AS_TEXT})
        frame = pl.scan_csv(path, has_header=False, skip_rows=1, schema=schema, separator=",", quote_char='"')
        frames.append(frame.select(
            (pl.lit(None, dtype=pl.String if name in AS_TEXT else pl.Categorical) if i is None
             else c(f"c{i}")).alias(name) for name, i in columns.items()))
    return pl.concat(frames).collect()


class Dictionary:
    """One Categorical column: every SPEC normalisation runs on Polars' process-wide category list (a few
    thousand distinct texts) and reaches the rows by an integer gather on their codes."""

    categories: pl.DataFrame | None = None

    def __init__(self, column: pl.Series) -> None:
        self.physical = column.to_physical()
        if Dictionary.categories is None:   # read once, before any normalised text is added to it
            Dictionary.categories = pl.DataFrame({"v": column.dtype.categories.to_series()})
        self.values = Dictionary.categories

    def map(self, normalise, dtype) -> pl.Series:
        """`normalise(value)` for every row, computed once per category."""
        return self.values.select(normalise(c("v")).cast(dtype)).to_series().gather(self.physical)

    def ids(self, normalise, id_name: str, text_name: str) -> tuple[pl.Series, pl.DataFrame]:
        """Integer ids of the normalised texts for every row, and the id -> text table."""
        texts = self.values.select(normalise(c("v")).alias(text_name))
        texts = texts.with_columns(identifier(c(text_name)).alias(id_name))
        return texts.get_column(id_name).gather(self.physical), texts.drop_nulls().unique(id_name)


def identifier(e: pl.Expr) -> pl.Expr:
    """An integer id for a normalised text: its code in Polars' process-wide dictionary (injective)."""
    return e.cast(pl.Categorical).to_physical()


def integer_key(raw: pl.Series, normalise) -> pl.Series:
    """An injective UInt64 id of `normalise(raw)` (null when that is empty).

    A text that is already a canonical decimal (digits, no leading zero, below 2**55) is its own id: it is
    parsed, and the digit count is checked against the text's length, so no per-row string is built. Only
    the other texts are normalised; those that become canonical decimals take their value, the rest
    2**55 + a dense index."""
    number = raw.str.to_integer(strict=False)
    ids = pl.select(pl.when(canonical(raw, number) & (number > 0)).then(number).cast(pl.UInt64)).to_series()
    slow = (ids.is_null() & raw.is_not_null()).arg_true()
    if slow.len():
        texts = pl.DataFrame({"v": raw.gather(slow)}).select(normalise(c("v"))).to_series()
        number = texts.str.to_integer(strict=False)
        other = pl.select(pl.when(canonical(texts, number)).then(number.cast(pl.UInt64))
                          .otherwise(KEY_LIMIT + texts.rank("dense").cast(pl.UInt64))).to_series()
        ids = ids.scatter(slow, other)
    return ids


POWERS = pl.Series([0, *[10 ** k for k in range(1, 17)], KEY_LIMIT, *[KEY_LIMIT] * 240], dtype=pl.Int64)


def canonical(text: pl.Series, number: pl.Series) -> pl.Expr:
    """The text is exactly the decimal digits of `number` (0 <= number < 2**55): a text of n bytes is
    canonical when its value lies in [10**(n-1), 10**n) (0 included for n = 1)."""
    length = text.str.len_bytes().clip(1, 250).cast(pl.UInt32)
    return (number.is_not_null() & (number >= POWERS.gather(length - 1))
            & (number < POWERS.gather(length))).fill_null(False)


def birth_dates(raw: pl.Series) -> pl.Series:
    """SPEC §1.4 dates; texts shaped DD/MM/YYYY or YYYY-MM-DD are parsed directly, the others by the
    general rule."""
    frame = pl.DataFrame({"v": raw})
    v = c("v")
    first = raw.drop_nulls().head(1).to_list()
    shape, form = ((r"^\d{4}-\d{2}-\d{2}$", "%Y-%m-%d") if first and "-" in first[0][:5]
                   else (r"^\d{2}/\d{2}/\d{4}$", "%d/%m/%Y"))   # the shape of the first date, tried on all
    fast = frame.select(pl.when(v.str.contains(shape)).then(v.str.to_date(form, strict=False))).to_series()
    slow = (fast.is_null() & raw.is_not_null()).arg_true()
    if slow.len():
        fast = fast.scatter(slow, pl.DataFrame({"v": raw.gather(slow)}).select(date(v)).to_series())
    return fast


def normalised_document(e: pl.Expr) -> pl.Expr:
    """SPEC §2: the document's letters and digits, leading zeros removed; empty is none."""
    doc = code(e).str.replace_all(r"[^A-Za-z0-9]", "").str.strip_chars_start("0")
    return pl.when(doc != "").then(doc)


def typed_records(raw: pl.DataFrame) -> tuple[pl.DataFrame, dict[str, pl.DataFrame]]:
    """Normalised, integer-coded records (SPEC §1.3, §1.4) with `seq`, before rejection; and the id -> text
    tables of the institution codes, names and municipalities."""
    d = {name: Dictionary(raw.get_column(name)) for name in raw.columns if name not in AS_TEXT}
    inst, inst_texts = d["institution"].ids(code, "inst", "institucion")
    names = raw.get_column("institution_name")   # by seq; only the chosen ones are trimmed
    muni, muni_texts = d["municipality"].ids(municipality, "muni", "municipio")
    status, reason, result = d["status"], d["reason"], d["result"]
    withdrawn_status = status.map(lambda v: text(v).is_in(WITHDRAWN_STATUSES), pl.Boolean)
    event_date = d["event_date"].map(lambda v: date(v).cast(pl.Int32), pl.Int32)
    birth = birth_dates(raw.get_column("birth_date"))
    frame = pl.DataFrame({
        "year": d["year"].map(year, pl.Int32),
        "inst": inst,
        "sede": d["sede"].map(lambda v: identifier(code(v)), pl.UInt32),
        "pid": integer_key(raw.get_column("person_id"), code),
        "doc": raw.get_column("doc_number"),   # keyed in used_records, only when some PER_ID is missing
        "grade": d["grade"].map(grade, pl.Int8),
        "status": status.map(lambda v: identifier(text(v)), pl.UInt32),
        "event_date": event_date,
        "withdrawn": withdrawn_status.fill_null(False) | (status.physical.is_null() & event_date.is_not_null()),
        "transfer": (reason.map(lambda v: text(v).str.contains("TRASLAD"), pl.Boolean).fill_null(False)
                     | status.map(lambda v: text(v) == "TRASLADADO", pl.Boolean).fill_null(False)),
        "graduado": status.map(lambda v: text(v) == "GRADUADO", pl.Boolean).fill_null(False),
        "result": result.map(lambda v: text(v).replace_strict(RESULT_CLASSES, default=None), pl.Int8),
        "prev": d["prev_academic"].map(
            lambda v: pl.when(code(v) == "1").then(1).when(code(v) == "2").then(2).otherwise(0), pl.Int8),
        "repeater": d["repeater"].map(lambda v: text(v).is_in(YES_FLAGS), pl.Boolean).fill_null(False),
        "birth": birth,
        "named": names.str.strip_chars().str.len_bytes().fill_null(0) > 0,
        "muni": muni,
    })
    return frame.with_row_index("seq"), {"inst": inst_texts, "name": names, "muni": muni_texts}


def used_records(rec: pl.DataFrame) -> pl.DataFrame:
    """SPEC §2: valid records with the version 2 student key in `sy` and the order key `ord`, sorted."""
    if rec.get_column("pid").null_count():
        rec = rec.with_columns(doc=integer_key(rec.get_column("doc"), normalised_document))
    else:
        rec = rec.with_columns(doc=pl.lit(None, dtype=pl.UInt64))
    rec = rec.filter(
        c("year").is_between(2000, 2100) & c("inst").is_not_null() & c("grade").is_not_null()
        & (c("pid").is_not_null() | c("doc").is_not_null()))
    pid = rec.get_column("pid")
    unkeyed = rec.filter(pid.is_null()).get_column("doc").unique()
    if unkeyed.len():
        # the one PER_ID that the used records carrying each needed document share (ambiguous: none)
        shared = (rec.lazy().filter(c("pid").is_not_null() & c("doc").is_in(unkeyed.implode()))
                  .group_by("doc").agg(c("pid").min(), c("pid").n_unique().alias("n"))
                  .filter(c("n") == 1).collect())
        missing = pid.is_null().arg_true()
        linked = (pl.DataFrame({"doc": rec.get_column("doc").gather(missing)})
                  .join(shared, on="doc", how="left", maintain_order="left").get_column("pid"))
        pid = pid.scatter(missing, linked)
    skey = pl.when(pid.is_not_null()).then(pid.cast(pl.UInt64) * 2).otherwise(c("doc").cast(pl.UInt64) * 2 + 1)
    date_rank = c("event_date").fill_null(UNDATED_RANK - DATE_OFFSET) + DATE_OFFSET
    return rec.select(
        sy=skey * 128 + (c("year") - YEAR_BASE).cast(pl.UInt64),
        ord=date_rank.cast(pl.UInt64) * (1 << SEQ_BITS) + c("seq").cast(pl.UInt64),
        *[name for name in rec.columns if name not in ("pid", "doc")],
    ).sort("sy", "ord")


def run_flags(sy: pl.Series) -> tuple[pl.Series, pl.Series]:
    """First and last row of each run of equal student-year keys."""
    return (sy != sy.shift(1)).fill_null(True), (sy != sy.shift(-1)).fill_null(True)


def structure(rec: pl.DataFrame) -> pl.DataFrame:
    """Drop exact duplicates; mark episode last records, final records and the first record's SIT_ACAD.

    `rec` is sorted by (sy, ord). A student-year with one record is one episode whose record is last,
    final and first; only the student-years with two or more records go through the generic path."""
    first, last = run_flags(rec.get_column("sy"))
    multi = ~(first & last)
    if multi.any():
        many = rec.filter(multi)
        # duplicates share the event date, so the first in (sy, ord) order is the first in input order
        keep = many.select(pl.struct("sy", "inst", "sede", "grade", "status", "event_date")
                           .is_first_distinct()).to_series()
        rec = pl.concat([rec.filter(~multi), many.filter(keep)]).sort("sy", "ord") if not keep.all() else rec
        first, last = run_flags(rec.get_column("sy"))
        multi = ~(first & last)
    rec = rec.with_columns(final=last, ep_last=pl.lit(True), first_prev=c("prev"))
    if multi.any():
        many = rec.filter(multi).with_columns(
            ep_last=pl.struct("sy", "inst").is_last_distinct(),
            first_prev=c("prev").get(c("seq").arg_min()).over("sy"))
        rec = rec.with_columns(
            ep_last=pl.when(multi).then(pl.lit(None, dtype=pl.Boolean)).otherwise(c("ep_last")),
            first_prev=pl.when(multi).then(pl.lit(None, dtype=pl.Int8)).otherwise(c("first_prev")))
        index = multi.arg_true()
        rec = rec.with_columns(
            rec.get_column("ep_last").scatter(index, many.get_column("ep_last")),
            rec.get_column("first_prev").scatter(index, many.get_column("first_prev")))
    return rec.with_columns(group=first.cum_sum() - 1)


def episodes(rec: pl.DataFrame) -> pl.DataFrame:
    """One row per episode (its last record) with what t-1 and t+1 of its student say (SPEC §3)."""
    years = rec.filter(c("final")).select("sy", "first_prev", final_grade="grade")   # sorted by sy
    nxt = c("sy").shift(-1) == c("sy") + 1
    prv = c("sy").shift(1) == c("sy") - 1
    years = years.select(
        has_next=nxt.fill_null(False), next_prev=pl.when(nxt).then(c("first_prev").shift(-1)),
        next_grade=pl.when(nxt).then(c("final_grade").shift(-1)),
        has_prev=prv.fill_null(False), prev_grade=pl.when(prv).then(c("final_grade").shift(1)))
    eps = rec.filter(c("ep_last"))
    group = eps.get_column("group")
    return eps.with_columns(years.get_column(name).gather(group) for name in years.columns)


def classified(eps: pl.DataFrame, inst_bits: int) -> pl.DataFrame:
    """Class (rules 1, 2, 3a-3e) and the 0/1 columns of §4 per episode, with a packed group key."""
    g, ng = c("grade"), c("next_grade")
    withdrawn = c("withdrawn")
    comparable = g.is_between(-2, 11) & ng.is_between(-2, 11) & (ng >= g)
    decided = c("result").is_not_null() | c("graduado") | c("next_prev").is_in([1, 2])
    cls = (pl.when(withdrawn & (~c("final") | c("transfer"))).then(TRASLADO)
           .when(withdrawn).then(DESERCION)
           .when(c("result").is_not_null()).then(c("result"))
           .when(c("graduado")).then(APROBADO)
           .when(c("next_prev") == 1).then(APROBADO)
           .when(c("next_prev") == 2).then(REPROBADO)
           .when(comparable).then(pl.when(ng > g).then(APROBADO).otherwise(REPROBADO))
           .otherwise(SIN_RESULTADO))
    theoretical = pl.when(g.is_between(-2, 11)).then(g.cast(pl.Int32) + 5)
    birth = c("birth")
    age = c("year") - birth.dt.year() - (birth.dt.month() > 3).cast(pl.Int32)
    level = (pl.when(g.is_between(-2, 0)).then(1).when(g.is_between(1, 5)).then(2)
             .when(g.is_between(6, 9)).then(3).when(g.is_between(10, 13)).then(4)
             .when(g.is_between(20, 26)).then(5).otherwise(6))
    frame = eps.with_columns(cls=cls.cast(pl.Int8), level=level.cast(pl.UInt64))
    # a student counts once per level in the territory: only students with 2+ episodes in a year can repeat
    first, last = run_flags(frame.get_column("sy"))
    several = (~(first & last)).arg_true()
    student_level = pl.repeat(True, frame.height, eager=True)
    if several.len():
        student_level = student_level.scatter(several, frame[several].select(
            pl.struct("sy", "level").is_first_distinct()).to_series())
    frame = frame.with_columns(student_level=student_level)
    k = c("cls")
    eligible = (c("final") & k.is_in([APROBADO, REPROBADO, SIN_RESULTADO])
                & ~(g.is_in([11, 13, 26]) & k.is_in([APROBADO, SIN_RESULTADO])))
    flags = {
        "final": c("final"), "student_level": c("student_level"),
        "traslados": k == TRASLADO, "desertores": k == DESERCION, "aprobados": k == APROBADO,
        "reprobados": k == REPROBADO, "sin_resultado": k == SIN_RESULTADO,
        "resultados_inferidos": ~withdrawn & ~decided.fill_null(False) & comparable.fill_null(False),
        "repitentes": c("repeater"),
        "con_historia": c("has_prev"),
        "repitentes_observados": (c("has_prev") & g.is_between(-2, 13) & c("prev_grade").is_between(-2, 13)
                                  & (g == c("prev_grade"))).fill_null(False),
        "edad_conocida": birth.is_not_null() & theoretical.is_not_null(),
        "extraedad": (age - theoretical >= 2).fill_null(False),
        "elegibles_interanual": eligible,
        "desertores_interanuales": eligible & ~c("has_next"),
    }
    assert tuple(flags) == FLAGS
    # one integer per episode: the (year, institution, level) key above its 0/1 columns as a bit mask
    assert 7 + inst_bits + 3 + len(FLAGS) <= 64, "too many institutions for the packed key"
    key = ((c("year") - YEAR_BASE).cast(pl.UInt64) * (1 << (inst_bits + 3))
           + c("inst").cast(pl.UInt64) * 8 + c("level"))
    mask = pl.sum_horizontal(flag.cast(pl.UInt64) * (1 << bit) for bit, flag in enumerate(flags.values()))
    return frame.select(cell=key * (1 << len(FLAGS)) + mask)


FLAGS = ("final", "student_level", "traslados", "desertores", "aprobados", "reprobados", "sin_resultado",
         "resultados_inferidos", "repitentes", "con_historia", "repitentes_observados", "edad_conocida",
         "extraedad", "elegibles_interanual", "desertores_interanuales")
SUMMED = FLAGS[2:]


def indicator_rows(frame: pl.DataFrame, keys: list[str], students: str, loaded: list[int]) -> pl.DataFrame:
    """SPEC §4 counts and rates per `keys`, from the per-(year, institution, level) sums."""
    def rate(num: str, den: str) -> pl.Expr:
        return pl.when(c(den) > 0).then(c(num) / c(den))

    prev_loaded = (c("year") - 1).is_in(loaded)
    next_loaded = (c("year") + 1).is_in(loaded)
    sums = frame.group_by(keys).agg(c("matricula").sum(), c(students).sum().alias("estudiantes"),
                                    *[c(name).sum() for name in SUMMED])
    sums = sums.with_columns(
        *[pl.when(prev_loaded).then(c(n)).alias(n) for n in ("con_historia", "repitentes_observados")],
        *[pl.when(next_loaded).then(c(n)).alias(n) for n in ("elegibles_interanual", "desertores_interanuales")],
        base=c("matricula") - c("traslados"))
    return sums.with_columns(
        tasa_desercion_intraanual=rate("desertores", "base"), tasa_aprobacion=rate("aprobados", "base"),
        tasa_reprobacion=rate("reprobados", "base"), tasa_repitencia=rate("repitentes", "matricula"),
        tasa_repitencia_observada=rate("repitentes_observados", "con_historia"),
        tasa_extraedad=rate("extraedad", "edad_conocida"),
        tasa_desercion_interanual=rate("desertores_interanuales", "elegibles_interanual"))


def tables(flags: pl.DataFrame, loaded: list[int], inst_bits: int) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Institution and territory rows, TOTAL and per level, from one group-by on the packed key."""
    pairs = (flags.group_by("cell").agg(pl.len().alias("n"))       # few distinct (key, mask) pairs
             .select(key=c("cell") // (1 << len(FLAGS)), mask=c("cell") % (1 << len(FLAGS)), n=c("n")))
    cells = pairs.group_by("key").agg(
        c("n").sum().alias("matricula"),
        *[((c("mask") // (1 << bit) % 2) * c("n")).sum().alias(name) for bit, name in enumerate(FLAGS)])
    key = c("key")
    cells = cells.with_columns(
        year=(key // (1 << (inst_bits + 3))).cast(pl.Int32) + YEAR_BASE,
        inst=(key // 8 % (1 << inst_bits)).cast(pl.UInt32),
        level=(key % 8).cast(pl.Int32))
    institution = pl.concat([
        indicator_rows(cells, ["year", "inst"], "matricula", loaded).with_columns(level=pl.lit(0, pl.Int32)),
        indicator_rows(cells, ["year", "inst", "level"], "matricula", loaded)], how="diagonal")
    territory = pl.concat([
        indicator_rows(cells, ["year"], "final", loaded).with_columns(level=pl.lit(0, pl.Int32)),
        indicator_rows(cells, ["year", "level"], "student_level", loaded)], how="diagonal")
    return institution, territory


def institution_attributes(rec: pl.DataFrame, texts: dict[str, pl.DataFrame]) -> pl.DataFrame:
    """SPEC §1.3 without a directorio: last (input order) name and municipality of the used records,
    else characters 2-6 of a 12-digit code; zone and sector from its first digit."""
    last = rec.lazy().group_by("inst").agg(
        name_seq=c("seq").filter(c("named")).max(),
        # the municipality of the largest seq that has one: max of seq << 32 | municipality id
        muni=(c("seq").cast(pl.UInt64) * (1 << 32) + c("muni").cast(pl.UInt64)).max() % (1 << 32)).collect()
    last = last.with_columns(nombre=texts["name"].gather(last.get_column("name_seq")).str.strip_chars(),
                             muni=c("muni").cast(pl.UInt32))
    attrs = (texts["inst"].join(last, on="inst", how="left").join(texts["muni"], on="muni", how="left"))
    inst = c("institucion")
    twelve = inst.str.contains(r"^\d{12}$")
    first = inst.str.slice(0, 1)
    return attrs.select(
        "inst", "institucion", "nombre",
        municipio=pl.coalesce(c("municipio"), pl.when(twelve).then(inst.str.slice(1, 5))),
        zona=pl.when(twelve).then(first.replace_strict(
            {"1": "URBANA", "2": "RURAL", "3": "URBANA", "4": "RURAL"}, default=None)),
        sector=pl.when(twelve).then(first.replace_strict(
            {"1": "OFICIAL", "2": "OFICIAL", "3": "NO OFICIAL", "4": "NO OFICIAL"}, default=None)))


def main() -> None:
    """Compute both indicator tables for the given inputs and write them to --out."""
    args = simat_io.parse_arguments("Indicadores de referencia (SPEC §3-§4) con Polars")
    inputs = simat_io.discover_inputs(args.inputs)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    rec, texts = typed_records(read_raw(inputs))
    rec = structure(used_records(rec))
    loaded = rec.get_column("year").unique().to_list()
    eps = episodes(rec)
    inst_bits = max(1, int(eps.get_column("inst").max() or 0).bit_length())
    institution, territory = tables(classified(eps, inst_bits), loaded, inst_bits)
    metrics = simat_io.COUNT_AND_RATE_COLUMNS
    level_name = pl.Series(["TOTAL", *simat_io.LEVELS])
    attrs = institution_attributes(rec, texts)
    institution = (institution.join(attrs, on="inst", how="left")
                   .sort("year", "institucion", "level")
                   .with_columns(nivel=pl.lit(level_name).gather(c("level"))))
    territory = territory.sort("year", "level").with_columns(nivel=pl.lit(level_name).gather(c("level")))
    simat_io.write_table(out / simat_io.INSTITUTION_FILE, simat_io.INSTITUTION_KEYS, institution.select(
        "year", "institucion", "nombre", "municipio", "zona", "sector", "nivel", *metrics).rows())
    simat_io.write_table(out / simat_io.TERRITORY_FILE, simat_io.TERRITORY_KEYS,
                         territory.select("year", "nivel", *metrics).rows())


if __name__ == "__main__":
    sys.exit(main())
