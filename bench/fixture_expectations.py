"""Expected outputs of the bench fixtures, worked out by hand from SPEC §1-§4.

Each metric list follows simat_io.COUNT_AND_RATE_COLUMNS; "" where SPEC §4 says the value is empty
(t-1 or t+1 not loaded, or a zero denominator). Rates are numerator / denominator rounded to 6 decimals.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Expectation:
    """What one fixture folder must produce."""

    folder: str
    totals: dict[tuple[str, str], list[str]]  # (anio, institucion or "TOTAL") -> metrics of the TOTAL row
    attributes: dict[str, list[str]]  # institucion -> nombre, municipio, zona, sector
    institution_keys: list[tuple[str, str, str]]  # (anio, institucion, nivel) in output order
    territory_keys: list[tuple[str, str]]  # (anio, nivel) in output order
    levels: dict[tuple[str, str], list[str]] = field(default_factory=dict)  # (anio, nivel) -> territory row


A, B = "111001000001", "111001000002"

# SPEC Appendix. Rates from its counts, e.g. B 2019: desertores 1 / base 4 = 0.250000; territory 2019:
# repitentes 1 / matricula 9 = 0.111111. No names; municipality = characters 2-6 of the code; first digit
# 1 = urbana oficial. Levels of the grades present: A 2019 grades 5, 3, 2 | 7, 9; B 2019 3 | 8 | 11, 11;
# A 2020 6, 8 | 2; B 2020 3.
APPENDIX = Expectation(
    folder="appendix",
    totals={
        ("2019", A): ["5", "5", "1", "0", "2", "1", "1", "2", "4", "0.000000", "0.500000", "0.250000",
                      "1", "0.200000", "", "", "", "5", "1", "0.200000", "4", "1", "0.250000"],
        ("2019", B): ["4", "4", "0", "1", "1", "1", "1", "0", "4", "0.250000", "0.250000", "0.250000",
                      "0", "0.000000", "", "", "", "4", "0", "0.000000", "1", "0", "0.000000"],
        ("2019", "TOTAL"): ["9", "8", "1", "1", "3", "2", "2", "2", "8", "0.125000", "0.375000", "0.250000",
                            "1", "0.111111", "", "", "", "9", "1", "0.111111", "5", "1", "0.200000"],
        ("2020", A): ["3", "3", "0", "0", "0", "0", "3", "0", "3", "0.000000", "0.000000", "0.000000",
                      "1", "0.333333", "3", "1", "0.333333", "3", "1", "0.333333", "", "", ""],
        ("2020", B): ["1", "1", "0", "0", "0", "0", "1", "0", "1", "0.000000", "0.000000", "0.000000",
                      "1", "1.000000", "1", "1", "1.000000", "1", "1", "1.000000", "", "", ""],
        ("2020", "TOTAL"): ["4", "4", "0", "0", "0", "0", "4", "0", "4", "0.000000", "0.000000", "0.000000",
                            "2", "0.500000", "4", "2", "0.500000", "4", "2", "0.500000", "", "", ""],
    },
    attributes={A: ["", "11001", "URBANA", "OFICIAL"], B: ["", "11001", "URBANA", "OFICIAL"]},
    institution_keys=[
        ("2019", A, "TOTAL"), ("2019", A, "PRIMARIA"), ("2019", A, "SECUNDARIA"),
        ("2019", B, "TOTAL"), ("2019", B, "PRIMARIA"), ("2019", B, "SECUNDARIA"), ("2019", B, "MEDIA"),
        ("2020", A, "TOTAL"), ("2020", A, "PRIMARIA"), ("2020", A, "SECUNDARIA"),
        ("2020", B, "TOTAL"), ("2020", B, "PRIMARIA"),
    ],
    territory_keys=[
        ("2019", "TOTAL"), ("2019", "PRIMARIA"), ("2019", "SECUNDARIA"), ("2019", "MEDIA"),
        ("2020", "TOTAL"), ("2020", "PRIMARIA"), ("2020", "SECUNDARIA"),
    ],
)

C, D = "311001000003", "ABC123"

# fixtures/casos_borde: 2021 (file without RESULTADO) and 2022. Rows kept and why:
#   2021 C  P10  grade QUINTO=5, "Matriculado"                 3d: 2022 grade 6 > 5 -> APROBADO (inferred)
#   2021 C  D10  document "00-10" -> key 10, not PER_ID 10     3e SIN_RESULTADO; absent 2022: interannual dropout
#   (the next row is its exact duplicate; three rows are rejected: grade 15, year 1999, no key)
#   2021 D  P13  grade 8, no status but an event date          withdrawn, final -> 2 DESERCION
#   2021 C  P14  grade 9 "Cancelado", reason "Traslado a ..."  withdrawn, transfer reason -> 1 TRASLADO
#   2021 D  P15  grade 3 RETIRADO dated 15-10-2021             final episode (later date) -> 2 DESERCION
#   2021 C  P15  grade 3 RETIRADO dated 01/03/2021             earlier date, so not final -> 1 TRASLADO
#   2021 C  P16  grade 11, birth 31/02/2004 (impossible)       3c: 2022 SIT_ACAD 1 -> APROBADO, graduate
#   2021 C  P17  TRANSICIÓN=0 "Promocionado", REPITENTE "Sí"   3d: 2022 grade 1 > 0 -> APROBADO (inferred)
#   2022 C  P10 grade 6 SIN_RESULTADO; P16 grade 12 SIN_RESULTADO; P17 grade 1 "Aprobó" -> APROBADO;
#        P13 grade 8 "NO PROMOVIDO" -> REPROBADO (same grade as its 2021 final episode; age 15 on
#        31/03/2022 vs theoretical 13: over-age)
#   2022 D  P15 grade 3 RESULTADO "DESERTOR" -> DESERCION, REPITENTE S, same grade as 2021 (observed)
# Ages on 31 March: P10 and D10 10 in 2021 (born 31/03/2011, theoretical 10), P17 5 (born 1/4/2015,
# theoretical 5); none over-age in 2021. Known ages 2021: P10, D10, P17 = 3; 2022: P10, P17, P13 = 3.
# C: name from its last used record (the quoted one with a comma), municipality "11001.0" -> 11001,
# code starting with 3 -> URBANA / NO OFICIAL. D: no name, municipality 5001 -> 05001, code not 12 digits.
EDGE_CASES = Expectation(
    folder="casos_borde",
    totals={
        ("2021", C): ["6", "6", "2", "0", "3", "0", "1", "2", "4", "0.000000", "0.750000", "0.000000",
                      "1", "0.166667", "", "", "", "3", "0", "0.000000", "3", "1", "0.333333"],
        ("2021", D): ["2", "2", "0", "2", "0", "0", "0", "0", "2", "1.000000", "0.000000", "0.000000",
                      "0", "0.000000", "", "", "", "0", "0", "", "0", "0", ""],
        ("2021", "TOTAL"): ["8", "7", "2", "2", "3", "0", "1", "2", "6", "0.333333", "0.500000", "0.000000",
                            "1", "0.125000", "", "", "", "3", "0", "0.000000", "3", "1", "0.333333"],
        ("2022", C): ["4", "4", "0", "0", "1", "1", "2", "0", "4", "0.000000", "0.250000", "0.250000",
                      "0", "0.000000", "4", "1", "0.250000", "3", "1", "0.333333", "", "", ""],
        ("2022", D): ["1", "1", "0", "1", "0", "0", "0", "0", "1", "1.000000", "0.000000", "0.000000",
                      "1", "1.000000", "1", "1", "1.000000", "0", "0", "", "", "", ""],
        ("2022", "TOTAL"): ["5", "5", "0", "1", "1", "1", "2", "0", "5", "0.200000", "0.200000", "0.200000",
                            "1", "0.200000", "5", "2", "0.400000", "3", "1", "0.333333", "", "", ""],
    },
    attributes={C: ["Colegio Nuevo, sede norte", "11001", "URBANA", "NO OFICIAL"], D: ["", "05001", "", ""]},
    institution_keys=[
        ("2021", C, "TOTAL"), ("2021", C, "PREESCOLAR"), ("2021", C, "PRIMARIA"), ("2021", C, "SECUNDARIA"),
        ("2021", C, "MEDIA"), ("2021", D, "TOTAL"), ("2021", D, "PRIMARIA"), ("2021", D, "SECUNDARIA"),
        ("2022", C, "TOTAL"), ("2022", C, "PRIMARIA"), ("2022", C, "SECUNDARIA"), ("2022", C, "MEDIA"),
        ("2022", D, "TOTAL"), ("2022", D, "PRIMARIA"),
    ],
    territory_keys=[
        ("2021", "TOTAL"), ("2021", "PREESCOLAR"), ("2021", "PRIMARIA"), ("2021", "SECUNDARIA"),
        ("2021", "MEDIA"), ("2022", "TOTAL"), ("2022", "PRIMARIA"), ("2022", "SECUNDARIA"), ("2022", "MEDIA"),
    ],
)

E = "111001000005"

# fixtures/vinculacion: SPEC §2 version 2 student key, one institution E, two files. Rows:
#   2021 r1 PER 500, doc "1.234.567", grade 3
#   2021 r2 no PER, doc "1234567" -> normalised 1234567, carried only by PER 500 -> key 500; then an exact
#        duplicate of r1 (same key, year, institution, sede, grade, status, no date): dropped (v1: a 6th episode)
#   2021 r3 PER 601, doc "888"; r4 PER 602, doc "0888" -> 888: document 888 is ambiguous (two PER_IDs)
#   2021 r5 PER 777, no document
#   2021 r6 no PER, doc "00 4455" -> 4455, carried by PER 900 in the 2022 file (linkage over all inputs) -> 900
#   2021 r7 PER 999, doc "4455", grade 15: rejected, so it is not a used record and 4455 is not ambiguous
#   2022 r8 no PER, doc "0001234567" -> 500;  r9 no PER, doc "888" -> ambiguous, key document 888 (new student)
#   2022 r10 no PER, doc "777": no PER_ID record carries document 777 -> document key 777, not PER 777
#   2022 r11 PER 900, doc "4455", grade 7
# 2021 episodes: 500 g3 (3d: 2022 grade 4 > 3 -> APROBADO, inferred), 601 g4, 602 g5, 777 g6 (no 2022 record:
# SIN_RESULTADO and interannual dropouts), 900 g7 (3d: 2022 grade 7 = 7 -> REPROBADO, inferred). Eligible: all 5;
# dropouts 3 -> 0.600000. 2022 episodes: 500 g4, D888 g5, D777 g7, 900 g7, all SIN_RESULTADO (2023 not loaded);
# con_historia 500 and 900 = 2, observed repeater 900 (7 = 7) -> 1 / 2. No birth dates, no REPITENTE = S.
# No name column; municipality and zone/sector from the 12-digit code.
LINKAGE = Expectation(
    folder="vinculacion",
    totals={
        **{("2021", key): ["5", "5", "0", "0", "1", "1", "3", "2", "5", "0.000000", "0.200000", "0.200000",
                           "0", "0.000000", "", "", "", "0", "0", "", "5", "3", "0.600000"] for key in (E, "TOTAL")},
        **{("2022", key): ["4", "4", "0", "0", "0", "0", "4", "0", "4", "0.000000", "0.000000", "0.000000",
                           "0", "0.000000", "2", "1", "0.500000", "0", "0", "", "", "", ""] for key in (E, "TOTAL")},
    },
    attributes={E: ["", "11001", "URBANA", "OFICIAL"]},
    institution_keys=[
        ("2021", E, "TOTAL"), ("2021", E, "PRIMARIA"), ("2021", E, "SECUNDARIA"),
        ("2022", E, "TOTAL"), ("2022", E, "PRIMARIA"), ("2022", E, "SECUNDARIA"),
    ],
    territory_keys=[
        ("2021", "TOTAL"), ("2021", "PRIMARIA"), ("2021", "SECUNDARIA"),
        ("2022", "TOTAL"), ("2022", "PRIMARIA"), ("2022", "SECUNDARIA"),
    ],
    # 2021 PRIMARIA: 500 (APROBADO), 601, 602 (SIN_RESULTADO, dropouts); 2022 SECUNDARIA: D777 (no history)
    # and 900 (history, same grade 7)
    levels={
        ("2021", "PRIMARIA"): ["3", "3", "0", "0", "1", "0", "2", "1", "3", "0.000000", "0.333333", "0.000000",
                               "0", "0.000000", "", "", "", "0", "0", "", "3", "2", "0.666667"],
        ("2022", "SECUNDARIA"): ["2", "2", "0", "0", "0", "0", "2", "0", "2", "0.000000", "0.000000",
                                 "0.000000", "0", "0.000000", "1", "1", "1.000000", "0", "0", "", "", "", ""],
    },
)

FIXTURES = (APPENDIX, EDGE_CASES, LINKAGE)
