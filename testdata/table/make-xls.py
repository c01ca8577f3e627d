#!/usr/bin/python3
"""messy.xls: messy.csv as an old Excel workbook (BIFF8), written with
python3-xlwt (Debian): each CSV line at its own row; ID numbers that are
all digits stored as numbers (so Excel drops the leading zero), a birth
date as a date cell.  Run from this folder: python3 make-xls.py"""
import csv
import datetime
import xlwt

book = xlwt.Workbook(encoding="utf-8")
sheet = book.add_sheet("Danh sách")
datefmt = xlwt.easyxf(num_format_str="DD/MM/YYYY")
with open("messy.csv", encoding="utf-8-sig", newline="") as f:
    for r, row in enumerate(csv.reader(f, delimiter=";")):
        for c, v in enumerate(row):
            if v == "":
                continue
            if c == 4 and r >= 6 and v.isdigit():
                sheet.write(r, c, int(v))
            elif c == 2 and v.count("/") == 2:
                d, m, y = map(int, v.split("/"))
                sheet.write(r, c, datetime.date(y, m, d), datefmt)
            else:
                sheet.write(r, c, v)
book.save("messy.xls")
