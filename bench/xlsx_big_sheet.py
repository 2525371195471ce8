"""Writes one large xlsx sheet from `trayectorias sample` CSV files, for timing the xlsx reader.

    trayectorias sample --out /tmp/big --students 60000 --years 3
    python3 bench/xlsx_big_sheet.py /tmp/big/matricula_*.csv /tmp/big/matricula.xlsx
    time trayectorias validate /tmp/big/matricula.xlsx --out /tmp/big/out

openpyxl in write-only mode; digit-only fields become numbers (codes stored as numbers, as Excel
does when a column is not formatted as text), ISO dates become date cells.
"""
import csv
import datetime
import sys

import openpyxl


def typed(value):
    if value.isdigit() and not (len(value) > 1 and value[0] == "0"):
        return int(value)
    if len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return datetime.date(int(value[:4]), int(value[5:7]), int(value[8:]))
        except ValueError:
            return value
    return value if value != "" else None


def main(inputs, output):
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Matricula")
    first = True
    for path in inputs:
        with open(path, encoding="utf-8-sig", newline="") as f:
            reader = csv.reader(f)
            header = next(reader)
            if first:
                ws.append(header)
                first = False
            for row in reader:
                ws.append([typed(v) for v in row])
    wb.save(output)


if __name__ == "__main__":
    main(sys.argv[1:-1], sys.argv[-1])
