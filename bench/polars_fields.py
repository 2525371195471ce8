"""Polars expressions that normalise SIMAT fields (SPEC §1.3, §1.4, §2) for reference_polars.py."""

from __future__ import annotations

import polars as pl

VALID_GRADES = [*range(-2, 14), *range(20, 27), 99]
GRADE_LABELS = {
    "PREJARDIN": -2, "JARDIN": -1, "TRANSICION": 0, "PRIMERO": 1, "SEGUNDO": 2, "TERCERO": 3,
    "CUARTO": 4, "QUINTO": 5, "SEXTO": 6, "SEPTIMO": 7, "OCTAVO": 8, "NOVENO": 9, "DECIMO": 10,
    "ONCE": 11, **{str(g): g for g in range(1, 12)},  # `1°`…`11°` normalise to `1`…`11`
}
DATE_SHAPES = r"^(\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4}|\d{2}-\d{2}-\d{4}|\d{8})$"
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%Y%m%d")
LEVEL_BOUNDS = (("PREESCOLAR", -2, 0), ("PRIMARIA", 1, 5), ("SECUNDARIA", 6, 9), ("MEDIA", 10, 13),
                ("ADULTOS", 20, 26), ("ACELERACION", 99, 99))


def text(e: pl.Expr) -> pl.Expr:
    """SPEC §1.3 text normalisation: no accents, upper case, non-alphanumeric runs -> '_'."""
    plain = e.str.normalize("NFD").str.replace_all(r"\p{Mn}", "").str.to_uppercase()
    cleaned = plain.str.replace_all(r"[^A-Z0-9]+", "_").str.strip_chars("_")
    return pl.when(cleaned != "").then(cleaned)


def code(e: pl.Expr) -> pl.Expr:
    """Codes are trimmed text with a spreadsheet `.0` suffix removed; empty is null."""
    cleaned = e.str.strip_chars().str.strip_suffix(".0")
    return pl.when(cleaned != "").then(cleaned)


def date(e: pl.Expr) -> pl.Expr:
    """SPEC §1.4 dates, an optional time suffix ignored; impossible dates are null."""
    bare = e.str.strip_chars().str.replace(r"[ T]\d{1,2}:\d{2}(:\d{2}(\.\d*)?)?$", "")
    parsed = pl.coalesce([bare.str.to_date(f, strict=False) for f in DATE_FORMATS])
    return pl.when(bare.str.contains(DATE_SHAPES)).then(parsed)


def grade(e: pl.Expr) -> pl.Expr:
    """SPEC §1.3 grade codes and labels; anything else is null (the row is rejected)."""
    trimmed = e.str.strip_chars()
    number = trimmed.str.strip_prefix("+").cast(pl.Int64, strict=False)
    numeric = pl.when(trimmed.str.contains(r"^[+-]?\d+$") & number.is_in(VALID_GRADES)).then(number)
    label = text(e).replace_strict(GRADE_LABELS, default=None, return_dtype=pl.Int64)
    return pl.when(trimmed.str.contains(r"^[+-]?\d+$")).then(numeric).otherwise(label).cast(pl.Int32)


def student_key(person_id: pl.Expr, doc_number: pl.Expr) -> pl.Expr:
    """PER_ID, else the document's letters and digits without leading zeros; prefixes keep them apart."""
    doc = code(doc_number).str.replace_all(r"[^A-Za-z0-9]", "").str.strip_chars_start("0")
    return (pl.when(code(person_id).is_not_null()).then(pl.lit("P") + code(person_id))
            .when(doc != "").then(pl.lit("D") + doc))


def municipality(e: pl.Expr) -> pl.Expr:
    """A municipality code of up to 5 digits, left-padded with zeros."""
    value = code(e)
    return pl.when(value.str.contains(r"^\d{1,5}$")).then(value.str.zfill(5))


def year(e: pl.Expr) -> pl.Expr:
    """A year is an integer (range checked when rows are rejected)."""
    value = code(e)
    return pl.when(value.str.contains(r"^\d{1,9}$")).then(value.cast(pl.Int32, strict=False))


def level(g: pl.Expr) -> pl.Expr:
    """SPEC §1.3 level name of a grade."""
    chain = pl.when(g.is_between(LEVEL_BOUNDS[0][1], LEVEL_BOUNDS[0][2])).then(pl.lit(LEVEL_BOUNDS[0][0]))
    for name, low, high in LEVEL_BOUNDS[1:]:
        chain = chain.when(g.is_between(low, high)).then(pl.lit(name))
    return chain
